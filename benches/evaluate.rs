//! `check` decisions per second on one core, over the real catalog and a mix of org shapes.
//! Target (SPEC §11): at least 5,000,000 decisions per second.
//!
//! Run: `cargo bench --bench evaluate`

use std::hint::black_box;
use std::time::{Duration, Instant};

use orgpolicy::policy::catalog::{parse_import, InputFormat};
use orgpolicy::policy::{Catalog, CompiledPolicy, Org, Request, Settings};
use serde_json::json;

const TARGET: f64 = 5_000_000.0;

fn main() {
    let text =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/sample/openrouter-providers-2026-08-14.json"))
            .unwrap();
    let catalog = Catalog::new(&parse_import(&text, InputFormat::Auto).unwrap());
    let shapes = [
        (
            "enterprise",
            json!({"provider_policy_mode": "allow", "provider_allow_list": ["openai", "anthropic", "azure", "google-vertex", "amazon-bedrock", "deepinfra"], "model_deny_list": ["openai/gpt-4o-mini"]}),
        ),
        (
            "enterprise",
            json!({"provider_deny_list": ["deepseek", "baidu", "alibaba", "novita"], "model_provider_deny_list": [{"model": "moonshotai/kimi-k2.5", "provider": "deepinfra"}]}),
        ),
        ("enterprise", json!({"model_deny_list": ["x-ai/grok-4.5"]})),
        ("enterprise", json!({})),
        ("teams", json!({"data_collection": "deny"})),
    ];
    let settings: Vec<(&str, Settings)> =
        shapes.iter().map(|(plan, s)| (*plan, Settings::from_value(s.clone()))).collect();
    let policies: Vec<CompiledPolicy> = settings
        .iter()
        .map(|(plan, s)| {
            CompiledPolicy::new(
                Org {
                    plan,
                    settings: s,
                    custom_models: &[],
                    rules: orgpolicy::policy::Rules::Marker,
                    own_schema: true,
                },
                &catalog,
            )
        })
        .collect();
    let mut raw: Vec<(String, Option<String>)> =
        catalog.models().iter().map(|m| (m.variants[0].full_id.clone(), None)).collect();
    raw.extend(
        catalog
            .models()
            .iter()
            .step_by(7)
            .map(|m| (m.id.clone(), Some(catalog.provider(m.serving.iter().next().unwrap()).slug.clone()))),
    );
    raw.push(("nobody/serves-this".into(), None));
    let resolved: Vec<Request> = raw.iter().map(|(m, p)| Request::new(&catalog, m, p.as_deref())).collect();

    let resolved_rate = measure(|| {
        let mut allowed = 0usize;
        for policy in &policies {
            for req in &resolved {
                allowed += policy.decide(&catalog, black_box(req), &mut ()).reason.is_allowed() as usize;
            }
        }
        (policies.len() * resolved.len(), allowed)
    });
    let raw_rate = measure(|| {
        let mut allowed = 0usize;
        for policy in &policies {
            for (model, provider) in &raw {
                let req = Request::new(&catalog, black_box(model), provider.as_deref());
                allowed += policy.decide(&catalog, &req, &mut ()).reason.is_allowed() as usize;
            }
        }
        (policies.len() * raw.len(), allowed)
    });
    println!("check decisions, one core, {} org shapes x {} requests on the real catalog:", policies.len(), raw.len());
    println!(
        "  pre-resolved requests:         {:>12.0} decisions/s  ({:.1}x the 5M/s target)",
        resolved_rate,
        resolved_rate / TARGET
    );
    println!(
        "  from raw strings (normalize):  {:>12.0} decisions/s  ({:.1}x the 5M/s target)",
        raw_rate,
        raw_rate / TARGET
    );
}

/// Runs `round` repeatedly for about two seconds; returns decisions per second.
fn measure(mut round: impl FnMut() -> (usize, usize)) -> f64 {
    let _ = round(); // warm up
    let start = Instant::now();
    let (mut decisions, mut sink) = (0usize, 0usize);
    while start.elapsed() < Duration::from_secs(2) {
        let (n, allowed) = round();
        decisions += n;
        sink += allowed;
    }
    black_box(sink);
    decisions as f64 / start.elapsed().as_secs_f64()
}

//! Fuzzing the parsers that read what users and files hand the tool: settings documents,
//! catalog files, plan files, group policies and test cases. Each case takes a seed from `tests/fuzz/corpus/` and mutates
//! its bytes (flips, cuts, splices of JSON tokens, deep nesting, huge numbers, NULs); the
//! parser must answer with a value or an error, never panic, and what it accepts must go
//! through the code that uses it (evaluation under every rule set, backfill planning,
//! re-derivation of plan entries).
//!
//! The budget is fixed, so CI time is too: `ORGPOLICY_FUZZ_CASES` cases per parser (1024 by
//! default; raise it for a long local run). A failing case is saved by proptest in
//! `tests/fuzz.proptest-regressions` and replayed first on every later run: commit it with the fix.

mod common;

use std::path::{Path, PathBuf};

use common::reseal;

use orgpolicy::planfile::VerifiedPlan;
use orgpolicy::policy::backfill::{is_backfill_shaped, rederive_without_catalog, Planner, Scope};
use orgpolicy::policy::catalog::{parse_import, InputFormat};
use orgpolicy::policy::{Catalog, CompiledPolicy, Org, Rules, Settings};
use proptest::prelude::*;
use proptest::test_runner::Config;

fn corpus(kind: &str) -> Vec<Vec<u8>> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fuzz/corpus").join(kind);
    let mut paths: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("fuzz corpus {}: {e}", dir.display()))
        .map(|entry| entry.unwrap().path())
        .collect();
    paths.sort();
    assert!(!paths.is_empty(), "fuzz corpus {} is empty", dir.display());
    paths.iter().map(|p| std::fs::read(p).unwrap()).collect()
}

fn config() -> Config {
    let cases = std::env::var("ORGPOLICY_FUZZ_CASES").ok().and_then(|v| v.parse().ok()).unwrap_or(1024);
    Config { cases, ..Config::default() }
}

/// Text that tends to find the edges of JSON readers and of the tool's own rules.
const TOKENS: &[&str] = &[
    "\"",
    "{",
    "}",
    "[",
    "]",
    ",",
    ":",
    "null",
    "true",
    "0",
    "-0",
    "1e400",
    "-1e400",
    "18446744073709551616",
    "\"\\u0000\"",
    "\"\\ud800\"",
    "\"\\u202e\"",
    "\"\\u001b[2J\"",
    "\n",
    "\r\n",
    "\"provider_deny_list\":",
    "\"provider_allow_list\":",
    "\"provider_policy_mode\":\"allow\"",
    "\"model_deny_list\":[",
    "\"model_provider_deny_list\":[{\"model\":1}]",
    "\"kilo-auto/x\"",
    "\"openai/gpt-4o:free\"",
    "{\"end\":true,\"orgs\":1,\"sha256\":\"00\"}\n",
];

#[derive(Debug, Clone)]
enum Mutation {
    Flip(usize, u8),
    Delete(usize, usize),
    Duplicate(usize, usize),
    Token(usize, usize),
    /// Nesting this deep (arrays in arrays), inserted somewhere.
    Nest(usize, usize),
}

fn mutation() -> impl Strategy<Value = Mutation> {
    prop_oneof![
        (any::<usize>(), any::<u8>()).prop_map(|(at, byte)| Mutation::Flip(at, byte)),
        (any::<usize>(), 1..64usize).prop_map(|(at, len)| Mutation::Delete(at, len)),
        (any::<usize>(), 1..256usize).prop_map(|(at, len)| Mutation::Duplicate(at, len)),
        (any::<usize>(), 0..TOKENS.len()).prop_map(|(at, token)| Mutation::Token(at, token)),
        (any::<usize>(), 100..400usize).prop_map(|(at, depth)| Mutation::Nest(at, depth)),
    ]
}

fn mutate(seed: &[u8], mutations: &[Mutation]) -> Vec<u8> {
    let mut bytes = seed.to_vec();
    for m in mutations {
        let at = |i: usize, len: usize| if len == 0 { 0 } else { i % (len + 1) };
        let len = bytes.len();
        match *m {
            Mutation::Flip(i, byte) if len > 0 => bytes[i % len] = byte,
            Mutation::Flip(..) => {}
            Mutation::Delete(i, n) => {
                let start = at(i, len);
                bytes.drain(start..(start + n).min(len));
            }
            Mutation::Duplicate(i, n) => {
                let start = at(i, len);
                let piece = bytes[start..(start + n).min(len)].to_vec();
                bytes.splice(start..start, piece);
            }
            Mutation::Token(i, token) => {
                let start = at(i, len);
                bytes.splice(start..start, TOKENS[token].bytes());
            }
            Mutation::Nest(i, depth) => {
                let start = at(i, len);
                let nested = "[".repeat(depth) + &"]".repeat(depth);
                bytes.splice(start..start, nested.into_bytes());
            }
        }
    }
    bytes
}

fn case(kind: &'static str) -> impl Strategy<Value = Vec<u8>> {
    let seeds = corpus(kind);
    (0..seeds.len(), prop::collection::vec(mutation(), 0..6))
        .prop_map(move |(seed, mutations)| mutate(&seeds[seed], &mutations))
}

/// A small catalog for evaluating what the parsers accept.
fn catalog() -> Catalog {
    let text =
        std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fuzz/corpus/catalog/snapshot.json"))
            .unwrap();
    Catalog::new(&parse_import(&text, InputFormat::Auto).unwrap())
}

/// Everything a settings document goes through: every rule set's evaluation, the gateway's
/// reading, backfill planning.
fn exercise_settings(text: &str, catalog: &Catalog) {
    let settings = Settings::parse(text);
    let _ = settings.gateway_lists();
    let planner = Planner::new(catalog, Scope { include_unrestricted: true });
    for rules in [Rules::Marker, Rules::AllowList, Rules::Current] {
        let _ = settings.mode_under(rules);
        let org = Org { plan: "enterprise", settings: &settings, custom_models: &[], rules, own_schema: true };
        let _ = CompiledPolicy::new(org, catalog).effective_access(catalog);
        let _ = planner.plan(org);
    }
}

fn exercise_plan(bytes: &[u8], catalog: &Catalog) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("plan.jsonl");
    std::fs::write(&path, bytes).unwrap();
    let Ok(plan) = VerifiedPlan::open(&path) else { return };
    let planner = Planner::new(catalog, Scope { include_unrestricted: plan.header.include_unrestricted });
    for entry in plan.entries().unwrap() {
        let Ok(entry) = entry else { continue };
        let _ = planner.rederive(Rules::Marker, true, entry.old.get(), entry.new.get());
        let _ = is_backfill_shaped(entry.old.get(), entry.new.get());
        for rules in [Rules::Marker, Rules::AllowList, Rules::Current] {
            let scope = Scope { include_unrestricted: plan.header.include_unrestricted };
            let _ = rederive_without_catalog(rules, scope, entry.old.get(), entry.new.get());
        }
        exercise_settings(entry.old.get(), catalog);
    }
}

proptest! {
    #![proptest_config(config())]

    #[test]
    fn settings_parser(bytes in case("settings")) {
        exercise_settings(&String::from_utf8_lossy(&bytes), &catalog());
    }

    #[test]
    fn catalog_parser(bytes in case("catalog")) {
        let text = String::from_utf8_lossy(&bytes);
        for format in [InputFormat::Auto, InputFormat::Snapshot, InputFormat::Openrouter] {
            if let Ok(data) = parse_import(&text, format) {
                let catalog = Catalog::new(&data);
                let _ = catalog.policy_fingerprint();
                exercise_settings(r#"{"provider_deny_list": ["openai"], "model_deny_list": ["x/y"]}"#, &catalog);
            }
        }
    }

    #[test]
    fn group_policy_parser(bytes in case("policies")) {
        use orgpolicy::policy::groups::{member_grant, parse_one_policy, parse_policies};
        let text = String::from_utf8_lossy(&bytes);
        if let Ok(policies) = parse_policies(&text) {
            let groups = [("g".to_string(), policies.clone())];
            let _ = member_grant(true, Some(&policies), &groups).summary();
        }
        if let Ok(policy) = parse_one_policy(&text) {
            // What the tool would write reads back as the same policy. Entries are written as
            // the gateway writes them (trimmed, then cut at `:`, so `a/b :free` is stored as
            // `a/b `) and read as it reads them (trimmed): compare trimmed.
            use orgpolicy::policy::groups::ModelAccess;
            let trim = |list: &[String]| list.iter().map(|e| e.trim().to_string()).collect::<Vec<_>>();
            let read_as = match &policy {
                ModelAccess::Selected { model_allow_list, provider_allow_list } => ModelAccess::Selected {
                    model_allow_list: trim(model_allow_list),
                    provider_allow_list: trim(provider_allow_list),
                },
                other => other.clone(),
            };
            let stored = serde_json::json!([{"type": "model_access", "data": policy}]).to_string();
            prop_assert_eq!(parse_policies(&stored).map(|mut p| p.remove(0)), Ok(read_as));
        }
    }

    #[test]
    fn test_cases_parser(bytes in case("cases"), toml in any::<bool>()) {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join(if toml { "cases.toml" } else { "cases.json" });
        std::fs::write(&path, &bytes).unwrap();
        if let Ok(cases) = orgpolicy::cases::read(&path) {
            for (i, case) in cases.iter().enumerate() {
                let _ = (case.title(i), case.field_with_nul());
            }
        }
    }

    #[test]
    fn plan_parser(bytes in case("plan"), sealed in any::<bool>()) {
        let bytes = if sealed { reseal(&bytes) } else { bytes };
        exercise_plan(&bytes, &catalog());
    }
}

/// The corpus itself parses as it should: the seeds are valid inputs (so mutations start from
/// the accepted side of each parser), and the plan seeds' hashes hold.
#[test]
fn seeds_are_valid() {
    // Every settings seed is a document the tool accepts (a number beyond f64 and deep nesting
    // in keys it does not read included) but the one with wrong types where it reads.
    let accepted: Vec<bool> =
        corpus("settings").iter().map(|seed| Settings::parse(std::str::from_utf8(seed).unwrap()).is_valid()).collect();
    assert_eq!(accepted.iter().filter(|ok| !**ok).count(), 1, "{accepted:?}");
    for seed in corpus("catalog") {
        assert!(parse_import(&String::from_utf8(seed).unwrap(), InputFormat::Auto).is_ok());
    }
    let dir = tempfile::tempdir().unwrap();
    for (i, seed) in corpus("plan").into_iter().enumerate() {
        let path = dir.path().join(format!("{i}.jsonl"));
        std::fs::write(&path, &seed).unwrap();
        assert!(VerifiedPlan::open(&path).is_ok(), "plan seed {i}");
        assert_eq!(reseal(&seed), seed, "resealing a valid plan changes nothing");
    }
}

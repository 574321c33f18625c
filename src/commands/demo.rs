//! `demo`: a SQLite database in the current directory with the bundled sample, to explore.
//!
//! The sample is the real OpenRouter catalog of 2026-08-14 (as snapshot 2) and an older
//! snapshot derived from it without a few providers and models (snapshot 1), and 45
//! organizations in every policy shape, from `sample/organizations.json`.

use std::path::Path;

use anyhow::Context as _;
use chrono::{Duration, Utc};
use serde::Deserialize;
use serde_json::Value;

use crate::exit::ExitStatus;
use crate::policy::catalog::{parse_import, InputFormat, SnapshotData};
use crate::policy::normalize;
use crate::store::{GatewayColumns, NewMembers, NewOrg, Store};

use crate::services::Ctx;

const CATALOG: &str = include_str!("../../sample/openrouter-providers-2026-08-14.json");
const ORGANIZATIONS: &str = include_str!("../../sample/organizations.json");
pub const DEMO_FILE: &str = "orgpolicy-demo.db";

/// Providers and models that "arrive" between the two demo snapshots.
const NEW_PROVIDERS: [&str; 3] = ["darkbloom", "sail-research", "wafer"];
const NEW_MODELS: [&str; 2] = ["moonshotai/kimi-k3", "x-ai/grok-4.6"];

#[derive(Deserialize)]
struct Sample {
    organizations: Vec<SampleOrg>,
}

#[derive(Deserialize)]
struct SampleOrg {
    name: String,
    plan: String,
    created_days_ago: i64,
    settings: Value,
    #[serde(default)]
    custom_models: Vec<(String, String)>,
    /// Members as `(user id, email)`, groups and the default policy (GATEWAY-GROUPS.md).
    #[serde(default)]
    members: Vec<(String, Option<String>)>,
    #[serde(default)]
    groups: Vec<SampleGroup>,
    default_policies: Option<Value>,
}

#[derive(Deserialize)]
struct SampleGroup {
    name: String,
    members: Vec<String>,
    policies: Value,
}

impl SampleOrg {
    fn new_members(&self) -> Option<NewMembers> {
        if self.members.is_empty() && self.groups.is_empty() && self.default_policies.is_none() {
            return None;
        }
        Some(NewMembers {
            members: self.members.clone(),
            groups: self.groups.iter().map(|g| (g.name.clone(), g.policies.to_string(), g.members.clone())).collect(),
            default_policies: self.default_policies.as_ref().map(Value::to_string),
        })
    }
}

/// The catalog before the newest providers and models arrived.
fn older_snapshot(latest: &SnapshotData) -> SnapshotData {
    let mut older = latest.clone();
    older.providers.retain(|p| !NEW_PROVIDERS.contains(&p.slug.as_str()));
    for provider in &mut older.providers {
        provider.models.retain(|m| !NEW_MODELS.contains(&normalize::model_id(&m.slug).as_str()));
    }
    older
}

pub async fn run(ctx: &Ctx) -> anyhow::Result<ExitStatus> {
    let path = Path::new(DEMO_FILE);
    for stale in [DEMO_FILE.to_string(), format!("{DEMO_FILE}-wal"), format!("{DEMO_FILE}-shm")] {
        if Path::new(&stale).exists() {
            std::fs::remove_file(&stale)
                .with_context(|| format!("could not replace the old demo database '{stale}'"))?;
        }
    }
    let url = format!("sqlite://{DEMO_FILE}");
    let store = Store::connect(&url, true).await?;
    store.migrate().await?;
    let orgs = fill(&store).await?;
    store.close().await;
    ctx.out.line(format!(
        "created {}: 2 catalog snapshots (the second adds {} and {}), {orgs} organizations",
        path.display(),
        NEW_PROVIDERS.join(", "),
        NEW_MODELS.join(", "),
    ))?;
    ctx.out.note(HINTS.replace("{DEMO_FILE}", DEMO_FILE));
    Ok(ExitStatus::Success)
}

/// What `demo` prints to try next.
const HINTS: &str = "\ntry:\n  export DATABASE_URL=sqlite://{DEMO_FILE}\n  orgpolicy orgs list\n  \
     orgpolicy orgs list --rules marker --mode legacy\n  \
     orgpolicy providers list --org 'Stark Industries'\n  orgpolicy models list --org 'Gringotts' --search kimi\n  \
     orgpolicy check --org 'Gringotts' --model moonshotai/kimi-k2.5 --explain\n  \
     orgpolicy check --org 'Black Mesa' --model deepseek/deepseek-chat\n  \
     orgpolicy members list --org 'Black Mesa'\n  \
     orgpolicy check --org 'Black Mesa' --member gordon@blackmesa.example --model deepseek/deepseek-chat --explain\n  orgpolicy catalog diff\n  \
     orgpolicy audit\n  orgpolicy diff --org 'Stark Industries' --catalog\n  \
     orgpolicy diff --org 'Stark Industries' --migration\n  \
     orgpolicy check --org 'Gringotts' --model evil-corp/bad-model --fallback deepseek/deepseek-v4-flash";

/// The demo's two snapshots, organizations and members; returns the number of organizations.
async fn fill(store: &Store) -> anyhow::Result<usize> {
    let now = Utc::now();
    let latest = parse_import(CATALOG, InputFormat::Openrouter).context("the bundled catalog is invalid")?;
    let no_columns = GatewayColumns::default();
    store
        .insert_snapshot(&serde_json::to_string(&older_snapshot(&latest))?, &no_columns, now - Duration::days(800))
        .await?;
    store.insert_snapshot(&serde_json::to_string(&latest)?, &no_columns, now).await?;

    let sample: Sample = serde_json::from_str(ORGANIZATIONS).context("the bundled organizations are invalid")?;
    let orgs: Vec<NewOrg> = sample
        .organizations
        .iter()
        .enumerate()
        .map(|(i, o)| NewOrg {
            id: Some(crate::store::stable_uuid(&format!("orgpolicy-demo/{i}/{}", o.name))),
            name: o.name.clone(),
            plan: o.plan.clone(),
            settings: o.settings.to_string(),
            created_at: now - Duration::days(o.created_days_ago),
            custom_models: o.custom_models.clone(),
        })
        .collect();
    store.insert_orgs(&orgs).await?;
    for org in &sample.organizations {
        if let Some(members) = org.new_members() {
            let id = store.resolve_org(&org.name).await?.id;
            store.insert_members(&id, &members).await?;
        }
    }

    Ok(orgs.len())
}

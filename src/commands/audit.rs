//! `audit`: every org checked for policy problems, read-only, streamed.

use std::collections::HashSet;
use std::sync::Arc;

use serde_json::json;

use crate::cli::{AuditArgs, FailOn};
use crate::output::stream::ListWriter;
use crate::output::views::audit::{render, Summary, COLUMNS};
use crate::output::Output;
use crate::parallel::{self, OrderedPool};
use crate::policy::evaluate::{is_enterprise, Org};
use crate::policy::findings::{
    group_findings, Auditor, CatalogHistory, Code, GroupsInput, HistoryBuilder, OrgHistory, Severity,
};
use crate::policy::groups;
use crate::policy::{normalize, Catalog, Rules, Settings};
use crate::store::{AuditedOrgRow, OrgMembers, OrgRow, Store, StoreError};
use crate::ExitStatus;

use chrono::{DateTime, Utc};

use crate::services::{CatalogFile, Ctx, Snapshot};

pub async fn run(ctx: &Ctx, args: AuditArgs) -> anyhow::Result<ExitStatus> {
    let store = ctx.store().await?;
    let snapshot = Snapshot::latest(ctx, &store).await?;
    let rules = ctx.rules(&store);
    let (history, points) = catalog_history(&store, &snapshot.catalog, args.catalog_history.as_deref()).await?;
    let mut unchecked: Vec<String> = if points < 2 {
        let why = "silent_enablement: the catalog history has one snapshot (the gateway's database keeps only the latest), so no provider can be seen entering; pass --catalog-history DIR with exports from `orgpolicy catalog export`".to_string();
        ctx.out.warn(why.clone());
        vec![why]
    } else {
        Vec::new()
    };
    let head = [("snapshot_id", json!(snapshot.id)), ("rules", json!(rules))];
    let mut list = ListWriter::start(&ctx.out, &head, "findings", COLUMNS)?;
    let mut summary = Summary::default();
    // Orgs that use groups are audited again after the scan for their group policies.
    let group_orgs = match rules {
        Rules::Current => match store.orgs_with_groups().await {
            Ok(orgs) => orgs,
            Err(StoreError::NoGroupTables { missing, .. }) => {
                unchecked.push(format!("group policies: this database has no member-level access tables ({missing})"));
                Vec::new()
            }
            Err(e) => return Err(e.into()),
        },
        _ => Vec::new(),
    };
    let mut had_findings: HashSet<String> = HashSet::new();
    let uses_groups: HashSet<&str> = group_orgs.iter().map(|o| o.id.as_str()).collect();
    let mut write = |audited: anyhow::Result<Audited>| -> anyhow::Result<()> {
        let audited = audited?;
        if !audited.codes.is_empty() && uses_groups.contains(audited.org.as_str()) {
            had_findings.insert(audited.org.clone());
        }
        summary.add(&audited.codes);
        Ok(audited.shown.iter().try_for_each(|line| list.rendered(line))?)
    };
    // Parsing, auditing and rendering run on worker threads; findings come back in scan order.
    let shared = Arc::new((snapshot.catalog.clone(), history));
    let out = ctx.out.clone();
    let mut pool = OrderedPool::new(parallel::threads(), || {
        let (shared, out) = (Arc::clone(&shared), out.clone());
        move |batch: Vec<AuditedOrgRow>| {
            let auditor = Auditor::new(&shared.0, &shared.1);
            batch.iter().map(|row| audit_row(&auditor, rules, row, &out)).collect::<Vec<_>>()
        }
    });
    let progress = crate::output::progress::reading(&ctx.out);
    store
        .for_each_audited_org(&mut |row| {
            progress.inc(1);
            let bytes = row.org.settings.len();
            pool.push(row, bytes, &mut write)
        })
        .await?;
    pool.finish(&mut write)?;
    progress.finish_and_clear();
    for org in &group_orgs {
        let findings = group_findings(&groups_input(org, &store.org_members(org).await?), &snapshot.catalog);
        let codes: Vec<(Code, Severity)> = findings.iter().map(|f| (f.code, f.severity)).collect();
        summary.add_more(&codes, !had_findings.contains(&org.id));
        for finding in &findings {
            list.rendered(&render(&ctx.out, org, finding)?)?;
        }
    }
    list.finish(&[("summary", serde_json::to_value(&summary)?), ("unchecked", json!(unchecked))])?;
    if !ctx.out.is_json() {
        ctx.out.line("")?;
        ctx.out.line(summary.sentence())?;
    }
    let threshold = match args.fail_on {
        FailOn::Error => Severity::Error,
        FailOn::Warning => Severity::Warning,
    };
    Ok(if summary.worst().is_some_and(|worst| worst >= threshold) { ExitStatus::Failure } else { ExitStatus::Success })
}

/// An org's group policies as the audit reads them.
fn groups_input(org: &OrgRow, all: &OrgMembers) -> GroupsInput {
    let baseline = groups::Baseline::of(Settings::parse(&org.settings).gateway_lists());
    let index: std::collections::HashMap<&str, usize> =
        all.groups.iter().enumerate().map(|(i, g)| (g.id.as_str(), i)).collect();
    let members = all
        .members
        .iter()
        .map(|m| {
            let label = m.email.clone().unwrap_or_else(|| m.kilo_user_id.clone());
            let mine = all.group_ids_of(&m.kilo_user_id).filter_map(|group| index.get(group).copied()).collect();
            (label, mine)
        })
        .collect();
    GroupsInput {
        enterprise: is_enterprise(&org.plan),
        baseline,
        default: all.settings.as_ref().map(|(p, _)| groups::parse_policies(p)),
        groups: all.groups.iter().map(|g| (g.name.clone(), groups::parse_policies(&g.policies))).collect(),
        members,
    }
}

/// When each provider of the latest snapshot entered the catalog, from every stored snapshot
/// and the exported files of `--catalog-history`, in time order; and how many catalogs that
/// history has.
async fn catalog_history(
    store: &Store,
    latest: &Catalog,
    dir: Option<&std::path::Path>,
) -> anyhow::Result<(CatalogHistory, usize)> {
    // (when, snapshot id or 0 for a file, live providers)
    let mut points: Vec<(Option<DateTime<Utc>>, i64, Vec<String>)> = Vec::new();
    Snapshot::for_each_live_set(store, &mut |row, live| points.push((row.created_at, row.id, live))).await?;
    if let Some(dir) = dir {
        for file in CatalogFile::history(dir, &latest.shared_facts())? {
            points.push((file.generated_at, 0, file.catalog.slugs(file.catalog.live())));
        }
        // Stable: the database's own order stays where times are equal or unknown.
        points.sort_by_key(|(at, _, _)| *at);
    }
    let count = points.len();
    let mut builder = HistoryBuilder::default();
    for (at, id, live) in points {
        builder.add(id, at.unwrap_or(DateTime::<Utc>::MIN_UTC), live);
    }
    Ok((builder.finish(latest), count))
}

/// One org audited on a worker thread: its finding codes and their rendered lines.
struct Audited {
    codes: Vec<(Code, Severity)>,
    shown: Vec<String>,
    org: String,
}

fn audit_row(auditor: &Auditor<'_>, rules: Rules, row: &AuditedOrgRow, out: &Output) -> anyhow::Result<Audited> {
    let org = &row.org;
    if !is_enterprise(&org.plan) {
        // Nothing in the settings of other plans is enforced (and parsing them is wasted).
        return Ok(Audited { codes: Vec::new(), shown: Vec::new(), org: org.id.clone() });
    }
    let settings = Settings::parse(&org.settings);
    let custom_models = custom_models(row.custom_models.as_deref());
    let subject = Org { plan: &org.plan, settings: &settings, custom_models: &custom_models, rules };
    let history = OrgHistory { created_at: org.created_at, last_settings_change: row.last_settings_change };
    let findings = auditor.audit(subject, history);
    Ok(Audited {
        codes: findings.iter().map(|f| (f.code, f.severity)).collect(),
        shown: findings.iter().map(|f| render(out, &row.org, f)).collect::<anyhow::Result<_>>()?,
        org: row.org.id.clone(),
    })
}

/// The JSON array of model ids the scan aggregates; absent when the audit does not need it.
fn custom_models(aggregated: Option<&str>) -> Vec<String> {
    let ids: Vec<Option<String>> = aggregated.and_then(|text| serde_json::from_str(text).ok()).unwrap_or_default();
    ids.into_iter().flatten().map(|id| normalize::model_id(&id)).collect()
}

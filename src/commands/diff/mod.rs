//! `diff --org O`: what a catalog change, an era change, a proposed settings document or the
//! backfill does to one organization's effective access; `diff --all` ([`all`]) the same over
//! every org.

mod all;

use std::collections::BTreeSet;
use std::path::Path;

use serde_json::Value;

use crate::cli::DiffArgs;
use crate::error::fixable;
use crate::exit::ExitStatus;
use crate::output::plural;
use crate::output::views::diff::{AccessChange, MigrationView, OrgRef, Side};
use crate::policy::backfill::{Planner, Scope, Skip, Verdict};
use crate::policy::evaluate::is_enterprise;
use crate::policy::sync_log::{self, ModelMoves, SyncCheck};
use crate::policy::{AccessDiff, Rules, Settings};
use crate::store::{AuditFilter, Schema, Store, SYNC_CHANGE};

use crate::services::group_policy;
use crate::services::{read_input, CatalogFile, Ctx, LoadedOrg, ProposedPolicy, Snapshot};

/// One diff, ready to show.
struct Report {
    change: &'static str,
    /// What is compared, in words ("catalog snapshot 2 → 3").
    title: String,
    from: Side,
    to: Side,
    diff: AccessDiff,
    /// Lines after the diff.
    notes: Vec<String>,
    /// What the backfill does (`--migration` only).
    migration: Option<MigrationView>,
    /// How the gateway sync's rows compare (`--catalog` on the gateway, Enterprise orgs).
    sync_log: Option<SyncCheck>,
}

pub async fn run(ctx: &Ctx, args: DiffArgs) -> anyhow::Result<ExitStatus> {
    refuse_two_changes(ctx, &args)?;
    if args.all {
        return all::run(ctx, args).await;
    }
    let store = ctx.store().await?;
    let org = LoadedOrg::load(ctx, &store, args.org.as_deref().unwrap_or_default()).await?;
    if let Some(path) = &args.group_policy {
        let group = args.group.as_deref().unwrap_or_default();
        return members_change(ctx, &store, &org, PolicyTarget::Group(group), path).await;
    }
    if let Some(path) = &args.default_policy {
        return members_change(ctx, &store, &org, PolicyTarget::Default, path).await;
    }
    let report = if let Some(path) = &args.settings {
        settings_change(ctx, &store, &org, path).await?
    } else if let Some((from, to)) = ctx.rules_range() {
        rules_change(ctx, &store, &org, from, to).await?
    } else if args.migration {
        migration(ctx, &store, &org).await?
    } else {
        catalog_change(ctx, &store, &org, args.catalog.as_deref().unwrap_or(".."), args.catalog_history.as_deref())
            .await?
    };
    show(ctx, &org, report)?;
    Ok(ExitStatus::Success)
}

/// `--rules A..B` is a change of its own: with another one, which is meant is unclear.
fn refuse_two_changes(ctx: &Ctx, args: &DiffArgs) -> anyhow::Result<()> {
    let other = [
        (args.catalog.is_some(), "--catalog"),
        (args.settings.is_some(), "--settings"),
        (args.migration, "--migration"),
        (args.group_policy.is_some(), "--group-policy"),
        (args.default_policy.is_some(), "--default-policy"),
    ];
    match (ctx.rules_range(), other.iter().find(|(given, _)| *given)) {
        (Some((from, to)), Some((_, flag))) => Err(fixable(
            format!("--rules {from}..{to} is a change of its own, and {flag} another"),
            format!("compare one at a time: leave out {flag}, or name one era with --rules"),
        )),
        _ => Ok(()),
    }
}

/// `--rules A..B`: the org under one era of the gateway's rules, then the other, against the
/// latest snapshot.
async fn rules_change(ctx: &Ctx, store: &Store, org: &LoadedOrg, from: Rules, to: Rules) -> anyhow::Result<Report> {
    let snapshot = Snapshot::latest(ctx, store).await?;
    let c = &snapshot.catalog;
    let inputs = org.request_inputs(store).await?;
    let access = |rules| org.compile_under(rules, &org.settings, c, Some(&inputs)).effective_access(c);
    let diff = AccessDiff::within(c, &access(from), &access(to));
    let side = |rules: Rules| Side { rules: Some(rules), snapshot_id: Some(snapshot.id), ..Side::default() };
    Ok(Report {
        change: "rules",
        title: format!("rules {from} → {to} (catalog snapshot {})", snapshot.id),
        from: side(from),
        to: side(to),
        diff,
        notes: not_enforced_note(org),
        migration: None,
        sync_log: None,
    })
}

/// Which policy a proposed file replaces.
enum PolicyTarget<'a> {
    Group(&'a str),
    Default,
}

/// `--group-policy` / `--default-policy`: each member's usable models now and with the proposed
/// policy in place (current rules: groups are the gateway's since August 2026).
async fn members_change(
    ctx: &Ctx,
    store: &Store,
    org: &LoadedOrg,
    target: PolicyTarget<'_>,
    path: &Path,
) -> anyhow::Result<ExitStatus> {
    group_policy::require_current_rules(org)?;
    let text = read_input(path, "policy")?;
    let policy = group_policy::parse_policy(&text, &format!("file '{}'", path.display()))?;
    if let Some(warning) = group_policy::capitalized_warning(&policy) {
        ctx.out.warn(warning);
    }
    let snapshot = Snapshot::latest(ctx, store).await?;
    let all = store.org_members(&org.row).await?;
    let (proposed, group) = match target {
        PolicyTarget::Default => (ProposedPolicy::Default(Some(policy)), None),
        PolicyTarget::Group(query) => {
            let g = group_policy::find_group(&all, query, &org.row.name)?;
            (ProposedPolicy::Group { id: g.id.clone(), policy: Some(policy) }, Some(g.name.clone()))
        }
    };
    ctx.out.show(&group_policy::members_change(org, &all, &proposed, &snapshot.catalog, group))?;
    Ok(ExitStatus::Success)
}

/// One side of `--catalog A..B`: a snapshot id, an exported file, or the default.
#[derive(Debug, PartialEq, Eq)]
enum RangeSide {
    Default,
    Id(i64),
    File(std::path::PathBuf),
}

/// A catalog to compare, with how to name it.
struct Compared {
    label: String,
    side: Side,
    catalog: crate::policy::Catalog,
    /// When a stored snapshot was taken (the gateway's `generated_at`), if known.
    taken_at: Option<chrono::DateTime<chrono::Utc>>,
    /// Loaded as the database's latest snapshot (the default newer side).
    latest: bool,
}

impl Compared {
    fn snapshot(s: Snapshot) -> Self {
        let side = Side { snapshot_id: Some(s.id), ..Side::default() };
        Self { label: format!("snapshot {}", s.id), side, catalog: s.catalog, taken_at: s.created_at, latest: false }
    }

    fn file(f: CatalogFile) -> Self {
        let path = f.path.display().to_string();
        let side = Side { file: Some(path.clone()), ..Side::default() };
        Self { label: path, side, catalog: f.catalog, taken_at: None, latest: false }
    }
}

async fn catalog_change(
    ctx: &Ctx,
    store: &Store,
    org: &LoadedOrg,
    range: &str,
    history: Option<&Path>,
) -> anyhow::Result<Report> {
    let (before, after) = catalogs(ctx, store, range, history).await?;
    let inputs = org.served_inputs(store).await?;
    let access = |c: &crate::policy::Catalog| org.compile_served(c, inputs.as_ref()).effective_access(c);
    let sides = ((&before.catalog, &access(&before.catalog)), (&after.catalog, &access(&after.catalog)));
    let diff = AccessDiff::between(sides.0, sides.1);
    // The sync writes for Enterprise orgs only.
    let since = if is_enterprise(&org.row.plan) { sync_log_since(ctx, store, &after).await? } else { None };
    let sync_log = match since {
        Some(since) => sync_log::check(&sync_rows(store, org, since).await?, &ModelMoves::between(sides.0, sides.1)),
        None => None,
    };
    Ok(Report {
        change: "catalog",
        title: format!("catalog {} → {}", before.label, after.label),
        from: before.side,
        to: after.side,
        diff,
        notes: not_enforced_note(org),
        migration: None,
        sync_log,
    })
}

/// Since when the gateway's sync rows are compared with a catalog change: on the gateway's
/// database, when the newer side is its latest snapshot, the rows written since that snapshot
/// was taken (its sync writes them after storing it, and the next sync replaces it). Otherwise
/// nothing is compared, and on the gateway a note says why.
async fn sync_log_since(
    ctx: &Ctx,
    store: &Store,
    after: &Compared,
) -> anyhow::Result<Option<chrono::DateTime<chrono::Utc>>> {
    if store.schema() != Schema::Gateway {
        return Ok(None);
    }
    let not_compared = |why: String| {
        ctx.out.note(format!("the catalog sync's audit rows are not compared: {why}"));
        Ok(None)
    };
    let Some(id) = after.side.snapshot_id else {
        return not_compared(format!("{} is a file, not the database's latest snapshot", after.label));
    };
    // Read again only when another snapshot was named: the default newer side is the latest.
    let latest = if after.latest { id } else { store.latest_snapshot().await?.id };
    match after.taken_at {
        _ if id != latest => {
            not_compared(format!("snapshot {id} is not the latest ({latest}), whose sync wrote the rows"))
        }
        None => not_compared(format!("snapshot {id} has no readable generated_at")),
        Some(taken) => Ok(Some(taken)),
    }
}

/// The catalog sync's audit messages for `org` since `since`, oldest first.
async fn sync_rows(
    store: &Store,
    org: &LoadedOrg,
    since: chrono::DateTime<chrono::Utc>,
) -> anyhow::Result<Vec<String>> {
    let filter = AuditFilter {
        org_id: Some(org.row.id.clone()),
        since: Some(since),
        actions: vec![SYNC_CHANGE.to_string()],
        ..AuditFilter::default()
    };
    let mut rows = Vec::new();
    store
        .for_each_audit_row(&filter, &mut |row| {
            rows.push(row.message);
            Ok(())
        })
        .await?;
    rows.reverse();
    Ok(rows)
}

/// The two catalogs `--catalog A..B` names (see [`parse_range`]), with what to call them.
async fn catalogs(
    ctx: &Ctx,
    store: &Store,
    range: &str,
    history: Option<&Path>,
) -> anyhow::Result<(Compared, Compared)> {
    let (from, to) = parse_range(range)?;
    let facts = ctx.facts(store).await?;
    let after = match to {
        RangeSide::File(path) => Compared::file(CatalogFile::read(&path, &facts)?),
        RangeSide::Id(id) => Compared::snapshot(Snapshot::load(ctx, store, Some(id)).await?),
        RangeSide::Default => Compared { latest: true, ..Compared::snapshot(Snapshot::load(ctx, store, None).await?) },
    };
    let before = match from {
        RangeSide::File(path) => Compared::file(CatalogFile::read(&path, &facts)?),
        RangeSide::Id(id) => Compared::snapshot(Snapshot::load(ctx, store, Some(id)).await?),
        RangeSide::Default => previous_catalog(store, &after, history, &facts).await?,
    };
    Ok((before, after))
}

/// The catalog before `after` by default: the snapshot before it in the database, else the
/// newest file of the history folder.
async fn previous_catalog(
    store: &Store,
    after: &Compared,
    history: Option<&Path>,
    facts: &std::sync::Arc<crate::policy::facts::GatewayFacts>,
) -> anyhow::Result<Compared> {
    if let Some(id) = after.side.snapshot_id {
        if let Some(row) = store.snapshot_before(id).await? {
            return Ok(Compared::snapshot(Snapshot::from_row(row, facts)?));
        }
    }
    if let Some(dir) = history {
        if let Some(newest) = CatalogFile::history(dir, facts)?.pop() {
            return Ok(Compared::file(newest));
        }
    }
    Err(fixable(
        format!("a catalog diff needs two catalogs, and the database has none before {}", after.label),
        "name an exported catalog file (`--catalog FILE..`, written by `orgpolicy catalog export`), or pass --catalog-history DIR",
    ))
}

/// `A..B`, `A..`, `..B` or `..`; each side a snapshot id or a catalog file.
fn parse_range(text: &str) -> anyhow::Result<(RangeSide, RangeSide)> {
    let invalid = || {
        fixable(
            format!("--catalog '{text}' is not a catalog range"),
            "write A..B with snapshot ids or exported catalog files (A.. or ..B keep the other side's default); `orgpolicy catalog list` shows the ids",
        )
    };
    let (a, b) = text.split_once("..").ok_or_else(invalid)?;
    let side = |s: &str| -> anyhow::Result<RangeSide> {
        let s = s.trim();
        if s.is_empty() {
            Ok(RangeSide::Default)
        } else if let Ok(id) = s.parse() {
            Ok(RangeSide::Id(id))
        } else if Path::new(s).exists() {
            Ok(RangeSide::File(s.into()))
        } else {
            Err(fixable(
                format!("--catalog '{text}': '{s}' is neither a snapshot id nor a catalog file"),
                "use an id from `orgpolicy catalog list` or the path of a file written by `orgpolicy catalog export`",
            ))
        }
    };
    Ok((side(a)?, side(b)?))
}

async fn settings_change(ctx: &Ctx, store: &Store, org: &LoadedOrg, path: &Path) -> anyhow::Result<Report> {
    let proposed = read_settings(path)?;
    let snapshot = Snapshot::latest(ctx, store).await?;
    let c = &snapshot.catalog;
    let inputs = org.served_inputs(store).await?;
    let before = org.compile_served(c, inputs.as_ref()).effective_access(c);
    let after = org.compile_served_with(&proposed, c, inputs.as_ref()).effective_access(c);
    let diff = AccessDiff::between((c, &before), (c, &after));
    Ok(Report {
        change: "settings",
        title: format!("current settings → {} (catalog snapshot {})", path.display(), snapshot.id),
        from: settings_side("current", snapshot.id),
        to: settings_side(&path.display().to_string(), snapshot.id),
        diff,
        notes: not_enforced_note(org),
        migration: None,
        sync_log: None,
    })
}

/// A proposed settings document; `-` is stdin. An invalid document is refused: it would deny
/// everything, which is not what anyone proposing it means.
fn read_settings(path: &Path) -> anyhow::Result<Settings> {
    let name = path.display();
    let text = read_input(path, "settings")?;
    let value: Value = serde_json::from_str(&text).map_err(|e| {
        fixable(format!("settings file '{name}' is not JSON: {e}"), "a settings document is one JSON object")
    })?;
    let settings = Settings::from_value(value);
    if let Err(invalid) = settings.policy() {
        return Err(fixable(
            format!("settings file '{name}' is invalid: {invalid}"),
            "fix the document: lists of strings, provider_policy_mode \"allow\" with a provider_allow_list (see the README)",
        ));
    }
    Ok(settings)
}

async fn migration(ctx: &Ctx, store: &Store, org: &LoadedOrg) -> anyhow::Result<Report> {
    let snapshot = Snapshot::latest(ctx, store).await?;
    let c = &snapshot.catalog;
    let verdict = Planner::new(c, Scope::default()).plan(org.as_org());
    let base = Report {
        change: "migration",
        title: format!("current settings → after `backfill apply` (catalog snapshot {})", snapshot.id),
        from: settings_side("current", snapshot.id),
        to: settings_side("migrated", snapshot.id),
        diff: AccessDiff::default(),
        notes: Vec::new(),
        migration: None,
        sync_log: None,
    };
    let m = match verdict {
        Verdict::Skip(skip) => {
            let notes = skip_notes(skip);
            return Ok(Report { notes, migration: Some(MigrationView::Skip { skip_reason: skip }), ..base });
        }
        Verdict::Migrate(m) => m,
    };
    let denied: BTreeSet<&str> =
        org.settings.policy().map(|p| p.provider_deny_list.iter().map(String::as_str).collect()).unwrap_or_default();
    let dormant: Vec<String> =
        dormant_providers(store, &snapshot).await?.into_iter().filter(|p| !denied.contains(p.as_str())).collect();
    let mut notes = vec![
        format!(
            "now: {}allow list of {} (every live provider but {})",
            if m.preserves_access() {
                ""
            } else {
                "EFFECTIVE ACCESS WOULD CHANGE (applied only with --accept-changes); "
            },
            plural(m.allowed, "provider", "providers"),
            if m.denied.is_empty() { "none".to_string() } else { m.denied.join(", ") }
        ),
        "later: a provider entering the catalog needs approval (`orgpolicy providers allow`); \
         under the deny list it would be enabled with no audit trail"
            .to_string(),
    ];
    if !dormant.is_empty() {
        notes.push(format!("known providers not live today that would then need approval: {}", dormant.join(", ")));
    }
    notes.extend(m.warnings.iter().map(|w| format!("warning: {w}")));
    let migration = MigrationView::Migrate {
        provider_allow_list: m.new_settings.document().get("provider_allow_list").cloned(),
        preserves_access: m.preserves_access(),
        denied: m.denied,
        need_approval_later: dormant,
        warnings: m.warnings,
    };
    let diff = crate::policy::backfill::access_change(org.as_org(), &m.new_settings, c);
    Ok(Report { diff, notes, migration: Some(migration), ..base })
}

/// Why the backfill leaves the org alone, and what would pin it anyway.
fn skip_notes(skip: Skip) -> Vec<String> {
    let mut notes = vec![format!("the backfill leaves this org alone: {}", skip.describe())];
    match skip {
        Skip::NoProviderDenyList => {
            notes.push("`orgpolicy backfill plan --include-unrestricted` would pin it to today's live providers".into())
        }
        Skip::AlreadyAllowMode => {
            notes.push("providers entering the catalog already need approval (`providers allow`)".into())
        }
        Skip::NotEnterprise | Skip::InvalidSettings => {}
    }
    notes
}

/// Providers the catalog knows (listed now, or live in an older snapshot) that serve nothing
/// today: the ones a catalog change could bring (back) into use.
async fn dormant_providers(store: &Store, latest: &Snapshot) -> anyhow::Result<Vec<String>> {
    let c = &latest.catalog;
    let mut known: BTreeSet<String> = c.providers().iter().map(|p| p.slug.clone()).collect();
    Snapshot::for_each_live_set(store, &mut |_, live| known.extend(live)).await?;
    Ok(known.into_iter().filter(|p| !c.is_live(p)).collect())
}

fn not_enforced_note(org: &LoadedOrg) -> Vec<String> {
    if crate::policy::evaluate::is_enterprise(&org.row.plan) {
        Vec::new()
    } else {
        vec![format!("plan '{}': access configuration is not enforced, so nothing changes", org.row.plan)]
    }
}

fn settings_side(settings: &str, snapshot_id: i64) -> Side {
    Side { settings: Some(settings.to_string()), snapshot_id: Some(snapshot_id), ..Side::default() }
}

fn show(ctx: &Ctx, org: &LoadedOrg, report: Report) -> anyhow::Result<()> {
    let who = OrgRef { id: org.row.id.clone(), name: org.row.name.clone() };
    let mut view = AccessChange::new(who, org.rules, report.change, (report.from, report.to), &report.diff);
    view.migration = report.migration;
    view.title = report.title;
    view.notes = report.notes;
    view.sync_log = report.sync_log;
    ctx.out.show(&view)?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ranges() {
        let file = std::env::temp_dir().join(format!("orgpolicy-range-{}.json", std::process::id()));
        std::fs::write(&file, "{}").unwrap();
        let f = file.display().to_string();
        let ok = [
            ("..".to_string(), (RangeSide::Default, RangeSide::Default)),
            ("1..3".to_string(), (RangeSide::Id(1), RangeSide::Id(3))),
            ("2..".to_string(), (RangeSide::Id(2), RangeSide::Default)),
            ("..4".to_string(), (RangeSide::Default, RangeSide::Id(4))),
            (format!("{f}..4"), (RangeSide::File(file.clone()), RangeSide::Id(4))),
        ];
        for (text, want) in ok {
            assert_eq!(parse_range(&text).unwrap(), want, "{text}");
        }
        std::fs::remove_file(&file).unwrap();
        for bad in ["3", "a..b", "1...2", "1..x"] {
            assert!(parse_range(bad).is_err(), "{bad}");
        }
    }
}

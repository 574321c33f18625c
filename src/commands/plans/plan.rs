//! `backfill plan`: every org through the transformation, into the hashed plan file.

use std::collections::HashSet;
use std::path::Path;

use serde_json::json;

use crate::cli::{PlanArgs, ScopeArgs};
use crate::error::fixable;
use crate::exit::ExitStatus;
use crate::output::stream::ListWriter;
use crate::output::Output;
use crate::parallel::{self, OrderedPool};
use crate::planfile::{Header, PlanEntryRef, PlanWriter, SealedLine, VerifiedPlan, FORMAT, VERSION};
use crate::policy::backfill::{Planner, Scope, Skip, Verdict};
use crate::policy::change::Operation;
use crate::policy::evaluate::is_enterprise;
use crate::policy::Rules;
use crate::policy::{Org, Settings};
use crate::services::{Ctx, Snapshot};
use crate::store::{OrgFilter, OrgRow, Schema, Store};

use crate::output::views::backfill::{Row, Summary};

/// The ids of `--org` arguments, or `None` for every org.
pub(super) async fn scope_ids(store: &Store, args: &ScopeArgs) -> anyhow::Result<Option<HashSet<String>>> {
    if args.orgs.is_empty() {
        return Ok(None);
    }
    let mut ids = HashSet::new();
    for query in &args.orgs {
        ids.insert(store.resolve_org(query).await?.id);
    }
    Ok(Some(ids))
}

/// How plan rows are shown while planning.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(super) enum Rows {
    Table,
    Json,
    Hidden,
}

/// One org planned on a worker thread, ready to write.
pub(super) struct Planned {
    pub(super) outcome: Outcome,
    /// The plan-file line, sealed (migrations only).
    pub(super) entry: Option<SealedLine>,
    /// The row to print, rendered (none for quiet skips or hidden rows).
    pub(super) row: Option<String>,
}

pub(super) enum Outcome {
    Skip(Skip),
    Migrate { access_change: bool, warnings: u64 },
}

/// Plans one enterprise org: parse, transform, check the invariant, serialize.
pub(super) fn plan_org(
    planner: &Planner<'_>,
    rules: Rules,
    own_schema: bool,
    row: &OrgRow,
    rows: Rows,
    out: &Output,
) -> anyhow::Result<Planned> {
    let settings = Settings::parse(&row.settings);
    // Custom models are left out: they are exempt under both the old and the new settings,
    // so they cannot make the two sides differ.
    let org = Org { plan: &row.plan, settings: &settings, custom_models: &[], rules, own_schema };
    let render = |shown: Row<'_>| -> anyhow::Result<Option<String>> {
        Ok(match rows {
            Rows::Table => Some(shown.text(out)),
            Rows::Json => Some(serde_json::to_string(&shown)?),
            Rows::Hidden => None,
        })
    };
    match planner.plan(org) {
        Verdict::Skip(Skip::InvalidSettings) => {
            let warning =
                [format!("skipped: {}", settings.policy().err().map(ToString::to_string).unwrap_or_default())];
            let row = render(Row {
                id: &row.id,
                name: &row.name,
                action: "skip",
                allowed: 0,
                denied: &[],
                pairs_changed: 0,
                warnings: &warning,
            })?;
            Ok(Planned { outcome: Outcome::Skip(Skip::InvalidSettings), entry: None, row })
        }
        Verdict::Skip(skip) => Ok(Planned { outcome: Outcome::Skip(skip), entry: None, row: None }),
        Verdict::Migrate(m) => migrated(row, &settings, m, render),
    }
}

/// A migrating org's plan entry and row.
fn migrated(
    row: &OrgRow,
    settings: &Settings,
    mut m: crate::policy::backfill::Migration,
    render: impl Fn(Row<'_>) -> anyhow::Result<Option<String>>,
) -> anyhow::Result<Planned> {
    let outcome = Outcome::Migrate { access_change: !m.preserves_access(), warnings: m.warnings.len() as u64 };
    let mut warnings = std::mem::take(&mut m.warnings);
    if !m.preserves_access() {
        warnings.push(format!(
            "effective access would change: {} pairs gained, {} lost",
            m.access_change.gained, m.access_change.lost
        ));
    }
    let entry = PlanEntryRef {
        id: &row.id,
        name: &row.name,
        old: settings,
        new: &m.new_settings,
        allowed: m.allowed,
        denied: &m.denied,
        pairs_changed: m.pairs_changed(),
        warnings: &warnings,
        change: None,
    };
    let line = entry.sealed()?;
    let row = render(Row {
        id: &row.id,
        name: &row.name,
        action: "migrate",
        allowed: m.allowed,
        denied: &m.denied,
        pairs_changed: entry.pairs_changed,
        warnings: &warnings,
    })?;
    Ok(Planned { outcome, entry: Some(line), row })
}

/// Parsing, planning, checking and serializing on worker threads; rows come back in scan
/// order, so the plan file and its hash are what a sequential run writes.
fn planners(
    snapshot: &Snapshot,
    scope: Scope,
    (rules, own_schema): (Rules, bool),
    rows: Rows,
    out: &Output,
) -> OrderedPool<OrgRow, anyhow::Result<Planned>> {
    let catalog = std::sync::Arc::new(snapshot.catalog.clone());
    OrderedPool::new(parallel::threads(), || {
        let (catalog, out) = (std::sync::Arc::clone(&catalog), out.clone());
        move |batch: Vec<OrgRow>| {
            let planner = Planner::new(&catalog, scope);
            batch.into_iter().map(|row| plan_org(&planner, rules, own_schema, &row, rows, &out)).collect::<Vec<_>>()
        }
    })
}

pub(super) fn unwritable(path: &Path, e: std::io::Error) -> anyhow::Error {
    fixable(
        format!("could not write plan file '{}': {e}", path.display()),
        "check the path, its permissions and the free space; nothing was written there",
    )
}

/// Where the rows are shown (none when hidden).
fn rows_list(ctx: &Ctx, snapshot: &Snapshot, rules: Rules, rows: Rows) -> anyhow::Result<Option<ListWriter>> {
    let head = [("snapshot_id", json!(snapshot.id)), ("rules", json!(rules))];
    Ok(match rows {
        Rows::Hidden => None,
        Rows::Json | Rows::Table => Some(ListWriter::start(&ctx.out, &head, "orgs", Row::COLUMNS)?),
    })
}

/// What pins the plan: the database, the catalog and the rules it was made under, and what it
/// does (`selector`: which orgs a change was planned for).
pub(super) async fn header(
    store: &Store,
    snapshot: &Snapshot,
    rules: Rules,
    operation: Operation,
    selector: Option<crate::policy::change::Selector>,
) -> anyhow::Result<Header> {
    let include_unrestricted = matches!(operation, Operation::Backfill { include_unrestricted: true });
    Ok(Header {
        format: FORMAT.into(),
        version: VERSION,
        created_at: chrono::Utc::now().to_rfc3339(),
        database: store.url().into(),
        database_id: store.identity().await?,
        snapshot_id: snapshot.id,
        snapshot_sha256: store.snapshot_fingerprint(snapshot.id).await?,
        catalog_fingerprint: snapshot.catalog.policy_fingerprint(),
        rules: rules.as_str().into(),
        include_unrestricted,
        operation: Some(operation),
        selector,
    })
}

fn count(summary: &mut Summary, outcome: &Outcome) {
    match *outcome {
        Outcome::Skip(skip) => summary.skip(skip),
        Outcome::Migrate { access_change, warnings } => {
            summary.to_migrate += 1;
            summary.access_changes += u64::from(access_change);
            summary.warnings += warnings;
        }
    }
}

/// Streams every org through the transformation, writing the plan file and the rows.
pub(super) async fn write_plan(
    ctx: &Ctx,
    store: &Store,
    snapshot: &Snapshot,
    args: &ScopeArgs,
    path: &Path,
    rows: Rows,
) -> anyhow::Result<(Summary, String)> {
    let only = scope_ids(store, args).await?;
    let scope = Scope { include_unrestricted: args.include_unrestricted };
    let rules = ctx.rules();
    let own_schema = store.schema() == Schema::Own;
    let operation = Operation::Backfill { include_unrestricted: scope.include_unrestricted };
    let header = header(store, snapshot, rules, operation, None).await?;
    let unwritable = |e| unwritable(path, e);
    let mut writer = PlanWriter::create(path, &header).map_err(unwritable)?;
    let mut list = rows_list(ctx, snapshot, rules, rows)?;
    let mut summary = Summary::default();
    let mut sink = |planned: anyhow::Result<Planned>| -> anyhow::Result<()> {
        let planned = planned?;
        count(&mut summary, &planned.outcome);
        if let Some(line) = &planned.entry {
            writer.sealed(line).map_err(unwritable)?;
        }
        if let (Some(row), Some(list)) = (&planned.row, &mut list) {
            list.rendered(row)?;
        }
        Ok(())
    };
    let mut pool = planners(snapshot, scope, (rules, own_schema), rows, &ctx.out);
    let (mut scanned, mut not_enterprise) = (0, 0);
    let progress = crate::output::progress::reading(&ctx.out);
    store
        .for_each_org(&OrgFilter::default(), &mut |row| {
            progress.inc(1);
            if only.as_ref().is_some_and(|ids| !ids.contains(&row.id)) {
                return Ok(());
            }
            scanned += 1;
            if !is_enterprise(&row.plan) {
                // Never in scope, never shown: not worth parsing.
                not_enterprise += 1;
                return Ok(());
            }
            let bytes = row.settings.len();
            pool.push(row, bytes, &mut sink)
        })
        .await?;
    pool.finish(&mut sink)?;
    progress.finish_and_clear();
    summary.scanned = scanned;
    summary.not_enterprise += not_enterprise;
    let hash = writer.finish().map_err(unwritable)?;
    if let Some(list) = list {
        list.finish(&[("summary", serde_json::to_value(&summary)?), ("plan_sha256", json!(hash))])?;
    }
    Ok((summary, hash))
}

/// Where a plan is written: `--out`, else a temporary file (`temp` keeps it, and removes it
/// when dropped) for a plan only shown.
pub(super) fn plan_path<'a>(
    out: Option<&'a Path>,
    temp: &'a mut Option<tempfile::NamedTempFile>,
) -> anyhow::Result<&'a Path> {
    Ok(match out {
        Some(path) => path,
        None => temp.insert(tempfile::NamedTempFile::new()?).path(),
    })
}

pub(super) async fn run(ctx: &Ctx, args: PlanArgs) -> anyhow::Result<ExitStatus> {
    let store = ctx.store().await?;
    let snapshot = Snapshot::latest(ctx, &store).await?;
    let to_stdout = args.out.as_deref().is_some_and(crate::atomic_file::is_stdout);
    if let (Some(out), false, false) = (&args.out, args.force, to_stdout) {
        refuse_to_overwrite_applied_plan(&store, out).await?;
    }
    let mut temp = None;
    let path = plan_path(args.out.as_deref(), &mut temp)?;
    // With `--out -` the plan is the data on standard output; what else is said goes to stderr.
    let rows = match (to_stdout, ctx.out.is_json()) {
        (true, _) => Rows::Hidden,
        (false, true) => Rows::Json,
        (false, false) => Rows::Table,
    };
    let (summary, hash) = write_plan(ctx, &store, &snapshot, &args.scope, path, rows).await?;
    if to_stdout {
        ctx.out.note(format!(
            "plan of {} written to standard output (sha256 {hash})",
            crate::output::plural(summary.to_migrate as usize, "org to migrate", "orgs to migrate")
        ));
    } else if !ctx.out.is_json() {
        summary.print(&ctx.out, snapshot.id, &hash)?;
        match &args.out {
            Some(out) if summary.to_migrate > 0 => ctx.out.note(format!(
                "plan written to {}: apply it with `orgpolicy backfill apply {}`",
                out.display(),
                out.display()
            )),
            None if summary.to_migrate > 0 => {
                ctx.out.note("nothing written: pass --out FILE to keep this plan for `backfill apply`")
            }
            _ => {}
        }
    }
    Ok(match (args.detailed_exitcode, summary.to_migrate) {
        (true, n) if n > 0 => ExitStatus::ChangesPending,
        _ => ExitStatus::Success,
    })
}

/// An applied plan is what rolls its migration back: replacing it (re-planning after apply
/// finds nothing left to do) would lose the way back, so it takes `--force`.
pub(super) async fn refuse_to_overwrite_applied_plan(store: &Store, out: &Path) -> anyhow::Result<()> {
    if !std::fs::metadata(out).is_ok_and(|m| m.is_file()) {
        return Ok(());
    }
    let Ok(existing) = VerifiedPlan::open(out) else {
        return Ok(());
    };
    if existing.orgs > 0 && !store.backfilled_orgs(&existing.hash).await?.is_empty() {
        return Err(fixable(
            format!(
                "plan file '{}' holds plan {}, which has been applied to this database: it is what rolls that migration back",
                out.display(),
                &existing.hash[..12]
            ),
            "write the new plan to another file, or pass --force to replace it",
        ));
    }
    Ok(())
}

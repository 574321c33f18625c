//! `backfill apply`: a verified plan (or one made now), checked against the database, written.

use crate::cli::ApplyArgs;
use crate::error::fixable;
use std::path::{Path, PathBuf};

use crate::exit::ExitStatus;
use crate::output::prompt::some_names;
use crate::output::{self};
use crate::planfile::VerifiedPlan;
use crate::services::{Ctx, Snapshot};
use crate::store::{Store, WriteKind};

use super::batches::{check_same_database, run_batches, Batches, Direction};
use super::plan::{write_plan, Rows};
use super::Kind;
use crate::output::views::backfill::Report;
use crate::policy::change::Operation;

/// Refuses a plan made under other rules, or against a catalog that has changed since in a way
/// policy reads (a new snapshot with the same providers and models is fine); returns that
/// catalog, the one apply re-derives every write over.
pub(super) async fn check_plan_matches(
    ctx: &Ctx,
    store: &Store,
    plan: &VerifiedPlan,
) -> anyhow::Result<crate::policy::Catalog> {
    check_same_database(ctx, store, plan).await?;
    let path = plan.path.display();
    let rules = ctx.rules();
    if plan.header.rules != rules.as_str() {
        return Err(fixable(
            format!(
                "plan file '{path}' was made under the {} rules, and the {rules} rules are in force",
                plan.header.rules
            ),
            format!("pass --rules {} to use it, or make a new plan under the rules in force", plan.header.rules),
        ));
    }
    let latest = Snapshot::from_row(store.latest_snapshot().await?, &ctx.facts(store).await?)?;
    if plan.header.catalog_fingerprint != latest.catalog.policy_fingerprint() {
        return Err(fixable(
            format!(
                "plan file '{path}' is stale: the catalog changed in what policy reads since the plan was made (snapshot {} then, {} now)",
                plan.header.snapshot_id, latest.id
            ),
            "make a new plan with `orgpolicy backfill plan --out FILE`: allow lists must match the current catalog",
        ));
    }
    Ok(latest.catalog)
}

/// Where a plan made by `apply` itself is kept: `--out`, else a new file named after the time.
fn saved_plan_path(out: Option<&Path>) -> PathBuf {
    if let Some(path) = out {
        return path.to_path_buf();
    }
    let stamp = chrono::Utc::now().format("%Y%m%dT%H%M%SZ");
    let mut path = PathBuf::from(format!("orgpolicy-backfill-{stamp}.jsonl"));
    let mut n = 2;
    while path.exists() {
        path = PathBuf::from(format!("orgpolicy-backfill-{stamp}-{n}.jsonl"));
        n += 1;
    }
    path
}

/// The plan to apply: the given file, or one made now. A plan made now for a real run is kept
/// (`--out` or a timestamped file) before anything is written: it is what rolls the run back.
/// A dry run keeps nothing.
async fn plan_to_apply(
    ctx: &Ctx,
    store: &Store,
    args: &ApplyArgs,
    temp: &mut Option<tempfile::NamedTempFile>,
) -> anyhow::Result<(VerifiedPlan, bool)> {
    if let Some(path) = &args.file {
        return Ok((VerifiedPlan::open(path)?, false));
    }
    let snapshot = Snapshot::latest(ctx, store).await?;
    let path = if args.dry_run {
        temp.insert(tempfile::NamedTempFile::new()?).path().to_path_buf()
    } else {
        saved_plan_path(args.out.as_deref())
    };
    let (summary, hash) = write_plan(ctx, store, &snapshot, &args.scope, &path, Rows::Hidden).await?;
    if !ctx.out.is_json() {
        summary.print(&ctx.out, snapshot.id, &hash)?;
    }
    Ok((VerifiedPlan::open(&path)?, !args.dry_run))
}

/// Said once, on stderr; the JSON report (all zeros) is for scripts.
fn nothing_to_migrate(ctx: &Ctx, plan: &VerifiedPlan, dry_run: bool) -> anyhow::Result<ExitStatus> {
    ctx.out.note("nothing to migrate");
    if ctx.out.is_json() {
        ctx.out.json(&Report {
            plan_sha256: plan.hash.clone(),
            rules: plan.header.rules.clone(),
            dry_run,
            ..Report::default()
        })?;
    }
    Ok(ExitStatus::Success)
}

/// Asks before writing, naming a few of the orgs.
fn confirmed(ctx: &Ctx, store: &Store, plan: &VerifiedPlan) -> anyhow::Result<bool> {
    let names: Vec<String> = plan.entries()?.take(3).filter_map(|e| e.ok().map(|e| e.name)).collect();
    let who = some_names(&names, plan.orgs as usize);
    let what = match plan.header.operation() {
        Operation::Backfill { .. } => format!("migrate {who} to provider allow lists"),
        change => format!("apply '{}' to {who}", change.describe()),
    };
    let question = format!("{what} on {} (plan {})?", store.url(), &plan.hash[..12]);
    output::prompt::confirm_write(&ctx.out, &question, ctx.options.yes, "--dry-run to only check it")
}

pub(super) async fn run(ctx: &Ctx, args: ApplyArgs, kind: Kind) -> anyhow::Result<ExitStatus> {
    if args.out.as_deref().is_some_and(crate::atomic_file::is_stdout) {
        return Err(crate::error::fixable(
            "--out -: `backfill apply` keeps the plan it makes in a file, the one that rolls the run back",
            "pass --out FILE, or make the plan with `orgpolicy backfill plan --out -` and apply the file you keep",
        ));
    }
    let store = ctx.store().await?;
    if !args.dry_run {
        // Before the plan file is kept: a run the role may not make leaves nothing behind.
        store.ensure_writable(WriteKind::Settings).await?;
    }
    let mut temp = None;
    let (plan, saved) = plan_to_apply(ctx, &store, &args, &mut temp).await?;
    kind.check(&plan)?;
    let catalog = check_plan_matches(ctx, &store, &plan).await?;
    // A plan this run made and kept on its own is removed again when it is never applied:
    // with nothing to migrate, or the question declined, it is not a record of anything.
    let discard = |plan: &VerifiedPlan| {
        if saved && args.out.is_none() {
            std::fs::remove_file(&plan.path).ok();
        }
    };
    if plan.orgs == 0 {
        discard(&plan);
        return nothing_to_migrate(ctx, &plan, args.dry_run);
    }
    if saved {
        ctx.out.note(format!("plan kept in {}: the record this run is rolled back from", plan.path.display()));
    }
    if !args.dry_run {
        let confirmed = confirmed(ctx, &store, &plan);
        if !matches!(confirmed, Ok(true)) {
            discard(&plan);
            return confirmed.map(|_| ExitStatus::Failure);
        }
    }
    let run = Batches {
        direction: Direction::Apply,
        rules: ctx.rules(),
        own_schema: store.schema() == crate::store::Schema::Own,
        catalog: Some(&catalog),
        changed_by_plan: None,
        batch_size: args.batch_size as usize,
        accept_changes: args.accept_changes,
        dry_run: args.dry_run,
        only: None,
    };
    let mut report = run_batches(ctx, &store, &plan, run).await?;
    report.plan_file = (temp.is_none()).then(|| plan.path.display().to_string());
    ctx.out.show(&report)?;
    Ok(if report.complete() { ExitStatus::Success } else { ExitStatus::Failure })
}

//! `backfill apply`: a verified plan (or one made now), checked against the database, written.

use crate::cli::ApplyArgs;
use crate::error::fixable;
use crate::output::{self, plural};
use crate::planfile::VerifiedPlan;
use crate::services::{Ctx, Snapshot};
use crate::store::Store;
use crate::ExitStatus;

use super::batches::{check_same_database, run_batches, Direction};
use super::plan::{write_plan, Rows};
use crate::output::views::backfill::Report;

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
    let rules = ctx.rules(store);
    if plan.header.rules != rules.as_str() {
        return Err(fixable(
            format!(
                "plan file '{path}' was made under the {} rules, and the {rules} rules are in force",
                plan.header.rules
            ),
            format!("pass --rules {} to use it, or make a new plan under the rules in force", plan.header.rules),
        ));
    }
    let latest = Snapshot::from_row(store.latest_snapshot().await?)?;
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

pub(super) async fn run(ctx: &Ctx, args: ApplyArgs) -> anyhow::Result<ExitStatus> {
    let store = ctx.store().await?;
    let temp;
    let plan = match &args.file {
        Some(path) => VerifiedPlan::open(path)?,
        None => {
            let snapshot = Snapshot::latest(ctx, &store).await?;
            temp = tempfile::NamedTempFile::new()?;
            let (summary, hash) = write_plan(ctx, &store, &snapshot, &args.scope, temp.path(), Rows::Hidden).await?;
            if !ctx.out.is_json() {
                summary.print(&ctx.out, snapshot.id, &hash)?;
            }
            VerifiedPlan::open(temp.path())?
        }
    };
    let catalog = check_plan_matches(ctx, &store, &plan).await?;
    if plan.orgs == 0 {
        // Said once, on stderr; the JSON report (all zeros) is for scripts.
        ctx.out.note("nothing to migrate");
        if ctx.out.is_json() {
            ctx.out.json(&Report {
                plan_sha256: plan.hash.clone(),
                rules: plan.header.rules.clone(),
                ..Report::default()
            })?;
        }
        return Ok(ExitStatus::Success);
    }
    let question = format!(
        "migrate {} to provider allow lists (plan {})?",
        plural(plan.orgs as usize, "organization", "organizations"),
        &plan.hash[..12]
    );
    if !output::prompt::confirm_write(
        &ctx.out,
        &question,
        ctx.global.yes,
        "`orgpolicy backfill plan` to only preview it",
    )? {
        return Ok(ExitStatus::Failure);
    }
    let report = run_batches(
        ctx,
        &store,
        &plan,
        Direction::Apply,
        Some(&catalog),
        args.batch_size as usize,
        args.accept_changes,
    )
    .await?;
    ctx.out.show(&report)?;
    Ok(if report.complete() { ExitStatus::Success } else { ExitStatus::Failure })
}

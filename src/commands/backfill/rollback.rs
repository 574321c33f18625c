//! `backfill rollback`: the documents a plan replaced, restored where nothing changed since.

use std::collections::HashSet;

use crate::cli::RollbackArgs;
use crate::error::fixable;
use crate::output::prompt::some_names;
use crate::output::{self};
use crate::planfile::VerifiedPlan;
use crate::services::Ctx;
use crate::store::{Store, WriteKind};
use crate::ExitStatus;

use super::batches::{check_same_database, run_batches, Batches, Direction};

pub(super) async fn run(ctx: &Ctx, args: RollbackArgs) -> anyhow::Result<ExitStatus> {
    let store = ctx.store().await?;
    if !args.dry_run {
        store.ensure_writable(WriteKind::Settings).await?;
    }
    let plan = VerifiedPlan::open(&args.file)?;
    check_same_database(ctx, &store, &plan).await?;
    if plan.orgs == 0 {
        // Likely a plan made after the migration (it finds nothing left to do): it cannot undo it.
        ctx.out.warn(format!(
            "plan file '{}' changes no organization, so there is nothing to restore from it",
            args.file.display()
        ));
        ctx.out.note("roll back with the plan file that was applied (`backfill apply` prints its hash)");
        return Ok(ExitStatus::Failure);
    }
    // --org: those orgs only, each of which must be in the plan.
    let only = if args.orgs.is_empty() { None } else { Some(orgs_in_plan(&store, &plan, &args.orgs).await?) };
    if !args.dry_run {
        let names: Vec<String> = plan
            .entries()?
            .filter_map(Result::ok)
            .filter(|e| only.as_ref().is_none_or(|ids| ids.contains(&e.id)))
            .take(3)
            .map(|e| e.name)
            .collect();
        let total = only.as_ref().map_or(plan.orgs as usize, HashSet::len);
        let question = format!(
            "restore the settings of {} on {} from before plan {}?",
            some_names(&names, total),
            store.url(),
            &plan.hash[..12]
        );
        if !output::prompt::confirm_write(&ctx.out, &question, ctx.global.yes, "--dry-run to only check it")? {
            return Ok(ExitStatus::Failure);
        }
    }
    let run = Batches {
        direction: Direction::Rollback,
        catalog: None,
        batch_size: args.batch_size as usize,
        accept_changes: true,
        dry_run: args.dry_run,
        only: only.as_ref(),
    };
    let mut report = run_batches(ctx, &store, &plan, run).await?;
    report.plan_file = Some(args.file.display().to_string());
    ctx.out.show(&report)?;
    Ok(if report.complete() { ExitStatus::Success } else { ExitStatus::Failure })
}

/// The ids of `--org` queries, each an org this plan changed.
async fn orgs_in_plan(store: &Store, plan: &VerifiedPlan, queries: &[String]) -> anyhow::Result<HashSet<String>> {
    let in_plan: HashSet<String> = plan.entries()?.map(|e| e.map(|e| e.id)).collect::<Result<_, _>>()?;
    let mut ids = HashSet::new();
    for query in queries {
        let org = store.resolve_org(query).await?;
        if !in_plan.contains(&org.id) {
            return Err(fixable(
                format!("organization '{}' is not in plan file '{}'", org.name, plan.path.display()),
                "roll back with the plan file that migrated it (`orgpolicy log --org ORG` names the plan)",
            ));
        }
        ids.insert(org.id);
    }
    Ok(ids)
}

//! `backfill rollback`: the documents a plan replaced, restored where nothing changed since.

use crate::cli::RollbackArgs;
use crate::output::{self, plural};
use crate::planfile::VerifiedPlan;
use crate::services::Ctx;
use crate::ExitStatus;

use super::batches::{check_same_database, run_batches, Direction};

pub(super) async fn run(ctx: &Ctx, args: RollbackArgs) -> anyhow::Result<ExitStatus> {
    let store = ctx.store().await?;
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
    let question = format!(
        "restore the settings of up to {} from before plan {}?",
        plural(plan.orgs as usize, "organization", "organizations"),
        &plan.hash[..12]
    );
    if !output::prompt::confirm_write(&ctx.out, &question, ctx.global.yes, "inspect the plan file first")? {
        return Ok(ExitStatus::Failure);
    }
    let report = run_batches(ctx, &store, &plan, Direction::Rollback, None, args.batch_size as usize, true).await?;
    ctx.out.show(&report)?;
    Ok(if report.complete() { ExitStatus::Success } else { ExitStatus::Failure })
}

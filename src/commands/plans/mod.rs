//! Plans and their runs: `change plan|apply|rollback`, fleet changes over the orgs a selector
//! picks, and `backfill plan|apply|rollback`, the one-shot deny-to-allow migration (SPEC §6),
//! which is one operation of a change. Both write the same plan file and apply and roll it back
//! through the same batches.
//!
//! Planning streams every org once (read-only), writes the hashed plan file entry by entry
//! and prints a row per org. Applying streams the plan file in batches; each batch is one
//! transaction of compare-and-swaps with one audit row per changed org, so a crash loses at
//! most the batch in flight and a rerun finishes the job (orgs already migrated are
//! recognized, orgs someone else changed are reported as conflicts and left alone).

//!
//! `plan.rs` plans the backfill, `change_plan.rs` a list operation, each writing the plan file;
//! `apply.rs` and `rollback.rs` check a plan against the database and hand it to `batches.rs`,
//! which re-derives and writes it; what they print is `output::views::backfill` and
//! `output::views::change`.

mod apply;
mod batches;
mod change_plan;
mod plan;
mod rollback;

use crate::cli::{BackfillCommand, ChangeCommand};
use crate::exit::ExitStatus;
use crate::services::Ctx;

pub async fn backfill(ctx: &Ctx, cmd: BackfillCommand) -> anyhow::Result<ExitStatus> {
    match cmd {
        BackfillCommand::Plan(args) => plan::run(ctx, args).await,
        BackfillCommand::Apply(args) => apply::run(ctx, args, Kind::Backfill).await,
        BackfillCommand::Rollback(args) => rollback::run(ctx, args, Kind::Backfill).await,
    }
}

pub async fn change(ctx: &Ctx, cmd: ChangeCommand) -> anyhow::Result<ExitStatus> {
    match cmd {
        ChangeCommand::Plan(args) => change_plan::run(ctx, *args).await,
        ChangeCommand::Apply(args) => apply::run(ctx, args.into(), Kind::Change).await,
        ChangeCommand::Rollback(args) => rollback::run(ctx, args, Kind::Change).await,
    }
}

/// Which command runs a plan: `backfill` takes backfill plans only; `change` any plan.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Kind {
    Backfill,
    Change,
}

impl Kind {
    /// Refuses a fleet change's plan given to `backfill apply|rollback`.
    fn check(self, plan: &crate::planfile::VerifiedPlan) -> anyhow::Result<()> {
        let operation = plan.header.operation();
        if self == Kind::Backfill && !matches!(operation, crate::policy::change::Operation::Backfill { .. }) {
            return Err(crate::error::fixable(
                format!(
                    "plan file '{}' is a fleet change ({}), not a backfill plan",
                    plan.path.display(),
                    operation.describe()
                ),
                format!("run it with `orgpolicy change apply|rollback {}`", plan.path.display()),
            ));
        }
        Ok(())
    }
}

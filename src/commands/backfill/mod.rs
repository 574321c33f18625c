//! `backfill plan|apply|rollback`: the one-shot deny-to-allow migration (SPEC §6).
//!
//! Planning streams every org once (read-only), writes the hashed plan file entry by entry
//! and prints a row per org. Applying streams the plan file in batches; each batch is one
//! transaction of compare-and-swaps with one audit row per changed org, so a crash loses at
//! most the batch in flight and a rerun finishes the job (orgs already migrated are
//! recognized, orgs someone else changed are reported as conflicts and left alone).

//!
//! `plan.rs` plans and writes the plan file, `apply.rs` and `rollback.rs` check a plan against
//! the database and hand it to `batches.rs`, which re-derives and writes it; what they print is
//! `output::views::backfill`.

mod apply;
mod batches;
mod plan;
mod rollback;

use crate::cli::BackfillCommand;
use crate::exit::ExitStatus;
use crate::services::Ctx;

pub async fn run(ctx: &Ctx, cmd: BackfillCommand) -> anyhow::Result<ExitStatus> {
    match cmd {
        BackfillCommand::Plan(args) => plan::run(ctx, args).await,
        BackfillCommand::Apply(args) => apply::run(ctx, args).await,
        BackfillCommand::Rollback(args) => rollback::run(ctx, args).await,
    }
}

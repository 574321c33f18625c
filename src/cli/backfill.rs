//! `backfill plan|apply|rollback`: the deny-to-allow migration's arguments.

use std::path::PathBuf;

use clap::{Args, Subcommand};

#[derive(Debug, Subcommand)]
pub enum BackfillCommand {
    /// Plan the deny-to-allow migration, read-only: what each org's allow list would be
    #[command(
        after_help = "Examples:\n  orgpolicy backfill plan --out plan.jsonl\n  orgpolicy backfill plan --org Acme --detailed-exitcode"
    )]
    Plan(PlanArgs),
    /// Apply a plan file (or plan and apply now), in batches, audited, resumable
    #[command(
        after_help = "Examples:\n  orgpolicy backfill apply plan.jsonl --dry-run\n  orgpolicy backfill apply --org Acme --out acme-plan.jsonl"
    )]
    Apply(ApplyArgs),
    /// Restore the settings a plan changed, for orgs still as the plan left them
    #[command(
        after_help = "Examples:\n  orgpolicy backfill rollback plan.jsonl\n  orgpolicy backfill rollback plan.jsonl --org Acme --dry-run"
    )]
    Rollback(RollbackArgs),
}

/// Which orgs a plan covers.
#[derive(Debug, Clone, Args)]
pub struct ScopeArgs {
    /// Only these organizations (id, unique id prefix or name; repeatable)
    #[arg(long = "org", value_name = "ORG", value_hint = clap::ValueHint::Other, add = clap_complete::engine::ArgValueCompleter::new(crate::complete::orgs))]
    pub orgs: Vec<String>,
    /// Also pin enterprise orgs without a provider deny list: their allow list becomes every live provider
    #[arg(long)]
    pub include_unrestricted: bool,
}

#[derive(Debug, Args)]
pub struct PlanArgs {
    #[command(flatten)]
    pub scope: ScopeArgs,
    /// Write the plan file here (JSON Lines, hashed) for `backfill apply FILE`; `-` writes it
    /// to standard output
    #[arg(long, value_name = "FILE")]
    pub out: Option<PathBuf>,
    /// Exit 0 when there is nothing to do, 2 when changes are pending, 1 on error
    #[arg(long)]
    pub detailed_exitcode: bool,
    /// Replace the --out file even if it holds a plan that has been applied (the file that
    /// rolls that migration back)
    #[arg(long, requires = "out")]
    pub force: bool,
}

#[derive(Debug, Args)]
pub struct ApplyArgs {
    /// A plan file from `backfill plan --out`; without one, plan now and apply after confirmation
    pub file: Option<PathBuf>,
    #[command(flatten)]
    pub scope: ScopeArgs,
    /// Orgs per transaction
    #[arg(long, default_value_t = 500, value_name = "N", value_parser = clap::value_parser!(u32).range(1..=100_000))]
    pub batch_size: u32,
    /// Also apply orgs whose effective access the migration would change
    #[arg(long)]
    pub accept_changes: bool,
    /// Without FILE: where to keep the plan made now, the file `backfill rollback` needs
    /// [default: ./orgpolicy-backfill-<UTC time>.jsonl]
    #[arg(long, value_name = "FILE", conflicts_with = "file")]
    pub out: Option<PathBuf>,
    /// Check the plan against the database and say what would be written; write nothing
    #[arg(long)]
    pub dry_run: bool,
}

#[derive(Debug, Args)]
pub struct RollbackArgs {
    /// The plan file that was applied
    pub file: PathBuf,
    /// Only these organizations of the plan (id, unique id prefix or name; repeatable)
    #[arg(long = "org", value_name = "ORG", value_hint = clap::ValueHint::Other, add = clap_complete::engine::ArgValueCompleter::new(crate::complete::orgs))]
    pub orgs: Vec<String>,
    /// Orgs per transaction
    #[arg(long, default_value_t = 500, value_name = "N", value_parser = clap::value_parser!(u32).range(1..=100_000))]
    pub batch_size: u32,
    /// Say what would be restored; write nothing
    #[arg(long)]
    pub dry_run: bool,
}

//! `change plan|apply|rollback`: fleet changes as plans.

use std::path::PathBuf;

use clap::{Args, Subcommand};

use super::backfill::{ApplyArgs, RollbackArgs, ScopeArgs};

#[derive(Debug, Subcommand)]
pub enum ChangeCommand {
    /// Plan one operation over the orgs a selector picks, read-only: each org's settings before
    /// and after, and what its effective access gains and loses
    #[command(
        after_help = "Examples:\n  orgpolicy change plan --remove-provider deepseek --out remove-deepseek.jsonl\n  orgpolicy change plan --add-provider azure --with openai --where 'created < 2026-06-01' --out azure.jsonl\n  orgpolicy change plan --deny-model openai/o3 --has-provider openai --mode allow"
    )]
    Plan(Box<ChangePlanArgs>),
    /// Apply a plan file in batches, audited, resumable (a backfill plan too)
    #[command(
        after_help = "Examples:\n  orgpolicy change apply remove-deepseek.jsonl --dry-run\n  orgpolicy change apply remove-deepseek.jsonl"
    )]
    Apply(ChangeApplyArgs),
    /// Restore the settings a plan changed, for orgs still as the plan left them
    #[command(after_help = "Examples:\n  orgpolicy change rollback remove-deepseek.jsonl --org Acme --dry-run")]
    Rollback(RollbackArgs),
}

/// What the change does to each selected org: exactly one operation.
#[derive(Debug, Clone, Args)]
#[command(group(clap::ArgGroup::new("operation").required(true).multiple(false)
    .args(["deny_model", "allow_model", "remove_provider", "add_provider"])))]
pub struct OperationArgs {
    /// Add the model to model deny lists
    #[arg(long, value_name = "MODEL", value_hint = clap::ValueHint::Other, add = clap_complete::engine::ArgValueCompleter::new(crate::complete::models))]
    pub deny_model: Option<String>,
    /// Take the model off model deny lists
    #[arg(long, value_name = "MODEL", value_hint = clap::ValueHint::Other, add = clap_complete::engine::ArgValueCompleter::new(crate::complete::models))]
    pub allow_model: Option<String>,
    /// Take the provider out of the allow lists that hold it
    #[arg(long, value_name = "SLUG", value_hint = clap::ValueHint::Other, add = clap_complete::engine::ArgValueCompleter::new(crate::complete::providers))]
    pub remove_provider: Option<String>,
    /// Add the provider to allow lists (an org without one already allows it)
    #[arg(long, value_name = "SLUG", value_hint = clap::ValueHint::Other, add = clap_complete::engine::ArgValueCompleter::new(crate::complete::providers))]
    pub add_provider: Option<String>,
    /// With --add-provider: only to allow lists that hold this provider
    #[arg(long, value_name = "SLUG", value_hint = clap::ValueHint::Other, add = clap_complete::engine::ArgValueCompleter::new(crate::complete::providers))]
    pub with: Option<String>,
    /// Name a model or provider the latest catalog does not know (a typo is refused otherwise)
    #[arg(long)]
    pub allow_unknown: bool,
}

/// Which orgs the change is planned for: every condition must hold.
#[derive(Debug, Clone, Args)]
pub struct SelectorArgs {
    /// A condition on the org: FIELD OP VALUE, with fields plan, name, created (a date) and
    /// operators =, !=, ~ (contains, any case), <, <=, >, >= (repeatable)
    #[arg(long = "where", value_name = "EXPR")]
    pub wheres: Vec<String>,
    /// Orgs whose provider allow list holds this provider (repeatable)
    #[arg(long, value_name = "SLUG", value_hint = clap::ValueHint::Other, add = clap_complete::engine::ArgValueCompleter::new(crate::complete::providers))]
    pub has_provider: Vec<String>,
    /// Orgs whose model deny list holds this model (repeatable)
    #[arg(long, value_name = "MODEL", value_hint = clap::ValueHint::Other, add = clap_complete::engine::ArgValueCompleter::new(crate::complete::models))]
    pub has_model: Vec<String>,
    /// Orgs in this mode under the rules in force
    #[arg(long, value_enum)]
    pub mode: Option<super::ModeArg>,
    /// Only the orgs of this file: one id, unique id prefix or name per line (`#` comments)
    #[arg(long, value_name = "FILE")]
    pub orgs: Option<PathBuf>,
}

#[derive(Debug, Args)]
pub struct ChangePlanArgs {
    #[command(flatten)]
    pub operation: OperationArgs,
    #[command(flatten)]
    pub selector: SelectorArgs,
    /// Write the plan file here (JSON Lines, hashed) for `change apply FILE`
    #[arg(long, value_name = "FILE")]
    pub out: Option<PathBuf>,
    /// Replace the --out file even if it holds a plan that has been applied (the file that
    /// rolls that change back)
    #[arg(long, requires = "out")]
    pub force: bool,
}

#[derive(Debug, Args)]
pub struct ChangeApplyArgs {
    /// A plan file from `change plan --out` (or `backfill plan --out`)
    pub file: PathBuf,
    /// Orgs per transaction
    #[arg(long, default_value_t = 500, value_name = "N", value_parser = clap::value_parser!(u32).range(1..=100_000))]
    pub batch_size: u32,
    /// A backfill plan: also apply orgs whose effective access the migration would change
    #[arg(long)]
    pub accept_changes: bool,
    /// Check the plan against the database and say what would be written; write nothing
    #[arg(long)]
    pub dry_run: bool,
}

impl From<ChangeApplyArgs> for ApplyArgs {
    fn from(args: ChangeApplyArgs) -> Self {
        ApplyArgs {
            file: Some(args.file),
            scope: ScopeArgs { orgs: Vec::new(), include_unrestricted: false },
            batch_size: args.batch_size,
            accept_changes: args.accept_changes,
            out: None,
            dry_run: args.dry_run,
        }
    }
}

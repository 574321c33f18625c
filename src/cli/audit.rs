//! `audit`: every organization checked for policy problems, read-only, for CI.

use std::path::PathBuf;

use clap::{Args, ValueEnum};

#[derive(Debug, Args)]
pub struct AuditArgs {
    /// Exit 1 when there is a finding of this severity or worse
    #[arg(long, value_enum, default_value_t = FailOn::Error, value_name = "SEVERITY")]
    pub fail_on: FailOn,
    /// A folder of exported catalogs (`catalog export`, e.g. CI artifacts) for the silent
    /// enablement check, on a database that keeps no catalog history (the gateway's)
    #[arg(long, value_name = "DIR")]
    pub catalog_history: Option<PathBuf>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum FailOn {
    Error,
    Warning,
}

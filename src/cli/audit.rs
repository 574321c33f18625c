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
    /// Fail only on findings absent from this baseline (from --write-baseline); report the
    /// baseline's findings that are gone
    #[arg(long, value_name = "FILE")]
    pub baseline: Option<PathBuf>,
    /// Record today's findings in FILE as the baseline (exit 0 once written)
    #[arg(long, value_name = "FILE", conflicts_with = "baseline")]
    pub write_baseline: Option<PathBuf>,
    /// Waivers (TOML `[[waiver]]`: org, code, optional subject, reason, expires) silencing
    /// named findings until their date; expired and unused ones are reported
    #[arg(long, value_name = "FILE")]
    pub waivers: Option<PathBuf>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum FailOn {
    Error,
    Warning,
}

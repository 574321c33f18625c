//! `diff`, `audit` and `test`: what CI runs.

use std::path::PathBuf;

use clap::{Args, ValueEnum};

use super::orgs::OrgArg;

#[derive(Debug, Args)]
#[command(group(clap::ArgGroup::new("change").args(["catalog", "settings", "migration"]).multiple(false)))]
pub struct DiffArgs {
    #[command(flatten)]
    pub org: OrgArg,
    /// A catalog change: A..B, each a snapshot id or an exported catalog file (A.. or ..B leave
    /// one side at its default) [default: the previous snapshot..the latest]
    #[arg(long, value_name = "A..B", num_args = 0..=1, default_missing_value = "..")]
    pub catalog: Option<String>,
    /// A folder of exported catalogs (`catalog export`, e.g. CI artifacts): the history the
    /// gateway's database does not keep
    #[arg(long, value_name = "DIR")]
    pub catalog_history: Option<PathBuf>,
    /// A proposed settings document (JSON file; `-` reads stdin), against the latest snapshot
    #[arg(long, value_name = "FILE")]
    pub settings: Option<PathBuf>,
    /// What `backfill apply` would do to the org, now and when providers enter the catalog later
    #[arg(long)]
    pub migration: bool,
}

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

#[derive(Debug, Args)]
pub struct TestArgs {
    /// Policy test cases: a TOML or JSON file (see the README for the format)
    #[arg(value_name = "CASES")]
    pub cases: PathBuf,
}

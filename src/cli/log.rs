//! `log`.

use clap::Args;

use super::OrgArg;

#[derive(Debug, Args)]
pub struct LogArgs {
    #[command(flatten)]
    pub org: OrgArg,
    /// How many rows at most
    #[arg(long, default_value_t = 20, value_name = "N", value_parser = clap::value_parser!(i64).range(1..))]
    pub limit: i64,
}

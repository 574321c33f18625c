//! `orgs list`.

use clap::{Subcommand, ValueEnum};

#[derive(Debug, Subcommand)]
pub enum OrgsCommand {
    /// Every organization with its plan, mode and list sizes (streams; any size)
    List {
        /// Only organizations on this plan (teams, enterprise)
        #[arg(long, value_name = "PLAN")]
        plan: Option<String>,
        /// Only organizations whose settings are in this mode
        #[arg(long, value_enum)]
        mode: Option<ModeArg>,
        /// Also list soft-deleted organizations (gateway), marked as such
        #[arg(long)]
        include_deleted: bool,
    },
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ModeArg {
    Allow,
    Legacy,
    Unrestricted,
    Invalid,
}

//! `orgs list`.

use clap::{Subcommand, ValueEnum};

#[derive(Debug, Subcommand)]
pub enum OrgsCommand {
    /// Every organization with its plan, mode and list sizes (streams; any size)
    List {
        /// Only organizations on this plan
        #[arg(long, value_enum)]
        plan: Option<PlanArg>,
        /// Only organizations whose settings are in this mode
        #[arg(long, value_enum)]
        mode: Option<ModeArg>,
        /// Also list soft-deleted organizations (gateway), marked as such
        #[arg(long)]
        include_deleted: bool,
        /// Also say whether each Enterprise org is in its trial, as the gateway decides it for
        /// Claude routing (latest seat purchase, sponsorship, require_seats)
        #[arg(long)]
        trial: bool,
    },
}

/// The gateway's plans (`organizations.plan`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum PlanArg {
    Teams,
    Enterprise,
}

impl PlanArg {
    pub fn as_str(self) -> &'static str {
        match self {
            PlanArg::Teams => "teams",
            PlanArg::Enterprise => "enterprise",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ModeArg {
    Allow,
    Legacy,
    Unrestricted,
    Invalid,
}

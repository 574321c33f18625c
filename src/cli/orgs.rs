use clap::{Args, Subcommand, ValueEnum};

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
    },
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ModeArg {
    Allow,
    Legacy,
    Unrestricted,
    Invalid,
}

/// Which organization: its id, or its exact and unique name.
#[derive(Debug, Clone, Args)]
pub struct OrgArg {
    /// Organization id or exact name
    #[arg(long, value_name = "ORG")]
    pub org: String,
}

#[derive(Debug, Subcommand)]
pub enum ProvidersCommand {
    /// Every live provider with its state for the organization, and a summary
    List {
        #[command(flatten)]
        org: OrgArg,
        /// Only providers whose slug or name contains this text (case-insensitive)
        #[arg(long, value_name = "TEXT")]
        search: Option<String>,
    },
}

#[derive(Debug, Subcommand)]
pub enum ModelsCommand {
    /// Models with their state through each provider for the organization
    List {
        #[command(flatten)]
        org: OrgArg,
        /// Only models this provider serves
        #[arg(long, value_name = "SLUG")]
        provider: Option<String>,
        /// Only matches: models whose id or name, or providers whose slug or name, contain this text
        #[arg(long, value_name = "TEXT")]
        search: Option<String>,
        /// Only blocked model/provider combinations
        #[arg(long)]
        blocked: bool,
    },
}

//! `orgs`, `providers`, `models` and `log`: listing and editing one organization's policy.

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
    /// Allow providers: add them to the allow list (allow mode) or take them off the deny list (legacy)
    Allow(ProviderEditArgs),
    /// Deny providers: take them off the allow list (allow mode) or add them to the deny list (legacy)
    Deny(ProviderEditArgs),
}

#[derive(Debug, Args)]
pub struct ProviderEditArgs {
    #[command(flatten)]
    pub org: OrgArg,
    /// Provider slugs
    #[arg(required = true, value_name = "SLUG")]
    pub slugs: Vec<String>,
    #[command(flatten)]
    pub edit: EditFlags,
}

/// Flags every edit takes.
#[derive(Debug, Clone, Copy, Args)]
pub struct EditFlags {
    /// Write providers or models that are not in the latest catalog snapshot
    #[arg(long)]
    pub allow_unknown: bool,
    /// Show what would change and write nothing
    #[arg(long)]
    pub dry_run: bool,
}

#[derive(Debug, Args)]
pub struct ModelEditArgs {
    #[command(flatten)]
    pub org: OrgArg,
    /// Model ids (normalized: lowercase, without a `:free`-style suffix)
    #[arg(required = true, value_name = "MODEL")]
    pub models: Vec<String>,
    /// Only this provider: edits model_provider_deny_list (one model/provider combination)
    #[arg(long, value_name = "SLUG")]
    pub provider: Option<String>,
    #[command(flatten)]
    pub edit: EditFlags,
}

#[derive(Debug, Args)]
pub struct LogArgs {
    #[command(flatten)]
    pub org: OrgArg,
    /// How many rows at most
    #[arg(long, default_value_t = 20, value_name = "N", value_parser = clap::value_parser!(i64).range(1..))]
    pub limit: i64,
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
    /// Deny models from every provider (model_deny_list), or from one with --provider
    Deny(ModelEditArgs),
    /// Allow models again: take them off model_deny_list, or off model_provider_deny_list with --provider
    Allow(ModelEditArgs),
}

//! `models list|allow|deny`.

use clap::{Args, Subcommand};

use super::{EditFlags, OrgArg};

#[derive(Debug, Subcommand)]
pub enum ModelsCommand {
    /// Models with their state through each provider for the organization
    List {
        #[command(flatten)]
        org: OrgArg,
        /// Only models this provider serves
        #[arg(long, value_name = "SLUG", value_hint = clap::ValueHint::Other, add = clap_complete::engine::ArgValueCompleter::new(crate::complete::providers))]
        provider: Option<String>,
        /// Only matches: models whose id or name, or providers whose slug or name, contain this text
        #[arg(long, value_name = "TEXT")]
        search: Option<String>,
        /// Only blocked model/provider combinations
        #[arg(long)]
        blocked: bool,
        /// As this member sees them (user id or email): their groups' grants (current rules)
        #[arg(long, value_name = "USER")]
        member: Option<String>,
    },
    /// Deny models from every provider (model_deny_list), or from one with --provider
    #[command(
        after_help = "Examples:\n  orgpolicy models deny --org Acme openai/gpt-4o-mini\n  orgpolicy models deny --org Acme openai/gpt-4o --provider azure"
    )]
    Deny(ModelEditArgs),
    /// Allow models again: take them off model_deny_list, or off model_provider_deny_list with --provider
    Allow(ModelEditArgs),
}

#[derive(Debug, Args)]
pub struct ModelEditArgs {
    #[command(flatten)]
    pub org: OrgArg,
    /// Model ids (normalized: lowercase, without a `:free`-style suffix)
    #[arg(required = true, value_name = "MODEL", value_hint = clap::ValueHint::Other, add = clap_complete::engine::ArgValueCompleter::new(crate::complete::models))]
    pub models: Vec<String>,
    /// Only this provider: edits model_provider_deny_list (one model/provider combination)
    #[arg(long, value_name = "SLUG", value_hint = clap::ValueHint::Other, add = clap_complete::engine::ArgValueCompleter::new(crate::complete::providers))]
    pub provider: Option<String>,
    #[command(flatten)]
    pub edit: EditFlags,
}

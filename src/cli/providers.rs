//! `providers list|allow|deny`.

use clap::{Args, Subcommand};

use super::{EditFlags, OrgArg};

#[derive(Debug, Subcommand)]
pub enum ProvidersCommand {
    /// Every live provider with its state for the organization, and a summary
    List {
        #[command(flatten)]
        org: OrgArg,
        /// Only providers whose slug or name contains this text (case-insensitive)
        #[arg(long, value_name = "TEXT")]
        search: Option<String>,
        /// As this member sees them (user id or email): their groups' grants (current rules)
        #[arg(long, value_name = "USER")]
        member: Option<String>,
    },
    /// Allow providers: add them to the allow list (allow mode) or take them off the deny list (legacy)
    #[command(
        after_help = "Examples:\n  orgpolicy providers allow --org Acme anthropic openai\n  orgpolicy providers allow --org Acme mistral --dry-run --format json"
    )]
    Allow(ProviderEditArgs),
    /// Deny providers: take them off the allow list (allow mode) or add them to the deny list (legacy)
    #[command(
        after_help = "Examples:\n  orgpolicy providers deny --org Acme deepseek\n  orgpolicy providers deny --org Acme deepseek --yes --actor ci-bot"
    )]
    Deny(ProviderEditArgs),
}

#[derive(Debug, Args)]
pub struct ProviderEditArgs {
    #[command(flatten)]
    pub org: OrgArg,
    /// Provider slugs
    #[arg(required = true, value_name = "SLUG", value_hint = clap::ValueHint::Other, add = clap_complete::engine::ArgValueCompleter::new(crate::complete::providers))]
    pub slugs: Vec<String>,
    #[command(flatten)]
    pub edit: EditFlags,
}

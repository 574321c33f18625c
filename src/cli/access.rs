//! `access`: who can reach a provider or a model, over every organization.

use clap::Args;

#[derive(Debug, Args)]
#[command(group(clap::ArgGroup::new("target").args(["provider", "model"]).required(true).multiple(true)))]
pub struct AccessArgs {
    /// The provider: every model it serves in the latest snapshot
    #[arg(long, value_name = "SLUG", value_hint = clap::ValueHint::Other, add = clap_complete::engine::ArgValueCompleter::new(crate::complete::providers))]
    pub provider: Option<String>,

    /// The model: through every provider serving it (with --provider, through that one only)
    #[arg(long, value_name = "MODEL", value_hint = clap::ValueHint::Other, add = clap_complete::engine::ArgValueCompleter::new(crate::complete::models))]
    pub model: Option<String>,

    /// Every member, decided with their groups' policies as `check --member` decides them
    /// (current rules), instead of each organization's own rules
    #[arg(long)]
    pub members: bool,
}

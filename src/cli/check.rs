use clap::Args;

use super::orgs::OrgArg;

#[derive(Debug, Args)]
pub struct CheckArgs {
    #[command(flatten)]
    pub org: OrgArg,

    /// The requested model, as a client sends it (e.g. openai/gpt-4o:free)
    #[arg(long, value_name = "MODEL")]
    pub model: String,

    /// The provider the request names, if any
    #[arg(long, value_name = "SLUG")]
    pub provider: Option<String>,

    /// Show every step of the decision
    #[arg(long)]
    pub explain: bool,
}

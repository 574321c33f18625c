//! `check`: one request: the model (and its fallbacks), who sends it, how.

use clap::Args;

use super::abuse::IdentityArgs;
use super::OrgArg;

/// A request's `provider.data_collection`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum DataCollectionArg {
    Allow,
    Deny,
}

impl From<DataCollectionArg> for crate::policy::settings::DataCollection {
    fn from(arg: DataCollectionArg) -> Self {
        match arg {
            DataCollectionArg::Allow => Self::Allow,
            DataCollectionArg::Deny => Self::Deny,
        }
    }
}

#[derive(Debug, Args)]
pub struct CheckArgs {
    #[command(flatten)]
    pub org: OrgArg,

    /// The requested model, as a client sends it (e.g. openai/gpt-4o:free)
    #[arg(long, value_name = "MODEL", value_hint = clap::ValueHint::Other, add = clap_complete::engine::ArgValueCompleter::new(crate::complete::models))]
    pub model: String,

    /// The provider the request names, if any
    #[arg(long, value_name = "SLUG", value_hint = clap::ValueHint::Other, add = clap_complete::engine::ArgValueCompleter::new(crate::complete::providers))]
    pub provider: Option<String>,

    /// Models to fall back to, in order, when the model is refused (seed 003's chain)
    #[arg(long, value_name = "MODEL", num_args = 1.., value_hint = clap::ValueHint::Other, add = clap_complete::engine::ArgValueCompleter::new(crate::complete::models))]
    pub fallback: Vec<String>,

    /// The organization member who sends it (user id or email): decided with the gateway's
    /// group policies (current rules). Without it: a member in no group (the default policy)
    #[arg(long, value_name = "USER")]
    pub member: Option<String>,

    /// The client's mode (x-kilocode-mode: code, architect, ask, …), which picks the route of
    /// kilo-auto/org (Organization Auto)
    #[arg(long, value_name = "MODE")]
    pub mode: Option<String>,

    /// What the request itself asks of data collection (the org's deny always wins)
    #[arg(long, value_enum, value_name = "POLICY")]
    pub data_collection: Option<DataCollectionArg>,

    /// Show every step of the decision
    #[arg(long)]
    pub explain: bool,

    /// Who sends the request: the cached abuse action of this identity applies (needs Redis)
    #[command(flatten)]
    pub identity: IdentityArgs,

    /// The request uses the org's own provider key (quarantine-3 then adds latency only)
    #[arg(long)]
    pub byok: bool,

    /// Do not consult the abuse cache, even with an identity and a Redis URL
    #[arg(long)]
    pub no_abuse: bool,
}

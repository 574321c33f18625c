//! `diff`: what a catalog change, a rules change, a proposed settings document or the
//! migration does to an organization's effective access, or (`--all`) to every org's.

use std::path::PathBuf;

use clap::Args;

#[derive(Debug, Args)]
#[command(group(clap::ArgGroup::new("change").args(["catalog", "settings", "migration", "group_policy", "default_policy"]).multiple(false)))]
pub struct DiffArgs {
    /// Organization: id, unique id prefix (4+ characters), or name (case-insensitive)
    #[arg(long, value_name = "ORG", required_unless_present = "all", conflicts_with = "all", value_hint = clap::ValueHint::Other, add = clap_complete::engine::ArgValueCompleter::new(crate::complete::orgs))]
    pub org: Option<String>,
    /// Every organization (and, under the current rules, every member whose grant depends on
    /// the change), streamed, with a summary: for --catalog, --rules A..B or --migration
    #[arg(long, conflicts_with_all = ["settings", "group_policy", "default_policy"])]
    pub all: bool,
    /// With --all: every member whose access moves, not only those whose groups make it move
    /// differently from their organization
    #[arg(long, requires = "all")]
    pub members: bool,
    /// A catalog change: A..B, each a snapshot id or an exported catalog file (A.. or ..B leave
    /// one side at its default) [default: the previous snapshot..the latest]
    #[arg(long, value_name = "A..B", num_args = 0..=1, default_missing_value = "..")]
    pub catalog: Option<String>,
    /// A folder of exported catalogs (`catalog export`, e.g. CI artifacts): the history the
    /// gateway's database does not keep
    #[arg(long, value_name = "DIR")]
    pub catalog_history: Option<PathBuf>,
    /// A proposed settings document (JSON file; `-` reads stdin), against the latest snapshot
    #[arg(long, value_name = "FILE")]
    pub settings: Option<PathBuf>,
    /// What `backfill apply` would do to the org, now and when providers enter the catalog later
    #[arg(long)]
    pub migration: bool,
    /// A proposed model_access policy for --group (JSON file: {"type": "model_access", "data":
    /// {...}} or just the data; `-` reads stdin): which members gain or lose which models
    #[arg(long, value_name = "FILE", requires = "group")]
    pub group_policy: Option<PathBuf>,
    /// The group --group-policy is for (name or id)
    #[arg(long, value_name = "GROUP", requires = "group_policy", value_hint = clap::ValueHint::Other, add = clap_complete::engine::ArgValueCompleter::new(crate::complete::groups))]
    pub group: Option<String>,
    /// A proposed default policy (as --group-policy): which members gain or lose which models
    #[arg(long, value_name = "FILE")]
    pub default_policy: Option<PathBuf>,
}

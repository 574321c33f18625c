//! `groups policy set|remove` and `groups default-policy set|remove`.

use std::path::PathBuf;

use clap::{Args, Subcommand, ValueEnum};

use super::{EditFlags, OrgArg};

#[derive(Debug, Subcommand)]
pub enum GroupsCommand {
    /// The organization's groups: members, policy, and the default policy and revision
    List {
        #[command(flatten)]
        org: OrgArg,
    },
    /// One group: its policy as stored and as the gateway reads it, and what each member gets
    Show {
        #[command(flatten)]
        group: GroupArg,
    },
    /// Set or remove one group's model_access policy (what its members may use)
    #[command(subcommand)]
    Policy(GroupPolicyCommand),
    /// Set or remove the organization's default model_access policy (members in no group)
    #[command(subcommand)]
    DefaultPolicy(DefaultPolicyCommand),
}

#[derive(Debug, Subcommand)]
pub enum GroupPolicyCommand {
    /// Give a group a model_access policy, replacing the one it has
    Set {
        #[command(flatten)]
        group: GroupArg,
        #[command(flatten)]
        policy: PolicyArgs,
        #[command(flatten)]
        edit: EditFlags,
    },
    /// Take a group's model_access policy away: its members get what the rest get
    Remove {
        #[command(flatten)]
        group: GroupArg,
        #[command(flatten)]
        edit: EditFlags,
    },
}

#[derive(Debug, Subcommand)]
pub enum DefaultPolicyCommand {
    /// Set the default model_access policy, replacing the one there is
    Set {
        #[command(flatten)]
        org: OrgArg,
        #[command(flatten)]
        policy: PolicyArgs,
        #[command(flatten)]
        edit: EditFlags,
    },
    /// Remove the default model_access policy (the gateway then reads it as `all`)
    Remove {
        #[command(flatten)]
        org: OrgArg,
        #[command(flatten)]
        edit: EditFlags,
    },
}

/// Which group of which organization.
#[derive(Debug, Clone, Args)]
pub struct GroupArg {
    #[command(flatten)]
    pub org: OrgArg,
    /// Group name (case-insensitive) or id
    #[arg(long, value_name = "GROUP", value_hint = clap::ValueHint::Other, add = clap_complete::engine::ArgValueCompleter::new(crate::complete::groups))]
    pub group: String,
}

/// The policy: a JSON file, or `--mode` with its lists.
#[derive(Debug, Clone, Args)]
pub struct PolicyArgs {
    /// The policy as JSON, `-` for standard input: {"type": "model_access", "data": {...}} or
    /// just the data, {"mode": "selected", "model_allow_list": [...], "provider_allow_list": [...]}
    #[arg(value_name = "FILE", required_unless_present = "mode", conflicts_with = "mode")]
    pub file: Option<PathBuf>,
    /// The policy's mode, instead of a file
    #[arg(long, value_enum)]
    pub mode: Option<PolicyMode>,
    /// With --mode selected: a model its members may use, even one the org's lists refuse
    /// (repeat or separate with commas)
    #[arg(long = "model", value_name = "MODEL", value_delimiter = ',', requires = "mode", value_hint = clap::ValueHint::Other, add = clap_complete::engine::ArgValueCompleter::new(crate::complete::models))]
    pub models: Vec<String>,
    /// With --mode selected: a provider whose models its members may use (repeat or separate
    /// with commas)
    #[arg(long = "provider", value_name = "SLUG", value_delimiter = ',', requires = "mode", value_hint = clap::ValueHint::Other, add = clap_complete::engine::ArgValueCompleter::new(crate::complete::providers))]
    pub providers: Vec<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum PolicyMode {
    /// The organization's baseline (its own allow and deny lists)
    All,
    /// Nothing, unless another of the member's groups grants it
    None,
    /// The listed models, and the models of the listed providers (on top of the baseline
    /// only when another policy of the member says all)
    Selected,
}

//! The command line: clap derive types only. Doc comments here are the help text.

mod abuse;
mod access;
mod audit;
mod backfill;
mod catalog;
mod change;
mod check;
mod db;
mod diff;
mod groups;
mod log;
mod members;
mod models;
mod orgs;
mod providers;
mod test;

use clap::{ArgAction, Args, CommandFactory, FromArgMatches, Parser, Subcommand, ValueEnum};

pub use abuse::{AbuseCommand, IdentityArgs};
pub use access::AccessArgs;
pub use audit::{AuditArgs, FailOn};
pub use backfill::{ApplyArgs, BackfillCommand, PlanArgs, RollbackArgs, ScopeArgs};
pub use catalog::{CatalogCommand, ImportArgs, InputFormatArg};
pub use change::{ChangeApplyArgs, ChangeCommand, ChangePlanArgs, OperationArgs, SelectorArgs};
pub use check::{CheckArgs, DataCollectionArg};
pub use db::DbCommand;
pub use diff::DiffArgs;
pub use groups::{DefaultPolicyCommand, GroupArg, GroupPolicyCommand, GroupsCommand, PolicyArgs, PolicyMode};
pub use log::LogArgs;
pub use members::MembersCommand;
pub use models::{ModelEditArgs, ModelsCommand};
pub use orgs::{ModeArg, OrgsCommand};
pub use providers::{ProviderEditArgs, ProvidersCommand};
pub use test::TestArgs;

/// Administer which inference providers and models each organization may use.
#[derive(Debug, Parser)]
#[command(name = "orgpolicy", version, propagate_version = true, max_term_width = 100)]
pub struct Cli {
    #[command(flatten)]
    pub global: GlobalArgs,
    #[command(subcommand)]
    pub command: Command,
}

/// Flags every command takes.
#[derive(Debug, Clone, Args)]
#[command(next_help_heading = "Global options")]
pub struct GlobalArgs {
    /// Organization database: postgres://USER@HOST/DB, postgresql://… or sqlite://PATH
    #[arg(long, env = "DATABASE_URL", global = true, hide_env_values = true, value_name = "URL")]
    pub database_url: Option<String>,

    /// Output format: tables for people, one JSON document for machines
    #[arg(long, global = true, value_enum, default_value_t = Format::Table)]
    pub format: Format,

    /// When to colour output (NO_COLOR in the environment means never)
    #[arg(long, global = true, value_enum, default_value_t = ColorChoice::Auto, value_name = "WHEN")]
    pub color: ColorChoice,

    /// Print only data: no notes or hints on stderr
    #[arg(short, long, global = true)]
    pub quiet: bool,

    /// Tables without their header line (for scripts that cut columns)
    #[arg(long, global = true)]
    pub no_headers: bool,

    /// Print more about what is being done (database, catalog snapshot) on stderr
    #[arg(short, long, global = true, action = ArgAction::Count)]
    pub verbose: u8,

    /// Answer yes to confirmations (required to write when not on a terminal)
    #[arg(short, long, global = true)]
    pub yes: bool,

    /// The gateway's Redis, where abuse actions are cached: redis://HOST:PORT[/DB]
    #[arg(long, env = "REDIS_URL", global = true, hide_env_values = true, value_name = "URL")]
    pub redis_url: Option<String>,

    /// Prefix of the abuse-action keys in Redis
    #[arg(long, env = "ORGPOLICY_KEY_PREFIX", global = true, value_name = "PREFIX",
          default_value = crate::policy::abuse::DEFAULT_KEY_PREFIX)]
    pub key_prefix: String,

    /// Who makes changes, recorded on audit rows [default: the OS user]
    #[arg(long, env = "ORGPOLICY_ACTOR", global = true, value_name = "NAME")]
    pub actor: Option<String>,

    /// The actor's email on audit rows (gateway: NULL when not given)
    #[arg(long, env = "ORGPOLICY_ACTOR_EMAIL", global = true, value_name = "EMAIL")]
    pub actor_email: Option<String>,

    /// The actor's user id on audit rows (gateway: NULL when not given)
    #[arg(long, env = "ORGPOLICY_ACTOR_ID", global = true, value_name = "ID")]
    pub actor_id: Option<String>,

    /// Which schema the database has: orgpolicy's own, or the gateway's production one
    /// (auto: detected from the database's catalog, never by trying writes)
    #[arg(long, env = "ORGPOLICY_SCHEMA", global = true, value_enum, default_value_t = SchemaArg::Auto)]
    pub schema: SchemaArg,

    /// The gateway rules to evaluate under: marker (P2826), allow-list (P2861) or current (to
    /// replay an older era on any database) [default: current]; `diff` also compares two, A..B
    #[arg(long, env = "ORGPOLICY_RULES", global = true, value_parser = RulesParser, value_name = "RULES")]
    pub rules: Option<RulesChoice>,

    /// The gateway's constants (exclusive models, direct-BYOK lists, unavailable ids, Vercel
    /// ids) as a TOML file of data/gateway-facts.toml's shape, for a gateway that shipped
    /// something newer than this build knows [default: the facts built in]
    #[arg(long, env = "ORGPOLICY_GATEWAY_FACTS", global = true, value_name = "FILE")]
    pub gateway_facts: Option<std::path::PathBuf>,

    /// A named connection from the config file: its database, schema, rules, actor and facts
    /// apply where the command line gives none
    #[arg(long, env = "ORGPOLICY_PROFILE", global = true, value_name = "NAME")]
    pub profile: Option<String>,

    /// The config file holding the profiles [default: $XDG_CONFIG_HOME/orgpolicy/config.toml,
    /// else ~/.config/orgpolicy/config.toml]
    #[arg(long, env = "ORGPOLICY_CONFIG", global = true, value_name = "FILE")]
    pub config: Option<std::path::PathBuf>,

    /// The global options given on the command line itself (a profile never overrides them).
    #[arg(skip)]
    pub from_command_line: Vec<&'static str>,

    /// The production profile in use, if any: every write prompt names it.
    #[arg(skip)]
    pub production: Option<String>,
}

/// The global options a profile may supply, by their argument ids.
pub const PROFILE_OPTIONS: [&str; 5] = ["database_url", "schema", "rules", "actor", "gateway_facts"];

/// Which organization: its id (or a unique start of it), or its name (any case, unique).
#[derive(Debug, Clone, Args)]
pub struct OrgArg {
    /// Organization: id, unique id prefix (4+ characters), or name (case-insensitive)
    #[arg(long, value_name = "ORG", value_hint = clap::ValueHint::Other, add = clap_complete::engine::ArgValueCompleter::new(crate::complete::orgs))]
    pub org: String,
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

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum SchemaArg {
    Auto,
    Own,
    Gateway,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum RulesArg {
    /// provider_policy_mode "allow" marks an enforced allow list; else deny lists apply
    Marker,
    /// any provider_allow_list is enforced; deny lists and the marker are not read
    AllowList,
    /// exemptions, snapshot membership, model_deny_list, provider_allow_list as routes
    Current,
}

/// `--rules`: one era, or two to compare (`A..B`, `diff` only).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RulesChoice {
    One(RulesArg),
    Range(RulesArg, RulesArg),
}

/// Parses `--rules` as one [`RulesArg`] or `A..B`, offering the three names to help and
/// completion.
#[derive(Debug, Clone, Copy)]
pub struct RulesParser;

impl clap::builder::TypedValueParser for RulesParser {
    type Value = RulesChoice;

    fn parse_ref(
        &self,
        cmd: &clap::Command,
        arg: Option<&clap::Arg>,
        value: &std::ffi::OsStr,
    ) -> Result<RulesChoice, clap::Error> {
        let one = clap::builder::EnumValueParser::<RulesArg>::new();
        match value.to_str().and_then(|text| text.split_once("..")) {
            Some((a, b)) => Ok(RulesChoice::Range(
                one.parse_ref(cmd, arg, std::ffi::OsStr::new(a))?,
                one.parse_ref(cmd, arg, std::ffi::OsStr::new(b))?,
            )),
            None => Ok(RulesChoice::One(one.parse_ref(cmd, arg, value)?)),
        }
    }

    fn possible_values(&self) -> Option<Box<dyn Iterator<Item = clap::builder::PossibleValue> + '_>> {
        Some(Box::new(RulesArg::value_variants().iter().filter_map(ValueEnum::to_possible_value)))
    }
}

impl From<RulesArg> for crate::policy::Rules {
    fn from(arg: RulesArg) -> Self {
        match arg {
            RulesArg::Marker => crate::policy::Rules::Marker,
            RulesArg::AllowList => crate::policy::Rules::AllowList,
            RulesArg::Current => crate::policy::Rules::Current,
        }
    }
}

impl From<SchemaArg> for crate::store::SchemaChoice {
    fn from(arg: SchemaArg) -> Self {
        match arg {
            SchemaArg::Auto => crate::store::SchemaChoice::Auto,
            SchemaArg::Own => crate::store::SchemaChoice::Own,
            SchemaArg::Gateway => crate::store::SchemaChoice::Gateway,
        }
    }
}

pub use crate::output::{ColorChoice, Format};

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Create the schema and see which migrations are applied
    #[command(subcommand)]
    #[command(
        after_help = "Examples:\n  orgpolicy db migrate\n  orgpolicy db status --database-url postgres://postgres@127.0.0.1/gateway"
    )]
    Db(DbCommand),
    /// Import, list, show and compare catalog snapshots
    #[command(subcommand)]
    #[command(
        after_help = "Examples:\n  orgpolicy catalog import openrouter-providers.json --dry-run\n  orgpolicy catalog diff"
    )]
    Catalog(CatalogCommand),
    /// List organizations with their policy mode
    #[command(subcommand)]
    #[command(
        after_help = "Examples:\n  orgpolicy orgs list --mode legacy\n  orgpolicy orgs list --plan enterprise --format json"
    )]
    Orgs(OrgsCommand),
    /// List providers with their state for one organization
    #[command(subcommand)]
    #[command(
        after_help = "Examples:\n  orgpolicy providers list --org Acme --search deep\n  orgpolicy providers deny --org Acme deepseek --dry-run"
    )]
    Providers(ProvidersCommand),
    /// List models with their per-provider state for one organization
    #[command(subcommand)]
    #[command(
        after_help = "Examples:\n  orgpolicy models list --org Acme --search kimi --blocked\n  orgpolicy models deny --org Acme openai/gpt-4o-mini"
    )]
    Models(ModelsCommand),
    /// List an organization's members with their groups and what the gateway grants them
    #[command(subcommand)]
    #[command(after_help = "Examples:\n  orgpolicy members list --org Acme")]
    Members(MembersCommand),
    /// Set or remove the gateway's group policies: which models each group's members may use
    #[command(subcommand)]
    #[command(
        after_help = "Examples:\n  orgpolicy groups policy set --org Acme --group Research --mode selected --model openai/o3\n  orgpolicy groups default-policy set --org Acme --mode none --dry-run"
    )]
    Groups(GroupsCommand),
    /// Decide and explain one request: policy, model chain, cached abuse action (exit 1 when refused)
    #[command(
        after_help = "Examples:\n  orgpolicy check --org Acme --model deepseek/deepseek-chat --explain\n  orgpolicy check --org Acme --member ada@acme.com --model openai/o3"
    )]
    Check(CheckArgs),
    /// Show what a catalog change, a proposed settings document or the migration does to an
    /// organization's effective access
    #[command(
        after_help = "Examples:\n  orgpolicy diff --org Acme --catalog\n  orgpolicy diff --org Acme --settings proposed.json"
    )]
    Diff(DiffArgs),
    /// Who can use a provider or a model today, over every organization (and with --members
    /// every member), and through which rule or grant
    #[command(
        after_help = "Examples:\n  orgpolicy access --provider deepseek\n  orgpolicy access --model openai/o3 --members --format csv > o3-access.csv"
    )]
    Access(AccessArgs),
    /// Check every organization for policy problems, read-only (exit 1 on findings)
    #[command(
        after_help = "Examples:\n  orgpolicy audit --fail-on warning\n  orgpolicy audit --format json > findings.json"
    )]
    Audit(AuditArgs),
    /// Run policy test cases from a TOML or JSON file (exit 1 on any failure)
    Test(TestArgs),
    /// Migrate legacy deny lists to provider allow lists: plan, apply, roll back
    #[command(subcommand)]
    #[command(
        after_help = "Examples:\n  orgpolicy backfill plan --out plan.jsonl\n  orgpolicy backfill apply plan.jsonl\n  orgpolicy backfill rollback plan.jsonl --org Acme"
    )]
    Backfill(BackfillCommand),
    /// Change many organizations at once: plan an operation over the orgs a selector picks,
    /// apply the plan, roll it back
    #[command(subcommand)]
    #[command(
        after_help = "Examples:\n  orgpolicy change plan --remove-provider deepseek --out remove-deepseek.jsonl\n  orgpolicy change apply remove-deepseek.jsonl\n  orgpolicy change rollback remove-deepseek.jsonl"
    )]
    Change(ChangeCommand),
    /// Inspect and change the abuse actions the gateway caches in Redis
    #[command(subcommand)]
    #[command(after_help = "Examples:\n  orgpolicy abuse get user:42\n  orgpolicy abuse set user:42 block --dry-run")]
    Abuse(AbuseCommand),
    /// Show an organization's audit log, newest first
    #[command(alias = "audit-log")]
    #[command(after_help = "Examples:\n  orgpolicy log --org Acme --limit 5")]
    Log(LogArgs),
    /// Create ./orgpolicy-demo.db with a sample catalog and organizations to explore
    #[command(after_help = "Examples:\n  orgpolicy demo && export DATABASE_URL=sqlite://orgpolicy-demo.db")]
    Demo,
    /// The named connections of the config file (URLs redacted)
    #[command(after_help = "Examples:\n  orgpolicy profiles\n  orgpolicy --profile staging orgs list")]
    Profiles,
    /// Print shell completions
    #[command(
        after_help = "Examples:\n  orgpolicy completions bash > ~/.local/share/bash-completion/completions/orgpolicy"
    )]
    Completions(CompletionsArgs),
}

/// Which of [`PROFILE_OPTIONS`] the command line itself gives (not the environment, not a
/// default), at the top level or after a subcommand.
pub fn given_on_command_line(matches: &clap::ArgMatches) -> Vec<&'static str> {
    let mut levels = vec![matches];
    while let Some((_, sub)) = levels.last().and_then(|m| m.subcommand()) {
        levels.push(sub);
    }
    PROFILE_OPTIONS
        .into_iter()
        .filter(|id| {
            levels.iter().any(|m| {
                matches!(m.try_get_raw(id), Ok(Some(_)))
                    && m.value_source(id) == Some(clap::parser::ValueSource::CommandLine)
            })
        })
        .collect()
}

/// Every subcommand's help ends with this instead of repeating the global options.
const GLOBAL_OPTIONS_FOOTER: &str =
    "Global options (--database-url, --format, --yes, --actor, --rules, ...): `orgpolicy --help`";

impl Cli {
    /// The command line as `main` parses it: global options described once, in `orgpolicy
    /// --help`, and only named at the end of each subcommand's help.
    pub fn parse_args() -> Self {
        let matches = Self::command_with_help().get_matches();
        let mut cli = Self::from_arg_matches(&matches).unwrap_or_else(|e| e.exit());
        cli.global.from_command_line = given_on_command_line(&matches);
        cli
    }

    /// [`Cli::command`] with the global options hidden below the top level (completions use
    /// the plain one: they must offer every option everywhere).
    pub fn command_with_help() -> clap::Command {
        let cmd = Self::command();
        // A subcommand that has an argument already does not get the parent's global copy.
        let globals: Vec<clap::Arg> = cmd.get_arguments().filter(|a| a.is_global_set()).cloned().collect();
        fn hide(cmd: clap::Command, globals: &[clap::Arg]) -> clap::Command {
            let footer = match cmd.get_after_help() {
                Some(examples) => format!("{examples}\n\n{GLOBAL_OPTIONS_FOOTER}"),
                None => GLOBAL_OPTIONS_FOOTER.to_string(),
            };
            let cmd = globals.iter().fold(cmd.after_help(footer), |cmd, a| cmd.arg(a.clone().hide(true)));
            cmd.mut_subcommands(|sub| hide(sub, globals))
        }
        cmd.mut_subcommands(|sub| hide(sub, &globals))
    }

    /// The exit code for an error: 2, except 1 under `backfill plan --detailed-exitcode`, where
    /// 2 means "changes pending".
    pub fn error_exit_code(&self) -> u8 {
        match &self.command {
            Command::Backfill(BackfillCommand::Plan(args)) if args.detailed_exitcode => 1,
            _ => 2,
        }
    }
}

#[derive(Debug, Args)]
pub struct CompletionsArgs {
    /// The shell to complete for
    #[arg(value_enum)]
    pub shell: clap_complete::Shell,
}

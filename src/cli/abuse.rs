//! `abuse`: the abuse actions the gateway caches in Redis, and who a request is.

use clap::builder::{PossibleValuesParser, TypedValueParser};
use clap::{Args, Subcommand};

use crate::policy::abuse::Action;

#[derive(Debug, Subcommand)]
pub enum AbuseCommand {
    /// Print the identity a request is cached under, and its Redis key (no Redis needed)
    Identity(IdentityArgs),
    /// Show the action cached for an identity
    Get {
        /// user:ID or fingerprint:SHA256 (see `abuse identity`)
        identity: String,
    },
    /// Cache an action for an identity, as the gateway's rules engine does (no expiry; asks
    /// first, --yes to skip)
    Set {
        /// user:ID or fingerprint:SHA256 (see `abuse identity`)
        identity: String,
        /// none, log, rate-limit, block, quarantine-1, quarantine-2 or quarantine-3
        #[arg(value_parser = action_parser())]
        action: Action,
        /// Show what would change and write nothing
        #[arg(long)]
        dry_run: bool,
    },
    /// Remove the action cached for an identity, or for every identity with --all (asks
    /// first, --yes to skip)
    Clear {
        /// user:ID or fingerprint:SHA256 (see `abuse identity`)
        #[arg(required_unless_present = "all", conflicts_with = "all")]
        identity: Option<String>,
        /// Every identity under the key prefix
        #[arg(long)]
        all: bool,
        /// Show what would be removed and remove nothing
        #[arg(long)]
        dry_run: bool,
    },
    /// List cached actions (walks the keyspace with SCAN, never KEYS)
    List {
        /// Only identities with this action
        #[arg(long, value_parser = action_parser())]
        action: Option<Action>,
    },
}

/// Who sent a request: a user, or for anonymous requests the fingerprint parts.
#[derive(Debug, Clone, Default, Args)]
pub struct IdentityArgs {
    /// The user id (a missing or `anon:…` user is identified by fingerprint)
    #[arg(long, value_name = "ID")]
    pub user: Option<String>,
    /// Client IP address, for the fingerprint
    #[arg(long, value_name = "IP")]
    pub ip: Option<String>,
    /// JA4 TLS fingerprint, for the fingerprint
    #[arg(long, value_name = "JA4")]
    pub ja4: Option<String>,
    /// User-Agent header, for the fingerprint
    #[arg(long, value_name = "UA")]
    pub ua: Option<String>,
}

impl IdentityArgs {
    pub fn is_given(&self) -> bool {
        self.user.is_some() || self.ip.is_some() || self.ja4.is_some() || self.ua.is_some()
    }
}

fn action_parser() -> impl TypedValueParser<Value = Action> {
    PossibleValuesParser::new(Action::ALL.map(Action::as_str))
        .try_map(|value| Action::parse(&value).ok_or_else(|| format!("unknown action '{value}'")))
}

impl From<&IdentityArgs> for crate::policy::abuse::Identity {
    /// The identity of a request with these flags.
    fn from(args: &IdentityArgs) -> Self {
        Self::of_request(args.user.as_deref(), args.ip.as_deref(), args.ja4.as_deref(), args.ua.as_deref())
    }
}

//! What every command runs with: the options (from the command line, a profile and the
//! environment, resolved by the commands), the output, and what follows from them (the store,
//! the rules in force, who writes, the Redis cache).

use std::path::PathBuf;
use std::sync::Arc;

use crate::error::fixable;
use crate::output::Output;
use crate::policy::facts::GatewayFacts;
use crate::policy::Rules;
use crate::store::{Actor, Closer, Schema, SchemaChoice, Store, StoreError};

/// The options every operation may need, as plain values (no command-line types below the
/// commands).
#[derive(Debug, Clone)]
pub struct Options {
    pub database_url: Option<String>,
    pub schema: SchemaChoice,
    /// `--rules`; `None`: the default (today's rules). With a range, its later era.
    pub rules: Option<Rules>,
    /// `--rules A..B` (`diff`): the earlier era.
    pub rules_from: Option<Rules>,
    pub gateway_facts: Option<PathBuf>,
    pub redis_url: Option<String>,
    /// Where the gateway's abuse keys live in Redis.
    pub key_prefix: String,
    pub actor: Option<String>,
    pub actor_email: Option<String>,
    pub actor_id: Option<String>,
    /// Writes without asking (`--yes`).
    pub yes: bool,
}

pub struct Ctx {
    pub options: Options,
    pub out: Output,
    /// The gateway's facts, once read (see [`Ctx::facts`]).
    facts: std::sync::OnceLock<Arc<GatewayFacts>>,
    /// The connections the command opened, closed by [`Ctx::close_stores`].
    closers: std::sync::Mutex<Vec<Closer>>,
}

impl Ctx {
    pub fn new(out: Output, options: Options) -> Self {
        Self { options, out, facts: std::sync::OnceLock::new(), closers: std::sync::Mutex::new(Vec::new()) }
    }

    /// The gateway's facts in force: `--gateway-facts FILE` or the built-in ones, with the
    /// database's `direct_byok_model_lists` (where the gateway has that table). Read once.
    pub async fn facts(&self, store: &Store) -> anyhow::Result<Arc<GatewayFacts>> {
        if let Some(facts) = self.facts.get() {
            return Ok(Arc::clone(facts));
        }
        let facts = Arc::new(self.base_facts()?.with_synced_lists(store.direct_byok_model_lists().await?));
        self.out.detail(format!("gateway facts: {}", facts.label()));
        Ok(Arc::clone(self.facts.get_or_init(|| facts)))
    }

    /// `--gateway-facts FILE` or the built-in facts, without what the database adds.
    pub fn base_facts(&self) -> anyhow::Result<GatewayFacts> {
        Ok(match &self.options.gateway_facts {
            None => GatewayFacts::built_in(),
            Some(path) => {
                let text = std::fs::read_to_string(path).map_err(|e| {
                    fixable(
                        format!("could not read gateway facts file '{}': {e}", path.display()),
                        "pass a file of data/gateway-facts.toml's shape to --gateway-facts (or ORGPOLICY_GATEWAY_FACTS)",
                    )
                })?;
                GatewayFacts::parse(&text).map_err(|e| {
                    fixable(
                        format!("gateway facts file '{}' is invalid: {e}", path.display()),
                        "compare it with data/gateway-facts.toml, the shape this build reads",
                    )
                })?
            }
        })
    }
    pub fn database_url(&self) -> Result<&str, StoreError> {
        self.options.database_url.as_deref().filter(|u| !u.trim().is_empty()).ok_or(StoreError::MissingUrl)
    }

    /// The abuse-action cache in Redis.
    pub fn abuse_cache(&self) -> Result<crate::store::abuse::AbuseCache, crate::store::abuse::AbuseError> {
        let url = self.redis_url().ok_or(crate::store::abuse::AbuseError::MissingUrl)?;
        let cache = crate::store::abuse::AbuseCache::connect(url, &self.options.key_prefix)?;
        self.out.detail(format!("redis: {} (keys under '{}')", cache.url(), self.options.key_prefix));
        Ok(cache)
    }

    pub fn redis_url(&self) -> Option<&str> {
        self.options.redis_url.as_deref().filter(|u| !u.trim().is_empty())
    }

    /// The store every command but `db` and `demo` works on: the tool's migrated schema or
    /// the gateway's, as `--schema` says or as detected.
    pub async fn store(&self) -> anyhow::Result<Store> {
        let store = Store::open_with(self.database_url()?, self.options.schema).await?;
        self.closes(&store);
        self.out.detail(format!("database: {} ({} schema)", store.url(), store.schema().as_str()));
        self.out.detail(format!("rules: {}", self.rules().describe()));
        Ok(store)
    }

    /// Closes `store`'s connections when the command ends ([`Ctx::close_stores`]).
    pub fn closes(&self, store: &Store) {
        self.closers.lock().unwrap_or_else(std::sync::PoisonError::into_inner).push(store.closer());
    }

    /// Closes every store the command opened. A connection still held (a command that failed
    /// mid-read) is waited for a moment, then left to the process's exit.
    pub async fn close_stores(&self) {
        let closers = std::mem::take(&mut *self.closers.lock().unwrap_or_else(std::sync::PoisonError::into_inner));
        for closer in closers {
            let _ = tokio::time::timeout(std::time::Duration::from_secs(2), closer.close()).await;
        }
    }

    /// The rules in force: `--rules`, else the gateway's current rules, on every database
    /// (the demo rehearses production; an older era is replayed by naming it).
    pub fn rules(&self) -> Rules {
        self.options.rules.unwrap_or(Rules::Current)
    }

    /// `--rules A..B`: the two eras a diff compares.
    pub fn rules_range(&self) -> Option<(Rules, Rules)> {
        self.options.rules_from.map(|from| (from, self.rules()))
    }

    /// Who writes, for audit rows. On the gateway's schema each column is what was given
    /// (`--actor`, `--actor-email`, `--actor-id`), NULL otherwise, except the name, which falls
    /// back to the OS user; orgpolicy's own schema fills all three.
    pub fn actor(&self, schema: Schema) -> Actor {
        let given = |v: &Option<String>| v.clone().filter(|a| !a.trim().is_empty());
        let name = given(&self.options.actor)
            .or_else(|| std::env::var("USER").ok().filter(|u| !u.is_empty()))
            .or_else(|| std::env::var("LOGNAME").ok().filter(|u| !u.is_empty()));
        let (email, id) = (given(&self.options.actor_email), given(&self.options.actor_id));
        if name.is_none() && email.is_none() && id.is_none() {
            let recorded = match schema {
                Schema::Gateway => "with no actor (NULL)",
                Schema::Own => "as 'unknown'",
            };
            self.out.warn(format!(
                "no actor for the audit row: neither --actor nor $USER is set, so this change is recorded {recorded}"
            ));
            self.out.note("help: pass --actor NAME (or set ORGPOLICY_ACTOR in CI) to sign audit rows");
        }
        match schema {
            Schema::Gateway => Actor { id, email, name },
            Schema::Own => {
                let name = name.unwrap_or_else(|| "unknown".into());
                Actor {
                    id: Some(id.unwrap_or_else(|| format!("orgpolicy:{name}"))),
                    email: Some(email.unwrap_or_else(|| name.clone())),
                    name: None,
                }
            }
        }
    }
}

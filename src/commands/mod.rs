//! Command implementations: each takes parsed arguments and a [`Ctx`], talks to the store,
//! runs the pure policy code and hands the result to `output`.

mod abuse;
mod audit;
mod backfill;
mod catalog;
mod check;
mod db;
mod demo;
mod diff;
mod edit;
mod orgs;
mod test;

use anyhow::Context as _;
use chrono::{DateTime, Utc};
use clap::CommandFactory;

use crate::cli::{Cli, Command, GlobalArgs, ModelsCommand, ProvidersCommand};
use crate::output::Output;
use crate::policy::catalog::{Catalog, SnapshotData};
use crate::policy::edit::Verb;
use crate::policy::evaluate::{CompiledPolicy, Org};
use crate::policy::{Rules, Settings};
use crate::store::{Actor, OrgRow, Schema, SnapshotRow, Store, StoreError};
use crate::ExitStatus;

pub async fn run(cli: Cli) -> anyhow::Result<ExitStatus> {
    let ctx = Ctx { out: Output::new(&cli.global), global: cli.global };
    match cli.command {
        Command::Db(cmd) => db::run(&ctx, cmd).await,
        Command::Catalog(cmd) => catalog::run(&ctx, cmd).await,
        Command::Orgs(cmd) => orgs::run_orgs(&ctx, cmd).await,
        Command::Providers(ProvidersCommand::List { org, search }) => {
            orgs::list_providers(&ctx, &org.org, search).await
        }
        Command::Providers(ProvidersCommand::Allow(args)) => edit::providers(&ctx, Verb::Allow, args).await,
        Command::Providers(ProvidersCommand::Deny(args)) => edit::providers(&ctx, Verb::Deny, args).await,
        Command::Models(ModelsCommand::List { org, provider, search, blocked }) => {
            orgs::list_models(&ctx, &org.org, provider, search, blocked).await
        }
        Command::Models(ModelsCommand::Allow(args)) => edit::models(&ctx, Verb::Allow, args).await,
        Command::Models(ModelsCommand::Deny(args)) => edit::models(&ctx, Verb::Deny, args).await,
        Command::Check(args) => check::run(&ctx, args).await,
        Command::Diff(args) => diff::run(&ctx, args).await,
        Command::Audit(args) => audit::run(&ctx, args).await,
        Command::Test(args) => test::run(&ctx, args).await,
        Command::Abuse(cmd) => abuse::run(&ctx, cmd).await,
        Command::Log(args) => edit::log(&ctx, args).await,
        Command::Backfill(cmd) => backfill::run(&ctx, cmd).await,
        Command::Demo => demo::run(&ctx).await,
        Command::Completions(args) => {
            clap_complete::generate(args.shell, &mut Cli::command(), "orgpolicy", &mut std::io::stdout());
            Ok(ExitStatus::Success)
        }
    }
}

pub struct Ctx {
    pub global: GlobalArgs,
    pub out: Output,
}

impl Ctx {
    pub fn database_url(&self) -> Result<&str, StoreError> {
        self.global.database_url.as_deref().filter(|u| !u.trim().is_empty()).ok_or(StoreError::MissingUrl)
    }

    /// The abuse-action cache in Redis.
    pub fn abuse_cache(&self) -> Result<crate::store::abuse::AbuseCache, crate::store::abuse::AbuseError> {
        let url = self.redis_url().ok_or(crate::store::abuse::AbuseError::MissingUrl)?;
        let cache = crate::store::abuse::AbuseCache::connect(url, &self.global.key_prefix)?;
        self.out.detail(format!("redis: {} (keys under '{}')", cache.url(), self.global.key_prefix));
        Ok(cache)
    }

    pub fn redis_url(&self) -> Option<&str> {
        self.global.redis_url.as_deref().filter(|u| !u.trim().is_empty())
    }

    /// The store every command but `db` and `demo` works on: the tool's migrated schema or
    /// the gateway's, as `--schema` says or as detected.
    pub async fn store(&self) -> anyhow::Result<Store> {
        let store = Store::open_with(self.database_url()?, self.global.schema.into()).await?;
        self.out.detail(format!("database: {} ({} schema)", store.url(), store.schema().as_str()));
        self.out.detail(format!("rules: {}", self.rules(&store).describe()));
        Ok(store)
    }

    /// The rules in force: `--rules`, else the gateway's current rules on its own schema and
    /// the marker rules on orgpolicy's.
    pub fn rules(&self, store: &Store) -> Rules {
        match (self.global.rules, store.schema()) {
            (Some(rules), _) => rules.into(),
            (None, Schema::Gateway) => Rules::Current,
            (None, Schema::Own) => Rules::Marker,
        }
    }

    /// Who writes, for audit rows. On the gateway's schema each column is what was given
    /// (`--actor`, `--actor-email`, `--actor-id`), NULL otherwise, except the name, which falls
    /// back to the OS user; orgpolicy's own schema fills all three.
    pub fn actor(&self, schema: Schema) -> Actor {
        let given = |v: &Option<String>| v.clone().filter(|a| !a.trim().is_empty());
        let name = given(&self.global.actor)
            .or_else(|| std::env::var("USER").ok().filter(|u| !u.is_empty()))
            .or_else(|| std::env::var("LOGNAME").ok().filter(|u| !u.is_empty()));
        let (email, id) = (given(&self.global.actor_email), given(&self.global.actor_id));
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

/// A catalog snapshot, parsed and indexed.
pub struct Snapshot {
    pub id: i64,
    /// When it was taken (the gateway's `generated_at`), if known.
    pub created_at: Option<DateTime<Utc>>,
    pub data: SnapshotData,
    pub catalog: Catalog,
}

impl Snapshot {
    pub fn from_row(row: SnapshotRow) -> anyhow::Result<Self> {
        let data: SnapshotData = serde_json::from_str(&row.data)
            .with_context(|| format!("catalog snapshot {} in the database is malformed", row.id))?;
        let catalog = Catalog::new(&data);
        Ok(Self { id: row.id, created_at: row.created_at, data, catalog })
    }

    /// The latest snapshot, or `None` when the database has none yet.
    pub async fn latest_if_any(store: &Store) -> anyhow::Result<Option<Self>> {
        match store.latest_snapshot().await {
            Ok(row) => Ok(Some(Self::from_row(row)?)),
            Err(StoreError::NoSnapshot) => Ok(None),
            Err(e) => Err(e.into()),
        }
    }

    /// Snapshot `id`, or the latest.
    pub async fn load(store: &Store, id: Option<i64>) -> anyhow::Result<Self> {
        let row = match id {
            Some(id) => store.snapshot(id).await?,
            None => store.latest_snapshot().await?,
        };
        Self::from_row(row)
    }

    /// Two snapshots to compare, `from` → `to`: by default the one before `to` → the latest.
    pub async fn range(store: &Store, from: Option<i64>, to: Option<i64>) -> anyhow::Result<(Self, Self)> {
        let after = Self::load(store, to).await?;
        let before = match from {
            Some(id) => Self::load(store, Some(id)).await?,
            None => match store.snapshot_before(after.id).await? {
                Some(row) => Self::from_row(row)?,
                None => {
                    return Err(crate::error::fixable(
                        format!("a catalog diff needs two snapshots, and snapshot {} has none before it", after.id),
                        "import a newer catalog with `orgpolicy catalog import FILE`, or name two snapshots",
                    ))
                }
            },
        };
        Ok((before, after))
    }

    /// Every stored snapshot, oldest first, by its live providers only (a light parse).
    pub async fn for_each_live_set(
        store: &Store,
        f: &mut (dyn FnMut(&SnapshotRow, Vec<String>) + Send),
    ) -> anyhow::Result<()> {
        store
            .for_each_snapshot(&mut |row| {
                let live = crate::policy::catalog::live_providers(&row.data)
                    .with_context(|| format!("catalog snapshot {} in the database is malformed", row.id))?;
                f(&row, live);
                Ok(())
            })
            .await
    }

    /// When it was taken, for people.
    pub fn taken(&self) -> String {
        self.created_at.map_or_else(|| "time unknown".into(), |t| t.format("%Y-%m-%d %H:%M").to_string())
    }

    pub async fn latest(ctx: &Ctx, store: &Store) -> anyhow::Result<Self> {
        let snapshot = Self::from_row(store.latest_snapshot().await?)?;
        ctx.out.detail(format!("catalog snapshot: {} ({})", snapshot.id, snapshot.taken()));
        Ok(snapshot)
    }
}

/// A catalog read from an exported file (`catalog export`), outside the database: for
/// `diff --catalog A..B` and `--catalog-history DIR` on a database that keeps no history.
pub struct CatalogFile {
    pub path: std::path::PathBuf,
    /// The file's `generated_at`, if it has a readable one.
    pub generated_at: Option<DateTime<Utc>>,
    pub catalog: Catalog,
}

impl CatalogFile {
    pub fn read(path: &std::path::Path) -> anyhow::Result<Self> {
        let text = std::fs::read_to_string(path)
            .with_context(|| format!("could not read catalog file '{}'", path.display()))?;
        let data = crate::policy::catalog::parse_import(&text, crate::policy::catalog::InputFormat::Auto)
            .with_context(|| format!("catalog file '{}' is invalid", path.display()))?;
        let generated_at = data
            .extra
            .get("generated_at")
            .and_then(serde_json::Value::as_str)
            .and_then(|t| DateTime::parse_from_rfc3339(t.trim()).ok())
            .map(|t| t.with_timezone(&Utc));
        Ok(Self { path: path.to_path_buf(), generated_at, catalog: Catalog::new(&data) })
    }

    /// Every `*.json` file of a history folder, oldest first by `generated_at` (a file without
    /// one is an error: its place in the history would be a guess).
    pub fn history(dir: &std::path::Path) -> anyhow::Result<Vec<Self>> {
        let entries = std::fs::read_dir(dir).map_err(|e| {
            crate::error::fixable(
                format!("could not read catalog history folder '{}': {e}", dir.display()),
                "pass a folder of files written by `orgpolicy catalog export`",
            )
        })?;
        let mut paths: Vec<std::path::PathBuf> = entries
            .filter_map(Result::ok)
            .map(|e| e.path())
            .filter(|p| p.extension().is_some_and(|x| x == "json"))
            .collect();
        paths.sort();
        let mut files = paths.iter().map(|p| Self::read(p)).collect::<anyhow::Result<Vec<_>>>()?;
        if let Some(undated) = files.iter().find(|f| f.generated_at.is_none()) {
            return Err(crate::error::fixable(
                format!(
                    "catalog file '{}' has no generated_at, so its place in the history is unknown",
                    undated.path.display()
                ),
                "history files are what `orgpolicy catalog export` writes (with generated_at)",
            ));
        }
        files.sort_by_key(|f| f.generated_at);
        Ok(files)
    }
}

/// One organization with its parsed settings and custom models.
pub struct LoadedOrg {
    pub row: OrgRow,
    pub settings: Settings,
    pub custom_models: Vec<String>,
    pub rules: Rules,
}

impl LoadedOrg {
    pub async fn load(ctx: &Ctx, store: &Store, query: &str) -> anyhow::Result<Self> {
        let row = store.resolve_org(query).await?;
        let custom_models = store.custom_models(&row.id).await?;
        Ok(Self { settings: Settings::parse(&row.settings), row, custom_models, rules: ctx.rules(store) })
    }

    pub fn as_org(&self) -> Org<'_> {
        Org { plan: &self.row.plan, settings: &self.settings, custom_models: &self.custom_models, rules: self.rules }
    }

    pub fn compile(&self, catalog: &Catalog) -> CompiledPolicy {
        CompiledPolicy::new(self.as_org(), catalog)
    }
}

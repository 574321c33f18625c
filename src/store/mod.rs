//! One storage interface over the organization database, with PostgreSQL and SQLite
//! implementations picked by the URL scheme. Reads of organizations stream row by row, so
//! memory stays flat in the number of orgs.

pub mod abuse;
mod postgres;
mod sqlite;
mod url;

use chrono::{DateTime, Utc};

pub use self::url::{backend_of, redact, Backend};

/// The audit action of every settings change this tool writes (and the one `audit` reads).
pub const SETTINGS_CHANGE: &str = "organization.settings.change";

/// One organization as stored; `settings` is the document's text, parsed by the caller.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct OrgRow {
    pub id: String,
    pub name: String,
    pub plan: String,
    pub settings: String,
    pub created_at: DateTime<Utc>,
}

/// One organization as `audit` reads it: with the history and custom models its findings
/// depend on, fetched only for the orgs that need them.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct AuditedOrgRow {
    #[sqlx(flatten)]
    pub org: OrgRow,
    /// When its settings last changed through an audited `organization.settings.change`
    /// (may be left out for orgs whose findings do not depend on it).
    pub last_settings_change: Option<DateTime<Utc>>,
    /// Its custom and BYOK model ids as a JSON array (orgs with a `default_model` only).
    pub custom_models: Option<String>,
}

#[derive(Debug, Clone, sqlx::FromRow)]
pub struct SnapshotRow {
    pub id: i64,
    pub created_at: DateTime<Utc>,
    pub data: String,
}

#[derive(Debug, Clone, serde::Serialize)]
pub struct MigrationState {
    pub version: i64,
    pub description: String,
    pub applied: bool,
}

/// One audit row to write with a change.
#[derive(Debug, Clone)]
pub struct AuditEntry {
    pub action: String,
    pub actor: Actor,
    pub message: String,
    pub details: serde_json::Value,
}

/// Who made a change, as recorded on audit rows.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Actor {
    pub id: String,
    pub email: String,
    pub name: Option<String>,
}

#[derive(Debug, Clone, sqlx::FromRow, serde::Serialize)]
pub struct AuditRow {
    pub id: String,
    pub organization_id: String,
    pub action: String,
    pub actor_id: String,
    pub actor_email: String,
    pub actor_name: Option<String>,
    pub message: String,
    #[serde(serialize_with = "raw_json")]
    pub details: Option<String>,
    pub created_at: DateTime<Utc>,
}

/// Serializes stored JSON text as JSON, not as a string.
fn raw_json<S: serde::Serializer>(text: &Option<String>, s: S) -> std::result::Result<S::Ok, S::Error> {
    use serde::Serialize;
    text.as_deref()
        .map(|t| serde_json::from_str::<serde_json::Value>(t).unwrap_or(serde_json::Value::String(t.into())))
        .serialize(s)
}

/// One compare-and-swap of a batch: `expected` → `replacement`, audited with `message`.
#[derive(Debug, Clone)]
pub struct Swap {
    pub org_id: String,
    /// Documents as JSON text, passed to the database as they are.
    pub expected: Box<serde_json::value::RawValue>,
    pub replacement: Box<serde_json::value::RawValue>,
    pub message: String,
}

/// What happened to one swap of a batch.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum SwapOutcome {
    /// Written, with its audit row.
    Swapped,
    /// The settings already were the replacement (an earlier run wrote them).
    AlreadyDone,
    /// Someone else changed the settings: left as they are.
    Conflict,
    /// The org no longer exists.
    Missing,
}

/// Where a crash test makes `backfill apply` abort the process (`ORGPOLICY_TEST_ABORT`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AbortPoint {
    /// In batch N (1-based), after some of its writes, before it commits.
    InBatch(usize),
    /// Right after batch N commits.
    AfterBatch(usize),
}

impl AbortPoint {
    pub fn parse(text: &str) -> Option<Self> {
        let (point, n) = text.split_once(':')?;
        let n = n.parse().ok()?;
        match point {
            "in-batch" => Some(AbortPoint::InBatch(n)),
            "after-batch" => Some(AbortPoint::AfterBatch(n)),
            _ => None,
        }
    }

    pub(crate) fn check_in(abort: Option<Self>, batch: usize) {
        if abort == Some(AbortPoint::InBatch(batch)) {
            std::process::abort();
        }
    }

    pub(crate) fn check_after(abort: Option<Self>, batch: usize) {
        if abort == Some(AbortPoint::AfterBatch(batch)) {
            std::process::abort();
        }
    }
}

/// The shared part of a batch: who, which action, and details merged into each row's
/// `{"before", "after"}`.
#[derive(Debug, Clone)]
pub struct BatchAudit {
    pub action: String,
    pub actor: Actor,
    pub details: serde_json::Value,
}

#[derive(Debug, Clone, Default)]
pub struct OrgFilter {
    pub plan: Option<String>,
    /// Name order for people; otherwise (bulk work) storage order: on PostgreSQL a scan in id
    /// order walks the heap at random through the primary key and took three times as long as
    /// the scan itself.
    pub by_name: bool,
}

/// An organization to create (the demo sample).
#[derive(Debug, Clone)]
pub struct NewOrg {
    pub name: String,
    pub plan: String,
    pub settings: String,
    pub created_at: DateTime<Utc>,
    /// `(model id, kind)` with kind `custom` or `byok`.
    pub custom_models: Vec<(String, String)>,
}

#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("no database URL given")]
    MissingUrl,
    #[error("unsupported database URL scheme '{scheme}' in '{url}'")]
    UnsupportedScheme { url: String, scheme: String },
    #[error("invalid database URL '{url}': {reason}")]
    InvalidUrl { url: String, reason: String },
    #[error("database file '{path}' does not exist")]
    MissingFile { path: String, url: String },
    #[error("could not connect to the database at {url}: {reason}")]
    Connect { url: String, reason: String },
    #[error("the database at {url} is not migrated ({pending} pending migration{s})", s = if *.pending == 1 { "" } else { "s" })]
    NotMigrated { url: String, pending: usize },
    #[error("the database at {url} has migration {version}, which this version of orgpolicy does not know")]
    UnknownMigration { url: String, version: i64 },
    #[error("organization '{query}' not found")]
    OrgNotFound { query: String, suggestions: Vec<String> },
    #[error("organization name '{query}' is ambiguous: {} organizations have it ({})", ids.len(), ids.join(", "))]
    AmbiguousOrg { query: String, ids: Vec<String> },
    #[error("the database has no catalog snapshot")]
    NoSnapshot,
    #[error("catalog snapshot {0} does not exist")]
    SnapshotNotFound(i64),
    #[error(transparent)]
    Migrate(#[from] sqlx::migrate::MigrateError),
    #[error(transparent)]
    Sql(#[from] sqlx::Error),
}

impl StoreError {
    pub fn help(&self) -> Option<String> {
        Some(match self {
            StoreError::MissingUrl => "pass --database-url or set DATABASE_URL (postgres://… or sqlite://PATH)".into(),
            StoreError::UnsupportedScheme { .. } | StoreError::InvalidUrl { .. } => {
                "use postgres://USER@HOST/DB, postgresql://… or sqlite://PATH".into()
            }
            StoreError::MissingFile { url, .. } => {
                format!("create it with `orgpolicy db migrate --database-url {url}`")
            }
            StoreError::Connect { .. } => {
                "check that the server is running and that the URL (--database-url or DATABASE_URL) is right".into()
            }
            StoreError::NotMigrated { .. } => "run `orgpolicy db migrate` to create or update the schema".into(),
            StoreError::UnknownMigration { .. } => {
                "upgrade orgpolicy to the version that migrated this database".into()
            }
            StoreError::OrgNotFound { suggestions, .. } if !suggestions.is_empty() => {
                format!("did you mean {}?", quoted_list(suggestions, "or"))
            }
            StoreError::OrgNotFound { .. } => "list organizations with `orgpolicy orgs list`".into(),
            StoreError::AmbiguousOrg { .. } => "pass the organization id instead of its name".into(),
            StoreError::NoSnapshot => "import one with `orgpolicy catalog import FILE`".into(),
            StoreError::SnapshotNotFound(_) => "list snapshots with `orgpolicy catalog list`".into(),
            StoreError::Sql(_) | StoreError::Migrate(_) => return None,
        })
    }
}

/// `'a', 'b' or 'c'`.
pub fn quoted_list(items: &[String], last: &str) -> String {
    let quoted: Vec<String> = items.iter().map(|s| format!("'{s}'")).collect();
    match quoted.split_last() {
        None => String::new(),
        Some((only, [])) => only.clone(),
        Some((tail, head)) => format!("{} {last} {tail}", head.join(", ")),
    }
}

pub type Result<T, E = StoreError> = std::result::Result<T, E>;

/// A row callback of a streaming read; an error stops the read.
pub type RowFn<'a, T> = &'a mut (dyn FnMut(T) -> anyhow::Result<()> + Send);

/// Feeds every row of a query stream to `f`, one at a time.
async fn drain<T>(
    mut rows: impl futures_util::Stream<Item = Result<T, sqlx::Error>> + Unpin,
    f: RowFn<'_, T>,
) -> anyhow::Result<()> {
    use futures_util::TryStreamExt;
    while let Some(row) = rows.try_next().await.map_err(StoreError::from)? {
        f(row)?;
    }
    Ok(())
}

pub enum Store {
    Postgres(postgres::PgStore),
    Sqlite(sqlite::SqliteStore),
}

macro_rules! dispatch {
    ($self:expr, $store:ident => $body:expr) => {
        match $self {
            Store::Postgres($store) => $body,
            Store::Sqlite($store) => $body,
        }
    };
}

impl Store {
    /// Connects; `create` lets SQLite create a missing file (only `db migrate` and `demo`).
    pub async fn connect(url: &str, create: bool) -> Result<Store> {
        Ok(match backend_of(url)? {
            Backend::Postgres => Store::Postgres(postgres::PgStore::connect(url).await?),
            Backend::Sqlite => Store::Sqlite(sqlite::SqliteStore::connect(url, create).await?),
        })
    }

    /// Connects and refuses an unmigrated database: what every command but `db` does.
    pub async fn open(url: &str) -> Result<Store> {
        let store = Self::connect(url, false).await?;
        store.ensure_migrated().await?;
        Ok(store)
    }

    /// The URL, password redacted.
    pub fn url(&self) -> &str {
        dispatch!(self, s => s.url())
    }

    fn migrator(&self) -> &'static sqlx::migrate::Migrator {
        match self {
            Store::Postgres(_) => &postgres::MIGRATOR,
            Store::Sqlite(_) => &sqlite::MIGRATOR,
        }
    }

    pub async fn migration_status(&self) -> Result<Vec<MigrationState>> {
        let applied: Vec<i64> = dispatch!(self, s => s.applied_migrations().await)?;
        let known: Vec<i64> = self.migrator().iter().map(|m| m.version).collect();
        if let Some(unknown) = applied.iter().find(|v| !known.contains(v)) {
            return Err(StoreError::UnknownMigration { url: self.url().into(), version: *unknown });
        }
        Ok(self
            .migrator()
            .iter()
            .map(|m| MigrationState {
                version: m.version,
                description: m.description.to_string(),
                applied: applied.contains(&m.version),
            })
            .collect())
    }

    pub async fn ensure_migrated(&self) -> Result<()> {
        let pending = self.migration_status().await?.iter().filter(|m| !m.applied).count();
        if pending > 0 {
            return Err(StoreError::NotMigrated { url: self.url().into(), pending });
        }
        Ok(())
    }

    /// Applies pending migrations; returns the ones it applied.
    pub async fn migrate(&self) -> Result<Vec<MigrationState>> {
        let before = self.migration_status().await?;
        dispatch!(self, s => self.migrator().run(s.pool()).await)?;
        Ok(before.into_iter().filter(|m| !m.applied).map(|m| MigrationState { applied: true, ..m }).collect())
    }

    /// Finds one organization by id or by exact, unique name.
    pub async fn resolve_org(&self, query: &str) -> Result<OrgRow> {
        if uuid::Uuid::parse_str(query).is_ok() {
            if let Some(org) = dispatch!(self, s => s.org_by_id(query).await)? {
                return Ok(org);
            }
        }
        let mut named: Vec<OrgRow> = dispatch!(self, s => s.orgs_named(query).await)?;
        match named.len() {
            1 => Ok(named.remove(0)),
            0 => Err(StoreError::OrgNotFound { query: query.into(), suggestions: self.similar_names(query).await? }),
            _ => Err(StoreError::AmbiguousOrg { query: query.into(), ids: named.into_iter().map(|o| o.id).collect() }),
        }
    }

    /// Up to three names close to `query`: containing it, else nearest by edit similarity.
    async fn similar_names(&self, query: &str) -> Result<Vec<String>> {
        let containing: Vec<String> = dispatch!(self, s => s.names_containing(query, 3).await)?;
        if !containing.is_empty() {
            return Ok(containing);
        }
        let mut nearest = crate::policy::catalog::Nearest::new(query);
        let mut consider = |org: OrgRow| {
            nearest.consider(&org.name);
            Ok(())
        };
        self.for_each_org(&OrgFilter::default(), &mut consider).await.map_err(into_store_error)?;
        Ok(nearest.into_names())
    }

    /// Streams organizations in the filter's order.
    pub async fn for_each_org(&self, filter: &OrgFilter, f: RowFn<'_, OrgRow>) -> anyhow::Result<()> {
        dispatch!(self, s => s.for_each_org(filter, f).await)
    }

    /// Streams every organization (storage order) with what `audit` needs beside the row, in one
    /// read-only scan.
    pub async fn for_each_audited_org(&self, f: RowFn<'_, AuditedOrgRow>) -> anyhow::Result<()> {
        dispatch!(self, s => s.for_each_audited_org(f).await)
    }

    /// Custom and BYOK model ids registered for one org.
    pub async fn custom_models(&self, org_id: &str) -> Result<Vec<String>> {
        dispatch!(self, s => s.custom_models(org_id).await)
    }

    pub async fn latest_snapshot(&self) -> Result<SnapshotRow> {
        dispatch!(self, s => s.latest_snapshot().await)?.ok_or(StoreError::NoSnapshot)
    }

    pub async fn snapshot(&self, id: i64) -> Result<SnapshotRow> {
        dispatch!(self, s => s.snapshot(id).await)?.ok_or(StoreError::SnapshotNotFound(id))
    }

    /// The snapshot just before `id`, if any.
    pub async fn snapshot_before(&self, id: i64) -> Result<Option<SnapshotRow>> {
        dispatch!(self, s => s.snapshot_before(id).await)
    }

    /// Every snapshot, oldest first.
    pub async fn for_each_snapshot(&self, f: RowFn<'_, SnapshotRow>) -> anyhow::Result<()> {
        dispatch!(self, s => s.for_each_snapshot(f).await)
    }

    /// Stores a snapshot; it becomes the latest. `created_at` is when it was synced.
    pub async fn insert_snapshot(&self, data: &str, created_at: DateTime<Utc>) -> Result<i64> {
        dispatch!(self, s => s.insert_snapshot(data, created_at).await)
    }

    /// Compare-and-swap: writes `new` only where the org's settings still equal `old`, with the
    /// audit row, in one transaction. Returns the audit row's id, or `None` when the settings
    /// changed since they were read (nothing written).
    pub async fn update_settings(
        &self,
        org_id: &str,
        old: &str,
        new: &str,
        audit: &AuditEntry,
    ) -> Result<Option<String>> {
        dispatch!(self, s => s.update_settings(org_id, old, new, audit).await)
    }

    /// Applies a batch of compare-and-swaps atomically (all of the batch or none of it), one
    /// audit row per swapped org. `batch` numbers batches from 1 for the crash-test hook.
    pub async fn swap_batch(
        &self,
        batch: usize,
        swaps: &[Swap],
        audit: &BatchAudit,
        abort: Option<AbortPoint>,
    ) -> Result<Vec<SwapOutcome>> {
        dispatch!(self, s => s.swap_batch(batch, swaps, audit, abort).await)
    }

    /// SHA-256 of a snapshot's stored data, to recognize it in another run.
    pub async fn snapshot_fingerprint(&self, id: i64) -> Result<String> {
        use sha2::Digest;
        let row = self.snapshot(id).await?;
        Ok(format!("{:x}", sha2::Sha256::digest(row.data.as_bytes())))
    }

    /// An org's audit rows, newest first.
    pub async fn audit_log(&self, org_id: &str, limit: i64) -> Result<Vec<AuditRow>> {
        dispatch!(self, s => s.audit_log(org_id, limit).await)
    }

    /// Creates organizations (and their custom models) in one transaction.
    pub async fn insert_orgs(&self, orgs: &[NewOrg]) -> Result<()> {
        dispatch!(self, s => s.insert_orgs(orgs).await)
    }
}

fn into_store_error(e: anyhow::Error) -> StoreError {
    match e.downcast::<StoreError>() {
        Ok(store) => store,
        Err(other) => StoreError::Sql(sqlx::Error::Protocol(other.to_string())),
    }
}

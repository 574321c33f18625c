//! Catalogs as commands load them: stored snapshots, parsed and indexed, and exported catalog
//! files read from disk.

use std::sync::Arc;

use anyhow::Context as _;
use chrono::{DateTime, Utc};

use crate::error::fixable;
use crate::policy::catalog::{closest, take_gateway_columns, Catalog, Columns, SnapshotData};
use crate::policy::facts::GatewayFacts;
use crate::policy::normalize;
use crate::policy::provider_set::ProviderId;
use crate::store::{GatewayColumns, SnapshotRow, Store, StoreError};

use super::Ctx;

/// A catalog snapshot, parsed and indexed.
pub struct Snapshot {
    pub id: i64,
    /// When it was taken (the gateway's `generated_at`), if known.
    pub created_at: Option<DateTime<Utc>>,
    pub data: SnapshotData,
    /// The row's `openrouter` and `vercel` columns as stored.
    pub columns: GatewayColumns,
    pub catalog: Catalog,
}

impl Snapshot {
    /// A stored row as the gateway reads it: its data, its two gateway columns and the facts.
    pub fn from_row(row: SnapshotRow, facts: &Arc<GatewayFacts>) -> anyhow::Result<Self> {
        let data: SnapshotData = serde_json::from_str(&row.data)
            .with_context(|| format!("catalog snapshot {} in the database is malformed", row.id))?;
        let columns = Columns::parse(row.columns.openrouter.as_deref(), row.columns.vercel.as_deref(), facts);
        let catalog = Catalog::with_gateway(&data, Arc::new(columns), Arc::clone(facts));
        Ok(Self { id: row.id, created_at: row.created_at, data, columns: row.columns, catalog })
    }

    /// The latest snapshot, or `None` when the database has none yet.
    pub async fn latest_if_any(ctx: &Ctx, store: &Store) -> anyhow::Result<Option<Self>> {
        match store.latest_snapshot().await {
            Ok(row) => Ok(Some(Self::from_row(row, &ctx.facts(store).await?)?)),
            Err(StoreError::NoSnapshot) => Ok(None),
            Err(e) => Err(e.into()),
        }
    }

    /// Snapshot `id`, or the latest.
    pub async fn load(ctx: &Ctx, store: &Store, id: Option<i64>) -> anyhow::Result<Self> {
        let row = match id {
            Some(id) => store.snapshot(id).await?,
            None => store.latest_snapshot().await?,
        };
        Self::from_row(row, &ctx.facts(store).await?)
    }

    /// Two snapshots to compare, `from` → `to`: by default the one before `to` → the latest.
    pub async fn range(ctx: &Ctx, store: &Store, from: Option<i64>, to: Option<i64>) -> anyhow::Result<(Self, Self)> {
        let after = Self::load(ctx, store, to).await?;
        let before = match from {
            Some(id) => Self::load(ctx, store, Some(id)).await?,
            None => match store.snapshot_before(after.id).await? {
                Some(row) => Self::from_row(row, &ctx.facts(store).await?)?,
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
        let snapshot = Self::from_row(store.latest_snapshot().await?, &ctx.facts(store).await?)?;
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
    /// A catalog file (as `catalog export` writes it, gateway columns included) read as the
    /// gateway would read the row.
    pub fn read(path: &std::path::Path, facts: &Arc<GatewayFacts>) -> anyhow::Result<Self> {
        let text = std::fs::read_to_string(path)
            .with_context(|| format!("could not read catalog file '{}'", path.display()))?;
        let invalid = || format!("catalog file '{}' is invalid", path.display());
        let mut data = crate::policy::catalog::parse_import(&text, crate::policy::catalog::InputFormat::Auto)
            .with_context(invalid)?;
        let (openrouter, vercel) = take_gateway_columns(&mut data).with_context(invalid)?;
        let columns = Columns::parse(openrouter.as_deref(), vercel.as_deref(), facts);
        let generated_at = data
            .extra
            .get("generated_at")
            .and_then(serde_json::Value::as_str)
            .and_then(|t| DateTime::parse_from_rfc3339(t.trim()).ok())
            .map(|t| t.with_timezone(&Utc));
        Ok(Self {
            path: path.to_path_buf(),
            generated_at,
            catalog: Catalog::with_gateway(&data, Arc::new(columns), Arc::clone(facts)),
        })
    }

    /// Every `*.json` file of a history folder, oldest first by `generated_at` (a file without
    /// one is an error: its place in the history would be a guess).
    pub fn history(dir: &std::path::Path, facts: &Arc<GatewayFacts>) -> anyhow::Result<Vec<Self>> {
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
        let mut files = paths.iter().map(|p| Self::read(p, facts)).collect::<anyhow::Result<Vec<_>>>()?;
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

/// The provider named by `--provider`, refused with suggestions when the catalog lacks it.
pub fn catalog_provider(c: &Catalog, raw: &str) -> anyhow::Result<ProviderId> {
    catalog_provider_or(c, raw, None)
}

/// [`catalog_provider`], where the command may name an unknown provider anyway: `escape` says
/// how, in the help.
pub fn catalog_provider_or(c: &Catalog, raw: &str, escape: Option<&str>) -> anyhow::Result<ProviderId> {
    let slug = normalize::provider_slug(raw);
    c.provider_id(&slug).ok_or_else(|| {
        let suggestions = closest(&slug, c.providers().iter().map(|p| p.slug.as_str()));
        let help = match (suggestions.first(), escape) {
            (Some(s), Some(escape)) => format!("did you mean '{s}'? {escape}"),
            (Some(s), None) => format!("did you mean '{s}'?"),
            (None, Some(escape)) => escape.to_string(),
            (None, None) => "list providers with `orgpolicy catalog show`".into(),
        };
        fixable(format!("provider '{slug}' is not in the catalog"), help)
    })
}

//! `catalog import|list|show|diff`.

use std::path::Path;
use std::sync::Arc;

use anyhow::Context as _;
use serde_json::{json, Value};

use crate::cli::{CatalogCommand, ImportArgs, InputFormatArg};
use crate::error::fixable;
use crate::exit::ExitStatus;
use crate::output::views::catalog::{Diff, Imported, ProviderCounts, Shown, SnapshotSummary, Snapshots};
use crate::policy::catalog::{
    self, parse_import, take_gateway_columns, Catalog, Columns, InputFormat, GATEWAY_COLUMNS_KEY,
};
use crate::store::{GatewayColumns, Store};

use crate::services::{read_input, Ctx, Snapshot};

pub async fn run(ctx: &Ctx, cmd: CatalogCommand) -> anyhow::Result<ExitStatus> {
    let store = ctx.store().await?;
    match cmd {
        CatalogCommand::Import(args) => {
            if store.schema() == crate::store::Schema::Gateway {
                return Err(crate::store::StoreError::ReadOnlyOnGateway {
                    what: "importing a catalog".into(),
                    help: "the gateway's sync job owns models_by_provider (one row, replaced every ten minutes); nothing was written. Compare a file with the live catalog with `orgpolicy diff --catalog FILE.. --org ORG`".into(),
                }
                .into());
            }
            import(ctx, &store, &args).await?
        }
        CatalogCommand::Export { id, out } => export(ctx, &store, id, out.as_deref()).await?,
        CatalogCommand::List => list(ctx, &store).await?,
        CatalogCommand::Show { id } => show(ctx, &store, id).await?,
        CatalogCommand::Diff { from, to } => diff(ctx, &store, from, to).await?,
    }
    Ok(ExitStatus::Success)
}

/// What every listing says about a snapshot.
fn summary_of(s: &Snapshot) -> SnapshotSummary {
    SnapshotSummary {
        id: s.id,
        created_at: s.created_at.map(|t| t.to_rfc3339()),
        generated_at: s.data.extra.get("generated_at").cloned(),
        providers: s.catalog.providers().len(),
        live_providers: s.catalog.live().len(),
        models: s.catalog.models().len(),
        pairs: s.catalog.pair_count(),
    }
}

/// Imports a catalog file as the latest snapshot: refused when it drops more than half of the
/// live providers (unless `--force`), a no-op when it holds exactly what the latest snapshot
/// holds (a new snapshot would make every plan stale), nothing written under `--dry-run`.
async fn import(ctx: &Ctx, store: &Store, args: &ImportArgs) -> anyhow::Result<()> {
    let path = &args.file;
    let text = read_input(path, "catalog")?;
    let format = match args.input_format {
        InputFormatArg::Auto => InputFormat::Auto,
        InputFormatArg::Snapshot => InputFormat::Snapshot,
        InputFormatArg::Openrouter => InputFormat::Openrouter,
    };
    let invalid = || format!("catalog file '{}' is invalid", path.display());
    let mut data = parse_import(&text, format).with_context(invalid)?;
    let (openrouter, vercel) = take_gateway_columns(&mut data).with_context(invalid)?;
    let columns = GatewayColumns { openrouter, vercel };
    let facts = ctx.facts(store).await?;
    let parsed = Columns::parse(columns.openrouter.as_deref(), columns.vercel.as_deref(), &facts);
    let incoming = Catalog::with_gateway(&data, Arc::new(parsed), Arc::clone(&facts));
    let previous = Snapshot::latest_if_any(ctx, store).await?;
    let change = previous.as_ref().map(|p| catalog::diff(&p.catalog, &incoming));
    let summary = |id, catalog: &Catalog| SnapshotSummary {
        id,
        created_at: None,
        generated_at: data.extra.get("generated_at").cloned(),
        providers: catalog.providers().len(),
        live_providers: catalog.live().len(),
        models: catalog.models().len(),
        pairs: catalog.pair_count(),
    };
    let mut view = Imported {
        outcome: "dry_run",
        snapshot: None,
        incoming: summary(previous.as_ref().map_or(1, |p| p.id + 1), &incoming),
        previous: previous.as_ref().map(|p| p.id),
        diff: change,
    };
    if let Some(prev) = &previous {
        let same_columns =
            json_eq(&columns.openrouter, &prev.columns.openrouter) && json_eq(&columns.vercel, &prev.columns.vercel);
        if serde_json::to_value(&data)? == serde_json::to_value(&prev.data)? && same_columns {
            view.outcome = "identical";
            view.snapshot = Some(summary_of(prev));
            ctx.out.show(&view)?;
            return Ok(());
        }
        if !args.force {
            refuse_a_large_drop(path, prev, view.diff.as_ref())?;
        }
    }
    if !args.dry_run {
        let id = store.insert_snapshot(&serde_json::to_string(&data)?, &columns, chrono::Utc::now()).await?;
        view.snapshot = Some(summary_of(&Snapshot::from_row(store.snapshot(id).await?, &facts)?));
        view.outcome = "imported";
    }
    ctx.out.show(&view)?;
    Ok(())
}

/// Refuses an import that drops more than half of the live providers: more likely a broken
/// export than a catalog change.
fn refuse_a_large_drop(
    path: &std::path::Path,
    prev: &Snapshot,
    diff: Option<&crate::policy::catalog::CatalogDiff>,
) -> anyhow::Result<()> {
    let dropped = diff.map_or(0, |d| d.providers_removed.len());
    let live = prev.catalog.live().len();
    if dropped * 2 <= live {
        return Ok(());
    }
    Err(fixable(
        format!(
            "catalog file '{}' would drop {dropped} of the {live} live providers of snapshot {} ({})",
            path.display(),
            prev.id,
            diff.map(|d| d.providers_removed.join(", ")).unwrap_or_default()
        ),
        "check the file (`--dry-run` shows the whole change); if those providers really left the catalog, import it with --force",
    ))
}

/// Whether two stored JSON texts hold the same JSON (NULL and `{}` both narrow nothing).
fn json_eq(a: &Option<String>, b: &Option<String>) -> bool {
    let value = |t: &Option<String>| -> Value {
        t.as_deref()
            .and_then(|t| serde_json::from_str(t).ok())
            .filter(|v: &Value| v.as_object().is_none_or(|m| !m.is_empty()))
            .unwrap_or(Value::Null)
    };
    value(a) == value(b)
}

/// The snapshot's data as stored, with `generated_at` added when the row keeps its time in a
/// column (orgpolicy's schema) and the row's `openrouter` and `vercel` columns under
/// `gateway_columns`: a file `catalog import`, `diff --catalog` and `--catalog-history` read
/// back, in order.
async fn export(ctx: &Ctx, store: &Store, id: Option<i64>, out: Option<&Path>) -> anyhow::Result<()> {
    let row = match id {
        Some(id) => store.snapshot(id).await?,
        None => store.latest_snapshot().await?,
    };
    let mut data: Value = serde_json::from_str(&row.data)
        .with_context(|| format!("catalog snapshot {} in the database is malformed", row.id))?;
    if let (Some(map), Some(at)) = (data.as_object_mut(), row.created_at) {
        map.entry("generated_at").or_insert_with(|| json!(at.to_rfc3339_opts(chrono::SecondsFormat::Millis, true)));
    }
    let stored = |text: &Option<String>| -> anyhow::Result<Value> {
        Ok(match text {
            Some(t) => serde_json::from_str(t)
                .with_context(|| format!("catalog snapshot {}'s gateway columns are malformed", row.id))?,
            None => Value::Null,
        })
    };
    if let (Some(map), true) = (data.as_object_mut(), row.columns != GatewayColumns::default()) {
        map.insert(
            GATEWAY_COLUMNS_KEY.into(),
            json!({"openrouter": stored(&row.columns.openrouter)?, "vercel": stored(&row.columns.vercel)?}),
        );
    }
    let mut text = serde_json::to_string_pretty(&data)?;
    text.push('\n');
    match out.filter(|path| !crate::atomic_file::is_stdout(path)) {
        None => ctx.out.json_text(&text)?,
        Some(path) => {
            crate::atomic_file::write(path, text.as_bytes()).map_err(|e| {
                fixable(format!("could not write '{}': {e}", path.display()), "check the path and permissions")
            })?;
            ctx.out.note(format!("wrote catalog snapshot {} to {}", row.id, path.display()));
        }
    }
    Ok(())
}

async fn list(ctx: &Ctx, store: &Store) -> anyhow::Result<()> {
    let facts = ctx.facts(store).await?;
    let mut summaries = Vec::new();
    store
        .for_each_snapshot(&mut |row| {
            summaries.push(summary_of(&Snapshot::from_row(row, &facts)?));
            Ok(())
        })
        .await?;
    ctx.out.show(&Snapshots(summaries))?;
    Ok(())
}

async fn show(ctx: &Ctx, store: &Store, id: Option<i64>) -> anyhow::Result<()> {
    let snapshot = Snapshot::load(ctx, store, id).await?;
    let c = &snapshot.catalog;
    let counts = c.model_counts();
    let providers = c
        .providers()
        .iter()
        .enumerate()
        .map(|(i, p)| ProviderCounts {
            slug: p.slug.clone(),
            name: p.name.clone(),
            live: counts[i] > 0,
            models: counts[i],
            free_models: c.models().iter().filter(|m| m.variants.iter().any(|v| v.free.contains(i as u16))).count(),
        })
        .collect();
    ctx.out.show(&Shown { snapshot: summary_of(&snapshot), providers })?;
    Ok(())
}

async fn diff(ctx: &Ctx, store: &Store, from: Option<i64>, to: Option<i64>) -> anyhow::Result<()> {
    let (before, after) = Snapshot::range(ctx, store, from, to).await?;
    let diff = catalog::diff(&before.catalog, &after.catalog);
    ctx.out.show(&Diff { from: before.id, to: after.id, diff })?;
    Ok(())
}

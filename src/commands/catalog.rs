//! `catalog import|list|show|diff`.

use std::io::Read;
use std::path::Path;

use anyhow::Context as _;
use serde::Serialize;
use serde_json::{json, Value};

use crate::cli::{CatalogCommand, InputFormatArg};
use crate::error::fixable;
use crate::output::{plural, Tone};
use crate::policy::catalog::{self, parse_import, Catalog, InputFormat};
use crate::store::Store;
use crate::ExitStatus;

use crate::services::{Ctx, Snapshot};

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
            import(ctx, &store, &args.file, args.input_format, args.force).await?
        }
        CatalogCommand::Export { id, out } => export(ctx, &store, id, out.as_deref()).await?,
        CatalogCommand::List => list(ctx, &store).await?,
        CatalogCommand::Show { id } => show(ctx, &store, id).await?,
        CatalogCommand::Diff { from, to } => diff(ctx, &store, from, to).await?,
    }
    Ok(ExitStatus::Success)
}

/// Counts that describe a snapshot, in every listing.
#[derive(Debug, Serialize)]
struct Summary {
    id: i64,
    created_at: Option<String>,
    generated_at: Option<Value>,
    providers: usize,
    live_providers: usize,
    models: usize,
    pairs: usize,
}

impl Summary {
    fn of(s: &Snapshot) -> Self {
        Self {
            id: s.id,
            created_at: s.created_at.map(|t| t.to_rfc3339()),
            generated_at: s.data.extra.get("generated_at").cloned(),
            providers: s.catalog.providers().len(),
            live_providers: s.catalog.live().len(),
            models: s.catalog.models().len(),
            pairs: s.catalog.pair_count(),
        }
    }

    fn sentence(&self) -> String {
        format!(
            "{}, {}, {}",
            plural(self.live_providers, "live provider", "live providers"),
            plural(self.models, "model", "models"),
            plural(self.pairs, "model/provider pair", "model/provider pairs")
        )
    }
}

fn read_file(path: &Path) -> anyhow::Result<String> {
    let mut text = String::new();
    if path.as_os_str() == "-" {
        std::io::stdin().read_to_string(&mut text).context("could not read the catalog from standard input")?;
    } else {
        text = std::fs::read_to_string(path)
            .with_context(|| format!("could not read catalog file '{}'", path.display()))?;
    }
    Ok(text)
}

async fn import(ctx: &Ctx, store: &Store, path: &Path, format: InputFormatArg, force: bool) -> anyhow::Result<()> {
    let text = read_file(path)?;
    let format = match format {
        InputFormatArg::Auto => InputFormat::Auto,
        InputFormatArg::Snapshot => InputFormat::Snapshot,
        InputFormatArg::Openrouter => InputFormat::Openrouter,
    };
    let data = parse_import(&text, format).with_context(|| format!("catalog file '{}' is invalid", path.display()))?;
    let incoming = Catalog::new(&data);
    let previous = Snapshot::latest_if_any(store).await?;
    let change = previous.as_ref().map(|p| catalog::diff(&p.catalog, &incoming));
    if let (Some(prev), Some(change)) = (&previous, &change) {
        let live = prev.catalog.live().len();
        if change.providers_removed.len() * 2 > live && !force {
            return Err(fixable(
                format!(
                    "catalog file '{}' would drop {} of the {live} live providers of snapshot {} ({})",
                    path.display(),
                    change.providers_removed.len(),
                    prev.id,
                    change.providers_removed.join(", ")
                ),
                "check the file; if those providers really left the catalog, import it with --force",
            ));
        }
    }
    let id = store.insert_snapshot(&serde_json::to_string(&data)?, chrono::Utc::now()).await?;
    let stored = Snapshot::from_row(store.snapshot(id).await?)?;
    let summary = Summary::of(&stored);
    if ctx.out.is_json() {
        ctx.out.json(&json!({ "snapshot": summary, "previous": previous.as_ref().map(|p| p.id), "diff": change }))?;
        return Ok(());
    }
    ctx.out.line(format!("imported catalog snapshot {id}: {}", summary.sentence()))?;
    if let (Some(prev), Some(change)) = (previous, change) {
        ctx.out.line(format!(
            "since snapshot {}: {} providers added, {} removed; {} models added, {} removed",
            prev.id,
            change.providers_added.len(),
            change.providers_removed.len(),
            change.models_added.len(),
            change.models_removed.len()
        ))?;
        if !change.providers_added.is_empty() {
            ctx.out.note(format!(
                "new providers: {} (see `orgpolicy catalog diff` for the details)",
                change.providers_added.join(", ")
            ));
        }
    }
    Ok(())
}

/// The snapshot's data as stored, with `generated_at` added when the row keeps its time in a
/// column (orgpolicy's schema): a file `catalog import`, `diff --catalog` and
/// `--catalog-history` read back, in order.
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
    let mut text = serde_json::to_string_pretty(&data)?;
    text.push('\n');
    match out {
        None => ctx.out.raw(&text)?,
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
    let mut summaries = Vec::new();
    store
        .for_each_snapshot(&mut |row| {
            summaries.push(Summary::of(&Snapshot::from_row(row)?));
            Ok(())
        })
        .await?;
    if ctx.out.is_json() {
        ctx.out.json(&summaries)?;
        return Ok(());
    }
    if summaries.is_empty() {
        ctx.out.note("no catalog snapshots yet: import one with `orgpolicy catalog import FILE`");
        return Ok(());
    }
    let mut table = ctx.out.new_table(&["id", "created", "generated", "live providers", "models", "pairs"]);
    for s in &summaries {
        table.add_row(vec![
            s.id.to_string(),
            s.created_at.as_deref().map_or("-".into(), |c| c.get(..16).unwrap_or(c).replace('T', " ")),
            s.generated_at.as_ref().and_then(Value::as_str).unwrap_or("-").to_string(),
            s.live_providers.to_string(),
            s.models.to_string(),
            s.pairs.to_string(),
        ]);
    }
    ctx.out.table(&table)?;
    Ok(())
}

async fn show(ctx: &Ctx, store: &Store, id: Option<i64>) -> anyhow::Result<()> {
    let snapshot = Snapshot::load(store, id).await?;
    let c = &snapshot.catalog;
    let counts = c.model_counts();
    let free_counts: Vec<usize> = c
        .providers()
        .iter()
        .enumerate()
        .map(|(i, _)| c.models().iter().filter(|m| m.variants.iter().any(|v| v.free.contains(i as u16))).count())
        .collect();
    if ctx.out.is_json() {
        let providers: Vec<Value> = c
            .providers()
            .iter()
            .enumerate()
            .map(|(i, p)| json!({"slug": p.slug, "name": p.name, "live": counts[i] > 0, "models": counts[i], "free_models": free_counts[i]}))
            .collect();
        ctx.out.json(&json!({ "snapshot": Summary::of(&snapshot), "providers": providers }))?;
        return Ok(());
    }
    let mut table = ctx.out.new_table(&["provider", "name", "models", "free"]);
    for (i, p) in c.providers().iter().enumerate() {
        let models = if counts[i] == 0 { ctx.out.cell("not live", Tone::Dim) } else { counts[i].into() };
        table.add_row(vec![p.slug.clone().into(), p.name.clone().into(), models, free_counts[i].into()]);
    }
    ctx.out.table(&table)?;
    ctx.out.line(format!("snapshot {}: {}", snapshot.id, Summary::of(&snapshot).sentence()))?;
    Ok(())
}

async fn diff(ctx: &Ctx, store: &Store, from: Option<i64>, to: Option<i64>) -> anyhow::Result<()> {
    let (before, after) = Snapshot::range(store, from, to).await?;
    let change = catalog::diff(&before.catalog, &after.catalog);
    if ctx.out.is_json() {
        ctx.out.json(&json!({ "from": before.id, "to": after.id, "diff": change }))?;
        return Ok(());
    }
    ctx.out.line(format!("catalog snapshot {} → {}", before.id, after.id))?;
    let sections = [
        ("providers added", &change.providers_added, "+", Tone::Good),
        ("providers removed", &change.providers_removed, "-", Tone::Bad),
        ("models added", &change.models_added, "+", Tone::Good),
        ("models removed", &change.models_removed, "-", Tone::Bad),
    ];
    for (title, items, sign, tone) in sections {
        if items.is_empty() {
            continue;
        }
        ctx.out.line(format!("{title} ({}):", items.len()))?;
        for item in items {
            ctx.out.line(format!("  {}", ctx.out.paint(format!("{sign} {item}"), tone)))?;
        }
    }
    ctx.out.line(format!(
        "{} providers added, {} removed; {} models added, {} removed; {} pairs added, {} removed",
        change.providers_added.len(),
        change.providers_removed.len(),
        change.models_added.len(),
        change.models_removed.len(),
        change.pairs_added,
        change.pairs_removed
    ))?;
    Ok(())
}

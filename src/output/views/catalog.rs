//! `catalog import|list|show|diff`.

use std::io;

use serde::Serialize;
use serde_json::Value;

use crate::output::{Output, Tone, View};
use crate::policy::catalog::CatalogDiff;

/// Counts that describe a snapshot, in every listing: `{"id", "created_at", "generated_at",
/// "providers", "live_providers", "models", "pairs"}`.
#[derive(Debug, Serialize)]
pub struct SnapshotSummary {
    pub id: i64,
    pub created_at: Option<String>,
    pub generated_at: Option<Value>,
    pub providers: usize,
    pub live_providers: usize,
    pub models: usize,
    pub pairs: usize,
}

impl SnapshotSummary {
    fn sentence(&self) -> String {
        use crate::output::plural;
        format!(
            "{}, {}, {}",
            plural(self.live_providers, "live provider", "live providers"),
            plural(self.models, "model", "models"),
            plural(self.pairs, "model/provider pair", "model/provider pairs")
        )
    }
}

/// `catalog import`: `{"outcome": "imported" | "identical" | "dry_run", "snapshot": {summary
/// of the snapshot stored, or of the latest when identical}|null (dry run), "incoming":
/// {summary of the file; its id is the snapshot it would become}, "previous": id|null,
/// "diff": {diff}|null}`.
#[derive(Serialize)]
pub struct Imported {
    pub outcome: &'static str,
    pub snapshot: Option<SnapshotSummary>,
    pub incoming: SnapshotSummary,
    pub previous: Option<i64>,
    pub diff: Option<CatalogDiff>,
}

impl View for Imported {
    fn render(&self, out: &Output) -> io::Result<()> {
        match (self.outcome, &self.snapshot) {
            ("identical", Some(latest)) => {
                out.line(format!("catalog file is identical to snapshot {}: nothing imported", latest.id))?;
                return Ok(());
            }
            (_, Some(stored)) => out.line(format!("imported catalog snapshot {}: {}", stored.id, stored.sentence()))?,
            (_, None) => {
                out.line(format!("would import catalog snapshot {}: {}", self.incoming.id, self.incoming.sentence()))?
            }
        }
        if let (Some(previous), Some(change)) = (self.previous, &self.diff) {
            out.line(format!(
                "since snapshot {previous}: {} providers added, {} removed; {} models added, {} removed",
                change.providers_added.len(),
                change.providers_removed.len(),
                change.models_added.len(),
                change.models_removed.len()
            ))?;
            for (what, names) in
                [("new providers", &change.providers_added), ("providers gone", &change.providers_removed)]
            {
                if !names.is_empty() {
                    out.note(format!("{what}: {}", names.join(", ")));
                }
            }
        }
        if self.snapshot.is_none() {
            out.note("dry run: nothing written");
        }
        Ok(())
    }
}

/// `catalog list`: a JSON array of snapshot summaries, oldest first.
#[derive(Serialize)]
#[serde(transparent)]
pub struct Snapshots(pub Vec<SnapshotSummary>);

impl View for Snapshots {
    fn render(&self, out: &Output) -> io::Result<()> {
        if self.0.is_empty() {
            out.note("no catalog snapshots yet: import one with `orgpolicy catalog import FILE`");
            return Ok(());
        }
        let mut table = out.new_table(&["id", "created", "generated", "live providers", "models", "pairs"]);
        for s in &self.0 {
            let created = s.created_at.as_deref().map_or("-".into(), |c| c.get(..16).unwrap_or(c).replace('T', " "));
            table.add_row(vec![
                s.id.into(),
                created.into(),
                s.generated_at.as_ref().and_then(Value::as_str).unwrap_or("-").into(),
                s.live_providers.into(),
                s.models.into(),
                s.pairs.into(),
            ]);
        }
        out.table(&table)
    }
}

/// One provider of `catalog show`: `{"slug", "name", "live", "models", "free_models"}`.
#[derive(Serialize)]
pub struct ProviderCounts {
    pub slug: String,
    pub name: String,
    pub live: bool,
    pub models: usize,
    pub free_models: usize,
}

/// `catalog show`: `{"snapshot": {summary}, "providers": [...]}`.
#[derive(Serialize)]
pub struct Shown {
    pub snapshot: SnapshotSummary,
    pub providers: Vec<ProviderCounts>,
}

impl View for Shown {
    fn render(&self, out: &Output) -> io::Result<()> {
        let mut table = out.new_table(&["provider", "name", "models", "free"]);
        for p in &self.providers {
            let models = if p.live { p.models.into() } else { out.cell("not live", Tone::Dim) };
            table.add_row(vec![p.slug.clone().into(), p.name.clone().into(), models, p.free_models.into()]);
        }
        out.table(&table)?;
        out.line(format!("snapshot {}: {}", self.snapshot.id, self.snapshot.sentence()))
    }
}

/// `catalog diff`: `{"from", "to", "diff": {"providers_added", "providers_removed",
/// "models_added", "models_removed", "pairs_added", "pairs_removed"}}`.
#[derive(Serialize)]
pub struct Diff {
    pub from: i64,
    pub to: i64,
    pub diff: CatalogDiff,
}

impl View for Diff {
    fn render(&self, out: &Output) -> io::Result<()> {
        let change = &self.diff;
        out.line(format!("catalog snapshot {} → {}", self.from, self.to))?;
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
            out.line(format!("{title} ({}):", items.len()))?;
            for item in items {
                out.line(format!("  {}", out.paint(format!("{sign} {item}"), tone)))?;
            }
        }
        out.line(format!(
            "{} providers added, {} removed; {} models added, {} removed; {} pairs added, {} removed",
            change.providers_added.len(),
            change.providers_removed.len(),
            change.models_added.len(),
            change.models_removed.len(),
            change.pairs_added,
            change.pairs_removed
        ))
    }
}

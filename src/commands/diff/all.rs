//! `diff --all`: what an era change, a catalog sync or the backfill does to every org (and the
//! members whose grant depends on it), streamed with a summary.

use std::sync::Arc;

use chrono::{DateTime, Utc};
use serde_json::{json, Value};

use crate::cli::DiffArgs;
use crate::exit::ExitStatus;
use crate::output::stream::{render_item, ListWriter};
use crate::output::views::fleet_diff::{columns, rows, FleetTotals, OrgMove};
use crate::output::Format;
use crate::services::fleet::{self, FleetScan};
use crate::services::fleet_diff::{org_move, FleetChange, Moves};
use crate::services::{Ctx, Snapshot};
use crate::store::{FleetMembers, Schema, Store};

use super::{catalogs, sync_log_since};

/// The change compared, how to name it, its two sides as the JSON says them, and since when
/// the sync's audit rows are compared with it.
struct Resolved {
    change: FleetChange,
    kind: &'static str,
    title: String,
    from: Value,
    to: Value,
    sync_log_since: Option<DateTime<Utc>>,
}

pub async fn run(ctx: &Ctx, args: DiffArgs) -> anyhow::Result<ExitStatus> {
    let store = ctx.store().await?;
    let Resolved { change, kind, title, from, to, sync_log_since } = resolve(ctx, &store, &args).await?;
    let members = match (args.members, change.reads_groups()) {
        (true, _) => FleetMembers::All,
        (false, true) => FleetMembers::UsingGroups,
        (false, false) => FleetMembers::None,
    };
    let mut how = FleetScan::of(members, ctx.rules(), store.schema() == Schema::Own);
    how.read.sync_log_since = sync_log_since;
    if ctx.out.format() == Format::Markdown && ctx.out.headers() {
        ctx.out.raw(&format!("### Effective access: {title}\n\n"))?;
    }
    let sync_log = sync_log_since.is_some();
    let head = [
        ("change", json!(kind)),
        ("from", from),
        ("to", to),
        ("rules", json!(ctx.rules())),
        ("sync_log", sync_log_since.map_or(Value::Null, |since| json!({"since": since}))),
    ];
    let columns = columns(sync_log);
    let mut list = ListWriter::start(&ctx.out, &head, "orgs", columns)?;
    let mut totals = FleetTotals { sync_log: sync_log.then(Default::default), ..FleetTotals::default() };
    let progress = crate::output::progress::reading(&ctx.out);
    let mut emit = |moved: Option<(OrgMove, Option<String>)>| -> anyhow::Result<()> {
        progress.inc(1);
        if let Some((moved, rendered)) = moved {
            totals.add(&moved);
            list.item_or_rendered(&moved, rendered.as_deref(), || rows(&moved, sync_log))?;
        }
        Ok(())
    };
    let every_member = args.members;
    let (change, out) = (Arc::new(change), ctx.out.clone());
    // Decided and rendered on the workers: the main thread only writes.
    let work = move || {
        let (change, out) = (Arc::clone(&change), out.clone());
        let mut moves = Moves::default();
        move |org: fleet::FleetOrg| -> anyhow::Result<Option<(OrgMove, Option<String>)>> {
            let Some(moved) = org_move(&org, &change, every_member, &mut moves) else { return Ok(None) };
            let rendered = render_item(&out, columns, &moved, || rows(&moved, sync_log))?;
            Ok(Some((moved, rendered)))
        }
    };
    totals.orgs_read = fleet::scan(&store, how, work, &mut emit).await?;
    progress.finish_and_clear();
    list.finish(&[("summary", serde_json::to_value(&totals)?)])?;
    match ctx.out.format() {
        Format::Markdown if ctx.out.headers() => ctx.out.raw(&totals.markdown())?,
        Format::Table => ctx.out.summary(format!("{title}: {}", totals.sentence())),
        _ => {}
    }
    Ok(ExitStatus::Success)
}

/// `--rules A..B`, `--migration`, else `--catalog A..B` (by default the previous snapshot and
/// the latest).
async fn resolve(ctx: &Ctx, store: &Store, args: &DiffArgs) -> anyhow::Result<Resolved> {
    if let Some((from, to)) = ctx.rules_range() {
        let snapshot = Snapshot::latest(ctx, store).await?;
        let id = snapshot.id;
        return Ok(Resolved {
            change: FleetChange::Rules { from, to, catalog: Arc::new(snapshot.catalog) },
            kind: "rules",
            title: format!("rules {from} → {to} (catalog snapshot {id})"),
            from: json!({"rules": from, "snapshot_id": id}),
            to: json!({"rules": to, "snapshot_id": id}),
            sync_log_since: None,
        });
    }
    if args.migration {
        let snapshot = Snapshot::latest(ctx, store).await?;
        let id = snapshot.id;
        return Ok(Resolved {
            change: FleetChange::Migration { rules: ctx.rules(), catalog: Arc::new(snapshot.catalog) },
            kind: "migration",
            title: format!("current settings → after `backfill apply` (catalog snapshot {id})"),
            from: json!({"settings": "current", "snapshot_id": id}),
            to: json!({"settings": "migrated", "snapshot_id": id}),
            sync_log_since: None,
        });
    }
    let range = args.catalog.as_deref().unwrap_or("..");
    let (before, after) = catalogs(ctx, store, range, args.catalog_history.as_deref()).await?;
    let sync_log_since = sync_log_since(ctx, store, &after).await?;
    Ok(Resolved {
        title: format!("catalog {} → {}", before.label, after.label),
        from: serde_json::to_value(&before.side)?,
        to: serde_json::to_value(&after.side)?,
        change: FleetChange::Catalog {
            rules: ctx.rules(),
            from: Arc::new(before.catalog),
            to: Arc::new(after.catalog),
            sync_log: sync_log_since.is_some(),
        },
        kind: "catalog",
        sync_log_since,
    })
}

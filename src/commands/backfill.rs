//! `backfill plan|apply|rollback`: the one-shot deny-to-allow migration (SPEC §6).
//!
//! Planning streams every org once (read-only), writes the hashed plan file entry by entry
//! and prints a row per org. Applying streams the plan file in batches; each batch is one
//! transaction of compare-and-swaps with one audit row per changed org, so a crash loses at
//! most the batch in flight and a rerun finishes the job (orgs already migrated are
//! recognized, orgs someone else changed are reported as conflicts and left alone).

use std::collections::HashSet;
use std::io;
use std::path::Path;
use std::time::Instant;

use serde::Serialize;
use serde_json::json;

use crate::cli::{ApplyArgs, BackfillCommand, PlanArgs, RollbackArgs, ScopeArgs};
use crate::error::fixable;
use crate::output::stream::{JsonList, Lines};
use crate::output::{self, plural, truncate, Output, Tone};
use crate::parallel::{self, OrderedPool};
use crate::planfile::{Entry, EntryRef, Header, PlanWriter, VerifiedPlan, FORMAT, VERSION};
use crate::policy::backfill::{is_backfill_shaped, Rederived};
use crate::policy::backfill::{Planner, Scope, Skip, Verdict};
use crate::policy::evaluate::is_enterprise;
use crate::policy::Rules;
use crate::policy::{Org, Settings};
use crate::store::{AbortPoint, BatchAudit, OrgFilter, OrgRow, Store, Swap, SwapOutcome};
use crate::store::{Schema, SETTINGS_CHANGE};
use crate::ExitStatus;

use super::{Ctx, Snapshot};

pub async fn run(ctx: &Ctx, cmd: BackfillCommand) -> anyhow::Result<ExitStatus> {
    match cmd {
        BackfillCommand::Plan(args) => plan(ctx, args).await,
        BackfillCommand::Apply(args) => apply(ctx, args).await,
        BackfillCommand::Rollback(args) => rollback(ctx, args).await,
    }
}

/// What a planning pass saw.
#[derive(Debug, Default, Serialize)]
struct Summary {
    scanned: u64,
    to_migrate: u64,
    access_changes: u64,
    not_enterprise: u64,
    already_allow_mode: u64,
    no_provider_deny_list: u64,
    invalid_settings: u64,
    warnings: u64,
}

impl Summary {
    fn skip(&mut self, skip: Skip) {
        *match skip {
            Skip::NotEnterprise => &mut self.not_enterprise,
            Skip::AlreadyAllowMode => &mut self.already_allow_mode,
            Skip::NoProviderDenyList => &mut self.no_provider_deny_list,
            Skip::InvalidSettings => &mut self.invalid_settings,
        } += 1;
    }

    fn print(&self, out: &Output, snapshot: i64, hash: &str) -> io::Result<()> {
        let changes = if self.access_changes == 0 {
            "every one access-preserving".to_string()
        } else {
            out.paint(
                format!("{} would change effective access (applied only with --accept-changes)", self.access_changes),
                Tone::Bad,
            )
        };
        out.line(format!(
            "{} to migrate (catalog snapshot {snapshot}, plan {}): {changes}",
            plural(self.to_migrate as usize, "organization", "organizations"),
            &hash[..12]
        ))?;
        out.line(format!(
            "skipped: {} not enterprise, {} already in allow mode, {} without a provider deny list, {} with invalid settings",
            self.not_enterprise, self.already_allow_mode, self.no_provider_deny_list, self.invalid_settings
        ))?;
        if self.to_migrate > 0 {
            out.line(format!(
                "after the migration, providers that join the catalog need approval before these {} can use them",
                plural(self.to_migrate as usize, "organization", "organizations")
            ))?;
        }
        Ok(())
    }
}

/// One row of the plan as shown (not the plan file's entry, which also holds the documents).
#[derive(Serialize)]
struct Row<'a> {
    id: &'a str,
    name: &'a str,
    action: &'static str,
    allowed: usize,
    denied: &'a [String],
    pairs_changed: usize,
    warnings: &'a [String],
}

impl Row<'_> {
    fn header() -> String {
        format!(
            "{:<36}  {:<28}  {:<8}  {:>7}  {:<24}  {:>7}  NOTES",
            "ID", "NAME", "ACTION", "ALLOWED", "DENIED", "CHANGED"
        )
    }

    fn text(&self, out: &Output) -> String {
        let tone = match (self.action, self.pairs_changed) {
            ("skip", _) => Tone::Bad,
            (_, 0) => Tone::Good,
            _ => Tone::Warn,
        };
        format!(
            "{:<36}  {:<28}  {}  {:>7}  {:<24}  {:>7}  {}",
            self.id,
            truncate(self.name, 28),
            out.paint(format!("{:<8}", self.action), tone),
            self.allowed,
            truncate(&self.denied.join(","), 24),
            self.pairs_changed,
            self.warnings.join("; ")
        )
    }
}

/// The ids of `--org` arguments, or `None` for every org.
async fn scope_ids(store: &Store, args: &ScopeArgs) -> anyhow::Result<Option<HashSet<String>>> {
    if args.orgs.is_empty() {
        return Ok(None);
    }
    let mut ids = HashSet::new();
    for query in &args.orgs {
        ids.insert(store.resolve_org(query).await?.id);
    }
    Ok(Some(ids))
}

/// How plan rows are shown while planning.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Rows {
    Table,
    Json,
    Hidden,
}

/// One org planned on a worker thread, ready to write.
struct Planned {
    outcome: Outcome,
    /// The plan-file line (migrations only).
    entry: Option<Vec<u8>>,
    /// The row to print, rendered (none for quiet skips or hidden rows).
    row: Option<String>,
}

enum Outcome {
    Skip(Skip),
    Migrate { access_change: bool, warnings: u64 },
}

/// Plans one enterprise org: parse, transform, check the invariant, serialize.
fn plan_org(planner: &Planner<'_>, rules: Rules, row: &OrgRow, rows: Rows, out: &Output) -> anyhow::Result<Planned> {
    let settings = Settings::parse(&row.settings);
    // Custom models are left out: they are exempt under both the old and the new settings,
    // so they cannot make the two sides differ.
    let org = Org { plan: &row.plan, settings: &settings, custom_models: &[], rules };
    let render = |shown: Row<'_>| -> anyhow::Result<Option<String>> {
        Ok(match rows {
            Rows::Table => Some(shown.text(out)),
            Rows::Json => Some(serde_json::to_string(&shown)?),
            Rows::Hidden => None,
        })
    };
    match planner.plan(org) {
        Verdict::Skip(Skip::InvalidSettings) => {
            let warning =
                [format!("skipped: {}", settings.policy().err().map(ToString::to_string).unwrap_or_default())];
            let row = render(Row {
                id: &row.id,
                name: &row.name,
                action: "skip",
                allowed: 0,
                denied: &[],
                pairs_changed: 0,
                warnings: &warning,
            })?;
            Ok(Planned { outcome: Outcome::Skip(Skip::InvalidSettings), entry: None, row })
        }
        Verdict::Skip(skip) => Ok(Planned { outcome: Outcome::Skip(skip), entry: None, row: None }),
        Verdict::Migrate(mut m) => {
            let outcome = Outcome::Migrate { access_change: !m.preserves_access(), warnings: m.warnings.len() as u64 };
            let mut warnings = std::mem::take(&mut m.warnings);
            if !m.preserves_access() {
                warnings.push(format!(
                    "effective access would change: {} pairs gained, {} lost",
                    m.access_change.gained, m.access_change.lost
                ));
            }
            let entry = EntryRef {
                id: &row.id,
                name: &row.name,
                old: &settings,
                new: &m.new_settings,
                allowed: m.allowed,
                denied: &m.denied,
                pairs_changed: m.pairs_changed(),
                warnings: &warnings,
            };
            let line = entry.line()?;
            let row = render(Row {
                id: &row.id,
                name: &row.name,
                action: "migrate",
                allowed: m.allowed,
                denied: &m.denied,
                pairs_changed: entry.pairs_changed,
                warnings: &warnings,
            })?;
            Ok(Planned { outcome, entry: Some(line), row })
        }
    }
}

/// Streams every org through the transformation, writing the plan file and the rows.
async fn write_plan(
    ctx: &Ctx,
    store: &Store,
    snapshot: &Snapshot,
    args: &ScopeArgs,
    path: &Path,
    rows: Rows,
) -> anyhow::Result<(Summary, String)> {
    let only = scope_ids(store, args).await?;
    let scope = Scope { include_unrestricted: args.include_unrestricted };
    let rules = ctx.rules(store);
    let header = Header {
        format: FORMAT.into(),
        version: VERSION,
        created_at: chrono::Utc::now().to_rfc3339(),
        database: store.url().into(),
        database_id: store.identity().await?,
        snapshot_id: snapshot.id,
        snapshot_sha256: store.snapshot_fingerprint(snapshot.id).await?,
        catalog_fingerprint: snapshot.catalog.policy_fingerprint(),
        rules: rules.as_str().into(),
        include_unrestricted: scope.include_unrestricted,
    };
    let unwritable = |e: std::io::Error| {
        fixable(
            format!("could not write plan file '{}': {e}", path.display()),
            "check the path, its permissions and the free space; nothing was written there",
        )
    };
    let mut writer = PlanWriter::create(path, &header).map_err(unwritable)?;
    let (mut json, mut table) = match rows {
        Rows::Json => {
            (Some(JsonList::start(&[("snapshot_id", json!(snapshot.id)), ("rules", json!(rules))], "orgs")?), None)
        }
        Rows::Table => (None, Some(Lines::start(&Row::header(), ctx.out.colors_stdout())?)),
        Rows::Hidden => (None, None),
    };
    let mut summary = Summary::default();
    let mut sink = |planned: anyhow::Result<Planned>| -> anyhow::Result<()> {
        let planned = planned?;
        match planned.outcome {
            Outcome::Skip(skip) => summary.skip(skip),
            Outcome::Migrate { access_change, warnings } => {
                summary.to_migrate += 1;
                summary.access_changes += u64::from(access_change);
                summary.warnings += warnings;
            }
        }
        if let Some(line) = &planned.entry {
            writer.entry_line(line).map_err(unwritable)?;
        }
        match (&planned.row, &mut json, &mut table) {
            (Some(row), Some(json), _) => json.raw_item(row)?,
            (Some(row), _, Some(table)) => table.line(row)?,
            _ => {}
        }
        Ok(())
    };
    // Parsing, planning, checking and serializing run on worker threads; rows come back in
    // scan order, so the plan file and its hash are what a sequential run writes.
    let catalog = std::sync::Arc::new(snapshot.catalog.clone());
    let shown_by = ctx.out.clone();
    let mut pool = OrderedPool::new(parallel::threads(), || {
        let (catalog, out) = (std::sync::Arc::clone(&catalog), shown_by.clone());
        move |batch: Vec<OrgRow>| {
            let planner = Planner::new(&catalog, scope);
            batch.into_iter().map(|row| plan_org(&planner, rules, &row, rows, &out)).collect::<Vec<_>>()
        }
    });
    let (mut scanned, mut not_enterprise) = (0, 0);
    store
        .for_each_org(&OrgFilter::default(), &mut |row| {
            if only.as_ref().is_some_and(|ids| !ids.contains(&row.id)) {
                return Ok(());
            }
            scanned += 1;
            if !is_enterprise(&row.plan) {
                // Never in scope, never shown: not worth parsing.
                not_enterprise += 1;
                return Ok(());
            }
            let bytes = row.settings.len();
            pool.push(row, bytes, &mut sink)
        })
        .await?;
    pool.finish(&mut sink)?;
    summary.scanned = scanned;
    summary.not_enterprise += not_enterprise;
    let hash = writer.finish().map_err(unwritable)?;
    if let Some(json) = json {
        json.finish(&[("summary", serde_json::to_value(&summary)?), ("plan_sha256", json!(hash))])?;
    }
    if let Some(table) = table {
        table.finish()?;
    }
    Ok((summary, hash))
}

async fn plan(ctx: &Ctx, args: PlanArgs) -> anyhow::Result<ExitStatus> {
    let store = ctx.store().await?;
    let snapshot = Snapshot::latest(ctx, &store).await?;
    if let (Some(out), false) = (&args.out, args.force) {
        refuse_to_overwrite_applied_plan(&store, out).await?;
    }
    let temp;
    let path = match &args.out {
        Some(path) => path.as_path(),
        None => {
            temp = tempfile::NamedTempFile::new()?;
            temp.path()
        }
    };
    let rows = if ctx.out.is_json() { Rows::Json } else { Rows::Table };
    let (summary, hash) = write_plan(ctx, &store, &snapshot, &args.scope, path, rows).await?;
    if !ctx.out.is_json() {
        summary.print(&ctx.out, snapshot.id, &hash)?;
        match &args.out {
            Some(out) if summary.to_migrate > 0 => ctx.out.note(format!(
                "plan written to {}: apply it with `orgpolicy backfill apply {}`",
                out.display(),
                out.display()
            )),
            None if summary.to_migrate > 0 => {
                ctx.out.note("nothing written: pass --out FILE to keep this plan for `backfill apply`")
            }
            _ => {}
        }
    }
    Ok(match (args.detailed_exitcode, summary.to_migrate) {
        (true, n) if n > 0 => ExitStatus::ChangesPending,
        _ => ExitStatus::Success,
    })
}

/// An applied plan is what rolls its migration back: replacing it (re-planning after apply
/// finds nothing left to do) would lose the way back, so it takes `--force`.
async fn refuse_to_overwrite_applied_plan(store: &Store, out: &Path) -> anyhow::Result<()> {
    if !std::fs::metadata(out).is_ok_and(|m| m.is_file()) {
        return Ok(());
    }
    let Ok(existing) = VerifiedPlan::open(out) else {
        return Ok(());
    };
    if existing.orgs > 0 && store.backfill_applied(&existing.hash).await? {
        return Err(fixable(
            format!(
                "plan file '{}' holds plan {}, which has been applied to this database: it is what rolls that migration back",
                out.display(),
                &existing.hash[..12]
            ),
            "write the new plan to another file, or pass --force to replace it",
        ));
    }
    Ok(())
}

/// Refuses a plan made under other rules, or against a catalog that has changed since in a way
/// policy reads (a new snapshot with the same providers and models is fine); returns that
/// catalog, the one apply re-derives every write over.
async fn check_plan_matches(ctx: &Ctx, store: &Store, plan: &VerifiedPlan) -> anyhow::Result<crate::policy::Catalog> {
    check_same_database(ctx, store, plan).await?;
    let path = plan.path.display();
    let rules = ctx.rules(store);
    if plan.header.rules != rules.as_str() {
        return Err(fixable(
            format!(
                "plan file '{path}' was made under the {} rules, and the {rules} rules are in force",
                plan.header.rules
            ),
            format!("pass --rules {} to use it, or make a new plan under the rules in force", plan.header.rules),
        ));
    }
    let latest = Snapshot::from_row(store.latest_snapshot().await?)?;
    if plan.header.catalog_fingerprint != latest.catalog.policy_fingerprint() {
        return Err(fixable(
            format!(
                "plan file '{path}' is stale: the catalog changed in what policy reads since the plan was made (snapshot {} then, {} now)",
                plan.header.snapshot_id, latest.id
            ),
            "make a new plan with `orgpolicy backfill plan --out FILE`: allow lists must match the current catalog",
        ));
    }
    Ok(latest.catalog)
}

/// Refuses a plan made on another database: the identity it pins (server and database, see
/// `Store::identity`), not the URL, decides. Plans made before pinning carry none: they are
/// taken with a warning, so that one applied by an older version can still be rolled back.
async fn check_same_database(ctx: &Ctx, store: &Store, plan: &VerifiedPlan) -> anyhow::Result<()> {
    let here = store.identity().await?;
    let path = plan.path.display();
    if plan.header.database_id.is_empty() {
        ctx.out.warn(format!(
            "plan file '{path}' does not say which database it was made on (made against {})",
            plan.header.database
        ));
        return Ok(());
    }
    if plan.header.database_id != here {
        return Err(fixable(
            format!(
                "plan file '{path}' was made on another database: {} ({}), not {} ({here})",
                plan.header.database,
                plan.header.database_id,
                store.url()
            ),
            "use a plan on the database it was made on, or make one here with `orgpolicy backfill plan --out FILE`",
        ));
    }
    Ok(())
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Direction {
    Apply,
    Rollback,
}

/// What a run of batches did.
#[derive(Debug, Default, Serialize)]
struct Report {
    plan_sha256: String,
    /// The rules the plan was made, and is applied, under.
    rules: String,
    changed: u64,
    already_done: u64,
    /// Every conflicting org (complete; tables show a few and the count).
    conflicts: Vec<String>,
    conflicts_total: u64,
    missing: Vec<String>,
    missing_total: u64,
    /// Entries that are not what the backfill makes of their old document (an edited plan):
    /// refused, never written.
    refused: Vec<String>,
    refused_total: u64,
    skipped_access_changes: u64,
    batches: u64,
    seconds: f64,
}

/// Documents (old and new) a batch carries at most, whatever `--batch-size` says: a batch of
/// big documents ends early (an org bigger than this goes alone), so memory is bounded by the
/// batch, not by the size of what orgs store.
const BATCH_BYTES: usize = 16 << 20;

/// Conflict and missing ids a table names before it says how many more there are.
const SHOWN_IDS: usize = 10;

/// Writes a plan's entries in batches. Every write is re-derived first: applying, the new
/// document is recomputed from the old one over `catalog` (the plan's, checked by fingerprint)
/// and must be the planned one byte for byte, and the invariant is checked again; rolling back,
/// the pair must differ only in what the backfill writes. An entry that fails is refused and
/// reported, never written: the plan file is what a person reviewed and what compare-and-swap
/// compares against, not a source of documents.
async fn run_batches(
    ctx: &Ctx,
    store: &Store,
    plan: &VerifiedPlan,
    direction: Direction,
    catalog: Option<&crate::policy::Catalog>,
    batch_size: usize,
    accept_changes: bool,
) -> anyhow::Result<Report> {
    let start = Instant::now();
    let short = &plan.hash[..12];
    let audit = BatchAudit {
        action: SETTINGS_CHANGE.into(),
        actor: ctx.actor(store.schema()),
        details: match direction {
            Direction::Apply => {
                json!({"tool": "orgpolicy", "backfill": {"plan_sha256": plan.hash, "snapshot_id": plan.header.snapshot_id}})
            }
            Direction::Rollback => json!({"tool": "orgpolicy", "backfill_rollback": {"plan_sha256": plan.hash}}),
        },
    };
    // Crash tests make the process abort at a chosen point (see tests/backfill.rs).
    let abort = std::env::var("ORGPOLICY_TEST_ABORT").ok().and_then(|v| AbortPoint::parse(&v));
    let bar = output::progress::orgs(&ctx.out, plan.orgs);
    let mut report = Report { plan_sha256: plan.hash.clone(), rules: plan.header.rules.clone(), ..Report::default() };
    let mut batch: Vec<Swap> = Vec::with_capacity(batch_size.min(1024));
    let mut entries = plan.entries()?.peekable();
    let rules = ctx.rules(store);
    let planner = catalog.map(|c| Planner::new(c, Scope { include_unrestricted: plan.header.include_unrestricted }));
    while entries.peek().is_some() {
        batch.clear();
        let mut batch_bytes = 0;
        for entry in entries.by_ref() {
            let entry = entry?;
            let verdict = match &planner {
                Some(planner) => planner.rederive(rules, entry.old.get(), entry.new.get()),
                None if is_backfill_shaped(entry.old.get(), entry.new.get()) => {
                    Rederived::Matches { preserves_access: true }
                }
                None => Rederived::Differs,
            };
            let skip = match verdict {
                Rederived::Differs => {
                    report.refused_total += 1;
                    report.refused.push(entry.id.clone());
                    true
                }
                Rederived::Matches { preserves_access: false } if !accept_changes => {
                    report.skipped_access_changes += 1;
                    true
                }
                Rederived::Matches { .. } => false,
            };
            if skip {
                bar.inc(1);
                continue;
            }
            batch_bytes += entry.old.get().len() + entry.new.get().len();
            batch.push(swap_of(entry, direction, short, store.schema()));
            if batch.len() == batch_size || batch_bytes >= BATCH_BYTES {
                break;
            }
        }
        if batch.is_empty() {
            break;
        }
        report.batches += 1;
        let outcomes = store.swap_batch(report.batches as usize, &batch, &audit, abort).await?;
        for (swap, outcome) in batch.iter().zip(outcomes) {
            match outcome {
                SwapOutcome::Swapped => report.changed += 1,
                SwapOutcome::AlreadyDone => report.already_done += 1,
                SwapOutcome::Conflict => {
                    report.conflicts_total += 1;
                    report.conflicts.push(swap.org_id.clone())
                }
                SwapOutcome::Missing => {
                    report.missing_total += 1;
                    report.missing.push(swap.org_id.clone())
                }
            }
        }
        bar.inc(batch.len() as u64);
    }
    bar.finish_and_clear();
    report.seconds = start.elapsed().as_secs_f64();
    Ok(report)
}

fn swap_of(entry: Entry, direction: Direction, plan: &str, schema: Schema) -> Swap {
    if schema == Schema::Gateway {
        // The gateway's own message, from the lists it reads, and which run wrote it.
        let (from, to) = match direction {
            Direction::Apply => (&entry.old, &entry.new),
            Direction::Rollback => (&entry.new, &entry.old),
        };
        let (before, after) = (Settings::parse(from.get()), Settings::parse(to.get()));
        let (before, after) = (before.gateway_lists(), after.gateway_lists());
        let verb = match direction {
            Direction::Apply => "backfill apply",
            Direction::Rollback => "backfill rollback",
        };
        let message = crate::policy::gateway::settings_change_message(
            before.provider_allow_list.as_deref(),
            after.provider_allow_list.as_deref(),
            &before.model_deny_list,
            &after.model_deny_list,
            &format!("orgpolicy {verb}, plan {plan}"),
        );
        let (expected, replacement) = match direction {
            Direction::Apply => (entry.old, entry.new),
            Direction::Rollback => (entry.new, entry.old),
        };
        return Swap { message, org_id: entry.id, expected, replacement };
    }
    match direction {
        Direction::Apply => {
            let denied =
                if entry.denied.is_empty() { String::new() } else { format!("; denied: {}", entry.denied.join(", ")) };
            Swap {
                message: format!(
                    "backfill (plan {plan}): provider deny list converted to an allow list of {}{denied}; providers that join the catalog later need approval",
                    plural(entry.allowed, "provider", "providers")
                ),
                org_id: entry.id,
                expected: entry.old,
                replacement: entry.new,
            }
        }
        Direction::Rollback => Swap {
            message: format!(
                "backfill rollback (plan {plan}): settings restored to what they were before the backfill"
            ),
            org_id: entry.id,
            expected: entry.new,
            replacement: entry.old,
        },
    }
}

fn print_report(ctx: &Ctx, report: &Report, verb: &str) -> anyhow::Result<ExitStatus> {
    if ctx.out.is_json() {
        ctx.out.json(report)?;
    } else {
        ctx.out.line(format!(
            "{verb} {} in {:.1}s ({} batches): {} already done, {} conflicts, {} missing, {} skipped because access would change",
            plural(report.changed as usize, "organization", "organizations"),
            report.seconds,
            report.batches,
            report.already_done,
            report.conflicts_total,
            report.missing_total,
            report.skipped_access_changes
        ))?;
        if !report.conflicts.is_empty() {
            ctx.out.warn(format!(
                "settings changed since the plan was made, left as they are: {}",
                some_of(&report.conflicts)
            ));
            ctx.out.note("make a new plan to include them");
        }
        if !report.missing.is_empty() {
            ctx.out.warn(format!("organizations deleted since the plan was made: {}", some_of(&report.missing)));
        }
        if !report.refused.is_empty() {
            ctx.out.warn(format!(
                "refused {} entries that are not what the backfill makes of their documents (was the plan edited?): {}",
                report.refused_total,
                some_of(&report.refused)
            ));
            ctx.out.note("nothing was written for them; make a new plan with `orgpolicy backfill plan --out FILE`");
        }
    }
    let complete = report.conflicts.is_empty() && report.skipped_access_changes == 0 && report.refused.is_empty();
    Ok(if complete { ExitStatus::Success } else { ExitStatus::Failure })
}

/// The first few ids, then how many more (every one of them is in the JSON report).
fn some_of(ids: &[String]) -> String {
    match ids.len().checked_sub(SHOWN_IDS) {
        Some(more) if more > 0 => {
            format!("{} and {more} more (all of them with --format json)", ids[..SHOWN_IDS].join(", "))
        }
        _ => ids.join(", "),
    }
}

async fn apply(ctx: &Ctx, args: ApplyArgs) -> anyhow::Result<ExitStatus> {
    let store = ctx.store().await?;
    let temp;
    let plan = match &args.file {
        Some(path) => VerifiedPlan::open(path)?,
        None => {
            let snapshot = Snapshot::latest(ctx, &store).await?;
            temp = tempfile::NamedTempFile::new()?;
            let (summary, hash) = write_plan(ctx, &store, &snapshot, &args.scope, temp.path(), Rows::Hidden).await?;
            if !ctx.out.is_json() {
                summary.print(&ctx.out, snapshot.id, &hash)?;
            }
            VerifiedPlan::open(temp.path())?
        }
    };
    let catalog = check_plan_matches(ctx, &store, &plan).await?;
    if plan.orgs == 0 {
        ctx.out.note("nothing to migrate");
        if ctx.out.is_json() {
            ctx.out.json(&Report {
                plan_sha256: plan.hash.clone(),
                rules: plan.header.rules.clone(),
                ..Report::default()
            })?;
        }
        return Ok(ExitStatus::Success);
    }
    let question = format!(
        "migrate {} to provider allow lists (plan {})?",
        plural(plan.orgs as usize, "organization", "organizations"),
        &plan.hash[..12]
    );
    if !output::prompt::confirm_write(
        &ctx.out,
        &question,
        ctx.global.yes,
        "`orgpolicy backfill plan` to only preview it",
    )? {
        return Ok(ExitStatus::Failure);
    }
    let report = run_batches(
        ctx,
        &store,
        &plan,
        Direction::Apply,
        Some(&catalog),
        args.batch_size as usize,
        args.accept_changes,
    )
    .await?;
    print_report(ctx, &report, "migrated")
}

async fn rollback(ctx: &Ctx, args: RollbackArgs) -> anyhow::Result<ExitStatus> {
    let store = ctx.store().await?;
    let plan = VerifiedPlan::open(&args.file)?;
    check_same_database(ctx, &store, &plan).await?;
    if plan.orgs == 0 {
        // Likely a plan made after the migration (it finds nothing left to do): it cannot undo it.
        ctx.out.warn(format!(
            "plan file '{}' changes no organization, so there is nothing to restore from it",
            args.file.display()
        ));
        ctx.out.note("roll back with the plan file that was applied (`backfill apply` prints its hash)");
        return Ok(ExitStatus::Failure);
    }
    let question = format!(
        "restore the settings of up to {} from before plan {}?",
        plural(plan.orgs as usize, "organization", "organizations"),
        &plan.hash[..12]
    );
    if !output::prompt::confirm_write(&ctx.out, &question, ctx.global.yes, "inspect the plan file first")? {
        return Ok(ExitStatus::Failure);
    }
    let report = run_batches(ctx, &store, &plan, Direction::Rollback, None, args.batch_size as usize, true).await?;
    print_report(ctx, &report, "restored")
}

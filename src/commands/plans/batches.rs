//! Writing a plan's entries in batches, each re-derived before it is written.

use std::time::Instant;

use crate::error::fixable;
use crate::output::{self, plural};
use crate::planfile::{PlanEntry, VerifiedPlan};
use crate::policy::backfill::{rederive_without_catalog, Rederived};
use crate::policy::backfill::{Planner, Scope};
use crate::policy::change::Operation;
use crate::policy::trail::{self, RunDetails};
use crate::policy::{Rules, Settings};
use crate::services::Ctx;
use crate::store::{BatchAuditLog, Store, Swap, SwapOutcome};
use crate::store::{Schema, SETTINGS_CHANGE};

use crate::output::views::backfill::Report;

/// Refuses a plan made on another database: the identity it pins (server and database, see
/// `Store::identity`), not the URL, decides. Plans made before pinning carry none: they are
/// taken with a warning, so that one applied by an older version can still be rolled back.
pub(super) async fn check_same_database(ctx: &Ctx, store: &Store, plan: &VerifiedPlan) -> anyhow::Result<()> {
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

/// How to run a plan's batches.
pub(super) struct Batches<'a> {
    pub direction: Direction,
    /// The rules the plan was made under, which entries are re-derived under.
    pub rules: Rules,
    /// Whether the database is orgpolicy's own schema (its extension is read there).
    pub own_schema: bool,
    /// The catalog entries are re-derived over: the plan's own (checked by fingerprint); `None`
    /// when it is gone (rolling back on a gateway whose sync replaced it), and then what can be
    /// derived from the documents alone is.
    pub catalog: Option<&'a crate::policy::Catalog>,
    /// Rolling back: the orgs this database recorded the plan as changing; no other entry is
    /// restored.
    pub changed_by_plan: Option<&'a std::collections::HashSet<String>>,
    pub batch_size: usize,
    /// Also write entries whose effective access the migration would change.
    pub accept_changes: bool,
    /// Classify every entry against the database, read-only, and write nothing.
    pub dry_run: bool,
    /// Only the entries of these org ids (`None`: all of them).
    pub only: Option<&'a std::collections::HashSet<String>>,
}

#[derive(Clone, Copy, PartialEq, Eq)]
pub(super) enum Direction {
    Apply,
    Rollback,
}

impl Direction {
    /// What the report says was done to each org.
    fn verb(self) -> &'static str {
        match self {
            Direction::Apply => "migrated",
            Direction::Rollback => "restored",
        }
    }

    fn run(self) -> trail::Run {
        match self {
            Direction::Apply => trail::Run::Apply,
            Direction::Rollback => trail::Run::Rollback,
        }
    }
}

/// Documents (old and new) a batch carries at most, whatever `--batch-size` says: a batch of
/// big documents ends early (an org bigger than this goes alone), so memory is bounded by the
/// batch, not by the size of what orgs store.
pub(super) const BATCH_BYTES: usize = 16 << 20;

/// Writes a plan's entries in batches. Every write is re-derived first, in both directions:
/// the new document is recomputed from the old one over `catalog` (the plan's, checked by
/// fingerprint) and must be the planned one byte for byte, and the invariant is checked again;
/// rolling back, the org must also be one this plan changed here. An entry that fails is
/// refused and reported, never written: the plan file is what a person reviewed and what
/// compare-and-swap compares against, not a source of documents.
pub(super) async fn run_batches(
    ctx: &Ctx,
    store: &Store,
    plan: &VerifiedPlan,
    run: Batches<'_>,
) -> anyhow::Result<Report> {
    let Batches { direction, rules, own_schema, catalog, changed_by_plan, batch_size, accept_changes, dry_run, only } =
        run;
    let start = Instant::now();
    let short = &plan.hash[..12];
    let audit = audit_of(ctx, store, plan, direction, dry_run);
    let bar = output::progress::orgs(&ctx.out, plan.orgs);
    let mut report = empty_report(plan, direction, dry_run);
    let mut batch: Vec<Swap> = Vec::with_capacity(batch_size.min(1024));
    let mut entries = plan.entries()?.peekable();
    let operation = plan.header.operation();
    let scope = Scope { include_unrestricted: plan.header.include_unrestricted };
    let planner = catalog.map(|c| Planner::new(c, scope));
    let rederive = |entry: &PlanEntry| match changed_by_plan.is_some_and(|ids| !ids.contains(&entry.id)) {
        // An org the plan did not change here is not restored.
        true => Rederived::Differs,
        false => rederive_entry(&operation, (rules, own_schema, scope), (catalog, planner.as_ref()), entry),
    };
    while entries.peek().is_some() {
        batch.clear();
        let mut batch_bytes = 0;
        for entry in entries.by_ref() {
            let entry = entry?;
            let asked = only.is_none_or(|ids| ids.contains(&entry.id));
            if !asked || !admitted(rederive(&entry), accept_changes, &entry.id, &mut report) {
                bar.inc(1);
                continue;
            }
            batch_bytes += entry.old.get().len() + entry.new.get().len();
            batch.push(swap_of(entry, (&operation, direction), short, store.schema()));
            if batch.len() == batch_size || batch_bytes >= BATCH_BYTES {
                break;
            }
        }
        if batch.is_empty() {
            break;
        }
        report.batches += 1;
        let outcomes = write(store, &batch, report.batches as usize, &audit, dry_run).await?;
        for (swap, outcome) in batch.iter().zip(outcomes) {
            record(&mut report, &swap.org_id, outcome);
        }
        bar.inc(batch.len() as u64);
    }
    bar.finish_and_clear();
    report.seconds = start.elapsed().as_secs_f64();
    Ok(report)
}

/// The report of a run that has written nothing yet.
fn empty_report(plan: &VerifiedPlan, direction: Direction, dry_run: bool) -> Report {
    Report {
        plan_sha256: plan.hash.clone(),
        rules: plan.header.rules.clone(),
        verb: match (&plan.header.operation(), direction) {
            (Operation::Backfill { .. }, _) | (_, Direction::Rollback) => direction.verb(),
            (_, Direction::Apply) => "changed",
        },
        dry_run,
        ..Report::default()
    }
}

/// An entry as the plan's operation would write it now: over the plan's catalog when the
/// database still has it, else (rolling back) from its documents alone.
fn rederive_entry(
    operation: &Operation,
    (rules, own_schema, scope): (Rules, bool, Scope),
    (catalog, planner): (Option<&crate::policy::Catalog>, Option<&Planner<'_>>),
    entry: &PlanEntry,
) -> Rederived {
    match (operation, planner) {
        (Operation::Backfill { .. }, Some(planner)) => {
            planner.rederive(rules, own_schema, entry.old.get(), entry.new.get())
        }
        (Operation::Backfill { .. }, None) => rederive_without_catalog(rules, scope, entry.old.get(), entry.new.get()),
        (change, _) => rederive_change(change, (rules, own_schema), catalog, entry),
    }
}

/// A list operation's entry re-derived: the operation applied to the stored document now
/// must write the planned one byte for byte. Without the plan's catalog (rolling back on a
/// gateway whose sync replaced it) what decides is that this plan wrote the org (its audit
/// rows) and that the document is still what it wrote (compare-and-swap).
fn rederive_change(
    operation: &Operation,
    (rules, own_schema): (Rules, bool),
    catalog: Option<&crate::policy::Catalog>,
    entry: &PlanEntry,
) -> Rederived {
    let Some(catalog) = catalog else { return Rederived::Matches { preserves_access: true } };
    let old = Settings::parse(entry.old.get());
    // The plan holds enterprise orgs only; the write is guarded by compare-and-swap.
    let org = crate::policy::Org { plan: "enterprise", settings: &old, custom_models: &[], rules, own_schema };
    match operation.rederives(org, catalog, entry.new.get()) {
        // The operation is the change asked for: its access change is what was reviewed.
        true => Rederived::Matches { preserves_access: true },
        false => Rederived::Differs,
    }
}

/// Which command's plan this is.
fn tool_of(operation: &Operation) -> trail::Tool {
    match operation {
        Operation::Backfill { .. } => trail::Tool::Backfill,
        _ => trail::Tool::Change,
    }
}

/// The audit rows' common part: who signs (nobody for a dry run, which writes none and so warns
/// about no missing actor) and the run's details.
fn audit_of(ctx: &Ctx, store: &Store, plan: &VerifiedPlan, direction: Direction, dry_run: bool) -> BatchAuditLog {
    let operation = plan.header.operation();
    let (hash, snapshot) = (plan.hash.as_str(), plan.header.snapshot_id);
    let details = match &operation {
        Operation::Backfill { .. } => RunDetails::new(direction.run(), hash, snapshot).to_value(),
        change => RunDetails::change(direction.run(), hash, snapshot, change).to_value(),
    };
    BatchAuditLog {
        action: SETTINGS_CHANGE.into(),
        actor: if dry_run {
            crate::store::Actor { id: None, email: None, name: None }
        } else {
            ctx.actor(store.schema())
        },
        details,
    }
}

/// Whether a re-derived entry is written: never when it differs from what the backfill would
/// write (refused), and one that changes access only with `--accept-changes`.
fn admitted(verdict: Rederived, accept_changes: bool, org_id: &str, report: &mut Report) -> bool {
    match verdict {
        Rederived::Differs => {
            report.refused_total += 1;
            report.refused.push(org_id.to_string());
            false
        }
        Rederived::Matches { preserves_access: false } if !accept_changes => {
            report.skipped_access_changes += 1;
            false
        }
        Rederived::Matches { .. } => true,
    }
}

/// Writes one batch (a dry run only reads what it would do).
async fn write(
    store: &Store,
    batch: &[Swap],
    number: usize,
    audit: &BatchAuditLog,
    dry_run: bool,
) -> anyhow::Result<Vec<SwapOutcome>> {
    Ok(match dry_run {
        true => store.preview_swaps(batch).await?,
        false => store.swap_batch(number, batch, audit).await?,
    })
}

fn record(report: &mut Report, org_id: &str, outcome: SwapOutcome) {
    match outcome {
        SwapOutcome::Swapped => report.changed += 1,
        SwapOutcome::AlreadyDone => report.already_done += 1,
        SwapOutcome::Conflict => {
            report.conflicts_total += 1;
            report.conflicts.push(org_id.to_string())
        }
        SwapOutcome::Missing => {
            report.missing_total += 1;
            report.missing.push(org_id.to_string())
        }
        SwapOutcome::NotEnterprise => {
            report.not_enterprise_total += 1;
            report.not_enterprise.push(org_id.to_string())
        }
    }
}

pub(super) fn swap_of(
    entry: PlanEntry,
    (operation, direction): (&Operation, Direction),
    plan: &str,
    schema: Schema,
) -> Swap {
    let (expected, replacement) = match direction {
        Direction::Apply => (&entry.old, &entry.new),
        Direction::Rollback => (&entry.new, &entry.old),
    };
    let message = if schema == Schema::Gateway {
        // The gateway's own message, from the lists it reads, and which run wrote it.
        let (before, after) = (Settings::parse(expected.get()), Settings::parse(replacement.get()));
        let suffix = trail::message_suffix(tool_of(operation), direction.run(), plan);
        crate::policy::gateway::settings_change_message(before.gateway_lists(), after.gateway_lists(), &suffix)
    } else {
        own_message(&entry, operation, direction, plan)
    };
    let (expected, replacement) = match direction {
        Direction::Apply => (entry.old, entry.new),
        Direction::Rollback => (entry.new, entry.old),
    };
    Swap { message, org_id: entry.id, expected, replacement }
}

/// The audit message on the tool's own schema.
fn own_message(entry: &PlanEntry, operation: &Operation, direction: Direction, plan: &str) -> String {
    match (operation, direction) {
        (Operation::Backfill { .. }, Direction::Apply) => {
            let denied =
                if entry.denied.is_empty() { String::new() } else { format!("; denied: {}", entry.denied.join(", ")) };
            format!(
                "backfill (plan {plan}): provider deny list converted to an allow list of {}{denied}; providers that join the catalog later need approval",
                plural(entry.allowed, "provider", "providers")
            )
        }
        (Operation::Backfill { .. }, Direction::Rollback) => {
            format!("backfill rollback (plan {plan}): settings restored to what they were before the backfill")
        }
        (change, Direction::Apply) => {
            format!("change (plan {plan}): {}", entry.summary.clone().unwrap_or_else(|| change.describe()))
        }
        (change, Direction::Rollback) => {
            format!("change rollback (plan {plan}): settings restored to what they were before '{}'", change.describe())
        }
    }
}

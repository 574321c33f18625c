//! Writing a plan's entries in batches, each re-derived before it is written.

use std::time::Instant;

use crate::error::fixable;
use crate::output::{self, plural};
use crate::planfile::{PlanEntry, VerifiedPlan};
use crate::policy::backfill::{rederive_without_catalog, Rederived};
use crate::policy::backfill::{Planner, Scope};
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
    let mut report = Report {
        plan_sha256: plan.hash.clone(),
        rules: plan.header.rules.clone(),
        verb: direction.verb(),
        dry_run,
        ..Report::default()
    };
    let mut batch: Vec<Swap> = Vec::with_capacity(batch_size.min(1024));
    let mut entries = plan.entries()?.peekable();
    let scope = Scope { include_unrestricted: plan.header.include_unrestricted };
    let planner = catalog.map(|c| Planner::new(c, scope));
    // Each entry as the backfill would write it now, over the plan's catalog when the database
    // still has it, else from its documents alone; an org the plan did not change differs.
    let rederive = |entry: &PlanEntry| match &planner {
        _ if changed_by_plan.is_some_and(|ids| !ids.contains(&entry.id)) => Rederived::Differs,
        Some(planner) => planner.rederive(rules, own_schema, entry.old.get(), entry.new.get()),
        None => rederive_without_catalog(rules, scope, entry.old.get(), entry.new.get()),
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
            batch.push(swap_of(entry, direction, short, store.schema()));
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

/// The audit rows' common part: who signs (nobody for a dry run, which writes none and so warns
/// about no missing actor) and the run's details.
fn audit_of(ctx: &Ctx, store: &Store, plan: &VerifiedPlan, direction: Direction, dry_run: bool) -> BatchAuditLog {
    BatchAuditLog {
        action: SETTINGS_CHANGE.into(),
        actor: if dry_run {
            crate::store::Actor { id: None, email: None, name: None }
        } else {
            ctx.actor(store.schema())
        },
        details: RunDetails::new(direction.run(), &plan.hash, plan.header.snapshot_id).to_value(),
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

pub(super) fn swap_of(entry: PlanEntry, direction: Direction, plan: &str, schema: Schema) -> Swap {
    if schema == Schema::Gateway {
        // The gateway's own message, from the lists it reads, and which run wrote it.
        let (from, to) = match direction {
            Direction::Apply => (&entry.old, &entry.new),
            Direction::Rollback => (&entry.new, &entry.old),
        };
        let (before, after) = (Settings::parse(from.get()), Settings::parse(to.get()));
        let (before, after) = (before.gateway_lists(), after.gateway_lists());
        let suffix = trail::message_suffix(direction.run(), plan);
        let message = crate::policy::gateway::settings_change_message(before, after, &suffix);
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

//! What `backfill` prints: the plan summary and rows, the apply/rollback report.

use std::io;

use serde::Serialize;

use crate::output::stream::{Cell, Column, Columns};
use crate::output::{plural, Output, Tone};
use crate::policy::backfill::Skip;
use crate::services::Ctx;
use crate::ExitStatus;

/// What a planning pass saw.
#[derive(Debug, Default, Serialize)]
pub(super) struct Summary {
    pub(super) scanned: u64,
    pub(super) to_migrate: u64,
    pub(super) access_changes: u64,
    pub(super) not_enterprise: u64,
    pub(super) already_allow_mode: u64,
    pub(super) no_provider_deny_list: u64,
    pub(super) invalid_settings: u64,
    pub(super) warnings: u64,
}

impl Summary {
    pub(super) fn skip(&mut self, skip: Skip) {
        *match skip {
            Skip::NotEnterprise => &mut self.not_enterprise,
            Skip::AlreadyAllowMode => &mut self.already_allow_mode,
            Skip::NoProviderDenyList => &mut self.no_provider_deny_list,
            Skip::InvalidSettings => &mut self.invalid_settings,
        } += 1;
    }

    pub(super) fn print(&self, out: &Output, snapshot: i64, hash: &str) -> io::Result<()> {
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
pub(super) struct Row<'a> {
    pub(super) id: &'a str,
    pub(super) name: &'a str,
    pub(super) action: &'static str,
    pub(super) allowed: usize,
    pub(super) denied: &'a [String],
    pub(super) pairs_changed: usize,
    pub(super) warnings: &'a [String],
}

impl Row<'_> {
    pub(super) const COLUMNS: Columns = Columns(&[
        Column::left("id", 36),
        Column::left("name", 28),
        Column::left("action", 8),
        Column::right("allowed", 7),
        Column::left("denied", 24),
        Column::right("changed", 7),
        Column::last("notes"),
    ]);

    /// The row as a table line.
    pub(super) fn text(&self, out: &Output) -> String {
        let tone = match (self.action, self.pairs_changed) {
            ("skip", _) => Tone::Bad,
            (_, 0) => Tone::Good,
            _ => Tone::Warn,
        };
        let cells = [
            Cell::plain(self.id),
            Cell::plain(self.name),
            Cell::painted(self.action, tone),
            Cell::plain(self.allowed.to_string()),
            Cell::plain(self.denied.join(",")),
            Cell::plain(self.pairs_changed.to_string()),
            Cell::plain(self.warnings.join("; ")),
        ];
        Self::COLUMNS.line(&cells, out.colors_stdout())
    }
}

/// What a run of batches did.
#[derive(Debug, Default, Serialize)]
pub(super) struct Report {
    pub(super) plan_sha256: String,
    /// The rules the plan was made, and is applied, under.
    pub(super) rules: String,
    pub(super) changed: u64,
    pub(super) already_done: u64,
    /// Every conflicting org (complete; tables show a few and the count).
    pub(super) conflicts: Vec<String>,
    pub(super) conflicts_total: u64,
    pub(super) missing: Vec<String>,
    pub(super) missing_total: u64,
    /// Entries that are not what the backfill makes of their old document (an edited plan):
    /// refused, never written.
    pub(super) refused: Vec<String>,
    pub(super) refused_total: u64,
    pub(super) skipped_access_changes: u64,
    pub(super) batches: u64,
    pub(super) seconds: f64,
}

/// Conflict and missing ids a table names before it says how many more there are.
pub(super) const SHOWN_IDS: usize = 10;

pub(super) fn print_report(ctx: &Ctx, report: &Report, verb: &str) -> anyhow::Result<ExitStatus> {
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
pub(super) fn some_of(ids: &[String]) -> String {
    match ids.len().checked_sub(SHOWN_IDS) {
        Some(more) if more > 0 => {
            format!("{} and {more} more (all of them with --format json)", ids[..SHOWN_IDS].join(", "))
        }
        _ => ids.join(", "),
    }
}

//! `backfill plan|apply|rollback`: the plan's rows and summary, and what a run of batches did.
//! `plan --format json`: `{"snapshot_id", "rules", "orgs": [rows], "summary": {...},
//! "plan_sha256"}`; apply and rollback: the [`Report`].

use std::io;

use serde::Serialize;

use crate::output::stream::{Cell, Column, Columns};
use crate::output::{plural, Output, Tone, View};
use crate::policy::backfill::Skip;

/// What a planning pass saw.
#[derive(Debug, Default, Serialize)]
pub struct Summary {
    pub scanned: u64,
    pub to_migrate: u64,
    pub access_changes: u64,
    pub not_enterprise: u64,
    pub already_allow_mode: u64,
    pub no_provider_deny_list: u64,
    pub invalid_settings: u64,
    pub warnings: u64,
}

impl Summary {
    pub fn skip(&mut self, skip: Skip) {
        *match skip {
            Skip::NotEnterprise => &mut self.not_enterprise,
            Skip::AlreadyAllowMode => &mut self.already_allow_mode,
            Skip::NoProviderDenyList => &mut self.no_provider_deny_list,
            Skip::InvalidSettings => &mut self.invalid_settings,
        } += 1;
    }

    pub fn print(&self, out: &Output, snapshot: i64, hash: &str) -> io::Result<()> {
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
            let who = if self.to_migrate == 1 { "this organization" } else { "these organizations" };
            out.line(format!(
                "after the migration, providers that join the catalog need approval before {who} can use them"
            ))?;
        }
        Ok(())
    }
}

/// One row of the plan as shown (not the plan file's entry, which also holds the documents).
#[derive(Serialize)]
pub struct Row<'a> {
    pub id: &'a str,
    pub name: &'a str,
    pub action: &'static str,
    pub allowed: usize,
    pub denied: &'a [String],
    pub pairs_changed: usize,
    pub warnings: &'a [String],
}

impl Row<'_> {
    pub const COLUMNS: Columns = Columns(&[
        Column::id("id"),
        Column::text("name", 28),
        Column::fixed("action", 8),
        Column::right("allowed", 7),
        Column::list("denied", 24),
        Column::right("changed", 7),
        Column::last("notes"),
    ]);

    /// The row as a table line.
    pub fn text(&self, out: &Output) -> String {
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
            Cell::plain(self.denied.join(", ")),
            Cell::plain(self.pairs_changed.to_string()),
            Cell::plain(self.warnings.join("; ")),
        ];
        Self::COLUMNS.line(&cells, out.colors_stdout(), out.width())
    }
}

/// What a run of batches did.
#[derive(Debug, Default, Serialize)]
pub struct Report {
    pub plan_sha256: String,
    /// The rules the plan was made, and is applied, under.
    pub rules: String,
    pub changed: u64,
    pub already_done: u64,
    /// Every conflicting org (complete; tables show a few and the count).
    pub conflicts: Vec<String>,
    pub conflicts_total: u64,
    pub missing: Vec<String>,
    pub missing_total: u64,
    /// Orgs no longer on the Enterprise plan at write time: not written, as the gateway would
    /// refuse them.
    pub not_enterprise: Vec<String>,
    pub not_enterprise_total: u64,
    /// Entries that are not what the backfill makes of their old document (an edited plan):
    /// refused, never written.
    pub refused: Vec<String>,
    pub refused_total: u64,
    pub skipped_access_changes: u64,
    pub batches: u64,
    pub seconds: f64,
    /// Nothing was written: `changed` counts what would have been.
    pub dry_run: bool,
    /// The plan file this run applied or rolled back: the record to roll an apply back from.
    pub plan_file: Option<String>,
    /// `migrated` or `restored`, for people.
    #[serde(skip)]
    pub verb: &'static str,
}

impl Report {
    /// Whether every entry was written or found done (else the run exits 1).
    pub fn complete(&self) -> bool {
        self.conflicts.is_empty()
            && self.skipped_access_changes == 0
            && self.refused.is_empty()
            && self.not_enterprise.is_empty()
    }
}

/// Conflict and missing ids a table names before it says how many more there are.
pub const SHOWN_IDS: usize = 10;

impl View for Report {
    fn render(&self, out: &Output) -> io::Result<()> {
        let verb = if self.dry_run { format!("would have {}", self.verb) } else { self.verb.to_string() };
        out.line(format!(
            "{verb} {} in {:.1}s ({}): {} already done, {}, {} missing, {} skipped because access would change",
            plural(self.changed as usize, "organization", "organizations"),
            self.seconds,
            plural(self.batches as usize, "batch", "batches"),
            self.already_done,
            plural(self.conflicts_total as usize, "conflict", "conflicts"),
            self.missing_total,
            self.skipped_access_changes
        ))?;
        if self.dry_run {
            out.note("dry run: nothing written");
        } else if let (Some(file), "migrated") = (&self.plan_file, self.verb) {
            out.note(format!("roll back with `orgpolicy backfill rollback {}`", shell_quoted(file)));
        } else if let (Some(file), "changed") = (&self.plan_file, self.verb) {
            out.note(format!("roll back with `orgpolicy change rollback {}`", shell_quoted(file)));
        }
        if !self.conflicts.is_empty() {
            out.warn(format!(
                "settings changed since the plan was made, left as they are: {}",
                some_of(&self.conflicts)
            ));
            out.note("make a new plan to include them");
        }
        if !self.missing.is_empty() {
            out.warn(format!("organizations deleted since the plan was made: {}", some_of(&self.missing)));
        }
        if !self.not_enterprise.is_empty() {
            out.warn(format!(
                "organizations no longer Enterprise, left as they are (the gateway refuses their policy writes): {}",
                some_of(&self.not_enterprise)
            ));
        }
        if !self.refused.is_empty() {
            out.warn(format!(
                "refused {} entries that are not what the backfill makes of their documents (was the plan edited?): {}",
                self.refused_total,
                some_of(&self.refused)
            ));
            out.note("nothing was written for them; make a new plan with `orgpolicy backfill plan --out FILE`");
        }
        Ok(())
    }
}

/// A path as a shell reads it back: quoted when it holds anything but safe characters.
pub fn shell_quoted(path: &str) -> String {
    let safe = |c: char| c.is_ascii_alphanumeric() || "-_./:@+=,".contains(c);
    if !path.is_empty() && path.chars().all(safe) {
        path.to_string()
    } else {
        format!("'{}'", path.replace('\'', r"'\''"))
    }
}

/// The first few ids, then how many more (every one of them is in the JSON report).
pub fn some_of(ids: &[String]) -> String {
    match ids.len().checked_sub(SHOWN_IDS) {
        Some(more) if more > 0 => {
            format!("{} and {more} more (all of them with --format json)", ids[..SHOWN_IDS].join(", "))
        }
        _ => ids.join(", "),
    }
}

//! `diff --all`, streamed: `{"change" (rules, catalog, migration), "from", "to", "rules",
//! "orgs": [org moves, see [`OrgMove`]], "summary": [`FleetTotals`]}`; as a table, CSV or
//! Markdown, a row per org and one per member named under it, then (Markdown) the summary.

use std::collections::BTreeMap;
use std::fmt::Write as _;

use crate::output::plural;
use crate::output::stream::{Cell, Column, Columns};
use crate::policy::access::Counts;
pub use crate::services::fleet_diff::{FleetTotals, MemberMove, OrgMove};

pub const COLUMNS: Columns = Columns(&[
    Column::id("org"),
    Column::text("name", 24),
    Column::text("member", 28),
    Column::right("gained", 6),
    Column::right("lost", 6),
    Column::last("by provider"),
]);

/// [`COLUMNS`] with how each enterprise org's move compares with the sync's rows for it.
pub const COLUMNS_WITH_SYNC_LOG: Columns = Columns(&[
    Column::id("org"),
    Column::text("name", 24),
    Column::text("member", 28),
    Column::right("gained", 6),
    Column::right("lost", 6),
    Column::fixed("sync log", 10),
    Column::last("by provider"),
]);

/// The columns of a fleet diff, with the sync log's when it is compared.
pub fn columns(sync_log: bool) -> Columns {
    if sync_log {
        COLUMNS_WITH_SYNC_LOG
    } else {
        COLUMNS
    }
}

/// The org's row, then one per member named: the member column empty on the org's own row;
/// with `sync_log`, the org's comparison with the sync's rows (empty on members' rows).
pub fn rows(moved: &OrgMove, sync_log: bool) -> Vec<Vec<Cell>> {
    let row = |member: String, diff: &crate::policy::AccessDiff, by: &BTreeMap<String, Counts>, sync: Option<&str>| {
        let mut cells = vec![
            Cell::plain(moved.org.id.as_str()),
            Cell::plain(moved.org.name.as_str()),
            Cell::plain(member),
            Cell::plain(diff.gained.len().to_string()),
            Cell::plain(diff.lost.len().to_string()),
        ];
        if sync_log {
            cells.push(Cell::plain(sync.unwrap_or("")));
        }
        cells.push(Cell::plain(by_provider(by)));
        cells
    };
    let status = moved.sync_log.as_ref().map(|c| c.status.as_str());
    let mut rows = vec![row(String::new(), &moved.diff, &moved.by_provider, status)];
    for m in &moved.members {
        let who = m.member.email.clone().unwrap_or_else(|| m.member.id.clone());
        rows.push(row(who, &m.diff, &m.by_provider, None));
    }
    rows
}

/// `openai +2 -1, deepseek -3`.
fn by_provider(by: &BTreeMap<String, Counts>) -> String {
    let mut parts = Vec::new();
    for (provider, c) in by {
        let mut part = provider.clone();
        if c.gained > 0 {
            let _ = write!(part, " +{}", c.gained);
        }
        if c.lost > 0 {
            let _ = write!(part, " -{}", c.lost);
        }
        parts.push(part);
    }
    parts.join(", ")
}

impl FleetTotals {
    /// The summary in one sentence, for stderr.
    pub fn sentence(&self) -> String {
        let mut text = format!(
            "{} and {} move, of {} read: {} gained, {} lost",
            plural(self.orgs_changed, "organization", "organizations"),
            plural(self.members_changed, "member", "members"),
            plural(self.orgs_read as usize, "organization", "organizations"),
            plural(self.gained, "model/provider pair", "model/provider pairs"),
            self.lost
        );
        if let Some(sync) = &self.sync_log {
            let _ = write!(
                text,
                "; the sync's audit rows: {} agree, {} differ, {} missing",
                sync.agrees, sync.differs, sync.missing
            );
            if sync.unreadable > 0 {
                let _ = write!(text, ", {} unreadable", sync.unreadable);
            }
        }
        text
    }

    /// The summary as Markdown: the sentence, then the providers moved.
    pub fn markdown(&self) -> String {
        let mut text = format!("\n**{}.**\n", self.sentence());
        if !self.by_provider.is_empty() {
            text.push_str("\n| provider | orgs | members | gained | lost |\n|---|---:|---:|---:|---:|\n");
            for (provider, m) in &self.by_provider {
                let _ = writeln!(text, "| {provider} | {} | {} | {} | {} |", m.orgs, m.members, m.gained, m.lost);
            }
        }
        text
    }
}

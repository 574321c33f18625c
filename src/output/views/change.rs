//! `change plan`, streamed: `{"snapshot_id", "rules", "operation", "selector", "orgs": [rows,
//! see [`ChangeRow`]], "summary": [`ChangeSummary`], "plan_sha256"}`; as a table, a row per org
//! the plan changes. `change apply|rollback` print the backfill's [`super::backfill::Report`].

use crate::output::stream::{Cell, Column, Columns};
use crate::output::{plural, Output, Tone};
pub use crate::services::fleet_change::{ChangeRow, ChangeSummary};

pub const COLUMNS: Columns = Columns(&[
    Column::id("id"),
    Column::text("name", 28),
    Column::right("gained", 6),
    Column::right("lost", 6),
    Column::last("change"),
]);

pub fn cells(row: &ChangeRow) -> Vec<Cell> {
    let mut summary = row.summary.clone();
    if row.group_policies {
        summary.push_str("; its members' grants also follow its group policies");
    }
    let lost = match row.lost {
        0 => Cell::plain("0"),
        n => Cell::painted(n.to_string(), Tone::Warn),
    };
    vec![row.id.as_str().into(), row.name.as_str().into(), row.gained.to_string().into(), lost, summary.into()]
}

impl ChangeSummary {
    /// What the plan holds, in a few lines on stderr.
    pub fn print(&self, out: &Output, operation: &str, snapshot: i64, hash: &str) {
        out.summary(format!(
            "{} to change ({operation}; catalog snapshot {snapshot}, plan {}): {} gained, {} lost",
            plural(self.to_change as usize, "organization", "organizations"),
            &hash[..12.min(hash.len())],
            plural(self.gained as usize, "model/provider pair", "model/provider pairs"),
            self.lost
        ));
        let untouched: Vec<String> =
            self.untouched.iter().map(|(why, n)| format!("{n} {}", why.replace('_', " "))).collect();
        out.summary(format!(
            "{} read, {} selected{}",
            self.scanned,
            self.selected,
            if untouched.is_empty() { String::new() } else { format!("; left alone: {}", untouched.join(", ")) }
        ));
        if self.group_policies > 0 {
            let n = self.group_policies as usize;
            out.note(format!(
                "{} {} group policies: their members' grants are decided on top of the change (`orgpolicy access --members` shows who can use what)",
                plural(n, "changed organization", "changed organizations"),
                if n == 1 { "uses" } else { "use" }
            ));
        }
    }
}

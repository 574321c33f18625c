//! `access`, streamed: `{"snapshot_id", "rules", "provider", "model", "members" (bool),
//! "access": [reach items, see [`Reach`]], "summary": {"orgs_read", "orgs", "members",
//! "rows"}}`; as a table, CSV or a Markdown table, one row per org (or member) and provider.

use std::collections::HashSet;

use serde::Serialize;

use crate::output::plural;
use crate::output::stream::{Cell, Column, Columns};
use crate::policy::PairState;
pub use crate::services::reach::Reach;

/// The org-level table.
pub const ORG_COLUMNS: Columns = Columns(&[
    Column::id("org"),
    Column::text("name", 24),
    Column::fixed("provider", 12),
    Column::list("models", 40),
    Column::last("through"),
]);

/// The member-level table.
pub const MEMBER_COLUMNS: Columns = Columns(&[
    Column::id("org"),
    Column::text("name", 24),
    Column::text("member", 28),
    Column::fixed("provider", 12),
    Column::list("models", 40),
    Column::last("through"),
]);

pub fn columns(members: bool) -> Columns {
    if members {
        MEMBER_COLUMNS
    } else {
        ORG_COLUMNS
    }
}

/// One row's cells: models in full (tables fit them), how in words.
pub fn cells(reach: &Reach, members: bool) -> Vec<Cell> {
    let mut cells: Vec<Cell> = vec![reach.org.id.as_str().into(), reach.org.name.as_str().into()];
    if members {
        let who = reach.member.as_ref().map(|m| m.email.clone().unwrap_or_else(|| m.id.clone()));
        cells.push(who.unwrap_or_default().into());
    }
    cells.push(reach.provider.as_str().into());
    cells.push(reach.models.join(", ").into());
    cells.push(through(reach).into());
    cells
}

/// How, in words: the org's rules, and the grants beyond them.
fn through(reach: &Reach) -> String {
    let mut words: Vec<String> = reach
        .through
        .iter()
        .filter(|code| **code != PairState::GrantedToMember.code())
        .map(|code| describe(code).to_string())
        .collect();
    if !reach.granted_by.is_empty() {
        let from: Vec<String> = reach.granted_by.iter().map(ToString::to_string).collect();
        words.push(format!("granted by {}", from.join(", ")));
    }
    words.join("; ")
}

fn describe(code: &str) -> &'static str {
    match code {
        "allowed" => "allowed by the organization's rules",
        "unrestricted" => "no provider restriction",
        "not_enforced" => "plan does not enforce access configuration",
        "exempt" => "exempt (custom or exempt model)",
        _ => "allowed",
    }
}

/// What the run found: `{"orgs_read", "orgs", "members", "rows"}`.
#[derive(Debug, Default, Serialize)]
pub struct Totals {
    pub orgs_read: u64,
    pub orgs: usize,
    pub members: usize,
    pub rows: usize,
}

/// One org's share of the [`Totals`], counted where its rows are decided.
#[derive(Debug, Default, Clone, Copy)]
pub struct OrgTally {
    rows: usize,
    members: usize,
}

impl OrgTally {
    /// The rows of one org.
    pub fn of(reaches: &[Reach]) -> Self {
        let members: HashSet<&str> = reaches.iter().filter_map(|r| r.member.as_ref().map(|m| m.id.as_str())).collect();
        Self { rows: reaches.len(), members: members.len() }
    }
}

impl Totals {
    pub fn add(&mut self, org: OrgTally) {
        self.rows += org.rows;
        self.orgs += usize::from(org.rows > 0);
        self.members += org.members;
    }

    pub fn sentence(&self, members: bool) -> String {
        let who = if members {
            format!(
                "{} in {}",
                plural(self.members, "member", "members"),
                plural(self.orgs, "organization", "organizations")
            )
        } else {
            plural(self.orgs, "organization", "organizations")
        };
        format!("{who} can use it, of {} read", plural(self.orgs_read as usize, "organization", "organizations"))
    }
}

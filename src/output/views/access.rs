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
    /// Orgs already counted (rows of one org come together).
    #[serde(skip)]
    last_org: Option<String>,
    #[serde(skip)]
    members_seen: HashSet<(String, String)>,
}

impl Totals {
    pub fn add(&mut self, reach: &Reach) {
        self.rows += 1;
        if self.last_org.as_deref() != Some(reach.org.id.as_str()) {
            self.orgs += 1;
            self.last_org = Some(reach.org.id.clone());
            self.members_seen.clear();
        }
        if let Some(m) = &reach.member {
            if self.members_seen.insert((reach.org.id.clone(), m.id.clone())) {
                self.members += 1;
            }
        }
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

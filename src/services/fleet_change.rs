//! `change plan`: one operation over the orgs a selector picks, decided per org on the fleet
//! scan's workers: whether it is selected, what the operation writes, the effective-access
//! change that makes, and the sealed plan-file line.

use std::collections::HashSet;

use serde::Serialize;

use crate::planfile::{EntryChange, PlanEntryRef, SealedLine};
use crate::policy::change::{Candidate, Operation, Selector, Untouched};
use crate::policy::request::OrgContext;
use crate::policy::{AccessDiff, Catalog};

use super::fleet::{FleetOrg, Side};

/// What the plan does with one org.
pub enum Outcome {
    /// The selector (or `--orgs FILE`) leaves it out.
    NotSelected,
    /// Selected, and the operation leaves it alone.
    Untouched(Untouched),
    /// Selected, and left alone because the change would break its enabled Organization Auto:
    /// its name and the gateway's message.
    BreaksOrgAuto(Box<(String, String)>),
    /// Selected and changed: its plan-file line, and its row.
    Change(Box<(SealedLine, ChangeRow)>),
}

/// One changed org as shown: `{"id", "name", "gained", "lost", "summary", "group_policies"}`.
#[derive(Debug, Serialize)]
pub struct ChangeRow {
    pub id: String,
    pub name: String,
    pub gained: usize,
    pub lost: usize,
    pub summary: String,
    /// Its members' grants are decided by group policies on top of the change.
    pub group_policies: bool,
}

/// What the plan does with `org`: selected by `selector` (and `ids`, when given), then
/// transformed by `operation` over `catalog`.
pub fn plan_org(
    org: &FleetOrg,
    (operation, selector, ids): (&Operation, &Selector, Option<&HashSet<String>>),
    catalog: &Catalog,
) -> anyhow::Result<Outcome> {
    let row = &org.org.row;
    let candidate = Candidate { org: org.org.as_org(), name: &row.name, created: row.created_at.date_naive() };
    if ids.is_some_and(|ids| !ids.contains(&row.id)) || !selector.selects(&candidate) {
        return Ok(Outcome::NotSelected);
    }
    let changed = match operation.transform(org.org.as_org(), catalog) {
        Ok(changed) => changed,
        Err(untouched) => return Ok(Outcome::Untouched(untouched)),
    };
    if let Some(message) = org_auto_broken(org, &changed.settings, catalog) {
        return Ok(Outcome::BreaksOrgAuto(Box::new((row.name.clone(), message))));
    }
    let before = org.policy(catalog).effective_access(catalog);
    let side = Side { rules: org.org.rules, settings: &changed.settings, catalog };
    let after = org.policy_under(side).effective_access(catalog);
    let diff = AccessDiff::within(catalog, &before, &after);
    let group_policies = org.uses_groups;
    let entry = PlanEntryRef {
        id: &row.id,
        name: &row.name,
        old: &org.org.settings,
        new: &changed.settings,
        allowed: 0,
        denied: &[],
        pairs_changed: 0,
        warnings: &[],
        change: Some(EntryChange {
            summary: &changed.summary,
            gained: diff.gained.len(),
            lost: diff.lost.len(),
            group_policies,
        }),
    };
    let line = entry.sealed()?;
    let shown = ChangeRow {
        id: row.id.clone(),
        name: row.name.clone(),
        gained: diff.gained.len(),
        lost: diff.lost.len(),
        summary: changed.summary,
        group_policies,
    };
    Ok(Outcome::Change(Box::new((line, shown))))
}

/// The gateway's refusal of `settings` for `org` (as a one-org edit meets it): an enabled
/// Organization Auto whose routes or fallback they would refuse. Under the rules that read the
/// lists as the gateway does; the marker era had no Organization Auto.
fn org_auto_broken(org: &FleetOrg, settings: &crate::policy::Settings, catalog: &Catalog) -> Option<String> {
    if !org.org.rules.is_gateway_reading() {
        return None;
    }
    let context = OrgContext { lists: settings.gateway_lists(), ..org.inputs.context(&org.org) };
    crate::policy::request::org_auto_broken(&context, catalog)
}

/// What a change plan saw: `{"scanned", "selected", "to_change", "gained", "lost",
/// "group_policies", "untouched": {reason: count}}`.
#[derive(Debug, Default, Serialize)]
pub struct ChangeSummary {
    pub scanned: u64,
    pub selected: u64,
    pub to_change: u64,
    pub gained: u64,
    pub lost: u64,
    /// Changed orgs whose members' grants group policies decide on top of it.
    pub group_policies: u64,
    pub untouched: std::collections::BTreeMap<&'static str, u64>,
}

impl ChangeSummary {
    pub fn add(&mut self, outcome: &Outcome) {
        self.scanned += 1;
        match outcome {
            Outcome::NotSelected => {}
            Outcome::Untouched(why) => {
                self.selected += 1;
                *self.untouched.entry(why.as_str()).or_default() += 1;
            }
            Outcome::BreaksOrgAuto(_) => {
                self.selected += 1;
                *self.untouched.entry(Untouched::BreaksOrgAuto.as_str()).or_default() += 1;
            }
            Outcome::Change(change) => {
                let row = &change.1;
                self.selected += 1;
                self.to_change += 1;
                self.gained += row.gained as u64;
                self.lost += row.lost as u64;
                self.group_policies += u64::from(row.group_policies);
            }
        }
    }
}

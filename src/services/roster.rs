//! An organization's members with the grant each gets under the current rules, and its groups
//! with their policies as stored and as the gateway reads them: what `members list`, `groups
//! list` and `groups show` print.

use std::collections::{BTreeMap, HashMap};

use serde::Serialize;

use crate::policy::evaluate::is_enterprise;
use crate::policy::groups::{self, ModelAccess, PolicyError};
use crate::store::OrgMembers;

/// One member: their groups (names, sorted) and their grant: `unrestricted`, `baseline`,
/// `selected`, `baseline+selected`, `none` or `invalid` (a policy of theirs is stored JSON the
/// gateway rejects: it refuses all their requests).
#[derive(Debug, Clone, Serialize)]
pub struct MemberLine {
    pub id: String,
    pub email: Option<String>,
    pub groups: Vec<String>,
    pub grant: &'static str,
}

/// One group's policies as the gateway reads them.
pub struct GroupPolicies<'a> {
    pub id: &'a str,
    pub name: &'a str,
    pub stored: &'a str,
    pub read: Result<Vec<ModelAccess>, PolicyError>,
    pub members: usize,
}

/// Everything about who gets what in one org.
pub struct Roster<'a> {
    /// The default policy as read; `None` without a settings row (the gateway reads `all`).
    pub default: Option<Result<Vec<ModelAccess>, PolicyError>>,
    pub groups: Vec<GroupPolicies<'a>>,
    pub members: Vec<MemberLine>,
    pub by_grant: BTreeMap<&'static str, usize>,
}

impl<'a> Roster<'a> {
    pub fn of(plan: &str, all: &'a OrgMembers) -> Self {
        let enterprise = is_enterprise(plan);
        let default = all.settings.as_ref().map(|(p, _)| groups::parse_policies(p));
        let default_ok = match &default {
            Some(Ok(policies)) => Some(policies.as_slice()),
            _ => None,
        };
        let default_broken = matches!(default, Some(Err(_)));
        let read: HashMap<&str, (&str, Result<Vec<ModelAccess>, PolicyError>)> = all
            .groups
            .iter()
            .map(|g| (g.id.as_str(), (g.name.as_str(), groups::parse_policies(&g.policies))))
            .collect();
        let mut counts: HashMap<&str, usize> = HashMap::new();
        let mut by_grant: BTreeMap<&'static str, usize> = BTreeMap::new();
        let members: Vec<MemberLine> = all
            .members
            .iter()
            .map(|m| {
                let mut names: Vec<String> = Vec::new();
                let mut policies = Vec::new();
                let mut broken = default_broken && enterprise;
                for id in all.group_ids_of(&m.kilo_user_id) {
                    if let Some((name, result)) = read.get(id) {
                        *counts.entry(id).or_default() += 1;
                        names.push(name.to_string());
                        match result {
                            Ok(p) => policies.push((name.to_string(), p.clone())),
                            Err(_) => broken |= enterprise,
                        }
                    }
                }
                names.sort();
                let grant =
                    if broken { "invalid" } else { groups::member_grant(enterprise, default_ok, &policies).summary() };
                *by_grant.entry(grant).or_default() += 1;
                MemberLine { id: m.kilo_user_id.clone(), email: m.email.clone(), groups: names, grant }
            })
            .collect();
        let groups = all
            .groups
            .iter()
            .map(|g| GroupPolicies {
                id: &g.id,
                name: &g.name,
                stored: &g.policies,
                read: groups::parse_policies(&g.policies),
                members: counts.get(g.id.as_str()).copied().unwrap_or(0),
            })
            .collect();
        Self { default, groups, members, by_grant }
    }

    /// Where stored policy JSON is rejected, and why (`the default policy: …`, `group 'x': …`).
    pub fn invalid(&self) -> Vec<String> {
        let default = match &self.default {
            Some(Err(e)) => Some(format!("the default policy: {e}")),
            _ => None,
        };
        default
            .into_iter()
            .chain(self.groups.iter().filter_map(|g| g.read.as_ref().err().map(|e| format!("group '{}': {e}", g.name))))
            .collect()
    }
}

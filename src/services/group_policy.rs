//! What `diff --group-policy|--default-policy` and the `groups` edits share: reading a proposed
//! policy, finding a group, and measuring a policy change in what each member can use.

use std::collections::HashMap;
use std::sync::Arc;

use std::collections::BTreeSet;

use super::OrgRef;
use crate::error::fixable;
use crate::policy::catalog::{closest, Catalog};
use crate::policy::groups::{self, ModelAccess};
use crate::policy::Rules;
use crate::store::{GroupRow, OrgMembers};

use super::{access_change, LoadedOrg, ProposedPolicy};

/// Group policies exist under the gateway's current rules only (since August 2026).
pub fn require_current_rules(org: &LoadedOrg) -> anyhow::Result<()> {
    if org.rules == Rules::Current {
        return Ok(());
    }
    Err(fixable(
        format!("group policies are read under the gateway's current rules; the {} rules are in force", org.rules),
        "leave out --rules (the current rules are the default)",
    ))
}

/// A proposed policy from `text` (read from `source`), checked as strictly as the gateway's
/// schema checks it and normalized as the gateway writes it.
pub fn parse_policy(text: &str, source: &str) -> anyhow::Result<ModelAccess> {
    groups::parse_one_policy(text).map_err(|e| {
        fixable(
            format!("policy {source} is not a policy the gateway accepts: {e}"),
            r#"a policy is {"type": "model_access", "data": {"mode": "all" | "none"}} or {"mode": "selected", "model_allow_list": [...], "provider_allow_list": [...]}"#,
        )
    })
}

/// Model ids with capital letters never match: the gateway lowercases requests, not lists.
pub fn capitalized_warning(policy: &ModelAccess) -> Option<String> {
    let ModelAccess::Selected { model_allow_list, .. } = policy else { return None };
    let cased: Vec<&str> =
        model_allow_list.iter().filter(|m| m.chars().any(char::is_uppercase)).map(String::as_str).collect();
    (!cased.is_empty()).then(|| {
        format!(
            "model ids with capital letters never match a request (the gateway lowercases requests, not lists): {}",
            cased.join(", ")
        )
    })
}

/// A group of the org by name (trimmed, case-insensitive, as the gateway compares names) or
/// id; an unknown one is refused with the closest names.
pub fn find_group<'a>(all: &'a OrgMembers, query: &str, org: &str) -> anyhow::Result<&'a GroupRow> {
    let wanted = query.trim().to_lowercase();
    if let Some(g) = all.groups.iter().find(|g| g.id == wanted || g.name.trim().to_lowercase() == wanted) {
        return Ok(g);
    }
    let names = closest(&wanted, all.groups.iter().map(|g| g.name.as_str()));
    let help = match names.first() {
        Some(name) => format!("did you mean '{name}'?"),
        None if all.groups.is_empty() => {
            format!("organization '{org}' has no groups yet; the gateway's admin page creates them")
        }
        None => format!("list the groups with `orgpolicy groups list --org '{org}'`"),
    };
    Err(fixable(format!("organization '{org}' has no group '{query}'"), help))
}

/// Each member whose usable models change under `proposed`, with totals.
pub fn members_change(
    org: &LoadedOrg,
    all: &OrgMembers,
    proposed: &ProposedPolicy,
    catalog: &Catalog,
    group: Option<String>,
) -> MembersChange {
    let changes = access_change(org, all, proposed, catalog);
    let members_total = changes.len();
    // Members whose access is decided alike share their lists: each pair compared once.
    type Compared = Option<(Arc<[String]>, Arc<[String]>)>;
    let mut compared: HashMap<(usize, usize), Compared> = HashMap::new();
    let key = |v: &Option<Arc<[String]>>| v.as_ref().map_or(0, |list| list.as_ptr() as usize);
    let members: Vec<MemberChange> = changes
        .into_iter()
        .filter_map(|(id, email, before, after)| {
            let (invalid_before, invalid_after) = (before.is_none(), after.is_none());
            let lists = compared.entry((key(&before), key(&after))).or_insert_with(|| {
                let set =
                    |v: &Option<Arc<[String]>>| v.iter().flat_map(|l| l.iter()).cloned().collect::<BTreeSet<String>>();
                let (b, a) = (set(&before), set(&after));
                let gained: Arc<[String]> = a.difference(&b).cloned().collect();
                let lost: Arc<[String]> = b.difference(&a).cloned().collect();
                (!gained.is_empty() || !lost.is_empty()).then_some((gained, lost))
            });
            let (gained, lost) = lists.clone().unwrap_or_default();
            let changed = !gained.is_empty() || !lost.is_empty() || invalid_before != invalid_after;
            changed.then_some(MemberChange { id, email, gained, lost, invalid_before, invalid_after })
        })
        .collect();
    let summary = MembersTotals {
        members: members_total,
        changed: members.len(),
        gained: members.iter().map(|m| m.gained.len()).sum(),
        lost: members.iter().map(|m| m.lost.len()).sum(),
    };
    let policy = match proposed {
        ProposedPolicy::Group { policy, .. } | ProposedPolicy::Default(policy) => policy.clone(),
    };
    let change = if group.is_some() { "group_policy" } else { "default_policy" };
    MembersChange {
        org: OrgRef { id: org.row.id.clone(), name: org.row.name.clone() },
        rules: org.rules,
        change,
        group,
        policy,
        members,
        summary,
    }
}

/// One member whose usable models change: `{"id", "email", "gained": [models], "lost":
/// [models], "invalid_before", "invalid_after"}` (invalid: a stored policy of theirs the gateway
/// rejects, everything refused).
#[derive(serde::Serialize)]
pub struct MemberChange {
    pub id: String,
    pub email: Option<String>,
    pub gained: std::sync::Arc<[String]>,
    pub lost: std::sync::Arc<[String]>,
    pub invalid_before: bool,
    pub invalid_after: bool,
}

#[derive(serde::Serialize)]
pub struct MembersTotals {
    pub members: usize,
    pub changed: usize,
    pub gained: usize,
    pub lost: usize,
}

/// `diff --group-policy FILE --group G` / `--default-policy FILE`: `{"org": {"id", "name"},
/// "rules", "change" (group_policy, default_policy), "group" (name or null), "policy" (the
/// proposed policy, normalized as the gateway writes it), "members": [members whose access
/// changes], "summary": {"members", "changed", "gained", "lost"}}`.
#[derive(serde::Serialize)]
pub struct MembersChange {
    pub org: OrgRef,
    pub rules: Rules,
    pub change: &'static str,
    pub group: Option<String>,
    /// `None`: the policy is removed.
    pub policy: Option<crate::policy::groups::ModelAccess>,
    pub members: Vec<MemberChange>,
    pub summary: MembersTotals,
}

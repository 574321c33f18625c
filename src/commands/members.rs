//! `members list`: who is in an organization, in which groups, and what the gateway grants
//! each of them (GATEWAY-GROUPS.md §2).

use std::collections::{BTreeMap, HashMap};

use crate::cli::MembersCommand;
use crate::output::views::members::{MemberLine, Members, MembersSummary};
use crate::policy::evaluate::is_enterprise;
use crate::policy::groups::{self, ModelAccess, PolicyError};
use crate::services::{Ctx, LoadedOrg, Snapshot};
use crate::ExitStatus;

pub async fn run(ctx: &Ctx, cmd: MembersCommand) -> anyhow::Result<ExitStatus> {
    let MembersCommand::List { org } = cmd;
    let store = ctx.store().await?;
    let org = LoadedOrg::load(ctx, &store, &org.org).await?.for_members(ctx, true);
    let snapshot = Snapshot::latest(ctx, &store).await?;
    let all = store.org_members(&org.row).await?;
    let mut invalid = Vec::new();
    let default: Option<Vec<ModelAccess>> = match all.settings.as_ref().map(|(p, _)| groups::parse_policies(p)) {
        None => None,
        Some(Ok(policies)) => Some(policies),
        Some(Err(e)) => {
            invalid.push(format!("the default policy: {e}"));
            None
        }
    };
    let parsed: HashMap<&str, (&str, Result<Vec<ModelAccess>, PolicyError>)> =
        all.groups.iter().map(|g| (g.id.as_str(), (g.name.as_str(), groups::parse_policies(&g.policies)))).collect();
    for group in &all.groups {
        if let Some((name, Err(e))) = parsed.get(group.id.as_str()) {
            invalid.push(format!("group '{name}': {e}"));
        }
    }
    let enterprise = is_enterprise(&org.row.plan);
    let default_broken = all.settings.is_some() && default.is_none();
    let mut by_grant: BTreeMap<&'static str, usize> = BTreeMap::new();
    let members: Vec<MemberLine> = all
        .members
        .iter()
        .map(|m| {
            let mut names: Vec<String> = Vec::new();
            let mut policies = Vec::new();
            let mut broken = default_broken && enterprise;
            for id in all.group_ids_of(&m.kilo_user_id) {
                if let Some((name, result)) = parsed.get(id) {
                    names.push(name.to_string());
                    match result {
                        Ok(p) => policies.push((name.to_string(), p.clone())),
                        Err(_) => broken |= enterprise,
                    }
                }
            }
            names.sort();
            let grant = if broken {
                "invalid"
            } else {
                groups::member_grant(enterprise, default.as_deref(), &policies).summary()
            };
            *by_grant.entry(grant).or_default() += 1;
            MemberLine { id: m.kilo_user_id.clone(), email: m.email.clone(), groups: names, grant }
        })
        .collect();
    let policy = org.compile(&snapshot.catalog);
    let view = Members {
        org: org.listed(&policy),
        rules: org.rules,
        policy_revision: all.settings.as_ref().map_or(0, |(_, r)| *r),
        default_policy: default.as_ref().and_then(|d| d.first().cloned()),
        invalid_policies: invalid,
        summary: MembersSummary { members: members.len(), by_grant },
        members,
    };
    ctx.out.show(&view)?;
    Ok(ExitStatus::Success)
}

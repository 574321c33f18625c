//! `members list`: who is in an organization, in which groups, and what the gateway grants
//! each of them under the current rules.

use crate::cli::MembersCommand;
use crate::exit::ExitStatus;
use crate::output::views::members::{Members, MembersSummary};
use crate::services::roster::Roster;
use crate::services::{Ctx, LoadedOrg, Snapshot};

pub async fn run(ctx: &Ctx, cmd: MembersCommand) -> anyhow::Result<ExitStatus> {
    let MembersCommand::List { org } = cmd;
    let store = ctx.store().await?;
    let org = LoadedOrg::load(ctx, &store, &org.org).await?;
    let snapshot = Snapshot::latest(ctx, &store).await?;
    let all = store.org_members(&org.row).await?;
    let roster = Roster::of(&org.row.plan, &all);
    let policy = org.compile(&snapshot.catalog);
    let view = Members {
        org: org.listed(&policy),
        rules: org.rules,
        policy_revision: all.settings.as_ref().map_or(0, |(_, r)| *r),
        default_policy: match &roster.default {
            Some(Ok(policies)) => policies.first().cloned(),
            _ => None,
        },
        invalid_policies: roster.invalid(),
        summary: MembersSummary { members: roster.members.len(), by_grant: roster.by_grant },
        members: roster.members,
    };
    ctx.out.show(&view)?;
    Ok(ExitStatus::Success)
}

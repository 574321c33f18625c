//! `groups policy set|remove` and `groups default-policy set|remove`: the gateway's group-policy
//! mutations (GATEWAY-GROUPS.md §5), previewed as each member's access change, confirmed, then
//! written as the gateway writes them: the policy normalized, one `model_access` policy per
//! slot, the revision bumped once, its audit action and message, under its advisory lock.

use serde_json::{json, Value};

use crate::cli::{DefaultPolicyCommand, EditFlags, GroupPolicyCommand, GroupsCommand, PolicyArgs, PolicyMode};
use crate::error::fixable;
use crate::exit::ExitStatus;
use crate::output::views::groups::{
    GroupListed, GroupPolicyEdited, GroupRef, GroupShown, GroupsListed, OrgRef, SlotShown,
};
use crate::policy::catalog::{closest, Catalog};
use crate::policy::evaluate::is_enterprise;
use crate::policy::groups::{self, ModelAccess};
use crate::services::group_policy::{self, find_group, members_change};
use crate::services::roster::Roster;
use crate::services::{read_input, Ctx, LoadedOrg, ProposedPolicy, Snapshot};
use crate::store::{
    Actor, AuditLogEntry, GroupPolicyWrite, OrgMembers, PolicySlot, Store, WriteKind, Written, DEFAULT_POLICY_REMOVE,
    DEFAULT_POLICY_SET, GROUP_POLICY_REMOVE, GROUP_POLICY_SET,
};

use super::cas_edit::{self, CasEdit};

/// One requested mutation.
struct Request<'a> {
    org: &'a str,
    /// The group's name or id; `None`: the default policy.
    group: Option<&'a str>,
    /// `None` removes the policy.
    policy: Option<ModelAccess>,
    flags: EditFlags,
    command: &'static str,
}

pub async fn run(ctx: &Ctx, cmd: GroupsCommand) -> anyhow::Result<ExitStatus> {
    let request = match &cmd {
        GroupsCommand::List { org } => return list(ctx, &org.org).await,
        GroupsCommand::Show { group } => return show(ctx, &group.org.org, &group.group).await,
        GroupsCommand::Policy(GroupPolicyCommand::Set { group, policy, edit }) => Request {
            org: &group.org.org,
            group: Some(&group.group),
            policy: Some(requested_policy(policy)?),
            flags: *edit,
            command: "orgpolicy groups policy set",
        },
        GroupsCommand::Policy(GroupPolicyCommand::Remove { group, edit }) => Request {
            org: &group.org.org,
            group: Some(&group.group),
            policy: None,
            flags: *edit,
            command: "orgpolicy groups policy remove",
        },
        GroupsCommand::DefaultPolicy(DefaultPolicyCommand::Set { org, policy, edit }) => Request {
            org: &org.org,
            group: None,
            policy: Some(requested_policy(policy)?),
            flags: *edit,
            command: "orgpolicy groups default-policy set",
        },
        GroupsCommand::DefaultPolicy(DefaultPolicyCommand::Remove { org, edit }) => Request {
            org: &org.org,
            group: None,
            policy: None,
            flags: *edit,
            command: "orgpolicy groups default-policy remove",
        },
    };
    edit(ctx, request).await
}

/// The policy from a file or from `--mode` and its lists, checked and normalized.
fn requested_policy(args: &PolicyArgs) -> anyhow::Result<ModelAccess> {
    if let Some(path) = &args.file {
        let text = read_input(path, "policy")?;
        return group_policy::parse_policy(&text, &format!("file '{}'", path.display()));
    }
    let listed = !args.models.is_empty() || !args.providers.is_empty();
    let data = match args.mode {
        Some(PolicyMode::Selected) => {
            json!({"mode": "selected", "model_allow_list": args.models, "provider_allow_list": args.providers})
        }
        Some(mode) if listed => {
            let mode = if mode == PolicyMode::All { "all" } else { "none" };
            return Err(fixable(
                format!("--model and --provider go with --mode selected, not --mode {mode}"),
                "a policy of mode all or none has no lists",
            ));
        }
        Some(PolicyMode::All) => json!({"mode": "all"}),
        _ => json!({"mode": "none"}),
    };
    group_policy::parse_policy(&data.to_string(), "from --mode")
}

/// Refuses models and providers the catalog does not know (a typo grants nothing, silently),
/// unless `--allow-unknown`.
fn check_known(policy: &ModelAccess, catalog: &Catalog) -> anyhow::Result<()> {
    let ModelAccess::Selected { model_allow_list, provider_allow_list } = policy else { return Ok(()) };
    let unknown = |kind: &str, name: &str, suggestions: Vec<String>| {
        let hint = suggestions.first().map(|s| format!("did you mean '{s}'? ")).unwrap_or_default();
        fixable(
            format!("{kind} '{name}' is not in the catalog"),
            format!("{hint}pass --allow-unknown to write it anyway"),
        )
    };
    if let Some(m) = model_allow_list.iter().find(|m| catalog.model_id(&m.to_lowercase()).is_none()) {
        return Err(unknown("model", m, closest(m, catalog.models().iter().map(|m| m.id.as_str()))));
    }
    if let Some(p) = provider_allow_list.iter().find(|p| catalog.provider_id(p).is_none()) {
        return Err(unknown("provider", p, closest(p, catalog.providers().iter().map(|p| p.slug.as_str()))));
    }
    Ok(())
}

/// The slot a request writes, as found in the org's current state.
struct Target {
    slot: PolicySlot,
    group: Option<GroupRef>,
    /// The slot's stored array; `None` for the default policy of an org with no settings row.
    stored: Option<String>,
    revision: i64,
}

fn target(all: &OrgMembers, request: &Request, org: &str) -> anyhow::Result<Target> {
    let revision = all.settings.as_ref().map_or(0, |(_, r)| *r);
    Ok(match request.group {
        Some(query) => {
            let g = find_group(all, query, org)?;
            Target {
                slot: PolicySlot::Group(g.id.clone()),
                group: Some(GroupRef { id: g.id.clone(), name: g.name.clone() }),
                stored: Some(g.policies.clone()),
                revision,
            }
        }
        None => Target {
            slot: PolicySlot::Default,
            group: None,
            stored: all.settings.as_ref().map(|(p, _)| p.clone()),
            revision,
        },
    })
}

/// The gateway's audit action and message for this write.
fn audit_action(target: &Target, removing: bool) -> (&'static str, String) {
    match (&target.group, removing) {
        (Some(g), false) => (GROUP_POLICY_SET, format!("Set model_access policy for group \"{}\" ({})", g.name, g.id)),
        (Some(g), true) => {
            (GROUP_POLICY_REMOVE, format!("Removed model_access policy from group \"{}\" ({})", g.name, g.id))
        }
        (None, false) => (DEFAULT_POLICY_SET, "Set default model_access group policy".into()),
        (None, true) => (DEFAULT_POLICY_REMOVE, "Removed default model_access group policy".into()),
    }
}

fn refuse_unless_enterprise(org: &LoadedOrg) -> anyhow::Result<()> {
    if is_enterprise(&org.row.plan) {
        return Ok(());
    }
    Err(fixable(
        format!(
            "cannot change the group policies of '{}': groups are available to Enterprise organizations (plan '{}')",
            org.row.name, org.row.plan
        ),
        "the gateway ignores groups outside Enterprise; change the org's own lists with `orgpolicy providers` and `orgpolicy models`",
    ))
}

async fn edit(ctx: &Ctx, request: Request<'_>) -> anyhow::Result<ExitStatus> {
    let store = ctx.store().await?;
    if !request.flags.dry_run {
        store.ensure_writable(WriteKind::GroupPolicies).await?;
    }
    let org = LoadedOrg::load(ctx, &store, request.org).await?;
    group_policy::require_current_rules(&org)?;
    refuse_unless_enterprise(&org)?;
    let snapshot = Snapshot::latest(ctx, &store).await?;
    if let Some(policy) = &request.policy {
        if let Some(warning) = group_policy::capitalized_warning(policy) {
            ctx.out.warn(warning);
        }
        if !request.flags.allow_unknown {
            check_known(policy, &snapshot.catalog)?;
        }
    }
    let policies_after = groups::policies_document(request.policy.as_ref());
    let mut write = GroupPolicyEdit { store: &store, snapshot: &snapshot, org: &org, request, policies_after };
    cas_edit::run(ctx, &store, &mut write).await
}

/// A group-policy mutation as the edit flow carries it out: prepared on the group rows and
/// revision current at each attempt, written only if that revision is still the stored one.
struct GroupPolicyEdit<'a> {
    store: &'a Store,
    snapshot: &'a Snapshot,
    org: &'a LoadedOrg,
    request: Request<'a>,
    /// The slot's new array, as the gateway writes it.
    policies_after: String,
}

/// A group-policy change's audit `details` (orgpolicy's own schema; the gateway's has none):
/// `{"tool", "slot", "group", "before", "after", "revision_before", "catalog_snapshot"}`.
#[derive(serde::Serialize)]
struct GroupPolicyDetails<'a> {
    tool: &'static str,
    slot: &'static str,
    group: Option<&'a GroupRef>,
    before: Option<&'a Value>,
    after: &'a Value,
    revision_before: i64,
    catalog_snapshot: i64,
}

/// One attempt: the slot as read, and the view of what changes.
struct PreparedPolicy {
    target: Target,
    view: GroupPolicyEdited,
}

impl CasEdit for GroupPolicyEdit<'_> {
    type Prepared = PreparedPolicy;

    async fn prepare(&mut self, ctx: &Ctx, _attempt: u32) -> anyhow::Result<PreparedPolicy> {
        let (org, request) = (self.org, &self.request);
        let all = self.store.org_members(&org.row).await?;
        let target = target(&all, request, &org.row.name)?;
        let stored = target.stored.as_deref().map(groups::stored_model_access);
        if let Some(Err(e)) = &stored {
            ctx.out.warn(format!(
                "the stored policies are invalid ({e}) and the gateway refuses their members; this edit replaces them"
            ));
        }
        // While the default policy is invalid the gateway refuses every member, whatever
        // their groups say: a group's edit alone then changes no one's access.
        if let (PolicySlot::Group(_), Some((default, _))) = (&target.slot, &all.settings) {
            if let Err(e) = groups::parse_policies(default) {
                ctx.out.warn(format!(
                    "the default policy is invalid ({e}): the gateway refuses every member until it is fixed (`orgpolicy groups default-policy set`), so this edit alone changes no one's access"
                ));
            }
        }
        let noop = matches!(&stored, Some(Ok(current)) if *current == request.policy);
        let proposed = match &target.slot {
            PolicySlot::Group(id) => ProposedPolicy::Group { id: id.clone(), policy: request.policy.clone() },
            PolicySlot::Default => ProposedPolicy::Default(request.policy.clone()),
        };
        let group_name = target.group.as_ref().map(|g| g.name.clone());
        let access = members_change(org, &all, &proposed, &self.snapshot.catalog, group_name);
        let view = GroupPolicyEdited {
            slot: if target.group.is_some() { "group" } else { "default" },
            summary: describe(&target, request.policy.is_none()),
            group: target.group.as_ref().map(|g| GroupRef { id: g.id.clone(), name: g.name.clone() }),
            changed: false,
            dry_run: request.flags.dry_run && !noop,
            would_change: !noop,
            policies_before: target.stored.as_deref().map(as_json),
            policies_after: as_json(&self.policies_after),
            revision_before: target.revision,
            revision_after: None,
            audit_id: None,
            access,
        };
        Ok(PreparedPolicy { target, view })
    }

    fn writes(&self, p: &PreparedPolicy) -> bool {
        p.view.would_change && !self.request.flags.dry_run
    }

    fn preview(&self, ctx: &Ctx, p: &PreparedPolicy) -> anyhow::Result<()> {
        Ok(p.view.render_preview(&ctx.out)?)
    }

    fn question(&self, p: &PreparedPolicy) -> String {
        format!("{} of '{}'", p.view.summary, self.org.row.name)
    }

    async fn write(&mut self, p: &mut PreparedPolicy, actor: &Actor) -> anyhow::Result<Written<()>> {
        let (action, message) = audit_action(&p.target, self.request.policy.is_none());
        let audit = AuditLogEntry {
            action: action.into(),
            actor: actor.clone(),
            message: format!("{message} [{}]", self.request.command),
            details: serde_json::value::to_raw_value(&GroupPolicyDetails {
                tool: crate::policy::trail::TOOL,
                slot: p.view.slot,
                group: p.view.group.as_ref(),
                before: p.view.policies_before.as_ref(),
                after: &p.view.policies_after,
                revision_before: p.target.revision,
                catalog_snapshot: self.snapshot.id,
            })?,
        };
        let write = GroupPolicyWrite {
            slot: &p.target.slot,
            expected_revision: p.target.revision,
            policies: &self.policies_after,
            audit: &audit,
        };
        Ok(match self.store.set_group_policies(&self.org.row.id, &write).await? {
            Written::Done((audit_id, revision)) => {
                p.view.changed = true;
                p.view.revision_after = Some(revision);
                p.view.audit_id = Some(audit_id);
                Written::Done(())
            }
            Written::Refused(why) => Written::Refused(why),
            Written::Changed => Written::Changed,
        })
    }

    fn show(&self, ctx: &Ctx, p: &PreparedPolicy) -> anyhow::Result<()> {
        Ok(ctx.out.show(&p.view)?)
    }

    fn org_name(&self) -> &str {
        &self.org.row.name
    }

    fn versioned(&self) -> &'static str {
        "the group policies"
    }
}

fn describe(target: &Target, removing: bool) -> String {
    match (&target.group, removing) {
        (Some(g), false) => format!("set the policy of group '{}'", g.name),
        (Some(g), true) => format!("remove the policy of group '{}'", g.name),
        (None, false) => "set the default policy".into(),
        (None, true) => "remove the default policy".into(),
    }
}

/// `groups list`: every group with its members and policy, and the default policy.
async fn list(ctx: &Ctx, query: &str) -> anyhow::Result<ExitStatus> {
    let store = ctx.store().await?;
    let org = LoadedOrg::load(ctx, &store, query).await?;
    let all = store.org_members(&org.row).await?;
    let roster = Roster::of(&org.row.plan, &all);
    let view = GroupsListed {
        org: OrgRef { id: org.row.id.clone(), name: org.row.name.clone() },
        policy_revision: all.settings.as_ref().map_or(0, |(_, r)| *r),
        default_policy: SlotShown::of(all.settings.as_ref().map(|(p, _)| p.as_str()), roster.default.as_ref()),
        groups: roster
            .groups
            .iter()
            .map(|g| GroupListed {
                id: g.id.to_string(),
                name: g.name.to_string(),
                members: g.members,
                policy: SlotShown::of(Some(g.stored), Some(&g.read)),
            })
            .collect(),
        members: roster.members.len(),
    };
    ctx.out.show(&view)?;
    Ok(ExitStatus::Success)
}

/// `groups show`: one group's policy as stored and as read, and its members' grants.
async fn show(ctx: &Ctx, query: &str, group: &str) -> anyhow::Result<ExitStatus> {
    let store = ctx.store().await?;
    let org = LoadedOrg::load(ctx, &store, query).await?;
    let all = store.org_members(&org.row).await?;
    let found = find_group(&all, group, &org.row.name)?;
    let roster = Roster::of(&org.row.plan, &all);
    let read = roster.groups.iter().find(|g| g.id == found.id).map(|g| &g.read);
    let members: Vec<_> = roster.members.iter().filter(|m| m.groups.contains(&found.name)).cloned().collect();
    let view = GroupShown {
        org: OrgRef { id: org.row.id.clone(), name: org.row.name.clone() },
        group: GroupRef { id: found.id.clone(), name: found.name.clone() },
        policy: SlotShown::of(Some(&found.policies), read),
        default_policy: SlotShown::of(all.settings.as_ref().map(|(p, _)| p.as_str()), roster.default.as_ref()),
        members,
    };
    ctx.out.show(&view)?;
    Ok(ExitStatus::Success)
}

/// Stored JSON text as JSON (text the database holds is JSON; anything else is shown as text).
fn as_json(text: &str) -> Value {
    serde_json::from_str(text).unwrap_or_else(|_| Value::String(text.into()))
}

//! One member's access as the gateway decides it under the current rules (GATEWAY-GROUPS.md):
//! loaded once (their groups, the org's default policy), then asked model by model. Shared by
//! `check --member` and the listings' `--member`.

use std::collections::HashMap;
use std::sync::Arc;

use crate::error::fixable;
use crate::policy::evaluate::is_enterprise;
use crate::policy::groups::{self, Baseline, MemberDecision, MemberGrant};
use crate::policy::{Catalog, PairState, Rules};
use crate::store::{Store, StoreError};

use super::LoadedOrg;

/// Who asks, and what they are granted; `grant` is `None` when a policy of theirs is stored
/// JSON the gateway rejects (it then refuses every request of theirs).
pub struct MemberAccess {
    pub view: MemberView,
    pub grant: Option<MemberGrant>,
    baseline: Baseline,
}

impl MemberAccess {
    /// A (model, provider) pair as served: the org's state, or with `decision` (the member's
    /// decision for the model, `None` inside when their policy is invalid) the member's.
    pub fn served_pair_state(
        policy: &crate::policy::CompiledPolicy,
        c: &Catalog,
        model: crate::policy::catalog::ModelId,
        p: crate::policy::provider_set::ProviderId,
        decision: Option<&Option<MemberDecision>>,
    ) -> PairState {
        let org_state = policy.pair_state(c, model, p);
        match decision {
            Some(decision) => {
                policy.as_served(c, model, p, Self::pair_state(org_state, decision.as_ref(), &c.provider(p).slug))
            }
            None => org_state,
        }
    }

    /// A provider as the member gets it, over the catalog models it serves (`served`) given
    /// the member's decision per model: its state (granted beyond the org's, no grant, an
    /// invalid policy, else the org's) and how many of those models the member may use
    /// through it.
    pub fn provider_state(
        policy: &crate::policy::CompiledPolicy,
        c: &Catalog,
        p: crate::policy::provider_set::ProviderId,
        served: &[usize],
        decisions: &[Option<MemberDecision>],
    ) -> (PairState, usize) {
        let org_state = policy.provider_state(p);
        let states: Vec<PairState> = served
            .iter()
            .map(|&m| Self::served_pair_state(policy, c, m as crate::policy::catalog::ModelId, p, Some(&decisions[m])))
            .collect();
        let allowed = states.iter().filter(|s| s.is_allowed()).count();
        let state = match (allowed > 0, org_state.is_allowed()) {
            (true, false) => PairState::GrantedToMember,
            (false, true) if states.contains(&PairState::NoGrant) => PairState::NoGrant,
            (false, true) if states.contains(&PairState::InvalidGroupPolicy) => PairState::InvalidGroupPolicy,
            _ => org_state,
        };
        (state, allowed)
    }

    /// The grant a request is decided with: the member's, a fail-closed refusal when a policy
    /// of theirs is invalid, or (under the older rules, which know no groups) the org baseline.
    pub fn request_grant(access: Option<&MemberAccess>) -> crate::policy::request::Grant<'_> {
        use crate::policy::request::Grant;
        match access.map(|m| (&m.grant, &m.view.note)) {
            Some((Some(grant), _)) => Grant::Member(grant),
            Some((None, note)) => Grant::Invalid(note.as_deref().unwrap_or("stored group policy JSON is invalid")),
            None => Grant::Member(&crate::policy::groups::MemberGrant::OrganizationBaseline),
        }
    }

    /// Under the current rules: `member` (a user id or an email), or a member in no group.
    /// `None` under the older rules, which know no groups (`--member` is then an error).
    pub async fn load(store: &Store, org: &LoadedOrg, member: Option<&str>) -> anyhow::Result<Option<Self>> {
        if org.rules != Rules::Current {
            return match member {
                Some(_) => Err(fixable(
                    format!(
                        "--member decides with group policies, under the gateway's current rules; the {} rules are in force",
                        org.rules
                    ),
                    "leave out --rules (the current rules are the default)",
                )),
                None => Ok(None),
            };
        }
        let baseline = baseline_of(org);
        let enterprise = is_enterprise(&org.row.plan);
        let context = match store.member_context(&org.row, member).await {
            Ok(context) => context,
            Err(StoreError::NoGroupTables { missing, .. }) if member.is_none() => {
                // Without the tables every member is on the baseline.
                let view = MemberView {
                    id: None,
                    email: None,
                    groups: Vec::new(),
                    policy_revision: 0,
                    grant: None,
                    decision: None,
                    note: Some(format!(
                        "decided on the organization baseline: this database has no member-level access tables ({missing})"
                    )),
                };
                let grant = groups::member_grant(enterprise, None, &[]);
                return Ok(Some(Self {
                    view: MemberView { grant: Some(grant.clone()), ..view },
                    grant: Some(grant),
                    baseline,
                }));
            }
            Err(e) => return Err(e.into()),
        };
        let (id, email) = match &context.member {
            Some(m) => (Some(m.kilo_user_id.clone()), m.email.clone()),
            None => (None, None),
        };
        let mut view = MemberView {
            id,
            email,
            groups: context.groups.iter().map(|g| g.name.clone()).collect(),
            policy_revision: context.policy_revision,
            grant: None,
            decision: None,
            note: member.is_none().then(|| {
                "decided for a member in no group (the organization's default policy); pass --member USER for someone's groups".to_string()
            }),
        };
        let fail_closed = |mut view: MemberView, why: String| {
            view.note = Some(format!(
                "stored group policy JSON is invalid ({why}): the gateway fails closed and refuses every request of this member"
            ));
            Self { view, grant: None, baseline: baseline.clone() }
        };
        let default = match context.default_policies.as_deref().map(groups::parse_policies).transpose() {
            Ok(default) => default,
            Err(e) => return Ok(Some(fail_closed(view, format!("the default policy: {e}")))),
        };
        let mut granted = Vec::with_capacity(context.groups.len());
        for group in &context.groups {
            match groups::parse_policies(&group.policies) {
                Ok(policies) => granted.push((group.name.clone(), policies)),
                Err(e) => return Ok(Some(fail_closed(view, format!("group '{}': {e}", group.name)))),
            }
        }
        let grant = groups::member_grant(enterprise, default.as_deref(), &granted);
        view.grant = Some(grant.clone());
        Ok(Some(Self { view, grant: Some(grant), baseline }))
    }

    /// The member's decision on one model as the gateway checks it (lowercased); `None` when
    /// their stored policy is invalid (every request refused).
    pub fn decide(&self, catalog: &Catalog, model: &str) -> Option<MemberDecision> {
        let grant = self.grant.as_ref()?;
        Some(groups::decide(grant, &self.baseline, catalog, &model.to_lowercase()))
    }
}

impl MemberAccess {
    /// The state of one (model, provider) pair for this member, given the org's own state of
    /// it and the member's decision on the model: the org's rules where they decided (the
    /// same answer, in the same words), the member's grant where it did.
    pub fn pair_state(org_state: PairState, decision: Option<&MemberDecision>, provider: &str) -> PairState {
        let Some(decision) = decision else { return PairState::InvalidGroupPolicy };
        if !decision.decided_by.is_grant() {
            return org_state;
        }
        let routed = decision.routes.as_ref().is_none_or(|r| r.iter().any(|p| p == provider));
        if decision.allowed && routed && provider != groups::VIRTUAL_ROUTE {
            PairState::GrantedToMember
        } else {
            PairState::NoGrant
        }
    }
}

/// A proposed change of an org's group policies: one group's `model_access` policy, or the
/// default one; `None` removes it.
pub enum ProposedPolicy {
    Group { id: String, policy: Option<groups::ModelAccess> },
    Default(Option<groups::ModelAccess>),
}

impl ProposedPolicy {
    /// The policies array it leaves in its slot (the only policy type is `model_access`).
    fn policies(policy: &Option<groups::ModelAccess>) -> Vec<groups::ModelAccess> {
        policy.iter().cloned().collect()
    }
}

/// What each member of the org can use now and under a proposed policy:
/// `(member id, email, usable models now, usable models then)`; `None` for a side where a
/// policy of theirs is invalid (everything refused).
pub type MemberAccessChange = (String, Option<String>, Option<Arc<[String]>>, Option<Arc<[String]>>);

/// Every member's usable models, now and with `proposed` in place of what is stored. Members in
/// the same groups get the same answer, so it is decided once per distinct set of groups (of
/// which an org has far fewer than members), and shared: linear in members and groups.
pub fn access_change(
    org: &LoadedOrg,
    all: &crate::store::OrgMembers,
    proposed: &ProposedPolicy,
    catalog: &Catalog,
) -> Vec<MemberAccessChange> {
    let enterprise = is_enterprise(&org.row.plan);
    let baseline = baseline_of(org);
    let parse = |text: &str| groups::parse_policies(text).ok();
    let default_now: Option<Option<Vec<groups::ModelAccess>>> = all.settings.as_ref().map(|(p, _)| parse(p));
    let default_then = match proposed {
        ProposedPolicy::Default(policy) => Some(Some(ProposedPolicy::policies(policy))),
        ProposedPolicy::Group { .. } => default_now.clone(),
    };
    // Each stored array parsed once; the proposed side replaces one group's.
    let now: Vec<(String, Option<Vec<groups::ModelAccess>>)> =
        all.groups.iter().map(|g| (g.name.clone(), parse(&g.policies))).collect();
    let mut then = now.clone();
    if let ProposedPolicy::Group { id, policy } = proposed {
        for (i, _) in all.groups.iter().enumerate().filter(|(_, g)| g.id == *id) {
            then[i].1 = Some(ProposedPolicy::policies(policy));
        }
    }
    let usable = |default: &Option<Option<Vec<groups::ModelAccess>>>,
                  groups: &[(String, Option<Vec<groups::ModelAccess>>)],
                  mine: &[usize]|
     -> Option<Arc<[String]>> {
        let grant = groups::member_grant_of_parsed(
            enterprise,
            default.as_ref().map(|d| d.as_deref()),
            mine.iter().map(|&i| (groups[i].0.as_str(), groups[i].1.as_deref())),
        )?;
        Some(groups::usable_models(&grant, &baseline, catalog).into())
    };
    type Decided = (Option<Arc<[String]>>, Option<Arc<[String]>>);
    let mut decided: HashMap<&[usize], Decided> = HashMap::new();
    all.members
        .iter()
        .map(|m| {
            let mine = all.groups_of(&m.kilo_user_id);
            let (before, after) = decided
                .entry(mine)
                .or_insert_with(|| (usable(&default_now, &now, mine), usable(&default_then, &then, mine)))
                .clone();
            (m.kilo_user_id.clone(), m.email.clone(), before, after)
        })
        .collect()
}

/// What the org's settings contribute to each member's decision, as the gateway reads them.
fn baseline_of(org: &LoadedOrg) -> Baseline {
    Baseline::of(org.settings.gateway_lists(), crate::policy::evaluate::enforced_combos(&org.as_org()))
}

/// Who sends the request, under the gateway's member-level access (current rules):
/// `{"id", "email", "groups": [names], "policy_revision", "grant": {"mode", ...}, "decision":
/// {"allowed", "routes", "denial_source", "decided_by"}, "note"}`. `id` is null for a member
/// in no group (no `--member`).
#[derive(serde::Serialize, Clone)]
pub struct MemberView {
    pub id: Option<String>,
    pub email: Option<String>,
    pub groups: Vec<String>,
    pub policy_revision: i64,
    pub grant: Option<MemberGrant>,
    pub decision: Option<MemberDecision>,
    pub note: Option<String>,
}

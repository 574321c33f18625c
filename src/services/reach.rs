//! `access`: who can reach a provider or a model today. Each org (or member) is decided pair by
//! pair as `check` decides a request naming the model and the provider (the one request
//! decision of `policy::decision`): the org's own rules, or with members the grant of their
//! groups on top of them.

use std::sync::Arc;

use serde::Serialize;

use crate::error::fixable;
use crate::policy::abuse::Enforcement;
use crate::policy::catalog::{closest, Catalog, ModelId};
use crate::policy::decision::{self, Asker, Inbound};
use crate::policy::evaluate::is_enterprise;
use crate::policy::evaluate::served;
use crate::policy::gateway::normalize_model_id;
use crate::policy::groups::{self, DecidedBy, MemberDecision, MemberGrant, Source};
use crate::policy::provider_set::ProviderId;
use crate::policy::request::Grant;
use crate::policy::{PairState, Rules};

use super::fleet::{lists_signature, FleetOrg, MemberGrants, Memo};
use super::{MemberAccess, OrgRef};

/// What is asked about, resolved against the catalog once: each provider with the catalog
/// models it serves under the rules in force (only the one model, when one is named), each
/// with the ids a request names to be served through it (`x`, `x:free`).
pub struct Target {
    pub providers: Vec<(ProviderId, Vec<Served>)>,
    /// The target's request ids as the gateway compares them with a model deny list (lowercased,
    /// cut at `:`), and every provider serving one of them (and the virtual one): a deny entry
    /// or an allow-list entry outside these cannot change an answer about the target.
    relevant_models: std::collections::HashSet<String>,
    relevant_providers: std::collections::HashSet<String>,
}

/// One catalog model a provider serves, and the request ids it serves it under.
pub struct Served {
    pub model: ModelId,
    pub ids: Vec<String>,
}

impl Target {
    /// `--provider` and/or `--model`; an unknown one is refused with the closest names.
    pub fn resolve(c: &Catalog, rules: Rules, provider: Option<&str>, model: Option<&str>) -> anyhow::Result<Self> {
        let current = rules == Rules::Current;
        let model = model.map(|m| find_model(c, m)).transpose()?;
        let providers: Vec<ProviderId> = match provider {
            Some(slug) => vec![super::catalog_provider(c, slug)?],
            None => c.live().iter().collect(),
        };
        let served_by = |p: ProviderId| -> Vec<Served> {
            let models: Box<dyn Iterator<Item = ModelId>> = match model {
                Some(m) => Box::new(std::iter::once(m)),
                None => Box::new((0..c.models().len()).map(|i| i as ModelId)),
            };
            models
                .filter(|&m| served(c, m, current).contains(p))
                .map(|m| Served { model: m, ids: ids_through(c, m, p, current) })
                .collect()
        };
        let providers: Vec<(ProviderId, Vec<Served>)> =
            providers.into_iter().map(|p| (p, served_by(p))).filter(|(_, models)| !models.is_empty()).collect();
        if providers.is_empty() {
            if let (Some(slug), Some(m)) = (provider, model) {
                return Err(fixable(
                    format!("provider '{slug}' does not serve '{}' in the latest snapshot", c.model(m).id),
                    format!(
                        "leave out --provider to see every provider serving it: `orgpolicy access --model {}`",
                        c.model(m).id
                    ),
                ));
            }
        }
        let ids = || providers.iter().flat_map(|(_, served)| served.iter().flat_map(|s| s.ids.iter()));
        let relevant_models = ids().map(|id| normalize_model_id(&id.to_lowercase()).to_string()).collect();
        let mut relevant_providers: std::collections::HashSet<String> =
            ids().flat_map(|id| c.gateway_providers(id)).collect();
        relevant_providers.extend(providers.iter().map(|(p, _)| c.provider(*p).slug.clone()));
        relevant_providers.insert(crate::policy::gateway::VIRTUAL_PROVIDER.to_string());
        Ok(Self { providers, relevant_models, relevant_providers })
    }
}

/// The ids of model `m` a request names to be served through `p`: its variants `p` serves (as
/// the gateway looks each up, under the current rules).
fn ids_through(c: &Catalog, m: ModelId, p: ProviderId, current: bool) -> Vec<String> {
    let variants = &c.model(m).variants;
    let ids: Vec<String> = variants
        .iter()
        .filter(|v| if current { c.lookup(&v.full_id).contains(p) } else { v.serving.contains(p) })
        .map(|v| v.full_id.clone())
        .collect();
    // A router's routes are not its variants' providers: named by the model's id.
    if ids.is_empty() {
        vec![c.model(m).id.clone()]
    } else {
        ids
    }
}

fn find_model(c: &Catalog, id: &str) -> anyhow::Result<ModelId> {
    let wanted = id.trim();
    c.model_id(wanted).or_else(|| c.model_id(&wanted.to_lowercase())).ok_or_else(|| {
        let names = closest(&wanted.to_lowercase(), c.models().iter().map(|m| m.id.as_str()));
        fixable(
            format!("--model '{id}' is not a model of the latest catalog snapshot"),
            match names.first() {
                Some(name) => format!("did you mean '{name}'? `orgpolicy models list --org ORG` lists the models"),
                None => "`orgpolicy models list --org ORG` lists the models".to_string(),
            },
        )
    })
}

/// A member named in a result: `{"id", "email"}`.
#[derive(Debug, Clone, Serialize)]
pub struct MemberRef {
    pub id: String,
    pub email: Option<String>,
}

/// One org (or member) that can use models through one provider: `{"org": {"id", "name"},
/// "member": {"id", "email"} | null, "provider", "models": [ids], "through": [how: the org's
/// pair states (`allowed`, `unrestricted`, `not_enforced`, `exempt`) or `granted_to_member`],
/// "granted_by": [{"kind": "group", "name"} | {"kind": "default"}]}`.
#[derive(Debug, Clone, Serialize)]
pub struct Reach {
    pub org: OrgRef,
    pub member: Option<MemberRef>,
    pub provider: String,
    /// Shared with every org and member in the same situation on this worker.
    pub models: Arc<[String]>,
    pub through: Vec<&'static str>,
    pub granted_by: Vec<Source>,
}

/// Whether a request for `id` naming provider `slug` is served through it, decided as `check`
/// decides it (the policy's pair state only says which requests are worth asking).
fn admits(asker: &Asker<'_>, c: &Catalog, id: &str, slug: &str) -> bool {
    let inbound = Inbound { model: id, provider: Some(slug), ..Inbound::default() };
    let proceeds = Enforcement::Proceeds { delay_ms: 0, rewrite: None };
    let decided = decision::decide(asker.clone(), c, &inbound, &proceeds);
    decided.allowed && decided.answer.providers.iter().any(|p| p == slug)
}

/// Answers already decided on this worker, by everything they depend on ([`signature`]): the
/// orgs of a fleet share a handful of situations (no restriction, a teams plan, the same
/// allow list).
pub type Answers = Memo<Vec<Option<Found>>>;

/// Everything a request naming one catalog id and one provider is decided with, for `org` (and
/// a member's `grant`): under today's rules the plan, the lists the gateway reads, the trial,
/// BYOK keys, custom models and enforced combinations; under the older rules the whole
/// document. Orgs with the same signature get the same answers.
fn signature(org: &FleetOrg, target: &Target, grant: Option<&Option<MemberGrant>>) -> String {
    let o = &org.org;
    let read = match o.rules {
        Rules::Current => {
            let l = o.settings.gateway_lists();
            let combos = crate::policy::evaluate::enforced_combos(&o.as_org());
            // Only entries that can match a request about the target (see [`Target`]).
            let allow = l
                .provider_allow_list
                .as_ref()
                .map(|list| list.iter().filter(|p| target.relevant_providers.contains(*p)).collect());
            let deny = l.model_deny_list.iter().filter(|m| target.relevant_models.contains(*m)).collect();
            format!("{}|{combos:?}", lists_signature(l, allow, deny))
        }
        _ => o.settings.text().to_string(),
    };
    format!("{}|{read}|{grant:?}", org.inputs_signature(o.rules))
}

/// Who in `org` can reach the target: the org itself, or (`members`) each of its members.
pub fn reaches(fleet_org: &FleetOrg, c: &Catalog, target: &Target, members: bool, answers: &mut Answers) -> Vec<Reach> {
    let org = OrgRef { id: fleet_org.org.row.id.clone(), name: fleet_org.org.row.name.clone() };
    let slug = |p: ProviderId| c.provider(p).slug.clone();
    let decider = Decider::new(fleet_org, c);
    if !members {
        let found = answers.get_or(signature(fleet_org, target, None), || decider.org_found(target));
        return target
            .providers
            .iter()
            .zip(found.iter())
            .filter_map(|((p, _), found)| found.clone().map(|f| f.reach(org.clone(), None, slug(*p))))
            .collect();
    }
    let grants = fleet_org.member_grants();
    // Members with the same grant reach the same models: decided once per grant.
    let per_grant: Vec<std::sync::Arc<Vec<Option<Found>>>> = (0..grants.grants.len())
        .map(|g| {
            answers.get_or(signature(fleet_org, target, Some(&grants.grants[g])), || {
                decider.grant_found(&grants, g, target)
            })
        })
        .collect();
    let mut out = Vec::new();
    for (i, (p, _)) in target.providers.iter().enumerate() {
        for (member, g) in &grants.members {
            if let Some(found) = &per_grant[*g][i] {
                let who = MemberRef { id: member.kilo_user_id.clone(), email: member.email.clone() };
                out.push(found.clone().reach(org.clone(), Some(who), slug(*p)));
            }
        }
    }
    out
}

/// One org's requests decided, its policy compiled the first time it is needed.
struct Decider<'a> {
    org: &'a FleetOrg,
    catalog: &'a Catalog,
    compiled: std::cell::OnceCell<(crate::policy::CompiledPolicy, MemberGrant)>,
}

impl<'a> Decider<'a> {
    fn new(org: &'a FleetOrg, catalog: &'a Catalog) -> Self {
        Self { org, catalog, compiled: std::cell::OnceCell::new() }
    }

    /// The policy, and the grant of the organization's own rules: what a member in no group of
    /// an org without group policies gets (today's rules read no grant beyond the plan's; the
    /// older ones none).
    fn compiled(&self) -> &(crate::policy::CompiledPolicy, MemberGrant) {
        self.compiled.get_or_init(|| {
            let own = match self.org.org.rules {
                Rules::Current => groups::member_grant(is_enterprise(&self.org.org.row.plan), None, &[]),
                _ => MemberGrant::OrganizationBaseline,
            };
            (self.org.policy(self.catalog), own)
        })
    }

    fn org_found(&self, target: &Target) -> Vec<Option<Found>> {
        let (policy, own) = self.compiled();
        let context = self.org.inputs.context(&self.org.org);
        let c = self.catalog;
        let asker = Asker {
            rules: self.org.org.rules,
            context: &context,
            policy,
            grant: Grant::Member(own),
            default_model: None,
        };
        target
            .providers
            .iter()
            .map(|(p, models)| {
                let slug = c.provider(*p).slug.as_str();
                let states = models.iter().flat_map(|s| {
                    let state = policy.pair_state(c, s.model, *p);
                    s.ids.iter().map(move |id| (id.as_str(), state, None))
                });
                Found::of(states.filter(|(id, state, _)| state.is_allowed() && admits(&asker, c, id, slug)))
            })
            .collect()
    }

    fn grant_found(&self, grants: &MemberGrants<'_>, g: usize, target: &Target) -> Vec<Option<Found>> {
        let (policy, _) = self.compiled();
        let context = self.org.inputs.context(&self.org.org);
        let grant = match &grants.grants[g] {
            Some(grant) => Grant::Member(grant),
            None => Grant::Invalid(INVALID_POLICY),
        };
        let asker = Asker { rules: self.org.org.rules, context: &context, policy, grant, default_model: None };
        target.providers.iter().map(|(p, models)| member_found(grants, g, &asker, self.catalog, *p, models)).collect()
    }
}

/// What grant `g` reaches through `p`, decided per model as `check --member` decides it.
fn member_found(
    grants: &MemberGrants<'_>,
    g: usize,
    asker: &Asker<'_>,
    c: &Catalog,
    p: ProviderId,
    models: &[Served],
) -> Option<Found> {
    let slug = c.provider(p).slug.as_str();
    let states = models.iter().flat_map(|s| {
        s.ids.iter().map(move |id| {
            let decision = grants.decide_id(c, g, id);
            let state = MemberAccess::served_pair_state(asker.policy, c, s.model, p, Some(&decision));
            (id.as_str(), state, decision)
        })
    });
    Found::of(states.filter(|(id, state, _)| state.is_allowed() && admits(asker, c, id, slug)))
}

/// Why a member with an invalid stored policy is refused everything.
const INVALID_POLICY: &str = "stored group policy JSON is invalid";

/// The models reached through one provider, and how.
#[derive(Clone)]
pub struct Found {
    models: Arc<[String]>,
    through: Vec<&'static str>,
    granted_by: Vec<Source>,
}

impl Found {
    fn of<'a>(states: impl Iterator<Item = (&'a str, PairState, Option<MemberDecision>)>) -> Option<Self> {
        let (mut models, mut through, mut granted_by) = (Vec::new(), Vec::new(), Vec::new());
        for (id, state, decision) in states {
            models.push(id.to_string());
            if !through.contains(&state.code()) {
                through.push(state.code());
            }
            let sources = match decision.map(|d| d.decided_by) {
                Some(DecidedBy::GroupModel { from } | DecidedBy::GroupProviders { from }) => from,
                _ => Vec::new(),
            };
            for source in sources {
                if !granted_by.contains(&source) {
                    granted_by.push(source);
                }
            }
        }
        through.sort_unstable();
        (!models.is_empty()).then(|| Found { models: models.into(), through, granted_by })
    }

    fn reach(self, org: OrgRef, member: Option<MemberRef>, provider: String) -> Reach {
        Reach { org, member, provider, models: self.models, through: self.through, granted_by: self.granted_by }
    }
}

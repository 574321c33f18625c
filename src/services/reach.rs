//! `access`: who can reach a provider or a model today. Each org (or member) is decided pair by
//! pair as `check` decides a request naming the model and the provider (the one request
//! decision of `policy::decision`): the org's own rules, or with members the grant of their
//! groups on top of them.

use serde::Serialize;

use crate::error::fixable;
use crate::policy::abuse::Enforcement;
use crate::policy::catalog::{closest, Catalog, ModelId};
use crate::policy::decision::{self, Asker, Inbound};
use crate::policy::evaluate::is_enterprise;
use crate::policy::evaluate::served;
use crate::policy::groups::{self, DecidedBy, MemberDecision, MemberGrant, Source};
use crate::policy::provider_set::ProviderId;
use crate::policy::request::Grant;
use crate::policy::{PairState, Rules};

use super::fleet::{FleetOrg, MemberGrants};
use super::{MemberAccess, OrgRef};

/// What is asked about, resolved against the catalog once: each provider with the catalog
/// models it serves under the rules in force (only the one model, when one is named), each
/// with the ids a request names to be served through it (`x`, `x:free`).
pub struct Target {
    pub providers: Vec<(ProviderId, Vec<Served>)>,
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
            Some(slug) => vec![find_provider(c, slug)?],
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
        Ok(Self { providers })
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

fn find_provider(c: &Catalog, slug: &str) -> anyhow::Result<ProviderId> {
    let wanted = slug.trim().to_lowercase();
    c.provider_id(&wanted).ok_or_else(|| {
        let names = closest(&wanted, c.providers().iter().map(|p| p.slug.as_str()));
        fixable(
            format!("--provider '{slug}' is not a provider of the latest catalog snapshot"),
            match names.first() {
                Some(name) => format!("did you mean '{name}'? `orgpolicy catalog show` lists the providers"),
                None => "`orgpolicy catalog show` lists the providers".to_string(),
            },
        )
    })
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
    pub models: Vec<String>,
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

/// Who in `org` can reach the target: the org itself, or (`members`) each of its members.
pub fn reaches(fleet_org: &FleetOrg, c: &Catalog, target: &Target, members: bool) -> Vec<Reach> {
    let policy = fleet_org.policy(c);
    let context = fleet_org.inputs.context(&fleet_org.org);
    let rules = fleet_org.org.rules;
    // The organization's own rules: what a member in no group of an org without group
    // policies gets (today's rules read no grant beyond the plan's; the older ones none).
    let own = match rules {
        Rules::Current => groups::member_grant(is_enterprise(&fleet_org.org.row.plan), None, &[]),
        _ => MemberGrant::OrganizationBaseline,
    };
    let asker = Asker { rules, context: &context, policy: &policy, grant: Grant::Member(&own), default_model: None };
    let org = OrgRef { id: fleet_org.org.row.id.clone(), name: fleet_org.org.row.name.clone() };
    let slug = |p: ProviderId| c.provider(p).slug.as_str();
    if !members {
        let baseline = &asker;
        return target
            .providers
            .iter()
            .filter_map(|(p, models)| {
                let states = models.iter().flat_map(|s| {
                    let state = policy.pair_state(c, s.model, *p);
                    s.ids.iter().map(move |id| (id.as_str(), state, None))
                });
                let found =
                    Found::of(states.filter(|(id, state, _)| state.is_allowed() && admits(baseline, c, id, slug(*p))));
                found.map(|f| f.reach(org.clone(), None, slug(*p).to_string()))
            })
            .collect();
    }
    let grants = fleet_org.member_grants();
    let mut out = Vec::new();
    for (p, models) in &target.providers {
        // Members with the same grant reach the same models: decided once per grant.
        let per_grant: Vec<Option<Found>> = (0..grants.grants.len())
            .map(|g| {
                let grant = match &grants.grants[g] {
                    Some(grant) => Grant::Member(grant),
                    None => Grant::Invalid(INVALID_POLICY),
                };
                member_found(&grants, g, &Asker { grant, ..asker.clone() }, c, *p, models)
            })
            .collect();
        for (member, g) in &grants.members {
            if let Some(found) = &per_grant[*g] {
                let who = MemberRef { id: member.kilo_user_id.clone(), email: member.email.clone() };
                out.push(found.clone().reach(org.clone(), Some(who), slug(*p).to_string()));
            }
        }
    }
    out
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
struct Found {
    models: Vec<String>,
    through: Vec<&'static str>,
    granted_by: Vec<Source>,
}

impl Found {
    fn of<'a>(states: impl Iterator<Item = (&'a str, PairState, Option<MemberDecision>)>) -> Option<Self> {
        let mut found = Found { models: Vec::new(), through: Vec::new(), granted_by: Vec::new() };
        for (id, state, decision) in states {
            found.models.push(id.to_string());
            if !found.through.contains(&state.code()) {
                found.through.push(state.code());
            }
            let sources = match decision.map(|d| d.decided_by) {
                Some(DecidedBy::GroupModel { from } | DecidedBy::GroupProviders { from }) => from,
                _ => Vec::new(),
            };
            for source in sources {
                if !found.granted_by.contains(&source) {
                    found.granted_by.push(source);
                }
            }
        }
        found.through.sort_unstable();
        (!found.models.is_empty()).then_some(found)
    }

    fn reach(self, org: OrgRef, member: Option<MemberRef>, provider: String) -> Reach {
        Reach { org, member, provider, models: self.models, through: self.through, granted_by: self.granted_by }
    }
}

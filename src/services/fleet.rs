//! The whole fleet at once (`access`, `diff --all`): every organization read in one snapshot
//! with what the gateway reads for its requests and, where asked, its members; decided on
//! worker threads; the results handed back in scan order, so output streams with flat memory.

use std::collections::HashMap;

use crate::parallel::{self, OrderedPool};
use crate::policy::access::EffectiveAccess;
use crate::policy::catalog::{Catalog, ModelId};
use crate::policy::evaluate::is_enterprise;
use crate::policy::evaluate::{enforced_combos, Org};
use crate::policy::gateway::{normalize_model_id, GatewayLists};
use crate::policy::groups::{self, Baseline, MemberDecision, MemberGrant};
use crate::policy::provider_set::{ProviderId, ProviderSet};
use crate::policy::{CompiledPolicy, Rules, Settings};
use crate::store::{FleetMembers, FleetOrgRow, FleetRead, MemberRow, OrgMembers, Store};

use super::{LoadedOrg, MemberAccess, RequestInputs};

/// One organization of the fleet, with everything its requests are decided with.
pub struct FleetOrg {
    pub org: LoadedOrg,
    pub inputs: RequestInputs,
    /// Its members, groups and group policies, where they were read.
    pub members: Option<OrgMembers>,
    /// Whether it uses groups (where members or the flag were read).
    pub uses_groups: bool,
    /// The catalog sync's audit messages for it, oldest first, where they were read.
    pub sync_log: Vec<String>,
}

impl FleetOrg {
    /// Parses one scanned row (on a worker thread: settings and member documents are parsed
    /// in parallel).
    pub fn from_row(mut row: FleetOrgRow, rules: Rules, own_schema: bool) -> anyhow::Result<Self> {
        let (members, uses_groups) = row.take_members()?;
        let mut custom_models = FleetOrgRow::list(&row.custom_models);
        custom_models.sort_unstable();
        let mut byok_keys = FleetOrgRow::list(&row.byok_keys);
        byok_keys.sort_unstable();
        let sync_log = FleetOrgRow::list(&row.sync_log);
        let FleetOrgRow { org: mut row, .. } = row;
        let trial = row.trial.take();
        let org = LoadedOrg { settings: Settings::parse(&row.settings), row, custom_models, rules, own_schema };
        let inputs = RequestInputs::of(&org, trial, byok_keys);
        Ok(Self { org, inputs, members, uses_groups, sync_log })
    }

    /// The org's policy as its requests are served (Claude's routes included under the
    /// current rules, which read them).
    pub fn policy(&self, catalog: &Catalog) -> CompiledPolicy {
        self.policy_under(self.side(catalog))
    }

    /// The rules and settings the org is read with, against `catalog`.
    pub fn side<'a>(&'a self, catalog: &'a Catalog) -> Side<'a> {
        Side { rules: self.org.rules, settings: &self.org.settings, catalog }
    }

    /// The org's policy as its requests would be served on `side`.
    pub fn policy_under(&self, side: Side<'_>) -> CompiledPolicy {
        self.org.compile_under(side.rules, side.settings, side.catalog, Some(&self.inputs))
    }

    /// Everything the org's effective access on `side` is decided with, as text: orgs with the
    /// same signature have the same access (the catalog aside). Under the marker rules the
    /// normalized document; under the later ones the lists the gateway reads; with
    /// [`Self::inputs_signature`].
    pub fn side_signature(&self, side: Side<'_>) -> String {
        let read = match side.rules {
            Rules::Marker => format!("{:?}", side.settings.policy()),
            _ => {
                let l = side.settings.gateway_lists();
                lists_signature(
                    l,
                    l.provider_allow_list.as_ref().map(|a| a.iter().collect()),
                    l.model_deny_list.iter().collect(),
                )
            }
        };
        let combos = enforced_combos(&Org { settings: side.settings, rules: side.rules, ..self.org.as_org() });
        format!("{}|{read}|{combos:?}", self.inputs_signature(side.rules))
    }

    /// What every decision about the org reads besides its settings, as text (each signature
    /// starts with it, so an input the gateway starts to read is added in one place): the
    /// rules, plan and schema, custom models and, for Claude's routing and BYOK, the keys,
    /// custom LLMs and trial.
    pub fn inputs_signature(&self, rules: Rules) -> String {
        let (o, i) = (&self.org, &self.inputs);
        format!(
            "{rules}|{}|{}|{:?}|{:?}|{:?}|{:?}",
            o.row.plan, o.own_schema, o.custom_models, i.byok_keys, i.custom_llms, i.trial
        )
    }

    /// Each member read, with the grant of their groups: members in the same groups share one.
    pub fn member_grants(&self) -> MemberGrants<'_> {
        self.member_grants_under(self.org.rules, &self.org.settings)
    }

    /// [`Self::member_grants`] under `rules`, on top of `settings`.
    pub fn member_grants_under(&self, rules: Rules, settings: &Settings) -> MemberGrants<'_> {
        let baseline = Baseline::of(settings.gateway_lists(), enforced_combos(&Org { settings, ..self.org.as_org() }));
        let Some(all) = &self.members else { return MemberGrants { baseline, ..MemberGrants::default() } };
        let enterprise = is_enterprise(&self.org.row.plan);
        let current = rules == Rules::Current;
        let default = all.settings.as_ref().map(|(p, _)| groups::parse_policies(p));
        let mut by_groups: HashMap<&[usize], usize> = HashMap::new();
        let mut grants = Vec::new();
        let members = all
            .members
            .iter()
            .map(|m| {
                // The older rules know no groups: everyone is on the organization's baseline.
                let mine = if current { all.groups_of(&m.kilo_user_id) } else { &[] };
                let index = *by_groups.entry(mine).or_insert_with(|| {
                    grants.push(if current {
                        grant_of(enterprise, default.as_ref(), all, mine)
                    } else {
                        Some(MemberGrant::OrganizationBaseline)
                    });
                    grants.len() - 1
                });
                (m, index)
            })
            .collect();
        MemberGrants { members, grants, baseline }
    }
}

/// The lists the gateway reads, as text for a signature: the allow and deny entries given (all
/// of them, or only those that can matter to a question) and the rest whole.
pub fn lists_signature(l: &GatewayLists, allow: Option<Vec<&String>>, deny: Vec<&String>) -> String {
    format!("{allow:?}|{deny:?}|{:?}|{}|{:?}|{:?}", l.data_collection, l.is_object, l.malformed, l.org_auto)
}

/// What an org is decided with: the rules, its settings (stored or proposed) and the catalog.
#[derive(Clone, Copy)]
pub struct Side<'a> {
    pub rules: Rules,
    pub settings: &'a Settings,
    pub catalog: &'a Catalog,
}

/// A member's grant from the org's default policies (`None`: no settings row) and their
/// groups' policies; `None` when one of them is stored JSON the gateway rejects.
fn grant_of(
    enterprise: bool,
    default: Option<&Result<Vec<groups::ModelAccess>, groups::PolicyError>>,
    all: &OrgMembers,
    mine: &[usize],
) -> Option<MemberGrant> {
    let parsed: Vec<(&str, Option<Vec<groups::ModelAccess>>)> = mine
        .iter()
        .map(|&i| (all.groups[i].name.as_str(), groups::parse_policies(&all.groups[i].policies).ok()))
        .collect();
    groups::member_grant_of_parsed(
        enterprise,
        default.map(|d| d.as_ref().ok().map(Vec::as_slice)),
        parsed.iter().map(|(name, p)| (*name, p.as_deref())),
    )
}

/// The members of one org and the distinct grants they are decided with.
#[derive(Default)]
pub struct MemberGrants<'a> {
    /// Each member and the index of their grant in `grants`.
    pub members: Vec<(&'a MemberRow, usize)>,
    /// `None`: a policy of theirs is invalid.
    pub grants: Vec<Option<MemberGrant>>,
    pub baseline: Baseline,
}

impl MemberGrants<'_> {
    /// Grant `index`'s decision on catalog model `model`, as the gateway checks it; `None`
    /// when the grant is invalid.
    pub fn decide(&self, catalog: &Catalog, index: usize, model: ModelId) -> Option<MemberDecision> {
        self.decide_id(catalog, index, &catalog.model(model).id)
    }

    /// Grant `index`'s decision on the model id a request names (a variant, say).
    pub fn decide_id(&self, catalog: &Catalog, index: usize, id: &str) -> Option<MemberDecision> {
        let grant = self.grants[index].as_ref()?;
        Some(groups::decide(grant, &self.baseline, catalog, &id.to_lowercase()))
    }

    /// Whether grant `index` decides exactly as the organization's own rules do.
    pub fn is_baseline(&self, index: usize) -> bool {
        matches!(self.grants[index], Some(MemberGrant::OrganizationBaseline | MemberGrant::Unrestricted))
    }

    /// Grant `index`'s effective access: the org's where the grant is its baseline, otherwise
    /// decided model by model as `check --member` decides each pair.
    pub fn access(&self, index: usize, policy: &CompiledPolicy, c: &Catalog, org: &EffectiveAccess) -> EffectiveAccess {
        if self.is_baseline(index) {
            return org.clone();
        }
        let decided = |m: ModelId| -> ProviderSet {
            let decision = self.decide(c, index, m);
            policy.served_providers(c, m).iter().filter(|&p| member_pair_allowed(policy, c, m, p, &decision)).collect()
        };
        let models = match &self.grants[index] {
            // The baseline plus models and no providers: `groups::decide` comes to the
            // baseline's decision for every model the grant does not name, so those keep the
            // org's access and only the named ones are decided (a fleet's usual grant, and
            // most of a fleet diff's time otherwise).
            Some(MemberGrant::Selected { include_baseline: true, models, providers }) if providers.is_empty() => {
                (0..c.models().len())
                    .map(|i| {
                        let named = models.iter().any(|g| g.id == normalize_model_id(&c.models()[i].id.to_lowercase()));
                        if named {
                            decided(i as ModelId)
                        } else {
                            org.providers_of(i).clone()
                        }
                    })
                    .collect()
            }
            _ => (0..c.models().len()).map(|i| decided(i as ModelId)).collect(),
        };
        EffectiveAccess::new(models, org.exempt().to_vec())
    }
}

/// Whether a member whose decision on `model` is `decision` may use it through `p`.
pub fn member_pair_allowed(
    policy: &CompiledPolicy,
    c: &Catalog,
    model: ModelId,
    p: ProviderId,
    decision: &Option<MemberDecision>,
) -> bool {
    MemberAccess::served_pair_state(policy, c, model, p, Some(decision)).is_allowed()
}

/// How a fleet scan runs: what it reads besides the orgs (whose members, the sync's rows since
/// when), and under which rules on which schema.
#[derive(Debug, Clone, Copy)]
pub struct FleetScan {
    pub read: FleetRead,
    pub rules: Rules,
    pub own_schema: bool,
}

impl FleetScan {
    /// A scan reading the members `members` asks for and nothing else.
    pub fn of(members: FleetMembers, rules: Rules, own_schema: bool) -> Self {
        Self { read: FleetRead { members, sync_log_since: None }, rules, own_schema }
    }
}

/// Answers already computed on one worker, by the situation they are a pure function of (a
/// signature of everything they depend on): a fleet shares few situations. Bounded: cleared
/// when full, so memory stays flat.
pub struct Memo<V> {
    kept: HashMap<String, std::sync::Arc<V>>,
}

/// Situations a [`Memo`] keeps before it starts again.
const MEMO_KEPT: usize = 1_024;

impl<V> Default for Memo<V> {
    fn default() -> Self {
        Self { kept: HashMap::new() }
    }
}

impl<V> Memo<V> {
    /// The answer for `key`, computed by `compute` the first time.
    pub fn get_or(&mut self, key: String, compute: impl FnOnce() -> V) -> std::sync::Arc<V> {
        if let Some(found) = self.kept.get(&key) {
            return std::sync::Arc::clone(found);
        }
        if self.kept.len() >= MEMO_KEPT {
            self.kept.clear();
        }
        let found = std::sync::Arc::new(compute());
        self.kept.insert(key, std::sync::Arc::clone(&found));
        found
    }
}

/// What an org weighs in the pool's bound on work in flight: its input, and for its members
/// what they come out as (a row or a diff each, many times their share of the input), so that
/// orgs waiting to be written stay bounded in memory, not only in input.
fn weight(row: &FleetOrgRow) -> usize {
    /// Output bytes a byte of member document may turn into: a member's `[id, email]` comes
    /// out as rows naming tens of model ids, as a struct and as rendered text.
    const MEMBER_OUTPUT: usize = 16;
    row.org.settings.len() + row.members.as_ref().map_or(0, |m| m.approximate_bytes() * MEMBER_OUTPUT)
}

/// Reads every org, decides each on worker threads (each with its own function from
/// `make_worker`, which may keep what it learns between orgs) and hands the results to `emit`
/// in scan order; returns how many orgs were read.
pub async fn scan<O, W>(
    store: &Store,
    how: FleetScan,
    make_worker: impl Fn() -> W,
    emit: &mut (dyn FnMut(O) -> anyhow::Result<()> + Send),
) -> anyhow::Result<u64>
where
    O: Send + 'static,
    W: FnMut(FleetOrg) -> anyhow::Result<O> + Send + 'static,
{
    let mut pool: OrderedPool<FleetOrgRow, anyhow::Result<O>> = OrderedPool::new(parallel::threads(), || {
        let mut work = make_worker();
        move |batch: Vec<FleetOrgRow>| {
            batch
                .into_iter()
                .map(|row| FleetOrg::from_row(row, how.rules, how.own_schema).and_then(&mut work))
                .collect()
        }
    });
    let mut read = 0u64;
    let mut forward = |done: anyhow::Result<O>| emit(done?);
    store
        .for_each_fleet_org(how.read, &mut |row| {
            read += 1;
            let weight = weight(&row);
            pool.push(row, weight, &mut forward)
        })
        .await?;
    pool.finish(&mut forward)?;
    Ok(read)
}

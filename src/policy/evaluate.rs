//! Evaluation of one request against one organization's policy (SPEC §4).
//!
//! An org's settings are compiled once against a catalog snapshot ([`CompiledPolicy`]): lists
//! become provider bitsets, so a decision is a hash lookup and a few word operations. The same
//! compiled form yields effective access ([`CompiledPolicy::effective_access`]), which is what
//! makes `check` and the access diffs agree by construction.

use std::sync::Arc;

use serde_json::{json, Map, Value};

use super::access::EffectiveAccess;
use super::catalog::{Catalog, ModelId};
use super::facts::GatewayFacts;
use super::gateway::{Exemption, GatewayLists, Rules, VIRTUAL_PROVIDER};
use super::normalize;
use super::provider_set::{ProviderId, ProviderSet};
use super::settings::{DataCollection, InvalidSettings, Mode, Policy, Settings};

/// The outcome of a decision, as a stable code.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Reason {
    Unrestricted,
    Exempt,
    Allowed,
    ModelDenied,
    NotInCatalog,
    ProviderNotAllowed,
    InvalidSettings,
}

impl Reason {
    pub fn code(self) -> &'static str {
        match self {
            Reason::Unrestricted => "unrestricted",
            Reason::Exempt => "exempt",
            Reason::Allowed => "allowed",
            Reason::ModelDenied => "model_denied",
            Reason::NotInCatalog => "not_in_catalog",
            Reason::ProviderNotAllowed => "provider_not_allowed",
            Reason::InvalidSettings => "invalid_settings",
        }
    }

    pub fn is_allowed(self) -> bool {
        matches!(self, Reason::Unrestricted | Reason::Exempt | Reason::Allowed)
    }

    /// The gateway's `denialSource` for a refusal (never shown in its HTTP bodies, but what its
    /// logs and tests name), `None` when allowed.
    pub fn denial_source(self) -> Option<&'static str> {
        match self {
            Reason::ModelDenied | Reason::NotInCatalog => Some("organization_model"),
            Reason::ProviderNotAllowed => Some("organization_provider"),
            Reason::InvalidSettings => Some("invalid_settings"),
            Reason::Unrestricted | Reason::Exempt | Reason::Allowed => None,
        }
    }
}

/// Receives the steps of an evaluation. `()` ignores them at no cost; `Vec<String>` records
/// them for `check --explain`.
pub trait Trace {
    fn step(&mut self, describe: impl FnOnce() -> String);
}

impl Trace for () {
    #[inline(always)]
    fn step(&mut self, _: impl FnOnce() -> String) {}
}

impl Trace for Vec<String> {
    fn step(&mut self, describe: impl FnOnce() -> String) {
        self.push(describe());
    }
}

/// One request, resolved against a catalog once.
#[derive(Debug, Clone)]
pub struct Request {
    /// Normalized: trimmed, lowercased, cut at the first `:`.
    pub model: String,
    /// The full id as the gateway checks it: trimmed and lowercased, suffix kept.
    pub full: String,
    pub model_id: Option<ModelId>,
    pub provider: Option<String>,
    pub provider_id: Option<ProviderId>,
}

impl Request {
    pub fn new(catalog: &Catalog, model: &str, provider: Option<&str>) -> Self {
        let full = model.trim().to_lowercase();
        let model = normalize::model_id(model);
        let provider = provider.map(normalize::provider_slug);
        Self {
            full,
            model_id: catalog.model_id(&model),
            provider_id: provider.as_deref().and_then(|p| catalog.provider_id(p)),
            model,
            provider,
        }
    }
}

/// The decision: its reason and the providers through which the model is allowed.
#[derive(Debug, Clone, PartialEq)]
pub struct Decision {
    pub reason: Reason,
    pub providers: ProviderSet,
}

/// What an organization is, as far as evaluation cares.
#[derive(Debug, Clone, Copy)]
pub struct Org<'a> {
    pub plan: &'a str,
    pub settings: &'a Settings,
    /// Custom and direct BYOK model ids registered for the org, normalized.
    pub custom_models: &'a [String],
    /// The gateway rules it is judged under.
    pub rules: Rules,
    /// Whether the org lives in orgpolicy's own schema, whose documented extension,
    /// `model_provider_deny_list`, is enforced there under every rules set. No gateway reads
    /// that key, so on the gateway's database it is never enforced.
    pub own_schema: bool,
}

pub fn is_enterprise(plan: &str) -> bool {
    plan == "enterprise"
}

/// An org's policy compiled against one catalog snapshot.
#[derive(Debug, Clone)]
pub struct CompiledPolicy {
    rule: Rule,
    rules: Rules,
    data_collection: Option<DataCollection>,
    exempt: Vec<String>,
    /// The gateway's facts of the catalog compiled against (which ids it exempts).
    facts: Arc<GatewayFacts>,
    /// The provider the gateway leaves out upstream for Claude ids (Anthropic, for all but
    /// non-trial Enterprise orgs and orgs with their own key), when the org's request inputs
    /// were read ([`Self::ignoring_upstream`]).
    claude_ignored: Option<ProviderId>,
}

#[derive(Debug, Clone)]
enum Rule {
    NotEnforced,
    Invalid(InvalidSettings),
    Unrestricted,
    Restricted(Restrictions),
}

#[derive(Debug, Clone)]
struct Restrictions {
    mode: Mode,
    /// Providers of the catalog that the provider rule lets through.
    usable: ProviderSet,
    /// Per model, the providers blocked for it alone (orgpolicy's own schema only).
    combos: Combos,
    /// The lists as the rules in force read them, for messages and model denials.
    lists: Lists,
    /// `virtual` when the catalog lists it and the allow list names it (current rules).
    virtual_allowed: Option<ProviderId>,
    /// Whether a model is served by what the gateway's lookup finds for its id (current rules)
    /// rather than by every provider listing one of its variants.
    gateway_lookup: bool,
}

/// The settings as read under the rules in force: the tool's normalized view (marker rules) or
/// the gateway's fail-open one.
#[derive(Debug, Clone)]
enum Lists {
    Tool(Arc<Policy>),
    Gateway(Arc<GatewayLists>),
}

impl Restrictions {
    /// The allow list (allow mode) or the deny list (legacy); the allow list as stored under
    /// the gateway's reading.
    fn provider_list(&self) -> &[String] {
        match &self.lists {
            Lists::Tool(p) => p.enforced_allow_list().unwrap_or(&p.provider_deny_list),
            Lists::Gateway(g) => g.provider_allow_list.as_deref().unwrap_or_default(),
        }
    }

    fn denied_models(&self) -> &[String] {
        match &self.lists {
            Lists::Tool(p) => &p.model_deny_list,
            Lists::Gateway(g) => &g.model_deny_list,
        }
    }

    /// The providers serving catalog model `model` as these rules look it up.
    fn served<'c>(&self, catalog: &'c Catalog, model: ModelId) -> &'c ProviderSet {
        served(catalog, model, self.gateway_lookup)
    }

    fn combo_entries(&self) -> &[super::settings::ModelProvider] {
        &self.combos.entries
    }
}

/// `model_provider_deny_list`, orgpolicy's own schema's extension: per catalog model, the
/// providers blocked for it alone.
#[derive(Debug, Clone, Default)]
struct Combos {
    /// Sorted by model.
    blocked: Vec<(ModelId, ProviderSet)>,
    /// The entries as stored (normalized), for messages.
    entries: Vec<super::settings::ModelProvider>,
}

/// The model/provider combinations the org's database enforces: the strict reading's, on
/// orgpolicy's own schema only (a document that reading refuses enforces none).
/// On the gateway's database nothing is read: its orgs are never parsed strictly for this.
pub fn enforced_combos<'a>(org: &Org<'a>) -> &'a [super::settings::ModelProvider] {
    if !org.own_schema {
        return &[];
    }
    org.settings.shared_policy().map_or(&[], |p| &p.model_provider_deny_list)
}

impl Combos {
    fn of(org: &Org<'_>, catalog: &Catalog) -> Self {
        let entries = enforced_combos(org);
        let mut blocked: Vec<(ModelId, ProviderSet)> = Vec::new();
        for entry in entries {
            let (Some(m), Some(pid)) = (catalog.model_id(&entry.model), catalog.provider_id(&entry.provider)) else {
                continue;
            };
            match blocked.iter_mut().find(|(id, _)| *id == m) {
                Some((_, set)) => set.insert(pid),
                None => blocked.push((m, [pid].into_iter().collect())),
            }
        }
        blocked.sort_by_key(|(m, _)| *m);
        Self { blocked, entries: entries.to_vec() }
    }
}

impl CompiledPolicy {
    pub fn new(org: Org<'_>, catalog: &Catalog) -> Self {
        let mut exempt = org.custom_models.iter().map(|m| normalize::model_id(m)).collect::<Vec<_>>();
        exempt.sort();
        exempt.dedup();
        if org.rules.is_gateway_reading() {
            return Self::under_gateway_reading(org, catalog, exempt);
        }
        let policy = org.settings.shared_policy();
        let data_collection = policy.ok().and_then(|p| p.data_collection);
        let rule = if !is_enterprise(org.plan) {
            Rule::NotEnforced
        } else {
            match policy {
                Err(invalid) => Rule::Invalid(invalid.clone()),
                Ok(p) => match p.mode() {
                    Mode::Unrestricted => Rule::Unrestricted,
                    mode => {
                        let all: ProviderSet = (0..catalog.providers().len() as ProviderId).collect();
                        let usable = match p.enforced_allow_list() {
                            Some(allow) => catalog.set_of(allow),
                            None => all.difference(&catalog.set_of(&p.provider_deny_list)),
                        };
                        let lists = Lists::Tool(Arc::clone(p));
                        Rule::Restricted(Restrictions {
                            mode,
                            usable,
                            combos: Combos::of(&org, catalog),
                            lists,
                            virtual_allowed: None,
                            gateway_lookup: false,
                        })
                    }
                },
            }
        };
        Self { rule, rules: org.rules, data_collection, exempt, facts: catalog.shared_facts(), claude_ignored: None }
    }

    /// The policy under the gateway's `allow-list` or `current` rules: the document read as the
    /// gateway reads it, never invalid; `provider_allow_list` enforced whenever it is a list
    /// (entries compared exactly as stored), `model_deny_list` entries cut at `:` but not
    /// lowercased. Under `current` every enterprise request also needs the model in the
    /// snapshot, so every enterprise org is restricted.
    fn under_gateway_reading(org: Org<'_>, catalog: &Catalog, exempt: Vec<String>) -> Self {
        let lists = Arc::clone(org.settings.gateway_lists());
        let data_collection = lists.data_collection;
        let rule = if !is_enterprise(org.plan) {
            Rule::NotEnforced
        } else {
            match &lists.provider_allow_list {
                None if lists.model_deny_list.is_empty()
                    && org.rules != Rules::Current
                    && enforced_combos(&org).is_empty() =>
                {
                    Rule::Unrestricted
                }
                None => Rule::Restricted(Restrictions {
                    mode: Mode::Unrestricted,
                    usable: catalog.all().clone(),
                    combos: Combos::of(&org, catalog),
                    lists: Lists::Gateway(lists),
                    virtual_allowed: None,
                    gateway_lookup: org.rules == Rules::Current,
                }),
                Some(allow) => {
                    // Exact: a stored "OpenAI" names no catalog provider.
                    let usable: ProviderSet = allow.iter().filter_map(|s| catalog.provider_id(s)).collect();
                    let virtual_allowed = catalog
                        .provider_id(VIRTUAL_PROVIDER)
                        .filter(|v| org.rules == Rules::Current && usable.contains(*v));
                    Rule::Restricted(Restrictions {
                        mode: Mode::Allow,
                        usable,
                        combos: Combos::of(&org, catalog),
                        lists: Lists::Gateway(lists),
                        virtual_allowed,
                        gateway_lookup: org.rules == Rules::Current,
                    })
                }
            }
        };
        Self { rule, rules: org.rules, data_collection, exempt, facts: catalog.shared_facts(), claude_ignored: None }
    }

    pub fn rules(&self) -> Rules {
        self.rules
    }

    /// The policy as the org's requests are served: Claude models are not used through
    /// `provider` (the gateway's `ignore` for them, GATEWAY-TODAY §4).
    pub fn ignoring_upstream(mut self, catalog: &Catalog, provider: Option<&str>) -> Self {
        self.claude_ignored = provider.and_then(|p| catalog.provider_id(p));
        self
    }

    /// The provider left out upstream for catalog model `model`, if any.
    fn ignored_upstream(&self, catalog: &Catalog, model: ModelId) -> Option<ProviderId> {
        self.claude_ignored.filter(|_| catalog.is_claude(model))
    }

    /// Why the model is exempt from catalog policy, if it is: one of the org's custom models,
    /// or (current rules) an id the gateway exempts on every plan.
    pub fn exemption(&self, req: &Request) -> Option<&'static str> {
        if self.exempt.binary_search(&req.model).is_ok() {
            return Some("a custom model of the organization");
        }
        match self.rules {
            Rules::Current => Exemption::of(&req.full, &self.facts).map(Exemption::describe),
            _ => None,
        }
    }

    /// The providers that serve the requested model as the rules look it up: every variant of
    /// the normalized id, or (current rules) what the gateway's lookup finds for the exact id.
    fn serving(&self, catalog: &Catalog, req: &Request) -> Option<ProviderSet> {
        let model = catalog.model(req.model_id?);
        match self.rules {
            Rules::Current => Some(catalog.lookup(&req.full)).filter(|set| !set.is_empty()),
            _ => Some(model.serving.clone()),
        }
    }

    /// The mode this policy enforces, `None` when it is not enforced (non-enterprise plan) or
    /// invalid.
    pub fn enforced_mode(&self) -> Option<Mode> {
        match &self.rule {
            Rule::Restricted(r) => Some(r.mode),
            Rule::Unrestricted => Some(Mode::Unrestricted),
            Rule::NotEnforced | Rule::Invalid(_) => None,
        }
    }

    pub fn decide(&self, catalog: &Catalog, req: &Request, trace: &mut impl Trace) -> Decision {
        let serving = || self.serving(catalog, req).unwrap_or_default();
        if self.rules == Rules::Current {
            // The current gateway exempts these ids before anything else, on every plan.
            if let Some(why) = self.exemption(req) {
                trace.step(|| format!("'{}' is {why}: exempt from every restriction", req.full));
                return Decision { reason: Reason::Exempt, providers: serving() };
            }
        }
        let r = match &self.rule {
            Rule::NotEnforced => {
                trace.step(|| "plan is not enterprise: access configuration is not enforced".into());
                return Decision { reason: Reason::Unrestricted, providers: serving() };
            }
            Rule::Invalid(invalid) => {
                trace.step(|| "plan is enterprise: access configuration is enforced".into());
                trace.step(|| format!("{invalid}: failing closed"));
                return denied(Reason::InvalidSettings);
            }
            Rule::Unrestricted => {
                trace.step(|| "plan is enterprise: access configuration is enforced".into());
                trace.step(|| match self.rules {
                    Rules::Marker => "mode unrestricted: no provider_policy_mode marker and no deny lists".into(),
                    _ => "unrestricted: no provider_allow_list and no model_deny_list".into(),
                });
                return Decision { reason: Reason::Unrestricted, providers: serving() };
            }
            Rule::Restricted(r) => r,
        };
        trace.step(|| "plan is enterprise: access configuration is enforced".into());
        trace.step(|| match (r.mode, self.rules) {
            (Mode::Allow, Rules::Marker) => {
                format!("mode allow: provider_allow_list [{}] is the source of truth", r.provider_list().join(", "))
            }
            (Mode::Allow, _) => format!("provider_allow_list [{}] is enforced", r.provider_list().join(", ")),
            (_, Rules::Marker) => format!("mode legacy: provider_deny_list [{}]", r.provider_list().join(", ")),
            _ => "no provider_allow_list: every provider of the snapshot is allowed".into(),
        });
        if let Some(why) = self.exemption(req) {
            trace.step(|| format!("'{}' is {why}: exempt from catalog policy", req.model));
            return Decision { reason: Reason::Exempt, providers: serving() };
        }
        if r.denied_models().binary_search(&req.model).is_ok() {
            trace.step(|| format!("'{}' is in model_deny_list", req.model));
            return denied(Reason::ModelDenied);
        }
        trace.step(|| format!("'{}' is not in model_deny_list", req.model));
        let (Some(model_id), Some(serving)) = (req.model_id, self.serving(catalog, req)) else {
            trace.step(|| match self.rules {
                Rules::Current => format!("'{}' has no provider in the current snapshot", req.full),
                _ => format!("'{}' is not served by any provider in the catalog", req.model),
            });
            return denied(Reason::NotInCatalog);
        };
        trace.step(|| format!("served by: {}", catalog.slugs(&serving).join(", ")));
        let candidates = r.routes(&serving, model_id);
        trace.step(|| {
            r.exclusions(catalog, model_id)
                .into_iter()
                .map(|(why, slugs)| match why {
                    Some(why) => format!("{why}: {}", slugs.join(", ")),
                    None => format!("allowed: {}", slugs.join(", ")),
                })
                .collect::<Vec<_>>()
                .join("; ")
        });
        let reason = match (&req.provider, req.provider_id) {
            (Some(_), Some(p)) if candidates.contains(p) => Reason::Allowed,
            (Some(name), _) => {
                trace.step(|| format!("requested provider '{name}' is not an allowed provider of this model"));
                Reason::ProviderNotAllowed
            }
            (None, _) if candidates.is_empty() => Reason::ProviderNotAllowed,
            (None, _) => Reason::Allowed,
        };
        trace.step(|| match reason {
            Reason::Allowed => format!("allowed through: {}", catalog.slugs(&candidates).join(", ")),
            _ => "denied: no allowed provider".into(),
        });
        Decision { reason, providers: candidates }
    }

    /// What the gateway of the older eras sends upstream for an enterprise org (GATEWAY-TODAY
    /// §10): `(only, ignore)`: the whole allow list as stored (never intersected with the
    /// catalog: the request path does not read it), or the legacy deny list (and the model's
    /// blocked combinations) to ignore.
    pub fn stored_routes(&self, model: &str) -> (Option<Vec<String>>, Option<Vec<String>>) {
        match &self.rule {
            Rule::Restricted(r) if r.mode == Mode::Allow => {
                // orgpolicy's own model/provider combinations narrow the list for their model.
                let blocked = |p: &String| r.combo_entries().iter().any(|e| e.model == model && e.provider == *p);
                (Some(r.provider_list().iter().filter(|p| !blocked(p)).cloned().collect()), None)
            }
            Rule::Restricted(r) if r.mode == Mode::Legacy => (None, Some(r.ignore_list(model))),
            _ => (None, None),
        }
    }

    /// The org's `data_collection` as the rules read it.
    pub fn data_collection(&self) -> Option<DataCollection> {
        self.data_collection
    }

    /// The `provider` routing object the gateway sends upstream, or `None`.
    pub fn routing(&self, catalog: &Catalog, req: &Request, decision: &Decision) -> Option<Value> {
        let mut provider = Map::new();
        if decision.reason == Reason::Allowed {
            if let Rule::Restricted(r) = &self.rule {
                match r.mode {
                    // The gateway never sends the virtual provider upstream.
                    Mode::Allow => {
                        let only: Vec<String> =
                            catalog.slugs(&decision.providers).into_iter().filter(|s| s != VIRTUAL_PROVIDER).collect();
                        provider.insert("only".into(), json!(only));
                    }
                    Mode::Legacy => {
                        provider.insert("ignore".into(), json!(r.ignore_list(&req.model)));
                    }
                    Mode::Unrestricted => {}
                }
            }
        }
        if !decision.reason.is_allowed() {
            return None;
        }
        if let Some(dc) = self.data_collection {
            provider.insert("data_collection".into(), json!(dc.as_str()));
        }
        (!provider.is_empty()).then(|| json!({ "provider": provider }))
    }

    /// A one-line human explanation of a decision.
    pub fn message(&self, catalog: &Catalog, req: &Request, decision: &Decision) -> String {
        let model = &req.model;
        let slugs = |set: &ProviderSet| catalog.slugs(set).join(", ");
        match (&self.rule, decision.reason) {
            (Rule::NotEnforced, _) => {
                "plan does not enforce access configuration; every model and provider is allowed".into()
            }
            (Rule::Unrestricted, _) => "organization has no provider or model restrictions".into(),
            (_, Reason::Exempt) if self.rules == Rules::Current => format!(
                "'{}' is {}; the gateway exempts it from every restriction",
                req.full,
                self.exemption(req).unwrap_or("exempt")
            ),
            (Rule::Invalid(invalid), _) => format!("{invalid}; every request is denied until it is fixed"),
            (_, Reason::Exempt) => {
                format!("'{model}' is a custom model of this organization; catalog policy does not apply")
            }
            (_, Reason::ModelDenied) => format!("model '{model}' is in the organization's model deny list"),
            (_, Reason::NotInCatalog) if self.rules == Rules::Current => {
                format!("model '{}' has no provider in the current catalog snapshot", req.full)
            }
            (_, Reason::NotInCatalog) => format!("model '{model}' is not served by any provider in the catalog"),
            (Rule::Restricted(r), Reason::Allowed) if r.mode == Mode::Unrestricted => {
                format!("'{model}' is allowed through every provider that serves it")
            }
            (Rule::Restricted(_), Reason::Allowed) => match &req.provider {
                Some(p) => format!("'{model}' is allowed through '{p}'"),
                None => format!("'{model}' is allowed through {}", slugs(&decision.providers)),
            },
            (Rule::Restricted(r), _) => r.refusal(catalog, req, &decision.providers),
        }
    }

    /// Evaluates with a recorded trace, message and routing: what `check` prints.
    pub fn explain(&self, catalog: &Catalog, req: &Request) -> Explanation {
        let mut trace = Vec::new();
        let decision = self.decide(catalog, req, &mut trace);
        Explanation {
            message: self.message(catalog, req, &decision),
            routing: self.routing(catalog, req, &decision),
            trace,
            decision,
        }
    }

    /// The pairs (gained, lost) if only the provider rule changed to "these providers are
    /// allowed", everything else (model denies, combinations, exempt models) staying: what
    /// honouring a stale `provider_allow_list` would do. Counted as
    /// [`Self::pairs_changed_to`] counts.
    pub fn provider_rule_change(&self, catalog: &Catalog, allowed: &ProviderSet) -> (usize, usize) {
        let from = match &self.rule {
            Rule::Invalid(_) => return (0, 0),
            Rule::Restricted(r) => r.clone(),
            // Letting every provider through is what an open rule does.
            Rule::NotEnforced | Rule::Unrestricted => Restrictions {
                mode: Mode::Unrestricted,
                usable: catalog.all().clone(),
                combos: Combos::default(),
                lists: Lists::Gateway(Arc::default()),
                virtual_allowed: None,
                gateway_lookup: self.rules == Rules::Current,
            },
        };
        let usable = allowed.intersection(catalog.all());
        let virtual_allowed =
            catalog.provider_id(VIRTUAL_PROVIDER).filter(|v| self.rules == Rules::Current && usable.contains(*v));
        let to = Restrictions { mode: Mode::Allow, usable, virtual_allowed, ..from.clone() };
        let with = |r: Restrictions| CompiledPolicy { rule: Rule::Restricted(r), ..self.clone() };
        with(from).pairs_changed_to(&with(to), catalog).unwrap_or_default()
    }

    /// Whether `self` and `other` certainly give the same effective access over `catalog`,
    /// judged from their compiled restrictions alone. Sound (`true` implies equal access, a
    /// property test checks it) but not complete: `false` means "compute and compare".
    pub fn same_access_as(&self, other: &Self, catalog: &Catalog) -> bool {
        let open = |rule: &Rule| matches!(rule, Rule::NotEnforced | Rule::Unrestricted);
        if self.rules != other.rules || self.claude_ignored != other.claude_ignored {
            return false;
        }
        match (&self.rule, &other.rule) {
            (a, b) if open(a) && open(b) => self.exempt == other.exempt,
            (Rule::Restricted(a), Rule::Restricted(b)) => {
                self.exempt == other.exempt
                    && a.virtual_allowed == b.virtual_allowed
                    && a.usable.intersection(catalog.live()) == b.usable.intersection(catalog.live())
                    && a.denied_models() == b.denied_models()
                    && a.combos.blocked == b.combos.blocked
            }
            (Rule::Restricted(r), other_rule) | (other_rule, Rule::Restricted(r)) if open(other_rule) => {
                // A restricted rule that lets every live provider through and blocks no
                // catalog model gives what an unrestricted one gives.
                self.exempt == other.exempt
                    && r.virtual_allowed.is_none()
                    && catalog.live().difference(&r.usable).is_empty()
                    && r.combos.blocked.is_empty()
                    && r.denied_models().iter().all(|m| catalog.model_id(m).is_none())
            }
            _ => false,
        }
    }

    pub fn effective_access(&self, catalog: &Catalog) -> EffectiveAccess {
        let models = (0..catalog.models().len()).map(|i| self.model_access(catalog, i as ModelId));
        let exempt = match self.rule {
            Rule::Invalid(_) => Vec::new(),
            _ => self.exempt.clone(),
        };
        EffectiveAccess::new(models.collect(), exempt)
    }

    /// The providers through which the org may use catalog model `i`.
    fn model_access(&self, catalog: &Catalog, i: ModelId) -> ProviderSet {
        if self.withheld_for_data_collection(catalog, i) {
            return ProviderSet::new();
        }
        let access = self.policy_access(catalog, i);
        match self.ignored_upstream(catalog, i) {
            Some(p) if access.contains(p) => access.difference(&std::iter::once(p).collect()),
            _ => access,
        }
    }

    /// Whether today's gateway refuses every id of catalog model `i` to this org: it denies
    /// data collection, and each provider listing each variant may train on it (the listings
    /// hide such a model; a request for it is refused with `data_collection_required`).
    pub fn withheld_for_data_collection(&self, catalog: &Catalog, i: ModelId) -> bool {
        self.rules == Rules::Current
            && self.data_collection == Some(DataCollection::Deny)
            && catalog.model(i).variants.iter().all(|v| catalog.requires_data_collection(&v.full_id))
    }

    /// [`Self::model_access`] as the policy alone decides it.
    fn policy_access(&self, catalog: &Catalog, i: ModelId) -> ProviderSet {
        let current = self.rules == Rules::Current;
        let serving = served(catalog, i, current);
        match &self.rule {
            Rule::NotEnforced | Rule::Unrestricted => serving.clone(),
            Rule::Invalid(_) => ProviderSet::new(),
            Rule::Restricted(_) if self.exempt.binary_search(&catalog.model(i).id).is_ok() => serving.clone(),
            Rule::Restricted(r) if r.denied_models().binary_search(&catalog.model(i).id).is_ok() => ProviderSet::new(),
            Rule::Restricted(_) if current && catalog.is_exempt(i) => serving.clone(),
            // Through the providers that serve it: a router's other routes are routing detail.
            Rule::Restricted(r) => r.routes(serving, i).intersection(serving),
        }
    }

    /// The model/provider pairs gained and lost going from this policy to `to`, counted per
    /// provider rather than per model, when the two restrict the same models and differ only
    /// in their providers (what the backfill changes); `None` otherwise. The counts are those
    /// of comparing [`Self::effective_access`] model by model.
    pub fn pairs_changed_to(&self, to: &Self, catalog: &Catalog) -> Option<(usize, usize)> {
        let (Rule::Restricted(a), Rule::Restricted(b)) = (&self.rule, &to.rule) else { return None };
        let same_models = self.rules == to.rules
            && self.claude_ignored.is_none()
            && to.claude_ignored.is_none()
            && self.exempt == to.exempt
            && a.denied_models() == b.denied_models()
            && a.combos.blocked == b.combos.blocked;
        if !same_models {
            return None;
        }
        let current = self.rules == Rules::Current;
        let profile = catalog.serving_profile(current);
        // Plain models the org denies or exempts have the same access under both.
        let mut fixed: Vec<ModelId> = a
            .denied_models()
            .iter()
            .chain(&self.exempt)
            .filter_map(|m| catalog.model_id(m))
            .filter(|i| profile.plain[*i as usize])
            .collect();
        fixed.sort_unstable();
        fixed.dedup();
        // A plain model's access is the providers serving it that are usable and not blocked for
        // it: it gains those only `to` may use and loses those only this policy may use.
        let pairs_through = |providers: &ProviderSet| -> usize {
            let plain: usize = providers.iter().map(|p| profile.plain_served[usize::from(p)] as usize).sum();
            let of_fixed: usize =
                fixed.iter().map(|i| served(catalog, *i, current).intersection(providers).len()).sum();
            let blocked: usize = a
                .combos
                .blocked
                .iter()
                .filter(|(m, _)| profile.plain[*m as usize] && fixed.binary_search(m).is_err())
                .map(|(m, set)| {
                    ProviderSet::count_with([served(catalog, *m, current), set, providers], |[s, b, x]| s & b & x)
                })
                .sum();
            plain - of_fixed - blocked
        };
        let mut gained = pairs_through(&b.usable.difference(&a.usable));
        let mut lost = pairs_through(&a.usable.difference(&b.usable));
        for &i in &profile.routers {
            let (before, after) = (self.model_access(catalog, i), to.model_access(catalog, i));
            gained += after.difference(&before).len();
            lost += before.difference(&after).len();
        }
        Some((gained, lost))
    }
}

/// The state of one provider, or one (model, provider) pair, for an org: what `providers list`
/// and `models list` show. Follows the same steps as [`CompiledPolicy::decide`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum PairState {
    NotEnforced,
    Unrestricted,
    Exempt,
    Allowed,
    InvalidSettings,
    ModelDenied,
    NotInAllowList,
    InDenyList,
    BlockedForModel,
    /// Member level: allowed by the member's groups or default policy beyond the baseline.
    GrantedToMember,
    /// Member level: nothing the member's groups or default policy select reaches it.
    NoGrant,
    /// Member level: a policy of the member's is stored JSON the gateway rejects.
    InvalidGroupPolicy,
    /// Allowed by the policy, but the gateway leaves the provider out upstream for this model
    /// (Claude through Anthropic for a trial or non-Enterprise org).
    IgnoredUpstream,
}

impl PairState {
    pub fn is_allowed(self) -> bool {
        matches!(
            self,
            PairState::NotEnforced
                | PairState::Unrestricted
                | PairState::Exempt
                | PairState::Allowed
                | PairState::GrantedToMember
        )
    }

    pub fn code(self) -> &'static str {
        match self {
            PairState::NotEnforced => "not_enforced",
            PairState::Unrestricted => "unrestricted",
            PairState::Exempt => "exempt",
            PairState::Allowed => "allowed",
            PairState::InvalidSettings => "invalid_settings",
            PairState::ModelDenied => "model_denied",
            PairState::NotInAllowList => "not_in_allow_list",
            PairState::InDenyList => "in_deny_list",
            PairState::BlockedForModel => "blocked_for_model",
            PairState::GrantedToMember => "granted_to_member",
            PairState::NoGrant => "no_grant",
            PairState::InvalidGroupPolicy => "invalid_group_policy",
            PairState::IgnoredUpstream => "ignored_upstream",
        }
    }

    /// Words for a table cell.
    pub fn describe(self) -> &'static str {
        match self {
            PairState::NotEnforced => "not enforced for this plan",
            PairState::Unrestricted => "no restrictions",
            PairState::Exempt => "custom model",
            PairState::Allowed => "allowed",
            PairState::InvalidSettings => "invalid settings",
            PairState::ModelDenied => "model denied",
            PairState::NotInAllowList => "not in allow list",
            PairState::InDenyList => "in deny list",
            PairState::BlockedForModel => "blocked for this model",
            PairState::GrantedToMember => "granted by the member's groups",
            PairState::NoGrant => "no grant for this member",
            PairState::InvalidGroupPolicy => "invalid group policy",
            PairState::IgnoredUpstream => "ignored upstream for Claude",
        }
    }
}

impl CompiledPolicy {
    /// The provider rule alone: whether the org may use `provider` at all.
    pub fn provider_state(&self, provider: ProviderId) -> PairState {
        match &self.rule {
            Rule::NotEnforced => PairState::NotEnforced,
            Rule::Invalid(_) => PairState::InvalidSettings,
            Rule::Unrestricted => PairState::Unrestricted,
            Rule::Restricted(r) if r.usable.contains(provider) => PairState::Allowed,
            Rule::Restricted(r) if r.mode == Mode::Allow => PairState::NotInAllowList,
            Rule::Restricted(_) => PairState::InDenyList,
        }
    }

    /// Whether the org may use catalog model `model` through `provider`, and why.
    pub fn pair_state(&self, catalog: &Catalog, model: ModelId, provider: ProviderId) -> PairState {
        self.as_served(catalog, model, provider, self.policy_pair_state(catalog, model, provider))
    }

    /// A pair's state as the org's requests are served: an allowed pair whose provider the
    /// gateway leaves out upstream for the model is not usable (a member's grant included).
    pub fn as_served(&self, catalog: &Catalog, model: ModelId, provider: ProviderId, state: PairState) -> PairState {
        match self.ignored_upstream(catalog, model) {
            Some(p) if p == provider && state.is_allowed() => PairState::IgnoredUpstream,
            _ => state,
        }
    }

    /// [`Self::pair_state`] as the policy alone decides it.
    fn policy_pair_state(&self, catalog: &Catalog, model: ModelId, provider: ProviderId) -> PairState {
        let r = match &self.rule {
            Rule::Restricted(r) => r,
            _ => return self.provider_state(provider),
        };
        let id = &catalog.model(model).id;
        if self.exempt.binary_search(id).is_ok() || (self.rules == Rules::Current && catalog.is_exempt(model)) {
            PairState::Exempt
        } else if r.denied_models().binary_search(id).is_ok() {
            PairState::ModelDenied
        } else if r.virtual_allowed.is_some_and(|v| r.served(catalog, model).contains(v)) {
            // A router of the virtual provider: its routes, not the providers serving it.
            let serving = r.served(catalog, model);
            match r.routes(serving, model).intersection(serving).contains(provider) {
                true => PairState::Allowed,
                false => PairState::NotInAllowList,
            }
        } else if !r.usable.contains(provider) {
            self.provider_state(provider)
        } else if r.combo_blocked(model).is_some_and(|s| s.contains(provider)) {
            PairState::BlockedForModel
        } else {
            PairState::Allowed
        }
    }

    /// The providers serving catalog model `model` as these rules look it up (the gateway's
    /// lookup of its variants under the current rules).
    pub fn served_providers<'c>(&self, catalog: &'c Catalog, model: ModelId) -> &'c ProviderSet {
        served(catalog, model, self.rules == Rules::Current)
    }

    /// The org's invalid-settings error, if that is why nothing is allowed.
    pub fn invalid(&self) -> Option<&InvalidSettings> {
        match &self.rule {
            Rule::Invalid(e) => Some(e),
            _ => None,
        }
    }
}

/// The providers serving catalog model `model`: what the gateway's lookup finds for its id
/// (`gateway_lookup`, the current rules), else every provider serving one of its variants.
pub fn served(catalog: &Catalog, model: ModelId, gateway_lookup: bool) -> &ProviderSet {
    let model = catalog.model(model);
    if gateway_lookup {
        &model.gateway
    } else {
        &model.serving
    }
}

fn denied(reason: Reason) -> Decision {
    Decision { reason, providers: ProviderSet::new() }
}

impl Restrictions {
    fn combo_blocked(&self, model: ModelId) -> Option<&ProviderSet> {
        self.combos.blocked.binary_search_by_key(&model, |(m, _)| *m).ok().map(|i| &self.combos.blocked[i].1)
    }

    /// The providers the model may be routed through, given the providers serving it.
    fn routes(&self, serving: &ProviderSet, model: ModelId) -> ProviderSet {
        if let Some(v) = self.virtual_allowed.filter(|v| serving.contains(*v)) {
            // A router served by the virtual provider goes through the allowed real providers,
            // whoever serves it; with none, through nothing (the gateway's `elig`).
            let real = self.usable.iter().filter(|p| *p != v).collect::<ProviderSet>();
            return if real.is_empty() { ProviderSet::new() } else { real.union(&[v].into_iter().collect()) };
        }
        let allowed = serving.intersection(&self.usable);
        match self.combo_blocked(model) {
            Some(blocked) => allowed.difference(blocked),
            None => allowed,
        }
    }

    fn exclusion(&self, provider: ProviderId, model: ModelId) -> Option<&'static str> {
        if !self.usable.contains(provider) {
            Some(match self.mode {
                Mode::Allow => "not in the allowed providers list",
                Mode::Legacy => "in the provider deny list",
                Mode::Unrestricted => "not a catalog provider",
            })
        } else if self.combo_blocked(model).is_some_and(|s| s.contains(provider)) {
            Some("blocked for this model")
        } else {
            None
        }
    }

    /// The serving providers of a model grouped by why they are excluded (`None`: allowed),
    /// in order of first appearance.
    fn exclusions(&self, catalog: &Catalog, model: ModelId) -> Vec<(Option<&'static str>, Vec<String>)> {
        let mut groups: Vec<(Option<&'static str>, Vec<String>)> = Vec::new();
        for p in self.served(catalog, model).iter() {
            let why = self.exclusion(p, model);
            let slug = catalog.provider(p).slug.clone();
            match groups.iter_mut().find(|(w, _)| *w == why) {
                Some((_, slugs)) => slugs.push(slug),
                None => groups.push((why, vec![slug])),
            }
        }
        groups
    }

    /// Legacy routing: the deny list and the providers blocked for this model alone.
    fn ignore_list(&self, model: &str) -> Vec<String> {
        let mut ignore = self.provider_list().to_vec();
        ignore.extend(self.combo_entries().iter().filter(|e| e.model == model).map(|e| e.provider.clone()));
        ignore.sort();
        ignore.dedup();
        ignore
    }

    fn list_suffix(&self) -> String {
        let list = if self.provider_list().is_empty() { "(none)".to_string() } else { self.provider_list().join(", ") };
        match self.mode {
            Mode::Allow => format!("allowed: {list}"),
            _ => format!("denied: {list}"),
        }
    }

    fn refusal(&self, catalog: &Catalog, req: &Request, candidates: &ProviderSet) -> String {
        let model_id = req.model_id.expect("a provider refusal is only reached for served models");
        let serving = self.served(catalog, model_id);
        if let Some(name) = &req.provider {
            let why = match req.provider_id {
                Some(p) if serving.contains(p) => self.exclusion(p, model_id),
                _ => None,
            };
            return match why {
                Some("blocked for this model") => {
                    format!(
                        "model '{}' is blocked for provider '{name}'; allowed through: {}",
                        req.model,
                        list_or_none(&catalog.slugs(candidates))
                    )
                }
                Some(why) => format!("provider '{name}' is {why}; {}", self.list_suffix()),
                None => format!(
                    "provider '{name}' does not serve '{}'; served by: {}",
                    req.model,
                    catalog.slugs(serving).join(", ")
                ),
            };
        }
        let reasons: Vec<String> = self
            .exclusions(catalog, model_id)
            .into_iter()
            .filter_map(|(why, slugs)| {
                let verb = if slugs.len() == 1 { "is" } else { "are" };
                why.map(|why| format!("{} {verb} {why}", quoted(&slugs)))
            })
            .collect();
        format!(
            "model '{}' is not available through any allowed provider: {}; {}",
            req.model,
            reasons.join("; "),
            self.list_suffix()
        )
    }
}

fn quoted(items: &[String]) -> String {
    items.iter().map(|s| format!("'{s}'")).collect::<Vec<_>>().join(", ")
}

/// The items joined, or `(none)`.
pub(crate) fn list_or_none(items: &[String]) -> String {
    if items.is_empty() {
        "(none)".into()
    } else {
        items.join(", ")
    }
}

/// A decision with everything `check` shows.
#[derive(Debug, Clone)]
pub struct Explanation {
    pub decision: Decision,
    pub message: String,
    pub trace: Vec<String>,
    pub routing: Option<Value>,
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::policy::catalog::tests::catalog;
    use serde_json::json;

    fn eval(
        plan: &str,
        settings: Value,
        custom: &[&str],
        model: &str,
        provider: Option<&str>,
    ) -> (Explanation, Catalog) {
        let c = catalog(&[
            ("openai", &["openai/gpt-4o", "openai/gpt-4o:free"]),
            ("azure", &["openai/gpt-4o"]),
            ("anthropic", &["anthropic/claude"]),
            ("amazon-bedrock", &["anthropic/claude"]),
            ("baidu", &["baidu/ernie"]),
            ("fireworks", &["moonshotai/kimi-k2.5"]),
            ("together", &["moonshotai/kimi-k2.5"]),
        ]);
        let settings = Settings::from_value(settings);
        let custom: Vec<String> = custom.iter().map(|s| s.to_string()).collect();
        let policy = CompiledPolicy::new(
            Org { plan, settings: &settings, custom_models: &custom, rules: Rules::Marker, own_schema: true },
            &c,
        );
        let req = Request::new(&c, model, provider);
        (policy.explain(&c, &req), c)
    }

    /// GATEWAY-TODAY §4 in the bulk form: with the org's Claude routing known, Claude models
    /// are not usable through Anthropic (its listings, diffs and previews), other models are
    /// untouched, and nothing is counted per provider across the two.
    #[test]
    fn claude_is_not_served_through_an_ignored_provider() {
        let c = catalog(&[
            ("anthropic", &["anthropic/claude", "anthropic/haiku"]),
            ("amazon-bedrock", &["anthropic/claude"]),
        ]);
        let settings = Settings::from_value(json!({}));
        let org =
            Org { plan: "teams", settings: &settings, custom_models: &[], rules: Rules::Current, own_schema: false };
        let plain = CompiledPolicy::new(org, &c);
        let served = plain.clone().ignoring_upstream(&c, Some("anthropic"));
        let (claude, haiku) = (c.model_id("anthropic/claude").unwrap(), c.model_id("anthropic/haiku").unwrap());
        let anthropic = c.provider_id("anthropic").unwrap();
        assert_eq!(served.pair_state(&c, claude, anthropic), PairState::IgnoredUpstream);
        assert_eq!(plain.pair_state(&c, claude, anthropic), PairState::NotEnforced);
        assert_eq!(served.pair_state(&c, haiku, anthropic), PairState::NotEnforced);
        let access = served.effective_access(&c);
        assert_eq!(c.slugs(access.providers_of(claude as usize)), ["amazon-bedrock"]);
        assert!(!served.same_access_as(&plain, &c));
        assert_eq!(served.pairs_changed_to(&served, &c), None);
        // A provider the catalog does not have changes nothing.
        let none = plain.clone().ignoring_upstream(&c, Some("nobody"));
        assert_eq!(none.effective_access(&c), plain.effective_access(&c));
    }

    /// The decision table of the foundation issue.
    #[test]
    fn decision_table() {
        let e = "enterprise";
        type Case<'a> = (&'a str, Value, &'a [&'a str], &'a str, Option<&'a str>, Reason, Option<Value>);
        let cases: Vec<Case> = vec![
            (
                "teams",
                json!({"model_deny_list": ["openai/gpt-4o"]}),
                &[],
                "openai/gpt-4o",
                None,
                Reason::Unrestricted,
                None,
            ),
            (e, json!({}), &[], "openai/gpt-4o", None, Reason::Unrestricted, None),
            (
                e,
                json!({"model_deny_list": ["openai/gpt-4o"]}),
                &[],
                "OpenAI/GPT-4o:free",
                None,
                Reason::ModelDenied,
                None,
            ),
            (
                e,
                json!({"provider_policy_mode": "allow", "provider_allow_list": ["openai"], "provider_deny_list": ["openai"]}),
                &[],
                "openai/gpt-4o",
                None,
                Reason::Allowed,
                Some(json!({"provider": {"only": ["openai"]}})),
            ),
            (
                e,
                json!({"provider_allow_list": ["openai"], "provider_deny_list": [], "model_deny_list": []}),
                &[],
                "openai/gpt-4o",
                None,
                Reason::Unrestricted,
                None,
            ),
            (
                e,
                json!({"provider_allow_list": ["openai"], "provider_deny_list": ["anthropic"]}),
                &[],
                "anthropic/claude",
                None,
                Reason::Allowed,
                Some(json!({"provider": {"ignore": ["anthropic"]}})),
            ),
            (
                e,
                json!({"provider_policy_mode": "allow", "provider_allow_list": []}),
                &[],
                "openai/gpt-4o",
                None,
                Reason::ProviderNotAllowed,
                None,
            ),
            (
                e,
                json!({"provider_policy_mode": "allow", "provider_allow_list": ["openai"]}),
                &[],
                "baidu/ernie",
                None,
                Reason::ProviderNotAllowed,
                None,
            ),
            (
                e,
                json!({"provider_policy_mode": "allow", "provider_allow_list": ["openai"]}),
                &[],
                "nobody/serves-this",
                None,
                Reason::NotInCatalog,
                None,
            ),
            (
                e,
                json!({"provider_policy_mode": "allow", "provider_allow_list": ["fireworks", "together"],
                "model_provider_deny_list": [{"model": "moonshotai/kimi-k2.5", "provider": "fireworks"}]}),
                &[],
                "moonshotai/kimi-k2.5",
                None,
                Reason::Allowed,
                Some(json!({"provider": {"only": ["together"]}})),
            ),
            (
                e,
                json!({"provider_policy_mode": "allow", "provider_allow_list": ["openai"]}),
                &["acme/custom-llm"],
                "acme/custom-llm",
                None,
                Reason::Exempt,
                None,
            ),
            (e, json!({"provider_deny_list": "openai"}), &[], "openai/gpt-4o", None, Reason::InvalidSettings, None),
            (
                e,
                json!({"provider_policy_mode": "allow", "provider_allow_list": ["openai"], "data_collection": "deny"}),
                &[],
                "openai/gpt-4o",
                None,
                Reason::Allowed,
                Some(json!({"provider": {"only": ["openai"], "data_collection": "deny"}})),
            ),
            (
                "teams",
                json!({"data_collection": "allow"}),
                &[],
                "anything/at-all",
                None,
                Reason::Unrestricted,
                Some(json!({"provider": {"data_collection": "allow"}})),
            ),
            // A named provider must be a candidate.
            (
                e,
                json!({"provider_policy_mode": "allow", "provider_allow_list": ["openai", "azure"]}),
                &[],
                "openai/gpt-4o",
                Some("Azure"),
                Reason::Allowed,
                Some(json!({"provider": {"only": ["azure", "openai"]}})),
            ),
            (
                e,
                json!({"provider_policy_mode": "allow", "provider_allow_list": ["openai"]}),
                &[],
                "openai/gpt-4o",
                Some("evil-corp"),
                Reason::ProviderNotAllowed,
                None,
            ),
            (
                e,
                json!({"provider_deny_list": ["azure"]}),
                &[],
                "openai/gpt-4o",
                Some("azure"),
                Reason::ProviderNotAllowed,
                None,
            ),
            // Legacy: combo-blocked providers join the ignore list for that model only.
            (
                e,
                json!({"provider_deny_list": ["baidu"], "model_provider_deny_list": [{"model": "openai/gpt-4o", "provider": "azure"}]}),
                &[],
                "openai/gpt-4o",
                None,
                Reason::Allowed,
                Some(json!({"provider": {"ignore": ["azure", "baidu"]}})),
            ),
            (
                e,
                json!({"provider_deny_list": ["baidu"], "model_provider_deny_list": [{"model": "openai/gpt-4o", "provider": "azure"}]}),
                &[],
                "anthropic/claude",
                None,
                Reason::Allowed,
                Some(json!({"provider": {"ignore": ["baidu"]}})),
            ),
            // Unrestricted and exempt steps carry only data collection.
            (
                e,
                json!({"data_collection": "deny"}),
                &[],
                "openai/gpt-4o",
                None,
                Reason::Unrestricted,
                Some(json!({"provider": {"data_collection": "deny"}})),
            ),
            // The model deny list wins over the catalog check and is normalized on both sides.
            (
                e,
                json!({"provider_policy_mode": "allow", "provider_allow_list": ["openai"], "model_deny_list": ["Ghost/Model:FREE"]}),
                &[],
                "ghost/model",
                None,
                Reason::ModelDenied,
                None,
            ),
        ];
        for (plan, settings, custom, model, provider, reason, routing) in cases {
            let (got, _) = eval(plan, settings.clone(), custom, model, provider);
            assert_eq!(got.decision.reason, reason, "{plan} {settings} {model} {provider:?}: {}", got.message);
            assert_eq!(got.routing, routing, "{plan} {settings} {model} {provider:?}");
        }
    }

    /// The organization baseline of GATEWAY-GROUPS.md §7 (a member with the default policy),
    /// under each of the gateway's rules: (rules, plan, settings, model, reason, providers).
    #[test]
    fn gateway_rules_decide_as_the_gateway() {
        // The OpenRouter column tells the variants' providers apart (GATEWAY-TODAY §1).
        let c = crate::policy::catalog::tests::catalog_with_openrouter(
            &[
                ("anthropic", &["anthropic/claude"]),
                ("openai", &["openai/gpt-4o", "openai/o3"]),
                ("google", &["google/gemini", "shared/model"]),
                ("deepinfra", &["nvidia/nemotron"]),
                ("coreweave", &["nvidia/nemotron"]),
                ("nvidia", &["nvidia/nemotron:free"]),
                ("virtual", &["openrouter/auto"]),
            ],
            json!({
                "nvidia/nemotron": {"endpoints": [{"tag": "deepinfra/bf16"}, {"tag": "coreweave/bf16"}]},
                "nvidia/nemotron:free": {"endpoints": [{"tag": "nvidia/nvfp4"}]},
            }),
        );
        let org = json!({"provider_allow_list": ["anthropic", "openai"], "model_deny_list": ["openai/o3"]});
        let (cur, al, mk) = (Rules::Current, Rules::AllowList, Rules::Marker);
        let e = "enterprise";
        type Case<'a> = (Rules, &'a str, Value, &'a str, Reason, &'a [&'a str]);
        let cases: Vec<Case> = vec![
            // §7 case 2: snapshot membership for every enterprise request; no ceiling, no routes.
            (cur, e, json!({}), "x-ai/grok-4.5", Reason::NotInCatalog, &[]),
            (cur, e, json!({}), "anthropic/claude", Reason::Allowed, &["anthropic"]),
            // Before 2026-08-21 an org without lists was not held to the snapshot.
            (al, e, json!({}), "x-ai/grok-4.5", Reason::Unrestricted, &[]),
            (al, e, json!({"model_deny_list": ["a/b"]}), "x-ai/grok-4.5", Reason::NotInCatalog, &[]),
            // Case 3: the deny list does not match an alias; it is refused as not in the snapshot.
            (cur, e, json!({"model_deny_list": ["x-ai/grok-4.5"]}), "grok-4.5", Reason::NotInCatalog, &[]),
            // Case 4: exempt ids, whatever the lists.
            (cur, e, org.clone(), "kilo-auto/balanced", Reason::Exempt, &[]),
            (cur, e, org.clone(), "kilo-internal/private-model", Reason::Exempt, &[]),
            (cur, e, org.clone(), "kimi-coding/kimi-for-coding", Reason::Exempt, &[]),
            (al, e, org.clone(), "kimi-coding/kimi-for-coding", Reason::NotInCatalog, &[]),
            // Case 8: the baseline's ceiling and deny list.
            (cur, e, org.clone(), "google/gemini", Reason::ProviderNotAllowed, &[]),
            (cur, e, org.clone(), "openai/o3", Reason::ModelDenied, &[]),
            (cur, e, org.clone(), "anthropic/claude", Reason::Allowed, &["anthropic"]),
            // Case 14: suffixes are cut before the deny list.
            (cur, e, org.clone(), "openai/o3:free", Reason::ModelDenied, &[]),
            // Case 15: each variant judged on the providers serving that variant.
            (
                cur,
                e,
                json!({"provider_allow_list": ["deepinfra"], "model_deny_list": []}),
                "nvidia/nemotron",
                Reason::Allowed,
                &["deepinfra"],
            ),
            (
                cur,
                e,
                json!({"provider_allow_list": ["deepinfra"], "model_deny_list": []}),
                "nvidia/nemotron:free",
                Reason::ProviderNotAllowed,
                &[],
            ),
            // Case 16: routers of the virtual provider go through the allowed real providers.
            (
                cur,
                e,
                json!({"provider_allow_list": ["anthropic", "virtual", "openai"]}),
                "openrouter/auto",
                Reason::Allowed,
                &["anthropic", "openai", "virtual"],
            ),
            (
                cur,
                e,
                json!({"provider_allow_list": ["anthropic", "openai"]}),
                "openrouter/auto",
                Reason::ProviderNotAllowed,
                &[],
            ),
            (cur, e, json!({"provider_allow_list": ["virtual"]}), "openrouter/auto", Reason::ProviderNotAllowed, &[]),
            // Case 19: the same settings on teams are not enforced.
            (cur, "teams", org.clone(), "google/gemini", Reason::Unrestricted, &["google"]),
            // Fail-open reading: wrong types are absent, wrong case never matches, [] admits nothing.
            (cur, e, json!({"provider_allow_list": "openai"}), "google/gemini", Reason::Allowed, &["google"]),
            (cur, e, json!({"model_deny_list": ["OpenAI/O3"]}), "openai/o3", Reason::Allowed, &["openai"]),
            (cur, e, json!({"provider_allow_list": ["OpenAI"]}), "openai/gpt-4o", Reason::ProviderNotAllowed, &[]),
            (cur, e, json!({"provider_allow_list": []}), "openai/gpt-4o", Reason::ProviderNotAllowed, &[]),
            (
                cur,
                e,
                json!({"provider_allow_list": null, "model_deny_list": null}),
                "openai/gpt-4o",
                Reason::Allowed,
                &["openai"],
            ),
            (cur, e, json!("{\"provider_allow_list\":[]}"), "openai/gpt-4o", Reason::Allowed, &["openai"]),
            // The eras: a marker-less allow list next to a deny list.
            (
                mk,
                e,
                json!({"provider_allow_list": ["openai"], "provider_deny_list": ["anthropic"]}),
                "google/gemini",
                Reason::Allowed,
                &["google"],
            ),
            (
                al,
                e,
                json!({"provider_allow_list": ["openai"], "provider_deny_list": ["anthropic"]}),
                "google/gemini",
                Reason::ProviderNotAllowed,
                &[],
            ),
            (al, e, json!({"provider_deny_list": ["google"]}), "google/gemini", Reason::Unrestricted, &["google"]),
            (mk, e, json!({"provider_deny_list": ["google"]}), "google/gemini", Reason::ProviderNotAllowed, &[]),
        ];
        for (rules, plan, settings, model, reason, providers) in cases {
            let s = Settings::from_value(settings.clone());
            let policy =
                CompiledPolicy::new(Org { plan, settings: &s, custom_models: &[], rules, own_schema: true }, &c);
            let got = policy.explain(&c, &Request::new(&c, model, None));
            assert_eq!(got.decision.reason, reason, "{rules} {plan} {settings} {model}: {}", got.message);
            assert_eq!(c.slugs(&got.decision.providers), providers, "{rules} {plan} {settings} {model}");
            // What is allowed here is allowed in effective access, through the same providers.
            if let (Some(id), true) = (c.model_id(&normalize::model_id(model)), !model.contains(':')) {
                let access = policy.effective_access(&c);
                let exempt = policy.exemption(&Request::new(&c, model, None)).is_some();
                if !exempt && reason != Reason::Unrestricted {
                    let serving = &c.model(id).serving;
                    let through = c.slugs(&got.decision.providers.intersection(serving));
                    assert_eq!(c.slugs(access.providers_of(id as usize)), through, "{rules} {settings} {model}");
                }
            }
        }
        // The routes the gateway sends: never the virtual provider.
        let s = Settings::from_value(json!({"provider_allow_list": ["anthropic", "virtual", "openai"]}));
        let policy =
            CompiledPolicy::new(Org { plan: e, settings: &s, custom_models: &[], rules: cur, own_schema: false }, &c);
        let got = policy.explain(&c, &Request::new(&c, "openrouter/auto", None));
        assert_eq!(got.routing, Some(json!({"provider": {"only": ["anthropic", "openai"]}})));
        assert_eq!(got.decision.reason.denial_source(), None);
        assert_eq!(Reason::ProviderNotAllowed.denial_source(), Some("organization_provider"));
    }

    #[test]
    fn messages_explain_refusals() {
        let allow = json!({"provider_policy_mode": "allow", "provider_allow_list": ["anthropic", "openai"]});
        let (got, _) = eval("enterprise", allow.clone(), &[], "openai/gpt-4o", Some("evil-corp"));
        assert_eq!(got.message, "provider 'evil-corp' does not serve 'openai/gpt-4o'; served by: azure, openai");
        let (got, _) = eval("enterprise", allow.clone(), &[], "openai/gpt-4o", Some("azure"));
        assert_eq!(got.message, "provider 'azure' is not in the allowed providers list; allowed: anthropic, openai");
        let (got, _) = eval("enterprise", allow, &[], "baidu/ernie", None);
        assert_eq!(
            got.message,
            "model 'baidu/ernie' is not available through any allowed provider: 'baidu' is not in the allowed providers list; allowed: anthropic, openai"
        );
        let (got, _) = eval("enterprise", json!({"provider_deny_list": "x"}), &[], "openai/gpt-4o", None);
        assert!(
            got.message.starts_with("settings key 'provider_deny_list' must be a list of strings"),
            "{}",
            got.message
        );
        assert!(got.trace.iter().any(|t| t.contains("failing closed")));
    }

    #[test]
    fn trace_records_every_step() {
        let settings = json!({"provider_policy_mode": "allow", "provider_allow_list": ["openai"]});
        let (got, _) = eval("enterprise", settings, &[], "openai/gpt-4o", None);
        assert_eq!(
            got.trace,
            [
                "plan is enterprise: access configuration is enforced",
                "mode allow: provider_allow_list [openai] is the source of truth",
                "'openai/gpt-4o' is not in model_deny_list",
                "served by: azure, openai",
                "not in the allowed providers list: azure; allowed: openai",
                "allowed through: openai",
            ]
        );
    }
}

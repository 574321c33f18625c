//! The gateway's member-level model access (GATEWAY-GROUPS.md, generation G3, live since
//! 2026-08-21): `model_access` policies on groups and the org's default policy, composed into
//! one member's grant (§2), and the per-model decision for that member (§3). The org's settings
//! are the baseline; group grants add to it (a selected model grant even overrides the org's
//! model deny list and provider allow list).
//!
//! Pure: the stored JSON comes in as text, the catalog through [`ModelLookup`].

use serde::Serialize;
use serde_json::Value;

use super::facts::GatewayFacts;
use super::gateway::{normalize_model_id, Exemption, VIRTUAL_PROVIDER};

/// At most this many policies in one policies array (`MAX_ORGANIZATION_GROUP_POLICIES`).
pub const MAX_POLICIES: usize = 20;
/// At most this many entries in one list of a `selected` policy.
pub const MAX_LIST_ENTRIES: usize = 500;
/// At most this many groups in one organization (`MAX_ORGANIZATION_GROUPS`).
pub const MAX_GROUPS: usize = 100;
/// The provider the gateway never routes to (routers' home in the snapshot).
pub const VIRTUAL_ROUTE: &str = VIRTUAL_PROVIDER;
/// The one policy type current gateways know.
pub const MODEL_ACCESS: &str = "model_access";

/// One `model_access` policy's data.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "mode", rename_all = "snake_case")]
pub enum ModelAccess {
    All,
    None,
    Selected { model_allow_list: Vec<String>, provider_allow_list: Vec<String> },
}

impl ModelAccess {
    /// The policy as the gateway writes it (F3): model ids cut at the first `:` (case kept),
    /// providers cut at the first `/` and lowercased; each list deduplicated and sorted.
    pub fn normalized(&self) -> Self {
        match self {
            ModelAccess::Selected { model_allow_list, provider_allow_list } => {
                let mut models: Vec<String> = model_allow_list.iter().map(|m| normalized_model(m)).collect();
                let mut providers: Vec<String> = provider_allow_list.iter().map(|p| normalized_provider(p)).collect();
                for list in [&mut models, &mut providers] {
                    list.sort();
                    list.dedup();
                }
                ModelAccess::Selected { model_allow_list: models, provider_allow_list: providers }
            }
            other => other.clone(),
        }
    }

    pub fn mode(&self) -> &'static str {
        match self {
            ModelAccess::All => "all",
            ModelAccess::None => "none",
            ModelAccess::Selected { .. } => "selected",
        }
    }
}

/// A model entry as the gateway writes it: trimmed, cut at the first `:` (case kept).
fn normalized_model(entry: &str) -> String {
    normalize_model_id(entry.trim()).to_string()
}

/// A provider entry as the gateway writes it: trimmed, cut at the first `/`, lowercased.
fn normalized_provider(entry: &str) -> String {
    entry.trim().split('/').next().unwrap_or_default().to_lowercase()
}

/// Why stored policy JSON is not what the gateway accepts: it then fails closed, refusing
/// every request of the org's members.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum PolicyError {
    #[error("policies are not valid JSON: {0}")]
    Json(String),
    /// Valid JSON with a value no policy holds (a number beyond f64, nesting beyond 128): the
    /// gateway parses it and its schema then rejects it.
    #[error("policies hold a value no policy can hold: {0}")]
    Unholdable(String),
    #[error("policies are not a JSON array")]
    NotAnArray,
    #[error("{0} policies, more than the {MAX_POLICIES} allowed")]
    TooMany(usize),
    #[error("policy {index}: {message}")]
    Invalid { index: usize, message: String },
    #[error("two policies of type '{0}'")]
    DuplicateType(String),
}

/// Why `serde_json` could not read policy text: invalid JSON, or valid JSON it cannot hold.
fn json_error(e: serde_json::Error) -> PolicyError {
    let message = e.to_string();
    if message.starts_with("number out of range") || message.starts_with("recursion limit exceeded") {
        PolicyError::Unholdable(message)
    } else {
        PolicyError::Json(message)
    }
}

/// Reads a stored policies array (`organization_groups.policies`, `default_policies`) as
/// strictly as the gateway's schema does: `[{type: "model_access", data: {mode: "all"} |
/// {mode: "none"} | {mode: "selected", model_allow_list: [...], provider_allow_list: [...]}}]`,
/// no unknown keys, trimmed non-empty entries, list and array limits, one policy per type.
pub fn parse_policies(text: &str) -> Result<Vec<ModelAccess>, PolicyError> {
    let value: Value = serde_json::from_str(text).map_err(json_error)?;
    let items = value.as_array().ok_or(PolicyError::NotAnArray)?;
    if items.len() > MAX_POLICIES {
        return Err(PolicyError::TooMany(items.len()));
    }
    let mut seen_model_access = false;
    let mut out = Vec::with_capacity(items.len());
    for (index, item) in items.iter().enumerate() {
        let invalid = |message: String| PolicyError::Invalid { index, message };
        let policy = item.as_object().ok_or_else(|| invalid("not an object".into()))?;
        if let Some(key) = policy.keys().find(|k| *k != "type" && *k != "data") {
            return Err(invalid(format!("unknown key '{key}'")));
        }
        match policy.get("type").and_then(Value::as_str) {
            Some(MODEL_ACCESS) => {}
            Some(other) => return Err(invalid(format!("unknown policy type '{other}'"))),
            None => return Err(invalid("'type' is missing or not a string".into())),
        }
        if std::mem::replace(&mut seen_model_access, true) {
            return Err(PolicyError::DuplicateType(MODEL_ACCESS.into()));
        }
        let data = policy.get("data").ok_or_else(|| invalid("'data' is missing".into()))?;
        out.push(parse_model_access(data).map_err(invalid)?);
    }
    Ok(out)
}

fn parse_model_access(data: &Value) -> Result<ModelAccess, String> {
    let data = data.as_object().ok_or("'data' is not an object")?;
    let mode = data.get("mode").and_then(Value::as_str).ok_or("'data.mode' is missing or not a string")?;
    let allowed_keys: &[&str] = match mode {
        "all" | "none" => &["mode"],
        "selected" => &["mode", "model_allow_list", "provider_allow_list"],
        other => return Err(format!("unknown mode '{other}' (all, none or selected)")),
    };
    if let Some(key) = data.keys().find(|k| !allowed_keys.contains(&k.as_str())) {
        return Err(format!("unknown key 'data.{key}' for mode '{mode}'"));
    }
    Ok(match mode {
        "all" => ModelAccess::All,
        "none" => ModelAccess::None,
        _ => ModelAccess::Selected {
            model_allow_list: entries(data.get("model_allow_list"), "model_allow_list")?,
            provider_allow_list: entries(data.get("provider_allow_list"), "provider_allow_list")?,
        },
    })
}

fn entries(list: Option<&Value>, key: &str) -> Result<Vec<String>, String> {
    let list = list.ok_or(format!("'data.{key}' is missing"))?;
    let items = list.as_array().ok_or(format!("'data.{key}' is not a list"))?;
    if items.len() > MAX_LIST_ENTRIES {
        return Err(format!("'data.{key}' has {} entries, more than {MAX_LIST_ENTRIES}", items.len()));
    }
    items
        .iter()
        .map(|item| match item.as_str().map(str::trim) {
            Some(text) if !text.is_empty() => Ok(text.to_string()),
            Some(_) => Err(format!("'data.{key}' holds an empty entry")),
            None => Err(format!("'data.{key}' holds a non-string entry")),
        })
        .collect()
}

/// Where a grant came from, for explanations: the org's default policy or a group.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", content = "name", rename_all = "snake_case")]
pub enum Source {
    Default,
    Group(String),
}

impl std::fmt::Display for Source {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Source::Default => write!(f, "the default policy"),
            Source::Group(name) => write!(f, "group '{name}'"),
        }
    }
}

/// One granted id and every policy that grants it (first-seen order).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Granted {
    pub id: String,
    pub from: Vec<Source>,
}

/// What one member is granted (§2).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "mode", rename_all = "snake_case")]
pub enum MemberGrant {
    /// Not an Enterprise org: groups and policies are not read.
    Unrestricted,
    /// The org's settings, nothing more.
    OrganizationBaseline,
    /// Selected models and providers, plus the org baseline when a policy says `all`.
    Selected { include_baseline: bool, models: Vec<Granted>, providers: Vec<Granted> },
}

impl MemberGrant {
    /// `baseline`, `selected` or `none` (selected, nothing in it, no baseline), as listings say.
    pub fn summary(&self) -> &'static str {
        match self {
            MemberGrant::Unrestricted => "unrestricted",
            MemberGrant::OrganizationBaseline => "baseline",
            MemberGrant::Selected { include_baseline: false, models, providers }
                if models.is_empty() && providers.is_empty() =>
            {
                "none"
            }
            MemberGrant::Selected { include_baseline: true, .. } => "baseline+selected",
            MemberGrant::Selected { .. } => "selected",
        }
    }
}

/// [`member_grant`] from policies as parsed, where any may be stored JSON the gateway rejects
/// (`None`): `default` is `None` without a settings row, `Some(None)` when rejected; `groups`
/// each of the member's groups by name. `None` when one is rejected: the gateway then refuses
/// every request of the member (it fails closed).
pub fn member_grant_of_parsed<'a>(
    enterprise: bool,
    default: Option<Option<&[ModelAccess]>>,
    groups: impl IntoIterator<Item = (&'a str, Option<&'a [ModelAccess]>)>,
) -> Option<MemberGrant> {
    let default = match default {
        None => None,
        Some(Some(policies)) => Some(policies),
        Some(None) => return None,
    };
    let groups: Option<Vec<(String, Vec<ModelAccess>)>> =
        groups.into_iter().map(|(name, policies)| Some((name.to_string(), policies?.to_vec()))).collect();
    Some(member_grant(enterprise, default, &groups?))
}

/// The member's grant: `default` is the org's default policies (`None`: no settings row, which
/// the gateway reads as `[all]`); `groups` the policies of each group the member is in.
pub fn member_grant(
    enterprise: bool,
    default: Option<&[ModelAccess]>,
    groups: &[(String, Vec<ModelAccess>)],
) -> MemberGrant {
    if !enterprise {
        return MemberGrant::Unrestricted;
    }
    // The first (and only) model_access policy of the default; absent when the row holds `[]`.
    let default_policy = match default {
        None => Some(&ModelAccess::All),
        Some(policies) => policies.first(),
    };
    let group_policies =
        groups.iter().flat_map(|(name, policies)| policies.iter().map(move |p| (Source::Group(name.clone()), p)));
    let include_baseline = matches!(default_policy, None | Some(ModelAccess::All))
        || groups.iter().any(|(_, policies)| policies.contains(&ModelAccess::All));
    let all: Vec<(Source, &ModelAccess)> =
        default_policy.map(|p| (Source::Default, p)).into_iter().chain(group_policies).collect();
    let selected: Vec<&(Source, &ModelAccess)> =
        all.iter().filter(|(_, p)| matches!(p, ModelAccess::Selected { .. })).collect();
    if selected.is_empty() && include_baseline {
        return MemberGrant::OrganizationBaseline;
    }
    let (mut models, mut providers) = (Vec::<Granted>::new(), Vec::<Granted>::new());
    for (source, policy) in selected {
        if let ModelAccess::Selected { model_allow_list, provider_allow_list } = policy {
            union_into(&mut models, model_allow_list.iter().map(|m| normalize_model_id(m).to_string()), source);
            union_into(&mut providers, provider_allow_list.iter().cloned(), source);
        }
    }
    MemberGrant::Selected { include_baseline, models, providers }
}

fn union_into(list: &mut Vec<Granted>, ids: impl Iterator<Item = String>, source: &Source) {
    for id in ids {
        match list.iter_mut().find(|g| g.id == id) {
            Some(granted) if !granted.from.contains(source) => granted.from.push(source.clone()),
            Some(_) => {}
            None => list.push(Granted { id, from: vec![source.clone()] }),
        }
    }
}

/// What the org's settings contribute to every member's decision (§2), read as the gateway
/// reads them: the deny list cut at `:` (case kept), the provider allow list exactly.
#[derive(Debug, Clone, Default)]
pub struct Baseline {
    pub model_deny_list: Vec<String>,
    /// `None`: no ceiling; `Some([])`: a ceiling that admits nothing.
    pub provider_ceiling: Option<Vec<String>>,
    /// One model's providers blocked for it alone: orgpolicy's own schema's
    /// `model_provider_deny_list` (no gateway reads it, so always empty on its database).
    pub blocked_pairs: Vec<super::settings::ModelProvider>,
}

impl Baseline {
    /// The baseline of an org's settings as the gateway reads them, with the combinations its
    /// database enforces ([`super::evaluate::enforced_combos`]).
    pub fn of(lists: &super::gateway::GatewayLists, combos: &[super::settings::ModelProvider]) -> Self {
        Self {
            model_deny_list: lists.model_deny_list.clone(),
            provider_ceiling: lists.provider_allow_list.clone(),
            blocked_pairs: combos.to_vec(),
        }
    }

    /// `serving` without the providers blocked for `model` alone; `None` when none is.
    fn unblocked(&self, model: &str, serving: &[String]) -> Option<Vec<String>> {
        let blocked = |p: &String| self.blocked_pairs.iter().any(|b| b.model == model && &b.provider == p);
        serving.iter().any(blocked).then(|| serving.iter().filter(|p| !blocked(p)).cloned().collect())
    }
}

/// What the catalog says about a requested model.
pub trait ModelLookup {
    /// The providers a Kilo-exclusive model is restricted to, if it is one.
    fn exclusive_restriction(&self, model: &str) -> Option<Vec<String>>;
    /// The providers serving exactly this id (suffix included), in catalog order.
    fn providers(&self, model: &str) -> Vec<String>;
    /// The gateway's facts (which ids are exempt).
    fn facts(&self) -> &GatewayFacts;
}

/// The catalog as the gateway's lookup reads it ([`super::Catalog::lookup`]), with the
/// restrictions of Kilo-exclusive models from the gateway's facts.
impl ModelLookup for super::Catalog {
    fn exclusive_restriction(&self, model: &str) -> Option<Vec<String>> {
        super::Catalog::facts(self).exclusive_restriction(model).map(<[String]>::to_vec)
    }

    fn providers(&self, model: &str) -> Vec<String> {
        self.slugs(&self.lookup(model))
    }

    fn facts(&self) -> &GatewayFacts {
        super::Catalog::facts(self)
    }
}

/// Reads one policy for `--group-policy` / `--default-policy` files and edits: either a whole
/// policy `{"type": "model_access", "data": {...}}` or just its data `{"mode": ...}`, checked
/// as strictly as stored policies are, then normalized as the gateway writes it.
pub fn parse_one_policy(text: &str) -> Result<ModelAccess, PolicyError> {
    let value: Value = serde_json::from_str(text).map_err(json_error)?;
    let policy = match value.get("type") {
        Some(_) => value,
        None => serde_json::json!({"type": MODEL_ACCESS, "data": value}),
    };
    let policy = parse_policies(&Value::Array(vec![policy]).to_string())?.remove(0);
    // What is written must be what the gateway accepts: an entry that normalizing empties
    // (`:free`, `/`) would be stored as `""`, which refuses every member.
    if let ModelAccess::Selected { model_allow_list, provider_allow_list } = &policy {
        let emptied = |key: &str, list: &[String], normalize: fn(&str) -> String| {
            // The gateway reads stored entries trimmed and refuses empty ones.
            list.iter().find(|entry| normalize(entry).trim().is_empty()).map(|entry| PolicyError::Invalid {
                index: 0,
                message: format!("'data.{key}' entry '{entry}' is empty once normalized as the gateway writes it"),
            })
        };
        let emptied = emptied("model_allow_list", model_allow_list, normalized_model)
            .or_else(|| emptied("provider_allow_list", provider_allow_list, normalized_provider));
        if let Some(error) = emptied {
            return Err(error);
        }
        // PostgreSQL's jsonb cannot hold one, and no model or provider name has one.
        let with_nul = |key: &str, list: &[String]| {
            list.iter().position(|entry| entry.contains('\0')).map(|at| PolicyError::Invalid {
                index: 0,
                message: format!("'data.{key}' entry {} holds a NUL character (\\u0000)", at + 1),
            })
        };
        if let Some(error) = with_nul("model_allow_list", model_allow_list)
            .or_else(|| with_nul("provider_allow_list", provider_allow_list))
        {
            return Err(error);
        }
    }
    Ok(policy.normalized())
}

/// The policies array a slot holds with `policy` set, or removed (`None`), as the gateway
/// writes it: at most one `model_access` entry, the only policy type there is.
pub fn policies_document(policy: Option<&ModelAccess>) -> String {
    let entries: Vec<Value> =
        policy.iter().map(|p| serde_json::json!({"type": MODEL_ACCESS, "data": p.normalized()})).collect();
    Value::Array(entries).to_string()
}

/// The `model_access` policy a stored array holds (`None`: no such policy).
pub fn stored_model_access(text: &str) -> Result<Option<ModelAccess>, PolicyError> {
    Ok(parse_policies(text)?.into_iter().next())
}

/// The models (catalog ids) a member may use under `grant`: what a policy change is measured in.
pub fn usable_models(grant: &MemberGrant, baseline: &Baseline, catalog: &super::Catalog) -> Vec<String> {
    catalog
        .models()
        .iter()
        .filter(|m| {
            let d = decide(grant, baseline, catalog, &m.id);
            d.allowed && d.gateway_routes().is_none_or(|r| !r.is_empty())
        })
        .map(|m| m.id.clone())
        .collect()
}

/// Why a member is refused a model (`denialSource`; never in the gateway's HTTP body).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum DenialSource {
    OrganizationModel,
    OrganizationProvider,
    NoGrant,
}

impl DenialSource {
    /// The gateway's `denialSource` value.
    pub fn code(self) -> &'static str {
        match self {
            DenialSource::OrganizationModel => "organization_model",
            DenialSource::OrganizationProvider => "organization_provider",
            DenialSource::NoGrant => "no_grant",
        }
    }
}

/// Which rule decided, for `--explain`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "by", rename_all = "snake_case")]
pub enum DecidedBy {
    Exemption,
    NotEnterprise,
    OrganizationDenyList,
    NotInSnapshot,
    /// The org baseline: no provider ceiling.
    Baseline,
    /// The org baseline: its provider allow list (routes, or none).
    OrganizationProviders,
    /// The org baseline: its model/provider combinations (orgpolicy's own schema) leave the
    /// model these routes, or none.
    OrganizationPairs,
    GroupModel {
        from: Vec<Source>,
    },
    GroupProviders {
        from: Vec<Source>,
    },
    NoGrant,
}

impl DecidedBy {
    /// Whether the member's grant decided (a group's or the default's selected models or
    /// providers, or the lack of any grant), rather than the org's own rules.
    pub fn is_grant(&self) -> bool {
        matches!(self, DecidedBy::GroupModel { .. } | DecidedBy::GroupProviders { .. } | DecidedBy::NoGrant)
    }
}

/// One member's decision on one model (§3).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct MemberDecision {
    pub allowed: bool,
    /// The providers it may be routed to (`None`: any; the gateway then sets no `only`).
    pub routes: Option<Vec<String>>,
    pub denial_source: Option<DenialSource>,
    pub decided_by: DecidedBy,
}

impl MemberDecision {
    fn allow(routes: Option<Vec<String>>, decided_by: DecidedBy) -> Self {
        Self { allowed: true, routes, denial_source: None, decided_by }
    }

    fn deny(source: DenialSource, decided_by: DecidedBy) -> Self {
        Self { allowed: false, routes: None, denial_source: Some(source), decided_by }
    }

    /// The routes the gateway sends (`provider.only`): never the virtual provider. An allowed
    /// decision whose routes are all virtual is refused by the gateway (404).
    pub fn gateway_routes(&self) -> Option<Vec<&str>> {
        self.routes.as_ref().map(|r| r.iter().map(String::as_str).filter(|p| *p != VIRTUAL_PROVIDER).collect())
    }
}

/// `getEffectiveModelDecision`: `model` as the gateway checks it (lowercased, after
/// `kilo-auto` resolution).
pub fn decide(grant: &MemberGrant, baseline: &Baseline, lookup: &impl ModelLookup, model: &str) -> MemberDecision {
    if Exemption::of(model, lookup.facts()).is_some() {
        return MemberDecision::allow(None, DecidedBy::Exemption);
    }
    let norm = normalize_model_id(model);
    let deny_listed = baseline.model_deny_list.iter().any(|d| d == norm);
    if *grant == MemberGrant::OrganizationBaseline && deny_listed {
        return MemberDecision::deny(DenialSource::OrganizationModel, DecidedBy::OrganizationDenyList);
    }
    if *grant == MemberGrant::Unrestricted {
        return MemberDecision::allow(None, DecidedBy::NotEnterprise);
    }
    let serving = lookup.exclusive_restriction(model).unwrap_or_else(|| lookup.providers(model));
    if serving.is_empty() {
        return MemberDecision::deny(DenialSource::OrganizationModel, DecidedBy::NotInSnapshot);
    }
    let baseline_decision = || -> MemberDecision {
        if deny_listed {
            return MemberDecision::deny(DenialSource::OrganizationModel, DecidedBy::OrganizationDenyList);
        }
        let unblocked = baseline.unblocked(norm, &serving);
        let serving = unblocked.as_deref().unwrap_or(&serving);
        let by_pairs =
            if unblocked.is_some() { DecidedBy::OrganizationPairs } else { DecidedBy::OrganizationProviders };
        match &baseline.provider_ceiling {
            None if unblocked.is_none() => MemberDecision::allow(None, DecidedBy::Baseline),
            None if serving.is_empty() => MemberDecision::deny(DenialSource::OrganizationProvider, by_pairs),
            None => MemberDecision::allow(Some(serving.to_vec()), by_pairs),
            Some(ceiling) => match eligible(serving, ceiling) {
                routes if routes.is_empty() => MemberDecision::deny(DenialSource::OrganizationProvider, by_pairs),
                routes => MemberDecision::allow(Some(routes), by_pairs),
            },
        }
    };
    let MemberGrant::Selected { include_baseline, models, providers } = grant else {
        return baseline_decision();
    };
    if let Some(granted) = models.iter().find(|g| g.id == norm) {
        return MemberDecision::allow(None, DecidedBy::GroupModel { from: granted.from.clone() });
    }
    if !providers.is_empty() {
        let ids: Vec<String> = providers.iter().map(|g| g.id.clone()).collect();
        let mut routes = eligible(&serving, &ids);
        if !routes.is_empty() {
            let from: Vec<Source> = providers
                .iter()
                .filter(|g| routes.contains(&g.id))
                .flat_map(|g| g.from.iter().cloned())
                .fold(Vec::new(), |mut all, s| {
                    if !all.contains(&s) {
                        all.push(s);
                    }
                    all
                });
            if *include_baseline {
                let b = baseline_decision();
                if b.allowed && b.routes.is_none() {
                    return b;
                }
                for p in b.routes.into_iter().flatten() {
                    if !routes.contains(&p) {
                        routes.push(p);
                    }
                }
            }
            return MemberDecision::allow(Some(routes), DecidedBy::GroupProviders { from });
        }
    }
    if *include_baseline {
        return baseline_decision();
    }
    MemberDecision::deny(DenialSource::NoGrant, DecidedBy::NoGrant)
}

/// `elig(modelProviders, allowed)`: a router of the virtual provider goes through the allowed
/// real providers (with virtual first), or nowhere when none is allowed; anything else
/// through the serving providers that are allowed, in serving order.
fn eligible(serving: &[String], allowed: &[String]) -> Vec<String> {
    let virtual_ = VIRTUAL_PROVIDER.to_string();
    if serving.contains(&virtual_) && allowed.contains(&virtual_) {
        let real: Vec<String> = allowed.iter().filter(|p| **p != virtual_).cloned().collect();
        if real.is_empty() {
            return Vec::new();
        }
        return std::iter::once(virtual_).chain(real).collect();
    }
    serving.iter().filter(|p| allowed.contains(p)).cloned().collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashMap;

    /// The upstream fixture's snapshot (§7): ids to providers, exclusive restrictions apart.
    struct Snap {
        providers: HashMap<&'static str, Vec<&'static str>>,
        exclusive: HashMap<&'static str, Vec<&'static str>>,
        facts: GatewayFacts,
    }

    impl Snap {
        fn new(extra: &[(&'static str, &[&'static str])]) -> Self {
            let mut providers: HashMap<&'static str, Vec<&'static str>> = HashMap::from([
                ("anthropic/claude", vec!["anthropic"]),
                ("openai/gpt-4o", vec!["openai"]),
                ("openai/o3", vec!["openai"]),
            ]);
            for (id, ps) in extra {
                providers.insert(id, ps.to_vec());
            }
            Self { providers, exclusive: HashMap::new(), facts: GatewayFacts::built_in() }
        }
    }

    impl ModelLookup for Snap {
        fn exclusive_restriction(&self, model: &str) -> Option<Vec<String>> {
            self.exclusive.get(model).map(|ps| ps.iter().map(|p| p.to_string()).collect())
        }
        fn providers(&self, model: &str) -> Vec<String> {
            self.providers.get(model).map(|ps| ps.iter().map(|p| p.to_string()).collect()).unwrap_or_default()
        }
        fn facts(&self) -> &GatewayFacts {
            &self.facts
        }
    }

    fn org(ceiling: Option<&[&str]>, deny: &[&str]) -> Baseline {
        Baseline {
            model_deny_list: deny.iter().map(|d| normalize_model_id(d).to_string()).collect(),
            provider_ceiling: ceiling.map(|c| c.iter().map(|p| p.to_string()).collect()),
            blocked_pairs: Vec::new(),
        }
    }

    /// ORG of the fixture: allow [anthropic, openai], deny [openai/o3].
    fn fixture() -> Baseline {
        org(Some(&["anthropic", "openai"]), &["openai/o3"])
    }

    fn selected(models: &[&str], providers: &[&str]) -> ModelAccess {
        ModelAccess::Selected {
            model_allow_list: models.iter().map(|m| m.to_string()).collect(),
            provider_allow_list: providers.iter().map(|p| p.to_string()).collect(),
        }
    }

    fn groups(list: &[(&str, ModelAccess)]) -> Vec<(String, Vec<ModelAccess>)> {
        list.iter().map(|(n, p)| (n.to_string(), vec![p.clone()])).collect()
    }

    /// `Ok(routes)` (`None`: any) or `Err(denial source)`.
    type Outcome = Result<Option<Vec<&'static str>>, DenialSource>;

    fn outcome(d: &MemberDecision) -> Result<Option<Vec<String>>, DenialSource> {
        match d.allowed {
            true => Ok(d.routes.clone()),
            false => Err(d.denial_source.unwrap()),
        }
    }

    fn want(o: Outcome) -> Result<Option<Vec<String>>, DenialSource> {
        o.map(|r| r.map(|r| r.iter().map(|p| p.to_string()).collect()))
    }

    use DenialSource::*;
    const ANY: Outcome = Ok(None);

    /// The 21 cases of GATEWAY-GROUPS.md §7 (the gateway's own tests and the code's rules).
    #[test]
    fn gateway_cases() {
        let none = Some(&[ModelAccess::None][..]);
        let all = Some(&[ModelAccess::All][..]);
        let empty: Option<&[ModelAccess]> = Some(&[]);
        let snap = Snap::new(&[]);
        let suffixed = Snap::new(&[("openai/o3:free", &["openai"])]);
        let wide = Snap::new(&[
            ("google/gemini", &["google"]),
            ("shared/model", &["google", "openai"]),
            ("nvidia/nemotron", &["deepinfra", "coreweave"]),
            ("nvidia/nemotron:free", &["nvidia"]),
            ("openrouter/auto", &["virtual"]),
        ]);
        #[rustfmt::skip]
        type Case<'a> = (&'a str, bool, Baseline, Option<&'a [ModelAccess]>, Vec<(String, Vec<ModelAccess>)>, &'a Snap, &'a str, Outcome);
        let cases: Vec<Case> = vec![
            ("1 teams", false, fixture(), empty, vec![], &snap, "anthropic/claude", ANY),
            ("2 not in snapshot", true, org(None, &[]), empty, vec![], &snap, "x-ai/grok-4.5", Err(OrganizationModel)),
            ("2 no ceiling", true, org(None, &[]), empty, vec![], &snap, "anthropic/claude", ANY),
            (
                "3 alias",
                true,
                org(None, &["x-ai/grok-4.5"]),
                all,
                vec![],
                &snap,
                "x-ai/grok-4.5-latest",
                Err(OrganizationModel),
            ),
            ("4 kilo-auto", true, fixture(), none, vec![], &snap, "kilo-auto/balanced", ANY),
            ("4 custom", true, fixture(), none, vec![], &snap, "kilo-internal/private-model", ANY),
            ("4 byok", true, fixture(), none, vec![], &snap, "kimi-coding/kimi-for-coding", ANY),
            ("5 none", true, fixture(), none, vec![], &snap, "anthropic/claude", Err(NoGrant)),
            (
                "6 selected",
                true,
                fixture(),
                none,
                groups(&[("g1", selected(&["anthropic/claude"], &[]))]),
                &snap,
                "anthropic/claude",
                ANY,
            ),
            (
                "6 not selected",
                true,
                fixture(),
                none,
                groups(&[("g1", selected(&["anthropic/claude"], &[]))]),
                &snap,
                "openai/gpt-4o",
                Err(NoGrant),
            ),
            (
                "7 all",
                true,
                fixture(),
                none,
                groups(&[("g1", ModelAccess::All)]),
                &snap,
                "anthropic/claude",
                Ok(Some(vec!["anthropic"])),
            ),
            (
                "7 all deny",
                true,
                fixture(),
                none,
                groups(&[("g1", ModelAccess::All)]),
                &snap,
                "openai/o3",
                Err(OrganizationModel),
            ),
            ("8 ceiling", true, fixture(), all, vec![], &wide, "google/gemini", Err(OrganizationProvider)),
            ("8 deny", true, fixture(), all, vec![], &snap, "openai/o3", Err(OrganizationModel)),
            (
                "9 provider grant",
                true,
                fixture(),
                all,
                groups(&[("g1", selected(&[], &["google"]))]),
                &wide,
                "shared/model",
                Ok(Some(vec!["google", "openai"])),
            ),
            (
                "10 model grant",
                true,
                fixture(),
                none,
                groups(&[("g1", selected(&["google/gemini"], &[]))]),
                &wide,
                "google/gemini",
                ANY,
            ),
            (
                "11 over deny",
                true,
                fixture(),
                all,
                groups(&[("g1", selected(&["openai/o3"], &[]))]),
                &snap,
                "openai/o3",
                ANY,
            ),
            (
                "11 baseline",
                true,
                fixture(),
                all,
                groups(&[("g1", selected(&["openai/o3"], &[]))]),
                &snap,
                "anthropic/claude",
                Ok(Some(vec!["anthropic"])),
            ),
            (
                "12 all",
                true,
                fixture(),
                none,
                groups(&[("g1", ModelAccess::All), ("g2", selected(&["google/gemini"], &[]))]),
                &wide,
                "anthropic/claude",
                Ok(Some(vec!["anthropic"])),
            ),
            (
                "12 selected",
                true,
                fixture(),
                none,
                groups(&[("g1", ModelAccess::All), ("g2", selected(&["google/gemini"], &[]))]),
                &wide,
                "google/gemini",
                ANY,
            ),
            (
                "13 no metadata",
                true,
                fixture(),
                none,
                groups(&[("g1", selected(&[], &["anthropic"]))]),
                &snap,
                "unknown/model",
                Err(OrganizationModel),
            ),
            ("14 suffix", true, fixture(), all, vec![], &suffixed, "openai/o3:free", Err(OrganizationModel)),
            (
                "15 variant",
                true,
                org(Some(&["deepinfra"]), &[]),
                all,
                vec![],
                &wide,
                "nvidia/nemotron",
                Ok(Some(vec!["deepinfra"])),
            ),
            (
                "15 free variant",
                true,
                org(Some(&["deepinfra"]), &[]),
                all,
                vec![],
                &wide,
                "nvidia/nemotron:free",
                Err(OrganizationProvider),
            ),
            (
                "16 router",
                true,
                org(Some(&["anthropic", "virtual", "openai"]), &[]),
                all,
                vec![],
                &wide,
                "openrouter/auto",
                Ok(Some(vec!["virtual", "anthropic", "openai"])),
            ),
            (
                "16 no virtual",
                true,
                org(Some(&["anthropic", "openai"]), &[]),
                all,
                vec![],
                &wide,
                "openrouter/auto",
                Err(OrganizationProvider),
            ),
            (
                "16 only virtual",
                true,
                org(Some(&["virtual"]), &[]),
                all,
                vec![],
                &wide,
                "openrouter/auto",
                Err(OrganizationProvider),
            ),
            (
                "16 plain",
                true,
                org(Some(&["anthropic", "virtual", "openai"]), &[]),
                all,
                vec![],
                &snap,
                "anthropic/claude",
                Ok(Some(vec!["anthropic"])),
            ),
            (
                "17 granted router",
                true,
                fixture(),
                none,
                groups(&[("g1", selected(&[], &["virtual", "google"]))]),
                &wide,
                "openrouter/auto",
                Ok(Some(vec!["virtual", "google"])),
            ),
            (
                "20 provider over deny",
                true,
                fixture(),
                all,
                groups(&[("g1", selected(&[], &["openai"]))]),
                &snap,
                "openai/o3",
                Ok(Some(vec!["openai"])),
            ),
            (
                "20 baseline",
                true,
                fixture(),
                all,
                groups(&[("g1", selected(&[], &["openai"]))]),
                &snap,
                "anthropic/claude",
                Ok(Some(vec!["anthropic"])),
            ),
            (
                "20 ceiling",
                true,
                fixture(),
                all,
                groups(&[("g1", selected(&[], &["openai"]))]),
                &wide,
                "google/gemini",
                Err(OrganizationProvider),
            ),
            (
                "21 no baseline",
                true,
                fixture(),
                none,
                groups(&[("g1", selected(&[], &["openai"]))]),
                &snap,
                "openai/o3",
                Ok(Some(vec!["openai"])),
            ),
            (
                "21 no grant",
                true,
                fixture(),
                none,
                groups(&[("g1", selected(&[], &["openai"]))]),
                &snap,
                "anthropic/claude",
                Err(NoGrant),
            ),
        ];
        for (name, enterprise, baseline, default, groups, lookup, model, expected) in cases {
            let grant = member_grant(enterprise, default, &groups);
            let decision = decide(&grant, &baseline, lookup, model);
            assert_eq!(outcome(&decision), want(expected), "case {name}: {grant:?} {decision:?}");
        }
    }

    /// Case 18: Kilo-exclusive models are routed by their restriction, not the snapshot.
    #[test]
    fn exclusive_models() {
        let all = Some(&[ModelAccess::All][..]);
        let grant = member_grant(true, all, &[]);
        let x = "stepfun/step-3.7-flash:free";
        let mut snap = Snap::new(&[(x, &["fireworks", "stepfun"])]);
        snap.exclusive.insert(x, vec!["stepfun"]);
        let cases: [(&[&str], &str, Outcome); 3] = [
            (&["deepseek", "fireworks"], x, Err(OrganizationProvider)),
            (&["stepfun", "fireworks"], x, Ok(Some(vec!["stepfun"]))),
            (&["stepfun"], "unknown/model", Err(OrganizationModel)),
        ];
        for (ceiling, model, expected) in cases {
            let decision = decide(&grant, &org(Some(ceiling), &[]), &snap, model);
            assert_eq!(outcome(&decision), want(expected), "{ceiling:?} {model}");
        }
        // The unsuffixed id is not exclusive: the snapshot decides.
        let plain = Snap::new(&[("stepfun/step-3.7-flash", &["fireworks", "stepfun"])]);
        let decision = decide(&grant, &org(Some(&["fireworks"]), &[]), &plain, "stepfun/step-3.7-flash");
        assert_eq!(outcome(&decision), want(Ok(Some(vec!["fireworks"]))));
    }

    /// Case 19: no settings row and no groups is the baseline (`[all]`); teams is unrestricted.
    #[test]
    fn no_settings_row_is_the_baseline() {
        let snap = Snap::new(&[
            ("denied/model", &["openai"]),
            ("allowed/model", &["openai"]),
            ("blocked-provider/model", &["anthropic"]),
        ]);
        let baseline = org(Some(&["openai"]), &["denied/model"]);
        let models = ["denied/model", "allowed/model", "blocked-provider/model", "unknown-routes/model"];
        for (enterprise, want) in [(true, [false, true, false, false]), (false, [true, true, true, true])] {
            let grant = member_grant(enterprise, None, &[]);
            let got: Vec<bool> = models.iter().map(|m| decide(&grant, &baseline, &snap, m).allowed).collect();
            assert_eq!(got, want, "enterprise {enterprise}");
        }
    }

    #[test]
    fn grants_compose_as_the_decision_table_says() {
        let sel = selected(&["a/b"], &[]);
        let all = ModelAccess::All;
        let none = ModelAccess::None;
        type Case = (Option<Vec<ModelAccess>>, Vec<ModelAccess>, &'static str);
        let cases: Vec<Case> = vec![
            (None, vec![], "baseline"),
            (Some(vec![]), vec![none.clone()], "baseline"),
            (Some(vec![all.clone()]), vec![sel.clone()], "baseline+selected"),
            (Some(vec![none.clone()]), vec![all.clone()], "baseline"),
            (Some(vec![none.clone()]), vec![all.clone(), sel.clone()], "baseline+selected"),
            (Some(vec![none.clone()]), vec![sel.clone()], "selected"),
            (Some(vec![none.clone()]), vec![none.clone()], "none"),
            (Some(vec![sel.clone()]), vec![], "selected"),
            (Some(vec![sel.clone()]), vec![all.clone()], "baseline+selected"),
        ];
        for (default, group_policies, want) in cases {
            let groups: Vec<(String, Vec<ModelAccess>)> =
                group_policies.into_iter().enumerate().map(|(i, p)| (format!("g{i}"), vec![p])).collect();
            let grant = member_grant(true, default.as_deref(), &groups);
            assert_eq!(grant.summary(), want, "{default:?} {groups:?}");
        }
    }

    #[test]
    fn stored_policies_are_read_strictly() {
        let ok = [
            (r#"[]"#, vec![]),
            (r#"[{"type":"model_access","data":{"mode":"all"}}]"#, vec![ModelAccess::All]),
            (
                r#"[{"type":"model_access","data":{"mode":"selected","model_allow_list":[" a/b "],"provider_allow_list":[]}}]"#,
                vec![selected(&["a/b"], &[])],
            ),
        ];
        for (text, want) in ok {
            assert_eq!(parse_policies(text).unwrap(), want, "{text}");
        }
        let many = format!("[{}]", vec![r#"{"type":"model_access","data":{"mode":"all"}}"#; 21].join(","));
        let deep = format!("[{}{}]", "[".repeat(200), "]".repeat(200));
        let bad = [
            ("{}", "not a JSON array"),
            ("[1]", "policy 0: not an object"),
            (r#"[{"type":"mcp_server_access","data":{}}]"#, "unknown policy type"),
            (r#"[{"type":"model_access","data":{"mode":"all","x":1}}]"#, "unknown key 'data.x'"),
            (r#"[{"type":"model_access","data":{"mode":"some"}}]"#, "unknown mode"),
            (
                r#"[{"type":"model_access","data":{"mode":"selected","model_allow_list":[]}}]"#,
                "provider_allow_list' is missing",
            ),
            (
                r#"[{"type":"model_access","data":{"mode":"selected","model_allow_list":[" "],"provider_allow_list":[]}}]"#,
                "empty entry",
            ),
            (r#"[{"type":"model_access","data":{"mode":"all"},"extra":true}]"#, "unknown key 'extra'"),
            (
                r#"[{"type":"model_access","data":{"mode":"all"}},{"type":"model_access","data":{"mode":"none"}}]"#,
                "two policies",
            ),
            (&many, "21 policies"),
            ("not json", "not valid JSON"),
            // Valid JSON that serde_json cannot hold is not called invalid.
            (r#"[{"type":"model_access","data":{"mode":1e400}}]"#, "no policy can hold: number out of range"),
            (&deep, "no policy can hold: recursion limit exceeded"),
        ];
        for (text, want) in bad {
            let err = parse_policies(text).unwrap_err().to_string();
            assert!(err.contains(want), "{text}: {err}");
        }
    }

    #[test]
    fn policies_are_normalized_as_the_gateway_writes_them() {
        let policy = selected(&["openai/gpt-4o:free", "openai/gpt-4o", "B/x"], &["OpenAI/model", "openai", " z "]);
        assert_eq!(policy.normalized(), selected(&["B/x", "openai/gpt-4o"], &["openai", "z"]));
        assert_eq!(ModelAccess::All.normalized(), ModelAccess::All);
        // An entry that normalizing empties is refused rather than written as "".
        let nul = parse_one_policy(
            r#"{"mode": "selected", "model_allow_list": ["a/b", "a/b\u0000"], "provider_allow_list": []}"#,
        );
        assert!(nul.unwrap_err().to_string().contains("'data.model_allow_list' entry 2 holds a NUL character"));
        for (models, providers) in [(r#"[":free"]"#, "[]"), ("[]", r#"["/x"]"#), (r#"["a/b", " :"]"#, "[]")] {
            let text =
                format!(r#"{{"mode": "selected", "model_allow_list": {models}, "provider_allow_list": {providers}}}"#);
            let err = parse_one_policy(&text).unwrap_err().to_string();
            assert!(err.contains("is empty once normalized"), "{text}: {err}");
        }
        let kept = parse_one_policy(
            r#"{"mode": "selected", "model_allow_list": ["a/b:free"], "provider_allow_list": ["X/y"]}"#,
        );
        assert_eq!(kept.unwrap(), selected(&["a/b"], &["x"]));
    }

    #[test]
    fn explanations_name_the_granting_group() {
        let groups = groups(&[("eng", selected(&["openai/o3"], &[])), ("ops", selected(&[], &["openai"]))]);
        let grant = member_grant(true, Some(&[ModelAccess::None]), &groups);
        let snap = Snap::new(&[]);
        let by_model = decide(&grant, &fixture(), &snap, "openai/o3");
        assert_eq!(by_model.decided_by, DecidedBy::GroupModel { from: vec![Source::Group("eng".into())] });
        let by_provider = decide(&grant, &fixture(), &snap, "openai/gpt-4o");
        assert_eq!(by_provider.decided_by, DecidedBy::GroupProviders { from: vec![Source::Group("ops".into())] });
    }

    #[test]
    fn written_documents_read_back_as_written() {
        let cases = [
            (Some(ModelAccess::All), r#"[{"type":"model_access","data":{"mode":"all"}}]"#),
            (Some(ModelAccess::None), r#"[{"type":"model_access","data":{"mode":"none"}}]"#),
            (
                Some(selected(&["b/y:free", "a/x"], &["OpenAI"])),
                r#"[{"type":"model_access","data":{"mode":"selected","model_allow_list":["a/x","b/y"],"provider_allow_list":["openai"]}}]"#,
            ),
            (None, "[]"),
        ];
        for (policy, want) in cases {
            let text = policies_document(policy.as_ref());
            assert_eq!(text, want);
            assert_eq!(stored_model_access(&text).unwrap(), policy.map(|p| p.normalized()));
        }
    }
}

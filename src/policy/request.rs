//! One request as the gateway answers it: the layers of its request path, in its order
//! (GATEWAY-TODAY §8), each able to end the request with the gateway's status, error code and
//! message, the member's policy decision among them (GATEWAY-GROUPS §3), and what goes upstream.
//!
//! Under the current rules: a blank model (404 `model_not_found`), Organization Auto and the auto
//! tiers, unavailable and disabled models (404 `unavailable_model`), the BYOK and custom-LLM
//! bypass, the member's decision (404 `model_not_allowed`, 503 behind the efficient pool),
//! data collection (400), Kilo-exclusive providers (403), Claude routing away from Anthropic and
//! what the upstream can then serve, and OpenRouter's own model check (404 `model_not_found`).
//! Under the older rules the gateway refuses only deny-listed models and forwards the rest with
//! the allow list as stored (§10).
//!
//! Pure: everything the gateway would read comes in already loaded.

use serde::Serialize;

use super::catalog::Catalog;
use super::evaluate::{is_enterprise, list_or_none, CompiledPolicy, Reason, Request};
use super::facts::GatewayFacts;
use super::gateway::{normalize_model_id, Exemption, GatewayLists, OrgAutoSettings, Rules, VIRTUAL_PROVIDER};
use super::groups::{self, Baseline, DecidedBy, DenialSource, MemberDecision, MemberGrant};
use super::settings::DataCollection;

/// Which layer of the request path decided.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Layer {
    /// The request names no model (404 `model_not_found`).
    ModelMissing,
    /// Organization Auto could not resolve a route (400 `organization_auto_configuration`).
    OrganizationAuto,
    /// An auto tier: the gateway picks the model per request, then the policy judges it.
    AutoTier,
    /// A disabled Kilo-exclusive model or an id the gateway withdrew (404 `unavailable_model`).
    Unavailable,
    /// An enabled BYOK key of the org, or its own custom LLM: the access check is skipped.
    Bypass,
    /// The member's model-access decision (org baseline and group grants).
    Policy,
    /// A free or data-collecting model for an org that denies data collection (400).
    DataCollection,
    /// A Kilo-exclusive model whose inference provider the routes leave out (403).
    ExclusiveProvider,
    /// What the upstream can serve once the routes and Claude's routing are applied (derived).
    Upstream,
    /// OpenRouter's own check of the id (404 `model_not_found`).
    OpenRouterModel,
    /// Every layer let it through.
    Served,
}

impl Layer {
    /// The code in JSON (`decided_by`).
    pub fn code(self) -> &'static str {
        match self {
            Layer::ModelMissing => "model_missing",
            Layer::OrganizationAuto => "organization_auto",
            Layer::AutoTier => "auto_tier",
            Layer::Unavailable => "unavailable",
            Layer::Bypass => "bypass",
            Layer::Policy => "policy",
            Layer::DataCollection => "data_collection",
            Layer::ExclusiveProvider => "exclusive_provider",
            Layer::Upstream => "upstream",
            Layer::OpenRouterModel => "openrouter_model",
            Layer::Served => "served",
        }
    }

    pub fn describe(self) -> &'static str {
        match self {
            Layer::ModelMissing => "the request names no model",
            Layer::OrganizationAuto => "Organization Auto",
            Layer::AutoTier => "an auto tier, resolved per request",
            Layer::Unavailable => "unavailable models",
            Layer::Bypass => "the BYOK / custom-LLM bypass",
            Layer::Policy => "the model-access policy",
            Layer::DataCollection => "data collection",
            Layer::ExclusiveProvider => "the exclusive model's provider",
            Layer::Upstream => "the upstream's providers",
            Layer::OpenRouterModel => "OpenRouter's model check",
            Layer::Served => "every layer",
        }
    }
}

/// Whether Anthropic may serve Claude for the org (`isNonTrialEnterpriseOrganization`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "state", content = "reason", rename_all = "snake_case")]
pub enum Trial {
    /// Enterprise past its trial, and why (`paid_seat_purchase`, `oss_sponsorship`,
    /// `trial_messaging_suppressed`, `require_seats_disabled`).
    NonTrial(&'static str),
    /// Enterprise in its trial (no bypass).
    Trial,
    /// Not Enterprise: the gateway does not look it up.
    NotEnterprise,
    /// The database has no seat purchases or `require_seats`: decided as the gateway does when
    /// its lookup fails (Anthropic ignored).
    Unknown,
}

impl Trial {
    /// `classifyOrganizationEntitlement(...).displayStatus === 'subscribed'` for an Enterprise
    /// org: the latest seat purchase's status (`None`: no purchase) and `require_seats`
    /// (`None`: the column is not there), with the settings' bypasses.
    pub fn of(plan: &str, lists: &GatewayLists, latest_seat_status: Option<&str>, require_seats: Option<bool>) -> Self {
        if !is_enterprise(plan) {
            return Trial::NotEnterprise;
        }
        if latest_seat_status.is_some_and(|s| s != "ended") {
            return Trial::NonTrial("paid_seat_purchase");
        }
        if lists.oss_sponsorship {
            return Trial::NonTrial("oss_sponsorship");
        }
        if lists.suppress_trial_messaging {
            return Trial::NonTrial("trial_messaging_suppressed");
        }
        match require_seats {
            Some(false) => Trial::NonTrial("require_seats_disabled"),
            Some(true) => Trial::Trial,
            None => Trial::Unknown,
        }
    }

    /// A few words for a table cell.
    pub fn label(&self) -> String {
        match self {
            Trial::NonTrial(why) => format!(
                "subscribed: {}",
                match *why {
                    "paid_seat_purchase" => "seats",
                    "oss_sponsorship" => "oss",
                    "trial_messaging_suppressed" => "suppressed",
                    "require_seats_disabled" => "no seats",
                    other => other,
                }
            ),
            Trial::Trial => "trial".into(),
            Trial::NotEnterprise => "-".into(),
            Trial::Unknown => "unknown".into(),
        }
    }

    pub fn anthropic_allowed(&self) -> bool {
        matches!(self, Trial::NonTrial(_))
    }
}

/// What the gateway reads about the org for a request.
#[derive(Debug, Clone)]
pub struct OrgContext<'a> {
    pub plan: &'a str,
    pub lists: &'a GatewayLists,
    /// The model/provider combinations the org's database enforces (orgpolicy's own schema).
    pub combos: &'a [super::settings::ModelProvider],
    /// The org's own custom LLMs (`kilo-internal/…` ids, lowercase).
    pub custom_llms: &'a [String],
    /// Provider ids of the org's enabled BYOK keys.
    pub byok_keys: &'a [String],
    pub trial: Trial,
}

/// The member's grant under the current rules, or why it cannot be had (stored policy JSON the
/// gateway rejects: it then fails every request of the member).
#[derive(Debug, Clone)]
pub enum Grant<'a> {
    Member(&'a MemberGrant),
    Invalid(&'a str),
}

/// One request.
#[derive(Debug, Clone, Default)]
pub struct Ask<'a> {
    pub model: &'a str,
    /// A provider the question is about ("through P?"): allowed only if the request can be
    /// routed to it.
    pub provider: Option<&'a str>,
    /// `x-kilocode-mode`, for Organization Auto.
    pub mode: Option<&'a str>,
    /// The request's own `provider.data_collection` (the org's `deny` always wins).
    pub data_collection: Option<DataCollection>,
}

/// What goes upstream in `provider`.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Routing {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub only: Option<Vec<String>>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub ignore: Vec<String>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub order: Vec<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub data_collection: Option<&'static str>,
}

impl Routing {
    pub fn is_empty(&self) -> bool {
        *self == Routing::default()
    }
}

/// The gateway's answer to one request.
#[derive(Debug, Clone, Serialize)]
pub struct Answer {
    /// Whether the request is served (through the asked provider, when one was asked).
    pub allowed: bool,
    pub http_status: u16,
    /// The gateway's `error_type` (none when served; none for an upstream's own refusal).
    pub error: Option<&'static str>,
    /// A stable code for why (`allowed`, `model_denied`, `unavailable_model`, …).
    pub reason: &'static str,
    /// The policy's `denialSource`, where the policy refused.
    pub denial_source: Option<&'static str>,
    pub layer: Layer,
    /// The concrete model the policy judged (after Organization Auto), lowercased.
    pub model: String,
    /// The Organization Auto route target, when the request went through one.
    pub route_target: Option<String>,
    /// The providers it can be served through, as far as the catalog says.
    pub providers: Vec<String>,
    pub routing: Routing,
    /// The gateway's own words (its response's `message`), or ours where it serves it.
    pub message: String,
    /// Things worth knowing that did not decide.
    pub notes: Vec<String>,
    pub trace: Vec<String>,
    /// What the member's policy decision was, under the current rules.
    #[serde(skip)]
    pub decision: Option<MemberDecision>,
}

/// Every `reason` an [`Answer`] can give (what `check` prints and `test` cases may expect).
pub const REASONS: &[&str] = &[
    "allowed",
    "unrestricted",
    "exempt",
    "granted_to_member",
    "forwarded",
    "auto_tier",
    "byok_key",
    "custom_llm",
    "model_not_found",
    "organization_auto_configuration",
    "unavailable_model",
    "model_denied",
    "not_in_catalog",
    "provider_not_allowed",
    "no_grant",
    "no_real_provider",
    "invalid_group_policy",
    "invalid_settings",
    "data_collection_required",
    "exclusive_provider_not_allowed",
    "no_provider_upstream",
];

const MODEL_NOT_ALLOWED: &str = "The requested model is not allowed for your team.";
const EFFICIENT_POOL_BLOCKED: &str = "Auto-routing could not select an eligible model for this request. Please try again or contact support if the problem persists.";
const UNAVAILABLE: &str = "The requested model is currently unavailable. Please choose a different model.";
const DATA_COLLECTION: &str =
    "Data collection is required for this model. Please enable data collection to use this model or choose another model.";
const NO_ELIGIBLE_PROVIDER: &str =
    "No eligible provider can serve the selected model. Select another model or update the provider routing settings.";

struct Path {
    trace: Vec<String>,
    notes: Vec<String>,
}

impl Path {
    fn step(&mut self, s: impl Into<String>) {
        self.trace.push(s.into());
    }

    fn end(self, a: Partial) -> Answer {
        Answer {
            allowed: a.allowed,
            http_status: a.status,
            error: a.error,
            reason: a.reason,
            denial_source: a.denial_source,
            layer: a.layer,
            model: a.model,
            route_target: a.route_target,
            providers: a.providers,
            routing: a.routing,
            message: a.message,
            notes: self.notes,
            trace: self.trace,
            decision: a.decision,
        }
    }
}

/// An answer before the trace and notes are attached.
struct Partial {
    allowed: bool,
    status: u16,
    error: Option<&'static str>,
    reason: &'static str,
    denial_source: Option<&'static str>,
    layer: Layer,
    model: String,
    route_target: Option<String>,
    providers: Vec<String>,
    routing: Routing,
    message: String,
    decision: Option<MemberDecision>,
}

impl Partial {
    fn refused(
        layer: Layer,
        status: u16,
        error: &'static str,
        reason: &'static str,
        message: impl Into<String>,
    ) -> Self {
        Self {
            allowed: false,
            status,
            error: Some(error),
            reason,
            denial_source: None,
            layer,
            model: String::new(),
            route_target: None,
            providers: Vec::new(),
            routing: Routing::default(),
            message: message.into(),
            decision: None,
        }
    }

    fn with_model(mut self, model: &str, target: Option<&str>) -> Self {
        self.model = model.to_string();
        self.route_target = target.map(str::to_string);
        self
    }
}

/// The gateway's answer to `ask` for an org (and, under the current rules, a member's `grant`).
pub fn answer(
    rules: Rules,
    org: &OrgContext<'_>,
    policy: &CompiledPolicy,
    grant: Grant<'_>,
    catalog: &Catalog,
    ask: &Ask<'_>,
) -> Answer {
    match rules {
        Rules::Current => current(org, grant, catalog, ask),
        Rules::Marker | Rules::AllowList => older(rules, policy, catalog, ask),
    }
}

/// The request path of today's gateway.
fn current(org: &OrgContext<'_>, grant: Grant<'_>, catalog: &Catalog, ask: &Ask<'_>) -> Answer {
    let facts = catalog.facts();
    let mut path = Path { trace: Vec::new(), notes: Vec::new() };
    let requested = ask.model.trim().to_lowercase();
    if requested.is_empty() {
        path.step("the request names no model");
        let a = Partial::refused(
            Layer::ModelMissing,
            404,
            "model_not_found",
            "model_not_found",
            "The requested model could not be found.",
        );
        return path.end(a);
    }

    // Auto models are resolved before anything else is checked.
    let mut model = requested.clone();
    let mut route_target = None;
    if requested == facts.auto.org {
        match org_auto_target(org, catalog, ask.mode) {
            Err(message) => {
                path.step(format!("Organization Auto: {message}"));
                let a = Partial::refused(
                    Layer::OrganizationAuto,
                    400,
                    "organization_auto_configuration",
                    "organization_auto_configuration",
                    message,
                )
                .with_model(&requested, None);
                return path.end(a);
            }
            Ok(target) => {
                path.step(format!("Organization Auto routes mode {} to '{target}'", mode_shown(ask.mode)));
                route_target = Some(target.clone());
                model = target;
            }
        }
    }
    if facts.auto.tiers.contains(&model) || facts.auto.others.contains(&model) {
        path.step(format!("'{model}' is an auto tier: the gateway picks the concrete model per request"));
        path.notes.push(format!(
            "'{model}' resolves per request (by mode, balance or the auto-routing classifier) to a model the policy then judges; ask about that model to know its answer"
        ));
        let a = Partial {
            allowed: true,
            status: 200,
            error: None,
            reason: "auto_tier",
            denial_source: None,
            layer: Layer::AutoTier,
            model: model.clone(),
            route_target,
            providers: Vec::new(),
            routing: Routing::default(),
            message: format!(
                "'{model}' is resolved per request by the gateway; the model it picks goes through the policy"
            ),
            decision: None,
        };
        return path.end(a);
    }
    let auto = requested.starts_with("kilo-auto/");
    let efficient_pool = facts.auto.pool.contains(&requested);

    if facts.is_disabled_exclusive(&model) || (!auto && facts.is_unavailable(&model)) {
        path.step(format!("'{model}' is unavailable on the gateway (unavailable-models / disabled exclusive)"));
        let a = Partial::refused(Layer::Unavailable, 404, "unavailable_model", "unavailable_model", UNAVAILABLE)
            .with_model(&model, route_target.as_deref());
        return path.end(a);
    }

    // The BYOK and custom-LLM bypass: the provider is the org's own, no access check.
    if let Some(provider) = facts.direct_byok_provider(&model) {
        if org.byok_keys.iter().any(|k| k == provider) {
            path.step(format!("the org holds an enabled {provider} BYOK key: the access check is skipped"));
            return path.end(served(
                Layer::Bypass,
                "byok_key",
                &model,
                route_target,
                vec![provider.to_string()],
                Routing::default(),
                format!("'{model}' goes to the org's own {provider} BYOK key; the gateway skips the access check"),
            ));
        }
    }
    if model.starts_with("kilo-internal/") && org.custom_llms.contains(&model) {
        path.step("a custom LLM of this organization: the access check is skipped");
        return path.end(served(
            Layer::Bypass,
            "custom_llm",
            &model,
            route_target,
            Vec::new(),
            Routing::default(),
            format!("'{model}' is a custom LLM of this organization; the gateway skips the access check"),
        ));
    }

    // The member's model-access decision.
    let decision = match grant {
        Grant::Invalid(why) => {
            path.step(format!("a stored group policy is invalid ({why}): the gateway fails closed"));
            let mut a = Partial::refused(
                Layer::Policy,
                500,
                "internal_server_error",
                "invalid_group_policy",
                "Organization group policy data is invalid",
            )
            .with_model(&model, route_target.as_deref());
            a.error = None;
            return path.end(a);
        }
        Grant::Member(grant) => {
            let baseline = Baseline::of(org.lists, org.combos);
            groups::decide(grant, &baseline, catalog, &model)
        }
    };
    path.step(policy_step(&decision, &model));
    if !decision.allowed {
        let (status, message) = if efficient_pool { (503, EFFICIENT_POOL_BLOCKED) } else { (404, MODEL_NOT_ALLOWED) };
        let mut a = Partial::refused(Layer::Policy, status, "model_not_allowed", refusal_reason(&decision), message)
            .with_model(&model, route_target.as_deref());
        a.denial_source = decision.denial_source.map(DenialSource::code);
        a.decision = Some(decision);
        return path.end(a);
    }
    let only: Option<Vec<String>> =
        decision.gateway_routes().map(|routes| routes.into_iter().map(str::to_string).collect());
    if only.as_ref().is_some_and(Vec::is_empty) {
        path.step("its only route is the virtual provider, which the gateway never sends upstream");
        let mut a = Partial::refused(Layer::Policy, 404, "model_not_allowed", "no_real_provider", MODEL_NOT_ALLOWED)
            .with_model(&model, route_target.as_deref());
        a.decision = Some(decision);
        return path.end(a);
    }

    // Data collection: the org's deny wins over the request.
    let data_collection = match (org.lists.data_collection, ask.data_collection) {
        (Some(DataCollection::Deny), _) | (_, Some(DataCollection::Deny)) => Some(DataCollection::Deny),
        (Some(DataCollection::Allow), _) | (_, Some(DataCollection::Allow)) => Some(DataCollection::Allow),
        _ => None,
    };
    if data_collection == Some(DataCollection::Deny) && facts.requires_data_collection(&model) {
        path.step(format!("'{model}' needs data collection (free or data-collecting) and the request denies it"));
        let mut a = Partial::refused(
            Layer::DataCollection,
            400,
            "data_collection_required",
            "data_collection_required",
            DATA_COLLECTION,
        )
        .with_model(&model, route_target.as_deref());
        a.decision = Some(decision);
        return path.end(a);
    }

    // Claude goes to Anthropic directly only for non-trial Enterprise orgs or the org's own key.
    let mut routing = Routing {
        only: only.clone(),
        data_collection: data_collection.map(DataCollection::as_str),
        ..Routing::default()
    };
    if facts.is_claude(&model) {
        let provider = &facts.claude.ignored_provider;
        match claude_ignored_provider(org, facts) {
            Some(ignored) => {
                path.step(format!("Claude: {ignored} ignored upstream ({})", trial_words(&org.trial)));
                routing.ignore.push(ignored.to_string());
            }
            None if org.byok_keys.iter().any(|k| k == provider) => {
                path.step(format!("Claude: {provider} allowed (the org's own key)"));
            }
            None => path.step(format!("Claude: {provider} allowed ({})", trial_words(&org.trial))),
        }
        routing.order = facts.claude.order.clone();
    }

    // The exclusive model's provider must stay among the routes.
    if let Some(exclusive) = facts.exclusive(&model) {
        if let Some(provider) = &exclusive.inference_provider {
            let left_out = only.as_ref().is_some_and(|o| !o.contains(provider)) || routing.ignore.contains(provider);
            if left_out {
                path.step(format!("'{model}' runs only on {provider}, which its routes leave out"));
                let mut a = Partial::refused(
                    Layer::ExclusiveProvider,
                    403,
                    "provider_not_allowed",
                    "exclusive_provider_not_allowed",
                    format!("No eligible provider can serve the selected model. Please enable provider: {provider}"),
                )
                .with_model(&model, route_target.as_deref());
                a.decision = Some(decision);
                return path.end(a);
            }
        }
    }

    // What the upstream can serve it through: the routes (or the model's providers) less the
    // ignored ones.
    let candidates: Vec<String> = match (&only, facts.exclusive_restriction(&model)) {
        (Some(only), Some(restriction)) => only.iter().filter(|p| restriction.contains(p)).cloned().collect(),
        (None, Some(restriction)) => restriction.to_vec(),
        (Some(only), None) => only.clone(),
        (None, None) => catalog.gateway_providers(&model).into_iter().filter(|p| p != VIRTUAL_PROVIDER).collect(),
    };
    let exempt = Exemption::of(&model, facts).is_some();
    let providers: Vec<String> = candidates.into_iter().filter(|p| !routing.ignore.contains(p)).collect();
    if providers.is_empty() && !exempt && !routing.ignore.is_empty() {
        path.step(format!(
            "no route is left once {} is ignored: the upstream finds no allowed provider",
            routing.ignore.join(", ")
        ));
        let mut a = Partial::refused(
            Layer::Upstream,
            404,
            "provider_not_allowed",
            "no_provider_upstream",
            NO_ELIGIBLE_PROVIDER,
        )
        .with_model(&model, route_target.as_deref());
        a.routing = routing;
        a.decision = Some(decision);
        return path.end(a);
    }

    // OpenRouter checks the id against its own model list (an empty column knows every id). An
    // exempt id without the org's key falls through to the managed gateways too.
    if exempt && providers.is_empty() {
        path.notes.push(format!(
            "'{model}' is exempt from the policy, but without the org's own key (or custom LLM) it goes to the managed gateways"
        ));
    }
    if facts.exclusive(&model).is_none() && !catalog.columns().openrouter_knows(&model) {
        path.step(format!("OpenRouter does not list '{model}'"));
        let message = format!(
            "The requested model '{model}' does not exist. Please use an exact model id as listed on /api/gateway/models. If this is a newly released model, please try again in a few minutes."
        );
        let mut a = Partial::refused(Layer::OpenRouterModel, 404, "model_not_found", "model_not_found", message)
            .with_model(&model, route_target.as_deref());
        a.decision = Some(decision);
        return path.end(a);
    }

    let reason = served_reason(&decision);
    let message = served_message(&model, &providers, &routing);
    let mut answer = served(Layer::Served, reason, &model, route_target, providers, routing, message);
    if let Some(asked) = ask.provider {
        let asked = asked.trim().to_lowercase();
        if !answer.providers.contains(&asked) {
            path.step(format!("'{model}' cannot be routed to '{asked}'"));
            answer.allowed = false;
            answer.reason = "provider_not_allowed";
            answer.message = format!(
                "'{model}' is served, but not through '{asked}': its routes are {}",
                list_or_none(&answer.providers)
            );
        }
    }
    answer.decision = Some(decision);
    path.end(answer)
}

fn served(
    layer: Layer,
    reason: &'static str,
    model: &str,
    route_target: Option<String>,
    providers: Vec<String>,
    routing: Routing,
    message: String,
) -> Partial {
    Partial {
        allowed: true,
        status: 200,
        error: None,
        reason,
        denial_source: None,
        layer,
        model: model.to_string(),
        route_target,
        providers,
        routing,
        message,
        decision: None,
    }
}

fn mode_shown(mode: Option<&str>) -> String {
    match mode.map(str::trim).filter(|m| !m.is_empty()) {
        Some(m) => format!("'{m}'"),
        None => "(none: the fallback)".into(),
    }
}

fn trial_words(trial: &Trial) -> String {
    match trial {
        Trial::NonTrial(why) => format!("non-trial Enterprise: {}", why.replace('_', " ")),
        Trial::Trial => "an Enterprise org in its trial".into(),
        Trial::NotEnterprise => "not an Enterprise org".into(),
        Trial::Unknown => {
            "trial status unknown on this database, so decided as the gateway does when it cannot tell".into()
        }
    }
}

fn policy_step(decision: &MemberDecision, model: &str) -> String {
    let verdict = if decision.allowed { "allowed" } else { "refused" };
    let routes = match &decision.routes {
        Some(routes) => format!(", routes {}", list_or_none(routes)),
        None => String::new(),
    };
    let why = match &decision.decided_by {
        DecidedBy::Exemption => "an exempt id".to_string(),
        DecidedBy::NotEnterprise => "not an Enterprise org: nothing restricted".into(),
        DecidedBy::OrganizationDenyList => "in the org's model_deny_list".into(),
        DecidedBy::NotInSnapshot => format!("'{model}' has no provider in the current snapshot"),
        DecidedBy::Baseline => "the org baseline, no provider allow list".into(),
        DecidedBy::OrganizationProviders => "the org's provider_allow_list".into(),
        DecidedBy::OrganizationPairs => "the org's model_provider_deny_list".into(),
        DecidedBy::GroupModel { from } => format!("a model grant ({})", sources(from)),
        DecidedBy::GroupProviders { from } => format!("a provider grant ({})", sources(from)),
        DecidedBy::NoGrant => "no policy of the member grants it".into(),
    };
    format!("policy: {verdict} by {why}{routes}")
}

fn sources(from: &[groups::Source]) -> String {
    from.iter().map(ToString::to_string).collect::<Vec<_>>().join(", ")
}

/// The reason code of a policy refusal.
fn refusal_reason(decision: &MemberDecision) -> &'static str {
    match &decision.decided_by {
        DecidedBy::OrganizationDenyList => "model_denied",
        DecidedBy::NotInSnapshot => "not_in_catalog",
        DecidedBy::OrganizationProviders | DecidedBy::OrganizationPairs => "provider_not_allowed",
        DecidedBy::NoGrant => "no_grant",
        _ => "model_not_allowed",
    }
}

fn served_reason(decision: &MemberDecision) -> &'static str {
    match &decision.decided_by {
        DecidedBy::Exemption => "exempt",
        DecidedBy::NotEnterprise => "unrestricted",
        DecidedBy::GroupModel { .. } | DecidedBy::GroupProviders { .. } => "granted_to_member",
        _ => "allowed",
    }
}

fn served_message(model: &str, providers: &[String], routing: &Routing) -> String {
    match (&routing.only, providers.is_empty()) {
        (Some(_), _) => format!("'{model}' is served through {}", list_or_none(providers)),
        (None, false) => format!("'{model}' is served by any provider that serves it: {}", providers.join(", ")),
        (None, true) => format!("'{model}' is served"),
    }
}

/// `getIgnoredProviders` (GATEWAY-TODAY §4): the provider the gateway leaves out upstream for
/// the org's Claude requests (Anthropic), unless the org is a non-trial Enterprise org or holds
/// its own key for it.
pub fn claude_ignored_provider<'f>(org: &OrgContext<'_>, facts: &'f GatewayFacts) -> Option<&'f str> {
    let provider = facts.claude.ignored_provider.as_str();
    let allowed = org.trial.anthropic_allowed() || org.byok_keys.iter().any(|k| k == provider);
    (!allowed).then_some(provider)
}

/// `resolveOrganizationAutoModel` then `validateOrganizationAutoTarget` (GATEWAY-TODAY §6): the
/// concrete target for the request's mode, or the gateway's configuration error.
/// Organization Auto is on for an Enterprise org whose `default_model` is `kilo-auto/org` and
/// which has `org_auto_model` (GATEWAY-TODAY §6); its settings then.
pub fn org_auto_enabled<'a>(plan: &str, lists: &'a GatewayLists, facts: &GatewayFacts) -> Option<&'a OrgAutoSettings> {
    let on = is_enterprise(plan) && lists.default_model.as_deref() == Some(facts.auto.org.as_str());
    on.then_some(lists.org_auto.as_ref()).flatten()
}

/// One route of an enabled Organization Auto (`mode` `None`: the fallback) and what the gateway
/// makes of its target: the model it resolves to, or its configuration error.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OrgAutoRoute {
    pub mode: Option<String>,
    pub target: String,
    pub outcome: Result<String, String>,
}

/// Every route of the org's Organization Auto, fallback last, each judged as a request in that
/// mode would be; `None` when Organization Auto is not enabled.
pub fn org_auto_routes(org: &OrgContext<'_>, catalog: &Catalog) -> Option<Vec<OrgAutoRoute>> {
    let auto = org_auto_enabled(org.plan, org.lists, catalog.facts())?;
    let routes = auto.routes.iter().map(|(slug, target)| (Some(slug.clone()), target.clone()));
    let fallback = std::iter::once((None, auto.fallback_model.clone().unwrap_or_default()));
    Some(
        routes
            .chain(fallback)
            .map(|(mode, target)| {
                let outcome = validate_org_auto_target(org, catalog, &target);
                OrgAutoRoute { mode, target, outcome }
            })
            .collect(),
    )
}

pub fn org_auto_target(org: &OrgContext<'_>, catalog: &Catalog, mode: Option<&str>) -> Result<String, String> {
    if !is_enterprise(org.plan) {
        return Err("Organization Auto is not available for this account.".into());
    }
    let Some(auto) = &org.lists.org_auto else {
        return Err("Organization Auto is not configured for this organization.".into());
    };
    if org.lists.default_model.as_deref() != Some(catalog.facts().auto.org.as_str()) {
        return Err("Organization Auto is not enabled for this organization.".into());
    }
    let mode = mode.map(str::trim).unwrap_or_default().to_lowercase();
    let target = auto
        .route(&mode)
        .or_else(|| match mode.as_str() {
            "build" => auto.route("code"),
            "plan" => auto.route("architect"),
            _ => None,
        })
        .or(auto.fallback_model.as_deref())
        .ok_or_else(|| "Organization Auto has no configured fallback model.".to_string())?;
    validate_org_auto_target(org, catalog, target)
}

/// At most this many Organization Auto routes (`MAX_ORGANIZATION_AUTO_ROUTES`).
pub const MAX_ORG_AUTO_ROUTES: usize = 100;

/// `assertActiveOrganizationAutoTargetsAllowed` (organization-settings-router.ts K:0877964): an
/// enabled Organization Auto whose routes or fallback the org's lists would refuse, with the
/// gateway's message; the gateway refuses a change of the lists that leaves it so.
pub fn org_auto_broken(org: &OrgContext<'_>, catalog: &Catalog) -> Option<String> {
    let auto = org_auto_enabled(org.plan, org.lists, catalog.facts())?;
    if auto.routes.len() > MAX_ORG_AUTO_ROUTES {
        return Some(format!("Organization Auto supports at most {MAX_ORG_AUTO_ROUTES} routes"));
    }
    for (slug, target) in &auto.routes {
        if let Err(message) = validate_org_auto_target(org, catalog, target) {
            return Some(format!(
                "Cannot update model policy because active Organization Auto route \"{slug}\" is invalid: {message}"
            ));
        }
    }
    let fallback = auto.fallback_model.as_deref().unwrap_or_default();
    validate_org_auto_target(org, catalog, fallback).err().map(|message| {
        format!("Cannot update model policy because active Organization Auto fallback is invalid: {message}")
    })
}

/// `validateOrganizationAutoTarget`: whether a route target may be used, and the id it resolves to.
pub fn validate_org_auto_target(org: &OrgContext<'_>, catalog: &Catalog, target: &str) -> Result<String, String> {
    let facts = catalog.facts();
    let raw = target.trim().to_lowercase();
    let normalized = normalize_model_id(&raw);
    if raw.is_empty() {
        return Err("Organization Auto route target is required.".into());
    }
    if normalized.ends_with("/*") {
        return Err(format!("Organization Auto route target '{target}' is not a concrete model identifier."));
    }
    if normalized == facts.auto.org {
        return Err("Organization Auto cannot target itself.".into());
    }
    if raw.starts_with("kilo-internal/") {
        return Err(format!(
            "Organization Auto route target '{target}' must be a Kilo-hosted model, supported auto tier, or organization-owned BYOK model."
        ));
    }
    if let Some(provider) = facts.direct_byok_provider(&raw) {
        if !org.byok_keys.iter().any(|k| k == provider) {
            return Err(format!(
                "Organization Auto route target '{target}' is unavailable because this organization does not have an enabled BYOK credential for {provider}."
            ));
        }
        return Ok(raw);
    }
    let enterprise = is_enterprise(org.plan);
    let active_policy =
        enterprise && (org.lists.provider_allow_list.is_some() || !org.lists.model_deny_list.is_empty());
    if normalized.starts_with("kilo-auto/") {
        if !facts.auto.tiers.iter().any(|t| t == normalized) {
            return Err(format!("Organization Auto route target '{target}' is not a supported auto tier."));
        }
        if active_policy {
            return Err(format!(
                "Organization Auto route target '{target}' cannot use an auto tier while the organization has an active model policy. Choose a concrete allowed model instead."
            ));
        }
        return Ok(normalized.to_string());
    }
    // The gateway's model list: what the catalog or its OpenRouter column knows.
    let known = !catalog.lookup(&raw).is_empty()
        || catalog.columns().openrouter(&raw).is_some()
        || facts.exclusive(&raw).is_some();
    if !known {
        return Err(format!("Organization Auto route target '{target}' is unavailable."));
    }
    if enterprise && !listing_allows(org.lists, catalog, &raw) {
        return Err(format!(
            "Organization Auto route target '{target}' is not allowed by the organization's model policy."
        ));
    }
    Ok(raw)
}

/// `createAllowPredicateFromRestrictions` with the snapshot required (an Enterprise org's
/// listing and Organization Auto targets): exempt ids pass; then the deny list; then a model must
/// have providers, one of them in the allow list when there is one.
pub fn listing_allows(lists: &GatewayLists, catalog: &Catalog, id: &str) -> bool {
    let facts = catalog.facts();
    if Exemption::of(id, facts).is_some() {
        return true;
    }
    if lists.denies(normalize_model_id(id)) {
        return false;
    }
    let providers = catalog.gateway_providers(id);
    if providers.is_empty() {
        return false;
    }
    match &lists.provider_allow_list {
        None => true,
        Some(allow) => providers.iter().any(|p| allow.contains(p)),
    }
}

/// The older eras (GATEWAY-TODAY §10): the request path refuses only a deny-listed model of an
/// Enterprise org (404 `model_not_allowed`) and forwards everything else, unknown models
/// included, with the allow list as stored in `provider.only` (or the legacy deny list in
/// `ignore`). What the upstream then finds is said, not decided by the gateway.
fn older(rules: Rules, policy: &CompiledPolicy, catalog: &Catalog, ask: &Ask<'_>) -> Answer {
    let mut path = Path { trace: Vec::new(), notes: Vec::new() };
    // The model first; a provider asked about is a question about its routes.
    let request = Request::new(catalog, ask.model, None);
    let mut trace = Vec::new();
    let decision = policy.decide(catalog, &request, &mut trace);
    path.trace = trace;
    let model = request.full.clone();
    if decision.reason == Reason::InvalidSettings {
        // The tool's strict reading (marker rules on its own schema) fails closed.
        let message = policy.message(catalog, &request, &decision);
        let mut a = Partial::refused(Layer::Policy, 403, "invalid_settings", "invalid_settings", message)
            .with_model(&model, None);
        a.error = None;
        return path.end(a);
    }
    if decision.reason == Reason::ModelDenied {
        let mut a = Partial::refused(Layer::Policy, 404, "model_not_allowed", "model_denied", MODEL_NOT_ALLOWED)
            .with_model(&model, None);
        a.denial_source = Some("organization_model");
        return path.end(a);
    }
    // A custom model of the org goes to its own endpoint: no provider routing.
    let (only, ignore) = match decision.reason {
        Reason::Exempt => (None, None),
        _ => policy.stored_routes(&request.model),
    };
    let routing = Routing {
        only: only.clone(),
        ignore: ignore.unwrap_or_default(),
        order: Vec::new(),
        data_collection: policy.data_collection().map(DataCollection::as_str),
    };
    let providers = catalog.slugs(&decision.providers);
    match decision.reason {
        Reason::Unrestricted | Reason::Exempt | Reason::Allowed => {
            let pinned = ask.provider.map(|p| Request::new(catalog, ask.model, Some(p)));
            if let Some(pinned) = pinned.filter(|p| !policy.decide(catalog, p, &mut ()).reason.is_allowed()) {
                let asked = pinned.provider.clone().unwrap_or_default();
                path.step(format!("'{model}' cannot be routed to '{asked}'"));
                let mut a =
                    served(Layer::Served, "provider_not_allowed", &model, None, providers, routing, String::new());
                a.allowed = false;
                a.message = policy.message(catalog, &pinned, &policy.decide(catalog, &pinned, &mut ()));
                return path.end(a);
            }
            let message = policy.message(catalog, &request, &decision);
            path.end(served(Layer::Served, decision.reason.code(), &model, None, providers, routing, message))
        }
        Reason::NotInCatalog => {
            path.step(format!("the {rules} gateway never reads the snapshot on the request path: forwarded"));
            path.notes.push(format!(
                "'{model}' is not in the catalog snapshot; the gateway of these rules forwards it and the upstream decides"
            ));
            let message = format!("'{model}' is forwarded; the catalog does not list it, so the upstream decides");
            path.end(served(Layer::Served, "forwarded", &model, None, providers, routing, message))
        }
        _ => {
            // The allow list (or the deny list) leaves no provider of the model: the gateway
            // forwards, the upstream finds none allowed.
            path.step("forwarded with these routes; none of them serves the model in the catalog");
            let shown = match &only {
                Some(o) => format!("provider.only [{}]", o.join(", ")),
                None => format!("provider.ignore [{}]", routing.ignore.join(", ")),
            };
            let message = format!(
                "the gateway forwards '{model}' with {shown}; no provider left serves it, so the upstream answers 404 'No allowed providers are available for the selected model.'"
            );
            let mut a = Partial::refused(Layer::Upstream, 404, "provider_not_allowed", "no_provider_upstream", message)
                .with_model(&model, None);
            a.error = None;
            a.routing = routing;
            a.denial_source = None;
            path.end(a)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::policy::catalog::tests::{catalog, catalog_with_openrouter};
    use crate::policy::evaluate::Org;
    use crate::policy::groups::{member_grant, ModelAccess};
    use crate::policy::Settings;
    use serde_json::{json, Value};

    /// An org as the gateway reads it for one request.
    struct TestOrg {
        plan: &'static str,
        settings: Settings,
        byok: Vec<String>,
        custom: Vec<String>,
        trial: Trial,
    }

    fn org(plan: &'static str, settings: Value) -> TestOrg {
        let trial = if plan == "enterprise" { Trial::NonTrial("paid_seat_purchase") } else { Trial::NotEnterprise };
        TestOrg { plan, settings: Settings::from_value(settings), byok: Vec::new(), custom: Vec::new(), trial }
    }

    impl TestOrg {
        fn trial(mut self, trial: Trial) -> Self {
            self.trial = trial;
            self
        }

        fn answer_with(&self, rules: Rules, grant: &MemberGrant, c: &Catalog, ask: &Ask) -> Answer {
            let org =
                Org { plan: self.plan, settings: &self.settings, custom_models: &self.custom, rules, own_schema: true };
            let context = OrgContext {
                plan: self.plan,
                lists: self.settings.gateway_lists(),
                combos: crate::policy::evaluate::enforced_combos(&org),
                custom_llms: &self.custom,
                byok_keys: &self.byok,
                trial: self.trial.clone(),
            };
            let policy = CompiledPolicy::new(org, c);
            let a = answer(rules, &context, &policy, Grant::Member(grant), c, ask);
            assert!(REASONS.contains(&a.reason), "{} is not in REASONS", a.reason);
            a
        }

        /// A member in no group of an org without group settings: the baseline.
        fn ask(&self, c: &Catalog, model: &str) -> Answer {
            let grant = member_grant(is_enterprise(self.plan), None, &[]);
            self.answer_with(Rules::Current, &grant, c, &Ask { model, ..Ask::default() })
        }
    }

    fn claude_catalog() -> Catalog {
        catalog(&[
            ("anthropic", &["anthropic/claude-sonnet-4.5"]),
            ("amazon-bedrock", &["anthropic/claude-sonnet-4.5"]),
            ("google-vertex", &["anthropic/claude-sonnet-4.5"]),
            ("openai", &["openai/gpt-4o"]),
            ("azure", &["openai/gpt-4o"]),
            ("google", &["google/gemini-2.5-pro"]),
            ("virtual", &["openrouter/auto"]),
            ("deepseek", &["deepseek/chat:free"]),
        ])
    }

    fn outcome(a: &Answer) -> (u16, Option<&'static str>, &'static str) {
        (a.http_status, a.error, a.reason)
    }

    /// Ported from llm-proxy.test.ts (K:0171a1f), "Anthropic provider for Claude": what goes
    /// upstream for Claude, by the org's plan and trial.
    #[test]
    fn claude_goes_to_anthropic_only_for_non_trial_enterprise_orgs() {
        let c = claude_catalog();
        let claude = "anthropic/claude-sonnet-4.5";
        let order = vec!["google-vertex".to_string(), "amazon-bedrock".to_string()];
        // "ignores Anthropic for teams organizations without an organization lookup"
        let a = org("teams", json!({})).ask(&c, claude);
        assert_eq!((a.http_status, a.routing.ignore.clone()), (200, vec!["anthropic".to_string()]));
        assert_eq!(a.providers, ["amazon-bedrock", "google-vertex"]);
        // "ignores Anthropic for trial enterprise organizations"
        let a = org("enterprise", json!({})).trial(Trial::Trial).ask(&c, claude);
        assert_eq!(a.routing.ignore, ["anthropic"]);
        // "allows Anthropic for non-trial enterprise organizations": only the order is added.
        let a = org("enterprise", json!({})).ask(&c, claude);
        assert_eq!(a.routing, Routing { order: order.clone(), ..Routing::default() });
        // "does not ignore Anthropic for non-Claude models of trial enterprise organizations"
        let a = org("enterprise", json!({})).trial(Trial::Trial).ask(&c, "openai/gpt-4o");
        assert!(a.routing.ignore.is_empty() && a.routing.order.is_empty(), "{a:?}");
        // "selects the provider after applying the organization provider allow-list" (a trial org)
        let a =
            org("enterprise", json!({"provider_allow_list": ["amazon-bedrock"]})).trial(Trial::Trial).ask(&c, claude);
        assert_eq!((a.http_status, a.routing.only.clone()), (200, Some(vec!["amazon-bedrock".to_string()])));
        // Anthropic alone, ignored: the upstream finds no allowed provider (GATEWAY-TODAY §4).
        let a = org("enterprise", json!({"provider_allow_list": ["anthropic"]})).trial(Trial::Trial).ask(&c, claude);
        assert_eq!(outcome(&a), (404, Some("provider_not_allowed"), "no_provider_upstream"));
        assert_eq!(a.layer, Layer::Upstream);
        // The org's own Anthropic key lets Claude go there.
        let mut keyed = org("enterprise", json!({"provider_allow_list": ["anthropic"]})).trial(Trial::Trial);
        keyed.byok = vec!["anthropic".into()];
        assert_eq!(keyed.ask(&c, claude).http_status, 200);
    }

    /// Ported from non-trial-enterprise.test.ts (K:02fcd0f) and trial-utils'
    /// classifyOrganizationEntitlement.
    #[test]
    fn non_trial_enterprise_orgs() {
        let lists = |v: Value| Settings::from_value(v).gateway_lists().clone();
        let plain = lists(json!({}));
        for (plan, lists, status, require_seats, want) in [
            // "is false for an enterprise organization in its trial"
            ("enterprise", &plain, None, Some(true), Trial::Trial),
            // "is true for an enterprise organization with a paid seat purchase"
            ("enterprise", &plain, Some("active"), Some(true), Trial::NonTrial("paid_seat_purchase")),
            ("enterprise", &plain, Some("pending_cancel"), Some(true), Trial::NonTrial("paid_seat_purchase")),
            // "is false for an enterprise organization whose seat purchase ended"
            ("enterprise", &plain, Some("ended"), Some(true), Trial::Trial),
            // "is true for an enterprise organization that does not require seats"
            ("enterprise", &plain, None, Some(false), Trial::NonTrial("require_seats_disabled")),
            // "is false for a paid teams organization"
            ("teams", &plain, Some("active"), Some(true), Trial::NotEnterprise),
            // The settings' bypasses.
            (
                "enterprise",
                &lists(json!({"oss_sponsorship_tier": "gold"})),
                None,
                Some(true),
                Trial::NonTrial("oss_sponsorship"),
            ),
            ("enterprise", &lists(json!({"oss_sponsorship_tier": null})), None, Some(true), Trial::Trial),
            (
                "enterprise",
                &lists(json!({"suppress_trial_messaging": true})),
                None,
                Some(true),
                Trial::NonTrial("trial_messaging_suppressed"),
            ),
            ("enterprise", &lists(json!({"suppress_trial_messaging": "yes"})), None, Some(true), Trial::Trial),
            // A schema without seats: unknown.
            ("enterprise", &plain, None, None, Trial::Unknown),
        ] {
            assert_eq!(Trial::of(plan, lists, status, require_seats), want, "{plan} {status:?} {require_seats:?}");
        }
    }

    /// Ported from llm-proxy.test.ts (K:0171a1f): groups, virtual routers, unknown and
    /// unavailable ids, privacy.
    /// Orgpolicy's own schema enforces `model_provider_deny_list` under today's rules too: the
    /// request path and the listings agree, with and without an allow list.
    #[test]
    fn own_schema_combinations_under_the_current_rules() {
        let c = claude_catalog();
        let pair = json!([{"model": "openai/gpt-4o", "provider": "azure"}]);
        for settings in [
            json!({"provider_allow_list": ["openai", "azure"], "model_provider_deny_list": pair}),
            json!({"model_provider_deny_list": pair}),
        ] {
            let o = org("enterprise", settings.clone());
            let a = o.ask(&c, "openai/gpt-4o");
            assert_eq!((a.allowed, a.routing.only.clone()), (true, Some(vec!["openai".to_string()])), "{settings}");
            let both = json!([{"model": "openai/gpt-4o", "provider": "azure"}, {"model": "openai/gpt-4o", "provider": "openai"}]);
            let mut blocked = settings.clone();
            blocked["model_provider_deny_list"] = both;
            let a = org("enterprise", blocked.clone()).ask(&c, "openai/gpt-4o");
            assert_eq!(outcome(&a), (404, Some("model_not_allowed"), "provider_not_allowed"), "{blocked}");
            assert_eq!(a.denial_source, Some("organization_provider"));
            // Other models are not touched.
            assert!(o.ask(&c, "google/gemini-2.5-pro").allowed || settings.get("provider_allow_list").is_some());
        }
    }

    #[test]
    fn the_handler_answers() {
        let c = claude_catalog();
        // "routes virtual routers through the allowed real providers only"
        let a =
            org("enterprise", json!({"provider_allow_list": ["virtual", "amazon-bedrock"]})).ask(&c, "openrouter/auto");
        assert_eq!(a.routing.only, Some(vec!["amazon-bedrock".to_string()]));
        // "allows a group grant to override the organization model baseline"
        let o = org("enterprise", json!({"model_deny_list": ["openai/gpt-4o"]}));
        let selected = |models: &[&str], providers: &[&str]| ModelAccess::Selected {
            model_allow_list: models.iter().map(|m| m.to_string()).collect(),
            provider_allow_list: providers.iter().map(|p| p.to_string()).collect(),
        };
        let grant =
            member_grant(true, Some(&[ModelAccess::None]), &[("G".into(), vec![selected(&["openai/gpt-4o"], &[])])]);
        let a = o.answer_with(Rules::Current, &grant, &c, &Ask { model: "openai/gpt-4o", ..Ask::default() });
        assert_eq!(outcome(&a), (200, None, "granted_to_member"));
        // "allows a group provider grant outside the organization provider baseline"
        let o = org("enterprise", json!({"provider_allow_list": ["openai"]}));
        let grant = member_grant(true, Some(&[ModelAccess::All]), &[("G".into(), vec![selected(&[], &["google"])])]);
        let a = o.answer_with(Rules::Current, &grant, &c, &Ask { model: "google/gemini-2.5-pro", ..Ask::default() });
        assert_eq!(a.routing.only, Some(vec!["google".to_string()]));
        // "rejects the unavailable or disabled model %s before upstream"
        for id in ["google/gemma-4-26b-a4b-it:free", "google/gemma-4-31b-it:free", "thinkingmachines/inkling:free"] {
            let a = org("teams", json!({})).ask(&c, id);
            assert_eq!(outcome(&a), (404, Some("unavailable_model"), "unavailable_model"), "{id}");
        }
        // "returns 404 when the OpenRouter model id is unknown" (a column that lists others)
        let listed =
            catalog_with_openrouter(&[("openai", &["openai/gpt-4o"])], json!({"openai/gpt-4o": {"endpoints": []}}));
        let a = org("teams", json!({})).ask(&listed, "not-a-real-model");
        assert_eq!(outcome(&a), (404, Some("model_not_found"), "model_not_found"));
        assert!(a.message.starts_with("The requested model 'not-a-real-model' does not exist."), "{}", a.message);
        // For an Enterprise member the policy answers first (GATEWAY-TODAY §8).
        let a = org("enterprise", json!({})).ask(&listed, "not-a-real-model");
        assert_eq!(
            (outcome(&a), a.denial_source),
            ((404, Some("model_not_allowed"), "not_in_catalog"), Some("organization_model"))
        );
        // A blank model.
        assert_eq!(outcome(&org("teams", json!({})).ask(&c, "  ")), (404, Some("model_not_found"), "model_not_found"));
        // "merges organization deny with request allow", "… allow with request deny"
        for (org_dc, request, want) in [
            ("deny", DataCollection::Allow, "deny"),
            ("allow", DataCollection::Deny, "deny"),
            ("allow", DataCollection::Allow, "allow"),
        ] {
            let o = org("teams", json!({ "data_collection": org_dc }));
            let grant = member_grant(false, None, &[]);
            let ask = Ask { model: "openai/gpt-4o", data_collection: Some(request), ..Ask::default() };
            assert_eq!(o.answer_with(Rules::Current, &grant, &c, &ask).routing.data_collection, Some(want));
        }
        // kilo-auto/efficient is resolved per request by the classifier: not judged itself.
        let a = org("enterprise", json!({"model_deny_list": ["kilo-auto/efficient"]})).ask(&c, "kilo-auto/efficient");
        assert_eq!((a.layer, a.http_status), (Layer::AutoTier, 200));
    }

    /// GATEWAY-TODAY §2 and §7: exclusive models' providers (llm-proxy-helpers.ts
    /// checkExclusiveModelProviderAllowed, K:8d928c2) and data collection (is-free-model.ts).
    #[test]
    fn exclusive_providers_and_data_collection() {
        let c = catalog(&[
            ("stealth", &["stealth/claude-opus-4.8"]),
            ("martian", &["stealth/claude-opus-4.8"]),
            ("fireworks", &["stepfun/step-3.7-flash"]),
            ("stepfun", &["stepfun/step-3.7-flash"]),
            ("deepseek", &["deepseek/chat:free", "deepseek/chat"]),
        ]);
        // The routes leave the stealth model's inference provider out: 403.
        let a = org("enterprise", json!({"provider_allow_list": ["martian"]})).ask(&c, "stealth/claude-opus-4.8");
        assert_eq!(outcome(&a), (403, Some("provider_not_allowed"), "exclusive_provider_not_allowed"));
        assert_eq!(a.message, "No eligible provider can serve the selected model. Please enable provider: stealth");
        assert_eq!(
            org("enterprise", json!({"provider_allow_list": ["stealth"]}))
                .ask(&c, "stealth/claude-opus-4.8")
                .http_status,
            200
        );
        // The restriction replaces the lookup (model-allow.server.test.ts, K:1127c40).
        let exclusive = "stepfun/step-3.7-flash:free";
        let a = org("enterprise", json!({"provider_allow_list": ["deepseek", "fireworks"]})).ask(&c, exclusive);
        assert_eq!((a.http_status, a.denial_source), (404, Some("organization_provider")));
        let a = org("enterprise", json!({"provider_allow_list": ["stepfun", "fireworks"]})).ask(&c, exclusive);
        assert_eq!((a.http_status, a.routing.only.clone()), (200, Some(vec!["stepfun".to_string()])));
        // Data collection denied by the org: free and data-collecting models are refused.
        let deny = org("enterprise", json!({"data_collection": "deny"}));
        for id in ["deepseek/chat:free", "stealth/claude-opus-4.8", exclusive] {
            assert_eq!(
                outcome(&deny.ask(&c, id)),
                (400, Some("data_collection_required"), "data_collection_required"),
                "{id}"
            );
        }
        assert_eq!(deny.ask(&c, "deepseek/chat").http_status, 200);
        assert_eq!(
            org("enterprise", json!({"data_collection": "allow"})).ask(&c, "deepseek/chat:free").http_status,
            200
        );
    }

    /// Ported from the effective-model-access.server.test.ts version whose Kilo-exclusive model
    /// is `openai/gpt-5.6-sol-discounted` restricted to `openai` (a promotion through September
    /// 2026; kilo-exclusive-models.test.ts later says it is no longer restricted, which the
    /// built-in facts follow). That deploy is another facts file: these cases run on it.
    #[test]
    fn another_deploys_exclusive_restriction() {
        let built_in = include_str!("../../data/gateway-facts.toml");
        let extra = r#"
[[exclusive_models]]
id = "openai/gpt-5.6-sol-discounted"
internal_id = "openai/gpt-5.6-sol"
status = "public"
restriction = ["openai"]
inference_provider = "openai"
flags = ["reasoning", "vision"]
free = false
source = "WS/ai-gateway/kilo-exclusive-models.ts (gpt_5_6_sol_discounted_model)"
"#;
        // The entry joins the file's other exclusive models (before its next table).
        let text = built_in.replacen(
            "[[exclusive_models]]",
            &format!(
                "{}
[[exclusive_models]]",
                extra.trim()
            ),
            1,
        );
        let facts = GatewayFacts::parse(&text).unwrap();
        let with = |providers: &[(&'static str, &'static [&'static str])]| {
            crate::policy::catalog::tests::catalog_with_facts(providers, facts.clone())
        };
        let x = "openai/gpt-5.6-sol-discounted";
        let both: &[(&str, &[&str])] = &[("fireworks", &["openai/gpt-5.6-sol"]), ("openai", &["openai/gpt-5.6-sol"])];
        let decided = |allow: Value, c: &Catalog, id: &str| {
            let a = org("enterprise", json!({ "provider_allow_list": allow, "model_deny_list": [] })).ask(c, id);
            let d = a.decision.clone().unwrap();
            (d.allowed, d.denial_source.map(|s| s.code()), d.routes)
        };
        let c = with(both);
        // "hides restricted exclusive models when every restricted provider is disabled"
        assert_eq!(decided(json!(["deepseek", "fireworks"]), &c, x), (false, Some("organization_provider"), None));
        // "keeps restricted exclusive models when a restricted provider remains enabled"
        let fireworks_only = with(&[("fireworks", &["openai/gpt-5.6-sol"])]);
        assert_eq!(
            decided(json!(["openai", "fireworks"]), &fireworks_only, x),
            (true, None, Some(vec!["openai".to_string()]))
        );
        // "does not apply exclusive restrictions to the unsuffixed catalog model"
        assert_eq!(decided(json!(["fireworks"]), &c, x), (false, Some("organization_provider"), None));
        assert_eq!(
            decided(json!(["fireworks"]), &c, "openai/gpt-5.6-sol"),
            (true, None, Some(vec!["fireworks".to_string()]))
        );
        // "still evaluates restricted exclusive models missing from the snapshot"
        let empty = with(&[("deepseek", &["deepseek/chat"])]);
        assert_eq!(decided(json!(["openai"]), &empty, x), (true, None, Some(vec!["openai".to_string()])));
        assert_eq!(decided(json!(["openai"]), &empty, "unknown/model"), (false, Some("organization_model"), None));
        // The built-in facts: not exclusive, so the snapshot decides.
        let built = catalog(both);
        assert_eq!(decided(json!(["fireworks"]), &built, x), (false, Some("organization_model"), None));
    }

    /// Ported from model-allow.server.test.ts (K:1127c40): the listing predicate, which also
    /// judges Organization Auto targets.
    #[test]
    fn the_listing_predicate() {
        let c = catalog(&[
            ("anthropic", &["anthropic/claude-3-opus"]),
            ("openai", &["openai/gpt-4o", "openai/gpt-4.1"]),
            ("baidu-qianfan", &["baidu/ernie", "openai/gpt-4o"]),
            ("x-ai", &["x-ai/grok-4.6"]),
            ("fireworks", &["stepfun/step-3.7-flash"]),
            ("stepfun", &["stepfun/step-3.7-flash"]),
        ]);
        let allows = |settings: Value, id: &str| listing_allows(Settings::from_value(settings).gateway_lists(), &c, id);
        // "undefined provider allow list only applies model deny list"
        assert!(!allows(json!({"model_deny_list": ["openai/gpt-4o"]}), "openai/gpt-4o"));
        assert!(allows(json!({"model_deny_list": ["openai/gpt-4o"]}), "anthropic/claude-3-opus"));
        // "model deny list normalizes model ids"
        assert!(!allows(json!({"model_deny_list": ["openai/gpt-4o"]}), "openai/gpt-4o:free"));
        // "provider allow list denies models offered only by unlisted providers"
        assert!(!allows(json!({"provider_allow_list": ["openai"]}), "baidu/ernie"));
        // "provider allow list allows models with at least one listed provider"
        assert!(allows(json!({"provider_allow_list": ["openai"]}), "openai/gpt-4o"));
        // "… denies models missing from the current snapshot", "Enterprise requires snapshot membership"
        assert!(!allows(json!({"provider_allow_list": ["openai"]}), "grok-4.5"));
        assert!(!allows(json!({}), "grok-4.5"));
        assert!(allows(json!({"model_deny_list": ["x-ai/grok-4.5"]}), "x-ai/grok-4.6"));
        // "latest aliases remain subject to model restrictions"
        let alias = "~anthropic/claude-sonnet-latest";
        assert!(!allows(json!({"provider_allow_list": ["anthropic"], "model_deny_list": [alias]}), alias));
        assert!(!allows(json!({"provider_allow_list": ["anthropic"]}), alias));
        // "keeps %s exempt from Enterprise model restrictions"
        for id in ["kilo-auto/balanced", "kilo-internal/private-model", "kimi-coding/kimi-for-coding"] {
            assert!(allows(json!({"provider_allow_list": [], "model_deny_list": [id]}), id), "{id}");
        }
        // "createAllowPredicateFromRestrictions uses provider allow and model deny lists"
        let both = json!({"provider_allow_list": ["openai"], "model_deny_list": ["openai/gpt-4o"]});
        assert!(!allows(both.clone(), "openai/gpt-4o"));
        assert!(allows(both, "openai/gpt-4.1"));
        // Restricted exclusive models: hidden when every restricted provider is disabled, kept
        // when one remains, evaluated even when missing from the snapshot.
        assert!(!allows(json!({"provider_allow_list": ["deepseek", "fireworks"]}), "stepfun/step-3.7-flash:free"));
        assert!(allows(json!({"provider_allow_list": ["deepseek", "fireworks"]}), "stepfun/step-3.7-flash"));
        assert!(allows(json!({"provider_allow_list": ["stepfun", "fireworks"]}), "stepfun/step-3.7-flash:free"));
        assert!(allows(json!({"provider_allow_list": ["stepfun"]}), "stepfun/step-3.7-flash:free"));
        assert!(!allows(json!({"provider_allow_list": ["stepfun"]}), "unknown/model"));
    }

    /// resolution.ts (K:15bb1d3) and organization-auto-model.ts (K:2f58d4a): the route for each
    /// mode, and every refusal of validateOrganizationAutoTarget, with the gateway's message.
    #[test]
    fn organization_auto() {
        let c = catalog(&[("openai", &["openai/gpt-4o", "openai/o3"]), ("anthropic", &["anthropic/claude"])]);
        let auto = |routes: Value, fallback: &str| json!({"default_model": "kilo-auto/org", "org_auto_model": {"routes": routes, "fallback_model": fallback}});
        let routed =
            org("enterprise", auto(json!({"code": "openai/gpt-4o", "architect": "anthropic/claude"}), "openai/o3"));
        for (mode, want) in [
            (Some("code"), "openai/gpt-4o"),
            (Some("Build"), "openai/gpt-4o"),
            (Some("plan"), "anthropic/claude"),
            (Some("ask"), "openai/o3"),
            (None, "openai/o3"),
        ] {
            let grant = member_grant(true, None, &[]);
            let a =
                routed.answer_with(Rules::Current, &grant, &c, &Ask { model: "kilo-auto/org", mode, ..Ask::default() });
            assert_eq!(
                (a.http_status, a.route_target.as_deref(), a.model.as_str()),
                (200, Some(want), want),
                "{mode:?}"
            );
        }
        let refused = |o: TestOrg, want: &str| {
            let a = o.ask(&c, "kilo-auto/org");
            assert_eq!(outcome(&a), (400, Some("organization_auto_configuration"), "organization_auto_configuration"));
            assert_eq!(a.message, want);
        };
        refused(org("teams", auto(json!({}), "openai/o3")), "Organization Auto is not available for this account.");
        refused(
            org("enterprise", json!({"default_model": "kilo-auto/org"})),
            "Organization Auto is not configured for this organization.",
        );
        refused(
            org("enterprise", json!({"org_auto_model": {"routes": {}, "fallback_model": "openai/o3"}})),
            "Organization Auto is not enabled for this organization.",
        );
        refused(
            org("enterprise", json!({"default_model": "kilo-auto/org", "org_auto_model": {"routes": {}}})),
            "Organization Auto has no configured fallback model.",
        );
        refused(
            org("enterprise", auto(json!({}), "openai/*")),
            "Organization Auto route target 'openai/*' is not a concrete model identifier.",
        );
        refused(org("enterprise", auto(json!({}), "kilo-auto/org")), "Organization Auto cannot target itself.");
        refused(
            org("enterprise", auto(json!({}), "kilo-internal/acme")),
            "Organization Auto route target 'kilo-internal/acme' must be a Kilo-hosted model, supported auto tier, or organization-owned BYOK model.",
        );
        refused(
            org("enterprise", auto(json!({}), "kimi-coding/kimi-for-coding")),
            "Organization Auto route target 'kimi-coding/kimi-for-coding' is unavailable because this organization does not have an enabled BYOK credential for kimi-coding.",
        );
        refused(
            org("enterprise", auto(json!({}), "kilo-auto/nope")),
            "Organization Auto route target 'kilo-auto/nope' is not a supported auto tier.",
        );
        let mut policy = auto(json!({}), "kilo-auto/balanced");
        policy["model_deny_list"] = json!(["openai/o3"]);
        refused(
            org("enterprise", policy),
            "Organization Auto route target 'kilo-auto/balanced' cannot use an auto tier while the organization has an active model policy. Choose a concrete allowed model instead.",
        );
        refused(
            org("enterprise", auto(json!({}), "nobody/knows")),
            "Organization Auto route target 'nobody/knows' is unavailable.",
        );
        let mut policy = auto(json!({}), "openai/o3");
        policy["model_deny_list"] = json!(["openai/o3"]);
        refused(
            org("enterprise", policy),
            "Organization Auto route target 'openai/o3' is not allowed by the organization's model policy.",
        );
        // An auto tier without a policy: resolved per request.
        assert_eq!(
            org("enterprise", auto(json!({}), "kilo-auto/frontier")).ask(&c, "kilo-auto/org").layer,
            Layer::AutoTier
        );
        // A direct-BYOK target with the org's key goes to that key.
        let mut keyed = org("enterprise", auto(json!({}), "kimi-coding/kimi-for-coding"));
        keyed.byok = vec!["kimi-coding".into()];
        assert_eq!(keyed.ask(&c, "kilo-auto/org").layer, Layer::Bypass);
    }

    /// GATEWAY-TODAY §10: the older gateways refuse only deny-listed models and forward the
    /// rest with the allow list as stored.
    #[test]
    fn older_eras() {
        let c = catalog(&[("openai", &["openai/gpt-4o"]), ("anthropic", &["anthropic/claude"])]);
        let grant = MemberGrant::OrganizationBaseline;
        let ask = |o: &TestOrg, rules, model| o.answer_with(rules, &grant, &c, &Ask { model, ..Ask::default() });
        for rules in [Rules::Marker, Rules::AllowList] {
            let marker = org(
                "enterprise",
                json!({"provider_policy_mode": "allow", "provider_allow_list": ["anthropic", "nobody"], "model_deny_list": ["openai/gpt-4o"]}),
            );
            let a = ask(&marker, rules, "openai/gpt-4o:free");
            assert_eq!(
                (outcome(&a), a.denial_source),
                ((404, Some("model_not_allowed"), "model_denied"), Some("organization_model"))
            );
            // Unknown to the snapshot: forwarded, the whole allow list as stored.
            let a = ask(&marker, rules, "x/unknown");
            assert_eq!(
                (a.http_status, a.reason, a.routing.only.clone()),
                (200, "forwarded", Some(vec!["anthropic".to_string(), "nobody".to_string()]))
            );
            // `provider_allow_list: []`: forwarded with `only: []`, and the upstream finds nothing.
            let empty = org("enterprise", json!({"provider_policy_mode": "allow", "provider_allow_list": []}));
            let a = ask(&empty, rules, "anthropic/claude");
            assert_eq!((a.http_status, a.error, a.reason), (404, None, "no_provider_upstream"), "{rules}");
        }
    }
}

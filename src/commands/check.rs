//! `check`: one request decided and explained: the abuse action cached for whoever sends it,
//! the model chain (primary, fallbacks, the org's default model) and the org's policy.

use crate::cli::CheckArgs;
use crate::output::views::check::{decided_by, AbuseView, ChainLink, Checked, DefaultLink, ForPeople, MemberView};
use crate::output::Tone;
use crate::policy::abuse::{self, Action, Cached, Enforcement, Identity, Lookup, Rewrite};
use crate::policy::chain::{Chain, Selected};
use crate::policy::gateway::Exemption;
use crate::policy::groups;
use crate::policy::Rules;
use crate::policy::{Catalog, CompiledPolicy, Explanation, Request};
use crate::store::Store;
use crate::ExitStatus;

use crate::services::{Ctx, LoadedOrg, MemberAccess, Snapshot};

/// What the abuse layer found and does to this request.
struct AbuseLayer {
    identity: Option<Identity>,
    consulted: Consulted,
    enforcement: Enforcement,
}

/// Whether the cache was read, and if not why.
enum Consulted {
    /// No identity given.
    NotRequested,
    /// `--no-abuse`.
    Disabled,
    NoRedis,
    Read(Cached),
}

impl AbuseLayer {
    fn skipped(identity: Option<Identity>, consulted: Consulted) -> Self {
        Self { identity, consulted, enforcement: Enforcement::Proceeds { delay_ms: 0, rewrite: None } }
    }

    fn cached(&self) -> Option<&Cached> {
        match &self.consulted {
            Consulted::Read(cached) => Some(cached),
            _ => None,
        }
    }

    fn action(&self) -> Action {
        self.cached().map_or(Action::None, |c| c.action)
    }

    /// `not_requested`, `disabled`, `no_redis`, or the lookup's `found`, `absent`, `unknown_value`.
    fn status(&self) -> &'static str {
        match &self.consulted {
            Consulted::NotRequested => "not_requested",
            Consulted::Disabled => "disabled",
            Consulted::NoRedis => "no_redis",
            Consulted::Read(cached) => cached.status.as_str(),
        }
    }

    fn delay_ms(&self) -> u64 {
        match self.enforcement {
            Enforcement::Proceeds { delay_ms, .. } => delay_ms,
            Enforcement::Refused { .. } => 0,
        }
    }

    fn rewritten(&self) -> Option<&str> {
        match &self.enforcement {
            Enforcement::Proceeds { rewrite: Some(Rewrite::To(model)), .. } => Some(model),
            _ => None,
        }
    }

    fn to_view(&self) -> AbuseView {
        AbuseView {
            identity: self.identity.as_ref().map(|i| i.as_str().to_string()),
            action: self.action(),
            status: self.status(),
            value: self.cached().and_then(|c| c.value.clone()),
            delay_ms: self.delay_ms(),
            rewritten_model: self.rewritten().map(str::to_string),
            line: self.line(),
        }
    }

    /// What people read about the abuse layer: what was cached, and its effect (painted with
    /// the tone); `None` when no identity was given.
    fn line(&self) -> Option<(String, String, Option<Tone>)> {
        self.identity.as_ref()?;
        Some(match &self.consulted {
            Consulted::NotRequested => return None,
            Consulted::Disabled => (String::new(), "not consulted (--no-abuse)".into(), None),
            Consulted::NoRedis => {
                (String::new(), "skipped: no Redis URL (pass --redis-url or set REDIS_URL)".into(), None)
            }
            Consulted::Read(cached) => {
                let action = cached.action;
                let (effect, tone) = match &self.enforcement {
                    Enforcement::Refused { status, code } => {
                        (format!("refused, HTTP {status} {code}"), Some(Tone::Bad))
                    }
                    Enforcement::Proceeds { delay_ms: 0, .. } => ("no effect".to_string(), None),
                    Enforcement::Proceeds { delay_ms, rewrite } => {
                        let rewrite = match rewrite {
                            Some(Rewrite::To(model)) => format!(", model rewritten to {model}"),
                            Some(Rewrite::NoFreeModel) => ", no free model the org may use: latency only".to_string(),
                            None if action == Action::Quarantine3 => ", BYOK: latency only".to_string(),
                            None => String::new(),
                        };
                        (format!("+{delay_ms} ms{rewrite}"), Some(Tone::Warn))
                    }
                };
                let shown = match cached.status {
                    Lookup::Absent => "none cached".to_string(),
                    Lookup::UnknownValue => "unknown value, treated as none".to_string(),
                    Lookup::Found => action.to_string(),
                };
                (shown, effect, tone)
            }
        })
    }
}

/// Reads the cached action for the request's identity and composes it with the request.
fn abuse_layer(ctx: &Ctx, args: &CheckArgs, policy: &CompiledPolicy, c: &Catalog) -> anyhow::Result<AbuseLayer> {
    if !args.identity.is_given() {
        return Ok(AbuseLayer::skipped(None, Consulted::NotRequested));
    }
    let identity = Identity::from(&args.identity);
    if args.no_abuse {
        return Ok(AbuseLayer::skipped(Some(identity), Consulted::Disabled));
    }
    if ctx.redis_url().is_none() {
        return Ok(AbuseLayer::skipped(Some(identity), Consulted::NoRedis));
    }
    let cached = Cached::of(ctx.abuse_cache()?.get(&identity)?);
    if let Some(warning) = cached.warning(&identity) {
        ctx.out.warn(warning);
    }
    let enforcement = abuse::enforce(cached.action, args.byok, || abuse::first_free_model(policy, c));
    Ok(AbuseLayer { identity: Some(identity), consulted: Consulted::Read(cached), enforcement })
}

pub async fn run(ctx: &Ctx, args: CheckArgs) -> anyhow::Result<ExitStatus> {
    let store = ctx.store().await?;
    let org = LoadedOrg::load(ctx, &store, &args.org.org).await?.for_members(ctx, args.member.is_some());
    let snapshot = Snapshot::latest(ctx, &store).await?;
    let c = &snapshot.catalog;
    let policy = org.compile(c);
    let abuse = abuse_layer(ctx, &args, &policy, c)?;
    let chain = (!args.fallback.is_empty()).then(|| {
        let models: Vec<String> = std::iter::once(&args.model).chain(&args.fallback).cloned().collect();
        let default = org.settings.policy().ok().and_then(|p| p.default_model.clone());
        Chain::evaluate(&policy, c, &models, args.provider.as_deref(), default.as_deref())
    });

    // The request that goes ahead: rewritten by quarantine-3, else the chain's choice, else
    // the model as asked.
    let primary = Request::new(c, &args.model, args.provider.as_deref());
    let request = match (abuse.rewritten(), &chain) {
        (Some(free), _) => Request::new(c, free, None),
        (None, Some(chain)) => chain.selected_link().map_or(primary, |l| l.request.clone()),
        (None, None) => primary,
    };
    let explained = policy.explain(c, &request);
    // A rewrite keeps the free entry's full id (`x:free`).
    let shown_model = abuse.rewritten().unwrap_or(&request.model).to_string();
    let chain_exhausted = chain.as_ref().is_some_and(|c| c.selected.is_none());
    let rules = policy.rules();
    let (allowed, reason, http_status) = match &abuse.enforcement {
        Enforcement::Refused { status, code } => (false, *code, *status),
        Enforcement::Proceeds { .. } => {
            let allowed = explained.decision.reason.is_allowed();
            // The gateway answers a refusal with 404 model_not_allowed since P2861.
            let refused = if rules == Rules::Marker { 403 } else { 404 };
            (allowed, explained.decision.reason.code(), if allowed { 200 } else { refused })
        }
    };
    let bypass = access_check_bypass(&store, &org, &request).await?;
    let denial_source =
        if rules == Rules::Marker || allowed { None } else { explained.decision.reason.denial_source() };
    let member = MemberAccess::load(&store, &org, args.member.as_deref()).await?.map(|access| {
        let mut view = access.view.clone();
        view.decision = access.decide(c, &request.full);
        view
    });
    // Per member (current rules), the member's decision is the request's, unless the abuse
    // layer refused it first.
    let mut message = final_message(&abuse, &explained);
    let mut providers = if allowed { c.slugs(&explained.decision.providers) } else { Vec::new() };
    let mut routing = if allowed { explained.routing.clone() } else { None };
    let (mut allowed, mut reason, mut http_status) = (allowed, reason, http_status);
    let mut member_step = None;
    if let (Some(view), Enforcement::Proceeds { .. }) = (&member, &abuse.enforcement) {
        match &view.decision {
            // Decided by the org's own rules: the org-level explanation already says it, in
            // the same terms as without groups.
            Some(decision) if !decision.decided_by.is_grant() => {}
            Some(decision) => {
                let only = decision.gateway_routes();
                allowed = decision.allowed && only.as_ref().is_none_or(|r| !r.is_empty());
                reason = member_reason(decision, allowed);
                http_status = if allowed { 200 } else { 404 };
                providers = match &only {
                    Some(only) if allowed => only.iter().map(|p| p.to_string()).collect(),
                    None if allowed => {
                        c.model_id(&request.model).map(|m| c.slugs(&c.model(m).serving)).unwrap_or_default()
                    }
                    _ => Vec::new(),
                };
                routing = only.filter(|_| allowed).map(|only| serde_json::json!({"provider": {"only": only}}));
                message = member_message(view, decision, &shown_model, allowed);
                let verdict = if allowed { "allowed" } else { "refused" };
                member_step =
                    Some(format!("the member's grant decides: {} → {verdict}", decided_by(&decision.decided_by)));
            }
            None => {
                // Stored policies the gateway cannot parse: it fails closed.
                (allowed, reason, http_status) = (false, "invalid_group_policy", 500);
                providers.clear();
                routing = None;
                message = view.note.clone().unwrap_or_default();
            }
        }
    }
    let denial_source = if allowed { None } else { member_denial(&member).or(denial_source) };

    let view = Checked {
        org: org.row.id.clone(),
        model: shown_model,
        allowed,
        reason,
        message,
        providers,
        routing,
        trace: explained.trace.into_iter().chain(member_step).collect(),
        abuse: abuse.to_view(),
        http_status,
        rules,
        denial_source,
        access_check_bypassed: bypass,
        member,
        chain: chain.as_ref().map(|chain| {
            chain
                .links
                .iter()
                .map(|l| ChainLink {
                    model: l.request.model.clone(),
                    allowed: l.decision.reason.is_allowed(),
                    reason: l.decision.reason.code(),
                    message: l.message.clone(),
                })
                .collect()
        }),
        selected: chain.as_ref().map(|chain| chain.selected_link().map(|l| l.request.model.clone())),
        selected_from: chain.as_ref().map(|chain| match chain.selected {
            Some(Selected::Link(0)) => "primary",
            Some(Selected::Link(_)) => "fallback",
            Some(Selected::DefaultModel) => "default_model",
            None => "none",
        }),
        people: ForPeople {
            org_name: org.row.name.clone(),
            via: request.provider.as_deref().map(|p| format!(" via {p}")).unwrap_or_default(),
            refused_by_abuse: matches!(abuse.enforcement, Enforcement::Refused { .. }),
            chain_exhausted,
            default_link: chain.as_ref().and_then(|chain| {
                chain.default.as_ref().map(|d| DefaultLink {
                    model: d.request.model.clone(),
                    selected: chain.selected == Some(Selected::DefaultModel),
                    message: d.message.clone(),
                })
            }),
            explain: args.explain.then_some(snapshot.id),
        },
    };
    ctx.out.show(&view)?;
    Ok(if allowed { ExitStatus::Success } else { ExitStatus::Failure })
}

fn member_reason(decision: &groups::MemberDecision, allowed: bool) -> &'static str {
    match (decision.denial_source, &decision.decided_by, allowed) {
        (Some(source), ..) => source.code(),
        (None, _, false) => "no_real_provider",
        (None, groups::DecidedBy::Exemption, true) => "exempt",
        (None, _, true) => "allowed",
    }
}

fn member_denial(member: &Option<MemberView>) -> Option<&'static str> {
    let decision = member.as_ref()?.decision.as_ref()?;
    decision.denial_source.map(groups::DenialSource::code)
}

fn member_message(view: &MemberView, decision: &groups::MemberDecision, model: &str, allowed: bool) -> String {
    let why = decided_by(&decision.decided_by);
    let who = match (&view.email, &view.id) {
        (Some(email), _) => email.clone(),
        (None, Some(id)) => id.clone(),
        _ => "a member in no group".into(),
    };
    match (allowed, decision.gateway_routes()) {
        (true, Some(only)) => format!("'{model}' is allowed for {who} through {} ({why})", only.join(", ")),
        (true, None) => format!("'{model}' is allowed for {who} ({why})"),
        (false, Some(_)) if decision.allowed => {
            format!(
                "'{model}' is refused for {who}: its only route is the virtual provider, which the gateway never sends"
            )
        }
        (false, _) => format!("'{model}' is refused for {who}: {why}"),
    }
}

/// Why the gateway would skip the access check entirely for this request, if it would: a
/// direct-BYOK model for which the org holds an enabled key, or one of the org's custom LLMs.
async fn access_check_bypass(store: &Store, org: &LoadedOrg, request: &Request) -> anyhow::Result<Option<String>> {
    if let Some(provider) = Exemption::byok_provider(&request.full) {
        if store.byok_providers(&org.row.id).await?.contains(&provider) {
            return Ok(Some(format!(
                "the organization holds an enabled {provider} BYOK key: the gateway skips the access check entirely for this model"
            )));
        }
    }
    if Exemption::of(&request.full) == Some(Exemption::CustomLlm) && org.custom_models.contains(&request.model) {
        return Ok(Some(
            "a custom LLM of this organization (custom_llm2): the gateway skips the access check entirely".into(),
        ));
    }
    Ok(None)
}

fn final_message(abuse: &AbuseLayer, explained: &Explanation) -> String {
    match (&abuse.enforcement, &abuse.identity) {
        (Enforcement::Refused { .. }, Some(identity)) => {
            format!("refused before reaching any provider: abuse action '{}' is cached for {identity}", abuse.action())
        }
        _ => explained.message.clone(),
    }
}

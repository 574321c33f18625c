//! `check`: one request decided and explained: the abuse action cached for whoever sends it,
//! the model chain (primary, fallbacks, the org's default model) and the org's policy.

use serde_json::{json, Value};

use crate::cli::CheckArgs;
use crate::output::Tone;
use crate::policy::abuse::{self, Action, Cached, Enforcement, Identity, Lookup, Rewrite};
use crate::policy::chain::{Chain, Selected};
use crate::policy::gateway::Exemption;
use crate::policy::Rules;
use crate::policy::{Catalog, CompiledPolicy, Explanation, Request};
use crate::store::Store;
use crate::ExitStatus;

use crate::services::{Ctx, LoadedOrg, Snapshot};

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

    fn to_json(&self) -> Value {
        json!({
            "identity": self.identity.as_ref().map(Identity::as_str),
            "action": self.action(),
            "status": self.status(),
            "value": self.cached().and_then(|c| c.value.as_deref()),
            "delay_ms": self.delay_ms(),
            "rewritten_model": self.rewritten(),
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
    let org = LoadedOrg::load(ctx, &store, &args.org.org).await?;
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
    let member_note = (rules == Rules::Current)
        .then_some("decided for a member with the organization's default policy (group grants are not read yet)");

    if ctx.out.is_json() {
        let mut doc = json!({
            "org": org.row.id,
            "model": shown_model,
            "allowed": allowed,
            "reason": reason,
            "message": final_message(&abuse, &explained),
            "providers": if allowed { c.slugs(&explained.decision.providers) } else { Vec::new() },
            "routing": if allowed { explained.routing.clone() } else { None },
            "trace": explained.trace,
            "abuse": abuse.to_json(),
            "http_status": http_status,
            "rules": rules,
            "denial_source": denial_source,
            "access_check_bypassed": bypass,
            "member": member_note,
        });
        if let Some(chain) = &chain {
            doc["chain"] = chain
                .links
                .iter()
                .map(|l| json!({"model": l.request.model, "allowed": l.decision.reason.is_allowed(), "reason": l.decision.reason.code(), "message": l.message}))
                .collect();
            doc["selected"] = json!(chain.selected_link().map(|l| &l.request.model));
            doc["selected_from"] = json!(match chain.selected {
                Some(Selected::Link(0)) => "primary",
                Some(Selected::Link(_)) => "fallback",
                Some(Selected::DefaultModel) => "default_model",
                None => "none",
            });
        }
        ctx.out.json(&doc)?;
    } else {
        print_abuse(ctx, &abuse)?;
        if let Some(chain) = &chain {
            print_chain(ctx, &org, chain)?;
        }
        let verdict = if allowed { ctx.out.paint("allowed", Tone::Good) } else { ctx.out.paint("denied", Tone::Bad) };
        let via = request.provider.as_deref().map(|p| format!(" via {p}")).unwrap_or_default();
        let refused_by_abuse = matches!(abuse.enforcement, Enforcement::Refused { .. });
        if chain_exhausted && !allowed && !refused_by_abuse {
            ctx.out
                .line(format!("{verdict}: every model of the chain was rejected for {} (HTTP 403)", org.row.name))?;
        } else {
            ctx.out.line(format!(
                "{verdict}: {shown_model}{via} for {} ({}, HTTP {http_status})",
                org.row.name,
                ctx.out.paint(reason, Tone::Dim)
            ))?;
            ctx.out.line(format!("  {}", final_message(&abuse, &explained)))?;
        }
        if let Some(routing) = explained.routing.as_ref().filter(|_| allowed) {
            ctx.out.line(format!("  routing: {}", Value::to_string(routing)))?;
        }
        if let Some(source) = denial_source {
            ctx.out.line(format!("  gateway denial source: {source} (rules: {rules})"))?;
        }
        if let Some(bypass) = &bypass {
            ctx.out.line(format!("  {}", ctx.out.paint(format!("note: {bypass}"), Tone::Warn)))?;
        }
        if let Some(note) = member_note {
            ctx.out.note(note);
        }
        if args.explain {
            ctx.out.line(format!("  steps (catalog snapshot {}):", snapshot.id))?;
            for (i, step) in explained.trace.iter().enumerate() {
                ctx.out.line(format!("    {}. {step}", i + 1))?;
            }
        }
    }
    Ok(if allowed { ExitStatus::Success } else { ExitStatus::Failure })
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

fn print_abuse(ctx: &Ctx, abuse: &AbuseLayer) -> anyhow::Result<()> {
    let Some(identity) = &abuse.identity else { return Ok(()) };
    let line = match &abuse.consulted {
        Consulted::NotRequested => return Ok(()),
        Consulted::Disabled => "not consulted (--no-abuse)".to_string(),
        Consulted::NoRedis => "skipped: no Redis URL (pass --redis-url or set REDIS_URL)".to_string(),
        Consulted::Read(cached) => {
            let action = cached.action;
            let effect = match &abuse.enforcement {
                Enforcement::Refused { status, code } => {
                    ctx.out.paint(format!("refused, HTTP {status} {code}"), Tone::Bad)
                }
                Enforcement::Proceeds { delay_ms: 0, .. } => "no effect".to_string(),
                Enforcement::Proceeds { delay_ms, rewrite } => {
                    let rewrite = match rewrite {
                        Some(Rewrite::To(model)) => format!(", model rewritten to {model}"),
                        Some(Rewrite::NoFreeModel) => ", no free model the org may use: latency only".to_string(),
                        None if action == Action::Quarantine3 => ", BYOK: latency only".to_string(),
                        None => String::new(),
                    };
                    ctx.out.paint(format!("+{delay_ms} ms{rewrite}"), Tone::Warn)
                }
            };
            let shown = match cached.status {
                Lookup::Absent => "none cached".to_string(),
                Lookup::UnknownValue => "unknown value, treated as none".to_string(),
                Lookup::Found => action.to_string(),
            };
            format!("{shown}: {effect}")
        }
    };
    ctx.out.line(format!("abuse: {identity}: {line}"))?;
    Ok(())
}

/// One line per model of the chain, then which one is used.
fn print_chain(ctx: &Ctx, org: &LoadedOrg, chain: &Chain) -> anyhow::Result<()> {
    ctx.out.line(format!("chain for {}:", org.row.name))?;
    for (i, link) in chain.links.iter().enumerate() {
        let role = if i == 0 { "primary".to_string() } else { format!("fallback {i}") };
        if link.decision.reason.is_allowed() {
            ctx.out.line(format!("  {} {} ({role})", ctx.out.paint("ok      ", Tone::Good), link.request.model))?;
        } else {
            ctx.out.line(format!(
                "  {} {} ({role}): {}",
                ctx.out.paint("rejected", Tone::Bad),
                link.request.model,
                link.message
            ))?;
        }
    }
    match (&chain.selected, &chain.default) {
        (Some(Selected::DefaultModel), Some(default)) => ctx.out.warn(format!(
            "every model of the chain was rejected: falling back to the org's default_model '{}'",
            default.request.model
        )),
        (None, Some(default)) => ctx.out.line(format!(
            "  {} {} (default_model): {}",
            ctx.out.paint("rejected", Tone::Bad),
            default.request.model,
            default.message
        ))?,
        (None, None) => ctx.out.line("  no default_model to fall back to")?,
        _ => {}
    }
    Ok(())
}

//! `check`: one request decided and explained: the abuse action cached for whoever sends it,
//! the model chain (primary, fallbacks, the org's default model) and the org's policy.

use crate::cli::CheckArgs;
use crate::exit::ExitStatus;
use crate::output::views::check::{AbuseView, ChainLink, Checked, DefaultLink, ForPeople, MemberView};
use crate::output::Tone;
use crate::policy::abuse::{self, Action, Cached, Enforcement, Identity, Lookup, Rewrite};
use crate::policy::chain::{Chain, Selected};
use crate::policy::groups::MemberGrant;
use crate::policy::request::{self, Ask, Grant, Layer};
use crate::policy::{Catalog, CompiledPolicy};

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
    let org = LoadedOrg::load(ctx, &store, &args.org.org).await?;
    let snapshot = Snapshot::latest(ctx, &store).await?;
    let c = &snapshot.catalog;
    let policy = org.compile(c);
    let abuse = abuse_layer(ctx, &args, &policy, c)?;
    let chain = (!args.fallback.is_empty()).then(|| {
        let models: Vec<String> = std::iter::once(&args.model).chain(&args.fallback).cloned().collect();
        let default = org.settings.gateway_lists().default_model.clone();
        Chain::evaluate(&policy, c, &models, args.provider.as_deref(), default.as_deref())
    });

    // The request that goes ahead: rewritten by quarantine-3, else the chain's choice, else
    // the model as asked.
    let asked = match (abuse.rewritten(), &chain) {
        (Some(free), _) => free.to_string(),
        (None, Some(chain)) => chain.selected_link().map_or(args.model.clone(), |l| l.requested.clone()),
        (None, None) => args.model.clone(),
    };
    let member = MemberAccess::load(&store, &org, args.member.as_deref()).await?;
    let inputs = org.request_inputs(&store).await?;
    let grant = match member.as_ref().map(|m| (&m.grant, &m.view.note)) {
        Some((Some(grant), _)) => Grant::Member(grant),
        Some((None, note)) => Grant::Invalid(note.as_deref().unwrap_or("stored group policy JSON is invalid")),
        // The older rules know no groups: every member is on the org's settings.
        None => Grant::Member(&MemberGrant::OrganizationBaseline),
    };
    let ask = Ask {
        model: &asked,
        provider: args.provider.as_deref(),
        mode: args.mode.as_deref(),
        data_collection: args.data_collection.map(Into::into),
    };
    let answer = request::answer(org.rules, &inputs.context(&org), &policy, grant, c, &ask);
    let chain_exhausted = chain.as_ref().is_some_and(|c| c.selected.is_none());
    let (allowed, reason, http_status, error) = match (&abuse.enforcement, &chain) {
        (Enforcement::Refused { status, code }, _) => (false, *code, *status, Some(*code)),
        // Seed 003's chain: when every model (and the default) is rejected, the request is
        // refused with the primary's reason, whatever the gateway would do with it alone.
        (Enforcement::Proceeds { .. }, Some(chain)) if chain_exhausted => {
            let status = if org.rules == crate::policy::Rules::Marker { 403 } else { 404 };
            (false, chain.links[0].decision.reason.code(), status, Some("model_not_allowed"))
        }
        (Enforcement::Proceeds { .. }, _) => (answer.allowed, answer.reason, answer.http_status, answer.error),
    };
    let refused_by_abuse = matches!(abuse.enforcement, Enforcement::Refused { .. });
    let member = member.map(|access| MemberView { decision: answer.decision.clone(), ..access.view });
    // A rewrite keeps the free entry's full id (`x:free`).
    let shown_model = abuse.rewritten().map_or_else(|| answer.model.clone(), str::to_string);
    let routing = (!answer.routing.is_empty() && allowed).then(|| serde_json::json!({ "provider": answer.routing }));

    let view = Checked {
        org: org.row.id.clone(),
        model: shown_model,
        allowed,
        reason,
        error,
        message: if refused_by_abuse { final_message(&abuse) } else { answer.message.clone() },
        providers: if allowed { answer.providers.clone() } else { Vec::new() },
        routing,
        trace: answer.trace.clone(),
        abuse: abuse.to_view(),
        http_status,
        rules: org.rules,
        denial_source: if allowed { None } else { answer.denial_source },
        decided_by: if refused_by_abuse { "abuse" } else { answer.layer.code() },
        route_target: answer.route_target.clone(),
        notes: answer.notes.clone(),
        unknown: unknown_names(c, &args, &org),
        trial: org.rules.is_gateway_reading().then(|| inputs.trial.clone()),
        access_check_bypassed: (answer.layer == Layer::Bypass).then(|| answer.message.clone()),
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
            via: args.provider.as_deref().map(|p| format!(" via {p}")).unwrap_or_default(),
            refused_by_abuse,
            chain_exhausted,
            default_link: chain.as_ref().and_then(|chain| {
                chain.default.as_ref().map(|d| DefaultLink {
                    model: d.request.model.clone(),
                    selected: chain.selected == Some(Selected::DefaultModel),
                    message: d.message.clone(),
                })
            }),
            explain: args.explain.then_some(snapshot.id),
            layer: answer.layer.describe(),
        },
    };
    ctx.out.show(&view)?;
    Ok(if allowed { ExitStatus::Success } else { ExitStatus::Failure })
}

/// What the request names that the catalog does not know: its model and provider, and each
/// fallback model.
fn unknown_names(c: &Catalog, args: &CheckArgs, org: &LoadedOrg) -> Vec<crate::policy::catalog::UnknownName> {
    let mut unknown = c.unknown_names(&args.model, args.provider.as_deref(), &org.custom_models);
    for fallback in &args.fallback {
        unknown.extend(c.unknown_names(fallback, None, &org.custom_models));
    }
    unknown
}

fn final_message(abuse: &AbuseLayer) -> String {
    match &abuse.identity {
        Some(identity) => {
            format!("refused before reaching any provider: abuse action '{}' is cached for {identity}", abuse.action())
        }
        None => String::new(),
    }
}

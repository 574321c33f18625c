//! `check`: one request decided and explained: the abuse action cached for whoever sends it,
//! the model chain (primary, fallbacks, the org's default model) and the org's policy.

use crate::cli::CheckArgs;
use crate::exit::ExitStatus;
use crate::output::views::check::{AbuseView, ChainLink, Checked, DefaultLink, ForPeople, MemberView};
use crate::output::Tone;
use crate::policy::abuse::{self, Action, Cached, Enforcement, Identity, Lookup, Rewrite};
use crate::policy::chain::{Chain, Selected};
use crate::policy::decision::{self, Asker, Decided, Inbound};
use crate::policy::request::Layer;
use crate::policy::{Catalog, CompiledPolicy};

use crate::services::{Ctx, LoadedOrg, MemberAccess, RequestInputs, Snapshot};

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
    let member = MemberAccess::load(&store, &org, args.member.as_deref()).await?;
    let inputs = org.request_inputs(&store).await?;
    let context = inputs.context(&org);
    let default_model = org.settings.gateway_lists().default_model.clone();
    let asker = Asker {
        rules: org.rules,
        context: &context,
        policy: &policy,
        grant: MemberAccess::request_grant(member.as_ref()),
        default_model: default_model.as_deref(),
    };
    let inbound = Inbound {
        model: &args.model,
        fallbacks: &args.fallback,
        provider: args.provider.as_deref(),
        mode: args.mode.as_deref(),
        data_collection: args.data_collection.map(Into::into),
    };
    let decided = decision::decide(asker, c, &inbound, &abuse.enforcement);
    let member = member.map(|access| MemberView { decision: decided.answer.decision.clone(), ..access.view });
    let view = checked(&org, &args, &snapshot, &abuse, decided, member, &inputs);
    ctx.out.show(&view)?;
    Ok(if view.allowed { ExitStatus::Success } else { ExitStatus::Failure })
}

/// The view of a decided request.
fn checked(
    org: &LoadedOrg,
    args: &CheckArgs,
    snapshot: &Snapshot,
    abuse: &AbuseLayer,
    decided: Decided,
    member: Option<MemberView>,
    inputs: &RequestInputs,
) -> Checked {
    let routing = decided.routing();
    let denial_source = decided.denial_source();
    let Decided {
        allowed,
        http_status,
        error,
        reason,
        decided_by,
        refused_by_abuse,
        chain,
        chain_exhausted,
        model,
        answer,
    } = decided;
    Checked {
        org: org.row.id.clone(),
        model,
        allowed,
        reason,
        error,
        message: if refused_by_abuse { final_message(abuse) } else { answer.message.clone() },
        providers: if allowed { answer.providers.clone() } else { Vec::new() },
        routing,
        trace: answer.trace.clone(),
        abuse: abuse.to_view(),
        http_status,
        rules: org.rules,
        denial_source,
        decided_by,
        route_target: answer.route_target.clone(),
        notes: answer.notes.clone(),
        unknown: unknown_names(&snapshot.catalog, args, org),
        trial: org.rules.is_gateway_reading().then(|| inputs.trial.clone()),
        access_check_bypassed: (answer.layer == Layer::Bypass).then(|| answer.message.clone()),
        member,
        chain: chain.as_ref().map(chain_links),
        selected: chain.as_ref().map(|chain| chain.selected_link().map(|l| l.request.model.clone())),
        selected_from: chain.as_ref().map(selected_from),
        people: ForPeople {
            org_name: org.row.name.clone(),
            via: args.provider.as_deref().map(|p| format!(" via {p}")).unwrap_or_default(),
            refused_by_abuse,
            chain_exhausted,
            default_link: chain.as_ref().and_then(default_link),
            explain: args.explain.then_some(snapshot.id),
            layer: answer.layer.describe(),
        },
    }
}

/// The org's default model as the chain's last resort, when the chain came to it.
fn default_link(chain: &Chain) -> Option<DefaultLink> {
    chain.default.as_ref().map(|d| DefaultLink {
        model: d.request.model.clone(),
        selected: chain.selected == Some(Selected::DefaultModel),
        message: d.message.clone(),
    })
}

fn selected_from(chain: &Chain) -> &'static str {
    match chain.selected {
        Some(Selected::Link(0)) => "primary",
        Some(Selected::Link(_)) => "fallback",
        Some(Selected::DefaultModel) => "default_model",
        None => "none",
    }
}

fn chain_links(chain: &Chain) -> Vec<ChainLink> {
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

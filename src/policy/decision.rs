//! One request decided as the gateway decides it, its layers composed in the gateway's order:
//! the abuse action cached for whoever sends it (already enforced by the caller, which read
//! it), the model chain (primary, fallbacks, the org's default model: seed 003), then the
//! member's and the organization's decision ([`request::answer`]). `check` and `test` render
//! what this returns; nothing here reads a store or prints.

use super::abuse::{Enforcement, Rewrite};
use super::catalog::Catalog;
use super::chain::Chain;
use super::evaluate::CompiledPolicy;
use super::gateway::{DataCollection, Rules};
use super::request::{self, Answer, Ask, Grant, OrgContext};

/// What is asked: the model, its fallbacks, and the request's own choices.
#[derive(Debug, Clone, Copy, Default)]
pub struct Inbound<'a> {
    pub model: &'a str,
    /// `--fallback`: decided in order after the model (with the org's default model last).
    pub fallbacks: &'a [String],
    pub provider: Option<&'a str>,
    /// `x-kilocode-mode`, for `kilo-auto/org`.
    pub mode: Option<&'a str>,
    pub data_collection: Option<DataCollection>,
}

/// The gateway's response to the request, and what decided it.
#[derive(Debug)]
pub struct Decided {
    pub allowed: bool,
    pub http_status: u16,
    pub error: Option<&'static str>,
    pub reason: &'static str,
    /// `abuse`, or the layer of the request path that decided ([`request::Layer::code`]).
    pub decided_by: &'static str,
    pub refused_by_abuse: bool,
    /// The chain, when fallbacks were given.
    pub chain: Option<Chain>,
    /// Every model of the chain (and the default) was rejected.
    pub chain_exhausted: bool,
    /// The model the request went ahead with: a quarantine rewrite keeps the free entry's
    /// full id (`x:free`); otherwise the model the policy judged.
    pub model: String,
    /// The request path's answer for the model that went ahead.
    pub answer: Answer,
}

impl Decided {
    /// What goes upstream in `provider`, when the request is served and something does.
    pub fn routing(&self) -> Option<serde_json::Value> {
        (self.allowed && !self.answer.routing.is_empty())
            .then(|| serde_json::json!({ "provider": self.answer.routing }))
    }

    /// The policy's denial source, when the request is refused.
    pub fn denial_source(&self) -> Option<&'static str> {
        if self.allowed {
            None
        } else {
            self.answer.denial_source
        }
    }
}

/// The org's side of a request: its rules, what the gateway reads about it, its compiled
/// policy and the member's grant.
#[derive(Clone)]
pub struct Asker<'a> {
    pub rules: Rules,
    pub context: &'a OrgContext<'a>,
    pub policy: &'a CompiledPolicy,
    pub grant: Grant<'a>,
    /// The org's `default_model`, the chain's last resort.
    pub default_model: Option<&'a str>,
}

/// Decides `inbound` for `asker`, after the abuse layer's `enforcement`.
pub fn decide(asker: Asker<'_>, catalog: &Catalog, inbound: &Inbound<'_>, enforcement: &Enforcement) -> Decided {
    let rewritten = match enforcement {
        Enforcement::Proceeds { rewrite: Some(Rewrite::To(model)), .. } => Some(model.as_str()),
        _ => None,
    };
    let chain = (!inbound.fallbacks.is_empty()).then(|| {
        let models: Vec<String> =
            std::iter::once(inbound.model.to_string()).chain(inbound.fallbacks.iter().cloned()).collect();
        Chain::evaluate(asker.policy, catalog, &models, inbound.provider, asker.default_model)
    });
    // The request that goes ahead: rewritten by quarantine-3, else the chain's choice, else
    // the model as asked.
    let asked = match (rewritten, &chain) {
        (Some(free), _) => free.to_string(),
        (None, Some(chain)) => chain.selected_link().map_or(inbound.model.to_string(), |l| l.requested.clone()),
        (None, None) => inbound.model.to_string(),
    };
    let ask =
        Ask { model: &asked, provider: inbound.provider, mode: inbound.mode, data_collection: inbound.data_collection };
    let answer = request::answer(asker.rules, asker.context, asker.policy, asker.grant, catalog, &ask);
    let chain_exhausted = chain.as_ref().is_some_and(|c| c.selected.is_none());
    let (allowed, reason, http_status, error) = match (enforcement, &chain) {
        (Enforcement::Refused { status, code }, _) => (false, *code, *status, Some(*code)),
        // Seed 003's chain: when every model (and the default) is rejected, the request is
        // refused with the primary's reason, whatever the gateway would do with it alone.
        (Enforcement::Proceeds { .. }, Some(chain)) if chain_exhausted => {
            let status = if asker.rules == Rules::Marker { 403 } else { 404 };
            (false, chain.links[0].decision.reason.code(), status, Some("model_not_allowed"))
        }
        (Enforcement::Proceeds { .. }, _) => (answer.allowed, answer.reason, answer.http_status, answer.error),
    };
    let refused_by_abuse = matches!(enforcement, Enforcement::Refused { .. });
    Decided {
        allowed,
        http_status,
        error,
        reason,
        decided_by: if refused_by_abuse { "abuse" } else { answer.layer.code() },
        refused_by_abuse,
        chain,
        chain_exhausted,
        model: rewritten.map_or_else(|| answer.model.clone(), str::to_string),
        answer,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::policy::catalog::tests::catalog;
    use crate::policy::groups::MemberGrant;
    use crate::policy::request::Trial;
    use crate::policy::{Org, Settings};

    /// The layers in the gateway's order: an abuse refusal beats everything; a rewrite is
    /// decided as the free model it rewrites to; an exhausted chain is refused with the
    /// primary's reason; otherwise the request path answers.
    #[test]
    fn layers_compose_in_the_gateways_order() {
        let c = catalog(&[("openai", &["openai/gpt-4o", "openai/gpt-4o:free"]), ("azure", &["openai/gpt-4o"])]);
        let settings = Settings::parse(r#"{"provider_allow_list": ["openai"], "model_deny_list": ["x/y"]}"#);
        let proceed = Enforcement::Proceeds { delay_ms: 0, rewrite: None };
        let (nobody, gpt) = (["nobody/none".to_string()], ["openai/gpt-4o".to_string()]);
        type Want<'a> = (bool, u16, &'a str, &'a str);
        let cases: Vec<(Rules, &str, &[String], Enforcement, Want)> = vec![
            (Rules::Current, "openai/gpt-4o", &[], proceed.clone(), (true, 200, "allowed", "served")),
            (
                Rules::Current,
                "openai/gpt-4o",
                &[],
                Enforcement::Refused { status: 403, code: "blocked" },
                (false, 403, "blocked", "abuse"),
            ),
            (
                Rules::Current,
                "x/y",
                &[],
                Enforcement::Proceeds { delay_ms: 5, rewrite: Some(Rewrite::To("openai/gpt-4o:free".into())) },
                (true, 200, "allowed", "served"),
            ),
            (Rules::Current, "x/y", &nobody, proceed.clone(), (false, 404, "model_denied", "policy")),
            (Rules::Marker, "x/y", &nobody, proceed.clone(), (false, 403, "model_denied", "policy")),
            (Rules::Current, "x/y", &gpt, proceed.clone(), (true, 200, "allowed", "served")),
        ];
        for (rules, model, fallbacks, enforcement, want) in cases {
            let org = Org { plan: "enterprise", settings: &settings, custom_models: &[], rules, own_schema: true };
            let policy = CompiledPolicy::new(org, &c);
            let context = OrgContext {
                plan: "enterprise",
                lists: settings.gateway_lists(),
                combos: &[],
                custom_llms: &[],
                byok_keys: &[],
                trial: Trial::Unknown,
            };
            let grant = Grant::Member(&MemberGrant::OrganizationBaseline);
            let asker = Asker { rules, context: &context, policy: &policy, grant, default_model: None };
            let inbound = Inbound { model, fallbacks, ..Inbound::default() };
            let d = decide(asker, &c, &inbound, &enforcement);
            assert_eq!((d.allowed, d.http_status, d.reason, d.decided_by), want, "{rules} {model} {fallbacks:?}");
            assert_eq!(d.chain.is_some(), !fallbacks.is_empty());
            if let Enforcement::Proceeds { rewrite: Some(Rewrite::To(free)), .. } = &enforcement {
                assert_eq!(&d.model, free, "a rewrite keeps the free entry's full id");
            }
        }
    }
}

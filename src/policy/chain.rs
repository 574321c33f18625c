//! Model chains (SPEC §9, seed 003): a primary model and its fallbacks, evaluated in order
//! against the org's policy; the first allowed one is selected. When every one is rejected,
//! the org's `default_model` is used if the policy allows it.

use super::catalog::Catalog;
use super::evaluate::{CompiledPolicy, Decision, Request};

/// One model of the chain, decided.
#[derive(Debug, Clone)]
pub struct Link {
    /// As requested (the normalized id is `request.model`).
    pub requested: String,
    pub request: Request,
    pub decision: Decision,
    /// The one-line reason (why it is refused, or through which providers it is allowed).
    pub message: String,
}

/// Which model the chain ends with.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Selected {
    /// The chain's model at this index (0 is the primary).
    Link(usize),
    /// Every model was rejected; the org's `default_model` is allowed.
    DefaultModel,
}

#[derive(Debug, Clone)]
pub struct Chain {
    pub links: Vec<Link>,
    /// The org's `default_model` decided, when every link was rejected and there is one.
    pub default: Option<Link>,
    pub selected: Option<Selected>,
}

impl Chain {
    /// Decides `models` in order (`provider` pins each request to a provider), then the
    /// default model (unpinned: it is the org's own choice) if they are all rejected.
    pub fn evaluate(
        policy: &CompiledPolicy,
        catalog: &Catalog,
        models: &[String],
        provider: Option<&str>,
        default_model: Option<&str>,
    ) -> Self {
        let decide = |model: &str, provider: Option<&str>| {
            let request = Request::new(catalog, model, provider);
            let decision = policy.decide(catalog, &request, &mut ());
            let message = policy.message(catalog, &request, &decision);
            Link { requested: model.to_string(), request, decision, message }
        };
        let links: Vec<Link> = models.iter().map(|m| decide(m, provider)).collect();
        if let Some(i) = links.iter().position(|l| l.decision.reason.is_allowed()) {
            return Self { links, default: None, selected: Some(Selected::Link(i)) };
        }
        let default = default_model.map(|m| decide(m, None));
        let selected = default.as_ref().filter(|d| d.decision.reason.is_allowed()).map(|_| Selected::DefaultModel);
        Self { links, default, selected }
    }

    /// The selected link, if any.
    pub fn selected_link(&self) -> Option<&Link> {
        match self.selected {
            Some(Selected::Link(i)) => self.links.get(i),
            Some(Selected::DefaultModel) => self.default.as_ref(),
            None => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::policy::catalog::tests::catalog;
    use crate::policy::evaluate::{Org, Reason};
    use crate::policy::Settings;
    use serde_json::json;

    /// Seed 003's chain cases, expressed with org policy: the allow list is the seed's
    /// provider allow list, and `evil-corp` serves the seed's attacker models.
    #[test]
    fn seed_chain_cases() {
        let c = catalog(&[
            ("openai", &["openai/gpt-4"]),
            ("anthropic", &["anthropic/claude-3-haiku"]),
            ("evil-corp", &["evil-corp/bad-model", "evil-corp/worse"]),
        ]);
        let doc = |default: Option<&str>| {
            let mut d = json!({"provider_policy_mode": "allow", "provider_allow_list": ["openai", "anthropic"]});
            if let Some(m) = default {
                d["default_model"] = json!(m);
            }
            Settings::from_value(d)
        };
        let run = |models: &[&str], default: Option<&str>| {
            let settings = doc(default);
            let policy = CompiledPolicy::new(
                Org {
                    plan: "enterprise",
                    settings: &settings,
                    custom_models: &[],
                    rules: crate::policy::Rules::Marker,
                    own_schema: true,
                },
                &c,
            );
            let models: Vec<String> = models.iter().map(|m| m.to_string()).collect();
            Chain::evaluate(&policy, &c, &models, None, default)
        };

        // AC4: a rejected primary, an accepted fallback.
        let chain = run(&["evil-corp/bad-model", "anthropic/claude-3-haiku"], None);
        assert_eq!(chain.selected, Some(Selected::Link(1)));
        assert_eq!(chain.links[0].decision.reason, Reason::ProviderNotAllowed);
        assert!(chain.links[0].message.contains("'evil-corp'"), "{}", chain.links[0].message);
        assert!(chain.links[0].message.contains("allowed: anthropic, openai"), "{}", chain.links[0].message);
        assert_eq!(chain.selected_link().unwrap().request.model, "anthropic/claude-3-haiku");

        // An accepted primary with a rejected fallback: the primary, the fallback still decided.
        let chain = run(&["openai/gpt-4", "evil-corp/worse"], None);
        assert_eq!(chain.selected, Some(Selected::Link(0)));
        assert!(!chain.links[1].decision.reason.is_allowed());

        // AC5: all rejected, the org's default allowed.
        let chain = run(&["evil-corp/bad", "evil-corp/worse"], Some("openai/gpt-4"));
        assert_eq!(chain.selected, Some(Selected::DefaultModel));
        assert_eq!(chain.selected_link().unwrap().requested, "openai/gpt-4");
        assert_eq!(chain.links[0].decision.reason, Reason::NotInCatalog);

        // All rejected and no usable default: nothing selected.
        let chain = run(&["evil-corp/bad-model", "evil-corp/worse"], Some("evil-corp/worse"));
        assert_eq!(chain.selected, None);
        assert!(!chain.default.unwrap().decision.reason.is_allowed());
        assert_eq!(run(&["evil-corp/bad-model"], None).selected, None);
    }
}

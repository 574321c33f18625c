//! The gateway's constants, as data: what changes with the gateway's deploys rather than with its
//! database (Kilo-exclusive models, direct-BYOK providers and their model lists, ids refused as
//! unavailable, latest aliases, the Vercel id maps, Claude routing, the auto models). The reviewed
//! file `data/gateway-facts.toml` is compiled in; an operator whose gateway shipped something
//! newer passes another file of the same shape.

use std::collections::{BTreeMap, HashMap};

use serde::Deserialize;

/// The facts compiled into this build.
pub const BUILT_IN: &str = include_str!("../../data/gateway-facts.toml");

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct GatewayFacts {
    /// A short name for `-v` and `db status`.
    pub name: String,
    #[serde(default)]
    pub description: String,
    #[serde(default)]
    pub exclusive_models: Vec<ExclusiveModel>,
    #[serde(default)]
    pub direct_byok: Vec<DirectByokProvider>,
    #[serde(default)]
    pub unavailable: IdList,
    #[serde(default)]
    pub latest_aliases: IdList,
    #[serde(default)]
    pub vercel: Vercel,
    pub claude: Claude,
    pub auto: Auto,
    /// SHA-256 of the text the facts were read from (set when parsed).
    #[serde(skip)]
    pub sha256: String,
    /// Per direct-BYOK provider, the models its row of `direct_byok_model_lists` adds (lowercased
    /// `<provider>/<model>` ids): read from the database, not from the file.
    #[serde(skip)]
    synced: HashMap<String, Vec<String>>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ExclusiveModel {
    pub id: String,
    pub internal_id: String,
    pub status: ExclusiveStatus,
    /// The providers it may be routed to; empty: no restriction.
    #[serde(default)]
    pub restriction: Vec<String>,
    /// The provider that must stay among the routes (`checkExclusiveModelProviderAllowed`).
    #[serde(default)]
    pub inference_provider: Option<String>,
    #[serde(default)]
    pub flags: Vec<String>,
    /// Priced at nothing (the gateway's `pricing: null`).
    #[serde(default)]
    pub free: bool,
    pub source: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum ExclusiveStatus {
    Public,
    Hidden,
    Disabled,
}

impl ExclusiveModel {
    pub fn has_flag(&self, flag: &str) -> bool {
        self.flags.iter().any(|f| f == flag)
    }
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DirectByokProvider {
    pub provider: String,
    /// Model ids as the provider's file lists them (`<provider>/<id>` lowercased is the exempt id).
    #[serde(default)]
    pub models: Vec<String>,
    /// Whether `direct_byok_model_lists` adds to the list.
    #[serde(default)]
    pub synced: bool,
    /// `false`: an accepted key id without a provider definition (no model of it is exempt).
    #[serde(default = "yes")]
    pub defined: bool,
    pub source: String,
}

fn yes() -> bool {
    true
}

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct IdList {
    #[serde(default)]
    pub ids: Vec<String>,
    #[serde(default)]
    pub source: String,
}

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Vercel {
    #[serde(default)]
    pub source: String,
    #[serde(default)]
    pub provider_ids: BTreeMap<String, String>,
    #[serde(default)]
    pub endpoint_providers: BTreeMap<String, String>,
    #[serde(default)]
    pub first_party: BTreeMap<String, String>,
    #[serde(default)]
    pub model_ids: BTreeMap<String, String>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Claude {
    pub ignored_provider: String,
    #[serde(default)]
    pub order: Vec<String>,
    #[serde(default)]
    pub source: String,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Auto {
    pub org: String,
    pub tiers: Vec<String>,
    #[serde(default)]
    pub pool: Vec<String>,
    #[serde(default)]
    pub others: Vec<String>,
    #[serde(default)]
    pub source: String,
}

#[derive(Debug, thiserror::Error)]
#[error("{0}")]
pub struct FactsError(String);

impl GatewayFacts {
    /// Parses a facts file; the error names the place (line, column, key).
    pub fn parse(text: &str) -> Result<Self, FactsError> {
        use sha2::{Digest, Sha256};
        let mut facts: GatewayFacts = toml::from_str(text).map_err(|e| FactsError(e.to_string().trim().into()))?;
        if let Some(e) = facts.exclusive_models.iter().find(|e| e.id.trim().is_empty()) {
            return Err(FactsError(format!("an exclusive model has an empty id (source '{}')", e.source)));
        }
        facts.sha256 = format!("{:x}", Sha256::digest(text.as_bytes()));
        Ok(facts)
    }

    /// The facts compiled into this build.
    pub fn built_in() -> Self {
        Self::parse(BUILT_IN).expect("data/gateway-facts.toml is checked by a unit test")
    }

    /// The built-in facts, parsed once per process.
    pub fn shared() -> std::sync::Arc<Self> {
        static SHARED: std::sync::OnceLock<std::sync::Arc<GatewayFacts>> = std::sync::OnceLock::new();
        std::sync::Arc::clone(SHARED.get_or_init(|| std::sync::Arc::new(Self::built_in())))
    }

    /// Adds the rows of `direct_byok_model_lists`: `(provider id, model ids as the table lists
    /// them)`. Only providers marked `synced` take them, as only those read the table.
    pub fn with_synced_lists(mut self, rows: Vec<(String, Vec<String>)>) -> Self {
        for (provider, models) in rows {
            if self.direct_byok.iter().any(|p| p.provider == provider && p.synced && p.defined) {
                let ids = models.iter().map(|m| format!("{provider}/{m}").to_lowercase()).collect();
                self.synced.insert(provider, ids);
            }
        }
        self
    }

    /// `name (sha256 prefix)`, for `-v` and `db status`.
    pub fn label(&self) -> String {
        format!("{} ({})", self.name, &self.sha256[..12.min(self.sha256.len())])
    }

    /// The live (not disabled) Kilo-exclusive model with this exact public id.
    pub fn exclusive(&self, id: &str) -> Option<&ExclusiveModel> {
        self.exclusive_models.iter().find(|m| m.id == id && m.status != ExclusiveStatus::Disabled)
    }

    /// Whether `id` is an exclusive model the gateway has disabled.
    pub fn is_disabled_exclusive(&self, id: &str) -> bool {
        self.exclusive_models.iter().any(|m| m.id == id && m.status == ExclusiveStatus::Disabled)
    }

    /// The providers a restricted exclusive model is decided on and routed to.
    pub fn exclusive_restriction(&self, id: &str) -> Option<&[String]> {
        self.exclusive(id).map(|m| m.restriction.as_slice()).filter(|r| !r.is_empty())
    }

    pub fn is_unavailable(&self, id: &str) -> bool {
        self.unavailable.ids.iter().any(|u| u == id)
    }

    /// `getDirectByokModel`: the direct-BYOK provider whose model list holds `id` (trimmed and
    /// lowercased by the caller, as the gateway does), if one does.
    pub fn direct_byok_provider(&self, id: &str) -> Option<&str> {
        let provider = self.direct_byok.iter().find(|p| {
            p.defined
                && id.len() > p.provider.len()
                && id.starts_with(&*p.provider)
                && id.as_bytes()[p.provider.len()] == b'/'
        })?;
        let listed = provider.models.iter().any(|m| {
            id.len() == provider.provider.len() + 1 + m.len()
                && id[provider.provider.len() + 1..].eq_ignore_ascii_case(m)
        });
        let synced = self.synced.get(&provider.provider).is_some_and(|ids| ids.iter().any(|m| m == id));
        (listed || synced).then_some(provider.provider.as_str())
    }

    /// Whether `provider` is a direct-BYOK provider id (a key for it can exist).
    pub fn is_direct_byok_id(&self, provider: &str) -> bool {
        self.direct_byok.iter().any(|p| p.provider == provider)
    }

    /// `isFreeModel` as far as the policy needs it: `:free`, `openrouter/free`, `kilo-auto/free`,
    /// free Kilo exclusives and `stealth/…-alpha`.
    pub fn is_free_model(&self, id: &str) -> bool {
        self.exclusive(id).is_some_and(|m| m.free)
            || id == "kilo-auto/free"
            || id.ends_with(":free")
            || id == "openrouter/free"
            || (id.starts_with("stealth/") && id.ends_with("-alpha"))
    }

    /// `hasBestEffortGuessDataCollectionRequirement`: what a request denying data collection
    /// is refused for (400 data_collection_required).
    pub fn requires_data_collection(&self, id: &str) -> bool {
        self.is_free_model(id) || self.exclusive(id).is_some_and(|m| m.has_flag("requires-data-collection"))
    }

    /// The auto models the gateway resolves before its checks.
    pub fn is_auto_model(&self, id: &str) -> bool {
        id == self.auto.org || self.auto.tiers.iter().chain(&self.auto.others).any(|t| t == id)
    }

    /// `mapModelIdToVercel` for an id that is not an alias (the caller resolves `~` ids first).
    pub fn vercel_model_id(&self, id: &str) -> String {
        if let Some(mapped) = self.vercel.model_ids.get(id) {
            return mapped.clone();
        }
        let internal =
            self.exclusive(id).filter(|m| m.has_flag("vercel-routing")).map_or(id, |m| m.internal_id.as_str());
        let Some(slash) = internal.find('/') else { return internal.to_string() };
        if internal.starts_with("x-ai/") {
            return format!("spacexai{}", &internal[slash..]);
        }
        if internal.contains("gpt-oss") {
            return internal.to_string();
        }
        match self.vercel.first_party.get(&internal[..slash]) {
            Some(provider) => format!("{provider}{}", &internal[slash..]),
            None => internal.to_string(),
        }
    }

    /// `openRouterToVercelInferenceProviderId` of a catalog provider slug.
    pub fn vercel_provider_id<'a>(&'a self, slug: &'a str) -> &'a str {
        self.vercel.provider_ids.get(slug).map_or(slug, String::as_str)
    }

    /// `normalizeVercelInferenceProviderIdForRouting` of a Vercel endpoint's provider.
    pub fn vercel_endpoint_provider<'a>(&'a self, name: &'a str) -> &'a str {
        self.vercel.endpoint_providers.get(name).map_or(name, String::as_str)
    }

    /// Whether the id is routed away from Anthropic for orgs that may not use it (`claude` in it).
    pub fn is_claude(&self, id: &str) -> bool {
        id.contains("claude")
    }
}

impl Default for GatewayFacts {
    fn default() -> Self {
        Self::built_in()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_built_in_facts_parse_and_name_their_sources() {
        let facts = GatewayFacts::built_in();
        assert_eq!(facts.direct_byok.len(), 18, "DirectUserByokInferenceProviderIdSchema has 18 ids");
        assert!(facts.exclusive_models.iter().all(|e| !e.source.is_empty()));
        assert!(facts.direct_byok.iter().all(|p| !p.source.is_empty()));
        assert_eq!(facts.exclusive_restriction("stepfun/step-3.7-flash:free"), Some(&["stepfun".to_string()][..]));
        assert_eq!(facts.exclusive_restriction("stealth/claude-opus-4.8"), None);
        assert!(facts.is_unavailable("google/gemma-4-31b-it:free"));
    }

    /// GATEWAY-TODAY §3: only models a defined provider lists are exempt; codestral is not.
    #[test]
    fn direct_byok_models_are_exempt_only_when_listed() {
        let facts = GatewayFacts::built_in().with_synced_lists(vec![
            ("zai-coding".into(), vec!["GLM-4.7".into()]),
            ("kimi-coding".into(), vec!["x".into()]),
        ]);
        for (id, want) in [
            ("kimi-coding/kimi-for-coding", Some("kimi-coding")),
            ("kimi-coding/other", None),
            ("kimi-coding/x", None),
            ("martian/moonshotai/kimi-k2.6", Some("martian")),
            ("chutes-byok/moonshotai/kimi-k2.6-tee", Some("chutes-byok")),
            ("zai-coding/glm-5.2", Some("zai-coding")),
            ("zai-coding/glm-4.7", Some("zai-coding")),
            ("codestral/codestral-2508", None),
            ("kimi-coding/", None),
            ("kimi-codingx/kimi-for-coding", None),
            ("anthropic/claude", None),
        ] {
            assert_eq!(facts.direct_byok_provider(id), want, "{id}");
        }
    }

    /// mapModelIdToVercel (K:11caccc) and its test cases.
    #[test]
    fn vercel_model_ids() {
        let facts = GatewayFacts::built_in();
        for (id, want) in [
            ("anthropic/claude-sonnet-4-6", "anthropic/claude-sonnet-4.6"),
            ("moonshotai/kimi-k3", "moonshotai/kimi-k3"),
            ("x-ai/grok-5", "spacexai/grok-5"),
            ("qwen/qwen3-coder", "alibaba/qwen3-coder"),
            ("mistralai/devstral-2512", "mistral/devstral-2"),
            ("openai/gpt-oss-120b", "openai/gpt-oss-120b"),
            ("nvidia/nemotron-3.5-lightning:free", "nvidia/nemotron-3.5-lightning:free"),
            ("stepfun/step-3.7-flash:free", "stepfun/step-3.7-flash"),
            ("gpt-4o", "openai/gpt-4o"),
            ("plain", "plain"),
        ] {
            assert_eq!(facts.vercel_model_id(id), want, "{id}");
        }
        assert_eq!(facts.vercel_provider_id("amazon-bedrock"), "bedrock");
        assert_eq!(facts.vercel_provider_id("novita"), "novita");
        assert_eq!(facts.vercel_endpoint_provider("vertexAnthropic"), "vertex");
    }

    #[test]
    fn free_and_data_collection_guesses() {
        let facts = GatewayFacts::built_in();
        for (id, free, collection) in [
            ("x/y:free", true, true),
            ("openrouter/free", true, true),
            ("kilo-auto/free", true, true),
            ("stepfun/step-5-preview-free", true, true),
            ("stealth/claude-opus-4.8", false, true),
            ("stealth/thing-alpha", true, true),
            ("openai/gpt-4o", false, false),
        ] {
            assert_eq!((facts.is_free_model(id), facts.requires_data_collection(id)), (free, collection), "{id}");
        }
    }

    #[test]
    fn a_bad_facts_file_names_the_place() {
        let err = GatewayFacts::parse("name = 'x'\n[claude]\nignored_provider = 3\n").unwrap_err().to_string();
        assert!(err.contains("line 3"), "{err}");
        let err = GatewayFacts::parse("name = 'x'\nsurprise = 1\n").unwrap_err().to_string();
        assert!(err.contains("surprise"), "{err}");
    }
}

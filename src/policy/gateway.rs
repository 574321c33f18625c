//! The gateway's own reading of policy, by era (GATEWAY.md): which rules are in force, how the
//! gateway reads a settings document (key by key, fail-open, no validation), which model ids it
//! exempts, and the audit message it writes for a settings change.
//!
//! The tool's own reading ([`super::settings::Policy`]) is strict and normalizing; this one is
//! deliberately not: it reproduces what the gateway does with the same bytes, wrong types and
//! wrong case included, so that a decision here matches the gateway's decision for decision.

use serde::de::{self, Deserializer, IgnoredAny, MapAccess, SeqAccess, Visitor};
use serde::Deserialize;

use super::facts::GatewayFacts;

/// `data_collection` in a settings document, or asked for by a request.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum DataCollection {
    Allow,
    Deny,
}

impl DataCollection {
    pub fn as_str(self) -> &'static str {
        match self {
            DataCollection::Allow => "allow",
            DataCollection::Deny => "deny",
        }
    }
}

/// Which of the gateway's rules evaluation follows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Rules {
    /// P2826 (2026-04-28): the `provider_policy_mode: "allow"` marker makes the allow list the
    /// source of truth; without it the deny lists apply.
    Marker,
    /// P2861 (2026-05-07): any defined `provider_allow_list` is enforced; the marker and
    /// `provider_deny_list` are not read.
    AllowList,
    /// The latest gateway's organization baseline: exemptions, snapshot membership for every
    /// enterprise request, `model_deny_list`, then `provider_allow_list` as the routes.
    Current,
}

impl Rules {
    pub fn as_str(self) -> &'static str {
        match self {
            Rules::Marker => "marker",
            Rules::AllowList => "allow-list",
            Rules::Current => "current",
        }
    }

    /// The rules named as [`Rules::as_str`] names them (a plan file's header).
    pub fn from_name(name: &str) -> Option<Self> {
        [Rules::Marker, Rules::AllowList, Rules::Current].into_iter().find(|r| r.as_str() == name)
    }

    /// Whether the gateway under these rules reads `provider_allow_list` whenever it is
    /// defined (and never reads `provider_policy_mode` or `provider_deny_list`).
    pub fn is_gateway_reading(self) -> bool {
        !matches!(self, Rules::Marker)
    }

    /// One line for `-v`, `db status` and JSON documents.
    pub fn describe(self) -> &'static str {
        match self {
            Rules::Marker => {
                "marker (P2826): provider_policy_mode \"allow\" makes the allow list enforced, else deny lists apply"
            }
            Rules::AllowList => {
                "allow-list (P2861): any provider_allow_list is enforced; deny lists and the marker are not read"
            }
            Rules::Current => {
                "current: exemptions, snapshot membership, model_deny_list, provider_allow_list as routes"
            }
        }
    }
}

impl std::fmt::Display for Rules {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// The settings keys as the gateway reads them: `settings.provider_allow_list` and friends on a
/// spread JavaScript object, never validated.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct GatewayLists {
    /// `Some` whenever the key holds a list (even `[]`), entries exactly as stored; entries that
    /// are not strings can never equal a slug and are dropped.
    pub provider_allow_list: Option<Vec<String>>,
    /// `normalizeModelId(entry)`: the text before the first `:`, case kept, sorted for lookup.
    pub model_deny_list: Vec<String>,
    /// Deny entries as stored, for findings about entries that can never match.
    pub model_deny_entries: Vec<String>,
    pub data_collection: Option<DataCollection>,
    pub default_model: Option<String>,
    /// Whether `provider_deny_list` holds a list (the backfill's scope) and whether it has entries.
    pub provider_deny_list: Option<Vec<String>>,
    pub allow_marker: bool,
    /// Whether the document is a JSON object at all (otherwise the gateway reads no key).
    pub is_object: bool,
    /// The list keys the gateway reads that hold something other than a list of strings
    /// (or null): what it cannot match is ignored.
    pub malformed: Vec<&'static str>,
    /// Whether the never-enforced `model_allow_list` is stored (audit reports it).
    pub has_model_allow_list: bool,
    /// `org_auto_model`, when it is an object (Organization Auto's routes and fallback).
    pub org_auto: Option<OrgAutoSettings>,
    /// The trial bypasses the settings can hold (`oss_sponsorship_tier` not null,
    /// `suppress_trial_messaging` true), for the non-trial Enterprise check.
    pub oss_sponsorship: bool,
    pub suppress_trial_messaging: bool,
}

/// `org_auto_model` as the gateway reads it: per mode slug a target model, and a fallback.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct OrgAutoSettings {
    /// In stored order.
    pub routes: Vec<(String, String)>,
    pub fallback_model: Option<String>,
}

impl OrgAutoSettings {
    fn read(value: &serde_json::Value) -> Option<Self> {
        let object = value.as_object()?;
        let routes = object
            .get("routes")
            .and_then(serde_json::Value::as_object)
            .map(|r| r.iter().filter_map(|(k, v)| Some((k.clone(), v.as_str()?.to_string()))).collect())
            .unwrap_or_default();
        let fallback_model = object.get("fallback_model").and_then(serde_json::Value::as_str).map(str::to_string);
        Some(Self { routes, fallback_model })
    }

    /// `getOrganizationAutoRoute`: the route of exactly this slug.
    pub fn route(&self, slug: &str) -> Option<&str> {
        self.routes.iter().find(|(s, _)| s == slug).map(|(_, t)| t.as_str())
    }
}

impl GatewayLists {
    /// Reads a stored document as the gateway does. A document that is not a JSON object (a
    /// string-encoded document, a list, a number) has no keys at all; a key of the wrong type
    /// is not there (fail-open).
    pub fn read(text: &str) -> Self {
        let raw: Raw = match serde_json::from_str::<TopLevel>(text) {
            Ok(TopLevel(Some(raw))) => raw,
            _ => return Self::default(),
        };
        let malformed = [("provider_allow_list", raw.allow_malformed), ("model_deny_list", raw.deny_malformed)]
            .into_iter()
            .filter(|(_, bad)| *bad)
            .map(|(key, _)| key)
            .collect();
        let mut model_deny_list: Vec<String> =
            raw.model_deny_list.iter().flatten().map(|e| normalize_model_id(e).to_string()).collect();
        model_deny_list.sort();
        model_deny_list.dedup();
        Self {
            provider_allow_list: raw.provider_allow_list,
            model_deny_list,
            model_deny_entries: raw.model_deny_list.unwrap_or_default(),
            data_collection: match raw.data_collection.as_deref() {
                Some("allow") => Some(DataCollection::Allow),
                Some("deny") => Some(DataCollection::Deny),
                _ => None,
            },
            default_model: raw.default_model.filter(|m| !m.trim().is_empty()),
            provider_deny_list: raw.provider_deny_list,
            allow_marker: raw.provider_policy_mode.as_deref() == Some("allow"),
            is_object: true,
            malformed,
            has_model_allow_list: raw.has_model_allow_list,
            org_auto: raw.org_auto.as_ref().and_then(OrgAutoSettings::read),
            oss_sponsorship: raw.oss_sponsorship,
            suppress_trial_messaging: raw.suppress_trial_messaging,
        }
    }

    /// Whether the request model (lowercased, suffix cut) is in the deny list.
    pub fn denies(&self, normalized_request: &str) -> bool {
        self.model_deny_list.binary_search_by(|e| e.as_str().cmp(normalized_request)).is_ok()
    }
}

/// The gateway's `normalizeModelId`: the text before the first `:`, nothing else.
pub fn normalize_model_id(id: &str) -> &str {
    id.split(':').next().unwrap_or(id)
}

/// Why the current gateway exempts a model id from every restriction, on every plan.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Exemption {
    /// `kilo-internal/…`: a custom LLM (`custom_llm2`).
    CustomLlm,
    /// `kilo-auto/…`: an auto-routing alias, resolved before the check.
    AutoRouter,
    /// `<direct-BYOK provider>/<model>`, a model that provider lists.
    DirectByok,
}

impl Exemption {
    /// `isModelRestrictionExempt`, on the trimmed, lowercased id: `kilo-internal/`, `kilo-auto/`,
    /// or a model a direct-BYOK provider lists (its static list or its synced one;
    /// GATEWAY-TODAY §3). `codestral/…` is not: that provider has no definition.
    pub fn of(model: &str, facts: &GatewayFacts) -> Option<Self> {
        // Without allocating for ids already lowercase: effective access asks this of every
        // catalog model of every org.
        let id = model.trim();
        let id: std::borrow::Cow<str> = if id.bytes().any(|b| b.is_ascii_uppercase()) || !id.is_ascii() {
            id.to_lowercase().into()
        } else {
            id.into()
        };
        if id.starts_with("kilo-internal/") {
            return Some(Exemption::CustomLlm);
        }
        if id.starts_with("kilo-auto/") {
            return Some(Exemption::AutoRouter);
        }
        facts.direct_byok_provider(&id).map(|_| Exemption::DirectByok)
    }

    /// The direct-BYOK provider id of an exempt direct-BYOK model.
    pub fn byok_provider(model: &str, facts: &GatewayFacts) -> Option<String> {
        facts.direct_byok_provider(&model.trim().to_lowercase()).map(str::to_string)
    }

    pub fn describe(self) -> &'static str {
        match self {
            Exemption::CustomLlm => "a custom model (kilo-internal/)",
            Exemption::AutoRouter => "an auto-routing alias (kilo-auto/)",
            Exemption::DirectByok => "a direct-BYOK model",
        }
    }
}

/// The virtual provider: the snapshot-only home of routers such as `openrouter/auto`.
pub const VIRTUAL_PROVIDER: &str = "virtual";

/// The audit message the gateway writes for `organization.settings.change`
/// (`createAccessListsDiffMessage`, AW/routers/organizations/organization-settings-router.ts
/// K:0877964): for each list that changed, the models first, then the providers, the entries
/// added in the new list's order and those removed in the old one's; `suffix` says which
/// orgpolicy command wrote it.
pub fn settings_change_message(before: &GatewayLists, after: &GatewayLists, suffix: &str) -> String {
    fn minus(a: &[String], b: &[String]) -> Vec<String> {
        let mut out: Vec<String> = Vec::new();
        for x in a.iter().filter(|x| !b.contains(x)) {
            if !out.contains(x) {
                out.push(x.clone());
            }
        }
        out
    }
    let mut parts = Vec::new();
    let mut list = |label: &str, items: Vec<String>| {
        if !items.is_empty() {
            parts.push(format!("{label}: {}", items.join(", ")));
        }
    };
    if before.model_deny_entries != after.model_deny_entries {
        list("Denied models", minus(&after.model_deny_entries, &before.model_deny_entries));
        list("Allowed models", minus(&before.model_deny_entries, &after.model_deny_entries));
    }
    if before.provider_allow_list != after.provider_allow_list {
        let (old, new) = (
            before.provider_allow_list.as_deref().unwrap_or_default(),
            after.provider_allow_list.as_deref().unwrap_or_default(),
        );
        list("Allowed providers", minus(new, old));
        list("Disallowed providers", minus(old, new));
    }
    let body = if parts.is_empty() { "Updated access lists".to_string() } else { parts.join("; ") };
    format!("{body} [{suffix}]")
}

/// The top-level value: `Some` for an object, `None` for anything else.
struct TopLevel(Option<Raw>);

#[derive(Default)]
struct Raw {
    provider_allow_list: Option<Vec<String>>,
    provider_deny_list: Option<Vec<String>>,
    model_deny_list: Option<Vec<String>>,
    provider_policy_mode: Option<String>,
    data_collection: Option<String>,
    default_model: Option<String>,
    allow_malformed: bool,
    deny_malformed: bool,
    has_model_allow_list: bool,
    org_auto: Option<serde_json::Value>,
    oss_sponsorship: bool,
    suppress_trial_messaging: bool,
}

impl<'de> Deserialize<'de> for TopLevel {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = TopLevel;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("any JSON value")
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
                let mut raw = Raw::default();
                while let Some(key) = map.next_key::<std::borrow::Cow<'de, str>>()? {
                    // A repeated key keeps its last value, as a JavaScript object does.
                    match key.as_ref() {
                        "provider_allow_list" => {
                            let value = map.next_value::<Lenient>()?;
                            raw.allow_malformed = value.malformed;
                            raw.provider_allow_list = value.list;
                        }
                        "provider_deny_list" => raw.provider_deny_list = map.next_value::<Lenient>()?.list,
                        "model_deny_list" => {
                            let value = map.next_value::<Lenient>()?;
                            raw.deny_malformed = value.malformed;
                            raw.model_deny_list = value.list;
                        }
                        "provider_policy_mode" => raw.provider_policy_mode = map.next_value::<Lenient>()?.string,
                        "data_collection" => raw.data_collection = map.next_value::<Lenient>()?.string,
                        "default_model" => raw.default_model = map.next_value::<Lenient>()?.string,
                        // Small where it is set at all; read only when it is an object.
                        "org_auto_model" => {
                            // As raw text first: a value no JSON tree holds elsewhere in it
                            // (1e400) must not cost the rest of the document.
                            let text = map.next_value::<Box<serde_json::value::RawValue>>()?;
                            raw.org_auto = serde_json::from_str(text.get()).ok().filter(serde_json::Value::is_object)
                        }
                        "oss_sponsorship_tier" => {
                            raw.oss_sponsorship = !matches!(map.next_value::<Presence>()?, Presence::Null)
                        }
                        "suppress_trial_messaging" => {
                            raw.suppress_trial_messaging = matches!(map.next_value::<Presence>()?, Presence::True)
                        }
                        other => {
                            raw.has_model_allow_list |= other == "model_allow_list";
                            map.next_value::<IgnoredAny>()?;
                        }
                    }
                }
                Ok(TopLevel(Some(raw)))
            }
            fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Self::Value, A::Error> {
                while seq.next_element::<IgnoredAny>()?.is_some() {}
                Ok(TopLevel(None))
            }
            fn visit_str<E: de::Error>(self, _: &str) -> Result<Self::Value, E> {
                Ok(TopLevel(None))
            }
            fn visit_bool<E: de::Error>(self, _: bool) -> Result<Self::Value, E> {
                Ok(TopLevel(None))
            }
            fn visit_i64<E: de::Error>(self, _: i64) -> Result<Self::Value, E> {
                Ok(TopLevel(None))
            }
            fn visit_u64<E: de::Error>(self, _: u64) -> Result<Self::Value, E> {
                Ok(TopLevel(None))
            }
            fn visit_f64<E: de::Error>(self, _: f64) -> Result<Self::Value, E> {
                Ok(TopLevel(None))
            }
            fn visit_unit<E: de::Error>(self) -> Result<Self::Value, E> {
                Ok(TopLevel(None))
            }
        }
        deserializer.deserialize_any(V)
    }
}

/// Whether a value is null, `true`, or anything else, without building it.
enum Presence {
    Null,
    True,
    Other,
}

impl<'de> Deserialize<'de> for Presence {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = Presence;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("any JSON value")
            }
            fn visit_unit<E: de::Error>(self) -> Result<Self::Value, E> {
                Ok(Presence::Null)
            }
            fn visit_bool<E: de::Error>(self, v: bool) -> Result<Self::Value, E> {
                Ok(if v { Presence::True } else { Presence::Other })
            }
            fn visit_i64<E: de::Error>(self, _: i64) -> Result<Self::Value, E> {
                Ok(Presence::Other)
            }
            fn visit_u64<E: de::Error>(self, _: u64) -> Result<Self::Value, E> {
                Ok(Presence::Other)
            }
            fn visit_f64<E: de::Error>(self, _: f64) -> Result<Self::Value, E> {
                Ok(Presence::Other)
            }
            fn visit_str<E: de::Error>(self, _: &str) -> Result<Self::Value, E> {
                Ok(Presence::Other)
            }
            fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Self::Value, A::Error> {
                while seq.next_element::<IgnoredAny>()?.is_some() {}
                Ok(Presence::Other)
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
                while map.next_entry::<IgnoredAny, IgnoredAny>()?.is_some() {}
                Ok(Presence::Other)
            }
        }
        deserializer.deserialize_any(V)
    }
}

/// Any JSON value, kept only as far as the gateway would use it: a list's string entries, or a
/// string. Numbers of any size and nesting of any depth are skipped without being built.
#[derive(Default)]
struct Lenient {
    list: Option<Vec<String>>,
    string: Option<String>,
    /// Neither null nor a list of strings.
    malformed: bool,
}

impl Lenient {
    fn other() -> Self {
        Lenient { malformed: true, ..Lenient::default() }
    }
}

impl<'de> Deserialize<'de> for Lenient {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = Lenient;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("any JSON value")
            }
            fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Self::Value, A::Error> {
                let (mut items, mut malformed) = (Vec::new(), false);
                while let Some(item) = seq.next_element::<Lenient>()? {
                    malformed |= item.string.is_none();
                    items.extend(item.string);
                }
                Ok(Lenient { list: Some(items), string: None, malformed })
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<Self::Value, E> {
                // A string where a list belongs is malformed; as an entry it is what lists hold.
                Ok(Lenient { list: None, string: Some(v.to_string()), malformed: true })
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
                while map.next_entry::<IgnoredAny, IgnoredAny>()?.is_some() {}
                Ok(Lenient::other())
            }
            fn visit_bool<E: de::Error>(self, _: bool) -> Result<Self::Value, E> {
                Ok(Lenient::other())
            }
            fn visit_i64<E: de::Error>(self, _: i64) -> Result<Self::Value, E> {
                Ok(Lenient::other())
            }
            fn visit_u64<E: de::Error>(self, _: u64) -> Result<Self::Value, E> {
                Ok(Lenient::other())
            }
            fn visit_f64<E: de::Error>(self, _: f64) -> Result<Self::Value, E> {
                Ok(Lenient::other())
            }
            fn visit_unit<E: de::Error>(self) -> Result<Self::Value, E> {
                Ok(Lenient::default())
            }
        }
        deserializer.deserialize_any(V)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_documents_as_the_gateway_does() {
        let s = |v: &[&str]| v.iter().map(|x| x.to_string()).collect::<Vec<_>>();
        type Case<'a> = (&'a str, Option<Vec<String>>, Vec<String>);
        let cases: Vec<Case> = vec![
            (r#"{}"#, None, vec![]),
            (r#"{"provider_allow_list": []}"#, Some(vec![]), vec![]),
            (r#"{"provider_allow_list": null}"#, None, vec![]),
            (r#"{"provider_allow_list": "openai"}"#, None, vec![]),
            (r#"{"provider_allow_list": ["OpenAI", 3, "x"]}"#, Some(s(&["OpenAI", "x"])), vec![]),
            (r#"{"model_deny_list": ["OpenAI/GPT-4o:free", "a/b", 7]}"#, None, s(&["OpenAI/GPT-4o", "a/b"])),
            (r#""{\"provider_allow_list\":[\"openai\"]}""#, None, vec![]),
            (r#"[1, 2]"#, None, vec![]),
            (
                r#"{"quota": 1e400, "deep": [[[[[[[[[[[[[[[[[]]]]]]]]]]]]]]]]], "provider_allow_list": ["a"]}"#,
                Some(s(&["a"])),
                vec![],
            ),
            (r#"{"provider_allow_list": ["a"], "provider_allow_list": ["b"]}"#, Some(s(&["b"])), vec![]),
        ];
        for (text, allow, deny) in cases {
            let got = GatewayLists::read(text);
            assert_eq!(got.provider_allow_list, allow, "{text}");
            assert_eq!(got.model_deny_list, deny, "{text}");
        }
    }

    #[test]
    fn malformed_keys_are_named() {
        for (text, object, malformed) in [
            (r#"{"provider_allow_list": "openai", "model_deny_list": ["a/b"]}"#, true, vec!["provider_allow_list"]),
            (
                r#"{"provider_allow_list": ["a", 1], "model_deny_list": {"x": 1}}"#,
                true,
                vec!["provider_allow_list", "model_deny_list"],
            ),
            (r#"{"provider_allow_list": null, "model_deny_list": []}"#, true, vec![]),
            (r#""text""#, false, vec![]),
        ] {
            let got = GatewayLists::read(text);
            assert_eq!((got.is_object, got.malformed), (object, malformed), "{text}");
        }
    }

    #[test]
    fn markers_and_deny_lists_are_read_for_scope_only() {
        let got =
            GatewayLists::read(r#"{"provider_policy_mode":"allow","provider_deny_list":[],"data_collection":"deny"}"#);
        assert!(got.allow_marker);
        assert_eq!(got.provider_deny_list, Some(vec![]));
        assert_eq!(got.data_collection, Some(DataCollection::Deny));
    }

    #[test]
    fn exemptions() {
        let facts = GatewayFacts::built_in();
        for (id, want) in [
            ("kilo-internal/acme-llama", Some(Exemption::CustomLlm)),
            ("  Kilo-Auto/balanced", Some(Exemption::AutoRouter)),
            ("kimi-coding/kimi-for-coding", Some(Exemption::DirectByok)),
            ("Kimi-Coding/Kimi-For-Coding", Some(Exemption::DirectByok)),
            ("zai-coding/glm-5.2", Some(Exemption::DirectByok)),
            ("zai-coding/glm-4.6", None),
            ("codestral/codestral-2508", None),
            ("kimi-coding/", None),
            ("anthropic/claude", None),
            ("openai/kilo-internal/x", None),
        ] {
            assert_eq!(Exemption::of(id, &facts), want, "{id}");
        }
        assert_eq!(Exemption::byok_provider("kimi-coding/kimi-for-coding", &facts).as_deref(), Some("kimi-coding"));
    }

    #[test]
    fn audit_messages_follow_the_gateway_format() {
        let lists = |text: &str| GatewayLists::read(text);
        let msg = settings_change_message(
            &lists(r#"{"provider_allow_list": ["b", "a"], "model_deny_list": ["m1", "A/B:free"]}"#),
            &lists(r#"{"provider_allow_list": ["b", "c", "d"], "model_deny_list": ["A/B", "m2"]}"#),
            "orgpolicy providers allow",
        );
        assert_eq!(
            msg,
            "Denied models: A/B, m2; Allowed models: m1, A/B:free; Allowed providers: c, d; Disallowed providers: a [orgpolicy providers allow]"
        );
        let same = lists(r#"{"provider_allow_list": ["x"]}"#);
        assert_eq!(settings_change_message(&same, &same, "orgpolicy"), "Updated access lists [orgpolicy]");
        assert_eq!(
            settings_change_message(&lists("{}"), &lists(r#"{"provider_allow_list": ["x"]}"#), "o"),
            "Allowed providers: x [o]"
        );
    }
}

//! The organization settings document (SPEC §2).
//!
//! The document is kept exactly as stored (every key, in order) and a validated, normalized
//! [`Policy`] view is derived from it. Edits replace the value of a known key in place, so
//! keys this tool does not know survive untouched. A document whose known key has the wrong
//! type is invalid: it is reported, never rewritten, and evaluation fails closed for it.

use serde::Serialize;
use serde_json::{Map, Value};

use super::normalize;

pub const PROVIDER_POLICY_MODE: &str = "provider_policy_mode";
pub const PROVIDER_ALLOW_LIST: &str = "provider_allow_list";
pub const PROVIDER_DENY_LIST: &str = "provider_deny_list";
pub const MODEL_DENY_LIST: &str = "model_deny_list";
pub const MODEL_PROVIDER_DENY_LIST: &str = "model_provider_deny_list";
pub const MODEL_ALLOW_LIST: &str = "model_allow_list";
pub const DEFAULT_MODEL: &str = "default_model";
pub const DATA_COLLECTION: &str = "data_collection";

/// Why a settings document cannot be trusted. `key` is `None` for the document as a whole.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub struct InvalidSettings {
    pub key: Option<String>,
    pub reason: String,
}

impl std::fmt::Display for InvalidSettings {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match &self.key {
            Some(key) => write!(f, "settings key '{key}' {}", self.reason),
            None => write!(f, "settings document {}", self.reason),
        }
    }
}

impl InvalidSettings {
    fn key(key: &str, reason: impl Into<String>) -> Self {
        Self { key: Some(key.to_string()), reason: reason.into() }
    }

    fn document(reason: impl Into<String>) -> Self {
        Self { key: None, reason: reason.into() }
    }
}

/// How an organization's provider access is decided (SPEC §4 step 3).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, PartialOrd, Ord)]
#[serde(rename_all = "lowercase")]
pub enum Mode {
    /// `provider_policy_mode: "allow"`: the allow list is the source of truth.
    Allow,
    /// No marker, and a non-empty deny list.
    Legacy,
    /// No marker and no deny list: nothing is restricted.
    Unrestricted,
}

impl Mode {
    pub fn as_str(self) -> &'static str {
        match self {
            Mode::Allow => "allow",
            Mode::Legacy => "legacy",
            Mode::Unrestricted => "unrestricted",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
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

/// One model blocked from one provider (`model_provider_deny_list` entry), normalized.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
pub struct ModelProvider {
    pub model: String,
    pub provider: String,
}

/// The validated, normalized view of the keys this tool understands.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Policy {
    pub allow_marker: bool,
    pub provider_allow_list: Option<Vec<String>>,
    pub provider_deny_list: Vec<String>,
    pub model_deny_list: Vec<String>,
    pub model_provider_deny_list: Vec<ModelProvider>,
    pub model_allow_list: Option<Vec<String>>,
    pub default_model: Option<String>,
    pub data_collection: Option<DataCollection>,
}

impl Policy {
    pub fn mode(&self) -> Mode {
        if self.allow_marker {
            Mode::Allow
        } else if !self.provider_deny_list.is_empty()
            || !self.model_deny_list.is_empty()
            || !self.model_provider_deny_list.is_empty()
        {
            Mode::Legacy
        } else {
            Mode::Unrestricted
        }
    }

    /// The allow list when it is the source of truth (allow mode), else `None`.
    pub fn enforced_allow_list(&self) -> Option<&[String]> {
        if self.allow_marker {
            self.provider_allow_list.as_deref()
        } else {
            None
        }
    }
}

/// A settings document as stored, with its validated policy view.
#[derive(Debug, Clone)]
pub struct Settings {
    document: Value,
    policy: Result<Policy, InvalidSettings>,
}

impl Settings {
    /// Parses stored text. Never fails: text that is not a valid document yields invalid
    /// settings, which evaluation treats as fail-closed and editing refuses to touch.
    pub fn parse(text: &str) -> Self {
        match serde_json::from_str::<Value>(text) {
            Ok(value) => Self::from_value(value),
            Err(e) => Self {
                document: Value::Null,
                policy: Err(InvalidSettings::document(format!("is not valid JSON ({e})"))),
            },
        }
    }

    pub fn from_value(document: Value) -> Self {
        let policy = match &document {
            Value::Object(map) => parse_policy(map),
            other => Err(InvalidSettings::document(format!("must be a JSON object, found {}", describe(other)))),
        };
        Self { document, policy }
    }

    pub fn empty() -> Self {
        Self::from_value(Value::Object(Map::new()))
    }

    pub fn policy(&self) -> Result<&Policy, &InvalidSettings> {
        self.policy.as_ref()
    }

    pub fn is_valid(&self) -> bool {
        self.policy.is_ok()
    }

    /// The mode, or `None` for an invalid document.
    pub fn mode(&self) -> Option<Mode> {
        self.policy.as_ref().ok().map(Policy::mode)
    }

    pub fn document(&self) -> &Value {
        &self.document
    }

    /// The document as compact JSON text, keys in their stored order.
    pub fn to_json(&self) -> String {
        self.document.to_string()
    }

    /// A copy with `key` set to `value`: in place when the key exists (keeping key order),
    /// appended otherwise; `None` removes the key. Only meaningful on a valid document.
    pub fn with_key(&self, key: &str, value: Option<Value>) -> Self {
        self.with_keys([(key, value)])
    }

    /// [`Settings::with_key`] for several keys at once: one copy, one validation.
    pub fn with_keys<'k>(&self, changes: impl IntoIterator<Item = (&'k str, Option<Value>)>) -> Self {
        let mut map = match &self.document {
            Value::Object(map) => map.clone(),
            _ => Map::new(),
        };
        for (key, value) in changes {
            match value {
                Some(value) => {
                    map.insert(key.to_string(), value);
                }
                None => {
                    map.shift_remove(key);
                }
            }
        }
        Self::from_value(Value::Object(map))
    }
}

fn parse_policy(map: &Map<String, Value>) -> Result<Policy, InvalidSettings> {
    let allow_marker = match present(map, PROVIDER_POLICY_MODE) {
        None => false,
        Some(Value::String(s)) if s == "allow" => true,
        Some(Value::String(s)) => {
            return Err(InvalidSettings::key(PROVIDER_POLICY_MODE, format!("must be \"allow\", found \"{s}\"")))
        }
        Some(other) => {
            return Err(InvalidSettings::key(
                PROVIDER_POLICY_MODE,
                format!("must be the string \"allow\", found {}", describe(other)),
            ))
        }
    };
    let provider_allow_list = optional_list(map, PROVIDER_ALLOW_LIST, normalize::provider_slug)?;
    if allow_marker && provider_allow_list.is_none() {
        return Err(InvalidSettings::key(PROVIDER_POLICY_MODE, "is \"allow\" but provider_allow_list is missing"));
    }
    Ok(Policy {
        allow_marker,
        provider_allow_list,
        provider_deny_list: optional_list(map, PROVIDER_DENY_LIST, normalize::provider_slug)?.unwrap_or_default(),
        model_deny_list: optional_list(map, MODEL_DENY_LIST, normalize::model_id)?.unwrap_or_default(),
        model_provider_deny_list: model_provider_list(map)?,
        model_allow_list: optional_list(map, MODEL_ALLOW_LIST, normalize::model_id)?,
        default_model: optional_string(map, DEFAULT_MODEL)?.filter(|s| !s.trim().is_empty()),
        data_collection: match optional_string(map, DATA_COLLECTION)?.as_deref() {
            None => None,
            Some("allow") => Some(DataCollection::Allow),
            Some("deny") => Some(DataCollection::Deny),
            Some(other) => {
                return Err(InvalidSettings::key(
                    DATA_COLLECTION,
                    format!("must be \"allow\" or \"deny\", found \"{other}\""),
                ))
            }
        },
    })
}

/// A key whose value is JSON `null` counts as absent, as it does for the gateway.
fn present<'a>(map: &'a Map<String, Value>, key: &str) -> Option<&'a Value> {
    map.get(key).filter(|v| !v.is_null())
}

fn optional_list(
    map: &Map<String, Value>,
    key: &str,
    normalize: fn(&str) -> String,
) -> Result<Option<Vec<String>>, InvalidSettings> {
    let Some(value) = present(map, key) else { return Ok(None) };
    let Value::Array(items) = value else {
        return Err(InvalidSettings::key(key, format!("must be a list of strings, found {}", describe(value))));
    };
    let strings = items
        .iter()
        .enumerate()
        .map(|(i, item)| {
            item.as_str().ok_or_else(|| {
                InvalidSettings::key(key, format!("entry {i} must be a string, found {}", describe(item)))
            })
        })
        .collect::<Result<Vec<&str>, _>>()?;
    Ok(Some(normalize::normalized_list(strings, normalize)))
}

fn optional_string(map: &Map<String, Value>, key: &str) -> Result<Option<String>, InvalidSettings> {
    match present(map, key) {
        None => Ok(None),
        Some(Value::String(s)) => Ok(Some(s.clone())),
        Some(other) => Err(InvalidSettings::key(key, format!("must be a string, found {}", describe(other)))),
    }
}

fn model_provider_list(map: &Map<String, Value>) -> Result<Vec<ModelProvider>, InvalidSettings> {
    let key = MODEL_PROVIDER_DENY_LIST;
    let Some(value) = present(map, key) else { return Ok(Vec::new()) };
    let Value::Array(items) = value else {
        return Err(InvalidSettings::key(
            key,
            format!("must be a list of {{\"model\", \"provider\"}} objects, found {}", describe(value)),
        ));
    };
    let mut entries = Vec::with_capacity(items.len());
    for (i, item) in items.iter().enumerate() {
        let field = |name: &str| -> Result<String, InvalidSettings> {
            match item.get(name) {
                Some(Value::String(s)) if !s.trim().is_empty() => Ok(s.clone()),
                Some(other) => Err(InvalidSettings::key(
                    key,
                    format!("entry {i} field \"{name}\" must be a non-empty string, found {}", describe(other)),
                )),
                None => Err(InvalidSettings::key(key, format!("entry {i} has no \"{name}\" field"))),
            }
        };
        if !item.is_object() {
            return Err(InvalidSettings::key(key, format!("entry {i} must be an object, found {}", describe(item))));
        }
        entries.push(ModelProvider {
            model: normalize::model_id(&field("model")?),
            provider: normalize::provider_slug(&field("provider")?),
        });
    }
    entries.sort();
    entries.dedup();
    Ok(entries)
}

/// "a string", "a number", ... for error messages.
pub fn describe(value: &Value) -> &'static str {
    match value {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "a list",
        Value::Object(_) => "an object",
    }
}

/// The JSON form the tool stores for a normalized list.
pub fn list_value(items: &[String]) -> Value {
    Value::Array(items.iter().cloned().map(Value::String).collect())
}

/// The JSON form the tool stores for `model_provider_deny_list`.
pub fn model_provider_value(items: &[ModelProvider]) -> Value {
    Value::Array(items.iter().map(|e| serde_json::json!({"model": e.model, "provider": e.provider})).collect())
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn settings(v: Value) -> Settings {
        Settings::from_value(v)
    }

    #[test]
    fn modes() {
        let cases = [
            (json!({}), Mode::Unrestricted),
            (json!({"provider_deny_list": []}), Mode::Unrestricted),
            (json!({"provider_deny_list": ["openai"]}), Mode::Legacy),
            (json!({"model_deny_list": ["a/b"]}), Mode::Legacy),
            (json!({"model_provider_deny_list": [{"model": "a/b", "provider": "x"}]}), Mode::Legacy),
            (json!({"provider_allow_list": ["openai"]}), Mode::Unrestricted),
            (json!({"model_allow_list": ["a/b"]}), Mode::Unrestricted),
            (json!({"provider_allow_list": ["openai"], "provider_deny_list": ["x"]}), Mode::Legacy),
            (json!({"provider_policy_mode": "allow", "provider_allow_list": []}), Mode::Allow),
            (json!({"provider_policy_mode": null, "provider_deny_list": ["x"]}), Mode::Legacy),
        ];
        for (doc, want) in cases {
            assert_eq!(settings(doc.clone()).mode(), Some(want), "{doc}");
        }
    }

    #[test]
    fn invalid_documents_name_the_key() {
        let cases = [
            (json!({"provider_deny_list": "openai"}), Some("provider_deny_list"), "found a string"),
            (json!({"model_deny_list": ["a", 3]}), Some("model_deny_list"), "entry 1 must be a string"),
            (json!({"provider_policy_mode": "deny"}), Some("provider_policy_mode"), "found \"deny\""),
            (json!({"provider_policy_mode": true}), Some("provider_policy_mode"), "found a boolean"),
            (json!({"provider_policy_mode": "allow"}), Some("provider_policy_mode"), "provider_allow_list is missing"),
            (
                json!({"provider_policy_mode": "allow", "provider_allow_list": {}}),
                Some("provider_allow_list"),
                "found an object",
            ),
            (
                json!({"model_provider_deny_list": [{"model": "a"}]}),
                Some("model_provider_deny_list"),
                "no \"provider\" field",
            ),
            (json!({"model_provider_deny_list": ["a"]}), Some("model_provider_deny_list"), "entry 0 must be an object"),
            (json!({"model_provider_deny_list": {}}), Some("model_provider_deny_list"), "found an object"),
            (json!({"data_collection": "maybe"}), Some("data_collection"), "\"allow\" or \"deny\""),
            (json!({"default_model": 4}), Some("default_model"), "found a number"),
            (json!({"model_allow_list": "x"}), Some("model_allow_list"), "found a string"),
            (json!([1, 2]), None, "must be a JSON object, found a list"),
        ];
        for (doc, key, reason) in cases {
            let err = settings(doc.clone()).policy().unwrap_err().clone();
            assert_eq!(err.key.as_deref(), key, "{doc}");
            assert!(err.reason.contains(reason), "{doc}: {err}");
        }
        let err = Settings::parse("{not json").policy().unwrap_err().clone();
        assert!(err.to_string().starts_with("settings document is not valid JSON"), "{err}");
    }

    #[test]
    fn lists_are_normalized() {
        let s = settings(json!({
            "provider_deny_list": ["OpenAI", "openai", " Azure "],
            "model_deny_list": ["OpenAI/GPT-4o:free", "a/b"],
            "model_provider_deny_list": [{"model": "Kimi/K2.5:free", "provider": "Fireworks", "note": 1}],
            "default_model": "",
        }));
        let p = s.policy().unwrap();
        assert_eq!(p.provider_deny_list, ["azure", "openai"]);
        assert_eq!(p.model_deny_list, ["a/b", "openai/gpt-4o"]);
        assert_eq!(
            p.model_provider_deny_list,
            [ModelProvider { model: "kimi/k2.5".into(), provider: "fireworks".into() }]
        );
        assert_eq!(p.default_model, None);
    }

    #[test]
    fn unknown_keys_and_order_survive_round_trip_and_edits() {
        let text = r#"{"zeta":1,"provider_deny_list":["b"],"nested":{"y":[1,{"b":2,"a":3}],"x":null},"alpha":"keep"}"#;
        let s = Settings::parse(text);
        assert_eq!(s.to_json(), text);
        let edited = s.with_key(PROVIDER_DENY_LIST, Some(list_value(&["a".into(), "b".into()])));
        assert_eq!(
            edited.to_json(),
            r#"{"zeta":1,"provider_deny_list":["a","b"],"nested":{"y":[1,{"b":2,"a":3}],"x":null},"alpha":"keep"}"#
        );
        let added = edited.with_key(PROVIDER_POLICY_MODE, Some(json!("allow")));
        assert!(added.to_json().ends_with(r#""alpha":"keep","provider_policy_mode":"allow"}"#));
        let removed = added.with_key("zeta", None);
        assert!(removed.to_json().starts_with(r#"{"provider_deny_list""#));
    }
}

//! The organization settings document (SPEC §2).
//!
//! The document is kept exactly as stored (every key, in order) and a validated, normalized
//! [`Policy`] view is derived from it. Edits replace the value of a known key in place, so
//! keys this tool does not know survive untouched. A document whose known key has the wrong
//! type is invalid: it is reported, never rewritten, and evaluation fails closed for it.

use std::borrow::Cow;
use std::sync::{Arc, OnceLock};

use serde::de::{self, Deserializer, MapAccess, Visitor};
use serde::{Deserialize, Serialize};
use serde_json::value::RawValue;
use serde_json::{Map, Value};

pub use super::gateway::DataCollection;
use super::gateway::GatewayLists;
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
    /// Whether `provider_deny_list` is there at all (even `[]`): the backfill's scope.
    pub provider_deny_list_defined: bool,
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
///
/// The document is kept as JSON text; its `serde_json::Value` tree is built only when asked
/// for ([`Settings::document`]), since bulk scans (audit, backfill plan) read the policy of
/// every org and the document of almost none.
#[derive(Debug, Clone)]
pub struct Settings {
    text: String,
    document: OnceLock<Value>,
    /// The strict reading, made when first asked for (the gateway's later rules never need
    /// it); shared with the policies compiled from it, which keep its lists for their messages.
    policy: OnceLock<Result<Arc<Policy>, InvalidSettings>>,
    /// The gateway's own (fail-open) reading, made when first asked for.
    gateway: OnceLock<Arc<GatewayLists>>,
}

impl Settings {
    /// Parses stored text. Never fails: text that is not a valid document yields invalid
    /// settings, which evaluation treats as fail-closed and editing refuses to touch.
    pub fn parse(text: &str) -> Self {
        Self::from_text(text.to_string())
    }

    /// [`Settings::parse`] of text already owned, such as a document just built: not copied.
    fn from_text(text: String) -> Self {
        Self { text, document: OnceLock::new(), policy: OnceLock::new(), gateway: OnceLock::new() }
    }

    pub fn from_value(document: Value) -> Self {
        let policy = OnceLock::from(policy_of(&document).map(Arc::new));
        Self { text: document.to_string(), document: OnceLock::from(document), policy, gateway: OnceLock::new() }
    }

    /// The strict reading: in one pass when the document is ordinary, else through the JSON
    /// tree (which the document then keeps).
    fn strict(&self) -> &Result<Arc<Policy>, InvalidSettings> {
        self.policy.get_or_init(|| {
            if let Some(policy) = fast::policy(&self.text) {
                return Ok(Arc::new(policy));
            }
            match serde_json::from_str::<Value>(&self.text) {
                Ok(value) => {
                    let policy = policy_of(&value).map(Arc::new);
                    let _ = self.document.set(value);
                    policy
                }
                // A value no tree holds (a number beyond f64, nesting beyond serde_json's
                // limit) under a key this tool does not read must not invalidate the org.
                Err(e) => known_keys_only(&self.text)
                    .unwrap_or_else(|| Err(InvalidSettings::document(format!("is not valid JSON ({e})"))))
                    .map(Arc::new),
            }
        })
    }

    pub fn empty() -> Self {
        Self::from_value(Value::Object(Map::new()))
    }

    pub fn policy(&self) -> Result<&Policy, &InvalidSettings> {
        self.strict().as_deref()
    }

    /// [`Settings::policy`], for keeping beyond the borrow of the document.
    pub fn shared_policy(&self) -> Result<&Arc<Policy>, &InvalidSettings> {
        self.strict().as_ref()
    }

    /// The document as the gateway reads it (GATEWAY.md): never invalid, wrong types absent.
    pub fn gateway_lists(&self) -> &Arc<GatewayLists> {
        self.gateway.get_or_init(|| Arc::new(GatewayLists::read(&self.text)))
    }

    pub fn is_valid(&self) -> bool {
        self.strict().is_ok()
    }

    /// The mode, or `None` for an invalid document.
    pub fn mode(&self) -> Option<Mode> {
        self.strict().as_deref().ok().map(Policy::mode)
    }

    /// The mode under `rules`: the strict reading's under the marker rules (`None` when
    /// invalid); under the gateway's later rules, which find no document invalid, `Allow`
    /// whenever an allow list is defined, else `Unrestricted`.
    pub fn mode_under(&self, rules: super::Rules) -> Option<Mode> {
        match rules {
            super::Rules::Marker => self.mode(),
            _ if self.gateway_lists().provider_allow_list.is_some() => Some(Mode::Allow),
            _ => Some(Mode::Unrestricted),
        }
    }

    /// The document as a JSON tree (`null` for text that is not JSON).
    pub fn document(&self) -> &Value {
        self.document.get_or_init(|| serde_json::from_str(&self.text).unwrap_or(Value::Null))
    }

    /// The document as it is embedded in another JSON document (an audit row's `details`, a
    /// report): its own text, values no JSON tree holds (a number beyond f64, deep nesting)
    /// included; text that is not JSON at all is embedded as a JSON string, never dropped.
    pub fn embedded(&self) -> Box<RawValue> {
        RawValue::from_string(self.text.clone()).unwrap_or_else(|_| raw(&self.text))
    }

    /// The document as JSON text: as stored, or compact for a document this tool built.
    pub fn text(&self) -> &str {
        &self.text
    }

    /// The text of one top-level member: `None` when the document is not a JSON object,
    /// `Some(None)` when the key is absent. Read without building the other values, so a
    /// number no `f64` holds elsewhere in the document does not get in the way.
    pub fn member_text(&self, key: &str) -> Option<Option<String>> {
        let entries = top_level_entries(&self.text)?;
        Some(entries.into_iter().find(|(k, _)| k == key).map(|(_, v)| v.get().to_string()))
    }

    /// A copy with `key` set to `value`: in place when the key exists (keeping key order),
    /// appended otherwise; `None` removes the key. Text that is not a JSON object is returned
    /// unchanged (and stays invalid): nothing of it is ever dropped by rebuilding it.
    pub fn with_key(&self, key: &str, value: Option<Value>) -> Self {
        self.with_keys([(key, value.as_ref().map(raw))])
    }

    /// [`Settings::with_key`] for several keys at once, values given as JSON text: one copy,
    /// one validation. Every other value is copied as stored (whitespace aside), so numbers
    /// and keys this tool does not know keep their exact text.
    pub fn with_keys<'k>(&self, changes: impl IntoIterator<Item = (&'k str, Option<Box<RawValue>>)>) -> Self {
        let Some(mut entries) = top_level_entries(&self.text) else { return self.clone() };
        for (key, value) in changes {
            let slot = entries.iter().position(|(k, _)| k == key);
            match (slot, value) {
                (Some(i), Some(value)) => entries[i].1 = Cow::Owned(value),
                (None, Some(value)) => entries.push((Cow::Borrowed(key), Cow::Owned(value))),
                (Some(i), None) => {
                    entries.remove(i);
                }
                (None, None) => {}
            }
        }
        Self::from_text(compact_object(&entries))
    }
}

/// A value as JSON text, for [`Settings::with_keys`].
pub fn raw<T: Serialize + ?Sized>(value: &T) -> Box<RawValue> {
    // Serializing strings, lists and maps of strings, and `Value`s cannot fail.
    serde_json::value::to_raw_value(value).expect("settings values serialize")
}

/// The members of a JSON object with their values as text, in order (`None` for other text);
/// a key given twice keeps its first place and its last value, as a JSON object read by the
/// gateway does.
fn top_level_entries(text: &str) -> Option<Vec<(Cow<'_, str>, Cow<'_, RawValue>)>> {
    let pairs = serde_json::from_str::<Pairs<'_>>(text).ok()?.0;
    let mut entries: Vec<(Cow<'_, str>, Cow<'_, RawValue>)> = Vec::with_capacity(pairs.len());
    for (key, value) in pairs {
        match entries.iter_mut().find(|(k, _)| *k == key) {
            Some(entry) => entry.1 = Cow::Borrowed(value),
            None => entries.push((key, Cow::Borrowed(value))),
        }
    }
    Some(entries)
}

/// A JSON object's members in document order, values unparsed.
struct Pairs<'a>(Vec<(Cow<'a, str>, &'a RawValue)>);

impl<'de> Deserialize<'de> for Pairs<'de> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct Members;
        impl<'de> Visitor<'de> for Members {
            type Value = Pairs<'de>;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("a JSON object")
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
                let mut pairs = Vec::new();
                while let Some(key) = map.next_key::<Key<'de>>()? {
                    pairs.push((key.0, map.next_value()?));
                }
                Ok(Pairs(pairs))
            }
        }
        deserializer.deserialize_map(Members)
    }
}

/// An object key, borrowed from the text unless it holds escapes.
struct Key<'a>(Cow<'a, str>);

impl<'de> Deserialize<'de> for Key<'de> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct KeyVisitor;
        impl<'de> Visitor<'de> for KeyVisitor {
            type Value = Key<'de>;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("a string")
            }
            fn visit_borrowed_str<E: de::Error>(self, v: &'de str) -> Result<Self::Value, E> {
                Ok(Key(Cow::Borrowed(v)))
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<Self::Value, E> {
                Ok(Key(Cow::Owned(v.to_string())))
            }
        }
        deserializer.deserialize_str(KeyVisitor)
    }
}

/// Writes an object from its members, with the whitespace between tokens dropped.
fn compact_object(entries: &[(Cow<'_, str>, Cow<'_, RawValue>)]) -> String {
    let mut out = String::with_capacity(entries.iter().map(|(k, v)| k.len() + v.get().len() + 4).sum::<usize>() + 2);
    out.push('{');
    for (i, (key, value)) in entries.iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        out.push_str(&serde_json::to_string(key.as_ref()).expect("a string serializes"));
        out.push(':');
        match value {
            // Values given to `with_keys` are serialized by serde_json: compact already.
            Cow::Owned(value) => out.push_str(value.get()),
            Cow::Borrowed(value) => push_compact(&mut out, value.get()),
        }
    }
    out.push('}');
    out
}

/// Appends valid JSON text without the whitespace outside its strings.
fn push_compact(out: &mut String, json: &str) {
    let (mut in_string, mut escaped) = (false, false);
    let mut start = 0;
    for (i, b) in json.bytes().enumerate() {
        if in_string {
            match (escaped, b) {
                (true, _) => escaped = false,
                (false, b'\\') => escaped = true,
                (false, b'"') => in_string = false,
                _ => {}
            }
        } else if b == b'"' {
            in_string = true;
        } else if matches!(b, b' ' | b'\t' | b'\n' | b'\r') {
            out.push_str(&json[start..i]);
            start = i + 1;
        }
    }
    out.push_str(&json[start..]);
}

/// The keys this tool reads; only these are validated.
const KNOWN_KEYS: [&str; 8] = [
    PROVIDER_POLICY_MODE,
    PROVIDER_ALLOW_LIST,
    PROVIDER_DENY_LIST,
    MODEL_DENY_LIST,
    MODEL_PROVIDER_DENY_LIST,
    MODEL_ALLOW_LIST,
    DEFAULT_MODEL,
    DATA_COLLECTION,
];

/// The policy of an object read member by member, with only the known keys' values built:
/// `None` when the text is not a JSON object at all.
fn known_keys_only(text: &str) -> Option<Result<Policy, InvalidSettings>> {
    let mut map = Map::new();
    for (key, value) in top_level_entries(text)? {
        if !KNOWN_KEYS.contains(&key.as_ref()) {
            continue;
        }
        match serde_json::from_str::<Value>(value.get()) {
            Ok(value) => {
                map.insert(key.into_owned(), value);
            }
            Err(e) => return Some(Err(InvalidSettings::key(&key, format!("cannot be read ({e})")))),
        }
    }
    Some(parse_policy(&map))
}

/// The policy view of a parsed document.
fn policy_of(document: &Value) -> Result<Policy, InvalidSettings> {
    match document {
        Value::Object(map) => parse_policy(map),
        other => Err(InvalidSettings::document(format!("must be a JSON object, found {}", describe(other)))),
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
    let provider_deny_list = optional_list(map, PROVIDER_DENY_LIST, normalize::provider_slug)?;
    Ok(Policy {
        allow_marker,
        provider_allow_list,
        provider_deny_list_defined: provider_deny_list.is_some(),
        provider_deny_list: provider_deny_list.unwrap_or_default(),
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

/// The policy read straight from the text in one pass, without building the document:
/// known keys into typed borrowed shapes, other values checked as `Value` would check them.
/// `None` whenever anything is unusual (invalid JSON or key, escaped strings, a key twice in
/// an entry): [`parse_policy`] then decides, with its exact messages. A table test and a
/// property test over generated documents check that both agree.
mod fast {
    use super::*;

    pub fn policy(text: &str) -> Option<Policy> {
        let known: Known<'_> = serde_json::from_str(text).ok()?;
        let allow_marker = match known.provider_policy_mode {
            None => false,
            Some("allow") => true,
            Some(_) => return None,
        };
        let list = |l: Option<Vec<&str>>, f| l.map(|l| normalize::normalized_list(l, f));
        let provider_allow_list = list(known.provider_allow_list, normalize::provider_slug);
        if allow_marker && provider_allow_list.is_none() {
            return None;
        }
        let mut model_provider_deny_list = Vec::new();
        for entry in known.model_provider_deny_list.unwrap_or_default() {
            if entry.model.trim().is_empty() || entry.provider.trim().is_empty() {
                return None;
            }
            model_provider_deny_list.push(ModelProvider {
                model: normalize::model_id(entry.model),
                provider: normalize::provider_slug(entry.provider),
            });
        }
        model_provider_deny_list.sort();
        model_provider_deny_list.dedup();
        Some(Policy {
            allow_marker,
            provider_allow_list,
            provider_deny_list_defined: known.provider_deny_list.is_some(),
            provider_deny_list: list(known.provider_deny_list, normalize::provider_slug).unwrap_or_default(),
            model_deny_list: list(known.model_deny_list, normalize::model_id).unwrap_or_default(),
            model_provider_deny_list,
            model_allow_list: list(known.model_allow_list, normalize::model_id),
            default_model: known.default_model.filter(|s| !s.trim().is_empty()).map(String::from),
            data_collection: match known.data_collection {
                None => None,
                Some("allow") => Some(DataCollection::Allow),
                Some("deny") => Some(DataCollection::Deny),
                Some(_) => return None,
            },
        })
    }

    /// The known keys; `null` reads as absent, a repeated key keeps its last value.
    #[derive(Default)]
    struct Known<'a> {
        provider_policy_mode: Option<&'a str>,
        provider_allow_list: Option<Vec<&'a str>>,
        provider_deny_list: Option<Vec<&'a str>>,
        model_deny_list: Option<Vec<&'a str>>,
        model_provider_deny_list: Option<Vec<Pair<'a>>>,
        model_allow_list: Option<Vec<&'a str>>,
        default_model: Option<&'a str>,
        data_collection: Option<&'a str>,
    }

    /// A `model_provider_deny_list` entry: an object of exactly `model` and `provider`.
    struct Pair<'a> {
        model: &'a str,
        provider: &'a str,
    }

    impl<'de> Deserialize<'de> for Pair<'de> {
        fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
            struct PairVisitor;
            impl<'de> Visitor<'de> for PairVisitor {
                type Value = Pair<'de>;
                fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                    f.write_str("an object of model and provider")
                }
                fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
                    let (mut model, mut provider) = (None, None);
                    while let Some(key) = map.next_key::<Key<'de>>()? {
                        let slot = match key.0.as_ref() {
                            "model" => &mut model,
                            "provider" => &mut provider,
                            other => return Err(de::Error::unknown_field(other, &["model", "provider"])),
                        };
                        if slot.replace(map.next_value::<&str>()?).is_some() {
                            return Err(de::Error::custom("repeated field"));
                        }
                    }
                    match (model, provider) {
                        (Some(model), Some(provider)) => Ok(Pair { model, provider }),
                        _ => Err(de::Error::custom("missing field")),
                    }
                }
            }
            deserializer.deserialize_map(PairVisitor)
        }
    }

    impl<'de> Deserialize<'de> for Known<'de> {
        fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
            struct KnownVisitor;
            impl<'de> Visitor<'de> for KnownVisitor {
                type Value = Known<'de>;
                fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                    f.write_str("a settings object")
                }
                fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
                    let mut k = Known::default();
                    while let Some(key) = map.next_key::<Key<'de>>()? {
                        match key.0.as_ref() {
                            PROVIDER_POLICY_MODE => k.provider_policy_mode = map.next_value()?,
                            PROVIDER_ALLOW_LIST => k.provider_allow_list = map.next_value()?,
                            PROVIDER_DENY_LIST => k.provider_deny_list = map.next_value()?,
                            MODEL_DENY_LIST => k.model_deny_list = map.next_value()?,
                            MODEL_PROVIDER_DENY_LIST => k.model_provider_deny_list = map.next_value()?,
                            MODEL_ALLOW_LIST => k.model_allow_list = map.next_value()?,
                            DEFAULT_MODEL => k.default_model = map.next_value()?,
                            DATA_COLLECTION => k.data_collection = map.next_value()?,
                            // Checked exactly as the document would be (numbers in range,
                            // nesting depth, escapes), so both paths accept the same texts.
                            _ => drop(map.next_value::<Value>()?),
                        }
                    }
                    Ok(k)
                }
            }
            deserializer.deserialize_map(KnownVisitor)
        }
    }
}

#[cfg(test)]
mod unowned_keys_tests {
    use super::*;

    /// Only the keys the tool reads are validated: a number no f64 holds, or nesting beyond
    /// serde_json's limit, elsewhere in the document leave the org valid and its text intact.
    #[test]
    fn keys_the_tool_does_not_read_never_invalidate() {
        let deep = format!("{}1{}", "[".repeat(300), "]".repeat(300));
        for text in [
            r#"{"quota": 1e400, "provider_deny_list": ["DeepSeek"]}"#.to_string(),
            format!(r#"{{"nested": {deep}, "provider_deny_list": ["DeepSeek"]}}"#),
        ] {
            let s = Settings::parse(&text);
            let policy = s.policy().unwrap_or_else(|e| panic!("{text}: {e}"));
            assert_eq!(policy.provider_deny_list, ["deepseek"]);
            let edited = s.with_key(MODEL_DENY_LIST, Some(serde_json::json!(["a/b"])));
            assert!(edited.text().contains(if text.contains("1e400") { "1e400" } else { &deep }));
            assert!(edited.policy().is_ok());
        }
        // A known key that cannot be read is still named.
        let s = Settings::parse(r#"{"provider_deny_list": [1e400]}"#);
        assert_eq!(s.policy().unwrap_err().key.as_deref(), Some(PROVIDER_DENY_LIST));
    }
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
        assert_eq!(s.document().to_string(), text);
        let edited = s.with_key(PROVIDER_DENY_LIST, Some(list_value(&["a".into(), "b".into()])));
        assert_eq!(
            edited.text(),
            r#"{"zeta":1,"provider_deny_list":["a","b"],"nested":{"y":[1,{"b":2,"a":3}],"x":null},"alpha":"keep"}"#
        );
        let added = edited.with_key(PROVIDER_POLICY_MODE, Some(json!("allow")));
        assert!(added.text().ends_with(r#""alpha":"keep","provider_policy_mode":"allow"}"#));
        let removed = added.with_key("zeta", None);
        assert!(removed.text().starts_with(r#"{"provider_deny_list""#));
    }

    /// What the document means by the reference reading: the whole `Value` tree, then the keys.
    /// The reading by the JSON tree; a document no tree holds is read by its known keys alone
    /// (what the tool does not read never invalidates an org).
    fn reference(text: &str) -> Result<Policy, InvalidSettings> {
        match serde_json::from_str::<Value>(text) {
            Ok(value) => policy_of(&value),
            Err(e) => known_keys_only(text)
                .unwrap_or_else(|| Err(InvalidSettings::document(format!("is not valid JSON ({e})")))),
        }
    }

    #[test]
    fn the_one_pass_reading_agrees_with_the_reference() {
        let texts = [
            r#"{}"#,
            r#"{"provider_deny_list": ["OpenAI", " azure", "openai"], "ui": {"theme": "dark", "n": [1, 2.5, -3e2]}}"#,
            r#"{"provider_policy_mode": "allow", "provider_allow_list": ["b", "A"], "model_deny_list": ["X/Y:free"]}"#,
            r#"{"provider_deny_list": ["a"], "provider_deny_list": null}"#,
            r#"{"provider_deny_list": null, "provider_deny_list": ["b"]}"#,
            r#"{"provider_deny_list": ["\u0041zure"]}"#,
            r#"{"provider_deny_list": ["a"], "x": "\ud800"}"#,
            r#"{"provider_deny_list": ["a"], "x": 1e400}"#,
            r#"{"provider_deny_list": ["a"], "x": 123456789012345678901234567890}"#,
            r#"{"model_provider_deny_list": [{"model": "M:free", "provider": "P"}, {"provider": "p", "model": "m"}]}"#,
            r#"{"model_provider_deny_list": [["m", "p"]]}"#,
            r#"{"model_provider_deny_list": [{"model": "m", "provider": "p", "note": 1}]}"#,
            r#"{"model_provider_deny_list": [{"model": "m", "model": "n", "provider": "p"}]}"#,
            r#"{"model_provider_deny_list": [{"model": " ", "provider": "p"}]}"#,
            r#"{"model_provider_deny_list": [{"model": "m"}]}"#,
            r#"{"provider_policy_mode": "allow"}"#,
            r#"{"provider_policy_mode": "Allow", "provider_allow_list": []}"#,
            r#"{"provider_policy_mode": "allow", "provider_allow_list": ["a", 1]}"#,
            r#"{"data_collection": "deny", "default_model": " "}"#,
            r#"{"data_collection": "maybe"}"#,
            r#"{"default_model": "Openai/GPT-4o", "model_allow_list": []}"#,
            r#"["provider_deny_list"]"#,
            r#"{"provider_deny_list": ["a"]"#,
            r#"{"provider_deny_list": ["a"]} x"#,
            "null",
            "",
        ];
        // The shapes stored every day take the one-pass reading.
        for text in &texts[..5] {
            assert!(fast::policy(text).is_some(), "{text}");
        }
        let deep = format!(r#"{{"provider_deny_list": ["a"], "x": {}1{}}}"#, "[".repeat(200), "]".repeat(200));
        for text in texts.iter().copied().chain([deep.as_str()]) {
            assert_eq!(Settings::parse(text).policy().cloned().map_err(Clone::clone), reference(text), "{text}");
            if let Some(fast) = fast::policy(text) {
                assert_eq!(Ok(fast), reference(text), "{text}");
            }
        }
    }

    #[test]
    fn edits_keep_every_other_value_as_stored() {
        let cases = [
            (
                r#"{"b": 1.50, "provider_deny_list": ["x"], "n": 123456789012345678901234567890}"#,
                r#"{"b":1.50,"provider_deny_list":["y"],"n":123456789012345678901234567890}"#,
            ),
            (
                r#"{"provider_deny_list": ["x"], "provider_deny_list": ["z"], "a": " s p a c e "}"#,
                r#"{"provider_deny_list":["y"],"a":" s p a c e "}"#,
            ),
            (r#"{ "k\"ey" : "v\\\" , " }"#, r#"{"k\"ey":"v\\\" , ","provider_deny_list":["y"]}"#),
        ];
        for (text, want) in cases {
            let edited = Settings::parse(text).with_key(PROVIDER_DENY_LIST, Some(json!(["y"])));
            assert_eq!(edited.text(), want, "{text}");
            assert_eq!(edited.policy().unwrap().provider_deny_list, ["y"]);
        }
        for not_an_object in [r#"["provider_deny_list", "keep me"]"#, r#"{"provider_deny_list": ["x"], "#] {
            let edited = Settings::parse(not_an_object).with_key(PROVIDER_DENY_LIST, Some(json!(["y"])));
            assert_eq!(edited.text(), not_an_object);
        }
    }

    mod generated {
        use super::*;
        use proptest::prelude::*;

        /// The keys the tool reads, an unknown key, and a known one spelt with an escape.
        fn keys() -> Vec<&'static str> {
            KNOWN_KEYS.iter().copied().chain(["ui", "k\\u0065y"]).collect()
        }

        const ATOMS: [&str; 18] = [
            "null",
            "true",
            "3",
            "1.50",
            "1e400",
            "123456789012345678901234567890",
            r#""allow""#,
            r#""deny""#,
            r#""Allow""#,
            r#"" ""#,
            r#""""#,
            r#""OpenAI""#,
            r#""openai""#,
            r#""x/Y:free""#,
            r#""\u0041zure""#,
            r#""\ud800""#,
            "{}",
            "[]",
        ];

        fn atom() -> impl Strategy<Value = String> {
            proptest::sample::select(&ATOMS[..]).prop_map(String::from)
        }

        fn pair() -> impl Strategy<Value = String> {
            (atom(), atom(), 0..4u8).prop_map(|(m, p, shape)| match shape {
                0 => format!(r#"{{"model": {m}, "provider": {p}}}"#),
                1 => format!(r#"{{"provider":{p},"model":{m},"note":1}}"#),
                2 => format!(r#"{{"model": {m}}}"#),
                _ => r#"{"model": "a/b", "provider": "openai"}"#.to_string(),
            })
        }

        fn value() -> impl Strategy<Value = String> {
            let item = prop_oneof![3 => atom(), 1 => pair()];
            prop_oneof![
                2 => atom(),
                5 => proptest::collection::vec(item, 0..5).prop_map(|items| format!("[{}]", items.join(", "))),
            ]
        }

        fn document() -> impl Strategy<Value = String> {
            proptest::collection::vec((proptest::sample::select(keys()), value()), 0..7).prop_map(|entries| {
                let members: Vec<String> = entries.iter().map(|(k, v)| format!(r#""{k}": {v}"#)).collect();
                format!("{{{}}}", members.join(", "))
            })
        }

        proptest! {
            #![proptest_config(ProptestConfig::with_cases(2000))]
            #[test]
            fn both_readings_agree_and_edits_splice_like_the_tree(text in document(), edit in value()) {
                let settings = Settings::parse(&text);
                prop_assert_eq!(settings.policy().cloned().map_err(Clone::clone), reference(&text));
                // Edits are compared with the tree's where there is one.
                if settings.is_valid() && serde_json::from_str::<Value>(&text).is_ok() {
                    if let Ok(new) = serde_json::from_str::<Value>(&edit) {
                        let mut want = settings.document().clone();
                        want.as_object_mut().unwrap().insert(PROVIDER_DENY_LIST.into(), new.clone());
                        let edited = settings.with_key(PROVIDER_DENY_LIST, Some(new));
                        prop_assert_eq!(edited.document(), &want);
                    }
                }
            }
        }
    }
}

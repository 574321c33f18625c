//! Abuse actions (SPEC §8, seed 002), pure: the identity a request is cached under, the
//! action values, and what an action does to a request.

use std::fmt;

use serde::Serialize;
use sha2::{Digest, Sha256};

use super::catalog::Catalog;
use super::evaluate::{CompiledPolicy, Request};

/// Where the gateway caches the last rules-engine action of an identity.
pub const DEFAULT_KEY_PREFIX: &str = "ai-gateway.abuse-rules:last-classification:";

/// The last rules-engine action cached for an identity.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Action {
    None,
    Log,
    RateLimit,
    Block,
    #[serde(rename = "quarantine-1")]
    Quarantine1,
    #[serde(rename = "quarantine-2")]
    Quarantine2,
    #[serde(rename = "quarantine-3")]
    Quarantine3,
}

impl Action {
    pub const ALL: [Action; 7] = [
        Action::None,
        Action::Log,
        Action::RateLimit,
        Action::Block,
        Action::Quarantine1,
        Action::Quarantine2,
        Action::Quarantine3,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Action::None => "none",
            Action::Log => "log",
            Action::RateLimit => "rate-limit",
            Action::Block => "block",
            Action::Quarantine1 => "quarantine-1",
            Action::Quarantine2 => "quarantine-2",
            Action::Quarantine3 => "quarantine-3",
        }
    }

    /// The stored value, exactly as the gateway writes it; anything else is unknown.
    pub fn parse(value: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|a| a.as_str() == value)
    }

    /// Added latency in milliseconds.
    pub fn delay_ms(self) -> u64 {
        match self {
            Action::Quarantine1 => 2000,
            Action::Quarantine2 | Action::Quarantine3 => 6000,
            _ => 0,
        }
    }
}

impl fmt::Display for Action {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Who a request is, for the abuse cache: `user:<id>`, or `fingerprint:<sha256 hex>` of
/// `ip|ja4|ua` for anonymous requests.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Identity(String);

impl Identity {
    /// The identity rules of the gateway: a user id unless it is missing, blank or `anon:…`;
    /// otherwise the fingerprint, with `unknown_ip`, `no_ja4` and `no_ua` for blank parts.
    pub fn of_request(user: Option<&str>, ip: Option<&str>, ja4: Option<&str>, ua: Option<&str>) -> Self {
        match user.map(str::trim).filter(|u| !u.is_empty() && !u.starts_with("anon:")) {
            Some(user) => Self(format!("user:{user}")),
            None => {
                let part = |value: Option<&str>, blank: &'static str| match value {
                    Some(v) if !v.trim().is_empty() => v.to_string(),
                    _ => blank.to_string(),
                };
                let material = format!("{}|{}|{}", part(ip, "unknown_ip"), part(ja4, "no_ja4"), part(ua, "no_ua"));
                Self(format!("fingerprint:{:x}", Sha256::digest(material.as_bytes())))
            }
        }
    }

    /// An identity as typed by an operator (`user:42`, `fingerprint:<64 hex>`).
    pub fn parse(text: &str) -> Result<Self, String> {
        let text = text.trim();
        if let Some(user) = text.strip_prefix("user:") {
            if user.is_empty() {
                return Err("has no user id after 'user:'".into());
            }
            return Ok(Self(text.to_string()));
        }
        if let Some(hex) = text.strip_prefix("fingerprint:") {
            if hex.len() == 64 && hex.bytes().all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b)) {
                return Ok(Self(text.to_string()));
            }
            return Err("must be 'fingerprint:' and 64 lowercase hex digits (a SHA-256)".into());
        }
        Err("must start with 'user:' or 'fingerprint:'".into())
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The Redis key under `prefix`.
    pub fn key(&self, prefix: &str) -> String {
        format!("{prefix}{}", self.0)
    }
}

impl fmt::Display for Identity {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// What the cached action does to one request.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Enforcement {
    /// Refused before reaching the upstream: HTTP status and error code.
    Refused { status: u16, code: &'static str },
    /// Goes on, after `delay_ms`; for quarantine-3 on a non-BYOK request, with the model
    /// rewritten to a free one (`None` when the org may use none: latency only).
    Proceeds { delay_ms: u64, rewrite: Option<Rewrite> },
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Rewrite {
    To(String),
    NoFreeModel,
}

/// Composes a cached action with the request: `free_model` is asked only for quarantine-3
/// on a non-BYOK request.
pub fn enforce(action: Action, byok: bool, free_model: impl FnOnce() -> Option<String>) -> Enforcement {
    match action {
        Action::Block => Enforcement::Refused { status: 403, code: "abuse_blocked" },
        Action::RateLimit => Enforcement::Refused { status: 429, code: "rate_limit_exceeded" },
        Action::Quarantine3 if !byok => Enforcement::Proceeds {
            delay_ms: action.delay_ms(),
            rewrite: Some(free_model().map_or(Rewrite::NoFreeModel, Rewrite::To)),
        },
        _ => Enforcement::Proceeds { delay_ms: action.delay_ms(), rewrite: None },
    }
}

/// The first free catalog entry, by full id, that the org may use through a provider serving
/// it for free. The rewrite keeps the full id (`x:free`).
pub fn first_free_model(policy: &CompiledPolicy, catalog: &Catalog) -> Option<String> {
    let mut free: Vec<&str> = catalog
        .models()
        .iter()
        .flat_map(|model| model.variants.iter().filter(|v| !v.free.is_empty()).map(move |v| (model, v)))
        .filter(|(model, variant)| {
            let decision = policy.decide(catalog, &Request::new(catalog, &model.id, None), &mut ());
            decision.reason.is_allowed() && !decision.providers.intersection(&variant.free).is_empty()
        })
        .map(|(_, variant)| variant.full_id.as_str())
        .collect();
    free.sort_unstable();
    free.first().map(|s| s.to_string())
}

/// What a cache lookup found.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Lookup {
    Found,
    Absent,
    UnknownValue,
}

impl Lookup {
    pub fn as_str(self) -> &'static str {
        match self {
            Lookup::Found => "found",
            Lookup::Absent => "absent",
            Lookup::UnknownValue => "unknown_value",
        }
    }
}

/// What a cached value means: the action, or none (reported) for a value the gateway does
/// not write.
#[derive(Debug, Clone, Serialize)]
pub struct Cached {
    /// The action in force: the stored one, or `none` when absent or unknown.
    pub action: Action,
    pub status: Lookup,
    /// The stored value when it is not an action.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub value: Option<String>,
}

impl Cached {
    pub fn of(raw: Option<String>) -> Self {
        match raw {
            None => Self { action: Action::None, status: Lookup::Absent, value: None },
            Some(v) => match Action::parse(&v) {
                Some(action) => Self { action, status: Lookup::Found, value: None },
                None => Self { action: Action::None, status: Lookup::UnknownValue, value: Some(v) },
            },
        }
    }

    /// The warning to print for an unknown value.
    pub fn warning(&self, identity: &Identity) -> Option<String> {
        self.value.as_ref().map(|v| {
            format!(
                "cached value {:?} for {identity} is not an action the gateway writes ({}): treated as none",
                v,
                Action::ALL.map(Action::as_str).join(", ")
            )
        })
    }

    /// What was cached before a change, in words.
    pub fn before(&self) -> String {
        match (self.status, &self.value) {
            (Lookup::Absent, _) => "was: nothing cached".into(),
            (_, Some(value)) => format!("was: unknown value {value:?}"),
            _ => format!("was: {}", self.action),
        }
    }

    pub fn describe(&self) -> String {
        match self.status {
            Lookup::Absent => "none (nothing cached)".into(),
            Lookup::UnknownValue => "none (unknown value)".into(),
            Lookup::Found => self.action.to_string(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::policy::catalog::tests::catalog;
    use crate::policy::evaluate::Org;
    use crate::policy::Settings;
    use serde_json::json;

    #[test]
    fn identities() {
        let fp = |s: &str| format!("fingerprint:{:x}", Sha256::digest(s.as_bytes()));
        let cases = [
            ((Some("42"), None, None, None), "user:42".to_string()),
            ((Some(" 42 "), Some("1.2.3.4"), None, None), "user:42".to_string()),
            ((Some("anon:abc"), Some("1.2.3.4"), Some("t13d"), Some("curl/8")), fp("1.2.3.4|t13d|curl/8")),
            ((None, Some("1.2.3.4"), Some("t13d"), Some("curl/8")), fp("1.2.3.4|t13d|curl/8")),
            ((Some(""), None, None, None), fp("unknown_ip|no_ja4|no_ua")),
            ((None, Some(" "), Some(""), Some("curl/8")), fp("unknown_ip|no_ja4|curl/8")),
        ];
        for ((user, ip, ja4, ua), want) in cases {
            assert_eq!(Identity::of_request(user, ip, ja4, ua).as_str(), want, "{user:?} {ip:?} {ja4:?} {ua:?}");
        }
        let id = Identity::of_request(Some("7"), None, None, None);
        assert_eq!(id.key(DEFAULT_KEY_PREFIX), "ai-gateway.abuse-rules:last-classification:user:7");
    }

    #[test]
    fn parsing_identities() {
        let hex = "a".repeat(64);
        assert!(Identity::parse("user:42").is_ok());
        assert!(Identity::parse(&format!("fingerprint:{hex}")).is_ok());
        for bad in ["42", "user:", "fingerprint:abc", &format!("fingerprint:{}", "A".repeat(64)), "anon:x"] {
            assert!(Identity::parse(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn actions_round_trip_and_unknown_values_are_none_of_them() {
        for action in Action::ALL {
            assert_eq!(Action::parse(action.as_str()), Some(action));
            assert_eq!(serde_json::to_value(action).unwrap(), action.as_str());
        }
        for unknown in ["BLOCK", "quarantine-4", "", " block"] {
            assert_eq!(Action::parse(unknown), None, "{unknown:?}");
        }
    }

    #[test]
    fn enforcement_of_every_action() {
        use Enforcement::*;
        let free = || Some("x/free:free".to_string());
        let cases = [
            (Action::None, false, Proceeds { delay_ms: 0, rewrite: None }),
            (Action::Log, false, Proceeds { delay_ms: 0, rewrite: None }),
            (Action::RateLimit, false, Refused { status: 429, code: "rate_limit_exceeded" }),
            (Action::Block, true, Refused { status: 403, code: "abuse_blocked" }),
            (Action::Quarantine1, false, Proceeds { delay_ms: 2000, rewrite: None }),
            (Action::Quarantine2, false, Proceeds { delay_ms: 6000, rewrite: None }),
            (Action::Quarantine3, false, Proceeds { delay_ms: 6000, rewrite: Some(Rewrite::To("x/free:free".into())) }),
            (Action::Quarantine3, true, Proceeds { delay_ms: 6000, rewrite: None }),
        ];
        for (action, byok, want) in cases {
            assert_eq!(enforce(action, byok, free), want, "{action} byok={byok}");
        }
        assert_eq!(
            enforce(Action::Quarantine3, false, || None),
            Proceeds { delay_ms: 6000, rewrite: Some(Rewrite::NoFreeModel) }
        );
    }

    #[test]
    fn the_free_model_is_the_first_sorted_one_the_org_may_use() {
        let c = catalog(&[
            ("openai", &["z/paid", "b/model:free"]),
            ("groq", &["a/model:free", "b/model"]),
            ("deepseek", &["a-b/model:free"]),
        ]);
        let run = |doc| {
            let settings = Settings::from_value(doc);
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
            first_free_model(&policy, &c)
        };
        assert_eq!(run(json!({})).as_deref(), Some("a-b/model:free"), "sorted by full id");
        assert_eq!(run(json!({"provider_deny_list": ["deepseek"]})).as_deref(), Some("a/model:free"));
        // b/model is allowed through groq, but only openai serves it for free.
        assert_eq!(
            run(
                json!({"provider_policy_mode": "allow", "provider_allow_list": ["groq"], "model_deny_list": ["a/model"]})
            ),
            None
        );
        assert_eq!(
            run(json!({"provider_policy_mode": "allow", "provider_allow_list": ["openai"]})).as_deref(),
            Some("b/model:free")
        );
    }
}

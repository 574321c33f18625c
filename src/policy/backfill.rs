//! The deny-to-allow backfill transformation (SPEC §6), pure.
//!
//! A legacy enterprise org's provider deny list becomes an allow list of the snapshot's live
//! providers minus the deny list, under the `provider_policy_mode: "allow"` marker. Everything
//! else in the document stays as it is (the old deny list too, for rollback and history).
//! Before anything is written, each org's effective access under the old settings is compared
//! with that under the new ones over the same snapshot: equal by construction for valid
//! settings, and checking it anyway guards the migration against a bug here and against
//! documents nobody foresaw.

use serde::Serialize;
use serde_json::json;

use super::access::AccessDiff;
use super::catalog::Catalog;
use super::evaluate::{is_enterprise, CompiledPolicy, Org};
use super::settings::{list_value, Mode, Settings, PROVIDER_ALLOW_LIST, PROVIDER_POLICY_MODE};

/// Which orgs a run considers.
#[derive(Debug, Clone, Copy, Default)]
pub struct Scope {
    /// Also pin enterprise orgs without a provider deny list (their allow list becomes every
    /// live provider).
    pub include_unrestricted: bool,
}

/// Why an org is left alone.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Skip {
    NotEnterprise,
    AlreadyAllowMode,
    NoProviderDenyList,
    InvalidSettings,
}

impl Skip {
    pub fn describe(self) -> &'static str {
        match self {
            Skip::NotEnterprise => "not enterprise",
            Skip::AlreadyAllowMode => "already in allow mode",
            Skip::NoProviderDenyList => "no provider deny list",
            Skip::InvalidSettings => "invalid settings",
        }
    }
}

/// What the backfill does to one org.
#[derive(Debug, Clone)]
pub enum Verdict {
    Skip(Skip),
    Migrate(Migration),
}

#[derive(Debug, Clone)]
pub struct Migration {
    pub new_settings: Settings,
    pub allowed: Vec<String>,
    pub denied: Vec<String>,
    /// Non-empty only when the invariant fails: access the org would gain or lose.
    pub access_change: AccessDiff,
    pub warnings: Vec<String>,
}

impl Migration {
    pub fn preserves_access(&self) -> bool {
        self.access_change.is_empty()
    }

    pub fn pairs_changed(&self) -> usize {
        self.access_change.gained.len() + self.access_change.lost.len()
    }
}

/// Decides and, where in scope, transforms one org.
pub fn plan(org: Org<'_>, catalog: &Catalog, scope: Scope) -> Verdict {
    if !is_enterprise(org.plan) {
        return Verdict::Skip(Skip::NotEnterprise);
    }
    let Ok(policy) = org.settings.policy() else { return Verdict::Skip(Skip::InvalidSettings) };
    if policy.mode() == Mode::Allow {
        return Verdict::Skip(Skip::AlreadyAllowMode);
    }
    if policy.provider_deny_list.is_empty() && !scope.include_unrestricted {
        return Verdict::Skip(Skip::NoProviderDenyList);
    }
    let live = catalog.slugs(catalog.live());
    let allowed: Vec<String> = live.iter().filter(|p| !policy.provider_deny_list.contains(p)).cloned().collect();
    let denied: Vec<String> = live.iter().filter(|p| policy.provider_deny_list.contains(p)).cloned().collect();
    let new_settings = org
        .settings
        .with_key(PROVIDER_ALLOW_LIST, Some(list_value(&allowed)))
        .with_key(PROVIDER_POLICY_MODE, Some(json!("allow")));

    let mut warnings = Vec::new();
    let absent: Vec<&str> =
        policy.provider_deny_list.iter().filter(|p| catalog.provider_id(p).is_none()).map(String::as_str).collect();
    if !absent.is_empty() {
        warnings.push(format!("deny list names providers not in the catalog: {}", absent.join(", ")));
    }
    if policy.provider_allow_list.is_some() {
        warnings.push("stale provider_allow_list (ignored without the marker) is replaced".into());
    }
    if allowed.is_empty() {
        warnings.push("every live provider is denied: the allow list is empty".into());
    }

    let before = CompiledPolicy::new(org, catalog).effective_access(catalog);
    let after = CompiledPolicy::new(Org { settings: &new_settings, ..org }, catalog).effective_access(catalog);
    let access_change = if before == after {
        AccessDiff::default()
    } else {
        AccessDiff::between((catalog, &before), (catalog, &after))
    };
    Verdict::Migrate(Migration { new_settings, allowed, denied, access_change, warnings })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::policy::catalog::tests::catalog;
    use serde_json::Value;

    fn run(plan_name: &str, doc: Value, scope: Scope) -> Verdict {
        let c = catalog(&[
            ("openai", &["openai/gpt-4o"]),
            ("azure", &["openai/gpt-4o"]),
            ("deepseek", &["deepseek/chat"]),
            ("idle", &[]),
        ]);
        let settings = Settings::from_value(doc);
        plan(super::Org { plan: plan_name, settings: &settings, custom_models: &[] }, &c, scope)
    }

    #[test]
    fn scope() {
        let e = "enterprise";
        let cases = [
            ("teams", json!({"provider_deny_list": ["deepseek"]}), Scope::default(), Some(Skip::NotEnterprise)),
            (e, json!({"provider_deny_list": "deepseek"}), Scope::default(), Some(Skip::InvalidSettings)),
            (
                e,
                json!({"provider_policy_mode": "allow", "provider_allow_list": []}),
                Scope::default(),
                Some(Skip::AlreadyAllowMode),
            ),
            (e, json!({}), Scope::default(), Some(Skip::NoProviderDenyList)),
            (
                e,
                json!({"model_deny_list": ["a/b"], "provider_deny_list": []}),
                Scope::default(),
                Some(Skip::NoProviderDenyList),
            ),
            (e, json!({}), Scope { include_unrestricted: true }, None),
            (e, json!({"provider_deny_list": ["deepseek"]}), Scope::default(), None),
        ];
        for (plan_name, doc, scope, want) in cases {
            let got = match run(plan_name, doc.clone(), scope) {
                Verdict::Skip(s) => Some(s),
                Verdict::Migrate(_) => None,
            };
            assert_eq!(got, want, "{plan_name} {doc}");
        }
    }

    #[test]
    fn transformation_keeps_everything_else_and_access() {
        let doc = json!({"z": 1, "provider_deny_list": ["DeepSeek", "evil-corp"], "provider_allow_list": ["openai"], "model_deny_list": ["openai/gpt-4o"], "a": [1]});
        let Verdict::Migrate(m) = run("enterprise", doc, Scope::default()) else { panic!("not migrated") };
        assert_eq!(
            m.new_settings.to_json(),
            r#"{"z":1,"provider_deny_list":["DeepSeek","evil-corp"],"provider_allow_list":["azure","openai"],"model_deny_list":["openai/gpt-4o"],"a":[1],"provider_policy_mode":"allow"}"#
        );
        assert_eq!(
            (m.allowed.clone(), m.denied.clone()),
            (vec!["azure".to_string(), "openai".into()], vec!["deepseek".to_string()])
        );
        assert!(m.preserves_access(), "{:?}", m.access_change);
        assert_eq!(m.warnings.len(), 2, "{:?}", m.warnings);
        assert!(m.warnings[0].contains("evil-corp"));
    }

    #[test]
    fn unrestricted_orgs_are_pinned_to_every_live_provider() {
        let Verdict::Migrate(m) = run("enterprise", json!({}), Scope { include_unrestricted: true }) else { panic!() };
        assert_eq!(m.allowed, ["azure", "deepseek", "openai"]);
        assert!(m.preserves_access());
    }
}

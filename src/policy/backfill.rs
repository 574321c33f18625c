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
use serde_json::value::RawValue;

use super::access::AccessDiff;
use super::catalog::Catalog;
use super::evaluate::{is_enterprise, CompiledPolicy, Org};
use super::provider_set::ProviderId;
use super::settings::{raw, Mode, Settings, PROVIDER_ALLOW_LIST, PROVIDER_POLICY_MODE};

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
    /// How many providers the new allow list has.
    pub allowed: usize,
    /// The live providers the deny list keeps out.
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

/// Plans orgs against one snapshot; built once per run.
pub struct Planner<'c> {
    catalog: &'c Catalog,
    /// The live providers in id order, which is slug order: the order of the allow lists.
    live: Vec<Live<'c>>,
    scope: Scope,
}

struct Live<'c> {
    id: ProviderId,
    slug: &'c str,
    /// The slug as a JSON string, escaped once per run rather than once per org.
    json: Box<RawValue>,
}

impl<'c> Planner<'c> {
    pub fn new(catalog: &'c Catalog, scope: Scope) -> Self {
        let live = catalog
            .live()
            .iter()
            .map(|id| {
                let slug = catalog.provider(id).slug.as_str();
                Live { id, slug, json: raw(slug) }
            })
            .collect();
        Self { catalog, live, scope }
    }

    /// Decides and, where in scope, transforms one org.
    pub fn plan(&self, org: Org<'_>) -> Verdict {
        let catalog = self.catalog;
        if !is_enterprise(org.plan) {
            return Verdict::Skip(Skip::NotEnterprise);
        }
        let Ok(policy) = org.settings.policy() else { return Verdict::Skip(Skip::InvalidSettings) };
        if policy.mode() == Mode::Allow {
            return Verdict::Skip(Skip::AlreadyAllowMode);
        }
        if policy.provider_deny_list.is_empty() && !self.scope.include_unrestricted {
            return Verdict::Skip(Skip::NoProviderDenyList);
        }
        let deny_set = catalog.set_of(&policy.provider_deny_list);
        let (denied, allow_list): (Vec<&Live<'_>>, Vec<_>) = self.live.iter().partition(|p| deny_set.contains(p.id));
        let denied: Vec<String> = denied.iter().map(|p| p.slug.to_string()).collect();
        let allowed = allow_list.len();
        let new_settings = org.settings.with_keys([
            (PROVIDER_ALLOW_LIST, Some(json_list(&allow_list))),
            (PROVIDER_POLICY_MODE, Some(raw("allow"))),
        ]);

        let mut warnings = Vec::new();
        let absent: Vec<&str> =
            policy.provider_deny_list.iter().filter(|p| catalog.provider_id(p).is_none()).map(String::as_str).collect();
        if !absent.is_empty() {
            warnings.push(format!("deny list names providers not in the catalog: {}", absent.join(", ")));
        }
        if policy.provider_allow_list.is_some() {
            warnings.push("stale provider_allow_list (ignored without the marker) is replaced".into());
        }
        if allowed == 0 {
            warnings.push("every live provider is denied: the allow list is empty".into());
        }

        let access_change = access_change(org, &new_settings, catalog);
        Verdict::Migrate(Migration { new_settings, allowed, denied, access_change, warnings })
    }
}

/// The allow list as JSON text, joined from the slugs' escaped forms: a list of raw values
/// serializes as their text, with no escaping or validation per org.
fn json_list(providers: &[&Live<'_>]) -> Box<RawValue> {
    raw(&providers.iter().map(|p| &*p.json).collect::<Vec<&RawValue>>())
}

/// The invariant: what the org would gain or lose going from its settings to `new_settings`.
/// The new document is parsed and compiled on its own, so a transformation that broke
/// anything access depends on shows up here.
pub fn access_change(org: Org<'_>, new_settings: &Settings, catalog: &Catalog) -> AccessDiff {
    let before = CompiledPolicy::new(org, catalog);
    let after = CompiledPolicy::new(Org { settings: new_settings, ..org }, catalog);
    if before.same_access_as(&after, catalog) {
        return AccessDiff::default();
    }
    let (a, b) = (before.effective_access(catalog), after.effective_access(catalog));
    if a == b {
        AccessDiff::default()
    } else {
        AccessDiff::between((catalog, &a), (catalog, &b))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::policy::catalog::tests::catalog;
    use serde_json::{json, Value};

    fn run(plan_name: &str, doc: Value, scope: Scope) -> Verdict {
        let c = catalog(&[
            ("openai", &["openai/gpt-4o"]),
            ("azure", &["openai/gpt-4o"]),
            ("deepseek", &["deepseek/chat"]),
            ("idle", &[]),
        ]);
        let settings = Settings::from_value(doc);
        Planner::new(&c, scope).plan(super::Org { plan: plan_name, settings: &settings, custom_models: &[] })
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
            m.new_settings.text(),
            r#"{"z":1,"provider_deny_list":["DeepSeek","evil-corp"],"provider_allow_list":["azure","openai"],"model_deny_list":["openai/gpt-4o"],"a":[1],"provider_policy_mode":"allow"}"#
        );
        assert_eq!((m.allowed, m.denied.clone()), (2, vec!["deepseek".to_string()]));
        assert!(m.preserves_access(), "{:?}", m.access_change);
        assert_eq!(m.warnings.len(), 2, "{:?}", m.warnings);
        assert!(m.warnings[0].contains("evil-corp"));
    }

    #[test]
    fn a_broken_transformation_is_caught() {
        let c =
            catalog(&[("openai", &["openai/gpt-4o"]), ("azure", &["openai/gpt-4o"]), ("deepseek", &["deepseek/chat"])]);
        let old =
            Settings::from_value(json!({"provider_deny_list": ["deepseek"], "model_deny_list": ["openai/gpt-4o"]}));
        let org = super::Org { plan: "enterprise", settings: &old, custom_models: &[] };
        // Forgets the model deny list, and lets deepseek in.
        let wrong = Settings::from_value(
            json!({"provider_policy_mode": "allow", "provider_allow_list": ["azure", "deepseek", "openai"]}),
        );
        let change = access_change(org, &wrong, &c);
        let pairs: Vec<(String, String)> =
            change.gained.iter().map(|p| (p.model.clone(), p.provider.clone())).collect();
        let want: Vec<(String, String)> = vec![
            ("deepseek/chat".into(), "deepseek".into()),
            ("openai/gpt-4o".into(), "azure".into()),
            ("openai/gpt-4o".into(), "openai".into()),
        ];
        assert_eq!(pairs, want);
        assert!(change.lost.is_empty());
    }

    #[test]
    fn unrestricted_orgs_are_pinned_to_every_live_provider() {
        let Verdict::Migrate(m) = run("enterprise", json!({}), Scope { include_unrestricted: true }) else { panic!() };
        assert_eq!(
            m.new_settings.policy().unwrap().provider_allow_list.as_deref().unwrap(),
            ["azure", "deepseek", "openai"]
        );
        assert!(m.preserves_access());
    }
}

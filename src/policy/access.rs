//! Effective access: for every model served in a snapshot, the providers through which an org
//! may use it, plus the org's exempt (custom and BYOK) models. And the diff of two of them.

use std::collections::{BTreeMap, BTreeSet};

use serde::Serialize;

use super::catalog::Catalog;
use super::provider_set::ProviderSet;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EffectiveAccess {
    /// Indexed by the catalog's model ids.
    models: Vec<ProviderSet>,
    exempt: Vec<String>,
}

impl EffectiveAccess {
    pub(crate) fn new(models: Vec<ProviderSet>, exempt: Vec<String>) -> Self {
        Self { models, exempt }
    }

    /// Providers through which catalog model `index` is allowed.
    pub fn providers_of(&self, index: usize) -> &ProviderSet {
        &self.models[index]
    }

    pub fn exempt(&self) -> &[String] {
        &self.exempt
    }

    /// Number of (model, provider) pairs allowed.
    pub fn pair_count(&self) -> usize {
        self.models.iter().map(ProviderSet::len).sum()
    }

    /// Providers through which at least one model is allowed.
    pub fn providers_used(&self) -> ProviderSet {
        self.models.iter().fold(ProviderSet::new(), |acc, s| acc.union(s))
    }
}

#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Serialize)]
pub struct Pair {
    pub model: String,
    pub provider: String,
}

/// Pairs gained and lost between two (access, catalog) states.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct AccessDiff {
    pub gained: Vec<Pair>,
    pub lost: Vec<Pair>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub exempt_gained: Vec<String>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub exempt_lost: Vec<String>,
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct Counts {
    pub gained: usize,
    pub lost: usize,
}

impl AccessDiff {
    /// Compares by name, so the two sides may come from different snapshots.
    pub fn between(before: (&Catalog, &EffectiveAccess), after: (&Catalog, &EffectiveAccess)) -> Self {
        let pairs = |(catalog, access): (&Catalog, &EffectiveAccess)| -> BTreeSet<Pair> {
            catalog
                .models()
                .iter()
                .zip(&access.models)
                .flat_map(|(model, set)| {
                    set.iter().map(|p| Pair { model: model.id.clone(), provider: catalog.provider(p).slug.clone() })
                })
                .collect()
        };
        let (a, b) = (pairs(before), pairs(after));
        let (ea, eb): (BTreeSet<&String>, BTreeSet<&String>) =
            (before.1.exempt.iter().collect(), after.1.exempt.iter().collect());
        Self {
            gained: b.difference(&a).cloned().collect(),
            lost: a.difference(&b).cloned().collect(),
            exempt_gained: eb.difference(&ea).map(|s| s.to_string()).collect(),
            exempt_lost: ea.difference(&eb).map(|s| s.to_string()).collect(),
        }
    }

    /// [`Self::between`] for two accesses of one catalog: compared model by model as provider
    /// sets, naming only the pairs that differ (what a fleet-wide diff does per org).
    pub fn within(catalog: &Catalog, before: &EffectiveAccess, after: &EffectiveAccess) -> Self {
        let mut diff = Self::default();
        let pair =
            |i: usize, p| Pair { model: catalog.models()[i].id.clone(), provider: catalog.provider(p).slug.clone() };
        for (i, (b, a)) in before.models.iter().zip(&after.models).enumerate() {
            if a == b {
                continue;
            }
            diff.gained.extend(a.difference(b).iter().map(|p| pair(i, p)));
            diff.lost.extend(b.difference(a).iter().map(|p| pair(i, p)));
        }
        diff.gained.sort();
        diff.lost.sort();
        if before.exempt != after.exempt {
            let (ea, eb): (BTreeSet<&String>, BTreeSet<&String>) =
                (before.exempt.iter().collect(), after.exempt.iter().collect());
            diff.exempt_gained = eb.difference(&ea).map(|s| s.to_string()).collect();
            diff.exempt_lost = ea.difference(&eb).map(|s| s.to_string()).collect();
        }
        diff
    }

    pub fn is_empty(&self) -> bool {
        self.gained.is_empty() && self.lost.is_empty() && self.exempt_gained.is_empty() && self.exempt_lost.is_empty()
    }

    pub fn by_provider(&self) -> BTreeMap<&str, Counts> {
        self.summarize(|p| &p.provider)
    }

    pub fn by_model(&self) -> BTreeMap<&str, Counts> {
        self.summarize(|p| &p.model)
    }

    fn summarize<'a>(&'a self, key: impl Fn(&'a Pair) -> &'a String) -> BTreeMap<&'a str, Counts> {
        let mut out: BTreeMap<&str, Counts> = BTreeMap::new();
        for pair in &self.gained {
            out.entry(key(pair).as_str()).or_default().gained += 1;
        }
        for pair in &self.lost {
            out.entry(key(pair).as_str()).or_default().lost += 1;
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::policy::catalog::tests::catalog;
    use crate::policy::evaluate::{CompiledPolicy, Org, Request};
    use crate::policy::settings::Settings;
    use proptest::prelude::*;
    use serde_json::{json, Value};

    fn access(c: &Catalog, plan: &str, settings: Value, custom: &[String]) -> EffectiveAccess {
        let s = Settings::from_value(settings);
        CompiledPolicy::new(
            Org { plan, settings: &s, custom_models: custom, rules: crate::policy::Rules::Marker, own_schema: true },
            c,
        )
        .effective_access(c)
    }

    #[test]
    fn diff_within_and_across_snapshots() {
        let c1 = catalog(&[("openai", &["openai/gpt-4o"]), ("azure", &["openai/gpt-4o"])]);
        let c2 = catalog(&[
            ("openai", &["openai/gpt-4o"]),
            ("azure", &["openai/gpt-4o"]),
            ("newco", &["openai/gpt-4o", "x/y"]),
        ]);
        let legacy = json!({"provider_deny_list": ["azure"]});
        let before = access(&c1, "enterprise", legacy.clone(), &[]);
        let after = access(&c2, "enterprise", legacy, &[]);
        let d = AccessDiff::between((&c1, &before), (&c2, &after));
        let pair = |m: &str, p: &str| Pair { model: m.into(), provider: p.into() };
        assert_eq!(d.gained, [pair("openai/gpt-4o", "newco"), pair("x/y", "newco")]);
        assert!(d.lost.is_empty());
        assert_eq!(d.by_provider()["newco"], Counts { gained: 2, lost: 0 });
        assert_eq!(d.by_model().len(), 2);

        let allow = json!({"provider_policy_mode": "allow", "provider_allow_list": ["openai"]});
        let migrated = (access(&c1, "enterprise", allow.clone(), &[]), access(&c2, "enterprise", allow, &[]));
        assert!(AccessDiff::between((&c1, &migrated.0), (&c2, &migrated.1)).is_empty());
    }

    #[test]
    fn invalid_settings_lose_everything_including_exempt_models() {
        let c = catalog(&[("openai", &["openai/gpt-4o"])]);
        let custom = vec!["acme/llm".to_string()];
        let valid = access(&c, "enterprise", json!({}), &custom);
        let invalid = access(&c, "enterprise", json!({"model_deny_list": 1}), &custom);
        let d = AccessDiff::between((&c, &valid), (&c, &invalid));
        assert_eq!(d.lost.len(), 1);
        assert_eq!(d.exempt_lost, ["acme/llm"]);
    }

    const PROVIDERS: [&str; 7] = ["openai", "azure", "anthropic", "bedrock", "together", "fireworks", "virtual"];
    const MODELS: [&str; 6] =
        ["openai/gpt-4o", "openai/gpt-4o:free", "anthropic/claude", "meta/llama", "kimi/k2.5", "x/absent"];

    fn catalog_strategy() -> impl Strategy<Value = Catalog> {
        proptest::collection::vec(proptest::collection::vec(any::<bool>(), MODELS.len()), PROVIDERS.len())
            .prop_filter("a catalog serves something", |grid| grid.iter().flatten().any(|on| *on))
            .prop_map(|grid| {
                let spec: Vec<(&str, Vec<&str>)> = PROVIDERS
                    .iter()
                    .zip(&grid)
                    .map(|(p, row)| (*p, MODELS.iter().zip(row).filter(|(_, on)| **on).map(|(m, _)| *m).collect()))
                    .collect();
                let spec: Vec<(&str, &[&str])> = spec.iter().map(|(p, ms)| (*p, ms.as_slice())).collect();
                catalog(&spec)
            })
    }

    fn subset(items: &'static [&'static str]) -> impl Strategy<Value = Vec<String>> {
        proptest::sample::subsequence(items, 0..=items.len()).prop_map(|v| v.iter().map(|s| s.to_string()).collect())
    }

    fn settings_strategy() -> impl Strategy<Value = Value> {
        (
            any::<bool>(),
            proptest::option::of(subset(&PROVIDERS)),
            subset(&PROVIDERS),
            subset(&MODELS),
            proptest::collection::vec((0..MODELS.len(), 0..PROVIDERS.len()), 0..4),
        )
            .prop_map(|(marker, allow, deny, models, combos)| {
                let mut doc = serde_json::Map::new();
                if marker {
                    doc.insert("provider_policy_mode".into(), json!("allow"));
                }
                if let Some(allow) = allow {
                    doc.insert("provider_allow_list".into(), json!(allow));
                }
                doc.insert("provider_deny_list".into(), json!(deny));
                doc.insert("model_deny_list".into(), json!(models));
                let combos: Vec<Value> =
                    combos.iter().map(|(m, p)| json!({"model": MODELS[*m], "provider": PROVIDERS[*p]})).collect();
                doc.insert("model_provider_deny_list".into(), json!(combos));
                Value::Object(doc)
            })
    }

    fn rules_strategy() -> impl Strategy<Value = crate::policy::Rules> {
        prop_oneof![
            Just(crate::policy::Rules::Marker),
            Just(crate::policy::Rules::AllowList),
            Just(crate::policy::Rules::Current)
        ]
    }

    proptest! {
        /// Two accesses of one catalog compared as provider sets name exactly the pairs the
        /// comparison by name does, whatever the rules on either side.
        #[test]
        fn within_one_catalog_is_between(
            c in catalog_strategy(),
            a in settings_strategy(),
            b in settings_strategy(),
            custom in (subset(&MODELS), subset(&MODELS)),
            rules in (rules_strategy(), rules_strategy()),
        ) {
            let (sa, sb) = (Settings::from_value(a), Settings::from_value(b));
            let pa = CompiledPolicy::new(Org { plan: "enterprise", settings: &sa, custom_models: &custom.0, rules: rules.0, own_schema: true }, &c);
            let pb = CompiledPolicy::new(Org { plan: "enterprise", settings: &sb, custom_models: &custom.1, rules: rules.1, own_schema: true }, &c);
            let (ea, eb) = (pa.effective_access(&c), pb.effective_access(&c));
            prop_assert_eq!(AccessDiff::within(&c, &ea, &eb), AccessDiff::between((&c, &ea), (&c, &eb)));
        }

        /// The structural shortcut never claims equal access where effective access differs.
        #[test]
        fn same_access_shortcut_is_sound(
            c in catalog_strategy(),
            a in settings_strategy(),
            b in settings_strategy(),
            plans in (any::<bool>(), any::<bool>()),
            custom in subset(&MODELS),
            rules in rules_strategy(),
        ) {
            let plan = |e: bool| if e { "enterprise" } else { "teams" };
            let (sa, sb) = (Settings::from_value(a), Settings::from_value(b));
            let pa = CompiledPolicy::new(Org { plan: plan(plans.0), settings: &sa, custom_models: &custom, rules, own_schema: true }, &c);
            let pb = CompiledPolicy::new(Org { plan: plan(plans.1), settings: &sb, custom_models: &custom, rules, own_schema: true }, &c);
            if pa.same_access_as(&pb, &c) {
                prop_assert_eq!(pa.effective_access(&c), pb.effective_access(&c));
            }
            prop_assert!(pa.same_access_as(&pa, &c) || pa.invalid().is_some());
        }

        /// Counting a provider-rule change on bitsets gives what comparing the effective access
        /// of the settings with the marker set (the allow list honoured) gives.
        #[test]
        fn provider_rule_change_counts_what_honouring_the_allow_list_changes(
            c in catalog_strategy(),
            settings in settings_strategy(),
            custom in subset(&MODELS),
        ) {
            let s = Settings::from_value(settings);
            let Ok(Some(stale)) = s.policy().map(|p| p.provider_allow_list.clone().filter(|_| !p.allow_marker)) else {
                return Ok(());
            };
            let org = Org { plan: "enterprise", settings: &s, custom_models: &custom, rules: crate::policy::Rules::Marker, own_schema: false };
            let policy = CompiledPolicy::new(org, &c);
            let honoured = s.with_key("provider_policy_mode", Some(serde_json::json!("allow")));
            let after = CompiledPolicy::new(Org { settings: &honoured, ..org }, &c);
            let diff = AccessDiff::between((&c, &policy.effective_access(&c)), (&c, &after.effective_access(&c)));
            prop_assert_eq!(policy.provider_rule_change(&c, &c.set_of(&stale)), (diff.gained.len(), diff.lost.len()));
        }

        /// Counting per provider the pairs two policies differing only in their providers
        /// change (the backfill's change) gives what comparing their effective access model by
        /// model gives; routers of the virtual provider and exempt models included.
        #[test]
        fn pairs_counted_per_provider_match_the_full_comparison(
            c in catalog_strategy(),
            settings in settings_strategy(),
            allowed in subset(&PROVIDERS),
            custom in subset(&MODELS),
            rules in rules_strategy(),
        ) {
            let s = Settings::from_value(settings);
            let moved = s
                .with_key("provider_allow_list", Some(json!(allowed)))
                .with_key("provider_policy_mode", Some(json!("allow")));
            let org = Org { plan: "enterprise", settings: &s, custom_models: &custom, rules, own_schema: true };
            let (a, b) = (CompiledPolicy::new(org, &c), CompiledPolicy::new(Org { settings: &moved, ..org }, &c));
            if let Some(counts) = a.pairs_changed_to(&b, &c) {
                let diff = AccessDiff::between((&c, &a.effective_access(&c)), (&c, &b.effective_access(&c)));
                prop_assert_eq!(counts, (diff.gained.len(), diff.lost.len()));
            }
        }

        /// `check` agrees with the effective access computed for the org, pair by pair. Under
        /// the current rules the gateway looks each variant up on its own, so a model is usable
        /// when one of its variants is.
        #[test]
        fn check_agrees_with_effective_access(
            c in catalog_strategy(),
            settings in settings_strategy(),
            enterprise in any::<bool>(),
            custom in subset(&MODELS),
            rules in rules_strategy(),
        ) {
            let plan = if enterprise { "enterprise" } else { "teams" };
            let s = Settings::from_value(settings);
            let policy = CompiledPolicy::new(Org { plan, settings: &s, custom_models: &custom, rules, own_schema: true }, &c);
            let access = policy.effective_access(&c);
            for (i, model) in c.models().iter().enumerate() {
                let allowed = access.providers_of(i);
                let ids: Vec<&str> = match rules {
                    crate::policy::Rules::Current => model.variants.iter().map(|v| v.full_id.as_str()).collect(),
                    _ => vec![model.id.as_str()],
                };
                let decide = |provider: Option<&str>| {
                    ids.iter().any(|id| policy.decide(&c, &Request::new(&c, id, provider), &mut ()).reason.is_allowed())
                };
                prop_assert_eq!(decide(None), !allowed.is_empty(), "model {}", model.id);
                for p in model.serving.iter() {
                    let slug = &c.provider(p).slug;
                    prop_assert_eq!(decide(Some(slug)), allowed.contains(p), "model {} via {}", model.id, slug);
                    let state = policy.pair_state(&c, i as u32, p);
                    prop_assert_eq!(state.is_allowed(), allowed.contains(p), "pair state {:?} of {} via {}", state, model.id, slug);
                }
            }
        }
    }
}

//! Realistic generated organizations over a catalog, in every policy shape, for benchmarks
//! and load tests. Deterministic: org `i` always gets the same document.
//!
//! The mix: half legacy (provider deny lists of 1–12 providers, some with model denials,
//! combinations, mixed case and `:free` entries, stale allow lists), 15% allow mode, 12%
//! unrestricted enterprise, 15% teams, 3% stale legacy keys only, 5% invalid.

use chrono::{DateTime, Duration, Utc};
use serde_json::{json, Value};

use crate::policy::Catalog;
use crate::store::NewOrg;

/// A small deterministic mixer (splitmix64), so the population needs no RNG dependency.
fn mix(mut x: u64) -> u64 {
    x = x.wrapping_add(0x9E37_79B9_7F4A_7C15);
    x = (x ^ (x >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    x = (x ^ (x >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
    x ^ (x >> 31)
}

pub struct Population<'a> {
    providers: Vec<&'a str>,
    models: Vec<&'a str>,
    now: DateTime<Utc>,
}

impl<'a> Population<'a> {
    pub fn new(catalog: &'a Catalog) -> Self {
        Self {
            providers: catalog.live().iter().map(|p| catalog.provider(p).slug.as_str()).collect(),
            models: catalog.models().iter().map(|m| m.id.as_str()).collect(),
            now: Utc::now(),
        }
    }

    fn pick<T: Copy>(items: &[T], seed: u64, k: u64) -> T {
        items[(mix(seed ^ k.wrapping_mul(0x100_0000_01B3)) % items.len() as u64) as usize]
    }

    fn providers(&self, seed: u64, n: u64) -> Vec<&'a str> {
        let mut out: Vec<&str> = (0..n).map(|k| Self::pick(&self.providers, seed, k)).collect();
        out.sort();
        out.dedup();
        out
    }

    /// Plan and settings document of org `i`.
    pub fn settings(&self, i: u64) -> (&'static str, Value) {
        let r = mix(i);
        let shape = r % 100;
        let size = 1 + (r >> 8) % 12;
        match shape {
            0..=49 => {
                let mut deny: Vec<String> = self.providers(r, size).into_iter().map(String::from).collect();
                if r % 7 == 0 {
                    deny[0] = deny[0].to_uppercase();
                }
                let mut doc = json!({"provider_deny_list": deny});
                if r % 3 == 0 {
                    doc["model_deny_list"] =
                        json!([Self::pick(&self.models, r, 99), format!("{}:free", Self::pick(&self.models, r, 98))]);
                }
                if r % 5 == 0 {
                    doc["model_provider_deny_list"] = json!([{"model": Self::pick(&self.models, r, 97), "provider": Self::pick(&self.providers, r, 96)}]);
                }
                if r % 11 == 0 {
                    doc["provider_allow_list"] = json!([Self::pick(&self.providers, r, 95)]);
                }
                if r % 4 == 0 {
                    doc["default_model"] = json!(Self::pick(&self.models, r, 94));
                    doc["ui"] = json!({"theme": "dark", "pinned": [Self::pick(&self.models, r, 93)]});
                }
                ("enterprise", doc)
            }
            50..=64 => {
                let mut doc =
                    json!({"provider_policy_mode": "allow", "provider_allow_list": self.providers(r, size + 2)});
                if r % 3 == 0 {
                    doc["model_deny_list"] = json!([Self::pick(&self.models, r, 91)]);
                }
                ("enterprise", doc)
            }
            65..=76 => ("enterprise", if r % 2 == 0 { json!({}) } else { json!({"data_collection": "deny"}) }),
            77..=91 => {
                ("teams", if r % 3 == 0 { json!({"provider_deny_list": self.providers(r, 2)}) } else { json!({}) })
            }
            92..=94 => (
                "enterprise",
                json!({"provider_allow_list": self.providers(r, 3), "model_allow_list": [Self::pick(&self.models, r, 90)]}),
            ),
            _ => ("enterprise", json!({"provider_deny_list": Self::pick(&self.providers, r, 89)})),
        }
    }

    /// Org `i` ready to insert.
    pub fn org(&self, i: u64) -> NewOrg {
        let (plan, settings) = self.settings(i);
        NewOrg {
            id: None,
            name: format!("org-{i:07}"),
            plan: plan.into(),
            settings: settings.to_string(),
            created_at: self.now - Duration::days((mix(i ^ 7) % 900) as i64),
            custom_models: Vec::new(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::policy::catalog::tests::catalog;
    use crate::policy::Settings;

    #[test]
    fn every_shape_appears_in_roughly_the_planned_share() {
        let c = catalog(&[("a", &["a/one"]), ("b", &["b/two"]), ("c", &["a/one", "c/three"])]);
        let population = Population::new(&c);
        let mut modes = std::collections::BTreeMap::new();
        let n = 10_000;
        for i in 0..n {
            let (plan, doc) = population.settings(i);
            let mode = Settings::from_value(doc).mode().map_or("invalid", |m| m.as_str());
            *modes.entry((plan, mode)).or_insert(0u64) += 1;
        }
        let share = |plan, mode| modes.get(&(plan, mode)).copied().unwrap_or(0) * 100 / n;
        assert!((45..=55).contains(&share("enterprise", "legacy")), "{modes:?}");
        assert!((12..=18).contains(&share("enterprise", "allow")), "{modes:?}");
        assert!((3..=7).contains(&share("enterprise", "invalid")), "{modes:?}");
        assert!(share("teams", "unrestricted") > 0 && share("enterprise", "unrestricted") > 0, "{modes:?}");
        assert_eq!(population.settings(42), population.settings(42));
    }
}

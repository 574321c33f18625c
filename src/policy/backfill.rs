//! The deny-to-allow backfill transformation (SPEC §6), pure.
//!
//! A legacy enterprise org's provider deny list becomes an allow list of the snapshot's live
//! providers minus the deny list, under the `provider_policy_mode: "allow"` marker. Everything
//! else in the document stays as it is (the old deny list too, for rollback and history).
//! Before anything is written, each org's effective access under the old settings is compared
//! with that under the new ones over the same snapshot: equal by construction for valid
//! settings, and checking it anyway guards the migration against a bug here and against
//! documents nobody foresaw.

use std::borrow::Cow;

use serde::Serialize;
use serde_json::value::RawValue;

use super::access::{AccessDiff, EffectiveAccess};
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
// A verdict lives for one org on one worker: boxing the migration would cost an allocation
// per org to save stack space nobody needs.
#[allow(clippy::large_enum_variant)]
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
    /// Non-zero only when the invariant fails: how much access the org would gain or lose
    /// (the pairs themselves: [`access_change`]).
    pub access_change: PairChange,
    pub warnings: Vec<String>,
}

impl Migration {
    pub fn preserves_access(&self) -> bool {
        self.access_change == PairChange::default()
    }

    pub fn pairs_changed(&self) -> usize {
        self.access_change.gained + self.access_change.lost
    }
}

/// How many (model, provider) pairs, and exempt models, a change gains and loses.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct PairChange {
    pub gained: usize,
    pub lost: usize,
    pub exempt_changed: usize,
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

    /// Whether [`Self::plan`] would take `org` in (not skip it before looking at the catalog):
    /// a cheap test that spares a planner where a run meets orgs one at a time.
    pub fn takes(org: Org<'_>, scope: Scope) -> bool {
        is_enterprise(org.plan) && in_scope(org.rules, org.settings, scope).is_ok()
    }

    /// Decides and, where in scope, transforms one org. The scope is the gateway's own
    /// script's: enterprise, not already (marker and allow list), `provider_deny_list` defined,
    /// even `[]`. Under the marker rules the new document carries the marker; under the
    /// gateway's later rules, which never read it, it does not.
    pub fn plan(&self, org: Org<'_>) -> Verdict {
        let catalog = self.catalog;
        if !is_enterprise(org.plan) {
            return Verdict::Skip(Skip::NotEnterprise);
        }
        let (deny_list, stale_allow_list) = match in_scope(org.rules, org.settings, self.scope) {
            Ok(lists) => lists,
            Err(skip) => return Verdict::Skip(skip),
        };
        let deny_set = catalog.set_of(deny_list.iter());
        let (denied, allow_list): (Vec<&Live<'_>>, Vec<_>) = self.live.iter().partition(|p| deny_set.contains(p.id));
        let denied: Vec<String> = denied.iter().map(|p| p.slug.to_string()).collect();
        let allowed = allow_list.len();
        if org.rules.is_gateway_reading() {
            // No marker records a migration under these rules: an org whose allow list is
            // already what the backfill would write is done, so a rerun is a no-op.
            let stored = org.settings.gateway_lists().provider_allow_list.as_deref();
            if stored.is_some_and(|l| l.iter().map(String::as_str).eq(allow_list.iter().map(|p| p.slug))) {
                return Verdict::Skip(Skip::AlreadyAllowMode);
            }
        }
        let marker = (!org.rules.is_gateway_reading()).then(|| raw("allow"));
        let new_settings = org
            .settings
            .with_keys([(PROVIDER_ALLOW_LIST, Some(json_list(&allow_list))), (PROVIDER_POLICY_MODE, marker)]);

        let mut warnings = Vec::new();
        let absent: Vec<&str> =
            deny_list.iter().filter(|p| catalog.provider_id(p).is_none()).map(String::as_str).collect();
        if !absent.is_empty() {
            warnings.push(format!("deny list names providers not in the catalog: {}", absent.join(", ")));
        }
        if stale_allow_list {
            warnings.push(match org.rules {
                super::Rules::Marker => "stale provider_allow_list (ignored without the marker) is replaced".into(),
                _ => "stale provider_allow_list (enforced since 2026-05-07) is replaced".into(),
            });
        }
        if allowed == 0 {
            warnings.push("every live provider is denied: the allow list is empty".into());
        }

        let access_change = pair_change(org, &new_settings, catalog);
        Verdict::Migrate(Migration { new_settings, allowed, denied, access_change, warnings })
    }
}

/// An org in scope: its deny list (normalized) when defined, and whether a stale allow list is
/// there; or why it is skipped.
type Scoped<'a> = Result<(Option<Cow<'a, [String]>>, bool), Skip>;

/// Whether an enterprise org's settings are in the backfill's scope under `rules`: its deny
/// list (normalized; empty for an unrestricted org taken in with `include_unrestricted`) and
/// whether a stale allow list is there, or why it is skipped.
fn in_scope(rules: super::Rules, settings: &Settings, scope: Scope) -> Result<(Cow<'_, [String]>, bool), Skip> {
    let scoped =
        if rules.is_gateway_reading() { Planner::gateway_scope(settings) } else { Planner::marker_scope(settings) };
    match scoped? {
        (None, _) if !scope.include_unrestricted => Err(Skip::NoProviderDenyList),
        (deny, stale) => Ok((deny.unwrap_or_default(), stale)),
    }
}

impl Planner<'_> {
    /// Under the marker rules: the normalized deny list when defined, and whether a stale
    /// allow list is there; skips invalid documents and orgs already in allow mode.
    fn marker_scope(settings: &Settings) -> Scoped<'_> {
        let policy = settings.policy().map_err(|_| Skip::InvalidSettings)?;
        if policy.mode() == Mode::Allow {
            return Err(Skip::AlreadyAllowMode);
        }
        let deny = policy.provider_deny_list_defined.then_some(Cow::Borrowed(policy.provider_deny_list.as_slice()));
        Ok((deny, policy.provider_allow_list.is_some()))
    }

    /// Under the gateway's reading: no document is invalid; the marker with an allow list means
    /// done; deny entries are matched to slugs as the operator meant them (normalized).
    fn gateway_scope(settings: &Settings) -> Scoped<'_> {
        let lists = settings.gateway_lists();
        if !lists.is_object {
            // The gateway reads no key of it, and there is nothing to splice an allow list into.
            return Err(Skip::InvalidSettings);
        }
        if lists.allow_marker && lists.provider_allow_list.is_some() {
            return Err(Skip::AlreadyAllowMode);
        }
        let deny = lists
            .provider_deny_list
            .as_ref()
            .map(|l| super::normalize::normalized_list(l.iter().map(String::as_str), super::normalize::provider_slug))
            .map(Cow::Owned);
        Ok((deny, lists.provider_allow_list.is_some()))
    }
}

/// The allow list as JSON text, joined from the slugs' escaped forms: a list of raw values
/// serializes as their text, with no escaping or validation per org.
fn json_list(providers: &[&Live<'_>]) -> Box<RawValue> {
    raw(&providers.iter().map(|p| &*p.json).collect::<Vec<&RawValue>>())
}

/// What re-deriving one planned write found (a plan file is evidence, not authority).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Rederived {
    /// The write is what the backfill makes of the old document; `preserves_access` is the
    /// invariant checked again.
    Matches { preserves_access: bool },
    /// Not what the backfill would write for that document: never written.
    Differs,
}

impl Planner<'_> {
    /// Re-derives a planned write from its old document over this catalog (the plan's, checked
    /// by fingerprint) and compares it with the planned new document, byte for byte.
    pub fn rederive(&self, rules: super::Rules, own_schema: bool, old: &str, planned_new: &str) -> Rederived {
        let old = Settings::parse(old);
        // The plan holds enterprise orgs only; the write itself is guarded by compare-and-swap
        // on this very document.
        match self.plan(Org { plan: "enterprise", settings: &old, custom_models: &[], rules, own_schema }) {
            Verdict::Migrate(m) if m.new_settings.text() == planned_new => {
                Rederived::Matches { preserves_access: m.preserves_access() }
            }
            _ => Rederived::Differs,
        }
    }
}

/// Re-derives a planned write when the catalog it was planned over is gone (the gateway's sync
/// replaces its single row): `old` must be in the backfill's scope under `rules`, and `new` must
/// be `old` with what the backfill writes and nothing else: an allow list of normalized slugs in
/// slug order, without repeats, naming none of the providers `old` denies, and the marker only
/// under the marker rules. Which providers were live then cannot be checked; everything that
/// depends on the document is.
pub fn rederive_without_catalog(rules: super::Rules, scope: Scope, old: &str, new: &str) -> Rederived {
    if !is_backfill_shaped(old, new) {
        return Rederived::Differs;
    }
    let old = Settings::parse(old);
    let Ok((denied, _)) = in_scope(rules, &old, scope) else { return Rederived::Differs };
    let new = Settings::parse(new);
    let Some(Some(allow)) = new.member_text(PROVIDER_ALLOW_LIST) else { return Rederived::Differs };
    let Ok(allow) = serde_json::from_str::<Vec<String>>(&allow) else { return Rederived::Differs };
    let normalized = allow.iter().all(|p| super::normalize::provider_slug(p) == *p && !p.is_empty());
    let ordered = allow.windows(2).all(|w| w[0] < w[1]);
    let allows_denied = allow.iter().any(|p| denied.contains(p));
    let marker = new.member_text(PROVIDER_POLICY_MODE).flatten();
    let marker_as_written = match rules.is_gateway_reading() {
        true => marker.is_none(),
        false => marker.as_deref() == Some("\"allow\""),
    };
    if normalized && ordered && !allows_denied && marker_as_written {
        // Whether access was preserved needs the catalog; a rollback restores either way.
        Rederived::Matches { preserves_access: true }
    } else {
        Rederived::Differs
    }
}

/// Whether `new` is `old` with only what the backfill writes changed: `provider_allow_list`
/// and the marker. What a rollback checks before restoring `old` over `new`, when the catalog
/// the plan was made against may be gone.
pub fn is_backfill_shaped(old: &str, new: &str) -> bool {
    let (old, new) = (Settings::parse(old), Settings::parse(new));
    let member = |key: &str| -> Option<Option<Box<RawValue>>> {
        match new.member_text(key)? {
            None => Some(None),
            Some(text) => RawValue::from_string(text).ok().map(Some),
        }
    };
    let (Some(Some(allow)), Some(mode)) = (member(PROVIDER_ALLOW_LIST), member(PROVIDER_POLICY_MODE)) else {
        return false;
    };
    old.with_keys([(PROVIDER_ALLOW_LIST, Some(allow)), (PROVIDER_POLICY_MODE, mode)]).text() == new.text()
}

/// [`access_change`] counted on bitsets, pair by pair, without naming the pairs: what the bulk
/// plan needs of every org (a migration that restores deny intent changes hundreds of pairs).
pub fn pair_change(org: Org<'_>, new_settings: &Settings, catalog: &Catalog) -> PairChange {
    let before = CompiledPolicy::new(org, catalog);
    let after = CompiledPolicy::new(Org { settings: new_settings, ..org }, catalog);
    if before.same_access_as(&after, catalog) {
        return PairChange::default();
    }
    // Per provider when only the providers differ (the backfill's own change): the same
    // counts as the pass over every model below, for a fraction of the work.
    if let Some((gained, lost)) = before.pairs_changed_to(&after, catalog) {
        return PairChange { gained, lost, exempt_changed: 0 };
    }
    let (a, b) = (before.effective_access(catalog), after.effective_access(catalog));
    let mut change = PairChange::default();
    for i in 0..catalog.models().len() {
        let (x, y) = (a.providers_of(i), b.providers_of(i));
        change.gained += y.difference(x).len();
        change.lost += x.difference(y).len();
    }
    change.exempt_changed = a.exempt().iter().filter(|m| !b.exempt().contains(m)).count()
        + b.exempt().iter().filter(|m| !a.exempt().contains(m)).count();
    change
}

/// The invariant: what the org would gain or lose going from its settings to `new_settings`.
/// The new document is parsed and compiled on its own, so a transformation that broke
/// anything access depends on shows up here.
pub fn access_change(org: Org<'_>, new_settings: &Settings, catalog: &Catalog) -> AccessDiff {
    match accesses_if_different(org, new_settings, catalog) {
        Some((a, b)) if a != b => AccessDiff::between((catalog, &a), (catalog, &b)),
        _ => AccessDiff::default(),
    }
}

/// Effective access under the org's settings and under `new_settings`, each compiled on its
/// own; `None` when their compiled restrictions already show the two equal.
fn accesses_if_different(
    org: Org<'_>,
    new_settings: &Settings,
    catalog: &Catalog,
) -> Option<(EffectiveAccess, EffectiveAccess)> {
    let before = CompiledPolicy::new(org, catalog);
    let after = CompiledPolicy::new(Org { settings: new_settings, ..org }, catalog);
    (!before.same_access_as(&after, catalog))
        .then(|| (before.effective_access(catalog), after.effective_access(catalog)))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::policy::catalog::tests::catalog;
    use serde_json::{json, Value};

    fn run(plan_name: &str, doc: Value, scope: Scope) -> Verdict {
        run_under(crate::policy::Rules::Marker, plan_name, doc, scope)
    }

    fn run_under(rules: crate::policy::Rules, plan_name: &str, doc: Value, scope: Scope) -> Verdict {
        let c = catalog(&[
            ("openai", &["openai/gpt-4o"]),
            ("azure", &["openai/gpt-4o"]),
            ("deepseek", &["deepseek/chat"]),
            ("idle", &[]),
        ]);
        let settings = Settings::from_value(doc);
        Planner::new(&c, scope).plan(super::Org {
            plan: plan_name,
            settings: &settings,
            custom_models: &[],
            rules,
            own_schema: true,
        })
    }

    /// Rolling back without the plan's catalog: every genuine write is accepted under each
    /// rule set, and every way a document pair can claim more than the backfill writes is not.
    #[test]
    fn rederivation_from_the_documents_alone() {
        use crate::policy::Rules;
        let c =
            catalog(&[("openai", &["openai/gpt-4o"]), ("azure", &["openai/gpt-4o"]), ("deepseek", &["deepseek/chat"])]);
        let planner = Planner::new(&c, Scope::default());
        let old = r#"{"keep":1,"provider_deny_list":["DeepSeek"]}"#;
        for rules in [Rules::Marker, Rules::AllowList, Rules::Current] {
            let settings = Settings::parse(old);
            let org = Org { plan: "enterprise", settings: &settings, custom_models: &[], rules, own_schema: true };
            let Verdict::Migrate(m) = planner.plan(org) else { panic!("{rules}") };
            let new = m.new_settings.text();
            assert!(
                matches!(rederive_without_catalog(rules, Scope::default(), old, new), Rederived::Matches { .. }),
                "{rules}: {new}"
            );
        }
        let marker = |allow: &str| {
            format!(
                r#"{{"keep":1,"provider_deny_list":["DeepSeek"],"provider_allow_list":{allow},"provider_policy_mode":"allow"}}"#
            )
        };
        let refused: [(&str, String); 6] = [
            ("a denied provider allowed", marker(r#"["azure","deepseek","openai"]"#)),
            ("out of slug order", marker(r#"["openai","azure"]"#)),
            ("repeated", marker(r#"["azure","azure"]"#)),
            ("not normalized", marker(r#"["Azure","openai"]"#)),
            ("no marker under the marker rules", r#"{"keep":1,"provider_deny_list":["DeepSeek"],"provider_allow_list":["azure"]}"#.into()),
            ("another key changed", r#"{"keep":2,"provider_deny_list":["DeepSeek"],"provider_allow_list":["azure"],"provider_policy_mode":"allow"}"#.into()),
        ];
        for (why, new) in &refused {
            assert_eq!(
                rederive_without_catalog(Rules::Marker, Scope::default(), old, new),
                Rederived::Differs,
                "{why}"
            );
        }
        // Out of scope: no deny list (unless unrestricted orgs were planned), or a marker
        // written under the gateway's rules.
        let unrestricted = r#"{"keep":1}"#;
        let written = r#"{"keep":1,"provider_allow_list":["azure","openai"]}"#;
        assert_eq!(
            rederive_without_catalog(Rules::Current, Scope::default(), unrestricted, written),
            Rederived::Differs
        );
        let everyone = Scope { include_unrestricted: true };
        assert!(matches!(
            rederive_without_catalog(Rules::Current, everyone, unrestricted, written),
            Rederived::Matches { .. }
        ));
        let with_marker = r#"{"keep":1,"provider_allow_list":["azure","openai"],"provider_policy_mode":"allow"}"#;
        assert_eq!(rederive_without_catalog(Rules::Current, everyone, unrestricted, with_marker), Rederived::Differs);
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
            // The gateway's script's scope: a defined deny list, even an empty one.
            (e, json!({"model_deny_list": ["a/b"], "provider_deny_list": []}), Scope::default(), None),
            (
                e,
                json!({"model_deny_list": ["a/b"], "provider_deny_list": null}),
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

    /// Under the gateway's later rules: no document is invalid, no marker is written, and the
    /// deny intent the gateway dropped on 2026-05-07 comes back as an access change.
    #[test]
    fn gateway_rules() {
        use crate::policy::Rules;
        let e = "enterprise";
        for rules in [Rules::AllowList, Rules::Current] {
            let skip = |doc: serde_json::Value| match run_under(rules, e, doc, Scope::default()) {
                Verdict::Skip(s) => Some(s),
                Verdict::Migrate(_) => None,
            };
            assert_eq!(skip(json!({"provider_deny_list": "deepseek"})), Some(Skip::NoProviderDenyList));
            assert_eq!(
                skip(
                    json!({"provider_policy_mode": "allow", "provider_allow_list": ["openai"], "provider_deny_list": []})
                ),
                Some(Skip::AlreadyAllowMode)
            );
            assert_eq!(skip(json!("{\"provider_deny_list\":[\"x\"]}")), Some(Skip::InvalidSettings));
            // What an earlier run wrote (no marker under these rules) is done: a rerun is a no-op.
            let done = json!({"provider_deny_list": ["deepseek"], "provider_allow_list": ["azure", "openai"]});
            assert_eq!(skip(done), Some(Skip::AlreadyAllowMode));
            let Verdict::Migrate(m) =
                run_under(rules, e, json!({"provider_deny_list": ["DeepSeek"], "quota": 1}), Scope::default())
            else {
                panic!("not migrated")
            };
            let text = m.new_settings.text();
            assert!(!text.contains("provider_policy_mode"), "{text}");
            assert!(text.contains("\"quota\":1"), "{text}");
            assert!(!m.preserves_access(), "deny intent restored: access changes under {rules}");
            assert_eq!(m.access_change.gained, 0);
        }
    }

    /// A write is re-derived from its old document: an edited allow list, another document,
    /// or an entry for an org already done is refused.
    #[test]
    fn rederivation_refuses_what_the_backfill_would_not_write() {
        use crate::policy::Rules;
        let c =
            catalog(&[("openai", &["openai/gpt-4o"]), ("azure", &["openai/gpt-4o"]), ("deepseek", &["deepseek/chat"])]);
        let planner = Planner::new(&c, Scope::default());
        let old = r#"{"provider_deny_list":["deepseek"],"z":1}"#;
        let settings = Settings::parse(old);
        let org = Org {
            plan: "enterprise",
            settings: &settings,
            custom_models: &[],
            rules: Rules::Marker,
            own_schema: false,
        };
        let Verdict::Migrate(m) = planner.plan(org) else { panic!("not migrated") };
        let new = m.new_settings.text().to_string();
        assert_eq!(planner.rederive(Rules::Marker, false, old, &new), Rederived::Matches { preserves_access: true });
        let tampered = new.replace("\"azure\",", "\"azure\",\"deepseek\",");
        assert_ne!(tampered, new);
        for (old, new) in [(old, tampered.as_str()), (old, "\"hello\""), (old, "[]"), (new.as_str(), new.as_str())] {
            assert_eq!(planner.rederive(Rules::Marker, false, old, new), Rederived::Differs, "{old} -> {new}");
        }
        // Under the gateway's rules the invariant comes back as an access change.
        let Verdict::Migrate(g) = planner.plan(Org { rules: Rules::Current, ..org }) else { panic!() };
        assert_eq!(
            planner.rederive(Rules::Current, false, old, g.new_settings.text()),
            Rederived::Matches { preserves_access: false }
        );
        // Rollback's check: only the allow list and the marker differ.
        assert!(is_backfill_shaped(old, &new));
        assert!(is_backfill_shaped(old, g.new_settings.text()));
        assert!(!is_backfill_shaped(old, &new.replace("\"z\":1", "\"z\":2")));
        assert!(!is_backfill_shaped(old, "\"hello\""));
        assert!(!is_backfill_shaped(old, old));
    }

    /// The counts the bulk plan keeps are those of the full diff `diff --migration` shows.
    #[test]
    fn pair_counts_match_the_full_diff() {
        use crate::policy::Rules;
        let c = catalog(&[
            ("openai", &["openai/gpt-4o"]),
            ("azure", &["openai/gpt-4o"]),
            ("deepseek", &["deepseek/chat"]),
            ("idle", &[]),
        ]);
        for rules in [Rules::Marker, Rules::AllowList, Rules::Current] {
            for doc in [
                json!({"provider_deny_list": ["deepseek", "azure"]}),
                json!({"provider_deny_list": ["deepseek"], "provider_allow_list": ["azure"]}),
                json!({"provider_deny_list": []}),
            ] {
                let settings = Settings::from_value(doc.clone());
                let org = Org { plan: "enterprise", settings: &settings, custom_models: &[], rules, own_schema: true };
                let Verdict::Migrate(m) = Planner::new(&c, Scope::default()).plan(org) else { panic!("{doc}") };
                let full = access_change(org, &m.new_settings, &c);
                assert_eq!(
                    (m.access_change.gained, m.access_change.lost),
                    (full.gained.len(), full.lost.len()),
                    "{rules} {doc}"
                );
                assert_eq!(m.preserves_access(), full.is_empty(), "{rules} {doc}");
            }
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
        let org = super::Org {
            plan: "enterprise",
            settings: &old,
            custom_models: &[],
            rules: crate::policy::Rules::Marker,
            own_schema: false,
        };
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

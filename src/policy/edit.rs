//! Policy edits as set operations on one settings key (SPEC §5).
//!
//! Because an edit is "add these entries to / remove them from this list", it can be re-applied
//! to whatever document is current when a compare-and-swap write loses a race, without
//! overwriting the other writer's change.

use super::catalog::Catalog;
use super::evaluate::{CompiledPolicy, Org, Request};
use super::settings::{
    self, list_value, model_provider_value, InvalidSettings, ModelProvider, Settings, MODEL_DENY_LIST,
    MODEL_PROVIDER_DENY_LIST, PROVIDER_ALLOW_LIST, PROVIDER_DENY_LIST,
};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Verb {
    Allow,
    Deny,
}

impl Verb {
    fn past(self) -> &'static str {
        match self {
            Verb::Allow => "allowed",
            Verb::Deny => "denied",
        }
    }
}

/// What an edit names, normalized.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Target {
    Providers(Vec<String>),
    Models(Vec<String>),
    /// Single model/provider combinations.
    Combos(Vec<ModelProvider>),
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Edit {
    pub verb: Verb,
    pub target: Target,
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum EditError {
    #[error("access configuration is not enforced for plan '{0}'")]
    NotEnterprise(String),
    #[error("{0}; orgpolicy does not edit an invalid document")]
    Invalid(InvalidSettings),
    /// Model/provider combinations on the gateway's database: no gateway version reads them
    /// (they are orgpolicy's own schema's extension).
    #[error("model/provider combinations are not read by any gateway version")]
    CombosUnsupported,
}

/// The result of applying an edit to one document.
#[derive(Debug, Clone)]
pub struct Applied {
    pub settings: Settings,
    /// The key the edit wrote.
    pub key: &'static str,
    /// Entries that went into or out of the list (only those that were not already so).
    pub added: Vec<String>,
    pub removed: Vec<String>,
    /// `default_model` when the edit made it disallowed and so cleared it.
    pub cleared_default: Option<String>,
    /// One line for the audit message, e.g. "denied providers: novita (added to provider_deny_list)".
    pub summary: String,
}

impl Applied {
    /// An edit that changes nothing, and why.
    fn unchanged(settings: &Settings, key: &'static str, summary: String) -> Self {
        Self { settings: settings.clone(), key, added: Vec::new(), removed: Vec::new(), cleared_default: None, summary }
    }

    pub fn is_noop(&self) -> bool {
        self.added.is_empty() && self.removed.is_empty()
    }
}

/// Adds or removes `items` in `current`; returns the new list (sorted, deduplicated) and the
/// items that actually changed membership.
fn set_edit<T: Ord + Clone>(current: &[T], items: &[T], add: bool) -> (Vec<T>, Vec<T>) {
    let mut list = current.to_vec();
    let mut changed = Vec::new();
    for item in items {
        let present = list.contains(item);
        if add && !present {
            list.push(item.clone());
            changed.push(item.clone());
        } else if !add && present {
            list.retain(|x| x != item);
            changed.push(item.clone());
        }
    }
    list.sort();
    list.dedup();
    changed.sort();
    changed.dedup();
    (list, changed)
}

fn describe_combo(c: &ModelProvider) -> String {
    format!("{} via {}", c.model, c.provider)
}

/// Applies `edit` to an org's settings. Refuses non-enterprise plans and invalid documents.
pub fn apply(edit: &Edit, org: Org<'_>, catalog: &Catalog) -> Result<Applied, EditError> {
    if matches!(edit.target, Target::Combos(_)) && !org.own_schema {
        return Err(EditError::CombosUnsupported);
    }
    if org.rules.is_gateway_reading() {
        let list = match &edit.target {
            Target::Providers(slugs) => Some((PROVIDER_ALLOW_LIST, "providers", slugs)),
            Target::Models(models) => Some((MODEL_DENY_LIST, "models", models)),
            // Orgpolicy's own extension: edited by its own reading under every rules set.
            Target::Combos(_) => None,
        };
        if let Some((key, noun, names)) = list {
            return apply_gateway(edit.verb, (key, noun, names), org, catalog);
        }
    }
    let policy = editable(org)?;
    let adding = |list_is_allow: bool| (edit.verb == Verb::Allow) == list_is_allow;
    let (key, value, changed, add, noun) = match &edit.target {
        Target::Providers(slugs) => {
            let (key, current, add) = match policy.enforced_allow_list() {
                Some(allow) => (PROVIDER_ALLOW_LIST, allow.to_vec(), adding(true)),
                None => (PROVIDER_DENY_LIST, policy.provider_deny_list.clone(), adding(false)),
            };
            let (list, changed) = set_edit(&current, slugs, add);
            (key, list_value(&list), changed, add, "providers")
        }
        Target::Models(models) => {
            let add = adding(false);
            let (list, changed) = set_edit(&policy.model_deny_list, models, add);
            (MODEL_DENY_LIST, list_value(&list), changed, add, "models")
        }
        Target::Combos(combos) => {
            let add = adding(false);
            let (list, changed) = set_edit(&policy.model_provider_deny_list, combos, add);
            let changed = changed.iter().map(describe_combo).collect();
            (MODEL_PROVIDER_DENY_LIST, model_provider_value(&list), changed, add, "model/provider combinations")
        }
    };
    let (added, removed) = if add { (changed, Vec::new()) } else { (Vec::new(), changed) };
    let names = if add { &added } else { &removed };
    let mut summary = format!(
        "{} {noun}: {} ({} {key})",
        edit.verb.past(),
        names.join(", "),
        if add { "added to" } else { "removed from" }
    );
    if names.is_empty() {
        return Ok(Applied::unchanged(org.settings, key, format!("no change: {noun} already {}", edit.verb.past())));
    }
    let mut after = org.settings.with_key(key, Some(value));
    let cleared_default = newly_disallowed_default(org, &after, catalog);
    if let Some(model) = &cleared_default {
        after = after.with_key(settings::DEFAULT_MODEL, None);
        summary.push_str(&format!("; cleared default_model '{model}', no longer allowed"));
    }
    Ok(Applied { settings: after, key, added, removed, cleared_default, summary })
}

/// [`apply`] under the gateway's `allow-list`/`current` rules: only `provider_allow_list` and
/// `model_deny_list` are written, the lists the gateway reads. Entries already stored are kept
/// exactly as they are (rewriting `OpenAI` to `openai` would change access), new ones are
/// appended in normalized form. Denying a provider of an org without an allow list creates one
/// from the live providers minus the denied ones.
fn apply_gateway(
    verb: Verb,
    (key, noun, names): (&'static str, &str, &[String]),
    org: Org<'_>,
    catalog: &Catalog,
) -> Result<Applied, EditError> {
    if !super::evaluate::is_enterprise(org.plan) {
        return Err(EditError::NotEnterprise(org.plan.to_string()));
    }
    let current = gateway_list(org.settings, key)?;
    let normalize: fn(&str) -> String =
        if key == MODEL_DENY_LIST { super::normalize::model_id } else { super::normalize::provider_slug };
    // What each name does to the list: allow adds to the allow list and takes off the deny list.
    let add = (verb == Verb::Allow) == (key == PROVIDER_ALLOW_LIST);
    let list = match (&current, key, add) {
        (None, PROVIDER_ALLOW_LIST, true) => None,
        (None, PROVIDER_ALLOW_LIST, false) => Some(catalog.slugs(catalog.live())),
        (list, _, _) => Some(list.clone().unwrap_or_default()),
    };
    let Some(mut list) = list else {
        let why = "no change: the organization has no provider allow list, so every provider is allowed";
        return Ok(Applied::unchanged(org.settings, key, why.into()));
    };
    // Only an allow list is created from the catalog; a missing deny list simply starts.
    let created = current.is_none() && key == PROVIDER_ALLOW_LIST;
    let mut changed = Vec::new();
    for name in names {
        let matches = |entry: &String| normalize(entry) == *name;
        if add && !list.iter().any(|e| e == name) {
            list.push(name.clone());
            changed.push(name.clone());
        } else if !add && list.iter().any(matches) {
            list.retain(|e| !matches(e));
            changed.push(name.clone());
        }
    }
    if changed.is_empty() {
        let why = match created {
            true => format!("no change: {} not among the live providers", names.join(", ")),
            false => format!("no change: {noun} already {}", verb.past()),
        };
        return Ok(Applied::unchanged(org.settings, key, why));
    }
    let mut summary = format!(
        "{} {noun}: {} ({} {key})",
        verb.past(),
        changed.join(", "),
        if add { "added to" } else { "removed from" }
    );
    if created {
        summary = format!(
            "{summary}; created {key} from the {} live providers: providers that join the catalog later need approval",
            list.len() + changed.len()
        );
    }
    let (added, removed) = if add { (changed, Vec::new()) } else { (Vec::new(), changed) };
    let list = as_the_gateway_writes(key, list);
    let mut after = org.settings.with_key(key, Some(list_value(&list)));
    let cleared_default = cleared_by_the_gateway(&after, catalog);
    if let Some(model) = &cleared_default {
        after = after.with_key(settings::DEFAULT_MODEL, None);
        summary.push_str(&format!("; cleared default_model '{model}', no longer allowed"));
    }
    Ok(Applied { settings: after, key, added, removed, cleared_default, summary })
}

/// What the gateway's `updateAllowLists` stores for a list it is given (K:0877964): providers
/// deduplicated, the first kept; deny entries cut at `:` (case kept) and deduplicated.
fn as_the_gateway_writes(key: &str, list: Vec<String>) -> Vec<String> {
    let mut out: Vec<String> = Vec::with_capacity(list.len());
    for entry in list {
        let entry = if key == MODEL_DENY_LIST { super::gateway::normalize_model_id(&entry).to_string() } else { entry };
        if !out.contains(&entry) {
            out.push(entry);
        }
    }
    out
}

/// The `default_model` the gateway clears with a change of the lists: one its listing predicate
/// refuses under the new lists (never `kilo-auto/org`; nothing when no list restricts).
fn cleared_by_the_gateway(after: &Settings, catalog: &Catalog) -> Option<String> {
    let lists = after.gateway_lists();
    let model = lists.default_model.clone()?;
    let restricted = lists.provider_allow_list.is_some() || !lists.model_deny_list.is_empty();
    let allowed =
        model == catalog.facts().auto.org || !restricted || super::request::listing_allows(lists, catalog, &model);
    (!allowed).then_some(model)
}

/// A list key of the stored document as it is (`None` when absent or null); refuses a
/// document that is not an object and a key that is not a list of strings, which no edit can
/// change without guessing.
fn gateway_list(settings: &Settings, key: &str) -> Result<Option<Vec<String>>, EditError> {
    let invalid = |reason: String| EditError::Invalid(InvalidSettings { key: Some(key.into()), reason });
    let Some(member) = settings.member_text(key) else {
        return Err(EditError::Invalid(InvalidSettings {
            key: None,
            reason: "is not a JSON object (the gateway reads no key of it)".into(),
        }));
    };
    let Some(text) = member else { return Ok(None) };
    match serde_json::from_str::<serde_json::Value>(&text) {
        Ok(serde_json::Value::Null) => Ok(None),
        Ok(serde_json::Value::Array(items)) => items
            .iter()
            .map(|i| i.as_str().map(String::from))
            .collect::<Option<Vec<String>>>()
            .map(Some)
            .ok_or_else(|| invalid("holds entries that are not strings".into())),
        Ok(other) => Err(invalid(format!(
            "must be a list of strings, found {} (the gateway ignores it)",
            settings::describe(&other)
        ))),
        Err(e) => Err(invalid(format!("cannot be read ({e})"))),
    }
}

/// The org's policy when it may be edited: enterprise plan and a valid document.
pub fn editable<'a>(org: Org<'a>) -> Result<&'a super::settings::Policy, EditError> {
    if !super::evaluate::is_enterprise(org.plan) {
        return Err(EditError::NotEnterprise(org.plan.to_string()));
    }
    org.settings.policy().map_err(|e| EditError::Invalid(e.clone()))
}

/// The org's `default_model` if it was allowed before and is not under `after`.
fn newly_disallowed_default(org: Org<'_>, after: &Settings, catalog: &Catalog) -> Option<String> {
    let model = after.policy().ok()?.default_model.clone()?;
    let allowed = |settings: &Settings| {
        let policy = CompiledPolicy::new(Org { settings, ..org }, catalog);
        policy.decide(catalog, &Request::new(catalog, &model, None), &mut ()).reason.is_allowed()
    };
    (allowed(org.settings) && !allowed(after)).then_some(model)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::policy::catalog::tests::catalog;
    use serde_json::{json, Value};

    fn run(plan: &str, doc: Value, edit: Edit) -> Result<Applied, EditError> {
        let c = catalog(&[
            ("openai", &["openai/gpt-4o"]),
            ("azure", &["openai/gpt-4o"]),
            ("anthropic", &["anthropic/claude"]),
            ("novita", &["moonshotai/kimi-k2.5"]),
        ]);
        let settings = Settings::from_value(doc);
        apply(
            &edit,
            Org {
                plan,
                settings: &settings,
                custom_models: &[],
                rules: crate::policy::Rules::Marker,
                own_schema: true,
            },
            &c,
        )
    }

    /// Under the gateway's later rules: what the gateway reads is edited, stored entries stay
    /// as they are, and nothing else is written.
    #[test]
    fn gateway_edits() {
        let c = catalog(&[
            ("openai", &["openai/gpt-4o"]),
            ("azure", &["openai/gpt-4o"]),
            ("anthropic", &["anthropic/claude"]),
        ]);
        let models = |verb: Verb, ids: &[&str]| Edit {
            verb,
            target: Target::Models(ids.iter().map(|s| s.to_string()).collect()),
        };
        type Case = (Value, Edit, Result<&'static str, &'static str>);
        let cases: Vec<Case> = vec![
            // No allow list: denying creates one from the live providers; allowing changes nothing.
            (
                json!({"provider_deny_list": ["azure"], "q": 1e3}),
                providers(Verb::Deny, &["anthropic"]),
                Ok(r#"{"provider_deny_list":["azure"],"q":1e3,"provider_allow_list":["azure","openai"]}"#),
            ),
            (json!({"q": 1}), providers(Verb::Allow, &["anthropic"]), Ok(r#"{"q":1}"#)),
            // Stored entries as they are (the wrong-case one denies nothing; rewriting it would allow).
            (
                json!({"provider_allow_list": ["OpenAI", "azure"]}),
                providers(Verb::Allow, &["anthropic"]),
                Ok(r#"{"provider_allow_list":["OpenAI","azure","anthropic"]}"#),
            ),
            (
                json!({"provider_allow_list": ["OpenAI", "azure"]}),
                providers(Verb::Deny, &["openai"]),
                Ok(r#"{"provider_allow_list":["azure"]}"#),
            ),
            // Written as the gateway's updateAllowLists writes a list it is given: deny entries
            // cut at `:` (case kept) and deduplicated, provider entries deduplicated, in order.
            (
                json!({"model_deny_list": ["A/B:free", "a/b", "A/B"]}),
                models(Verb::Deny, &["openai/gpt-4o"]),
                Ok(r#"{"model_deny_list":["A/B","a/b","openai/gpt-4o"]}"#),
            ),
            (
                json!({"provider_allow_list": ["azure", "openai", "azure"]}),
                providers(Verb::Allow, &["anthropic"]),
                Ok(r#"{"provider_allow_list":["azure","openai","anthropic"]}"#),
            ),
            // A default model the new lists refuse is cleared, as the gateway clears it; never
            // kilo-auto/org.
            (
                json!({"provider_allow_list": ["openai", "anthropic"], "default_model": "anthropic/claude"}),
                providers(Verb::Deny, &["anthropic"]),
                Ok(r#"{"provider_allow_list":["openai"]}"#),
            ),
            (
                json!({"provider_allow_list": ["openai"], "default_model": "Anthropic/Claude"}),
                models(Verb::Deny, &["x/y"]),
                Ok(r#"{"provider_allow_list":["openai"],"model_deny_list":["x/y"]}"#),
            ),
            (
                json!({"provider_allow_list": ["openai"], "default_model": "kilo-auto/org"}),
                providers(Verb::Deny, &["openai"]),
                Ok(r#"{"provider_allow_list":[],"default_model":"kilo-auto/org"}"#),
            ),
            (json!({"model_deny_list": ["A/B:free"]}), models(Verb::Allow, &["a/b"]), Ok(r#"{"model_deny_list":[]}"#)),
            (json!({"q": 1}), models(Verb::Deny, &["a/b"]), Ok(r#"{"q":1,"model_deny_list":["a/b"]}"#)),
            (json!({"q": 1}), models(Verb::Allow, &["a/b"]), Ok(r#"{"q":1}"#)),
            // Refusals.
            (
                json!({"provider_allow_list": "openai"}),
                providers(Verb::Deny, &["openai"]),
                Err("must be a list of strings"),
            ),
            (json!({"model_deny_list": [1]}), models(Verb::Deny, &["a/b"]), Err("not strings")),
            (json!("{}"), models(Verb::Deny, &["a/b"]), Err("not a JSON object")),
            (json!({}), Edit { verb: Verb::Deny, target: Target::Combos(vec![]) }, Err("combinations")),
        ];
        for (doc, edit, want) in cases {
            let settings = Settings::parse(&doc.to_string().replace("1000.0", "1e3"));
            let org = Org {
                plan: "enterprise",
                settings: &settings,
                custom_models: &[],
                rules: crate::policy::Rules::Current,
                own_schema: false,
            };
            match (apply(&edit, org, &c), want) {
                (Ok(applied), Ok(text)) => {
                    assert_eq!(applied.settings.text(), text, "{doc} {edit:?}");
                    let created = applied.summary.contains("created");
                    assert_eq!(
                        created,
                        applied.key == PROVIDER_ALLOW_LIST
                            && !doc.to_string().contains("provider_allow_list")
                            && !applied.is_noop(),
                        "{}",
                        applied.summary
                    );
                }
                (Err(e), Err(message)) => assert!(e.to_string().contains(message), "{doc} {edit:?}: {e}"),
                (got, want) => panic!("{doc} {edit:?}: got {got:?}, want {want:?}"),
            }
        }
    }

    /// Model/provider combinations are orgpolicy's own schema's extension: written there under
    /// every rules set by the tool's reading, refused on the gateway's database under any.
    #[test]
    fn combinations_are_the_own_schemas_under_every_rules_set() {
        use crate::policy::Rules;
        let c = catalog(&[("openai", &["openai/gpt-4o"]), ("azure", &["openai/gpt-4o"])]);
        let combo = Edit {
            verb: Verb::Deny,
            target: Target::Combos(vec![ModelProvider { model: "openai/gpt-4o".into(), provider: "azure".into() }]),
        };
        let settings = Settings::parse(r#"{"provider_allow_list":["openai","azure"]}"#);
        for rules in [Rules::Marker, Rules::AllowList, Rules::Current] {
            let org = Org { plan: "enterprise", settings: &settings, custom_models: &[], rules, own_schema: true };
            let applied = apply(&combo, org, &c).unwrap();
            assert_eq!(
                applied.settings.text(),
                r#"{"provider_allow_list":["openai","azure"],"model_provider_deny_list":[{"model":"openai/gpt-4o","provider":"azure"}]}"#,
                "{rules}"
            );
            let after = CompiledPolicy::new(Org { settings: &applied.settings, ..org }, &c);
            let gpt = c.model_id("openai/gpt-4o").unwrap();
            assert_eq!(c.slugs(after.effective_access(&c).providers_of(gpt as usize)), ["openai"], "{rules}");
            let gateway = Org { own_schema: false, ..org };
            assert!(matches!(apply(&combo, gateway, &c), Err(EditError::CombosUnsupported)), "{rules}");
            // Stored on the gateway's database, the key is read by no gateway version.
            let ignored = CompiledPolicy::new(Org { settings: &applied.settings, ..gateway }, &c);
            assert_eq!(
                c.slugs(ignored.effective_access(&c).providers_of(gpt as usize)),
                ["azure", "openai"],
                "{rules}"
            );
        }
    }

    fn providers(verb: Verb, slugs: &[&str]) -> Edit {
        Edit { verb, target: Target::Providers(slugs.iter().map(|s| s.to_string()).collect()) }
    }

    #[test]
    fn edits_by_mode() {
        let allow_mode = json!({"x": 1, "provider_policy_mode": "allow", "provider_allow_list": ["openai"]});
        let legacy = json!({"provider_deny_list": ["Azure"], "y": [2]});
        type Case = (Value, Edit, &'static str);
        let cases: Vec<Case> = vec![
            (
                allow_mode.clone(),
                providers(Verb::Allow, &["anthropic"]),
                r#"{"x":1,"provider_policy_mode":"allow","provider_allow_list":["anthropic","openai"]}"#,
            ),
            (
                allow_mode.clone(),
                providers(Verb::Deny, &["openai"]),
                r#"{"x":1,"provider_policy_mode":"allow","provider_allow_list":[]}"#,
            ),
            (
                legacy.clone(),
                providers(Verb::Deny, &["novita"]),
                r#"{"provider_deny_list":["azure","novita"],"y":[2]}"#,
            ),
            (legacy.clone(), providers(Verb::Allow, &["azure"]), r#"{"provider_deny_list":[],"y":[2]}"#),
            (json!({}), providers(Verb::Deny, &["novita"]), r#"{"provider_deny_list":["novita"]}"#),
            (
                json!({}),
                Edit { verb: Verb::Deny, target: Target::Models(vec!["openai/gpt-4o".into()]) },
                r#"{"model_deny_list":["openai/gpt-4o"]}"#,
            ),
            (
                json!({"model_deny_list": ["a/b", "openai/gpt-4o"]}),
                Edit { verb: Verb::Allow, target: Target::Models(vec!["openai/gpt-4o".into()]) },
                r#"{"model_deny_list":["a/b"]}"#,
            ),
            (
                allow_mode.clone(),
                Edit {
                    verb: Verb::Deny,
                    target: Target::Combos(vec![ModelProvider {
                        model: "openai/gpt-4o".into(),
                        provider: "azure".into(),
                    }]),
                },
                r#"{"x":1,"provider_policy_mode":"allow","provider_allow_list":["openai"],"model_provider_deny_list":[{"model":"openai/gpt-4o","provider":"azure"}]}"#,
            ),
        ];
        for (doc, edit, want) in cases {
            let got = run("enterprise", doc.clone(), edit.clone()).unwrap();
            assert_eq!(got.settings.text(), want, "{doc} {edit:?}");
            assert!(!got.is_noop());
        }
    }

    #[test]
    fn noops_refusals_and_default_model() {
        let noop =
            run("enterprise", json!({"provider_deny_list": ["azure"]}), providers(Verb::Deny, &["azure"])).unwrap();
        assert!(noop.is_noop());
        assert_eq!(noop.settings.text(), r#"{"provider_deny_list":["azure"]}"#);

        assert_eq!(
            run("teams", json!({}), providers(Verb::Deny, &["azure"])).unwrap_err(),
            EditError::NotEnterprise("teams".into())
        );
        assert!(matches!(
            run("enterprise", json!({"provider_deny_list": "x"}), providers(Verb::Deny, &["azure"])),
            Err(EditError::Invalid(_))
        ));

        let doc = json!({"provider_policy_mode": "allow", "provider_allow_list": ["openai", "anthropic"], "default_model": "openai/gpt-4o"});
        let got = run("enterprise", doc, providers(Verb::Deny, &["openai"])).unwrap();
        assert_eq!(got.cleared_default.as_deref(), Some("openai/gpt-4o"));
        assert_eq!(got.settings.text(), r#"{"provider_policy_mode":"allow","provider_allow_list":["anthropic"]}"#);
        assert_eq!(got.summary, "denied providers: openai (removed from provider_allow_list); cleared default_model 'openai/gpt-4o', no longer allowed");

        // Still reachable through azure: nothing to clear.
        let doc = json!({"provider_deny_list": [], "default_model": "openai/gpt-4o"});
        assert_eq!(run("enterprise", doc, providers(Verb::Deny, &["openai"])).unwrap().cleared_default, None);
    }
}

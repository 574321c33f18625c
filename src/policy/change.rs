//! Fleet changes (`change plan`): one operation over the orgs a selector picks, as a pure
//! transformation of each org's settings, re-derivable when the plan is applied. The backfill
//! is one operation among them (its transformation lives in [`super::backfill`]); the list
//! operations are the one-org edits of [`super::edit`], so they write what `providers` and
//! `models` edits write, the gateway's `updateAllowLists` shape on its database.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::catalog::Catalog;
use super::edit::{self, Edit, Target, Verb};
use super::evaluate::Org;
use super::normalize;
use super::settings::{Mode, Settings};
use super::Rules;

/// What a fleet change does to each org it selects.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "op", rename_all = "snake_case")]
pub enum Operation {
    /// Deny lists become allow lists without changing access (`backfill plan`).
    Backfill { include_unrestricted: bool },
    /// Add the model to the model deny list.
    DenyModel { model: String },
    /// Take the model off the model deny list.
    AllowModel { model: String },
    /// Take the provider out of allow lists that hold it.
    RemoveProvider { provider: String },
    /// Add the provider to allow lists (only those holding `with`, when given).
    AddProvider {
        provider: String,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        with: Option<String>,
    },
}

/// Why an operation leaves a selected org alone.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Untouched {
    /// Its plan enforces no access configuration.
    NotEnterprise,
    /// Its document cannot be edited without guessing (not an object, a list of other types).
    InvalidSettings,
    /// Its allow list does not hold the provider (`remove_provider`), or it has none, or not
    /// `with` (`add_provider`).
    NoSuchAllowList,
    /// It already is as the operation would leave it.
    AlreadyDone,
    /// The change would leave its enabled Organization Auto with a route or fallback its lists
    /// refuse, which the gateway refuses (and so does a one-org edit).
    BreaksOrgAuto,
}

impl Untouched {
    pub fn as_str(self) -> &'static str {
        match self {
            Untouched::NotEnterprise => "not_enterprise",
            Untouched::InvalidSettings => "invalid_settings",
            Untouched::NoSuchAllowList => "no_such_allow_list",
            Untouched::AlreadyDone => "already_done",
            Untouched::BreaksOrgAuto => "breaks_org_auto",
        }
    }
}

/// What an operation writes to one org: its new settings and one line saying what changed.
#[derive(Debug, Clone)]
pub struct Changed {
    pub settings: Settings,
    pub summary: String,
}

impl Operation {
    /// The operation in words, for confirmations and audit messages.
    pub fn describe(&self) -> String {
        match self {
            Operation::Backfill { .. } => "provider deny lists converted to allow lists".into(),
            Operation::DenyModel { model } => format!("model {model} denied"),
            Operation::AllowModel { model } => format!("model {model} allowed again"),
            Operation::RemoveProvider { provider } => format!("provider {provider} removed from allow lists"),
            Operation::AddProvider { provider, with: None } => format!("provider {provider} added to allow lists"),
            Operation::AddProvider { provider, with: Some(q) } => {
                format!("provider {provider} added to allow lists holding {q}")
            }
        }
    }

    /// The settings key it writes (the backfill writes several).
    pub fn key(&self) -> Option<&'static str> {
        match self {
            Operation::Backfill { .. } => None,
            Operation::DenyModel { .. } | Operation::AllowModel { .. } => Some(super::settings::MODEL_DENY_LIST),
            Operation::RemoveProvider { .. } | Operation::AddProvider { .. } => {
                Some(super::settings::PROVIDER_ALLOW_LIST)
            }
        }
    }

    /// The names it takes, normalized as lists store them.
    pub fn normalized(self) -> Self {
        match self {
            Operation::DenyModel { model } => Operation::DenyModel { model: normalize::model_id(&model) },
            Operation::AllowModel { model } => Operation::AllowModel { model: normalize::model_id(&model) },
            Operation::RemoveProvider { provider } => {
                Operation::RemoveProvider { provider: normalize::provider_slug(&provider) }
            }
            Operation::AddProvider { provider, with } => Operation::AddProvider {
                provider: normalize::provider_slug(&provider),
                with: with.map(|q| normalize::provider_slug(&q)),
            },
            backfill @ Operation::Backfill { .. } => backfill,
        }
    }

    /// What the operation writes to `org` (a list edit; the backfill is planned by its own
    /// planner), or why it leaves it alone.
    pub fn transform(&self, org: Org<'_>, catalog: &Catalog) -> Result<Changed, Untouched> {
        let edit = match self {
            Operation::Backfill { .. } => return Err(Untouched::AlreadyDone),
            Operation::DenyModel { model } => Edit { verb: Verb::Deny, target: Target::Models(vec![model.clone()]) },
            Operation::AllowModel { model } => Edit { verb: Verb::Allow, target: Target::Models(vec![model.clone()]) },
            Operation::RemoveProvider { provider } => {
                if !allow_list_holds(org, provider) {
                    return Err(Untouched::NoSuchAllowList);
                }
                Edit { verb: Verb::Deny, target: Target::Providers(vec![provider.clone()]) }
            }
            Operation::AddProvider { provider, with } => {
                let has_list = allow_list(org).is_some();
                if !has_list || with.as_ref().is_some_and(|q| !allow_list_holds(org, q)) {
                    return Err(Untouched::NoSuchAllowList);
                }
                Edit { verb: Verb::Allow, target: Target::Providers(vec![provider.clone()]) }
            }
        };
        match edit::apply(&edit, org, catalog) {
            Ok(applied) if applied.is_noop() => Err(Untouched::AlreadyDone),
            Ok(applied) => Ok(Changed { settings: applied.settings, summary: applied.summary }),
            Err(edit::EditError::NotEnterprise(_)) => Err(Untouched::NotEnterprise),
            Err(_) => Err(Untouched::InvalidSettings),
        }
    }

    /// Whether `planned` is what the operation writes to `org` now, byte for byte.
    pub fn rederives(&self, org: Org<'_>, catalog: &Catalog, planned: &str) -> bool {
        self.transform(org, catalog).is_ok_and(|changed| changed.settings.text() == planned)
    }
}

/// The provider allow list as the rules in force read it: the gateway's (any list) under its
/// later rules, the marker's under the marker rules.
fn allow_list(org: Org<'_>) -> Option<Vec<String>> {
    match org.rules {
        Rules::Marker => org.settings.policy().ok()?.enforced_allow_list().map(<[String]>::to_vec),
        _ => org.settings.gateway_lists().provider_allow_list.clone(),
    }
}

fn allow_list_holds(org: Org<'_>, provider: &str) -> bool {
    allow_list(org).is_some_and(|list| list.iter().any(|p| normalize::provider_slug(p) == provider))
}

/// Which orgs a change is planned for: every clause must hold.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Selector {
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub clauses: Vec<Clause>,
    /// Allow lists (as the rules read them) that hold each of these providers.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub has_provider: Vec<String>,
    /// Model deny lists that hold each of these models.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub has_model: Vec<String>,
    /// The mode the org's settings have under the rules (`allow`, `legacy`, `unrestricted`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub mode: Option<String>,
    /// Only these org ids (`--orgs FILE`, resolved).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub orgs_file: Option<String>,
}

/// One `--where` clause: a field of the org compared with a value.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Clause {
    pub field: Field,
    pub op: Cmp,
    pub value: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Field {
    Plan,
    Name,
    Created,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Cmp {
    #[serde(rename = "=")]
    Eq,
    #[serde(rename = "!=")]
    Ne,
    /// Contains, ignoring case (text fields).
    #[serde(rename = "~")]
    Contains,
    #[serde(rename = "<")]
    Lt,
    #[serde(rename = "<=")]
    Le,
    #[serde(rename = ">")]
    Gt,
    #[serde(rename = ">=")]
    Ge,
}

impl Clause {
    /// `FIELD OP VALUE`: `plan = enterprise`, `name ~ acme`, `created < 2026-03-01`; fields
    /// `plan`, `name`, `created`; operators `=`, `!=`, `~` (contains, any case) and, for
    /// `created` (a date), `<`, `<=`, `>`, `>=`.
    pub fn parse(text: &str) -> Result<Self, String> {
        const OPS: [(&str, Cmp); 7] = [
            ("!=", Cmp::Ne),
            ("<=", Cmp::Le),
            (">=", Cmp::Ge),
            ("=", Cmp::Eq),
            ("~", Cmp::Contains),
            ("<", Cmp::Lt),
            (">", Cmp::Gt),
        ];
        let (at, symbol, op) = OPS
            .iter()
            .filter_map(|(symbol, op)| text.find(symbol).map(|at| (at, *symbol, *op)))
            .min_by_key(|(at, symbol, _)| (*at, std::cmp::Reverse(symbol.len())))
            .ok_or("no operator: write FIELD OP VALUE, e.g. `plan = enterprise`")?;
        let (field, value) = (text[..at].trim().to_lowercase(), text[at + symbol.len()..].trim().to_string());
        let field = match field.as_str() {
            "plan" => Field::Plan,
            "name" => Field::Name,
            "created" | "created_at" => Field::Created,
            other => return Err(format!("unknown field '{other}' (plan, name or created)")),
        };
        if value.is_empty() {
            return Err("no value after the operator".into());
        }
        match field {
            Field::Created => {
                NaiveDate::parse_from_str(&value, "%Y-%m-%d")
                    .map_err(|_| format!("'{value}' is not a date (YYYY-MM-DD)"))?;
                if op == Cmp::Contains {
                    return Err("`created` compares with =, !=, <, <=, > or >=".into());
                }
            }
            _ if matches!(op, Cmp::Lt | Cmp::Le | Cmp::Gt | Cmp::Ge) => {
                return Err("plan and name compare with =, != or ~".into());
            }
            _ => {}
        }
        Ok(Self { field, op, value })
    }

    fn holds(&self, plan: &str, name: &str, created: NaiveDate) -> bool {
        let text = |actual: &str| match self.op {
            Cmp::Eq => actual == self.value,
            Cmp::Ne => actual != self.value,
            _ => actual.to_lowercase().contains(&self.value.to_lowercase()),
        };
        match self.field {
            Field::Plan => text(plan),
            Field::Name => text(name),
            Field::Created => {
                let Ok(day) = NaiveDate::parse_from_str(&self.value, "%Y-%m-%d") else { return false };
                match self.op {
                    Cmp::Eq => created == day,
                    Cmp::Ne => created != day,
                    Cmp::Lt => created < day,
                    Cmp::Le => created <= day,
                    Cmp::Gt => created > day,
                    Cmp::Ge | Cmp::Contains => created >= day,
                }
            }
        }
    }
}

/// An org as the selector sees it.
pub struct Candidate<'a> {
    pub org: Org<'a>,
    pub name: &'a str,
    pub created: NaiveDate,
}

impl Selector {
    pub fn selects(&self, c: &Candidate<'_>) -> bool {
        let clauses = self.clauses.iter().all(|clause| clause.holds(c.org.plan, c.name, c.created));
        let providers = self.has_provider.iter().all(|p| allow_list_holds(c.org, p));
        let models = self.has_model.is_empty() || {
            let denied = &c.org.settings.gateway_lists().model_deny_list;
            let strict = c.org.settings.policy().ok().map(|p| p.model_deny_list.clone()).unwrap_or_default();
            self.has_model.iter().all(|m| {
                let (m, id) = (normalize::model_id(m), super::gateway::normalize_model_id(m).to_string());
                match c.org.rules {
                    Rules::Marker => strict.contains(&m),
                    _ => denied.contains(&id),
                }
            })
        };
        let mode = self
            .mode
            .as_deref()
            .is_none_or(|wanted| c.org.settings.mode_under(c.org.rules).map_or("invalid", Mode::as_str) == wanted);
        clauses && providers && models && mode
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::policy::catalog::tests::catalog;
    use serde_json::json;

    fn org<'a>(settings: &'a Settings, plan: &'a str, rules: Rules) -> Org<'a> {
        Org { plan, settings, custom_models: &[], rules, own_schema: false }
    }

    #[test]
    fn where_clauses() {
        let day = NaiveDate::from_ymd_opt(2026, 2, 10).unwrap();
        let cases = [
            ("plan = enterprise", ("enterprise", "Acme"), true),
            ("plan=teams", ("enterprise", "Acme"), false),
            ("plan != teams", ("enterprise", "Acme"), true),
            ("name ~ ACM", ("enterprise", "Acme Corp"), true),
            ("name = Acme", ("enterprise", "Acme Corp"), false),
            ("created < 2026-03-01", ("enterprise", "x"), true),
            ("created >= 2026-02-11", ("enterprise", "x"), false),
            ("created<=2026-02-10", ("enterprise", "x"), true),
            ("created > 2026-02-09", ("enterprise", "x"), true),
        ];
        for (text, (plan, name), want) in cases {
            let clause = Clause::parse(text).unwrap_or_else(|e| panic!("{text}: {e}"));
            assert_eq!(clause.holds(plan, name, day), want, "{text}");
        }
        for (bad, why) in [
            ("plan", "no operator"),
            ("size = 3", "unknown field 'size'"),
            ("created < soon", "is not a date"),
            ("name < b", "compare with =, != or ~"),
            ("created ~ 2026", "is not a date"),
            ("plan =", "no value"),
        ] {
            let err = Clause::parse(bad).unwrap_err();
            assert!(err.contains(why), "{bad}: {err}");
        }
    }

    /// Each operation as the one-org edits write it, on the orgs it is for; left alone elsewhere.
    #[test]
    fn operations_under_the_gateways_rules() {
        let c = catalog(&[("openai", &["openai/gpt-4o"]), ("azure", &["openai/gpt-4o"]), ("deepseek", &["d/chat"])]);
        let s = |v: serde_json::Value| Settings::from_value(v);
        let with_list = s(json!({"provider_allow_list": ["openai", "deepseek"], "seats": 3}));
        let without = s(json!({"model_deny_list": ["x/y"]}));
        let remove = Operation::RemoveProvider { provider: "deepseek".into() };
        let add =
            |with: Option<&str>| Operation::AddProvider { provider: "azure".into(), with: with.map(String::from) };
        let deny = Operation::DenyModel { model: "d/chat".into() };
        type Want = Result<&'static str, Untouched>;
        let (add_any, add_with, add_other) = (add(None), add(Some("deepseek")), add(Some("anthropic")));
        let (allow_xy, allow_qr) =
            (Operation::AllowModel { model: "x/y".into() }, Operation::AllowModel { model: "q/r".into() });
        let cases: Vec<(&Operation, &Settings, &str, Want)> = vec![
            (&remove, &with_list, "enterprise", Ok(r#"{"provider_allow_list":["openai"],"seats":3}"#)),
            (&remove, &without, "enterprise", Err(Untouched::NoSuchAllowList)),
            (&remove, &with_list, "teams", Err(Untouched::NotEnterprise)),
            (
                &add_any,
                &with_list,
                "enterprise",
                Ok(r#"{"provider_allow_list":["openai","deepseek","azure"],"seats":3}"#),
            ),
            (
                &add_with,
                &with_list,
                "enterprise",
                Ok(r#"{"provider_allow_list":["openai","deepseek","azure"],"seats":3}"#),
            ),
            (&add_other, &with_list, "enterprise", Err(Untouched::NoSuchAllowList)),
            (&add_any, &without, "enterprise", Err(Untouched::NoSuchAllowList)),
            (&deny, &without, "enterprise", Ok(r#"{"model_deny_list":["x/y","d/chat"]}"#)),
            (&allow_xy, &without, "enterprise", Ok(r#"{"model_deny_list":[]}"#)),
            (&allow_qr, &without, "enterprise", Err(Untouched::AlreadyDone)),
        ];
        for (op, settings, plan, want) in cases {
            let got = op.transform(org(settings, plan, Rules::Current), &c);
            let got = got.as_ref().map(|changed| changed.settings.text()).map_err(|u| *u);
            let want = want.map(|text| serde_json::from_str::<serde_json::Value>(text).unwrap());
            let got = got.map(|text| serde_json::from_str::<serde_json::Value>(text).unwrap());
            assert_eq!(got, want, "{op:?} on {}", settings.text());
            if let Ok(changed) = op.transform(org(settings, plan, Rules::Current), &c) {
                assert!(op.rederives(org(settings, plan, Rules::Current), &c, changed.settings.text()));
                assert!(!op.rederives(org(settings, plan, Rules::Current), &c, settings.text()));
            }
        }
    }

    #[test]
    fn selectors_read_the_lists_as_the_rules_do() {
        let settings =
            Settings::from_value(json!({"provider_allow_list": ["OpenAI"], "model_deny_list": ["x/y:free"]}));
        let day = NaiveDate::from_ymd_opt(2026, 1, 1).unwrap();
        let candidate = |rules| Candidate { org: org(&settings, "enterprise", rules), name: "Acme", created: day };
        let sel = |f: fn(&mut Selector)| {
            let mut s = Selector::default();
            f(&mut s);
            s
        };
        assert!(sel(|s| s.has_provider = vec!["openai".into()]).selects(&candidate(Rules::Current)));
        assert!(!sel(|s| s.has_provider = vec!["openai".into()]).selects(&candidate(Rules::Marker)), "no marker");
        assert!(sel(|s| s.has_model = vec!["x/y".into()]).selects(&candidate(Rules::Current)));
        assert!(sel(|s| s.mode = Some("allow".into())).selects(&candidate(Rules::Current)));
        assert!(!sel(|s| s.mode = Some("allow".into())).selects(&candidate(Rules::Marker)));
    }
}

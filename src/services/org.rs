//! One organization as commands load it: its row, parsed settings, custom models and the rules
//! it is judged under.

use crate::policy::catalog::Catalog;
use crate::policy::evaluate::{CompiledPolicy, Org};
use crate::policy::request::{OrgContext, Trial};
use crate::policy::{Rules, Settings};
use crate::store::{OrgRow, Schema, Store};

use super::Ctx;

/// One organization with its parsed settings and custom models.
pub struct LoadedOrg {
    pub row: OrgRow,
    pub settings: Settings,
    pub custom_models: Vec<String>,
    pub rules: Rules,
    /// Whether the org lives in orgpolicy's own schema (see [`Org::own_schema`]).
    pub own_schema: bool,
}

impl LoadedOrg {
    pub async fn load(ctx: &Ctx, store: &Store, query: &str) -> anyhow::Result<Self> {
        let row = store.resolve_org(query).await?;
        let custom_models = store.custom_models(&row.id).await?;
        Ok(Self {
            settings: Settings::parse(&row.settings),
            row,
            custom_models,
            rules: ctx.rules(),
            own_schema: store.schema() == Schema::Own,
        })
    }

    pub fn as_org(&self) -> Org<'_> {
        Org {
            plan: &self.row.plan,
            settings: &self.settings,
            custom_models: &self.custom_models,
            rules: self.rules,
            own_schema: self.own_schema,
        }
    }

    pub fn compile(&self, catalog: &Catalog) -> CompiledPolicy {
        CompiledPolicy::new(self.as_org(), catalog)
    }

    /// What the gateway reads about the org beyond its settings, where the rules in force read
    /// it (the current rules): see [`RequestInputs`].
    pub async fn served_inputs(&self, store: &Store) -> anyhow::Result<Option<RequestInputs>> {
        match self.rules {
            Rules::Current => Ok(Some(self.request_inputs(store).await?)),
            _ => Ok(None),
        }
    }

    /// The policy as the org's requests are served: with the inputs of
    /// [`Self::served_inputs`], Claude's routes are decided too.
    pub fn compile_served(&self, catalog: &Catalog, inputs: Option<&RequestInputs>) -> CompiledPolicy {
        self.compile_served_with(&self.settings, catalog, inputs)
    }

    /// [`Self::compile_served`] with other settings (a proposed change).
    pub fn compile_served_with(
        &self,
        settings: &Settings,
        catalog: &Catalog,
        inputs: Option<&RequestInputs>,
    ) -> CompiledPolicy {
        self.compile_under(self.rules, settings, catalog, inputs)
    }

    /// The policy of `settings` under `rules`, as the org's requests would be served: Claude's
    /// routes are decided where the rules are the current ones and `inputs` were read.
    pub fn compile_under(
        &self,
        rules: Rules,
        settings: &Settings,
        catalog: &Catalog,
        inputs: Option<&RequestInputs>,
    ) -> CompiledPolicy {
        let policy = CompiledPolicy::new(Org { settings, rules, ..self.as_org() }, catalog);
        let ignored = inputs
            .filter(|_| rules == Rules::Current)
            .and_then(|inputs| crate::policy::request::claude_ignored_provider(&inputs.context(self), catalog.facts()));
        policy.ignoring_upstream(catalog, ignored)
    }
}

/// What the gateway reads about an org for a request, beyond its settings: its enabled BYOK
/// keys, its own custom LLMs and whether it is past its Enterprise trial.
pub struct RequestInputs {
    pub byok_keys: Vec<String>,
    pub custom_llms: Vec<String>,
    pub trial: Trial,
}

impl RequestInputs {
    /// From what the store read: `trial` is `None` where the database has no seat purchases
    /// (decided as the gateway does when its lookup fails).
    pub fn of(org: &LoadedOrg, trial: Option<crate::store::TrialInputs>, byok_keys: Vec<String>) -> Self {
        let lists = org.settings.gateway_lists();
        let trial = match trial {
            _ if !crate::policy::evaluate::is_enterprise(&org.row.plan) => Trial::NotEnterprise,
            Some(inputs) => Trial::of(&org.row.plan, lists, inputs.latest_seat_status.as_deref(), inputs.require_seats),
            None => Trial::of(&org.row.plan, lists, None, None),
        };
        let custom_llms =
            org.custom_models.iter().filter(|m| m.starts_with("kilo-internal/")).map(|m| m.to_lowercase()).collect();
        Self { byok_keys, custom_llms, trial }
    }

    pub fn context<'a>(&'a self, org: &'a LoadedOrg) -> OrgContext<'a> {
        OrgContext {
            plan: &org.row.plan,
            lists: org.settings.gateway_lists(),
            combos: crate::policy::evaluate::enforced_combos(&org.as_org()),
            custom_llms: &self.custom_llms,
            byok_keys: &self.byok_keys,
            trial: self.trial.clone(),
        }
    }
}

impl LoadedOrg {
    /// Reads what the gateway reads about this org for a request (see [`RequestInputs`]).
    pub async fn request_inputs(&self, store: &Store) -> anyhow::Result<RequestInputs> {
        let trial = store.trial_inputs(&self.row.id).await?;
        Ok(RequestInputs::of(self, trial, store.byok_providers(&self.row.id).await?))
    }

    /// The org as a listing names it, with what people are told about it first.
    pub fn listed(&self, policy: &CompiledPolicy) -> ListedOrg {
        let invalid = policy.invalid().map(|e| e.to_string());
        let unenforced_plan = (invalid.is_none() && policy.enforced_mode().is_none()).then(|| self.row.plan.clone());
        ListedOrg { id: self.row.id.clone(), name: self.row.name.clone(), invalid, unenforced_plan }
    }
}

/// An organization named in a result: `{"id", "name"}`.
#[derive(Debug, Clone, serde::Serialize)]
pub struct OrgRef {
    pub id: String,
    pub name: String,
}

/// The org a listing is about: `{"id", "name"}`, and what people are told about it first.
#[derive(serde::Serialize)]
pub struct ListedOrg {
    pub id: String,
    pub name: String,
    /// Why nothing is allowed (invalid settings), if so.
    #[serde(skip)]
    pub invalid: Option<String>,
    /// The plan, when it does not enforce access configuration (everything is allowed).
    #[serde(skip)]
    pub unenforced_plan: Option<String>,
}

/// One row of `orgs list`. Provider counts are what the org's plan enforces against the latest
/// snapshot's live providers.
#[derive(serde::Serialize)]
pub struct OrgLine {
    pub id: String,
    pub name: String,
    pub plan: String,
    pub mode: &'static str,
    pub providers_allowed: Option<usize>,
    pub providers_denied: Option<usize>,
    pub models_denied: Option<usize>,
    pub combinations_denied: Option<usize>,
    pub invalid: Option<String>,
    /// Soft-deleted (gateway; listed with `--include-deleted` only).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub deleted_at: Option<chrono::DateTime<chrono::Utc>>,
    /// With `--trial`: `{"state": "non_trial", "reason"}`, `{"state": "trial"}`,
    /// `{"state": "not_enterprise"}` or `{"state": "unknown"}` (no seat purchases to read).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub trial: Option<Trial>,
}

impl OrgLine {
    pub fn new(row: &OrgRow, catalog: Option<&Catalog>, rules: Rules, own_schema: bool) -> Self {
        let settings = Settings::parse(&row.settings);
        let policy = settings.policy();
        let gateway = rules.is_gateway_reading().then(|| settings.gateway_lists());
        // Other plans' lists are not enforced: nothing is denied there, as every listing says.
        let enforced = crate::policy::evaluate::is_enterprise(&row.plan);
        let mut line = Self {
            id: row.id.clone(),
            name: row.name.clone(),
            plan: row.plan.clone(),
            mode: settings.mode_under(rules).map_or("invalid", |m| m.as_str()),
            providers_allowed: None,
            providers_denied: None,
            models_denied: match gateway {
                _ if !enforced => Some(0),
                Some(g) => Some(g.model_deny_list.len()),
                None => policy.ok().map(|p| p.model_deny_list.len()),
            },
            // Enforced on orgpolicy's own schema only, under every rules set.
            combinations_denied: match policy {
                _ if !enforced || !own_schema => Some(0),
                Ok(p) => Some(p.model_provider_deny_list.len()),
                Err(_) if gateway.is_some() => Some(0),
                Err(_) => None,
            },
            invalid: if gateway.is_some() { None } else { policy.err().map(ToString::to_string) },
            deleted_at: row.deleted_at,
            trial: None,
        };
        if let Some(catalog) = catalog.filter(|_| gateway.is_some() || policy.is_ok()) {
            let compiled = CompiledPolicy::new(
                Org { plan: &row.plan, settings: &settings, custom_models: &[], rules, own_schema },
                catalog,
            );
            let allowed = catalog.live().iter().filter(|p| compiled.provider_state(*p).is_allowed()).count();
            line.providers_allowed = Some(allowed);
            line.providers_denied = Some(catalog.live().len() - allowed);
        }
        line
    }

    /// The org's trial as the gateway decides it from what the row carries (as `check` does).
    pub fn trial_of(row: &OrgRow) -> Trial {
        let lists = Settings::parse(&row.settings).gateway_lists().clone();
        let inputs = row.trial.clone().unwrap_or_default();
        Trial::of(&row.plan, &lists, inputs.latest_seat_status.as_deref(), inputs.require_seats)
    }
}

//! One organization as commands load it: its row, parsed settings, custom models and the rules
//! it is judged under.

use crate::policy::catalog::Catalog;
use crate::policy::evaluate::{CompiledPolicy, Org};
use crate::policy::{Rules, Settings};
use crate::store::{OrgRow, Store};

use super::Ctx;

/// One organization with its parsed settings and custom models.
pub struct LoadedOrg {
    pub row: OrgRow,
    pub settings: Settings,
    pub custom_models: Vec<String>,
    pub rules: Rules,
}

impl LoadedOrg {
    pub async fn load(ctx: &Ctx, store: &Store, query: &str) -> anyhow::Result<Self> {
        let row = store.resolve_org(query).await?;
        let custom_models = store.custom_models(&row.id).await?;
        Ok(Self { settings: Settings::parse(&row.settings), row, custom_models, rules: ctx.rules(store) })
    }

    pub fn as_org(&self) -> Org<'_> {
        Org { plan: &self.row.plan, settings: &self.settings, custom_models: &self.custom_models, rules: self.rules }
    }

    pub fn compile(&self, catalog: &Catalog) -> CompiledPolicy {
        CompiledPolicy::new(self.as_org(), catalog)
    }
}

/// Notes about the org that every per-org listing starts with.
pub fn org_notes(ctx: &Ctx, org: &LoadedOrg, policy: &CompiledPolicy) {
    if let Some(invalid) = policy.invalid() {
        ctx.out.warn(format!("organization '{}' has invalid settings, so nothing is allowed: {invalid}", org.row.name));
    } else if policy.enforced_mode().is_none() {
        ctx.out.note(format!(
            "plan '{}' does not enforce access configuration: every provider and model is allowed",
            org.row.plan
        ));
    }
}

//! `orgs list`, streamed: `{"rules", "orgs": [{"id", "name", "plan", "mode",
//! "providers_allowed", "providers_denied", "models_denied", "combinations_denied", "invalid"?,
//! "deleted_at"?, "trial"?}], "summary": {...}}`.

use serde::Serialize;

use crate::output::stream::{Cell, Column, Columns};
use crate::output::{plural, Tone};
use crate::policy::catalog::Catalog;
use crate::policy::evaluate::{CompiledPolicy, Org};
use crate::policy::request::Trial;
use crate::policy::{Rules, Settings};
use crate::store::OrgRow;

#[derive(Default, Serialize)]
pub struct Tally {
    pub total: usize,
    /// Counts in the order allow, legacy, unrestricted, invalid.
    #[serde(serialize_with = "by_mode")]
    pub by_mode: [usize; 4],
}

fn by_mode<S: serde::Serializer>(counts: &[usize; 4], s: S) -> Result<S::Ok, S::Error> {
    use serde::ser::SerializeMap;
    let mut map = s.serialize_map(Some(4))?;
    for (mode, n) in ["allow", "legacy", "unrestricted", "invalid"].iter().zip(counts) {
        map.serialize_entry(mode, n)?;
    }
    map.end()
}

impl Tally {
    pub fn add(&mut self, line: &OrgLine) {
        self.total += 1;
        let slot = ["allow", "legacy", "unrestricted"].iter().position(|m| *m == line.mode).unwrap_or(3);
        self.by_mode[slot] += 1;
    }

    pub fn sentence(&self) -> String {
        let [allow, legacy, unrestricted, invalid] = self.by_mode;
        format!(
            "{} ({allow} allow, {legacy} legacy, {unrestricted} unrestricted, {invalid} invalid)",
            plural(self.total, "organization", "organizations")
        )
    }
}

const BASE_COLUMNS: [Column; 8] = [
    Column::id("id"),
    Column::text("name", 28),
    Column::fixed("plan", 10),
    Column::fixed("mode", 12),
    Column::right("allowed", 7),
    Column::right("denied", 6),
    Column::right("models", 6),
    Column::right("combos", 6),
];

const fn with_trial(base: [Column; 8]) -> [Column; 9] {
    let mut columns = [Column::text("trial", 22); 9];
    let mut i = 0;
    while i < base.len() {
        columns[i] = base[i];
        i += 1;
    }
    columns
}

/// One row of `orgs list`. Provider counts are what the org's plan enforces against the latest
/// snapshot's live providers.
#[derive(Serialize)]
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

    pub const COLUMNS: Columns = Columns(&BASE_COLUMNS);

    /// `COLUMNS` and the trial state (`orgs list --trial`).
    pub const COLUMNS_WITH_TRIAL: Columns = Columns(&with_trial(BASE_COLUMNS));

    /// The org's trial as the gateway decides it from what the row carries (as `check` does).
    pub fn trial_of(row: &OrgRow) -> Trial {
        let lists = Settings::parse(&row.settings).gateway_lists().clone();
        let inputs = row.trial.clone().unwrap_or_default();
        Trial::of(&row.plan, &lists, inputs.latest_seat_status.as_deref(), inputs.require_seats)
    }

    pub fn cells(&self) -> Vec<Cell> {
        let n = |v: Option<usize>| Cell::plain(v.map_or_else(|| "-".to_string(), |v| v.to_string()));
        let tone = match self.mode {
            "allow" => Tone::Good,
            "legacy" => Tone::Warn,
            "invalid" => Tone::Bad,
            _ => Tone::Dim,
        };
        let name = match self.deleted_at {
            Some(_) => format!("{} (deleted)", self.name),
            None => self.name.clone(),
        };
        let mut cells = vec![
            self.id.as_str().into(),
            name.into(),
            self.plan.as_str().into(),
            Cell::painted(self.mode, tone),
            n(self.providers_allowed),
            n(self.providers_denied),
            n(self.models_denied),
            n(self.combinations_denied),
        ];
        if let Some(trial) = &self.trial {
            let tone = match trial {
                Trial::NonTrial(_) => Tone::Good,
                Trial::Trial => Tone::Warn,
                _ => Tone::Dim,
            };
            cells.push(Cell::painted(trial.label(), tone));
        }
        cells
    }
}

//! `orgs list`, streamed: `{"rules", "orgs": [{"id", "name", "plan", "mode",
//! "providers_allowed", "providers_denied", "models_denied", "combinations_denied", "invalid"?,
//! "deleted_at"?, "trial"?}], "summary": {...}}`.

use serde::Serialize;

use crate::output::stream::{Cell, Column, Columns};
use crate::output::{plural, Tone};
use crate::policy::request::Trial;

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

pub use crate::services::OrgLine;

impl OrgLine {
    pub const COLUMNS: Columns = Columns(&BASE_COLUMNS);

    /// `COLUMNS` and the trial state (`orgs list --trial`).
    pub const COLUMNS_WITH_TRIAL: Columns = Columns(&with_trial(BASE_COLUMNS));

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

//! `orgs list`: every organization with its plan, mode and list sizes, streamed.

use serde::Serialize;

use crate::cli::{ModeArg, OrgsCommand};
use crate::output::stream::{Cell, Column, Columns, ListWriter};
use crate::output::{plural, Tone};
use crate::policy::catalog::Catalog;
use crate::policy::evaluate::{CompiledPolicy, Org};
use crate::policy::{Rules, Settings};
use crate::store::{OrgFilter, OrgRow};
use crate::ExitStatus;

use crate::services::{Ctx, Snapshot};

pub async fn run(ctx: &Ctx, cmd: OrgsCommand) -> anyhow::Result<ExitStatus> {
    let OrgsCommand::List { plan, mode, include_deleted } = cmd;
    let store = ctx.store().await?;
    let rules = ctx.rules(&store);
    let snapshot = Snapshot::latest_if_any(&store).await?;
    if snapshot.is_none() {
        ctx.out
            .note("no catalog snapshot: provider counts are left empty (import one with `orgpolicy catalog import`)");
    }
    let catalog = snapshot.as_ref().map(|s| &s.catalog);
    // Rows stream out as they are read: one JSON object with the list, or table lines.
    let mut list = ListWriter::start(&ctx.out, &[("rules", serde_json::json!(rules))], "orgs", OrgLine::COLUMNS)?;
    let mut tally = Tally::default();
    store
        .for_each_org(&OrgFilter { plan, by_name: true, include_deleted }, &mut |row| {
            let line = OrgLine::new(&row, catalog, rules);
            if mode.is_some_and(|m| m != line.mode_arg()) {
                return Ok(());
            }
            list.item(&line, || line.cells())?;
            tally.add(&line);
            Ok(())
        })
        .await?;
    list.finish(&[("summary", serde_json::to_value(&tally)?)])?;
    ctx.out.note(tally.sentence());
    Ok(ExitStatus::Success)
}

#[derive(Default, Serialize)]
struct Tally {
    total: usize,
    /// Counts in the order allow, legacy, unrestricted, invalid.
    #[serde(serialize_with = "by_mode")]
    by_mode: [usize; 4],
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
    fn add(&mut self, line: &OrgLine) {
        self.total += 1;
        self.by_mode[line.mode_arg() as usize] += 1;
    }

    fn sentence(&self) -> String {
        let [allow, legacy, unrestricted, invalid] = self.by_mode;
        format!(
            "{} ({allow} allow, {legacy} legacy, {unrestricted} unrestricted, {invalid} invalid)",
            plural(self.total, "organization", "organizations")
        )
    }
}

/// One row of `orgs list`. Provider counts are what the org's plan enforces against the latest
/// snapshot's live providers.
#[derive(Serialize)]
struct OrgLine {
    id: String,
    name: String,
    plan: String,
    mode: &'static str,
    providers_allowed: Option<usize>,
    providers_denied: Option<usize>,
    models_denied: Option<usize>,
    combinations_denied: Option<usize>,
    invalid: Option<String>,
    /// Soft-deleted (gateway; listed with `--include-deleted` only).
    #[serde(skip_serializing_if = "Option::is_none")]
    deleted_at: Option<chrono::DateTime<chrono::Utc>>,
}

impl OrgLine {
    fn new(row: &OrgRow, catalog: Option<&Catalog>, rules: Rules) -> Self {
        let settings = Settings::parse(&row.settings);
        let policy = settings.policy();
        let gateway = rules.is_gateway_reading().then(|| settings.gateway_lists());
        let mut line = Self {
            id: row.id.clone(),
            name: row.name.clone(),
            plan: row.plan.clone(),
            mode: settings.mode_under(rules).map_or("invalid", |m| m.as_str()),
            providers_allowed: None,
            providers_denied: None,
            models_denied: match gateway {
                Some(g) => Some(g.model_deny_list.len()),
                None => policy.ok().map(|p| p.model_deny_list.len()),
            },
            combinations_denied: match gateway {
                Some(_) => Some(0),
                None => policy.ok().map(|p| p.model_provider_deny_list.len()),
            },
            invalid: if gateway.is_some() { None } else { policy.err().map(ToString::to_string) },
            deleted_at: row.deleted_at,
        };
        if let Some(catalog) = catalog.filter(|_| gateway.is_some() || policy.is_ok()) {
            let compiled =
                CompiledPolicy::new(Org { plan: &row.plan, settings: &settings, custom_models: &[], rules }, catalog);
            let allowed = catalog.live().iter().filter(|p| compiled.provider_state(*p).is_allowed()).count();
            line.providers_allowed = Some(allowed);
            line.providers_denied = Some(catalog.live().len() - allowed);
        }
        line
    }

    fn mode_arg(&self) -> ModeArg {
        match self.mode {
            "allow" => ModeArg::Allow,
            "legacy" => ModeArg::Legacy,
            "unrestricted" => ModeArg::Unrestricted,
            _ => ModeArg::Invalid,
        }
    }

    const COLUMNS: Columns = Columns(&[
        Column::left("id", 36),
        Column::left("name", 28),
        Column::left("plan", 10),
        Column::left("mode", 12),
        Column::right("allowed", 7),
        Column::right("denied", 6),
        Column::right("models", 6),
        Column::right("combos", 6),
    ]);

    fn cells(&self) -> Vec<Cell> {
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
        vec![
            self.id.as_str().into(),
            name.into(),
            self.plan.as_str().into(),
            Cell::painted(self.mode, tone),
            n(self.providers_allowed),
            n(self.providers_denied),
            n(self.models_denied),
            n(self.combinations_denied),
        ]
    }
}

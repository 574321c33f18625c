//! `orgs list`, `providers list` and `models list`.

use serde::Serialize;

use crate::cli::{ModeArg, OrgsCommand};
use crate::error::fixable;
use crate::output::stream::{JsonList, Lines};
use crate::output::{plural, truncate, Tone};
use crate::policy::catalog::{closest, Catalog, ModelId};
use crate::policy::evaluate::{CompiledPolicy, Org, PairState};
use crate::policy::provider_set::ProviderId;
use crate::policy::{normalize, Rules, Settings};
use crate::store::{OrgFilter, OrgRow};
use crate::ExitStatus;

use super::{Ctx, LoadedOrg, Snapshot};

pub async fn run_orgs(ctx: &Ctx, cmd: OrgsCommand) -> anyhow::Result<ExitStatus> {
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
    let (mut json, mut table) = if ctx.out.is_json() {
        (Some(JsonList::start(&[("rules", serde_json::json!(rules))], "orgs")?), None)
    } else {
        (None, Some(Lines::start(&OrgLine::header(), ctx.out.colors_stdout())?))
    };
    let mut tally = Tally::default();
    store
        .for_each_org(&OrgFilter { plan, by_name: true, include_deleted }, &mut |row| {
            let line = OrgLine::new(&row, catalog, rules);
            if mode.is_some_and(|m| m != line.mode_arg()) {
                return Ok(());
            }
            match (&mut json, &mut table) {
                (Some(list), _) => list.item(&line)?,
                (_, Some(lines)) => lines.line(&line.row(&ctx.out))?,
                _ => {}
            }
            tally.add(&line);
            Ok(())
        })
        .await?;
    if let Some(list) = json {
        list.finish(&[("summary", serde_json::to_value(&tally)?)])?;
    }
    if let Some(lines) = table {
        lines.finish()?;
    }
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

    fn header() -> String {
        format!(
            "{:<36}  {:<28}  {:<10}  {:<12}  {:>7}  {:>6}  {:>6}  {:>6}",
            "ID", "NAME", "PLAN", "MODE", "ALLOWED", "DENIED", "MODELS", "COMBOS"
        )
    }

    fn row(&self, out: &crate::output::Output) -> String {
        let n = |v: Option<usize>| v.map_or_else(|| "-".to_string(), |v| v.to_string());
        let tone = match self.mode {
            "allow" => Tone::Good,
            "legacy" => Tone::Warn,
            "invalid" => Tone::Bad,
            _ => Tone::Dim,
        };
        // Pad before painting: escape codes have no width.
        format!(
            "{:<36}  {:<28}  {:<10}  {}  {:>7}  {:>6}  {:>6}  {:>6}",
            self.id,
            match self.deleted_at {
                Some(_) => truncate(&format!("{} (deleted)", self.name), 28),
                None => truncate(&self.name, 28),
            },
            self.plan,
            out.paint(format!("{:<12}", self.mode), tone),
            n(self.providers_allowed),
            n(self.providers_denied),
            n(self.models_denied),
            n(self.combinations_denied)
        )
    }
}

/// Notes about the org that every per-org listing starts with.
fn org_notes(ctx: &Ctx, org: &LoadedOrg, policy: &CompiledPolicy) {
    if let Some(invalid) = policy.invalid() {
        ctx.out.warn(format!("organization '{}' has invalid settings, so nothing is allowed: {invalid}", org.row.name));
    } else if policy.enforced_mode().is_none() {
        ctx.out.note(format!(
            "plan '{}' does not enforce access configuration: every provider and model is allowed",
            org.row.plan
        ));
    }
}

fn contains(haystack: &str, needle: &str) -> bool {
    haystack.to_lowercase().contains(needle)
}

#[derive(Serialize)]
struct ProviderLine {
    slug: String,
    name: String,
    allowed: bool,
    reason: PairState,
    models: usize,
    models_blocked: usize,
}

pub async fn list_providers(ctx: &Ctx, org: &str, search: Option<String>) -> anyhow::Result<ExitStatus> {
    let store = ctx.store().await?;
    let org = LoadedOrg::load(ctx, &store, org).await?;
    let snapshot = Snapshot::latest(ctx, &store).await?;
    let c = &snapshot.catalog;
    let policy = org.compile(c);
    let access = policy.effective_access(c);
    let needle = search.as_deref().map(str::to_lowercase);

    let mut lines = Vec::new();
    let (mut providers_blocked, mut combos_blocked) = (0, 0);
    for p in c.live().iter() {
        let served: Vec<usize> = (0..c.models().len()).filter(|&m| c.models()[m].serving.contains(p)).collect();
        let state = policy.provider_state(p);
        let allowed_models = served.iter().filter(|&&m| access.providers_of(m).contains(p)).count();
        let models_blocked = if state.is_allowed() { served.len() - allowed_models } else { 0 };
        if state.is_allowed() {
            combos_blocked += models_blocked;
        } else {
            providers_blocked += 1;
        }
        let provider = c.provider(p);
        if needle.as_deref().is_some_and(|q| !contains(&provider.slug, q) && !contains(&provider.name, q)) {
            continue;
        }
        lines.push(ProviderLine {
            slug: provider.slug.clone(),
            name: provider.name.clone(),
            allowed: state.is_allowed(),
            reason: state,
            models: served.len(),
            models_blocked,
        });
    }
    if ctx.out.is_json() {
        ctx.out.json(&serde_json::json!({
            "org": {"id": org.row.id, "name": org.row.name},
            "rules": org.rules,
            "providers": lines,
        }))?;
        return Ok(ExitStatus::Success);
    }
    org_notes(ctx, &org, &policy);
    let mut table = ctx.out.new_table(&["provider", "name", "state", "why", "models", "models blocked"]);
    for line in &lines {
        let (word, tone) = if line.allowed { ("allowed", Tone::Good) } else { ("blocked", Tone::Bad) };
        table.add_row(vec![
            line.slug.clone().into(),
            line.name.clone().into(),
            ctx.out.cell(word, tone),
            ctx.out.cell(line.reason.describe(), Tone::Dim),
            line.models.into(),
            if line.models_blocked > 0 {
                ctx.out.cell(line.models_blocked, Tone::Warn)
            } else {
                ctx.out.cell("-", Tone::Dim)
            },
        ]);
    }
    if !lines.is_empty() {
        ctx.out.table(&table)?;
    }
    if let Some(q) = &search {
        ctx.out.note(format!("{} of {} live providers match '{q}'", lines.len(), c.live().len()));
    }
    ctx.out.line(format!(
        "{}: {} blocked, {} blocked",
        org.row.name,
        plural(providers_blocked, "provider", "providers"),
        plural(combos_blocked, "model combination", "model combinations"),
    ))?;
    Ok(ExitStatus::Success)
}

#[derive(Serialize)]
struct ModelLine {
    model: String,
    name: String,
    providers: Vec<PairLine>,
}

#[derive(Serialize)]
struct PairLine {
    slug: String,
    allowed: bool,
    reason: PairState,
}

/// The provider named by `--provider`, refused with suggestions when the catalog lacks it.
fn catalog_provider(c: &Catalog, raw: &str) -> anyhow::Result<ProviderId> {
    let slug = normalize::provider_slug(raw);
    c.provider_id(&slug).ok_or_else(|| {
        let suggestions = closest(&slug, c.providers().iter().map(|p| p.slug.as_str()));
        let help = match suggestions.first() {
            Some(s) => format!("did you mean '{s}'?"),
            None => "list providers with `orgpolicy catalog show`".into(),
        };
        fixable(format!("provider '{slug}' is not in the catalog"), help)
    })
}

pub async fn list_models(
    ctx: &Ctx,
    org: &str,
    provider: Option<String>,
    search: Option<String>,
    blocked: bool,
) -> anyhow::Result<ExitStatus> {
    let store = ctx.store().await?;
    let org = LoadedOrg::load(ctx, &store, org).await?;
    let snapshot = Snapshot::latest(ctx, &store).await?;
    let c = &snapshot.catalog;
    let only = provider.as_deref().map(|p| catalog_provider(c, p)).transpose()?;
    let policy = org.compile(c);
    let needle = search.as_deref().map(str::to_lowercase);

    let mut lines = Vec::new();
    for (i, model) in c.models().iter().enumerate() {
        let model_matches = needle.as_deref().is_none_or(|q| contains(&model.id, q) || contains(&model.name, q));
        let providers: Vec<PairLine> = model
            .serving
            .iter()
            .filter(|p| only.is_none_or(|o| o == *p))
            .filter(|p| {
                model_matches
                    || needle
                        .as_deref()
                        .is_some_and(|q| contains(&c.provider(*p).slug, q) || contains(&c.provider(*p).name, q))
            })
            .map(|p| (p, policy.pair_state(c, i as ModelId, p)))
            .filter(|(_, state)| !blocked || !state.is_allowed())
            .map(|(p, state)| PairLine { slug: c.provider(p).slug.clone(), allowed: state.is_allowed(), reason: state })
            .collect();
        if !providers.is_empty() {
            lines.push(ModelLine { model: model.id.clone(), name: model.name.clone(), providers });
        }
    }
    if ctx.out.is_json() {
        ctx.out.json(&serde_json::json!({
            "org": {"id": org.row.id, "name": org.row.name},
            "rules": org.rules,
            "models": lines,
        }))?;
        return Ok(ExitStatus::Success);
    }
    org_notes(ctx, &org, &policy);
    let mut table = ctx.out.new_table(&["model", "name", "allowed via", "blocked via"]);
    let mut blocked_pairs = 0;
    for line in &lines {
        let allowed: Vec<&str> = line.providers.iter().filter(|p| p.allowed).map(|p| p.slug.as_str()).collect();
        // Grouped by reason: "not in allow list: a, b; blocked for this model: c".
        let mut refused: Vec<(PairState, Vec<&str>)> = Vec::new();
        for p in line.providers.iter().filter(|p| !p.allowed) {
            blocked_pairs += 1;
            match refused.iter_mut().find(|(state, _)| *state == p.reason) {
                Some((_, slugs)) => slugs.push(&p.slug),
                None => refused.push((p.reason, vec![&p.slug])),
            }
        }
        let refused: Vec<String> =
            refused.iter().map(|(state, slugs)| format!("{}: {}", state.describe(), slugs.join(", "))).collect();
        table.add_row(vec![
            line.model.clone().into(),
            line.name.clone().into(),
            ctx.out.cell(if allowed.is_empty() { "-".into() } else { allowed.join(", ") }, Tone::Good),
            ctx.out.cell(refused.join("; "), Tone::Bad),
        ]);
    }
    if !lines.is_empty() {
        ctx.out.table(&table)?;
    }
    if !org.custom_models.is_empty() {
        ctx.out.note(format!("custom models (exempt from catalog policy): {}", org.custom_models.join(", ")));
    }
    ctx.out.line(format!(
        "{}, {} usable, {} blocked",
        plural(lines.len(), "model", "models"),
        lines.iter().filter(|l| l.providers.iter().any(|p| p.allowed)).count(),
        plural(blocked_pairs, "model/provider combination", "model/provider combinations"),
    ))?;
    Ok(ExitStatus::Success)
}

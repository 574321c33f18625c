//! `diff --org O`: what a catalog change, a proposed settings document or the backfill does to
//! one organization's effective access.

use std::collections::BTreeSet;
use std::io::Read;
use std::path::Path;

use anyhow::Context as _;
use serde_json::{json, Value};

use crate::cli::DiffArgs;
use crate::error::fixable;
use crate::output::{self, plural, Tone};
use crate::policy::backfill::{Planner, Scope, Skip, Verdict};
use crate::policy::evaluate::Org;
use crate::policy::{AccessDiff, CompiledPolicy, Settings};
use crate::store::Store;
use crate::ExitStatus;

use crate::services::{CatalogFile, Ctx, LoadedOrg, Snapshot};

/// One diff, ready to show.
struct Report {
    change: &'static str,
    /// What is compared, in words ("catalog snapshot 2 → 3").
    title: String,
    from: Value,
    to: Value,
    diff: AccessDiff,
    /// Lines after the diff.
    notes: Vec<String>,
    /// Extra JSON for this kind of change.
    extra: Option<(&'static str, Value)>,
}

pub async fn run(ctx: &Ctx, args: DiffArgs) -> anyhow::Result<ExitStatus> {
    let store = ctx.store().await?;
    let org = LoadedOrg::load(ctx, &store, &args.org.org).await?;
    let report = if let Some(path) = &args.settings {
        settings_change(ctx, &store, &org, path).await?
    } else if args.migration {
        migration(ctx, &store, &org).await?
    } else {
        catalog_change(&store, &org, args.catalog.as_deref().unwrap_or(".."), args.catalog_history.as_deref()).await?
    };
    show(ctx, &org, &report)?;
    Ok(ExitStatus::Success)
}

/// One side of `--catalog A..B`: a snapshot id, an exported file, or the default.
#[derive(Debug, PartialEq, Eq)]
enum Side {
    Default,
    Id(i64),
    File(std::path::PathBuf),
}

/// A catalog to compare, with how to name it.
struct Compared {
    label: String,
    json: Value,
    catalog: crate::policy::Catalog,
}

impl Compared {
    fn snapshot(s: Snapshot) -> Self {
        Self { label: format!("snapshot {}", s.id), json: json!({ "snapshot_id": s.id }), catalog: s.catalog }
    }

    fn file(f: CatalogFile) -> Self {
        let path = f.path.display().to_string();
        Self { label: path.clone(), json: json!({ "file": path }), catalog: f.catalog }
    }
}

async fn catalog_change(store: &Store, org: &LoadedOrg, range: &str, history: Option<&Path>) -> anyhow::Result<Report> {
    let (from, to) = parse_range(range)?;
    let after = match to {
        Side::File(path) => Compared::file(CatalogFile::read(&path)?),
        Side::Id(id) => Compared::snapshot(Snapshot::load(store, Some(id)).await?),
        Side::Default => Compared::snapshot(Snapshot::load(store, None).await?),
    };
    let before = match from {
        Side::File(path) => Compared::file(CatalogFile::read(&path)?),
        Side::Id(id) => Compared::snapshot(Snapshot::load(store, Some(id)).await?),
        Side::Default => previous_catalog(store, &after, history).await?,
    };
    let access = |c: &crate::policy::Catalog| org.compile(c).effective_access(c);
    let diff =
        AccessDiff::between((&before.catalog, &access(&before.catalog)), (&after.catalog, &access(&after.catalog)));
    Ok(Report {
        change: "catalog",
        title: format!("catalog {} → {}", before.label, after.label),
        from: before.json,
        to: after.json,
        diff,
        notes: not_enforced_note(org),
        extra: None,
    })
}

/// The catalog before `after` by default: the snapshot before it in the database, else the
/// newest file of the history folder.
async fn previous_catalog(store: &Store, after: &Compared, history: Option<&Path>) -> anyhow::Result<Compared> {
    if let Some(id) = after.json.get("snapshot_id").and_then(Value::as_i64) {
        if let Some(row) = store.snapshot_before(id).await? {
            return Ok(Compared::snapshot(Snapshot::from_row(row)?));
        }
    }
    if let Some(dir) = history {
        if let Some(newest) = CatalogFile::history(dir)?.pop() {
            return Ok(Compared::file(newest));
        }
    }
    Err(fixable(
        format!("a catalog diff needs two catalogs, and the database has none before {}", after.label),
        "name an exported catalog file (`--catalog FILE..`, written by `orgpolicy catalog export`), or pass --catalog-history DIR",
    ))
}

/// `A..B`, `A..`, `..B` or `..`; each side a snapshot id or a catalog file.
fn parse_range(text: &str) -> anyhow::Result<(Side, Side)> {
    let invalid = || {
        fixable(
            format!("--catalog '{text}' is not a catalog range"),
            "write A..B with snapshot ids or exported catalog files (A.. or ..B keep the other side's default); `orgpolicy catalog list` shows the ids",
        )
    };
    let (a, b) = text.split_once("..").ok_or_else(invalid)?;
    let side = |s: &str| -> anyhow::Result<Side> {
        let s = s.trim();
        if s.is_empty() {
            Ok(Side::Default)
        } else if let Ok(id) = s.parse() {
            Ok(Side::Id(id))
        } else if Path::new(s).exists() {
            Ok(Side::File(s.into()))
        } else {
            Err(fixable(
                format!("--catalog '{text}': '{s}' is neither a snapshot id nor a catalog file"),
                "use an id from `orgpolicy catalog list` or the path of a file written by `orgpolicy catalog export`",
            ))
        }
    };
    Ok((side(a)?, side(b)?))
}

async fn settings_change(ctx: &Ctx, store: &Store, org: &LoadedOrg, path: &Path) -> anyhow::Result<Report> {
    let proposed = read_settings(path)?;
    let snapshot = Snapshot::latest(ctx, store).await?;
    let c = &snapshot.catalog;
    let after = CompiledPolicy::new(Org { settings: &proposed, ..org.as_org() }, c);
    let diff = AccessDiff::between((c, &org.compile(c).effective_access(c)), (c, &after.effective_access(c)));
    Ok(Report {
        change: "settings",
        title: format!("current settings → {} (catalog snapshot {})", path.display(), snapshot.id),
        from: json!({ "settings": "current", "snapshot_id": snapshot.id }),
        to: json!({ "settings": path.display().to_string(), "snapshot_id": snapshot.id }),
        diff,
        notes: not_enforced_note(org),
        extra: None,
    })
}

/// A proposed settings document; `-` is stdin. An invalid document is refused: it would deny
/// everything, which is not what anyone proposing it means.
fn read_settings(path: &Path) -> anyhow::Result<Settings> {
    let name = path.display();
    let mut text = String::new();
    if path == Path::new("-") {
        std::io::stdin().read_to_string(&mut text).context("could not read proposed settings from stdin")?;
    } else {
        text = std::fs::read_to_string(path)
            .map_err(|e| fixable(format!("could not read settings file '{name}': {e}"), "check the path"))?;
    }
    let value: Value = serde_json::from_str(&text).map_err(|e| {
        fixable(format!("settings file '{name}' is not JSON: {e}"), "a settings document is one JSON object")
    })?;
    let settings = Settings::from_value(value);
    if let Err(invalid) = settings.policy() {
        return Err(fixable(
            format!("settings file '{name}' is invalid: {invalid}"),
            "fix the document: lists of strings, provider_policy_mode \"allow\" with a provider_allow_list (see the README)",
        ));
    }
    Ok(settings)
}

async fn migration(ctx: &Ctx, store: &Store, org: &LoadedOrg) -> anyhow::Result<Report> {
    let snapshot = Snapshot::latest(ctx, store).await?;
    let c = &snapshot.catalog;
    let verdict = Planner::new(c, Scope::default()).plan(org.as_org());
    let base = Report {
        change: "migration",
        title: format!("current settings → after `backfill apply` (catalog snapshot {})", snapshot.id),
        from: json!({ "settings": "current", "snapshot_id": snapshot.id }),
        to: json!({ "settings": "migrated", "snapshot_id": snapshot.id }),
        diff: AccessDiff::default(),
        notes: Vec::new(),
        extra: None,
    };
    let m = match verdict {
        Verdict::Skip(skip) => {
            let mut notes = vec![format!("the backfill leaves this org alone: {}", skip.describe())];
            match skip {
                Skip::NoProviderDenyList => notes.push(
                    "`orgpolicy backfill plan --include-unrestricted` would pin it to today's live providers".into(),
                ),
                Skip::AlreadyAllowMode => {
                    notes.push("providers entering the catalog already need approval (`providers allow`)".into())
                }
                Skip::NotEnterprise | Skip::InvalidSettings => {}
            }
            let extra = json!({ "action": "skip", "skip_reason": skip });
            return Ok(Report { notes, extra: Some(("migration", extra)), ..base });
        }
        Verdict::Migrate(m) => m,
    };
    let denied: BTreeSet<&str> =
        org.settings.policy().map(|p| p.provider_deny_list.iter().map(String::as_str).collect()).unwrap_or_default();
    let dormant: Vec<String> =
        dormant_providers(store, &snapshot).await?.into_iter().filter(|p| !denied.contains(p.as_str())).collect();
    let mut notes = vec![
        format!(
            "now: {}allow list of {} (every live provider but {})",
            if m.preserves_access() {
                ""
            } else {
                "EFFECTIVE ACCESS WOULD CHANGE (applied only with --accept-changes); "
            },
            plural(m.allowed, "provider", "providers"),
            if m.denied.is_empty() { "none".to_string() } else { m.denied.join(", ") }
        ),
        "later: a provider entering the catalog needs approval (`orgpolicy providers allow`); \
         under the deny list it would be enabled with no audit trail"
            .to_string(),
    ];
    if !dormant.is_empty() {
        notes.push(format!("known providers not live today that would then need approval: {}", dormant.join(", ")));
    }
    notes.extend(m.warnings.iter().map(|w| format!("warning: {w}")));
    let extra = json!({
        "action": "migrate",
        "provider_allow_list": m.new_settings.document().get("provider_allow_list"),
        "denied": m.denied,
        "preserves_access": m.preserves_access(),
        "need_approval_later": dormant,
        "warnings": m.warnings,
    });
    let diff = crate::policy::backfill::access_change(org.as_org(), &m.new_settings, c);
    Ok(Report { diff, notes, extra: Some(("migration", extra)), ..base })
}

/// Providers the catalog knows (listed now, or live in an older snapshot) that serve nothing
/// today: the ones a catalog change could bring (back) into use.
async fn dormant_providers(store: &Store, latest: &Snapshot) -> anyhow::Result<Vec<String>> {
    let c = &latest.catalog;
    let mut known: BTreeSet<String> = c.providers().iter().map(|p| p.slug.clone()).collect();
    Snapshot::for_each_live_set(store, &mut |_, live| known.extend(live)).await?;
    Ok(known.into_iter().filter(|p| !c.is_live(p)).collect())
}

fn not_enforced_note(org: &LoadedOrg) -> Vec<String> {
    if crate::policy::evaluate::is_enterprise(&org.row.plan) {
        Vec::new()
    } else {
        vec![format!("plan '{}': access configuration is not enforced, so nothing changes", org.row.plan)]
    }
}

fn show(ctx: &Ctx, org: &LoadedOrg, report: &Report) -> anyhow::Result<()> {
    let diff = &report.diff;
    let by_provider = diff.by_provider();
    let by_model = diff.by_model();
    if ctx.out.is_json() {
        let mut doc = json!({
            "org": { "id": org.row.id, "name": org.row.name },
            "rules": org.rules,
            "change": report.change,
            "from": report.from,
            "to": report.to,
            "gained": diff.gained,
            "lost": diff.lost,
            "exempt_gained": diff.exempt_gained,
            "exempt_lost": diff.exempt_lost,
            "by_provider": by_provider,
            "by_model": by_model,
            "summary": {
                "gained": diff.gained.len(),
                "lost": diff.lost.len(),
                "providers": by_provider.len(),
                "models": by_model.len(),
            },
        });
        if let Some((key, value)) = &report.extra {
            doc[*key] = value.clone();
        }
        ctx.out.json(&doc)?;
        return Ok(());
    }
    let out = &ctx.out;
    out.line(format!("{} ({}): {}", org.row.name, org.row.id, report.title))?;
    output::diff::print(out, diff)?;
    for note in &report.notes {
        out.line(format!("  {note}"))?;
    }
    let summary = if diff.is_empty() {
        out.paint("no change in effective access", Tone::Good)
    } else {
        format!(
            "{} gained, {} lost across {} and {}",
            plural(diff.gained.len(), "pair", "pairs"),
            diff.lost.len(),
            plural(by_provider.len(), "provider", "providers"),
            plural(by_model.len(), "model", "models")
        )
    };
    out.line(format!("{}: {summary}", org.row.name))?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ranges() {
        let file = std::env::temp_dir().join(format!("orgpolicy-range-{}.json", std::process::id()));
        std::fs::write(&file, "{}").unwrap();
        let f = file.display().to_string();
        let ok = [
            ("..".to_string(), (Side::Default, Side::Default)),
            ("1..3".to_string(), (Side::Id(1), Side::Id(3))),
            ("2..".to_string(), (Side::Id(2), Side::Default)),
            ("..4".to_string(), (Side::Default, Side::Id(4))),
            (format!("{f}..4"), (Side::File(file.clone()), Side::Id(4))),
        ];
        for (text, want) in ok {
            assert_eq!(parse_range(&text).unwrap(), want, "{text}");
        }
        std::fs::remove_file(&file).unwrap();
        for bad in ["3", "a..b", "1...2", "1..x"] {
            assert!(parse_range(bad).is_err(), "{bad}");
        }
    }
}

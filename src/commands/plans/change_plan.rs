//! `change plan`: one operation over the orgs a selector picks, into the hashed plan file.

use std::collections::HashSet;
use std::path::Path;
use std::sync::Arc;

use serde_json::json;

use crate::cli::{ChangePlanArgs, OperationArgs, SelectorArgs};
use crate::error::fixable;
use crate::exit::ExitStatus;
use crate::output::stream::ListWriter;
use crate::output::views::change::{cells, ChangeSummary, COLUMNS};
use crate::planfile::PlanWriter;
use crate::policy::catalog::{closest, Catalog};
use crate::policy::change::{Clause, Operation, Selector};
use crate::policy::normalize;
use crate::services::fleet::{self, FleetScan};
use crate::services::fleet_change::{plan_org, Outcome};
use crate::services::{catalog_provider_or, read_input, Ctx, Snapshot};
use crate::store::{FleetMembers, Schema, Store};

use super::plan::{header, plan_path, refuse_to_overwrite_applied_plan, unwritable};

pub(super) async fn run(ctx: &Ctx, args: ChangePlanArgs) -> anyhow::Result<ExitStatus> {
    let store = ctx.store().await?;
    let snapshot = Snapshot::latest(ctx, &store).await?;
    let operation = operation_of(&args.operation, &snapshot.catalog)?;
    let selector = selector_of(&args.selector)?;
    let ids = match &args.selector.orgs {
        Some(path) => Some(orgs_of_file(&store, path).await?),
        None => None,
    };
    if let (Some(out), false) = (&args.out, args.force) {
        refuse_to_overwrite_applied_plan(&store, out).await?;
    }
    let mut temp = None;
    let path = plan_path(args.out.as_deref(), &mut temp)?;
    let header = header(&store, &snapshot, ctx.rules(), operation.clone(), Some(selector.clone())).await?;
    let unwritable = |e| unwritable(path, e);
    let mut writer = PlanWriter::create(path, &header).map_err(unwritable)?;
    let head = [
        ("snapshot_id", json!(snapshot.id)),
        ("rules", json!(ctx.rules())),
        ("operation", json!(operation)),
        ("selector", json!(selector)),
    ];
    let mut list = ListWriter::start(&ctx.out, &head, "orgs", COLUMNS)?;
    let mut summary = ChangeSummary::default();
    let progress = crate::output::progress::reading(&ctx.out);
    let mut emit = |outcome: Outcome| -> anyhow::Result<()> {
        progress.inc(1);
        summary.add(&outcome);
        match outcome {
            Outcome::Change(change) => {
                let (line, row) = *change;
                writer.sealed(&line).map_err(unwritable)?;
                list.item(&row, || cells(&row))?;
            }
            Outcome::BreaksOrgAuto(refused) => ctx.out.warn(format!("'{}' is left alone: {}", refused.0, refused.1)),
            Outcome::NotSelected | Outcome::Untouched(_) => {}
        }
        Ok(())
    };
    let how = FleetScan::of(FleetMembers::Flag, ctx.rules(), store.schema() == Schema::Own);
    let (catalog, planned) = (Arc::new(snapshot.catalog.clone()), Arc::new((operation.clone(), selector, ids)));
    let work = move || {
        let (catalog, planned) = (Arc::clone(&catalog), Arc::clone(&planned));
        move |org: fleet::FleetOrg| plan_org(&org, (&planned.0, &planned.1, planned.2.as_ref()), &catalog)
    };
    fleet::scan(&store, how, work, &mut emit).await?;
    progress.finish_and_clear();
    let hash = writer.finish().map_err(unwritable)?;
    list.finish(&[("summary", serde_json::to_value(&summary)?), ("plan_sha256", json!(hash))])?;
    if !ctx.out.is_json() {
        summary.print(&ctx.out, &operation.describe(), snapshot.id, &hash);
        said_where(ctx, args.out.as_deref(), summary.to_change);
    }
    Ok(ExitStatus::Success)
}

/// Where the plan went, and what to do with it.
fn said_where(ctx: &Ctx, out: Option<&Path>, to_change: u64) {
    match out {
        Some(out) if to_change > 0 => ctx.out.note(format!(
            "plan written to {}: review it, then `orgpolicy change apply {}`",
            out.display(),
            out.display()
        )),
        None if to_change > 0 => ctx.out.note("nothing written: pass --out FILE to keep this plan for `change apply`"),
        _ => {}
    }
}

/// The operation asked for, its names normalized. What it adds must be in the catalog (a typo
/// would otherwise be written everywhere) unless `--allow-unknown`; what it takes away may be
/// anything lists still hold.
fn operation_of(args: &OperationArgs, c: &Catalog) -> anyhow::Result<Operation> {
    if let (Some(with), None) = (&args.with, &args.add_provider) {
        return Err(fixable(
            format!("--with {with} names the allow lists --add-provider adds to, and no --add-provider is given"),
            "write --add-provider P --with Q, or leave out --with",
        ));
    }
    let operation = match (&args.deny_model, &args.allow_model, &args.remove_provider, &args.add_provider) {
        (Some(model), ..) => Operation::DenyModel { model: model.clone() },
        (_, Some(model), ..) => Operation::AllowModel { model: model.clone() },
        (_, _, Some(provider), _) => Operation::RemoveProvider { provider: provider.clone() },
        (_, _, _, Some(provider)) => Operation::AddProvider { provider: provider.clone(), with: args.with.clone() },
        // clap requires one of them.
        _ => {
            return Err(fixable(
                "no operation given",
                "pass one of --deny-model, --allow-model, --remove-provider, --add-provider",
            ))
        }
    }
    .normalized();
    if args.allow_unknown {
        return Ok(operation);
    }
    let unknown_provider = |slug: &str| -> anyhow::Result<()> {
        catalog_provider_or(c, slug, Some("pass --allow-unknown to name it anyway")).map(|_| ())
    };
    match &operation {
        Operation::AddProvider { provider, with } => {
            unknown_provider(provider)?;
            with.as_deref().map_or(Ok(()), unknown_provider)?;
        }
        Operation::DenyModel { model } if c.model_id(&normalize::model_id(model)).is_none() => {
            let help = match closest(model, c.models().iter().map(|m| m.id.as_str())).first() {
                Some(name) => format!("did you mean '{name}'? pass --allow-unknown to deny it anyway"),
                None => "pass --allow-unknown to deny it anyway".to_string(),
            };
            return Err(fixable(format!("model '{model}' is not in the latest catalog snapshot"), help));
        }
        _ => {}
    }
    Ok(operation)
}

/// The selector of `--where`, `--has-provider`, `--has-model` and `--mode`.
fn selector_of(args: &SelectorArgs) -> anyhow::Result<Selector> {
    let clauses = args
        .wheres
        .iter()
        .map(|text| {
            Clause::parse(text).map_err(|e| {
                fixable(
                    format!("--where '{text}': {e}"),
                    "write FIELD OP VALUE: `plan = enterprise`, `name ~ acme`, `created < 2026-03-01`",
                )
            })
        })
        .collect::<anyhow::Result<Vec<_>>>()?;
    Ok(Selector {
        clauses,
        has_provider: args.has_provider.iter().map(|p| normalize::provider_slug(p)).collect(),
        has_model: args.has_model.clone(),
        mode: args.mode.map(|m| format!("{m:?}").to_lowercase()),
        orgs_file: args.orgs.as_ref().map(|p| p.display().to_string()),
    })
}

/// The orgs of `--orgs FILE`: one id, id prefix or name per line; blank lines and `#`
/// comments skipped. An org that cannot be resolved is refused with the line it is on.
async fn orgs_of_file(store: &Store, path: &Path) -> anyhow::Result<HashSet<String>> {
    let text = read_input(path, "organization list")?;
    let mut ids = HashSet::new();
    for (number, line) in text.lines().enumerate() {
        let query = line.split('#').next().unwrap_or_default().trim();
        if query.is_empty() {
            continue;
        }
        let org = store.resolve_org(query).await.map_err(|e| {
            let help = e.help().unwrap_or_else(|| "fix the line, or remove it".to_string());
            fixable(format!("{}, line {}: {e}", path.display(), number + 1), help)
        })?;
        ids.insert(org.id);
    }
    Ok(ids)
}

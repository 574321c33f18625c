//! `backfill rollback`: the documents a plan replaced, restored where nothing changed since.

use std::collections::HashSet;

use crate::cli::RollbackArgs;
use crate::error::fixable;
use crate::exit::ExitStatus;
use crate::output::prompt::some_names;
use crate::output::{self};
use crate::planfile::VerifiedPlan;
use crate::policy::{Catalog, Rules};
use crate::services::{Ctx, Snapshot};
use crate::store::{Schema, Store, StoreError, WriteKind};

use super::batches::{check_same_database, run_batches, Batches, Direction};
use super::Kind;

pub(super) async fn run(ctx: &Ctx, args: RollbackArgs, kind: Kind) -> anyhow::Result<ExitStatus> {
    let store = ctx.store().await?;
    if !args.dry_run {
        store.ensure_writable(WriteKind::Settings).await?;
    }
    let plan = VerifiedPlan::open(&args.file)?;
    kind.check(&plan)?;
    check_same_database(ctx, &store, &plan).await?;
    if plan.orgs == 0 {
        // Likely a plan made after the migration (it finds nothing left to do): it cannot undo it.
        ctx.out.warn(format!(
            "plan file '{}' changes no organization, so there is nothing to restore from it",
            args.file.display()
        ));
        ctx.out.note("roll back with the plan file that was applied (`backfill apply` prints its hash)");
        return Ok(ExitStatus::Failure);
    }
    let changed = changed_by(&store, &plan, &args.file).await?;
    let rules = rules_of(&plan, &args.file)?;
    let catalog = pinned_catalog(ctx, &store, &plan).await?;
    if catalog.is_none() {
        ctx.out.note(format!(
            "the catalog plan {} was made over is no longer in this database: entries are re-derived from their documents alone",
            &plan.hash[..12]
        ));
    }
    // --org: those orgs only, each of which must be in the plan.
    let only = if args.orgs.is_empty() { None } else { Some(orgs_in_plan(&store, &plan, &args.orgs).await?) };
    if !args.dry_run && !confirmed(ctx, &store, &plan, only.as_ref())? {
        return Ok(ExitStatus::Failure);
    }
    let run = Batches {
        direction: Direction::Rollback,
        rules,
        own_schema: store.schema() == Schema::Own,
        catalog: catalog.as_ref(),
        changed_by_plan: Some(&changed),
        batch_size: args.batch_size as usize,
        accept_changes: true,
        dry_run: args.dry_run,
        only: only.as_ref(),
    };
    let mut report = run_batches(ctx, &store, &plan, run).await?;
    report.plan_file = Some(args.file.display().to_string());
    ctx.out.show(&report)?;
    Ok(if report.complete() { ExitStatus::Success } else { ExitStatus::Failure })
}

/// The orgs the plan changed in this database, by its audit rows. Only a plan this database
/// recorded as applied rolls back: one edited and re-sealed has another hash, and is refused.
async fn changed_by(store: &Store, plan: &VerifiedPlan, file: &std::path::Path) -> anyhow::Result<HashSet<String>> {
    let changed = store.backfilled_orgs(&plan.hash).await?;
    if changed.is_empty() {
        return Err(fixable(
            format!(
                "plan file '{}' was not applied to this database: no audit row names plan {}",
                file.display(),
                &plan.hash[..12]
            ),
            "roll back with the plan file `backfill apply` wrote or was given (its hash is in the apply report and in `orgpolicy log --org ORG`)",
        ));
    }
    Ok(changed)
}

/// The rules the plan was made under, which its entries are re-derived under.
fn rules_of(plan: &VerifiedPlan, file: &std::path::Path) -> anyhow::Result<Rules> {
    Rules::from_name(&plan.header.rules).ok_or_else(|| {
        fixable(
            format!(
                "plan file '{}' names rules '{}', which this version does not know",
                file.display(),
                plan.header.rules
            ),
            "roll back with the orgpolicy version that made the plan",
        )
    })
}

/// Asks before restoring, naming a few of the orgs.
fn confirmed(ctx: &Ctx, store: &Store, plan: &VerifiedPlan, only: Option<&HashSet<String>>) -> anyhow::Result<bool> {
    let names: Vec<String> = plan
        .entries()?
        .filter_map(Result::ok)
        .filter(|e| only.is_none_or(|ids| ids.contains(&e.id)))
        .take(3)
        .map(|e| e.name)
        .collect();
    let total = only.map_or(plan.orgs as usize, HashSet::len);
    let question = format!(
        "restore the settings of {} on {} from before plan {}?",
        some_names(&names, total),
        store.url(),
        &plan.hash[..12]
    );
    output::prompt::confirm_write(&ctx.out, &question, ctx.options.yes, "--dry-run to only check it")
}

/// The catalog the plan was made over, when this database still has it: orgpolicy's schema keeps
/// every snapshot; the gateway's sync replaces its one row every ten minutes, so there it is the
/// latest one if nothing policy reads has changed since.
async fn pinned_catalog(ctx: &Ctx, store: &Store, plan: &VerifiedPlan) -> anyhow::Result<Option<Catalog>> {
    let row = match store.schema() {
        Schema::Gateway => store.latest_snapshot().await?,
        Schema::Own => match store.snapshot(plan.header.snapshot_id).await {
            Ok(row) => row,
            Err(StoreError::SnapshotNotFound(_)) => return Ok(None),
            Err(e) => return Err(e.into()),
        },
    };
    let snapshot = Snapshot::from_row(row, &ctx.facts(store).await?)?;
    let same = snapshot.catalog.policy_fingerprint() == plan.header.catalog_fingerprint;
    Ok(same.then_some(snapshot.catalog))
}

/// The ids of `--org` queries, each an org this plan changed. A query is resolved within the
/// plan first (an id, a unique id prefix, or a name, ignoring case, that one entry has), so a
/// name two live orgs share is not ambiguous when the plan holds one of them; otherwise as
/// everywhere else, and the org must then be in the plan.
async fn orgs_in_plan(store: &Store, plan: &VerifiedPlan, queries: &[String]) -> anyhow::Result<HashSet<String>> {
    let entries: Vec<(String, String)> =
        plan.entries()?.map(|e| e.map(|e| (e.id, e.name))).collect::<Result<_, _>>()?;
    let mut ids = HashSet::new();
    for query in queries {
        let wanted = query.trim().to_lowercase();
        let matching: Vec<&(String, String)> = entries
            .iter()
            .filter(|(id, name)| {
                *id == wanted || (wanted.len() >= 4 && id.starts_with(&wanted)) || name.to_lowercase() == wanted
            })
            .collect();
        if let [(id, _)] = matching.as_slice() {
            ids.insert(id.clone());
            continue;
        }
        let org = store.resolve_org(query).await?;
        if !entries.iter().any(|(id, _)| *id == org.id) {
            return Err(fixable(
                format!("organization '{}' is not in plan file '{}'", org.name, plan.path.display()),
                "roll back with the plan file that migrated it (`orgpolicy log --org ORG` names the plan)",
            ));
        }
        ids.insert(org.id);
    }
    Ok(ids)
}

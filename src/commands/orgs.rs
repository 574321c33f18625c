//! `orgs list`: every organization with its plan, mode and list sizes, streamed.

use crate::cli::{ModeArg, OrgsCommand};
use crate::exit::ExitStatus;
use crate::output::stream::ListWriter;
use crate::output::views::orgs::{OrgLine, Tally};
use crate::store::OrgFilter;

use crate::services::{Ctx, Snapshot};

pub async fn run(ctx: &Ctx, cmd: OrgsCommand) -> anyhow::Result<ExitStatus> {
    let OrgsCommand::List { plan, mode, include_deleted, trial } = cmd;
    let store = ctx.store().await?;
    let rules = ctx.rules();
    let own_schema = store.schema() == crate::store::Schema::Own;
    let snapshot = Snapshot::latest_if_any(ctx, &store).await?;
    if snapshot.is_none() {
        ctx.out
            .note("no catalog snapshot: provider counts are left empty (import one with `orgpolicy catalog import`)");
    }
    let catalog = snapshot.as_ref().map(|s| &s.catalog);
    // Rows stream out as they are read: one JSON object with the list, or table lines.
    let columns = if trial { OrgLine::COLUMNS_WITH_TRIAL } else { OrgLine::COLUMNS };
    let mut list = ListWriter::start(&ctx.out, &[("rules", serde_json::json!(rules))], "orgs", columns)?;
    let mut tally = Tally::default();
    store
        .for_each_org(
            &OrgFilter { plan: plan.map(|p| p.as_str().to_string()), by_name: true, include_deleted, trial },
            &mut |row| {
                let mut line = OrgLine::new(&row, catalog, rules, own_schema);
                if trial {
                    line.trial = Some(OrgLine::trial_of(&row));
                }
                if mode.is_some_and(|m| m != mode_of(&line)) {
                    return Ok(());
                }
                list.item(&line, || line.cells())?;
                tally.add(&line);
                Ok(())
            },
        )
        .await?;
    list.finish(&[("summary", serde_json::to_value(&tally)?)])?;
    ctx.out.note(tally.sentence());
    Ok(ExitStatus::Success)
}

/// The `--mode` value a line answers to.
fn mode_of(line: &OrgLine) -> ModeArg {
    match line.mode {
        "allow" => ModeArg::Allow,
        "legacy" => ModeArg::Legacy,
        "unrestricted" => ModeArg::Unrestricted,
        _ => ModeArg::Invalid,
    }
}

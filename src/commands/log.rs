//! `log`: audit-log rows for auditors, newest first: one org or every org, narrowed by time,
//! actor and action, streamed.

use serde_json::json;

use crate::cli::LogArgs;
use crate::exit::ExitStatus;
use crate::output::stream::ListWriter;
use crate::output::views::log::{cells, columns, Listed};
use crate::services::Ctx;
use crate::store::AuditFilter;

pub async fn run(ctx: &Ctx, args: LogArgs) -> anyhow::Result<ExitStatus> {
    let store = ctx.store().await?;
    let org = match &args.org {
        Some(query) => Some(store.resolve_org(query).await?),
        None => None,
    };
    let filter = AuditFilter {
        org_id: org.as_ref().map(|o| o.id.clone()),
        since: args.since,
        until: args.until,
        actor: args.by.clone(),
        actions: args.action.clone(),
        limit: (!args.all).then_some(args.limit),
    };
    let head = [
        ("org", json!(org.as_ref().map(|o| &o.id))),
        (
            "filters",
            json!({"since": filter.since, "until": filter.until, "actor": filter.actor, "actions": filter.actions, "limit": filter.limit}),
        ),
    ];
    let every_org = org.is_none();
    let mut list = ListWriter::start(&ctx.out, &head, "rows", columns(every_org))?;
    let mut count = 0u64;
    store
        .for_each_audit_row(&filter, &mut |row| {
            count += 1;
            let details = Listed::details(&row);
            Ok(list.item(&Listed::of(&row, &details), || cells(&row, every_org))?)
        })
        .await?;
    list.finish(&[("count", json!(count))])?;
    if count == 0 && !ctx.out.is_json() {
        let whose = org.as_ref().map_or("any organization".to_string(), |o| format!("'{}'", o.name));
        ctx.out.note(format!("no audit rows for {whose} match"));
    }
    Ok(ExitStatus::Success)
}

//! `log`: an organization's audit log, newest first.

use crate::cli::LogArgs;
use crate::services::Ctx;
use crate::store::Store;
use crate::ExitStatus;

pub async fn run(ctx: &Ctx, args: LogArgs) -> anyhow::Result<ExitStatus> {
    let store: Store = ctx.store().await?;
    let org = store.resolve_org(&args.org.org).await?;
    let rows = store.audit_log(&org.id, args.limit).await?;
    if ctx.out.is_json() {
        ctx.out.json(&rows)?;
        return Ok(ExitStatus::Success);
    }
    if rows.is_empty() {
        ctx.out.note(format!("no audit rows for '{}'", org.name));
        return Ok(ExitStatus::Success);
    }
    let mut table = ctx.out.new_table(&["time", "actor", "action", "message"]);
    for row in &rows {
        table.add_row(vec![
            row.created_at.format("%Y-%m-%d %H:%M:%S").to_string(),
            row.actor_name.clone().or_else(|| row.actor_email.clone()).unwrap_or_else(|| "(system)".into()),
            row.action.clone(),
            row.message.clone(),
        ]);
    }
    ctx.out.table(&table)?;
    Ok(ExitStatus::Success)
}

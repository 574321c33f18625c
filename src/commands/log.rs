//! `log`: an organization's audit log, newest first.

use crate::cli::LogArgs;
use crate::output::views::log::Log;
use crate::services::Ctx;
use crate::ExitStatus;

pub async fn run(ctx: &Ctx, args: LogArgs) -> anyhow::Result<ExitStatus> {
    let store = ctx.store().await?;
    let org = store.resolve_org(&args.org.org).await?;
    let rows = store.audit_log(&org.id, args.limit).await?;
    ctx.out.show(&Log { rows: &rows, org_name: &org.name })?;
    Ok(ExitStatus::Success)
}

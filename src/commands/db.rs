//! `db migrate` and `db status`.

use crate::cli::DbCommand;
use crate::output::Tone;
use crate::store::Store;
use crate::ExitStatus;

use super::Ctx;

pub async fn run(ctx: &Ctx, cmd: DbCommand) -> anyhow::Result<ExitStatus> {
    let url = ctx.database_url()?;
    match cmd {
        DbCommand::Migrate => {
            let store = Store::connect(url, true).await?;
            let applied = store.migrate().await?;
            if ctx.out.is_json() {
                ctx.out.json(&serde_json::json!({ "database": store.url(), "applied": applied }))?;
            } else if applied.is_empty() {
                ctx.out.note(format!("{} is up to date", store.url()));
            } else {
                for m in &applied {
                    ctx.out.note(format!("applied {} {}", m.version, m.description));
                }
            }
        }
        DbCommand::Status => {
            let store = Store::connect(url, false).await?;
            let status = store.migration_status().await?;
            if ctx.out.is_json() {
                ctx.out.json(&serde_json::json!({ "database": store.url(), "migrations": status }))?;
            } else {
                let mut table = ctx.out.new_table(&["version", "description", "state"]);
                for m in &status {
                    let (state, tone) = if m.applied { ("applied", Tone::Good) } else { ("pending", Tone::Warn) };
                    table.add_row(vec![
                        m.version.to_string().into(),
                        m.description.clone().into(),
                        ctx.out.cell(state, tone),
                    ]);
                }
                ctx.out.table(&table)?;
                let pending = status.iter().filter(|m| !m.applied).count();
                if pending > 0 {
                    ctx.out.note(format!("{pending} pending: run `orgpolicy db migrate`"));
                }
            }
        }
    }
    Ok(ExitStatus::Success)
}

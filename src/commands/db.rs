//! `db migrate` and `db status`.

use serde_json::json;

use crate::cli::{DbCommand, SchemaArg};
use crate::output::Tone;
use crate::store::{Schema, SchemaChoice, Store, StoreError};
use crate::ExitStatus;

use crate::services::Ctx;

pub async fn run(ctx: &Ctx, cmd: DbCommand) -> anyhow::Result<ExitStatus> {
    let url = ctx.database_url()?;
    match cmd {
        DbCommand::Migrate => {
            if ctx.global.schema == SchemaArg::Gateway {
                return Err(StoreError::ReadOnlyOnGateway {
                    what: "migrating".into(),
                    help: "orgpolicy works on the gateway's database in place and never migrates it; `orgpolicy db status` checks the tables it needs".into(),
                }
                .into());
            }
            let store = Store::connect(url, true).await?;
            let applied = store.migrate().await?;
            if ctx.out.is_json() {
                ctx.out.json(&json!({ "database": store.url(), "applied": applied }))?;
            } else if applied.is_empty() {
                ctx.out.note(format!("{} is up to date", store.url()));
            } else {
                for m in &applied {
                    ctx.out.note(format!("applied {} {}", m.version, m.description));
                }
            }
            Ok(ExitStatus::Success)
        }
        DbCommand::Status => status(ctx, url).await,
    }
}

/// The schema in use and the rules in force; the tool's migrations on its own schema, every
/// table and column it needs on the gateway's (exit 1 on any mismatch there).
async fn status(ctx: &Ctx, url: &str) -> anyhow::Result<ExitStatus> {
    let store = match Store::connect_schema(url, ctx.global.schema.into()).await {
        // An empty database: report the tool's migrations as pending.
        Err(StoreError::NoSchema { .. }) => Store::connect_schema(url, SchemaChoice::Own).await?,
        other => other?,
    };
    let rules = ctx.rules(&store);
    let migrations = store.migration_status().await?;
    let checks = store.gateway_checks().await?;
    let mismatches = checks.iter().filter(|c| c.state != "ok").count();
    if ctx.out.is_json() {
        ctx.out.json(&json!({
            "database": store.url(),
            "schema": store.schema(),
            "rules": rules,
            "migrations": migrations,
            "gateway_columns": checks,
        }))?;
    } else {
        ctx.out.line(format!("database: {}", store.url()))?;
        ctx.out.line(format!(
            "schema: {}",
            match store.schema() {
                Schema::Own => "orgpolicy's own",
                Schema::Gateway => "the gateway's (worked on in place, never migrated)",
            }
        ))?;
        ctx.out.line(format!("rules: {}", rules.describe()))?;
        match store.schema() {
            Schema::Own => {
                let mut table = ctx.out.new_table(&["version", "description", "state"]);
                for m in &migrations {
                    let (state, tone) = if m.applied { ("applied", Tone::Good) } else { ("pending", Tone::Warn) };
                    table.add_row(vec![
                        m.version.to_string().into(),
                        m.description.clone().into(),
                        ctx.out.cell(state, tone),
                    ]);
                }
                ctx.out.table(&table)?;
                let pending = migrations.iter().filter(|m| !m.applied).count();
                if pending > 0 {
                    ctx.out.note(format!("{pending} pending: run `orgpolicy db migrate`"));
                }
            }
            Schema::Gateway => {
                let mut table = ctx.out.new_table(&["table", "column", "used for", "expected", "state"]);
                for c in &checks {
                    let state = match (&c.found, c.state) {
                        (Some(found), "wrong type") => format!("wrong type ({found})"),
                        (_, state) => state.to_string(),
                    };
                    let tone = if c.state == "ok" { Tone::Good } else { Tone::Bad };
                    table.add_row(vec![
                        c.table.into(),
                        c.column.unwrap_or("").into(),
                        c.use_.into(),
                        c.expected.into(),
                        ctx.out.cell(state, tone),
                    ]);
                }
                ctx.out.table(&table)?;
                if mismatches > 0 {
                    ctx.out.note(format!("{mismatches} mismatches: the commands that use them will fail"));
                }
            }
        }
    }
    Ok(if mismatches > 0 { ExitStatus::Failure } else { ExitStatus::Success })
}

//! `db migrate` and `db status`.

use crate::cli::DbCommand;
use crate::exit::ExitStatus;
use crate::output::views::db::{Migrated, Status};
use crate::store::{SchemaChoice, Store, StoreError};

use crate::services::Ctx;

pub async fn run(ctx: &Ctx, cmd: DbCommand) -> anyhow::Result<ExitStatus> {
    let url = ctx.database_url()?;
    match cmd {
        DbCommand::Migrate { dry_run: true } => {
            let status = status(ctx, url).await;
            ctx.out.note("dry run: nothing applied");
            status
        }
        DbCommand::Migrate { dry_run: false } => {
            if ctx.options.schema == SchemaChoice::Gateway {
                return Err(StoreError::ReadOnlyOnGateway {
                    what: "migrating".into(),
                    help: "orgpolicy works on the gateway's database in place and never migrates it; `orgpolicy db status` checks the tables it needs".into(),
                }
                .into());
            }
            let store = Store::connect(url, true).await?;
            ctx.closes(&store);
            let applied = store.migrate().await?;
            ctx.out.show(&Migrated { database: store.url(), applied: &applied })?;
            Ok(ExitStatus::Success)
        }
        DbCommand::Status => status(ctx, url).await,
    }
}

/// The schema in use and the rules in force; the tool's migrations on its own schema, every
/// table and column it needs on the gateway's (exit 1 on any mismatch there).
async fn status(ctx: &Ctx, url: &str) -> anyhow::Result<ExitStatus> {
    let store = match Store::connect_schema(url, ctx.options.schema).await {
        // An empty database: report the tool's migrations as pending.
        Err(StoreError::NoSchema { .. }) => Store::connect_schema(url, SchemaChoice::Own).await?,
        other => other?,
    };
    ctx.closes(&store);
    let (migrations, checks) = (store.migration_status().await?, store.gateway_checks().await?);
    let facts = ctx.base_facts()?.label();
    let status = Status::new(store.url(), store.schema(), ctx.rules(), &facts, &migrations, &checks);
    ctx.out.show(&status)?;
    Ok(if status.failing() { ExitStatus::Failure } else { ExitStatus::Success })
}

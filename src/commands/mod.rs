//! Command implementations, one module per command named as on the command line: each takes
//! its parsed arguments and a [`Ctx`], loads through `services`, runs the pure policy code and
//! hands a view to `output`. This file only dispatches.

mod abuse;
mod access;
mod audit;
mod cas_edit;
mod catalog;
mod check;
mod db;
mod demo;
mod diff;
mod groups;
mod log;
mod members;
mod models;
mod orgs;
mod plans;
mod profiles;
mod providers;
mod settings_edit;
mod test;

use clap::CommandFactory;

use crate::cli::{Cli, Command, RulesChoice};
use crate::exit::ExitStatus;
use crate::output::Output;
use crate::services::Ctx;

pub async fn run(cli: Cli) -> anyhow::Result<ExitStatus> {
    refuse_misplaced_options(&cli)?;
    let g = &cli.global;
    let mut out = Output::new(g.format, g.color, g.quiet, g.verbose);
    if g.no_headers {
        out = out.without_headers();
    }
    let mut cli = cli;
    // `profiles` lists them even when the one chosen is misconfigured.
    if !matches!(cli.command, Command::Profiles) {
        profiles::apply(&mut cli)?;
    }
    if let Some(name) = &cli.global.production {
        out = out.in_production(name);
    }
    let ctx = Ctx::new(out, options(&cli.global));
    let result = dispatch(&ctx, cli).await;
    ctx.close_stores().await;
    result
}

/// Runs the command `cli` names.
async fn dispatch(ctx: &Ctx, cli: Cli) -> anyhow::Result<ExitStatus> {
    match cli.command {
        Command::Db(cmd) => db::run(ctx, cmd).await,
        Command::Catalog(cmd) => catalog::run(ctx, cmd).await,
        Command::Orgs(cmd) => orgs::run(ctx, cmd).await,
        Command::Providers(cmd) => providers::run(ctx, cmd).await,
        Command::Models(cmd) => models::run(ctx, cmd).await,
        Command::Members(cmd) => members::run(ctx, cmd).await,
        Command::Groups(cmd) => groups::run(ctx, cmd).await,
        Command::Check(args) => check::run(ctx, args).await,
        Command::Diff(args) => diff::run(ctx, args).await,
        Command::Access(args) => access::run(ctx, args).await,
        Command::Audit(args) => audit::run(ctx, args).await,
        Command::Test(args) => test::run(ctx, args).await,
        Command::Abuse(cmd) => abuse::run(ctx, cmd).await,
        Command::Log(args) => log::run(ctx, args).await,
        Command::Backfill(cmd) => plans::backfill(ctx, cmd).await,
        Command::Change(cmd) => plans::change(ctx, cmd).await,
        Command::Demo => demo::run(ctx).await,
        Command::Profiles => profiles::run(&ctx.out, &cli.global),
        Command::Completions(args) => {
            // Through the output's stdout: clap_complete panics on a failed write (`| head`).
            let mut script = Vec::new();
            clap_complete::generate(args.shell, &mut Cli::command(), "orgpolicy", &mut script);
            ctx.out.raw(&String::from_utf8_lossy(&script))?;
            Ok(ExitStatus::Success)
        }
    }
}

/// Options only some commands take (a CI report, CSV, a rules range), refused elsewhere.
fn refuse_misplaced_options(cli: &Cli) -> anyhow::Result<()> {
    let g = &cli.global;
    if g.format.ci().is_some() && !matches!(cli.command, Command::Audit(_) | Command::Test(_)) {
        let name = format!("{:?}", g.format).to_lowercase();
        return Err(crate::error::fixable(
            format!("--format {name} is a report for CI: only `audit` and `test` write one"),
            "use --format table or --format json here",
        ));
    }
    if matches!(g.format, crate::output::Format::Csv | crate::output::Format::Markdown) && !writes_tables(&cli.command)
    {
        let name = format!("{:?}", g.format).to_lowercase();
        return Err(crate::error::fixable(
            format!("--format {name} is for fleet-wide lists: only `access` and `diff --all` write it"),
            "use --format table or --format json here",
        ));
    }
    if matches!(g.rules, Some(RulesChoice::Range(..))) && !matches!(cli.command, Command::Diff(_)) {
        return Err(crate::error::fixable(
            "--rules A..B compares two eras: only `diff` takes a range",
            "name one era here (marker, allow-list or current)",
        ));
    }
    Ok(())
}

/// Whether the command writes CSV and Markdown (the fleet-wide lists).
fn writes_tables(command: &Command) -> bool {
    match command {
        Command::Access(_) => true,
        Command::Diff(args) => args.all,
        _ => false,
    }
}

/// The options operations run with, from the parsed command line (profile applied).
fn options(global: &crate::cli::GlobalArgs) -> crate::services::Options {
    crate::services::Options {
        database_url: global.database_url.clone(),
        schema: global.schema.into(),
        rules: global.rules.map(|choice| match choice {
            RulesChoice::One(rules) | RulesChoice::Range(_, rules) => rules.into(),
        }),
        rules_from: match global.rules {
            Some(RulesChoice::Range(from, _)) => Some(from.into()),
            _ => None,
        },
        gateway_facts: global.gateway_facts.clone(),
        redis_url: global.redis_url.clone(),
        key_prefix: global.key_prefix.clone(),
        actor: global.actor.clone(),
        actor_email: global.actor_email.clone(),
        actor_id: global.actor_id.clone(),
        yes: global.yes,
    }
}

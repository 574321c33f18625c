//! `profiles`, and applying the one chosen with `--profile`: named connections from the config
//! file (see `crate::config`).

use std::io;

use clap::ValueEnum;
use serde::Serialize;

use crate::cli::{Cli, Command, GlobalArgs, RulesArg, RulesChoice, SchemaArg};
use crate::config::{config_path, Config, ConfigError};
use crate::exit::ExitStatus;
use crate::output::{Output, View};

/// The chosen profile's values, where the command line gives none (a flag on the command line
/// wins; the environment does not: choosing a profile is more specific than what a shell
/// happens to export).
pub fn apply(cli: &mut Cli) -> anyhow::Result<()> {
    let Some(name) = cli.global.profile.clone().filter(|n| !n.trim().is_empty()) else { return Ok(()) };
    let path = config_path(cli.global.config.as_deref()).ok_or_else(|| {
        crate::error::fixable("no config file: neither HOME nor XDG_CONFIG_HOME is set", "pass --config FILE")
    })?;
    let config = Config::load(&path, Some(&name)).map_err(config_error)?;
    let profile = config.profile(&path, &name).map_err(config_error)?;
    let from_command_line = cli.global.from_command_line.clone();
    let given = |id: &str| from_command_line.contains(&id);
    let g = &mut cli.global;
    if !given("database_url") {
        if let Some(url) = profile.database_url(&name).map_err(config_error)? {
            g.database_url = Some(url);
        }
    }
    if let (false, Some(schema)) = (given("schema"), &profile.schema) {
        g.schema = SchemaArg::from_str(schema, true).unwrap_or(g.schema);
    }
    if let (false, Some(rules)) = (given("rules"), &profile.rules) {
        g.rules = RulesArg::from_str(rules, true).ok().map(RulesChoice::One).or(g.rules);
    }
    if let (false, Some(actor)) = (given("actor"), &profile.actor) {
        g.actor = Some(actor.clone());
    }
    if let (false, Some(facts)) = (given("gateway_facts"), &profile.gateway_facts) {
        g.gateway_facts = Some(facts.clone());
    }
    if profile.production {
        g.production = Some(name.clone());
    }
    if let (Command::Audit(args), Some(history)) = (&mut cli.command, &profile.catalog_history) {
        args.catalog_history.get_or_insert_with(|| history.clone());
    }
    Ok(())
}

fn config_error(e: ConfigError) -> anyhow::Error {
    let help = e.help();
    crate::error::fixable(e.to_string(), help)
}

/// `profiles`: every profile of the config file, URLs redacted.
pub fn run(out: &Output, global: &GlobalArgs) -> anyhow::Result<ExitStatus> {
    let path = config_path(global.config.as_deref());
    let config = match &path {
        Some(path) => Config::load(path, None).map_err(config_error)?,
        None => Config::default(),
    };
    let profiles = config
        .profiles
        .iter()
        .map(|(name, p)| Listed {
            name: name.clone(),
            database: match (&p.database_url, &p.database_url_env) {
                (Some(url), _) => Some(crate::store::redact(url)),
                (None, Some(var)) => Some(format!("${var}")),
                (None, None) => None,
            },
            schema: p.schema.clone(),
            rules: p.rules.clone(),
            actor: p.actor.clone(),
            production: p.production,
            active: global.profile.as_deref() == Some(name.as_str()),
        })
        .collect();
    out.show(&Profiles { config: path.map(|p| p.display().to_string()), profiles })?;
    Ok(ExitStatus::Success)
}

/// One profile: `{"name", "database" (redacted URL or "$VARIABLE"), "schema", "rules",
/// "actor", "production", "active"}`.
#[derive(Serialize)]
struct Listed {
    name: String,
    database: Option<String>,
    schema: Option<String>,
    rules: Option<String>,
    actor: Option<String>,
    production: bool,
    active: bool,
}

/// `profiles`: `{"config": path, "profiles": [...]}`.
#[derive(Serialize)]
struct Profiles {
    config: Option<String>,
    profiles: Vec<Listed>,
}

impl View for Profiles {
    fn render(&self, out: &Output) -> io::Result<()> {
        let file = self.config.as_deref().unwrap_or("(none: HOME is not set)");
        if self.profiles.is_empty() {
            out.note(format!(
                "no profiles in {file}: add a [profiles.NAME] table with database_url or database_url_env"
            ));
            return Ok(());
        }
        let mut table = out.new_table(&["profile", "database", "schema", "rules", "production"]);
        for p in &self.profiles {
            let dash = |v: &Option<String>| v.clone().unwrap_or_else(|| "-".into());
            let name = if p.active { format!("{} *", p.name) } else { p.name.clone() };
            table.add_row(vec![
                name.into(),
                dash(&p.database).into(),
                dash(&p.schema).into(),
                dash(&p.rules).into(),
                (if p.production { "yes" } else { "-" }).into(),
            ]);
        }
        out.table(&table)?;
        out.summary(format!(
            "{} in {file} (* the one in use)",
            crate::output::plural(self.profiles.len(), "profile", "profiles")
        ));
        Ok(())
    }
}

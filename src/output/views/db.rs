//! `db migrate` and `db status`.

use std::io;

use serde::Serialize;

use crate::output::{Output, Tone, View};
use crate::policy::Rules;
use crate::store::{MigrationState, Schema, SchemaCheck};

/// `db migrate`: `{"database", "applied": [{"version", "description", "applied"}]}`.
#[derive(Serialize)]
pub struct Migrated<'a> {
    pub database: &'a str,
    pub applied: &'a [MigrationState],
}

impl View for Migrated<'_> {
    fn render(&self, out: &Output) -> io::Result<()> {
        if self.applied.is_empty() {
            out.note(format!("{} is up to date", self.database));
        }
        for m in self.applied {
            out.note(format!("applied {} {}", m.version, m.description));
        }
        Ok(())
    }
}

/// `db status`: `{"database", "schema", "rules", "migrations": [...], "gateway_columns": [...]}`.
#[derive(Serialize)]
pub struct Status<'a> {
    pub database: &'a str,
    pub schema: Schema,
    pub rules: Rules,
    pub migrations: &'a [MigrationState],
    pub gateway_columns: &'a [SchemaCheck],
}

impl Status<'_> {
    /// Needed columns that are missing or of the wrong type (gateway schema).
    pub fn mismatches(&self) -> usize {
        self.gateway_columns.iter().filter(|c| c.state != "ok").count()
    }
}

impl View for Status<'_> {
    fn render(&self, out: &Output) -> io::Result<()> {
        out.line(format!("database: {}", self.database))?;
        out.line(format!(
            "schema: {}",
            match self.schema {
                Schema::Own => "orgpolicy's own",
                Schema::Gateway => "the gateway's (worked on in place, never migrated)",
            }
        ))?;
        out.line(format!("rules: {}", self.rules.describe()))?;
        match self.schema {
            Schema::Own => {
                let mut table = out.new_table(&["version", "description", "state"]);
                for m in self.migrations {
                    let (state, tone) = if m.applied { ("applied", Tone::Good) } else { ("pending", Tone::Warn) };
                    table.add_row(vec![
                        m.version.to_string().into(),
                        m.description.clone().into(),
                        out.cell(state, tone),
                    ]);
                }
                out.table(&table)?;
                let pending = self.migrations.iter().filter(|m| !m.applied).count();
                if pending > 0 {
                    out.note(format!("{pending} pending: run `orgpolicy db migrate`"));
                }
            }
            Schema::Gateway => {
                let mut table = out.new_table(&["table", "column", "used for", "expected", "state"]);
                for c in self.gateway_columns {
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
                        out.cell(state, tone),
                    ]);
                }
                out.table(&table)?;
                let mismatches = self.mismatches();
                if mismatches > 0 {
                    out.note(format!("{mismatches} mismatches: the commands that use them will fail"));
                }
            }
        }
        Ok(())
    }
}

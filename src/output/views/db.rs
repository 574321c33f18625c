//! `db migrate` and `db status`.

use std::io;

use serde::Serialize;

use crate::output::{Output, Tone, View};
use crate::policy::Rules;
use crate::store::{Access, MigrationState, Schema, SchemaCheck, TableCheck, WriteKind};

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

/// `db status`: `{"database", "schema", "rules", "gateway_facts", "migrations": [...],
/// "gateway_columns": [...],
/// "gateway_tables": [{"table", "required", "present", "reads", "read", "writes"}],
/// "write_commands": [{"kind", "commands", "access", "missing_on"}]}` (the last three filled on
/// the gateway's schema).
#[derive(Serialize)]
pub struct Status<'a> {
    pub database: &'a str,
    pub schema: Schema,
    pub rules: Rules,
    /// The gateway facts in force (`name (sha256 prefix)`).
    pub gateway_facts: &'a str,
    pub migrations: &'a [MigrationState],
    pub gateway_columns: Vec<&'a SchemaCheck>,
    pub gateway_tables: &'a [TableCheck],
    pub write_commands: Vec<WriteCommands>,
}

/// Whether the connected role may run one group of write commands.
#[derive(Serialize)]
pub struct WriteCommands {
    pub kind: WriteKind,
    pub commands: &'static str,
    pub access: Access,
    /// The tables whose grants are missing.
    pub missing_on: Vec<&'static str>,
}

impl<'a> Status<'a> {
    pub fn new(
        database: &'a str,
        schema: Schema,
        rules: Rules,
        gateway_facts: &'a str,
        migrations: &'a [MigrationState],
        tables: &'a [TableCheck],
    ) -> Self {
        let write_commands = match schema {
            Schema::Own => Vec::new(),
            Schema::Gateway => WriteKind::ALL
                .iter()
                .map(|kind| {
                    let missing_on: Vec<&'static str> = tables
                        .iter()
                        .filter(|t| t.writes.iter().any(|(k, a)| k == kind && *a == Access::Denied))
                        .map(|t| t.table)
                        .collect();
                    let access = if missing_on.is_empty() { Access::Granted } else { Access::Denied };
                    WriteCommands { kind: *kind, commands: kind.commands(), access, missing_on }
                })
                .collect(),
        };
        Self {
            database,
            schema,
            rules,
            gateway_facts,
            migrations,
            gateway_columns: tables.iter().flat_map(|t| &t.columns).collect(),
            gateway_tables: tables,
            write_commands,
        }
    }

    /// Needed columns that are missing or of the wrong type (gateway schema).
    pub fn mismatches(&self) -> usize {
        self.gateway_columns.iter().filter(|c| c.state == "missing" || c.state == "wrong type").count()
    }

    /// Tables that are there and that the role may not read: every read that needs them fails.
    pub fn unreadable(&self) -> Vec<&'static str> {
        self.gateway_tables.iter().filter(|t| t.read == Access::Denied).map(|t| t.table).collect()
    }

    /// Exit 1 on anything that makes a read fail.
    pub fn failing(&self) -> bool {
        self.mismatches() > 0 || !self.unreadable().is_empty()
    }
}

fn access_word(access: Access) -> (&'static str, Tone) {
    match access {
        Access::Granted => ("yes", Tone::Good),
        Access::Denied => ("no", Tone::Bad),
        Access::Absent => ("-", Tone::Dim),
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
        out.line(format!("gateway facts: {}", self.gateway_facts))?;
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
                for c in &self.gateway_columns {
                    let state = match (&c.found, c.state) {
                        (Some(found), "wrong type") => format!("wrong type ({found})"),
                        (_, state) => state.to_string(),
                    };
                    let tone = match c.state {
                        "ok" => Tone::Good,
                        "absent (optional)" => Tone::Dim,
                        _ => Tone::Bad,
                    };
                    table.add_row(vec![
                        c.table.into(),
                        c.column.unwrap_or("").into(),
                        c.use_.into(),
                        c.expected.into(),
                        out.cell(state, tone),
                    ]);
                }
                out.table(&table)?;
                let mut grants = out.new_table(&["table", "present", "read", "write"]);
                for t in self.gateway_tables {
                    let (read, read_tone) = access_word(t.read);
                    let denied = t.writes.iter().any(|(_, a)| *a == Access::Denied);
                    let (write, write_tone) = match (t.writes.is_empty(), t.present, denied) {
                        (true, _, _) | (_, false, _) => ("-", Tone::Dim),
                        (_, _, true) => ("no", Tone::Bad),
                        _ => ("yes", Tone::Good),
                    };
                    grants.add_row(vec![
                        t.table.into(),
                        (if t.present { "yes" } else { "no" }).into(),
                        out.cell(read, read_tone),
                        out.cell(write, write_tone),
                    ]);
                }
                out.table(&grants)?;
                let mismatches = self.mismatches();
                if mismatches > 0 {
                    out.note(format!("{mismatches} mismatches: the commands that use them will fail"));
                }
                for table in self.unreadable() {
                    out.note(format!(
                        "the role may not read {table}: every command that needs it stops with an error (GRANT SELECT ON {table} TO the role)"
                    ));
                }
                for w in self.write_commands.iter().filter(|w| w.access == Access::Denied) {
                    out.note(format!(
                        "this role cannot run {} (missing grants on {})",
                        w.commands,
                        w.missing_on.join(", ")
                    ));
                }
            }
        }
        Ok(())
    }
}

//! What the connected role may do with each table the tool uses on the gateway's database, read
//! from `pg_catalog` (which every role can read, whatever its grants). `information_schema` lists
//! only the tables a role holds some privilege on, so a table the role may not read looked like
//! a table that is not there, and the tool answered as if the gateway had no groups: a missing
//! privilege must be an error, never an absence.
//!
//! [`GATEWAY_TABLES`] is the one list of what is read and written, and why; `db status` reports
//! it and every read or write checks it before touching a table.

use std::collections::HashMap;

use serde::Serialize;
use sqlx::PgConnection;

use super::{Result, StoreError};

/// A privilege a write needs.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "UPPERCASE")]
pub enum Privilege {
    Select,
    Insert,
    Update,
}

impl Privilege {
    pub fn as_str(self) -> &'static str {
        match self {
            Privilege::Select => "SELECT",
            Privilege::Insert => "INSERT",
            Privilege::Update => "UPDATE",
        }
    }
}

/// One column the tool reads: its name, the types it accepts, and whether older gateways may lack
/// it (the tool then does without).
pub struct ColumnSpec {
    pub name: &'static str,
    pub types: &'static [&'static str],
    pub optional: bool,
}

const fn col(name: &'static str, types: &'static [&'static str]) -> ColumnSpec {
    ColumnSpec { name, types, optional: false }
}

const fn opt(name: &'static str, types: &'static [&'static str]) -> ColumnSpec {
    ColumnSpec { name, types, optional: true }
}

/// What a write needs of one table, and which commands write it.
pub struct WriteSpec {
    pub privilege: Privilege,
    pub columns: &'static [&'static str],
    pub commands: WriteKind,
}

/// The kinds of write, each a group of commands needing the same grants.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum WriteKind {
    /// `providers|models allow|deny`, `backfill apply|rollback`.
    Settings,
    /// `groups policy|default-policy set|remove`.
    GroupPolicies,
}

impl WriteKind {
    pub fn commands(self) -> &'static str {
        match self {
            WriteKind::Settings => "providers allow|deny, models allow|deny, backfill apply|rollback",
            WriteKind::GroupPolicies => "groups policy set|remove, groups default-policy set|remove",
        }
    }

    pub const ALL: [WriteKind; 2] = [WriteKind::Settings, WriteKind::GroupPolicies];
}

/// One table the tool uses on the gateway's schema.
pub struct TableSpec {
    pub table: &'static str,
    /// Without it nothing works; the others come with later gateway versions and are read when
    /// present.
    pub required: bool,
    /// What the reads are for.
    pub reads: &'static str,
    pub columns: &'static [ColumnSpec],
    pub writes: &'static [WriteSpec],
}

const UUID: &[&str] = &["uuid"];
const TEXT: &[&str] = &["text"];
const JSONB: &[&str] = &["jsonb"];
const TIME: &[&str] = &["timestamptz"];
const BOOL: &[&str] = &["bool"];
const INT: &[&str] = &["int4", "int8"];

/// Every table the tool reads or writes on the gateway's database.
pub const GATEWAY_TABLES: &[TableSpec] = &[
    TableSpec {
        table: "organizations",
        required: true,
        reads: "every command",
        columns: &[
            col("id", UUID),
            col("name", TEXT),
            col("plan", TEXT),
            col("settings", JSONB),
            col("created_at", TIME),
            col("updated_at", TIME),
            col("deleted_at", TIME),
            opt("require_seats", BOOL),
            opt("free_trial_end_at", TIME),
        ],
        writes: &[WriteSpec {
            privilege: Privilege::Update,
            columns: &["settings", "updated_at"],
            commands: WriteKind::Settings,
        }],
    },
    TableSpec {
        table: "models_by_provider",
        required: true,
        reads: "every command that decides (the catalog)",
        columns: &[col("id", INT), col("data", JSONB), opt("openrouter", JSONB), opt("vercel", JSONB)],
        writes: &[],
    },
    TableSpec {
        table: "organization_audit_logs",
        required: true,
        reads: "log, audit, backfill",
        columns: &[
            col("id", UUID),
            col("action", TEXT),
            col("actor_id", TEXT),
            col("actor_email", TEXT),
            col("actor_name", TEXT),
            col("organization_id", UUID),
            col("message", TEXT),
            col("created_at", TIME),
        ],
        writes: &[
            WriteSpec {
                privilege: Privilege::Insert,
                columns: &["organization_id", "action", "actor_id", "actor_email", "actor_name", "message"],
                commands: WriteKind::Settings,
            },
            WriteSpec {
                privilege: Privilege::Insert,
                columns: &["organization_id", "action", "actor_id", "actor_email", "actor_name", "message"],
                commands: WriteKind::GroupPolicies,
            },
        ],
    },
    TableSpec {
        table: "custom_llm2",
        required: false,
        reads: "exempt custom models (every decision)",
        columns: &[col("public_id", TEXT), col("definition", JSONB)],
        writes: &[],
    },
    TableSpec {
        table: "byok_api_keys",
        required: false,
        reads: "check (BYOK keys that bypass the access check)",
        columns: &[col("organization_id", UUID), col("provider_id", TEXT), col("is_enabled", BOOL)],
        writes: &[],
    },
    TableSpec {
        table: "direct_byok_model_lists",
        required: false,
        reads: "direct-BYOK models exempt from policy (every decision)",
        columns: &[col("provider_id", TEXT), col("models", JSONB)],
        writes: &[],
    },
    TableSpec {
        table: "organization_seats_purchases",
        required: false,
        reads: "trial status (Claude routing through Anthropic)",
        columns: &[col("organization_id", UUID), col("subscription_status", TEXT), col("created_at", TIME)],
        writes: &[],
    },
    TableSpec {
        table: "organization_memberships",
        required: false,
        reads: "members (check --member, members, groups, audit)",
        columns: &[col("organization_id", UUID), col("kilo_user_id", TEXT)],
        writes: &[],
    },
    TableSpec {
        table: "organization_groups",
        required: false,
        reads: "group grants (every member decision)",
        columns: &[col("id", UUID), col("organization_id", UUID), col("name", TEXT), col("policies", JSONB)],
        writes: &[WriteSpec {
            privilege: Privilege::Update,
            columns: &["policies", "updated_at"],
            commands: WriteKind::GroupPolicies,
        }],
    },
    TableSpec {
        table: "organization_group_memberships",
        required: false,
        reads: "who is in which group (every member decision)",
        columns: &[col("organization_id", UUID), col("group_id", UUID), col("kilo_user_id", TEXT)],
        writes: &[],
    },
    TableSpec {
        table: "organization_group_policy_settings",
        required: false,
        reads: "default policy and revision (every member decision)",
        columns: &[col("organization_id", UUID), col("default_policies", JSONB), col("policy_revision", INT)],
        writes: &[
            WriteSpec {
                privilege: Privilege::Insert,
                columns: &["organization_id", "default_policies", "policy_revision", "updated_by_kilo_user_id"],
                commands: WriteKind::GroupPolicies,
            },
            WriteSpec {
                privilege: Privilege::Update,
                columns: &["default_policies", "policy_revision", "updated_by_kilo_user_id", "updated_at"],
                commands: WriteKind::GroupPolicies,
            },
            // Settings edits bump the revision as the gateway's updateAllowLists does.
            WriteSpec {
                privilege: Privilege::Insert,
                columns: &["organization_id", "default_policies", "policy_revision", "updated_by_kilo_user_id"],
                commands: WriteKind::Settings,
            },
            WriteSpec {
                privilege: Privilege::Update,
                columns: &["policy_revision", "updated_by_kilo_user_id", "updated_at"],
                commands: WriteKind::Settings,
            },
        ],
    },
    TableSpec {
        table: "kilocode_users",
        required: false,
        reads: "members' emails",
        columns: &[col("id", TEXT), opt("google_user_email", TEXT)],
        writes: &[],
    },
];

/// One column as found, with the connected role's privileges on it.
#[derive(Debug, Clone)]
pub struct ColumnFound {
    pub udt: String,
    pub select: bool,
    pub insert: bool,
    pub update: bool,
}

/// What the database holds of [`GATEWAY_TABLES`] and what the connected role may do with it.
#[derive(Debug, Clone, Default)]
pub struct Probe {
    pub role: String,
    tables: HashMap<String, HashMap<String, ColumnFound>>,
}

/// Whether the role can use a table for something.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Access {
    /// The table is not there (an older gateway): the tool does without it.
    Absent,
    Granted,
    /// The table is there and the role lacks the privilege: an error wherever it is needed.
    Denied,
}

impl Probe {
    /// Reads the tables of [`GATEWAY_TABLES`] in the current schema from `pg_catalog`.
    pub async fn read(conn: &mut PgConnection) -> Result<Self> {
        let names: Vec<&str> = GATEWAY_TABLES.iter().map(|t| t.table).collect();
        let rows: Vec<(String, String, String, bool, bool, bool)> = sqlx::query_as(
            "SELECT c.relname::text, a.attname::text, t.typname::text,
                    has_column_privilege(c.oid, a.attnum, 'SELECT'),
                    has_column_privilege(c.oid, a.attnum, 'INSERT'),
                    has_column_privilege(c.oid, a.attnum, 'UPDATE')
             FROM pg_catalog.pg_class c
             JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
             JOIN pg_catalog.pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
             JOIN pg_catalog.pg_type t ON t.oid = a.atttypid
             WHERE n.nspname = current_schema() AND c.relkind IN ('r', 'p', 'v', 'm', 'f')
               AND c.relname = ANY($1)",
        )
        .bind(&names)
        .fetch_all(&mut *conn)
        .await?;
        let role: String = sqlx::query_scalar("SELECT current_user::text").fetch_one(&mut *conn).await?;
        let mut tables: HashMap<String, HashMap<String, ColumnFound>> = HashMap::new();
        for (table, column, udt, select, insert, update) in rows {
            tables.entry(table).or_default().insert(column, ColumnFound { udt, select, insert, update });
        }
        Ok(Self { role, tables })
    }

    fn spec(table: &str) -> &'static TableSpec {
        GATEWAY_TABLES.iter().find(|t| t.table == table).expect("every table the tool uses is in GATEWAY_TABLES")
    }

    pub fn has_table(&self, table: &str) -> bool {
        self.tables.contains_key(table)
    }

    pub fn column(&self, table: &str, column: &str) -> Option<&ColumnFound> {
        self.tables.get(table)?.get(column)
    }

    pub fn has_column(&self, table: &str, column: &str) -> bool {
        self.column(table, column).is_some()
    }

    /// Whether the role may read what the tool reads of `table` (every column it uses that
    /// is there).
    pub fn read_access(&self, table: &str) -> Access {
        let Some(found) = self.tables.get(table) else { return Access::Absent };
        let readable = Self::spec(table).columns.iter().filter_map(|c| found.get(c.name)).all(|column| column.select);
        if readable {
            Access::Granted
        } else {
            Access::Denied
        }
    }

    /// Whether the role may make the writes of `kind` to `table` (absent: the write does not
    /// touch it).
    pub fn write_access(&self, table: &str, kind: WriteKind) -> Access {
        let Some(found) = self.tables.get(table) else { return Access::Absent };
        let granted = Self::spec(table).writes.iter().filter(|w| w.commands == kind).all(|w| {
            w.columns.iter().filter_map(|c| found.get(*c)).all(|column| match w.privilege {
                Privilege::Select => column.select,
                Privilege::Insert => column.insert,
                Privilege::Update => column.update,
            })
        });
        if granted {
            Access::Granted
        } else {
            Access::Denied
        }
    }

    /// Whether `table` may be read: `Ok(false)` when an optional table is not there,
    /// an error naming the grant when it is there and the role may not read it.
    pub fn readable(&self, table: &str) -> Result<bool> {
        match self.read_access(table) {
            Access::Absent => Ok(false),
            Access::Granted => Ok(true),
            Access::Denied => Err(self.missing(table, &[Privilege::Select])),
        }
    }

    /// Refuses a write of `kind` when the role lacks a privilege it needs on a table that is there.
    pub fn ensure_writable(&self, kind: WriteKind) -> Result<()> {
        for spec in GATEWAY_TABLES.iter().filter(|t| t.writes.iter().any(|w| w.commands == kind)) {
            if self.write_access(spec.table, kind) == Access::Denied {
                let mut privileges: Vec<Privilege> =
                    spec.writes.iter().filter(|w| w.commands == kind).map(|w| w.privilege).collect();
                privileges.dedup();
                return Err(self.missing(spec.table, &privileges));
            }
        }
        Ok(())
    }

    fn missing(&self, table: &str, privileges: &[Privilege]) -> StoreError {
        StoreError::MissingPrivilege {
            table: table.to_string(),
            role: self.role.clone(),
            privileges: privileges.iter().map(|p| p.as_str()).collect::<Vec<_>>().join(", "),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `(column, select, insert, update)`.
    type Grants<'a> = &'a [(&'a str, bool, bool, bool)];

    fn probe(tables: &[(&str, Grants)]) -> Probe {
        let tables = tables
            .iter()
            .map(|(table, columns)| {
                let columns = columns
                    .iter()
                    .map(|(name, select, insert, update)| {
                        (
                            name.to_string(),
                            ColumnFound { udt: "text".into(), select: *select, insert: *insert, update: *update },
                        )
                    })
                    .collect();
                (table.to_string(), columns)
            })
            .collect();
        Probe { role: "ci".into(), tables }
    }

    #[test]
    fn absent_tables_are_absences_and_unreadable_ones_errors() {
        let p = probe(&[
            ("organization_groups", &[("id", true, false, false), ("policies", false, false, false)]),
            ("custom_llm2", &[("public_id", true, false, false), ("definition", true, false, false)]),
        ]);
        assert!(p.readable("custom_llm2").unwrap());
        assert!(!p.readable("byok_api_keys").unwrap());
        let err = p.readable("organization_groups").unwrap_err();
        assert!(err.to_string().contains("organization_groups"), "{err}");
        assert_eq!(err.help().unwrap(), "GRANT SELECT ON organization_groups TO ci; `orgpolicy db status` lists every table and privilege orgpolicy uses");
    }

    #[test]
    fn writes_need_every_privilege_of_their_kind() {
        let p = probe(&[
            ("organizations", &[("settings", true, false, true), ("updated_at", true, false, true)]),
            ("organization_audit_logs", &[("message", true, false, false)]),
        ]);
        assert_eq!(p.write_access("organizations", WriteKind::Settings), Access::Granted);
        assert_eq!(p.write_access("organization_audit_logs", WriteKind::Settings), Access::Denied);
        let err = p.ensure_writable(WriteKind::Settings).unwrap_err();
        assert!(err.to_string().contains("organization_audit_logs"), "{err}");
        assert!(err.help().unwrap().starts_with("GRANT INSERT ON organization_audit_logs TO ci"));
        // Tables a write does not touch on this database (no group tables) need nothing.
        assert_eq!(p.write_access("organization_group_policy_settings", WriteKind::Settings), Access::Absent);
    }
}

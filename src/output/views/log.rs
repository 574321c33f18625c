//! `log`: audit-log rows, newest first. JSON: `{"org" (id or null), "filters": {"since",
//! "until", "actor", "actions", "limit"}, "rows": [{"id", "organization_id", "action",
//! "actor_id", "actor_email", "actor_name", "message", "details", "created_at" (RFC 3339)}],
//! "count"}`, streamed.

use serde::Serialize;

use crate::output::stream::{Cell, Column, Columns};
use crate::store::AuditLogRow;

/// One row as JSON: `{"id", "organization_id", "action", "actor_id", "actor_email",
/// "actor_name", "message", "details" (the stored JSON, as JSON), "created_at"}`. Its own type,
/// so that a column added to the table does not change the contract.
#[derive(Serialize)]
pub struct Listed<'a> {
    id: &'a str,
    organization_id: &'a str,
    action: &'a str,
    actor_id: Option<&'a str>,
    actor_email: Option<&'a str>,
    actor_name: Option<&'a str>,
    message: &'a str,
    details: Option<&'a serde_json::Value>,
    created_at: chrono::DateTime<chrono::Utc>,
}

impl<'a> Listed<'a> {
    /// The row as listed, with its `details` read by [`Self::details`].
    pub fn of(row: &'a AuditLogRow, details: &'a Option<serde_json::Value>) -> Self {
        Self {
            id: &row.id,
            organization_id: &row.organization_id,
            action: &row.action,
            actor_id: row.actor_id.as_deref(),
            actor_email: row.actor_email.as_deref(),
            actor_name: row.actor_name.as_deref(),
            message: &row.message,
            details: details.as_ref(),
            created_at: row.created_at,
        }
    }

    /// The stored `details` as JSON; text that is not JSON (no writer stores such) is shown as
    /// a JSON string rather than dropped.
    pub fn details(row: &AuditLogRow) -> Option<serde_json::Value> {
        let text = row.details.as_deref()?;
        Some(serde_json::from_str(text).unwrap_or_else(|_| serde_json::Value::String(text.into())))
    }
}

const ONE_ORG: Columns = Columns(&[
    Column::fixed("time", 23),
    Column::text("actor", 24),
    Column::text("action", 32),
    Column::last("message"),
]);
const EVERY_ORG: Columns = Columns(&[
    Column::fixed("time", 23),
    Column::fixed("org", 36),
    Column::text("actor", 24),
    Column::text("action", 32),
    Column::last("message"),
]);

/// The table's columns: with the org's id when rows come from every org.
pub fn columns(every_org: bool) -> Columns {
    if every_org {
        EVERY_ORG
    } else {
        ONE_ORG
    }
}

/// A row's cells; times in UTC, said so.
pub fn cells(row: &AuditLogRow, every_org: bool) -> Vec<Cell> {
    let actor = row.actor_name.clone().or_else(|| row.actor_email.clone()).unwrap_or_else(|| "(system)".into());
    let mut cells: Vec<Cell> = vec![row.created_at.format("%Y-%m-%d %H:%M:%S UTC").to_string().into()];
    if every_org {
        cells.push(row.organization_id.as_str().into());
    }
    cells.extend([actor.into(), row.action.as_str().into(), row.message.as_str().into()]);
    cells
}

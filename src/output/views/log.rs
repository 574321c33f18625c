//! `log`: audit-log rows, newest first. JSON: `{"org" (id or null), "filters": {"since",
//! "until", "actor", "actions", "limit"}, "rows": [{"id", "organization_id", "action",
//! "actor_id", "actor_email", "actor_name", "message", "details", "created_at" (RFC 3339)}],
//! "count"}`, streamed.

use serde::Serialize;

use crate::output::stream::{Cell, Column, Columns};
use crate::store::AuditLogRow;

/// One row as JSON.
#[derive(Serialize)]
#[serde(transparent)]
pub struct Listed<'a>(pub &'a AuditLogRow);

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

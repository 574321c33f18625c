//! `log`: an organization's audit-log rows, newest first.

use std::io;

use serde::Serialize;

use crate::output::{Output, View};
use crate::store::AuditLogRow;

/// `log`: a JSON array of rows `{"id", "organization_id", "action", "actor_id", "actor_email",
/// "actor_name", "message", "details", "created_at"}`.
#[derive(Serialize)]
#[serde(transparent)]
pub struct Log<'a> {
    pub rows: &'a [AuditLogRow],
    /// The org's name, for the message when there is no row.
    #[serde(skip)]
    pub org_name: &'a str,
}

impl View for Log<'_> {
    fn render(&self, out: &Output) -> io::Result<()> {
        if self.rows.is_empty() {
            out.note(format!("no audit rows for '{}'", self.org_name));
            return Ok(());
        }
        let mut table = out.new_table(&["time", "actor", "action", "message"]);
        for row in self.rows {
            let actor = row.actor_name.clone().or_else(|| row.actor_email.clone()).unwrap_or_else(|| "(system)".into());
            table.add_row(vec![
                row.created_at.format("%Y-%m-%d %H:%M:%S").into(),
                actor.into(),
                row.action.clone().into(),
                row.message.clone().into(),
            ]);
        }
        out.table(&table)
    }
}

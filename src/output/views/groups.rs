//! `groups policy set|remove` and `groups default-policy set|remove`: the result, with the
//! members' access change that was previewed.

use std::io;

use serde::Serialize;
use serde_json::Value;

use crate::output::{Output, Tone, View};

use super::diff::MembersChange;

/// A group of the org: `{"id", "name"}`.
#[derive(Serialize)]
pub struct GroupRef {
    pub id: String,
    pub name: String,
}

/// A group-policy edit: `{"org": {"id", "name"}, "slot": "group" | "default", "group": {"id",
/// "name"} | null, "changed", "dry_run", "would_change", "policies_before": stored array | null (no settings
/// row), "policies_after": the array written (or that would be), "revision_before",
/// "revision_after" (null unless written), "audit_id", "access": the members' access change
/// (as `diff --group-policy` shows it)}`. `changed` is true only when something was written.
#[derive(Serialize)]
pub struct GroupPolicyEdited {
    pub slot: &'static str,
    pub group: Option<GroupRef>,
    pub changed: bool,
    pub dry_run: bool,
    /// Whether the edit changes the stored policy (what a dry run would write).
    pub would_change: bool,
    pub policies_before: Option<Value>,
    pub policies_after: Value,
    pub revision_before: i64,
    pub revision_after: Option<i64>,
    pub audit_id: Option<String>,
    pub access: MembersChange,
    /// What the edit does, in words ("set the policy of group 'Research'").
    #[serde(skip)]
    pub summary: String,
}

impl GroupPolicyEdited {
    /// What is shown before the confirmation (and by a dry run).
    pub fn render_preview(&self, out: &Output) -> io::Result<()> {
        self.access.render(out)
    }
}

impl View for GroupPolicyEdited {
    fn render(&self, out: &Output) -> io::Result<()> {
        let org = &self.access.org.name;
        if self.dry_run {
            self.render_preview(out)?;
            out.note("dry run: nothing written");
            return Ok(());
        }
        match (&self.revision_after, &self.audit_id) {
            (Some(revision), Some(audit)) => out.line(out.paint(
                format!(
                    "{org}: {}: written (policy revision {} → {revision}, audit row {audit})",
                    self.summary, self.revision_before
                ),
                Tone::Good,
            )),
            _ => out.line(format!("{org}: {}: nothing to change, the stored policy already says so", self.summary)),
        }
    }
}

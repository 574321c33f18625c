//! `groups list` and `groups show`: what the groups hold and grant; `groups policy set|remove`
//! and `groups default-policy set|remove`: the result, with the members' access change that
//! was previewed.

use std::io;

use serde::Serialize;
use serde_json::Value;

use crate::output::{plural, Output, Tone, View};
use crate::policy::groups::PolicyError as ReadError;
use crate::policy::groups::{ModelAccess, PolicyError};
use crate::services::roster::MemberLine;

use super::diff::MembersChange;
pub use crate::services::OrgRef;

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

/// A policy slot (a group's, or the default): `{"stored": the array as stored (null: no
/// settings row), "read": the array as the gateway reads it (null when it rejects it), "error":
/// why it rejects it, "summary"}`.
#[derive(Serialize)]
pub struct SlotShown {
    pub stored: Option<Value>,
    pub read: Option<Vec<ModelAccess>>,
    pub error: Option<String>,
    pub summary: String,
}

impl SlotShown {
    /// `stored` and `read` of one slot; without a stored array (no settings row) the gateway
    /// reads the default as `all`.
    pub fn of(stored: Option<&str>, read: Option<&Result<Vec<ModelAccess>, PolicyError>>) -> Self {
        let stored_json = stored.map(|text| serde_json::from_str(text).unwrap_or_else(|_| Value::String(text.into())));
        match read {
            None => {
                Self { stored: stored_json, read: None, error: None, summary: "all (no default policy)".to_string() }
            }
            Some(read) => Self {
                stored: stored_json,
                read: read.as_ref().ok().cloned(),
                error: read.as_ref().err().map(ToString::to_string),
                summary: summary(read),
            },
        }
    }
}

/// One group in `groups list`: `{"id", "name", "members", "policy": slot}`.
#[derive(Serialize)]
pub struct GroupListed {
    pub id: String,
    pub name: String,
    pub members: usize,
    pub policy: SlotShown,
}

/// `groups list`: `{"org", "policy_revision", "default_policy": slot, "groups": [...],
/// "members" (in the org)}`.
#[derive(Serialize)]
pub struct GroupsListed {
    pub org: OrgRef,
    pub policy_revision: i64,
    pub default_policy: SlotShown,
    pub groups: Vec<GroupListed>,
    pub members: usize,
}

impl View for GroupsListed {
    fn render(&self, out: &Output) -> io::Result<()> {
        let mut table = out.new_table(&["group", "id", "members", "policy"]);
        for g in &self.groups {
            let tone = if g.policy.error.is_some() { Tone::Bad } else { Tone::Dim };
            table.add_row(vec![
                g.name.clone().into(),
                g.id.clone().into(),
                g.members.to_string().into(),
                out.cell(&g.policy.summary, tone),
            ]);
        }
        if !self.groups.is_empty() {
            out.table(&table)?;
        }
        out.summary(format!(
            "{}: {}, {}; default policy {} (revision {})",
            self.org.name,
            plural(self.groups.len(), "group", "groups"),
            plural(self.members, "member", "members"),
            self.default_policy.summary,
            self.policy_revision
        ));
        Ok(())
    }
}

/// `groups show`: `{"org", "group": {"id", "name"}, "policy": slot, "default_policy": slot,
/// "members": [{"id", "email", "groups", "grant"}]}`.
#[derive(Serialize)]
pub struct GroupShown {
    pub org: OrgRef,
    pub group: GroupRef,
    pub policy: SlotShown,
    pub default_policy: SlotShown,
    pub members: Vec<MemberLine>,
}

impl View for GroupShown {
    fn render(&self, out: &Output) -> io::Result<()> {
        out.line(format!("group '{}' ({}) of {}", self.group.name, self.group.id, self.org.name))?;
        let stored = self.policy.stored.as_ref().map_or("(none)".to_string(), Value::to_string);
        out.line(format!("  stored:  {stored}"))?;
        match (&self.policy.read, &self.policy.error) {
            (_, Some(error)) => out.line(format!(
                "  read:    {} ({error}): the gateway refuses every request of its members",
                out.paint("rejected", Tone::Bad)
            ))?,
            (Some(read), None) => out.line(format!("  read:    {}", serde_json::to_string(read)?))?,
            (None, None) => {}
        }
        out.line(format!("  default policy: {}", self.default_policy.summary))?;
        if self.members.is_empty() {
            return out.line("  no members");
        }
        let mut table = out.new_table(&["member", "id", "groups", "grant"]);
        for m in &self.members {
            table.add_row(vec![
                m.email.clone().unwrap_or_else(|| m.id.clone()).into(),
                m.id.clone().into(),
                m.groups.join(", ").into(),
                m.grant.into(),
            ]);
        }
        out.table(&table)
    }
}

/// A policies array in a few words: `all`, `none`, `selected (2 models, 1 provider)`, `no
/// policy` (an empty array) or `invalid: why`.
pub fn summary(read: &Result<Vec<ModelAccess>, ReadError>) -> String {
    match read {
        Err(e) => format!("invalid: {e}"),
        Ok(policies) => match policies.first() {
            None => "no policy".to_string(),
            Some(ModelAccess::Selected { model_allow_list, provider_allow_list }) => format!(
                "selected ({}, {})",
                plural(model_allow_list.len(), "model", "models"),
                plural(provider_allow_list.len(), "provider", "providers")
            ),
            Some(other) => other.mode().to_string(),
        },
    }
}

//! `members list`: an organization's members, their groups and the grant each gets.

use std::collections::BTreeMap;
use std::io;

use serde::Serialize;

use crate::output::{plural, Output, Tone, View};
use crate::policy::groups::ModelAccess;
use crate::policy::Rules;

use super::listing::ListedOrg;

pub use crate::services::roster::MemberLine;

/// `members list`: `{"org": {"id", "name"}, "rules", "policy_revision", "default_policy":
/// {"mode", ...} | null (no policy: the baseline), "invalid_policies": [where and why],
/// "members": [...], "summary": {"members", "by_grant": {grant: count}}}`.
#[derive(Serialize)]
pub struct Members {
    pub org: ListedOrg,
    pub rules: Rules,
    pub policy_revision: i64,
    pub default_policy: Option<ModelAccess>,
    pub invalid_policies: Vec<String>,
    pub members: Vec<MemberLine>,
    pub summary: MembersSummary,
}

#[derive(Serialize)]
pub struct MembersSummary {
    pub members: usize,
    pub by_grant: BTreeMap<&'static str, usize>,
}

impl View for Members {
    fn render(&self, out: &Output) -> io::Result<()> {
        for invalid in &self.invalid_policies {
            out.warn(format!(
                "stored policy the gateway rejects (it refuses every request of those members): {invalid}"
            ));
        }
        if self.rules != Rules::Current {
            out.note(format!(
                "the {} rules in force do not read groups: this is what the current rules decide",
                self.rules
            ));
        }
        let mut table = out.new_table(&["member", "id", "groups", "grant"]);
        for m in &self.members {
            let tone = match m.grant {
                "none" | "invalid" => Tone::Bad,
                "selected" | "baseline+selected" => Tone::Good,
                _ => Tone::Dim,
            };
            table.add_row(vec![
                m.email.clone().unwrap_or_else(|| m.id.clone()).into(),
                m.id.clone().into(),
                if m.groups.is_empty() { out.cell("-", Tone::Dim) } else { m.groups.join(", ").into() },
                out.cell(m.grant, tone),
            ]);
        }
        if !self.members.is_empty() {
            out.table(&table)?;
        }
        let default = self.default_policy.as_ref().map_or("all (no default policy)", ModelAccess::mode);
        let counts: Vec<String> = self.summary.by_grant.iter().map(|(g, n)| format!("{n} {g}")).collect();
        out.summary(format!(
            "{}: {} (default policy {default}, revision {}){}",
            self.org.name,
            plural(self.summary.members, "member", "members"),
            self.policy_revision,
            if counts.is_empty() { String::new() } else { format!(": {}", counts.join(", ")) }
        ));
        Ok(())
    }
}

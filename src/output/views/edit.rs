//! `providers allow|deny` and `models allow|deny`: the preview before confirmation and the
//! result.

use std::io;

use serde::Serialize;

use crate::output::{Output, Tone, View};
use crate::policy::{AccessDiff, Pair, Rules};

/// The change as people see it before confirming: the headline, the access diff, and the
/// default model that would be cleared.
pub struct Preview<'a> {
    pub headline: String,
    pub diff: &'a AccessDiff,
    pub cleared_default_model: Option<&'a str>,
}

impl Preview<'_> {
    pub fn render(&self, out: &Output) -> io::Result<()> {
        out.line(&self.headline)?;
        super::super::diff::print(out, self.diff)?;
        if let Some(model) = self.cleared_default_model {
            out.line(
                out.paint(format!("  default_model '{model}' is no longer allowed and will be cleared"), Tone::Warn),
            )?;
        }
        Ok(())
    }
}

#[derive(Serialize)]
pub struct PairsDiff<'a> {
    pub gained: &'a [Pair],
    pub lost: &'a [Pair],
}

/// An edit's result: `{"org", "rules", "changed", "dry_run", "would_change", "message", "diff": {"gained",
/// "lost"}, "cleared_default_model", "settings_before", "settings_after", "audit_id"}`.
#[derive(Serialize)]
pub struct Edited<'a> {
    pub org: &'a str,
    pub rules: Rules,
    /// Whether this run wrote.
    pub changed: bool,
    pub dry_run: bool,
    /// Whether the edit changes the document (what a dry run would write).
    pub would_change: bool,
    pub message: &'a str,
    pub diff: PairsDiff<'a>,
    pub cleared_default_model: Option<&'a str>,
    pub settings_before: &'a serde_json::value::RawValue,
    pub settings_after: &'a serde_json::value::RawValue,
    pub audit_id: Option<&'a str>,
    #[serde(skip)]
    pub org_name: &'a str,
    /// Nothing to change (the document already says it).
    #[serde(skip)]
    pub noop: bool,
    #[serde(skip)]
    pub preview: Preview<'a>,
    /// Whether to remind people that the org is still in legacy (deny-list) mode.
    #[serde(skip)]
    pub legacy_reminder: bool,
}

impl View for Edited<'_> {
    fn render(&self, out: &Output) -> io::Result<()> {
        if self.noop {
            return out.line(format!("{}: {}; nothing written", self.org_name, self.message));
        }
        if self.dry_run {
            self.preview.render(out)?;
            out.note("dry run: nothing written");
        } else if let Some(id) = self.audit_id {
            out.line(format!("{}: written, audit {id}", self.org_name))?;
            if self.legacy_reminder {
                out.note("this organization is in legacy mode: providers that join the catalog later are enabled silently until it is migrated to an allow list");
            }
        }
        Ok(())
    }
}

//! `diff --org O`: what a catalog change, a proposed settings document or the backfill does to
//! one organization's effective access.

use std::collections::BTreeMap;
use std::io;

use serde::Serialize;
use serde_json::Value;

use crate::output::{plural, Output, Tone, View};
use crate::policy::access::Counts;
use crate::policy::backfill::Skip;
use crate::policy::sync_log::{ModelMoves, SyncCheck};
use crate::policy::{AccessDiff, Rules};
pub use crate::services::group_policy::{MemberChange, MembersChange, MembersTotals};
pub use crate::services::OrgRef;

/// One side of a comparison: `{"snapshot_id"}`, `{"file"}`, `{"settings", "snapshot_id"}` or
/// `{"rules", "snapshot_id"}`.
#[derive(Serialize, Default)]
pub struct Side {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub rules: Option<Rules>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub settings: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub snapshot_id: Option<i64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub file: Option<String>,
}

/// What `diff --migration` says the backfill does: skipped, with why, or migrated.
#[derive(Serialize)]
#[serde(tag = "action", rename_all = "snake_case")]
pub enum MigrationView {
    Skip {
        skip_reason: Skip,
    },
    Migrate {
        provider_allow_list: Option<Value>,
        denied: Vec<String>,
        preserves_access: bool,
        need_approval_later: Vec<String>,
        warnings: Vec<String>,
    },
}

#[derive(Serialize)]
pub struct Totals {
    pub gained: usize,
    pub lost: usize,
    pub providers: usize,
    pub models: usize,
}

/// `diff`: `{"org": {"id", "name"}, "rules", "change" (catalog, settings, migration), "from",
/// "to", "gained": [pairs], "lost": [pairs], "exempt_gained", "exempt_lost", "by_provider":
/// {slug: {"gained", "lost"}}, "by_model": {id: {...}}, "summary": {"gained", "lost",
/// "providers", "models"}}`, and for `--migration` `"migration": {"action", ...}`.
#[derive(Serialize)]
pub struct AccessChange<'a> {
    pub org: OrgRef,
    pub rules: Rules,
    pub change: &'static str,
    pub from: Side,
    pub to: Side,
    pub gained: &'a [crate::policy::Pair],
    pub lost: &'a [crate::policy::Pair],
    pub exempt_gained: &'a [String],
    pub exempt_lost: &'a [String],
    pub by_provider: BTreeMap<&'a str, Counts>,
    pub by_model: BTreeMap<&'a str, Counts>,
    pub summary: Totals,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub migration: Option<MigrationView>,
    /// How the gateway sync's audit rows compare with the change (see `diff --all`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub sync_log: Option<SyncCheck>,
    /// For people: what is compared, in words, the diff itself, and lines after it.
    #[serde(skip)]
    pub title: String,
    #[serde(skip)]
    pub diff: &'a AccessDiff,
    #[serde(skip)]
    pub notes: Vec<String>,
}

impl<'a> AccessChange<'a> {
    pub fn new(org: OrgRef, rules: Rules, change: &'static str, sides: (Side, Side), diff: &'a AccessDiff) -> Self {
        let (by_provider, by_model) = (diff.by_provider(), diff.by_model());
        let summary = Totals {
            gained: diff.gained.len(),
            lost: diff.lost.len(),
            providers: by_provider.len(),
            models: by_model.len(),
        };
        Self {
            org,
            rules,
            change,
            from: sides.0,
            to: sides.1,
            gained: &diff.gained,
            lost: &diff.lost,
            exempt_gained: &diff.exempt_gained,
            exempt_lost: &diff.exempt_lost,
            by_provider,
            by_model,
            summary,
            migration: None,
            sync_log: None,
            title: String::new(),
            diff,
            notes: Vec::new(),
        }
    }
}

impl View for AccessChange<'_> {
    fn render(&self, out: &Output) -> io::Result<()> {
        out.line(format!("{} ({}): {}", self.org.name, self.org.id, self.title))?;
        super::super::diff::print(out, self.diff)?;
        for note in &self.notes {
            out.line(format!("  {note}"))?;
        }
        if let Some(check) = &self.sync_log {
            out.line(format!("  the sync's audit rows: {}", sync_words(check)))?;
        }
        let summary = if self.diff.is_empty() {
            out.paint("no change in effective access", Tone::Good)
        } else {
            format!(
                "{} gained, {} lost across {} and {}",
                plural(self.summary.gained, "pair", "pairs"),
                self.summary.lost,
                plural(self.summary.providers, "provider", "providers"),
                plural(self.summary.models, "model", "models")
            )
        };
        out.line(format!("{}: {summary}", self.org.name))
    }
}

/// `agrees`, or what the rows and the moves hold apart.
fn sync_words(check: &SyncCheck) -> String {
    let named = |what: &str, moves: &ModelMoves| -> Option<String> {
        let ids: Vec<String> =
            moves.gained.iter().map(|m| format!("+{m}")).chain(moves.lost.iter().map(|m| format!("-{m}"))).collect();
        (!ids.is_empty()).then(|| format!("{what} {}", ids.join(", ")))
    };
    let apart: Vec<String> = [
        named("they name", &check.only_logged),
        named("they leave out", &check.only_moved),
        check.unreadable.as_ref().map(|s| format!("not in the sync's format: {s:?}")),
    ]
    .into_iter()
    .flatten()
    .collect();
    match apart.is_empty() {
        true => check.status.as_str().to_string(),
        false => format!("{} ({})", check.status.as_str(), apart.join("; ")),
    }
}

/// Models named on a member's line before the count of the rest.
const SHOWN_MODELS: usize = 5;

fn some_models(models: &[String]) -> String {
    let shown: Vec<&str> = models.iter().take(SHOWN_MODELS).map(String::as_str).collect();
    match models.len().saturating_sub(SHOWN_MODELS) {
        0 => shown.join(", "),
        more => format!("{} and {more} more", shown.join(", ")),
    }
}

impl View for MembersChange {
    fn render(&self, out: &Output) -> io::Result<()> {
        let what = match &self.group {
            Some(group) => format!("group '{group}' policy"),
            None => "default policy".to_string(),
        };
        let policy = match &self.policy {
            Some(policy) => serde_json::to_string(policy).unwrap_or_default(),
            None => "removed".to_string(),
        };
        out.line(format!("{} ({}): {what} → {policy}", self.org.name, self.org.id))?;
        for m in &self.members {
            let who = m.email.clone().unwrap_or_else(|| m.id.clone());
            let mut parts = Vec::new();
            if m.invalid_after {
                parts.push(out.paint("invalid policy: every request refused", Tone::Bad));
            }
            if !m.gained.is_empty() {
                parts.push(out.paint(
                    format!("+{} ({})", plural(m.gained.len(), "model", "models"), some_models(&m.gained)),
                    Tone::Good,
                ));
            }
            if !m.lost.is_empty() {
                parts.push(out.paint(
                    format!("-{} ({})", plural(m.lost.len(), "model", "models"), some_models(&m.lost)),
                    Tone::Bad,
                ));
            }
            out.line(format!("  {who}: {}", parts.join(", ")))?;
        }
        let t = &self.summary;
        out.line(format!(
            "{}: {} of {} change: {} gained, {} lost",
            self.org.name,
            t.changed,
            plural(t.members, "member", "members"),
            plural(t.gained, "model grant", "model grants"),
            t.lost
        ))
    }
}

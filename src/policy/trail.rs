//! What a plan's run (`backfill` or `change`, apply or rollback) records in the audit log, and
//! how it is found again: the one place the contract between the writer and its readers
//! (rollback's "was this plan applied here?", the audit's "was this a person's decision?") is
//! written. On the tool's own schema the row's `details` say it; on the gateway's, which keeps
//! no details, the suffix of the gateway's own message does. A backfill is never a person's
//! decision about providers; a change of provider lists is (its `details` name the key).

use serde::Serialize;

/// The `tool` every orgpolicy `details` carries.
pub const TOOL: &str = "orgpolicy";
/// The `details` key of an applied backfill, and of a rolled-back one.
pub const APPLIED_KEY: &str = "backfill";
pub const ROLLED_BACK_KEY: &str = "backfill_rollback";
/// The same for a fleet change.
pub const CHANGE_APPLIED_KEY: &str = "change";
pub const CHANGE_ROLLED_BACK_KEY: &str = "change_rollback";
/// Hex digits of the plan's SHA-256 a gateway message names.
const SHORT_HASH: usize = 12;

/// Which way a run goes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Run {
    Apply,
    Rollback,
}

/// Which command's plan a run is of.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tool {
    Backfill,
    Change,
}

impl Tool {
    fn command(self, run: Run) -> &'static str {
        match (self, run) {
            (Tool::Backfill, Run::Apply) => "backfill apply",
            (Tool::Backfill, Run::Rollback) => "backfill rollback",
            (Tool::Change, Run::Apply) => "change apply",
            (Tool::Change, Run::Rollback) => "change rollback",
        }
    }

    fn key(self, run: Run) -> &'static str {
        match (self, run) {
            (Tool::Backfill, Run::Apply) => APPLIED_KEY,
            (Tool::Backfill, Run::Rollback) => ROLLED_BACK_KEY,
            (Tool::Change, Run::Apply) => CHANGE_APPLIED_KEY,
            (Tool::Change, Run::Rollback) => CHANGE_ROLLED_BACK_KEY,
        }
    }
}

/// A run's `details` on the tool's schema: `{"tool": "orgpolicy", "backfill": {"plan_sha256",
/// "snapshot_id"}}` or `{"tool": "orgpolicy", "backfill_rollback": {"plan_sha256"}}`; for a
/// change `"change"` / `"change_rollback"`, with its `"operation"`, and `"key"`: the list it
/// writes (a change of `provider_allow_list` is a decision about providers).
#[derive(Debug, Serialize)]
pub struct RunDetails<'a> {
    tool: &'static str,
    #[serde(flatten)]
    run: std::collections::BTreeMap<&'static str, RunOf<'a>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    key: Option<&'static str>,
}

#[derive(Debug, Serialize)]
struct RunOf<'a> {
    plan_sha256: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    snapshot_id: Option<i64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    operation: Option<&'a super::change::Operation>,
}

impl<'a> RunDetails<'a> {
    /// A backfill run's.
    pub fn new(run: Run, plan_sha256: &'a str, snapshot_id: i64) -> Self {
        let applied = (run == Run::Apply).then_some(snapshot_id);
        let of = RunOf { plan_sha256, snapshot_id: applied, operation: None };
        Self { tool: TOOL, run: [(Tool::Backfill.key(run), of)].into(), key: None }
    }

    /// A change run's: `key` is the list the operation writes.
    pub fn change(run: Run, plan_sha256: &'a str, snapshot_id: i64, operation: &'a super::change::Operation) -> Self {
        let applied = (run == Run::Apply).then_some(snapshot_id);
        let of = RunOf { plan_sha256, snapshot_id: applied, operation: Some(operation) };
        Self { tool: TOOL, run: [(Tool::Change.key(run), of)].into(), key: operation.key() }
    }

    pub fn to_value(&self) -> serde_json::Value {
        serde_json::to_value(self).unwrap_or_default()
    }
}

/// The suffix a run puts in the gateway's message, inside its brackets: `orgpolicy backfill
/// apply, plan 1a2b3c4d5e6f` (or `orgpolicy change apply, …`).
pub fn message_suffix(tool: Tool, run: Run, plan_sha256: &str) -> String {
    format!("{TOOL} {}, plan {}", tool.command(run), short(plan_sha256))
}

/// A `LIKE` pattern for the gateway's messages of an applied plan, backfill or change (bound
/// as a parameter).
pub fn applied_message_pattern(plan_sha256: &str) -> String {
    format!("%[{TOOL} % apply, plan {}]", short(plan_sha256))
}

/// A `LIKE` pattern matching every backfill run's message, applied or rolled back.
pub const ANY_RUN_MESSAGE_PATTERN: &str = "%[orgpolicy backfill %";

/// The applied plan's hash in `details` (a backfill's or a change's), in PostgreSQL's and
/// SQLite's dialects.
pub const APPLIED_PLAN_PG: &str = "coalesce(details->'backfill'->>'plan_sha256', details->'change'->>'plan_sha256')";
pub const APPLIED_PLAN_SQLITE: &str =
    "coalesce(json_extract(details, '$.backfill.plan_sha256'), json_extract(details, '$.change.plan_sha256'))";

fn short(plan_sha256: &str) -> &str {
    plan_sha256.get(..SHORT_HASH).unwrap_or(plan_sha256)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// What the writer records is what the readers look for: the JSON paths name the keys the
    /// details carry, and the message patterns match the suffix a run writes (and no other).
    #[test]
    fn readers_find_what_the_writer_records() {
        let hash = "1a2b3c4d5e6f7a8b9c0d";
        let applied = RunDetails::new(Run::Apply, hash, 7).to_value();
        let op = super::super::change::Operation::RemoveProvider { provider: "x".into() };
        let change = RunDetails::change(Run::Apply, hash, 7, &op).to_value();
        assert_eq!(change[CHANGE_APPLIED_KEY]["plan_sha256"], hash);
        assert_eq!(change[CHANGE_APPLIED_KEY]["operation"]["op"], "remove_provider");
        assert_eq!(change["key"], "provider_allow_list");
        assert!(APPLIED_PLAN_PG.contains(&format!("'{CHANGE_APPLIED_KEY}'")));
        assert!(APPLIED_PLAN_SQLITE.contains(&format!("$.{CHANGE_APPLIED_KEY}.plan_sha256")));
        assert_eq!(applied["tool"], TOOL);
        assert_eq!(applied[APPLIED_KEY]["plan_sha256"], hash);
        assert_eq!(applied[APPLIED_KEY]["snapshot_id"], 7);
        assert!(applied.get(ROLLED_BACK_KEY).is_none());
        let rolled_back = RunDetails::new(Run::Rollback, hash, 7).to_value();
        assert_eq!(rolled_back[ROLLED_BACK_KEY]["plan_sha256"], hash);
        assert!(rolled_back.get(APPLIED_KEY).is_none());
        assert!(APPLIED_PLAN_PG.contains(&format!("'{APPLIED_KEY}'")));
        assert!(APPLIED_PLAN_SQLITE.contains(&format!("$.{APPLIED_KEY}.plan_sha256")));

        let like = |pattern: &str, text: &str| {
            // SQL LIKE with `%` only, as the patterns use it.
            let parts: Vec<&str> = pattern.split('%').collect();
            let mut rest = text;
            for (i, part) in parts.iter().enumerate() {
                match rest.find(part) {
                    Some(at) if i > 0 || at == 0 => rest = &rest[at + part.len()..],
                    _ => return false,
                }
            }
            pattern.ends_with('%') || rest.is_empty()
        };
        let message =
            |tool, run| format!("Allowed providers: a; Disallowed providers: b [{}]", message_suffix(tool, run, hash));
        for tool in [Tool::Backfill, Tool::Change] {
            assert!(like(&applied_message_pattern(hash), &message(tool, Run::Apply)));
            assert!(!like(&applied_message_pattern(hash), &message(tool, Run::Rollback)));
            assert!(!like(&applied_message_pattern("ffffffffffff"), &message(tool, Run::Apply)));
        }
        for run in [Run::Apply, Run::Rollback] {
            assert!(like(ANY_RUN_MESSAGE_PATTERN, &message(Tool::Backfill, run)));
            assert!(!like(ANY_RUN_MESSAGE_PATTERN, &message(Tool::Change, run)), "a change is a decision");
        }
        assert!(!like(ANY_RUN_MESSAGE_PATTERN, "Allowed providers: a [orgpolicy providers allow]"));
    }
}

//! What a backfill run records in the audit log, and how it is found again: the one place the
//! contract between the writer (`backfill apply|rollback`) and its readers (rollback's "was
//! this plan applied here?", the audit's "was this a person's decision?") is written. On the
//! tool's own schema the row's `details` say it; on the gateway's, which keeps no details, the
//! suffix of the gateway's own message does.

use serde::Serialize;

/// The `tool` every orgpolicy `details` carries.
pub const TOOL: &str = "orgpolicy";
/// The `details` key of an applied backfill, and of a rolled-back one.
pub const APPLIED_KEY: &str = "backfill";
pub const ROLLED_BACK_KEY: &str = "backfill_rollback";
/// Hex digits of the plan's SHA-256 a gateway message names.
const SHORT_HASH: usize = 12;

/// Which way a run goes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Run {
    Apply,
    Rollback,
}

impl Run {
    fn command(self) -> &'static str {
        match self {
            Run::Apply => "backfill apply",
            Run::Rollback => "backfill rollback",
        }
    }
}

/// A run's `details` on the tool's schema: `{"tool": "orgpolicy", "backfill": {"plan_sha256",
/// "snapshot_id"}}` or `{"tool": "orgpolicy", "backfill_rollback": {"plan_sha256"}}`.
#[derive(Debug, Serialize)]
pub struct RunDetails<'a> {
    tool: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    backfill: Option<Applied<'a>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    backfill_rollback: Option<RolledBack<'a>>,
}

#[derive(Debug, Serialize)]
struct Applied<'a> {
    plan_sha256: &'a str,
    snapshot_id: i64,
}

#[derive(Debug, Serialize)]
struct RolledBack<'a> {
    plan_sha256: &'a str,
}

impl<'a> RunDetails<'a> {
    pub fn new(run: Run, plan_sha256: &'a str, snapshot_id: i64) -> Self {
        let (backfill, backfill_rollback) = match run {
            Run::Apply => (Some(Applied { plan_sha256, snapshot_id }), None),
            Run::Rollback => (None, Some(RolledBack { plan_sha256 })),
        };
        Self { tool: TOOL, backfill, backfill_rollback }
    }

    pub fn to_value(&self) -> serde_json::Value {
        serde_json::to_value(self).unwrap_or_default()
    }
}

/// The suffix a run puts in the gateway's message, inside its brackets: `orgpolicy backfill
/// apply, plan 1a2b3c4d5e6f`.
pub fn message_suffix(run: Run, plan_sha256: &str) -> String {
    format!("{TOOL} {}, plan {}", run.command(), short(plan_sha256))
}

/// A `LIKE` pattern for the gateway's messages of an applied plan (bound as a parameter).
pub fn applied_message_pattern(plan_sha256: &str) -> String {
    format!("%[{}]", message_suffix(Run::Apply, plan_sha256))
}

/// A `LIKE` pattern matching every backfill run's message, applied or rolled back.
pub const ANY_RUN_MESSAGE_PATTERN: &str = "%[orgpolicy backfill %";

/// The applied plan's hash in `details`, in PostgreSQL's and SQLite's dialects.
pub const APPLIED_PLAN_PG: &str = "details->'backfill'->>'plan_sha256'";
pub const APPLIED_PLAN_SQLITE: &str = "json_extract(details, '$.backfill.plan_sha256')";

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
        let message = |run| format!("Allowed providers: a; Disallowed providers: b [{}]", message_suffix(run, hash));
        assert!(like(&applied_message_pattern(hash), &message(Run::Apply)));
        assert!(!like(&applied_message_pattern(hash), &message(Run::Rollback)));
        assert!(!like(&applied_message_pattern("ffffffffffff"), &message(Run::Apply)));
        for run in [Run::Apply, Run::Rollback] {
            assert!(like(ANY_RUN_MESSAGE_PATTERN, &message(run)));
        }
        assert!(!like(ANY_RUN_MESSAGE_PATTERN, "Allowed providers: a [orgpolicy providers allow]"));
    }
}

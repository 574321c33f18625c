//! `test CASES`: each case's outcome and the count.

use std::io;

use serde::Serialize;
use serde_json::Value;

use crate::output::{Output, Tone, View};
use crate::policy::Rules;

/// What a case expects: `{"decision", "reason", "routing"}` (null when not given).
#[derive(Serialize)]
pub struct Expected {
    pub decision: &'static str,
    pub reason: Option<String>,
    pub routing: Option<Value>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub status: Option<u16>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub error: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub denial_source: Option<String>,
}

/// What the decision was: `{"decision", "reason", "routing", "message"}`.
#[derive(Serialize)]
pub struct Actual {
    pub decision: &'static str,
    pub reason: &'static str,
    pub routing: Option<Value>,
    pub message: String,
    pub status: u16,
    pub error: Option<&'static str>,
    pub denial_source: Option<&'static str>,
}

/// One case: `{"name", "org", "model", "provider", "passed", "expected", "actual" (null when
/// the org could not be loaded), "failures": [why]}`.
#[derive(Serialize)]
pub struct CaseOutcome {
    pub name: String,
    pub org: String,
    pub model: String,
    pub provider: Option<String>,
    pub passed: bool,
    pub expected: Expected,
    pub actual: Option<Actual>,
    pub failures: Vec<String>,
}

/// `test`: `{"snapshot_id", "rules", "cases": [...], "passed", "failed"}`.
#[derive(Serialize)]
pub struct TestRun {
    pub snapshot_id: i64,
    pub rules: Rules,
    pub cases: Vec<CaseOutcome>,
    pub passed: usize,
    pub failed: usize,
}

impl View for TestRun {
    fn render(&self, out: &Output) -> io::Result<()> {
        for outcome in &self.cases {
            if outcome.passed {
                out.line(format!("{}  {}", out.paint("ok  ", Tone::Good), outcome.name))?;
                continue;
            }
            out.line(format!("{}  {}", out.paint("FAIL", Tone::Bad), outcome.name))?;
            for failure in &outcome.failures {
                out.line(format!("        {failure}"))?;
            }
        }
        out.summary(format!("{} passed, {} failed", self.passed, self.failed));
        Ok(())
    }
}

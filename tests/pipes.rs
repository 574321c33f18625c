//! End-to-end: a reader that goes away (`orgpolicy … | head -1`). The command runs to its end,
//! writes nothing more, never panics, and exits as it would have (audit's 1 stays 1); a plan
//! file is complete whatever happens to stdout.

mod common;

use std::process::{Command, Stdio};

use common::{Backend, TestDb};
use serde_json::json;

/// Runs the binary with its stdout closed before it writes: (exit code, stderr).
fn with_stdout_closed(db: &TestDb, args: &[&str]) -> (i32, String) {
    let mut child = Command::new(assert_cmd::cargo::cargo_bin("orgpolicy"))
        .args(args)
        .current_dir(db.dir.path())
        .env("DATABASE_URL", &db.url)
        .env("NO_COLOR", "1")
        .env("ORGPOLICY_RULES", "marker")
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    // The read end goes away at once: every write past the pipe's buffer fails.
    drop(child.stdout.take());
    let out = child.wait_with_output().unwrap();
    (out.status.code().unwrap_or(-1), String::from_utf8_lossy(&out.stderr).into_owned())
}

/// More legacy orgs than a pipe buffer's worth of findings.
fn many_legacy_orgs() -> TestDb {
    let db = TestDb::with_catalog(Backend::Sqlite).in_era("marker");
    let names: Vec<String> = (0..1500).map(|i| format!("Legacy org number {i:04}")).collect();
    let orgs: Vec<(&str, &str, serde_json::Value, &[&str])> = names
        .iter()
        .map(|n| (n.as_str(), "enterprise", json!({"provider_deny_list": ["deepseek"]}), &[][..]))
        .collect();
    db.add_orgs(&orgs);
    db
}

#[test]
fn a_closed_stdout_keeps_the_exit_status_and_never_panics() {
    let db = many_legacy_orgs();
    for shell in ["bash", "zsh", "fish"] {
        let (code, stderr) = with_stdout_closed(&db, &["completions", shell]);
        assert_eq!((code, stderr.as_str()), (0, ""), "completions {shell}");
    }
    // The full run exits 1 (findings): so does the cut-short one, quietly.
    let full = db.cmd().args(["audit", "--fail-on", "warning"]).output().unwrap();
    assert_eq!(full.status.code(), Some(1));
    assert!(full.stdout.len() > 200_000, "the output must outgrow a pipe buffer");
    for format in ["table", "json"] {
        let (code, stderr) = with_stdout_closed(&db, &["audit", "--fail-on", "warning", "--format", format]);
        assert_eq!(code, 1, "audit --format {format}: {stderr}");
        assert!(!stderr.contains("error:") && !stderr.contains("panicked"), "{stderr}");
    }
    let (code, stderr) = with_stdout_closed(&db, &["orgs", "list"]);
    assert_eq!((code, stderr.contains("panicked")), (0, false), "{stderr}");
    // The plan file is whole and verifiable whatever happened to stdout.
    let (code, stderr) = with_stdout_closed(&db, &["backfill", "plan", "--out", "plan.jsonl"]);
    assert_eq!(code, 0, "{stderr}");
    db.cmd().args(["backfill", "apply", "plan.jsonl", "--dry-run"]).assert().success();
    let lines = std::fs::read_to_string(db.dir.path().join("plan.jsonl")).unwrap().lines().count();
    assert_eq!(lines, 1 + 1500 + 1, "the header, one entry per org and the hashed trailer");
}

//! End-to-end: member-level access on orgpolicy's own schema (PostgreSQL and SQLite), which
//! keeps the gateway's member, group and policy tables (migration `groups`).

mod common;

use common::{runtime, Backend, TestDb};
use predicates::prelude::*;
use serde_json::{json, Value};

/// Runs statements on the test database, whichever backend.
fn sql(db: &TestDb, statements: &str) {
    runtime().block_on(async {
        match db.backend {
            Backend::Postgres => {
                let pool = sqlx::PgPool::connect(&db.url).await.unwrap();
                sqlx::raw_sql(statements).execute(&pool).await.unwrap();
            }
            Backend::Sqlite => {
                let pool = sqlx::SqlitePool::connect(&db.url).await.unwrap();
                sqlx::raw_sql(statements).execute(&pool).await.unwrap();
            }
        }
    });
}

fn check(db: &TestDb, args: &[&str]) -> (Value, i32) {
    db.json(&[&["check", "--org", "Acme", "--rules", "current"][..], args].concat())
}

/// What the shell's dynamic completion offers for the last word of `words`, one per line.
fn complete(db: &TestDb, words: &[&str]) -> Vec<String> {
    let out = db
        .cmd()
        .env("COMPLETE", "bash")
        .env("_CLAP_COMPLETE_INDEX", words.len().to_string())
        .env("_CLAP_COMPLETE_COMP_TYPE", "9")
        .env("_CLAP_COMPLETE_SPACE", "true")
        .env("_CLAP_IFS", "\n")
        .arg("--")
        .arg("orgpolicy")
        .args(words)
        .output()
        .unwrap();
    assert!(out.status.success() && out.stderr.is_empty(), "{}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8(out.stdout).unwrap().split(['\n', '\u{b}']).filter(|l| !l.is_empty()).map(String::from).collect()
}

fn members_on_the_own_schema(backend: Backend) {
    let db = TestDb::with_catalog(backend);
    db.add_orgs(&[(
        "Acme",
        "enterprise",
        json!({"provider_allow_list": ["anthropic", "openai"], "model_deny_list": ["openai/o3"]}),
        &[],
    )]);
    let (orgs, _) = db.json(&["orgs", "list"]);
    let org = orgs["orgs"][0]["id"].as_str().unwrap().to_string();
    sql(
        &db,
        &format!(
            "INSERT INTO organization_memberships (organization_id, kilo_user_id, email) VALUES
               ('{org}', 'user-ada', 'Ada@acme.test'), ('{org}', 'user-cy', NULL);
             INSERT INTO organization_groups (id, organization_id, name, policies) VALUES
               ('b0000000-0000-4000-8000-000000000001', '{org}', 'Research',
                '[{{\"type\":\"model_access\",\"data\":{{\"mode\":\"selected\",\"model_allow_list\":[\"openai/o3\"],\"provider_allow_list\":[]}}}}]');
             INSERT INTO organization_group_memberships (organization_id, group_id, kilo_user_id) VALUES
               ('{org}', 'b0000000-0000-4000-8000-000000000001', 'user-ada');
             INSERT INTO organization_group_policy_settings (organization_id, default_policies) VALUES
               ('{org}', '[{{\"type\":\"model_access\",\"data\":{{\"mode\":\"none\"}}}}]');"
        ),
    );
    // The group's model grant beats the deny list; by email, case-insensitively.
    let (doc, code) = check(&db, &["--model", "openai/o3", "--member", "ada@ACME.test"]);
    assert_eq!((code, doc["reason"].as_str()), (0, Some("granted_to_member")), "{doc}");
    assert_eq!(doc["member"]["groups"], json!(["Research"]));
    // A member in no group, and no --member: the default policy (none) grants nothing.
    for member in [&["--member", "user-cy"][..], &[][..]] {
        let (doc, code) = check(&db, &[&["--model", "anthropic/claude-sonnet-4.5"][..], member].concat());
        assert_eq!((code, doc["reason"].as_str()), (1, Some("no_grant")), "{doc}");
    }
    let (members, _) = db.json(&["members", "list", "--org", "Acme"]);
    assert_eq!(members["summary"]["by_grant"], json!({"none": 1, "selected": 1}), "{members}");
    assert_eq!(members["members"][0]["email"], "Ada@acme.test");
    db.cmd()
        .args(["check", "--org", "Acme", "--rules", "current", "--model", "openai/o3", "--member", "nobody"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("'nobody' is not a member of organization 'Acme'"));

    // The shell's completion asks the database: org names, models, providers, the org's groups.
    assert_eq!(complete(&db, &["check", "--org", "ac"]), ["Acme"]);
    assert_eq!(complete(&db, &["groups", "show", "--org", "Acme", "--group", ""]), ["Research"]);
    assert!(complete(&db, &["models", "deny", "--org", "Acme", "openai/gpt-4"]).contains(&"openai/gpt-4o".to_string()));
    assert_eq!(complete(&db, &["providers", "allow", "--org", "Acme", "anthrop"]), ["anthropic"]);

    // What can be written can be read: the groups with their members and policies, and one
    // group's policy as stored and as the gateway reads it, with what each member gets.
    let (listed, code) = db.json(&["groups", "list", "--org", "Acme"]);
    assert_eq!(code, 0, "{listed}");
    assert_eq!(listed["groups"][0]["name"], "Research", "{listed}");
    assert_eq!(listed["groups"][0]["members"], 1);
    assert_eq!(listed["groups"][0]["policy"]["summary"], "selected (1 model, 0 providers)");
    assert_eq!(listed["groups"][0]["policy"]["read"][0]["model_allow_list"], json!(["openai/o3"]));
    assert_eq!((listed["default_policy"]["summary"].as_str(), listed["members"].as_u64()), (Some("none"), Some(2)));
    let (shown, code) = db.json(&["groups", "show", "--org", "Acme", "--group", "research"]);
    assert_eq!(code, 0, "{shown}");
    assert_eq!(shown["group"]["name"], "Research");
    assert_eq!(
        shown["members"],
        json!([{"id": "user-ada", "email": "Ada@acme.test", "groups": ["Research"], "grant": "selected"}])
    );
    assert!(shown["policy"]["stored"].is_array() && shown["policy"]["error"].is_null(), "{shown}");
    db.cmd()
        .args(["groups", "show", "--org", "Acme", "--group", "reserch"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("did you mean 'Research'?"));

    // Test cases as rich as `check`: a member, the rules, and the status, error and denial
    // source they expect; an unknown member fails its case, not the run.
    let cases = db.file(
        "cases.toml",
        r#"
[[case]]
org = "Acme"
member = "ada@acme.test"
rules = "current"
model = "openai/o3"
expect = "allow"
reason = "granted_to_member"
status = 200

[[case]]
org = "Acme"
member = "user-cy"
rules = "current"
model = "anthropic/claude-sonnet-4.5"
expect = "deny"
reason = "no_grant"
status = 404
error = "model_not_allowed"

[[case]]
org = "Acme"
rules = "current"
model = "openai/o3"
expect = "deny"
status = 403

[[case]]
org = "Acme"
member = "nobody"
rules = "current"
model = "openai/o3"
expect = "deny"
"#,
    );
    let (out, code) = db.json(&["test", cases.to_str().unwrap()]);
    assert_eq!(code, 1, "{out}");
    let passed: Vec<bool> = out["cases"].as_array().unwrap().iter().map(|c| c["passed"] == true).collect();
    assert_eq!(passed, [true, true, false, false], "{out}");
    assert!(out["cases"][2]["failures"][0].as_str().unwrap().starts_with("expected HTTP 403, got 404"), "{out}");
    assert!(out["cases"][3]["failures"][0].as_str().unwrap().contains("'nobody' is not a member"), "{out}");
    assert_eq!(out["cases"][1]["actual"]["error"], "model_not_allowed", "{out}");
    let bad = db.file("bad.toml", "[[case]]\norg = \"Acme\"\nmodel = \"m\"\nexpect = \"deny\"\nrules = \"today\"\n");
    db.cmd().arg("test").arg(&bad).assert().code(2).stderr(predicate::str::contains("unknown rules 'today'"));

    // While the default policy is invalid every member is refused: a group's edit alone
    // changes no one's access, and the preview says why.
    sql(&db, &format!("UPDATE organization_group_policy_settings SET default_policies = '[{{\"type\":\"model_access\",\"data\":{{\"mode\":\"some\"}}}}]' WHERE organization_id = '{org}'"));
    db.cmd()
        .args([
            "groups",
            "policy",
            "set",
            "--org",
            "Acme",
            "--group",
            "Research",
            "--mode",
            "all",
            "--dry-run",
            "--rules",
            "current",
        ])
        .assert()
        .success()
        .stderr(
            predicate::str::contains("the default policy is invalid")
                .and(predicate::str::contains("changes no one's access")),
        )
        .stdout(predicate::str::contains("0 of 2 members change"));
}

/// Group-policy edits on orgpolicy's own schema: the first write creates the settings row
/// (revision 1, default `all`) as the gateway does, and the audit row carries the details.
fn group_policy_edits_on_the_own_schema(backend: Backend) {
    let db = TestDb::with_catalog(backend);
    db.add_orgs(&[("Acme", "enterprise", json!({"model_deny_list": ["openai/o3"]}), &[])]);
    let (orgs, _) = db.json(&["orgs", "list"]);
    let org = orgs["orgs"][0]["id"].as_str().unwrap().to_string();
    sql(
        &db,
        &format!(
            "INSERT INTO organization_memberships (organization_id, kilo_user_id, email) VALUES ('{org}', 'user-ada', 'ada@acme.test');
             INSERT INTO organization_groups (id, organization_id, name) VALUES ('b0000000-0000-4000-8000-000000000001', '{org}', 'Research');
             INSERT INTO organization_group_memberships (organization_id, group_id, kilo_user_id) VALUES
               ('{org}', 'b0000000-0000-4000-8000-000000000001', 'user-ada');"
        ),
    );
    // Without --rules, a member question is decided under the current rules.
    let (doc, code) = db.json(&["check", "--org", "Acme", "--model", "openai/o3", "--member", "user-ada"]);
    assert_eq!((code, doc["reason"].as_str()), (1, Some("model_denied")), "{doc}");
    let policy = db.file("p.json", r#"{"type": "model_access", "data": {"mode": "selected", "model_allow_list": ["openai/o3:free"], "provider_allow_list": []}}"#);
    let (doc, code) = db.json(&[
        "groups",
        "policy",
        "set",
        "--org",
        "Acme",
        "--group",
        "research",
        policy.to_str().unwrap(),
        "--yes",
        "--actor",
        "ops",
    ]);
    assert_eq!((code, doc["changed"].as_bool(), doc["revision_after"].as_i64()), (0, Some(true), Some(1)), "{doc}");
    assert_eq!(doc["access"]["members"][0]["gained"], json!(["openai/o3"]), "{doc}");
    let (doc, code) = db.json(&["check", "--org", "Acme", "--model", "openai/o3", "--member", "ada@ACME.test"]);
    assert_eq!((code, doc["reason"].as_str()), (0, Some("granted_to_member")), "{doc}");
    let (members, _) = db.json(&["members", "list", "--org", "Acme"]);
    assert_eq!(
        (members["policy_revision"].as_i64(), members["default_policy"]["mode"].as_str()),
        (Some(1), Some("all"))
    );
    let (log, _) = db.json(&["log", "--org", "Acme"]);
    let row = &log["rows"][0];
    assert_eq!(row["action"], "organization.group.policy.set", "{log}");
    assert_eq!(row["details"]["after"][0]["data"]["model_allow_list"], json!(["openai/o3"]), "{log}");
    assert_eq!(row["details"]["revision_before"], 0, "{log}");
    // Removed: back to the baseline; revision 2.
    let (doc, code) = db.json(&[
        "groups",
        "policy",
        "remove",
        "--org",
        "Acme",
        "--group",
        "b0000000-0000-4000-8000-000000000001",
        "--yes",
    ]);
    assert_eq!(
        (code, doc["revision_after"].as_i64(), doc["access"]["summary"]["lost"].as_i64()),
        (0, Some(2), Some(1))
    );
}

on_both!(members_on_the_own_schema, group_policy_edits_on_the_own_schema);

/// A database that never answers offers nothing and prints nothing: the shell does not hang
/// past the completion's timeout and shows no error.
#[test]
fn completion_is_silent_when_the_database_does_not_answer() {
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let url = format!("postgres://postgres@{}/x", listener.local_addr().unwrap());
    let db = TestDb::empty(Backend::Sqlite);
    let out = db
        .cmd()
        .env("DATABASE_URL", url)
        .env("COMPLETE", "bash")
        .env("_CLAP_COMPLETE_INDEX", "3")
        .env("_CLAP_COMPLETE_COMP_TYPE", "9")
        .env("_CLAP_COMPLETE_SPACE", "true")
        .args(["--", "orgpolicy", "check", "--org", "Ac"])
        .output()
        .unwrap();
    assert_eq!((out.status.code(), out.stdout.is_empty(), out.stderr.is_empty()), (Some(0), true, true), "{out:?}");
    drop(listener);
}

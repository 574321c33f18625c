//! End-to-end: `audit`, `diff` and `test` on PostgreSQL and SQLite — silent enablement over
//! three catalog snapshots, every finding code, the JSON shapes, exit codes and bad input.

mod common;

use std::collections::BTreeSet;

use common::{real_catalog_value, Backend, TestDb};
use predicates::prelude::*;
use serde_json::{json, Value};

/// The provider that enters the catalog in the third snapshot.
const NEWCOMER: &str = "wafer";

/// The real catalog without the newcomer (snapshots 1 and 2), and the whole of it (snapshot 3).
fn catalogs() -> (Value, Value) {
    let full = real_catalog_value();
    let mut without = full.clone();
    without["providers"].as_array_mut().unwrap().retain(|p| p["slug"] != NEWCOMER);
    assert_ne!(without, full, "the sample catalog must have {NEWCOMER}");
    (without, full)
}

fn import(db: &TestDb, name: &str, catalog: &Value) {
    let file = db.file(name, &catalog.to_string());
    db.cmd().args(["catalog", "import"]).arg(&file).assert().success();
}

fn deny(db: &TestDb, org: &str, provider: &str) {
    db.cmd().args(["providers", "deny", "--org", org, provider, "--yes"]).assert().success();
}

/// (org name, code) of every finding, and the exit code.
fn findings(db: &TestDb, extra: &[&str]) -> (Value, BTreeSet<(String, String)>, i32) {
    let (out, code) = db.json(&[&["audit"], extra].concat());
    let set = out["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| (f["name"].as_str().unwrap().to_string(), f["code"].as_str().unwrap().to_string()))
        .collect();
    (out, set, code)
}

fn has(set: &BTreeSet<(String, String)>, org: &str, code: &str) -> bool {
    set.contains(&(org.to_string(), code.to_string()))
}

/// Snapshots 1 and 2 without the newcomer; legacy orgs whose last settings change predates
/// snapshot 3; one org migrated under snapshot 2; then snapshot 3 brings the newcomer.
fn three_snapshots(backend: Backend) {
    let db = TestDb::new(backend).in_era("marker");
    let (without, full) = catalogs();
    import(&db, "s1.json", &without);
    // Snapshot 2 takes one model away from baidu (providers stay as they were).
    let mut second = without.clone();
    let baidu = second["providers"].as_array_mut().unwrap().iter_mut().find(|p| p["slug"] == "baidu").unwrap();
    baidu["models"].as_array_mut().unwrap().retain(|m| m["id"] != "tencent/hy3");
    import(&db, "s2.json", &second);
    db.add_orgs(&[
        ("reviewed-later", "enterprise", json!({"provider_deny_list": ["deepseek"]}), &[]),
        ("migrated-later", "enterprise", json!({"provider_deny_list": ["deepseek"]}), &[]),
        ("migrated-before", "enterprise", json!({"provider_deny_list": ["novita"]}), &[]),
        ("denies-newcomer", "enterprise", json!({"provider_deny_list": [NEWCOMER]}), &[]),
        ("teams-org", "teams", json!({"provider_deny_list": ["deepseek"]}), &[]),
    ]);
    // Audit rows before snapshot 3, and one org migrated under snapshot 2.
    deny(&db, "reviewed-later", "novita");
    deny(&db, "migrated-later", "novita");
    db.cmd().args(["backfill", "apply", "--org", "migrated-before", "--yes"]).assert().success();
    std::thread::sleep(std::time::Duration::from_millis(20));
    // Snapshot 3 = snapshot 2 + the newcomer.
    let mut third = second.clone();
    let newcomer = full["providers"].as_array().unwrap().iter().find(|p| p["slug"] == NEWCOMER).unwrap().clone();
    third["providers"].as_array_mut().unwrap().push(newcomer);
    import(&db, "s3.json", &third);

    let (out, set, code) = findings(&db, &[]);
    assert_eq!(code, 1, "errors found: {out}");
    for org in ["reviewed-later", "migrated-later"] {
        assert!(has(&set, org, "silent_enablement"), "{org}: {set:?}");
    }
    for org in ["migrated-before", "denies-newcomer", "teams-org"] {
        assert!(!has(&set, org, "silent_enablement"), "{org}: {set:?}");
    }
    let finding = out["findings"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["name"] == "reviewed-later" && f["code"] == "silent_enablement")
        .unwrap();
    assert_eq!(finding["severity"], "error");
    assert!(finding["message"].as_str().unwrap().contains(NEWCOMER), "{finding}");
    assert_eq!(
        finding["data"]["providers"],
        json!([{"provider": NEWCOMER, "entered_at": finding["data"]["providers"][0]["entered_at"], "snapshot_id": 3}])
    );
    assert_eq!(finding["data"]["since_source"], "last_settings_change");
    let keys: BTreeSet<&str> = finding.as_object().unwrap().keys().map(String::as_str).collect();
    assert_eq!(keys, BTreeSet::from(["org", "name", "code", "severity", "message", "data", "fingerprint", "status"]));
    assert_eq!(out["summary"]["by_code"]["silent_enablement"], 2, "{}", out["summary"]);
    assert_eq!(out["summary"]["orgs"], 5);

    // diff --catalog (default 2 → 3): exactly the newcomer's pairs for legacy orgs, none for
    // the migrated one.
    let (diff, code) = db.json(&["diff", "--org", "reviewed-later", "--catalog"]);
    assert_eq!(code, 0);
    assert_eq!((diff["from"]["snapshot_id"].as_i64(), diff["to"]["snapshot_id"].as_i64()), (Some(2), Some(3)));
    let gained = diff["gained"].as_array().unwrap();
    assert!(!gained.is_empty());
    assert!(gained.iter().all(|p| p["provider"] == NEWCOMER), "{gained:?}");
    let served = newcomer_models(&full);
    let gained_models: BTreeSet<String> = gained.iter().map(|p| p["model"].as_str().unwrap().to_string()).collect();
    assert_eq!(gained_models, served);
    assert_eq!(diff["lost"], json!([]));
    assert_eq!(diff["summary"]["gained"], gained.len());
    assert_eq!(diff["by_provider"][NEWCOMER]["gained"], gained.len());
    let (diff, _) = db.json(&["diff", "--org", "migrated-before", "--catalog", "2..3"]);
    assert_eq!((diff["gained"].clone(), diff["lost"].clone()), (json!([]), json!([])), "{diff}");
    // 1 → 2 took one pair away.
    let (diff, _) = db.json(&["diff", "--org", "reviewed-later", "--catalog", "1..2"]);
    assert_eq!(diff["lost"], json!([{"model": "tencent/hy3", "provider": "baidu"}]), "{diff}");
    assert_eq!(diff["gained"], json!([]));

    // No decision is made by a trial backfill (applied, then rolled back) or by an edit of a
    // key that is not a provider list: the audit is exactly as it was.
    let before = findings(&db, &[]).1;
    let plan = db.dir.path().join("trial.jsonl");
    db.cmd().args(["backfill", "plan", "--org", "reviewed-later", "--out"]).arg(&plan).assert().success();
    db.cmd().args(["backfill", "apply", "--yes"]).arg(&plan).assert().success();
    db.cmd().args(["backfill", "rollback", "--yes"]).arg(&plan).assert().success();
    db.cmd().args(["models", "deny", "--org", "reviewed-later", "openai/gpt-4o", "--yes"]).assert().success();
    assert_eq!(findings(&db, &[]).1, before);

    // A newer audited decision, or the backfill, ends the finding.
    deny(&db, "reviewed-later", "baidu");
    db.cmd().args(["backfill", "apply", "--org", "migrated-later", "--yes"]).assert().success();
    let (_, set, _) = findings(&db, &[]);
    for org in ["reviewed-later", "migrated-later"] {
        assert!(!has(&set, org, "silent_enablement"), "{org}: {set:?}");
    }
    assert!(!has(&set, "migrated-later", "legacy_not_migrated"));
    assert!(has(&set, "reviewed-later", "legacy_not_migrated"));
    // Only warnings are left: clean under the default --fail-on error, not under warning.
    let (_, _, code) = findings(&db, &[]);
    assert_eq!(code, 0);
    let (_, _, code) = findings(&db, &["--fail-on", "warning"]);
    assert_eq!(code, 1);
}

/// The normalized models the newcomer serves in the sample catalog.
fn newcomer_models(full: &Value) -> BTreeSet<String> {
    let provider = full["providers"].as_array().unwrap().iter().find(|p| p["slug"] == NEWCOMER).unwrap();
    provider["models"]
        .as_array()
        .unwrap()
        .iter()
        .map(|m| {
            let id = m["id"].as_str().or(m["slug"].as_str()).unwrap();
            id.split(':').next().unwrap().to_lowercase()
        })
        .collect()
}

/// One org per finding code, plus clean orgs: the exact set of findings.
fn every_code(backend: Backend) {
    let db = TestDb::with_catalog(backend).in_era("marker");
    let allow = |list: Value| json!({"provider_policy_mode": "allow", "provider_allow_list": list});
    db.add_orgs(&[
        ("clean-allow", "enterprise", allow(json!(["openai", "anthropic"])), &[]),
        ("clean-open", "enterprise", json!({}), &[]),
        ("teams-anything", "teams", json!({"provider_deny_list": 7, "default_model": "nope/nope"}), &[]),
        ("invalid", "enterprise", json!({"provider_deny_list": "deepseek"}), &[]),
        ("no-live", "enterprise", allow(json!(["gone-provider"])), &[]),
        ("legacy", "enterprise", json!({"provider_deny_list": ["deepseek"]}), &[]),
        (
            "unknown-model",
            "enterprise",
            {
                let mut a = allow(json!(["openai"]));
                a["model_deny_list"] = json!(["nobody/never"]);
                a
            },
            &[],
        ),
        ("stale", "enterprise", json!({"provider_allow_list": ["openai"]}), &[]),
        (
            "bad-default",
            "enterprise",
            {
                let mut a = allow(json!(["anthropic"]));
                a["default_model"] = json!("openai/gpt-4o");
                a
            },
            &[],
        ),
        (
            "custom-default",
            "enterprise",
            {
                let mut a = allow(json!(["anthropic"]));
                a["default_model"] = json!("acme/in-house");
                a
            },
            &["acme/in-house"],
        ),
    ]);
    let (out, set, code) = findings(&db, &[]);
    assert_eq!(code, 1);
    let want: BTreeSet<(String, String)> = [
        ("invalid", "invalid_settings"),
        ("no-live", "no_live_provider_allowed"),
        ("no-live", "unknown_provider"),
        ("legacy", "legacy_not_migrated"),
        ("unknown-model", "unknown_model"),
        ("stale", "stale_legacy_key"),
        ("bad-default", "default_model_not_allowed"),
    ]
    .iter()
    .map(|(o, c)| (o.to_string(), c.to_string()))
    .collect();
    assert_eq!(set, want, "{out}");
    // Orgs created 30 days ago before a snapshot imported now: history starts with that
    // snapshot, so nothing entered after them.
    assert_eq!(out["summary"]["errors"], 2);
    assert_eq!(out["summary"]["warnings"], 5);

    // The table: one line per finding on stdout, the closing summary on stderr.
    db.cmd()
        .arg("audit")
        .assert()
        .code(1)
        .stdout(predicate::str::contains("error     invalid"))
        .stdout(predicate::str::contains("orgs audited").not())
        .stderr(predicate::str::contains("10 orgs audited, 6 with findings: 2 errors, 5 warnings"));
}

fn audit_needs_a_catalog_and_is_clean_on_an_empty_database(backend: Backend) {
    let db = TestDb::new(backend).in_era("marker");
    db.cmd().arg("audit").assert().code(2).stderr(predicate::str::contains("catalog import"));
    import(&db, "c.json", &real_catalog_value());
    let (out, code) = db.json(&["audit"]);
    assert_eq!(code, 0);
    assert_eq!(out["findings"], json!([]));
    assert_eq!(out["summary"]["orgs"], 0);
    assert_eq!(out["summary"]["by_code"]["silent_enablement"], 0);
}

fn diff_settings_and_migration(backend: Backend) {
    let db = TestDb::with_catalog(backend).in_era("marker");
    db.add_orgs(&[
        ("legacy", "enterprise", json!({"provider_deny_list": ["deepseek"]}), &[]),
        ("teams-org", "teams", json!({}), &[]),
    ]);
    // A proposed document that allows only openai: everything else is lost.
    let proposed =
        db.file("p.json", &json!({"provider_policy_mode": "allow", "provider_allow_list": ["openai"]}).to_string());
    let (diff, code) = db.json(&["diff", "--org", "legacy", "--settings", proposed.to_str().unwrap()]);
    assert_eq!(code, 0);
    assert_eq!(diff["change"], "settings");
    assert_eq!(diff["gained"], json!([]));
    let lost = diff["lost"].as_array().unwrap();
    assert!(!lost.is_empty() && lost.iter().all(|p| p["provider"] != "openai"), "{diff}");
    assert_eq!(diff["summary"]["lost"], lost.len());

    // The migration: no change now, and a plan for later.
    let (diff, code) = db.json(&["diff", "--org", "legacy", "--migration"]);
    assert_eq!(code, 0);
    assert_eq!((diff["gained"].clone(), diff["lost"].clone()), (json!([]), json!([])));
    assert_eq!(diff["migration"]["action"], "migrate");
    assert_eq!(diff["migration"]["denied"], json!(["deepseek"]));
    assert_eq!(diff["migration"]["preserves_access"], true);
    let (diff, _) = db.json(&["diff", "--org", "teams-org", "--migration"]);
    assert_eq!(diff["migration"], json!({"action": "skip", "skip_reason": "not_enterprise"}));
    db.cmd()
        .args(["diff", "--org", "legacy", "--migration"])
        .assert()
        .success()
        .stdout(predicate::str::contains("later: a provider entering the catalog needs approval"))
        .stdout(predicate::str::contains("legacy: no change in effective access"));

    // Bad input: exit 2, named.
    let bad = db.file("bad.json", "{\"provider_deny_list\": [1]}");
    db.cmd()
        .args(["diff", "--org", "legacy", "--settings"])
        .arg(&bad)
        .assert()
        .code(2)
        .stderr(predicate::str::contains("settings file").and(predicate::str::contains("provider_deny_list")));
    let junk = db.file("junk.json", "{\"a\": ");
    db.cmd()
        .args(["diff", "--org", "legacy", "--settings"])
        .arg(&junk)
        .assert()
        .code(2)
        .stderr(predicate::str::contains("is not JSON"));
    db.cmd()
        .args(["diff", "--org", "legacy", "--catalog", "1..x"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("--catalog '1..x'"));
    db.cmd()
        .args(["diff", "--org", "legacy", "--catalog"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("needs two catalogs"));
    db.cmd().args(["diff", "--org", "legacy", "--migration", "--settings", "p.json"]).assert().code(2);
}

fn test_cases(backend: Backend) {
    let db = TestDb::with_catalog(backend).in_era("marker");
    db.add_orgs(
        &[
            (
                "acme",
                "enterprise",
                json!({"provider_policy_mode": "allow", "provider_allow_list": ["openai", "azure"]}),
            ),
            ("legacy", "enterprise", json!({"provider_deny_list": ["deepseek"]})),
        ]
        .map(|(n, p, s)| (n, p, s, &[] as &[&str])),
    );
    let passing = r#"
[[case]]
name = "acme uses gpt-4o through its allowed providers"
org = "acme"
model = "openai/gpt-4o"
expect = "allow"
reason = "allowed"
routing = { provider = { only = ["azure", "openai"] } }

[[case]]
org = "acme"
model = "deepseek/deepseek-chat"
provider = "deepseek"
expect = "deny"
reason = "no_provider_upstream"

[[case]]
org = "legacy"
model = "openai/gpt-4o:free"
expect = "allow"
"#;
    let file = db.file("cases.toml", passing);
    db.cmd()
        .arg("test")
        .arg(&file)
        .assert()
        .success()
        .stdout(predicate::str::contains("ok    acme uses gpt-4o through its allowed providers"))
        .stderr(predicate::str::ends_with("3 passed, 0 failed\n"));

    let failing = json!({"cases": [
        {"org": "acme", "model": "openai/gpt-4o", "expect": "deny"},
        {"org": "legacy", "model": "deepseek/deepseek-chat", "provider": "deepseek", "expect": "deny", "reason": "model_denied"},
        {"org": "acme", "model": "openai/gpt-4o", "expect": "allow", "routing": {"provider": {"only": ["openai"]}}},
        {"org": "nobody", "model": "openai/gpt-4o", "expect": "allow"},
        {"org": "acme", "model": "openai/gpt-4o", "expect": "allow"}
    ]});
    let file = db.file("cases.json", &failing.to_string());
    let (out, code) = db.json(&["test", file.to_str().unwrap()]);
    assert_eq!(code, 1);
    assert_eq!((out["passed"].as_u64(), out["failed"].as_u64()), (Some(1), Some(4)));
    let cases = out["cases"].as_array().unwrap();
    assert!(cases[0]["failures"][0].as_str().unwrap().contains("expected deny, got allow"), "{}", cases[0]);
    assert!(cases[1]["failures"][0]
        .as_str()
        .unwrap()
        .contains("expected reason model_denied, got provider_not_allowed"));
    assert!(cases[2]["failures"][0].as_str().unwrap().contains("expected routing"));
    assert!(cases[3]["failures"][0].as_str().unwrap().contains("'nobody' not found"));
    assert_eq!(cases[4]["passed"], true);
    db.cmd().arg("test").arg(&file).assert().code(1).stderr(predicate::str::ends_with("1 passed, 4 failed\n"));

    // No typo passes: a case naming a model or provider the catalog does not have fails, with
    // the closest names, unless it says it means one; `check` answers as the gateway does and
    // says the name is unknown.
    let typos = db.file(
        "typos.toml",
        "[[case]]\norg = \"legacy\"\nmodel = \"deepseek/deepseek-chatt\"\nexpect = \"allow\"\n\n\
         [[case]]\norg = \"acme\"\nmodel = \"openai/gpt-4o\"\nprovider = \"opneai\"\nexpect = \"deny\"\n\n\
         [[case]]\norg = \"legacy\"\nmodel = \"deepseek/deepseek-chatt\"\nexpect = \"allow\"\nunknown = true\n",
    );
    let (out, code) = db.json(&["test", typos.to_str().unwrap()]);
    assert_eq!(code, 1, "{out}");
    assert_eq!((out["passed"].as_u64(), out["failed"].as_u64()), (Some(1), Some(2)), "{out}");
    // Without the check, both typos would pass: the gateway forwards the unknown model and
    // refuses the unknown provider.
    assert_eq!(out["cases"][0]["actual"]["decision"], "allow", "{out}");
    assert_eq!(out["cases"][1]["actual"]["decision"], "deny", "{out}");
    let failure = |i: usize| out["cases"][i]["failures"][0].as_str().unwrap().to_string();
    assert!(
        failure(0).contains("model 'deepseek/deepseek-chatt' is not in the catalog (closest: deepseek/deepseek-chat"),
        "{}",
        failure(0)
    );
    assert!(failure(1).contains("provider 'opneai' is not in the catalog (closest: openai"), "{}", failure(1));
    let (checked, code) = db.json(&["check", "--org", "acme", "--model", "openai/gpt-4oo"]);
    assert_eq!((code, &checked["reason"]), (0, &json!("forwarded")), "the gateway's answer: {checked}");
    assert_eq!(checked["unknown"][0]["kind"], "model", "{checked}");
    assert_eq!(checked["unknown"][0]["closest"][0], "openai/gpt-4o", "{checked}");
    let (checked, _) = db.json(&["check", "--org", "acme", "--model", "openai/gpt-4o"]);
    assert_eq!(checked["unknown"], json!([]), "{checked}");

    // A NUL (which PostgreSQL refuses to compare with) fails its case, naming the file and
    // the field; the other cases run.
    let nul = db.file(
        "nul.toml",
        "[[case]]\norg = \"acme\\u0000\"\nmodel = \"openai/gpt-4o\"\nexpect = \"allow\"\n\n\
         [[case]]\norg = \"acme\"\nmodel = \"openai/gpt-4o\"\nprovider = \"openai\\u0000\"\nexpect = \"allow\"\n\n\
         [[case]]\norg = \"acme\"\nmodel = \"openai/gpt-4o\"\nexpect = \"allow\"\n",
    );
    let (out, code) = db.json(&["test", nul.to_str().unwrap()]);
    assert_eq!(code, 1, "{out}");
    assert_eq!((out["passed"].as_u64(), out["failed"].as_u64()), (Some(1), Some(2)), "{out}");
    for (i, field) in [(0, "'org'"), (1, "'provider'")] {
        let failure = out["cases"][i]["failures"][0].as_str().unwrap();
        assert!(failure.contains(field) && failure.contains("nul.toml") && failure.contains("NUL"), "{failure}");
    }

    // Malformed files name the line or the field; nothing runs.
    let bad = db.file("bad.toml", "[[case]]\norg = \"acme\"\nmodel = \"m\"\nexpect = \"perhaps\"\n");
    db.cmd()
        .arg("test")
        .arg(&bad)
        .assert()
        .code(2)
        .stderr(predicate::str::contains("line 4").and(predicate::str::contains("perhaps")));
    let bad = db.file("bad.json", "{\"cases\": [{\"org\": \"acme\", \"modle\": \"m\", \"expect\": \"allow\"}]}");
    db.cmd()
        .arg("test")
        .arg(&bad)
        .assert()
        .code(2)
        .stderr(predicate::str::contains("cases[0]").and(predicate::str::contains("modle")));
    let empty = db.file("empty.toml", "case = []\n");
    db.cmd().arg("test").arg(&empty).assert().code(2).stderr(predicate::str::contains("has no cases"));
    db.cmd()
        .args(["test", "missing.toml"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("could not read cases file 'missing.toml'"));
}

/// The reports CI systems read, each checked by a real reader: JUnit XML by an XML parser,
/// SARIF by a SARIF 2.1.0 reader (types generated from the published schema), GitHub's
/// workflow commands line by line and its job summary; the exit code never changes with the
/// format, and other commands refuse the CI formats.
fn ci_reports(backend: Backend) {
    let db = TestDb::with_catalog(backend).in_era("marker");
    db.add_orgs(
        &[
            ("acme", "enterprise", json!({"provider_policy_mode": "allow", "provider_allow_list": ["openai"]})),
            (
                "legacy <&\"co\">",
                "enterprise",
                json!({"provider_deny_list": ["deepseek"], "model_deny_list": ["nobody/nothing"]}),
            ),
            ("broken", "enterprise", json!({"provider_allow_list": "openai", "provider_policy_mode": "allow"})),
            ("teams", "teams", json!({"model_deny_list": ["openai/gpt-4o"]})),
        ]
        .map(|(n, p, s)| (n, p, s, &[] as &[&str])),
    );
    // A teams org's lists are not enforced: nothing is denied there, in every listing.
    let (orgs, _) = db.json(&["orgs", "list", "--plan", "teams"]);
    assert_eq!(orgs["orgs"][0]["models_denied"], 0, "{orgs}");
    let (json_out, json_code) = db.json(&["audit", "--fail-on", "warning"]);
    let findings = json_out["findings"].as_array().unwrap();
    assert!(findings.len() >= 3, "{json_out}");
    let failing = |f: &Value| f["severity"] != "info";
    let failing_orgs: BTreeSet<&str> =
        findings.iter().filter(|f| failing(f)).map(|f| f["org"].as_str().unwrap()).collect();
    let run = |format: &str, summary: Option<&std::path::Path>| {
        let mut cmd = db.cmd();
        cmd.args(["audit", "--fail-on", "warning", "--format", format]).env_remove("GITHUB_STEP_SUMMARY");
        if let Some(path) = summary {
            cmd.env("GITHUB_STEP_SUMMARY", path);
        }
        let out = cmd.output().unwrap();
        assert_eq!(out.status.code(), Some(json_code), "{format}: {}", String::from_utf8_lossy(&out.stderr));
        String::from_utf8(out.stdout).unwrap()
    };

    // JUnit: one test case per org; findings at or above --fail-on are failures.
    let junit = run("junit", None);
    let doc = roxmltree::Document::parse(&junit).unwrap_or_else(|e| panic!("not XML ({e}):\n{junit}"));
    let suite = doc.descendants().find(|n| n.has_tag_name("testsuite")).unwrap();
    let cases: Vec<_> = suite.children().filter(|n| n.has_tag_name("testcase")).collect();
    assert_eq!(cases.len(), 4, "{junit}");
    let failed: Vec<_> = cases.iter().filter(|c| c.children().any(|n| n.has_tag_name("failure"))).collect();
    assert_eq!(failed.len(), failing_orgs.len(), "{junit}");
    assert_eq!(suite.attribute("failures"), Some(failing_orgs.len().to_string().as_str()));
    assert!(cases.iter().any(|c| c.attribute("name").unwrap().starts_with("legacy <&\"co\"> (")), "{junit}");

    // SARIF: every finding a result, located by its org, under a rule of its code.
    let sarif = run("sarif", None);
    let parsed: serde_sarif::sarif::Sarif = serde_json::from_str(&sarif).unwrap_or_else(|e| panic!("not SARIF ({e})"));
    assert_eq!(parsed.version.to_string().trim_matches('"'), "2.1.0");
    let value: Value = serde_json::from_str(&sarif).unwrap();
    let run0 = &value["runs"][0];
    let rules: BTreeSet<&str> =
        run0["tool"]["driver"]["rules"].as_array().unwrap().iter().map(|r| r["id"].as_str().unwrap()).collect();
    let results = run0["results"].as_array().unwrap();
    assert_eq!(results.len(), findings.len(), "{sarif}");
    for (result, finding) in results.iter().zip(findings) {
        assert!(rules.contains(result["ruleId"].as_str().unwrap()), "{result}");
        assert_eq!(result["ruleId"], finding["code"]);
        let location = &result["locations"][0]["logicalLocations"][0];
        assert_eq!(location["fullyQualifiedName"], format!("organizations/{}", finding["org"].as_str().unwrap()));
    }

    // GitHub: one annotation per finding, and the job summary when the runner names a file.
    let summary = db.dir.path().join("summary.md");
    let github = run("github", Some(&summary));
    let annotations: Vec<&str> = github.lines().filter(|l| l.starts_with("::")).collect();
    assert_eq!(annotations.len(), findings.len(), "{github}");
    for line in &annotations {
        let (command, _) = line[2..].split_once(' ').unwrap();
        assert!(["error", "warning", "notice"].contains(&command), "{line}");
        assert!(line.contains("::") && !line.contains('\u{1b}'), "{line}");
    }
    let markdown = std::fs::read_to_string(&summary).unwrap();
    assert!(
        markdown.contains("| severity | org | code | message |") && markdown.contains("`legacy_not_migrated`"),
        "{markdown}"
    );

    // `test` too: one test case per case.
    let cases = db.file(
        "cases.toml",
        "[[case]]\norg = \"acme\"\nmodel = \"openai/gpt-4o\"\nexpect = \"allow\"\n\n\
         [[case]]\norg = \"acme\"\nmodel = \"openai/gpt-4o\"\nexpect = \"deny\"\n",
    );
    let out = db.cmd().args(["test", "--format", "junit"]).arg(&cases).output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    let junit = String::from_utf8(out.stdout).unwrap();
    let doc = roxmltree::Document::parse(&junit).unwrap();
    let failures: Vec<_> = doc.descendants().filter(|n| n.has_tag_name("failure")).collect();
    assert_eq!(failures.len(), 1, "{junit}");
    assert!(failures[0].text().unwrap().contains("expected deny, got allow"), "{junit}");
    let out = db.cmd().args(["test", "--format", "sarif"]).arg(&cases).output().unwrap();
    let _: serde_sarif::sarif::Sarif = serde_json::from_slice(&out.stdout).unwrap();

    db.cmd()
        .args(["orgs", "list", "--format", "junit"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("only `audit` and `test`"));
}

/// A baseline written today makes tomorrow's run fail only on a new finding, and says which
/// accepted findings are gone; waivers silence named findings until their date, and expired or
/// unused ones are reported.
fn baselines_and_waivers(backend: Backend) {
    let db = TestDb::with_catalog(backend).in_era("marker");
    db.add_orgs(
        &[
            (
                "acme",
                "enterprise",
                json!({"provider_policy_mode": "allow", "provider_allow_list": ["openai", "ghost-ai"]}),
            ),
            ("legacy", "enterprise", json!({"provider_deny_list": ["deepseek"]})),
        ]
        .map(|(n, p, s)| (n, p, s, &[] as &[&str])),
    );
    let baseline = db.dir.path().join("baseline.json");
    let out = db.cmd().args(["audit", "--fail-on", "warning", "--write-baseline"]).arg(&baseline).output().unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", String::from_utf8_lossy(&out.stderr));
    let written: Value = serde_json::from_str(&std::fs::read_to_string(&baseline).unwrap()).unwrap();
    let accepted = written["findings"].as_array().unwrap().len();
    assert!(accepted >= 2, "{written}");
    let base = baseline.to_str().unwrap();
    let (out, code) = db.json(&["audit", "--fail-on", "warning", "--baseline", base]);
    assert_eq!(code, 0, "nothing new: {out}");
    assert!(out["findings"].as_array().unwrap().iter().all(|f| f["status"] == "known"), "{out}");
    assert_eq!(out["summary"]["known"], accepted);

    // Tomorrow: a new finding, and one accepted finding fixed.
    db.add_orgs(&[(
        "newco",
        "enterprise",
        json!({"provider_policy_mode": "allow", "provider_allow_list": ["openai", "typo-ai"]}),
        &[] as &[&str],
    )]);
    db.cmd().args(["providers", "deny", "--org", "acme", "ghost-ai", "--yes", "--allow-unknown"]).assert().success();
    let (out, code) = db.json(&["audit", "--fail-on", "warning", "--baseline", base]);
    assert_eq!(code, 1, "{out}");
    assert_eq!(out["baseline"]["gone"].as_array().unwrap().len(), 1, "acme's unknown provider is gone: {out}");
    let new: Vec<&Value> = out["findings"].as_array().unwrap().iter().filter(|f| f["status"] == "new").collect();
    assert_eq!(new.len(), 1, "{out}");
    assert_eq!((new[0]["name"].as_str(), new[0]["code"].as_str()), (Some("newco"), Some("unknown_provider")));
    let fingerprint = new[0]["fingerprint"].as_str().unwrap().to_string();
    assert_eq!(fingerprint.len(), 32);

    // A waiver silences it until its date; an expired one does not, and is reported, as is
    // one that silences nothing.
    let waivers = |expires: &str| {
        db.file(
            "waivers.toml",
            &format!(
                "[[waiver]]\norg = \"newco\"\ncode = \"unknown_provider\"\nsubject = \"provider_allow_list:typo-ai\"\nreason = \"vendor onboarding\"\nexpires = {expires}\n\n\
                 [[waiver]]\norg = \"nobody\"\ncode = \"unknown_model\"\nreason = \"old\"\nexpires = 2999-01-01\n"
            ),
        )
    };
    let file = waivers("2999-12-31");
    let out = db
        .cmd()
        .args(["audit", "--fail-on", "warning", "--format", "json", "--baseline", base, "--waivers"])
        .arg(&file)
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(0), "{stderr}");
    let json: Value = serde_json::from_slice(&out.stdout).unwrap();
    let waived: Vec<&Value> = json["findings"].as_array().unwrap().iter().filter(|f| f["status"] == "waived").collect();
    assert_eq!(waived.len(), 1, "{json}");
    assert_eq!(waived[0]["waiver"]["reason"], "vendor onboarding");
    assert_eq!(json["waivers"]["unused"][0]["org"], "nobody", "{json}");
    assert!(stderr.contains("silenced nothing"), "{stderr}");
    let file = waivers("2020-01-01");
    let out =
        db.cmd().args(["audit", "--fail-on", "warning", "--baseline", base, "--waivers"]).arg(&file).output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("expired on 2020-01-01"));

    // Bad files are errors that name them; nothing runs.
    let bad = db.file("bad.toml", "[[waiver]]\norg = \"a\"\ncode = \"nope\"\nreason = \"r\"\nexpires = 2027-01-01\n");
    db.cmd()
        .args(["audit", "--waivers"])
        .arg(&bad)
        .assert()
        .code(2)
        .stderr(predicate::str::contains("bad.toml").and(predicate::str::contains("unknown code 'nope'")));
    let bad = db.file("bad.json", "{}");
    db.cmd().args(["audit", "--baseline"]).arg(&bad).assert().code(2).stderr(predicate::str::contains("baseline file"));
}

on_both!(
    baselines_and_waivers,
    ci_reports,
    three_snapshots,
    every_code,
    audit_needs_a_catalog_and_is_clean_on_an_empty_database,
    diff_settings_and_migration,
    test_cases
);

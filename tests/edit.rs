//! End-to-end: policy edits on PostgreSQL and SQLite — resulting documents, audit rows and
//! diffs asserted exactly; refusals write nothing; concurrent writers lose nothing.

mod common;

use common::{runtime, Backend, TestDb};
use orgpolicy::store::{Actor, AuditLogEntry, Written};
use predicates::prelude::*;
use serde_json::{json, Value};

/// The stored settings document and the audit rows of an org.
fn state(db: &TestDb, org: &str) -> (Value, Vec<Value>) {
    let rt = runtime();
    let store = db.store(&rt);
    let row = rt.block_on(store.resolve_org(org)).unwrap();
    let audit = rt.block_on(store.audit_log(&row.id, 100)).unwrap();
    let rows = audit
        .iter()
        .map(|r| {
            serde_json::json!({
                "action": r.action, "actor_id": r.actor_id, "actor_email": r.actor_email, "actor_name": r.actor_name,
                "message": r.message,
                "details": r.details.as_deref().map(|d| serde_json::from_str::<Value>(d).unwrap()),
            })
        })
        .collect();
    (serde_json::from_str(&row.settings).unwrap(), rows)
}

fn raw_settings(db: &TestDb, org: &str) -> String {
    let rt = runtime();
    rt.block_on(db.store(&rt).resolve_org(org)).unwrap().settings
}

fn edit(db: &TestDb, args: &[&str]) -> Value {
    let (out, code) = db.json(&[args, &["--yes", "--actor", "ops@example.com"]].concat());
    assert_eq!(code, 0, "{args:?}: {out}");
    out
}

fn pairs(v: &Value) -> Vec<(String, String)> {
    v.as_array()
        .unwrap()
        .iter()
        .map(|p| (p["model"].as_str().unwrap().to_string(), p["provider"].as_str().unwrap().to_string()))
        .collect()
}

fn seed(db: &TestDb) {
    db.add_orgs(&[
        ("allow-org", "enterprise", json!({"provider_policy_mode": "allow", "provider_allow_list": ["openai"]}), &[]),
        ("legacy-org", "enterprise", json!({"provider_deny_list": ["DeepSeek"]}), &[]),
        ("open-org", "enterprise", json!({}), &[]),
        ("teams-org", "teams", json!({}), &[]),
        ("broken-org", "enterprise", json!({"provider_deny_list": "deepseek"}), &[]),
    ]);
}

fn each_verb_in_each_mode(backend: Backend) {
    let db = TestDb::with_catalog(backend).in_era("marker");
    seed(&db);

    // Allow mode: allow adds to the allow list, deny removes.
    let out = edit(&db, &["providers", "allow", "--org", "allow-org", "azure"]);
    assert_eq!(out["changed"], true);
    assert_eq!(
        out["settings_after"],
        json!({"provider_policy_mode": "allow", "provider_allow_list": ["azure", "openai"]})
    );
    let gained = pairs(&out["diff"]["gained"]);
    assert!(!gained.is_empty() && gained.iter().all(|(_, p)| p == "azure") && out["diff"]["lost"] == json!([]));
    assert!(gained.contains(&("openai/gpt-4o".into(), "azure".into())));
    let out = edit(&db, &["providers", "deny", "--org", "allow-org", "openai"]);
    assert_eq!(out["settings_after"]["provider_allow_list"], json!(["azure"]));
    assert!(pairs(&out["diff"]["lost"]).iter().all(|(_, p)| p == "openai"));

    // Legacy: deny adds to the deny list (stored normalized), allow removes.
    let out = edit(&db, &["providers", "deny", "--org", "legacy-org", "Novita"]);
    assert_eq!(out["settings_after"], json!({"provider_deny_list": ["deepseek", "novita"]}));
    let out = edit(&db, &["providers", "allow", "--org", "legacy-org", "deepseek"]);
    assert_eq!(out["settings_after"], json!({"provider_deny_list": ["novita"]}));
    assert!(pairs(&out["diff"]["gained"]).iter().all(|(_, p)| p == "deepseek"));

    // Unrestricted enterprise: a deny makes it legacy.
    edit(&db, &["providers", "deny", "--org", "open-org", "openai"]);
    let out = edit(&db, &["models", "deny", "--org", "open-org", "OpenAI/GPT-4o:free"]);
    assert_eq!(out["settings_after"], json!({"provider_deny_list": ["openai"], "model_deny_list": ["openai/gpt-4o"]}));
    assert_eq!(pairs(&out["diff"]["lost"]), [("openai/gpt-4o".to_string(), "azure".to_string())]);
    let out = edit(
        &db,
        &["models", "deny", "--org", "open-org", "anthropic/claude-sonnet-4.5", "--provider", "google-vertex"],
    );
    assert_eq!(
        out["settings_after"]["model_provider_deny_list"],
        json!([{"model": "anthropic/claude-sonnet-4.5", "provider": "google-vertex"}])
    );
    assert_eq!(pairs(&out["diff"]["lost"]), [("anthropic/claude-sonnet-4.5".to_string(), "google-vertex".to_string())]);
    let out = edit(
        &db,
        &["models", "allow", "--org", "open-org", "anthropic/claude-sonnet-4.5", "--provider", "google-vertex"],
    );
    assert_eq!(out["settings_after"]["model_provider_deny_list"], json!([]));
    let out = edit(&db, &["models", "allow", "--org", "open-org", "openai/gpt-4o"]);
    assert_eq!(out["settings_after"]["model_deny_list"], json!([]));

    // One audit row per write, newest first, with actor, message and before/after.
    let (settings, audit) = state(&db, "open-org");
    assert_eq!(audit.len(), 5);
    assert_eq!(
        settings,
        json!({"provider_deny_list": ["openai"], "model_deny_list": [], "model_provider_deny_list": []})
    );
    let newest = &audit[0];
    assert_eq!(newest["action"], "organization.settings.change");
    assert_eq!(newest["actor_email"], "ops@example.com");
    assert_eq!(newest["actor_id"], "orgpolicy:ops@example.com");
    assert_eq!(newest["message"], "allowed models: openai/gpt-4o (removed from model_deny_list)");
    assert_eq!(newest["details"]["before"]["model_deny_list"], json!(["openai/gpt-4o"]));
    assert_eq!(newest["details"]["after"], settings);
    assert_eq!(audit[4]["message"], "denied providers: openai (added to provider_deny_list)");
    assert_eq!(state(&db, "allow-org").1.len(), 2);
    assert_eq!(state(&db, "legacy-org").1.len(), 2);

    let (log, _) = db.json(&["log", "--org", "open-org", "--limit", "2"]);
    assert_eq!((log["rows"].as_array().unwrap().len(), log["count"].as_u64()), (2, Some(2)), "{log}");
    assert_eq!(log["rows"][0]["message"], newest["message"]);

    // For auditors: every org, narrowed by time, actor and action; times in RFC 3339.
    let (all, _) = db.json(&["log", "--all", "--action", "organization.settings.change"]);
    let rows = all["rows"].as_array().unwrap();
    assert!(rows.len() > 2 && rows.iter().all(|r| r["action"] == "organization.settings.change"), "{all}");
    let orgs: std::collections::BTreeSet<&str> = rows.iter().map(|r| r["organization_id"].as_str().unwrap()).collect();
    assert!(orgs.len() >= 2, "{all}");
    let newest_at = rows[0]["created_at"].as_str().unwrap().to_string();
    assert!(chrono::DateTime::parse_from_rfc3339(&newest_at).is_ok(), "{newest_at}");
    let (later, _) = db.json(&["log", "--all", "--since", &newest_at]);
    assert!(later["rows"].as_array().unwrap().iter().all(|r| r["created_at"].as_str().unwrap() >= newest_at.as_str()));
    let (none, _) = db.json(&["log", "--all", "--until", "2000-01-01"]);
    assert_eq!(none["count"], 0, "{none}");
    let actor = rows[0]["actor_email"].as_str().or(rows[0]["actor_name"].as_str()).unwrap().to_uppercase();
    let (by, _) = db.json(&["log", "--all", "--by", &actor]);
    assert_eq!(by["count"], rows.len(), "one actor made every change here: {by}");
    let (nobody, _) = db.json(&["log", "--all", "--by", "nobody@else.test"]);
    assert_eq!(nobody["count"], 0);
    db.cmd().args(["log", "--since", "yesterday"]).assert().code(2).stderr(predicate::str::contains("is not a time"));
}

fn refusals_write_nothing(backend: Backend) {
    let db = TestDb::with_catalog(backend).in_era("marker");
    seed(&db);
    let before: Vec<String> = ["allow-org", "teams-org", "broken-org"].iter().map(|o| raw_settings(&db, o)).collect();
    let cases: [(&[&str], &str, &str); 6] = [
        (
            &["providers", "deny", "--org", "teams-org", "openai", "--yes"],
            "access configuration is not enforced for plan 'teams'",
            "enterprise organizations only",
        ),
        (
            &["providers", "deny", "--org", "broken-org", "openai", "--yes"],
            "settings key 'provider_deny_list' must be a list of strings",
            "never rewrites an invalid one",
        ),
        (
            &["providers", "allow", "--org", "allow-org", "opnai", "--yes"],
            "provider 'opnai' is not in the catalog",
            "did you mean 'openai'? allowed: openai;",
        ),
        (
            &["models", "deny", "--org", "allow-org", "openai/gpt-4oo", "--yes"],
            "model 'openai/gpt-4oo' is not in the catalog",
            "did you mean 'openai/gpt-4o'?",
        ),
        (
            &["models", "deny", "--org", "allow-org", "openai/gpt-4o", "--provider", "anthropic", "--yes"],
            "provider 'anthropic' does not serve 'openai/gpt-4o'",
            "served by: azure, openai",
        ),
        (
            &["providers", "allow", "--org", "allow-org", "azure"],
            "refusing to write without confirmation: standard input is not a terminal",
            "pass --yes",
        ),
    ];
    for (args, error, help) in cases {
        db.cmd().args(args).assert().code(2).stderr(
            predicate::str::contains(error).and(predicate::str::contains("help: ").and(predicate::str::contains(help))),
        );
    }
    let after: Vec<String> = ["allow-org", "teams-org", "broken-org"].iter().map(|o| raw_settings(&db, o)).collect();
    assert_eq!(before, after);
    for org in ["allow-org", "teams-org", "broken-org"] {
        assert!(state(&db, org).1.is_empty(), "{org} has audit rows");
    }

    // Dry runs and no-op edits write nothing either.
    let (out, code) = db.json(&["providers", "allow", "--org", "allow-org", "azure", "--dry-run"]);
    assert_eq!((code, out["changed"].clone(), out["dry_run"].clone()), (0, json!(false), json!(true)));
    assert!(!out["diff"]["gained"].as_array().unwrap().is_empty());
    db.cmd()
        .args(["providers", "allow", "--org", "allow-org", "openai"])
        .assert()
        .success()
        .stdout(predicate::str::contains("no change"));
    assert_eq!(raw_settings(&db, "allow-org"), before[0]);
    assert!(state(&db, "allow-org").1.is_empty());

    // --allow-unknown writes a provider the catalog does not have yet.
    let out = edit(&db, &["providers", "allow", "--org", "allow-org", "evil-corp", "--allow-unknown"]);
    assert_eq!(out["settings_after"]["provider_allow_list"], json!(["evil-corp", "openai"]));
    assert_eq!(out["diff"], json!({"gained": [], "lost": []}));
}

fn unknown_keys_and_default_model(backend: Backend) {
    let db = TestDb::with_catalog(backend).in_era("marker");
    db.add_orgs(&[(
        "keeper",
        "enterprise",
        json!({"zeta": {"nested": [1, {"b": 2, "a": 1}]}, "provider_policy_mode": "allow",
               "provider_allow_list": ["openai", "anthropic"], "default_model": "openai/gpt-4o", "alpha": null}),
        &[],
    )]);
    let out = edit(&db, &["providers", "deny", "--org", "keeper", "openai"]);
    assert_eq!(out["cleared_default_model"], "openai/gpt-4o");
    let (settings, audit) = state(&db, "keeper");
    assert_eq!(
        settings,
        json!({"zeta": {"nested": [1, {"b": 2, "a": 1}]}, "provider_policy_mode": "allow", "provider_allow_list": ["anthropic"], "alpha": null})
    );
    assert!(audit[0]["message"]
        .as_str()
        .unwrap()
        .ends_with("cleared default_model 'openai/gpt-4o', no longer allowed"));
    if backend == Backend::Sqlite {
        // SQLite keeps the text as written: key order survives exactly.
        assert_eq!(
            raw_settings(&db, "keeper"),
            r#"{"zeta":{"nested":[1,{"b":2,"a":1}]},"provider_policy_mode":"allow","provider_allow_list":["anthropic"],"alpha":null}"#
        );
    }
}

/// Many writers at once on one org: every edit lands, none is overwritten, and every
/// successful edit has exactly one audit row.
fn concurrent_edits_lose_nothing(backend: Backend) {
    let db = TestDb::with_catalog(backend).in_era("marker");
    db.add_orgs(&[("busy", "enterprise", json!({"provider_deny_list": ["deepseek"], "keep": true}), &[])]);
    let providers = ["novita", "chutes", "venice", "groq", "together", "fireworks", "baseten", "nebius"];
    let children: Vec<_> = providers
        .iter()
        .map(|p| {
            std::process::Command::new(assert_cmd::cargo::cargo_bin("orgpolicy"))
                .args(["providers", "deny", "--org", "busy", p, "--yes"])
                .env("DATABASE_URL", &db.url)
                .env("ORGPOLICY_RULES", "marker")
                .stdout(std::process::Stdio::null())
                .stderr(std::process::Stdio::piped())
                .spawn()
                .unwrap()
        })
        .collect();
    for child in children {
        let out = child.wait_with_output().unwrap();
        assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    }
    let (settings, audit) = state(&db, "busy");
    let mut want: Vec<&str> = providers.to_vec();
    want.push("deepseek");
    want.sort();
    assert_eq!(settings, json!({"provider_deny_list": want, "keep": true}));
    assert_eq!(audit.len(), providers.len());
}

/// The store's compare-and-swap refuses a write based on a stale read.
fn stale_writes_are_refused(backend: Backend) {
    let db = TestDb::with_catalog(backend).in_era("marker");
    db.add_orgs(&[("cas", "enterprise", json!({"provider_deny_list": ["a"]}), &[])]);
    let rt = runtime();
    let store = db.store(&rt);
    let org = rt.block_on(store.resolve_org("cas")).unwrap();
    let audit = AuditLogEntry {
        action: "organization.settings.change".into(),
        actor: Actor { id: Some("t".into()), email: Some("t".into()), name: None },
        message: "m".into(),
        details: serde_json::value::RawValue::from_string("{}".into()).unwrap(),
    };
    let first =
        rt.block_on(store.update_settings(&org.id, &org.settings, r#"{"provider_deny_list":["b"]}"#, &audit)).unwrap();
    assert!(matches!(first, Written::Done(_)), "{first:?}");
    // A second writer still holding the old document loses, and writes nothing.
    let second =
        rt.block_on(store.update_settings(&org.id, &org.settings, r#"{"provider_deny_list":["c"]}"#, &audit)).unwrap();
    assert_eq!(second, Written::Changed);
    let (settings, rows) = state(&db, "cas");
    assert_eq!(settings, json!({"provider_deny_list": ["b"]}));
    assert_eq!(rows.len(), 1);
}

on_both!(
    each_verb_in_each_mode,
    refusals_write_nothing,
    unknown_keys_and_default_model,
    concurrent_edits_lose_nothing,
    stale_writes_are_refused,
);

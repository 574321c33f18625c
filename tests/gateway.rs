//! End-to-end against the gateway's own schema (tests/fixtures/gateway.sql, laid out as
//! GATEWAY.md says): detection, the rules of each era, soft-deleted orgs, NULL actors, a
//! SELECT-only role, refusals that write nothing, gateway-shaped writes, and a backfill across
//! a catalog sync.

mod common;

use common::{admin_url, runtime, Backend, TestDb};
use predicates::prelude::*;
use serde_json::Value;

const ACME: &str = "a0000000-0000-4000-8000-000000000001";
const GLOBEX: &str = "a0000000-0000-4000-8000-000000000002";

fn gateway() -> TestDb {
    TestDb::gateway()
}

fn sql(db: &TestDb, statements: &str) {
    db.raw_sql(statements);
}

fn query<T>(db: &TestDb, q: &str) -> Vec<T>
where
    T: for<'r> sqlx::Decode<'r, sqlx::Postgres> + sqlx::Type<sqlx::Postgres> + Send + Unpin,
{
    let rt = runtime();
    rt.block_on(async {
        let pool = sqlx::PgPool::connect(&db.url).await.unwrap();
        let rows: Vec<T> = sqlx::query_scalar(q).fetch_all(&pool).await.unwrap();
        pool.close().await;
        rows
    })
}

fn check(db: &TestDb, org: &str, model: &str, extra: &[&str]) -> (Value, i32) {
    let mut args = vec!["check", "--org", org, "--model", model];
    args.extend_from_slice(extra);
    db.json(&args)
}

#[test]
fn detected_and_checked_never_migrated() {
    let db = gateway();
    let (status, code) = db.json(&["db", "status"]);
    assert_eq!((code, status["schema"].as_str(), status["rules"].as_str()), (0, Some("gateway"), Some("current")));
    let columns = status["gateway_columns"].as_array().unwrap();
    assert!(columns.len() > 15 && columns.iter().all(|c| c["state"] == "ok"), "{columns:?}");

    // `db migrate` refuses and leaves no trace, with and without --schema.
    for extra in [&[][..], &["--schema", "gateway"][..]] {
        db.cmd()
            .args(["db", "migrate"])
            .args(extra)
            .assert()
            .code(2)
            .stderr(predicate::str::contains("migrating is not done on the gateway's database"));
    }
    let tables: Vec<String> =
        query(&db, "SELECT table_name::text FROM information_schema.tables WHERE table_name = '_sqlx_migrations'");
    assert!(tables.is_empty(), "{tables:?}");

    // A wrong type and a missing column: named, exit 1.
    sql(
        &db,
        "ALTER TABLE organizations DROP COLUMN deleted_at; ALTER TABLE byok_api_keys ALTER COLUMN is_enabled TYPE text",
    );
    let out = db.cmd().args(["db", "status"]).output().unwrap();
    let text = String::from_utf8_lossy(&out.stdout);
    assert_eq!(out.status.code(), Some(1), "{text}");
    assert!(text.contains("deleted_at") && text.contains("missing"), "{text}");
    assert!(text.contains("wrong type (text)"), "{text}");
    // Without a required column every other command stops with the list.
    db.cmd()
        .args(["orgs", "list"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("is not the gateway's: organizations.deleted_at missing"));
}

#[test]
fn decisions_follow_the_rules_of_each_era() {
    let db = gateway();
    // (org, model, allowed under current, under allow-list, under marker)
    let cases = [
        ("Acme", "openai/gpt-4o", true, true, true),
        ("Acme", "deepseek/deepseek-chat", false, false, false),
        ("Acme", "openai/o3", false, false, false),
        ("Globex", "deepseek/deepseek-chat", true, true, false),
        ("Initech", "deepseek/deepseek-chat", false, false, true),
        ("Initech", "anthropic/claude", false, false, false),
        // The marker-era reading is strict: 1e400 and a string allow list fail it closed.
        ("Hooli", "openai/gpt-4o", true, true, false),
        ("Stringly", "deepseek/deepseek-chat", true, true, false),
        ("Lockedco", "openai/gpt-4o", false, false, true),
        // Claude never goes to Anthropic for a teams org; Anthropic is its only provider here.
        ("Teamsy", "anthropic/claude", false, true, true),
        ("Teamsy", "openai/gpt-4o", true, true, true),
        ("Nullco", "x-ai/grok-4.5", false, true, true),
    ];
    for (org, model, current, allow_list, marker) in cases {
        for (rules, want) in [("current", current), ("allow-list", allow_list), ("marker", marker)] {
            let (doc, code) = check(&db, org, model, &["--rules", rules]);
            assert_eq!(doc["allowed"], want, "{org} {model} under {rules}: {doc}");
            assert_eq!(code, if want { 0 } else { 1 }, "{org} {model} under {rules}");
            assert_eq!(doc["rules"], rules);
        }
    }

    // The gateway's answers: 404 and the denial source; routes without the virtual provider.
    let (doc, _) = check(&db, "Acme", "deepseek/deepseek-chat", &[]);
    assert_eq!(
        (doc["http_status"].as_i64(), doc["denial_source"].as_str()),
        (Some(404), Some("organization_provider"))
    );
    let (doc, _) = check(&db, "Nullco", "x-ai/grok-4.5", &[]);
    assert_eq!(doc["denial_source"], "organization_model");
    let (doc, _) = check(&db, "Routerco", "openrouter/auto", &[]);
    assert_eq!(doc["routing"]["provider"]["only"], serde_json::json!(["anthropic", "openai"]), "{doc}");
    // Exact variants: the free variant is served by nvidia alone.
    let (doc, _) = check(&db, "Routerco", "nvidia/nemotron:free", &[]);
    assert_eq!(doc["allowed"], false, "{doc}");

    // Exemptions on every plan, and the bypass the gateway applies with a stored key.
    let (doc, code) = check(&db, "Acme", "kilo-internal/acme-llama", &[]);
    assert_eq!((code, doc["reason"].as_str(), doc["decided_by"].as_str()), (0, Some("custom_llm"), Some("bypass")));
    assert!(doc["access_check_bypassed"].as_str().unwrap().contains("custom LLM"), "{doc}");
    let (doc, _) = check(&db, "Acme", "kimi-coding/kimi-for-coding", &[]);
    assert!(doc["access_check_bypassed"].as_str().unwrap().contains("kimi-coding BYOK key"), "{doc}");
    // An auto tier is resolved per request; the model it picks meets the policy.
    let (doc, code) = check(&db, "Lockedco", "kilo-auto/balanced", &[]);
    assert_eq!((code, doc["reason"].as_str(), doc["access_check_bypassed"].is_null()), (0, Some("auto_tier"), true));
    assert!(doc["member"]["note"].as_str().unwrap().contains("default policy"), "{doc}");
}

/// Member-level access (GATEWAY-GROUPS.md): Groupco's default policy grants nothing; its
/// groups grant a deny-listed model (Research), the baseline (Ops), a provider beyond the
/// baseline (Data), and one holds policy JSON the gateway rejects (Broken).
#[test]
fn members_are_decided_by_their_groups() {
    let db = gateway();
    let decide = |member: &str, model: &str| {
        let (doc, code) = check(&db, "Groupco", model, &["--member", member]);
        let only = doc["routing"]["provider"]["only"].clone();
        (code, doc["reason"].as_str().unwrap_or_default().to_string(), only, doc)
    };
    // A selected model grant overrides the org's model deny list, with no route restriction.
    let (code, reason, only, doc) = decide("ada@groupco.test", "openai/o3");
    assert_eq!((code, reason.as_str(), only), (0, "granted_to_member", Value::Null), "{doc}");
    assert_eq!(doc["member"]["decision"]["decided_by"]["from"][0]["name"], "Research", "{doc}");
    assert_eq!(doc["member"]["grant"]["mode"], "selected", "{doc}");
    // Nothing else: the default policy is none.
    let (code, reason, _, doc) = decide("user-ada", "anthropic/claude");
    assert_eq!((code, reason.as_str(), doc["http_status"].as_i64()), (1, "no_grant", Some(404)), "{doc}");
    assert_eq!(doc["denial_source"], "no_grant");
    // Group all: the baseline, deny list and ceiling included (the org's own reasons).
    let (code, _, only, doc) = decide("BOB@groupco.test", "anthropic/claude");
    assert_eq!((code, only), (0, serde_json::json!(["anthropic"])), "{doc}");
    let (code, reason, _, doc) = decide("user-bob", "openai/o3");
    assert_eq!((code, reason.as_str(), doc["denial_source"].as_str()), (1, "model_denied", Some("organization_model")));
    // A provider grant reaches beyond the ceiling.
    let (code, _, only, doc) = decide("user-dee", "deepseek/deepseek-chat");
    assert_eq!((code, only), (0, serde_json::json!(["deepseek"])), "{doc}");
    // Stored policy JSON the gateway rejects: it fails closed.
    let (code, reason, _, doc) = decide("user-eve", "anthropic/claude");
    assert_eq!((code, reason.as_str()), (1, "invalid_group_policy"), "{doc}");
    assert!(doc["member"]["note"].as_str().unwrap().contains("group 'Broken'"), "{doc}");
    // No --member: a member in no group, on the default policy.
    let (doc, code) = check(&db, "Groupco", "anthropic/claude", &[]);
    assert_eq!((code, doc["reason"].as_str()), (1, Some("no_grant")), "{doc}");
    assert_eq!(doc["member"]["policy_revision"], 3);

    // Who gets what, on one page.
    let (members, code) = db.json(&["members", "list", "--org", "Groupco"]);
    let grants: Vec<(&str, &str)> = members["members"]
        .as_array()
        .unwrap()
        .iter()
        .map(|m| (m["id"].as_str().unwrap(), m["grant"].as_str().unwrap()))
        .collect();
    assert_eq!(code, 0);
    assert_eq!(
        grants,
        [
            ("user-ada", "selected"),
            ("user-bob", "baseline"),
            ("user-cy", "none"),
            ("user-dee", "selected"),
            ("user-eve", "invalid")
        ]
    );
    assert_eq!(
        (members["default_policy"]["mode"].as_str(), members["policy_revision"].as_i64()),
        (Some("none"), Some(3))
    );
    assert!(members["invalid_policies"][0].as_str().unwrap().contains("group 'Broken'"), "{members}");

    // Listings as one member sees them: pairs the grant decides say so.
    let (models, code) = db.json(&["models", "list", "--org", "Groupco", "--member", "user-ada"]);
    let usable: Vec<&str> = models["models"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|m| m["providers"].as_array().unwrap().iter().any(|p| p["allowed"] == true))
        .map(|m| m["model"].as_str().unwrap())
        .collect();
    assert_eq!((code, usable), (0, vec!["openai/o3"]), "{models}");
    assert_eq!(models["member"]["id"], "user-ada");
    let (providers, _) = db.json(&["providers", "list", "--org", "Groupco", "--member", "user-dee"]);
    let deepseek = providers["providers"].as_array().unwrap().iter().find(|p| p["slug"] == "deepseek").unwrap();
    assert_eq!((deepseek["allowed"].as_bool(), deepseek["reason"].as_str()), (Some(true), Some("granted_to_member")));

    // A proposed policy: who gains or loses what (the capital letters never match, F4).
    let proposed = db.file(
        "research.json",
        r#"{"mode":"selected","model_allow_list":["anthropic/claude","OpenAI/o3:free"],"provider_allow_list":[]}"#,
    );
    let (diff, code) =
        db.json(&["diff", "--org", "Groupco", "--group", "research", "--group-policy", proposed.to_str().unwrap()]);
    assert_eq!(code, 0);
    assert_eq!(diff["policy"]["model_allow_list"], serde_json::json!(["OpenAI/o3", "anthropic/claude"]), "{diff}");
    let ada = &diff["members"][0];
    assert_eq!(
        (ada["id"].as_str(), ada["gained"].clone(), ada["lost"].clone()),
        (Some("user-ada"), serde_json::json!(["anthropic/claude"]), serde_json::json!(["openai/o3"]))
    );
    assert_eq!(diff["summary"]["changed"], 1);
    let all = db.file("all.json", r#"{"type":"model_access","data":{"mode":"all"}}"#);
    let (diff, _) = db.json(&["diff", "--org", "Groupco", "--default-policy", all.to_str().unwrap()]);
    assert_eq!(
        (diff["change"].as_str(), diff["summary"]["changed"].as_u64()),
        (Some("default_policy"), Some(3)),
        "{diff}"
    );
    let bad = db.file("bad.json", r#"{"mode":"selected","model_allow_list":[]}"#);
    db.cmd().args(["diff", "--org", "Groupco", "--default-policy"]).arg(&bad).assert().code(2).stderr(
        predicate::str::contains("is not a policy the gateway accepts")
            .and(predicate::str::contains("provider_allow_list")),
    );

    // --explain names the granting group for people.
    db.cmd()
        .args(["check", "--org", "Groupco", "--model", "openai/o3", "--member", "user-ada", "--explain"])
        .assert()
        .success()
        .stdout(predicate::str::contains("decided by: the selected models of group 'Research'"));

    // Wrong members: another org's (named), unknown (with a suggestion), under other rules.
    db.cmd()
        .args(["check", "--org", "Groupco", "--model", "openai/o3", "--member", "user-zed"])
        .assert()
        .code(2)
        .stderr(
            predicate::str::contains("is not a member of organization 'Groupco'")
                .and(predicate::str::contains("'Globex'")),
        );
    db.cmd()
        .args(["check", "--org", "Groupco", "--model", "openai/o3", "--member", "ada@groupco"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("did you mean 'ada@groupco.test'?"));
    db.cmd()
        .args(["check", "--org", "Groupco", "--model", "openai/o3", "--member", "user-ada", "--rules", "marker"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("leave out --rules"));
}

/// `orgs list --trial` says what `check` decides Claude routing from (non-trial-enterprise.test.ts:
/// a paid seat purchase, `require_seats = false`, an ended purchase, a Teams org).
#[test]
fn trial_states_in_the_org_list_agree_with_check() {
    let db = gateway();
    let (list, code) = db.json(&["orgs", "list", "--trial"]);
    assert_eq!(code, 0);
    let state = |name: &str| {
        let org = list["orgs"].as_array().unwrap().iter().find(|o| o["name"] == name).unwrap();
        org["trial"].clone()
    };
    assert_eq!(state("Acme"), serde_json::json!({"state": "non_trial", "reason": "paid_seat_purchase"}));
    assert_eq!(state("Initech"), serde_json::json!({"state": "non_trial", "reason": "require_seats_disabled"}));
    assert_eq!(state("Umbrella"), serde_json::json!({"state": "trial"}));
    assert_eq!(state("Teamsy"), serde_json::json!({"state": "not_enterprise"}));
    for name in ["Acme", "Initech", "Umbrella", "Teamsy", "Globex"] {
        let (doc, _) = db.json(&["check", "--org", name, "--model", "anthropic/claude"]);
        assert_eq!(doc["trial"], state(name), "{name}: {doc}");
    }
    // The listings say what check says: Claude is not served through Anthropic for a trial
    // org (the gateway's `ignore`), whatever its lists allow.
    let pair = |org: &str| {
        let (doc, _) = db.json(&["models", "list", "--org", org]);
        let model = doc["models"].as_array().unwrap().iter().find(|m| m["model"] == "anthropic/claude").cloned();
        let p =
            model.and_then(|m| m["providers"].as_array().unwrap().iter().find(|p| p["slug"] == "anthropic").cloned());
        p.map(|p| (p["allowed"].as_bool().unwrap(), p["reason"].as_str().unwrap().to_string()))
    };
    assert_eq!(pair("Globex"), Some((false, "ignored_upstream".to_string())));
    assert_eq!(pair("Acme"), Some((true, "allowed".to_string())));
    let (checked, code) =
        db.json(&["check", "--org", "Globex", "--model", "anthropic/claude", "--provider", "anthropic"]);
    assert_eq!(code, 1, "{checked}");
    let (providers, _) = db.json(&["providers", "list", "--org", "Globex"]);
    let anthropic = providers["providers"].as_array().unwrap().iter().find(|p| p["slug"] == "anthropic").unwrap();
    assert_eq!((anthropic["allowed"].as_bool(), anthropic["models_blocked"].as_u64()), (Some(true), Some(1)));
    // Without the flag the list reads no seat purchases and says nothing about trials.
    let (plain, _) = db.json(&["orgs", "list"]);
    assert!(plain["orgs"][0].get("trial").is_none(), "{plain}");
    let table = db.cmd().args(["orgs", "list", "--trial"]).output().unwrap();
    let text = String::from_utf8(table.stdout).unwrap();
    assert!(text.lines().any(|l| l.contains("Umbrella") && l.trim_end().ends_with("trial")), "{text}");
}

#[test]
fn deleted_orgs_and_null_actors() {
    let db = gateway();
    let (list, _) = db.json(&["orgs", "list"]);
    let names: Vec<&str> = list["orgs"].as_array().unwrap().iter().map(|o| o["name"].as_str().unwrap()).collect();
    assert!(!names.contains(&"Deletedco") && names.contains(&"Globex"), "{names:?}");
    let (all, _) = db.json(&["orgs", "list", "--include-deleted"]);
    let deleted: Vec<&Value> = all["orgs"].as_array().unwrap().iter().filter(|o| o["name"] == "Deletedco").collect();
    assert_eq!(deleted.len(), 1);
    assert!(deleted[0]["deleted_at"].as_str().unwrap().starts_with("2026-06-01"), "{deleted:?}");
    db.cmd()
        .args(["check", "--org", "Deletedco", "--model", "openai/gpt-4o"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("was deleted on 2026-06-01 09:30 UTC").and(predicate::str::contains("help:")));

    let (log, code) = db.json(&["log", "--org", "Acme"]);
    let rows = log["rows"].as_array().unwrap();
    assert_eq!((code, rows.len()), (0, 4));
    assert!(rows.iter().any(|r| r["action"] == "organization.settings.auto_change" && r["actor_id"].is_null()));
    db.cmd().args(["log", "--org", ACME]).assert().success().stdout(predicate::str::contains("(system)"));
}

#[test]
fn a_select_only_role_reads_everything() {
    let db = gateway();
    let role = format!("orgpolicy_ro_{}", uuid::Uuid::new_v4().simple());
    sql(&db, &format!("CREATE ROLE {role} LOGIN; GRANT USAGE ON SCHEMA public TO {role}; GRANT SELECT ON ALL TABLES IN SCHEMA public TO {role};"));
    let url = format!("{}?user={role}", db.url);
    let run = |args: &[&str]| db.cmd().env("DATABASE_URL", &url).args(args).output().unwrap();
    for args in [
        &["db", "status"][..],
        &["orgs", "list"],
        &["providers", "list", "--org", "Acme"],
        &["models", "list", "--org", "Acme"],
        &["check", "--org", "Acme", "--model", "openai/gpt-4o"],
        &["log", "--org", "Acme"],
        &["diff", "--org", "Globex", "--migration"],
        &["backfill", "plan"],
        &["catalog", "export"],
    ] {
        let out = run(args);
        assert_eq!(out.status.code(), Some(0), "{args:?}: {}", String::from_utf8_lossy(&out.stderr));
    }
    let out = run(&["audit"]);
    assert!(matches!(out.status.code(), Some(0 | 1)), "audit: {}", String::from_utf8_lossy(&out.stderr));
    // A write as that role is refused before anything is asked, naming the grant.
    let out = run(&["providers", "deny", "--org", "Acme", "openai", "--yes"]);
    assert_eq!(out.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(stderr.matches("may not write table organizations").count(), 1, "said once: {stderr}");
    assert!(stderr.contains(&format!("help: GRANT UPDATE ON organizations TO {role}")), "{stderr}");
    // A backfill it may not make leaves no plan file behind, named or timestamped.
    let cwd = tempfile::tempdir().unwrap();
    for extra in [&[][..], &["--out", "kept.jsonl"]] {
        let out = db
            .cmd()
            .current_dir(cwd.path())
            .env("DATABASE_URL", &url)
            .args(["backfill", "apply", "--yes"])
            .args(extra)
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(2), "{extra:?}: {}", String::from_utf8_lossy(&out.stderr));
        let left: Vec<_> = std::fs::read_dir(cwd.path()).unwrap().map(|e| e.unwrap().file_name()).collect();
        assert!(left.is_empty(), "{extra:?} left {left:?}");
    }
    let rt = runtime();
    rt.block_on(async {
        let pool = sqlx::PgPool::connect(&db.url).await.unwrap();
        sqlx::raw_sql(&format!("DROP OWNED BY {role}")).execute(&pool).await.unwrap();
        pool.close().await;
        let admin = sqlx::PgPool::connect(&admin_url()).await.unwrap();
        sqlx::raw_sql(&format!("DROP ROLE {role}")).execute(&admin).await.unwrap();
    });
}

#[test]
fn refusals_write_nothing() {
    let db = gateway();
    let catalog = db.file("c.json", &std::fs::read_to_string(common::real_catalog()).unwrap());
    db.cmd()
        .args(["catalog", "import"])
        .arg(&catalog)
        .assert()
        .code(2)
        .stderr(predicate::str::contains("importing a catalog is not done on the gateway's database"));
    assert_eq!(query::<i32>(&db, "SELECT id FROM models_by_provider"), vec![41]);
    db.cmd()
        .args(["models", "deny", "--org", "Acme", "openai/gpt-4o", "--provider", "openai", "--yes"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("combinations are not read by the gateway"));
    db.cmd()
        .args(["providers", "deny", "--org", "Hooli", "openai", "--yes"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("provider_allow_list' must be a list of strings, found a string"));
    let writes: Vec<i64> = query(&db, "SELECT count(*) FROM organization_audit_logs");
    assert_eq!(writes, vec![4]);
}

#[test]
fn edits_write_what_the_gateway_writes() {
    let db = gateway();
    let out = db
        .cmd()
        .args([
            "providers",
            "deny",
            "--org",
            "Globex",
            "deepseek",
            "--yes",
            "--actor",
            "Ada",
            "--actor-email",
            "ada@ops.test",
        ])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", String::from_utf8_lossy(&out.stderr));
    let settings: Vec<String> = query(&db, &format!("SELECT settings::text FROM organizations WHERE id = '{GLOBEX}'"));
    let doc: Value = serde_json::from_str(&settings[0]).unwrap();
    assert_eq!(
        doc["provider_allow_list"],
        serde_json::json!(["anthropic", "deepinfra", "nvidia", "openai", "virtual"])
    );
    assert!(doc.get("provider_policy_mode").is_none() && doc["seats"] == 40, "{doc}");
    type LogRow = (String, Option<String>, Option<String>, Option<String>, String);
    let rows: Vec<LogRow> = runtime().block_on(async {
        let pool = sqlx::PgPool::connect(&db.url).await.unwrap();
        sqlx::query_as(&format!(
            "SELECT action, actor_id, actor_email, actor_name, message FROM organization_audit_logs WHERE organization_id = '{GLOBEX}'"
        ))
        .fetch_all(&pool)
        .await
        .unwrap()
    });
    assert_eq!(rows.len(), 1);
    let (action, id, email, name, message) = &rows[0];
    assert_eq!(action, "organization.settings.change");
    assert_eq!((id.as_deref(), email.as_deref(), name.as_deref()), (None, Some("ada@ops.test"), Some("Ada")));
    assert_eq!(message, "Allowed providers: anthropic, deepinfra, nvidia, openai, virtual [orgpolicy providers deny]");

    db.cmd().args(["models", "deny", "--org", "Acme", "DeepSeek/DeepSeek-Chat:free", "--yes"]).assert().success();
    let (doc, _) = check(&db, "Acme", "deepseek/deepseek-chat", &[]);
    assert_eq!(doc["reason"], "model_denied");
    let messages: Vec<String> = query(
        &db,
        &format!(
            "SELECT message FROM organization_audit_logs WHERE organization_id = '{ACME}' AND message LIKE 'Denied%'"
        ),
    );
    assert_eq!(messages, vec!["Denied models: deepseek/deepseek-chat [orgpolicy models deny]".to_string()]);
}

const GROUPCO: &str = "a0000000-0000-4000-8000-00000000000c";
const RESEARCH: &str = "b0000000-0000-4000-8000-000000000001";

/// Groupco's group-policy state: (revision, Research's policies, default policies).
fn group_state(db: &TestDb) -> (i32, String, String) {
    let revision: Vec<i32> = query(
        db,
        &format!("SELECT policy_revision FROM organization_group_policy_settings WHERE organization_id = '{GROUPCO}'"),
    );
    let research: Vec<String> =
        query(db, &format!("SELECT policies::text FROM organization_groups WHERE id = '{RESEARCH}'"));
    let default: Vec<String> = query(
        db,
        &format!(
            "SELECT default_policies::text FROM organization_group_policy_settings WHERE organization_id = '{GROUPCO}'"
        ),
    );
    (revision[0], research[0].clone(), default[0].clone())
}

fn group_audit(db: &TestDb) -> Vec<String> {
    query(
        db,
        &format!(
            "SELECT action || ' | ' || coalesce(actor_id, 'NULL') || ' | ' || coalesce(actor_name, 'NULL') || ' | ' || message
             FROM organization_audit_logs WHERE organization_id = '{GROUPCO}' AND action LIKE 'organization.group.%'
             ORDER BY created_at, id"
        ),
    )
}

/// `groups policy|default-policy set|remove` write what `withOrganizationGroupPolicyMutation`
/// writes (GATEWAY-GROUPS.md §5): the policy normalized (F3), one revision bump, the gateway's
/// action and message, nothing for a no-op or a dry run, refusals with nothing written.
#[test]
fn group_policy_edits_write_what_the_gateway_writes() {
    let db = gateway();
    let set = ["groups", "policy", "set", "--org", "Groupco", "--group", " research ", "--actor", "Ada"];
    let selected = ["--mode", "selected", "--model", "openai/o3:free,OpenAI/gpt-4o", "--provider", "DeepSeek/x"];
    db.cmd().args(set).args(selected).arg("--dry-run").assert().success();
    assert_eq!(group_state(&db).0, 3, "a dry run writes nothing");
    db.cmd()
        .args(set)
        .args(selected)
        .arg("--yes")
        .assert()
        .success()
        .stderr(predicate::str::contains("model ids with capital letters never match a request"));
    let (revision, research, _) = group_state(&db);
    assert_eq!(revision, 4);
    let research: Value = serde_json::from_str(&research).unwrap();
    assert_eq!(
        research,
        serde_json::json!([{"type": "model_access", "data": {"mode": "selected",
            "model_allow_list": ["OpenAI/gpt-4o", "openai/o3"], "provider_allow_list": ["deepseek"]}}])
    );
    assert_eq!(
        group_audit(&db),
        vec![format!(
            "organization.group.policy.set | NULL | Ada | Set model_access policy for group \"Research\" ({RESEARCH}) [orgpolicy groups policy set]"
        )]
    );
    // The same again: nothing to change, nothing written.
    let (doc, code) = db.json(&[&set[..], &selected[..], &["--yes"]].concat());
    assert_eq!((code, doc["changed"].as_bool()), (0, Some(false)), "{doc}");
    assert_eq!(group_state(&db).0, 4);
    // The member's check follows: ada now reaches deepseek through the provider grant.
    let (doc, code) = check(&db, "Groupco", "deepseek/deepseek-chat", &["--member", "user-ada"]);
    assert_eq!((code, doc["reason"].as_str()), (0, Some("granted_to_member")), "{doc}");

    // Removing the default policy leaves [] (read as all): a member in no group gets the baseline.
    let (doc, code) = db.json(&["groups", "default-policy", "remove", "--org", "Groupco", "--yes", "--actor", "Ada"]);
    assert_eq!((code, doc["revision_after"].as_i64()), (0, Some(5)), "{doc}");
    // Everyone but bob (Ops: all, the baseline already) and eve (Broken: refused) gains it.
    assert_eq!(doc["access"]["summary"]["changed"], 3, "{doc}");
    assert_eq!(group_state(&db).2, "[]");
    let (doc, code) = check(&db, "Groupco", "anthropic/claude", &["--member", "user-cy"]);
    assert_eq!((code, doc["reason"].as_str()), (0, Some("allowed")), "{doc}");
    assert_eq!(group_audit(&db).len(), 2);
    assert_eq!(
        group_audit(&db)[1],
        "organization.group.default_policy.remove | NULL | Ada | Removed default model_access group policy [orgpolicy groups default-policy remove]"
    );

    // Refusals: an unknown group, a model not in the catalog, a list over the gateway's limit,
    // a teams org; nothing written.
    db.cmd()
        .args(["groups", "policy", "remove", "--org", "Groupco", "--group", "Reserch", "--yes"])
        .assert()
        .code(2)
        .stderr(
            predicate::str::contains("organization 'Groupco' has no group 'Reserch'")
                .and(predicate::str::contains("did you mean 'Research'?")),
        );
    // `groups policy set` on Ops with `extra`: refused (exit 2) saying `why`.
    let refused_set = |extra: &[&str], why: &str| {
        db.cmd()
            .args(["groups", "policy", "set", "--org", "Groupco", "--group", "Ops", "--yes"])
            .args(extra)
            .assert()
            .code(2)
            .stderr(predicate::str::contains(why));
    };
    refused_set(&["--mode", "selected", "--model", "openai/gtp-4o"], "model 'openai/gtp-4o' is not in the catalog");
    let many: Vec<String> = (0..501).map(|i| format!("\"m/{i}\"")).collect();
    let big = db.file(
        "big.json",
        &format!(r#"{{"mode": "selected", "model_allow_list": [{}], "provider_allow_list": []}}"#, many.join(",")),
    );
    db.cmd()
        .args(["groups", "policy", "set", "--org", "Groupco", "--group", "Ops", "--allow-unknown", "--yes"])
        .arg(&big)
        .assert()
        .code(2)
        .stderr(predicate::str::contains("has 501 entries, more than 500"));
    // Entries that normalizing empties would be stored as "", which the gateway rejects.
    for (flag, entry) in [("--model", ":free"), ("--provider", "/"), ("--model", " :x")] {
        refused_set(&["--mode", "selected", "--allow-unknown", flag, entry], "is empty once normalized");
    }
    db.cmd()
        .args(["groups", "default-policy", "set", "--org", "Teamsy", "--mode", "none", "--yes"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("groups are available to Enterprise organizations (plan 'teams')"));
    assert_eq!(group_state(&db).0, 5);
    assert_eq!(group_audit(&db).len(), 2);
}

/// Runs orgpolicy with `args` while this test holds the gateway's advisory lock of `org`; once
/// the command waits on it, runs `meanwhile` in the holding transaction (what the gateway did
/// first), commits, and returns what the command printed and its exit code.
fn while_holding_the_gateways_lock(db: &TestDb, org: &str, args: &[&str], meanwhile: &str) -> std::process::Output {
    runtime().block_on(async {
        let pool = sqlx::PgPool::connect(&db.url).await.unwrap();
        let mut holder = pool.begin().await.unwrap();
        sqlx::query("SELECT pg_advisory_xact_lock(hashtextextended('organization-group-policy:' || $1, 0))")
            .bind(org)
            .execute(&mut *holder)
            .await
            .unwrap();
        let child = std::process::Command::new(assert_cmd::cargo::cargo_bin("orgpolicy"))
            .args(args)
            .env("DATABASE_URL", &db.url)
            .env("NO_COLOR", "1")
            .stdout(std::process::Stdio::piped())
            .stderr(std::process::Stdio::piped())
            .spawn()
            .unwrap();
        // Until the command waits on the lock (bounded, so a missing lock fails the test).
        let mut waiting = false;
        for _ in 0..300 {
            let n: i64 =
                // pg_locks is the whole server's: only this test's database counts.
                sqlx::query_scalar(
                    "SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND NOT granted
                     AND database = (SELECT oid FROM pg_database WHERE datname = current_database())",
                )
                    .fetch_one(&pool)
                    .await
                    .unwrap();
            if n > 0 {
                waiting = true;
                break;
            }
            tokio::time::sleep(std::time::Duration::from_millis(100)).await;
        }
        assert!(waiting, "{args:?} never waited on the gateway's advisory lock");
        sqlx::raw_sql(meanwhile).execute(&mut *holder).await.unwrap();
        holder.commit().await.unwrap();
        let out = child.wait_with_output().unwrap();
        pool.close().await;
        out
    })
}

/// A group-policy write takes the gateway's advisory lock and re-reads the revision under it:
/// a gateway mutation committed while it waited is not overwritten.
#[test]
fn group_policy_writes_wait_for_the_gateways_lock() {
    let db = gateway();
    let set = ["groups", "policy", "set", "--org", "Groupco", "--group", "Ops", "--mode", "none", "--yes"];
    // What the gateway does meanwhile: its own mutation, one revision bump.
    let bump = format!(
        "UPDATE organization_group_policy_settings SET policy_revision = policy_revision + 1 WHERE organization_id = '{GROUPCO}'"
    );
    let out = while_holding_the_gateways_lock(&db, GROUPCO, &set, &bump);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(0), "{stderr}");
    assert!(stderr.contains("changed while this edit was prepared"), "{stderr}");
    assert_eq!(group_state(&db).0, 5, "3, the gateway's bump, then this write");
}

/// Every write checks again, under the gateway's lock, what the gateway checks: an org
/// downgraded to Teams or soft-deleted while the write waited is not written (no revision bump,
/// no audit row), and the run says why (exit 1).
#[test]
fn writes_that_waited_check_the_org_again() {
    let db = gateway();
    let set = ["groups", "policy", "set", "--org", "Groupco", "--group", "Ops", "--mode", "none", "--yes"];
    let edit = ["providers", "deny", "--org", "Groupco", "openai", "--yes"];
    for (args, meanwhile, why) in [
        (
            &set[..],
            format!("UPDATE organizations SET plan = 'teams' WHERE id = '{GROUPCO}'"),
            "no longer on the Enterprise plan",
        ),
        (&set[..], format!("UPDATE organizations SET deleted_at = now() WHERE id = '{GROUPCO}'"), "was deleted"),
        (
            &edit[..],
            format!("UPDATE organizations SET plan = 'teams' WHERE id = '{GROUPCO}'"),
            "no longer on the Enterprise plan",
        ),
    ] {
        let audit_rows = format!("SELECT count(*) FROM organization_audit_logs WHERE organization_id = '{GROUPCO}'");
        let before = (group_state(&db), query::<i64>(&db, &audit_rows), query::<String>(&db, &settings_of(GROUPCO)));
        let out = while_holding_the_gateways_lock(&db, GROUPCO, args, &meanwhile);
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(1), "{args:?}: {stderr}");
        assert!(stderr.contains(why) && stderr.contains("nothing was written"), "{args:?}: {stderr}");
        assert!(!stderr.contains("changed while this edit was prepared"), "{stderr}");
        let after = (group_state(&db), query::<i64>(&db, &audit_rows), query::<String>(&db, &settings_of(GROUPCO)));
        assert_eq!(before, after, "{args:?} wrote");
        sql(&db, &format!("UPDATE organizations SET plan = 'enterprise', deleted_at = NULL WHERE id = '{GROUPCO}'"));
    }
}

fn settings_of(org: &str) -> String {
    format!("SELECT settings::text FROM organizations WHERE id = '{org}'")
}

#[test]
fn backfill_across_a_catalog_sync() {
    let db = gateway();
    let plan = db.dir.path().join("plan.jsonl");
    let (doc, code) = db.json(&["backfill", "plan", "--out", plan.to_str().unwrap()]);
    assert_eq!(code, 0);
    let mut planned: Vec<&str> = doc["orgs"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|o| o["action"] == "migrate")
        .map(|o| o["name"].as_str().unwrap())
        .collect();
    planned.sort();
    assert_eq!(planned, ["Globex", "Initech", "Umbrella"], "{doc}");

    // The sync replaces the row with an identical catalog: the plan still holds.
    sql(&db, "INSERT INTO models_by_provider (data) SELECT jsonb_set(data, '{generated_at}', '\"2026-11-30T12:10:00.000Z\"') FROM models_by_provider WHERE id = 41; DELETE FROM models_by_provider WHERE id = 41;");
    // Under the current rules the deny intent comes back: access changes, so it needs consent.
    let (report, code) = db.json(&["backfill", "apply", plan.to_str().unwrap(), "--yes"]);
    // Umbrella's empty deny list becomes an allow list of every live provider: no change.
    assert_eq!(
        (code, report["changed"].as_u64(), report["skipped_access_changes"].as_u64()),
        (1, Some(1), Some(2)),
        "{report}"
    );
    let (report, code) = db.json(&["backfill", "apply", plan.to_str().unwrap(), "--yes", "--accept-changes"]);
    assert_eq!((code, report["changed"].as_u64(), report["already_done"].as_u64()), (0, Some(2), Some(1)), "{report}");
    let (doc, _) = check(&db, "Globex", "deepseek/deepseek-chat", &[]);
    assert_eq!(doc["allowed"], false, "deny intent restored: {doc}");
    // A rerun plans nothing: what the backfill wrote is recognised without a marker.
    let empty = db.dir.path().join("empty.jsonl");
    let (again, _) = db.json(&["backfill", "plan", "--out", empty.to_str().unwrap()]);
    assert_eq!(again["summary"]["to_migrate"], 0, "{again}");
    // Rolling back with that plan restores nothing, and says so (exit 1).
    db.cmd()
        .args(["backfill", "rollback"])
        .arg(&empty)
        .arg("--yes")
        .assert()
        .code(1)
        .stderr(predicate::str::contains("changes no organization"));
    let markers: Vec<i64> = query(&db, "SELECT count(*) FROM organizations WHERE settings ? 'provider_policy_mode'");
    assert_eq!(markers, vec![1], "only Acme's own marker");
    let messages: Vec<String> =
        query(&db, &format!("SELECT message FROM organization_audit_logs WHERE organization_id = '{GLOBEX}'"));
    assert!(
        messages[0].starts_with(
            "Allowed providers: anthropic, deepinfra, nvidia, openai, virtual [orgpolicy backfill apply, plan "
        ),
        "{messages:?}"
    );

    let (report, code) = db.json(&["backfill", "rollback", plan.to_str().unwrap(), "--yes"]);
    assert_eq!((code, report["changed"].as_u64()), (0, Some(3)), "{report}");
    let (doc, _) = check(&db, "Globex", "deepseek/deepseek-chat", &[]);
    assert_eq!(doc["allowed"], true);

    // Applied again, then a sync that changes what policy reads makes the plan stale.
    let (report, code) = db.json(&["backfill", "apply", plan.to_str().unwrap(), "--yes", "--accept-changes"]);
    assert_eq!((code, report["changed"].as_u64()), (0, Some(3)), "{report}");
    sql(&db, "UPDATE models_by_provider SET data = jsonb_set(data, '{providers,0,slug}', '\"openai-new\"')");
    db.cmd()
        .args(["backfill", "apply"])
        .arg(&plan)
        .args(["--yes", "--accept-changes"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("is stale: the catalog changed in what policy reads"));
    // The plan's catalog is gone: rollback re-derives each entry from its documents, and a
    // re-sealed edit of the plan (an allow list of someone's choosing in `old`) restores nothing.
    let text = std::fs::read_to_string(&plan).unwrap();
    let forged: Vec<String> =
        text.lines().map(|l| l.replacen("\"old\":{", "\"old\":{\"provider_allow_list\":[\"evil-corp\"],", 1)).collect();
    let forged_path = db.dir.path().join("forged.jsonl");
    std::fs::write(&forged_path, common::reseal(format!("{}\n", forged.join("\n")).as_bytes())).unwrap();
    db.cmd()
        .args(["backfill", "rollback"])
        .arg(&forged_path)
        .arg("--yes")
        .assert()
        .code(2)
        .stderr(predicate::str::contains("was not applied to this database"));
    let out = db.cmd().args(["backfill", "rollback"]).arg(&plan).args(["--yes", "--format", "json"]).output().unwrap();
    let report: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!((out.status.code(), report["changed"].as_u64()), (Some(0), Some(3)), "{report}");
    assert!(String::from_utf8_lossy(&out.stderr).contains("re-derived from their documents alone"));
}

#[test]
fn audit_under_the_current_rules_with_exported_history() {
    let db = gateway();
    let findings = |doc: &Value, org: &str| -> Vec<String> {
        let mut codes: Vec<String> = doc["findings"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|f| f["name"] == org)
            .map(|f| f["code"].as_str().unwrap().to_string())
            .collect();
        codes.sort();
        codes
    };
    let (doc, code) = db.json(&["audit"]);
    assert_eq!((code, doc["rules"].as_str()), (1, Some("current")));
    assert_eq!(findings(&doc, "Globex"), ["deny_list_ignored"]);
    assert_eq!(findings(&doc, "Initech"), ["stale_allow_list_enforced"]);
    assert_eq!(findings(&doc, "Hooli"), ["ineffective_entry", "ineffective_entry"], "{doc}");
    assert_eq!(findings(&doc, "Stringly"), ["invalid_settings"]);
    assert_eq!(findings(&doc, "Lockedco"), ["no_live_provider_allowed"]);
    assert!(findings(&doc, "Deletedco").is_empty() && findings(&doc, "Acme").is_empty(), "{doc}");
    assert!(doc["unchecked"][0].as_str().unwrap().starts_with("silent_enablement"), "{doc}");
    // Group policies: invalid JSON, grants beyond the baseline, a member with nothing.
    assert_eq!(
        findings(&doc, "Groupco"),
        ["group_grant_beyond_baseline", "group_grant_beyond_baseline", "invalid_group_policy", "member_without_grant"]
    );
    // Organization Auto with a route the policy refuses.
    assert_eq!(findings(&doc, "Autoco"), ["org_auto_target_refused"]);
    let summary = &doc["summary"];
    assert_eq!((summary["orgs_with_findings"].as_u64(), summary["infos"].as_u64()), (Some(7), Some(2)), "{summary}");
    // The marker era's reading of the same database.
    let (doc, _) = db.json(&["audit", "--rules", "marker"]);
    assert_eq!(findings(&doc, "Globex"), ["legacy_not_migrated"]);

    // An export round-trips, and an older one (without nvidia) becomes history.
    let export = db.dir.path().join("latest.json");
    db.cmd().args(["catalog", "export", "--out"]).arg(&export).assert().success();
    let mut old: Value = serde_json::from_str(&std::fs::read_to_string(&export).unwrap()).unwrap();
    assert_eq!(old["generated_at"], "2026-11-30T12:00:00.000Z");
    old["providers"].as_array_mut().unwrap().retain(|p| p["slug"] != "nvidia");
    old["generated_at"] = "2026-03-01T00:00:00Z".into();
    let history = db.dir.path().join("history");
    std::fs::create_dir(&history).unwrap();
    let old_file = history.join("2026-03-01.json");
    std::fs::write(&old_file, old.to_string()).unwrap();

    let (doc, _) = db.json(&["audit", "--catalog-history", history.to_str().unwrap()]);
    assert_eq!(findings(&doc, "Globex"), ["deny_list_ignored", "silent_enablement"], "{doc}");
    assert_eq!(doc["unchecked"], serde_json::json!([]));

    // No decision is made by a trial backfill (applied, then rolled back), by the sync's
    // `auto_change` rows, or by a change of models only: the audit is exactly as it was.
    let audit = || db.json(&["audit", "--catalog-history", history.to_str().unwrap()]).0["findings"].clone();
    let before = audit();
    let plan = db.dir.path().join("trial.jsonl");
    db.cmd().args(["backfill", "plan", "--org", "Globex", "--out"]).arg(&plan).assert().success();
    db.cmd().args(["backfill", "apply", "--yes", "--accept-changes"]).arg(&plan).assert().success();
    db.cmd().args(["backfill", "rollback", "--yes"]).arg(&plan).assert().success();
    db.execute(
        "INSERT INTO organization_audit_logs (action, organization_id, message)
         SELECT 'organization.settings.auto_change', id, 'Added models from provider nvidia: x' FROM organizations WHERE name = $1",
        "Globex",
    );
    db.cmd().args(["models", "deny", "--org", "Globex", "openai/gpt-4o", "--yes"]).assert().success();
    let after = audit();
    let codes = |doc: &Value| -> Vec<(String, String)> {
        doc.as_array().unwrap().iter().map(|f| (f["name"].to_string(), f["code"].to_string())).collect()
    };
    assert_eq!(codes(&before), codes(&after));
    // A person's change of the provider lists is one.
    db.cmd().args(["providers", "deny", "--org", "Globex", "openai", "--yes"]).assert().success();
    assert!(!codes(&audit()).contains(&("\"Globex\"".into(), "\"silent_enablement\"".into())));

    let (diff, code) = db.json(&["diff", "--org", "Globex", "--catalog", &format!("{}..", old_file.display())]);
    assert_eq!((code, diff["rules"].as_str()), (0, Some("current")));
    let gained: Vec<&str> =
        diff["gained"].as_array().unwrap().iter().map(|p| p["provider"].as_str().unwrap()).collect();
    assert_eq!(gained, ["nvidia"], "{diff}");
    let (diff, _) = db.json(&["diff", "--org", "Globex", "--catalog", "--catalog-history", history.to_str().unwrap()]);
    assert_eq!(diff["from"]["file"], old_file.display().to_string());
    db.cmd()
        .args(["diff", "--org", "Globex", "--catalog"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("needs two catalogs").and(predicate::str::contains("--catalog-history")));
}

#[test]
fn a_failed_own_migration_leaves_no_trace() {
    let db = TestDb::empty(Backend::Postgres);
    // Half of some other schema: neither orgpolicy's nor the gateway's, so migrate runs and fails.
    sql(&db, "CREATE TABLE models_by_provider (id int)");
    db.cmd().args(["db", "migrate"]).assert().code(2).stderr(predicate::str::contains("already exists"));
    let tables: Vec<String> =
        query(&db, "SELECT table_name::text FROM information_schema.tables WHERE table_schema = 'public' ORDER BY 1");
    assert_eq!(tables, ["models_by_provider"]);
}

#[test]
fn policy_tests_run_under_the_gateways_rules() {
    let db = gateway();
    let cases = db.file(
        "cases.toml",
        r#"
[[case]]
org = "Globex"
model = "deepseek/deepseek-chat"
expect = "allow"            # the deny list is not read since 2026-05-07

[[case]]
org = "Acme"
model = "openai/gpt-4o"
expect = "allow"
routing = { provider = { only = ["openai"], data_collection = "deny" } }

[[case]]
org = "Initech"
model = "anthropic/claude"
expect = "deny"
reason = "provider_not_allowed"

[[case]]
org = "Deletedco"
model = "openai/gpt-4o"
expect = "allow"
"#,
    );
    let (doc, code) = db.json(&["test", cases.to_str().unwrap()]);
    assert_eq!(
        (code, doc["rules"].as_str(), doc["passed"].as_u64(), doc["failed"].as_u64()),
        (1, Some("current"), Some(3), Some(1)),
        "{doc}"
    );
    assert!(doc["cases"][3]["failures"][0].as_str().unwrap().contains("was deleted"), "{doc}");
    // The same cases under the marker rules: Globex's deny list applies again.
    let (doc, _) = db.json(&["test", cases.to_str().unwrap(), "--rules", "marker"]);
    assert_eq!(doc["cases"][0]["passed"], false, "{doc}");
}

#[test]
fn an_empty_migration_table_left_by_older_versions_is_not_our_schema() {
    let db = gateway();
    sql(
        &db,
        "CREATE TABLE _sqlx_migrations (version bigint PRIMARY KEY, description text NOT NULL,
         installed_on timestamptz NOT NULL DEFAULT now(), success boolean NOT NULL, checksum bytea NOT NULL,
         execution_time bigint NOT NULL)",
    );
    let (status, code) = db.json(&["db", "status"]);
    assert_eq!((code, status["schema"].as_str()), (0, Some("gateway")));
    db.cmd().args(["orgs", "list"]).assert().success();
}

#[test]
fn control_characters_in_names_are_escaped_for_people() {
    let db = gateway();
    sql(&db, "UPDATE organizations SET name = E'Evil\\x1b[2J\\x07Co\\nrp\\u202e' WHERE name = 'Hooli'");
    let out = db.cmd().args(["orgs", "list"]).output().unwrap();
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(!text.contains('\u{1b}') && !text.contains('\u{7}') && !text.contains('\u{202e}'), "{text:?}");
    assert!(text.contains("Evil\\u{1b}[2J\\u{7}Co\\u{a}rp"), "{text}");
    assert_eq!(text.lines().count(), 14, "one line per org and the header: {text}");
    // JSON keeps the name as it is (JSON escapes it).
    let (doc, _) = db.json(&["orgs", "list"]);
    assert!(doc["orgs"].as_array().unwrap().iter().any(|o| o["name"] == "Evil\u{1b}[2J\u{7}Co\nrp\u{202e}"));
    let err = db.cmd().args(["check", "--org", "Evil\u{1b}", "--model", "x/y"]).output().unwrap();
    assert!(!String::from_utf8_lossy(&err.stderr).contains('\u{1b}'));
}

/// Today's layers of the gateway's request path (GATEWAY-TODAY), on its own schema: the catalog
/// row's two columns, Claude's routing by trial status, OpenRouter's model check, unavailable
/// ids, Organization Auto, data collection, synced direct-BYOK lists, and the facts file.
#[test]
fn todays_layers_answer_as_the_gateway_does() {
    let db = gateway();
    let answer = |org: &str, model: &str, extra: &[&str]| {
        let (doc, code) = check(&db, org, model, extra);
        let status = (doc["http_status"].as_i64().unwrap(), doc["error"].as_str().map(str::to_string));
        (code, status, doc)
    };
    // The free variant is NVIDIA's alone (the openrouter column); the paid one is DeepInfra's.
    let (_, _, doc) = answer("Globex", "nvidia/nemotron", &[]);
    assert_eq!(doc["providers"], serde_json::json!(["deepinfra"]), "{doc}");
    let (_, _, doc) = answer("Globex", "nvidia/nemotron:free", &[]);
    assert_eq!(doc["providers"], serde_json::json!(["nvidia"]), "{doc}");
    // Claude: a trial Enterprise org's request ignores Anthropic, its only provider here.
    let (code, status, doc) = answer("Globex", "anthropic/claude", &["--explain"]);
    assert_eq!((code, status), (1, (404, Some("provider_not_allowed".into()))), "{doc}");
    assert_eq!((doc["decided_by"].as_str(), doc["trial"]["state"].as_str()), (Some("upstream"), Some("trial")));
    let (code, _, doc) = answer("Acme", "anthropic/claude", &[]);
    assert_eq!(code, 0, "{doc}");
    assert_eq!(doc["trial"]["reason"], "paid_seat_purchase");
    assert_eq!(doc["routing"]["provider"]["order"], serde_json::json!(["google-vertex", "amazon-bedrock"]));
    // Umbrella's latest purchase ended: in its trial again.
    let (_, _, doc) = answer("Umbrella", "anthropic/claude", &[]);
    assert_eq!(doc["trial"]["state"], "trial", "{doc}");
    let (_, _, doc) = answer("Initech", "openai/gpt-4o", &[]);
    assert_eq!(doc["trial"]["reason"], "require_seats_disabled", "{doc}");
    // An id OpenRouter does not list: 404 model_not_found outside Enterprise; an Enterprise
    // member meets the policy first.
    let (_, status, doc) = answer("Teamsy", "x/unknown", &[]);
    assert_eq!(status, (404, Some("model_not_found".into())), "{doc}");
    let (_, status, doc) = answer("Nullco", "x/unknown", &[]);
    assert_eq!(
        (status, doc["denial_source"].as_str()),
        ((404, Some("model_not_allowed".into())), Some("organization_model"))
    );
    // Withdrawn ids.
    let (_, status, _) = answer("Teamsy", "google/gemma-4-31b-it:free", &[]);
    assert_eq!(status, (404, Some("unavailable_model".into())));
    // Organization Auto: the route for the mode, then the policy on the target.
    let (code, _, doc) = answer("Autoco", "kilo-auto/org", &["--mode", "code"]);
    assert_eq!(
        (code, doc["route_target"].as_str(), doc["model"].as_str()),
        (0, Some("openai/gpt-4o"), Some("openai/gpt-4o"))
    );
    let (code, status, doc) = answer("Autoco", "kilo-auto/org", &["--mode", "ask"]);
    assert_eq!((code, status.1.as_deref()), (1, Some("organization_auto_configuration")), "{doc}");
    assert_eq!(
        doc["message"],
        "Organization Auto route target 'deepseek/deepseek-chat' is not allowed by the organization's model policy."
    );
    let (_, _, doc) = answer("Autoco", "kilo-auto/org", &["--mode", "build"]);
    assert_eq!(doc["route_target"], "openai/gpt-4o");
    // audit names the refused route.
    let (audit, _) = db.json(&["audit"]);
    let refused: Vec<&Value> =
        audit["findings"].as_array().unwrap().iter().filter(|f| f["code"] == "org_auto_target_refused").collect();
    assert_eq!(refused.len(), 1, "{audit}");
    assert_eq!((refused[0]["name"].as_str(), refused[0]["data"]["route"].as_str()), (Some("Autoco"), Some("ask")));
    let (_, status, _) = answer("Acme", "kilo-auto/org", &[]);
    assert_eq!(status, (400, Some("organization_auto_configuration".into())));
    // The listing ends with kilo-auto/org for an org with Organization Auto on (the settings
    // router's "should include Organization Auto only for enabled enterprise organizations").
    let (doc, _) = db.json(&["models", "list", "--org", "Autoco"]);
    let auto = &doc["organization_auto"];
    assert_eq!(auto["model"], "kilo-auto/org", "{doc}");
    let refused: Vec<_> = auto["routes"].as_array().unwrap().iter().filter(|r| !r["refused"].is_null()).collect();
    assert_eq!((refused.len(), refused[0]["mode"].as_str()), (1, Some("ask")), "{doc}");
    let (doc, _) = db.json(&["models", "list", "--org", "Acme"]);
    assert!(doc.get("organization_auto").is_none(), "{doc}");
    // Data collection denied: free models are refused; the request cannot allow it back.
    let (_, status, _) = answer("Privateco", "nvidia/nemotron:free", &["--data-collection", "allow"]);
    assert_eq!(status, (400, Some("data_collection_required".into())));
    let (_, status, _) = answer("Teamsy", "nvidia/nemotron:free", &["--data-collection", "deny"]);
    assert_eq!(status, (400, Some("data_collection_required".into())));
    // Listings hide what every provider trains on from an org that denies data collection.
    let (doc, _) = db.json(&["models", "list", "--org", "Privateco"]);
    assert_eq!(doc["hidden_data_collection_required"], serde_json::json!(["deepseek/deepseek-chat"]), "{doc}");
    assert!(doc["models"].as_array().unwrap().iter().all(|m| m["model"] != "deepseek/deepseek-chat"));
    let (doc, _) = db.json(&["models", "list", "--org", "Globex"]);
    assert!(doc["models"].as_array().unwrap().iter().any(|m| m["model"] == "deepseek/deepseek-chat"), "{doc}");
    // A model of a synced direct-BYOK list is exempt from the policy; without the org's key it
    // goes to the managed gateways, which do not know it. codestral has no definition.
    let (_, status, doc) = answer("Lockedco", "zai-coding/glm-4.7", &[]);
    assert_eq!(doc["member"]["decision"]["decided_by"]["by"], "exemption", "{doc}");
    assert_eq!(status, (404, Some("model_not_found".into())));
    let (code, _, doc) = answer("Lockedco", "codestral/codestral-2508", &[]);
    assert_eq!((code, doc["reason"].as_str()), (1, Some("not_in_catalog")), "{doc}");

    // Another gateway's constants: a facts file that withdraws gpt-4o.
    let facts = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/data/gateway-facts.toml"))
        .unwrap()
        .replace(
            "ids = [\"google/gemma-4-26b-a4b-it:free\"",
            "ids = [\"openai/gpt-4o\", \"google/gemma-4-26b-a4b-it:free\"",
        )
        .replace("name = \"kilo-cloud-2026-12\"", "name = \"next-deploy\"");
    let path = db.file("facts.toml", &facts);
    let (_, status, _) = answer("Acme", "openai/gpt-4o", &["--gateway-facts", path.to_str().unwrap()]);
    assert_eq!(status, (404, Some("unavailable_model".into())));
    let (status_doc, _) = db.json(&["db", "status", "--gateway-facts", path.to_str().unwrap()]);
    assert!(status_doc["gateway_facts"].as_str().unwrap().starts_with("next-deploy ("), "{status_doc}");
    let bad = db.file("bad.toml", "name = 'x'\n[claude]\nignored_provider = 3\n");
    db.cmd()
        .args(["check", "--org", "Acme", "--model", "openai/gpt-4o", "--gateway-facts"])
        .arg(&bad)
        .assert()
        .code(2)
        .stderr(predicate::str::contains("gateway facts file").and(predicate::str::contains("line 3")));

    // The export carries the columns, and a rehearsal database sees what production sees.
    let export = db.dir.path().join("latest.json");
    db.cmd().args(["catalog", "export", "--out"]).arg(&export).assert().success();
    let exported: Value = serde_json::from_str(&std::fs::read_to_string(&export).unwrap()).unwrap();
    assert!(exported["gateway_columns"]["openrouter"]["nvidia/nemotron:free"].is_object(), "{exported}");
    let own = TestDb::new(Backend::Sqlite);
    own.cmd().args(["catalog", "import"]).arg(&export).assert().success();
    own.add_orgs(&[("Rehearsal", "enterprise", serde_json::json!({}), &[])]);
    let (doc, _) = own.json(&["check", "--org", "Rehearsal", "--model", "nvidia/nemotron:free", "--rules", "current"]);
    assert_eq!(doc["providers"], serde_json::json!(["nvidia"]), "{doc}");
    // Importing it again is a no-op: the columns are part of what is compared.
    own.cmd().args(["catalog", "import"]).arg(&export).assert().success().stdout(predicate::str::contains("identical"));
}

/// Edits write what the gateway's updateAllowLists writes (GATEWAY-TODAY §9): the lists as it
/// stores them, an invalid default model cleared, the group-policy revision bumped in the same
/// transaction (the row created where there is none), its audit message; and a change that would
/// break an enabled Organization Auto is refused as it refuses it.
#[test]
fn list_edits_follow_update_allow_lists() {
    let db = gateway();
    let revision = |org: &str| -> Vec<i32> {
        query(
            &db,
            &format!("SELECT policy_revision FROM organization_group_policy_settings WHERE organization_id = '{org}'"),
        )
    };
    let last_message = |org: &str| -> String {
        query::<String>(
            &db,
            &format!("SELECT message FROM organization_audit_logs WHERE organization_id = '{org}' ORDER BY created_at DESC LIMIT 1"),
        )
        .remove(0)
    };
    assert_eq!(revision(GROUPCO), vec![3]);
    db.cmd().args(["providers", "deny", "--org", "Groupco", "anthropic", "--yes"]).assert().success();
    assert_eq!(revision(GROUPCO), vec![4], "the revision moves with the lists");
    assert_eq!(last_message(GROUPCO), "Disallowed providers: anthropic [orgpolicy providers deny]");

    // Acme has no settings row: it is created as the gateway creates it. Its default model is
    // cleared once the lists refuse it.
    sql(&db, &format!("UPDATE organizations SET settings = settings || '{{\"default_model\": \"openai/gpt-4o\"}}' WHERE id = '{ACME}'"));
    assert!(revision(ACME).is_empty());
    db.cmd().args(["providers", "deny", "--org", "Acme", "openai", "--yes"]).assert().success();
    assert_eq!(revision(ACME), vec![1]);
    let policies: Vec<String> = query(
        &db,
        &format!(
            "SELECT default_policies::text FROM organization_group_policy_settings WHERE organization_id = '{ACME}'"
        ),
    );
    assert_eq!(policies, vec![r#"[{"data": {"mode": "all"}, "type": "model_access"}]"#]);
    let settings: Vec<String> = query(&db, &format!("SELECT settings::text FROM organizations WHERE id = '{ACME}'"));
    assert!(!settings[0].contains("default_model"), "{}", settings[0]);
    assert_eq!(
        last_message(ACME),
        "Disallowed providers: openai [orgpolicy providers deny] (cleared default_model openai/gpt-4o)"
    );
    // Deny entries as the gateway stores them: cut at `:`, deduplicated, in order.
    db.cmd().args(["models", "deny", "--org", "Acme", "anthropic/claude:free", "--yes"]).assert().success();
    let settings: Vec<String> =
        query(&db, &format!("SELECT settings->>'model_deny_list' FROM organizations WHERE id = '{ACME}'"));
    assert_eq!(settings, vec![r#"["openai/o3", "anthropic/claude"]"#]);

    // Organization Auto: while a route is already refused (Autoco's "ask"), the gateway refuses
    // every change of the lists; so does orgpolicy.
    const AUTOCO: &str = "a0000000-0000-4000-8000-00000000000d";
    db.cmd()
        .args(["models", "deny", "--org", "Autoco", "nvidia/nemotron", "--yes"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("active Organization Auto route \"ask\" is invalid"));
    sql(
        &db,
        &format!(
            "UPDATE organizations SET settings = settings #- '{{org_auto_model,routes,ask}}' WHERE id = '{AUTOCO}'"
        ),
    );
    // A change that leaves a route or the fallback refused is refused.
    let before: Vec<i64> = query(&db, "SELECT count(*) FROM organization_audit_logs");
    db.cmd()
        .args(["providers", "deny", "--org", "Autoco", "openai", "--yes"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains(
            "Cannot update model policy because active Organization Auto route \"code\" is invalid: Organization Auto route target 'openai/gpt-4o' is not allowed by the organization's model policy.",
        ));
    db.cmd()
        .args(["models", "deny", "--org", "Autoco", "openai/o3", "--yes"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("active Organization Auto fallback is invalid"));
    assert_eq!(query::<i64>(&db, "SELECT count(*) FROM organization_audit_logs"), before, "nothing written");
    assert!(revision(AUTOCO).is_empty());
    // A change that keeps every target allowed goes through.
    db.cmd().args(["models", "deny", "--org", "Autoco", "deepseek/deepseek-chat", "--yes"]).assert().success();
}

/// One question, one answer: the gateway fixture's orgs, copied with its catalog into
/// orgpolicy's own schema, get the same answer from `check` there as on the gateway's
/// database, under the default rules on both (today's).
#[test]
fn the_own_schema_answers_as_the_gateway_does() {
    let gateway = gateway();
    gateway.cmd().args(["catalog", "export", "--out", "catalog.json"]).assert().success();
    let own = TestDb::new(Backend::Sqlite);
    own.cmd().args(["catalog", "import"]).arg(gateway.dir.path().join("catalog.json")).assert().success();
    let orgs = ["Acme", "Globex", "Initech", "Hooli", "Stringly", "Lockedco", "Nullco", "Routerco", "Teamsy"];
    let rows: Vec<(String, String, String)> = orgs
        .iter()
        .map(|name| {
            let q = format!("SELECT plan || '|' || settings FROM organizations WHERE name = '{name}'");
            let row = query::<String>(&gateway, &q).pop().unwrap();
            let (plan, settings) = row.split_once('|').unwrap();
            (name.to_string(), plan.to_string(), settings.to_string())
        })
        .collect();
    let copied: Vec<(&str, &str, Value, &[&str])> = rows
        .iter()
        .map(|(n, p, s)| (n.as_str(), p.as_str(), serde_json::from_str(s).unwrap_or(Value::String(s.clone())), &[][..]))
        .collect();
    own.add_orgs(&copied);
    let models =
        ["openai/gpt-4o", "deepseek/deepseek-chat", "openai/o3", "x-ai/grok-4.5", "openrouter/auto", "nobody/none"];
    let answer = |doc: &Value| {
        ["allowed", "http_status", "error", "reason", "denial_source", "decided_by", "routing", "rules"]
            .map(|k| doc[k].clone())
            .to_vec()
    };
    for org in orgs {
        for model in models {
            let (on_gateway, code) = check(&gateway, org, model, &["--no-abuse"]);
            let (on_own, own_code) = check(&own, org, model, &["--no-abuse"]);
            assert_eq!(answer(&on_own), answer(&on_gateway), "{org} {model}:\n own: {on_own}\n gateway: {on_gateway}");
            assert_eq!(own_code, code, "{org} {model}");
        }
    }
}

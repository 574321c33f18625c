//! End-to-end: the real binary against real PostgreSQL and SQLite databases. Every scenario
//! runs on both (see `on_both!`).

mod common;

use common::{real_catalog, real_catalog_value, Backend, TestDb};
use predicates::prelude::*;
use serde_json::{json, Value};

fn stderr_of(out: &std::process::Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

fn snapshot_count(db: &TestDb) -> usize {
    db.json(&["catalog", "list"]).0.as_array().unwrap().len()
}

fn unmigrated_database_is_refused_until_migrated(backend: Backend) {
    let db = TestDb::empty(backend);
    let out = db.cmd().args(["orgs", "list"]).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = stderr_of(&out);
    match backend {
        // An empty PostgreSQL database could become either schema: both ways out are named.
        Backend::Postgres => {
            assert!(err.contains("has neither orgpolicy's schema nor the gateway's"), "{err}");
            assert!(err.contains("help: run `orgpolicy db migrate`") && err.contains("--schema gateway"), "{err}");
        }
        Backend::Sqlite => {
            assert!(err.contains("is not migrated (3 pending migrations)"), "{err}");
            assert!(err.contains("help: run `orgpolicy db migrate`"), "{err}");
        }
    }

    let (status, code) = db.json(&["db", "status"]);
    assert_eq!((code, status["migrations"][0]["applied"].clone()), (0, json!(false)));
    db.cmd()
        .args(["db", "migrate"])
        .assert()
        .success()
        .stderr(predicate::str::contains("applied 20261121000000 initial"));
    db.cmd().args(["db", "migrate"]).assert().success().stderr(predicate::str::contains("is up to date"));
    assert_eq!(db.json(&["db", "status"]).0["migrations"][0]["applied"], json!(true));
    db.cmd().args(["orgs", "list"]).assert().success();
}

fn catalog_import_list_show_and_diff(backend: Backend) {
    let db = TestDb::new(backend).in_era("marker");
    db.cmd()
        .args(["catalog", "import"])
        .arg(real_catalog())
        .assert()
        .success()
        .stdout("imported catalog snapshot 1: 74 live providers, 323 models, 901 model/provider pairs\n");

    // A second snapshot derived from the real one: one provider gone, one new, one model new.
    let mut next = real_catalog_value();
    let providers = next["providers"].as_array_mut().unwrap();
    providers.retain(|p| p["slug"] != "ai21");
    providers.push(json!({"slug": "NewCo", "name": "New Co", "models": [
        {"id": "openai/gpt-4o", "name": "GPT-4o", "free": false},
        {"id": "newco/brand-new", "name": "Brand New", "free": true}]}));
    let path = db.file("next.json", &next.to_string());
    // A dry run says what would change and stores nothing.
    let (dry, code) = db.json(&["catalog", "import", path.to_str().unwrap(), "--dry-run"]);
    assert_eq!((code, dry["outcome"].as_str(), dry["incoming"]["id"].as_i64()), (0, Some("dry_run"), Some(2)));
    assert_eq!(dry["diff"]["providers_removed"], json!(["ai21"]), "{dry}");
    assert_eq!(snapshot_count(&db), 1);
    db.cmd().args(["catalog", "import"]).arg(&path).assert().success();
    // The same content again (even re-exported) is not a new snapshot: plans stay fresh.
    db.cmd()
        .args(["catalog", "import"])
        .arg(&path)
        .assert()
        .success()
        .stdout("catalog file is identical to snapshot 2: nothing imported\n");
    let exported = db.cmd().args(["catalog", "export"]).output().unwrap().stdout;
    let again = db.file("again.json", &String::from_utf8(exported).unwrap());
    let (same, _) = db.json(&["catalog", "import", again.to_str().unwrap()]);
    assert_eq!(same["outcome"], "identical", "{same}");
    assert_eq!(snapshot_count(&db), 2);

    let (diff, _) = db.json(&["catalog", "diff"]);
    assert_eq!(diff["from"], 1);
    assert_eq!(diff["to"], 2);
    assert_eq!(diff["diff"]["providers_added"], json!(["newco"]));
    assert_eq!(diff["diff"]["providers_removed"], json!(["ai21"]));
    assert_eq!(diff["diff"]["models_added"], json!(["newco/brand-new"]));
    assert_eq!(diff["diff"]["models_removed"], json!(["ai21/jamba-large-1.7"]));
    assert_eq!((diff["diff"]["pairs_added"].clone(), diff["diff"]["pairs_removed"].clone()), (json!(2), json!(1)));
    assert_eq!(db.json(&["catalog", "diff", "2", "1"]).0["diff"]["providers_added"], json!(["ai21"]));

    let (list, _) = db.json(&["catalog", "list"]);
    assert_eq!(list[1]["live_providers"], 74);
    assert_eq!(list[1]["generated_at"], "2026-08-14T18:19:14Z");
    let (show, _) = db.json(&["catalog", "show", "2"]);
    let newco = show["providers"].as_array().unwrap().iter().find(|p| p["slug"] == "newco").unwrap();
    assert_eq!(newco, &json!({"slug": "newco", "name": "New Co", "live": true, "models": 2, "free_models": 1}));

    db.cmd()
        .args(["catalog", "show", "9"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("catalog snapshot 9 does not exist"));
}

fn bad_catalog_files_are_refused_and_nothing_is_written(backend: Backend) {
    let db = TestDb::with_catalog(backend).in_era("marker");
    let cases = [
        ("not-json.json", "{\"providers\": [", "is invalid: not valid JSON"),
        ("wrong-shape.json", "{\"providers\": {}}", "unexpected shape at providers"),
        ("empty.json", "{\"providers\": []}", "the catalog lists no providers"),
        ("empty-file.json", "", "not valid JSON"),
        (
            "unserved.json",
            "{\"providers\": [{\"slug\": \"a\", \"models\": [{\"slug\": \"m\", \"endpoint\": null}]}]}",
            "no provider serves any model",
        ),
    ];
    for (name, contents, message) in cases {
        let path = db.file(name, contents);
        let out = db.cmd().args(["catalog", "import"]).arg(&path).output().unwrap();
        assert_eq!(out.status.code(), Some(2), "{name}");
        let err = stderr_of(&out);
        assert!(err.contains(&format!("catalog file '{}'", path.display())) && err.contains(message), "{name}: {err}");
        assert!(err.contains("help: "), "{name}: {err}");
    }
    db.cmd()
        .args(["catalog", "import", "missing.json"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("could not read catalog file 'missing.json'"));

    // Dropping more than half of the live providers needs --force.
    let mut small = real_catalog_value();
    small["providers"].as_array_mut().unwrap().truncate(10);
    let path = db.file("small.json", &small.to_string());
    db.cmd()
        .args(["catalog", "import"])
        .arg(&path)
        .assert()
        .code(2)
        .stderr(predicate::str::contains("would drop 64 of the 74 live providers of snapshot 1"));
    assert_eq!(snapshot_count(&db), 1);
    db.cmd().args(["catalog", "import", "--force"]).arg(&path).assert().success();
    assert_eq!(snapshot_count(&db), 2);
}

/// The foundation decision table, through the binary, on the real catalog.
fn check_decisions(backend: Backend) {
    let db = TestDb::with_catalog(backend).in_era("marker");
    let allow = |list: Value| json!({"provider_policy_mode": "allow", "provider_allow_list": list});
    db.add_orgs(&[
        ("teams-deny", "teams", json!({"model_deny_list": ["openai/gpt-4o"]}), &[]),
        ("ent-empty", "enterprise", json!({}), &[]),
        ("ent-model-deny", "enterprise", json!({"model_deny_list": ["openai/gpt-4o"]}), &[]),
        ("ent-allow", "enterprise", json!({"provider_policy_mode": "allow", "provider_allow_list": ["openai"], "provider_deny_list": ["openai"], "data_collection": "deny"}), &[]),
        ("ent-stale", "enterprise", json!({"provider_allow_list": ["openai"], "provider_deny_list": [], "model_deny_list": []}), &[]),
        ("ent-legacy", "enterprise", json!({"provider_allow_list": ["openai"], "provider_deny_list": ["anthropic"]}), &[]),
        ("ent-allow-none", "enterprise", allow(json!([])), &[]),
        ("ent-combo", "enterprise", json!({"provider_policy_mode": "allow", "provider_allow_list": ["deepinfra", "novita"],
            "model_provider_deny_list": [{"model": "moonshotai/kimi-k2.5", "provider": "novita"}]}), &[]),
        ("ent-custom", "enterprise", allow(json!(["openai"])), &["acme/custom-llm"]),
        ("ent-invalid", "enterprise", json!({"provider_deny_list": "openai"}), &[]),
        ("teams-dc", "teams", json!({"data_collection": "allow"}), &[]),
    ]);
    type Case<'a> = (&'a str, &'a str, Option<&'a str>, &'a str, Value);
    let cases: Vec<Case> = vec![
        ("teams-deny", "openai/gpt-4o", None, "unrestricted", Value::Null),
        ("ent-empty", "anthropic/claude-sonnet-4.5", None, "unrestricted", Value::Null),
        ("ent-model-deny", "OpenAI/GPT-4o:free", None, "model_denied", Value::Null),
        (
            "ent-allow",
            "openai/gpt-4o",
            None,
            "allowed",
            json!({"provider": {"only": ["openai"], "data_collection": "deny"}}),
        ),
        ("ent-stale", "openai/gpt-4o", None, "unrestricted", Value::Null),
        ("ent-legacy", "anthropic/claude-sonnet-4.5", None, "allowed", json!({"provider": {"ignore": ["anthropic"]}})),
        // The marker-era gateway forwards with the allow list as stored; the upstream finds no
        // provider in it. A model the snapshot does not list is forwarded all the same.
        ("ent-allow-none", "openai/gpt-4o", None, "no_provider_upstream", Value::Null),
        ("ent-allow", "deepseek/deepseek-chat", None, "no_provider_upstream", Value::Null),
        (
            "ent-allow",
            "nobody/serves-this",
            None,
            "forwarded",
            json!({"provider": {"only": ["openai"], "data_collection": "deny"}}),
        ),
        ("ent-combo", "moonshotai/kimi-k2.5", None, "allowed", json!({"provider": {"only": ["deepinfra"]}})),
        ("ent-combo", "moonshotai/kimi-k2.5", Some("novita"), "provider_not_allowed", Value::Null),
        ("ent-custom", "acme/custom-llm", None, "exempt", Value::Null),
        ("ent-invalid", "openai/gpt-4o", None, "invalid_settings", Value::Null),
        ("teams-dc", "anything/at-all", None, "unrestricted", json!({"provider": {"data_collection": "allow"}})),
    ];
    for (org, model, provider, reason, routing) in cases {
        let mut args = vec!["check", "--org", org, "--model", model];
        if let Some(p) = provider {
            args.extend(["--provider", p]);
        }
        let (got, code) = db.json(&args);
        assert_eq!(got["reason"], reason, "{org} {model}: {got}");
        assert_eq!(got["routing"], routing, "{org} {model}");
        assert_eq!(got["allowed"], json!(code == 0), "{org} {model}: exit code {code}");
        assert_eq!(code, if matches!(reason, "unrestricted" | "exempt" | "allowed" | "forwarded") { 0 } else { 1 });
        assert!(got["trace"].as_array().is_some_and(|t| !t.is_empty()) && got["message"].is_string());
    }
    let (legacy, _) = db.json(&["check", "--org", "ent-legacy", "--model", "anthropic/claude-sonnet-4.5"]);
    assert_eq!(legacy["providers"], json!(["amazon-bedrock", "azure", "google-vertex"]));
}

fn check_explains_in_words(backend: Backend) {
    let db = TestDb::with_catalog(backend).in_era("marker");
    db.add_orgs(&[(
        "Acme",
        "enterprise",
        json!({"provider_policy_mode": "allow", "provider_allow_list": ["anthropic", "openai"]}),
        &[],
    )]);
    db.cmd()
        .args(["check", "--org", "Acme", "--model", "openai/gpt-4o", "--provider", "azure"])
        .assert()
        .code(1)
        .stdout(predicate::str::contains(
            "provider 'azure' is not in the allowed providers list; allowed: anthropic, openai",
        ));
    let out = db.cmd().args(["check", "--org", "Acme", "--model", "openai/gpt-4o:free", "--explain"]).output().unwrap();
    assert_eq!(out.status.code(), Some(0));
    let stdout = String::from_utf8(out.stdout).unwrap();
    insta::allow_duplicates! { insta::assert_snapshot!(stdout, @r#"
    allowed: openai/gpt-4o:free for Acme (allowed, HTTP 200)
      'openai/gpt-4o' is allowed through openai
      routing: {"provider":{"only":["anthropic","openai"]}}
      steps (catalog snapshot 1):
        1. plan is enterprise: access configuration is enforced
        2. mode allow: provider_allow_list [anthropic, openai] is the source of truth
        3. 'openai/gpt-4o' is not in model_deny_list
        4. served by: azure, openai
        5. not in the allowed providers list: azure; allowed: openai
        6. allowed through: openai
    "#) };
}

fn orgs_list_filters_and_counts(backend: Backend) {
    let db = TestDb::with_catalog(backend).in_era("marker");
    db.add_orgs(&[
        (
            "b-legacy",
            "enterprise",
            json!({"provider_deny_list": ["DeepSeek", "baidu"], "model_deny_list": ["a/b"]}),
            &[],
        ),
        (
            "a-allow",
            "enterprise",
            json!({"provider_policy_mode": "allow", "provider_allow_list": ["openai", "gone-provider"]}),
            &[],
        ),
        ("c-invalid", "enterprise", json!({"model_deny_list": [1]}), &[]),
        ("d-teams", "teams", json!({"provider_deny_list": ["openai"]}), &[]),
    ]);
    let (all, code) = db.json(&["orgs", "list"]);
    assert_eq!(code, 0);
    let names: Vec<&str> = all["orgs"].as_array().unwrap().iter().map(|o| o["name"].as_str().unwrap()).collect();
    assert_eq!(names, ["a-allow", "b-legacy", "c-invalid", "d-teams"]);
    let row = |name: &str| all["orgs"].as_array().unwrap().iter().find(|o| o["name"] == name).unwrap().clone();
    assert_eq!(row("a-allow")["providers_allowed"], 1);
    assert_eq!(row("a-allow")["providers_denied"], 73);
    assert_eq!(
        (row("b-legacy")["mode"].clone(), row("b-legacy")["providers_denied"].clone()),
        (json!("legacy"), json!(2))
    );
    assert_eq!(row("b-legacy")["models_denied"], 1);
    assert_eq!(row("c-invalid")["invalid"], "settings key 'model_deny_list' entry 0 must be a string, found a number");
    assert_eq!(row("d-teams")["providers_denied"], 0, "teams plans do not enforce their lists");

    let names = |args: &[&str]| -> Vec<String> {
        db.json(args).0["orgs"].as_array().unwrap().iter().map(|o| o["name"].as_str().unwrap().to_string()).collect()
    };
    assert_eq!(names(&["orgs", "list", "--mode", "invalid"]), ["c-invalid"]);
    assert_eq!(names(&["orgs", "list", "--mode", "legacy", "--plan", "enterprise"]), ["b-legacy"]);
    // A plan the gateway does not have is a usage error with a suggestion, not "0 organizations".
    db.cmd()
        .args(["orgs", "list", "--plan", "enterprize"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("a similar value exists: 'enterprise'"));
    db.cmd()
        .args(["orgs", "list"])
        .assert()
        .success()
        .stderr(predicate::str::contains("4 organizations (1 allow, 2 legacy, 0 unrestricted, 1 invalid)"));
}

fn providers_and_models_lists(backend: Backend) {
    let db = TestDb::with_catalog(backend).in_era("marker");
    db.add_orgs(&[(
        "Gringotts",
        "enterprise",
        json!({"provider_policy_mode": "allow", "provider_allow_list": ["deepinfra", "novita"],
               "model_provider_deny_list": [{"model": "moonshotai/kimi-k2.5", "provider": "novita"}], "model_deny_list": ["moonshotai/kimi-k2"]}),
        &[],
    )]);
    let (providers, _) = db.json(&["providers", "list", "--org", "Gringotts", "--search", "NOVI"]);
    assert_eq!(providers["rules"], "marker");
    let providers = providers["providers"].clone();
    assert_eq!(providers.as_array().unwrap().len(), 1);
    assert_eq!(providers[0]["slug"], "novita");
    assert_eq!(providers[0]["allowed"], true);
    assert_eq!(providers[0]["models_blocked"], 2, "kimi-k2 denied everywhere, kimi-k2.5 blocked for novita");
    db.cmd()
        .args(["providers", "list", "--org", "Gringotts"])
        .assert()
        .success()
        .stderr(predicate::str::contains("Gringotts: 72 providers blocked, 2 model combinations blocked"));

    // Seed 001's case: a search over model names shows only the matches.
    let (models, _) = db.json(&["models", "list", "--org", "Gringotts", "--search", "K2.5"]);
    let models = models["models"].clone();
    assert_eq!(models.as_array().unwrap().len(), 1);
    assert_eq!(models[0]["model"], "moonshotai/kimi-k2.5");
    let state =
        |slug: &str| models[0]["providers"].as_array().unwrap().iter().find(|p| p["slug"] == slug).unwrap().clone();
    assert_eq!(state("deepinfra"), json!({"slug": "deepinfra", "allowed": true, "reason": "allowed"}));
    assert_eq!(state("novita"), json!({"slug": "novita", "allowed": false, "reason": "blocked_for_model"}));
    assert_eq!(state("venice")["reason"], "not_in_allow_list");

    let (blocked, _) = db.json(&["models", "list", "--org", "Gringotts", "--provider", "novita", "--blocked"]);
    let blocked = blocked["models"].clone();
    let ids: Vec<&str> = blocked.as_array().unwrap().iter().map(|m| m["model"].as_str().unwrap()).collect();
    assert_eq!(ids, ["moonshotai/kimi-k2", "moonshotai/kimi-k2.5"]);
    assert_eq!(blocked[0]["providers"], json!([{"slug": "novita", "allowed": false, "reason": "model_denied"}]));

    db.cmd().args(["models", "list", "--org", "Gringotts", "--provider", "novitta"]).assert().code(2).stderr(
        predicate::str::contains("provider 'novitta' is not in the catalog")
            .and(predicate::str::contains("help: did you mean 'novita'?")),
    );
}

fn organization_lookup_errors(backend: Backend) {
    let db = TestDb::with_catalog(backend).in_era("marker");
    db.add_orgs(&[
        ("Globex", "enterprise", json!({}), &[]),
        ("Globex", "teams", json!({}), &[]),
        ("Initech", "enterprise", json!({}), &[]),
    ]);
    db.cmd().args(["check", "--org", "Globex", "--model", "openai/gpt-4o"]).assert().code(2).stderr(
        predicate::str::contains("organization 'Globex' is ambiguous: 2 organizations match it: Globex (")
            .and(predicate::str::contains(", enterprise, created "))
            .and(predicate::str::contains(", teams, created ")),
    );
    db.cmd().args(["check", "--org", "Initek", "--model", "openai/gpt-4o"]).assert().code(2).stderr(
        predicate::str::contains("organization 'Initek' not found")
            .and(predicate::str::contains("help: did you mean 'Initech'?")),
    );
    // An id works where a name is ambiguous.
    let (orgs, _) = db.json(&["orgs", "list", "--plan", "teams"]);
    let id = orgs["orgs"][0]["id"].as_str().unwrap();
    db.cmd().args(["check", "--org", id, "--model", "openai/gpt-4o"]).assert().success();
    db.cmd().args(["check", "--org", &id.to_uppercase(), "--model", "openai/gpt-4o"]).assert().success();
    // Names in any case; an id by its first characters, as short ids show it.
    let (doc, code) = db.json(&["check", "--org", "iNITECH", "--model", "openai/gpt-4o"]);
    assert_eq!((code, doc["allowed"].as_bool()), (0, Some(true)), "{doc}");
    let (doc, _) = db.json(&["check", "--org", &id[..8], "--model", "openai/gpt-4o"]);
    assert_eq!(doc["org"].as_str(), Some(id), "{doc}");
    db.cmd().args(["check", "--org", "abc", "--model", "openai/gpt-4o"]).assert().code(2);
}

fn commands_without_a_catalog_say_how_to_get_one(backend: Backend) {
    let db = TestDb::new(backend).in_era("marker");
    db.add_orgs(&[("Acme", "enterprise", json!({}), &[])]);
    db.cmd().args(["check", "--org", "Acme", "--model", "openai/gpt-4o"]).assert().code(2).stderr(
        predicate::str::contains("the database has no catalog snapshot")
            .and(predicate::str::contains("orgpolicy catalog import FILE")),
    );
    db.cmd().args(["orgs", "list"]).assert().success().stderr(predicate::str::contains("no catalog snapshot"));
}

on_both!(
    unmigrated_database_is_refused_until_migrated,
    catalog_import_list_show_and_diff,
    bad_catalog_files_are_refused_and_nothing_is_written,
    check_decisions,
    check_explains_in_words,
    orgs_list_filters_and_counts,
    providers_and_models_lists,
    organization_lookup_errors,
    commands_without_a_catalog_say_how_to_get_one,
);

/// A password the driver reads from a percent-encoded query key (`pass%77ord`) is a password:
/// never printed by `-v`, errors or a plan file's header.
#[test]
fn secrets_the_driver_reads_are_never_printed() {
    let db = TestDb::with_catalog(Backend::Postgres).in_era("marker");
    db.add_orgs(&[("acme", "enterprise", serde_json::json!({"provider_deny_list": ["deepseek"]}), &[])]);
    let url = format!("{}?pass%77ord=hunter2", db.url);
    let plan = db.dir.path().join("plan.jsonl");
    let runs = [
        db.cmd().env("DATABASE_URL", &url).args(["-v", "orgs", "list"]).output().unwrap(),
        db.cmd().env("DATABASE_URL", &url).args(["backfill", "plan", "--out"]).arg(&plan).output().unwrap(),
        db.cmd().env("DATABASE_URL", format!("{url}&sslmode=bogus")).args(["orgs", "list"]).output().unwrap(),
    ];
    for out in &runs {
        let printed = format!("{}{}", String::from_utf8_lossy(&out.stdout), String::from_utf8_lossy(&out.stderr));
        assert!(!printed.contains("hunter2"), "{printed}");
    }
    assert!(String::from_utf8_lossy(&runs[0].stderr).contains("pass%77ord=***"), "{:?}", runs[0]);
    assert_eq!(runs[2].status.code(), Some(2));
    assert!(!std::fs::read_to_string(&plan).unwrap().contains("hunter2"));
}

/// Text from the database never acts on the terminal, colour on or off: an org name holding a
/// colour sequence cannot hide the rest of a line, a newline in an audit message cannot forge
/// a row, and separators and bidirectional marks are escaped (JSON included).
#[test]
fn database_text_never_acts_on_the_terminal() {
    let db = TestDb::with_catalog(Backend::Postgres).in_era("marker");
    let name = "Evil\u{1b}[8mCorp\u{2028}\u{61c}";
    db.add_orgs(&[(name, "enterprise", serde_json::json!({"provider_allow_list": ["openai"]}), &[])]);
    let rt = common::runtime();
    let org = rt.block_on(db.store(&rt).resolve_org(name)).unwrap();
    db.execute(
        "INSERT INTO organization_audit_logs (id, organization_id, action, actor_id, actor_email, actor_name, message, details)
         VALUES (gen_random_uuid(), $1::uuid, 'organization.settings.change', 'x', 'x', 'x', E'allowed\\n2026-01-01 00:00:00  admin  forged row', '{}')",
        &org.id,
    );
    let runs = [
        vec!["orgs", "list"],
        vec!["check", "--org", &org.id, "--model", "openai/gpt-4o", "--provider", "anthropic"],
        vec!["providers", "list", "--org", &org.id],
        vec!["log", "--org", &org.id],
    ];
    for args in &runs {
        for color in ["always", "never"] {
            let out = db.cmd().args(args).args(["--color", color]).env_remove("NO_COLOR").output().unwrap();
            let printed = format!("{}{}", String::from_utf8_lossy(&out.stdout), String::from_utf8_lossy(&out.stderr));
            for raw in ["\u{1b}[8m", "\u{2028}", "\u{61c}", "\n2026-01-01 00:00:00  admin"] {
                assert!(!printed.contains(raw), "{args:?} --color {color} prints {raw:?} raw:\n{printed}");
            }
        }
    }
    let (list, _) = db.json(&["orgs", "list"]);
    assert_eq!(list["orgs"][0]["name"], name, "JSON keeps the name");
    let out = db.cmd().args(["orgs", "list", "--format", "json"]).output().unwrap();
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.contains("\\u2028") && text.contains("\\u061c") && !text.contains('\u{2028}'), "{text}");
}

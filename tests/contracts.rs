//! The JSON contracts: what every command prints under `--format json`, pinned by snapshots
//! (`tests/snapshots/contracts__*.snap`), so that a change of shape is a visible, reviewed
//! change. Ids, hashes, times, paths and the Redis prefix are redacted; everything else is the
//! output as a CI job would parse it. Accept an intended change with
//! `INSTA_UPDATE=always cargo test --test contracts` and review the diff.

mod common;

use common::{Backend, TestDb, TestRedis};
use serde_json::{json, Value};

/// A small world: the fuzz corpus's three-provider catalog and one org of each kind.
fn world() -> TestDb {
    let db = TestDb::new(Backend::Sqlite);
    let catalog = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fuzz/corpus/catalog/snapshot.json");
    db.cmd().args(["catalog", "import"]).arg(catalog).assert().success();
    db.add_orgs(&[
        ("Legacy", "enterprise", json!({"provider_deny_list": ["azure"], "model_deny_list": ["x/y"]}), &[]),
        (
            "Allowing",
            "enterprise",
            json!({"provider_policy_mode": "allow", "provider_allow_list": ["openai"], "default_model": "openai/gpt-4o"}),
            &[],
        ),
        ("Small", "teams", json!({}), &[]),
        ("Broken", "enterprise", json!({"provider_deny_list": "azure"}), &[]),
    ]);
    db
}

/// The command's JSON with what differs from run to run replaced by placeholders.
fn contract(db: &TestDb, args: &[&str], extra: &[&str]) -> Value {
    let out = db.cmd().args(args).args(extra).args(["--format", "json"]).env("ORGPOLICY_ACTOR", "ci").output().unwrap();
    let mut text = String::from_utf8(out.stdout).unwrap();
    text = text.replace(&db.dir.path().display().to_string(), "[dir]");
    let mut value: Value = serde_json::from_str(&text)
        .unwrap_or_else(|e| panic!("{args:?}: not JSON ({e}): {text}\n{}", String::from_utf8_lossy(&out.stderr)));
    redact(&mut value);
    value
}

fn redact(value: &mut Value) {
    match value {
        Value::String(s) => {
            let is_hex = |n: usize| s.len() == n && s.chars().all(|c| c.is_ascii_hexdigit());
            if uuid::Uuid::parse_str(s).is_ok() {
                *s = "[uuid]".into();
            } else if is_hex(64) {
                *s = "[sha256]".into();
            } else if chrono::DateTime::parse_from_rfc3339(s).is_ok() || s.contains(" UTC") {
                *s = "[time]".into();
            } else if let Some(at) = s.find("orgpolicy-test:") {
                let end = s[at..].rfind(':').map_or(s.len(), |i| at + i + 1);
                s.replace_range(at..end, "[prefix]");
            }
            // A plan's short hash in audit messages.
            if let Some(at) = s.find("(plan ").map(|i| i + 6) {
                if s.get(at..at + 12).is_some_and(|h| h.chars().all(|c| c.is_ascii_hexdigit())) {
                    s.replace_range(at..at + 12, "[hash]");
                }
            }
        }
        Value::Array(items) => items.iter_mut().for_each(redact),
        Value::Object(map) => {
            for (key, v) in map.iter_mut() {
                match key.as_str() {
                    "seconds" => *v = json!(0),
                    "database" | "database_id" if v.is_string() => *v = json!("[database]"),
                    // Names the facts file by its hash: any edit of it would change the contract.
                    "gateway_facts" if v.is_string() => *v = json!("[gateway facts]"),
                    _ => redact(v),
                }
            }
        }
        _ => {}
    }
}

macro_rules! snap {
    ($name:expr, $value:expr) => {
        insta::assert_json_snapshot!($name, $value)
    };
}

#[test]
fn listings() {
    let db = world();
    snap!("orgs_list", contract(&db, &["orgs", "list"], &[]));
    snap!("providers_list", contract(&db, &["providers", "list", "--org", "Legacy"], &[]));
    snap!("models_list", contract(&db, &["models", "list", "--org", "Legacy"], &[]));
    snap!("catalog_list", contract(&db, &["catalog", "list"], &[]));
    snap!("catalog_show", contract(&db, &["catalog", "show"], &[]));
    snap!("db_status", contract(&db, &["db", "status"], &[]));
    snap!("members_list", contract(&db, &["members", "list", "--org", "Legacy"], &[]));
}

#[test]
fn decisions_and_ci() {
    let db = world();
    snap!("check", contract(&db, &["check", "--org", "Legacy", "--model", "openai/gpt-4o", "--explain"], &[]));
    snap!("check_refused", contract(&db, &["check", "--org", "Legacy", "--model", "x/y"], &[]));
    snap!(
        "check_current_refused",
        contract(&db, &["check", "--org", "Allowing", "--model", "x/y", "--rules", "current"], &[])
    );
    let chain = ["check", "--org", "Allowing", "--model", "x/y", "--fallback", "openai/gpt-4o", "--user", "u1"];
    snap!("check_chain", contract(&db, &chain, &["--no-abuse"]));
    snap!("audit", contract(&db, &["audit"], &[]));
    let proposed = db.file("proposed.json", r#"{"provider_policy_mode": "allow", "provider_allow_list": ["azure"]}"#);
    snap!("diff_settings", contract(&db, &["diff", "--org", "Legacy", "--settings", proposed.to_str().unwrap()], &[]));
    snap!("diff_migration", contract(&db, &["diff", "--org", "Legacy", "--migration"], &[]));
    let cases = db.file(
        "cases.toml",
        "[[case]]\norg = \"Legacy\"\nmodel = \"openai/gpt-4o\"\nexpect = \"allow\"\n\n[[case]]\norg = \"Legacy\"\nmodel = \"x/y\"\nexpect = \"allow\"\n",
    );
    snap!("test", contract(&db, &["test", cases.to_str().unwrap()], &[]));
}

#[test]
fn edits_backfill_and_log() {
    let db = world();
    snap!(
        "providers_deny_dry_run",
        contract(&db, &["providers", "deny", "--org", "Legacy", "openai", "--dry-run"], &[])
    );
    snap!("models_deny", contract(&db, &["models", "deny", "--org", "Allowing", "openai/gpt-4o", "--yes"], &[]));
    snap!("backfill_plan", contract(&db, &["backfill", "plan", "--out", "plan.jsonl"], &[]));
    snap!("backfill_apply", contract(&db, &["backfill", "apply", "plan.jsonl", "--yes", "--accept-changes"], &[]));
    snap!("backfill_rollback", contract(&db, &["backfill", "rollback", "plan.jsonl", "--yes"], &[]));
    snap!("log", contract(&db, &["log", "--org", "Legacy"], &[]));
}

#[test]
fn members_and_group_policies() {
    let db = world();
    let rt = common::runtime();
    let store = db.store(&rt);
    let org = rt.block_on(store.resolve_org("Allowing")).unwrap().id;
    let members = common::research_members();
    rt.block_on(store.insert_members(&org, &members)).unwrap();
    snap!("members_list_groups", contract(&db, &["members", "list", "--org", "Allowing"], &[]));
    snap!(
        "check_member",
        contract(
            &db,
            &["check", "--org", "Allowing", "--model", "openai/gpt-4o", "--member", "a@allowing.test", "--explain"],
            &[]
        )
    );
    snap!("access_members", contract(&db, &["access", "--provider", "azure", "--members"], &[]));
    snap!("access_orgs", contract(&db, &["access", "--model", "openai/gpt-4o"], &[]));
    snap!("diff_all_rules", contract(&db, &["diff", "--all", "--rules", "marker..current"], &[]));
    snap!("diff_org_rules", contract(&db, &["diff", "--org", "Legacy", "--rules", "marker..current"], &[]));
    let set = ["groups", "policy", "set", "--org", "Allowing", "--group", "research", "--mode", "none", "--dry-run"];
    snap!("groups_policy_set_dry_run", contract(&db, &set, &[]));
    snap!(
        "groups_default_policy_remove",
        contract(&db, &["groups", "default-policy", "remove", "--org", "Allowing", "--yes"], &[])
    );
    snap!(
        "change_plan",
        contract(&db, &["change", "plan", "--remove-provider", "openai", "--out", "change.jsonl"], &[])
    );
    snap!("change_apply", contract(&db, &["change", "apply", "change.jsonl", "--yes"], &[]));
}

#[test]
fn abuse() {
    let db = world();
    let redis = TestRedis::new();
    let args: Vec<String> = redis.args().to_vec();
    let flags: Vec<&str> = args.iter().map(String::as_str).collect();
    let identity = contract(&db, &["abuse", "identity", "--user", "user-1"], &flags);
    snap!("abuse_identity", &identity);
    let id = identity["identity"].as_str().unwrap().to_string();
    snap!("abuse_set", contract(&db, &["abuse", "set", &id, "block", "--yes"], &flags));
    snap!("abuse_get", contract(&db, &["abuse", "get", &id], &flags));
    snap!("abuse_list", contract(&db, &["abuse", "list"], &flags));
    snap!("abuse_clear", contract(&db, &["abuse", "clear", &id, "--yes"], &flags));
}

//! End-to-end, the whole fleet at once: `access` over every org and member, checked against
//! what `check` decides for each request it stands for.

mod common;

use std::collections::{BTreeMap, BTreeSet};

use common::{Backend, TestDb};
use predicates::prelude::*;
use serde_json::{json, Value};

/// Every (request id, provider) pair worth asking about in the latest catalog, as exported:
/// each id with every provider listing an id of its family (`x`, `x:free`, `x:batch`), which
/// the gateway's lookup may route it to.
fn served_pairs(db: &TestDb) -> Vec<(String, String)> {
    let out = db.cmd().args(["catalog", "export"]).output().unwrap();
    let exported: Value = serde_json::from_slice(&out.stdout).unwrap();
    let mut families: BTreeMap<String, (BTreeSet<String>, BTreeSet<String>)> = BTreeMap::new();
    for p in exported["providers"].as_array().unwrap() {
        for m in p["models"].as_array().unwrap() {
            let id = m["slug"].as_str().unwrap();
            let family = families.entry(id.split(':').next().unwrap().to_string()).or_default();
            family.0.insert(id.to_string());
            family.1.insert(p["slug"].as_str().unwrap().to_string());
        }
    }
    families
        .into_values()
        .flat_map(|(ids, providers)| {
            ids.into_iter().flat_map(move |id| providers.clone().into_iter().map(move |p| (id.clone(), p)))
        })
        .collect()
}

/// `(org id, member id or "")` → models `check` admits through `provider`: allowed, and
/// `provider` among those the request may go to.
type Admitted = BTreeMap<(String, String), BTreeSet<String>>;

fn admitted_by_check(
    db: &TestDb,
    who: &[(String, Option<String>)],
    pairs: &[(String, String)],
) -> BTreeMap<String, Admitted> {
    let mut by_provider: BTreeMap<String, Admitted> = BTreeMap::new();
    for (org, member) in who {
        for (model, provider) in pairs {
            let mut args = vec!["check", "--org", org, "--model", model, "--provider", provider];
            if let Some(member) = member {
                args.extend(["--member", member]);
            }
            let (answer, _) = db.json(&args);
            let through = answer["providers"].as_array().unwrap().iter().any(|p| p == provider.as_str());
            if answer["allowed"] == true && through {
                let key = (org.clone(), member.clone().unwrap_or_default());
                by_provider.entry(provider.clone()).or_default().entry(key).or_default().insert(model.clone());
            }
        }
    }
    by_provider
}

fn admitted_by_access(db: &TestDb, provider: &str, members: bool) -> Admitted {
    let mut args = vec!["access", "--provider", provider];
    if members {
        args.push("--members");
    }
    let (found, code) = db.json(&args);
    assert_eq!(code, 0, "{found}");
    let mut admitted = Admitted::new();
    for row in found["access"].as_array().unwrap() {
        assert_eq!(row["provider"], provider);
        let member = row["member"]["id"].as_str().unwrap_or_default().to_string();
        let models = row["models"].as_array().unwrap().iter().map(|m| m.as_str().unwrap().to_string());
        admitted.entry((row["org"]["id"].as_str().unwrap().into(), member)).or_default().extend(models);
    }
    admitted
}

/// Compares `access` with `check` over every org, member and served pair of `db`: with
/// --members, exactly the members (and request ids) `check --member` admits through each
/// provider; without, exactly the orgs `check` admits for a member on the organization's own
/// rules (orgs without group policies). Returns how many members were compared.
fn access_agrees_with_check(db: &TestDb) -> usize {
    let pairs = served_pairs(db);
    let (orgs, _) = db.json(&["orgs", "list"]);
    let mut members = Vec::new();
    let mut baseline_orgs = Vec::new();
    for org in orgs["orgs"].as_array().unwrap() {
        let id = org["id"].as_str().unwrap().to_string();
        let (listing, code) = db.json(&["members", "list", "--org", &id]);
        assert_eq!(code, 0, "{listing}");
        for m in listing["members"].as_array().unwrap() {
            members.push((id.clone(), Some(m["id"].as_str().unwrap().to_string())));
        }
        if listing["default_policy"].is_null() && listing["groups"].as_array().is_none_or(Vec::is_empty) {
            baseline_orgs.push((id, None));
        }
    }
    let by_members = admitted_by_check(db, &members, &pairs);
    let by_orgs = admitted_by_check(db, &baseline_orgs, &pairs);
    let providers: BTreeSet<&String> = pairs.iter().map(|(_, p)| p).collect();
    for provider in providers {
        let want = by_members.get(provider.as_str()).cloned().unwrap_or_default();
        assert_eq!(admitted_by_access(db, provider, true), want, "members through {provider}");
        let mut got = admitted_by_access(db, provider, false);
        got.retain(|(org, _), _| baseline_orgs.iter().any(|(id, _)| id == org));
        let want = by_orgs.get(provider.as_str()).cloned().unwrap_or_default();
        assert_eq!(got, want, "orgs through {provider}");
    }
    members.len()
}

/// The gateway fixture: every era's leftovers, trials, data collection, groups, invalid
/// policies, a teams plan, a soft-deleted org.
#[test]
fn access_names_exactly_what_check_admits_on_the_gateway() {
    let db = TestDb::gateway();
    assert_eq!(access_agrees_with_check(&db), 6);
    // Someone is admitted through a group grant, someone on the organization's rules.
    let (found, _) = db.json(&["access", "--provider", "openai", "--members"]);
    let rows = found["access"].as_array().unwrap();
    assert!(rows.iter().any(|r| r["through"] == json!(["granted_to_member"])), "{found}");
    assert!(rows.iter().any(|r| r["granted_by"].as_array().unwrap().is_empty()), "{found}");
    assert_eq!(found["summary"]["orgs_read"], 13);
}

/// A few providers of the real catalog, two models each.
fn small_catalog() -> Value {
    let mut catalog = common::real_catalog_value();
    let keep = ["openai", "azure", "deepseek", "anthropic"];
    let providers = catalog["providers"].as_array_mut().unwrap();
    providers.retain(|p| keep.contains(&p["slug"].as_str().unwrap()));
    for p in providers.iter_mut() {
        p["models"].as_array_mut().unwrap().truncate(2);
    }
    catalog
}

/// The tool's own schema on both backends: the same agreement, members and groups included.
fn access_names_exactly_what_check_admits(backend: Backend) {
    let db = TestDb::new(backend);
    let file = db.file("small.json", &small_catalog().to_string());
    db.cmd().args(["catalog", "import"]).arg(&file).assert().success();
    db.add_orgs(&[
        ("Allowing", "enterprise", json!({"provider_policy_mode": "allow", "provider_allow_list": ["openai"]}), &[]),
        ("Legacy", "enterprise", json!({"provider_deny_list": ["azure"]}), &[]),
        ("Open", "enterprise", json!({}), &[]),
        ("Teams", "teams", json!({"provider_allow_list": ["azure"]}), &[]),
    ]);
    let rt = common::runtime();
    let store = db.store(&rt);
    let org = rt.block_on(store.resolve_org("Allowing")).unwrap().id;
    let members = common::research_members();
    rt.block_on(store.insert_members(&org, &members)).unwrap();
    assert_eq!(access_agrees_with_check(&db), 2);
    let (found, _) = db.json(&["access", "--provider", "azure", "--members"]);
    let who: Vec<&str> =
        found["access"].as_array().unwrap().iter().map(|r| r["member"]["id"].as_str().unwrap()).collect();
    assert_eq!(who, ["user-a"], "granted azure by Research; user-b is granted nothing: {found}");
}

mod access {
    use super::*;
    on_both!(access_names_exactly_what_check_admits);
}

/// CSV and Markdown carry every row in full; other commands refuse them; a name the catalog
/// does not know is refused with the closest one, exit 2.
#[test]
fn access_as_csv_and_markdown_and_its_refusals() {
    let db = TestDb::gateway();
    let csv = db.cmd().args(["access", "--provider", "openai", "--members", "--format", "csv"]).output().unwrap();
    let text = String::from_utf8(csv.stdout).unwrap();
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines[0], "org,name,member,provider,models,through", "{text}");
    assert_eq!(lines.len(), 4, "a header and three members: {text}");
    assert!(
        text.contains("Groupco,ada@groupco.test,openai,openai/o3,granted by group 'Research'"),
        "the full list, quoted where CSV needs it: {text}"
    );
    let md = db.cmd().args(["access", "--model", "openai/o3", "--format", "markdown"]).output().unwrap();
    let text = String::from_utf8(md.stdout).unwrap();
    assert!(
        text.starts_with("### Who can use openai/o3\n\n| org | name | provider | models | through |\n|---|"),
        "{text}"
    );
    assert!(text.contains("| Globex | openai | openai/o3 |") && text.contains("organizations can use it"), "{text}");

    for (args, message) in [
        (&["access", "--provider", "opnai"][..], "did you mean 'openai'?"),
        (&["access", "--model", "openai/o4"][..], "is not a model of the latest catalog snapshot"),
        (&["access", "--provider", "deepseek", "--model", "openai/o3"][..], "does not serve 'openai/o3'"),
        (
            &["access", "--provider", "openai", "--members", "--rules", "marker"][..],
            "--members decides with group policies",
        ),
        (&["orgs", "list", "--format", "csv"][..], "only `access` and `diff --all` write it"),
        (&["access"][..], "--provider <SLUG>"),
    ] {
        db.cmd().args(args).assert().code(2).stdout("").stderr(predicates::str::contains(message));
    }
}

type Pairs = BTreeSet<(String, String)>;

/// The (model, provider) pairs a `models list` allows.
fn allowed_pairs(db: &TestDb, args: &[&str]) -> Pairs {
    let (listing, code) = db.json(&[&["models", "list"], args].concat());
    assert_eq!(code, 0, "{args:?}: {listing}");
    let mut pairs = Pairs::new();
    for m in listing["models"].as_array().unwrap() {
        for p in m["providers"].as_array().unwrap().iter().filter(|p| p["allowed"] == true) {
            pairs.insert((m["model"].as_str().unwrap().into(), p["slug"].as_str().unwrap().into()));
        }
    }
    pairs
}

fn moved(entry: &Value) -> (Pairs, Pairs) {
    let pairs = |key: &str| -> Pairs {
        entry[key]
            .as_array()
            .unwrap()
            .iter()
            .map(|p| (p["model"].as_str().unwrap().into(), p["provider"].as_str().unwrap().into()))
            .collect()
    };
    (pairs("gained"), pairs("lost"))
}

fn difference(before: &Pairs, after: &Pairs) -> (Pairs, Pairs) {
    (after.difference(before).cloned().collect(), before.difference(after).cloned().collect())
}

/// `diff --all --rules A..current` names exactly the orgs and members whose access moved, as the
/// listings of each era say it (the org's under A, the member's under today's groups), with
/// the pairs each gained and lost; without --members, only the members whose groups move them
/// differently from their org.
#[test]
fn diff_all_names_every_org_and_member_an_era_moved() {
    let db = TestDb::gateway();
    // Fay is in Research (openai/o3, which Groupco denies) and Ops (`all`): the baseline plus a
    // named model, which a fleet diff decides only for the model named.
    db.raw_sql(
        "INSERT INTO organization_memberships (organization_id, kilo_user_id)
           VALUES ('a0000000-0000-4000-8000-00000000000c', 'user-fay');
         INSERT INTO organization_group_memberships (organization_id, group_id, kilo_user_id) VALUES
           ('a0000000-0000-4000-8000-00000000000c', 'b0000000-0000-4000-8000-000000000001', 'user-fay'),
           ('a0000000-0000-4000-8000-00000000000c', 'b0000000-0000-4000-8000-000000000002', 'user-fay');",
    );
    let (orgs, _) = db.json(&["orgs", "list"]);
    let orgs: Vec<String> = orgs["orgs"].as_array().unwrap().iter().map(|o| o["id"].as_str().unwrap().into()).collect();
    for older in ["marker", "allow-list"] {
        let range = format!("{older}..current");
        let (every, code) = db.json(&["diff", "--all", "--rules", &range, "--members"]);
        assert_eq!(code, 0, "{every}");
        let (some, _) = db.json(&["diff", "--all", "--rules", &range]);
        let listed = |doc: &Value| -> BTreeMap<String, Value> {
            doc["orgs"]
                .as_array()
                .unwrap()
                .iter()
                .map(|o| (o["org"]["id"].as_str().unwrap().to_string(), o.clone()))
                .collect()
        };
        let (every, some) = (listed(&every), listed(&some));
        let mut named_members = 0;
        for org in &orgs {
            let before = allowed_pairs(&db, &["--org", org, "--rules", older]);
            let want = difference(&before, &allowed_pairs(&db, &["--org", org]));
            let (members, _) = db.json(&["members", "list", "--org", org]);
            let mut want_members = BTreeMap::new();
            for m in members["members"].as_array().unwrap() {
                let id = m["id"].as_str().unwrap();
                let theirs = difference(&before, &allowed_pairs(&db, &["--org", org, "--member", id]));
                if !theirs.0.is_empty() || !theirs.1.is_empty() {
                    want_members.insert(id.to_string(), theirs);
                }
            }
            let org_moved = !want.0.is_empty() || !want.1.is_empty();
            assert_eq!(every.contains_key(org), org_moved || !want_members.is_empty(), "{range}: {org}");
            let Some(entry) = every.get(org) else { continue };
            assert_eq!(moved(entry), want, "{range}: {org}");
            let got: BTreeMap<String, (Pairs, Pairs)> = entry["members"]
                .as_array()
                .unwrap()
                .iter()
                .map(|m| (m["id"].as_str().unwrap().to_string(), moved(m)))
                .collect();
            assert_eq!(got, want_members, "{range}: members of {org}");
            // Without --members: those who move unlike their org.
            let unlike: BTreeSet<&String> =
                want_members.iter().filter(|(_, m)| **m != want).map(|(id, _)| id).collect();
            let shown: BTreeSet<&str> = some
                .get(org)
                .map(|e| e["members"].as_array().unwrap().iter().map(|m| m["id"].as_str().unwrap()).collect())
                .unwrap_or_default();
            assert_eq!(shown, unlike.iter().map(|s| s.as_str()).collect(), "{range}: {org}");
            named_members += got.len();
        }
        assert!(named_members >= 4, "{range}: Groupco's members move with their groups");
    }
    // May moved the deny-only orgs (Globex: deepseek back), August the trial's Claude route;
    // allow-list..current names only what August moved.
    let (may_and_august, _) = db.json(&["diff", "--all", "--rules", "marker..current"]);
    let (august, _) = db.json(&["diff", "--all", "--rules", "allow-list..current"]);
    let names = |doc: &Value| -> BTreeSet<String> {
        doc["orgs"].as_array().unwrap().iter().map(|o| o["org"]["name"].as_str().unwrap().to_string()).collect()
    };
    assert!(names(&may_and_august).contains("Lockedco") && !names(&august).contains("Lockedco"));
    assert!(names(&august).is_subset(&names(&may_and_august)), "{august}");
}

/// The gateway's catalog sync as it runs (`sync-providers`): it stores snapshot 42 in one
/// transaction, deleting 41, then writes its `auto_change` rows (null actor), here for some
/// enterprise orgs, as the sync words them. The newer catalog adds `openai/gpt-5` and drops
/// DeepSeek and its only model.
fn run_a_sync(db: &TestDb, rows: &[(&str, &str)]) -> std::path::PathBuf {
    let before = db.dir.path().join("snapshot-41.json");
    db.cmd().args(["catalog", "export", "--out"]).arg(&before).assert().success();
    let mut data: Value = serde_json::from_slice(&std::fs::read(&before).unwrap()).unwrap();
    data.as_object_mut().unwrap().remove("gateway_columns");
    data["generated_at"] = json!("2026-12-01T12:00:00.000Z");
    let providers = data["providers"].as_array_mut().unwrap();
    providers.retain(|p| p["slug"] != "deepseek");
    let openai = providers.iter_mut().find(|p| p["slug"] == "openai").unwrap();
    openai["models"].as_array_mut().unwrap().push(json!({"slug": "openai/gpt-5", "name": "GPT-5", "author": "openai",
        "endpoint": {"provider_display_name": "OpenAI", "is_free": false, "pricing": {"prompt": "0.00001", "completion": "0.00004"}}}));
    let mut sql = format!(
        "BEGIN;
         INSERT INTO models_by_provider (id, data, openrouter, vercel)
         SELECT 42, '{data}'::jsonb,
                (openrouter - 'deepseek/deepseek-chat')
                  || '{{\"openai/gpt-5\": {{\"id\": \"openai/gpt-5\", \"name\": \"GPT-5\", \"endpoints\": [{{\"tag\": \"openai\"}}]}}}}'::jsonb,
                vercel - 'deepseek/deepseek-chat'
         FROM models_by_provider WHERE id = 41;
         DELETE FROM models_by_provider WHERE id < 42;
         COMMIT;"
    );
    for (org, message) in rows {
        sql.push_str(&format!(
            "INSERT INTO organization_audit_logs (action, organization_id, message, created_at)
             VALUES ('organization.settings.auto_change', '{org}', '{message}', '2026-12-01T12:00:07Z');"
        ));
    }
    db.raw_sql(&sql);
    before
}

const ACME: &str = "a0000000-0000-4000-8000-000000000001";
const GLOBEX: &str = "a0000000-0000-4000-8000-000000000002";
const INITECH: &str = "a0000000-0000-4000-8000-000000000003";
const DELETEDCO: &str = "a0000000-0000-4000-8000-000000000008";
const PRIVATECO: &str = "a0000000-0000-4000-8000-00000000000e";

/// `diff --all --catalog` on the gateway compares each enterprise org's move with the rows the
/// sync wrote for it since the latest snapshot was taken: rows that say what moved agree, a row
/// that leaves a loss out differs, an org that moved without a row is missing one, and a row
/// written by the sync's own reading of the lists (a model the org never had, withheld for
/// data collection) is named as the one thing that did not happen.
#[test]
fn diff_all_catalog_compares_with_the_syncs_audit_rows() {
    let db = TestDb::gateway();
    let gpt5 = "Added models from provider openai: openai/gpt-5";
    let before = run_a_sync(
        &db,
        &[
            (ACME, gpt5),
            // The loss of DeepSeek's chat model left out.
            (GLOBEX, gpt5),
            // What the sync computes for Privateco: no lists, so DeepSeek's model counts as theirs.
            (PRIVATECO, &format!("{gpt5}; Removed models (no longer available): deepseek/deepseek-chat")),
            (DELETEDCO, gpt5),
        ],
    );
    let range = format!("{}..", before.display());
    let (all, code) = db.json(&["diff", "--all", "--catalog", &range]);
    assert_eq!(code, 0, "{all}");
    assert_eq!(all["sync_log"], json!({"since": "2026-12-01T12:00:00Z"}), "{all}");
    let by_id: BTreeMap<&str, &Value> =
        all["orgs"].as_array().unwrap().iter().map(|o| (o["org"]["id"].as_str().unwrap(), o)).collect();
    let check = |id: &str| &by_id.get(id).unwrap_or_else(|| panic!("{id} not listed: {all}"))["sync_log"];
    // Acme: its row of November (an older sync) is not read.
    assert_eq!(
        check(ACME),
        &json!({"status": "agrees", "rows": 1, "logged": {"gained": ["openai/gpt-5"], "lost": []},
                "only_logged": {"gained": [], "lost": []}, "only_moved": {"gained": [], "lost": []}})
    );
    assert_eq!(check(GLOBEX)["status"], "differs");
    assert_eq!(check(GLOBEX)["only_moved"], json!({"gained": [], "lost": ["deepseek/deepseek-chat"]}));
    assert_eq!(check(INITECH)["status"], "missing");
    assert_eq!(check(INITECH)["only_moved"], json!({"gained": ["openai/gpt-5"], "lost": []}));
    assert_eq!(check(PRIVATECO)["status"], "differs");
    assert_eq!(check(PRIVATECO)["only_logged"], json!({"gained": [], "lost": ["deepseek/deepseek-chat"]}));
    assert_eq!(check(PRIVATECO)["only_moved"], json!({"gained": [], "lost": []}));
    // The sync writes for enterprise orgs only; a soft-deleted org is not read.
    assert!(by_id.values().all(|o| o["org"]["name"] != "Teamsy" || o.get("sync_log").is_none()), "{all}");
    assert!(!by_id.contains_key(DELETEDCO));
    let totals = &all["summary"]["sync_log"];
    assert_eq!(totals["agrees"], 1, "{totals}");
    assert_eq!(totals["differs"], 2, "{totals}");
    assert_eq!(
        totals["missing"].as_u64().unwrap() as usize,
        by_id.values().filter(|o| o["sync_log"]["status"] == "missing").count()
    );
    // One org's diff says the same of it.
    let (globex, _) = db.json(&["diff", "--org", "Globex", "--catalog", &range]);
    assert_eq!(globex["sync_log"], *check(GLOBEX), "{globex}");
    db.cmd()
        .args(["diff", "--org", "Privateco", "--catalog", &range])
        .assert()
        .success()
        .stdout(predicate::str::contains("the sync's audit rows: differs (they name -deepseek/deepseek-chat)"));
    let (teamsy, _) = db.json(&["diff", "--org", "Teamsy", "--catalog", &range]);
    assert!(teamsy.get("sync_log").is_none(), "the sync writes for Enterprise orgs only: {teamsy}");
    // The table names each org's comparison, and the summary counts them.
    db.cmd()
        .args(["diff", "--all", "--catalog", &range])
        .assert()
        .success()
        .stdout(predicate::str::contains("SYNC LOG").and(predicate::str::contains("differs")))
        .stderr(predicate::str::contains("the sync's audit rows: 1 agree, 2 differ"));
    // A file as the newer side: the sync's rows are for the latest snapshot, so none are compared.
    let after = db.dir.path().join("snapshot-42.json");
    db.cmd().args(["catalog", "export", "--out"]).arg(&after).assert().success();
    let files = format!("{}..{}", before.display(), after.display());
    let out = db.cmd().args(["diff", "--all", "--catalog", &files, "--format", "json"]).output().unwrap();
    let doc: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert!(doc["sync_log"].is_null() && doc["summary"].get("sync_log").is_none(), "{doc}");
    assert!(doc["orgs"].as_array().unwrap().iter().all(|o| o.get("sync_log").is_none()), "{doc}");
    assert!(String::from_utf8_lossy(&out.stderr).contains("not compared"), "{out:?}");
}

/// `diff --all --catalog` and `--migration` say of each org what `diff --org` says, on both
/// backends of the tool's own schema; orgs nothing moves are left out.
fn diff_all_agrees_with_each_orgs_diff(backend: Backend) {
    let db = TestDb::new(backend);
    let first = small_catalog();
    let mut second = first.clone();
    // A sync: a newcomer serving one of the models, and a model gone from azure.
    let mut newcomer = second["providers"][0].clone();
    newcomer["slug"] = json!("newcomer");
    newcomer["name"] = json!("Newcomer");
    let azure = second["providers"].as_array_mut().unwrap().iter_mut().find(|p| p["slug"] == "azure").unwrap();
    azure["models"].as_array_mut().unwrap().truncate(1);
    second["providers"].as_array_mut().unwrap().push(newcomer);
    for (name, catalog) in [("first.json", &first), ("second.json", &second)] {
        let file = db.file(name, &catalog.to_string());
        db.cmd().args(["catalog", "import"]).arg(&file).assert().success();
    }
    db.add_orgs(&[
        (
            "Allowing",
            "enterprise",
            json!({"provider_policy_mode": "allow", "provider_allow_list": ["openai", "azure"]}),
            &[],
        ),
        ("Legacy", "enterprise", json!({"provider_deny_list": ["deepseek"]}), &[]),
        ("Open", "enterprise", json!({"model_deny_list": ["openai/gpt-4o"]}), &[]),
        ("Teams", "teams", json!({}), &[]),
    ]);
    for change in [&["--catalog", "1..2"][..], &["--migration"][..], &["--rules", "marker..current"][..]] {
        let (all, code) = db.json(&[&["diff", "--all"][..], change].concat());
        assert_eq!(code, 0, "{all}");
        assert_eq!(all["summary"]["orgs_read"], 4, "{all}");
        // The tool's imports write no sync rows: nothing to compare on its schema.
        assert!(all["sync_log"].is_null(), "{all}");
        let listed: BTreeMap<String, Value> = all["orgs"]
            .as_array()
            .unwrap()
            .iter()
            .map(|o| (o["org"]["name"].as_str().unwrap().to_string(), o.clone()))
            .collect();
        for org in ["Allowing", "Legacy", "Open", "Teams"] {
            let (one, code) = db.json(&[&["diff", "--org", org][..], change].concat());
            assert_eq!(code, 0, "{one}");
            let want = moved(&one);
            match listed.get(org) {
                Some(entry) => assert_eq!(moved(entry), want, "{change:?}: {org}"),
                None => assert!(want.0.is_empty() && want.1.is_empty(), "{change:?}: {org} moved but is not listed"),
            }
        }
        assert!(!listed.is_empty(), "{change:?} moves someone: {all}");
    }
}

mod diff_all {
    use super::*;
    on_both!(diff_all_agrees_with_each_orgs_diff);
}

/// Every org's stored settings, as the database returns them.
fn stored_settings(db: &TestDb) -> BTreeMap<String, String> {
    let rt = common::runtime();
    rt.block_on(async {
        let pool = sqlx::PgPool::connect(&db.url).await.unwrap();
        let rows: Vec<(String, String)> =
            sqlx::query_as("SELECT id::text, settings::text FROM organizations").fetch_all(&pool).await.unwrap();
        pool.close().await;
        rows.into_iter().collect()
    })
}

fn change_rows(db: &TestDb) -> Vec<(String, String)> {
    let rt = common::runtime();
    rt.block_on(async {
        let pool = sqlx::PgPool::connect(&db.url).await.unwrap();
        let rows: Vec<(String, String)> = sqlx::query_as(
            "SELECT organization_id::text, message FROM organization_audit_logs
             WHERE message LIKE '%[orgpolicy change %' ORDER BY created_at, organization_id",
        )
        .fetch_all(&pool)
        .await
        .unwrap();
        pool.close().await;
        rows
    })
}

/// The incident drill on the gateway's database: who reaches the provider, the plan that takes
/// it out of every allow list (and what each org loses), apply, then rollback leaving every org
/// byte for byte as before, with two audit rows each in the gateway's format.
#[test]
fn remove_provider_applies_and_rolls_back_byte_for_byte() {
    let db = TestDb::gateway();
    let before = stored_settings(&db);
    let plan = db.dir.path().join("remove-openai.jsonl");
    let (planned, code) = db.json(&["change", "plan", "--remove-provider", "openai", "--out", plan.to_str().unwrap()]);
    assert_eq!(code, 0, "{planned}");
    let changed: BTreeSet<String> =
        planned["orgs"].as_array().unwrap().iter().map(|o| o["id"].as_str().unwrap().to_string()).collect();
    assert_eq!(changed.len(), 4, "every allow list holding openai: {planned}");
    assert_eq!(planned["summary"]["untouched"]["no_such_allow_list"], 7, "{planned}");
    // Autoco's enabled Organization Auto routes "ask" to a model its lists refuse: the gateway
    // refuses any change of its lists, and so does a one-org edit; the plan leaves it alone.
    assert_eq!(planned["summary"]["untouched"]["breaks_org_auto"], 1, "{planned}");
    db.cmd()
        .args(["change", "plan", "--remove-provider", "openai"])
        .assert()
        .success()
        .stderr(predicates::str::contains(
        "'Autoco' is left alone: Cannot update model policy because active Organization Auto route \"ask\" is invalid",
    ));
    db.cmd().args(["providers", "deny", "openai", "--org", "Autoco", "--yes"]).assert().code(2).stderr(
        predicates::str::contains(
            "Cannot update model policy because active Organization Auto route \"ask\" is invalid",
        ),
    );
    let groupco = planned["orgs"].as_array().unwrap().iter().find(|o| o["name"] == "Groupco").unwrap();
    assert_eq!(groupco["group_policies"], true, "its members' grants follow group policies: {groupco}");
    assert!(planned["orgs"].as_array().unwrap().iter().all(|o| o["lost"].as_u64().unwrap() > 0));

    let (applied, code) = db.json(&["change", "apply", plan.to_str().unwrap(), "--yes", "--actor", "ops"]);
    assert_eq!((code, applied["changed"].as_u64()), (0, Some(4)), "{applied}");
    let (reach, _) = db.json(&["access", "--provider", "openai"]);
    let still: BTreeSet<String> =
        reach["access"].as_array().unwrap().iter().map(|r| r["org"]["id"].as_str().unwrap().to_string()).collect();
    assert!(still.is_disjoint(&changed), "no changed org reaches openai any more: {reach}");
    // Applied twice: nothing more is written.
    let (again, _) = db.json(&["change", "apply", plan.to_str().unwrap(), "--yes", "--actor", "ops"]);
    assert_eq!((again["changed"].as_u64(), again["already_done"].as_u64()), (Some(0), Some(4)), "{again}");

    let (restored, code) = db.json(&["change", "rollback", plan.to_str().unwrap(), "--yes", "--actor", "ops"]);
    assert_eq!((code, restored["changed"].as_u64()), (0, Some(4)), "{restored}");
    assert_eq!(stored_settings(&db), before, "every org byte for byte as before");
    let rows = change_rows(&db);
    assert_eq!(rows.len(), 8, "{rows:?}");
    for id in &changed {
        let mine: Vec<&String> = rows.iter().filter(|(org, _)| org == id).map(|(_, m)| m).collect();
        assert_eq!(mine.len(), 2, "{id}: {mine:?}");
        assert!(mine[0].starts_with("Disallowed providers: openai [orgpolicy change apply, plan "), "{mine:?}");
        assert!(mine[1].starts_with("Allowed providers: openai [orgpolicy change rollback, plan "), "{mine:?}");
    }
    // A backfill command does not run a fleet change's plan.
    db.cmd().args(["backfill", "rollback", plan.to_str().unwrap(), "--yes"]).assert().code(2).stderr(
        predicates::str::contains("is a fleet change")
            .and(predicates::str::contains("orgpolicy change apply|rollback")),
    );
}

fn settings_by_name(db: &TestDb) -> BTreeMap<String, String> {
    let rt = common::runtime();
    let store = db.store(&rt);
    ["Allowing", "Another", "Legacy", "Teams"]
        .iter()
        .map(|name| (name.to_string(), rt.block_on(store.resolve_org(name)).unwrap().settings))
        .collect()
}

/// On the tool's own schema: selectors (`--where`, `--has-provider`, `--orgs FILE`) pick the
/// orgs, apply writes the tool's audit rows (`details.change` naming the plan and the key) and
/// rollback restores each document as it was; refusals name the input and write nothing.
fn fleet_changes_select_apply_and_roll_back(backend: Backend) {
    let db = TestDb::new(backend);
    let file = db.file("small.json", &small_catalog().to_string());
    db.cmd().args(["catalog", "import"]).arg(&file).assert().success();
    db.add_orgs(&[
        ("Allowing", "enterprise", json!({"provider_allow_list": ["openai", "azure"]}), &[]),
        ("Another", "enterprise", json!({"provider_allow_list": ["openai"], "model_deny_list": ["x/y"]}), &[]),
        ("Legacy", "enterprise", json!({"provider_deny_list": ["azure"]}), &[]),
        ("Teams", "teams", json!({"provider_allow_list": ["openai"]}), &[]),
    ]);
    let before = settings_by_name(&db);
    let orgs = db.file("orgs.txt", "Allowing\n# the others\n\nAnother  # trailing comment\nLegacy\n");
    let plan = db.dir.path().join("deny.jsonl");
    let (planned, code) = db.json(&[
        "change",
        "plan",
        "--deny-model",
        "openai/gpt-3.5-turbo",
        "--has-provider",
        "openai",
        "--where",
        "plan = enterprise",
        "--orgs",
        orgs.to_str().unwrap(),
        "--out",
        plan.to_str().unwrap(),
    ]);
    assert_eq!(code, 0, "{planned}");
    let names: Vec<&str> = planned["orgs"].as_array().unwrap().iter().map(|o| o["name"].as_str().unwrap()).collect();
    assert_eq!(names.len(), 2, "Legacy holds no openai in an allow list, Teams is not in the file: {planned}");
    assert!(names.contains(&"Allowing") && names.contains(&"Another"), "{names:?}");
    assert_eq!(planned["operation"], json!({"op": "deny_model", "model": "openai/gpt-3.5-turbo"}));
    assert_eq!(planned["summary"]["scanned"], 4);

    let (applied, code) = db.json(&["change", "apply", plan.to_str().unwrap(), "--yes", "--actor", "ops"]);
    assert_eq!((code, applied["changed"].as_u64()), (0, Some(2)), "{applied}");
    let after = settings_by_name(&db);
    assert!(after["Another"].contains("openai/gpt-3.5-turbo") && after["Legacy"] == before["Legacy"], "{after:?}");
    let (log, _) = db.json(&["log", "--org", "Another"]);
    let row = &log["rows"][0];
    assert!(row["message"].as_str().unwrap().starts_with("change (plan "), "{row}");
    assert_eq!(row["details"]["change"]["plan_sha256"], applied["plan_sha256"], "{row}");
    assert_eq!(row["details"]["key"], "model_deny_list", "{row}");

    let (restored, code) = db.json(&["change", "rollback", plan.to_str().unwrap(), "--yes", "--actor", "ops"]);
    assert_eq!((code, restored["changed"].as_u64()), (0, Some(2)), "{restored}");
    assert_eq!(settings_by_name(&db), before);

    let bad_orgs = db.file("bad.txt", "Allowing\nNobody Inc\n");
    for (args, message) in [
        (vec!["--deny-model", "openai/gpt-3.5-turbo", "--where", "size = 1"], "unknown field 'size'"),
        (vec!["--add-provider", "azur"], "did you mean 'azure'?"),
        (vec!["--deny-model", "openai/gpt-4"], "is not in the latest catalog snapshot"),
        (vec!["--remove-provider", "azure", "--orgs", bad_orgs.to_str().unwrap()], "line 2"),
        (vec!["--remove-provider", "azure", "--with", "openai"], "--add-provider"),
        (vec!["--where", "plan = enterprise"], "required"),
    ] {
        let out = db.dir.path().join("refused.jsonl");
        db.cmd()
            .args(["change", "plan"])
            .args(&args)
            .args(["--out", out.to_str().unwrap()])
            .assert()
            .code(2)
            .stderr(predicate::str::contains(message));
        assert!(!out.exists(), "{args:?}: no plan written");
    }
    assert_eq!(settings_by_name(&db), before);
}

/// A backfill plan of an earlier release (version 1: every byte hashed, no operation) still
/// applies and rolls back, with `backfill` and with `change`.
fn version_one_backfill_plans_still_apply(backend: Backend) {
    let db = TestDb::new(backend).in_era("marker");
    let file = db.file("small.json", &small_catalog().to_string());
    db.cmd().args(["catalog", "import"]).arg(&file).assert().success();
    db.add_orgs(&[("Legacy", "enterprise", json!({"provider_deny_list": ["azure"]}), &[])]);
    let before = settings_by_name_of(&db, "Legacy");
    let plan = db.dir.path().join("v2.jsonl");
    db.cmd().args(["backfill", "plan", "--out", plan.to_str().unwrap()]).assert().success();
    let text = std::fs::read_to_string(&plan).unwrap();
    let mut lines: Vec<String> = text.lines().map(String::from).collect();
    let mut header: Value = serde_json::from_str(&lines[0]).unwrap();
    header["format"] = json!("orgpolicy-backfill-plan");
    header["version"] = json!(1);
    header.as_object_mut().unwrap().remove("operation");
    header.as_object_mut().unwrap().remove("selector");
    lines[0] = header.to_string();
    let v1 = db.dir.path().join("v1.jsonl");
    std::fs::write(&v1, common::reseal(format!("{}\n", lines.join("\n")).as_bytes())).unwrap();
    for (apply, rollback) in [("backfill", "change"), ("change", "backfill")] {
        let (applied, code) = db.json(&[apply, "apply", v1.to_str().unwrap(), "--yes"]);
        assert_eq!((code, applied["changed"].as_u64()), (0, Some(1)), "{apply}: {applied}");
        assert_ne!(settings_by_name_of(&db, "Legacy"), before);
        let (restored, code) = db.json(&[rollback, "rollback", v1.to_str().unwrap(), "--yes"]);
        assert_eq!((code, restored["changed"].as_u64()), (0, Some(1)), "{rollback}: {restored}");
        assert_eq!(settings_by_name_of(&db, "Legacy"), before);
    }
}

fn settings_by_name_of(db: &TestDb, name: &str) -> String {
    let rt = common::runtime();
    rt.block_on(db.store(&rt).resolve_org(name)).unwrap().settings
}

mod changes {
    use super::*;
    on_both!(fleet_changes_select_apply_and_roll_back, version_one_backfill_plans_still_apply);
}

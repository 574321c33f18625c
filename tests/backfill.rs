//! End-to-end: the deny-to-allow backfill on PostgreSQL and SQLite — access preserved for
//! every org, skipped shapes untouched, one audit row per migrated org, crash safety,
//! concurrent writers, and refusal of plans that do not fit.

mod common;

use std::collections::BTreeMap;
use std::path::Path;

use common::{real_catalog_value, runtime, Backend, TestDb};
use orgpolicy::policy::{Catalog, CompiledPolicy, Org, Settings, SnapshotData};
use orgpolicy::store::{OrgFilter, OrgRow};
use predicates::prelude::*;
use serde_json::{json, Value};

/// Every policy shape, twice over (so batches of 4 span several shapes).
fn population(db: &TestDb) {
    let shapes = [
        ("teams", json!({"provider_deny_list": ["deepseek"]})),
        ("enterprise", json!({})),
        ("enterprise", json!({"provider_deny_list": ["deepseek", "baidu"], "keep": {"x": [1, 2]}})),
        (
            "enterprise",
            json!({"provider_deny_list": ["DeepSeek", " Novita", "evil-corp"], "model_deny_list": ["openai/gpt-4o"]}),
        ),
        (
            "enterprise",
            json!({"provider_deny_list": ["azure"], "provider_allow_list": ["openai"], "model_allow_list": ["x/y"]}),
        ),
        (
            "enterprise",
            json!({"provider_deny_list": ["openai"], "model_provider_deny_list": [{"model": "anthropic/claude-sonnet-4.5", "provider": "azure"}], "default_model": "anthropic/claude-sonnet-4.5"}),
        ),
        ("enterprise", json!({"model_deny_list": ["x-ai/grok-4.5"]})),
        (
            "enterprise",
            json!({"provider_policy_mode": "allow", "provider_allow_list": ["openai"], "provider_deny_list": ["azure"]}),
        ),
        ("enterprise", json!({"provider_deny_list": "deepseek"})),
        ("enterprise", json!({"provider_policy_mode": "allow"})),
    ];
    let orgs: Vec<(String, &str, Value)> = (0..2)
        .flat_map(|copy| {
            shapes.iter().enumerate().map(move |(i, (plan, s))| (format!("org-{copy}-{i:02}"), *plan, s.clone()))
        })
        .collect();
    let orgs: Vec<(&str, &str, Value, &[&str])> =
        orgs.iter().map(|(n, p, s)| (n.as_str(), *p, s.clone(), &[][..])).collect();
    db.add_orgs(&orgs);
}

const MIGRATED_PER_COPY: usize = 4;

fn orgs(db: &TestDb) -> BTreeMap<String, OrgRow> {
    let rt = runtime();
    let store = db.store(&rt);
    let mut out = BTreeMap::new();
    rt.block_on(store.for_each_org(&OrgFilter::default(), &mut |row| {
        out.insert(row.name.clone(), row);
        Ok(())
    }))
    .unwrap();
    out
}

fn audit_count(db: &TestDb, id: &str) -> usize {
    let rt = runtime();
    rt.block_on(db.store(&rt).audit_log(id, 1000)).unwrap().len()
}

fn latest_catalog(db: &TestDb) -> Catalog {
    let rt = runtime();
    let row = rt.block_on(db.store(&rt).latest_snapshot()).unwrap();
    Catalog::new(&serde_json::from_str::<SnapshotData>(&row.data).unwrap())
}

fn access(catalog: &Catalog, row: &OrgRow) -> orgpolicy::policy::EffectiveAccess {
    let settings = Settings::parse(&row.settings);
    CompiledPolicy::new(
        Org {
            plan: &row.plan,
            settings: &settings,
            custom_models: &[],
            rules: orgpolicy::policy::Rules::Marker,
            own_schema: true,
        },
        catalog,
    )
    .effective_access(catalog)
}

fn doc(row: &OrgRow) -> Value {
    serde_json::from_str(&row.settings).unwrap()
}

fn plan_file(db: &TestDb, extra: &[&str]) -> std::path::PathBuf {
    let path = db.dir.path().join("plan.jsonl");
    db.cmd().args(["backfill", "plan", "--out"]).arg(&path).args(extra).assert().success();
    path
}

fn plan_apply_rollback(backend: Backend) {
    let db = TestDb::with_catalog(backend).in_era("marker");
    population(&db);
    let catalog = latest_catalog(&db);
    let before = orgs(&db);

    let (plan, code) = db.json(&["backfill", "plan"]);
    assert_eq!(code, 0);
    assert_eq!(plan["summary"]["to_migrate"], 2 * MIGRATED_PER_COPY);
    assert_eq!(plan["summary"]["access_changes"], 0);
    assert_eq!(plan["summary"]["invalid_settings"], 4);
    db.cmd().args(["backfill", "plan", "--detailed-exitcode"]).assert().code(2);

    let path = plan_file(&db, &[]);
    let (report, code) = db.json(&["backfill", "apply", path.to_str().unwrap(), "--yes", "--batch-size", "3"]);
    assert_eq!(code, 0, "{report}");
    assert_eq!(report["changed"], 2 * MIGRATED_PER_COPY);
    assert_eq!(report["batches"], 3);

    let after = orgs(&db);
    let live: Vec<String> = catalog.slugs(catalog.live());
    for (name, old) in &before {
        let new = &after[name];
        assert_eq!(access(&catalog, old), access(&catalog, new), "{name}: effective access changed");
        let old_doc = doc(old);
        let migrated = doc(new) != old_doc;
        assert_eq!(audit_count(&db, &new.id), usize::from(migrated), "{name}");
        if !migrated {
            assert_eq!(old.settings, new.settings, "{name}: skipped org touched");
            continue;
        }
        let new_doc = doc(new);
        let deny: Vec<String> = old_doc["provider_deny_list"]
            .as_array()
            .unwrap()
            .iter()
            .map(|p| p.as_str().unwrap().trim().to_lowercase())
            .collect();
        let want: Vec<&String> = live.iter().filter(|p| !deny.contains(p)).collect();
        assert_eq!(new_doc["provider_allow_list"], json!(want), "{name}");
        assert_eq!(new_doc["provider_policy_mode"], "allow");
        // Everything else is as it was, the old deny list included.
        let mut rest = new_doc.as_object().unwrap().clone();
        rest.remove("provider_policy_mode");
        rest.remove("provider_allow_list");
        let mut old_rest = old_doc.as_object().unwrap().clone();
        old_rest.remove("provider_allow_list");
        assert_eq!(Value::Object(rest), Value::Object(old_rest), "{name}");
    }
    assert!(doc(&after["org-0-02"])["keep"] == json!({"x": [1, 2]}));
    assert!(audit_count(&db, &after["org-0-03"].id) == 1);

    // The applied plan is what rolls the migration back: re-planning over it takes --force.
    let applied = std::fs::read(&path).unwrap();
    db.cmd().args(["backfill", "plan", "--out"]).arg(&path).assert().code(2).stderr(
        predicate::str::contains("which has been applied to this database").and(predicate::str::contains("--force")),
    );
    assert_eq!(std::fs::read(&path).unwrap(), applied, "the applied plan is kept");
    let forced = db.dir.path().join("forced.jsonl");
    std::fs::write(&forced, &applied).unwrap();
    db.cmd().args(["backfill", "plan", "--force", "--out"]).arg(&forced).assert().success();
    assert_ne!(std::fs::read(&forced).unwrap(), applied);

    // A rerun is a no-op: nothing left to plan, the old plan finds everything done.
    let (replan, _) = db.json(&["backfill", "plan"]);
    assert_eq!(replan["summary"]["to_migrate"], 0);
    db.cmd().args(["backfill", "plan", "--detailed-exitcode"]).assert().code(0);
    let (again, _) = db.json(&["backfill", "apply", path.to_str().unwrap(), "--yes"]);
    assert_eq!((again["changed"].clone(), again["already_done"].clone()), (json!(0), json!(2 * MIGRATED_PER_COPY)));

    // Rollback restores every migrated org, audited.
    let (restored, code) = db.json(&["backfill", "rollback", path.to_str().unwrap(), "--yes"]);
    assert_eq!((code, restored["changed"].clone()), (0, json!(2 * MIGRATED_PER_COPY)));
    let rolled = orgs(&db);
    for (name, old) in &before {
        assert_eq!(doc(old), doc(&rolled[name]), "{name} not restored");
    }
    assert_eq!(audit_count(&db, &rolled["org-0-02"].id), 2);
}

/// Kill the process at a batch boundary and inside a batch: every org is old or new, each new
/// one has exactly one audit row, and a rerun completes.
fn crash_and_resume(backend: Backend) {
    for abort in ["after-batch:2", "in-batch:2"] {
        let db = TestDb::with_catalog(backend).in_era("marker");
        population(&db);
        let before = orgs(&db);
        let path = plan_file(&db, &[]);
        let out = db
            .cmd()
            .args(["backfill", "apply", path.to_str().unwrap(), "--yes", "--batch-size", "3"])
            .env("ORGPOLICY_TEST_ABORT", abort)
            .output()
            .unwrap();
        assert!(!out.status.success(), "{abort}: the process was meant to die");
        let middle = orgs(&db);
        let migrated: Vec<&String> = middle.keys().filter(|n| doc(&middle[*n]) != doc(&before[*n])).collect();
        let expected = if abort.starts_with("after") { 6 } else { 3 };
        assert_eq!(migrated.len(), expected, "{abort}: {migrated:?}");
        for (name, row) in &middle {
            let new = doc(row) != doc(&before[name]);
            assert_eq!(audit_count(&db, &row.id), usize::from(new), "{abort} {name}");
        }
        let (report, code) = db.json(&["backfill", "apply", path.to_str().unwrap(), "--yes", "--batch-size", "3"]);
        assert_eq!(code, 0);
        assert_eq!(report["changed"].as_u64().unwrap() as usize, 2 * MIGRATED_PER_COPY - expected, "{abort}");
        assert_eq!(report["already_done"].as_u64().unwrap() as usize, expected);
        for (name, row) in orgs(&db) {
            let new = doc(&row) != doc(&before[&name]);
            assert_eq!(audit_count(&db, &row.id), usize::from(new), "{abort} {name} after rerun");
        }
    }
}

fn concurrent_change_is_a_conflict(backend: Backend) {
    let db = TestDb::with_catalog(backend).in_era("marker");
    population(&db);
    let path = plan_file(&db, &[]);
    // Another writer changes a planned org between plan and apply.
    db.cmd().args(["providers", "deny", "--org", "org-1-02", "novita", "--yes"]).assert().success();
    let changed = doc(&orgs(&db)["org-1-02"]);
    let out = db.cmd().args(["backfill", "apply", path.to_str().unwrap(), "--yes"]).output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(stdout.contains(&format!("migrated {} organizations", 2 * MIGRATED_PER_COPY - 1)), "{stdout}");
    assert!(String::from_utf8_lossy(&out.stderr).contains("settings changed since the plan was made"));
    let row = &orgs(&db)["org-1-02"];
    assert_eq!(doc(row), changed, "the other writer's change must stand");
    assert_eq!(audit_count(&db, &row.id), 1, "only the other writer's audit row");

    // The plan did not change that org: rolling back leaves it alone even when its settings
    // are now what the plan would have written.
    let text = std::fs::read_to_string(&path).unwrap();
    let planned = text.lines().skip(1).find(|l| l.contains(&row.id)).unwrap();
    let planned: Value = serde_json::from_str(planned).unwrap();
    let cast = if backend == Backend::Postgres { "::jsonb" } else { "" };
    db.execute(
        &format!("UPDATE organizations SET settings = $1{cast} WHERE id = '{}'", row.id),
        &planned["new"].to_string(),
    );
    let (rolled, code) = db.json(&["backfill", "rollback", path.to_str().unwrap(), "--yes"]);
    assert_eq!((code, rolled["refused_total"].as_u64()), (1, Some(1)), "{rolled}");
    assert_eq!(rolled["changed"].as_u64(), Some(2 * MIGRATED_PER_COPY as u64 - 1), "{rolled}");
    assert_eq!(doc(&orgs(&db)["org-1-02"]), planned["new"], "an org the plan did not change was restored");
}

fn plans_that_do_not_fit_are_refused(backend: Backend) {
    let db = TestDb::with_catalog(backend).in_era("marker");
    population(&db);
    let before = orgs(&db);
    let path = plan_file(&db, &[]);
    let refused = |path: &Path, message: &str| {
        db.cmd()
            .args(["backfill", "apply"])
            .arg(path)
            .arg("--yes")
            .assert()
            .code(2)
            .stderr(predicate::str::contains(message).and(predicate::str::contains("help: ")));
    };

    // Edited by hand, truncated, not a plan.
    let text = std::fs::read_to_string(&path).unwrap();
    let edited = db.file("edited.jsonl", &text.replacen("\"openai\"", "\"evil-corp\"", 1));
    refused(&edited, "was modified after it was written");
    let truncated = db.file("truncated.jsonl", &text[..text.len() / 2]);
    refused(&truncated, "is truncated");
    refused(&db.file("junk.jsonl", "hello\n"), "is not an orgpolicy plan");
    refused(Path::new("/nonexistent/plan.jsonl"), "could not read plan file");
    refused(Path::new("/dev/zero"), "is not a regular file");

    // Another database, even with the same catalog and the same orgs: a plan is pinned to the
    // database it was made on (its identity, not its URL), for apply and rollback alike.
    let other = TestDb::with_catalog(backend).in_era("marker");
    population(&other);
    for verb in ["apply", "rollback"] {
        other
            .cmd()
            .args(["backfill", verb])
            .arg(&path)
            .arg("--yes")
            .assert()
            .code(2)
            .stderr(predicate::str::contains("was made on another database").and(predicate::str::contains("help: ")));
    }
    let mut catalog = real_catalog_value();
    catalog["providers"].as_array_mut().unwrap().pop();

    // Under other rules than the plan's.
    db.cmd()
        .args(["backfill", "apply", "--rules", "current"])
        .arg(&path)
        .arg("--yes")
        .assert()
        .code(2)
        .stderr(predicate::str::contains("was made under the marker rules, and the current rules are in force"));

    // A newer snapshot that changes what policy reads makes the plan stale.
    let newer = db.file("newer.json", &catalog.to_string());
    db.cmd().args(["catalog", "import"]).arg(&newer).assert().success();
    refused(
        &path,
        "is stale: the catalog changed in what policy reads since the plan was made (snapshot 1 then, 2 now)",
    );

    // Nothing was written by any of it.
    let after = orgs(&db);
    for (name, row) in &before {
        assert_eq!(row.settings, after[name].settings, "{name}");
        assert_eq!(audit_count(&db, &row.id), 0);
    }

    // No catalog, no orgs.
    let empty = TestDb::new(backend).in_era("marker");
    empty.cmd().args(["backfill", "plan"]).assert().code(2).stderr(predicate::str::contains("no catalog snapshot"));
    empty.cmd().args(["backfill", "plan", "--detailed-exitcode"]).assert().code(1);
    let bare = TestDb::with_catalog(backend).in_era("marker");
    let (plan, code) = bare.json(&["backfill", "plan"]);
    assert_eq!((code, plan["summary"]["scanned"].clone()), (0, json!(0)));
    bare.cmd()
        .args(["backfill", "apply", "--yes"])
        .assert()
        .success()
        .stderr(predicate::str::contains("nothing to migrate"));
}

fn scope_flags(backend: Backend) {
    let db = TestDb::with_catalog(backend).in_era("marker");
    population(&db);
    let (plan, _) = db.json(&["backfill", "plan", "--include-unrestricted"]);
    // The two unrestricted-but-enterprise shapes join: `{}` and the model-deny-only one.
    assert_eq!(plan["summary"]["to_migrate"], 2 * (MIGRATED_PER_COPY + 2));
    let (one, _) = db.json(&["backfill", "plan", "--org", "org-0-02", "--org", "org-0-00"]);
    assert_eq!(one["summary"]["scanned"], 2);
    assert_eq!(one["summary"]["to_migrate"], 1);
    assert_eq!(one["orgs"][0]["name"], "org-0-02");
    // Apply without a file plans and applies the same scope.
    let (dry, code) = db.json(&["backfill", "apply", "--org", "org-0-02", "--dry-run"]);
    assert_eq!(
        (code, dry["changed"].clone(), dry["dry_run"].clone(), dry["plan_file"].clone()),
        (0, json!(1), json!(true), Value::Null)
    );
    let (report, code) = db.json(&["backfill", "apply", "--org", "org-0-02", "--yes"]);
    assert_eq!((code, report["changed"].clone()), (0, json!(1)));
    // The plan made now is kept: the record the run is rolled back from.
    let kept = report["plan_file"].as_str().unwrap().to_string();
    assert!(kept.starts_with("orgpolicy-backfill-") && db.dir.path().join(&kept).is_file(), "{report}");
    db.cmd()
        .args(["backfill", "rollback", &kept, "--org", "org-0-00", "--yes"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("organization 'org-0-00' is not in plan file"));
    let (undone, code) = db.json(&["backfill", "rollback", &kept, "--org", "org-0-02", "--yes"]);
    assert_eq!((code, undone["changed"].clone()), (0, json!(1)), "{undone}");
    let files = || {
        let names = std::fs::read_dir(db.dir.path()).unwrap().map(|e| e.unwrap().file_name());
        names.filter(|n| n.to_string_lossy().starts_with("orgpolicy-backfill-")).count()
    };
    let before = files();
    let out = db.cmd().args(["backfill", "apply"]).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(
        String::from_utf8_lossy(&out.stderr).contains("pass --yes to apply the change, or --dry-run to only check it")
    );
    assert_eq!(files(), before, "a plan that was never applied is not kept");
}

/// An org whose access the migration would change is applied only with --accept-changes.
fn access_changes_need_accepting(backend: Backend) {
    use orgpolicy::planfile::{Header, PlanEntryRef, PlanWriter, FORMAT, VERSION};
    let db = TestDb::with_catalog(backend).in_era("marker");
    population(&db);
    let org = orgs(&db)["org-0-02"].clone();
    let rt = runtime();
    let fingerprint = rt.block_on(db.store(&rt).snapshot_fingerprint(1)).unwrap();
    let path = db.dir.path().join("flagged.jsonl");
    let header = Header {
        format: FORMAT.into(),
        version: VERSION,
        created_at: "2026-11-21T00:00:00Z".into(),
        database: db.url.clone(),
        database_id: rt.block_on(db.store(&rt).identity()).unwrap(),
        snapshot_id: 1,
        snapshot_sha256: fingerprint,
        catalog_fingerprint: latest_catalog(&db).policy_fingerprint(),
        rules: "marker".into(),
        include_unrestricted: false,
        operation: None,
        selector: None,
    };
    let mut writer = PlanWriter::create(&path, &header).unwrap();
    let new = Settings::from_value(json!({"provider_policy_mode": "allow", "provider_allow_list": ["openai"]}));
    let old = Settings::from_value(doc(&org));
    let entry = PlanEntryRef {
        id: &org.id,
        name: &org.name,
        old: &old,
        new: &new,
        allowed: 1,
        denied: &[],
        pairs_changed: 3,
        warnings: &[],
        change: None,
    };
    writer.entry(&entry).unwrap();
    writer.finish().unwrap();
    // A plan file is evidence, not authority: a hand-made entry whose document is not what the
    // backfill makes of the org's is refused, with or without --accept-changes, and not written.
    for accept in [&[][..], &["--accept-changes"][..]] {
        let (report, code) = db.json(&[&["backfill", "apply", path.to_str().unwrap(), "--yes"][..], accept].concat());
        assert_eq!(
            (code, report["refused_total"].clone(), report["refused"][0].clone(), report["changed"].clone()),
            (1, json!(1), json!(org.id), json!(0))
        );
        assert_eq!(doc(&orgs(&db)["org-0-02"]), doc(&org));
    }

    // A genuine access change: under the gateway's current rules the deny list is not read, so
    // migrating restores its intent and takes access away; it needs --accept-changes.
    let plan = db.dir.path().join("current.jsonl");
    let (planned, _) =
        db.json(&["backfill", "plan", "--rules", "current", "--org", "org-0-02", "--out", plan.to_str().unwrap()]);
    assert!(planned["orgs"][0]["pairs_changed"].as_u64().unwrap() > 0, "{planned}");
    let apply = |extra: &[&str]| {
        db.json(&[&["backfill", "apply", plan.to_str().unwrap(), "--yes", "--rules", "current"][..], extra].concat())
    };
    let (report, code) = apply(&[]);
    assert_eq!((code, report["skipped_access_changes"].clone(), report["changed"].clone()), (1, json!(1), json!(0)));
    assert_eq!(doc(&orgs(&db)["org-0-02"]), doc(&org));
    let (report, code) = apply(&["--accept-changes"]);
    assert_eq!((code, report["changed"].clone()), (0, json!(1)));
    assert!(doc(&orgs(&db)["org-0-02"])["provider_allow_list"].is_array());
}

/// Two applies of one plan at once (PostgreSQL: concurrent writers): each org is written once,
/// and each run reports it as written or as already done, never as a conflict.
#[test]
fn concurrent_applies_of_one_plan_report_what_they_did() {
    let db = TestDb::with_catalog(Backend::Postgres).in_era("marker");
    let names: Vec<String> = (0..1500).map(|i| format!("org-{i:04}")).collect();
    let orgs: Vec<(&str, &str, Value, &[&str])> = names
        .iter()
        .map(|n| (n.as_str(), "enterprise", json!({"provider_deny_list": ["deepseek"]}), &[][..]))
        .collect();
    db.add_orgs(&orgs);
    let path = plan_file(&db, &[]);
    let run = || {
        let mut cmd = std::process::Command::new(assert_cmd::cargo::cargo_bin("orgpolicy"));
        cmd.current_dir(db.dir.path())
            .env("DATABASE_URL", &db.url)
            .env("NO_COLOR", "1")
            .env("ORGPOLICY_RULES", "marker");
        cmd.args(["backfill", "apply", path.to_str().unwrap(), "--yes", "--batch-size", "25", "--format", "json"]);
        cmd.stdout(std::process::Stdio::piped()).stderr(std::process::Stdio::piped()).spawn().unwrap()
    };
    let runs = [run(), run(), run()];
    let mut totals = (0, 0);
    for child in runs {
        let out = child.wait_with_output().unwrap();
        let report: Value = serde_json::from_slice(&out.stdout).unwrap();
        assert_eq!(out.status.code(), Some(0), "{report}");
        assert_eq!(report["conflicts_total"], 0, "{report}");
        totals.0 += report["changed"].as_u64().unwrap();
        totals.1 += report["already_done"].as_u64().unwrap();
    }
    assert_eq!(totals, (1500, 3000), "each org written once, found done by the other runs");
}

/// A plan file goes whole to a regular file or not at all; a device is written in place, never
/// replaced, and a failed write names the file.
#[test]
#[cfg(target_os = "linux")]
fn plan_output_errors_name_the_file() {
    let db = TestDb::with_catalog(Backend::Sqlite).in_era("marker");
    population(&db);
    db.cmd()
        .args(["backfill", "plan", "--out", "/dev/full"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("could not write plan file '/dev/full'"));
    use std::os::unix::fs::FileTypeExt;
    assert!(std::fs::metadata("/dev/full").unwrap().file_type().is_char_device(), "/dev/full must stay a device");
}

/// A plan someone edited and re-sealed cannot roll anything back: rollback takes only plans
/// this database recorded as applied, and of those only the orgs they changed, each entry
/// re-derived. Reproduces a forged `old` carrying an allow list of the author's choosing.
fn forged_rollbacks_are_refused(backend: Backend) {
    let db = TestDb::with_catalog(backend).in_era("marker");
    population(&db);
    let path = plan_file(&db, &[]);
    let (report, code) = db.json(&["backfill", "apply", path.to_str().unwrap(), "--yes"]);
    assert_eq!(code, 0, "{report}");
    let settings = |db: &TestDb| -> BTreeMap<String, String> {
        orgs(db).into_iter().map(|(name, row)| (name, row.settings)).collect()
    };
    let applied = settings(&db);

    let text = std::fs::read_to_string(&path).unwrap();
    let mut lines: Vec<String> = text.lines().map(String::from).collect();
    let mut entry: Value = serde_json::from_str(&lines[1]).unwrap();
    let (id, old, new) =
        (entry["id"].as_str().unwrap().to_string(), entry["old"].to_string(), entry["new"].to_string());
    for evil in [r#"["evil-corp"]"#, "[]"] {
        let forged_old = format!("{},\"provider_allow_list\":{evil}}}", &old[..old.len() - 1]);
        // What rollback checked before: the forgery differs from `new` only where the backfill writes.
        assert!(orgpolicy::policy::backfill::is_backfill_shaped(&forged_old, &new), "{forged_old}");
        entry["old"] = serde_json::from_str(&forged_old).unwrap();
        lines[1] = entry.to_string();
        let forged = db.dir.path().join("forged.jsonl");
        std::fs::write(&forged, common::reseal(format!("{}\n", lines.join("\n")).as_bytes())).unwrap();
        db.cmd().args(["backfill", "rollback", forged.to_str().unwrap(), "--yes"]).assert().code(2).stderr(
            predicate::str::contains("was not applied to this database").and(predicate::str::contains("help:")),
        );
        assert_eq!(settings(&db), applied, "a forged plan wrote");
    }

    // A plan that was made but never applied restores nothing either.
    let unapplied = db.dir.path().join("unapplied.jsonl");
    db.cmd().args(["backfill", "plan", "--include-unrestricted", "--out"]).arg(&unapplied).assert().success();
    db.cmd().args(["backfill", "rollback", unapplied.to_str().unwrap(), "--yes"]).assert().code(2);
    assert_eq!(settings(&db), applied);
    let _ = id;
}

/// What the gateway checks is checked again when the write happens: an org downgraded to
/// Teams after the plan was made is not migrated (and an entry re-sealed onto a Teams org is
/// not written), nothing is written for it, and the run says why (exit 1).
fn writes_recheck_the_plan_at_write_time(backend: Backend) {
    let db = TestDb::with_catalog(backend).in_era("marker");
    population(&db);
    let path = plan_file(&db, &[]);
    let downgraded = orgs(&db)["org-0-02"].clone();
    db.execute(&format!("UPDATE organizations SET plan = 'teams' WHERE id = {}", db.id_param()), &downgraded.id);
    let (report, code) = db.json(&["backfill", "apply", path.to_str().unwrap(), "--yes"]);
    assert_eq!(code, 1, "{report}");
    assert_eq!(report["not_enterprise"], json!([downgraded.id]), "{report}");
    assert_eq!(report["changed"].as_u64(), Some(2 * MIGRATED_PER_COPY as u64 - 1), "{report}");
    let after = &orgs(&db)["org-0-02"];
    assert_eq!(after.settings, downgraded.settings, "a Teams org was migrated");
    assert_eq!(audit_count(&db, &downgraded.id), 0);
    let out = db.cmd().args(["backfill", "apply", path.to_str().unwrap(), "--yes"]).output().unwrap();
    assert!(String::from_utf8_lossy(&out.stderr).contains("no longer Enterprise"), "{out:?}");
}

/// Values no JSON tree holds (a number beyond f64, nesting deeper than 128) in keys the tool
/// does not read: such an org is planned, migrated and rolled back like any other, its
/// document kept byte for byte but the allow list (it once panicked on SQLite, exit 101).
fn documents_no_json_tree_holds(backend: Backend) {
    let db = TestDb::with_catalog(backend).in_era("marker");
    let deep = format!("{}{}", "[".repeat(200), "]".repeat(200));
    let settings = format!(r#"{{"provider_deny_list":["deepseek"],"n":1e400,"deep":{deep}}}"#);
    db.add_raw_orgs(&[("odd", "enterprise", &settings)]);
    // As the database stores it (PostgreSQL's jsonb writes the number out in full).
    let stored = orgs(&db)["odd"].settings.clone();
    let number = |t: &str| t[t.find("\"n\"").unwrap()..].split(',').next().unwrap().to_string();
    let path = plan_file(&db, &[]);
    let (report, code) = db.json(&["backfill", "apply", path.to_str().unwrap(), "--yes"]);
    assert_eq!((code, report["changed"].as_u64()), (0, Some(1)), "{report}");
    let migrated = orgs(&db)["odd"].settings.clone();
    assert!(migrated.contains(&number(&stored)) && migrated.contains(&deep), "{migrated}");
    assert!(migrated.contains("provider_allow_list"), "{migrated}");
    let (report, code) = db.json(&["backfill", "rollback", path.to_str().unwrap(), "--yes"]);
    assert_eq!((code, report["changed"].as_u64()), (0, Some(1)), "{report}");
    let restored = orgs(&db)["odd"].settings.clone();
    assert!(restored.contains(&number(&stored)) && !restored.contains("provider_allow_list"), "{restored}");
}

on_both!(
    documents_no_json_tree_holds,
    writes_recheck_the_plan_at_write_time,
    forged_rollbacks_are_refused,
    access_changes_need_accepting,
    plan_apply_rollback,
    crash_and_resume,
    concurrent_change_is_a_conflict,
    plans_that_do_not_fit_are_refused,
    scope_flags
);

/// `--out -` is standard output, as every Unix tool reads it: the plan alone on stdout (the
/// summary on stderr), byte for byte the plan `--out FILE` writes, and `backfill apply` takes it
/// from the file it was piped to. `apply` keeps its plan in a file, so `--out -` is refused there.
/// A link to a plan file not made yet is written at the link's target; the link stays a link.
#[test]
fn out_dash_is_standard_output_and_links_are_followed() {
    let db = TestDb::with_catalog(Backend::Sqlite).in_era("marker");
    population(&db);
    let out = db.cmd().args(["backfill", "plan", "--out", "-"]).output().unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", String::from_utf8_lossy(&out.stderr));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("written to standard output"), "{stderr}");
    assert!(!db.dir.path().join("-").exists(), "no file named '-'");
    let file = plan_file(&db, &[]);
    // The same plan but for its header's time (and so its trailer's hash).
    let entries = |bytes: &[u8]| -> Vec<String> {
        let text = String::from_utf8(bytes.to_vec()).unwrap();
        let lines: Vec<String> = text.lines().map(str::to_string).collect();
        lines[1..lines.len() - 1].to_vec()
    };
    let piped_entries = entries(&out.stdout);
    assert!(
        piped_entries.len() > 1 && piped_entries == entries(&std::fs::read(&file).unwrap()),
        "stdout holds the plan and nothing else"
    );
    let piped = db.dir.path().join("piped.jsonl");
    std::fs::write(&piped, &out.stdout).unwrap();
    db.cmd().args(["backfill", "apply", "--dry-run"]).arg(&piped).assert().success();
    db.cmd()
        .args(["backfill", "apply", "--yes", "--out", "-"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("--out -").and(predicate::str::contains("help:")));

    std::fs::create_dir(db.dir.path().join("plans")).unwrap();
    let link = db.dir.path().join("latest.jsonl");
    std::os::unix::fs::symlink("plans/today.jsonl", &link).unwrap();
    db.cmd().args(["backfill", "plan", "--out"]).arg(&link).assert().success();
    assert!(std::fs::symlink_metadata(&link).unwrap().file_type().is_symlink(), "the link was replaced");
    assert!(entries(&std::fs::read(db.dir.path().join("plans/today.jsonl")).unwrap()) == piped_entries);
}

/// `rollback --org NAME` resolves within the plan first: a name two live orgs share is not
/// ambiguous when the plan holds one of them.
#[test]
fn rollback_org_names_resolve_within_the_plan() {
    let db = TestDb::with_catalog(Backend::Sqlite).in_era("marker");
    db.add_orgs(&[
        ("Globex", "enterprise", json!({"provider_deny_list": ["deepseek"]}), &[]),
        ("Globex", "teams", json!({}), &[]),
    ]);
    let plan = plan_file(&db, &[]);
    db.cmd().args(["backfill", "apply", "--yes"]).arg(&plan).assert().success();
    db.cmd().args(["check", "--org", "Globex", "--model", "openai/gpt-4o"]).assert().code(2);
    db.cmd().args(["backfill", "rollback", "--yes", "--org", "globex"]).arg(&plan).assert().success();
    let (listed, _) = db.json(&["orgs", "list", "--plan", "enterprise"]);
    assert_eq!(listed["orgs"][0]["mode"], "legacy", "rolled back: {listed}");
}

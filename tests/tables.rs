//! The main tables as people read them, at 80 and 120 columns (`COLUMNS`, the width rule's
//! override) and piped (no width): ids never broken, lists summarized with a count, long
//! messages wrapped, nothing cut without a mark. Snapshots in `tests/snapshots/tables__*`;
//! org ids are replaced by fixed ones of the same length, so that widths are unchanged.

mod common;

use common::{Backend, TestDb};
use serde_json::json;

fn world() -> TestDb {
    let db = TestDb::with_catalog(Backend::Sqlite);
    db.add_orgs(&[
        (
            "Stark Industries International Holdings",
            "enterprise",
            json!({"provider_deny_list": ["deepseek", "baidu", "novita", "chutes", "together", "fireworks"]}),
            &[],
        ),
        (
            "Gringotts",
            "enterprise",
            json!({"provider_policy_mode": "allow", "provider_allow_list": ["deepinfra", "novita"]}),
            &[],
        ),
        ("Small", "teams", json!({}), &[]),
    ]);
    db
}

/// The command's stdout at `columns` (`None`: piped, no width), ids made stable.
fn table(db: &TestDb, args: &[&str], columns: Option<u16>) -> String {
    let (orgs, _) = db.json(&["orgs", "list"]);
    let mut cmd = db.cmd();
    cmd.args(args).env_remove("COLUMNS");
    if let Some(c) = columns {
        cmd.env("COLUMNS", c.to_string());
    }
    let out = cmd.output().unwrap();
    let mut text = String::from_utf8(out.stdout).unwrap();
    for (n, org) in orgs["orgs"].as_array().unwrap().iter().enumerate() {
        let id = org["id"].as_str().unwrap();
        let stable = format!("{:08x}-0000-4000-8000-{:012x}", n + 1, n + 1);
        text = text.replace(id, &stable).replace(&id[..8], &stable[..8]);
    }
    // A plan's short hash covers its creation time.
    if let Some(at) = text.find(", plan ").map(|i| i + 7) {
        text.replace_range(at..at + 12, "[plan hash ]");
    }
    text
}

#[test]
fn main_tables_fit_80_and_120_columns() {
    let db = world();
    let lists: [(&str, &[&str]); 5] = [
        ("orgs_list", &["orgs", "list"]),
        ("providers_list", &["providers", "list", "--org", "Gringotts", "--search", "in"]),
        ("models_list", &["models", "list", "--org", "Gringotts", "--search", "kimi"]),
        ("audit", &["audit"]),
        ("backfill_plan", &["backfill", "plan"]),
    ];
    for (name, args) in lists {
        for columns in [80, 120] {
            let text = table(&db, args, Some(columns));
            let widest = text.lines().map(|l| l.chars().count()).max().unwrap_or(0);
            assert!(widest <= columns as usize, "{name} at {columns}: a line of {widest}\n{text}");
            insta::assert_snapshot!(format!("{name}_{columns}"), text);
        }
    }
    // Piped with no COLUMNS: never wrapped, ids whole.
    let piped = table(&db, &["orgs", "list"], None);
    assert!(piped.contains("00000003-0000-4000-8000-000000000003  Stark Industries Internatio…"), "{piped}");
}

/// `--no-headers`: the same rows without the header line, streamed tables or not, for scripts
/// that cut columns.
#[test]
fn no_headers_leaves_only_the_rows() {
    let db = world();
    for args in [&["orgs", "list"][..], &["providers", "list", "--org", "Gringotts"], &["audit"]] {
        let with = table(&db, args, None);
        let without = table(&db, &[args, &["--no-headers"]].concat(), None);
        let (header, rows) = with.split_once('\n').unwrap();
        assert!(header.chars().filter(|c| c.is_alphabetic()).all(|c| c.is_uppercase()), "{header}");
        // Columns are as wide as their cells (a header no longer widens them).
        let words = |text: &str| -> Vec<Vec<String>> {
            text.lines().map(|l| l.split_whitespace().map(str::to_string).collect()).collect()
        };
        assert_eq!(words(&without), words(rows), "{args:?}");
    }
}

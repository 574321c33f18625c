//! Conventions every command follows: URLs and errors, exit codes, the demo, and committed
//! shell completions that match the binary (closed pipes: `tests/pipes.rs`).

use assert_cmd::Command;
use predicates::prelude::*;

fn bin() -> Command {
    let mut cmd = Command::cargo_bin("orgpolicy").unwrap();
    cmd.env_remove("DATABASE_URL").env("NO_COLOR", "1");
    cmd
}

#[test]
fn missing_database_url_names_flag_and_variable() {
    bin().args(["orgs", "list"]).assert().code(2).stderr(
        "error: no database URL given\nhelp: pass --database-url or set DATABASE_URL (postgres://… or sqlite://PATH)\n",
    );
}

#[test]
fn passwords_never_appear_in_errors() {
    bin()
        .args(["orgs", "list", "--database-url", "postgres://alice:hunter2@127.0.0.1:1/prod"])
        .assert()
        .code(2)
        .stderr(
            predicate::str::contains("postgres://alice:***@127.0.0.1:1/prod")
                .and(predicate::str::contains("hunter2").not()),
        );
    bin()
        .args(["orgs", "list", "--database-url", "postgres://postgres:hunter2@127.0.0.1:5432/nonexistent_db"])
        .assert()
        .code(2)
        .stderr(
            predicate::str::contains("database \"nonexistent_db\" does not exist")
                .and(predicate::str::contains("hunter2").not()),
        );
}

#[test]
fn unsupported_scheme_and_missing_sqlite_file() {
    bin()
        .args(["orgs", "list", "--database-url", "mysql://db/x"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("unsupported database URL scheme 'mysql'"));
    let dir = tempfile::tempdir().unwrap();
    bin()
        .current_dir(dir.path())
        .args(["orgs", "list", "--database-url", "sqlite://absent.db"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("database file 'absent.db' does not exist"));
    assert!(!dir.path().join("absent.db").exists(), "a read must not create the file");
}

#[cfg(unix)]
#[test]
fn non_utf8_arguments_are_usage_errors() {
    use std::os::unix::ffi::OsStrExt;
    let bad = std::ffi::OsStr::from_bytes(b"acme\xff");
    bin()
        .args(["check", "--model", "x", "--org"])
        .arg(bad)
        .assert()
        .code(2)
        .stderr(predicate::str::contains("invalid UTF-8"));
}

#[test]
fn usage_errors_exit_2() {
    bin().args(["orgs", "list", "--mode", "sideways"]).assert().code(2);
    bin().args(["check", "--org", "x"]).assert().code(2).stderr(predicate::str::contains("--model"));
}

#[test]
fn demo_creates_a_database_to_explore() {
    let dir = tempfile::tempdir().unwrap();
    for _ in 0..2 {
        // Twice: a rerun replaces the demo database.
        bin()
            .current_dir(dir.path())
            .arg("demo")
            .assert()
            .success()
            .stdout(predicate::str::contains("45 organizations"));
    }
    // Everything is in the file itself (no write-ahead log left over): a copy of it works.
    let wal = dir.path().join("orgpolicy-demo.db-wal");
    assert!(std::fs::metadata(&wal).map_or(true, |m| m.len() == 0), "the demo left data in its log");
    std::fs::copy(dir.path().join("orgpolicy-demo.db"), dir.path().join("copy.db")).unwrap();
    let orgs = bin()
        .current_dir(dir.path())
        .env("DATABASE_URL", "sqlite://copy.db")
        .args(["orgs", "list", "--format", "json"])
        .output()
        .unwrap();
    let orgs: serde_json::Value = serde_json::from_slice(&orgs.stdout).unwrap();
    let modes: std::collections::BTreeSet<&str> =
        orgs["orgs"].as_array().unwrap().iter().map(|o| o["mode"].as_str().unwrap()).collect();
    // Under today's rules (the default everywhere) a deny list without an allow list is read as
    // no restriction, and no document is invalid: what production decides.
    assert_eq!(modes.into_iter().collect::<Vec<_>>(), ["allow", "unrestricted"]);
    assert_eq!(orgs["orgs"].as_array().unwrap().len(), 45);
    assert_eq!(orgs["summary"]["total"], 45);
    bin()
        .current_dir(dir.path())
        .env("DATABASE_URL", "sqlite://orgpolicy-demo.db")
        .args(["catalog", "diff", "--format", "json"])
        .assert()
        .success()
        .stdout(predicate::str::contains("\"darkbloom\""));
    // A second demo builds the same ids (org and group), so README examples reproduce as written.
    let again = tempfile::tempdir().unwrap();
    bin().current_dir(again.path()).arg("demo").assert().success();
    let ids = |dir: &std::path::Path| -> Vec<String> {
        let list = |args: &[&str]| -> serde_json::Value {
            let out =
                bin().current_dir(dir).env("DATABASE_URL", "sqlite://orgpolicy-demo.db").args(args).output().unwrap();
            serde_json::from_slice(&out.stdout).unwrap()
        };
        let orgs = list(&["orgs", "list", "--format", "json"]);
        let groups = list(&["groups", "list", "--org", "Black Mesa", "--format", "json"]);
        let org_ids = orgs["orgs"].as_array().unwrap().iter().map(|o| o["id"].as_str().unwrap().to_string());
        org_ids
            .chain(groups["groups"].as_array().unwrap().iter().map(|g| g["id"].as_str().unwrap().to_string()))
            .collect()
    };
    let first = ids(dir.path());
    assert_eq!(first.len(), 45 + 2);
    assert_eq!(first, ids(again.path()));
}

/// CI fails when `completions/` is stale: regenerate with `scripts/completions.sh`.
#[test]
fn committed_completions_are_fresh() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("completions");
    for (shell, file) in [
        ("bash", "orgpolicy.bash"),
        ("zsh", "_orgpolicy"),
        ("fish", "orgpolicy.fish"),
        ("powershell", "_orgpolicy.ps1"),
        ("elvish", "orgpolicy.elv"),
    ] {
        let generated = bin().args(["completions", shell]).output().unwrap().stdout;
        let committed = std::fs::read(dir.join(file)).unwrap_or_default();
        assert!(
            generated == committed,
            "completions/{file} is stale: run scripts/completions.sh and commit the result"
        );
    }
}

/// Every file or folder of the repository the README and the developer docs name exists in a
/// clone: paths under the project's own folders, and never one outside the repository.
#[test]
fn every_path_the_docs_name_exists_in_a_clone() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let folders =
        ["docs/", "sample/", "data/", "tests/", "scripts/", "migrations/", "benches/", "completions/", "src/"];
    for doc in ["README.md", "DEVELOPERS.md", "docs/design.md", "docs/gateway.md"] {
        let text = std::fs::read_to_string(root.join(doc)).unwrap();
        assert!(!text.contains("../shared"), "{doc} names a file outside the repository");
        let mut checked = 0;
        for quoted in text.split('`').skip(1).step_by(2) {
            let Some(path) = quoted.split_whitespace().find(|w| folders.iter().any(|f| w.starts_with(f))) else {
                continue;
            };
            let path = path.trim_end_matches([',', '.', ')', ':', ';']);
            // Placeholders and patterns name no one file.
            if path.contains(['*', '<', '{', '$']) || path.ends_with("...") {
                continue;
            }
            assert!(root.join(path).exists(), "{doc} names `{path}`, which a clone does not have");
            checked += 1;
        }
        assert!(checked > 0 || doc.starts_with("docs/"), "{doc}: no path checked");
    }
}

/// Named connections: a profile supplies the database (written or from a variable), rules and
/// schema; a flag on the command line beats it, an exported DATABASE_URL does not; `profiles`
/// lists them with passwords redacted; a production profile still writes with `--yes`.
#[test]
fn profiles_name_connections() {
    let dir = tempfile::tempdir().unwrap();
    bin().current_dir(dir.path()).arg("demo").assert().success();
    let config = dir.path().join("config.toml");
    std::fs::write(
        &config,
        "[profiles.demo]\ndatabase_url = \"sqlite://orgpolicy-demo.db\"\nrules = \"current\"\n\n\
         [profiles.prod]\ndatabase_url_env = \"PROD_DB_URL\"\nproduction = true\n\n\
         [profiles.remote]\ndatabase_url = \"postgres://alice:hunter2@db.example/org\"\n",
    )
    .unwrap();
    let run = |args: &[&str]| {
        let mut cmd = bin();
        cmd.current_dir(dir.path()).env_remove("ORGPOLICY_PROFILE").env_remove("PROD_DB_URL");
        cmd.arg("--config").arg(&config).args(args);
        cmd
    };
    run(&["profiles"])
        .assert()
        .success()
        .stdout(
            predicate::str::contains("postgres://alice:***@db.example/org")
                .and(predicate::str::contains("hunter2").not()),
        )
        .stdout(predicate::str::contains("$PROD_DB_URL"));
    let out = run(&["--profile", "demo", "orgs", "list", "--format", "json"])
        .env("DATABASE_URL", "sqlite://elsewhere.db")
        .output()
        .unwrap();
    let listed: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!((listed["rules"].as_str(), listed["orgs"].as_array().unwrap().len()), (Some("current"), 45));
    run(&["--profile", "demo", "--database-url", "sqlite://elsewhere.db", "orgs", "list"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("'elsewhere.db' does not exist"));
    run(&["--profile", "dmeo", "orgs", "list"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("did you mean 'demo'?"));
    run(&["--profile", "prod", "orgs", "list"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("$PROD_DB_URL, which is not set"));
    // Production: without a terminal a write needs --yes, as everywhere; with it, it writes.
    let prod = |args: &[&str]| {
        let mut cmd = run(&[&["--profile", "prod"][..], args].concat());
        cmd.env("PROD_DB_URL", "sqlite://orgpolicy-demo.db");
        cmd
    };
    prod(&["providers", "allow", "--org", "Monarch Solutions", "openai"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("--yes"));
    prod(&["providers", "allow", "--org", "Monarch Solutions", "openai", "--yes"]).assert().success();
}

/// The layers of docs/design.md ("Layers"), held by what each folder may name: `policy/` is
/// pure; operations (`services/`) take and return plain values, never command-line types,
/// prompts, views or exit statuses; the store knows nothing above it.
#[test]
fn layers_name_only_what_is_below_them() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let forbidden: [(&str, &[&str]); 4] = [
        (
            "policy",
            &[
                "crate::cli",
                "clap::",
                "sqlx",
                "tokio",
                "crate::store",
                "crate::services",
                "crate::output",
                "crate::commands",
                "ExitStatus",
            ],
        ),
        (
            "services",
            &["crate::cli", "clap::", "crate::commands", "ExitStatus", "prompt", "crate::output::views", "View for"],
        ),
        ("store", &["crate::cli", "clap::", "crate::commands", "crate::services", "crate::output", "ExitStatus"]),
        // Views render results; they never read settings or compile a policy themselves.
        ("output", &["crate::cli", "crate::commands", "CompiledPolicy", "Settings::parse", "ExitStatus"]),
    ];
    let mut broken = Vec::new();
    for (layer, names) in forbidden {
        for path in rust_files(&root.join(layer)) {
            let text = std::fs::read_to_string(&path).unwrap();
            for (n, line) in text.lines().enumerate() {
                let code = line.split("//").next().unwrap_or_default();
                for name in names.iter().filter(|name| code.contains(**name)) {
                    broken.push(format!("{}:{}: {layer}/ names {name}", path.display(), n + 1));
                }
            }
        }
    }
    for path in rust_files(&root) {
        if std::fs::read_to_string(&path).unwrap().contains("macro_rules! dispatch") {
            broken.push(format!("{}: the store dispatches through its trait, not a macro", path.display()));
        }
    }
    assert!(broken.is_empty(), "layering broken:\n{}", broken.join("\n"));
}

fn rust_files(dir: &std::path::Path) -> Vec<std::path::PathBuf> {
    let mut files = Vec::new();
    for entry in std::fs::read_dir(dir).unwrap().map(Result::unwrap) {
        let path = entry.path();
        if path.is_dir() {
            files.extend(rust_files(&path));
        } else if path.extension().is_some_and(|e| e == "rs") {
            files.push(path);
        }
    }
    files
}

/// A command reads as a list of steps: no function in `src/commands/` is longer than 60
/// lines (from its `fn` line to its closing brace, as rustfmt lays it out).
#[test]
fn command_functions_fit_on_a_screen() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src/commands");
    let mut long = Vec::new();
    for path in rust_files(&root) {
        let text = std::fs::read_to_string(&path).unwrap();
        let lines: Vec<&str> = text.lines().collect();
        let mut i = 0;
        while i < lines.len() {
            let line = lines[i];
            let code = line.trim_start();
            let indent = &line[..line.len() - code.len()];
            let is_fn = ["fn ", "pub fn ", "async fn ", "pub async fn ", "pub(super) fn ", "pub(super) async fn "]
                .iter()
                .any(|p| code.starts_with(p));
            if is_fn && !code.trim_end().ends_with(';') {
                let close = format!("{indent}}}");
                let end = (i + 1..lines.len()).find(|&j| lines[j] == close).unwrap_or(i);
                if end + 1 - i > 60 {
                    long.push(format!("{}:{}: {} lines", path.display(), i + 1, end + 1 - i));
                }
                i = end;
            }
            i += 1;
        }
    }
    assert!(long.is_empty(), "command functions over 60 lines:\n{}", long.join("\n"));
}

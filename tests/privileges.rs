//! The README's role recipes, run against the gateway fixture: the read-only role answers every
//! read exactly as the owner does, the writer role writes; and each recipe without one of its
//! grants either answers as the owner does (the command does not touch that table) or stops with
//! exit 2 naming the table, never with a different answer, and writes nothing.

mod common;

use common::{admin_url, runtime, Backend, TestDb};
use serde_json::Value;

fn gateway() -> TestDb {
    let db = TestDb::empty(Backend::Postgres);
    sql(&db.url, include_str!("fixtures/gateway.sql"));
    db
}

fn sql(url: &str, statements: &str) {
    let rt = runtime();
    rt.block_on(async {
        let pool = sqlx::PgPool::connect(url).await.unwrap();
        sqlx::raw_sql(statements).execute(&pool).await.unwrap();
        pool.close().await;
    });
}

fn count(db: &TestDb, q: &str) -> i64 {
    let rt = runtime();
    rt.block_on(async {
        let pool = sqlx::PgPool::connect(&db.url).await.unwrap();
        let n: i64 = sqlx::query_scalar(q).fetch_one(&pool).await.unwrap();
        pool.close().await;
        n
    })
}

/// The SQL lines of the README block after `<!-- recipe: NAME -->`.
fn recipe(name: &str) -> Vec<String> {
    let readme = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/README.md")).unwrap();
    let marker = format!("<!-- recipe: {name} -->");
    let after = &readme[readme.find(&marker).unwrap_or_else(|| panic!("README has no {marker}"))..];
    let block = &after[after.find("```sql").unwrap() + 6..];
    let block = &block[..block.find("```").unwrap()];
    block.lines().map(str::trim).filter(|l| !l.is_empty()).map(str::to_string).collect()
}

/// A login role of its own (roles are cluster-wide), dropped with everything granted to it.
struct Role {
    name: String,
    db_url: String,
}

impl Role {
    fn new(db: &TestDb, lines: &[String]) -> Self {
        let name = format!("orgpolicy_role_{}", uuid::Uuid::new_v4().simple());
        let sql_text: String = lines
            .iter()
            .map(|l| l.replace("orgpolicy_ci", &name).replace("orgpolicy_writer", &name))
            .collect::<Vec<_>>()
            .join("\n");
        sql(&db.url, &sql_text);
        Self { name, db_url: db.url.clone() }
    }

    fn url(&self) -> String {
        format!("{}?user={}", self.db_url, self.name)
    }
}

impl Drop for Role {
    fn drop(&mut self) {
        let rt = runtime();
        rt.block_on(async {
            if let Ok(pool) = sqlx::PgPool::connect(&self.db_url).await {
                let _ = sqlx::raw_sql(&format!("DROP OWNED BY {}", self.name)).execute(&pool).await;
                pool.close().await;
            }
            if let Ok(admin) = sqlx::PgPool::connect(&admin_url()).await {
                let _ = sqlx::raw_sql(&format!("DROP ROLE IF EXISTS {}", self.name)).execute(&admin).await;
            }
        });
    }
}

/// The reads, covering every table the tool reads.
const READS: &[&[&str]] = &[
    &["orgs", "list"],
    &["providers", "list", "--org", "Acme"],
    &["models", "list", "--org", "Acme"],
    &["check", "--org", "Groupco", "--model", "anthropic/claude"],
    &["check", "--org", "Groupco", "--model", "openai/o3", "--member", "ada@groupco.test"],
    &["check", "--org", "Acme", "--model", "kimi-coding/kimi-for-coding"],
    &["check", "--org", "Acme", "--model", "kilo-internal/acme-llama"],
    &["members", "list", "--org", "Groupco"],
    &["log", "--org", "Acme"],
    &["diff", "--org", "Globex", "--migration"],
    &["audit"],
];

struct Run {
    code: Option<i32>,
    stdout: String,
    stderr: String,
}

fn run(db: &TestDb, url: &str, args: &[&str]) -> Run {
    let out = db.cmd().env("DATABASE_URL", url).args(args).args(["--format", "json"]).output().unwrap();
    Run {
        code: out.status.code(),
        stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
    }
}

/// The grant lines of a recipe: the ones that can be left out one at a time.
fn grants(lines: &[String]) -> Vec<usize> {
    (0..lines.len()).filter(|i| lines[*i].starts_with("GRANT") && !lines[*i].contains("ON SCHEMA")).collect()
}

/// The table a grant line is about.
fn table_of(line: &str) -> String {
    let on = line.rfind(" ON ").unwrap() + 4;
    line[on..].split_whitespace().next().unwrap().to_string()
}

#[test]
fn the_read_only_recipe_answers_as_the_owner_does() {
    let db = gateway();
    let lines = recipe("read-only");
    let owner: Vec<Run> = READS.iter().map(|args| run(&db, &db.url, args)).collect();
    for (args, o) in READS.iter().zip(&owner) {
        assert!(matches!(o.code, Some(0 | 1)), "owner {args:?}: {}", o.stderr);
    }

    let role = Role::new(&db, &lines);
    for (args, o) in READS.iter().zip(&owner) {
        let r = run(&db, &role.url(), args);
        assert_eq!((r.code, &r.stdout), (o.code, &o.stdout), "{args:?} as the read-only role: {}", r.stderr);
    }
    let status = run(&db, &role.url(), &["db", "status"]);
    assert_eq!(status.code, Some(0), "{}", status.stdout);
    let status: Value = serde_json::from_str(&status.stdout).unwrap();
    let writes = status["write_commands"].as_array().unwrap();
    assert!(writes.iter().all(|w| w["access"] == "denied"), "{writes:?}");
    let tables = status["gateway_tables"].as_array().unwrap();
    assert!(tables.iter().all(|t| t["read"] == "granted"), "{tables:?}");
    drop(role);

    for leave_out in grants(&lines) {
        let table = table_of(&lines[leave_out]);
        let partial: Vec<String> =
            lines.iter().enumerate().filter(|(i, _)| *i != leave_out).map(|(_, l)| l.clone()).collect();
        let role = Role::new(&db, &partial);
        let mut stopped = 0;
        for (args, o) in READS.iter().zip(&owner) {
            let r = run(&db, &role.url(), args);
            if r.code == Some(2) {
                assert!(r.stderr.contains(&table), "{args:?} without SELECT on {table}: {}", r.stderr);
                assert!(r.stderr.contains("GRANT SELECT"), "{args:?}: {}", r.stderr);
                stopped += 1;
            } else {
                assert_eq!((r.code, &r.stdout), (o.code, &o.stdout), "{args:?} without {table}: {}", r.stderr);
            }
        }
        assert!(stopped > 0, "no read needed SELECT on {table}");
        let status = run(&db, &role.url(), &["db", "status"]);
        assert_eq!(status.code, Some(1), "db status without SELECT on {table}: {}", status.stdout);
        let status: Value = serde_json::from_str(&status.stdout).unwrap();
        let denied: Vec<&str> = status["gateway_tables"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|t| t["read"] == "denied")
            .map(|t| t["table"].as_str().unwrap())
            .collect();
        assert_eq!(denied, vec![table.as_str()]);
    }
}

/// The writes a writer makes: a settings edit and a group-policy change.
const WRITES: &[&[&str]] = &[
    &["providers", "deny", "--org", "Acme", "anthropic", "--yes"],
    &["groups", "policy", "set", "--org", "Groupco", "--group", "Research", "--mode", "all", "--yes"],
];

#[test]
fn the_writer_recipe_writes_and_nothing_less_does() {
    let read_only = recipe("read-only");
    let writer: Vec<String> = read_only.iter().cloned().chain(recipe("writer")).collect();
    let extra = grants(&writer).into_iter().filter(|i| *i >= read_only.len()).collect::<Vec<_>>();
    assert_eq!(extra.len(), 4);

    let state = |db: &TestDb| {
        (
            count(db, "SELECT count(*) FROM organization_audit_logs"),
            count(db, "SELECT coalesce(sum(policy_revision), 0)::int8 FROM organization_group_policy_settings"),
            count(db, "SELECT count(*) FROM organizations WHERE settings ? 'provider_allow_list'"),
        )
    };
    for leave_out in extra {
        // A fresh database each time: a write that needs no grant on this table goes through.
        let db = gateway();
        let table = table_of(&writer[leave_out]);
        let partial: Vec<String> =
            writer.iter().enumerate().filter(|(i, _)| *i != leave_out).map(|(_, l)| l.clone()).collect();
        let role = Role::new(&db, &partial);
        let mut stopped = 0;
        for args in WRITES {
            // Dry runs need no write grant.
            let mut dry: Vec<&str> = args.iter().copied().filter(|a| *a != "--yes").collect();
            dry.push("--dry-run");
            let r = run(&db, &role.url(), &dry);
            assert_eq!(r.code, Some(0), "{dry:?}: {}", r.stderr);

            let before = state(&db);
            let r = run(&db, &role.url(), args);
            if r.code == Some(2) {
                assert!(r.stderr.contains(&table), "{args:?} without a grant on {table}: {}", r.stderr);
                assert!(r.stderr.contains("help: GRANT"), "{args:?}: {}", r.stderr);
                assert_eq!(state(&db), before, "{args:?} wrote without the grant on {table}");
                stopped += 1;
            } else {
                assert_eq!(r.code, Some(0), "{args:?}: {}", r.stderr);
            }
        }
        assert!(stopped > 0, "no write needed the grant on {table}");
    }

    let db = gateway();
    let role = Role::new(&db, &writer);
    let before = state(&db);
    for args in WRITES {
        let r = run(&db, &role.url(), args);
        assert_eq!(r.code, Some(0), "{args:?} as the writer: {}", r.stderr);
    }
    let after = state(&db);
    assert_eq!(after.0, before.0 + 2, "an audit row per write");
    assert!(after.1 > before.1, "the group policy revision moved");
    let status = run(&db, &role.url(), &["db", "status"]);
    let status: Value = serde_json::from_str(&status.stdout).unwrap();
    assert!(status["write_commands"].as_array().unwrap().iter().all(|w| w["access"] == "granted"), "{status}");
}

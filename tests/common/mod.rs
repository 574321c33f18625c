//! Test harness: every test gets its own database (a fresh PostgreSQL database or a SQLite file
//! in a temporary directory) and runs the real binary against it.
#![allow(dead_code)]

use std::path::PathBuf;

use assert_cmd::Command;
use chrono::{Duration, Utc};
use orgpolicy::store::{NewOrg, Store};
use serde_json::Value;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Backend {
    Postgres,
    Sqlite,
}

/// The server the PostgreSQL tests use; override with ORGPOLICY_TEST_POSTGRES.
pub fn admin_url() -> String {
    std::env::var("ORGPOLICY_TEST_POSTGRES").unwrap_or_else(|_| "postgres://postgres@127.0.0.1:5432/postgres".into())
}

pub fn runtime() -> tokio::runtime::Runtime {
    tokio::runtime::Builder::new_current_thread().enable_all().build().unwrap()
}

pub struct TestDb {
    pub backend: Backend,
    pub url: String,
    pub dir: tempfile::TempDir,
    pg_name: Option<String>,
    /// `ORGPOLICY_RULES` for every run: suites written for an older era replay it by name.
    rules: Option<&'static str>,
}

fn postgres_admin(rt: &tokio::runtime::Runtime) -> sqlx::PgPool {
    let url = admin_url();
    rt.block_on(sqlx::PgPool::connect(&url)).unwrap_or_else(|e| {
        panic!(
            "PostgreSQL is not reachable at {url}: {e}\n\
             start it with: pg_ctlcluster --skip-systemctl-redirect $(ls /etc/postgresql) main start\n\
             (or point ORGPOLICY_TEST_POSTGRES at a server where user postgres may create databases)"
        )
    })
}

impl TestDb {
    /// An empty, unmigrated database.
    pub fn empty(backend: Backend) -> Self {
        let dir = tempfile::tempdir().unwrap();
        match backend {
            Backend::Sqlite => {
                // An existing, empty file: a database nobody has migrated yet.
                let path = dir.path().join("test.db");
                std::fs::File::create(&path).unwrap();
                let url = format!("sqlite://{}", path.display());
                Self { backend, url, dir, pg_name: None, rules: None }
            }
            Backend::Postgres => {
                let rt = runtime();
                let admin = postgres_admin(&rt);
                let name = format!("orgpolicy_test_{}", uuid::Uuid::new_v4().simple());
                rt.block_on(sqlx::query(&format!("CREATE DATABASE {name}")).execute(&admin)).unwrap();
                let base = admin_url();
                let url = format!("{}/{name}", &base[..base.rfind('/').unwrap()]);
                Self { backend, url, dir, pg_name: Some(name), rules: None }
            }
        }
    }

    /// A fresh PostgreSQL database holding the gateway fixture (tests/fixtures/gateway.sql).
    pub fn gateway() -> Self {
        let db = Self::empty(Backend::Postgres);
        db.raw_sql(include_str!("../fixtures/gateway.sql"));
        db
    }

    /// Runs SQL statements on a PostgreSQL database directly.
    pub fn raw_sql(&self, statements: &str) {
        let rt = runtime();
        rt.block_on(async {
            let pool = sqlx::PgPool::connect(&self.url).await.unwrap();
            sqlx::raw_sql(statements).execute(&pool).await.unwrap();
            pool.close().await;
        });
    }

    /// A migrated database.
    pub fn new(backend: Backend) -> Self {
        let db = Self::empty(backend);
        db.cmd().args(["db", "migrate"]).assert().success();
        db
    }

    /// A migrated database with the real catalog imported as snapshot 1.
    pub fn with_catalog(backend: Backend) -> Self {
        let db = Self::new(backend);
        db.cmd().args(["catalog", "import"]).arg(real_catalog()).assert().success();
        db
    }

    /// Every run replays the gateway's `rules` era (`--rules`), as a suite written for the
    /// April-2026 marker rules does; without it, the default (today's rules) is in force.
    pub fn in_era(mut self, rules: &'static str) -> Self {
        self.rules = Some(rules);
        self
    }

    /// The binary, pointed at this database, run in the test's directory, without colour.
    pub fn cmd(&self) -> Command {
        let mut cmd = Command::cargo_bin("orgpolicy").unwrap();
        cmd.current_dir(self.dir.path()).env("DATABASE_URL", &self.url).env("NO_COLOR", "1").env_remove("REDIS_URL");
        match self.rules {
            Some(rules) => cmd.env("ORGPOLICY_RULES", rules),
            None => cmd.env_remove("ORGPOLICY_RULES"),
        };
        cmd
    }

    /// Runs with `--format json` and parses stdout.
    pub fn json(&self, args: &[&str]) -> (Value, i32) {
        let out = self.cmd().args(args).args(["--format", "json"]).output().unwrap();
        let stdout = String::from_utf8(out.stdout).unwrap();
        let value = serde_json::from_str(&stdout).unwrap_or_else(|e| {
            panic!("{args:?}: stdout is not JSON ({e}):\n{stdout}\nstderr:\n{}", String::from_utf8_lossy(&out.stderr))
        });
        (value, out.status.code().unwrap())
    }

    /// Runs SQL on the database directly (another writer, a schema change mid-test); `$1` is
    /// bound to `arg`.
    pub fn execute(&self, sql: &str, arg: &str) {
        let rt = runtime();
        rt.block_on(async {
            match self.backend {
                Backend::Postgres => {
                    let pool = sqlx::PgPool::connect(&self.url).await.unwrap();
                    sqlx::query(sql).bind(arg).execute(&pool).await.unwrap();
                }
                Backend::Sqlite => {
                    let pool = sqlx::SqlitePool::connect(&self.url).await.unwrap();
                    sqlx::query(sql).bind(arg).execute(&pool).await.unwrap();
                }
            }
        });
    }

    /// `$1` as an id in SQL for [`Self::execute`] (PostgreSQL ids are uuids).
    pub fn id_param(&self) -> &'static str {
        match self.backend {
            Backend::Postgres => "$1::uuid",
            Backend::Sqlite => "$1",
        }
    }

    pub fn store(&self, rt: &tokio::runtime::Runtime) -> Store {
        rt.block_on(Store::open(&self.url)).unwrap()
    }

    /// Creates organizations: `(name, plan, settings, custom models)`.
    pub fn add_orgs(&self, orgs: &[(&str, &str, Value, &[&str])]) {
        let rt = runtime();
        let store = self.store(&rt);
        let new: Vec<NewOrg> = orgs
            .iter()
            .map(|(name, plan, settings, custom)| NewOrg {
                id: None,
                name: name.to_string(),
                plan: plan.to_string(),
                settings: settings.to_string(),
                created_at: Utc::now() - Duration::days(30),
                custom_models: custom.iter().map(|m| (m.to_string(), "custom".to_string())).collect(),
            })
            .collect();
        rt.block_on(store.insert_orgs(&new)).unwrap();
    }

    /// Creates organizations whose settings are the given text as is (values no JSON tree
    /// holds, odd spacing), straight into the table: `(name, plan, settings)`.
    pub fn add_raw_orgs(&self, orgs: &[(&str, &str, &str)]) {
        let rt = runtime();
        rt.block_on(async {
            for (name, plan, settings) in orgs {
                let id = uuid::Uuid::new_v4().to_string();
                match self.backend {
                    Backend::Postgres => {
                        let pool = sqlx::PgPool::connect(&self.url).await.unwrap();
                        sqlx::query(
                            "INSERT INTO organizations (id, name, plan, settings) VALUES ($1::uuid, $2, $3, $4::jsonb)",
                        )
                        .bind(&id)
                        .bind(name)
                        .bind(plan)
                        .bind(settings)
                        .execute(&pool)
                        .await
                        .unwrap();
                    }
                    Backend::Sqlite => {
                        let pool = sqlx::SqlitePool::connect(&self.url).await.unwrap();
                        sqlx::query("INSERT INTO organizations (id, name, plan, settings) VALUES ($1, $2, $3, $4)")
                            .bind(&id)
                            .bind(name)
                            .bind(plan)
                            .bind(settings)
                            .execute(&pool)
                            .await
                            .unwrap();
                    }
                }
            }
        });
    }

    /// Writes a file in the test directory and returns its path.
    pub fn file(&self, name: &str, contents: &str) -> PathBuf {
        let path = self.dir.path().join(name);
        std::fs::write(&path, contents).unwrap();
        path
    }
}

impl Drop for TestDb {
    fn drop(&mut self) {
        if let Some(name) = &self.pg_name {
            let rt = runtime();
            if let Ok(admin) = rt.block_on(sqlx::PgPool::connect(&admin_url())) {
                let _ =
                    rt.block_on(sqlx::query(&format!("DROP DATABASE IF EXISTS {name} WITH (FORCE)")).execute(&admin));
            }
        }
    }
}

/// Two members of an org, `user-a` in a group "Research" granted azure, `user-b` in no group,
/// and a default policy of `none`.
pub fn research_members() -> orgpolicy::store::NewMembers {
    orgpolicy::store::NewMembers {
        members: vec![("user-a".into(), Some("a@allowing.test".into())), ("user-b".into(), None)],
        groups: vec![(
            "Research".into(),
            r#"[{"type":"model_access","data":{"mode":"selected","model_allow_list":[],"provider_allow_list":["azure"]}}]"#
                .into(),
            vec!["user-a".into()],
        )],
        default_policies: Some(r#"[{"type":"model_access","data":{"mode":"none"}}]"#.into()),
    }
}

pub fn real_catalog() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("sample/openrouter-providers-2026-08-14.json")
}

/// The real catalog as a JSON value, to derive other snapshots from.
pub fn real_catalog_value() -> Value {
    serde_json::from_str(&std::fs::read_to_string(real_catalog()).unwrap()).unwrap()
}

/// Runs a scenario once on PostgreSQL and once on SQLite.
#[macro_export]
macro_rules! on_both {
    ($($name:ident),* $(,)?) => {
        mod postgres {
            $(#[test] fn $name() { super::$name($crate::common::Backend::Postgres) })*
        }
        mod sqlite {
            $(#[test] fn $name() { super::$name($crate::common::Backend::Sqlite) })*
        }
    };
}

/// The Redis the abuse tests use; override with ORGPOLICY_TEST_REDIS.
pub fn redis_url() -> String {
    std::env::var("ORGPOLICY_TEST_REDIS").unwrap_or_else(|_| "redis://127.0.0.1:6379".into())
}

/// A key prefix of its own on the test Redis, so tests run in parallel without seeing each
/// other's keys; its keys are deleted when it is dropped.
pub struct TestRedis {
    pub url: String,
    pub prefix: String,
    client: redis::Client,
}

impl TestRedis {
    pub fn new() -> Self {
        let url = redis_url();
        let client = redis::Client::open(url.as_str()).unwrap();
        let reachable = client
            .get_connection_with_timeout(std::time::Duration::from_secs(2))
            .and_then(|mut c| redis::cmd("PING").query::<String>(&mut c));
        if let Err(e) = reachable {
            panic!(
                "Redis is not reachable at {url}: {e}\n\
                 start it with: redis-server --daemonize yes\n\
                 (or point ORGPOLICY_TEST_REDIS at a Redis the tests may write to)"
            );
        }
        let prefix = format!("orgpolicy-test:{}:", uuid::Uuid::new_v4().simple());
        Self { url, prefix, client }
    }

    /// Flags that point a command at this Redis and prefix.
    pub fn args(&self) -> [String; 4] {
        ["--redis-url".into(), self.url.clone(), "--key-prefix".into(), self.prefix.clone()]
    }

    /// Stores a raw value for an identity, as the gateway (or anything else) might.
    pub fn set_raw(&self, identity: &str, value: &str) {
        let mut conn = self.client.get_connection().unwrap();
        redis::cmd("SET").arg(format!("{}{identity}", self.prefix)).arg(value).query::<()>(&mut conn).unwrap();
    }

    /// Runs a raw command whose first argument is the key of `identity`.
    pub fn keyed<T: redis::FromRedisValue>(&self, command: &str, identity: &str, rest: &[&str]) -> T {
        let mut conn = self.client.get_connection().unwrap();
        redis::cmd(command).arg(format!("{}{identity}", self.prefix)).arg(rest).query(&mut conn).unwrap()
    }

    pub fn get_raw(&self, identity: &str) -> Option<String> {
        let mut conn = self.client.get_connection().unwrap();
        redis::cmd("GET").arg(format!("{}{identity}", self.prefix)).query(&mut conn).unwrap()
    }
}

impl Drop for TestRedis {
    fn drop(&mut self) {
        use redis::Commands;
        let Ok(mut conn) = self.client.get_connection() else { return };
        let keys: Vec<String> = match conn.scan_match::<_, String>(format!("{}*", self.prefix)) {
            Ok(iter) => iter.collect(),
            Err(_) => return,
        };
        if !keys.is_empty() {
            let _ = redis::cmd("DEL").arg(keys).query::<u64>(&mut conn);
        }
    }
}

/// Re-seals a plan's body with a correct trailer, as someone editing a plan would: the checks
/// behind the hash are then what is tested.
pub fn reseal(bytes: &[u8]) -> Vec<u8> {
    use sha2::{Digest, Sha256};
    let text = String::from_utf8_lossy(bytes);
    let body: Vec<&str> = text.lines().filter(|l| !l.starts_with("{\"end\"")).collect();
    let mut out = String::new();
    // Version 2 seals the header line, then each entry line's digest; version 1 every byte.
    let v1 = body.first().is_some_and(|h| h.contains("\"version\":1"));
    let mut hasher = Sha256::new();
    for (i, line) in body.iter().enumerate() {
        let line = format!("{line}\n");
        match (i, v1) {
            (0, _) | (_, true) => hasher.update(line.as_bytes()),
            _ => hasher.update(Sha256::digest(line.as_bytes())),
        }
        out.push_str(&line);
    }
    let hash = format!("{:x}", hasher.finalize());
    out.push_str(&format!("{{\"end\":true,\"orgs\":{},\"sha256\":\"{hash}\"}}\n", body.len().saturating_sub(1)));
    out.into_bytes()
}

//! Shared by the benchmarks: PostgreSQL databases filled with a generated population, the
//! release binary, and peak-memory measurement of a child process.
#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::Instant;

use orgpolicy::policy::catalog::{parse_import, InputFormat};
use orgpolicy::policy::Catalog;
use orgpolicy::population::Population;
use orgpolicy::store::{OrgFilter, Store};
use sqlx::{Connection, Executor, PgConnection};

pub const CATALOG: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/sample/openrouter-providers-2026-08-14.json");

pub fn admin_url() -> String {
    std::env::var("ORGPOLICY_BENCH_POSTGRES").unwrap_or_else(|_| "postgres://postgres@127.0.0.1:5432/postgres".into())
}

/// The URL of database `name` on the benchmark server, through `host:port` if given.
pub fn database_url(name: &str) -> String {
    let base = admin_url();
    format!("{}/{name}", &base[..base.rfind('/').unwrap()])
}

pub fn runtime() -> tokio::runtime::Runtime {
    tokio::runtime::Builder::new_current_thread().enable_all().build().unwrap()
}

pub async fn admin() -> PgConnection {
    PgConnection::connect(&admin_url()).await.expect("PostgreSQL must be running for the benchmarks (see README)")
}

pub async fn drop_database(name: &str) {
    admin().await.execute(format!("DROP DATABASE IF EXISTS {name} WITH (FORCE)").as_str()).await.unwrap();
}

/// A copy of `template` (which must have no open connections).
pub async fn clone_database(template: &str, name: &str) {
    drop_database(name).await;
    admin().await.execute(format!("CREATE DATABASE {name} TEMPLATE {template}").as_str()).await.unwrap();
}

/// A migrated database with the real catalog and `n` generated orgs.
pub async fn filled_database(name: &str, n: u64) {
    drop_database(name).await;
    admin().await.execute(format!("CREATE DATABASE {name}").as_str()).await.unwrap();
    let url = database_url(name);
    run_quiet(&url, &["db", "migrate"]);
    run_quiet(&url, &["catalog", "import", CATALOG]);
    let catalog = Catalog::new(&parse_import(&std::fs::read_to_string(CATALOG).unwrap(), InputFormat::Auto).unwrap());
    let population = Population::new(&catalog);
    let store = Store::open(&url).await.unwrap();
    let start = Instant::now();
    for chunk in (0..n).collect::<Vec<_>>().chunks(20_000) {
        let orgs: Vec<_> = chunk.iter().map(|i| population.org(*i)).collect();
        store.insert_orgs(&orgs).await.unwrap();
    }
    eprintln!("generated {n} orgs in {:.1}s", start.elapsed().as_secs_f64());
    if url.starts_with("postgres") {
        let mut conn = PgConnection::connect(&url).await.unwrap();
        conn.execute("VACUUM ANALYZE organizations").await.unwrap();
    }
}

/// The baseline of bulk reads: `SELECT id, plan, settings FROM organizations`, read to the end
/// (best of three).
pub async fn read_rows(url: &str) -> f64 {
    use futures_util::TryStreamExt;
    let mut best = f64::MAX;
    for _ in 0..3 {
        let mut conn = PgConnection::connect(url).await.unwrap();
        let start = Instant::now();
        let mut rows =
            sqlx::query_as::<_, (String, String, String)>("SELECT id::text, plan, settings::text FROM organizations")
                .fetch(&mut conn);
        let mut bytes = 0usize;
        while let Some((id, plan, settings)) = rows.try_next().await.unwrap() {
            bytes += id.len() + plan.len() + settings.len();
        }
        std::hint::black_box(bytes);
        best = best.min(start.elapsed().as_secs_f64());
    }
    best
}

/// The floor of a bulk command: the tool's own scan of every org (its read-only transaction,
/// query and row decoding, on a warm connection) with no work per org (best of three).
/// `audited` scans as `audit` does, with each org's last settings change joined in.
pub async fn tool_scan(url: &str, audited: bool) -> f64 {
    let store = Store::open(url).await.unwrap();
    let mut best = f64::MAX;
    for _ in 0..3 {
        let mut rows = 0u64;
        let start = Instant::now();
        if audited {
            store
                .for_each_audited_org(false, &mut |_| {
                    rows += 1;
                    Ok(())
                })
                .await
                .unwrap();
        } else {
            store
                .for_each_org(&OrgFilter::default(), &mut |_| {
                    rows += 1;
                    Ok(())
                })
                .await
                .unwrap();
        }
        std::hint::black_box(rows);
        best = best.min(start.elapsed().as_secs_f64());
    }
    best
}

/// Builds the release binary once and returns its path.
pub fn binary() -> PathBuf {
    let status =
        Command::new(env!("CARGO")).args(["build", "--release", "--quiet", "--bin", "orgpolicy"]).status().unwrap();
    assert!(status.success());
    Path::new(env!("CARGO_MANIFEST_DIR")).join("target/release/orgpolicy")
}

pub fn run_quiet(url: &str, args: &[&str]) {
    let status = Command::new(binary_path())
        .args(args)
        .env("DATABASE_URL", url)
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .unwrap();
    assert!(status.success(), "{args:?}");
}

pub fn binary_path() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("target/release/orgpolicy")
}

/// What one run of the binary cost.
pub struct Run {
    pub seconds: f64,
    pub peak_rss_kib: i64,
    pub stdout: Vec<u8>,
}

/// Runs the binary to the end; stdout is collected, stderr discarded.
///
/// Peak memory is the child's own `VmHWM`, polled from /proc: `wait4`'s `ru_maxrss` would
/// include this (large) benchmark process, whose high-water mark Linux carries over to the
/// child at exec when it is spawned with vfork.
pub fn measure(url: &str, args: &[&str]) -> Run {
    measure_allowing(url, args, &[0])
}

/// One command of an [`interleaved`] comparison: the database, the arguments, the exit codes
/// it may end with.
pub struct Timed<'a> {
    pub url: &'a str,
    pub args: Vec<String>,
    pub codes: &'a [i32],
}

/// The best time of each command and of reading each command's rows ([`read_rows`]), measured
/// in interleaved rounds so that every ratio sees the same machine: the runs take under a
/// second, and one busy moment would otherwise decide a comparison.
pub fn interleaved(rt: &tokio::runtime::Runtime, commands: &[Timed<'_>], rounds: usize) -> Vec<(f64, f64)> {
    let mut best = vec![(f64::MAX, f64::MAX); commands.len()];
    for _ in 0..rounds {
        for (slot, command) in commands.iter().enumerate() {
            let read = rt.block_on(read_rows(command.url));
            let args: Vec<&str> = command.args.iter().map(String::as_str).collect();
            let run = measure_allowing(command.url, &args, command.codes).seconds;
            best[slot] = (best[slot].0.min(run), best[slot].1.min(read));
        }
    }
    best
}

/// [`measure`] for a command whose exit code may be any of `codes` (`audit` exits 1 on findings).
pub fn measure_allowing(url: &str, args: &[&str], codes: &[i32]) -> Run {
    let start = Instant::now();
    let mut child = Command::new(binary_path())
        .args(args)
        .env("DATABASE_URL", url)
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let status_file = format!("/proc/{}/status", child.id());
    let poller = std::thread::spawn(move || {
        let mut peak = 0i64;
        while let Ok(status) = std::fs::read_to_string(&status_file) {
            let hwm = status
                .lines()
                .find_map(|l| l.strip_prefix("VmHWM:"))
                .and_then(|v| v.trim().trim_end_matches("kB").trim().parse().ok());
            match hwm {
                Some(kib) => peak = peak.max(kib),
                None => break, // a zombie: the process has exited
            }
            std::thread::sleep(std::time::Duration::from_millis(5));
        }
        peak
    });
    let mut stdout = Vec::new();
    std::io::copy(child.stdout.as_mut().unwrap(), &mut stdout).unwrap();
    // Reap only after the poller saw the exit, so /proc stays readable until then.
    let peak_rss_kib = poller.join().unwrap();
    let status = child.wait().unwrap();
    assert!(status.code().is_some_and(|c| codes.contains(&c)), "{args:?} failed: {status}");
    Run { seconds: start.elapsed().as_secs_f64(), peak_rss_kib, stdout }
}

/// Turns a database of orgpolicy's schema into the gateway's layout in place (GATEWAY.md):
/// no migration table, `deleted_at` on organizations, no `details` and nullable actors on the
/// audit log, an int4 catalog id with the time in `data.generated_at` instead of a column,
/// custom models in `custom_llm2` and BYOK keys in `byok_api_keys`. Same rows, so a run on it
/// measures what the schema costs.
pub async fn gatewayize(url: &str) {
    let mut conn = PgConnection::connect(url).await.unwrap();
    conn.execute(
        "DROP TABLE _sqlx_migrations;
         ALTER TABLE organizations DROP CONSTRAINT IF EXISTS organizations_plan_check,
             ADD COLUMN deleted_at timestamptz;
         ALTER TABLE organization_audit_logs DROP CONSTRAINT IF EXISTS organization_audit_logs_organization_id_fkey,
             DROP COLUMN details, ALTER COLUMN actor_id DROP NOT NULL, ALTER COLUMN actor_email DROP NOT NULL,
             ALTER COLUMN id SET DEFAULT gen_random_uuid();
         UPDATE models_by_provider SET data = data || jsonb_build_object('generated_at',
             to_char(created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.MS\"Z\"'));
         ALTER TABLE models_by_provider DROP COLUMN created_at, ALTER COLUMN id TYPE int4;
         CREATE TABLE custom_llm2 (public_id text PRIMARY KEY, definition jsonb NOT NULL, encrypted_api_key jsonb);
         INSERT INTO custom_llm2 (public_id, definition)
             SELECT model_id, jsonb_build_object('organization_ids', jsonb_agg(organization_id::text))
             FROM organization_custom_models GROUP BY model_id;
         CREATE TABLE byok_api_keys (id uuid PRIMARY KEY DEFAULT gen_random_uuid(), organization_id uuid,
             kilo_user_id text, provider_id text NOT NULL, encrypted_api_key jsonb NOT NULL,
             is_enabled boolean NOT NULL DEFAULT true, created_by text NOT NULL);
         DROP TABLE organization_custom_models;",
    )
    .await
    .unwrap();
    conn.execute("VACUUM ANALYZE").await.unwrap();
}

/// Gives the first `n` enterprise orgs (by id) groups: four members each, groups `eng` (policy
/// `all`) and `ops` (one model selected, no provider) of two members, and a settings row.
pub async fn add_groups(url: &str, n: u64) {
    let mut conn = PgConnection::connect(url).await.unwrap();
    conn.execute(
        format!(
            "CREATE TEMP TABLE grouped AS SELECT id FROM organizations WHERE plan = 'enterprise' ORDER BY id LIMIT {n};
             INSERT INTO organization_memberships (organization_id, kilo_user_id, email)
             SELECT g.id, 'user-' || i, 'user' || i || '@x.test' FROM grouped g, generate_series(1, 4) i;
             INSERT INTO organization_groups (organization_id, name, policies)
             SELECT g.id, n, CASE n WHEN 'eng' THEN '[{{\"type\": \"model_access\", \"data\": {{\"mode\": \"all\"}}}}]'
                                    ELSE '[{{\"type\": \"model_access\", \"data\": {{\"mode\": \"selected\", \"model_allow_list\": [\"openai/gpt-4o\"], \"provider_allow_list\": []}}}}]' END::jsonb
             FROM grouped g, unnest(ARRAY['eng', 'ops']) n;
             INSERT INTO organization_group_memberships (organization_id, group_id, kilo_user_id)
             SELECT og.organization_id, og.id, 'user-' || i FROM organization_groups og, generate_series(1, 2) i;
             INSERT INTO organization_group_policy_settings (organization_id) SELECT id FROM grouped;"
        )
        .as_str(),
    )
    .await
    .unwrap();
    conn.execute("VACUUM ANALYZE").await.unwrap();
}

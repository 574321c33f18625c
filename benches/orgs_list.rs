//! `orgs list --format json` streams: peak memory is flat in the number of orgs.
//! Fills two PostgreSQL databases (100,000 and 400,000 orgs over the real catalog, every policy
//! shape), runs the release binary on each and prints peak RSS, wall time and their ratios.
//!
//! Run: `cargo bench --bench orgs_list` (PostgreSQL at ORGPOLICY_BENCH_POSTGRES, default
//! postgres://postgres@127.0.0.1:5432/postgres).

use std::process::{Command, Stdio};
use std::time::Instant;

use serde_json::{json, Value};
use sqlx::{Connection, Executor, PgConnection};

fn admin_url() -> String {
    std::env::var("ORGPOLICY_BENCH_POSTGRES").unwrap_or_else(|_| "postgres://postgres@127.0.0.1:5432/postgres".into())
}

fn database_url(name: &str) -> String {
    let base = admin_url();
    format!("{}/{name}", &base[..base.rfind('/').unwrap()])
}

/// Settings of org `i`: a deterministic mix of every shape.
fn settings(i: usize, providers: &[String]) -> Value {
    let p = |k: usize| providers[(i * 7 + k * 13) % providers.len()].clone();
    match i % 10 {
        0..=4 => {
            json!({"provider_deny_list": [p(0), p(1), p(2)], "model_deny_list": ["openai/gpt-4o-mini"], "ui": {"theme": "dark"}})
        }
        5 | 6 => {
            json!({"provider_policy_mode": "allow", "provider_allow_list": [p(0), p(1), p(2), p(3)], "provider_deny_list": [p(4)]})
        }
        7 => json!({}),
        8 => json!({"provider_allow_list": [p(0)], "data_collection": "deny"}),
        _ => json!({"provider_deny_list": p(0)}),
    }
}

async fn fill(name: &str, n: usize, catalog: &str, providers: &[String]) {
    let mut admin = PgConnection::connect(&admin_url()).await.expect("PostgreSQL must be running for this benchmark");
    admin.execute(format!("DROP DATABASE IF EXISTS {name} WITH (FORCE)").as_str()).await.unwrap();
    admin.execute(format!("CREATE DATABASE {name}").as_str()).await.unwrap();
    let url = database_url(name);
    run(&url, &["db", "migrate"]);
    run(&url, &["catalog", "import", catalog]);
    let mut conn = PgConnection::connect(&url).await.unwrap();
    for chunk_start in (0..n).step_by(5000) {
        let end = (chunk_start + 5000).min(n);
        let rows: Vec<Value> = (chunk_start..end)
            .map(|i| json!({"name": format!("org-{i:07}"), "plan": if i % 4 == 0 { "teams" } else { "enterprise" }, "settings": settings(i, providers)}))
            .collect();
        sqlx::query(
            "INSERT INTO organizations (name, plan, settings)
             SELECT r->>'name', r->>'plan', r->'settings' FROM jsonb_array_elements($1::jsonb) AS r",
        )
        .bind(Value::Array(rows).to_string())
        .execute(&mut conn)
        .await
        .unwrap();
    }
}

fn binary() -> String {
    let status = Command::new("cargo").args(["build", "--release", "--quiet", "--bin", "orgpolicy"]).status().unwrap();
    assert!(status.success());
    format!("{}/target/release/orgpolicy", env!("CARGO_MANIFEST_DIR"))
}

fn run(url: &str, args: &[&str]) {
    let status =
        Command::new(binary_path()).args(args).env("DATABASE_URL", url).stdout(Stdio::null()).status().unwrap();
    assert!(status.success(), "{args:?}");
}

fn binary_path() -> String {
    format!("{}/target/release/orgpolicy", env!("CARGO_MANIFEST_DIR"))
}

/// Runs the binary; returns (peak RSS in KiB, seconds, bytes written).
fn measure(url: &str, args: &[&str]) -> (i64, f64, u64) {
    let start = Instant::now();
    let mut child =
        Command::new(binary_path()).args(args).env("DATABASE_URL", url).stdout(Stdio::piped()).spawn().unwrap();
    let bytes = std::io::copy(child.stdout.as_mut().unwrap(), &mut std::io::sink()).unwrap();
    let mut status = 0;
    let mut usage: libc::rusage = unsafe { std::mem::zeroed() };
    // SAFETY: wait4 on our own child with valid pointers; reports that child's peak RSS.
    let pid = unsafe { libc::wait4(child.id() as i32, &mut status, 0, &mut usage) };
    assert_eq!(pid, child.id() as i32);
    assert_eq!(status, 0, "{args:?} failed");
    (usage.ru_maxrss, start.elapsed().as_secs_f64(), bytes)
}

fn main() {
    binary();
    let catalog = concat!(env!("CARGO_MANIFEST_DIR"), "/sample/openrouter-providers-2026-08-14.json");
    let data: Value = serde_json::from_str(&std::fs::read_to_string(catalog).unwrap()).unwrap();
    let providers: Vec<String> =
        data["providers"].as_array().unwrap().iter().map(|p| p["slug"].as_str().unwrap().to_string()).collect();
    let rt = tokio::runtime::Builder::new_current_thread().enable_all().build().unwrap();
    let sizes = [100_000usize, 400_000];
    let mut results = Vec::new();
    for n in sizes {
        let name = format!("orgpolicy_bench_list_{n}");
        let t = Instant::now();
        rt.block_on(fill(&name, n, catalog, &providers));
        eprintln!("filled {n} orgs in {:.1}s", t.elapsed().as_secs_f64());
        let (rss, secs, bytes) = measure(&database_url(&name), &["orgs", "list", "--format", "json"]);
        println!(
            "orgs list --format json, {n:>7} orgs: peak RSS {:>7} KiB, {secs:>6.2}s, {} MiB of JSON",
            rss,
            bytes >> 20
        );
        results.push((rss, secs));
        let mut admin = rt.block_on(PgConnection::connect(&admin_url())).unwrap();
        rt.block_on(admin.execute(format!("DROP DATABASE IF EXISTS {name} WITH (FORCE)").as_str())).unwrap();
    }
    println!(
        "peak RSS ratio 400k/100k: {:.2} (flat: target <= 1.5); time ratio: {:.2} (linear would be 4.0)",
        results[1].0 as f64 / results[0].0 as f64,
        results[1].1 / results[0].1
    );
}

//! Peak memory with big settings documents (issue 23): every bulk command and an edit, on
//! PostgreSQL and on SQLite, with 10 and then 40 organizations whose settings hold a 10 MiB
//! value. Memory must be flat in the number of such documents (target: 40 vs 10 within 1.2x)
//! and bounded by the largest one (printed as a multiple of its size).
//!
//! Run: `cargo bench --bench big_documents` (PostgreSQL at ORGPOLICY_BENCH_POSTGRES, default
//! postgres://postgres@127.0.0.1:5432/postgres; about 1 GB of disk while it runs).

mod support;

use support::*;

const DOCUMENT_MIB: usize = 10;

#[derive(Clone, Copy, PartialEq, Eq)]
enum Backend {
    Postgres,
    Sqlite,
}

impl Backend {
    fn name(self) -> &'static str {
        match self {
            Backend::Postgres => "postgres",
            Backend::Sqlite => "sqlite",
        }
    }
}

fn main() {
    binary();
    let rt = runtime();
    let dir = tempfile::tempdir().unwrap();
    for backend in [Backend::Postgres, Backend::Sqlite] {
        let small = peaks(&rt, backend, 10, dir.path());
        let large = peaks(&rt, backend, 40, dir.path());
        for ((command, a), (_, b)) in small.iter().zip(&large) {
            println!(
                "{:<8} {command:<12} peak RSS {:>5} MiB with 10 big documents, {:>5} MiB with 40: {:.2}x (target <= 1.2x); {:.1}x the document",
                backend.name(),
                a / 1024,
                b / 1024,
                *b as f64 / *a as f64,
                *b as f64 / (DOCUMENT_MIB * 1024) as f64
            );
        }
    }
}

/// A database with the real catalog and `n` enterprise orgs, each with a deny list and a
/// 10 MiB value in its settings.
fn database(rt: &tokio::runtime::Runtime, backend: Backend, n: usize, dir: &std::path::Path) -> String {
    let url = match backend {
        Backend::Postgres => {
            let name = format!("orgpolicy_bench_big_{n}");
            rt.block_on(async {
                drop_database(&name).await;
                use sqlx::Executor;
                admin().await.execute(format!("CREATE DATABASE {name}").as_str()).await.unwrap();
            });
            database_url(&name)
        }
        Backend::Sqlite => {
            let path = dir.join(format!("big-{n}.db"));
            std::fs::File::create(&path).unwrap();
            format!("sqlite://{}", path.display())
        }
    };
    run_quiet(&url, &["db", "migrate"]);
    run_quiet(&url, &["catalog", "import", CATALOG]);
    let blob = "x".repeat(DOCUMENT_MIB << 20);
    rt.block_on(async {
        for i in 0..n {
            let settings = format!(r#"{{"provider_deny_list":["deepseek"],"blob":"{blob}"}}"#);
            let id = uuid::Uuid::new_v4().to_string();
            let name = format!("big-{i:02}");
            match backend {
                Backend::Postgres => {
                    let pool = sqlx::PgPool::connect(&url).await.unwrap();
                    sqlx::query("INSERT INTO organizations (id, name, plan, settings) VALUES ($1::uuid, $2, 'enterprise', $3::jsonb)")
                        .bind(&id)
                        .bind(&name)
                        .bind(&settings)
                        .execute(&pool)
                        .await
                        .unwrap();
                }
                Backend::Sqlite => {
                    let pool = sqlx::SqlitePool::connect(&url).await.unwrap();
                    sqlx::query("INSERT INTO organizations (id, name, plan, settings) VALUES ($1, $2, 'enterprise', $3)")
                        .bind(&id)
                        .bind(&name)
                        .bind(&settings)
                        .execute(&pool)
                        .await
                        .unwrap();
                }
            }
        }
    });
    url
}

/// Peak RSS (KiB) of each command over a fresh database of `n` big documents.
fn peaks(rt: &tokio::runtime::Runtime, backend: Backend, n: usize, dir: &std::path::Path) -> Vec<(&'static str, i64)> {
    let url = database(rt, backend, n, dir);
    let plan = dir.join(format!("plan-{}-{n}.jsonl", backend.name()));
    let plan = plan.to_str().unwrap();
    let runs: [(&'static str, Vec<&str>, &[i32]); 5] = [
        ("orgs list", vec!["orgs", "list", "--format", "json"], &[0]),
        ("audit", vec!["audit", "--format", "json"], &[0, 1]),
        ("plan", vec!["backfill", "plan", "--format", "json", "--rules", "marker", "--out", plan], &[0]),
        ("apply", vec!["backfill", "apply", plan, "--yes", "--format", "json", "--rules", "marker"], &[0]),
        ("edit", vec!["providers", "allow", "--org", "big-00", "deepseek", "--yes", "--actor", "bench"], &[0]),
    ];
    // The worst of three runs for reads (how much is in flight at once varies with timing); the
    // writes run once (a second apply would find everything done).
    let result = runs
        .iter()
        .map(|(name, args, codes)| {
            let runs = if matches!(*name, "apply" | "edit") { 1 } else { 3 };
            (*name, (0..runs).map(|_| measure_allowing(&url, args, codes).peak_rss_kib).max().unwrap_or(0))
        })
        .collect();
    if backend == Backend::Postgres {
        rt.block_on(drop_database(&format!("orgpolicy_bench_big_{n}")));
    }
    result
}

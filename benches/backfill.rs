//! `backfill plan` and `backfill apply` on PostgreSQL with 100,000 generated orgs (about half
//! legacy), against baselines measured in the same run (SPEC §11, issue 4):
//! - plan vs reading `SELECT id, plan, settings FROM organizations` to the end (target <= 2x),
//!   with the floor that leaves for the per-org work: the tool's own scan of the rows and
//!   writing the plan file (written, hashed and synced);
//! - apply vs one set-based SQL `UPDATE` doing the same transformation without audit rows
//!   (target <= 2x), and vs one `UPDATE` round trip per org, the reference script's way;
//! - apply through a proxy that adds 1 ms to every round trip vs loopback (target <= 1.2x);
//! - peak RSS of plan and apply at 400,000 orgs vs 100,000 (target <= 1.5x);
//! - plan on the gateway's schema, under the marker and the current rules, vs the own schema,
//!   each as a ratio to its raw read (target <= 1.2x; issue 22).
//!
//! Run: `cargo bench --bench backfill` (takes a few minutes; PostgreSQL at
//! ORGPOLICY_BENCH_POSTGRES, default postgres://postgres@127.0.0.1:5432/postgres).

mod support;

use std::io::{Read, Write};
use std::net::{TcpListener, TcpStream};
use std::path::Path;
use std::sync::mpsc;
use std::thread;
use std::time::{Duration, Instant};

use orgpolicy::planfile::{Header, PlanWriter, SealedLine, VerifiedPlan};
use serde_json::Value;
use sqlx::{Connection, PgConnection};
use support::*;

/// Per-org baselines run on this many orgs and are extrapolated (a full run would take minutes).
const PER_ORG_SAMPLE: usize = 3000;

fn main() {
    binary();
    let rt = runtime();
    let dir = tempfile::tempdir().unwrap();
    let proxy = start_proxy("127.0.0.1:5432", Duration::from_micros(500));
    let small = measure_population(&rt, 100_000, dir.path(), Some(proxy));
    let large = measure_population(&rt, 400_000, dir.path(), None);
    println!(
        "memory, 400k vs 100k orgs: plan peak RSS {} vs {} KiB ({:.2}x), apply {} vs {} KiB ({:.2}x) (target <= 1.5x)",
        large.plan_rss,
        small.plan_rss,
        large.plan_rss as f64 / small.plan_rss as f64,
        large.apply_rss,
        small.apply_rss,
        large.apply_rss as f64 / small.apply_rss as f64
    );
}

struct Memory {
    plan_rss: i64,
    apply_rss: i64,
}

fn measure_population(rt: &tokio::runtime::Runtime, n: u64, dir: &Path, proxy: Option<u16>) -> Memory {
    let template = format!("orgpolicy_bench_bf_{n}");
    rt.block_on(filled_database(&template, n));
    let url = database_url(&template);

    let read = rt.block_on(read_rows(&url));
    let plan_path = dir.join(format!("plan-{n}.jsonl"));
    let plan_args = ["backfill", "plan", "--format", "json", "--rules", "marker", "--out", plan_path.to_str().unwrap()];
    let plans: Vec<Run> = (0..3).map(|_| measure(&url, &plan_args)).collect();
    let plan = plans.iter().min_by(|a, b| a.seconds.total_cmp(&b.seconds)).unwrap();
    let summary: Value = serde_json::from_slice(&plan.stdout).unwrap();
    let migrating = summary["summary"]["to_migrate"].as_u64().unwrap();
    println!("== {n} orgs, {migrating} to migrate ==");
    println!(
        "plan:  {:.2}s vs reading the rows {:.2}s: {:.2}x (target <= 2x), peak RSS {} KiB",
        plan.seconds,
        read,
        plan.seconds / read,
        plan.peak_rss_kib
    );
    let scan = rt.block_on(tool_scan(&url, false));
    let (file_mib, write) = write_floor(&plan_path, dir);
    println!(
        "       floor before any per-org work: the tool's scan {scan:.2}s + writing, hashing and syncing the {file_mib} MiB plan file {write:.2}s = {:.2}x of the read",
        (scan + write) / read
    );

    let copy = |suffix: &str| {
        let name = format!("{template}_{suffix}");
        rt.block_on(clone_database(&template, &name));
        name
    };
    let sql_db = copy("sql");
    let sql = rt.block_on(set_based_update(&database_url(&sql_db)));
    // A plan is pinned to the database it was made on, so each copy gets its own (the same
    // orgs, so the same plan but for the header), made before the clock starts.
    let plan_on = |db: &str| {
        let path = dir.join(format!("plan-{db}.jsonl"));
        measure(
            &database_url(db),
            &["backfill", "plan", "--format", "json", "--rules", "marker", "--out", path.to_str().unwrap()],
        );
        path
    };
    let apply_db = copy("apply");
    let apply_plan = plan_on(&apply_db);
    let apply_on = |url: &str, plan: &Path| {
        measure(url, &["backfill", "apply", plan.to_str().unwrap(), "--yes", "--format", "json", "--rules", "marker"])
    };
    let apply = apply_on(&database_url(&apply_db), &apply_plan);
    let report: Value = serde_json::from_slice(&apply.stdout).unwrap();
    assert_eq!(report["changed"].as_u64(), Some(migrating), "{report}");
    let batches = report["batches"].as_u64().unwrap();
    println!(
        "apply: {:.2}s vs one set-based UPDATE without audit rows {:.2}s: {:.2}x (target <= 2x), peak RSS {} KiB",
        apply.seconds,
        sql.0,
        apply.seconds / sql.0,
        apply.peak_rss_kib
    );
    println!(
        "       {} rows updated by the UPDATE; {batches} batches = {} round trips per 1,000 orgs migrated (BEGIN, statement, COMMIT)",
        sql.1,
        3 * batches * 1000 / migrating.max(1)
    );
    let per_org_db = copy("per_org");
    let per_org = rt.block_on(per_org_updates(&database_url(&per_org_db), &plan_path, migrating));
    println!(
        "       vs one UPDATE per org (extrapolated from {PER_ORG_SAMPLE}): {:.2}s, {:.1}x faster",
        per_org,
        per_org / apply.seconds
    );

    if let Some(port) = proxy {
        let slow_db = copy("slow");
        let slow_url = database_url(&slow_db).replace("127.0.0.1:5432", &format!("127.0.0.1:{port}"));
        let slow = apply_on(&slow_url, &plan_on(&slow_db));
        let per_org_slow = rt.block_on(per_org_updates(&slow_url, &plan_path, migrating));
        println!(
            "apply with 1 ms per round trip: {:.2}s vs {:.2}s on loopback: {:.2}x (target <= 1.2x); one UPDATE per org: {:.1}s ({:.0}x slower)",
            slow.seconds,
            apply.seconds,
            slow.seconds / apply.seconds,
            per_org_slow,
            per_org_slow / slow.seconds
        );
        rt.block_on(drop_database(&slow_db));
    }
    if proxy.is_some() {
        // The same rows in the gateway's layout: plan and apply under the same (marker) rules
        // cost what the schema costs; the current rules are the gateway's default.
        let gateway_db = copy("gateway");
        let gateway_url = database_url(&gateway_db);
        rt.block_on(gatewayize(&gateway_url));
        let plan = |url, slot: usize, rules: &str| {
            let path = dir.join(format!("plan-{slot}-{rules}-{n}.jsonl")).to_string_lossy().into_owned();
            let args = ["backfill", "plan", "--format", "json", "--rules", rules, "--out", &path];
            Timed { url, args: args.map(String::from).to_vec(), codes: &[0] }
        };
        let runs = [plan(&url, 0, "marker"), plan(&gateway_url, 1, "marker"), plan(&gateway_url, 2, "current")];
        let best = interleaved(rt, &runs, 5);
        let own_ratio = best[0].0 / best[0].1;
        println!(
            "plan, own schema (marker rules): {:.2}s vs reading the rows {:.2}s: {own_ratio:.2}x",
            best[0].0, best[0].1
        );
        for (slot, rules) in [(1, "marker"), (2, "current")] {
            let (seconds, read) = best[slot];
            println!(
                "plan, gateway schema ({rules} rules): {seconds:.2}s vs reading the rows {read:.2}s: {:.2}x = {:.2}x the own schema's ratio (target <= 1.2x)",
                seconds / read,
                (seconds / read) / own_ratio
            );
        }
        let path = dir.join(format!("plan-1-marker-{n}.jsonl"));
        let applied = measure(
            &gateway_url,
            &["backfill", "apply", path.to_str().unwrap(), "--yes", "--format", "json", "--rules", "marker"],
        );
        println!(
            "apply on the gateway's schema (marker rules): {:.2}s: {:.2}x of the set-based UPDATE (own schema: {:.2}x)",
            applied.seconds,
            applied.seconds / sql.0,
            apply.seconds / sql.0
        );
        rt.block_on(drop_database(&gateway_db));
    }
    for db in [sql_db, apply_db, per_org_db, template] {
        rt.block_on(drop_database(&db));
    }
    Memory { plan_rss: plan.peak_rss_kib, apply_rss: apply.peak_rss_kib }
}

/// What writing the plan file costs by itself: its lines sealed and written again through the
/// tool's own `PlanWriter` (each line hashed, written, the file synced), best of three; the
/// planning workers seal their lines in parallel, so this floor is above what the plan pays.
/// Returns the size in MiB and the seconds.
fn write_floor(plan: &Path, dir: &Path) -> (usize, f64) {
    let bytes = std::fs::read(plan).unwrap();
    let mut lines: Vec<&[u8]> = bytes.split_inclusive(|b| *b == b'\n').collect();
    let header: Header = serde_json::from_slice(lines.remove(0)).unwrap();
    let trailer: Value = serde_json::from_slice(lines.pop().unwrap()).unwrap();
    let copy = dir.join("write-floor.jsonl");
    let mut best = f64::MAX;
    for _ in 0..3 {
        let start = Instant::now();
        let mut writer = PlanWriter::create(&copy, &header).unwrap();
        for line in &lines {
            writer.sealed(&SealedLine::new(line.to_vec())).unwrap();
        }
        let hash = writer.finish().unwrap();
        best = best.min(start.elapsed().as_secs_f64());
        assert_eq!(trailer["sha256"], hash.as_str(), "the rewritten plan differs from the one measured");
    }
    std::fs::remove_file(copy).unwrap();
    (bytes.len() >> 20, best)
}

/// The same transformation as one set-based UPDATE, without audit rows or checks.
async fn set_based_update(url: &str) -> (f64, u64) {
    let mut conn = PgConnection::connect(url).await.unwrap();
    let live: Vec<String> = sqlx::query_scalar(
        "SELECT DISTINCT p->>'slug' FROM models_by_provider m, jsonb_array_elements(m.data->'providers') p
         WHERE m.id = (SELECT max(id) FROM models_by_provider)
           AND EXISTS (SELECT 1 FROM jsonb_array_elements(p->'models') x WHERE x->'endpoint' <> 'null'::jsonb)",
    )
    .fetch_all(&mut conn)
    .await
    .unwrap();
    let start = Instant::now();
    let done = sqlx::query(
        "UPDATE organizations SET updated_at = now(), settings = settings || jsonb_build_object(
             'provider_policy_mode', 'allow',
             'provider_allow_list', COALESCE((SELECT jsonb_agg(p ORDER BY p) FROM unnest($1::text[]) AS p
                 WHERE NOT EXISTS (SELECT 1 FROM jsonb_array_elements_text(settings->'provider_deny_list') d
                                   WHERE lower(trim(d)) = p)), '[]'::jsonb))
         WHERE plan = 'enterprise' AND NOT settings ? 'provider_policy_mode'
           AND CASE WHEN jsonb_typeof(settings->'provider_deny_list') = 'array'
                    THEN jsonb_array_length(settings->'provider_deny_list') > 0 ELSE false END",
    )
    .bind(&live)
    .execute(&mut conn)
    .await
    .unwrap()
    .rows_affected();
    (start.elapsed().as_secs_f64(), done)
}

/// One autocommitted UPDATE per planned org, on a sample, extrapolated to `total` orgs.
async fn per_org_updates(url: &str, plan: &Path, total: u64) -> f64 {
    let plan = VerifiedPlan::open(plan).unwrap();
    let sample: Vec<_> = plan.entries().unwrap().take(PER_ORG_SAMPLE).map(Result::unwrap).collect();
    let mut conn = PgConnection::connect(url).await.unwrap();
    let start = Instant::now();
    for entry in &sample {
        sqlx::query("UPDATE organizations SET settings = $1::jsonb, updated_at = now() WHERE id = $2::uuid")
            .bind(entry.new.to_string())
            .bind(&entry.id)
            .execute(&mut conn)
            .await
            .unwrap();
    }
    start.elapsed().as_secs_f64() * total as f64 / sample.len() as f64
}

/// A TCP proxy on loopback that delivers every chunk `one_way` after it arrived, in each
/// direction: every round trip costs 2 x `one_way` more, bandwidth is not limited.
fn start_proxy(upstream: &'static str, one_way: Duration) -> u16 {
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let port = listener.local_addr().unwrap().port();
    thread::spawn(move || {
        for client in listener.incoming().flatten() {
            let Ok(server) = TcpStream::connect(upstream) else { continue };
            for (from, to) in [(client.try_clone().unwrap(), server.try_clone().unwrap()), (server, client)] {
                pipe(from, to, one_way);
            }
        }
    });
    port
}

fn pipe(mut from: TcpStream, mut to: TcpStream, delay: Duration) {
    let _ = from.set_nodelay(true);
    let _ = to.set_nodelay(true);
    let (tx, rx) = mpsc::channel::<(Instant, Vec<u8>)>();
    thread::spawn(move || {
        let mut buf = vec![0u8; 64 * 1024];
        while let Ok(n) = from.read(&mut buf) {
            if n == 0 || tx.send((Instant::now() + delay, buf[..n].to_vec())).is_err() {
                break;
            }
        }
    });
    thread::spawn(move || {
        for (due, data) in rx {
            if let Some(wait) = due.checked_duration_since(Instant::now()) {
                thread::sleep(wait);
            }
            if to.write_all(&data).is_err() {
                break;
            }
        }
        let _ = to.shutdown(std::net::Shutdown::Write);
    });
}

//! `audit` over 100,000 and 400,000 generated orgs on PostgreSQL (SPEC §11, issue 5):
//! - time vs reading `SELECT id, plan, settings FROM organizations` to the end (target <= 2x),
//!   and the tool's own scan with no per-org work (its query also joins each org's last
//!   settings change), the floor of that ratio;
//! - peak RSS at 400,000 orgs vs 100,000 (flat: target <= 1.5x).
//!
//! The database gets a history for the silent-enablement check: an older snapshot without
//! three of today's providers, and a settings-change audit row for a fifth of the orgs.
//!
//! Run: `cargo bench --bench audit` (PostgreSQL at ORGPOLICY_BENCH_POSTGRES, default
//! postgres://postgres@127.0.0.1:5432/postgres).

mod support;

use serde_json::Value;
use sqlx::{Connection, Executor, PgConnection};
use support::*;

fn main() {
    binary();
    let rt = runtime();
    let mut peaks = Vec::new();
    for n in [100_000u64, 400_000] {
        let name = format!("orgpolicy_bench_audit_{n}");
        rt.block_on(filled_database(&name, n));
        let url = database_url(&name);
        rt.block_on(add_history(&url));
        let read = rt.block_on(read_rows(&url));
        let runs: Vec<Run> = (0..3).map(|_| measure_allowing(&url, &["audit", "--format", "json"], &[0, 1])).collect();
        let run = runs.iter().min_by(|a, b| a.seconds.total_cmp(&b.seconds)).unwrap();
        let report: Value = serde_json::from_slice(&run.stdout).unwrap();
        let summary = &report["summary"];
        println!(
            "audit, {n:>7} orgs: {:.2}s vs reading the rows {:.2}s: {:.2}x (target <= 2x); peak RSS {} KiB; {} errors, {} warnings ({} silent enablement)",
            run.seconds,
            read,
            run.seconds / read,
            run.peak_rss_kib,
            summary["errors"],
            summary["warnings"],
            summary["by_code"]["silent_enablement"]
        );
        let scan = rt.block_on(tool_scan(&url, true));
        println!(
            "       floor before any per-org work: the tool's scan (each org with its last settings change) {scan:.2}s = {:.2}x of the read",
            scan / read
        );
        peaks.push(run.peak_rss_kib);
        if n == 100_000 {
            compare_gateway_schema(&rt, &name);
        }
        rt.block_on(drop_database(&name));
    }
    println!("peak RSS ratio 400k/100k: {:.2} (target <= 1.5)", peaks[1] as f64 / peaks[0] as f64);
}

/// The same rows in the gateway's layout (a copy, converted in place), measured back to back
/// with the own schema so that both ratios see the same server state: what the schema costs
/// under the same rules (marker), and the gateway's default rules (current).
fn compare_gateway_schema(rt: &tokio::runtime::Runtime, own: &str) {
    let gateway = format!("{own}_gateway");
    rt.block_on(clone_database(own, &gateway));
    let gateway_url = database_url(&gateway);
    rt.block_on(gatewayize(&gateway_url));
    let own_url = database_url(own);
    let audit = |url, rules: &str| Timed {
        url,
        args: ["audit", "--format", "json", "--rules", rules].map(String::from).to_vec(),
        codes: &[0, 1],
    };
    let runs = [audit(&own_url, "marker"), audit(&gateway_url, "marker"), audit(&gateway_url, "current")];
    let best = interleaved(rt, &runs, 5);
    let own_ratio = best[0].0 / best[0].1;
    println!(
        "audit, own schema (marker rules):       {:.2}s vs reading the rows {:.2}s: {own_ratio:.2}x",
        best[0].0, best[0].1
    );
    for (slot, rules) in [(1, "marker"), (2, "current")] {
        let (seconds, read) = best[slot];
        println!(
            "audit, gateway schema ({rules} rules): {seconds:.2}s vs reading the rows {read:.2}s: {:.2}x = {:.2}x the own schema's ratio (target <= 1.2x)",
            seconds / read,
            (seconds / read) / own_ratio
        );
    }
    rt.block_on(drop_database(&gateway));
}

/// Makes the imported snapshot the second of two: the first (400 days old) lacks three
/// providers, which therefore entered the catalog with the second. A fifth of the orgs get a
/// settings-change audit row from 30 days ago.
async fn add_history(url: &str) {
    let mut conn = PgConnection::connect(url).await.unwrap();
    conn.execute(
        "INSERT INTO models_by_provider (data, created_at)
             SELECT jsonb_set(data, '{providers}', (SELECT jsonb_agg(p) FROM jsonb_array_elements(data->'providers') p
                     WHERE p->>'slug' NOT IN ('wafer', 'darkbloom', 'sail-research'))),
                    now() - interval '400 days'
             FROM models_by_provider WHERE id = 1;
         UPDATE models_by_provider m SET data = o.data, created_at = o.created_at
             FROM (SELECT id, data, created_at FROM models_by_provider) o WHERE m.id <> o.id;
         INSERT INTO organization_audit_logs (id, organization_id, action, actor_id, actor_email, message, created_at)
             SELECT gen_random_uuid(), id, 'organization.settings.change', 'bench', 'bench', 'bench', now() - interval '30 days'
             FROM organizations WHERE abs(hashtext(id::text)) % 5 = 0;
         ANALYZE;",
    )
    .await
    .unwrap();
}

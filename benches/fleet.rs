//! The whole fleet at once (issue 27), on the gateway's schema under the current rules, at
//! 100,000 and 1,000,000 orgs of which a quarter use groups (two groups of two members, four
//! members each):
//! - `diff --all --rules allow-list..current`, `change plan --remove-provider P` and `access
//!   --provider P`, each vs reading the rows (`SELECT id, plan, settings`) to the end (target
//!   <= 1.5x; the gateway's seat purchases are there, as Claude's routing reads them), and
//!   (diff and `access --members`, which read members) also vs reading every row
//!   they read with plain SELECTs: the organizations, then the members, groups, group
//!   memberships and group-policy settings rows (of the orgs using groups, or every member);
//! - `change apply` of that plan vs one set-based UPDATE doing the same to the same orgs
//!   (target <= 1.5x), each on its own copy of the database;
//! - peak RSS of each command at 1,000,000 orgs vs 100,000 (target <= 1.2x).
//!
//! Every ratio is measured in one run, the command and its baseline back to back.
//!
//! Run: `cargo bench --bench fleet` (about half an hour on 2 cores; PostgreSQL at
//! ORGPOLICY_BENCH_POSTGRES). `ORGPOLICY_BENCH_FLEET_SIZES=20000,100000` measures other sizes;
//! `ORGPOLICY_BENCH_FLEET_ONLY=access` measures only the commands starting so;
//! `ORGPOLICY_BENCH_KEEP=1` keeps the databases (`orgpolicy_bench_fleet_N`) to look into.

mod support;

use std::time::Instant;

use sqlx::{Connection, PgConnection};
use support::*;

/// The provider taken out of allow lists: one the generated population's allow lists hold.
const PROVIDER: &str = "openai";

fn main() {
    binary();
    let rt = runtime();
    let sizes: Vec<u64> = std::env::var("ORGPOLICY_BENCH_FLEET_SIZES")
        .ok()
        .map(|s| s.split(',').filter_map(|n| n.trim().parse().ok()).collect())
        .unwrap_or_else(|| vec![100_000, 1_000_000]);
    let mut peaks: Vec<Vec<(String, i64)>> = Vec::new();
    for &n in &sizes {
        let name = format!("orgpolicy_bench_fleet_{n}");
        rt.block_on(fleet_database(&name, n));
        let url = database_url(&name);
        let dir = tempfile::tempdir().unwrap();
        let plan = dir.path().join("plan.jsonl");
        let plan_arg = plan.to_str().unwrap().to_string();
        let commands: Vec<(&str, Vec<String>)> = vec![
            ("diff --all --rules allow-list..current", args(&["diff", "--all", "--rules", "allow-list..current"])),
            (
                "change plan --remove-provider",
                args(&["change", "plan", "--remove-provider", PROVIDER, "--out", &plan_arg, "--force"]),
            ),
            ("access --provider", args(&["access", "--provider", PROVIDER])),
            ("access --provider --members", args(&["access", "--provider", PROVIDER, "--members"])),
        ];
        let floor = rt.block_on(fleet_scan_floor(&url));
        println!(
            "floor: the fleet scan alone (every org with its request inputs and members, no work) at {n} orgs: {:.2}s, {:.2}x of reading the rows",
            floor.0,
            floor.0 / floor.1
        );
        let only = std::env::var("ORGPOLICY_BENCH_FLEET_ONLY").ok();
        let mut peak = Vec::new();
        for (what, args) in commands.iter().filter(|(what, _)| only.as_deref().is_none_or(|o| what.starts_with(o))) {
            let (run, read) = best_against_read(&rt, &url, args);
            let every_row = match *what {
                "diff --all --rules allow-list..current" => Some(rt.block_on(read_every_row(&url, false))),
                "access --provider --members" => Some(rt.block_on(read_every_row(&url, true))),
                _ => None,
            }
            .map(|all| format!(", vs reading every row it reads {all:.2}s: {:.2}x", run.seconds / all))
            .unwrap_or_default();
            println!(
                "{what:<40} {n:>9} orgs: {:.2}s vs reading the rows {read:.2}s: {:.2}x (target <= 1.5x){every_row}; peak RSS {} KiB",
                run.seconds,
                run.seconds / read,
                run.peak_rss_kib
            );
            peak.push((what.to_string(), run.peak_rss_kib));
        }
        if only.is_none() {
            apply_against_update(&rt, &name, &plan_arg, n);
        }
        peaks.push(peak);
        if std::env::var_os("ORGPOLICY_BENCH_KEEP").is_none() {
            rt.block_on(drop_database(&name));
        }
    }
    if peaks.len() == 2 {
        for ((what, small), (_, large)) in peaks[0].iter().zip(&peaks[1]) {
            println!(
                "peak RSS {what:<40} {} orgs / {} orgs: {:.2} (target <= 1.2)",
                sizes[1],
                sizes[0],
                *large as f64 / *small as f64
            );
        }
    }
}

/// The tool's fleet scan with members of orgs using groups, no per-org work (best of three),
/// and reading the rows measured beside it.
async fn fleet_scan_floor(url: &str) -> (f64, f64) {
    let store = orgpolicy::store::Store::open(url).await.unwrap();
    let (mut best, mut read) = (f64::MAX, f64::MAX);
    for _ in 0..3 {
        read = read.min(read_rows(url).await);
        let mut rows = 0u64;
        let start = Instant::now();
        store
            .for_each_fleet_org(
                orgpolicy::store::FleetRead {
                    members: orgpolicy::store::FleetMembers::UsingGroups,
                    sync_log_since: None,
                },
                &mut |row| {
                    rows += row.org.settings.len() as u64;
                    Ok(())
                },
            )
            .await
            .unwrap();
        std::hint::black_box(rows);
        best = best.min(start.elapsed().as_secs_f64());
    }
    (best, read)
}

/// Every row a fleet command reads with members, each table read to the end by a plain SELECT,
/// one after the other (best of three): the organizations, then the members (`every_member`:
/// all of them, else those of orgs using groups), the groups, group memberships and
/// group-policy settings rows.
async fn read_every_row(url: &str, every_member: bool) -> f64 {
    use futures_util::TryStreamExt;
    let members = if every_member {
        "SELECT organization_id::text, kilo_user_id, email FROM organization_memberships"
    } else {
        "SELECT organization_id::text, kilo_user_id, email FROM organization_memberships
         WHERE organization_id IN (SELECT organization_id FROM organization_groups
                                   UNION SELECT organization_id FROM organization_group_policy_settings)"
    };
    let queries = [
        "SELECT id::text, plan, settings::text FROM organizations",
        members,
        "SELECT organization_id::text, id::text || name, policies::text FROM organization_groups",
        "SELECT organization_id::text, group_id::text, kilo_user_id FROM organization_group_memberships",
        "SELECT organization_id::text, default_policies::text, policy_revision::text FROM organization_group_policy_settings",
    ];
    let mut best = f64::MAX;
    for _ in 0..3 {
        let mut conn = PgConnection::connect(url).await.unwrap();
        let start = Instant::now();
        let mut bytes = 0usize;
        for sql in queries {
            let mut rows = sqlx::query_as::<_, (String, Option<String>, Option<String>)>(sql).fetch(&mut conn);
            while let Some((a, b, c)) = rows.try_next().await.unwrap() {
                bytes += a.len() + b.map_or(0, |b| b.len()) + c.map_or(0, |c| c.len());
            }
        }
        std::hint::black_box(bytes);
        best = best.min(start.elapsed().as_secs_f64());
    }
    best
}

fn args(list: &[&str]) -> Vec<String> {
    list.iter().map(|s| s.to_string()).chain(["--format".into(), "json".into()]).collect()
}

/// The best of three runs of the command and of reading the rows, interleaved.
fn best_against_read(rt: &tokio::runtime::Runtime, url: &str, args: &[String]) -> (Run, f64) {
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    let mut best: Option<Run> = None;
    let mut read = f64::MAX;
    for _ in 0..3 {
        read = read.min(rt.block_on(read_rows(url)));
        let run = measure(url, &args);
        if best.as_ref().is_none_or(|b| run.seconds < b.seconds) {
            best = Some(run);
        }
    }
    (best.unwrap(), read)
}

/// `change apply` of the plan on one copy of the database, the same change as one set-based
/// UPDATE on another.
fn apply_against_update(rt: &tokio::runtime::Runtime, name: &str, plan: &str, n: u64) {
    let (applied, updated) = (format!("{name}_apply"), format!("{name}_update"));
    rt.block_on(clone_database(name, &applied));
    rt.block_on(clone_database(name, &updated));
    // A plan is pinned to its database: made again on the copy it is applied to.
    let copy = database_url(&applied);
    run_quiet(&copy, &["change", "plan", "--remove-provider", PROVIDER, "--out", plan, "--force"]);
    let run = measure(&copy, &["change", "apply", plan, "--yes", "--format", "json", "--actor", "bench"]);
    let report: serde_json::Value = serde_json::from_slice(&run.stdout).unwrap();
    let (sql, rows) = rt.block_on(set_based_update(&database_url(&updated)));
    println!(
        "change apply                             {n:>9} orgs: {:.2}s for {} orgs vs one set-based UPDATE {sql:.2}s ({rows} rows): {:.2}x (target <= 1.5x); peak RSS {} KiB",
        run.seconds,
        report["changed"],
        run.seconds / sql,
        run.peak_rss_kib
    );
    rt.block_on(drop_database(&applied));
    rt.block_on(drop_database(&updated));
}

/// The provider out of every allow list holding it, as one statement (no audit rows, no checks).
async fn set_based_update(url: &str) -> (f64, u64) {
    let mut conn = PgConnection::connect(url).await.unwrap();
    let start = Instant::now();
    let done = sqlx::query(
        "UPDATE organizations SET settings = jsonb_set(settings, '{provider_allow_list}',
             COALESCE((SELECT jsonb_agg(p) FROM jsonb_array_elements(settings->'provider_allow_list') p
                       WHERE p <> to_jsonb($1::text)), '[]'::jsonb))
         WHERE plan = 'enterprise' AND deleted_at IS NULL
           AND jsonb_typeof(settings->'provider_allow_list') = 'array'
           AND settings->'provider_allow_list' ? $1",
    )
    .bind(PROVIDER)
    .execute(&mut conn)
    .await
    .unwrap()
    .rows_affected();
    (start.elapsed().as_secs_f64(), done)
}

/// `n` generated orgs in the gateway's layout, a quarter of the enterprise ones with groups.
async fn fleet_database(name: &str, n: u64) {
    let start = Instant::now();
    filled_database(name, n).await;
    let url = database_url(name);
    add_groups(&url, n / 4).await;
    gatewayize(&url).await;
    add_seat_purchases(&url).await;
    eprintln!("fleet database of {n} orgs ready in {:.0}s", start.elapsed().as_secs_f64());
}

/// Seat purchases as the gateway keeps them (indexed by org, as `IDX_organization_seats_org_id`
/// is): every enterprise org has bought seats, and half of them have an older, ended purchase
/// too. What the trial (and so Claude's routing) is decided from.
async fn add_seat_purchases(url: &str) {
    use sqlx::Executor;
    let mut conn = PgConnection::connect(url).await.unwrap();
    conn.execute(
        "CREATE TABLE organization_seats_purchases (id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
             organization_id uuid NOT NULL, subscription_stripe_id text NOT NULL, seat_count integer NOT NULL,
             amount_usd numeric NOT NULL, created_at timestamptz NOT NULL DEFAULT now(), expires_at timestamptz NOT NULL,
             starts_at timestamptz NOT NULL, subscription_status text NOT NULL DEFAULT 'active');
         CREATE INDEX \"IDX_organization_seats_org_id\" ON organization_seats_purchases (organization_id);
         INSERT INTO organization_seats_purchases (organization_id, subscription_stripe_id, seat_count, amount_usd,
                                                   created_at, expires_at, starts_at, subscription_status)
         SELECT o.id, 'sub_' || i, 10, 720, now() - (i || ' days')::interval, now(), now(),
                CASE WHEN i = 1 THEN 'active' ELSE 'ended' END
         FROM organizations o, generate_series(1, 2) i
         WHERE o.plan = 'enterprise' AND (i = 1 OR o.id::text < '8');",
    )
    .await
    .unwrap();
    conn.execute("VACUUM ANALYZE organization_seats_purchases").await.unwrap();
}

//! `orgs list --format json` streams: peak memory is flat in the number of orgs.
//! Fills PostgreSQL databases with 100,000 and 400,000 generated orgs, runs the release binary
//! on each and prints peak RSS, wall time and their ratios.
//!
//! Run: `cargo bench --bench orgs_list` (PostgreSQL at ORGPOLICY_BENCH_POSTGRES, default
//! postgres://postgres@127.0.0.1:5432/postgres).

mod support;

use support::*;

fn main() {
    binary();
    let rt = runtime();
    let mut results = Vec::new();
    for n in [100_000u64, 400_000] {
        let name = format!("orgpolicy_bench_list_{n}");
        rt.block_on(filled_database(&name, n));
        let run = measure(&database_url(&name), &["orgs", "list", "--format", "json"]);
        println!(
            "orgs list --format json, {n:>7} orgs: peak RSS {:>7} KiB, {:>6.2}s, {} MiB of JSON",
            run.peak_rss_kib,
            run.seconds,
            run.stdout.len() >> 20
        );
        results.push(run);
        rt.block_on(drop_database(&name));
    }
    println!(
        "peak RSS ratio 400k/100k: {:.2} (flat: target <= 1.5); time ratio: {:.2} (linear would be 4.0)",
        results[1].peak_rss_kib as f64 / results[0].peak_rss_kib as f64,
        results[1].seconds / results[0].seconds
    );
}

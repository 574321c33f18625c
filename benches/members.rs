//! Member access at Enterprise scale (issue 23), on PostgreSQL:
//! - one org with 10,000 and then 50,000 members in 100 groups: `members list`, the member
//!   previews of `groups default-policy set` and `groups policy set` (dry runs) and
//!   `check --member`, each timed at both sizes (linear in members: about 5x; target: under 2 s
//!   at 50,000);
//! - `audit` over 200,000 orgs of which 50,000 use groups vs the same audit on a copy without
//!   the group rows (target <= 2x), both under the current rules.
//!
//! Run: `cargo bench --bench members` (a few minutes; PostgreSQL at ORGPOLICY_BENCH_POSTGRES).

mod support;

use sqlx::Executor;
use support::*;

const GROUPS: usize = 100;

fn main() {
    binary();
    let rt = runtime();
    let mut times = Vec::new();
    for members in [10_000usize, 50_000] {
        let name = format!("orgpolicy_bench_members_{members}");
        rt.block_on(filled_database(&name, 0));
        let url = database_url(&name);
        rt.block_on(big_org(&url, members));
        let member = format!("user-{}", members / 2);
        let runs: [(&str, Vec<&str>, &[i32]); 4] = [
            ("members list", vec!["members", "list", "--org", "Big", "--format", "json"], &[0]),
            (
                "default-policy preview",
                vec![
                    "groups",
                    "default-policy",
                    "set",
                    "--org",
                    "Big",
                    "--mode",
                    "none",
                    "--dry-run",
                    "--format",
                    "json",
                ],
                &[0],
            ),
            (
                "group policy preview",
                vec![
                    "groups",
                    "policy",
                    "set",
                    "--org",
                    "Big",
                    "--group",
                    "g-001",
                    "--mode",
                    "all",
                    "--dry-run",
                    "--format",
                    "json",
                ],
                &[0],
            ),
            ("check --member", vec!["check", "--org", "Big", "--model", "openai/gpt-4o", "--member", &member], &[0, 1]),
        ];
        let measured: Vec<(&str, f64)> = runs
            .iter()
            .map(|(what, args, codes)| {
                let best = (0..3).map(|_| measure_allowing(&url, args, codes).seconds).fold(f64::MAX, f64::min);
                (*what, best)
            })
            .collect();
        times.push(measured);
        rt.block_on(drop_database(&name));
    }
    for ((what, small), (_, large)) in times[0].iter().zip(&times[1]) {
        println!(
            "{what:<24} {small:.2}s at 10,000 members, {large:.2}s at 50,000 (100 groups): {:.1}x for 5x the members (target: under 2 s)",
            large / small
        );
    }
    audit_with_groups(&rt);
}

/// `Big`: `members` members, 100 groups with selected, all and none policies, each member in
/// one or two groups, a default policy of `all`.
async fn big_org(url: &str, members: usize) {
    let pool = sqlx::PgPool::connect(url).await.unwrap();
    let org = "b0000000-0000-4000-8000-000000000001";
    pool.execute(
        format!(
            "INSERT INTO organizations (id, name, plan, settings)
             VALUES ('{org}', 'Big', 'enterprise', '{{\"provider_allow_list\": [\"openai\", \"anthropic\", \"google-vertex\"], \"model_deny_list\": [\"openai/o3\"]}}');
             INSERT INTO organization_memberships (organization_id, kilo_user_id, email)
             SELECT '{org}', 'user-' || i, 'user' || i || '@big.test' FROM generate_series(1, {members}) i;
             INSERT INTO organization_groups (organization_id, name, policies)
             SELECT '{org}', 'g-' || lpad(i::text, 3, '0'),
                    CASE i % 3 WHEN 0 THEN '[{{\"type\": \"model_access\", \"data\": {{\"mode\": \"all\"}}}}]'
                               WHEN 1 THEN '[{{\"type\": \"model_access\", \"data\": {{\"mode\": \"selected\", \"model_allow_list\": [\"openai/o3\", \"deepseek/deepseek-chat\"], \"provider_allow_list\": [\"groq\"]}}}}]'
                               ELSE '[{{\"type\": \"model_access\", \"data\": {{\"mode\": \"none\"}}}}]' END::jsonb
             FROM generate_series(1, {GROUPS}) i;
             INSERT INTO organization_group_memberships (organization_id, group_id, kilo_user_id)
             SELECT '{org}', g.id, 'user-' || m.i
             FROM generate_series(1, {members}) m(i)
             JOIN organization_groups g ON g.organization_id = '{org}'
                  AND (g.name = 'g-' || lpad((1 + m.i % {GROUPS})::text, 3, '0')
                       OR (m.i % 4 = 0 AND g.name = 'g-' || lpad((1 + (m.i / 4) % {GROUPS})::text, 3, '0')));
             INSERT INTO organization_group_policy_settings (organization_id) VALUES ('{org}');
             ANALYZE;"
        )
        .as_str(),
    )
    .await
    .unwrap();
}

/// 200,000 orgs, 50,000 of them with two groups of a few members each: audit with their group
/// findings vs the same orgs with the group rows gone.
fn audit_with_groups(rt: &tokio::runtime::Runtime) {
    let name = "orgpolicy_bench_members_audit";
    rt.block_on(filled_database(name, 200_000));
    let url = database_url(name);
    rt.block_on(add_groups(&url, 50_000));
    let bare = format!("{name}_bare");
    rt.block_on(clone_database(name, &bare));
    let bare_url = database_url(&bare);
    rt.block_on(async {
        let pool = sqlx::PgPool::connect(&bare_url).await.unwrap();
        pool.execute(
            "TRUNCATE organization_group_memberships, organization_groups, organization_group_policy_settings, organization_memberships",
        )
        .await
        .unwrap();
        pool.execute("VACUUM ANALYZE").await.unwrap();
    });
    let audit = |url: &str| Timed {
        url: Box::leak(url.to_string().into_boxed_str()),
        args: ["audit", "--format", "json", "--rules", "current"].map(String::from).to_vec(),
        codes: &[0, 1],
    };
    let best = interleaved(rt, &[audit(&url), audit(&bare_url)], 3);
    println!(
        "audit, 200,000 orgs, 50,000 with groups: {:.2}s vs {:.2}s without the group rows: {:.2}x (target <= 2x)",
        best[0].0,
        best[1].0,
        best[0].0 / best[1].0
    );
    rt.block_on(drop_database(&bare));
    rt.block_on(drop_database(name));
}

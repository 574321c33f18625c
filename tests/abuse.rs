//! End-to-end: abuse actions cached in a real Redis (each test under its own key prefix) and
//! model chains, composed with org policy in `check`; `abuse` get/set/clear/list.

mod common;

use std::collections::BTreeSet;

use common::{real_catalog_value, Backend, TestDb, TestRedis};
use predicates::prelude::*;
use serde_json::{json, Value};
use sha2::{Digest, Sha256};

fn check(db: &TestDb, redis: &TestRedis, args: &[&str]) -> (Value, i32) {
    let redis_args = redis.args();
    let redis_args: Vec<&str> = redis_args.iter().map(String::as_str).collect();
    db.json(&[&["check"], args, &redis_args].concat())
}

fn abuse(db: &TestDb, redis: &TestRedis, args: &[&str]) -> assert_cmd::assert::Assert {
    db.cmd().arg("abuse").args(args).args(redis.args()).assert()
}

fn orgs(db: &TestDb) {
    let allow = |list: Value| json!({"provider_policy_mode": "allow", "provider_allow_list": list});
    db.add_orgs(&[
        ("open", "enterprise", json!({}), &[]),
        ("no-free", "enterprise", allow(json!(["openai", "anthropic"])), &[]),
        ("nvidia", "enterprise", allow(json!(["nvidia", "openai"])), &[]),
        (
            "chained",
            "enterprise",
            {
                let mut d = allow(json!(["openai", "anthropic"]));
                d["default_model"] = json!("openai/gpt-4");
                d
            },
            &[],
        ),
        (
            "chained-bad-default",
            "enterprise",
            {
                let mut d = allow(json!(["openai", "anthropic"]));
                d["default_model"] = json!("deepseek/deepseek-v4-flash");
                d
            },
            &[],
        ),
    ]);
}

/// The first (sorted) free catalog id served by one of `providers`.
fn first_free(providers: &[&str]) -> String {
    let catalog = real_catalog_value();
    catalog["providers"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|p| providers.contains(&p["slug"].as_str().unwrap()))
        .flat_map(|p| p["models"].as_array().unwrap().iter())
        .filter(|m| m["free"] == true)
        .map(|m| m["id"].as_str().unwrap().to_string())
        .collect::<BTreeSet<_>>()
        .into_iter()
        .next()
        .unwrap()
}

/// Every action value the gateway writes, through `abuse set` and `check --user`.
fn every_action(backend: Backend) {
    let db = TestDb::with_catalog(backend).in_era("marker");
    orgs(&db);
    let redis = TestRedis::new();
    let cases = [
        ("none", 0, 200, 0),
        ("log", 0, 200, 0),
        ("rate-limit", 1, 429, 0),
        ("block", 1, 403, 0),
        ("quarantine-1", 0, 200, 2000),
        ("quarantine-2", 0, 200, 6000),
        ("quarantine-3", 0, 200, 6000),
    ];
    for (action, exit, status, delay) in cases {
        abuse(&db, &redis, &["set", "user:7", action, "--yes"]).success();
        assert_eq!(redis.get_raw("user:7").as_deref(), Some(action), "stored as the bare string");
        let (out, code) = check(&db, &redis, &["--org", "no-free", "--model", "openai/gpt-4", "--user", "7"]);
        assert_eq!(code, exit, "{action}: {out}");
        assert_eq!(out["http_status"], status, "{action}");
        assert_eq!(out["abuse"]["action"], action);
        assert_eq!(out["abuse"]["status"], "found");
        assert_eq!(out["abuse"]["identity"], "user:7");
        assert_eq!(out["abuse"]["delay_ms"], delay, "{action}");
        assert_eq!(out["abuse"]["rewritten_model"], Value::Null, "{action}: no free model for this org");
        match action {
            "block" => assert_eq!(out["reason"], "abuse_blocked"),
            "rate-limit" => assert_eq!(out["reason"], "rate_limit_exceeded"),
            _ => assert_eq!(out["reason"], "allowed"),
        }
    }
    // The table says what happened.
    abuse(&db, &redis, &["set", "user:7", "block", "--yes"]).success();
    db.cmd()
        .args(["check", "--org", "no-free", "--model", "openai/gpt-4", "--user", "7"])
        .args(redis.args())
        .assert()
        .code(1)
        .stdout(predicate::str::contains("abuse: user:7: block: refused, HTTP 403 abuse_blocked"));
    // A policy denial stays a denial under a harmless action.
    abuse(&db, &redis, &["set", "user:7", "log", "--yes"]).success();
    let (out, code) = check(&db, &redis, &["--org", "no-free", "--model", "deepseek/deepseek-v4-flash", "--user", "7"]);
    // The gateway of the marker era forwards it with the allow list; the upstream finds no provider.
    assert_eq!(
        (code, out["http_status"].as_u64(), out["reason"].as_str()),
        (1, Some(404), Some("no_provider_upstream"))
    );
}

fn unknown_absent_and_unreachable(backend: Backend) {
    let db = TestDb::with_catalog(backend).in_era("marker");
    orgs(&db);
    let redis = TestRedis::new();
    let base = ["--org", "open", "--model", "openai/gpt-4"];

    // An unknown value is reported and treated as none.
    redis.set_raw("user:8", "quarantine-9");
    let out = db.cmd().args(["check", "--user", "8"]).args(base).args(redis.args()).output().unwrap();
    assert_eq!(out.status.code(), Some(0));
    assert!(String::from_utf8_lossy(&out.stderr).contains("\"quarantine-9\" for user:8 is not an action"));
    let (out, _) = check(&db, &redis, &[&base[..], &["--user", "8"]].concat());
    assert_eq!(out["abuse"]["status"], "unknown_value");
    assert_eq!(out["abuse"]["action"], "none");
    assert_eq!(out["abuse"]["value"], "quarantine-9");
    assert_eq!(out["http_status"], 200);

    // An absent key is no action.
    let (out, code) = check(&db, &redis, &[&base[..], &["--user", "9"]].concat());
    assert_eq!(
        (code, out["abuse"]["status"].as_str(), out["abuse"]["action"].as_str()),
        (0, Some("absent"), Some("none"))
    );

    // No identity: the cache is not consulted.
    let (out, _) = check(&db, &redis, &base);
    assert_eq!(out["abuse"]["status"], "not_requested");

    // Redis unreachable: an error, unless --no-abuse.
    let dead = ["--redis-url", "redis://127.0.0.1:1", "--user", "8"];
    db.cmd().arg("check").args(base).args(dead).assert().code(2).stderr(
        predicate::str::contains("could not reach Redis at redis://127.0.0.1:1")
            .and(predicate::str::contains("--no-abuse")),
    );
    let out = db.cmd().arg("check").args(base).args(dead).args(["--no-abuse", "--format", "json"]).output().unwrap();
    assert_eq!(out.status.code(), Some(0));
    let out: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(out["abuse"]["status"], "disabled");
    // No Redis URL at all: skipped, and said so.
    db.cmd()
        .args(["check", "--user", "8"])
        .args(base)
        .assert()
        .success()
        .stdout(predicate::str::contains("abuse: user:8: skipped: no Redis URL"));
    db.cmd().args(["abuse", "get", "user:8"]).assert().code(2).stderr(predicate::str::contains("no Redis URL"));
    db.cmd().args(["abuse", "get", "user:8", "--redis-url", "redis://127.0.0.1:1"]).assert().code(2);
}

/// An anonymous request is identified by the SHA-256 of "ip|ja4|ua", blanks named.
fn fingerprint_identity_with_blanks(backend: Backend) {
    let db = TestDb::with_catalog(backend).in_era("marker");
    orgs(&db);
    let redis = TestRedis::new();
    let want = format!("fingerprint:{:x}", Sha256::digest(b"203.0.113.9|no_ja4|curl/8.5"));
    let (out, code) = db.json(&["abuse", "identity", "--ip", "203.0.113.9", "--ja4", "", "--ua", "curl/8.5"]);
    assert_eq!(code, 0);
    assert_eq!(out["identity"], want.as_str());
    assert_eq!(out["key"], format!("ai-gateway.abuse-rules:last-classification:{want}"));
    // An anon: user is identified by fingerprint too; every part blank has its own names.
    let (out, _) = db.json(&["abuse", "identity", "--user", "anon:123"]);
    assert_eq!(out["identity"], format!("fingerprint:{:x}", Sha256::digest(b"unknown_ip|no_ja4|no_ua")));

    abuse(&db, &redis, &["set", &want, "rate-limit", "--yes"]).success();
    let (out, code) = check(
        &db,
        &redis,
        &["--org", "open", "--model", "openai/gpt-4", "--user", "anon:1", "--ip", "203.0.113.9", "--ua", "curl/8.5"],
    );
    assert_eq!(code, 1);
    assert_eq!(out["abuse"]["identity"], want.as_str());
    assert_eq!(out["http_status"], 429);

    // Bad identities are refused, naming the input.
    abuse(&db, &redis, &["get", "fingerprint:abc"])
        .code(2)
        .stderr(predicate::str::contains("identity 'fingerprint:abc'"));
    abuse(&db, &redis, &["set", "42", "block", "--yes"])
        .code(2)
        .stderr(predicate::str::contains("must start with 'user:'"));
    abuse(&db, &redis, &["set", "user:42", "blocked", "--yes"]).code(2);
}

fn quarantine_3(backend: Backend) {
    let db = TestDb::with_catalog(backend).in_era("marker");
    orgs(&db);
    let redis = TestRedis::new();
    redis.set_raw("user:3", "quarantine-3");
    let run = |org: &str, extra: &[&str]| {
        check(&db, &redis, &[&["--org", org, "--model", "openai/gpt-4", "--user", "3"][..], extra].concat())
    };

    // Not BYOK, a free model allowed: rewritten to the first sorted one, full id kept.
    let (out, code) = run("nvidia", &[]);
    assert_eq!(code, 0);
    let free = first_free(&["nvidia"]);
    assert_eq!(out["abuse"]["rewritten_model"], free.as_str(), "{out}");
    assert_eq!(out["model"], free.as_str());
    assert_eq!(out["abuse"]["delay_ms"], 6000);
    let (out, _) = run("open", &[]);
    assert_eq!(
        out["abuse"]["rewritten_model"],
        first_free(&["cohere", "darkbloom", "google-ai-studio", "liquid", "nvidia", "poolside"]).as_str()
    );

    // Not BYOK, no free model the org may use: latency only.
    let (out, code) = run("no-free", &[]);
    assert_eq!(code, 0);
    assert_eq!(out["abuse"]["rewritten_model"], Value::Null);
    assert_eq!(out["abuse"]["delay_ms"], 6000);
    assert_eq!(out["model"], "openai/gpt-4");
    db.cmd()
        .args(["check", "--org", "no-free", "--model", "openai/gpt-4", "--user", "3"])
        .args(redis.args())
        .assert()
        .success()
        .stdout(predicate::str::contains("no free model the org may use: latency only"));

    // BYOK: latency only, even with a free model allowed.
    let (out, _) = run("nvidia", &["--byok"]);
    assert_eq!(out["abuse"]["rewritten_model"], Value::Null);
    assert_eq!(out["abuse"]["delay_ms"], 6000);
    assert_eq!(out["model"], "openai/gpt-4");
}

/// Seed 003's chain cases with org policy: allowed providers openai and anthropic.
fn chains(backend: Backend) {
    let db = TestDb::with_catalog(backend).in_era("marker");
    orgs(&db);
    let redis = TestRedis::new();
    let chain = |org: &str, models: &[&str]| {
        let mut args = vec!["--org", org, "--model", models[0], "--fallback"];
        args.extend(&models[1..]);
        check(&db, &redis, &args)
    };

    // AC2/AC4: a rejected primary (named, with the allowed list), an accepted fallback.
    let (out, code) = chain("no-free", &["deepseek/deepseek-v4-flash", "openai/gpt-4"]);
    assert_eq!(code, 0);
    assert_eq!(out["selected"], "openai/gpt-4");
    assert_eq!(out["selected_from"], "fallback");
    assert_eq!(out["chain"][0]["allowed"], false);
    assert_eq!(out["chain"][0]["reason"], "provider_not_allowed");
    assert!(out["chain"][0]["message"].as_str().unwrap().contains("allowed: anthropic, openai"), "{out}");
    assert_eq!(
        out["chain"][1],
        json!({"model": "openai/gpt-4", "allowed": true, "reason": "allowed", "message": out["chain"][1]["message"]})
    );

    // AC4: a rejected fallback is skipped, the next one kept.
    let (out, code) =
        chain("no-free", &["evil-corp/bad-model", "deepseek/deepseek-v4-flash", "anthropic/claude-haiku-4.5"]);
    assert_eq!(code, 0);
    assert_eq!(out["selected"], "anthropic/claude-haiku-4.5");
    let allowed: Vec<bool> = out["chain"].as_array().unwrap().iter().map(|l| l["allowed"] == true).collect();
    assert_eq!(allowed, [false, false, true]);
    assert_eq!(out["chain"][0]["reason"], "not_in_catalog");
    db.cmd()
        .args([
            "check",
            "--org",
            "no-free",
            "--model",
            "evil-corp/bad-model",
            "--fallback",
            "deepseek/deepseek-v4-flash",
            "anthropic/claude-haiku-4.5",
        ])
        .assert()
        .success()
        .stdout(predicate::str::contains("rejected evil-corp/bad-model (primary)"))
        .stdout(predicate::str::contains("rejected deepseek/deepseek-v4-flash (fallback 1)"))
        .stdout(predicate::str::contains("ok       anthropic/claude-haiku-4.5 (fallback 2)"));

    // AC5: every model rejected, the org's default allowed: used, with a visible warning.
    let out = db
        .cmd()
        .args(["check", "--org", "chained", "--model", "evil-corp/bad", "--fallback", "evil-corp/worse"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    assert!(String::from_utf8_lossy(&out.stderr).contains("falling back to the org's default_model 'openai/gpt-4'"));
    let (out, _) = chain("chained", &["evil-corp/bad", "evil-corp/worse"]);
    assert_eq!(
        (out["selected"].as_str(), out["selected_from"].as_str()),
        (Some("openai/gpt-4"), Some("default_model"))
    );
    assert_eq!(out["allowed"], true);

    // Every model rejected and the default too: exit 1, every rejection listed.
    let (out, code) = chain("chained-bad-default", &["evil-corp/bad", "deepseek/deepseek-v4-flash"]);
    assert_eq!(code, 1);
    assert_eq!(out["selected"], Value::Null);
    assert_eq!(out["http_status"], 403);
    db.cmd()
        .args([
            "check",
            "--org",
            "chained-bad-default",
            "--model",
            "evil-corp/bad",
            "--fallback",
            "deepseek/deepseek-v4-flash",
        ])
        .assert()
        .code(1)
        .stdout(predicate::str::contains("rejected evil-corp/bad (primary)"))
        .stdout(predicate::str::contains("rejected deepseek/deepseek-v4-flash (fallback 1)"))
        .stdout(predicate::str::contains("rejected deepseek/deepseek-v4-flash (default_model)"))
        .stdout(predicate::str::contains("every model of the chain was rejected"));
    let (_, code) = chain("no-free", &["evil-corp/bad", "evil-corp/worse"]);
    assert_eq!(code, 1, "no default_model at all");
}

fn get_set_clear_list(backend: Backend) {
    let db = TestDb::new(backend).in_era("marker");
    let redis = TestRedis::new();
    abuse(&db, &redis, &["get", "user:1"]).success().stdout("user:1: none (nothing cached)\n");
    abuse(&db, &redis, &["set", "user:1", "block", "--yes"]).success().stdout("user:1: block (was: nothing cached)\n");
    abuse(&db, &redis, &["set", "user:2", "quarantine-2", "--yes"]).success();
    redis.set_raw("user:3", "garbage");
    let fp = format!("fingerprint:{}", "0".repeat(64));
    abuse(&db, &redis, &["set", &fp, "block", "--yes"]).success();

    let (out, code) =
        db.json(&[&["abuse", "list"][..], &redis.args().iter().map(String::as_str).collect::<Vec<_>>()].concat());
    assert_eq!(code, 0);
    let listed: BTreeSet<(String, String)> = out["identities"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| (e["identity"].as_str().unwrap().to_string(), e["status"].as_str().unwrap().to_string()))
        .collect();
    assert_eq!(listed.len(), 4, "{out}");
    assert!(listed.contains(&("user:3".into(), "unknown_value".into())));
    assert_eq!(out["count"], 4);
    let args: Vec<String> = redis.args().to_vec();
    let (out, _) = db.json(
        &[&["abuse", "list", "--action", "block"][..], &args.iter().map(String::as_str).collect::<Vec<_>>()].concat(),
    );
    let blocked: BTreeSet<&str> =
        out["identities"].as_array().unwrap().iter().map(|e| e["identity"].as_str().unwrap()).collect();
    assert_eq!(blocked, BTreeSet::from(["user:1", fp.as_str()]));

    abuse(&db, &redis, &["clear", "user:1", "--yes"]).success().stdout("user:1: cleared (was: block)\n");
    abuse(&db, &redis, &["clear", "user:1", "--yes"]).success().stdout("user:1: nothing cached\n");
    assert_eq!(redis.get_raw("user:1"), None);

    // A key under the prefix that is not an abuse action is never listed nor deleted; nor is
    // a key of the identity shape that holds something else than the gateway's string.
    redis.set_raw("session-state", "keep me");
    redis.keyed::<()>("HSET", "user:9", &["field", "value"]);
    // An empty or short prefix is refused before anything is read or deleted.
    for prefix in ["", "ai:"] {
        db.cmd()
            .args(["abuse", "clear", "--all", "--yes", "--redis-url", &redis.url, "--key-prefix", prefix])
            .assert()
            .code(2)
            .stderr(predicate::str::contains("is too short").and(predicate::str::contains("help:")));
    }
    assert_eq!(redis.get_raw("user:2").as_deref(), Some("quarantine-2"));

    // Every write asks first: without a terminal and --yes it refuses and writes nothing;
    // --dry-run says what would change.
    abuse(&db, &redis, &["clear", "--all"]).code(2).stderr(predicate::str::contains("--yes"));
    abuse(&db, &redis, &["clear", "user:2"]).code(2).stderr(predicate::str::contains("--dry-run to only see it"));
    abuse(&db, &redis, &["set", "user:2", "none"]).code(2);
    abuse(&db, &redis, &["set", "user:2", "none", "--dry-run"]).success().stdout("user:2: none (was: quarantine-2)\n");
    abuse(&db, &redis, &["clear", "user:2", "--dry-run"])
        .success()
        .stdout("user:2: would be cleared (was: quarantine-2)\n");
    abuse(&db, &redis, &["clear", "--all", "--dry-run"])
        .success()
        .stdout(predicate::str::contains("would clear 3 cached actions"));
    assert_eq!(redis.get_raw("user:2").as_deref(), Some("quarantine-2"));
    abuse(&db, &redis, &["clear", "--all", "--yes"])
        .success()
        .stdout(predicate::str::contains("cleared 3 cached actions"));
    assert_eq!(redis.get_raw("user:2"), None);
    assert_eq!(redis.get_raw("session-state").as_deref(), Some("keep me"));
    assert_eq!(redis.keyed::<i64>("EXISTS", "user:9", &[]), 1, "a hash that `abuse list` never showed was deleted");
    // Another prefix's keys were never touched.
    let other = TestRedis::new();
    other.set_raw("user:1", "block");
    abuse(&db, &redis, &["clear", "--all", "--yes"])
        .success()
        .stdout(predicate::str::contains("cleared 0 cached actions"));
    assert_eq!(other.get_raw("user:1").as_deref(), Some("block"));
}

on_both!(
    every_action,
    unknown_absent_and_unreachable,
    fingerprint_identity_with_blanks,
    quarantine_3,
    chains,
    get_set_clear_list
);

/// A Redis that answers one byte at a time, for ever: every round trip has one deadline as a
/// whole (the socket's timeouts are per read and would never fire), and the error says what
/// timed out.
#[test]
fn a_redis_that_drips_is_cut_off_at_the_deadline() {
    use std::io::{Read, Write};
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let port = listener.local_addr().unwrap().port();
    std::thread::spawn(move || {
        for stream in listener.incoming().take(4) {
            let Ok(mut stream) = stream else { return };
            std::thread::spawn(move || {
                let mut request = [0u8; 1024];
                let _ = stream.read(&mut request);
                let _ = stream.write_all(b"$100\r\n");
                // Bounded: stops by itself after 20 bytes (20 s).
                for _ in 0..20 {
                    std::thread::sleep(std::time::Duration::from_secs(1));
                    if stream.write_all(b"x").is_err() {
                        return;
                    }
                }
            });
        }
    });
    let start = std::time::Instant::now();
    let out = assert_cmd::Command::cargo_bin("orgpolicy")
        .unwrap()
        .args(["abuse", "get", "user:1", "--redis-url", &format!("redis://127.0.0.1:{port}")])
        .env_remove("DATABASE_URL")
        .env("NO_COLOR", "1")
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{stderr}");
    assert!(start.elapsed() < std::time::Duration::from_secs(9), "took {:?}", start.elapsed());
    assert!(stderr.contains("within 5s") && stderr.contains("help:"), "{stderr}");
}

/// A Redis whose SCAN cursor never comes back to 0 (each page answers at once, so no single
/// call times out): the walk is cut off after as many pages as the keyspace can take, with an
/// error that says so, instead of running for ever.
#[test]
fn a_scan_that_never_ends_is_cut_off() {
    use std::io::{Read, Write};
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let port = listener.local_addr().unwrap().port();
    std::thread::spawn(move || {
        let Some(Ok(mut stream)) = listener.incoming().next() else { return };
        let mut cursor = 0u64;
        let mut request = [0u8; 4096];
        // Bounded: answers at most 10,000 commands.
        for _ in 0..10_000 {
            let Ok(n) = stream.read(&mut request) else { return };
            if n == 0 {
                return;
            }
            // One reply per command (the client pipelines its set-up commands): a command is an
            // array `*N`, its name the first bulk string after it.
            let text = String::from_utf8_lossy(&request[..n]).to_uppercase();
            let lines: Vec<&str> = text.split("\r\n").collect();
            let names =
                lines.iter().enumerate().filter(|(_, l)| l.starts_with('*')).filter_map(|(i, _)| lines.get(i + 2));
            let mut reply = String::new();
            for name in names {
                reply += &match *name {
                    "DBSIZE" => ":0\r\n".to_string(),
                    "SCAN" => {
                        cursor += 1;
                        let c = cursor.to_string();
                        format!("*2\r\n${}\r\n{c}\r\n*0\r\n", c.len())
                    }
                    "PING" => "+PONG\r\n".to_string(),
                    _ => "+OK\r\n".to_string(),
                };
            }
            if stream.write_all(reply.as_bytes()).is_err() {
                return;
            }
        }
    });
    let out = assert_cmd::Command::cargo_bin("orgpolicy")
        .unwrap()
        .args(["abuse", "list", "--redis-url", &format!("redis://127.0.0.1:{port}")])
        .env_remove("DATABASE_URL")
        .env("NO_COLOR", "1")
        .timeout(std::time::Duration::from_secs(30))
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{stderr}");
    assert!(stderr.contains("SCAN did not finish after 72 pages") && stderr.contains("help:"), "{stderr}");
}

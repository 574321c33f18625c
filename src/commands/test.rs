//! `test CASES`: policy test cases, each one decision checked against what it expects.

use std::collections::HashMap;

use serde_json::Value;

use crate::cases::{self, Case, Expect};
use crate::cli::TestArgs;
use crate::exit::ExitStatus;
use crate::output::ci;
use crate::output::views::test::{Actual, CaseOutcome, Expected, TestRun};
use crate::policy::abuse::Enforcement;
use crate::policy::decision::{self, Asker, Decided, Inbound};
use crate::policy::findings::Severity;
use crate::policy::Catalog;
use crate::policy::{CompiledPolicy, Rules};
use crate::store::{Store, StoreError};

use crate::services::{Ctx, LoadedOrg, MemberAccess, RequestInputs, Snapshot};

pub async fn run(ctx: &Ctx, args: TestArgs) -> anyhow::Result<ExitStatus> {
    let cases = cases::read(&args.cases)?;
    let store = ctx.store().await?;
    let snapshot = Snapshot::latest(ctx, &store).await?;
    let mut orgs = Orgs::default();
    let mut outcomes = Vec::with_capacity(cases.len());
    for (i, case) in cases.iter().enumerate() {
        if let Some(field) = case.field_with_nul() {
            let message = format!(
                "field '{field}' of case #{} in '{}' holds a NUL character (\\u0000): no org, model or provider name has one",
                i + 1,
                args.cases.display()
            );
            outcomes.push(failed_lookup(case, i, message));
            continue;
        }
        let rules = case.rules.as_deref().and_then(Rules::from_name);
        let outcome = match orgs.get(ctx, &store, &snapshot, &case.org, rules).await? {
            Ok(org) => match member_of(&store, org, case.member.as_deref()).await {
                Ok(member) => evaluate(case, i, org, member.as_ref().or(org.member.as_ref()), &snapshot),
                Err(message) => failed_lookup(case, i, message),
            },
            Err(message) => failed_lookup(case, i, message),
        };
        outcomes.push(outcome);
    }
    let failed = outcomes.iter().filter(|o| !o.passed).count();
    let passed = outcomes.len() - failed;
    match ctx.out.ci_format() {
        Some(format) => {
            ci::write(&ctx.out, format, &report(&outcomes))?;
            ctx.out.note(format!("{passed} passed, {failed} failed"));
        }
        None => {
            ctx.out.show(&TestRun { snapshot_id: snapshot.id, rules: ctx.rules(), cases: outcomes, passed, failed })?
        }
    }
    Ok(if failed == 0 { ExitStatus::Success } else { ExitStatus::Failure })
}

/// The cases as a CI report: one subject per case, each of its failures a failing finding.
fn report(outcomes: &[CaseOutcome]) -> ci::Report {
    let rule = ci::Rule {
        code: "case_failed",
        severity: Severity::Error,
        summary: "A policy test case did not get the answer it expects",
        help: "Fix the policy or the case: `orgpolicy check --org ORG --model MODEL --explain` shows the decision",
    };
    let subjects = outcomes
        .iter()
        .map(|o| ci::Subject {
            name: o.name.clone(),
            id: o.org.clone(),
            findings: o
                .failures
                .iter()
                .map(|f| ci::ReportFinding {
                    code: rule.code,
                    severity: Severity::Error,
                    message: f.clone(),
                    failing: true,
                    state: None,
                    suppressed: None,
                })
                .collect(),
        })
        .collect();
    ci::Report { command: "test", rules: vec![rule], subjects }
}

/// One org as the cases ask about it: what the gateway reads for a request from a member in no
/// group, loaded once per run.
struct TestedOrg {
    org: LoadedOrg,
    policy: CompiledPolicy,
    inputs: RequestInputs,
    member: Option<MemberAccess>,
}

/// Orgs by the name or id a case gives, loaded and compiled once per run.
#[derive(Default)]
struct Orgs {
    loaded: HashMap<(String, Option<Rules>), Result<TestedOrg, String>>,
}

/// The member a case asks as, loaded for it; `None` when it names none. An unknown member
/// (or one asked about under rules without groups) fails the case, saying why.
async fn member_of(store: &Store, tested: &TestedOrg, member: Option<&str>) -> Result<Option<MemberAccess>, String> {
    let Some(member) = member else { return Ok(None) };
    MemberAccess::load(store, &tested.org, Some(member)).await.map_err(|e| match e.downcast_ref::<StoreError>() {
        Some(e) => with_help(e),
        None => e.to_string(),
    })
}

/// Why a case cannot run, with the fix: `error (help)`.
fn with_help(e: &StoreError) -> String {
    format!("{e}{}", e.help().map(|h| format!(" ({h})")).unwrap_or_default())
}

impl Orgs {
    /// The org, or why the case cannot run (unknown or ambiguous org); other errors stop the run.
    async fn get(
        &mut self,
        ctx: &Ctx,
        store: &Store,
        snapshot: &Snapshot,
        query: &str,
        rules: Option<Rules>,
    ) -> anyhow::Result<Result<&TestedOrg, String>> {
        let key = (query.to_string(), rules);
        if !self.loaded.contains_key(&key) {
            let entry = match LoadedOrg::load(ctx, store, query).await {
                Ok(mut org) => {
                    org.rules = rules.unwrap_or(org.rules);
                    let policy = org.compile(&snapshot.catalog);
                    let inputs = org.request_inputs(store).await?;
                    let member = MemberAccess::load(store, &org, None).await?;
                    Ok(TestedOrg { org, policy, inputs, member })
                }
                Err(e) => match e.downcast::<StoreError>() {
                    Ok(
                        e @ (StoreError::OrgNotFound { .. }
                        | StoreError::AmbiguousOrg { .. }
                        | StoreError::OrgDeleted { .. }),
                    ) => Err(with_help(&e)),
                    Ok(other) => return Err(other.into()),
                    Err(other) => return Err(other),
                },
            };
            self.loaded.insert(key.clone(), entry);
        }
        Ok(self.loaded[&key].as_ref().map_err(Clone::clone))
    }
}

/// One case decided as `check` decides it: the gateway's answer for a member in no group.
fn evaluate(
    case: &Case,
    index: usize,
    tested: &TestedOrg,
    member: Option<&MemberAccess>,
    snapshot: &Snapshot,
) -> CaseOutcome {
    let decided = decide_case(case, tested, member, &snapshot.catalog);
    let failures = failures(case, tested, &snapshot.catalog, &decided);
    let (routing, denial_source) = (decided.routing(), decided.denial_source());
    CaseOutcome {
        name: case.title(index),
        org: tested.org.row.id.clone(),
        model: case.model.clone(),
        provider: case.provider.clone(),
        passed: failures.is_empty(),
        expected: expected(case),
        actual: Some(Actual {
            decision: got(&decided).as_str(),
            reason: decided.reason,
            routing,
            status: decided.http_status,
            error: decided.error,
            denial_source,
            message: decided.answer.message,
        }),
        failures,
    }
}

/// The gateway's answer to the case's request (a test case has no sender: no abuse action).
fn decide_case(case: &Case, tested: &TestedOrg, member: Option<&MemberAccess>, c: &Catalog) -> Decided {
    let context = tested.inputs.context(&tested.org);
    let asker = Asker {
        rules: tested.org.rules,
        context: &context,
        policy: &tested.policy,
        grant: MemberAccess::request_grant(member),
        default_model: None,
    };
    let inbound = Inbound {
        model: &case.model,
        provider: case.provider.as_deref(),
        mode: case.mode.as_deref(),
        ..Inbound::default()
    };
    decision::decide(asker, c, &inbound, &Enforcement::Proceeds { delay_ms: 0, rewrite: None })
}

fn got(decided: &Decided) -> Expect {
    if decided.allowed {
        Expect::Allow
    } else {
        Expect::Deny
    }
}

/// Every way the answer differs from what the case expects (and a name the catalog does not
/// know, unless the case says it means it).
fn failures(case: &Case, tested: &TestedOrg, c: &Catalog, decided: &Decided) -> Vec<String> {
    let (reason, routing, denial_source) = (decided.reason, decided.routing(), decided.denial_source());
    let mut failures = Vec::new();
    if !case.unknown {
        for unknown in c.unknown_names(&case.model, case.provider.as_deref(), &tested.org.custom_models) {
            failures.push(format!(
                "{}: a typo tests nothing (add unknown = true if the case means it)",
                unknown.sentence()
            ));
        }
    }
    if got(decided) != case.expect {
        failures.push(format!(
            "expected {}, got {} ({}, HTTP {}): {}",
            case.expect.as_str(),
            got(decided).as_str(),
            reason,
            decided.http_status,
            decided.answer.message
        ));
    }
    if let Some(want) = case.reason.as_deref().filter(|want| *want != reason) {
        failures.push(format!("expected reason {want}, got {reason}"));
    }
    if let Some(want) = case.status.filter(|want| *want != decided.http_status) {
        failures.push(format!("expected HTTP {want}, got {}", decided.http_status));
    }
    let or_none = |v: Option<&str>| v.unwrap_or("none").to_string();
    if let Some(want) = case.error.as_deref().filter(|want| Some(*want) != decided.error) {
        failures.push(format!("expected error {want}, got {}", or_none(decided.error)));
    }
    if let Some(want) = case.denial_source.as_deref().filter(|want| Some(*want) != denial_source) {
        failures.push(format!("expected denial_source {want}, got {}", or_none(denial_source)));
    }
    if let Some(want) = case.routing.as_ref().filter(|want| Some(*want) != routing.as_ref()) {
        failures.push(format!(
            "expected routing {want}, got {}",
            routing.as_ref().map_or("none".to_string(), Value::to_string)
        ));
    }
    failures
}

fn failed_lookup(case: &Case, index: usize, message: String) -> CaseOutcome {
    CaseOutcome {
        name: case.title(index),
        org: case.org.clone(),
        model: case.model.clone(),
        provider: case.provider.clone(),
        passed: false,
        expected: expected(case),
        actual: None,
        failures: vec![message],
    }
}

fn expected(case: &Case) -> Expected {
    Expected {
        decision: case.expect.as_str(),
        reason: case.reason.clone(),
        routing: case.routing.clone(),
        status: case.status,
        error: case.error.clone(),
        denial_source: case.denial_source.clone(),
    }
}

//! `audit`: every org checked for policy problems, read-only, streamed.

use std::collections::{HashMap, HashSet};
use std::sync::{Arc, Mutex};

use serde_json::json;

use crate::cli::{AuditArgs, FailOn};
use crate::output::ci::{self, CiFormat, Report, ReportFinding, Rule, Subject};
use crate::output::stream::ListWriter;
use crate::output::views::audit::{render, Summary, COLUMNS};
use crate::output::Output;
use crate::parallel::{self, OrderedPool};
use crate::policy::evaluate::{is_enterprise, Org};
use crate::policy::findings::{
    group_findings, Auditor, CatalogHistory, Code, Finding, GroupsInput, HistoryBuilder, OrgHistory, Severity,
};
use crate::policy::groups;
use crate::policy::{normalize, Catalog, Rules, Settings};
use crate::store::{AuditScanRow, AuditedOrgRow, OrgMembers, OrgRow, Store, StoreError};
use crate::ExitStatus;

use chrono::{DateTime, Utc};

use crate::services::{CatalogFile, Ctx, Snapshot};

pub async fn run(ctx: &Ctx, args: AuditArgs) -> anyhow::Result<ExitStatus> {
    let store = ctx.store().await?;
    let snapshot = Snapshot::latest(ctx, &store).await?;
    let rules = ctx.rules(&store);
    let (history, points) = catalog_history(&store, &snapshot.catalog, args.catalog_history.as_deref()).await?;
    let mut unchecked: Vec<String> = if points < 2 {
        let why = "silent_enablement: the catalog history has one snapshot (the gateway's database keeps only the latest), so no provider can be seen entering; pass --catalog-history DIR with exports from `orgpolicy catalog export`".to_string();
        ctx.out.warn(why.clone());
        vec![why]
    } else {
        Vec::new()
    };
    let threshold = match args.fail_on {
        FailOn::Error => Severity::Error,
        FailOn::Warning => Severity::Warning,
    };
    let head = [("snapshot_id", json!(snapshot.id)), ("rules", json!(rules))];
    let mut sink = Sink::start(&ctx.out, &head, threshold)?;
    // Under the current rules, the orgs that use groups are read again after the scan, in the
    // same snapshot, with their members: their findings wait for it and print after the rest.
    let groups = match rules {
        Rules::Current => match store.check_group_tables().await {
            Ok(()) => true,
            Err(StoreError::NoGroupTables { missing, .. }) => {
                unchecked.push(format!("group policies: this database has no member-level access tables ({missing})"));
                false
            }
            Err(e) => return Err(e.into()),
        },
        _ => false,
    };
    let catalog = &snapshot.catalog;
    // Where the two scans meet (see `GroupJoin`); `write` and the scan's callback both use it.
    let join = Mutex::new(GroupJoin::default());
    let mut write = |audited: anyhow::Result<Audited>| -> anyhow::Result<()> {
        let mut audited = audited?;
        if audited.awaiting_groups.is_some() {
            let mut join = join.lock().map_err(|_| poisoned())?;
            match join.members.remove(&audited.org) {
                // Its group row came while it was on a worker thread.
                Some(members) => audited = with_group_findings(audited, &members, catalog, &ctx.out)?,
                None => {
                    join.audited.insert(audited.org.clone(), audited);
                    return Ok(());
                }
            }
        }
        sink.emit(audited)
    };
    // Parsing, auditing and rendering run on worker threads; findings come back in scan order.
    let shared = Arc::new((snapshot.catalog.clone(), history));
    let out = ctx.out.clone();
    let mut pool = OrderedPool::new(parallel::threads(), || {
        let (shared, out) = (Arc::clone(&shared), out.clone());
        move |batch: Vec<Job>| {
            let auditor = Auditor::new(&shared.0, &shared.1);
            batch
                .into_iter()
                .map(|job| match job {
                    Job::Org(row) => audit_row(&auditor, rules, &row, &out),
                    Job::Groups(job) => with_group_findings(job.0, &job.1, &shared.0, &out),
                })
                .collect::<Vec<_>>()
        }
    });
    let progress = crate::output::progress::reading(&ctx.out);
    store
        .for_each_audited_org(groups, &mut |row| match row {
            AuditScanRow::Org(row) => {
                progress.inc(1);
                if row.uses_groups && is_enterprise(&row.org.plan) {
                    join.lock().map_err(|_| poisoned())?.expected.insert(row.org.id.clone());
                }
                let bytes = row.org.settings.len();
                pool.push(Job::Org(row), bytes, &mut write)
            }
            AuditScanRow::Groups(row) => {
                let mut locked = join.lock().map_err(|_| poisoned())?;
                if !locked.expected.contains(&row.org_id) {
                    return Ok(()); // not audited for groups (another plan, or soft-deleted)
                }
                match locked.audited.remove(&row.org_id) {
                    Some(audited) => {
                        drop(locked);
                        let bytes = row.members.approximate_bytes();
                        pool.push(Job::Groups(Box::new((audited, row.members))), bytes, &mut write)
                    }
                    // Its org is still on a worker thread.
                    None => {
                        locked.members.insert(row.org_id, row.members);
                        Ok(())
                    }
                }
            }
        })
        .await?;
    pool.finish(&mut write)?;
    // Orgs flagged as using groups but without group rows (none, in one snapshot) print as
    // they are.
    let left = join.into_inner().map_err(|_| poisoned())?.audited;
    for audited in left.into_values() {
        sink.emit(audited)?;
    }
    progress.finish_and_clear();
    let summary = sink.finish(&ctx.out, &unchecked)?;
    Ok(if summary.worst().is_some_and(|worst| worst >= threshold) { ExitStatus::Failure } else { ExitStatus::Success })
}

/// Where audited orgs go: the findings list (a table or JSON, streamed), or a CI report
/// written once every org is in.
struct Sink {
    list: Option<ListWriter>,
    report: Option<(CiFormat, Report)>,
    summary: Summary,
    threshold: Severity,
}

impl Sink {
    fn start(out: &Output, head: &[(&str, serde_json::Value)], threshold: Severity) -> anyhow::Result<Self> {
        let (list, report) = match out.ci_format() {
            Some(format) => {
                let rules = Code::ALL
                    .iter()
                    .map(|c| Rule { code: c.as_str(), severity: c.severity(), summary: c.summary(), help: c.help() })
                    .collect();
                (None, Some((format, Report { command: "audit", rules, subjects: Vec::new() })))
            }
            None => (Some(ListWriter::start(out, head, "findings", COLUMNS)?), None),
        };
        Ok(Self { list, report, summary: Summary::default(), threshold })
    }

    fn emit(&mut self, audited: Audited) -> anyhow::Result<()> {
        self.summary.add(&audited.codes);
        if let Some(list) = &mut self.list {
            audited.shown.iter().try_for_each(|line| list.rendered(line))?;
        }
        if let Some((_, report)) = &mut self.report {
            let threshold = self.threshold;
            let findings = audited
                .reported
                .into_iter()
                .map(|f| ReportFinding { failing: f.severity >= threshold && f.severity > Severity::Info, ..f })
                .collect();
            report.subjects.push(Subject { name: audited.name, id: audited.org, findings });
        }
        Ok(())
    }

    /// Closes the list (or writes the report) and says the summary; returns it.
    fn finish(self, out: &Output, unchecked: &[String]) -> anyhow::Result<Summary> {
        if let Some(list) = self.list {
            list.finish(&[("summary", serde_json::to_value(&self.summary)?), ("unchecked", json!(unchecked))])?;
            if !out.is_json() {
                out.line("")?;
                out.line(self.summary.sentence())?;
            }
        }
        if let Some((format, report)) = &self.report {
            ci::write(out, *format, report)?;
            out.note(self.summary.sentence());
        }
        Ok(self.summary)
    }
}

fn poisoned() -> anyhow::Error {
    anyhow::anyhow!("internal error: a thread failed while holding the group findings")
}

/// Where the audit's scan and its group scan meet: the orgs to audit for groups, their audits
/// waiting for their members, and members whose org's audit is still on a worker thread.
#[derive(Default)]
struct GroupJoin {
    expected: HashSet<String>,
    audited: HashMap<String, Audited>,
    members: HashMap<String, OrgMembers>,
}

/// What a worker thread is given: an org to audit, or an org's audit to add its group findings to.
enum Job {
    Org(AuditedOrgRow),
    Groups(Box<(Audited, OrgMembers)>),
}

/// `audited` with its org's group findings added.
fn with_group_findings(
    mut audited: Audited,
    members: &OrgMembers,
    catalog: &Catalog,
    out: &Output,
) -> anyhow::Result<Audited> {
    let Some(basis) = audited.awaiting_groups.take() else { return Ok(audited) };
    let findings = group_findings(&groups_input(basis.baseline, members), catalog);
    audited.add(&basis.org, &findings, out)?;
    Ok(audited)
}

/// An Enterprise org's group policies as the audit reads them.
fn groups_input(baseline: groups::Baseline, all: &OrgMembers) -> GroupsInput {
    let members = all
        .members
        .iter()
        .map(|m| {
            let label = m.email.clone().unwrap_or_else(|| m.kilo_user_id.clone());
            (label, all.groups_of(&m.kilo_user_id).to_vec())
        })
        .collect();
    GroupsInput {
        enterprise: true,
        baseline,
        default: all.settings.as_ref().map(|(p, _)| groups::parse_policies(p)),
        groups: all.groups.iter().map(|g| (g.name.clone(), groups::parse_policies(&g.policies))).collect(),
        members,
    }
}

/// When each provider of the latest snapshot entered the catalog, from every stored snapshot
/// and the exported files of `--catalog-history`, in time order; and how many catalogs that
/// history has.
async fn catalog_history(
    store: &Store,
    latest: &Catalog,
    dir: Option<&std::path::Path>,
) -> anyhow::Result<(CatalogHistory, usize)> {
    // (when, snapshot id or 0 for a file, live providers)
    let mut points: Vec<(Option<DateTime<Utc>>, i64, Vec<String>)> = Vec::new();
    Snapshot::for_each_live_set(store, &mut |row, live| points.push((row.created_at, row.id, live))).await?;
    if let Some(dir) = dir {
        for file in CatalogFile::history(dir, &latest.shared_facts())? {
            points.push((file.generated_at, 0, file.catalog.slugs(file.catalog.live())));
        }
        // Stable: the database's own order stays where times are equal or unknown.
        points.sort_by_key(|(at, _, _)| *at);
    }
    let count = points.len();
    let mut builder = HistoryBuilder::default();
    for (at, id, live) in points {
        builder.add(id, at.unwrap_or(DateTime::<Utc>::MIN_UTC), live);
    }
    Ok((builder.finish(latest), count))
}

/// One org audited on a worker thread: its finding codes and their rendered lines (or, for a
/// CI report, the findings themselves).
struct Audited {
    codes: Vec<(Code, Severity)>,
    shown: Vec<String>,
    reported: Vec<ReportFinding>,
    org: String,
    name: String,
    /// Set on an Enterprise org that uses groups until its group findings are added.
    awaiting_groups: Option<GroupBasis>,
}

/// What an org's group findings need from its row.
struct GroupBasis {
    /// The row without its settings (rendering names the org).
    org: OrgRow,
    baseline: groups::Baseline,
}

fn audit_row(auditor: &Auditor<'_>, rules: Rules, row: &AuditedOrgRow, out: &Output) -> anyhow::Result<Audited> {
    let org = &row.org;
    if !is_enterprise(&org.plan) {
        // Nothing in the settings of other plans is enforced (and parsing them is wasted).
        return Ok(Audited::new(org));
    }
    let settings = Settings::parse(&org.settings);
    let custom_models = custom_models(row.custom_models.as_deref());
    let subject = Org { plan: &org.plan, settings: &settings, custom_models: &custom_models, rules };
    let history = OrgHistory { created_at: org.created_at, last_settings_change: row.last_settings_change };
    let findings = auditor.audit(subject, history);
    let awaiting_groups = row.uses_groups.then(|| GroupBasis {
        org: OrgRow { settings: String::new(), ..row.org.clone() },
        baseline: groups::Baseline::of(settings.gateway_lists()),
    });
    let mut audited = Audited { awaiting_groups, ..Audited::new(org) };
    audited.add(org, &findings, out)?;
    Ok(audited)
}

impl Audited {
    fn new(org: &OrgRow) -> Self {
        Self {
            codes: Vec::new(),
            shown: Vec::new(),
            reported: Vec::new(),
            org: org.id.clone(),
            name: org.name.clone(),
            awaiting_groups: None,
        }
    }

    /// Adds findings as the output wants them: rendered lines, or a CI report's entries.
    fn add(&mut self, org: &OrgRow, findings: &[Finding], out: &Output) -> anyhow::Result<()> {
        self.codes.extend(findings.iter().map(|f| (f.code, f.severity)));
        for f in findings {
            if out.ci_format().is_some() {
                let message = f.message.clone();
                self.reported.push(ReportFinding {
                    code: f.code.as_str(),
                    severity: f.severity,
                    message,
                    failing: false,
                });
            } else {
                self.shown.push(render(out, org, f)?);
            }
        }
        Ok(())
    }
}

/// The JSON array of model ids the scan aggregates; absent when the audit does not need it.
fn custom_models(aggregated: Option<&str>) -> Vec<String> {
    let ids: Vec<Option<String>> = aggregated.and_then(|text| serde_json::from_str(text).ok()).unwrap_or_default();
    ids.into_iter().flatten().map(|id| normalize::model_id(&id)).collect()
}

//! `audit`: every org checked for policy problems, read-only, streamed.

use std::collections::{HashMap, HashSet};
use std::sync::{Arc, Mutex};

use serde_json::json;

use crate::cli::{AuditArgs, FailOn};
use crate::exit::ExitStatus;
use crate::output::ci::{self, CiFormat, Report, ReportFinding, Rule, Subject};
use crate::output::stream::ListWriter;
use crate::output::views::audit::{render, Mark, Summary, COLUMNS};
use crate::output::Output;
use crate::parallel::{self, OrderedPool};
use crate::policy::evaluate::{is_enterprise, Org};
use crate::policy::findings::{
    group_findings, Auditor, CatalogHistory, Code, Finding, GroupsInput, HistoryBuilder, OrgHistory, Severity,
};
use crate::policy::groups;
use crate::policy::triage::{self, BaselineEntry, BaselineFile, Status, Triage, Waiver};
use crate::policy::{normalize, Catalog, Rules, Settings};
use crate::store::{AuditScanRow, AuditedOrgRow, OrgMembers, OrgRow, Store, StoreError};

use chrono::{DateTime, Utc};

use crate::services::{CatalogFile, Ctx, Snapshot};

pub async fn run(ctx: &Ctx, args: AuditArgs) -> anyhow::Result<ExitStatus> {
    let store = ctx.store().await?;
    let snapshot = Snapshot::latest(ctx, &store).await?;
    let (rules, own_schema) = (ctx.rules(), store.schema() == crate::store::Schema::Own);
    let (history, points) = catalog_history(&store, &snapshot.catalog, args.catalog_history.as_deref()).await?;
    let mut unchecked = unchecked_history(ctx, points);
    let threshold = match args.fail_on {
        FailOn::Error => Severity::Error,
        FailOn::Warning => Severity::Warning,
    };
    let triage = load_triage(&args)?;
    let head = [("snapshot_id", json!(snapshot.id)), ("rules", json!(rules))];
    let mut sink = Sink::start(&ctx.out, &head, threshold, triage.baseline.is_some())?;
    let groups = group_pass(&store, rules, &mut unchecked).await?;
    let (catalog, judge) = (&snapshot.catalog, Judge { triage: &triage, collect: args.write_baseline.is_some() });
    // Where the two scans meet (see `GroupJoin`); `write` and the scan's callback both use it.
    let join = Mutex::new(GroupJoin::default());
    let mut write = |audited: anyhow::Result<Audited>| -> anyhow::Result<()> {
        let mut audited = audited?;
        if audited.awaiting_groups.is_some() {
            // Its group row came while it was on a worker thread, or it waits for it.
            let Some(members) = join.lock().map_err(|_| poisoned())?.org_audited(audited) else { return Ok(()) };
            audited = with_group_findings(members.0, &members.1, catalog, &ctx.out, &judge)?;
        }
        sink.emit(audited)
    };
    let shared = Arc::new((snapshot.catalog.clone(), history, Arc::clone(&triage), args.write_baseline.is_some()));
    let mut pool = auditors(shared, (rules, own_schema), &ctx.out);
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
                let ready = join.lock().map_err(|_| poisoned())?.groups_read(row);
                match ready {
                    Some((audited, members)) => {
                        let bytes = members.approximate_bytes();
                        pool.push(Job::Groups(Box::new((audited, members))), bytes, &mut write)
                    }
                    None => Ok(()),
                }
            }
        })
        .await?;
    pool.finish(&mut write)?;
    // Orgs flagged as using groups but without group rows (none, in one snapshot) print as
    // they are.
    for audited in join.into_inner().map_err(|_| poisoned())?.audited.into_values() {
        sink.emit(audited)?;
    }
    progress.finish_and_clear();
    conclude(ctx, sink, &unchecked, &triage, &args, threshold)
}

/// The summary (and the baseline, with `--write-baseline`), and the exit status: 1 when a
/// finding at or above `--fail-on` is new.
fn conclude(
    ctx: &Ctx,
    sink: Sink,
    unchecked: &[String],
    triage: &Triage,
    args: &AuditArgs,
    threshold: Severity,
) -> anyhow::Result<ExitStatus> {
    let (summary, entries) = sink.finish(&ctx.out, unchecked, triage, args.baseline.as_deref())?;
    if let Some(path) = &args.write_baseline {
        write_baseline(ctx, path, entries)?;
        return Ok(ExitStatus::Success);
    }
    Ok(if summary.worst().is_some_and(|worst| worst >= threshold) { ExitStatus::Failure } else { ExitStatus::Success })
}

/// The baseline and waivers of the run, read before anything else (a bad file is exit 2).
fn load_triage(args: &AuditArgs) -> anyhow::Result<Arc<Triage>> {
    let read = |path: &std::path::Path, what: &str| {
        std::fs::read_to_string(path).map_err(|e| {
            crate::error::fixable(format!("could not read {what} file '{}': {e}", path.display()), "check the path")
        })
    };
    let baseline = match &args.baseline {
        Some(path) => {
            let file = BaselineFile::parse(&read(path, "baseline")?).map_err(|e| {
                crate::error::fixable(
                    format!("baseline file '{}' is malformed: {e}", path.display()),
                    "write one with `orgpolicy audit --write-baseline FILE`",
                )
            })?;
            Some(file.findings.into_iter().map(|f| f.fingerprint).collect())
        }
        None => None,
    };
    let waivers = match &args.waivers {
        Some(path) => triage::parse_waivers(&read(path, "waivers")?).map_err(|e| {
            crate::error::fixable(
                format!("waivers file '{}' is malformed: {e}", path.display()),
                "each [[waiver]] has org, code, reason and expires (YYYY-MM-DD), and optionally subject",
            )
        })?,
        None => Vec::new(),
    };
    Ok(Arc::new(Triage { baseline, waivers, today: Some(Utc::now().date_naive()) }))
}

/// Writes today's findings as a baseline, whole or not at all.
fn write_baseline(ctx: &Ctx, path: &std::path::Path, mut entries: Vec<BaselineEntry>) -> anyhow::Result<()> {
    entries.sort_by(|a, b| (&a.name, &a.org, &a.code, &a.subject).cmp(&(&b.name, &b.org, &b.code, &b.subject)));
    let count = entries.len();
    let file = BaselineFile { orgpolicy_baseline: 1, findings: entries };
    let mut text = serde_json::to_string_pretty(&file)?;
    text.push('\n');
    crate::atomic_file::write(path, text.as_bytes()).map_err(|e| {
        crate::error::fixable(
            format!("could not write baseline file '{}': {e}", path.display()),
            "check the path and permissions",
        )
    })?;
    ctx.out.note(format!(
        "baseline of {} written to {}: `orgpolicy audit --baseline {}` fails only on findings not in it",
        crate::output::plural(count, "finding", "findings"),
        path.display(),
        path.display()
    ));
    Ok(())
}

/// How this run judges findings (its baseline and waivers), and whether it records them for
/// `--write-baseline`.
struct Judge<'a> {
    triage: &'a Triage,
    collect: bool,
}

/// Where audited orgs go: the findings list (a table or JSON, streamed), or a CI report
/// written once every org is in.
struct Sink {
    list: Option<ListWriter>,
    report: Option<(CiFormat, Report)>,
    summary: Summary,
    threshold: Severity,
    /// Fingerprints seen (with `--baseline`: what is not seen is gone).
    seen: Option<HashSet<String>>,
    /// Waivers that silenced something.
    used: HashSet<usize>,
    entries: Vec<BaselineEntry>,
}

impl Sink {
    fn start(
        out: &Output,
        head: &[(&str, serde_json::Value)],
        threshold: Severity,
        with_baseline: bool,
    ) -> anyhow::Result<Self> {
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
        Ok(Self {
            list,
            report,
            summary: Summary::default(),
            threshold,
            seen: with_baseline.then(HashSet::new),
            used: HashSet::new(),
            entries: Vec::new(),
        })
    }

    fn emit(&mut self, audited: Audited) -> anyhow::Result<()> {
        self.summary.add(&audited.codes);
        self.summary.known += audited.known;
        self.summary.waived += audited.waived.len() as u64;
        self.used.extend(audited.waived);
        if let Some(seen) = &mut self.seen {
            seen.extend(audited.fingerprints);
        }
        self.entries.extend(audited.entries);
        if let Some(list) = &mut self.list {
            audited.shown.iter().try_for_each(|line| list.rendered(line))?;
        }
        if let Some((_, report)) = &mut self.report {
            let threshold = self.threshold;
            let findings = audited
                .reported
                .into_iter()
                .map(|f| {
                    let counted = f.suppressed.is_none() && f.state != Some("unchanged");
                    ReportFinding { failing: counted && f.severity >= threshold && f.severity > Severity::Info, ..f }
                })
                .collect();
            report.subjects.push(Subject { name: audited.name, id: audited.org, findings });
        }
        Ok(())
    }

    /// Closes the list (or writes the report) and says the summary, what is gone from the
    /// baseline and which waivers expired or went unused; returns the summary and the findings
    /// to record as a baseline.
    fn finish(
        self,
        out: &Output,
        unchecked: &[String],
        triage: &Triage,
        baseline: Option<&std::path::Path>,
    ) -> anyhow::Result<(Summary, Vec<BaselineEntry>)> {
        let gone: Vec<&str> = match (&self.seen, &triage.baseline) {
            (Some(seen), Some(accepted)) => {
                let mut gone: Vec<&str> = accepted.iter().filter(|f| !seen.contains(*f)).map(String::as_str).collect();
                gone.sort_unstable();
                gone
            }
            _ => Vec::new(),
        };
        let expired: Vec<&Waiver> = triage.waivers.iter().filter(|w| !triage.in_force(w)).collect();
        let unused: Vec<&Waiver> = triage
            .waivers
            .iter()
            .enumerate()
            .filter(|(i, w)| triage.in_force(w) && !self.used.contains(i))
            .map(|(_, w)| w)
            .collect();
        for waiver in &expired {
            out.warn(format!(
                "waiver of {} for '{}' expired on {}: its findings count again ({})",
                waiver.code, waiver.org, waiver.expires, waiver.reason
            ));
        }
        for waiver in &unused {
            out.warn(format!("waiver of {} for '{}' silenced nothing: remove it", waiver.code, waiver.org));
        }
        if let Some(path) = baseline {
            out.note(format!(
                "baseline {}: {} known, {} gone since it was written",
                path.display(),
                self.summary.known,
                gone.len()
            ));
        }
        if let Some(list) = self.list {
            let mut tail = vec![("summary", serde_json::to_value(&self.summary)?), ("unchecked", json!(unchecked))];
            if let Some(path) = baseline {
                tail.push(("baseline", json!({"file": path, "known": self.summary.known, "gone": gone})));
            }
            if !triage.waivers.is_empty() {
                tail.push(("waivers", json!({"waived": self.summary.waived, "expired": expired, "unused": unused})));
            }
            list.finish(&tail)?;
            if !out.is_json() {
                out.summary(self.summary.sentence());
            }
        }
        if let Some((format, report)) = &self.report {
            ci::write(out, *format, report)?;
            out.note(self.summary.sentence());
        }
        Ok((self.summary, self.entries))
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

impl GroupJoin {
    /// An org's audit that waits for its group findings: with its members when they were read
    /// while it was on a worker thread, else kept until they are.
    fn org_audited(&mut self, audited: Audited) -> Option<(Audited, OrgMembers)> {
        match self.members.remove(&audited.org) {
            Some(members) => Some((audited, members)),
            None => {
                self.audited.insert(audited.org.clone(), audited);
                None
            }
        }
    }

    /// An org's group rows: with its audit when that is done, else kept until it is; dropped
    /// for an org not audited for groups (another plan, or soft-deleted).
    fn groups_read(&mut self, row: crate::store::GroupOrgRow) -> Option<(Audited, OrgMembers)> {
        if !self.expected.contains(&row.org_id) {
            return None;
        }
        match self.audited.remove(&row.org_id) {
            Some(audited) => Some((audited, row.members)),
            None => {
                self.members.insert(row.org_id, row.members);
                None
            }
        }
    }
}

/// The catalog, its history, the triage and whether a baseline is being written: what every
/// worker thread shares.
type Shared = Arc<(Catalog, CatalogHistory, Arc<Triage>, bool)>;

/// Parsing, auditing and rendering on worker threads; findings come back in scan order.
fn auditors(
    shared: Shared,
    (rules, own_schema): (Rules, bool),
    out: &Output,
) -> OrderedPool<Job, anyhow::Result<Audited>> {
    OrderedPool::new(parallel::threads(), || {
        let (shared, out) = (Arc::clone(&shared), out.clone());
        move |batch: Vec<Job>| {
            let auditor = Auditor::new(&shared.0, &shared.1);
            let judge = Judge { triage: &shared.2, collect: shared.3 };
            batch
                .into_iter()
                .map(|job| match job {
                    Job::Org(row) => audit_row(&auditor, rules, own_schema, &row, &out, &judge),
                    Job::Groups(job) => with_group_findings(job.0, &job.1, &shared.0, &out, &judge),
                })
                .collect::<Vec<_>>()
        }
    })
}

/// What the catalog history cannot show, said once: with one snapshot no provider is seen
/// entering.
fn unchecked_history(ctx: &Ctx, points: usize) -> Vec<String> {
    if points >= 2 {
        return Vec::new();
    }
    let why = "silent_enablement: the catalog history has one snapshot (the gateway's database keeps only the latest), so no provider can be seen entering; pass --catalog-history DIR with exports from `orgpolicy catalog export`".to_string();
    ctx.out.warn(why.clone());
    vec![why]
}

/// Whether the orgs that use groups are read again (current rules), in the same snapshot with
/// their members: beside the scan in the same order on PostgreSQL, so each org's group rows
/// come right after it; else after the scan, their findings waiting for it. A database
/// without the member tables says so in `unchecked`.
async fn group_pass(store: &Store, rules: Rules, unchecked: &mut Vec<String>) -> anyhow::Result<bool> {
    if rules != Rules::Current {
        return Ok(false);
    }
    match store.check_group_tables().await {
        Ok(()) => Ok(true),
        Err(StoreError::NoGroupTables { missing, .. }) => {
            unchecked.push(format!("group policies: this database has no member-level access tables ({missing})"));
            Ok(false)
        }
        Err(e) => Err(e.into()),
    }
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
    judge: &Judge<'_>,
) -> anyhow::Result<Audited> {
    let Some(basis) = audited.awaiting_groups.take() else { return Ok(audited) };
    let findings = group_findings(&groups_input(basis.baseline, members), catalog);
    audited.add(&basis.org, &findings, out, judge)?;
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
    /// Findings in the baseline, and the waivers that silenced findings (by index).
    known: u64,
    waived: Vec<usize>,
    /// With `--baseline`, every finding's fingerprint; with `--write-baseline`, the entries.
    fingerprints: Vec<String>,
    entries: Vec<BaselineEntry>,
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

fn audit_row(
    auditor: &Auditor<'_>,
    rules: Rules,
    own_schema: bool,
    row: &AuditedOrgRow,
    out: &Output,
    judge: &Judge<'_>,
) -> anyhow::Result<Audited> {
    let org = &row.org;
    if !is_enterprise(&org.plan) {
        // Nothing in the settings of other plans is enforced (and parsing them is wasted).
        return Ok(Audited::new(org));
    }
    let settings = Settings::parse(&org.settings);
    let custom_models = custom_models(row.custom_models.as_deref());
    let subject = Org { plan: &org.plan, settings: &settings, custom_models: &custom_models, rules, own_schema };
    let history = OrgHistory { created_at: org.created_at, last_settings_change: row.last_settings_change };
    let findings = auditor.audit(subject, history);
    let awaiting_groups = row.uses_groups.then(|| GroupBasis {
        org: OrgRow { settings: String::new(), ..row.org.clone() },
        baseline: groups::Baseline::of(settings.gateway_lists(), crate::policy::evaluate::enforced_combos(&subject)),
    });
    let mut audited = Audited { awaiting_groups, ..Audited::new(org) };
    audited.add(org, &findings, out, judge)?;
    Ok(audited)
}

impl Audited {
    fn new(org: &OrgRow) -> Self {
        Self {
            codes: Vec::new(),
            shown: Vec::new(),
            reported: Vec::new(),
            known: 0,
            waived: Vec::new(),
            fingerprints: Vec::new(),
            entries: Vec::new(),
            org: org.id.clone(),
            name: org.name.clone(),
            awaiting_groups: None,
        }
    }

    /// Adds findings as the output wants them (rendered lines, or a CI report's entries),
    /// judged by the run's baseline and waivers: only new ones count toward failure.
    fn add(&mut self, org: &OrgRow, findings: &[Finding], out: &Output, judge: &Judge<'_>) -> anyhow::Result<()> {
        let triage = judge.triage;
        for f in findings {
            let fingerprint = triage::fingerprint(&org.id, f);
            let status = triage.status(&org.id, &org.name, f, &fingerprint);
            let waiver = match status {
                Status::Waived(i) => Some(&triage.waivers[i]),
                _ => None,
            };
            match status {
                Status::New => self.codes.push((f.code, f.severity)),
                Status::Known => self.known += 1,
                Status::Waived(i) => self.waived.push(i),
            }
            if judge.collect {
                self.entries.push(BaselineEntry {
                    fingerprint: fingerprint.clone(),
                    org: org.id.clone(),
                    name: org.name.clone(),
                    code: f.code.as_str().to_string(),
                    subject: triage::subject(f),
                });
            }
            if out.ci_format().is_some() {
                let state = triage.baseline.as_ref().map(|_| if status == Status::Known { "unchanged" } else { "new" });
                self.reported.push(ReportFinding {
                    code: f.code.as_str(),
                    severity: f.severity,
                    message: f.message.clone(),
                    failing: false,
                    state,
                    suppressed: waiver.map(|w| format!("{} (until {})", w.reason, w.expires)),
                });
            } else {
                let mark = Mark {
                    fingerprint: &fingerprint,
                    status: status.as_str(),
                    waiver: waiver.map(|w| (w.reason.as_str(), w.expires.to_string())),
                };
                self.shown.push(render(out, (&org.id, &org.name), f, &mark)?);
            }
            if triage.baseline.is_some() {
                self.fingerprints.push(fingerprint);
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

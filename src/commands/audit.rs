//! `audit`: every org checked for policy problems, read-only, streamed.

use std::collections::BTreeMap;

use serde::Serialize;
use serde_json::json;

use crate::cli::{AuditArgs, FailOn};
use crate::output::stream::{JsonList, Lines};
use crate::output::{plural, truncate, Output, Tone};
use crate::policy::audit::{Auditor, CatalogHistory, Code, Finding, HistoryBuilder, OrgHistory, Severity};
use crate::policy::catalog::live_providers;
use crate::policy::evaluate::Org;
use crate::policy::{normalize, Catalog, Settings};
use crate::store::{AuditedOrgRow, Store};
use crate::ExitStatus;

use super::{Ctx, Snapshot};

pub async fn run(ctx: &Ctx, args: AuditArgs) -> anyhow::Result<ExitStatus> {
    let store = ctx.store().await?;
    let snapshot = Snapshot::latest(ctx, &store).await?;
    let history = catalog_history(&store, &snapshot.catalog).await?;
    let auditor = Auditor::new(&snapshot.catalog, &history);
    let mut sink = Sink::start(&ctx.out, snapshot.id)?;
    let mut summary = Summary::new();
    store
        .for_each_audited_org(&mut |row| {
            let findings = audit_row(&auditor, &row);
            summary.add(&findings);
            for finding in &findings {
                sink.finding(&row, finding)?;
            }
            Ok(())
        })
        .await?;
    sink.finish(&summary)?;
    let threshold = match args.fail_on {
        FailOn::Error => Severity::Error,
        FailOn::Warning => Severity::Warning,
    };
    Ok(if summary.worst().is_some_and(|worst| worst >= threshold) { ExitStatus::Failure } else { ExitStatus::Success })
}

/// When each provider of the latest snapshot entered the catalog, from every stored snapshot.
async fn catalog_history(store: &Store, latest: &Catalog) -> anyhow::Result<CatalogHistory> {
    let mut builder = HistoryBuilder::default();
    store
        .for_each_snapshot(&mut |row| {
            let live = live_providers(&row.data)
                .map_err(|e| anyhow::anyhow!("catalog snapshot {} in the database is malformed: {e}", row.id))?;
            builder.add(row.id, row.created_at, live);
            Ok(())
        })
        .await?;
    Ok(builder.finish(latest))
}

fn audit_row(auditor: &Auditor<'_>, row: &AuditedOrgRow) -> Vec<Finding> {
    let org = &row.org;
    let settings = Settings::parse(&org.settings);
    let custom_models = custom_models(row.custom_models.as_deref());
    let subject = Org { plan: &org.plan, settings: &settings, custom_models: &custom_models };
    auditor.audit(subject, OrgHistory { created_at: org.created_at, last_settings_change: row.last_settings_change })
}

/// The JSON array of model ids the scan aggregates; absent when the audit does not need it.
fn custom_models(aggregated: Option<&str>) -> Vec<String> {
    let ids: Vec<Option<String>> = aggregated.and_then(|text| serde_json::from_str(text).ok()).unwrap_or_default();
    ids.into_iter().flatten().map(|id| normalize::model_id(&id)).collect()
}

/// One finding as written: the org, then the finding.
#[derive(Serialize)]
struct Shown<'a> {
    org: &'a str,
    name: &'a str,
    #[serde(flatten)]
    finding: &'a Finding,
}

enum Sink<'o> {
    Json(JsonList),
    Table(Lines, &'o Output),
}

impl<'o> Sink<'o> {
    fn start(out: &'o Output, snapshot_id: i64) -> anyhow::Result<Self> {
        Ok(if out.is_json() {
            Sink::Json(JsonList::start(&[("snapshot_id", json!(snapshot_id))], "findings")?)
        } else {
            Sink::Table(Lines::start(&format!("{:<8} {:<28} {:<26} MESSAGE", "SEVERITY", "ORG", "CODE"))?, out)
        })
    }

    fn finding(&mut self, row: &AuditedOrgRow, finding: &Finding) -> anyhow::Result<()> {
        match self {
            Sink::Json(list) => list.item(&Shown { org: &row.org.id, name: &row.org.name, finding })?,
            Sink::Table(lines, out) => {
                let tone = match finding.severity {
                    Severity::Error => Tone::Bad,
                    Severity::Warning => Tone::Warn,
                };
                lines.line(&format!(
                    "{} {:<28} {:<26} {}",
                    out.paint(format!("{:<8}", finding.severity.as_str()), tone),
                    truncate(&row.org.name, 28),
                    finding.code.as_str(),
                    finding.message
                ))?;
            }
        }
        Ok(())
    }

    fn finish(self, summary: &Summary) -> anyhow::Result<()> {
        match self {
            Sink::Json(list) => list.finish(&[("summary", serde_json::to_value(summary)?)])?,
            Sink::Table(lines, out) => {
                lines.finish()?;
                out.line("")?;
                out.line(summary.sentence())?;
            }
        }
        Ok(())
    }
}

#[derive(Debug, Serialize)]
struct Summary {
    orgs: u64,
    orgs_with_findings: u64,
    errors: u64,
    warnings: u64,
    /// Every code, zero or not, so a pipeline can read any count without guarding.
    by_code: BTreeMap<&'static str, u64>,
}

impl Summary {
    fn new() -> Self {
        Self {
            orgs: 0,
            orgs_with_findings: 0,
            errors: 0,
            warnings: 0,
            by_code: Code::ALL.iter().map(|c| (c.as_str(), 0)).collect(),
        }
    }

    fn add(&mut self, findings: &[Finding]) {
        self.orgs += 1;
        self.orgs_with_findings += u64::from(!findings.is_empty());
        for f in findings {
            match f.severity {
                Severity::Error => self.errors += 1,
                Severity::Warning => self.warnings += 1,
            }
            *self.by_code.entry(f.code.as_str()).or_default() += 1;
        }
    }

    fn worst(&self) -> Option<Severity> {
        if self.errors > 0 {
            Some(Severity::Error)
        } else if self.warnings > 0 {
            Some(Severity::Warning)
        } else {
            None
        }
    }

    fn sentence(&self) -> String {
        let counts: Vec<String> =
            self.by_code.iter().filter(|(_, n)| **n > 0).map(|(code, n)| format!("{code} {n}")).collect();
        let detail = if counts.is_empty() { String::new() } else { format!(" ({})", counts.join(", ")) };
        format!(
            "{} audited, {} with findings: {}, {}{detail}",
            plural(self.orgs as usize, "org", "orgs"),
            self.orgs_with_findings,
            plural(self.errors as usize, "error", "errors"),
            plural(self.warnings as usize, "warning", "warnings"),
        )
    }
}

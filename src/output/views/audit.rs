//! `audit`, streamed: `{"snapshot_id", "rules", "findings": [{"org" (id), "name", "code",
//! "severity", "message", "data", "fingerprint", "status", "waiver"?}], "summary": {"orgs", "orgs_with_findings", "errors",
//! "warnings", "by_code": {every code: count}}, "unchecked": [what could not be checked]}`.

use std::collections::BTreeMap;

use serde::Serialize;

use crate::output::stream::{Cell, Column, Columns};
use crate::output::{plural, Output, Tone};
use crate::policy::findings::{Code, Finding, Severity};

/// How a finding counts, as it is shown: its fingerprint, `new`, `known` (in the baseline) or
/// `waived`, and the waiver's reason and end.
pub struct Mark<'a> {
    pub fingerprint: &'a str,
    pub status: &'static str,
    pub waiver: Option<(&'a str, String)>,
}

/// A finding of the org `(id, name)` as one JSON item or one table line.
pub fn render(out: &Output, org: (&str, &str), finding: &Finding, mark: &Mark<'_>) -> anyhow::Result<String> {
    let (id, name) = org;
    if out.is_json() {
        let shown = Shown {
            org: id,
            name,
            finding,
            fingerprint: mark.fingerprint,
            status: mark.status,
            waiver: mark.waiver.as_ref().map(|(reason, expires)| WaiverShown { reason, expires }),
        };
        return Ok(serde_json::to_string(&shown)?);
    }
    let message = match (mark.status, &mark.waiver) {
        (_, Some((reason, expires))) => format!("[waived until {expires}: {reason}] {}", finding.message),
        ("known", None) => format!("[baseline] {}", finding.message),
        _ => finding.message.clone(),
    };
    let tone = match finding.severity {
        Severity::Error => Tone::Bad,
        Severity::Warning => Tone::Warn,
        Severity::Info => Tone::Dim,
    };
    let cells = [
        Cell::painted(finding.severity.as_str(), tone),
        name.into(),
        finding.code.as_str().into(),
        message.as_str().into(),
    ];
    Ok(COLUMNS.line(&cells, out.colors_stdout(), out.width()))
}

/// The findings table.
pub const COLUMNS: Columns = Columns(&[
    Column::fixed("severity", 8),
    Column::text("org", 28),
    Column::fixed("code", 27),
    Column::last("message"),
]);

/// One finding as written: the org, then the finding.
#[derive(Serialize)]
pub struct Shown<'a> {
    pub org: &'a str,
    pub name: &'a str,
    #[serde(flatten)]
    pub finding: &'a Finding,
    pub fingerprint: &'a str,
    pub status: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub waiver: Option<WaiverShown<'a>>,
}

#[derive(Serialize)]
pub struct WaiverShown<'a> {
    pub reason: &'a str,
    pub expires: &'a str,
}

#[derive(Debug, Serialize)]
pub struct Summary {
    pub orgs: u64,
    pub orgs_with_findings: u64,
    pub errors: u64,
    pub warnings: u64,
    pub infos: u64,
    /// Findings in the `--baseline` and findings a waiver silences: reported, never counted above.
    pub known: u64,
    pub waived: u64,
    /// Every code, zero or not, so a pipeline can read any count without guarding.
    pub by_code: BTreeMap<&'static str, u64>,
}

impl Default for Summary {
    fn default() -> Self {
        Self {
            orgs: 0,
            orgs_with_findings: 0,
            errors: 0,
            warnings: 0,
            infos: 0,
            known: 0,
            waived: 0,
            by_code: Code::ALL.iter().map(|c| (c.as_str(), 0)).collect(),
        }
    }
}

impl Summary {
    pub fn add(&mut self, findings: &[(Code, Severity)]) {
        self.orgs += 1;
        self.orgs_with_findings += u64::from(!findings.is_empty());
        for (code, severity) in findings {
            match severity {
                Severity::Error => self.errors += 1,
                Severity::Warning => self.warnings += 1,
                Severity::Info => self.infos += 1,
            }
            *self.by_code.entry(code.as_str()).or_default() += 1;
        }
    }

    pub fn worst(&self) -> Option<Severity> {
        if self.errors > 0 {
            Some(Severity::Error)
        } else if self.warnings > 0 {
            Some(Severity::Warning)
        } else {
            None
        }
    }

    pub fn sentence(&self) -> String {
        let counts: Vec<String> =
            self.by_code.iter().filter(|(_, n)| **n > 0).map(|(code, n)| format!("{code} {n}")).collect();
        let detail = if counts.is_empty() { String::new() } else { format!(" ({})", counts.join(", ")) };
        format!(
            "{} audited, {} with findings: {}, {}{}{detail}",
            plural(self.orgs as usize, "org", "orgs"),
            self.orgs_with_findings,
            plural(self.errors as usize, "error", "errors"),
            plural(self.warnings as usize, "warning", "warnings"),
            if self.infos > 0 { format!(", {} for information", self.infos) } else { String::new() },
        ) + &self.set_aside()
    }

    fn set_aside(&self) -> String {
        match (self.known, self.waived) {
            (0, 0) => String::new(),
            (known, waived) => format!("; set aside: {known} known (in the baseline), {waived} waived"),
        }
    }
}

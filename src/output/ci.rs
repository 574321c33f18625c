//! Reports CI systems read, for `audit` and `test`: JUnit XML (one test case per org or per
//! case; findings at or above the threshold as failures, the rest as output), SARIF 2.1.0 (one
//! rule per finding code, one result per finding, located by org) and GitHub workflow commands
//! (one annotation per finding, and a Markdown job summary when `GITHUB_STEP_SUMMARY` is set).
//! The exit code never depends on the format.

use std::fmt::Write as _;
use std::io::Write as _;

use serde_json::{json, Value};

use crate::policy::findings::Severity;

/// Which CI report `--format` asks for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CiFormat {
    Junit,
    Sarif,
    Github,
}

/// What a report says: one entry per org (`audit`) or per case (`test`).
pub struct Report {
    /// `audit` or `test`.
    pub command: &'static str,
    /// The finding codes the report may use, with their severity and help.
    pub rules: Vec<Rule>,
    pub subjects: Vec<Subject>,
}

pub struct Rule {
    pub code: &'static str,
    pub severity: Severity,
    pub summary: &'static str,
    pub help: &'static str,
}

/// An org or a test case, and what was found about it.
pub struct Subject {
    pub name: String,
    /// The org id (or the case's org), for locations.
    pub id: String,
    pub findings: Vec<ReportFinding>,
}

pub struct ReportFinding {
    pub code: &'static str,
    pub severity: Severity,
    pub message: String,
    /// At or above the threshold: a failure, not only output.
    pub failing: bool,
    /// With a baseline: SARIF's `baselineState` (`new` or `unchanged`).
    pub state: Option<&'static str>,
    /// Why a waiver silences it (SARIF's suppression justification).
    pub suppressed: Option<String>,
}

impl Report {
    fn counts(&self) -> (usize, usize) {
        let failed = self.subjects.iter().filter(|s| s.findings.iter().any(|f| f.failing)).count();
        (self.subjects.len(), failed)
    }
}

/// Whether `c` is a control character (C0 but tab and newline, DEL, C1): database text may
/// hold them, and neither XML nor a log viewer should act on them.
fn is_control(c: char) -> bool {
    ((c as u32) < 0x20 && c != '\t' && c != '\n') || c == '\u{7f}' || ('\u{80}'..='\u{9f}').contains(&c)
}

/// `text` with its control characters written as `\u{..}`.
fn without_controls(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if is_control(c) {
            let _ = write!(out, "\\u{{{:x}}}", c as u32);
        } else {
            out.push(c);
        }
    }
    out
}

/// Text that XML 1.0 can hold, escaped for an attribute or element: markup escaped, control
/// characters (which XML cannot carry even escaped) written as `\u{..}`.
fn xml(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in without_controls(text).chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            '\u{fffe}' | '\u{ffff}' => out.push('\u{fffd}'),
            c => out.push(c),
        }
    }
    out
}

/// The report as JUnit XML.
pub fn junit(report: &Report) -> String {
    let (tests, failures) = report.counts();
    let suite = format!("orgpolicy {}", report.command);
    let mut out = String::from("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    let _ = writeln!(out, "<testsuites name=\"{suite}\" tests=\"{tests}\" failures=\"{failures}\" errors=\"0\">");
    let _ = writeln!(
        out,
        "  <testsuite name=\"{suite}\" tests=\"{tests}\" failures=\"{failures}\" errors=\"0\" skipped=\"0\">"
    );
    for subject in &report.subjects {
        let _ = write!(
            out,
            "    <testcase classname=\"orgpolicy.{}\" name=\"{}\"",
            report.command,
            xml(&format!("{} ({})", subject.name, subject.id))
        );
        if subject.findings.is_empty() {
            out.push_str("/>\n");
            continue;
        }
        out.push_str(">\n");
        let (failing, other): (Vec<&ReportFinding>, Vec<&ReportFinding>) =
            subject.findings.iter().partition(|f| f.failing);
        if let Some(first) = failing.first() {
            let body: Vec<String> =
                failing.iter().map(|f| format!("{} {}: {}", f.severity.as_str(), f.code, f.message)).collect();
            let _ = writeln!(
                out,
                "      <failure type=\"{}\" message=\"{}\">{}</failure>",
                first.code,
                xml(&first.message),
                xml(&body.join("\n"))
            );
        }
        if !other.is_empty() {
            let body: Vec<String> =
                other.iter().map(|f| format!("{} {}: {}", f.severity.as_str(), f.code, f.message)).collect();
            let _ = writeln!(out, "      <system-out>{}</system-out>", xml(&body.join("\n")));
        }
        out.push_str("    </testcase>\n");
    }
    out.push_str("  </testsuite>\n</testsuites>\n");
    out
}

fn sarif_level(severity: Severity) -> &'static str {
    match severity {
        Severity::Error => "error",
        Severity::Warning => "warning",
        Severity::Info => "note",
    }
}

/// The report as SARIF 2.1.0: one run, one rule per code, one result per finding, located
/// by the org (a logical location: findings are about database rows, not files).
pub fn sarif(report: &Report) -> Value {
    let rules: Vec<Value> = report
        .rules
        .iter()
        .map(|rule| {
            json!({
                "id": rule.code,
                "name": rule.code,
                "shortDescription": {"text": rule.summary},
                "help": {"text": rule.help},
                "defaultConfiguration": {"level": sarif_level(rule.severity)},
            })
        })
        .collect();
    let index = |code: &str| report.rules.iter().position(|r| r.code == code);
    let results: Vec<Value> = report
        .subjects
        .iter()
        .flat_map(|subject| subject.findings.iter().map(move |f| (subject, f)))
        .map(|(subject, f)| {
            let mut result = json!({
                "ruleId": f.code,
                "level": sarif_level(f.severity),
                "message": {"text": f.message},
                "locations": [{"logicalLocations": [{
                    "name": subject.name,
                    "fullyQualifiedName": format!("organizations/{}", subject.id),
                    "kind": "resource",
                }]}],
            });
            if let Some(i) = index(f.code) {
                result["ruleIndex"] = json!(i);
            }
            if let Some(state) = f.state {
                result["baselineState"] = json!(state);
            }
            if let Some(why) = &f.suppressed {
                result["suppressions"] = json!([{"kind": "external", "justification": why}]);
            }
            result
        })
        .collect();
    json!({
        "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
        "version": "2.1.0",
        "runs": [{
            "tool": {"driver": {
                "name": "orgpolicy",
                "version": env!("CARGO_PKG_VERSION"),
                "rules": rules,
            }},
            "results": results,
        }],
    })
}

/// A workflow command's data or property value, escaped as the runner reads it.
fn command_text(text: &str, property: bool) -> String {
    let mut out = without_controls(text).replace('%', "%25").replace('\r', "%0D").replace('\n', "%0A");
    if property {
        out = out.replace(':', "%3A").replace(',', "%2C");
    }
    out
}

/// The report as GitHub workflow commands: one annotation per finding (`error`, `warning`,
/// `notice` by severity), and a closing line with the counts.
pub fn github(report: &Report) -> String {
    let mut out = String::new();
    for subject in &report.subjects {
        for f in &subject.findings {
            // Accepted findings (in the baseline, or waived) are notices: they never fail.
            let (command, aside) = match (f.severity, f.state, &f.suppressed) {
                (_, _, Some(_)) => ("notice", "; waived"),
                (_, Some("unchanged"), None) => ("notice", "; in the baseline"),
                (Severity::Error, _, None) => ("error", ""),
                (Severity::Warning, _, None) => ("warning", ""),
                (Severity::Info, _, None) => ("notice", ""),
            };
            let title = format!("{} ({}{aside})", f.code, subject.name);
            let _ =
                writeln!(out, "::{command} title={}::{}", command_text(&title, true), command_text(&f.message, false));
        }
    }
    let (tests, failed) = report.counts();
    let _ = writeln!(out, "orgpolicy {}: {failed} of {tests} failed", report.command);
    out
}

/// The job summary: a Markdown table of the findings.
pub fn markdown_summary(report: &Report) -> String {
    let cell = |text: &str| without_controls(text).replace('|', "\\|").replace('\n', " ");
    let (tests, failed) = report.counts();
    let mut out = format!("### orgpolicy {}\n\n{failed} of {tests} failed.\n\n", report.command);
    let findings: Vec<(&Subject, &ReportFinding)> =
        report.subjects.iter().flat_map(|s| s.findings.iter().map(move |f| (s, f))).collect();
    if findings.is_empty() {
        return out;
    }
    out.push_str("| severity | org | code | message |\n|---|---|---|---|\n");
    for (subject, f) in findings {
        let _ = writeln!(
            out,
            "| {} | {} | `{}` | {} |",
            f.severity.as_str(),
            cell(&subject.name),
            f.code,
            cell(&f.message)
        );
    }
    out
}

/// Writes the report to standard output; with `github`, appends the summary to the file
/// `GITHUB_STEP_SUMMARY` names, when it is set.
pub fn write(out: &super::Output, format: CiFormat, report: &Report) -> anyhow::Result<()> {
    match format {
        CiFormat::Junit => out.raw(&junit(report))?,
        CiFormat::Sarif => out.raw(&format!("{}\n", serde_json::to_string_pretty(&sarif(report))?))?,
        CiFormat::Github => {
            out.raw(&github(report))?;
            if let Some(path) = std::env::var_os("GITHUB_STEP_SUMMARY").filter(|p| !p.is_empty()) {
                let mut file = std::fs::OpenOptions::new().create(true).append(true).open(&path).map_err(|e| {
                    crate::error::fixable(
                        format!("could not write the job summary to '{}': {e}", path.to_string_lossy()),
                        "GITHUB_STEP_SUMMARY names a file the runner creates; unset it outside GitHub Actions",
                    )
                })?;
                file.write_all(markdown_summary(report).as_bytes())?;
            }
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn report() -> Report {
        Report {
            command: "audit",
            rules: vec![Rule { code: "x", severity: Severity::Error, summary: "s", help: "h" }],
            subjects: vec![
                Subject {
                    name: "A&B <\"co\">\u{1b}[8m".into(),
                    id: "1".into(),
                    findings: vec![
                        ReportFinding {
                            code: "x",
                            severity: Severity::Error,
                            message: "bad\nline".into(),
                            failing: true,
                            state: None,
                            suppressed: None,
                        },
                        ReportFinding {
                            code: "y",
                            severity: Severity::Info,
                            message: "50%, a:b".into(),
                            failing: false,
                            state: None,
                            suppressed: None,
                        },
                    ],
                },
                Subject { name: "clean".into(), id: "2".into(), findings: vec![] },
            ],
        }
    }

    #[test]
    fn xml_text_is_escaped_and_never_carries_control_characters() {
        let text = junit(&report());
        assert!(text.contains("name=\"A&amp;B &lt;&quot;co&quot;&gt;\\u{1b}[8m (1)\""), "{text}");
        assert!(!text.contains('\u{1b}'));
        assert!(text.contains("tests=\"2\" failures=\"1\""), "{text}");
        assert!(text.contains("<testcase classname=\"orgpolicy.audit\" name=\"clean (2)\"/>"), "{text}");
    }

    #[test]
    fn workflow_commands_escape_what_the_runner_reads() {
        let text = github(&report());
        assert!(text.contains("::error title=x (A&B <\"co\">\\u{1b}[8m)::bad%0Aline\n"), "{text}");
        assert!(text.contains("::notice title=y (A&B <\"co\">\\u{1b}[8m)::50%25, a:b\n"), "{text}");
        assert!(!text.contains('\u{1b}') && !markdown_summary(&report()).contains('\u{1b}'));
        assert!(text.ends_with("orgpolicy audit: 1 of 2 failed\n"), "{text}");
        assert_eq!(command_text("a:b,c", true), "a%3Ab%2Cc");
    }
}

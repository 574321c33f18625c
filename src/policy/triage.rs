//! Which findings count: a finding's stable fingerprint (org, code and what it is about, never
//! its message), baselines of accepted findings (`audit --write-baseline` / `--baseline`) and
//! waivers that silence named findings until a date (`audit --waivers`).

use std::collections::HashSet;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

use super::findings::{Data, Finding};

/// What a finding is about, beside its org and code: the names it lists (sorted), the key or
/// group it concerns; empty when the finding is about the org as a whole. A new provider
/// entering, or a new unknown name, is then a new finding; a reworded message is not.
pub fn subject(finding: &Finding) -> String {
    let sorted = |names: &mut dyn Iterator<Item = &String>| {
        let mut names: Vec<&str> = names.map(String::as_str).collect();
        names.sort_unstable();
        names.dedup();
        names.join(",")
    };
    match &finding.data {
        Data::Invalid { key, .. } => key.clone().unwrap_or_default(),
        Data::AllowList { .. } | Data::DenyList { .. } | Data::StaleEnforced { .. } | Data::Members { .. } => {
            String::new()
        }
        Data::Entered { providers, .. } => sorted(&mut providers.iter().map(|p| &p.provider)),
        Data::Ineffective { key, entries, .. } => format!("{key}:{}", sorted(&mut entries.iter())),
        Data::Names { key, names } => format!("{key}:{}", sorted(&mut names.iter())),
        Data::StaleAllowList { key, .. } | Data::StaleModelList { key, .. } => key.to_string(),
        Data::DefaultModel { default_model, .. } => default_model.clone(),
        Data::GroupPolicy { group, models, providers, .. } => {
            let group = group.as_deref().unwrap_or("(default policy)");
            format!("{group}:{}", sorted(&mut models.iter().chain(providers)))
        }
        Data::OrgAuto { route, target, .. } => format!("{}:{target}", route.as_deref().unwrap_or("(fallback)")),
    }
}

/// The finding's fingerprint: 32 hex digits of SHA-256 over org id, code and subject.
pub fn fingerprint(org_id: &str, finding: &Finding) -> String {
    let digest = Sha256::digest(format!("{org_id}\n{}\n{}", finding.code.as_str(), subject(finding)).as_bytes());
    digest.iter().take(16).map(|b| format!("{b:02x}")).collect()
}

/// One accepted finding in a baseline file.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct BaselineEntry {
    pub fingerprint: String,
    pub org: String,
    pub name: String,
    pub code: String,
    pub subject: String,
}

/// A baseline file: `{"orgpolicy_baseline": 1, "findings": [...]}`.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct BaselineFile {
    pub orgpolicy_baseline: u32,
    pub findings: Vec<BaselineEntry>,
}

impl BaselineFile {
    pub fn parse(text: &str) -> Result<Self, String> {
        let file: Self = serde_json::from_str(text).map_err(|e| e.to_string())?;
        if file.orgpolicy_baseline != 1 {
            return Err(format!("version {} is not one this orgpolicy reads (1)", file.orgpolicy_baseline));
        }
        Ok(file)
    }
}

/// One waiver: silences the findings of `code` on `org` (its id or exact name), optionally
/// only the one about `subject`, until `expires` (that day included).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Waiver {
    pub org: String,
    pub code: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub subject: Option<String>,
    pub reason: String,
    /// A TOML date (`2027-03-31`) or the same as a string.
    #[serde(deserialize_with = "date")]
    pub expires: NaiveDate,
}

fn date<'de, D: serde::Deserializer<'de>>(deserializer: D) -> Result<NaiveDate, D::Error> {
    #[derive(Deserialize)]
    #[serde(untagged)]
    enum Input {
        Toml(toml::value::Datetime),
        Text(String),
    }
    let text = match Input::deserialize(deserializer)? {
        Input::Toml(datetime) => datetime.to_string(),
        Input::Text(text) => text,
    };
    text.parse().map_err(|_| serde::de::Error::custom(format!("'{text}' is not a date (YYYY-MM-DD)")))
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct WaiversFile {
    #[serde(alias = "waivers", default)]
    waiver: Vec<Waiver>,
}

/// Reads a waivers file (TOML: `[[waiver]]` tables); the error names the line.
pub fn parse_waivers(text: &str) -> Result<Vec<Waiver>, String> {
    let file: WaiversFile = toml::from_str(text).map_err(|e| crate::cases::toml_error(text, &e))?;
    for (i, waiver) in file.waiver.iter().enumerate() {
        if super::findings::Code::ALL.iter().all(|c| c.as_str() != waiver.code) {
            return Err(format!("waiver {}: unknown code '{}'", i + 1, waiver.code));
        }
        if waiver.reason.trim().is_empty() {
            return Err(format!("waiver {}: a reason is required", i + 1));
        }
    }
    Ok(file.waiver)
}

/// How a finding counts.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Status {
    /// Counts toward failure.
    New,
    /// In the baseline: reported, never a failure.
    Known,
    /// Silenced by the waiver at this index (reported with its reason, never a failure).
    Waived(usize),
}

impl Status {
    pub fn as_str(&self) -> &'static str {
        match self {
            Status::New => "new",
            Status::Known => "known",
            Status::Waived(_) => "waived",
        }
    }
}

/// The baseline and waivers a run judges findings by, as of `today`.
#[derive(Debug, Default)]
pub struct Triage {
    pub baseline: Option<HashSet<String>>,
    pub waivers: Vec<Waiver>,
    pub today: Option<NaiveDate>,
}

impl Triage {
    /// A waiver in force on `today` (an expired one no longer silences anything).
    pub fn in_force(&self, waiver: &Waiver) -> bool {
        self.today.is_none_or(|today| waiver.expires >= today)
    }

    pub fn status(&self, org_id: &str, org_name: &str, finding: &Finding, fingerprint: &str) -> Status {
        let code = finding.code.as_str();
        let waived = self.waivers.iter().position(|w| {
            self.in_force(w)
                && (w.org == org_id || w.org == org_name)
                && w.code == code
                && w.subject.as_deref().is_none_or(|s| s == subject(finding))
        });
        match waived {
            Some(i) => Status::Waived(i),
            None if self.baseline.as_ref().is_some_and(|b| b.contains(fingerprint)) => Status::Known,
            None => Status::New,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::policy::findings::Code;

    fn finding(code: Code, message: &str, data: Data) -> Finding {
        Finding { code, severity: code.severity(), message: message.into(), data }
    }

    fn names(names: &[&str]) -> Data {
        Data::Names { key: "provider_deny_list", names: names.iter().map(|n| n.to_string()).collect() }
    }

    #[test]
    fn fingerprints_follow_what_a_finding_is_about_not_its_words() {
        let a = finding(Code::UnknownProvider, "one wording", names(&["b", "a"]));
        let reworded = finding(Code::UnknownProvider, "another wording", names(&["a", "b"]));
        let more = finding(Code::UnknownProvider, "one wording", names(&["a", "b", "c"]));
        let other_code = finding(Code::UnknownModel, "one wording", names(&["a", "b"]));
        assert_eq!(fingerprint("o1", &a), fingerprint("o1", &reworded));
        assert_ne!(fingerprint("o1", &a), fingerprint("o2", &a));
        assert_ne!(fingerprint("o1", &a), fingerprint("o1", &more));
        assert_ne!(fingerprint("o1", &a), fingerprint("o1", &other_code));
        assert_eq!(subject(&a), "provider_deny_list:a,b");
        assert_eq!(fingerprint("o1", &a).len(), 32);
    }

    #[test]
    fn waivers_then_the_baseline_decide_how_a_finding_counts() {
        let f = finding(Code::UnknownProvider, "m", names(&["a"]));
        let print = fingerprint("o1", &f);
        let waiver = |org: &str, subject: Option<&str>, expires: &str| Waiver {
            org: org.into(),
            code: "unknown_provider".into(),
            subject: subject.map(str::to_string),
            reason: "r".into(),
            expires: expires.parse().unwrap(),
        };
        let today = Some("2026-12-06".parse().unwrap());
        let triage = |waivers: Vec<Waiver>, baseline: bool| Triage {
            baseline: baseline.then(|| HashSet::from([print.clone()])),
            waivers,
            today,
        };
        let cases: [(Triage, Status); 7] = [
            (triage(vec![], false), Status::New),
            (triage(vec![], true), Status::Known),
            (triage(vec![waiver("o1", None, "2026-12-06")], true), Status::Waived(0)),
            (triage(vec![waiver("Acme", Some("provider_deny_list:a"), "2027-01-01")], false), Status::Waived(0)),
            (triage(vec![waiver("Acme", Some("provider_deny_list:b"), "2027-01-01")], false), Status::New),
            (triage(vec![waiver("o1", None, "2026-12-05")], false), Status::New),
            (triage(vec![waiver("o2", None, "2027-01-01")], true), Status::Known),
        ];
        for (i, (triage, want)) in cases.into_iter().enumerate() {
            assert_eq!(triage.status("o1", "Acme", &f, &print), want, "case {i}");
        }
    }

    #[test]
    fn waiver_files_are_read_strictly() {
        let ok = "[[waiver]]\norg = \"Acme\"\ncode = \"legacy_not_migrated\"\nreason = \"Q1\"\nexpires = 2027-03-31\n";
        assert_eq!(parse_waivers(ok).unwrap()[0].expires.to_string(), "2027-03-31");
        let bad = [
            ("[[waiver]]\norg = \"A\"\ncode = \"nope\"\nreason = \"r\"\nexpires = 2027-01-01\n", "unknown code 'nope'"),
            (
                "[[waiver]]\norg = \"A\"\ncode = \"unknown_model\"\nreason = \" \"\nexpires = 2027-01-01\n",
                "reason is required",
            ),
            ("[[waiver]]\norg = \"A\"\ncode = \"unknown_model\"\nreason = \"r\"\n", "line 1"),
            (
                "[[waiver]]\norg = \"A\"\ncode = \"unknown_model\"\nreason = \"r\"\nexpires = 2027-01-01\nextra = 1\n",
                "extra",
            ),
        ];
        for (text, want) in bad {
            let err = parse_waivers(text).unwrap_err();
            assert!(err.contains(want) && !err.contains('\n'), "{text}: {err}");
        }
        assert!(BaselineFile::parse("{\"orgpolicy_baseline\": 2, \"findings\": []}")
            .unwrap_err()
            .contains("version 2"));
    }
}

//! The policy test cases file of `orgpolicy test`: TOML or JSON, read strictly so that a typo
//! in a field name fails loudly instead of silently testing less.
//!
//! ```toml
//! [[case]]
//! name = "acme keeps deepseek out"      # optional
//! org = "acme"                          # id or exact name
//! model = "deepseek/deepseek-chat"
//! provider = "deepseek"                 # optional
//! expect = "deny"                       # allow | deny
//! reason = "provider_not_allowed"       # optional
//! routing = { provider = { only = ["openai"] } }   # optional
//! ```
//! JSON is the same under `{"cases": [...]}`.

use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};
use serde_json::Value;

/// The reason codes a case may expect (those of `check`).
pub use crate::policy::request::REASONS;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Expect {
    Allow,
    Deny,
}

impl Expect {
    pub fn as_str(self) -> &'static str {
        match self {
            Expect::Allow => "allow",
            Expect::Deny => "deny",
        }
    }
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Case {
    pub name: Option<String>,
    pub org: String,
    pub model: String,
    pub provider: Option<String>,
    pub expect: Expect,
    pub reason: Option<String>,
    pub routing: Option<Value>,
    /// Ask as this member (id or email): their group grants decide (current rules).
    pub member: Option<String>,
    /// Decide under these rules (`marker`, `allow-list`, `current`) instead of the run's.
    pub rules: Option<String>,
    /// Organization Auto's request mode (`code`, `ask`, `architect`, …).
    pub mode: Option<String>,
    /// The expected HTTP status, gateway `error_type` and denial source.
    pub status: Option<u16>,
    pub error: Option<String>,
    pub denial_source: Option<String>,
    /// The case means a model or provider the catalog does not have (else naming one fails
    /// the case: a typo would otherwise test nothing).
    #[serde(default)]
    pub unknown: bool,
}

impl Case {
    /// The first field holding a NUL character: never a name, and PostgreSQL refuses to
    /// compare with one (the case fails; the run goes on).
    pub fn field_with_nul(&self) -> Option<&'static str> {
        let fields = [
            ("name", self.name.as_deref()),
            ("member", self.member.as_deref()),
            ("mode", self.mode.as_deref()),
            ("org", Some(self.org.as_str())),
            ("model", Some(self.model.as_str())),
            ("provider", self.provider.as_deref()),
            ("reason", self.reason.as_deref()),
        ];
        fields.into_iter().find(|(_, value)| value.is_some_and(|v| v.contains('\0'))).map(|(field, _)| field)
    }

    /// The case's name, or one made from what it tests.
    pub fn title(&self, index: usize) -> String {
        match &self.name {
            Some(name) => name.clone(),
            None => {
                let via = self.provider.as_deref().map(|p| format!(" via {p}")).unwrap_or_default();
                format!("#{} {} {} {}{via}", index + 1, self.org, self.expect.as_str(), self.model)
            }
        }
    }
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct CasesFile {
    #[serde(alias = "case")]
    cases: Vec<Case>,
}

#[derive(Debug, thiserror::Error)]
pub enum CasesError {
    #[error("could not read cases file '{path}': {source}")]
    Io { path: PathBuf, source: std::io::Error },
    #[error("cases file '{path}' is malformed: {message}")]
    Malformed { path: PathBuf, message: String },
    #[error("cases file '{path}' has no cases")]
    Empty { path: PathBuf },
}

impl CasesError {
    pub fn help(&self) -> &'static str {
        match self {
            CasesError::Io { .. } => "check the path",
            _ => "each case needs org, model and expect (allow or deny); `orgpolicy test --help` shows the format",
        }
    }
}

/// Reads and validates a cases file (`-`: standard input); TOML unless it is named `*.json`
/// or starts with `{`.
pub fn read(path: &Path) -> Result<Vec<Case>, CasesError> {
    let io = |source| CasesError::Io { path: path.into(), source };
    let text = if path == Path::new("-") {
        let mut text = String::new();
        std::io::Read::read_to_string(&mut std::io::stdin(), &mut text).map_err(io)?;
        text
    } else {
        std::fs::read_to_string(path).map_err(io)?
    };
    let cases =
        parse(&text, is_json(path, &text)).map_err(|message| CasesError::Malformed { path: path.into(), message })?;
    if cases.is_empty() {
        return Err(CasesError::Empty { path: path.into() });
    }
    Ok(cases)
}

fn is_json(path: &Path, text: &str) -> bool {
    match path.extension().and_then(|e| e.to_str()) {
        Some(ext) if ext.eq_ignore_ascii_case("json") => true,
        Some(ext) if ext.eq_ignore_ascii_case("toml") => false,
        _ => text.trim_start().starts_with('{'),
    }
}

/// A TOML error on one line: where, what, and the line itself (toml's own rendering draws the
/// line over several, which an error message shows as escapes).
pub fn toml_error(text: &str, e: &toml::de::Error) -> String {
    let message = e.message().trim_end().replace('\n', "; ");
    let Some(before) = e.span().and_then(|span| text.get(..span.start)) else { return message };
    let line = before.matches('\n').count() + 1;
    let column = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
    let source = text.lines().nth(line - 1).unwrap_or_default().trim();
    format!("line {line}, column {column}: {message} (`{source}`)")
}

/// Parses and checks the cases; the error names the line or field.
fn parse(text: &str, json: bool) -> Result<Vec<Case>, String> {
    let file: CasesFile = if json {
        let de = &mut serde_json::Deserializer::from_str(text);
        serde_path_to_error::deserialize(de).map_err(|e| {
            let inner = e.inner();
            format!("at {} (line {}, column {}): {inner}", e.path(), inner.line(), inner.column())
        })?
    } else {
        toml::from_str(text).map_err(|e| toml_error(text, &e))?
    };
    for (i, case) in file.cases.iter().enumerate() {
        if let Some(reason) = case.reason.as_deref().filter(|r| !REASONS.contains(r)) {
            return Err(format!(
                "case {} ({}): unknown reason '{reason}'; one of: {}",
                i + 1,
                case.title(i),
                REASONS.join(", ")
            ));
        }
        if let Some(rules) = case.rules.as_deref().filter(|r| crate::policy::Rules::from_name(r).is_none()) {
            return Err(format!(
                "case {} ({}): unknown rules '{rules}'; one of: marker, allow-list, current",
                i + 1,
                case.title(i)
            ));
        }
        if case.org.trim().is_empty() || case.model.trim().is_empty() {
            return Err(format!("case {} ({}): org and model must not be empty", i + 1, case.title(i)));
        }
    }
    Ok(file.cases)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn toml_and_json_read_the_same() {
        let toml = r#"
[[case]]
org = "acme"
model = "openai/gpt-4o"
provider = "openai"
expect = "allow"
reason = "allowed"
routing = { provider = { only = ["openai"] } }
"#;
        let json = r#"{"cases": [{"org": "acme", "model": "openai/gpt-4o", "provider": "openai", "expect": "allow",
            "reason": "allowed", "routing": {"provider": {"only": ["openai"]}}}]}"#;
        for (text, is_json) in [(toml, false), (json, true)] {
            let cases = parse(text, is_json).unwrap();
            assert_eq!(cases.len(), 1);
            assert_eq!(cases[0].expect, Expect::Allow);
            assert_eq!(cases[0].routing.as_ref().unwrap()["provider"]["only"][0], "openai");
            assert_eq!(cases[0].title(0), "#1 acme allow openai/gpt-4o via openai");
        }
    }

    #[test]
    fn errors_name_the_line_or_field() {
        let cases: [(&str, bool, &[&str]); 6] = [
            (
                "[[case]]\norg = \"a\"\nmodel = \"m\"\nexpect = \"maybe\"\n",
                false,
                &["line 4, column 10", "`expect = \"maybe\"`"],
            ),
            ("[[case]]\norg = \"a\"\nmodel = \"m\"\nexpected = \"deny\"\n", false, &["line 4", "expected"]),
            ("[[case]]\norg = \"a\"\nexpect = \"deny\"\n", false, &["model"]),
            (
                "{\"cases\": [{\"org\": \"a\", \"model\": \"m\",\n \"expect\": 3}]}",
                true,
                &["cases[0].expect", "line 2"],
            ),
            (
                "{\"cases\": [{\"org\": \"a\", \"model\": \"m\", \"expect\": \"deny\", \"reason\": \"nope\"}]}",
                true,
                &["case 1", "nope"],
            ),
            ("[[case]\n", false, &["line 1"]),
        ];
        for (text, json, needles) in cases {
            let err = parse(text, json).unwrap_err();
            assert!(!err.contains('\n'), "one line: {err}");
            for needle in needles {
                assert!(err.contains(needle), "{text:?}: {err:?} lacks {needle:?}");
            }
        }
    }

    #[test]
    fn format_follows_the_extension_then_the_content() {
        assert!(is_json(Path::new("x.json"), "[[case]]"));
        assert!(!is_json(Path::new("x.toml"), "{"));
        assert!(is_json(Path::new("cases"), "  {\"cases\": []}"));
        assert!(!is_json(Path::new("cases"), "[[case]]"));
    }
}

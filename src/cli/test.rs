//! `test`: policy test cases from a file, for CI.

use std::path::PathBuf;

use clap::Args;

#[derive(Debug, Args)]
#[command(after_long_help = CASES_FORMAT)]
pub struct TestArgs {
    /// Policy test cases: a TOML or JSON file, or - for standard input (format: `--help`)
    #[arg(value_name = "CASES")]
    pub cases: PathBuf,
}

/// The cases format, in `test --help` (where error messages send people).
pub const CASES_FORMAT: &str = r#"Cases file (TOML; JSON when named *.json or starting with '{'):

  [[case]]
  name = "acme keeps deepseek out"     # optional
  org = "acme"                         # id, id prefix or name
  model = "deepseek/deepseek-chat"     # as a client sends it
  provider = "deepseek"                # optional
  expect = "deny"                      # allow | deny
  reason = "provider_not_allowed"      # optional: a `check` reason code
  routing = { provider = { only = ["openai"] } }   # optional, compared as JSON

JSON: {"cases": [{"org": "acme", "model": "...", "expect": "deny"}]}. Unknown fields are errors.

Examples:
  orgpolicy test policy-cases.toml
  generate-cases | orgpolicy test -"#;

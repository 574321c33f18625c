//! `log`.

use clap::Args;

#[derive(Debug, Args)]
pub struct LogArgs {
    /// Only this organization (id, unique id prefix or name) [default: every organization]
    #[arg(long, value_name = "ORG", value_hint = clap::ValueHint::Other, add = clap_complete::engine::ArgValueCompleter::new(crate::complete::orgs))]
    pub org: Option<String>,
    /// Rows at or after this time: RFC 3339 (`2026-12-01T09:00:00Z`) or a date (`2026-12-01`,
    /// midnight UTC)
    #[arg(long, value_name = "TIME", value_parser = parse_time)]
    pub since: Option<chrono::DateTime<chrono::Utc>>,
    /// Rows before this time (same forms as --since)
    #[arg(long, value_name = "TIME", value_parser = parse_time)]
    pub until: Option<chrono::DateTime<chrono::Utc>>,
    /// Rows by this actor: their id, email or name, ignoring case (`--actor` is the global
    /// flag naming who signs writes, often set for CI through ORGPOLICY_ACTOR)
    #[arg(long = "by", value_name = "ACTOR")]
    pub by: Option<String>,
    /// Rows of this action (repeatable), e.g. `organization.settings.change`
    #[arg(long, value_name = "ACTION")]
    pub action: Vec<String>,
    /// How many rows at most, newest first
    #[arg(long, default_value_t = 20, value_name = "N", value_parser = clap::value_parser!(i64).range(1..), conflicts_with = "all")]
    pub limit: i64,
    /// Every matching row (streamed)
    #[arg(long)]
    pub all: bool,
}

/// `--since` / `--until`: RFC 3339, or a date meaning midnight UTC.
fn parse_time(text: &str) -> Result<chrono::DateTime<chrono::Utc>, String> {
    if let Ok(at) = chrono::DateTime::parse_from_rfc3339(text) {
        return Ok(at.with_timezone(&chrono::Utc));
    }
    chrono::NaiveDate::parse_from_str(text, "%Y-%m-%d")
        .map(|day| day.and_time(chrono::NaiveTime::MIN).and_utc())
        .map_err(|_| format!("'{text}' is not a time: write RFC 3339 (2026-12-01T09:00:00Z) or a date (2026-12-01)"))
}

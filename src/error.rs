//! The one place that turns an error into what the user reads and an exit code.
//!
//! Every error prints as `error: what and where`, then `help: the fix` when there is one, and
//! exits 2 (1 under `backfill plan --detailed-exitcode`). A closed stdout (`orgpolicy … | head`) is
//! not an error at all: `output::stdout` drops what its reader no longer reads.

use std::io::{self, IsTerminal};
use std::process::ExitCode;

use crate::output::{escape_controls, paint, stderr_line, Tone};
use crate::policy::catalog::CatalogError;
use crate::policy::settings::InvalidSettings;
use crate::store::StoreError;

/// An error whose fix is known.
#[derive(Debug, thiserror::Error)]
#[error("{message}")]
pub struct Fixable {
    pub message: String,
    pub help: String,
}

/// An error with a `help:` line.
pub fn fixable(message: impl Into<String>, help: impl Into<String>) -> anyhow::Error {
    Fixable { message: message.into(), help: help.into() }.into()
}

/// A write the gateway would refuse, found when it came to be made (the org was downgraded or
/// deleted meanwhile): nothing was written, and the run exits 1, as for any other refusal of
/// the organization it was asked about (2 is for mistakes in what was asked).
#[derive(Debug, thiserror::Error)]
#[error("{message}")]
pub struct Refused {
    pub message: String,
    pub help: String,
}

pub fn refused(message: impl Into<String>, help: impl Into<String>) -> anyhow::Error {
    Refused { message: message.into(), help: help.into() }.into()
}

fn help_of(cause: &(dyn std::error::Error + 'static)) -> Option<String> {
    if let Some(e) = cause.downcast_ref::<Fixable>() {
        return Some(e.help.clone());
    }
    if let Some(e) = cause.downcast_ref::<Refused>() {
        return Some(e.help.clone());
    }
    if let Some(e) = cause.downcast_ref::<crate::output::prompt::PromptError>() {
        return Some(e.help());
    }
    if let Some(e) = cause.downcast_ref::<crate::planfile::PlanFileError>() {
        return Some(e.help().into());
    }
    if let Some(e) = cause.downcast_ref::<crate::store::abuse::AbuseError>() {
        return Some(e.help().into());
    }
    if let Some(e) = cause.downcast_ref::<crate::cases::CasesError>() {
        return Some(e.help().into());
    }
    if let Some(e) = cause.downcast_ref::<StoreError>() {
        return e.help();
    }
    if cause.downcast_ref::<CatalogError>().is_some() {
        return Some(
            "a catalog is {\"providers\": [{\"slug\", \"name\", \"models\": [{\"slug\", \"endpoint\"}]}]} \
             or an OpenRouter export (models keyed by \"id\"); see `orgpolicy catalog import --help`"
                .into(),
        );
    }
    if cause.downcast_ref::<InvalidSettings>().is_some() {
        return Some(
            "fix the organization's settings document in the database; orgpolicy never rewrites an invalid one".into(),
        );
    }
    None
}

/// Prints the error to stderr and returns the exit code for it.
pub fn report(err: &anyhow::Error, color: crate::output::ColorChoice, code: u8) -> ExitCode {
    let color = crate::output::use_color(color, io::stderr().is_terminal());
    // Each cause once: a wrapped database error repeats its own message as its source.
    let mut causes: Vec<String> = Vec::new();
    for cause in err.chain() {
        let text = cause.to_string();
        if !causes.last().is_some_and(|previous| previous.contains(&text)) {
            causes.push(text);
        }
    }
    // Errors quote names from the database and files: never raw control characters.
    let message = escape_controls(&causes.join(": "), false).into_owned();
    stderr_line(format!("{}: {message}", paint(color, "error", Tone::Bad)));
    let mut helps: Vec<String> = err.chain().filter_map(help_of).collect();
    helps.dedup();
    for help in helps {
        stderr_line(format!("{}: {}", paint(color, "help", Tone::Warn), escape_controls(&help, false)));
    }
    let refused = err.chain().any(|cause| cause.is::<Refused>());
    ExitCode::from(if refused { 1 } else { code })
}

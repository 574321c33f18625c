//! `orgpolicy`: administer which inference providers and models each organization of an AI
//! gateway may use. [`run`] is the whole program; `main` only parses and maps the result to an
//! exit code, so tests can call it too.

mod atomic_file;
pub mod cases;
pub mod cli;
mod commands;
pub mod complete;
pub mod config;
pub mod error;
pub mod output;
mod parallel;
pub mod planfile;
pub mod policy;
pub mod population;
mod services;
pub mod store;

use std::process::ExitCode;

pub use cli::Cli;

/// How a command that ran to the end went. Errors are not here: they exit 2.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ExitStatus {
    /// Exit 0: success, nothing to report.
    Success,
    /// Exit 1: findings, failed checks, a denied `check`.
    Failure,
    /// Exit 2 without an error: `backfill plan --detailed-exitcode` with changes pending.
    ChangesPending,
}

impl From<ExitStatus> for ExitCode {
    fn from(status: ExitStatus) -> Self {
        match status {
            ExitStatus::Success => ExitCode::SUCCESS,
            ExitStatus::Failure => ExitCode::from(1),
            ExitStatus::ChangesPending => ExitCode::from(2),
        }
    }
}

/// Runs one command line.
pub async fn run(cli: Cli) -> anyhow::Result<ExitStatus> {
    commands::run(cli).await
}

//! How a command that ran to the end went, as the process's exit code: a leaf every layer
//! above `policy/` may name without importing the rest of the crate.

use std::process::ExitCode;

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

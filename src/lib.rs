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
pub mod exit;
pub mod output;
mod parallel;
pub mod planfile;
pub mod policy;
pub mod population;
mod services;
pub mod store;

pub use cli::Cli;
pub use exit::ExitStatus;

/// Runs one command line.
pub async fn run(cli: Cli) -> anyhow::Result<ExitStatus> {
    commands::run(cli).await
}

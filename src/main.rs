//! The `orgpolicy` binary: parse the command line, run it on a current-thread runtime, map the
//! result to an exit code.

use std::process::ExitCode;

use orgpolicy::{error, Cli};

// Bulk commands (plan, audit) allocate and free many small strings and JSON trees per org;
// glibc's allocator spent a third of `backfill plan` in malloc/free. Without transparent huge
// pages (`no_thp`): with them, memory is held in 2 MiB pages, and a fleet scan's peak grew with
// the fleet (`access --members` 58 MiB at 1,000,000 orgs, 45 MiB without, at the same speed).
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> ExitCode {
    // `COMPLETE=bash orgpolicy` (and the shell's calls back): completion, then exit.
    clap_complete::CompleteEnv::with_factory(<Cli as clap::CommandFactory>::command).complete();
    let cli = Cli::parse_args();
    let color = cli.global.color;
    let error_code = cli.error_exit_code();
    let result = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .map_err(anyhow::Error::from)
        .and_then(|runtime| runtime.block_on(orgpolicy::run(cli)));
    match result {
        Ok(status) => status.into(),
        Err(err) => error::report(&err, color, error_code),
    }
}

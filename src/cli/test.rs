//! `test`: policy test cases from a file, for CI.

use std::path::PathBuf;

use clap::Args;

#[derive(Debug, Args)]
pub struct TestArgs {
    /// Policy test cases: a TOML or JSON file (see the README for the format)
    #[arg(value_name = "CASES")]
    pub cases: PathBuf,
}

//! Confirmations: asked on a terminal, skipped with `--yes`, an error (never a hang) otherwise.

use std::io::IsTerminal;

use dialoguer::console::Term;

use crate::error::fixable;

/// Whether to go ahead. `yes` answers for the user; without a terminal and without `yes`
/// this is an error that says how to proceed.
pub fn confirm(question: &str, yes: bool) -> anyhow::Result<bool> {
    if yes {
        return Ok(true);
    }
    if !(std::io::stdin().is_terminal() && std::io::stderr().is_terminal()) {
        return Err(fixable(
            "refusing to write without confirmation: standard input is not a terminal",
            "pass --yes to apply the change, or --dry-run to only preview it",
        ));
    }
    Ok(dialoguer::Confirm::new().with_prompt(question).default(false).interact_on(&Term::stderr())?)
}

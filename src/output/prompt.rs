//! Confirmations: asked on a terminal, skipped with `--yes`, an error (never a hang) otherwise.

use std::io::IsTerminal;

use dialoguer::console::Term;

/// Why a confirmation could not be asked.
#[derive(Debug, thiserror::Error)]
pub enum PromptError {
    #[error("refusing to write without confirmation: standard input is not a terminal")]
    NotATerminal {
        /// How to see the change instead of making it.
        preview: String,
    },
}

impl PromptError {
    pub fn help(&self) -> String {
        match self {
            PromptError::NotATerminal { preview } => format!("pass --yes to apply the change, or {preview}"),
        }
    }
}

/// Whether to go ahead. `yes` answers for the user; without a terminal and without `yes`
/// this is an error that says how to proceed (`preview`: how to see the change instead).
pub fn confirm(question: &str, yes: bool, preview: &str) -> anyhow::Result<bool> {
    if yes {
        return Ok(true);
    }
    if !(std::io::stdin().is_terminal() && std::io::stderr().is_terminal()) {
        return Err(PromptError::NotATerminal { preview: preview.to_string() }.into());
    }
    ask(&Term::stderr(), question)
}

/// `question [y/N]`, one key: y says yes; n, Enter, Esc, Ctrl-C and Ctrl-D say no. Keys are
/// read one at a time with the terminal restored after each (Ctrl-C arrives as a key, not as
/// a signal that would leave the terminal as the prompt had it), and the cursor is never hidden.
fn ask(term: &Term, question: &str) -> anyhow::Result<bool> {
    use dialoguer::console::Key;
    // The question names orgs and groups from the database: terminal-safe like every line.
    term.write_str(&format!("{} [y/N] ", super::escape_controls(question, false)))?;
    let answer = loop {
        match term.read_key_raw() {
            Ok(Key::Char('y' | 'Y')) => break true,
            Ok(Key::Char('n' | 'N' | 'q' | '\u{4}') | Key::Enter | Key::Escape | Key::CtrlC) => break false,
            Ok(_) => continue,
            // End of input, a terminal gone away: no.
            Err(_) => break false,
        }
    };
    term.write_line(if answer { "yes" } else { "no" })?;
    Ok(answer)
}

/// [`confirm`], saying on stderr that nothing was written when the answer is no.
pub fn confirm_write(out: &super::Output, question: &str, yes: bool, preview: &str) -> anyhow::Result<bool> {
    let go = match out.production() {
        // Production: the question names the profile, in bold, and its name must be typed
        // (`--yes` still answers for scripts).
        Some(profile) if !yes => {
            if !(std::io::stdin().is_terminal() && std::io::stderr().is_terminal()) {
                return Err(PromptError::NotATerminal { preview: preview.to_string() }.into());
            }
            let term = Term::stderr();
            let text = format!("PRODUCTION (profile '{profile}')");
            let banner = if out.colors_stderr() {
                dialoguer::console::style(text).bold().red().force_styling(true).to_string()
            } else {
                text
            };
            term.write_line(&format!("{banner}: {}", super::escape_controls(question, false)))?;
            term.write_str(&format!("type the profile's name ({profile}) to go on: "))?;
            let typed = term.read_line().unwrap_or_default();
            typed.trim() == profile
        }
        _ => confirm(question, yes, preview)?,
    };
    if !go {
        out.note("cancelled: nothing written");
    }
    Ok(go)
}

/// Names shown in a confirmation before the count of the rest.
const SHOWN_NAMES: usize = 3;

/// What a confirmation names: `'Acme', 'Globex' and 12 more` (`total` counts them all).
pub fn some_names(names: &[String], total: usize) -> String {
    let shown: Vec<String> = names.iter().take(SHOWN_NAMES).map(|n| format!("'{n}'")).collect();
    match total.saturating_sub(shown.len()) {
        0 => shown.join(", "),
        more if shown.is_empty() => format!("{more} organizations"),
        more => format!("{} and {more} more", shown.join(", ")),
    }
}

#[cfg(test)]
mod tests {
    use super::some_names;

    #[test]
    fn confirmations_name_a_few_then_count() {
        let names: Vec<String> = ["Acme", "Globex", "Initech", "Hooli"].iter().map(|s| s.to_string()).collect();
        let cases = [
            (&names[..1], 1, "'Acme'"),
            (&names[..], 4, "'Acme', 'Globex', 'Initech' and 1 more"),
            (&names[..0], 5, "5 organizations"),
        ];
        for (names, total, want) in cases {
            assert_eq!(some_names(names, total), want);
        }
    }
}

//! Rendering an effective-access diff for people.

use std::io;

use super::{plural, Output, Tone};
use crate::policy::access::Counts;
use crate::policy::AccessDiff;

/// How many per-model lines to show before summarizing the rest.
const MODEL_LINES: usize = 10;

/// Prints the diff: totals, then per provider, then (the first few) per model.
pub fn print(out: &Output, diff: &AccessDiff) -> io::Result<()> {
    if diff.is_empty() {
        return out.line("  effective access: unchanged");
    }
    out.line(format!(
        "  effective access: {}, {}",
        out.paint(format!("-{} lost", plural(diff.lost.len(), "pair", "pairs")), Tone::Bad),
        out.paint(format!("+{} gained", plural(diff.gained.len(), "pair", "pairs")), Tone::Good),
    ))?;
    let by_provider = diff.by_provider();
    out.line("  by provider:")?;
    for (provider, counts) in &by_provider {
        out.line(format!("    {provider:<28} {}", signed(out, *counts)))?;
    }
    let by_model = diff.by_model();
    out.line(format!("  by model ({}):", plural(by_model.len(), "model", "models")))?;
    for (model, counts) in by_model.iter().take(MODEL_LINES) {
        out.line(format!("    {model:<48} {}", signed(out, *counts)))?;
    }
    if by_model.len() > MODEL_LINES {
        out.line(format!("    … and {} more (use --format json for all)", by_model.len() - MODEL_LINES))?;
    }
    for model in &diff.exempt_gained {
        out.line(format!("    {model:<48} {}", out.paint("+ custom model", Tone::Good)))?;
    }
    for model in &diff.exempt_lost {
        out.line(format!("    {model:<48} {}", out.paint("- custom model", Tone::Bad)))?;
    }
    Ok(())
}

fn signed(out: &Output, counts: Counts) -> String {
    let mut parts = Vec::new();
    if counts.lost > 0 {
        parts.push(out.paint(format!("-{}", counts.lost), Tone::Bad));
    }
    if counts.gained > 0 {
        parts.push(out.paint(format!("+{}", counts.gained), Tone::Good));
    }
    parts.join(" ")
}

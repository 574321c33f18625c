//! Progress on stderr, only when a person watches it: stderr is a terminal, `--quiet` is not
//! given. Never in CI logs.

use indicatif::{HumanCount, ProgressBar, ProgressDrawTarget, ProgressState, ProgressStyle};

use super::Output;

/// `1,096/s`: whole numbers, thousands separated (indicatif's own `{per_sec}` prints
/// `1,095.5966/s`).
fn rate(state: &ProgressState, w: &mut dyn std::fmt::Write) {
    let per_sec = state.per_sec();
    let _ = write!(w, "{}/s", HumanCount(if per_sec.is_finite() { per_sec.round() as u64 } else { 0 }));
}

fn styled(template: &str) -> ProgressStyle {
    ProgressStyle::with_template(template)
        .unwrap_or_else(|_| ProgressStyle::default_bar())
        .with_key("rate", rate)
        .progress_chars("=> ")
}

/// A bar over `len` organizations.
pub fn orgs(out: &Output, len: u64) -> ProgressBar {
    if !out.stderr_is_terminal() || out.is_quiet() {
        return ProgressBar::hidden();
    }
    let bar = ProgressBar::with_draw_target(Some(len), ProgressDrawTarget::stderr());
    bar.set_style(styled("{bar:40.cyan/blue} {pos}/{len} orgs  {rate}  eta {eta}"));
    bar
}

/// A count of organizations read, for a long read whose total is not known up front (`plan`,
/// `audit`). Shown only when stdout is not the terminal too: there, the rows streaming by are
/// the progress, and a bar would be drawn over them.
pub fn reading(out: &Output) -> ProgressBar {
    if !out.stderr_is_terminal() || out.stdout_is_terminal() || out.is_quiet() {
        return ProgressBar::hidden();
    }
    let bar = ProgressBar::with_draw_target(None, ProgressDrawTarget::stderr());
    bar.set_style(styled("{spinner} {pos} orgs read  {rate}  {elapsed}"));
    bar.enable_steady_tick(std::time::Duration::from_millis(120));
    bar
}

#[cfg(test)]
mod tests {
    /// What `rate` prints before `/s`.
    #[test]
    fn rates_read_as_whole_numbers() {
        for (n, want) in [(0, "0"), (999, "999"), (1_096, "1,096"), (1_234_567, "1,234,567")] {
            assert_eq!(indicatif::HumanCount(n).to_string(), want);
        }
    }
}

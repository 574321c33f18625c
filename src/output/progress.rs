//! Progress bars: drawn on stderr when it is a terminal, never otherwise (CI logs stay clean).

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};

use super::Output;

/// A bar over `len` organizations.
pub fn orgs(out: &Output, len: u64) -> ProgressBar {
    if !out.stderr_is_terminal() || out.is_quiet() {
        return ProgressBar::hidden();
    }
    let bar = ProgressBar::with_draw_target(Some(len), ProgressDrawTarget::stderr());
    let style = ProgressStyle::with_template("{bar:40.cyan/blue} {pos}/{len} orgs  {per_sec}  eta {eta}")
        .unwrap_or_else(|_| ProgressStyle::default_bar())
        .progress_chars("=> ");
    bar.set_style(style);
    bar
}

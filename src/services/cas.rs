//! The retry policy of every compare-and-swap write (settings edits, group policies): a write
//! that lost its race is prepared again on the current version after a pause that doubles
//! each time, with jitter, so that writers racing the gateway's own steady writes (or each
//! other) spread out instead of coming back together and giving up after a burst of tries.

use std::hash::{BuildHasher, Hasher};
use std::time::Duration;

use crate::store::NotWritable;

/// Attempts before giving up: with the pauses, about 15 s of losing every race.
pub const MAX_ATTEMPTS: u32 = 12;

/// The first pause; each later one doubles, up to [`MAX_PAUSE`].
const FIRST_PAUSE: Duration = Duration::from_millis(25);
const MAX_PAUSE: Duration = Duration::from_secs(2);

/// Numbers the attempts of one write and pauses before each but the first.
#[derive(Debug)]
pub struct Retries {
    attempt: u32,
    /// The pauses' scale: 1 in use; 0 in tests, which count attempts, not time.
    scale: f64,
}

impl Default for Retries {
    fn default() -> Self {
        Self { attempt: 0, scale: 1.0 }
    }
}

impl Retries {
    pub fn new() -> Self {
        Self::default()
    }

    /// The number of the attempt now starting (1-based), after its pause; `None` once
    /// [`MAX_ATTEMPTS`] have been made.
    pub async fn next(&mut self) -> Option<u32> {
        if self.attempt >= MAX_ATTEMPTS {
            return None;
        }
        if self.attempt > 0 {
            tokio::time::sleep(pause(self.attempt, jitter()).mul_f64(self.scale)).await;
        }
        self.attempt += 1;
        Some(self.attempt)
    }
}

/// The pause after losing attempt `lost` (1-based): 25 ms doubling to 2 s, scaled by `jitter`
/// in [0.5, 1.5).
fn pause(lost: u32, jitter: f64) -> Duration {
    let base = FIRST_PAUSE.saturating_mul(1 << lost.saturating_sub(1).min(16)).min(MAX_PAUSE);
    base.mul_f64(jitter)
}

/// A factor in [0.5, 1.5), different for every call and every process (std's randomly keyed
/// hasher is random enough to keep writers apart).
fn jitter() -> f64 {
    let random = std::collections::hash_map::RandomState::new().build_hasher().finish();
    0.5 + (random >> 11) as f64 / (1u64 << 53) as f64
}

/// The error of a write the gateway would refuse when it was made: nothing written.
pub fn refused(org: &str, why: &NotWritable, what: &str) -> anyhow::Error {
    crate::error::refused(
        format!("{what} of '{org}' was not written: {why}; nothing was written"),
        "the gateway takes policy writes for existing Enterprise organizations only; check the organization with `orgpolicy orgs list --include-deleted`",
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pauses_double_up_to_a_cap_and_spread() {
        let ms = |lost, jitter| pause(lost, jitter).as_millis();
        assert_eq!(
            [ms(1, 1.0), ms(2, 1.0), ms(3, 1.0), ms(7, 1.0), ms(8, 1.0), ms(30, 1.0)],
            [25, 50, 100, 1600, 2000, 2000]
        );
        assert_eq!((ms(4, 0.5), ms(4, 1.5)), (100, 300));
        let spread: std::collections::HashSet<u64> = (0..20).map(|_| (jitter() * 1e6) as u64).collect();
        assert!(spread.len() > 15, "jitter repeats: {spread:?}");
        assert!((0..1000).map(|_| jitter()).all(|j| (0.5..1.5).contains(&j)));
    }

    #[tokio::test]
    async fn attempts_are_numbered_and_bounded() {
        let mut retries = Retries { scale: 0.0, ..Retries::new() };
        let mut seen = Vec::new();
        while let Some(n) = retries.next().await {
            seen.push(n);
        }
        assert_eq!(seen, (1..=MAX_ATTEMPTS).collect::<Vec<_>>());
    }
}

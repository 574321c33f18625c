//! Crash tests' fault injection: with the `fault-injection` feature (enabled for the test
//! suite only, through the dev-dependency on this crate), `ORGPOLICY_TEST_ABORT=in-batch:N` or
//! `after-batch:N` makes a batch write abort the process at that point. Without the feature,
//! which is every build users run, these are empty functions and the variable is never read.

#[cfg(feature = "fault-injection")]
mod plan {
    use std::sync::OnceLock;

    #[derive(Debug, Clone, Copy, PartialEq, Eq)]
    pub enum AbortPoint {
        /// In batch N (1-based), after some of its writes, before it commits.
        InBatch(usize),
        /// Right after batch N commits.
        AfterBatch(usize),
    }

    fn parse(text: &str) -> Option<AbortPoint> {
        let (point, n) = text.split_once(':')?;
        let n = n.parse().ok()?;
        match point {
            "in-batch" => Some(AbortPoint::InBatch(n)),
            "after-batch" => Some(AbortPoint::AfterBatch(n)),
            _ => None,
        }
    }

    pub fn abort_at(point: AbortPoint) {
        static PLAN: OnceLock<Option<AbortPoint>> = OnceLock::new();
        let planned = PLAN.get_or_init(|| std::env::var("ORGPOLICY_TEST_ABORT").ok().and_then(|v| parse(&v)));
        if *planned == Some(point) {
            std::process::abort();
        }
    }
}

/// Inside batch `batch`, after some of its writes and before it commits.
pub(crate) fn in_batch(batch: usize) {
    #[cfg(feature = "fault-injection")]
    plan::abort_at(plan::AbortPoint::InBatch(batch));
    let _ = batch;
}

/// Right after batch `batch` commits.
pub(crate) fn after_commit(batch: usize) {
    #[cfg(feature = "fault-injection")]
    plan::abort_at(plan::AbortPoint::AfterBatch(batch));
    let _ = batch;
}

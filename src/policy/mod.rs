//! The pure policy domain: settings documents, normalization, the catalog, evaluation,
//! effective access and its diffs. No I/O, no terminal, no database.

pub mod abuse;
pub mod access;
pub mod backfill;
pub mod catalog;
pub mod chain;
pub mod change;
pub mod decision;
pub mod edit;
pub mod evaluate;
pub mod facts;
pub mod findings;
pub mod gateway;
pub mod groups;
pub mod normalize;
pub mod provider_set;
pub mod request;
pub mod settings;
pub mod sync_log;
pub mod trail;
pub mod triage;

pub use access::{AccessDiff, EffectiveAccess, Pair};
pub use catalog::{Catalog, SnapshotData};
pub use evaluate::{CompiledPolicy, Decision, Explanation, Org, PairState, Reason, Request};
pub use gateway::Rules;
pub use settings::{Mode, Policy, Settings};

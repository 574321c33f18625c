//! Services the commands share, so that no command imports another: the context every command
//! runs with, catalogs and orgs as loaded from the store, and the one edit flow (preview,
//! confirm, compare-and-swap with an audit row) every policy edit goes through.

mod context;
pub mod edit;
pub mod group_policy;
mod member;
mod org;
mod snapshot;

pub use context::Ctx;
pub use member::{access_change, MemberAccess, ProposedPolicy};
pub use org::LoadedOrg;
pub use snapshot::{catalog_provider, CatalogFile, Snapshot};

/// Whether `haystack` contains `needle` (already lowercase), ignoring case: `--search`.
pub fn contains(haystack: &str, needle: &str) -> bool {
    haystack.to_lowercase().contains(needle)
}

//! Services the commands share, so that no command imports another: the context every command
//! runs with, catalogs and orgs as loaded from the store, members and their grants, and the
//! compare-and-swap retry policy.

pub mod cas;
mod context;
pub mod fleet;
pub mod fleet_change;
pub mod fleet_diff;
pub mod group_policy;
mod member;
mod org;
pub mod reach;
pub mod roster;
mod snapshot;

pub use context::{Ctx, Options};
pub use member::{access_change, MemberAccess, MemberView, ProposedPolicy};
pub use org::{ListedOrg, LoadedOrg, OrgLine, OrgRef, RequestInputs};
pub use snapshot::{catalog_provider, catalog_provider_or, CatalogFile, Snapshot};

/// Whether `haystack` contains `needle` (already lowercase), ignoring case: `--search`.
pub fn contains(haystack: &str, needle: &str) -> bool {
    haystack.to_lowercase().contains(needle)
}

/// A file's text, or standard input for `-`: what every command reading a file (`diff`,
/// `groups`, `catalog import`) reads with.
pub fn read_input(path: &std::path::Path, what: &str) -> anyhow::Result<String> {
    use anyhow::Context as _;
    use std::io::Read as _;
    let mut text = String::new();
    if path == std::path::Path::new("-") {
        std::io::stdin()
            .read_to_string(&mut text)
            .with_context(|| format!("could not read the {what} from standard input"))?;
        return Ok(text);
    }
    std::fs::read_to_string(path).map_err(|e| {
        crate::error::fixable(format!("could not read {what} file '{}': {e}", path.display()), "check the path")
    })
}

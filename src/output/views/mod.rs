//! Each command's result as a typed view: its JSON contract (the `Serialize` shape, documented
//! on the type, pinned by `tests/contracts.rs`) and its rendering for people, one module per
//! command. Commands build a view and hand it to [`super::Output::show`].

pub mod abuse;
pub mod access;
pub mod audit;
pub mod backfill;
pub mod catalog;
pub mod change;
pub mod check;
pub mod db;
pub mod diff;
pub mod edit;
pub mod fleet_diff;
pub mod groups;
pub mod listing;
pub mod log;
pub mod members;
pub mod orgs;
pub mod test;

//! `members list`.

use clap::Subcommand;

use super::OrgArg;

#[derive(Debug, Subcommand)]
pub enum MembersCommand {
    /// An organization's members with their groups and the grant each gets (baseline,
    /// selected, none) under the gateway's group policies
    List {
        #[command(flatten)]
        org: OrgArg,
    },
}

//! `db migrate|status`: the schema.

use clap::Subcommand;

#[derive(Debug, Subcommand)]
pub enum DbCommand {
    /// Apply pending migrations (creates a missing SQLite file)
    Migrate,
    /// List migrations, applied and pending
    Status,
}

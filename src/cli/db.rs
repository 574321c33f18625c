//! `db migrate|status`: the schema.

use clap::Subcommand;

#[derive(Debug, Subcommand)]
pub enum DbCommand {
    /// Apply pending migrations (creates a missing SQLite file)
    Migrate {
        /// List the migrations that would be applied (as `db status` does); apply nothing
        #[arg(long)]
        dry_run: bool,
    },
    /// List migrations, applied and pending
    Status,
}

//! `catalog import|list|show|diff`: catalog snapshots.

use std::path::PathBuf;

use clap::{Args, Subcommand, ValueEnum};

#[derive(Debug, Subcommand)]
pub enum CatalogCommand {
    /// Validate a catalog file and store it as the latest snapshot (nothing when it is
    /// identical to the latest)
    #[command(
        after_help = "Examples:\n  orgpolicy catalog import openrouter-providers.json --dry-run\n  curl -s https://example.com/catalog.json | orgpolicy catalog import -"
    )]
    Import(ImportArgs),
    /// List snapshots, oldest first
    List,
    /// Show the providers of a snapshot (default: the latest)
    Show {
        /// Snapshot id
        id: Option<i64>,
    },
    /// Write the latest snapshot (or snapshot ID) as a file every catalog-reading flag accepts
    /// back: `catalog import`, `diff --catalog A..B` and `--catalog-history DIR`
    Export {
        /// Snapshot id [default: the latest]
        id: Option<i64>,
        /// Write to this file instead of standard output (`-`: standard output)
        #[arg(long, value_name = "FILE")]
        out: Option<PathBuf>,
    },
    /// Providers and models added and removed between two snapshots (default: previous → latest)
    Diff {
        /// The older snapshot id
        from: Option<i64>,
        /// The newer snapshot id (default: the latest)
        to: Option<i64>,
    },
}

#[derive(Debug, Args)]
pub struct ImportArgs {
    /// The catalog file (JSON), or - for standard input
    pub file: PathBuf,

    /// The file's shape; auto tells them apart by how models are keyed (slug or id)
    #[arg(long, value_enum, default_value_t = InputFormatArg::Auto)]
    pub input_format: InputFormatArg,

    /// Import even when the file drops more than half of the live providers
    #[arg(long)]
    pub force: bool,

    /// Show what the import would change (providers and models added and removed); write nothing
    #[arg(long)]
    pub dry_run: bool,
}

#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum InputFormatArg {
    Auto,
    /// {"providers":[{"slug","name","models":[{"slug","name","endpoint"}]}]}
    Snapshot,
    /// {"providers":[{"slug","name","models":[{"id","name","free"}]}]} (OpenRouter export)
    Openrouter,
}

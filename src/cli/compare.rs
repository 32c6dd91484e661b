//! Flags of `lvf compare`: the scenario files, the first one the baseline, and the format.

use std::path::PathBuf;

use clap::Args;

/// `lvf compare A.toml B.toml [C.toml …] [--json | --markdown]`.
#[derive(Debug, Clone, Args)]
pub struct CompareArgs {
    /// Scenario files (TOML, or a markdown export with its scenario block); the first is the
    /// baseline every other one is compared against.
    #[arg(value_name = "FILE", num_args = 2.., required = true)]
    pub files: Vec<PathBuf>,

    /// Print one JSON object: each scenario's costs, verdict and break-even, with its deltas
    /// against the baseline.
    #[arg(long, conflicts_with = "markdown")]
    pub json: bool,

    /// Print a markdown table instead of text.
    #[arg(long)]
    pub markdown: bool,
}

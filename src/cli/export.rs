//! Flags of `lvf export`: the scenario, where the document goes, and when it was made.

use std::path::PathBuf;

use clap::Args;

use super::scenario_flags::ScenarioFlags;
use crate::export::Timestamp;

/// `lvf export [scenario flags] [-o FILE] [--force] [--now TIME]`.
#[derive(Debug, Clone, Args)]
pub struct ExportArgs {
    #[command(flatten)]
    pub scenario: ScenarioFlags,

    /// Write the document to FILE instead of stdout (atomically: a temporary file beside it,
    /// then a rename). An existing FILE is kept unless --force is given.
    #[arg(short = 'o', long, value_name = "FILE")]
    pub output: Option<PathBuf>,

    /// Replace FILE if it exists (still atomically: readers see the old or the new document).
    #[arg(long, requires = "output")]
    pub force: bool,

    /// The generation time, RFC 3339 (2026-11-26T09:30:00Z), for reproducible documents;
    /// `SOURCE_DATE_EPOCH` (seconds) also sets it. The document's own command line carries it.
    #[arg(long, allow_hyphen_values = true, value_name = "TIME", value_parser = parse_now)]
    pub now: Option<Timestamp>,
}

fn parse_now(text: &str) -> Result<Timestamp, String> {
    Timestamp::parse_rfc3339(text).map_err(|error| error.to_string())
}

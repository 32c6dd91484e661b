//! Flags of `lvf export`: the scenario, where the document goes, and when it was made.

use std::path::PathBuf;

use clap::{Args, ValueEnum};

use super::scenario_flags::ScenarioFlags;
use crate::export::Timestamp;

/// What `lvf export` writes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, ValueEnum)]
pub enum ExportFormat {
    /// The markdown snapshot: title, costs, curves, fit, verdict, what the model leaves out and
    /// the scenario file.
    #[default]
    Md,
    /// The report as one JSON object, the same as `lvf eval --json`.
    Json,
    /// The cost curves: `rate_per_s,lambda_usd,fargate_usd`, one row per curve point (an empty
    /// cell where a platform is blocked).
    Csv,
    /// The cost chart as a standalone SVG for slides: both curves, log axes, a legend, the
    /// current rate and the break-even marked.
    Svg,
}

/// `lvf export [scenario flags] [-o FILE] [--force] [--now TIME] [--format md|json|csv|svg]`.
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

    /// What to write: md (the markdown snapshot), json (as `lvf eval --json`), csv (the cost
    /// curves) or svg (the cost chart).
    #[arg(long, value_enum, value_name = "FORMAT", default_value = "md")]
    pub format: ExportFormat,
}

fn parse_now(text: &str) -> Result<Timestamp, String> {
    Timestamp::parse_rfc3339(text).map_err(|error| error.to_string())
}

//! `lvf export`: the markdown snapshot without the terminal, to stdout or to a file.
//!
//! The document is [`crate::export::document`], the very function the explorer's `e` key uses,
//! so both write the same document for the same inputs and time.

use std::ffi::OsStr;
use std::path::Path;

use std::fmt::Write as _;

use super::CliError;
use crate::cli::export::{ExportArgs, ExportFormat};
use crate::engine::report::{Platform, Report};
use crate::engine::{self, pricing::PriceBook};
use crate::export::{self, Provenance, Timestamp, write};

/// The generation time: `--now`, else `SOURCE_DATE_EPOCH`, else the clock.
pub fn generation_time(
    now: Option<Timestamp>,
    source_date_epoch: Option<&OsStr>,
) -> Result<Timestamp, CliError> {
    if let Some(now) = now {
        return Ok(now);
    }
    match source_date_epoch {
        Some(value) => {
            let text = value.to_string_lossy();
            Timestamp::from_source_date_epoch(&text)
                .map_err(|error| CliError::Usage(error.to_string()))
        }
        None => Ok(Timestamp::now()),
    }
}

/// Runs `lvf export` and returns what to print: the document without `-o`, nothing with it.
/// `pricing_file` is the `--pricing` file the book came from, for the document's command line.
pub fn run(
    args: &ExportArgs,
    book: &PriceBook,
    pricing_file: Option<&Path>,
) -> Result<String, CliError> {
    let file = args.scenario.resolve(book).map_err(CliError::Usage)?;
    let generated = generation_time(args.now, std::env::var_os("SOURCE_DATE_EPOCH").as_deref())?;
    let report = engine::evaluate(&file.scenario, book);
    let provenance =
        Provenance { generated, pricing_file: pricing_file.map(|path| path.display().to_string()) };
    let text = match args.format {
        ExportFormat::Md => export::document_about(&report, book, &provenance, &file.about),
        ExportFormat::Json => super::eval::json_text(&report, book)?,
        ExportFormat::Csv => curves_csv(&report),
        ExportFormat::Svg => export::chart_svg(&report).map_err(|problem| {
            CliError::Other(anyhow::anyhow!("cannot draw the cost chart: {problem}"))
        })?,
    };
    let Some(path) = &args.output else { return Ok(text) };
    let written =
        if args.force { write::write_replace(path, &text) } else { write::write_new(path, &text) };
    written.map_err(|error| CliError::Usage(error.to_string()))?;
    Ok(String::new())
}

/// The cost curves as CSV: a header, then one row per curve point; a blocked platform's cell is
/// empty. Numbers are written in full, as read back by any spreadsheet.
pub fn curves_csv(report: &Report) -> String {
    let curves = &report.curves;
    let mut out = String::from("rate_per_s,lambda_usd,fargate_usd\n");
    let cell = |values: &[f64], index: usize| values.get(index).map(f64::to_string);
    for (index, rate) in curves.rates.iter().enumerate() {
        let lambda = cell(&curves.cost[Platform::Lambda], index).unwrap_or_default();
        let fargate = cell(&curves.cost[Platform::Fargate], index).unwrap_or_default();
        let _ = writeln!(out, "{rate},{lambda},{fargate}");
    }
    out
}

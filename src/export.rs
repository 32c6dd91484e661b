//! Exports of a report: the markdown snapshot for a meeting, a pull request or a design doc.
//!
//! The document is a pure function in [`markdown`]: a [`Report`], the exact costs at the rates it
//! tables ([`CostTable`]) and its [`Provenance`] (generation time, price book file) in, a `String`
//! out. The edges — pricing those rates with the engine, the clock, files — live in [`write`] and
//! in the functions below, which the explorer's `e` key and `lvf export` both call, so both write
//! the same document for the same inputs.

mod chart;
pub mod command;
pub mod compare;
mod svg;
pub use svg::chart_svg;
pub mod grid;
pub mod json;
pub mod map;
pub mod markdown;
mod sensitivity_md;
pub mod time;
pub mod write;

use std::path::{Path, PathBuf};

pub use grid::{CostAt, CostTable};
pub use markdown::{Provenance, markdown, markdown_about};
pub use time::{TimeError, Timestamp};
pub use write::ExportError;

use crate::engine::map::{MapY, verdict_map};
use crate::engine::model::{Context, Knobs};
use crate::engine::pricing::PriceBook;
use crate::engine::report::Report;
use crate::engine::sensitivity::sensitivity;
use crate::scenario_file::About;

/// The whole document for a report priced with `book`: the rates it tables are priced with the
/// same point model the engine draws the curves with, and the verdict map over rate × runtime
/// comes from the engine's map.
pub fn document(report: &Report, book: &PriceBook, provenance: &Provenance) -> String {
    document_about(report, book, provenance, &About::of_preset(&report.scenario))
}

/// [`document`] for a scenario with a name, title and notes (a scenario file's).
pub fn document_about(
    report: &Report,
    book: &PriceBook,
    provenance: &Provenance,
    about: &About,
) -> String {
    let context = Context::new(&report.scenario, book);
    let knobs = Knobs::of(&report.scenario);
    let (cols, rows) = map::DOC_MAP_SIZE;
    let map = verdict_map(&report.scenario, book, MapY::Runtime, cols, rows);
    let costs = CostTable::compute(report, |rate| context.costs_at(knobs, rate))
        .with_map(map)
        .with_sensitivity(sensitivity(&report.scenario, book));
    markdown_about(report, &costs, provenance, about)
}

/// Writes a snapshot of `report` into `dir` as `lvf-snapshot-YYYYMMDD-HHMMSS.md` (UTC; `-2`,
/// `-3`, … when the name is taken), atomically and never over an existing file. Returns the path
/// written. This is what the explorer's `e` key calls; `lvf export` writes the same document.
pub fn write_snapshot(
    dir: &Path,
    report: &Report,
    book: &PriceBook,
    provenance: &Provenance,
) -> Result<PathBuf, ExportError> {
    let text = document(report, book, provenance);
    write::write_snapshot_file(dir, provenance.generated, &text)
}

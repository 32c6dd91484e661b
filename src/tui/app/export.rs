//! Where the explorer's `e` key writes its snapshots.

use std::path::PathBuf;

use crate::export::Timestamp;

/// The directory snapshots go to, the price book file they name, and the clock that stamps them
/// (a plain function, so tests can fix the time).
#[derive(Debug, Clone)]
pub struct ExportTarget {
    /// The directory `lvf-snapshot-YYYYMMDD-HHMMSS.md` files are written to (`--export-dir`).
    pub dir: PathBuf,
    /// The `--pricing FILE` the explorer runs on, as given; `None` for the built-in book.
    pub pricing_file: Option<String>,
    /// The time a snapshot is stamped with.
    pub clock: fn() -> Timestamp,
}

impl Default for ExportTarget {
    /// The current directory, the built-in price book, the system clock (or
    /// `SOURCE_DATE_EPOCH` when set, as for `lvf export`).
    fn default() -> Self {
        Self { dir: PathBuf::from("."), pricing_file: None, clock: snapshot_time }
    }
}

/// `SOURCE_DATE_EPOCH` when it holds a valid time (reproducible snapshots, as `lvf export`
/// honours it), else the system clock.
fn snapshot_time() -> Timestamp {
    std::env::var("SOURCE_DATE_EPOCH")
        .ok()
        .and_then(|value| Timestamp::from_source_date_epoch(&value).ok())
        .unwrap_or_else(Timestamp::now)
}

//! Where the explorer's `e` key writes its snapshots.

use std::path::PathBuf;

/// The directory snapshots go to and the price book file they name. The time they are stamped
/// with is not here: the event loop reads the clock when it runs the write
/// ([`crate::tui::effect`]).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ExportTarget {
    /// The directory `lvf-snapshot-YYYYMMDD-HHMMSS.md` files are written to (`--export-dir`).
    pub dir: PathBuf,
    /// The `--pricing FILE` the explorer runs on, as given; `None` for the built-in book.
    pub pricing_file: Option<String>,
}

impl Default for ExportTarget {
    /// The current directory and the built-in price book.
    fn default() -> Self {
        Self { dir: PathBuf::from("."), pricing_file: None }
    }
}

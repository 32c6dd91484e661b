//! `lvf regions`: the regions of the price book in use.

use std::fmt::Write as _;

use crate::engine::pricing::PriceBook;

/// One line per region: key and name.
pub fn run(book: &PriceBook) -> String {
    let width = book.regions.keys().map(String::len).max().unwrap_or(0);
    let mut out = String::new();
    for (key, region) in &book.regions {
        let _ = writeln!(out, "{key:<width$}  {}", region.name);
    }
    out
}

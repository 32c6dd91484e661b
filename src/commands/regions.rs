//! `lvf regions`: the regions of the price book in use.

use crate::engine::pricing::PriceBook;

/// One line per region: key and name.
pub fn run(book: &PriceBook) -> String {
    let width = book.regions.keys().map(String::len).max().unwrap_or(0);
    book.regions.iter().map(|(key, region)| format!("{key:<width$}  {}\n", region.name)).collect()
}

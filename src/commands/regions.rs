//! `lvf regions`: the regions of the price book in use, each with the date of its newest own rate
//! and how many of its rates are borrowed from another region (stand-ins).

use std::collections::BTreeSet;
use std::fmt::Write as _;

use crate::engine::pricing::{Figure, FigureKey, PriceBook, RegionPrices};

/// One line per region: key, name, newest rate date, borrowed rates and from where.
pub fn run(book: &PriceBook) -> String {
    let key_width = book.regions.keys().map(String::len).max().unwrap_or(0).max("REGION".len());
    let name_width =
        book.regions.values().map(|region| region.name.chars().count()).max().unwrap_or(0);
    let mut out = String::new();
    let _ = writeln!(
        out,
        "{:<key_width$}  {:<name_width$}  {:<10}  BORROWED",
        "REGION", "NAME", "AS OF"
    );
    for (key, region) in &book.regions {
        let _ = writeln!(
            out,
            "{key:<key_width$}  {:<name_width$}  {:<10}  {}",
            region.name,
            region.newest_as_of(),
            borrowed(region)
        );
    }
    out
}

/// "none", or "14 of 29 rates, from us-east-1".
fn borrowed(region: &RegionPrices) -> String {
    let count = region.stand_in_count();
    if count == 0 {
        return "none".to_string();
    }
    let from: BTreeSet<&str> =
        FigureKey::ALL.iter().filter_map(|&key| region.figure(key).stand_in()).collect();
    let from: Vec<&str> = from.into_iter().collect();
    // Allowances (the free tier) are not rates and are never borrowed.
    let rates = FigureKey::ALL
        .iter()
        .filter(|&&key| !matches!(region.figure(key), Figure::Allowance(_)))
        .count();
    format!("{count} of {rates} rates, from {}", from.join(", "))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_region_shows_its_date_and_borrowed_count() {
        let book = PriceBook::builtin();
        let text = run(&book);
        assert_eq!(text.lines().count(), book.regions.len() + 1, "{text}");
        let us = text.lines().find(|line| line.starts_with("us-east-1")).expect("us-east-1");
        assert!(us.ends_with("none"), "{us}");
        let frankfurt = text.lines().find(|line| line.starts_with("eu-central-1")).expect("row");
        assert!(frankfurt.contains("rates, from us-east-1"), "{frankfurt}");
    }
}

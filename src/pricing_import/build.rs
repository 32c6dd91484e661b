//! From matched offer rows to a price book: every figure found in the files replaces the current
//! book's, with the offer file as its source and its publication date as its as-of; every other
//! figure is kept from the current book and marked as kept, so nothing is borrowed silently.

use std::collections::{BTreeMap, BTreeSet};

use super::offer::{Dimension, Matched, Offer, OfferInfo};
use crate::engine::pricing::{
    Annotations, FigureKey, FigureMut, PriceBook, Rate, RegionPrices, Tier,
};

/// The book an import produced, the comments to write into it, and what to tell the user.
#[derive(Debug, Clone, PartialEq)]
pub struct Imported {
    pub book: PriceBook,
    pub annotations: Annotations,
    /// One line each: what was not found, what was kept, what was skipped.
    pub notes: Vec<String>,
}

type Candidates<'a> = BTreeMap<(String, FigureKey), Vec<(&'a str, &'a OfferInfo, &'a Matched)>>;

/// Merges the offers into a copy of `base`. `only` limits the regions written (empty: every
/// region found). Fails when no region is left to write.
pub fn build(offers: &[Offer], base: &PriceBook, only: &[String]) -> Result<Imported, String> {
    let mut candidates: Candidates<'_> = BTreeMap::new();
    let mut locations: BTreeMap<&str, &str> = BTreeMap::new();
    for offer in offers {
        for (sku, matched) in &offer.products {
            locations.insert(&matched.region, &matched.location);
            candidates.entry((matched.region.clone(), matched.figure)).or_default().push((
                sku,
                &offer.info,
                matched,
            ));
        }
    }
    let mut notes = Vec::new();
    let mut regions: BTreeSet<&str> = locations.keys().copied().collect();
    let found: Vec<&str> = regions.iter().copied().collect();
    if !only.is_empty() && !only.iter().any(|wanted| regions.contains(wanted.as_str())) {
        let found = if found.is_empty() { "none".to_string() } else { found.join(", ") };
        return Err(format!(
            "no row for this region in the files read: {}; expected one of the regions they \
             have: {found}",
            only.join(", ")
        ));
    }
    if !only.is_empty() {
        for wanted in only {
            if !regions.contains(wanted.as_str()) {
                notes.push(format!(
                    "{wanted}: no row for this region in the files read; not written"
                ));
            }
        }
        regions.retain(|region| only.iter().any(|wanted| wanted == region));
    }
    if regions.is_empty() {
        return Err("no price of a region lvf could write was found in the files read (see `lvf \
                    pricing import --help` for the offers and rows read)"
            .to_string());
    }
    let mut book = base.clone();
    book.regions.clear();
    let mut annotations = Annotations::default();
    let mut imported: BTreeSet<(String, FigureKey)> = BTreeSet::new();
    for &region in &regions {
        let (mut prices, lender) = starting_prices(base, region, locations.get(region).copied());
        let mut kept = Vec::new();
        for &figure in FigureKey::ALL {
            let key = (region.to_string(), figure);
            let Some(found) = candidates.get_mut(&key) else {
                if !matches!(prices.figure(figure), crate::engine::pricing::Figure::Allowance(_)) {
                    kept.push(figure.path());
                    annotations.notes.insert(key, kept_note(lender));
                }
                continue;
            };
            found.sort_by_key(|(sku, ..)| *sku);
            let (sku, info, matched) = found[0];
            if found.len() > 1 {
                notes.push(format!(
                    "{region} {}: {} products match; SKU {sku} is used",
                    figure.path(),
                    found.len()
                ));
            }
            match fill(prices.figure_mut(figure), info, &matched.dimensions) {
                Ok(()) => {
                    imported.insert(key);
                }
                Err(problem) => {
                    notes.push(format!(
                        "{region} {} (SKU {sku}): {problem}; kept from the current book",
                        figure.path()
                    ));
                    annotations.notes.insert(key, kept_note(lender));
                }
            }
        }
        if !kept.is_empty() {
            let from = lender.map_or("the current book".to_string(), |lender| {
                format!("{lender}'s rates in the current book, marked stand-in")
            });
            notes.push(format!(
                "{region}: not in the files read, kept from {from}: {}",
                kept.join(", ")
            ));
        }
        book.regions.insert(region.to_string(), prices);
    }
    refresh_borrowed(&mut book, &imported);
    if let Some(newest) = offers.iter().map(|offer| offer.info.as_of()).max() {
        book.book.as_of = newest;
    }
    annotations.header = header(offers);
    Ok(Imported { book, annotations, notes })
}

/// The current book's prices for `region`, or, for a region it lacks, its lender's prices, every
/// one marked as a stand-in (the lender is us-east-1 when the book has it).
fn starting_prices<'a>(
    base: &'a PriceBook,
    region: &str,
    location: Option<&str>,
) -> (RegionPrices, Option<&'a str>) {
    if let Some(prices) = base.region(region) {
        return (prices.clone(), None);
    }
    let lender = base
        .region_keys()
        .find(|&key| key == "us-east-1")
        .or_else(|| base.region_keys().next())
        .unwrap_or("us-east-1");
    let mut prices = base.region(lender).cloned().expect("a valid book has at least one region");
    prices.name = location.unwrap_or(region).to_string();
    for &figure in FigureKey::ALL {
        match prices.figure_mut(figure) {
            FigureMut::Rate(rate) => {
                rate.stand_in = Some(rate.stand_in.clone().unwrap_or_else(|| lender.to_string()));
            }
            FigureMut::Tiers(tiers) => {
                for tier in tiers {
                    tier.stand_in =
                        Some(tier.stand_in.clone().unwrap_or_else(|| lender.to_string()));
                }
            }
            FigureMut::Allowance(_) => {}
        }
    }
    (prices, Some(lender))
}

fn kept_note(lender: Option<&str>) -> String {
    match lender {
        None => "kept from the current book: no row for it in the offer files read".to_string(),
        Some(lender) => format!(
            "{lender}'s rate: this region is new to the book and the offer files read have no row for it"
        ),
    }
}

/// Replaces one figure with the dimensions read.
fn fill(figure: FigureMut<'_>, info: &OfferInfo, dimensions: &[Dimension]) -> Result<(), String> {
    let (source, as_of) = (info.source(), info.as_of());
    let mut sorted = dimensions.to_vec();
    sorted.sort_by(|a, b| a.begin.total_cmp(&b.begin));
    match figure {
        FigureMut::Rate(rate) => {
            let [only] = sorted.as_slice() else {
                return Err(format!("{} price dimensions where one was expected", sorted.len()));
            };
            if only.begin != 0.0 || only.end.is_some() {
                return Err(
                    "a single price dimension that does not start at 0 and run open".to_string()
                );
            }
            *rate = Rate { usd: only.usd, source, as_of, stand_in: None };
        }
        FigureMut::Tiers(tiers) => {
            let mut floor = 0.0;
            let mut built = Vec::new();
            for (index, dimension) in sorted.iter().enumerate() {
                let last = index + 1 == sorted.len();
                if (dimension.begin - floor).abs() > 1e-9 || dimension.end.is_none() != last {
                    return Err("tiers with a gap, an overlap or no open last tier".to_string());
                }
                built.push(Tier {
                    up_to: dimension.end,
                    usd: dimension.usd,
                    source: source.clone(),
                    as_of: as_of.clone(),
                    stand_in: None,
                });
                floor = dimension.end.unwrap_or(f64::INFINITY);
            }
            if built.is_empty() {
                return Err("no on-demand price".to_string());
            }
            *tiers = built;
        }
        FigureMut::Allowance(_) => {
            return Err("an allowance is not read from offer files".to_string());
        }
    }
    Ok(())
}

/// A figure kept as a stand-in follows its lender's figure when the lender's was imported.
fn refresh_borrowed(book: &mut PriceBook, imported: &BTreeSet<(String, FigureKey)>) {
    let snapshot = book.regions.clone();
    for (region, prices) in &mut book.regions {
        for &figure in FigureKey::ALL {
            let Some(lender) = prices.figure(figure).stand_in().map(str::to_string) else {
                continue;
            };
            if imported.contains(&(region.clone(), figure))
                || !imported.contains(&(lender.clone(), figure))
            {
                continue;
            }
            let Some(source) = snapshot.get(&lender) else { continue };
            match (prices.figure_mut(figure), source.figure(figure)) {
                (FigureMut::Rate(rate), crate::engine::pricing::Figure::Rate(from)) => {
                    *rate = Rate { stand_in: Some(lender.clone()), ..from.clone() };
                }
                (FigureMut::Tiers(tiers), crate::engine::pricing::Figure::Tiers(from)) => {
                    *tiers = from
                        .iter()
                        .map(|tier| Tier { stand_in: Some(lender.clone()), ..tier.clone() })
                        .collect();
                }
                _ => {}
            }
        }
    }
}

fn header(offers: &[Offer]) -> Vec<String> {
    let mut lines = vec![
        "lvf price book, written by `lvf pricing import` from AWS Price List offer files:"
            .to_string(),
    ];
    for offer in offers {
        lines.push(format!("  {}", offer.info.source()));
    }
    lines.push(String::new());
    lines.push(
        "Free-tier allowances, Fargate Spot's discount and the task-size table are kept from the"
            .to_string(),
    );
    lines.push(
        "current book: offer files do not carry them. So is every figure marked \"kept\" below."
            .to_string(),
    );
    lines.push(
        "A figure with `stand-in` is another region's rate, used because this region has none."
            .to_string(),
    );
    lines
}

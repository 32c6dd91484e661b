//! What one offer file yields: who published it, and the price dimensions of the products that
//! match a price-book figure. Both readers ([`super::json`], [`super::csv_offer`]) fill these.

use std::collections::HashMap;

use crate::engine::pricing::FigureKey;

/// The offer file's own identity, written into every rate's `source`.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct OfferInfo {
    pub code: String,
    pub version: String,
    /// As in the file (`2026-08-31T09:23:18Z`).
    pub published: String,
}

impl OfferInfo {
    /// The `source` of a rate read from this file.
    pub fn source(&self) -> String {
        format!(
            "AWS Price List {} offer file, version {}, published {}",
            self.code, self.version, self.published
        )
    }

    /// The `as-of` of a rate read from this file: the publication date.
    pub fn as_of(&self) -> String {
        self.published.get(..10).unwrap_or(&self.published).to_string()
    }
}

/// One price dimension: `usd` per unit from `begin` to `end` (open when `None`).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Dimension {
    pub begin: f64,
    pub end: Option<f64>,
    pub usd: f64,
}

/// A matched product and its on-demand dimensions.
#[derive(Debug, Clone, PartialEq)]
pub struct Matched {
    pub figure: FigureKey,
    pub region: String,
    /// AWS's name for the region ("EU (London)"), used for a region the book does not have yet.
    pub location: String,
    pub dimensions: Vec<Dimension>,
}

/// Everything read from one file.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Offer {
    pub info: OfferInfo,
    /// Matched products by SKU (only these are kept while the file streams by).
    pub products: HashMap<String, Matched>,
}

/// A range bound as AWS writes it: a number, or "Inf" for an open tier.
pub fn parse_bound(text: &str) -> Result<Option<f64>, String> {
    let text = text.trim();
    if text.eq_ignore_ascii_case("inf") {
        return Ok(None);
    }
    parse_number(text).map(Some)
}

/// A price or range as AWS writes it ("0.0000166667", "6000000000").
pub fn parse_number(text: &str) -> Result<f64, String> {
    match text.trim().parse::<f64>() {
        Ok(value) if value.is_finite() && value >= 0.0 => Ok(value),
        _ => Err(format!(
            "\"{text}\" is not a price or range (expected a number such as 0.0000166667)"
        )),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bounds_read_inf_as_open() {
        assert_eq!(parse_bound("Inf"), Ok(None));
        assert_eq!(parse_bound("6000000000"), Ok(Some(6e9)));
        assert!(parse_bound("-1").is_err());
        assert!(parse_number("NaN").is_err());
    }

    #[test]
    fn the_as_of_is_the_publication_day() {
        let info = OfferInfo {
            code: "AWSLambda".into(),
            version: "20260831092318".into(),
            published: "2026-08-31T09:23:18Z".into(),
        };
        assert_eq!(info.as_of(), "2026-08-31");
        assert!(info.source().contains("AWSLambda offer file, version 20260831092318"));
    }
}

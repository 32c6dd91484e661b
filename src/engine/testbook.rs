//! The built-in price book for unit tests.

use super::pricing::{BUILTIN_PRICING, PriceBook};

/// The shipped `pricing.toml`, parsed.
pub fn book() -> PriceBook {
    toml::from_str(BUILTIN_PRICING).expect("the built-in price book parses")
}

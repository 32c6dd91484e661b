//! The JSON offer file, streamed: serde visitors walk `products` one SKU at a time and keep only
//! the products that match a price-book figure; `terms` (which follows `products` in AWS's files)
//! is then read only for those SKUs and skipped for every other. Memory stays bounded by the
//! matched products, never by the file.

use std::collections::HashMap;
use std::fmt;
use std::io::Read;

use serde::Deserialize;
use serde::de::{self, DeserializeSeed, IgnoredAny, MapAccess, Visitor};

use super::meter::{self, Product};
use super::offer::{Dimension, Matched, Offer, parse_bound, parse_number};

/// Reads a whole offer file from `reader`. Errors are `serde_json`'s, with custom messages for a
/// file that is JSON but not an offer file lvf reads.
pub fn read(reader: impl Read) -> Result<Offer, serde_json::Error> {
    let mut offer = Offer::default();
    let mut deserializer = serde_json::Deserializer::from_reader(reader);
    Top(&mut offer).deserialize(&mut deserializer)?;
    deserializer.end()?;
    Ok(offer)
}

struct Top<'a>(&'a mut Offer);

impl<'de> DeserializeSeed<'de> for Top<'_> {
    type Value = ();
    fn deserialize<D: de::Deserializer<'de>>(self, deserializer: D) -> Result<(), D::Error> {
        deserializer.deserialize_map(self)
    }
}

impl<'de> Visitor<'de> for Top<'_> {
    type Value = ();
    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("an AWS Price List offer file (a JSON object with offerCode, products, terms)")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<(), A::Error> {
        let offer = self.0;
        while let Some(key) = map.next_key::<String>()? {
            match key.as_str() {
                "offerCode" => offer.info.code = map.next_value()?,
                "version" => offer.info.version = map.next_value()?,
                "publicationDate" => offer.info.published = map.next_value()?,
                "products" => {
                    check_offer_code(&offer.info.code).map_err(de::Error::custom)?;
                    map.next_value_seed(Products(offer))?;
                }
                "terms" => map.next_value_seed(Terms(offer))?,
                _ => {
                    map.next_value::<IgnoredAny>()?;
                }
            }
        }
        if offer.info.code.is_empty() {
            return Err(de::Error::custom(
                "it has no offerCode: expected an AWS Price List offer file (see `lvf pricing \
                 import --help` for the offer codes read)",
            ));
        }
        check_offer_code(&offer.info.code).map_err(de::Error::custom)
    }
}

/// An offer code lvf reads, or why not. `AmazonEKS` carries Fargate rows too, but ECS's are the
/// ones lvf prices.
pub fn check_offer_code(code: &str) -> Result<(), String> {
    if code.is_empty() || meter::is_known_offer(code) {
        return Ok(());
    }
    let known: Vec<&str> = meter::OFFERS.iter().map(|(code, _)| *code).collect();
    let hint = if code == "AmazonEKS" { " (Fargate prices are read from AmazonECS)" } else { "" };
    Err(format!(
        "it is the {code} offer, which lvf does not read{hint}; expected one of {}",
        known.join(", ")
    ))
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct ProductJson {
    #[serde(default)]
    product_family: String,
    #[serde(default)]
    attributes: HashMap<String, String>,
}

struct Products<'a>(&'a mut Offer);

impl<'de> DeserializeSeed<'de> for Products<'_> {
    type Value = ();
    fn deserialize<D: de::Deserializer<'de>>(self, deserializer: D) -> Result<(), D::Error> {
        deserializer.deserialize_map(self)
    }
}

impl<'de> Visitor<'de> for Products<'_> {
    type Value = ();
    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("`products`: an object of products by SKU")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<(), A::Error> {
        let offer = self.0;
        while let Some(sku) = map.next_key::<String>()? {
            let mut product: ProductJson = map.next_value()?;
            let mut take = |name: &str| product.attributes.remove(name).unwrap_or_default();
            let attributes = Product {
                service: take("servicecode"),
                family: String::new(),
                region: take("regionCode"),
                location: take("location"),
                location_type: take("locationType"),
                group: take("group"),
                usage_type: take("usagetype"),
            };
            let attributes = Product {
                service: if attributes.service.is_empty() {
                    offer.info.code.clone()
                } else {
                    attributes.service
                },
                family: std::mem::take(&mut product.product_family),
                ..attributes
            };
            if let Some(figure) = meter::classify(&attributes) {
                let matched = Matched {
                    figure,
                    region: attributes.region,
                    location: attributes.location,
                    dimensions: Vec::new(),
                };
                offer.products.insert(sku, matched);
            }
        }
        Ok(())
    }
}

struct Terms<'a>(&'a mut Offer);

impl<'de> DeserializeSeed<'de> for Terms<'_> {
    type Value = ();
    fn deserialize<D: de::Deserializer<'de>>(self, deserializer: D) -> Result<(), D::Error> {
        deserializer.deserialize_map(self)
    }
}

impl<'de> Visitor<'de> for Terms<'_> {
    type Value = ();
    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("`terms`: an object of term types (OnDemand, Reserved)")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<(), A::Error> {
        while let Some(term_type) = map.next_key::<String>()? {
            if term_type == "OnDemand" {
                map.next_value_seed(OnDemand(&mut *self.0))?;
            } else {
                map.next_value::<IgnoredAny>()?;
            }
        }
        Ok(())
    }
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct TermJson {
    #[serde(default)]
    price_dimensions: HashMap<String, DimensionJson>,
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct DimensionJson {
    #[serde(default)]
    begin_range: Option<String>,
    #[serde(default)]
    end_range: Option<String>,
    price_per_unit: HashMap<String, String>,
}

struct OnDemand<'a>(&'a mut Offer);

impl<'de> DeserializeSeed<'de> for OnDemand<'_> {
    type Value = ();
    fn deserialize<D: de::Deserializer<'de>>(self, deserializer: D) -> Result<(), D::Error> {
        deserializer.deserialize_map(self)
    }
}

impl<'de> Visitor<'de> for OnDemand<'_> {
    type Value = ();
    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("`terms.OnDemand`: an object of terms by SKU")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<(), A::Error> {
        while let Some(sku) = map.next_key::<String>()? {
            let Some(matched) = self.0.products.get_mut(&sku) else {
                map.next_value::<IgnoredAny>()?;
                continue;
            };
            let terms: HashMap<String, TermJson> = map.next_value()?;
            for term in terms.into_values() {
                for dimension in term.price_dimensions.into_values() {
                    matched
                        .dimensions
                        .push(dimension_of(&sku, &dimension).map_err(de::Error::custom)?);
                }
            }
        }
        Ok(())
    }
}

fn dimension_of(sku: &str, dimension: &DimensionJson) -> Result<Dimension, String> {
    let usd = dimension
        .price_per_unit
        .get("USD")
        .ok_or_else(|| format!("SKU {sku} has a price without USD (expected pricePerUnit.USD)"))?;
    let at = |what: &str, error: String| format!("SKU {sku}, {what}: {error}");
    Ok(Dimension {
        begin: parse_number(dimension.begin_range.as_deref().unwrap_or("0"))
            .map_err(|error| at("beginRange", error))?,
        end: parse_bound(dimension.end_range.as_deref().unwrap_or("Inf"))
            .map_err(|error| at("endRange", error))?,
        usd: parse_number(usd).map_err(|error| at("pricePerUnit", error))?,
    })
}

//! A month of usage around the compute -> cost lines, as `lvf price http-api|rest-api|websocket|
//! nat|logs|ebs|efs|ipv4` takes it: the quantities a bill counts, priced with the metering, the
//! tiers and the proration the scenario's lines use ([`super::metered`],
//! [`tiered_cost`], [`super::gb_months`]), so AWS's worked examples check both.

use super::{HTTP_API_METER_KB, WEBSOCKET_METER_KB, gb_months, metered};
use crate::engine::cost::CostLine;
use crate::engine::pricing::{Rate, RegionPrices, Tier, tiered_cost, tiers_priced_in};

/// One month of one service around the compute.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum AroundUsage {
    /// API Gateway HTTP API: requests of `size_kb` each, request and response together (metered
    /// in 512 KB increments).
    HttpApi { requests: f64, size_kb: f64 },
    /// API Gateway REST API requests.
    RestApi { requests: f64 },
    /// API Gateway WebSocket API: messages of `size_kb` each (metered in 32 KB increments), and
    /// connection-minutes.
    WebSocket { messages: f64, size_kb: f64, connection_minutes: f64 },
    /// NAT gateways: gateway-hours, and GB processed.
    Nat { gateway_hours: f64, gb: f64 },
    /// `CloudWatch` Logs: GB ingested (Standard class).
    Logs { gb: f64 },
    /// EBS gp3: GB provisioned, all volumes together, for `hours` of a month of `month_hours`.
    Ebs { gb: f64, hours: f64, month_hours: f64 },
    /// EFS Standard: GB stored for `hours` of a month of `month_hours`.
    Efs { gb: f64, hours: f64, month_hours: f64 },
    /// Public IPv4 addresses in use: address-hours.
    PublicIpv4 { address_hours: f64 },
}

/// The month's lines for `usage`, each naming the region whose rate priced it, for prices listed
/// under `region`.
pub fn price(usage: &AroundUsage, prices: &RegionPrices, region: &str) -> Vec<CostLine> {
    let per_unit = |item: &str, quantity: f64, rate: &Rate| {
        CostLine::new(item, quantity * rate.usd, rate.priced_in(region))
    };
    let tiered = |item: &str, units: f64, tiers: &[Tier]| {
        CostLine::new(item, tiered_cost(units, tiers), tiers_priced_in(tiers, region))
    };
    let (ingress, network, storage) = (&prices.ingress, &prices.network, &prices.storage);
    match *usage {
        AroundUsage::HttpApi { requests, size_kb } => {
            let metered = requests * metered(size_kb, HTTP_API_METER_KB);
            vec![tiered("API Gateway HTTP API requests", metered, &ingress.http_api)]
        }
        AroundUsage::RestApi { requests } => {
            vec![tiered("API Gateway REST API requests", requests, &ingress.rest_api)]
        }
        AroundUsage::WebSocket { messages, size_kb, connection_minutes } => {
            let metered = messages * metered(size_kb, WEBSOCKET_METER_KB);
            vec![
                tiered("API Gateway WebSocket messages", metered, &ingress.websocket_messages),
                per_unit(
                    "API Gateway WebSocket connection-minutes",
                    connection_minutes,
                    &ingress.websocket_connection_minutes,
                ),
            ]
        }
        AroundUsage::Nat { gateway_hours, gb } => vec![
            per_unit("NAT gateway hours", gateway_hours, &network.nat_gateway_hour),
            per_unit("NAT gateway data processed", gb, &network.nat_gateway_gb),
        ],
        AroundUsage::Logs { gb } => {
            vec![per_unit("CloudWatch Logs ingestion", gb, &prices.logs.ingestion_gb)]
        }
        AroundUsage::Ebs { gb, hours, month_hours } => {
            let gb_months = gb_months(gb, hours, month_hours);
            vec![per_unit("EBS gp3 storage", gb_months, &storage.ebs_gp3_gb_month)]
        }
        AroundUsage::Efs { gb, hours, month_hours } => {
            let gb_months = gb_months(gb, hours, month_hours);
            vec![per_unit("EFS Standard storage", gb_months, &storage.efs_standard_gb_month)]
        }
        AroundUsage::PublicIpv4 { address_hours } => {
            vec![per_unit("Public IPv4 addresses", address_hours, &network.public_ipv4_hour)]
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::pricing::PriceBook;

    fn total(usage: AroundUsage, region: &str) -> (f64, String) {
        let book = PriceBook::builtin();
        let lines = price(&usage, book.region(region).expect("a built-in region"), region);
        (lines.iter().map(|line| line.usd).sum(), lines[0].region.clone())
    }

    #[test]
    fn metering_tiers_and_proration_shape_the_bill() {
        // 1M requests of 600 KB are two 512 KB increments each: 2M metered at $1.00/M.
        let (usd, _) = total(AroundUsage::HttpApi { requests: 1e6, size_kb: 600.0 }, "us-east-1");
        assert!((usd - 2.0).abs() < 1e-9, "{usd}");
        // A 33 KB message is metered as two.
        let ws = AroundUsage::WebSocket { messages: 1e6, size_kb: 33.0, connection_minutes: 0.0 };
        assert!((total(ws, "us-east-1").0 - 2.0).abs() < 1e-9);
        // 100 GB for half of a 730-hour month is 50 GB-months.
        let ebs = AroundUsage::Ebs { gb: 100.0, hours: 365.0, month_hours: 730.0 };
        assert!((total(ebs, "us-east-1").0 - 50.0 * 0.08).abs() < 1e-9);
    }

    #[test]
    fn a_borrowed_rate_names_its_region() {
        let (_, region) = total(AroundUsage::RestApi { requests: 1e6 }, "eu-west-1");
        assert_eq!(region, "us-east-1");
        let (_, region) = total(AroundUsage::PublicIpv4 { address_hours: 730.0 }, "eu-west-1");
        assert_eq!(region, "eu-west-1");
    }
}

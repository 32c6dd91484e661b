//! The bill around the compute against worked examples: AWS's own where it publishes one (the
//! ELB, API Gateway, VPC, `CloudWatch`, EBS and EFS pricing pages), by hand from the book's
//! us-east-1 rates otherwise, each labelled in tests/fixtures/aws-published-examples.toml. The
//! `[[around]]` cases run through `evaluate()`, the `[[around_usage]]` cases through
//! `engine::around::usage` (what `lvf price http-api|...|ipv4` runs).

use std::collections::{BTreeMap, BTreeSet};

use lvf::engine::around::usage::{self, AroundUsage};
use lvf::engine::cost::format_usd;
use lvf::engine::evaluate;
use lvf::engine::pricing::{FigureKey, FigureMut, PriceBook, RegionPrices};
use lvf::engine::report::Platform;
use lvf::engine::scenario::{INPUTS, Scenario};
use lvf::wording;
use serde::Deserialize;

const ORACLE: &str = include_str!("fixtures/aws-published-examples.toml");

#[derive(Debug, Deserialize)]
struct Oracle {
    around: Vec<AroundCase>,
    around_usage: Vec<UsageCase>,
}

/// An example as the quantities it bills.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct UsageCase {
    name: String,
    source: String,
    seen: String,
    worked: String,
    aws_total: String,
    service: String,
    #[serde(default)]
    region: Option<String>,
    #[serde(default)]
    rates: BTreeMap<String, f64>,
    #[serde(default)]
    requests: f64,
    #[serde(default)]
    size_kb: f64,
    #[serde(default)]
    messages: f64,
    #[serde(default)]
    connection_minutes: f64,
    #[serde(default)]
    gateway_hours: f64,
    #[serde(default)]
    gb: f64,
    #[serde(default)]
    hours: f64,
    #[serde(default)]
    month_hours: f64,
    #[serde(default)]
    address_hours: f64,
    expected_usd: f64,
}

impl UsageCase {
    fn usage(&self) -> AroundUsage {
        let (gb, hours, month_hours) = (self.gb, self.hours, self.month_hours);
        match self.service.as_str() {
            "http-api" => AroundUsage::HttpApi { requests: self.requests, size_kb: self.size_kb },
            "rest-api" => AroundUsage::RestApi { requests: self.requests },
            "websocket" => AroundUsage::WebSocket {
                messages: self.messages,
                size_kb: self.size_kb,
                connection_minutes: self.connection_minutes,
            },
            "nat" => AroundUsage::Nat { gateway_hours: self.gateway_hours, gb },
            "logs" => AroundUsage::Logs { gb },
            "ebs" => AroundUsage::Ebs { gb, hours, month_hours },
            "efs" => AroundUsage::Efs { gb, hours, month_hours },
            "ipv4" => AroundUsage::PublicIpv4 { address_hours: self.address_hours },
            other => panic!("{}: unknown service {other}", self.name),
        }
    }

    fn region(&self) -> &str {
        self.region.as_deref().unwrap_or("us-east-1")
    }

    /// The region's prices with the example's own rates in place of the book's.
    fn prices(&self, book: &PriceBook) -> RegionPrices {
        let mut prices = book.region(self.region()).expect("a region of the book").clone();
        for (path, &usd) in &self.rates {
            let key = *FigureKey::ALL
                .iter()
                .find(|key| key.path() == path)
                .unwrap_or_else(|| panic!("{}: {path} is not a figure of the book", self.name));
            match prices.figure_mut(key) {
                FigureMut::Rate(rate) => {
                    rate.usd = usd;
                    rate.stand_in = None;
                }
                _ => panic!("{}: {path} is not a single rate", self.name),
            }
        }
        prices
    }
}

/// AWS's figure to the cent as lvf shows money, and within a tenth of a percent (so that a
/// figure of a few cents is held as tightly as a large one).
fn matches(usd: f64, expected: f64) -> bool {
    format_usd(usd) == format_usd(expected) && (usd - expected).abs() <= expected.abs() * 1e-3
}

/// Every rate and tier of `prices` 1% dearer.
fn dearer(prices: &mut RegionPrices) {
    for &key in FigureKey::ALL {
        match prices.figure_mut(key) {
            FigureMut::Rate(rate) => rate.usd *= 1.01,
            FigureMut::Tiers(tiers) => tiers.iter_mut().for_each(|tier| tier.usd *= 1.01),
            FigureMut::Allowance(_) => {}
        }
    }
}

#[test]
fn aws_examples_reproduce_to_the_cent_as_lvf_price_bills_them() {
    let oracle: Oracle = toml::from_str(ORACLE).expect("the oracle fixture parses");
    let book = PriceBook::builtin();
    let mut reproduced = BTreeSet::new();
    for case in &oracle.around_usage {
        assert!(["aws", "hand"].contains(&case.worked.as_str()), "{}", case.name);
        assert!(
            !case.source.is_empty() && !case.seen.is_empty(),
            "{}: sourced and dated",
            case.name
        );
        if case.worked == "aws" {
            assert!(case.source.starts_with("https://aws.amazon.com/"), "{}", case.name);
            assert!(!case.aws_total.is_empty(), "{}: AWS's own total", case.name);
            reproduced.insert(case.service.as_str());
        } else {
            assert!(case.rates.is_empty(), "{}: a hand-worked case uses the book", case.name);
        }
        let mut prices = case.prices(&book);
        let lines = usage::price(&case.usage(), &prices, case.region());
        let usd: f64 = lines.iter().map(|line| line.usd).sum();
        assert!(
            matches(usd, case.expected_usd),
            "{}: {usd} against {}",
            case.name,
            case.expected_usd
        );
        for line in &lines {
            assert_eq!(line.region, case.region(), "{}: {}", case.name, line.item);
        }
        // The check can fail: a price 1% off no longer reproduces the example.
        dearer(&mut prices);
        let lines = usage::price(&case.usage(), &prices, case.region());
        let off: f64 = lines.iter().map(|line| line.usd).sum();
        assert!(!matches(off, case.expected_usd), "{}: {off} passes at 1% off", case.name);
    }
    // Every service `lvf price` bills around the compute, but the public IPv4 address (AWS gives
    // its rate, no worked bill), is checked against an example AWS published.
    let services: BTreeSet<&str> =
        ["http-api", "rest-api", "websocket", "nat", "logs", "ebs", "efs"].into();
    assert_eq!(reproduced, services);
}

#[test]
fn the_examples_agree_with_the_books_own_us_east_1_rates() {
    // The examples priced in us-east-1 need no rate of their own: the book holds AWS's.
    let oracle: Oracle = toml::from_str(ORACLE).expect("the oracle fixture parses");
    for case in oracle.around_usage.iter().filter(|case| case.region() == "us-east-1") {
        assert!(case.rates.is_empty(), "{}: the book's us-east-1 rates price it", case.name);
    }
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct AroundCase {
    name: String,
    source: String,
    worked: String,
    scenario: BTreeMap<String, String>,
    platform: String,
    item: String,
    #[serde(default)]
    hours: Option<f64>,
    expected_usd: f64,
}

fn scenario(case: &AroundCase, book: &PriceBook) -> Scenario {
    // The worked examples are flat: the same load every hour (a case may still set a peak).
    let mut scenario = Scenario { peak: 1.0, ..Scenario::default() };
    // In table order, as a scenario file is read: `--ingress` before each platform's own.
    for def in INPUTS {
        if let Some(value) = case.scenario.get(def.name) {
            scenario
                .set_text(def.input, value, book)
                .unwrap_or_else(|error| panic!("{}: {error}", case.name));
        }
    }
    for key in case.scenario.keys() {
        assert!(INPUTS.iter().any(|def| def.name == key), "{}: unknown input {key}", case.name);
    }
    scenario
}

#[test]
fn around_the_compute_examples_reproduce_to_the_cent() {
    let oracle: Oracle = toml::from_str(ORACLE).expect("the oracle fixture parses");
    let book = PriceBook::builtin();
    let mut dear = book.clone();
    dearer(dear.regions.get_mut("us-east-1").expect("us-east-1"));
    assert!(oracle.around.iter().any(|case| case.worked == "aws"), "an AWS-published example");
    for case in &oracle.around {
        assert!(["aws", "hand"].contains(&case.worked.as_str()), "{}", case.name);
        assert!(!case.source.is_empty());
        let usd = line_usd(case, &book);
        assert!(
            matches(usd, case.expected_usd),
            "{}: {usd} against {}",
            case.name,
            case.expected_usd
        );
        // The check can fail: every rate 1% dearer no longer reproduces the example.
        let off = line_usd(case, &dear);
        assert!(!matches(off, case.expected_usd), "{}: {off} passes at 1% off", case.name);
    }
}

/// The dollars of the case's line, scaled to the example's month, from its scenario's report.
fn line_usd(case: &AroundCase, book: &PriceBook) -> f64 {
    let report = evaluate(&scenario(case, book), book);
    let platform = if case.platform == "lambda" { Platform::Lambda } else { Platform::Fargate };
    let lines = &report.platforms[platform].lines;
    let line = lines
        .iter()
        .find(|line| wording::cost_item(&line.kind).starts_with(&case.item))
        .unwrap_or_else(|| panic!("{}: no line {:?} in {lines:?}", case.name, case.item));
    assert_eq!(line.region, "us-east-1", "{}", case.name);
    line.usd * case.hours.unwrap_or(730.0) / 730.0
}

#[test]
fn a_chat_on_long_lived_connections_no_longer_pays_an_lcu_per_25_messages() {
    let book = PriceBook::builtin();
    let mut chat = Scenario { rate_per_s: 500.0, ..Scenario::default() };
    for (name, value) in [
        ("fargate-ingress", "alb"),
        ("requests-per-connection", "1000"),
        ("open-connections", "10000"),
        ("response-size", "0.5KB"),
    ] {
        let input = INPUTS.iter().find(|def| def.name == name).expect(name).input;
        chat.set_text(input, value, &book).expect(value);
    }
    let report = evaluate(&chat, &book);
    let lcu: f64 = report.platforms[Platform::Fargate]
        .lines
        .iter()
        .filter(|line| wording::cost_item(&line.kind).starts_with("ALB LCU"))
        .map(|line| line.usd)
        .sum();
    // One LCU per 25 messages a second would be 20 LCU: $116.80 a month.
    assert!(lcu < 20.0 && lcu > 19.0, "{lcu}");
}

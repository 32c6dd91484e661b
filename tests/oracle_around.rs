//! The bill around the compute against worked examples: AWS's own where it publishes one (the
//! ELB page's LCU example), by hand from the book's us-east-1 rates otherwise, each labelled in
//! tests/fixtures/aws-published-examples.toml. Every case runs through `evaluate()`.

use std::collections::BTreeMap;

use lvf::engine::evaluate;
use lvf::engine::pricing::PriceBook;
use lvf::engine::report::Platform;
use lvf::engine::scenario::{INPUTS, Scenario};
use lvf::wording;
use serde::Deserialize;

const ORACLE: &str = include_str!("fixtures/aws-published-examples.toml");

#[derive(Debug, Deserialize)]
struct Oracle {
    around: Vec<AroundCase>,
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
    let mut scenario = Scenario::default();
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
    assert!(oracle.around.iter().any(|case| case.worked == "aws"), "an AWS-published example");
    for case in &oracle.around {
        assert!(["aws", "hand"].contains(&case.worked.as_str()), "{}", case.name);
        assert!(!case.source.is_empty());
        let report = evaluate(&scenario(case, &book), &book);
        let platform = if case.platform == "lambda" { Platform::Lambda } else { Platform::Fargate };
        let lines = &report.platforms[platform].lines;
        let line = lines
            .iter()
            .find(|line| wording::cost_item(&line.kind).starts_with(&case.item))
            .unwrap_or_else(|| panic!("{}: no line {:?} in {lines:?}", case.name, case.item));
        let usd = line.usd * case.hours.unwrap_or(730.0) / 730.0;
        assert!(
            (usd - case.expected_usd).abs() < 0.005 + 1e-9,
            "{}: {usd} against {}",
            case.name,
            case.expected_usd
        );
        assert_eq!(line.region, "us-east-1", "{}", case.name);
    }
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

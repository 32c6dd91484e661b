//! No line uses another region's rate without saying so: for every built-in region and a set of
//! scenarios that between them bill every line, each line carries the region whose rate priced
//! it (the book's stand-in where the rate is borrowed), the text outputs name that region where
//! it is not the scenario's, and the JSON has `item`, `usd`, `region` and `group` on every line.

use lvf::engine::evaluate;
use lvf::engine::pricing::{FigureKey, PriceBook};
use lvf::engine::report::Platform;
use lvf::engine::scenario::{INPUTS, Scenario};
use lvf::export::json::ReportJson;
use lvf::wording;

/// The figure a line is priced by, from the start of its name.
const FIGURES: &[(&str, FigureKey)] = &[
    ("Lambda compute", FigureKey::LambdaDurationX86),
    ("Lambda requests", FigureKey::LambdaRequests),
    ("Lambda ephemeral", FigureKey::LambdaEphemeralStorage),
    ("Fargate vCPU", FigureKey::FargateVcpuX86),
    ("Fargate memory", FigureKey::FargateGbX86),
    ("Fargate ephemeral", FigureKey::FargateStorage),
    ("API Gateway HTTP", FigureKey::HttpApi),
    ("API Gateway REST", FigureKey::RestApi),
    ("API Gateway WebSocket messages", FigureKey::WebsocketMessages),
    ("API Gateway WebSocket connection", FigureKey::WebsocketMinutes),
    ("ALB hours", FigureKey::AlbHour),
    ("ALB LCU", FigureKey::AlbLcuHour),
    ("NLB hours", FigureKey::NlbHour),
    ("NLB NLCU", FigureKey::NlbNlcuHour),
    ("NAT gateway hours", FigureKey::NatGatewayHour),
    ("NAT gateway data", FigureKey::NatGatewayGb),
    ("Public IPv4", FigureKey::PublicIpv4Hour),
    ("CloudWatch Logs", FigureKey::LogIngestionGb),
    ("EBS gp3", FigureKey::EbsGp3GbMonth),
    ("EFS Standard", FigureKey::EfsStandardGbMonth),
];

/// Scenarios that between them bill every line.
const SCENARIOS: &[&[(&str, &str)]] = &[
    &[("lambda-ingress", "websocket"), ("fargate-ingress", "rest"), ("network", "nat")],
    &[("lambda-ingress", "alb"), ("fargate-ingress", "shared-alb"), ("volume", "efs:20")],
    &[("lambda-ingress", "http"), ("fargate-ingress", "alb"), ("volume", "ebs:100")],
    &[
        ("lambda-ingress", "rest"),
        ("fargate-ingress", "http"),
        ("lambda-storage", "1GB"),
        ("fargate-storage", "40GB"),
        ("open-connections", "100"),
    ],
];

fn scenario(region: &str, flags: &[(&str, &str)], book: &PriceBook) -> Scenario {
    let mut scenario = Scenario { region: region.to_string(), ..Scenario::default() };
    for (name, value) in flags {
        let input = INPUTS.iter().find(|def| def.name == *name).expect(name).input;
        scenario.set_text(input, value, book).expect(value);
    }
    scenario
}

#[test]
fn every_line_in_every_region_names_the_region_whose_rate_priced_it() {
    let book = PriceBook::builtin();
    let mut seen = Vec::new();
    let mut borrowed = 0;
    for region in book.region_keys() {
        for flags in SCENARIOS {
            let scenario = scenario(region, flags, &book);
            let report = evaluate(&scenario, &book);
            for platform in [Platform::Lambda, Platform::Fargate] {
                for line in &report.platforms[platform].lines {
                    let name = wording::cost_item(&line.kind);
                    let text = wording::cost_line(line, region);
                    if name.starts_with("Lambda function URL") {
                        assert_eq!(line.region, region);
                        continue;
                    }
                    let (_, key) = FIGURES
                        .iter()
                        .find(|(prefix, _)| name.starts_with(prefix))
                        .unwrap_or_else(|| panic!("no figure for {name:?}"));
                    let (_, by) = book.priced_in(region, *key).expect("a figure");
                    assert_eq!(line.region, by, "{region}: {name}");
                    if by == region {
                        assert_eq!(text, name);
                    } else {
                        borrowed += 1;
                        assert!(text.ends_with(&format!("{by}'s rate")), "{region}: {text}");
                    }
                    seen.push(*key);
                }
            }
            let json = serde_json::to_value(ReportJson::new(&report, None)).expect("JSON");
            for platform in ["lambda", "fargate"] {
                for line in json[platform]["lines"].as_array().expect("lines") {
                    assert!(line["item"].is_string() && line["usd"].is_f64(), "{line}");
                    assert!(line["region"].is_string(), "{line}");
                    let group = line["group"].as_str().expect("group");
                    assert!(
                        ["compute", "requests", "ingress", "network", "logs", "storage"]
                            .contains(&group),
                        "{line}"
                    );
                }
            }
        }
    }
    for (_, key) in FIGURES {
        assert!(seen.contains(key), "no scenario bills {key:?}");
    }
    assert!(borrowed > 0, "the built-in book borrows rates in some regions");
}

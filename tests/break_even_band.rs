//! Where the bills are within 10% of each other, said the same way everywhere: `lvf eval`'s text
//! and JSON, the explorer's chart and the markdown export agree on the band and on the
//! break-even, and the crossings inside the band are not listed one by one.

mod cli_support;
mod tui_support;

use cli_support::{json, lvf};
use lvf::engine::evaluate;
use lvf::engine::presets;
use lvf::engine::pricing::PriceBook;
use lvf::engine::scenario::Scenario;
use lvf::engine::units::format_rate;
use lvf::export::{Provenance, Timestamp};
use lvf::wording;
use tui_support::{app, draw};

/// ML inference with its tasks held to 40% utilization, flat traffic and a fixed 5% of cold
/// starts: Fargate's staircase runs within 10% of Lambda's line from about 1/s up, crossing it
/// again and again.
const ARGS: [&str; 8] =
    ["--preset", "ml-inference", "--utilization", "40%", "--peak", "1", "--cold-start-share", "5%"];

/// A fixed generation time, so that documents compare.
fn provenance() -> Provenance {
    Provenance {
        generated: Timestamp::parse_rfc3339("2026-11-26T09:30:00Z").expect("valid time"),
        pricing_file: None,
    }
}

fn scenario() -> Scenario {
    Scenario {
        utilization: 0.4,
        peak: 1.0,
        cold_start_share: Some(0.05),
        ..presets::find("ml-inference").expect("preset").scenario
    }
}

#[test]
fn text_json_chart_and_export_agree_about_where_the_platforms_cost_the_same() {
    let report = evaluate(&scenario(), &PriceBook::builtin());
    assert_eq!(report.parity.len(), 1, "{:?}", report.parity);
    let band = report.parity[0];
    assert!(report.break_even.crossings.len() > 10, "the staircase straddles the line");
    let phrase = format!(
        "within 10% from {} to {}",
        format_rate(band.from_per_s),
        format_rate(band.to_per_s)
    );

    // The text: the band once, and the count of crossings inside it instead of their list.
    let output = lvf(&[&["eval"][..], &ARGS].concat());
    let text = String::from_utf8(output.stdout).expect("utf-8");
    assert!(text.contains(&format!("  {phrase}\n")), "{text}");
    assert!(text.contains("times while they are within 10%"), "{text}");
    let listed = text.lines().find(|line| line.contains("the curves cross")).expect("a line");
    assert!(listed.matches(", ").count() < 5, "{listed}");

    // The JSON: the same band, next to the keys that were there before.
    let value = json(&[&["eval", "--json"][..], &ARGS].concat());
    let within = value["break_even"]["within_10pct"].as_array().expect("a list");
    assert_eq!(within.len(), 1);
    assert_eq!(within[0]["from_per_s"].as_f64(), Some(band.from_per_s));
    assert_eq!(within[0]["to_per_s"].as_f64(), Some(band.to_per_s));
    for key in ["crossings", "crossing_details", "rate_per_s", "requests_per_month", "truncated"] {
        assert!(value["break_even"].get(key).is_some(), "{key}");
    }

    // The chart: a shaded band in its legend with the same range, and no ◆ inside it.
    let (screen, _) = draw(&app(scenario()), 160, 48);
    let legend = wording::parity::legend(&report.parity).expect("a legend entry");
    assert!(screen.contains(&format!("░ {legend}")), "{screen}");
    assert!(
        legend.contains(&format_rate(band.from_per_s))
            && legend.contains(&format_rate(band.to_per_s))
    );
    let diamonds = screen.matches('◆').count();
    let outside = wording::parity::outside(&report.break_even.crossings, &report.parity).len();
    assert!(diamonds <= outside + 1, "{diamonds} ◆ for {outside} crossings outside the band");
    assert!(screen.matches('░').count() > 50, "the band is shaded");
    // Fargate does not stay cheaper above any rate: the text names no break-even, nor does the
    // chart (its first crossing is "crosses", not "break-even").
    assert_eq!(report.break_even.rate_per_s, None);
    assert!(text.contains("Break-even: none"), "{text}");
    assert!(!screen.contains("break-even"), "{screen}");
    // A crossing outside the band is marked "crosses"; here every crossing is inside it.
    assert_eq!(screen.contains("◆ crosses "), outside > 0, "{screen}");

    // The export: the band in words and in the text chart; the table lists only the crossings
    // outside it.
    let provenance = provenance();
    let doc = lvf::export::document(&report, &PriceBook::builtin(), &provenance);
    assert!(doc.contains(&format!("The two platforms cost {phrase}.")), "{doc}");
    assert!(doc.contains(". within 10%"), "{doc}");
    let rows =
        doc.lines().filter(|line| line.ends_with("| Fargate |") || line.ends_with("| Lambda |"));
    assert!(rows.count() <= outside, "{doc}");
}

#[test]
fn a_single_crossing_has_no_band_and_one_break_even() {
    let report = evaluate(&Scenario::default(), &PriceBook::builtin());
    assert!(report.parity.is_empty());
    let output = lvf(&["eval"]);
    let text = String::from_utf8(output.stdout).expect("utf-8");
    let rate = report.break_even.rate_per_s.expect("a break-even");
    assert!(text.contains(&format!("Break-even: {}", format_rate(rate))), "{text}");
    assert!(!text.contains("within 10% from"), "{text}");
    let value = json(&["eval", "--json"]);
    assert_eq!(value["break_even"]["within_10pct"], serde_json::json!([]));
}

#[test]
fn the_export_rounds_the_break_even_one_way_everywhere() {
    use lvf::engine::units::format_rate_with_month;
    let report = evaluate(&Scenario::default(), &PriceBook::builtin());
    let rate = report.break_even.rate_per_s.expect("a break-even");
    let provenance = provenance();
    let doc = lvf::export::document(&report, &PriceBook::builtin(), &provenance);
    let said = format_rate_with_month(rate);
    // The break-even section and the verdict's reasons say the same figure the same way.
    assert!(doc.contains(&format!("Fargate is cheaper above **{said}**.")), "{doc}");
    assert!(doc.contains(&format!("break-even at {said}")), "{doc}");
    assert!(!doc.contains("requests/month)"), "no second rounding: {doc}");
}

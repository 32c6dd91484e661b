//! `lvf export --format svg`: the cost chart for slides is well-formed XML with both curves, both
//! axis labels, the legend and the current rate and break-even marked.

use lvf::engine::pricing::PriceBook;
use lvf::engine::report::Platform;
use lvf::engine::scenario::Scenario;
use lvf::engine::{evaluate, presets};
use lvf::export::chart_svg;

mod cli_support;

/// The text of every `<text>` element, trimmed.
fn texts(document: &roxmltree::Document) -> Vec<String> {
    document
        .descendants()
        .filter(|node| node.has_tag_name("text"))
        .filter_map(|node| node.text())
        .map(|text| text.trim().to_string())
        .collect()
}

#[test]
fn the_chart_parses_and_has_both_series_axis_labels_and_a_legend() {
    let book = PriceBook::builtin();
    let report = evaluate(&Scenario::default(), &book);
    let svg = chart_svg(&report).expect("drawn");
    let document = roxmltree::Document::parse(&svg).expect("well-formed XML");
    assert!(document.root_element().has_tag_name("svg"));
    let texts = texts(&document);
    for wanted in [
        "Lambda container image",
        "ECS on Fargate",
        "Invocation rate (per second, log scale)",
        "Monthly cost, USD (log scale)",
        "now: 10/s",
    ] {
        assert!(texts.iter().any(|text| text == wanted), "{wanted} missing from {texts:?}");
    }
    assert!(texts.iter().any(|text| text.starts_with("break-even: ")), "{texts:?}");
    // Each curve is one polyline in its own colour, with a point per curve sample.
    let lines: Vec<_> =
        document.descendants().filter(|node| node.has_tag_name("polyline")).collect();
    for colour in ["#E07B00", "#1F5FBF"] {
        let curve = lines
            .iter()
            .filter(|node| node.attribute("stroke") == Some(colour))
            .max_by_key(|node| node.attribute("points").map_or(0, str::len))
            .expect("a polyline in the curve's colour");
        let points = curve.attribute("points").expect("points").split_whitespace().count();
        assert!(points >= report.curves.rates.len() / 2, "{colour}: {points} points");
    }
}

#[test]
fn every_preset_draws_even_with_a_platform_blocked() {
    let book = PriceBook::builtin();
    for preset in presets::all() {
        let report = evaluate(&preset.scenario, &book);
        let svg = chart_svg(&report).expect("drawn");
        roxmltree::Document::parse(&svg).expect("well-formed XML");
        // Both platforms keep a legend entry; a blocked one says so.
        let texts = texts(&roxmltree::Document::parse(&svg).expect("well-formed XML"));
        for platform in Platform::ALL {
            let name = lvf::wording::chart::series(platform);
            let entry = if report.platforms[platform].is_blocked() {
                format!("{name} (blocked)")
            } else {
                name.to_string()
            };
            assert!(texts.contains(&entry), "{}: {entry} missing from {texts:?}", preset.name);
        }
    }
}

#[test]
fn the_binary_writes_the_svg() {
    let output = cli_support::command(["export", "--format", "svg"]).output().expect("runs");
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    let text = String::from_utf8(output.stdout).expect("UTF-8");
    assert!(text.starts_with("<svg") && text.trim_end().ends_with("</svg>"), "{text}");
}

#[test]
fn the_range_within_10_percent_is_a_shaded_band_named_in_the_legend() {
    let book = PriceBook::builtin();
    let scenario = Scenario {
        utilization: 0.4,
        peak: 1.0,
        cold_start_share: Some(0.05),
        ..presets::find("ml-inference").expect("preset").scenario
    };
    let report = evaluate(&scenario, &book);
    assert_eq!(report.parity.len(), 1);
    let svg = chart_svg(&report).expect("drawn");
    let document = roxmltree::Document::parse(&svg).expect("well-formed XML");
    let legend = lvf::wording::parity::legend(&report.parity).expect("a legend entry");
    assert!(texts(&document).contains(&legend), "{legend}");
    // The band and its legend swatch: two filled rectangles more than the default's chart.
    let rects = |svg: &str| {
        let document = roxmltree::Document::parse(svg).expect("well-formed XML");
        document.descendants().filter(|node| node.has_tag_name("rect")).count()
    };
    let plain = chart_svg(&evaluate(&Scenario::default(), &book)).expect("drawn");
    assert_eq!(rects(&svg), rects(&plain) + 2);
}

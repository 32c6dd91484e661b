//! The markdown snapshot of real reports: three presets as insta snapshots at a fixed time, and
//! every preset checked for structure (tables, mermaid) and for agreeing with its own report.

mod export_support;

use export_support::{check_structure, provenance};
use lvf::engine::cost::format_usd;
use lvf::engine::presets;
use lvf::engine::pricing::PriceBook;
use lvf::engine::{evaluate, units};
use lvf::export::{self, Provenance};

fn document_of(name: &str, provenance: &Provenance) -> String {
    let book = PriceBook::builtin();
    let preset = presets::find(name).unwrap_or_else(|| panic!("no preset {name}"));
    let report = evaluate(&preset.scenario, &book);
    export::document(&report, &book, provenance)
}

#[test]
fn graphql_api_snapshot() {
    insta::assert_snapshot!("graphql_api", document_of("graphql-api", &provenance()));
}

#[test]
fn seed_cost_example_snapshot_explains_the_seed() {
    let doc = document_of("seed-cost-example", &provenance());
    // DESIGN's "The seed's example": the real figures, not the article's.
    assert!(doc.contains("7,200 GB-s"), "{doc}");
    assert!(doc.contains("--task-vcpu 1 --task-memory 2"), "{doc}");
    insta::assert_snapshot!("seed_cost_example", doc);
}

#[test]
fn background_worker_snapshot_shows_lambda_blocked() {
    let doc = document_of("background-worker", &provenance());
    assert!(doc.contains("⛔ **Lambda cannot run this workload:**"), "{doc}");
    insta::assert_snapshot!("background_worker", doc);
}

#[test]
fn every_preset_is_well_formed_and_agrees_with_its_report() {
    let book = PriceBook::builtin();
    for preset in presets::all() {
        let report = evaluate(&preset.scenario, &book);
        let doc = export::document(&report, &book, &provenance());
        let structure = check_structure(&doc);
        let lines = report.platforms.values().filter(|bill| bill.monthly_usd.is_some()).count();
        assert_eq!(
            structure.mermaid_series, lines,
            "{}: one mermaid line per priced platform",
            preset.name
        );
        assert!(structure.headings[0].starts_with("Lambda or Fargate? "), "{}", preset.name);
        // The current rate's row of the rate table shows the same totals as the cost tables.
        let current = units::format_rate(report.scenario.rate_per_s);
        let row = doc
            .lines()
            .find(|line| line.contains("(current) |"))
            .unwrap_or_else(|| panic!("{}: no current row in\n{doc}", preset.name));
        for usd in report.platforms.values().filter_map(|bill| bill.monthly_usd.as_ref()) {
            assert!(
                row.contains(&format_usd(*usd)),
                "{}: {row} lacks {} ({current})",
                preset.name,
                format_usd(*usd)
            );
            assert!(
                doc.contains(&format!("| **Total** | **{}** |", format_usd(*usd))),
                "{}",
                preset.name
            );
        }
        for note in report.notes.iter().map(lvf::wording::note) {
            assert!(doc.contains(note.as_str()), "{}: note {note:?} missing", preset.name);
        }
        for flip in &report.verdict.flip_points {
            let text = lvf::wording::flip(flip);
            assert!(doc.contains(&text), "{}: flip point {text:?} missing", preset.name);
        }
        for row in &report.fit {
            let feature = lvf::wording::feature(row.feature);
            assert!(doc.contains(&format!("| {feature} |")), "{}: fit row {feature}", preset.name);
        }
    }
}

#[test]
fn the_document_is_a_pure_function_of_report_and_time() {
    let first = document_of("serverless-api", &provenance());
    let again = document_of("serverless-api", &provenance());
    assert_eq!(first, again);
    let later = Provenance {
        generated: export::Timestamp::parse_rfc3339("2027-01-02T03:04:05Z").expect("valid"),
        pricing_file: Some("my prices.toml".to_string()),
    };
    let other = document_of("serverless-api", &later);
    assert!(other.contains("--now 2027-01-02T03:04:05Z"), "{other}");
    assert!(other.contains("lvf --pricing 'my prices.toml' export"), "{other}");
    assert!(other.contains("priced with the price book `my prices.toml`"), "{other}");
    let stamp = format!("Generated 2027-01-02T03:04:05Z by lvf {}.", env!("CARGO_PKG_VERSION"));
    assert!(other.trim_end().ends_with(&stamp), "{other}");
}

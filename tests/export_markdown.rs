//! The markdown document's shape, on reports built by hand so that every branch is reached: both
//! platforms priced, one blocked, several crossings. Checked with a real markdown parser: every
//! table has one column count, the mermaid chart has as many values per line as x labels, and
//! the sections come in the order the issue lists.

mod export_support;

use export_support::{check_structure, hand_costs, hand_report, provenance};
use lvf::engine::blocker::Blocker;
use lvf::engine::report::{PerPlatform, Platform};
use lvf::export::markdown;

#[test]
fn a_priced_report_has_every_section_in_order() {
    let report = hand_report();
    let doc = markdown(&report, &hand_costs(&report), &provenance());
    let structure = check_structure(&doc);
    let expected = [
        "Scenario",
        "Workload",
        "Assumptions",
        "Traffic week",
        "Monthly cost at the current rate",
        "Lambda",
        "Fargate",
        "Break-even",
        "Cost by rate",
        "Cost curves",
        "Fit",
        "Verdict: ECS on Fargate",
        "Notes",
        "What this model leaves out",
        "Scenario file",
        "Reproduce",
    ];
    assert_eq!(structure.headings[1..], expected, "{doc}");
    assert!(structure.headings[0].starts_with("Lambda or Fargate? ECS on Fargate"));
    assert_eq!(structure.mermaid_series, 2);
    assert!(doc.contains("Fargate is cheaper above **6.2/s · 16M/month**"), "{doc}");
    assert!(doc.contains("| **10/s** (current) |"), "{doc}");
    assert!(doc.contains("(break-even) |"), "{doc}");
    let stamp = format!("Generated 2026-11-26T09:30:00Z by lvf {}.", env!("CARGO_PKG_VERSION"));
    assert!(doc.trim_end().ends_with(&stamp), "{doc}");
}

#[test]
fn a_blocked_platform_shows_its_blockers_and_no_line() {
    let mut report = hand_report();
    let lambda = &mut report.platforms[Platform::Lambda];
    lambda.monthly_usd = None;
    lambda.lines.clear();
    lambda.blockers = vec![Blocker::Runtime { runtime_s: 7200.0, limit_s: 900.0 }];
    report.curves.cost[Platform::Lambda].clear();
    report.break_even.rate_per_s = None;
    report.break_even.requests_per_month = None;
    report.break_even.crossings.clear();
    let costs = lvf::export::CostTable::compute(&report, |rate| {
        PerPlatform::new(None, Some(export_support::fargate_at(rate)))
    });
    let doc = markdown(&report, &costs, &provenance());
    let structure = check_structure(&doc);
    assert_eq!(structure.mermaid_series, 1, "only Fargate has a line");
    assert!(doc.contains("⛔ **Lambda cannot run this workload:**"), "{doc}");
    assert!(doc.contains("- runtime 2 h exceeds Lambda's 15 min limit"), "{doc}");
    assert!(doc.contains("No break-even: Lambda is blocked"), "{doc}");
    assert!(doc.contains("| ⛔\u{a0}blocked |"), "{doc}");
    assert!(doc.contains("Fargate only"), "{doc}");
}

#[test]
fn several_crossings_are_all_listed() {
    let report = hand_report();
    let doc = markdown(&report, &hand_costs(&report), &provenance());
    check_structure(&doc);
    assert!(doc.contains("The cheaper platform changes more than once"), "{doc}");
    for (rate, cheaper) in [("3.1/s", "Fargate"), ("5/s", "Lambda"), ("6.2/s", "Fargate")] {
        assert!(doc.contains(&format!("| {rate} | ")), "{rate} in {doc}");
        assert!(doc.contains(&format!("| {cheaper} |")), "{cheaper} in {doc}");
        assert!(
            doc.contains(&format!("| {rate} (break-even) |")),
            "{rate} in the rate table: {doc}"
        );
    }
}

#[test]
fn a_single_crossing_needs_no_crossing_table() {
    let mut report = hand_report();
    report.break_even.crossings.drain(..2);
    let doc = markdown(&report, &hand_costs(&report), &provenance());
    check_structure(&doc);
    assert!(!doc.contains("changes more than once"), "{doc}");
}

#[test]
fn pipes_in_engine_text_do_not_break_tables() {
    let mut report = hand_report();
    // The engine's sentences are facts worded by lvf itself now; the free text that still reaches
    // a table is the price book's region name (a user file may say anything).
    report.region_name = "a | b".to_string();
    let doc = markdown(&report, &hand_costs(&report), &provenance());
    check_structure(&doc);
    assert!(doc.contains(r"a \| b"));
}

//! The price-book parser on arbitrary text: it returns a book or an error, never panics, and a
//! book it accepts prices the default workload in finite, non-negative dollars.

#![no_main]

use libfuzzer_sys::fuzz_target;
use lvf::engine::evaluate;
use lvf::engine::pricing::PriceBook;
use lvf::engine::scenario::Scenario;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    let Ok(book) = PriceBook::parse(text) else { return };
    let Some(region) = book.region_keys().next().map(str::to_string) else {
        panic!("an accepted book has a region");
    };
    let scenario = Scenario { region, ..Scenario::default() };
    let report = evaluate(&scenario, &book);
    for line in report.lambda.lines.iter().chain(&report.fargate.lines) {
        assert!(line.usd.is_finite() && line.usd >= 0.0, "{line:?}");
    }
});

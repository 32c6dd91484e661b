//! The value parsers behind every flag and the explorer's editor (duration, rate, count, memory,
//! GB, percent, number, task size, map size, RFC 3339 time) on arbitrary text: an error or a
//! finite, non-negative value, never a panic; and `Scenario::set_text` keeps every input inside
//! its range or changes nothing.

#![no_main]

use std::sync::OnceLock;

use libfuzzer_sys::fuzz_target;
use lvf::cli::scenario_flags::{MAP_MAX, parse_map_size};
use lvf::engine::pricing::PriceBook;
use lvf::engine::scenario::{Input, Scenario, parse_task_size};
use lvf::engine::units;
use lvf::export::Timestamp;

fn finite(result: Result<f64, units::ParseError>, text: &str) {
    if let Ok(value) = result {
        assert!(value.is_finite() && value >= 0.0, "{text:?} read as {value}");
    }
}

/// The built-in book, parsed once: region and task-size inputs are checked against it.
fn book() -> &'static PriceBook {
    static BOOK: OnceLock<PriceBook> = OnceLock::new();
    BOOK.get_or_init(PriceBook::builtin)
}

fuzz_target!(|data: &[u8]| {
    let Some((&which, rest)) = data.split_first() else { return };
    let Ok(text) = std::str::from_utf8(rest) else { return };
    match which % 12 {
        0 => finite(units::parse_duration(text), text),
        1 => finite(units::parse_rate(text), text),
        2 => finite(units::parse_count(text), text),
        3 => finite(units::parse_memory_mb(text), text),
        4 => finite(units::parse_gb(text), text),
        5 => finite(units::parse_percent(text), text),
        6 => finite(units::parse_number(text), text),
        7 => {
            if let Some(size) = parse_task_size(text) {
                assert!(size.vcpu.is_finite() && size.vcpu >= 0.0, "{text:?}");
                assert!(size.memory_gb.is_finite() && size.memory_gb >= 0.0, "{text:?}");
            }
        }
        8 => {
            if let Ok((cols, rows)) = parse_map_size(text) {
                assert!((1..=MAP_MAX.0).contains(&cols) && (1..=MAP_MAX.1).contains(&rows));
            }
        }
        9 => {
            let _ = Timestamp::parse_rfc3339(text);
            let _ = Timestamp::from_source_date_epoch(text);
        }
        _ => {
            let inputs: Vec<Input> = Input::all().collect();
            let input = inputs[usize::from(which / 12) % inputs.len()];
            let mut scenario = Scenario::default();
            let before = scenario.clone();
            match scenario.set_text(input, text, book()) {
                Err(_) => assert_eq!(scenario, before, "a refused value changed nothing"),
                Ok(()) => {
                    if let (Some(spec), Some(value)) = (input.spec(), scenario.number(input)) {
                        assert!(spec.contains(value), "{input:?} {text:?} -> {value}");
                    }
                }
            }
        }
    }
});

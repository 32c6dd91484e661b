//! Writing a scenario file: every key of the input table with its help line above it, in the
//! flag's syntax, in a form that reads back to the identical scenario.

use std::fmt::Write as _;

use super::read::takes_numbers;
use super::{About, VERSION};
use crate::engine::scenario::{INPUTS, Input, Kind, Scenario, TaskSizeChoice, Unit};
use crate::export::command::numeric_text;

/// The scenario as a scenario file: `version`, what it is called, then every input.
pub fn render(scenario: &Scenario, about: &About) -> String {
    let mut out = String::from(
        "# An lvf scenario: `lvf --scenario FILE` opens it, `lvf eval --scenario FILE` reports \
         on it.\n# The keys are the flags' names (lvf --help); a missing key takes its default.\n",
    );
    let _ = writeln!(out, "version = {VERSION}");
    for (key, value) in [("name", &about.name), ("title", &about.title), ("notes", &about.notes)] {
        if let Some(value) = value {
            let _ = writeln!(out, "{key} = {}", quoted(value));
        }
    }
    out.push('\n');
    for def in INPUTS {
        let text = value_text(scenario, def.input);
        // Sizes and counts read as bare numbers (`min-tasks = 2`); the reader passes the
        // number's text to the flag's parser, so it reads back the same either way.
        let number = takes_numbers(def) && scenario.number(def.input).is_some();
        let value = if number { text } else { quoted(&text) };
        let _ = writeln!(out, "# {}\n{} = {value}", def.help, def.name);
    }
    out
}

/// A TOML string: basic, or multi-line for text with line breaks.
fn quoted(text: &str) -> String {
    toml::Value::String(text.to_string()).to_string()
}

/// An input's value in its flag's syntax, reading back to exactly this value from a file.
pub fn value_text(scenario: &Scenario, input: Input) -> String {
    if let Kind::Choice { .. } = input.def().kind {
        return match (input, scenario.task_size) {
            // Shortest floats, so any size reads back exactly.
            (Input::TaskSize, TaskSizeChoice::Fixed(size)) => {
                format!("{} vCPU / {} GB", size.vcpu, size.memory_gb)
            }
            _ => scenario.display(input),
        };
    }
    match (input.spec(), scenario.number(input)) {
        (Some(spec), Some(value)) if spec.unit == Unit::Fraction => percent(value),
        (Some(_), Some(value)) => numeric_text(input, value),
        // A number set to its word: auto, none.
        _ => scenario.display(input),
    }
}

/// A fraction as a percentage: its shortest decimal with the point moved two places right, which
/// the reader moves back ([`super::set_text_exact`]), so every float survives.
pub fn percent(value: f64) -> String {
    let text = format!("{value}");
    let (whole, fraction) = text.split_once('.').unwrap_or((&text, ""));
    let fraction = format!("{fraction:0<2}");
    let (moved, rest) = fraction.split_at(2);
    let whole = format!("{whole}{moved}");
    let whole = whole.trim_start_matches('0');
    let whole = if whole.is_empty() { "0" } else { whole };
    let rest = rest.trim_end_matches('0');
    if rest.is_empty() { format!("{whole}%") } else { format!("{whole}.{rest}%") }
}

/// A file name from a title: lowercase letters, digits and hyphens (`Checkout API, peak` ->
/// `checkout-api-peak`); empty when nothing is left.
pub fn slug(text: &str) -> String {
    let mut out = String::new();
    for ch in text.chars() {
        if ch.is_ascii_alphanumeric() {
            out.push(ch.to_ascii_lowercase());
        } else if !out.ends_with('-') && !out.is_empty() {
            out.push('-');
        }
    }
    out.trim_end_matches('-').chars().take(60).collect()
}

#[cfg(test)]
mod tests {
    use super::super::read::exact_percent;
    use super::*;

    #[test]
    fn percentages_are_written_the_way_people_write_them_and_read_back() {
        assert_eq!(percent(0.25), "25%");
        assert_eq!(percent(1.0), "100%");
        assert_eq!(percent(0.0), "0%");
        assert_eq!(percent(0.0001), "0.01%");
        assert_eq!(percent(0.123_456_789), "12.3456789%");
        for value in [0.1 + 0.2, 0.07, 1.0 / 3.0, 0.999_999_999_999, 5e-10] {
            assert_eq!(exact_percent(&percent(value)), Some(value), "{value}");
        }
    }

    #[test]
    fn slugs_are_file_names() {
        assert_eq!(slug("Checkout API, peak season!"), "checkout-api-peak-season");
        assert_eq!(slug("serverless-api"), "serverless-api");
        assert_eq!(slug("  ¿?  "), "");
    }
}

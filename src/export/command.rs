//! The `lvf export ...` command line that reproduces a document: every input of the scenario as a
//! flag, in a form that reads back to the very same number, and the generation time as `--now`.

use super::time::Timestamp;
use crate::engine::scenario::{Input, Scenario, TaskSizeChoice, Unit, round_significant};
use crate::engine::units;

/// How one numeric value may be written: a unit suffix and the factor from the base unit.
struct Spelling {
    suffix: &'static str,
    per_base: f64,
}

const fn spelling(suffix: &'static str, per_base: f64) -> Spelling {
    Spelling { suffix, per_base }
}

const SECONDS: &[Spelling] = &[
    spelling("ms", 1000.0),
    spelling("s", 1.0),
    spelling("min", 1.0 / 60.0),
    spelling("h", 1.0 / 3600.0),
    spelling("d", 1.0 / 86_400.0),
];
const RATES: &[Spelling] = &[
    spelling("/s", 1.0),
    spelling("/min", 60.0),
    spelling("/h", 3600.0),
    spelling("/day", 86_400.0),
    spelling("/month", units::SECONDS_PER_MONTH),
];
const PLAIN: &[Spelling] = &[spelling("", 1.0)];
const PERCENT: &[Spelling] = &[spelling("%", 100.0)];

/// Spellings to try, most readable first.
fn spellings(unit: Unit) -> &'static [Spelling] {
    match unit {
        Unit::Seconds => SECONDS,
        Unit::RatePerSecond => RATES,
        Unit::Fraction => PERCENT,
        // The rest read as plain numbers (`Unit::reads_plain`).
        _ => PLAIN,
    }
}

/// The shortest decimal text of `value` (plus `suffix`) that `parse` reads back to exactly
/// `target`: `value` rounded to 1, 2, … significant digits, then its neighbouring floats when
/// scaling lost the last bit. Never exponent notation (the parsers read plain decimals).
fn exact_decimal(
    value: f64,
    suffix: &str,
    target: f64,
    parse: impl Fn(&str) -> Option<f64>,
) -> Option<String> {
    let reads_back = |number: f64| {
        let text = format!("{number}{suffix}");
        parse(&text).is_some_and(|read| read.to_bits() == target.to_bits()).then_some(text)
    };
    if let Some(text) = (1..=17).find_map(|digits| reads_back(round_significant(value, digits))) {
        return Some(text);
    }
    // Rounding to 17 digits by arithmetic can miss the value itself, whose shortest decimal
    // (`Display`) is exact.
    if let Some(text) = reads_back(value) {
        return Some(text);
    }
    let (mut above, mut below) = (value, value);
    for _ in 0..MAX_ULPS {
        above = above.next_up();
        below = below.next_down();
        if let Some(text) = reads_back(above).or_else(|| reads_back(below)) {
            return Some(text);
        }
    }
    None
}

/// How far from the scaled value [`exact_decimal`] looks.
const MAX_ULPS: usize = 16;

/// The spelling people would write: the largest unit in which the number is at least 1.
fn natural(spellings: &[Spelling], value: f64) -> usize {
    let at_least_one = |spelling: &Spelling| value * spelling.per_base >= 1.0;
    match spellings.first().map(|first| first.per_base > spellings[spellings.len() - 1].per_base) {
        // Units grow along the list (ms, s, min, …): the last one still >= 1.
        Some(true) => spellings.iter().rposition(at_least_one).unwrap_or(0),
        // Periods grow along the list (/s, /min, …): the first one >= 1.
        _ => spellings.iter().position(at_least_one).unwrap_or(0),
    }
}

/// A numeric input's value as command-line text that reads back exactly: the natural spelling
/// when its number is short, else any other short one, else the exact decimal.
pub fn numeric_text(input: Input, value: f64) -> String {
    let Some(spec) = input.spec() else { return value.to_string() };
    let parse = |text: &str| spec.parse(text).ok();
    let spellings = spellings(spec.unit);
    let first = natural(spellings, value);
    let order = std::iter::once(first).chain((0..spellings.len()).filter(|&index| index != first));
    let mut fallback = None;
    for spelling in order.map(|index| &spellings[index]) {
        let Some(text) = exact_decimal(value * spelling.per_base, spelling.suffix, value, parse)
        else {
            continue;
        };
        let digits = text.chars().filter(char::is_ascii_digit).count();
        if digits <= 6 {
            return text;
        }
        fallback.get_or_insert(text);
    }
    // No decimal reads back to exactly this float in any spelling (a percentage can fall between
    // two): the nearest one, in the natural spelling, off by the last bit.
    fallback.unwrap_or_else(|| {
        let spelling = &spellings[first];
        format!("{}{}", value * spelling.per_base, spelling.suffix)
    })
}

/// The flags and values of one input: none for a switch that is off.
fn flag_values(scenario: &Scenario, input: Input) -> Vec<String> {
    match input {
        Input::FreeTier => {
            if scenario.free_tier {
                vec![input.flag()]
            } else {
                Vec::new()
            }
        }
        // Automatic sizing is what no flag means; a fixed size is spelled in its two halves,
        // which read best.
        Input::TaskSize => match scenario.task_size {
            TaskSizeChoice::Auto => Vec::new(),
            TaskSizeChoice::Fixed(size) => vec![
                "--task-vcpu".to_string(),
                size.vcpu.to_string(),
                "--task-memory".to_string(),
                size.memory_gb.to_string(),
            ],
        },
        _ => {
            let value = match (input.spec(), scenario.number(input)) {
                // The flags read a percentage from its digits, exactly as a scenario file does.
                (Some(spec), Some(number)) if spec.unit == Unit::Fraction => {
                    crate::scenario_file::percent(number)
                }
                (Some(_), Some(number)) => numeric_text(input, number),
                // A choice, or a number set to its word (auto, none).
                _ => scenario.display(input),
            };
            vec![input.flag(), value]
        }
    }
}

/// Quotes a word for a POSIX shell when it needs it.
fn shell_word(word: &str) -> String {
    let plain = word.chars().all(|c| {
        c.is_ascii_alphanumeric()
            || matches!(c, '-' | '_' | '.' | '/' | ':' | '%' | '+' | ',' | '=')
    });
    if plain && !word.is_empty() {
        word.to_string()
    } else {
        format!("'{}'", word.replace('\'', r"'\''"))
    }
}

/// The words of the reproducing command, `lvf` first.
pub fn words(scenario: &Scenario, pricing_file: Option<&str>, generated: Timestamp) -> Vec<String> {
    let mut words = vec!["lvf".to_string()];
    if let Some(file) = pricing_file {
        words.extend(["--pricing".to_string(), file.to_string()]);
    }
    words.push("export".to_string());
    for input in Input::all() {
        words.extend(flag_values(scenario, input));
    }
    words.extend(["--now".to_string(), generated.to_string()]);
    words
}

/// The command as one shell line, wrapped with backslashes after about 90 columns.
pub fn shell_line(scenario: &Scenario, pricing_file: Option<&str>, generated: Timestamp) -> String {
    wrap_words(&words(scenario, pricing_file, generated))
}

/// The plain `lvf` command that opens the explorer on exactly this scenario: every input as a
/// flag, as [`words`] writes them.
pub fn explorer_line(scenario: &Scenario, pricing_file: Option<&str>) -> String {
    wrap_words(&explorer_words(scenario, pricing_file))
}

/// The words of [`explorer_line`], `lvf` first.
pub fn explorer_words(scenario: &Scenario, pricing_file: Option<&str>) -> Vec<String> {
    let mut words = vec!["lvf".to_string()];
    if let Some(file) = pricing_file {
        words.extend(["--pricing".to_string(), file.to_string()]);
    }
    for input in Input::all() {
        words.extend(flag_values(scenario, input));
    }
    words
}

/// Words as one shell line, quoted where a shell would split them, wrapped with backslashes
/// after about 90 columns (a flag and its value stay together).
pub fn wrap_words(words: &[String]) -> String {
    let mut out = String::new();
    let mut column = 0;
    let mut index = 0;
    while index < words.len() {
        // A flag and its value stay on one line.
        let mut group = shell_word(&words[index]);
        index += 1;
        if group.starts_with("--") && index < words.len() && !words[index].starts_with("--") {
            group.push(' ');
            group.push_str(&shell_word(&words[index]));
            index += 1;
        }
        if column > 0 && column + 1 + group.len() > 90 {
            out.push_str(" \\\n   ");
            column = 3;
        }
        if column > 0 {
            out.push(' ');
            column += 1;
        }
        column += group.len();
        out.push_str(&group);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    #[test]
    fn every_numeric_value_reads_back_exactly() {
        for (input, spec) in Input::all().filter_map(|input| Some((input, input.spec()?))) {
            for step in 0..=200 {
                let value = spec.value_at(f64::from(step) / 200.0);
                let text = numeric_text(input, value);
                let read = spec.parse(&text).unwrap_or_else(|error| panic!("{text}: {error}"));
                // A percentage divided by 100 cannot land on every float: some fractions lie
                // between two texts, and the nearest is one bit off. Everything else is exact.
                let tolerance = u64::from(spec.unit == Unit::Fraction);
                let bits_apart = read.to_bits().abs_diff(value.to_bits());
                assert!(bits_apart <= tolerance, "{input:?} {value} as {text} reads {read}");
                assert!(!text.contains('e'), "no exponent notation: {text}");
            }
        }
    }

    #[test]
    fn values_are_written_the_way_people_write_them() {
        assert_eq!(numeric_text(Input::Runtime, 0.12), "120ms");
        assert_eq!(numeric_text(Input::Runtime, 90.0), "1.5min");
        assert_eq!(numeric_text(Input::Rate, 60.0 / 3600.0), "1/min");
        assert_eq!(numeric_text(Input::Rate, 100.0 / units::SECONDS_PER_MONTH), "100/month");
        assert_eq!(numeric_text(Input::Utilization, 0.7), "70%");
    }

    #[test]
    fn the_command_quotes_what_a_shell_would_split() {
        assert_eq!(shell_word("us-east-1"), "us-east-1");
        assert_eq!(shell_word("my prices.toml"), "'my prices.toml'");
        assert_eq!(shell_word("it's"), r"'it'\''s'");
        let line = shell_line(&Scenario::default(), None, Timestamp::from_unix(0).expect("epoch"));
        assert!(line.starts_with("lvf export --runtime 120ms --memory 1024 --rate 10/s"), "{line}");
        assert!(line.ends_with("--now 1970-01-01T00:00:00Z"), "{line}");
        assert!(line.lines().all(|row| row.len() <= 92), "{line}");
        assert!(!line.contains("--free-tier") && !line.contains("--task-vcpu"), "{line}");
    }
}

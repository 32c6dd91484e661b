//! Reading a scenario file: every key of the input table, in its flag's syntax, set through
//! [`Scenario::set_text`] in table order over the defaults; `name`, `title` and `notes` beside
//! them. A missing key keeps its default; an unknown key, a value of the wrong type or a value the
//! flag would refuse is a [`FileError`] at that key.

use toml::Spanned;
use toml::de::{DeTable, DeValue};

use super::located::{self, FileError, shown};
use super::{About, ScenarioFile, VERSION};
use crate::engine::pricing::PriceBook;
use crate::engine::scenario::{INPUTS, Input, InputDef, InputError, Kind, Scenario, Unit};

/// The keys beside the inputs.
const ABOUT_KEYS: [&str; 3] = ["name", "title", "notes"];

/// Reads a scenario file's text (TOML, `version = 1` first).
pub fn parse(text: &str, book: &PriceBook) -> Result<ScenarioFile, FileError> {
    let document = DeTable::parse(text).map_err(|error| located::syntax(text, &error))?;
    let table = document.get_ref();
    check_version(text, table, "scenario file")?;
    parse_table(text, table, book, Scenario::default(), &["version"])
}

/// Checks the `version` key of a scenario file or deck: present, and 1.
pub(super) fn check_version(text: &str, table: &DeTable<'_>, what: &str) -> Result<(), FileError> {
    let Some(value) = table.get("version") else {
        return Err(FileError {
            line: 1,
            column: 1,
            key: "version".to_string(),
            value: None,
            problem: format!(
                "this key is missing; it is required: a {what} starts with version = {VERSION}"
            ),
        });
    };
    match value.get_ref() {
        DeValue::Integer(number) if number.as_str() == "1" => Ok(()),
        _ => Err(FileError::at(
            text,
            &value.span(),
            "version",
            Some(shown(text, value)),
            format!("this lvf reads version {VERSION} files; accepted: version = {VERSION}"),
        )),
    }
}

/// Reads one table of scenario keys over `base`; keys in `skip` belong to the caller (`version`,
/// a deck slide's `file`).
pub fn parse_table(
    text: &str,
    table: &DeTable<'_>,
    book: &PriceBook,
    base: Scenario,
    skip: &[&str],
) -> Result<ScenarioFile, FileError> {
    for (key, value) in table {
        let name = key.get_ref().as_ref();
        if skip.contains(&name) || ABOUT_KEYS.contains(&name) || find_input(name).is_some() {
            continue;
        }
        return Err(unknown(text, key.span(), name, value, skip));
    }
    let mut about = About::default();
    for (slot, key) in
        [&mut about.name, &mut about.title, &mut about.notes].into_iter().zip(ABOUT_KEYS)
    {
        if let Some(value) = table.get(key) {
            *slot = Some(string(text, key, value)?);
        }
    }
    let mut scenario = base;
    for def in INPUTS {
        let mut given = std::iter::once(def.name)
            .chain(def.aliases.iter().copied())
            .filter_map(|name| table.get(name).map(|value| (name, value)));
        let Some((name, value)) = given.next() else { continue };
        if let Some((other, value)) = given.next() {
            return Err(FileError::at(
                text,
                &value.span(),
                other,
                Some(shown(text, value)),
                format!(
                    "{name} is set too; {other} is another name for it (accepted: one of them)"
                ),
            ));
        }
        let typed = value_as_text(text, def, name, value)?;
        set(&mut scenario, def, &typed, book).map_err(|problem| {
            FileError::at(text, &value.span(), name, Some(shown(text, value)), problem)
        })?;
    }
    Ok(ScenarioFile { about, scenario })
}

/// The input a key names (its name or an earlier spelling).
fn find_input(name: &str) -> Option<&'static InputDef> {
    INPUTS.iter().find(|def| def.name == name || def.aliases.contains(&name))
}

fn unknown(
    text: &str,
    span: std::ops::Range<usize>,
    name: &str,
    value: &Spanned<DeValue<'_>>,
    skip: &[&str],
) -> FileError {
    let known = INPUTS.iter().map(|def| def.name).chain(ABOUT_KEYS).chain(skip.iter().copied());
    let accepted = "accepted: the flags' names (see lvf --help), name, title and notes";
    let hint = match located::did_you_mean(name, known) {
        Some(near) => format!("unknown key; did you mean {near}? ({accepted})"),
        None => format!("unknown key; {accepted}"),
    };
    FileError::at(text, &span, name, Some(shown(text, value)), hint)
}

/// A quoted string value, or an error naming its type (scenario files and decks alike).
pub(super) fn string(
    text: &str,
    key: &str,
    value: &Spanned<DeValue<'_>>,
) -> Result<String, FileError> {
    match value.get_ref() {
        DeValue::String(string) => Ok(string.to_string()),
        other => Err(FileError::at(
            text,
            &value.span(),
            key,
            Some(shown(text, value)),
            format!("wrong type: expected a quoted string, found {}", other.type_str()),
        )),
    }
}

/// Whether a bare TOML number reads the same as the flag's text: sizes and counts, whose flags
/// take a plain number. A duration, rate or percentage needs its unit to be unambiguous.
pub(super) fn takes_numbers(def: &InputDef) -> bool {
    match def.kind {
        Kind::Number { spec, .. } | Kind::Optional { spec, .. } => spec.unit.reads_plain(),
        Kind::Choice { .. } => false,
    }
}

/// A value as the flag's text: strings as they are, numbers where [`takes_numbers`], `true` and
/// `false` for the switch.
fn value_as_text(
    text: &str,
    def: &InputDef,
    name: &str,
    value: &Spanned<DeValue<'_>>,
) -> Result<String, FileError> {
    let example = def.examples.split(", ").next().filter(|example| !example.is_empty());
    let example = example.unwrap_or(def.default);
    let problem = match value.get_ref() {
        DeValue::String(string) => return Ok(string.to_string()),
        DeValue::Integer(_) | DeValue::Float(_) if takes_numbers(def) => {
            let raw = text.get(value.span()).unwrap_or_default();
            return Ok(raw.replace('_', ""));
        }
        DeValue::Boolean(on) if def.input == Input::FreeTier => {
            return Ok(if *on { "on" } else { "off" }.to_string());
        }
        DeValue::Integer(_) | DeValue::Float(_) => format!(
            "a bare number is ambiguous here; write it as a string with its unit, for example \
             {name} = \"{example}\""
        ),
        other => format!(
            "wrong type: expected a quoted string such as {name} = \"{example}\", found {}",
            other.type_str()
        ),
    };
    Err(FileError::at(text, &value.span(), name, Some(shown(text, value)), problem))
}

/// Sets one input from its text, as the flag does. Percentages are then read exactly: lvf writes a
/// fraction's shortest decimal with the point moved two places ([`super::percent`]), and moving it
/// back gives that very float, where dividing by 100 can miss it by the last bit.
pub fn set_text_exact(
    scenario: &mut Scenario,
    input: Input,
    typed: &str,
    book: &PriceBook,
) -> Result<(), InputError> {
    scenario.set_text(input, typed, book)?;
    if input.spec().is_some_and(|spec| spec.unit == Unit::Fraction)
        && let Some(exact) = exact_percent(typed)
    {
        scenario.set_number(input, exact);
    }
    Ok(())
}

fn set(
    scenario: &mut Scenario,
    def: &InputDef,
    typed: &str,
    book: &PriceBook,
) -> Result<(), String> {
    set_text_exact(scenario, def.input, typed, book).map_err(|error| error.to_string())
}

/// `12.5%` as the float nearest to 0.125, read from the digits with the point moved.
pub(super) fn exact_percent(typed: &str) -> Option<f64> {
    let number = typed.trim().trim_end_matches('%').trim_end();
    let (whole, fraction) = number.split_once('.').unwrap_or((number, ""));
    let digits_only = |part: &str| part.chars().all(|c| c.is_ascii_digit());
    if whole.is_empty() || !digits_only(whole) || !digits_only(fraction) {
        return None;
    }
    let whole = format!("{whole:0>3}");
    let (head, tail) = whole.split_at(whole.len() - 2);
    format!("{head}.{tail}{fraction}").parse().ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn percentages_are_read_from_their_digits() {
        assert_eq!(exact_percent("25%"), Some(0.25));
        assert_eq!(exact_percent("7"), Some(0.07));
        assert_eq!(exact_percent("12.3456789%"), Some(0.123_456_789));
        assert_eq!(exact_percent("100%"), Some(1.0));
        assert_eq!(exact_percent("-5%"), None);
        assert_eq!(exact_percent("1e3%"), None);
    }
}

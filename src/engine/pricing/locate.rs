//! Reading a price book's text and saying exactly where it is wrong.
//!
//! The text is parsed twice: once into toml's spanned document tree (every key and value keeps its
//! byte range), once into the typed [`PriceBook`]. A serde error carries a byte range, which the
//! tree turns into a key path; a broken rule from [`super::validate`] carries a key path, which the
//! tree turns into a byte range. Either way the error names line, column, key, value and what is
//! accepted.

use std::fmt;
use std::ops::Range;

use thiserror::Error;
use toml::Spanned;
use toml::de::{DeTable, DeValue};

use super::PriceBook;
use super::validate::{self, Issue};

/// Longest value quoted in an error; longer ones (whole inline tables) are cut with "...".
const MAX_VALUE_CHARS: usize = 60;

/// Why a price book was rejected, and where. Displays as
/// `line 12 column 9: regions.us-east-1.lambda.requests.usd = "-0.2": a price must be …`;
/// the caller adds the file name in front.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
#[error("{}", self.describe())]
pub struct PriceBookError {
    /// 1-based line of the offending key or value.
    pub line: usize,
    /// 1-based column (in characters).
    pub column: usize,
    /// Dotted key path (`regions.us-east-1.lambda.requests.usd`); empty when not known.
    pub key: String,
    /// The offending value as written, when there is one (a missing key has none).
    pub value: Option<String>,
    /// What is wrong and what is accepted.
    pub problem: String,
}

impl PriceBookError {
    fn describe(&self) -> String {
        let at = format!("line {} column {}", self.line, self.column);
        match (self.key.is_empty(), &self.value) {
            (false, Some(value)) => format!("{at}: {} = \"{value}\": {}", self.key, self.problem),
            (false, None) => format!("{at}: {}: {}", self.key, self.problem),
            (true, Some(value)) => format!("{at}: \"{value}\": {}", self.problem),
            (true, None) => format!("{at}: {}", self.problem),
        }
    }
}

/// A key path into the book: `regions.us-east-1.lambda.duration-x86-64[1].up-to`.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(super) struct KeyPath(Vec<Segment>);

#[derive(Debug, Clone, PartialEq, Eq)]
enum Segment {
    Key(String),
    Index(usize),
}

impl KeyPath {
    /// This path extended by a table key.
    pub(super) fn key(&self, key: &str) -> KeyPath {
        let mut segments = self.0.clone();
        segments.push(Segment::Key(key.to_string()));
        KeyPath(segments)
    }

    /// This path extended by an array index.
    pub(super) fn index(&self, index: usize) -> KeyPath {
        let mut segments = self.0.clone();
        segments.push(Segment::Index(index));
        KeyPath(segments)
    }
}

impl fmt::Display for KeyPath {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (position, segment) in self.0.iter().enumerate() {
            match segment {
                Segment::Key(key) => {
                    if position > 0 {
                        f.write_str(".")?;
                    }
                    let bare = !key.is_empty()
                        && key.chars().all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_');
                    if bare { f.write_str(key)? } else { write!(f, "{key:?}")? }
                }
                Segment::Index(index) => write!(f, "[{index}]")?,
            }
        }
        Ok(())
    }
}

/// Parses and validates; see [`PriceBook::parse`].
pub(super) fn parse(text: &str) -> Result<PriceBook, PriceBookError> {
    let document = DeTable::parse(text).map_err(|error| syntax_error(text, &error))?;
    let book: PriceBook =
        toml::from_str(text).map_err(|error| shape_error(text, document.get_ref(), &error))?;
    validate::validate(&book).map_err(|issue| rule_error(text, document.get_ref(), &issue))?;
    Ok(book)
}

/// 1-based line and column (in characters) of a byte offset.
fn line_column(text: &str, offset: usize) -> (usize, usize) {
    let offset = floor_char_boundary(text, offset.min(text.len()));
    let before = &text[..offset];
    let line = before.matches('\n').count() + 1;
    let line_start = before.rfind('\n').map_or(0, |newline| newline + 1);
    (line, before[line_start..].chars().count() + 1)
}

fn floor_char_boundary(text: &str, mut offset: usize) -> usize {
    while !text.is_char_boundary(offset) {
        offset -= 1;
    }
    offset
}

/// A value as the user wrote it: strings without their quotes, anything else verbatim, on one
/// line and cut to [`MAX_VALUE_CHARS`].
fn shown_value(text: &str, value: &Spanned<DeValue<'_>>) -> String {
    let raw = match value.get_ref() {
        DeValue::String(string) => string.to_string(),
        _ => text.get(value.span()).unwrap_or_default().to_string(),
    };
    shorten(&raw)
}

fn shorten(raw: &str) -> String {
    let one_line = raw.split_whitespace().collect::<Vec<_>>().join(" ");
    if one_line.chars().count() > MAX_VALUE_CHARS {
        let cut: String = one_line.chars().take(MAX_VALUE_CHARS - 3).collect();
        format!("{cut}...")
    } else {
        one_line
    }
}

/// Not TOML at all. toml's span points at the offending token; the key is read from the line
/// (and the table header above it), since there is no tree to ask.
fn syntax_error(text: &str, error: &toml::de::Error) -> PriceBookError {
    let offset = error.span().map_or(0, |span| span.start);
    let (line, column) = line_column(text, offset);
    let line_text = text.lines().nth(line - 1).unwrap_or_default().trim();
    let header = text
        .lines()
        .take(line - 1)
        .filter_map(|candidate| {
            let candidate = candidate.trim();
            candidate.starts_with('[').then(|| {
                candidate.trim_start_matches('[').split(']').next().unwrap_or_default().trim()
            })
        })
        .last()
        .unwrap_or_default();
    let (key, value) = match line_text.split_once('=') {
        Some((key, value)) if !line_text.starts_with('[') => {
            let key = key.trim();
            let key = if header.is_empty() { key.to_string() } else { format!("{header}.{key}") };
            let value = value.trim();
            let unquoted = ['"', '\''].iter().find_map(|&quote| {
                value.strip_prefix(quote).and_then(|inner| inner.strip_suffix(quote))
            });
            (key, unquoted.unwrap_or(value))
        }
        _ => (String::new(), line_text),
    };
    PriceBookError {
        line,
        column,
        key,
        value: Some(shorten(value)),
        problem: match error.message().trim() {
            "duplicate key" => "this key is already set in this table; each key appears once \
                                (remove one of them)"
                .to_string(),
            message => {
                format!(
                    "this is not valid TOML: {message} (see pricing.toml for the accepted layout)"
                )
            }
        },
    }
}

/// Valid TOML of the wrong shape: an unknown or missing key, a value of the wrong type.
fn shape_error(text: &str, document: &DeTable<'_>, error: &toml::de::Error) -> PriceBookError {
    let span = error.span().unwrap_or(0..0);
    let found = find_at(document, span.start);
    let message = error.message().trim();
    let (line, column) = line_column(text, span.start);
    let path = found.as_ref().map(|found| found.path.clone()).unwrap_or_default();
    let value = found.as_ref().map(|found| shown_value(text, found.value));

    if let Some(missing) = between(message, "missing field `", "`") {
        return PriceBookError {
            line,
            column,
            key: path.key(missing).to_string(),
            value: None,
            problem: format!(
                "this key is missing; it is required (for example {})",
                example_for(missing)
            ),
        };
    }
    if let Some(rest) = message.strip_prefix("unknown field `") {
        let accepted = rest.split_once("`, ").map_or("", |(_, accepted)| accepted);
        return PriceBookError {
            line,
            column,
            key: path.to_string(),
            value,
            problem: format!("unknown key; {accepted}"),
        };
    }
    let problem = match message.strip_prefix("invalid type: ") {
        Some(rest) => format!("wrong type: {}", plain_types(rest)),
        None => plain_types(message),
    };
    PriceBookError { line, column, key: path.to_string(), value, problem }
}

/// A broken rule: find the value its path names.
fn rule_error(text: &str, document: &DeTable<'_>, issue: &Issue) -> PriceBookError {
    let (span, value) = match lookup(document, &issue.path) {
        Some(value) => (value.span(), Some(shown_value(text, value))),
        None => (0..0, None),
    };
    let (line, column) = line_column(text, span.start);
    PriceBookError {
        line,
        column,
        key: issue.path.to_string(),
        value,
        problem: issue.problem.clone(),
    }
}

/// serde's type names in words a price-book editor uses.
fn plain_types(message: &str) -> String {
    let message = message
        .replace("expected f64", "expected a number (for example 0.0000002)")
        .replace(
            "floating-point number overflowed",
            "the number is too large to read: numbers must be finite (for example 0.0000002)",
        )
        .replace("expected a sequence", "expected an array [ ... ]")
        .replace("expected a string", "expected a quoted string")
        .replace("sequence", "array")
        .replace("map", "table");
    match message.find("expected struct ") {
        Some(index) => format!("{}expected a table", &message[..index]),
        None => message,
    }
}

/// An example line for a key that is missing.
fn example_for(key: &str) -> String {
    match key {
        "usd" => "usd = 0.0000002".to_string(),
        "amount" => "amount = 400_000".to_string(),
        "value" => "value = 0.70".to_string(),
        "source" => "source = \"https://aws.amazon.com/lambda/pricing/\"".to_string(),
        "as-of" => "as-of = \"2026-11-26\"".to_string(),
        "currency" => "currency = \"USD\"".to_string(),
        "name" => "name = \"US East (N. Virginia)\"".to_string(),
        "vcpu" => "vcpu = 1".to_string(),
        "memory-gb" => "memory-gb = [2, 3, 4]".to_string(),
        "regions" => "a [regions.us-east-1] table".to_string(),
        other => format!("the `{other}` entry of the shipped pricing.toml"),
    }
}

fn between<'a>(text: &'a str, start: &str, end: &str) -> Option<&'a str> {
    let rest = text.strip_prefix(start)?;
    rest.split_once(end).map(|(inside, _)| inside)
}

/// The value at a key path, or the deepest value on the way there that exists.
fn lookup<'a, 'i>(document: &'a DeTable<'i>, path: &KeyPath) -> Option<&'a Spanned<DeValue<'i>>> {
    let mut current: Option<&Spanned<DeValue<'i>>> = None;
    for segment in &path.0 {
        let next = match (segment, current.map(Spanned::get_ref)) {
            (Segment::Key(key), None) => document.get(key.as_str()),
            (Segment::Key(key), Some(DeValue::Table(table))) => table.get(key.as_str()),
            (Segment::Index(index), Some(DeValue::Array(array))) => array.get(*index),
            _ => None,
        };
        match next {
            Some(value) => current = Some(value),
            None => break,
        }
    }
    current
}

/// The innermost key or value whose span holds `offset`, with its path.
struct Found<'a, 'i> {
    path: KeyPath,
    value: &'a Spanned<DeValue<'i>>,
    width: usize,
}

fn find_at<'a, 'i>(document: &'a DeTable<'i>, offset: usize) -> Option<Found<'a, 'i>> {
    let mut best = None;
    search_table(document, &KeyPath::default(), offset, &mut best);
    best
}

fn holds(span: &Range<usize>, offset: usize) -> bool {
    span.start <= offset && offset < span.end
}

fn consider<'a, 'i>(
    best: &mut Option<Found<'a, 'i>>,
    path: &KeyPath,
    span: &Range<usize>,
    value: &'a Spanned<DeValue<'i>>,
) {
    let width = span.end - span.start;
    // `<=`: a deeper node with the same span (an array of tables and its first element share
    // the header's span) is the better answer.
    if best.as_ref().is_none_or(|found| width <= found.width) {
        *best = Some(Found { path: path.clone(), value, width });
    }
}

fn search_table<'a, 'i>(
    table: &'a DeTable<'i>,
    path: &KeyPath,
    offset: usize,
    best: &mut Option<Found<'a, 'i>>,
) {
    for (key, value) in table {
        let key_path = path.key(key.get_ref());
        if holds(&key.span(), offset) {
            consider(best, &key_path, &key.span(), value);
        }
        search_value(value, &key_path, offset, best);
    }
}

fn search_value<'a, 'i>(
    value: &'a Spanned<DeValue<'i>>,
    path: &KeyPath,
    offset: usize,
    best: &mut Option<Found<'a, 'i>>,
) {
    if holds(&value.span(), offset) {
        consider(best, path, &value.span(), value);
    }
    match value.get_ref() {
        DeValue::Table(table) => search_table(table, path, offset, best),
        DeValue::Array(array) => {
            for (index, item) in array.iter().enumerate() {
                search_value(item, &path.index(index), offset, best);
            }
        }
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn key_paths_read_like_toml() {
        let path = KeyPath::default().key("regions").key("us-east-1").key("tiers").index(1);
        assert_eq!(path.key("up-to").to_string(), "regions.us-east-1.tiers[1].up-to");
        assert_eq!(KeyPath::default().key("a b").to_string(), "\"a b\"");
    }

    #[test]
    fn line_and_column_count_characters() {
        let text = "a = 1\nbé = 2\n";
        assert_eq!(line_column(text, 0), (1, 1));
        assert_eq!(line_column(text, 6), (2, 1));
        assert_eq!(line_column(text, 10), (2, 4));
    }

    #[test]
    fn long_values_are_cut() {
        let long = "x".repeat(100);
        assert_eq!(shorten(&long).chars().count(), MAX_VALUE_CHARS);
        assert_eq!(shorten("{ a = 1,\n  b = 2 }"), "{ a = 1, b = 2 }");
    }
}

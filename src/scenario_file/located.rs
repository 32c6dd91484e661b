//! Where a scenario file or deck is wrong: line and column, key, the value as written and what is
//! accepted, in the form the price book's errors take (the caller puts the file name in front).

use std::ops::Range;

use thiserror::Error;
use toml::Spanned;
use toml::de::DeValue;

/// Longest value quoted in an error; longer ones are cut with "...".
const MAX_VALUE_CHARS: usize = 60;

/// Why a scenario file or deck was refused, and where. Displays as
/// `line 3 column 11: runtime = "2 parsecs": Runtime: ... (for example 120ms)`.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
#[error("{}", self.describe())]
pub struct FileError {
    /// 1-based line of the offending key or value (0: the file as a whole).
    pub line: usize,
    /// 1-based column, in characters.
    pub column: usize,
    /// The key, dotted inside a deck (`slide[2].runtime`); empty when there is none.
    pub key: String,
    /// The value as written, when there is one.
    pub value: Option<String>,
    /// What is wrong and what is accepted.
    pub problem: String,
}

impl FileError {
    fn describe(&self) -> String {
        let at = if self.line == 0 {
            String::new()
        } else {
            format!("line {} column {}: ", self.line, self.column)
        };
        match (self.key.is_empty(), &self.value) {
            (false, Some(value)) => format!("{at}{} = \"{value}\": {}", self.key, self.problem),
            (false, None) => format!("{at}{}: {}", self.key, self.problem),
            (true, Some(value)) => format!("{at}\"{value}\": {}", self.problem),
            (true, None) => format!("{at}{}", self.problem),
        }
    }

    /// An error at `span` of `text`.
    pub(super) fn at(
        text: &str,
        span: &Range<usize>,
        key: &str,
        value: Option<String>,
        problem: String,
    ) -> FileError {
        let (line, column) = line_column(text, span.start);
        FileError { line, column, key: key.to_string(), value, problem }
    }

    /// The same error moved down by `lines` (a block inside a markdown file).
    #[must_use]
    pub(super) fn shifted(mut self, lines: usize) -> FileError {
        if self.line > 0 {
            self.line += lines;
        }
        self
    }

    /// The same error under a key prefix (`slide[1].`).
    #[must_use]
    pub(super) fn under(mut self, prefix: &str) -> FileError {
        self.key = if self.key.is_empty() {
            prefix.trim_end_matches('.').to_string()
        } else {
            format!("{prefix}{}", self.key)
        };
        self
    }
}

/// 1-based line and column (in characters) of a byte offset.
pub(super) fn line_column(text: &str, offset: usize) -> (usize, usize) {
    let mut offset = offset.min(text.len());
    while !text.is_char_boundary(offset) {
        offset -= 1;
    }
    let before = &text[..offset];
    let line = before.matches('\n').count() + 1;
    let line_start = before.rfind('\n').map_or(0, |newline| newline + 1);
    (line, before[line_start..].chars().count() + 1)
}

/// A value as the user wrote it: strings without their quotes, anything else verbatim, on one
/// line and cut to [`MAX_VALUE_CHARS`].
pub(super) fn shown(text: &str, value: &Spanned<DeValue<'_>>) -> String {
    let raw = match value.get_ref() {
        DeValue::String(string) => string.to_string(),
        _ => text.get(value.span()).unwrap_or_default().to_string(),
    };
    let one_line = raw.split_whitespace().collect::<Vec<_>>().join(" ");
    if one_line.chars().count() > MAX_VALUE_CHARS {
        let cut: String = one_line.chars().take(MAX_VALUE_CHARS - 3).collect();
        format!("{cut}...")
    } else {
        one_line
    }
}

/// Not TOML at all: toml's span points at the offending token.
pub(super) fn syntax(text: &str, error: &toml::de::Error) -> FileError {
    let span = error.span().unwrap_or(0..0);
    let line_text = text.lines().nth(line_column(text, span.start).0 - 1).unwrap_or_default();
    let problem = match error.message().trim() {
        "duplicate key" => "this key is already set; each key appears once".to_string(),
        message => format!("this is not valid TOML: {message} (for example runtime = \"120ms\")"),
    };
    let line_text = line_text.trim();
    let value = (!line_text.is_empty()).then(|| line_text.chars().take(MAX_VALUE_CHARS).collect());
    FileError::at(text, &span, "", value, problem)
}

/// The candidate closest to a mistyped key, when it is close enough to be the one meant.
pub(super) fn did_you_mean<'a>(
    key: &str,
    candidates: impl Iterator<Item = &'a str>,
) -> Option<&'a str> {
    let key = key.to_ascii_lowercase();
    candidates
        .map(|candidate| (distance(&key, candidate), candidate))
        .filter(|(distance, candidate)| *distance <= (candidate.len() / 3).max(2))
        .min_by_key(|(distance, _)| *distance)
        .map(|(_, candidate)| candidate)
}

/// Edit distance (Levenshtein), by characters.
fn distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut previous = row[0];
        row[0] = i + 1;
        for (j, cb) in b.iter().enumerate() {
            let substitution = previous + usize::from(ca != *cb);
            previous = row[j + 1];
            row[j + 1] = substitution.min(row[j] + 1).min(previous + 1);
        }
    }
    row[b.len()]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn near_misses_are_suggested_and_strangers_are_not() {
        let keys = ["runtime", "memory", "min-tasks", "cpu-share"];
        assert_eq!(did_you_mean("runtim", keys.into_iter()), Some("runtime"));
        assert_eq!(did_you_mean("min_tasks", keys.into_iter()), Some("min-tasks"));
        assert_eq!(did_you_mean("colour", keys.into_iter()), None);
    }

    #[test]
    fn errors_read_like_the_price_books() {
        let error = FileError::at("a = 1\nb = 2\n", &(6..7), "b", Some("2".into()), "bad".into());
        assert_eq!(error.to_string(), "line 2 column 1: b = \"2\": bad");
        assert_eq!(
            error.shifted(3).under("slide[1].").to_string(),
            "line 5 column 1: slide[1].b = \"2\": bad"
        );
    }
}

//! Decks for meetings: `version = 1`, an optional `title`, then `[[slide]]` tables, each with a
//! `title` and either `file = "a.toml"` (relative to the deck; keys beside it override the file)
//! or the scenario's keys inline. `lvf --deck FILE` steps through them with `n`/`N`.

use std::path::Path;

use toml::de::{DeTable, DeValue};

use super::located::{self, FileError, shown};
use super::read::{check_version, parse_table, string};
use super::{About, ScenarioFile};
use crate::commands::user_file;
use crate::engine::pricing::PriceBook;
use crate::engine::scenario::Scenario;

/// One slide: its title and its scenario.
#[derive(Debug, Clone, PartialEq)]
pub struct Slide {
    pub title: String,
    pub about: About,
    pub scenario: Scenario,
}

/// A deck's slides, in order.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Deck {
    pub title: Option<String>,
    pub slides: Vec<Slide>,
}

/// The keys of a deck's top table.
const DECK_KEYS: [&str; 3] = ["version", "title", "slide"];

/// Reads the deck at `path`; slide files are read relative to its directory. The error names
/// the deck (and the slide's file, when that is where the fault is) and reads as one line.
pub fn load(path: &Path, book: &PriceBook) -> Result<Deck, String> {
    let name = path.display();
    let text = user_file::read_text(path)
        .map_err(|problem| format!("deck file \"{name}\": cannot read it: {problem}"))?;
    let dir = path.parent().unwrap_or(Path::new(""));
    parse(&text, dir, book).map_err(|error| match error {
        DeckError::Here(error) => format!("deck file \"{name}\", {error}"),
        DeckError::Slide(index, error) => format!("deck file \"{name}\", slide[{index}]: {error}"),
    })
}

/// Where a deck went wrong: in its own text, or in a slide's file.
#[derive(Debug)]
enum DeckError {
    Here(FileError),
    Slide(usize, String),
}

impl From<FileError> for DeckError {
    fn from(error: FileError) -> Self {
        DeckError::Here(error)
    }
}

fn parse(text: &str, dir: &Path, book: &PriceBook) -> Result<Deck, DeckError> {
    let document = DeTable::parse(text).map_err(|error| located::syntax(text, &error))?;
    let table = document.get_ref();
    check_version(text, table, "deck")?;
    for (key, value) in table {
        let name = key.get_ref().as_ref();
        if !DECK_KEYS.contains(&name) {
            let hint = match located::did_you_mean(name, DECK_KEYS.into_iter()) {
                Some(near) => format!(
                    "unknown key; did you mean {near}? (accepted: version, title and [[slide]] \
                     tables)"
                ),
                None => "unknown key; accepted: version, title and [[slide]] tables".to_string(),
            };
            return Err(DeckError::Here(FileError::at(
                text,
                &key.span(),
                name,
                Some(shown(text, value)),
                hint,
            )));
        }
    }
    let title = match table.get("title") {
        Some(value) => Some(string(text, "title", value)?),
        None => None,
    };
    let slides = match table.get("slide").map(|value| (value, value.get_ref())) {
        Some((_, DeValue::Array(slides))) if !slides.is_empty() => slides,
        Some((value, _)) => Err(FileError::at(
            text,
            &value.span(),
            "slide",
            Some(shown(text, value)),
            "expected [[slide]] tables, each with a title and a file or a scenario's keys"
                .to_string(),
        ))?,
        None => Err(FileError {
            line: 1,
            column: 1,
            key: "slide".to_string(),
            value: None,
            problem: "this key is missing; a deck has at least one [[slide]] with a title and \
                      file = \"a.toml\" (for example)"
                .to_string(),
        })?,
    };
    let mut deck = Deck { title, slides: Vec::new() };
    for (index, value) in slides.iter().enumerate() {
        let prefix = format!("slide[{index}].");
        let DeValue::Table(slide) = value.get_ref() else {
            return Err(DeckError::Here(FileError::at(
                text,
                &value.span(),
                &format!("slide[{index}]"),
                Some(shown(text, value)),
                "expected a table: [[slide]] with a title and a file or a scenario's keys"
                    .to_string(),
            )));
        };
        let base = match slide.get("file") {
            Some(file) => {
                let file = string(text, "file", file).map_err(|error| error.under(&prefix))?;
                super::load(&dir.join(file), book)
                    .map_err(|error| DeckError::Slide(index, error))?
            }
            None => ScenarioFile { about: About::default(), scenario: Scenario::default() },
        };
        let read = parse_table(text, slide, book, base.scenario, &["file"])
            .map_err(|error| error.under(&prefix))?;
        let about = About {
            name: read.about.name.or(base.about.name),
            title: read.about.title.or(base.about.title),
            notes: read.about.notes.or(base.about.notes),
        };
        let Some(title) = about.title.clone() else {
            return Err(DeckError::Here(FileError::at(
                text,
                &value.span(),
                &format!("{prefix}title"),
                None,
                "this key is missing; every slide has a title (for example title = \"Today\")"
                    .to_string(),
            )));
        };
        deck.slides.push(Slide { title, about, scenario: read.scenario });
    }
    Ok(deck)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn inline_slides_and_their_errors() {
        let book = PriceBook::builtin();
        let text = "version = 1\n[[slide]]\ntitle = \"x10\"\nrate = \"100/s\"\n";
        let deck = parse(text, Path::new("."), &book).expect("a deck");
        assert_eq!(deck.slides.len(), 1);
        assert_eq!(deck.slides[0].title, "x10");
        assert!((deck.slides[0].scenario.rate_per_s - 100.0).abs() < 1e-9);
        let bad = "version = 1\n[[slide]]\ntitle = \"x\"\nrat = \"1/s\"\n";
        let Err(DeckError::Here(error)) = parse(bad, Path::new("."), &book) else {
            panic!("refused")
        };
        assert_eq!(
            error.to_string(),
            "line 4 column 1: slide[0].rat = \"1/s\": unknown key; did you mean rate? (accepted: \
the flags' names (see lvf --help), name, title and notes)"
        );
    }
}

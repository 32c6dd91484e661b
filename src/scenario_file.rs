//! Scenario files: a scenario a team keeps, as TOML whose keys are the input table's names
//! ([`crate::engine::scenario::INPUTS`]) and whose values use the flags' syntax, plus `name`,
//! `title` and `notes`, under `version = 1`. Decks ([`deck`]) list such scenarios as slides.
//!
//! Reading and writing are both generated from the input table, so a new input needs no code
//! here. What is written reads back to the identical [`Scenario`] (tested for every preset and
//! for random scenarios), and a bad file is refused with its line, column, key, value and what
//! is accepted ([`FileError`]).

pub mod deck;
mod load;
mod located;
mod read;
mod write;

pub use load::{from_markdown, load};
pub use located::FileError;
pub use read::{parse, parse_table, set_text_exact};
pub use write::{percent, render, slug, value_text};

use crate::engine::scenario::Scenario;

/// The format version every scenario file and deck starts with.
pub const VERSION: i64 = 1;

/// What a scenario is called and why it exists: shown at the top of an export and on a slide.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct About {
    /// A short kebab-case name (the file name a save suggests).
    pub name: Option<String>,
    /// A title for people ("Checkout API, peak season").
    pub title: Option<String>,
    /// Free text: where the numbers come from, what was decided.
    pub notes: Option<String>,
}

impl About {
    /// The preset's name and description, when `scenario` is exactly a preset.
    pub fn of_preset(scenario: &Scenario) -> About {
        crate::engine::presets::all()
            .into_iter()
            .find(|preset| preset.scenario == *scenario)
            .map(|preset| About {
                name: Some(preset.name.to_string()),
                title: Some(preset.name.to_string()),
                notes: Some(preset.description.to_string()),
            })
            .unwrap_or_default()
    }

    /// Whether nothing is said.
    pub fn is_empty(&self) -> bool {
        self.name.is_none() && self.title.is_none() && self.notes.is_none()
    }

    /// The title, else the name.
    pub fn heading(&self) -> Option<&str> {
        self.title.as_deref().or(self.name.as_deref())
    }
}

/// A scenario read from a file, with what it is called.
#[derive(Debug, Clone, PartialEq)]
pub struct ScenarioFile {
    pub about: About,
    pub scenario: Scenario,
}

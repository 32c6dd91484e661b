//! Changing a scenario one input at a time: by number, by step, by track position or from text
//! in human units, with out-of-range values refused and the range stated. Every input is read and
//! written through its row of the input table.

use thiserror::Error;

use super::{Input, Kind, Scenario, Unit};
use crate::engine::pricing::PriceBook;
use crate::engine::units::{self, ParseError};

/// Why a value could not be set.
#[derive(Debug, Clone, PartialEq, Error)]
pub enum InputError {
    #[error("{label}: {source}")]
    Parse {
        label: &'static str,
        #[source]
        source: ParseError,
    },
    #[error("{label}: {value} is outside the range {min} .. {max}")]
    OutOfRange { label: &'static str, value: String, min: String, max: String },
    #[error("{label}: {value:?} is not one of: {accepted}")]
    NotAChoice { label: &'static str, value: String, accepted: String },
    /// A bare fraction where a percentage is read: "0.7" would be 0.7%, which is rarely meant.
    #[error(
        "{label}: {value:?} would read as {value}%; did you mean {meant}? (write {meant}, or \
         {value}% if you mean it)"
    )]
    Fraction { label: &'static str, value: String, meant: String },
}

/// Whether `text` is a plain number strictly between 0 and 1 with no `%`: for a percentage that is
/// almost always a fraction meant as a share ("0.7" for 70%), so it is refused with the guess.
fn bare_fraction(text: &str) -> bool {
    !text.contains('%')
        && units::parse_number(text).is_ok_and(|number| number > 0.0 && number < 1.0)
}

impl Scenario {
    /// The numeric value of a slider input (`None` for choices and for an input set to its word,
    /// such as `auto`).
    pub fn number(&self, input: Input) -> Option<f64> {
        match input.def().kind {
            Kind::Number { get, .. } => Some(get(self)),
            Kind::Optional { get, .. } => get(self),
            Kind::Choice { .. } => None,
        }
    }

    /// Sets a slider input, clamped into its range and snapped. Choices are left alone.
    pub fn set_number(&mut self, input: Input, value: f64) {
        match input.def().kind {
            Kind::Number { spec, set, .. } => set(self, spec.clamp(value)),
            Kind::Optional { spec, set, .. } => set(self, Some(spec.clamp(value))),
            Kind::Choice { .. } => {}
        }
    }

    /// Sets an input that takes a word (`auto`, `none`) to that word.
    fn set_word(&mut self, input: Input) {
        if let Kind::Optional { set, .. } = input.def().kind {
            set(self, None);
        }
    }

    /// The options of a choice input, as they are typed and shown; empty for sliders.
    pub fn choices(input: Input, book: &PriceBook) -> Vec<String> {
        match input.def().kind {
            Kind::Choice { options, .. } => options(book),
            Kind::Number { .. } | Kind::Optional { .. } => Vec::new(),
        }
    }

    /// The current value of a choice input, in the form [`Scenario::choices`] lists.
    pub fn choice(&self, input: Input) -> Option<String> {
        match input.def().kind {
            Kind::Choice { get, .. } => Some(get(self)),
            Kind::Number { .. } | Kind::Optional { .. } => None,
        }
    }

    /// Moves an input by `steps` (fine or coarse) and clamps; choices move through their options
    /// and stop at either end.
    pub fn step(&mut self, input: Input, steps: i32, coarse: bool, book: &PriceBook) {
        if let Kind::Optional { spec, word_at_top, get, .. } = input.def().kind {
            // The word sits one step past its end of the track.
            let toward_word = (steps > 0) == word_at_top;
            match get(self) {
                None if !toward_word => {
                    self.set_number(input, if word_at_top { spec.max } else { spec.min });
                }
                None => {}
                Some(value) => {
                    let end = if word_at_top { spec.max } else { spec.min };
                    if toward_word && (value - end).abs() <= f64::EPSILON * end.abs().max(1.0) {
                        self.set_word(input);
                    } else {
                        self.set_number(input, spec.step(value, steps, coarse));
                    }
                }
            }
            return;
        }
        if let (Some(spec), Some(value)) = (input.spec(), self.number(input)) {
            self.set_number(input, spec.step(value, steps, coarse));
            return;
        }
        let options = Self::choices(input, book);
        let Some(current) = self.choice(input) else { return };
        let index = options.iter().position(|option| *option == current).unwrap_or(0);
        let last = i64::try_from(options.len().saturating_sub(1)).unwrap_or(i64::MAX);
        let index = i64::try_from(index).unwrap_or(0);
        let next = usize::try_from((index + i64::from(steps)).clamp(0, last)).unwrap_or(0);
        if let Some(option) = options.get(next) {
            // An option listed by `choices` always reads back.
            let _ = self.set_text(input, option, book);
        }
    }

    /// Moves an input to its first (`false`) or last (`true`) value.
    pub fn set_extreme(&mut self, input: Input, to_max: bool, book: &PriceBook) {
        if let Kind::Optional { word_at_top, .. } = input.def().kind
            && to_max == word_at_top
        {
            self.set_word(input);
            return;
        }
        if let Some(spec) = input.spec() {
            self.set_number(input, if to_max { spec.max } else { spec.min });
            return;
        }
        let options = Self::choices(input, book);
        let option = if to_max { options.last() } else { options.first() };
        if let Some(option) = option {
            let _ = self.set_text(input, option, book);
        }
    }

    /// Sets an input from text in human units ("2s", "1.5GB", "50/s", "sessions"). Values outside
    /// the range are an error that states the range; nothing changes on error.
    pub fn set_text(
        &mut self,
        input: Input,
        text: &str,
        book: &PriceBook,
    ) -> Result<(), InputError> {
        let label = input.label();
        match input.def().kind {
            Kind::Optional { word, .. } if text.trim().eq_ignore_ascii_case(word) => {
                self.set_word(input);
                Ok(())
            }
            Kind::Number { spec, .. } | Kind::Optional { spec, .. }
                if spec.unit == Unit::Fraction && bare_fraction(text) =>
            {
                let value = text.trim().to_string();
                let meant = units::parse_number(&value).map_or_else(
                    |_| value.clone(),
                    |fraction| format!("{}%", units::significant(fraction * 100.0, 6)),
                );
                Err(InputError::Fraction { label, value, meant })
            }
            Kind::Number { spec, .. } | Kind::Optional { spec, .. } => {
                let value =
                    spec.parse(text).map_err(|source| InputError::Parse { label, source })?;
                if !spec.contains(value) {
                    return Err(InputError::OutOfRange {
                        label,
                        value: text.trim().to_string(),
                        min: spec.format_short(spec.min),
                        max: spec.format_short(spec.max),
                    });
                }
                self.set_number(input, value);
                Ok(())
            }
            Kind::Choice { options, set, .. } => {
                let text = text.trim();
                // Each setter writes only when it accepts the text.
                if set(self, text, book) {
                    Ok(())
                } else {
                    let options = options(book);
                    let mut accepted = options.join(", ");
                    // Choices that take more than their list (a custom shape, a number of
                    // environments) show it by example.
                    let examples = input.def().examples;
                    if examples.split(", ").any(|example| !options.iter().any(|o| o == example)) {
                        accepted = format!("{accepted}; for example {examples}");
                    }
                    Err(InputError::NotAChoice { label, value: text.to_string(), accepted })
                }
            }
        }
    }

    /// The value of any input in human units ("120 ms", "1.5 GB", "50/s · 131M/month", "sessions").
    pub fn display(&self, input: Input) -> String {
        match (input.def().kind, self.number(input)) {
            (Kind::Number { spec, .. } | Kind::Optional { spec, .. }, Some(value)) => {
                spec.format(value)
            }
            (Kind::Optional { word, .. }, None) => word.to_string(),
            _ => self.choice(input).unwrap_or_default(),
        }
    }

    /// Where an input sits on its track, 0..=1; choices by their index among the options.
    pub fn position(&self, input: Input, book: &PriceBook) -> f64 {
        if let (Some(spec), Some(value)) = (input.spec(), self.number(input)) {
            return spec.position(value);
        }
        if let Kind::Optional { word_at_top, .. } = input.def().kind {
            return if word_at_top { 1.0 } else { 0.0 };
        }
        let options = Self::choices(input, book);
        let current = self.choice(input).unwrap_or_default();
        let index = options.iter().position(|option| *option == current).unwrap_or(0);
        if options.len() < 2 { 0.0 } else { index as f64 / (options.len() - 1) as f64 }
    }

    /// Sets an input from a track position 0..=1 (a mouse click or drag).
    pub fn set_position(&mut self, input: Input, position: f64, book: &PriceBook) {
        if let Kind::Optional { word_at_top, .. } = input.def().kind {
            // The very end of the track is the word.
            let at_word = if word_at_top { position >= 1.0 } else { position <= 0.0 };
            if at_word {
                self.set_word(input);
                return;
            }
        }
        if let Some(spec) = input.spec() {
            self.set_number(input, spec.value_at(position));
            return;
        }
        let options = Self::choices(input, book);
        if options.is_empty() {
            return;
        }
        let position = if position.is_nan() { 0.0 } else { position.clamp(0.0, 1.0) };
        let index = (position * (options.len() - 1) as f64).round() as usize;
        if let Some(option) = options.get(index) {
            let _ = self.set_text(input, option, book);
        }
    }
}

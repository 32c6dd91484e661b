//! Themes: colours and emphasis by role, read from TOML files that users can read and change.
//!
//! Every built-in theme is a file under `themes/`, compiled in and parsed by the same code as a
//! user's file. Keys name roles (`curve-lambda`, `fit-blocked`), never colours. A theme must set
//! every role; an unknown role, a bad colour or a missing role is an error that names the file's
//! line and column, the key, the bad value and what is accepted, before the terminal opens.

mod file;
mod role;

use ratatui::style::Style;
use ratatui::symbols::Marker;

pub use file::{ThemeError, parse_theme};
pub use role::Role;

/// The built-in themes: (name, file text), the default first.
pub const BUILTIN_THEMES: [(&str, &str); 5] = [
    ("dark", include_str!("../themes/dark.toml")),
    ("light", include_str!("../themes/light.toml")),
    ("high-contrast", include_str!("../themes/high-contrast.toml")),
    ("colour-blind", include_str!("../themes/colour-blind.toml")),
    ("mono", include_str!("../themes/mono.toml")),
];

/// A resolved theme: one style per role, and the marker each cost curve is drawn with.
#[derive(Debug, Clone, PartialEq)]
pub struct Theme {
    pub name: String,
    pub description: String,
    styles: Vec<Style>,
    markers: Vec<Option<Marker>>,
}

impl Theme {
    /// The style of a role.
    pub fn style(&self, role: Role) -> Style {
        self.styles[role as usize]
    }

    /// The marker a role asks for (only curve roles set one), or braille.
    pub fn marker(&self, role: Role) -> Marker {
        self.markers[role as usize].unwrap_or(Marker::Braille)
    }

    /// A built-in theme by name.
    pub fn builtin(name: &str) -> Option<Theme> {
        BUILTIN_THEMES
            .iter()
            .find(|(builtin, _)| *builtin == name)
            .map(|(_, text)| parse_theme(text).expect("built-in themes are tested to parse"))
    }

    /// The default theme (`dark`).
    pub fn default_theme() -> Theme {
        Self::builtin(BUILTIN_THEMES[0].0).expect("the default theme is built in")
    }

    /// The name of the built-in theme after `name`, wrapping around (the `t` key).
    pub fn next_builtin_name(name: &str) -> &'static str {
        let index = BUILTIN_THEMES.iter().position(|(builtin, _)| *builtin == name);
        let next = index.map_or(0, |index| (index + 1) % BUILTIN_THEMES.len());
        BUILTIN_THEMES[next].0
    }
}

impl Default for Theme {
    /// The default theme (`dark`).
    fn default() -> Self {
        Self::default_theme()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_builtin_parses_and_is_named_after_its_file() {
        for (name, text) in BUILTIN_THEMES {
            let theme = parse_theme(text).unwrap_or_else(|error| panic!("{name}: {error}"));
            assert_eq!(theme.name, name);
        }
    }

    #[test]
    fn next_builtin_cycles_through_all() {
        let mut name = "dark";
        let mut seen = Vec::new();
        for _ in 0..BUILTIN_THEMES.len() {
            name = Theme::next_builtin_name(name);
            seen.push(name);
        }
        assert_eq!(name, "dark");
        assert_eq!(seen.len(), BUILTIN_THEMES.len());
    }
}

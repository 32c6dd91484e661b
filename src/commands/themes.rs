//! Which theme this run uses (`--theme NAME|PATH`, `LVF_THEME`, `NO_COLOR`), and `lvf themes`:
//! the built-ins, one line each, the default and the active one marked.

use std::ffi::OsStr;
use std::fmt::Write as _;
use std::path::Path;

use super::CliError;
use crate::theme::{BUILTIN_THEMES, Theme, parse_theme};

/// The theme for this run and, when it came from a file, the path as given.
#[derive(Debug, Clone, PartialEq)]
pub struct Selected {
    pub theme: Theme,
    pub file: Option<String>,
}

/// Picks the theme: `--theme` / `LVF_THEME` (a built-in's name or a theme file's path) first;
/// else `mono` when `NO_COLOR` is set to anything but the empty string; else the default. A file
/// that cannot be read or used, or a name that is neither a built-in nor a file, is an error
/// (exit 2) naming what is accepted.
pub fn select(choice: Option<&str>, no_color: Option<&OsStr>) -> Result<Selected, CliError> {
    let Some(choice) = choice else {
        let name = if no_color.is_some_and(|value| !value.is_empty()) { "mono" } else { "dark" };
        let theme = Theme::builtin(name).unwrap_or_else(Theme::default_theme);
        return Ok(Selected { theme, file: None });
    };
    if let Some(theme) = Theme::builtin(choice) {
        return Ok(Selected { theme, file: None });
    }
    let path = Path::new(choice);
    let looks_like_a_path = choice.contains(std::path::MAIN_SEPARATOR)
        || choice.contains('/')
        || path.extension().is_some()
        || path.exists();
    if !looks_like_a_path {
        return Err(CliError::Usage(format!(
            "theme \"{choice}\" is neither a built-in theme nor a file; the built-in themes are: \
             {} (or give the path of a theme file, such as a copy of themes/dark.toml)",
            builtin_names()
        )));
    }
    let text = super::user_file::read_text(path).map_err(|problem| {
        CliError::Usage(format!("theme file \"{choice}\": cannot read it: {problem}"))
    })?;
    let theme = parse_theme(&text)
        .map_err(|error| CliError::Usage(format!("theme file \"{choice}\", {error}")))?;
    Ok(Selected { theme, file: Some(choice.to_string()) })
}

/// "dark, light, high-contrast, colour-blind, mono".
fn builtin_names() -> String {
    BUILTIN_THEMES.iter().map(|(name, _)| *name).collect::<Vec<_>>().join(", ")
}

/// `lvf themes`: one line per built-in (name, description), `*` before the active one and
/// "(default)" after the default; a theme file in use gets a last line of its own.
pub fn run(active: &Selected) -> String {
    let width = BUILTIN_THEMES.iter().map(|(name, _)| name.len()).max().unwrap_or(0);
    let default = BUILTIN_THEMES[0].0;
    let mut out = String::new();
    for (name, _) in BUILTIN_THEMES {
        let theme = Theme::builtin(name).unwrap_or_else(Theme::default_theme);
        let mark = if active.file.is_none() && active.theme.name == name { '*' } else { ' ' };
        let default = if name == default { " (default)" } else { "" };
        let _ = writeln!(out, "{mark} {name:<width$}  {}{default}", theme.description);
    }
    if let Some(file) = &active.file {
        let _ = writeln!(
            out,
            "* {:<width$}  {} (from {file})",
            active.theme.name, active.theme.description
        );
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn name(choice: Option<&str>, no_color: Option<&str>) -> String {
        select(choice, no_color.map(OsStr::new)).expect("a built-in").theme.name
    }

    #[test]
    fn no_color_picks_mono_unless_a_theme_is_named() {
        assert_eq!(name(None, None), "dark");
        assert_eq!(name(None, Some("1")), "mono");
        assert_eq!(name(None, Some("0")), "mono", "any non-empty value counts");
        assert_eq!(name(None, Some("")), "dark", "an empty NO_COLOR is not set");
        assert_eq!(name(Some("light"), Some("1")), "light");
        assert_eq!(name(Some("dark"), None), "dark");
    }

    #[test]
    fn an_unknown_name_lists_the_builtins() {
        let error = select(Some("purple"), None).expect_err("not a theme").to_string();
        assert!(error.starts_with("theme \"purple\" is neither"), "{error}");
        assert!(error.contains("dark, light, high-contrast, colour-blind, mono"), "{error}");
    }

    #[test]
    fn a_missing_file_says_it_cannot_be_read() {
        let error = select(Some("no/such/theme.toml"), None).expect_err("missing").to_string();
        assert!(error.starts_with("theme file \"no/such/theme.toml\": cannot read it:"), "{error}");
    }

    #[test]
    fn the_list_marks_the_default_and_the_active_theme() {
        let out = run(&select(Some("light"), None).expect("built in"));
        let lines: Vec<&str> = out.lines().collect();
        assert_eq!(lines.len(), BUILTIN_THEMES.len());
        assert!(lines[0].starts_with("  dark ") && lines[0].ends_with("(default)"), "{out}");
        assert!(lines[1].starts_with("* light "), "{out}");
        assert_eq!(lines.iter().filter(|line| line.starts_with('*')).count(), 1);
    }
}

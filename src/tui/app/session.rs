//! What the explorer keeps about where its scenario came from and where it went: the workload it
//! started with (slide 0), what the scenario is called, the last saved file (so quitting with
//! unsaved changes asks first, and the reopen command can name the file), and the deck's slides.

use std::path::PathBuf;

use crate::engine::scenario::Scenario;
use crate::scenario_file::About;
use crate::scenario_file::deck::Slide;

/// Where the scenario came from and where it was saved.
#[derive(Debug, Clone, PartialEq)]
pub struct Session {
    /// The workload the explorer started with: slide 0.
    pub start: Scenario,
    /// What the starting workload is called (a scenario file's name, title and notes).
    pub start_about: About,
    /// What the scenario shown is called: the start's, a slide's or a preset's.
    pub about: About,
    /// The scenario as last saved (or as started): quitting with another one asks first.
    pub saved: Scenario,
    /// The file that holds [`Session::saved`] exactly, if any (`--scenario FILE` alone, or `s`).
    pub saved_file: Option<PathBuf>,
    /// The user was told of unsaved changes; the next quit quits.
    pub quit_asked: bool,
    /// The deck's slides (`--deck`); empty: the presets are the slides.
    pub deck: Vec<Slide>,
    /// The slide shown: 0 is the start, then the deck's slides or the presets.
    pub slide: usize,
}

impl Session {
    /// A session starting on `scenario`, unsaved.
    pub fn new(scenario: &Scenario) -> Session {
        Session {
            start: scenario.clone(),
            start_about: About::default(),
            about: About::of_preset(scenario),
            saved: scenario.clone(),
            saved_file: None,
            quit_asked: false,
            deck: Vec::new(),
            slide: 0,
        }
    }
}

/// The save prompt (`s`): the file's name without `.toml`, as typed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Prompt {
    pub text: String,
    /// Why the last name was refused, or that it exists.
    pub error: Option<String>,
    /// The name whose existing file the user was told of: Enter on it again replaces it.
    pub replace: Option<String>,
    /// The text is the suggestion, untouched: the first character typed replaces it.
    pub suggested: bool,
}

/// The file name `s` suggests: the last saved file's, else the scenario's name or title, else
/// the preset's, else `scenario-1`.
pub fn suggested_name(session: &Session) -> String {
    let saved = session
        .saved_file
        .as_ref()
        .and_then(|path| path.file_stem())
        .map(|stem| stem.to_string_lossy().into_owned());
    let about = &session.about;
    saved
        .into_iter()
        .chain(
            [&about.name, &about.title]
                .into_iter()
                .flatten()
                .map(|text| crate::scenario_file::slug(text)),
        )
        .find(|name| !name.is_empty())
        .unwrap_or_else(|| "scenario-1".to_string())
}

/// A typed name as a file name, or why it cannot be one. `.toml` is added, not required.
pub fn file_name(typed: &str) -> Result<String, String> {
    let name = typed.trim();
    let name = name.strip_suffix(".toml").unwrap_or(name);
    if name.is_empty() {
        return Err("type a name (letters, digits, - and _)".to_string());
    }
    if name.starts_with('.') || name.contains(['/', '\\', '\0']) {
        return Err(format!(
            "{name:?} is not a plain file name: no /, \\ or leading dot (it is written into the \
             export directory)"
        ));
    }
    Ok(format!("{name}.toml"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_become_toml_files_in_the_export_dir() {
        assert_eq!(file_name("checkout").as_deref(), Ok("checkout.toml"));
        assert_eq!(file_name(" checkout.toml ").as_deref(), Ok("checkout.toml"));
        assert!(file_name("").is_err());
        assert!(file_name("../etc/passwd").is_err());
        assert!(file_name(".hidden").is_err());
    }

    #[test]
    fn the_suggestion_comes_from_the_file_the_title_or_the_preset() {
        let mut session = Session::new(&Scenario::default());
        assert_eq!(suggested_name(&session), "scenario-1");
        session.about.title = Some("Checkout API, peak".to_string());
        assert_eq!(suggested_name(&session), "checkout-api-peak");
        session.saved_file = Some(PathBuf::from("./kept.toml"));
        assert_eq!(suggested_name(&session), "kept");
        let preset = crate::engine::presets::all().remove(0);
        assert_eq!(suggested_name(&Session::new(&preset.scenario)), preset.name);
    }
}

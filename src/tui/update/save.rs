//! Saving and quitting safely: `s` asks for a name and returns the write as an effect; quitting
//! with unsaved changes asks once first; the reopen command is printed after the terminal is
//! restored ([`App::reopen_line`]).

use std::path::PathBuf;

use crate::export::command;
use crate::scenario_file::{self, About};
use crate::tui::app::session::{file_name, suggested_name};
use crate::tui::app::{App, Mode, Prompt, StatusKind};
use crate::tui::effect::{Effect, SaveFailure};

/// What the first quit with unsaved changes says.
pub const UNSAVED: &str = "unsaved changes: s saves, q/Esc again quits";

impl App {
    /// Whether the scenario differs from the one started with or last saved.
    pub fn unsaved(&self) -> bool {
        *self.scenario() != self.session.saved
    }

    /// Quits, unless there are unsaved changes the user has not been told of: then it says so,
    /// and the next quit quits.
    pub(super) fn request_quit(&mut self) {
        if self.unsaved() && !self.session.quit_asked {
            self.session.quit_asked = true;
            self.mode = Mode::Normal;
            self.say(StatusKind::Error, UNSAVED);
        } else {
            self.running = false;
        }
    }

    pub(super) fn open_save(&mut self) {
        let text = suggested_name(&self.session);
        self.mode = Mode::Save(Prompt { text, error: None, replace: None, suggested: true });
        self.status = None;
    }

    /// The write of the scenario file the prompt names, or the prompt's complaint.
    pub(super) fn submit_save(&mut self) -> Option<Effect> {
        let Mode::Save(prompt) = &mut self.mode else { return None };
        let name = match file_name(&prompt.text) {
            Ok(name) => name,
            Err(error) => {
                prompt.error = Some(error);
                return None;
            }
        };
        let path = self.export.dir.join(&name);
        let confirmed = prompt.replace.as_deref() == Some(name.as_str());
        // The file this very session saved may be written again without asking.
        let own = self.session.saved_file.as_ref() == Some(&path);
        let mut about = self.session.about.clone();
        about.name = Some(name.trim_end_matches(".toml").to_string());
        let text = scenario_file::render(self.scenario(), &about);
        Some(Effect::SaveScenario { path, text, replace: confirmed || own })
    }

    pub(super) fn on_saved(&mut self, saved: Result<PathBuf, SaveFailure>) {
        match saved {
            Ok(path) => {
                let name = path.file_stem().map(|stem| stem.to_string_lossy().into_owned());
                self.session.about = About { name, ..self.session.about.clone() };
                self.session.saved = self.scenario().clone();
                self.session.quit_asked = false;
                self.mode = Mode::Normal;
                let text = format!("saved {} (lvf --scenario reopens it)", path.display());
                self.session.saved_file = Some(path);
                self.say(StatusKind::Info, &text);
            }
            Err(failure) => {
                let Mode::Save(prompt) = &mut self.mode else {
                    self.say(StatusKind::Error, &format!("save failed: {}", failure.message));
                    return;
                };
                if failure.exists {
                    let name = file_name(&prompt.text).unwrap_or_default();
                    prompt.error = Some(format!(
                        "{name} exists: Enter again replaces it, or type another name"
                    ));
                    prompt.replace = Some(name);
                } else {
                    prompt.error = Some(failure.message);
                }
            }
        }
    }

    /// The command that reopens exactly this state: the saved file when nothing changed since,
    /// else every input as a flag of plain `lvf`.
    pub fn reopen_line(&self) -> String {
        let pricing = self.export.pricing_file.as_deref();
        match &self.session.saved_file {
            Some(path) if !self.unsaved() => {
                let mut words = vec!["lvf".to_string()];
                if let Some(file) = pricing {
                    words.extend(["--pricing".to_string(), file.to_string()]);
                }
                words.extend(["--scenario".to_string(), path.display().to_string()]);
                command::wrap_words(&words)
            }
            _ => command::explorer_line(self.scenario(), pricing),
        }
    }
}

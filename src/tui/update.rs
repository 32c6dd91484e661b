//! [`App::update`]: the one place the explorer's state changes. Every change to the scenario
//! recomputes the report at once; nothing waits on a timer. Work outside the state (writing a
//! file) goes back to the event loop as an [`Effect`].

use crate::engine::scenario::{Input, Scenario};

use super::action::Action;
use super::app::{App, Editor, Focus, Mode, Snapshot, Status, StatusKind, Tab, UNDO_LIMIT};
use super::effect::Effect;

impl App {
    /// Applies one action; returns the work it asks of the event loop, if any (the loop runs it
    /// and sends back the action that reports how it went; see [`super::effect::dispatch`]).
    pub fn update(&mut self, action: Action) -> Option<Effect> {
        if !matches!(action, Action::SetPosition { drag: true, .. }) {
            self.dragging = None;
        }
        // "Unsaved changes" is asked once per quit: anything but another quit (or the map
        // fitting itself to the frame) starts over.
        if !matches!(action, Action::Back | Action::Quit | Action::MapGrid { .. }) {
            self.session.quit_asked = false;
        }
        match action {
            Action::FocusNext => self.move_focus(1),
            Action::FocusPrev => self.move_focus(-1),
            Action::Focus(focus) => self.set_focus(focus),
            Action::Step { steps, coarse } => match self.focus {
                Focus::Input(input) => self.edit(|scenario, book| {
                    scenario.step(input, steps, coarse, book);
                }),
                Focus::Fit(row) => {
                    let row = i64::try_from(row).unwrap_or(0) + i64::from(steps);
                    self.select_fit(row);
                }
            },
            Action::StepInput { input, steps } => {
                self.edit(|scenario, book| scenario.step(input, steps, false, book));
            }
            Action::Extreme { to_max } => match self.focus {
                Focus::Input(input) => {
                    self.edit(|scenario, book| scenario.set_extreme(input, to_max, book));
                }
                Focus::Fit(_) => self.select_fit(if to_max { i64::MAX } else { 0 }),
            },
            Action::SetPosition { input, position, drag } => {
                self.set_focus(Focus::Input(input));
                let merge = drag && self.dragging == Some(input);
                self.apply(merge, |scenario, book| scenario.set_position(input, position, book));
                self.dragging = Some(input);
            }
            Action::ShowTab(tab) => self.tab = tab,
            Action::OpenEditor => {
                if let Focus::Input(input) = self.focus {
                    self.mode = Mode::Editor(Editor { input, text: String::new(), error: None });
                    // The last message is about an earlier change; the editor speaks for itself.
                    self.status = None;
                }
            }
            Action::EditorChar(ch) => self.type_char(Some(ch)),
            Action::EditorBackspace => self.type_char(None),
            Action::EditorSubmit => self.submit_editor(),
            Action::OpenPicker => self.open_picker(),
            Action::PickerMove(steps) => {
                let last = self.presets.len().saturating_sub(1);
                if let Mode::Picker { selected } = &mut self.mode {
                    let next = i64::try_from(*selected).unwrap_or(0) + i64::from(steps);
                    *selected = usize::try_from(next.max(0)).unwrap_or(0).min(last);
                }
            }
            Action::PickerChoose => {
                if let Mode::Picker { selected } = self.mode {
                    self.apply_preset(selected);
                }
            }
            Action::ApplyPreset(index) => self.apply_preset(index),
            Action::ToggleMap => self.toggle_map(),
            Action::ToggleMapAxis => self.toggle_map_axis(),
            Action::MapGrid { cols, rows } => self.resize_map(cols, rows),
            Action::Export => return Some(self.snapshot_effect()),
            Action::Exported(written) => self.on_exported(written),
            Action::OpenSave => self.open_save(),
            Action::SaveSubmit => return self.submit_save(),
            Action::Saved(saved) => self.on_saved(saved),
            Action::TogglePin => self.toggle_pin(),
            Action::ToggleTornado => self.toggle_tornado(),
            Action::CycleTheme => self.cycle_theme(),
            Action::ToggleMeeting => self.toggle_meeting(),
            Action::Slide(by) => self.slide(by),
            Action::ToggleHelp => {
                self.mode = if self.mode == Mode::Help { Mode::Normal } else { Mode::Help };
            }
            Action::Undo => self.undo(),
            Action::Redo => self.redo(),
            Action::Back => {
                if self.mode == Mode::Normal {
                    self.request_quit();
                } else {
                    self.mode = Mode::Normal;
                }
            }
            Action::Quit => self.request_quit(),
        }
        None
    }

    fn move_focus(&mut self, by: i64) {
        let order = self.focus_order();
        let len = i64::try_from(order.len()).unwrap_or(1).max(1);
        let here = order.iter().position(|focus| *focus == self.focus).unwrap_or(0);
        let next = (i64::try_from(here).unwrap_or(0) + by).rem_euclid(len);
        if let Some(focus) = usize::try_from(next).ok().and_then(|next| order.get(next)) {
            self.set_focus(*focus);
        }
    }

    /// Focuses an item and, where panels share a tab area, shows the panel that holds it.
    fn set_focus(&mut self, focus: Focus) {
        let focus = match focus {
            Focus::Fit(row) if row >= self.report.fit.len() => return,
            focus => focus,
        };
        self.focus = focus;
        match focus {
            Focus::Input(input) if Input::ASSUMPTIONS.contains(&input) => {
                self.tab = Tab::Assumptions;
            }
            Focus::Fit(_) => self.tab = Tab::Fit,
            Focus::Input(_) => {}
        }
    }

    fn select_fit(&mut self, row: i64) {
        let last = self.report.fit.len().saturating_sub(1);
        let row = usize::try_from(row.max(0)).unwrap_or(usize::MAX).min(last);
        self.set_focus(Focus::Fit(row));
    }

    /// Changes the scenario as one undo step.
    fn edit(&mut self, change: impl FnOnce(&mut Scenario, &crate::engine::pricing::PriceBook)) {
        self.apply(false, change);
    }

    /// Changes the scenario; `merge` folds the change into the last undo step (a drag).
    fn apply(
        &mut self,
        merge: bool,
        change: impl FnOnce(&mut Scenario, &crate::engine::pricing::PriceBook),
    ) {
        let mut next = self.scenario().clone();
        change(&mut next, &self.book);
        if next == *self.scenario() {
            return;
        }
        // A new traffic shape comes with its usual peak (the explorer says so; the command line
        // and files take the peak as given).
        let new_shape = next.traffic != self.scenario().traffic;
        if new_shape {
            next.peak = next.traffic.usual_peak();
        }
        // The peak slider stops at what the shape reaches (past it, nothing would change).
        let most = next.traffic.max_peak();
        let held = next.peak > most;
        if held {
            next.peak = most;
        }
        if next == *self.scenario() {
            if held {
                self.say_peak_held(&next);
            }
            return;
        }
        if !merge {
            self.push_undo();
        }
        self.set_scenario(&next);
        self.redo.clear();
        self.status = None;
        if new_shape {
            let peak = self.scenario().display(Input::Peak);
            self.say(StatusKind::Info, &format!("peak ÷ average set to {peak}, the shape's usual"));
        } else if held {
            self.say_peak_held(&next);
        }
    }

    /// Says that the peak stops at the most the scenario's traffic shape reaches.
    fn say_peak_held(&mut self, scenario: &Scenario) {
        let peak = scenario.display(Input::Peak);
        let shape = scenario.traffic.name();
        self.say(
            StatusKind::Info,
            &format!("peak ÷ average held at {peak}, the most {shape} traffic reaches"),
        );
    }

    fn push_undo(&mut self) {
        self.undo.push(self.snapshot());
        if self.undo.len() > UNDO_LIMIT {
            self.undo.remove(0);
        }
    }

    fn undo(&mut self) {
        let Some(previous) = self.undo.pop() else {
            self.say(StatusKind::Info, "nothing to undo");
            return;
        };
        let current = self.snapshot();
        self.redo.push(current);
        self.restore(&previous);
        self.say(StatusKind::Info, "undone (Ctrl-R redoes)");
    }

    fn redo(&mut self) {
        let Some(next) = self.redo.pop() else {
            self.say(StatusKind::Info, "nothing to redo");
            return;
        };
        self.undo.push(self.snapshot());
        self.restore(&next);
        self.say(StatusKind::Info, "redone");
    }

    /// The undo step that returns to the scenario and preset as they are now.
    fn snapshot(&self) -> Snapshot {
        Snapshot { scenario: self.scenario().clone(), preset: self.preset }
    }

    fn restore(&mut self, snapshot: &Snapshot) {
        self.set_scenario(&snapshot.scenario);
        self.preset = snapshot.preset;
        if let Focus::Fit(row) = self.focus {
            self.select_fit(i64::try_from(row).unwrap_or(0));
        }
    }

    /// Types a character into the value editor or the save prompt (`None`: deletes the last).
    fn type_char(&mut self, ch: Option<char>) {
        let (text, error) = match &mut self.mode {
            Mode::Editor(editor) => (&mut editor.text, &mut editor.error),
            Mode::Save(prompt) => {
                // Typing over the suggested name replaces it; Backspace edits it.
                if std::mem::take(&mut prompt.suggested) && ch.is_some() {
                    prompt.text.clear();
                }
                (&mut prompt.text, &mut prompt.error)
            }
            _ => return,
        };
        match ch {
            Some(ch) => text.push(ch),
            None => {
                text.pop();
            }
        }
        *error = None;
    }

    fn submit_editor(&mut self) {
        let mut next = self.scenario().clone();
        let Mode::Editor(editor) = &mut self.mode else { return };
        let input = editor.input;
        if let Err(error) = next.set_text(input, &editor.text, &self.book) {
            editor.error = Some(error.to_string());
            return;
        }
        self.mode = Mode::Normal;
        self.edit(|scenario, _| *scenario = next);
        let value = self.scenario().display(input);
        self.say(StatusKind::Info, &format!("{} set to {value}", input.label()));
    }

    fn open_picker(&mut self) {
        if self.presets.is_empty() {
            self.say(StatusKind::Error, "no presets to pick from");
            return;
        }
        self.mode = Mode::Picker { selected: self.preset.unwrap_or(0) };
    }

    fn apply_preset(&mut self, index: usize) {
        let Some(preset) = self.presets.get(index) else { return };
        let scenario = preset.scenario.clone();
        let name = preset.name;
        self.mode = Mode::Normal;
        if scenario != *self.scenario() || self.preset != Some(index) {
            self.push_undo();
            self.redo.clear();
        }
        self.set_scenario(&scenario);
        self.preset = Some(index);
        self.session.about = crate::scenario_file::About::of_preset(&scenario);
        if self.session.deck.is_empty() {
            self.session.slide = index + 1;
        }
        if let Focus::Fit(row) = self.focus {
            self.select_fit(i64::try_from(row).unwrap_or(0));
        }
        self.say(StatusKind::Info, &format!("preset {name} (u undoes)"));
    }

    fn say(&mut self, kind: StatusKind, text: &str) {
        self.status = Some(Status { text: text.to_string(), kind });
    }
}

mod export;
mod present;
mod save;
#[cfg(test)]
mod save_tests;
#[cfg(test)]
mod tests;

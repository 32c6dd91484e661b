//! How the explorer presents itself: the theme (`t` cycles the built-ins), the meeting layout
//! (`m`) and the presets as slides (`n`, `N`).

use crate::engine::scenario::{Input, Scenario};
use std::path::PathBuf;

use crate::scenario_file::About;
use crate::scenario_file::deck::Deck;
use crate::theme::Theme;
use crate::tui::app::{App, Focus, Screen, StatusKind};
use crate::tui::style::Styles;

impl App {
    /// The explorer with `theme` instead of the default one (`--theme`, `LVF_THEME`, `NO_COLOR`).
    #[must_use]
    pub fn with_theme(mut self, theme: Theme) -> Self {
        self.set_theme(theme);
        self
    }

    /// The explorer starting on `screen` (`--meeting`).
    #[must_use]
    pub fn with_screen(mut self, screen: Screen) -> Self {
        if screen != self.screen {
            self.toggle_meeting();
        }
        self
    }

    /// The explorer knowing what its start is called, the file that holds it (if any) and the
    /// deck to step through (`--scenario`, `--deck`).
    #[must_use]
    pub fn with_start(
        mut self,
        about: About,
        opened_file: Option<PathBuf>,
        deck: Option<Deck>,
    ) -> Self {
        if !about.is_empty() {
            self.session.about = about.clone();
        }
        self.session.start_about = about;
        self.session.saved_file = opened_file;
        if let Some(deck) = deck {
            self.session.deck = deck.slides;
            self.session.slide = 0;
        }
        self
    }

    fn set_theme(&mut self, theme: Theme) {
        self.styles = Styles::from_theme(&theme);
        self.theme = theme;
    }

    pub(super) fn cycle_theme(&mut self) {
        let next = Theme::next_builtin_name(&self.theme.name);
        let Some(theme) = Theme::builtin(next) else { return };
        let text = format!("theme {next}: {} (t for the next)", theme.description);
        self.set_theme(theme);
        self.say(StatusKind::Info, &text);
    }

    pub(super) fn toggle_meeting(&mut self) {
        self.screen = match self.screen {
            Screen::Explorer => Screen::Meeting,
            Screen::Meeting => Screen::Explorer,
        };
        // The meeting layout shows the five primary sliders only; the focus goes where it shows.
        if self.screen == Screen::Meeting
            && !self.focused_input().is_some_and(|input| Input::PRIMARY.contains(&input))
        {
            self.focus = Focus::Input(Input::PRIMARY[0]);
        }
    }

    /// Steps `by` slides through the deck (`--deck`), or through the presets without one. Slide
    /// 0 is the workload the explorer started with, so `N` from the first slide returns to it;
    /// stepping past either end wraps around.
    pub(super) fn slide(&mut self, by: i32) {
        let slides =
            if self.session.deck.is_empty() { self.presets.len() } else { self.session.deck.len() };
        let count = i64::try_from(slides + 1).unwrap_or(i64::MAX);
        let here = i64::try_from(self.session.slide).unwrap_or(0);
        let next = usize::try_from((here + i64::from(by)).rem_euclid(count)).unwrap_or(0);
        match next.checked_sub(1) {
            Some(index) if self.session.deck.is_empty() => self.apply_preset(index),
            Some(index) => {
                let Some(slide) = self.session.deck.get(index) else { return };
                let (scenario, about) = (slide.scenario.clone(), slide.about.clone());
                self.show_slide(&scenario, about);
            }
            None => {
                let (scenario, about) =
                    (self.session.start.clone(), self.session.start_about.clone());
                self.show_slide(&scenario, about);
            }
        }
        self.session.slide = next;
        // The slide's name shows on the meeting title line and the explorer's status line.
        self.status = None;
    }

    /// Shows a slide that is not a preset (the start, or a deck's slide) as one undo step.
    fn show_slide(&mut self, scenario: &Scenario, about: About) {
        let preset = self.presets.iter().position(|preset| preset.scenario == *scenario);
        if scenario != self.scenario() || self.preset != preset {
            self.push_undo();
            self.redo.clear();
        }
        self.set_scenario(scenario);
        self.preset = preset;
        self.session.about = about;
        if let Focus::Fit(row) = self.focus {
            self.select_fit(i64::try_from(row).unwrap_or(0));
        }
    }

    /// The slide's name for the meeting title line, with its place in the deck, and a line
    /// about it; `None` without a deck (the presets are the slides, named as presets).
    pub fn deck_title(&self) -> Option<(String, String)> {
        if self.session.deck.is_empty() {
            return None;
        }
        let index = self.session.slide;
        let (title, shown) = match index.checked_sub(1).and_then(|i| self.session.deck.get(i)) {
            Some(slide) => (slide.title.clone(), &slide.scenario),
            None => (
                self.session.start_about.heading().unwrap_or("your workload").to_string(),
                &self.session.start,
            ),
        };
        let changed = if shown == self.scenario() { "" } else { ", changed" };
        let name = format!(" {title} ({index}/{}){changed}", self.session.deck.len());
        let notes = self.session.about.notes.as_deref().and_then(|notes| notes.lines().next());
        Some((name, notes.map(|notes| format!(" · {notes}")).unwrap_or_default()))
    }
}

//! How the explorer presents itself: the theme (`t` cycles the built-ins), the meeting layout
//! (`m`) and the presets as slides (`n`, `N`).

use crate::engine::scenario::Input;
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
        // The meeting layout shows the four primary sliders only; the focus goes where it shows.
        if self.screen == Screen::Meeting
            && !self.focused_input().is_some_and(|input| Input::PRIMARY.contains(&input))
        {
            self.focus = Focus::Input(Input::PRIMARY[0]);
        }
    }

    /// Applies the preset `by` places after the current one, wrapping around; with no current
    /// preset, forward starts at the first and back at the last.
    pub(super) fn slide(&mut self, by: i32) {
        let count = self.presets.len();
        if count == 0 {
            self.say(StatusKind::Error, "no presets to show");
            return;
        }
        let next = match self.preset {
            Some(index) => {
                let count = i64::try_from(count).unwrap_or(i64::MAX);
                let here = i64::try_from(index).unwrap_or(0);
                usize::try_from((here + i64::from(by)).rem_euclid(count)).unwrap_or(0)
            }
            None if by < 0 => count - 1,
            None => 0,
        };
        self.apply_preset(next);
        // The slide's name shows on the meeting title line and the explorer's status line.
        self.status = None;
    }
}

//! The explorer's keys as data. [`BINDINGS`] says, for every key, what it does in which mode and
//! how the help overlay, the status line and the meeting title line name it. The keymap
//! ([`super::keymap::keymap()`]) reads it to turn a key into an [`Action`]; the help and both
//! hint lines are drawn from it, and a test holds the README's key table to it. A new key is one
//! row there.

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

use super::action::Action;
use super::app::Mode;

mod bindings;
#[cfg(test)]
mod tests;

pub use bindings::BINDINGS;

/// A key as the table names it, with the modifiers it accepts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Key {
    /// This key without Ctrl. Shift and Alt do not matter: terminals differ in whether `H` comes
    /// with Shift, and Shift-Tab arrives as `BackTab` with Shift.
    Plain(KeyCode),
    /// This key with Shift held, without Ctrl.
    Shift(KeyCode),
    /// Ctrl and this letter, in either case.
    Ctrl(char),
    /// This key whatever is held (the overlays read keys this way).
    Any(KeyCode),
    /// Any character typed without Ctrl (the value editor takes them all).
    AnyChar,
}

impl Key {
    /// Whether `event` is this key.
    pub fn matches(self, event: KeyEvent) -> bool {
        let ctrl = event.modifiers.contains(KeyModifiers::CONTROL);
        match self {
            Key::Plain(code) => !ctrl && event.code == code,
            Key::Shift(code) => {
                !ctrl && event.modifiers.contains(KeyModifiers::SHIFT) && event.code == code
            }
            Key::Ctrl(letter) => {
                ctrl && matches!(event.code, KeyCode::Char(typed) if typed.eq_ignore_ascii_case(&letter))
            }
            Key::Any(code) => event.code == code,
            Key::AnyChar => !ctrl && matches!(event.code, KeyCode::Char(_)),
        }
    }

    /// The key as the help shows it: `↑`, `⇧Tab`, `PgUp`, `Ctrl-R`.
    pub fn label(self) -> String {
        match self {
            Key::Plain(code) | Key::Any(code) => code_label(code),
            Key::Shift(code) => format!("⇧{}", code_label(code)),
            Key::Ctrl(letter) => format!("Ctrl-{}", letter.to_ascii_uppercase()),
            Key::AnyChar => "any character".to_string(),
        }
    }

    /// The key as the README writes it, Shift spelt out: `Shift-←`, `Shift-Tab`.
    pub fn name(self) -> String {
        self.label().replace('⇧', "Shift-")
    }

    /// The key on a hint line, where room is short: `⏎` for Enter, `^R` for Ctrl-R.
    pub fn short(self) -> String {
        match self {
            Key::Plain(KeyCode::Enter) | Key::Any(KeyCode::Enter) => "⏎".to_string(),
            Key::Ctrl(letter) => format!("^{}", letter.to_ascii_uppercase()),
            key => key.label(),
        }
    }

    fn is_arrow(self) -> bool {
        matches!(self, Key::Plain(KeyCode::Up | KeyCode::Down | KeyCode::Left | KeyCode::Right))
    }
}

/// A key code's own name, without modifiers.
fn code_label(code: KeyCode) -> String {
    let name = match code {
        KeyCode::Up => "↑",
        KeyCode::Down => "↓",
        KeyCode::Left => "←",
        KeyCode::Right => "→",
        KeyCode::BackTab => "⇧Tab",
        KeyCode::PageUp => "PgUp",
        KeyCode::PageDown => "PgDn",
        KeyCode::Char(ch) => return ch.to_string(),
        code => return format!("{code:?}"),
    };
    name.to_string()
}

/// What a key does: an action, or one built from the key event.
#[derive(Debug, Clone, PartialEq)]
pub enum Act {
    Do(Action),
    /// Step the focused value this many steps, coarsely while Shift is held.
    Step(i32),
    /// Type the key's character into the value editor.
    Type,
}

impl Act {
    /// The action for `event`, a key this act is bound to.
    fn action(&self, event: KeyEvent) -> Option<Action> {
        match self {
            Act::Do(action) => Some(action.clone()),
            Act::Step(steps) => Some(Action::Step {
                steps: *steps,
                coarse: event.modifiers.contains(KeyModifiers::SHIFT),
            }),
            Act::Type => match event.code {
                KeyCode::Char(ch) => Some(Action::EditorChar(ch)),
                _ => None,
            },
        }
    }
}

/// The modes a binding works in ([`Mode`] without its data).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Modes(u8);

impl Modes {
    pub const NORMAL: Modes = Modes(1);
    pub const EDITOR: Modes = Modes(2);
    pub const PICKER: Modes = Modes(4);
    pub const HELP: Modes = Modes(8);
    pub const SAVE: Modes = Modes(16);
    pub const ALL: Modes = Modes(31);

    /// Whether `mode` is one of these.
    pub fn contains(self, mode: &Mode) -> bool {
        let bit = match mode {
            Mode::Normal => Modes::NORMAL,
            Mode::Editor(_) => Modes::EDITOR,
            Mode::Picker { .. } => Modes::PICKER,
            Mode::Help => Modes::HELP,
            Mode::Save(_) => Modes::SAVE,
        };
        self.0 & bit.0 != 0
    }
}

/// Where a binding's keys appear in the help overlay.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Help {
    /// Not at all: the overlays' own keys, which their titles name.
    Hidden,
    /// On a row of their own, saying this.
    Row(&'static str),
    /// On the row above, two spaces after its keys (`Home  End`).
    Beside,
}

/// A binding's reminder on a hint line.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Hint {
    /// What the keys do, in a word or two.
    pub what: &'static str,
    /// Hints read in rank order, and when a line is short the lowest ranks stay.
    pub rank: u8,
    /// Read after the others whatever its rank: help and quit sit at the right end of the status
    /// line, where people look for them.
    pub last: bool,
    /// What the keys say instead when the line is too short for every hint (`?`: "more", as the
    /// help lists the keys left out).
    pub when_cut: Option<&'static str>,
}

/// Keys that belong together (`← →`), what each does, where they work and how they are shown.
#[derive(Debug, Clone, PartialEq)]
pub struct Binding {
    /// Each key and what it does, in the order shown.
    pub keys: &'static [(Key, Act)],
    pub modes: Modes,
    pub help: Help,
    /// Its hint on the explorer's status line.
    pub status: Option<Hint>,
    /// Its hint on the meeting layout's title line.
    pub meeting: Option<Hint>,
}

impl Binding {
    const fn new(modes: Modes, keys: &'static [(Key, Act)]) -> Binding {
        Binding { keys, modes, help: Help::Hidden, status: None, meeting: None }
    }

    const fn help(self, what: &'static str) -> Binding {
        Binding { help: Help::Row(what), ..self }
    }

    const fn beside(self) -> Binding {
        Binding { help: Help::Beside, ..self }
    }

    const fn hint(self, what: &'static str, rank: u8) -> Binding {
        Binding { status: Some(Hint { what, rank, last: false, when_cut: None }), ..self }
    }

    const fn hint_last(self, what: &'static str, rank: u8) -> Binding {
        Binding { status: Some(Hint { what, rank, last: true, when_cut: None }), ..self }
    }

    /// The status hint's words when the line leaves other hints out.
    const fn when_cut(self, words: &'static str) -> Binding {
        match self.status {
            Some(hint) => Binding { status: Some(Hint { when_cut: Some(words), ..hint }), ..self },
            None => self,
        }
    }

    const fn meeting(self, what: &'static str, rank: u8) -> Binding {
        Binding { meeting: Some(Hint { what, rank, last: false, when_cut: None }), ..self }
    }

    /// What `event` does through this binding, if it is one of its keys.
    pub fn action(&self, event: KeyEvent) -> Option<Action> {
        let (_, act) = self.keys.iter().find(|(key, _)| key.matches(event))?;
        act.action(event)
    }

    /// The keys as the help shows them, a space apart: `← →`.
    pub fn help_keys(&self) -> String {
        let labels: Vec<String> = self.keys.iter().map(|(key, _)| key.label()).collect();
        labels.join(" ")
    }

    /// The keys as a hint line shows them: `←→`, `⏎`, `n N`.
    pub fn hint_keys(&self) -> String {
        let mut text = String::new();
        let mut previous: Option<Key> = None;
        for (key, _) in self.keys {
            // Two arrows read as one sign; other keys need a space between them.
            if previous.is_some_and(|previous| !(previous.is_arrow() && key.is_arrow())) {
                text.push(' ');
            }
            text.push_str(&key.short());
            previous = Some(*key);
        }
        text
    }
}

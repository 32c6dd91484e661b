//! Keys to actions: a pure function of the key and the state, read from the key table
//! ([`super::keys::BINDINGS`]): the first binding of the current mode (an open overlay reads keys
//! its own way) that takes the key decides.

use ratatui::crossterm::event::{KeyEvent, KeyEventKind};

use super::action::Action;
use super::app::App;
use super::keys::BINDINGS;

/// The action a key asks for, if any.
pub fn keymap(key: KeyEvent, app: &App) -> Option<Action> {
    if key.kind == KeyEventKind::Release {
        return None;
    }
    BINDINGS
        .iter()
        .filter(|binding| binding.modes.contains(&app.mode))
        .find_map(|binding| binding.action(key))
}

#[cfg(test)]
mod tests;

//! Keys to actions: a pure function of the key and the state (an open overlay reads keys its
//! own way). `v` and `V` show the verdict map and switch its y axis; `t` cycles the themes, `m`
//! toggles meeting mode and `n`/`N` step through the presets like slides.

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyEventKind, KeyModifiers};

use super::action::Action;
use super::app::{App, Mode, Tab};

/// How far PgUp/PgDn move the picker's selection.
const PICKER_PAGE: i32 = 5;

/// The action a key asks for, if any.
pub fn keymap(key: KeyEvent, app: &App) -> Option<Action> {
    if key.kind == KeyEventKind::Release {
        return None;
    }
    let ctrl = key.modifiers.contains(KeyModifiers::CONTROL);
    if ctrl && matches!(key.code, KeyCode::Char('c' | 'C')) {
        return Some(Action::Quit);
    }
    match &app.mode {
        Mode::Editor(_) => editor_key(key, ctrl),
        Mode::Picker { .. } => picker_key(key),
        Mode::Help => help_key(key),
        Mode::Normal => normal_key(key, ctrl),
    }
}

fn normal_key(key: KeyEvent, ctrl: bool) -> Option<Action> {
    let shift = key.modifiers.contains(KeyModifiers::SHIFT);
    let step = |steps: i32, coarse: bool| Some(Action::Step { steps, coarse });
    if ctrl {
        return match key.code {
            KeyCode::Char('r' | 'R') => Some(Action::Redo),
            _ => None,
        };
    }
    match key.code {
        KeyCode::Up | KeyCode::BackTab | KeyCode::Char('k') => Some(Action::FocusPrev),
        KeyCode::Down | KeyCode::Tab | KeyCode::Char('j') => Some(Action::FocusNext),
        KeyCode::Left | KeyCode::Char('h') => step(-1, shift),
        KeyCode::Right | KeyCode::Char('l') => step(1, shift),
        KeyCode::Char('H') | KeyCode::PageDown => step(-1, true),
        KeyCode::Char('L') | KeyCode::PageUp => step(1, true),
        KeyCode::Home => Some(Action::Extreme { to_max: false }),
        KeyCode::End => Some(Action::Extreme { to_max: true }),
        KeyCode::Enter | KeyCode::Char('=') => Some(Action::OpenEditor),
        KeyCode::Char('p') => Some(Action::OpenPicker),
        KeyCode::Char('e') => Some(Action::Export),
        KeyCode::Char('u') => Some(Action::Undo),
        KeyCode::Char('v') => Some(Action::ToggleMap),
        KeyCode::Char('V') => Some(Action::ToggleMapAxis),
        KeyCode::Char('t') => Some(Action::CycleTheme),
        KeyCode::Char('m') => Some(Action::ToggleMeeting),
        KeyCode::Char('n') => Some(Action::Slide(1)),
        KeyCode::Char('N') => Some(Action::Slide(-1)),
        KeyCode::Char('?') => Some(Action::ToggleHelp),
        KeyCode::Char('q') => Some(Action::Quit),
        KeyCode::Esc => Some(Action::Back),
        KeyCode::Char(digit @ '1'..='4') => {
            let index = digit as usize - '1' as usize;
            Tab::ALL.get(index).map(|tab| Action::ShowTab(*tab))
        }
        _ => None,
    }
}

fn editor_key(key: KeyEvent, ctrl: bool) -> Option<Action> {
    match key.code {
        KeyCode::Esc => Some(Action::Back),
        KeyCode::Enter => Some(Action::EditorSubmit),
        KeyCode::Backspace => Some(Action::EditorBackspace),
        KeyCode::Char(ch) if !ctrl => Some(Action::EditorChar(ch)),
        _ => None,
    }
}

fn picker_key(key: KeyEvent) -> Option<Action> {
    match key.code {
        KeyCode::Esc | KeyCode::Char('p') => Some(Action::Back),
        KeyCode::Up | KeyCode::BackTab | KeyCode::Char('k') => Some(Action::PickerMove(-1)),
        KeyCode::Down | KeyCode::Tab | KeyCode::Char('j') => Some(Action::PickerMove(1)),
        KeyCode::PageUp => Some(Action::PickerMove(-PICKER_PAGE)),
        KeyCode::PageDown => Some(Action::PickerMove(PICKER_PAGE)),
        KeyCode::Home => Some(Action::PickerMove(i32::MIN)),
        KeyCode::End => Some(Action::PickerMove(i32::MAX)),
        KeyCode::Enter => Some(Action::PickerChoose),
        KeyCode::Char('q') => Some(Action::Quit),
        _ => None,
    }
}

fn help_key(key: KeyEvent) -> Option<Action> {
    match key.code {
        KeyCode::Esc | KeyCode::Char('?') | KeyCode::Enter => Some(Action::Back),
        KeyCode::Char('q') => Some(Action::Quit),
        _ => None,
    }
}

#[cfg(test)]
mod tests;

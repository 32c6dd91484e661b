//! The key table keeps its promises: no two bindings of one mode disagree about a key, the help's
//! rows and the hint lines come out as designed, and every key has a name.

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

use crate::engine::scenario::Input;

use super::super::action::Action;
use super::super::app::{Editor, Mode, Prompt};
use super::{BINDINGS, Help, Key};

fn modes() -> [Mode; 5] {
    let editor = Editor { input: Input::Rate, text: String::new(), error: None };
    let prompt = Prompt { text: String::new(), error: None, replace: None, suggested: false };
    [
        Mode::Normal,
        Mode::Help,
        Mode::Picker { selected: 0 },
        Mode::Editor(editor),
        Mode::Save(prompt),
    ]
}

/// Key events for a bound key, under every mix of modifiers.
fn events(key: Key) -> Vec<KeyEvent> {
    let codes = match key {
        Key::Plain(code) | Key::Shift(code) | Key::Any(code) => vec![code],
        Key::Ctrl(letter) => {
            vec![KeyCode::Char(letter), KeyCode::Char(letter.to_ascii_uppercase())]
        }
        Key::AnyChar => "aqQ1?=/ ".chars().map(KeyCode::Char).collect(),
    };
    let held = [
        KeyModifiers::NONE,
        KeyModifiers::SHIFT,
        KeyModifiers::CONTROL,
        KeyModifiers::ALT,
        KeyModifiers::SHIFT | KeyModifiers::CONTROL,
    ];
    codes.into_iter().flat_map(|code| held.map(|held| KeyEvent::new(code, held))).collect()
}

#[test]
fn no_two_bindings_of_a_mode_disagree_about_a_key() {
    for mode in modes() {
        let bindings: Vec<_> =
            BINDINGS.iter().filter(|binding| binding.modes.contains(&mode)).collect();
        for (key, _) in bindings.iter().flat_map(|binding| binding.keys) {
            for event in events(*key) {
                let actions: Vec<Action> =
                    bindings.iter().filter_map(|binding| binding.action(event)).collect();
                assert!(
                    actions.windows(2).all(|pair| pair[0] == pair[1]),
                    "{mode:?} {event:?}: {actions:?}"
                );
            }
        }
    }
}

#[test]
fn ctrl_c_quits_in_every_mode() {
    let ctrl_c = KeyEvent::new(KeyCode::Char('c'), KeyModifiers::CONTROL);
    for mode in modes() {
        let action = BINDINGS
            .iter()
            .filter(|binding| binding.modes.contains(&mode))
            .find_map(|binding| binding.action(ctrl_c));
        assert_eq!(action, Some(Action::Quit), "{mode:?}");
    }
}

#[test]
fn keys_beside_a_row_follow_one() {
    let mut previous = Help::Hidden;
    for binding in BINDINGS {
        if binding.help == Help::Beside {
            assert_ne!(previous, Help::Hidden, "{binding:?} has no row to sit beside");
        }
        previous = binding.help;
    }
}

#[test]
fn each_hint_line_ranks_its_hints_once() {
    for hint in [|b: &super::Binding| b.status, |b: &super::Binding| b.meeting] {
        let mut ranks: Vec<u8> = BINDINGS.iter().filter_map(hint).map(|hint| hint.rank).collect();
        let count = ranks.len();
        ranks.sort_unstable();
        ranks.dedup();
        assert_eq!(ranks.len(), count, "two hints share a rank");
    }
}

#[test]
fn keys_are_named_for_the_help_the_readme_and_the_hints() {
    let cases = [
        (Key::Plain(KeyCode::Up), "↑", "↑", "↑"),
        (Key::Plain(KeyCode::BackTab), "⇧Tab", "Shift-Tab", "⇧Tab"),
        (Key::Shift(KeyCode::Left), "⇧←", "Shift-←", "⇧←"),
        (Key::Plain(KeyCode::PageDown), "PgDn", "PgDn", "PgDn"),
        (Key::Plain(KeyCode::Enter), "Enter", "Enter", "⏎"),
        (Key::Ctrl('r'), "Ctrl-R", "Ctrl-R", "^R"),
        (Key::Plain(KeyCode::Char('=')), "=", "=", "="),
    ];
    for (key, label, name, short) in cases {
        assert_eq!(
            (key.label(), key.name(), key.short()),
            (label.into(), name.into(), short.into())
        );
    }
    let hint_keys: Vec<String> = BINDINGS
        .iter()
        .filter(|binding| binding.status.is_some() || binding.meeting.is_some())
        .map(super::Binding::hint_keys)
        .collect();
    assert_eq!(
        hint_keys,
        ["↑↓", "←→", "⏎", "p", "e", "s", "u", "^R", "v", "t", "m", "n N", "?", "q"]
    );
}

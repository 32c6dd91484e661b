//! Every key of the help, in every mode.

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyEventKind, KeyModifiers};

use crate::engine::pricing::PriceBook;
use crate::engine::scenario::Scenario;

use super::super::action::Action;
use super::super::app::{App, Editor, Mode, Tab};
use super::keymap;

fn app(mode: Mode) -> App {
    let mut app = App::new(Scenario::default(), PriceBook::builtin());
    app.mode = mode;
    app
}

fn key(code: KeyCode) -> KeyEvent {
    KeyEvent::new(code, KeyModifiers::NONE)
}

fn with(code: KeyCode, modifiers: KeyModifiers) -> KeyEvent {
    KeyEvent::new(code, modifiers)
}

fn editor() -> Mode {
    Mode::Editor(Editor {
        input: crate::engine::scenario::Input::Rate,
        text: String::new(),
        error: None,
    })
}

#[test]
fn normal_keys_move_focus_step_and_open_things() {
    let app = app(Mode::Normal);
    let cases = [
        (key(KeyCode::Up), Action::FocusPrev),
        (key(KeyCode::Char('k')), Action::FocusPrev),
        (key(KeyCode::BackTab), Action::FocusPrev),
        (with(KeyCode::BackTab, KeyModifiers::SHIFT), Action::FocusPrev),
        (key(KeyCode::Down), Action::FocusNext),
        (key(KeyCode::Char('j')), Action::FocusNext),
        (key(KeyCode::Tab), Action::FocusNext),
        (key(KeyCode::Left), Action::Step { steps: -1, coarse: false }),
        (key(KeyCode::Char('h')), Action::Step { steps: -1, coarse: false }),
        (key(KeyCode::Right), Action::Step { steps: 1, coarse: false }),
        (key(KeyCode::Char('l')), Action::Step { steps: 1, coarse: false }),
        (with(KeyCode::Left, KeyModifiers::SHIFT), Action::Step { steps: -1, coarse: true }),
        (with(KeyCode::Right, KeyModifiers::SHIFT), Action::Step { steps: 1, coarse: true }),
        (with(KeyCode::Char('H'), KeyModifiers::SHIFT), Action::Step { steps: -1, coarse: true }),
        (with(KeyCode::Char('L'), KeyModifiers::SHIFT), Action::Step { steps: 1, coarse: true }),
        (key(KeyCode::PageUp), Action::Step { steps: 1, coarse: true }),
        (key(KeyCode::PageDown), Action::Step { steps: -1, coarse: true }),
        (key(KeyCode::Home), Action::Extreme { to_max: false }),
        (key(KeyCode::End), Action::Extreme { to_max: true }),
        (key(KeyCode::Enter), Action::OpenEditor),
        (key(KeyCode::Char('=')), Action::OpenEditor),
        (key(KeyCode::Char('p')), Action::OpenPicker),
        (key(KeyCode::Char('u')), Action::Undo),
        (with(KeyCode::Char('r'), KeyModifiers::CONTROL), Action::Redo),
        (key(KeyCode::Char('?')), Action::ToggleHelp),
        (key(KeyCode::Char('q')), Action::Quit),
        (with(KeyCode::Char('c'), KeyModifiers::CONTROL), Action::Quit),
        (key(KeyCode::Esc), Action::Back),
        (key(KeyCode::Char('1')), Action::ShowTab(Tab::Chart)),
        (key(KeyCode::Char('2')), Action::ShowTab(Tab::Fit)),
        (key(KeyCode::Char('3')), Action::ShowTab(Tab::Details)),
        (key(KeyCode::Char('4')), Action::ShowTab(Tab::Assumptions)),
    ];
    for (event, action) in cases {
        assert_eq!(keymap(event, &app), Some(action), "{event:?}");
    }
}

#[test]
fn keys_kept_for_later_features_and_stray_keys_do_nothing() {
    let app = app(Mode::Normal);
    assert_eq!(keymap(key(KeyCode::Char('e')), &app), Some(Action::Export));
    for code in ['x', '5', 'r'] {
        assert_eq!(keymap(key(KeyCode::Char(code)), &app), None, "{code}");
    }
    assert_eq!(keymap(key(KeyCode::F(5)), &app), None);
}

#[test]
fn releases_are_ignored() {
    let app = app(Mode::Normal);
    let mut release = key(KeyCode::Char('q'));
    release.kind = KeyEventKind::Release;
    assert_eq!(keymap(release, &app), None);
    let mut repeat = key(KeyCode::Right);
    repeat.kind = KeyEventKind::Repeat;
    assert_eq!(keymap(repeat, &app), Some(Action::Step { steps: 1, coarse: false }));
}

#[test]
fn the_editor_takes_every_character_including_q() {
    let app = app(editor());
    assert_eq!(keymap(key(KeyCode::Char('q')), &app), Some(Action::EditorChar('q')));
    assert_eq!(keymap(key(KeyCode::Char('5')), &app), Some(Action::EditorChar('5')));
    assert_eq!(keymap(key(KeyCode::Char('/')), &app), Some(Action::EditorChar('/')));
    assert_eq!(keymap(key(KeyCode::Backspace), &app), Some(Action::EditorBackspace));
    assert_eq!(keymap(key(KeyCode::Enter), &app), Some(Action::EditorSubmit));
    assert_eq!(keymap(key(KeyCode::Esc), &app), Some(Action::Back));
    let ctrl_c = with(KeyCode::Char('c'), KeyModifiers::CONTROL);
    assert_eq!(keymap(ctrl_c, &app), Some(Action::Quit));
    assert_eq!(keymap(key(KeyCode::Left), &app), None);
}

#[test]
fn the_picker_moves_chooses_and_closes() {
    let app = app(Mode::Picker { selected: 0 });
    assert_eq!(keymap(key(KeyCode::Down), &app), Some(Action::PickerMove(1)));
    assert_eq!(keymap(key(KeyCode::Char('k')), &app), Some(Action::PickerMove(-1)));
    assert_eq!(keymap(key(KeyCode::PageDown), &app), Some(Action::PickerMove(5)));
    assert_eq!(keymap(key(KeyCode::Enter), &app), Some(Action::PickerChoose));
    assert_eq!(keymap(key(KeyCode::Esc), &app), Some(Action::Back));
    assert_eq!(keymap(key(KeyCode::Char('p')), &app), Some(Action::Back));
    assert_eq!(keymap(key(KeyCode::Char('q')), &app), Some(Action::Quit));
}

#[test]
fn help_closes_on_esc_or_question_mark() {
    let app = app(Mode::Help);
    assert_eq!(keymap(key(KeyCode::Esc), &app), Some(Action::Back));
    assert_eq!(keymap(key(KeyCode::Char('?')), &app), Some(Action::Back));
    assert_eq!(keymap(key(KeyCode::Char('q')), &app), Some(Action::Quit));
    assert_eq!(keymap(key(KeyCode::Right), &app), None);
}

//! The table of every key. The explorer's own keys come first, in the order of the help overlay;
//! then the keys inside the help, the preset picker and the value editor, which the help does not
//! list. The first binding of the current mode that takes a key decides what it does (a test
//! checks that no two of them disagree, so the order only matters for the help).

use ratatui::crossterm::event::KeyCode::{
    self, BackTab, Backspace, Down, End, Enter, Esc, Home, Left, PageDown, PageUp, Right, Tab, Up,
};

use super::super::action::Action;
use super::super::app::Tab as Panel;
use super::{Act, Binding, Key, Modes};

/// How far PgUp/PgDn move the picker's selection.
const PICKER_PAGE: i32 = 5;

const NORMAL: Modes = Modes::NORMAL;

const fn key(code: KeyCode) -> Key {
    Key::Plain(code)
}

const fn ch(letter: char) -> Key {
    Key::Plain(KeyCode::Char(letter))
}

const fn any(code: KeyCode) -> Key {
    Key::Any(code)
}

const fn any_ch(letter: char) -> Key {
    Key::Any(KeyCode::Char(letter))
}

const PREV: Act = Act::Do(Action::FocusPrev);
const NEXT: Act = Act::Do(Action::FocusNext);
const COARSE_DOWN: Act = Act::Do(Action::Step { steps: -1, coarse: true });
const COARSE_UP: Act = Act::Do(Action::Step { steps: 1, coarse: true });
const BACK: Act = Act::Do(Action::Back);
const QUIT: Act = Act::Do(Action::Quit);
const UP: Act = Act::Do(Action::PickerMove(-1));
const DOWN: Act = Act::Do(Action::PickerMove(1));

/// Every key the explorer reads.
pub const BINDINGS: &[Binding] = &[
    // The explorer, in the order of the help overlay.
    Binding::new(NORMAL, &[(key(Up), PREV), (key(Down), NEXT)])
        .help("move the focus: sliders, assumptions, fit rows")
        .hint("focus", 3),
    Binding::new(NORMAL, &[(ch('k'), PREV), (ch('j'), NEXT)]).beside(),
    Binding::new(NORMAL, &[(key(Tab), NEXT), (key(BackTab), PREV)]).beside(),
    Binding::new(NORMAL, &[(key(Left), Act::Step(-1)), (key(Right), Act::Step(1))])
        .help("step the focused value")
        .hint("step", 2),
    Binding::new(NORMAL, &[(ch('h'), Act::Step(-1)), (ch('l'), Act::Step(1))]).beside(),
    Binding::new(NORMAL, &[(Key::Shift(Left), COARSE_DOWN), (Key::Shift(Right), COARSE_UP)])
        .help("step it coarsely"),
    Binding::new(NORMAL, &[(ch('H'), COARSE_DOWN), (ch('L'), COARSE_UP)]).beside(),
    Binding::new(NORMAL, &[(key(PageUp), COARSE_UP), (key(PageDown), COARSE_DOWN)]).beside(),
    Binding::new(NORMAL, &[(key(Home), Act::Do(Action::Extreme { to_max: false }))])
        .help("its minimum, its maximum"),
    Binding::new(NORMAL, &[(key(End), Act::Do(Action::Extreme { to_max: true }))]).beside(),
    Binding::new(NORMAL, &[(key(Enter), Act::Do(Action::OpenEditor))])
        .help("type an exact value with units (50/s, 1.5GB, 2s)")
        .hint("type", 4),
    Binding::new(NORMAL, &[(ch('='), Act::Do(Action::OpenEditor))]).beside(),
    Binding::new(NORMAL, &[(ch('p'), Act::Do(Action::OpenPicker))])
        .help("pick a preset; pin/unpin a baseline; what moves it")
        .hint("presets", 5),
    Binding::new(NORMAL, &[(ch('c'), Act::Do(Action::TogglePin))]).beside(),
    Binding::new(NORMAL, &[(ch('w'), Act::Do(Action::ToggleTornado))]).beside(),
    Binding::new(NORMAL, &[(ch('e'), Act::Do(Action::Export))])
        .help("export lvf-snapshot-….md; save the scenario, NAME.toml")
        .hint("export", 6),
    Binding::new(NORMAL, &[(ch('s'), Act::Do(Action::OpenSave))]).beside().hint("save", 12),
    Binding::new(NORMAL, &[(ch('u'), Act::Do(Action::Undo))]).help("undo").hint("undo", 7),
    Binding::new(NORMAL, &[(Key::Ctrl('r'), Act::Do(Action::Redo))]).help("redo").hint("redo", 8),
    Binding::new(
        NORMAL,
        &[
            (ch('1'), Act::Do(Action::ShowTab(Panel::Chart))),
            (ch('2'), Act::Do(Action::ShowTab(Panel::Fit))),
            (ch('3'), Act::Do(Action::ShowTab(Panel::Details))),
            (ch('4'), Act::Do(Action::ShowTab(Panel::Assumptions))),
        ],
    )
    .help("chart, fit, why & costs, assumptions (small screens)"),
    Binding::new(NORMAL, &[(ch('v'), Act::Do(Action::ToggleMap))])
        .help("verdict map ↔ curves; map's y axis: runtime ↔ memory")
        .hint("map", 9),
    Binding::new(NORMAL, &[(ch('V'), Act::Do(Action::ToggleMapAxis))]).beside(),
    Binding::new(NORMAL, &[(ch('t'), Act::Do(Action::CycleTheme))])
        .help("next theme; meeting mode; next/previous preset (slides)")
        .hint("theme", 10)
        .meeting("theme", 1),
    Binding::new(NORMAL, &[(ch('m'), Act::Do(Action::ToggleMeeting))])
        .beside()
        .hint("meeting", 11)
        .meeting("explorer", 2),
    Binding::new(
        NORMAL,
        &[(ch('n'), Act::Do(Action::Slide(1))), (ch('N'), Act::Do(Action::Slide(-1)))],
    )
    .beside()
    .meeting("slides", 0),
    Binding::new(NORMAL, &[(ch('?'), Act::Do(Action::ToggleHelp))])
        .help("this help")
        .hint_last("help", 0)
        .when_cut("more")
        .meeting("help", 3),
    Binding::new(NORMAL, &[(key(Esc), BACK)]).help("close what is open; quit when nothing is"),
    Binding::new(NORMAL, &[(ch('q'), QUIT)])
        .help("quit (asks once if unsaved); prints how to reopen it")
        .hint_last("quit", 1),
    // In raw mode Ctrl-C is a key, not SIGINT: it quits from anywhere, the editor included.
    Binding::new(Modes::ALL, &[(Key::Ctrl('c'), QUIT)]).beside(),
    // The help overlay: anything that closes it.
    Binding::new(
        Modes::HELP,
        &[(any(Esc), BACK), (any_ch('?'), BACK), (any(Enter), BACK), (any_ch('q'), QUIT)],
    ),
    // The preset picker.
    Binding::new(
        Modes::PICKER,
        &[
            (any(Esc), BACK),
            (any_ch('p'), BACK),
            (any(Up), UP),
            (any(BackTab), UP),
            (any_ch('k'), UP),
            (any(Down), DOWN),
            (any(Tab), DOWN),
            (any_ch('j'), DOWN),
            (any(PageUp), Act::Do(Action::PickerMove(-PICKER_PAGE))),
            (any(PageDown), Act::Do(Action::PickerMove(PICKER_PAGE))),
            (any(Home), Act::Do(Action::PickerMove(i32::MIN))),
            (any(End), Act::Do(Action::PickerMove(i32::MAX))),
            (any(Enter), Act::Do(Action::PickerChoose)),
            (any_ch('q'), QUIT),
        ],
    ),
    // The save prompt: every character is text, as in the value editor.
    Binding::new(
        Modes::SAVE,
        &[
            (any(Esc), BACK),
            (any(Enter), Act::Do(Action::SaveSubmit)),
            (any(Backspace), Act::Do(Action::EditorBackspace)),
            (Key::AnyChar, Act::Type),
        ],
    ),
    // The value editor: every character is text, `q` included.
    Binding::new(
        Modes::EDITOR,
        &[
            (any(Esc), BACK),
            (any(Enter), Act::Do(Action::EditorSubmit)),
            (any(Backspace), Act::Do(Action::EditorBackspace)),
            (Key::AnyChar, Act::Type),
        ],
    ),
];

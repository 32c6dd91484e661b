//! The explorer: sliders that move the fit matrix, the cost curves and the verdict live.
//!
//! Data flows one way: a key or mouse event becomes an [`action::Action`] (pure functions in
//! [`keymap`] and [`mouse`]), [`app::App::update`] applies it and recomputes the report, and
//! [`view::render`] draws the frame from `&App`. What `update` cannot do itself (write a file) it
//! returns as an [`effect::Effect`], which the loop runs. The loop is synchronous: draw, block on
//! the next event, update. Nothing ticks.

pub mod action;
pub mod app;
pub mod effect;
pub mod keymap;
pub mod keys;
pub mod layout;
pub mod mouse;
pub mod style;
pub mod terminal;
mod update;
pub mod view;

use std::io::IsTerminal;

use anyhow::Context;
use ratatui::crossterm::event::{self, Event, KeyCode, KeyEvent, KeyEventKind, KeyModifiers};

use crate::engine::pricing::PriceBook;
use crate::engine::scenario::Scenario;

use app::App;
use effect::{dispatch, snapshot_time};
use keymap::keymap;
use mouse::{Hitmap, mouse_action};
use terminal::TerminalGuard;

/// Why the explorer did not start: stdin or stdout is not a terminal. The binary prints it after
/// "lvf: " on stderr, writes nothing to stdout and exits 2.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
#[error("the explorer needs a terminal; use lvf eval or lvf export")]
pub struct NotATerminal;

/// The user pressed Ctrl-C. In raw mode it is a key, not SIGINT; the explorer ends as SIGINT
/// would (terminal restored, exit code 130) and the binary prints nothing.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
#[error("interrupted")]
pub struct Interrupted;

/// Test hook: when this environment variable is set (non-empty), the explorer panics right after
/// drawing its first frame, so tests can check that a panic restores the terminal (exit 101).
pub const TEST_PANIC_VAR: &str = "LVF_TEST_PANIC";

/// How the explorer starts, besides its scenario and price book.
#[derive(Debug, Clone, Default)]
pub struct Options {
    /// Where `e` writes snapshots.
    pub export: app::ExportTarget,
    /// The theme to start with (`t` cycles the built-ins).
    pub theme: crate::theme::Theme,
    /// Start in meeting mode (`--meeting`).
    pub meeting: bool,
    /// What the starting scenario is called (its scenario file's name, title and notes).
    pub about: crate::scenario_file::About,
    /// The scenario file that holds the starting scenario exactly (`--scenario FILE` alone).
    pub opened_file: Option<std::path::PathBuf>,
    /// The deck whose slides `n`/`N` step through (`--deck`).
    pub deck: Option<crate::scenario_file::deck::Deck>,
}

/// Runs the explorer on `scenario` until the user quits and returns what to print once the
/// terminal is restored: the command that reopens the scenario. Fails with [`NotATerminal`]
/// (before touching the terminal) when stdin or stdout is not one.
pub fn run(scenario: Scenario, book: PriceBook, options: Options) -> anyhow::Result<String> {
    if !(std::io::stdin().is_terminal() && std::io::stdout().is_terminal()) {
        return Err(NotATerminal.into());
    }
    let screen = if options.meeting { app::Screen::Meeting } else { app::Screen::Explorer };
    let mut app = App::new(scenario, book)
        .with_theme(options.theme)
        .with_screen(screen)
        .with_start(options.about, options.opened_file, options.deck);
    app.export = options.export;
    let mut guard = TerminalGuard::enter().context("cannot take over the terminal")?;
    let test_panic = std::env::var_os(TEST_PANIC_VAR).is_some_and(|value| !value.is_empty());
    let result = event_loop(&mut guard, &mut app, test_panic);
    // Restore before the caller prints anything (an error, or the reopen command).
    drop(guard);
    result?;
    Ok(format!("reopen with: {}\n", app.reopen_line()))
}

/// Draw, block on the next event, update; until the app stops running. `test_panic`: panic once
/// the first frame is on screen ([`TEST_PANIC_VAR`]).
fn event_loop(guard: &mut TerminalGuard, app: &mut App, test_panic: bool) -> anyhow::Result<()> {
    while app.running {
        let hitmap: Hitmap = guard.draw(|frame| view::render(frame, app)).context("cannot draw")?;
        assert!(!test_panic, "{TEST_PANIC_VAR} is set: a deliberate panic after the first frame");
        // The map is computed for the room the frame gave it: fit it and draw again at once.
        if let Some(action) = app.map_resize(&hitmap) {
            dispatch(app, action, snapshot_time);
            continue;
        }
        let action = match event::read().context("cannot read the terminal")? {
            Event::Key(key) if is_interrupt(key) => return Err(Interrupted.into()),
            Event::Key(key) => keymap(key, app),
            Event::Mouse(mouse) => mouse_action(mouse, &hitmap),
            // A resize needs only the redraw at the top of the loop.
            _ => None,
        };
        if let Some(action) = action {
            // The clock is read here, in the loop, when an export actually runs.
            dispatch(app, action, snapshot_time);
        }
    }
    Ok(())
}

/// Ctrl-C, the key that raw mode keeps from becoming SIGINT.
fn is_interrupt(key: KeyEvent) -> bool {
    key.kind != KeyEventKind::Release
        && key.modifiers.contains(KeyModifiers::CONTROL)
        && matches!(key.code, KeyCode::Char('c' | 'C'))
}

//! The explorer: sliders that move the fit matrix, the cost curves and the verdict live.
//!
//! Data flows one way: a key or mouse event becomes an [`action::Action`] (pure functions in
//! [`keymap`] and [`mouse`]), [`app::App::update`] applies it and recomputes the report, and
//! [`view::render`] draws the frame from `&App`. The loop is synchronous: draw, block on the next
//! event, update. Nothing ticks.

pub mod action;
pub mod app;
pub mod keymap;
pub mod layout;
pub mod mouse;
pub mod style;
pub mod terminal;
mod update;
pub mod view;

use std::io::IsTerminal;
use std::process::ExitCode;

use anyhow::Context;
use ratatui::crossterm::event::{self, Event};

use crate::engine::pricing::PriceBook;
use crate::engine::scenario::Scenario;

use app::App;
use keymap::keymap;
use mouse::{Hitmap, mouse_action};
use terminal::TerminalGuard;

/// What lvf says, on stderr, when it has no terminal to draw in.
pub const NOT_A_TERMINAL: &str = "lvf: the explorer needs a terminal; use lvf eval or lvf export";

/// Runs the explorer on `scenario` until the user quits. Without a terminal on stdin and stdout
/// it prints [`NOT_A_TERMINAL`] to stderr, writes nothing to stdout and returns exit code 2.
pub fn run(scenario: Scenario, book: PriceBook) -> anyhow::Result<ExitCode> {
    if !(std::io::stdin().is_terminal() && std::io::stdout().is_terminal()) {
        eprintln!("{NOT_A_TERMINAL}");
        return Ok(ExitCode::from(2));
    }
    let mut app = App::new(scenario, book);
    let mut guard = TerminalGuard::enter().context("cannot take over the terminal")?;
    event_loop(&mut guard, &mut app)?;
    drop(guard);
    Ok(ExitCode::SUCCESS)
}

/// Draw, block on the next event, update; until the app stops running.
fn event_loop(guard: &mut TerminalGuard, app: &mut App) -> anyhow::Result<()> {
    while app.running {
        let hitmap: Hitmap = guard.draw(|frame| view::render(frame, app)).context("cannot draw")?;
        let action = match event::read().context("cannot read the terminal")? {
            Event::Key(key) => keymap(key, app),
            Event::Mouse(mouse) => mouse_action(mouse, &hitmap),
            // A resize needs only the redraw at the top of the loop.
            _ => None,
        };
        if let Some(action) = action {
            app.update(action);
        }
    }
    Ok(())
}

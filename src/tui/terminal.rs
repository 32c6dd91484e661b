//! The terminal guard: raw mode, the alternate screen and mouse capture on while the explorer
//! runs, and off again however it ends — on return, on `?`, on panic (a hook) and on SIGTERM,
//! SIGINT or SIGHUP (a signal thread restores, then exits with 128 + the signal's number).

use std::io::{self, Stdout, Write, stdout};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Mutex, Once, PoisonError};

use ratatui::Terminal;
use ratatui::backend::CrosstermBackend;
use ratatui::crossterm::cursor::Show;
use ratatui::crossterm::event::{DisableMouseCapture, EnableMouseCapture};
use ratatui::crossterm::execute;
use ratatui::crossterm::terminal::{
    EnterAlternateScreen, LeaveAlternateScreen, disable_raw_mode, enable_raw_mode,
};
use signal_hook::consts::{SIGHUP, SIGINT, SIGTERM};
use signal_hook::iterator::Signals;

/// Whether the terminal is in the explorer's modes (so restoring twice does nothing).
static ACTIVE: AtomicBool = AtomicBool::new(false);
/// Held while a frame is written, so a signal never restores in the middle of one.
static WRITING: Mutex<()> = Mutex::new(());
/// Held while restoring, so a signal that arrives as `q` restores waits for the restore to
/// finish before the process exits.
static RESTORING: Mutex<()> = Mutex::new(());
static HOOKS: Once = Once::new();

/// The terminal while the explorer owns it; dropping it restores the shell's terminal.
pub struct TerminalGuard {
    terminal: Terminal<CrosstermBackend<Stdout>>,
}

impl TerminalGuard {
    /// Takes over the terminal: raw mode, alternate screen, mouse capture.
    pub fn enter() -> io::Result<TerminalGuard> {
        install_hooks()?;
        ACTIVE.store(true, Ordering::SeqCst);
        let entered = enable_raw_mode()
            .and_then(|()| execute!(stdout(), EnterAlternateScreen, EnableMouseCapture))
            .and_then(|()| Terminal::new(CrosstermBackend::new(stdout())));
        match entered {
            Ok(terminal) => Ok(TerminalGuard { terminal }),
            Err(error) => {
                restore();
                Err(error)
            }
        }
    }

    /// Draws one frame; a signal that arrives meanwhile waits until it is written.
    pub fn draw<T>(&mut self, render: impl FnOnce(&mut ratatui::Frame) -> T) -> io::Result<T> {
        let _writing = WRITING.lock().unwrap_or_else(PoisonError::into_inner);
        let mut out = None;
        self.terminal.draw(|frame| out = Some(render(frame)))?;
        out.ok_or_else(|| io::Error::other("the frame was not drawn"))
    }
}

impl Drop for TerminalGuard {
    fn drop(&mut self) {
        restore();
    }
}

/// Puts the terminal back: mouse capture off, main screen, cursor shown, raw mode off. Does
/// nothing when the explorer does not hold the terminal.
pub fn restore() {
    let _restoring = RESTORING.lock().unwrap_or_else(PoisonError::into_inner);
    if !ACTIVE.swap(false, Ordering::SeqCst) {
        return;
    }
    let mut out = stdout();
    // Each step is tried even if one before it failed: a half-restored terminal is worse.
    let _ = execute!(out, DisableMouseCapture, LeaveAlternateScreen, Show);
    let _ = disable_raw_mode();
    let _ = out.flush();
}

/// Installs, once, the panic hook and the signal thread.
fn install_hooks() -> io::Result<()> {
    let mut result = Ok(());
    HOOKS.call_once(|| {
        let previous = std::panic::take_hook();
        std::panic::set_hook(Box::new(move |info| {
            restore();
            previous(info);
        }));
        result = Signals::new([SIGTERM, SIGINT, SIGHUP]).and_then(|mut signals| {
            std::thread::Builder::new().name("lvf-signals".into()).spawn(move || {
                if let Some(signal) = signals.forever().next() {
                    let _writing = WRITING.lock().unwrap_or_else(PoisonError::into_inner);
                    restore();
                    std::process::exit(128 + signal);
                }
            })?;
            Ok(())
        });
    });
    result
}

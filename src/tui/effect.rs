//! What [`App::update`] asks the event loop to do outside the app's state. `update` never touches
//! the file system or reads the clock: it returns an [`Effect`], the loop runs it (stamping a
//! snapshot with the time it runs) and feeds the outcome back as an [`Action`], so the status line
//! says how it went.

use std::path::PathBuf;

use crate::engine::pricing::PriceBook;
use crate::engine::report::Report;
use crate::export::write::{self, ExportError};
use crate::export::{Provenance, Timestamp, document_about};
use crate::scenario_file::About;

use super::action::Action;
use super::app::App;

/// Work for the event loop, with everything it needs.
#[derive(Debug, Clone, PartialEq)]
#[must_use = "the event loop runs effects; dropping one drops the work"]
#[expect(
    clippy::large_enum_variant,
    reason = "one effect per key press, run at once: its size never matters"
)]
pub enum Effect {
    /// Write the markdown snapshot of `report`, priced with `book`, into `dir` (the `e` key),
    /// atomically and never over an existing file. `pricing_file` is the `--pricing FILE` it
    /// names; `about` what the scenario is called.
    WriteSnapshot {
        dir: PathBuf,
        report: Report,
        book: PriceBook,
        pricing_file: Option<String>,
        about: About,
    },
    /// Write a scenario file (`s`) atomically: a new file, or over `path` only when `replace`
    /// (the user confirmed it, or it is the file this scenario was saved to).
    SaveScenario { path: PathBuf, text: String, replace: bool },
}

/// Why a scenario file was not saved.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SaveFailure {
    /// The file exists: ask before replacing it.
    pub exists: bool,
    pub message: String,
}

impl Effect {
    /// Does the work, at the time `now`, and returns the action that reports how it went.
    pub fn run(self, now: Timestamp) -> Action {
        match self {
            Effect::WriteSnapshot { dir, report, book, pricing_file, about } => {
                let provenance = Provenance { generated: now, pricing_file };
                let text = document_about(&report, &book, &provenance, &about);
                let written = write::write_snapshot_file(&dir, now, &text);
                Action::Exported(written.map_err(|error| error.to_string()))
            }
            Effect::SaveScenario { path, text, replace } => {
                let written = if replace {
                    write::write_replace(&path, &text)
                } else {
                    write::write_new(&path, &text)
                };
                Action::Saved(written.map(|()| path).map_err(|error| SaveFailure {
                    exists: matches!(error, ExportError::Exists(_)),
                    message: error.to_string(),
                }))
            }
        }
    }
}

/// Applies `action` as the event loop does: an effect it asks for runs at once, stamped with
/// `clock()`, and the action reporting its outcome is applied in turn. Tests drive the app through
/// this with a fixed clock.
pub fn dispatch(app: &mut App, action: Action, clock: impl Fn() -> Timestamp) {
    let mut next = Some(action);
    while let Some(action) = next {
        next = app.update(action).map(|effect| effect.run(clock()));
    }
}

/// The time the explorer stamps snapshots with: `SOURCE_DATE_EPOCH` when it holds a valid time
/// (reproducible snapshots, as `lvf export` honours it), else the system clock.
pub fn snapshot_time() -> Timestamp {
    std::env::var("SOURCE_DATE_EPOCH")
        .ok()
        .and_then(|value| Timestamp::from_source_date_epoch(&value).ok())
        .unwrap_or_else(Timestamp::now)
}

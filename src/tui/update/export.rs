//! The `e` key: ask the event loop to write the markdown snapshot of the current scenario, then
//! say in the status line where it went or why it could not be written. The explorer keeps its
//! state either way.

use std::path::PathBuf;

use crate::tui::app::{App, StatusKind};
use crate::tui::effect::Effect;

impl App {
    /// The write of a snapshot of the current report, for the loop to run.
    pub(super) fn snapshot_effect(&self) -> Effect {
        Effect::WriteSnapshot {
            dir: self.export.dir.clone(),
            report: self.report.clone(),
            book: self.book.clone(),
            pricing_file: self.export.pricing_file.clone(),
            about: self.session.about.clone(),
        }
    }

    /// Reports a snapshot written, or the error that stopped it.
    pub(super) fn on_exported(&mut self, written: Result<PathBuf, String>) {
        match written {
            Ok(path) => self.say(StatusKind::Info, &format!("exported {}", path.display())),
            Err(error) => self.say(StatusKind::Error, &format!("export failed: {error}")),
        }
    }
}

//! The `e` key: write the markdown snapshot of the current scenario, atomically and never over an
//! existing file, and say in the status line where it went or why it could not be written. The
//! explorer keeps its state either way.

use crate::export::{Provenance, write_snapshot};
use crate::tui::app::{App, StatusKind};

impl App {
    pub(super) fn export_snapshot(&mut self) {
        let provenance = Provenance {
            generated: (self.export.clock)(),
            pricing_file: self.export.pricing_file.clone(),
        };
        match write_snapshot(&self.export.dir, &self.report, &self.book, &provenance) {
            Ok(path) => self.say(StatusKind::Info, &format!("exported {}", path.display())),
            Err(error) => self.say(StatusKind::Error, &format!("export failed: {error}")),
        }
    }
}

//! Progress of a long read, on stderr, only when stderr is a terminal (a pipe or a CI log gets
//! nothing, so scripts and tests see only the final notes).

use std::io::{self, IsTerminal as _, Read, Write as _};
use std::path::Path;

/// Files smaller than this are read too fast for a progress line to help.
const MIN_SIZE: u64 = 8 << 20;

/// A reader that reports how far it got, in whole percent.
pub struct Progress<R> {
    inner: R,
    read: u64,
    size: u64,
    next_report: u64,
    label: Option<String>,
}

impl<R> Progress<R> {
    pub fn new(inner: R, size: u64, path: &Path) -> Self {
        let label =
            (size >= MIN_SIZE && io::stderr().is_terminal()).then(|| path.display().to_string());
        Progress { inner, read: 0, size, next_report: 0, label }
    }
}

impl<R: Read> Read for Progress<R> {
    fn read(&mut self, buffer: &mut [u8]) -> io::Result<usize> {
        let count = self.inner.read(buffer)?;
        self.read += count as u64;
        if let Some(label) = self.label.as_ref().filter(|_| self.read >= self.next_report) {
            let percent = self.read * 100 / self.size.max(1);
            let mut stderr = io::stderr().lock();
            let _ = write!(stderr, "\rreading {label}: {percent}%");
            let _ = stderr.flush();
            self.next_report = self.read + self.size / 100;
        }
        Ok(count)
    }
}

/// Ends the progress line, if one was shown.
pub fn done(size: u64, path: &Path) {
    if size >= MIN_SIZE && io::stderr().is_terminal() {
        eprintln!("\rreading {}: done", path.display());
    }
}

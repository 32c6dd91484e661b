//! `lvf pricing import`: AWS Price List offer files (JSON or CSV, as downloaded from AWS's public
//! bulk price list) read into a price book.
//!
//! Files stream through [`json`] or [`csv_offer`], which keep only the products that
//! [`meter::classify`] matches to a price-book figure; [`build`] merges them into a copy of the
//! current book. A file that is empty, truncated, not JSON or CSV, or another service's offer is
//! an [`ImportError`] naming the file and what was expected.

pub mod build;
pub mod csv_offer;
pub mod json;
pub mod meter;
pub mod offer;
mod progress;

use std::fs::File;
use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};

use thiserror::Error;

pub use build::Imported;
pub use offer::Offer;

use crate::engine::pricing::PriceBook;

/// Why an offer file could not be read. Displays as `offer file "FILE": PROBLEM`.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
#[error("offer file \"{}\": {problem}", .file.display())]
pub struct ImportError {
    pub file: PathBuf,
    pub problem: String,
}

/// Reads every file and merges them into a copy of `base`; `only` limits the regions written.
pub fn import(
    files: &[PathBuf],
    base: &PriceBook,
    only: &[String],
) -> Result<Imported, ImportError> {
    let offers = files.iter().map(|file| read_offer(file)).collect::<Result<Vec<_>, _>>()?;
    let names: Vec<String> = files.iter().map(|file| file.display().to_string()).collect();
    build::build(&offers, base, only)
        .map_err(|problem| ImportError { file: PathBuf::from(names.join(", ")), problem })
}

/// Reads one offer file, JSON or CSV by its first character.
pub fn read_offer(path: &Path) -> Result<Offer, ImportError> {
    let fail = |problem: String| ImportError { file: path.to_path_buf(), problem };
    let file = File::open(path).map_err(|error| {
        fail(match error.kind() {
            std::io::ErrorKind::NotFound => {
                "cannot read it: it does not exist; expected an AWS Price List offer file"
                    .to_string()
            }
            _ => format!("cannot read it: {error}; expected a readable AWS Price List offer file"),
        })
    })?;
    let size = file.metadata().map_or(0, |meta| meta.len());
    if file.metadata().is_ok_and(|meta| meta.is_dir()) {
        return Err(fail("it is a directory; expected an AWS Price List offer file".to_string()));
    }
    let mut reader = BufReader::with_capacity(1 << 16, progress::Progress::new(file, size, path));
    let first =
        first_byte(&mut reader).map_err(|error| fail(format!("cannot read it: {error}")))?;
    let offer =
        match first {
            None => Err("the file is empty; expected an AWS Price List offer file (JSON or CSV)"
                .to_string()),
            Some(b'{') => json::read(reader).map_err(|error| json_problem(&error)),
            Some(byte) if byte == b'"' || byte.is_ascii_alphabetic() => csv_offer::read(reader),
            Some(_) => Err("it is neither JSON nor CSV; expected an AWS Price List offer file (a \
                        JSON object, or CSV whose first rows read \"FormatVersion\", ...)"
                .to_string()),
        };
    progress::done(size, path);
    let offer = offer.map_err(fail)?;
    if offer.info.code.is_empty() {
        return Err(fail("it names no offer: expected an AWS Price List offer file".to_string()));
    }
    Ok(offer)
}

/// The first byte that is not whitespace or a byte-order mark, left unread.
fn first_byte(reader: &mut impl BufRead) -> std::io::Result<Option<u8>> {
    loop {
        let buffer = reader.fill_buf()?;
        let Some(position) = buffer
            .iter()
            .position(|byte| !byte.is_ascii_whitespace() && ![0xEF, 0xBB, 0xBF].contains(byte))
        else {
            if buffer.is_empty() {
                return Ok(None);
            }
            let length = buffer.len();
            reader.consume(length);
            continue;
        };
        let byte = buffer[position];
        reader.consume(position);
        return Ok(Some(byte));
    }
}

/// `serde_json`'s error in the words of someone who downloaded a file.
fn json_problem(error: &serde_json::Error) -> String {
    let at = format!("line {} column {}", error.line(), error.column());
    match error.classify() {
        serde_json::error::Category::Eof => format!(
            "the JSON ends early ({at}): the file is truncated; expected a complete AWS Price List \
             offer file (download it again)"
        ),
        serde_json::error::Category::Syntax => {
            format!("it is not valid JSON ({at}: {error}); expected an AWS Price List offer file")
        }
        serde_json::error::Category::Data => {
            let message = error.to_string();
            let message = message.split(" at line ").next().unwrap_or(&message).to_string();
            format!("{message} ({at})")
        }
        serde_json::error::Category::Io => format!("cannot read it: {error}"),
    }
}

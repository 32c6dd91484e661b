//! `lvf compare`: scenario files side by side, each against the first (the baseline).

use std::path::Path;

use super::CliError;
use crate::cli::compare::CompareArgs;
use crate::engine::{self, pricing::PriceBook};
use crate::export::compare::{self, Column};
use crate::scenario_file;

/// Runs `lvf compare` and returns what to print. A file that cannot be read or parsed is a usage
/// error (exit 2) naming the file, as with `--scenario`.
pub fn run(args: &CompareArgs, book: &PriceBook) -> Result<String, CliError> {
    let columns = args
        .files
        .iter()
        .map(|path| {
            let file = scenario_file::load(path, book).map_err(CliError::Usage)?;
            let name = file.about.heading().map_or_else(|| file_stem(path), ToString::to_string);
            Ok(Column { name, report: engine::evaluate(&file.scenario, book) })
        })
        .collect::<Result<Vec<_>, CliError>>()?;
    if args.json {
        compare::json(&columns).map_err(|error| CliError::Other(error.into()))
    } else if args.markdown {
        Ok(compare::markdown(&columns))
    } else {
        Ok(compare::text(&columns))
    }
}

/// The file's name without its extension, for a scenario file with no title or name.
fn file_stem(path: &Path) -> String {
    path.file_stem().map_or_else(|| path.display().to_string(), |s| s.to_string_lossy().into())
}

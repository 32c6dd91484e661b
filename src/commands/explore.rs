//! Plain `lvf`: the explorer's start-up options from the command line, checked before the
//! terminal is touched.

use super::CliError;
use crate::cli::Cli;
use crate::tui::Options;
use crate::tui::app::ExportTarget;

/// The explorer's options. An `--export-dir` that is not a directory is refused here, with exit
/// code 2, rather than at the first `e`.
pub fn options(cli: &Cli) -> Result<Options, CliError> {
    let mut export = ExportTarget {
        pricing_file: cli.pricing.as_ref().map(|path| path.display().to_string()),
        ..ExportTarget::default()
    };
    if let Some(dir) = &cli.export_dir {
        if !dir.is_dir() {
            return Err(CliError::Usage(format!(
                "--export-dir {}: not a directory (give an existing directory for snapshots)",
                dir.display()
            )));
        }
        export.dir.clone_from(dir);
    }
    Ok(Options { export })
}

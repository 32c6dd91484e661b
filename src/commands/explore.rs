//! Plain `lvf`: the explorer's start-up options from the command line, checked before the
//! terminal is touched.

use std::path::Path;

use super::CliError;
use crate::cli::Cli;
use crate::cli::scenario_flags::ScenarioFlags;
use crate::engine::pricing::PriceBook;
use crate::scenario_file::{About, deck};
use crate::theme::Theme;
use crate::tui::Options;
use crate::tui::app::ExportTarget;

/// Scenario flags before a subcommand (`lvf --rate 50/s eval`) start the explorer's scenario, which
/// a subcommand never opens: refuse them rather than answer for the defaults.
pub fn reject_stray_flags(cli: &Cli) -> Result<(), CliError> {
    let Some(command) = &cli.command else { return Ok(()) };
    let name = command.name();
    if cli.scenario != ScenarioFlags::default() {
        let example = if matches!(name, "eval" | "export") {
            format!("put them after it, as in `lvf {name} --rate 50/s`")
        } else {
            format!("`lvf {name}` takes none")
        };
        return Err(CliError::Usage(format!(
            "scenario flags before `{name}` set the explorer's start; {example}"
        )));
    }
    if cli.meeting {
        return Err(CliError::Usage(format!(
            "--meeting starts the explorer in meeting mode; `lvf {name}` does not use it"
        )));
    }
    if cli.deck.is_some() {
        return Err(CliError::Usage(format!(
            "--deck gives the explorer's slides; `lvf {name}` does not use it (for example \
             lvf --deck review.toml --meeting)"
        )));
    }
    if cli.export_dir.is_some() {
        return Err(CliError::Usage(format!(
            "--export-dir is where the explorer's `e` writes snapshots; `lvf {name}` does not use it"
        )));
    }
    Ok(())
}

/// The explorer's options, with the theme already chosen (`--theme`, `LVF_THEME`, `NO_COLOR`)
/// and the start's name (`--scenario`). An `--export-dir` that is not a directory, or a bad
/// `--deck`, is refused here, with exit code 2, before the terminal is touched.
pub fn options(
    cli: &Cli,
    theme: Theme,
    about: About,
    book: &PriceBook,
) -> Result<Options, CliError> {
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
    let deck = match &cli.deck {
        Some(path) => Some(deck::load(path, book).map_err(CliError::Usage)?),
        None => None,
    };
    let opened_file = cli.scenario.only_file().map(Path::to_path_buf);
    Ok(Options { export, theme, meeting: cli.meeting, about, opened_file, deck })
}

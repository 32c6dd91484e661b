//! The `lvf` binary: parse the command line, load the price book, dispatch. Nothing else.

use std::io::Write;
use std::process::ExitCode;

use clap::Parser;
use lvf::cli::{Cli, Command};
use lvf::commands::{self, CliError};

fn main() -> ExitCode {
    let cli = Cli::parse();
    match run(&cli) {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            // Ctrl-C ends quietly, as an interrupted command does in a shell.
            if !matches!(error, CliError::Interrupted) {
                eprintln!("lvf: {error:#}");
            }
            ExitCode::from(error.exit_code())
        }
    }
}

fn run(cli: &Cli) -> Result<(), CliError> {
    commands::explore::reject_stray_flags(cli)?;
    let book = commands::load_price_book(cli.pricing.as_deref())?;
    let theme =
        commands::themes::select(cli.theme.as_deref(), std::env::var_os("NO_COLOR").as_deref())?;
    let output = match &cli.command {
        Some(Command::Price(args)) => commands::price::run(args, &book)?,
        Some(Command::Eval(args)) => commands::eval::run(args, &book)?,
        Some(Command::Export(args)) => commands::export::run(args, &book, cli.pricing.as_deref())?,
        Some(Command::Compare(args)) => commands::compare::run(args, &book)?,
        Some(Command::Presets) => commands::presets::run(),
        Some(Command::Regions) => commands::regions::run(&book),
        Some(Command::Pricing(args)) => commands::pricing::run(args, &book)?,
        Some(Command::Themes) => commands::themes::run(&theme),
        None => {
            let start = cli.scenario.resolve(&book).map_err(CliError::Usage)?;
            let options = commands::explore::options(cli, theme.theme, start.about, &book)?;
            // Printed once the terminal is restored: the command that reopens the scenario.
            lvf::tui::run(start.scenario, book, options).map_err(|error| {
                if error.is::<lvf::tui::Interrupted>() {
                    return CliError::Interrupted;
                }
                match error.downcast::<lvf::tui::NotATerminal>() {
                    Ok(not_a_terminal) => CliError::Usage(not_a_terminal.to_string()),
                    Err(error) => CliError::Other(error),
                }
            })?
        }
    };
    let mut stdout = std::io::stdout().lock();
    match stdout.write_all(output.as_bytes()).and_then(|()| stdout.flush()) {
        // A closed pipe (`lvf price ... | head -1`) is not an error worth reporting.
        Err(error) if error.kind() != std::io::ErrorKind::BrokenPipe => {
            Err(CliError::Other(anyhow::Error::new(error).context("cannot write to stdout")))
        }
        _ => Ok(()),
    }
}

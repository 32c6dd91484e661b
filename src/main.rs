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
            eprintln!("lvf: {error:#}");
            ExitCode::from(error.exit_code())
        }
    }
}

fn run(cli: &Cli) -> Result<(), CliError> {
    let book = commands::load_price_book(cli.pricing.as_deref())?;
    let output = match &cli.command {
        Some(Command::Price(args)) => commands::price::run(args, &book)?,
        Some(Command::Eval(args)) => commands::eval::run(args, &book)?,
        Some(Command::Export(args)) => commands::export::run(args, &book, cli.pricing.as_deref())?,
        Some(Command::Presets) => commands::presets::run(),
        Some(Command::Regions) => commands::regions::run(&book),
        // Until the explorer exists, plain `lvf` prints the default scenario's bill.
        None => commands::price::default_summary(&book),
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

//! `lvf pricing import` and `lvf pricing diff`: refreshing the price book from AWS's own price
//! list files, and reviewing what a refresh changed.

mod diff;

use std::path::Path;

use crate::cli::pricing::{ImportArgs, PricingArgs, PricingCommand};
use crate::commands::{CliError, load_price_book};
use crate::engine::pricing::{PriceBook, to_toml};
use crate::export::write;
use crate::pricing_import;

/// Runs a pricing subcommand against the current book (built-in or `--pricing`).
pub fn run(args: &PricingArgs, book: &PriceBook) -> Result<String, CliError> {
    match &args.command {
        PricingCommand::Import(import) => run_import(import, book),
        PricingCommand::Diff(args) => {
            let old = load(&args.old)?;
            let new = load(&args.new)?;
            Ok(diff::run(&old, &new, args.json))
        }
    }
}

/// A book named on the command line: `builtin`, or a file.
fn load(path: &Path) -> Result<PriceBook, CliError> {
    if path.as_os_str() == "builtin" {
        return Ok(PriceBook::builtin());
    }
    load_price_book(Some(path))
}

/// Reads the offer files, writes the book (stdout or `-o FILE`) and says on stderr what was not
/// found. Nothing is written when any file is bad.
fn run_import(args: &ImportArgs, book: &PriceBook) -> Result<String, CliError> {
    let imported = pricing_import::import(&args.files, book, &args.regions)
        .map_err(|error| CliError::Usage(error.to_string()))?;
    let text = to_toml(&imported.book, &imported.annotations);
    // Never write a book lvf itself would refuse.
    PriceBook::parse(&text).map_err(|error| {
        CliError::Usage(format!(
            "the imported price book does not validate, so it was not written: {error}"
        ))
    })?;
    for note in &imported.notes {
        eprintln!("lvf: {note}");
    }
    let Some(path) = &args.output else {
        return Ok(text);
    };
    let written =
        if args.force { write::write_replace(path, &text) } else { write::write_new(path, &text) };
    written.map_err(|error| CliError::Usage(error.to_string()))?;
    let count = imported.book.regions.len();
    eprintln!(
        "lvf: wrote {} ({}: {})",
        path.display(),
        crate::engine::units::counted(&count.to_string(), "region", "regions"),
        imported.book.region_keys().collect::<Vec<_>>().join(", ")
    );
    Ok(String::new())
}

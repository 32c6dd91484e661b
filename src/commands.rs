//! What each subcommand does, on the library side so that `main.rs` only parses, loads and
//! dispatches, and tests can call the same code the binary runs.
//!
//! Every command returns its whole output as a `String` (printed by `main` only once the command
//! has succeeded, so a failure leaves stdout empty) or a [`CliError`] that knows its exit code.

pub mod compare;
pub mod eval;
pub mod explore;
pub mod export;
pub mod presets;
pub mod price;
pub mod pricing;
pub mod regions;
pub mod themes;
pub mod user_file;

use std::path::Path;

use thiserror::Error;

use crate::engine::pricing::PriceBook;

/// Why lvf stopped.
#[derive(Debug, Error)]
pub enum CliError {
    /// The user asked for something lvf cannot do: a bad pricing file, an unknown region, a task
    /// size AWS does not offer. Exit code 2, like clap's own flag errors.
    #[error("{0}")]
    Usage(String),
    /// The user pressed Ctrl-C in the explorer: exit code 130 (128 + SIGINT), like a shell's
    /// interrupted command, and nothing printed.
    #[error("interrupted")]
    Interrupted,
    /// Anything else. Exit code 1.
    #[error(transparent)]
    Other(#[from] anyhow::Error),
}

impl CliError {
    /// The process exit code for this error.
    pub fn exit_code(&self) -> u8 {
        match self {
            CliError::Usage(_) => 2,
            CliError::Interrupted => 130,
            CliError::Other(_) => 1,
        }
    }
}

/// The price book for this run: the file given with `--pricing` / `LVF_PRICING`, or the built-in
/// one. A bad file is an error naming the file, line and column, key, value and what is accepted.
pub fn load_price_book(path: Option<&Path>) -> Result<PriceBook, CliError> {
    let Some(path) = path else {
        return Ok(PriceBook::builtin());
    };
    let name = path.display();
    let text = user_file::read_text(path).map_err(|problem| {
        CliError::Usage(format!("pricing file \"{name}\": cannot read it: {problem}"))
    })?;
    PriceBook::parse(&text)
        .map_err(|error| CliError::Usage(format!("pricing file \"{name}\", {error}")))
}

//! The command line: flags, subcommands and the value parsers behind them (clap derive; the doc
//! comments are the help text).
//!
//! One [`Command`] variant per subcommand; no subcommand starts the explorer. Value parsers read
//! through [`crate::engine::units`], so the flags, the explorer's value editor and the tests accept
//! the same forms, and every rejection shows an accepted example.

pub mod compare;
pub mod export;
pub mod price;
pub mod pricing;
pub mod scenario_flags;

use std::path::PathBuf;

use clap::{Parser, Subcommand, ValueEnum};

use crate::engine::scenario::Arch;
use crate::engine::units;

/// Lambda container image or ECS on Fargate? Cost, fit and verdict for one workload.
#[derive(Debug, Parser)]
#[command(name = "lvf", version, about, long_about = None, propagate_version = true)]
pub struct Cli {
    /// Price book to use instead of the built-in one (a TOML file laid out like pricing.toml).
    #[arg(long, global = true, env = "LVF_PRICING", value_name = "FILE")]
    pub pricing: Option<PathBuf>,

    /// Where the explorer starts (plain `lvf` only; subcommands take their own).
    #[command(flatten)]
    pub scenario: scenario_flags::ScenarioFlags,

    /// Colour theme: a built-in's name (see `lvf themes`) or the path of a theme file (a copy of
    /// themes/dark.toml). Without it, `NO_COLOR` (any non-empty value) selects `mono`.
    #[arg(long, global = true, env = "LVF_THEME", value_name = "NAME|PATH")]
    pub theme: Option<String>,

    /// Start the explorer in meeting mode: the verdict in large type, the cost chart and the five
    /// sliders (`m` toggles it; `n`/`N` step through the presets).
    #[arg(long)]
    pub meeting: bool,

    /// A deck for meetings (TOML: `[[slide]]` tables, each a title and `file = "a.toml"` or a
    /// scenario's keys): `n`/`N` step through its slides instead of the presets; the workload
    /// given by the other flags is slide 0.
    #[arg(long, value_name = "FILE")]
    pub deck: Option<PathBuf>,

    /// Directory the explorer's `e` (snapshots) and `s` (scenario files) write to (default: the
    /// current directory).
    #[arg(long, env = "LVF_EXPORT_DIR", value_name = "DIR")]
    pub export_dir: Option<PathBuf>,

    /// What to do; without a subcommand lvf starts the explorer.
    #[command(subcommand)]
    pub command: Option<Command>,
}

/// The subcommands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Price a month of usage on one platform or one service around it, exactly as AWS bills it.
    Price(price::PriceArgs),
    /// Evaluate a workload: both bills, break-even, fit matrix and verdict, as text or JSON.
    Eval(scenario_flags::EvalArgs),
    /// Write the markdown snapshot of a workload (stdout, or -o FILE): costs, break-even, curves,
    /// fit, verdict and the command line that reproduces it.
    Export(export::ExportArgs),
    /// Compare scenario files side by side: costs, verdict, break-even and fit against the
    /// first file (the baseline), as text, JSON or markdown.
    Compare(compare::CompareArgs),
    /// List the named scenarios, one line each.
    Presets,
    /// List the regions of the price book.
    Regions,
    /// Refresh the price book from AWS's price list files, or compare two books.
    Pricing(pricing::PricingArgs),
    /// List the built-in themes, one line each: the default and the active one are marked.
    Themes,
}

impl Command {
    /// The subcommand as typed.
    pub fn name(&self) -> &'static str {
        match self {
            Command::Price(_) => "price",
            Command::Eval(_) => "eval",
            Command::Export(_) => "export",
            Command::Compare(_) => "compare",
            Command::Presets => "presets",
            Command::Regions => "regions",
            Command::Pricing(_) => "pricing",
            Command::Themes => "themes",
        }
    }
}

/// CPU architecture, the same on both platforms.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ArchArg {
    /// Intel or AMD (the default on both platforms).
    #[value(name = "x86_64", alias = "x86", alias = "amd64")]
    X86_64,
    /// Graviton: about 20% cheaper per unit on both platforms.
    #[value(name = "arm64", alias = "arm", alias = "aarch64")]
    Arm64,
}

impl From<ArchArg> for Arch {
    fn from(arch: ArchArg) -> Self {
        match arch {
            ArchArg::X86_64 => Arch::X86_64,
            ArchArg::Arm64 => Arch::Arm64,
        }
    }
}

/// Reads a duration (`120ms`, `2s`, `15min`, `1h`) and returns seconds.
pub fn parse_duration(text: &str) -> Result<f64, String> {
    units::parse_duration(text).map_err(|error| error.to_string())
}

/// Reads a count with an optional k, M or B suffix (`3000000`, `3M`, `20B`).
pub fn parse_count(text: &str) -> Result<f64, String> {
    units::parse_count(text).map_err(|error| error.to_string())
}

/// Reads a plain non-negative number (`8`, `0.25`).
pub fn parse_number(text: &str) -> Result<f64, String> {
    units::parse_number(text).map_err(|error| error.to_string())
}

/// Checks that `value` lies in `min..=max`, with a message naming the range and an example.
pub fn in_range(
    value: f64,
    min: f64,
    max: f64,
    what: &str,
    unit: &str,
    example: &str,
) -> Result<f64, String> {
    if (min..=max).contains(&value) {
        Ok(value)
    } else {
        Err(format!(
            "{} {unit} is outside {what} ({} to {} {unit}; for example {example})",
            units::significant(value, 6),
            units::significant(min, 6),
            units::significant(max, 6)
        ))
    }
}

#[cfg(test)]
mod tests {
    use clap::CommandFactory;

    use super::*;

    #[test]
    fn the_cli_definition_is_consistent() {
        Cli::command().debug_assert();
    }

    #[test]
    fn ranges_name_the_bounds_and_an_example() {
        let message = in_range(64.0, 128.0, 10_240.0, "Lambda's memory range", "MB", "1024")
            .expect_err("64 is below 128");
        assert_eq!(
            message,
            "64 MB is outside Lambda's memory range (128 to 10240 MB; for example 1024)"
        );
        assert!(in_range(128.0, 128.0, 10_240.0, "x", "MB", "1024").is_ok());
    }
}

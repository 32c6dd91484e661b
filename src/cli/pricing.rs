//! `lvf pricing …`: keeping the price book current from AWS's own price list files.

use std::path::PathBuf;

use clap::{Args, Subcommand};

/// `lvf pricing` and its subcommands.
#[derive(Debug, Args)]
pub struct PricingArgs {
    #[command(subcommand)]
    pub command: PricingCommand,
}

/// The pricing subcommands.
// The doc comments are the help text, where backticks around offer codes would show.
#[allow(clippy::doc_markdown)]
#[derive(Debug, Subcommand)]
pub enum PricingCommand {
    /// Build a price book from AWS Price List offer files (JSON or CSV).
    ///
    /// The files are AWS's public offer files (one region or all), as downloaded from https://pricing.us-east-1.amazonaws.com/offers/v1.0/aws/<OFFER>/current/
    /// (index.json, or <region>/index.csv). Offers read: AWSLambda, AmazonECS (Fargate), AWSELB,
    /// AmazonApiGateway, AmazonCloudWatch, AmazonEC2 / AmazonVPC (NAT, public IPv4, EBS gp3),
    /// AmazonEFS. Rates the files do not carry are kept from the current book (built-in or
    /// --pricing) and marked; what was not found is listed on stderr.
    Import(ImportArgs),
    /// Compare two price books: every rate that changed, old, new and the change in percent.
    ///
    /// OLD and NEW are price-book files, or `builtin` for the book compiled into lvf.
    Diff(DiffArgs),
}

/// `lvf pricing import`.
#[derive(Debug, Args)]
pub struct ImportArgs {
    /// Offer files to read (JSON or CSV).
    #[arg(required = true, value_name = "FILE")]
    pub files: Vec<PathBuf>,
    /// Write the book to FILE (atomically) instead of stdout.
    #[arg(short, long, value_name = "FILE")]
    pub output: Option<PathBuf>,
    /// Write only this region (repeat for more); default: every region found in the files.
    #[arg(long = "region", value_name = "REGION")]
    pub regions: Vec<String>,
    /// Replace FILE if it exists.
    #[arg(long, requires = "output")]
    pub force: bool,
}

/// `lvf pricing diff`.
#[derive(Debug, Args)]
pub struct DiffArgs {
    /// The price book before (a TOML file laid out like pricing.toml; `builtin` for the built-in).
    #[arg(value_name = "OLD")]
    pub old: PathBuf,
    /// The price book after.
    #[arg(value_name = "NEW")]
    pub new: PathBuf,
    /// One JSON object instead of a table.
    #[arg(long)]
    pub json: bool,
}

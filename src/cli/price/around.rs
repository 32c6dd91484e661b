//! Flags of `lvf price http-api|rest-api|websocket|nat|logs|ebs|efs|ipv4`: a month of one service
//! around the compute, in the units its bill counts. Values that need only the flag (units,
//! AWS's fixed limits) are checked here; the region needs the price book and is checked by
//! [`crate::commands::price`].

use clap::Args;

use super::{parse_hours, parse_requests};
use crate::cli::{in_range, parse_count, parse_number};
use crate::engine::units::{self, HOURS_PER_MONTH};

/// The region and the output form, shared by every service.
#[derive(Debug, Args)]
pub struct PriceOutput {
    /// Region, a key of the price book (`lvf regions` lists them).
    #[arg(long, value_name = "R", default_value = "us-east-1", env = "LVF_REGION")]
    pub region: String,

    /// Print one JSON object with unrounded dollars instead of the table.
    #[arg(long)]
    pub json: bool,
}

/// How long in the month something billed by the hour runs.
#[derive(Debug, Args)]
pub struct RunHours {
    /// Hours each one is in use in the month (730 is a whole month; at most 744).
    #[arg(
        long,
        allow_hyphen_values = true,
        value_name = "H",
        default_value = "730",
        value_parser = parse_hours
    )]
    pub hours: f64,
}

/// How long in the month something billed by the GB-month is kept.
#[derive(Debug, Args)]
pub struct StoredHours {
    /// Hours it is kept in the month, at most 730 (lvf's month; billed by the second as GB x
    /// hours / 730).
    #[arg(
        long,
        allow_hyphen_values = true,
        value_name = "H",
        default_value = "730",
        value_parser = parse_storage_hours
    )]
    pub hours: f64,
}

/// API Gateway HTTP API requests for one month.
#[derive(Debug, Args)]
pub struct HttpApiPriceArgs {
    /// Requests in the month: 432M, 9720000 (at most 1000B).
    #[arg(long, allow_hyphen_values = true, value_name = "N", value_parser = parse_requests)]
    pub requests: f64,

    /// Size of one request and its response together, KB: 58, 4.5MB. HTTP APIs meter a request
    /// in 512 KB increments (a 4.5 MB upload counts as 9); at most 10 MB, the payload limit.
    #[arg(
        long,
        allow_hyphen_values = true,
        value_name = "KB",
        default_value = "10",
        value_parser = parse_http_size
    )]
    pub size: f64,

    #[command(flatten)]
    pub output: PriceOutput,
}

/// API Gateway REST API requests for one month.
#[derive(Debug, Args)]
pub struct RestApiPriceArgs {
    /// Requests in the month: 5M, 15B (at most 1000B); tiered at 333 million and 1 billion.
    #[arg(long, allow_hyphen_values = true, value_name = "N", value_parser = parse_requests)]
    pub requests: f64,

    #[command(flatten)]
    pub output: PriceOutput,
}

/// API Gateway WebSocket API messages and connection-minutes for one month.
#[derive(Debug, Args)]
pub struct WebSocketPriceArgs {
    /// Messages sent and received in the month: 18M (at most 1000B).
    #[arg(long, allow_hyphen_values = true, value_name = "N", value_parser = parse_requests)]
    pub messages: f64,

    /// Size of one message, KB: 3, 33 (metered in 32 KB increments; at most 128, AWS's limit).
    #[arg(
        long,
        allow_hyphen_values = true,
        value_name = "KB",
        default_value = "1",
        value_parser = parse_message_size
    )]
    pub size: f64,

    /// Connection-minutes in the month: clients x minutes connected (1000 clients 12 h a day for
    /// 30 days = 21.6M; at most 1000B).
    #[arg(
        long,
        allow_hyphen_values = true,
        value_name = "N",
        default_value = "0",
        value_parser = parse_requests
    )]
    pub connection_minutes: f64,

    #[command(flatten)]
    pub output: PriceOutput,
}

/// NAT gateway hours and data processed for one month.
#[derive(Debug, Args)]
pub struct NatPriceArgs {
    /// NAT gateways (one per Availability Zone is usual), 1 to 1000.
    #[arg(
        long,
        allow_hyphen_values = true,
        value_name = "N",
        default_value = "1",
        value_parser = parse_gateways
    )]
    pub gateways: f64,

    #[command(flatten)]
    pub month: RunHours,

    /// Data the gateways process in the month, GB, both directions: 500, 2TB.
    #[arg(
        long,
        allow_hyphen_values = true,
        value_name = "GB",
        default_value = "0",
        value_parser = parse_data_gb
    )]
    pub gb: f64,

    #[command(flatten)]
    pub output: PriceOutput,
}

/// `CloudWatch` Logs ingestion for one month.
#[derive(Debug, Args)]
pub struct LogsPriceArgs {
    /// Log data ingested in the month, GB: 30, 2TB (Standard class; the account's free 5 GB is
    /// not taken off).
    #[arg(long, allow_hyphen_values = true, value_name = "GB", value_parser = parse_data_gb)]
    pub gb: f64,

    #[command(flatten)]
    pub output: PriceOutput,
}

/// EBS gp3 volumes (one per Fargate task) for one month.
#[derive(Debug, Args)]
pub struct EbsPriceArgs {
    /// Size of each volume, GB, 1 to 16384 (gp3's range; 3,000 IOPS and 125 MB/s included).
    #[arg(long, allow_hyphen_values = true, value_name = "GB", value_parser = parse_ebs_gb)]
    pub gb: f64,

    /// Volumes, 1 to 1000000 (Fargate attaches one per task).
    #[arg(
        long,
        allow_hyphen_values = true,
        value_name = "N",
        default_value = "1",
        value_parser = parse_volumes
    )]
    pub volumes: f64,

    #[command(flatten)]
    pub month: StoredHours,

    #[command(flatten)]
    pub output: PriceOutput,
}

/// An EFS Standard file system for one month.
#[derive(Debug, Args)]
pub struct EfsPriceArgs {
    /// Data stored, GB: 20, 1.5TB (at most 1000000000).
    #[arg(long, allow_hyphen_values = true, value_name = "GB", value_parser = parse_data_gb)]
    pub gb: f64,

    #[command(flatten)]
    pub month: StoredHours,

    #[command(flatten)]
    pub output: PriceOutput,
}

/// Public IPv4 addresses (one per Fargate task on a public network) for one month.
#[derive(Debug, Args)]
pub struct Ipv4PriceArgs {
    /// Addresses in use, 1 to 1000000.
    #[arg(
        long,
        allow_hyphen_values = true,
        value_name = "N",
        default_value = "1",
        value_parser = parse_volumes
    )]
    pub addresses: f64,

    #[command(flatten)]
    pub month: RunHours,

    #[command(flatten)]
    pub output: PriceOutput,
}

/// The most data lvf prices in a month: a billion GB (an exabyte).
const MAX_DATA_GB: f64 = 1e9;

fn parse_http_size(text: &str) -> Result<f64, String> {
    let kb = units::parse_kb(text).map_err(|error| error.to_string())?;
    positive(kb, 10_000.0, "an HTTP API payload", "KB", "58")
}

fn parse_message_size(text: &str) -> Result<f64, String> {
    let kb = units::parse_kb(text).map_err(|error| error.to_string())?;
    positive(kb, 128.0, "a WebSocket message", "KB", "3")
}

fn parse_data_gb(text: &str) -> Result<f64, String> {
    let gb = parse_data(text)?;
    in_range(gb, 0.0, MAX_DATA_GB, "the data lvf prices", "GB", "500")
}

fn parse_ebs_gb(text: &str) -> Result<f64, String> {
    let gb = parse_data(text)?;
    in_range(gb, 1.0, 16_384.0, "gp3's volume sizes", "GB", "100")
}

/// GB, or TB with the unit (1 TB = 1,024 GB, as AWS's storage examples count it).
fn parse_data(text: &str) -> Result<f64, String> {
    let trimmed = text.trim();
    let tb = ["TB", "tb", "T", "TiB"].iter().find_map(|unit| trimmed.strip_suffix(unit));
    match tb {
        Some(number) => Ok(parse_number(number)
            .map_err(|_| format!("{text:?} is not a size in GB or TB (for example 500, 2TB)"))?
            * 1024.0),
        None => units::parse_gb(text).map_err(|error| error.to_string()),
    }
}

/// Hours of a GB-month price: a whole month is one GB-month, however long the month.
fn parse_storage_hours(text: &str) -> Result<f64, String> {
    let hours = parse_number(text)?;
    if hours <= HOURS_PER_MONTH {
        Ok(hours)
    } else {
        Err(format!(
            "{text:?} hours is more than a month of storage (at most 730, lvf's month, one \
             GB-month per GB; for example 12)"
        ))
    }
}

fn parse_gateways(text: &str) -> Result<f64, String> {
    whole(text, 1_000.0, "NAT gateways", "2")
}

fn parse_volumes(text: &str) -> Result<f64, String> {
    whole(text, 1e6, "of them", "2")
}

/// A size above 0 and at most `max`.
fn positive(value: f64, max: f64, what: &str, unit: &str, example: &str) -> Result<f64, String> {
    if value > 0.0 && value <= max {
        Ok(value)
    } else {
        Err(format!(
            "{} {unit} is not the size of {what}: more than 0 and at most {} {unit} (for \
             example {example})",
            units::significant(value, 6),
            units::significant(max, 6)
        ))
    }
}

/// A whole count from 1 to `max`.
fn whole(text: &str, max: f64, what: &str, example: &str) -> Result<f64, String> {
    let max_text = units::significant(max, 7);
    let accepted = format!("a whole number of {what} from 1 to {max_text} (for example {example})");
    match parse_count(text) {
        Ok(count) if (1.0..=max).contains(&count) && count.fract() == 0.0 => Ok(count),
        _ => Err(format!("{text:?} is not {accepted}")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn flag_values_are_checked_with_examples() {
        assert_eq!(parse_http_size("4.5MB"), Ok(4500.0));
        assert!(parse_http_size("11MB").is_err_and(|e| e.contains("at most 10000 KB")));
        assert!(parse_http_size("0").is_err_and(|e| e.contains("for example 58")));
        assert_eq!(parse_message_size("33KB"), Ok(33.0));
        assert!(parse_message_size("129").is_err_and(|e| e.contains("at most 128 KB")));
        assert_eq!(parse_data_gb("2TB"), Ok(2048.0));
        assert_eq!(parse_data_gb("512MB"), Ok(0.5));
        assert!(parse_data_gb("-1").is_err());
        assert!(parse_data_gb("2PB").is_err_and(|e| e.contains("for example")));
        assert!(parse_ebs_gb("0.5").is_err_and(|e| e.contains("1 to 16384 GB")));
        assert_eq!(parse_gateways("2"), Ok(2.0));
        assert!(parse_gateways("1.5").is_err_and(|e| e.contains("from 1 to 1000")));
        assert!(parse_volumes("0").is_err());
        assert_eq!(parse_storage_hours("730"), Ok(730.0));
        assert!(parse_storage_hours("731").is_err_and(|e| e.contains("at most 730")));
    }
}

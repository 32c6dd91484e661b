//! `lvf price http-api|rest-api|websocket|nat|logs|ebs|efs|ipv4`: a month of one service around
//! the compute, its title and its lines.

use super::{CliError, region, render};
use crate::cli::price::{
    EbsPriceArgs, EfsPriceArgs, HttpApiPriceArgs, Ipv4PriceArgs, LogsPriceArgs, NatPriceArgs,
    PriceOutput, RestApiPriceArgs, WebSocketPriceArgs,
};
use crate::engine::around::usage::{self, AroundUsage};
use crate::engine::around::{HTTP_API_METER_KB, WEBSOCKET_METER_KB, metered};
use crate::engine::pricing::PriceBook;
use crate::engine::units::{self, HOURS_PER_MONTH};

/// Prices `usage` in the region `output` names and renders it under `title` (which follows the
/// region: "API Gateway HTTP API, us-east-1: ...").
fn run(
    book: &PriceBook,
    output: &PriceOutput,
    service: &str,
    what: &str,
    usage: AroundUsage,
) -> Result<String, CliError> {
    let prices = region(book, &output.region)?;
    let lines = usage::price(&usage, prices, &output.region);
    let title = format!("{service}, {}: {what}", output.region);
    Ok(render(&title, &lines, &output.region, output.json))
}

/// "432M", "21.6M", "9.72M", "500": a quantity for a title, to four significant digits.
fn quantity(count: f64) -> String {
    for (scale, suffix) in [(1e9, "B"), (1e6, "M"), (1e3, "k")] {
        if count >= scale {
            return format!("{}{suffix}", units::significant(count / scale, 4));
        }
    }
    units::significant(count, 4)
}

/// "1 metered each", "9 metered each".
fn metered_each(kb: f64, increment_kb: f64) -> String {
    format!("{} metered each", units::significant(metered(kb, increment_kb), 6))
}

fn hours(hours: f64) -> String {
    format!("{} h", units::significant(hours, 6))
}

fn gb(gb: f64) -> String {
    format!("{} GB", units::significant(gb, 6))
}

pub fn http_api(args: &HttpApiPriceArgs, book: &PriceBook) -> Result<String, CliError> {
    let what = format!(
        "{} requests of {} KB ({})",
        quantity(args.requests),
        units::significant(args.size, 6),
        metered_each(args.size, HTTP_API_METER_KB)
    );
    let usage = AroundUsage::HttpApi { requests: args.requests, size_kb: args.size };
    run(book, &args.output, "API Gateway HTTP API", &what, usage)
}

pub fn rest_api(args: &RestApiPriceArgs, book: &PriceBook) -> Result<String, CliError> {
    let what = format!("{} requests", quantity(args.requests));
    let usage = AroundUsage::RestApi { requests: args.requests };
    run(book, &args.output, "API Gateway REST API", &what, usage)
}

pub fn websocket(args: &WebSocketPriceArgs, book: &PriceBook) -> Result<String, CliError> {
    let what = format!(
        "{} messages of {} KB ({}), {} connection-minutes",
        quantity(args.messages),
        units::significant(args.size, 6),
        metered_each(args.size, WEBSOCKET_METER_KB),
        quantity(args.connection_minutes)
    );
    let usage = AroundUsage::WebSocket {
        messages: args.messages,
        size_kb: args.size,
        connection_minutes: args.connection_minutes,
    };
    run(book, &args.output, "API Gateway WebSocket API", &what, usage)
}

pub fn nat(args: &NatPriceArgs, book: &PriceBook) -> Result<String, CliError> {
    let gateways = units::counted(&units::significant(args.gateways, 7), "gateway", "gateways");
    let what = format!("{gateways} for {}, {} processed", hours(args.month.hours), gb(args.gb));
    let usage = AroundUsage::Nat { gateway_hours: args.gateways * args.month.hours, gb: args.gb };
    run(book, &args.output, "NAT gateway", &what, usage)
}

pub fn logs(args: &LogsPriceArgs, book: &PriceBook) -> Result<String, CliError> {
    let what = format!("{} ingested", gb(args.gb));
    run(book, &args.output, "CloudWatch Logs", &what, AroundUsage::Logs { gb: args.gb })
}

pub fn ebs(args: &EbsPriceArgs, book: &PriceBook) -> Result<String, CliError> {
    let volumes = units::counted(&units::significant(args.volumes, 7), "volume", "volumes");
    let what = format!("{volumes} of {} for {}", gb(args.gb), hours(args.month.hours));
    let usage = AroundUsage::Ebs {
        gb: args.gb * args.volumes,
        hours: args.month.hours,
        month_hours: HOURS_PER_MONTH,
    };
    run(book, &args.output, "EBS gp3", &what, usage)
}

pub fn efs(args: &EfsPriceArgs, book: &PriceBook) -> Result<String, CliError> {
    let what = format!("{} for {}", gb(args.gb), hours(args.month.hours));
    let usage =
        AroundUsage::Efs { gb: args.gb, hours: args.month.hours, month_hours: HOURS_PER_MONTH };
    run(book, &args.output, "EFS Standard", &what, usage)
}

pub fn ipv4(args: &Ipv4PriceArgs, book: &PriceBook) -> Result<String, CliError> {
    let addresses = units::counted(&units::significant(args.addresses, 7), "address", "addresses");
    let what = format!("{addresses} for {}", hours(args.month.hours));
    let usage = AroundUsage::PublicIpv4 { address_hours: args.addresses * args.month.hours };
    run(book, &args.output, "Public IPv4", &what, usage)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quantities_keep_four_digits() {
        assert_eq!(quantity(432e6), "432M");
        assert_eq!(quantity(21.6e6), "21.6M");
        assert_eq!(quantity(9.72e6), "9.72M");
        assert_eq!(quantity(15e9), "15B");
        assert_eq!(quantity(500.0), "500");
        assert_eq!(quantity(0.0), "0");
    }
}

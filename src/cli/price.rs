//! Flags of `lvf price lambda` and `lvf price fargate`; the services around the compute have
//! theirs in [`around`].
//!
//! Values that need only the flag itself (units, AWS's fixed ranges) are checked here, so clap
//! reports them with the flag's name; values that need the price book (the region, the Fargate
//! task size) are checked by [`crate::commands::price`].

mod around;

use clap::{Args, Subcommand};

pub use around::{
    EbsPriceArgs, EfsPriceArgs, HttpApiPriceArgs, Ipv4PriceArgs, LogsPriceArgs, NatPriceArgs,
    PriceOutput, RestApiPriceArgs, RunHours, StoredHours, WebSocketPriceArgs,
};

use super::{ArchArg, in_range, parse_count, parse_duration, parse_number};
use crate::engine::units;

/// `lvf price ...`: usage in, the month's bill out, for the compute or a service around it.
#[derive(Debug, Args)]
pub struct PriceArgs {
    #[command(subcommand)]
    pub platform: PricePlatform,
}

/// Which platform to price.
#[derive(Debug, Subcommand)]
pub enum PricePlatform {
    /// Price Lambda usage: requests, GB-seconds (tiered by architecture), ephemeral storage.
    Lambda(LambdaPriceArgs),
    /// Price Fargate usage: vCPU-hours, GB-hours and ephemeral storage for tasks x hours.
    Fargate(FargatePriceArgs),
    /// Price API Gateway HTTP API requests (tiered; metered in 512 KB increments).
    HttpApi(HttpApiPriceArgs),
    /// Price API Gateway REST API requests (tiered).
    RestApi(RestApiPriceArgs),
    /// Price API Gateway WebSocket API messages (metered in 32 KB increments) and
    /// connection-minutes.
    #[command(name = "websocket")]
    WebSocket(WebSocketPriceArgs),
    /// Price NAT gateways: gateway-hours and GB processed.
    Nat(NatPriceArgs),
    /// Price CloudWatch Logs ingestion per GB.
    #[allow(
        clippy::doc_markdown,
        reason = "the doc comment is the help text, read without markdown"
    )]
    Logs(LogsPriceArgs),
    /// Price EBS gp3 volumes (Fargate's per-task volumes) per GB-month.
    Ebs(EbsPriceArgs),
    /// Price an EFS Standard file system per GB-month.
    Efs(EfsPriceArgs),
    /// Price public IPv4 addresses (one per Fargate task on a public network) per hour.
    Ipv4(Ipv4PriceArgs),
}

/// Lambda usage for one month.
#[derive(Debug, Args)]
pub struct LambdaPriceArgs {
    /// Configured memory in MB, 128 to 10240 (1 GB = 1024 MB; `1.5GB` also works).
    #[arg(
        long,
        allow_hyphen_values = true,
        value_name = "MB",
        value_parser = parse_lambda_memory
    )]
    pub memory: f64,

    /// Duration of one invocation: 120ms, 2s, 15min (billed rounded up to a whole millisecond).
    #[arg(
        long,
        allow_hyphen_values = true,
        value_name = "D",
        value_parser = parse_lambda_duration
    )]
    pub duration: f64,

    /// Invocations in the month: 3000000, 3M, 20B (at most 1000B).
    #[arg(long, allow_hyphen_values = true, value_name = "N", value_parser = parse_requests)]
    pub requests: f64,

    /// CPU architecture.
    #[arg(long, value_enum, default_value = "x86_64", env = "LVF_ARCH")]
    pub arch: ArchArg,

    /// Region, a key of the price book (`lvf regions` lists them).
    #[arg(long, value_name = "R", default_value = "us-east-1", env = "LVF_REGION")]
    pub region: String,

    /// Apply the always-free monthly allowance (1M requests, 400,000 GB-s); it is per account.
    #[arg(long)]
    pub free_tier: bool,

    /// Configured ephemeral storage (/tmp) in MB, 512 to 10240; above 512 MB is billed.
    #[arg(
        long,
        allow_hyphen_values = true,
        value_name = "MB",
        default_value = "512",
        value_parser = parse_lambda_storage
    )]
    pub ephemeral_storage: f64,

    /// Provisioned concurrency: environments kept initialised (1 to 100000); invocations run on
    /// them as far as their GB-seconds fit, the rest on demand.
    #[arg(long, allow_hyphen_values = true, value_name = "N", value_parser = parse_environments)]
    pub provisioned: Option<f64>,

    /// Hours the provisioned concurrency is enabled in the month (billed rounded up to five
    /// minutes; default 730, the whole month).
    #[arg(
        long,
        allow_hyphen_values = true,
        value_name = "H",
        value_parser = parse_hours,
        requires = "provisioned"
    )]
    pub provisioned_hours: Option<f64>,

    /// Print one JSON object with unrounded dollars instead of the table.
    #[arg(long)]
    pub json: bool,
}

/// Fargate usage: `tasks` tasks of one size, each running `hours`.
#[derive(Debug, Args)]
pub struct FargatePriceArgs {
    /// vCPUs per task: 0.25, 0.5, 1, 2, 4, 8 or 16.
    #[arg(long, allow_hyphen_values = true, value_name = "V", value_parser = parse_vcpu)]
    pub vcpu: f64,

    /// Memory per task in GB, a size AWS offers with that vCPU (1 vCPU takes 2 to 8 GB).
    #[arg(
        long,
        allow_hyphen_values = true,
        value_name = "GB",
        value_parser = parse_fargate_memory
    )]
    pub memory: f64,

    /// Hours each task runs in the month (730 is a whole month; at most 744).
    #[arg(long, allow_hyphen_values = true, value_name = "H", value_parser = parse_hours)]
    pub hours: f64,

    /// Number of tasks, 1 to 1000000.
    #[arg(
        long,
        allow_hyphen_values = true,
        value_name = "N",
        default_value = "1",
        value_parser = parse_tasks
    )]
    pub tasks: u32,

    /// CPU architecture.
    #[arg(long, value_enum, default_value = "x86_64", env = "LVF_ARCH")]
    pub arch: ArchArg,

    /// Region, a key of the price book (`lvf regions` lists them).
    #[arg(long, value_name = "R", default_value = "us-east-1", env = "LVF_REGION")]
    pub region: String,

    /// Configured ephemeral storage per task in GB, 20 to 200; above 20 GB is billed.
    #[arg(
        long,
        allow_hyphen_values = true,
        value_name = "GB",
        default_value = "20",
        value_parser = parse_fargate_storage
    )]
    pub ephemeral_storage: f64,

    /// Run on Fargate Spot, at the price book's Spot discount.
    #[arg(long)]
    pub spot: bool,

    /// Print one JSON object with unrounded dollars instead of the table.
    #[arg(long)]
    pub json: bool,
}

/// The most invocations `lvf price lambda` bills: a trillion a month (about 380,000 a second),
/// far past any account's limits, and small enough that every bill stays exact to the cent.
const MAX_REQUESTS: f64 = 1e12;
/// The longest month: 31 days.
const MAX_HOURS: f64 = 744.0;
/// The most tasks `lvf price fargate` bills.
const MAX_TASKS: f64 = 1e6;

fn parse_requests(text: &str) -> Result<f64, String> {
    let count = parse_count(text)?;
    if count <= MAX_REQUESTS {
        Ok(count)
    } else {
        Err(format!(
            "{text:?} is more than a month's invocations lvf prices (at most 1000B, a trillion; \
             for example 3M or 20B)"
        ))
    }
}

/// The most provisioned environments `lvf price lambda` bills (AWS's quotas are far lower).
const MAX_ENVIRONMENTS: f64 = 100_000.0;

fn parse_environments(text: &str) -> Result<f64, String> {
    let count = parse_number(text)?;
    if (1.0..=MAX_ENVIRONMENTS).contains(&count) && count.fract() == 0.0 {
        Ok(count)
    } else {
        Err(format!(
            "{text:?} is not a number of provisioned environments: a whole number from 1 to \
             100000 (for example 7)"
        ))
    }
}

fn parse_hours(text: &str) -> Result<f64, String> {
    let hours = parse_number(text)?;
    if hours <= MAX_HOURS {
        Ok(hours)
    } else {
        Err(format!(
            "{text:?} hours is longer than a month (at most 744, 31 days; 730 is the billing \
             month; more tasks go in --tasks)"
        ))
    }
}

fn parse_lambda_memory(text: &str) -> Result<f64, String> {
    let mb = units::parse_memory_mb(text).map_err(|error| error.to_string())?;
    in_range(mb, 128.0, 10_240.0, "Lambda's memory range", "MB", "1024")?;
    if mb.fract() == 0.0 {
        Ok(mb)
    } else {
        Err(format!("Lambda memory is set in whole MB, not {mb} (for example 1024)"))
    }
}

fn parse_lambda_duration(text: &str) -> Result<f64, String> {
    let seconds = parse_duration(text)?;
    if seconds <= 900.0 {
        Ok(seconds)
    } else {
        Err(format!(
            "{} is longer than Lambda's 15 min limit (for example 120ms, 2s or 15min)",
            units::format_duration(seconds)
        ))
    }
}

fn parse_lambda_storage(text: &str) -> Result<f64, String> {
    let mb = units::parse_memory_mb(text).map_err(|error| error.to_string())?;
    in_range(mb, 512.0, 10_240.0, "Lambda's ephemeral storage range", "MB", "2048")
}

fn parse_vcpu(text: &str) -> Result<f64, String> {
    let vcpu = parse_number(text)?;
    if vcpu > 0.0 {
        Ok(vcpu)
    } else {
        Err("a task needs more than 0 vCPU (for example 0.25, 1 or 4)".to_string())
    }
}

fn parse_fargate_memory(text: &str) -> Result<f64, String> {
    let gb = units::parse_gb(text).map_err(|error| error.to_string())?;
    if gb > 0.0 {
        Ok(gb)
    } else {
        Err("a task needs more than 0 GB of memory (for example 2)".to_string())
    }
}

fn parse_fargate_storage(text: &str) -> Result<f64, String> {
    let gb = units::parse_gb(text).map_err(|error| error.to_string())?;
    in_range(gb, 20.0, 200.0, "Fargate's ephemeral storage range", "GB", "30")
}

fn parse_tasks(text: &str) -> Result<u32, String> {
    let example = "a whole number of tasks, 1 or more (for example 5)";
    let count = parse_count(text).map_err(|_| format!("{text:?} is not {example}"))?;
    if count > MAX_TASKS {
        Err(format!("{text:?} is more tasks than lvf prices (at most 1000000; for example 5)"))
    } else if count >= 1.0 && count.fract() == 0.0 {
        Ok(count as u32)
    } else {
        Err(format!("{text:?} is not {example}"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn flag_values_are_checked_with_examples() {
        assert_eq!(parse_lambda_memory("1.5GB"), Ok(1536.0));
        assert!(parse_lambda_memory("64").is_err_and(|e| e.contains("128 to 10240 MB")));
        assert!(parse_lambda_memory("1000.5").is_err_and(|e| e.contains("whole MB")));
        assert!(parse_lambda_duration("16min").is_err_and(|e| e.contains("15 min")));
        assert_eq!(parse_lambda_duration("15min"), Ok(900.0));
        assert!(parse_lambda_storage("100").is_err_and(|e| e.contains("512 to 10240 MB")));
        assert!(parse_fargate_storage("201").is_err_and(|e| e.contains("20 to 200 GB")));
        assert_eq!(parse_fargate_storage("30GB"), Ok(30.0));
        assert_eq!(parse_tasks("5"), Ok(5));
        assert!(parse_tasks("0").is_err_and(|e| e.contains("for example 5")));
        assert!(parse_tasks("2.5").is_err());
        assert!(parse_vcpu("0").is_err());
        assert_eq!(parse_requests("1000B"), Ok(1e12));
        assert!(parse_requests("1001B").is_err_and(|e| e.contains("at most 1000B")));
        assert_eq!(parse_hours("744"), Ok(744.0));
        assert!(parse_hours("745").is_err_and(|e| e.contains("at most 744")));
        assert_eq!(parse_tasks("1M"), Ok(1_000_000));
        assert!(parse_tasks("1000001").is_err_and(|e| e.contains("at most 1000000")));
    }
}

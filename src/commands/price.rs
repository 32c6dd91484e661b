//! `lvf price lambda|fargate|http-api|...`: usage in, the month's bill out, as a table or as one
//! JSON object; every line names the region whose rate priced it. The services around the compute
//! are in [`around`].

mod around;

use serde::Serialize;

use super::CliError;
use crate::cli::price::{FargatePriceArgs, LambdaPriceArgs, PriceArgs, PricePlatform};
use crate::engine::cost::{self, CostLine};
use crate::engine::fargate::{self, FargateUsage};
use crate::engine::lambda::{self, LambdaUsage};
use crate::engine::pricing::{PriceBook, RegionPrices};
use crate::engine::scenario::{TaskSize, format_task_size};
use crate::engine::units;

/// Runs `lvf price ...` and returns what to print.
pub fn run(args: &PriceArgs, book: &PriceBook) -> Result<String, CliError> {
    match &args.platform {
        PricePlatform::Lambda(args) => price_lambda(args, book),
        PricePlatform::Fargate(args) => price_fargate(args, book),
        PricePlatform::HttpApi(args) => around::http_api(args, book),
        PricePlatform::RestApi(args) => around::rest_api(args, book),
        PricePlatform::WebSocket(args) => around::websocket(args, book),
        PricePlatform::Nat(args) => around::nat(args, book),
        PricePlatform::Logs(args) => around::logs(args, book),
        PricePlatform::Ebs(args) => around::ebs(args, book),
        PricePlatform::Efs(args) => around::efs(args, book),
        PricePlatform::Ipv4(args) => around::ipv4(args, book),
    }
}

/// `lvf price lambda`.
pub fn price_lambda(args: &LambdaPriceArgs, book: &PriceBook) -> Result<String, CliError> {
    let region = region(book, &args.region)?;
    let usage = LambdaUsage {
        arch: args.arch.into(),
        memory_mb: args.memory,
        duration_ms: args.duration * 1000.0,
        requests: args.requests,
        ephemeral_storage_mb: args.ephemeral_storage,
        extra_gb_seconds: 0.0,
        free_tier: args.free_tier,
        provisioned: args.provisioned.map(|environments| lambda::Provisioned {
            environments,
            hours: args.provisioned_hours.unwrap_or(units::HOURS_PER_MONTH),
        }),
    };
    let lines = lambda::price(&usage, &region.lambda, &args.region);
    if args.json {
        return Ok(render_json(&lines));
    }
    let mut title = format!(
        "Lambda, {} ({}): {} requests of {} at {}",
        args.region,
        usage.arch,
        units::format_count(usage.requests),
        units::format_duration(args.duration),
        units::format_memory_mb(usage.memory_mb),
    );
    if usage.ephemeral_storage_mb > lambda::INCLUDED_EPHEMERAL_MB {
        title += ", ";
        title += &units::format_memory_mb(usage.ephemeral_storage_mb);
        title += " ephemeral storage";
    }
    if let Some(pc) = usage.provisioned {
        let environments =
            units::counted(&units::significant(pc.environments, 6), "environment", "environments");
        title += ", ";
        title += &environments;
        title += " provisioned for ";
        title += &units::significant(pc.hours, 6);
        title += " h";
    }
    title.push_str(if usage.free_tier { ", free tier applied" } else { ", no free tier" });
    Ok(render_table(&title, &lines, &args.region))
}

/// `lvf price fargate`.
pub fn price_fargate(args: &FargatePriceArgs, book: &PriceBook) -> Result<String, CliError> {
    let region = region(book, &args.region)?;
    let size = TaskSize { vcpu: args.vcpu, memory_gb: args.memory };
    if !book.is_valid_task_size(size) {
        let nearest: Vec<String> =
            book.nearest_task_sizes(size, 2).into_iter().map(format_task_size).collect();
        return Err(CliError::Usage(format!(
            "Fargate offers no {} task; the nearest valid sizes are {}",
            format_task_size(size),
            nearest.join(" and ")
        )));
    }
    let usage = FargateUsage {
        arch: args.arch.into(),
        vcpu: args.vcpu,
        memory_gb: args.memory,
        ephemeral_storage_gb: args.ephemeral_storage,
        tasks: f64::from(args.tasks),
        hours: args.hours,
        spot_share: if args.spot { 1.0 } else { 0.0 },
    };
    let lines =
        fargate::price(&usage, &region.fargate, book.book.spot_discount.value, &args.region);
    if args.json {
        return Ok(render_json(&lines));
    }
    let mut title = format!(
        "Fargate, {} ({}): {} task{} of {} for {} h",
        args.region,
        usage.arch,
        args.tasks,
        if args.tasks == 1 { "" } else { "s" },
        format_task_size(size),
        units::significant(args.hours, 6),
    );
    if usage.ephemeral_storage_gb > fargate::INCLUDED_EPHEMERAL_GB {
        title += ", ";
        title += &units::significant(usage.ephemeral_storage_gb, 4);
        title += " GB ephemeral storage";
    }
    if args.spot {
        title += ", Spot (";
        title += &units::format_percent(book.book.spot_discount.value);
        title += " off)";
    }
    Ok(render_table(&title, &lines, &args.region))
}

/// A region of the book, or an error listing the ones it has.
fn region<'a>(book: &'a PriceBook, key: &str) -> Result<&'a RegionPrices, CliError> {
    book.region(key).ok_or_else(|| {
        let known: Vec<&str> = book.region_keys().collect();
        CliError::Usage(format!(
            "unknown region \"{key}\"; the price book has {} (for example --region {})",
            known.join(", "),
            if known.contains(&"us-east-1") {
                "us-east-1"
            } else {
                known.first().copied().unwrap_or_default()
            }
        ))
    })
}

/// What `--json` prints: the total and every line, unrounded.
#[derive(Debug, Serialize)]
struct PriceJson<'a> {
    total_usd: f64,
    lines: &'a [CostLine],
}

/// Exactly one JSON object and a newline.
pub fn render_json(lines: &[CostLine]) -> String {
    let json = PriceJson { total_usd: cost::total(lines), lines };
    let mut text =
        serde_json::to_string(&json).expect("a struct of strings and finite numbers serializes");
    text.push('\n');
    text
}

/// The table, or the JSON object with `json`.
fn render(title: &str, lines: &[CostLine], region: &str, json: bool) -> String {
    if json { render_json(lines) } else { render_table(title, lines, region) }
}

/// A title, the cost lines in dollars and cents, a rule and the total. A line priced with
/// another region's rate than `region`'s says whose ("NAT gateway hours, us-east-1's rate").
pub fn render_table(title: &str, lines: &[CostLine], region: &str) -> String {
    let rows: Vec<(String, String)> = lines
        .iter()
        .map(|line| {
            let item = if line.region == region {
                line.item.clone()
            } else {
                format!("{}, {}'s rate", line.item, line.region)
            };
            (item, cost::format_usd(line.usd))
        })
        .collect();
    let total = cost::format_usd(cost::total(lines));
    let item_width = rows.iter().map(|(item, _)| item.len()).max().unwrap_or(0).max("Total".len());
    let usd_width = rows.iter().map(|(_, usd)| usd.len()).max().unwrap_or(0).max(total.len());
    let mut out = vec![title.to_string(), String::new()];
    for (item, usd) in &rows {
        out.push(format!("  {item:<item_width$}  {usd:>usd_width$}"));
    }
    out.push(format!("  {}", "-".repeat(item_width + 2 + usd_width)));
    out.push(format!("  {:<item_width$}  {total:>usd_width$}", "Total"));
    out.push(String::new());
    out.join("\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_table_shows_cents_and_a_total() {
        let lines = [
            CostLine::new("Lambda compute", 2.333, "eu-west-1"),
            CostLine::new("Lambda requests", 0.4, "us-east-1"),
        ];
        let table = render_table("Title", &lines, "eu-west-1");
        assert_eq!(
            table,
            concat!(
                "Title\n\n",
                "  Lambda compute                     $2.33\n",
                "  Lambda requests, us-east-1's rate  $0.40\n",
                "  ----------------------------------------\n",
                "  Total                              $2.73\n",
            )
        );
    }

    #[test]
    fn json_is_one_unrounded_object() {
        let lines = [CostLine::new("a", 0.125, "us-east-1"), CostLine::new("b", 1.0, "us-east-1")];
        let value: serde_json::Value =
            serde_json::from_str(&render_json(&lines)).expect("render_json writes JSON");
        assert_eq!(value["total_usd"], 1.125);
        assert_eq!(value["lines"][0]["item"], "a");
        assert_eq!(value["lines"][0]["usd"], 0.125);
        assert_eq!(value["lines"][0]["region"], "us-east-1");
    }
}

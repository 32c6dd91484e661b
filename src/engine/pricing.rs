//! The price book: every AWS rate the engine uses, as read from `pricing.toml`.
//!
//! The raw serde types mirror the file one to one (kebab-case keys, unknown keys rejected);
//! [`PriceBook::parse`] reads and validates a file's text and reports the first problem with its
//! line, column, key, value and what is accepted. The shipped book is compiled in as
//! [`BUILTIN_PRICING`] and parsed by the same code as a user's file.

mod locate;
mod validate;

use std::collections::BTreeMap;

use serde::Deserialize;

use super::scenario::{Arch, TaskSize};

pub use locate::PriceBookError;

/// The default price book, compiled into the binary.
pub const BUILTIN_PRICING: &str = include_str!("../../pricing.toml");

/// A whole price book: shared facts plus one price list per region.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct PriceBook {
    pub book: BookInfo,
    pub fargate_task_sizes: TaskSizeTable,
    pub regions: BTreeMap<String, RegionPrices>,
}

/// Facts about the book itself.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct BookInfo {
    /// The date the book as a whole was last checked (YYYY-MM-DD).
    pub as_of: String,
    /// Always "USD".
    pub currency: String,
    /// Fargate Spot's discount off the on-demand price, as a fraction (0.70 = 70% off).
    pub spot_discount: Fraction,
}

/// A fraction with its source.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct Fraction {
    pub value: f64,
    pub source: String,
    pub as_of: String,
}

/// One price in dollars per unit, with where it came from and when.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct Rate {
    pub usd: f64,
    pub source: String,
    pub as_of: String,
}

/// A monthly allowance (free requests, free GB-seconds) with its source.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct Allowance {
    pub amount: f64,
    pub source: String,
    pub as_of: String,
}

/// One volume tier: `usd` per unit until the month's usage reaches `up_to`; the last tier has no
/// bound.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct Tier {
    pub up_to: Option<f64>,
    pub usd: f64,
    pub source: String,
    pub as_of: String,
}

/// The valid Fargate task sizes, shared by all regions.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct TaskSizeTable {
    pub source: String,
    pub as_of: String,
    pub sizes: Vec<TaskSizeRow>,
}

/// One vCPU value and the memory sizes (GB) it may be paired with.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct TaskSizeRow {
    pub vcpu: f64,
    pub memory_gb: Vec<f64>,
}

/// All prices of one region.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct RegionPrices {
    /// The region's display name ("US East (N. Virginia)").
    pub name: String,
    pub lambda: LambdaPrices,
    pub fargate: FargatePrices,
    pub ingress: IngressPrices,
}

/// Lambda's prices in one region.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct LambdaPrices {
    /// Per request (`x86_64` and `arm64` alike).
    pub requests: Rate,
    /// Per GB-second of ephemeral storage configured above the included 512 MB.
    pub ephemeral_storage_gb_second: Rate,
    /// Requests the free tier covers each month.
    pub free_requests: Allowance,
    /// GB-seconds the free tier covers each month.
    pub free_gb_seconds: Allowance,
    /// Duration tiers per GB-second, `x86_64`.
    pub duration_x86_64: Vec<Tier>,
    /// Duration tiers per GB-second, `arm64`.
    pub duration_arm64: Vec<Tier>,
}

impl LambdaPrices {
    /// The duration tiers of one architecture.
    pub fn duration(&self, arch: Arch) -> &[Tier] {
        match arch {
            Arch::X86_64 => &self.duration_x86_64,
            Arch::Arm64 => &self.duration_arm64,
        }
    }
}

/// Fargate's prices in one region (Linux).
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct FargatePrices {
    pub vcpu_hour_x86_64: Rate,
    pub gb_hour_x86_64: Rate,
    pub vcpu_hour_arm64: Rate,
    pub gb_hour_arm64: Rate,
    /// Per GB-hour of ephemeral storage above the included 20 GB.
    pub ephemeral_storage_gb_hour: Rate,
}

impl FargatePrices {
    /// Dollars per vCPU-hour and per GB-hour for one architecture.
    pub fn hourly(&self, arch: Arch) -> (f64, f64) {
        match arch {
            Arch::X86_64 => (self.vcpu_hour_x86_64.usd, self.gb_hour_x86_64.usd),
            Arch::Arm64 => (self.vcpu_hour_arm64.usd, self.gb_hour_arm64.usd),
        }
    }
}

/// What it costs to put an endpoint in front of each platform.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct IngressPrices {
    /// API Gateway HTTP API, per request, tiered by monthly requests.
    pub http_api: Vec<Tier>,
    /// API Gateway REST API, per request, tiered by monthly requests.
    pub rest_api: Vec<Tier>,
    /// Application Load Balancer, per hour.
    pub alb_hour: Rate,
    /// Application Load Balancer, per LCU-hour.
    pub alb_lcu_hour: Rate,
}

/// Prices `usage` units of a month against volume tiers: each tier's price applies to the part of
/// the usage that falls inside it.
pub fn tiered_cost(usage: f64, tiers: &[Tier]) -> f64 {
    let mut cost = 0.0;
    let mut floor = 0.0;
    for tier in tiers {
        let ceiling = tier.up_to.unwrap_or(f64::INFINITY);
        if usage <= floor {
            break;
        }
        cost += (usage.min(ceiling) - floor) * tier.usd;
        floor = ceiling;
    }
    cost
}

impl PriceBook {
    /// Reads a price book from TOML text and validates it: unknown keys, non-finite or negative
    /// prices, tiers out of order and impossible task sizes are all rejected, and the error says
    /// where (line and column), which key, the bad value and what is accepted.
    pub fn parse(text: &str) -> Result<PriceBook, PriceBookError> {
        locate::parse(text)
    }

    /// The built-in price book ([`BUILTIN_PRICING`]), parsed and validated.
    pub fn builtin() -> PriceBook {
        Self::parse(BUILTIN_PRICING)
            .expect("the shipped pricing.toml is valid: tests/pricing_file.rs parses it")
    }

    /// The region keys of the book, sorted ("ap-southeast-1, eu-west-1, us-east-1").
    pub fn region_keys(&self) -> impl Iterator<Item = &str> + '_ {
        self.regions.keys().map(String::as_str)
    }

    /// Up to `count` valid task sizes nearest to `size`, nearest first. Distance is measured on
    /// log scales (a factor of two in vCPU weighs the same as a factor of two in memory), so for
    /// 1 vCPU / 16 GB the answer is 1 vCPU / 8 GB and 2 vCPU / 16 GB.
    pub fn nearest_task_sizes(&self, size: TaskSize, count: usize) -> Vec<TaskSize> {
        let distance = |valid: &TaskSize| {
            let vcpu = (valid.vcpu / size.vcpu.max(f64::MIN_POSITIVE)).ln().abs();
            let memory = (valid.memory_gb / size.memory_gb.max(f64::MIN_POSITIVE)).ln().abs();
            vcpu + memory
        };
        // Ties (3 vCPU / 8 GB is as far from 2 / 8 as from 4 / 9) go to the size that keeps one
        // of the two values as asked.
        let changed = |valid: &TaskSize| {
            u8::from((valid.vcpu - size.vcpu).abs() > 1e-9)
                + u8::from((valid.memory_gb - size.memory_gb).abs() > 1e-9)
        };
        let mut sizes: Vec<((i64, u8), TaskSize)> = self
            .task_sizes()
            .map(|valid| (((distance(&valid) * 1e9).round() as i64, changed(&valid)), valid))
            .collect();
        sizes.sort_by_key(|(key, _)| *key);
        sizes.into_iter().take(count).map(|(_, valid)| valid).collect()
    }

    /// Every valid Fargate task size, smallest vCPU first, then smallest memory.
    pub fn task_sizes(&self) -> impl Iterator<Item = TaskSize> + '_ {
        self.fargate_task_sizes.sizes.iter().flat_map(|row| {
            row.memory_gb.iter().map(move |&memory_gb| TaskSize { vcpu: row.vcpu, memory_gb })
        })
    }

    /// Whether AWS offers this vCPU / memory pair.
    pub fn is_valid_task_size(&self, size: TaskSize) -> bool {
        self.task_sizes().any(|valid| {
            (valid.vcpu - size.vcpu).abs() < 1e-9 && (valid.memory_gb - size.memory_gb).abs() < 1e-9
        })
    }

    /// The prices of a region, if the book has it.
    pub fn region(&self, key: &str) -> Option<&RegionPrices> {
        self.regions.get(key)
    }
}

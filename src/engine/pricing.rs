//! The price book: every AWS rate the engine uses, as read from `pricing.toml`.
//!
//! The raw serde types mirror the file one to one (kebab-case keys, unknown keys rejected);
//! [`PriceBook::parse`] reads and validates a file's text and reports the first problem with its
//! line, column, key, value and what is accepted. The shipped book is compiled in as
//! [`BUILTIN_PRICING`] and parsed by the same code as a user's file.

mod figures;
mod locate;
mod region;
mod text;
mod validate;

use std::collections::BTreeMap;

use serde::Deserialize;

use super::scenario::TaskSize;

pub use figures::{Figure, FigureKey, FigureMut};
pub use locate::PriceBookError;
pub use region::{
    FargatePrices, IngressPrices, LambdaPrices, LogPrices, NetworkPrices, ProvisionedPrices,
    RegionPrices, StoragePrices,
};
pub use text::{Annotations, to_toml};

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
///
/// `stand_in` names the region whose rate this is when no source gave this region's own: the
/// book then says so instead of borrowing silently, and [`Rate::priced_in`] answers which
/// region's rate priced a cost line.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct Rate {
    pub usd: f64,
    pub source: String,
    pub as_of: String,
    #[serde(default)]
    pub stand_in: Option<String>,
}

impl Rate {
    /// The region whose rate this is, for a rate listed under `region`: the stand-in's region
    /// when the rate is borrowed, `region` itself otherwise.
    pub fn priced_in<'a>(&'a self, region: &'a str) -> &'a str {
        self.stand_in.as_deref().unwrap_or(region)
    }
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
    /// As [`Rate::stand_in`]: the region whose tier this is, when it is borrowed.
    #[serde(default)]
    pub stand_in: Option<String>,
}

/// The region whose tiers priced a line, for tiers listed under `region` (the first borrowed
/// tier's region: a list is borrowed whole or not at all in practice).
pub fn tiers_priced_in<'a>(tiers: &'a [Tier], region: &'a str) -> &'a str {
    tiers.iter().find_map(|tier| tier.stand_in.as_deref()).unwrap_or(region)
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

/// Prices `usage` units of a month against volume tiers: each tier's price applies to the part of
/// the usage that falls inside it.
pub fn tiered_cost(usage: f64, tiers: &[Tier]) -> f64 {
    tiered_bands(usage, tiers.iter().map(|tier| (tier.up_to.unwrap_or(f64::INFINITY), tier.usd)))
}

/// [`tiered_cost`] over bands of (usage where the next band starts, dollars per unit), the last
/// band's bound ignored: the one loop that prices every tiered figure, from the book or copied
/// out of it.
pub fn tiered_bands(usage: f64, bands: impl IntoIterator<Item = (f64, f64)>) -> f64 {
    let mut cost = 0.0;
    let mut floor = 0.0;
    for (ceiling, usd) in bands {
        if usage <= floor {
            break;
        }
        cost += (usage.min(ceiling) - floor) * usd;
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

    /// The figure at `key` in `region` and the region whose rate it is (the stand-in's, when
    /// borrowed): what a cost line carries as its `region`.
    pub fn priced_in<'a>(
        &'a self,
        region: &'a str,
        key: FigureKey,
    ) -> Option<(Figure<'a>, &'a str)> {
        let figure = self.regions.get(region)?.figure(key);
        Some((figure, figure.stand_in().unwrap_or(region)))
    }
}

//! Fargate usage -> cost lines, exactly as AWS bills it (Linux tasks).
//!
//! Each task is billed for its configured vCPU and memory per hour, by architecture, and for
//! ephemeral storage above the included 20 GB. Spot tasks get the price book's Spot discount.
//! Sizing a workload into tasks lives in [`super::sizing`]; this file only prices usage.

use super::cost::CostLine;
use super::pricing::FargatePrices;
use super::scenario::Arch;

/// Storage every task gets without charge, GB.
pub const INCLUDED_EPHEMERAL_GB: f64 = 20.0;

/// Task-hours of Fargate usage, as `lvf price fargate` takes it.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct FargateUsage {
    pub arch: Arch,
    pub vcpu: f64,
    pub memory_gb: f64,
    /// Configured ephemeral storage per task, GB (20 is included).
    pub ephemeral_storage_gb: f64,
    /// Number of tasks, each running `hours`.
    pub tasks: f64,
    pub hours: f64,
    /// Share of the tasks on Fargate Spot, 0..=1.
    pub spot_share: f64,
}

/// The parts of a Fargate bill, unrounded.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct FargateParts {
    pub vcpu: f64,
    pub memory: f64,
    pub storage: f64,
}

/// Computes the parts of a Fargate bill without building lines. `spot_discount` is the book's
/// fraction off for the Spot share of the task-hours (compute only; storage is not discounted).
pub fn price_parts(
    usage: &FargateUsage,
    prices: &FargatePrices,
    spot_discount: f64,
) -> FargateParts {
    let task_hours = usage.tasks * usage.hours;
    let (vcpu_hour, gb_hour) = prices.hourly(usage.arch);
    let spot_factor = 1.0 - usage.spot_share * spot_discount;
    let extra_storage_gb = (usage.ephemeral_storage_gb - INCLUDED_EPHEMERAL_GB).max(0.0);
    FargateParts {
        vcpu: task_hours * usage.vcpu * vcpu_hour * spot_factor,
        memory: task_hours * usage.memory_gb * gb_hour * spot_factor,
        storage: task_hours * extra_storage_gb * prices.ephemeral_storage_gb_hour.usd,
    }
}

/// Prices task-hours: vCPU, memory, and ephemeral storage when above 20 GB; each line names the
/// region whose rate priced it, for prices listed under `region`.
pub fn price(
    usage: &FargateUsage,
    prices: &FargatePrices,
    spot_discount: f64,
    region: &str,
) -> Vec<CostLine> {
    let parts = price_parts(usage, prices, spot_discount);
    let (vcpu, memory) = prices.rates(usage.arch);
    let mut lines = vec![
        CostLine::new("Fargate vCPU", parts.vcpu, vcpu.priced_in(region)),
        CostLine::new("Fargate memory", parts.memory, memory.priced_in(region)),
    ];
    if usage.ephemeral_storage_gb > INCLUDED_EPHEMERAL_GB {
        let storage = prices.ephemeral_storage_gb_hour.priced_in(region);
        lines.push(CostLine::new("Fargate ephemeral storage", parts.storage, storage));
    }
    lines
}

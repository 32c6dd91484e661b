//! Lambda usage -> cost lines, exactly as AWS bills it.
//!
//! Duration is billed per whole millisecond (rounded up), memory in GB of 1024 MB, GB-seconds priced
//! against the architecture's volume tiers after the free tier (when on) has taken its share.
//! Ephemeral storage above the included 512 MB is billed per GB-second of configured size. All
//! amounts are unrounded dollars.

use super::cost::CostLine;
use super::pricing::{LambdaPrices, tiered_cost};
use super::scenario::Arch;

/// Storage every function gets without charge.
pub const INCLUDED_EPHEMERAL_MB: f64 = 512.0;

/// A month of Lambda usage, as `lvf price lambda` takes it.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct LambdaUsage {
    pub arch: Arch,
    /// Configured memory, MB.
    pub memory_mb: f64,
    /// Duration of one invocation, milliseconds (billed rounded up to a whole millisecond).
    pub duration_ms: f64,
    /// Invocations in the month.
    pub requests: f64,
    /// Configured ephemeral storage, MB (512 is included).
    pub ephemeral_storage_mb: f64,
    /// Extra billed GB-seconds beyond `requests x duration` (the INIT of cold starts).
    pub extra_gb_seconds: f64,
    /// Whether the always-free monthly allowance applies.
    pub free_tier: bool,
}

/// Milliseconds AWS bills for one invocation: the duration rounded up to a whole millisecond.
/// The duration is first rounded to the nanosecond, so that a unit conversion's last bit
/// (70 ms read as 0.07 s, times 1000 = 70.00000000000001) does not bill an extra millisecond.
pub fn billed_ms(duration_ms: f64) -> f64 {
    ((duration_ms * 1e6).round() / 1e6).ceil()
}

/// The month's billed GB-seconds of compute, before the free tier.
pub fn gb_seconds(usage: &LambdaUsage) -> f64 {
    let billed_seconds = billed_ms(usage.duration_ms) / 1000.0;
    usage.requests * billed_seconds * usage.memory_mb / 1024.0 + usage.extra_gb_seconds
}

/// Prices a month of usage: compute (tiered), requests, and ephemeral storage when above 512 MB.
pub fn price(usage: &LambdaUsage, prices: &LambdaPrices) -> Vec<CostLine> {
    let parts = price_parts(usage, prices);
    let mut lines = vec![
        CostLine::new("Lambda compute (GB-seconds)", parts.compute),
        CostLine::new("Lambda requests", parts.requests),
    ];
    if usage.ephemeral_storage_mb > INCLUDED_EPHEMERAL_MB {
        lines.push(CostLine::new("Lambda ephemeral storage", parts.storage));
    }
    lines
}

/// The three parts of a Lambda bill, unrounded; the allocation-free path the curves use.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct LambdaParts {
    pub compute: f64,
    pub requests: f64,
    pub storage: f64,
}

/// Computes the parts of a Lambda bill without building lines.
pub fn price_parts(usage: &LambdaUsage, prices: &LambdaPrices) -> LambdaParts {
    let (free_gb_s, free_requests) = if usage.free_tier {
        (prices.free_gb_seconds.amount, prices.free_requests.amount)
    } else {
        (0.0, 0.0)
    };
    let billable_gb_s = (gb_seconds(usage) - free_gb_s).max(0.0);
    let billable_requests = (usage.requests - free_requests).max(0.0);
    let extra_storage_gb = (usage.ephemeral_storage_mb - INCLUDED_EPHEMERAL_MB).max(0.0) / 1024.0;
    let billed_seconds = billed_ms(usage.duration_ms) / 1000.0;
    LambdaParts {
        compute: tiered_cost(billable_gb_s, prices.duration(usage.arch)),
        requests: billable_requests * prices.requests.usd,
        storage: usage.requests
            * billed_seconds
            * extra_storage_gb
            * prices.ephemeral_storage_gb_second.usd,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn billing_rounds_up_to_whole_milliseconds_but_not_float_noise() {
        assert!((billed_ms(120.0) - 120.0).abs() < f64::EPSILON);
        assert!((billed_ms(120.2) - 121.0).abs() < f64::EPSILON);
        assert!((billed_ms(0.07 * 1000.0) - 70.0).abs() < f64::EPSILON);
        assert!((billed_ms(0.000_001) - 1.0).abs() < f64::EPSILON);
    }
}

//! Lambda usage -> cost lines, exactly as AWS bills it.
//!
//! Duration is billed per whole millisecond (rounded up), memory in GB of 1024 MB, GB-seconds priced
//! against the architecture's volume tiers after the free tier (when on) has taken its share.
//! Ephemeral storage above the included 512 MB is billed per GB-second of configured size. All
//! amounts are unrounded dollars.

use super::cost::CostLine;
use super::pricing::{LambdaPrices, tiered_cost, tiers_priced_in};
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
    /// Provisioned concurrency configured in the month, if any.
    pub provisioned: Option<Provisioned>,
}

/// Provisioned concurrency: environments kept initialised, billed per GB-second configured from
/// enable to disable (rounded up to five minutes); invocations that fit run at the cheaper
/// provisioned duration rate, the rest at the on-demand rate.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Provisioned {
    /// Environments configured.
    pub environments: f64,
    /// Hours they are enabled in the month.
    pub hours: f64,
}

/// AWS bills provisioned concurrency "rounded up to the nearest five minutes".
pub const PROVISIONED_BILLING_S: f64 = 300.0;

impl Provisioned {
    /// Seconds billed: the enabled time rounded up to five minutes (to the nanosecond first, so
    /// that a unit conversion's last bit does not bill another five minutes).
    pub fn billed_seconds(&self) -> f64 {
        let seconds = (self.hours * 3600.0 * 1e6).round() / 1e6;
        (seconds / PROVISIONED_BILLING_S).ceil() * PROVISIONED_BILLING_S
    }

    /// GB-seconds configured at `memory_mb` per environment.
    pub fn gb_seconds(&self, memory_mb: f64) -> f64 {
        self.environments * memory_mb / 1024.0 * self.billed_seconds()
    }
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

/// Prices a month of usage: compute (tiered), requests, and ephemeral storage when above 512 MB;
/// with provisioned concurrency, its configured GB-seconds and the duration that ran on it. Each
/// line names the region whose rate priced it, for prices listed under `region`.
pub fn price(usage: &LambdaUsage, prices: &LambdaPrices, region: &str) -> Vec<CostLine> {
    let parts = price_parts(usage, prices);
    let compute_region = tiers_priced_in(prices.duration(usage.arch), region);
    let line = |item: &str, usd: f64, priced_in: &str| CostLine::new(item, usd, priced_in);
    let mut lines = Vec::with_capacity(5);
    if usage.provisioned.is_some() {
        let (configured, duration) = prices.provisioned.rates(usage.arch);
        lines.push(line(
            "Lambda provisioned concurrency (GB-seconds)",
            parts.provisioned,
            configured.priced_in(region),
        ));
        lines.push(line(
            "Lambda compute on provisioned concurrency (GB-seconds)",
            parts.on_provisioned,
            duration.priced_in(region),
        ));
        lines.push(line("Lambda compute on demand (GB-seconds)", parts.compute, compute_region));
    } else {
        lines.push(line("Lambda compute (GB-seconds)", parts.compute, compute_region));
    }
    lines.push(line("Lambda requests", parts.requests, prices.requests.priced_in(region)));
    if usage.ephemeral_storage_mb > INCLUDED_EPHEMERAL_MB {
        let storage = prices.ephemeral_storage_gb_second.priced_in(region);
        lines.push(line("Lambda ephemeral storage", parts.storage, storage));
    }
    lines
}

/// The parts of a Lambda bill, unrounded; the allocation-free path the curves use.
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct LambdaParts {
    /// On-demand duration (all of it without provisioned concurrency), tiered.
    pub compute: f64,
    pub requests: f64,
    pub storage: f64,
    /// Provisioned concurrency configured (0 without it).
    pub provisioned: f64,
    /// Duration that ran on provisioned environments (0 without them).
    pub on_provisioned: f64,
}

/// Computes the parts of a Lambda bill without building lines.
pub fn price_parts(usage: &LambdaUsage, prices: &LambdaPrices) -> LambdaParts {
    // Invocations run on the provisioned environments as far as their GB-seconds fit.
    let all_gb_s = gb_seconds(usage);
    let (configured, on_provisioned) = match usage.provisioned {
        Some(pc) => {
            let capacity = pc.gb_seconds(usage.memory_mb);
            (capacity, all_gb_s.min(capacity))
        }
        None => (0.0, 0.0),
    };
    let extra_storage_gb = (usage.ephemeral_storage_mb - INCLUDED_EPHEMERAL_MB).max(0.0) / 1024.0;
    let billed_seconds = billed_ms(usage.duration_ms) / 1000.0;
    price_month(
        &Month {
            arch: usage.arch,
            free_tier: usage.free_tier,
            requests: usage.requests,
            on_demand_gb_s: all_gb_s - on_provisioned,
            provisioned_gb_s: configured,
            on_provisioned_gb_s: on_provisioned,
            storage_gb_s: usage.requests * billed_seconds * extra_storage_gb,
        },
        prices,
    )
}

/// A month of Lambda usage already split between on-demand and provisioned environments: what
/// both `lvf price lambda` and the traffic model price.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Month {
    pub arch: Arch,
    pub free_tier: bool,
    pub requests: f64,
    /// Duration (and INIT) that ran on demand, GB-seconds.
    pub on_demand_gb_s: f64,
    /// Provisioned concurrency configured, GB-seconds.
    pub provisioned_gb_s: f64,
    /// Duration that ran on provisioned environments, GB-seconds.
    pub on_provisioned_gb_s: f64,
    /// Ephemeral storage above the included 512 MB, GB-seconds.
    pub storage_gb_s: f64,
}

/// Prices a month: the on-demand GB-seconds tiered after the free tier (the free allowance, as
/// in AWS's published example, comes off what runs on demand), provisioned concurrency and the
/// duration on it at their flat rates, requests and storage.
pub fn price_month(month: &Month, prices: &LambdaPrices) -> LambdaParts {
    let (free_gb_s, free_requests) = if month.free_tier {
        (prices.free_gb_seconds.amount, prices.free_requests.amount)
    } else {
        (0.0, 0.0)
    };
    let (configured, duration) = prices.provisioned.rates(month.arch);
    let billable_gb_s = (month.on_demand_gb_s - free_gb_s).max(0.0);
    let billable_requests = (month.requests - free_requests).max(0.0);
    LambdaParts {
        compute: tiered_cost(billable_gb_s, prices.duration(month.arch)),
        requests: billable_requests * prices.requests.usd,
        storage: month.storage_gb_s * prices.ephemeral_storage_gb_second.usd,
        provisioned: month.provisioned_gb_s * configured.usd,
        on_provisioned: month.on_provisioned_gb_s * duration.usd,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn provisioned_time_rounds_up_to_five_minutes() {
        let pc = |hours: f64| Provisioned { environments: 1.0, hours };
        assert!((pc(24.0).billed_seconds() - 86_400.0).abs() < f64::EPSILON);
        assert!((pc(1.0 / 60.0).billed_seconds() - 300.0).abs() < f64::EPSILON);
        assert!((pc(301.0 / 3600.0).billed_seconds() - 600.0).abs() < f64::EPSILON);
        assert!((pc(0.0).billed_seconds()).abs() < f64::EPSILON);
    }

    #[test]
    fn billing_rounds_up_to_whole_milliseconds_but_not_float_noise() {
        assert!((billed_ms(120.0) - 120.0).abs() < f64::EPSILON);
        assert!((billed_ms(120.2) - 121.0).abs() < f64::EPSILON);
        assert!((billed_ms(0.07 * 1000.0) - 70.0).abs() < f64::EPSILON);
        assert!((billed_ms(0.000_001) - 1.0).abs() < f64::EPSILON);
    }
}

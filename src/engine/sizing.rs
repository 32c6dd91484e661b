//! Fargate sizing: which task size, and how many tasks.
//!
//! A Lambda environment serves one request with `memory_mb` and 1 vCPU per 1,769 MB; its Fargate
//! twin is the cheapest valid task with at least that much of both. A task serves
//! `requests_per_task` requests at once, kept at `utilization` of that; Little's law gives the
//! requests in flight, so the task count follows (hour by hour: see `model::fargate_run`).

use super::fargate::{self, FargateUsage};
use super::pricing::{FargatePrices, PriceBook};
use super::scenario::{Arch, TaskSize};

/// Lambda allocates one vCPU per this many MB of memory.
pub const MB_PER_VCPU: f64 = 1769.0;
/// The most vCPUs one Lambda environment gets (at 10,240 MB).
pub const LAMBDA_MAX_VCPU: f64 = 6.0;

/// A valid task size with its on-demand price per hour in one region and architecture.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct PricedSize {
    pub size: TaskSize,
    /// On-demand dollars per task-hour (vCPU + memory).
    pub hourly: f64,
}

/// A region's valid task sizes for one architecture, cheapest first. Built once per evaluation.
#[derive(Debug, Clone, PartialEq)]
pub struct SizeTable {
    sizes: Vec<PricedSize>,
}

impl SizeTable {
    /// Prices every size of the book in `prices` for `arch` and sorts them cheapest first (ties:
    /// fewer vCPUs, then less memory).
    pub fn new(book: &PriceBook, prices: &FargatePrices, arch: Arch) -> Self {
        let mut sizes: Vec<PricedSize> = book
            .task_sizes()
            .map(|size| PricedSize { size, hourly: hourly(size, prices, arch) })
            .collect();
        sizes.sort_by(|a, b| {
            a.hourly
                .total_cmp(&b.hourly)
                .then(a.size.vcpu.total_cmp(&b.size.vcpu))
                .then(a.size.memory_gb.total_cmp(&b.size.memory_gb))
        });
        Self { sizes }
    }

    /// No sizes at all (a region the book lacks).
    pub fn empty() -> Self {
        Self { sizes: Vec::new() }
    }

    /// The cheapest size that is the twin of one Lambda environment of `memory_mb`, or `None`
    /// when no size has enough memory.
    pub fn auto(&self, memory_mb: f64) -> Option<PricedSize> {
        let vcpu = required_vcpu(memory_mb);
        self.sizes
            .iter()
            .find(|priced| {
                priced.size.vcpu >= vcpu - 1e-9
                    && priced.size.memory_gb * 1024.0 >= memory_mb - 1e-9
            })
            .copied()
    }

    /// The largest memory any size offers, GB.
    pub fn largest(&self) -> Option<TaskSize> {
        self.sizes
            .iter()
            .map(|priced| priced.size)
            .max_by(|a, b| a.memory_gb.total_cmp(&b.memory_gb).then(a.vcpu.total_cmp(&b.vcpu)))
    }

    /// Every size, cheapest first.
    pub fn sizes(&self) -> &[PricedSize] {
        &self.sizes
    }
}

/// On-demand dollars per hour of one task of `size`.
pub fn hourly(size: TaskSize, prices: &FargatePrices, arch: Arch) -> f64 {
    let usage = FargateUsage {
        arch,
        vcpu: size.vcpu,
        memory_gb: size.memory_gb,
        ephemeral_storage_gb: fargate::INCLUDED_EPHEMERAL_GB,
        tasks: 1.0,
        hours: 1.0,
        spot_share: 0.0,
    };
    let parts = fargate::price_parts(&usage, prices, 0.0);
    parts.vcpu + parts.memory
}

/// The vCPUs one Lambda environment of `memory_mb` gets: 1 per 1,769 MB, at most 6. Beyond
/// Lambda's 10 GB there is no twin, so the vCPU floor stays at Lambda's largest.
pub fn required_vcpu(memory_mb: f64) -> f64 {
    (memory_mb / MB_PER_VCPU).min(LAMBDA_MAX_VCPU)
}

/// Requests in flight on average: rate x runtime (Little's law).
pub fn concurrency(rate_per_s: f64, runtime_s: f64) -> f64 {
    rate_per_s * runtime_s
}

/// `x.ceil()` without a call into libm (the target's baseline has no rounding instruction, and
/// the week's task counts take millions of these): exact for every `x`, and free of branches
/// so that a loop of them runs two at a time.
#[inline]
pub fn ceil(x: f64) -> f64 {
    // 2^52: from here on every f64 is a whole number, and below it adding it rounds to one.
    const WHOLE: f64 = 4_503_599_627_370_496.0;
    let magnitude = x.abs();
    let nearest = ((magnitude + WHOLE) - WHOLE).copysign(x);
    // Rounded to nearest, one up if that fell below; the sign kept for -0.5 < x < 0.
    let up = if nearest < x { nearest + 1.0 } else { nearest }.copysign(x);
    if magnitude < WHOLE { up } else { x }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::testbook::book;

    #[test]
    fn concurrency_is_littles_law() {
        assert!((concurrency(50.0, 0.12) - 6.0).abs() < 1e-12);
    }

    #[test]
    fn ceil_matches_the_standard_library() {
        let mut values = vec![
            0.0,
            -0.0,
            0.5,
            -0.5,
            1.0,
            2.5,
            -2.5,
            3.5,
            1.0 + f64::EPSILON,
            1.0 - f64::EPSILON / 2.0,
            -1.0 - f64::EPSILON,
            4_503_599_627_370_495.5,
            4_503_599_627_370_496.0,
            -4_503_599_627_370_495.5,
            9.1e18,
            -9.1e18,
            1e300,
            f64::MIN_POSITIVE,
            -f64::MIN_POSITIVE,
            f64::INFINITY,
            f64::NEG_INFINITY,
        ];
        // A sweep of fractions either side of whole numbers, and of tiny to huge magnitudes.
        let mut x: f64 = 1e-6;
        while x < 1e17 {
            values.extend([x, -x, x.next_up(), x.next_down()]);
            x *= 1.37;
        }
        for x in values {
            assert_eq!(ceil(x).to_bits(), x.ceil().to_bits(), "{x:e}");
        }
        assert!(ceil(f64::NAN).is_nan());
    }

    #[test]
    fn auto_size_is_the_cheapest_twin() {
        let book = book();
        let region = book.region("us-east-1").expect("us-east-1").fargate.clone();
        let table = SizeTable::new(&book, &region, Arch::X86_64);
        // memory MB -> (vCPU, GB)
        for (memory_mb, vcpu, memory_gb) in [
            (128.0, 0.25, 0.5),
            (512.0, 0.5, 1.0),
            (1024.0, 1.0, 2.0),
            (1769.0, 1.0, 2.0),
            (2048.0, 2.0, 4.0),
            (4096.0, 4.0, 8.0),
            (10_240.0, 8.0, 16.0),
            (20_480.0, 8.0, 20.0),
            (70_000.0, 16.0, 72.0),
            (122_880.0, 16.0, 120.0),
        ] {
            let size = table.auto(memory_mb).expect("fits").size;
            assert_eq!((size.vcpu, size.memory_gb), (vcpu, memory_gb), "{memory_mb} MB");
        }
        assert!(table.auto(122_881.0).is_none());
        let sizes = table.sizes();
        assert!(sizes.windows(2).all(|pair| pair[0].hourly <= pair[1].hourly));
        assert!(
            (hourly(TaskSize { vcpu: 1.0, memory_gb: 2.0 }, &region, Arch::X86_64) - 0.04937).abs()
                < 1e-9
        );
    }
}

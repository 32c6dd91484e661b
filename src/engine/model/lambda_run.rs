//! How Lambda runs the workload under the traffic week (DESIGN.md "Lambda cost"): invocations
//! and cold starts hour by hour, the INIT they bill, and provisioned concurrency billed as AWS
//! bills it.
//!
//! Per hour with `N_h = rate_h * 3600` invocations and concurrency `c_h = rate_h * runtime`, the
//! automatic cold starts are the idle gaps longer than the keep-alive (`N_h * exp(-rate_h *
//! keep_alive)`, Poisson arrivals), the environments a ramp adds (`c_h - c_(h-1)`) and the
//! recycling of busy ones (`c_h * 3600 / lifetime`), at most `N_h`. Provisioned environments
//! (`PC_h`) take the share `min(1, PC_h / c_h)` of the hour's work at the provisioned duration
//! rate and start nothing cold; the rest runs on demand. Every hour of the week is counted
//! `730 / 168` times in the month.

use crate::engine::around::{AroundModel, AroundParts};
use crate::engine::lambda::{self, LambdaParts, Month};
use crate::engine::pricing::RegionPrices;
use crate::engine::scenario::{Arch, Provisioning, Scenario};
use crate::engine::traffic::{PerLevel, WEEKS_PER_MONTH, Week};
use crate::engine::units::SECONDS_PER_MONTH;

use super::Knobs;

/// The utilization AWS's usual target keeps provisioned environments at.
pub const PROVISIONED_TARGET: f64 = 0.7;
/// Requests a month that may wait past the latency budget before it counts as breached: one.
pub const BREACH_WAITS_PER_MONTH: f64 = 1.0;
/// Past this, `exp(-x)` is below half an ulp of 1: the idle-gap term is exactly nothing.
const EXP_NEGLIGIBLE: f64 = 37.0;

/// Provisioned concurrency as the bill applies it.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum PcPlan {
    None,
    /// This many environments every hour.
    Fixed(f64),
    /// `ceil(c_h / 0.7)` environments each hour.
    Scheduled,
}

impl PcPlan {
    fn environments(self, concurrency: f64) -> f64 {
        match self {
            PcPlan::None => 0.0,
            PcPlan::Fixed(environments) => environments,
            PcPlan::Scheduled => environments_for(concurrency),
        }
    }
}

/// Environments that keep `concurrency` at the 70% target: `ceil(c / 0.7)`, where a quotient a
/// rounding error above a whole number (14 / 0.7 = 20.000000000000004) counts as that number.
pub fn environments_for(concurrency: f64) -> f64 {
    let exact = concurrency / PROVISIONED_TARGET;
    (exact * (1.0 - 1e-12)).ceil()
}

/// Lambda's bill as a function of the rate.
#[derive(Debug, Clone, Copy)]
pub struct LambdaModel<'a> {
    region: &'a RegionPrices,
    week: Week<'a>,
    arch: Arch,
    runtime_s: f64,
    /// Seconds billed per invocation (whole milliseconds).
    billed_s: f64,
    gb: f64,
    init_s: f64,
    cold_share: Option<f64>,
    keep_alive_s: f64,
    lifetime_s: f64,
    provisioning: Provisioning,
    budget_s: Option<f64>,
    free_tier: bool,
    /// Ephemeral storage above the included 512 MB, GB.
    extra_storage_gb: f64,
    savings: f64,
    /// Everything around the compute: front door, network, logs, volume.
    pub around: &'a AroundModel,
    /// The week's rises in weight, hour on hour, summed (the ramps' environments per unit of
    /// concurrency), and the quietest hour with requests: above `EXP_NEGLIGIBLE / (quietest *
    /// keep_alive)` no gap is idle long enough, and the week's cold starts are linear in the rate.
    rises: f64,
    quietest: f64,
}

/// The month's usage at one rate.
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct Usage {
    pub invocations: f64,
    /// Cold starts that run INIT on demand (and that a request waits for).
    pub cold_starts: f64,
    /// The busiest hour's requests in flight.
    pub peak_concurrency: f64,
    pub on_demand_gb_s: f64,
    pub on_provisioned_gb_s: f64,
    /// Provisioned concurrency configured, GB-seconds.
    pub provisioned_gb_s: f64,
    /// Environments provisioned in the busiest hour (0 without).
    pub provisioned_peak: f64,
}

/// Provisioned concurrency as billed.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct ProvisionedBill {
    pub plan: PcPlan,
    /// Environments in the busiest hour.
    pub environments_peak: f64,
    /// Configured GB-seconds, after the Savings Plan.
    pub configured: f64,
    /// Duration on provisioned environments, after the Savings Plan.
    pub on_provisioned: f64,
    pub configured_gb_s: f64,
    pub on_provisioned_gb_s: f64,
}

/// Lambda's bill in parts, unrounded.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct LambdaBill {
    pub invocations: f64,
    /// Billed GB-seconds on demand: duration and INIT.
    pub gb_seconds: f64,
    /// On-demand compute after the Savings Plan discount.
    pub compute: f64,
    /// The Savings Plan discount taken off compute and provisioned concurrency.
    pub savings: f64,
    pub requests: f64,
    pub storage: f64,
    pub cold_starts: f64,
    pub peak_concurrency: f64,
    /// `None` without provisioned concurrency.
    pub provisioned: Option<ProvisionedBill>,
    /// The bill around the compute.
    pub around: AroundParts,
}

impl LambdaBill {
    pub fn total(&self) -> f64 {
        self.compute
            + self.provisioned.map_or(0.0, |pc| pc.configured + pc.on_provisioned)
            + self.requests
            + self.storage
            + self.around.total()
    }

    /// The share of invocations that start cold (0 without invocations).
    pub fn cold_start_share(&self) -> f64 {
        if self.invocations > 0.0 { self.cold_starts / self.invocations } else { 0.0 }
    }
}

impl<'a> LambdaModel<'a> {
    pub(super) fn new(
        base: &Scenario,
        knobs: Knobs,
        week: Week<'a>,
        region: &'a RegionPrices,
        around: &'a AroundModel,
    ) -> Self {
        Self {
            region,
            week,
            arch: base.arch,
            runtime_s: knobs.runtime_s,
            billed_s: lambda::billed_ms(knobs.runtime_s * 1000.0) / 1000.0,
            gb: knobs.memory_mb / 1024.0,
            init_s: base.init_s,
            cold_share: base.cold_start_share,
            keep_alive_s: base.keep_alive_s,
            lifetime_s: base.env_lifetime_s,
            provisioning: base.provisioned,
            budget_s: base.latency_budget_s,
            free_tier: base.free_tier,
            extra_storage_gb: (base.lambda_storage_mb - lambda::INCLUDED_EPHEMERAL_MB).max(0.0)
                / 1024.0,
            savings: base.savings_lambda,
            around,
            rises: week.rises(),
            quietest: week.levels().filter(|&weight| weight > 0.0).fold(f64::INFINITY, f64::min),
        }
    }

    /// The month's usage at `rate_per_s` on demand when no hour's gaps are idle long enough to
    /// matter and no hour's cold starts reach its invocations: then the week sums in closed
    /// form (the same terms as [`Self::usage`], without walking the hours). `None` otherwise.
    fn linear_usage(&self, rate_per_s: f64) -> Option<Usage> {
        let recycling = 3600.0 / self.lifetime_s;
        let calm = rate_per_s * self.quietest * self.keep_alive_s >= EXP_NEGLIGIBLE
            && self.runtime_s * (1.0 + recycling) <= 3600.0;
        if !calm || self.cold_share.is_some() {
            return None;
        }
        // Each hour: ramp c_h - c_(h-1) when it rises, and c_h x 3600 / lifetime recycled.
        let concurrency = rate_per_s * self.runtime_s;
        let cold_week = concurrency * (self.rises + 168.0 * recycling);
        let invocations = rate_per_s * SECONDS_PER_MONTH;
        let cold_starts = cold_week * WEEKS_PER_MONTH;
        Some(Usage {
            invocations,
            cold_starts,
            peak_concurrency: concurrency * self.week.peak(),
            on_demand_gb_s: invocations * self.billed_s * self.gb
                + cold_starts * self.init_s * self.gb,
            on_provisioned_gb_s: 0.0,
            provisioned_gb_s: 0.0,
            provisioned_peak: 0.0,
        })
    }

    /// The month's usage at `rate_per_s` on demand with automatic cold starts: the same terms
    /// as [`Self::usage`], with everything but the cold starts summed in closed form (the bills
    /// ask this at hundreds of rates per keystroke).
    fn on_demand_usage(&self, rate_per_s: f64) -> Usage {
        let mut room = PerLevel::new();
        let idle = room.of(&self.week);
        let levels = self.week.levels();
        let concurrency = rate_per_s * self.runtime_s;
        let recycled = concurrency * (3600.0 / self.lifetime_s);
        let per_hour = rate_per_s * 3600.0;
        // The idle gaps of each level once, and whether any hour's cold starts could reach its
        // invocations (its steepest ramp in, at most): if none can, the week sums by level.
        let mut idle_week = 0.0;
        let mut capped = false;
        let by_level = levels.zip(self.week.level_hours()).zip(self.week.level_rises());
        for (slot, ((weight, hours), rise)) in idle.iter_mut().zip(by_level) {
            let gap = rate_per_s * weight * self.keep_alive_s;
            *slot = if gap < EXP_NEGLIGIBLE { (-gap).exp() } else { 0.0 };
            let invocations = per_hour * weight;
            idle_week += hours * invocations * *slot;
            capped |= invocations * *slot + concurrency * rise + recycled * weight > invocations;
        }
        let cold_week: f64 = if capped {
            self.week
                .hours()
                .zip(self.week.classes())
                .map(|(hours, class)| {
                    let invocations = per_hour * hours.weight;
                    let ramp = concurrency * (hours.weight - hours.before).max(0.0);
                    let cold = invocations * idle[class.level] + ramp + recycled * hours.weight;
                    hours.count * cold.min(invocations)
                })
                .sum()
        } else {
            // The weights average 1 over the week's 168 hours; the ramps sum to the rises.
            idle_week + concurrency * self.rises + recycled * 168.0
        };
        let invocations = rate_per_s * SECONDS_PER_MONTH;
        let cold_starts = cold_week * WEEKS_PER_MONTH;
        Usage {
            invocations,
            cold_starts,
            peak_concurrency: concurrency * self.week.peak(),
            on_demand_gb_s: invocations * self.billed_s * self.gb
                + cold_starts * self.init_s * self.gb,
            ..Usage::default()
        }
    }

    /// The month's usage at `rate_per_s` with provisioned concurrency `plan`.
    pub fn usage(&self, rate_per_s: f64, plan: PcPlan) -> Usage {
        if plan == PcPlan::None && self.cold_share.is_none() {
            return self
                .linear_usage(rate_per_s)
                .unwrap_or_else(|| self.on_demand_usage(rate_per_s));
        }
        let mut week = Usage::default();
        let invocation_gb_s = self.billed_s * self.gb;
        let init_gb_s = self.init_s * self.gb;
        // The idle gaps of each distinct weight once (an exponential each), then every class.
        let mut room = PerLevel::new();
        let idle = room.of(&self.week);
        let levels = self.week.levels();
        if self.cold_share.is_none() {
            for (slot, weight) in idle.iter_mut().zip(levels) {
                let gap = rate_per_s * weight * self.keep_alive_s;
                *slot = if gap < EXP_NEGLIGIBLE { (-gap).exp() } else { 0.0 };
            }
        }
        for (class, hours) in self.week.classes().iter().zip(self.week.hours()) {
            let hourly_rate = rate_per_s * hours.weight;
            let invocations = hourly_rate * 3600.0;
            let concurrency = hourly_rate * self.runtime_s;
            let environments = plan.environments(concurrency);
            week.provisioned_gb_s += hours.count * environments * self.gb * 3600.0;
            week.provisioned_peak = week.provisioned_peak.max(environments);
            week.peak_concurrency = week.peak_concurrency.max(concurrency);
            if invocations <= 0.0 {
                continue;
            }
            let cold = if let Some(share) = self.cold_share {
                share * invocations
            } else {
                let before = rate_per_s * hours.before * self.runtime_s;
                let ramp = (concurrency - before).max(0.0);
                let recycled = concurrency * 3600.0 / self.lifetime_s;
                (invocations * idle[class.level] + ramp + recycled).min(invocations)
            };
            let on_provisioned =
                if environments > 0.0 { (environments / concurrency).min(1.0) } else { 0.0 };
            let on_demand = 1.0 - on_provisioned;
            week.on_provisioned_gb_s +=
                hours.count * on_provisioned * invocations * invocation_gb_s;
            week.on_demand_gb_s +=
                hours.count * on_demand * (invocations * invocation_gb_s + cold * init_gb_s);
            week.cold_starts += hours.count * on_demand * cold;
        }
        Usage {
            invocations: rate_per_s * SECONDS_PER_MONTH,
            cold_starts: week.cold_starts * WEEKS_PER_MONTH,
            peak_concurrency: week.peak_concurrency,
            on_demand_gb_s: week.on_demand_gb_s * WEEKS_PER_MONTH,
            on_provisioned_gb_s: week.on_provisioned_gb_s * WEEKS_PER_MONTH,
            provisioned_gb_s: week.provisioned_gb_s * WEEKS_PER_MONTH,
            provisioned_peak: week.provisioned_peak,
        }
    }

    /// Requests a month that wait past the latency budget: every cold start when INIT plus the
    /// runtime is over it (0 without a budget, or when a cold start stays within it).
    pub fn waits_over_budget(&self, cold_starts: f64) -> f64 {
        match self.budget_s {
            Some(budget) if self.init_s + self.runtime_s > budget => cold_starts,
            _ => 0.0,
        }
    }

    /// Whether `cold_starts` a month breach the latency budget: at least one request a month
    /// waits its INIT past it.
    pub fn breaches_budget(&self, cold_starts: f64) -> bool {
        self.waits_over_budget(cold_starts) >= BREACH_WAITS_PER_MONTH
    }

    /// The provisioned concurrency that keeps every hour's work off on-demand environments at
    /// `rate_per_s`: a schedule, and a fixed fleet for the busiest hour.
    pub fn provisioned_plans(&self, rate_per_s: f64) -> [PcPlan; 2] {
        let peak = rate_per_s * self.week.peak() * self.runtime_s;
        [PcPlan::Scheduled, PcPlan::Fixed(environments_for(peak))]
    }

    /// Whether the runtime alone is over the latency budget (no provisioning helps).
    pub fn runtime_over_budget(&self) -> bool {
        self.budget_s.is_some_and(|budget| self.runtime_s > budget)
    }

    /// The provisioned concurrency the bill applies at `rate_per_s`: the scenario's, or for
    /// auto the cheapest of none, a fixed fleet for the busiest hour and a schedule that keeps
    /// the latency budget (the cheapest of all when none can: the runtime alone is over it).
    pub fn plan_at(&self, rate_per_s: f64) -> PcPlan {
        self.bill(rate_per_s).provisioned.map_or(PcPlan::None, |pc| pc.plan)
    }

    /// Auto's bill at `rate_per_s`: each plan priced once, the best kept (see [`Self::plan_at`]).
    // Kept out of line: inlined into `bill`, it slows the on-demand path every curve takes.
    #[inline(never)]
    fn auto_bill(&self, rate_per_s: f64) -> LambdaBill {
        let meets = |bill: &LambdaBill| {
            !self.breaches_budget(bill.cold_starts) || self.runtime_over_budget()
        };
        let on_demand = self.bill_with(rate_per_s, PcPlan::None);
        let mut best = (meets(&on_demand), on_demand);
        for plan in self.provisioned_plans(rate_per_s) {
            let bill = self.bill_with(rate_per_s, plan);
            let bill_meets = meets(&bill);
            // One that keeps the budget beats one that does not; then the cheaper.
            if (bill_meets && !best.0) || (bill_meets == best.0 && bill.total() < best.1.total()) {
                best = (bill_meets, bill);
            }
        }
        best.1
    }

    /// The month's bill at `rate_per_s` under `plan`, from its usage.
    #[inline]
    pub fn price(&self, rate_per_s: f64, usage: &Usage, plan: PcPlan) -> LambdaBill {
        let provisioned = plan != PcPlan::None;
        let LambdaParts { compute, requests, storage, provisioned: configured, on_provisioned } =
            lambda::price_month(
                &Month {
                    arch: self.arch,
                    // The free tier is left off with provisioned concurrency (sources disagree
                    // whether it applies; research/workload-facts.md §11).
                    free_tier: self.free_tier && !provisioned,
                    requests: usage.invocations,
                    on_demand_gb_s: usage.on_demand_gb_s,
                    provisioned_gb_s: usage.provisioned_gb_s,
                    on_provisioned_gb_s: usage.on_provisioned_gb_s,
                    storage_gb_s: usage.invocations * self.billed_s * self.extra_storage_gb,
                },
                &self.region.lambda,
            );
        let keep = 1.0 - self.savings;
        LambdaBill {
            invocations: usage.invocations,
            gb_seconds: usage.on_demand_gb_s,
            compute: compute * keep,
            savings: (compute + configured + on_provisioned) * self.savings,
            requests,
            storage,
            cold_starts: usage.cold_starts,
            peak_concurrency: usage.peak_concurrency,
            provisioned: provisioned.then_some(ProvisionedBill {
                plan,
                environments_peak: usage.provisioned_peak,
                configured: configured * keep,
                on_provisioned: on_provisioned * keep,
                configured_gb_s: usage.provisioned_gb_s,
                on_provisioned_gb_s: usage.on_provisioned_gb_s,
            }),
            around: self.around.parts(rate_per_s, 0.0),
        }
    }

    /// The month's bill at `rate_per_s`, with the provisioned concurrency of [`Self::plan_at`].
    #[inline]
    pub fn bill(&self, rate_per_s: f64) -> LambdaBill {
        match self.set_plan() {
            Some(plan) => self.bill_with(rate_per_s, plan),
            None => self.auto_bill(rate_per_s),
        }
    }

    /// The provisioned concurrency the scenario sets, `None` for auto (chosen per rate). Kept
    /// out of line, like [`Self::auto_bill`]: the on-demand path every curve takes runs faster.
    #[inline(never)]
    fn set_plan(&self) -> Option<PcPlan> {
        match self.provisioning {
            Provisioning::None => Some(PcPlan::None),
            Provisioning::Fixed(environments) => Some(PcPlan::Fixed(f64::from(environments))),
            Provisioning::Scheduled => Some(PcPlan::Scheduled),
            Provisioning::Auto => None,
        }
    }

    /// The month's bill at `rate_per_s` under `plan`.
    #[inline]
    pub fn bill_with(&self, rate_per_s: f64, plan: PcPlan) -> LambdaBill {
        self.price(rate_per_s, &self.usage(rate_per_s, plan), plan)
    }

    /// The month's total at `rate_per_s`.
    pub fn total(&self, rate_per_s: f64) -> f64 {
        self.bill(rate_per_s).total()
    }

    /// INIT per cold start, seconds.
    pub fn init_s(&self) -> f64 {
        self.init_s
    }

    /// The runtime per invocation, seconds.
    pub fn runtime_s(&self) -> f64 {
        self.runtime_s
    }

    /// The latency budget, seconds.
    pub fn budget_s(&self) -> Option<f64> {
        self.budget_s
    }
}

//! The allocation-free point model: a scenario's monthly cost on each platform, for the curves,
//! the break-even solver and the flip-point searches. No strings here; the cost lines of the
//! report are built from the same pieces in [`super::evaluate`].

use super::fargate::{self, FargateUsage};
use super::lambda::{self, LambdaParts, LambdaUsage};
use super::platform::{PerPlatform, Platform};
use super::pricing::{PriceBook, RegionPrices, Tier, tiered_cost};
use super::scenario::{Ingress, Input, Scenario, State, TaskSizeChoice};
use super::sizing::{self, PricedSize, SizeTable};
use super::units::{HOURS_PER_MONTH, SECONDS_PER_MONTH};

/// Lambda's longest invocation, seconds.
pub const LAMBDA_MAX_RUNTIME_S: f64 = 900.0;
/// Lambda's largest memory, MB.
pub const LAMBDA_MAX_MEMORY_MB: f64 = 10_240.0;
/// Lambda's largest container image, GB.
pub const LAMBDA_MAX_IMAGE_GB: f64 = 10.0;
/// New connections per second that one ALB capacity unit covers.
pub const LCU_NEW_CONNECTIONS_PER_S: f64 = 25.0;

/// The inputs the searches vary; everything else comes from the base scenario.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Knobs {
    pub runtime_s: f64,
    pub memory_mb: f64,
    pub rate_per_s: f64,
    pub state: State,
    pub requests_per_task: f64,
}

impl Knobs {
    /// These knobs with one numeric knob moved: runtime, memory, rate or requests per task
    /// (any other input leaves them as they are).
    #[must_use]
    pub fn with(mut self, input: Input, value: f64) -> Self {
        match input {
            Input::Runtime => self.runtime_s = value,
            Input::Memory => self.memory_mb = value,
            Input::Rate => self.rate_per_s = value,
            Input::RequestsPerTask => self.requests_per_task = value,
            _ => {}
        }
        self
    }

    /// The value of one numeric knob (requests per task for any input but runtime, memory and
    /// rate).
    pub fn get(self, input: Input) -> f64 {
        match input {
            Input::Runtime => self.runtime_s,
            Input::Memory => self.memory_mb,
            Input::Rate => self.rate_per_s,
            _ => self.requests_per_task,
        }
    }

    pub fn of(scenario: &Scenario) -> Self {
        Self {
            runtime_s: scenario.runtime_s,
            memory_mb: scenario.memory_mb,
            rate_per_s: scenario.rate_per_s,
            state: scenario.state,
            requests_per_task: scenario.requests_per_task,
        }
    }
}

/// Why Lambda cannot run the workload, as flags (the report words them).
#[allow(clippy::struct_excessive_bools)] // independent limits, all reported
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct LambdaBlocks {
    pub runtime: bool,
    pub memory: bool,
    pub image: bool,
    pub region: bool,
}

impl LambdaBlocks {
    pub fn any(self) -> bool {
        self.runtime || self.memory || self.image || self.region
    }
}

/// Why Fargate cannot run the workload.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct FargateBlocks {
    /// No valid task size has the memory (auto).
    pub no_size: bool,
    /// The fixed task size has less memory than one invocation needs.
    pub fixed_too_small: bool,
    pub region: bool,
}

impl FargateBlocks {
    pub fn any(self) -> bool {
        self.no_size || self.fixed_too_small || self.region
    }
}

/// What the model needs that does not change while one input moves.
#[derive(Debug, Clone)]
pub struct Context<'a> {
    pub base: &'a Scenario,
    pub book: &'a PriceBook,
    pub region: Option<&'a RegionPrices>,
    pub sizes: SizeTable,
}

impl<'a> Context<'a> {
    pub fn new(base: &'a Scenario, book: &'a PriceBook) -> Self {
        let region = book.region(&base.region);
        let sizes = region.map_or_else(SizeTable::empty, |region| {
            SizeTable::new(book, &region.fargate, base.arch)
        });
        Self { base, book, region, sizes }
    }

    /// The model at `knobs`.
    pub fn model(&self, knobs: Knobs) -> Model<'a> {
        let base = self.base;
        let region = self.region;
        let lambda_blocks = LambdaBlocks {
            runtime: knobs.runtime_s > LAMBDA_MAX_RUNTIME_S,
            memory: knobs.memory_mb > LAMBDA_MAX_MEMORY_MB,
            image: base.image_gb > LAMBDA_MAX_IMAGE_GB,
            region: region.is_none(),
        };
        let (task, fixed_too_small) = match base.task_size {
            TaskSizeChoice::Auto => (self.sizes.auto(knobs.memory_mb), false),
            TaskSizeChoice::Fixed(size) => {
                let hourly = region.map_or(0.0, |r| sizing::hourly(size, &r.fargate, base.arch));
                (
                    Some(PricedSize { size, hourly }),
                    size.memory_gb * 1024.0 < knobs.memory_mb - 1e-9,
                )
            }
        };
        let fargate_blocks =
            FargateBlocks { no_size: task.is_none(), fixed_too_small, region: region.is_none() };
        let lambda = match region {
            Some(region) if !lambda_blocks.any() => Some(LambdaModel::new(base, knobs, region)),
            _ => None,
        };
        let fargate = match (region, task) {
            (Some(region), Some(task)) if !fargate_blocks.any() => {
                Some(FargateModel::new(base, knobs, region, self.book, task))
            }
            _ => None,
        };
        Model { knobs, lambda_blocks, fargate_blocks, lambda, fargate }
    }
}

/// Both platforms at one set of knobs.
#[derive(Debug, Clone, Copy)]
pub struct Model<'a> {
    pub knobs: Knobs,
    pub lambda_blocks: LambdaBlocks,
    pub fargate_blocks: FargateBlocks,
    /// `None` when blocked.
    pub lambda: Option<LambdaModel<'a>>,
    /// `None` when blocked.
    pub fargate: Option<FargateModel>,
}

impl<'a> Model<'a> {
    /// Platform `platform`'s monthly total at `rate_per_s`, `None` when it is blocked.
    pub fn cost(&self, platform: Platform, rate_per_s: f64) -> Option<f64> {
        match platform {
            Platform::Lambda => self.lambda.as_ref().map(|lambda| lambda.total(rate_per_s)),
            Platform::Fargate => self.fargate.as_ref().map(|fargate| fargate.total(rate_per_s)),
        }
    }

    /// Every platform's monthly total at `rate_per_s` (`None`: blocked).
    pub fn costs(&self, rate_per_s: f64) -> PerPlatform<Option<f64>> {
        PerPlatform::from_fn(|platform| self.cost(platform, rate_per_s))
    }

    /// How `platform`'s bill moves with the rate (`None` when it is blocked): what the exact
    /// break-even solver needs besides the totals.
    pub fn shape(&self, platform: Platform) -> Option<Shape<'_, 'a>> {
        match platform {
            Platform::Lambda => self.lambda.as_ref().map(Shape::Linear),
            Platform::Fargate => self.fargate.as_ref().map(Shape::Staircase),
        }
    }

    /// Whether `platform` cannot run the workload at these knobs.
    pub fn blocked(&self, platform: Platform) -> bool {
        match platform {
            Platform::Lambda => self.lambda.is_none(),
            Platform::Fargate => self.fargate.is_none(),
        }
    }
}

/// How a platform's monthly bill moves with the rate.
#[derive(Debug, Clone, Copy)]
pub enum Shape<'m, 'a> {
    /// Linear between a few kinks ([`LambdaModel::breakpoints`]): Lambda on demand.
    Linear(&'m LambdaModel<'a>),
    /// A staircase in whole tasks plus a part linear in the rate: Fargate as a service.
    Staircase(&'m FargateModel),
}

/// Lambda's bill as a function of the rate.
#[derive(Debug, Clone, Copy)]
pub struct LambdaModel<'a> {
    region: &'a RegionPrices,
    usage: LambdaUsage,
    /// INIT GB-seconds per invocation (the cold-start share of INIT).
    init_gb_s_per_request: f64,
    savings: f64,
    ingress: Option<&'a [Tier]>,
}

/// Lambda's bill in parts, unrounded.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct LambdaBill {
    pub invocations: f64,
    pub gb_seconds: f64,
    /// Compute after the Savings Plan discount.
    pub compute: f64,
    /// The Savings Plan discount taken off compute.
    pub savings: f64,
    pub requests: f64,
    pub storage: f64,
    pub ingress: f64,
}

impl LambdaBill {
    pub fn total(&self) -> f64 {
        self.compute + self.requests + self.storage + self.ingress
    }
}

impl<'a> LambdaModel<'a> {
    fn new(base: &Scenario, knobs: Knobs, region: &'a RegionPrices) -> Self {
        let usage = LambdaUsage {
            arch: base.arch,
            memory_mb: knobs.memory_mb,
            duration_ms: knobs.runtime_s * 1000.0,
            requests: 0.0,
            ephemeral_storage_mb: base.lambda_storage_mb,
            extra_gb_seconds: 0.0,
            free_tier: base.free_tier,
        };
        let ingress = match base.ingress {
            Ingress::None | Ingress::Url => None,
            Ingress::Http => Some(region.ingress.http_api.as_slice()),
            Ingress::Rest => Some(region.ingress.rest_api.as_slice()),
        };
        Self {
            region,
            usage,
            init_gb_s_per_request: base.cold_start_share * base.init_s * knobs.memory_mb / 1024.0,
            savings: base.savings_lambda,
            ingress,
        }
    }

    /// The month's bill at `rate_per_s`.
    pub fn bill(&self, rate_per_s: f64) -> LambdaBill {
        let invocations = rate_per_s * SECONDS_PER_MONTH;
        let usage = LambdaUsage {
            requests: invocations,
            extra_gb_seconds: invocations * self.init_gb_s_per_request,
            ..self.usage
        };
        let LambdaParts { compute, requests, storage } =
            lambda::price_parts(&usage, &self.region.lambda);
        let ingress = self.ingress.map_or(0.0, |tiers| tiered_cost(invocations, tiers));
        LambdaBill {
            invocations,
            gb_seconds: lambda::gb_seconds(&usage),
            compute: compute * (1.0 - self.savings),
            savings: compute * self.savings,
            requests,
            storage,
            ingress,
        }
    }

    /// The month's total at `rate_per_s`.
    pub fn total(&self, rate_per_s: f64) -> f64 {
        self.bill(rate_per_s).total()
    }

    /// Rates at which Lambda's bill changes slope (tier edges, free-tier edges), ascending.
    /// Between two of them the bill is linear in the rate. At most 12.
    pub fn breakpoints(&self, out: &mut [f64; 12]) -> usize {
        let per_request_gb_s = self.usage.duration_ms.ceil() / 1000.0 * self.usage.memory_mb
            / 1024.0
            + self.init_gb_s_per_request;
        let lambda = &self.region.lambda;
        let (free_gb_s, free_requests) = if self.usage.free_tier {
            (lambda.free_gb_seconds.amount, lambda.free_requests.amount)
        } else {
            (0.0, 0.0)
        };
        let mut count = 0;
        let mut push = |invocations: f64| {
            let rate = invocations / SECONDS_PER_MONTH;
            if rate.is_finite() && rate > 0.0 && count < out.len() {
                out[count] = rate;
                count += 1;
            }
        };
        if per_request_gb_s > 0.0 {
            if free_gb_s > 0.0 {
                push(free_gb_s / per_request_gb_s);
            }
            for tier in lambda.duration(self.usage.arch) {
                if let Some(up_to) = tier.up_to {
                    push((up_to + free_gb_s) / per_request_gb_s);
                }
            }
        }
        if free_requests > 0.0 {
            push(free_requests);
        }
        if let Some(tiers) = self.ingress {
            for tier in tiers {
                if let Some(up_to) = tier.up_to {
                    push(up_to);
                }
            }
        }
        out[..count].sort_by(f64::total_cmp);
        count
    }
}

/// Fargate's bill as a function of the rate: a staircase in tasks plus the ALB's LCUs.
#[derive(Debug, Clone, Copy)]
pub struct FargateModel {
    pub task: PricedSize,
    /// Requests one task holds at target utilization.
    pub capacity: f64,
    pub runtime_s: f64,
    pub min_tasks: u32,
    /// One task's month: vCPU, memory (after Spot and Savings Plan) and storage.
    pub per_task_vcpu: f64,
    pub per_task_memory: f64,
    pub per_task_storage: f64,
    /// The month's ALB hours (0 without ingress).
    pub alb_hours: f64,
    /// LCU-hour dollars per request per second (0 without ingress).
    pub lcu_per_rate: f64,
}

/// Fargate's bill in parts, unrounded.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct FargateBill {
    pub concurrency: f64,
    pub tasks: f64,
    pub vcpu: f64,
    pub memory: f64,
    pub storage: f64,
    pub alb_hours: f64,
    pub lcu_hours: f64,
}

impl FargateBill {
    pub fn total(&self) -> f64 {
        self.vcpu + self.memory + self.storage + self.alb_hours + self.lcu_hours
    }
}

impl FargateModel {
    fn new(
        base: &Scenario,
        knobs: Knobs,
        region: &RegionPrices,
        book: &PriceBook,
        task: PricedSize,
    ) -> Self {
        let usage = FargateUsage {
            arch: base.arch,
            vcpu: task.size.vcpu,
            memory_gb: task.size.memory_gb,
            ephemeral_storage_gb: base.fargate_storage_gb,
            tasks: 1.0,
            hours: HOURS_PER_MONTH,
            spot_share: 0.0,
        };
        let on_demand = fargate::price_parts(&usage, &region.fargate, 0.0);
        let factor =
            compute_factor(base.spot_share, book.book.spot_discount.value, base.savings_fargate);
        let (alb_hours, lcu_per_rate) = if base.ingress == Ingress::None {
            (0.0, 0.0)
        } else {
            (
                HOURS_PER_MONTH * region.ingress.alb_hour.usd,
                HOURS_PER_MONTH * region.ingress.alb_lcu_hour.usd / LCU_NEW_CONNECTIONS_PER_S,
            )
        };
        Self {
            task,
            capacity: knobs.requests_per_task * base.utilization,
            runtime_s: knobs.runtime_s,
            min_tasks: base.min_tasks,
            per_task_vcpu: on_demand.vcpu * factor,
            per_task_memory: on_demand.memory * factor,
            per_task_storage: on_demand.storage,
            alb_hours,
            lcu_per_rate,
        }
    }

    /// One task's month, all parts.
    pub fn per_task(&self) -> f64 {
        self.per_task_vcpu + self.per_task_memory + self.per_task_storage
    }

    /// Tasks at `rate_per_s`.
    pub fn tasks(&self, rate_per_s: f64) -> f64 {
        sizing::task_count(
            sizing::concurrency(rate_per_s, self.runtime_s),
            self.capacity,
            1.0,
            self.min_tasks,
        )
    }

    /// The rate at which the staircase steps from `tasks` to `tasks + 1`.
    pub fn step_end(&self, tasks: f64) -> f64 {
        tasks * self.capacity / self.runtime_s
    }

    /// The month's bill at `rate_per_s`.
    pub fn bill(&self, rate_per_s: f64) -> FargateBill {
        let tasks = self.tasks(rate_per_s);
        FargateBill {
            concurrency: sizing::concurrency(rate_per_s, self.runtime_s),
            tasks,
            vcpu: tasks * self.per_task_vcpu,
            memory: tasks * self.per_task_memory,
            storage: tasks * self.per_task_storage,
            alb_hours: self.alb_hours,
            lcu_hours: self.lcu_per_rate * rate_per_s,
        }
    }

    /// The month's total at `rate_per_s` with `tasks` tasks (the cost on one stair).
    pub fn total_with(&self, tasks: f64, rate_per_s: f64) -> f64 {
        tasks * self.per_task() + self.alb_hours + self.lcu_per_rate * rate_per_s
    }

    /// The month's total at `rate_per_s`.
    pub fn total(&self, rate_per_s: f64) -> f64 {
        self.total_with(self.tasks(rate_per_s), rate_per_s)
    }
}

/// What one on-demand dollar of Fargate compute costs after Spot and the Savings Plan: the Spot
/// share gets the Spot discount, the on-demand rest the Savings Plan discount.
pub fn compute_factor(spot_share: f64, spot_discount: f64, savings: f64) -> f64 {
    (1.0 - spot_share) * (1.0 - savings) + spot_share * (1.0 - spot_discount)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::testbook::book;

    fn close(a: f64, b: f64) -> bool {
        (a - b).abs() <= 1e-9 * a.abs().max(b.abs()).max(1.0)
    }

    #[test]
    fn lambda_bill_follows_the_formulas() {
        let book = book();
        // (runtime s, memory MB, rate/s, cold share, init s, ingress, savings) -> parts
        let cases = [
            (0.12, 1024.0, 10.0, 0.0, 0.0, Ingress::None, 0.0),
            (0.12, 1024.0, 10.0, 0.01, 1.0, Ingress::Http, 0.0),
            (2.0, 2048.0, 1.0, 0.05, 3.0, Ingress::Rest, 0.17),
            (0.0015, 128.0, 1000.0, 0.0, 0.0, Ingress::Url, 0.1),
        ];
        for (runtime_s, memory_mb, rate, cold, init, ingress, savings) in cases {
            let scenario = Scenario {
                runtime_s,
                memory_mb,
                rate_per_s: rate,
                cold_start_share: cold,
                init_s: init,
                ingress,
                savings_lambda: savings,
                ..Scenario::default()
            };
            let context = Context::new(&scenario, &book);
            let model = context.model(Knobs::of(&scenario));
            let bill = model.lambda.expect("not blocked").bill(rate);
            let n = rate * 2_628_000.0;
            let gb_s = n * (runtime_s * 1000.0).ceil() / 1000.0 * memory_mb / 1024.0
                + n * cold * init * memory_mb / 1024.0;
            assert!(close(bill.invocations, n));
            assert!(close(bill.gb_seconds, gb_s), "{} vs {gb_s}", bill.gb_seconds);
            assert!(close(bill.compute, gb_s * 0.000_016_666_7 * (1.0 - savings)));
            assert!(close(bill.requests, n * 0.000_000_2));
            let ingress_usd = match ingress {
                Ingress::None | Ingress::Url => 0.0,
                Ingress::Http => n * 0.000_001,
                Ingress::Rest => n * 0.000_003_5,
            };
            assert!(close(bill.ingress, ingress_usd));
        }
    }

    #[test]
    fn fargate_bill_follows_the_formulas() {
        let book = book();
        // (rate, runtime, per task, utilization, min, spot, savings, storage, ingress)
        //   -> (tasks, total)
        let one_task = 730.0 * (0.04048 + 2.0 * 0.004_445);
        let cases = [
            (10.0, 0.12, 8.0, 0.7, 1, 0.0, 0.0, 20.0, Ingress::None, 1.0, one_task),
            (50.0, 0.12, 1.0, 0.5, 1, 0.0, 0.0, 20.0, Ingress::None, 12.0, 12.0 * one_task),
            (
                50.0,
                0.12,
                1.0,
                0.5,
                1,
                0.5,
                0.2,
                30.0,
                Ingress::Http,
                12.0,
                12.0 * (one_task * (0.5 * 0.8 + 0.5 * 0.3) + 730.0 * 10.0 * 0.000_111)
                    + 730.0 * 0.0225
                    + 730.0 * 0.008 * 50.0 / 25.0,
            ),
            (0.001, 1.0, 8.0, 0.7, 4, 0.0, 0.0, 20.0, Ingress::None, 4.0, 4.0 * one_task),
        ];
        for (
            rate,
            runtime,
            per_task,
            utilization,
            min,
            spot,
            savings,
            storage,
            ingress,
            tasks,
            total,
        ) in cases
        {
            let scenario = Scenario {
                rate_per_s: rate,
                runtime_s: runtime,
                requests_per_task: per_task,
                utilization,
                min_tasks: min,
                spot_share: spot,
                savings_fargate: savings,
                fargate_storage_gb: storage,
                ingress,
                ..Scenario::default()
            };
            let context = Context::new(&scenario, &book);
            let model = context.model(Knobs::of(&scenario));
            let fargate = model.fargate.expect("not blocked");
            let bill = fargate.bill(rate);
            assert!(close(bill.tasks, tasks), "{} vs {tasks}", bill.tasks);
            assert!(close(bill.total(), total), "{} vs {total}", bill.total());
            assert!(close(fargate.total(rate), total));
        }
    }

    #[test]
    fn blockers_are_the_limits() {
        let book = book();
        for (runtime_s, memory_mb, image_gb, lambda_blocked, fargate_blocked) in [
            (900.0, 10_240.0, 10.0, false, false),
            (900.001, 1024.0, 1.0, true, false),
            (1.0, 10_241.0, 1.0, true, false),
            (1.0, 1024.0, 10.5, true, false),
            (1.0, 122_881.0, 1.0, true, true),
        ] {
            let scenario = Scenario { runtime_s, memory_mb, image_gb, ..Scenario::default() };
            let model = Context::new(&scenario, &book).model(Knobs::of(&scenario));
            assert_eq!(model.lambda.is_none(), lambda_blocked, "{runtime_s} {memory_mb}");
            assert_eq!(model.fargate.is_none(), fargate_blocked, "{memory_mb}");
        }
    }
}

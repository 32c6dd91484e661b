//! The allocation-free point model: a scenario's monthly cost on each platform, for the curves,
//! the break-even solver and the flip-point searches. No strings here; the cost lines of the
//! report are built from the same pieces in [`super::evaluate`].

mod fargate_run;
mod lambda_run;

pub use fargate_run::{
    BoundBy, Demand, FargateBill, FargateModel, FargatePlan, RunMode, cheapest_at, cheapest_from,
    task_start_s,
};
pub use lambda_run::{
    BREACH_WAITS_PER_MONTH, LambdaBill, LambdaModel, PROVISIONED_TARGET, PcPlan, ProvisionedBill,
};

use std::borrow::Cow;

use super::around::AroundModel;
use super::latency::LatencyInputs;
use super::platform::{PerPlatform, Platform};
use super::pricing::{PriceBook, RegionPrices};
use super::scenario::{FargateIngress, FargateMode, Input, Scenario, State, TaskSizeChoice};
use super::sizing::{self, PricedSize, SizeTable};
use super::traffic::{Profile, Week};

/// Lambda's longest invocation, seconds.
pub const LAMBDA_MAX_RUNTIME_S: f64 = 900.0;
/// Lambda's largest memory, MB.
pub const LAMBDA_MAX_MEMORY_MB: f64 = 10_240.0;
/// Lambda's largest container image, GB.
pub const LAMBDA_MAX_IMAGE_GB: f64 = 10.0;

/// The inputs the searches vary; everything else comes from the base scenario.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Knobs {
    pub runtime_s: f64,
    pub memory_mb: f64,
    pub rate_per_s: f64,
    pub state: State,
    pub cpu_share: f64,
    pub min_tasks: u32,
    /// Peak ÷ average of the traffic.
    pub peak: f64,
    /// The monthly difference below which cost does not decide (the verdict reads it).
    pub materiality_usd: f64,
}

impl Knobs {
    /// These knobs with one numeric knob moved: runtime, memory, rate, CPU share, minimum tasks
    /// or peak ÷ average (any other input leaves them as they are).
    #[must_use]
    pub fn with(mut self, input: Input, value: f64) -> Self {
        match input {
            Input::Runtime => self.runtime_s = value,
            Input::Memory => self.memory_mb = value,
            Input::Rate => self.rate_per_s = value,
            Input::CpuShare => self.cpu_share = value,
            Input::MinTasks => self.min_tasks = value.max(0.0) as u32,
            Input::Peak => self.peak = value,
            _ => {}
        }
        self
    }

    /// The value of one numeric knob (NaN for an input that is not a knob).
    pub fn get(self, input: Input) -> f64 {
        match input {
            Input::Runtime => self.runtime_s,
            Input::Memory => self.memory_mb,
            Input::Rate => self.rate_per_s,
            Input::CpuShare => self.cpu_share,
            Input::MinTasks => f64::from(self.min_tasks),
            Input::Peak => self.peak,
            _ => f64::NAN,
        }
    }

    pub fn of(scenario: &Scenario) -> Self {
        Self {
            runtime_s: scenario.runtime_s,
            memory_mb: scenario.memory_mb,
            rate_per_s: scenario.rate_per_s,
            state: scenario.state,
            cpu_share: scenario.cpu_share,
            min_tasks: scenario.min_tasks,
            peak: scenario.peak,
            materiality_usd: scenario.materiality_usd,
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
#[allow(clippy::struct_excessive_bools)] // independent reasons, all reported
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct FargateBlocks {
    /// No valid task size has the memory and vCPUs of one request (auto).
    pub no_size: bool,
    /// The fixed task size has less memory than one invocation needs.
    pub fixed_too_small: bool,
    /// The fixed task size has fewer vCPUs than one request keeps busy.
    pub fixed_too_few_vcpu: bool,
    /// Jobs were asked for, but an ingress waits on the answer.
    pub jobs_with_ingress: bool,
    pub region: bool,
}

impl FargateBlocks {
    pub fn any(self) -> bool {
        self.no_size
            || self.fixed_too_small
            || self.fixed_too_few_vcpu
            || self.jobs_with_ingress
            || self.region
    }
}

/// What the model needs that does not change while one input moves.
#[derive(Debug, Clone)]
pub struct Context<'a> {
    pub base: &'a Scenario,
    pub book: &'a PriceBook,
    pub region: Option<&'a RegionPrices>,
    pub sizes: SizeTable,
    /// The traffic shape's week (blended to a peak by [`Context::week`]).
    pub profile: Cow<'static, Profile>,
    /// Each platform's bill around its compute: the knobs never move it, so it is built once.
    pub around: PerPlatform<AroundModel>,
}

impl<'a> Context<'a> {
    pub fn new(base: &'a Scenario, book: &'a PriceBook) -> Self {
        let region = book.region(&base.region);
        let sizes = region.map_or_else(SizeTable::empty, |region| {
            SizeTable::new(book, &region.fargate, base.arch)
        });
        let around = PerPlatform::from_fn(|platform| {
            region.map_or_else(AroundModel::default, |region| match platform {
                Platform::Lambda => AroundModel::lambda(base, region),
                Platform::Fargate => AroundModel::fargate(base, region),
            })
        });
        Self { base, book, region, sizes, profile: Profile::of(&base.traffic), around }
    }

    /// The traffic week at the knobs' peak.
    pub fn week(&self, knobs: Knobs) -> Week<'_> {
        self.profile.week(knobs.peak)
    }

    /// Every way Fargate may run the workload at `knobs` that is the cheapest at some rate (see
    /// [`FargatePlan::options`]), and why there is none; the cheapest at any rate is Fargate's
    /// bill there.
    pub fn fargate_options(&self, knobs: Knobs) -> (Vec<FargateModel<'_>>, FargateBlocks) {
        let (setup, mut blocks) = self.fargate_setup(knobs);
        let options = match setup {
            Some((plan, demand, None)) => plan.options(&self.sizes, demand),
            Some((plan, demand, Some(fixed))) => plan.options_at(fixed, demand),
            None => Vec::new(),
        };
        blocks.no_size = setup.is_some_and(|(_, _, fixed)| fixed.is_none()) && options.is_empty();
        (options, blocks)
    }

    /// The cheapest way to run Fargate at the knobs' rate (found without building every
    /// option: the searches ask this thousands of times), and why there is none.
    pub fn fargate_at_knobs(&self, knobs: Knobs) -> (Option<FargateModel<'_>>, FargateBlocks) {
        let (setup, mut blocks) = self.fargate_setup(knobs);
        let fargate = match setup {
            Some((plan, demand, None)) => plan.cheapest(&self.sizes, demand),
            Some((plan, demand, Some(fixed))) => {
                fargate_run::cheapest_at(&plan.options_at(fixed, demand), knobs.rate_per_s)
            }
            None => None,
        };
        blocks.no_size = setup.is_some_and(|(_, _, fixed)| fixed.is_none()) && fargate.is_none();
        (fargate, blocks)
    }

    /// What Fargate's searches start from: the plan, the demand and a fixed size (`None`:
    /// automatic), or nothing when a block is already known.
    fn fargate_setup(
        &self,
        knobs: Knobs,
    ) -> (Option<(FargatePlan<'_>, Demand, Option<PricedSize>)>, FargateBlocks) {
        let base = self.base;
        let demand = Demand::of(base, knobs);
        let mut blocks = FargateBlocks {
            region: self.region.is_none(),
            jobs_with_ingress: base.fargate_mode == FargateMode::Jobs
                && base.fargate_ingress != FargateIngress::None,
            ..FargateBlocks::default()
        };
        let Some(region) = self.region else { return (None, blocks) };
        let fixed = match base.task_size {
            TaskSizeChoice::Auto => None,
            TaskSizeChoice::Fixed(size) => {
                blocks.fixed_too_small = size.memory_gb * 1024.0 < knobs.memory_mb - 1e-9;
                blocks.fixed_too_few_vcpu = size.vcpu < demand.vcpu_per_request - 1e-9;
                Some(PricedSize { size, hourly: sizing::hourly(size, &region.fargate, base.arch) })
            }
        };
        if blocks.any() {
            return (None, blocks);
        }
        let plan = FargatePlan::new(
            base,
            knobs,
            self.week(knobs),
            region,
            self.book,
            &self.around[Platform::Fargate],
        );
        (Some((plan, demand, fixed)), blocks)
    }

    /// Both monthly bills at `knobs` with the rate moved to `rate_per_s`: Lambda's, and the
    /// cheapest way to run Fargate there (`None` when blocked).
    pub fn costs_at(&self, knobs: Knobs, rate_per_s: f64) -> PerPlatform<Option<f64>> {
        self.model(Knobs { rate_per_s, ..knobs }).costs(rate_per_s)
    }

    /// The model at `knobs` that differ from `base`'s only in what Lambda ignores (CPU share,
    /// minimum tasks, state): `base`'s Lambda as it is, Fargate found anew. The flip searches
    /// along those inputs ask this at every probe.
    pub fn model_for_fargate<'m>(&'m self, base: &Model<'m>, knobs: Knobs) -> Model<'m> {
        debug_assert!(
            knobs.runtime_s.to_bits() == base.knobs.runtime_s.to_bits()
                && knobs.memory_mb.to_bits() == base.knobs.memory_mb.to_bits()
                && knobs.rate_per_s.to_bits() == base.knobs.rate_per_s.to_bits()
                && knobs.peak.to_bits() == base.knobs.peak.to_bits(),
            "only CPU share, minimum tasks and state may move"
        );
        let (fargate, fargate_blocks) = self.fargate_at_knobs(knobs);
        Model { knobs, fargate_blocks, fargate, ..*base }
    }

    /// The model at `knobs`.
    pub fn model(&self, knobs: Knobs) -> Model<'_> {
        let base = self.base;
        let region = self.region;
        let lambda_blocks = LambdaBlocks {
            runtime: knobs.runtime_s > LAMBDA_MAX_RUNTIME_S,
            memory: knobs.memory_mb > LAMBDA_MAX_MEMORY_MB,
            image: base.image_gb > LAMBDA_MAX_IMAGE_GB,
            region: region.is_none(),
        };
        let (fargate, fargate_blocks) = self.fargate_at_knobs(knobs);
        let lambda = match region {
            Some(region) if !lambda_blocks.any() => Some(LambdaModel::new(
                base,
                knobs,
                self.week(knobs),
                region,
                &self.around[Platform::Lambda],
            )),
            _ => None,
        };
        let latency = LatencyInputs {
            budget_s: base.latency_budget_s,
            task_start_s: task_start_s(base),
            api_gateway: PerPlatform::new(
                base.lambda_ingress.is_api_gateway(),
                base.fargate_ingress.is_api_gateway(),
            ),
            utilization: base.utilization,
        };
        let peak = self.week(knobs).peak();
        Model { knobs, lambda_blocks, fargate_blocks, lambda, fargate, peak, latency }
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
    pub fargate: Option<FargateModel<'a>>,
    /// The traffic's peak ÷ average in effect (held to the shape's maximum).
    pub peak: f64,
    /// What the latency row reads besides the bills.
    pub latency: LatencyInputs,
}

impl Model<'_> {
    /// Platform `platform`'s monthly total at `rate_per_s`, `None` when it is blocked. The
    /// model's Fargate is the cheapest way to run it at the knobs' rate; at another rate another
    /// way may be cheaper (ask [`Context::costs_at`]).
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

    /// Whether `platform` cannot run the workload at these knobs.
    pub fn blocked(&self, platform: Platform) -> bool {
        match platform {
            Platform::Lambda => self.lambda.is_none(),
            Platform::Fargate => self.fargate.is_none(),
        }
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
    use crate::engine::scenario::{Ingress, TaskSize};
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
                cold_start_share: Some(cold),
                peak: 1.0,
                init_s: init,
                savings_lambda: savings,
                ..Scenario::default().with_ingress(ingress)
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
                Ingress::None | Ingress::Url | Ingress::Custom => 0.0,
                Ingress::Http => n * 0.000_001,
                Ingress::Rest => n * 0.000_003_5,
            };
            assert!(close(bill.around.api, ingress_usd));
            // Logs: the default 1 KB per request plus Lambda's 0.3 KB, at $0.50 per GB.
            assert!(close(bill.around.logs, n * 1.3e-6 * 0.5));
            assert!(close(bill.around.total(), ingress_usd + n * 1.3e-6 * 0.5));
        }
    }

    /// us-east-1 x86 dollars per task-hour: 0.04048 per vCPU, 0.004445 per GB.
    fn hourly(vcpu: f64, gb: f64) -> f64 {
        vcpu * 0.04048 + gb * 0.004_445
    }

    /// The scenario's Fargate model under flat traffic (the figures below are worked by hand
    /// for a flat week). The book, scenario and context live for the test run.
    fn fargate_of(scenario: &Scenario) -> FargateModel<'static> {
        let book = Box::leak(Box::new(book()));
        let scenario = Box::leak(Box::new(Scenario { peak: 1.0, ..scenario.clone() }));
        let context = Box::leak(Box::new(Context::new(scenario, book)));
        context.model(Knobs::of(scenario)).fargate.expect("not blocked")
    }

    #[test]
    fn the_default_service_is_two_small_tasks_bound_by_memory() {
        // 120 ms, 1024 MB, 10/s: 1.2 requests in flight. A Lambda environment of 1024 MB has
        // 1024 / 1769 = 0.5789 vCPU; at 25% CPU share a request keeps q = 0.1447 vCPU busy and
        // needs m_r = 1024 / 8 = 128 MB over a 896 MB process. The cheapest valid size is
        // 0.25 vCPU / 1 GB (0.25 >= 0.1447, 1024 MB >= 1024 MB): CPU holds 0.25 x 0.7 / 0.1447 =
        // 1.209 requests, memory (1024 - 896) / 128 = 1: memory binds, k = 1. Tasks =
        // max(2, ceil(1.2 / 1)) = 2, so 2 x 730 h x $0.014565 = $21.2649. The next sizes' two
        // tasks cost more per hour than that ($0.01901 x 2 for 0.25 / 2 GB).
        let fargate = fargate_of(&Scenario::default());
        assert_eq!(fargate.mode, RunMode::Service);
        assert_eq!(fargate.task.size, TaskSize { vcpu: 0.25, memory_gb: 1.0 });
        assert_eq!(fargate.bound_by, BoundBy::Memory);
        assert!(close(fargate.capacity, 1.0));
        let bill = fargate.bill(10.0);
        assert!(close(bill.tasks, 2.0));
        assert!(close(bill.task_hours, 1460.0));
        assert!(close(bill.compute(), 2.0 * 730.0 * hourly(0.25, 1.0)));
        assert!((bill.compute() - 21.2649).abs() < 1e-4, "{}", bill.compute());
        // Around it: two public IPv4 addresses at $0.005 an hour, and 1 KB of logs per request
        // at $0.50 per GB (26.28M requests: 26.28 GB).
        assert!(close(bill.around.ipv4, 2.0 * 730.0 * 0.005));
        assert!(close(bill.around.logs, 26.28 * 0.5));
        assert!(close(bill.total(), 21.2649 + 7.3 + 13.14 + (bill.compute() - 21.2649)));
    }

    #[test]
    fn a_cpu_bound_thumbnailer_provisions_its_busy_vcpus_over_the_target() {
        // 800 ms at 1,769 MB (1 vCPU on Lambda), 20/s, CPU-bound: 16 requests in flight, each
        // keeping a whole vCPU busy: 16 / 0.7 = 22.86 vCPU at 70%. Valid sizes need 1 vCPU and
        // 1,769 MB: 1 vCPU / 2 GB holds 0.7 requests (CPU binds; memory would hold
        // (2048 - 1547.9) / 221.1 = 2.26), so ceil(16 / 0.7) = 23 tasks = 23 vCPU at $0.04937 an
        // hour: $828.92 a month. 2 vCPU / 4 GB needs 12 tasks (24 vCPU, $1.18488 an hour) and
        // costs more.
        let scenario = Scenario {
            runtime_s: 0.8,
            memory_mb: 1769.0,
            rate_per_s: 20.0,
            cpu_share: 1.0,
            // Private subnets: no public IPv4 per task to tilt the size towards fewer tasks.
            network: crate::engine::scenario::Network::Nat,
            ..Scenario::default()
        };
        let fargate = fargate_of(&scenario);
        assert_eq!(fargate.task.size, TaskSize { vcpu: 1.0, memory_gb: 2.0 });
        assert_eq!(fargate.bound_by, BoundBy::Cpu);
        let bill = fargate.bill(20.0);
        assert!(close(bill.tasks, 23.0));
        assert!(bill.tasks * fargate.task.size.vcpu >= 16.0 / 0.7);
        assert!((bill.compute() - 23.0 * 730.0 * hourly(1.0, 2.0)).abs() < 1e-9);
        assert!((bill.compute() - 828.9223).abs() < 1e-3, "{}", bill.compute());
    }

    #[test]
    fn a_nightly_job_runs_as_jobs_for_a_few_dollars() {
        // 40 min, 4 GB, once a day, CPU-bound, 1 GB image. One request needs 4096 / 1769 =
        // 2.315 vCPU, so the cheapest valid size is 4 vCPU / 8 GB ($0.19748 an hour). A job
        // bills 2400 s + a 35 s start (20 s + 15 s per GB) = 2435 s: $0.133574, and a month
        // holds 2628000 / 86400 = 30.4167 of them: $4.0629. A service would keep two tasks up.
        let scenario = Scenario {
            runtime_s: 2400.0,
            memory_mb: 4096.0,
            rate_per_s: 1.0 / 86_400.0,
            cpu_share: 1.0,
            ..Scenario::default()
        };
        let fargate = fargate_of(&scenario);
        assert_eq!(fargate.mode, RunMode::Jobs);
        assert_eq!(fargate.task.size, TaskSize { vcpu: 4.0, memory_gb: 8.0 });
        assert!(close(fargate.job_billed_s, 2435.0));
        let bill = fargate.bill(scenario.rate_per_s);
        let jobs = 2_628_000.0 / 86_400.0;
        assert!(close(bill.task_hours, jobs * 2435.0 / 3600.0));
        assert!(close(bill.compute(), jobs * 2435.0 / 3600.0 * hourly(4.0, 8.0)));
        assert!((bill.compute() - 4.0629).abs() < 1e-3, "{}", bill.compute());
        // Each job's task holds a public IPv4 address while it is billed.
        assert!(close(bill.around.ipv4, jobs * 2435.0 / 3600.0 * 0.005));
        assert!(close(bill.tasks, 0.0));
        // A job bills a minute at least: 1 s + 35 s start.
        let short = Scenario { runtime_s: 1.0, ..scenario };
        assert!(close(fargate_of(&short).job_billed_s, 60.0));
    }

    #[test]
    fn fargate_discounts_storage_alb_and_the_cap_follow_the_formulas() {
        // A 64-request cap on a CPU-light service of 1 vCPU / 2 GB tasks: CPU would hold
        // 1 x 0.7 / (512 / 1769 x 0.01) = 242 requests and memory (2048 - 511) / 1 = 1537, so
        // the cap binds. Spot 50% at 70% off and a 20%
        // Savings Plan on the rest: factor 0.5 x 0.8 + 0.5 x 0.3 = 0.55 on compute; 10 GB of
        // storage over the included 20 at $0.000111 per GB-hour; an ALB at $0.0225 an hour and
        // rate / 25 LCUs at $0.008.
        let scenario = Scenario {
            runtime_s: 0.05,
            memory_mb: 512.0,
            rate_per_s: 2000.0,
            cpu_share: 0.01,
            request_memory_mb: Some(1.0),
            requests_per_task: Some(64.0),
            task_size: TaskSizeChoice::Fixed(TaskSize { vcpu: 1.0, memory_gb: 2.0 }),
            spot_share: 0.5,
            savings_fargate: 0.2,
            fargate_storage_gb: 30.0,
            ..Scenario::default().with_ingress(Ingress::Http)
        };
        let fargate = fargate_of(&scenario);
        assert_eq!(fargate.bound_by, BoundBy::Cap);
        assert!(close(fargate.capacity, 64.0));
        let size = fargate.task.size;
        let bill = fargate.bill(2000.0);
        // 100 requests in flight / 64 per task.
        assert!(close(bill.tasks, 2.0));
        let expected = 2.0 * 730.0 * (hourly(size.vcpu, size.memory_gb) * 0.55 + 10.0 * 0.000_111)
            + 730.0 * 0.0225
            + 730.0 * 0.008 * 2000.0 / 25.0
            // Two public IPv4 addresses, and 1 KB of logs per request at $0.50 per GB.
            + 2.0 * 730.0 * 0.005
            + 2000.0 * 2_628_000.0 * 1e-6 * 0.5;
        assert!(close(bill.total(), expected), "{} vs {expected}", bill.total());
        assert!(close(fargate.total(2000.0), expected));
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
            let context = Context::new(&scenario, &book);
            let model = context.model(Knobs::of(&scenario));
            assert_eq!(model.lambda.is_none(), lambda_blocked, "{runtime_s} {memory_mb}");
            assert_eq!(model.fargate.is_none(), fargate_blocked, "{memory_mb}");
        }
    }
}

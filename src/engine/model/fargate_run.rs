//! How Fargate runs the workload (DESIGN.md "Fargate capacity", "as a service", "as jobs"): the
//! requests a task holds from its vCPUs and memory, the cheapest task size, and the month's bill
//! of a service (a staircase in tasks) or of jobs (one task per invocation, linear in the rate).
//!
//! A Lambda environment of M MB has `v = min(6, M / 1769)` vCPUs and serves one request. In a
//! shared process a request in flight keeps `q = v * cpu_share` vCPUs busy and needs `m_r` MB on
//! top of the process itself (`base = M - m_r`). A task of V vCPUs and G GB then holds
//! `min(V * utilization / q, (G * 1024 - base) / m_r, cap)` requests in flight, and is valid only
//! if `V >= q` and `G * 1024 >= M` (one request fits).

use crate::engine::around::{AroundModel, AroundParts};
use crate::engine::fargate::{self as pricing, FargateUsage};
use crate::engine::pricing::{PriceBook, RegionPrices};
use crate::engine::scenario::{FargateIngress, FargateMode, Scaling, Scenario};
use crate::engine::sizing::{self, LAMBDA_MAX_VCPU, MB_PER_VCPU, PricedSize, SizeTable};
use crate::engine::traffic::{PerLevel, WEEKS_PER_MONTH, Week};

use crate::engine::units::{HOURS_PER_MONTH, SECONDS_PER_MONTH};

use super::{Knobs, compute_factor};

/// The fixed part of a job's start: ENI attachment and container start, seconds (third-party
/// measurements, research/workload-facts.md §6).
pub const JOB_START_FIXED_S: f64 = 20.0;
/// The image download part of a job's start, seconds per GB of image.
pub const JOB_START_PER_IMAGE_GB_S: f64 = 15.0;
/// What a floor gives up for rounding: worked out in another order than the bill it bounds, it
/// could otherwise come out a few units in the last place above it.
const FLOOR_SHADE: f64 = 1.0 - 1e-12;
/// Fargate bills at least a minute per task.
pub const FARGATE_MINIMUM_BILLED_S: f64 = 60.0;

/// A job's task start: the scenario's, or 20 s + 15 s per GB of image.
pub fn task_start_s(scenario: &Scenario) -> f64 {
    scenario
        .task_start_s
        .unwrap_or(JOB_START_FIXED_S + JOB_START_PER_IMAGE_GB_S * scenario.image_gb)
}

/// What one request asks of a shared process.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Demand {
    /// One invocation's memory (a Lambda environment's), MB.
    pub memory_mb: f64,
    /// vCPUs one request in flight keeps busy: `q`.
    pub vcpu_per_request: f64,
    /// Memory one request in flight needs on top of the process, MB: `m_r` (at most M).
    pub request_memory_mb: f64,
    /// The most requests a task may hold, if capped.
    pub cap: Option<f64>,
    pub utilization: f64,
    /// The knobs' rate, requests per second.
    pub rate_per_s: f64,
}

impl Demand {
    pub fn of(base: &Scenario, knobs: Knobs) -> Self {
        let memory_mb = knobs.memory_mb;
        let lambda_vcpu = (memory_mb / MB_PER_VCPU).min(LAMBDA_MAX_VCPU);
        Self {
            memory_mb,
            vcpu_per_request: lambda_vcpu * knobs.cpu_share,
            request_memory_mb: base.request_memory_mb.unwrap_or(memory_mb / 8.0).min(memory_mb),
            cap: base.requests_per_task,
            utilization: base.utilization,
            rate_per_s: knobs.rate_per_s,
        }
    }

    /// Whether one request fits in a task of this size.
    pub fn fits(&self, priced: &PricedSize) -> bool {
        priced.size.vcpu >= self.vcpu_per_request - 1e-9
            && priced.size.memory_gb * 1024.0 >= self.memory_mb - 1e-9
    }

    /// The requests in flight a task of this size holds, and what binds it.
    pub fn capacity(&self, priced: &PricedSize) -> (f64, BoundBy) {
        let cpu = if self.vcpu_per_request > 0.0 {
            priced.size.vcpu * self.utilization / self.vcpu_per_request
        } else {
            f64::INFINITY
        };
        let base_mb = self.memory_mb - self.request_memory_mb;
        let memory = if self.request_memory_mb > 0.0 {
            (priced.size.memory_gb * 1024.0 - base_mb) / self.request_memory_mb
        } else {
            f64::INFINITY
        };
        let cap = self.cap.unwrap_or(f64::INFINITY);
        if cap <= cpu && cap <= memory {
            (cap, BoundBy::Cap)
        } else if cpu <= memory {
            (cpu, BoundBy::Cpu)
        } else {
            (memory, BoundBy::Memory)
        }
    }
}

/// What limits the requests one task serves.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BoundBy {
    Cpu,
    Memory,
    /// The requests-per-task cap.
    Cap,
}

impl BoundBy {
    /// The JSON word: "cpu", "memory" or "cap".
    pub fn as_str(self) -> &'static str {
        match self {
            BoundBy::Cpu => "cpu",
            BoundBy::Memory => "memory",
            BoundBy::Cap => "cap",
        }
    }
}

/// How Fargate runs it, once decided.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RunMode {
    Service,
    Jobs,
}

impl RunMode {
    /// The JSON word: "service" or "jobs".
    pub fn as_str(self) -> &'static str {
        match self {
            RunMode::Service => "service",
            RunMode::Jobs => "jobs",
        }
    }
}

/// What does not change between task sizes: the scenario's prices, discounts and mode.
#[derive(Debug, Clone, Copy)]
pub struct FargatePlan<'a> {
    region: &'a RegionPrices,
    base: &'a Scenario,
    week: Week<'a>,
    /// What one on-demand dollar of compute costs after Spot and the Savings Plan.
    factor: f64,
    runtime_s: f64,
    min_tasks: u32,
    around: &'a AroundModel,
}

impl<'a> FargatePlan<'a> {
    pub fn new(
        base: &'a Scenario,
        knobs: Knobs,
        week: Week<'a>,
        region: &'a RegionPrices,
        book: &PriceBook,
        around: &'a AroundModel,
    ) -> Self {
        Self {
            region,
            base,
            week,
            factor: compute_factor(
                base.spot_share,
                book.book.spot_discount.value,
                base.savings_fargate,
            ),
            runtime_s: knobs.runtime_s,
            min_tasks: knobs.min_tasks,
            around,
        }
    }

    /// How a service of this plan follows the week.
    fn shape(&self) -> ServiceShape<'a> {
        ServiceShape {
            week: self.week,
            runtime_s: self.runtime_s,
            min_tasks: self.min_tasks,
            scaling: self.base.scaling,
            delay_h: self.base.scale_in_delay_s / 3600.0,
        }
    }

    /// Task-hours a month that any service runs at `rate_per_s`: the minimum every hour, and at
    /// least one task in every hour with requests.
    fn week_floor(&self, rate_per_s: f64) -> f64 {
        let min = f64::from(self.min_tasks);
        let hours: f64 = match self.base.scaling {
            Scaling::Peak => 168.0 * min.max(1.0),
            Scaling::Target if rate_per_s > 0.0 => {
                let idle = self.week.idle_hours();
                (168.0 - idle) * min.max(1.0) + idle * min
            }
            Scaling::Target => 168.0 * min,
        };
        hours * WEEKS_PER_MONTH
    }

    /// Whether jobs can run it: nothing waits on a job, so only without ingress.
    fn jobs_allowed(&self) -> bool {
        self.base.fargate_ingress == FargateIngress::None
    }

    /// The modes to consider, as the scenario asks.
    fn modes(&self) -> (bool, bool) {
        match self.base.fargate_mode {
            FargateMode::Service => (true, false),
            FargateMode::Jobs => (false, true),
            FargateMode::Auto => (true, self.jobs_allowed()),
        }
    }

    /// Every way Fargate may run it that can be the cheapest at some rate: the jobs (at the
    /// cheapest size that fits one request) and the services on the Pareto front of per-task
    /// cost against capacity. A size that costs no less per task and holds no more requests
    /// than another never bills less at any rate, so the front is exact. Empty when nothing fits.
    pub fn options(&self, sizes: &SizeTable, demand: Demand) -> Vec<FargateModel<'a>> {
        let (service, jobs) = self.modes();
        let mut options = Vec::new();
        if service {
            // Sizes come cheapest per hour first: keep each one that holds more than all before.
            let mut best_capacity = 0.0;
            for priced in sizes.sizes().iter().filter(|priced| demand.fits(priced)) {
                let (capacity, _) = demand.capacity(priced);
                if capacity > best_capacity {
                    best_capacity = capacity;
                    options.push(self.service(*priced, demand));
                }
            }
        }
        if jobs {
            // A job holds one request: the cheapest size that fits one is the cheapest job.
            if let Some(priced) = sizes.sizes().iter().find(|priced| demand.fits(priced)) {
                options.push(self.jobs(*priced));
            }
        }
        options
    }

    /// The cheapest of [`FargatePlan::options`] at the demand's rate, found without
    /// building them all: the searches ask this thousands of times. Sizes come cheapest per hour
    /// first, so once the minimum fleet of the next size costs more than the best bill so far, no
    /// later size can win.
    pub fn cheapest(&self, sizes: &SizeTable, demand: Demand) -> Option<FargateModel<'a>> {
        let (service, jobs) = self.modes();
        let fitting = || sizes.sizes().iter().filter(|priced| demand.fits(priced));
        let service = service.then(|| {
            // Storage, public addresses and EBS volumes are paid per task-hour too.
            let storage = (self.base.fargate_storage_gb - pricing::INCLUDED_EPHEMERAL_GB).max(0.0)
                * self.region.fargate.ephemeral_storage_gb_hour.usd
                + self.around.per_task_hour();
            // Every size runs at least the minimum, and one task in each hour with requests.
            let rate = demand.rate_per_s;
            let floor = self.week_floor(rate);
            // The best so far: its bill, size and task-hours.
            let mut best: Option<(f64, PricedSize, f64)> = None;
            for priced in fitting() {
                let hourly = priced.hourly * self.factor + storage;
                if best.is_some_and(|(cost, _, _)| floor * hourly > cost) {
                    break;
                }
                let (capacity, _) = demand.capacity(priced);
                // The requests spread perfectly over the week bound the size's bill from below:
                // past the best so far, the week need not be walked.
                let spread = self.shape().task_hours_floor(rate, capacity) * hourly;
                if best.is_some_and(|(cost, _, _)| spread >= cost) {
                    continue;
                }
                let task_hours = self.shape().task_hours(rate, capacity).0;
                let cost = task_hours * hourly;
                if best.is_none_or(|(best_cost, _, _)| cost < best_cost) {
                    best = Some((cost, *priced, task_hours));
                }
            }
            best.map(|(_, priced, task_hours)| {
                self.service(priced, demand).knowing(rate, task_hours)
            })
        });
        let rate = demand.rate_per_s;
        let jobs =
            jobs.then(|| fitting().next().map(|priced| self.jobs(*priced).knowing(rate, 0.0)));
        match (service.flatten(), jobs.flatten()) {
            (Some(service), Some(jobs)) => {
                Some(if jobs.total(rate) < service.total(rate) { jobs } else { service })
            }
            (service, jobs) => service.or(jobs),
        }
    }

    /// The ways to run it at one fixed size (validity is the caller's to check).
    pub fn options_at(&self, priced: PricedSize, demand: Demand) -> Vec<FargateModel<'a>> {
        let (service, jobs) = self.modes();
        let mut options = Vec::with_capacity(2);
        if service {
            options.push(self.service(priced, demand));
        }
        if jobs {
            options.push(self.jobs(priced));
        }
        options
    }

    /// One task's month of compute (vCPU and memory after discounts) and storage.
    fn task_month(&self, priced: PricedSize) -> (f64, f64, f64) {
        let usage = FargateUsage {
            arch: self.base.arch,
            vcpu: priced.size.vcpu,
            memory_gb: priced.size.memory_gb,
            ephemeral_storage_gb: self.base.fargate_storage_gb,
            tasks: 1.0,
            hours: HOURS_PER_MONTH,
            spot_share: 0.0,
        };
        let parts = pricing::price_parts(&usage, &self.region.fargate, 0.0);
        (parts.vcpu * self.factor, parts.memory * self.factor, parts.storage)
    }

    fn service(&self, priced: PricedSize, demand: Demand) -> FargateModel<'a> {
        let (capacity, bound_by) = demand.capacity(&priced);
        let (vcpu, memory, storage) = self.task_month(priced);
        FargateModel {
            mode: RunMode::Service,
            task: priced,
            capacity,
            bound_by,
            shape: self.shape(),
            per_task_vcpu: vcpu,
            per_task_memory: memory,
            per_task_storage: storage,
            per_task_around: self.around.per_task_hour() * HOURS_PER_MONTH,
            around: self.around,
            job_billed_s: 0.0,
            job_per_rate: (0.0, 0.0, 0.0),
            job_around_per_rate: 0.0,
            floor: (0.0, 0.0),
            known: (f64::NAN, f64::NAN),
        }
        .with_floor()
    }

    fn jobs(&self, priced: PricedSize) -> FargateModel<'a> {
        let billed_s = (self.runtime_s + task_start_s(self.base)).max(FARGATE_MINIMUM_BILLED_S);
        // One request per second for a month is SECONDS_PER_MONTH jobs of `billed_s` each.
        let hours_per_rate = SECONDS_PER_MONTH * billed_s / 3600.0 / HOURS_PER_MONTH;
        let (vcpu, memory, storage) = self.task_month(priced);
        FargateModel {
            mode: RunMode::Jobs,
            task: priced,
            capacity: 1.0,
            bound_by: BoundBy::Cap,
            shape: ServiceShape { min_tasks: 0, ..self.shape() },
            per_task_vcpu: 0.0,
            per_task_memory: 0.0,
            per_task_storage: 0.0,
            per_task_around: 0.0,
            around: self.around,
            job_billed_s: billed_s,
            job_per_rate: (
                vcpu * hours_per_rate,
                memory * hours_per_rate,
                storage * hours_per_rate,
            ),
            job_around_per_rate: self.around.per_task_hour() * HOURS_PER_MONTH * hours_per_rate,
            floor: (0.0, 0.0),
            known: (f64::NAN, f64::NAN),
        }
    }
}

/// The cheapest of `options` at `rate_per_s` (the first on a tie: services before jobs, smaller
/// sizes before larger), knowing its bill there; `None` when there is none.
pub fn cheapest_at<'a>(options: &[FargateModel<'a>], rate_per_s: f64) -> Option<FargateModel<'a>> {
    cheapest_from(options, rate_per_s, 0)
        .map(|(index, total)| FargateModel { known: (rate_per_s, total), ..options[index] })
}

/// The cheapest of `options` (one plan's: they share the bill around the compute) at
/// `rate_per_s` and its bill, trying option `first` before the others (along ascending rates
/// the cheapest rarely changes, so its bill rules the others out by their floors: an option
/// whose floor is no less than the best so far is not walked). Ties go to the earlier option,
/// as in [`cheapest_at`].
pub fn cheapest_from(
    options: &[FargateModel],
    rate_per_s: f64,
    first: usize,
) -> Option<(usize, f64)> {
    let first = if first < options.len() { first } else { 0 };
    let around = options.get(first)?.around_part(rate_per_s);
    let mut best = (first, options[first].total_around(rate_per_s, around));
    for (index, option) in options.iter().enumerate() {
        if index == first || option.total_floor(rate_per_s, around) > best.1 {
            continue;
        }
        let total = option.total_around(rate_per_s, around);
        // An exact tie goes to the earlier option (bit for bit: the same bill).
        if total < best.1 || (total.to_bits() == best.1.to_bits() && index < best.0) {
            best = (index, total);
        }
    }
    Some(best)
}

/// `Σ a_i x b_i` of whole numbers: every partial sum is exact, so the order is free and the
/// sum runs in four lanes.
fn whole_dot(a: &[f64], b: &[f64]) -> f64 {
    let (a4, b4) = (a.chunks_exact(4), b.chunks_exact(4));
    let tail: f64 = a4.remainder().iter().zip(b4.remainder()).map(|(x, y)| x * y).sum();
    let mut lanes = [0.0; 4];
    for (x, y) in a4.zip(b4) {
        for lane in 0..4 {
            lanes[lane] += x[lane] * y[lane];
        }
    }
    lanes.iter().sum::<f64>() + tail
}

/// How a service's tasks follow the traffic week (DESIGN.md "Fargate as a service").
#[derive(Debug, Clone, Copy)]
pub struct ServiceShape<'a> {
    pub week: Week<'a>,
    pub runtime_s: f64,
    pub min_tasks: u32,
    pub scaling: Scaling,
    /// The scale-in delay, hours.
    pub delay_h: f64,
}

impl ServiceShape<'_> {
    /// Tasks' worth of requests in flight at the average rate: `rate x runtime / capacity`.
    fn load(&self, rate_per_s: f64, capacity: f64) -> f64 {
        if capacity > 0.0 {
            sizing::concurrency(rate_per_s, self.runtime_s) / capacity
        } else {
            f64::INFINITY
        }
    }

    /// Tasks in an hour of weight `weight` at `load` (see [`Self::load`]): enough for its
    /// requests in flight, and at least the minimum. One division per rate, not one per hour.
    fn tasks(&self, load: f64, weight: f64) -> f64 {
        let (needed, min) = (sizing::ceil(weight * load), f64::from(self.min_tasks));
        // A plain comparison (a NaN need gives the minimum), so the loop over hours vectorizes.
        if needed > min { needed } else { min }
    }

    /// The month's task-hours at `rate_per_s` with `capacity` requests per task, and the
    /// busiest hour's tasks. Target tracking runs `tasks(c_h)` each hour and keeps the tasks a
    /// drop stops for the scale-in delay; peak scaling runs the busiest hour's fleet all month.
    pub fn task_hours(&self, rate_per_s: f64, capacity: f64) -> (f64, f64) {
        let load = self.load(rate_per_s, capacity);
        let busiest = self.tasks(load, self.week.peak());
        let floor = f64::from(self.min_tasks);
        let week = match self.scaling {
            Scaling::Peak => busiest * 168.0,
            // Even the busiest hour runs the minimum: so does every hour, with no drops.
            Scaling::Target if busiest <= floor => floor * 168.0,
            Scaling::Target => {
                // The tasks of each distinct weight once (on the stack for the named shapes).
                let mut room = PerLevel::new();
                let tasks = room.of(&self.week);
                let levels = self.week.levels();
                for (slot, weight) in tasks.iter_mut().zip(levels) {
                    *slot = self.tasks(load, weight);
                }
                // Every hour runs its level's tasks; where the weight falls, the tasks each hour
                // stops run on for the delay: over a run of falling hours, the top's tasks less
                // the bottom's (tasks never fall as the weight grows).
                let running = whole_dot(self.week.level_hours(), tasks);
                let draining: f64 = self
                    .week
                    .drops()
                    .iter()
                    .map(|drop| drop.hours * (tasks[drop.before_level] - tasks[drop.level]))
                    .sum();
                running + draining * self.delay_h
            }
        };
        (week * WEEKS_PER_MONTH, busiest)
    }

    /// The least [`Self::task_hours`] can be at `rate_per_s` with `capacity` per task: the
    /// minimum all month, or the requests in flight spread perfectly (the weights average 1).
    pub fn task_hours_floor(&self, rate_per_s: f64, capacity: f64) -> f64 {
        let spread = rate_per_s * self.runtime_s / capacity;
        f64::from(self.min_tasks).max(spread) * HOURS_PER_MONTH
    }
}

/// Fargate's bill as a function of the rate, at one size and mode: a service is a staircase in
/// task-hours (each hour of the week steps on its own) plus the bill around it (piecewise
/// linear in the rate); jobs are linear in the rate plus the same.
#[derive(Debug, Clone, Copy)]
pub struct FargateModel<'a> {
    pub mode: RunMode,
    pub task: PricedSize,
    /// Requests in flight one task holds (1 for a job).
    pub capacity: f64,
    pub bound_by: BoundBy,
    /// How the tasks follow the week (a service).
    pub shape: ServiceShape<'a>,
    /// One service task's month: vCPU, memory (after Spot and Savings Plan) and storage.
    pub per_task_vcpu: f64,
    pub per_task_memory: f64,
    pub per_task_storage: f64,
    /// One service task's month of public IPv4 and EBS.
    pub per_task_around: f64,
    /// The bill around the compute.
    pub around: &'a AroundModel,
    /// Seconds billed per job (0 for a service).
    pub job_billed_s: f64,
    /// Jobs: the month's vCPU, memory and storage dollars per request per second.
    pub job_per_rate: (f64, f64, f64),
    /// Jobs: the month's public IPv4 and EBS dollars per request per second.
    pub job_around_per_rate: f64,
    /// A service's tasks at their least (see [`ServiceShape::task_hours_floor`]): the month
    /// of the minimum fleet, and the month per unit of rate with the requests spread perfectly.
    floor: (f64, f64),
    /// The total at one rate, known from choosing this way to run it there: (rate, total), or
    /// NaN for none. The searches price the chosen way at the rate they chose it for.
    known: (f64, f64),
}

/// Fargate's bill in parts, unrounded.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct FargateBill {
    /// Requests in flight on average.
    pub concurrency: f64,
    /// Tasks running in the busiest hour (0 for jobs).
    pub tasks: f64,
    /// Billed task-hours in the month.
    pub task_hours: f64,
    pub vcpu: f64,
    pub memory: f64,
    pub storage: f64,
    /// The bill around the compute.
    pub around: AroundParts,
}

impl FargateBill {
    pub fn total(&self) -> f64 {
        self.vcpu + self.memory + self.storage + self.around.total()
    }

    /// The compute and its ephemeral storage, without what is around it.
    pub fn compute(&self) -> f64 {
        self.vcpu + self.memory + self.storage
    }
}

impl FargateModel<'_> {
    /// One service task's month, all parts (0 for jobs).
    pub fn per_task(&self) -> f64 {
        self.per_task_vcpu + self.per_task_memory + self.per_task_storage + self.per_task_around
    }

    /// The bill without its tasks at `rate_per_s`: what is around the compute, and every job.
    pub fn rate_part(&self, rate_per_s: f64) -> f64 {
        self.around_part(rate_per_s) + self.job_part(rate_per_s)
    }

    /// What is around the compute at `rate_per_s`, but the tasks' own addresses and volumes:
    /// the same for every option of one plan.
    fn around_part(&self, rate_per_s: f64) -> f64 {
        self.around.fixed() + self.around.variable(rate_per_s)
    }

    /// Every job at `rate_per_s`, with its addresses and volumes (0 for a service).
    fn job_part(&self, rate_per_s: f64) -> f64 {
        let (vcpu, memory, storage) = self.job_per_rate;
        (vcpu + memory + storage + self.job_around_per_rate) * rate_per_s
    }

    /// The month's service task-hours at `rate_per_s`, and the busiest hour's tasks (both 0
    /// for jobs).
    pub fn service_hours(&self, rate_per_s: f64) -> (f64, f64) {
        match self.mode {
            RunMode::Service => self.shape.task_hours(rate_per_s, self.capacity),
            RunMode::Jobs => (0.0, 0.0),
        }
    }

    /// Tasks in an hour of weight `weight` at `rate_per_s` (0 for jobs).
    pub fn tasks_at_weight(&self, rate_per_s: f64, weight: f64) -> f64 {
        match self.mode {
            RunMode::Service => {
                self.shape.tasks(self.shape.load(rate_per_s, self.capacity), weight)
            }
            RunMode::Jobs => 0.0,
        }
    }

    /// Tasks in the busiest hour at `rate_per_s` (0 for jobs).
    pub fn tasks(&self, rate_per_s: f64) -> f64 {
        self.tasks_at_weight(rate_per_s, self.shape.week.peak())
    }

    /// Tasks in the quietest hour at `rate_per_s` (0 for jobs; the busiest hour's fleet with
    /// peak scaling).
    pub fn fewest_tasks(&self, rate_per_s: f64) -> f64 {
        match self.shape.scaling {
            Scaling::Peak => self.tasks(rate_per_s),
            Scaling::Target => self.tasks_at_weight(rate_per_s, self.shape.week.trough()),
        }
    }

    /// The month's bill at `rate_per_s`.
    pub fn bill(&self, rate_per_s: f64) -> FargateBill {
        let (service_hours, tasks) = self.service_hours(rate_per_s);
        let months = service_hours / HOURS_PER_MONTH;
        let (job_vcpu, job_memory, job_storage) = self.job_per_rate;
        let task_hours = match self.mode {
            RunMode::Service => service_hours,
            RunMode::Jobs => rate_per_s * SECONDS_PER_MONTH * self.job_billed_s / 3600.0,
        };
        FargateBill {
            concurrency: sizing::concurrency(rate_per_s, self.shape.runtime_s),
            tasks,
            task_hours,
            vcpu: months * self.per_task_vcpu + job_vcpu * rate_per_s,
            memory: months * self.per_task_memory + job_memory * rate_per_s,
            storage: months * self.per_task_storage + job_storage * rate_per_s,
            around: self.around.parts(rate_per_s, task_hours),
        }
    }

    /// The month's total at `rate_per_s`.
    pub fn total(&self, rate_per_s: f64) -> f64 {
        if rate_per_s.to_bits() == self.known.0.to_bits() {
            return self.known.1;
        }
        self.total_around(rate_per_s, self.around_part(rate_per_s))
    }

    /// [`Self::total`], given [`Self::around_part`] at `rate_per_s`.
    fn total_around(&self, rate_per_s: f64, around: f64) -> f64 {
        self.total_with(rate_per_s, self.service_hours(rate_per_s).0, around)
    }

    /// [`Self::total`], given the service's task-hours and [`Self::around_part`] at
    /// `rate_per_s`.
    fn total_with(&self, rate_per_s: f64, service_hours: f64, around: f64) -> f64 {
        service_hours / HOURS_PER_MONTH * self.per_task() + (around + self.job_part(rate_per_s))
    }

    /// This way to run it, knowing its total at `rate_per_s` from the service's task-hours
    /// there (0 for jobs).
    fn knowing(self, rate_per_s: f64, service_hours: f64) -> Self {
        let total = self.total_with(rate_per_s, service_hours, self.around_part(rate_per_s));
        Self { known: (rate_per_s, total), ..self }
    }

    /// A bound the total at `rate_per_s` never falls below, found without walking the week,
    /// given [`Self::around_part`] at `rate_per_s`: the cheapest of a plan's options asks it
    /// of every option at every rate of the curves.
    fn total_floor(&self, rate_per_s: f64, around: f64) -> f64 {
        let (at_minimum, per_rate) = self.floor;
        (at_minimum.max(rate_per_s * per_rate) + (around + self.job_part(rate_per_s))) * FLOOR_SHADE
    }

    /// This service with its floor (see [`Self::total_floor`]) worked out once.
    fn with_floor(self) -> Self {
        let per_task = self.per_task();
        let at_minimum = f64::from(self.shape.min_tasks) * per_task;
        let per_rate = self.shape.runtime_s / self.capacity * per_task;
        Self { floor: (at_minimum, per_rate), ..self }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::traffic::{Profile, Shape};

    #[test]
    fn tasks_follow_littles_law_hour_by_hour() {
        let profile = Profile::new(&Shape::Diurnal);
        let shape = |min_tasks| ServiceShape {
            week: profile.week(1.0),
            runtime_s: 0.5,
            min_tasks,
            scaling: Scaling::Target,
            delay_h: 1.0 / 3.0,
        };
        // (rate, capacity, min tasks, weight) -> tasks: rate x 0.5 s in flight, x the weight.
        for (rate, capacity, min_tasks, weight, tasks) in [
            (2.4, 5.6, 1, 1.0, 1.0),
            (11.2, 5.6, 1, 1.0, 1.0),
            (11.4, 5.6, 1, 1.0, 2.0),
            (400.0, 1.0, 1, 1.0, 200.0),
            (0.002, 1.0, 0, 1.0, 1.0),
            (1.0, 8.0, 3, 1.0, 3.0),
            (80.0, 10.0, 2, 1.0, 4.0),
            (80.0, 10.0, 2, 1.7, 7.0),
            (80.0, 10.0, 0, 0.0, 0.0),
        ] {
            let shape = shape(min_tasks);
            let got = shape.tasks(shape.load(rate, capacity), weight);
            assert_eq!(
                got.to_bits(),
                f64::to_bits(tasks),
                "{rate} {capacity} {min_tasks} {weight}"
            );
        }
        // Flat traffic runs the same tasks every hour, and no drops.
        let flat = shape(1);
        let (hours, busiest) = flat.task_hours(80.0, 10.0);
        assert_eq!(busiest.to_bits(), 4.0_f64.to_bits());
        assert!((hours - 4.0 * 730.0).abs() < 1e-9, "{hours}");
    }
}

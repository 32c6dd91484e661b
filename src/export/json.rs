//! The JSON object `lvf eval --json` prints: a typed contract, built from a [`Report`], rather
//! than the report's own layout. Scripts rely on these keys (DESIGN: existing keys never change
//! meaning), so renaming a field of the engine's report must not rename one here.
//!
//! Keys come out in alphabetical order at every level, as they always have: the object goes
//! through `serde_json::Value`, whose map is sorted (`serde_json` without `preserve_order`).

mod sensitivity;

use serde::Serialize;

use crate::engine::cost::CostItem;
use crate::engine::map::VerdictMap;
use crate::engine::model::{BoundBy, RunMode};
use crate::engine::report::{
    Basis, Choice, Crossing, Mark, ParityBand, Platform, PlatformReport, ProvisionedFigures, Report,
};
use crate::engine::scenario::{Input, Scenario, TaskSize};
use crate::engine::sensitivity::Sensitivity;
use crate::wording;

/// The whole object.
#[derive(Debug, Serialize)]
pub struct ReportJson<'r> {
    pub break_even: BreakEvenJson<'r>,
    pub curves: CurvesJson<'r>,
    pub fargate: FargateJson,
    pub fit: Vec<FitRowJson>,
    pub lambda: LambdaJson,
    /// The verdict map, with `--map` only.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub map: Option<&'r VerdictMap>,
    pub notes: Vec<String>,
    pub pricing_as_of: &'r str,
    pub region_name: &'r str,
    pub scenario: &'r Scenario,
    pub traffic: TrafficJson<'r>,
    /// What moves the answer, largest swing first (when the edge computed it).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub sensitivity: Option<Vec<sensitivity::SwingJson>>,
    pub verdict: VerdictJson,
}

/// One line of a bill.
#[derive(Debug, Serialize)]
pub struct LineJson {
    /// "compute", "requests", "ingress", "network", "logs" or "storage".
    pub group: &'static str,
    pub item: String,
    /// The region whose rate priced it.
    pub region: String,
    pub usd: f64,
}

/// The traffic week the bills were priced on.
#[derive(Debug, Serialize)]
pub struct TrafficJson<'r> {
    /// Requests per second in each of the week's 168 hours, Monday 00:00 first.
    pub hourly_rate_per_s: &'r [f64],
    /// The most peak ÷ average the shape reaches.
    pub max_peak: f64,
    /// Peak ÷ average in effect.
    pub peak: f64,
    /// "diurnal", "business-hours", "nightly", "daily-spike" or "custom:…".
    pub shape: String,
}

/// Provisioned concurrency, priced.
#[derive(Debug, Serialize)]
pub struct ProvisionedJson {
    /// The most environments in an hour.
    pub environments_peak: f64,
    /// Lambda's whole monthly bill with it.
    pub lambda_usd: f64,
    /// "fixed" or "scheduled".
    pub mode: &'static str,
    /// The month's provisioned concurrency and the duration that ran on it.
    pub monthly_usd: f64,
}

impl ProvisionedJson {
    fn of(figures: Option<ProvisionedFigures>) -> Option<Self> {
        figures.map(|pc| Self {
            environments_peak: pc.environments_peak,
            lambda_usd: pc.lambda_usd,
            mode: if pc.scheduled { "scheduled" } else { "fixed" },
            monthly_usd: pc.monthly_usd,
        })
    }
}

/// Lambda at the scenario's point.
#[derive(Debug, Serialize)]
pub struct LambdaJson {
    pub blocked_by: Vec<String>,
    pub concurrency: f64,
    /// Cold starts a month that run INIT on demand.
    pub cold_starts: f64,
    /// Their share of the month's invocations.
    pub cold_start_share: f64,
    pub gb_seconds: f64,
    pub invocations: f64,
    pub lines: Vec<LineJson>,
    pub monthly_usd: Option<f64>,
    /// Requests in flight in the busiest hour.
    pub peak_concurrency: f64,
    /// Provisioned concurrency in the bill (null: on demand only).
    pub provisioned: Option<ProvisionedJson>,
    /// With no provisioned concurrency and a breached latency budget: the cheapest that keeps
    /// it, priced (null otherwise).
    pub provisioned_option: Option<ProvisionedJson>,
}

/// Fargate at the scenario's point.
#[derive(Debug, Serialize)]
pub struct FargateJson {
    pub blocked_by: Vec<String>,
    /// "cpu", "memory" or "cap": what limits the requests one service task serves ("cap" for
    /// jobs, which serve one each).
    pub bound_by: &'static str,
    pub concurrency: f64,
    /// Seconds billed per job (0 for a service).
    pub job_billed_s: f64,
    pub lines: Vec<LineJson>,
    /// "service" or "jobs".
    pub mode: &'static str,
    pub monthly_usd: Option<f64>,
    /// Requests in flight one task serves (fractional; 1 for jobs).
    pub requests_per_task: f64,
    pub task: Option<TaskSize>,
    pub task_auto: bool,
    /// Billed task-hours in the month.
    pub task_hours: f64,
    /// Tasks in the busiest hour (0 for jobs).
    pub tasks: u64,
    /// Tasks in the quietest hour (0 for jobs).
    pub tasks_fewest: u64,
}

impl FargateJson {
    fn new(fargate: &PlatformReport, blocked_by: Vec<String>, lines: Vec<LineJson>) -> Self {
        let base = Self {
            blocked_by,
            bound_by: BoundBy::Cpu.as_str(),
            concurrency: fargate.concurrency,
            job_billed_s: 0.0,
            lines,
            mode: RunMode::Service.as_str(),
            monthly_usd: fargate.monthly_usd,
            requests_per_task: 0.0,
            task: None,
            task_auto: false,
            task_hours: 0.0,
            tasks: 0,
            tasks_fewest: 0,
        };
        match &fargate.basis {
            Basis::Service(service) => Self {
                bound_by: service.bound_by.as_str(),
                requests_per_task: service.requests_per_task,
                task: service.task,
                task_auto: service.task_auto,
                task_hours: service.task_hours,
                tasks: service.tasks,
                tasks_fewest: service.fewest_tasks,
                ..base
            },
            Basis::Jobs(jobs) => Self {
                bound_by: BoundBy::Cap.as_str(),
                job_billed_s: jobs.billed_s,
                mode: RunMode::Jobs.as_str(),
                requests_per_task: 1.0,
                task: Some(jobs.task),
                task_auto: jobs.task_auto,
                task_hours: jobs.task_hours,
                ..base
            },
            Basis::OnDemand(_) => base,
        }
    }
}

/// Both curves over the rate slider's range.
#[derive(Debug, Serialize)]
pub struct CurvesJson<'r> {
    pub fargate: &'r [f64],
    pub lambda: &'r [f64],
    pub rates: &'r [f64],
}

/// The break-even: `crossings` lists requests per month, `crossing_details` the crossings whole.
#[derive(Debug, Serialize)]
pub struct BreakEvenJson<'r> {
    pub crossing_details: &'r [Crossing],
    pub crossings: Vec<f64>,
    pub rate_per_s: Option<f64>,
    pub requests_per_month: Option<f64>,
    pub truncated: bool,
    /// Where the bills stay within 10% of each other: `[{from_per_s, to_per_s}]`, ascending.
    pub within_10pct: &'r [ParityBand],
}

/// One row of the fit matrix.
#[derive(Debug, Serialize)]
pub struct FitRowJson {
    pub fargate: Mark,
    pub feature: &'static str,
    pub lambda: Mark,
    pub note: String,
}

/// One flip point.
#[derive(Debug, Serialize)]
pub struct FlipJson {
    pub becomes: Choice,
    pub input: Input,
    pub text: String,
    pub value: f64,
    pub value_text: String,
}

/// The verdict with its reasons and flip points.
#[derive(Debug, Serialize)]
pub struct VerdictJson {
    pub choice: Choice,
    pub flip_points: Vec<FlipJson>,
    pub headline: String,
    /// How each platform runs it: "Lambda on demand", "Fargate as a service of 2-3 tasks of …".
    pub options: OptionsJson,
    pub reasons: Vec<String>,
}

/// How each platform runs the workload, in words.
#[derive(Debug, Serialize)]
pub struct OptionsJson {
    pub fargate: String,
    pub lambda: String,
}

impl<'r> ReportJson<'r> {
    /// The object for `report`, with the verdict map when one was computed.
    pub fn new(report: &'r Report, map: Option<&'r VerdictMap>) -> Self {
        let lambda = &report.platforms[Platform::Lambda];
        let fargate = &report.platforms[Platform::Fargate];
        let on_demand = lambda.on_demand().copied().unwrap_or_default();
        let lines = |lines: &[CostItem]| {
            let line = |line: &CostItem| LineJson {
                group: line.kind.group().as_str(),
                item: wording::cost_item(&line.kind),
                region: line.region.clone(),
                usd: line.usd,
            };
            lines.iter().map(line).collect()
        };
        let blocked_by = |platform: Platform| {
            let blockers = &report.platforms[platform].blockers;
            blockers.iter().map(|blocker| wording::blocker(platform, blocker)).collect()
        };
        let verdict = &report.verdict;
        Self {
            break_even: BreakEvenJson {
                crossing_details: &report.break_even.crossings,
                crossings: report
                    .break_even
                    .crossings
                    .iter()
                    .map(|crossing| crossing.requests_per_month)
                    .collect(),
                rate_per_s: report.break_even.rate_per_s,
                requests_per_month: report.break_even.requests_per_month,
                truncated: report.break_even.truncated,
                within_10pct: &report.parity,
            },
            curves: CurvesJson {
                fargate: &report.curves.cost[Platform::Fargate],
                lambda: &report.curves.cost[Platform::Lambda],
                rates: &report.curves.rates,
            },
            fargate: FargateJson::new(
                fargate,
                blocked_by(Platform::Fargate),
                lines(&fargate.lines),
            ),
            fit: report
                .fit
                .iter()
                .map(|row| FitRowJson {
                    fargate: row.marks[Platform::Fargate],
                    feature: wording::feature(row.feature),
                    lambda: row.marks[Platform::Lambda],
                    note: wording::fit_note(&row.note),
                })
                .collect(),
            lambda: LambdaJson {
                blocked_by: blocked_by(Platform::Lambda),
                concurrency: lambda.concurrency,
                cold_starts: on_demand.cold_starts,
                cold_start_share: on_demand.cold_start_share,
                gb_seconds: on_demand.gb_seconds,
                invocations: on_demand.invocations,
                lines: lines(&lambda.lines),
                monthly_usd: lambda.monthly_usd,
                peak_concurrency: on_demand.peak_concurrency,
                provisioned: ProvisionedJson::of(on_demand.provisioned),
                provisioned_option: ProvisionedJson::of(on_demand.provisioned_option),
            },
            map,
            notes: report.notes.iter().map(wording::note).collect(),
            pricing_as_of: &report.pricing_as_of,
            region_name: &report.region_name,
            scenario: &report.scenario,
            traffic: TrafficJson {
                hourly_rate_per_s: &report.traffic.hourly_rate_per_s,
                max_peak: report.traffic.max_peak,
                peak: report.traffic.peak,
                shape: report.traffic.shape.to_string(),
            },
            sensitivity: None,
            verdict: VerdictJson {
                choice: verdict.choice,
                flip_points: verdict
                    .flip_points
                    .iter()
                    .map(|flip| FlipJson {
                        becomes: flip.becomes,
                        input: flip.input,
                        text: wording::flip(flip),
                        value: flip.value,
                        value_text: wording::flip_value(flip),
                    })
                    .collect(),
                headline: wording::headline(verdict),
                options: OptionsJson {
                    fargate: wording::runs_with(Platform::Fargate, fargate),
                    lambda: wording::runs_with(Platform::Lambda, lambda),
                },
                reasons: verdict.reasons.iter().map(wording::reason).collect(),
            },
        }
    }

    /// The object with "what moves the answer".
    #[must_use]
    pub fn with_sensitivity(mut self, table: &Sensitivity) -> Self {
        self.sensitivity = Some(sensitivity::rows(table));
        self
    }

    /// Pretty-printed, keys sorted, with a final newline.
    pub fn to_text(&self) -> Result<String, serde_json::Error> {
        let value = serde_json::to_value(self)?;
        let mut text = serde_json::to_string_pretty(&value)?;
        text.push('\n');
        Ok(text)
    }
}

//! The JSON object `lvf eval --json` prints: a typed contract, built from a [`Report`], rather
//! than the report's own layout. Scripts rely on these keys (DESIGN: existing keys never change
//! meaning), so renaming a field of the engine's report must not rename one here.
//!
//! Keys come out in alphabetical order at every level, as they always have: the object goes
//! through `serde_json::Value`, whose map is sorted (`serde_json` without `preserve_order`).

use serde::Serialize;

use crate::engine::map::VerdictMap;
use crate::engine::report::{Choice, Crossing, Mark, Platform, Report};
use crate::engine::scenario::{Input, Scenario, TaskSize};

/// The whole object.
#[derive(Debug, Serialize)]
pub struct ReportJson<'r> {
    pub break_even: BreakEvenJson<'r>,
    pub curves: CurvesJson<'r>,
    pub fargate: FargateJson<'r>,
    pub fit: Vec<FitRowJson<'r>>,
    pub lambda: LambdaJson<'r>,
    /// The verdict map, with `--map` only.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub map: Option<&'r VerdictMap>,
    pub notes: &'r [String],
    pub pricing_as_of: &'r str,
    pub region_name: &'r str,
    pub scenario: &'r Scenario,
    pub verdict: VerdictJson<'r>,
}

/// One line of a bill.
#[derive(Debug, Serialize)]
pub struct LineJson<'r> {
    pub item: &'r str,
    pub usd: f64,
}

/// Lambda at the scenario's point.
#[derive(Debug, Serialize)]
pub struct LambdaJson<'r> {
    pub blocked_by: Vec<&'r str>,
    pub concurrency: f64,
    pub gb_seconds: f64,
    pub invocations: f64,
    pub lines: Vec<LineJson<'r>>,
    pub monthly_usd: Option<f64>,
}

/// Fargate at the scenario's point.
#[derive(Debug, Serialize)]
pub struct FargateJson<'r> {
    pub blocked_by: Vec<&'r str>,
    pub concurrency: f64,
    pub lines: Vec<LineJson<'r>>,
    pub monthly_usd: Option<f64>,
    pub task: Option<TaskSize>,
    pub task_auto: bool,
    pub tasks: u64,
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
}

/// One row of the fit matrix.
#[derive(Debug, Serialize)]
pub struct FitRowJson<'r> {
    pub fargate: Mark,
    pub feature: &'r str,
    pub lambda: Mark,
    pub note: &'r str,
}

/// One flip point.
#[derive(Debug, Serialize)]
pub struct FlipJson<'r> {
    pub becomes: Choice,
    pub input: Input,
    pub text: &'r str,
    pub value: f64,
    pub value_text: &'r str,
}

/// The verdict with its reasons and flip points.
#[derive(Debug, Serialize)]
pub struct VerdictJson<'r> {
    pub choice: Choice,
    pub flip_points: Vec<FlipJson<'r>>,
    pub headline: &'r str,
    pub reasons: Vec<&'r str>,
}

impl<'r> ReportJson<'r> {
    /// The object for `report`, with the verdict map when one was computed.
    pub fn new(report: &'r Report, map: Option<&'r VerdictMap>) -> Self {
        let lambda = &report.platforms[Platform::Lambda];
        let fargate = &report.platforms[Platform::Fargate];
        let on_demand = lambda.on_demand().copied().unwrap_or_default();
        let service = fargate.service().copied().unwrap_or_default();
        let lines = |lines: &'r [crate::engine::cost::CostLine]| {
            lines.iter().map(|line| LineJson { item: &line.item, usd: line.usd }).collect()
        };
        let strings = |texts: &'r [String]| texts.iter().map(String::as_str).collect();
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
            },
            curves: CurvesJson {
                fargate: &report.curves.cost[Platform::Fargate],
                lambda: &report.curves.cost[Platform::Lambda],
                rates: &report.curves.rates,
            },
            fargate: FargateJson {
                blocked_by: strings(&fargate.blocked_by),
                concurrency: fargate.concurrency,
                lines: lines(&fargate.lines),
                monthly_usd: fargate.monthly_usd,
                task: service.task,
                task_auto: service.task_auto,
                tasks: service.tasks,
            },
            fit: report
                .fit
                .iter()
                .map(|row| FitRowJson {
                    fargate: row.marks[Platform::Fargate],
                    feature: row.feature,
                    lambda: row.marks[Platform::Lambda],
                    note: &row.note,
                })
                .collect(),
            lambda: LambdaJson {
                blocked_by: strings(&lambda.blocked_by),
                concurrency: lambda.concurrency,
                gb_seconds: on_demand.gb_seconds,
                invocations: on_demand.invocations,
                lines: lines(&lambda.lines),
                monthly_usd: lambda.monthly_usd,
            },
            map,
            notes: &report.notes,
            pricing_as_of: &report.pricing_as_of,
            region_name: &report.region_name,
            scenario: &report.scenario,
            verdict: VerdictJson {
                choice: verdict.choice,
                flip_points: verdict
                    .flip_points
                    .iter()
                    .map(|flip| FlipJson {
                        becomes: flip.becomes,
                        input: flip.input,
                        text: &flip.text,
                        value: flip.value,
                        value_text: &flip.value_text,
                    })
                    .collect(),
                headline: &verdict.headline,
                reasons: strings(&verdict.reasons),
            },
        }
    }

    /// Pretty-printed, keys sorted, with a final newline.
    pub fn to_text(&self) -> Result<String, serde_json::Error> {
        let value = serde_json::to_value(self)?;
        let mut text = serde_json::to_string_pretty(&value)?;
        text.push('\n');
        Ok(text)
    }
}

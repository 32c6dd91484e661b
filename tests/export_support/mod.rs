//! Shared by the export tests: a report built by hand (so branches the presets never reach can be
//! tested), and a structural check of a document with a real markdown parser.

#![allow(dead_code)]

use lvf::engine::around::LcuDimension;
use lvf::engine::cost::{CostItem, CostKind, TaskHours};
use lvf::engine::fit::Standing;
use lvf::engine::notes::Note;
use lvf::engine::report::{
    Basis, BoundBy, BreakEven, Choice, CostComparison, Crossing, Curves, Feature, FitNote, FitRow,
    FlipPoint, Mark, OnDemand, PerPlatform, Platform, PlatformReport, Reason, Report, Rule,
    Service, Side, Traffic, Verdict,
};
use lvf::engine::scenario::{Input, Scenario, Shape, State, TaskSize};
use lvf::export::{CostTable, Provenance, Timestamp};
use pulldown_cmark::{CodeBlockKind, Event, Options, Parser, Tag, TagEnd};

pub fn provenance() -> Provenance {
    Provenance {
        generated: Timestamp::parse_rfc3339("2026-11-26T09:30:00Z").expect("valid time"),
        pricing_file: None,
    }
}

/// A made-up Lambda price: linear in the rate.
pub fn lambda_at(rate: f64) -> f64 {
    rate * 2_628_000.0 * 0.000_002_2
}

/// A made-up Fargate price: $18 per task, one task per 5/s, at least one.
pub fn fargate_at(rate: f64) -> f64 {
    18.0 * (rate / 5.0).ceil().max(1.0)
}

/// Where [`lambda_at`] meets a Fargate step of `usd`.
fn meets(usd: f64) -> f64 {
    usd / (2_628_000.0 * 0.000_002_2)
}

fn crossing(rate_per_s: f64, cheaper_above: Platform) -> Crossing {
    Crossing { rate_per_s, requests_per_month: rate_per_s * 2_628_000.0, cheaper_above }
}

/// A report for the default scenario with hand-made figures: Lambda linear, Fargate a staircase
/// that Lambda's line crosses three times (Fargate cheaper above 3.1/s, Lambda again just above
/// 5/s where Fargate adds a task, Fargate for good above 6.2/s).
#[allow(clippy::too_many_lines)] // one literal report, field by field
pub fn hand_report() -> Report {
    let scenario = Scenario::default();
    let rates: Vec<f64> =
        (0..256).map(|i| (1.0 / 86_400.0) * (8.64e8_f64).powf(f64::from(i) / 255.0)).collect();
    let headline = meets(36.0);
    let item = |kind, usd| CostItem { kind, usd, region: scenario.region.clone() };
    let task = TaskSize { vcpu: 0.5, memory_gb: 1.0 };
    let hours = TaskHours {
        fewest: 4.0,
        tasks: 4.0,
        task,
        task_hours: 2920.0,
        spot_share: 0.0,
        savings: 0.0,
    };
    Report {
        traffic: Traffic {
            shape: Shape::Diurnal,
            peak: 1.0,
            max_peak: 2.0,
            hourly_rate_per_s: vec![10.0; 168],
        },
        pricing_as_of: "2026-11-26".to_string(),
        region_name: "US East (N. Virginia)".to_string(),
        platforms: PerPlatform::new(
            PlatformReport {
                monthly_usd: Some(lambda_at(10.0)),
                blockers: Vec::new(),
                lines: vec![
                    item(
                        CostKind::LambdaCompute {
                            gb_seconds: 3_153_600.0,
                            cold_starts: 262_800.0,
                            savings: 0.0,
                        },
                        lambda_at(10.0) * 0.9,
                    ),
                    item(
                        CostKind::LambdaRequests { invocations: 26_280_000.0 },
                        lambda_at(10.0) * 0.1,
                    ),
                ],
                concurrency: 1.2,
                basis: Basis::OnDemand(OnDemand {
                    invocations: 26_280_000.0,
                    gb_seconds: 3_153_600.0,
                    cold_starts: 262_800.0,
                    cold_start_share: 0.01,
                    peak_concurrency: 1.2,
                    provisioned: None,
                    provisioned_option: None,
                }),
            },
            PlatformReport {
                monthly_usd: Some(fargate_at(10.0)),
                blockers: Vec::new(),
                lines: vec![
                    item(CostKind::FargateVcpu(hours), fargate_at(10.0) * 0.8),
                    item(CostKind::FargateMemory(hours), fargate_at(10.0) * 0.2),
                ],
                concurrency: 1.2,
                basis: Basis::Service(Service {
                    tasks: 4,
                    fewest_tasks: 4,
                    task: Some(task),
                    task_auto: true,
                    task_hours: 4.0 * 730.0,
                    requests_per_task: 2.0,
                    bound_by: BoundBy::Cpu,
                }),
            },
        ),
        curves: Curves {
            cost: PerPlatform::new(
                rates.iter().map(|&rate| lambda_at(rate)).collect(),
                rates.iter().map(|&rate| fargate_at(rate)).collect(),
            ),
            rates,
        },
        break_even: BreakEven {
            rate_per_s: Some(headline),
            requests_per_month: Some(headline * 2_628_000.0),
            crossings: vec![
                crossing(meets(18.0), Platform::Fargate),
                crossing(5.0, Platform::Lambda),
                crossing(headline, Platform::Fargate),
            ],
            truncated: false,
        },
        parity: Vec::new(),
        fit: vec![
            FitRow {
                feature: Feature::RuntimeLimit,
                marks: PerPlatform::new(Mark::Good, Mark::Good),
                note: FitNote::Runtime { runtime_s: 0.12, standing: Standing::Within },
            },
            FitRow {
                feature: Feature::Statefulness,
                marks: PerPlatform::new(Mark::Caution, Mark::Good),
                note: FitNote::State { state: State::Cache },
            },
            // Marks made up to reach every mark.
            FitRow {
                feature: Feature::ImageLimit,
                marks: PerPlatform::new(Mark::Blocked, Mark::Poor),
                note: FitNote::Image { image_gb: 12.0, standing: Standing::Over },
            },
        ],
        verdict: Verdict {
            choice: Choice::Fargate,
            rule: Rule::Cost,
            // "Fargate: 38% cheaper at 10/s".
            reasons: vec![Reason::Cost(CostComparison {
                cheaper: Platform::Fargate,
                cheaper_usd: 36.0,
                dearer_usd: 57.82,
                rate_per_s: 10.0,
            })],
            flip_points: vec![FlipPoint {
                input: Input::Rate,
                value: headline,
                becomes: Choice::Lambda,
                side: Side::Below,
            }],
        },
        notes: vec![Note::AlbCapacity {
            platform: Platform::Fargate,
            lcu: 0.4,
            rate_per_s: 10.0,
            by: LcuDimension::NewConnections,
        }],
        scenario,
    }
}

/// Exact costs for [`hand_report`] at every rate the document needs.
pub fn hand_costs(report: &Report) -> CostTable {
    CostTable::compute(report, |rate| {
        PerPlatform::new(Some(lambda_at(rate)), Some(fargate_at(rate)))
    })
}

/// What [`check_structure`] found.
#[derive(Debug, Default)]
pub struct Structure {
    pub headings: Vec<String>,
    pub tables: usize,
    /// Lines in the mermaid chart.
    pub mermaid_series: usize,
}

/// Splits a raw table row into cells on unescaped pipes.
fn raw_cells(line: &str) -> usize {
    let line = line.trim();
    let inner = line.strip_prefix('|').unwrap_or(line);
    let inner = inner.strip_suffix('|').filter(|_| !inner.ends_with("\\|")).unwrap_or(inner);
    let mut cells = 1;
    let mut escaped = false;
    for c in inner.chars() {
        match c {
            '\\' if !escaped => escaped = true,
            '|' if !escaped => cells += 1,
            _ => escaped = false,
        }
    }
    cells
}

/// Checks with pulldown-cmark that every table has one column count (in the parsed cells and in
/// the raw lines, where the parser would silently pad or drop cells) and that the mermaid chart
/// has as many values in each line as x labels. Panics with the offending text.
pub fn check_structure(doc: &str) -> Structure {
    let mut structure = Structure::default();
    let mut heading: Option<String> = None;
    let mut columns = 0;
    let mut cells_in_row = 0;
    let mut code: Option<(String, String)> = None;
    for (event, range) in Parser::new_ext(doc, Options::ENABLE_TABLES).into_offset_iter() {
        match event {
            Event::Start(Tag::Heading { .. }) => heading = Some(String::new()),
            Event::End(TagEnd::Heading(_)) => {
                structure.headings.extend(heading.take());
            }
            Event::Start(Tag::Table(alignments)) => {
                structure.tables += 1;
                columns = alignments.len();
                for line in doc[range.clone()].lines().filter(|line| !line.trim().is_empty()) {
                    assert_eq!(raw_cells(line), columns, "raw table row {line:?}");
                }
            }
            Event::Start(Tag::TableHead | Tag::TableRow) => cells_in_row = 0,
            Event::Start(Tag::TableCell) => cells_in_row += 1,
            Event::End(TagEnd::TableHead | TagEnd::TableRow) => {
                assert_eq!(cells_in_row, columns, "row in {:?}", &doc[range]);
            }
            Event::Start(Tag::CodeBlock(CodeBlockKind::Fenced(language))) => {
                code = Some((language.to_string(), String::new()));
            }
            Event::End(TagEnd::CodeBlock) => {
                if let Some((language, text)) = code.take()
                    && language == "mermaid"
                {
                    structure.mermaid_series += check_mermaid(&text);
                }
            }
            Event::Text(text) | Event::Code(text) => {
                if let Some(heading) = heading.as_mut() {
                    heading.push_str(&text);
                }
                if let Some((_, body)) = code.as_mut() {
                    body.push_str(&text);
                }
            }
            _ => {}
        }
    }
    structure
}

/// The items of a `[a, b, c]` list.
fn bracket_items(line: &str) -> Vec<String> {
    let start = line.find('[').expect("a [ list");
    let end = line.rfind(']').expect("a ] list");
    line[start + 1..end].split(',').map(|item| item.trim().to_string()).collect()
}

/// Checks one xychart block; returns its number of lines.
fn check_mermaid(text: &str) -> usize {
    // Directives (`%%{init: …}%%`) and comments may come first.
    let mut lines = text.lines().map(str::trim).filter(|line| !line.starts_with("%%"));
    assert_eq!(lines.next(), Some("xychart-beta"), "{text}");
    let x_axis = text.lines().find(|line| line.trim().starts_with("x-axis")).expect("an x axis");
    let labels = bracket_items(x_axis);
    assert!(labels.iter().all(|label| label.starts_with('"') && label.ends_with('"')), "{x_axis}");
    let mut series = 0;
    for line in text.lines().map(str::trim).filter(|line| line.starts_with("line")) {
        let values = bracket_items(line);
        assert_eq!(values.len(), labels.len(), "{line} against {x_axis}");
        for value in values {
            let number: f64 = value.parse().unwrap_or_else(|_| panic!("{value:?} in {line}"));
            assert!(number.is_finite() && number >= 0.0, "{value} in {line}");
        }
        series += 1;
    }
    series
}

//! Scenarios side by side, each against the first (the baseline): the rows `lvf compare` prints as
//! aligned text or a markdown table, and its JSON object. The deltas are the engine's
//! [`Comparison`]; the words come from [`crate::wording::compare`].

use std::fmt::Write as _;

use serde::Serialize;

use crate::engine::compare::Comparison;
use crate::engine::platform::{PerPlatform, Platform};
use crate::engine::report::{Choice, Mark, Report};
use crate::engine::scenario::Input;
use crate::wording::compare::{break_even_rate, break_even_shift, cost_delta, fit_change};
use crate::wording::compare::{inputs_changed, verdict_change};
use crate::wording::{choice_word, cost_or_blocked, feature, platform_name};

/// One scenario: what it is called and its report.
#[derive(Debug, Clone)]
pub struct Column {
    pub name: String,
    pub report: Report,
}

/// The rows: a label and one cell per column. The baseline's "vs" cells say "baseline".
fn rows(columns: &[Column]) -> Vec<(String, Vec<String>)> {
    let Some(first) = columns.first() else { return Vec::new() };
    let comparisons: Vec<Comparison> =
        columns.iter().map(|column| Comparison::of(&first.report, &column.report)).collect();
    let vs = |f: &dyn Fn(&Comparison) -> String| -> Vec<String> {
        let cells = comparisons.iter().map(f);
        std::iter::once("baseline".to_string()).chain(cells.skip(1)).collect()
    };
    let mut rows = Vec::new();
    for platform in Platform::ALL {
        let cells =
            columns.iter().map(|c| cost_or_blocked(c.report.platforms[platform].monthly_usd));
        rows.push((format!("{}, per month", platform_name(platform)), cells.collect()));
        rows.push(("  vs baseline".to_string(), vs(&|c| cost_delta(&c.costs[platform]))));
    }
    let verdicts = columns.iter().map(|c| choice_word(c.report.verdict.choice).to_string());
    rows.push(("Verdict".to_string(), verdicts.collect()));
    rows.push(("  vs baseline".to_string(), vs(&|c| verdict_change(&c.verdict))));
    let rates = columns.iter().map(|c| break_even_rate(c.report.break_even.rate_per_s));
    rows.push(("Break-even".to_string(), rates.collect()));
    rows.push(("  vs baseline".to_string(), vs(&|c| break_even_shift(&c.break_even))));
    rows.push(("Inputs changed".to_string(), vs(&|c| inputs_changed(&c.inputs))));
    let fit = |c: &Comparison| {
        let changes: Vec<String> = c.fit.iter().map(fit_change).collect();
        if changes.is_empty() { "none".to_string() } else { changes.join("; ") }
    };
    rows.push(("Fit marks changed".to_string(), vs(&fit)));
    rows
}

/// Aligned text: a header of names, then one line per row.
pub fn text(columns: &[Column]) -> String {
    let rows = rows(columns);
    let label_width = rows.iter().map(|(label, _)| label.chars().count()).max().unwrap_or(0);
    let widths: Vec<usize> = (0..columns.len())
        .map(|index| {
            let cells = rows.iter().map(|(_, cells)| cells[index].chars().count());
            cells.chain(std::iter::once(columns[index].name.chars().count())).max().unwrap_or(0)
        })
        .collect();
    let mut out = String::new();
    let mut line = |label: &str, cells: &[String]| {
        let mut text = format!("{label:<label_width$}");
        for (cell, width) in cells.iter().zip(&widths) {
            let _ = write!(text, "  {cell:<width$}");
        }
        let _ = writeln!(out, "{}", text.trim_end());
    };
    let names: Vec<String> = columns.iter().map(|column| column.name.clone()).collect();
    line("", &names);
    for (label, cells) in &rows {
        line(label, cells);
    }
    out
}

/// A markdown table: one column per scenario.
pub fn markdown(columns: &[Column]) -> String {
    let cell = |text: &str| text.replace('|', "\\|");
    let mut out = String::from("| |");
    for column in columns {
        let _ = write!(out, " {} |", cell(&column.name));
    }
    out.push_str("\n|---|");
    out.push_str(&"---|".repeat(columns.len()));
    out.push('\n');
    for (label, cells) in rows(columns) {
        let _ = write!(out, "| {} |", label.trim());
        for text in cells {
            let _ = write!(out, " {} |", cell(&text));
        }
        out.push('\n');
    }
    out
}

/// One scenario in the JSON object.
#[derive(Debug, Serialize)]
struct ScenarioJson<'r> {
    name: &'r str,
    lambda_usd: Option<f64>,
    fargate_usd: Option<f64>,
    verdict: Choice,
    break_even_rate_per_s: Option<f64>,
    /// `null` for the baseline itself.
    vs_baseline: Option<DeltaJson>,
}

/// One scenario against the baseline.
#[derive(Debug, Serialize)]
struct DeltaJson {
    lambda_delta_usd: Option<f64>,
    lambda_delta_share: Option<f64>,
    fargate_delta_usd: Option<f64>,
    fargate_delta_share: Option<f64>,
    verdict_changed: bool,
    verdict_was: Choice,
    break_even_was_rate_per_s: Option<f64>,
    inputs_changed: Vec<Input>,
    fit_changes: Vec<FitChangeJson>,
}

#[derive(Debug, Serialize)]
struct FitChangeJson {
    feature: String,
    platform: Platform,
    was: Mark,
    now: Mark,
}

fn delta_json(comparison: &Comparison) -> DeltaJson {
    let costs: &PerPlatform<_> = &comparison.costs;
    DeltaJson {
        lambda_delta_usd: costs[Platform::Lambda].delta(),
        lambda_delta_share: costs[Platform::Lambda].share(),
        fargate_delta_usd: costs[Platform::Fargate].delta(),
        fargate_delta_share: costs[Platform::Fargate].share(),
        verdict_changed: comparison.verdict.changed(),
        verdict_was: comparison.verdict.baseline,
        break_even_was_rate_per_s: comparison.break_even.baseline,
        inputs_changed: comparison.inputs.clone(),
        fit_changes: comparison
            .fit
            .iter()
            .map(|change| FitChangeJson {
                feature: feature(change.feature).to_string(),
                platform: change.platform,
                was: change.marks.baseline,
                now: change.marks.current,
            })
            .collect(),
    }
}

/// `{"baseline": name, "scenarios": [...]}`, pretty-printed with a final newline.
pub fn json(columns: &[Column]) -> Result<String, serde_json::Error> {
    let Some(first) = columns.first() else { return Ok("{}\n".to_string()) };
    let scenarios: Vec<ScenarioJson> = columns
        .iter()
        .enumerate()
        .map(|(index, column)| ScenarioJson {
            name: &column.name,
            lambda_usd: column.report.platforms[Platform::Lambda].monthly_usd,
            fargate_usd: column.report.platforms[Platform::Fargate].monthly_usd,
            verdict: column.report.verdict.choice,
            break_even_rate_per_s: column.report.break_even.rate_per_s,
            vs_baseline: (index > 0)
                .then(|| delta_json(&Comparison::of(&first.report, &column.report))),
        })
        .collect();
    let object = serde_json::json!({ "baseline": first.name, "scenarios": scenarios });
    let mut text = serde_json::to_string_pretty(&object)?;
    text.push('\n');
    Ok(text)
}

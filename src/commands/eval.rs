//! `lvf eval`: the whole report without the terminal, as text or as one JSON object.

use std::fmt::Write as _;

use serde_json::{Value, json};

use super::CliError;
use crate::cli::scenario_flags::EvalArgs;
use crate::engine::cost::{CostLine, format_usd};
use crate::engine::map::{describe, verdict_map};
use crate::engine::pricing::PriceBook;
use crate::engine::report::{Choice, Mark, Report};
use crate::engine::scenario::Input;
use crate::engine::units;
use crate::engine::{self};
use crate::export;

/// Runs `lvf eval` and returns what to print.
pub fn run(args: &EvalArgs, book: &PriceBook) -> Result<String, CliError> {
    let scenario = args.scenario.scenario(book).map_err(CliError::Usage)?;
    let report = engine::evaluate(&scenario, book);
    let (cols, rows) = args.map_size;
    let map = args.map.then(|| verdict_map(&scenario, book, args.map_y.into(), cols, rows));
    if args.json {
        let mut value = report_json(&report);
        if let (Some(map), Some(object)) = (&map, value.as_object_mut()) {
            let map = serde_json::to_value(map).map_err(|error| CliError::Other(error.into()))?;
            object.insert("map".to_string(), map);
        }
        let mut text =
            serde_json::to_string_pretty(&value).map_err(|error| CliError::Other(error.into()))?;
        text.push('\n');
        Ok(text)
    } else {
        let mut text = render_text(&report);
        if let Some(map) = &map {
            let at_y = scenario.number(map.y_input).unwrap_or(0.0);
            let _ = writeln!(text, "\nVerdict map: {}", describe(map, at_y));
            text.push_str(&export::map::text_map(map, &scenario));
        }
        Ok(text)
    }
}

/// The report's JSON object as printed: pretty, with a final newline (`lvf eval --json`,
/// `lvf export --format json`).
pub fn json_text(report: &Report) -> Result<String, CliError> {
    let mut text = serde_json::to_string_pretty(&report_json(report))
        .map_err(|error| CliError::Other(error.into()))?;
    text.push('\n');
    Ok(text)
}

/// The report as the JSON object scripts read: the report's own fields, with
/// `break_even.crossings` as the list of requests per month and the details beside it.
pub fn report_json(report: &Report) -> Value {
    let mut value = serde_json::to_value(report).unwrap_or(Value::Null);
    if let Some(break_even) = value.get_mut("break_even").and_then(Value::as_object_mut) {
        let crossings: Vec<f64> = report
            .break_even
            .crossings
            .iter()
            .map(|crossing| crossing.requests_per_month)
            .collect();
        if let Some(details) = break_even.remove("crossings") {
            break_even.insert("crossing_details".to_string(), details);
        }
        break_even.insert("crossings".to_string(), json!(crossings));
    }
    value
}

fn choice_word(choice: Choice) -> &'static str {
    match choice {
        Choice::Lambda => "LAMBDA",
        Choice::Fargate => "FARGATE",
        Choice::Either => "EITHER",
        Choice::Neither => "NEITHER",
    }
}

fn mark_word(mark: Mark) -> &'static str {
    match mark {
        Mark::Good => "good",
        Mark::Caution => "caution",
        Mark::Poor => "poor",
        Mark::Blocked => "blocked",
    }
}

fn lines(out: &mut String, lines: &[CostLine]) {
    for line in lines {
        let _ = writeln!(out, "  {:<62} {:>14}", line.item, format_usd(line.usd));
    }
}

/// The text report: verdict, both bills, break-even, fit, reasons, flip points, notes.
pub fn render_text(report: &Report) -> String {
    let scenario = &report.scenario;
    let verdict = &report.verdict;
    let mut out = String::new();
    let _ = writeln!(out, "Verdict: {}", choice_word(verdict.choice));
    let _ = writeln!(out, "{}", verdict.headline);
    let _ = writeln!(out);
    let inputs: Vec<String> = Input::all()
        .map(|input| format!("{} {}", input.label(), scenario.display(input)))
        .collect();
    let _ =
        writeln!(out, "Scenario ({}, prices as of {}):", report.region_name, report.pricing_as_of);
    for chunk in inputs.chunks(4) {
        let _ = writeln!(out, "  {}", chunk.join(" · "));
    }
    let _ = writeln!(out);

    match report.lambda.monthly_usd {
        Some(total) => {
            let _ = writeln!(out, "{:<64} {:>14}", "Lambda, per month", format_usd(total));
            lines(&mut out, &report.lambda.lines);
        }
        None => {
            let _ = writeln!(out, "Lambda: blocked ({})", report.lambda.blocked_by.join("; "));
        }
    }
    match (report.fargate.monthly_usd, report.fargate.task) {
        (Some(total), Some(task)) => {
            let title = format!(
                "Fargate, per month: {} x {}{}",
                report.fargate.tasks,
                crate::engine::scenario::format_task_size(task),
                if report.fargate.task_auto { " (auto)" } else { " (fixed)" }
            );
            let _ = writeln!(out, "{title:<64} {:>14}", format_usd(total));
            lines(&mut out, &report.fargate.lines);
        }
        _ => {
            let _ = writeln!(out, "Fargate: blocked ({})", report.fargate.blocked_by.join("; "));
        }
    }
    let _ = writeln!(out);

    let break_even = &report.break_even;
    match break_even.rate_per_s {
        Some(rate) => {
            let _ = writeln!(
                out,
                "Break-even: {} (Fargate stays cheaper above)",
                units::format_rate_with_month(rate)
            );
        }
        None => {
            let _ = writeln!(
                out,
                "Break-even: none in 1/day .. 10,000/s where Fargate stays cheaper above"
            );
        }
    }
    if break_even.crossings.len() > 1 {
        let all: Vec<String> =
            break_even.crossings.iter().map(|c| units::format_rate(c.rate_per_s)).collect();
        let more = if break_even.truncated { ", and more between" } else { "" };
        let _ = writeln!(out, "  the curves cross at {}{more}", all.join(", "));
    }
    let _ = writeln!(out);

    let _ = writeln!(out, "{:<22} {:<8} {:<8} note", "Fit", "Lambda", "Fargate");
    for row in &report.fit {
        let _ = writeln!(
            out,
            "  {:<20} {:<8} {:<8} {}",
            row.feature,
            mark_word(row.lambda),
            mark_word(row.fargate),
            row.note
        );
    }
    let _ = writeln!(out);
    let _ = writeln!(out, "Reasons:");
    for (index, reason) in verdict.reasons.iter().enumerate() {
        let _ = writeln!(out, "  {}. {reason}", index + 1);
    }
    if !verdict.flip_points.is_empty() {
        let _ = writeln!(out, "Flip points:");
        for flip in &verdict.flip_points {
            let _ = writeln!(out, "  - {}", flip.text);
        }
    }
    if !report.notes.is_empty() {
        let _ = writeln!(out, "Notes:");
        for note in &report.notes {
            let _ = writeln!(out, "  - {note}");
        }
    }
    out
}

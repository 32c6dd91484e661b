//! `lvf eval`: the whole report without the terminal, as text or as one JSON object.

use std::fmt::Write as _;

use super::CliError;
use crate::cli::scenario_flags::EvalArgs;
use crate::engine::cost::{CostItem, format_usd};
use crate::engine::map::verdict_map;
use crate::engine::pricing::PriceBook;
use crate::engine::report::{Basis, Platform, PlatformReport, Report, Service};
use crate::engine::scenario::Input;
use crate::engine::scenario::format_task_size;
use crate::engine::sensitivity::sensitivity;
use crate::engine::units;
use crate::engine::{self};
use crate::export;
use crate::export::json::ReportJson;
use crate::wording::{self, choice_word, mark_word, platform_name};

/// Runs `lvf eval` and returns what to print.
pub fn run(args: &EvalArgs, book: &PriceBook) -> Result<String, CliError> {
    let scenario = args.scenario.scenario(book).map_err(CliError::Usage)?;
    let report = engine::evaluate(&scenario, book);
    let (cols, rows) = args.map_size;
    let map = args.map.then(|| verdict_map(&scenario, book, args.map_y.into(), cols, rows));
    if args.json {
        ReportJson::new(&report, map.as_ref())
            .with_sensitivity(&sensitivity(&scenario, book))
            .to_text()
            .map_err(|error| CliError::Other(error.into()))
    } else {
        let mut text = render_text(&report);
        if let Some(map) = &map {
            let at_y = scenario.number(map.y_input).unwrap_or(0.0);
            let _ = writeln!(text, "\nVerdict map: {}", wording::describe_map(map, at_y));
            text.push_str(&export::map::text_map(map, &scenario));
        }
        Ok(text)
    }
}

/// The report's JSON object as printed (`lvf eval --json`, `lvf export --format json`).
pub fn json_text(report: &Report, book: &PriceBook) -> Result<String, CliError> {
    ReportJson::new(report, None)
        .with_sensitivity(&sensitivity(&report.scenario, book))
        .to_text()
        .map_err(|error| CliError::Other(error.into()))
}

fn lines(out: &mut String, lines: &[CostItem], region: &str) {
    for line in lines {
        let _ = writeln!(
            out,
            "  {:<62} {:>14}",
            wording::cost_line(line, region),
            format_usd(line.usd)
        );
    }
}

/// One platform's total and lines under a title that says how it runs, or why it cannot.
fn bill_text(out: &mut String, platform: Platform, bill: &PlatformReport, region: &str) {
    let name = platform_name(platform);
    let title = match (&bill.basis, bill.monthly_usd) {
        (Basis::OnDemand(_), Some(total)) => Some((format!("{name}, per month"), total)),
        (
            Basis::Service(Service { tasks, fewest_tasks, task: Some(task), task_auto, .. }),
            Some(total),
        ) => {
            let tasks = if fewest_tasks < tasks {
                format!("{fewest_tasks}-{tasks}")
            } else {
                tasks.to_string()
            };
            Some((
                format!(
                    "{name}, per month: {tasks} x {}{}",
                    format_task_size(*task),
                    if *task_auto { " (auto)" } else { " (fixed)" }
                ),
                total,
            ))
        }
        (Basis::Jobs(jobs), Some(total)) => Some((
            format!(
                "{name}, per month: jobs of {}{}",
                format_task_size(jobs.task),
                if jobs.task_auto { " (auto)" } else { " (fixed)" }
            ),
            total,
        )),
        _ => None,
    };
    if let Some((title, total)) = title {
        let _ = writeln!(out, "{title:<64} {:>14}", format_usd(total));
        lines(out, &bill.lines, region);
    } else {
        let blockers: Vec<String> =
            bill.blockers.iter().map(|blocker| wording::blocker(platform, blocker)).collect();
        let _ = writeln!(out, "{name}: blocked ({})", blockers.join("; "));
    }
}

/// The text report: verdict, both bills, break-even, fit, reasons, flip points, notes.
pub fn render_text(report: &Report) -> String {
    let scenario = &report.scenario;
    let verdict = &report.verdict;
    let mut out = String::new();
    let _ = writeln!(out, "Verdict: {}", choice_word(verdict.choice));
    let _ = writeln!(out, "{}", wording::headline(verdict));
    let _ = writeln!(out, "Runs as: {}", wording::options(report));
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

    for (platform, bill) in report.platforms.iter() {
        bill_text(&mut out, platform, bill, &report.scenario.region);
    }
    let _ = writeln!(out);

    let break_even = &report.break_even;
    if let Some(rate) = break_even.rate_per_s {
        let _ = writeln!(
            out,
            "Break-even: {} (Fargate stays cheaper above)",
            units::format_rate_with_month(rate)
        );
    } else {
        let (from, to) = wording::curve_range(&report.curves);
        let _ =
            writeln!(out, "Break-even: none in {from} .. {to} where Fargate stays cheaper above");
    }
    if let Some(parity) = wording::parity::bands(&report.parity) {
        let _ = writeln!(out, "  {parity}");
    }
    if let Some(crossings) =
        wording::parity::crossings(&break_even.crossings, &report.parity, break_even.truncated)
    {
        let _ = writeln!(out, "  {crossings}");
    }
    let _ = writeln!(out);

    let _ = writeln!(out, "{:<22} {:<8} {:<8} note", "Fit", "Lambda", "Fargate");
    for row in &report.fit {
        let _ = writeln!(
            out,
            "  {:<20} {:<8} {:<8} {}",
            wording::feature(row.feature),
            mark_word(row.marks[Platform::Lambda]),
            mark_word(row.marks[Platform::Fargate]),
            wording::fit_note(&row.note)
        );
    }
    let _ = writeln!(out);
    let _ = writeln!(out, "Reasons:");
    for (index, reason) in verdict.reasons.iter().enumerate() {
        let _ = writeln!(out, "  {}. {}", index + 1, wording::reason(reason));
    }
    if !verdict.flip_points.is_empty() {
        let _ = writeln!(out, "Flip points:");
        for flip in &verdict.flip_points {
            let _ = writeln!(out, "  - {}", wording::flip(flip));
        }
    }
    if !report.notes.is_empty() {
        let _ = writeln!(out, "Notes:");
        for note in &report.notes {
            let _ = writeln!(out, "  - {}", wording::note(note));
        }
    }
    out
}

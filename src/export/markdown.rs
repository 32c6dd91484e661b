//! The markdown snapshot: a pure function of a report, the exact costs at the rates it lists, and
//! the generation time. No clock, no files: the edges in [`super::write`] and the `lvf export`
//! command supply those.
//!
//! Sections, in order: title with the verdict, headline, scenario, region and price book, cost
//! per platform, break-even, costs over a decade grid of rates, the curves (mermaid and text),
//! the verdict map (when the edge computed one), the fit matrix, the verdict's reasons and flip points, notes, and how to reproduce it.

use std::fmt::Write as _;

use super::chart;
use super::command;
use super::grid::CostTable;
use super::time::Timestamp;
use crate::engine::cost::format_usd;
use crate::engine::report::{Basis, Choice, Mark, Platform, PlatformReport, Report};
use crate::engine::scenario::{Doc, Input, format_task_size};
use crate::engine::units::{self, SECONDS_PER_MONTH};
use crate::scenario_file::{self, About};
use crate::wording::{self, cheaper_text, choice_name, count_of, counted, platform_name};

/// Where and when a document was made: what it needs besides the report.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Provenance {
    /// The generation time, printed in the document and as `--now` in its command line.
    pub generated: Timestamp,
    /// The `--pricing FILE` the report was priced with, as given; `None` for the built-in book.
    pub pricing_file: Option<String>,
}

/// The whole document. `costs` must come from [`CostTable::compute`] for this report. What the
/// scenario is called comes from the preset it is, if any; [`markdown_about`] names it.
pub fn markdown(report: &Report, costs: &CostTable, provenance: &Provenance) -> String {
    markdown_about(report, costs, provenance, &About::of_preset(&report.scenario))
}

/// The whole document for a scenario called `about` (a scenario file's name, title and notes):
/// they open it, and the scenario file closes it.
pub fn markdown_about(
    report: &Report,
    costs: &CostTable,
    provenance: &Provenance,
    about: &About,
) -> String {
    let mut doc = String::new();
    title(&mut doc, report);
    about_section(&mut doc, about);
    scenario(&mut doc, report);
    traffic_week(&mut doc, report);
    region(&mut doc, report, provenance);
    platform_costs(&mut doc, report);
    break_even(&mut doc, report);
    decade_table(&mut doc, report, costs);
    curves(&mut doc, report, costs);
    verdict_map(&mut doc, report, costs);
    fit(&mut doc, report);
    verdict(&mut doc, report);
    if let Some(table) = costs.sensitivity() {
        super::sensitivity_md::section(&mut doc, report, table);
    }
    notes(&mut doc, report);
    left_out(&mut doc);
    scenario_file_section(&mut doc, report, about);
    reproduce(&mut doc, report, provenance);
    doc
}

/// The mark of a fit cell, with a distinct sign for blocked; a no-break space keeps the sign and
/// its word on one line in a narrow column.
pub fn mark_symbol(mark: Mark) -> &'static str {
    match mark {
        Mark::Good => "✅\u{a0}good",
        Mark::Caution => "⚠️\u{a0}caution",
        Mark::Poor => "❌\u{a0}poor",
        Mark::Blocked => "⛔\u{a0}blocked",
    }
}

/// Text made safe for one table cell: pipes escaped, line breaks folded.
fn cell(text: &str) -> String {
    text.replace('|', r"\|").replace(['\n', '\r'], " ")
}

fn title(doc: &mut String, report: &Report) {
    let answer = match report.verdict.choice {
        Choice::Either => "Either",
        Choice::Neither => "Neither",
        choice => choice_name(choice),
    };
    let _ = writeln!(doc, "# Lambda or Fargate? {answer}\n");
    let _ = writeln!(doc, "> **{}**\n", wording::headline(&report.verdict).trim());
}

/// An input's value with its unit and what it applies to, phrased as the input table says.
fn input_value(report: &Report, input: Input) -> String {
    let scenario = &report.scenario;
    let value = scenario.display(input);
    let phrase = match input.def().doc {
        Doc::Template(template) => template.replace("{}", &value),
        Doc::Phrase(phrase) => phrase(scenario, &value),
    };
    // The region's display name comes from the price book, which the report carries.
    if input == Input::Region { format!("{phrase}: {}", report.region_name) } else { phrase }
}

fn scenario(doc: &mut String, report: &Report) {
    doc.push_str("## Scenario\n\n");
    let groups = [("Workload", &Input::PRIMARY[..]), ("Assumptions", &Input::ASSUMPTIONS[..])];
    for (heading, inputs) in groups {
        let _ = writeln!(doc, "### {heading}\n\n| Input | Value |\n|---|---|");
        for &input in inputs {
            let _ = writeln!(doc, "| {} | {} |", input.label(), cell(&input_value(report, input)));
        }
        doc.push('\n');
    }
}

/// The traffic week: one row of 24 hourly bars per day, scaled to the busiest hour.
fn traffic_week(doc: &mut String, report: &Report) {
    let traffic = &report.traffic;
    let hourly = &traffic.hourly_rate_per_s;
    let busiest = hourly.iter().copied().fold(0.0, f64::max);
    let quietest = hourly.iter().copied().fold(f64::INFINITY, f64::min);
    let _ = writeln!(
        doc,
        "## Traffic week

{} traffic at {}x the average in the busiest hour: from {} to {} \
         (hours from 00:00, one bar each).\n\n```text",
        traffic.shape.name(),
        units::significant(traffic.peak, 3),
        units::format_rate(quietest),
        units::format_rate(busiest)
    );
    for (day, name) in ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"].iter().enumerate() {
        let bars = wording::week::bars(&hourly[day * 24..(day + 1) * 24], 1, hourly);
        let _ = writeln!(doc, "{name} {bars}");
    }
    doc.push_str("```\n\n");
}

fn region(doc: &mut String, report: &Report, provenance: &Provenance) {
    let book = provenance.pricing_file.as_deref().map_or_else(
        || "the built-in price book".to_string(),
        |file| format!("the price book `{file}`"),
    );
    let _ = writeln!(
        doc,
        "Region **{}** (`{}`), priced with {book} as of **{}**. A month is 730 hours; amounts are \
         US dollars, rounded to cents for display only.\n",
        report.region_name, report.scenario.region, report.pricing_as_of
    );
}

fn cost_lines(doc: &mut String, platform: Platform, bill: &PlatformReport, region: &str) {
    let name = platform_name(platform);
    let _ = writeln!(doc, "### {name}\n");
    let Some(total) = bill.monthly_usd else {
        let _ = writeln!(doc, "⛔ **{name} cannot run this workload:**\n");
        for blocker in &bill.blockers {
            let _ = writeln!(doc, "- {}", wording::blocker(platform, blocker));
        }
        doc.push('\n');
        return;
    };
    doc.push_str("| Item | Per month |\n|---|---:|\n");
    for line in &bill.lines {
        let item = wording::cost_line(line, region);
        let _ = writeln!(doc, "| {} | {} |", cell(&item), format_usd(line.usd));
    }
    let _ = writeln!(doc, "| **Total** | **{}** |\n", format_usd(total));
}

fn platform_costs(doc: &mut String, report: &Report) {
    doc.push_str("## Monthly cost at the current rate\n\n");
    for (platform, bill) in report.platforms.iter() {
        cost_lines(doc, platform, bill, &report.scenario.region);
        if bill.is_blocked() {
            continue;
        }
        match &bill.basis {
            Basis::OnDemand(on_demand) => {
                let _ = writeln!(
                    doc,
                    "{} invocations, {} GB-seconds billed (INIT of cold starts included), {} on \
                     average.\n",
                    units::format_count(on_demand.invocations),
                    units::format_count(on_demand.gb_seconds),
                    counted(bill.concurrency, "concurrent execution", "concurrent executions")
                );
            }
            Basis::Service(service) => {
                let Some(task) = service.task else { continue };
                let how = if service.task_auto { "auto-sized" } else { "fixed" };
                let running = if service.fewest_tasks < service.tasks {
                    format!(
                        "{} to {} tasks of {} ({how}) following the traffic hour by hour",
                        service.fewest_tasks,
                        service.tasks,
                        format_task_size(task)
                    )
                } else {
                    format!(
                        "{} of {} ({how}) running all month",
                        count_of(service.tasks, "task", "tasks"),
                        format_task_size(task)
                    )
                };
                let _ = writeln!(
                    doc,
                    "{running}; {} in flight on average, {} per task ({} binds) at {} target \
                     utilization.\n",
                    counted(bill.concurrency, "request", "requests"),
                    units::significant(service.requests_per_task, 3),
                    wording::bound_by(service.bound_by),
                    units::format_percent(report.scenario.utilization)
                );
            }
            Basis::Jobs(jobs) => {
                let how = if jobs.task_auto { "auto-sized" } else { "fixed" };
                let _ = writeln!(
                    doc,
                    "One task of {} ({how}) per invocation, {} billed each.\n",
                    format_task_size(jobs.task),
                    units::format_duration(jobs.billed_s)
                );
            }
        }
    }
}

fn break_even(doc: &mut String, report: &Report) {
    doc.push_str("## Break-even\n\n");
    let crossings = &report.break_even.crossings;
    let lambda_blocked = report.platforms[Platform::Lambda].is_blocked();
    let fargate_blocked = report.platforms[Platform::Fargate].is_blocked();
    if lambda_blocked || fargate_blocked {
        let text = match (lambda_blocked, fargate_blocked) {
            (true, true) => "No break-even: both platforms are blocked.",
            (true, false) => "No break-even: Lambda is blocked, so Fargate is the only option.",
            _ => "No break-even: Fargate is blocked, so Lambda is the only option.",
        };
        let _ = writeln!(doc, "{text}\n");
        return;
    }
    match report.break_even.rate_per_s {
        Some(rate) => {
            let _ = writeln!(
                doc,
                "Fargate is cheaper above **{}**.\n",
                units::format_rate_with_month(rate)
            );
        }
        None if crossings.is_empty() => {
            let cheaper = cheaper_across(report).map_or("Neither platform", platform_name);
            let (from, to) = wording::curve_range(&report.curves);
            let _ = writeln!(
                doc,
                "No break-even between {from} and {to}: {cheaper} is cheaper across the whole range.\n"
            );
        }
        None => {
            let (_, to) = wording::curve_range(&report.curves);
            let _ = writeln!(doc, "Fargate does not stay cheaper anywhere up to {to}.\n");
        }
    }
    if let Some(parity) = wording::parity::bands(&report.parity) {
        let _ = writeln!(doc, "The two platforms cost {parity}.\n");
    }
    // Crossings inside a band are said by the band; the table lists the others.
    let outside = wording::parity::outside(crossings, &report.parity);
    let inside = crossings.len() - outside.len();
    if inside > 0 {
        let text =
            wording::parity::crossings(crossings, &report.parity, report.break_even.truncated);
        let _ = writeln!(doc, "{}\n", wording::sentence(&text.unwrap_or_default()));
    }
    let listed = outside.len() > 1 || (report.break_even.rate_per_s.is_none() && inside == 0);
    if listed && !outside.is_empty() {
        doc.push_str("The cheaper platform changes more than once:\n\n");
        if report.break_even.truncated {
            doc.push_str(
                "Fargate's staircase straddles Lambda's line over a long run of steps; the table \
                 shows the first and the last crossing of that run.\n\n",
            );
        }
        doc.push_str("| Rate | Requests per month | Cheaper above |\n|---|---:|---|\n");
        for crossing in outside {
            let _ = writeln!(
                doc,
                "| {} | {} | {} |",
                units::format_rate(crossing.rate_per_s),
                units::format_count(crossing.requests_per_month),
                platform_name(crossing.cheaper_above)
            );
        }
        doc.push('\n');
    }
    let _ = writeln!(
        doc,
        "At each rate Fargate runs the cheapest way (task size, service or jobs); the \
         break-even assumes a request keeps {} of its runtime's vCPU busy (CPU share), a large \
         lever in the comparison (its flip point is under the verdict).\n",
        units::format_percent(report.scenario.cpu_share)
    );
}

/// The platform cheaper at the low end of the curves, when the curves never cross.
fn cheaper_across(report: &Report) -> Option<Platform> {
    let lambda = report.curves.cost[Platform::Lambda].first()?;
    let fargate = report.curves.cost[Platform::Fargate].first()?;
    Some(if lambda <= fargate { Platform::Lambda } else { Platform::Fargate })
}

fn money_or_blocked(usd: Option<f64>) -> String {
    usd.map_or_else(|| mark_symbol(Mark::Blocked).to_string(), format_usd)
}

fn decade_table(doc: &mut String, report: &Report, costs: &CostTable) {
    doc.push_str("## Cost by rate\n\n");
    doc.push_str(
        "Monthly cost at each decade of monthly requests, the current rate and the break-even; \
         the rest of the scenario stays as it is.\n\n",
    );
    doc.push_str(
        "| Rate | Requests per month | Lambda | Fargate | Cheaper |\n|---|---:|---:|---:|---|\n",
    );
    let current = report.scenario.rate_per_s;
    let crossings: Vec<f64> = report.break_even.crossings.iter().map(|c| c.rate_per_s).collect();
    for point in costs.points() {
        let rate = point.rate_per_s;
        let decade = super::grid::DECADE_REQUESTS_PER_MONTH
            .iter()
            .any(|requests| (requests / SECONDS_PER_MONTH).to_bits() == rate.to_bits());
        let is_current = rate.to_bits() == current.to_bits();
        let is_break_even = crossings.iter().any(|c| c.to_bits() == rate.to_bits());
        if !(decade || is_current || is_break_even) {
            continue;
        }
        let mut label = units::format_rate(rate);
        if is_current {
            label = format!("**{label}** (current)");
        }
        if is_break_even {
            label.push_str(" (break-even)");
        }
        let _ = writeln!(
            doc,
            "| {label} | {} | {} | {} | {} |",
            units::format_count(rate * SECONDS_PER_MONTH),
            money_or_blocked(point.usd[Platform::Lambda]),
            money_or_blocked(point.usd[Platform::Fargate]),
            cheaper_text(&point.usd)
        );
    }
    doc.push('\n');
}

fn curves(doc: &mut String, report: &Report, costs: &CostTable) {
    doc.push_str("## Cost curves\n\n");
    let blocked = report.platforms.map(|_, bill| bill.is_blocked());
    let window = super::grid::chart_window(report);
    if let Some(block) = chart::mermaid(costs, window, blocked) {
        let (first, last) = (window[0].0, window[window.len() - 1].0);
        let _ = writeln!(
            doc,
            "Monthly cost from {first} to {last}, around the current rate and the break-even, \
             on a linear dollar axis. The text chart below spans the whole range on log scales.\n"
        );
        doc.push_str(&block);
        doc.push('\n');
    }
    let crossings: Vec<f64> =
        wording::parity::outside(&report.break_even.crossings, &report.parity)
            .iter()
            .map(|c| c.rate_per_s)
            .collect();
    doc.push_str("```text\n");
    doc.push_str(&chart::text_chart(
        &report.curves,
        report.scenario.rate_per_s,
        &crossings,
        &report.parity,
    ));
    let shade = if report.parity.is_empty() {
        String::new()
    } else {
        format!("   {} within 10%", chart::PARITY_SHADE)
    };
    let _ = writeln!(
        doc,
        "\nL Lambda   F Fargate   # both   | current rate ({})   : break-even{shade}",
        units::format_rate(report.scenario.rate_per_s)
    );
    doc.push_str("```\n\n");
}

fn verdict_map(doc: &mut String, report: &Report, costs: &CostTable) {
    let Some(map) = costs.map() else { return };
    let axis = map.y_axis();
    let at_y = report.scenario.number(map.y_input).unwrap_or(0.0);
    let _ = writeln!(
        doc,
        "## Verdict map\n\nThe verdict over invocation rate and {} with every other input as \
         above, {} × {} cells. {}\n",
        axis.name(),
        map.width(),
        map.height(),
        wording::describe_map(map, at_y)
    );
    doc.push_str("```text\n");
    doc.push_str(&super::map::text_map(map, &report.scenario));
    doc.push_str("```\n\n");
}

fn fit(doc: &mut String, report: &Report) {
    doc.push_str("## Fit\n\n| | Lambda | Fargate | Why |\n|---|---|---|---|\n");
    for row in &report.fit {
        let _ = writeln!(
            doc,
            "| {} | {} | {} | {} |",
            cell(wording::feature(row.feature)),
            mark_symbol(row.marks[Platform::Lambda]),
            mark_symbol(row.marks[Platform::Fargate]),
            cell(&wording::fit_note(&row.note))
        );
    }
    doc.push('\n');
}

fn verdict(doc: &mut String, report: &Report) {
    let verdict = &report.verdict;
    let _ = writeln!(doc, "## Verdict: {}\n", choice_name(verdict.choice));
    let _ = writeln!(doc, "{}\n", wording::headline(verdict).trim());
    let _ = writeln!(doc, "Runs as: {}.\n", wording::options(report));
    for (rank, reason) in verdict.reasons.iter().enumerate() {
        let _ = writeln!(doc, "{}. {}", rank + 1, wording::reason(reason));
    }
    if !verdict.reasons.is_empty() {
        doc.push('\n');
    }
    if verdict.flip_points.is_empty() {
        doc.push_str("No input within its range changes this verdict.\n\n");
    } else {
        doc.push_str("What would change it:\n\n");
        for flip in &verdict.flip_points {
            let _ = writeln!(doc, "- {}", wording::flip(flip));
        }
        doc.push('\n');
    }
}

fn notes(doc: &mut String, report: &Report) {
    if report.notes.is_empty() {
        return;
    }
    doc.push_str("## Notes\n\n");
    for note in &report.notes {
        let _ = writeln!(doc, "- {}", wording::note(note));
    }
    doc.push('\n');
}

fn reproduce(doc: &mut String, report: &Report, provenance: &Provenance) {
    doc.push_str("## Reproduce\n\n```sh\n");
    doc.push_str(&command::shell_line(
        &report.scenario,
        provenance.pricing_file.as_deref(),
        provenance.generated,
    ));
    doc.push_str("\n```\n\n");
    let _ =
        writeln!(doc, "Generated {} by lvf {}.", provenance.generated, env!("CARGO_PKG_VERSION"));
}

/// What the scenario is called, and its notes, under the title: a document that stands alone.
fn about_section(doc: &mut String, about: &About) {
    match (about.heading(), &about.name) {
        (Some(heading), Some(name)) if heading != name => {
            let _ = writeln!(doc, "**Workload: {}** (`{name}`)\n", heading.trim());
        }
        (Some(heading), _) => {
            let _ = writeln!(doc, "**Workload: {}**\n", heading.trim());
        }
        (None, _) => doc.push_str(
            "**Workload:** unnamed (its inputs are below; `s` in the explorer saves one with a \
             name)\n\n",
        ),
    }
    if let Some(notes) = about.notes.as_deref().map(str::trim).filter(|notes| !notes.is_empty()) {
        let _ = writeln!(doc, "{notes}\n");
    }
}

/// What the bill above does not include, and what the verdict does not weigh.
const LEFT_OUT: &[&str] = &[
    "**Data transfer**: out to the internet, between Availability Zones and across regions; \
     both platforms pay it, but not always alike (an ALB's cross-zone traffic, for one).",
    "**VPC endpoints**, CloudWatch metrics and X-Ray, log storage past ingestion, ECR storage and \
     image pulls, Secrets Manager, KMS and the other services the code calls.",
    "**Bursts within an hour**: the traffic week is hourly; requests inside an hour arrive evenly \
     (cold starts assume Poisson gaps), and an ALB's capacity units are priced on the month's \
     average rate rather than hour by hour.",
    "**Provisioned environments' own recycling**: AWS re-initialises them in the background and \
     bills that INIT; it is not counted.",
    "**Fargate's vCPU quota** and Lambda's burst scaling rate (1,000 environments every 10 s).",
    "**Fargate Spot interruptions**: Spot tasks get two minutes' notice and capacity is not \
     guaranteed; the Spot share is priced, the retries and the lost work are not.",
    "**The team's time**: building, patching, deploying and being on call for either platform.",
];

fn left_out(doc: &mut String) {
    doc.push_str("## What this model leaves out\n\n");
    for item in LEFT_OUT {
        let _ = writeln!(doc, "- {item}");
    }
    doc.push('\n');
}

/// The scenario as a scenario file, which `lvf --scenario THIS.md` reads back.
fn scenario_file_section(doc: &mut String, report: &Report, about: &About) {
    doc.push_str(
        "## Scenario file\n\nSave this block as a `.toml` file, or open this document itself: \
         `lvf --scenario THIS.md` reads it.\n\n```toml\n",
    );
    doc.push_str(&scenario_file::render(&report.scenario, about));
    doc.push_str("```\n\n");
}

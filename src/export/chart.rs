//! The two cost curves as charts: a mermaid `xychart-beta` block (GitHub draws it) and a plain
//! text chart on log-log axes (it reads anywhere, in a terminal, an e-mail or a ticket).

use std::fmt::Write as _;

use super::grid::CostTable;
use crate::engine::cost::format_usd;
use crate::engine::platform::{PerPlatform, Platform};
use crate::engine::report::{Curves, ParityBand};
use crate::engine::units;

/// Width of the text chart's plot area, in columns.
pub const PLOT_WIDTH: usize = 64;
/// Height of the text chart's plot area, in rows.
pub const PLOT_HEIGHT: usize = 16;
/// Width of the y-axis labels.
const LABEL_WIDTH: usize = 7;
/// Costs below a cent are drawn on the bottom row: the document shows cents, no finer.
const FLOOR_DECADE: i32 = -2;

/// Line colour and legend of each platform in the mermaid chart: Lambda orange, Fargate blue
/// (readable on light and dark GitHub themes and for the common colour-blindnesses).
const SERIES: PerPlatform<(&str, &str)> =
    PerPlatform::new(("#e8590c", "Lambda (orange)"), ("#1c7ed6", "Fargate (blue)"));
/// Each platform's letter in the text chart.
const MARKS: PerPlatform<char> = PerPlatform::new('L', 'F');
/// The shade of the columns where the bills are within 10% of each other.
pub const PARITY_SHADE: char = '.';

/// The mermaid block over `window` (labels and rates), or `None` when every platform is
/// blocked. A blocked platform has no line.
pub fn mermaid(
    table: &CostTable,
    window: &[(&str, f64)],
    blocked: PerPlatform<bool>,
) -> Option<String> {
    let shown: Vec<Platform> =
        Platform::ALL.into_iter().filter(|&platform| !blocked[platform]).collect();
    if shown.is_empty() {
        return None;
    }
    let palette: Vec<&str> = shown.iter().map(|&platform| SERIES[platform].0).collect();
    let names: Vec<&str> = shown.iter().map(|&platform| SERIES[platform].1).collect();
    let labels: Vec<String> = window.iter().map(|(label, _)| format!("\"{label}\"")).collect();
    let series = |platform: Platform| -> String {
        let values: Vec<String> = window
            .iter()
            .map(|&(_, rate)| {
                let usd = table.at(rate).and_then(|point| point.usd[platform]).unwrap_or(0.0);
                // The same half-up cents as every table, without "$" and thousands commas.
                format_usd(usd).replace(['$', ','], "")
            })
            .collect();
        format!("    line [{}]\n", values.join(", "))
    };
    let mut block = String::from("```mermaid\n");
    let _ = writeln!(
        block,
        "%%{{init: {{\"themeVariables\": {{\"xyChart\": {{\"plotColorPalette\": \"{}\"}}}}}}}}%%",
        palette.join(", ")
    );
    block.push_str("xychart-beta\n");
    let _ = writeln!(block, "    title \"Monthly cost in USD: {}\"", names.join(", "));
    let _ = writeln!(block, "    x-axis \"invocation rate\" [{}]", labels.join(", "));
    block.push_str("    y-axis \"USD per month\"\n");
    for &platform in &shown {
        block.push_str(&series(platform));
    }
    block.push_str("```\n");
    Some(block)
}

/// "$0.01", "$1", "$100", "$10k", "$1M": a decade of dollars for an axis label.
fn dollars_label(decade: i32) -> String {
    let value = 10f64.powi(decade);
    if decade < 0 {
        format!("${}", units::significant(value, 1))
    } else {
        format!("${}", units::format_count(value))
    }
}

/// Where a cost sits on the y axis, as a row counted from the bottom.
fn row_of(usd: f64, low: i32, high: i32) -> usize {
    let decade = if usd > 0.0 { usd.log10() } else { f64::from(low) };
    let position = (decade - f64::from(low)) / f64::from((high - low).max(1));
    (position.clamp(0.0, 1.0) * (PLOT_HEIGHT - 1) as f64).round() as usize
}

/// The column of a rate on the log x axis spanning the curves' rates.
fn column_of(rate: f64, first: f64, last: f64) -> Option<usize> {
    if rate < first || rate > last || first <= 0.0 || last <= first {
        return None;
    }
    let position = (rate / first).ln() / (last / first).ln();
    Some((position * (PLOT_WIDTH - 1) as f64).round() as usize)
}

/// The curve's value at the sample nearest (in log rate) to a column.
fn sample_at(curves_rates: &[f64], values: &[f64], column: usize) -> Option<f64> {
    let (&first, &last) = (curves_rates.first()?, curves_rates.last()?);
    let target = first * (last / first).powf(column as f64 / (PLOT_WIDTH - 1) as f64);
    let index = curves_rates.partition_point(|&rate| rate < target);
    let nearest = match (index.checked_sub(1), curves_rates.get(index)) {
        (Some(below), Some(&above))
            if (target / curves_rates[below]).ln() > (above / target).ln() =>
        {
            index
        }
        (Some(below), _) => below,
        (None, _) => index,
    };
    values.get(nearest).copied()
}

/// The text chart: `L` Lambda, `F` Fargate, `#` both, `|` the current rate, `:` each break-even,
/// with decade labels on both axes. Returns the fenced block's content (no fences).
pub fn text_chart(
    curves: &Curves,
    current_rate: f64,
    break_evens: &[f64],
    parity: &[ParityBand],
) -> String {
    let (Some(&first), Some(&last)) = (curves.rates.first(), curves.rates.last()) else {
        return "(no curves to draw)\n".to_string();
    };
    let costs = curves.cost.values().flatten().copied().filter(|usd| *usd > 0.0);
    let max = costs.clone().fold(0.0_f64, f64::max);
    let min = costs.fold(f64::INFINITY, f64::min);
    if max <= 0.0 {
        return "(both platforms are blocked or free across the range: nothing to draw)\n"
            .to_string();
    }
    let low = (min.log10().floor() as i32).max(FLOOR_DECADE);
    let high = (max.log10().ceil() as i32).max(low + 1);

    let mut grid = vec![vec![' '; PLOT_WIDTH]; PLOT_HEIGHT];
    // The ranges where the bills are within 10% of each other, shaded.
    for band in parity {
        let (Some(from), Some(to)) = (
            column_of(band.from_per_s.max(first), first, last),
            column_of(band.to_per_s.min(last), first, last),
        ) else {
            continue;
        };
        for row in &mut grid {
            row[from..=to].fill(PARITY_SHADE);
        }
    }
    for &rate in break_evens {
        if let Some(column) = column_of(rate, first, last) {
            for row in &mut grid {
                row[column] = ':';
            }
        }
    }
    if let Some(column) = column_of(current_rate, first, last) {
        for row in &mut grid {
            row[column] = '|';
        }
    }
    for (platform, values) in curves.cost.iter() {
        let mark = MARKS[platform];
        for column in 0..PLOT_WIDTH {
            let Some(usd) = sample_at(&curves.rates, values, column) else { continue };
            let row = PLOT_HEIGHT - 1 - row_of(usd, low, high);
            let Some(cell) = grid.get_mut(row).and_then(|cells| cells.get_mut(column)) else {
                continue;
            };
            *cell = if matches!(*cell, 'L' | 'F' | '#') && *cell != mark { '#' } else { mark };
        }
    }

    let mut labels = vec![String::new(); PLOT_HEIGHT];
    for decade in low..=high {
        let label = if decade == FLOOR_DECADE && decade == low {
            format!("≤{}", dollars_label(decade))
        } else {
            dollars_label(decade)
        };
        labels[PLOT_HEIGHT - 1 - row_of(10f64.powi(decade), low, high)] = label;
    }
    let mut out = String::new();
    for (label, row) in labels.iter().zip(&grid) {
        let line: String = row.iter().collect();
        let _ = writeln!(out, "{label:>LABEL_WIDTH$} ┤{}", line.trim_end());
    }
    let _ = writeln!(out, "{:>LABEL_WIDTH$} └{}", "", "─".repeat(PLOT_WIDTH));
    out.push_str(&x_axis_labels(first, last));
    out
}

/// The x-axis labels under the plot, each centred on its rate where it fits.
fn x_axis_labels(first: f64, last: f64) -> String {
    let mut line = vec![' '; LABEL_WIDTH + 2 + PLOT_WIDTH + 6];
    for (label, rate) in [
        ("1/day", 1.0 / 86_400.0),
        ("1/h", 1.0 / 3600.0),
        ("1/min", 1.0 / 60.0),
        ("1/s", 1.0),
        ("100/s", 100.0),
        ("10k/s", 10_000.0),
    ] {
        let Some(column) = column_of(rate, first * (1.0 - 1e-9), last * (1.0 + 1e-9)) else {
            continue;
        };
        let width = label.chars().count();
        let start = (LABEL_WIDTH + 2 + column).saturating_sub(width / 2).min(line.len() - width);
        if line[start.saturating_sub(1)..start + width].iter().all(|c| *c == ' ') {
            for (offset, c) in label.chars().enumerate() {
                line[start + offset] = c;
            }
        }
    }
    let text: String = line.into_iter().collect();
    format!("{}\n", text.trim_end())
}

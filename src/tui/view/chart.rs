//! The cost chart: monthly cost of both platforms against invocation rate, both axes on a log
//! scale, with the current rate and the break-even marked. ratatui's `Chart` draws the axes and
//! the curves; the tick labels are placed here at their true positions (1/day, 1/h, 1/min do not
//! fall on even spacing), on the cells the chart's canvas maps them to.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::symbols::Marker;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Axis, Chart, Dataset, GraphType, Paragraph, Wrap};
use unicode_width::UnicodeWidthStr;

use crate::engine::map::RATE_TICKS;
use crate::engine::report::{Platform, Report};
use crate::engine::scenario::Input;
use crate::engine::units::format_rate;
use crate::wording::parity::{self, outside};
use crate::wording::{cost_or_blocked, platform_name, sentence};

use super::super::app::App;
use super::super::mouse::{Hitmap, Target};
use super::super::style::{
    BREAK_EVEN_AXIS, BREAK_EVEN_GLYPH, CURRENT_AXIS, CURRENT_GLYPH, PARITY_GLYPH, Styles,
    legend_symbol,
};
use super::panel;

/// The chart needs this much room inside its border; below it a one-paragraph summary shows.
const MIN_INNER_WIDTH: u16 = 24;
const MIN_INNER_HEIGHT: u16 = 6;
/// The cheapest dollar amount the y axis reaches down to (one cent).
const FLOOR_DECADE: i32 = -2;
/// The most decades the y axis spans.
const MAX_DECADES: i32 = 8;

/// Draws the chart panel.
pub fn render(frame: &mut Frame, area: Rect, app: &App, hits: &mut Hitmap) {
    let styles = &app.styles;
    let report = app.report();
    let mut legend = legend(report, styles);
    if let Some(baseline) = app.baseline() {
        legend.spans.push(Span::styled(format!("∙ {} ", baseline.name), styles.muted));
    }
    let title = if legend.width() + 16 <= usize::from(area.width) { " Monthly cost " } else { "" };
    let focused = app.focused_input() == Some(Input::Rate);
    let block = panel(title, focused, styles).title(legend.right_aligned());
    let inner = block.inner(area);
    frame.render_widget(block, area);
    hits.push(area, Target::Chart);
    if inner.width < MIN_INNER_WIDTH || inner.height < MIN_INNER_HEIGHT {
        let summary = Paragraph::new(summary(report)).style(styles.base).wrap(Wrap { trim: true });
        frame.render_widget(summary, inner);
        return;
    }
    let scale = Scale::new(report, inner);
    let drawn = report.curves.cost.map(|platform, cost| {
        let points = points(&report.curves.rates, cost, scale.y_lo);
        // Fargate's bill is a staircase in tasks: drawn as steps, not slopes between samples.
        if platform == Platform::Fargate { staircase(&points) } else { points }
    });
    // The pinned baseline's curves, dotted and dimmed beneath the current ones: a scatter of
    // every other sample reads as a dotted line in any theme, colour or not.
    let pinned = app.baseline().map(|baseline| {
        let curves = &baseline.report.curves;
        curves.cost.map(|platform, cost| {
            let points = points(&curves.rates, cost, scale.y_lo);
            let points = if platform == Platform::Fargate { staircase(&points) } else { points };
            points.into_iter().step_by(2).collect::<Vec<_>>()
        })
    });
    let mut datasets = Vec::new();
    if let Some(pinned) = &pinned {
        for (platform, data) in pinned.iter() {
            datasets.push(
                Dataset::default()
                    .marker(Marker::Dot)
                    .graph_type(GraphType::Scatter)
                    .style(styles.baseline(platform))
                    .data(data),
            );
        }
    }
    // Lambda last, so its line stays on top where the curves meet.
    for platform in Platform::ALL.into_iter().rev() {
        let (data, style, marker) =
            (&drawn[platform], styles.platform(platform), styles.marker(platform));
        if !data.is_empty() {
            datasets.push(
                Dataset::default()
                    .marker(marker)
                    .graph_type(GraphType::Line)
                    .style(style)
                    .data(data),
            );
        }
    }
    let spacer = " ".repeat(usize::from(scale.label_width));
    let chart = Chart::new(datasets)
        .x_axis(
            Axis::default().bounds([scale.x_lo, scale.x_hi]).labels(["", ""]).style(styles.axis),
        )
        .y_axis(
            Axis::default()
                .bounds([scale.y_lo, scale.y_hi])
                .labels([spacer.clone(), spacer])
                .style(styles.axis),
        );
    frame.render_widget(chart, inner);
    render_marks(frame, &scale, report, styles);
    render_y_labels(frame, &scale, styles);
    render_x_labels(frame, &scale, report, styles);
    render_break_even_label(frame, &scale, report, styles);
}

/// What the chart says in words when there is no room to draw it.
fn summary(report: &Report) -> Line<'static> {
    let costs: Vec<String> = report
        .platforms
        .iter()
        .map(|(platform, bill)| {
            format!("{} {}", platform_name(platform), cost_or_blocked(bill.monthly_usd))
        })
        .collect();
    let mut text = format!("At {}: {}.", format_rate(report.scenario.rate_per_s), costs.join(", "));
    if let Some(rate) = report.break_even.rate_per_s {
        text = format!("{text} Break-even {}.", format_rate(rate));
    }
    if let Some(parity) = parity::bands(&report.parity) {
        text = format!("{text} {}", sentence(&parity));
    }
    Line::from(text)
}

/// The legend, on the panel's top border: which curve is which, and what the markers mean.
fn legend(report: &Report, styles: &Styles) -> Line<'static> {
    let curve = |name: &str, blocked: bool, style: Style, marker: Marker| {
        if blocked {
            Span::styled(format!("✗ {name} blocked "), styles.fit_blocked)
        } else {
            Span::styled(format!("{} {name} ", legend_symbol(marker)), style)
        }
    };
    let mut spans = vec![Span::raw(" ")];
    for (platform, cost) in report.curves.cost.iter() {
        spans.push(curve(
            platform_name(platform),
            cost.is_empty(),
            styles.platform(platform),
            styles.marker(platform),
        ));
    }
    spans.extend([Span::styled(
        format!("{CURRENT_AXIS} now {} ", format_rate(report.scenario.rate_per_s)),
        styles.marker_current,
    )]);
    if let Some(label) = crossing_label(report) {
        spans.push(Span::styled(format!("{BREAK_EVEN_AXIS} {label} "), styles.marker_break_even));
    }
    if let Some(parity) = parity::legend(&report.parity) {
        spans.push(Span::styled(format!("{PARITY_GLYPH} {parity} "), styles.marker_break_even));
    }
    Line::from(spans)
}

/// The crossings the chart marks: those outside the bands (inside them the band says where the
/// bills meet) and the headline break-even wherever it lies, as the legend names it.
fn marked_crossings(report: &Report) -> Vec<f64> {
    let mut rates: Vec<f64> = outside(&report.break_even.crossings, &report.parity)
        .iter()
        .map(|crossing| crossing.rate_per_s)
        .collect();
    if let Some(headline) = report.break_even.rate_per_s
        && !rates.iter().any(|rate| rate.to_bits() == headline.to_bits())
    {
        rates.push(headline);
    }
    rates
}

/// The crossing the chart labels, where it lies and what it says: the headline break-even
/// ("break-even 3.4/s"), else the first crossing outside the bands ("crosses 53/min": without a
/// rate above which one platform stays cheaper there is no break-even to name, as `lvf eval`
/// says).
fn labelled_crossing(report: &Report) -> Option<(f64, String)> {
    if let Some(rate) = report.break_even.rate_per_s {
        return Some((rate, parity::break_even_label(rate)));
    }
    let first = outside(&report.break_even.crossings, &report.parity).first().copied()?;
    Some((first.rate_per_s, parity::crossing_label(first.rate_per_s)))
}

fn crossing_label(report: &Report) -> Option<String> {
    labelled_crossing(report).map(|(_, label)| label)
}

/// The plot's bounds, ticks and the cells they map to.
#[derive(Debug, Clone, Copy)]
struct Scale {
    x_lo: f64,
    x_hi: f64,
    y_lo: f64,
    y_hi: f64,
    /// Decades between y ticks.
    y_step: i32,
    label_width: u16,
    /// Where the curves go (inside the axes).
    graph: Rect,
    /// The rows of the x axis line and of its labels.
    axis_row: u16,
    label_row: u16,
    /// The column the y labels start in.
    label_x: u16,
}

impl Scale {
    fn new(report: &Report, inner: Rect) -> Scale {
        let rates = &report.curves.rates;
        let spec = Input::Rate.spec();
        let first = rates.first().copied().or(spec.map(|spec| spec.min)).unwrap_or(1e-5);
        let last = rates.last().copied().or(spec.map(|spec| spec.max)).unwrap_or(1e4);
        let (x_lo, x_hi) = ordered(first.log10(), last.log10());
        let costs = report.curves.cost.values().flatten();
        let positive = costs.copied().filter(|usd| usd.is_finite() && *usd > 0.0);
        let (low, high) = positive.fold((f64::INFINITY, f64::NEG_INFINITY), |(low, high), usd| {
            (low.min(usd), high.max(usd))
        });
        let y_hi = if high.is_finite() { high.log10().ceil() as i32 } else { 1 };
        let y_lo = if low.is_finite() { low.log10().floor() as i32 } else { 0 };
        let y_lo = y_lo.max(FLOOR_DECADE).max(y_hi - MAX_DECADES).min(y_hi - 1);
        let graph_height = inner.height.saturating_sub(2);
        let most_ticks = i32::from(graph_height / 2).max(2);
        let y_step =
            (1..=MAX_DECADES).find(|step| (y_hi - y_lo) / step < most_ticks).unwrap_or(MAX_DECADES);
        let label_width = (y_lo..=y_hi).map(|decade| usd_label(decade).width()).max().unwrap_or(1);
        let label_width = (label_width as u16).min(inner.width / 3);
        let graph_x = inner.x + label_width + 1;
        let graph =
            Rect::new(graph_x, inner.y, inner.right().saturating_sub(graph_x), graph_height);
        Scale {
            x_lo,
            x_hi,
            y_lo: f64::from(y_lo),
            y_hi: f64::from(y_hi),
            y_step,
            label_width,
            graph,
            axis_row: inner.bottom().saturating_sub(2),
            label_row: inner.bottom().saturating_sub(1),
            label_x: inner.x,
        }
    }

    /// The column a log10(rate) falls in, as the chart's braille canvas maps it.
    fn column(&self, x: f64) -> u16 {
        let dots = f64::from(self.graph.width) * 2.0 - 1.0;
        let fraction = ((x - self.x_lo) / (self.x_hi - self.x_lo)).clamp(0.0, 1.0);
        self.graph.x + ((fraction * dots).round() as u16) / 2
    }

    /// The row a log10(dollars) falls in.
    fn row(&self, y: f64) -> u16 {
        let dots = f64::from(self.graph.height) * 4.0 - 1.0;
        let fraction = ((self.y_hi - y) / (self.y_hi - self.y_lo)).clamp(0.0, 1.0);
        self.graph.y + ((fraction * dots).round() as u16) / 4
    }
}

/// `(low, high)` with `low < high`, whatever came in.
fn ordered(a: f64, b: f64) -> (f64, f64) {
    let (a, b) = (if a.is_finite() { a } else { -5.0 }, if b.is_finite() { b } else { 4.0 });
    if a < b { (a, b) } else { (a.min(b), a.min(b) + 1.0) }
}

/// "$0.01", "$1", "$100", "$10k", "$1M", "$10B", "$1T".
fn usd_label(decade: i32) -> String {
    match decade {
        ..=-1 => format!("${}", 10f64.powi(decade)),
        0..=2 => format!("${}", 10i64.pow(decade as u32)),
        3..=5 => format!("${}k", 10i64.pow(decade as u32 - 3)),
        6..=8 => format!("${}M", 10i64.pow(decade as u32 - 6)),
        9..=11 => format!("${}B", 10i64.pow(decade as u32 - 9)),
        12..=14 => format!("${}T", 10i64.pow(decade as u32 - 12)),
        _ => format!("$1e{decade}"),
    }
}

/// (log10 rate, log10 dollars) for each sample; amounts below the axis sit on its floor.
fn points(rates: &[f64], costs: &[f64], floor: f64) -> Vec<(f64, f64)> {
    rates
        .iter()
        .zip(costs)
        .filter(|(rate, usd)| rate.is_finite() && **rate > 0.0 && usd.is_finite())
        .map(|(rate, usd)| (rate.log10(), usd.max(0.0).log10().max(floor)))
        .collect()
}

/// A staircase through samples: level until the next sample, then straight up or down.
fn staircase(points: &[(f64, f64)]) -> Vec<(f64, f64)> {
    let mut out = Vec::with_capacity(points.len() * 2);
    for (index, point) in points.iter().enumerate() {
        if let Some(previous) = index.checked_sub(1).and_then(|index| points.get(index))
            && (previous.1 - point.1).abs() > f64::EPSILON
        {
            out.push((point.0, previous.1));
        }
        out.push(*point);
    }
    out
}

/// Shades the bands, then draws a vertical at each crossing outside them and at the current
/// rate, in the plot's empty cells only (the curves stay on top).
fn render_marks(frame: &mut Frame, scale: &Scale, report: &Report, styles: &Styles) {
    let graph = scale.graph.intersection(frame.area());
    let buffer = frame.buffer_mut();
    let mut column_fill = |column: u16, glyph: &str, style: Style| {
        if column < graph.x || column >= graph.right() {
            return;
        }
        for row in graph.y..graph.bottom() {
            let cell = &mut buffer[(column, row)];
            if cell.symbol() == " " || [PARITY_GLYPH, BREAK_EVEN_GLYPH].contains(&cell.symbol()) {
                cell.set_symbol(glyph).set_style(style);
            }
        }
    };
    for band in &report.parity {
        let from = scale.column(band.from_per_s.log10());
        let to = scale.column(band.to_per_s.log10());
        for column in from..=to {
            column_fill(column, PARITY_GLYPH, styles.marker_break_even);
        }
    }
    for rate in marked_crossings(report) {
        column_fill(scale.column(rate.log10()), BREAK_EVEN_GLYPH, styles.marker_break_even);
    }
    column_fill(
        scale.column(report.scenario.rate_per_s.log10()),
        CURRENT_GLYPH,
        styles.marker_current,
    );
}

fn render_y_labels(frame: &mut Frame, scale: &Scale, styles: &Styles) {
    let buffer = frame.buffer_mut();
    let axis_x = scale.graph.x.saturating_sub(1);
    let mut decade = scale.y_hi as i32;
    while f64::from(decade) >= scale.y_lo {
        let row = scale.row(f64::from(decade));
        let label = usd_label(decade);
        let width = (label.width() as u16).min(scale.label_width);
        let x = scale.label_x + scale.label_width - width;
        buffer.set_stringn(x, row, &label, usize::from(width), styles.axis);
        buffer.set_string(axis_x, row, "┤", styles.axis);
        decade -= scale.y_step;
    }
}

fn render_x_labels(frame: &mut Frame, scale: &Scale, report: &Report, styles: &Styles) {
    let left = scale.label_x;
    let right = scale.graph.right();
    let visible: Vec<(u16, &str)> = RATE_TICKS
        .iter()
        .filter(|(rate, _)| {
            let x = rate.log10();
            x >= scale.x_lo - 1e-9 && x <= scale.x_hi + 1e-9
        })
        .map(|(rate, label)| (scale.column(rate.log10()), *label))
        .collect();
    // The ends first, then 1/s, then the rest left to right; a label that would touch a placed
    // one is left out.
    let mut order: Vec<usize> = (0..visible.len()).collect();
    order.sort_by_key(|index| {
        let end = *index == 0 || *index + 1 == visible.len();
        let one = visible[*index].1 == "1/s";
        (!end, !one, *index)
    });
    let mut placed: Vec<(u16, u16)> = Vec::new();
    let buffer = frame.buffer_mut();
    for index in order {
        let (column, label) = visible[index];
        let width = label.width() as u16;
        let start =
            column.saturating_sub(width / 2).clamp(left, right.saturating_sub(width).max(left));
        let end = start + width;
        if placed.iter().any(|(a, b)| start < b + 1 && *a < end + 1) {
            continue;
        }
        placed.push((start, end));
        buffer.set_string(start, scale.label_row, label, styles.axis);
        buffer.set_string(column, scale.axis_row, "┬", styles.axis);
    }
    for rate in marked_crossings(report) {
        let column = scale.column(rate.log10());
        buffer.set_string(column, scale.axis_row, BREAK_EVEN_AXIS, styles.marker_break_even);
    }
    let now = scale.column(report.scenario.rate_per_s.log10());
    buffer.set_string(now, scale.axis_row, CURRENT_AXIS, styles.marker_current);
}

/// "break-even 3.1/s" beside the headline crossing, at the top of the plot, on the side away
/// from the current-rate marker so the two never overlap.
fn render_break_even_label(frame: &mut Frame, scale: &Scale, report: &Report, styles: &Styles) {
    let Some((rate, label)) = labelled_crossing(report) else { return };
    let column = scale.column(rate.log10());
    let now = scale.column(report.scenario.rate_per_s.log10());
    let width = label.width() as u16;
    let fits_right = column + 2 + width <= scale.graph.right();
    let fits_left = column >= scale.graph.x + width + 2;
    let start = match (now > column, fits_left, fits_right) {
        (true, true, _) | (false, true, false) => column - 1 - width,
        (false, _, true) | (true, false, true) => column + 2,
        _ => return,
    };
    frame.buffer_mut().set_string(start, scale.graph.y, label, styles.marker_break_even);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dollar_labels_read_as_people_write_them() {
        let labels: Vec<String> = (-2..=7).map(usd_label).collect();
        assert_eq!(
            labels,
            ["$0.01", "$0.1", "$1", "$10", "$100", "$1k", "$10k", "$100k", "$1M", "$10M"]
        );
        // The background worker at 10k/s runs into billions: no "$1e9" on a slide.
        let labels: Vec<String> = (8..=15).map(usd_label).collect();
        assert_eq!(labels, ["$100M", "$1B", "$10B", "$100B", "$1T", "$10T", "$100T", "$1e15"]);
    }

    #[test]
    fn the_staircase_moves_level_then_vertical() {
        let steps = staircase(&[(0.0, 1.0), (1.0, 1.0), (2.0, 2.0), (3.0, 2.0)]);
        assert_eq!(steps, [(0.0, 1.0), (1.0, 1.0), (2.0, 1.0), (2.0, 2.0), (3.0, 2.0)]);
    }

    #[test]
    fn points_put_free_amounts_on_the_floor_and_drop_nonsense() {
        let got = points(&[1.0, 10.0, f64::NAN], &[0.0, 100.0, 1.0], -2.0);
        assert_eq!(got, [(0.0, -2.0), (1.0, 2.0)]);
    }

    #[test]
    fn bounds_stay_ordered() {
        assert_eq!(ordered(1.0, 2.0), (1.0, 2.0));
        assert_eq!(ordered(2.0, 2.0), (2.0, 3.0));
        assert_eq!(ordered(f64::NAN, f64::NAN), (-5.0, 4.0));
    }
}

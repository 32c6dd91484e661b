//! The cost breakdown at the current point: each platform's bill line by line with its total,
//! what it rests on (invocations, GB-seconds, tasks and their size), and the notes panel.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Wrap};
use unicode_width::UnicodeWidthStr;

use crate::engine::cost::format_usd;
use crate::engine::report::{Basis, Platform, Report};
use crate::engine::scenario::format_task_size;
use crate::engine::units::{format_count, format_duration, format_rate, significant};
use crate::wording::compare::cost_delta;
use crate::wording::{self, platform_name};

use super::super::app::App;
use super::super::style::Styles;
use super::{panel, put_line, truncate};

/// Draws both bills side by side (or one above the other when narrow).
pub fn render(frame: &mut Frame, area: Rect, app: &App) {
    let styles = &app.styles;
    let report = app.report();
    let title = format!(" Monthly cost at {} ", format_rate(report.scenario.rate_per_s));
    let block = panel(title, false, styles);
    let inner = block.inner(area);
    frame.render_widget(block, area);
    let (mut lambda, mut fargate) =
        (bill(report, Platform::Lambda, styles), bill(report, Platform::Fargate, styles));
    if let Some(baseline) = app.baseline() {
        for (platform, bill) in [(Platform::Lambda, &mut lambda), (Platform::Fargate, &mut fargate)]
        {
            let delta = cost_delta(&baseline.comparison.costs[platform]);
            bill.delta = Some(format!("  vs {}: {delta}", baseline.name));
        }
    }
    // One above the other when both fit whole, as the items read best at full width; a label
    // too long for the width takes a second row when the panel has the rows for it.
    let (width, rows) = (inner.width, inner.height);
    let fits = |wrap: bool| lambda.height(width, wrap) + fargate.height(width, wrap) < rows;
    let stack = fits(false) || width < 56;
    let wrap = stack && fits(true);
    let lambda_height = lambda.height(width, wrap);
    let [lambda_area, fargate_area] = if stack {
        Layout::vertical([Constraint::Length(lambda_height + 1), Constraint::Fill(1)]).areas(inner)
    } else {
        Layout::horizontal([Constraint::Fill(1), Constraint::Fill(1)]).spacing(2).areas(inner)
    };
    render_bill(frame, lambda_area, &lambda, styles, wrap);
    render_bill(frame, fargate_area, &fargate, styles, wrap);
}

/// The notes panel: where the prices come from and what the numbers rest on.
pub fn render_notes(frame: &mut Frame, area: Rect, app: &App) {
    let styles = &app.styles;
    let report = app.report();
    let block = panel(" Notes ", false, styles);
    let inner = block.inner(area);
    frame.render_widget(block, area);
    let mut lines = vec![Line::from(Span::styled(
        format!("Prices as of {}, {}.", report.pricing_as_of, report.region_name),
        styles.muted,
    ))];
    lines.extend(report.notes.iter().map(|note| {
        Line::from(vec![
            Span::styled("• ", styles.muted),
            Span::styled(wording::note(note), styles.muted),
        ])
    }));
    frame.render_widget(Paragraph::new(lines).wrap(Wrap { trim: true }), inner);
}

/// One platform's bill, ready to draw.
struct Bill {
    name: &'static str,
    style: Style,
    total: Option<f64>,
    /// Each line's name and amount.
    lines: Vec<(String, f64)>,
    blocked_by: Vec<String>,
    basis: String,
    /// Against the pinned baseline: "  vs today: +$12.30 (+5%)".
    delta: Option<String>,
}

fn bill(report: &Report, platform: Platform, styles: &Styles) -> Bill {
    let bill = &report.platforms[platform];
    let basis = match &bill.basis {
        Basis::OnDemand(on_demand) => format!(
            "{} invocations · {} GB-s · {} concurrent",
            format_count(on_demand.invocations),
            format_count(on_demand.gb_seconds),
            significant(bill.concurrency, 2)
        ),
        Basis::Service(service) => format!(
            "{} × {} ({}) · {} per task ({}) · {} in flight",
            wording::task_range(service.fewest_tasks as f64, service.tasks as f64),
            service.task.map_or_else(|| "no size fits".to_string(), format_task_size),
            if service.task_auto { "auto" } else { "fixed" },
            significant(service.requests_per_task, 3),
            wording::bound_by(service.bound_by),
            significant(bill.concurrency, 2)
        ),
        Basis::Jobs(jobs) => format!(
            "jobs · {} ({}) · {} billed each",
            format_task_size(jobs.task),
            if jobs.task_auto { "auto" } else { "fixed" },
            format_duration(jobs.billed_s)
        ),
    };
    Bill {
        name: platform_name(platform),
        style: styles.platform(platform),
        total: bill.monthly_usd,
        lines: bill
            .lines
            .iter()
            .map(|line| (wording::cost_line(line, &report.scenario.region), line.usd))
            .collect(),
        blocked_by: bill
            .blockers
            .iter()
            .map(|blocker| wording::blocker(platform, blocker))
            .collect(),
        basis,
        delta: None,
    }
}

impl Bill {
    /// Rows the bill takes at a width (its basis line may wrap; with `wrap`, so may the items
    /// too long to share a row with their amount).
    fn height(&self, width: u16, wrap: bool) -> u16 {
        let width = usize::from(width.max(1));
        let basis = self.basis.width().div_ceil(width);
        let delta = usize::from(self.delta.is_some());
        let long = if wrap {
            self.lines.iter().filter(|(item, usd)| !shares_a_row(item, *usd, width)).count()
        } else {
            0
        };
        (1 + delta + self.lines.len() + long + self.blocked_by.len() + basis) as u16
    }
}

/// Whether an item (indented two) and its amount fit on one row of `width`.
fn shares_a_row(item: &str, usd: f64, width: usize) -> bool {
    item.width() + 2 + format_usd(usd).width() < width
}

/// An item too long for one row, split at a space: the head, and the rest for the next row.
fn split_item(item: &str, width: usize) -> (&str, &str) {
    let mut cut = 0;
    for (index, ch) in item.char_indices() {
        if item[..index].width() > width {
            break;
        }
        if ch == ' ' {
            cut = index;
        }
    }
    if cut == 0 { (item, "") } else { (&item[..cut], &item[cut + 1..]) }
}

fn render_bill(frame: &mut Frame, area: Rect, bill: &Bill, styles: &Styles, wrap: bool) {
    let width = usize::from(area.width);
    let amount_line = |item: &str, usd: f64, style: Style| {
        let amount = format_usd(usd);
        let item = truncate(item, width.saturating_sub(amount.width() + 1));
        let gap = width.saturating_sub(item.width() + amount.width());
        Line::from(vec![
            Span::styled(item, style),
            Span::raw(" ".repeat(gap)),
            Span::styled(amount, style),
        ])
    };
    let mut lines = Vec::new();
    match bill.total {
        Some(total) => lines.push(amount_line(bill.name, total, bill.style)),
        None => lines
            .push(Line::from(Span::styled(format!("{} ✗ blocked", bill.name), styles.fit_blocked))),
    }
    if let Some(delta) = &bill.delta {
        lines.push(Line::from(Span::styled(delta.clone(), styles.marker_break_even)));
    }
    for (item, usd) in &bill.lines {
        if wrap && !shares_a_row(item, *usd, width) {
            let (head, rest) = split_item(item, width.saturating_sub(2));
            lines.push(Line::from(Span::styled(format!("  {head}"), styles.base)));
            lines.push(amount_line(&format!("    {rest}"), *usd, styles.base));
        } else {
            lines.push(amount_line(&format!("  {item}"), *usd, styles.base));
        }
    }
    for reason in &bill.blocked_by {
        lines.push(Line::from(Span::styled(format!("✗ {reason}"), styles.fit_blocked)));
    }
    // One line each, cut to the width; only the basis wraps (a paragraph costs far more).
    let mut y = area.y;
    for line in &lines {
        if y >= area.bottom() {
            return;
        }
        put_line(frame, Rect { y, height: 1, ..area }, line);
        y += 1;
    }
    let rest = Rect { y, height: area.bottom() - y, ..area };
    let basis = Paragraph::new(Span::styled(bill.basis.clone(), styles.muted));
    frame.render_widget(basis.wrap(Wrap { trim: false }), rest);
}

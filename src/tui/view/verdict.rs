//! The verdict: the choice, its headline, the reasons ranked and the flip points, plus (in the
//! stacked layout) a line with both monthly costs.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::{Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Wrap};

use crate::engine::report::{Choice, Report};
use crate::engine::units::format_rate;
use crate::wording::{self, choice_word, cost_or_blocked, platform_name};

use super::super::app::App;
use super::super::style::Styles;
use super::{compare, costs, panel};

/// The verdict's colour role.
pub fn choice_style(choice: Choice, styles: &Styles) -> Style {
    match choice {
        Choice::Lambda => styles.verdict_lambda,
        Choice::Fargate => styles.verdict_fargate,
        Choice::Either => styles.verdict_either,
        Choice::Neither => styles.verdict_neither,
    }
}

/// Draws the verdict panel; `short` puts the costs line right under the headline.
pub fn render(frame: &mut Frame, area: Rect, app: &App, short: bool) {
    let styles = &app.styles;
    let report = app.report();
    let block = panel(" Verdict ", false, styles);
    let inner = block.inner(area);
    frame.render_widget(block, area);
    let mut lines = vec![headline(report, styles)];
    if short {
        lines.push(totals_line(report, styles));
    }
    lines.push(Line::from(Span::styled(wording::options(report), styles.muted)));
    if let Some(baseline) = app.baseline() {
        lines.extend(compare::lines(baseline, styles));
    }
    lines.extend(reason_lines(report, styles));
    frame.render_widget(Paragraph::new(lines).wrap(Wrap { trim: true }), inner);
}

/// The stacked layout's "Why & costs" tab: reasons and flip points beside the cost breakdown.
pub fn render_details(frame: &mut Frame, area: Rect, app: &App) {
    let styles = &app.styles;
    let [why, bill] = if area.width >= 70 {
        Layout::horizontal([Constraint::Fill(1), Constraint::Fill(1)]).areas(area)
    } else {
        Layout::vertical([Constraint::Fill(1), Constraint::Fill(1)]).areas(area)
    };
    let block = panel(" Why ", false, styles);
    let inner = block.inner(why);
    frame.render_widget(block, why);
    let lines = reason_lines(app.report(), styles);
    frame.render_widget(Paragraph::new(lines).wrap(Wrap { trim: true }), inner);
    costs::render(frame, bill, app);
}

/// " FARGATE  Fargate: 38% cheaper at 50/s, …".
fn headline(report: &Report, styles: &Styles) -> Line<'static> {
    let style = choice_style(report.verdict.choice, styles);
    Line::from(vec![
        Span::styled(
            format!(" {} ", choice_word(report.verdict.choice)),
            style.add_modifier(Modifier::REVERSED),
        ),
        Span::raw(" "),
        Span::styled(wording::headline(&report.verdict), style),
    ])
}

/// "Lambda $12.34 · Fargate $56.78 a month · break-even 3.1/s".
pub(super) fn totals_line(report: &Report, styles: &Styles) -> Line<'static> {
    let mut spans = Vec::new();
    for (platform, bill) in report.platforms.iter() {
        if !spans.is_empty() {
            spans.push(Span::styled(" · ", styles.muted));
        }
        spans.push(Span::styled(
            format!("{} {}", platform_name(platform), cost_or_blocked(bill.monthly_usd)),
            styles.platform(platform),
        ));
    }
    spans.push(Span::styled(" a month", styles.muted));
    if let Some(rate) = report.break_even.rate_per_s {
        spans.push(Span::styled(" · ", styles.muted));
        spans.push(Span::styled(
            format!("break-even {}", format_rate(rate)),
            styles.marker_break_even,
        ));
    }
    Line::from(spans)
}

/// The reasons, then the flip points.
fn reason_lines(report: &Report, styles: &Styles) -> Vec<Line<'static>> {
    let mut lines: Vec<Line> = report
        .verdict
        .reasons
        .iter()
        .map(|reason| {
            Line::from(vec![Span::styled("• ", styles.muted), Span::raw(wording::reason(reason))])
        })
        .collect();
    for flip in &report.verdict.flip_points {
        lines.push(Line::from(vec![
            Span::styled("⇄ ", styles.marker_break_even),
            Span::styled(wording::flip(flip), styles.base),
        ]));
    }
    lines
}

//! The tornado (`w`): one row per input with a plausible range, largest swing first. Each row's
//! bar spans the cost gap (Lambda − Fargate) from one end of the range to the other, around a
//! line at the current gap; each half takes the colour of the verdict at its end, and the text
//! names both values, both gaps and both verdicts.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};

use crate::engine::sensitivity::{End, Sensitivity, Swing};
use crate::wording::choice_word;
use crate::wording::compare::{self as words, end_value, gap};

use super::super::app::App;
use super::super::style::Styles;
use super::verdict::choice_style;
use super::{panel, put_line, truncate};

/// Below this inner width the bars go and each row is one sentence.
const MIN_BAR_WIDTH: u16 = 48;
/// The narrowest bar worth drawing beside the ends' text; narrower panels put the text under
/// the bar.
const MIN_BAR: usize = 20;
/// The label column: the input and its two values.
const LABEL_WIDTH: usize = 28;
/// The text column on the right: both gaps and verdicts.
const ENDS_WIDTH: usize = 34;

/// Draws the tornado panel.
pub fn render(frame: &mut Frame, area: Rect, table: &Sensitivity, app: &App) {
    let styles = &app.styles;
    let block = panel(words::TORNADO_TITLE, false, styles);
    let inner = block.inner(area);
    frame.render_widget(block, area);
    if inner.height == 0 {
        return;
    }
    let now = words::tornado_now(table.gap_usd, choice_word(table.verdict));
    put_line(frame, inner, &Line::styled(now, styles.muted));
    let width = usize::from(inner.width);
    let two_lines = width < LABEL_WIDTH + ENDS_WIDTH + 2 + MIN_BAR;
    let mut lines: Vec<Line> = Vec::new();
    for swing in &table.swings {
        if inner.width < MIN_BAR_WIDTH {
            lines.push(Line::styled(truncate(&words::swing(swing), width), styles.base));
        } else if two_lines {
            lines.push(bar_line(swing, table, width.saturating_sub(LABEL_WIDTH + 1), styles));
            lines.push(ends_line(swing, styles));
        } else {
            let bar_width = width.saturating_sub(LABEL_WIDTH + ENDS_WIDTH + 2);
            let mut line = bar_line(swing, table, bar_width, styles);
            line.spans.push(Span::raw(" "));
            line.spans.extend(ends_line(swing, styles).spans);
            lines.push(line);
        }
    }
    for (index, line) in lines.iter().take(usize::from(inner.height.saturating_sub(1))).enumerate()
    {
        let y = inner.y + 1 + u16::try_from(index).unwrap_or(u16::MAX);
        put_line(frame, Rect { y, height: 1, ..inner }, line);
    }
}

/// Both ends' gaps and verdicts: "+$9.83 FARGATE … +$96.64 FARGATE", indented under the label.
fn ends_line(swing: &Swing, styles: &Styles) -> Line<'static> {
    let mut spans = vec![Span::raw("  ")];
    spans.extend(end_spans(&swing.low, styles));
    spans.push(Span::styled(" … ", styles.muted));
    spans.extend(end_spans(&swing.high, styles));
    Line::from(spans)
}

/// The gaps the bars are scaled to: every finite end and the current gap.
fn span(table: &Sensitivity) -> (f64, f64) {
    let ends = table.swings.iter().flat_map(|swing| [swing.low.gap_usd, swing.high.gap_usd]);
    let (low, high) = ends
        .chain(std::iter::once(table.gap_usd))
        .flatten()
        .filter(|gap| gap.is_finite())
        .fold((f64::INFINITY, f64::NEG_INFINITY), |(lo, hi), g| (lo.min(g), hi.max(g)));
    if low < high { (low, high) } else { (low.min(0.0) - 1.0, high.max(0.0) + 1.0) }
}

/// One row's label and its bar, `bar_width` cells.
fn bar_line(
    swing: &Swing,
    table: &Sensitivity,
    bar_width: usize,
    styles: &Styles,
) -> Line<'static> {
    let bar_width = bar_width.max(1);
    let (low, high) = span(table);
    let column = |gap: f64| -> usize {
        let share = ((gap - low) / (high - low)).clamp(0.0, 1.0);
        let share = if share.is_nan() { 0.0 } else { share };
        ((share * (bar_width - 1) as f64).round() as usize).min(bar_width - 1)
    };
    let centre = table.gap_usd.map_or(bar_width / 2, column);
    // Each cell: the end whose side of the centre it lies on paints it.
    let mut cells: Vec<(char, Style)> = vec![(' ', styles.base); bar_width];
    for end in [&swing.low, &swing.high] {
        let Some(gap) = end.gap_usd else { continue };
        let at = column(gap);
        let (from, to) = if at < centre { (at, centre) } else { (centre, at) };
        for cell in &mut cells[from..=to] {
            *cell = ('█', choice_style(end.verdict, styles));
        }
    }
    cells[centre] = ('│', styles.marker_current);
    let label = format!(
        "{} {}→{}",
        swing.input.label(),
        end_value(swing.input, &swing.low.value),
        end_value(swing.input, &swing.high.value)
    );
    let mut spans = vec![Span::styled(
        format!("{:<LABEL_WIDTH$} ", truncate(&label, LABEL_WIDTH)),
        styles.slider_label,
    )];
    spans.extend(cells.into_iter().map(|(ch, style)| Span::styled(ch.to_string(), style)));
    Line::from(spans)
}

fn end_spans(end: &End, styles: &Styles) -> [Span<'static>; 2] {
    let style = choice_style(end.verdict, styles);
    [
        Span::styled(format!("{} ", gap(end.gap_usd)), styles.base),
        Span::styled(choice_word(end.verdict).to_string(), style),
    ]
}

//! The primary sliders: runtime, memory, invocation rate, statefulness and peak ÷ average, each
//! with its value in human units and a track that shows where it sits; under them the traffic
//! week as a sparkline of requests per hour.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use unicode_width::UnicodeWidthStr;

use crate::engine::scenario::{Input, Scenario};
use crate::wording;

use super::super::app::App;
use super::super::mouse::{Hitmap, Target};
use super::super::style::Styles;
use super::{panel, put_line, truncate};

/// Width of a label column in the one-line form.
const LABEL_WIDTH: u16 = 10;

/// Draws the sliders: two lines each when `tall`, else one line each.
pub fn render(frame: &mut Frame, area: Rect, app: &App, hits: &mut Hitmap, tall: bool) {
    let focused = app.focused_input().is_some_and(|input| Input::PRIMARY.contains(&input));
    let block = panel(" Workload ", focused, &app.styles);
    let inner = block.inner(area);
    frame.render_widget(block, area);
    let rows_per_slider = if tall && inner.height >= 8 { 2 } else { 1 };
    let value_width = Input::PRIMARY
        .iter()
        .map(|input| app.scenario().display(*input).width())
        .max()
        .unwrap_or(0) as u16;
    for (index, input) in Input::PRIMARY.into_iter().enumerate() {
        let y = inner.y.saturating_add(index as u16 * rows_per_slider);
        if y >= inner.bottom() {
            break;
        }
        let row = Rect::new(inner.x, y, inner.width, 1);
        let is_focused = app.focused_input() == Some(input);
        if rows_per_slider == 2 {
            render_tall(frame, row, app, input, is_focused, hits);
        } else {
            render_short(frame, row, app, input, is_focused, value_width, hits);
        }
    }
    let week_y = inner.y.saturating_add(Input::PRIMARY.len() as u16 * rows_per_slider);
    if week_y < inner.bottom() {
        render_week(frame, Rect::new(inner.x, week_y, inner.width, 1), app);
    }
}

/// "  Week  ▁▂▅▇▅▂▁…": the requests of the week, Monday first, each bar the busiest of a
/// whole part of a day (as many hours as the room needs).
fn render_week(frame: &mut Frame, row: Rect, app: &App) {
    let styles = &app.styles;
    let label_width = LABEL_WIDTH.min(row.width);
    put_line(
        frame,
        Rect::new(row.x, row.y, label_width, 1),
        &Line::from(vec![Span::raw("  "), Span::styled("Week", styles.slider_label)]),
    );
    let hourly = &app.report().traffic.hourly_rate_per_s;
    let width = usize::from(row.width.saturating_sub(label_width + 1));
    let Some(per_bar) = wording::week::hours_per_bar(hourly.len(), width) else { return };
    put_line(
        frame,
        Rect::new(row.x + label_width, row.y, row.width.saturating_sub(label_width), 1),
        &Line::from(Span::styled(wording::week::bars(hourly, per_bar, hourly), styles.slider_fill)),
    );
}

fn render_tall(
    frame: &mut Frame,
    row: Rect,
    app: &App,
    input: Input,
    focused: bool,
    hits: &mut Hitmap,
) {
    let styles = &app.styles;
    let value = app.scenario().display(input);
    let label = label_spans(input, focused, styles);
    let used = label.iter().map(Span::width).sum::<usize>();
    let room = usize::from(row.width).saturating_sub(used + 1);
    let value = truncate(&value, room);
    let gap = usize::from(row.width).saturating_sub(used + value.width());
    let mut spans = label;
    spans.push(Span::raw(" ".repeat(gap)));
    spans.push(Span::styled(value, styles.slider_value));
    put_line(frame, row, &Line::from(spans));
    hits.push(row, Target::Label(input));
    if row.bottom() < frame.area().bottom() {
        let track = Rect::new(row.x + 2, row.y + 1, row.width.saturating_sub(3), 1);
        render_track(frame, track, app, input, hits);
    }
}

fn render_short(
    frame: &mut Frame,
    row: Rect,
    app: &App,
    input: Input,
    focused: bool,
    value_width: u16,
    hits: &mut Hitmap,
) {
    let styles = &app.styles;
    let label_width = LABEL_WIDTH.min(row.width);
    let label = Rect::new(row.x, row.y, label_width, 1);
    put_line(frame, label, &Line::from(label_spans(input, focused, styles)));
    hits.push(label, Target::Label(input));
    let rest = row.width.saturating_sub(label_width);
    let value_width = value_width.min(rest.saturating_sub(6));
    let track_width = rest.saturating_sub(value_width + 2);
    let track = Rect::new(label.right(), row.y, track_width, 1);
    render_track(frame, track, app, input, hits);
    let value_area = Rect::new(track.right() + 2, row.y, value_width, 1);
    let value = truncate(&app.scenario().display(input), usize::from(value_width));
    let value_area = Rect {
        x: value_area.right().saturating_sub(value.width() as u16).max(value_area.x),
        ..value_area
    };
    put_line(frame, value_area, &Line::from(Span::styled(value, styles.slider_value)));
    hits.push(value_area, Target::Label(input));
}

/// "▸ Runtime" with the focus marked by the arrow as well as by colour.
fn label_spans(input: Input, focused: bool, styles: &Styles) -> Vec<Span<'static>> {
    if focused {
        vec![
            Span::styled("▸ ", styles.slider_fill),
            Span::styled(input.label(), styles.slider_focused),
        ]
    } else {
        vec![Span::raw("  "), Span::styled(input.label(), styles.slider_label)]
    }
}

/// A track: filled up to a knob at the input's position; choices show a stop per option.
pub fn render_track(frame: &mut Frame, area: Rect, app: &App, input: Input, hits: &mut Hitmap) {
    if area.width < 2 {
        return;
    }
    let position = app.scenario().position(input, &app.book);
    let stops = if input.spec().is_some() { 0 } else { Scenario::choices(input, &app.book).len() };
    put_line(frame, area, &track_line(area.width, position, stops, &app.styles));
    hits.push(area, Target::Track(input));
}

/// The cells of a track `width` wide with its knob at `position` (0..=1).
fn track_line(width: u16, position: f64, stops: usize, styles: &Styles) -> Line<'static> {
    let width = usize::from(width);
    let position = if position.is_nan() { 0.0 } else { position.clamp(0.0, 1.0) };
    let knob = (position * (width - 1) as f64).round() as usize;
    let is_stop =
        |cell: usize| stops >= 2 && (0..stops).any(|stop| stop * (width - 1) / (stops - 1) == cell);
    let filled: String = (0..knob).map(|cell| if is_stop(cell) { '◆' } else { '━' }).collect();
    let empty: String =
        (knob + 1..width).map(|cell| if is_stop(cell) { '◇' } else { '─' }).collect();
    Line::from(vec![
        Span::styled(filled, styles.slider_fill),
        Span::styled("●", styles.slider_fill),
        Span::styled(empty, styles.slider_track),
    ])
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cells(line: &Line) -> String {
        line.spans.iter().map(|span| span.content.as_ref()).collect()
    }

    #[test]
    fn the_knob_sits_at_the_position_and_the_ends_are_reachable() {
        let styles = Styles::default();
        assert_eq!(cells(&track_line(5, 0.0, 0, &styles)), "●────");
        assert_eq!(cells(&track_line(5, 0.5, 0, &styles)), "━━●──");
        assert_eq!(cells(&track_line(5, 1.0, 0, &styles)), "━━━━●");
        assert_eq!(cells(&track_line(5, f64::NAN, 0, &styles)), "●────");
    }

    #[test]
    fn choices_show_a_stop_per_option() {
        let styles = Styles::default();
        assert_eq!(cells(&track_line(7, 1.0 / 3.0, 4, &styles)), "◆━●─◇─◇");
    }
}

//! The assumptions panel: every assumption with its value; each one is focused, stepped and typed
//! like a slider.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;
use unicode_width::UnicodeWidthStr;

use crate::engine::scenario::Input;

use super::super::app::App;
use super::super::mouse::{Hitmap, Target};
use super::{panel, put_line, scroll_to, truncate};

/// Draws the assumptions, scrolled so the focused one shows.
pub fn render(frame: &mut Frame, area: Rect, app: &App, hits: &mut Hitmap) {
    let styles = &app.styles;
    let focused_index = app
        .focused_input()
        .and_then(|input| Input::ASSUMPTIONS.iter().position(|candidate| *candidate == input));
    let block = panel(" Assumptions ", focused_index.is_some(), styles);
    let inner = block.inner(area);
    frame.render_widget(block, area);
    let height = usize::from(inner.height);
    let first = scroll_to(focused_index.unwrap_or(0), height, Input::ASSUMPTIONS.len());
    let label_width =
        Input::ASSUMPTIONS.iter().map(|input| input.label().width()).max().unwrap_or(0);
    for (row, input) in Input::ASSUMPTIONS.iter().skip(first).take(height).enumerate() {
        let area = Rect::new(inner.x, inner.y + row as u16, inner.width, 1);
        let focused = focused_index.is_some() && app.focused_input() == Some(*input);
        let width = usize::from(area.width);
        let label_room = label_width.min(width.saturating_sub(2));
        let label = truncate(input.label(), label_room);
        let value_room = width.saturating_sub(2 + label.width() + 1);
        let value = truncate(&app.scenario().display(*input), value_room);
        let gap = width.saturating_sub(2 + label.width() + value.width());
        let (marker, label_style) =
            if focused { ("▸ ", styles.slider_focused) } else { ("  ", styles.slider_label) };
        let line = Line::from(vec![
            Span::styled(marker, styles.slider_fill),
            Span::styled(label, label_style),
            Span::raw(" ".repeat(gap)),
            Span::styled(value, if focused { styles.slider_value } else { styles.base }),
        ]);
        put_line(frame, area, &line);
        hits.push(area, Target::Label(*input));
    }
    if first > 0 || first + height < Input::ASSUMPTIONS.len() {
        let more = format!(
            " {}-{} of {} ",
            first + 1,
            (first + height).min(Input::ASSUMPTIONS.len()),
            Input::ASSUMPTIONS.len()
        );
        let hint = Rect::new(
            area.right().saturating_sub(more.width() as u16 + 1),
            area.bottom().saturating_sub(1),
            more.width() as u16,
            1,
        );
        frame.render_widget(
            Paragraph::new(Span::styled(more, styles.muted)),
            hint.intersection(area),
        );
    }
}

//! The tab bar of the stacked layout: which panel fills the area under the sliders and verdict.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use unicode_width::UnicodeWidthStr;

use super::super::app::{App, Tab};
use super::super::mouse::{Hitmap, Target};

/// Draws "1 Cost curves  2 Fit  3 Why & costs  4 Assumptions" with the shown tab marked.
pub fn render(frame: &mut Frame, area: Rect, app: &App, hits: &mut Hitmap) {
    let styles = &app.styles;
    let mut spans = Vec::new();
    let mut x = area.x;
    for (index, tab) in Tab::ALL.into_iter().enumerate() {
        let active = app.tab == tab;
        let text = format!(" {} {} ", index + 1, app.tab_title(tab));
        let width = text.width() as u16;
        let style = if active { styles.selected.patch(styles.title) } else { styles.muted };
        let marker = if active { "▸" } else { " " };
        spans.push(Span::styled(marker, styles.slider_fill));
        spans.push(Span::styled(text, style));
        hits.push(Rect::new(x, area.y, width + 1, 1).intersection(area), Target::Tab(tab));
        x = x.saturating_add(width + 1);
    }
    super::put_line(frame, area, &Line::from(spans));
}

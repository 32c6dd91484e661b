//! The preset picker: the named scenarios, each with its description wrapped under the
//! description column, so the whole of it reads at any width.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use unicode_width::UnicodeWidthStr;

use super::super::app::App;
use super::super::mouse::{Hitmap, Target};
use super::{overlay, panel, put_line, truncate, wrap};

/// The picker's widest box.
const WIDTH: u16 = 110;

/// Draws the picker with `selected` highlighted.
pub fn render(frame: &mut Frame, screen: Rect, app: &App, selected: usize, hits: &mut Hitmap) {
    let styles = &app.styles;
    let presets = &app.presets;
    let width = WIDTH.min(screen.width);
    let inner_width = usize::from(width.saturating_sub(2));
    let name_width = presets.iter().map(|preset| preset.name.width()).max().unwrap_or(0);
    let name_width = name_width.min(inner_width / 2);
    let summary_room = inner_width.saturating_sub(name_width + 4).max(1);
    let wrapped: Vec<Vec<String>> =
        presets.iter().map(|preset| wrap(preset.description, summary_room)).collect();
    let rows: usize = wrapped.iter().map(|lines| lines.len().max(1)).sum();
    let area = overlay(frame, screen, width, u16::try_from(rows + 2).unwrap_or(u16::MAX));
    hits.set_modal(area);
    let block = panel(" Presets (Enter applies, Esc closes) ", true, styles).style(styles.overlay);
    let inner = block.inner(area);
    frame.render_widget(block, area);
    // The first preset shown: the selected one and as many before it as fit above.
    let height = usize::from(inner.height);
    let mut first = selected.min(presets.len().saturating_sub(1));
    let mut used = wrapped.get(first).map_or(1, |lines| lines.len().max(1));
    while first > 0 && used + wrapped[first - 1].len().max(1) <= height {
        first -= 1;
        used += wrapped[first].len().max(1);
    }
    let mut y = inner.y;
    for (index, preset) in presets.iter().enumerate().skip(first) {
        let lines = &wrapped[index];
        let taken = u16::try_from(lines.len().max(1)).unwrap_or(1);
        if y + taken > inner.bottom() && y > inner.y {
            break;
        }
        let is_selected = index == selected;
        for (offset, text) in lines.iter().enumerate() {
            let row = Rect::new(inner.x, y + offset as u16, inner.width, 1);
            let (mark, name) = if offset == 0 {
                (if is_selected { "▸ " } else { "  " }, truncate(preset.name, name_width))
            } else {
                ("  ", String::new())
            };
            let line = Line::from(vec![
                Span::styled(mark, styles.slider_fill),
                Span::styled(format!("{name:name_width$}"), styles.title),
                Span::raw("  "),
                Span::raw(text.clone()),
            ]);
            let line = if is_selected { line.patch_style(styles.selected) } else { line };
            put_line(frame, row, &line);
        }
        hits.push(Rect::new(inner.x, y, inner.width, taken), Target::Preset(index));
        y += taken;
    }
}

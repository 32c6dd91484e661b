//! The preset picker: the named scenarios, one line each.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use unicode_width::UnicodeWidthStr;

use super::super::app::App;
use super::super::mouse::{Hitmap, Target};
use super::{overlay, panel, put_line, scroll_to, truncate};

/// Draws the picker with `selected` highlighted.
pub fn render(frame: &mut Frame, screen: Rect, app: &App, selected: usize, hits: &mut Hitmap) {
    let styles = &app.styles;
    let presets = &app.presets;
    let area = overlay(frame, screen, 96, presets.len() as u16 + 2);
    hits.set_modal(area);
    let block = panel(" Presets (Enter applies, Esc closes) ", true, styles).style(styles.overlay);
    let inner = block.inner(area);
    frame.render_widget(block, area);
    let height = usize::from(inner.height);
    let first = scroll_to(selected, height, presets.len());
    let name_width = presets.iter().map(|preset| preset.name.width()).max().unwrap_or(0);
    let name_width = name_width.min(usize::from(inner.width) / 2);
    for (index, preset) in presets.iter().enumerate().skip(first).take(height) {
        let row = Rect::new(inner.x, inner.y + (index - first) as u16, inner.width, 1);
        let is_selected = index == selected;
        let summary_room = usize::from(row.width).saturating_sub(name_width + 4);
        let line = Line::from(vec![
            Span::styled(if is_selected { "▸ " } else { "  " }, styles.slider_fill),
            Span::styled(
                format!("{:name_width$}", truncate(preset.name, name_width)),
                styles.title,
            ),
            Span::raw("  "),
            Span::raw(truncate(preset.description, summary_room)),
        ]);
        let line = if is_selected { line.patch_style(styles.selected) } else { line };
        put_line(frame, row, &line);
        hits.push(row, Target::Preset(index));
    }
}

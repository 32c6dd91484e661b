//! The help overlay: every key and what the mouse does.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Wrap};

use super::super::app::App;
use super::super::mouse::Hitmap;
use super::{overlay, panel};

/// Every key, as (keys, what they do).
pub const KEYS: [(&str, &str); 18] = [
    ("↑ ↓  k j  Tab ⇧Tab", "move the focus: sliders, assumptions, fit rows"),
    ("← →  h l", "step the focused value"),
    ("⇧← ⇧→  H L  PgUp PgDn", "step it coarsely"),
    ("Home  End", "its minimum, its maximum"),
    ("Enter  =", "type an exact value with units (50/s, 1.5GB, 2s)"),
    ("p", "pick a preset"),
    ("e", "export a markdown snapshot (lvf-snapshot-….md, never overwrites)"),
    ("u", "undo"),
    ("Ctrl-R", "redo"),
    ("1 2 3 4", "chart, fit, why & costs, assumptions (small screens)"),
    ("v  V", "verdict map ↔ curves; map's y axis: runtime ↔ memory"),
    ("t  m  n N", "next theme; meeting mode; next/previous preset (slides)"),
    ("?", "this help"),
    ("Esc", "close what is open; quit when nothing is"),
    ("q  Ctrl-C", "quit"),
    ("click", "focus a slider, a fit row; pick a tab or a preset"),
    ("click, drag a track", "set the slider to that point"),
    ("wheel", "step the slider under it; over the chart, the rate"),
];

/// Draws the help over the screen.
pub fn render(frame: &mut Frame, screen: Rect, app: &App, hits: &mut Hitmap) {
    let styles = &app.styles;
    let area = overlay(frame, screen, 84, KEYS.len() as u16 + 4);
    hits.set_modal(area);
    let block = panel(" Keys (Esc closes) ", true, styles).style(styles.overlay);
    let inner = block.inner(area);
    frame.render_widget(block, area);
    let key_width = 22;
    let lines: Vec<Line> = KEYS
        .iter()
        .map(|(keys, what)| {
            Line::from(vec![
                Span::styled(format!("{keys:key_width$}"), styles.key_hint),
                Span::raw(" "),
                Span::raw(*what),
            ])
        })
        .collect();
    frame.render_widget(Paragraph::new(lines).wrap(Wrap { trim: false }), inner);
}

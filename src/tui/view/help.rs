//! The help overlay: every key the key table ([`super::super::keys`]) shows there, and what the
//! mouse does.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use super::super::app::App;
use super::super::keys::{BINDINGS, Help};
use super::super::mouse::Hitmap;
use super::{overlay, panel, truncate, wrap};

/// What the mouse does, after the keys.
const MOUSE: [(&str, &str); 3] = [
    ("click", "focus a slider, a fit row; pick a tab or a preset"),
    ("click, drag a track", "set the slider to that point"),
    ("wheel", "step the slider under it; over the chart, the rate"),
];

/// The help's rows, as (keys, what they do): every key the key table shows in the help (keys
/// marked to sit beside the row above join it, two spaces apart), then the mouse.
pub fn rows() -> Vec<(String, &'static str)> {
    let mut rows: Vec<(String, &'static str)> = Vec::new();
    for binding in BINDINGS {
        match (binding.help, rows.last_mut()) {
            (Help::Row(what), _) => rows.push((binding.help_keys(), what)),
            (Help::Beside, Some((keys, _))) => {
                keys.push_str("  ");
                keys.push_str(&binding.help_keys());
            }
            (Help::Beside, None) | (Help::Hidden, _) => {}
        }
    }
    rows.extend(MOUSE.iter().map(|(keys, what)| ((*keys).to_string(), *what)));
    rows
}

/// The keys' column, as wide as the widest keys.
const KEY_WIDTH: usize = 22;

/// Draws the help over the screen.
pub fn render(frame: &mut Frame, screen: Rect, app: &App, hits: &mut Hitmap) {
    let styles = &app.styles;
    let width = 84.min(screen.width);
    // Descriptions wrap under themselves, never under the keys.
    let what_width = usize::from(width.saturating_sub(2)).saturating_sub(KEY_WIDTH + 1).max(1);
    let rows = rows();
    let wrapped: Vec<Vec<String>> = rows.iter().map(|(_, what)| wrap(what, what_width)).collect();
    // When the wrapped help would run off a short screen, every key keeps its one row and the
    // descriptions are cut instead: a missing key is worse than a shortened sentence.
    let wrapped_rows: usize = wrapped.iter().map(Vec::len).sum();
    let one_row_each = wrapped_rows + 2 > usize::from(screen.height);
    let mut lines: Vec<Line> = Vec::new();
    for ((keys, what), wrapped) in rows.iter().zip(wrapped) {
        let texts = if one_row_each { vec![truncate(what, what_width)] } else { wrapped };
        for (row, text) in texts.into_iter().enumerate() {
            let keys = if row == 0 { keys.as_str() } else { "" };
            lines.push(Line::from(vec![
                Span::styled(format!("{keys:KEY_WIDTH$}"), styles.key_hint),
                Span::raw(" "),
                Span::raw(text),
            ]));
        }
    }
    let area = overlay(frame, screen, width, lines.len() as u16 + 2);
    hits.set_modal(area);
    let block = panel(" Keys (Esc closes) ", true, styles).style(styles.overlay);
    let inner = block.inner(area);
    frame.render_widget(block, area);
    frame.render_widget(Paragraph::new(lines), inner);
}

#[cfg(test)]
mod tests {
    use super::*;
    use unicode_width::UnicodeWidthStr;

    #[test]
    fn the_key_table_groups_the_keys_into_rows() {
        let keys: Vec<String> = rows().into_iter().map(|(keys, _)| keys).collect();
        assert_eq!(
            keys,
            [
                "↑ ↓  k j  Tab ⇧Tab",
                "← →  h l",
                "⇧← ⇧→  H L  PgUp PgDn",
                "Home  End",
                "Enter  =",
                "p  c  w",
                "e  s",
                "u",
                "Ctrl-R",
                "1 2 3 4",
                "v  V",
                "t  m  n N",
                "?",
                "Esc",
                "q  Ctrl-C",
                "click",
                "click, drag a track",
                "wheel",
            ]
        );
    }

    #[test]
    fn every_key_fits_on_one_row_of_the_full_overlay() {
        for (keys, what) in rows() {
            assert!(keys.width() <= KEY_WIDTH, "{keys}");
            assert!(what.width() < 84 - 2 - KEY_WIDTH, "{keys}: {what}");
        }
    }
}

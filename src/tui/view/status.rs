//! The status line: the last message (or the preset in use) and the main keys.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use unicode_width::UnicodeWidthStr;

use super::super::app::{App, StatusKind};
use super::{put_line, truncate};

/// The main keys in reading order, each with its rank: when not all fit, the lowest ranks stay.
const HINTS: [(&str, &str, u8); 12] = [
    ("←→", "step", 2),
    ("↑↓", "focus", 3),
    ("⏎", "type", 4),
    ("p", "presets", 5),
    ("e", "export", 6),
    ("u", "undo", 7),
    ("^R", "redo", 8),
    ("v", "map", 9),
    ("t", "theme", 10),
    ("m", "meeting", 11),
    ("?", "help", 0),
    ("q", "quit", 1),
];

/// Draws the status line.
pub fn render(frame: &mut Frame, area: Rect, app: &App) {
    let styles = &app.styles;
    let width = usize::from(area.width);
    let (message, style) = match (&app.status, app.preset_label()) {
        (Some(status), _) => (
            status.text.clone(),
            if status.kind == StatusKind::Error { styles.status_error } else { styles.status },
        ),
        (None, Some((name, changed))) => {
            (format!("preset {name}{}", if changed { " (changed)" } else { "" }), styles.status)
        }
        (None, None) => (String::new(), styles.status),
    };
    let message = truncate(&message, width);
    let mut used = message.width();
    let mut ranked = HINTS;
    ranked.sort_by_key(|hint| hint.2);
    let mut shown = Vec::new();
    for (key, what, rank) in ranked {
        let hint_width = key.width() + what.width() + 3;
        if used + hint_width > width {
            break;
        }
        used += hint_width;
        shown.push(rank);
    }
    let hints = HINTS.iter().filter(|hint| shown.contains(&hint.2)).map(|hint| (hint.0, hint.1));
    let mut spans = vec![Span::styled(message, style)];
    let hint_spans: Vec<Span> = hints
        .flat_map(|(key, what)| {
            [
                Span::raw("  "),
                Span::styled(key, styles.key_hint),
                Span::styled(format!(" {what}"), styles.status),
            ]
        })
        .collect();
    let gap = width.saturating_sub(used);
    spans.push(Span::raw(" ".repeat(gap)));
    spans.extend(hint_spans);
    put_line(frame, area, &Line::from(spans));
}

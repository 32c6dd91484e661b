//! The status line: the last message (or the preset in use) and the main keys, as many as fit,
//! from the key table's status hints ([`super::super::keys`]).

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use unicode_width::UnicodeWidthStr;

use crate::wording::compare::pinned_mark;

use super::super::app::{App, StatusKind};
use super::super::keys::{BINDINGS, Hint};
use super::{put_line, truncate};

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
        // A scenario file's or a deck slide's title, marked once it differs from what was saved.
        (None, None) => match app.session.about.heading() {
            Some(heading) => (
                format!("{heading}{}", if app.unsaved() { " (unsaved)" } else { "" }),
                styles.status,
            ),
            None => (String::new(), styles.status),
        },
    };
    // While a baseline is pinned the line says so first, whatever the last message was.
    let message = match app.baseline() {
        Some(baseline) => pinned_mark(&baseline.name, &message),
        None => message,
    };
    let message = truncate(&message, width);
    let mut used = message.width();
    let hints: Vec<(String, Hint)> = BINDINGS
        .iter()
        .filter_map(|binding| Some((binding.hint_keys(), binding.status?)))
        .collect();
    let mut ranked: Vec<&(String, Hint)> = hints.iter().collect();
    ranked.sort_by_key(|(_, hint)| hint.rank);
    let mut shown = Vec::new();
    for (key, hint) in ranked {
        let hint_width = key.width() + hint.what.width() + 3;
        if used + hint_width > width {
            break;
        }
        used += hint_width;
        shown.push((key, hint));
    }
    // When hints were left out, the key that lists them all says so ("? more").
    let cut = shown.len() < hints.len();
    shown.sort_by_key(|(_, hint)| (hint.last, hint.rank));
    let mut spans = vec![Span::styled(message, style)];
    let hint_spans: Vec<Span> = shown
        .into_iter()
        .flat_map(|(key, hint)| {
            [
                Span::raw("  "),
                Span::styled(key.as_str(), styles.key_hint),
                Span::styled(
                    format!(
                        " {}",
                        if cut { hint.when_cut.unwrap_or(hint.what) } else { hint.what }
                    ),
                    styles.status,
                ),
            ]
        })
        .collect();
    let gap = width.saturating_sub(used);
    spans.push(Span::raw(" ".repeat(gap)));
    spans.extend(hint_spans);
    put_line(frame, area, &Line::from(spans));
}

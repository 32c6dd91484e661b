//! The save prompt (`s`): the scenario file's name, suggested and editable; where it will be
//! written; a refusal or "exists: Enter again replaces it" under it.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Wrap};

use super::super::app::{App, Prompt};
use super::super::mouse::Hitmap;
use super::{overlay, panel};

/// The prompt's width, when the screen has it.
const WIDTH: u16 = 64;

/// Draws the prompt over the screen.
pub fn render(frame: &mut Frame, screen: Rect, app: &App, prompt: &Prompt, hits: &mut Hitmap) {
    let styles = &app.styles;
    let mut lines = vec![
        Line::from(vec![
            Span::styled("> ", styles.key_hint),
            // An untouched suggestion is muted: typing replaces it.
            if prompt.suggested {
                Span::styled(prompt.text.clone(), styles.muted)
            } else {
                Span::raw(prompt.text.clone())
            },
            Span::styled("█", styles.slider_fill),
            Span::styled(".toml", styles.muted),
        ]),
        Line::from(Span::styled(
            format!(
                "into {} · typing replaces the suggestion · never over another file unasked",
                app.export.dir.display()
            ),
            styles.muted,
        )),
    ];
    if let Some(error) = &prompt.error {
        lines.push(Line::from(Span::styled(format!("✗ {error}"), styles.status_error)));
    }
    let width = WIDTH.min(screen.width);
    let inner_width = usize::from(width.saturating_sub(2).max(1));
    let rows: usize = lines.iter().map(|line| line.width().div_ceil(inner_width).max(1)).sum();
    let area = overlay(frame, screen, width, rows as u16 + 2);
    hits.set_modal(area);
    let block =
        panel(" Save scenario as (Enter saves, Esc cancels) ", true, styles).style(styles.overlay);
    let inner = block.inner(area);
    frame.render_widget(block, area);
    frame.render_widget(Paragraph::new(lines).wrap(Wrap { trim: false }), inner);
}

//! The value editor: type an exact value with units; a bad value shows its error here and
//! changes nothing.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Wrap};

use crate::engine::scenario::{Input, Scenario};

use super::super::app::{App, Editor};
use super::super::mouse::Hitmap;
use super::{overlay, panel};

/// Draws the editor for `editor.input`.
pub fn render(frame: &mut Frame, screen: Rect, app: &App, editor: &Editor, hits: &mut Hitmap) {
    let styles = &app.styles;
    let mut lines = vec![
        Line::from(vec![
            Span::styled("now ", styles.muted),
            Span::styled(app.scenario().display(editor.input), styles.slider_value),
        ]),
        Line::from(vec![
            Span::styled("> ", styles.key_hint),
            Span::raw(editor.text.clone()),
            Span::styled("█", styles.slider_fill),
        ]),
        Line::from(Span::styled(accepted(editor.input, app), styles.muted)),
        // What the input means and where its default comes from, from the input table.
        Line::from(Span::styled(editor.input.def().help, styles.muted)),
    ];
    if let Some(error) = &editor.error {
        lines.push(Line::from(Span::styled(format!("✗ {error}"), styles.status_error)));
    }
    let width = WIDTH.min(screen.width);
    let inner_width = usize::from(width.saturating_sub(2).max(1));
    // Wrapped rows, with one spare for words that wrap early.
    let rows: usize = lines.iter().map(|line| line.width().div_ceil(inner_width).max(1)).sum();
    let area = overlay(frame, screen, width, rows as u16 + 3);
    hits.set_modal(area);
    let title = format!(" Set {} (Enter applies, Esc cancels) ", editor.input.label());
    let block = panel(title, true, styles).style(styles.overlay);
    let inner = block.inner(area);
    frame.render_widget(block, area);
    frame.render_widget(Paragraph::new(lines).wrap(Wrap { trim: false }), inner);
}

/// The editor's width, when the screen has it.
const WIDTH: u16 = 64;

/// What the input accepts: examples and range, or the options.
fn accepted(input: Input, app: &App) -> String {
    let Some(spec) = input.spec() else {
        return format!("one of: {}", Scenario::choices(input, &app.book).join(", "));
    };
    let examples = input.def().examples;
    format!("e.g. {examples} · {} .. {}", spec.format_short(spec.min), spec.format_short(spec.max))
}

//! The value editor: type an exact value with units; a bad value shows its error here and
//! changes nothing.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Wrap};

use crate::engine::report::Platform;
use crate::engine::scenario::{Input, Scenario, TaskSize, TaskSizeChoice};
use crate::wording;

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
    ];
    if editor.input == Input::TaskSize {
        lines.extend(ladder(app));
    } else {
        lines.push(Line::from(Span::styled(accepted(editor.input, app), styles.muted)));
    }
    // What the input means, why it matters and where its default comes from (the input table).
    lines.push(Line::from(Span::styled(editor.input.def().help, styles.muted)));
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

/// The task sizes AWS offers as a small table around the size set (or the one auto picks),
/// rather than every size in a row.
fn ladder(app: &App) -> Vec<Line<'static>> {
    let styles = &app.styles;
    let fargate = &app.report().platforms[Platform::Fargate];
    let picked =
        fargate.service().and_then(|service| service.task).or(fargate.jobs().map(|jobs| jobs.task));
    let (size, auto) = match app.scenario().task_size {
        TaskSizeChoice::Fixed(size) => (size, false),
        TaskSizeChoice::Auto => (picked.unwrap_or(TaskSize { vcpu: 0.25, memory_gb: 0.5 }), true),
    };
    let (heading, rows) = wording::ladder::ladder(&app.book.fargate_task_sizes.sizes, size, auto);
    let mut lines = vec![Line::from(Span::styled(heading, styles.muted))];
    lines.extend(rows.into_iter().map(|row| {
        let (mark, style) =
            if row.current { ("▸ ", styles.slider_value) } else { ("  ", styles.muted) };
        Line::from(Span::styled(format!("{mark}{}", row.text), style))
    }));
    lines
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

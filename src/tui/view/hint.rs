//! The focus hint: across the screen above the status line, what the focused input means, why
//! it matters and where its default comes from (its help line in the input table); for a fit
//! row, the row's reason. In the stacked layout it is one line, cut with "…" (the editor, `⏎`,
//! shows it whole).

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Wrap};

use crate::wording::{feature, fit_note};

use super::super::app::{App, Focus};
use super::{panel, put_line, truncate};

/// From this many rows the hint is a panel of its own.
const PANEL_ROWS: u16 = 5;

/// Draws the hint for the focused input or fit row.
pub fn render(frame: &mut Frame, area: Rect, app: &App) {
    let styles = &app.styles;
    let (label, text) = match app.focus {
        Focus::Input(input) => (input.label().to_string(), input.def().help.to_string()),
        Focus::Fit(row) => match app.report().fit.get(row) {
            Some(row) => (feature(row.feature).to_string(), fit_note(&row.note)),
            None => return,
        },
    };
    // In a tall layout's left column, a panel named after the input.
    if area.height >= PANEL_ROWS {
        let block = panel(format!(" {label} "), false, styles);
        let inner = block.inner(area);
        frame.render_widget(block, area);
        let text = Paragraph::new(Span::styled(text, styles.muted)).wrap(Wrap { trim: true });
        frame.render_widget(text, inner);
        return;
    }
    let label = format!("{label}: ");
    if area.height <= 1 {
        let rest = truncate(&text, usize::from(area.width).saturating_sub(label.len()));
        let line = Line::from(vec![
            Span::styled(label, styles.key_hint),
            Span::styled(rest, styles.muted),
        ]);
        put_line(frame, area, &line);
        return;
    }
    let line =
        Line::from(vec![Span::styled(label, styles.key_hint), Span::styled(text, styles.muted)]);
    frame.render_widget(Paragraph::new(line).wrap(Wrap { trim: true }), area);
}

//! Below the minimum size: one line that says so, never a panic.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::widgets::Paragraph;

use super::super::app::App;
use super::super::layout::{MIN_HEIGHT, MIN_WIDTH};
use super::truncate;

/// Draws "terminal too small (need 60×20)" on the first line, cut to the width.
pub fn render(frame: &mut Frame, screen: Rect, app: &App) {
    if screen.height == 0 {
        return;
    }
    let text = format!("terminal too small (need {MIN_WIDTH}×{MIN_HEIGHT})");
    let line = Rect { height: 1, ..screen };
    let text = truncate(&text, usize::from(screen.width));
    frame.render_widget(Paragraph::new(text).style(app.styles.status_error), line);
}

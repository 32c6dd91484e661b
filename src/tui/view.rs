//! Drawing: one frame from `&App`, one file per panel under `view/`. Drawing never changes the
//! app; it returns the [`Hitmap`] the mouse reads until the next frame.

mod assumptions;
mod chart;
mod compare;
mod costs;
mod editor;
mod fit;
pub mod help;
mod hint;
mod map;
mod meeting;
mod picker;
mod prompt;
mod sliders;
mod status;
mod tabs;
mod too_small;
mod tornado;
mod verdict;

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::Line;
use ratatui::widgets::{Block, BorderType, Clear};
use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};

use super::app::{App, ChartView, Mode, Screen, Tab};
use super::layout::{Size, areas};
use super::mouse::Hitmap;
use super::style::Styles;

/// Draws the whole screen and returns where things went.
pub fn render(frame: &mut Frame, app: &App) -> Hitmap {
    let screen = frame.area();
    let mut hits = Hitmap::default();
    // Painting the whole screen costs a tenth of a frame; only a theme with a background needs it.
    if app.styles.base_paints() {
        frame.render_widget(Block::new().style(app.styles.base), screen);
    }
    let size = Size::of(screen);
    if size == Size::TooSmall {
        too_small::render(frame, screen, app);
        return hits;
    }
    match app.screen {
        Screen::Explorer => render_explorer(frame, screen, size, app, &mut hits),
        Screen::Meeting => meeting::render(frame, screen, app, &mut hits),
    }
    match &app.mode {
        Mode::Normal => {}
        Mode::Help => help::render(frame, screen, app, &mut hits),
        Mode::Picker { selected } => picker::render(frame, screen, app, *selected, &mut hits),
        Mode::Editor(editor) => editor::render(frame, screen, app, editor, &mut hits),
        Mode::Save(prompt) => prompt::render(frame, screen, app, prompt, &mut hits),
    }
    hits
}

/// Every panel the layout for this size has room for, and the status line.
fn render_explorer(frame: &mut Frame, screen: Rect, size: Size, app: &App, hits: &mut Hitmap) {
    let areas = areas(size, screen);
    let tall = size != Size::Stacked;
    sliders::render(frame, areas.sliders, app, hits, tall);
    verdict::render(frame, areas.verdict, app, !tall);
    if let Some(area) = areas.assumptions {
        assumptions::render(frame, area, app, hits);
    }
    if let Some(area) = areas.chart {
        render_chart(frame, area, app, hits);
    }
    if let Some(area) = areas.fit {
        fit::render(frame, area, app, hits);
    }
    if let Some(area) = areas.costs {
        costs::render(frame, area, app);
    }
    if let Some(area) = areas.notes {
        costs::render_notes(frame, area, app);
    }
    if let (Some(bar), Some(body)) = (areas.tab_bar, areas.tab_body) {
        tabs::render(frame, bar, app, hits);
        match app.tab {
            Tab::Chart => render_chart(frame, body, app, hits),
            Tab::Fit => fit::render(frame, body, app, hits),
            Tab::Details => verdict::render_details(frame, body, app),
            Tab::Assumptions => assumptions::render(frame, body, app, hits),
        }
    }
    hint::render(frame, areas.hint, app);
    status::render(frame, areas.status, app);
}

/// The chart panel: the cost curves, or the verdict map (`v`).
fn render_chart(frame: &mut Frame, area: Rect, app: &App, hits: &mut Hitmap) {
    match app.chart_view() {
        ChartView::Curves => chart::render(frame, area, app, hits),
        ChartView::Map(_) => map::render(frame, area, app, hits),
        ChartView::Tornado(table) => tornado::render(frame, area, table, app),
    }
}

/// A bordered panel; the focused one has a bold border in its own colour.
fn panel<'a>(title: impl Into<Line<'a>>, focused: bool, styles: &Styles) -> Block<'a> {
    let block = Block::bordered().title(title).title_style(styles.title);
    if focused {
        block.border_type(BorderType::Thick).border_style(styles.border_focused)
    } else {
        block.border_style(styles.border)
    }
}

/// Draws one line at the top of `area`, cut to its width (cheaper than a one-line paragraph).
fn put_line(frame: &mut Frame, area: Rect, line: &Line) {
    let area = area.intersection(frame.area());
    if area.width > 0 && area.height > 0 {
        frame.buffer_mut().set_line(area.x, area.y, line, area.width);
    }
}

/// An overlay box centred on the screen, cleared underneath.
fn overlay(frame: &mut Frame, screen: Rect, width: u16, height: u16) -> Rect {
    let width = width.min(screen.width);
    let height = height.min(screen.height);
    let area = Rect::new(
        screen.x + (screen.width - width) / 2,
        screen.y + (screen.height - height) / 2,
        width,
        height,
    );
    frame.render_widget(Clear, area);
    area
}

/// Cuts text to a display width, ending with "…" when it had to cut.
fn truncate(text: &str, width: usize) -> String {
    if text.width() <= width {
        return text.to_string();
    }
    if width == 0 {
        return String::new();
    }
    let mut out = String::new();
    let mut used = 0;
    for ch in text.chars() {
        let w = ch.width().unwrap_or(0);
        if used + w + 1 > width {
            break;
        }
        out.push(ch);
        used += w;
    }
    out.push('…');
    out
}

/// `text` in rows of at most `width` columns, broken between words; always at least one row
/// (a word longer than a row gets a row of its own, cut to fit).
fn wrap(text: &str, width: usize) -> Vec<String> {
    let mut rows = vec![String::new()];
    for word in text.split_whitespace() {
        let word = truncate(word, width);
        let row = rows.last_mut().expect("at least one row");
        if row.is_empty() {
            row.push_str(&word);
        } else if row.width() + 1 + word.width() <= width {
            row.push(' ');
            row.push_str(&word);
        } else {
            rows.push(word);
        }
    }
    rows
}

/// The first row to show so that `selected` is visible in `height` rows of `len`.
fn scroll_to(selected: usize, height: usize, len: usize) -> usize {
    if height == 0 || len <= height {
        return 0;
    }
    selected.saturating_sub(height / 2).min(len - height)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wrap_breaks_between_words_within_the_width() {
        assert_eq!(wrap("step it coarsely", 40), ["step it coarsely"]);
        assert_eq!(
            wrap("move the focus: sliders, assumptions", 16),
            ["move the focus:", "sliders,", "assumptions"]
        );
        assert_eq!(wrap("verdict map ↔ curves", 13), ["verdict map ↔", "curves"]);
    }

    #[test]
    fn truncate_counts_display_width_and_marks_the_cut() {
        assert_eq!(truncate("Runtime", 10), "Runtime");
        assert_eq!(truncate("Runtime", 5), "Runt…");
        assert_eq!(truncate("50/s · 131M/month", 6), "50/s …");
        assert_eq!(truncate("anything", 0), "");
        assert_eq!(truncate("ab", 1), "…");
    }

    #[test]
    fn scroll_keeps_the_selection_in_view() {
        assert_eq!(scroll_to(0, 5, 3), 0);
        assert_eq!(scroll_to(0, 5, 20), 0);
        assert_eq!(scroll_to(10, 5, 20), 8);
        assert_eq!(scroll_to(19, 5, 20), 15);
        assert_eq!(scroll_to(3, 0, 20), 0);
    }
}

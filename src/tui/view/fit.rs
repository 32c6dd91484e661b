//! The fit matrix: how each platform fits each feature, with marks that read without colour
//! (✓ good, ~ caution, ! poor, ✗ blocked), and the selected row's reason in full.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::{Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Wrap};
use unicode_width::UnicodeWidthStr;

use crate::engine::report::{FitRow, Mark, PerPlatform, Platform};
use crate::wording::{feature, fit_note, mark_word, platform_name};

use super::super::app::App;
use super::super::mouse::{Hitmap, Target};
use super::super::style::Styles;
use super::{panel, put_line, scroll_to, truncate, wrap};

/// The mark's symbol, readable without colour.
pub fn symbol(mark: Mark) -> &'static str {
    match mark {
        Mark::Good => "✓",
        Mark::Caution => "~",
        Mark::Poor => "!",
        Mark::Blocked => "✗",
    }
}

/// The mark's colour role.
pub fn mark_style(mark: Mark, styles: &Styles) -> Style {
    match mark {
        Mark::Good => styles.fit_good,
        Mark::Caution => styles.fit_caution,
        Mark::Poor => styles.fit_poor,
        Mark::Blocked => styles.fit_blocked,
    }
}

/// Each platform's letter before its mark in the reason line.
const LETTERS: PerPlatform<&str> = PerPlatform::new("λ", "F");

/// Width of a mark column with its word ("✗ blocked").
const MARK_WIDE: usize = 9;
/// Width of a mark column headed by the platform's whole name.
const MARK_NAMED: usize = 7;

/// Draws the matrix and the reason of the selected row (or of the worst row when none is).
pub fn render(frame: &mut Frame, area: Rect, app: &App, hits: &mut Hitmap) {
    let styles = &app.styles;
    let rows = &app.report().fit;
    let selected = app.fit_selected();
    let title =
        if area.width >= 48 { " Fit  ✓ good  ~ caution  ! poor  ✗ blocked " } else { " Fit " };
    let block = panel(title, selected.is_some(), styles);
    let inner = block.inner(area);
    frame.render_widget(block, area);
    if inner.height == 0 || rows.is_empty() {
        return;
    }
    let shown = selected.or_else(|| worst_row(rows));
    let reason = shown.and_then(|index| rows.get(index)).map(|row| reason_line(row, styles));
    let reason_height = reason.as_ref().map_or(0, |line| {
        let width = usize::from(inner.width.max(1));
        (line.width().div_ceil(width) as u16).clamp(1, 4)
    });
    let reason_height = reason_height.min(inner.height.saturating_sub(3));
    let [table, reason_area] =
        Layout::vertical([Constraint::Fill(1), Constraint::Length(reason_height)]).areas(inner);
    render_table(frame, table, app, selected, hits);
    if let Some(line) = reason {
        frame.render_widget(Paragraph::new(line).wrap(Wrap { trim: true }), reason_area);
    }
}

fn render_table(
    frame: &mut Frame,
    area: Rect,
    app: &App,
    selected: Option<usize>,
    hits: &mut Hitmap,
) {
    let styles = &app.styles;
    let rows = &app.report().fit;
    let width = usize::from(area.width);
    let feature_width = rows.iter().map(|row| feature(row.feature).width()).max().unwrap_or(0);
    let fits = |mark_width: usize| feature_width + 2 + 2 * (mark_width + 1) <= width;
    let wide = fits(MARK_WIDE);
    let mark_width = if wide {
        MARK_WIDE
    } else if fits(MARK_NAMED) {
        MARK_NAMED
    } else {
        1
    };
    let feature_room = width.saturating_sub(2 + 2 * (mark_width + 1));
    let feature_width = feature_width.min(feature_room);
    let note_room = width.saturating_sub(2 + feature_width + 2 * (mark_width + 1) + 2);
    let show_notes = note_room >= 20;
    if area.height == 0 {
        return;
    }
    let mut header = vec![Span::styled(format!("  {:feature_width$}", "Feature"), styles.muted)];
    for platform in Platform::ALL {
        let name = pad(platform_name(platform), mark_width);
        header.push(Span::styled(format!(" {name:mark_width$}"), styles.platform(platform)));
    }
    header.push(Span::styled(if show_notes { "  Why" } else { "" }, styles.muted));
    let header = Line::from(header);
    put_line(frame, area, &header);
    let body_height = usize::from(area.height - 1);
    // With rows to spare, each reason wraps under itself instead of being cut.
    let notes: Vec<Vec<String>> = rows
        .iter()
        .map(|row| if show_notes { wrap(&fit_note(&row.note), note_room) } else { Vec::new() })
        .collect();
    let wrap =
        show_notes && notes.iter().map(|lines| lines.len().max(1)).sum::<usize>() <= body_height;
    let first = if wrap { 0 } else { scroll_to(selected.unwrap_or(0), body_height, rows.len()) };
    let note_x = area.x + (2 + feature_width + 2 * (mark_width + 1) + 2) as u16;
    let mut y = area.y + 1;
    for (offset, row) in rows.iter().enumerate().skip(first).take(body_height) {
        if y >= area.bottom() {
            break;
        }
        let extra = if wrap { notes[offset].len().saturating_sub(1) as u16 } else { 0 };
        let line_area = Rect::new(area.x, y, area.width, 1);
        let is_selected = selected == Some(offset);
        let cell = |platform: Platform, mark: Mark| {
            let text = if wide {
                format!("{} {}", symbol(mark), mark_word(mark))
            } else {
                symbol(mark).to_string()
            };
            let style = mark_style(mark, styles);
            // A mark that differs from the pinned baseline's is underlined (the verdict panel
            // says what it was).
            let changed = app.baseline().is_some_and(|baseline| {
                baseline
                    .comparison
                    .fit
                    .iter()
                    .any(|change| change.feature == row.feature && change.platform == platform)
            });
            let style = if changed { style.add_modifier(Modifier::UNDERLINED) } else { style };
            Span::styled(format!(" {text:mark_width$}"), style)
        };
        let mut spans = vec![
            Span::styled(if is_selected { "▸ " } else { "  " }, styles.slider_fill),
            Span::raw(format!("{:feature_width$}", truncate(feature(row.feature), feature_width))),
        ];
        spans.extend(row.marks.iter().map(|(platform, &mark)| cell(platform, mark)));
        if show_notes {
            let note = if wrap {
                notes[offset].first().cloned().unwrap_or_default()
            } else {
                truncate(&fit_note(&row.note), note_room)
            };
            spans.push(Span::styled(format!("  {note}"), styles.muted));
        }
        let line = Line::from(spans);
        let line = if is_selected { line.patch_style(styles.selected) } else { line };
        put_line(frame, line_area, &line);
        for (index, more) in notes[offset].iter().skip(1).enumerate().take(usize::from(extra)) {
            let more_area = Rect::new(note_x, y + 1 + index as u16, note_room as u16, 1);
            put_line(frame, more_area, &Line::from(Span::styled(more.clone(), styles.muted)));
        }
        hits.push(Rect { height: 1 + extra, ..line_area }, Target::FitRow(offset));
        y += 1 + extra;
    }
}

/// The header of a mark column: the platform's name if it fits.
fn pad(name: &str, width: usize) -> String {
    if name.width() <= width { name.to_string() } else { name.chars().take(1).collect() }
}

/// The row with the most severe mark on either side (the first of equals).
fn worst_row(rows: &[FitRow]) -> Option<usize> {
    let severity = |row: &FitRow| row.marks.values().copied().max().unwrap_or(Mark::Good);
    let worst = rows.iter().map(severity).max()?;
    if worst == Mark::Good {
        return None;
    }
    rows.iter().position(|row| severity(row) == worst)
}

fn reason_line(row: &FitRow, styles: &Styles) -> Line<'static> {
    let mut spans = vec![Span::styled(format!("{}: ", feature(row.feature)), styles.title)];
    for (platform, &mark) in row.marks.iter() {
        spans.push(Span::styled(
            format!("{} {} ", LETTERS[platform], symbol(mark)),
            mark_style(mark, styles),
        ));
    }
    spans.push(Span::raw(fit_note(&row.note)));
    Line::from(spans)
}

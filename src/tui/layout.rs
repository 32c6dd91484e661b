//! Which layout a terminal size gets, and where each panel goes in it. Pure geometry, with
//! saturating maths so no size panics.

use crate::engine::scenario::Input;
use ratatui::layout::{Constraint, Layout, Rect};

/// The smallest terminal the explorer draws in; below it one line says so.
pub const MIN_WIDTH: u16 = 60;
pub const MIN_HEIGHT: u16 = 20;
/// From this size up every panel shows at once.
pub const FULL_WIDTH: u16 = 160;
pub const FULL_HEIGHT: u16 = 45;
/// From this size up the sliders, assumptions, chart, matrix and verdict share the screen.
pub const COMPACT_WIDTH: u16 = 100;
pub const COMPACT_HEIGHT: u16 = 30;

/// The layouts, largest first.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Size {
    Full,
    Compact,
    /// Sliders and verdict on top, the other panels as tabs below.
    Stacked,
    TooSmall,
}

impl Size {
    /// The layout for a terminal area.
    pub fn of(area: Rect) -> Size {
        let fits = |width, height| area.width >= width && area.height >= height;
        if fits(FULL_WIDTH, FULL_HEIGHT) {
            Size::Full
        } else if fits(COMPACT_WIDTH, COMPACT_HEIGHT) {
            Size::Compact
        } else if fits(MIN_WIDTH, MIN_HEIGHT) {
            Size::Stacked
        } else {
            Size::TooSmall
        }
    }
}

/// Where each panel goes; panels a layout leaves out are `None`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Areas {
    pub sliders: Rect,
    pub verdict: Rect,
    pub status: Rect,
    /// The focused input's help line, across the screen above the status line.
    pub hint: Rect,
    pub assumptions: Option<Rect>,
    pub chart: Option<Rect>,
    pub fit: Option<Rect>,
    pub costs: Option<Rect>,
    pub notes: Option<Rect>,
    /// The tab bar and the area under it (stacked layout).
    pub tab_bar: Option<Rect>,
    pub tab_body: Option<Rect>,
}

/// Height of the sliders panel with two lines per slider (label, track), the traffic week and
/// its border.
pub const SLIDERS_TALL: u16 = 2 * Input::PRIMARY.len() as u16 + 3;
/// Height with one line per slider (no room for the week).
pub const SLIDERS_SHORT: u16 = Input::PRIMARY.len() as u16 + 2;
/// Height of the assumptions panel showing every assumption and its border.
pub const ASSUMPTIONS_TALL: u16 = Input::ASSUMPTIONS.len() as u16 + 2;
/// From this height the compact layout is tall (a 4:3 terminal such as 100×75): every
/// assumption, the fit matrix beside them, the notes, and a cost panel as wide as its labels.
pub const TALL_HEIGHT: u16 = 60;
/// From this height the stacked layout has a row for the focus hint.
const STACKED_HINT_HEIGHT: u16 = 24;
/// The most rows the focus hint takes.
const HINT_ROWS: u16 = 3;
/// Height of the fit panel showing every row, its header, the focused row's note and its border.
const FIT_TALL: u16 = 22;
/// Height of the cost panel showing both bills one above the other, and of the notes panel.
const COSTS_TALL: u16 = 18;
const NOTES_TALL: u16 = 10;
/// The fewest rows the notes get beside every assumption.
const NOTES_MIN: u16 = 6;
/// The fewest rows the fit matrix gets under the assumptions on a tall screen.
const FIT_MIN: u16 = 12;
/// From this width the fit panel has a column for each row's reason.
const FIT_REASONS_WIDTH: u16 = 70;
/// Rows of the focus hint in a tall layout's left column: the longest help line and its label.
const HINT_TALL: u16 = 10;

/// Rows the focus hint needs at `width` for the longest help line (with its label), at most
/// [`HINT_ROWS`]; one row in the stacked layout, which has few to spare, and none below
/// [`STACKED_HINT_HEIGHT`] rows, where the chart needs them all (the editor shows the help).
fn hint_rows(size: Size, width: u16, height: u16) -> u16 {
    if size == Size::Stacked {
        return u16::from(height >= STACKED_HINT_HEIGHT);
    }
    let longest = crate::engine::scenario::INPUTS
        .iter()
        .map(|def| def.help.len() + def.label.len() + 2)
        .max();
    // A tenth more for words that wrap early.
    let needed = longest.unwrap_or(0) * 11 / 10;
    let rows = needed.div_ceil(usize::from(width.max(1)));
    u16::try_from(rows).unwrap_or(HINT_ROWS).clamp(1, HINT_ROWS)
}

/// Splits the screen for a layout (`TooSmall` gets only the status line's area).
pub fn areas(size: Size, area: Rect) -> Areas {
    if size == Size::TooSmall {
        let [_, status] =
            Layout::vertical([Constraint::Fill(1), Constraint::Length(1)]).areas(area);
        return Areas { status, ..Areas::default() };
    }
    let is_tall = size == Size::Compact && area.height >= TALL_HEIGHT;
    // A tall screen has the hint in its left column; the others across the screen.
    let hint_rows = if is_tall { 0 } else { hint_rows(size, area.width, area.height) };
    let [main, hint, status] = Layout::vertical([
        Constraint::Fill(1),
        Constraint::Length(hint_rows),
        Constraint::Length(1),
    ])
    .areas(area);
    let areas = match size {
        Size::Full => full(main),
        Size::Compact if is_tall => tall(main),
        Size::Compact => compact(main),
        Size::Stacked | Size::TooSmall => stacked(main),
    };
    Areas { hint: if is_tall { areas.hint } else { hint }, status, ..areas }
}

fn full(main: Rect) -> Areas {
    let right_width = (main.width.saturating_sub(42) * 2 / 5).max(54);
    let [left, centre, right] = Layout::horizontal([
        Constraint::Length(42),
        Constraint::Fill(1),
        Constraint::Length(right_width),
    ])
    .areas(main);
    // Every assumption shows where the column has the rows (the panel scrolls where it has
    // not); the notes take the rows left under them, a few at least.
    let [sliders, assumptions, notes] = Layout::vertical([
        Constraint::Length(SLIDERS_TALL),
        Constraint::Max(ASSUMPTIONS_TALL),
        Constraint::Min(NOTES_MIN),
    ])
    .areas(left);
    let [chart, costs] =
        Layout::vertical([Constraint::Fill(1), Constraint::Length(COSTS_TALL)]).areas(centre);
    // With a column for each row's reason the matrix grows to show them whole; without, it
    // takes its rows and the verdict the rest.
    let fit_height = if right_width >= FIT_REASONS_WIDTH {
        Constraint::Fill(2)
    } else {
        Constraint::Length(FIT_TALL)
    };
    let [verdict, fit] = Layout::vertical([Constraint::Fill(1), fit_height]).areas(right);
    Areas {
        sliders,
        verdict,
        assumptions: Some(assumptions),
        chart: Some(chart),
        fit: Some(fit),
        costs: Some(costs),
        notes: Some(notes),
        ..Areas::default()
    }
}

fn compact(main: Rect) -> Areas {
    let [left, right] =
        Layout::horizontal([Constraint::Length(38), Constraint::Fill(1)]).areas(main);
    let [sliders, assumptions] =
        Layout::vertical([Constraint::Length(SLIDERS_TALL), Constraint::Fill(1)]).areas(left);
    // The chart keeps at least a third of the screen's height (the status line and hint count).
    let third = (main.height + 4).div_ceil(3);
    let verdict_height = (main.height / 4).clamp(6, 10);
    let [verdict, chart, bottom] = Layout::vertical([
        Constraint::Length(verdict_height),
        Constraint::Min(third),
        Constraint::Percentage(40),
    ])
    .areas(right);
    let [fit, costs] = Layout::horizontal([Constraint::Fill(1), Constraint::Fill(1)]).areas(bottom);
    Areas {
        sliders,
        verdict,
        assumptions: Some(assumptions),
        chart: Some(chart),
        fit: Some(fit),
        costs: Some(costs),
        ..Areas::default()
    }
}

/// The compact layout on a tall screen: every assumption with the fit matrix and the focus hint
/// under them on the left; on the right the verdict with its flip points, the chart, both bills
/// at full width and the notes (on the left instead when there is room under the hint).
fn tall(main: Rect) -> Areas {
    let [left, right] =
        Layout::horizontal([Constraint::Length(38), Constraint::Fill(1)]).areas(main);
    let spare = main.height.saturating_sub(SLIDERS_TALL + ASSUMPTIONS_TALL + FIT_TALL + HINT_TALL);
    let notes_left = spare >= NOTES_TALL;
    let [sliders, assumptions, fit, hint, left_notes] = Layout::vertical([
        Constraint::Length(SLIDERS_TALL),
        Constraint::Max(ASSUMPTIONS_TALL),
        if notes_left { Constraint::Length(FIT_TALL) } else { Constraint::Min(FIT_MIN) },
        Constraint::Length(HINT_TALL),
        Constraint::Length(if notes_left { spare } else { 0 }),
    ])
    .areas(left);
    let verdict_height = (main.height / 5).clamp(12, 16);
    let [verdict, chart, costs, right_notes] = Layout::vertical([
        Constraint::Length(verdict_height),
        Constraint::Fill(1),
        Constraint::Length(COSTS_TALL),
        Constraint::Length(if notes_left { 0 } else { NOTES_TALL }),
    ])
    .areas(right);
    Areas {
        sliders,
        verdict,
        assumptions: Some(assumptions),
        chart: Some(chart),
        fit: Some(fit),
        costs: Some(costs),
        notes: Some(if notes_left { left_notes } else { right_notes }),
        hint,
        ..Areas::default()
    }
}

fn stacked(main: Rect) -> Areas {
    // From 22 rows one more for the verdict: a headline under the materiality line is long.
    let verdict_height =
        (main.height.saturating_sub(19) / 3 + 4 + u16::from(main.height >= 22)).clamp(4, 9);
    let [sliders, verdict, tab_bar, tab_body] = Layout::vertical([
        Constraint::Length(SLIDERS_SHORT),
        Constraint::Length(verdict_height),
        Constraint::Length(1),
        Constraint::Fill(1),
    ])
    .areas(main);
    Areas { sliders, verdict, tab_bar: Some(tab_bar), tab_body: Some(tab_body), ..Areas::default() }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sizes_pick_their_layout_at_the_boundaries() {
        let size = |width, height| Size::of(Rect::new(0, 0, width, height));
        assert_eq!(size(160, 45), Size::Full);
        assert_eq!(size(159, 45), Size::Compact);
        assert_eq!(size(200, 44), Size::Compact);
        assert_eq!(size(100, 30), Size::Compact);
        assert_eq!(size(99, 30), Size::Stacked);
        assert_eq!(size(80, 24), Size::Stacked);
        assert_eq!(size(60, 20), Size::Stacked);
        assert_eq!(size(59, 20), Size::TooSmall);
        assert_eq!(size(60, 19), Size::TooSmall);
        assert_eq!(size(0, 0), Size::TooSmall);
    }

    #[test]
    fn every_panel_lies_inside_the_screen_and_the_status_line_is_last() {
        for (width, height) in [
            (160, 45),
            (320, 100),
            (100, 30),
            (159, 44),
            (80, 24),
            (60, 20),
            (100, 75),
            (120, 90),
            (160, 48),
            (240, 67),
        ] {
            let screen = Rect::new(0, 0, width, height);
            let areas = areas(Size::of(screen), screen);
            let panels = [areas.sliders, areas.verdict, areas.status]
                .into_iter()
                .chain(areas.assumptions)
                .chain(areas.chart)
                .chain(areas.fit)
                .chain(areas.costs)
                .chain(areas.notes)
                .chain(areas.tab_body)
                .chain(Some(areas.hint).filter(|hint| hint.height > 0));
            for panel in panels {
                assert_eq!(screen.intersection(panel), panel, "{width}x{height}: {panel:?}");
                assert!(panel.height > 0 && panel.width > 0, "{width}x{height}: {panel:?}");
            }
            assert_eq!(areas.status.y, height - 1);
            let tall = Size::of(screen) == Size::Compact && height >= TALL_HEIGHT;
            let none = areas.hint.height == 0;
            assert!(tall || none || areas.hint.bottom() == areas.status.y, "{width}x{height}");
            // The chart, wherever it is shown, keeps a third of the height.
            let chart = areas.chart.or(areas.tab_body).expect("a chart or the tab body");
            assert!(chart.height * 3 >= height - 1, "{width}x{height}: chart {chart:?}");
        }
    }
}

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
    pub assumptions: Option<Rect>,
    pub chart: Option<Rect>,
    pub fit: Option<Rect>,
    pub costs: Option<Rect>,
    pub notes: Option<Rect>,
    /// The tab bar and the area under it (stacked layout).
    pub tab_bar: Option<Rect>,
    pub tab_body: Option<Rect>,
}

/// Height of the sliders panel with two lines per slider (label, track) and its border.
pub const SLIDERS_TALL: u16 = 2 * Input::PRIMARY.len() as u16 + 3;
/// Height with one line per slider.
pub const SLIDERS_SHORT: u16 = Input::PRIMARY.len() as u16 + 3;
/// Height of the assumptions panel showing every assumption and its border.
pub const ASSUMPTIONS_TALL: u16 = Input::ASSUMPTIONS.len() as u16 + 2;

/// Splits the screen for a layout (`TooSmall` gets only the status line's area).
pub fn areas(size: Size, area: Rect) -> Areas {
    let [main, status] = Layout::vertical([Constraint::Fill(1), Constraint::Length(1)]).areas(area);
    match size {
        Size::Full => full(main, status),
        Size::Compact => compact(main, status),
        Size::Stacked => stacked(main, status),
        Size::TooSmall => Areas { status, ..Areas::default() },
    }
}

fn full(main: Rect, status: Rect) -> Areas {
    let right_width = (main.width.saturating_sub(42) * 2 / 5).max(54);
    let [left, centre, right] = Layout::horizontal([
        Constraint::Length(42),
        Constraint::Fill(1),
        Constraint::Length(right_width),
    ])
    .areas(main);
    let [sliders, assumptions, notes] = Layout::vertical([
        Constraint::Length(SLIDERS_TALL),
        Constraint::Length(ASSUMPTIONS_TALL),
        Constraint::Fill(1),
    ])
    .areas(left);
    let [chart, costs] =
        Layout::vertical([Constraint::Fill(1), Constraint::Length(16)]).areas(centre);
    let [verdict, fit] = Layout::vertical([Constraint::Fill(2), Constraint::Fill(3)]).areas(right);
    Areas {
        sliders,
        verdict,
        status,
        assumptions: Some(assumptions),
        chart: Some(chart),
        fit: Some(fit),
        costs: Some(costs),
        notes: Some(notes),
        tab_bar: None,
        tab_body: None,
    }
}

fn compact(main: Rect, status: Rect) -> Areas {
    let [left, right] =
        Layout::horizontal([Constraint::Length(38), Constraint::Fill(1)]).areas(main);
    let [sliders, assumptions] =
        Layout::vertical([Constraint::Length(SLIDERS_TALL), Constraint::Fill(1)]).areas(left);
    let verdict_height = (main.height / 4).clamp(6, 10);
    let [verdict, chart, bottom] = Layout::vertical([
        Constraint::Length(verdict_height),
        Constraint::Fill(1),
        Constraint::Percentage(40),
    ])
    .areas(right);
    let [fit, costs] = Layout::horizontal([Constraint::Fill(1), Constraint::Fill(1)]).areas(bottom);
    Areas {
        sliders,
        verdict,
        status,
        assumptions: Some(assumptions),
        chart: Some(chart),
        fit: Some(fit),
        costs: Some(costs),
        notes: None,
        tab_bar: None,
        tab_body: None,
    }
}

fn stacked(main: Rect, status: Rect) -> Areas {
    let verdict_height = (main.height.saturating_sub(19) / 3 + 4).clamp(4, 9);
    let [sliders, verdict, tab_bar, tab_body] = Layout::vertical([
        Constraint::Length(SLIDERS_SHORT),
        Constraint::Length(verdict_height),
        Constraint::Length(1),
        Constraint::Fill(1),
    ])
    .areas(main);
    Areas {
        sliders,
        verdict,
        status,
        tab_bar: Some(tab_bar),
        tab_body: Some(tab_body),
        ..Areas::default()
    }
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
        for (width, height) in [(160, 45), (320, 100), (100, 30), (159, 44), (80, 24), (60, 20)] {
            let screen = Rect::new(0, 0, width, height);
            let areas = areas(Size::of(screen), screen);
            let panels = [areas.sliders, areas.verdict, areas.status]
                .into_iter()
                .chain(areas.assumptions)
                .chain(areas.chart)
                .chain(areas.fit)
                .chain(areas.costs)
                .chain(areas.tab_body);
            for panel in panels {
                assert_eq!(screen.intersection(panel), panel, "{width}x{height}: {panel:?}");
                assert!(panel.height > 0 && panel.width > 0, "{width}x{height}: {panel:?}");
            }
            assert_eq!(areas.status.y, height - 1);
        }
    }
}

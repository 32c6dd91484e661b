//! The explorer's verdict map state: whether the chart panel shows the cost curves or the map
//! (`v`), the map's y axis (`V`), and the map itself, computed in the update step at the size the
//! last frame had room for and recomputed on every change while it is shown.

use crate::engine::map::{VerdictMap, verdict_map};
use crate::engine::sensitivity::Sensitivity;
use crate::wording::describe_map as describe;

use super::super::action::Action;
use super::super::mouse::Hitmap;
use super::{App, Tab};

/// What the chart panel shows. The map lives inside its variant, so there is no map without the
/// panel showing it, nor the other way round.
#[derive(Debug, Clone, PartialEq, Default)]
pub enum ChartView {
    /// Monthly cost against rate.
    #[default]
    Curves,
    /// The verdict over rate × runtime (or memory).
    Map(ShownMap),
    /// What moves the answer (`w`): each plausible input's gap and verdict at both ends.
    Tornado(Sensitivity),
}

/// The grid a map starts with before a frame has measured the panel.
pub const DEFAULT_MAP_GRID: (u16, u16) = (64, 16);

/// The map on screen and the sentence that reads it.
#[derive(Debug, Clone, PartialEq)]
pub struct ShownMap {
    pub map: VerdictMap,
    /// "Lambda wins below about 3.1/s at 120 ms …", for panels too small for the grid.
    pub sentence: String,
}

impl App {
    /// What the chart panel shows.
    pub fn chart_view(&self) -> &ChartView {
        &self.chart_view
    }

    /// The verdict map while the chart panel shows it.
    pub fn map(&self) -> Option<&ShownMap> {
        match &self.chart_view {
            ChartView::Map(shown) => Some(shown),
            ChartView::Curves | ChartView::Tornado(_) => None,
        }
    }

    /// Switches the chart panel between the curves and the map, and shows its tab.
    pub(in crate::tui) fn toggle_map(&mut self) {
        self.chart_view = match self.chart_view {
            ChartView::Curves | ChartView::Tornado(_) => ChartView::Map(self.compute_map()),
            ChartView::Map(_) => ChartView::Curves,
        };
        self.tab = Tab::Chart;
    }

    /// Switches the map's y axis between runtime and memory (and shows the map).
    pub(in crate::tui) fn toggle_map_axis(&mut self) {
        self.map_y = self.map_y.toggled();
        self.chart_view = ChartView::Map(self.compute_map());
        self.tab = Tab::Chart;
    }

    /// Resizes the map to the grid the panel has room for.
    pub(in crate::tui) fn resize_map(&mut self, cols: u16, rows: u16) {
        let (cols, rows) = bounded_grid(cols, rows);
        if self.map_grid != (cols, rows) {
            self.map_grid = (cols, rows);
            self.refresh_map();
        }
    }

    /// A tab's title: the chart tab is named after what it shows.
    pub fn tab_title(&self, tab: Tab) -> &'static str {
        match (tab, &self.chart_view) {
            (Tab::Chart, ChartView::Map(_)) => "Verdict map",
            (Tab::Chart, ChartView::Tornado(_)) => "What moves it",
            _ => tab.title(),
        }
    }

    /// Recomputes the map when it is shown.
    pub(in crate::tui) fn refresh_map(&mut self) {
        if matches!(self.chart_view, ChartView::Map(_)) {
            self.chart_view = ChartView::Map(self.compute_map());
        }
    }

    /// The map of the scenario at the current grid and y axis.
    fn compute_map(&self) -> ShownMap {
        let (cols, rows) = self.map_grid;
        let scenario = self.scenario();
        let map =
            verdict_map(scenario, &self.book, self.map_y, usize::from(cols), usize::from(rows));
        let at_y = scenario.number(self.map_y.input()).unwrap_or(0.0);
        let sentence = describe(&map, at_y);
        ShownMap { map, sentence }
    }

    /// The action that fits the map to the grid the last frame measured, when they differ: the
    /// event loop applies it and draws again before waiting for input.
    pub fn map_resize(&self, hits: &Hitmap) -> Option<Action> {
        let (cols, rows) = hits.map_grid()?;
        let (cols, rows) = bounded_grid(cols, rows);
        (matches!(self.chart_view, ChartView::Map(_)) && self.map_grid != (cols, rows))
            .then_some(Action::MapGrid { cols, rows })
    }
}

/// The largest map computed, columns and rows: a screen wider or taller than any real terminal
/// gets this many cells (drawn from the top left) rather than billions of evaluations.
pub const MAX_MAP_GRID: (u16, u16) = (1024, 512);

/// Caps a measured grid at [`MAX_MAP_GRID`].
fn bounded_grid(cols: u16, rows: u16) -> (u16, u16) {
    (cols.min(MAX_MAP_GRID.0), rows.min(MAX_MAP_GRID.1))
}

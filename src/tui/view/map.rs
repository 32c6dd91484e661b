//! The verdict map panel: the verdict over rate (x) × runtime or memory (y), one character per
//! cell, coloured by the `map-*` roles and told apart by its glyph too (░ Lambda, █ Fargate,
//! ▓ Fargate where Lambda is blocked, ▒ either, ╳ neither), so it reads in a mono theme. Lambda's
//! limit is a line between the rows it separates; ● marks the scenario. The map was computed in
//! the update step; this only draws it, and reports the grid it had room for in the hitmap.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Wrap};

use crate::engine::map::{RATE_TICKS, VerdictMap};
use crate::engine::report::{Choice, Platform};
use crate::engine::scenario::Input;
use crate::wording::map_limit;

use super::super::app::App;
use super::super::mouse::{Hitmap, Target};
use super::super::style::Styles;
use super::panel;

/// Width of the y labels ("100 ms", "120 GB"), a space and the axis column.
const GUTTER: u16 = 8;
/// The smallest grid worth drawing; below it the panel shows the map's sentence.
const MIN_COLS: u16 = 16;
const MIN_ROWS: u16 = 3;
/// From this inner height the panel also shows the sentence under the legend, on up to
/// [`SENTENCE_ROWS`] rows.
const SENTENCE_FROM_HEIGHT: u16 = 24;
const SENTENCE_ROWS: u16 = 3;

/// A cell's glyph and style.
fn glyph(choice: Choice, lambda_blocked: bool, styles: &Styles) -> (&'static str, Style) {
    match choice {
        Choice::Lambda => ("░", styles.map_lambda),
        Choice::Fargate if lambda_blocked => ("▓", styles.map_fargate),
        Choice::Fargate => ("█", styles.map_fargate),
        Choice::Either => ("▒", styles.map_either),
        Choice::Neither => ("╳", styles.map_neither),
    }
}

/// Where the grid, the wall line, the x labels, the legend and the sentence go inside the panel.
struct Parts {
    grid: Rect,
    labels_y: u16,
    legend_y: u16,
    sentence: Option<Rect>,
}

fn parts(inner: Rect) -> Option<Parts> {
    let sentence_rows = if inner.height >= SENTENCE_FROM_HEIGHT { SENTENCE_ROWS } else { 0 };
    // Rows: the grid, one for the wall line, the x labels, the legend, the sentence.
    let rows = inner.height.saturating_sub(3 + sentence_rows);
    let cols = inner.width.saturating_sub(GUTTER);
    if rows < MIN_ROWS || cols < MIN_COLS {
        return None;
    }
    let grid = Rect::new(inner.x + GUTTER, inner.y, cols, rows);
    let labels_y = inner.y + rows + 1;
    let sentence =
        (sentence_rows > 0).then(|| Rect::new(inner.x, labels_y + 2, inner.width, sentence_rows));
    Some(Parts { grid, labels_y, legend_y: labels_y + 1, sentence })
}

/// Draws the map panel.
pub fn render(frame: &mut Frame, area: Rect, app: &App, hits: &mut Hitmap) {
    let styles = &app.styles;
    let title = format!(" Verdict map: rate × {} ", app.map_y.name());
    let focused =
        app.focused_input().is_some_and(|input| input == Input::Rate || input == app.map_y.input());
    let block = panel(title, focused, styles).title(
        Line::from(vec![
            Span::styled(" V ", styles.key_hint),
            Span::styled(format!("{} ", app.map_y.toggled().name()), styles.muted),
        ])
        .right_aligned(),
    );
    let inner = block.inner(area);
    frame.render_widget(block, area);
    hits.push(area, Target::Chart);
    let Some(parts) = parts(inner) else {
        if let Some(shown) = app.map() {
            let text = Paragraph::new(shown.sentence.as_str()).wrap(Wrap { trim: true });
            frame.render_widget(text.style(styles.base), inner);
        }
        return;
    };
    hits.set_map_grid(parts.grid.width, parts.grid.height);
    let Some(shown) = app.map() else { return };
    let map = &shown.map;
    if map.width() == 0 || map.height() == 0 {
        return;
    }
    let at_y = app.scenario().number(map.y_input).unwrap_or(0.0);
    let now = map.cell_of(app.scenario().rate_per_s, at_y);
    let layout = Grid::new(map, parts.grid);
    render_cells(frame, map, &layout, now, styles);
    render_y_axis(frame, map, &layout, now, styles);
    render_x_labels(frame, map, &layout, parts.labels_y, styles);
    render_legend(frame, map, Rect::new(inner.x, parts.legend_y, inner.width, 1), styles);
    if let Some(area) = parts.sentence {
        let text = Paragraph::new(shown.sentence.as_str()).wrap(Wrap { trim: true });
        frame.render_widget(text.style(styles.muted), area);
    }
}

/// Screen geometry of the map: which map row and column each screen cell shows (the same when
/// the map was computed for this grid; the nearest otherwise, for the one frame before it is),
/// and where the wall line goes: rows past Lambda's limit on top, the line, then the rest.
struct Grid {
    area: Rect,
    /// Grid rows (from the top) that lie past the wall; the line follows them.
    wall_offset: Option<u16>,
    map_width: usize,
    map_height: usize,
}

impl Grid {
    fn new(map: &VerdictMap, area: Rect) -> Self {
        let mut grid =
            Self { area, wall_offset: None, map_width: map.width(), map_height: map.height() };
        grid.wall_offset = map.wall_row().map(|wall| {
            (0..area.height).take_while(|&offset| grid.map_row(offset) >= wall).count() as u16
        });
        grid
    }

    /// The map row shown on the `offset`-th grid row, top first.
    fn map_row(&self, offset: u16) -> usize {
        let rows = usize::from(self.area.height);
        let from_bottom = rows - 1 - usize::from(offset).min(rows - 1);
        (from_bottom * self.map_height / rows).min(self.map_height - 1)
    }

    fn map_col(&self, offset: u16) -> usize {
        let cols = usize::from(self.area.width);
        (usize::from(offset) * self.map_width / cols).min(self.map_width - 1)
    }

    /// The screen row of the `offset`-th grid row (below the wall line, one further down).
    fn screen_y(&self, offset: u16) -> u16 {
        let below_wall = self.wall_offset.is_some_and(|wall| offset >= wall);
        self.area.y + offset + u16::from(below_wall)
    }

    /// The screen row of the wall line.
    fn wall_y(&self) -> Option<u16> {
        self.wall_offset.map(|wall| self.area.y + wall)
    }

    /// The screen row that shows map row `row`.
    fn row_y(&self, row: usize) -> u16 {
        let rows = usize::from(self.area.height);
        let from_bottom = (row * rows / self.map_height).min(rows - 1);
        self.screen_y((rows - 1 - from_bottom) as u16)
    }

    fn col_x(&self, col: usize) -> u16 {
        let cols = usize::from(self.area.width);
        self.area.x + ((col * cols / self.map_width).min(cols - 1)) as u16
    }
}

fn render_cells(
    frame: &mut Frame,
    map: &VerdictMap,
    grid: &Grid,
    now: (usize, usize),
    styles: &Styles,
) {
    let buffer = frame.buffer_mut();
    for offset_y in 0..grid.area.height {
        let row = grid.map_row(offset_y);
        let y = grid.screen_y(offset_y);
        for offset_x in 0..grid.area.width {
            let col = grid.map_col(offset_x);
            let (symbol, style) = if (col, row) == now {
                ("●", styles.marker_current)
            } else {
                glyph(map.cells[row][col], map.blocked[Platform::Lambda][row], styles)
            };
            if let Some(cell) = buffer.cell_mut((grid.area.x + offset_x, y)) {
                cell.set_symbol(symbol).set_style(style);
            }
        }
    }
    if let Some(wall) = grid.wall_y() {
        let text = format!("── Lambda's {} limit ", map_limit(map.y_axis()));
        let mut line: String = text.chars().take(usize::from(grid.area.width)).collect();
        let used = line.chars().count();
        line.push_str(&"─".repeat(usize::from(grid.area.width).saturating_sub(used)));
        buffer.set_string(grid.area.x, wall, line, styles.fit_blocked);
    }
}

/// Tick labels, the axis, the wall's label and ▸ at the scenario's row.
fn render_y_axis(
    frame: &mut Frame,
    map: &VerdictMap,
    grid: &Grid,
    now: (usize, usize),
    styles: &Styles,
) {
    let buffer = frame.buffer_mut();
    let x = grid.area.x - GUTTER;
    let axis_x = grid.area.x - 1;
    let bottom = grid.area.y + grid.area.height + u16::from(grid.wall_offset.is_some());
    for y in grid.area.y..bottom {
        buffer.set_string(axis_x, y, "│", styles.axis);
    }
    // Each screen row shows the tick nearest its centre; the limit's tick labels the wall.
    let mut best: Vec<(f64, &str)> = vec![(f64::INFINITY, ""); usize::from(bottom)];
    for &(value, label) in map.y_ticks() {
        if grid.wall_offset.is_some() && map.y_axis().is_limit(value) {
            continue;
        }
        let (_, row) = map.cell_of(map.x[0], value);
        let y = usize::from(grid.row_y(row));
        let distance = (value / map.y[row]).ln().abs();
        if y < best.len() && distance < best[y].0 {
            best[y] = (distance, label);
        }
    }
    for (y, (_, label)) in best.iter().enumerate() {
        if !label.is_empty() {
            buffer.set_string(x, y as u16, format!("{label:>6}"), styles.axis);
            buffer.set_string(axis_x, y as u16, "┤", styles.axis);
        }
    }
    if let Some(wall) = grid.wall_y() {
        buffer.set_string(x, wall, format!("{:>6}", map_limit(map.y_axis())), styles.fit_blocked);
        buffer.set_string(axis_x, wall, "┼", styles.fit_blocked);
    }
    buffer.set_string(axis_x, grid.row_y(now.1), "▸", styles.marker_current);
}

/// The rate's ticks under the grid, each centred on its column where it fits.
fn render_x_labels(frame: &mut Frame, map: &VerdictMap, grid: &Grid, y: u16, styles: &Styles) {
    let width = usize::from(grid.area.width) + usize::from(GUTTER);
    let mut line = vec![' '; width];
    let origin = usize::from(GUTTER);
    for (rate, label) in RATE_TICKS {
        let (col, _) = map.cell_of(rate, map.y[0]);
        let at = origin + usize::from(grid.col_x(col) - grid.area.x);
        let chars = label.chars().count();
        let start = at.saturating_sub(chars / 2).min(width.saturating_sub(chars));
        let free =
            line[start.saturating_sub(1)..(start + chars + 1).min(width)].iter().all(|c| *c == ' ');
        if free {
            for (index, c) in label.chars().enumerate() {
                line[start + index] = c;
            }
        }
    }
    let text: String = line.into_iter().collect();
    frame.buffer_mut().set_string(grid.area.x - GUTTER, y, text, styles.axis);
}

/// The glyphs this map uses, and the scenario's mark.
fn render_legend(frame: &mut Frame, map: &VerdictMap, area: Rect, styles: &Styles) {
    let present = |choice: Choice, blocked: bool| {
        map.cells
            .iter()
            .zip(&map.blocked[Platform::Lambda])
            .any(|(row, &lambda_blocked)| lambda_blocked == blocked && row.contains(&choice))
    };
    let mut spans = Vec::new();
    let entries = [
        (Choice::Lambda, false, "Lambda"),
        (Choice::Fargate, false, "Fargate"),
        (Choice::Fargate, true, "Lambda blocked"),
        (Choice::Either, false, "either"),
        (Choice::Either, true, "either"),
        (Choice::Neither, false, "neither"),
        (Choice::Neither, true, "neither"),
    ];
    let mut seen = Vec::new();
    for (choice, blocked, name) in entries {
        let (symbol, style) = glyph(choice, blocked, styles);
        if !present(choice, blocked) || seen.contains(&symbol) {
            continue;
        }
        seen.push(symbol);
        spans.push(Span::styled(symbol, style));
        spans.push(Span::styled(format!(" {name}  "), styles.muted));
    }
    spans.push(Span::styled("●", styles.marker_current));
    spans.push(Span::styled(" now", styles.muted));
    super::put_line(frame, area, &Line::from(spans));
}

//! The verdict map as text: a grid of letters with the y axis's ticks, Lambda's limit drawn as a
//! line between the rows it separates, the rate's ticks underneath and a legend. The markdown
//! snapshot fences it; `lvf eval --map` prints it.

use std::fmt::Write as _;

use crate::engine::map::{RATE_TICKS, VerdictMap};
use crate::engine::report::{Choice, Platform};
use crate::engine::scenario::Scenario;
use crate::wording::map_limit;

/// Columns and rows of the map in the markdown snapshot (the width of its text chart).
pub const DOC_MAP_SIZE: (usize, usize) = (64, 16);
/// Width of the y-axis labels.
const LABEL_WIDTH: usize = 7;

/// The letter of a cell: `L` Lambda, `F` Fargate, `f` Fargate because Lambda is blocked, `~`
/// within 10%, `x` neither.
fn letter(choice: Choice, lambda_blocked: bool) -> char {
    match choice {
        Choice::Lambda => 'L',
        Choice::Fargate if lambda_blocked => 'f',
        Choice::Fargate => 'F',
        Choice::Either => '~',
        Choice::Neither => 'x',
    }
}

/// The grid, its axes and its legend, highest row first; `@` marks the scenario's own cell.
pub fn text_map(map: &VerdictMap, scenario: &Scenario) -> String {
    let (width, height) = (map.width(), map.height());
    if width == 0 || height == 0 {
        return "(empty map)\n".to_string();
    }
    let axis = map.y_axis();
    let at_y = scenario.number(map.y_input).unwrap_or(0.0);
    let (now_col, now_row) = map.cell_of(scenario.rate_per_s, at_y);
    let wall = map.wall_row();
    // Each row shows the tick nearest its centre; the limit's own tick is the wall's label.
    let mut labels: Vec<(f64, &str)> = vec![(f64::INFINITY, ""); height];
    for &(value, label) in map.y_ticks() {
        if wall.is_some() && axis.is_limit(value) {
            continue;
        }
        let (_, row) = map.cell_of(map.x[0], value);
        let distance = (value / map.y[row]).ln().abs();
        if distance < labels[row].0 {
            labels[row] = (distance, label);
        }
    }
    let mut out = String::new();
    for row in (0..height).rev() {
        let line: String = (0..width)
            .map(|col| {
                if (col, row) == (now_col, now_row) {
                    '@'
                } else {
                    letter(map.cells[row][col], map.blocked[Platform::Lambda][row])
                }
            })
            .collect();
        let _ = writeln!(out, "{:>LABEL_WIDTH$} ┤{line}", labels[row].1);
        if wall == Some(row) {
            let text = format!(" Lambda's {} limit ", map_limit(axis));
            let dashes = width.saturating_sub(text.chars().count() + 2);
            let _ =
                writeln!(out, "{:>LABEL_WIDTH$} ┼──{text}{}", map_limit(axis), "─".repeat(dashes));
        }
    }
    let _ = writeln!(out, "{:>LABEL_WIDTH$} └{}", "", "─".repeat(width));
    out.push_str(&x_labels(map));
    out.push('\n');
    out.push_str(&legend(map));
    out
}

/// The rate's ticks under the grid, each centred on its column where it fits.
fn x_labels(map: &VerdictMap) -> String {
    let offset = LABEL_WIDTH + 2;
    let mut line = vec![' '; offset + map.width() + 6];
    for (rate, label) in RATE_TICKS {
        let (col, _) = map.cell_of(rate, map.y[0]);
        let chars = label.chars().count();
        let start = (offset + col).saturating_sub(chars / 2).min(line.len() - chars);
        if line[start.saturating_sub(1)..start + chars].iter().all(|c| *c == ' ') {
            for (at, c) in label.chars().enumerate() {
                line[start + at] = c;
            }
        }
    }
    let text: String = line.into_iter().collect();
    format!("{}\n", text.trim_end())
}

/// The legend: the letters this map uses, and the marks.
fn legend(map: &VerdictMap) -> String {
    let cells = || map.cells.iter().zip(&map.blocked[Platform::Lambda]);
    let has = |choice: Choice, blocked: bool| {
        cells().any(|(row, &lambda_blocked)| lambda_blocked == blocked && row.contains(&choice))
    };
    let either = map.cells.iter().flatten().any(|cell| *cell == Choice::Either);
    let neither = map.cells.iter().flatten().any(|cell| *cell == Choice::Neither);
    let mut items = Vec::new();
    if has(Choice::Lambda, false) {
        items.push("L Lambda".to_string());
    }
    if has(Choice::Fargate, false) {
        items.push("F Fargate".to_string());
    }
    if has(Choice::Fargate, true) {
        items.push("f Fargate (Lambda blocked)".to_string());
    }
    if either {
        items.push("~ either (within 10%, or under the materiality line)".to_string());
    }
    if neither {
        items.push("x neither".to_string());
    }
    items.push("@ this scenario".to_string());
    let y = match map.y_axis() {
        crate::engine::map::MapY::Runtime => "runtime per invocation",
        crate::engine::map::MapY::Memory => "memory per invocation",
    };
    format!("{}\nacross: invocation rate · up: {y} (log scales)\n", items.join("   "))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::map::{MapY, verdict_map};
    use crate::engine::pricing::PriceBook;

    #[test]
    fn the_default_map_has_its_wall_its_point_and_its_legend() {
        let scenario = Scenario { materiality_usd: 0.0, ..Scenario::default() };
        let map = verdict_map(&scenario, &PriceBook::builtin(), MapY::Runtime, 64, 16);
        let text = text_map(&map, &scenario);
        let lines: Vec<&str> = text.lines().collect();
        // 16 rows, the wall, the axis, the ticks, a blank line, the legend and the axes' names.
        assert_eq!(lines.len(), 16 + 6, "{text}");
        assert_eq!(text.matches('@').count(), 2, "one in the grid, one in the legend: {text}");
        let wall = lines.iter().position(|line| line.contains("Lambda's 15 min limit"));
        let wall = wall.expect("the wall is drawn");
        assert!(lines[wall].trim_start().starts_with("15 min ┼"), "{text}");
        // Above the wall only Fargate (Lambda blocked); below it Lambda on the left, from the
        // runtimes where a one-minute Fargate job costs more than Lambda's milliseconds.
        assert!(lines[..wall].iter().all(|line| !line.contains('L')), "{text}");
        assert!(lines[wall + 1..].iter().any(|line| line.contains("┤L")), "{text}");
        assert!(
            lines[lines.len() - 4].contains("1/day") && lines[lines.len() - 4].contains("10k/s")
        );
        assert!(text.contains("L Lambda   F Fargate   f Fargate (Lambda blocked)"), "{text}");
        for line in lines[..17].iter().filter(|line| !line.contains("limit")) {
            assert_eq!(line.chars().count(), LABEL_WIDTH + 2 + 64, "{line:?}");
        }
    }
}

//! The explorer at the sizes people use, from the smallest to a 4:3 projector and a wide
//! monitor: snapshots of each, and checks written over the drawn screen — no large blank region
//! outside the chart, the chart a third of the height, whole cost labels where the layout has
//! the room, and every input's help line on screen when it has the focus.

mod tui_support;

use lvf::engine::presets;
use lvf::engine::scenario::{INPUTS, Input, Scenario};
use lvf::tui::action::Action;
use lvf::tui::app::{App, Focus};
use lvf::tui::layout::{Size, areas};
use lvf::tui::mouse::Target;
use lvf::wording;
use ratatui::layout::Rect;
use tui_support::{app, draw};

/// The sizes the issue names: the minimum, a classic terminal, the compact layout's smallest,
/// two 4:3 projector terminals, and two wide screens.
const SIZES: [(u16, u16); 7] =
    [(60, 20), (80, 24), (100, 30), (100, 75), (120, 90), (160, 48), (240, 67)];
/// A region this large with no text in it, outside the chart, is wasted room: a quarter of the
/// width by a sixth of the height, at least 20 columns by 10 rows.
fn blank_size(width: u16, height: u16) -> (usize, usize) {
    (usize::from(width / 4).max(20), usize::from(height / 6).max(10))
}

fn ml_inference() -> App {
    app(presets::find("ml-inference").expect("preset").scenario)
}

fn cells(screen: &str) -> Vec<Vec<char>> {
    screen.lines().map(|line| line.chars().collect()).collect()
}

/// Whether a cell carries something to read (not blank, not a panel's border).
fn is_text(ch: char) -> bool {
    !ch.is_whitespace() && !"─│┌┐└┘┏┓┗┛━┃├┤┬┴┼".contains(ch)
}

/// The top-left corner of a `blank_columns`×`blank_rows` window with no text, outside `skip`.
fn blank_window(screen: &str, width: u16, height: u16, skip: Rect) -> Option<(usize, usize)> {
    let (blank_columns, blank_rows) = blank_size(width, height);
    let grid = cells(screen);
    let (w, h) = (usize::from(width), usize::from(height));
    // Summed-area table of text cells; the chart counts as text (its blank sky is meant).
    let mut sum = vec![vec![0usize; w + 1]; h + 1];
    for y in 0..h {
        for x in 0..w {
            let ch = grid.get(y).and_then(|row| row.get(x)).copied().unwrap_or(' ');
            let inside = skip.contains(ratatui::layout::Position::new(x as u16, y as u16));
            let text = usize::from(inside || is_text(ch));
            sum[y + 1][x + 1] = text + sum[y][x + 1] + sum[y + 1][x] - sum[y][x];
        }
    }
    for y in 0..=h.saturating_sub(blank_rows) {
        for x in 0..=w.saturating_sub(blank_columns) {
            let (x2, y2) = (x + blank_columns, y + blank_rows);
            if y2 <= h && x2 <= w && sum[y2][x2] + sum[y][x] == sum[y][x2] + sum[y2][x] {
                return Some((x, y));
            }
        }
    }
    None
}

/// The share of `area`'s cells that carry text.
fn text_share(screen: &str, area: Rect) -> f64 {
    let grid = cells(screen);
    let mut text = 0;
    for y in area.top()..area.bottom() {
        for x in area.left()..area.right() {
            let ch = grid.get(usize::from(y)).and_then(|row| row.get(usize::from(x))).copied();
            text += usize::from(ch.is_some_and(is_text));
        }
    }
    text as f64 / f64::from(area.width.max(1)) / f64::from(area.height.max(1))
}

/// The text inside a panel's border, rows joined, runs of spaces folded to one.
fn text_in(screen: &str, area: Rect) -> String {
    rows_text(screen, area.inner(ratatui::layout::Margin::new(1, 1)))
}

/// The text in `area`, rows joined, runs of spaces folded to one.
fn rows_text(screen: &str, area: Rect) -> String {
    let grid = cells(screen);
    let rows = (area.top()..area.bottom()).map(|y| {
        let row = grid.get(usize::from(y)).cloned().unwrap_or_default();
        row.iter().skip(usize::from(area.left())).take(usize::from(area.width)).collect::<String>()
    });
    folded(&rows.collect::<Vec<_>>().join(" "))
}

fn folded(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[test]
fn the_explorer_at_each_size() {
    for (width, height) in SIZES {
        let (screen, _) = draw(&app(Scenario::default()), width, height);
        insta::assert_snapshot!(format!("default_{width}x{height}"), screen);
        let (screen, _) = draw(&ml_inference(), width, height);
        insta::assert_snapshot!(format!("ml_inference_{width}x{height}"), screen);
    }
}

#[test]
fn no_half_of_the_screen_is_empty_and_no_large_region_is_left_blank() {
    for app in [app(Scenario::default()), ml_inference()] {
        for (width, height) in SIZES {
            let (screen, hits) = draw(&app, width, height);
            // Each half (left, right, top, bottom) has something to read in a tenth of its cells.
            let (w, h) = (width / 2, height / 2);
            for (name, half) in [
                ("left", Rect::new(0, 0, w, height)),
                ("right", Rect::new(w, 0, width - w, height)),
                ("top", Rect::new(0, 0, width, h)),
                ("bottom", Rect::new(0, h, width, height - h)),
            ] {
                let share = text_share(&screen, half);
                assert!(
                    share >= 0.1,
                    "{width}x{height}: the {name} half is {share:.2} text\n{screen}"
                );
            }
            // Up to the compact layouts' sizes, no panel leaves a large region blank (the
            // full layout's panels are proportional and may end in a few empty rows).
            if Size::of(Rect::new(0, 0, width, height)) == Size::Full {
                continue;
            }
            let chart = hits.hits().iter().find(|hit| hit.target == Target::Chart);
            let chart = chart.map_or(Rect::default(), |hit| hit.area);
            let blank = blank_window(&screen, width, height, chart);
            assert_eq!(blank, None, "{width}x{height}: a blank region at {blank:?}\n{screen}");
        }
    }
    // The check bites: the same screen with its assumptions wiped out has a blank region.
    let (screen, _) = draw(&app(Scenario::default()), 100, 75);
    let mut wiped = String::new();
    for (y, line) in screen.lines().enumerate() {
        let keep = !(20..40).contains(&y);
        wiped.extend(line.chars().enumerate().map(|(x, ch)| if keep || x > 30 { ch } else { ' ' }));
        wiped.push('\n');
    }
    assert!(blank_window(&wiped, 100, 75, Rect::default()).is_some());
}

#[test]
fn the_chart_keeps_a_third_of_the_height() {
    for (width, height) in SIZES {
        let (_, hits) = draw(&app(Scenario::default()), width, height);
        let chart = hits.hits().iter().find(|hit| hit.target == Target::Chart).expect("a chart");
        assert!(chart.area.height * 3 >= height, "{width}x{height}: {:?}", chart.area);
    }
}

#[test]
fn cost_labels_are_whole_where_the_layout_has_room() {
    for app in [app(Scenario::default()), ml_inference()] {
        let report = app.report().clone();
        for (width, height) in [(100, 75), (120, 90), (160, 48), (240, 67)] {
            let (screen, _) = draw(&app, width, height);
            let screen_area = Rect::new(0, 0, width, height);
            let costs = areas(Size::of(screen_area), screen_area).costs.expect("a cost panel");
            let text = text_in(&screen, costs);
            for bill in report.platforms.values() {
                for line in &bill.lines {
                    let label = folded(&wording::cost_line(line, &report.scenario.region));
                    assert!(text.contains(&label), "{width}x{height}: {label:?} in\n{text}");
                }
            }
        }
    }
}

#[test]
fn every_input_explains_itself_when_focused() {
    let mut app = app(Scenario::default());
    for def in INPUTS {
        app.update(Action::Focus(Focus::Input(def.input)));
        let said = folded(&format!("{}: {}", def.label, def.help));
        // In the focus hint, whole: above the status line, or in a tall layout's left column.
        for (width, height) in [(100, 30), (100, 75), (120, 90), (160, 48), (240, 67)] {
            let (screen, _) = draw(&app, width, height);
            let screen_area = Rect::new(0, 0, width, height);
            let hint = areas(Size::of(screen_area), screen_area).hint;
            let text = if hint.height >= 5 {
                // A panel titled with the label.
                format!("{}: {}", def.label, text_in(&screen, hint))
            } else {
                rows_text(&screen, hint)
            };
            assert!(text.contains(&said), "{width}x{height}: {said:?} in {text:?}");
        }
        // On the smallest screens, its start, and whole in the value editor.
        let (screen, _) = draw(&app, 80, 24);
        let hint = screen.lines().nth(22).expect("the hint row");
        assert!(hint.starts_with(&format!("{}: ", def.label)), "{hint:?}");
        let start: String = def.help.chars().take(20).collect();
        assert!(hint.contains(&start), "{hint:?}");
        app.update(Action::OpenEditor);
        for (width, height) in [(60, 20), (80, 24)] {
            let (screen, _) = draw(&app, width, height);
            let editor = editor_text(&screen, def.label);
            assert!(
                editor.contains(&folded(def.help)),
                "{width}x{height}: {}\n{screen}",
                def.label
            );
        }
        app.update(Action::Back);
    }
}

/// The text inside the value editor's box, found by its title.
fn editor_text(screen: &str, label: &str) -> String {
    let lines: Vec<Vec<char>> = cells(screen);
    let title = format!("Set {label} ");
    let top = screen.lines().position(|line| line.contains(&title)).expect("the editor");
    let left = lines[top].iter().position(|&ch| ch == '┏').expect("its corner");
    let right = lines[top].iter().rposition(|&ch| ch == '┓').expect("its corner");
    let rows = lines[top + 1..]
        .iter()
        .take_while(|row| row.get(left) != Some(&'┗'))
        .map(|row| row[left + 1..right.min(row.len())].iter().collect::<String>());
    folded(&rows.collect::<Vec<_>>().join(" "))
}

#[test]
fn the_task_size_editor_shows_a_small_ladder_around_the_size() {
    let mut app = app(Scenario::default());
    app.update(Action::Focus(Focus::Input(Input::TaskSize)));
    app.update(Action::OpenEditor);
    let (screen, _) = draw(&app, 80, 24);
    let editor = editor_text(&screen, "Task size");
    // Five rows of the seven, the size auto picks marked; not every size in a row.
    assert!(editor.contains("(5 of 7 rows, around the size auto picks for this load)"), "{editor}");
    assert!(editor.contains("▸ 0.25 vCPU 0.5 [1] 2 GB"), "{editor}");
    assert!(!editor.contains("one of:"), "{editor}");
    assert!(!editor.contains("120"), "the 16 vCPU row is out of view: {editor}");
}

#[test]
fn a_footer_that_leaves_keys_out_says_the_help_has_more() {
    let app = app(Scenario::default());
    let footer = |width, height| {
        let (screen, _) = draw(&app, width, height);
        screen.lines().last().expect("a status line").to_string()
    };
    let wide = footer(160, 48);
    for hint in ["v map", "t theme", "m meeting", "? help", "q quit"] {
        assert!(wide.contains(hint), "{hint} in {wide:?}");
    }
    for (width, height) in [(60, 20), (80, 24), (100, 30)] {
        let short = footer(width, height);
        assert!(!short.contains("m meeting"), "{short:?}");
        assert!(short.contains("? more") && !short.contains("? help"), "{short:?}");
    }
}

/// The focus hint of every input, as the compact layout draws it (the rows above the status
/// line), one after another: a snapshot to read the help lines as users see them.
#[test]
fn the_focus_hint_of_every_input_at_100x30() {
    let mut app = app(Scenario::default());
    let mut hints = String::new();
    for def in INPUTS {
        app.update(Action::Focus(Focus::Input(def.input)));
        let (screen, _) = draw(&app, 100, 30);
        let rows: Vec<&str> = screen.lines().rev().skip(1).take(3).collect();
        for row in rows.into_iter().rev().filter(|row| !row.is_empty()) {
            hints.push_str(row);
            hints.push('\n');
        }
        hints.push('\n');
    }
    insta::assert_snapshot!("focus_hints_100x30", hints);
}

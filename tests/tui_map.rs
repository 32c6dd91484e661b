//! The explorer's verdict map: `v` and `V` through the keymap, the map computed in the update
//! step at the size the frame measured, moving with every slider, and whole screens with the map
//! shown at 80×24 and 160×48 as insta snapshots, all driven through `App::update`.

mod tui_support;

use lvf::engine::map::{MapY, verdict_map};
use lvf::engine::scenario::{Input, Scenario};
use lvf::tui::action::Action;
use lvf::tui::app::{App, ChartView, Focus, Tab};
use lvf::tui::keymap::keymap;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use tui_support::{app, draw};

fn key(code: KeyCode, modifiers: KeyModifiers) -> KeyEvent {
    KeyEvent::new(code, modifiers)
}

/// Draws at `width`×`height` after fitting the map to the room the first frame measured, as the
/// event loop does.
fn fitted(app: &mut App, width: u16, height: u16) -> String {
    let (_, hits) = draw(app, width, height);
    if let Some(action) = app.map_resize(&hits) {
        app.update(action);
    }
    let (screen, hits) = draw(app, width, height);
    assert_eq!(app.map_resize(&hits), None, "one resize fits the map");
    screen
}

fn shown_map(app: &App) -> &lvf::engine::map::VerdictMap {
    &app.map().expect("the map is shown").map
}

#[test]
fn v_and_shift_v_map_to_the_map_actions() {
    let app = app(Scenario::default());
    assert_eq!(keymap(key(KeyCode::Char('v'), KeyModifiers::NONE), &app), Some(Action::ToggleMap));
    assert_eq!(
        keymap(key(KeyCode::Char('V'), KeyModifiers::SHIFT), &app),
        Some(Action::ToggleMapAxis)
    );
    // In the value editor, v is a character like any other.
    let mut editing = app.clone();
    editing.update(Action::OpenEditor);
    assert_eq!(
        keymap(key(KeyCode::Char('v'), KeyModifiers::NONE), &editing),
        Some(Action::EditorChar('v'))
    );
}

#[test]
fn v_toggles_the_map_and_capital_v_switches_its_axis() {
    let mut app = app(Scenario::default());
    assert_eq!((app.chart_view(), app.map().is_none()), (&ChartView::Curves, true));
    app.update(Action::ShowTab(Tab::Fit));
    app.update(Action::ToggleMap);
    assert!(matches!(app.chart_view(), ChartView::Map(_)), "{:?}", app.chart_view());
    assert_eq!(app.tab, Tab::Chart, "the map's tab comes to the front");
    let (cols, rows) = app.map_grid;
    let expected =
        verdict_map(app.scenario(), &app.book, MapY::Runtime, usize::from(cols), usize::from(rows));
    assert_eq!(shown_map(&app), &expected);
    app.update(Action::ToggleMapAxis);
    assert_eq!(app.map_y, MapY::Memory);
    assert_eq!(shown_map(&app).y_input, Input::Memory);
    app.update(Action::ToggleMapAxis);
    assert_eq!(shown_map(&app).y_input, Input::Runtime);
    app.update(Action::ToggleMap);
    assert_eq!((app.chart_view(), app.map().is_none()), (&ChartView::Curves, true));
}

#[test]
fn every_change_recomputes_the_map_and_undo_brings_it_back() {
    let mut app = app(Scenario::default());
    app.update(Action::ToggleMap);
    let before = shown_map(&app).clone();
    app.update(Action::Focus(Focus::Input(Input::ColdStartShare)));
    app.update(Action::Extreme { to_max: true });
    let after = shown_map(&app).clone();
    assert_ne!(before.cells, after.cells, "every invocation starting cold moves the frontier");
    let (cols, rows) = app.map_grid;
    let expected =
        verdict_map(app.scenario(), &app.book, MapY::Runtime, usize::from(cols), usize::from(rows));
    assert_eq!(after, expected);
    app.update(Action::Undo);
    assert_eq!(shown_map(&app), &before);
    // Dragging a slider recomputes on every step of the drag.
    for position in [0.2, 0.4, 0.6] {
        app.update(Action::SetPosition { input: Input::Memory, position, drag: true });
        let expected = verdict_map(
            app.scenario(),
            &app.book,
            MapY::Runtime,
            usize::from(cols),
            usize::from(rows),
        );
        assert_eq!(shown_map(&app), &expected);
    }
}

#[test]
fn the_map_is_sized_to_the_panel_the_frame_measured() {
    let mut app = app(Scenario::default());
    app.update(Action::ToggleMap);
    fitted(&mut app, 160, 48);
    let (cols, rows) = app.map_grid;
    let map = shown_map(&app);
    assert_eq!((map.width(), map.height()), (usize::from(cols), usize::from(rows)));
    // The chart panel, less the focus hint's rows under it.
    assert!(cols > 40 && rows > 16, "{cols}x{rows}");
    fitted(&mut app, 80, 24);
    assert!(app.map_grid.0 > 60 && app.map_grid.1 >= 3, "{:?}", app.map_grid);
    // With the curves shown, a frame asks for nothing.
    app.update(Action::ToggleMap);
    let (_, hits) = draw(&app, 80, 24);
    assert_eq!(app.map_resize(&hits), None);
}

#[test]
fn map_screens() {
    // Without a materiality line, so that the map shows where each platform wins on cost.
    let mut app = app(Scenario { materiality_usd: 0.0, ..Scenario::default() });
    app.update(Action::ToggleMap);
    let small = fitted(&mut app, 80, 24);
    assert!(small.contains("Lambda's 15 min limit"), "{small}");
    assert!(small.contains("●"), "{small}");
    assert!(small.contains("1 Verdict map"), "{small}");
    insta::assert_snapshot!("map_default_80x24", small);
    let large = fitted(&mut app, 160, 48);
    assert!(large.contains("Lambda wins below about"), "{large}");
    insta::assert_snapshot!("map_default_160x48", large);
    app.update(Action::ToggleMapAxis);
    let memory = fitted(&mut app, 160, 48);
    assert!(memory.contains("Lambda's 10 GB limit") && memory.contains("120 GB"), "{memory}");
    insta::assert_snapshot!("map_memory_160x48", memory);
}

#[test]
fn a_blocked_and_persistent_map_shows_neither() {
    // Persistent state on a fixed 1 vCPU / 4 GB task: above 4 GB Fargate cannot run it and
    // Lambda keeps nothing durable, so neither fits; below it Fargate wins.
    let mut app = app(Scenario::default());
    app.update(Action::Focus(Focus::Input(Input::State)));
    app.update(Action::Extreme { to_max: true });
    app.update(Action::Focus(Focus::Input(Input::TaskSize)));
    app.update(Action::OpenEditor);
    for ch in "1/4".chars() {
        app.update(Action::EditorChar(ch));
    }
    app.update(Action::EditorSubmit);
    app.update(Action::ToggleMapAxis);
    let screen = fitted(&mut app, 160, 48);
    assert!(screen.contains("╳ neither"), "{screen}");
    let map = shown_map(&app);
    assert!(map.cells.iter().flatten().any(|c| *c == lvf::engine::report::Choice::Neither));
    assert!(!screen.contains("░ Lambda"), "Lambda wins nowhere: {screen}");
}

#[test]
fn help_lists_v() {
    let mut app = app(Scenario::default());
    app.update(Action::ToggleHelp);
    let (screen, _) = draw(&app, 120, 40);
    assert!(screen.contains("verdict map ↔ curves; map's y axis"), "{screen}");
    let (screen, _) =
        draw(&lvf::tui::app::App::new(Scenario::default(), app.book.clone()), 160, 48);
    assert!(screen.contains("v map"), "{screen}");
}

#[test]
fn an_absurd_grid_is_capped_instead_of_computing_billions_of_cells() {
    let mut app = app(Scenario::default());
    app.update(Action::ToggleMap);
    app.update(Action::MapGrid { cols: u16::MAX, rows: u16::MAX });
    assert_eq!(app.map_grid, lvf::tui::app::map::MAX_MAP_GRID);
    let map = shown_map(&app);
    assert_eq!(map.x.len(), usize::from(lvf::tui::app::map::MAX_MAP_GRID.0));
    assert_eq!(map.y.len(), usize::from(lvf::tui::app::map::MAX_MAP_GRID.1));
}

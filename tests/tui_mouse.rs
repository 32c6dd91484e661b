//! The mouse on a drawn frame: the hitmap of a real frame sends clicks, drags and the wheel to
//! the slider under the pointer.

mod tui_support;

use lvf::engine::scenario::{Input, Scenario};
use lvf::tui::action::Action;
use lvf::tui::app::{Focus, Mode};
use lvf::tui::mouse::{Target, mouse_action};
use ratatui::crossterm::event::{KeyModifiers, MouseButton, MouseEvent, MouseEventKind};
use tui_support::{app, draw};

fn event(kind: MouseEventKind, column: u16, row: u16) -> MouseEvent {
    MouseEvent { kind, column, row, modifiers: KeyModifiers::NONE }
}

#[test]
fn clicking_and_dragging_a_track_sets_the_slider_at_every_layout() {
    for (width, height) in [(160, 45), (100, 30), (80, 24), (60, 20)] {
        let mut app = app(Scenario::default());
        let (_, hits) = draw(&app, width, height);
        let track = hits
            .hits()
            .iter()
            .find(|hit| hit.target == Target::Track(Input::Memory))
            .unwrap_or_else(|| panic!("{width}x{height}: no memory track"))
            .area;
        let down = event(MouseEventKind::Down(MouseButton::Left), track.right() - 1, track.y);
        let action = mouse_action(down, &hits).expect("a click on the track acts");
        app.update(action);
        assert_eq!(app.focus, Focus::Input(Input::Memory), "{width}x{height}");
        assert!((app.scenario().memory_mb - 122_880.0).abs() < 1e-9, "{width}x{height}");
        let (_, hits) = draw(&app, width, height);
        let drag = event(MouseEventKind::Drag(MouseButton::Left), 0, track.y);
        app.update(mouse_action(drag, &hits).expect("a drag along the row acts"));
        assert!((app.scenario().memory_mb - 128.0).abs() < 1e-9, "{width}x{height}");
        app.update(Action::Undo);
        assert!((app.scenario().memory_mb - 1024.0).abs() < 1e-9, "click and drag are two steps");
    }
}

#[test]
fn clicking_a_label_focuses_and_the_wheel_steps() {
    let mut app = app(Scenario::default());
    // Tall enough for every assumption's row (at 45 rows the panel scrolls).
    let (_, hits) = draw(&app, 240, 67);
    let label = hits
        .hits()
        .iter()
        .find(|hit| hit.target == Target::Label(Input::SpotShare))
        .expect("the spot share row")
        .area;
    app.update(
        mouse_action(event(MouseEventKind::Down(MouseButton::Left), label.x + 3, label.y), &hits)
            .expect("click"),
    );
    assert_eq!(app.focus, Focus::Input(Input::SpotShare));
    app.update(
        mouse_action(event(MouseEventKind::ScrollUp, label.x + 3, label.y), &hits).expect("wheel"),
    );
    assert!((app.scenario().spot_share - 0.05).abs() < 1e-9);
}

#[test]
fn a_click_on_a_preset_applies_it_and_a_click_outside_closes_the_picker() {
    let mut app = app(Scenario::default());
    app.update(Action::OpenPicker);
    let (_, hits) = draw(&app, 120, 40);
    let row = hits
        .hits()
        .iter()
        .find(|hit| hit.target == Target::Preset(3))
        .expect("the fourth preset")
        .area;
    let click = event(MouseEventKind::Down(MouseButton::Left), row.x + 1, row.y);
    app.update(mouse_action(click, &hits).expect("click"));
    assert_eq!(app.preset, Some(3));
    assert_eq!(app.mode, Mode::Normal);
    app.update(Action::OpenPicker);
    let (_, hits) = draw(&app, 120, 40);
    app.update(
        mouse_action(event(MouseEventKind::Down(MouseButton::Left), 0, 0), &hits).expect("click"),
    );
    assert_eq!(app.mode, Mode::Normal);
    assert_eq!(app.preset, Some(3));
}

//! `App::update`: every action, through the real engine.

use crate::engine::pricing::PriceBook;
use crate::engine::report::{Choice, Platform};
use crate::engine::scenario::{Input, Scenario, State};

use super::super::action::Action;
use super::super::app::{App, Focus, Mode, StatusKind, Tab};
use super::super::effect::Effect;

fn app() -> App {
    App::new(Scenario::default(), PriceBook::builtin())
}

fn focus(app: &mut App, input: Input) {
    app.update(Action::Focus(Focus::Input(input)));
}

#[test]
fn focus_walks_sliders_assumptions_and_fit_rows_and_wraps() {
    let mut app = app();
    assert_eq!(app.focus, Focus::Input(Input::Runtime));
    app.update(Action::FocusPrev);
    let last_row = app.report().fit.len() - 1;
    assert_eq!(app.focus, Focus::Fit(last_row));
    assert_eq!(app.tab, Tab::Fit);
    app.update(Action::FocusNext);
    assert_eq!(app.focus, Focus::Input(Input::Runtime));
    for _ in 0..Input::PRIMARY.len() {
        app.update(Action::FocusNext);
    }
    assert_eq!(app.focus, Focus::Input(Input::ASSUMPTIONS[0]));
    assert_eq!(app.tab, Tab::Assumptions, "the tab follows the focus");
}

#[test]
fn every_step_recomputes_the_report() {
    let mut app = app();
    focus(&mut app, Input::Rate);
    let before = app.report().clone();
    app.update(Action::Step { steps: 1, coarse: false });
    assert!(app.scenario().rate_per_s > 10.0);
    assert_ne!(
        app.report().platforms[Platform::Lambda].monthly_usd,
        before.platforms[Platform::Lambda].monthly_usd
    );
    app.update(Action::Step { steps: 1, coarse: true });
    assert!(app.scenario().rate_per_s > 100.0);
    app.update(Action::Extreme { to_max: true });
    assert!((app.scenario().rate_per_s - 100_000.0).abs() < 1e-9);
    app.update(Action::Extreme { to_max: false });
    assert!((app.scenario().rate_per_s - 1.0 / 86_400.0).abs() < 1e-12);
}

#[test]
fn stepping_a_choice_moves_through_its_options() {
    let mut app = app();
    focus(&mut app, Input::State);
    app.update(Action::Step { steps: 1, coarse: false });
    assert_eq!(app.scenario().state, State::Cache);
    app.update(Action::Extreme { to_max: true });
    assert_eq!(app.scenario().state, State::Persistent);
    assert_eq!(app.report().verdict.choice, Choice::Fargate);
}

#[test]
fn undo_and_redo_walk_the_history() {
    let mut app = app();
    let start = app.scenario().clone();
    focus(&mut app, Input::Memory);
    app.update(Action::Step { steps: 2, coarse: false });
    let moved = app.scenario().clone();
    app.update(Action::Undo);
    assert_eq!(app.scenario(), &start);
    app.update(Action::Undo);
    assert_eq!(app.status.as_ref().map(|status| status.text.as_str()), Some("nothing to undo"));
    app.update(Action::Redo);
    assert_eq!(app.scenario(), &moved);
    app.update(Action::Redo);
    assert_eq!(app.scenario(), &moved);
    // A new change forgets what could be redone.
    app.update(Action::Undo);
    app.update(Action::Step { steps: -1, coarse: false });
    assert!(!app.can_redo());
}

#[test]
fn a_step_at_the_end_of_the_range_is_no_undo_step() {
    let mut app = app();
    focus(&mut app, Input::Rate);
    app.update(Action::Extreme { to_max: true });
    app.update(Action::Step { steps: 1, coarse: false });
    app.update(Action::Undo);
    assert!((app.scenario().rate_per_s - 10.0).abs() < 1e-9);
}

#[test]
fn a_drag_is_one_undo_step() {
    let mut app = app();
    for position in [0.1, 0.2, 0.3, 0.9] {
        app.update(Action::SetPosition { input: Input::Rate, position, drag: true });
    }
    assert_eq!(app.focus, Focus::Input(Input::Rate));
    assert!(app.scenario().rate_per_s > 1000.0);
    app.update(Action::Undo);
    assert!((app.scenario().rate_per_s - 10.0).abs() < 1e-9);
}

#[test]
fn the_editor_applies_a_good_value_and_refuses_a_bad_one_without_changing_anything() {
    let mut app = app();
    focus(&mut app, Input::Rate);
    app.update(Action::OpenEditor);
    for ch in "50 apples".chars() {
        app.update(Action::EditorChar(ch));
    }
    let before = app.scenario().clone();
    app.update(Action::EditorSubmit);
    let Mode::Editor(editor) = &app.mode else { panic!("the editor closed on a bad value") };
    assert!(editor.error.as_deref().is_some_and(|error| error.starts_with("Rate:")));
    assert_eq!(app.scenario(), &before);
    for _ in 0.."apples".len() {
        app.update(Action::EditorBackspace);
    }
    app.update(Action::EditorChar('/'));
    app.update(Action::EditorChar('s'));
    app.update(Action::EditorSubmit);
    assert_eq!(app.mode, Mode::Normal);
    assert!((app.scenario().rate_per_s - 50.0).abs() < 1e-9);
    let status = app.status.clone().expect("a message");
    assert_eq!(status.kind, StatusKind::Info);
    assert!(status.text.starts_with("Rate set to 50/s"), "{}", status.text);
}

#[test]
fn opening_the_editor_clears_a_message_about_an_earlier_change() {
    let mut app = app();
    focus(&mut app, Input::Rate);
    app.update(Action::Extreme { to_max: true });
    app.update(Action::OpenEditor);
    for ch in "70/s".chars() {
        app.update(Action::EditorChar(ch));
    }
    app.update(Action::EditorSubmit);
    assert!(app.status.is_some(), "the value set is reported");
    app.update(Action::OpenEditor);
    assert_eq!(app.status, None, "a stale message would sit under the editor's own error");
}

#[test]
fn out_of_range_text_names_the_range() {
    let mut app = app();
    focus(&mut app, Input::Runtime);
    app.update(Action::OpenEditor);
    for ch in "3d".chars() {
        app.update(Action::EditorChar(ch));
    }
    app.update(Action::EditorSubmit);
    let Mode::Editor(editor) = &app.mode else { panic!("closed") };
    assert!(editor.error.as_deref().is_some_and(|error| error.contains("outside the range")));
    app.update(Action::Back);
    assert_eq!(app.mode, Mode::Normal);
    assert!(app.running, "Esc closes the editor before it quits");
}

#[test]
fn the_picker_applies_a_preset_as_one_undo_step() {
    let mut app = app();
    app.update(Action::OpenPicker);
    assert_eq!(app.mode, Mode::Picker { selected: 0 });
    app.update(Action::PickerMove(-3));
    assert_eq!(app.mode, Mode::Picker { selected: 0 });
    app.update(Action::PickerMove(i32::MAX));
    let last = app.presets.len() - 1;
    assert_eq!(app.mode, Mode::Picker { selected: last });
    app.update(Action::PickerMove(-1));
    app.update(Action::PickerChoose);
    assert_eq!(app.mode, Mode::Normal);
    assert_eq!(app.preset, Some(last - 1));
    assert_eq!(app.scenario(), &app.presets[last - 1].scenario);
    assert_eq!(app.preset_label(), Some((app.presets[last - 1].name, false)));
    app.update(Action::Undo);
    assert_eq!(app.scenario(), &Scenario::default());
    assert_eq!(app.preset, None);
}

#[test]
fn esc_closes_what_is_open_then_quits() {
    let mut app = app();
    app.update(Action::ToggleHelp);
    assert_eq!(app.mode, Mode::Help);
    app.update(Action::Back);
    assert_eq!(app.mode, Mode::Normal);
    assert!(app.running);
    app.update(Action::Back);
    assert!(!app.running);
    let mut app = self::app();
    app.update(Action::OpenPicker);
    app.update(Action::Quit);
    assert!(!app.running);
}

#[test]
fn fit_rows_are_stepped_like_a_list() {
    let mut app = app();
    app.update(Action::Focus(Focus::Fit(2)));
    app.update(Action::Step { steps: 1, coarse: false });
    assert_eq!(app.focus, Focus::Fit(3));
    app.update(Action::Extreme { to_max: true });
    assert_eq!(app.focus, Focus::Fit(app.report().fit.len() - 1));
    app.update(Action::Step { steps: -100, coarse: true });
    assert_eq!(app.focus, Focus::Fit(0));
    app.update(Action::Focus(Focus::Fit(10_000)));
    assert_eq!(app.focus, Focus::Fit(0), "a row that does not exist is not focused");
    app.update(Action::OpenEditor);
    assert_eq!(app.mode, Mode::Normal, "a fit row has no value to type");
}

#[test]
fn the_wheel_steps_an_input_without_moving_the_focus() {
    let mut app = app();
    app.update(Action::StepInput { input: Input::Memory, steps: 1 });
    assert!(app.scenario().memory_mb > 1024.0);
    assert_eq!(app.focus, Focus::Input(Input::Runtime));
}

#[test]
fn export_asks_the_loop_to_write_and_changes_nothing_until_it_answers() {
    let mut app = app();
    app.export.dir = "snapshots".into();
    let effect = app.update(Action::Export);
    let Some(Effect::WriteSnapshot { dir, report, pricing_file, .. }) = effect else {
        panic!("no write asked for: {effect:?}")
    };
    assert_eq!(dir, std::path::Path::new("snapshots"));
    assert_eq!(&report, app.report());
    assert_eq!(pricing_file, None);
    assert_eq!(app.status, None, "nothing is said before the write has run");
    app.update(Action::Exported(Ok("snapshots/lvf-snapshot-1.md".into())));
    let status = app.status.clone().expect("a message");
    assert_eq!(status.kind, StatusKind::Info);
    assert_eq!(status.text, "exported snapshots/lvf-snapshot-1.md");
    assert_eq!(app.update(Action::Exported(Err("disk full".to_string()))), None);
    let status = app.status.clone().expect("a message");
    assert_eq!(
        (status.kind, status.text.as_str()),
        (StatusKind::Error, "export failed: disk full")
    );
}

#[test]
fn the_peak_slider_stops_at_what_the_shape_reaches() {
    let mut app = app();
    focus(&mut app, Input::Peak);
    for _ in 0..5 {
        app.update(Action::Step { steps: 1, coarse: true });
    }
    let most = app.scenario().traffic.max_peak();
    assert_eq!(app.scenario().peak.to_bits(), most.to_bits(), "diurnal reaches 2x at most");
    let status = app.status.clone().expect("a message");
    assert!(status.text.starts_with("peak ÷ average held at 2×"), "{}", status.text);
    // One step back down moves it again.
    app.update(Action::Step { steps: -1, coarse: false });
    assert!(app.scenario().peak < most);
}

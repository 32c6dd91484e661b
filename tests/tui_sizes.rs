//! No terminal size from 0×0 to 320×100 panics, in any mode, for any preset; and the sizes the
//! issue names show what they promise.

mod app_support;
mod tui_support;

use lvf::engine::presets;
use lvf::engine::scenario::{Input, Scenario};
use lvf::tui::action::Action;
use lvf::tui::app::{App, Focus};
use tui_support::{app, draw};

/// Sizes to try: a grid over 0×0..=320×100 plus every layout boundary and its neighbours (the
/// grid is coarse so the sweep runs in seconds in a debug build).
fn sizes() -> Vec<(u16, u16)> {
    let widths: Vec<u16> =
        (0..=320).step_by(32).chain([1, 2, 3, 59, 60, 61, 99, 100, 159, 160, 319, 320]).collect();
    let heights: Vec<u16> =
        (0..=100).step_by(14).chain([1, 2, 19, 20, 21, 29, 30, 44, 45, 99, 100]).collect();
    widths.iter().flat_map(|width| heights.iter().map(move |height| (*width, *height))).collect()
}

/// The app in each mode worth drawing.
fn apps() -> Vec<App> {
    let mut apps = vec![app(Scenario::default())];
    let mut help = app(Scenario::default());
    help.update(Action::ToggleHelp);
    apps.push(help);
    let mut picker = app(Scenario::default());
    picker.update(Action::OpenPicker);
    picker.update(Action::PickerMove(100));
    apps.push(picker);
    let mut editor = app(Scenario::default());
    editor.update(Action::Focus(Focus::Input(Input::Memory)));
    editor.update(Action::OpenEditor);
    for ch in "lots".chars() {
        editor.update(Action::EditorChar(ch));
    }
    editor.update(Action::EditorSubmit);
    apps.push(editor);
    let mut fit = app(Scenario::default());
    fit.update(Action::FocusPrev);
    apps.push(fit);
    apps
}

#[test]
fn no_size_panics() {
    for (width, height) in sizes() {
        draw(&app(Scenario::default()), width, height);
    }
}

#[test]
fn no_size_panics_in_any_mode() {
    for app in apps() {
        for (width, height) in sizes().into_iter().step_by(9) {
            draw(&app, width, height);
        }
    }
}

#[test]
fn no_size_panics_for_any_preset_or_extreme() {
    let mut scenarios: Vec<Scenario> =
        presets::all().into_iter().map(|preset| preset.scenario).collect();
    let mut extreme = app(Scenario::default());
    for input in Input::all() {
        extreme.update(Action::Focus(Focus::Input(input)));
        extreme.update(Action::Extreme { to_max: true });
    }
    scenarios.push(extreme.scenario().clone());
    for input in Input::all() {
        extreme.update(Action::Focus(Focus::Input(input)));
        extreme.update(Action::Extreme { to_max: false });
    }
    scenarios.push(extreme.scenario().clone());
    for scenario in scenarios {
        let app = app(scenario);
        for (width, height) in sizes().into_iter().step_by(31) {
            draw(&app, width, height);
        }
    }
}

#[test]
fn below_the_minimum_one_line_says_so() {
    let app = app(Scenario::default());
    for (width, height) in [(59, 45), (160, 19), (40, 10), (33, 1)] {
        let (screen, _) = draw(&app, width, height);
        let lines: Vec<&str> = screen.lines().filter(|line| !line.is_empty()).collect();
        assert_eq!(lines, ["terminal too small (need 60×20)"], "{width}x{height}");
    }
    let (screen, _) = draw(&app, 10, 3);
    assert_eq!(screen.lines().next(), Some("terminal …"));
}

#[test]
fn every_slider_and_the_verdict_show_down_to_the_minimum() {
    let app = app(Scenario::default());
    for (width, height) in [(60, 20), (80, 24), (100, 30), (160, 45)] {
        let (screen, _) = draw(&app, width, height);
        for input in Input::PRIMARY {
            assert!(screen.contains(input.label()), "{width}x{height}: {}", input.label());
            let value = app.scenario().display(input);
            let short = value.split(" · ").next().unwrap_or(&value);
            assert!(screen.contains(short), "{width}x{height}: {value}");
        }
        assert!(
            screen.contains("FARGATE") || screen.contains("LAMBDA") || screen.contains("EITHER")
        );
        // The chart draws its rate axis, or where it has too few rows (60x20, under five sliders)
        // says both bills and the break-even in a sentence.
        let axis = screen.contains("1/day") && screen.contains("0/s");
        assert!(axis || screen.contains("At 10/s: Lambda $"), "{width}x{height}: rate axis");
    }
}

#[test]
fn at_full_size_every_panel_shows() {
    let app = app(Scenario::default());
    let (screen, _) = draw(&app, 160, 45);
    for title in ["Workload", "Assumptions", "Verdict", "Fit", "Monthly cost at", "Notes"] {
        assert!(screen.contains(title), "{title}");
    }
    // The assumptions scroll at 45 rows; from 67 every one shows, with the notes under them.
    let (screen, _) = draw(&app, 240, 67);
    for input in Input::ASSUMPTIONS {
        assert!(screen.contains(input.label()), "{}", input.label());
    }
    assert!(screen.contains("Notes"));
}

proptest::proptest! {
    #![proptest_config(proptest::prelude::ProptestConfig {
        cases: 64,
        ..proptest::prelude::ProptestConfig::default()
    })]

    /// Any report, in any state the actions reach (map, overlays, editor, meeting mode, themes,
    /// inputs at and past their ends), drawn at any size from 0×0 to 320×100: no panic, and
    /// exactly the frame's rows come out.
    #[test]
    fn any_report_in_any_state_draws_at_any_size(
        positions in proptest::collection::vec(
            proptest::prop_oneof![
                proptest::strategy::Just(0.0),
                proptest::strategy::Just(1.0),
                0.0..=1.0f64
            ],
            Input::all().count(),
        ),
        seeds in proptest::collection::vec(proptest::prelude::any::<u64>(), 0..12),
        width in 0u16..=320,
        height in 0u16..=100,
    ) {
        let mut app = app(Scenario::default());
        for (input, position) in Input::all().zip(positions) {
            app.update(Action::SetPosition { input, position, drag: false });
        }
        for seed in seeds {
            app.update(app_support::action(seed, false));
        }
        let (screen, _) = draw(&app, width, height);
        proptest::prop_assert_eq!(screen.lines().count(), usize::from(height));
    }
}

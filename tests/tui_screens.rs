//! Whole screens of the explorer as insta snapshots, at 80×24, 120×40, 200×50 and 40×10 (below
//! the minimum), for the default scenario and two presets, every state reached through
//! `App::update` as keys would reach it.

mod tui_support;

use lvf::engine::presets;
use lvf::engine::scenario::{Input, Scenario};
use lvf::tui::action::Action;
use lvf::tui::app::{App, Focus, Tab};
use tui_support::{app, draw};

const SIZES: [(u16, u16); 4] = [(80, 24), (120, 40), (200, 50), (40, 10)];

/// The explorer after picking `name` in the preset picker.
fn picked(name: &str) -> App {
    let mut app = app(Scenario::default());
    let index = presets::all().iter().position(|preset| preset.name == name).expect(name);
    app.update(Action::OpenPicker);
    app.update(Action::PickerMove(i32::try_from(index).expect("few presets")));
    app.update(Action::PickerChoose);
    assert_eq!(app.preset.map(|index| app.presets[index].name), Some(name));
    app
}

fn snapshot_sizes(name: &str, app: &App) {
    for (width, height) in SIZES {
        let (screen, _) = draw(app, width, height);
        insta::assert_snapshot!(format!("{name}_{width}x{height}"), screen);
    }
}

#[test]
fn default_scenario() {
    snapshot_sizes("default", &app(Scenario::default()));
}

#[test]
fn serverless_api_preset() {
    snapshot_sizes("serverless_api", &picked("serverless-api"));
}

#[test]
fn database_preset_with_the_fit_matrix_in_focus() {
    let mut app = picked("database");
    // Walk the focus up from the first slider into the last fit rows, as ↑ does.
    app.update(Action::FocusPrev);
    app.update(Action::FocusPrev);
    assert!(matches!(app.focus, Focus::Fit(_)));
    snapshot_sizes("database", &app);
}

#[test]
fn overlays_at_the_smallest_full_screen() {
    let mut app = app(Scenario::default());
    app.update(Action::ToggleHelp);
    insta::assert_snapshot!("help_80x24", draw(&app, 80, 24).0);
    app.update(Action::Back);
    app.update(Action::OpenPicker);
    app.update(Action::PickerMove(2));
    insta::assert_snapshot!("picker_80x24", draw(&app, 80, 24).0);
    app.update(Action::Back);
    app.update(Action::Focus(Focus::Input(Input::Rate)));
    app.update(Action::OpenEditor);
    for ch in "50/fortnight".chars() {
        app.update(Action::EditorChar(ch));
    }
    app.update(Action::EditorSubmit);
    insta::assert_snapshot!("editor_error_80x24", draw(&app, 80, 24).0);
    // The save prompt, after a name that cannot be a file name.
    app.update(Action::Back);
    app.update(Action::OpenSave);
    for ch in "/etc".chars() {
        app.update(Action::EditorChar(ch));
    }
    app.update(Action::SaveSubmit);
    insta::assert_snapshot!("save_prompt_error_80x24", draw(&app, 80, 24).0);
}

#[test]
fn each_tab_of_the_stacked_layout() {
    let mut app = app(Scenario::default());
    for tab in Tab::ALL {
        app.update(Action::ShowTab(tab));
        let name = format!("tab_{}_80x24", tab.title().replace([' ', '&'], "_").to_lowercase());
        insta::assert_snapshot!(name, draw(&app, 80, 24).0);
    }
}

#[test]
fn help_descriptions_wrap_under_themselves_on_a_narrow_screen() {
    let mut app = app(Scenario::default());
    app.update(Action::ToggleHelp);
    let (screen, _) = draw(&app, 60, 40);
    // The first description wraps; its second row starts in the description column.
    assert!(screen.contains("┃↑ ↓  k j  Tab ⇧Tab     move the focus: sliders,"), "{screen}");
    assert!(screen.contains(&format!("┃{}assumptions, fit rows", " ".repeat(23))), "{screen}");
}

#[test]
fn help_on_the_smallest_screen_keeps_every_key_and_cuts_descriptions() {
    let mut app = app(Scenario::default());
    app.update(Action::ToggleHelp);
    let (screen, _) = draw(&app, 60, 20);
    for (keys, _) in lvf::tui::view::help::rows() {
        assert!(screen.contains(&format!("┃{keys} ")), "{keys} is missing:\n{screen}");
    }
    assert!(screen.contains("move the focus: sliders, assumptio…"), "{screen}");
}

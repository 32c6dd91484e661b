//! Saving, quitting safely and stepping through slides, through `App::update` and the effects'
//! real file writes (into a temporary directory).

use std::path::Path;

use crate::engine::pricing::PriceBook;
use crate::engine::scenario::{Input, Scenario};
use crate::export::Timestamp;
use crate::scenario_file::deck::{Deck, Slide};
use crate::scenario_file::{self, About};

use super::super::action::Action;
use super::super::app::{App, ExportTarget, Mode};
use super::super::effect::dispatch;
use super::save::UNSAVED;

fn app_in(dir: &Path) -> App {
    let mut app = App::new(Scenario::default(), PriceBook::builtin());
    app.export = ExportTarget { dir: dir.to_path_buf(), pricing_file: None };
    app
}

fn run(app: &mut App, action: Action) {
    dispatch(app, action, || Timestamp::from_unix(0).expect("epoch"));
}

/// Opens the prompt and types `name` over the suggestion.
fn save_as(app: &mut App, name: &str) {
    run(app, Action::OpenSave);
    for ch in name.chars() {
        run(app, Action::EditorChar(ch));
    }
    run(app, Action::SaveSubmit);
}

#[test]
fn quitting_with_unsaved_changes_asks_once() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut app = app_in(dir.path());
    app.update(Action::StepInput { input: Input::Rate, steps: 1 });
    app.update(Action::Quit);
    assert!(app.running, "the first quit only asks");
    assert_eq!(app.status.as_ref().map(|status| status.text.as_str()), Some(UNSAVED));
    app.update(Action::Back);
    assert!(!app.running, "the second quits");
    // Back to where it started: nothing to lose, nothing asked.
    let mut app = app_in(dir.path());
    app.update(Action::StepInput { input: Input::Rate, steps: 1 });
    app.update(Action::Undo);
    app.update(Action::Back);
    assert!(!app.running);
}

#[test]
fn s_saves_a_file_that_reads_back_and_the_reopen_line_names_it() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut app = app_in(dir.path());
    app.update(Action::StepInput { input: Input::Rate, steps: 3 });
    assert!(app.reopen_line().starts_with("lvf --runtime 120ms"), "{}", app.reopen_line());
    run(&mut app, Action::OpenSave);
    assert_eq!(
        app.mode,
        Mode::Save(super::super::app::Prompt {
            text: "scenario-1".to_string(),
            error: None,
            replace: None,
            suggested: true,
        })
    );
    save_as(&mut app, "checkout");
    let path = dir.path().join("checkout.toml");
    assert_eq!(app.mode, Mode::Normal);
    let status = app.status.clone().expect("a status");
    assert!(status.text.contains("checkout.toml"), "{}", status.text);
    let read = scenario_file::load(&path, &app.book).expect("reads back");
    assert_eq!(read.scenario, *app.scenario());
    assert_eq!(read.about.name.as_deref(), Some("checkout"));
    assert_eq!(app.reopen_line(), format!("lvf --scenario {}", path.display()));
    app.update(Action::Quit);
    assert!(!app.running, "saved: quits at once");
}

#[test]
fn another_file_is_replaced_only_when_asked_twice() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("kept.toml");
    std::fs::write(&path, "mine").expect("write");
    let mut app = app_in(dir.path());
    save_as(&mut app, "kept");
    let Mode::Save(prompt) = &app.mode else { panic!("still asking") };
    assert!(prompt.error.as_deref().is_some_and(|error| error.contains("exists")), "{prompt:?}");
    assert_eq!(std::fs::read_to_string(&path).expect("read"), "mine");
    run(&mut app, Action::SaveSubmit);
    assert_eq!(app.mode, Mode::Normal);
    assert!(std::fs::read_to_string(&path).expect("read").contains("version = 1"));
    // Its own file is written again without asking.
    app.update(Action::StepInput { input: Input::Rate, steps: 1 });
    save_as(&mut app, "kept");
    assert_eq!(app.mode, Mode::Normal);
}

#[test]
fn typing_replaces_the_suggestion_and_backspace_edits_it() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut app = app_in(dir.path());
    app.update(Action::OpenSave);
    app.update(Action::EditorBackspace);
    app.update(Action::EditorChar('9'));
    let Mode::Save(prompt) = &app.mode else { panic!("open") };
    assert_eq!(prompt.text, "scenario-9");
    app.update(Action::Back);
    app.update(Action::OpenSave);
    app.update(Action::EditorChar('x'));
    let Mode::Save(prompt) = &app.mode else { panic!("open") };
    assert_eq!(prompt.text, "x");
}

#[test]
fn bad_names_are_refused_in_the_prompt() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut app = app_in(dir.path());
    save_as(&mut app, "../escape");
    let Mode::Save(prompt) = &app.mode else { panic!("still asking") };
    assert!(prompt.error.is_some());
    assert!(std::fs::read_dir(dir.path()).expect("dir").next().is_none(), "nothing written");
}

fn slide(title: &str, rate: f64) -> Slide {
    let scenario = Scenario { rate_per_s: rate, ..Scenario::default() };
    let about = About { title: Some(title.to_string()), ..About::default() };
    Slide { title: title.to_string(), about, scenario }
}

#[test]
fn a_deck_steps_from_the_start_and_back_to_it() {
    let deck = Deck { title: None, slides: vec![slide("a", 1.0), slide("b", 2.0)] };
    let start = Scenario { rate_per_s: 7.0, ..Scenario::default() };
    let mut app = App::new(start.clone(), PriceBook::builtin()).with_start(
        About::default(),
        None,
        Some(deck),
    );
    assert_eq!(app.deck_title().map(|(name, _)| name).as_deref(), Some(" your workload (0/2)"));
    app.update(Action::Slide(1));
    assert!((app.scenario().rate_per_s - 1.0).abs() < 1e-12);
    assert_eq!(app.deck_title().map(|(name, _)| name).as_deref(), Some(" a (1/2)"));
    app.update(Action::Slide(-1));
    assert_eq!(app.scenario(), &start, "N from slide 1 returns to the start");
    app.update(Action::Slide(-1));
    assert!((app.scenario().rate_per_s - 2.0).abs() < 1e-12, "and wraps to the last");
}

#[test]
fn without_a_deck_n_from_the_first_preset_returns_to_the_start() {
    let start = Scenario { rate_per_s: 7.0, ..Scenario::default() };
    let mut app = App::new(start.clone(), PriceBook::builtin());
    app.update(Action::Slide(1));
    assert_eq!(app.preset, Some(0));
    app.update(Action::Slide(-1));
    assert_eq!(app.scenario(), &start);
}

#[test]
fn the_status_line_names_the_scenario_file_and_marks_changes() {
    use ratatui::Terminal;
    use ratatui::backend::TestBackend;
    let about = About { title: Some("Checkout API".to_string()), ..About::default() };
    let mut app =
        App::new(Scenario { rate_per_s: 7.0, ..Scenario::default() }, PriceBook::builtin())
            .with_start(about, None, None);
    let status_row = |app: &App| {
        let mut terminal = Terminal::new(TestBackend::new(120, 40)).expect("backend");
        terminal.draw(|frame| drop(super::super::view::render(frame, app))).expect("draw");
        let buffer = terminal.backend().buffer().clone();
        (0..buffer.area.width)
            .map(|x| buffer[(x, buffer.area.height - 1)].symbol())
            .collect::<String>()
    };
    assert!(status_row(&app).starts_with("Checkout API "), "{}", status_row(&app));
    app.update(Action::StepInput { input: Input::Rate, steps: 1 });
    assert!(status_row(&app).starts_with("Checkout API (unsaved)"), "{}", status_row(&app));
}

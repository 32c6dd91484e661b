//! The explorer's `e` key, through `App::update`: the snapshot it writes is `lvf export`'s
//! document, names never collide, and a directory that cannot be written leaves no file behind,
//! an error in the status line and the explorer's state as it was.

use std::path::Path;

use lvf::engine::presets;
use lvf::engine::pricing::PriceBook;
use lvf::engine::scenario::Scenario;
use lvf::export::{self, Provenance, Timestamp};
use lvf::tui::action::Action;
use lvf::tui::app::{App, ExportTarget, StatusKind};
use lvf::tui::effect::dispatch;

/// 2026-11-26T18:00:00Z.
fn fixed_time() -> Timestamp {
    Timestamp::from_unix(1_795_716_000).expect("a valid time")
}

fn app_exporting_to(dir: &Path, scenario: Scenario) -> App {
    let mut app = App::new(scenario, PriceBook::builtin());
    app.export = ExportTarget { dir: dir.to_path_buf(), pricing_file: None };
    app
}

/// Presses `e` as the event loop handles it: the write `update` asks for runs, stamped with the
/// fixed time, and its outcome goes back through `update`.
fn press_e(app: &mut App) {
    dispatch(app, Action::Export, fixed_time);
}

fn files_in(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .expect("readable")
        .map(|entry| entry.expect("entry").file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

#[test]
fn e_writes_the_same_document_as_lvf_export() {
    let dir = tempfile::tempdir().expect("temp dir");
    let preset = presets::find("graphql-api").expect("preset");
    let mut app = app_exporting_to(dir.path(), preset.scenario.clone());
    press_e(&mut app);

    let status = app.status.clone().expect("a status message");
    assert_eq!(status.kind, StatusKind::Info, "{}", status.text);
    let expected_name = "lvf-snapshot-20261126-180000.md";
    assert!(status.text.contains(expected_name), "{}", status.text);
    assert_eq!(files_in(dir.path()), [expected_name]);

    let written = std::fs::read_to_string(dir.path().join(expected_name)).expect("written");
    let provenance = Provenance { generated: fixed_time(), pricing_file: None };
    assert_eq!(written, export::document(app.report(), &app.book, &provenance));
}

#[test]
fn a_second_export_in_the_same_second_never_overwrites() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut app = app_exporting_to(dir.path(), Scenario::default());
    press_e(&mut app);
    let first = std::fs::read_to_string(dir.path().join("lvf-snapshot-20261126-180000.md"))
        .expect("first snapshot");
    app.update(Action::Step { steps: 3, coarse: true });
    press_e(&mut app);
    press_e(&mut app);
    assert_eq!(
        files_in(dir.path()),
        [
            "lvf-snapshot-20261126-180000-2.md",
            "lvf-snapshot-20261126-180000-3.md",
            "lvf-snapshot-20261126-180000.md"
        ]
    );
    let unchanged = std::fs::read_to_string(dir.path().join("lvf-snapshot-20261126-180000.md"))
        .expect("first snapshot");
    assert_eq!(first, unchanged, "the first snapshot was left alone");
}

#[test]
fn a_missing_directory_is_an_error_that_keeps_the_state() {
    let dir = tempfile::tempdir().expect("temp dir");
    let missing = dir.path().join("no-such-dir");
    let mut app = app_exporting_to(&missing, Scenario::default());
    app.update(Action::Step { steps: 2, coarse: false });
    let scenario = app.scenario().clone();
    press_e(&mut app);
    let status = app.status.clone().expect("a status message");
    assert_eq!(status.kind, StatusKind::Error);
    assert!(status.text.starts_with("export failed"), "{}", status.text);
    assert!(status.text.contains("no-such-dir"), "{}", status.text);
    assert_eq!(app.scenario(), &scenario, "the scenario is kept");
    assert!(app.running);
    assert!(app.can_undo(), "the undo history is kept");
    assert!(!missing.exists());
    assert!(files_in(dir.path()).is_empty());
}

#[test]
fn a_directory_that_cannot_be_written_leaves_no_file() {
    // Tests may run as root, whom a read-only mode does not stop; /proc refuses every new file.
    let unwritable = Path::new("/proc");
    let mut app = app_exporting_to(unwritable, Scenario::default());
    press_e(&mut app);
    let status = app.status.clone().expect("a status message");
    assert_eq!(status.kind, StatusKind::Error, "{}", status.text);
    assert!(status.text.starts_with("export failed"), "{}", status.text);
    assert!(!files_in(unwritable).iter().any(|name| name.starts_with("lvf-snapshot")));
    assert!(!files_in(unwritable).iter().any(|name| name.starts_with(".tmp")));
}

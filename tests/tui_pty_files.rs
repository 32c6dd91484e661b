//! Scenario files and decks in a real pseudo-terminal: a deck of three files stepped forward and
//! back in meeting mode (slide 0 is the workload started with), the verdict map shown there with
//! `v`; and `s` then `q`, which saves the scenario and prints the command that reopens it once
//! the terminal is back.

mod cli_support;
mod pty_support;

use std::path::Path;

use expectrl::process::unix::WaitStatus;
use pty_support::Screen;

/// The meeting title line: the first row of the screen.
fn title(screen: &vt100::Screen) -> String {
    screen.contents().lines().next().unwrap_or_default().to_string()
}

fn write(dir: &Path, name: &str, text: &str) -> String {
    let path = dir.join(name);
    std::fs::write(&path, text).expect("write");
    path.to_str().expect("UTF-8").to_string()
}

fn assert_restored(screen: &mut Screen) {
    let status = screen.finish();
    assert!(matches!(status, WaitStatus::Exited(_, 0)), "{status:?}");
    assert!(screen.unrestored().is_empty(), "{:?}", screen.unrestored());
}

#[test]
fn a_deck_of_three_files_steps_forward_and_back_in_meeting_mode() {
    let dir = tempfile::tempdir().expect("tempdir");
    let d = dir.path();
    write(d, "today.toml", "version = 1\ntitle = \"Today\"\nrate = \"1/s\"\n");
    write(d, "peak.toml", "version = 1\ntitle = \"Peak\"\nrate = \"200/s\"\n");
    write(d, "arm.toml", "version = 1\ntitle = \"arm64\"\nrate = \"20/s\"\narch = \"arm64\"\n");
    let deck = write(
        d,
        "review.toml",
        "version = 1\n\n[[slide]]\ntitle = \"Today\"\nfile = \"today.toml\"\n\n[[slide]]\n\
         title = \"Ten times the traffic\"\nfile = \"peak.toml\"\n\n[[slide]]\nfile = \"arm.toml\"\n",
    );
    let mut screen = Screen::start(&["--deck", &deck, "--meeting", "--rate", "7/s"]);
    screen.until("slide 0", |screen| title(screen).contains("your workload (0/3)"));
    let steps = [
        ("n", "Today (1/3)"),
        ("n", "Ten times the traffic (2/3)"),
        ("n", "arm64 (3/3)"),
        ("N", "Ten times the traffic (2/3)"),
        ("N", "Today (1/3)"),
        ("N", "your workload (0/3)"),
    ];
    for (key, expected) in steps {
        screen.send(key);
        screen.until(expected, |screen| title(screen).contains(expected));
    }
    assert!(
        screen.text().contains("cpu-share 25%"),
        "the deciding assumptions:\n{}",
        screen.text()
    );
    // The verdict map works in meeting mode.
    screen.send("v");
    screen.until("the verdict map", |screen| screen.contents().contains("Verdict map"));
    // Back on the workload it started with: nothing unsaved, q quits at once.
    screen.send("q");
    assert_restored(&mut screen);
}

#[test]
fn s_then_q_saves_and_prints_the_command_that_reopens_it() {
    let dir = tempfile::tempdir().expect("tempdir");
    let export_dir = dir.path().to_str().expect("UTF-8");
    let mut screen = Screen::start(&["--export-dir", export_dir, "--rate", "7/s"]);
    screen.first_frame();
    screen.send("s");
    screen.until("the save prompt", |screen| screen.contents().contains("Save scenario as"));
    screen.send("\r");
    screen.until("the saved message", |screen| screen.contents().contains("saved "));
    screen.send("q");
    assert_restored(&mut screen);
    let saved = dir.path().join("scenario-1.toml");
    let out = String::from_utf8_lossy(&screen.raw).into_owned();
    let line = format!("reopen with: lvf --scenario {}", saved.display());
    assert!(out.contains(&line), "{line} in:\n{out}");
    let saved = saved.to_str().expect("UTF-8");
    let reopened = cli_support::json(&["eval", "--json", "--scenario", saved]);
    let flags = cli_support::json(&["eval", "--json", "--rate", "7/s"]);
    assert_eq!(reopened, flags);
}

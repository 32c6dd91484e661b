//! The explorer in a real pseudo-terminal: start the built binary on a preset, walk the rate
//! slider up with → until the verdict changes, quit with `q` (twice: the rate is unsaved), and
//! check the terminal came back (alternate screen left, mouse reporting off, cursor shown, echo
//! on) and the reopen command was printed after it. ratatui writes only the
//! cells that change, so the screen is rebuilt from the byte stream with vt100.

mod pty_support;

use std::process::Command;

use expectrl::process::Termios;
use expectrl::process::unix::{Signal, WaitStatus};
use pty_support::Screen;

/// The verdict's badge on screen.
fn verdict(text: &str) -> Option<&'static str> {
    ["LAMBDA", "FARGATE", "EITHER", "NEITHER"].into_iter().find(|word| text.contains(word))
}

/// The rate slider's value as shown ("5/s · 13M/month").
fn rate(text: &str) -> Option<String> {
    let line = text.lines().find(|line| line.contains(" Rate "))?;
    let value = line.trim_end_matches(['┃', '│', ' ']).rsplit("  ").next()?;
    Some(value.trim().to_string())
}

#[test]
fn moving_the_rate_flips_the_verdict_and_q_restores_the_terminal() {
    // No materiality line, so that cost alone decides and the rate flips the verdict.
    let mut screen = Screen::start(&["--preset", "serverless-api", "--materiality", "0"]);
    screen.until("the first frame", |screen| {
        screen.alternate_screen()
            && screen.contents().contains("Workload")
            && verdict(&screen.contents()).is_some()
    });
    let mouse_on = screen.parser.screen().mouse_protocol_mode();
    assert_ne!(mouse_on, vt100::MouseProtocolMode::None, "mouse capture is on while running");
    let first = verdict(&screen.text()).expect("a verdict");
    assert_eq!(first, "LAMBDA", "serverless-api at 5/s:\n{}", screen.text());

    // Runtime has the focus; two steps down reach the rate.
    screen.send("\x1b[B\x1b[B");
    screen.until("the rate focused", |screen| screen.contents().contains("▸ Rate"));
    let mut changed = None;
    for _ in 0..40 {
        let before = rate(&screen.text());
        screen.send("\x1b[C");
        screen.until("the rate to move", |screen| rate(&screen.contents()) != before);
        let now = verdict(&screen.text());
        if now != Some(first) {
            changed = now;
            break;
        }
    }
    let after = changed.unwrap_or_else(|| panic!("the verdict never changed:\n{}", screen.text()));
    assert!(["EITHER", "FARGATE"].contains(&after), "{after}");

    // The rate moved: the first q asks, the second quits.
    screen.send("q");
    screen.until("the unsaved-changes question", |screen| {
        screen.contents().contains("unsaved changes: s saves")
    });
    screen.send("q");
    let status = screen.finish();
    assert!(matches!(status, WaitStatus::Exited(_, 0)), "{status:?}");
    let restored = screen.parser.screen();
    assert!(!restored.alternate_screen(), "the alternate screen was left");
    assert_eq!(restored.mouse_protocol_mode(), vt100::MouseProtocolMode::None, "mouse capture off");
    assert!(!restored.hide_cursor(), "the cursor is shown");
    assert!(screen.session.get_process().is_echo().expect("termios"), "echo is back on");
    // After the terminal is back, the command that reopens the state.
    let after_exit = String::from_utf8_lossy(&screen.raw).into_owned();
    let reopen = after_exit.rsplit("reopen with: ").next().expect("a reopen line");
    assert!(after_exit.contains("reopen with: lvf --runtime 80ms"), "{after_exit}");
    assert!(reopen.contains("--ingress http"), "{reopen}");
}

#[test]
fn sigterm_restores_the_terminal_and_exits_143() {
    let mut screen = Screen::start(&[]);
    screen.until("the first frame", |screen| {
        screen.alternate_screen() && screen.contents().contains("Workload")
    });
    screen.session.get_process_mut().signal(Signal::SIGTERM).expect("send SIGTERM");
    let status = screen.finish();
    assert!(matches!(status, WaitStatus::Exited(_, 143)), "{status:?}");
    let restored = screen.parser.screen();
    assert!(!restored.alternate_screen());
    assert_eq!(restored.mouse_protocol_mode(), vt100::MouseProtocolMode::None);
    assert!(screen.session.get_process().is_echo().expect("termios"));
}

#[test]
fn without_a_terminal_lvf_says_so_on_stderr_and_exits_2() {
    for args in [&[][..], &["--preset", "ml-inference"][..], &["--rate", "50/s"][..]] {
        let output = Command::new(env!("CARGO_BIN_EXE_lvf"))
            .args(args)
            .stdin(std::process::Stdio::null())
            .output()
            .expect("run lvf");
        assert_eq!(output.status.code(), Some(2), "{args:?}");
        assert!(output.stdout.is_empty(), "{args:?}");
        assert_eq!(
            String::from_utf8_lossy(&output.stderr),
            "lvf: the explorer needs a terminal; use lvf eval or lvf export\n"
        );
    }
}

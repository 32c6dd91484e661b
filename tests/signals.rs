//! Every way the explorer ends, in a real pseudo-terminal: `q`, Ctrl-C, a panic (the
//! `LVF_TEST_PANIC` hook), SIGTERM, SIGINT and SIGHUP. Each must leave the terminal as the shell
//! had it (main screen, mouse capture off, cursor shown, echo and canonical mode on) and exit with
//! the conventional code: 0, 130, 101, 143, 130 and 129.

mod pty_support;

use expectrl::process::unix::{Signal, WaitStatus};
use pty_support::Screen;

/// How to end the explorer once its first frame is on screen.
#[derive(Debug, Clone, Copy)]
enum Ending {
    Key(&'static str),
    Signal(Signal),
    Panic,
}

fn end_and_check(ending: Ending, args: &[&str], expected_code: i32) {
    let env: &[(&str, &str)] = match ending {
        Ending::Panic => &[("LVF_TEST_PANIC", "1")],
        _ => &[],
    };
    let mut screen = Screen::start_with(args, env);
    // The panic comes right after the first frame, too soon to look at the running explorer.
    if !matches!(ending, Ending::Panic) {
        screen.first_frame();
        assert_ne!(
            screen.parser.screen().mouse_protocol_mode(),
            vt100::MouseProtocolMode::None,
            "{ending:?}: mouse capture is on while the explorer runs"
        );
        assert_eq!(screen.echo_and_canonical(), (false, false), "{ending:?}: raw while running");
    }
    match ending {
        Ending::Key(bytes) => screen.send(bytes),
        Ending::Signal(signal) => {
            screen.session.get_process_mut().signal(signal).expect("send the signal");
        }
        Ending::Panic => {}
    }
    let status = screen.finish();
    assert!(
        matches!(status, WaitStatus::Exited(_, code) if code == expected_code),
        "{ending:?} {args:?}: {status:?}, expected exit {expected_code}; screen:\n{}",
        screen.text()
    );
    let wrong = screen.unrestored();
    assert!(wrong.is_empty(), "{ending:?} {args:?}: {wrong:?}; screen:\n{}", screen.text());
    if matches!(ending, Ending::Panic) {
        // The frame was drawn on the alternate screen, then left, then the message printed on
        // the main screen, where it stays.
        let raw = String::from_utf8_lossy(&screen.raw);
        let entered = raw.find("\x1b[?1049h").expect("the alternate screen was entered");
        let drawn = raw.find("Workload").expect("the first frame was drawn");
        let left = raw.rfind("\x1b[?1049l").expect("the alternate screen was left");
        let message = raw.find("LVF_TEST_PANIC is set").expect("the panic message");
        assert!(entered < drawn && drawn < left && left < message, "{raw:?}");
        assert!(screen.text().contains("LVF_TEST_PANIC is set"), "{}", screen.text());
    }
}

#[test]
fn q_exits_0_and_restores_the_terminal() {
    end_and_check(Ending::Key("q"), &[], 0);
}

#[test]
fn ctrl_c_exits_130_and_restores_the_terminal() {
    end_and_check(Ending::Key("\x03"), &[], 130);
}

#[test]
fn a_panic_exits_101_and_restores_the_terminal() {
    end_and_check(Ending::Panic, &[], 101);
}

#[test]
fn sigterm_sigint_and_sighup_exit_128_plus_the_signal_and_restore_the_terminal() {
    for (signal, code) in [(Signal::SIGTERM, 143), (Signal::SIGINT, 130), (Signal::SIGHUP, 129)] {
        end_and_check(Ending::Signal(signal), &[], code);
    }
}

#[test]
fn every_ending_restores_from_an_open_overlay_and_meeting_mode_too() {
    // The help overlay, the preset picker and meeting mode draw differently; the guard does not
    // care what is on screen.
    for (setup, args) in [("?", &[][..]), ("p", &[]), ("", &["--meeting"])] {
        for (ending, code) in [
            (Ending::Key("\x03"), 130),
            (Ending::Signal(Signal::SIGTERM), 143),
            (Ending::Signal(Signal::SIGHUP), 129),
        ] {
            let mut screen = Screen::start(args);
            screen.until("the first frame", vt100::Screen::alternate_screen);
            if !setup.is_empty() {
                let before = screen.text();
                screen.send(setup);
                screen.until("the overlay", |screen| screen.contents() != before);
            }
            match ending {
                Ending::Key(bytes) => screen.send(bytes),
                Ending::Signal(signal) => {
                    screen.session.get_process_mut().signal(signal).expect("signal");
                }
                Ending::Panic => unreachable!("not in this table"),
            }
            let status = screen.finish();
            assert!(
                matches!(status, WaitStatus::Exited(_, got) if got == code),
                "{setup:?} {args:?} {ending:?}: {status:?}"
            );
            let wrong = screen.unrestored();
            assert!(wrong.is_empty(), "{setup:?} {args:?} {ending:?}: {wrong:?}");
        }
    }
}

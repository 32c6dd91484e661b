//! Shared by the pseudo-terminal tests: start the built binary in a pty (with echo and canonical
//! mode on, as in a user's shell), rebuild its screen from the byte stream with vt100 (ratatui
//! writes only the cells that change), and read the terminal's modes back from the master side.

#![allow(dead_code)]

use std::io::Read;
use std::num::NonZeroU16;
use std::os::fd::AsRawFd;
use std::process::Command;
use std::time::{Duration, Instant};

use expectrl::Session;
use expectrl::process::unix::WaitStatus;
use nix::sys::termios::{LocalFlags, tcgetattr};

pub const COLS: NonZeroU16 = NonZeroU16::new(80).expect("80");
pub const ROWS: NonZeroU16 = NonZeroU16::new(24).expect("24");
pub const TIMEOUT: Duration = Duration::from_secs(20);

/// The pseudo-terminal and the screen rebuilt from what the explorer wrote to it.
pub struct Screen {
    pub session: expectrl::session::OsSession,
    pub parser: vt100::Parser,
    /// Every byte lvf wrote, in order.
    pub raw: Vec<u8>,
}

impl Screen {
    /// Starts lvf with `args` in a pty.
    pub fn start(args: &[&str]) -> Screen {
        Self::start_with(args, &[])
    }

    /// Starts lvf with `args` and extra environment variables in a pty.
    pub fn start_with(args: &[&str], env: &[(&str, &str)]) -> Screen {
        // The pty starts with echo off; a shell turns echo and canonical mode on, as in a user's
        // shell, then becomes lvf (same pid), so "echo is back on" afterwards means raw mode was
        // undone, and a signal sent to the pid reaches lvf.
        let mut command = Command::new("sh");
        command
            .args(["-c", "stty echo icanon && exec \"$0\" \"$@\"", env!("CARGO_BIN_EXE_lvf")])
            .args(args)
            .env("TERM", "xterm-256color")
            .env_remove("NO_COLOR")
            .env_remove("LVF_THEME")
            .env_remove("LVF_PRICING")
            .env_remove("LVF_TEST_PANIC");
        for (key, value) in env {
            command.env(key, value);
        }
        let mut session = Session::spawn(command).expect("spawn lvf in a pty");
        session.set_expect_timeout(Some(TIMEOUT));
        Screen { session, parser: vt100::Parser::new(ROWS, COLS, 0), raw: Vec::new() }
    }

    /// Reads what is there without blocking.
    pub fn pump(&mut self) -> bool {
        let mut buffer = [0u8; 16_384];
        match self.session.try_read(&mut buffer) {
            Ok(0) => false,
            Ok(read) => {
                self.parser.process(&buffer[..read]);
                self.raw.extend_from_slice(&buffer[..read]);
                true
            }
            Err(error) if error.kind() == std::io::ErrorKind::WouldBlock => false,
            // EIO: the child closed the pty.
            Err(_) => false,
        }
    }

    /// Reads until `done` holds for the screen, or panics after the timeout.
    pub fn until(&mut self, what: &str, done: impl Fn(&vt100::Screen) -> bool) {
        let deadline = Instant::now() + TIMEOUT;
        while !done(self.parser.screen()) {
            assert!(
                Instant::now() < deadline,
                "timed out waiting for {what}; screen:\n{}",
                self.parser.screen().contents()
            );
            if !self.pump() {
                std::thread::sleep(Duration::from_millis(5));
            }
        }
    }

    /// Waits for the explorer's first frame.
    pub fn first_frame(&mut self) {
        self.until("the first frame", |screen| {
            screen.alternate_screen() && screen.contents().contains("Workload")
        });
    }

    pub fn send(&mut self, bytes: &str) {
        use std::io::Write;
        self.session.write_all(bytes.as_bytes()).expect("write to the pty");
        self.session.flush().expect("flush the pty");
    }

    pub fn text(&self) -> String {
        self.parser.screen().contents()
    }

    /// Drains the pty after the child exits and returns its status.
    pub fn finish(&mut self) -> WaitStatus {
        let status = self.session.get_process().wait().expect("wait for lvf");
        let mut rest = Vec::new();
        let _ = self.session.read_to_end(&mut rest);
        self.parser.process(&rest);
        self.raw.extend_from_slice(&rest);
        status
    }

    /// The terminal's echo and canonical-mode flags, read through the master side.
    pub fn echo_and_canonical(&self) -> (bool, bool) {
        let fd = self.session.as_raw_fd();
        let termios = tcgetattr(fd).expect("termios of the pty");
        let flags = termios.local_flags;
        (flags.contains(LocalFlags::ECHO), flags.contains(LocalFlags::ICANON))
    }

    /// Every way the terminal must be back as the shell left it, as one list of what is not.
    pub fn unrestored(&self) -> Vec<&'static str> {
        let screen = self.parser.screen();
        let (echo, canonical) = self.echo_and_canonical();
        let mut wrong = Vec::new();
        if screen.alternate_screen() {
            wrong.push("still on the alternate screen");
        }
        if screen.mouse_protocol_mode() != vt100::MouseProtocolMode::None {
            wrong.push("mouse capture still on");
        }
        if screen.hide_cursor() {
            wrong.push("cursor hidden");
        }
        if !echo {
            wrong.push("echo off");
        }
        if !canonical {
            wrong.push("canonical mode off (still raw)");
        }
        wrong
    }
}

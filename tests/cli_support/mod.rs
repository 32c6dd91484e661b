//! Running the built `lvf` binary in tests: one command with a clean environment, so no test
//! depends on the `LVF_*`, `NO_COLOR` or `SOURCE_DATE_EPOCH` of whoever runs it.

#![allow(dead_code)] // each test file uses its own share of these

use std::ffi::OsStr;
use std::process::{Command, Output, Stdio};

use serde_json::Value;

/// Variables that change what lvf does; removed before every run.
const ENVIRONMENT: [&str; 8] = [
    "LVF_PRICING",
    "LVF_THEME",
    "LVF_REGION",
    "LVF_ARCH",
    "LVF_EXPORT_DIR",
    "NO_COLOR",
    "SOURCE_DATE_EPOCH",
    "LVF_TEST_PANIC",
];

/// `lvf ARGS` with a clean environment and no terminal on stdin, ready to add to and run.
pub fn command<I, S>(args: I) -> Command
where
    I: IntoIterator<Item = S>,
    S: AsRef<OsStr>,
{
    let mut command = Command::new(env!("CARGO_BIN_EXE_lvf"));
    command.args(args).stdin(Stdio::null());
    for key in ENVIRONMENT {
        command.env_remove(key);
    }
    command
}

/// Runs `lvf ARGS` and returns what it did.
pub fn lvf(args: &[&str]) -> Output {
    command(args).output().expect("the lvf binary runs")
}

/// Runs `lvf ARGS`, which must succeed, and reads its one JSON object.
pub fn json(args: &[&str]) -> Value {
    let output = lvf(args);
    assert!(output.status.success(), "{args:?}: {}", String::from_utf8_lossy(&output.stderr));
    serde_json::from_slice(&output.stdout).expect("one JSON object")
}

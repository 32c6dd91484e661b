//! `lvf presets`: the named scenarios, one line each.

use std::fmt::Write as _;

use crate::engine::presets;

/// One line per preset: name and description.
pub fn run() -> String {
    let all = presets::all();
    let width = all.iter().map(|preset| preset.name.len()).max().unwrap_or(0);
    let mut out = String::new();
    for preset in &all {
        let _ = writeln!(out, "{:<width$}  {}", preset.name, preset.description);
    }
    out
}

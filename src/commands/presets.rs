//! `lvf presets`: the named scenarios, one line each.

use crate::engine::presets;

/// One line per preset: name and description.
pub fn run() -> String {
    let all = presets::all();
    let width = all.iter().map(|preset| preset.name.len()).max().unwrap_or(0);
    all.iter().map(|preset| format!("{:<width$}  {}\n", preset.name, preset.description)).collect()
}

//! The README's key table and the explorer's key table agree: every key the help overlay lists is
//! in the README's table, and every key the README's table names is one the help lists.

use std::collections::BTreeSet;

use lvf::tui::keys::{BINDINGS, Help};

/// The keys in the first column of the README's "Keys" table, each in backticks.
fn readme_keys() -> BTreeSet<String> {
    let readme = include_str!("../README.md");
    let section = readme.split("\n## Keys\n").nth(1).expect("a Keys section in the README");
    let section = section.split("\n## ").next().expect("the section's text");
    let rows: Vec<&str> = section.lines().filter(|line| line.starts_with("| `")).collect();
    assert!(rows.len() > 10, "the keys table is missing:\n{section}");
    rows.iter()
        .flat_map(|row| {
            let keys = row.split('|').nth(1).expect("a first cell");
            keys.split('`').skip(1).step_by(2).map(str::to_string)
        })
        .collect()
}

/// The keys the help overlay shows, as the README writes them.
fn help_keys() -> BTreeSet<String> {
    BINDINGS
        .iter()
        .filter(|binding| binding.help != Help::Hidden)
        .flat_map(|binding| binding.keys.iter().map(|(key, _)| key.name()))
        .collect()
}

#[test]
fn the_readme_lists_exactly_the_keys_of_the_help() {
    let readme = readme_keys();
    let table = help_keys();
    let missing: Vec<&String> = table.difference(&readme).collect();
    let unknown: Vec<&String> = readme.difference(&table).collect();
    assert!(missing.is_empty(), "keys the README's table does not list: {missing:?}");
    assert!(unknown.is_empty(), "keys in the README's table that do nothing: {unknown:?}");
}

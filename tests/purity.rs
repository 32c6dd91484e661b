//! The engine stays pure: no file under src/engine/ (nor src/engine.rs) names the terminal
//! crates, the CLI crate, anyhow or the file system. Text search, on purpose: a comment that names
//! one of them is a sign the boundary is slipping too.

use std::path::{Path, PathBuf};

const FORBIDDEN_CRATES: [&str; 4] = ["ratatui", "crossterm", "clap", "anyhow"];

/// What a source text names that the engine must not.
fn impurities(source: &str) -> Vec<String> {
    let mut found = Vec::new();
    let words = source.split(|c: char| !(c.is_ascii_alphanumeric() || c == '_'));
    for word in words {
        if FORBIDDEN_CRATES.contains(&word) && !found.iter().any(|seen| seen == word) {
            found.push(word.to_string());
        }
    }
    let compact: String = source.chars().filter(|c| !c.is_whitespace()).collect();
    let grouped_fs = compact.match_indices("std::{").any(|(start, _)| {
        let group = &compact[start + "std::{".len()..];
        let group = &group[..group.find('}').unwrap_or(group.len())];
        group.split(',').any(|item| item == "fs" || item.starts_with("fs::"))
    });
    if compact.contains("std::fs") || grouped_fs {
        found.push("std::fs".to_string());
    }
    found
}

fn rust_files(dir: &Path, files: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).expect("src/engine is readable") {
        let path = entry.expect("a directory entry").path();
        if path.is_dir() {
            rust_files(&path, files);
        } else if path.extension().is_some_and(|ext| ext == "rs") {
            files.push(path);
        }
    }
}

#[test]
fn the_engine_names_no_terminal_cli_anyhow_or_file_system() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = vec![root.join("engine.rs")];
    rust_files(&root.join("engine"), &mut files);
    assert!(files.len() > 5, "the engine's files were found: {files:?}");
    let mut offences = Vec::new();
    for file in &files {
        let source = std::fs::read_to_string(file).expect("an engine file is readable");
        for name in impurities(&source) {
            offences.push(format!("{} names {name}", file.display()));
        }
    }
    assert!(offences.is_empty(), "the engine must stay pure:\n{}", offences.join("\n"));
}

#[test]
fn the_guard_catches_every_form() {
    assert_eq!(impurities("use ratatui::Frame;"), ["ratatui"]);
    assert_eq!(impurities("fn f() -> anyhow::Result<()> {}"), ["anyhow"]);
    assert_eq!(impurities("use clap::Parser; use crossterm::event;"), ["clap", "crossterm"]);
    assert_eq!(impurities("let t = std::fs::read_to_string(p);"), ["std::fs"]);
    assert_eq!(impurities("use std::{io, fs};"), ["std::fs"]);
    assert_eq!(impurities("use std::{\n    fs::File,\n};"), ["std::fs"]);
    assert!(impurities("use std::fmt; // clapping, fsync").is_empty());
}

//! Where scenario files come from: a file the user names, read with the same checks as every
//! user file (1 MB cap, not UTF-8, empty, a directory), or the scenario block at the end of a
//! markdown export.

use std::path::Path;

use super::read::parse;
use super::{ScenarioFile, VERSION};
use crate::commands::user_file;
use crate::engine::pricing::PriceBook;

/// The scenario block of a markdown export: the first `toml` fenced block whose first key is
/// `version`, and the line of the markdown its first line is on, less one.
pub fn from_markdown(text: &str) -> Option<(String, usize)> {
    let lines: Vec<&str> = text.lines().collect();
    let mut index = 0;
    while index < lines.len() {
        if lines[index].trim() == "```toml" {
            let start = index + 1;
            let end = (start..lines.len()).find(|&line| lines[line].trim() == "```")?;
            let block = &lines[start..end];
            let first_key = block
                .iter()
                .map(|line| line.trim())
                .find(|line| !line.is_empty() && !line.starts_with('#'));
            if first_key.is_some_and(|line| line.starts_with("version")) {
                return Some((block.join("\n") + "\n", start));
            }
            index = end;
        }
        index += 1;
    }
    None
}

/// Reads the scenario file at `path` (a markdown export: its scenario block). The error names
/// the file and reads as one line.
pub fn load(path: &Path, book: &PriceBook) -> Result<ScenarioFile, String> {
    let name = path.display();
    let text = user_file::read_text(path)
        .map_err(|problem| format!("scenario file \"{name}\": cannot read it: {problem}"))?;
    let markdown = path
        .extension()
        .is_some_and(|ext| ext.eq_ignore_ascii_case("md") || ext.eq_ignore_ascii_case("markdown"));
    if markdown {
        let (block, offset) = from_markdown(&text).ok_or_else(|| {
            format!(
                "scenario file \"{name}\": this markdown has no ```toml block that starts with \
                 version = {VERSION}; expected one such as an lvf export has at its end"
            )
        })?;
        return parse(&block, book)
            .map_err(|error| format!("scenario file \"{name}\", {}", error.shifted(offset)));
    }
    parse(&text, book).map_err(|error| format!("scenario file \"{name}\", {error}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_block_of_a_markdown_export_is_found() {
        let text = "# t\n```toml\nx = 1\n```\n\n```toml\n# c\nversion = 1\nrate = \"5/s\"\n```\n";
        let (block, offset) = from_markdown(text).expect("a block");
        assert_eq!(block, "# c\nversion = 1\nrate = \"5/s\"\n");
        assert_eq!(offset, 6);
        assert!(from_markdown("no blocks").is_none());
    }
}

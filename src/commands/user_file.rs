//! Reading a file the user names (`--pricing`, `--theme`): a small UTF-8 text file or a reason in
//! words — it does not exist, it is a directory, it is empty, it is too big, it is not text.
//!
//! The size is capped so that a wrong path (a 50 MB log, `/dev/zero`) is refused at once instead
//! of read whole or forever: a stream is read only up to one byte past the cap.

use std::fs::File;
use std::io::{self, Read as _};
use std::path::Path;

/// The largest file lvf reads: far above any price book or theme (the shipped book is 12 kB).
pub const MAX_BYTES: u64 = 1024 * 1024;

/// The file's text, or why it cannot be used (a phrase that follows "cannot read it: ").
pub fn read_text(path: &Path) -> Result<String, String> {
    if path.as_os_str().is_empty() {
        return Err("the path is empty".to_string());
    }
    let file = File::open(path).map_err(|error| describe(&error, path))?;
    let meta = file.metadata().map_err(|error| describe(&error, path))?;
    if meta.is_dir() {
        return Err("it is a directory, not a file".to_string());
    }
    if meta.len() > MAX_BYTES {
        return Err(too_big(Some(meta.len())));
    }
    let mut bytes = Vec::new();
    // Devices and pipes report no length: read one byte past the cap to tell.
    file.take(MAX_BYTES + 1).read_to_end(&mut bytes).map_err(|error| describe(&error, path))?;
    if bytes.len() as u64 > MAX_BYTES {
        return Err(too_big(None));
    }
    let text = String::from_utf8(bytes).map_err(|error| {
        let offset = error.utf8_error().valid_up_to();
        format!("it is not UTF-8 text (the first bad byte is at offset {offset}); save it as UTF-8")
    })?;
    if text.trim().is_empty() {
        return Err("the file is empty".to_string());
    }
    Ok(text)
}

/// An I/O error in words, without the OS's error number.
fn describe(error: &io::Error, path: &Path) -> String {
    match error.kind() {
        io::ErrorKind::NotFound => "it does not exist".to_string(),
        io::ErrorKind::PermissionDenied => "permission denied".to_string(),
        io::ErrorKind::IsADirectory => "it is a directory, not a file".to_string(),
        io::ErrorKind::NotADirectory => {
            format!("a part of {} is not a directory", path.display())
        }
        _ => error.to_string(),
    }
}

fn too_big(len: Option<u64>) -> String {
    let size = len.map_or_else(
        || "larger than 1 MB".to_string(),
        |len| format!("{:.1} MB", len as f64 / (1024.0 * 1024.0)),
    );
    format!("it is {size}; lvf reads files of at most 1 MB (is this the right file?)")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_device_without_end_is_refused_at_the_cap() {
        let error = read_text(Path::new("/dev/zero")).expect_err("endless");
        assert!(error.contains("larger than 1 MB"), "{error}");
    }

    #[test]
    fn problems_read_as_words() {
        let dir = tempfile::tempdir().expect("tempdir");
        assert_eq!(read_text(dir.path()).expect_err("dir"), "it is a directory, not a file");
        let missing = dir.path().join("missing.toml");
        assert_eq!(read_text(&missing).expect_err("missing"), "it does not exist");
        let empty = dir.path().join("empty.toml");
        std::fs::write(&empty, " \n").expect("write");
        assert_eq!(read_text(&empty).expect_err("empty"), "the file is empty");
        let binary = dir.path().join("binary.toml");
        std::fs::write(&binary, b"ab\xff\xfe").expect("write");
        assert!(read_text(&binary).expect_err("binary").contains("offset 2"));
        let fine = dir.path().join("fine.toml");
        std::fs::write(&fine, "a = 1\n").expect("write");
        assert_eq!(read_text(&fine).expect("text"), "a = 1\n");
    }
}

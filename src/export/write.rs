//! The file edge of the export: atomic writes that never lose or clobber a file.
//!
//! Every write goes to a temporary file in the target's own directory (so the final step is a
//! rename within one file system), is flushed to disk, and is then moved into place: without
//! replacing anything ([`write_new`], the explorer's snapshots, `-o` without `--force`), or
//! replacing the old file in one step ([`write_replace`], `--force`). On any error the temporary
//! file is removed and nothing at the target changes.

use std::fs;
use std::io::{self, Write as _};
use std::path::{Path, PathBuf};

use tempfile::NamedTempFile;
use thiserror::Error;

use super::time::Timestamp;

/// Why a document was not written. Nothing was left behind in any case.
#[derive(Debug, Error)]
pub enum ExportError {
    #[error("cannot write to {}: the directory does not exist", .0.display())]
    MissingDirectory(PathBuf),
    #[error("cannot write to {}: it is not a directory", .0.display())]
    NotADirectory(PathBuf),
    #[error("cannot write to {}: the directory is read-only (or not writable by this user)", .dir.display())]
    ReadOnly {
        dir: PathBuf,
        #[source]
        source: io::Error,
    },
    #[error("cannot write {}: it is a directory; give a file name", .0.display())]
    IsADirectory(PathBuf),
    #[error("{} already exists; pass --force to replace it", .0.display())]
    Exists(PathBuf),
    #[error("cannot write {}: the disk is full", .0.display())]
    DiskFull(PathBuf),
    #[error("cannot write {}: {source}", .path.display())]
    Io {
        path: PathBuf,
        #[source]
        source: io::Error,
    },
}

/// The directory a path's file goes into ("." for a bare file name).
fn parent_dir(path: &Path) -> &Path {
    match path.parent() {
        Some(parent) if !parent.as_os_str().is_empty() => parent,
        _ => Path::new("."),
    }
}

/// Checks that `dir` exists and is a directory.
fn check_dir(dir: &Path) -> Result<(), ExportError> {
    match fs::metadata(dir) {
        Ok(meta) if meta.is_dir() => Ok(()),
        Ok(_) => Err(ExportError::NotADirectory(dir.to_path_buf())),
        Err(error) if error.kind() == io::ErrorKind::NotFound => {
            Err(ExportError::MissingDirectory(dir.to_path_buf()))
        }
        Err(error) => Err(classify(error, dir, dir)),
    }
}

/// Names an I/O error by what the user can do about it.
fn classify(error: io::Error, dir: &Path, path: &Path) -> ExportError {
    match error.kind() {
        io::ErrorKind::PermissionDenied | io::ErrorKind::ReadOnlyFilesystem => {
            ExportError::ReadOnly { dir: dir.to_path_buf(), source: error }
        }
        io::ErrorKind::StorageFull | io::ErrorKind::QuotaExceeded => {
            ExportError::DiskFull(path.to_path_buf())
        }
        io::ErrorKind::NotFound => ExportError::MissingDirectory(dir.to_path_buf()),
        io::ErrorKind::IsADirectory => ExportError::IsADirectory(path.to_path_buf()),
        _ => ExportError::Io { path: path.to_path_buf(), source: error },
    }
}

/// Writes `contents` to a new temporary file in `dir`, flushed to disk.
fn temp_with(dir: &Path, target: &Path, contents: &str) -> Result<NamedTempFile, ExportError> {
    let mut builder = tempfile::Builder::new();
    builder.prefix(".lvf-export-").suffix(".tmp");
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt as _;
        // Like any file the user creates: readable by others, subject to the umask.
        builder.permissions(fs::Permissions::from_mode(0o644));
    }
    let mut file = builder.tempfile_in(dir).map_err(|error| classify(error, dir, target))?;
    file.write_all(contents.as_bytes())
        .and_then(|()| file.as_file().sync_all())
        .map_err(|error| classify(error, dir, target))?;
    Ok(file)
}

/// Refuses a target that is a directory.
fn check_not_directory(path: &Path) -> Result<(), ExportError> {
    if fs::metadata(path).is_ok_and(|meta| meta.is_dir())
        || path.as_os_str().to_string_lossy().ends_with('/')
    {
        return Err(ExportError::IsADirectory(path.to_path_buf()));
    }
    Ok(())
}

/// Writes a new file atomically; fails with [`ExportError::Exists`] if `path` exists.
pub fn write_new(path: &Path, contents: &str) -> Result<(), ExportError> {
    check_not_directory(path)?;
    let dir = parent_dir(path);
    check_dir(dir)?;
    if fs::symlink_metadata(path).is_ok() {
        return Err(ExportError::Exists(path.to_path_buf()));
    }
    let file = temp_with(dir, path, contents)?;
    file.persist_noclobber(path).map(drop).map_err(|error| match error.error.kind() {
        io::ErrorKind::AlreadyExists => ExportError::Exists(path.to_path_buf()),
        _ => classify(error.error, dir, path),
    })
}

/// Writes a file atomically, replacing an existing file in one step (`--force`). An existing
/// file keeps its permissions.
pub fn write_replace(path: &Path, contents: &str) -> Result<(), ExportError> {
    check_not_directory(path)?;
    let dir = parent_dir(path);
    check_dir(dir)?;
    let file = temp_with(dir, path, contents)?;
    if let Ok(meta) = fs::metadata(path) {
        file.as_file()
            .set_permissions(meta.permissions())
            .map_err(|error| classify(error, dir, path))?;
    }
    file.persist(path).map(drop).map_err(|error| classify(error.error, dir, path))
}

/// `lvf-snapshot-20261126-093000.md`, then `-2`, `-3`, … for the `attempt`th try.
pub fn snapshot_name(generated: Timestamp, attempt: u32) -> String {
    if attempt <= 1 {
        format!("lvf-snapshot-{}.md", generated.compact())
    } else {
        format!("lvf-snapshot-{}-{attempt}.md", generated.compact())
    }
}

/// How many names [`write_snapshot_file`] tries before giving up.
const MAX_ATTEMPTS: u32 = 1000;

/// Writes a snapshot into `dir` under the first free [`snapshot_name`], never replacing a file
/// (the check and the move are one step, so two snapshots in the same second both survive).
/// Returns the path written.
pub fn write_snapshot_file(
    dir: &Path,
    generated: Timestamp,
    contents: &str,
) -> Result<PathBuf, ExportError> {
    check_dir(dir)?;
    let first = dir.join(snapshot_name(generated, 1));
    let mut file = temp_with(dir, &first, contents)?;
    for attempt in 1..=MAX_ATTEMPTS {
        let path = dir.join(snapshot_name(generated, attempt));
        match file.persist_noclobber(&path) {
            Ok(_) => return Ok(path),
            Err(error) if error.error.kind() == io::ErrorKind::AlreadyExists => file = error.file,
            Err(error) => return Err(classify(error.error, dir, &path)),
        }
    }
    Err(ExportError::Exists(dir.join(snapshot_name(generated, MAX_ATTEMPTS))))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn time() -> Timestamp {
        Timestamp::parse_rfc3339("2026-11-26T09:30:00Z").expect("valid")
    }

    fn listing(dir: &Path) -> Vec<String> {
        let mut names: Vec<String> = fs::read_dir(dir)
            .expect("readable")
            .map(|entry| entry.expect("entry").file_name().to_string_lossy().into_owned())
            .collect();
        names.sort();
        names
    }

    #[test]
    fn snapshots_never_overwrite_and_count_up() {
        let dir = tempfile::tempdir().expect("tempdir");
        let first = write_snapshot_file(dir.path(), time(), "one").expect("first");
        let second = write_snapshot_file(dir.path(), time(), "two").expect("second");
        let third = write_snapshot_file(dir.path(), time(), "three").expect("third");
        assert_eq!(first.file_name().expect("name"), "lvf-snapshot-20261126-093000.md");
        assert_eq!(second.file_name().expect("name"), "lvf-snapshot-20261126-093000-2.md");
        assert_eq!(third.file_name().expect("name"), "lvf-snapshot-20261126-093000-3.md");
        assert_eq!(fs::read_to_string(&first).expect("read"), "one");
        assert_eq!(fs::read_to_string(&third).expect("read"), "three");
        assert_eq!(listing(dir.path()).len(), 3, "no temporary file is left behind");
    }

    #[test]
    fn new_refuses_existing_and_replace_replaces() {
        let dir = tempfile::tempdir().expect("tempdir");
        let path = dir.path().join("out.md");
        write_new(&path, "old").expect("new");
        assert!(matches!(write_new(&path, "new"), Err(ExportError::Exists(_))));
        assert_eq!(fs::read_to_string(&path).expect("read"), "old");
        write_replace(&path, "new").expect("replace");
        assert_eq!(fs::read_to_string(&path).expect("read"), "new");
        assert_eq!(listing(dir.path()), ["out.md"]);
    }

    #[test]
    fn bad_targets_are_named() {
        let dir = tempfile::tempdir().expect("tempdir");
        let missing = dir.path().join("nope");
        assert!(matches!(
            write_snapshot_file(&missing, time(), "x"),
            Err(ExportError::MissingDirectory(_))
        ));
        assert!(matches!(
            write_new(&missing.join("out.md"), "x"),
            Err(ExportError::MissingDirectory(_))
        ));
        assert!(matches!(write_replace(dir.path(), "x"), Err(ExportError::IsADirectory(_))));
        let file = dir.path().join("file");
        fs::write(&file, "x").expect("write");
        assert!(matches!(
            write_snapshot_file(&file, time(), "x"),
            Err(ExportError::NotADirectory(_))
        ));
        assert_eq!(listing(dir.path()), ["file"]);
    }
}

//! `lvf export` through the real binary: the command line a document embeds reproduces it byte
//! for byte, the explorer's writer produces the same document, and every failure exits 2 with a
//! clear message and leaves no file behind, whole or partial.

use std::fs;
use std::path::Path;
use std::process::{Command, Output};

mod cli_support;

use lvf::engine::pricing::PriceBook;
use lvf::engine::{evaluate, presets};
use lvf::export::{self, Provenance, Timestamp};

const NOW: &str = "2026-11-26T09:30:00Z";

fn lvf(args: &[&str]) -> Command {
    cli_support::command(args)
}

fn run(command: &mut Command) -> Output {
    command.output().expect("the binary runs")
}

fn stdout(output: &Output) -> String {
    assert!(output.status.success(), "failed: {}", String::from_utf8_lossy(&output.stderr));
    String::from_utf8(output.stdout.clone()).expect("UTF-8")
}

fn stderr(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

/// The words of the `sh` block under "Reproduce", split the way a POSIX shell would split them
/// (backslash-newline joins lines; single quotes group).
fn embedded_command(doc: &str) -> Vec<String> {
    let start = doc.find("## Reproduce\n\n```sh\n").expect("a Reproduce section") + 20;
    let end = start + doc[start..].find("\n```").expect("the end of the block");
    let text = doc[start..end].replace("\\\n", " ");
    let mut words = Vec::new();
    let mut word: Option<String> = None;
    let mut quoted = false;
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\'' => {
                quoted = !quoted;
                word.get_or_insert_with(String::new);
            }
            '\\' if !quoted => word.get_or_insert_with(String::new).extend(chars.next()),
            c if c.is_whitespace() && !quoted => words.extend(word.take()),
            c => word.get_or_insert_with(String::new).push(c),
        }
    }
    words.extend(word);
    assert_eq!(words.first().map(String::as_str), Some("lvf"), "{text}");
    words
}

/// Runs a document's own command line and checks that it prints the document again.
fn assert_reproduces(doc: &str) {
    let words = embedded_command(doc);
    let args: Vec<&str> = words[1..].iter().map(String::as_str).collect();
    let again = stdout(&run(&mut lvf(&args)));
    assert!(again == doc, "the embedded command {args:?} printed a different document:\n{again}");
}

#[test]
fn every_preset_reproduces_from_its_own_command_line() {
    for name in presets::names() {
        let doc = stdout(&run(&mut lvf(&["export", "--preset", name, "--now", NOW])));
        assert!(doc.contains(&format!("--now {NOW}")), "{name}");
        assert_reproduces(&doc);
    }
}

#[test]
fn awkward_values_reproduce_exactly() {
    let doc = stdout(&run(&mut lvf(&[
        "export",
        "--runtime",
        "2.5s",
        "--memory",
        "1.5GB",
        "--rate",
        "7/h",
        "--state",
        "sessions",
        "--arch",
        "arm64",
        "--free-tier",
        "--ingress",
        "rest",
        "--requests-per-task",
        "3.3",
        "--utilization",
        "65%",
        "--min-tasks",
        "0",
        "--task-vcpu",
        "2",
        "--task-memory",
        "5",
        "--spot",
        "33%",
        "--cold-start-share",
        "7%",
        "--init-duration",
        "2.3s",
        "--image-size",
        "0.3",
        "--ephemeral-storage",
        "2000",
        "--fargate-storage",
        "37",
        "--savings-lambda",
        "7%",
        "--savings-fargate",
        "13%",
        "--now",
        "2026-11-26T10:30:00+01:00",
    ])));
    assert!(doc.contains("--free-tier"), "{doc}");
    assert!(doc.contains("--now 2026-11-26T09:30:00Z"), "offsets are written in UTC: {doc}");
    assert_reproduces(&doc);
}

#[test]
fn a_pricing_file_is_part_of_the_command_line() {
    let dir = tempfile::tempdir().expect("tempdir");
    let book = dir.path().join("my prices.toml");
    fs::write(&book, lvf::engine::pricing::BUILTIN_PRICING).expect("write the book");
    let book = book.to_str().expect("UTF-8 path");
    let doc = stdout(&run(&mut lvf(&["--pricing", book, "export", "--now", NOW])));
    assert!(doc.contains(&format!("lvf --pricing '{book}' export")), "{doc}");
    assert_reproduces(&doc);
}

#[test]
fn source_date_epoch_fixes_the_time_and_now_wins_over_it() {
    let epoch = Timestamp::parse_rfc3339(NOW).expect("valid").unix().to_string();
    let doc = stdout(&run(lvf(&["export"]).env("SOURCE_DATE_EPOCH", &epoch)));
    assert!(doc.contains(&format!("--now {NOW}")), "{doc}");
    let doc = stdout(&run(
        lvf(&["export", "--now", "2030-01-01T00:00:00Z"]).env("SOURCE_DATE_EPOCH", &epoch)
    ));
    assert!(doc.contains("--now 2030-01-01T00:00:00Z"), "{doc}");
    let bad = run(lvf(&["export"]).env("SOURCE_DATE_EPOCH", "yesterday"));
    assert_eq!(bad.status.code(), Some(2));
    assert!(stderr(&bad).contains("SOURCE_DATE_EPOCH"), "{}", stderr(&bad));
    let bad = run(&mut lvf(&["export", "--now", "noon"]));
    assert_eq!(bad.status.code(), Some(2));
    assert!(stderr(&bad).contains("RFC 3339"), "{}", stderr(&bad));
}

#[test]
fn the_explorer_writer_and_the_command_write_the_same_document() {
    let book = PriceBook::builtin();
    let preset = presets::find("graphql-api").expect("preset");
    let report = evaluate(&preset.scenario, &book);
    let provenance =
        Provenance { generated: Timestamp::parse_rfc3339(NOW).expect("valid"), pricing_file: None };
    let dir = tempfile::tempdir().expect("tempdir");
    let path = export::write_snapshot(dir.path(), &report, &book, &provenance).expect("written");
    assert_eq!(
        path.file_name().and_then(|name| name.to_str()),
        Some("lvf-snapshot-20261126-093000.md")
    );
    let from_explorer = fs::read_to_string(&path).expect("read");
    let from_cli = stdout(&run(&mut lvf(&["export", "--preset", "graphql-api", "--now", NOW])));
    assert_eq!(from_explorer, from_cli);
    assert_reproduces(&from_explorer);
    let second = export::write_snapshot(dir.path(), &report, &book, &provenance).expect("written");
    assert_eq!(
        second.file_name().and_then(|name| name.to_str()),
        Some("lvf-snapshot-20261126-093000-2.md")
    );
    assert_eq!(listing(dir.path()).len(), 2);
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
fn output_goes_to_the_file_and_never_over_an_existing_one_without_force() {
    let dir = tempfile::tempdir().expect("tempdir");
    let file = dir.path().join("snapshot.md");
    let path = file.to_str().expect("UTF-8 path");
    let written =
        run(&mut lvf(&["export", "--preset", "serverless-api", "--now", NOW, "-o", path]));
    assert!(stdout(&written).is_empty(), "with -o nothing goes to stdout");
    let expected = stdout(&run(&mut lvf(&["export", "--preset", "serverless-api", "--now", NOW])));
    assert_eq!(fs::read_to_string(&file).expect("read"), expected);

    let refused = run(&mut lvf(&["export", "--preset", "graphql-api", "-o", path]));
    assert_eq!(refused.status.code(), Some(2));
    assert!(
        stderr(&refused).contains("already exists; pass --force to replace it"),
        "{}",
        stderr(&refused)
    );
    assert!(refused.stdout.is_empty());
    assert_eq!(fs::read_to_string(&file).expect("read"), expected, "the old file is untouched");

    let forced =
        run(&mut lvf(&["export", "--preset", "graphql-api", "--now", NOW, "-o", path, "--force"]));
    assert!(stdout(&forced).is_empty());
    let replacement = stdout(&run(&mut lvf(&["export", "--preset", "graphql-api", "--now", NOW])));
    assert_ne!(replacement, expected);
    assert_eq!(fs::read_to_string(&file).expect("read"), replacement, "--force replaces it");
    assert_eq!(listing(dir.path()), ["snapshot.md"], "no temporary file is left behind");
}

/// Runs `lvf export -o path` and checks: exit code 2, `message` on stderr, nothing on stdout.
fn assert_refused(path: &Path, message: &str) {
    let output = run(&mut lvf(&["export", "--now", NOW, "-o", path.to_str().expect("UTF-8")]));
    assert_eq!(output.status.code(), Some(2), "{}", stderr(&output));
    assert!(stderr(&output).starts_with("lvf: "), "{}", stderr(&output));
    assert!(stderr(&output).contains(message), "{:?} lacks {message:?}", stderr(&output));
    assert!(output.stdout.is_empty());
}

#[test]
fn a_missing_directory_is_named_and_not_created() {
    let dir = tempfile::tempdir().expect("tempdir");
    let missing = dir.path().join("no-such-dir");
    assert_refused(&missing.join("out.md"), "the directory does not exist");
    assert!(!missing.exists());
    assert!(listing(dir.path()).is_empty());
}

#[test]
fn a_directory_is_not_a_file_name() {
    let dir = tempfile::tempdir().expect("tempdir");
    fs::create_dir(dir.path().join("docs")).expect("mkdir");
    assert_refused(&dir.path().join("docs"), "it is a directory");
    assert!(listing(&dir.path().join("docs")).is_empty());
    let forced = run(&mut lvf(&[
        "export",
        "-o",
        dir.path().join("docs").to_str().expect("UTF-8"),
        "--force",
    ]));
    assert_eq!(forced.status.code(), Some(2), "--force does not replace a directory");
    assert!(dir.path().join("docs").is_dir());
}

#[test]
fn a_read_only_directory_is_named_and_left_empty() {
    use std::os::unix::fs::PermissionsExt as _;
    let dir = tempfile::tempdir().expect("tempdir");
    let locked = dir.path().join("locked");
    fs::create_dir(&locked).expect("mkdir");
    fs::set_permissions(&locked, fs::Permissions::from_mode(0o555)).expect("chmod");
    // Root ignores permission bits, so a chmod-ed directory is writable when the tests run as
    // root (as in CI). Then use a directory no one can create files in: sysfs's root refuses
    // new files even to root. If neither is available, the assertion cannot be made here.
    let probe = locked.join("probe");
    let target = if fs::write(&probe, "").is_err() {
        locked.clone()
    } else if fs::write("/sys/lvf-probe", "").is_err() && Path::new("/sys").is_dir() {
        Path::new("/sys").to_path_buf()
    } else {
        eprintln!("skipped: running as root and no unwritable directory is available");
        return;
    };
    assert_refused(&target.join("out.md"), "the directory is read-only");
    assert!(!target.join("out.md").exists());
    let leftovers = fs::read_dir(&target)
        .expect("readable")
        .filter_map(Result::ok)
        .filter(|entry| entry.file_name().to_string_lossy().starts_with(".lvf-export-"))
        .count();
    assert_eq!(leftovers, 0, "no temporary file is left behind");
    // The explorer's writer reports the same error the same way.
    let book = PriceBook::builtin();
    let report = evaluate(&lvf::engine::scenario::Scenario::default(), &book);
    let provenance =
        Provenance { generated: Timestamp::parse_rfc3339(NOW).expect("valid"), pricing_file: None };
    let error = export::write_snapshot(&target, &report, &book, &provenance)
        .expect_err("a read-only directory refuses the snapshot");
    assert!(error.to_string().contains("read-only"), "{error}");
    fs::set_permissions(&locked, fs::Permissions::from_mode(0o755)).expect("chmod back");
}

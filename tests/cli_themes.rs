//! Themes through the real binary: `lvf themes` lists the built-ins and marks the active one,
//! `NO_COLOR` picks mono unless `--theme` or `LVF_THEME` names one, and every invalid fixture under
//! tests/fixtures/themes/ stops lvf with exit 2, nothing on stdout and a message naming the file,
//! line and column, key, value and what is accepted, before the explorer looks for a terminal.

use std::path::PathBuf;
use std::process::Output;

mod cli_support;

fn fixture(name: &str) -> String {
    let path: PathBuf =
        [env!("CARGO_MANIFEST_DIR"), "tests/fixtures/themes", name].iter().collect();
    path.to_str().expect("UTF-8 path").to_string()
}

/// Runs lvf with `args` and the given environment (nothing else of the caller's theme settings).
fn lvf(args: &[&str], env: &[(&str, &str)]) -> Output {
    let mut command = cli_support::command(args);
    for (key, value) in env {
        command.env(key, value);
    }
    command.output().expect("run lvf")
}

fn stdout(output: &Output) -> String {
    String::from_utf8(output.stdout.clone()).expect("UTF-8 stdout")
}

fn stderr(output: &Output) -> String {
    String::from_utf8(output.stderr.clone()).expect("UTF-8 stderr")
}

/// The theme `lvf themes` marks as active.
fn active(output: &Output) -> String {
    assert!(output.status.success(), "{}", stderr(output));
    let out = stdout(output);
    let marked: Vec<&str> = out.lines().filter(|line| line.starts_with("* ")).collect();
    assert_eq!(marked.len(), 1, "{out}");
    marked[0][2..].split_whitespace().next().expect("a name").to_string()
}

#[test]
fn themes_lists_every_builtin_once_and_marks_the_default() {
    let output = lvf(&["themes"], &[]);
    assert!(output.status.success());
    let out = stdout(&output);
    let names: Vec<&str> =
        out.lines().map(|line| line[2..].split_whitespace().next().unwrap_or("")).collect();
    assert_eq!(names, ["dark", "light", "high-contrast", "colour-blind", "mono"]);
    assert_eq!(out.matches("(default)").count(), 1, "{out}");
    assert!(out.lines().next().is_some_and(|line| line.ends_with("(default)")), "{out}");
    assert_eq!(active(&output), "dark");
}

#[test]
fn no_color_picks_mono_and_a_named_theme_overrides_it() {
    assert_eq!(active(&lvf(&["themes"], &[("NO_COLOR", "1")])), "mono");
    assert_eq!(active(&lvf(&["themes"], &[("NO_COLOR", "")])), "dark");
    assert_eq!(active(&lvf(&["themes", "--theme", "light"], &[("NO_COLOR", "1")])), "light");
    assert_eq!(active(&lvf(&["--theme", "light", "themes"], &[("NO_COLOR", "1")])), "light");
    let from_env = lvf(&["themes"], &[("NO_COLOR", "1"), ("LVF_THEME", "high-contrast")]);
    assert_eq!(active(&from_env), "high-contrast");
    let flag_over_env = lvf(&["themes", "--theme", "colour-blind"], &[("LVF_THEME", "light")]);
    assert_eq!(active(&flag_over_env), "colour-blind");
}

#[test]
fn a_theme_file_is_used_and_shown_as_active() {
    let dark = [env!("CARGO_MANIFEST_DIR"), "themes", "dark.toml"].iter().collect::<PathBuf>();
    let dark = dark.to_str().expect("UTF-8 path");
    let output = lvf(&["themes", "--theme", dark], &[("NO_COLOR", "1")]);
    assert_eq!(active(&output), "dark");
    assert!(stdout(&output).contains(&format!("(from {dark})")), "{}", stdout(&output));
}

#[test]
fn an_unknown_name_lists_the_builtins() {
    for args in [&["themes", "--theme", "purple"][..], &["--theme", "purple"][..]] {
        let output = lvf(args, &[]);
        assert_eq!(output.status.code(), Some(2), "{args:?}");
        assert!(output.stdout.is_empty());
        let err = stderr(&output);
        assert!(err.starts_with("lvf: theme \"purple\" is neither a built-in theme nor a file"));
        assert!(err.contains("dark, light, high-contrast, colour-blind, mono"), "{err}");
    }
    let output = lvf(&[], &[("LVF_THEME", "purple")]);
    assert_eq!(output.status.code(), Some(2));
    assert!(stderr(&output).contains("theme \"purple\""), "{}", stderr(&output));
}

#[test]
fn a_missing_file_says_so() {
    let output = lvf(&["themes", "--theme", "no/such/theme.toml"], &[]);
    assert_eq!(output.status.code(), Some(2));
    assert!(output.stdout.is_empty());
    let err = stderr(&output);
    assert!(err.starts_with("lvf: theme file \"no/such/theme.toml\": cannot read it: "), "{err}");
}

/// (fixture, line and column, what the message must also say: key, value, what is accepted)
const BAD: &[(&str, &str, &[&str])] = &[
    (
        "unknown-role.toml",
        "line 25 column 1",
        &["roles.curve-lamda is not a role", "the roles are: base, muted", "curve-lambda"],
    ),
    (
        "bad-colour-name.toml",
        "line 34 column 12",
        &["roles.fit-good = \"greenish\"", "a colour name (black, red", "\"#rrggbb\"", "0-255"],
    ),
    ("bad-hex.toml", "line 34 column 12", &["roles.fit-good = \"#12345\"", "\"#rrggbb\""]),
    ("index-out-of-range.toml", "line 16 column 9", &["roles.muted = \"300\"", "index 0-255"]),
    ("missing-role.toml", "line 14 column 1", &["[roles] is missing axis", "sets every role"]),
    (
        "unknown-style-field.toml",
        "line 17 column 9",
        &["roles.title.blink is not a style field", "accepted: fg, bg, bold"],
    ),
    (
        "bad-marker.toml",
        "line 25 column 16",
        &["roles.curve-lambda.marker = \"squiggle\"", "braille, dot, block, bar, half-block"],
    ),
    (
        "marker-on-wrong-role.toml",
        "line 29 column 8",
        &["roles.axis.marker is not a style field", "marker on curve-lambda, curve-fargate"],
    ),
    ("not-a-bool.toml", "line 17 column 9", &["roles.title.bold = \"yes\"", "true or false"]),
    (
        "unknown-top-level-key.toml",
        "line 3 column 1",
        &["unknown field `colour`", "`name`, `description`, `roles`"],
    ),
    ("not-toml.toml", "line 1 column 6", &["expected `=`"]),
];

#[test]
fn every_bad_fixture_stops_lvf_before_the_terminal_with_a_precise_message() {
    let fixtures = std::fs::read_dir(fixture("")).expect("tests/fixtures/themes exists").count();
    assert_eq!(fixtures, BAD.len(), "every fixture is listed here");
    for (name, at, needles) in BAD {
        let path = fixture(name);
        // `lvf themes` reads the file; plain `lvf` (no terminal here) must fail on the theme, not
        // on the missing terminal; so must LVF_THEME.
        let runs = [
            lvf(&["themes", "--theme", &path], &[]),
            lvf(&["--theme", &path], &[]),
            lvf(&[], &[("LVF_THEME", &path)]),
        ];
        for output in runs {
            assert_eq!(output.status.code(), Some(2), "{name}");
            assert!(output.stdout.is_empty(), "{name}: stdout {:?}", stdout(&output));
            let err = stderr(&output);
            let head = format!("lvf: theme file \"{path}\", {at}: ");
            assert!(err.starts_with(&head), "{name}: {err:?} does not start with {head:?}");
            assert_eq!(err.lines().count(), 1, "{name}: {err}");
            for needle in *needles {
                assert!(err.contains(needle), "{name}: {err:?} lacks {needle:?}");
            }
            assert!(!err.contains("terminal"), "{name}: {err}");
        }
    }
}

//! Bad input through the real binary, table-driven: price books, theme files, every numeric flag
//! of `eval`, `export`, plain `lvf` and `price`, unknown choices, and export targets. Every case
//! must exit 2 within a few seconds, print nothing on stdout, name the problem on stderr (the
//! file, flag or value, and what is accepted) and show no panic.

use std::fmt::Write as _;
use std::fs;
use std::path::{Path, PathBuf};
mod cli_support;

use lvf::engine::pricing::FigureKey;
use lvf::engine::scenario::{INPUTS, Kind};
use std::time::{Duration, Instant};

/// No bad input may take longer than this to refuse (a debug build, a loaded CI machine).
const PATIENCE: Duration = Duration::from_secs(5);

/// Phrases that say what is accepted; every message carries at least one.
const ACCEPTED_HINTS: &[&str] = &[
    "for example",
    "outside the range",
    "is not one of",
    "accepted",
    "possible values",
    "at most",
    "(0 to 100)",
    "nearest valid sizes",
    "the built-in themes are",
    "must be",
    "expected",
    "the roles are",
    "a theme sets every role",
    "does not exist",
    "is a directory",
    "is empty",
    "UTF-8",
    "--force",
    "read-only",
    "required",
    "give a file name",
    "not a directory",
    "2x to 8x",
    "each key appears once",
    "as in `lvf",
    "did you mean",
    "Usage: lvf",
];

/// One bad invocation and the words its message must contain.
struct Case {
    args: Vec<String>,
    env: Vec<(String, String)>,
    expect: Vec<String>,
}

fn case(args: &[&str], expect: &[&str]) -> Case {
    Case {
        args: args.iter().map(ToString::to_string).collect(),
        env: Vec::new(),
        expect: expect.iter().map(ToString::to_string).collect(),
    }
}

/// Runs every case and reports all failures at once; returns how many ran.
fn check(cases: &[Case]) -> usize {
    let mut failures = String::new();
    for case in cases {
        let mut command = cli_support::command(&case.args);
        command.env("RUST_BACKTRACE", "0");
        for (key, value) in &case.env {
            command.env(key, value);
        }
        let started = Instant::now();
        let output = command.output().expect("the binary runs");
        let took = started.elapsed();
        let stderr = String::from_utf8_lossy(&output.stderr);
        let shown: Vec<String> = case.args.iter().map(|arg| shorten(arg)).collect();
        let mut problems = Vec::new();
        if output.status.code() != Some(2) {
            problems.push(format!("exit {:?}, not 2", output.status.code()));
        }
        if !output.stdout.is_empty() {
            problems.push(format!(
                "stdout not empty: {}",
                shorten(&String::from_utf8_lossy(&output.stdout))
            ));
        }
        if stderr.contains("panicked") || stderr.contains("RUST_BACKTRACE") {
            problems.push("a panic".to_string());
        }
        // clap's own errors start with "error: "; a missing subcommand prints the usage instead.
        let framed = stderr.starts_with("lvf: ")
            || stderr.starts_with("error: ")
            || stderr.contains("\nUsage: lvf");
        if !framed {
            problems.push("stderr is not an lvf message, a clap error or the usage".to_string());
        }
        for word in &case.expect {
            if !stderr.contains(word.as_str()) {
                problems.push(format!("stderr lacks {:?}", shorten(word)));
            }
        }
        if !ACCEPTED_HINTS.iter().any(|hint| stderr.contains(hint)) {
            problems.push("stderr does not say what is accepted".to_string());
        }
        if took > PATIENCE {
            problems.push(format!("took {took:?}"));
        }
        if !problems.is_empty() {
            let _ = writeln!(
                failures,
                "lvf {}\n  {}\n  stderr: {}",
                shown.join(" "),
                problems.join("; "),
                shorten(&stderr)
            );
        }
    }
    assert!(failures.is_empty(), "{failures}");
    eprintln!("{} bad inputs refused as they should be", cases.len());
    cases.len()
}

/// Long values (400 digits) cut for the failure report.
fn shorten(text: &str) -> String {
    let text = text.trim_end();
    if text.chars().count() > 300 {
        format!("{}…", text.chars().take(300).collect::<String>())
    } else {
        text.to_string()
    }
}

fn path_str(path: &Path) -> String {
    path.to_str().expect("UTF-8 path").to_string()
}

fn fixture(dir: &str, name: &str) -> String {
    let path: PathBuf = [env!("CARGO_MANIFEST_DIR"), "tests/fixtures", dir, name].iter().collect();
    path_str(&path)
}

/// Bytes that are not UTF-8 (and not TOML), the same on every run.
fn garbage() -> Vec<u8> {
    (0u32..4096).map(|i| (i.wrapping_mul(2_654_435_761) >> 13) as u8 | 0x80).collect()
}

/// A file of `megabytes` MB of TOML-looking comment lines.
fn big_file(path: &Path, megabytes: usize) {
    let line = "# a very long price book that is the wrong file entirely\n";
    let mut text = String::with_capacity(megabytes << 20);
    while text.len() < megabytes << 20 {
        text.push_str(line);
    }
    fs::write(path, text).expect("write the big file");
}

/// File faults shared by the price book and the theme: (label, path, words the message has).
fn file_faults(dir: &Path) -> Vec<(String, Vec<String>)> {
    let write = |name: &str, contents: &[u8]| {
        let path = dir.join(name);
        fs::write(&path, contents).expect("write a fixture");
        path_str(&path)
    };
    let big = dir.join("fifty-megabytes.toml");
    big_file(&big, 50);
    fs::create_dir(dir.join("a-directory.toml")).expect("mkdir");
    vec![
        (write("empty.toml", b""), vec!["the file is empty".to_string()]),
        (write("blank.toml", b"\n  \n\t\n"), vec!["the file is empty".to_string()]),
        (write("garbage.toml", &garbage()), vec!["not UTF-8 text".to_string()]),
        (path_str(&big), vec!["50.0 MB".to_string(), "at most 1 MB".to_string()]),
        ("/dev/zero".to_string(), vec!["larger than 1 MB".to_string()]),
        (path_str(&dir.join("missing.toml")), vec!["it does not exist".to_string()]),
        (path_str(&dir.join("a-directory.toml")), vec!["it is a directory".to_string()]),
        (path_str(&dir.join("empty.toml/child.toml")), vec!["empty.toml/child.toml".to_string()]),
    ]
}

/// The shipped price book with one piece of text replaced.
fn book_with(dir: &Path, name: &str, find: &str, replace: &str) -> String {
    let text = lvf::engine::pricing::BUILTIN_PRICING;
    assert!(text.contains(find), "pricing.toml has {find:?}");
    let path = dir.join(name);
    fs::write(&path, text.replacen(find, replace, 1)).expect("write");
    path_str(&path)
}

/// Every figure of a region, read from the book's own table of figures ([`FigureKey::ALL`], so a
/// key added to the book is covered the day it is added), written three ways into us-east-1 of a
/// copy of the shipped book: negative, of the wrong type, and missing. Each message must name the
/// line, the key and the value as written, and what is accepted.
fn every_figure_faults(dir: &Path) -> Vec<(String, Vec<String>)> {
    let lines: Vec<&str> = lvf::engine::pricing::BUILTIN_PRICING.lines().collect();
    let write = |name: String, lines: &[String]| {
        let path = dir.join(name);
        fs::write(&path, lines.join("\n")).expect("write a faulty book");
        path_str(&path)
    };
    let mut faults = Vec::new();
    for &key in FigureKey::ALL {
        let (table, name) = key.split();
        let header = format!("[regions.us-east-1.{table}]");
        let start =
            lines.iter().position(|line| *line == header).expect("the table is in the book");
        let at = start
            + lines[start..]
                .iter()
                .position(|line| line.starts_with(&format!("{name} = ")))
                .expect("the figure is in its table");
        // A tier list's number is on its first tier's line; its end is the closing bracket.
        let listed = lines[at].trim_end().ends_with('[');
        let end =
            if listed { at + lines[at..].iter().position(|l| *l == "]").expect("]") } else { at };
        let number_at = if listed { at + 1 } else { at };
        let field = if lines[number_at].contains("amount = ") { "amount" } else { "usd" };
        let (before, after) =
            lines[number_at].split_once(&format!(" {field} = ")).expect("a number to spoil");
        let number = &after[..after.find([',', ' ']).expect("the number ends")];
        let rest = &after[number.len()..];
        let element = if listed { "[0]" } else { "" };
        let value_key = format!("regions.us-east-1.{}{element}.{field}", key.path());
        let located = format!("line {} column", number_at + 1);
        let mut spoilt = |label: &str, line: String, expect: Vec<String>| {
            let mut copy: Vec<String> = lines.iter().map(ToString::to_string).collect();
            copy[number_at] = line;
            let file = format!("{}-{label}.toml", key.path().replace('.', "-"));
            faults.push((write(file, &copy), expect));
        };
        spoilt(
            "negative",
            format!("{before} {field} = -{number}{rest}"),
            vec![
                located.clone(),
                format!("{value_key} = \"-{number}\""),
                "must be a finite number >= 0".to_string(),
            ],
        );
        spoilt(
            "string",
            format!("{before} {field} = \"{number}\"{rest}"),
            vec![located, format!("{value_key} = \"{number}\""), "wrong type".to_string()],
        );
        let mut missing: Vec<String> = lines.iter().map(ToString::to_string).collect();
        missing.drain(at..=end);
        let file = format!("{}-missing.toml", key.path().replace('.', "-"));
        let expect = vec![
            format!("regions.us-east-1.{}: this key is missing", key.path()),
            "it is required".to_string(),
            "line ".to_string(),
        ];
        faults.push((write(file, &missing), expect));
    }
    faults
}

/// Bad values in the tables added for the costs around the compute that no single figure's
/// fault shows: bad tiers, bad stand-ins and a misspelt table.
fn around_the_compute_faults(dir: &Path) -> Vec<(String, Vec<&'static str>)> {
    vec![
        (
            book_with(
                dir,
                "ws-tiers.toml",
                "{ up-to = 1_000_000_000, usd = 0.000001",
                "{ up-to = -1, usd = 0.000001",
            ),
            vec!["websocket-messages[0].up-to", "finite number > 0"],
        ),
        (
            book_with(
                dir,
                "stand-in.toml",
                ", stand-in = \"us-east-1\" }",
                ", stand-in = \"Ohio\" }",
            ),
            vec!["stand-in = \"Ohio\"", "region code"],
        ),
        (
            book_with(
                dir,
                "stand-in-type.toml",
                ", stand-in = \"us-east-1\" }",
                ", stand-in = 1 }",
            ),
            vec!["stand-in", "wrong type"],
        ),
        (
            book_with(
                dir,
                "no-network.toml",
                "[regions.us-east-1.network]",
                "[regions.us-east-1.networks]",
            ),
            vec!["networks", "unknown key"],
        ),
    ]
}

#[test]
fn bad_price_books_are_refused_with_the_file_and_the_problem() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut cases = Vec::new();
    for (path, words) in file_faults(dir.path()) {
        let mut expect = vec![format!("pricing file \"{path}\""), "cannot read it".to_string()];
        expect.extend(words);
        let expect: Vec<&str> = expect.iter().map(String::as_str).collect();
        for command in [
            &["regions"][..],
            &["eval"],
            &["price", "lambda", "--memory", "128", "--duration", "1s", "--requests", "1"],
        ] {
            let mut args = vec!["--pricing", path.as_str()];
            args.extend_from_slice(command);
            cases.push(case(&args, &expect));
        }
    }
    // Faults inside the file: (fixture or generated file, words the message has).
    let mut faults: Vec<(String, Vec<&str>)> = vec![
        (fixture("pricing", "not-toml.toml"), vec!["line 106 column 20", "not valid TOML"]),
        (fixture("pricing", "unknown-key.toml"), vec!["requests-arm64", "unknown key"]),
        (fixture("pricing", "negative-price.toml"), vec!["\"-0.2\"", "finite number >= 0"]),
        (fixture("pricing", "nan-price.toml"), vec!["\"nan\"", "finite number >= 0"]),
        (fixture("pricing", "inf-price.toml"), vec!["\"inf\"", "finite number >= 0"]),
        (fixture("pricing", "missing-region-table.toml"), vec!["regions", "missing"]),
        (fixture("pricing", "no-regions.toml"), vec!["at least one region"]),
        (fixture("pricing", "tiers-out-of-order.toml"), vec!["ascending order"]),
        (fixture("pricing", "bad-task-size.toml"), vec!["memory-gb[7] = \"16\"", "2 to 8 GB"]),
        (fixture("pricing", "task-vcpu-zero.toml"), vec!["vcpu"]),
        (fixture("pricing", "wrong-type.toml"), vec!["line"]),
        (fixture("pricing", "duplicate-key.toml"), vec!["line"]),
        (book_with(dir.path(), "neg-inf.toml", "usd = 0.0000002", "usd = -inf"), vec!["\"-inf\""]),
        (book_with(dir.path(), "neg-nan.toml", "usd = 0.0000002", "usd = -nan"), vec!["\"-nan\""]),
        (
            book_with(dir.path(), "string-price.toml", "usd = 0.0000002", "usd = \"cheap\""),
            vec!["\"cheap\""],
        ),
        (book_with(dir.path(), "huge-float.toml", "usd = 0.0000002", "usd = 1e400"), vec!["line"]),
        (book_with(dir.path(), "nul.toml", "[book]", "[book]\0"), vec!["line"]),
        (
            book_with(dir.path(), "unknown-top.toml", "[book]", "colour = \"red\"\n[book]"),
            vec!["colour", "unknown key"],
        ),
    ];
    faults.extend(around_the_compute_faults(dir.path()));
    let figures = every_figure_faults(dir.path());
    assert_eq!(figures.len(), 3 * FigureKey::ALL.len());
    let mut faults: Vec<(String, Vec<String>)> = faults
        .into_iter()
        .map(|(path, words)| (path, words.iter().map(ToString::to_string).collect()))
        .collect();
    faults.extend(figures);
    for (path, words) in &faults {
        let mut expect = vec![format!("pricing file \"{path}\"")];
        expect.extend(words.iter().cloned());
        let expect: Vec<&str> = expect.iter().map(String::as_str).collect();
        for command in [&["regions"][..], &["export"]] {
            let mut args = vec!["--pricing", path.as_str()];
            args.extend_from_slice(command);
            cases.push(case(&args, &expect));
        }
    }
    // A good book without the region asked for.
    let one = fixture("pricing", "valid-one-region.toml");
    cases.push(case(&["--pricing", &one, "eval"], &["--region", "\"us-east-1\"", "eu-west-1"]));
    cases.push(case(
        &[
            "--pricing",
            &one,
            "price",
            "lambda",
            "--memory",
            "128",
            "--duration",
            "1s",
            "--requests",
            "1",
        ],
        &["\"us-east-1\"", "eu-west-1"],
    ));
    // The environment variable is read the same way as the flag.
    let missing = path_str(&dir.path().join("from-env.toml"));
    let mut from_env =
        case(&["regions"], &[&format!("pricing file \"{missing}\""), "does not exist"]);
    from_env.env.push(("LVF_PRICING".to_string(), missing.clone()));
    cases.push(from_env);
    let mut empty_env = case(&["regions"], &["--pricing"]);
    empty_env.env.push(("LVF_PRICING".to_string(), String::new()));
    cases.push(empty_env);
    assert!(check(&cases) >= 60);
}

#[test]
fn bad_offer_files_stop_the_import_with_the_file_and_what_was_expected() {
    let dir = tempfile::tempdir().expect("tempdir");
    let write = |name: &str, contents: &[u8]| {
        let path = dir.path().join(name);
        fs::write(&path, contents).expect("write");
        path_str(&path)
    };
    let json = fs::read_to_string(fixture("offers", "AWSLambda-us-east-1.json")).expect("fixture");
    let out = path_str(&dir.path().join("book.toml"));
    let files = [
        (write("truncated.json", &json.as_bytes()[..json.len() / 3]), "truncated"),
        (write("empty.json", b""), "the file is empty"),
        (write("blank.csv", b"\n \n"), "the file is empty"),
        (write("garbage.json", &garbage()), "neither JSON nor CSV"),
        (write("html.json", b"<html>Access denied</html>"), "neither JSON nor CSV"),
        (write("array.json", b"[1, 2]"), "neither JSON nor CSV"),
        (write("eks.json", json.replace("\"AWSLambda\"", "\"AmazonEKS\"").as_bytes()), "AmazonECS"),
        (write("number.json", b"{\"offerCode\": 7}"), "expected a string"),
        (path_str(&dir.path().join("missing.json")), "cannot read it"),
        (path_str(dir.path()), "it is a directory"),
    ];
    let mut cases = Vec::new();
    for (path, words) in &files {
        cases.push(case(
            &["pricing", "import", path, "-o", &out],
            &[&format!("offer file \"{path}\""), words],
        ));
    }
    cases.push(case(&["pricing", "import"], &["FILE"]));
    cases.push(case(
        &["pricing", "import", &fixture("offers", "AWSLambda-eu-west-2.csv"), "--force"],
        &["--output"],
    ));
    cases.push(case(
        &["pricing", "import", &fixture("offers", "AWSLambda-eu-west-2.csv"), "--region", "mars-1"],
        &["mars-1", "no row for this region"],
    ));
    cases.push(case(&["pricing", "diff", "builtin"], &["NEW"]));
    cases.push(case(&["pricing", "diff", "builtin", &files[1].0], &["pricing file", "is empty"]));
    check(&cases);
    assert!(!dir.path().join("book.toml").exists(), "no bad import wrote anything");
}

/// The dark theme with one piece of text replaced.
fn theme_with(dir: &Path, name: &str, find: &str, replace: &str) -> String {
    let text = fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("themes/dark.toml"))
        .expect("the dark theme");
    assert!(text.contains(find), "dark.toml has {find:?}");
    let path = dir.join(name);
    fs::write(&path, text.replacen(find, replace, 1)).expect("write");
    path_str(&path)
}

#[test]
fn bad_theme_files_are_refused_with_the_file_and_the_problem() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut cases = Vec::new();
    for (path, words) in file_faults(dir.path()) {
        let mut expect = vec![format!("theme file \"{path}\""), "cannot read it".to_string()];
        expect.extend(words);
        let expect: Vec<&str> = expect.iter().map(String::as_str).collect();
        cases.push(case(&["--theme", &path, "themes"], &expect));
        cases.push(case(&["--theme", &path], &expect));
    }
    let d = dir.path();
    let faults: Vec<(String, Vec<&str>)> = vec![
        (theme_with(d, "not-toml.toml", "[roles]", "[roles"), vec!["line 14"]),
        (theme_with(d, "garbage-line.toml", "[roles]", "[roles]\n\u{1}\u{2} ==="), vec!["line 15"]),
        (
            theme_with(d, "unknown.toml", "muted = 245", "muted = 245\nshiny = \"red\""),
            vec!["roles.shiny is not a role"],
        ),
        (theme_with(d, "unknown-top.toml", "[roles]", "author = \"me\"\n[roles]"), vec!["author"]),
        (theme_with(d, "negative.toml", "muted = 245", "muted = -1"), vec!["roles.muted = \"-1\""]),
        (
            theme_with(d, "too-big.toml", "muted = 245", "muted = 256"),
            vec!["roles.muted = \"256\""],
        ),
        (
            theme_with(d, "huge.toml", "muted = 245", "muted = 99999999999999999999"),
            vec!["line 16"],
        ),
        (theme_with(d, "nan.toml", "muted = 245", "muted = nan"), vec!["roles.muted = \"nan\""]),
        (theme_with(d, "inf.toml", "muted = 245", "muted = inf"), vec!["roles.muted = \"inf\""]),
        (
            theme_with(d, "float.toml", "muted = 245", "muted = 24.5"),
            vec!["roles.muted = \"24.5\""],
        ),
        (theme_with(d, "hex.toml", "muted = 245", "muted = \"#12345\""), vec!["\"#12345\""]),
        (theme_with(d, "name.toml", "muted = 245", "muted = \"octarine\""), vec!["\"octarine\""]),
        (
            theme_with(d, "empty-colour.toml", "muted = 245", "muted = \"\""),
            vec!["roles.muted = \"\""],
        ),
        (theme_with(d, "missing-role.toml", "muted = 245", ""), vec!["missing muted"]),
        (
            theme_with(d, "bool.toml", "bold = true", "bold = \"yes\""),
            vec!["\"yes\"", "true or false"],
        ),
        (
            theme_with(d, "marker.toml", "marker = \"braille\"", "marker = \"sparkles\""),
            vec!["\"sparkles\""],
        ),
        (fixture("themes", "bad-colour-name.toml"), vec!["line"]),
        (fixture("themes", "index-out-of-range.toml"), vec!["\"300\""]),
        (fixture("themes", "marker-on-wrong-role.toml"), vec!["marker"]),
        (fixture("themes", "unknown-style-field.toml"), vec!["not a style field"]),
    ];
    for (path, words) in &faults {
        let mut expect = vec![format!("theme file \"{path}\"")];
        expect.extend(words.iter().map(ToString::to_string));
        let expect: Vec<&str> = expect.iter().map(String::as_str).collect();
        cases.push(case(&["--theme", path, "themes"], &expect));
    }
    for name in ["purple", "", "DARK "] {
        cases.push(case(
            &["--theme", name, "themes"],
            &[&format!("theme \"{name}\""), "dark, light"],
        ));
    }
    let mut from_env = case(&["themes"], &["theme \"sepia\""]);
    from_env.env.push(("LVF_THEME".to_string(), "sepia".to_string()));
    cases.push(from_env);
    assert!(check(&cases) >= 40);
}

/// 400 nines: reads as infinity.
fn huge() -> String {
    "9".repeat(400)
}

/// Bad values of each scenario flag: negative, zero where zero is out of range, absurdly large,
/// NaN, infinity, empty, without a unit or with the wrong one.
fn scenario_flag_values() -> Vec<(&'static str, Vec<String>)> {
    let h = huge();
    let v = |values: &[&str]| values.iter().map(ToString::to_string).collect::<Vec<_>>();
    vec![
        (
            "--runtime",
            v(&[
                "-1s",
                "0s",
                "0ms",
                &format!("{h}s"),
                "100000h",
                "2d",
                "NaN",
                "nans",
                "inf",
                "infs",
                "",
                "120",
                "120MB",
                "1e3s",
            ]),
        ),
        ("--memory", v(&["-1", "0", &h, "999999GB", "121GB", "NaN", "inf", "", "2s", "1.5TB"])),
        (
            "--rate",
            v(&[
                "-5/s",
                "0/s",
                &format!("{h}/s"),
                "1000000/s",
                "NaN/s",
                "inf/s",
                "",
                "50",
                "50/fortnight",
                "50MB/s",
            ]),
        ),
        ("--requests-per-task", v(&["-1", "0", &h, "100000", "NaN", "inf", "", "8/s", "8 tasks"])),
        ("--utilization", v(&["-5", "0", &h, "500%", "NaN", "inf", "", "70s"])),
        ("--min-tasks", v(&["-1", &h, "101", "4294967296", "NaN", "inf", "", "1.5", "2 tasks"])),
        ("--spot", v(&["-5", &h, "150%", "NaN", "inf", "", "5 tasks"])),
        ("--ephemeral-storage", v(&["-1", "0", &h, "20GB", "NaN", "inf", "", "512s"])),
        ("--fargate-storage", v(&["-1", "0", &h, "500", "NaN", "inf", "", "20s"])),
        ("--image-size", v(&["-1", "0", &h, "100", "NaN", "inf", "", "1s"])),
        ("--cold-start-share", v(&["-1", &h, "150", "NaN", "inf", "", "1s"])),
        ("--init-duration", v(&["-1s", &format!("{h}s"), "11min", "NaN", "inf", "", "1", "1GB"])),
        ("--savings-lambda", v(&["-1", &h, "18%", "NaN", "inf", "", "5s"])),
        ("--savings-fargate", v(&["-1", &h, "53%", "NaN", "inf", "", "5s"])),
        // The table's names beside the earlier spellings above.
        ("--spot-share", v(&["-5", &h, "150%", "NaN", "inf", "", "5 tasks"])),
        ("--lambda-storage", v(&["-1", "0", &h, "20GB", "NaN", "inf", "", "512s"])),
        ("--image", v(&["-1", "0", &h, "100", "NaN", "inf", "", "1s"])),
        ("--init", v(&["-1s", &format!("{h}s"), "11min", "NaN", "inf", "", "1", "1GB"])),
        ("--cpu-share", v(&["-5", "0", &h, "0.5%", "150%", "NaN", "inf", "", "1s", "half"])),
        (
            "--request-memory",
            v(&["-1", "0", &h, "200GB", "NaN", "inf", "", "1s", "automatic", "none"]),
        ),
        ("--task-start", v(&["-1s", "0", &h, "1h", "NaN", "inf", "", "30", "none", "2GB"])),
        // Around the compute.
        (
            "--requests-per-connection",
            v(&["-1", "0", "0.5", &h, "2000000", "NaN", "inf", "", "8/s", "many"]),
        ),
        ("--response-size", v(&["-1", "0", "0.01", &h, "200MB", "NaN", "inf", "", "10s", "10GB"])),
        ("--open-connections", v(&["-1", &h, "20000000", "1.5", "NaN", "inf", "", "5 users"])),
        ("--log-size", v(&["-1", &h, "2000", "2MB", "NaN", "inf", "", "1s", "1GB"])),
        // The traffic model.
        ("--peak", v(&["0", "0.5", "-2", &h, "25", "NaN", "inf", "", "2/s", "high"])),
        ("--keep-alive", v(&["-1s", "0", &h, "30s", "3h", "NaN", "inf", "", "7", "7GB"])),
        ("--env-lifetime", v(&["-1s", "0", &h, "5min", "2d", "NaN", "inf", "", "2", "2GB"])),
        ("--latency-budget", v(&["-1s", "0", &h, "1h", "NaN", "inf", "", "1", "never"])),
        ("--lambda-quota", v(&["-1", "0", "5", &h, "2000000", "1.5", "NaN", "inf", "", "lots"])),
        ("--scale-in-delay", v(&["-1s", &h, "7h", "NaN", "inf", "", "20", "auto"])),
        ("--materiality", v(&["-1", &h, "10001", "$20,000", "NaN", "inf", "", "50€", "lots"])),
    ]
}

#[test]
fn the_bad_values_cover_every_numeric_input_of_the_table() {
    let covered: Vec<String> =
        scenario_flag_values().into_iter().map(|(flag, _)| flag.to_string()).collect();
    for def in INPUTS {
        if matches!(def.kind, Kind::Number { .. } | Kind::Optional { .. }) {
            assert!(covered.contains(&def.flag()), "no bad values for {}", def.flag());
        }
    }
}

#[test]
fn every_numeric_scenario_flag_refuses_bad_values_in_eval_export_and_the_explorer() {
    let mut cases = Vec::new();
    for (flag, values) in scenario_flag_values() {
        for value in &values {
            let quoted = format!("{flag} {value:?}");
            for command in [&["eval"][..], &["export"], &[]] {
                let mut args: Vec<String> = command.iter().map(ToString::to_string).collect();
                // `--flag=value` and `--flag value` alike (a value may start with a hyphen).
                if command.is_empty() {
                    args.push(format!("{flag}={value}"));
                } else {
                    args.extend([flag.to_string(), value.clone()]);
                }
                let args: Vec<&str> = args.iter().map(String::as_str).collect();
                cases.push(case(&args, &[&quoted]));
            }
        }
    }
    // The task size: each flag on its own, then a pair Fargate does not offer.
    let h = huge();
    for (vcpu, memory, flag_value) in [
        ("-1", "2", "--task-vcpu \"-1\""),
        ("0", "2", "Fargate offers no 0 vCPU / 2 GB task"),
        (h.as_str(), "2", "--task-vcpu"),
        ("1000", "2", "Fargate offers no 1000 vCPU / 2 GB task"),
        ("NaN", "2", "--task-vcpu \"NaN\""),
        ("inf", "2", "--task-vcpu \"inf\""),
        ("", "2", "--task-vcpu \"\""),
        ("1GB", "2", "--task-vcpu \"1GB\""),
        ("1", "-2", "--task-memory \"-2\""),
        ("1", "0", "Fargate offers no 1 vCPU / 0 GB task"),
        ("1", h.as_str(), "--task-memory"),
        ("1", "1000", "Fargate offers no 1 vCPU / 1000 GB task"),
        ("1", "NaN", "--task-memory \"NaN\""),
        ("1", "inf", "--task-memory \"inf\""),
        ("1", "", "--task-memory \"\""),
        ("1", "2s", "--task-memory \"2s\""),
        ("3", "2", "the nearest valid sizes are 1 vCPU / 2 GB and 2 vCPU / 4 GB"),
    ] {
        for command in ["eval", "export"] {
            cases.push(case(
                &[command, "--task-vcpu", vcpu, "--task-memory", memory],
                &[flag_value],
            ));
        }
    }
    cases.push(case(&["eval", "--task-vcpu", "1"], &["--task-memory"]));
    cases.push(case(&["eval", "--task-memory", "2"], &["--task-vcpu"]));
    assert!(check(&cases) >= 390);
}

#[test]
fn unknown_choices_list_what_is_accepted() {
    let mut cases = Vec::new();
    for (flag, value, accepted) in [
        ("--preset", "nope", "serverless-api"),
        ("--preset", "", "serverless-api"),
        ("--region", "mars", "us-east-1"),
        ("--region", "US-EAST-1", "us-east-1"),
        ("--region", "", "us-east-1"),
        ("--arch", "mips", "arm64"),
        ("--arch", "", "arm64"),
        ("--ingress", "carrier-pigeon", "rest"),
        ("--ingress", "", "rest"),
        ("--state", "liquid", "persistent"),
        ("--state", "", "persistent"),
        ("--lambda-ingress", "nlb", "websocket"),
        ("--lambda-ingress", "shared-alb", "websocket"),
        ("--lambda-ingress", "", "websocket"),
        ("--fargate-ingress", "websocket", "shared-alb"),
        ("--fargate-ingress", "url", "shared-alb"),
        ("--fargate-ingress", "", "shared-alb"),
        ("--network", "vpn", "nat"),
        ("--network", "", "nat"),
        ("--volume", "s3:100", "efs:20"),
        ("--volume", "ebs", "efs:20"),
        ("--volume", "ebs:0", "efs:20"),
        ("--volume", "ebs:-5", "efs:20"),
        ("--volume", "efs:NaN", "efs:20"),
        ("--volume", "efs:inf", "efs:20"),
        ("--volume", "ebs:99999", "efs:20"),
        ("--volume", "", "efs:20"),
        ("--traffic", "weekly", "business-hours"),
        ("--traffic", "custom:1,2", "custom:"),
        ("--traffic", "", "diurnal"),
        ("--provisioned", "-1", "scheduled"),
        ("--provisioned", "many", "scheduled"),
        ("--provisioned", "100001", "scheduled"),
        ("--scaling", "up", "target"),
        ("--scaling", "", "peak"),
        ("--fargate-mode", "batch", "service"),
        ("--fargate-mode", "", "jobs"),
        ("--task-size", "3/3", "auto"),
        ("--task-size", "big", "auto"),
        ("--task-size", "", "auto"),
    ] {
        for command in [&["eval"][..], &["export"], &[]] {
            let mut args: Vec<&str> = command.to_vec();
            args.extend([flag, value]);
            cases.push(case(&args, &[&format!("{flag} {value:?}"), accepted]));
        }
    }
    cases.push(case(&["eval", "--free-tier=yes"], &["--free-tier"]));
    cases
        .push(case(&["eval", "--map", "--map-y", "sideways"], &["--map-y", "sideways", "runtime"]));
    cases.push(case(&["eval", "--map-y", "memory"], &["--map"]));
    for size in ["0x0", "-1x5", "401x10", "48x201", "NaN", "", "48", "48x24x2", "infxinf", &huge()]
    {
        cases.push(case(&["eval", "--map", "--map-size", size], &["--map-size", "48x24"]));
    }
    cases.push(case(&["eval", "--rate", "--json"], &["--rate \"--json\""]));
    // A bare fraction for a percentage is read as a guess, not as 0.7%.
    cases.push(case(
        &["eval", "--utilization", "0.7"],
        &["--utilization \"0.7\"", "did you mean 70%?"],
    ));
    cases.push(case(&["eval", "--cpu-share", "0.25"], &["did you mean 25%?"]));
    cases.push(case(&["eval", "--rate"], &["--rate"]));
    cases.push(case(&["--rate", "50/s", "eval"], &["put them after it"]));
    cases.push(case(&["frobnicate"], &["unrecognized subcommand 'frobnicate'", "Usage: lvf"]));
    assert!(check(&cases) >= 90);
}

/// `base` with `flag` set to `value` (replacing the flag's value in `base`, if it has one), and
/// the words its message must have: the flag's name and `expect`.
fn flag_case(base: &[&str], flag: &str, value: &str, expect: &[&str]) -> Case {
    let mut args: Vec<&str> = Vec::new();
    let mut skip = false;
    for (index, arg) in base.iter().enumerate() {
        if skip {
            skip = false;
            continue;
        }
        if *arg == flag && index > 1 {
            skip = true;
            continue;
        }
        args.push(arg);
    }
    args.extend([flag, value]);
    let mut words = vec![flag];
    words.extend_from_slice(expect);
    case(&args, &words)
}

#[test]
fn every_price_flag_around_the_compute_refuses_bad_values() {
    let h = huge();
    let counts = ["-1", "NaN", "inf", "", &h, "1001B", "3X", "3 requests"];
    let data = ["-1", "NaN", "inf", "", &h, "2e9", "2PB", "5s"];
    let hours = ["-1", "NaN", "inf", "", &h, "745", "5h"];
    let storage_hours = ["-1", "NaN", "inf", "", &h, "731", "5h"];
    let wholes = ["-1", "0", "2.5", "NaN", "inf", "", &h, "two"];
    let http = ["price", "http-api", "--requests", "1M"];
    let websocket = ["price", "websocket", "--messages", "1M"];
    let nat = ["price", "nat", "--gb", "10"];
    let ebs = ["price", "ebs", "--gb", "100"];
    let efs = ["price", "efs", "--gb", "20"];
    let table: Vec<(&[&str], &str, Vec<&str>)> = vec![
        (&http, "--requests", counts.to_vec()),
        (&http, "--size", vec!["-1", "0", "NaN", "inf", "", &h, "11MB", "10s"]),
        (&["price", "rest-api", "--requests", "1M"], "--requests", counts.to_vec()),
        (&websocket, "--messages", counts.to_vec()),
        (&websocket, "--size", vec!["-1", "0", "NaN", "inf", "", &h, "129", "1MB"]),
        (&websocket, "--connection-minutes", counts.to_vec()),
        (&nat, "--gateways", [&wholes[..], &["1001"]].concat()),
        (&nat, "--hours", hours.to_vec()),
        (&nat, "--gb", data.to_vec()),
        (&["price", "logs", "--gb", "10"], "--gb", data.to_vec()),
        (&ebs, "--gb", vec!["-1", "0", "0.5", "16385", "20TB", "NaN", "inf", "", &h, "5s"]),
        (&ebs, "--volumes", [&wholes[..], &["1000001"]].concat()),
        (&ebs, "--hours", storage_hours.to_vec()),
        (&efs, "--gb", data.to_vec()),
        (&efs, "--hours", storage_hours.to_vec()),
        (&["price", "ipv4"], "--addresses", [&wholes[..], &["1000001"]].concat()),
        (&["price", "ipv4"], "--hours", hours.to_vec()),
    ];
    let mut cases = Vec::new();
    for (base, flag, values) in &table {
        for value in values {
            cases.push(flag_case(base, flag, value, &[]));
        }
        cases.push(flag_case(base, "--region", "mars", &["\"mars\"", "us-east-1"]));
    }
    // Each service without the flag it cannot be priced without.
    for (service, required) in [
        ("http-api", "--requests"),
        ("rest-api", "--requests"),
        ("websocket", "--messages"),
        ("logs", "--gb"),
        ("ebs", "--gb"),
        ("efs", "--gb"),
    ] {
        cases.push(case(&["price", service], &[required, "required"]));
    }
    cases.push(case(&["price", "nat", "--bogus"], &["unexpected argument '--bogus'"]));
    cases.push(case(&["price"], &["http-api", "websocket", "ipv4", "Usage: lvf price"]));
    assert!(check(&cases) >= 150);
}

#[test]
fn every_numeric_price_flag_refuses_bad_values() {
    let h = huge();
    let lambda = ["price", "lambda", "--memory", "1024", "--duration", "1s", "--requests", "1M"];
    let fargate = ["price", "fargate", "--vcpu", "1", "--memory", "2", "--hours", "730"];
    let mut cases = Vec::new();
    let mut with = |base: &[&str], flag: &str, value: &str, expect: &[&str]| {
        cases.push(flag_case(base, flag, value, expect));
    };
    for value in ["-1", "0", &h, "20000", "127", "1024.5", "NaN", "inf", "", "2s", "1.5TB"] {
        with(&lambda, "--memory", value, &[]);
    }
    for value in ["-1s", &format!("{h}s"), "16min", "1d", "NaN", "inf", "", "120", "1GB"] {
        with(&lambda, "--duration", value, &[]);
    }
    for value in ["-1", "0", &h, "100001", "2.5", "NaN", "inf", "", "7 environments"] {
        with(&lambda, "--provisioned", value, &[]);
    }
    let provisioned = [&lambda[..], &["--provisioned", "7"]].concat();
    for value in ["-1", &h, "745", "NaN", "inf", "", "24h"] {
        with(&provisioned, "--provisioned-hours", value, &[]);
    }
    // Hours without environments say what they need.
    with(&lambda, "--provisioned-hours", "24", &["--provisioned <N>"]);
    for value in [
        "-1",
        &h,
        &format!("{}B", "9".repeat(300)),
        "1001B",
        "NaN",
        "inf",
        "",
        "3 requests",
        "3X",
        "1e9",
    ] {
        with(&lambda, "--requests", value, &[]);
    }
    for value in ["-1", "0", &h, "20000", "NaN", "inf", "", "1s"] {
        with(&lambda, "--ephemeral-storage", value, &[]);
    }
    with(&lambda, "--arch", "mips", &["x86_64"]);
    with(&lambda, "--arch", "", &["x86_64"]);
    for value in ["-1", "0", &h, "NaN", "inf", "", "1GB"] {
        with(&fargate, "--vcpu", value, &[]);
    }
    for value in ["-1", "0", &h, "NaN", "inf", "", "2s"] {
        with(&fargate, "--memory", value, &[]);
    }
    for value in ["-1", &h, "745", "1e3", "NaN", "inf", "", "5h"] {
        with(&fargate, "--hours", value, &[]);
    }
    for value in ["-1", "0", &h, "1000001", "4294967296", "NaN", "inf", "", "2.5", "5 tasks"] {
        with(&fargate, "--tasks", value, &[]);
    }
    for value in ["-1", "0", &h, "201", "10", "NaN", "inf", "", "20s"] {
        with(&fargate, "--ephemeral-storage", value, &[]);
    }
    // Sizes that read but that Fargate does not offer: the nearest ones are named instead.
    for (vcpu, memory) in [("3", "2"), ("1000", "2"), ("1", "16"), ("1", "1000"), ("0.1", "0.1")] {
        cases.push(case(
            &["price", "fargate", "--vcpu", vcpu, "--memory", memory, "--hours", "1"],
            &["Fargate offers no", "nearest valid sizes"],
        ));
    }
    for platform in [&lambda[..], &fargate] {
        let mut args = platform.to_vec();
        args.extend(["--region", "mars"]);
        cases.push(case(&args, &["\"mars\"", "us-east-1"]));
        let mut missing = platform.to_vec();
        missing.truncate(platform.len() - 2);
        cases.push(case(&missing, &["required"]));
    }
    cases.push(case(&["price"], &["lambda", "fargate", "Usage: lvf price"]));
    cases.push(case(&["price", "lambda"], &["--memory"]));
    assert!(check(&cases) >= 90);
}

/// A directory no one (not even root) can create files in, if there is one here.
fn unwritable_dir(scratch: &Path) -> Option<PathBuf> {
    use std::os::unix::fs::PermissionsExt as _;
    let locked = scratch.join("locked");
    fs::create_dir(&locked).expect("mkdir");
    fs::set_permissions(&locked, fs::Permissions::from_mode(0o555)).expect("chmod");
    if fs::write(locked.join("probe"), "").is_err() {
        return Some(locked);
    }
    // Root ignores permission bits (tests run as root in CI); sysfs refuses new files to root.
    let sys = Path::new("/sys");
    (sys.is_dir() && fs::write(sys.join("lvf-probe"), "").is_err()).then(|| sys.to_path_buf())
}

#[test]
fn export_targets_that_cannot_be_written_are_refused_and_left_alone() {
    let dir = tempfile::tempdir().expect("tempdir");
    let existing = dir.path().join("existing.md");
    fs::write(&existing, "keep me").expect("write");
    fs::create_dir(dir.path().join("docs")).expect("mkdir");
    let missing = dir.path().join("no-such-dir/out.md");
    let under_a_file = existing.join("out.md");
    let mut targets: Vec<(PathBuf, Vec<String>, Vec<&str>)> = vec![
        (missing.clone(), vec![], vec!["the directory does not exist"]),
        (dir.path().join("docs"), vec![], vec!["it is a directory"]),
        (dir.path().join("docs"), vec!["--force".to_string()], vec!["it is a directory"]),
        (dir.path().join("docs/"), vec![], vec!["it is a directory"]),
        (existing.clone(), vec![], vec!["already exists; pass --force to replace it"]),
        (under_a_file, vec![], vec!["not a directory"]),
    ];
    match unwritable_dir(dir.path()) {
        Some(locked) => {
            let target = locked.join("out.md");
            targets.push((target.clone(), vec![], vec!["the directory is read-only"]));
            targets.push((target, vec!["--force".to_string()], vec!["the directory is read-only"]));
        }
        None => eprintln!("no unwritable directory here: the read-only case is skipped"),
    }
    let mut cases = Vec::new();
    for (target, extra, words) in &targets {
        let path = path_str(target);
        let mut args = vec!["export", "--now", "2026-11-26T09:30:00Z", "-o", path.as_str()];
        args.extend(extra.iter().map(String::as_str));
        cases.push(case(&args, words));
    }
    for now in ["noon", "", "2026-13-01T00:00:00Z", "2026-11-26", "-1"] {
        cases.push(case(&["export", "--now", now], &["--now", "RFC 3339"]));
    }
    let mut epoch = case(&["export"], &["SOURCE_DATE_EPOCH"]);
    epoch.env.push(("SOURCE_DATE_EPOCH".to_string(), "yesterday".to_string()));
    cases.push(epoch);
    cases.push(case(&["export", "--force"], &["--output"]));
    cases.push(case(&["export", "-o"], &["--output"]));
    check(&cases);
    assert_eq!(fs::read_to_string(&existing).expect("read"), "keep me", "the file is untouched");
    assert!(!missing.parent().expect("parent").exists(), "no directory was created");
    let mut left: Vec<String> = fs::read_dir(dir.path())
        .expect("readable")
        .map(|entry| entry.expect("entry").file_name().to_string_lossy().into_owned())
        .collect();
    left.sort();
    assert!(
        left.iter().all(|name| ["docs", "existing.md", "locked"].contains(&name.as_str())),
        "{left:?}"
    );
    assert_eq!(fs::read_dir(dir.path().join("docs")).expect("readable").count(), 0);
}

/// A scenario file or deck with `contents` in `dir`.
fn write_file(dir: &Path, name: &str, contents: &str) -> String {
    let path = dir.join(name);
    fs::write(&path, contents).expect("write");
    path_str(&path)
}

#[test]
fn bad_scenario_files_are_refused_with_the_file_line_key_and_value() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut cases = Vec::new();
    for (path, words) in file_faults(dir.path()) {
        let mut expect = vec![format!("scenario file \"{path}\""), "cannot read it".to_string()];
        expect.extend(words);
        let expect: Vec<&str> = expect.iter().map(String::as_str).collect();
        for command in [&["eval"][..], &["export"], &[]] {
            let mut args: Vec<&str> = command.to_vec();
            args.extend(["--scenario", path.as_str()]);
            cases.push(case(&args, &expect));
        }
    }
    let d = dir.path();
    let faults: Vec<(String, Vec<&str>)> = vec![
        (
            write_file(d, "unknown.toml", "version = 1\nruntim = \"80ms\"\n"),
            vec!["line 2 column 1", "runtim = \"80ms\"", "did you mean runtime?"],
        ),
        (
            write_file(d, "stranger.toml", "version = 1\ncolour = \"red\"\n"),
            vec!["colour", "unknown key"],
        ),
        (
            write_file(d, "array.toml", "version = 1\nruntime = [1, 2]\n"),
            vec!["line 2 column 11", "runtime = \"[1, 2]\"", "wrong type", "found array"],
        ),
        (
            write_file(d, "title.toml", "version = 1\ntitle = 5\n"),
            vec!["title = \"5\"", "wrong type"],
        ),
        (
            write_file(d, "bare.toml", "version = 1\nrate = 50\n"),
            vec!["rate = \"50\"", "a bare number is ambiguous", "rate = \"50/s\""],
        ),
        (
            write_file(d, "parsecs.toml", "version = 1\nruntime = \"2 parsecs\"\n"),
            vec!["line 2 column 11", "runtime = \"2 parsecs\"", "Runtime"],
        ),
        (
            write_file(d, "range.toml", "version = 1\nmemory = 64\n"),
            vec!["memory = \"64\"", "outside the range"],
        ),
        (
            write_file(d, "choice.toml", "version = 1\ningress = \"pigeon\"\n"),
            vec!["ingress = \"pigeon\"", "rest"],
        ),
        (
            write_file(d, "region.toml", "version = 1\nregion = \"mars-1\"\n"),
            vec!["region = \"mars-1\"", "us-east-1"],
        ),
        (write_file(d, "no-version.toml", "rate = \"5/s\"\n"), vec!["version", "missing"]),
        (write_file(d, "version-2.toml", "version = 2\n"), vec!["version = \"2\"", "version 1"]),
        (
            write_file(d, "not-toml.toml", "version = 1\nrate = 5/s\n"),
            vec!["line 2", "not valid TOML"],
        ),
        (
            write_file(d, "twice.toml", "version = 1\nrate = \"5/s\"\nrate = \"6/s\"\n"),
            vec!["line 3", "each key appears once"],
        ),
        (
            write_file(d, "alias.toml", "version = 1\nspot-share = \"5%\"\nspot = \"6%\"\n"),
            vec!["spot = \"6%\"", "spot-share is set too"],
        ),
        (
            write_file(d, "snapshot.md", "# A snapshot\n\n```toml\nrate = \"5/s\"\n```\n"),
            vec!["no ```toml block", "version = 1"],
        ),
        (
            write_file(
                d,
                "bad-block.md",
                "# A snapshot\n\n```toml\nversion = 1\nrat = \"5/s\"\n```\n",
            ),
            vec!["line 5 column 1", "rat = \"5/s\"", "did you mean rate?"],
        ),
    ];
    for (path, words) in &faults {
        let mut expect = vec![format!("scenario file \"{path}\"")];
        expect.extend(words.iter().map(ToString::to_string));
        let expect: Vec<&str> = expect.iter().map(String::as_str).collect();
        for command in [&["eval"][..], &["export"], &[]] {
            let mut args: Vec<&str> = command.to_vec();
            args.extend(["--scenario", path.as_str()]);
            cases.push(case(&args, &expect));
        }
    }
    let good = write_file(d, "good.toml", "version = 1\n");
    cases.push(case(&["eval", "--scenario", &good, "--preset", "graphql-api"], &["--preset"]));
    cases.push(case(&["--scenario", &good, "eval"], &["put them after it"]));
    assert!(check(&cases) >= 70);
}

#[test]
fn bad_decks_are_refused_with_the_deck_the_slide_and_the_problem() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut cases = Vec::new();
    for (path, words) in file_faults(dir.path()) {
        let mut expect = vec![format!("deck file \"{path}\""), "cannot read it".to_string()];
        expect.extend(words);
        let expect: Vec<&str> = expect.iter().map(String::as_str).collect();
        cases.push(case(&["--deck", &path], &expect));
    }
    let d = dir.path();
    write_file(d, "bad-slide.toml", "version = 1\nrate = \"fast\"\n");
    let faults: Vec<(String, Vec<&str>)> = vec![
        (write_file(d, "no-slides.toml", "version = 1\n"), vec!["slide", "missing"]),
        (
            write_file(d, "unknown.toml", "version = 1\nslides = []\n"),
            vec!["slides", "did you mean slide?"],
        ),
        (
            write_file(d, "untitled.toml", "version = 1\n[[slide]]\nrate = \"5/s\"\n"),
            vec!["slide[0].title", "missing"],
        ),
        (
            write_file(
                d,
                "inline.toml",
                "version = 1\n[[slide]]\ntitle = \"x\"\nmemory = \"lots\"\n",
            ),
            vec!["line 4 column 10", "slide[0].memory = \"lots\""],
        ),
        (
            write_file(d, "typo.toml", "version = 1\n[[slide]]\ntitle = \"x\"\nrat = \"5/s\"\n"),
            vec!["slide[0].rat", "did you mean rate?"],
        ),
        (
            write_file(d, "file-type.toml", "version = 1\n[[slide]]\ntitle = \"x\"\nfile = 3\n"),
            vec!["slide[0].file = \"3\"", "wrong type"],
        ),
        (
            write_file(
                d,
                "missing-file.toml",
                "version = 1\n[[slide]]\ntitle = \"x\"\nfile = \"nope.toml\"\n",
            ),
            vec!["slide[0]", "nope.toml", "does not exist"],
        ),
        (
            write_file(
                d,
                "bad-file.toml",
                "version = 1\n[[slide]]\ntitle = \"x\"\nfile = \"bad-slide.toml\"\n",
            ),
            vec!["slide[0]", "bad-slide.toml", "line 2 column 8", "rate = \"fast\""],
        ),
        (
            write_file(d, "not-toml.toml", "version = 1\n[[slide]\n"),
            vec!["line 2", "not valid TOML"],
        ),
        (
            write_file(d, "table.toml", "version = 1\nslide = 5\n"),
            vec!["slide = \"5\"", "expected"],
        ),
    ];
    for (path, words) in &faults {
        let mut expect = vec![format!("deck file \"{path}\"")];
        expect.extend(words.iter().map(ToString::to_string));
        let expect: Vec<&str> = expect.iter().map(String::as_str).collect();
        cases.push(case(&["--deck", path], &expect));
    }
    let good = write_file(d, "good-deck.toml", "version = 1\n[[slide]]\ntitle = \"x\"\n");
    cases.push(case(&["--deck", &good, "eval"], &["--deck"]));
    assert!(check(&cases) >= 18);
}

//! Plain `lvf`'s own flags, through the binary: scenario flags placed before a subcommand are
//! refused rather than silently ignored, and a bad `--export-dir` stops lvf before the terminal is
//! touched.

mod cli_support;

use cli_support::lvf;

fn refused(args: &[&str], needle: &str) {
    let output = lvf(args);
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(2), "{args:?}: {stderr}");
    assert!(output.stdout.is_empty(), "{args:?} printed to stdout");
    assert!(stderr.contains(needle), "{args:?}: {stderr:?} lacks {needle:?}");
}

#[test]
fn scenario_flags_before_a_subcommand_are_refused() {
    refused(&["--rate", "50/s", "eval"], "put them after it, as in `lvf eval --rate 50/s`");
    refused(&["--preset", "graphql-api", "export"], "`lvf export --rate 50/s`");
    refused(&["--memory", "2GB", "presets"], "`lvf presets` takes none");
    refused(&["--export-dir", "/tmp", "regions"], "`lvf regions` does not use it");
}

#[test]
fn global_pricing_before_a_subcommand_still_works() {
    let book = concat!(env!("CARGO_MANIFEST_DIR"), "/pricing.toml");
    let output = lvf(&["--pricing", book, "eval", "--rate", "50/s", "--json"]);
    assert_eq!(output.status.code(), Some(0), "{}", String::from_utf8_lossy(&output.stderr));
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert!(stdout.trim_start().starts_with('{'), "{stdout}");
}

#[test]
fn an_export_dir_that_is_not_a_directory_stops_lvf_before_the_terminal() {
    refused(&["--export-dir", "/no/such/dir"], "--export-dir /no/such/dir: not a directory");
    let file = concat!(env!("CARGO_MANIFEST_DIR"), "/pricing.toml");
    refused(&["--export-dir", file], "not a directory");
}

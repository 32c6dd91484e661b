//! `lvf compare` through the real binary: scenario files side by side as text, markdown and
//! JSON, each against the first; a missing or bad file exits 2 naming the file.

use std::fs;
use std::process::Output;

mod cli_support;

fn run(args: &[&str]) -> Output {
    cli_support::command(args).output().expect("the binary runs")
}

fn files() -> (tempfile::TempDir, String, String) {
    let dir = tempfile::tempdir().expect("a temporary directory");
    let today = dir.path().join("today.toml");
    let busier = dir.path().join("busier.toml");
    fs::write(&today, "version = 1\ntitle = \"Today\"\nrate = \"10/s\"\n").expect("written");
    fs::write(&busier, "version = 1\nrate = \"100/s\"\narch = \"arm64\"\n").expect("written");
    let path = |p: std::path::PathBuf| p.display().to_string();
    (dir, path(today), path(busier))
}

#[test]
fn text_puts_the_scenarios_side_by_side_with_deltas() {
    let (_dir, today, busier) = files();
    let output = run(&["compare", &today, &busier]);
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    let text = String::from_utf8(output.stdout).expect("UTF-8");
    // The title names the first column; the untitled file goes by its file name.
    let header = text.lines().next().expect("a header");
    assert!(header.contains("Today") && header.contains("busier"), "{text}");
    assert!(text.contains("Lambda, per month") && text.contains("vs baseline"), "{text}");
    assert!(text.contains("Rate, Architecture"), "{text}");
    assert!(text.contains("(+"), "a percentage delta: {text}");
}

#[test]
fn markdown_and_json_carry_the_same_comparison() {
    let (_dir, today, busier) = files();
    let markdown =
        String::from_utf8(run(&["compare", &today, &busier, "--markdown"]).stdout).expect("UTF-8");
    assert!(markdown.starts_with("| | Today | busier |\n|---|---|---|\n"), "{markdown}");
    let json = run(&["compare", &today, &busier, "--json"]);
    let value: serde_json::Value = serde_json::from_slice(&json.stdout).expect("JSON");
    assert_eq!(value["baseline"], "Today");
    let scenarios = value["scenarios"].as_array().expect("an array");
    assert_eq!(scenarios.len(), 2);
    assert!(scenarios[0]["vs_baseline"].is_null());
    let delta = &scenarios[1]["vs_baseline"];
    assert_eq!(delta["inputs_changed"], serde_json::json!(["rate", "arch"]));
    let lambda_delta = delta["lambda_delta_usd"].as_f64().expect("priced");
    let (before, after) = (
        scenarios[0]["lambda_usd"].as_f64().expect("priced"),
        scenarios[1]["lambda_usd"].as_f64().expect("priced"),
    );
    assert!((after - before - lambda_delta).abs() < 1e-9);
}

#[test]
fn a_missing_or_bad_file_exits_2_naming_it() {
    let (dir, today, _) = files();
    let output = run(&["compare", &today, "no-such.toml"]);
    assert_eq!(output.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&output.stderr).contains("no-such.toml"));
    let bad = dir.path().join("bad.toml");
    fs::write(&bad, "version = 1\nrate = \"fast\"\n").expect("written");
    let output = run(&["compare", &today, &bad.display().to_string()]);
    assert_eq!(output.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.contains("bad.toml") && stderr.contains("rate"), "{stderr}");
    // One file is not a comparison.
    assert_eq!(run(&["compare", &today]).status.code(), Some(2));
}

#[test]
fn eval_json_ranks_what_moves_the_answer_largest_swing_first() {
    let value = cli_support::json(&["eval", "--json"]);
    let rows = value["sensitivity"].as_array().expect("a sensitivity array");
    assert!(!rows.is_empty());
    let keys = [
        "input",
        "low_value",
        "high_value",
        "gap_low_usd",
        "gap_high_usd",
        "verdict_low",
        "verdict_high",
    ];
    for row in rows {
        for key in keys {
            assert!(row.get(key).is_some(), "{key} missing from {row}");
        }
    }
    // The default scenario prices both platforms everywhere: every swing is a finite number.
    let swing = |row: &serde_json::Value| {
        let gap = |key: &str| row[key].as_f64().expect("priced");
        (gap("gap_high_usd") - gap("gap_low_usd")).abs()
    };
    let swings: Vec<f64> = rows.iter().map(swing).collect();
    assert!(swings.windows(2).all(|pair| pair[0] >= pair[1]), "{swings:?}");
    assert_eq!(rows[0]["input"], "rate");
    assert_eq!(
        (rows[0]["low_value"].as_f64(), rows[0]["high_value"].as_f64()),
        (Some(5.0), Some(20.0))
    );
    // The export's JSON carries the same table.
    let export = cli_support::json(&["export", "--format", "json"]);
    assert_eq!(export["sensitivity"], value["sensitivity"]);
}

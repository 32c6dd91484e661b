//! Scenario files round-trip: what lvf writes (the explorer's `s`, the export's `toml` block)
//! reads back to the identical scenario, for every preset and for random scenarios, and through
//! the real binary `lvf eval --scenario` answers exactly as `lvf eval --preset` does. Flags beside
//! `--scenario` override it; `lvf export --format json|csv` write the report and the curves.

mod cli_support;

use std::path::Path;

use clap::Parser as _;
use lvf::engine::presets;
use lvf::engine::pricing::PriceBook;
use lvf::engine::scenario::{Input, Kind, Scenario};
use lvf::scenario_file::{self, About};
use proptest::prelude::*;
use serde_json::Value;

const NOW: &str = "2026-11-26T09:30:00Z";

fn path_str(path: &Path) -> &str {
    path.to_str().expect("a UTF-8 path")
}

#[test]
fn every_preset_reads_back_identically() {
    let book = PriceBook::builtin();
    for preset in presets::all() {
        let about = About::of_preset(&preset.scenario);
        let text = scenario_file::render(&preset.scenario, &about);
        let read = scenario_file::parse(&text, &book).unwrap_or_else(|error| {
            panic!("{}: {error}\n{text}", preset.name);
        });
        assert_eq!(read.scenario, preset.scenario, "{}\n{text}", preset.name);
        assert_eq!(read.about, about, "{}", preset.name);
        // Every key of the table is written.
        for def in lvf::engine::scenario::INPUTS {
            assert!(
                text.contains(&format!("\n{} = ", def.name)),
                "{} lacks {}",
                preset.name,
                def.name
            );
        }
    }
}

/// A scenario with every input set at random: numbers anywhere in their range (not only where
/// the slider's steps land), words and options at random.
fn random_scenario() -> impl Strategy<Value = Scenario> {
    let book = PriceBook::builtin();
    let picks = proptest::collection::vec(
        (0.0f64..=1.0, any::<bool>(), any::<u16>()),
        Input::all().count(),
    );
    picks.prop_map(move |picks| {
        let mut scenario = Scenario::default();
        for (input, (at, word, option)) in Input::all().zip(picks) {
            match input.def().kind {
                Kind::Optional { word: text, .. } if word => {
                    scenario.set_text(input, text, &book).expect("the word reads");
                }
                Kind::Number { spec, .. } | Kind::Optional { spec, .. } => {
                    scenario.set_number(input, spec.min + (spec.max - spec.min) * at);
                }
                Kind::Choice { .. } => {
                    let options = Scenario::choices(input, &book);
                    let pick = &options[usize::from(option) % options.len()];
                    scenario.set_text(input, pick, &book).expect("an option reads");
                }
            }
        }
        scenario
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]
    #[test]
    fn random_scenarios_read_back_identically(scenario in random_scenario()) {
        let book = PriceBook::builtin();
        let about = About { title: Some("a \"quoted\"\ntitle".to_string()), ..About::default() };
        let text = scenario_file::render(&scenario, &about);
        let read = scenario_file::parse(&text, &book).map_err(|error| {
            TestCaseError::fail(format!("{error}\n{text}"))
        })?;
        prop_assert_eq!(read.scenario, scenario.clone(), "{}", text);
        prop_assert_eq!(read.about, about);
        // The command printed on quit reopens exactly this scenario too.
        let words = lvf::export::command::explorer_words(&scenario, None);
        let cli = lvf::cli::Cli::try_parse_from(&words)
            .map_err(|error| TestCaseError::fail(format!("{error}\n{words:?}")))?;
        let reopened = cli.scenario.scenario(&book).map_err(TestCaseError::fail)?;
        prop_assert_eq!(reopened, scenario, "{:?}", words);
    }
}

fn eval_json(args: &[&str]) -> Value {
    let mut all = vec!["eval", "--json"];
    all.extend_from_slice(args);
    cli_support::json(&all)
}

fn stdout(args: &[&str]) -> String {
    let output = cli_support::lvf(args);
    assert!(output.status.success(), "{args:?}: {}", String::from_utf8_lossy(&output.stderr));
    String::from_utf8(output.stdout).expect("UTF-8")
}

#[test]
fn saved_and_exported_presets_evaluate_as_the_preset_does() {
    let dir = tempfile::tempdir().expect("tempdir");
    for preset in presets::all() {
        let expected = eval_json(&["--preset", preset.name]);
        // The file `s` writes.
        let file = dir.path().join(format!("{}.toml", preset.name));
        let about = About::of_preset(&preset.scenario);
        std::fs::write(&file, scenario_file::render(&preset.scenario, &about)).expect("write");
        assert_eq!(eval_json(&["--scenario", path_str(&file)]), expected, "{}", preset.name);
        // The markdown export, read back from its `toml` block: the same report, and the same
        // document again.
        let document = stdout(&["export", "--preset", preset.name, "--now", NOW]);
        let snapshot = dir.path().join(format!("{}.md", preset.name));
        std::fs::write(&snapshot, &document).expect("write");
        assert_eq!(eval_json(&["--scenario", path_str(&snapshot)]), expected, "{}", preset.name);
        let again = stdout(&["export", "--scenario", path_str(&snapshot), "--now", NOW]);
        assert_eq!(again, document, "{}", preset.name);
    }
}

#[test]
fn flags_beside_a_scenario_file_override_it() {
    let dir = tempfile::tempdir().expect("tempdir");
    let file = dir.path().join("a.toml");
    std::fs::write(&file, "version = 1\nrate = \"5/s\"\nmemory = 2048\nmin-tasks = 3\n")
        .expect("write");
    let json = eval_json(&["--scenario", path_str(&file), "--rate", "50/s"]);
    assert_eq!(json["scenario"]["rate_per_s"], 50.0);
    assert_eq!(json["scenario"]["memory_mb"], 2048.0);
    assert_eq!(json["scenario"]["min_tasks"], 3);
    assert_eq!(json["scenario"]["runtime_s"], 0.12, "a missing key takes its default");
}

#[test]
fn the_export_names_the_workload_and_says_what_it_leaves_out() {
    let dir = tempfile::tempdir().expect("tempdir");
    let file = dir.path().join("checkout.toml");
    let text = "version = 1\nname = \"checkout\"\ntitle = \"Checkout API\"\nnotes = \"From the \
                October dashboards.\"\nrate = \"5/s\"\n";
    std::fs::write(&file, text).expect("write");
    let document = stdout(&["export", "--scenario", path_str(&file), "--now", NOW]);
    let top: Vec<&str> = document.lines().take(8).collect();
    assert!(top.contains(&"**Workload: Checkout API** (`checkout`)"), "{document}");
    assert!(top.contains(&"From the October dashboards."), "{document}");
    assert!(document.contains("## What this model leaves out"), "{document}");
    assert!(document.contains("**Data transfer**"), "{document}");
    assert!(document.contains("```toml\n# An lvf scenario"), "{document}");
    let preset = stdout(&["export", "--preset", "serverless-api", "--now", NOW]);
    assert!(preset.contains("**Workload: serverless-api**"), "{preset}");
}

#[test]
fn export_formats_json_and_csv() {
    let json = stdout(&["export", "--preset", "graphql-api", "--format", "json"]);
    let eval = stdout(&["eval", "--preset", "graphql-api", "--json"]);
    assert_eq!(json, eval);
    let report: Value = serde_json::from_str(&json).expect("JSON");
    let csv = stdout(&["export", "--preset", "graphql-api", "--format", "csv"]);
    let mut lines = csv.lines();
    assert_eq!(lines.next(), Some("rate_per_s,lambda_usd,fargate_usd"));
    let rows: Vec<Vec<f64>> = lines
        .map(|line| line.split(',').map(|cell| cell.parse().expect("a number")).collect())
        .collect();
    let rates = report["curves"]["rates"].as_array().expect("rates");
    assert_eq!(rows.len(), rates.len());
    for (row, rate) in rows.iter().zip(rates) {
        assert_eq!(row.len(), 3);
        // serde_json reads decimals without round-trip precision: one ulp apart at most.
        let rate = rate.as_f64().expect("a number");
        assert!((row[0] - rate).abs() <= rate * 1e-15, "{} vs {rate}", row[0]);
    }
    // A blocked platform leaves its cells empty.
    let blocked = stdout(&["export", "--runtime", "2h", "--format", "csv"]);
    let row = blocked.lines().nth(1).expect("a row");
    let cells: Vec<&str> = row.split(',').collect();
    assert_eq!(cells.len(), 3);
    assert_eq!(cells[1], "", "{row}");
    assert!(!cells[2].is_empty(), "{row}");
}

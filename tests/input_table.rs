//! The input table is the one definition of every input: each row is complete, its flag, file key
//! and JSON key agree, its default is the scenario's default, and the command line, the JSON and
//! the explorer all read it.

mod cli_support;

use std::fmt::Write as _;

use cli_support::{json, lvf};
use lvf::engine::pricing::PriceBook;
use lvf::engine::scenario::{
    Arch, INPUTS, Ingress, Input, Kind, Scenario, State, TaskSize, TaskSizeChoice,
};

/// The units a JSON key may append to the input's name, for numbers held in a base unit.
const UNIT_SUFFIXES: &[&str] = &["", "_s", "_mb", "_gb", "_kb", "_per_s", "_usd"];

fn snake(name: &str) -> String {
    name.replace('-', "_")
}

#[test]
fn every_input_has_a_complete_row() {
    let book = PriceBook::builtin();
    assert_eq!(INPUTS.len(), Input::all().count());
    for (index, def) in INPUTS.iter().enumerate() {
        let name = def.name;
        assert_eq!(def.input as usize, index, "{name}: the table is in the enum's order");
        assert_eq!(def.input.def().name, name);
        assert!(
            !name.is_empty()
                && name.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-'),
            "{name}: a kebab-case flag and file key"
        );
        assert_eq!(def.flag(), format!("--{name}"));
        assert!(!def.label.is_empty(), "{name}: label");
        assert!(!def.value_name.is_empty(), "{name}: value name");
        assert!(
            def.help.len() > 20 && def.help.ends_with('.'),
            "{name}: a help line: {:?}",
            def.help
        );
        assert!(!def.default.is_empty(), "{name}: default");
        match def.kind {
            Kind::Number { spec, .. } => {
                assert!(spec.min < spec.max, "{name}: a range");
                assert!(!def.examples.is_empty(), "{name}: examples of the value syntax");
            }
            Kind::Optional { spec, word, .. } => {
                assert!(spec.min < spec.max, "{name}: a range");
                assert!(def.examples.contains(word), "{name}: the examples show {word:?}");
                assert!(
                    def.value_name.contains(&word.to_uppercase()) || def.value_name.contains(word),
                    "{name}: the value name shows {word:?}"
                );
            }
            Kind::Choice { options, .. } => {
                assert!(options(&book).len() >= 2, "{name}: choices");
            }
        }
        // The JSON key is the file key in snake case, with the base unit of a number.
        let suffix = def.json.strip_prefix(&snake(name));
        assert!(
            suffix.is_some_and(|suffix| UNIT_SUFFIXES.contains(&suffix)),
            "{name}: JSON key {:?} disagrees with the flag",
            def.json
        );
    }
}

#[test]
fn names_and_json_keys_are_unique() {
    let mut names: Vec<&str> = INPUTS
        .iter()
        .flat_map(|def| std::iter::once(def.name).chain(def.aliases.iter().copied()))
        .collect();
    let count = names.len();
    names.sort_unstable();
    names.dedup();
    assert_eq!(names.len(), count, "a flag spelling names two inputs");
    let mut keys: Vec<&str> = INPUTS.iter().map(|def| def.json).collect();
    keys.sort_unstable();
    keys.dedup();
    assert_eq!(keys.len(), INPUTS.len());
}

#[test]
fn each_default_is_the_scenarios_default() {
    let book = PriceBook::builtin();
    let defaults = Scenario::default();
    for def in INPUTS {
        // Move to an end first (the other end if the default sits there), so that setting the
        // default has to bring the value back.
        let mut scenario = defaults.clone();
        scenario.set_extreme(def.input, true, &book);
        if scenario == defaults {
            scenario.set_extreme(def.input, false, &book);
        }
        assert_ne!(scenario, defaults, "{}: the input moves", def.name);
        scenario
            .set_text(def.input, def.default, &book)
            .unwrap_or_else(|error| panic!("{}: default {:?}: {error}", def.name, def.default));
        assert_eq!(scenario, defaults, "{}: default {:?}", def.name, def.default);
    }
}

#[test]
fn the_json_scenario_has_exactly_the_tables_keys_and_reads_back() {
    let scenario =
        Scenario { runtime_s: 2.5, memory_mb: 1536.0, min_tasks: 3, ..Scenario::default() };
    let value = serde_json::to_value(&scenario).expect("serialises");
    let mut keys: Vec<&str> =
        value.as_object().expect("an object").keys().map(String::as_str).collect();
    let mut expected: Vec<&str> = INPUTS.iter().map(|def| def.json).collect();
    keys.sort_unstable();
    expected.sort_unstable();
    assert_eq!(keys, expected);
    let back: Scenario = serde_json::from_value(value).expect("reads back");
    assert_eq!(back, scenario);
    // A missing key takes its default; an unknown key is refused.
    let partial: Scenario = serde_json::from_str(r#"{"rate_per_s": 50}"#).expect("partial");
    assert_eq!(partial, Scenario { rate_per_s: 50.0, ..Scenario::default() });
    assert!(serde_json::from_str::<Scenario>(r#"{"rate": 50}"#).is_err());
}

#[test]
fn eval_json_scenario_reads_back_into_the_same_scenario() {
    let output = json(&[
        "eval",
        "--json",
        "--runtime",
        "2s",
        "--memory",
        "3GB",
        "--rate",
        "5/min",
        "--state",
        "cache",
        "--arch",
        "arm64",
        "--free-tier",
        "--ingress",
        "http",
        "--task-size",
        "1/4",
        "--spot",
        "30%",
        "--init",
        "3s",
        "--image-size",
        "2GB",
        "--lambda-storage",
        "1GB",
        "--min-tasks",
        "2",
    ]);
    let scenario: Scenario =
        serde_json::from_value(output["scenario"].clone()).expect("the JSON scenario reads back");
    let expected = Scenario {
        runtime_s: 2.0,
        memory_mb: 3072.0,
        rate_per_s: 5.0 / 60.0,
        state: State::Cache,
        arch: Arch::Arm64,
        free_tier: true,
        task_size: TaskSizeChoice::Fixed(TaskSize { vcpu: 1.0, memory_gb: 4.0 }),
        spot_share: 0.3,
        init_s: 3.0,
        image_gb: 2.0,
        lambda_storage_mb: 1024.0,
        min_tasks: 2,
        ..Scenario::default().with_ingress(Ingress::Http)
    };
    assert_eq!(scenario, expected);
    assert_eq!(serde_json::to_value(&scenario).expect("serialises"), output["scenario"]);
}

#[test]
fn every_flag_of_the_table_is_in_each_commands_help() {
    for command in [&["--help"][..], &["eval", "--help"], &["export", "--help"]] {
        let output = lvf(command);
        assert!(output.status.success(), "{command:?}");
        let help = String::from_utf8(output.stdout).expect("utf-8");
        for def in INPUTS {
            assert!(help.contains(&def.flag()), "{command:?} lacks {}", def.flag());
            let first_words: String =
                def.help.split_whitespace().take(3).collect::<Vec<_>>().join(" ");
            assert!(help.contains(&first_words), "{command:?} lacks the help of {}", def.name);
        }
    }
}

#[test]
fn every_flag_sets_its_input() {
    let book = PriceBook::builtin();
    for def in INPUTS {
        // A value that is not the default: mid-track for a number, the last option for a choice.
        let mut moved = Scenario::default();
        let text = match def.kind {
            Kind::Number { spec, .. } | Kind::Optional { spec, .. } => {
                spec.format_short(spec.value_at(0.5))
            }
            Kind::Choice { get, .. } => {
                moved.set_extreme(def.input, true, &book);
                if moved == Scenario::default() {
                    moved.set_extreme(def.input, false, &book);
                }
                get(&moved)
            }
        };
        let mut expected = Scenario::default();
        expected.set_text(def.input, &text, &book).expect("a value the table printed");
        assert_ne!(expected, Scenario::default(), "--{}={text} moves the input", def.name);
        let output = json(&["eval", "--json", &format!("--{}={text}", def.name)]);
        let read: Scenario =
            serde_json::from_value(output["scenario"].clone()).expect("reads back");
        assert_eq!(read, expected, "--{}={text}", def.name);
    }
}

/// The README's table of inputs, as the input table writes it.
fn readme_table() -> String {
    let mut table = String::from("| input | flag | default | what it means |\n|---|---|---|---|\n");
    for def in INPUTS {
        let mut flag = format!("`{}`", def.flag());
        for alias in def.aliases {
            let _ = write!(flag, " (or `--{alias}`)");
        }
        let help = def.help.replace('|', "\\|");
        let _ = writeln!(table, "| {} | {flag} | {} | {help} |", def.label, def.default);
    }
    table
}

#[test]
fn the_readme_lists_every_input_as_the_table_defines_it() {
    let readme = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/README.md"))
        .expect("README.md");
    let table = readme_table();
    assert!(readme.contains(&table), "README.md's inputs table should read:\n{table}");
}

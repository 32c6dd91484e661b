//! `lvf eval --map`: the verdict map's JSON shape and units, its text grid, and its flags'
//! errors, through the real binary.

mod cli_support;

use cli_support::{json, lvf};
use lvf::engine::map::{MapY, verdict_map};
use lvf::engine::pricing::PriceBook;
use lvf::engine::scenario::Scenario;
use serde_json::{Value, json};

fn numbers(value: &Value) -> Vec<f64> {
    value.as_array().expect("an array").iter().map(|v| v.as_f64().expect("a number")).collect()
}

#[test]
fn the_map_has_its_axes_in_seconds_and_per_second_and_48_by_24_cells() {
    let value = json(&["eval", "--json", "--map", "--materiality", "0"]);
    let map = value.get("map").expect("--map adds map");
    let mut keys: Vec<&str> =
        map.as_object().expect("an object").keys().map(String::as_str).collect();
    keys.sort_unstable();
    assert_eq!(keys, ["cells", "x", "x_input", "y", "y_input"]);
    assert_eq!(map["x_input"], "rate");
    assert_eq!(map["y_input"], "runtime");
    let (x, y) = (numbers(&map["x"]), numbers(&map["y"]));
    assert_eq!((x.len(), y.len()), (48, 24));
    // Requests per second over 1/day .. 10,000/s; seconds over 1 ms .. 24 h; ascending.
    assert!(x[0] > 1.0 / 86_400.0 && x[47] < 100_000.0 && x.windows(2).all(|p| p[0] < p[1]));
    assert!(y[0] > 0.001 && y[23] < 86_400.0 && y.windows(2).all(|p| p[0] < p[1]));
    let cells = map["cells"].as_array().expect("rows");
    assert_eq!(cells.len(), 24);
    for row in cells {
        let row = row.as_array().expect("a row");
        assert_eq!(row.len(), 48);
        for cell in row {
            let word = cell.as_str().expect("a choice");
            assert!(["lambda", "fargate", "either", "neither"].contains(&word), "{word}");
        }
    }
    // cells[row][col] is the verdict at y[row], x[col]: rare short work is Lambda's, and past
    // 15 minutes only Fargate runs.
    assert_eq!(cells[0][0], "lambda");
    let past_wall = y.iter().position(|&seconds| seconds > 900.0).expect("24 h is in range");
    assert!(cells[past_wall].as_array().expect("a row").iter().all(|cell| cell == "fargate"));
}

#[test]
fn the_json_map_is_the_engines_map_of_the_scenario() {
    let value = json(&[
        "eval",
        "--json",
        "--map",
        "--map-y",
        "memory",
        "--map-size",
        "20x9",
        "--state",
        "sessions",
    ]);
    let scenario =
        Scenario { state: lvf::engine::scenario::State::Sessions, ..Scenario::default() };
    let engine = verdict_map(&scenario, &PriceBook::builtin(), MapY::Memory, 20, 9);
    let expected = serde_json::to_value(&engine).expect("serialises");
    assert_eq!(value["map"]["cells"], expected["cells"]);
    // Numbers read back within an ulp or two (serde_json's default float parsing).
    for axis in ["x", "y"] {
        let (got, want) = (numbers(&value["map"][axis]), numbers(&expected[axis]));
        assert_eq!(got.len(), want.len());
        for (got, want) in got.iter().zip(&want) {
            assert!((got - want).abs() <= 1e-12 * want.abs(), "{axis}: {got} vs {want}");
        }
    }
    assert_eq!(value["map"]["y_input"], "memory");
    // Memory in MB over 128 MB .. 120 GB, whole megabytes.
    let y = numbers(&value["map"]["y"]);
    assert!(y[0] > 128.0 && y[8] < 122_880.0 && y.iter().all(|mb| mb.fract() == 0.0), "{y:?}");
}

#[test]
fn without_map_there_is_no_map() {
    let value = json(&["eval", "--json"]);
    assert_eq!(value.get("map"), None);
    assert_eq!(value["verdict"]["choice"], json!("either"));
}

#[test]
fn the_text_report_draws_the_grid_with_its_sentence() {
    let output = lvf(&["eval", "--map", "--map-size", "30x8", "--materiality", "0"]);
    assert!(output.status.success());
    let text = String::from_utf8(output.stdout).expect("utf-8");
    assert!(text.contains("Verdict map: Lambda wins below about "), "{text}");
    assert!(text.contains("15 min ┼── Lambda's 15 min limit"), "{text}");
    assert_eq!(text.matches(" ┤").count(), 8, "{text}");
}

#[test]
fn bad_map_flags_are_errors_that_say_what_is_accepted() {
    let output = lvf(&["eval", "--map", "--map-size", "0x3"]);
    assert_eq!(output.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.contains("columns x rows, 1x1 to 400x200 (for example 48x24)"), "{stderr}");
    let output = lvf(&["eval", "--map-y", "memory"]);
    assert_eq!(output.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&output.stderr).contains("--map"));
    let output = lvf(&["eval", "--map", "--map-y", "rate"]);
    assert_eq!(output.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&output.stderr).contains("runtime, memory"));
}

//! `lvf eval`, `lvf presets` and `lvf regions` through the real binary.

mod cli_support;

use cli_support::{json, lvf};
use serde_json::Value;

fn at<'a>(value: &'a Value, path: &str) -> &'a Value {
    path.split('.').fold(value, |value, key| value.get(key).unwrap_or_else(|| panic!("no {path}")))
}

fn preset_names() -> Vec<String> {
    let output = lvf(&["presets"]);
    assert!(output.status.success());
    String::from_utf8(output.stdout)
        .expect("utf-8")
        .lines()
        .map(|line| line.split_whitespace().next().expect("a name").to_string())
        .collect()
}

#[test]
fn presets_list_one_line_each() {
    let names = preset_names();
    assert_eq!(names.len(), 11);
    for expected in ["serverless-api", "database", "one-at-a-time"] {
        assert!(names.iter().any(|name| name == expected), "{expected}");
    }
    // The names presets had before are not listed, but `--preset` still takes them.
    for old in ["seed-cost-example", "graphql-api", "containerized-database", "nightly-etl"] {
        assert!(!names.iter().any(|name| name == old), "{old}");
        assert!(lvf(&["eval", "--preset", old]).status.success(), "{old}");
    }
}

#[test]
fn every_preset_answers_eval_json_with_the_keys_scripts_use() {
    for name in preset_names() {
        let report = json(&["eval", "--preset", &name, "--json"]);
        let lambda_usd = at(&report, "lambda.monthly_usd");
        let blocked = at(&report, "lambda.blocked_by").as_array().expect("list");
        assert_eq!(lambda_usd.is_null(), !blocked.is_empty(), "{name}");
        assert!(lambda_usd.is_null() || lambda_usd.is_f64(), "{name}");
        for platform in ["lambda", "fargate"] {
            for line in at(&report, &format!("{platform}.lines")).as_array().expect("lines") {
                assert!(line["item"].is_string() && line["usd"].is_number(), "{name}");
            }
        }
        assert!(at(&report, "fargate.monthly_usd").is_number(), "{name}");
        assert!(at(&report, "fargate.tasks").is_u64(), "{name}");
        assert!(at(&report, "fargate.task.vcpu").is_number(), "{name}");
        assert!(at(&report, "fargate.task.memory_gb").is_number(), "{name}");
        // The Fargate contract of "Fargate as teams run it".
        let mode = at(&report, "fargate.mode").as_str().expect("mode");
        assert!(["service", "jobs"].contains(&mode), "{name}: {mode}");
        if mode == "jobs" {
            assert_eq!(at(&report, "fargate.tasks"), 0, "{name}");
        }
        assert!(at(&report, "fargate.task_hours").as_f64().is_some_and(|h| h > 0.0), "{name}");
        assert!(at(&report, "fargate.requests_per_task").as_f64().is_some_and(|k| k > 0.0));
        let bound = at(&report, "fargate.bound_by").as_str().expect("bound_by");
        assert!(["cpu", "memory", "cap"].contains(&bound), "{name}: {bound}");
        let share = at(&report, "scenario.cpu_share").as_f64().expect("cpu_share");
        assert!((0.0..=1.0).contains(&share), "{name}");
        let per_request = at(&report, "scenario.request_memory_mb");
        assert!(per_request.is_null() || per_request.is_number(), "{name}");
        assert!(at(&report, "scenario.min_tasks").is_u64(), "{name}");
        let fargate_mode = at(&report, "scenario.fargate_mode").as_str().expect("fargate_mode");
        assert!(["auto", "service", "jobs"].contains(&fargate_mode), "{name}");
        // The traffic contract of "Traffic with a shape".
        let hourly = at(&report, "traffic.hourly_rate_per_s").as_array().expect("hourly");
        assert_eq!(hourly.len(), 168, "{name}");
        let rate = at(&report, "scenario.rate_per_s").as_f64().expect("rate");
        let mean = hourly.iter().filter_map(Value::as_f64).sum::<f64>() / 168.0;
        assert!((mean - rate).abs() <= 1e-9 * rate, "{name}: the week averages the rate");
        let peak = at(&report, "traffic.peak").as_f64().expect("peak");
        let busiest = hourly.iter().filter_map(Value::as_f64).fold(0.0, f64::max);
        assert!((busiest - peak * rate).abs() <= 1e-9 * busiest, "{name}: the busiest hour");
        assert!(at(&report, "traffic.shape").is_string(), "{name}");
        let share = at(&report, "lambda.cold_start_share");
        if at(&report, "lambda.monthly_usd").is_number() {
            let share = share.as_f64().expect("share");
            assert!((0.0..=1.0).contains(&share), "{name}: {share}");
            assert!(at(&report, "lambda.cold_starts").as_f64().is_some_and(|c| c >= 0.0));
            assert!(at(&report, "lambda.peak_concurrency").as_f64().is_some_and(|c| c >= 0.0));
        }
        let provisioned = at(&report, "lambda.provisioned");
        assert!(provisioned.is_null() || provisioned["monthly_usd"].is_number(), "{name}");
        let per_month = at(&report, "break_even.requests_per_month");
        assert!(per_month.is_null() || per_month.is_number(), "{name}");
        let crossings = at(&report, "break_even.crossings").as_array().expect("crossings");
        assert!(crossings.iter().all(Value::is_number), "{name}");
        let choice = at(&report, "verdict.choice").as_str().expect("choice");
        assert!(["lambda", "fargate", "either", "neither"].contains(&choice), "{name}");
        assert!(!at(&report, "verdict.headline").as_str().expect("headline").is_empty());
        assert!(
            at(&report, "verdict.reasons")
                .as_array()
                .expect("reasons")
                .iter()
                .all(Value::is_string)
        );
        for flip in at(&report, "verdict.flip_points").as_array().expect("flips") {
            assert!(flip["input"].is_string() && flip["value"].is_number(), "{name}");
            assert!(flip["becomes"].is_string(), "{name}");
        }
        let fit = at(&report, "fit").as_array().expect("fit");
        assert_eq!(fit.len(), 16, "{name}");
        for feature in ["Availability", "Latency", "Quotas"] {
            assert!(fit.iter().any(|row| row["feature"] == feature), "{name}: {feature}");
        }
        for row in fit {
            assert!(row["feature"].is_string() && row["note"].is_string());
            for cell in [&row["lambda"], &row["fargate"]] {
                let cell = cell.as_str().expect("cell");
                assert!(["good", "caution", "poor", "blocked"].contains(&cell), "{name}: {cell}");
            }
        }
    }
}

#[test]
fn flags_override_the_preset() {
    let report = json(&["eval", "--preset", "batch-events", "--state", "persistent", "--json"]);
    assert_eq!(at(&report, "verdict.choice"), "fargate");
    let report = json(&["eval", "--runtime", "2h", "--json"]);
    assert!(at(&report, "lambda.monthly_usd").is_null());
    let blocked = at(&report, "lambda.blocked_by")[0].as_str().expect("a blocker");
    assert_eq!(blocked, "runtime 2 h exceeds Lambda's 15 min limit");
    assert_eq!(at(&report, "verdict.choice"), "fargate");
    let report = json(&[
        "eval",
        "--memory",
        "1.5GB",
        "--rate",
        "3M/month",
        "--task-vcpu",
        "1",
        "--task-memory",
        "2",
        "--ingress",
        "http",
        "--json",
    ]);
    assert_eq!(at(&report, "scenario.memory_mb"), 1536.0);
    assert_eq!(at(&report, "fargate.task.vcpu"), 1.0);
    assert_eq!(at(&report, "fargate.task.memory_gb"), 2.0);
}

#[test]
fn bad_flags_exit_2_with_the_range() {
    for (args, expected) in [
        (&["eval", "--runtime", "2d"][..], "1 ms .. 24 h"),
        (&["eval", "--memory", "64"][..], "128 MB .. 120 GB"),
        (&["eval", "--rate", "200000/s"][..], "1/day .. 100k/s"),
        (&["eval", "--utilization", "120"][..], "5% .. 100%"),
        (&["eval", "--state", "sticky"][..], "stateless, cache, sessions, persistent"),
        (&["eval", "--region", "mars-1"][..], "us-east-1"),
        (&["eval", "--preset", "nope"][..], "serverless-api"),
        (&["eval", "--rate", "fast"][..], "50/s"),
    ] {
        let output = lvf(args);
        assert_eq!(output.status.code(), Some(2), "{args:?}");
        assert!(output.stdout.is_empty(), "{args:?}");
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert!(stderr.contains(expected), "{args:?}: {stderr}");
    }
}

#[test]
fn text_report_reads_as_a_report() {
    let output = lvf(&["eval", "--preset", "graphql-api"]);
    assert!(output.status.success());
    let text = String::from_utf8(output.stdout).expect("utf-8");
    for part in [
        "Verdict: FARGATE",
        "Lambda, per month",
        "Fargate, per month",
        "Break-even:",
        "Fit",
        "Reasons:",
        "Flip points:",
        "$",
    ] {
        assert!(text.contains(part), "{part}:\n{text}");
    }
}

#[test]
fn regions_list_the_book() {
    let output = lvf(&["regions"]);
    assert!(output.status.success());
    let text = String::from_utf8(output.stdout).expect("utf-8");
    assert!(text.lines().any(|line| line.starts_with("us-east-1")), "{text}");
}

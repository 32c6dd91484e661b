//! "Fargate as teams run it", through the binary: the architect's cases from the issue, each
//! worked by hand in its comment (us-east-1 x86: $0.04048 per vCPU-hour, $0.004445 per GB-hour;
//! Lambda $0.0000166667 per GB-s and $0.20 per million requests).

mod cli_support;

use cli_support::json;
use serde_json::Value;

fn number(report: &Value, path: &str) -> f64 {
    path.split('.')
        .fold(report, |value, key| &value[key])
        .as_f64()
        .unwrap_or_else(|| panic!("{path} is not a number: {report}"))
}

/// A platform's compute lines (vCPU, memory; the bill around it aside), after checking that
/// every line adds up to its monthly total.
fn compute_usd(report: &Value, platform: &str) -> f64 {
    let lines = report[platform]["lines"].as_array().expect("lines");
    let sum = |compute: bool| -> f64 {
        lines
            .iter()
            .filter(|line| (line["group"] == "compute") == compute)
            .map(|line| line["usd"].as_f64().expect("usd"))
            .sum()
    };
    let total = number(report, &format!("{platform}.monthly_usd"));
    assert!((sum(true) + sum(false) - total).abs() < 1e-9, "{total}");
    sum(true)
}

#[test]
fn a_nightly_40_minute_etl_runs_as_jobs_for_a_few_dollars() {
    // The command. At the default 25% CPU share a request keeps 4096 / 1769 x 0.25 =
    // 0.58 vCPU busy: the cheapest valid size is 1 vCPU / 4 GB at $0.05826 an hour. Each job
    // bills 2,400 s + a 35 s start (20 s + 15 s per GB of image) = 2,435 s, $0.0394; 30.42 a
    // month make $1.20, where v1 billed a task all month ($144).
    let report =
        json(&["eval", "--json", "--runtime", "40min", "--memory", "4GB", "--rate", "1/day"]);
    assert_eq!(report["fargate"]["mode"], "jobs");
    assert_eq!(report["fargate"]["tasks"], 0);
    let usd = compute_usd(&report, "fargate");
    assert!((usd - 1.1986).abs() < 1e-3, "{usd}");
    // CPU-bound, it needs 4 vCPU / 8 GB ($0.19748 an hour): $4.06, still a few dollars.
    let busy = json(&[
        "eval",
        "--json",
        "--runtime",
        "40min",
        "--memory",
        "4GB",
        "--rate",
        "1/day",
        "--cpu-share",
        "100%",
    ]);
    let usd = compute_usd(&busy, "fargate");
    assert!((usd - 4.0629).abs() < 1e-3, "{usd}");
    let hours = number(&report, "fargate.task_hours");
    assert!((hours - 30.4167 * 2435.0 / 3600.0).abs() < 1e-3, "{hours}");
    assert_eq!(report["lambda"]["monthly_usd"], Value::Null, "40 min is past Lambda's 15");
}

#[test]
fn a_nightly_14_minute_cpu_bound_job_is_cheaper_on_fargate() {
    // Lambda: 840 s x 4 GB x 30.42 = 102,200 GB-s = $1.70 (+ INIT and requests). Fargate jobs:
    // 875 s on 4 vCPU / 8 GB = $0.048 each, $1.46 a month: more than 10% cheaper.
    let report = json(&[
        "eval",
        "--json",
        "--runtime",
        "14min",
        "--memory",
        "4GB",
        "--rate",
        "1/day",
        "--cpu-share",
        "100%",
        // Cost alone decides: the dollars are small, so no materiality line.
        "--materiality",
        "0",
    ]);
    assert_eq!(report["fargate"]["mode"], "jobs");
    let lambda = number(&report, "lambda.monthly_usd");
    assert!((compute_usd(&report, "fargate") - 1.46).abs() < 0.01);
    // Around it: the jobs' public IPv4 addresses and their logs (a few cents).
    let fargate = number(&report, "fargate.monthly_usd");
    assert!(lambda > fargate / 0.9, "{lambda} against {fargate}");
    assert_eq!(report["verdict"]["choice"], "fargate");
}

#[test]
fn a_cpu_bound_thumbnailer_gets_its_busy_vcpus_over_the_target() {
    // 800 ms at 1,769 MB (one Lambda vCPU), 20/s: 16 requests in flight, each keeping a vCPU
    // busy, need 16 / 0.7 = 22.9 vCPU at 70%: 23 tasks of 1 vCPU / 2 GB, CPU-bound.
    let report = json(&[
        "eval",
        "--json",
        "--runtime",
        "800ms",
        "--memory",
        "1769MB",
        "--rate",
        "20/s",
        "--cpu-share",
        "100%",
        "--ingress",
        "none",
        // Private subnets: no public IPv4 per task to tilt the size towards fewer, larger tasks.
        "--network",
        "nat",
    ]);
    assert_eq!(report["fargate"]["mode"], "service");
    assert_eq!(report["fargate"]["bound_by"], "cpu");
    let tasks = number(&report, "fargate.tasks");
    let vcpu = number(&report, "fargate.task.vcpu");
    assert!(tasks * vcpu >= 16.0 / 0.7, "{tasks} x {vcpu} vCPU");
    let per_task = number(&report, "fargate.requests_per_task");
    assert!((per_task - 0.7).abs() < 1e-9, "{per_task}");
}

#[test]
fn two_tasks_by_default_and_one_task_is_a_caution() {
    let report = json(&["eval", "--json"]);
    assert_eq!(report["scenario"]["min_tasks"], 2);
    // Two in the quiet hours; the diurnal peak (1.7x) needs a third in the afternoon.
    assert_eq!(report["fargate"]["tasks_fewest"], 2);
    assert_eq!(report["fargate"]["tasks"], 3);
    let flat = json(&["eval", "--json", "--peak", "1"]);
    assert_eq!(flat["fargate"]["tasks"], 2);
    assert_eq!(flat["fargate"]["tasks_fewest"], 2);
    let availability = |report: &Value| {
        report["fit"]
            .as_array()
            .expect("fit")
            .iter()
            .find(|row| row["feature"] == "Availability")
            .cloned()
            .expect("an Availability row")
    };
    assert_eq!(availability(&report)["fargate"], "good");
    let one = json(&["eval", "--json", "--min-tasks", "1", "--fargate-mode", "service"]);
    let row = availability(&one);
    assert_eq!(row["fargate"], "caution");
    assert!(row["note"].as_str().expect("note").contains("no second zone"), "{row}");
}

#[test]
fn a_fixed_size_that_cannot_serve_one_request_blocks_fargate_with_the_reason() {
    // 4 GB of memory on a 0.25 vCPU / 0.5 GB task: neither memory nor (CPU-bound) the vCPUs fit.
    let report = json(&[
        "eval",
        "--json",
        "--memory",
        "4GB",
        "--cpu-share",
        "100%",
        "--task-size",
        "0.25/0.5",
    ]);
    assert_eq!(report["fargate"]["monthly_usd"], Value::Null);
    let reasons = report["fargate"]["blocked_by"].to_string();
    assert!(reasons.contains("less memory than one invocation"), "{reasons}");
    assert!(reasons.contains("fewer vCPUs than the 2.32 one request keeps busy"), "{reasons}");
    // Jobs answer nothing: with an HTTP API in front they are refused, with the way out.
    let jobs = json(&["eval", "--json", "--ingress", "http", "--fargate-mode", "jobs"]);
    assert!(jobs["fargate"]["blocked_by"].to_string().contains("--fargate-mode auto"), "{jobs}");
}

#[test]
fn flip_points_name_cpu_share_and_minimum_tasks() {
    let report = json(&["eval", "--json"]);
    let inputs: Vec<&str> = report["verdict"]["flip_points"]
        .as_array()
        .expect("flips")
        .iter()
        .filter_map(|flip| flip["input"].as_str())
        .collect();
    assert!(inputs.contains(&"min-tasks"), "{inputs:?}");
    assert!(!inputs.contains(&"requests-per-task"), "{inputs:?}");
}

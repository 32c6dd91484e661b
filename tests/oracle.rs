//! AWS's published pricing examples, reproduced to the cent through the engine and through
//! `lvf price ... --json`, plus Lambda's volume tiers computed by hand.
//!
//! The cases live in tests/fixtures/aws-published-examples.toml (a copy of the team's oracle file,
//! so that a clone of the repository is enough to run them).

mod cli_support;

use lvf::engine::cost;
use lvf::engine::fargate::{self, FargateUsage};
use lvf::engine::lambda::{self, LambdaUsage, Provisioned};
use lvf::engine::pricing::PriceBook;
use lvf::engine::scenario::Arch;
use serde::Deserialize;

const ORACLE: &str = include_str!("fixtures/aws-published-examples.toml");
const CENT: f64 = 0.01;

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Oracle {
    lambda: Vec<LambdaCase>,
    fargate: Vec<FargateCase>,
    /// The bill around the compute: `tests/oracle_around.rs`.
    #[allow(dead_code)]
    around: Vec<toml::Value>,
    #[allow(dead_code)]
    around_usage: Vec<toml::Value>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct LambdaCase {
    name: String,
    #[allow(dead_code)]
    source: String,
    arch: String,
    memory_mb: f64,
    duration_ms: f64,
    requests: f64,
    ephemeral_storage_mb: f64,
    free_tier: bool,
    /// Provisioned environments, and the hours they are enabled (730 when not given).
    #[serde(default)]
    provisioned: Option<f64>,
    #[serde(default)]
    provisioned_hours: Option<f64>,
    expected_usd: f64,
}

impl LambdaCase {
    fn provisioned(&self) -> Option<Provisioned> {
        self.provisioned.map(|environments| Provisioned {
            environments,
            hours: self.provisioned_hours.unwrap_or(730.0),
        })
    }
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct FargateCase {
    name: String,
    #[allow(dead_code)]
    source: String,
    arch: String,
    vcpu: f64,
    memory_gb: f64,
    ephemeral_storage_gb: f64,
    tasks: f64,
    hours: f64,
    expected_usd: f64,
}

fn oracle() -> Oracle {
    toml::from_str(ORACLE).expect("the oracle fixture is valid TOML of the expected shape")
}

fn arch(text: &str) -> Arch {
    text.parse().expect("the oracle names x86_64 or arm64")
}

fn lvf_json(args: &[String]) -> serde_json::Value {
    let output = cli_support::command(args).output().expect("the lvf binary runs");
    let stdout = String::from_utf8(output.stdout).expect("stdout is UTF-8");
    assert!(
        output.status.success(),
        "lvf {args:?} failed: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    assert_eq!(stdout.lines().count(), 1, "--json prints exactly one line: {stdout}");
    serde_json::from_str(&stdout).expect("--json prints one JSON object")
}

fn json_total(value: &serde_json::Value) -> f64 {
    let total = value["total_usd"].as_f64().expect("total_usd is a number");
    let lines = value["lines"].as_array().expect("lines is an array");
    let sum: f64 = lines.iter().map(|line| line["usd"].as_f64().expect("usd is a number")).sum();
    assert!((total - sum).abs() < 1e-9, "total_usd {total} is the sum of the lines {sum}");
    for line in lines {
        assert!(line["item"].is_string(), "every line has an item: {line}");
    }
    total
}

fn lambda_args(case: &LambdaCase) -> Vec<String> {
    let mut args = vec![
        "price".to_string(),
        "lambda".to_string(),
        format!("--memory={}", case.memory_mb),
        format!("--duration={}ms", case.duration_ms),
        format!("--requests={}", case.requests),
        format!("--arch={}", case.arch),
        format!("--ephemeral-storage={}", case.ephemeral_storage_mb),
        "--json".to_string(),
    ];
    if case.free_tier {
        args.push("--free-tier".to_string());
    }
    if let Some(environments) = case.provisioned {
        args.push(format!("--provisioned={environments}"));
    }
    if let Some(hours) = case.provisioned_hours {
        args.push(format!("--provisioned-hours={hours}"));
    }
    args
}

#[test]
fn the_oracle_has_cases_of_both_platforms() {
    let oracle = oracle();
    assert!(oracle.lambda.len() >= 4, "{} Lambda cases", oracle.lambda.len());
    assert!(
        oracle.lambda.iter().any(|case| case.provisioned.is_some()),
        "AWS's provisioned-concurrency example is among them"
    );
    assert!(oracle.fargate.len() >= 3, "{} Fargate cases", oracle.fargate.len());
}

#[test]
fn lambda_examples_reproduce_through_the_engine() {
    let book = PriceBook::builtin();
    let prices = &book.region("us-east-1").expect("the book has us-east-1").lambda;
    for case in oracle().lambda {
        let usage = LambdaUsage {
            arch: arch(&case.arch),
            memory_mb: case.memory_mb,
            duration_ms: case.duration_ms,
            requests: case.requests,
            ephemeral_storage_mb: case.ephemeral_storage_mb,
            extra_gb_seconds: 0.0,
            free_tier: case.free_tier,
            provisioned: case.provisioned(),
        };
        let total = cost::total(&lambda::price(&usage, prices, "us-east-1"));
        assert!(
            (total - case.expected_usd).abs() < CENT,
            "{}: engine says {total}, AWS says {}",
            case.name,
            case.expected_usd
        );
    }
}

#[test]
fn lambda_examples_reproduce_through_the_binary() {
    for case in oracle().lambda {
        let total = json_total(&lvf_json(&lambda_args(&case)));
        assert!(
            (total - case.expected_usd).abs() < CENT,
            "{}: lvf says {total}, AWS says {}",
            case.name,
            case.expected_usd
        );
    }
}

#[test]
fn fargate_examples_reproduce_through_the_engine() {
    let book = PriceBook::builtin();
    let prices = &book.region("us-east-1").expect("the book has us-east-1").fargate;
    for case in oracle().fargate {
        let usage = FargateUsage {
            arch: arch(&case.arch),
            vcpu: case.vcpu,
            memory_gb: case.memory_gb,
            ephemeral_storage_gb: case.ephemeral_storage_gb,
            tasks: case.tasks,
            hours: case.hours,
            spot_share: 0.0,
        };
        let total = cost::total(&fargate::price(
            &usage,
            prices,
            book.book.spot_discount.value,
            "us-east-1",
        ));
        assert!(
            (total - case.expected_usd).abs() < CENT,
            "{}: engine says {total}, AWS says {}",
            case.name,
            case.expected_usd
        );
    }
}

#[test]
fn fargate_examples_reproduce_through_the_binary() {
    for case in oracle().fargate {
        let args = vec![
            "price".to_string(),
            "fargate".to_string(),
            format!("--vcpu={}", case.vcpu),
            format!("--memory={}", case.memory_gb),
            format!("--hours={}", case.hours),
            format!("--tasks={}", case.tasks),
            format!("--arch={}", case.arch),
            format!("--ephemeral-storage={}", case.ephemeral_storage_gb),
            "--json".to_string(),
        ];
        let total = json_total(&lvf_json(&args));
        assert!(
            (total - case.expected_usd).abs() < CENT,
            "{}: lvf says {total}, AWS says {}",
            case.name,
            case.expected_usd
        );
    }
}

/// 20 billion GB-seconds in a month (1 GB x 1 s x 20B requests) crosses every duration tier.
/// The expected bills are worked out here by hand from AWS's published tier prices, not read
/// from the price book, so a wrong book or wrong tier arithmetic fails.
struct VolumeCase {
    arch: &'static str,
    compute_usd: f64,
}

const VOLUME_REQUESTS_USD: f64 = 20e9 * 0.000_000_2; // $0.20 per million requests

fn volume_cases() -> [VolumeCase; 2] {
    [
        VolumeCase {
            arch: "x86_64",
            // 6B at $0.0000166667, 9B at $0.000015, the last 5B at $0.0000133334
            compute_usd: 6e9 * 0.000_016_666_7 + 9e9 * 0.000_015 + 5e9 * 0.000_013_333_4,
        },
        VolumeCase {
            arch: "arm64",
            // 7.5B at $0.0000133334, 11.25B at $0.0000120001, the last 1.25B at $0.0000106667
            compute_usd: 7.5e9 * 0.000_013_333_4
                + 11.25e9 * 0.000_012_000_1
                + 1.25e9 * 0.000_010_666_7,
        },
    ]
}

#[test]
fn volume_tiers_match_the_hand_computed_bills() {
    // The sums above, written out: $301,667.20 and $248,335.00 of compute.
    let [x86, arm] = volume_cases();
    assert!((x86.compute_usd - 301_667.20).abs() < CENT, "{}", x86.compute_usd);
    assert!((arm.compute_usd - 248_335.00).abs() < CENT, "{}", arm.compute_usd);

    let book = PriceBook::builtin();
    let prices = &book.region("us-east-1").expect("the book has us-east-1").lambda;
    for case in volume_cases() {
        let usage = LambdaUsage {
            arch: arch(case.arch),
            memory_mb: 1024.0,
            duration_ms: 1000.0,
            requests: 20e9,
            ephemeral_storage_mb: 512.0,
            extra_gb_seconds: 0.0,
            free_tier: false,
            provisioned: None,
        };
        assert!((lambda::gb_seconds(&usage) - 20e9).abs() < 1.0);
        let parts = lambda::price_parts(&usage, prices);
        assert!(
            (parts.compute - case.compute_usd).abs() < CENT,
            "{}: engine compute {} vs hand {}",
            case.arch,
            parts.compute,
            case.compute_usd
        );
        assert!((parts.requests - VOLUME_REQUESTS_USD).abs() < CENT);

        let args: Vec<String> = [
            "price",
            "lambda",
            "--memory",
            "1024",
            "--duration",
            "1s",
            "--requests",
            "20B",
            "--arch",
            case.arch,
            "--json",
        ]
        .map(String::from)
        .to_vec();
        let total = json_total(&lvf_json(&args));
        let expected = case.compute_usd + VOLUME_REQUESTS_USD;
        assert!(
            (total - expected).abs() < CENT,
            "{}: lvf says {total}, by hand {expected}",
            case.arch
        );
    }
}

#[test]
fn the_free_tier_comes_off_before_the_tiers() {
    // 1M requests of 400 ms at 1 GB = 400,000 GB-s: exactly the free allowance, so $0.
    let output = lvf_json(
        &[
            "price",
            "lambda",
            "--memory",
            "1GB",
            "--duration",
            "400ms",
            "--requests",
            "1M",
            "--free-tier",
            "--json",
        ]
        .map(String::from),
    );
    assert!(json_total(&output).abs() < 1e-9, "{output}");
}

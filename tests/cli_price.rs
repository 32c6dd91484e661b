//! `lvf price` (the compute, and each service around it) through the real binary: the tables,
//! the JSON with each line's region, the accepted value forms, and every kind of bad flag (exit code 2, a message with an accepted
//! example on stderr, nothing on stdout).

mod cli_support;

use cli_support::lvf;

fn stdout_of(args: &[&str]) -> String {
    let output = lvf(args);
    assert!(output.status.success(), "lvf {args:?}: {}", String::from_utf8_lossy(&output.stderr));
    String::from_utf8(output.stdout).expect("stdout is UTF-8")
}

fn total_of(args: &[&str]) -> f64 {
    let mut args = args.to_vec();
    args.push("--json");
    let value: serde_json::Value =
        serde_json::from_str(&stdout_of(&args)).expect("--json prints JSON");
    value["total_usd"].as_f64().expect("total_usd is a number")
}

/// Runs a command that must fail as a usage error; returns its stderr.
fn usage_error(args: &[&str]) -> String {
    let output = lvf(args);
    let stderr = String::from_utf8(output.stderr).expect("stderr is UTF-8");
    assert_eq!(output.status.code(), Some(2), "lvf {args:?}: {stderr}");
    assert!(output.stdout.is_empty(), "lvf {args:?} printed to stdout");
    stderr
}

const LAMBDA: [&str; 8] =
    ["price", "lambda", "--memory", "1536", "--duration", "120ms", "--requests", "3M"];

#[test]
fn the_lambda_table_shows_lines_and_total_in_cents() {
    let text = stdout_of(&[&LAMBDA[..], &["--free-tier"]].concat());
    assert_eq!(
        text,
        "Lambda, us-east-1 (x86_64): 3M requests of 120 ms at 1.5 GB, free tier applied\n\
         \n  Lambda compute (GB-seconds)  $2.33\
         \n  Lambda requests              $0.40\
         \n  ----------------------------------\
         \n  Total                        $2.73\n"
    );
}

#[test]
fn the_fargate_table_names_storage_and_spot() {
    let text = stdout_of(&[
        "price",
        "fargate",
        "--vcpu",
        "1",
        "--memory",
        "2",
        "--hours",
        "730",
        "--ephemeral-storage",
        "30",
        "--spot",
    ]);
    let title = "Fargate, us-east-1 (x86_64): 1 task of 1 vCPU / 2 GB for 730 h, 30 GB ephemeral \
                 storage, Spot (70% off)\n";
    assert!(text.starts_with(title), "{text}");
    // On-demand 730 x (0.04048 + 2 x 0.004445) = $36.04; Spot 30% of that = $10.81; storage
    // 730 x 10 x 0.000111 = $0.81 (Spot does not discount storage).
    assert!(
        text.ends_with(
            "\n  Fargate vCPU                $8.87\
             \n  Fargate memory              $1.95\
             \n  Fargate ephemeral storage   $0.81\
             \n  ---------------------------------\
             \n  Total                      $11.62\n"
        ),
        "{text}"
    );
}

#[test]
fn json_is_exactly_one_unrounded_object() {
    let text = stdout_of(&[&LAMBDA[..], &["--json"]].concat());
    assert!(text.ends_with("}\n") && text.lines().count() == 1, "{text}");
    let value: serde_json::Value = serde_json::from_str(&text).expect("JSON");
    let object = value.as_object().expect("an object");
    let mut keys: Vec<&String> = object.keys().collect();
    keys.sort();
    assert_eq!(keys, ["lines", "total_usd"]);
    // 540,000 GB-s at $0.0000166667 = $9.000018 exactly: not rounded to cents.
    assert_eq!(value["lines"][0]["item"], "Lambda compute (GB-seconds)");
    assert!((value["lines"][0]["usd"].as_f64().expect("usd") - 9.000_018).abs() < 1e-9);
    for line in value["lines"].as_array().expect("lines") {
        let line = line.as_object().expect("each line is an object");
        let mut keys: Vec<&String> = line.keys().collect();
        keys.sort();
        assert_eq!(keys, ["item", "region", "usd"]);
        assert_eq!(line["region"], "us-east-1");
    }
}

#[test]
fn value_forms_agree() {
    let base = ["price", "lambda", "--memory", "1024"];
    let plain = total_of(&[&base[..], &["--duration", "2s", "--requests", "3000000"]].concat());
    let suffixed = total_of(&[&base[..], &["--duration", "2000ms", "--requests", "3M"]].concat());
    assert!((plain - suffixed).abs() < 1e-9, "{plain} vs {suffixed}");
    let gb =
        total_of(&["price", "lambda", "--memory", "1GB", "--duration", "2s", "--requests", "3M"]);
    assert!((plain - gb).abs() < 1e-9);
    // 15min and 1h are read; 15 min is the longest Lambda run.
    assert!(total_of(&[&base[..], &["--duration", "15min", "--requests", "1"]].concat()) > 0.0);
    // Billing rounds 70 ms (0.07 s) to 70 ms, not 71.
    let seventy = total_of(&[&base[..], &["--duration", "0.07s", "--requests", "1M"]].concat());
    let expected = 1e6 * 0.070 * 0.000_016_666_7 + 1e6 * 0.000_000_2;
    assert!((seventy - expected).abs() < 1e-9, "{seventy} vs {expected}");
}

#[test]
fn architecture_region_and_storage_change_the_bill() {
    let x86 = total_of(&LAMBDA);
    let arm = total_of(&[&LAMBDA[..], &["--arch", "arm64"]].concat());
    assert!(arm < x86, "arm64 {arm} is cheaper than x86_64 {x86}");
    let singapore = total_of(&[
        "price",
        "fargate",
        "--vcpu",
        "1",
        "--memory",
        "2",
        "--hours",
        "730",
        "--region",
        "ap-southeast-1",
    ]);
    // 730 x (0.05056 + 2 x 0.00553) = $44.98
    assert!((singapore - 44.9826).abs() < 0.01, "{singapore}");
    let storage = total_of(&[&LAMBDA[..], &["--ephemeral-storage", "10240"]].concat());
    // 3M x 0.12 s x 9.5 GB x $0.0000000309 = $0.106
    assert!((storage - x86 - 0.105_678).abs() < 1e-6, "{storage} - {x86}");
    let tasks = total_of(&[
        "price", "fargate", "--vcpu", "0.25", "--memory", "0.5", "--hours", "10", "--tasks", "3",
    ]);
    assert!((tasks - 30.0 * (0.25 * 0.040_48 + 0.5 * 0.004_445)).abs() < 1e-9, "{tasks}");
}

#[test]
fn an_unknown_region_lists_the_known_ones() {
    let stderr = usage_error(&[&LAMBDA[..], &["--region", "mars-1"]].concat());
    assert_eq!(
        stderr,
        "lvf: unknown region \"mars-1\"; the price book has ap-northeast-1, ap-northeast-2, \
         ap-south-1, ap-southeast-1, ap-southeast-2, ca-central-1, eu-central-1, eu-north-1, \
         eu-west-1, eu-west-2, eu-west-3, sa-east-1, us-east-1, us-east-2, us-west-1, us-west-2 \
         (for example --region us-east-1)\n"
    );
}

#[test]
fn a_task_size_aws_does_not_offer_names_the_nearest() {
    let stderr =
        usage_error(&["price", "fargate", "--vcpu", "1", "--memory", "16", "--hours", "1"]);
    assert!(stderr.contains("Fargate offers no 1 vCPU / 16 GB task"), "{stderr}");
    assert!(
        stderr.contains("nearest valid sizes are 1 vCPU / 8 GB and 2 vCPU / 16 GB"),
        "{stderr}"
    );
    let stderr = usage_error(&["price", "fargate", "--vcpu", "3", "--memory", "8", "--hours", "1"]);
    assert!(
        stderr.contains("nearest valid sizes are 4 vCPU / 8 GB and 2 vCPU / 8 GB\n"),
        "{stderr}"
    );
}

/// `base` with `extra`'s flag/value pairs replacing the same flags' values (or appended).
fn with<'a>(base: &[&'a str], extra: &[&'a str]) -> Vec<&'a str> {
    let mut args = base.to_vec();
    for pair in extra.chunks(2) {
        match (args.iter().position(|arg| *arg == pair[0]), pair.get(1)) {
            (Some(at), Some(value)) => args[at + 1] = value,
            _ => args.extend_from_slice(pair),
        }
    }
    args
}

#[test]
fn bad_flag_values_get_an_accepted_example() {
    let lambda = |extra: &[&str]| {
        usage_error(&with(
            &["price", "lambda", "--memory", "1024", "--duration", "1s", "--requests", "1M"],
            extra,
        ))
    };
    let fargate = |extra: &[&str]| {
        usage_error(&with(
            &["price", "fargate", "--vcpu", "1", "--memory", "2", "--hours", "1"],
            extra,
        ))
    };
    let cases: Vec<(String, &str)> = vec![
        (
            lambda(&["--memory", "64"]),
            "64 MB is outside Lambda's memory range (128 to 10240 MB; for example 1024)",
        ),
        (lambda(&["--memory", "20GB"]), "20480 MB is outside Lambda's memory range"),
        (
            lambda(&["--memory", "lots"]),
            "\"lots\" is not a memory size in MB or GB (for example 1024, 1536MB, 1.5GB)",
        ),
        (
            lambda(&["--duration", "120"]),
            "is not a duration with a unit (ms, s, min, h, d) (for example 120ms, 2s, 15min, 1h)",
        ),
        (
            lambda(&["--duration", "16min"]),
            "longer than Lambda's 15 min limit (for example 120ms, 2s or 15min)",
        ),
        (
            lambda(&["--requests", "-5"]),
            "\"-5\" is not a number, optionally with k, M or B (for example 3000000, 3M, 20B)",
        ),
        (lambda(&["--requests", "3X"]), "(for example 3000000, 3M, 20B)"),
        (
            lambda(&["--ephemeral-storage", "100"]),
            "100 MB is outside Lambda's ephemeral storage range (512 to 10240 MB; for example 2048)",
        ),
        (lambda(&["--arch", "sparc"]), "[possible values: x86_64, arm64]"),
        (
            fargate(&["--ephemeral-storage", "10"]),
            "10 GB is outside Fargate's ephemeral storage range (20 to 200 GB; for example 30)",
        ),
        (
            fargate(&["--ephemeral-storage", "500"]),
            "500 GB is outside Fargate's ephemeral storage range",
        ),
        (
            fargate(&["--tasks", "0"]),
            "\"0\" is not a whole number of tasks, 1 or more (for example 5)",
        ),
        (fargate(&["--hours", "-1"]), "\"-1\" is not a number (for example 8, 0.25)"),
        (fargate(&["--vcpu", "0"]), "a task needs more than 0 vCPU (for example 0.25, 1 or 4)"),
        (
            usage_error(&["price", "lambda", "--memory", "1024", "--duration", "1s"]),
            "--requests <N>",
        ),
        (usage_error(&["price", "lambda", "--bogus"]), "unexpected argument '--bogus'"),
        (usage_error(&["price", "ecs"]), "unrecognized subcommand 'ecs'"),
    ];
    for (stderr, wanted) in cases {
        assert!(stderr.contains(wanted), "wanted {wanted:?} in:\n{stderr}");
    }
}

#[test]
fn region_and_arch_read_their_environment_variables() {
    let output = cli_support::command([
        "price", "fargate", "--vcpu", "1", "--memory", "2", "--hours", "730", "--json",
    ])
    .env("LVF_REGION", "ap-southeast-1")
    .env("LVF_ARCH", "arm64")
    .output()
    .expect("the lvf binary runs");
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    let value: serde_json::Value = serde_json::from_slice(&output.stdout).expect("JSON");
    let total = value["total_usd"].as_f64().expect("total_usd");
    // 730 x (0.04045 + 2 x 0.00442) = $35.98
    assert!((total - 730.0 * (0.04045 + 2.0 * 0.00442)).abs() < 1e-9, "{total}");
}

#[test]
fn the_api_gateway_tables_show_metering_and_tiers() {
    // AWS's HTTP API example: 432M requests of 58 KB, one 512 KB increment each.
    let text = stdout_of(&["price", "http-api", "--requests", "432M", "--size", "58KB"]);
    assert_eq!(
        text,
        "API Gateway HTTP API, us-east-1: 432M requests of 58 KB (1 metered each)\n\
         \n  API Gateway HTTP API requests  $418.80\
         \n  --------------------------------------\
         \n  Total                          $418.80\n"
    );
    // A 4.5 MB upload is nine increments.
    let uploads = total_of(&["price", "http-api", "--requests", "1.08M", "--size", "4.5MB"]);
    assert!((uploads - 9.72).abs() < 1e-9, "{uploads}");
    // REST API tiers: 333M at $3.50, 667M at $2.80, the rest at $2.38.
    let rest = total_of(&["price", "rest-api", "--requests", "15B"]);
    assert!((rest - 36_353.10).abs() < 1e-6, "{rest}");
    let text = stdout_of(&[
        "price",
        "websocket",
        "--messages",
        "18M",
        "--size",
        "33",
        "--connection-minutes",
        "21.6M",
    ]);
    // A 33 KB message is metered as two: 36M messages, $36.00; 21.6M minutes x $0.25/M = $5.40.
    assert!(text.starts_with("API Gateway WebSocket API, us-east-1: 18M messages of 33 KB (2 metered each), 21.6M connection-minutes\n"), "{text}");
    assert!(text.contains("\n  API Gateway WebSocket messages            $36.00\n"), "{text}");
    assert!(text.contains("\n  API Gateway WebSocket connection-minutes   $5.40\n"), "{text}");
    assert!(text.ends_with("\n  Total                                     $41.40\n"), "{text}");
}

#[test]
fn the_network_logs_and_volume_tables_carry_their_region() {
    // eu-west-1 has its own public IPv4 rate but borrows us-east-1's NAT gateway rates: the
    // table says so line by line, and the JSON names the region whose rate priced each line.
    let text =
        stdout_of(&["price", "nat", "--gateways", "2", "--gb", "500", "--region", "eu-west-1"]);
    assert_eq!(
        text,
        "NAT gateway, eu-west-1: 2 gateways for 730 h, 500 GB processed\n\
         \n  NAT gateway hours, us-east-1's rate           $65.70\
         \n  NAT gateway data processed, us-east-1's rate  $22.50\
         \n  ----------------------------------------------------\
         \n  Total                                         $88.20\n"
    );
    let json = stdout_of(&["price", "ipv4", "--addresses", "2", "--region", "eu-west-1", "--json"]);
    let value: serde_json::Value = serde_json::from_str(&json).expect("JSON");
    assert_eq!(value["lines"][0]["item"], "Public IPv4 addresses");
    assert_eq!(value["lines"][0]["region"], "eu-west-1");
    assert!((value["total_usd"].as_f64().expect("total") - 7.30).abs() < 1e-9, "{value}");
    let json = stdout_of(&["price", "nat", "--gb", "1", "--region", "eu-west-1", "--json"]);
    let value: serde_json::Value = serde_json::from_str(&json).expect("JSON");
    assert_eq!(value["lines"][1]["region"], "us-east-1");
    // Logs: 25 GB x $0.50; EBS: 2 volumes of 100 GB for half of lvf's 730-hour month x $0.08;
    // EFS: 20 GB all month x $0.30.
    assert!((total_of(&["price", "logs", "--gb", "25"]) - 12.50).abs() < 1e-9);
    let ebs = total_of(&["price", "ebs", "--gb", "100", "--volumes", "2", "--hours", "365"]);
    assert!((ebs - 8.0).abs() < 1e-9, "{ebs}");
    let text = stdout_of(&["price", "efs", "--gb", "20"]);
    assert_eq!(
        text,
        "EFS Standard, us-east-1: 20 GB for 730 h\n\
         \n  EFS Standard storage  $6.00\
         \n  ---------------------------\
         \n  Total                 $6.00\n"
    );
    // The TB unit is 1,024 GB, as AWS's storage examples count it.
    let tb = total_of(&["price", "logs", "--gb", "2TB"]);
    assert!((tb - 1024.0).abs() < 1e-9, "{tb}");
}

#[test]
fn every_price_subcommand_reads_the_region_from_the_environment() {
    for args in [
        &["price", "http-api", "--requests", "1M", "--json"][..],
        &["price", "rest-api", "--requests", "1M", "--json"],
        &["price", "websocket", "--messages", "1M", "--json"],
        &["price", "nat", "--json"],
        &["price", "logs", "--gb", "1", "--json"],
        &["price", "ebs", "--gb", "1", "--json"],
        &["price", "efs", "--gb", "1", "--json"],
        &["price", "ipv4", "--json"],
    ] {
        let output = cli_support::command(args)
            .env("LVF_REGION", "ap-southeast-1")
            .output()
            .expect("the lvf binary runs");
        assert!(output.status.success(), "{args:?}: {}", String::from_utf8_lossy(&output.stderr));
        let value: serde_json::Value = serde_json::from_slice(&output.stdout).expect("JSON");
        for line in value["lines"].as_array().expect("lines") {
            let region = line["region"].as_str().expect("region");
            assert!(["ap-southeast-1", "us-east-1"].contains(&region), "{args:?}: {region}");
        }
    }
    // Singapore's NAT gateway rate is its own: $0.059 an hour.
    let output = cli_support::command(["price", "nat", "--hours", "1", "--json"])
        .env("LVF_REGION", "ap-southeast-1")
        .output()
        .expect("the lvf binary runs");
    let value: serde_json::Value = serde_json::from_slice(&output.stdout).expect("JSON");
    assert_eq!(value["lines"][0]["region"], "ap-southeast-1");
    assert!((value["total_usd"].as_f64().expect("total") - 0.059).abs() < 1e-9, "{value}");
}

//! `lvf pricing import` on offer files cut from AWS's real ones (tests/fixtures/offers, see its
//! README): the book it writes reproduces AWS's published examples to the cent, every rate names
//! its offer file, rates the files lack are kept and said so, and a bad file stops the import
//! with exit 2 and nothing written. Also `lvf pricing diff`.

use std::path::{Path, PathBuf};
use std::process::Output;

mod cli_support;

use lvf::engine::cost;
use lvf::engine::fargate::{self, FargateUsage};
use lvf::engine::lambda::{self, LambdaUsage, Provisioned};
use lvf::engine::pricing::{Annotations, FigureKey, PriceBook};
use lvf::engine::scenario::Arch;

const ORACLE: &str = include_str!("fixtures/aws-published-examples.toml");
const CENT: f64 = 0.01;
const OFFERS: [&str; 4] = [
    "AWSLambda-us-east-1.json",
    "AmazonECS-us-east-1.json",
    "AWSLambda-eu-west-2.csv",
    "AmazonECS-eu-west-2.csv",
];

fn offer(name: &str) -> String {
    let path: PathBuf =
        [env!("CARGO_MANIFEST_DIR"), "tests/fixtures/offers", name].iter().collect();
    path.to_str().expect("UTF-8 path").to_string()
}

fn lvf(args: &[&str]) -> Output {
    cli_support::command(args).output().expect("the lvf binary runs")
}

/// Imports the fixtures to stdout and parses the book.
fn imported() -> PriceBook {
    let files: Vec<String> = OFFERS.iter().map(|name| offer(name)).collect();
    let mut args = vec!["pricing", "import"];
    args.extend(files.iter().map(String::as_str));
    let output = lvf(&args);
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    PriceBook::parse(&String::from_utf8(output.stdout).expect("UTF-8")).expect("a valid book")
}

fn number(case: &toml::Value, key: &str) -> f64 {
    let value = &case[key];
    value.as_float().or_else(|| value.as_integer().map(|n| n as f64)).expect("a number")
}

#[test]
fn the_imported_book_reproduces_aws_published_examples() {
    let book = imported();
    let region = book.region("us-east-1").expect("us-east-1 was imported");
    let oracle: toml::Value = toml::from_str(ORACLE).expect("the oracle parses");
    let arch = |case: &toml::Value| -> Arch {
        case["arch"].as_str().expect("arch").parse().expect("x86_64 or arm64")
    };
    for case in oracle["lambda"].as_array().expect("lambda cases") {
        let usage = LambdaUsage {
            arch: arch(case),
            memory_mb: number(case, "memory_mb"),
            duration_ms: number(case, "duration_ms"),
            requests: number(case, "requests"),
            ephemeral_storage_mb: number(case, "ephemeral_storage_mb"),
            extra_gb_seconds: 0.0,
            free_tier: case["free_tier"].as_bool().expect("free_tier"),
            // Provisioned concurrency is priced from the imported Lambda PC rows.
            provisioned: case.get("provisioned").map(|_| Provisioned {
                environments: number(case, "provisioned"),
                hours: case
                    .get("provisioned_hours")
                    .map_or(730.0, |_| number(case, "provisioned_hours")),
            }),
        };
        let total = cost::total(&lambda::price(&usage, &region.lambda, "us-east-1"));
        let expected = number(case, "expected_usd");
        assert!((total - expected).abs() < CENT, "{}: {total} vs {expected}", case["name"]);
    }
    for case in oracle["fargate"].as_array().expect("fargate cases") {
        let usage = FargateUsage {
            arch: arch(case),
            vcpu: number(case, "vcpu"),
            memory_gb: number(case, "memory_gb"),
            ephemeral_storage_gb: number(case, "ephemeral_storage_gb"),
            tasks: number(case, "tasks"),
            hours: number(case, "hours"),
            spot_share: 0.0,
        };
        let total = cost::total(&fargate::price(&usage, &region.fargate, 0.7, "us-east-1"));
        let expected = number(case, "expected_usd");
        assert!((total - expected).abs() < CENT, "{}: {total} vs {expected}", case["name"]);
    }
}

#[test]
fn the_imported_book_prices_through_the_binary_too() {
    // AWS's streaming-telemetry example: 7.44M requests of 2 s at 1 GB = $249.49.
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("imported.toml");
    let files: Vec<String> = OFFERS.iter().map(|name| offer(name)).collect();
    let mut args = vec!["pricing", "import", "-o", path.to_str().expect("UTF-8")];
    args.extend(files.iter().map(String::as_str));
    assert!(lvf(&args).status.success());
    let output = lvf(&[
        "--pricing",
        path.to_str().expect("UTF-8"),
        "price",
        "lambda",
        "--memory",
        "1024",
        "--duration",
        "2s",
        "--requests",
        "7440000",
        "--json",
    ]);
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    let value: serde_json::Value = serde_json::from_slice(&output.stdout).expect("JSON");
    let total = value["total_usd"].as_f64().expect("total_usd");
    assert!((total - 249.49).abs() < CENT, "{total}");
}

#[test]
fn imported_rates_name_their_offer_file_and_tiers_are_sorted() {
    let book = imported();
    let london = book.region("eu-west-2").expect("eu-west-2 was imported");
    let tiers: Vec<(Option<f64>, f64)> =
        london.lambda.duration_x86_64.iter().map(|tier| (tier.up_to, tier.usd)).collect();
    assert_eq!(
        tiers,
        [(Some(6e9), 0.000_016_666_7), (Some(15e9), 0.000_015), (None, 0.000_013_333_4)]
    );
    let us = book.region("us-east-1").expect("us-east-1");
    // The JSON lists the tiers 3, 1, 2; the book has them in order.
    assert_eq!(us.lambda.duration_x86_64[0].up_to, Some(6e9));
    // Read exactly as written in the files.
    let read = vec![
        london.fargate.vcpu_hour_x86_64.usd,
        london.fargate.gb_hour_arm64.usd,
        london.fargate.ephemeral_storage_gb_hour.usd,
        london.lambda.provisioned.concurrency_x86_64.usd,
        london.lambda.provisioned.duration_x86_64.usd,
    ];
    assert_eq!(read, vec![0.046_56, 0.004_09, 0.000_129, 0.000_004_830_4, 0.000_011_270_9]);
    let source = &london.lambda.requests.source;
    assert!(source.contains("AWSLambda offer file, version 20260831092318"), "{source}");
    assert_eq!(london.lambda.requests.as_of, "2026-08-31");
    // Not in the files: kept from the built-in book, its stand-in and source unchanged.
    let built_in = PriceBook::builtin();
    let kept = built_in.region("eu-west-2").expect("built-in eu-west-2");
    assert_eq!(london.ingress.alb_hour, kept.ingress.alb_hour);
    assert_eq!(book.priced_in("eu-west-2", FigureKey::AlbHour).map(|(_, r)| r), Some("us-east-1"));
    assert_eq!(
        london.lambda.provisioned.concurrency_arm64,
        kept.lambda.provisioned.concurrency_arm64
    );
}

#[test]
fn what_is_not_found_is_said_on_stderr_and_marked_in_the_file() {
    let dir = tempfile::tempdir().expect("tempdir");
    let out = dir.path().join("book.toml");
    let out_text = out.to_str().expect("UTF-8");
    let lambda = offer("AWSLambda-eu-west-2.csv");
    let output = lvf(&["pricing", "import", &lambda, "-o", out_text, "--region", "eu-west-2"]);
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    assert!(output.stdout.is_empty());
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        stderr.contains("eu-west-2: not in the files read, kept from the current book"),
        "{stderr}"
    );
    assert!(stderr.contains("fargate.vcpu-hour-x86-64"), "{stderr}");
    let text = std::fs::read_to_string(&out).expect("written");
    assert!(text.contains("# kept from the current book: no row for it in the offer files read"));
    let book = PriceBook::parse(&text).expect("valid");
    assert_eq!(book.region_keys().collect::<Vec<_>>(), ["eu-west-2"]);

    // Never replaced unasked; replaced with --force.
    let again = lvf(&["pricing", "import", &lambda, "-o", out_text]);
    assert_eq!(again.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&again.stderr).contains("--force"));
    assert_eq!(std::fs::read_to_string(&out).expect("still there"), text);
    let forced = lvf(&["pricing", "import", &lambda, "-o", out_text, "--force"]);
    assert!(forced.status.success(), "{}", String::from_utf8_lossy(&forced.stderr));
}

#[test]
fn a_region_new_to_the_book_borrows_and_says_so() {
    let dir = tempfile::tempdir().expect("tempdir");
    let only = dir.path().join("only-london.toml");
    let lambda = offer("AWSLambda-eu-west-2.csv");
    // A current book without eu-west-2: its missing figures become us-east-1 stand-ins.
    let base = PriceBook::builtin();
    let mut text = lvf::engine::pricing::to_toml(&base, &Annotations::default());
    text = text.replace("[regions.eu-west-2", "[regions.xx-west-2");
    std::fs::write(&only, &text).expect("write");
    let output = lvf(&["--pricing", only.to_str().expect("UTF-8"), "pricing", "import", &lambda]);
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    let book = PriceBook::parse(&String::from_utf8_lossy(&output.stdout)).expect("valid");
    let london = book.region("eu-west-2").expect("eu-west-2");
    assert_eq!(london.name, "EU (London)");
    assert_eq!(london.fargate.vcpu_hour_x86_64.stand_in.as_deref(), Some("us-east-1"));
    assert_eq!(london.lambda.requests.stand_in, None);
}

#[test]
fn the_offers_around_the_compute_import_too() {
    let names = [
        "AWSELB-us-east-1.csv",
        "AmazonApiGateway-us-east-1.csv",
        "AmazonCloudWatch-us-east-1.csv",
        "AmazonEC2-us-east-1.csv",
        "AmazonVPC-us-east-1.csv",
        "AmazonEFS-us-east-1.csv",
    ];
    let files: Vec<String> = names.iter().map(|name| offer(name)).collect();
    let mut args = vec!["pricing", "import"];
    args.extend(files.iter().map(String::as_str));
    let output = lvf(&args);
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    let book = PriceBook::parse(&String::from_utf8_lossy(&output.stdout)).expect("valid");
    let us = book.region("us-east-1").expect("us-east-1");
    let rates = vec![
        us.ingress.alb_hour.usd,
        us.ingress.alb_lcu_hour.usd,
        us.ingress.nlb_hour.usd,
        us.ingress.nlb_nlcu_hour.usd,
        us.ingress.websocket_connection_minutes.usd,
        us.network.nat_gateway_hour.usd,
        us.network.nat_gateway_gb.usd,
        us.network.public_ipv4_hour.usd,
        us.logs.ingestion_gb.usd,
        us.storage.ebs_gp3_gb_month.usd,
        us.storage.efs_standard_gb_month.usd,
    ];
    assert_eq!(
        rates,
        vec![0.0225, 0.008, 0.0225, 0.006, 0.000_000_25, 0.045, 0.045, 0.005, 0.5, 0.08, 0.3]
    );
    let tiers = |tiers: &[lvf::engine::pricing::Tier]| -> Vec<(Option<f64>, f64)> {
        tiers.iter().map(|tier| (tier.up_to, tier.usd)).collect()
    };
    assert_eq!(tiers(&us.ingress.http_api), [(Some(3e8), 0.000_001), (None, 0.000_000_9)]);
    assert_eq!(tiers(&us.ingress.rest_api).len(), 4);
    // Listed open tier first in the file; sorted by beginRange in the book.
    assert_eq!(
        tiers(&us.ingress.websocket_messages),
        [(Some(1e9), 0.000_001), (None, 0.000_000_8)]
    );
    assert!(us.network.public_ipv4_hour.source.contains("AmazonVPC offer file"));
    // The eu-west-2 ALB row (prefix EUW2-) lands in eu-west-2, whose other figures are kept.
    let london = book.region("eu-west-2").expect("eu-west-2");
    assert_eq!(vec![london.ingress.alb_hour.usd], vec![0.0264]);
    assert_eq!(london.ingress.alb_hour.stand_in, None);
}

/// Bad offer files: (name, contents, words of the message).
fn bad_files(dir: &Path) -> Vec<(PathBuf, &'static str)> {
    let json = std::fs::read_to_string(offer("AWSLambda-us-east-1.json")).expect("fixture");
    let csv = std::fs::read_to_string(offer("AmazonECS-eu-west-2.csv")).expect("fixture");
    let files: Vec<(&str, String, &str)> = vec![
        ("truncated.json", json[..json.len() / 2].to_string(), "the file is truncated"),
        ("empty.json", String::new(), "the file is empty"),
        ("not-json.json", "{ this is not json }".to_string(), "it is not valid JSON"),
        ("binary.json", "\u{1}\u{2}\u{3}".to_string(), "neither JSON nor CSV"),
        ("eks.json", json.replace("\"AWSLambda\"", "\"AmazonEKS\""), "read from AmazonECS"),
        ("s3.csv", csv.replace("\"AmazonECS\"", "\"AmazonS3\""), "it is the AmazonS3 offer"),
        ("no-offer.json", "{\"products\": {}}".to_string(), "it has no offerCode"),
        ("no-header.csv", "\"FormatVersion\",\"v1.0\"\n".to_string(), "it has no header row"),
        ("bad-price.csv", csv.replace("\"0.0465600000\"", "\"cheap\""), "PricePerUnit"),
    ];
    files
        .into_iter()
        .map(|(name, contents, words)| {
            let path = dir.join(name);
            std::fs::write(&path, contents).expect("write");
            (path, words)
        })
        .collect()
}

#[test]
fn a_bad_offer_file_stops_the_import_and_nothing_is_written() {
    let dir = tempfile::tempdir().expect("tempdir");
    let out = dir.path().join("book.toml");
    let good = offer("AWSLambda-eu-west-2.csv");
    for (path, words) in bad_files(dir.path()) {
        let bad = path.to_str().expect("UTF-8");
        let output = lvf(&["pricing", "import", &good, bad, "-o", out.to_str().expect("UTF-8")]);
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert_eq!(output.status.code(), Some(2), "{bad}: {stderr}");
        assert!(stderr.starts_with(&format!("lvf: offer file \"{bad}\": ")), "{stderr}");
        assert!(stderr.contains(words), "{bad}: {stderr}");
        assert!(stderr.contains("expected"), "{bad}: {stderr}");
        assert!(!out.exists(), "{bad}: nothing is written");
    }
}

#[test]
fn diff_lists_changed_rates_with_old_new_and_percent() {
    let dir = tempfile::tempdir().expect("tempdir");
    let new = dir.path().join("new.toml");
    let lambda = offer("AWSLambda-us-east-1.json");
    let import = lvf(&["pricing", "import", &lambda, "-o", new.to_str().expect("UTF-8")]);
    assert!(import.status.success());
    let output = lvf(&["pricing", "diff", "builtin", new.to_str().expect("UTF-8")]);
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    let text = String::from_utf8_lossy(&output.stdout);
    // Only us-east-1 is in the new book; the prices it imported equal the built-in's.
    assert!(text.contains("eu-west-1") && text.contains("region removed"), "{text}");
    assert!(!text.contains("us-east-1 lambda.requests"), "{text}");
    let json = lvf(&["pricing", "diff", "builtin", "builtin", "--json"]);
    assert_eq!(String::from_utf8_lossy(&json.stdout), "{\"changes\":[]}\n");
}

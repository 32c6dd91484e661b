//! The price book as a file: the shipped pricing.toml is valid, `--pricing` and `LVF_PRICING`
//! replace it, and every invalid file under tests/fixtures/pricing/ stops the real binary with
//! exit code 2, nothing on stdout, and one line on stderr naming the file, line:column, the key,
//! the bad value in quotes and what is accepted.

use std::path::{Path, PathBuf};
use std::process::Output;

mod cli_support;

use lvf::engine::pricing::{BUILTIN_PRICING, PriceBook};

fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/pricing").join(name)
}

fn lvf(args: &[&str], pricing_env: Option<&Path>) -> Output {
    let mut command = cli_support::command(args);
    if let Some(path) = pricing_env {
        command.env("LVF_PRICING", path);
    }
    command.output().expect("the lvf binary runs")
}

const PRICE_ARGS: [&str; 8] =
    ["price", "lambda", "--memory", "1024", "--duration", "1s", "--requests", "1M"];

#[test]
fn the_shipped_price_book_parses_and_validates() {
    let book = PriceBook::parse(BUILTIN_PRICING).expect("pricing.toml is valid");
    let regions: Vec<&str> = book.region_keys().collect();
    for region in [
        "us-east-1",
        "us-east-2",
        "us-west-1",
        "us-west-2",
        "ca-central-1",
        "sa-east-1",
        "eu-west-1",
        "eu-west-2",
        "eu-west-3",
        "eu-central-1",
        "eu-north-1",
        "ap-south-1",
        "ap-southeast-1",
        "ap-southeast-2",
        "ap-northeast-1",
        "ap-northeast-2",
    ] {
        assert!(regions.contains(&region), "{region} is in the built-in book: {regions:?}");
    }
    assert_eq!(book.book.currency, "USD");
    assert!(book.task_sizes().count() > 50, "every Linux task size is listed");
    // The same text on disk is what include_str! compiled in.
    let on_disk =
        std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("pricing.toml"))
            .expect("pricing.toml is at the repository root");
    assert_eq!(on_disk, BUILTIN_PRICING);
}

#[test]
fn borrowed_rates_are_marked_and_say_whose_rate_they_are() {
    use lvf::engine::pricing::{Figure, FigureKey};
    let book = PriceBook::builtin();
    // us-east-1 is the region others borrow from; it borrows nothing.
    assert_eq!(book.region("us-east-1").expect("us-east-1").stand_in_count(), 0);
    // eu-west-1 and ap-southeast-1 used us-east-1's API Gateway rates silently before the stand-ins.
    for region in ["eu-west-1", "ap-southeast-1", "eu-central-1"] {
        let (_, priced_in) = book.priced_in(region, FigureKey::HttpApi).expect("the region");
        assert_eq!(priced_in, "us-east-1", "{region}");
        let (_, own) = book.priced_in(region, FigureKey::FargateVcpuX86).expect("the region");
        assert_eq!(own, region, "{region}");
    }
    // Singapore's ALB and NAT rates are its own (AWS Pricing API), not borrowed.
    let (_, alb) = book.priced_in("ap-southeast-1", FigureKey::AlbHour).expect("ap-southeast-1");
    assert_eq!(alb, "ap-southeast-1");
    // Every stand-in names a region of the book, whose own figure is not itself borrowed.
    for (key, region) in &book.regions {
        for &figure in FigureKey::ALL {
            if let Some(other) = region.figure(figure).stand_in() {
                let lender = book.region(other).expect("a stand-in names a region of the book");
                assert!(lender.figure(figure).stand_in().is_none(), "{key} {figure:?}: chained");
                // A borrowed figure is the lender's, to the digit.
                let usd = |figure: Figure<'_>| match figure {
                    Figure::Rate(rate) => vec![rate.usd],
                    Figure::Tiers(tiers) => tiers.iter().map(|tier| tier.usd).collect(),
                    Figure::Allowance(allowance) => vec![allowance.amount],
                };
                assert_eq!(usd(region.figure(figure)), usd(lender.figure(figure)), "{key}");
            }
        }
    }
}

#[test]
fn every_built_in_region_evaluates_end_to_end() {
    let book = PriceBook::builtin();
    for region in book.region_keys() {
        let output = lvf(&["eval", "--region", region, "--json"], None);
        assert!(output.status.success(), "{region}: {}", String::from_utf8_lossy(&output.stderr));
        let value: serde_json::Value = serde_json::from_slice(&output.stdout).expect("JSON");
        assert!(value.is_object(), "{region}: {value}");
    }
    let frankfurt = lvf(&["eval", "--region", "eu-central-1"], None);
    let text = String::from_utf8_lossy(&frankfurt.stdout);
    assert!(text.contains("Europe (Frankfurt)"), "{text}");
}

#[test]
fn a_valid_file_replaces_the_built_in_book_by_flag_and_by_env() {
    let file = fixture("valid-one-region.toml");
    let flag = lvf(
        &[
            &["--pricing", file.to_str().expect("UTF-8 path")],
            &PRICE_ARGS[..],
            &["--region", "eu-west-1", "--json"],
        ]
        .concat(),
        None,
    );
    assert!(flag.status.success(), "{}", String::from_utf8_lossy(&flag.stderr));
    let value: serde_json::Value = serde_json::from_slice(&flag.stdout).expect("JSON");
    // 1M requests at the fixture's doubled $0.0000004 = $0.40.
    assert!((value["lines"][1]["usd"].as_f64().expect("usd") - 0.40).abs() < 1e-9, "{value}");

    // The replacement is whole: us-east-1 is gone, and the error lists what the file has.
    let env = lvf(&PRICE_ARGS, Some(&file));
    assert_eq!(env.status.code(), Some(2));
    assert!(env.stdout.is_empty());
    let stderr = String::from_utf8_lossy(&env.stderr);
    assert!(
        stderr.contains("unknown region \"us-east-1\"; the price book has eu-west-1"),
        "{stderr}"
    );
}

#[test]
fn an_unreadable_file_is_named() {
    let missing = fixture("no-such-file.toml");
    let output = lvf(&PRICE_ARGS, Some(&missing));
    assert_eq!(output.status.code(), Some(2));
    assert!(output.stdout.is_empty());
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.starts_with("lvf: pricing file \""), "{stderr}");
    assert!(stderr.contains("no-such-file.toml\": cannot read it"), "{stderr}");
}

/// One invalid file per message: the fixture, where, which key, the value as quoted, and a piece
/// of the "what is accepted" text.
struct Bad {
    file: &'static str,
    at: &'static str,
    key: &'static str,
    value: Option<&'static str>,
    accepted: &'static str,
}

const BAD_FILES: &[Bad] = &[
    Bad {
        file: "unknown-key.toml",
        at: "line 45 column 1",
        key: "regions.us-east-1.lambda.requests-arm64",
        value: Some("{ usd = 0.0000002, source"),
        accepted: "unknown key; expected one of `requests`, `ephemeral-storage-gb-second`",
    },
    Bad {
        file: "negative-price.toml",
        at: "line 44 column 20",
        key: "regions.us-east-1.lambda.requests.usd",
        value: Some("-0.2"),
        accepted: "a price must be a finite number >= 0 (for example 0.0000002)",
    },
    Bad {
        file: "nan-price.toml",
        at: "line 62 column 28",
        key: "regions.us-east-1.fargate.vcpu-hour-x86-64.usd",
        value: Some("nan"),
        accepted: "a price must be a finite number >= 0",
    },
    Bad {
        file: "inf-price.toml",
        at: "line 80 column 20",
        key: "regions.us-east-1.ingress.alb-hour.usd",
        value: Some("inf"),
        accepted: "a price must be a finite number >= 0",
    },
    Bad {
        file: "wrong-type.toml",
        at: "line 65 column 25",
        key: "regions.us-east-1.fargate.gb-hour-arm64.usd",
        value: Some("0.00356"),
        accepted: "wrong type: string \"0.00356\", expected a number (for example 0.0000002)",
    },
    Bad {
        file: "missing-key.toml",
        at: "line 66 column 29",
        key: "regions.us-east-1.fargate.ephemeral-storage-gb-hour.as-of",
        value: None,
        accepted: "this key is missing; it is required (for example as-of = \"2026-11-26\")",
    },
    Bad {
        file: "tiers-out-of-order.toml",
        at: "line 57 column 13",
        key: "regions.us-east-1.lambda.duration-arm64[1].up-to",
        value: Some("5_000_000_000"),
        accepted: "`up-to` must be greater than the previous tier's 7500000000",
    },
    Bad {
        file: "tier-missing-up-to.toml",
        at: "line 52 column 3",
        key: "regions.us-east-1.lambda.duration-x86-64[1]",
        value: Some("{ usd = 0.000015, source"),
        accepted: "every tier but the last needs `up-to`",
    },
    Bad {
        file: "last-tier-with-up-to.toml",
        at: "line 58 column 13",
        key: "regions.us-east-1.lambda.duration-arm64[2].up-to",
        value: Some("30_000_000_000"),
        accepted: "so it has no `up-to` (remove this key",
    },
    Bad {
        file: "tier-bound-not-positive.toml",
        at: "line 72 column 13",
        key: "regions.us-east-1.ingress.http-api[0].up-to",
        value: Some("-300_000_000"),
        accepted: "`up-to` must be a finite number > 0 (for example 6_000_000_000)",
    },
    Bad {
        file: "empty-tiers.toml",
        at: "line 77 column 12",
        key: "regions.us-east-1.ingress.rest-api",
        value: Some("[]"),
        accepted: "a tier list needs at least one tier (for example [{ usd =",
    },
    Bad {
        file: "bad-task-size.toml",
        at: "line 32 column 49",
        key: "fargate-task-sizes.sizes[2].memory-gb[7]",
        value: Some("16"),
        accepted: "Fargate pairs 1 vCPU with 2 to 8 GB of memory",
    },
    Bad {
        file: "task-sizes-vcpu-order.toml",
        at: "line 33 column 12",
        key: "fargate-task-sizes.sizes[3].vcpu",
        value: Some("0.5"),
        accepted: "task sizes must be listed by ascending vCPU",
    },
    Bad {
        file: "task-memory-order.toml",
        at: "line 31 column 36",
        key: "fargate-task-sizes.sizes[1].memory-gb[2]",
        value: Some("2"),
        accepted: "memory sizes must be listed in ascending order",
    },
    Bad {
        file: "task-memory-empty.toml",
        at: "line 36 column 28",
        key: "fargate-task-sizes.sizes[6].memory-gb",
        value: Some("[]"),
        accepted: "at least one memory size in GB (for example memory-gb = [2, 3, 4])",
    },
    Bad {
        file: "task-vcpu-zero.toml",
        at: "line 30 column 12",
        key: "fargate-task-sizes.sizes[0].vcpu",
        value: Some("0"),
        accepted: "a vCPU count must be a finite number > 0 (for example 0.25)",
    },
    Bad {
        file: "spot-discount-over-one.toml",
        at: "line 21 column 27",
        key: "book.spot-discount.value",
        value: Some("1.5"),
        accepted: "a discount must be a fraction from 0 to 1 (for example 0.70",
    },
    Bad {
        file: "bad-date.toml",
        at: "line 47 column 98",
        key: "regions.us-east-1.lambda.free-gb-seconds.as-of",
        value: Some("26/11/2026"),
        accepted: "a date must read YYYY-MM-DD (for example \"2026-11-26\")",
    },
    Bad {
        file: "empty-source.toml",
        at: "line 81 column 40",
        key: "regions.us-east-1.ingress.alb-lcu-hour.source",
        value: Some(""),
        accepted: "a source must say where the figure came from (for example \"https://",
    },
    Bad {
        file: "negative-allowance.toml",
        at: "line 46 column 28",
        key: "regions.us-east-1.lambda.free-requests.amount",
        value: Some("-1_000_000"),
        accepted: "an allowance must be a finite number >= 0 (for example 400_000)",
    },
    Bad {
        file: "currency.toml",
        at: "line 17 column 12",
        key: "book.currency",
        value: Some("EUR"),
        accepted: "the currency must be \"USD\"",
    },
    Bad {
        file: "empty-region-name.toml",
        at: "line 92 column 8",
        key: "regions.eu-west-1.name",
        value: Some(""),
        accepted: "a region needs a display name (for example \"US East (N. Virginia)\")",
    },
    Bad {
        file: "missing-region-table.toml",
        at: "line 1 column 1",
        key: "regions",
        value: None,
        accepted: "this key is missing; it is required (for example a [regions.us-east-1] table)",
    },
    Bad {
        file: "no-regions.toml",
        at: "line 39 column 1",
        key: "regions",
        value: Some("[regions]"),
        accepted: "the book needs at least one region (for example a [regions.us-east-1] table)",
    },
    Bad {
        file: "not-toml.toml",
        at: "line 106 column 20",
        key: "regions.eu-west-1.fargate.vcpu-hour-x86-64",
        value: Some("$0.04048 per hour"),
        accepted: "this is not valid TOML: string values must be quoted",
    },
    Bad {
        file: "duplicate-key.toml",
        at: "line 131 column 1",
        key: "regions.ap-southeast-1.name",
        value: Some("Singapore"),
        accepted: "this key is already set in this table; each key appears once",
    },
    Bad {
        file: "stand-in-self.toml",
        at: "line 82 column 126",
        key: "regions.eu-west-1.ingress.alb-hour.stand-in",
        value: Some("eu-west-1"),
        accepted: "this is eu-west-1's own rate, so remove `stand-in` (or name the region it came \
                   from, for example \"us-east-1\")",
    },
    Bad {
        file: "stand-in-not-a-region.toml",
        at: "line 84 column 102",
        key: "regions.eu-west-1.ingress.nlb-hour.stand-in",
        value: Some("N. Virginia"),
        accepted: "a stand-in must be a region code such as \"us-east-1\"",
    },
    Bad {
        file: "negative-nat-price.toml",
        at: "line 100 column 26",
        key: "regions.eu-west-1.network.nat-gateway-gb.usd",
        value: Some("-0.045"),
        accepted: "a price must be a finite number >= 0",
    },
    Bad {
        file: "missing-new-key.toml",
        at: "line 98 column 1",
        key: "regions.eu-west-1.network.public-ipv4-hour",
        value: None,
        accepted: "this key is missing; it is required (for example the `public-ipv4-hour` entry",
    },
    Bad {
        file: "unknown-storage-key.toml",
        at: "line 107 column 1",
        key: "regions.eu-west-1.storage.ebs-gp2-gb-month",
        value: Some("{ usd = 0.08, source"),
        accepted: "unknown key; expected `ebs-gp3-gb-month` or `efs-standard-gb-month`",
    },
    Bad {
        file: "websocket-tiers-out-of-order.toml",
        at: "line 87 column 13",
        key: "regions.eu-west-1.ingress.websocket-messages[0].up-to",
        value: Some("0"),
        accepted: "`up-to` must be a finite number > 0",
    },
];

#[test]
fn every_invalid_fixture_has_an_expected_message() {
    let mut on_disk: Vec<String> = std::fs::read_dir(fixture(""))
        .expect("tests/fixtures/pricing exists")
        .map(|entry| entry.expect("a directory entry").path())
        .filter(|path| path.extension().is_some_and(|ext| ext == "toml"))
        .map(|path| path.file_name().expect("a file name").to_string_lossy().into_owned())
        .filter(|name| !name.starts_with("valid-"))
        .collect();
    on_disk.sort();
    let mut listed: Vec<String> = BAD_FILES.iter().map(|bad| bad.file.to_string()).collect();
    listed.sort();
    assert_eq!(on_disk, listed, "each invalid fixture is tested, each tested fixture exists");
}

#[test]
fn every_invalid_file_stops_the_binary_with_a_located_message() {
    for bad in BAD_FILES {
        let path = fixture(bad.file);
        let path_text = path.to_str().expect("UTF-8 path");
        let output = lvf(&[&["--pricing", path_text], &PRICE_ARGS[..]].concat(), None);
        let stderr = String::from_utf8(output.stderr).expect("stderr is UTF-8");
        assert_eq!(output.status.code(), Some(2), "{}: {stderr}", bad.file);
        assert!(output.stdout.is_empty(), "{}: stdout must stay empty", bad.file);
        assert_eq!(stderr.lines().count(), 1, "{}: one line: {stderr}", bad.file);
        let expected_start = match bad.value {
            Some(value) => {
                format!("lvf: pricing file \"{path_text}\", {}: {} = \"{value}", bad.at, bad.key)
            }
            None => format!("lvf: pricing file \"{path_text}\", {}: {}: ", bad.at, bad.key),
        };
        assert!(
            stderr.starts_with(&expected_start),
            "{}:\n{stderr}\nwanted {expected_start}",
            bad.file
        );
        assert!(stderr.contains(bad.accepted), "{}:\n{stderr}\nwanted {}", bad.file, bad.accepted);

        // The same file through the environment variable gives the same message.
        let by_env = lvf(&PRICE_ARGS, Some(&path));
        assert_eq!(by_env.status.code(), Some(2));
        assert_eq!(String::from_utf8_lossy(&by_env.stderr), stderr, "{}", bad.file);
    }
}

#[test]
fn a_bad_file_stops_lvf_before_anything_else() {
    // Even the no-subcommand report and a command that would fail on its own flags' values
    // (after parsing) report the price book first.
    let path = fixture("negative-price.toml");
    for args in [&[][..], &["price", "fargate", "--vcpu", "3", "--memory", "7", "--hours", "1"]] {
        let output = lvf(args, Some(&path));
        assert_eq!(output.status.code(), Some(2));
        assert!(output.stdout.is_empty());
        assert!(String::from_utf8_lossy(&output.stderr).contains("requests.usd = \"-0.2\""));
    }
}

#[test]
fn errors_carry_their_parts_for_other_surfaces() {
    let text = std::fs::read_to_string(fixture("negative-price.toml")).expect("fixture");
    let error = PriceBook::parse(&text).expect_err("a negative price is rejected");
    assert_eq!((error.line, error.column), (44, 20));
    assert_eq!(error.key, "regions.us-east-1.lambda.requests.usd");
    assert_eq!(error.value.as_deref(), Some("-0.2"));
    assert_eq!(
        error.to_string(),
        "line 44 column 20: regions.us-east-1.lambda.requests.usd = \"-0.2\": a price must be a \
         finite number >= 0 (for example 0.0000002)"
    );
}

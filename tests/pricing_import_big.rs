//! The import on a big offer file: bounded memory and a few seconds, whatever the file's size.
//!
//! Ignored by default (it writes ~200 MB). Run it on a release build:
//!
//! ```text
//! cargo test --release --test pricing_import_big -- --ignored --nocapture
//! ```
//!
//! It generates an AWSLambda-shaped JSON offer file of about 200 MB (every region's real Lambda
//! products, then filler products and terms of other groups, as the all-regions files have), runs
//! `lvf pricing import` on it under `/usr/bin/time -v` when that exists, and checks the targets:
//! under 10 s and under 100 MB peak RSS. `LVF_BIG_OFFER_MB` changes the size;
//! `LVF_BIG_OFFER_BIN=target/release/lvf` measures a release binary from a debug test build
//! (cheaper than building the whole test suite in release):
//!
//! ```text
//! cargo build --release && LVF_BIG_OFFER_BIN=target/release/lvf \
//!   cargo test --test pricing_import_big -- --ignored --nocapture
//! ```

use std::fs::File;
use std::io::{BufWriter, Write};
use std::path::Path;
use std::time::{Duration, Instant};

const REGIONS: [&str; 16] = [
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
];

/// Price tiers as (beginRange, endRange, USD).
type Tiers = &'static [(&'static str, &'static str, &'static str)];

/// (group, usage-type suffix, tiers).
const METERS: [(&str, &str, Tiers); 3] = [
    ("AWS-Lambda-Requests", "Request", &[("0", "Inf", "0.0000002000")]),
    (
        "AWS-Lambda-Duration",
        "Lambda-GB-Second",
        &[
            ("0", "6000000000", "0.0000166667"),
            ("6000000000", "15000000000", "0.0000150000"),
            ("15000000000", "Inf", "0.0000133334"),
        ],
    ),
    ("AWS-Lambda-Storage-Duration", "Lambda-Storage-GB-Second", &[("0", "Inf", "0.0000000309")]),
];

fn product(out: &mut impl Write, sku: &str, region: &str, group: &str, usage: &str) {
    let _ = write!(
        out,
        "\"{sku}\":{{\"sku\":\"{sku}\",\"productFamily\":\"Serverless\",\"attributes\":{{\
         \"servicecode\":\"AWSLambda\",\"location\":\"Somewhere ({region})\",\"locationType\":\
         \"AWS Region\",\"group\":\"{group}\",\"groupDescription\":\"Invocation duration weighted \
         by memory assigned to function, measured in GB-s\",\"usagetype\":\"X-{usage}\",\
         \"operation\":\"\",\"regionCode\":\"{region}\",\"servicename\":\"AWS Lambda\"}}}}"
    );
}

fn term(out: &mut impl Write, sku: &str, tiers: Tiers) {
    let _ = write!(
        out,
        "\"{sku}\":{{\"{sku}.JRTCKXETXF\":{{\"offerTermCode\":\"JRTCKXETXF\",\"sku\":\"{sku}\",\
         \"effectiveDate\":\"2026-08-01T00:00:00Z\",\"priceDimensions\":{{"
    );
    for (index, (begin, end, usd)) in tiers.iter().enumerate() {
        let comma = if index == 0 { "" } else { "," };
        let _ = write!(
            out,
            "{comma}\"{sku}.JRTCKXETXF.R{index}\":{{\"rateCode\":\"{sku}.JRTCKXETXF.R{index}\",\
             \"description\":\"AWS Lambda - Total Compute - Tier-{index}\",\"beginRange\":\
             \"{begin}\",\"endRange\":\"{end}\",\"unit\":\"Lambda-GB-Second\",\"pricePerUnit\":\
             {{\"USD\":\"{usd}\"}},\"appliesTo\":[]}}"
        );
    }
    let _ = write!(out, "}},\"termAttributes\":{{}}}}}}");
}

/// Writes an offer file of about `megabytes` MB; returns its size in bytes.
fn generate(path: &Path, megabytes: u64) -> u64 {
    let mut out = BufWriter::new(File::create(path).expect("create the big file"));
    let _ = write!(
        out,
        "{{\"formatVersion\":\"v1.0\",\"disclaimer\":\"generated\",\"offerCode\":\"AWSLambda\",\
         \"version\":\"20260831092318\",\"publicationDate\":\"2026-08-31T09:23:18Z\",\"products\":{{"
    );
    let mut skus: Vec<(String, Tiers)> = Vec::new();
    for region in REGIONS {
        for (group, usage, tiers) in METERS {
            let sku = format!("REAL{region}{usage}");
            let comma = if skus.is_empty() { "" } else { "," };
            let _ = write!(out, "{comma}");
            product(&mut out, &sku, region, group, usage);
            skus.push((sku, tiers));
        }
    }
    // Filler: Lambda@Edge-like products in made-up regions, as many as it takes. Each product
    // and its term weigh about 880 bytes.
    let filler = megabytes * 1_000_000 / 880;
    let edge: Tiers = &[("0", "Inf", "0.0000500100")];
    for index in 0..filler {
        let _ = write!(out, ",");
        let sku = format!("FILL{index:012}");
        product(
            &mut out,
            &sku,
            &format!("zz-filler-{}", index % 97),
            "AWS-Lambda-Edge-Duration",
            "Edge",
        );
    }
    let _ = write!(out, "}},\"terms\":{{\"OnDemand\":{{");
    for (index, (sku, tiers)) in skus.iter().enumerate() {
        let _ = write!(out, "{}", if index == 0 { "" } else { "," });
        term(&mut out, sku, tiers);
    }
    for index in 0..filler {
        let _ = write!(out, ",");
        term(&mut out, &format!("FILL{index:012}"), edge);
    }
    let _ = write!(out, "}}}}}}");
    out.flush().expect("flush the big file");
    std::fs::metadata(path).expect("the big file").len()
}

#[test]
#[ignore = "writes ~200 MB; run on a release build, see the module docs"]
fn a_200_mb_offer_file_imports_in_bounded_memory_and_time() {
    let megabytes =
        std::env::var("LVF_BIG_OFFER_MB").ok().and_then(|mb| mb.parse().ok()).unwrap_or(200);
    let dir = tempfile::tempdir().expect("tempdir");
    let offer = dir.path().join("AWSLambda-all.json");
    let size = generate(&offer, megabytes);
    let book = dir.path().join("book.toml");
    // LVF_BIG_OFFER_BIN: measure another build of lvf (a release binary) with this test.
    let bin = std::env::var("LVF_BIG_OFFER_BIN")
        .unwrap_or_else(|_| env!("CARGO_BIN_EXE_lvf").to_string());
    let lvf = bin.as_str();
    let args =
        ["pricing", "import", offer.to_str().expect("UTF-8"), "-o", book.to_str().expect("UTF-8")];
    let timed = Path::new("/usr/bin/time").exists();
    let mut command = if timed {
        let mut time = std::process::Command::new("/usr/bin/time");
        time.arg("-v").arg(lvf).args(args).env_remove("LVF_PRICING");
        time
    } else {
        let mut plain = std::process::Command::new(lvf);
        plain.args(args).env_remove("LVF_PRICING");
        plain
    };
    let started = Instant::now();
    let output = command.output().expect("lvf runs");
    let took = started.elapsed();
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(output.status.success(), "{stderr}");
    let peak_kb: Option<u64> = stderr
        .lines()
        .find_map(|line| line.trim().strip_prefix("Maximum resident set size (kbytes): "))
        .and_then(|kb| kb.trim().parse().ok());
    eprintln!(
        "imported {:.1} MB in {:.2} s, peak RSS {}",
        size as f64 / 1e6,
        took.as_secs_f64(),
        peak_kb.map_or("not measured (no /usr/bin/time)".to_string(), |kb| format!(
            "{:.1} MB",
            kb as f64 / 1024.0
        ))
    );
    let written =
        lvf::engine::pricing::PriceBook::parse(&std::fs::read_to_string(&book).expect("book"))
            .expect("a valid book");
    assert_eq!(written.regions.len(), REGIONS.len());
    assert!(took < Duration::from_secs(10), "took {took:?}");
    if let Some(kb) = peak_kb {
        assert!(kb < 100 * 1024, "peak RSS {kb} kB");
    }
}

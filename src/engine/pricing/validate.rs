//! The rules a price book must keep beyond its shape: prices finite and non-negative, tiers in
//! order, task sizes that AWS could offer, dates and sources filled in.
//!
//! Each rule reports the key path of the offending value and a sentence that ends with what is
//! accepted; [`super::locate`] turns the path into a line and column.

use super::locate::KeyPath;
use super::{
    Allowance, BookInfo, Figure, FigureKey, Fraction, PriceBook, Rate, RegionPrices, TaskSizeTable,
    Tier,
};

/// Fargate allows memory from 2x to 8x the task's vCPU count (in GB per vCPU).
const MIN_GB_PER_VCPU: f64 = 2.0;
const MAX_GB_PER_VCPU: f64 = 8.0;

/// One broken rule: where, and what is wrong with what is accepted.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct Issue {
    pub path: KeyPath,
    pub problem: String,
}

type Check = Result<(), Issue>;

fn fail(path: &KeyPath, problem: impl Into<String>) -> Check {
    Err(Issue { path: path.clone(), problem: problem.into() })
}

/// Checks every rule, stopping at the first broken one (in file order, roughly).
pub(super) fn validate(book: &PriceBook) -> Check {
    let root = KeyPath::default();
    book_info(&root.key("book"), &book.book)?;
    task_sizes(&root.key("fargate-task-sizes"), &book.fargate_task_sizes)?;
    let regions = root.key("regions");
    if book.regions.is_empty() {
        return fail(
            &regions,
            "the book needs at least one region (for example a [regions.us-east-1] table)",
        );
    }
    for (key, region) in &book.regions {
        region_prices(&regions.key(key), key, region)?;
    }
    Ok(())
}

fn book_info(path: &KeyPath, info: &BookInfo) -> Check {
    date(&path.key("as-of"), &info.as_of)?;
    if info.currency != "USD" {
        return fail(
            &path.key("currency"),
            "lvf prices in US dollars only: the currency must be \"USD\"",
        );
    }
    fraction(&path.key("spot-discount"), &info.spot_discount)
}

fn region_prices(path: &KeyPath, key: &str, region: &RegionPrices) -> Check {
    if region.name.trim().is_empty() {
        return fail(
            &path.key("name"),
            "a region needs a display name (for example \"US East (N. Virginia)\")",
        );
    }
    for &figure_key in FigureKey::ALL {
        let figure_path =
            figure_key.path().split('.').fold(path.clone(), |path, segment| path.key(segment));
        match region.figure(figure_key) {
            Figure::Rate(value) => {
                rate(&figure_path, value)?;
                stand_in(&figure_path, key, value.stand_in.as_deref())?;
            }
            Figure::Tiers(list) => {
                tiers(&figure_path, list)?;
                for (index, tier) in list.iter().enumerate() {
                    stand_in(&figure_path.index(index), key, tier.stand_in.as_deref())?;
                }
            }
            Figure::Allowance(value) => allowance(&figure_path, value)?,
        }
    }
    Ok(())
}

/// A stand-in names another region by its code: the region whose rate is used here.
fn stand_in(path: &KeyPath, own: &str, stand_in: Option<&str>) -> Check {
    let Some(other) = stand_in else {
        return Ok(());
    };
    let path = path.key("stand-in");
    if other == own {
        return fail(
            &path,
            format!(
                "a stand-in names another region whose rate is used here; this is {own}'s own \
                 rate, so remove `stand-in` (or name the region it came from, for example \
                 \"us-east-1\")"
            ),
        );
    }
    if !is_region_code(other) {
        return fail(
            &path,
            "a stand-in must be a region code such as \"us-east-1\" (lowercase letters, digits \
             and dashes)",
        );
    }
    Ok(())
}

/// `us-east-1`, `ap-southeast-2`: lowercase words and a number, joined by dashes.
fn is_region_code(text: &str) -> bool {
    let parts: Vec<&str> = text.split('-').collect();
    parts.len() >= 3
        && parts.iter().all(|part| {
            !part.is_empty() && part.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit())
        })
        && parts.last().is_some_and(|last| last.bytes().all(|b| b.is_ascii_digit()))
}

fn price(path: &KeyPath, usd: f64) -> Check {
    if usd.is_finite() && usd >= 0.0 {
        Ok(())
    } else {
        fail(path, "a price must be a finite number >= 0 (for example 0.0000002)")
    }
}

fn rate(path: &KeyPath, rate: &Rate) -> Check {
    price(&path.key("usd"), rate.usd)?;
    provenance(path, &rate.source, &rate.as_of)
}

fn allowance(path: &KeyPath, allowance: &Allowance) -> Check {
    if !(allowance.amount.is_finite() && allowance.amount >= 0.0) {
        return fail(
            &path.key("amount"),
            "an allowance must be a finite number >= 0 (for example 400_000)",
        );
    }
    provenance(path, &allowance.source, &allowance.as_of)
}

fn fraction(path: &KeyPath, fraction: &Fraction) -> Check {
    if !(0.0..=1.0).contains(&fraction.value) {
        return fail(
            &path.key("value"),
            "a discount must be a fraction from 0 to 1 (for example 0.70 for 70% off)",
        );
    }
    provenance(path, &fraction.source, &fraction.as_of)
}

fn tiers(path: &KeyPath, tiers: &[Tier]) -> Check {
    if tiers.is_empty() {
        return fail(
            path,
            "a tier list needs at least one tier (for example [{ usd = 0.0000166667, \
             source = \"https://aws.amazon.com/lambda/pricing/\", as-of = \"2026-11-26\" }])",
        );
    }
    let last = tiers.len() - 1;
    let mut previous: Option<f64> = None;
    for (index, tier) in tiers.iter().enumerate() {
        let tier_path = path.index(index);
        price(&tier_path.key("usd"), tier.usd)?;
        match (tier.up_to, index == last) {
            (None, false) => {
                return fail(
                    &tier_path,
                    "every tier but the last needs `up-to`, the monthly usage at which the next \
                     tier starts (for example up-to = 6_000_000_000)",
                );
            }
            (Some(_), true) => {
                return fail(
                    &tier_path.key("up-to"),
                    "the last tier prices all usage above the previous bound, so it has no \
                     `up-to` (remove this key, or add a tier after it)",
                );
            }
            (Some(bound), false) => {
                if !(bound.is_finite() && bound > 0.0) {
                    return fail(
                        &tier_path.key("up-to"),
                        "`up-to` must be a finite number > 0 (for example 6_000_000_000)",
                    );
                }
                if let Some(floor) = previous.filter(|&floor| bound <= floor) {
                    return fail(
                        &tier_path.key("up-to"),
                        format!(
                            "tiers must be listed in ascending order: `up-to` must be greater \
                             than the previous tier's {floor}"
                        ),
                    );
                }
                previous = Some(bound);
            }
            (None, true) => {}
        }
        provenance(&tier_path, &tier.source, &tier.as_of)?;
    }
    Ok(())
}

fn task_sizes(path: &KeyPath, table: &TaskSizeTable) -> Check {
    provenance(path, &table.source, &table.as_of)?;
    let sizes = path.key("sizes");
    if table.sizes.is_empty() {
        return fail(
            &sizes,
            "at least one task size is required (for example [{ vcpu = 1, memory-gb = [2, 3, 4] }])",
        );
    }
    let mut previous_vcpu: Option<f64> = None;
    for (index, row) in table.sizes.iter().enumerate() {
        let row_path = sizes.index(index);
        let vcpu = row.vcpu;
        if !(vcpu.is_finite() && vcpu > 0.0) {
            return fail(
                &row_path.key("vcpu"),
                "a vCPU count must be a finite number > 0 (for example 0.25)",
            );
        }
        if let Some(before) = previous_vcpu.filter(|&before| vcpu <= before) {
            return fail(
                &row_path.key("vcpu"),
                format!(
                    "task sizes must be listed by ascending vCPU: this row must have more than \
                     the previous row's {before} vCPU"
                ),
            );
        }
        previous_vcpu = Some(vcpu);
        let memory_path = row_path.key("memory-gb");
        if row.memory_gb.is_empty() {
            return fail(
                &memory_path,
                "each vCPU needs at least one memory size in GB (for example memory-gb = [2, 3, 4])",
            );
        }
        let (low, high) = (vcpu * MIN_GB_PER_VCPU, vcpu * MAX_GB_PER_VCPU);
        let mut previous_memory: Option<f64> = None;
        for (position, &memory) in row.memory_gb.iter().enumerate() {
            let memory_item = memory_path.index(position);
            if !(memory.is_finite() && (low..=high).contains(&memory)) {
                return fail(
                    &memory_item,
                    format!(
                        "Fargate pairs {vcpu} vCPU with {low} to {high} GB of memory (2x to 8x \
                         the vCPU count)"
                    ),
                );
            }
            if let Some(before) = previous_memory.filter(|&before| memory <= before) {
                return fail(
                    &memory_item,
                    format!(
                        "memory sizes must be listed in ascending order: this one must be more \
                         than the previous {before} GB"
                    ),
                );
            }
            previous_memory = Some(memory);
        }
    }
    Ok(())
}

/// `source` and `as-of`, which every figure carries.
fn provenance(path: &KeyPath, source: &str, as_of: &str) -> Check {
    if source.trim().is_empty() {
        return fail(
            &path.key("source"),
            "a source must say where the figure came from (for example \
             \"https://aws.amazon.com/lambda/pricing/\")",
        );
    }
    date(&path.key("as-of"), as_of)
}

fn date(path: &KeyPath, text: &str) -> Check {
    if is_date(text) {
        Ok(())
    } else {
        fail(path, "a date must read YYYY-MM-DD (for example \"2026-11-26\")")
    }
}

/// `YYYY-MM-DD` with a month 01..=12 and a day 01..=31.
fn is_date(text: &str) -> bool {
    let parts: Vec<&str> = text.split('-').collect();
    let [year, month, day] = parts.as_slice() else {
        return false;
    };
    let number = |part: &str, digits: usize| {
        (part.len() == digits && part.bytes().all(|byte| byte.is_ascii_digit()))
            .then(|| part.parse::<u32>().ok())
            .flatten()
    };
    matches!(
        (number(year, 4), number(month, 2), number(day, 2)),
        (Some(_), Some(1..=12), Some(1..=31))
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_must_be_iso() {
        assert!(is_date("2026-11-26"));
        for bad in ["2026-13-01", "2026-1-01", "26-11-26", "2026-11-32", "yesterday", ""] {
            assert!(!is_date(bad), "{bad}");
        }
    }

    #[test]
    fn region_codes_are_lowercase_words_and_a_number() {
        for good in ["us-east-1", "ap-southeast-2", "eu-central-1"] {
            assert!(is_region_code(good), "{good}");
        }
        for bad in ["US-EAST-1", "us-east", "useast1", "us--1", "us-east-1a", ""] {
            assert!(!is_region_code(bad), "{bad}");
        }
    }
}

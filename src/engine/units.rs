//! Human units in and out: the parsers every surface shares (CLI flags, the explorer's value
//! editor, tests) and the formatters the screen and the export print.
//!
//! Parsers accept decimals everywhere and say what they expected with an example.

use thiserror::Error;

/// Seconds in the billing month: 730 hours, as the AWS Pricing Calculator uses.
pub const SECONDS_PER_MONTH: f64 = 730.0 * 3600.0;
/// Hours in the billing month.
pub const HOURS_PER_MONTH: f64 = 730.0;

/// A value that could not be read.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
#[error("{value:?} is not {expected} (for example {example})")]
pub struct ParseError {
    pub value: String,
    pub expected: &'static str,
    pub example: &'static str,
}

fn error(value: &str, expected: &'static str, example: &'static str) -> ParseError {
    ParseError { value: value.to_string(), expected, example }
}

/// `number × scale` when that is finite: a number that reads but overflows in its unit
/// (`1e308` written out, in GB) is refused like any other bad value.
fn scaled(
    number: f64,
    scale: f64,
    text: &str,
    expected: &'static str,
    example: &'static str,
) -> Result<f64, ParseError> {
    let value = number * scale;
    if value.is_finite() { Ok(value) } else { Err(error(text, expected, example)) }
}

/// Splits "120ms" into (120.0, "ms"); the number must be finite and non-negative.
fn split_number(text: &str) -> Option<(f64, &str)> {
    let text = text.trim();
    let end = text
        .char_indices()
        .find(|&(_, c)| !(c.is_ascii_digit() || c == '.' || c == '_' || c == ','))
        .map_or(text.len(), |(index, _)| index);
    if !commas_group_thousands(&text[..end]) {
        return None;
    }
    let digits: String = text[..end].chars().filter(|c| *c != '_' && *c != ',').collect();
    if digits.is_empty() {
        return None;
    }
    let number: f64 = digits.parse().ok()?;
    number.is_finite().then_some((number, text[end..].trim()))
}

/// Commas may only group thousands (`2,000`, `1,536.5`): every group after the first has
/// three digits and none follows the decimal point, so a decimal comma (`1,5`) is refused
/// instead of being read as 15.
fn commas_group_thousands(number: &str) -> bool {
    if !number.contains(',') {
        return true;
    }
    let (whole, fraction) = number.split_once('.').unwrap_or((number, ""));
    let digits = |group: &str| group.chars().filter(char::is_ascii_digit).count();
    let mut groups = whole.split(',');
    let first = groups.next().map_or(0, digits);
    !fraction.contains(',') && (1..=3).contains(&first) && groups.all(|group| digits(group) == 3)
}

/// Reads a duration: `120ms`, `0.25s`, `2s`, `15min`, `1h`, `1d`. Returns seconds.
pub fn parse_duration(text: &str) -> Result<f64, ParseError> {
    const EXPECTED: &str = "a duration with a unit (ms, s, min, h, d)";
    const EXAMPLE: &str = "120ms, 2s, 15min, 1h";
    let (number, unit) = split_number(text).ok_or_else(|| error(text, EXPECTED, EXAMPLE))?;
    let scale = match unit.to_ascii_lowercase().as_str() {
        "ms" => 0.001,
        "s" | "sec" | "secs" | "second" | "seconds" => 1.0,
        "m" | "min" | "mins" | "minute" | "minutes" => 60.0,
        "h" | "hr" | "hrs" | "hour" | "hours" => 3600.0,
        "d" | "day" | "days" => 86_400.0,
        _ => return Err(error(text, EXPECTED, EXAMPLE)),
    };
    scaled(number, scale, text, EXPECTED, EXAMPLE)
}

/// Reads an invocation rate: `50/s`, `1000/min`, `100/h`, `10/day`, `3000000/month`,
/// `3M/month`, `2.5/s`. Returns invocations per second.
pub fn parse_rate(text: &str) -> Result<f64, ParseError> {
    const EXPECTED: &str = "a rate such as N/s, N/min, N/h, N/day or N/month";
    const EXAMPLE: &str = "50/s, 1000/min, 10/day, 3M/month";
    let bad = || error(text, EXPECTED, EXAMPLE);
    let (count, per) = text.split_once('/').ok_or_else(bad)?;
    let count = parse_count(count).map_err(|_| bad())?;
    let seconds = match per.trim().to_ascii_lowercase().as_str() {
        "s" | "sec" | "second" => 1.0,
        "min" | "minute" | "m" => 60.0,
        "h" | "hr" | "hour" => 3600.0,
        "d" | "day" => 86_400.0,
        "mo" | "month" => SECONDS_PER_MONTH,
        _ => return Err(bad()),
    };
    Ok(count / seconds)
}

/// Reads a count with an optional SI suffix: `3000000`, `3M`, `20B`, `1.5k`.
pub fn parse_count(text: &str) -> Result<f64, ParseError> {
    const EXPECTED: &str = "a number, optionally with k, M or B";
    const EXAMPLE: &str = "3000000, 3M, 20B";
    let (number, suffix) = split_number(text).ok_or_else(|| error(text, EXPECTED, EXAMPLE))?;
    let scale = match suffix {
        "" => 1.0,
        "k" | "K" => 1e3,
        "M" | "m" => 1e6,
        "B" | "b" | "G" => 1e9,
        _ => return Err(error(text, EXPECTED, EXAMPLE)),
    };
    scaled(number, scale, text, EXPECTED, EXAMPLE)
}

/// Reads a memory size: `1024` (MB), `1024MB`, `1.5GB`, `1.5G`. Returns MB (1 GB = 1024 MB).
pub fn parse_memory_mb(text: &str) -> Result<f64, ParseError> {
    const EXPECTED: &str = "a memory size in MB or GB";
    const EXAMPLE: &str = "1024, 1536MB, 1.5GB";
    let (number, unit) = split_number(text).ok_or_else(|| error(text, EXPECTED, EXAMPLE))?;
    let scale = match unit.to_ascii_lowercase().as_str() {
        "" | "mb" | "m" | "mib" => 1.0,
        "gb" | "g" | "gib" => 1024.0,
        _ => return Err(error(text, EXPECTED, EXAMPLE)),
    };
    scaled(number, scale, text, EXPECTED, EXAMPLE)
}

/// Reads a size in GB: `30`, `30GB`, `512MB`. Returns GB.
pub fn parse_gb(text: &str) -> Result<f64, ParseError> {
    const EXPECTED: &str = "a size in GB (or MB with the unit)";
    const EXAMPLE: &str = "30, 30GB, 512MB";
    let (number, unit) = split_number(text).ok_or_else(|| error(text, EXPECTED, EXAMPLE))?;
    match unit.to_ascii_lowercase().as_str() {
        "" | "gb" | "g" | "gib" => Ok(number),
        "mb" | "m" | "mib" => Ok(number / 1024.0),
        _ => Err(error(text, EXPECTED, EXAMPLE)),
    }
}

/// Reads a data size in KB: `10`, `10KB`, `1.5MB` (1 MB = 1,000 KB, as AWS meters data).
pub fn parse_kb(text: &str) -> Result<f64, ParseError> {
    const EXPECTED: &str = "a size in KB (or MB with the unit)";
    const EXAMPLE: &str = "10, 10KB, 1.5MB";
    let (number, unit) = split_number(text).ok_or_else(|| error(text, EXPECTED, EXAMPLE))?;
    match unit.to_ascii_lowercase().as_str() {
        "" | "kb" | "k" => Ok(number),
        "mb" | "m" => Ok(number * 1000.0),
        _ => Err(error(text, EXPECTED, EXAMPLE)),
    }
}

/// Reads a percentage: `70`, `70%`, `2.5%`. Returns a fraction (0.70).
pub fn parse_percent(text: &str) -> Result<f64, ParseError> {
    const EXPECTED: &str = "a percentage";
    const EXAMPLE: &str = "70, 70%, 2.5%";
    let (number, unit) = split_number(text).ok_or_else(|| error(text, EXPECTED, EXAMPLE))?;
    match unit {
        "" | "%" => Ok(number / 100.0),
        _ => Err(error(text, EXPECTED, EXAMPLE)),
    }
}

/// Reads an amount of US dollars a month: `50`, `$50`, `$1,000`, `50 USD`, `$50/month`.
pub fn parse_usd(text: &str) -> Result<f64, ParseError> {
    const EXPECTED: &str = "an amount in US dollars a month";
    const EXAMPLE: &str = "50, $50, $1,000";
    let trimmed = text.trim();
    let amount = trimmed.strip_prefix('$').unwrap_or(trimmed);
    let (number, unit) = split_number(amount).ok_or_else(|| error(text, EXPECTED, EXAMPLE))?;
    match unit.trim().to_ascii_lowercase().as_str() {
        "" | "usd" | "/month" | "/mo" | "usd/month" => Ok(number),
        _ => Err(error(text, EXPECTED, EXAMPLE)),
    }
}

/// Reads a plain non-negative number: `8`, `0.25`.
pub fn parse_number(text: &str) -> Result<f64, ParseError> {
    match split_number(text) {
        Some((number, "")) => Ok(number),
        _ => Err(error(text, "a number", "8, 0.25")),
    }
}

/// Reads a whole non-negative number: `0`, `2`, `10`.
pub fn parse_whole(text: &str) -> Result<f64, ParseError> {
    match split_number(text) {
        Some((number, "")) if number.fract() == 0.0 => Ok(number),
        _ => Err(error(text, "a whole number", "0, 2, 10")),
    }
}

/// Formats a number with at most `digits` significant digits and no trailing zeros: 1.5, 120, 0.25.
///
/// Every keystroke words a whole report, so this avoids the standard library's exact float
/// formatting (its slow path dominated `evaluate()`): the value is rounded in integer units of the
/// last shown decimal and printed as integers.
pub fn significant(value: f64, digits: i32) -> String {
    if value == 0.0 || !value.is_finite() {
        return "0".to_string();
    }
    let magnitude = value.abs().log10().floor() as i32;
    let decimals = (digits - 1 - magnitude).clamp(0, 15);
    let scaled = (value.abs() * 10f64.powi(decimals)).round();
    // Past 2^53 integer rounding is no longer exact: leave those to the exact formatter.
    if scaled >= 9.0e15 {
        let decimals = decimals as usize;
        let text = format!("{value:.decimals$}");
        return if text.contains('.') {
            text.trim_end_matches('0').trim_end_matches('.').to_string()
        } else {
            text
        };
    }
    let scaled = scaled as u64;
    if scaled == 0 {
        return "0".to_string();
    }
    let unit = 10u64.pow(decimals as u32);
    let mut text = String::with_capacity(12);
    if value < 0.0 {
        text.push('-');
    }
    text.push_str(&(scaled / unit).to_string());
    let fraction = scaled % unit;
    if fraction > 0 {
        let digits = format!("{fraction:0width$}", width = decimals as usize);
        text.push('.');
        text.push_str(digits.trim_end_matches('0'));
    }
    text
}

/// A number as shown with its noun: "1 task", "3 tasks", "0.5 requests" (singular only for one).
pub fn counted(shown: &str, singular: &str, plural: &str) -> String {
    format!("{shown} {}", if shown == "1" { singular } else { plural })
}

/// "120 ms", "2.5 s", "15 min", "2 h", "24 h", "2.5 d" (hours up to two days: a day-long run
/// reads as "24 h").
pub fn format_duration(seconds: f64) -> String {
    if seconds < 1.0 {
        format!("{} ms", significant(seconds * 1000.0, 3))
    } else if seconds < 60.0 {
        format!("{} s", significant(seconds, 3))
    } else if seconds < 3600.0 {
        format!("{} min", significant(seconds / 60.0, 3))
    } else if seconds < 2.0 * 86_400.0 {
        format!("{} h", significant(seconds / 3600.0, 3))
    } else {
        format!("{} d", significant(seconds / 86_400.0, 3))
    }
}

/// "512 MB", "1.5 GB", "120 GB": whole MB below a GB, as Lambda configures memory.
pub fn format_memory_mb(mb: f64) -> String {
    if mb.round() < 1024.0 {
        format!("{} MB", significant(mb.round(), 4))
    } else {
        format!("{} GB", significant(mb / 1024.0, 3))
    }
}

/// "3.2M", "12k", "950", "1.4B": a count for a label.
pub fn format_count(count: f64) -> String {
    // The suffix from the count as shown, so that 999.96M reads "1B", not "1000M".
    let shown = crate::engine::scenario::round_significant(count, 2);
    if shown >= 1e9 {
        format!("{}B", significant(count / 1e9, 2))
    } else if shown >= 1e6 {
        format!("{}M", significant(count / 1e6, 2))
    } else if shown >= 1e3 {
        format!("{}k", significant(count / 1e3, 2))
    } else {
        significant(count, 2)
    }
}

/// A rate in the unit that reads best: "50/s", "12/min", "3/h", "1/day".
pub fn format_rate(per_second: f64) -> String {
    if per_second >= 1.0 {
        format!("{}/s", format_count(per_second))
    } else if per_second * 60.0 >= 1.0 {
        format!("{}/min", significant(per_second * 60.0, 2))
    } else if per_second * 3600.0 >= 1.0 {
        format!("{}/h", significant(per_second * 3600.0, 2))
    } else {
        format!("{}/day", significant(per_second * 86_400.0, 2))
    }
}

/// A rate with its monthly volume: "50/s · 131M/month".
pub fn format_rate_with_month(per_second: f64) -> String {
    format!("{} · {}/month", format_rate(per_second), format_count(per_second * SECONDS_PER_MONTH))
}

/// "70%", "2.5%".
pub fn format_percent(fraction: f64) -> String {
    format!("{}%", significant(fraction * 100.0, 3))
}

/// "$50", "$1,250", "$12.50": dollars, with cents only when there are some.
pub fn format_usd_rounded(usd: f64) -> String {
    let text = crate::engine::cost::format_usd(usd);
    text.strip_suffix(".00").map_or(text.clone(), ToString::to_string)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_round_before_they_pick_a_suffix() {
        assert_eq!(format_count(999_999_999.0), "1B");
        assert_eq!(format_count(999_600.0), "1M");
        assert_eq!(format_count(43_800.0), "44k");
        assert_eq!(format_count(950.0), "950");
    }

    #[test]
    fn dollars_read_with_or_without_the_sign() {
        for (text, usd) in [("50", 50.0), ("$50", 50.0), ("$1,000", 1000.0), ("50 USD", 50.0)] {
            assert_eq!(parse_usd(text), Ok(usd), "{text}");
        }
        assert!(parse_usd("50€").is_err());
        assert!(parse_usd("-5").is_err());
        assert_eq!(format_usd_rounded(50.0), "$50");
        assert_eq!(format_usd_rounded(1250.0), "$1,250");
        assert_eq!(format_usd_rounded(12.5), "$12.50");
    }

    #[test]
    fn durations_read_every_unit() {
        for (text, seconds) in [
            ("120ms", 0.12),
            ("0.25s", 0.25),
            ("2s", 2.0),
            ("15min", 900.0),
            ("1h", 3600.0),
            ("1.5 h", 5400.0),
            ("1d", 86_400.0),
        ] {
            assert!((parse_duration(text).expect(text) - seconds).abs() < 1e-12, "{text}");
        }
        assert!(parse_duration("120").is_err());
        assert!(parse_duration("fast").is_err());
        assert!(parse_duration("-1s").is_err());
        assert!(parse_duration("NaNs").is_err());
    }

    #[test]
    fn rates_read_every_period() {
        for (text, per_second) in [
            ("50/s", 50.0),
            ("2.5/s", 2.5),
            ("1000/min", 1000.0 / 60.0),
            ("100/h", 100.0 / 3600.0),
            ("10/day", 10.0 / 86_400.0),
            ("3000000/month", 3e6 / SECONDS_PER_MONTH),
            ("3M/month", 3e6 / SECONDS_PER_MONTH),
        ] {
            let got = parse_rate(text).expect(text);
            assert!((got - per_second).abs() < 1e-12 * per_second.max(1.0), "{text}");
        }
        assert!(parse_rate("50").is_err());
        assert!(parse_rate("50/fortnight").is_err());
    }

    #[test]
    fn counts_memory_and_percent() {
        assert!((parse_count("20B").expect("20B") - 2e10).abs() < 1.0);
        assert!((parse_count("3M").expect("3M") - 3e6).abs() < 1e-6);
        assert!((parse_memory_mb("1.5GB").expect("1.5GB") - 1536.0).abs() < 1e-9);
        assert!((parse_memory_mb("1024").expect("1024") - 1024.0).abs() < 1e-9);
        assert!((parse_percent("70%").expect("70%") - 0.7).abs() < 1e-12);
        assert!(parse_percent("70 apples").is_err());
    }

    #[test]
    fn commas_group_thousands_and_are_never_a_decimal_point() {
        assert!((parse_count("2,000,000").expect("2,000,000") - 2e6).abs() < 1e-6);
        assert!((parse_memory_mb("1,536MB").expect("1,536MB") - 1536.0).abs() < 1e-9);
        assert!((parse_number("1,024.5").expect("1,024.5") - 1024.5).abs() < 1e-9);
        assert!((parse_rate("2,000/day").expect("2,000/day") - 2000.0 / 86_400.0).abs() < 1e-12);
        // A decimal comma used to read as a bigger number: 1,5GB as 15 GB, 1,5s as 15 s.
        for text in
            ["1,5GB", "1,5s", "1,5/s", "0,25", "12,34", "1,0000", ",500", "1,000,00", "1.000,5"]
        {
            assert!(split_number(text).is_none(), "{text}");
        }
    }

    #[test]
    fn a_number_that_overflows_in_its_unit_is_refused() {
        // 308 nines read as a finite f64 (about 1e308); times 1e9, 1024 or 86,400 they do not.
        let huge = "9".repeat(308);
        assert!(split_number(&huge).is_some());
        assert!(parse_count(&format!("{huge}B")).is_err());
        assert!(parse_memory_mb(&format!("{huge}GB")).is_err());
        assert!(parse_duration(&format!("{huge}d")).is_err());
        assert!(parse_rate(&format!("{huge}B/s")).is_err());
        assert!(parse_number(&"9".repeat(400)).is_err());
    }

    #[test]
    fn significant_digits_round_like_the_exact_formatter() {
        for (value, digits, text) in [
            (120.0, 3, "120"),
            (1.5, 3, "1.5"),
            (0.25, 2, "0.25"),
            (131.4, 2, "131"),
            (0.000_123_4, 3, "0.000123"),
            (-2.5, 3, "-2.5"),
            (9.996, 3, "10"),
            (99.96, 3, "100"),
            (0.004, 1, "0.004"),
            (0.000_000_4, 1, "0.0000004"),
            (1.0e20, 3, "100000000000000000000"),
            (f64::NAN, 3, "0"),
        ] {
            assert_eq!(significant(value, digits), text, "{value} to {digits} digits");
        }
        // Away from exact ties the fast path agrees with the standard library's exact rounding.
        let mut value = 0.000_37_f64;
        while value < 5.0e9 {
            let magnitude = value.log10().floor() as i32;
            let decimals = (2 - magnitude).max(0) as usize;
            let exact = format!("{value:.decimals$}");
            let exact = if exact.contains('.') {
                exact.trim_end_matches('0').trim_end_matches('.').to_string()
            } else {
                exact
            };
            assert_eq!(significant(value, 3), exact, "{value}");
            value *= 1.37;
        }
    }

    #[test]
    fn formats_read_as_people_write() {
        assert_eq!(format_duration(0.12), "120 ms");
        assert_eq!(format_duration(2.5), "2.5 s");
        assert_eq!(format_duration(900.0), "15 min");
        assert_eq!(format_memory_mb(1536.0), "1.5 GB");
        assert_eq!(format_memory_mb(128.0), "128 MB");
        assert_eq!(format_memory_mb(442.2), "442 MB");
        assert_eq!(format_duration(86_400.0), "24 h");
        assert_eq!(format_duration(3.0 * 86_400.0), "3 d");
        assert_eq!(format_rate_with_month(50.0), "50/s · 131M/month");
        assert_eq!(format_rate(10.0 / 86_400.0), "10/day");
        assert_eq!(format_percent(0.7), "70%");
    }
}

//! The generation time of a document: a whole second in UTC, read from `--now` (RFC 3339), from
//! `SOURCE_DATE_EPOCH`, or from the clock, and written back as RFC 3339 or as the compact stamp of
//! a snapshot's file name.
//!
//! Civil dates are converted by hand (Howard Hinnant's days-from-civil algorithms) so the binary
//! needs no date crate for one timestamp.

use std::fmt;
use std::time::{SystemTime, UNIX_EPOCH};

use thiserror::Error;

const SECONDS_PER_DAY: i64 = 86_400;

/// A moment, in whole seconds since the Unix epoch, always shown in UTC.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Timestamp(i64);

/// A time that could not be read.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum TimeError {
    #[error(
        "{0:?} is not an RFC 3339 time (for example 2026-11-26T09:30:00Z or 2026-11-26T10:30:00+01:00)"
    )]
    Rfc3339(String),
    #[error(
        "SOURCE_DATE_EPOCH={0:?} is not a whole number of seconds since 1970-01-01 (for example 1764149400)"
    )]
    Epoch(String),
    #[error("{0} lies outside the years 0000 to 9999")]
    OutOfRange(i64),
}

/// The earliest and latest seconds that print as four-digit years.
const MIN_SECONDS: i64 = -62_167_219_200; // 0000-01-01T00:00:00Z
const MAX_SECONDS: i64 = 253_402_300_799; // 9999-12-31T23:59:59Z

impl Timestamp {
    /// The moment `seconds` after 1970-01-01T00:00:00Z (years 0000 to 9999).
    pub fn from_unix(seconds: i64) -> Result<Self, TimeError> {
        if (MIN_SECONDS..=MAX_SECONDS).contains(&seconds) {
            Ok(Self(seconds))
        } else {
            Err(TimeError::OutOfRange(seconds))
        }
    }

    /// Seconds since the Unix epoch.
    pub fn unix(self) -> i64 {
        self.0
    }

    /// The clock, to the second. Only the edges call this.
    pub fn now() -> Self {
        let seconds = match SystemTime::now().duration_since(UNIX_EPOCH) {
            Ok(since) => i64::try_from(since.as_secs()).unwrap_or(MAX_SECONDS),
            Err(before) => -i64::try_from(before.duration().as_secs()).unwrap_or(-MIN_SECONDS),
        };
        Self(seconds.clamp(MIN_SECONDS, MAX_SECONDS))
    }

    /// Reads `SOURCE_DATE_EPOCH`'s value (whole seconds, as reproducible builds define it).
    pub fn from_source_date_epoch(value: &str) -> Result<Self, TimeError> {
        let seconds: i64 = value.trim().parse().map_err(|_| TimeError::Epoch(value.to_string()))?;
        Self::from_unix(seconds)
    }

    /// Reads an RFC 3339 time: `2026-11-26T09:30:00Z`, `2026-11-26 09:30:00+01:00`,
    /// `2026-11-26T09:30:00.25z`. Fractions of a second are dropped (the document shows seconds).
    pub fn parse_rfc3339(text: &str) -> Result<Self, TimeError> {
        parse(text.trim()).ok_or_else(|| TimeError::Rfc3339(text.to_string()))
    }

    /// The UTC civil time: (year, month, day, hour, minute, second).
    fn civil(self) -> (i64, u32, u32, u32, u32, u32) {
        let days = self.0.div_euclid(SECONDS_PER_DAY);
        let second_of_day = self.0.rem_euclid(SECONDS_PER_DAY);
        let (year, month, day) = civil_from_days(days);
        let hour = (second_of_day / 3600) as u32;
        let minute = (second_of_day % 3600 / 60) as u32;
        let second = (second_of_day % 60) as u32;
        (year, month, day, hour, minute, second)
    }

    /// `20261126-093000`: the stamp in a snapshot's file name (UTC).
    pub fn compact(self) -> String {
        let (year, month, day, hour, minute, second) = self.civil();
        format!("{year:04}{month:02}{day:02}-{hour:02}{minute:02}{second:02}")
    }
}

/// RFC 3339 in UTC: `2026-11-26T09:30:00Z`.
impl fmt::Display for Timestamp {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let (year, month, day, hour, minute, second) = self.civil();
        write!(f, "{year:04}-{month:02}-{day:02}T{hour:02}:{minute:02}:{second:02}Z")
    }
}

/// Reads `digits` ASCII digits at the front of `text`.
fn take_digits(text: &str, digits: usize) -> Option<(i64, &str)> {
    let head = text.get(..digits)?;
    if !head.bytes().all(|byte| byte.is_ascii_digit()) {
        return None;
    }
    Some((head.parse().ok()?, &text[digits..]))
}

/// Expects `separator` at the front of `text`.
fn take(text: &str, separator: char) -> Option<&str> {
    text.strip_prefix(separator)
}

fn parse(text: &str) -> Option<Timestamp> {
    let (year, rest) = take_digits(text, 4)?;
    let (month, rest) = take_digits(take(rest, '-')?, 2)?;
    let (day, rest) = take_digits(take(rest, '-')?, 2)?;
    let rest = rest.strip_prefix(['T', 't', ' '])?;
    let (hour, rest) = take_digits(rest, 2)?;
    let (minute, rest) = take_digits(take(rest, ':')?, 2)?;
    let (second, mut rest) = take_digits(take(rest, ':')?, 2)?;
    if let Some(fraction) = rest.strip_prefix('.') {
        let digits = fraction.bytes().take_while(u8::is_ascii_digit).count();
        if digits == 0 {
            return None;
        }
        rest = &fraction[digits..];
    }
    let offset = match rest {
        "Z" | "z" => 0,
        _ => {
            let sign = match rest.chars().next()? {
                '+' => 1,
                '-' => -1,
                _ => return None,
            };
            let (offset_hours, tail) = take_digits(&rest[1..], 2)?;
            let (offset_minutes, tail) = take_digits(take(tail, ':')?, 2)?;
            if !tail.is_empty() || offset_hours > 23 || offset_minutes > 59 {
                return None;
            }
            sign * (offset_hours * 3600 + offset_minutes * 60)
        }
    };
    // RFC 3339 allows a leap second (:60); it is read as the last second of its minute.
    let valid = (1..=12).contains(&month)
        && day >= 1
        && day <= days_in_month(year, month)
        && hour <= 23
        && minute <= 59
        && second <= 60;
    if !valid {
        return None;
    }
    let days = days_from_civil(year, month as u32, day as u32);
    let local = days * SECONDS_PER_DAY + hour * 3600 + minute * 60 + second.min(59);
    Timestamp::from_unix(local - offset).ok()
}

fn is_leap(year: i64) -> bool {
    year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
}

fn days_in_month(year: i64, month: i64) -> i64 {
    match month {
        2 if is_leap(year) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

/// Days since 1970-01-01 of a proleptic Gregorian date.
fn days_from_civil(year: i64, month: u32, day: u32) -> i64 {
    let year = if month <= 2 { year - 1 } else { year };
    let era = year.div_euclid(400);
    let year_of_era = year - era * 400;
    let month = i64::from(month);
    let day_of_year = (153 * (month + if month > 2 { -3 } else { 9 }) + 2) / 5 + i64::from(day) - 1;
    let day_of_era = year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
    era * 146_097 + day_of_era - 719_468
}

/// The proleptic Gregorian date of a day count since 1970-01-01.
fn civil_from_days(days: i64) -> (i64, u32, u32) {
    let days = days + 719_468;
    let era = days.div_euclid(146_097);
    let day_of_era = days - era * 146_097;
    let year_of_era =
        (day_of_era - day_of_era / 1460 + day_of_era / 36_524 - day_of_era / 146_096) / 365;
    let day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
    let shifted_month = (5 * day_of_year + 2) / 153;
    let day = (day_of_year - (153 * shifted_month + 2) / 5 + 1) as u32;
    let month = if shifted_month < 10 { shifted_month + 3 } else { shifted_month - 9 } as u32;
    let year = year_of_era + era * 400 + i64::from(month <= 2);
    (year, month, day)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_and_writes_rfc3339() {
        let time = Timestamp::parse_rfc3339("2026-11-26T09:30:00Z").expect("valid");
        assert_eq!(time.unix(), 1_795_685_400);
        assert_eq!(time.to_string(), "2026-11-26T09:30:00Z");
        assert_eq!(time.compact(), "20261126-093000");
        let offset = Timestamp::parse_rfc3339("2026-11-26T10:30:00.75+01:00").expect("valid");
        assert_eq!(offset, time);
        let negative = Timestamp::parse_rfc3339("2026-11-25 23:30:00-10:00").expect("valid");
        assert_eq!(negative, time);
    }

    #[test]
    fn rejects_what_is_not_rfc3339() {
        for text in [
            "",
            "2026-11-26",
            "2026-11-26T09:30Z",
            "2026-13-01T00:00:00Z",
            "2026-02-29T00:00:00Z",
            "2026-11-26T24:00:00Z",
            "2026-11-26T09:30:00",
            "2026-11-26T09:30:00+1:00",
            "2026-11-26T09:30:00.Z",
            "tomorrow",
        ] {
            assert!(Timestamp::parse_rfc3339(text).is_err(), "{text:?}");
        }
        assert!(Timestamp::parse_rfc3339("2024-02-29T00:00:00Z").is_ok());
    }

    #[test]
    fn civil_dates_round_trip_over_centuries() {
        for days in (-800_000..800_000).step_by(997) {
            let (year, month, day) = civil_from_days(days);
            assert_eq!(days_from_civil(year, month, day), days);
        }
        assert_eq!(civil_from_days(0), (1970, 1, 1));
        assert_eq!(civil_from_days(11_016), (2000, 2, 29));
    }

    #[test]
    fn source_date_epoch_and_bounds() {
        let time = Timestamp::from_source_date_epoch("0").expect("epoch");
        assert_eq!(time.to_string(), "1970-01-01T00:00:00Z");
        assert!(Timestamp::from_source_date_epoch("soon").is_err());
        assert!(Timestamp::from_unix(MAX_SECONDS + 1).is_err());
        assert_eq!(
            Timestamp::from_unix(MAX_SECONDS).expect("max").to_string(),
            "9999-12-31T23:59:59Z"
        );
    }
}

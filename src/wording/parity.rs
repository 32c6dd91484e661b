//! Where the bills are within 10% of each other, in words: "within 10% from 30/min to 2/s", and
//! the crossings that lie outside those ranges.

use std::fmt::Write as _;

use crate::engine::report::{Crossing, ParityBand};
use crate::engine::units::format_rate;

/// One band: "within 10% from 30/min to 2/s".
pub fn band(band: &ParityBand) -> String {
    format!("within 10% from {} to {}", format_rate(band.from_per_s), format_rate(band.to_per_s))
}

/// Every band in one phrase: "within 10% from 30/min to 2/s and from 50/s to 10k/s"; `None`
/// when there is none.
pub fn bands(bands: &[ParityBand]) -> Option<String> {
    let (first, rest) = bands.split_first()?;
    let mut text = band(first);
    for band in rest {
        let _ = write!(
            text,
            " and from {} to {}",
            format_rate(band.from_per_s),
            format_rate(band.to_per_s)
        );
    }
    Some(text)
}

/// The chart legend's entry: "within 10% 2/s–2.2k/s" for one band, "within 10%" for more.
pub fn legend(bands: &[ParityBand]) -> Option<String> {
    match bands {
        [] => None,
        [band] => Some(format!(
            "within 10% {}–{}",
            format_rate(band.from_per_s),
            format_rate(band.to_per_s)
        )),
        _ => Some("within 10%".to_string()),
    }
}

/// The chart's label of the headline break-even: "break-even 3.4/s".
pub fn break_even_label(rate_per_s: f64) -> String {
    format!("break-even {}", format_rate(rate_per_s))
}

/// The chart's label of a crossing that is no break-even (one platform does not stay cheaper
/// above it): "crosses 53/min".
pub fn crossing_label(rate_per_s: f64) -> String {
    format!("crosses {}", format_rate(rate_per_s))
}

/// The crossings outside every band, which the bands do not already say.
pub fn outside<'c>(crossings: &'c [Crossing], bands: &[ParityBand]) -> Vec<&'c Crossing> {
    crossings
        .iter()
        .filter(|crossing| !bands.iter().any(|band| band.contains(crossing.rate_per_s)))
        .collect()
}

/// The line under the break-even that lists where the curves cross: "the curves cross at 1/h and
/// 3/h, and 38 times within 10% from 30/min to 2/s"; `None` for a single crossing (the
/// break-even says it) or none.
pub fn crossings(crossings: &[Crossing], parity: &[ParityBand], truncated: bool) -> Option<String> {
    if crossings.len() < 2 {
        return None;
    }
    let outside = outside(crossings, parity);
    let inside = crossings.len() - outside.len();
    // Two crossings a step apart can round to one figure: say it once, with how often.
    let mut listed: Vec<(String, usize)> = Vec::new();
    for crossing in &outside {
        let text = format_rate(crossing.rate_per_s);
        match listed.last_mut() {
            Some((last, count)) if *last == text => *count += 1,
            _ => listed.push((text, 1)),
        }
    }
    let listed: Vec<String> = listed
        .into_iter()
        .map(|(text, count)| if count == 1 { text } else { format!("{text} ({count} times)") })
        .collect();
    // A truncated run lists only its first and last crossings: there are more.
    let more = if truncated { ", and more between" } else { "" };
    let least = if truncated { "at least " } else { "" };
    let times =
        |count: usize| if count == 1 { "once".to_string() } else { format!("{count} times") };
    Some(match (listed.is_empty(), inside) {
        (false, 0) => format!("the curves cross at {}{more}", listed.join(", ")),
        (true, _) => format!("the curves cross {least}{} while they are within 10%", times(inside)),
        (false, _) => format!(
            "the curves cross at {}, and {least}{} while they are within 10%",
            listed.join(", "),
            times(inside)
        ),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::report::Platform;

    fn crossing(rate_per_s: f64) -> Crossing {
        Crossing {
            rate_per_s,
            requests_per_month: rate_per_s * 2_628_000.0,
            cheaper_above: Platform::Fargate,
        }
    }

    #[test]
    fn bands_read_as_ranges_and_hide_their_crossings() {
        let parity = [
            ParityBand { from_per_s: 0.5 / 60.0, to_per_s: 2.0 },
            ParityBand { from_per_s: 50.0, to_per_s: 10_000.0 },
        ];
        assert_eq!(
            bands(&parity).as_deref(),
            Some("within 10% from 30/h to 2/s and from 50/s to 10k/s")
        );
        assert_eq!(bands(&[]), None);
        let many: Vec<Crossing> =
            [1.0 / 3600.0, 0.1, 0.2, 0.3, 1.0].into_iter().map(crossing).collect();
        assert_eq!(
            crossings(&many, &parity, false).as_deref(),
            Some("the curves cross at 1/h, and 4 times while they are within 10%")
        );
        assert_eq!(
            crossings(&many[1..], &parity, true).as_deref(),
            Some("the curves cross at least 4 times while they are within 10%")
        );
        assert_eq!(
            crossings(&many[..2], &[], false).as_deref(),
            Some("the curves cross at 1/h, 6/min")
        );
        assert_eq!(crossings(&many[..1], &parity, false), None);
        // Two crossings a Fargate step apart round to one figure: said once, with the count.
        let close = [crossing(1.70), crossing(1.701), crossing(30.0)];
        assert_eq!(
            crossings(&close, &[], false).as_deref(),
            Some("the curves cross at 1.7/s (2 times), 30/s")
        );
    }
}

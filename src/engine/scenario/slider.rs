//! Slider specs: a numeric input's range, log or linear scale, fine and coarse steps and human
//! unit, shared by the keyboard, the mouse, the CLI and the tests (the specs themselves live in
//! the input table, [`super::inputs`]).

use crate::engine::units::{self, ParseError};

/// How a slider's track maps to values.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Scale {
    Log,
    Linear,
}

/// How a numeric value is read and written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Unit {
    Seconds,
    MemoryMb,
    RatePerSecond,
    Gb,
    /// Data in KB (1 KB = 1,000 bytes, as AWS meters data).
    Kb,
    Fraction,
    Count,
    /// A whole count (tasks).
    Whole,
    /// A ratio, shown as "1.7×" (peak ÷ average).
    Times,
    /// US dollars a month.
    Usd,
}

impl Unit {
    /// Whether a plain number reads as a value in this unit (sizes, counts, ratios, dollars): a
    /// duration, rate or percentage needs its unit to be unambiguous.
    pub fn reads_plain(self) -> bool {
        !matches!(self, Unit::Seconds | Unit::RatePerSecond | Unit::Fraction)
    }
}

/// Range, scale and steps of one numeric input.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct SliderSpec {
    pub min: f64,
    pub max: f64,
    pub scale: Scale,
    /// Log: the factor of one fine step. Linear: the increment.
    pub fine: f64,
    /// Log: the factor of one coarse step. Linear: the increment.
    pub coarse: f64,
    /// Values snap to multiples of this (1 MB for memory), or 0 for no snapping.
    pub snap: f64,
    pub unit: Unit,
    /// Whether 0 is a value too, below a log track's `min` (no INIT, no scale-in delay): one
    /// step down from `min` reaches it and one step up leaves it.
    pub zero: bool,
}

/// Twelve fine steps per decade: small enough to walk to a break-even, big enough to cross
/// the whole range of a log slider in about a hundred presses.
pub(super) const LOG_FINE: f64 = 1.211_527_658_628_588; // 10^(1/12)

impl SliderSpec {
    /// Where `value` sits on the track, 0..=1 (NaN reads as 0).
    pub fn position(&self, value: f64) -> f64 {
        if self.zero && value <= 0.0 {
            return 0.0;
        }
        let position = match self.scale {
            Scale::Log => (value / self.min).ln() / (self.max / self.min).ln(),
            Scale::Linear => (value - self.min) / (self.max - self.min),
        };
        if position.is_nan() { 0.0 } else { position.clamp(0.0, 1.0) }
    }

    /// The value at a track position 0..=1, snapped and clamped.
    pub fn value_at(&self, position: f64) -> f64 {
        let position = if position.is_nan() { 0.0 } else { position.clamp(0.0, 1.0) };
        if self.zero && position <= 0.0 {
            return 0.0;
        }
        let value = match self.scale {
            Scale::Log => self.min * (self.max / self.min).powf(position),
            Scale::Linear => self.min + (self.max - self.min) * position,
        };
        self.clamp(value)
    }

    /// Snaps to the spec's grid and clamps into the range.
    pub fn clamp(&self, value: f64) -> f64 {
        let value = if value.is_nan() { self.min } else { value };
        if self.zero && value <= 0.0 {
            return 0.0;
        }
        let snapped = if self.snap > 0.0 { (value / self.snap).round() * self.snap } else { value };
        snapped.clamp(self.min, self.max)
    }

    /// `steps` fine or coarse steps from `value` (negative steps go down), clamped. Log steps
    /// land on round numbers (two significant digits) so the values read well.
    pub fn step(&self, value: f64, steps: i32, coarse: bool) -> f64 {
        let size = if coarse { self.coarse } else { self.fine };
        if self.zero {
            if value <= 0.0 {
                return if steps > 0 { self.min } else { 0.0 };
            }
            if steps < 0 && value <= self.min * (1.0 + 1e-9) {
                return 0.0;
            }
        }
        let next = match self.scale {
            Scale::Log => round_significant(value * size.powi(steps), 2),
            Scale::Linear => {
                let raw = value + size * f64::from(steps);
                (raw / self.fine).round() * self.fine
            }
        };
        // Rounding must never leave the value where it was: then take the unrounded step.
        let next = if (next - value).abs() < f64::EPSILON * value.abs().max(1.0) {
            match self.scale {
                Scale::Log => value * size.powi(steps),
                Scale::Linear => value + size * f64::from(steps),
            }
        } else {
            next
        };
        self.clamp(next)
    }

    /// Whether `value` lies inside the range.
    pub fn contains(&self, value: f64) -> bool {
        if self.zero && value == 0.0 {
            return true;
        }
        value.is_finite() && value >= self.min * (1.0 - 1e-9) && value <= self.max * (1.0 + 1e-9)
    }

    /// Formats a value in the spec's human unit.
    pub fn format(&self, value: f64) -> String {
        match self.unit {
            Unit::Seconds => units::format_duration(value),
            Unit::MemoryMb => units::format_memory_mb(value),
            Unit::RatePerSecond => units::format_rate_with_month(value),
            Unit::Gb => format!("{} GB", units::significant(value, 3)),
            Unit::Kb => format!("{} KB", units::significant(value, 3)),
            Unit::Fraction => units::format_percent(value),
            Unit::Count | Unit::Whole => units::significant(value, 3),
            Unit::Times => format!("{}×", units::significant(value, 3)),
            Unit::Usd => units::format_usd_rounded(value),
        }
    }

    /// Formats a value compactly (for ranges and axis labels): the rate without its monthly count.
    pub fn format_short(&self, value: f64) -> String {
        match self.unit {
            Unit::RatePerSecond => units::format_rate(value),
            _ => self.format(value),
        }
    }

    /// Reads a value in the spec's unit.
    pub fn parse(&self, text: &str) -> Result<f64, ParseError> {
        match self.unit {
            Unit::Seconds => units::parse_duration(text),
            Unit::MemoryMb => units::parse_memory_mb(text),
            Unit::RatePerSecond => units::parse_rate(text),
            Unit::Gb => units::parse_gb(text),
            Unit::Kb => units::parse_kb(text),
            Unit::Fraction => units::parse_percent(text),
            Unit::Count => units::parse_number(text),
            Unit::Whole => units::parse_whole(text),
            Unit::Times => {
                units::parse_number(text.trim().trim_end_matches(['x', 'X', '×']).trim_end())
            }
            Unit::Usd => units::parse_usd(text),
        }
    }
}

/// Rounds to `digits` significant digits.
pub fn round_significant(value: f64, digits: i32) -> f64 {
    if value == 0.0 || !value.is_finite() {
        return value;
    }
    let scale = 10f64.powi(digits - 1 - value.abs().log10().floor() as i32);
    (value * scale).round() / scale
}

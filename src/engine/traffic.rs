//! The traffic week (DESIGN.md "The traffic week"): the rate slider is the monthly average, and a
//! shape spreads it over the 168 hours of a week (hour 0 = Monday 00:00): `rate_h = rate * s_h`,
//! where the weights `s_h` average exactly 1.
//!
//! Each shape has a pure form `b_h` (mean 1) whose largest weight is the shape's maximum peak
//! `P_max`. A peak `P` in `[1, P_max]` blends it with flat traffic,
//! `s_h = 1 - alpha + alpha * b_h` with `alpha = (P - 1) / (P_max - 1)`, so `P = 1` is flat
//! traffic whatever the shape, the busiest hour is exactly `P` times the average, and the mean
//! stays 1.
//!
//! The bills only ever ask "how many hours of the week have this weight, after an hour of that
//! weight" (ramps and scale-in follow the hour before), so the week is kept as those classes:
//! 24 for a diurnal day, four for business hours, one for flat traffic.

use std::borrow::Cow;
use std::fmt;
use std::str::FromStr;
use std::sync::OnceLock;

use serde::{Deserialize, Serialize};

/// Hours in a week.
pub const HOURS_PER_WEEK: usize = 168;
/// Weeks in the 730-hour month.
pub const WEEKS_PER_MONTH: f64 = 730.0 / 168.0;

/// How requests spread over the week.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
#[serde(into = "String", try_from = "String")]
pub enum Shape {
    /// A daily wave peaking at 15:00: `1 + cos(2 pi (hour - 15) / 24)`.
    Diurnal,
    /// Weekdays 08:00 to 18:00 only.
    BusinessHours,
    /// 01:00 to 03:00 every day only (a nightly batch).
    Nightly,
    /// 12:00 to 13:00 every day only (a daily spike).
    DailySpike,
    /// 24 hourly weights for a weekday, and a factor for Saturday and Sunday.
    Custom(CustomDay),
}

/// A custom day: 24 hourly weights (any scale; the shape normalises them) and a weekend factor.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct CustomDay {
    pub hours: [f64; 24],
    pub weekend: f64,
}

/// Why a shape's text was not read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ShapeError(pub String);

impl fmt::Display for ShapeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl Shape {
    /// The named shapes, in the order the explorer steps through them.
    pub const NAMED: [Shape; 4] =
        [Shape::Diurnal, Shape::BusinessHours, Shape::Nightly, Shape::DailySpike];

    /// The pure form `b_h` of every hour of the week, mean 1.
    pub fn pure(&self) -> [f64; HOURS_PER_WEEK] {
        let mut week = [0.0; HOURS_PER_WEEK];
        for (hour, weight) in week.iter_mut().enumerate() {
            let (day, hour_of_day) = (hour / 24, hour % 24);
            let weekday = day < 5;
            *weight = match self {
                Shape::Diurnal => {
                    // Hours from 15:00 either way, so that hours equally far from the peak weigh
                    // the same to the bit (13 distinct weights in a day, not 24).
                    let from_peak = (hour_of_day + 24 - 15) % 24;
                    let from_peak = from_peak.min(24 - from_peak);
                    1.0 + (2.0 * std::f64::consts::PI * from_peak as f64 / 24.0).cos()
                }
                Shape::BusinessHours => {
                    if weekday && (8..18).contains(&hour_of_day) {
                        168.0 / 50.0
                    } else {
                        0.0
                    }
                }
                Shape::Nightly => {
                    if (1..3).contains(&hour_of_day) {
                        12.0
                    } else {
                        0.0
                    }
                }
                Shape::DailySpike => {
                    if hour_of_day == 12 {
                        24.0
                    } else {
                        0.0
                    }
                }
                Shape::Custom(day) => {
                    day.hours[hour_of_day] * if weekday { 1.0 } else { day.weekend }
                }
            };
        }
        // Normalise to a mean of exactly 1 (the named forms are there already, up to rounding).
        let mean = week.iter().sum::<f64>() / HOURS_PER_WEEK as f64;
        if mean > 0.0 {
            for weight in &mut week {
                *weight /= mean;
            }
        }
        week
    }

    /// The largest peak ÷ average the shape reaches (its pure form's busiest hour).
    pub fn max_peak(&self) -> f64 {
        self.pure().into_iter().fold(1.0, f64::max)
    }

    /// The peak ÷ average usually seen with this shape (DESIGN.md's table): what the explorer
    /// moves the peak to when the shape changes.
    pub fn usual_peak(&self) -> f64 {
        match self {
            Shape::Diurnal => 1.7,
            Shape::BusinessHours => 3.0,
            Shape::Nightly => 12.0,
            Shape::DailySpike => 6.0,
            Shape::Custom(_) => self.max_peak(),
        }
    }

    /// The shape's name as typed (`custom` for every custom day).
    pub fn name(&self) -> &'static str {
        match self {
            Shape::Diurnal => "diurnal",
            Shape::BusinessHours => "business-hours",
            Shape::Nightly => "nightly",
            Shape::DailySpike => "daily-spike",
            Shape::Custom(_) => "custom",
        }
    }
}

impl fmt::Display for Shape {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Shape::Custom(day) => {
                let hours: Vec<String> =
                    day.hours.iter().map(|weight| super::units::significant(*weight, 6)).collect();
                write!(f, "custom:{}", hours.join(","))?;
                if (day.weekend - 1.0).abs() > f64::EPSILON {
                    write!(f, ",weekend={}", super::units::significant(day.weekend, 6))?;
                }
                Ok(())
            }
            named => f.write_str(named.name()),
        }
    }
}

impl FromStr for Shape {
    type Err = ShapeError;

    fn from_str(text: &str) -> Result<Self, Self::Err> {
        let text = text.trim();
        if let Some(named) = Shape::NAMED.into_iter().find(|shape| shape.name() == text) {
            return Ok(named);
        }
        let Some(list) = text.strip_prefix("custom:") else {
            return Err(ShapeError(format!(
                "{text:?} is not a traffic shape; accepted: diurnal, business-hours, nightly, \
                 daily-spike, or custom:W0,…,W23 (24 hourly weights from Monday 00:00, \
                 optionally ,weekend=F)"
            )));
        };
        let mut hours = Vec::with_capacity(24);
        let mut weekend = 1.0;
        for item in list.split(',').map(str::trim) {
            let (value, is_weekend) = match item.strip_prefix("weekend=") {
                Some(value) => (value, true),
                None => (item, false),
            };
            let number: f64 = value.parse().map_err(|_| {
                ShapeError(format!("{item:?} in {text:?} is not a number (a weight is 0 or more)"))
            })?;
            if !number.is_finite() || number < 0.0 {
                return Err(ShapeError(format!(
                    "{item:?} in {text:?}: a weight is a number, 0 or more"
                )));
            }
            if is_weekend {
                weekend = number;
            } else {
                hours.push(number);
            }
        }
        let hours: [f64; 24] = hours.try_into().map_err(|hours: Vec<f64>| {
            ShapeError(format!(
                "{text:?} has {} hourly weights; a custom day has 24 (00:00 to 23:00)",
                hours.len()
            ))
        })?;
        if hours.iter().all(|&weight| weight == 0.0) {
            return Err(ShapeError(format!("{text:?}: at least one weight must be above 0")));
        }
        Ok(Shape::Custom(CustomDay { hours, weekend }))
    }
}

impl From<Shape> for String {
    fn from(shape: Shape) -> Self {
        shape.to_string()
    }
}

impl TryFrom<String> for Shape {
    type Error = ShapeError;

    fn try_from(text: String) -> Result<Self, Self::Error> {
        text.parse()
    }
}

/// Hours of the week that share a weight and the weight of the hour before them (pure form).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Class {
    /// The pure weight of the hour before.
    pub before: f64,
    /// The pure weight of these hours.
    pub pure: f64,
    /// How many hours of the week are like this.
    pub hours: f64,
    /// Where `before` and `pure` sit in the profile's distinct levels.
    pub before_level: usize,
    pub level: usize,
}

/// The runs of hours in the cyclic week whose pure weight is below the hour before's, as
/// (top, bottom) classes with how often each occurs.
fn drops(pure: &[f64; HOURS_PER_WEEK], level_of: &mut impl FnMut(f64) -> usize) -> Vec<Class> {
    let falls = |hour: usize| pure[hour] < pure[(hour + HOURS_PER_WEEK - 1) % HOURS_PER_WEEK];
    // Start the walk at an hour that does not fall, so that no run wraps around the start.
    let Some(start) = (0..HOURS_PER_WEEK).find(|&hour| !falls(hour)) else {
        return Vec::new();
    };
    let mut drops: Vec<Class> = Vec::new();
    let mut top: Option<usize> = None;
    for step in 1..=HOURS_PER_WEEK {
        let hour = (start + step) % HOURS_PER_WEEK;
        let before = (hour + HOURS_PER_WEEK - 1) % HOURS_PER_WEEK;
        match (falls(hour), top) {
            (true, None) => top = Some(before),
            (false, Some(from)) => {
                let (top_pure, bottom_pure) = (pure[from], pure[before]);
                let (before_level, level) = (level_of(top_pure), level_of(bottom_pure));
                match drops
                    .iter_mut()
                    .find(|drop| drop.before_level == before_level && drop.level == level)
                {
                    Some(drop) => drop.hours += 1.0,
                    None => drops.push(Class {
                        before: top_pure,
                        pure: bottom_pure,
                        hours: 1.0,
                        before_level,
                        level,
                    }),
                }
                top = None;
            }
            _ => {}
        }
    }
    drops
}

/// A shape's week, kept as classes of hours; blended to a peak by [`Profile::week`].
#[derive(Debug, Clone, PartialEq)]
pub struct Profile {
    pure: [f64; HOURS_PER_WEEK],
    classes: Vec<Class>,
    /// The distinct pure weights: what a bill computes once per hour class (tasks at a weight,
    /// the idle gaps of a weight) is computed once per level.
    levels: Vec<f64>,
    /// Hours of the week at each level, in the order of `levels`.
    level_hours: Vec<f64>,
    /// The week's falls, each run of hours that weigh less than the hour before taken whole:
    /// from the level before the run to the level it ends at, with how often that run occurs.
    /// A count that follows the weight drops by the top's count less the bottom's over a run
    /// (the steps between cancel), so a diurnal week has one kind of run, not twelve classes.
    drops: Vec<Class>,
    /// The rises in pure weight, hour on hour, summed over the week.
    rises: f64,
    /// The largest rise into an hour of each level (0 where none rises into it).
    level_rises: Vec<f64>,
    max_peak: f64,
}

impl Profile {
    pub fn new(shape: &Shape) -> Self {
        let pure = shape.pure();
        let mut levels: Vec<f64> = Vec::with_capacity(32);
        // Weights are compared bit for bit: an hour's weight is computed the same way each time.
        let mut level_of = |weight: f64| {
            if let Some(index) = levels.iter().position(|level| level.to_bits() == weight.to_bits())
            {
                index
            } else {
                levels.push(weight);
                levels.len() - 1
            }
        };
        let mut classes: Vec<Class> = Vec::with_capacity(32);
        for hour in 0..HOURS_PER_WEEK {
            let before = pure[(hour + HOURS_PER_WEEK - 1) % HOURS_PER_WEEK];
            let weight = pure[hour];
            let (before_level, level) = (level_of(before), level_of(weight));
            if let Some(class) = classes
                .iter_mut()
                .find(|class| class.before_level == before_level && class.level == level)
            {
                class.hours += 1.0;
            } else {
                classes.push(Class { before, pure: weight, hours: 1.0, before_level, level });
            }
        }
        let drops = drops(&pure, &mut level_of);
        let mut level_hours = vec![0.0; levels.len()];
        for class in &classes {
            level_hours[class.level] += class.hours;
        }
        let rises =
            classes.iter().map(|class| class.hours * (class.pure - class.before).max(0.0)).sum();
        let mut level_rises = vec![0.0_f64; levels.len()];
        for class in &classes {
            let rise = &mut level_rises[class.level];
            *rise = rise.max(class.pure - class.before);
        }
        let max_peak = pure.iter().copied().fold(1.0, f64::max);
        Self { pure, classes, levels, level_hours, drops, rises, level_rises, max_peak }
    }

    /// The largest peak ÷ average this shape reaches.
    pub fn max_peak(&self) -> f64 {
        self.max_peak
    }

    /// The profile of `shape`: the named shapes' are built once per process (every evaluation
    /// asks for one), a custom day's each time.
    pub fn of(shape: &Shape) -> Cow<'static, Profile> {
        static NAMED: OnceLock<Vec<Profile>> = OnceLock::new();
        let named = || NAMED.get_or_init(|| Shape::NAMED.iter().map(Profile::new).collect());
        match Shape::NAMED.iter().position(|named| named == shape) {
            Some(index) => Cow::Borrowed(&named()[index]),
            None => Cow::Owned(Profile::new(shape)),
        }
    }

    /// The week at peak ÷ average `peak` (held to `[1, max_peak]`).
    pub fn week(&self, peak: f64) -> Week<'_> {
        let alpha = if self.max_peak > 1.0 {
            ((peak - 1.0) / (self.max_peak - 1.0)).clamp(0.0, 1.0)
        } else {
            0.0
        };
        Week { profile: self, alpha }
    }
}

/// One shape at one peak: the weights `s_h`.
#[derive(Debug, Clone, Copy)]
pub struct Week<'a> {
    profile: &'a Profile,
    alpha: f64,
}

/// A class of hours at the week's peak: the weight of the hour before, theirs, and how many.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Hours {
    pub before: f64,
    pub weight: f64,
    pub count: f64,
}

impl<'a> Week<'a> {
    fn blend(&self, pure: f64) -> f64 {
        1.0 - self.alpha + self.alpha * pure
    }

    /// The hours of the week, grouped: each group's weight, the weight of the hour before, and
    /// how many hours of the week are like it.
    pub fn hours(&self) -> impl Iterator<Item = Hours> + 'a {
        let (profile, week) = (self.profile, *self);
        profile.classes.iter().map(move |class| Hours {
            before: week.blend(class.before),
            weight: week.blend(class.pure),
            count: class.hours,
        })
    }

    /// The distinct weights of the week's hours (at most 168), in the order
    /// [`Week::classes`] refers to them.
    pub fn levels(&self) -> impl ExactSizeIterator<Item = f64> + 'a {
        let week = *self;
        self.profile.levels.iter().map(move |&pure| week.blend(pure))
    }

    /// The classes of hours, with their levels' indices (see [`Week::levels`]).
    pub fn classes(&self) -> &'a [Class] {
        &self.profile.classes
    }

    /// Hours of the week at each of [`Week::levels`].
    pub fn level_hours(&self) -> &'a [f64] {
        &self.profile.level_hours
    }

    /// The week's runs of falling hours (none on flat traffic, where every weight is 1): from
    /// `before_level` down to `level`, `hours` times a week.
    pub fn drops(&self) -> &'a [Class] {
        if self.alpha > 0.0 { &self.profile.drops } else { &[] }
    }

    /// The rises in weight, hour on hour, summed over the week (a blend scales them all by
    /// its share of the pure form).
    pub fn rises(&self) -> f64 {
        self.alpha * self.profile.rises
    }

    /// The largest rise in weight into an hour of each of [`Week::levels`].
    pub fn level_rises(&self) -> impl ExactSizeIterator<Item = f64> + 'a {
        let alpha = self.alpha;
        self.profile.level_rises.iter().map(move |&rise| alpha * rise)
    }

    /// Hours of the week without requests (only a pure form's idle hours at its full peak).
    pub fn idle_hours(&self) -> f64 {
        self.levels()
            .zip(self.level_hours())
            .filter(|(weight, _)| *weight <= 0.0)
            .map(|(_, h)| h)
            .sum()
    }

    /// The busiest hour's weight: the peak ÷ average in effect.
    pub fn peak(&self) -> f64 {
        self.blend(self.profile.max_peak)
    }

    /// The quietest hour's weight.
    pub fn trough(&self) -> f64 {
        self.levels().fold(f64::INFINITY, f64::min)
    }

    /// Every hour's weight, Monday 00:00 first.
    pub fn weights(&self) -> [f64; HOURS_PER_WEEK] {
        self.profile.pure.map(|pure| self.blend(pure))
    }

    /// Whether some hours of the week have no requests at all.
    pub fn has_idle_hours(&self) -> bool {
        self.levels().any(|weight| weight <= 0.0)
    }
}

/// Levels a week's numbers per level keep on the stack (the named shapes have at most 13).
const SMALL_WEEK: usize = 32;

/// Room for one number per level of a week (tasks, idle gaps), on the stack for the named
/// shapes: the bills fill one at every rate they are asked for.
pub struct PerLevel {
    small: [f64; SMALL_WEEK],
    large: Vec<f64>,
}

impl PerLevel {
    #[inline]
    pub fn new() -> Self {
        Self { small: [0.0; SMALL_WEEK], large: Vec::new() }
    }

    /// A zeroed slot for each of `week`'s levels, in the order of [`Week::levels`].
    #[inline]
    pub fn of(&mut self, week: &Week) -> &mut [f64] {
        let count = week.profile.levels.len();
        if count <= SMALL_WEEK {
            &mut self.small[..count]
        } else {
            self.large.resize(count, 0.0);
            &mut self.large
        }
    }
}

impl Default for PerLevel {
    fn default() -> Self {
        Self::new()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn close(a: f64, b: f64) -> bool {
        (a - b).abs() < 1e-9
    }

    #[test]
    fn every_shape_averages_one_and_peaks_where_asked() {
        let custom: Shape = "custom:0,0,0,0,0,0,1,2,4,4,4,4,3,4,4,4,3,2,1,1,0,0,0,0,weekend=0.25"
            .parse()
            .expect("a custom day");
        for shape in Shape::NAMED.into_iter().chain([custom]) {
            let profile = Profile::new(&shape);
            for peak in [1.0, 1.3, shape.usual_peak(), shape.max_peak()] {
                let week = profile.week(peak);
                let weights = week.weights();
                let mean = weights.iter().sum::<f64>() / 168.0;
                assert!(close(mean, 1.0), "{shape} at {peak}: mean {mean}");
                let busiest = weights.iter().copied().fold(0.0, f64::max);
                assert!(close(busiest, peak.min(shape.max_peak())), "{shape}: {busiest}");
                assert!(close(week.peak(), busiest));
                // The classes hold every hour once.
                let hours: f64 = week.hours().map(|hours| hours.count).sum();
                assert!(close(hours, 168.0));
                let weighted: f64 = week.hours().map(|hours| hours.count * hours.weight).sum();
                assert!(close(weighted, 168.0));
                let rises: f64 = week
                    .hours()
                    .map(|hours| hours.count * (hours.weight - hours.before).max(0.0))
                    .sum();
                assert!(close(week.rises(), rises), "{shape} at {peak}");
                let idle: f64 =
                    week.hours().filter(|hours| hours.weight <= 0.0).map(|hours| hours.count).sum();
                assert!(close(week.idle_hours(), idle), "{shape} at {peak}");
                // Any count that follows the weight drops as much over the runs as hour by hour.
                let count = |weight: f64| (weight * 7.3).ceil();
                let hourly: f64 = week
                    .hours()
                    .map(|hours| hours.count * (count(hours.before) - count(hours.weight)).max(0.0))
                    .sum();
                let levels: Vec<f64> = week.levels().collect();
                let runs: f64 = week
                    .drops()
                    .iter()
                    .map(|drop| {
                        drop.hours * (count(levels[drop.before_level]) - count(levels[drop.level]))
                    })
                    .sum();
                assert!(close(hourly, runs), "{shape} at {peak}: {hourly} vs {runs}");
            }
        }
    }

    #[test]
    fn the_named_shapes_have_their_designed_maxima() {
        assert!(close(Shape::Diurnal.max_peak(), 2.0));
        assert!(close(Shape::BusinessHours.max_peak(), 3.36));
        assert!(close(Shape::Nightly.max_peak(), 12.0));
        assert!(close(Shape::DailySpike.max_peak(), 24.0));
        // Business hours: 0 at 07:00 Monday, 3.36 at 08:00; Saturday noon is idle.
        let pure = Shape::BusinessHours.pure();
        assert!(close(pure[7], 0.0) && close(pure[8], 3.36) && close(pure[5 * 24 + 12], 0.0));
        // Diurnal peaks at 15:00 and bottoms out at 03:00.
        let diurnal = Shape::Diurnal.pure();
        assert!(close(diurnal[15], 2.0) && close(diurnal[3], 0.0));
    }

    #[test]
    fn peak_one_is_flat_and_classes_are_few() {
        let profile = Profile::new(&Shape::BusinessHours);
        assert!(profile.week(1.0).weights().iter().all(|&weight| close(weight, 1.0)));
        assert_eq!(profile.classes.len(), 4);
        assert_eq!(Profile::new(&Shape::Diurnal).classes.len(), 24);
        assert!(profile.week(3.36).has_idle_hours());
        assert!(!profile.week(3.0).has_idle_hours());
    }

    #[test]
    fn shapes_read_back_what_they_print_and_refuse_the_rest() {
        for text in [
            "diurnal",
            "business-hours",
            "nightly",
            "daily-spike",
            "custom:1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,2",
            "custom:1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,2,weekend=0.5",
        ] {
            let shape: Shape = text.parse().expect(text);
            assert_eq!(shape.to_string(), text);
        }
        for bad in ["weekly", "custom:1,2", "custom:a", "custom:-1", ""] {
            assert!(bad.parse::<Shape>().is_err(), "{bad}");
        }
        let zeros = format!("custom:{}", ["0"; 24].join(","));
        assert!(zeros.parse::<Shape>().is_err());
    }
}

//! The scenario: the four primary inputs and every assumption around them, with the one set of
//! bounds, steps and formats that the keyboard, the mouse, the CLI and the tests all share.
//!
//! Every input is addressed by [`Input`]. Numeric inputs have a [`SliderSpec`] (range, log or
//! linear scale, fine and coarse steps); choices (statefulness, architecture, region, …) cycle
//! through their options. Setting a value from text uses the parsers in [`super::units`] and
//! rejects out-of-range values with the range, never clamping silently.

use std::fmt;
use std::str::FromStr;

use serde::Serialize;
use thiserror::Error;

use super::pricing::PriceBook;
use super::units::{self, ParseError};

/// CPU architecture, the same on both platforms.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
pub enum Arch {
    #[serde(rename = "x86_64")]
    X86_64,
    #[serde(rename = "arm64")]
    Arm64,
}

/// What must survive between requests.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum State {
    /// Nothing survives a request.
    Stateless,
    /// In-memory caches or connection pools make warm instances faster.
    Cache,
    /// Sticky sessions, `WebSockets` or other long-lived connections.
    Sessions,
    /// Local durable state: a database, a queue broker, files that must survive restarts.
    Persistent,
}

/// What sits in front of the workload: for Lambda an API Gateway or a function URL, for Fargate an
/// Application Load Balancer.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Ingress {
    /// Invoked by events (S3, SQS, EventBridge): no HTTP front door.
    None,
    /// Lambda function URL (free) against an ALB.
    Url,
    /// API Gateway HTTP API against an ALB.
    Http,
    /// API Gateway REST API against an ALB.
    Rest,
}

/// A Fargate task size.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct TaskSize {
    pub vcpu: f64,
    pub memory_gb: f64,
}

/// Fixed task size, or the cheapest size that matches one Lambda environment.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum TaskSizeChoice {
    Auto,
    Fixed(TaskSize),
}

/// Everything `evaluate()` needs besides the price book.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Scenario {
    /// Runtime per invocation, seconds.
    pub runtime_s: f64,
    /// Memory per invocation, MB (1 GB = 1024 MB).
    pub memory_mb: f64,
    /// Invocations per second, averaged over the month.
    pub rate_per_s: f64,
    pub state: State,
    pub arch: Arch,
    /// A region key of the price book ("us-east-1").
    pub region: String,
    /// Whether Lambda's always-free allowance applies (per account, so off by default).
    pub free_tier: bool,
    pub ingress: Ingress,
    /// Lambda ephemeral storage, MB (512 included).
    pub lambda_storage_mb: f64,
    /// Container image size, GB.
    pub image_gb: f64,
    /// Share of invocations that start cold, 0..=1.
    pub cold_start_share: f64,
    /// INIT duration of a cold start, seconds (billed for container images).
    pub init_s: f64,
    /// Requests one Fargate task serves at once.
    pub requests_per_task: f64,
    /// Target utilization of that capacity, 0..=1.
    pub utilization: f64,
    /// Tasks that always run.
    pub min_tasks: u32,
    pub task_size: TaskSizeChoice,
    /// Fargate ephemeral storage per task, GB (20 included).
    pub fargate_storage_gb: f64,
    /// Share of Fargate task-hours on Spot, 0..=1.
    pub spot_share: f64,
    /// Compute Savings Plans discount on Lambda duration, 0..=1.
    pub savings_lambda: f64,
    /// Compute Savings Plans discount on Fargate compute, 0..=1.
    pub savings_fargate: f64,
}

impl Default for Scenario {
    fn default() -> Self {
        Self {
            runtime_s: 0.120,
            memory_mb: 1024.0,
            rate_per_s: 10.0,
            state: State::Stateless,
            arch: Arch::X86_64,
            region: "us-east-1".to_string(),
            free_tier: false,
            ingress: Ingress::None,
            lambda_storage_mb: 512.0,
            image_gb: 1.0,
            cold_start_share: 0.01,
            init_s: 1.0,
            requests_per_task: 8.0,
            utilization: 0.70,
            min_tasks: 1,
            task_size: TaskSizeChoice::Auto,
            fargate_storage_gb: 20.0,
            spot_share: 0.0,
            savings_lambda: 0.0,
            savings_fargate: 0.0,
        }
    }
}

/// Every input of a scenario, in the order the screen lists them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Input {
    Runtime,
    Memory,
    Rate,
    State,
    Arch,
    Region,
    FreeTier,
    Ingress,
    LambdaStorage,
    ImageSize,
    ColdStartShare,
    InitDuration,
    RequestsPerTask,
    Utilization,
    MinTasks,
    TaskSize,
    FargateStorage,
    SpotShare,
    SavingsLambda,
    SavingsFargate,
}

impl Input {
    /// The four primary sliders.
    pub const PRIMARY: [Input; 4] = [Input::Runtime, Input::Memory, Input::Rate, Input::State];
    /// The assumptions, in screen order.
    pub const ASSUMPTIONS: [Input; 16] = [
        Input::Arch,
        Input::Region,
        Input::FreeTier,
        Input::Ingress,
        Input::RequestsPerTask,
        Input::Utilization,
        Input::MinTasks,
        Input::TaskSize,
        Input::SpotShare,
        Input::ColdStartShare,
        Input::InitDuration,
        Input::ImageSize,
        Input::LambdaStorage,
        Input::FargateStorage,
        Input::SavingsLambda,
        Input::SavingsFargate,
    ];

    /// All inputs: primary first, then assumptions.
    pub fn all() -> impl Iterator<Item = Input> {
        Self::PRIMARY.into_iter().chain(Self::ASSUMPTIONS)
    }

    /// The label on screen and in the export.
    pub fn label(self) -> &'static str {
        match self {
            Input::Runtime => "Runtime",
            Input::Memory => "Memory",
            Input::Rate => "Rate",
            Input::State => "State",
            Input::Arch => "Architecture",
            Input::Region => "Region",
            Input::FreeTier => "Lambda free tier",
            Input::Ingress => "Ingress",
            Input::LambdaStorage => "Lambda /tmp",
            Input::ImageSize => "Image size",
            Input::ColdStartShare => "Cold starts",
            Input::InitDuration => "INIT duration",
            Input::RequestsPerTask => "Requests per task",
            Input::Utilization => "Target utilization",
            Input::MinTasks => "Minimum tasks",
            Input::TaskSize => "Task size",
            Input::FargateStorage => "Fargate storage",
            Input::SpotShare => "Spot share",
            Input::SavingsLambda => "Savings Plan, Lambda",
            Input::SavingsFargate => "Savings Plan, Fargate",
        }
    }

    /// The command-line flag that sets this input (without the value).
    pub fn flag(self) -> &'static str {
        match self {
            Input::Runtime => "--runtime",
            Input::Memory => "--memory",
            Input::Rate => "--rate",
            Input::State => "--state",
            Input::Arch => "--arch",
            Input::Region => "--region",
            Input::FreeTier => "--free-tier",
            Input::Ingress => "--ingress",
            Input::LambdaStorage => "--ephemeral-storage",
            Input::ImageSize => "--image-size",
            Input::ColdStartShare => "--cold-start-share",
            Input::InitDuration => "--init-duration",
            Input::RequestsPerTask => "--requests-per-task",
            Input::Utilization => "--utilization",
            Input::MinTasks => "--min-tasks",
            Input::TaskSize => "--task-vcpu/--task-memory",
            Input::FargateStorage => "--fargate-storage",
            Input::SpotShare => "--spot",
            Input::SavingsLambda => "--savings-lambda",
            Input::SavingsFargate => "--savings-fargate",
        }
    }

    /// The slider of a numeric input; `None` for choices.
    pub fn spec(self) -> Option<&'static SliderSpec> {
        SPECS.iter().find(|spec| spec.input == self)
    }
}

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
    Fraction,
    Count,
}

/// Range, scale and steps of one numeric input.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct SliderSpec {
    pub input: Input,
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
}

/// Twelve fine steps per decade: small enough to walk to a break-even, big enough to cross
/// the whole range of a log slider in about a hundred presses.
const LOG_FINE: f64 = 1.211_527_658_628_588; // 10^(1/12)

/// The one table of ranges and steps.
pub const SPECS: &[SliderSpec] = &[
    SliderSpec {
        input: Input::Runtime,
        min: 0.001,
        max: 86_400.0,
        scale: Scale::Log,
        fine: LOG_FINE,
        coarse: 10.0,
        snap: 0.0,
        unit: Unit::Seconds,
    },
    SliderSpec {
        input: Input::Memory,
        min: 128.0,
        max: 122_880.0,
        scale: Scale::Log,
        fine: LOG_FINE,
        coarse: 2.0,
        snap: 1.0,
        unit: Unit::MemoryMb,
    },
    SliderSpec {
        input: Input::Rate,
        min: 1.0 / 86_400.0,
        max: 10_000.0,
        scale: Scale::Log,
        fine: LOG_FINE,
        coarse: 10.0,
        snap: 0.0,
        unit: Unit::RatePerSecond,
    },
    SliderSpec {
        input: Input::LambdaStorage,
        min: 512.0,
        max: 10_240.0,
        scale: Scale::Log,
        fine: LOG_FINE,
        coarse: 2.0,
        snap: 1.0,
        unit: Unit::MemoryMb,
    },
    SliderSpec {
        input: Input::ImageSize,
        min: 0.01,
        max: 20.0,
        scale: Scale::Log,
        fine: LOG_FINE,
        coarse: 2.0,
        snap: 0.0,
        unit: Unit::Gb,
    },
    SliderSpec {
        input: Input::ColdStartShare,
        min: 0.0,
        max: 1.0,
        scale: Scale::Linear,
        fine: 0.01,
        coarse: 0.1,
        snap: 0.0,
        unit: Unit::Fraction,
    },
    SliderSpec {
        input: Input::InitDuration,
        min: 0.0,
        max: 10.0,
        scale: Scale::Linear,
        fine: 0.1,
        coarse: 1.0,
        snap: 0.0,
        unit: Unit::Seconds,
    },
    SliderSpec {
        input: Input::RequestsPerTask,
        min: 1.0,
        max: 1000.0,
        scale: Scale::Log,
        fine: LOG_FINE,
        coarse: 10.0,
        snap: 0.0,
        unit: Unit::Count,
    },
    SliderSpec {
        input: Input::Utilization,
        min: 0.05,
        max: 1.0,
        scale: Scale::Linear,
        fine: 0.05,
        coarse: 0.25,
        snap: 0.0,
        unit: Unit::Fraction,
    },
    SliderSpec {
        input: Input::MinTasks,
        min: 0.0,
        max: 100.0,
        scale: Scale::Linear,
        fine: 1.0,
        coarse: 10.0,
        snap: 1.0,
        unit: Unit::Count,
    },
    SliderSpec {
        input: Input::FargateStorage,
        min: 20.0,
        max: 200.0,
        scale: Scale::Linear,
        fine: 1.0,
        coarse: 10.0,
        snap: 1.0,
        unit: Unit::Gb,
    },
    SliderSpec {
        input: Input::SpotShare,
        min: 0.0,
        max: 1.0,
        scale: Scale::Linear,
        fine: 0.05,
        coarse: 0.25,
        snap: 0.0,
        unit: Unit::Fraction,
    },
    SliderSpec {
        input: Input::SavingsLambda,
        min: 0.0,
        max: 0.17,
        scale: Scale::Linear,
        fine: 0.01,
        coarse: 0.05,
        snap: 0.0,
        unit: Unit::Fraction,
    },
    SliderSpec {
        input: Input::SavingsFargate,
        min: 0.0,
        max: 0.52,
        scale: Scale::Linear,
        fine: 0.01,
        coarse: 0.1,
        snap: 0.0,
        unit: Unit::Fraction,
    },
];

impl SliderSpec {
    /// Where `value` sits on the track, 0..=1 (NaN reads as 0).
    pub fn position(&self, value: f64) -> f64 {
        let position = match self.scale {
            Scale::Log => (value / self.min).ln() / (self.max / self.min).ln(),
            Scale::Linear => (value - self.min) / (self.max - self.min),
        };
        if position.is_nan() { 0.0 } else { position.clamp(0.0, 1.0) }
    }

    /// The value at a track position 0..=1, snapped and clamped.
    pub fn value_at(&self, position: f64) -> f64 {
        let position = if position.is_nan() { 0.0 } else { position.clamp(0.0, 1.0) };
        let value = match self.scale {
            Scale::Log => self.min * (self.max / self.min).powf(position),
            Scale::Linear => self.min + (self.max - self.min) * position,
        };
        self.clamp(value)
    }

    /// Snaps to the spec's grid and clamps into the range.
    pub fn clamp(&self, value: f64) -> f64 {
        let value = if value.is_nan() { self.min } else { value };
        let snapped = if self.snap > 0.0 { (value / self.snap).round() * self.snap } else { value };
        snapped.clamp(self.min, self.max)
    }

    /// `steps` fine or coarse steps from `value` (negative steps go down), clamped. Log steps
    /// land on round numbers (two significant digits) so the values read well.
    pub fn step(&self, value: f64, steps: i32, coarse: bool) -> f64 {
        let size = if coarse { self.coarse } else { self.fine };
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
        value.is_finite() && value >= self.min * (1.0 - 1e-9) && value <= self.max * (1.0 + 1e-9)
    }

    /// Formats a value in the spec's human unit.
    pub fn format(&self, value: f64) -> String {
        match self.unit {
            Unit::Seconds => units::format_duration(value),
            Unit::MemoryMb => units::format_memory_mb(value),
            Unit::RatePerSecond => units::format_rate_with_month(value),
            Unit::Gb => format!("{} GB", units::significant(value, 3)),
            Unit::Fraction => units::format_percent(value),
            Unit::Count => units::significant(value, 3),
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
            Unit::Fraction => units::parse_percent(text),
            Unit::Count => units::parse_number(text),
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

/// Why a value could not be set.
#[derive(Debug, Clone, PartialEq, Error)]
pub enum InputError {
    #[error("{label}: {source}")]
    Parse {
        label: &'static str,
        #[source]
        source: ParseError,
    },
    #[error("{label}: {value} is outside the range {min} .. {max}")]
    OutOfRange { label: &'static str, value: String, min: String, max: String },
    #[error("{label}: {value:?} is not one of: {accepted}")]
    NotAChoice { label: &'static str, value: String, accepted: String },
}

impl Scenario {
    /// The numeric value of a slider input (`None` for choices).
    pub fn number(&self, input: Input) -> Option<f64> {
        Some(match input {
            Input::Runtime => self.runtime_s,
            Input::Memory => self.memory_mb,
            Input::Rate => self.rate_per_s,
            Input::LambdaStorage => self.lambda_storage_mb,
            Input::ImageSize => self.image_gb,
            Input::ColdStartShare => self.cold_start_share,
            Input::InitDuration => self.init_s,
            Input::RequestsPerTask => self.requests_per_task,
            Input::Utilization => self.utilization,
            Input::MinTasks => f64::from(self.min_tasks),
            Input::FargateStorage => self.fargate_storage_gb,
            Input::SpotShare => self.spot_share,
            Input::SavingsLambda => self.savings_lambda,
            Input::SavingsFargate => self.savings_fargate,
            Input::State
            | Input::Arch
            | Input::Region
            | Input::FreeTier
            | Input::Ingress
            | Input::TaskSize => {
                return None;
            }
        })
    }

    /// Sets a slider input, clamped into its range and snapped. Choices are left alone.
    pub fn set_number(&mut self, input: Input, value: f64) {
        let Some(spec) = input.spec() else { return };
        let value = spec.clamp(value);
        match input {
            Input::Runtime => self.runtime_s = value,
            Input::Memory => self.memory_mb = value,
            Input::Rate => self.rate_per_s = value,
            Input::LambdaStorage => self.lambda_storage_mb = value,
            Input::ImageSize => self.image_gb = value,
            Input::ColdStartShare => self.cold_start_share = value,
            Input::InitDuration => self.init_s = value,
            Input::RequestsPerTask => self.requests_per_task = value,
            Input::Utilization => self.utilization = value,
            Input::MinTasks => self.min_tasks = value as u32,
            Input::FargateStorage => self.fargate_storage_gb = value,
            Input::SpotShare => self.spot_share = value,
            Input::SavingsLambda => self.savings_lambda = value,
            Input::SavingsFargate => self.savings_fargate = value,
            Input::State
            | Input::Arch
            | Input::Region
            | Input::FreeTier
            | Input::Ingress
            | Input::TaskSize => {}
        }
    }

    /// The options of a choice input, as they are typed and shown; empty for sliders.
    pub fn choices(input: Input, book: &PriceBook) -> Vec<String> {
        match input {
            Input::State => {
                ["stateless", "cache", "sessions", "persistent"].map(String::from).to_vec()
            }
            Input::Arch => ["x86_64", "arm64"].map(String::from).to_vec(),
            Input::Region => book.regions.keys().cloned().collect(),
            Input::FreeTier => ["off", "on"].map(String::from).to_vec(),
            Input::Ingress => ["none", "url", "http", "rest"].map(String::from).to_vec(),
            Input::TaskSize => std::iter::once("auto".to_string())
                .chain(book.task_sizes().map(format_task_size))
                .collect(),
            _ => Vec::new(),
        }
    }

    /// The current value of a choice input, in the form [`Scenario::choices`] lists.
    pub fn choice(&self, input: Input) -> Option<String> {
        Some(match input {
            Input::State => self.state.to_string(),
            Input::Arch => self.arch.to_string(),
            Input::Region => self.region.clone(),
            Input::FreeTier => if self.free_tier { "on" } else { "off" }.to_string(),
            Input::Ingress => self.ingress.to_string(),
            Input::TaskSize => match self.task_size {
                TaskSizeChoice::Auto => "auto".to_string(),
                TaskSizeChoice::Fixed(size) => format_task_size(size),
            },
            _ => return None,
        })
    }

    /// Moves an input by `steps` (fine or coarse) and clamps; choices move through their options
    /// and stop at either end.
    pub fn step(&mut self, input: Input, steps: i32, coarse: bool, book: &PriceBook) {
        if let (Some(spec), Some(value)) = (input.spec(), self.number(input)) {
            self.set_number(input, spec.step(value, steps, coarse));
            return;
        }
        let options = Self::choices(input, book);
        let Some(current) = self.choice(input) else { return };
        let index = options.iter().position(|option| *option == current).unwrap_or(0);
        let last = i64::try_from(options.len().saturating_sub(1)).unwrap_or(i64::MAX);
        let index = i64::try_from(index).unwrap_or(0);
        let next = usize::try_from((index + i64::from(steps)).clamp(0, last)).unwrap_or(0);
        if let Some(option) = options.get(next) {
            // An option listed by `choices` always reads back.
            let _ = self.set_text(input, option, book);
        }
    }

    /// Moves an input to its first (`false`) or last (`true`) value.
    pub fn set_extreme(&mut self, input: Input, to_max: bool, book: &PriceBook) {
        if let Some(spec) = input.spec() {
            self.set_number(input, if to_max { spec.max } else { spec.min });
            return;
        }
        let options = Self::choices(input, book);
        let option = if to_max { options.last() } else { options.first() };
        if let Some(option) = option {
            let _ = self.set_text(input, option, book);
        }
    }

    /// Sets an input from text in human units ("2s", "1.5GB", "50/s", "sessions"). Values outside
    /// the range are an error that states the range; nothing changes on error.
    pub fn set_text(
        &mut self,
        input: Input,
        text: &str,
        book: &PriceBook,
    ) -> Result<(), InputError> {
        let label = input.label();
        if let Some(spec) = input.spec() {
            let value = spec.parse(text).map_err(|source| InputError::Parse { label, source })?;
            if !spec.contains(value) {
                return Err(InputError::OutOfRange {
                    label,
                    value: text.trim().to_string(),
                    min: spec.format_short(spec.min),
                    max: spec.format_short(spec.max),
                });
            }
            self.set_number(input, value);
            return Ok(());
        }
        let not_a_choice = || InputError::NotAChoice {
            label,
            value: text.trim().to_string(),
            accepted: Self::choices(input, book).join(", "),
        };
        let text = text.trim();
        match input {
            Input::State => self.state = text.parse().map_err(|()| not_a_choice())?,
            Input::Arch => self.arch = text.parse().map_err(|()| not_a_choice())?,
            Input::Ingress => self.ingress = text.parse().map_err(|()| not_a_choice())?,
            Input::Region => {
                if !book.regions.contains_key(text) {
                    return Err(not_a_choice());
                }
                self.region = text.to_string();
            }
            Input::FreeTier => {
                self.free_tier = match text.to_ascii_lowercase().as_str() {
                    "on" | "yes" | "true" => true,
                    "off" | "no" | "false" => false,
                    _ => return Err(not_a_choice()),
                }
            }
            Input::TaskSize => {
                if text.eq_ignore_ascii_case("auto") {
                    self.task_size = TaskSizeChoice::Auto;
                } else {
                    let size = parse_task_size(text).ok_or_else(not_a_choice)?;
                    if !book.is_valid_task_size(size) {
                        return Err(not_a_choice());
                    }
                    self.task_size = TaskSizeChoice::Fixed(size);
                }
            }
            _ => {}
        }
        Ok(())
    }

    /// The value of any input in human units ("120 ms", "1.5 GB", "50/s · 131M/month", "sessions").
    pub fn display(&self, input: Input) -> String {
        match (input.spec(), self.number(input)) {
            (Some(spec), Some(value)) => spec.format(value),
            _ => self.choice(input).unwrap_or_default(),
        }
    }

    /// Where an input sits on its track, 0..=1; choices by their index among the options.
    pub fn position(&self, input: Input, book: &PriceBook) -> f64 {
        if let (Some(spec), Some(value)) = (input.spec(), self.number(input)) {
            return spec.position(value);
        }
        let options = Self::choices(input, book);
        let current = self.choice(input).unwrap_or_default();
        let index = options.iter().position(|option| *option == current).unwrap_or(0);
        if options.len() < 2 { 0.0 } else { index as f64 / (options.len() - 1) as f64 }
    }

    /// Sets an input from a track position 0..=1 (a mouse click or drag).
    pub fn set_position(&mut self, input: Input, position: f64, book: &PriceBook) {
        if let Some(spec) = input.spec() {
            self.set_number(input, spec.value_at(position));
            return;
        }
        let options = Self::choices(input, book);
        if options.is_empty() {
            return;
        }
        let position = if position.is_nan() { 0.0 } else { position.clamp(0.0, 1.0) };
        let index = (position * (options.len() - 1) as f64).round() as usize;
        if let Some(option) = options.get(index) {
            let _ = self.set_text(input, option, book);
        }
    }
}

/// "1 vCPU / 2 GB".
pub fn format_task_size(size: TaskSize) -> String {
    format!(
        "{} vCPU / {} GB",
        units::significant(size.vcpu, 3),
        units::significant(size.memory_gb, 3)
    )
}

/// Reads "1 vCPU / 2 GB", "1/2", "0.25 vCPU 0.5 GB". A sign is refused rather than skipped
/// ("-1/2" is not 1 vCPU).
pub fn parse_task_size(text: &str) -> Option<TaskSize> {
    if text.contains(['-', '+']) {
        return None;
    }
    let numbers: Vec<f64> = text
        .split(|c: char| !(c.is_ascii_digit() || c == '.'))
        .filter(|part| !part.is_empty())
        .map(str::parse)
        .collect::<Result<_, _>>()
        .ok()?;
    match numbers.as_slice() {
        // A run of digits too long for an f64 reads as infinity: not a size.
        [vcpu, memory_gb] if vcpu.is_finite() && memory_gb.is_finite() => {
            Some(TaskSize { vcpu: *vcpu, memory_gb: *memory_gb })
        }
        _ => None,
    }
}

macro_rules! text_enum {
    ($type:ty { $($variant:path => $text:literal $(| $alias:literal)*),+ $(,)? }) => {
        impl $type {
            /// The form typed on the command line and shown on screen.
            pub fn as_str(self) -> &'static str {
                match self { $($variant => $text),+ }
            }
        }
        impl fmt::Display for $type {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(self.as_str())
            }
        }
        impl FromStr for $type {
            type Err = ();
            fn from_str(text: &str) -> Result<Self, ()> {
                match text.trim().to_ascii_lowercase().as_str() {
                    $($text $(| $alias)* => Ok($variant),)+
                    _ => Err(()),
                }
            }
        }
    };
}

text_enum!(Arch { Arch::X86_64 => "x86_64" | "x86" | "amd64" | "x86-64", Arch::Arm64 => "arm64" | "arm" | "graviton" | "aarch64" });
text_enum!(State { State::Stateless => "stateless", State::Cache => "cache" | "warm-cache" | "warm cache", State::Sessions => "sessions" | "session", State::Persistent => "persistent" | "persistent-state" });
text_enum!(Ingress { Ingress::None => "none", Ingress::Url => "url" | "function-url", Ingress::Http => "http" | "http-api", Ingress::Rest => "rest" | "rest-api" });

impl State {
    /// Words for a sentence: "warm cache", "persistent state".
    pub fn describe(self) -> &'static str {
        match self {
            State::Stateless => "stateless",
            State::Cache => "warm cache",
            State::Sessions => "sessions",
            State::Persistent => "persistent state",
        }
    }
}

impl Ingress {
    /// What fronts each platform: ("API Gateway HTTP API", "ALB").
    pub fn describe(self) -> (&'static str, &'static str) {
        match self {
            Ingress::None => ("no HTTP ingress (events)", "no load balancer"),
            Ingress::Url => ("function URL (free)", "ALB"),
            Ingress::Http => ("API Gateway HTTP API", "ALB"),
            Ingress::Rest => ("API Gateway REST API", "ALB"),
        }
    }
}

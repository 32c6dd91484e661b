//! Changing a scenario one input at a time: by number, by step, by track position or from text
//! in human units, with out-of-range values refused and the range stated.

use thiserror::Error;

use super::{Input, Scenario, TaskSizeChoice, format_task_size, parse_task_size};
use crate::engine::pricing::PriceBook;
use crate::engine::units::ParseError;

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

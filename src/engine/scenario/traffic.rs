//! The choices of the traffic model: Lambda's provisioned concurrency and how a Fargate service
//! scales. The traffic shape itself is [`crate::engine::traffic::Shape`].

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Serialize};

/// Lambda's provisioned concurrency (DESIGN.md "Lambda cost").
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(into = "String", try_from = "String")]
pub enum Provisioning {
    /// On demand only.
    None,
    /// This many environments all month.
    Fixed(u32),
    /// Each hour `ceil(concurrency / 0.7)` environments, AWS's usual 70% target.
    Scheduled,
    /// The cheapest of none, fixed and scheduled that meets the latency budget.
    Auto,
}

/// The most environments `--provisioned N` takes (Lambda's concurrency quota can be raised to
/// tens of thousands).
pub const MAX_PROVISIONED: u32 = 100_000;

impl fmt::Display for Provisioning {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Provisioning::None => f.write_str("none"),
            Provisioning::Fixed(environments) => write!(f, "{environments}"),
            Provisioning::Scheduled => f.write_str("scheduled"),
            Provisioning::Auto => f.write_str("auto"),
        }
    }
}

impl FromStr for Provisioning {
    type Err = String;

    fn from_str(text: &str) -> Result<Self, String> {
        match text.trim().to_ascii_lowercase().as_str() {
            "none" | "0" => Ok(Provisioning::None),
            "scheduled" | "schedule" => Ok(Provisioning::Scheduled),
            "auto" => Ok(Provisioning::Auto),
            number => match number.parse::<u32>() {
                Ok(environments) if environments <= MAX_PROVISIONED => {
                    Ok(Provisioning::Fixed(environments))
                }
                _ => Err(format!(
                    "{text:?} is not a provisioned concurrency; accepted: none, a whole number of \
                     environments (1 to {MAX_PROVISIONED}), scheduled or auto"
                )),
            },
        }
    }
}

impl From<Provisioning> for String {
    fn from(provisioning: Provisioning) -> Self {
        provisioning.to_string()
    }
}

impl TryFrom<String> for Provisioning {
    type Error = String;

    fn try_from(text: String) -> Result<Self, String> {
        text.parse()
    }
}

/// How a Fargate service follows the traffic.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Scaling {
    /// Target tracking, hour by hour, keeping the tasks that stop for the scale-in delay.
    Target,
    /// A fixed fleet for the busiest hour, all month.
    Peak,
}

words!(Scaling {
    Scaling::Target => "target" | "target-tracking",
    Scaling::Peak => "peak" | "fixed",
});

//! Choices as text: how architectures, states, ingresses and task sizes are typed and shown.

use std::fmt;
use std::str::FromStr;

use super::{Arch, FargateMode, Ingress, State, TaskSize};
use crate::engine::units;

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
text_enum!(Ingress { Ingress::None => "none", Ingress::Url => "url" | "function-url", Ingress::Http => "http" | "http-api", Ingress::Rest => "rest" | "rest-api", Ingress::Custom => "custom" });

text_enum!(FargateMode { FargateMode::Auto => "auto", FargateMode::Service => "service", FargateMode::Jobs => "jobs" | "job" });

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
            Ingress::Custom => ("its own front door", "its own front door"),
        }
    }
}

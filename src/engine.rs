//! The pure domain: numbers in, a [`report::Report`] out.
//!
//! Nothing here touches the terminal, files, the clock or randomness (a test enforces it), so every
//! surface — the explorer, `lvf eval`, the markdown export, tests and benches — sees the same
//! figures from the same code.

pub mod around;
pub mod blocker;
pub mod compare;
pub mod cost;
pub mod curves;
pub mod evaluate;
pub mod fargate;
pub mod fit;
pub mod flips;
pub mod lambda;
pub mod latency;
pub mod map;
pub mod model;
pub mod notes;
pub mod parity;
pub mod platform;
pub mod presets;
pub mod pricing;
pub mod report;
pub mod scenario;
pub mod sensitivity;
pub mod sizing;
#[cfg(test)]
mod testbook;
pub mod traffic;
pub mod units;
pub mod verdict;

pub use evaluate::evaluate;

//! The pure domain: numbers in, a [`report::Report`] out.
//!
//! Nothing here touches the terminal, files, the clock or randomness (a test enforces it), so every
//! surface — the explorer, `lvf eval`, the markdown export, tests and benches — sees the same
//! figures from the same code.

pub mod cost;
pub mod fargate;
pub mod lambda;
pub mod pricing;
pub mod report;
pub mod scenario;
pub mod units;

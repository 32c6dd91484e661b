//! The `sensitivity` array of the JSON object: each input's plausible range with the cost gap
//! (Lambda − Fargate, monthly USD; `null` where a platform is blocked) and the verdict at both
//! ends, largest swing first.

use serde::Serialize;

use crate::engine::report::Choice;
use crate::engine::scenario::Input;
use crate::engine::sensitivity::{EndValue, Sensitivity};

/// One input's row.
#[derive(Debug, Serialize)]
pub struct SwingJson {
    pub input: Input,
    /// A number in the input's base unit, as in `scenario` (a fraction for percentages), or an
    /// option's text.
    pub low_value: serde_json::Value,
    pub high_value: serde_json::Value,
    pub gap_low_usd: Option<f64>,
    pub gap_high_usd: Option<f64>,
    pub verdict_low: Choice,
    pub verdict_high: Choice,
}

fn value(value: &EndValue) -> serde_json::Value {
    match value {
        EndValue::Number(number) => serde_json::json!(number),
        EndValue::Option(text) => serde_json::json!(text),
    }
}

/// The rows of `table`, in its order.
pub fn rows(table: &Sensitivity) -> Vec<SwingJson> {
    table
        .swings
        .iter()
        .map(|swing| SwingJson {
            input: swing.input,
            low_value: value(&swing.low.value),
            high_value: value(&swing.high.value),
            gap_low_usd: swing.low.gap_usd,
            gap_high_usd: swing.high.gap_usd,
            verdict_low: swing.low.verdict,
            verdict_high: swing.high.verdict,
        })
        .collect()
}

//! The markdown's "What moves the answer" section: each input's plausible range, the cost gap and
//! the verdict at both ends, largest swing first.

use std::fmt::Write as _;

use crate::engine::report::Report;
use crate::engine::sensitivity::Sensitivity;
use crate::wording::choice_word;
use crate::wording::compare::{end_value, gap};

/// Writes the section for `table`, computed from `report`'s scenario.
pub fn section(doc: &mut String, report: &Report, table: &Sensitivity) {
    if table.swings.is_empty() {
        return;
    }
    let _ = writeln!(
        doc,
        "## What moves the answer\n\nEach input set to either end of its plausible range, every \
         other input as above. The gap is Lambda's monthly cost minus Fargate's (positive: Lambda \
         costs more); now it is {} and the verdict {}. Largest swing first.\n",
        gap(table.gap_usd),
        choice_word(report.verdict.choice)
    );
    doc.push_str(
        "| Input | Low | High | Gap at low | Gap at high | Verdict at low | Verdict at high |\n\
         |---|---|---|---:|---:|---|---|\n",
    );
    for swing in &table.swings {
        let _ = writeln!(
            doc,
            "| {} | {} | {} | {} | {} | {} | {} |",
            swing.input.label(),
            end_value(swing.input, &swing.low.value),
            end_value(swing.input, &swing.high.value),
            gap(swing.low.gap_usd),
            gap(swing.high.gap_usd),
            choice_word(swing.low.verdict),
            choice_word(swing.high.verdict)
        );
    }
    doc.push('\n');
}

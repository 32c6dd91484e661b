//! Fargate's ladder of task sizes as a small table around one size, for the task-size editor:
//! each vCPU with the memory it may have, the row of the size marked and the size in brackets.

use crate::engine::pricing::TaskSizeRow;
use crate::engine::scenario::TaskSize;
use crate::engine::units::significant;

/// Rows shown above and below the size's own.
const AROUND: usize = 2;
/// A memory list longer than this reads as a range with its step.
const LISTED: usize = 8;

/// One row of the table: whether it is the size's row, and its text ("1 vCPU   2 3 [4] 5 GB").
pub struct LadderRow {
    pub current: bool,
    pub text: String,
}

/// The rows of `sizes` around `size` (its vCPU row, two either side), and a heading that says
/// which size it is and how many rows there are.
pub fn ladder(sizes: &[TaskSizeRow], size: TaskSize, auto: bool) -> (String, Vec<LadderRow>) {
    let at = sizes.iter().position(|row| row.vcpu >= size.vcpu).unwrap_or(0);
    // Two rows either side, or more on one side at an end of the ladder.
    let shown = (2 * AROUND + 1).min(sizes.len());
    let first = at.saturating_sub(AROUND).min(sizes.len() - shown);
    let last = first + shown.saturating_sub(1);
    let width = sizes.iter().map(|row| significant(row.vcpu, 3).len()).max().unwrap_or(1);
    let rows = sizes[first..=last.max(first)]
        .iter()
        .enumerate()
        .map(|(offset, row)| {
            let current = first + offset == at;
            let memory = memory_text(&row.memory_gb, current.then_some(size.memory_gb));
            let vcpu = significant(row.vcpu, 3);
            LadderRow { current, text: format!("{vcpu:>width$} vCPU  {memory} GB") }
        })
        .collect();
    let which = if auto { "the size auto picks for this load" } else { "the size set" };
    let heading = format!(
        "Sizes AWS offers, vCPU with their memory ({} of {} rows, around {which}):",
        last + 1 - first,
        sizes.len()
    );
    (heading, rows)
}

/// "2 3 [4] 5 6 7 8", or past [`LISTED`] values "8 … 30 by 1, [12]".
fn memory_text(memory_gb: &[f64], marked: Option<f64>) -> String {
    let shown = |gb: f64| {
        let text = significant(gb, 3);
        if marked.is_some_and(|marked| (marked - gb).abs() < 1e-9) {
            format!("[{text}]")
        } else {
            text
        }
    };
    match memory_gb {
        [first, second, .., last] if memory_gb.len() > LISTED => {
            let step = significant(second - first, 3);
            let range = format!("{} … {} by {step}", significant(*first, 3), significant(*last, 3));
            match marked {
                Some(gb) if memory_gb.iter().any(|m| (m - gb).abs() < 1e-9) => {
                    format!("{range}, [{}]", significant(gb, 3))
                }
                _ => range,
            }
        }
        _ => memory_gb.iter().map(|&gb| shown(gb)).collect::<Vec<_>>().join(" "),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::pricing::PriceBook;

    #[test]
    fn the_ladder_is_five_rows_around_the_size_with_long_rows_as_ranges() {
        let book = PriceBook::builtin();
        let sizes = &book.fargate_task_sizes.sizes;
        let (heading, rows) = ladder(sizes, TaskSize { vcpu: 1.0, memory_gb: 4.0 }, false);
        assert_eq!(
            heading,
            "Sizes AWS offers, vCPU with their memory (5 of 7 rows, around the size set):"
        );
        let text: Vec<&str> = rows.iter().map(|row| row.text.as_str()).collect();
        assert_eq!(
            text,
            [
                "0.25 vCPU  0.5 1 2 GB",
                " 0.5 vCPU  1 2 3 4 GB",
                "   1 vCPU  2 3 [4] 5 6 7 8 GB",
                "   2 vCPU  4 … 16 by 1 GB",
                "   4 vCPU  8 … 30 by 1 GB",
            ]
        );
        assert!(rows[2].current && !rows[1].current);
        // At the top of the ladder, the rows below it; a long row marks the size after its range.
        let (_, rows) = ladder(sizes, TaskSize { vcpu: 16.0, memory_gb: 64.0 }, true);
        assert_eq!(rows.len(), 5);
        assert!(rows[4].current);
        assert_eq!(rows[4].text, "  16 vCPU  32 … 120 by 8, [64] GB");
    }
}

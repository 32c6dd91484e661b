//! The report's notes in words: the assumptions behind the numbers.

use crate::engine::cost::format_usd;
use crate::engine::notes::Note;
use crate::engine::units::{self, format_count, format_percent, format_rate, significant};

/// One note as a sentence.
pub fn note(note: &Note) -> String {
    match note {
        Note::Sizing { hours_per_month, tasks, requests_per_task, utilization } => format!(
            "A month is {} hours; Fargate runs {} all month, sized for {} in flight per task at {} \
             utilization.",
            significant(*hours_per_month, 3),
            tasks.map_or_else(
                || "no tasks".to_string(),
                |tasks| units::counted(&format_count(tasks), "task", "tasks")
            ),
            units::counted(&significant(*requests_per_task, 3), "request", "requests"),
            format_percent(*utilization)
        ),
        Note::AlbCapacity { connections_per_lcu, rate_per_s } => format!(
            "ALB capacity: one new connection per request and {connections_per_lcu} new \
             connections per second per LCU, so LCUs = rate / {connections_per_lcu} ({} LCU at \
             {}); processed bytes and rule evaluations are assumed to stay below that.",
            significant(rate_per_s / connections_per_lcu, 2),
            format_rate(*rate_per_s)
        ),
        Note::FreeTierOff => {
            "Lambda's free tier is off: it is per account, not per workload.".to_string()
        }
        Note::Spot { discount } => format!(
            "Fargate Spot is priced at the book's {} discount, the most AWS promises; actual Spot \
             prices vary.",
            format_percent(*discount)
        ),
        Note::SeedExample(seed) => format!(
            "The seed article's example (1 hour, 60 invocations of 1 min, 2 GB) quotes ~$2.88 per \
             1M requests for Lambda and ~$0.085 per hour for Fargate; AWS's rates give Lambda 60 x \
             60 s x 2 GB = 7,200 GB-s = {} + ${:.6} for 60 requests = {} per hour, and Fargate 1 \
             vCPU / 2 GB = {} per hour (${:.4}). For a task busy all hour Fargate is the cheaper, \
             by {}x.",
            format_usd(seed.compute_usd),
            seed.requests_usd,
            format_usd(seed.lambda_hour_usd()),
            format_usd(seed.fargate_hour_usd),
            seed.fargate_hour_usd,
            significant(seed.lambda_hour_usd() / seed.fargate_hour_usd, 2)
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn notes_read_as_sentences_in_their_numbers() {
        let sizing = Note::Sizing {
            hours_per_month: 730.0,
            tasks: Some(1.0),
            requests_per_task: 8.0,
            utilization: 0.7,
        };
        assert_eq!(
            note(&sizing),
            "A month is 730 hours; Fargate runs 1 task all month, sized for 8 requests in flight \
             per task at 70% utilization."
        );
        let blocked = Note::Sizing {
            hours_per_month: 730.0,
            tasks: None,
            requests_per_task: 1.0,
            utilization: 0.7,
        };
        assert!(note(&blocked).contains("Fargate runs no tasks all month, sized for 1 request "));
        let alb = Note::AlbCapacity { connections_per_lcu: 25.0, rate_per_s: 50.0 };
        assert!(note(&alb).contains("so LCUs = rate / 25 (2 LCU at 50/s)"), "{}", note(&alb));
    }
}

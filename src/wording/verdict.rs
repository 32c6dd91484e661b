//! The verdict in words: the headline from the rule and the reasons, each reason's sentence, the
//! tie-breaker and the flip points ("Lambda would win below 3.1/s").

use super::blocker::blocker;
use super::cost::{percent, under_one_percent};
use super::platform_name;
use crate::engine::cost::format_usd;
use crate::engine::flips::STATES;
use crate::engine::platform::Platform;
use crate::engine::report::{
    Choice, CostComparison, FlipPoint, Reason, Rule, Side, TieBreaker, Verdict,
};
use crate::engine::scenario::Input;
use crate::engine::units::{self, format_rate, significant};

/// One reason as a sentence (no capital, no full stop).
pub fn reason(reason: &Reason) -> String {
    match reason {
        Reason::Blocked { platform, blocker: fact } => {
            format!("{} is blocked: {}", platform_name(*platform), blocker(*platform, fact))
        }
        Reason::Persistent => "persistent state needs a long-running container with a volume; \
                               Lambda keeps nothing between invocations"
            .to_string(),
        Reason::Sessions => {
            "sessions and long-lived connections favour long-running containers".to_string()
        }
        Reason::Latency { poor, lambda, fargate, budget_s } => {
            super::latency::side(*poor, *lambda, *fargate, *budget_s)
        }
        Reason::WarmCache { rate_per_s } => format!(
            "a warm cache at {} is shared by a few long-running tasks but split across Lambda's \
             many environments",
            format_rate(*rate_per_s)
        ),
        Reason::TieBreaker(tie) => format!("tie-breaker: {}", tie_breaker(tie)),
        Reason::Immaterial { difference_usd, materiality_usd } => format!(
            "the difference, {} a month, is under the {} materiality line: the choice should \
             rest on fit rather than cost",
            format_usd(*difference_usd),
            units::format_usd_rounded(*materiality_usd)
        ),
        Reason::Cost(cost) => format!(
            "{} costs {} a month against {}'s {} at {} ({} cheaper)",
            platform_name(cost.cheaper),
            format_usd(cost.cheaper_usd),
            platform_name(cost.cheaper.other()),
            format_usd(cost.dearer_usd),
            format_rate(cost.rate_per_s),
            percent(cost.share())
        ),
        Reason::ProvisionedOption(option) => format!(
            "with provisioned concurrency ({}) Lambda would keep the latency budget for {} a \
             month (--provisioned auto)",
            if option.scheduled {
                format!(
                    "scheduled, up to {} environments",
                    units::format_count(option.environments_peak)
                )
            } else {
                format!("{} environments all month", units::format_count(option.environments_peak))
            },
            format_usd(option.lambda_usd)
        ),
        Reason::BreakEven { rate_per_s } => format!(
            "break-even at {}: above it Fargate stays cheaper",
            units::format_rate_with_month(*rate_per_s)
        ),
    }
}

/// What decides a near tie, and why.
pub fn tie_breaker(tie: &TieBreaker) -> String {
    let in_flight = units::counted(&significant(tie.concurrency, 2), "request", "requests");
    match tie.favours {
        Platform::Lambda => format!(
            "Lambda, because the load averages {in_flight} in flight and Lambda costs nothing \
             while idle"
        ),
        Platform::Fargate => format!(
            "Fargate, because {in_flight} in flight is steady load and tasks have no cold starts"
        ),
    }
}

/// "$34.45 a month cheaper (38%) at 50/s", and the materiality line when the difference is
/// under it.
fn cheaper_phrase(cost: &CostComparison, line: Option<f64>) -> String {
    let difference = cost.dearer_usd - cost.cheaper_usd;
    let dollars =
        if difference < 0.005 { "under $0.01".to_string() } else { format_usd(difference) };
    let under = line.map_or_else(String::new, |line| {
        format!(", under the {} materiality line", units::format_usd_rounded(line))
    });
    format!(
        "{dollars} a month cheaper ({}) at {}{under}",
        percent(cost.share()),
        format_rate(cost.rate_per_s)
    )
}

/// The verdict's headline: the choice and the one reason that decided it.
#[allow(clippy::too_many_lines)] // one arm per rule, in the rules' order
pub fn headline(verdict: &Verdict) -> String {
    let blocked = |wanted: Platform| {
        verdict.reasons.iter().find_map(|reason| match reason {
            Reason::Blocked { platform, blocker: fact } if *platform == wanted => {
                Some(blocker(*platform, fact))
            }
            _ => None,
        })
    };
    let cost = verdict.reasons.iter().find_map(|reason| match reason {
        Reason::Cost(cost) => Some(*cost),
        _ => None,
    });
    let line = verdict.reasons.iter().find_map(|reason| match reason {
        Reason::Immaterial { materiality_usd, .. } => Some(*materiality_usd),
        _ => None,
    });
    let cheaper = cost.map(|cost| (cost.cheaper, cheaper_phrase(&cost, line)));
    let choice = verdict.choice;
    match verdict.rule {
        Rule::Blockers => {
            let (lambda, fargate) = (blocked(Platform::Lambda), blocked(Platform::Fargate));
            let why = lambda.clone().or_else(|| fargate.clone()).unwrap_or_default();
            match choice {
                Choice::Neither if lambda.is_none() => {
                    format!("Neither: {why}, and Lambda cannot keep persistent state")
                }
                Choice::Neither => format!("Neither: {why}; {}", fargate.unwrap_or_default()),
                Choice::Fargate => format!("Fargate: {why}"),
                _ => format!("Lambda: {why}"),
            }
        }
        Rule::Persistent => match &cheaper {
            Some((Platform::Fargate, phrase)) => format!(
                "Fargate: persistent state needs a long-running container, and it is {phrase}"
            ),
            Some((_, phrase)) => format!(
                "Fargate: persistent state needs a long-running container, though Lambda would \
                 be {phrase}"
            ),
            None => "Fargate: persistent state needs a long-running container".to_string(),
        },
        Rule::Sessions => match (&cheaper, choice) {
            (Some((_, phrase)), Choice::Lambda) => format!(
                "Lambda: {phrase}, enough to outweigh the sessions' pull towards containers"
            ),
            (Some((Platform::Fargate, phrase)), _) => {
                format!("Fargate: {phrase}, and sessions favour long-running containers")
            }
            (Some((_, phrase)), _) => format!(
                "Fargate: sessions favour long-running containers, though Lambda is {phrase}"
            ),
            (None, _) => "Fargate: sessions favour long-running containers".to_string(),
        },
        Rule::Latency => {
            let why = verdict
                .reasons
                .iter()
                .find_map(|reason| match reason {
                    Reason::Latency { poor, lambda, fargate, budget_s } => {
                        let wait = super::latency::wait(*poor, *lambda, *fargate, *budget_s);
                        Some(format!("on {} {wait}", platform_name(*poor)))
                    }
                    _ => None,
                })
                .unwrap_or_default();
            let winner =
                if choice == Choice::Lambda { Platform::Lambda } else { Platform::Fargate };
            let winner_name = platform_name(winner);
            match &cheaper {
                Some((platform, phrase)) if *platform != winner => {
                    format!("{winner_name}: {why}, though {} is {phrase}", platform_name(*platform))
                }
                Some((_, phrase)) => format!("{winner_name}: {why}, and it is {phrase}"),
                None => format!("{winner_name}: {why}"),
            }
        }
        Rule::Cache => {
            let at = verdict.reasons.iter().find_map(|reason| match reason {
                Reason::WarmCache { rate_per_s } => Some(format_rate(*rate_per_s)),
                _ => None,
            });
            match (&cheaper, choice) {
                (Some((_, phrase)), Choice::Lambda) => {
                    format!("Lambda: {phrase}, despite the warm cache")
                }
                (Some((Platform::Fargate, phrase)), _) => {
                    format!("Fargate: {phrase}, and a warm cache favours long-running tasks")
                }
                (Some((_, phrase)), _) => format!(
                    "Fargate: a warm cache at {} favours long-running tasks, though Lambda is \
                     {phrase}",
                    at.unwrap_or_default()
                ),
                (None, _) => "Fargate: a warm cache favours long-running tasks".to_string(),
            }
        }
        Rule::Cost => match (&cheaper, cost, choice) {
            (Some((platform, phrase)), _, Choice::Lambda | Choice::Fargate) => {
                format!("{}: {phrase}", platform_name(*platform))
            }
            (Some((platform, phrase)), Some(cost), _) => {
                let tie = verdict.reasons.iter().find_map(|reason| match reason {
                    Reason::TieBreaker(tie) => Some(tie_breaker(tie)),
                    _ => None,
                });
                let tie = tie.unwrap_or_default();
                if line.is_some() {
                    return format!(
                        "Either: {} is {phrase}, so fit decides: {tie}",
                        platform_name(*platform)
                    );
                }
                let only = if under_one_percent(cost.share()) { "" } else { "only " };
                format!(
                    "Either: {} is {only}{phrase} (within 10%); tie-breaker: {tie}",
                    platform_name(*platform)
                )
            }
            _ => "Either".to_string(),
        },
    }
}

/// A flip point's value in the input's own units: "3.1/s", "86% CPU share", "2 tasks minimum",
/// "sessions".
pub fn flip_value(flip: &FlipPoint) -> String {
    if flip.input == Input::State {
        let state = STATES.get(flip.value as usize);
        return state.map_or_else(String::new, |state| state.describe().to_string());
    }
    let text = flip
        .input
        .spec()
        .map_or_else(|| significant(flip.value, 3), |spec| spec.format_short(flip.value));
    match flip.input {
        Input::CpuShare => format!("{text} CPU share"),
        Input::MinTasks => units::counted(&text, "task minimum", "tasks minimum"),
        _ => text,
    }
}

/// A flip point as a sentence: "Lambda would win below 3.1/s".
pub fn flip(flip: &FlipPoint) -> String {
    let side = match flip.side {
        Side::With => "with",
        Side::Below => "below",
        Side::Above => "above",
    };
    let value = flip_value(flip);
    match flip.becomes {
        Choice::Lambda => format!("Lambda would win {side} {value}"),
        Choice::Fargate => format!("Fargate would win {side} {value}"),
        Choice::Either => format!("It would be a toss-up {side} {value}"),
        Choice::Neither => format!("Neither would fit {side} {value}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::blocker::Blocker;
    use crate::engine::scenario::{State, TaskSize};

    fn verdict(choice: Choice, rule: Rule, reasons: Vec<Reason>) -> Verdict {
        Verdict { choice, rule, reasons, flip_points: Vec::new() }
    }

    #[test]
    fn the_headline_names_the_deciding_reason() {
        let task = TaskSize { vcpu: 0.25, memory_gb: 0.5 };
        let too_small = Reason::Blocked {
            platform: Platform::Fargate,
            blocker: Blocker::FixedTaskTooSmall { task, memory_mb: 2048.0 },
        };
        assert_eq!(
            headline(&verdict(Choice::Neither, Rule::Blockers, vec![too_small])),
            "Neither: task size 0.25 vCPU / 0.5 GB has less memory than one invocation's 2 GB, \
             and Lambda cannot keep persistent state"
        );
        let cost = Reason::Cost(CostComparison {
            cheaper: Platform::Lambda,
            cheaper_usd: 95.0,
            dearer_usd: 100.0,
            rate_per_s: 10.0,
        });
        let tie = Reason::TieBreaker(TieBreaker { favours: Platform::Fargate, concurrency: 1.2 });
        let either = verdict(Choice::Either, Rule::Cost, vec![tie, cost.clone()]);
        assert_eq!(
            headline(&either),
            "Either: Lambda is only $5.00 a month cheaper (5%) at 10/s (within 10%); tie-breaker: \
             Fargate, because 1.2 requests in flight is steady load and tasks have no cold starts"
        );
        assert_eq!(
            reason(&cost),
            "Lambda costs $95.00 a month against Fargate's $100.00 at 10/s (5% cheaper)"
        );
    }

    #[test]
    fn a_difference_under_the_line_leaves_the_choice_to_fit() {
        let cost = Reason::Cost(CostComparison {
            cheaper: Platform::Lambda,
            cheaper_usd: 0.0,
            dearer_usd: 34.45,
            rate_per_s: 1.0 / 86_400.0,
        });
        let line = Reason::Immaterial { difference_usd: 34.45, materiality_usd: 50.0 };
        let tie = Reason::TieBreaker(TieBreaker { favours: Platform::Lambda, concurrency: 0.01 });
        let either = verdict(Choice::Either, Rule::Cost, vec![line.clone(), tie, cost.clone()]);
        assert_eq!(
            headline(&either),
            "Either: Lambda is $34.45 a month cheaper (100%) at 1/day, under the $50 materiality \
             line, so fit decides: Lambda, because the load averages 0.01 requests in flight and \
             Lambda costs nothing while idle"
        );
        assert_eq!(
            reason(&line),
            "the difference, $34.45 a month, is under the $50 materiality line: the choice should \
             rest on fit rather than cost"
        );
        let won = verdict(Choice::Lambda, Rule::Cost, vec![cost]);
        assert_eq!(headline(&won), "Lambda: $34.45 a month cheaper (100%) at 1/day");
    }

    #[test]
    fn flip_points_say_where_the_verdict_changes() {
        let rate = FlipPoint {
            input: Input::Rate,
            value: 3.1,
            becomes: Choice::Lambda,
            side: Side::Below,
        };
        assert_eq!(flip(&rate), "Lambda would win below 3.1/s");
        let state = FlipPoint {
            input: Input::State,
            value: 2.0,
            becomes: Choice::Fargate,
            side: Side::With,
        };
        assert_eq!(flip(&state), format!("Fargate would win with {}", State::Sessions.describe()));
        let minimum = FlipPoint {
            input: Input::MinTasks,
            value: 1.0,
            becomes: Choice::Fargate,
            side: Side::With,
        };
        assert_eq!(flip(&minimum), "Fargate would win with 1 task minimum");
        let share = FlipPoint {
            input: Input::CpuShare,
            value: 0.864,
            becomes: Choice::Lambda,
            side: Side::Above,
        };
        assert_eq!(flip(&share), "Lambda would win above 86.4% CPU share");
    }
}

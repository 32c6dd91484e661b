//! The verdict: blockers first, then statefulness, then cost with a 10% margin.
//!
//! [`decide`] is the whole rule set on numbers alone (no strings), so the flip-point search can
//! ask it thousands of times; [`verdict`] words the answer for the report.
//!
//! Rules, in order:
//! 1. Both platforms blocked: neither. Lambda blocked: Fargate. Fargate blocked: Lambda, unless
//!    the state is persistent (Lambda keeps nothing durable): neither.
//! 2. Persistent state: Fargate.
//! 3. Sessions: Fargate, unless Lambda costs at most half as much ([`FAR_CHEAPER`]).
//! 4. Warm cache at [`CACHE_BUSY_RATE`] or more: Fargate, unless Lambda is at least 10% cheaper.
//! 5. Cost: the platform at least 10% cheaper ([`MARGIN`]) wins; within it, either.

use super::cost::format_usd;
use super::model::Model;
use super::platform::{PerPlatform, Platform};
use super::report::Choice;
use super::scenario::State;
use super::units;

/// The share by which one platform must be cheaper than the other to win on cost.
pub const MARGIN: f64 = 0.10;
/// With sessions, Lambda must cost at most this share of Fargate to win.
pub const FAR_CHEAPER: f64 = 0.5;
/// From this rate a warm cache pays off on a few long-lived tasks better than on Lambda's many
/// environments (each with its own cold copy).
pub const CACHE_BUSY_RATE: f64 = 1.0;

/// Which rule decided.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Rule {
    Blockers,
    Persistent,
    Sessions,
    Cache,
    Cost,
}

/// Everything but the cost ratio that the rules read; constant between two inputs means the
/// verdict depends on the ratio alone, monotonically.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Regime {
    /// Which platforms cannot run the workload.
    pub blocked: PerPlatform<bool>,
    pub state: State,
    pub cache_busy: bool,
}

impl Regime {
    pub fn of(model: &Model) -> Self {
        Self {
            blocked: PerPlatform::from_fn(|platform| model.blocked(platform)),
            state: model.knobs.state,
            cache_busy: model.knobs.rate_per_s >= CACHE_BUSY_RATE,
        }
    }
}

/// The verdict from the regime and the ratio Lambda / Fargate (ignored when a platform is
/// blocked). Monotone in the ratio: Lambda, then Either, then Fargate as it grows.
pub fn decide(regime: Regime, ratio: f64) -> (Choice, Rule) {
    match (regime.blocked[Platform::Lambda], regime.blocked[Platform::Fargate]) {
        (true, true) => return (Choice::Neither, Rule::Blockers),
        (true, false) => return (Choice::Fargate, Rule::Blockers),
        (false, true) if regime.state == State::Persistent => {
            return (Choice::Neither, Rule::Blockers);
        }
        (false, true) => return (Choice::Lambda, Rule::Blockers),
        (false, false) => {}
    }
    match regime.state {
        State::Persistent => (Choice::Fargate, Rule::Persistent),
        State::Sessions if ratio <= FAR_CHEAPER => (Choice::Lambda, Rule::Sessions),
        State::Sessions => (Choice::Fargate, Rule::Sessions),
        State::Cache if regime.cache_busy && ratio <= 1.0 - MARGIN => (Choice::Lambda, Rule::Cache),
        State::Cache if regime.cache_busy => (Choice::Fargate, Rule::Cache),
        _ if ratio <= 1.0 - MARGIN => (Choice::Lambda, Rule::Cost),
        _ if ratio >= 1.0 / (1.0 - MARGIN) => (Choice::Fargate, Rule::Cost),
        _ => (Choice::Either, Rule::Cost),
    }
}

/// Lambda / Fargate from each platform's monthly cost (0 for a blocked one: the rules do not
/// read the ratio then). The flip search bounds it with the same function.
pub fn ratio(costs: &PerPlatform<f64>) -> f64 {
    let (lambda, fargate) = (costs[Platform::Lambda], costs[Platform::Fargate]);
    if fargate > 0.0 {
        lambda / fargate
    } else if lambda > 0.0 {
        f64::INFINITY
    } else {
        1.0
    }
}

/// Each platform's monthly cost at the model's rate, 0 when blocked.
pub fn costs_at(model: &Model) -> PerPlatform<f64> {
    let rate = model.knobs.rate_per_s;
    PerPlatform::from_fn(|platform| model.cost(platform, rate).unwrap_or(0.0))
}

/// The verdict at the model's knobs.
pub fn decide_model(model: &Model) -> Choice {
    decide(Regime::of(model), ratio(&costs_at(model))).0
}

/// How much cheaper the cheaper platform is, as a share of the dearer one.
fn saving(cheaper: f64, dearer: f64) -> f64 {
    if dearer > 0.0 { 1.0 - cheaper / dearer } else { 0.0 }
}

/// "38%"; a share that rounds to 0% or 100% without being it reads "under 1%" or "over 99%"
/// (a platform is 100% cheaper only when it is free).
fn percent(share: f64) -> String {
    let whole = (share * 100.0).round();
    if whole < 1.0 && share > 0.0 {
        "under 1%".to_string()
    } else if whole >= 100.0 && share < 1.0 {
        "over 99%".to_string()
    } else {
        format!("{}%", whole as i64)
    }
}

/// The worded verdict: choice, headline and ranked reasons (flip points are added by the caller).
#[allow(clippy::too_many_lines)] // one headline per rule
pub fn word(
    model: &Model,
    lambda_blocked_by: &[String],
    fargate_blocked_by: &[String],
) -> (Choice, String, Vec<String>) {
    let knobs = model.knobs;
    let rate = knobs.rate_per_s;
    let at = units::format_rate(rate);
    let (choice, rule) = decide(Regime::of(model), ratio(&costs_at(model)));
    let lambda = model.cost(Platform::Lambda, rate);
    let fargate = model.cost(Platform::Fargate, rate);
    let mut reasons = Vec::new();
    for blocker in lambda_blocked_by {
        reasons.push(format!("Lambda is blocked: {blocker}"));
    }
    for blocker in fargate_blocked_by {
        reasons.push(format!("Fargate is blocked: {blocker}"));
    }
    let cost_sentence = match (lambda, fargate) {
        (Some(lambda), Some(fargate)) if lambda <= fargate => Some((
            Choice::Lambda,
            saving(lambda, fargate),
            format!(
                "Lambda costs {} a month against Fargate's {} at {at} ({} cheaper)",
                format_usd(lambda),
                format_usd(fargate),
                percent(saving(lambda, fargate))
            ),
        )),
        (Some(lambda), Some(fargate)) => Some((
            Choice::Fargate,
            saving(fargate, lambda),
            format!(
                "Fargate costs {} a month against Lambda's {} at {at} ({} cheaper)",
                format_usd(fargate),
                format_usd(lambda),
                percent(saving(fargate, lambda))
            ),
        )),
        _ => None,
    };
    let cheaper_phrase = cost_sentence.as_ref().map(|(cheaper, share, _)| {
        let name = if *cheaper == Choice::Lambda { "Lambda" } else { "Fargate" };
        (name, format!("{} cheaper at {at}", percent(*share)))
    });
    let headline = match rule {
        Rule::Blockers => {
            let first = lambda_blocked_by.first().or(fargate_blocked_by.first());
            let why = first.map_or_else(String::new, Clone::clone);
            match choice {
                Choice::Neither if lambda_blocked_by.is_empty() => {
                    format!("Neither: {why}, and Lambda cannot keep persistent state")
                }
                Choice::Neither => {
                    let second = fargate_blocked_by.first().map_or_else(String::new, Clone::clone);
                    format!("Neither: {why}; {second}")
                }
                Choice::Fargate => format!("Fargate: {why}"),
                _ => format!("Lambda: {why}"),
            }
        }
        Rule::Persistent => {
            reasons.push("persistent state needs a long-running container with a volume; Lambda keeps nothing between invocations".to_string());
            match &cheaper_phrase {
                Some(("Fargate", phrase)) => {
                    format!(
                        "Fargate: persistent state needs a long-running container, and it is {phrase}"
                    )
                }
                Some((_, phrase)) => format!(
                    "Fargate: persistent state needs a long-running container, though Lambda would be {phrase}"
                ),
                None => "Fargate: persistent state needs a long-running container".to_string(),
            }
        }
        Rule::Sessions => {
            reasons.push(
                "sessions and long-lived connections favour long-running containers".to_string(),
            );
            match (&cheaper_phrase, choice) {
                (Some((_, phrase)), Choice::Lambda) => format!(
                    "Lambda: {phrase}, enough to outweigh the sessions' pull towards containers"
                ),
                (Some(("Fargate", phrase)), _) => {
                    format!("Fargate: {phrase}, and sessions favour long-running containers")
                }
                (Some((_, phrase)), _) => format!(
                    "Fargate: sessions favour long-running containers, though Lambda is {phrase}"
                ),
                (None, _) => "Fargate: sessions favour long-running containers".to_string(),
            }
        }
        Rule::Cache => {
            reasons.push(format!(
                "a warm cache at {at} is shared by a few long-running tasks but split across Lambda's many environments"
            ));
            match (&cheaper_phrase, choice) {
                (Some((_, phrase)), Choice::Lambda) => {
                    format!("Lambda: {phrase}, despite the warm cache")
                }
                (Some(("Fargate", phrase)), _) => {
                    format!("Fargate: {phrase}, and a warm cache favours long-running tasks")
                }
                (Some((_, phrase)), _) => format!(
                    "Fargate: a warm cache at {at} favours long-running tasks, though Lambda is {phrase}"
                ),
                (None, _) => "Fargate: a warm cache favours long-running tasks".to_string(),
            }
        }
        Rule::Cost => match (&cheaper_phrase, choice) {
            (Some((name, phrase)), Choice::Lambda | Choice::Fargate) => format!("{name}: {phrase}"),
            (Some((name, phrase)), _) => {
                let tie = tie_breaker(model);
                reasons.push(format!("tie-breaker: {tie}"));
                let only = if phrase.starts_with("under") { "" } else { "only " };
                format!("Either: {name} is {only}{phrase} (within 10%); tie-breaker: {tie}")
            }
            (None, _) => "Either".to_string(),
        },
    };
    if let Some((_, _, sentence)) = cost_sentence {
        reasons.push(sentence);
    }
    (choice, headline, reasons)
}

/// What decides a near tie: idle time favours Lambda (it costs nothing idle and scales per
/// request); steady load favours Fargate (no cold starts, no 15-minute limit).
pub fn tie_breaker(model: &Model) -> String {
    let concurrency = model.knobs.rate_per_s * model.knobs.runtime_s;
    if concurrency < 1.0 {
        format!(
            "Lambda, because the load averages {} in flight and Lambda costs nothing while idle",
            units::counted(&units::significant(concurrency, 2), "request", "requests")
        )
    } else {
        format!(
            "Fargate, because {} in flight is steady load and tasks have no cold starts",
            units::counted(&units::significant(concurrency, 2), "request", "requests")
        )
    }
}

/// "Lambda would win below 3.1/s".
pub fn flip_sentence(becomes: Choice, value_text: &str, below: bool, discrete: bool) -> String {
    let side = if discrete {
        "with"
    } else if below {
        "below"
    } else {
        "above"
    };
    match becomes {
        Choice::Lambda => format!("Lambda would win {side} {value_text}"),
        Choice::Fargate => format!("Fargate would win {side} {value_text}"),
        Choice::Either => format!("It would be a toss-up {side} {value_text}"),
        Choice::Neither => format!("Neither would fit {side} {value_text}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn regime(state: State, cache_busy: bool) -> Regime {
        Regime { blocked: PerPlatform::new(false, false), state, cache_busy }
    }

    #[test]
    fn rules_in_order() {
        let blocked = |lambda_blocked, fargate_blocked, state| Regime {
            blocked: PerPlatform::new(lambda_blocked, fargate_blocked),
            state,
            cache_busy: false,
        };
        // (regime, Lambda / Fargate) -> choice
        for (regime, ratio, expected) in [
            (blocked(true, true, State::Stateless), 0.1, Choice::Neither),
            (blocked(true, false, State::Stateless), 0.1, Choice::Fargate),
            (blocked(false, true, State::Stateless), 10.0, Choice::Lambda),
            (blocked(false, true, State::Persistent), 10.0, Choice::Neither),
            (regime(State::Persistent, false), 0.01, Choice::Fargate),
            (regime(State::Sessions, false), 0.5, Choice::Lambda),
            (regime(State::Sessions, false), 0.51, Choice::Fargate),
            (regime(State::Cache, true), 0.95, Choice::Fargate),
            (regime(State::Cache, true), 0.9, Choice::Lambda),
            (regime(State::Cache, false), 0.95, Choice::Either),
            (regime(State::Stateless, false), 0.9, Choice::Lambda),
            (regime(State::Stateless, false), 0.91, Choice::Either),
            (regime(State::Stateless, false), 1.1, Choice::Either),
            (regime(State::Stateless, false), 1.0 / 0.9, Choice::Fargate),
            (regime(State::Stateless, false), 5.0, Choice::Fargate),
        ] {
            assert_eq!(decide(regime, ratio).0, expected, "{regime:?} {ratio}");
        }
    }

    #[test]
    fn decide_is_monotone_in_the_ratio() {
        let order = |choice| match choice {
            Choice::Lambda => 0,
            Choice::Either => 1,
            _ => 2,
        };
        for state in [State::Stateless, State::Cache, State::Sessions, State::Persistent] {
            for busy in [false, true] {
                let mut last = 0;
                for step in 0..400 {
                    let ratio = f64::from(step) / 100.0;
                    let now = order(decide(regime(state, busy), ratio).0);
                    assert!(now >= last, "{state:?} {busy} {ratio}");
                    last = now;
                }
            }
        }
    }

    #[test]
    fn a_share_near_none_or_all_is_not_rounded_to_0_or_100() {
        assert_eq!(percent(0.42), "42%");
        assert_eq!(percent(0.004), "under 1%");
        assert_eq!(percent(0.005), "1%");
        assert_eq!(percent(0.996), "over 99%");
        assert_eq!(percent(1.0), "100%");
        assert_eq!(percent(0.0), "0%");
    }
}

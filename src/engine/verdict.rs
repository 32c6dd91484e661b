//! The verdict: blockers first, then statefulness, then cost with a 10% margin.
//!
//! [`decide`] is the whole rule set on numbers alone, so the flip-point search can ask it
//! thousands of times; [`explain`] gives the report the rule and the reasons as facts, which the
//! wording module turns into the headline and sentences.
//!
//! Rules, in order:
//! 1. Both platforms blocked: neither. Lambda blocked: Fargate. Fargate blocked: Lambda, unless
//!    the state is persistent (Lambda keeps nothing durable): neither.
//! 2. Persistent state: Fargate.
//! 3. Sessions: Fargate, unless Lambda costs at most half as much ([`FAR_CHEAPER`]).
//! 4. Latency: a platform poor for latency (a breached budget, a timeout) loses to one that is
//!    not.
//! 5. Warm cache at [`CACHE_BUSY_RATE`] or more: Fargate, unless Lambda is at least 10% cheaper.
//! 6. Cost: the platform at least 10% cheaper ([`MARGIN`]) wins; within it, either.
//!
//! Cost wins only when it matters: a difference under the scenario's materiality line (a
//! monthly amount) never decides, so rules 3, 5 and 6 then fall back on fit (sessions and a warm
//! cache to Fargate, otherwise either with the tie-breaker).

use super::blocker::Blocker;
use super::fit::{FargateWait, LambdaWait};
use super::latency;
use super::model::{LambdaBill, Model};
use super::platform::{PerPlatform, Platform};
use super::report::{Choice, ProvisionedFigures, Verdict};
use super::scenario::State;

/// The share by which one platform must be cheaper than the other to win on cost.
pub const MARGIN: f64 = 0.10;
/// With sessions, Lambda must cost at most this share of Fargate to win.
pub const FAR_CHEAPER: f64 = 0.5;
/// From this rate a warm cache pays off on a few long-lived tasks better than on Lambda's many
/// environments (each with its own cold copy).
pub const CACHE_BUSY_RATE: f64 = 1.0;

/// Which rule decided.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Rule {
    Blockers,
    Persistent,
    Sessions,
    Latency,
    Cache,
    Cost,
}

/// Everything but the two bills that the rules read; constant between two inputs means the
/// verdict depends on the bills alone, monotonically (it never moves towards Lambda as Lambda's
/// bill grows or Fargate's falls).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Regime {
    /// Which platforms cannot run the workload.
    pub blocked: PerPlatform<bool>,
    pub state: State,
    pub cache_busy: bool,
    /// Which platforms are poor for latency.
    pub latency_poor: PerPlatform<bool>,
    /// The monthly difference, USD, below which cost does not decide.
    pub materiality_usd: f64,
}

impl Regime {
    pub fn of(model: &Model) -> Self {
        Self::with_lambda_bill(model, None)
    }

    /// [`Regime::of`], with Lambda's bill at the model's rate when the caller has it already.
    pub fn with_lambda_bill(model: &Model, lambda_bill: Option<&LambdaBill>) -> Self {
        Self {
            blocked: PerPlatform::from_fn(|platform| model.blocked(platform)),
            state: model.knobs.state,
            cache_busy: model.knobs.rate_per_s >= CACHE_BUSY_RATE,
            latency_poor: latency::poor_with(model, lambda_bill),
            materiality_usd: model.knobs.materiality_usd,
        }
    }
}

/// The verdict from the regime and each platform's monthly cost (ignored when a platform is
/// blocked). Monotone in the bills: Lambda, then Either, then Fargate as Lambda's grows or
/// Fargate's falls.
pub fn decide(regime: Regime, costs: &PerPlatform<f64>) -> (Choice, Rule) {
    match (regime.blocked[Platform::Lambda], regime.blocked[Platform::Fargate]) {
        (true, true) => return (Choice::Neither, Rule::Blockers),
        (true, false) => return (Choice::Fargate, Rule::Blockers),
        (false, true) if regime.state == State::Persistent => {
            return (Choice::Neither, Rule::Blockers);
        }
        (false, true) => return (Choice::Lambda, Rule::Blockers),
        (false, false) => {}
    }
    let ratio = ratio(costs);
    let gap = costs[Platform::Fargate] - costs[Platform::Lambda];
    // Lambda cheaper, or Fargate cheaper, by an amount that matters.
    let lambda_by = |share: f64| ratio <= share && gap >= regime.materiality_usd;
    let fargate_wins = ratio >= 1.0 / (1.0 - MARGIN) && -gap >= regime.materiality_usd;
    match regime.state {
        State::Persistent => (Choice::Fargate, Rule::Persistent),
        State::Sessions if lambda_by(FAR_CHEAPER) => (Choice::Lambda, Rule::Sessions),
        State::Sessions => (Choice::Fargate, Rule::Sessions),
        _ if regime.latency_poor[Platform::Lambda] && !regime.latency_poor[Platform::Fargate] => {
            (Choice::Fargate, Rule::Latency)
        }
        _ if regime.latency_poor[Platform::Fargate] && !regime.latency_poor[Platform::Lambda] => {
            (Choice::Lambda, Rule::Latency)
        }
        State::Cache if regime.cache_busy && lambda_by(1.0 - MARGIN) => {
            (Choice::Lambda, Rule::Cache)
        }
        State::Cache if regime.cache_busy => (Choice::Fargate, Rule::Cache),
        _ if lambda_by(1.0 - MARGIN) => (Choice::Lambda, Rule::Cost),
        _ if fargate_wins => (Choice::Fargate, Rule::Cost),
        _ => (Choice::Either, Rule::Cost),
    }
}

/// Whether the two bills differ by less than the materiality line (both must be priced).
pub fn immaterial(regime: Regime, costs: &PerPlatform<f64>) -> bool {
    !regime.blocked.values().any(|&blocked| blocked)
        && (costs[Platform::Fargate] - costs[Platform::Lambda]).abs() < regime.materiality_usd
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
    decide_with_bills(model).0
}

/// The regime and both bills at the model's knobs, Lambda's bill asked once.
pub fn decide_with_bills(model: &Model) -> (Choice, Regime, PerPlatform<f64>) {
    let rate = model.knobs.rate_per_s;
    let bill = model.lambda.as_ref().map(|lambda| lambda.bill(rate));
    let regime = Regime::with_lambda_bill(model, bill.as_ref());
    let costs = PerPlatform::new(
        bill.map_or(0.0, |bill| bill.total()),
        model.cost(Platform::Fargate, rate).unwrap_or(0.0),
    );
    (decide(regime, &costs).0, regime, costs)
}

/// The platform a two-way choice passes over.
fn choice_loser(choice: Choice) -> Platform {
    if choice == Choice::Lambda { Platform::Fargate } else { Platform::Lambda }
}

/// Why the verdict is what it is, most important first; the wording module words each.
#[derive(Debug, Clone, PartialEq)]
pub enum Reason {
    /// A platform cannot run the workload.
    Blocked { platform: Platform, blocker: Blocker },
    /// Persistent state needs a long-running container with a volume.
    Persistent,
    /// Sessions and long-lived connections favour long-running containers.
    Sessions,
    /// One platform makes requests wait past the budget (or time out); the other does not.
    Latency { poor: Platform, lambda: LambdaWait, fargate: FargateWait, budget_s: Option<f64> },
    /// A warm cache at this rate is shared by a few tasks but split across many environments.
    WarmCache { rate_per_s: f64 },
    /// What decides a near tie.
    TieBreaker(TieBreaker),
    /// The bills differ by less than the materiality line: cost does not decide.
    Immaterial { difference_usd: f64, materiality_usd: f64 },
    /// Both bills at the current rate.
    Cost(CostComparison),
    /// Above this rate Fargate stays cheaper.
    BreakEven { rate_per_s: f64 },
    /// Lambda breaches the latency budget on demand; with this provisioned concurrency it
    /// would keep it.
    ProvisionedOption(ProvisionedFigures),
}

/// Both bills at one rate, the cheaper first.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct CostComparison {
    pub cheaper: Platform,
    pub cheaper_usd: f64,
    pub dearer_usd: f64,
    pub rate_per_s: f64,
}

impl CostComparison {
    /// How much cheaper the cheaper platform is, as a share of the dearer one.
    pub fn share(&self) -> f64 {
        if self.dearer_usd > 0.0 { 1.0 - self.cheaper_usd / self.dearer_usd } else { 0.0 }
    }
}

/// The tie-breaker: idle time favours Lambda (it costs nothing idle and scales per request);
/// steady load favours Fargate (no cold starts, no 15-minute limit).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct TieBreaker {
    pub favours: Platform,
    /// Requests in flight on average.
    pub concurrency: f64,
}

impl TieBreaker {
    /// The tie-breaker at the model's knobs.
    pub fn of(model: &Model) -> Self {
        let concurrency = model.knobs.rate_per_s * model.knobs.runtime_s;
        let favours = if concurrency < 1.0 { Platform::Lambda } else { Platform::Fargate };
        Self { favours, concurrency }
    }
}

/// The verdict at the model's knobs with its rule and ranked reasons (the caller adds the
/// break-even reason and the flip points): blockers first, then the rule's own reason, then both
/// bills.
pub fn explain(model: &Model, blockers: &PerPlatform<Vec<Blocker>>) -> Verdict {
    let rate = model.knobs.rate_per_s;
    let (regime, costs) = (Regime::of(model), costs_at(model));
    let (choice, rule) = decide(regime, &costs);
    let mut reasons: Vec<Reason> = blockers
        .iter()
        .flat_map(|(platform, blockers)| {
            blockers
                .iter()
                .map(move |blocker| Reason::Blocked { platform, blocker: blocker.clone() })
        })
        .collect();
    // Said where the line changed the answer, or where cost alone was to decide.
    let without_line = decide(Regime { materiality_usd: 0.0, ..regime }, &costs).0;
    let immaterial = immaterial(regime, &costs)
        && (rule == Rule::Cost || without_line != choice)
        && rule != Rule::Persistent;
    let immaterial = immaterial.then(|| Reason::Immaterial {
        difference_usd: (costs[Platform::Fargate] - costs[Platform::Lambda]).abs(),
        materiality_usd: regime.materiality_usd,
    });
    match rule {
        Rule::Persistent => reasons.push(Reason::Persistent),
        Rule::Sessions => reasons.push(Reason::Sessions),
        Rule::Latency => {
            let (_, lambda, fargate) = latency::assess(model);
            reasons.push(Reason::Latency {
                poor: choice_loser(choice),
                lambda,
                fargate,
                budget_s: model.latency.budget_s,
            });
        }
        Rule::Cache => reasons.push(Reason::WarmCache { rate_per_s: rate }),
        Rule::Cost if choice == Choice::Either => {
            reasons.extend(immaterial.clone());
            reasons.push(Reason::TieBreaker(TieBreaker::of(model)));
        }
        Rule::Blockers | Rule::Cost => {}
    }
    if rule != Rule::Cost {
        reasons.extend(immaterial);
    }
    if let (Some(lambda), Some(fargate)) =
        (model.cost(Platform::Lambda, rate), model.cost(Platform::Fargate, rate))
    {
        let (cheaper, cheaper_usd, dearer_usd) = if lambda <= fargate {
            (Platform::Lambda, lambda, fargate)
        } else {
            (Platform::Fargate, fargate, lambda)
        };
        reasons.push(Reason::Cost(CostComparison {
            cheaper,
            cheaper_usd,
            dearer_usd,
            rate_per_s: rate,
        }));
    }
    Verdict { choice, rule, reasons, flip_points: Vec::new() }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn regime(state: State, cache_busy: bool) -> Regime {
        Regime {
            blocked: PerPlatform::new(false, false),
            state,
            cache_busy,
            latency_poor: PerPlatform::new(false, false),
            materiality_usd: 0.0,
        }
    }

    /// Bills with Lambda / Fargate = `ratio`, Fargate's at $1,000.
    fn bills(ratio: f64) -> PerPlatform<f64> {
        PerPlatform::new(ratio * 1000.0, 1000.0)
    }

    #[test]
    fn rules_in_order() {
        let blocked = |lambda_blocked, fargate_blocked, state| Regime {
            blocked: PerPlatform::new(lambda_blocked, fargate_blocked),
            state,
            cache_busy: false,
            latency_poor: PerPlatform::new(false, false),
            materiality_usd: 0.0,
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
            assert_eq!(decide(regime, &bills(ratio)).0, expected, "{regime:?} {ratio}");
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
                    let now = order(decide(regime(state, busy), &bills(ratio)).0);
                    assert!(now >= last, "{state:?} {busy} {ratio}");
                    last = now;
                }
            }
        }
    }

    #[test]
    fn a_difference_under_the_line_is_no_cost_win() {
        let line = |state, busy| Regime { materiality_usd: 50.0, ..regime(state, busy) };
        // $0 against $34.45: 100% cheaper, but $34.45 a month does not decide.
        let cheap = PerPlatform::new(0.0, 34.45);
        assert_eq!(decide(line(State::Stateless, false), &cheap), (Choice::Either, Rule::Cost));
        assert_eq!(decide(line(State::Cache, true), &cheap).0, Choice::Fargate);
        assert_eq!(decide(line(State::Sessions, false), &cheap).0, Choice::Fargate);
        let dear = PerPlatform::new(34.45, 0.0);
        assert_eq!(decide(line(State::Stateless, false), &dear).0, Choice::Either);
        // At the line itself it decides again.
        let at_line = PerPlatform::new(0.0, 50.0);
        assert_eq!(decide(line(State::Stateless, false), &at_line).0, Choice::Lambda);
        assert!(immaterial(line(State::Stateless, false), &cheap));
        assert!(!immaterial(line(State::Stateless, false), &at_line));
    }

    #[test]
    fn decide_is_monotone_in_each_bill_under_a_line() {
        let order = |choice| match choice {
            Choice::Lambda => 0,
            Choice::Either => 1,
            _ => 2,
        };
        for state in [State::Stateless, State::Cache, State::Sessions] {
            let regime = Regime { materiality_usd: 50.0, ..regime(state, true) };
            for fargate in [0.0, 20.0, 60.0, 400.0] {
                let mut last = 0;
                for step in 0..600 {
                    let lambda = f64::from(step);
                    let now = order(decide(regime, &PerPlatform::new(lambda, fargate)).0);
                    assert!(now >= last, "{state:?} {lambda} {fargate}");
                    last = now;
                }
            }
        }
    }
}

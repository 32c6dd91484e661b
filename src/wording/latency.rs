//! The Latency row in words: what a request waits for on each platform, against the budget.

use std::fmt::Write as _;

use crate::engine::fit::{FargateWait, LambdaWait};
use crate::engine::latency::{API_GATEWAY_TIMEOUT_S, INIT_PHASE_LIMIT_S};
use crate::engine::units::{format_count, format_duration, format_percent, significant};

/// "over the 1 s budget" / "within the 1 s budget" / "" without one.
fn against(budget_s: Option<f64>, breached: bool) -> String {
    match budget_s {
        Some(budget) if breached => format!(", over the {} budget", format_duration(budget)),
        Some(budget) => format!(", within the {} budget", format_duration(budget)),
        None => String::new(),
    }
}

fn lambda_side(wait: LambdaWait, budget_s: Option<f64>) -> String {
    match wait {
        LambdaWait::Blocked => "Lambda cannot run it".to_string(),
        LambdaWait::Timeout { runtime_s } => format!(
            "Lambda: {} is over API Gateway's {} integration timeout",
            format_duration(runtime_s),
            format_duration(API_GATEWAY_TIMEOUT_S)
        ),
        LambdaWait::RuntimeOverBudget { runtime_s } => {
            format!("the runtime {} alone is over the budget on both", format_duration(runtime_s))
        }
        LambdaWait::InitTimesOut { init_s, runtime_s } => format!(
            "Lambda: a {} INIT re-runs inside the first invocation and with the {} runtime passes \
             the {} timeout: cold invocations fail",
            format_duration(init_s),
            format_duration(runtime_s),
            format_duration(crate::engine::model::LAMBDA_MAX_RUNTIME_S)
        ),
        LambdaWait::Cold { cold_starts, share, init_s, breached, provisioned } => {
            let mut text = if cold_starts < 0.5 {
                "Lambda: no cold starts a request waits for".to_string()
            } else {
                format!(
                    "Lambda: {} requests a month ({}) wait a {} INIT{}",
                    format_count(cold_starts),
                    format_percent(share),
                    format_duration(init_s),
                    against(budget_s, breached)
                )
            };
            if provisioned {
                text.push_str(" (provisioned environments take the rest)");
            } else if breached {
                text.push_str(" (provisioned concurrency removes it: --provisioned auto)");
            }
            if init_s > INIT_PHASE_LIMIT_S {
                let _ = write!(
                    text,
                    "; INIT over {} re-runs inside the first invocation",
                    format_duration(INIT_PHASE_LIMIT_S)
                );
            }
            text
        }
    }
}

fn fargate_side(wait: FargateWait, budget_s: Option<f64>) -> String {
    match wait {
        FargateWait::Blocked => "Fargate cannot run it".to_string(),
        FargateWait::Timeout { runtime_s } => format!(
            "Fargate: {} is over API Gateway's {} integration timeout",
            format_duration(runtime_s),
            format_duration(API_GATEWAY_TIMEOUT_S)
        ),
        FargateWait::RuntimeOverBudget { runtime_s } => {
            format!("Fargate: the runtime {} alone is over the budget", format_duration(runtime_s))
        }
        FargateWait::JobStart { start_s, breached } => format!(
            "Fargate: each job waits a {} task start{}",
            format_duration(start_s),
            against(budget_s, breached)
        ),
        FargateWait::WakeFromZero { start_s, breached } => format!(
            "Fargate: after an idle hour at 0 tasks the first requests wait a {} task start{}",
            format_duration(start_s),
            against(budget_s, breached)
        ),
        FargateWait::Warm { steepest, outruns_headroom: true, reaction_s } => format!(
            "Fargate: tasks stay warm, but an hour's rise to {}x what the tasks hold at the \
             target outruns their headroom; new tasks serve after about {}",
            significant(steepest, 2),
            format_duration(reaction_s)
        ),
        FargateWait::Warm { .. } => "Fargate: tasks stay warm, ramps within the headroom".into(),
    }
}

/// The Latency row's line.
pub fn latency(lambda: LambdaWait, fargate: FargateWait, budget_s: Option<f64>) -> String {
    format!("{}; {}", lambda_side(lambda, budget_s), fargate_side(fargate, budget_s))
}

/// The poor platform's side of the row, for the verdict's reason and headline ("Lambda: 245
/// requests a month (0.0031%) wait a 6 s INIT, over the 1 s budget …").
pub fn side(
    platform: crate::engine::platform::Platform,
    lambda: LambdaWait,
    fargate: FargateWait,
    budget_s: Option<f64>,
) -> String {
    match platform {
        crate::engine::platform::Platform::Lambda => lambda_side(lambda, budget_s),
        crate::engine::platform::Platform::Fargate => fargate_side(fargate, budget_s),
    }
}

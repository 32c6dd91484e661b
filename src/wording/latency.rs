//! The Latency row in words: what a request waits for on each platform, against the budget.

use std::fmt::Write as _;

use super::platform_name;
use crate::engine::fit::{FargateWait, LambdaWait};
use crate::engine::latency::{API_GATEWAY_TIMEOUT_S, INIT_PHASE_LIMIT_S};
use crate::engine::platform::Platform;
use crate::engine::units::{format_count, format_duration, format_percent, significant};

/// "over the 1 s budget" / "within the 1 s budget" / "" without one.
fn against(budget_s: Option<f64>, breached: bool) -> String {
    match budget_s {
        Some(budget) if breached => format!(", over the {} budget", format_duration(budget)),
        Some(budget) => format!(", within the {} budget", format_duration(budget)),
        None => String::new(),
    }
}

/// "40 s is over API Gateway's 29 s integration timeout".
fn timeout(runtime_s: f64) -> String {
    format!(
        "{} is over API Gateway's {} integration timeout",
        format_duration(runtime_s),
        format_duration(API_GATEWAY_TIMEOUT_S)
    )
}

/// "the runtime 2 s alone is over the budget".
fn over_budget(runtime_s: f64) -> String {
    format!("the runtime {} alone is over the budget", format_duration(runtime_s))
}

/// What a request waits for on Lambda, without the name.
fn lambda_wait(wait: LambdaWait, budget_s: Option<f64>) -> String {
    match wait {
        LambdaWait::Blocked => "cannot run it".to_string(),
        LambdaWait::Timeout { runtime_s } => timeout(runtime_s),
        LambdaWait::RuntimeOverBudget { runtime_s } => over_budget(runtime_s),
        LambdaWait::InitTimesOut { init_s, runtime_s } => format!(
            "a {} INIT re-runs inside the first invocation and with the {} runtime passes the {} \
             timeout: cold invocations fail",
            format_duration(init_s),
            format_duration(runtime_s),
            format_duration(crate::engine::model::LAMBDA_MAX_RUNTIME_S)
        ),
        LambdaWait::Cold { cold_starts, share, init_s, breached, provisioned } => {
            let mut text = if cold_starts < 0.5 {
                "no cold starts a request waits for".to_string()
            } else {
                format!(
                    "{} requests a month ({}) wait a {} INIT{}",
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

/// What a request waits for on Fargate, without the name.
fn fargate_wait(wait: FargateWait, budget_s: Option<f64>) -> String {
    match wait {
        FargateWait::Blocked => "cannot run it".to_string(),
        FargateWait::Timeout { runtime_s } => timeout(runtime_s),
        FargateWait::RuntimeOverBudget { runtime_s } => over_budget(runtime_s),
        FargateWait::JobStart { start_s, breached } => format!(
            "each job waits a {} task start{}",
            format_duration(start_s),
            against(budget_s, breached)
        ),
        FargateWait::WakeFromZero { start_s, breached } => format!(
            "after an idle hour at 0 tasks the first requests wait a {} task start{}",
            format_duration(start_s),
            against(budget_s, breached)
        ),
        FargateWait::Warm { steepest, outruns_headroom: true, reaction_s } => format!(
            "tasks stay warm, but an hour's rise to {}x what the tasks hold at the target outruns \
             their headroom; new tasks serve after about {}",
            significant(steepest, 2),
            format_duration(reaction_s)
        ),
        FargateWait::Warm { .. } => "tasks stay warm, ramps within the headroom".into(),
    }
}

/// What a request waits for on `platform`, without the name: the verdict words it "on Lambda
/// 245 requests a month … wait a 6 s INIT".
pub fn wait(
    platform: Platform,
    lambda: LambdaWait,
    fargate: FargateWait,
    budget_s: Option<f64>,
) -> String {
    match platform {
        Platform::Lambda => lambda_wait(lambda, budget_s),
        Platform::Fargate => fargate_wait(fargate, budget_s),
    }
}

/// One platform's side of the row, named: "Lambda: 245 requests a month …", "Fargate cannot
/// run it".
pub fn side(
    platform: Platform,
    lambda: LambdaWait,
    fargate: FargateWait,
    budget_s: Option<f64>,
) -> String {
    let blocked = match platform {
        Platform::Lambda => matches!(lambda, LambdaWait::Blocked),
        Platform::Fargate => matches!(fargate, FargateWait::Blocked),
    };
    let separator = if blocked { " " } else { ": " };
    format!("{}{separator}{}", platform_name(platform), wait(platform, lambda, fargate, budget_s))
}

/// The Latency row's line (a runtime over the budget on both is said once).
pub fn latency(lambda: LambdaWait, fargate: FargateWait, budget_s: Option<f64>) -> String {
    if let (LambdaWait::RuntimeOverBudget { runtime_s }, FargateWait::RuntimeOverBudget { .. }) =
        (lambda, fargate)
    {
        return format!("{} on both", over_budget(runtime_s));
    }
    format!(
        "{}; {}",
        side(Platform::Lambda, lambda, fargate, budget_s),
        side(Platform::Fargate, lambda, fargate, budget_s)
    )
}

//! Why a platform cannot run a workload, as facts with their values: the wording module turns
//! each into a sentence ("runtime 2 h exceeds Lambda's 15 min limit").

use super::model::{
    Context, Demand, LAMBDA_MAX_IMAGE_GB, LAMBDA_MAX_MEMORY_MB, LAMBDA_MAX_RUNTIME_S, Model,
};
use super::platform::Platform;
use super::scenario::{FargateIngress, Scenario, TaskSize, TaskSizeChoice};
use super::sizing;

/// One reason a platform cannot run the workload.
#[derive(Debug, Clone, PartialEq)]
pub enum Blocker {
    /// The scenario's region is not in the price book.
    Region { region: String },
    /// An invocation runs longer than the platform allows.
    Runtime { runtime_s: f64, limit_s: f64 },
    /// An invocation needs more memory than the platform gives one.
    Memory { memory_mb: f64, limit_mb: f64 },
    /// The container image is larger than the platform accepts.
    Image { image_gb: f64, limit_gb: f64 },
    /// No task size has the memory; `largest` is the largest there is (none in an empty table).
    NoTaskSize { memory_mb: f64, largest: Option<TaskSize> },
    /// The fixed task size has less memory than one invocation needs.
    FixedTaskTooSmall { task: TaskSize, memory_mb: f64 },
    /// The fixed task size has fewer vCPUs than one request keeps busy (`cpu_share` of a Lambda
    /// environment's `lambda_vcpu`).
    FixedTaskTooFewVcpu { task: TaskSize, vcpu_per_request: f64, cpu_share: f64, lambda_vcpu: f64 },
    /// Jobs were asked for, but an ingress waits on each answer.
    JobsBehindIngress { ingress: FargateIngress },
}

/// Every blocker of `platform` at the model's knobs, in the order the report lists them; empty
/// exactly when the model prices the platform.
pub fn blockers(platform: Platform, model: &Model, context: &Context) -> Vec<Blocker> {
    match platform {
        Platform::Lambda => lambda(model, context.base),
        Platform::Fargate => fargate(model, context),
    }
}

fn lambda(model: &Model, scenario: &Scenario) -> Vec<Blocker> {
    let knobs = model.knobs;
    let blocks = model.lambda_blocks;
    let mut blockers = Vec::new();
    if blocks.region {
        blockers.push(Blocker::Region { region: scenario.region.clone() });
    }
    if blocks.runtime {
        blockers
            .push(Blocker::Runtime { runtime_s: knobs.runtime_s, limit_s: LAMBDA_MAX_RUNTIME_S });
    }
    if blocks.memory {
        blockers
            .push(Blocker::Memory { memory_mb: knobs.memory_mb, limit_mb: LAMBDA_MAX_MEMORY_MB });
    }
    if blocks.image {
        blockers
            .push(Blocker::Image { image_gb: scenario.image_gb, limit_gb: LAMBDA_MAX_IMAGE_GB });
    }
    blockers
}

fn fargate(model: &Model, context: &Context) -> Vec<Blocker> {
    let memory_mb = model.knobs.memory_mb;
    let blocks = model.fargate_blocks;
    let mut blockers = Vec::new();
    // Without the region there are no sizes either: the region is the one reason to give.
    if blocks.region {
        blockers.push(Blocker::Region { region: context.base.region.clone() });
    } else if blocks.no_size {
        blockers.push(Blocker::NoTaskSize { memory_mb, largest: context.sizes.largest() });
    }
    if let (true, TaskSizeChoice::Fixed(task)) = (blocks.fixed_too_small, context.base.task_size) {
        blockers.push(Blocker::FixedTaskTooSmall { task, memory_mb });
    }
    if let (true, TaskSizeChoice::Fixed(task)) = (blocks.fixed_too_few_vcpu, context.base.task_size)
    {
        let demand = Demand::of(context.base, model.knobs);
        blockers.push(Blocker::FixedTaskTooFewVcpu {
            task,
            vcpu_per_request: demand.vcpu_per_request,
            cpu_share: model.knobs.cpu_share,
            lambda_vcpu: sizing::required_vcpu(memory_mb),
        });
    }
    if blocks.jobs_with_ingress {
        blockers.push(Blocker::JobsBehindIngress { ingress: context.base.fargate_ingress });
    }
    blockers
}

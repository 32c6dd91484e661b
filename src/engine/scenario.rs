//! The scenario: the five primary inputs and every assumption around them, with the one set of
//! bounds, steps and formats that the keyboard, the mouse, the CLI and the tests all share.
//!
//! Every input is addressed by [`Input`]. Numeric inputs have a [`SliderSpec`] (range, log or
//! linear scale, fine and coarse steps); choices (statefulness, architecture, region, …) cycle
//! through their options. Setting a value from text uses the parsers in [`super::units`] and
//! rejects out-of-range values with the range, never clamping silently.

/// A choice's words: `WORDS` (every option, as typed), `Display` and `FromStr` (with aliases).
macro_rules! words {
    ($type:ident { $($variant:path => $text:literal $(| $alias:literal)*),+ $(,)? }) => {
        impl $type {
            /// Every option, as typed.
            pub const WORDS: &'static [&'static str] = &[$($text),+];
        }
        impl fmt::Display for $type {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(match self { $($variant => $text,)+ })
            }
        }
        impl FromStr for $type {
            type Err = ();
            fn from_str(text: &str) -> Result<Self, ()> {
                match text.trim().to_ascii_lowercase().as_str() {
                    $($text $(| $alias)* => Ok($variant),)+
                    _ => Err(()),
                }
            }
        }
    };
}

mod around;
mod edit;
pub mod inputs;
mod slider;
mod text;
mod traffic;

use serde::{Deserialize, Serialize};

pub use crate::engine::traffic::Shape;
pub use around::{FargateIngress, LambdaIngress, Network, Volume};
pub use edit::InputError;
pub use inputs::{Doc, Group, INPUTS, InputDef, Kind, Plausible};
pub use slider::{Scale, SliderSpec, Unit, round_significant};
pub use text::{format_task_size, parse_task_size};
pub use traffic::{MAX_PROVISIONED, Provisioning, Scaling};
/// CPU architecture, the same on both platforms.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Arch {
    #[serde(rename = "x86_64")]
    X86_64,
    #[serde(rename = "arm64")]
    Arm64,
}

/// What must survive between requests.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum State {
    /// Nothing survives a request.
    Stateless,
    /// In-memory caches or connection pools make warm instances faster.
    Cache,
    /// Sticky sessions, `WebSockets` or other long-lived connections.
    Sessions,
    /// Local durable state: a database, a queue broker, files that must survive restarts.
    Persistent,
}

/// The usual pair of front doors that `--ingress` names: for Lambda an API Gateway or a function
/// URL, for Fargate an Application Load Balancer. `Custom` is any other pair, set platform by
/// platform (`--lambda-ingress`, `--fargate-ingress`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Ingress {
    /// Invoked by events (S3, SQS, EventBridge): no HTTP front door.
    None,
    /// Lambda function URL (free) against an ALB.
    Url,
    /// API Gateway HTTP API against an ALB.
    Http,
    /// API Gateway REST API against an ALB.
    Rest,
    /// Any other pair.
    Custom,
}

/// How Fargate runs the workload.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum FargateMode {
    /// The cheaper of the two at the scenario's rate (jobs only without ingress).
    Auto,
    /// An ECS service: tasks that stay up and share the requests.
    Service,
    /// One task per invocation (ECS `RunTask` from a schedule or an event), billed from image
    /// download to stop, per second with a one-minute minimum.
    Jobs,
}

/// A Fargate task size.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TaskSize {
    pub vcpu: f64,
    pub memory_gb: f64,
}

/// Fixed task size, or the cheapest size that matches one Lambda environment.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum TaskSizeChoice {
    Auto,
    Fixed(TaskSize),
}

/// Everything `evaluate()` needs besides the price book. Its serde names are the JSON keys of the
/// input table ([`InputDef::json`]), so `lvf eval --json`'s `scenario` reads back; a missing key
/// takes its default and an unknown key is refused.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct Scenario {
    /// Runtime per invocation, seconds.
    pub runtime_s: f64,
    /// Memory per invocation, MB (1 GB = 1024 MB).
    pub memory_mb: f64,
    /// Invocations per second, averaged over the month.
    pub rate_per_s: f64,
    pub state: State,
    /// The busiest hour's rate ÷ the month's average (1: flat traffic).
    pub peak: f64,
    /// How the requests spread over the week.
    pub traffic: Shape,
    /// How long Lambda keeps an idle environment, seconds.
    pub keep_alive_s: f64,
    /// How long a Lambda environment lives before Lambda recycles it, seconds.
    pub env_lifetime_s: f64,
    /// The longest a request may wait, seconds; `None`: no budget.
    pub latency_budget_s: Option<f64>,
    pub arch: Arch,
    /// A region key of the price book ("us-east-1").
    pub region: String,
    /// Whether Lambda's always-free allowance applies (per account, so off by default).
    pub free_tier: bool,
    /// The name of the ingress pair (kept in step with the two below by [`Scenario::sync_ingress`]).
    pub ingress: Ingress,
    /// What fronts Lambda.
    pub lambda_ingress: LambdaIngress,
    /// What fronts Fargate.
    pub fargate_ingress: FargateIngress,
    /// HTTP requests a client sends on one connection (ALB new connections = rate / this).
    pub requests_per_connection: f64,
    /// Response size per request, KB (1 KB = 1,000 bytes, as AWS meters data).
    pub response_size_kb: f64,
    /// Connections held open (WebSocket connection-minutes, ALB active connections).
    pub open_connections: f64,
    /// Whether the compute reaches the internet with public addresses or through NAT.
    pub network: Network,
    /// The workload's own log bytes per request, KB.
    pub log_size_kb: f64,
    /// A persistent volume.
    pub volume: Volume,
    /// Lambda ephemeral storage, MB (512 included).
    pub lambda_storage_mb: f64,
    /// Container image size, GB.
    pub image_gb: f64,
    /// Share of invocations that start cold, 0..=1; `None`: follow the traffic (auto).
    pub cold_start_share: Option<f64>,
    /// Lambda's provisioned concurrency.
    pub provisioned: Provisioning,
    /// The account's Lambda concurrency quota.
    pub lambda_quota: f64,
    /// INIT duration of a cold start, seconds (billed for container images).
    pub init_s: f64,
    /// How Fargate runs the workload: a service, one task per invocation, or the cheaper.
    pub fargate_mode: FargateMode,
    /// Share of the runtime a request keeps its vCPU busy, 0..=1 (1 for CPU-bound work).
    pub cpu_share: f64,
    /// Memory each request in flight needs on top of the process, MB; `None`: 1/8 of memory.
    pub request_memory_mb: Option<f64>,
    /// The most requests one Fargate task serves at once; `None`: no cap (CPU and memory decide).
    pub requests_per_task: Option<f64>,
    /// Target utilization of a task's vCPUs, 0..=1.
    pub utilization: f64,
    /// Tasks that always run (a service).
    pub min_tasks: u32,
    /// How a service follows the traffic.
    pub scaling: Scaling,
    /// How long tasks stay after the load drops before target tracking stops them, seconds.
    pub scale_in_delay_s: f64,
    /// Seconds from a job's start to its container running (billed); `None`: 20 s + 15 s per GB
    /// of image.
    pub task_start_s: Option<f64>,
    pub task_size: TaskSizeChoice,
    /// Fargate ephemeral storage per task, GB (20 included).
    pub fargate_storage_gb: f64,
    /// Share of Fargate task-hours on Spot, 0..=1.
    pub spot_share: f64,
    /// Compute Savings Plans discount on Lambda duration, 0..=1.
    pub savings_lambda: f64,
    /// Compute Savings Plans discount on Fargate compute, 0..=1.
    pub savings_fargate: f64,
    /// The monthly difference, USD, below which cost does not decide the verdict.
    pub materiality_usd: f64,
}

impl Default for Scenario {
    fn default() -> Self {
        Self {
            runtime_s: 0.120,
            memory_mb: 1024.0,
            rate_per_s: 10.0,
            state: State::Stateless,
            peak: 1.7,
            traffic: Shape::Diurnal,
            keep_alive_s: 420.0,
            env_lifetime_s: 7200.0,
            latency_budget_s: None,
            arch: Arch::X86_64,
            region: "us-east-1".to_string(),
            free_tier: false,
            ingress: Ingress::None,
            lambda_ingress: LambdaIngress::None,
            fargate_ingress: FargateIngress::None,
            requests_per_connection: 1.0,
            response_size_kb: 10.0,
            open_connections: 0.0,
            network: Network::Public,
            log_size_kb: 1.0,
            volume: Volume::None,
            lambda_storage_mb: 512.0,
            image_gb: 1.0,
            cold_start_share: None,
            provisioned: Provisioning::None,
            lambda_quota: 1000.0,
            init_s: 1.0,
            fargate_mode: FargateMode::Auto,
            cpu_share: 0.25,
            request_memory_mb: None,
            requests_per_task: None,
            utilization: 0.70,
            min_tasks: 2,
            scaling: Scaling::Target,
            scale_in_delay_s: 1200.0,
            task_start_s: None,
            task_size: TaskSizeChoice::Auto,
            fargate_storage_gb: 20.0,
            spot_share: 0.0,
            savings_lambda: 0.0,
            savings_fargate: 0.0,
            materiality_usd: 50.0,
        }
    }
}

/// Every input of a scenario, in the order of [`INPUTS`] (the screen's order): the table gives
/// each its name, label, range and help.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Input {
    Runtime,
    Memory,
    Rate,
    State,
    Peak,
    Traffic,
    KeepAlive,
    EnvLifetime,
    LatencyBudget,
    Arch,
    Region,
    FreeTier,
    Ingress,
    LambdaIngress,
    FargateIngress,
    RequestsPerConnection,
    ResponseSize,
    OpenConnections,
    Network,
    LogSize,
    Volume,
    FargateMode,
    CpuShare,
    RequestMemory,
    RequestsPerTask,
    Utilization,
    MinTasks,
    Scaling,
    ScaleInDelay,
    TaskStart,
    TaskSize,
    SpotShare,
    ColdStartShare,
    Provisioned,
    LambdaQuota,
    InitDuration,
    ImageSize,
    LambdaStorage,
    FargateStorage,
    SavingsLambda,
    SavingsFargate,
    Materiality,
}

impl Input {
    /// The workload sliders.
    pub const PRIMARY: [Input; inputs::PRIMARY_COUNT] = inputs::PRIMARY;
    /// The assumptions, in screen order.
    pub const ASSUMPTIONS: [Input; inputs::COUNT - inputs::PRIMARY_COUNT] = inputs::ASSUMPTIONS;

    /// All inputs: primary first, then assumptions.
    pub fn all() -> impl Iterator<Item = Input> {
        inputs::ALL.into_iter()
    }

    /// The input's one definition.
    pub fn def(self) -> &'static InputDef {
        &INPUTS[self as usize]
    }

    /// The label on screen and in the export.
    pub fn label(self) -> &'static str {
        self.def().label
    }

    /// The command-line flag that sets this input (without the value): `--runtime`.
    pub fn flag(self) -> String {
        self.def().flag()
    }

    /// The slider of a numeric input; `None` for choices.
    pub fn spec(self) -> Option<&'static SliderSpec> {
        self.def().spec()
    }
}

//! The one definition of every input: its name (the command-line flag and the scenario-file key),
//! the key of the JSON `scenario` object, label, value syntax, help line, default, group on
//! screen, range or options, how it reads and prints, and how the markdown phrases it.
//!
//! The command-line flags, the explorer's rows and value editor, the markdown assumptions table, the JSON
//! scenario and the tests are generated from [`INPUTS`]; adding an input is a row here, a field in
//! [`Scenario`] and the engine code that uses it.

mod around;
mod traffic;

use super::slider::{LOG_FINE, Scale, SliderSpec, Unit};
use super::{Arch, FargateMode, Ingress, Input, Scenario, TaskSizeChoice};
use super::{format_task_size, parse_task_size};
use crate::engine::pricing::PriceBook;

/// Where an input sits on screen and in the export.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Group {
    /// The primary sliders: what the workload is.
    Workload,
    /// How the traffic spreads over the week, how Lambda keeps environments, the latency budget.
    Traffic,
    /// Lambda's side of the model.
    Lambda,
    /// Fargate's side of the model.
    Fargate,
    /// What sits around the compute: ingress, storage.
    Around,
    /// Region, architecture and discounts.
    Pricing,
}

/// How an input's value is held and moved.
#[derive(Debug, Clone, Copy)]
pub enum Kind {
    /// A number on a slider.
    Number { spec: SliderSpec, get: fn(&Scenario) -> f64, set: fn(&mut Scenario, f64) },
    /// A number on a slider, or a word (`auto`, `none`) that sits past one end of the track.
    Optional {
        spec: SliderSpec,
        word: &'static str,
        /// Whether the word sits past the top of the track (`none` for no cap) rather than below
        /// its bottom (`auto`).
        word_at_top: bool,
        get: fn(&Scenario) -> Option<f64>,
        set: fn(&mut Scenario, Option<f64>),
    },
    /// One of a list of options, typed and shown as text.
    Choice {
        /// The options in step order (the region list and task sizes come from the price book).
        options: fn(&PriceBook) -> Vec<String>,
        get: fn(&Scenario) -> String,
        /// Sets the value from text; `false` when the text is not an option.
        set: fn(&mut Scenario, &str, &PriceBook) -> bool,
    },
}

/// A plausible range of an input, for "what moves the answer" ([`crate::engine::sensitivity`]).
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Plausible {
    /// The current value times each factor: an estimate off by a factor either way.
    Times(f64, f64),
    /// Two fixed values in the input's base unit (a fraction for percentages).
    Between(f64, f64),
    /// The slider's whole track: a discount from none to the most on offer.
    Track,
    /// Two options of a choice, as typed.
    Options(&'static str, &'static str),
}

/// How the markdown's assumptions table phrases the value.
#[derive(Debug, Clone, Copy)]
pub enum Doc {
    /// `{}` stands for the value in human units.
    Template(&'static str),
    /// The scenario and the value in human units in, the phrase out.
    Phrase(fn(&Scenario, &str) -> String),
}

/// One input, defined once.
#[derive(Debug, Clone, Copy)]
pub struct InputDef {
    pub input: Input,
    /// Kebab-case: the flag (`--{name}`) and the scenario-file key.
    pub name: &'static str,
    /// Earlier spellings of the flag, still accepted.
    pub aliases: &'static [&'static str],
    /// The key in the JSON `scenario` object: the name in snake case, plus the unit of numbers
    /// held in a base unit (`runtime_s`, `memory_mb`).
    pub json: &'static str,
    pub label: &'static str,
    /// The flag's value placeholder in `--help`.
    pub value_name: &'static str,
    /// One line: what it means, why it matters, where the default comes from.
    pub help: &'static str,
    /// The default in the flag's syntax.
    pub default: &'static str,
    /// Examples of what the value editor and the flag accept.
    pub examples: &'static str,
    pub group: Group,
    /// Where the input could plausibly sit if the estimate is off: the ends "what moves the
    /// answer" tries. `None` for inputs that describe the workload rather than estimate it.
    pub plausible: Option<Plausible>,
    pub kind: Kind,
    pub doc: Doc,
}

impl InputDef {
    /// The flag as typed: `--runtime`.
    pub fn flag(&self) -> String {
        format!("--{}", self.name)
    }

    /// The slider of a numeric input.
    pub fn spec(&self) -> Option<&SliderSpec> {
        match &self.kind {
            Kind::Number { spec, .. } | Kind::Optional { spec, .. } => Some(spec),
            Kind::Choice { .. } => None,
        }
    }
}

const fn slider(
    min: f64,
    max: f64,
    scale: Scale,
    fine: f64,
    coarse: f64,
    unit: Unit,
) -> SliderSpec {
    SliderSpec { min, max, scale, fine, coarse, snap: 0.0, unit, zero: false }
}

/// The same slider, with 0 as a value below its `min`.
const fn or_zero(spec: SliderSpec) -> SliderSpec {
    SliderSpec { zero: true, ..spec }
}

const fn snapped(spec: SliderSpec, snap: f64) -> SliderSpec {
    SliderSpec { snap, ..spec }
}

fn words(options: &[&str]) -> Vec<String> {
    options.iter().map(ToString::to_string).collect()
}

fn parsed<T: std::str::FromStr>(text: &str, field: &mut T) -> bool {
    text.parse().map(|value| *field = value).is_ok()
}

/// Every input, in screen order: the workload sliders first, then the assumptions.
pub const INPUTS: &[InputDef] = &[
    InputDef {
        input: Input::Runtime,
        name: "runtime",
        aliases: &[],
        json: "runtime_s",
        label: "Runtime",
        value_name: "D",
        help: "How long one invocation runs (1 ms to 24 h): Lambda bills it per millisecond and stops \
               at 15 min; on Fargate it sets how long a request holds a task. Default 120ms, a \
               typical API call.",
        default: "120ms",
        examples: "120ms, 2s, 15min, 1h",
        group: Group::Workload,
        plausible: Some(Plausible::Times(0.5, 2.0)),
        kind: Kind::Number {
            spec: slider(0.001, 86_400.0, Scale::Log, LOG_FINE, 10.0, Unit::Seconds),
            get: |s| s.runtime_s,
            set: |s, v| s.runtime_s = v,
        },
        doc: Doc::Template("{} per invocation"),
    },
    InputDef {
        input: Input::Memory,
        name: "memory",
        aliases: &[],
        json: "memory_mb",
        label: "Memory",
        value_name: "MB",
        help: "Memory one invocation needs (128 MB to 120 GB): it sets Lambda's price per ms and its \
               CPU, and the Fargate task size; over 10 GB only Fargate runs it. Default 1024 MB, a \
               common Lambda setting.",
        default: "1024MB",
        examples: "512, 1536MB, 1.5GB",
        group: Group::Workload,
        plausible: Some(Plausible::Times(0.5, 2.0)),
        kind: Kind::Number {
            spec: snapped(slider(128.0, 122_880.0, Scale::Log, LOG_FINE, 2.0, Unit::MemoryMb), 1.0),
            get: |s| s.memory_mb,
            set: |s, v| s.memory_mb = v,
        },
        // Above a GB the exact MB Lambda is configured with goes in brackets ("1.5 GB (1536 MB)").
        doc: Doc::Phrase(|s, value| {
            if s.memory_mb >= 1024.0 {
                format!("{value} ({} MB)", crate::engine::units::significant(s.memory_mb, 6))
            } else {
                value.to_string()
            }
        }),
    },
    InputDef {
        input: Input::Rate,
        name: "rate",
        aliases: &[],
        json: "rate_per_s",
        label: "Rate",
        value_name: "R",
        help: "Invocations, averaged over the month (1/day to 100,000/s): Lambda's bill grows with \
               every request, Fargate's in whole tasks, so the rate decides the break-even; the \
               traffic shape spreads it over the week. Default 10/s.",
        default: "10/s",
        examples: "50/s, 1000/min, 100/h, 10/day, 3M/month",
        group: Group::Workload,
        plausible: Some(Plausible::Times(0.5, 2.0)),
        kind: Kind::Number {
            spec: slider(
                1.0 / 86_400.0,
                100_000.0,
                Scale::Log,
                LOG_FINE,
                10.0,
                Unit::RatePerSecond,
            ),
            get: |s| s.rate_per_s,
            set: |s, v| s.rate_per_s = v,
        },
        doc: Doc::Template("{}, averaged over the month"),
    },
    InputDef {
        input: Input::State,
        name: "state",
        aliases: &[],
        json: "state",
        label: "State",
        value_name: "STATE",
        help: "What survives between requests: stateless, cache, sessions or persistent. Sessions \
               and durable state favour long-running containers; Lambda keeps nothing. Default \
               stateless.",
        default: "stateless",
        examples: "",
        group: Group::Workload,
        plausible: None,
        kind: Kind::Choice {
            options: |_| words(&["stateless", "cache", "sessions", "persistent"]),
            get: |s| s.state.to_string(),
            set: |s, text, _| parsed(text, &mut s.state),
        },
        doc: Doc::Phrase(|s, value| {
            if s.state.describe() == value {
                value.to_string()
            } else {
                format!("{} (`{value}`)", s.state.describe())
            }
        }),
    },
    traffic::PEAK,
    traffic::TRAFFIC,
    traffic::KEEP_ALIVE,
    traffic::ENV_LIFETIME,
    traffic::LATENCY_BUDGET,
    InputDef {
        input: Input::Arch,
        name: "arch",
        aliases: &[],
        json: "arch",
        label: "Architecture",
        value_name: "ARCH",
        help: "CPU architecture on both platforms, `x86_64` or `arm64`: arm64 (Graviton) costs about \
               20% less on both if the image builds for it. Default x86_64, what most images \
               target.",
        default: "x86_64",
        examples: "",
        group: Group::Pricing,
        plausible: Some(Plausible::Options("x86_64", "arm64")),
        kind: Kind::Choice {
            options: |_| words(&["x86_64", "arm64"]),
            get: |s| s.arch.to_string(),
            set: |s, text, _| parsed::<Arch>(text, &mut s.arch),
        },
        doc: Doc::Template("{}, on both platforms"),
    },
    InputDef {
        input: Input::Region,
        name: "region",
        aliases: &[],
        json: "region",
        label: "Region",
        value_name: "REGION",
        help: "Region whose prices apply (see `lvf regions`): Lambda's duration costs the same in \
               every region, Fargate's vCPU-hour up to about 70% more than in the cheapest. \
               Default us-east-1, among the cheapest.",
        default: "us-east-1",
        examples: "",
        group: Group::Pricing,
        plausible: None,
        kind: Kind::Choice {
            options: |book| book.regions.keys().cloned().collect(),
            get: |s| s.region.clone(),
            set: |s, text, book| {
                let known = book.regions.contains_key(text);
                if known {
                    s.region = text.to_string();
                }
                known
            },
        },
        // The region's display name follows; the markdown adds it.
        doc: Doc::Template("`{}`"),
    },
    InputDef {
        input: Input::FreeTier,
        name: "free-tier",
        aliases: &[],
        json: "free_tier",
        label: "Lambda free tier",
        value_name: "on|off",
        help: "Apply Lambda's monthly free tier (1M requests, 400,000 GB-s): it is per account, \
               shared by every function, so it is off by default.",
        default: "off",
        examples: "",
        group: Group::Lambda,
        plausible: None,
        kind: Kind::Choice {
            options: |_| words(&["off", "on"]),
            get: |s| if s.free_tier { "on" } else { "off" }.to_string(),
            set: |s, text, _| match text.to_ascii_lowercase().as_str() {
                "on" => {
                    s.free_tier = true;
                    true
                }
                "off" => {
                    s.free_tier = false;
                    true
                }
                _ => false,
            },
        },
        doc: Doc::Template("{} (it is per account, not per workload)"),
    },
    InputDef {
        input: Input::Ingress,
        name: "ingress",
        aliases: &[],
        json: "ingress",
        label: "Ingress",
        value_name: "INGRESS",
        help: "The usual pair of front doors: none, url (function URL), http (HTTP API) or rest \
               (REST API) for Lambda with an ALB for Fargate; custom when set per platform. Each \
               bills per request or per hour. Default none: invoked by events.",
        default: "none",
        examples: "",
        group: Group::Around,
        plausible: None,
        kind: Kind::Choice {
            options: |_| words(&["none", "url", "http", "rest"]),
            get: |s| s.ingress.to_string(),
            // Sets both platforms' front doors; `custom` (what a saved file holds for a pair set
            // per platform) leaves them to `lambda-ingress` and `fargate-ingress`.
            set: |s, text, _| match text.parse::<Ingress>() {
                Ok(ingress) => {
                    s.set_ingress(ingress);
                    true
                }
                Err(()) => false,
            },
        },
        doc: Doc::Phrase(|s, value| match s.ingress {
            Ingress::None => {
                format!("{value}: invoked by events, no API Gateway and no load balancer")
            }
            Ingress::Custom => format!("{value}: set per platform below"),
            _ => {
                let (lambda, fargate) = s.ingress.describe();
                format!("{value}: Lambda behind {lambda}, Fargate behind an {fargate}")
            }
        }),
    },
    around::LAMBDA_INGRESS,
    around::FARGATE_INGRESS,
    around::REQUESTS_PER_CONNECTION,
    around::RESPONSE_SIZE,
    around::OPEN_CONNECTIONS,
    around::NETWORK,
    around::LOG_SIZE,
    around::VOLUME,
    InputDef {
        input: Input::FargateMode,
        name: "fargate-mode",
        aliases: &[],
        json: "fargate_mode",
        label: "Fargate mode",
        value_name: "MODE",
        help: "How Fargate runs it: service (tasks that stay up), jobs (a task per invocation, \
               billed per second with a one-minute minimum; only without ingress) or auto. \
               Default auto, the cheaper of the two.",
        default: "auto",
        examples: "",
        group: Group::Fargate,
        plausible: None,
        kind: Kind::Choice {
            options: |_| words(&["auto", "service", "jobs"]),
            get: |s| s.fargate_mode.to_string(),
            set: |s, text, _| parsed::<FargateMode>(text, &mut s.fargate_mode),
        },
        doc: Doc::Phrase(|s, value| match s.fargate_mode {
            FargateMode::Auto => format!("{value}: the cheaper of a service and one task per job"),
            FargateMode::Service => format!("{value}: tasks that stay up and share the requests"),
            FargateMode::Jobs => format!("{value}: one task per invocation"),
        }),
    },
    InputDef {
        input: Input::CpuShare,
        name: "cpu-share",
        aliases: &[],
        json: "cpu_share",
        label: "CPU share",
        value_name: "PCT",
        help: "Share of the runtime a request keeps its vCPU busy, percent (1 to 100; default 25, \
               an I/O-bound API; 100 for CPU-bound work): how many requests a Fargate vCPU serves.",
        default: "25%",
        examples: "25%, 100%",
        group: Group::Fargate,
        plausible: Some(Plausible::Between(0.1, 1.0)),
        kind: Kind::Number {
            spec: slider(0.01, 1.0, Scale::Linear, 0.05, 0.25, Unit::Fraction),
            get: |s| s.cpu_share,
            set: |s, v| s.cpu_share = v,
        },
        doc: Doc::Template("{} of the runtime keeps a vCPU busy"),
    },
    InputDef {
        input: Input::RequestMemory,
        name: "request-memory",
        aliases: &[],
        json: "request_memory_mb",
        label: "Memory per request",
        value_name: "MB|auto",
        help: "Memory each request in flight needs on top of the process, MB, or auto: with the CPU \
               share it decides how many requests a task holds. Default auto, 1/8 of the memory.",
        default: "auto",
        examples: "auto, 128, 256MB, 1GB",
        group: Group::Fargate,
        plausible: None,
        kind: Kind::Optional {
            spec: snapped(slider(1.0, 122_880.0, Scale::Log, LOG_FINE, 2.0, Unit::MemoryMb), 1.0),
            word: "auto",
            word_at_top: false,
            get: |s| s.request_memory_mb,
            set: |s, v| s.request_memory_mb = v,
        },
        doc: Doc::Phrase(|s, value| match s.request_memory_mb {
            None => format!(
                "{value}: 1/8 of the memory ({})",
                crate::engine::units::format_memory_mb(s.memory_mb / 8.0)
            ),
            Some(_) => format!("{value} per request in flight"),
        }),
    },
    InputDef {
        input: Input::RequestsPerTask,
        name: "requests-per-task",
        aliases: &[],
        json: "requests_per_task",
        label: "Requests per task at most",
        value_name: "N|none",
        help: "A cap on the requests one Fargate task serves at once (1 to 1000), or none: set it \
               for a fixed worker pool (8 threads: 8), which can bind before CPU and memory do and \
               multiplies the tasks. Default none: CPU and memory decide.",
        default: "none",
        examples: "none, 8, 100",
        group: Group::Fargate,
        plausible: None,
        kind: Kind::Optional {
            spec: slider(1.0, 1000.0, Scale::Log, LOG_FINE, 10.0, Unit::Count),
            word: "none",
            word_at_top: true,
            get: |s| s.requests_per_task,
            set: |s, v| s.requests_per_task = v,
        },
        doc: Doc::Phrase(|s, value| match s.requests_per_task {
            None => format!("{value}: CPU and memory decide"),
            Some(_) => format!("{value} in flight at once per Fargate task, at most"),
        }),
    },
    InputDef {
        input: Input::Utilization,
        name: "utilization",
        aliases: &[],
        json: "utilization",
        label: "Target utilization",
        value_name: "PCT",
        help: "Target CPU utilization of each task, percent (5 to 100; default 70, a common \
               target-tracking setting): the headroom kept for bursts.",
        default: "70%",
        examples: "70%",
        group: Group::Fargate,
        plausible: Some(Plausible::Between(0.5, 0.85)),
        kind: Kind::Number {
            spec: slider(0.05, 1.0, Scale::Linear, 0.05, 0.25, Unit::Fraction),
            get: |s| s.utilization,
            set: |s, v| s.utilization = v,
        },
        doc: Doc::Template("{} of each task's vCPUs"),
    },
    InputDef {
        input: Input::MinTasks,
        name: "min-tasks",
        aliases: &[],
        json: "min_tasks",
        label: "Minimum tasks",
        value_name: "N",
        help: "Tasks a service always runs (0 to 100; default 2: one in each of two Availability \
               Zones, the redundancy Lambda has by default). 0 lets idle hours scale to zero.",
        default: "2",
        examples: "2",
        group: Group::Fargate,
        plausible: Some(Plausible::Between(1.0, 3.0)),
        kind: Kind::Number {
            spec: snapped(slider(0.0, 100.0, Scale::Linear, 1.0, 10.0, Unit::Whole), 1.0),
            get: |s| f64::from(s.min_tasks),
            set: |s, v| s.min_tasks = v as u32,
        },
        doc: Doc::Template("{} always running"),
    },
    traffic::SCALING,
    traffic::SCALE_IN_DELAY,
    InputDef {
        input: Input::TaskStart,
        name: "task-start",
        aliases: &[],
        json: "task_start_s",
        label: "Task start",
        value_name: "D|auto",
        help: "Time from a job's start to its container running, billed (image download, ENI): a \
               duration, or auto = 20 s + 15 s per GB of image (third-party measurements).",
        default: "auto",
        examples: "auto, 30s, 2min",
        group: Group::Fargate,
        plausible: None,
        kind: Kind::Optional {
            spec: slider(1.0, 1800.0, Scale::Log, LOG_FINE, 10.0, Unit::Seconds),
            word: "auto",
            word_at_top: false,
            get: |s| s.task_start_s,
            set: |s, v| s.task_start_s = v,
        },
        doc: Doc::Phrase(|s, value| match s.task_start_s {
            None => format!(
                "{value}: {} (20 s + 15 s per GB of image)",
                crate::engine::units::format_duration(crate::engine::model::task_start_s(s))
            ),
            Some(_) => format!("{value} to start each job's task"),
        }),
    },
    InputDef {
        input: Input::TaskSize,
        name: "task-size",
        aliases: &[],
        json: "task_size",
        label: "Task size",
        value_name: "auto|V/GB",
        help: "Fargate task size: auto or vCPU/GB such as 1/2 (or --task-vcpu with --task-memory); \
               only the sizes AWS offers run, and the size sets the price per task. Default auto, \
               the valid size that costs least for the load.",
        default: "auto",
        examples: "auto, 1/2, 0.5 vCPU / 1 GB",
        group: Group::Fargate,
        plausible: None,
        kind: Kind::Choice {
            options: |book| {
                std::iter::once("auto".to_string())
                    .chain(book.task_sizes().map(format_task_size))
                    .collect()
            },
            get: |s| match s.task_size {
                TaskSizeChoice::Auto => "auto".to_string(),
                TaskSizeChoice::Fixed(size) => format_task_size(size),
            },
            set: |s, text, book| {
                if text.eq_ignore_ascii_case("auto") {
                    s.task_size = TaskSizeChoice::Auto;
                    return true;
                }
                match parse_task_size(text) {
                    Some(size) if book.is_valid_task_size(size) => {
                        s.task_size = TaskSizeChoice::Fixed(size);
                        true
                    }
                    _ => false,
                }
            },
        },
        doc: Doc::Phrase(|s, value| match s.task_size {
            TaskSizeChoice::Auto => {
                "auto: the valid size that costs least for the load".to_string()
            }
            TaskSizeChoice::Fixed(_) => format!("{value} (fixed)"),
        }),
    },
    InputDef {
        input: Input::SpotShare,
        name: "spot-share",
        aliases: &["spot"],
        json: "spot_share",
        label: "Spot share",
        value_name: "PCT",
        help: "Share of Fargate tasks on Spot, percent (0 to 100): up to 70% cheaper, but AWS may \
               stop a task at two minutes' notice, so only for work that can be retried. Default \
               0%.",
        default: "0%",
        examples: "70%",
        group: Group::Fargate,
        plausible: Some(Plausible::Between(0.0, 0.7)),
        kind: Kind::Number {
            spec: slider(0.0, 1.0, Scale::Linear, 0.05, 0.25, Unit::Fraction),
            get: |s| s.spot_share,
            set: |s, v| s.spot_share = v,
        },
        doc: Doc::Template("{} of Fargate task-hours"),
    },
    InputDef {
        input: Input::ColdStartShare,
        name: "cold-start-share",
        aliases: &[],
        json: "cold_start_share",
        label: "Cold starts",
        value_name: "auto|PCT",
        help: "Share of invocations that wait for INIT (and, for a container image, pay for it): \
               auto follows the traffic (gaps over the keep-alive, ramps, recycling; AWS: \
               \"typically under 1%\"), or a fixed percent.",
        default: "auto",
        examples: "auto, 1%, 5%",
        group: Group::Lambda,
        plausible: Some(Plausible::Times(0.5, 2.0)),
        kind: Kind::Optional {
            spec: slider(0.0, 1.0, Scale::Linear, 0.01, 0.1, Unit::Fraction),
            word: "auto",
            word_at_top: false,
            get: |s| s.cold_start_share,
            set: |s, v| s.cold_start_share = v,
        },
        doc: Doc::Phrase(|s, value| match s.cold_start_share {
            None => format!("{value}: from the traffic, the keep-alive and the lifetime"),
            Some(_) => format!("{value} of invocations"),
        }),
    },
    traffic::PROVISIONED,
    traffic::LAMBDA_QUOTA,
    InputDef {
        input: Input::InitDuration,
        name: "init",
        aliases: &["init-duration"],
        json: "init_s",
        label: "INIT duration",
        value_name: "D",
        help: "INIT duration of a cold start (0 to 10 min): billed for container images, and the \
               wait of every cold request; over 10 s it re-runs inside the first invocation. \
               Default 1 s, a typical container image; loading a model takes longer.",
        default: "1s",
        examples: "800ms, 6s, 25s",
        group: Group::Lambda,
        plausible: Some(Plausible::Times(0.5, 2.0)),
        kind: Kind::Number {
            spec: or_zero(slider(0.01, 600.0, Scale::Log, LOG_FINE, 10.0, Unit::Seconds)),
            get: |s| s.init_s,
            set: |s, v| s.init_s = v,
        },
        doc: Doc::Template("{} per cold start (billed for container images)"),
    },
    InputDef {
        input: Input::ImageSize,
        name: "image",
        aliases: &["image-size"],
        json: "image_gb",
        label: "Image size",
        value_name: "GB",
        help: "Container image size, GB: over 10 GB Lambda refuses it, and a big image slows cold \
               starts and a Fargate job's start. Default 1 GB, a typical application image.",
        default: "1GB",
        examples: "2GB, 0.5",
        group: Group::Lambda,
        plausible: None,
        kind: Kind::Number {
            spec: slider(0.01, 20.0, Scale::Log, LOG_FINE, 2.0, Unit::Gb),
            get: |s| s.image_gb,
            set: |s, v| s.image_gb = v,
        },
        doc: Doc::Template("{} container image"),
    },
    InputDef {
        input: Input::LambdaStorage,
        name: "lambda-storage",
        aliases: &["ephemeral-storage"],
        json: "lambda_storage_mb",
        label: "Lambda /tmp",
        value_name: "MB",
        help: "Lambda ephemeral storage (/tmp), MB (512 to 10240): above the included 512 MB it is \
               billed per GB-second. Default 512 MB, the included amount.",
        default: "512MB",
        examples: "512, 1536MB, 1.5GB",
        group: Group::Lambda,
        plausible: None,
        kind: Kind::Number {
            spec: snapped(slider(512.0, 10_240.0, Scale::Log, LOG_FINE, 2.0, Unit::MemoryMb), 1.0),
            get: |s| s.lambda_storage_mb,
            set: |s, v| s.lambda_storage_mb = v,
        },
        doc: Doc::Template("{} of Lambda /tmp (512 MB included)"),
    },
    InputDef {
        input: Input::FargateStorage,
        name: "fargate-storage",
        aliases: &[],
        json: "fargate_storage_gb",
        label: "Fargate storage",
        value_name: "GB",
        help: "Fargate ephemeral storage per task, GB (20 to 200): above the included 20 GB it is \
               billed per GB-hour. Default 20 GB, the included amount.",
        default: "20GB",
        examples: "2GB, 0.5",
        group: Group::Fargate,
        plausible: None,
        kind: Kind::Number {
            spec: snapped(slider(20.0, 200.0, Scale::Linear, 1.0, 10.0, Unit::Gb), 1.0),
            get: |s| s.fargate_storage_gb,
            set: |s, v| s.fargate_storage_gb = v,
        },
        doc: Doc::Template("{} per task (20 GB included)"),
    },
    InputDef {
        input: Input::SavingsLambda,
        name: "savings-lambda",
        aliases: &[],
        json: "savings_lambda",
        label: "Savings Plan, Lambda",
        value_name: "PCT",
        help: "Compute Savings Plan discount on Lambda duration, percent (0 to 17): the price of a one- \
               or three-year commitment. Default 0%, on-demand; 17% is the most AWS offers.",
        default: "0%",
        examples: "70%",
        group: Group::Pricing,
        plausible: Some(Plausible::Track),
        kind: Kind::Number {
            spec: slider(0.0, 0.17, Scale::Linear, 0.01, 0.05, Unit::Fraction),
            get: |s| s.savings_lambda,
            set: |s, v| s.savings_lambda = v,
        },
        doc: Doc::Template("{} off Lambda duration"),
    },
    InputDef {
        input: Input::SavingsFargate,
        name: "savings-fargate",
        aliases: &[],
        json: "savings_fargate",
        label: "Savings Plan, Fargate",
        value_name: "PCT",
        help: "Compute Savings Plan discount on Fargate compute, percent (0 to 52): the price of a \
               one- or three-year commitment. Default 0%, on-demand; 52% is the most AWS offers.",
        default: "0%",
        examples: "70%",
        group: Group::Pricing,
        plausible: Some(Plausible::Track),
        kind: Kind::Number {
            spec: slider(0.0, 0.52, Scale::Linear, 0.01, 0.1, Unit::Fraction),
            get: |s| s.savings_fargate,
            set: |s, v| s.savings_fargate = v,
        },
        doc: Doc::Template("{} off Fargate compute"),
    },
    InputDef {
        input: Input::Materiality,
        name: "materiality",
        aliases: &[],
        json: "materiality_usd",
        label: "Materiality",
        value_name: "USD",
        help: "The monthly difference that matters, USD (0 to 10,000): below it cost does not \
               decide and the choice rests on fit. Default $50, about an engineer-hour a month.",
        default: "$50",
        examples: "$50, 500, $1,000",
        group: Group::Pricing,
        plausible: None,
        kind: Kind::Number {
            spec: slider(0.0, 10_000.0, Scale::Linear, 10.0, 100.0, Unit::Usd),
            get: |s| s.materiality_usd,
            set: |s, v| s.materiality_usd = v,
        },
        doc: Doc::Template("{} a month: a smaller difference leaves the choice to fit"),
    },
];

/// How many inputs there are.
pub const COUNT: usize = INPUTS.len();

/// How many inputs are workload sliders (they come first).
pub const PRIMARY_COUNT: usize = {
    let mut count = 0;
    while count < COUNT && matches!(INPUTS[count].group, Group::Workload) {
        count += 1;
    }
    count
};

/// Every input in table order.
pub const ALL: [Input; COUNT] = {
    let mut all = [Input::Runtime; COUNT];
    let mut index = 0;
    while index < COUNT {
        all[index] = INPUTS[index].input;
        index += 1;
    }
    all
};

/// The first `N` inputs of the table, or the inputs after the first `START`.
const fn slice<const N: usize>(start: usize) -> [Input; N] {
    let mut out = [Input::Runtime; N];
    let mut index = 0;
    while index < N {
        out[index] = ALL[start + index];
        index += 1;
    }
    out
}

/// The workload sliders.
pub const PRIMARY: [Input; PRIMARY_COUNT] = slice(0);
/// The assumptions, in screen order.
pub const ASSUMPTIONS: [Input; COUNT - PRIMARY_COUNT] = slice(PRIMARY_COUNT);

//! The scenario flags shared by `lvf eval`, `lvf export` and plain `lvf`: flatten
//! [`ScenarioFlags`] into a command's arguments and call [`ScenarioFlags::scenario`].
//!
//! Values are kept as typed and set through [`Scenario::set_text`], so the flags accept exactly
//! what the explorer's value editor accepts, and an out-of-range value is an error that states
//! the range, never a silent clamp.

use clap::{Args, ValueEnum};

use crate::engine::map::MapY;
use crate::engine::presets;
use crate::engine::pricing::PriceBook;
use crate::engine::scenario::{Input, Scenario, TaskSize, format_task_size};
use crate::engine::units;

/// `lvf eval [scenario flags] [--json]`.
#[derive(Debug, Clone, Args)]
pub struct EvalArgs {
    #[command(flatten)]
    pub scenario: ScenarioFlags,
    /// Print one JSON object instead of the text report.
    #[arg(long)]
    pub json: bool,
    /// Add the verdict map: the verdict over rate (x) × runtime or memory (y), every other input
    /// fixed; in JSON the `map` object, in text a grid with a legend.
    #[arg(long)]
    pub map: bool,
    /// The map's y axis: runtime (seconds in JSON) or memory (MB in JSON).
    #[arg(long, value_enum, value_name = "AXIS", default_value = "runtime", requires = "map")]
    pub map_y: MapYArg,
    /// The map's cells, columns x rows (1x1 to 400x200).
    #[arg(
        long,
        allow_hyphen_values = true,
        value_name = "COLSxROWS",
        default_value = "48x24",
        value_parser = parse_map_size,
        requires = "map"
    )]
    pub map_size: (usize, usize),
}

/// The verdict map's y axis.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum MapYArg {
    /// Runtime per invocation, 1 ms to 24 h.
    Runtime,
    /// Memory per invocation, 128 MB to 120 GB.
    Memory,
}

impl From<MapYArg> for MapY {
    fn from(axis: MapYArg) -> Self {
        match axis {
            MapYArg::Runtime => MapY::Runtime,
            MapYArg::Memory => MapY::Memory,
        }
    }
}

/// The most columns and rows `--map-size` accepts.
pub const MAP_MAX: (usize, usize) = (400, 200);

/// Reads `48x24` (columns x rows) for `--map-size`.
pub fn parse_map_size(text: &str) -> Result<(usize, usize), String> {
    let parsed = text
        .trim()
        .split_once(['x', 'X', '×'])
        .and_then(|(cols, rows)| Some((cols.trim().parse().ok()?, rows.trim().parse().ok()?)));
    match parsed {
        Some((cols, rows))
            if (1..=MAP_MAX.0).contains(&cols) && (1..=MAP_MAX.1).contains(&rows) =>
        {
            Ok((cols, rows))
        }
        _ => Err(format!(
            "{text:?} is not a map size: columns x rows, 1x1 to {}x{} (for example 48x24)",
            MAP_MAX.0, MAP_MAX.1
        )),
    }
}

/// Workload inputs and assumptions; every flag overrides the preset, if one is given.
#[derive(Debug, Clone, Default, PartialEq, Eq, Args)]
pub struct ScenarioFlags {
    /// Start from a named scenario (see `lvf presets`); other flags override it.
    #[arg(long, value_name = "NAME")]
    pub preset: Option<String>,
    /// Runtime per invocation: 120ms, 2s, 15min, 1h (1 ms to 24 h).
    #[arg(long, allow_hyphen_values = true, value_name = "D")]
    pub runtime: Option<String>,
    /// Memory per invocation: 1024 (MB), 1536MB, 1.5GB (128 MB to 120 GB).
    #[arg(long, allow_hyphen_values = true, value_name = "MB")]
    pub memory: Option<String>,
    /// Invocation rate: 50/s, 1000/min, 100/h, 10/day, 3M/month (1/day to 10,000/s).
    #[arg(long, allow_hyphen_values = true, value_name = "R")]
    pub rate: Option<String>,
    /// What survives between requests: stateless, cache, sessions or persistent.
    #[arg(long, value_name = "STATE")]
    pub state: Option<String>,
    /// CPU architecture on both platforms: `x86_64` or `arm64`.
    #[arg(long, value_name = "ARCH")]
    pub arch: Option<String>,
    /// Region of the price book (see `lvf regions`).
    #[arg(long, value_name = "REGION")]
    pub region: Option<String>,
    /// Apply Lambda's monthly free tier (it is per account, so off by default).
    #[arg(long)]
    pub free_tier: bool,
    /// What fronts the workload: none, url (function URL), http (HTTP API) or rest (REST API);
    /// Fargate gets an ALB for any but none.
    #[arg(long, value_name = "INGRESS")]
    pub ingress: Option<String>,
    /// Requests one Fargate task serves at once (1 to 1000; default 8).
    #[arg(long, allow_hyphen_values = true, value_name = "N")]
    pub requests_per_task: Option<String>,
    /// Target utilization of each task's capacity, percent (5 to 100; default 70).
    #[arg(long, allow_hyphen_values = true, value_name = "PCT")]
    pub utilization: Option<String>,
    /// Tasks that always run (0 to 100; default 1).
    #[arg(long, allow_hyphen_values = true, value_name = "N")]
    pub min_tasks: Option<String>,
    /// Fixed task vCPUs (with --task-memory); without them the size is automatic.
    #[arg(long, allow_hyphen_values = true, value_name = "V", requires = "task_memory")]
    pub task_vcpu: Option<String>,
    /// Fixed task memory, GB (with --task-vcpu).
    #[arg(long, allow_hyphen_values = true, value_name = "GB", requires = "task_vcpu")]
    pub task_memory: Option<String>,
    /// Share of Fargate tasks on Spot, percent (0 to 100).
    #[arg(long, allow_hyphen_values = true, value_name = "PCT")]
    pub spot: Option<String>,
    /// Lambda ephemeral storage, MB (512 to 10240).
    #[arg(long, allow_hyphen_values = true, value_name = "MB")]
    pub ephemeral_storage: Option<String>,
    /// Fargate ephemeral storage per task, GB (20 to 200).
    #[arg(long, allow_hyphen_values = true, value_name = "GB")]
    pub fargate_storage: Option<String>,
    /// Container image size, GB (over 10 blocks Lambda).
    #[arg(long, allow_hyphen_values = true, value_name = "GB")]
    pub image_size: Option<String>,
    /// Share of invocations that start cold, percent (default 1).
    #[arg(long, allow_hyphen_values = true, value_name = "PCT")]
    pub cold_start_share: Option<String>,
    /// INIT duration of a cold start: 1s, 800ms (0 to 10 s; billed for container images).
    #[arg(long, allow_hyphen_values = true, value_name = "D")]
    pub init_duration: Option<String>,
    /// Compute Savings Plan discount on Lambda duration, percent (0 to 17).
    #[arg(long, allow_hyphen_values = true, value_name = "PCT")]
    pub savings_lambda: Option<String>,
    /// Compute Savings Plan discount on Fargate compute, percent (0 to 52).
    #[arg(long, allow_hyphen_values = true, value_name = "PCT")]
    pub savings_fargate: Option<String>,
}

impl ScenarioFlags {
    /// The scenario these flags describe: the preset (or the defaults), then each given flag in
    /// turn. The error names the flag, the value and what is accepted.
    pub fn scenario(&self, book: &PriceBook) -> Result<Scenario, String> {
        let mut scenario = match &self.preset {
            Some(name) => presets::find(name).map(|preset| preset.scenario).ok_or_else(|| {
                format!(
                    "--preset {name:?} is not a preset; accepted: {}",
                    presets::names().join(", ")
                )
            })?,
            None => Scenario::default(),
        };
        let task_size = match (&self.task_vcpu, &self.task_memory) {
            (Some(vcpu), Some(memory)) => Some(task_size_text(vcpu, memory, book)?),
            _ => None,
        };
        let given = [
            (Input::Runtime, &self.runtime),
            (Input::Memory, &self.memory),
            (Input::Rate, &self.rate),
            (Input::State, &self.state),
            (Input::Arch, &self.arch),
            (Input::Region, &self.region),
            (Input::Ingress, &self.ingress),
            (Input::RequestsPerTask, &self.requests_per_task),
            (Input::Utilization, &self.utilization),
            (Input::MinTasks, &self.min_tasks),
            (Input::TaskSize, &task_size),
            (Input::SpotShare, &self.spot),
            (Input::LambdaStorage, &self.ephemeral_storage),
            (Input::FargateStorage, &self.fargate_storage),
            (Input::ImageSize, &self.image_size),
            (Input::ColdStartShare, &self.cold_start_share),
            (Input::InitDuration, &self.init_duration),
            (Input::SavingsLambda, &self.savings_lambda),
            (Input::SavingsFargate, &self.savings_fargate),
        ];
        for (input, text) in given {
            let Some(text) = text else { continue };
            if input == Input::MinTasks {
                let whole = text.trim().parse::<u32>().is_ok();
                if !whole {
                    return Err(format!(
                        "{} {text:?}: a whole number of tasks (0 to 100)",
                        input.flag()
                    ));
                }
            }
            scenario
                .set_text(input, text, book)
                .map_err(|error| format!("{} {text:?}: {error}", input.flag()))?;
        }
        if self.free_tier {
            scenario.free_tier = true;
        }
        // A price book without the default (or the preset's) region answers nothing for it.
        if book.region(&scenario.region).is_none() {
            let regions: Vec<&str> = book.region_keys().collect();
            return Err(format!(
                "--region {:?} (the {}) is not in the price book; accepted: {} (for example \
                 --region {})",
                scenario.region,
                if self.preset.is_some() { "preset's region" } else { "default" },
                regions.join(", "),
                regions.first().unwrap_or(&"us-east-1")
            ));
        }
        Ok(scenario)
    }
}

/// `--task-vcpu` (a plain number) and `--task-memory` (GB, or MB with the unit) as the value
/// editor's "V/GB" text. Each is read on its own, so a sign or a stray unit is named rather than
/// skipped, and a pair Fargate does not offer is answered with the nearest pairs it does.
fn task_size_text(vcpu: &str, memory: &str, book: &PriceBook) -> Result<String, String> {
    let vcpu_count =
        units::parse_number(vcpu).map_err(|error| format!("--task-vcpu {vcpu:?}: {error}"))?;
    let memory_gb =
        units::parse_gb(memory).map_err(|error| format!("--task-memory {memory:?}: {error}"))?;
    let size = TaskSize { vcpu: vcpu_count, memory_gb };
    if !book.is_valid_task_size(size) {
        let nearest: Vec<String> =
            book.nearest_task_sizes(size, 2).into_iter().map(format_task_size).collect();
        return Err(format!(
            "--task-vcpu {vcpu:?} --task-memory {memory:?}: Fargate offers no {} task; the \
             nearest valid sizes are {}",
            format_task_size(size),
            nearest.join(" and ")
        ));
    }
    Ok(format!("{vcpu_count}/{memory_gb}"))
}

//! The scenario flags shared by `lvf eval`, `lvf export` and plain `lvf`: flatten
//! [`ScenarioFlags`] into a command's arguments and call [`ScenarioFlags::scenario`].
//!
//! Values are kept as typed and set through [`Scenario::set_text`], so the flags accept exactly
//! what the explorer's value editor accepts, and an out-of-range value is an error that states
//! the range, never a silent clamp.

use std::path::{Path, PathBuf};

use clap::{Arg, ArgAction, ArgMatches, Args, Command, FromArgMatches, ValueEnum};

use crate::engine::map::MapY;
use crate::engine::presets;
use crate::engine::pricing::PriceBook;
use crate::engine::scenario::{INPUTS, Input, InputDef, Scenario, TaskSize, format_task_size};
use crate::engine::units;
use crate::scenario_file::{self, About, ScenarioFile};

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

/// Workload inputs and assumptions; every flag overrides the preset, if one is given. The flags
/// are generated from the input table ([`INPUTS`]): one per input, named, described and spelled
/// as the table says.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ScenarioFlags {
    /// `--preset NAME`: start from a named scenario.
    pub preset: Option<String>,
    /// `--scenario FILE`: start from a scenario file (or the scenario block of a markdown
    /// export); it and `--preset` exclude each other.
    pub file: Option<PathBuf>,
    /// Each input given, in table order.
    pub given: Vec<Given>,
    /// `--task-vcpu` and `--task-memory`: the task size in two halves.
    pub task_vcpu: Option<String>,
    pub task_memory: Option<String>,
}

/// One input given on the command line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Given {
    pub input: Input,
    /// The flag as typed, without the dashes (the table's name or an earlier spelling).
    pub flag: &'static str,
    /// The value as typed.
    pub text: String,
}

const PRESET: &str = "preset";
const SCENARIO: &str = "scenario";
const TASK_VCPU: &str = "task_vcpu";
const TASK_MEMORY: &str = "task_memory";

/// The clap argument of one input under one of its spellings: the table's name, or an earlier
/// spelling kept as a hidden argument of its own, so an error can quote the flag as typed.
fn input_arg(def: &InputDef, spelling: &'static str) -> Arg {
    let arg = Arg::new(spelling)
        .long(spelling)
        .value_name(def.value_name)
        .help(def.help)
        .hide(spelling != def.name)
        .action(ArgAction::Set);
    let arg = if spelling == def.name { arg } else { arg.conflicts_with(def.name) };
    match def.input {
        // A switch: `--free-tier` alone turns it on; `--free-tier=off` spells the value (with `=`,
        // so a following subcommand is never read as its value).
        Input::FreeTier => arg.num_args(0..=1).require_equals(true).default_missing_value("on"),
        _ => arg.allow_hyphen_values(true),
    }
}

/// Every spelling of every input's flag: the name first, then the earlier spellings.
fn spellings() -> impl Iterator<Item = (&'static InputDef, &'static str)> {
    INPUTS.iter().flat_map(|def| {
        std::iter::once(def.name).chain(def.aliases.iter().copied()).map(move |name| (def, name))
    })
}

impl Args for ScenarioFlags {
    fn augment_args(cmd: Command) -> Command {
        let cmd = cmd.arg(
            Arg::new(PRESET)
                .long(PRESET)
                .value_name("NAME")
                .help("Start from a named scenario (see `lvf presets`); other flags override it.")
                .action(ArgAction::Set),
        );
        let cmd = cmd.arg(
            Arg::new(SCENARIO)
                .long(SCENARIO)
                .value_name("FILE")
                .value_parser(clap::value_parser!(PathBuf))
                .conflicts_with(PRESET)
                .help(
                    "Start from a scenario file (TOML, or the ```toml block of an lvf export's \
                     markdown); other flags override it.",
                )
                .action(ArgAction::Set),
        );
        let cmd = spellings().fold(cmd, |cmd, (def, spelling)| cmd.arg(input_arg(def, spelling)));
        cmd.arg(
            Arg::new(TASK_VCPU)
                .long("task-vcpu")
                .value_name("V")
                .help("Fixed task vCPUs (with --task-memory); the same as --task-size V/GB.")
                .allow_hyphen_values(true)
                .requires(TASK_MEMORY)
                .conflicts_with(Input::TaskSize.def().name)
                .action(ArgAction::Set),
        )
        .arg(
            Arg::new(TASK_MEMORY)
                .long("task-memory")
                .value_name("GB")
                .help("Fixed task memory, GB (with --task-vcpu).")
                .allow_hyphen_values(true)
                .requires(TASK_VCPU)
                .action(ArgAction::Set),
        )
    }

    fn augment_args_for_update(cmd: Command) -> Command {
        Self::augment_args(cmd)
    }
}

impl FromArgMatches for ScenarioFlags {
    fn from_arg_matches(matches: &ArgMatches) -> Result<Self, clap::Error> {
        let text = |id: &str| matches.get_one::<String>(id).cloned();
        Ok(Self {
            preset: text(PRESET),
            file: matches.get_one::<PathBuf>(SCENARIO).cloned(),
            given: spellings()
                .filter_map(|(def, spelling)| {
                    Some(Given { input: def.input, flag: spelling, text: text(spelling)? })
                })
                .collect(),
            task_vcpu: text(TASK_VCPU),
            task_memory: text(TASK_MEMORY),
        })
    }

    fn update_from_arg_matches(&mut self, matches: &ArgMatches) -> Result<(), clap::Error> {
        *self = Self::from_arg_matches(matches)?;
        Ok(())
    }
}

impl ScenarioFlags {
    /// The scenario these flags describe: the preset (or the defaults), then each given flag in
    /// turn. The error names the flag, the value and what is accepted.
    pub fn scenario(&self, book: &PriceBook) -> Result<Scenario, String> {
        self.resolve(book).map(|file| file.scenario)
    }

    /// The scenario file named by `--scenario` when no other flag changes it: the file that
    /// reopens the very scenario these flags describe.
    pub fn only_file(&self) -> Option<&Path> {
        let alone = self.given.is_empty() && self.task_vcpu.is_none() && self.task_memory.is_none();
        self.file.as_deref().filter(|_| alone)
    }

    /// The scenario and what it is called: the scenario file's name, title and notes, or the
    /// preset's when the scenario is one exactly.
    pub fn resolve(&self, book: &PriceBook) -> Result<ScenarioFile, String> {
        let (mut scenario, about) = match (&self.preset, &self.file) {
            (_, Some(path)) => {
                let file = scenario_file::load(path, book)?;
                (file.scenario, Some(file.about))
            }
            (Some(name), None) => {
                let preset = presets::find(name).ok_or_else(|| {
                    format!(
                        "--preset {name:?} is not a preset; accepted: {}",
                        presets::names().join(", ")
                    )
                })?;
                (preset.scenario, None)
            }
            (None, None) => (Scenario::default(), None),
        };
        if let (Some(vcpu), Some(memory)) = (&self.task_vcpu, &self.task_memory) {
            let text = task_size_text(vcpu, memory, book)?;
            scenario.set_text(Input::TaskSize, &text, book).map_err(|error| {
                format!("--task-vcpu {vcpu:?} --task-memory {memory:?}: {error}")
            })?;
        }
        for Given { input, flag, text } in &self.given {
            // Read as a scenario file reads it, so a percentage lvf printed comes back exactly.
            scenario_file::set_text_exact(&mut scenario, *input, text, book)
                .map_err(|error| format!("--{flag} {text:?}: {error}"))?;
        }
        // A price book without the default (or the preset's) region answers nothing for it.
        if book.region(&scenario.region).is_none() {
            let regions: Vec<&str> = book.region_keys().collect();
            return Err(format!(
                "--region {:?} (the {}) is not in the price book; accepted: {} (for example \
                 --region {})",
                scenario.region,
                match (&self.preset, &self.file) {
                    (_, Some(_)) => "scenario file's region",
                    (Some(_), None) => "preset's region",
                    (None, None) => "default",
                },
                regions.join(", "),
                regions.first().unwrap_or(&"us-east-1")
            ));
        }
        let about = about.unwrap_or_else(|| About::of_preset(&scenario));
        Ok(ScenarioFile { about, scenario })
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

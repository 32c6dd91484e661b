//! Shared by the action properties and the soak: every explorer action decoded from a random
//! number (so proptest can shrink a failing run and the soak can replay one from its seed), and
//! the invariants the explorer keeps after any sequence of them.

#![allow(dead_code)]

use lvf::engine::compare::Comparison;
use lvf::engine::evaluate;
use lvf::engine::scenario::{Input, Scenario, TaskSizeChoice};
use lvf::engine::sensitivity::sensitivity;
use lvf::tui::action::Action;
use lvf::tui::app::{App, Focus, Mode, Tab};
use lvf::tui::effect::{dispatch, snapshot_time};

/// The characters the random editor types: digits, units, separators, junk.
const EDITOR_CHARS: &[char] = &[
    '0', '1', '2', '5', '9', '.', ',', '_', '-', '+', '/', '%', ' ', 's', 'm', 'h', 'd', 'k', 'M',
    'B', 'G', 'x', 'e', 'n', 'a', 'i', 'f', 'é', '∞',
];

/// The largest map grid a random `MapGrid` asks for: the biggest terminal the size sweep covers.
const MAX_GRID: (u64, u64) = (320, 100);

/// How many kinds of action [`action`] decodes (the last one is `Export`).
pub const KINDS: u64 = 32;

fn input(bits: u64) -> Input {
    let all: Vec<Input> = Input::all().collect();
    all[(bits % all.len() as u64) as usize]
}

fn steps(bits: u64) -> i32 {
    match bits % 8 {
        0 => i32::MAX,
        1 => i32::MIN,
        _ => (bits >> 3) as i32 % 25 - 12,
    }
}

/// A track position: mostly inside 0..=1, sometimes outside it or NaN (a drag past the end).
fn position(bits: u64) -> f64 {
    match bits % 16 {
        0 => f64::NAN,
        1 => -0.5,
        2 => 1.5,
        3 => 0.0,
        4 => 1.0,
        _ => (bits >> 4) as f64 / (u64::MAX >> 4) as f64,
    }
}

/// The action a random number stands for. `with_export` allows `Export` (it writes a file).
pub fn action(seed: u64, with_export: bool) -> Action {
    let kinds = if with_export { KINDS } else { KINDS - 1 };
    let arg = seed / kinds;
    match seed % kinds {
        0 => Action::FocusNext,
        1 => Action::FocusPrev,
        2 => Action::Focus(Focus::Input(input(arg))),
        3 => Action::Focus(Focus::Fit((arg % 16) as usize)),
        4 => Action::Step { steps: steps(arg), coarse: arg & 1 << 40 != 0 },
        5 => Action::StepInput { input: input(arg), steps: steps(arg >> 8) },
        6 => Action::Extreme { to_max: arg & 1 == 1 },
        7 => Action::SetPosition {
            input: input(arg),
            position: position(arg >> 8),
            drag: arg & 1 << 50 != 0,
        },
        8 => Action::ShowTab(Tab::ALL[(arg % 4) as usize]),
        9 => Action::OpenEditor,
        10..=12 => Action::EditorChar(EDITOR_CHARS[(arg % EDITOR_CHARS.len() as u64) as usize]),
        13 => Action::EditorBackspace,
        14 => Action::EditorSubmit,
        15 => Action::OpenPicker,
        16 => Action::PickerMove(steps(arg)),
        17 => Action::PickerChoose,
        18 => Action::ApplyPreset((arg % 14) as usize),
        19 => Action::ToggleMap,
        20 => Action::ToggleMapAxis,
        21 => Action::MapGrid {
            cols: (arg % (MAX_GRID.0 + 1)) as u16,
            rows: ((arg >> 16) % (MAX_GRID.1 + 1)) as u16,
        },
        22 => Action::CycleTheme,
        23 => Action::ToggleMeeting,
        24 => Action::Slide(steps(arg)),
        25 => Action::ToggleHelp,
        26 => Action::Undo,
        27 => Action::Redo,
        28 => {
            if arg & 1 == 0 {
                Action::Back
            } else {
                Action::Quit
            }
        }
        29 => Action::TogglePin,
        30 => Action::ToggleTornado,
        _ => Action::Export,
    }
}

/// Applies `action` as the event loop does: an export it asks for is written, with the explorer's
/// own clock, and its outcome reaches the status line.
pub fn apply(app: &mut App, action: Action) {
    dispatch(app, action, snapshot_time);
}

/// A small fast generator (xorshift64*) for the soak's long runs.
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Rng {
        Rng(seed.max(1))
    }

    pub fn next_u64(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
}

/// The invariants that cost little: the scenario inside every bound, the focus and the mode
/// pointing at things that exist. (The map and the report's scenario cannot drift: the map lives in
/// the chart view and the scenario in the report.)
pub fn cheap_invariants(app: &App) -> Result<(), String> {
    let scenario = app.scenario();
    for input in Input::all() {
        if let (Some(spec), Some(value)) = (input.spec(), scenario.number(input))
            && !spec.contains(value)
        {
            return Err(format!("{input:?} = {value} is outside its range"));
        }
    }
    if app.book.region(&scenario.region).is_none() {
        return Err(format!("region {} is not in the book", scenario.region));
    }
    if let TaskSizeChoice::Fixed(size) = scenario.task_size
        && !app.book.is_valid_task_size(size)
    {
        return Err(format!("task size {size:?} is not one Fargate offers"));
    }
    if let Focus::Fit(row) = app.focus
        && row >= app.report().fit.len()
    {
        return Err(format!("focus on fit row {row} of {}", app.report().fit.len()));
    }
    match &app.mode {
        Mode::Picker { selected } if *selected >= app.presets.len() => {
            return Err(format!("picker at {selected} of {} presets", app.presets.len()));
        }
        _ => {}
    }
    if let Some(preset) = app.preset
        && preset >= app.presets.len()
    {
        return Err(format!("preset {preset} of {}", app.presets.len()));
    }
    Ok(())
}

/// Every invariant: the cheap ones, and the cached report equal to a fresh evaluation.
pub fn invariants(app: &App) -> Result<(), String> {
    cheap_invariants(app)?;
    if *app.report() != evaluate(app.scenario(), &app.book) {
        return Err("the cached report differs from evaluate(scenario)".to_string());
    }
    // The comparison and the tornado follow the report as the report follows the scenario.
    if let Some(baseline) = app.baseline()
        && baseline.comparison != Comparison::of(&baseline.report, app.report())
    {
        return Err("the comparison is stale".to_string());
    }
    if let Some(table) = app.tornado()
        && *table != sensitivity(app.scenario(), &app.book)
    {
        return Err("the tornado is stale".to_string());
    }
    Ok(())
}

/// Undoes until there is nothing left to undo (at most `limit` times); returns how many.
pub fn undo_all(app: &mut App, limit: usize) -> usize {
    let mut undone = 0;
    while app.can_undo() && undone < limit {
        apply(app, Action::Undo);
        undone += 1;
    }
    undone
}

/// A scenario the actions start from.
pub fn start() -> Scenario {
    Scenario::default()
}

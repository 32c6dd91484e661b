//! The explorer's whole state: the scenario, the report computed from it, what has the focus,
//! which overlay is open, the undo history and the last message. Views draw from `&App` only;
//! [`App::update`](super::update) is the one place it changes.

use crate::engine::evaluate;
use crate::engine::map::MapY;
use crate::engine::presets::{self, Preset};
use crate::engine::pricing::PriceBook;
use crate::engine::report::Report;
use crate::engine::scenario::{Input, Scenario};

use crate::theme::Theme;

use super::style::Styles;

pub use export::ExportTarget;
pub use session::{Prompt, Session};

pub mod compare;
mod export;
pub mod map;
pub mod session;

pub use compare::Baseline;
use map::DEFAULT_MAP_GRID;
pub use map::{ChartView, ShownMap};

/// The most undo steps kept; older ones are dropped so a long session stays small.
pub const UNDO_LIMIT: usize = 500;

/// What the keys act on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Focus {
    /// A primary slider or an assumption.
    Input(Input),
    /// A row of the fit matrix (its reason shows in full).
    Fit(usize),
}

/// The panel shown in the tab area of the layouts too small to show every panel at once.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tab {
    Chart,
    Fit,
    /// The verdict's reasons and flip points and the cost breakdown.
    Details,
    Assumptions,
}

impl Tab {
    /// Every tab, in the order of the tab bar and of the keys 1..4.
    pub const ALL: [Tab; 4] = [Tab::Chart, Tab::Fit, Tab::Details, Tab::Assumptions];

    /// The tab's title.
    pub fn title(self) -> &'static str {
        match self {
            Tab::Chart => "Cost curves",
            Tab::Fit => "Fit",
            Tab::Details => "Why & costs",
            Tab::Assumptions => "Assumptions",
        }
    }
}

/// The value editor: an exact value typed with units.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Editor {
    pub input: Input,
    pub text: String,
    /// Why the last submitted text was refused.
    pub error: Option<String>,
}

/// Which overlay is open, if any.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Mode {
    Normal,
    Help,
    Picker {
        selected: usize,
    },
    Editor(Editor),
    /// The save prompt (`s`): the scenario file's name.
    Save(Prompt),
}

/// What the screen shows: every panel, or the meeting layout (the verdict in large type, the cost
/// chart and the five primary sliders; `m`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Screen {
    Explorer,
    Meeting,
}

/// Whether the status message reports a problem.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StatusKind {
    Info,
    Error,
}

/// The last message of the status line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Status {
    pub text: String,
    pub kind: StatusKind,
}

/// One undo step: the scenario and the preset it came from.
#[derive(Debug, Clone, PartialEq)]
pub(super) struct Snapshot {
    pub(super) scenario: Scenario,
    pub(super) preset: Option<usize>,
}

/// The explorer's state.
#[derive(Debug, Clone)]
pub struct App {
    /// The report of the scenario, recomputed on every change; it holds the scenario itself, so
    /// there is no second copy to keep in step ([`App::scenario`]).
    pub(super) report: Report,
    pub book: PriceBook,
    /// The presets the picker offers.
    pub presets: Vec<Preset>,
    /// The preset last applied (the scenario may have moved on since).
    pub preset: Option<usize>,
    pub focus: Focus,
    pub mode: Mode,
    pub tab: Tab,
    /// What the chart panel shows: cost curves or the verdict map (`v`), which carries the map
    /// itself, recomputed with the report.
    pub(super) chart_view: ChartView,
    /// The verdict map's y axis (`V`).
    pub map_y: MapY,
    /// The grid (columns, rows) the map is computed for: the last frame's room for it.
    pub map_grid: (u16, u16),
    pub status: Option<Status>,
    /// The theme in use (`t` cycles the built-ins) and its styles, one per role.
    pub theme: Theme,
    pub styles: Styles,
    /// The explorer's panels or the meeting layout (`m`).
    pub screen: Screen,
    /// Where `e` writes snapshots (the event loop does the writing; see [`super::effect`]).
    pub export: ExportTarget,
    /// Where the scenario came from, where it was saved, and the slides.
    pub session: Session,
    /// False once the user asked to quit.
    pub running: bool,
    pub(super) undo: Vec<Snapshot>,
    pub(super) redo: Vec<Snapshot>,
    /// The input being dragged with the mouse, whose changes share one undo step.
    pub(super) dragging: Option<Input>,
    /// The scenario pinned with `c`, which the panels compare the current one against.
    pub(super) baseline: Option<Baseline>,
}

impl App {
    /// An explorer on `scenario`, with its report computed and the engine's presets to pick.
    #[expect(
        clippy::needless_pass_by_value,
        reason = "callers hand the app its scenario; the report `evaluate` builds keeps the only copy"
    )]
    pub fn new(scenario: Scenario, book: PriceBook) -> Self {
        let report = evaluate(&scenario, &book);
        let presets = presets::all();
        let preset = presets.iter().position(|preset| preset.scenario == scenario);
        let theme = Theme::default_theme();
        let mut session = Session::new(&scenario);
        // Started on a preset, the slides go on from it rather than showing it twice.
        session.slide = preset.map_or(0, |index| index + 1);
        Self {
            report,
            book,
            presets,
            preset,
            focus: Focus::Input(Input::Runtime),
            mode: Mode::Normal,
            tab: Tab::Chart,
            chart_view: ChartView::Curves,
            map_y: MapY::Runtime,
            map_grid: DEFAULT_MAP_GRID,
            status: None,
            styles: Styles::from_theme(&theme),
            theme,
            screen: Screen::Explorer,
            export: ExportTarget::default(),
            session,
            running: true,
            undo: Vec::new(),
            redo: Vec::new(),
            dragging: None,
            baseline: None,
        }
    }

    /// The scenario the explorer shows: the one its report was computed for.
    pub fn scenario(&self) -> &Scenario {
        &self.report.scenario
    }

    /// The report of the scenario.
    pub fn report(&self) -> &Report {
        &self.report
    }

    /// The focused input, if the focus is on one.
    pub fn focused_input(&self) -> Option<Input> {
        match self.focus {
            Focus::Input(input) => Some(input),
            Focus::Fit(_) => None,
        }
    }

    /// The selected row of the fit matrix (kept when the focus leaves it).
    pub fn fit_selected(&self) -> Option<usize> {
        match self.focus {
            Focus::Fit(row) => Some(row),
            Focus::Input(_) => None,
        }
    }

    /// The name of the preset the scenario came from, and whether it has changed since.
    pub fn preset_label(&self) -> Option<(&str, bool)> {
        let preset = self.presets.get(self.preset?)?;
        Some((preset.name, preset.scenario != *self.scenario()))
    }

    /// Whether there is a step to undo / to redo.
    pub fn can_undo(&self) -> bool {
        !self.undo.is_empty()
    }

    pub fn can_redo(&self) -> bool {
        !self.redo.is_empty()
    }

    /// Every place the focus can be, in screen order (the meeting layout shows only the five
    /// primary sliders).
    pub fn focus_order(&self) -> Vec<Focus> {
        if self.screen == Screen::Meeting {
            return Input::PRIMARY.into_iter().map(Focus::Input).collect();
        }
        Input::all().map(Focus::Input).chain((0..self.report.fit.len()).map(Focus::Fit)).collect()
    }

    /// Makes `scenario` the one shown: its report, and its map when the map is shown.
    pub(super) fn set_scenario(&mut self, scenario: &Scenario) {
        self.report = evaluate(scenario, &self.book);
        self.refresh_map();
        self.refresh_compare();
    }
}

//! Everything the user can ask the explorer to do, as data: keys and mouse events map to an
//! [`Action`], and [`super::app::App::update`] is the only place that acts on one.

use std::path::PathBuf;

use crate::engine::scenario::Input;

use super::app::{Focus, Tab};
use super::effect::SaveFailure;

/// One request to change the explorer's state.
#[derive(Debug, Clone, PartialEq)]
pub enum Action {
    /// Focus the next item, in screen order: sliders, assumptions, fit rows (wrapping).
    FocusNext,
    /// Focus the previous item.
    FocusPrev,
    /// Focus one item (a mouse click).
    Focus(Focus),
    /// Step the focused item: fine or coarse steps, negative to go down.
    Step {
        steps: i32,
        coarse: bool,
    },
    /// Step one input whatever has the focus (the mouse wheel over a slider).
    StepInput {
        input: Input,
        steps: i32,
    },
    /// Move the focused input to its minimum (`false`) or maximum (`true`).
    Extreme {
        to_max: bool,
    },
    /// Set an input from a track position 0..=1; `drag` merges the change into the last undo step
    /// while the same input is dragged.
    SetPosition {
        input: Input,
        position: f64,
        drag: bool,
    },
    /// Show one panel in the tab area (layouts too small for every panel at once).
    ShowTab(Tab),
    /// Open the value editor on the focused input.
    OpenEditor,
    /// Type a character into the value editor (or the save prompt).
    EditorChar(char),
    /// Delete the character before the editor's (or the save prompt's) cursor.
    EditorBackspace,
    /// Apply the typed value (an error keeps the editor open and changes nothing).
    EditorSubmit,
    /// Open the preset picker.
    OpenPicker,
    /// Move the picker's selection.
    PickerMove(i32),
    /// Apply the preset under the picker's selection.
    PickerChoose,
    /// Apply a preset by its index (a click in the picker).
    ApplyPreset(usize),
    /// Switch the chart panel between the cost curves and the verdict map.
    ToggleMap,
    /// Switch the verdict map's y axis between runtime and memory.
    ToggleMapAxis,
    /// Fit the verdict map to the grid the panel has room for (sent after a frame measured it).
    MapGrid {
        cols: u16,
        rows: u16,
    },
    /// Write a markdown snapshot of the current scenario (`e`): `update` returns the write as an
    /// effect for the event loop to run.
    Export,
    /// How the snapshot write went: the path written, or why it failed (the loop sends it).
    Exported(Result<PathBuf, String>),
    /// Open the save prompt (`s`): the scenario file's name, one suggested.
    OpenSave,
    /// Save the scenario under the prompt's name: `update` returns the write as an effect.
    SaveSubmit,
    /// How the save went: the path written, or why not (the loop sends it).
    Saved(Result<PathBuf, SaveFailure>),
    /// Pin the current scenario as the baseline to compare against, or unpin it (`c`).
    TogglePin,
    /// Switch the chart panel between the curves and what moves the answer (`w`).
    ToggleTornado,
    /// Switch to the next built-in theme (`t`).
    CycleTheme,
    /// Switch between the explorer's panels and the meeting layout (`m`).
    ToggleMeeting,
    /// Apply the next (`1`) or previous (`-1`) preset, like stepping through slides (`n`, `N`).
    Slide(i32),
    /// Toggle the help overlay.
    ToggleHelp,
    Undo,
    Redo,
    /// Close the open overlay, picker or editor; quit when nothing is open (Esc). With unsaved
    /// changes the first quit only asks.
    Back,
    /// Quit (`q`); with unsaved changes the first one only asks.
    Quit,
}

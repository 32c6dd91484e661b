//! Every colour and emphasis the explorer uses, by role, in one place.
//!
//! Views ask for a role (`styles.curve_lambda`), never for a colour, so a theme file can replace
//! the whole set: the field names follow the theme roles (`curve-lambda`, `fit-blocked`,
//! `slider-focused`, …). Meaning never rests on colour alone: marks, knobs and markers are also
//! told apart by their symbols.

use ratatui::style::{Color, Modifier, Style};

/// One style per role.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Styles {
    /// All text and the screen's background.
    pub base: Style,
    /// Secondary text: units, ranges, hints.
    pub muted: Style,
    /// Panel titles.
    pub title: Style,
    pub border: Style,
    /// The border of the panel that holds the focus.
    pub border_focused: Style,
    pub slider_label: Style,
    /// The focused slider's or assumption's name.
    pub slider_focused: Style,
    /// The empty part of a track.
    pub slider_track: Style,
    /// The filled part of a track and its knob.
    pub slider_fill: Style,
    pub slider_value: Style,
    pub curve_lambda: Style,
    pub curve_fargate: Style,
    /// The current rate on the chart.
    pub marker_current: Style,
    pub marker_break_even: Style,
    /// Chart axes and their labels.
    pub axis: Style,
    pub verdict_lambda: Style,
    pub verdict_fargate: Style,
    pub verdict_either: Style,
    pub verdict_neither: Style,
    pub fit_good: Style,
    pub fit_caution: Style,
    pub fit_poor: Style,
    pub fit_blocked: Style,
    /// The selected row of a table or list.
    pub selected: Style,
    /// Key names in the status line and the help.
    pub key_hint: Style,
    pub status: Style,
    pub status_error: Style,
    /// Help, preset picker and value editor.
    pub overlay: Style,
    /// Verdict map cells: Lambda wins, Fargate wins, within the 10% margin, neither fits.
    pub map_lambda: Style,
    pub map_fargate: Style,
    pub map_either: Style,
    pub map_neither: Style,
}

const LAMBDA_ORANGE: Color = Color::Rgb(0xff, 0x99, 0x00);
const FARGATE_BLUE: Color = Color::Rgb(0x4d, 0xa3, 0xff);

impl Default for Styles {
    /// Light text on a dark background.
    fn default() -> Self {
        let bold = Modifier::BOLD;
        Self {
            base: Style::new(),
            muted: Style::new().fg(Color::Indexed(245)),
            title: Style::new().fg(Color::Cyan).add_modifier(bold),
            border: Style::new().fg(Color::Indexed(240)),
            border_focused: Style::new().fg(Color::Cyan),
            slider_label: Style::new(),
            slider_focused: Style::new().fg(Color::Black).bg(Color::Cyan).add_modifier(bold),
            slider_track: Style::new().fg(Color::Indexed(240)),
            slider_fill: Style::new().fg(Color::Cyan),
            slider_value: Style::new().fg(Color::White).add_modifier(bold),
            curve_lambda: Style::new().fg(LAMBDA_ORANGE),
            curve_fargate: Style::new().fg(FARGATE_BLUE),
            marker_current: Style::new().fg(Color::White).add_modifier(bold),
            marker_break_even: Style::new().fg(Color::Magenta).add_modifier(bold),
            axis: Style::new().fg(Color::Indexed(245)),
            verdict_lambda: Style::new().fg(LAMBDA_ORANGE).add_modifier(bold),
            verdict_fargate: Style::new().fg(FARGATE_BLUE).add_modifier(bold),
            verdict_either: Style::new().fg(Color::Green).add_modifier(bold),
            verdict_neither: Style::new().fg(Color::LightRed).add_modifier(bold),
            fit_good: Style::new().fg(Color::Green),
            fit_caution: Style::new().fg(Color::Yellow),
            fit_poor: Style::new().fg(Color::LightRed),
            fit_blocked: Style::new().fg(Color::Red).add_modifier(bold),
            selected: Style::new().add_modifier(Modifier::REVERSED),
            key_hint: Style::new().fg(Color::Cyan).add_modifier(bold),
            status: Style::new().fg(Color::Indexed(250)),
            status_error: Style::new().fg(Color::LightRed).add_modifier(bold),
            overlay: Style::new().fg(Color::White).bg(Color::Indexed(236)),
            map_lambda: Style::new().fg(LAMBDA_ORANGE),
            map_fargate: Style::new().fg(FARGATE_BLUE),
            map_either: Style::new().fg(Color::Green),
            map_neither: Style::new().fg(Color::Red),
        }
    }
}

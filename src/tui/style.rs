//! Every colour and emphasis the explorer uses, by role, in one place, resolved from a theme.
//!
//! Views ask for a role (`styles.curve_lambda`), never for a colour: the field names follow the
//! theme roles (`curve-lambda`, `fit-blocked`, `slider-focused`, …) and every field comes from a
//! [`Theme`] (the built-in `dark` one unless the user picks another), so the theme files are the
//! one source of colours. Meaning never rests on colour alone: marks, knobs and markers are also
//! told apart by their symbols, and the two cost curves by their markers where a theme asks.

use crate::engine::report::Platform;
use ratatui::style::{Color, Modifier, Style};
use ratatui::symbols::Marker;

use crate::theme::{Role, Theme};

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
    /// The markers the two cost curves are drawn with (braille, dot, block, …).
    pub lambda_marker: Marker,
    pub fargate_marker: Marker,
}

/// A darker shade of `colour`: RGB at 55% and the named colours one step down (light to normal,
/// normal to grey); the terminal's own colour stays (mono and `NO_COLOR` add no colour; the dots
/// and the dim attribute tell the baseline apart there).
fn dimmed(colour: Color) -> Color {
    let shade = |value: u8| (f32::from(value) * 0.55) as u8;
    match colour {
        Color::Rgb(r, g, b) => Color::Rgb(shade(r), shade(g), shade(b)),
        Color::LightRed => Color::Red,
        Color::LightGreen => Color::Green,
        Color::LightYellow => Color::Yellow,
        Color::LightBlue => Color::Blue,
        Color::LightMagenta => Color::Magenta,
        Color::LightCyan => Color::Cyan,
        Color::White => Color::Gray,
        Color::Reset => Color::Reset,
        _ => Color::DarkGray,
    }
}

/// The glyphs of the chart's marks, each its own so that no theme (colour or not) confuses them
/// with each other or with the curves' markers: the band where the bills are within 10%, the
/// crossings outside it, and the current rate, in the plot and on the x axis.
pub const PARITY_GLYPH: &str = "░";
pub const BREAK_EVEN_GLYPH: &str = "┊";
pub const CURRENT_GLYPH: &str = "│";
pub const BREAK_EVEN_AXIS: &str = "◆";
pub const CURRENT_AXIS: &str = "▲";

/// How a curve drawn with `marker` shows in the legend: a line for the fine markers, the
/// marker's own cell for the coarse ones, so themes that tell the curves apart by marker show it.
pub fn legend_symbol(marker: Marker) -> &'static str {
    match marker {
        Marker::Dot => "•",
        Marker::Block => "█",
        Marker::Bar => "▄",
        Marker::HalfBlock => "▀",
        _ => "━",
    }
}

/// Whether a curve drawn with `marker` may leave `symbol` in a cell.
pub fn marker_draws(marker: Marker, symbol: &str) -> bool {
    match marker {
        Marker::Dot => symbol == "•",
        Marker::Block => symbol == "█",
        Marker::Bar => symbol == "▄",
        Marker::HalfBlock => ["▀", "▄", "█"].contains(&symbol),
        // Braille and any finer marker: the braille block.
        _ => symbol.chars().next().is_some_and(|c| ('\u{2801}'..='\u{28FF}').contains(&c)),
    }
}

impl Styles {
    /// The style of a platform's curve and name.
    pub fn platform(&self, platform: Platform) -> Style {
        match platform {
            Platform::Lambda => self.curve_lambda,
            Platform::Fargate => self.curve_fargate,
        }
    }

    /// The dimmed variant of a platform's curve style, for a pinned baseline's curve. A chart
    /// paints only the colour of a style, so the colour itself is dimmed; the curve is drawn
    /// dotted as well, so themes without colour (mono, `NO_COLOR`) still tell it apart.
    pub fn baseline(&self, platform: Platform) -> Style {
        let style = self.platform(platform);
        Style { fg: Some(dimmed(style.fg.unwrap_or(Color::Reset))), ..style }
            .add_modifier(Modifier::DIM)
    }

    /// The marker a platform's curve is drawn with.
    pub fn marker(&self, platform: Platform) -> Marker {
        match platform {
            Platform::Lambda => self.lambda_marker,
            Platform::Fargate => self.fargate_marker,
        }
    }

    /// The styles of a theme, one per role.
    pub fn from_theme(theme: &Theme) -> Self {
        let style = |role| theme.style(role);
        Self {
            base: style(Role::Base),
            muted: style(Role::Muted),
            title: style(Role::Title),
            border: style(Role::Border),
            border_focused: style(Role::BorderFocused),
            slider_label: style(Role::SliderLabel),
            slider_focused: style(Role::SliderFocused),
            slider_track: style(Role::SliderTrack),
            slider_fill: style(Role::SliderFill),
            slider_value: style(Role::SliderValue),
            curve_lambda: style(Role::CurveLambda),
            curve_fargate: style(Role::CurveFargate),
            marker_current: style(Role::MarkerCurrent),
            marker_break_even: style(Role::MarkerBreakEven),
            axis: style(Role::Axis),
            verdict_lambda: style(Role::VerdictLambda),
            verdict_fargate: style(Role::VerdictFargate),
            verdict_either: style(Role::VerdictEither),
            verdict_neither: style(Role::VerdictNeither),
            fit_good: style(Role::FitGood),
            fit_caution: style(Role::FitCaution),
            fit_poor: style(Role::FitPoor),
            fit_blocked: style(Role::FitBlocked),
            selected: style(Role::Selected),
            key_hint: style(Role::KeyHint),
            status: style(Role::Status),
            status_error: style(Role::StatusError),
            overlay: style(Role::Overlay),
            map_lambda: style(Role::MapLambda),
            map_fargate: style(Role::MapFargate),
            map_either: style(Role::MapEither),
            map_neither: style(Role::MapNeither),
            lambda_marker: theme.marker(Role::CurveLambda),
            fargate_marker: theme.marker(Role::CurveFargate),
        }
    }

    /// Whether the base style changes anything on a fresh screen (a colour other than the
    /// terminal's own, or an emphasis), so the whole screen must be painted with it first.
    pub fn base_paints(&self) -> bool {
        let colours = |colour: Option<Color>| colour.is_some_and(|colour| colour != Color::Reset);
        colours(self.base.fg) || colours(self.base.bg) || !self.base.add_modifier.is_empty()
    }
}

impl Default for Styles {
    /// The default theme's styles (`themes/dark.toml`).
    fn default() -> Self {
        Self::from_theme(&Theme::default_theme())
    }
}

#[cfg(test)]
mod tests {
    use ratatui::style::Modifier;

    use super::*;

    #[test]
    fn styles_follow_their_theme_role_by_role() {
        for (name, _) in crate::theme::BUILTIN_THEMES {
            let theme = Theme::builtin(name).expect("built in");
            let styles = Styles::from_theme(&theme);
            assert_eq!(styles.curve_lambda, theme.style(Role::CurveLambda), "{name}");
            assert_eq!(styles.fit_blocked, theme.style(Role::FitBlocked), "{name}");
            assert_eq!(styles.map_neither, theme.style(Role::MapNeither), "{name}");
            assert_eq!(styles.fargate_marker, theme.marker(Role::CurveFargate), "{name}");
        }
    }

    #[test]
    fn the_default_is_the_dark_theme_and_only_high_contrast_paints_the_screen() {
        let dark = Styles::default();
        assert_eq!(dark.curve_lambda.fg, Some(Color::Rgb(0xff, 0x99, 0x00)));
        assert_eq!(dark.selected.add_modifier, Modifier::REVERSED);
        assert!(!dark.base_paints());
        let painting: Vec<&str> = crate::theme::BUILTIN_THEMES
            .iter()
            .map(|(name, _)| *name)
            .filter(|name| {
                Styles::from_theme(&Theme::builtin(name).expect("built in")).base_paints()
            })
            .collect();
        assert_eq!(painting, ["high-contrast"]);
    }
}

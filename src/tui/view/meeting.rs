//! Meeting mode (`m`): the slide's name, the verdict in large type with its headline and both
//! monthly costs, the cost chart as large as the screen allows, and the five primary sliders.
//! Nothing else. The large type shrinks with the screen (full, half height, quadrant blocks) and
//! becomes one line of normal text when even that does not fit.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::Modifier;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Wrap};
use tui_big_text::{BigText, PixelSize};
use unicode_width::UnicodeWidthStr;

use crate::engine::scenario::Input;

use super::super::app::App;
use super::super::keys::BINDINGS;
use super::super::layout::SLIDERS_SHORT;
use super::super::layout::SLIDERS_TALL;
use super::super::mouse::Hitmap;
use super::verdict::{choice_style, totals_line};
use super::{put_line, sliders, truncate};
use crate::wording::{self, choice_word};

/// From this height up the verdict's letters are 8 rows tall and the sliders take two rows each.
const TALL_HEIGHT: u16 = 40;
/// From this height up the verdict's letters are 4 rows tall.
const BIG_HEIGHT: u16 = 24;

/// How the verdict's word is drawn.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Type {
    /// tui-big-text glyphs this many rows tall.
    Big(PixelSize, u16),
    /// One line of normal text.
    Line,
}

/// The largest type the word fits in at this screen size.
fn type_for(word: &str, screen: Rect) -> Type {
    let letters = u16::try_from(word.chars().count()).unwrap_or(u16::MAX);
    let fits = |letter_width: u16| letters.saturating_mul(letter_width) <= screen.width;
    if screen.height >= TALL_HEIGHT && fits(8) {
        Type::Big(PixelSize::Full, 8)
    } else if screen.height >= BIG_HEIGHT && fits(8) {
        Type::Big(PixelSize::HalfHeight, 4)
    } else if screen.height >= BIG_HEIGHT && fits(4) {
        Type::Big(PixelSize::Quadrant, 4)
    } else {
        Type::Line
    }
}

/// Draws the meeting layout over the whole screen.
pub fn render(frame: &mut Frame, screen: Rect, app: &App, hits: &mut Hitmap) {
    let report = app.report();
    let word = choice_word(report.verdict.choice);
    let kind = type_for(word, screen);
    let word_height = match kind {
        Type::Big(_, rows) => rows,
        Type::Line => 1,
    };
    let headline_text = wording::headline(&report.verdict);
    // As many rows as the headline wraps to (a headline under the materiality line is long),
    // one more when its last row is nearly full (words wrap early), at most three.
    let (text_width, width) = (headline_text.width(), usize::from(screen.width.max(1)));
    let rows = text_width.div_ceil(width).max(1);
    let rows = if rows > 1 && rows * width - text_width < width / 5 { rows + 1 } else { rows };
    let headline_lines = u16::try_from(rows).unwrap_or(3).min(3);
    let sliders_height = if screen.height >= TALL_HEIGHT { SLIDERS_TALL } else { SLIDERS_SHORT };
    let [title, word_area, headline, totals, deciding, chart_area, sliders_area] =
        Layout::vertical([
            Constraint::Length(1),
            Constraint::Length(word_height),
            Constraint::Length(headline_lines),
            Constraint::Length(1),
            Constraint::Length(1),
            Constraint::Fill(1),
            Constraint::Length(sliders_height),
        ])
        .areas(screen);
    render_title(frame, title, app);
    let style = choice_style(report.verdict.choice, &app.styles);
    match kind {
        Type::Big(pixel_size, _) => {
            let big = BigText::builder()
                .pixel_size(pixel_size)
                .style(style)
                .lines(vec![Line::from(word)])
                .centered()
                .build();
            frame.render_widget(big, word_area);
        }
        Type::Line => {
            let line = Line::from(Span::styled(
                format!(" {word} "),
                style.add_modifier(Modifier::REVERSED),
            ));
            frame.render_widget(Paragraph::new(line).centered(), word_area);
        }
    }
    let headline_text = Line::from(Span::styled(headline_text, style));
    frame.render_widget(
        Paragraph::new(headline_text).centered().wrap(Wrap { trim: true }),
        headline,
    );
    frame.render_widget(Paragraph::new(totals_line(report, &app.styles)).centered(), totals);
    let assumptions = deciding_line(app, usize::from(deciding.width));
    frame.render_widget(
        Paragraph::new(Span::styled(assumptions, app.styles.muted)).centered(),
        deciding,
    );
    // `v` works here too: the verdict map in place of the curves.
    super::render_chart(frame, chart_area, app, hits);
    sliders::render(frame, sliders_area, app, hits, sliders_height == SLIDERS_TALL);
}

/// The assumptions that decide the verdict more than the sliders do, from the input table, as one
/// line under the totals: what someone in the room asks about first.
const DECIDING: [Input; 7] = [
    Input::CpuShare,
    Input::MinTasks,
    Input::Ingress,
    Input::Arch,
    Input::SavingsLambda,
    Input::SavingsFargate,
    Input::Region,
];

/// "CPU share 25% · Minimum tasks 2 · Ingress none · …" when it fits in `width`, else the same
/// with the inputs' flag names ("cpu-share 25% · min-tasks 2 · …"), which are shorter.
fn deciding_line(app: &App, width: usize) -> String {
    let scenario = app.scenario();
    let line = |name: fn(&Input) -> &'static str| {
        let items: Vec<String> = DECIDING
            .iter()
            .map(|input| format!("{} {}", name(input), scenario.display(*input)))
            .collect();
        items.join(" · ")
    };
    let labelled = line(|input| input.label());
    if labelled.width() <= width {
        labelled
    } else {
        truncate(&line(|input| input.def().name), width)
    }
}

/// The slide's name (the deck's slide or the preset, its place among them and its description)
/// on the left; the last message, or the keys, on the right.
fn render_title(frame: &mut Frame, area: Rect, app: &App) {
    let styles = &app.styles;
    let (name, description) = app.deck_title().unwrap_or_else(|| preset_title(app));
    let (right, right_style) = match &app.status {
        Some(status) if status.kind == super::super::app::StatusKind::Error => {
            (status.text.clone(), styles.status_error)
        }
        Some(status) => (status.text.clone(), styles.status),
        None => (hints(), styles.muted),
    };
    let width = usize::from(area.width);
    let name = truncate(&name, width);
    let right_room = width.saturating_sub(name.width() + 2);
    let right = if right.width() <= right_room { right } else { String::new() };
    let description_room = width.saturating_sub(name.width() + right.width() + 4);
    let description = truncate(&description, description_room);
    let gap = width.saturating_sub(name.width() + description.width() + right.width() + 1);
    let line = Line::from(vec![
        Span::styled(name, styles.title),
        Span::styled(description, styles.muted),
        Span::raw(" ".repeat(gap)),
        Span::styled(right, right_style),
        Span::raw(" "),
    ]);
    put_line(frame, area, &line);
}

/// Without a deck: the preset, its place among them and its description; the start's title
/// (or "your workload") when the scenario is no preset.
fn preset_title(app: &App) -> (String, String) {
    let name = match (app.preset, app.preset_label()) {
        (Some(index), Some((name, changed))) => format!(
            " {name} ({}/{}){}",
            index + 1,
            app.presets.len(),
            if changed { ", changed" } else { "" }
        ),
        _ => match app.session.start_about.heading() {
            Some(heading) if app.scenario() == &app.session.start => format!(" {heading}"),
            _ => " your workload".to_string(),
        },
    };
    let description = app
        .preset
        .and_then(|index| app.presets.get(index))
        .map(|preset| format!(" · {}", preset.description))
        .unwrap_or_default();
    (name, description)
}

/// The slide keys, from the key table's meeting hints, shown on the title line when there is no
/// message: `n N slides · t theme · m explorer · ? help`.
fn hints() -> String {
    let mut hints: Vec<(u8, String)> = BINDINGS
        .iter()
        .filter_map(|binding| {
            let hint = binding.meeting?;
            Some((hint.rank, format!("{} {}", binding.hint_keys(), hint.what)))
        })
        .collect();
    hints.sort();
    let hints: Vec<String> = hints.into_iter().map(|(_, hint)| hint).collect();
    hints.join(" · ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_type_shrinks_with_the_screen() {
        let at = |width, height| type_for("NEITHER", Rect::new(0, 0, width, height));
        assert_eq!(at(120, 90), Type::Big(PixelSize::Full, 8));
        assert_eq!(at(100, 75), Type::Big(PixelSize::Full, 8));
        assert_eq!(at(80, 24), Type::Big(PixelSize::HalfHeight, 4));
        assert_eq!(at(50, 30), Type::Big(PixelSize::Quadrant, 4));
        assert_eq!(at(80, 20), Type::Line);
        assert_eq!(at(20, 30), Type::Line);
    }

    #[test]
    fn the_deciding_assumptions_shorten_to_their_flag_names() {
        let app = App::new(
            crate::engine::scenario::Scenario::default(),
            crate::engine::pricing::PriceBook::builtin(),
        );
        assert!(deciding_line(&app, 200).starts_with("CPU share 25% · Minimum tasks 2 · Ingress"));
        assert_eq!(
            deciding_line(&app, 120),
            "cpu-share 25% · min-tasks 2 · ingress none · arch x86_64 · savings-lambda 0% · \
             savings-fargate 0% · region us-east-1"
        );
        assert!(deciding_line(&app, 60).ends_with('…'));
    }

    #[test]
    fn the_title_line_names_the_slide_keys() {
        assert_eq!(hints(), "n N slides · t theme · m explorer · ? help");
    }
}

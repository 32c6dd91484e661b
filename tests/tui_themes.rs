//! Themes and meeting mode on screen: styled snapshots (every cell's colours and emphasis, as a
//! letter per cell with a legend) of the main screen in each built-in theme, reached with `t`, and
//! of meeting mode at 80×24 and 160×48; the keys t, m, n and N; presets as slides; meeting mode
//! at projector sizes and at every size without a panic.

mod tui_support;

use std::fmt::Write as _;

use lvf::engine::scenario::{Input, Scenario};
use lvf::theme::{BUILTIN_THEMES, Role, Theme};
use lvf::tui::action::Action;
use lvf::tui::app::{App, Focus, Screen};
use lvf::tui::keymap::keymap;
use lvf::tui::view;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::buffer::Buffer;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use ratatui::style::{Color, Modifier, Style};
use ratatui::symbols::Marker;
use tui_support::{app, draw};

/// Letters naming the distinct styles of a screen, in order of first appearance.
const CODES: &str = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";

fn buffer(app: &App, width: u16, height: u16) -> Buffer {
    let mut terminal = Terminal::new(TestBackend::new(width, height)).expect("test backend");
    terminal.draw(|frame| drop(view::render(frame, app))).expect("draw");
    terminal.backend().buffer().clone()
}

fn colour(colour: Color) -> String {
    match colour {
        Color::Rgb(r, g, b) => format!("#{r:02x}{g:02x}{b:02x}"),
        Color::Indexed(index) => index.to_string(),
        named => format!("{named:?}").to_lowercase(),
    }
}

fn describe(style: Style) -> String {
    let mut out = format!(
        "fg {} bg {}",
        style.fg.map_or("-".into(), colour),
        style.bg.map_or("-".into(), colour)
    );
    for (modifier, name) in [
        (Modifier::BOLD, "bold"),
        (Modifier::DIM, "dim"),
        (Modifier::ITALIC, "italic"),
        (Modifier::UNDERLINED, "underline"),
        (Modifier::REVERSED, "reverse"),
    ] {
        if style.add_modifier.contains(modifier) {
            let _ = write!(out, " {name}");
        }
    }
    out
}

/// The screen's text, then the same grid with one letter per cell naming its style, then the
/// legend of letters: colours and emphasis show in the snapshot.
fn styled(buffer: &Buffer) -> String {
    let mut styles: Vec<Style> = Vec::new();
    let mut text = String::new();
    let mut grid = String::new();
    for y in 0..buffer.area.height {
        let mut line = String::new();
        let mut codes = String::new();
        let mut skip = 0;
        for x in 0..buffer.area.width {
            let cell = &buffer[(x, y)];
            let style = cell.style();
            let index = styles.iter().position(|known| *known == style).unwrap_or_else(|| {
                styles.push(style);
                styles.len() - 1
            });
            codes.push(CODES.chars().nth(index).unwrap_or('?'));
            if skip > 0 {
                skip -= 1;
                continue;
            }
            skip = unicode_width::UnicodeWidthStr::width(cell.symbol()).saturating_sub(1);
            line.push_str(cell.symbol());
        }
        let _ = writeln!(text, "{}", line.trim_end());
        let _ = writeln!(grid, "{codes}");
    }
    assert!(styles.len() <= CODES.len(), "more styles than letters");
    let mut legend = String::new();
    for (code, style) in CODES.chars().zip(&styles) {
        let _ = writeln!(legend, "{code}  {}", describe(*style));
    }
    format!("{text}\n{grid}\n{legend}")
}

fn press(app: &mut App, code: KeyCode) {
    let key = KeyEvent::new(code, KeyModifiers::NONE);
    if let Some(action) = keymap(key, app) {
        app.update(action);
    }
}

#[test]
fn the_main_screen_in_each_builtin_theme() {
    let mut app = app(Scenario::default());
    for (index, (name, _)) in BUILTIN_THEMES.iter().enumerate() {
        if index > 0 {
            press(&mut app, KeyCode::Char('t'));
        }
        assert_eq!(app.theme.name, *name);
        // The status line names the theme `t` switched to.
        let status = app.status.as_ref().map(|status| status.text.clone()).unwrap_or_default();
        assert_eq!(index == 0, status.is_empty(), "{status}");
        if index > 0 {
            assert!(status.starts_with(&format!("theme {name}: ")), "{status}");
        }
        for (width, height) in [(80, 24), (160, 48)] {
            let snapshot = styled(&buffer(&app, width, height));
            insta::assert_snapshot!(format!("theme_{name}_{width}x{height}"), snapshot);
        }
    }
    press(&mut app, KeyCode::Char('t'));
    assert_eq!(app.theme.name, "dark", "t wraps around to the first theme");
}

#[test]
fn every_theme_styles_the_screen_differently() {
    let mut app = app(Scenario::default());
    let mut screens = Vec::new();
    for _ in BUILTIN_THEMES {
        app.status = None;
        screens.push(buffer(&app, 120, 40));
        app.update(Action::CycleTheme);
    }
    for (a, first) in screens.iter().enumerate() {
        for second in &screens[a + 1..] {
            assert_ne!(first, second);
        }
    }
}

#[test]
fn colour_blind_theme_draws_the_curves_with_different_markers() {
    let mut app = app(Scenario::default());
    while app.theme.name != "colour-blind" {
        app.update(Action::CycleTheme);
    }
    let theme = Theme::builtin("colour-blind").expect("built in");
    assert_eq!(app.styles.fargate_marker, Marker::Dot);
    assert_eq!(app.styles.lambda_marker, Marker::Braille);
    let screen = buffer(&app, 160, 48);
    let fargate = theme.style(Role::CurveFargate).fg;
    let lambda = theme.style(Role::CurveLambda).fg;
    let cells = |symbol: &str, fg| {
        screen.content().iter().filter(|cell| cell.symbol() == symbol && cell.fg == fg).count()
    };
    assert!(cells("•", fargate.expect("a colour")) > 10, "Fargate's curve is dotted");
    let braille = screen
        .content()
        .iter()
        .filter(|cell| cell.fg == lambda.expect("a colour"))
        .filter(|cell| cell.symbol().chars().all(|ch| ('\u{2800}'..='\u{28ff}').contains(&ch)))
        .count();
    assert!(braille > 10, "Lambda's curve is a braille line");
    let (text, _) = draw(&app, 160, 48);
    assert!(text.contains("• Fargate") && text.contains("━ Lambda"), "the legend shows markers");
}

#[test]
fn meeting_mode_at_80x24_and_160x48() {
    let mut app = app(Scenario::default());
    press(&mut app, KeyCode::Char('m'));
    assert_eq!(app.screen, Screen::Meeting);
    for (width, height) in [(80, 24), (160, 48)] {
        let snapshot = styled(&buffer(&app, width, height));
        insta::assert_snapshot!(format!("meeting_default_{width}x{height}"), snapshot);
    }
    press(&mut app, KeyCode::Char('m'));
    assert_eq!(app.screen, Screen::Explorer);
}

#[test]
fn meeting_mode_on_a_projector_shows_the_verdict_in_full_size_type() {
    let mut app = app(Scenario::default()).with_screen(Screen::Meeting);
    press(&mut app, KeyCode::Char('n'));
    let name = app.presets[0].name;
    for (width, height) in [(100, 75), (120, 90)] {
        let (text, _) = draw(&app, width, height);
        let first = text.lines().next().unwrap_or_default();
        assert!(first.contains(&format!("{name} (1/")), "{first}");
        // Full-size letters: rows of whole blocks, eight rows tall.
        let block_rows = text.lines().filter(|line| line.contains("██")).count();
        assert!(block_rows >= 7, "{width}x{height}:\n{text}");
        insta::assert_snapshot!(format!("meeting_{name}_{width}x{height}"), text);
    }
}

#[test]
fn meeting_mode_draws_at_every_size_without_a_panic() {
    let mut app = app(Scenario::default()).with_screen(Screen::Meeting);
    for preset in 0..app.presets.len() {
        app.update(Action::ApplyPreset(preset));
        for width in (0..=130).step_by(13) {
            for height in (0..=95).step_by(8) {
                let _ = draw(&app, width, height);
            }
        }
    }
    for (width, height) in [(60, 20), (61, 23), (59, 19), (1, 1), (200, 12)] {
        let _ = draw(&app, width, height);
    }
}

#[test]
fn meeting_mode_shows_only_the_four_primary_sliders_and_focus_stays_on_them() {
    let mut app = app(Scenario::default());
    app.update(Action::FocusPrev);
    assert!(matches!(app.focus, Focus::Fit(_)));
    app.update(Action::ToggleMeeting);
    assert_eq!(app.focus, Focus::Input(Input::Runtime));
    let mut seen = Vec::new();
    for _ in 0..8 {
        press(&mut app, KeyCode::Tab);
        seen.push(app.focus);
    }
    let primary: Vec<Focus> = Input::PRIMARY.into_iter().map(Focus::Input).collect();
    assert!(seen.iter().all(|focus| primary.contains(focus)), "{seen:?}");
    let (text, _) = draw(&app, 80, 24);
    for absent in ["Fit", "Assumptions", "Why"] {
        assert!(!text.contains(absent), "meeting mode shows no {absent}:\n{text}");
    }
    for label in Input::PRIMARY.map(Input::label) {
        assert!(text.contains(label), "{label} missing:\n{text}");
    }
}

#[test]
fn n_and_shift_n_step_through_the_presets_like_slides() {
    let mut app = app(Scenario::default()).with_screen(Screen::Meeting);
    let count = app.presets.len();
    assert!(count >= 2);
    press(&mut app, KeyCode::Char('n'));
    assert_eq!(app.preset, Some(0));
    press(&mut app, KeyCode::Char('n'));
    assert_eq!(app.preset, Some(1));
    assert_eq!(app.scenario(), &app.presets[1].scenario);
    let (text, _) = draw(&app, 80, 24);
    assert!(text.lines().next().unwrap_or_default().contains(app.presets[1].name), "{text}");
    press(&mut app, KeyCode::Char('N'));
    press(&mut app, KeyCode::Char('N'));
    // The workload you started with is slide 0: N from the first preset returns to it.
    assert_eq!(app.preset, None, "back from the first returns to your workload");
    assert_eq!(app.scenario(), &Scenario::default());
    let (text, _) = draw(&app, 80, 24);
    assert!(text.lines().next().unwrap_or_default().contains("your workload"), "{text}");
    press(&mut app, KeyCode::Char('N'));
    assert_eq!(app.preset, Some(count - 1), "back from your workload wraps to the last");
    press(&mut app, KeyCode::Char('n'));
    press(&mut app, KeyCode::Char('n'));
    assert_eq!(app.preset, Some(0), "forward from the last wraps through your workload");
    // A slide is an ordinary preset change: u goes back.
    press(&mut app, KeyCode::Char('u'));
    assert_eq!(app.preset, None);
    assert_eq!(app.scenario(), &Scenario::default());

    let mut fresh = tui_support::app(Scenario::default());
    press(&mut fresh, KeyCode::Char('N'));
    assert_eq!(fresh.preset, Some(count - 1), "N with no preset starts at the last");
}

#[test]
fn the_keys_t_m_n_shift_n_map_to_their_actions_only_outside_overlays() {
    let app = app(Scenario::default());
    let key = |code| keymap(KeyEvent::new(code, KeyModifiers::NONE), &app);
    assert_eq!(key(KeyCode::Char('t')), Some(Action::CycleTheme));
    assert_eq!(key(KeyCode::Char('m')), Some(Action::ToggleMeeting));
    assert_eq!(key(KeyCode::Char('n')), Some(Action::Slide(1)));
    let shift_n = keymap(KeyEvent::new(KeyCode::Char('N'), KeyModifiers::SHIFT), &app);
    assert_eq!(shift_n, Some(Action::Slide(-1)));
    let mut editing = app.clone();
    editing.update(Action::OpenEditor);
    for ch in ['t', 'm', 'n', 'N'] {
        let typed = keymap(KeyEvent::new(KeyCode::Char(ch), KeyModifiers::NONE), &editing);
        assert_eq!(typed, Some(Action::EditorChar(ch)), "the editor takes {ch} as text");
    }
    let mut helping = app.clone();
    helping.update(Action::ToggleHelp);
    assert_eq!(keymap(KeyEvent::new(KeyCode::Char('t'), KeyModifiers::NONE), &helping), None);
}

#[test]
fn overlays_open_over_meeting_mode() {
    let mut app = app(Scenario::default()).with_screen(Screen::Meeting);
    press(&mut app, KeyCode::Char('?'));
    let (text, _) = draw(&app, 80, 24);
    assert!(text.contains("Keys (Esc closes)"), "{text}");
    press(&mut app, KeyCode::Esc);
    assert_eq!(app.screen, Screen::Meeting);
    assert!(app.running);
}

/// Whether a glyph belongs to one of the chart's elements.
type Owns<'a> = dyn Fn(&str) -> bool + 'a;

/// The chart's elements: each theme must draw them with glyphs no other element uses.
#[test]
fn every_theme_draws_curves_break_even_current_rate_and_band_with_distinct_glyphs() {
    use lvf::engine::presets;
    use lvf::tui::mouse::Target;
    use lvf::tui::style::{
        BREAK_EVEN_AXIS, BREAK_EVEN_GLYPH, CURRENT_AXIS, CURRENT_GLYPH, PARITY_GLYPH, marker_draws,
    };
    // ML inference with its tasks held to 50%, flat traffic and a fixed 5% of cold starts: a band
    // where the curves run within 10%, crossings outside it, and the current rate below both.
    let scenario = Scenario {
        utilization: 0.5,
        peak: 1.0,
        cold_start_share: Some(0.05),
        ..presets::find("ml-inference").expect("preset").scenario
    };
    // `NO_COLOR` selects mono, which is one of these.
    for (name, _) in BUILTIN_THEMES {
        let app = app(scenario.clone()).with_theme(Theme::builtin(name).expect("built in"));
        let lambda = app.styles.lambda_marker;
        let fargate = app.styles.fargate_marker;
        let elements: [(&str, &Owns<'_>); 5] = [
            ("Lambda curve", &|symbol| marker_draws(lambda, symbol)),
            ("Fargate curve", &|symbol| marker_draws(fargate, symbol)),
            ("break-even", &|symbol| [BREAK_EVEN_GLYPH, BREAK_EVEN_AXIS].contains(&symbol)),
            ("current rate", &|symbol| [CURRENT_GLYPH, CURRENT_AXIS].contains(&symbol)),
            ("band", &|symbol| symbol == PARITY_GLYPH),
        ];
        let screen = buffer(&app, 160, 48);
        let (_, hits) = draw(&app, 160, 48);
        let chart = hits.hits().iter().find(|hit| hit.target == Target::Chart).expect("a chart");
        // Inside the chart's border, every element shows, and no glyph could be two of them.
        let inner = chart.area.inner(ratatui::layout::Margin::new(1, 1));
        let mut seen = [0; 5];
        for y in inner.top()..inner.bottom() {
            for x in inner.left()..inner.right() {
                let symbol = screen[(x, y)].symbol();
                let owners: Vec<usize> =
                    (0..elements.len()).filter(|&index| (elements[index].1)(symbol)).collect();
                assert!(
                    owners.len() <= 1,
                    "{name}: {symbol:?} at {x},{y} could be {:?}",
                    owners.iter().map(|&index| elements[index].0).collect::<Vec<_>>()
                );
                for index in owners {
                    seen[index] += 1;
                }
            }
        }
        for (index, (element, _)) in elements.iter().enumerate() {
            assert!(seen[index] > 0, "{name}: the {element} is not drawn");
        }
    }
}

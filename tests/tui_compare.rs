//! The pinned baseline (`c`) and the tornado (`w`) in the explorer: whole screens as insta
//! snapshots at 80×24 and 160×48, reached through `App::update`; the baseline's curves stay
//! distinct from the current ones in every built-in theme; unpinning restores the screen.

mod tui_support;

use lvf::engine::report::Platform;
use lvf::engine::scenario::{Input, Scenario};
use lvf::theme::{BUILTIN_THEMES, Theme};
use lvf::tui::action::Action;
use lvf::tui::app::{App, Focus};
use lvf::tui::style::Styles;
use lvf::tui::view;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::style::{Color, Modifier};
use tui_support::{app, draw};

const SIZES: [(u16, u16); 2] = [(80, 24), (160, 48)];

/// The default scenario pinned, then ten times the traffic (one coarse step of the rate) on
/// arm64: both bills, the break-even and the verdict's reasons move.
fn compared() -> App {
    let mut app = app(Scenario::default());
    app.update(Action::TogglePin);
    app.update(Action::Focus(Focus::Input(Input::Rate)));
    app.update(Action::Step { steps: 1, coarse: true });
    app.update(Action::StepInput { input: Input::Arch, steps: 1 });
    app
}

#[test]
fn a_comparison_at_80x24_and_160x48() {
    let app = compared();
    let baseline = app.baseline().expect("pinned");
    assert_eq!(baseline.comparison.inputs, [Input::Rate, Input::Arch]);
    for (width, height) in SIZES {
        let (screen, _) = draw(&app, width, height);
        assert!(screen.contains("vs baseline"), "{screen}");
        insta::assert_snapshot!(format!("compare_{width}x{height}"), screen);
    }
}

#[test]
fn the_tornado_at_80x24_and_160x48() {
    let mut app = app(Scenario::default());
    app.update(Action::ToggleTornado);
    let table = app.tornado().expect("shown");
    assert_eq!(table.swings[0].input, Input::Rate);
    for (width, height) in SIZES {
        let (screen, _) = draw(&app, width, height);
        insta::assert_snapshot!(format!("tornado_{width}x{height}"), screen);
    }
    // It follows the scenario, and `w` again brings the curves back.
    app.update(Action::StepInput { input: Input::Rate, steps: 10 });
    assert_ne!(app.tornado().expect("shown").gap_usd, table_gap(&Scenario::default()));
    app.update(Action::ToggleTornado);
    assert!(app.tornado().is_none());
}

fn table_gap(scenario: &Scenario) -> Option<f64> {
    lvf::engine::sensitivity::point(scenario, &lvf::engine::pricing::PriceBook::builtin()).0
}

#[test]
fn unpinning_restores_the_plain_screen() {
    let mut plain = app(Scenario::default());
    plain.update(Action::Focus(Focus::Input(Input::Rate)));
    plain.update(Action::Step { steps: 1, coarse: true });
    plain.update(Action::StepInput { input: Input::Arch, steps: 1 });
    let mut app = compared();
    app.update(Action::TogglePin);
    assert!(app.baseline().is_none());
    // Only the status message differs: it says the baseline was unpinned.
    let (ours, theirs) = (draw(&app, 160, 48).0, draw(&plain, 160, 48).0);
    let body = |screen: &str| screen.lines().take(47).collect::<Vec<_>>().join("\n");
    assert_eq!(body(&ours), body(&theirs));
}

#[test]
fn every_theme_tells_the_baseline_from_the_current_curves() {
    for (name, _) in BUILTIN_THEMES {
        let styles = Styles::from_theme(&Theme::builtin(name).expect("built in"));
        for platform in Platform::ALL {
            let baseline = styles.baseline(platform);
            assert_ne!(baseline, styles.platform(platform), "{name}");
            assert_ne!(baseline, styles.platform(platform.other()), "{name}");
            assert!(baseline.add_modifier.contains(Modifier::DIM), "{name}");
            // A theme with colours dims the colour; mono keeps the terminal's own.
            let own = styles.platform(platform).fg;
            assert!(baseline.fg != own || own == Some(Color::Reset), "{name}");
        }
        // Drawn, the baseline's curves are dotted in its dimmed colour, themes without colour
        // (mono, as NO_COLOR selects) included: the dots tell them apart there.
        // Memory ×4 as well, so the two pairs of curves sit apart and the baseline shows.
        let mut pinned = compared().with_theme(Theme::builtin(name).expect("built in"));
        pinned.update(Action::StepInput { input: Input::Memory, steps: 7 });
        let mut unpinned = pinned.clone();
        unpinned.update(Action::TogglePin);
        let styles = &pinned.styles;
        let dimmed = [styles.baseline(Platform::Lambda).fg, styles.baseline(Platform::Fargate).fg];
        let (with, without) = (dots(&pinned, dimmed), dots(&unpinned, dimmed));
        assert!(with > without + 20, "{name}: {with} dimmed dots pinned, {without} unpinned");
    }
}

/// How many cells of a 160×48 frame are dots in one of the colours `fg`.
fn dots(app: &App, fg: [Option<Color>; 2]) -> usize {
    let mut terminal = Terminal::new(TestBackend::new(160, 48)).expect("test backend");
    terminal.draw(|frame| drop(view::render(frame, app))).expect("draw");
    let buffer = terminal.backend().buffer();
    let dimmed = |cell: &&ratatui::buffer::Cell| fg.contains(&Some(cell.fg));
    buffer.content().iter().filter(|cell| cell.symbol() == "•").filter(dimmed).count()
}

//! Shared by the explorer's screen tests: an app on the built-in price book, and a frame drawn
//! into a `TestBackend` as plain text.

use lvf::engine::pricing::PriceBook;
use lvf::engine::scenario::Scenario;
use lvf::tui::app::App;
use lvf::tui::mouse::Hitmap;
use lvf::tui::view;
use ratatui::Terminal;
use ratatui::backend::TestBackend;

/// The explorer on `scenario` with the built-in prices.
pub fn app(scenario: Scenario) -> App {
    App::new(scenario, PriceBook::builtin())
}

/// Draws one frame at `width`×`height`; returns the screen's text and the hitmap.
pub fn draw(app: &App, width: u16, height: u16) -> (String, Hitmap) {
    let mut terminal = Terminal::new(TestBackend::new(width, height)).expect("test backend");
    let mut hits = Hitmap::default();
    terminal.draw(|frame| hits = view::render(frame, app)).expect("draw");
    let buffer = terminal.backend().buffer();
    let mut text = String::new();
    for y in 0..buffer.area.height {
        let mut line = String::new();
        let mut skip = 0;
        for x in 0..buffer.area.width {
            if skip > 0 {
                skip -= 1;
                continue;
            }
            let symbol = buffer[(x, y)].symbol();
            skip = unicode_width::UnicodeWidthStr::width(symbol).saturating_sub(1);
            line.push_str(symbol);
        }
        text.push_str(line.trim_end());
        text.push('\n');
    }
    (text, hits)
}

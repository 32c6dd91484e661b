//! One keystroke's work: `App::update` (which re-evaluates the scenario) and a full frame drawn
//! into a `TestBackend` at 160×48, the full layout. The budget is a 1 ms median.

use std::hint::black_box;

use criterion::{Criterion, criterion_group, criterion_main};
use lvf::engine::pricing::PriceBook;
use lvf::engine::scenario::{Input, Scenario};
use lvf::tui::action::Action;
use lvf::tui::app::{App, Focus};
use lvf::tui::view;
use ratatui::Terminal;
use ratatui::backend::TestBackend;

fn keystroke(c: &mut Criterion) {
    let mut app = App::new(Scenario::default(), PriceBook::builtin());
    app.update(Action::Focus(Focus::Input(Input::Rate)));
    let mut terminal = Terminal::new(TestBackend::new(160, 48)).expect("test backend");
    // Alternate up and down so the rate stays near the default and every frame really changes.
    let mut up = true;
    c.bench_function("keystroke/update+evaluate+frame 160x48", |b| {
        b.iter(|| {
            let steps = if up { 1 } else { -1 };
            up = !up;
            app.update(black_box(Action::Step { steps, coarse: false }));
            let mut hits = None;
            terminal.draw(|frame| hits = Some(view::render(frame, &app))).expect("draw");
            black_box(hits)
        });
    });
    c.bench_function("frame/draw only 160x48", |b| {
        b.iter(|| {
            let mut hits = None;
            terminal.draw(|frame| hits = Some(view::render(frame, &app))).expect("draw");
            black_box(hits)
        });
    });
}

criterion_group! {
    name = benches;
    config = Criterion::default()
        .warm_up_time(std::time::Duration::from_millis(500))
        .measurement_time(std::time::Duration::from_secs(3));
    targets = keystroke
}
criterion_main!(benches);

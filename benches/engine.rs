//! Engine speed: `evaluate()` runs on every keystroke, so the default scenario (diurnal traffic
//! at 1.7; curves, crossings and flip points included) must stay under 50 µs median, and no
//! preset much more. The tornado's table (`sensitivity`) runs on every keystroke while it is
//! shown.

use std::hint::black_box;

use criterion::{Criterion, criterion_group, criterion_main};
use lvf::engine::evaluate;
use lvf::engine::presets;
use lvf::engine::pricing::PriceBook;
use lvf::engine::scenario::Scenario;
use lvf::engine::sensitivity::sensitivity;

fn engine(c: &mut Criterion) {
    let book = PriceBook::builtin();
    let scenario = Scenario::default();
    c.bench_function("evaluate/default", |b| b.iter(|| evaluate(black_box(&scenario), &book)));
    for preset in presets::all() {
        c.bench_function(&format!("evaluate/{}", preset.name), |b| {
            b.iter(|| evaluate(black_box(&preset.scenario), &book));
        });
    }
    // What moves the answer: recomputed on every keystroke while the tornado (`w`) is shown.
    c.bench_function("sensitivity/default", |b| {
        b.iter(|| sensitivity(black_box(&scenario), &book));
    });
}

criterion_group! {
    name = benches;
    config = Criterion::default()
        .warm_up_time(std::time::Duration::from_millis(300))
        .measurement_time(std::time::Duration::from_secs(1));
    targets = engine
}
criterion_main!(benches);

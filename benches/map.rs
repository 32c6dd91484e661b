//! Verdict map speed: the explorer recomputes the map on every change while it is shown, so a
//! 160×48 map (7,680 verdicts) must stay well under 5 ms, on both y axes and for every preset.

use std::hint::black_box;

use criterion::{Criterion, criterion_group, criterion_main};
use lvf::engine::map::{MapY, verdict_map};
use lvf::engine::presets;
use lvf::engine::pricing::PriceBook;
use lvf::engine::scenario::Scenario;

fn map(c: &mut Criterion) {
    let book = PriceBook::builtin();
    let scenario = Scenario::default();
    for (name, y_axis) in [("runtime", MapY::Runtime), ("memory", MapY::Memory)] {
        c.bench_function(&format!("map/160x48/{name}/default"), |b| {
            b.iter(|| verdict_map(black_box(&scenario), &book, y_axis, 160, 48));
        });
    }
    for preset in presets::all() {
        c.bench_function(&format!("map/160x48/runtime/{}", preset.name), |b| {
            b.iter(|| verdict_map(black_box(&preset.scenario), &book, MapY::Runtime, 160, 48));
        });
    }
}

criterion_group! {
    name = benches;
    config = Criterion::default()
        .warm_up_time(std::time::Duration::from_millis(300))
        .measurement_time(std::time::Duration::from_secs(1));
    targets = map
}
criterion_main!(benches);

use lvf::engine::model::{Context, Knobs};
use std::time::Instant;
fn main() {
    let book = lvf::engine::pricing::PriceBook::builtin();
    let scenario = lvf::engine::scenario::Scenario::default();
    let n = 2000;
    let t = Instant::now();
    for _ in 0..n { std::hint::black_box(lvf::engine::evaluate(&scenario, &book)); }
    println!("evaluate {:?}", t.elapsed() / n);
    let context = Context::new(&scenario, &book);
    let knobs = Knobs::of(&scenario);
    let t = Instant::now();
    for _ in 0..n { std::hint::black_box(context.model(knobs)); }
    println!("model {:?}", t.elapsed() / n);
    let model = context.model(knobs);
    let (options, _) = context.fargate_options(knobs);
    println!("options {}", options.len());
    let t = Instant::now();
    for _ in 0..n { std::hint::black_box(lvf::engine::curves::curves(&model, &options, 1.0/86400.0, 100000.0)); }
    println!("curves {:?}", t.elapsed() / n);
    let curves = lvf::engine::curves::curves(&model, &options, 1.0/86400.0, 100000.0);
    let t = Instant::now();
    for _ in 0..n { std::hint::black_box(lvf::engine::curves::break_even(&model, &options, &curves)); }
    println!("break_even {:?}", t.elapsed() / n);
    let t = Instant::now();
    for _ in 0..n { std::hint::black_box(lvf::engine::flips::flip_points(&context, knobs)); }
    println!("flips {:?}", t.elapsed() / n);
    let t = Instant::now();
    for _ in 0..n { std::hint::black_box(lvf::engine::fit::matrix(&scenario, &model)); }
    println!("fit {:?}", t.elapsed() / n);
    let lambda = model.lambda.unwrap();
    let t = Instant::now();
    for i in 0..n*10 { std::hint::black_box(lambda.total(1.0 + i as f64 * 1e-3)); }
    println!("lambda.total {:?}", t.elapsed() / (n*10));
    let f = model.fargate.unwrap();
    let t = Instant::now();
    for i in 0..n*10 { std::hint::black_box(f.total(1.0 + i as f64 * 1e-3)); }
    println!("fargate.total {:?}", t.elapsed() / (n*10));
    let t = Instant::now();
    for i in 0..n { std::hint::black_box(context.fargate_at_knobs(Knobs { rate_per_s: 1.0 + i as f64 * 1e-3, ..knobs })); }
    println!("fargate_at_knobs {:?}", t.elapsed() / n);
}

//! Invariants of the engine over the whole input space (proptest): amounts finite and
//! non-negative, bills monotone, crossings real, verdicts stable up to their flip points.

use lvf::engine::evaluate;
use lvf::engine::flips::verdict_at;
use lvf::engine::model::{Context, Knobs};
use lvf::engine::pricing::PriceBook;
use lvf::engine::report::{Choice, Platform};
use lvf::engine::scenario::{Arch, Ingress, Input, Scenario, State, TaskSizeChoice};
use proptest::prelude::*;

fn log_range(input: Input) -> impl Strategy<Value = f64> {
    let spec = input.spec().expect("a slider");
    (0.0..=1.0f64).prop_map(move |position| spec.value_at(position))
}

fn scenario() -> impl Strategy<Value = Scenario> {
    let primary = (
        log_range(Input::Runtime),
        log_range(Input::Memory),
        log_range(Input::Rate),
        prop_oneof![
            Just(State::Stateless),
            Just(State::Cache),
            Just(State::Sessions),
            Just(State::Persistent)
        ],
    );
    let assumptions = (
        prop_oneof![Just(Arch::X86_64), Just(Arch::Arm64)],
        prop_oneof![Just("us-east-1"), Just("eu-west-1"), Just("ap-southeast-1")],
        any::<bool>(),
        prop_oneof![
            Just(Ingress::None),
            Just(Ingress::Url),
            Just(Ingress::Http),
            Just(Ingress::Rest)
        ],
        log_range(Input::RequestsPerTask),
        0.05..=1.0f64,
        0u32..4,
        0.0..=1.0f64,
        0.0..=0.52f64,
        0.0..=0.17f64,
        (0.0..=1.0f64, 0.0..=10.0f64, log_range(Input::ImageSize), 512.0..=10_240.0f64),
    );
    (primary, assumptions).prop_map(
        |(
            (runtime_s, memory_mb, rate_per_s, state),
            (
                arch,
                region,
                free_tier,
                ingress,
                per_task,
                utilization,
                min_tasks,
                spot,
                sf,
                sl,
                rest,
            ),
        )| {
            let (cold_start_share, init_s, image_gb, lambda_storage_mb) = rest;
            Scenario {
                runtime_s,
                memory_mb,
                rate_per_s,
                state,
                arch,
                region: region.to_string(),
                free_tier,
                ingress,
                requests_per_task: per_task,
                utilization,
                min_tasks,
                spot_share: spot,
                savings_fargate: sf,
                savings_lambda: sl,
                cold_start_share,
                init_s,
                image_gb,
                lambda_storage_mb,
                task_size: TaskSizeChoice::Auto,
                ..Scenario::default()
            }
        },
    )
}

fn book() -> PriceBook {
    PriceBook::builtin()
}

fn costs(scenario: &Scenario, book: &PriceBook) -> (Option<f64>, Option<f64>) {
    let context = Context::new(scenario, book);
    let model = context.model(Knobs::of(scenario));
    (model.lambda_at(scenario.rate_per_s), model.fargate_at(scenario.rate_per_s))
}

fn knob(scenario: &Scenario, input: Input) -> f64 {
    scenario.number(input).expect("numeric")
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 64, ..ProptestConfig::default() })]

    #[test]
    fn every_amount_is_finite_and_non_negative(scenario in scenario()) {
        let book = book();
        let report = evaluate(&scenario, &book);
        let amounts = report.lambda.lines.iter().chain(&report.fargate.lines).map(|line| line.usd)
            .chain(report.lambda.monthly_usd)
            .chain(report.fargate.monthly_usd)
            .chain(report.curves.lambda.iter().copied())
            .chain(report.curves.fargate.iter().copied());
        for amount in amounts {
            prop_assert!(amount.is_finite() && amount >= 0.0, "{amount}");
        }
        prop_assert_eq!(report.lambda.monthly_usd.is_none(), !report.lambda.blocked_by.is_empty());
        prop_assert_eq!(report.fargate.monthly_usd.is_none(), !report.fargate.blocked_by.is_empty());
        prop_assert_eq!(report.fit.len(), 13);
    }

    #[test]
    fn lambda_is_monotone_in_rate_runtime_and_memory(
        scenario in scenario(), factor in 1.0..3.0f64, which in 0usize..3
    ) {
        let book = book();
        let input = [Input::Rate, Input::Runtime, Input::Memory][which];
        let mut bigger = scenario.clone();
        bigger.set_number(input, knob(&scenario, input) * factor);
        if let ((Some(low), _), (Some(high), _)) = (costs(&scenario, &book), costs(&bigger, &book)) {
            prop_assert!(high >= low * (1.0 - 1e-12), "{input:?}: {low} -> {high}");
        }
    }

    #[test]
    fn fargate_is_monotone_in_rate(scenario in scenario(), factor in 1.0..3.0f64) {
        let book = book();
        let mut bigger = scenario.clone();
        bigger.set_number(Input::Rate, scenario.rate_per_s * factor);
        if let ((_, Some(low)), (_, Some(high))) = (costs(&scenario, &book), costs(&bigger, &book)) {
            prop_assert!(high >= low * (1.0 - 1e-12), "{low} -> {high}");
        }
    }

    #[test]
    fn each_crossing_is_where_the_curves_cross(scenario in scenario()) {
        let book = book();
        let report = evaluate(&scenario, &book);
        let context = Context::new(&scenario, &book);
        let model = context.model(Knobs::of(&scenario));
        for crossing in &report.break_even.crossings {
            let rate = crossing.rate_per_s;
            let diff = |rate: f64| {
                model.fargate_at(rate).expect("fargate") - model.lambda_at(rate).expect("lambda")
            };
            // Just below, the other platform is cheaper (or they tie); just above, this one.
            let step = rate * 1e-9;
            let scale = model.lambda_at(rate).expect("lambda").max(1.0) * 1e-7;
            let (below, above) = (diff(rate - step), diff(rate + step));
            match crossing.cheaper_above {
                Platform::Fargate => prop_assert!(below >= -scale && above <= scale, "{crossing:?} {below} {above}"),
                Platform::Lambda => prop_assert!(below <= scale && above >= -scale, "{crossing:?} {below} {above}"),
            }
        }
        let rates: Vec<f64> = report.break_even.crossings.iter().map(|c| c.rate_per_s).collect();
        prop_assert!(rates.windows(2).all(|pair| pair[0] <= pair[1]));
    }

    #[test]
    fn verdict_holds_up_to_each_flip_point(scenario in scenario(), position in 0.0..1.0f64) {
        let book = book();
        let report = evaluate(&scenario, &book);
        let context = Context::new(&scenario, &book);
        let base = Knobs::of(&scenario);
        let current = verdict_at(&context, base);
        prop_assert_eq!(current, report.verdict.choice);
        for flip in &report.verdict.flip_points {
            prop_assert!(flip.becomes != current);
            if flip.input == Input::State {
                continue;
            }
            let set = |value: f64| {
                let mut knobs = base;
                match flip.input {
                    Input::Runtime => knobs.runtime_s = value,
                    Input::Memory => knobs.memory_mb = value,
                    Input::Rate => knobs.rate_per_s = value,
                    _ => knobs.requests_per_task = value,
                }
                knobs
            };
            let from = knob(&scenario, flip.input);
            prop_assert_eq!(verdict_at(&context, set(flip.value)), flip.becomes);
            // Anywhere between the input and its flip point, short of the search's resolution
            // (a log width of 1e-4), the verdict is unchanged.
            let between = from * (flip.value / from).powf(position);
            let gap = (flip.value / between).ln().abs();
            if gap > 2e-4 {
                prop_assert_eq!(verdict_at(&context, set(between)), current, "{:?} at {}", flip, between);
            }
        }
    }
}

#[test]
fn seed_example_note_corrects_the_figures() {
    let book = book();
    let preset = lvf::engine::presets::find("seed-cost-example").expect("preset");
    let report = evaluate(&preset.scenario, &book);
    let note = report.notes.iter().find(|note| note.contains("seed")).expect("a seed note");
    assert!(note.contains("7,200 GB-s = $0.12"), "{note}");
    assert!(note.contains("$0.0494"), "{note}");
    assert_eq!(report.verdict.choice, Choice::Fargate);
    // One task of 1 vCPU / 2 GB all month.
    assert_eq!(report.fargate.tasks, 1);
    let fargate = report.fargate.monthly_usd.expect("fargate");
    assert!((fargate - 730.0 * 0.04937).abs() < 1e-6, "{fargate}");
}

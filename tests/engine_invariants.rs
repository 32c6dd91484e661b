//! Invariants of the engine over the whole input space (proptest): amounts finite and
//! non-negative, bills monotone, crossings real, verdicts stable up to their flip points.

use lvf::engine::evaluate;
use lvf::engine::flips::verdict_at;
use lvf::engine::model::{Context, Knobs};
use lvf::engine::pricing::PriceBook;
use lvf::engine::report::{Basis, Choice, Platform};
use lvf::engine::scenario::{
    Arch, FargateIngress, FargateMode, Input, LambdaIngress, Network, Scenario, State,
    TaskSizeChoice, Volume,
};
use lvf::wording;
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
        // Each platform's front door, and what around the compute kinks the bills: open
        // connections (the ALB's capacity floor), keep-alive, the network, the volume.
        (
            prop::sample::select(vec![
                LambdaIngress::None,
                LambdaIngress::Url,
                LambdaIngress::Http,
                LambdaIngress::Rest,
                LambdaIngress::Websocket,
                LambdaIngress::Alb,
            ]),
            prop::sample::select(vec![
                FargateIngress::None,
                FargateIngress::Alb,
                FargateIngress::SharedAlb,
                FargateIngress::Http,
                FargateIngress::Rest,
            ]),
            prop_oneof![Just(0.0), 1.0..=1e6f64],
            prop_oneof![Just(1.0), 1.0..=1000.0f64],
            prop_oneof![Just(Network::Public), Just(Network::Nat)],
            prop_oneof![Just(Volume::None), Just(Volume::Ebs(100.0)), Just(Volume::Efs(20.0))],
        ),
        (log_range(Input::CpuShare), prop::option::of(1.0..=1000.0f64)),
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
                (lambda_ingress, fargate_ingress, open, per_connection, network, volume),
                (cpu_share, per_task),
                utilization,
                min_tasks,
                spot,
                sf,
                sl,
                rest,
            ),
        )| {
            let (cold_start_share, init_s, image_gb, lambda_storage_mb) = rest;
            let mut scenario = Scenario {
                runtime_s,
                memory_mb,
                rate_per_s,
                state,
                arch,
                region: region.to_string(),
                free_tier,
                lambda_ingress,
                fargate_ingress,
                open_connections: open.round(),
                requests_per_connection: per_connection,
                network,
                volume,
                cpu_share,
                requests_per_task: per_task,
                utilization,
                min_tasks,
                spot_share: spot,
                savings_fargate: sf,
                savings_lambda: sl,
                cold_start_share: Some(cold_start_share),
                init_s,
                image_gb,
                lambda_storage_mb,
                task_size: TaskSizeChoice::Auto,
                ..Scenario::default()
            };
            scenario.sync_ingress();
            scenario
        },
    )
}

fn book() -> PriceBook {
    PriceBook::builtin()
}

fn costs(scenario: &Scenario, book: &PriceBook) -> (Option<f64>, Option<f64>) {
    let context = Context::new(scenario, book);
    let model = context.model(Knobs::of(scenario));
    let costs = model.costs(scenario.rate_per_s);
    (costs[Platform::Lambda], costs[Platform::Fargate])
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
        for (platform, bill) in report.platforms.iter() {
            let amounts = bill.lines.iter().map(|line| line.usd)
                .chain(bill.monthly_usd)
                .chain(report.curves.cost[platform].iter().copied());
            for amount in amounts {
                prop_assert!(amount.is_finite() && amount >= 0.0, "{:?} {}", platform, amount);
            }
            prop_assert_eq!(bill.monthly_usd.is_none(), !bill.blockers.is_empty());
        }
        prop_assert_eq!(report.fit.len(), 16);
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
    fn fargate_never_falls_as_cpu_share_or_memory_per_request_rise(
        scenario in scenario(),
        factor in 1.0..4.0f64,
        per_request in 1.0..=4096.0f64,
    ) {
        let book = book();
        let mut busier = scenario.clone();
        busier.set_number(Input::CpuShare, scenario.cpu_share * factor);
        if let ((_, Some(low)), (_, Some(high))) = (costs(&scenario, &book), costs(&busier, &book)) {
            prop_assert!(high >= low * (1.0 - 1e-12), "CPU share: {low} -> {high}");
        }
        let lighter = Scenario { request_memory_mb: Some(per_request), ..scenario.clone() };
        let heavier = Scenario { request_memory_mb: Some(per_request * factor), ..scenario };
        if let ((_, Some(low)), (_, Some(high))) = (costs(&lighter, &book), costs(&heavier, &book)) {
            prop_assert!(high >= low * (1.0 - 1e-12), "memory per request: {low} -> {high}");
        }
    }

    #[test]
    fn the_fast_search_finds_the_cheapest_option(scenario in scenario()) {
        let book = book();
        let context = Context::new(&scenario, &book);
        let knobs = Knobs::of(&scenario);
        let (options, blocks) = context.fargate_options(knobs);
        let (fast, fast_blocks) = context.fargate_at_knobs(knobs);
        prop_assert_eq!(blocks, fast_blocks);
        let cheapest = options
            .iter()
            .map(|option| option.total(scenario.rate_per_s))
            .fold(f64::INFINITY, f64::min);
        match fast {
            Some(fast) => prop_assert!(
                (fast.total(scenario.rate_per_s) - cheapest).abs() <= 1e-9 * cheapest.max(1.0),
                "{} vs {cheapest}", fast.total(scenario.rate_per_s)
            ),
            None => prop_assert!(options.is_empty()),
        }
    }

    #[test]
    fn each_crossing_is_where_the_curves_cross(scenario in scenario()) {
        let book = book();
        let report = evaluate(&scenario, &book);
        let context = Context::new(&scenario, &book);
        let knobs = Knobs::of(&scenario);
        let costs = |rate: f64| context.costs_at(knobs, rate);
        for crossing in &report.break_even.crossings {
            let rate = crossing.rate_per_s;
            let diff = |rate: f64| {
                let costs = costs(rate);
                costs[Platform::Fargate].expect("fargate") - costs[Platform::Lambda].expect("lambda")
            };
            // Just below, the other platform is cheaper (or they tie); just above, this one.
            let step = rate * 1e-9;
            let scale = costs(rate)[Platform::Lambda].expect("lambda").max(1.0) * 1e-7;
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
            let set = |value: f64| base.with(flip.input, value);
            let from = knob(&scenario, flip.input);
            prop_assert_eq!(verdict_at(&context, set(flip.value)), flip.becomes);
            if flip.input == Input::MinTasks {
                // A count: every whole number strictly between the input and its flip point
                // keeps the verdict.
                let (low, high) = (from.min(flip.value) as u32, from.max(flip.value) as u32);
                for tasks in low + 1..high {
                    prop_assert_eq!(verdict_at(&context, set(f64::from(tasks))), current, "{:?} at {}", flip, tasks);
                }
                continue;
            }
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

/// A track position with the ends themselves drawn often: 0 and 1 are every input's extremes.
fn position() -> impl Strategy<Value = f64> {
    prop_oneof![1 => Just(0.0), 1 => Just(1.0), 4 => 0.0..=1.0f64]
}

/// Any scenario at all: every input (sliders, choices, regions, fixed task sizes, the free tier)
/// set from a track position, as a click on its slider would.
fn any_scenario() -> impl Strategy<Value = Scenario> {
    prop::collection::vec(position(), Input::all().count()).prop_map(|positions| {
        let book = book();
        let mut scenario = Scenario::default();
        for (input, position) in Input::all().zip(positions) {
            scenario.set_position(input, position, &book);
        }
        scenario
    })
}

/// Every amount and count a report carries.
fn report_numbers(report: &lvf::engine::report::Report) -> Vec<(String, f64)> {
    let mut numbers: Vec<(String, f64)> = Vec::new();
    for (platform, bill) in report.platforms.iter() {
        for line in &bill.lines {
            numbers.push((format!("{:?}", line.kind), line.usd));
        }
        numbers.extend(bill.monthly_usd.map(|usd| (format!("{platform:?} total"), usd)));
        numbers.push((format!("{platform:?} concurrency"), bill.concurrency));
        match &bill.basis {
            Basis::OnDemand(on_demand) => {
                numbers.push(("invocations".to_string(), on_demand.invocations));
                numbers.push(("gb-seconds".to_string(), on_demand.gb_seconds));
            }
            Basis::Service(service) => {
                numbers.push(("tasks".to_string(), service.tasks as f64));
                numbers.push(("task-hours".to_string(), service.task_hours));
                numbers.push(("requests per task".to_string(), service.requests_per_task));
            }
            Basis::Jobs(jobs) => {
                numbers.push(("jobs".to_string(), jobs.jobs));
                numbers.push(("billed s".to_string(), jobs.billed_s));
                numbers.push(("task-hours".to_string(), jobs.task_hours));
            }
        }
        let curve = &report.curves.cost[platform];
        numbers.extend(curve.iter().map(|value| (format!("{platform:?} curve"), *value)));
    }
    numbers.extend(report.curves.rates.iter().map(|value| ("curve rate".to_string(), *value)));
    numbers.extend(report.break_even.rate_per_s.map(|rate| ("break-even".to_string(), rate)));
    numbers.extend(report.break_even.requests_per_month.map(|n| ("break-even n".to_string(), n)));
    for crossing in &report.break_even.crossings {
        numbers.push(("crossing".to_string(), crossing.rate_per_s));
        numbers.push(("crossing n".to_string(), crossing.requests_per_month));
    }
    for flip in &report.verdict.flip_points {
        numbers.push((format!("flip {:?}", flip.input), flip.value));
    }
    numbers
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 48, ..ProptestConfig::default() })]

    /// Over the whole input space, ends included: evaluate() returns (no panic), every amount is
    /// finite and non-negative, and every text it writes is free of NaN and inf.
    #[test]
    fn evaluate_is_total_finite_and_non_negative_over_every_input(scenario in any_scenario()) {
        let book = book();
        let report = evaluate(&scenario, &book);
        prop_assert_eq!(&report.scenario, &scenario);
        for (name, value) in report_numbers(&report) {
            prop_assert!(value.is_finite() && value >= 0.0, "{}: {} in {:?}", name, value, scenario);
        }
        for curve in report.curves.cost.values() {
            prop_assert!(curve.is_empty() || curve.len() == report.curves.rates.len());
        }
        let texts = report.verdict.reasons.iter().map(wording::reason)
            .chain(std::iter::once(wording::headline(&report.verdict)))
            .chain(report.notes.iter().map(wording::note))
            .chain(report.platforms.values().flat_map(|bill| &bill.lines).map(|line| wording::cost_item(&line.kind)))
            .chain(report.platforms.iter().flat_map(|(platform, bill)| {
                bill.blockers.iter().map(move |blocker| wording::blocker(platform, blocker))
            }))
            .chain(report.verdict.flip_points.iter().map(wording::flip))
            .chain(report.fit.iter().map(|row| wording::fit_note(&row.note)));
        for text in texts {
            prop_assert!(!text.contains("NaN") && !text.contains("inf "), "{text}");
        }
    }
}

#[test]
fn every_corner_of_the_input_space_evaluates_to_finite_amounts() {
    // All inputs at their minimum, all at their maximum, and each alone at either end.
    let book = book();
    let mut corners = Vec::new();
    for to_max in [false, true] {
        let mut all = Scenario::default();
        for input in Input::all() {
            all.set_extreme(input, to_max, &book);
            let mut one = Scenario::default();
            one.set_extreme(input, to_max, &book);
            corners.push(one);
        }
        corners.push(all);
    }
    for scenario in corners {
        let report = evaluate(&scenario, &book);
        for (name, value) in report_numbers(&report) {
            assert!(value.is_finite() && value >= 0.0, "{name}: {value} in {scenario:?}");
        }
    }
}

#[test]
fn seed_example_note_corrects_the_figures() {
    let book = book();
    let preset = lvf::engine::presets::find("seed-cost-example").expect("preset");
    let report = evaluate(&preset.scenario, &book);
    let note = report
        .notes
        .iter()
        .map(wording::note)
        .find(|note| note.contains("seed"))
        .expect("a seed note");
    assert!(note.contains("7,200 GB-s = $0.12"), "{note}");
    assert!(note.contains("$0.0494"), "{note}");
    // Fargate is $47.94 a month cheaper: under the $50 line, so either, the fit leaning to Fargate.
    assert_eq!(report.verdict.choice, Choice::Either);
    assert!(wording::headline(&report.verdict).contains("so fit decides: Fargate"));
    // One task of 1 vCPU / 2 GB all month (the preset's minimum is one task).
    let fargate = &report.platforms[Platform::Fargate];
    assert_eq!(fargate.service().map(|service| service.tasks), Some(1));
    let compute: f64 = fargate
        .lines
        .iter()
        .filter(|line| line.kind.group() == lvf::engine::cost::CostGroup::Compute)
        .map(|line| line.usd)
        .sum();
    assert!((compute - 730.0 * 0.04937).abs() < 1e-6, "{compute}");
}

#[test]
fn sentences_never_say_zero_or_hundred_percent_cheaper_nor_1_requests() {
    let book = book();
    // 4.319/s: the bills within a fraction of a percent (two $10.63 tasks, their public IPv4
    // addresses and logs against Lambda and its logs).
    // Flat traffic, a fixed 1% of cold starts (as the figures are worked) and no materiality
    // line, so that cost decides and the shares are said.
    let base = Scenario {
        peak: 1.0,
        cold_start_share: Some(0.01),
        materiality_usd: 0.0,
        ..Scenario::default()
    };
    let near_tie = Scenario { rate_per_s: 4.319, ..base.clone() };
    let report = evaluate(&near_tie, &book);
    let headline = wording::headline(&report.verdict);
    assert!(headline.contains("a month cheaper (under 1%)"), "{headline}");
    // 2.5/s: Lambda ($15.55) under two tasks ($21.26), Fargate with one task ($10.63).
    let report = evaluate(&Scenario { rate_per_s: 2.5, ..base.clone() }, &book);
    let minimum = report
        .verdict
        .flip_points
        .iter()
        .find(|flip| flip.input == Input::MinTasks)
        .expect("a minimum-tasks flip point");
    assert_eq!(wording::flip_value(minimum), "1 task minimum", "{minimum:?}");
    assert_eq!(wording::flip(minimum), "Fargate would win with 1 task minimum", "{minimum:?}");
    // 1,000 a day on an always-on service: Lambda about 99.7% cheaper, which is not 100%.
    let idle =
        Scenario { rate_per_s: 1000.0 / 86_400.0, fargate_mode: FargateMode::Service, ..base };
    let report = evaluate(&idle, &book);
    assert_eq!(
        wording::headline(&report.verdict),
        "Lambda: $28.49 a month cheaper (over 99%) at 42/h"
    );
}

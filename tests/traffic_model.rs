//! "Traffic with a shape, cold starts that follow it, latency in the verdict, and provisioned
//! concurrency": each done-when of the issue, through the engine and the binary.

mod cli_support;

use lvf::engine::model::{Context, Knobs, PcPlan};
use lvf::engine::pricing::PriceBook;
use lvf::engine::report::{Choice, Feature, Mark, Platform, Report, evaluate};
use lvf::engine::scenario::{Ingress, Provisioning, Scaling, Scenario, Shape};

fn report(scenario: &Scenario) -> Report {
    evaluate(scenario, &PriceBook::builtin())
}

fn cost(report: &Report, platform: Platform) -> f64 {
    report.platforms[platform].monthly_usd.expect("priced")
}

fn latency(report: &Report) -> (Mark, Mark) {
    let row = report.fit.iter().find(|row| row.feature == Feature::Latency).expect("Latency");
    (row.marks[Platform::Lambda], row.marks[Platform::Fargate])
}

#[test]
fn business_hours_raise_fargate_and_leave_lambda_alone() {
    let flat = Scenario { peak: 1.0, ..Scenario::default() };
    let office = Scenario { traffic: Shape::BusinessHours, peak: 3.0, ..Scenario::default() };
    let (flat_report, office_report) = (report(&flat), report(&office));
    let (fargate_flat, fargate_office) =
        (cost(&flat_report, Platform::Fargate), cost(&office_report, Platform::Fargate));
    assert!(fargate_office > fargate_flat * 1.2, "{fargate_flat} -> {fargate_office}");
    // Lambda bills invocations, not hours: the same month's requests cost the same, and only
    // the INIT of cold starts (the ramps into each working day) moves it.
    let (lambda_flat, lambda_office) =
        (cost(&flat_report, Platform::Lambda), cost(&office_report, Platform::Lambda));
    assert!((lambda_office / lambda_flat - 1.0).abs() < 0.03, "{lambda_flat} -> {lambda_office}");
    let no_init = |scenario: &Scenario| report(&Scenario { init_s: 0.0, ..scenario.clone() });
    let (a, b) =
        (cost(&no_init(&flat), Platform::Lambda), cost(&no_init(&office), Platform::Lambda));
    assert!((a - b).abs() <= 1e-9 * a, "{a} vs {b}");
}

#[test]
fn peak_one_is_flat_traffic() {
    for shape in Shape::NAMED {
        let report = report(&Scenario { traffic: shape, peak: 1.0, ..Scenario::default() });
        assert!(report.traffic.hourly_rate_per_s.iter().all(|&rate| (rate - 10.0).abs() < 1e-9));
        assert_eq!(report.traffic.hourly_rate_per_s.len(), 168);
    }
    // And a flat week bills Fargate's tasks all month: two 0.25 vCPU / 1 GB tasks.
    let flat = report(&Scenario { peak: 1.0, ..Scenario::default() });
    let service = flat.platforms[Platform::Fargate].service().expect("a service");
    assert_eq!((service.fewest_tasks, service.tasks), (2, 2));
    assert!((service.task_hours - 2.0 * 730.0).abs() < 1e-9);
}

#[test]
fn auto_cold_starts_follow_the_rate() {
    let share = |rate_per_s: f64, peak: f64| {
        let report = report(&Scenario { rate_per_s, peak, ..Scenario::default() });
        report.platforms[Platform::Lambda].on_demand().expect("on demand").cold_start_share
    };
    let daily = share(1.0 / 86_400.0, 1.0);
    assert!(daily > 0.99, "once a day: {daily}");
    let steady = share(10.0, 1.0);
    assert!(steady < 0.001, "a steady 10/s: {steady}");
    // A diurnal day adds the morning ramp, still well under 1%.
    assert!(share(10.0, 1.7) < 0.01);
    // A fixed share is taken as given.
    let fixed = report(&Scenario { cold_start_share: Some(0.05), ..Scenario::default() });
    let on_demand = fixed.platforms[Platform::Lambda].on_demand().expect("on demand");
    assert!((on_demand.cold_start_share - 0.05).abs() < 1e-12);
}

/// A Java image behind an HTTP API: 200 ms, 2 GB, 3/s, INIT 6 s, a 1 s budget.
fn java() -> Scenario {
    Scenario {
        runtime_s: 0.2,
        memory_mb: 2048.0,
        rate_per_s: 3.0,
        init_s: 6.0,
        latency_budget_s: Some(1.0),
        ..Scenario::default().with_ingress(Ingress::Http)
    }
}

#[test]
fn a_slow_starting_image_is_poor_on_latency_unless_provisioned() {
    let on_demand = report(&java());
    assert_eq!(latency(&on_demand).0, Mark::Poor);
    assert_ne!(on_demand.verdict.choice, Choice::Lambda, "{:?}", on_demand.verdict);
    // The report prices the option that keeps the budget.
    let option = on_demand.platforms[Platform::Lambda]
        .on_demand()
        .and_then(|figures| figures.provisioned_option)
        .expect("a provisioned option");
    assert!(option.monthly_usd > 0.0 && option.lambda_usd > cost(&on_demand, Platform::Lambda));

    let provisioned = report(&Scenario { provisioned: Provisioning::Auto, ..java() });
    assert_ne!(latency(&provisioned).0, Mark::Poor);
    let figures = provisioned.platforms[Platform::Lambda].on_demand().expect("on demand");
    let pc = figures.provisioned.expect("provisioned concurrency in the bill");
    assert!((pc.lambda_usd - option.lambda_usd).abs() < 1e-9, "the option is what auto bills");
    assert!(figures.cold_starts < 1.0, "{}", figures.cold_starts);

    // Without a budget a cold start is not a verdict: Lambda's latency is not poor.
    let relaxed = report(&Scenario { latency_budget_s: None, ..java() });
    assert_ne!(latency(&relaxed).0, Mark::Poor);
}

#[test]
fn scheduled_provisioned_concurrency_bills_as_aws_does() {
    // Flat 50/s of 280 ms at 4 GB: 14 in flight, ceil(14 / 0.7) = 20 environments all month.
    // Configured: 20 x 4 GB x 2,628,000 s at $0.0000041667; the duration (50 x 0.28 x 4 GB per
    // second) at $0.0000097222; requests as usual; nothing on demand, nothing cold.
    let scenario = Scenario {
        runtime_s: 0.28,
        memory_mb: 4096.0,
        rate_per_s: 50.0,
        peak: 1.0,
        provisioned: Provisioning::Scheduled,
        ..Scenario::default()
    };
    let book = PriceBook::builtin();
    let context = Context::new(&scenario, &book);
    let model = context.model(Knobs::of(&scenario));
    let lambda = model.lambda.expect("Lambda runs it");
    assert_eq!(lambda.plan_at(50.0), PcPlan::Scheduled);
    let bill = lambda.bill(50.0);
    let pc = bill.provisioned.expect("provisioned");
    let seconds = 2_628_000.0;
    assert!((pc.environments_peak - 20.0).abs() < 1e-12);
    assert!((pc.configured - 20.0 * 4.0 * seconds * 0.000_004_166_7).abs() < 1e-6);
    assert!((pc.on_provisioned - 50.0 * 0.28 * 4.0 * seconds * 0.000_009_722_2).abs() < 1e-6);
    assert!(bill.compute.abs() < 1e-12 && bill.cold_starts.abs() < 1e-12);
    assert!((bill.requests - 50.0 * seconds * 0.000_000_2).abs() < 1e-6);
}

#[test]
fn target_tracking_follows_the_week_and_keeps_tasks_for_the_scale_in_delay() {
    // Business hours at their most (3.36x): 50 weekday hours at 3.36 x 10/s x 1 s = 33.6 in
    // flight, nothing otherwise. One request per task: 34 tasks at work, the minimum of 2
    // otherwise; each evening drop keeps 32 tasks 20 minutes longer.
    let scenario = Scenario {
        runtime_s: 1.0,
        traffic: Shape::BusinessHours,
        peak: 3.36,
        requests_per_task: Some(1.0),
        fargate_mode: lvf::engine::scenario::FargateMode::Service,
        ..Scenario::default()
    };
    let target = report(&scenario);
    let service = target.platforms[Platform::Fargate].service().expect("a service");
    assert_eq!((service.fewest_tasks, service.tasks), (2, 34));
    let week = 50.0 * 34.0 + 118.0 * 2.0 + 5.0 * 32.0 * (20.0 / 60.0);
    assert!((service.task_hours - week * 730.0 / 168.0).abs() < 1e-6, "{}", service.task_hours);
    // A fleet for the busiest hour runs 34 tasks all month, and costs more.
    let peak = report(&Scenario { scaling: Scaling::Peak, ..scenario.clone() });
    let fleet = peak.platforms[Platform::Fargate].service().expect("a service");
    assert!((fleet.task_hours - 34.0 * 730.0).abs() < 1e-6);
    assert!(cost(&peak, Platform::Fargate) > cost(&target, Platform::Fargate));
    // A minimum of 0 lets the idle hours scale to zero, and the first request after them waits.
    let zero = report(&Scenario { min_tasks: 0, latency_budget_s: Some(5.0), ..scenario });
    let service = zero.platforms[Platform::Fargate].service().expect("a service");
    assert_eq!(service.fewest_tasks, 0);
    assert_eq!(latency(&zero).1, Mark::Poor);
}

#[test]
fn the_json_holds_the_traffic_contract() {
    let json = cli_support::json(&[
        "eval",
        "--json",
        "--traffic",
        "business-hours",
        "--peak",
        "3",
        "--provisioned",
        "scheduled",
    ]);
    assert_eq!(json["traffic"]["shape"], "business-hours");
    assert_eq!(json["traffic"]["peak"], 3.0);
    let hourly = json["traffic"]["hourly_rate_per_s"].as_array().expect("168 hours");
    assert_eq!(hourly.len(), 168);
    // Monday 09:00 is at work, Saturday noon is not.
    assert!(hourly[9].as_f64() > hourly[5 * 24 + 12].as_f64());
    assert_eq!(json["lambda"]["provisioned"]["mode"], "scheduled");
    // The verdict names how each platform runs it.
    let lambda = json["verdict"]["options"]["lambda"].as_str().expect("lambda's option");
    assert!(lambda.starts_with("Lambda with up to ") && lambda.contains("scheduled"), "{lambda}");
    let fargate = json["verdict"]["options"]["fargate"].as_str().expect("fargate's option");
    assert!(fargate.starts_with("Fargate as a service of 2-"), "{fargate}");
    assert!(json["lambda"]["provisioned"]["monthly_usd"].as_f64().is_some_and(|usd| usd > 0.0));
    assert!(json["lambda"]["cold_starts"].is_number());
    assert!(json["lambda"]["peak_concurrency"].as_f64().is_some_and(|c| (c - 3.6).abs() < 1e-9));
    let features: Vec<&str> =
        json["fit"].as_array().expect("fit").iter().filter_map(|r| r["feature"].as_str()).collect();
    for feature in ["Latency", "Availability", "Quotas"] {
        assert!(features.contains(&feature), "{features:?}");
    }
}

#[test]
fn a_peak_past_the_shape_is_held_and_said() {
    let report = report(&Scenario { traffic: Shape::Diurnal, peak: 5.0, ..Scenario::default() });
    assert!((report.traffic.peak - 2.0).abs() < 1e-12);
    let notes: Vec<String> = report.notes.iter().map(lvf::wording::note).collect();
    assert!(notes.iter().any(|note| note.contains("priced at its most, 2x")), "{notes:?}");
}

#[test]
fn lambda_over_its_quota_is_a_caution_with_what_to_ask() {
    let report = report(&Scenario { rate_per_s: 2000.0, runtime_s: 1.0, ..Scenario::default() });
    let row = report.fit.iter().find(|row| row.feature == Feature::Quotas).expect("Quotas");
    assert_eq!(row.marks[Platform::Lambda], Mark::Caution);
    let note = lvf::wording::fit_note(&row.note);
    assert!(note.contains("ask AWS for at least"), "{note}");
}

#[test]
fn an_init_past_ten_seconds_reruns_in_the_invocation_and_can_time_out() {
    // 25 s of INIT re-runs inside the first invocation: a caution, said in the row.
    let model_load = report(&Scenario { init_s: 25.0, runtime_s: 2.0, ..Scenario::default() });
    let row = model_load.fit.iter().find(|row| row.feature == Feature::Latency).expect("row");
    assert_eq!(row.marks[Platform::Lambda], Mark::Caution);
    assert!(lvf::wording::fit_note(&row.note).contains("re-runs inside the first invocation"));
    // With a 12 min runtime a 5 min INIT passes the 15 min timeout: cold invocations fail, and
    // the verdict weighs it without any budget.
    let fails = report(&Scenario { init_s: 300.0, runtime_s: 720.0, ..Scenario::default() });
    assert_eq!(latency(&fails).0, Mark::Poor);
    assert_eq!(fails.verdict.choice, Choice::Fargate);
    assert_eq!(fails.verdict.rule, lvf::engine::verdict::Rule::Latency);
}

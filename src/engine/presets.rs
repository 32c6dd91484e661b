//! Named scenarios from the seed article's use cases, with realistic inputs, named and described
//! for someone who has not read the article. Names they had before stay accepted as aliases, so
//! scenario files and scripts that use them keep working.

use super::scenario::{
    FargateMode, Ingress, Scenario, Shape, State, TaskSize, TaskSizeChoice, Volume,
};
use super::units::SECONDS_PER_MONTH;

/// One named scenario.
#[derive(Debug, Clone, PartialEq)]
pub struct Preset {
    /// Kebab-case, as `--preset` takes it.
    pub name: &'static str,
    /// Earlier names, still accepted by `--preset` but not listed.
    pub aliases: &'static [&'static str],
    /// One line for `lvf presets` and the explorer's preset list.
    pub description: &'static str,
    pub scenario: Scenario,
}

fn preset(name: &'static str, description: &'static str, scenario: Scenario) -> Preset {
    Preset { name, aliases: &[], description, scenario }
}

/// A preset that had another name before.
fn renamed(
    name: &'static str,
    aliases: &'static [&'static str],
    description: &'static str,
    scenario: Scenario,
) -> Preset {
    Preset { name, aliases, description, scenario }
}

/// Every preset, in the order `lvf presets` lists them.
#[allow(clippy::too_many_lines)] // a table
pub fn all() -> Vec<Preset> {
    let base = Scenario::default;
    vec![
        preset(
            "serverless-api",
            "A small web API behind API Gateway (HTTP API): 80 ms and 512 MB a request, 5 \
             requests a second, nothing kept between requests",
            Scenario {
                // A user-facing API: no request should wait more than two seconds.
                latency_budget_s: Some(2.0),
                runtime_s: 0.080,
                memory_mb: 512.0,
                rate_per_s: 5.0,
                ..base().with_ingress(Ingress::Http)
            },
        ),
        preset(
            "s3-file-processing",
            "Converts each file uploaded to S3: 3 s and 2 GB a file, 2,000 files a day, busy on \
             the CPU throughout",
            Scenario {
                runtime_s: 3.0,
                memory_mb: 2048.0,
                rate_per_s: 2000.0 / 86_400.0,
                cpu_share: 1.0,
                ..base()
            },
        ),
        renamed(
            "queue-consumer",
            &["sqs-data-transformation"],
            "Takes records from a queue (SQS or EventBridge) and transforms them: 250 ms and \
             512 MB a record, one a second",
            Scenario {
                runtime_s: 0.250,
                memory_mb: 512.0,
                rate_per_s: 1.0,
                cpu_share: 0.5,
                ..base()
            },
        ),
        preset(
            "ml-inference",
            "Runs a machine-learning model on request: 1.5 s and 4 GB a request, 100 an hour, a \
             6 GB image whose model takes 8 s to load",
            Scenario {
                runtime_s: 1.5,
                memory_mb: 4096.0,
                rate_per_s: 100.0 / 3600.0,
                image_gb: 6.0,
                init_s: 8.0,
                // Inference keeps its vCPUs busy; the model is loaded once per process.
                cpu_share: 1.0,
                ..base()
            },
        ),
        renamed(
            "busy-cached-api",
            &["graphql-api"],
            "A busy API (GraphQL, say) that keeps a cache in memory: 50 ms and 1 GB a request, \
             200 a second, behind API Gateway (HTTP API)",
            Scenario {
                latency_budget_s: Some(2.0),
                runtime_s: 0.050,
                memory_mb: 1024.0,
                rate_per_s: 200.0,
                state: State::Cache,
                ..base().with_ingress(Ingress::Http)
            },
        ),
        preset(
            "background-worker",
            "A worker that runs all day taking jobs from a queue: one 2 GB task always on, \
             which Lambda's 15-minute limit rules out",
            Scenario {
                runtime_s: 86_400.0,
                memory_mb: 2048.0,
                rate_per_s: 1.0 / 86_400.0,
                state: State::Cache,
                fargate_mode: FargateMode::Service,
                // A queue consumer restarts without losing work: one task, no second zone.
                min_tasks: 1,
                utilization: 1.0,
                ..base()
            },
        ),
        renamed(
            "database",
            &["containerized-database"],
            "A database in a container: 5 ms queries, 200 a second, 8 GB, its data on a 100 GB \
             EBS volume that must survive restarts",
            Scenario {
                // A database's load is steady; a second task is a replica it does not have.
                peak: 1.0,
                runtime_s: 0.005,
                memory_mb: 8192.0,
                rate_per_s: 200.0,
                state: State::Persistent,
                cpu_share: 0.5,
                fargate_mode: FargateMode::Service,
                // One primary: a database replicates itself rather than sharing load.
                min_tasks: 1,
                volume: Volume::Ebs(100.0),
                ..base()
            },
        ),
        renamed(
            "event-processing",
            &["batch-events"],
            "Handles 5 million small events a month: 200 ms and 512 MB an event, nothing kept \
             between them",
            Scenario {
                runtime_s: 0.200,
                memory_mb: 512.0,
                rate_per_s: 5e6 / SECONDS_PER_MONTH,
                cpu_share: 0.5,
                ..base()
            },
        ),
        renamed(
            "tiny-function",
            &["custom-runtime"],
            "A tiny function in a language of its own (a 50 MB image) behind a function URL: 30 \
             ms and 256 MB a request, 2 a second",
            Scenario {
                latency_budget_s: Some(2.0),
                runtime_s: 0.030,
                memory_mb: 256.0,
                rate_per_s: 2.0,
                image_gb: 0.05,
                init_s: 0.05,
                ..base().with_ingress(Ingress::Url)
            },
        ),
        renamed(
            "one-at-a-time",
            &["seed-cost-example"],
            "Minute-long requests one after another, 60 an hour: a 2 GB function against one 1 \
             vCPU / 2 GB task (the cost example lvf's design started from)",
            Scenario {
                // The seed's picture is flat: the same 60 invocations every hour.
                peak: 1.0,
                runtime_s: 60.0,
                memory_mb: 2048.0,
                rate_per_s: 60.0 / 3600.0,
                // The seed's picture: one invocation at a time on one task.
                requests_per_task: Some(1.0),
                utilization: 1.0,
                min_tasks: 1,
                fargate_mode: FargateMode::Service,
                task_size: TaskSizeChoice::Fixed(TaskSize { vcpu: 1.0, memory_gb: 2.0 }),
                ..base()
            },
        ),
        renamed(
            "nightly-job",
            &["nightly-etl"],
            "A data job that runs once a night for 40 minutes (extract, transform, load): 4 GB, \
             busy on the CPU, started by a schedule",
            Scenario {
                // One run a night, between 01:00 and 03:00.
                traffic: Shape::Nightly,
                peak: 12.0,
                runtime_s: 2400.0,
                memory_mb: 4096.0,
                rate_per_s: 1.0 / 86_400.0,
                cpu_share: 1.0,
                ..base()
            },
        ),
    ]
}

/// The preset called `name` or, as it was called before, one of its aliases (case-insensitive).
pub fn find(name: &str) -> Option<Preset> {
    let name = name.trim();
    all().into_iter().find(|preset| {
        std::iter::once(&preset.name)
            .chain(preset.aliases)
            .any(|known| known.eq_ignore_ascii_case(name))
    })
}

/// The preset names, for error messages.
pub fn names() -> Vec<&'static str> {
    all().iter().map(|preset| preset.name).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::evaluate;
    use crate::engine::report::Choice;
    use crate::engine::scenario::Input;
    use crate::engine::testbook::book;

    #[test]
    fn names_are_kebab_case_and_unique() {
        let names = names();
        assert_eq!(names.len(), 11);
        for name in &names {
            assert!(
                name.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-'),
                "{name}"
            );
            assert_eq!(names.iter().filter(|other| *other == name).count(), 1, "{name}");
        }
        assert!(find("SERVERLESS-API").is_some());
        assert!(find("nope").is_none());
        // Old names still find their presets, and no alias is another preset's name.
        assert_eq!(find("seed-cost-example").map(|preset| preset.name), Some("one-at-a-time"));
        assert_eq!(find("graphql-api").map(|preset| preset.name), Some("busy-cached-api"));
        for preset in all() {
            for alias in preset.aliases {
                assert!(!names.contains(alias), "{alias}");
            }
        }
    }

    #[test]
    fn presets_stay_in_slider_ranges() {
        for preset in all() {
            for input in Input::all() {
                if let (Some(spec), Some(value)) = (input.spec(), preset.scenario.number(input)) {
                    assert!(spec.contains(value), "{} {input:?} = {value}", preset.name);
                }
            }
            let book = book();
            if let TaskSizeChoice::Fixed(size) = preset.scenario.task_size {
                assert!(book.is_valid_task_size(size), "{}", preset.name);
            }
        }
    }

    /// The seed article's final verdict table.
    #[test]
    fn seed_verdict_table() {
        let book = book();
        let verdict = |scenario: &Scenario| evaluate(scenario, &book).verdict.choice;
        // The seed's table decides on cost whatever the amount: no materiality line.
        let preset =
            |name: &str| Scenario { materiality_usd: 0.0, ..find(name).expect(name).scenario };
        // Short, event-driven tasks (seconds to minutes): Lambda.
        assert_eq!(verdict(&preset("s3-file-processing")), Choice::Lambda);
        assert_eq!(verdict(&preset("sqs-data-transformation")), Choice::Lambda);
        // Long-running applications (hours to days): Fargate.
        assert_eq!(verdict(&preset("background-worker")), Choice::Fargate);
        let two_hours = Scenario { runtime_s: 7200.0, ..preset("s3-file-processing") };
        assert_eq!(verdict(&two_hours), Choice::Fargate);
        // Custom runtimes in a serverless environment: Lambda.
        assert_eq!(verdict(&preset("custom-runtime")), Choice::Lambda);
        // Persistent microservices & APIs: Fargate.
        assert_eq!(verdict(&preset("graphql-api")), Choice::Fargate);
        assert_eq!(verdict(&preset("containerized-database")), Choice::Fargate);
        // Batch processing of millions of events: Lambda if stateless, Fargate if it needs state.
        let batch = preset("batch-events");
        assert_eq!(verdict(&batch), Choice::Lambda);
        assert_eq!(
            verdict(&Scenario { state: State::Persistent, ..batch.clone() }),
            Choice::Fargate
        );
        // Sessions lean to Fargate unless Lambda costs at most half as much. With the bill around
        // the compute (two tasks' public IPv4 addresses, $7.30) Lambda's $13.00 is 47% of
        // Fargate's $27.82, so the seed's "Fargate if it needs state" holds for durable state,
        // and for sessions only where Lambda is not that far cheaper: here in private subnets,
        // where both pay the same NAT gateways.
        let sessions = Scenario { state: State::Sessions, ..batch.clone() };
        assert_eq!(verdict(&sessions), Choice::Lambda);
        let private = Scenario { network: crate::engine::scenario::Network::Nat, ..sessions };
        assert_eq!(verdict(&private), Choice::Fargate);
        // At the default $50 line the SQS consumer's $18.71 a month does not decide: either,
        // with the fit (an idle load) leaning to Lambda.
        let sqs = evaluate(&find("sqs-data-transformation").expect("preset").scenario, &book);
        assert_eq!(sqs.verdict.choice, Choice::Either);
        assert!(sqs.verdict.reasons.iter().any(|reason| matches!(
            reason,
            crate::engine::verdict::Reason::TieBreaker(tie) if tie.favours == crate::engine::platform::Platform::Lambda
        )));
    }
}

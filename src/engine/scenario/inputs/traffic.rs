//! The rows of the input table for the traffic model (DESIGN.md "The traffic week", "Lambda
//! cost", "Fargate as a service"): peak ÷ average and the week's shape, Lambda's keep-alive,
//! environment lifetime, provisioned concurrency and quota, the latency budget, and how a
//! Fargate service scales.

use super::{Doc, Group, InputDef, Kind, LOG_FINE, Plausible, or_zero, parsed, slider, words};
use crate::engine::scenario::slider::{Scale, Unit};
use crate::engine::scenario::{Input, Provisioning, Scaling, Shape};
use crate::engine::units::format_duration;

pub(super) const PEAK: InputDef = InputDef {
    input: Input::Peak,
    name: "peak",
    aliases: &[],
    json: "peak",
    label: "Peak",
    value_name: "X",
    help: "The busiest hour's rate ÷ the month's average: 1 is flat traffic, the most is the \
           shape's (diurnal 2, business-hours 3.36, nightly 12, daily-spike 24). Default 1.7, a \
           diurnal web day. A Fargate service is sized hour by hour for it.",
    default: "1.7",
    examples: "1, 1.7, 3x",
    group: Group::Workload,
    plausible: Some(Plausible::Times(0.8, 1.25)),
    kind: Kind::Number {
        spec: slider(1.0, 24.0, Scale::Log, LOG_FINE, 2.0, Unit::Times),
        get: |s| s.peak,
        set: |s, v| s.peak = v,
    },
    doc: Doc::Template("{} the average in the busiest hour"),
};

pub(super) const TRAFFIC: InputDef = InputDef {
    input: Input::Traffic,
    name: "traffic",
    aliases: &[],
    json: "traffic",
    label: "Traffic shape",
    value_name: "SHAPE",
    help: "How requests spread over the week: diurnal (a daily wave peaking at 15:00), \
           business-hours (weekdays 08:00-18:00), nightly (01:00-03:00), daily-spike \
           (12:00-13:00) or custom:W0,…,W23 (hourly weights from 00:00, optionally ,weekend=F).",
    default: "diurnal",
    examples: "diurnal, business-hours, custom:0,0,0,0,0,0,1,2,3,3,3,3,3,3,3,3,3,2,1,1,1,0,0,0",
    group: Group::Traffic,
    plausible: None,
    kind: Kind::Choice {
        options: |_| Shape::NAMED.iter().map(ToString::to_string).collect(),
        get: |s| s.traffic.to_string(),
        set: |s, text, _| parsed::<Shape>(text, &mut s.traffic),
    },
    doc: Doc::Phrase(|s, value| match s.traffic {
        Shape::Diurnal => format!("{value}: a daily wave peaking at 15:00"),
        Shape::BusinessHours => format!("{value}: weekdays 08:00 to 18:00"),
        Shape::Nightly => format!("{value}: 01:00 to 03:00 every day"),
        Shape::DailySpike => format!("{value}: 12:00 to 13:00 every day"),
        Shape::Custom(_) => format!("`{value}`: hourly weights from 00:00"),
    }),
};

pub(super) const KEEP_ALIVE: InputDef = InputDef {
    input: Input::KeepAlive,
    name: "keep-alive",
    aliases: &[],
    json: "keep_alive_s",
    label: "Lambda keep-alive",
    value_name: "D",
    help: "How long Lambda keeps an idle environment (default 7 min: third-party measurements \
           find 5 to 7 min; AWS gives no number). A gap longer than this starts cold.",
    default: "7min",
    examples: "7min, 10min, 45min",
    group: Group::Traffic,
    plausible: Some(Plausible::Between(300.0, 3600.0)),
    kind: Kind::Number {
        spec: slider(60.0, 7200.0, Scale::Log, LOG_FINE, 10.0, Unit::Seconds),
        get: |s| s.keep_alive_s,
        set: |s, v| s.keep_alive_s = v,
    },
    doc: Doc::Template("{} idle before an environment is reclaimed"),
};

pub(super) const ENV_LIFETIME: InputDef = InputDef {
    input: Input::EnvLifetime,
    name: "env-lifetime",
    aliases: &[],
    json: "env_lifetime_s",
    label: "Environment lifetime",
    value_name: "D",
    help: "How long a busy Lambda environment lives before Lambda recycles it (default 2 h; AWS: \
           environments are recycled \"every few hours\"). Each recycle is a cold start.",
    default: "2h",
    examples: "2h, 6h",
    group: Group::Traffic,
    plausible: Some(Plausible::Between(3600.0, 14_400.0)),
    kind: Kind::Number {
        spec: slider(600.0, 43_200.0, Scale::Log, LOG_FINE, 10.0, Unit::Seconds),
        get: |s| s.env_lifetime_s,
        set: |s, v| s.env_lifetime_s = v,
    },
    doc: Doc::Template("{} before Lambda recycles an environment"),
};

pub(super) const LATENCY_BUDGET: InputDef = InputDef {
    input: Input::LatencyBudget,
    name: "latency-budget",
    aliases: &[],
    json: "latency_budget_s",
    label: "Latency budget",
    value_name: "D|none",
    help: "The longest a request may wait (a user-facing API: 1 to 3 s), or none. A Lambda cold \
           start (INIT + runtime), a job's task start or a wake from zero over it makes that \
           platform poor for latency.",
    default: "none",
    examples: "none, 1s, 300ms",
    group: Group::Traffic,
    plausible: None,
    kind: Kind::Optional {
        spec: slider(0.01, 900.0, Scale::Log, LOG_FINE, 10.0, Unit::Seconds),
        word: "none",
        word_at_top: true,
        get: |s| s.latency_budget_s,
        set: |s, v| s.latency_budget_s = v,
    },
    doc: Doc::Phrase(|s, value| match s.latency_budget_s {
        None => format!("{value}: no request waits too long"),
        Some(_) => format!("{value} at most for any request"),
    }),
};

pub(super) const PROVISIONED: InputDef = InputDef {
    input: Input::Provisioned,
    name: "provisioned",
    aliases: &[],
    json: "provisioned",
    label: "Provisioned concurrency",
    value_name: "none|N|scheduled|auto",
    help: "Lambda environments kept initialised: none, N all month, scheduled (each hour \
           concurrency ÷ 0.7, AWS's usual 70% target) or auto (the cheapest of the three that \
           meets the latency budget).",
    default: "none",
    examples: "none, 5, scheduled, auto",
    group: Group::Lambda,
    plausible: None,
    kind: Kind::Choice {
        options: |_| words(&["none", "scheduled", "auto"]),
        get: |s| s.provisioned.to_string(),
        set: |s, text, _| parsed::<Provisioning>(text, &mut s.provisioned),
    },
    doc: Doc::Phrase(|s, value| match s.provisioned {
        Provisioning::None => format!("{value}: on demand only"),
        Provisioning::Fixed(_) => format!("{value} environments all month"),
        Provisioning::Scheduled => format!("{value}: concurrency ÷ 0.7, hour by hour"),
        Provisioning::Auto => {
            format!("{value}: the cheapest of none, fixed and scheduled that meets the budget")
        }
    }),
};

pub(super) const LAMBDA_QUOTA: InputDef = InputDef {
    input: Input::LambdaQuota,
    name: "lambda-quota",
    aliases: &[],
    json: "lambda_quota",
    label: "Concurrency quota",
    value_name: "N",
    help: "The account's Lambda concurrency quota in the region (default 1,000, AWS's default; \
           raised on request to tens of thousands). A peak over it is a caution.",
    default: "1000",
    examples: "1000, 5000",
    group: Group::Lambda,
    plausible: None,
    kind: Kind::Number {
        spec: super::snapped(
            slider(10.0, 1_000_000.0, Scale::Log, LOG_FINE, 10.0, Unit::Whole),
            1.0,
        ),
        get: |s| s.lambda_quota,
        set: |s, v| s.lambda_quota = v,
    },
    doc: Doc::Template("{} concurrent executions"),
};

pub(super) const SCALING: InputDef = InputDef {
    input: Input::Scaling,
    name: "scaling",
    aliases: &[],
    json: "scaling",
    label: "Service scaling",
    value_name: "target|peak",
    help: "How a Fargate service follows the traffic: target (target tracking hour by hour; \
           tasks stop only after the scale-in delay) or peak (a fixed fleet for the busiest hour).",
    default: "target",
    examples: "",
    group: Group::Fargate,
    plausible: Some(Plausible::Options("target", "peak")),
    kind: Kind::Choice {
        options: |_| words(Scaling::WORDS),
        get: |s| s.scaling.to_string(),
        set: |s, text, _| parsed::<Scaling>(text, &mut s.scaling),
    },
    doc: Doc::Phrase(|s, value| match s.scaling {
        Scaling::Target => format!("{value}: tasks follow the traffic hour by hour"),
        Scaling::Peak => format!("{value}: a fleet for the busiest hour, all month"),
    }),
};

pub(super) const SCALE_IN_DELAY: InputDef = InputDef {
    input: Input::ScaleInDelay,
    name: "scale-in-delay",
    aliases: &[],
    json: "scale_in_delay_s",
    label: "Scale-in delay",
    value_name: "D",
    help: "How long tasks stay after the load drops before target tracking stops them (default \
           20 min: the managed alarm waits 15 one-minute periods, then a 5-minute cooldown).",
    default: "20min",
    examples: "0, 20min, 1h",
    group: Group::Fargate,
    plausible: Some(Plausible::Between(300.0, 3600.0)),
    kind: Kind::Number {
        spec: or_zero(slider(60.0, 21_600.0, Scale::Log, LOG_FINE, 10.0, Unit::Seconds)),
        get: |s| s.scale_in_delay_s,
        set: |s, v| s.scale_in_delay_s = v,
    },
    doc: Doc::Phrase(|s, value| {
        if s.scale_in_delay_s > 0.0 {
            format!("{value} before tasks stop after a drop")
        } else {
            format!("{value}: tasks stop as soon as the load drops ({})", format_duration(0.0))
        }
    }),
};

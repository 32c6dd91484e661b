//! The rows of the input table for what sits around the compute: each platform's front door,
//! connections and response size (ALB capacity units, WebSocket minutes), the network, logs and
//! a persistent volume.

use super::{Doc, Group, InputDef, Kind, Plausible, parsed, slider, snapped, words};
use crate::engine::scenario::slider::{LOG_FINE, Scale, Unit};
use crate::engine::scenario::{FargateIngress, Input, LambdaIngress, Network, Volume};

pub(super) const LAMBDA_INGRESS: InputDef = InputDef {
    input: Input::LambdaIngress,
    name: "lambda-ingress",
    aliases: &[],
    json: "lambda_ingress",
    label: "Lambda ingress",
    value_name: "INGRESS",
    help: "What fronts Lambda: none, url (function URL, free), http (HTTP API), rest (REST API), \
           websocket (WebSocket API) or alb (an ALB with the function as target). Default none, \
           or what --ingress names.",
    default: "none",
    examples: "",
    group: Group::Around,
    kind: Kind::Choice {
        options: |_| words(LambdaIngress::WORDS),
        get: |s| s.lambda_ingress.to_string(),
        set: |s, text, _| {
            let ok = parsed::<LambdaIngress>(text, &mut s.lambda_ingress);
            s.sync_ingress();
            ok
        },
    },
    plausible: None,
    doc: Doc::Template("{}"),
};

pub(super) const FARGATE_INGRESS: InputDef = InputDef {
    input: Input::FargateIngress,
    name: "fargate-ingress",
    aliases: &[],
    json: "fargate_ingress",
    label: "Fargate ingress",
    value_name: "INGRESS",
    help: "What fronts Fargate: none, alb (its own ALB), shared-alb (capacity units only, the \
           hours paid elsewhere), http (HTTP API via a VPC link) or rest (REST API via a VPC link \
           and an NLB). Default none, or what --ingress names.",
    default: "none",
    examples: "",
    group: Group::Around,
    kind: Kind::Choice {
        options: |_| words(FargateIngress::WORDS),
        get: |s| s.fargate_ingress.to_string(),
        set: |s, text, _| {
            let ok = parsed::<FargateIngress>(text, &mut s.fargate_ingress);
            s.sync_ingress();
            ok
        },
    },
    plausible: None,
    doc: Doc::Template("{}"),
};

pub(super) const REQUESTS_PER_CONNECTION: InputDef = InputDef {
    input: Input::RequestsPerConnection,
    name: "requests-per-connection",
    aliases: &[],
    json: "requests_per_connection",
    label: "Requests per connection",
    value_name: "N",
    help: "Requests a client sends on one connection (1 to 1,000,000; default 1): an ALB bills new \
           connections, so keep-alive and WebSockets need fewer capacity units.",
    default: "1",
    examples: "1, 100",
    group: Group::Around,
    kind: Kind::Number {
        spec: slider(1.0, 1_000_000.0, Scale::Log, LOG_FINE, 10.0, Unit::Count),
        get: |s| s.requests_per_connection,
        set: |s, v| s.requests_per_connection = v,
    },
    plausible: Some(Plausible::Times(0.5, 2.0)),
    doc: Doc::Template("{} per connection"),
};

pub(super) const RESPONSE_SIZE: InputDef = InputDef {
    input: Input::ResponseSize,
    name: "response-size",
    aliases: &[],
    json: "response_size_kb",
    label: "Response size",
    value_name: "KB",
    help: "Response size per request, KB (0.1 to 100,000; default 10; requests add 1 KB): the \
           bytes an ALB and a NAT gateway process.",
    default: "10KB",
    examples: "10, 10KB, 1.5MB",
    group: Group::Around,
    kind: Kind::Number {
        spec: slider(0.1, 100_000.0, Scale::Log, LOG_FINE, 10.0, Unit::Kb),
        get: |s| s.response_size_kb,
        set: |s, v| s.response_size_kb = v,
    },
    plausible: Some(Plausible::Times(0.5, 2.0)),
    doc: Doc::Template("{} per response (plus 1 KB per request)"),
};

pub(super) const OPEN_CONNECTIONS: InputDef = InputDef {
    input: Input::OpenConnections,
    name: "open-connections",
    aliases: &[],
    json: "open_connections",
    label: "Open connections",
    value_name: "N",
    help: "Connections held open all month (0 to 10,000,000; default 0): WebSocket \
           connection-minutes and an ALB's active-connection capacity units.",
    default: "0",
    examples: "0, 5000",
    group: Group::Around,
    kind: Kind::Number {
        spec: snapped(slider(0.0, 10_000_000.0, Scale::Linear, 100.0, 10_000.0, Unit::Whole), 1.0),
        get: |s| s.open_connections,
        set: |s, v| s.open_connections = v,
    },
    plausible: Some(Plausible::Times(0.5, 2.0)),
    doc: Doc::Template("{} held open"),
};

pub(super) const NETWORK: InputDef = InputDef {
    input: Input::Network,
    name: "network",
    aliases: &[],
    json: "network",
    label: "Network",
    value_name: "public|nat",
    help: "How the compute reaches the internet: public (a public IPv4 address per Fargate task) \
           or nat (NAT gateways in two zones, on both platforms); both bill by the hour. Default \
           public.",
    default: "public",
    examples: "",
    group: Group::Around,
    kind: Kind::Choice {
        options: |_| words(Network::WORDS),
        get: |s| s.network.to_string(),
        set: |s, text, _| parsed::<Network>(text, &mut s.network),
    },
    plausible: None,
    doc: Doc::Phrase(|s, value| match s.network {
        Network::Public => format!("{value}: Fargate tasks with public IPv4 addresses"),
        Network::Nat => format!("{value}: private subnets, NAT gateways in two zones"),
    }),
};

pub(super) const LOG_SIZE: InputDef = InputDef {
    input: Input::LogSize,
    name: "log-size",
    aliases: &[],
    json: "log_size_kb",
    label: "Logs per request",
    value_name: "KB",
    help: "The workload's own log lines per request, KB (0 to 1,000; default 1), on both \
           platforms; Lambda adds about 0.3 KB of START, END and REPORT lines.",
    default: "1KB",
    examples: "1, 0.5KB",
    group: Group::Around,
    kind: Kind::Number {
        spec: slider(0.0, 1000.0, Scale::Linear, 0.5, 10.0, Unit::Kb),
        get: |s| s.log_size_kb,
        set: |s, v| s.log_size_kb = v,
    },
    plausible: Some(Plausible::Times(0.5, 2.0)),
    doc: Doc::Template("{} of logs per request"),
};

pub(super) const VOLUME: InputDef = InputDef {
    input: Input::Volume,
    name: "volume",
    aliases: &[],
    json: "volume",
    label: "Volume",
    value_name: "none|ebs:GB|efs:GB",
    help: "A persistent volume: none, ebs:GB (one per Fargate task; Lambda cannot mount EBS) or \
           efs:GB (one file system both platforms share); only EFS lets Lambda keep files. Default \
           none.",
    default: "none",
    examples: "none, ebs:100, efs:20",
    group: Group::Around,
    kind: Kind::Choice {
        options: |_| words(&["none", "ebs:20", "ebs:100", "efs:20", "efs:100"]),
        get: |s| s.volume.to_string(),
        set: |s, text, _| parsed::<Volume>(text, &mut s.volume),
    },
    plausible: None,
    doc: Doc::Phrase(|s, value| match s.volume {
        Volume::None => format!("{value}: nothing durable"),
        Volume::Ebs(_) => format!("`{value}`: an EBS gp3 volume per Fargate task"),
        Volume::Efs(_) => format!("`{value}`: one EFS file system, shared"),
    }),
};

//! Cost lines: one amount of a bill, in unrounded dollars. [`CostLine`] is a named line of
//! `lvf price`'s usage bills; [`CostItem`] is a line of a report's bill as a fact (what is billed
//! and in what quantities), which the wording module names.

use serde::Serialize;

use super::scenario::TaskSize;

/// What one line of a report's bill charges for, with the quantities it was priced on.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum CostKind {
    /// Lambda duration: GB-seconds billed, the INIT of the month's cold starts included, after
    /// the Savings Plan share.
    LambdaCompute {
        gb_seconds: f64,
        cold_starts: f64,
        savings: f64,
    },
    /// Provisioned concurrency configured: environments in the busiest hour (`scheduled`: they
    /// follow the traffic hour by hour) and the GB-seconds billed, after the Savings Plan share.
    LambdaProvisioned {
        environments_peak: f64,
        scheduled: bool,
        gb_seconds: f64,
    },
    /// Duration that ran on provisioned environments.
    LambdaOnProvisioned {
        gb_seconds: f64,
    },
    /// Lambda requests.
    LambdaRequests {
        invocations: f64,
    },
    /// Lambda ephemeral storage beyond the included 512 MB.
    LambdaStorage {
        storage_mb: f64,
    },
    /// A Lambda function URL (free).
    FunctionUrl,
    /// API Gateway HTTP API requests.
    HttpApi,
    /// API Gateway REST API requests.
    RestApi,
    /// Fargate vCPU-hours.
    FargateVcpu(TaskHours),
    /// Fargate GB-hours.
    FargateMemory(TaskHours),
    /// Fargate vCPU-hours of jobs, one task per invocation.
    FargateJobsVcpu(JobHours),
    /// Fargate GB-hours of jobs.
    FargateJobsMemory(JobHours),
    /// Fargate ephemeral storage beyond the included 20 GB, per task.
    FargateStorage {
        gb_per_task: f64,
    },
    /// The load balancer's hours (`shared`: none, paid with the ALB elsewhere).
    AlbHours {
        hours: f64,
    },
    /// The load balancer's capacity units.
    AlbCapacity {
        lcu: f64,
    },
    /// API Gateway WebSocket API messages.
    WebSocketMessages {
        messages: f64,
    },
    /// API Gateway WebSocket API connection-minutes.
    WebSocketMinutes {
        connection_minutes: f64,
    },
    /// The Network Load Balancer behind a REST API's VPC link: hours and capacity units.
    NlbHours {
        hours: f64,
    },
    NlbCapacity {
        nlcu: f64,
    },
    /// NAT gateway hours, and the data they process.
    NatHours {
        gateways: f64,
        hours: f64,
    },
    NatData {
        gb: f64,
    },
    /// Public IPv4 addresses on the tasks.
    PublicIpv4 {
        address_hours: f64,
    },
    /// `CloudWatch` Logs ingestion; `platform_kb` of it per request is Lambda's own lines.
    Logs {
        gb: f64,
        platform_kb: f64,
    },
    /// An EBS gp3 volume per task.
    EbsVolume {
        gb: f64,
        task_hours: f64,
    },
    /// An EFS file system.
    EfsVolume {
        gb: f64,
    },
}

/// Where a line sits in a bill, so the compute stays visible at a glance.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum CostGroup {
    Compute,
    Requests,
    Ingress,
    Network,
    Logs,
    Storage,
}

impl CostGroup {
    /// The JSON word: "compute", "requests", "ingress", "network", "logs" or "storage".
    pub fn as_str(self) -> &'static str {
        match self {
            CostGroup::Compute => "compute",
            CostGroup::Requests => "requests",
            CostGroup::Ingress => "ingress",
            CostGroup::Network => "network",
            CostGroup::Logs => "logs",
            CostGroup::Storage => "storage",
        }
    }
}

impl CostKind {
    /// The group the line belongs to.
    pub fn group(&self) -> CostGroup {
        match self {
            CostKind::LambdaCompute { .. }
            | CostKind::LambdaProvisioned { .. }
            | CostKind::LambdaOnProvisioned { .. }
            | CostKind::FargateVcpu(_)
            | CostKind::FargateMemory(_)
            | CostKind::FargateJobsVcpu(_)
            | CostKind::FargateJobsMemory(_) => CostGroup::Compute,
            CostKind::LambdaRequests { .. } => CostGroup::Requests,
            CostKind::FunctionUrl
            | CostKind::HttpApi
            | CostKind::RestApi
            | CostKind::AlbHours { .. }
            | CostKind::AlbCapacity { .. }
            | CostKind::WebSocketMessages { .. }
            | CostKind::WebSocketMinutes { .. }
            | CostKind::NlbHours { .. }
            | CostKind::NlbCapacity { .. } => CostGroup::Ingress,
            CostKind::NatHours { .. } | CostKind::NatData { .. } | CostKind::PublicIpv4 { .. } => {
                CostGroup::Network
            }
            CostKind::Logs { .. } => CostGroup::Logs,
            CostKind::LambdaStorage { .. }
            | CostKind::FargateStorage { .. }
            | CostKind::EbsVolume { .. }
            | CostKind::EfsVolume { .. } => CostGroup::Storage,
        }
    }
}

/// The running tasks a Fargate compute line bills: how many, of what size, for how long, and
/// the discounts taken.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct TaskHours {
    /// Tasks in the quietest and the busiest hour.
    pub fewest: f64,
    pub tasks: f64,
    pub task: TaskSize,
    /// Task-hours in the month.
    pub task_hours: f64,
    pub spot_share: f64,
    pub savings: f64,
}

/// The jobs a Fargate compute line bills: how many, each billed how long, on what size, and the
/// discounts taken.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct JobHours {
    pub jobs: f64,
    pub billed_s: f64,
    pub task: TaskSize,
    pub spot_share: f64,
    pub savings: f64,
}

/// One line of a report's bill.
#[derive(Debug, Clone, PartialEq)]
pub struct CostItem {
    pub kind: CostKind,
    /// Unrounded US dollars.
    pub usd: f64,
    /// The region whose rate priced it: the scenario's, or the stand-in's whose rate the book
    /// borrowed.
    pub region: String,
}

/// One line of a monthly bill.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct CostLine {
    /// What is billed ("Lambda requests").
    pub item: String,
    /// Unrounded US dollars.
    pub usd: f64,
    /// The region whose rate priced it: the one asked for, or the stand-in's whose rate the book
    /// borrowed.
    pub region: String,
}

impl CostLine {
    pub fn new(item: impl Into<String>, usd: f64, region: impl Into<String>) -> Self {
        Self { item: item.into(), usd, region: region.into() }
    }
}

/// The sum of unrounded lines.
pub fn total(lines: &[CostLine]) -> f64 {
    lines.iter().map(|line| line.usd).sum()
}

/// Dollars rounded half-up to cents for display: `$1,234.57`.
pub fn format_usd(usd: f64) -> String {
    // Round to a millionth of a cent first, so that a binary tail (1.005 is 1.00499999…) does not
    // turn a half cent down. Above 1e13 dollars an f64 has no fraction of a cent left to round.
    let scaled = usd * 100.0;
    let cents = if scaled.abs() < 1e15 {
        ((scaled * 1e6).round() / 1e6 + 0.5).floor()
    } else {
        scaled.round()
    };
    let cents = if cents.is_finite() { cents.max(0.0) } else { 0.0 };
    // Written out in full rather than cast to an integer, which would saturate past u64's range.
    let digits = format!("{cents:03.0}");
    let (dollars, cents) = digits.split_at(digits.len() - 2);
    let mut grouped = String::new();
    for (index, digit) in dollars.chars().enumerate() {
        if index > 0 && (dollars.len() - index).is_multiple_of(3) {
            grouped.push(',');
        }
        grouped.push(digit);
    }
    format!("${grouped}.{cents}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dollars_round_half_up_to_cents() {
        assert_eq!(format_usd(1.005), "$1.01");
        assert_eq!(format_usd(2.734_999), "$2.73");
        assert_eq!(format_usd(1_234_567.891), "$1,234,567.89");
        assert_eq!(format_usd(0.0), "$0.00");
        assert_eq!(format_usd(f64::NAN), "$0.00");
        assert_eq!(format_usd(0.05), "$0.05");
        // Past u64's range of cents the figure is still written out, not saturated.
        assert_eq!(format_usd(1e20), "$100,000,000,000,000,000,000.00");
    }
}

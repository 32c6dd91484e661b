//! The bill around the compute (DESIGN.md "Around the compute"): front doors, load balancer
//! capacity units, NAT gateways and public addresses, logs and volumes, as one allocation-free
//! [`AroundModel`] per platform: a fixed monthly part, a part per task-hour, and a part that is
//! piecewise linear in the rate with known kinks (volume tiers, and the capacity floor that open
//! connections set), so the exact break-even solver can take each kink as a segment boundary.

pub mod usage;

use super::pricing::{RegionPrices, Tier, tiered_bands};
use super::scenario::{FargateIngress, LambdaIngress, Network, Scenario, Volume};
use super::units::{HOURS_PER_MONTH, SECONDS_PER_MONTH};

/// What a request adds to the bytes processed, KB (headers and a small body).
pub const REQUEST_KB: f64 = 1.0;
/// Lambda's own START, END and REPORT lines per invocation, KB.
pub const LAMBDA_PLATFORM_LOG_KB: f64 = 0.3;
/// Data is metered in decimal units: 1 GB = 1,000,000 KB (AWS's ELB examples: 300 KB/s = 1.08 GB
/// an hour).
pub const KB_PER_GB: f64 = 1e6;
/// NAT gateways: one in each of two zones, as the two tasks a service runs by default.
pub const NAT_GATEWAYS: f64 = 2.0;
/// HTTP APIs meter a request in 512 KB increments; WebSocket APIs meter messages in 32 KB ones.
pub const HTTP_API_METER_KB: f64 = 512.0;
pub const WEBSOCKET_METER_KB: f64 = 32.0;
/// Listener rules a request is evaluated against; AWS does not charge for the first ten.
pub const ALB_RULES_PER_REQUEST: f64 = 1.0;
pub const ALB_FREE_RULES: f64 = 10.0;
/// Minutes in the month (730 h).
pub const MINUTES_PER_MONTH: f64 = HOURS_PER_MONTH * 60.0;
/// Most volume tiers kept per price; past it the last kept price runs on.
const MAX_TIERS: usize = 6;

/// The units AWS meters one request or message of `kb` as: whole increments of `increment_kb`
/// (512 KB for HTTP APIs, 32 KB for WebSocket messages), at least one.
pub fn metered(kb: f64, increment_kb: f64) -> f64 {
    (kb / increment_kb).ceil().max(1.0)
}

/// GB-months of `gb` held for `hours` of a month of `month_hours`: how EBS and EFS prorate a
/// GB-month price (by the second; lvf's month is 730 hours, AWS's examples use the calendar's).
pub fn gb_months(gb: f64, hours: f64, month_hours: f64) -> f64 {
    gb * hours / month_hours
}

/// Application Load Balancer capacity units in one hour: the largest of its four dimensions (25
/// new connections a second; 3,000 active connections; 1 GB processed an hour, 0.4 GB for Lambda
/// targets; 1,000 rule evaluations a second).
pub fn alb_lcu(
    new_per_s: f64,
    active: f64,
    gb_per_hour: f64,
    rules_per_s: f64,
    lambda: bool,
) -> f64 {
    let gb_per_lcu = if lambda { 0.4 } else { 1.0 };
    (new_per_s / 25.0).max(active / 3000.0).max(gb_per_hour / gb_per_lcu).max(rules_per_s / 1000.0)
}

/// Which of an ALB's four dimensions sets its capacity units.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LcuDimension {
    NewConnections,
    ActiveConnections,
    ProcessedBytes,
    RuleEvaluations,
}

/// An ALB's capacity units in front of the scenario's workload at `rate`, and the dimension that
/// sets them (`lambda`: a Lambda target).
pub fn alb_capacity(scenario: &Scenario, rate: f64, lambda: bool) -> (f64, LcuDimension) {
    let gb_per_lcu = if lambda { 0.4 } else { 1.0 };
    let rules = (ALB_RULES_PER_REQUEST - ALB_FREE_RULES).max(0.0);
    let dimensions = [
        (rate / scenario.requests_per_connection / 25.0, LcuDimension::NewConnections),
        (scenario.open_connections / 3000.0, LcuDimension::ActiveConnections),
        (rate * gb_per_request(scenario) * 3600.0 / gb_per_lcu, LcuDimension::ProcessedBytes),
        (rate * rules / 1000.0, LcuDimension::RuleEvaluations),
    ];
    dimensions.into_iter().fold((0.0, LcuDimension::NewConnections), |best, (lcu, by)| {
        if lcu > best.0 { (lcu, by) } else { best }
    })
}

/// Network Load Balancer capacity units (TCP) in one hour: 800 new connections a second, 100,000
/// active connections, 1 GB processed an hour.
pub fn nlb_nlcu(new_per_s: f64, active: f64, gb_per_hour: f64) -> f64 {
    (new_per_s / 800.0).max(active / 100_000.0).max(gb_per_hour)
}

/// Capacity units that grow with the rate above a floor: `max(floor, per_rate * rate)`.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct Capacity {
    pub per_rate: f64,
    pub floor: f64,
    /// Dollars per unit held all month.
    pub usd_per_unit_month: f64,
}

impl Capacity {
    /// Units held at `rate`.
    pub fn units(&self, rate: f64) -> f64 {
        (self.per_rate * rate).max(self.floor)
    }

    fn cost(&self, rate: f64) -> f64 {
        if self.usd_per_unit_month > 0.0 { self.units(rate) * self.usd_per_unit_month } else { 0.0 }
    }
}

/// Requests or messages priced against volume tiers, copied out of the book.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct Tiers {
    /// (monthly units where the next tier starts, dollars per unit).
    bands: [(f64, f64); MAX_TIERS],
    len: usize,
    /// Metered units per request (512 KB increments, or messages each way).
    pub units_per_request: f64,
}

impl Tiers {
    fn new(tiers: &[Tier], units_per_request: f64) -> Self {
        let mut out = Self { units_per_request, ..Self::default() };
        for tier in tiers.iter().take(MAX_TIERS) {
            out.bands[out.len] = (tier.up_to.unwrap_or(f64::INFINITY), tier.usd);
            out.len += 1;
        }
        if let Some(last) = out.bands[..out.len].last_mut() {
            last.0 = f64::INFINITY;
        }
        out
    }

    /// Units metered in the month at `rate`.
    pub fn units(&self, rate: f64) -> f64 {
        rate * SECONDS_PER_MONTH * self.units_per_request
    }

    fn cost(&self, rate: f64) -> f64 {
        tiered_bands(self.units(rate), self.bands[..self.len].iter().copied())
    }
}

/// One platform's bill around its compute, as a function of the rate and the task-hours.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct AroundModel {
    /// API Gateway requests, or WebSocket messages.
    pub api: Tiers,
    /// WebSocket connection-minutes for the month.
    pub ws_minutes: f64,
    /// The load balancer's hours (ALB, or the NLB behind a REST API's VPC link).
    pub lb_hours: f64,
    /// Its capacity units (LCUs, or NLCUs).
    pub lcu: Capacity,
    pub nat_hours: f64,
    /// NAT processing and log ingestion, dollars per request per second for the month.
    pub nat_per_rate: f64,
    pub logs_per_rate: f64,
    pub efs: f64,
    /// Public IPv4 and EBS, dollars per task-hour.
    pub ipv4_per_task_hour: f64,
    pub ebs_per_task_hour: f64,
}

/// The bill around the compute at one rate, in parts.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct AroundParts {
    pub api: f64,
    pub ws_minutes: f64,
    pub lb_hours: f64,
    pub lcu: f64,
    pub nat_hours: f64,
    pub nat_data: f64,
    pub logs: f64,
    pub efs: f64,
    pub ipv4: f64,
    pub ebs: f64,
}

impl AroundParts {
    pub fn total(&self) -> f64 {
        self.api
            + self.ws_minutes
            + self.lb_hours
            + self.lcu
            + self.nat_hours
            + self.nat_data
            + self.logs
            + self.efs
            + self.ipv4
            + self.ebs
    }
}

/// Bytes a request and its response move, GB per request.
pub fn gb_per_request(scenario: &Scenario) -> f64 {
    (REQUEST_KB + scenario.response_size_kb) / KB_PER_GB
}

impl AroundModel {
    /// The parts every platform shares: NAT, logs of `log_kb` per request, EFS.
    fn common(scenario: &Scenario, region: &RegionPrices, nat: bool, log_kb: f64) -> Self {
        let network = &region.network;
        let (nat_hours, nat_per_rate) = if nat {
            (
                NAT_GATEWAYS * HOURS_PER_MONTH * network.nat_gateway_hour.usd,
                SECONDS_PER_MONTH * gb_per_request(scenario) * network.nat_gateway_gb.usd,
            )
        } else {
            (0.0, 0.0)
        };
        let efs = match scenario.volume {
            Volume::Efs(gb) => {
                gb_months(gb, HOURS_PER_MONTH, HOURS_PER_MONTH)
                    * region.storage.efs_standard_gb_month.usd
            }
            Volume::None | Volume::Ebs(_) => 0.0,
        };
        Self {
            nat_hours,
            nat_per_rate,
            logs_per_rate: SECONDS_PER_MONTH * log_kb / KB_PER_GB * region.logs.ingestion_gb.usd,
            efs,
            ..Self::default()
        }
    }

    /// An ALB's hours (unless shared) and capacity units at the scenario's connections and bytes.
    fn alb(
        mut self,
        scenario: &Scenario,
        region: &RegionPrices,
        lambda: bool,
        shared: bool,
    ) -> Self {
        let ingress = &region.ingress;
        let gb_per_lcu = if lambda { 0.4 } else { 1.0 };
        let rules = (ALB_RULES_PER_REQUEST - ALB_FREE_RULES).max(0.0);
        // Every term but active connections grows with the rate through the origin, so their
        // largest is one slope; open connections set the floor.
        let per_rate = (1.0 / scenario.requests_per_connection / 25.0)
            .max(gb_per_request(scenario) * 3600.0 / gb_per_lcu)
            .max(rules / 1000.0);
        self.lcu = Capacity {
            per_rate,
            floor: scenario.open_connections / 3000.0,
            usd_per_unit_month: HOURS_PER_MONTH * ingress.alb_lcu_hour.usd,
        };
        if !shared {
            self.lb_hours = HOURS_PER_MONTH * ingress.alb_hour.usd;
        }
        self
    }

    /// Lambda's bill around it.
    pub fn lambda(scenario: &Scenario, region: &RegionPrices) -> Self {
        let nat = scenario.network == Network::Nat;
        let base =
            Self::common(scenario, region, nat, scenario.log_size_kb + LAMBDA_PLATFORM_LOG_KB);
        let ingress = &region.ingress;
        match scenario.lambda_ingress {
            LambdaIngress::None | LambdaIngress::Url => base,
            LambdaIngress::Http => Self { api: http_api(scenario, &ingress.http_api), ..base },
            LambdaIngress::Rest => Self { api: Tiers::new(&ingress.rest_api, 1.0), ..base },
            LambdaIngress::Websocket => {
                // A message in, and the response out in 32 KB increments.
                let messages = 1.0 + metered(scenario.response_size_kb, WEBSOCKET_METER_KB);
                Self {
                    api: Tiers::new(&ingress.websocket_messages, messages),
                    ws_minutes: scenario.open_connections
                        * MINUTES_PER_MONTH
                        * ingress.websocket_connection_minutes.usd,
                    ..base
                }
            }
            LambdaIngress::Alb => base.alb(scenario, region, true, false),
        }
    }

    /// Fargate's bill around it.
    pub fn fargate(scenario: &Scenario, region: &RegionPrices) -> Self {
        let nat = scenario.network == Network::Nat;
        let mut base = Self::common(scenario, region, nat, scenario.log_size_kb);
        if !nat {
            base.ipv4_per_task_hour = region.network.public_ipv4_hour.usd;
        }
        if let Volume::Ebs(gb) = scenario.volume {
            base.ebs_per_task_hour =
                gb_months(gb, 1.0, HOURS_PER_MONTH) * region.storage.ebs_gp3_gb_month.usd;
        }
        let ingress = &region.ingress;
        match scenario.fargate_ingress {
            FargateIngress::None => base,
            FargateIngress::Alb => base.alb(scenario, region, false, false),
            FargateIngress::SharedAlb => base.alb(scenario, region, false, true),
            FargateIngress::Http => Self { api: http_api(scenario, &ingress.http_api), ..base },
            FargateIngress::Rest => {
                // API Gateway reaches the tasks through an NLB; its clients' connections end at
                // API Gateway, so the NLB sees new connections and bytes, no long-lived ones.
                let per_rate = (1.0 / scenario.requests_per_connection / 800.0)
                    .max(gb_per_request(scenario) * 3600.0);
                Self {
                    api: Tiers::new(&ingress.rest_api, 1.0),
                    lb_hours: HOURS_PER_MONTH * ingress.nlb_hour.usd,
                    lcu: Capacity {
                        per_rate,
                        floor: 0.0,
                        usd_per_unit_month: HOURS_PER_MONTH * ingress.nlb_nlcu_hour.usd,
                    },
                    ..base
                }
            }
        }
    }

    /// The monthly part that does not move with the rate or the tasks.
    pub fn fixed(&self) -> f64 {
        self.ws_minutes + self.lb_hours + self.nat_hours + self.efs
    }

    /// The part that moves with the rate: piecewise linear (volume tiers, capacity floors).
    pub fn variable(&self, rate: f64) -> f64 {
        self.api.cost(rate) + self.lcu.cost(rate) + (self.nat_per_rate + self.logs_per_rate) * rate
    }

    /// Dollars per task-hour (public IPv4, EBS).
    pub fn per_task_hour(&self) -> f64 {
        self.ipv4_per_task_hour + self.ebs_per_task_hour
    }

    /// The parts at `rate` with `task_hours` of tasks.
    pub fn parts(&self, rate: f64, task_hours: f64) -> AroundParts {
        AroundParts {
            api: self.api.cost(rate),
            ws_minutes: self.ws_minutes,
            lb_hours: self.lb_hours,
            lcu: self.lcu.cost(rate),
            nat_hours: self.nat_hours,
            nat_data: self.nat_per_rate * rate,
            logs: self.logs_per_rate * rate,
            efs: self.efs,
            ipv4: self.ipv4_per_task_hour * task_hours,
            ebs: self.ebs_per_task_hour * task_hours,
        }
    }
}

/// HTTP API requests, metered in 512 KB increments of request and response.
fn http_api(scenario: &Scenario, tiers: &[Tier]) -> Tiers {
    Tiers::new(tiers, metered(REQUEST_KB + scenario.response_size_kb, HTTP_API_METER_KB))
}

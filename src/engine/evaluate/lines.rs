//! The lines of a bill around the compute, each with the region whose rate priced it: the
//! scenario's own, or the region the price book borrowed the rate from (`stand-in`).

use crate::engine::around::{self, AroundParts};
use crate::engine::cost::{CostItem, CostKind};
use crate::engine::platform::Platform;
use crate::engine::pricing::{FigureKey, PriceBook};
use crate::engine::scenario::{Arch, FargateIngress, LambdaIngress, Network, Scenario, Volume};
use crate::engine::units::{HOURS_PER_MONTH, SECONDS_PER_MONTH};

/// Makes cost items priced in the scenario's region, or in the region a figure is borrowed from.
pub(super) struct Pricer<'a> {
    pub scenario: &'a Scenario,
    pub book: &'a PriceBook,
}

impl Pricer<'_> {
    /// A line priced by the figure at `key`.
    pub fn item(&self, kind: CostKind, usd: f64, key: FigureKey) -> CostItem {
        let region = &self.scenario.region;
        let region = self.book.priced_in(region, key).map_or(region.as_str(), |(_, by)| by);
        CostItem { kind, usd, region: region.to_string() }
    }

    /// The figure of Lambda's duration, Fargate's vCPU and Fargate's memory for the scenario's
    /// architecture.
    pub fn compute_keys(&self) -> (FigureKey, FigureKey, FigureKey) {
        match self.scenario.arch {
            Arch::X86_64 => {
                (FigureKey::LambdaDurationX86, FigureKey::FargateVcpuX86, FigureKey::FargateGbX86)
            }
            Arch::Arm64 => {
                (FigureKey::LambdaDurationArm, FigureKey::FargateVcpuArm, FigureKey::FargateGbArm)
            }
        }
    }

    /// The lines around `platform`'s compute at `rate` with `task_hours` of tasks, from its
    /// model's parts and units.
    pub fn around(
        &self,
        platform: Platform,
        model: &around::AroundModel,
        parts: &AroundParts,
        rate: f64,
        task_hours: f64,
    ) -> Vec<CostItem> {
        let s = self.scenario;
        let mut lines = Vec::new();
        let alb = |lines: &mut Vec<CostItem>, shared: bool| {
            if !shared {
                let hours = CostKind::AlbHours { hours: HOURS_PER_MONTH };
                lines.push(self.item(hours, parts.lb_hours, FigureKey::AlbHour));
            }
            let lcu = CostKind::AlbCapacity { lcu: model.lcu.units(rate) };
            lines.push(self.item(lcu, parts.lcu, FigureKey::AlbLcuHour));
        };
        match platform {
            Platform::Lambda => match s.lambda_ingress {
                LambdaIngress::None => {}
                LambdaIngress::Url => {
                    let region = s.region.clone();
                    lines.push(CostItem { kind: CostKind::FunctionUrl, usd: 0.0, region });
                }
                LambdaIngress::Http => {
                    lines.push(self.item(CostKind::HttpApi, parts.api, FigureKey::HttpApi));
                }
                LambdaIngress::Rest => {
                    lines.push(self.item(CostKind::RestApi, parts.api, FigureKey::RestApi));
                }
                LambdaIngress::Websocket => {
                    let messages = CostKind::WebSocketMessages { messages: model.api.units(rate) };
                    lines.push(self.item(messages, parts.api, FigureKey::WebsocketMessages));
                    let connection_minutes = s.open_connections * around::MINUTES_PER_MONTH;
                    let minutes = CostKind::WebSocketMinutes { connection_minutes };
                    lines.push(self.item(minutes, parts.ws_minutes, FigureKey::WebsocketMinutes));
                }
                LambdaIngress::Alb => alb(&mut lines, false),
            },
            Platform::Fargate => match s.fargate_ingress {
                FargateIngress::None => {}
                FargateIngress::Alb => alb(&mut lines, false),
                FargateIngress::SharedAlb => alb(&mut lines, true),
                FargateIngress::Http => {
                    lines.push(self.item(CostKind::HttpApi, parts.api, FigureKey::HttpApi));
                }
                FargateIngress::Rest => {
                    lines.push(self.item(CostKind::RestApi, parts.api, FigureKey::RestApi));
                    let hours = CostKind::NlbHours { hours: HOURS_PER_MONTH };
                    lines.push(self.item(hours, parts.lb_hours, FigureKey::NlbHour));
                    let nlcu = CostKind::NlbCapacity { nlcu: model.lcu.units(rate) };
                    lines.push(self.item(nlcu, parts.lcu, FigureKey::NlbNlcuHour));
                }
            },
        }
        let gb =
            |kb_per_request: f64| rate * SECONDS_PER_MONTH * kb_per_request / around::KB_PER_GB;
        if s.network == Network::Nat {
            let gateways = around::NAT_GATEWAYS;
            let hours = CostKind::NatHours { gateways, hours: HOURS_PER_MONTH };
            lines.push(self.item(hours, parts.nat_hours, FigureKey::NatGatewayHour));
            let data = CostKind::NatData { gb: gb(around::REQUEST_KB + s.response_size_kb) };
            lines.push(self.item(data, parts.nat_data, FigureKey::NatGatewayGb));
        } else if platform == Platform::Fargate {
            let address_hours = CostKind::PublicIpv4 { address_hours: task_hours };
            lines.push(self.item(address_hours, parts.ipv4, FigureKey::PublicIpv4Hour));
        }
        let platform_kb =
            if platform == Platform::Lambda { around::LAMBDA_PLATFORM_LOG_KB } else { 0.0 };
        let log_kb = s.log_size_kb + platform_kb;
        if log_kb > 0.0 {
            let logs = CostKind::Logs { gb: gb(log_kb), platform_kb };
            lines.push(self.item(logs, parts.logs, FigureKey::LogIngestionGb));
        }
        match s.volume {
            Volume::Ebs(gb) if platform == Platform::Fargate => {
                let ebs = CostKind::EbsVolume { gb, task_hours };
                lines.push(self.item(ebs, parts.ebs, FigureKey::EbsGp3GbMonth));
            }
            Volume::Efs(gb) => {
                let efs = CostKind::EfsVolume { gb };
                lines.push(self.item(efs, parts.efs, FigureKey::EfsStandardGbMonth));
            }
            Volume::None | Volume::Ebs(_) => {}
        }
        lines
    }
}

//! The prices of one region, one table per part of the bill: Lambda, Fargate, the ingress in
//! front of them, the network around them, their logs and their volumes.
//!
//! Every figure is a [`Rate`] or a tier list with its source and date; the engine reads the
//! compute tables today, the rest is there for the costs around the compute.

use serde::Deserialize;

use super::{Allowance, Rate, Tier};
use crate::engine::scenario::Arch;

/// All prices of one region.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct RegionPrices {
    /// The region's display name ("US East (N. Virginia)").
    pub name: String,
    pub lambda: LambdaPrices,
    pub fargate: FargatePrices,
    pub ingress: IngressPrices,
    pub network: NetworkPrices,
    pub logs: LogPrices,
    pub storage: StoragePrices,
}

/// Lambda's prices in one region.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct LambdaPrices {
    /// Per request (`x86_64` and `arm64` alike).
    pub requests: Rate,
    /// Per GB-second of ephemeral storage configured above the included 512 MB.
    pub ephemeral_storage_gb_second: Rate,
    /// Requests the free tier covers each month.
    pub free_requests: Allowance,
    /// GB-seconds the free tier covers each month.
    pub free_gb_seconds: Allowance,
    /// Duration tiers per GB-second, `x86_64`.
    pub duration_x86_64: Vec<Tier>,
    /// Duration tiers per GB-second, `arm64`.
    pub duration_arm64: Vec<Tier>,
    /// Provisioned concurrency: what is configured, and what runs on it.
    pub provisioned: ProvisionedPrices,
}

impl LambdaPrices {
    /// The duration tiers of one architecture.
    pub fn duration(&self, arch: Arch) -> &[Tier] {
        match arch {
            Arch::X86_64 => &self.duration_x86_64,
            Arch::Arm64 => &self.duration_arm64,
        }
    }
}

/// Lambda provisioned concurrency, per GB-second, per architecture.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct ProvisionedPrices {
    /// Per GB-second of concurrency configured, from enable to disable, `x86_64`.
    pub concurrency_x86_64: Rate,
    /// The same for `arm64`.
    pub concurrency_arm64: Rate,
    /// Per GB-second of duration that runs on provisioned environments, `x86_64`.
    pub duration_x86_64: Rate,
    /// The same for `arm64`.
    pub duration_arm64: Rate,
}

impl ProvisionedPrices {
    /// Dollars per GB-second configured and per GB-second run, for one architecture.
    pub fn rates(&self, arch: Arch) -> (&Rate, &Rate) {
        match arch {
            Arch::X86_64 => (&self.concurrency_x86_64, &self.duration_x86_64),
            Arch::Arm64 => (&self.concurrency_arm64, &self.duration_arm64),
        }
    }
}

/// Fargate's prices in one region (Linux).
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct FargatePrices {
    pub vcpu_hour_x86_64: Rate,
    pub gb_hour_x86_64: Rate,
    pub vcpu_hour_arm64: Rate,
    pub gb_hour_arm64: Rate,
    /// Per GB-hour of ephemeral storage above the included 20 GB.
    pub ephemeral_storage_gb_hour: Rate,
}

impl FargatePrices {
    /// Dollars per vCPU-hour and per GB-hour for one architecture.
    pub fn hourly(&self, arch: Arch) -> (f64, f64) {
        let (vcpu, memory) = self.rates(arch);
        (vcpu.usd, memory.usd)
    }

    /// The vCPU-hour and GB-hour rates for one architecture, with their sources.
    pub fn rates(&self, arch: Arch) -> (&Rate, &Rate) {
        match arch {
            Arch::X86_64 => (&self.vcpu_hour_x86_64, &self.gb_hour_x86_64),
            Arch::Arm64 => (&self.vcpu_hour_arm64, &self.gb_hour_arm64),
        }
    }
}

/// What it costs to put an endpoint in front of each platform.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct IngressPrices {
    /// API Gateway HTTP API, per request, tiered by monthly requests.
    pub http_api: Vec<Tier>,
    /// API Gateway REST API, per request, tiered by monthly requests.
    pub rest_api: Vec<Tier>,
    /// Application Load Balancer, per hour.
    pub alb_hour: Rate,
    /// Application Load Balancer, per LCU-hour.
    pub alb_lcu_hour: Rate,
    /// Network Load Balancer (REST API VPC links go through one), per hour.
    pub nlb_hour: Rate,
    /// Network Load Balancer, per NLCU-hour.
    pub nlb_nlcu_hour: Rate,
    /// API Gateway WebSocket API, per message, tiered by monthly messages.
    pub websocket_messages: Vec<Tier>,
    /// API Gateway WebSocket API, per connection-minute.
    pub websocket_connection_minutes: Rate,
}

/// The network around the compute.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct NetworkPrices {
    /// NAT gateway, per gateway-hour.
    pub nat_gateway_hour: Rate,
    /// NAT gateway, per GB processed.
    pub nat_gateway_gb: Rate,
    /// A public IPv4 address in use, per address-hour.
    pub public_ipv4_hour: Rate,
}

/// Logs.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct LogPrices {
    /// Amazon `CloudWatch` Logs ingestion (Standard class), per GB.
    pub ingestion_gb: Rate,
}

/// Persistent volumes.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct StoragePrices {
    /// EBS gp3, per GB-month provisioned (baseline IOPS and throughput included).
    pub ebs_gp3_gb_month: Rate,
    /// EFS Standard, per GB-month stored.
    pub efs_standard_gb_month: Rate,
}

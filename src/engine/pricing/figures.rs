//! Every figure of a region by name: one table ([`FigureKey::ALL`]) that `lvf regions` counts
//! stand-ins with, `lvf pricing diff` compares, the import fills and the TOML writer walks, so a
//! new rate is added in one place.

use super::region::RegionPrices;
use super::{Allowance, Rate, Tier};

/// One figure of a region, read-only.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Figure<'a> {
    Rate(&'a Rate),
    Tiers(&'a [Tier]),
    Allowance(&'a Allowance),
}

impl<'a> Figure<'a> {
    /// The region whose figure this is, when it is borrowed.
    pub fn stand_in(self) -> Option<&'a str> {
        match self {
            Figure::Rate(rate) => rate.stand_in.as_deref(),
            Figure::Tiers(tiers) => tiers.iter().find_map(|tier| tier.stand_in.as_deref()),
            Figure::Allowance(_) => None,
        }
    }

    /// The newest `as-of` date of the figure (tiers may have been seen on different days).
    pub fn as_of(self) -> &'a str {
        match self {
            Figure::Rate(rate) => &rate.as_of,
            Figure::Tiers(tiers) => {
                tiers.iter().map(|tier| tier.as_of.as_str()).max().unwrap_or("")
            }
            Figure::Allowance(allowance) => &allowance.as_of,
        }
    }
}

/// One figure of a region, for filling in.
#[derive(Debug)]
pub enum FigureMut<'a> {
    Rate(&'a mut Rate),
    Tiers(&'a mut Vec<Tier>),
    Allowance(&'a mut Allowance),
}

macro_rules! figures {
    ($($variant:ident => $key:literal, $kind:ident, $($field:ident).+;)+) => {
        /// The name of one figure of a region.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
        pub enum FigureKey {
            $($variant,)+
        }

        impl FigureKey {
            /// Every figure, in the order of pricing.toml.
            pub const ALL: &'static [FigureKey] = &[$(FigureKey::$variant,)+];

            /// The key path inside a region's table (`lambda.provisioned.concurrency-arm64`).
            pub fn path(self) -> &'static str {
                match self {
                    $(FigureKey::$variant => $key,)+
                }
            }
        }

        impl RegionPrices {
            /// One figure by name.
            pub fn figure(&self, key: FigureKey) -> Figure<'_> {
                match key {
                    $(FigureKey::$variant => Figure::$kind(&self.$($field).+),)+
                }
            }

            /// One figure by name, to replace.
            pub fn figure_mut(&mut self, key: FigureKey) -> FigureMut<'_> {
                match key {
                    $(FigureKey::$variant => FigureMut::$kind(&mut self.$($field).+),)+
                }
            }
        }
    };
}

figures! {
    LambdaRequests => "lambda.requests", Rate, lambda.requests;
    LambdaEphemeralStorage => "lambda.ephemeral-storage-gb-second", Rate, lambda.ephemeral_storage_gb_second;
    LambdaFreeRequests => "lambda.free-requests", Allowance, lambda.free_requests;
    LambdaFreeGbSeconds => "lambda.free-gb-seconds", Allowance, lambda.free_gb_seconds;
    LambdaDurationX86 => "lambda.duration-x86-64", Tiers, lambda.duration_x86_64;
    LambdaDurationArm => "lambda.duration-arm64", Tiers, lambda.duration_arm64;
    ProvisionedConcurrencyX86 => "lambda.provisioned.concurrency-x86-64", Rate, lambda.provisioned.concurrency_x86_64;
    ProvisionedConcurrencyArm => "lambda.provisioned.concurrency-arm64", Rate, lambda.provisioned.concurrency_arm64;
    ProvisionedDurationX86 => "lambda.provisioned.duration-x86-64", Rate, lambda.provisioned.duration_x86_64;
    ProvisionedDurationArm => "lambda.provisioned.duration-arm64", Rate, lambda.provisioned.duration_arm64;
    FargateVcpuX86 => "fargate.vcpu-hour-x86-64", Rate, fargate.vcpu_hour_x86_64;
    FargateGbX86 => "fargate.gb-hour-x86-64", Rate, fargate.gb_hour_x86_64;
    FargateVcpuArm => "fargate.vcpu-hour-arm64", Rate, fargate.vcpu_hour_arm64;
    FargateGbArm => "fargate.gb-hour-arm64", Rate, fargate.gb_hour_arm64;
    FargateStorage => "fargate.ephemeral-storage-gb-hour", Rate, fargate.ephemeral_storage_gb_hour;
    HttpApi => "ingress.http-api", Tiers, ingress.http_api;
    RestApi => "ingress.rest-api", Tiers, ingress.rest_api;
    AlbHour => "ingress.alb-hour", Rate, ingress.alb_hour;
    AlbLcuHour => "ingress.alb-lcu-hour", Rate, ingress.alb_lcu_hour;
    NlbHour => "ingress.nlb-hour", Rate, ingress.nlb_hour;
    NlbNlcuHour => "ingress.nlb-nlcu-hour", Rate, ingress.nlb_nlcu_hour;
    WebsocketMessages => "ingress.websocket-messages", Tiers, ingress.websocket_messages;
    WebsocketMinutes => "ingress.websocket-connection-minutes", Rate, ingress.websocket_connection_minutes;
    NatGatewayHour => "network.nat-gateway-hour", Rate, network.nat_gateway_hour;
    NatGatewayGb => "network.nat-gateway-gb", Rate, network.nat_gateway_gb;
    PublicIpv4Hour => "network.public-ipv4-hour", Rate, network.public_ipv4_hour;
    LogIngestionGb => "logs.ingestion-gb", Rate, logs.ingestion_gb;
    EbsGp3GbMonth => "storage.ebs-gp3-gb-month", Rate, storage.ebs_gp3_gb_month;
    EfsStandardGbMonth => "storage.efs-standard-gb-month", Rate, storage.efs_standard_gb_month;
}

impl FigureKey {
    /// The table the figure sits in (`lambda.provisioned`) and its own key (`concurrency-arm64`).
    pub fn split(self) -> (&'static str, &'static str) {
        self.path().rsplit_once('.').expect("every figure path has a table and a key")
    }
}

impl RegionPrices {
    /// How many of the region's figures are borrowed from another region.
    pub fn stand_in_count(&self) -> usize {
        FigureKey::ALL.iter().filter(|&&key| self.figure(key).stand_in().is_some()).count()
    }

    /// The newest `as-of` among the region's own (not borrowed) figures.
    pub fn newest_as_of(&self) -> &str {
        FigureKey::ALL
            .iter()
            .map(|&key| self.figure(key))
            .filter(|figure| figure.stand_in().is_none())
            .map(Figure::as_of)
            .max()
            .unwrap_or("")
    }
}

//! Which price-book figure an offer-file product is, matched the way AWS means it: by the exact
//! Lambda `group`, or by the usage-type suffix after the region prefix, never by building the
//! prefix (us-east-1 Lambda rows have none, eu-west-1 is `EU-`) and never by the unit (it varies).

use crate::engine::pricing::FigureKey;

/// The offer codes lvf reads, and what it reads from each.
pub const OFFERS: &[(&str, &str)] = &[
    ("AWSLambda", "requests, duration tiers, ephemeral storage, provisioned concurrency"),
    ("AmazonECS", "Fargate vCPU, memory and ephemeral storage (Linux x86_64 and arm64)"),
    ("AWSELB", "ALB and NLB hours and capacity units"),
    ("AmazonApiGateway", "HTTP, REST and WebSocket APIs"),
    ("AmazonCloudWatch", "log ingestion"),
    ("AmazonEC2", "NAT gateways, public IPv4 addresses, EBS gp3"),
    ("AmazonVPC", "NAT gateways, public IPv4 addresses"),
    ("AmazonEFS", "EFS Standard storage"),
];

/// The product attributes that decide the figure (CSV columns or JSON attributes).
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Product {
    pub service: String,
    pub family: String,
    pub region: String,
    pub location: String,
    /// "AWS Region"; Local Zones, Wavelength Zones and Outposts share the region code.
    pub location_type: String,
    pub group: String,
    pub usage_type: String,
}

/// Lambda groups, matched exactly: `AWS-Lambda-Duration` is a prefix of four other groups.
/// The `-ARM` request and storage groups cost the same as x86 and the book has one rate each.
const LAMBDA_GROUPS: &[(&str, FigureKey)] = &[
    ("AWS-Lambda-Requests", FigureKey::LambdaRequests),
    ("AWS-Lambda-Duration", FigureKey::LambdaDurationX86),
    ("AWS-Lambda-Duration-ARM", FigureKey::LambdaDurationArm),
    ("AWS-Lambda-Storage-Duration", FigureKey::LambdaEphemeralStorage),
    ("AWS-Lambda-Provisioned-Concurrency", FigureKey::ProvisionedConcurrencyX86),
    ("AWS-Lambda-Provisioned-Concurrency-ARM", FigureKey::ProvisionedConcurrencyArm),
    ("AWS-Lambda-Duration-Provisioned", FigureKey::ProvisionedDurationX86),
    ("AWS-Lambda-Duration-Provisioned-ARM", FigureKey::ProvisionedDurationArm),
];

/// Usage-type suffixes per offer (and product family, where the suffix alone is ambiguous).
const SUFFIXES: &[(&str, Option<&str>, &str, FigureKey)] = &[
    ("AmazonECS", Some("Compute"), "Fargate-vCPU-Hours:perCPU", FigureKey::FargateVcpuX86),
    ("AmazonECS", Some("Compute"), "Fargate-GB-Hours", FigureKey::FargateGbX86),
    ("AmazonECS", Some("Compute"), "Fargate-ARM-vCPU-Hours:perCPU", FigureKey::FargateVcpuArm),
    ("AmazonECS", Some("Compute"), "Fargate-ARM-GB-Hours", FigureKey::FargateGbArm),
    ("AmazonECS", Some("Compute"), "Fargate-EphemeralStorage-GB-Hours", FigureKey::FargateStorage),
    ("AWSELB", Some("Load Balancer-Application"), "LoadBalancerUsage", FigureKey::AlbHour),
    ("AWSELB", Some("Load Balancer-Application"), "LCUUsage", FigureKey::AlbLcuHour),
    ("AWSELB", Some("Load Balancer-Network"), "LoadBalancerUsage", FigureKey::NlbHour),
    ("AWSELB", Some("Load Balancer-Network"), "LCUUsage", FigureKey::NlbNlcuHour),
    ("AmazonApiGateway", None, "ApiGatewayHttpRequest", FigureKey::HttpApi),
    ("AmazonApiGateway", None, "ApiGatewayRequest", FigureKey::RestApi),
    ("AmazonApiGateway", None, "ApiGatewayMessage", FigureKey::WebsocketMessages),
    ("AmazonApiGateway", None, "ApiGatewayMinute", FigureKey::WebsocketMinutes),
    ("AmazonCloudWatch", None, "DataProcessing-Bytes", FigureKey::LogIngestionGb),
    ("AmazonEC2", None, "NatGateway-Hours", FigureKey::NatGatewayHour),
    ("AmazonEC2", None, "NatGateway-Bytes", FigureKey::NatGatewayGb),
    ("AmazonEC2", None, "PublicIPv4:InUseAddress", FigureKey::PublicIpv4Hour),
    ("AmazonEC2", None, "EBS:VolumeUsage.gp3", FigureKey::EbsGp3GbMonth),
    ("AmazonVPC", None, "NatGateway-Hours", FigureKey::NatGatewayHour),
    ("AmazonVPC", None, "NatGateway-Bytes", FigureKey::NatGatewayGb),
    ("AmazonVPC", None, "PublicIPv4:InUseAddress", FigureKey::PublicIpv4Hour),
    ("AmazonEFS", None, "TimedStorage-ByteHrs", FigureKey::EfsStandardGbMonth),
];

/// Whether `offer` is one lvf reads.
pub fn is_known_offer(offer: &str) -> bool {
    OFFERS.iter().any(|(code, _)| *code == offer)
}

/// The figure a product prices, or `None` for everything else (free tier, Lambda@Edge, Windows,
/// Lambda Managed Instances, ECS on EC2, other services' rows).
pub fn classify(product: &Product) -> Option<FigureKey> {
    // Free-tier rows share the paid rows' group but have no region: "Any", "".
    if product.region.is_empty() || product.location == "Any" {
        return None;
    }
    if !matches!(product.location_type.as_str(), "" | "AWS Region") {
        return None;
    }
    if product.service == "AWSLambda" {
        if product.family != "Serverless" {
            return None;
        }
        return LAMBDA_GROUPS
            .iter()
            .find(|(group, _)| *group == product.group)
            .map(|&(_, figure)| figure);
    }
    SUFFIXES
        .iter()
        .find(|(service, family, suffix, _)| {
            *service == product.service
                && family.is_none_or(|family| family == product.family)
                && has_suffix(&product.usage_type, suffix)
        })
        .map(|&(.., figure)| figure)
}

/// `EUW2-Fargate-GB-Hours` and `Fargate-GB-Hours` end in `Fargate-GB-Hours`;
/// `EUW2-Fargate-ARM-GB-Hours` and `EUW2-Fargate-Windows-GB-Hours` do not (the `-` keeps them off).
fn has_suffix(usage_type: &str, suffix: &str) -> bool {
    usage_type == suffix
        || usage_type.strip_suffix(suffix).is_some_and(|prefix| prefix.ends_with('-'))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn product(service: &str, family: &str, group: &str, usage_type: &str) -> Product {
        Product {
            service: service.to_string(),
            family: family.to_string(),
            region: "eu-west-2".to_string(),
            location: "EU (London)".to_string(),
            location_type: "AWS Region".to_string(),
            group: group.to_string(),
            usage_type: usage_type.to_string(),
        }
    }

    #[test]
    fn fargate_suffixes_keep_arm_windows_and_storage_apart() {
        let fargate = |usage| classify(&product("AmazonECS", "Compute", "", usage));
        assert_eq!(fargate("EUW2-Fargate-GB-Hours"), Some(FigureKey::FargateGbX86));
        assert_eq!(fargate("USE1-Fargate-GB-Hours"), Some(FigureKey::FargateGbX86));
        assert_eq!(fargate("EU-Fargate-ARM-GB-Hours"), Some(FigureKey::FargateGbArm));
        assert_eq!(fargate("EUW2-Fargate-Windows-GB-Hours"), None);
        assert_eq!(fargate("EUW2-ECS-EC2-GB-Hours"), None);
    }

    #[test]
    fn lambda_groups_match_exactly_and_free_tier_is_skipped() {
        let lambda = |group| classify(&product("AWSLambda", "Serverless", group, "x"));
        assert_eq!(lambda("AWS-Lambda-Duration"), Some(FigureKey::LambdaDurationX86));
        assert_eq!(lambda("AWS-Lambda-Duration-ARM"), Some(FigureKey::LambdaDurationArm));
        assert_eq!(lambda("AWS-Lambda-Edge-Duration"), None);
        assert_eq!(lambda(""), None);
        let mut free = product("AWSLambda", "Serverless", "AWS-Lambda-Duration", "Global-x");
        free.location = "Any".to_string();
        free.region = String::new();
        assert_eq!(classify(&free), None);
        let mut local = product("AWSLambda", "Serverless", "AWS-Lambda-Duration", "x");
        local.location_type = "AWS Local Zone".to_string();
        assert_eq!(classify(&local), None);
    }
}

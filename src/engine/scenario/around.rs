//! The choices around the compute: each platform's front door, the network the compute reaches
//! the internet through, and a persistent volume. `--ingress` names the usual pair of front
//! doors; [`Scenario::set_ingress`] sets both and [`Scenario::sync_ingress`] renames the pair when
//! one side changes.

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Serialize};

use super::{Ingress, Scenario};

/// What fronts Lambda.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum LambdaIngress {
    /// Invoked by events.
    None,
    /// A function URL (free).
    Url,
    /// API Gateway HTTP API.
    Http,
    /// API Gateway REST API.
    Rest,
    /// API Gateway WebSocket API: messages and connection-minutes.
    Websocket,
    /// An Application Load Balancer with the function as its target.
    Alb,
}

/// What fronts Fargate.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum FargateIngress {
    /// Nothing: a worker or jobs.
    None,
    /// Its own Application Load Balancer.
    Alb,
    /// A listener rule on an ALB that other services share: capacity units only, the hours are
    /// paid elsewhere.
    SharedAlb,
    /// API Gateway HTTP API through a VPC link (no charge for the link).
    Http,
    /// API Gateway REST API through a VPC link and a Network Load Balancer.
    Rest,
}

/// How the compute reaches the internet.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Network {
    /// Public subnets: every Fargate task has a public IPv4 address; Lambda stays outside a VPC.
    Public,
    /// Private subnets with a NAT gateway in each of two zones, on both platforms.
    Nat,
}

/// A persistent volume and its size in GB.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub enum Volume {
    None,
    /// An EBS gp3 volume per task (Fargate only).
    Ebs(f64),
    /// An EFS file system shared by every task or function.
    Efs(f64),
}

/// The largest volume, GB (EBS gp3's 16 TiB; an EFS beyond it is priced the same way).
pub const MAX_VOLUME_GB: f64 = 16_384.0;

words!(LambdaIngress {
    LambdaIngress::None => "none",
    LambdaIngress::Url => "url" | "function-url",
    LambdaIngress::Http => "http" | "http-api",
    LambdaIngress::Rest => "rest" | "rest-api",
    LambdaIngress::Websocket => "websocket" | "ws",
    LambdaIngress::Alb => "alb",
});
words!(FargateIngress {
    FargateIngress::None => "none",
    FargateIngress::Alb => "alb",
    FargateIngress::SharedAlb => "shared-alb",
    FargateIngress::Http => "http" | "http-api",
    FargateIngress::Rest => "rest" | "rest-api",
});
words!(Network { Network::Public => "public", Network::Nat => "nat" });

impl fmt::Display for Volume {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let size = |gb: f64| crate::engine::units::significant(gb, 6);
        match self {
            Volume::None => f.write_str("none"),
            Volume::Ebs(gb) => write!(f, "ebs:{}", size(*gb)),
            Volume::Efs(gb) => write!(f, "efs:{}", size(*gb)),
        }
    }
}

impl FromStr for Volume {
    type Err = ();
    /// `none`, `ebs:100` or `efs:20` (GB, 1 to 16,384; a `GB` unit may follow).
    fn from_str(text: &str) -> Result<Self, ()> {
        let text = text.trim().to_ascii_lowercase();
        if text == "none" {
            return Ok(Volume::None);
        }
        let (kind, size) = text.split_once(':').ok_or(())?;
        let size = size.trim();
        let size = size.strip_suffix("gb").unwrap_or(size).trim();
        let gb: f64 = size.parse().map_err(|_| ())?;
        if !(1.0..=MAX_VOLUME_GB).contains(&gb) {
            return Err(());
        }
        match kind.trim() {
            "ebs" => Ok(Volume::Ebs(gb)),
            "efs" => Ok(Volume::Efs(gb)),
            _ => Err(()),
        }
    }
}

impl From<Volume> for String {
    fn from(volume: Volume) -> String {
        volume.to_string()
    }
}

impl TryFrom<String> for Volume {
    type Error = String;
    fn try_from(text: String) -> Result<Self, String> {
        text.parse().map_err(|()| format!("{text:?} is not none, ebs:GB or efs:GB"))
    }
}

impl Ingress {
    /// The pair of front doors this name stands for (`None` for a custom pair).
    pub fn pair(self) -> Option<(LambdaIngress, FargateIngress)> {
        match self {
            Ingress::None => Some((LambdaIngress::None, FargateIngress::None)),
            Ingress::Url => Some((LambdaIngress::Url, FargateIngress::Alb)),
            Ingress::Http => Some((LambdaIngress::Http, FargateIngress::Alb)),
            Ingress::Rest => Some((LambdaIngress::Rest, FargateIngress::Alb)),
            Ingress::Custom => None,
        }
    }

    /// The name of a pair: one of the usual pairs, or `Custom`.
    pub fn of_pair(lambda: LambdaIngress, fargate: FargateIngress) -> Ingress {
        [Ingress::None, Ingress::Url, Ingress::Http, Ingress::Rest]
            .into_iter()
            .find(|name| name.pair() == Some((lambda, fargate)))
            .unwrap_or(Ingress::Custom)
    }
}

impl Scenario {
    /// Puts the usual pair `ingress` in front of both platforms (a custom pair changes nothing).
    pub fn set_ingress(&mut self, ingress: Ingress) {
        if let Some((lambda, fargate)) = ingress.pair() {
            self.lambda_ingress = lambda;
            self.fargate_ingress = fargate;
            self.ingress = ingress;
        }
    }

    /// This scenario with the usual pair `ingress` in front of both platforms.
    #[must_use]
    pub fn with_ingress(mut self, ingress: Ingress) -> Self {
        self.set_ingress(ingress);
        self
    }

    /// Renames the pair after one side changed.
    pub fn sync_ingress(&mut self) {
        self.ingress = Ingress::of_pair(self.lambda_ingress, self.fargate_ingress);
    }
}

impl LambdaIngress {
    /// Whether requests come through API Gateway (and its 29 s integration timeout).
    pub fn is_api_gateway(self) -> bool {
        matches!(self, LambdaIngress::Http | LambdaIngress::Rest | LambdaIngress::Websocket)
    }
}

impl FargateIngress {
    /// Whether requests come through API Gateway (and its 29 s integration timeout).
    pub fn is_api_gateway(self) -> bool {
        matches!(self, FargateIngress::Http | FargateIngress::Rest)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ingress_names_the_usual_pair_and_a_custom_one() {
        let mut scenario = Scenario::default().with_ingress(Ingress::Http);
        assert_eq!(scenario.lambda_ingress, LambdaIngress::Http);
        assert_eq!(scenario.fargate_ingress, FargateIngress::Alb);
        scenario.lambda_ingress = LambdaIngress::Alb;
        scenario.sync_ingress();
        assert_eq!(scenario.ingress, Ingress::Custom);
        scenario.set_ingress(Ingress::Custom);
        assert_eq!(scenario.lambda_ingress, LambdaIngress::Alb, "custom sets nothing");
        scenario.lambda_ingress = LambdaIngress::Url;
        scenario.sync_ingress();
        assert_eq!(scenario.ingress, Ingress::Url);
    }

    #[test]
    fn volumes_read_and_print_back() {
        for text in ["none", "ebs:100", "efs:20", "ebs:1", "efs:16384"] {
            let volume: Volume = text.parse().expect(text);
            assert_eq!(volume.to_string(), text);
        }
        assert_eq!("EBS:100GB".parse::<Volume>(), Ok(Volume::Ebs(100.0)));
        for bad in
            ["", "ebs", "ebs:", "ebs:0", "ebs:-1", "efs:NaN", "efs:inf", "s3:10", "ebs:99999"]
        {
            assert!(bad.parse::<Volume>().is_err(), "{bad}");
        }
    }
}

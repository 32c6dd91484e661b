//! How each platform runs the workload, in a phrase: "Lambda on demand", "Lambda with up to 3
//! provisioned environments, scheduled", "Fargate as a service of 2-5 tasks of 0.25 vCPU / 1 GB",
//! "Fargate as jobs, a 1 vCPU / 2 GB task each".

use super::platform_name;
use crate::engine::report::{Basis, Platform, PlatformReport, Report};
use crate::engine::scenario::format_task_size;
use crate::engine::units::format_count;

/// One platform's way of running it ("cannot run it" when blocked).
pub fn runs_with(platform: Platform, report: &PlatformReport) -> String {
    let name = platform_name(platform);
    if report.is_blocked() {
        return format!("{name} cannot run it");
    }
    match &report.basis {
        Basis::OnDemand(on_demand) => match on_demand.provisioned {
            Some(pc) if pc.scheduled => format!(
                "{name} with up to {} provisioned environments, scheduled hour by hour",
                format_count(pc.environments_peak)
            ),
            Some(pc) => format!(
                "{name} with {} provisioned environments all month",
                format_count(pc.environments_peak)
            ),
            None => format!("{name} on demand"),
        },
        Basis::Service(service) => {
            let size = service.task.map(format_task_size).unwrap_or_default();
            let tasks = super::task_range(service.fewest_tasks as f64, service.tasks as f64);
            format!("{name} as a service of {tasks} of {size}")
        }
        Basis::Jobs(jobs) => {
            format!("{name} as jobs, a {} task each", format_task_size(jobs.task))
        }
    }
}

/// Both platforms' ways, "Lambda on demand · Fargate as a service of 2-3 tasks of …".
pub fn options(report: &Report) -> String {
    report
        .platforms
        .iter()
        .map(|(platform, bill)| runs_with(platform, bill))
        .collect::<Vec<_>>()
        .join(" · ")
}

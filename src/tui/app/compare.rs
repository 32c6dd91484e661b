//! The pinned baseline (`c`) and the tornado of what moves the answer (`w`): state computed in
//! the update step, recomputed with the report, so the views only draw.

use crate::engine::compare::Comparison;
use crate::engine::report::Report;
use crate::engine::sensitivity::{Sensitivity, sensitivity};

use crate::wording::compare::{BASELINE, UNPINNED, pinned};

use super::{App, ChartView, Status, StatusKind, Tab};

fn info(text: &str) -> Status {
    Status { text: text.to_string(), kind: StatusKind::Info }
}

/// The scenario pinned as the baseline, and the current one against it.
#[derive(Debug, Clone, PartialEq)]
pub struct Baseline {
    /// What it is called on the status line: the preset's or file's name, else "baseline".
    pub name: String,
    pub report: Report,
    /// The current report against this one, recomputed on every change.
    pub comparison: Comparison,
}

impl App {
    /// The pinned baseline, if any.
    pub fn baseline(&self) -> Option<&Baseline> {
        self.baseline.as_ref()
    }

    /// The tornado while the chart panel shows it.
    pub fn tornado(&self) -> Option<&Sensitivity> {
        match &self.chart_view {
            ChartView::Tornado(table) => Some(table),
            ChartView::Curves | ChartView::Map(_) => None,
        }
    }

    /// Pins the current scenario as the baseline, or unpins it.
    pub(in crate::tui) fn toggle_pin(&mut self) {
        if self.baseline.take().is_some() {
            self.status = Some(info(UNPINNED));
            return;
        }
        let name = self
            .preset_label()
            .map(|(name, _)| name.to_string())
            .or_else(|| self.session.about.heading().map(ToString::to_string))
            .unwrap_or_else(|| BASELINE.to_string());
        let report = self.report.clone();
        let comparison = Comparison::of(&report, &report);
        self.status = Some(info(&pinned(&name)));
        self.baseline = Some(Baseline { name, report, comparison });
    }

    /// Switches the chart panel between the curves and the tornado, and shows its tab.
    pub(in crate::tui) fn toggle_tornado(&mut self) {
        self.chart_view = match self.chart_view {
            ChartView::Tornado(_) => ChartView::Curves,
            ChartView::Curves | ChartView::Map(_) => {
                ChartView::Tornado(sensitivity(self.scenario(), &self.book))
            }
        };
        self.tab = Tab::Chart;
    }

    /// Recomputes the comparison and the tornado after the report changed.
    pub(in crate::tui) fn refresh_compare(&mut self) {
        if let Some(baseline) = &mut self.baseline {
            baseline.comparison = Comparison::of(&baseline.report, &self.report);
        }
        if matches!(self.chart_view, ChartView::Tornado(_)) {
            self.chart_view = ChartView::Tornado(sensitivity(self.scenario(), &self.book));
        }
    }
}

//! The comparison with the pinned baseline (`c`), as lines for the verdict panel: the verdict's
//! change, each platform's bill against the baseline's, the break-even's shift and the fit marks
//! that changed. The facts are the engine's [`crate::engine::compare::Comparison`].

use ratatui::style::Modifier;
use ratatui::text::{Line, Span};

use crate::engine::platform::Platform;
use crate::wording::compare::{break_even_shift, cost_delta, fit_change, verdict_change};
use crate::wording::platform_name;

use super::super::app::Baseline;
use super::super::style::Styles;

/// The comparison's lines, most telling first.
pub fn lines(baseline: &Baseline, styles: &Styles) -> Vec<Line<'static>> {
    let comparison = &baseline.comparison;
    let verdict_style = if comparison.verdict.changed() {
        styles.marker_break_even.add_modifier(Modifier::BOLD)
    } else {
        styles.muted
    };
    let mut spans = vec![
        Span::styled(format!("vs {}: ", baseline.name), styles.title),
        Span::styled(verdict_change(&comparison.verdict), verdict_style),
    ];
    for platform in Platform::ALL {
        spans.push(Span::styled(" · ", styles.muted));
        spans.push(Span::styled(
            format!("{} {}", platform_name(platform), cost_delta(&comparison.costs[platform])),
            styles.platform(platform),
        ));
    }
    spans.push(Span::styled(" · break-even ", styles.muted));
    spans.push(Span::styled(break_even_shift(&comparison.break_even), styles.marker_break_even));
    let mut lines = vec![Line::from(spans)];
    lines.extend(comparison.fit.iter().map(|change| {
        Line::from(vec![
            Span::styled("Δ ", styles.marker_break_even),
            Span::raw(fit_change(change)),
        ])
    }));
    lines
}

//! The cost chart as a standalone SVG for slides (`lvf export --format svg`): both platforms'
//! monthly cost over the rate range, log on both axes, with axis labels, a legend, the current
//! rate and the break-even marked, and the range where the bills are within 10% shaded. Drawn with plotters' SVG backend; a pure function of the
//! report (the curves live in it), so the same report always gives the same file.

use plotters::prelude::*;

use crate::engine::report::{Platform, Report};
use crate::engine::units::format_rate;
use crate::wording::chart as words;

/// The picture's size in pixels: 16:9, a slide's shape.
const SIZE: (u32, u32) = (1280, 720);
/// The platforms' colours, Lambda first: an orange and a blue, which differ in lightness too, so
/// a grey print or a colour-blind reader still tells them apart (the legend names both).
const COLOURS: [RGBColor; 2] = [RGBColor(0xE0, 0x7B, 0x00), RGBColor(0x1F, 0x5F, 0xBF)];
const MARK: RGBColor = RGBColor(0x55, 0x55, 0x55);

/// The smallest cost the log axis shows: a free-tier month costs $0, which a log axis cannot
/// place, so such points sit on the axis floor.
const FLOOR_USD: f64 = 0.01;

/// The points of one platform's curve with positive costs clamped to the floor.
fn series(report: &Report, platform: Platform) -> Vec<(f64, f64)> {
    let costs = &report.curves.cost[platform];
    report.curves.rates.iter().zip(costs).map(|(&rate, &usd)| (rate, usd.max(FLOOR_USD))).collect()
}

/// The y range: the floor (or a bit under the cheapest point) to a bit over the dearest.
fn y_range(points: &[(f64, f64)]) -> (f64, f64) {
    let values = points.iter().map(|&(_, usd)| usd).filter(|usd| usd.is_finite());
    let (low, high) = values.fold((f64::INFINITY, 0.0_f64), |(lo, hi), v| (lo.min(v), hi.max(v)));
    if high <= 0.0 || !low.is_finite() {
        return (FLOOR_USD, 1.0);
    }
    let low = (low / 2.0).max(FLOOR_USD);
    (low, (high * 2.0).max(low * 10.0))
}

/// The SVG text of the chart; an error only if plotters fails to draw into its string.
pub fn chart_svg(report: &Report) -> Result<String, String> {
    let mut out = String::new();
    draw(report, &mut out).map_err(|error| error.to_string())?;
    Ok(out)
}

fn draw(report: &Report, out: &mut String) -> Result<(), Box<dyn std::error::Error>> {
    // A blocked platform keeps its legend entry, marked blocked, with no line.
    let curves: Vec<(Platform, Vec<(f64, f64)>)> =
        Platform::ALL.into_iter().map(|platform| (platform, series(report, platform))).collect();
    let all: Vec<(f64, f64)> = curves.iter().flat_map(|(_, points)| points.clone()).collect();
    let (y_low, y_high) = y_range(&all);
    let rates = &report.curves.rates;
    let (x_low, x_high) = match (rates.first(), rates.last()) {
        (Some(&low), Some(&high)) if low < high => (low, high),
        _ => (1.0 / 86_400.0, 10_000.0),
    };
    let root = SVGBackend::with_string(out, SIZE).into_drawing_area();
    root.fill(&WHITE)?;
    let mut chart = ChartBuilder::on(&root)
        .caption(words::title(report), ("sans-serif", 30))
        .margin(24)
        .x_label_area_size(60)
        .y_label_area_size(90)
        .build_cartesian_2d((x_low..x_high).log_scale(), (y_low..y_high).log_scale())?;
    chart
        .configure_mesh()
        .x_desc(words::X_AXIS)
        .y_desc(words::Y_AXIS)
        .x_label_formatter(&|rate| format_rate(*rate))
        .y_label_formatter(&|usd| words::usd_tick(*usd))
        .axis_desc_style(("sans-serif", 20))
        .label_style(("sans-serif", 16))
        .light_line_style(WHITE.mix(0.0))
        .draw()?;
    // Where the bills are within 10% of each other: a shaded band beneath the curves.
    for (index, band) in report.parity.iter().enumerate() {
        let (from, to) = (band.from_per_s.max(x_low), band.to_per_s.min(x_high));
        if from >= to {
            continue;
        }
        let shade = MARK.mix(0.15).filled();
        let drawn = chart
            .draw_series(std::iter::once(Rectangle::new([(from, y_low), (to, y_high)], shade)))?;
        if index == 0 {
            let label = crate::wording::parity::legend(&report.parity).unwrap_or_default();
            drawn.label(label).legend(move |(x, y)| {
                Rectangle::new([(x, y - 8), (x + 24, y + 8)], MARK.mix(0.15).filled())
            });
        }
    }
    for (platform, points) in curves {
        let blocked = points.is_empty();
        let colour = COLOURS[usize::from(platform == Platform::Fargate)];
        chart
            .draw_series(LineSeries::new(points, colour.stroke_width(3)))?
            .label(words::legend(platform, blocked))
            .legend(move |(x, y)| PathElement::new([(x, y), (x + 24, y)], colour.stroke_width(3)));
    }
    // The label's height as a share of the top decade: the two marks' labels never collide.
    let mut mark =
        |rate: f64, label: String, drop: f64| -> Result<(), Box<dyn std::error::Error>> {
            if !(x_low..=x_high).contains(&rate) {
                return Ok(());
            }
            chart.draw_series(std::iter::once(PathElement::new(
                [(rate, y_low), (rate, y_high)],
                MARK.stroke_width(1),
            )))?;
            chart.draw_series(std::iter::once(Text::new(
                label,
                (rate, y_high / drop),
                ("sans-serif", 18).into_font().color(&MARK),
            )))?;
            Ok(())
        };
    mark(report.scenario.rate_per_s, words::now(report.scenario.rate_per_s), 1.4)?;
    if let Some(rate) = report.break_even.rate_per_s {
        mark(rate, words::break_even(rate), 3.0)?;
    }
    chart
        .configure_series_labels()
        .position(SeriesLabelPosition::LowerRight)
        .background_style(WHITE.mix(0.9))
        .border_style(BLACK)
        .label_font(("sans-serif", 18))
        .draw()?;
    root.present()?;
    Ok(())
}

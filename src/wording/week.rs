//! The traffic week as a row of bars ("▁▂▅▇"), for the explorer's sparkline and the export.

/// Eight heights of a bar.
const BARS: [char; 8] = ['▁', '▂', '▃', '▄', '▅', '▆', '▇', '█'];

/// Hours each bar stands for so that `hours` fit in `width` columns: a divisor of a day (1, 2,
/// 3, 4, 6, 8, 12 or 24), so every day starts a bar and a business day reads as a business day.
/// `None` when not even a bar a day fits.
pub fn hours_per_bar(hours: usize, width: usize) -> Option<usize> {
    [1, 2, 3, 4, 6, 8, 12, 24].into_iter().find(|per| hours.div_ceil(*per) <= width)
}

/// One bar per `per_bar` hours, each the busiest of its hours, scaled to the busiest hour of
/// `scale` (the whole week, so that days compare); a blank for no requests at all.
pub fn bars(hourly: &[f64], per_bar: usize, scale: &[f64]) -> String {
    let busiest = scale.iter().copied().fold(0.0, f64::max);
    hourly
        .chunks(per_bar.max(1))
        .map(|hours| {
            let most = hours.iter().copied().fold(0.0, f64::max);
            if most <= 0.0 || busiest <= 0.0 {
                ' '
            } else {
                BARS[((most / busiest * 7.0).round() as usize).min(7)]
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bars_keep_whole_days_together() {
        assert_eq!(hours_per_bar(168, 168), Some(1));
        assert_eq!(hours_per_bar(168, 60), Some(3));
        assert_eq!(hours_per_bar(168, 26), Some(8));
        assert_eq!(hours_per_bar(168, 6), None);
        // Business hours, a bar every 8 hours: 00-08 idle, 08-16 busy, 16-24 the evening tail.
        let mut week = vec![0.0; 168];
        for day in 0..5 {
            for hour in 8..18 {
                week[day * 24 + hour] = 3.36;
            }
        }
        assert_eq!(bars(&week, 8, &week), " ██".repeat(5) + &" ".repeat(6));
        assert_eq!(bars(&[1.0, 2.0], 1, &[1.0, 2.0]), "▅█");
    }
}

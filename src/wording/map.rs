//! One sentence that says where each platform wins on a [`VerdictMap`], read off the grid:
//! "Lambda wins below about 18/s at 1 ms, 3.1/s at 120 ms and 0.011/s at 15 min; Fargate above;
//! past Lambda's 15 min limit only Fargate runs."

use crate::engine::map::{MapY, VerdictMap};
use crate::engine::report::Choice;
use crate::engine::units::{format_duration, format_memory_mb, format_rate};

/// A value on the map's y axis in its unit: "120 ms", "1 GB".
fn y_label(axis: MapY, value: f64) -> String {
    match axis {
        MapY::Runtime => format_duration(value),
        MapY::Memory => format_memory_mb(value),
    }
}

/// Lambda's limit on the map's y axis in words: "15 min", "10 GB".
pub fn limit(axis: MapY) -> String {
    y_label(axis, axis.lambda_limit())
}

/// The sentence for `map`; `at_y` is the scenario's own runtime or memory, whose row is one of
/// the rows the sentence quotes.
pub fn describe(map: &VerdictMap, at_y: f64) -> String {
    if map.width() == 0 || map.height() == 0 {
        return "The map is empty.".to_string();
    }
    let axis = map.y_axis();
    let label = |value: f64| y_label(axis, value);
    let wall = map.wall_row().unwrap_or(map.height());
    let inside = &map.cells[..wall];
    let total = inside.len() * map.width();
    let count = |choice: Choice| inside.iter().flatten().filter(|cell| **cell == choice).count();
    let share = |cells: usize| {
        let percent = (cells as f64 * 100.0 / total.max(1) as f64).round().max(1.0);
        format!("{percent}% of the map")
    };
    let mut parts = Vec::new();
    // Per row, where Lambda's region ends (one past its last cell), when the region is anchored
    // on the left: it starts at the lowest rate and fills most of the cells up to its end (a
    // Fargate staircase can leave a ragged band along the frontier).
    let prefixes: Vec<Option<usize>> = inside
        .iter()
        .map(|row| {
            let end = row.iter().rposition(|cell| *cell == Choice::Lambda).map_or(0, |at| at + 1);
            let lambda = row[..end].iter().filter(|cell| **cell == Choice::Lambda).count();
            let anchored = end == 0 || (row[0] == Choice::Lambda && lambda * 4 >= end * 3);
            anchored.then_some(end)
        })
        .collect();
    let lambda = count(Choice::Lambda);
    let fargate = count(Choice::Fargate);
    let below = prefixes.iter().all(Option::is_some);
    if lambda == 0 {
        parts.push("Lambda wins nowhere on this map".to_string());
        if fargate > 0 {
            parts.push(format!("Fargate wins on {}", share(fargate)));
        }
    } else if below {
        let rows: Vec<usize> =
            (0..prefixes.len()).filter(|&row| prefixes[row].is_some_and(|lead| lead > 0)).collect();
        let (_, current) = map.cell_of(map.x[0], at_y);
        let mut quoted = vec![rows[0], rows[rows.len() - 1]];
        if rows.contains(&current) {
            quoted.push(current);
        }
        quoted.sort_unstable();
        quoted.dedup();
        let items: Vec<String> = quoted
            .iter()
            .map(|&row| {
                let lead = prefixes[row].unwrap_or(0);
                let edge = if lead >= map.width() {
                    map.x[map.width() - 1]
                } else {
                    (map.x[lead - 1] * map.x[lead]).sqrt()
                };
                format!("{} at {}", format_rate(edge), label(map.y[row]))
            })
            .collect();
        parts.push(format!("Lambda wins below about {}", join(&items)));
        if fargate > 0 {
            parts.push("Fargate above".to_string());
        }
    } else {
        parts.push(format!("Lambda wins on {}", share(lambda)));
        if fargate > 0 {
            parts.push(format!("Fargate on {}", share(fargate)));
        }
    }
    let either = count(Choice::Either);
    if either > 0 {
        parts.push(format!(
            "either (within 10%, or under the materiality line) on {}",
            share(either)
        ));
    }
    let neither = count(Choice::Neither);
    if neither > 0 {
        parts.push(format!("neither fits on {}", share(neither)));
    }
    if wall < map.height() {
        let limit = limit(axis);
        let past = &map.cells[wall..];
        let only = |choice: Choice| past.iter().flatten().all(|cell| *cell == choice);
        parts.push(if only(Choice::Fargate) {
            format!("past Lambda's {limit} limit only Fargate runs")
        } else if only(Choice::Neither) {
            format!("past Lambda's {limit} limit neither fits")
        } else {
            format!("past Lambda's {limit} limit only Fargate runs, where it fits")
        });
    }
    let mut sentence = parts.join("; ");
    sentence.push('.');
    sentence
}

/// "a", "a and b", "a, b and c".
fn join(items: &[String]) -> String {
    match items {
        [] => String::new(),
        [one] => one.clone(),
        [rest @ .., last] => format!("{} and {last}", rest.join(", ")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::map::verdict_map;
    use crate::engine::pricing::PriceBook;
    use crate::engine::scenario::{Scenario, State};

    fn book() -> PriceBook {
        PriceBook::builtin()
    }

    #[test]
    fn the_limits_read_from_the_constants() {
        assert_eq!(limit(MapY::Runtime), "15 min");
        assert_eq!(limit(MapY::Memory), "10 GB");
    }

    #[test]
    fn the_default_map_reads_as_a_frontier_and_a_wall() {
        let scenario = Scenario { materiality_usd: 0.0, ..Scenario::default() };
        let map = verdict_map(&scenario, &book(), MapY::Runtime, 48, 24);
        let text = describe(&map, scenario.runtime_s);
        assert!(text.starts_with("Lambda wins below about "), "{text}");
        assert!(text.contains("; Fargate above"), "{text}");
        assert!(text.ends_with("past Lambda's 15 min limit only Fargate runs."), "{text}");
        // The scenario's own runtime row is quoted.
        let (_, row) = map.cell_of(map.x[0], scenario.runtime_s);
        assert!(text.contains(&format!("at {}", format_duration(map.y[row]))), "{text}");
    }

    #[test]
    fn persistent_state_leaves_lambda_nowhere() {
        let scenario = Scenario { state: State::Persistent, ..Scenario::default() };
        let map = verdict_map(&scenario, &book(), MapY::Memory, 20, 10);
        let text = describe(&map, scenario.memory_mb);
        assert!(
            text.starts_with("Lambda wins nowhere on this map; Fargate wins on 100% of the map"),
            "{text}"
        );
        assert!(text.contains("past Lambda's 10 GB limit only Fargate runs."), "{text}");
    }

    #[test]
    fn a_ragged_frontier_still_reads_as_one() {
        // A CPU-bound service of one request per task (the background worker's, capped at one)
        // is a coarse staircase that leaves Lambda and Fargate interleaved along the frontier; the
        // sentence still names where Lambda stops.
        let preset = crate::engine::presets::find("background-worker").expect("a preset");
        let scenario =
            Scenario { requests_per_task: Some(1.0), cpu_share: 1.0, peak: 1.0, ..preset.scenario };
        let map = verdict_map(&scenario, &book(), MapY::Runtime, 64, 16);
        let ragged = map.cells.iter().any(|row| {
            let lead = row.iter().take_while(|cell| **cell == Choice::Lambda).count();
            row[lead..].contains(&Choice::Lambda)
        });
        assert!(ragged, "the case this test is for");
        let text = describe(&map, scenario.runtime_s);
        assert!(text.starts_with("Lambda wins below about "), "{text}");
    }

    #[test]
    fn join_reads_as_a_list() {
        let items = |n: usize| (1..=n).map(|i| i.to_string()).collect::<Vec<_>>();
        assert_eq!(join(&items(1)), "1");
        assert_eq!(join(&items(2)), "1 and 2");
        assert_eq!(join(&items(3)), "1, 2 and 3");
    }
}

//! `lvf pricing diff OLD NEW`: every figure that differs between two books (rate, old, new,
//! change in percent), regions added and removed, and stand-ins that appeared or went away, for
//! a team to review a price refresh in a pull request.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;

use serde_json::json;

use crate::engine::pricing::{Figure, FigureKey, PriceBook, RegionPrices};

/// One changed number.
struct Change {
    rate: String,
    old: Option<f64>,
    new: Option<f64>,
    note: String,
}

/// The comparison, as a table or one JSON object.
pub fn run(old: &PriceBook, new: &PriceBook, json: bool) -> String {
    let changes = changes(old, new);
    if json {
        let rows: Vec<_> = changes
            .iter()
            .map(|change| {
                json!({
                    "rate": change.rate,
                    "old": change.old,
                    "new": change.new,
                    "percent": percent(change.old, change.new),
                    "note": change.note,
                })
            })
            .collect();
        return format!("{}\n", json!({ "changes": rows }));
    }
    if changes.is_empty() {
        return "no rate changed\n".to_string();
    }
    let width = changes.iter().map(|change| change.rate.len()).max().unwrap_or(0).max(4);
    let mut out = format!("{:<width$}  {:>14}  {:>14}  {:>9}\n", "RATE", "OLD", "NEW", "CHANGE");
    for change in &changes {
        let number = |value: Option<f64>| value.map_or("-".to_string(), |value| value.to_string());
        let change_text = percent(change.old, change.new)
            .map_or_else(|| "-".to_string(), |percent| format!("{percent:+.2}%"));
        let _ = write!(
            out,
            "{:<width$}  {:>14}  {:>14}  {change_text:>9}",
            change.rate,
            number(change.old),
            number(change.new)
        );
        if !change.note.is_empty() {
            let _ = write!(out, "  {}", change.note);
        }
        out.push('\n');
    }
    let _ = writeln!(out, "{} changes", changes.len());
    out
}

fn percent(old: Option<f64>, new: Option<f64>) -> Option<f64> {
    match (old, new) {
        (Some(old), Some(new)) if old != 0.0 => Some((new - old) / old * 100.0),
        _ => None,
    }
}

fn changes(old: &PriceBook, new: &PriceBook) -> Vec<Change> {
    let mut changes = Vec::new();
    let keys: BTreeSet<&String> = old.regions.keys().chain(new.regions.keys()).collect();
    for key in keys {
        match (old.regions.get(key), new.regions.get(key)) {
            (Some(_), None) => changes.push(note(key, "region removed")),
            (None, Some(_)) => changes.push(note(key, "region added")),
            (Some(before), Some(after)) => region(&mut changes, key, before, after),
            (None, None) => {}
        }
    }
    if (old.book.spot_discount.value - new.book.spot_discount.value).abs() > 0.0 {
        changes.push(Change {
            rate: "book.spot-discount".to_string(),
            old: Some(old.book.spot_discount.value),
            new: Some(new.book.spot_discount.value),
            note: String::new(),
        });
    }
    changes
}

fn note(rate: &str, note: &str) -> Change {
    Change { rate: rate.to_string(), old: None, new: None, note: note.to_string() }
}

fn region(changes: &mut Vec<Change>, key: &str, before: &RegionPrices, after: &RegionPrices) {
    for &figure in FigureKey::ALL {
        let name = format!("{key} {}", figure.path());
        let (old, new) = (numbers(before.figure(figure)), numbers(after.figure(figure)));
        let labels: BTreeSet<&String> = old.keys().chain(new.keys()).collect();
        for label in labels {
            let (old, new) = (old.get(label).copied().flatten(), new.get(label).copied().flatten());
            if old != new {
                changes.push(Change {
                    rate: format!("{name}{label}"),
                    old,
                    new,
                    note: String::new(),
                });
            }
        }
        let (old_in, new_in) = (before.figure(figure).stand_in(), after.figure(figure).stand_in());
        if old_in != new_in {
            let note = match (old_in, new_in) {
                (Some(lender), None) => format!("was {lender}'s rate, now the region's own"),
                (None, Some(lender)) => format!("now {lender}'s rate (stand-in)"),
                (Some(a), Some(b)) => format!("stand-in {a} -> {b}"),
                (None, None) => String::new(),
            };
            changes.push(Change { rate: name, old: None, new: None, note });
        }
    }
}

/// The numbers of a figure by label: the price (""), or each tier's price ("[0]") and bound
/// ("[0].up-to"), or an allowance's amount.
fn numbers(figure: Figure<'_>) -> BTreeMap<String, Option<f64>> {
    match figure {
        Figure::Rate(rate) => BTreeMap::from([(String::new(), Some(rate.usd))]),
        Figure::Tiers(tiers) => tiers
            .iter()
            .enumerate()
            .flat_map(|(index, tier)| {
                [(format!("[{index}]"), Some(tier.usd)), (format!("[{index}].up-to"), tier.up_to)]
            })
            .collect(),
        Figure::Allowance(allowance) => BTreeMap::from([(String::new(), Some(allowance.amount))]),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_book_against_itself_has_no_changes() {
        let book = PriceBook::builtin();
        assert_eq!(run(&book, &book, false), "no rate changed\n");
    }

    #[test]
    fn a_changed_rate_shows_old_new_and_percent() {
        let old = PriceBook::builtin();
        let mut new = old.clone();
        let region = new.regions.get_mut("eu-west-2").expect("eu-west-2");
        region.lambda.requests.usd = 0.000_000_21;
        new.regions.remove("us-west-1");
        let text = run(&old, &new, false);
        assert!(text.contains("eu-west-2 lambda.requests"), "{text}");
        assert!(text.contains("+5.00%"), "{text}");
        assert!(text.contains("us-west-1") && text.contains("region removed"), "{text}");
        let json: serde_json::Value = serde_json::from_str(&run(&old, &new, true)).expect("JSON");
        assert_eq!(json["changes"].as_array().map(Vec::len), Some(2), "{json}");
    }
}

//! A price book written back as TOML in the layout of pricing.toml (one inline table per rate),
//! so that `lvf pricing import` writes a file a person can review and [`PriceBook::parse`] reads.
//!
//! Comments are not part of [`PriceBook`]; the caller passes the ones to write ([`Annotations`]),
//! such as which rates were kept from the previous book.

use std::collections::BTreeMap;
use std::fmt::Write as _;

use super::{Allowance, Figure, FigureKey, PriceBook, Rate, Tier};

/// Comments written into the file: lines at the top and one note above any figure.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Annotations {
    pub header: Vec<String>,
    pub notes: BTreeMap<(String, FigureKey), String>,
}

/// The book as TOML text.
pub fn to_toml(book: &PriceBook, annotations: &Annotations) -> String {
    let mut out = String::new();
    for line in &annotations.header {
        let _ = writeln!(out, "# {line}");
    }
    if !annotations.header.is_empty() {
        out.push('\n');
    }
    let info = &book.book;
    let spot = &info.spot_discount;
    let _ = writeln!(
        out,
        "[book]\nas-of = {}\ncurrency = {}",
        quote(&info.as_of),
        quote(&info.currency)
    );
    let _ = writeln!(
        out,
        "spot-discount = {{ value = {}, source = {}, as-of = {} }}\n",
        spot.value,
        quote(&spot.source),
        quote(&spot.as_of)
    );
    let sizes = &book.fargate_task_sizes;
    let _ = writeln!(
        out,
        "[fargate-task-sizes]\nsource = {}\nas-of = {}\nsizes = [",
        quote(&sizes.source),
        quote(&sizes.as_of)
    );
    for row in &sizes.sizes {
        let memory: Vec<String> = row.memory_gb.iter().map(ToString::to_string).collect();
        let _ = writeln!(out, "  {{ vcpu = {}, memory-gb = [{}] }},", row.vcpu, memory.join(", "));
    }
    out.push_str("]\n");
    for (key, region) in &book.regions {
        let _ = writeln!(out, "\n[regions.{key}]\nname = {}", quote(&region.name));
        let mut table = "";
        for &figure in FigureKey::ALL {
            let (figure_table, name) = figure.split();
            if figure_table != table {
                table = figure_table;
                let _ = writeln!(out, "\n[regions.{key}.{table}]");
            }
            if let Some(note) = annotations.notes.get(&(key.clone(), figure)) {
                for line in note.lines() {
                    let _ = writeln!(out, "# {line}");
                }
            }
            match region.figure(figure) {
                Figure::Rate(rate) => {
                    let _ = writeln!(out, "{name} = {}", inline_rate(rate));
                }
                Figure::Allowance(allowance) => {
                    let _ = writeln!(out, "{name} = {}", inline_allowance(allowance));
                }
                Figure::Tiers(tiers) => {
                    let _ = writeln!(out, "{name} = [");
                    for tier in tiers {
                        let _ = writeln!(out, "  {},", inline_tier(tier));
                    }
                    out.push_str("]\n");
                }
            }
        }
    }
    out
}

fn inline_rate(rate: &Rate) -> String {
    let stand_in = stand_in(rate.stand_in.as_deref());
    format!(
        "{{ usd = {}, source = {}, as-of = {}{stand_in} }}",
        rate.usd,
        quote(&rate.source),
        quote(&rate.as_of)
    )
}

fn inline_allowance(allowance: &Allowance) -> String {
    format!(
        "{{ amount = {}, source = {}, as-of = {} }}",
        allowance.amount,
        quote(&allowance.source),
        quote(&allowance.as_of)
    )
}

fn inline_tier(tier: &Tier) -> String {
    let up_to = tier.up_to.map(|bound| format!("up-to = {bound}, ")).unwrap_or_default();
    let stand_in = stand_in(tier.stand_in.as_deref());
    format!(
        "{{ {up_to}usd = {}, source = {}, as-of = {}{stand_in} }}",
        tier.usd,
        quote(&tier.source),
        quote(&tier.as_of)
    )
}

fn stand_in(region: Option<&str>) -> String {
    region.map(|region| format!(", stand-in = {}", quote(region))).unwrap_or_default()
}

/// A TOML basic string.
fn quote(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 2);
    out.push('"');
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\t' => out.push_str("\\t"),
            c if c.is_control() => {
                let _ = write!(out, "\\u{:04X}", u32::from(c));
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_built_in_book_survives_a_round_trip() {
        let book = PriceBook::builtin();
        let text = to_toml(&book, &Annotations::default());
        let again = PriceBook::parse(&text).expect("the written book parses");
        assert_eq!(again, book);
    }

    #[test]
    fn strings_are_escaped() {
        assert_eq!(quote("a \"b\" \\ c\n"), "\"a \\\"b\\\" \\\\ c\\n\"");
    }
}

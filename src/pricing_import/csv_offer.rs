//! The CSV offer file: about five metadata rows (`FormatVersion`, `Disclaimer`, `Publication
//! Date`, `Version`, `OfferCode`), then the header row, which starts with `SKU`, then one row per
//! price dimension. Rows are read one at a time into one reused record; only matched products are
//! kept.

use std::collections::HashMap;
use std::io::Read;

use super::json::check_offer_code;
use super::meter::{self, Product};
use super::offer::{Dimension, Matched, Offer, parse_bound, parse_number};

/// Rows allowed before the header: AWS writes five; edited copies add a `sep=,` line or so.
const MAX_PREAMBLE_ROWS: usize = 20;

/// Reads a whole CSV offer file. The error is a sentence saying what was expected.
pub fn read(reader: impl Read) -> Result<Offer, String> {
    let mut csv = csv::ReaderBuilder::new().has_headers(false).flexible(true).from_reader(reader);
    let mut record = csv::StringRecord::new();
    let mut offer = Offer::default();
    let mut header: Option<HashMap<String, usize>> = None;
    let mut preamble = 0;
    while header.is_none() {
        if !csv.read_record(&mut record).map_err(|error| csv_error(&error))? {
            return Err("it has no header row: expected an AWS Price List offer file, whose \
                        sixth row starts with \"SKU\""
                .to_string());
        }
        let first = record.get(0).unwrap_or_default().trim_start_matches('\u{feff}');
        let value = record.get(1).unwrap_or_default().to_string();
        match first {
            "SKU" => {
                header = Some(
                    record
                        .iter()
                        .enumerate()
                        .map(|(index, name)| (name.to_string(), index))
                        .collect(),
                );
            }
            "OfferCode" => offer.info.code = value,
            "Version" => offer.info.version = value,
            "Publication Date" => offer.info.published = value,
            _ => {}
        }
        preamble += 1;
        if preamble > MAX_PREAMBLE_ROWS {
            return Err(format!(
                "no header row in its first {MAX_PREAMBLE_ROWS} rows: expected an AWS Price List \
                 offer file, whose sixth row starts with \"SKU\""
            ));
        }
    }
    if offer.info.code.is_empty() {
        return Err("it has no OfferCode row: expected an AWS Price List offer file, whose first \
                    five rows name the format, disclaimer, publication date, version and offer"
            .to_string());
    }
    check_offer_code(&offer.info.code)?;
    let columns = Columns::new(&header.unwrap_or_default());
    while csv.read_record(&mut record).map_err(|error| csv_error(&error))? {
        row(&mut offer, &columns, &record)?;
    }
    Ok(offer)
}

/// Column positions of the fields lvf reads.
struct Columns {
    sku: Option<usize>,
    term_type: Option<usize>,
    begin: Option<usize>,
    end: Option<usize>,
    price: Option<usize>,
    currency: Option<usize>,
    family: Option<usize>,
    service: Option<usize>,
    location: Option<usize>,
    location_type: Option<usize>,
    group: Option<usize>,
    usage_type: Option<usize>,
    region: Option<usize>,
}

impl Columns {
    fn new(header: &HashMap<String, usize>) -> Self {
        let at = |name: &str| header.get(name).copied();
        Columns {
            sku: at("SKU"),
            term_type: at("TermType"),
            begin: at("StartingRange"),
            end: at("EndingRange"),
            price: at("PricePerUnit"),
            currency: at("Currency"),
            family: at("Product Family"),
            service: at("serviceCode"),
            location: at("Location"),
            location_type: at("Location Type"),
            group: at("Group"),
            usage_type: at("usageType"),
            region: at("Region Code"),
        }
    }
}

fn row(offer: &mut Offer, columns: &Columns, record: &csv::StringRecord) -> Result<(), String> {
    let get =
        |column: Option<usize>| column.and_then(|index| record.get(index)).unwrap_or_default();
    if get(columns.term_type) != "OnDemand" || !matches!(get(columns.currency), "USD" | "") {
        return Ok(());
    }
    let service = match get(columns.service) {
        "" => offer.info.code.clone(),
        service => service.to_string(),
    };
    let product = Product {
        service,
        family: get(columns.family).to_string(),
        region: get(columns.region).to_string(),
        location: get(columns.location).to_string(),
        location_type: get(columns.location_type).to_string(),
        group: get(columns.group).to_string(),
        usage_type: get(columns.usage_type).to_string(),
    };
    let Some(figure) = meter::classify(&product) else {
        return Ok(());
    };
    let sku = get(columns.sku);
    let line = record.position().map_or(0, csv::Position::line);
    let at = |what: &str, error: String| format!("line {line} (SKU {sku}), {what}: {error}");
    let dimension = Dimension {
        begin: parse_number(match get(columns.begin) {
            "" => "0",
            begin => begin,
        })
        .map_err(|error| at("StartingRange", error))?,
        end: parse_bound(match get(columns.end) {
            "" => "Inf",
            end => end,
        })
        .map_err(|error| at("EndingRange", error))?,
        usd: parse_number(get(columns.price)).map_err(|error| at("PricePerUnit", error))?,
    };
    offer
        .products
        .entry(sku.to_string())
        .or_insert_with(|| Matched {
            figure,
            region: product.region.clone(),
            location: product.location.clone(),
            dimensions: Vec::new(),
        })
        .dimensions
        .push(dimension);
    Ok(())
}

fn csv_error(error: &csv::Error) -> String {
    let line =
        error.position().map_or(String::new(), |position| format!(" at line {}", position.line()));
    match error.kind() {
        csv::ErrorKind::Utf8 { .. } => {
            format!(
                "it is not UTF-8 text{line}: expected an AWS Price List offer file (JSON or CSV)"
            )
        }
        _ => format!("it cannot be read as CSV{line}: {error}"),
    }
}

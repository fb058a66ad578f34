//! The tables of an export: CSV with flattened columns (a row per report where a column goes
//! through the reports), the columns of the events and places CSV, and ACLED's CSV.

use std::io::{self, Write};

use serde_json::{Value, json};

/// CSV with the given columns; nested values are flattened ("place.name", "time.start")
/// and lists joined with "; ". A column through a list of objects ("mentions.sentence") gives
/// a row per item of that list (one row with those cells empty when it is empty), the
/// record's other columns repeated, so that each row's cells of that list belong together.
pub(super) fn csv(
    records: impl Iterator<Item = Value>,
    columns: &[&str],
    out: &mut dyn Write,
) -> io::Result<()> {
    writeln!(out, "{}", columns.join(","))?;
    for record in records {
        csv_rows(&record, columns, out)?;
    }
    Ok(())
}

/// The rows of one record (see [`csv`]).
fn csv_rows(record: &Value, columns: &[&str], out: &mut dyn Write) -> io::Result<()> {
    let list = columns.iter().find_map(|column| {
        let (head, _) = column.split_once('.')?;
        Some((head, record[head].as_array()?))
    });
    let items: Vec<Option<&Value>> = match list {
        Some((_, items)) if !items.is_empty() => items.iter().map(Some).collect(),
        _ => vec![None],
    };
    for item in items {
        let cells: Vec<String> = columns
            .iter()
            .map(|column| {
                let (holder, path) = match (list, item) {
                    (Some((head, _)), Some(item)) => {
                        match column.strip_prefix(head).and_then(|c| c.strip_prefix('.')) {
                            Some(rest) => (item, rest),
                            None => (record, *column),
                        }
                    }
                    (Some((head, _)), None) if column.starts_with(&format!("{head}.")) => {
                        (&Value::Null, "")
                    }
                    _ => (record, *column),
                };
                let value = path
                    .split('.')
                    .filter(|key| !key.is_empty())
                    .fold(holder, |v, key| &v[key]);
                csv_cell(value)
            })
            .collect();
        writeln!(out, "{}", cells.join(","))?;
    }
    Ok(())
}

fn csv_cell(value: &Value) -> String {
    let text = match value {
        Value::Null => return String::new(),
        Value::String(s) => s.clone(),
        Value::Array(items) => items
            .iter()
            .map(|i| match i {
                Value::String(s) => s.clone(),
                Value::Object(o) => o
                    .values()
                    .map(|v| v.to_string().trim_matches('"').to_string())
                    .collect::<Vec<_>>()
                    .join(" "),
                other => other.to_string(),
            })
            .collect::<Vec<_>>()
            .join("; "),
        other => other.to_string(),
    };
    if text.contains([',', '"', '\n']) {
        format!("\"{}\"", text.replace('"', "\"\""))
    } else {
        text
    }
}

/// Columns of the events CSV: the event, then its provenance (a row per report: the article's
/// key, outlet and URL, the quoted sentence and the place's spelling in it).
pub const EVENT_COLUMNS: &[&str] = &[
    "id",
    "event_type",
    "sub_event_type",
    "kind",
    "place.name",
    "place.lat",
    "place.lon",
    "place.precision",
    "time.start",
    "time.end",
    "time.precision",
    "actors",
    "numbers",
    "fatalities",
    "injured",
    "unconfirmed",
    "confidence",
    "sources",
    "mentions.article",
    "mentions.outlet",
    "mentions.url",
    "mentions.sentence",
    "mentions.place_text",
];

/// ACLED's columns, in the order `--format acled` writes them.
pub const ACLED_COLUMNS: &[&str] = &[
    "event_id_cnty",
    "event_date",
    "time_precision",
    "event_type",
    "sub_event_type",
    "actor1",
    "actor2",
    "country",
    "admin1",
    "admin2",
    "location",
    "latitude",
    "longitude",
    "geo_precision",
    "source",
    "notes",
    "fatalities",
];

/// Event records (see [`event_records`]) as ACLED's CSV: its column names, its codes for time
/// precision (1 day, 2 week, 3 month or vaguer) and geo precision (1 town or site, 2 district
/// or a place near a town, 3 province or wider), fatalities 0 where none are reported, the
/// outlets as the source and the first sentence as the notes.
pub(super) fn acled(records: impl Iterator<Item = Value>, out: &mut dyn Write) -> io::Result<()> {
    writeln!(out, "{}", ACLED_COLUMNS.join(","))?;
    for record in records {
        csv_rows(&acled_row(&record), ACLED_COLUMNS, out)?;
    }
    Ok(())
}

/// One event record as a row of ACLED's columns.
fn acled_row(r: &Value) -> Value {
    let time_precision = match r["time"]["precision"].as_str() {
        Some("day") => 1,
        Some("week") => 2,
        _ => 3,
    };
    let geo_precision = match r["place"]["precision"].as_str() {
        Some("site" | "town") => 1,
        Some("district") => 2,
        _ => 3,
    };
    let actors = r["actors"].as_array();
    let actor = |i: usize| {
        actors
            .and_then(|a| a.get(i))
            .cloned()
            .unwrap_or(Value::Null)
    };
    let mentions = r["mentions"].as_array();
    let mut outlets: Vec<&str> = mentions
        .into_iter()
        .flatten()
        .filter_map(|m| m["outlet"].as_str())
        .collect();
    outlets.dedup();
    let notes = mentions
        .and_then(|m| m.first())
        .map_or(Value::Null, |m| m["sentence"].clone());
    json!({
        "event_id_cnty": format!("NM{}", r["id"].as_str().unwrap_or_default()),
        "event_date": r["time"]["start"],
        "time_precision": time_precision,
        "event_type": r["event_type"],
        "sub_event_type": r["sub_event_type"],
        "actor1": actor(0),
        "actor2": actor(1),
        "country": r["place"]["country"],
        "admin1": r["place"]["admin1"],
        "admin2": r["place"]["admin2"],
        "location": r["place"]["location"],
        "latitude": r["place"]["lat"],
        "longitude": r["place"]["lon"],
        "geo_precision": geo_precision,
        "source": outlets.join("; "),
        "notes": notes,
        "fatalities": r["fatalities"].as_u64().unwrap_or(0),
    })
}

/// Columns of the place mentions CSV.
pub const PLACE_COLUMNS: &[&str] = &[
    "article",
    "start",
    "end",
    "surface",
    "name",
    "lat",
    "lon",
    "precision",
    "confidence",
    "form",
];

#[cfg(test)]
mod tests {
    use super::super::{Format, written};
    use super::*;

    #[test]
    fn csv_quotes_and_flattens() {
        let records = vec![json!({"a": "x, y", "b": {"c": 1}, "d": ["p", "q"]})];
        assert_eq!(
            written(Format::Csv, records, &["a", "b.c", "d"]),
            "a,b.c,d\n\"x, y\",1,p; q\n"
        );
    }

    #[test]
    fn csv_gives_a_row_per_report_with_its_own_provenance() {
        let records = vec![
            json!({"id": "a", "mentions": [
                {"article": "one.txt", "sentence": "Fighting in Herat, again."},
                {"article": "two.txt", "sentence": "Clashes in Hirat."}]}),
            json!({"id": "b", "mentions": []}),
        ];
        assert_eq!(
            written(
                Format::Csv,
                records,
                &["id", "mentions.article", "mentions.sentence"]
            ),
            "id,mentions.article,mentions.sentence\na,one.txt,\"Fighting in Herat, again.\"\n\
             a,two.txt,Clashes in Hirat.\nb,,\n"
        );
    }

    #[test]
    fn acled_rows_use_acleds_columns_and_codes() {
        let record = json!({"id": "00000000000000a3", "event_type": "Battles", "sub_event_type": "Armed clash",
            "place": {"location": "Kupiansk", "admin1": "Kharkiv", "country": "Ukraine",
                "lat": 49.7, "lon": 37.6, "precision": "district"},
            "time": {"start": "2023-03-14", "precision": "week"}, "actors": ["Russian forces"],
            "fatalities": 2, "mentions": [{"sentence": "Clashes, again.", "outlet": "Wire"}]});
        let out = written(Format::Acled, vec![record], &[]);
        let mut lines = out.lines();
        assert_eq!(lines.next(), Some(ACLED_COLUMNS.join(",").as_str()));
        assert_eq!(
            lines.next(),
            Some(
                "NM00000000000000a3,2023-03-14,2,Battles,Armed clash,Russian forces,,Ukraine,Kharkiv,,Kupiansk,49.7,37.6,2,Wire,\"Clashes, again.\",2"
            )
        );
    }
}

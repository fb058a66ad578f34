//! Writing what was found for other tools: JSON Lines, GeoJSON, CSV and KML (with TimeSpan,
//! so Google Earth's time slider works), for events and for bare place mentions.
//!
//! Offsets in exports are Unicode code points (what Python and most tools index by), not
//! the bytes the library works in.

use std::cell::OnceCell;

use serde_json::{Value, json};

use crate::corpus::Corpus;
use crate::events::Event;
use crate::gazetteer::Gazetteer;
use crate::text::CharOffsets;

/// An export format.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    /// One JSON object a line.
    Jsonl,
    /// A GeoJSON FeatureCollection.
    Geojson,
    /// Comma-separated values with a header.
    Csv,
    /// KML placemarks with TimeSpan (events only).
    Kml,
    /// CSV with ACLED's column names and codes (events only).
    Acled,
}

impl Format {
    /// Parses a format name.
    pub fn parse(name: &str) -> Option<Self> {
        Some(match name {
            "jsonl" => Self::Jsonl,
            "geojson" => Self::Geojson,
            "csv" => Self::Csv,
            "kml" => Self::Kml,
            "acled" => Self::Acled,
            _ => return None,
        })
    }
}

impl Format {
    /// `records` written in this format; `columns` are the CSV's.
    pub fn write(self, records: &[Value], columns: &[&str]) -> String {
        match self {
            Self::Jsonl => jsonl(records),
            Self::Geojson => geojson(records),
            Self::Csv => csv(records, columns),
            Self::Kml => kml(records),
            Self::Acled => acled(records),
        }
    }

    /// File extension for an export in this format (`ndjson` for JSON Lines, which newsmap
    /// would otherwise read back as articles from the folder).
    pub fn extension(self) -> &'static str {
        match self {
            Self::Jsonl => "ndjson",
            Self::Geojson => "geojson",
            Self::Csv => "csv",
            Self::Acled => "acled.csv",
            Self::Kml => "kml",
        }
    }
}

/// Why an export was not written.
#[derive(Debug, thiserror::Error)]
pub enum ExportError {
    /// Writing the file failed.
    #[error("cannot write {}: {source}", path.display())]
    Write {
        /// The file.
        path: std::path::PathBuf,
        /// The cause.
        source: std::io::Error,
    },
}

/// Writes `events` of `corpus` into its folder as `newsmap-events.<extension>` in `format`.
/// Returns the file written.
pub fn write_events_file(
    corpus: &Corpus,
    gazetteer: &Gazetteer,
    events: &[&Event],
    format: Format,
) -> Result<std::path::PathBuf, ExportError> {
    let records = event_records(corpus, gazetteer, events);
    let text = format.write(&records, EVENT_COLUMNS);
    let path = corpus
        .folder
        .join(format!("newsmap-events.{}", format.extension()));
    std::fs::write(&path, text).map_err(|source| ExportError::Write {
        path: path.clone(),
        source,
    })?;
    Ok(path)
}

/// One JSON record per event, as the events issue specifies.
pub fn event_records(corpus: &Corpus, gazetteer: &Gazetteer, events: &[&Event]) -> Vec<Value> {
    let offsets = ArticleOffsets::new(corpus);
    events
        .iter()
        .map(|event| {
            let place = event.place.map(|id| {
                let p = gazetteer.place(id);
                let name_of = |unit: Option<crate::gazetteer::PlaceId>| {
                    unit.map(|u| gazetteer.place(u).name.clone())
                };
                json!({
                    "name": gazetteer.full_name(id),
                    "location": p.name,
                    "admin1": name_of(gazetteer.province_of(p)),
                    "admin2": name_of(gazetteer.district_of(p)),
                    "country": name_of(gazetteer.country(&p.country)),
                    "lat": p.lat,
                    "lon": p.lon,
                    "precision": event.precision.map(|p| p.as_str()),
                })
            });
            let time = match event.time {
                Some(t) => json!({"start": t.start.to_string(), "end": t.end.to_string(), "precision": t.precision}),
                None => json!({"start": null, "end": null, "precision": "unknown"}),
            };
            let mentions: Vec<Value> = event
                .mentions
                .iter()
                .map(|m| {
                    let article = &corpus.articles[m.article];
                    let to_char = |byte| offsets.char_offset(m.article, byte);
                    json!({
                        "article": article.key,
                        "title": article.title,
                        "published": article.published.map(|p| p.date.to_string()),
                        "sentence": &article.text[m.sentence.clone()],
                        "start": to_char(m.sentence.start),
                        "end": to_char(m.sentence.end),
                        "place_start": m.place.as_ref().filter(|t| !t.span.is_empty()).map(|t| to_char(t.span.start)),
                        "place_end": m.place.as_ref().filter(|t| !t.span.is_empty()).map(|t| to_char(t.span.end)),
                        "outlet": article.outlet,
                        "reported": m.reported,
                        "hedged": m.hedged,
                        "caption": m.caption,
                        "place_from_earlier_sentence": m.place_inherited,
                        "place_set_by_user": m.place_corrected,
                    })
                })
                .collect();
            json!({
                "id": event.id,
                "kind": event.kind.as_str(),
                "event_type": event.event_type().name(),
                "sub_event_type": event.kind.sub_event_type().name(),
                "place": place,
                "time": time,
                "actors": event.actors,
                "numbers": event.quantities,
                "fatalities": event.casualties.fatalities,
                "injured": event.casualties.injured,
                "unconfirmed": event.unconfirmed,
                "confidence": round3(event.confidence),
                "sources": event.source_count(),
                "mentions": mentions,
                "merged_because": event.merge_reasons,
            })
        })
        .collect()
}

/// One JSON record per place mention.
pub fn place_records(corpus: &Corpus, gazetteer: &Gazetteer) -> Vec<Value> {
    let offsets = ArticleOffsets::new(corpus);
    corpus
        .mentions
        .iter()
        .map(|m| {
            let article = &corpus.articles[m.article];
            let to_char = |byte| offsets.char_offset(m.article, byte);
            let place = gazetteer.place(m.toponym.place);
            json!({
                "article": article.key,
                "start": to_char(m.toponym.span.start),
                "end": to_char(m.toponym.span.end),
                "surface": m.toponym.surface,
                "name": gazetteer.full_name(m.toponym.place),
                "lat": place.lat,
                "lon": place.lon,
                "precision": m.toponym.precision.as_str(),
                "confidence": round3(m.toponym.confidence),
                "form": m.toponym.form,
            })
        })
        .collect()
}

/// The code-point offsets of each article's text, built on first use and once per article
/// (an article with 100,000 mentions is counted once, not 100,000 times).
struct ArticleOffsets<'c> {
    corpus: &'c Corpus,
    offsets: Vec<OnceCell<CharOffsets<'c>>>,
}

impl<'c> ArticleOffsets<'c> {
    fn new(corpus: &'c Corpus) -> Self {
        let offsets = corpus.articles.iter().map(|_| OnceCell::new()).collect();
        Self { corpus, offsets }
    }

    /// The code-point offset of `byte` in the text of article `article`.
    fn char_offset(&self, article: usize, byte: usize) -> usize {
        self.offsets[article]
            .get_or_init(|| CharOffsets::new(&self.corpus.articles[article].text))
            .char_offset(byte)
    }
}

fn round3(x: f32) -> f64 {
    (f64::from(x) * 1000.0).round() / 1000.0
}

/// JSON Lines.
pub fn jsonl(records: &[Value]) -> String {
    records.iter().map(|r| r.to_string() + "\n").collect()
}

/// A GeoJSON FeatureCollection: the `place` (events) or `lat`/`lon` (mentions) become the
/// geometry, null where there is none.
pub fn geojson(records: &[Value]) -> String {
    let features: Vec<Value> = records
        .iter()
        .map(|r| {
            let (lat, lon) = point_of(r);
            let geometry = match (lat, lon) {
                (Some(lat), Some(lon)) => json!({"type": "Point", "coordinates": [lon, lat]}),
                _ => Value::Null,
            };
            json!({"type": "Feature", "geometry": geometry, "properties": r})
        })
        .collect();
    json!({"type": "FeatureCollection", "features": features}).to_string() + "\n"
}

fn point_of(record: &Value) -> (Option<f64>, Option<f64>) {
    let holder = if record["place"].is_object() {
        &record["place"]
    } else {
        record
    };
    (holder["lat"].as_f64(), holder["lon"].as_f64())
}

/// CSV with the given columns; nested values are flattened ("place.name", "time.start")
/// and lists joined with "; ".
pub fn csv(records: &[Value], columns: &[&str]) -> String {
    let mut out = columns.join(",") + "\n";
    for record in records {
        let cells: Vec<String> = columns
            .iter()
            .map(|column| {
                let value = column.split('.').fold(record, |v, key| &v[key]);
                csv_cell(value)
            })
            .collect();
        out += &(cells.join(",") + "\n");
    }
    out
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

/// Columns of the events CSV.
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
pub fn acled(records: &[Value]) -> String {
    let rows: Vec<Value> = records
        .iter()
        .map(|r| {
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
        })
        .collect();
    csv(&rows, ACLED_COLUMNS)
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

/// KML with one placemark per placed event, dated with a TimeSpan.
pub fn kml(records: &[Value]) -> String {
    let escape = |s: &str| {
        s.replace('&', "&amp;")
            .replace('<', "&lt;")
            .replace('>', "&gt;")
    };
    let mut out = String::from(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<kml xmlns=\"http://www.opengis.net/kml/2.2\">\n<Document>\n<name>newsmap events</name>\n",
    );
    for r in records {
        let (Some(lat), Some(lon)) = point_of(r) else {
            continue;
        };
        let place = r["place"]["name"].as_str().unwrap_or("");
        let kind = r["kind"].as_str().unwrap_or("");
        let sentences: Vec<String> = r["mentions"]
            .as_array()
            .into_iter()
            .flatten()
            .filter_map(|m| m["sentence"].as_str())
            .map(escape)
            .collect();
        out += &format!(
            "<Placemark>\n<name>{} · {}</name>\n",
            escape(kind),
            escape(place)
        );
        out += &format!("<description>{}</description>\n", sentences.join("\n\n"));
        if let (Some(start), Some(end)) = (r["time"]["start"].as_str(), r["time"]["end"].as_str()) {
            out += &format!("<TimeSpan><begin>{start}</begin><end>{end}</end></TimeSpan>\n");
        }
        out += &format!("<Point><coordinates>{lon},{lat}</coordinates></Point>\n</Placemark>\n");
    }
    out + "</Document>\n</kml>\n"
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn csv_quotes_and_flattens() {
        let records = vec![json!({"a": "x, y", "b": {"c": 1}, "d": ["p", "q"]})];
        assert_eq!(
            csv(&records, &["a", "b.c", "d"]),
            "a,b.c,d\n\"x, y\",1,p; q\n"
        );
    }

    #[test]
    fn kml_has_time_spans_and_skips_placeless_events() {
        let placed = json!({"kind": "siege", "place": {"name": "Faizabad", "lat": 37.1, "lon": 70.6},
            "time": {"start": "2021-07-07", "end": "2021-07-07"}, "mentions": [{"sentence": "A & B"}]});
        let placeless = json!({"kind": "flight", "place": null, "time": {}, "mentions": []});
        let out = kml(&[placed, placeless]);
        assert_eq!(out.matches("<Placemark>").count(), 1);
        assert!(
            out.contains("<TimeSpan><begin>2021-07-07</begin><end>2021-07-07</end></TimeSpan>")
        );
        assert!(out.contains("A &amp; B") && out.contains("<coordinates>70.6,37.1</coordinates>"));
    }

    #[test]
    fn acled_rows_use_acleds_columns_and_codes() {
        let record = json!({"id": "00000000000000a3", "event_type": "Battles", "sub_event_type": "Armed clash",
            "place": {"location": "Kupiansk", "admin1": "Kharkiv", "country": "Ukraine",
                "lat": 49.7, "lon": 37.6, "precision": "district"},
            "time": {"start": "2023-03-14", "precision": "week"}, "actors": ["Russian forces"],
            "fatalities": 2, "mentions": [{"sentence": "Clashes, again.", "outlet": "Wire"}]});
        let out = acled(&[record]);
        let mut lines = out.lines();
        assert_eq!(lines.next(), Some(ACLED_COLUMNS.join(",").as_str()));
        assert_eq!(
            lines.next(),
            Some(
                "NM00000000000000a3,2023-03-14,2,Battles,Armed clash,Russian forces,,Ukraine,Kharkiv,,Kupiansk,49.7,37.6,2,Wire,\"Clashes, again.\",2"
            )
        );
    }

    #[test]
    fn geojson_geometry_is_null_without_a_place() {
        let out = geojson(&[json!({"place": null}), json!({"lat": 1.0, "lon": 2.0})]);
        let value: Value = serde_json::from_str(&out).unwrap_or_default();
        assert!(value["features"][0]["geometry"].is_null());
        assert_eq!(
            value["features"][1]["geometry"]["coordinates"],
            json!([2.0, 1.0])
        );
    }
}

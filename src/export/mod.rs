//! Writing what was found for other tools: JSON Lines, GeoJSON, CSV and KML (with TimeSpan,
//! so Google Earth's time slider works), for events and for bare place mentions.
//!
//! Offsets in exports are Unicode code points (what Python and most tools index by), not
//! the bytes the library works in.

use std::cell::OnceCell;
use std::io::{self, Write};
use std::path::{Path, PathBuf};

use chrono::NaiveDate;
use rayon::prelude::*;
use serde::Serialize;
use serde_json::{Value, json};

use crate::corpus::Corpus;
use crate::events::{Event, EventId};
use crate::gazetteer::Gazetteer;
use crate::text::CharOffsets;

mod tables;
pub use tables::{ACLED_COLUMNS, EVENT_COLUMNS, PLACE_COLUMNS};
use tables::{acled, csv};

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
    /// Writes `records` in this format to `out` a few at a time, so that an export's memory
    /// does not grow with its length; `columns` are the CSV's.
    pub fn write<R: Serialize + Send>(
        self,
        records: impl IntoIterator<Item = R>,
        columns: &[&str],
        out: &mut dyn Write,
    ) -> io::Result<()> {
        let records = records.into_iter();
        match self {
            Self::Jsonl => jsonl(records, out),
            Self::Geojson => geojson(values(records), out),
            Self::Csv => csv(values(records), columns, out),
            Self::Kml => kml(values(records), out),
            Self::Acled => acled(values(records), out),
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
    /// The file exists and was not to be replaced.
    #[error("{} already exists", .0.display())]
    Exists(PathBuf),
    /// Writing the file failed.
    #[error("cannot write {}: {source}", path.display())]
    Write {
        /// The file.
        path: PathBuf,
        /// The cause.
        source: std::io::Error,
    },
}

/// Writes `events` of `corpus` to `path` in `format`. An existing file is replaced only when
/// `replace` is set, else [`ExportError::Exists`] says so and nothing is written.
pub fn write_events_to(
    corpus: &Corpus,
    gazetteer: &Gazetteer,
    events: &[&Event],
    format: Format,
    path: &Path,
    replace: bool,
) -> Result<(), ExportError> {
    let mut options = std::fs::OpenOptions::new();
    options.write(true);
    if replace {
        options.create(true).truncate(true);
    } else {
        options.create_new(true);
    }
    let written = options.open(path).and_then(|file| {
        let mut out = io::BufWriter::new(file);
        let records = event_records(corpus, gazetteer, events);
        format.write(records, EVENT_COLUMNS, &mut out)?;
        out.flush()
    });
    match written {
        Ok(()) => Ok(()),
        Err(error) if error.kind() == std::io::ErrorKind::AlreadyExists => {
            Err(ExportError::Exists(path.to_path_buf()))
        }
        Err(source) => Err(ExportError::Write {
            path: path.to_path_buf(),
            source,
        }),
    }
}

/// The file name proposed for an export of `folder`'s events in `format` over the days
/// `dates` (first and last; None when no event is dated):
/// `sample-events-2021-07-05-to-2021-08-31.geojson`. Characters other than letters, digits,
/// `-`, `_` and `.` in the folder's name become `-`.
pub fn proposed_file_name(
    folder: &Path,
    dates: Option<(NaiveDate, NaiveDate)>,
    format: Format,
) -> String {
    proposed_name(folder, dates, "events", format.extension())
}

/// The file name proposed for a file of `folder` over the days `dates` that is a `label`
/// ("events", "map") with `extension`: `sample-map-2021-07-05-to-2021-08-31.png` (see
/// [`proposed_file_name`]).
pub fn proposed_name(
    folder: &Path,
    dates: Option<(NaiveDate, NaiveDate)>,
    label: &str,
    extension: &str,
) -> String {
    let name: String = folder
        .file_name()
        .map(|n| n.to_string_lossy())
        .unwrap_or_default()
        .chars()
        .map(|c| {
            if c.is_alphanumeric() || matches!(c, '-' | '_' | '.') {
                c
            } else {
                '-'
            }
        })
        .collect();
    let name = match name.trim_matches(['-', '.']) {
        "" => "newsmap",
        name => name,
    };
    let days = match dates {
        Some((first, last)) if first == last => format!("-{first}"),
        Some((first, last)) => format!("-{first}-to-{last}"),
        None => String::new(),
    };
    format!("{name}-{label}{days}.{extension}")
}

/// Records written as JSON Lines together, on all cores: few enough that an export's
/// memory does not grow with its length.
const RECORDS_AT_ONCE: usize = 256;

/// One record per event, as the events issue specifies, made as it is written.
pub fn event_records<'a>(
    corpus: &'a Corpus,
    gazetteer: &'a Gazetteer,
    events: &'a [&'a Event],
) -> impl Iterator<Item = EventRecord<'a>> + 'a {
    let offsets = ArticleOffsets::new(corpus);
    events
        .iter()
        .map(move |event| EventRecord::new(corpus, gazetteer, &offsets, event))
}

/// The record of an event: what, where, when, who, how many, and each report of it. Its
/// fields are in the order of their names, as in a JSON map (`serde_json::Value`), so that
/// the written record and [`EventRecord::into_value`] list them alike.
#[derive(Serialize)]
pub struct EventRecord<'a> {
    actors: &'a [compact_str::CompactString],
    confidence: f64,
    event_type: &'static str,
    fatalities: Option<u32>,
    id: EventId,
    injured: Option<u32>,
    kind: &'static str,
    mentions: Vec<MentionRecord<'a>>,
    merged_because: Vec<String>,
    /// The numbers and what they count, their fields in the order of their names.
    numbers: Value,
    place: Option<PlaceRecord<'a>>,
    sources: usize,
    sub_event_type: &'static str,
    time: Value,
    unconfirmed: bool,
}

/// Where an event is (see [`EventRecord`]).
#[derive(Serialize)]
struct PlaceRecord<'a> {
    admin1: Option<&'a str>,
    admin2: Option<&'a str>,
    country: Option<&'a str>,
    lat: f64,
    location: &'a str,
    lon: f64,
    name: String,
    precision: Option<&'static str>,
}

/// One report of an event: its article and sentence, with code-point offsets (see
/// [`EventRecord`]).
#[derive(Serialize)]
struct MentionRecord<'a> {
    article: &'a str,
    caption: bool,
    end: usize,
    hedged: bool,
    outlet: Option<&'a str>,
    place_end: Option<usize>,
    place_from_earlier_sentence: bool,
    place_set_by_user: bool,
    place_start: Option<usize>,
    place_text: Option<&'a str>,
    published: Option<String>,
    reported: bool,
    sentence: &'a str,
    start: usize,
    title: Option<&'a str>,
    url: Option<&'a str>,
}

impl<'a> EventRecord<'a> {
    fn new(
        corpus: &'a Corpus,
        gazetteer: &'a Gazetteer,
        offsets: &ArticleOffsets,
        event: &'a Event,
    ) -> Self {
        let place = event.place.map(|id| {
            let p = gazetteer.place(id);
            let name_of = |unit: Option<crate::gazetteer::PlaceId>| {
                unit.map(|u| gazetteer.place(u).name.as_str())
            };
            PlaceRecord {
                admin1: name_of(gazetteer.province_of(p)),
                admin2: name_of(gazetteer.district_of(p)),
                country: name_of(gazetteer.country(&p.country)),
                lat: p.lat,
                location: &p.name,
                lon: p.lon,
                name: gazetteer.full_name(id),
                precision: event.precision.map(|p| p.as_str()),
            }
        });
        let time = match event.time {
            Some(t) => {
                json!({"start": t.start.to_string(), "end": t.end.to_string(), "precision": t.precision})
            }
            None => json!({"start": null, "end": null, "precision": "unknown"}),
        };
        let mentions = (event.mentions.iter())
            .map(|m| {
                let article = &corpus.articles[m.article];
                let to_char = |byte| offsets.char_offset(m.article, byte);
                let place = m.place.as_ref();
                let spelled = place.filter(|t| !t.span.is_empty());
                MentionRecord {
                    article: &article.key,
                    caption: m.caption,
                    end: to_char(m.sentence.end),
                    hedged: m.hedged,
                    outlet: article.outlet.as_deref(),
                    place_end: spelled.map(|t| to_char(t.span.end)),
                    place_from_earlier_sentence: m.place_inherited,
                    place_set_by_user: m.place_corrected,
                    place_start: spelled.map(|t| to_char(t.span.start)),
                    place_text: place.map(|t| t.surface.as_str()),
                    published: article.published.map(|p| p.date.to_string()),
                    reported: m.reported,
                    sentence: &article.text[m.sentence.clone()],
                    start: to_char(m.sentence.start),
                    title: article.title.as_deref(),
                    url: article.url.as_deref(),
                }
            })
            .collect();
        Self {
            actors: &event.actors,
            confidence: round3(event.confidence),
            event_type: event.event_type().name(),
            fatalities: event.casualties.fatalities,
            id: event.id,
            injured: event.casualties.injured,
            kind: event.kind.as_str(),
            mentions,
            merged_because: event
                .merge_reasons
                .iter()
                .map(|reason| reason.describe(gazetteer))
                .collect(),
            numbers: json!(event.quantities),
            place,
            sources: event.source_count(),
            sub_event_type: event.kind.sub_event_type().name(),
            time,
            unconfirmed: event.unconfirmed,
        }
    }

    /// The record as a JSON value.
    pub fn into_value(self) -> Value {
        value_of(self)
    }
}

/// One JSON record per place mention, made as it is written.
pub fn place_records<'a>(
    corpus: &'a Corpus,
    gazetteer: &'a Gazetteer,
) -> impl Iterator<Item = Value> + 'a {
    let offsets = ArticleOffsets::new(corpus);
    corpus.place_mentions().map(move |(index, toponym)| {
        let article = &corpus.articles[index];
        let to_char = |byte| offsets.char_offset(index, byte);
        let place = gazetteer.place(toponym.place);
        json!({
            "article": article.key,
            "start": to_char(toponym.span.start),
            "end": to_char(toponym.span.end),
            "surface": toponym.surface,
            "name": gazetteer.full_name(toponym.place),
            "lat": place.lat,
            "lon": place.lon,
            "precision": toponym.precision.as_str(),
            "confidence": round3(toponym.confidence),
            "form": toponym.form,
        })
    })
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

    /// The code-point offset of `byte` in the text of article `article`; for an events
    /// file's article, which holds only the quoted sentences, in the original article (see
    /// [`Corpus::quoted_from`]).
    fn char_offset(&self, article: usize, byte: usize) -> usize {
        let offsets = self.offsets[article]
            .get_or_init(|| CharOffsets::new(&self.corpus.articles[article].text));
        let Some(quoted_from) = self.corpus.quoted_from.get(article) else {
            return offsets.char_offset(byte);
        };
        let kept = &self.corpus.articles[article].kept;
        // The quoted sentence holding `byte` (or ending at it).
        let line = kept.partition_point(|line| line.end < byte);
        match (kept.get(line), quoted_from.get(line)) {
            (Some(line), Some(&from)) => {
                from + offsets.char_offset(byte) - offsets.char_offset(line.start)
            }
            _ => offsets.char_offset(byte),
        }
    }
}

fn round3(x: f32) -> f64 {
    (f64::from(x) * 1000.0).round() / 1000.0
}

/// `record` as a JSON value. Every record is strings, numbers, booleans, lists and maps
/// with string keys, which serde_json always converts.
fn value_of<R: Serialize>(record: R) -> Value {
    serde_json::to_value(record).unwrap_or_default()
}

/// `records` as JSON values (see [`value_of`]).
fn values<R: Serialize>(records: impl Iterator<Item = R>) -> impl Iterator<Item = Value> {
    records.map(value_of)
}

/// JSON Lines, written a few hundred records at a time, made into text on all cores.
fn jsonl<R: Serialize + Send>(
    mut records: impl Iterator<Item = R>,
    out: &mut dyn Write,
) -> io::Result<()> {
    loop {
        let chunk: Vec<R> = records.by_ref().take(RECORDS_AT_ONCE).collect();
        if chunk.is_empty() {
            return Ok(());
        }
        let lines: Vec<Vec<u8>> = chunk
            .into_par_iter()
            .map(|record| {
                let mut line = serde_json::to_vec(&record)?;
                line.push(b'\n');
                Ok(line)
            })
            .collect::<io::Result<_>>()?;
        for line in lines {
            out.write_all(&line)?;
        }
    }
}

/// A GeoJSON FeatureCollection: the `place` (events) or `lat`/`lon` (mentions) become the
/// geometry, null where there is none. Keys in serde_json's order (sorted), as one object.
fn geojson(records: impl Iterator<Item = Value>, out: &mut dyn Write) -> io::Result<()> {
    out.write_all(b"{\"features\":[")?;
    for (i, record) in records.enumerate() {
        if i > 0 {
            out.write_all(b",")?;
        }
        let geometry = match point_of(&record) {
            (Some(lat), Some(lon)) => json!({"type": "Point", "coordinates": [lon, lat]}),
            _ => Value::Null,
        };
        let feature = json!({"type": "Feature", "geometry": geometry, "properties": record});
        serde_json::to_writer(&mut *out, &feature)?;
    }
    out.write_all(b"],\"type\":\"FeatureCollection\"}\n")
}

fn point_of(record: &Value) -> (Option<f64>, Option<f64>) {
    let holder = if record["place"].is_object() {
        &record["place"]
    } else {
        record
    };
    (holder["lat"].as_f64(), holder["lon"].as_f64())
}

/// KML with one placemark per placed event, dated with a TimeSpan.
fn kml(records: impl Iterator<Item = Value>, out: &mut dyn Write) -> io::Result<()> {
    let escape = |s: &str| {
        s.replace('&', "&amp;")
            .replace('<', "&lt;")
            .replace('>', "&gt;")
    };
    out.write_all(
        b"<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<kml xmlns=\"http://www.opengis.net/kml/2.2\">\n<Document>\n<name>newsmap events</name>\n",
    )?;
    for r in records {
        let (Some(lat), Some(lon)) = point_of(&r) else {
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
        write!(
            out,
            "<Placemark>\n<name>{} · {}</name>\n",
            escape(kind),
            escape(place)
        )?;
        writeln!(out, "<description>{}</description>", sentences.join("\n\n"))?;
        if let (Some(start), Some(end)) = (r["time"]["start"].as_str(), r["time"]["end"].as_str()) {
            writeln!(
                out,
                "<TimeSpan><begin>{start}</begin><end>{end}</end></TimeSpan>"
            )?;
        }
        write!(
            out,
            "<Point><coordinates>{lon},{lat}</coordinates></Point>\n</Placemark>\n"
        )?;
    }
    out.write_all(b"</Document>\n</kml>\n")
}

/// `records` written in `format`, in memory (for tests).
#[cfg(test)]
fn written(format: Format, records: Vec<Value>, columns: &[&str]) -> String {
    let mut out = Vec::new();
    format
        .write(records, columns, &mut out)
        .unwrap_or_else(|e| panic!("writing to memory: {e}"));
    String::from_utf8(out).unwrap_or_else(|e| panic!("{e}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_proposed_export_name_has_the_folder_and_the_windows_days() {
        let day = |d| NaiveDate::from_ymd_opt(2021, 7, d).unwrap_or_default();
        assert_eq!(
            proposed_file_name(
                Path::new("/news/sample"),
                Some((day(5), day(31))),
                Format::Csv
            ),
            "sample-events-2021-07-05-to-2021-07-31.csv"
        );
        assert_eq!(
            proposed_file_name(
                Path::new("/news/Kabul july"),
                Some((day(7), day(7))),
                Format::Geojson
            ),
            "Kabul-july-events-2021-07-07.geojson"
        );
        assert_eq!(
            proposed_file_name(Path::new("/"), None, Format::Kml),
            "newsmap-events.kml"
        );
    }

    #[test]
    fn an_export_replaces_a_file_only_when_told() {
        let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
        let path = dir.path().join("out.csv");
        std::fs::write(&path, "old").unwrap_or_else(|e| panic!("{e}"));
        let corpus = Corpus::new(dir.path());
        let gazetteer = Gazetteer::load(&crate::gazetteer::default_dir())
            .unwrap_or_else(|e| panic!("the bundled gazetteer: {e}"));
        let refused = write_events_to(&corpus, &gazetteer, &[], Format::Csv, &path, false);
        assert!(
            matches!(refused, Err(ExportError::Exists(_))),
            "{refused:?}"
        );
        assert_eq!(std::fs::read_to_string(&path).unwrap_or_default(), "old");
        let replaced = write_events_to(&corpus, &gazetteer, &[], Format::Csv, &path, true);
        assert!(replaced.is_ok(), "{replaced:?}");
        assert_eq!(
            std::fs::read_to_string(&path).unwrap_or_default(),
            EVENT_COLUMNS.join(",") + "\n"
        );
    }

    #[test]
    fn kml_has_time_spans_and_skips_placeless_events() {
        let placed = json!({"kind": "siege", "place": {"name": "Faizabad", "lat": 37.1, "lon": 70.6},
            "time": {"start": "2021-07-07", "end": "2021-07-07"}, "mentions": [{"sentence": "A & B"}]});
        let placeless = json!({"kind": "flight", "place": null, "time": {}, "mentions": []});
        let out = written(Format::Kml, vec![placed, placeless], &[]);
        assert_eq!(out.matches("<Placemark>").count(), 1);
        assert!(
            out.contains("<TimeSpan><begin>2021-07-07</begin><end>2021-07-07</end></TimeSpan>")
        );
        assert!(out.contains("A &amp; B") && out.contains("<coordinates>70.6,37.1</coordinates>"));
    }

    #[test]
    fn geojson_geometry_is_null_without_a_place() {
        let records = vec![json!({"place": null}), json!({"lat": 1.0, "lon": 2.0})];
        let out = written(Format::Geojson, records, &[]);
        let value: Value = serde_json::from_str(&out).unwrap_or_default();
        assert!(value["features"][0]["geometry"].is_null());
        assert_eq!(
            value["features"][1]["geometry"]["coordinates"],
            json!([2.0, 1.0])
        );
    }
}

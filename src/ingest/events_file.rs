//! Opening an events file: the JSON Lines that `newsmap extract FOLDER --events` and
//! `newsmap merge` write, one event a line (see [`crate::export::event_records`]), read back
//! into what a viewer shows of a folder: the events with their places, dates, actors and
//! casualties, and their reports quoting the source sentences with their article's title,
//! outlet, address and date.
//!
//! The file holds no article's text, only the sentences its events quote: each article
//! becomes one holding those sentences (in the article's order, a blank line apart), so that
//! every report points into a text as a folder's reports do. Places are found again in the
//! gazetteer by their name and coordinates; one this gazetteer lacks leaves its event with no
//! place, and says so. The events come merged, so the corpus has no reports to merge again,
//! and nothing in it can be corrected (see [`crate::corpus::Origin::EventsFile`]).
//!
//! [`check_events_file`] tells at once whether a file is an events file at all (its first line); a line
//! that is no event further on is listed as a [`Problem`] with its number and the others are
//! read. The file is read a line at a time: memory grows with the file, not more.

use std::collections::HashMap;
use std::io::{BufRead as _, Read as _};
use std::path::{Path, PathBuf};
use std::sync::Arc;

use chrono::NaiveDate;
use serde::Deserialize;

use super::lines::{Line, Lines};
use crate::articles::{Article, ArticleId, DateSource, Problem, Published};
use crate::events::{Casualties, Event, EventId, EventKind, EventMention, MergeReason, Quantity};
use crate::gazetteer::{Gazetteer, PlaceId};
use crate::geoparse::{MentionForm, Precision, Toponym};
use crate::time::{DateRange, TimePrecision};

/// The largest events file opened: newsmap holds what it reads in memory (about the file's
/// size), as it holds a folder's articles.
pub const MAX_EVENTS_FILE_BYTES: u64 = 2 * 1024 * 1024 * 1024;

/// The longest line read: an event with thousands of reports.
const MAX_LINE_BYTES: usize = 64 * 1024 * 1024;

/// Why a file is not opened as an events file.
#[derive(Debug, thiserror::Error)]
pub enum EventsFileError {
    /// The file cannot be opened or read.
    #[error("cannot read {}: {source}", path.display())]
    Read {
        /// The file.
        path: PathBuf,
        /// The cause.
        source: std::io::Error,
    },
    /// The file is larger than [`MAX_EVENTS_FILE_BYTES`].
    #[error(
        "{bytes} bytes, over the {} MiB an events file may have: {}",
        MAX_EVENTS_FILE_BYTES >> 20,
        path.display()
    )]
    TooLarge {
        /// The file.
        path: PathBuf,
        /// Its size.
        bytes: u64,
    },
    /// The file holds nothing.
    #[error("no events in {}", path.display())]
    Empty {
        /// The file.
        path: PathBuf,
    },
    /// The file's first line is not an event: another format, or not text.
    #[error(
        "not an events file (the JSON Lines of `newsmap extract --events` or `newsmap merge`): line {line}: {reason}: {}",
        path.display()
    )]
    NotEvents {
        /// The file.
        path: PathBuf,
        /// The first line that is not blank.
        line: usize,
        /// What is wrong with it.
        reason: String,
    },
}

/// What an events file holds, ready for a corpus: articles (the sentences quoted from each),
/// events whose reports point into them, and the lines that could not be read.
#[derive(Debug, Default)]
pub struct EventsFile {
    /// One article a key the events quote, in the order they are first quoted, with where
    /// each of its kept lines (the quoted sentences) starts in the original article, in code
    /// points (see [`crate::corpus::Corpus::quoted_from`]).
    pub articles: Vec<(Article, Vec<usize>)>,
    /// The events, in the file's order.
    pub events: Vec<Event>,
    /// Lines skipped, and places this gazetteer does not have.
    pub problems: Vec<Problem>,
}

/// Whether `path` is an events file, from its size and first line that is not blank (read
/// in full only up to [`MAX_LINE_BYTES`]): cheap enough to ask before opening it.
pub fn check_events_file(path: &Path) -> Result<(), EventsFileError> {
    let read_error = |source| EventsFileError::Read {
        path: path.to_path_buf(),
        source,
    };
    let file = std::fs::File::open(path).map_err(read_error)?;
    let bytes = file.metadata().map_err(read_error)?.len();
    if bytes > MAX_EVENTS_FILE_BYTES {
        return Err(EventsFileError::TooLarge {
            path: path.to_path_buf(),
            bytes,
        });
    }
    let mut input = std::io::BufReader::new(file).take(MAX_LINE_BYTES as u64 + 1);
    let mut buffer = Vec::new();
    let mut number = 0;
    loop {
        buffer.clear();
        if input.read_until(b'\n', &mut buffer).map_err(read_error)? == 0 {
            return Err(EventsFileError::Empty {
                path: path.to_path_buf(),
            });
        }
        number += 1;
        let not_events = |reason: String| EventsFileError::NotEvents {
            path: path.to_path_buf(),
            line: number,
            reason,
        };
        if buffer.last() != Some(&b'\n') && buffer.len() > MAX_LINE_BYTES {
            return Err(not_events(format!("over {MAX_LINE_BYTES} bytes")));
        }
        let Ok(text) = std::str::from_utf8(&buffer) else {
            return Err(not_events("not UTF-8 text".into()));
        };
        if text.trim().is_empty() {
            continue;
        }
        return serde_json::from_str::<EventLine>(text)
            .map(drop)
            .map_err(|error| not_events(why_not_an_event(&error)));
    }
}

/// Reads the events file `path`, finding its places in `gazetteer`; stops (with what it read
/// so far) when `cancelled` says so. Fails as [`check_events_file`] does when the file is no events file;
/// a later line that is no event is a problem, and the rest is read.
pub fn read_events_file(
    path: &Path,
    gazetteer: &Gazetteer,
    cancelled: &dyn Fn() -> bool,
) -> Result<EventsFile, EventsFileError> {
    check_events_file(path)?;
    let read_error = |source| EventsFileError::Read {
        path: path.to_path_buf(),
        source,
    };
    let file = std::fs::File::open(path).map_err(read_error)?;
    let mut lines = Lines::new(std::io::BufReader::new(file), MAX_LINE_BYTES);
    let mut builder = Builder::new(path, gazetteer);
    let mut number = 0;
    while let Some(line) = lines.next_line().map_err(read_error)? {
        number += 1;
        if number % 1024 == 0 && cancelled() {
            break;
        }
        let skipped = match line {
            Line::Text(text) if text.trim().is_empty() => continue,
            Line::Text(text) => match serde_json::from_str::<EventLine>(&text) {
                Ok(event) => match builder.add(number, event) {
                    Ok(()) => continue,
                    Err(reason) => reason,
                },
                Err(error) => why_not_an_event(&error),
            },
            Line::TooLong(bytes) => format!("{bytes} bytes, over the limit"),
            Line::NotUtf8 => "not UTF-8".to_string(),
        };
        builder.problems.push(Problem::degraded(
            path,
            format!("line {number} skipped: {skipped}"),
        ));
    }
    Ok(builder.finish())
}

/// Why a line that serde could not read is no event, in words.
fn why_not_an_event(error: &serde_json::Error) -> String {
    match error.classify() {
        serde_json::error::Category::Data => format!("not an event ({error})"),
        _ => format!("not JSON ({error})"),
    }
}

/// An event as the events file writes it (the fields the viewer shows; others are ignored).
#[derive(Deserialize)]
struct EventLine {
    id: String,
    kind: String,
    place: Option<PlaceLine>,
    time: Option<TimeLine>,
    #[serde(default)]
    actors: Vec<compact_str::CompactString>,
    #[serde(default)]
    numbers: Vec<Quantity>,
    fatalities: Option<u32>,
    injured: Option<u32>,
    #[serde(default)]
    unconfirmed: bool,
    confidence: f32,
    mentions: Vec<MentionLine>,
    #[serde(default)]
    merged_because: Vec<String>,
}

/// An event's place.
#[derive(Deserialize)]
struct PlaceLine {
    /// Its full name ("Kunduz, Kunduz, Afghanistan").
    name: String,
    /// Its own name ("Kunduz").
    location: String,
    lat: f64,
    lon: f64,
    precision: Option<Precision>,
}

/// An event's dates (null when it is undated).
#[derive(Deserialize)]
struct TimeLine {
    start: Option<String>,
    end: Option<String>,
    precision: TimePrecision,
}

/// One report of an event: its sentence and article. Offsets are code points into the
/// article's text.
#[derive(Deserialize)]
struct MentionLine {
    article: String,
    title: Option<String>,
    published: Option<String>,
    outlet: Option<String>,
    url: Option<String>,
    sentence: String,
    start: usize,
    place_start: Option<usize>,
    place_end: Option<usize>,
    place_text: Option<String>,
    #[serde(default)]
    reported: bool,
    #[serde(default)]
    hedged: bool,
    #[serde(default)]
    caption: bool,
    #[serde(default)]
    place_from_earlier_sentence: bool,
    #[serde(default)]
    place_set_by_user: bool,
}

/// An article as the reports quote it: its metadata and its quoted sentences (by their
/// code-point start in the article), each once.
struct QuotedArticle {
    key: String,
    title: Option<String>,
    outlet: Option<String>,
    url: Option<String>,
    published: Option<NaiveDate>,
    sentences: HashMap<(usize, String), usize>,
}

/// Where a report's sentence is, before the articles' texts are laid out: its article, and
/// its index among that article's quoted sentences.
type SentenceSlot = (usize, usize);

/// Builds the articles and events of an events file, line by line.
struct Builder<'a> {
    path: &'a Path,
    gazetteer: &'a Gazetteer,
    articles: Vec<QuotedArticle>,
    article_index: HashMap<String, usize>,
    events: Vec<Event>,
    /// For each event, each report's sentence slot.
    slots: Vec<Vec<SentenceSlot>>,
    /// Places found again, by their name and coordinates' bits.
    places: HashMap<(String, u64, u64), Option<PlaceId>>,
    problems: Vec<Problem>,
}

impl<'a> Builder<'a> {
    fn new(path: &'a Path, gazetteer: &'a Gazetteer) -> Self {
        Self {
            path,
            gazetteer,
            articles: Vec::new(),
            article_index: HashMap::new(),
            events: Vec::new(),
            slots: Vec::new(),
            places: HashMap::new(),
            problems: Vec::new(),
        }
    }

    /// Adds the event of line `number`, or says why it cannot.
    fn add(&mut self, number: usize, line: EventLine) -> Result<(), String> {
        let id = u64::from_str_radix(&line.id, 16)
            .map(EventId)
            .map_err(|_| format!("the id “{}” is not 16 hexadecimal digits", line.id))?;
        let kind = EventKind::ALL
            .into_iter()
            .find(|k| k.as_str() == line.kind)
            .ok_or_else(|| format!("“{}” is no kind of event newsmap knows", line.kind))?;
        let time = match &line.time {
            Some(TimeLine {
                start: Some(start),
                end: Some(end),
                precision,
            }) => {
                let (start, end) = (parse_date(start)?, parse_date(end)?);
                Some(DateRange {
                    start: start.min(end),
                    end: start.max(end),
                    precision: *precision,
                })
            }
            _ => None,
        };
        let (place, precision) = match &line.place {
            Some(p) => (self.place_of(number, p), p.precision),
            None => (None, None),
        };
        let mut mentions = Vec::with_capacity(line.mentions.len());
        let mut slots = Vec::with_capacity(line.mentions.len());
        for m in line.mentions {
            let article = self.article_of(&m);
            let quoted = &mut self.articles[article].sentences;
            let next = quoted.len();
            let slot = *quoted.entry((m.start, m.sentence.clone())).or_insert(next);
            slots.push((article, slot));
            // The place's span, for now in bytes from the sentence's start.
            let span = place_bytes(&m.sentence, m.start, m.place_start, m.place_end);
            let toponym = match (place, m.place_text) {
                (Some(place), Some(surface)) => Some(Toponym {
                    span: span.unwrap_or(0..0),
                    surface: surface.into(),
                    place,
                    precision: precision
                        .unwrap_or_else(|| Precision::of_kind(self.gazetteer.place(place).kind)),
                    confidence: line.confidence,
                    alternatives: Box::default(),
                    form: MentionForm::Name,
                }),
                _ => None,
            };
            mentions.push(EventMention {
                article,
                kind,
                sentence: 0..m.sentence.len(),
                trigger: 0..0,
                place: toponym,
                time,
                day_stated: false,
                actors: Vec::new(),
                quantities: Vec::new(),
                casualties: Casualties::default(),
                reported: m.reported,
                hedged: m.hedged,
                caption: m.caption,
                place_inherited: m.place_from_earlier_sentence,
                place_corrected: m.place_set_by_user,
                confidence: line.confidence,
            });
        }
        self.slots.push(slots);
        self.events.push(Event {
            id,
            kind,
            place,
            precision: place.and(precision),
            time,
            actors: line.actors,
            quantities: line.numbers,
            casualties: Casualties {
                fatalities: line.fatalities,
                injured: line.injured,
            },
            unconfirmed: line.unconfirmed,
            confidence: line.confidence,
            mentions: mentions.into_iter().map(Arc::new).collect(),
            merge_reasons: line
                .merged_because
                .into_iter()
                .map(MergeReason::Written)
                .collect(),
        });
        Ok(())
    }

    /// The index of the article `m` quotes, added when it is new.
    fn article_of(&mut self, m: &MentionLine) -> usize {
        if let Some(&index) = self.article_index.get(&m.article) {
            return index;
        }
        let index = self.articles.len();
        self.article_index.insert(m.article.clone(), index);
        self.articles.push(QuotedArticle {
            key: m.article.clone(),
            title: m.title.clone(),
            outlet: m.outlet.clone(),
            url: m.url.clone(),
            published: (m.published.as_deref()).and_then(|d| parse_date(d).ok()),
            sentences: HashMap::new(),
        });
        index
    }

    /// The gazetteer's place of this name at these coordinates (within about 100 m; the one
    /// of this full name and precision first, then the nearest); None, listed as a problem,
    /// when this gazetteer has none.
    fn place_of(&mut self, number: usize, place: &PlaceLine) -> Option<PlaceId> {
        let key = (
            place.location.clone(),
            place.lat.to_bits(),
            place.lon.to_bits(),
        );
        if let Some(&found) = self.places.get(&key) {
            return found;
        }
        let gazetteer = self.gazetteer;
        let off = |id: PlaceId| {
            let p = gazetteer.place(id);
            (p.lat - place.lat).abs() + (p.lon - place.lon).abs()
        };
        // Places of one name can share their coordinates (a district placed at its seat):
        // the full name and the precision tell them apart.
        let unlike = |id: PlaceId| {
            let kind = Precision::of_kind(gazetteer.place(id).kind);
            (
                gazetteer.full_name(id) != place.name,
                place.precision.is_some_and(|p| p != kind),
            )
        };
        let found = gazetteer
            .lookup(&place.location)
            .into_iter()
            .map(|m| m.place)
            .filter(|&id| off(id) < 1e-3)
            .min_by(|&a, &b| {
                (unlike(a).cmp(&unlike(b)))
                    .then(off(a).total_cmp(&off(b)))
                    .then(a.cmp(&b))
            });
        if found.is_none() {
            self.problems.push(Problem::degraded(
                self.path,
                format!(
                    "line {number}: {} ({}, {}) is not in this gazetteer: its event is shown with no place",
                    place.name, place.lat, place.lon
                ),
            ));
        }
        self.places.insert(key, found);
        found
    }

    /// The articles, each with its quoted sentences laid out in its order, and the events
    /// with their reports pointing into them.
    fn finish(self) -> EventsFile {
        let mut starts: Vec<Vec<usize>> = Vec::with_capacity(self.articles.len());
        let articles: Vec<(Article, Vec<usize>)> = self
            .articles
            .into_iter()
            .enumerate()
            .map(|(index, quoted)| {
                let mut sentences: Vec<((usize, String), usize)> =
                    quoted.sentences.into_iter().collect();
                sentences.sort_unstable();
                let mut text = String::new();
                let mut kept = Vec::with_capacity(sentences.len());
                let mut quoted_from = Vec::with_capacity(sentences.len());
                let mut slot_start = vec![0; sentences.len()];
                for ((from, sentence), slot) in sentences {
                    quoted_from.push(from);
                    if !text.is_empty() {
                        text.push_str("\n\n");
                    }
                    slot_start[slot] = text.len();
                    kept.push(text.len()..text.len() + sentence.len());
                    text.push_str(&sentence);
                }
                starts.push(slot_start);
                let article = Article {
                    id: ArticleId(u32::try_from(index).unwrap_or(u32::MAX)),
                    path: PathBuf::from(&quoted.key),
                    key: quoted.key,
                    title: quoted.title,
                    outlet: quoted.outlet,
                    url: quoted.url,
                    published: quoted.published.map(|date| Published {
                        date,
                        source: DateSource::Metadata,
                    }),
                    text,
                    kept,
                    dropped: Vec::new(),
                };
                (article, quoted_from)
            })
            .collect();
        let mut events = self.events;
        for (event, slots) in events.iter_mut().zip(self.slots) {
            for (m, (article, slot)) in event.mentions.iter_mut().zip(slots) {
                let start = starts[article][slot];
                // Not shared yet: no copy.
                let m = Arc::make_mut(m);
                m.sentence = start + m.sentence.start..start + m.sentence.end;
                if let Some(toponym) = &mut m.place {
                    toponym.span = start + toponym.span.start..start + toponym.span.end;
                }
            }
        }
        EventsFile {
            articles,
            events,
            problems: self.problems,
        }
    }
}

/// A `YYYY-MM-DD` date, or why not.
fn parse_date(text: &str) -> Result<NaiveDate, String> {
    NaiveDate::parse_from_str(text, "%Y-%m-%d").map_err(|_| format!("“{text}” is not a date"))
}

/// The bytes of `sentence` (starting at code point `start` of its article) that the place
/// spans from code point `place_start` to `place_end`; None when they are not in it.
fn place_bytes(
    sentence: &str,
    start: usize,
    place_start: Option<usize>,
    place_end: Option<usize>,
) -> Option<std::ops::Range<usize>> {
    let from = place_start?.checked_sub(start)?;
    let to = place_end?.checked_sub(start)?;
    let byte = |chars: usize| {
        (sentence.char_indices().map(|(i, _)| i))
            .chain(std::iter::once(sentence.len()))
            .nth(chars)
    };
    let span = byte(from)?..byte(to)?;
    (span.start < span.end).then_some(span)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_place_s_code_points_become_the_sentence_s_bytes() {
        // "Qal'ah-ye Now" after an accented word: code points and bytes differ.
        let sentence = "Fighting near Qalʿah-ye Now went on.";
        let at = sentence.find("Qal").unwrap_or_default();
        assert_eq!(
            place_bytes(sentence, 100, Some(114), Some(127)),
            Some(at..at + 14)
        );
        assert_eq!(place_bytes(sentence, 100, Some(90), Some(95)), None);
        assert_eq!(place_bytes(sentence, 100, None, Some(95)), None);
        assert_eq!(place_bytes(sentence, 100, Some(100), Some(500)), None);
    }
}

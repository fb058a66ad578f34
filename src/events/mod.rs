//! Events: what happened, who, how many, where and when, with the sentences that report it.
//!
//! [`extract_mentions`] reads an article sentence by sentence. A sentence with a trigger
//! ([`kinds`]) yields one [`EventMention`] per kind it reports, placed at the sentence's most
//! precise place name near the trigger (or nowhere), dated by [`crate::time::event_time`]
//! (or undated), with its actors and counted things ([`actors`]), and flagged when it is
//! reported speech or a photo caption. A report that names no place takes the place of an
//! earlier report of the same kind a few sentences before, and says so. [`merge`] then joins
//! mentions of one happening, in
//! one article or several: same kind, same place or a place inside the other's province,
//! overlapping dates. Each join is recorded with its reason, for the detail panel to show.

pub mod actors;
pub mod kinds;

use std::collections::HashMap;
use std::ops::Range;

use chrono::NaiveDate;

pub use actors::Quantity;
pub use kinds::EventKind;

use crate::gazetteer::{Gazetteer, PlaceId, PlaceKind};
use crate::geoparse::{MentionForm, Precision, Toponym};
use crate::time::{DateRange, TimePrecision, event_time, find_times};

/// One sentence's report of an event.
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
pub struct EventMention {
    /// Index of the article (in the caller's list of articles).
    pub article: usize,
    /// What happened.
    pub kind: EventKind,
    /// Byte range of the sentence in the article's text.
    pub sentence: Range<usize>,
    /// Byte range of the trigger words in the article's text.
    pub trigger: Range<usize>,
    /// Where, if the sentence names a place.
    pub place: Option<Toponym>,
    /// When, if the article or the sentence dates it.
    pub time: Option<DateRange>,
    /// Who, normalised.
    pub actors: Vec<String>,
    /// How many of what.
    pub quantities: Vec<Quantity>,
    /// The sentence quotes or reports someone ("said", quotation marks).
    pub reported: bool,
    /// The sentence is a photo caption.
    pub caption: bool,
    /// The place comes from an earlier sentence of the article reporting the same kind of
    /// event (the sentence itself names none): "…left Bagram. … the departure on Friday".
    pub place_inherited: bool,
    /// The user set the place (see [`crate::corrections`]).
    pub place_corrected: bool,
    /// How sure the extraction is, 0..=1.
    pub confidence: f32,
}

/// One happening, with every sentence that reports it.
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
pub struct Event {
    /// Stable within one extraction: the index in the returned list.
    pub id: usize,
    /// What happened.
    pub kind: EventKind,
    /// Where: the most precise place among the mentions.
    pub place: Option<PlaceId>,
    /// The place's precision.
    pub precision: Option<Precision>,
    /// When: the narrowest date range among the mentions.
    pub time: Option<DateRange>,
    /// Who, over all mentions.
    pub actors: Vec<String>,
    /// How many of what, over all mentions (largest value per thing).
    pub quantities: Vec<Quantity>,
    /// How sure, 0..=1: more sources, more sure.
    pub confidence: f32,
    /// The reports, in reading order.
    pub mentions: Vec<EventMention>,
    /// Why each mention after the first joined the event.
    pub merge_reasons: Vec<String>,
}

impl Event {
    /// Number of distinct articles reporting the event.
    pub fn source_count(&self) -> usize {
        if self.mentions.len() <= 1 {
            return self.mentions.len();
        }
        let mut articles: Vec<usize> = self.mentions.iter().map(|m| m.article).collect();
        articles.sort_unstable();
        articles.dedup();
        articles.len()
    }
}

/// Byte ranges of the sentences of `lines` (ranges of `text`).
pub fn sentences(text: &str, lines: &[Range<usize>]) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    for line in lines {
        let Some(line_text) = text.get(line.clone()) else {
            continue;
        };
        let mut start = 0;
        let chars: Vec<(usize, char)> = line_text.char_indices().collect();
        for (k, &(i, c)) in chars.iter().enumerate() {
            let next = chars.get(k + 1).map(|&(_, n)| n);
            let ends = matches!(c, '.' | '!' | '?')
                && next.is_none_or(|n| n == ' ' || n == '"' || n == '\'' || n == '\u{201D}');
            // "U.S." and "Gen." do not end sentences: the word before a dot must be long.
            let word_before = line_text[start..i].rsplit(' ').next().unwrap_or("");
            if ends
                && (word_before.len() > 3
                    || word_before.chars().next().is_some_and(char::is_lowercase))
            {
                let end = i + c.len_utf8();
                push_trimmed(&mut out, line.start, &line_text[start..end], start);
                start = end;
            }
        }
        push_trimmed(&mut out, line.start, &line_text[start..], start);
    }
    out
}

fn push_trimmed(out: &mut Vec<Range<usize>>, line_start: usize, piece: &str, piece_start: usize) {
    let lead = piece.len() - piece.trim_start().len();
    let trimmed = piece.trim();
    if !trimmed.is_empty() {
        let start = line_start + piece_start + lead;
        out.push(start..start + trimmed.len());
    }
}

/// How far a place's precision ranks it, in characters of distance, when choosing a
/// sentence's place: a town 40 characters away beats the province next to the trigger.
fn precision_penalty(precision: Precision) -> usize {
    match precision {
        Precision::Site | Precision::Town => 0,
        Precision::District => 40,
        Precision::Province => 80,
        Precision::Country => 200,
        Precision::Region => 300,
    }
}

/// How many sentences back a place-less report may take the place of an earlier report of
/// the same kind.
const INHERIT_WITHIN_SENTENCES: usize = 4;

/// Whether a sentence points back at something already told: a definite report ("the
/// departure", "the US's silent departure") or a definite place ("the city", "the base").
fn refers_back(sentence: &str, trigger_start: usize) -> bool {
    let lower = sentence.to_lowercase();
    let before: Vec<&str> = lower[..trigger_start]
        .split_whitespace()
        .rev()
        .take(3)
        .collect();
    let definite = before
        .iter()
        .any(|w| ["the", "this", "its", "their", "that"].contains(w) || w.ends_with("'s"));
    let place = [
        "the city",
        "the town",
        "the base",
        "the airfield",
        "the prison",
        "the capital",
        "the provincial capital",
    ]
    .iter()
    .any(|p| lower.contains(p));
    definite || place
}

/// Sentences at the head of an article whose date may date the rest (the lede).
const LEDE_SENTENCES: usize = 3;

/// Words after a country's name that make it an actor, not a place: "US forces left".
const ACTOR_NOUNS: &[&str] = &[
    "forces",
    "troops",
    "soldiers",
    "military",
    "officials",
    "official",
    "government",
    "embassy",
    "army",
    "commander",
    "commanders",
    "delegation",
    "special",
    "president",
    "defence",
    "defense",
    "heavy",
    "diplomats",
    "intelligence",
    "&",
    "and",
];

/// Whether a country named in the text stands for its forces or government ("US troops",
/// "US & UK troops", "the US's departure", "the US withdrew").
fn names_an_actor(text: &str, toponym: &Toponym) -> bool {
    if toponym.precision != Precision::Country {
        return false;
    }
    let after = text[toponym.span.end..].to_lowercase();
    if after.starts_with("'s") || after.starts_with("\u{2019}s") {
        return true;
    }
    let next_word = after
        .trim_start()
        .split(|c: char| c.is_whitespace() || c == ',')
        .next()
        .unwrap_or("");
    ACTOR_NOUNS.contains(&next_word)
        || kinds::find_triggers(next_word)
            .iter()
            .any(|t| t.span.start == 0)
}

/// "West of Kabul" uses Kabul as a reference point: the event is elsewhere.
fn reference_penalty(text: &str, toponym: &Toponym) -> usize {
    let before = text[..toponym.span.start].trim_end().to_lowercase();
    let directions = [
        "north of",
        "south of",
        "east of",
        "west of",
        "northeast of",
        "northwest of",
        "southeast of",
        "southwest of",
        "km from",
        "miles from",
        "outside",
    ];
    if directions.iter().any(|d| before.ends_with(d)) {
        150
    } else {
        0
    }
}

/// The event mentions of one article (see the module doc). `toponyms` are the article's
/// resolved place names; `published` its date.
pub fn extract_mentions(
    article: usize,
    text: &str,
    lines: &[Range<usize>],
    toponyms: &[Toponym],
    published: Option<NaiveDate>,
) -> Vec<EventMention> {
    let mut out = Vec::new();
    let sentences = sentences(text, lines);
    // The lede dates the story: a sentence with no time of its own takes the first day-precise
    // time of the article's first sentences ("The Taliban on Wednesday launched…").
    let own_time = |sentence: &str| {
        let dated = find_times(sentence, published)
            .iter()
            .any(|t| !t.in_caption);
        if dated {
            event_time(sentence, published)
        } else {
            None
        }
    };
    let lede_time = sentences
        .iter()
        .take(LEDE_SENTENCES)
        .filter_map(|s| own_time(&text[s.clone()]))
        .find(|t| t.precision == TimePrecision::Day);
    // The last placed mention of each kind, by sentence number, for place-less reports.
    let mut last_placed: HashMap<EventKind, (usize, Toponym)> = HashMap::new();
    for (sentence_number, sentence) in sentences.into_iter().enumerate() {
        let sentence_text = &text[sentence.clone()];
        let triggers = kinds::find_triggers(sentence_text);
        if triggers.is_empty() {
            continue;
        }
        let lower = sentence_text.to_lowercase();
        let caption = lower.contains("(pictured")
            || lower.starts_with("pictured")
            || lower.contains("(photo");
        let reported = sentence_text.contains(['"', '\u{201C}', '\u{2018}'])
            || sentence_text.starts_with('\'')
            || [" said", " says", " told ", "according to", " reported"]
                .iter()
                .any(|w| lower.contains(w));
        let time = own_time(sentence_text)
            .or(lede_time)
            .or_else(|| event_time(sentence_text, published));
        let actors: Vec<String> = actors::find_actors(sentence_text)
            .into_iter()
            .map(str::to_string)
            .collect();
        let quantities = actors::find_quantities(sentence_text);
        let places: Vec<&Toponym> = toponyms
            .iter()
            .filter(|t| {
                sentence.start <= t.span.start
                    && t.span.end <= sentence.end
                    && t.form != MentionForm::Demonym
                    && !names_an_actor(text, t)
            })
            .collect();
        for trigger in triggers {
            let trigger_at = sentence.start + trigger.span.start..sentence.start + trigger.span.end;
            let place = places
                .iter()
                .min_by_key(|t| {
                    let distance = t
                        .span
                        .start
                        .abs_diff(trigger_at.start)
                        .min(t.span.end.abs_diff(trigger_at.end));
                    distance + precision_penalty(t.precision) + reference_penalty(text, t)
                })
                .map(|t| (*t).clone());
            let inherited = place
                .is_none()
                .then(|| last_placed.get(&trigger.kind))
                .flatten()
                .filter(|(at, _)| sentence_number - at <= INHERIT_WITHIN_SENTENCES)
                .filter(|_| refers_back(sentence_text, trigger.span.start));
            let place_inherited = inherited.is_some();
            let place = place.or_else(|| inherited.map(|(_, t)| t.clone()));
            if let Some(t) = &place
                && !place_inherited
            {
                last_placed.insert(trigger.kind, (sentence_number, t.clone()));
            }
            let mut confidence: f32 = 0.5;
            if place.is_some() {
                confidence += if place_inherited { 0.1 } else { 0.25 };
            }
            if time.is_some() {
                confidence += 0.1;
            }
            if caption {
                confidence -= 0.2;
            }
            out.push(EventMention {
                article,
                kind: trigger.kind,
                sentence: sentence.clone(),
                trigger: trigger_at,
                place,
                time,
                actors: actors.clone(),
                quantities: quantities.clone(),
                reported,
                caption,
                place_inherited,
                place_corrected: false,
                confidence: confidence.clamp(0.05, 0.95),
            });
        }
    }
    out
}

/// How two mentions' places relate, if they may name the same happening's place.
fn places_agree(gazetteer: &Gazetteer, a: Option<&Toponym>, b: Option<&Toponym>) -> Option<String> {
    let (a, b) = (a?, b?);
    if a.place == b.place {
        return Some(format!("same place ({})", gazetteer.place(a.place).name));
    }
    let (pa, pb) = (gazetteer.place(a.place), gazetteer.place(b.place));
    // A town or district and its own province.
    let inside = |inner: &crate::gazetteer::Place, outer: &crate::gazetteer::Place| {
        outer.kind == PlaceKind::Admin1
            && inner.country == outer.country
            && inner.admin1 == outer.admin1
            && !inner.kind.is_area()
    };
    if inside(pa, pb) || inside(pb, pa) {
        return Some(format!(
            "{} is in {}",
            if inside(pa, pb) { &pa.name } else { &pb.name },
            if inside(pa, pb) { &pb.name } else { &pa.name }
        ));
    }
    None
}

/// Joins the mentions of one happening (see the module doc). The result is sorted by start
/// date (undated last), then kind. Mentions are only compared within one kind and province
/// (place-less ones within one article), so merging stays fast on large folders.
pub fn merge(gazetteer: &Gazetteer, mut mentions: Vec<EventMention>) -> Vec<Event> {
    mentions.sort_by_key(|m| (m.kind, m.time.map(|t| t.start), m.article, m.sentence.start));
    let mut events: Vec<Event> = Vec::new();
    let mut buckets: HashMap<(EventKind, Bucket), Vec<usize>> = HashMap::new();
    for mention in mentions {
        let bucket = (mention.kind, Bucket::of(gazetteer, &mention));
        let candidates = buckets.entry(bucket).or_default();
        let joined = candidates.iter().rev().find_map(|&index| {
            let event = &events[index];
            let first = &event.mentions[0];
            // Mentions without a place stay apart: nothing shows they report one happening.
            let place_reason =
                places_agree(gazetteer, first.place.as_ref(), mention.place.as_ref())?;
            let time_reason = match (event.time, mention.time) {
                (Some(a), Some(b)) if a.overlaps(&b) => {
                    format!(
                        "dates overlap ({} – {} and {} – {})",
                        a.start, a.end, b.start, b.end
                    )
                }
                (None, None) if first.article == mention.article => {
                    "both undated, same article".to_string()
                }
                _ => return None,
            };
            Some((
                index,
                format!("{}: {place_reason}, {time_reason}", mention.kind.as_str()),
            ))
        });
        match joined {
            Some((index, reason)) => {
                events[index].merge_reasons.push(reason);
                absorb(gazetteer, &mut events[index], mention);
            }
            None => {
                let mut event = Event {
                    id: 0,
                    kind: mention.kind,
                    place: None,
                    precision: None,
                    time: None,
                    actors: Vec::new(),
                    quantities: Vec::new(),
                    confidence: 0.0,
                    mentions: Vec::new(),
                    merge_reasons: Vec::new(),
                };
                absorb(gazetteer, &mut event, mention);
                candidates.push(events.len());
                events.push(event);
            }
        }
    }
    events.sort_by_key(|e| (e.time.map_or(NaiveDate::MAX, |t| t.start), e.kind));
    for (id, event) in events.iter_mut().enumerate() {
        event.id = id;
        event
            .mentions
            .sort_by_key(|m| (m.article, m.sentence.start));
    }
    events
}

/// Which mentions may be compared when merging: those placed in one province (or at one
/// country- or region-level place), or, without a place, those of one article.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
enum Bucket {
    Province(String, String),
    Place(PlaceId),
    Article(usize),
}

impl Bucket {
    fn of(gazetteer: &Gazetteer, mention: &EventMention) -> Self {
        match &mention.place {
            None => Self::Article(mention.article),
            Some(t) => {
                let place = gazetteer.place(t.place);
                if place.admin1.is_empty()
                    || matches!(
                        place.kind,
                        PlaceKind::Country | PlaceKind::Continent | PlaceKind::Region
                    )
                {
                    Self::Place(t.place)
                } else {
                    Self::Province(place.country.clone(), place.admin1.clone())
                }
            }
        }
    }
}

/// Adds a mention to an event, keeping the most precise place and the narrowest dates.
fn absorb(gazetteer: &Gazetteer, event: &mut Event, mention: EventMention) {
    if let Some(t) = &mention.place {
        let better = event.precision.is_none_or(|p| t.precision < p);
        if better {
            event.place = Some(t.place);
            event.precision = Some(Precision::of_kind(gazetteer.place(t.place).kind));
        }
    }
    if let Some(time) = mention.time {
        let narrower = event
            .time
            .is_none_or(|t| (time.precision, time.days()) < (t.precision, t.days()));
        event.time = Some(if narrower {
            time
        } else {
            event.time.unwrap_or(time)
        });
    }
    for actor in &mention.actors {
        if !event.actors.contains(actor) {
            event.actors.push(actor.clone());
        }
    }
    for q in &mention.quantities {
        match event
            .quantities
            .iter_mut()
            .find(|e| e.what.eq_ignore_ascii_case(&q.what))
        {
            Some(existing) => existing.value = existing.value.max(q.value),
            None => event.quantities.push(q.clone()),
        }
    }
    event.mentions.push(mention);
    let mean =
        event.mentions.iter().map(|m| m.confidence).sum::<f32>() / event.mentions.len() as f32;
    event.confidence = (mean + 0.1 * (event.source_count() as f32 - 1.0)).min(0.99);
}

#[cfg(test)]
mod tests;

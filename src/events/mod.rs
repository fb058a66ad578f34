//! Events: what happened, who, how many, where and when, with the sentences that report it.
//!
//! [`extract_mentions`] reads an article sentence by sentence. A sentence's triggers
//! ([`triggers`], a lexicon of conflict reporting) are kept when they report something that
//! happened ([`modality`]: not negated, not future or intended, not generic) and reduced to
//! the kinds the sentence is about (an airstrike's dead belong to the airstrike, not to a
//! separate killing). Each kept kind yields one [`EventMention`] per place of the event
//! ([`place`]: the place near the trigger, or each place of a list), dated by
//! [`crate::time::event_time`] (or undated), with its actors ([`actors`]), counted things and
//! casualties ([`numbers`]), and flagged when it is reported speech, a photo caption or hedged
//! ("allegedly"). A report that names no place takes the place of an earlier report of the
//! same kind, or of the place a definite noun points back at ("the town"). Repeated sentences
//! (captions and headlines scraped twice) are read once. [`merge`] then joins mentions of one
//! happening, in one article or several. Every kind maps onto ACLED's taxonomy ([`taxonomy`]).

pub mod actors;
mod choose;
mod extract;
mod merge;
mod modality;
pub mod numbers;
mod place;
pub mod taxonomy;
pub mod triggers;

use std::ops::Range;
use std::sync::Arc;

pub use extract::extract_mentions;
pub use merge::{DatesAgree, MergeReason, PlacesAgree, merge};
pub use numbers::{Casualties, Quantity};
pub use taxonomy::{EventKind, EventType, SubEventType};

use compact_str::CompactString;

use crate::gazetteer::PlaceId;
use crate::geoparse::{Precision, Toponym};
use crate::text::{head, tail};
use crate::time::DateRange;

/// One sentence's report of an event.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
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
    /// The report's own clause gives its calendar day ("On 16 August, a drone strike …"):
    /// reports of one article that give other days are other happenings.
    #[serde(default)]
    pub day_stated: bool,
    /// Who, normalised.
    pub actors: Vec<CompactString>,
    /// How many of what.
    pub quantities: Vec<Quantity>,
    /// The dead and wounded the sentence reports (on the sentence's first report only).
    pub casualties: Casualties,
    /// The sentence quotes or reports someone ("said", quotation marks).
    pub reported: bool,
    /// The sentence hedges what it reports ("allegedly", "reportedly").
    pub hedged: bool,
    /// The sentence is a photo caption.
    pub caption: bool,
    /// The place comes from an earlier sentence of the article: one reporting the same kind
    /// of event ("…left Bagram. … the departure on Friday"), or the place a definite noun
    /// points back at ("the town").
    pub place_inherited: bool,
    /// The user set the place (see [`crate::corrections`]).
    pub place_corrected: bool,
    /// How sure the extraction is, 0..=1.
    pub confidence: f32,
}

impl EventMention {
    /// This report as one of article `article`'s (in the reader's or the corpus's numbering),
    /// ready to be shared with the events it joins (see [`Event::mentions`]).
    pub fn shared_as_of(self, article: usize) -> Arc<Self> {
        Arc::new(Self { article, ..self })
    }

    /// Sets [`Self::confidence`]: how sure the report is (dated, not a caption, not hedged,
    /// its place its own sentence's), times how sure its place is. A function of the report
    /// alone, so that a report whose place is resolved again with another confidence is
    /// weighed again without being read again.
    pub fn weigh(&mut self) {
        let mut confidence: f32 = 0.75;
        if self.time.is_some() {
            confidence += 0.1;
        }
        if self.caption {
            confidence -= 0.2;
        }
        if self.hedged {
            confidence -= 0.1;
        }
        if self.place_inherited {
            confidence -= 0.1;
        }
        confidence *= self.place.as_ref().map_or(0.6, |t| t.confidence);
        self.confidence = confidence.clamp(0.05, 0.95);
    }
}

/// Replaces the reports of the articles `changed` in `reports` (sorted by article) with
/// `revised`, keeping them sorted by article.
pub fn replace_reports(
    reports: &mut Vec<Arc<EventMention>>,
    changed: &std::collections::HashSet<usize>,
    revised: Vec<Arc<EventMention>>,
) {
    if changed.is_empty() {
        return;
    }
    reports.retain(|m| !changed.contains(&m.article));
    reports.extend(revised);
    reports.sort_by_key(|m| m.article);
}

/// Names an event across reads of its folder: derived from the event's first report (the
/// article's key, the sentence and trigger offsets, the kind), so it survives a re-read, the
/// merges of a folder being read, and a correction that leaves that report in the event.
/// Shown and exported as 16 hexadecimal digits.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct EventId(pub u64);

impl std::fmt::Display for EventId {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{:016x}", self.0)
    }
}

impl serde::Serialize for EventId {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl<'de> serde::Deserialize<'de> for EventId {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text = String::deserialize(deserializer)?;
        u64::from_str_radix(&text, 16).map(EventId).map_err(|_| {
            serde::de::Error::custom(format!("{text:?} is no event id (16 hexadecimal digits)"))
        })
    }
}

/// One happening, with every sentence that reports it.
#[derive(Clone, Debug, PartialEq)]
pub struct Event {
    /// Names the event across reads (see [`EventId`]).
    pub id: EventId,
    /// What happened.
    pub kind: EventKind,
    /// Where: the most precise place among the mentions.
    pub place: Option<PlaceId>,
    /// The place's precision.
    pub precision: Option<Precision>,
    /// When: the narrowest date range among the mentions.
    pub time: Option<DateRange>,
    /// Who, over all mentions.
    pub actors: Vec<CompactString>,
    /// How many of what, over all mentions (largest value per thing).
    pub quantities: Vec<Quantity>,
    /// The dead and wounded: the largest figure any report gives.
    pub casualties: Casualties,
    /// Every report hedges it ("allegedly"): unconfirmed.
    pub unconfirmed: bool,
    /// How sure, 0..=1: more sources, more sure.
    pub confidence: f32,
    /// The reports, in reading order: shared with the list of all reports they were merged
    /// from (a large folder's reports take hundreds of megabytes; each is kept once).
    pub mentions: Vec<Arc<EventMention>>,
    /// Why each mention after the first joined the event.
    pub merge_reasons: Vec<MergeReason>,
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

    /// ACLED's event type.
    pub fn event_type(&self) -> EventType {
        self.kind.event_type()
    }
}

/// Bytes in a sentence, at most: a longer run without a full stop (a table, a line without
/// spaces) is cut, at a space when one is near, so that the work on one sentence is bounded.
const MAX_SENTENCE_BYTES: usize = 2000;

/// Abbreviations of lower-case words that a dot ends inside a sentence, not at its end.
const INNER_ABBREVIATIONS: &[&str] = &["approx", "incl", "excl", "esp", "appr", "ca", "viz"];

/// Abbreviations of two or three letters, capitalised, that a dot ends inside a sentence
/// ("Gen. Kohistani", "Lt. Col.", "on Jan. 5"). Other short capitalised words end one: a town
/// ("taken to hospital in Lashkar Gah."), an acronym ("fighters of the SDF.").
const SHORT_ABBREVIATIONS: &[&str] = &[
    "Mr", "Mrs", "Ms", "Dr", "St", "Mt", "Ft", "Lt", "Col", "Gen", "Maj", "Sgt", "Cpl", "Pvt",
    "Pte", "Adm", "Cdr", "Cpt", "Gov", "Sen", "Rep", "Rev", "Fr", "Jr", "Sr", "No", "Nos", "Co",
    "Inc", "Ltd", "Bn", "Bde", "Div", "Rd", "Ave", "Vol", "Art", "Fig", "Sec", "Est", "Dep", "Min",
    "Amb", "Pt", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
];

/// Byte ranges of the sentences of `lines` (ranges of `text`); none is longer than 2,000 bytes.
pub fn sentences(text: &str, lines: &[Range<usize>]) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    for line in lines {
        let Some(line_text) = text.get(line.clone()) else {
            continue;
        };
        let bytes = line_text.as_bytes();
        let mut start = 0;
        // The quotation marks of the sentence read so far, counted once each.
        let mut quotes = Quotes::starting_at(0);
        // Where the search for the next end goes on: only dots, exclamation and question
        // marks are looked at, and the bytes between them only for the length cut.
        let mut from = 0;
        loop {
            let found = memchr::memchr3(b'.', b'!', b'?', &bytes[from..]).map(|at| from + at);
            // A sentence runs to 2,000 bytes at most: cut at the last space before them, at
            // the first character past them, if that comes before the next end.
            let mut past_limit = (start + MAX_SENTENCE_BYTES).max(from);
            while past_limit < bytes.len() && !line_text.is_char_boundary(past_limit) {
                past_limit += 1;
            }
            if past_limit < bytes.len() && found.is_none_or(|i| past_limit <= i) {
                let i = past_limit;
                let near = tail(&line_text[start..i], 200);
                let cut = near.rfind(' ').map_or(i, |at| i - near.len() + at + 1);
                push_trimmed(&mut out, line.start, &line_text[start..cut], start);
                start = cut;
                quotes = Quotes::starting_at(start);
                from = i;
                continue;
            }
            let Some(i) = found else {
                break;
            };
            from = i + 1;
            let next = line_text[i + 1..].chars().next();
            let ends = next.is_none_or(|n| n == ' ' || n == '"' || n == '\'' || n == '\u{201D}');
            if !ends || slogan_goes_on(line_text, i, quotes.open_at(line_text, i)) {
                continue;
            }
            // "U.S.", "J." and "Gen." do not end sentences; "in Lashkar Gah." does. Only the
            // last few bytes are read, so a line without spaces stays linear.
            let word_before = tail(&line_text[start..i], 8)
                .rsplit(' ')
                .next()
                .unwrap_or("");
            let short_name = word_before.chars().count() >= 2
                && word_before.chars().all(char::is_alphabetic)
                && !SHORT_ABBREVIATIONS.contains(&word_before);
            // "on Sept. 30": an abbreviated month before a day.
            let month_before_day = word_before.len() == 4
                && crate::text::month_number(word_before).is_some()
                && line_text[i + 1..]
                    .trim_start()
                    .starts_with(|n: char| n.is_ascii_digit());
            // "captured on Feb. 24. Moscow-installed officials…": a date's day ends one too.
            let day_of_a_date = !word_before.is_empty()
                && word_before.bytes().all(|b| b.is_ascii_digit())
                && tail(&line_text[start..i], 16)
                    .trim_end_matches(|c: char| c.is_ascii_digit())
                    .trim_end()
                    .trim_end_matches('.')
                    .rsplit(' ')
                    .next()
                    .is_some_and(|month| crate::text::month_number(month).is_some());
            let long_word = word_before.len() > 3
                || word_before.chars().next().is_some_and(char::is_lowercase)
                || short_name
                || day_of_a_date;
            // "at approx. 02:10", "5 killed incl. 2 children"; "from 7 p.m. to 6 a.m. in the
            // town", "the U.S. military": a dotted abbreviation before a lower-case word.
            let dotted_before_lower_case = word_before.contains('.')
                && line_text[i + 1..]
                    .trim_start()
                    .starts_with(|n: char| n.is_lowercase());
            let abbreviation = INNER_ABBREVIATIONS.contains(&word_before.to_lowercase().as_str())
                || dotted_before_lower_case;
            if long_word && !month_before_day && !abbreviation {
                let end = i + 1;
                push_trimmed(&mut out, line.start, &line_text[start..end], start);
                start = end;
                quotes = Quotes::starting_at(start);
            }
        }
        push_trimmed(&mut out, line.start, &line_text[start..], start);
    }
    out
}

/// Bytes after an exclamation or a question mark within which a quotation it is part of
/// closes, at most.
const QUOTE_CLOSE_BYTES: usize = 80;

/// The quotation marks of a sentence up to a byte, counted as the search for its end goes on,
/// so that each byte is read once however many marks the sentence holds.
struct Quotes {
    /// Where the count stops.
    at: usize,
    straight: usize,
    opened: usize,
    closed: usize,
}

impl Quotes {
    /// None counted yet, from byte `at` (a sentence's start).
    fn starting_at(at: usize) -> Self {
        Self {
            at,
            straight: 0,
            opened: 0,
            closed: 0,
        }
    }

    /// Whether a quotation is open at byte `at` of `line` (past the last count).
    fn open_at(&mut self, line: &str, at: usize) -> bool {
        let gap = &line[self.at..at];
        self.straight += gap.matches('"').count();
        self.opened += gap.matches('\u{201C}').count();
        self.closed += gap.matches('\u{201D}').count();
        self.at = at;
        self.straight % 2 == 1 || self.opened > self.closed
    }
}

/// Whether the exclamation or question mark at byte `at` of `line`, inside a quotation when
/// `open`, ends a quoted slogan that the sentence goes on after: "gathered for the \"Don't be
/// silent! Captivity kills\" action", "chanting \"Down with the junta!\" as they marched".
fn slogan_goes_on(line: &str, at: usize, open: bool) -> bool {
    if !open || !matches!(line.as_bytes()[at], b'!' | b'?') {
        return false;
    }
    let after = head(&line[at + 1..], QUOTE_CLOSE_BYTES);
    let Some(close) = after.find(['"', '\u{201D}']) else {
        return false;
    };
    let rest = &line[at + 1 + close..];
    let rest = rest[rest.chars().next().map_or(0, char::len_utf8)..].trim_start();
    !after[..close].contains(['.', '!', '?']) && rest.starts_with(char::is_lowercase)
}

fn push_trimmed(out: &mut Vec<Range<usize>>, line_start: usize, piece: &str, piece_start: usize) {
    let lead = piece.len() - piece.trim_start().len();
    let trimmed = piece.trim();
    if !trimmed.is_empty() {
        let start = line_start + piece_start + lead;
        out.push(start..start + trimmed.len());
    }
}

#[cfg(test)]
mod tests;

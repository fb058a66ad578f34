//! Joins the mentions of one happening, in one article or several: same kind, same place or a
//! place inside the other's province, overlapping dates (or, in one article, a date of another
//! precision: "on Friday" and "last week"). Each join is recorded with its reason, for the
//! detail panel to show.

use std::sync::Arc;

use chrono::NaiveDate;
use compact_str::CompactString;
use rustc_hash::{FxHashMap, FxHashSet};

use super::{Casualties, Event, EventId, EventKind, EventMention};
use crate::gazetteer::{Gazetteer, PlaceId, PlaceKind};
use crate::geoparse::{Precision, Toponym};
use crate::time::{DateRange, TimePrecision};

/// How many days apart one article's reports of one kind at one place may be and still be
/// one happening ("the US left Bagram" on Friday, "how the US left Bagram" in a sentence
/// dated Monday by another clause).
const SAME_ARTICLE_DAYS: i64 = 7;

/// Why a report joined an event, as [`merge`] found it (told in words by
/// [`MergeReason::describe`]), or as an events file gives it.
#[derive(Clone, Debug, PartialEq)]
pub enum MergeReason {
    /// Merged here: the report's kind, and how its place and dates agree with the event's.
    Joined {
        /// The kind of the report (and of the event).
        kind: EventKind,
        /// How the places agree.
        places: PlacesAgree,
        /// How the dates agree.
        dates: DatesAgree,
    },
    /// Read from an events file, in its words.
    Written(String),
}

/// How a report's place agrees with an event's first report's.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum PlacesAgree {
    /// One place.
    Same(PlaceId),
    /// A town, site or district (`inner`) and its own province (`outer`).
    Inside {
        /// The place inside.
        inner: PlaceId,
        /// Its province.
        outer: PlaceId,
    },
}

/// How a report's dates agree with an event's (the event's first).
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum DatesAgree {
    /// The ranges overlap.
    Overlap(DateRange, DateRange),
    /// A day apart, one of them imprecise.
    DayApart(DateRange, DateRange),
    /// In one article, dates of different precision.
    OtherPrecision,
    /// In one article, at most [`SAME_ARTICLE_DAYS`] days apart.
    SameArticle,
    /// In one article, both undated.
    Undated,
}

impl MergeReason {
    /// The reason in words, for the detail panel and exports: "assault: same place (Kabul),
    /// dates overlap (2021-08-26 – 2021-08-26 and 2021-08-26 – 2021-08-26)".
    pub fn describe(&self, gazetteer: &Gazetteer) -> String {
        let (kind, places, dates) = match self {
            Self::Written(text) => return text.clone(),
            Self::Joined {
                kind,
                places,
                dates,
            } => (kind, places, dates),
        };
        let name = |id: PlaceId| &gazetteer.place(id).name;
        let places = match *places {
            PlacesAgree::Same(place) => format!("same place ({})", name(place)),
            PlacesAgree::Inside { inner, outer } => {
                format!("{} is in {}", name(inner), name(outer))
            }
        };
        let range = |a: &DateRange, b: &DateRange| {
            format!("{} – {} and {} – {}", a.start, a.end, b.start, b.end)
        };
        let dates = match dates {
            DatesAgree::Overlap(a, b) => format!("dates overlap ({})", range(a, b)),
            DatesAgree::DayApart(a, b) => {
                format!("dates a day apart, one imprecise ({})", range(a, b))
            }
            DatesAgree::OtherPrecision => "one article, dates of different precision".to_string(),
            DatesAgree::SameArticle => {
                format!("one article, dates {SAME_ARTICLE_DAYS} days apart at most")
            }
            DatesAgree::Undated => "both undated, same article".to_string(),
        };
        format!("{}: {places}, {dates}", kind.as_str())
    }
}

/// How two mentions' places relate, if they may name the same happening's place.
fn places_agree(
    gazetteer: &Gazetteer,
    a: Option<&Toponym>,
    b: Option<&Toponym>,
) -> Option<PlacesAgree> {
    let (a, b) = (a?, b?);
    if a.place == b.place {
        return Some(PlacesAgree::Same(a.place));
    }
    let (pa, pb) = (gazetteer.place(a.place), gazetteer.place(b.place));
    // A town, site or district and its own province.
    let inside = |inner: &crate::gazetteer::Place, outer: &crate::gazetteer::Place| {
        outer.kind == PlaceKind::Admin1
            && inner.country == outer.country
            && inner.admin1 == outer.admin1
            && (!inner.kind.is_area() || inner.kind == PlaceKind::Admin2)
    };
    if inside(pa, pb) {
        return Some(PlacesAgree::Inside {
            inner: a.place,
            outer: b.place,
        });
    }
    inside(pb, pa).then_some(PlacesAgree::Inside {
        inner: b.place,
        outer: a.place,
    })
}

/// Joins the mentions of one happening (see the module doc). The result is sorted by start
/// date (undated last), then kind. Mentions are only compared within one kind and province
/// (place-less ones with none), so merging stays fast on large folders.
/// `article_keys[i]` is the key of article `i` (see [`crate::articles::Article::key`]): the
/// events' ids derive from them.
pub fn merge<K: AsRef<str>>(
    gazetteer: &Gazetteer,
    mentions: &[Arc<EventMention>],
    article_keys: &[K],
) -> Vec<Event> {
    // The mentions in the order they are absorbed: a stable sort of their indices keeps equal
    // ones in their order, as a sort of the mentions would, without a copy of them all.
    let mut order: Vec<usize> = (0..mentions.len()).collect();
    order.sort_by_key(|&i| {
        let m = &mentions[i];
        (m.kind, m.time.map(|t| t.start), m.article, m.sentence.start)
    });
    let mut events: Vec<Event> = Vec::new();
    // What absorbing a mention needs to know of each event, kept up to date as it grows.
    let mut tallies: Vec<Tally> = Vec::new();
    let mut buckets: FxHashMap<(EventKind, Bucket), Vec<usize>> = FxHashMap::default();
    for mention in order.into_iter().map(|i| &mentions[i]) {
        // Mentions without a place stay apart: nothing shows they report one happening. They
        // are compared with nothing (a long article of place-less reports stays linear).
        let mut candidates = (Bucket::of(gazetteer, mention))
            .map(|bucket| buckets.entry((mention.kind, bucket)).or_default());
        // A bucket's mentions come in the order of their start dates: an event too early
        // for this one is too early for every later one, and never changes again.
        if let Some(candidates) = candidates.as_mut() {
            candidates.retain(|&index| may_join(events[index].time, mention.time));
        }
        let joined = candidates
            .iter()
            .flat_map(|c| c.iter().rev())
            .find_map(|&index| {
                let event = &events[index];
                let first = &event.mentions[0];
                let place_reason =
                    places_agree(gazetteer, first.place.as_ref(), mention.place.as_ref())?;
                let same_article = tallies[index].articles.contains(&mention.article);
                let days_stated = tallies[index].day_stated && mention.day_stated;
                let time_reason = dates_agree(event.time, mention.time, same_article, days_stated)?;
                let reason = MergeReason::Joined {
                    kind: mention.kind,
                    places: place_reason,
                    dates: time_reason,
                };
                Some((index, reason))
            });
        match joined {
            Some((index, reason)) => {
                events[index].merge_reasons.push(reason);
                absorb(
                    gazetteer,
                    &mut events[index],
                    &mut tallies[index],
                    Arc::clone(mention),
                );
            }
            None => {
                let mut event = Event {
                    id: EventId(0),
                    kind: mention.kind,
                    place: None,
                    precision: None,
                    time: None,
                    actors: Vec::new(),
                    quantities: Vec::new(),
                    casualties: Casualties::default(),
                    unconfirmed: true,
                    confidence: 0.0,
                    mentions: Vec::new(),
                    merge_reasons: Vec::new(),
                };
                let mut tally = Tally::default();
                absorb(gazetteer, &mut event, &mut tally, Arc::clone(mention));
                if let Some(candidates) = candidates {
                    candidates.push(events.len());
                }
                events.push(event);
                tallies.push(tally);
            }
        }
    }
    events.sort_by_key(|e| (e.time.map_or(NaiveDate::MAX, |t| t.start), e.kind));
    for event in &mut events {
        event
            .mentions
            .sort_by_key(|m| (m.article, m.sentence.start));
    }
    assign_ids(&mut events, article_keys);
    events
}

/// Gives each event its [`EventId`]: a hash of its first report's anchor (article key,
/// sentence, trigger, kind). Events sharing an anchor (one per place of a listed sentence)
/// are told apart by their rank in the order of their places in the sentence.
fn assign_ids<K: AsRef<str>>(events: &mut [Event], article_keys: &[K]) {
    let key_of = |article: usize| article_keys.get(article).map_or("", AsRef::as_ref);
    let mut anchored: Vec<(u64, usize, usize)> = events
        .iter()
        .enumerate()
        .filter_map(|(index, event)| {
            let first = event
                .mentions
                .iter()
                .min_by_key(|m| (key_of(m.article), m.sentence.start, m.trigger.start))?;
            let anchor = format!(
                "{}\u{0}{}\u{0}{}\u{0}{}",
                key_of(first.article),
                first.sentence.start,
                first.trigger.start,
                first.kind.as_str()
            );
            let place_at = first.place.as_ref().map_or(0, |t| t.span.start);
            Some((stable_hash(anchor.as_bytes()), place_at, index))
        })
        .collect();
    anchored.sort_unstable();
    let mut rank: u64 = 0;
    for at in 0..anchored.len() {
        let (hash, _, index) = anchored[at];
        rank = if at > 0 && anchored[at - 1].0 == hash {
            rank + 1
        } else {
            0
        };
        events[index].id = EventId(hash ^ rank.wrapping_mul(0x9E37_79B9_7F4A_7C15));
    }
}

/// FNV-1a: the same on every machine and every run, unlike the standard library's hasher.
fn stable_hash(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325, |hash, &byte| {
        (hash ^ u64::from(byte)).wrapping_mul(0x0000_0100_0000_01b3)
    })
}

/// Which mentions may be compared when merging: those placed in one province (or at one
/// country- or region-level place). Mentions without a place are in none.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
enum Bucket {
    Province(CompactString, CompactString),
    Place(PlaceId),
}

impl Bucket {
    fn of(gazetteer: &Gazetteer, mention: &EventMention) -> Option<Self> {
        let t = mention.place.as_ref()?;
        let place = gazetteer.place(t.place);
        Some(
            if place.admin1.is_empty()
                || matches!(
                    place.kind,
                    PlaceKind::Country | PlaceKind::Continent | PlaceKind::Region
                )
            {
                Self::Place(t.place)
            } else {
                Self::Province(place.country.clone(), place.admin1.clone())
            },
        )
    }
}

/// Why two mentions' dates may be one happening's, if they may: the dates of the event so far
/// (`event`) and of a mention that starts no earlier (`mention`), `same_article` when the
/// event has a mention of the mention's article, `days_stated` when both give their calendar
/// days.
fn dates_agree(
    event: Option<DateRange>,
    mention: Option<DateRange>,
    same_article: bool,
    days_stated: bool,
) -> Option<DatesAgree> {
    let reason = match (event, mention) {
        (Some(a), Some(b)) if a.overlaps(&b) => DatesAgree::Overlap(a, b),
        // A week guessed from the publication date ("the week before") may miss the
        // day another article gives by a day.
        (Some(a), Some(b))
            if (a.precision != TimePrecision::Day || b.precision != TimePrecision::Day)
                && days_apart(&a, &b) <= 1 =>
        {
            DatesAgree::DayApart(a, b)
        }
        (Some(a), Some(b))
            if same_article
                && (a.precision != TimePrecision::Day || b.precision != TimePrecision::Day)
                && a.start.signed_duration_since(b.start).num_days().abs() <= 14 =>
        {
            DatesAgree::OtherPrecision
        }
        (Some(a), Some(b))
            if same_article
                && !days_stated
                && a.start.signed_duration_since(b.start).num_days().abs() <= SAME_ARTICLE_DAYS =>
        {
            DatesAgree::SameArticle
        }
        (None, None) if same_article => DatesAgree::Undated,
        _ => return None,
    };
    Some(reason)
}

/// Whether an event of dates `event` may take a mention of dates `mention` (see the dates
/// [`merge`] accepts): an undated event only an undated mention; a dated one a mention that
/// starts at most a day after it ends, or at most 14 days after it starts.
fn may_join(event: Option<DateRange>, mention: Option<DateRange>) -> bool {
    match (event, mention) {
        (Some(a), Some(b)) => {
            let after = |date: NaiveDate, days| {
                (date.checked_add_days(chrono::Days::new(days))).unwrap_or(NaiveDate::MAX)
            };
            b.start <= after(a.end, 1).max(after(a.start, 14))
        }
        (None, Some(_)) => false,
        (_, None) => true,
    }
}

/// Days between two date ranges that do not overlap (0 when they do).
fn days_apart(a: &DateRange, b: &DateRange) -> i64 {
    (b.start - a.end)
        .num_days()
        .max((a.start - b.end).num_days())
        .max(0)
}

/// What [`absorb`] keeps of an event's mentions, so that adding one costs the same however many
/// the event has (one event reported by 100,000 sentences stays linear).
#[derive(Default)]
struct Tally {
    /// The articles of its mentions.
    articles: FxHashSet<usize>,
    /// The places its mentions name themselves (not taken from an earlier sentence).
    named: FxHashSet<PlaceId>,
    /// The sum of its mentions' confidences.
    confidence: f32,
    /// One of its mentions gives its calendar day (see [`EventMention::day_stated`]).
    day_stated: bool,
}

/// Adds a mention to an event, keeping the place a report names itself over one taken from an
/// earlier sentence, then the most precise place, and the narrowest dates.
fn absorb(gazetteer: &Gazetteer, event: &mut Event, tally: &mut Tally, mention: Arc<EventMention>) {
    if let Some(t) = &mention.place {
        let named_here = event
            .place
            .is_some_and(|place| tally.named.contains(&place));
        let better = match event.precision {
            None => true,
            Some(p) if mention.place_inherited != named_here => t.precision < p,
            Some(_) => !mention.place_inherited,
        };
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
    let larger = |a: Option<u32>, b: Option<u32>| a.max(b);
    event.casualties = Casualties {
        fatalities: larger(event.casualties.fatalities, mention.casualties.fatalities),
        injured: larger(event.casualties.injured, mention.casualties.injured),
    };
    event.unconfirmed &= mention.hedged;
    tally.articles.insert(mention.article);
    tally.day_stated |= mention.day_stated;
    if let Some(t) = mention.place.as_ref().filter(|_| !mention.place_inherited) {
        tally.named.insert(t.place);
    }
    tally.confidence += mention.confidence;
    event.mentions.push(mention);
    let mean = tally.confidence / event.mentions.len() as f32;
    event.confidence = (mean + 0.1 * (tally.articles.len() as f32 - 1.0)).min(0.99);
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every pair of dates [`dates_agree`] joins passes [`may_join`], which lets [`merge`]
    /// forget the events too early for a mention without changing what it joins.
    #[test]
    fn no_event_that_may_join_a_later_mention_is_forgotten() {
        let first = NaiveDate::from_ymd_opt(2021, 7, 1).unwrap_or_default();
        let day = |offset: u64| first + chrono::Days::new(offset);
        let precisions = [
            TimePrecision::Day,
            TimePrecision::Week,
            TimePrecision::Month,
        ];
        let ranges = || {
            (0..20).flat_map(move |start| {
                (0..40).flat_map(move |length| {
                    precisions.map(|precision| DateRange {
                        start: day(start),
                        end: day(start + length),
                        precision,
                    })
                })
            })
        };
        let mut checked = 0;
        for event in ranges() {
            for mention in ranges().filter(|m| m.start >= event.start) {
                for same_article in [false, true] {
                    if dates_agree(Some(event), Some(mention), same_article, false).is_some() {
                        checked += 1;
                        assert!(
                            may_join(Some(event), Some(mention)),
                            "{event:?} {mention:?}"
                        );
                    }
                }
            }
        }
        assert!(checked > 1000);
        assert!(!may_join(None, Some(DateRange::day(first))));
        assert!(may_join(None, None));
        let late = DateRange::day(day(16));
        assert!(!may_join(Some(DateRange::day(first)), Some(late)));
    }
}

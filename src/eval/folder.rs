//! Scoring the events of a whole folder against the events an analyst would map from it, in
//! JSONL, one a line: `{"article", "what", "event_type" or "event_types", "place", "lat", "lon",
//! "precision", "from", "to"}` (`tests/data/seeds-gold.jsonl`).
//!
//! A placed event *fits* a gold event when it lies within 25 / 60 / 150 / 500 km of it (gold
//! precision town / district / province / country), its dates overlap the gold's window ±1 day
//! and its ACLED event type is one the gold allows. Events and gold events are paired one to one
//! so that as many pairs as possible fit (a maximum matching, independent of the events'
//! order): paired events are *right*; an unpaired event that fits some gold event is a
//! *duplicate*; one that fits none is *wrong*. Precision is right / placed, recall the share of
//! gold events paired.

use chrono::{Days, NaiveDate};
use serde::Deserialize;

use crate::events::Event;
use crate::gazetteer::Gazetteer;
use crate::geography::haversine_km;

/// One event an analyst would map from the folder.
#[derive(Clone, Debug, Deserialize)]
pub struct FolderGold {
    /// The article that reports it (file name).
    pub article: String,
    /// What happened, in a few words.
    pub what: String,
    /// ACLED event type, when one fits.
    #[serde(default)]
    pub event_type: Option<String>,
    /// The ACLED event types that fit, when several do.
    #[serde(default)]
    pub event_types: Vec<String>,
    /// The place's name.
    pub place: String,
    /// Latitude, degrees.
    pub lat: f64,
    /// Longitude, degrees.
    pub lon: f64,
    /// "town", "district", "province" or "country".
    pub precision: String,
    /// First day it may have happened on.
    #[serde(with = "crate::time::iso_date")]
    pub from: NaiveDate,
    /// Last day it may have happened on.
    #[serde(with = "crate::time::iso_date")]
    pub to: NaiveDate,
}

impl FolderGold {
    fn allows(&self, event_type: &str) -> bool {
        self.event_type.as_deref() == Some(event_type)
            || self.event_types.iter().any(|t| t == event_type)
    }

    /// Whether `event` is this gold event: near, in its window, of a type it allows.
    fn fits(&self, gazetteer: &Gazetteer, event: &Event) -> bool {
        let (Some(place), Some(time)) = (event.place, event.time) else {
            return false;
        };
        let place = gazetteer.place(place);
        let from = self
            .from
            .checked_sub_days(Days::new(1))
            .unwrap_or(self.from);
        let to = self.to.checked_add_days(Days::new(1)).unwrap_or(self.to);
        haversine_km(place.lat, place.lon, self.lat, self.lon)
            <= super::events::radius_km(&self.precision)
            && time.start <= to
            && from <= time.end
            && self.allows(event.event_type().name())
    }
}

/// How a folder's events compare with its gold events.
#[derive(Clone, Debug, Default)]
pub struct FolderScores {
    /// Events with a place.
    pub placed: usize,
    /// Placed events that are a gold event not found before.
    pub right: usize,
    /// Placed events that fit only gold events paired with other events (indices).
    pub duplicates: Vec<usize>,
    /// Placed events that are no gold event (indices into the events).
    pub wrong: Vec<usize>,
    /// Gold events no event found (indices into the gold).
    pub missed: Vec<usize>,
    /// Gold events.
    pub gold: usize,
    /// Events with no place.
    pub placeless: usize,
}

impl FolderScores {
    /// right / placed.
    pub fn precision(&self) -> f64 {
        self.right as f64 / self.placed.max(1) as f64
    }

    /// Share of the gold events found.
    pub fn recall(&self) -> f64 {
        (self.gold - self.missed.len()) as f64 / self.gold.max(1) as f64
    }

    /// `placed=… right=… duplicates=… wrong=… precision=… recall=…/… placeless=…`.
    pub fn line(&self) -> String {
        format!(
            "placed={} right={} duplicates={} wrong={} precision={:.2} recall={}/{}={:.2} placeless={}",
            self.placed,
            self.right,
            self.duplicates.len(),
            self.wrong.len(),
            self.precision(),
            self.gold - self.missed.len(),
            self.gold,
            self.recall(),
            self.placeless
        )
    }
}

/// Scores a folder's events against its gold events.
pub fn score_folder(gazetteer: &Gazetteer, events: &[Event], gold: &[FolderGold]) -> FolderScores {
    let fitting: Vec<Vec<usize>> = events
        .iter()
        .map(|event| {
            (0..gold.len())
                .filter(|&g| gold[g].fits(gazetteer, event))
                .collect()
        })
        .collect();
    let paired = maximum_matching(&fitting, gold.len());
    let mut scores = FolderScores {
        gold: gold.len(),
        ..Default::default()
    };
    let mut event_paired = vec![false; events.len()];
    for event in paired.iter().flatten() {
        event_paired[*event] = true;
    }
    for (index, event) in events.iter().enumerate() {
        if event.place.is_none() {
            scores.placeless += 1;
        } else if event_paired[index] {
            scores.placed += 1;
            scores.right += 1;
        } else if fitting[index].is_empty() {
            scores.placed += 1;
            scores.wrong.push(index);
        } else {
            scores.placed += 1;
            scores.duplicates.push(index);
        }
    }
    scores.missed = (0..gold.len()).filter(|&g| paired[g].is_none()).collect();
    scores
}

/// For each gold event, the event paired with it in a maximum matching of `fitting` (the gold
/// events each event fits), by augmenting paths (Kuhn's algorithm; the sizes are small).
fn maximum_matching(fitting: &[Vec<usize>], gold: usize) -> Vec<Option<usize>> {
    fn augment(
        event: usize,
        fitting: &[Vec<usize>],
        paired: &mut [Option<usize>],
        visited: &mut [bool],
    ) -> bool {
        for &g in &fitting[event] {
            if visited[g] {
                continue;
            }
            visited[g] = true;
            if paired[g].is_none_or(|other| augment(other, fitting, paired, visited)) {
                paired[g] = Some(event);
                return true;
            }
        }
        false
    }
    let mut paired = vec![None; gold];
    for event in 0..fitting.len() {
        let mut visited = vec![false; gold];
        augment(event, fitting, &mut paired, &mut visited);
    }
    paired
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::events::{EventId, EventKind};
    use crate::gazetteer::{PlaceId, PlaceKind, bundled_for_tests};
    use crate::time::DateRange;

    fn gold(place: &str, lat: f64, lon: f64, day: NaiveDate) -> FolderGold {
        FolderGold {
            article: "a.txt".into(),
            what: "an assault".into(),
            event_type: Some("Battles".into()),
            event_types: Vec::new(),
            place: place.into(),
            lat,
            lon,
            precision: "town".into(),
            from: day,
            to: day,
        }
    }

    fn town(name: &str) -> Option<PlaceId> {
        let g = bundled_for_tests();
        g.lookup(name)
            .into_iter()
            .map(|m| m.place)
            .find(|&id| g.place(id).kind == PlaceKind::Town)
    }

    fn event(kind: EventKind, place: &str, day: NaiveDate) -> Event {
        let place = town(place);
        Event {
            id: EventId::default(),
            kind,
            place,
            precision: None,
            time: Some(DateRange::day(day)),
            actors: Vec::new(),
            quantities: Vec::new(),
            casualties: Default::default(),
            unconfirmed: false,
            confidence: 0.5,
            mentions: Vec::new(),
            merge_reasons: Vec::new(),
        }
    }

    #[test]
    fn the_pairing_does_not_depend_on_the_events_order() {
        let day = NaiveDate::from_ymd_opt(2021, 7, 7).unwrap_or_default();
        let g = bundled_for_tests();
        let kabul = g.place(town("Kabul").expect("Kabul"));
        let mut wide = gold("Kabul", kabul.lat, kabul.lon, day);
        wide.precision = "country".into();
        let gold = [wide, gold("Kabul", kabul.lat, kabul.lon, day)];
        // The first event fits both gold events, the second only the wide one.
        let events = [
            event(EventKind::Assault, "Kabul", day),
            event(EventKind::Assault, "Charikar", day),
        ];
        let scores = score_folder(g, &events, &gold);
        assert_eq!((scores.right, scores.duplicates.len()), (2, 0));
        assert!(scores.missed.is_empty());
    }

    #[test]
    fn an_event_is_right_once_then_a_duplicate_and_wrong_elsewhere_or_of_another_type() {
        let day = NaiveDate::from_ymd_opt(2021, 7, 7).unwrap_or_default();
        let g = bundled_for_tests();
        let kabul = g.place(town("Kabul").expect("Kabul"));
        let gold = [gold("Kabul", kabul.lat, kabul.lon, day)];
        let events = [
            event(EventKind::Assault, "Kabul", day),
            event(EventKind::Shelling, "Kabul", day),
            event(EventKind::Assault, "Kabul", day),
            event(EventKind::Assault, "Herat", day),
        ];
        let scores = score_folder(g, &events, &gold);
        assert_eq!(
            (
                scores.placed,
                scores.right,
                scores.duplicates.len(),
                scores.wrong.clone()
            ),
            (4, 1, 1, vec![1, 3])
        );
        assert!(scores.missed.is_empty());
        assert!((scores.precision() - 0.25).abs() < 1e-9);
    }
}

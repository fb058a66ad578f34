//! Which events are shown: the time window, the filters (kind, actor, outlet, confidence,
//! place search), and the panel that sets them.
//!
//! Days are counted from the Common Era (chrono's `num_days_from_ce`), so the window is a
//! pair of integers. An event is in the window when its date range overlaps it; undated
//! events are counted apart and shown or hidden as a whole.

use std::collections::{BTreeMap, BTreeSet, HashMap};

use chrono::{Datelike as _, NaiveDate};

use crate::corpus::Corpus;
use crate::events::{Event, EventKind};
use crate::gazetteer::{Gazetteer, PlaceId};

/// Which days the map shows.
#[derive(Clone, Debug, PartialEq)]
pub struct TimeWindow {
    /// First day shown (days since the Common Era).
    pub start_day: i32,
    /// Last day shown, inclusive.
    pub end_day: i32,
    /// Earliest day of the folder's events.
    pub min_day: i32,
    /// Latest day of the folder's events.
    pub max_day: i32,
    /// Whether undated events are shown.
    pub show_undated: bool,
    /// Cumulative mode: everything from the first day to the window's end.
    pub cumulative: bool,
}

impl Default for TimeWindow {
    fn default() -> Self {
        Self {
            start_day: i32::MIN,
            end_day: i32::MAX,
            min_day: 0,
            max_day: 0,
            show_undated: true,
            cumulative: false,
        }
    }
}

impl TimeWindow {
    /// Widens the window to the span of the events.
    pub fn fit(&mut self, events: &[Event]) {
        let days = events
            .iter()
            .filter_map(|e| e.time)
            .flat_map(|t| [day_of(t.start), day_of(t.end)]);
        let (min, max) = days.fold((i32::MAX, i32::MIN), |(lo, hi), d| (lo.min(d), hi.max(d)));
        if min > max {
            let show_undated = self.show_undated;
            *self = Self {
                show_undated,
                ..Self::default()
            };
            return;
        }
        (self.min_day, self.max_day, self.start_day, self.end_day) = (min, max, min, max);
    }

    /// Whether the folder has dated events.
    pub fn has_days(&self) -> bool {
        self.min_day <= self.max_day && self.start_day != i32::MIN
    }

    /// Whether an event is in the window.
    pub fn shows(&self, event: &Event) -> bool {
        self.shows_days(event.time.map(|t| (day_of(t.start), day_of(t.end))))
    }

    /// Whether an event of these first and last days (see [`day_of`]; None: undated) is in
    /// the window.
    pub fn shows_days(&self, days: Option<(i32, i32)>) -> bool {
        match days {
            Some((first, last)) => {
                let start = if self.cumulative {
                    i32::MIN
                } else {
                    self.start_day
                };
                last >= start && first <= self.end_day
            }
            None => self.show_undated,
        }
    }

    /// Moves the window by `days`, keeping its width, within the folder's span.
    pub fn step(&mut self, days: i32) {
        let width = self.end_day - self.start_day;
        let start =
            (self.start_day + days).clamp(self.min_day, (self.max_day - width).max(self.min_day));
        self.start_day = start;
        self.end_day = start + width;
    }
}

/// Days since the Common Era.
pub fn day_of(date: NaiveDate) -> i32 {
    date.num_days_from_ce()
}

/// "2021-07-07" for a day number.
pub fn day_label(day: i32) -> String {
    NaiveDate::from_num_days_from_ce_opt(day)
        .map_or_else(|| "?".into(), |d| d.format("%Y-%m-%d").to_string())
}

/// The filters besides time.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Filters {
    /// Kinds hidden (all shown by default).
    pub hidden_kinds: BTreeSet<EventKind>,
    /// Actors hidden.
    pub hidden_actors: BTreeSet<String>,
    /// Outlets hidden.
    pub hidden_outlets: BTreeSet<String>,
    /// Events under this confidence are hidden.
    pub min_confidence: f32,
    /// Only events whose place name contains this (case-insensitive), when not empty.
    pub place_search: String,
}

impl Filters {
    /// Ids of the events that pass the filters (the time window aside), in event order. The
    /// place search is matched once per place, not once per event.
    pub fn matching(&self, corpus: &Corpus, gazetteer: &Gazetteer) -> Vec<usize> {
        let search = self.place_search.trim().to_lowercase();
        let mut place_matches: HashMap<PlaceId, bool> = HashMap::new();
        corpus
            .events
            .iter()
            .filter(|event| {
                if self.hidden_kinds.contains(&event.kind) || event.confidence < self.min_confidence
                {
                    return false;
                }
                if !event.actors.is_empty()
                    && event.actors.iter().all(|a| self.hidden_actors.contains(a))
                {
                    return false;
                }
                if !self.hidden_outlets.is_empty()
                    && event
                        .mentions
                        .iter()
                        .all(|m| self.hidden_outlets.contains(&outlet_of(corpus, m.article)))
                {
                    return false;
                }
                if search.is_empty() {
                    return true;
                }
                event.place.is_some_and(|place| {
                    *place_matches.entry(place).or_insert_with(|| {
                        gazetteer.full_name(place).to_lowercase().contains(&search)
                    })
                })
            })
            .map(|e| e.id)
            .collect()
    }
}

/// How many events (and articles) each filter entry covers; computed once per corpus change.
#[derive(Clone, Debug, Default)]
pub struct FilterCounts {
    kinds: Vec<(EventKind, usize)>,
    actors: Vec<(String, usize)>,
    outlets: Vec<(String, usize)>,
}

impl FilterCounts {
    /// Counts over the corpus.
    pub fn of(corpus: &Corpus) -> Self {
        let mut kinds: BTreeMap<EventKind, usize> = BTreeMap::new();
        let mut actors: HashMap<&str, usize> = HashMap::new();
        for e in &corpus.events {
            *kinds.entry(e.kind).or_default() += 1;
            for a in &e.actors {
                *actors.entry(a).or_default() += 1;
            }
        }
        let mut outlets: BTreeMap<String, usize> = BTreeMap::new();
        for a in 0..corpus.articles.len() {
            *outlets.entry(outlet_of(corpus, a)).or_default() += 1;
        }
        let mut actors: Vec<(String, usize)> = actors
            .into_iter()
            .map(|(a, n)| (a.to_string(), n))
            .collect();
        actors.sort();
        Self {
            kinds: kinds.into_iter().collect(),
            actors,
            outlets: outlets.into_iter().collect(),
        }
    }
}

/// The outlet an article names, or "unknown outlet".
pub fn outlet_of(corpus: &Corpus, article: usize) -> String {
    corpus.articles[article]
        .outlet
        .clone()
        .unwrap_or_else(|| "unknown outlet".into())
}

/// The filter panel: kinds, actors, outlets (each with counts), confidence, place search.
pub fn filters_ui(ui: &mut egui::Ui, counts: &FilterCounts, filters: &mut Filters) {
    ui.heading("Filters");
    ui.horizontal(|ui| {
        let label = ui.label("Place");
        ui.add(
            egui::TextEdit::singleline(&mut filters.place_search)
                .hint_text("search place…")
                .desired_width(140.0),
        )
        .labelled_by(label.id);
    });
    ui.add(egui::Slider::new(&mut filters.min_confidence, 0.0..=1.0).text("min. confidence"));
    egui::ScrollArea::vertical().show(ui, |ui| {
        ui.label(egui::RichText::new("Event kinds").strong());
        for &(kind, count) in &counts.kinds {
            let mut shown = !filters.hidden_kinds.contains(&kind);
            let text = egui::RichText::new(format!("{} ({count})", kind.label()))
                .color(super::map_view::kind_color(kind));
            if ui.checkbox(&mut shown, text).changed() {
                toggle(&mut filters.hidden_kinds, kind, shown);
            }
        }
        ui.separator();
        ui.label(egui::RichText::new("Actors").strong());
        for (actor, count) in &counts.actors {
            let mut shown = !filters.hidden_actors.contains(actor);
            if ui
                .checkbox(&mut shown, format!("{actor} ({count})"))
                .changed()
            {
                toggle(&mut filters.hidden_actors, actor.clone(), shown);
            }
        }
        ui.separator();
        ui.label(egui::RichText::new("Sources").strong());
        for (outlet, count) in &counts.outlets {
            let mut shown = !filters.hidden_outlets.contains(outlet);
            if ui
                .checkbox(&mut shown, format!("{outlet} ({count} articles)"))
                .changed()
            {
                toggle(&mut filters.hidden_outlets, outlet.clone(), shown);
            }
        }
    });
}

fn toggle<T: Ord>(hidden: &mut BTreeSet<T>, item: T, shown: bool) {
    if shown {
        hidden.remove(&item);
    } else {
        hidden.insert(item);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn event(start: (i32, u32, u32), end: (i32, u32, u32)) -> Event {
        let d = |(y, m, dd): (i32, u32, u32)| NaiveDate::from_ymd_opt(y, m, dd).unwrap_or_default();
        Event {
            id: 0,
            kind: EventKind::Assault,
            place: None,
            precision: None,
            time: Some(crate::time::DateRange {
                start: d(start),
                end: d(end),
                precision: crate::time::TimePrecision::Day,
            }),
            actors: Vec::new(),
            quantities: Vec::new(),
            confidence: 0.5,
            mentions: Vec::new(),
            merge_reasons: Vec::new(),
        }
    }

    #[test]
    fn the_window_shows_overlapping_events_and_steps_within_the_span() {
        let events = [
            event((2021, 7, 1), (2021, 7, 7)),
            event((2021, 8, 15), (2021, 8, 15)),
        ];
        let mut window = TimeWindow::default();
        window.fit(&events);
        assert!(events.iter().all(|e| window.shows(e)));
        window.end_day = window.start_day + 3;
        assert!(window.shows(&events[0]) && !window.shows(&events[1]));
        window.step(1000);
        assert_eq!(window.end_day, window.max_day);
        assert!(!window.shows(&events[0]) && window.shows(&events[1]));
        window.cumulative = true;
        assert!(window.shows(&events[0]));
    }
}

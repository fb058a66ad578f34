//! Which events are shown besides time: the filters (kind, actor, outlet, confidence, place
//! search), and the panel that sets them.

use std::collections::{BTreeMap, BTreeSet, HashMap};

use super::format::outlet_of;
use super::palette::kind_color;
use crate::corpus::Corpus;
use crate::events::EventKind;
use crate::gazetteer::{Gazetteer, PlaceId};

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
            let text =
                egui::RichText::new(format!("{} ({count})", kind.label())).color(kind_color(kind));
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

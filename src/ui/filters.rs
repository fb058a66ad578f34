//! Which events are shown besides time: the filters (kind, actor, outlet, confidence, place
//! search), and the panel that sets them. The kinds are a tree in ACLED's taxonomy (event
//! type → sub-event type → newsmap's kind), each node a checkbox with its count that hides or
//! shows every kind under it; [`Filters::hidden_kinds`] stays the one truth.

use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};

use egui::collapsing_header::CollapsingState;

use super::format::{outlet_of, plural};
use super::palette::type_color;
use crate::corpus::Corpus;
use crate::events::{EventKind, EventType, SubEventType};
use crate::gazetteer::{Gazetteer, PlaceId, name_key};
pub use crate::store::Filters;

impl Filters {
    /// The filters that hide something, in words ("kinds hidden: airstrike, shelling"); none
    /// when every event passes.
    pub fn describe(&self) -> Vec<String> {
        let list = |items: Vec<&str>| items.join(", ");
        let mut active = Vec::new();
        if !self.hidden_kinds.is_empty() {
            let kinds = self.hidden_kinds.iter().map(|k| k.label()).collect();
            active.push(format!("kinds hidden: {}", list(kinds)));
        }
        if !self.hidden_actors.is_empty() {
            let actors = self.hidden_actors.iter().map(String::as_str).collect();
            active.push(format!("actors hidden: {}", list(actors)));
        }
        if !self.hidden_outlets.is_empty() {
            let outlets = self.hidden_outlets.iter().map(String::as_str).collect();
            active.push(format!("outlets hidden: {}", list(outlets)));
        }
        if self.min_confidence > 0.0 {
            active.push(format!("confidence at least {:.2}", self.min_confidence));
        }
        if !self.place_search.trim().is_empty() {
            active.push(format!("place: {}", self.place_search.trim()));
        }
        active
    }

    /// Indices (in `corpus.events`) of the events that pass the filters (the time window aside), in event order. The
    /// place search is matched once per place, not once per event.
    pub fn matching(&self, corpus: &Corpus, gazetteer: &Gazetteer) -> Vec<usize> {
        let search = name_key(self.place_search.trim());
        // Places that bear the name typed, in any of their spellings ("Faizabad").
        let named: HashSet<PlaceId> = if search.is_empty() {
            HashSet::new()
        } else {
            gazetteer
                .lookup(self.place_search.trim())
                .iter()
                .map(|m| m.place)
                .collect()
        };
        let mut place_matches: HashMap<PlaceId, bool> = HashMap::new();
        corpus
            .events
            .iter()
            .enumerate()
            .filter(|(_, event)| {
                if self.hidden_kinds.contains(&event.kind) || event.confidence < self.min_confidence
                {
                    return false;
                }
                if !event.actors.is_empty()
                    && event
                        .actors
                        .iter()
                        .all(|a| self.hidden_actors.contains(a.as_str()))
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
                let place_matches = event.place.is_some_and(|place| {
                    *place_matches.entry(place).or_insert_with(|| {
                        named.contains(&place)
                            || name_key(&gazetteer.full_name(place)).contains(&search)
                    })
                });
                // The article's own spelling ("Qala-e-Naw" for Qala i Naw).
                place_matches
                    || event.mentions.iter().any(|m| {
                        m.place
                            .as_ref()
                            .is_some_and(|t| name_key(&t.surface).contains(&search))
                    })
            })
            .map(|(index, _)| index)
            .collect()
    }
}

/// How many events (and articles) each filter entry covers; computed once per corpus change.
#[derive(Clone, Debug, Default)]
pub struct FilterCounts {
    kinds: Vec<TypeCount>,
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
            kinds: kind_tree(&kinds),
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
        ui.label(egui::RichText::new("Event types").strong());
        kind_tree_ui(ui, &counts.kinds, &mut filters.hidden_kinds);
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
                .checkbox(
                    &mut shown,
                    format!("{outlet} ({})", plural(*count, "article")),
                )
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

/// An ACLED event type of the folder, with its count and its sub-event types.
#[derive(Clone, Debug)]
struct TypeCount {
    event_type: EventType,
    count: usize,
    subs: Vec<SubCount>,
}

/// A sub-event type of the folder, with its count and its kinds (with theirs).
#[derive(Clone, Debug)]
struct SubCount {
    sub: SubEventType,
    count: usize,
    kinds: Vec<(EventKind, usize)>,
}

/// The kinds of the folder (with their counts) as a tree in ACLED's order.
fn kind_tree(kinds: &BTreeMap<EventKind, usize>) -> Vec<TypeCount> {
    let mut tree: BTreeMap<EventType, BTreeMap<SubEventType, Vec<(EventKind, usize)>>> =
        BTreeMap::new();
    for kind in EventKind::ALL {
        if let Some(&count) = kinds.get(&kind).filter(|&&n| n > 0) {
            tree.entry(kind.event_type())
                .or_default()
                .entry(kind.sub_event_type())
                .or_default()
                .push((kind, count));
        }
    }
    tree.into_iter()
        .map(|(event_type, subs)| {
            let subs: Vec<SubCount> = subs
                .into_iter()
                .map(|(sub, kinds)| SubCount {
                    sub,
                    count: kinds.iter().map(|k| k.1).sum(),
                    kinds,
                })
                .collect();
            TypeCount {
                event_type,
                count: subs.iter().map(|s| s.count).sum(),
                subs,
            }
        })
        .collect()
}

/// A sub-event type that is a single kind of newsmap's: the tree shows no kind under it.
fn is_single_kind(sub: SubEventType) -> bool {
    EventKind::ALL
        .iter()
        .filter(|k| k.sub_event_type() == sub)
        .count()
        == 1
}

/// Rows of the tree above which its nodes start collapsed.
const OPEN_ROWS: usize = 16;

/// The kind filter: a collapsible tree of ACLED event types, their sub-event types and
/// newsmap's kinds, each a checkbox with its count (shown half-ticked when some kinds under it
/// are hidden). Types are in their colour.
fn kind_tree_ui(ui: &mut egui::Ui, tree: &[TypeCount], hidden: &mut BTreeSet<EventKind>) {
    let rows: usize = tree
        .iter()
        .flat_map(|t| &t.subs)
        .map(|s| {
            if is_single_kind(s.sub) {
                2
            } else {
                2 + s.kinds.len()
            }
        })
        .sum();
    let open = rows <= OPEN_ROWS;
    for t in tree {
        // egui remembers what was opened (between runs too): a short tree and a long one keep
        // theirs apart, so that a short one opens even after a long one was seen closed.
        let id = ui.make_persistent_id(("event type", t.event_type, open));
        let kinds: Vec<EventKind> = t.subs.iter().flat_map(|s| &s.kinds).map(|k| k.0).collect();
        let text = egui::RichText::new(format!("{} ({})", t.event_type.name(), t.count))
            .color(type_color(t.event_type))
            .strong();
        CollapsingState::load_with_default_open(ui.ctx(), id, open)
            .show_header(ui, |ui| {
                node_ui(ui, text, &kinds, |k| k.event_type() == t.event_type, hidden);
            })
            .body(|ui| {
                for s in &t.subs {
                    sub_ui(ui, s, open, hidden);
                }
            });
    }
}

/// A sub-event type of the tree: a checkbox, with its kinds under it unless it is one.
fn sub_ui(ui: &mut egui::Ui, s: &SubCount, open: bool, hidden: &mut BTreeSet<EventKind>) {
    let kinds: Vec<EventKind> = s.kinds.iter().map(|k| k.0).collect();
    let text = egui::RichText::new(format!("{} ({})", s.sub.name(), s.count));
    let under = |k: EventKind| k.sub_event_type() == s.sub;
    if is_single_kind(s.sub) {
        ui.horizontal(|ui| {
            ui.add_space(ui.spacing().indent);
            node_ui(ui, text, &kinds, under, hidden)
                .on_hover_text(format!("newsmap's kind: {}", kinds[0].label()));
        });
        return;
    }
    let id = ui.make_persistent_id(("sub-event type", s.sub, open));
    CollapsingState::load_with_default_open(ui.ctx(), id, open)
        .show_header(ui, |ui| node_ui(ui, text, &kinds, under, hidden))
        .body(|ui| {
            for &(kind, count) in &s.kinds {
                let text = egui::RichText::new(format!("{} ({count})", kind.label()));
                ui.horizontal(|ui| {
                    ui.add_space(ui.spacing().indent);
                    node_ui(ui, text, &[kind], |k| k == kind, hidden);
                });
            }
        });
}

/// One node's checkbox: ticked when none of its `kinds` (those of the folder) is hidden,
/// half-ticked when some are; a click shows or hides every kind of the taxonomy `under` it.
fn node_ui(
    ui: &mut egui::Ui,
    text: egui::RichText,
    kinds: &[EventKind],
    under: impl Fn(EventKind) -> bool,
    hidden: &mut BTreeSet<EventKind>,
) -> egui::Response {
    let hidden_here = kinds.iter().filter(|k| hidden.contains(k)).count();
    let mut shown = hidden_here == 0;
    let partly = hidden_here > 0 && hidden_here < kinds.len();
    let response = ui.add(egui::Checkbox::new(&mut shown, text).indeterminate(partly));
    if response.changed() {
        for kind in EventKind::ALL.into_iter().filter(|&k| under(k)) {
            toggle(hidden, kind, shown);
        }
    }
    response
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_kind_tree_follows_acled_and_lists_only_the_folder_kinds() {
        let kinds: BTreeMap<EventKind, usize> = [
            (EventKind::Siege, 1),
            (EventKind::Assault, 2),
            (EventKind::Shelling, 3),
            (EventKind::Capture, 0),
        ]
        .into_iter()
        .collect();
        let mut lines = Vec::new();
        for t in kind_tree(&kinds) {
            lines.push(format!("{} ({})", t.event_type.name(), t.count));
            for s in t.subs {
                lines.push(format!("  {} ({})", s.sub.name(), s.count));
                for (kind, count) in s.kinds {
                    lines.push(format!("    {} ({count})", kind.label()));
                }
            }
        }
        assert_eq!(
            lines,
            [
                "Battles (3)",
                "  Armed clash (3)",
                "    Armed clash / assault (2)",
                "    Siege (1)",
                "Explosions/Remote violence (3)",
                "  Shelling/artillery/missile attack (3)",
                "    Shelling / missiles (3)",
            ]
        );
        assert!(is_single_kind(SubEventType::ShellingArtilleryMissile));
        assert!(!is_single_kind(SubEventType::ArmedClash));
    }
}

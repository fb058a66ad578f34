//! The user's corrections of places and events, kept in the folder and applied on every read.
//!
//! Four kinds, all saved in the folder by [`crate::store`] (`.newsmap/corrections.json`):
//! - a name's sense in one article ("Faizabad here is the one in Badakhshan"), applied to the
//!   article's place names before its events are extracted, so every report follows;
//! - a word that is not a place, in one article or in the whole folder ("Hope" is a
//!   surname here), dropped from the place names the same way;
//! - a report's place ("this attack happened in Qala-i-Naw"), for a place the sentence does not
//!   name or names differently, picked from a search or on the map;
//! - a report that is not an event, which is dropped before merging.
//!
//! Reports are known by their article's key, their kind and their sentence's text, and places
//! by name, kind, country and position, never by offsets or indices: corrections survive
//! re-extraction, a newer gazetteer and small edits elsewhere in the article.

use std::collections::{HashMap, HashSet};
use std::path::Path;

use crate::articles::Problem;
use crate::events::{EventKind, EventMention};
use crate::gazetteer::{Gazetteer, PlaceId, PlaceKind, name_key};
use crate::geoparse::{MentionForm, Precision, Toponym};

/// Everything the user corrected in one folder (saved by [`crate::store`]).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(default)]
pub struct Corrections {
    /// Names that mean another place in one article.
    pub names: Vec<NameCorrection>,
    /// Reports that happened at another place.
    pub report_places: Vec<ReportPlace>,
    /// Reports that are not events.
    pub not_events: Vec<ReportRef>,
    /// Words that are not places.
    pub not_places: Vec<NotAPlace>,
}

/// "This word is not a place" in one article, or in every article of the folder.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct NotAPlace {
    /// The article's key, or none for the whole folder.
    pub article: Option<String>,
    /// The word as written.
    pub name: String,
}

/// "In this article, this name means that place."
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct NameCorrection {
    /// The article's key ([`crate::articles::Article::key`]).
    pub article: String,
    /// The name as written.
    pub name: String,
    /// The place it means.
    pub place: PlaceRef,
}

/// One report of an event: the sentence of one article that reports one kind of event.
#[derive(Clone, Debug, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
pub struct ReportRef {
    /// The article's key.
    pub article: String,
    /// What the sentence reports.
    pub kind: EventKind,
    /// The sentence, its white space collapsed.
    pub sentence: String,
}

impl ReportRef {
    /// The report `mention` makes in the article `key` whose text is `text`.
    pub fn of(key: &str, text: &str, mention: &EventMention) -> Self {
        Self {
            article: key.to_string(),
            kind: mention.kind,
            sentence: collapse_spaces(text.get(mention.sentence.clone()).unwrap_or("")),
        }
    }
}

/// "This report happened at that place."
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ReportPlace {
    /// The report.
    pub report: ReportRef,
    /// Where it happened.
    pub place: PlaceRef,
}

/// A gazetteer place, named so that it is found again in another build of the gazetteer.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct PlaceRef {
    /// Its name.
    pub name: String,
    /// Its kind.
    pub kind: PlaceKind,
    /// Its country code.
    pub country: String,
    /// Latitude, degrees north.
    pub lat: f64,
    /// Longitude, degrees east.
    pub lon: f64,
}

impl PlaceRef {
    /// How far (degrees of latitude or longitude) a place may have moved between two builds of
    /// the gazetteer and still be the place meant.
    const TOLERANCE_DEGREES: f64 = 0.25;

    /// The reference to `id`.
    pub fn of(gazetteer: &Gazetteer, id: PlaceId) -> Self {
        let place = gazetteer.place(id);
        Self {
            name: place.name.to_string(),
            kind: place.kind,
            country: place.country.to_string(),
            lat: place.lat,
            lon: place.lon,
        }
    }

    /// The place it names: of that name, kind and country, nearest to its position.
    pub fn find(&self, gazetteer: &Gazetteer) -> Option<PlaceId> {
        let distance = |id: PlaceId| {
            let place = gazetteer.place(id);
            (place.lat - self.lat)
                .abs()
                .max((place.lon - self.lon).abs())
        };
        gazetteer
            .lookup(&self.name)
            .into_iter()
            .map(|m| m.place)
            .filter(|&id| {
                let place = gazetteer.place(id);
                place.kind == self.kind && place.country == self.country
            })
            .filter(|&id| distance(id) <= Self::TOLERANCE_DEGREES)
            .min_by(|&a, &b| distance(a).total_cmp(&distance(b)))
    }
}

/// `text` with every run of white space made one space, trimmed.
fn collapse_spaces(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

impl Corrections {
    /// Whether there is nothing to apply.
    pub fn is_empty(&self) -> bool {
        self.names.is_empty()
            && self.report_places.is_empty()
            && self.not_events.is_empty()
            && self.not_places.is_empty()
    }

    /// Says that `name` is not a place in the article `article` (in every article when
    /// `None`), or (`false`) forgets that it was said.
    pub fn set_not_a_place(&mut self, article: Option<&str>, name: &str, not_a_place: bool) {
        let key = name_key(name);
        self.not_places
            .retain(|c| !(c.article.as_deref() == article && name_key(&c.name) == key));
        if not_a_place {
            self.not_places.push(NotAPlace {
                article: article.map(str::to_string),
                name: name.to_string(),
            });
        }
    }

    /// Says that `name` means `place` in the article `article` (replacing what was said).
    pub fn set_name(&mut self, article: &str, name: &str, place: PlaceRef) {
        self.forget_name(article, name);
        self.names.push(NameCorrection {
            article: article.to_string(),
            name: name.to_string(),
            place,
        });
    }

    /// Forgets what was said of `name` in the article `article`.
    pub fn forget_name(&mut self, article: &str, name: &str) {
        let key = name_key(name);
        self.names
            .retain(|c| !(c.article == article && name_key(&c.name) == key));
    }

    /// Says that `report` happened at `place` (replacing what was said).
    pub fn set_report_place(&mut self, report: ReportRef, place: PlaceRef) {
        self.forget_report_place(&report);
        self.report_places.push(ReportPlace { report, place });
    }

    /// Forgets where `report` was said to happen.
    pub fn forget_report_place(&mut self, report: &ReportRef) {
        self.report_places.retain(|c| &c.report != report);
    }

    /// Says that `report` is not an event, or (`false`) that it is one again.
    pub fn set_not_event(&mut self, report: ReportRef, not_event: bool) {
        self.not_events.retain(|r| r != &report);
        if not_event {
            self.not_events.push(report);
        }
    }

    /// The corrections ready to apply against `gazetteer`, and what cannot be applied (a place
    /// not found in it) as problems of the file `source` they were read from.
    pub fn prepare(&self, gazetteer: &Gazetteer, source: &Path) -> (Applier, Vec<Problem>) {
        let mut problems = Vec::new();
        let mut find = |place: &PlaceRef| {
            let found = place.find(gazetteer);
            if found.is_none() {
                problems.push(Problem::degraded(
                    source,
                    format!(
                        "a correction names {} ({}, {}) at {:.3}, {:.3}, which the gazetteer \
                         does not have: it is not applied",
                        place.name,
                        place.kind.code(),
                        place.country,
                        place.lat,
                        place.lon
                    ),
                ));
            }
            found
        };
        let mut applier = Applier::default();
        for c in &self.names {
            if let Some(id) = find(&c.place) {
                applier
                    .names
                    .insert((c.article.clone(), name_key(&c.name)), id);
            }
        }
        for c in &self.report_places {
            if let Some(id) = find(&c.place) {
                applier.report_places.insert(c.report.clone(), id);
            }
        }
        applier.not_events = self.not_events.iter().cloned().collect();
        applier.not_places = self
            .not_places
            .iter()
            .map(|c| (c.article.clone(), name_key(&c.name)))
            .collect();
        (applier, problems)
    }
}

/// [`Corrections`] indexed for applying to each article as it is read.
#[derive(Clone, Debug, Default)]
pub struct Applier {
    names: HashMap<(String, String), PlaceId>,
    report_places: HashMap<ReportRef, PlaceId>,
    not_events: HashSet<ReportRef>,
    /// (article key, or none for every article; name key).
    not_places: HashSet<(Option<String>, String)>,
}

impl Applier {
    /// Whether the user set the place of a report of article `key`.
    pub fn sets_report_places_in(&self, key: &str) -> bool {
        self.report_places.keys().any(|r| r.article == key)
    }

    /// The corrections that can change what is extracted from the article `key` (its own and
    /// those for every article), each written out, sorted: with the article's text, they
    /// decide its extraction (see [`crate::ingest`]'s cache).
    pub fn for_article(&self, key: &str) -> Vec<String> {
        let mut found: Vec<String> = Vec::new();
        let names = self.names.iter().filter(|((article, _), _)| article == key);
        found.extend(names.map(|entry| format!("name {entry:?}")));
        let places = self.report_places.iter().filter(|(r, _)| r.article == key);
        found.extend(places.map(|entry| format!("report place {entry:?}")));
        let events = self.not_events.iter().filter(|r| r.article == key);
        found.extend(events.map(|entry| format!("not an event {entry:?}")));
        let places = self.not_places.iter();
        let not_places = places.filter(|(article, _)| article.as_deref().is_none_or(|a| a == key));
        found.extend(not_places.map(|entry| format!("not a place {entry:?}")));
        found.sort_unstable();
        found
    }

    /// Resolves the place names of the article `key` that the user corrected, and drops those
    /// the user said are not places.
    pub fn fix_names(&self, gazetteer: &Gazetteer, key: &str, toponyms: &mut Vec<Toponym>) {
        if !self.not_places.is_empty() {
            toponyms.retain(|t| {
                let name = name_key(&t.surface);
                !self.not_places.contains(&(None, name.clone()))
                    && !self.not_places.contains(&(Some(key.to_string()), name))
            });
        }
        if self.names.is_empty() {
            return;
        }
        for toponym in toponyms {
            let corrected = self
                .names
                .get(&(key.to_string(), name_key(&toponym.surface)));
            if let Some(&place) = corrected {
                *toponym = corrected_toponym(gazetteer, toponym, place);
            }
        }
    }

    /// Drops the reports of the article `key` that are not events, moves those the user
    /// placed elsewhere, and marks the reports whose place the user set. `toponyms` are the
    /// article's place names, already fixed by [`Applier::fix_names`].
    pub fn fix_reports(
        &self,
        gazetteer: &Gazetteer,
        key: &str,
        text: &str,
        toponyms: &[Toponym],
        mentions: &mut Vec<EventMention>,
    ) {
        if !self.not_events.is_empty() {
            mentions.retain(|m| !self.not_events.contains(&ReportRef::of(key, text, m)));
        }
        for mention in mentions.iter_mut() {
            if let Some(place) = mention.place.as_ref().filter(|_| !self.names.is_empty()) {
                let named = (key.to_string(), name_key(&place.surface));
                mention.place_corrected = self.names.contains_key(&named);
            }
            if self.report_places.is_empty() {
                continue;
            }
            let Some(&place) = self.report_places.get(&ReportRef::of(key, text, mention)) else {
                continue;
            };
            // Where the sentence names the place, point at that name; otherwise at nothing.
            let in_sentence = toponyms.iter().find(|t| {
                t.place == place
                    && mention.sentence.start <= t.span.start
                    && t.span.end <= mention.sentence.end
            });
            let template = in_sentence.cloned().unwrap_or_else(|| Toponym {
                span: mention.sentence.start..mention.sentence.start,
                surface: compact_str::CompactString::default(),
                place,
                precision: Precision::Town,
                confidence: 1.0,
                alternatives: Box::default(),
                form: MentionForm::Name,
            });
            mention.place = Some(corrected_toponym(gazetteer, &template, place));
            mention.place_inherited = false;
            mention.place_corrected = true;
        }
    }
}

/// `toponym` resolved to `place` by the user: certain, the former sense kept as a runner-up.
fn corrected_toponym(gazetteer: &Gazetteer, toponym: &Toponym, place: PlaceId) -> Toponym {
    let mut alternatives: Vec<(PlaceId, f32)> = toponym
        .alternatives
        .iter()
        .copied()
        .filter(|&(id, _)| id != place)
        .collect();
    if toponym.place != place && !toponym.surface.is_empty() {
        alternatives.insert(0, (toponym.place, toponym.confidence));
    }
    Toponym {
        place,
        precision: Precision::of_kind(gazetteer.place(place).kind),
        confidence: 1.0,
        alternatives: alternatives.into(),
        ..toponym.clone()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::gazetteer::bundled_for_tests;

    #[test]
    fn a_word_that_is_not_a_place_is_dropped_in_its_article_or_everywhere() {
        let g = bundled_for_tests();
        let parser = crate::geoparse::Geoparser::new(g, Default::default());
        let text = "Gunmen raided the house of Mosul near Kirkuk.";
        let names = |corrections: &Corrections, article: &str| {
            let (applier, problems) = corrections.prepare(g, Path::new("corrections.json"));
            assert!(problems.is_empty());
            let mut toponyms = parser.parse_text(text);
            applier.fix_names(g, article, &mut toponyms);
            toponyms.into_iter().map(|t| t.surface).collect::<Vec<_>>()
        };
        let mut corrections = Corrections::default();
        assert_eq!(names(&corrections, "a.txt"), ["Mosul", "Kirkuk"]);
        corrections.set_not_a_place(Some("a.txt"), "Mosul", true);
        assert_eq!(names(&corrections, "a.txt"), ["Kirkuk"]);
        assert_eq!(names(&corrections, "b.txt"), ["Mosul", "Kirkuk"]);
        corrections.set_not_a_place(None, "MOSUL", true);
        assert_eq!(names(&corrections, "b.txt"), ["Kirkuk"]);
        corrections.set_not_a_place(None, "Mosul", false);
        corrections.set_not_a_place(Some("a.txt"), "Mosul", false);
        assert!(corrections.is_empty());
    }

    fn town(gazetteer: &Gazetteer, name: &str, country: &str) -> PlaceId {
        gazetteer
            .lookup(name)
            .into_iter()
            .map(|m| m.place)
            .find(|&id| {
                let place = gazetteer.place(id);
                place.country == country && place.kind == PlaceKind::Town
            })
            .unwrap_or_else(|| panic!("{name} in {country}"))
    }

    #[test]
    fn a_place_reference_finds_its_place_again_and_nothing_far_from_it() {
        let gazetteer = bundled_for_tests();
        let herat = town(gazetteer, "Herat", "AF");
        let reference = PlaceRef::of(gazetteer, herat);
        assert_eq!(reference.find(gazetteer), Some(herat));
        let moved = PlaceRef {
            lat: reference.lat + 3.0,
            ..reference
        };
        assert_eq!(moved.find(gazetteer), None);
    }

    #[test]
    fn corrections_fix_a_name_move_a_report_and_drop_another() {
        let gazetteer = bundled_for_tests();
        let text = "Taliban fighters attacked Faizabad on Monday. A roadside bomb killed \
                    three soldiers the next day.";
        let geoparser =
            crate::geoparse::Geoparser::new(gazetteer, crate::geoparse::GeoparseOptions::default());
        let mut toponyms = geoparser.parse_text(text);
        let lines = crate::geoparse::line_ranges(text);
        let mentions = crate::events::extract_mentions(gazetteer, 0, text, &lines, &toponyms, None);
        assert!(mentions.len() >= 2, "{mentions:?}");
        let (attack, bombing) = (&mentions[0], &mentions[mentions.len() - 1]);

        let faizabad = toponyms
            .iter()
            .find(|t| t.surface == "Faizabad")
            .unwrap_or_else(|| panic!("Faizabad found"));
        let other = faizabad
            .alternatives
            .first()
            .map(|&(id, _)| id)
            .unwrap_or_else(|| panic!("Faizabad has runner-ups"));
        let herat = town(gazetteer, "Herat", "AF");
        let corrections = Corrections {
            names: vec![NameCorrection {
                article: "a.txt".into(),
                name: "Faizabad".into(),
                place: PlaceRef::of(gazetteer, other),
            }],
            report_places: vec![ReportPlace {
                report: ReportRef::of("a.txt", text, bombing),
                place: PlaceRef::of(gazetteer, herat),
            }],
            not_events: vec![ReportRef::of("a.txt", text, attack)],
            not_places: Vec::new(),
        };
        let (applier, problems) = corrections.prepare(gazetteer, Path::new("."));
        assert!(problems.is_empty(), "{problems:?}");

        applier.fix_names(gazetteer, "a.txt", &mut toponyms);
        let fixed = toponyms.iter().find(|t| t.surface == "Faizabad");
        assert_eq!(fixed.map(|t| (t.place, t.confidence)), Some((other, 1.0)));

        let mut fixed_mentions = mentions.clone();
        applier.fix_reports(gazetteer, "a.txt", text, &toponyms, &mut fixed_mentions);
        assert!(
            !fixed_mentions
                .iter()
                .any(|m| m.sentence == attack.sentence && m.kind == attack.kind),
            "the report marked as no event is dropped"
        );
        let moved = fixed_mentions
            .iter()
            .find(|m| m.sentence == bombing.sentence && m.kind == bombing.kind)
            .unwrap_or_else(|| panic!("the bombing is kept"));
        assert_eq!(moved.place.as_ref().map(|t| t.place), Some(herat));
        assert!(moved.place_corrected);

        let mut untouched = mentions.clone();
        applier.fix_reports(gazetteer, "b.txt", text, &toponyms, &mut untouched);
        assert_eq!(
            untouched, mentions,
            "corrections apply to their own article only"
        );
    }
}

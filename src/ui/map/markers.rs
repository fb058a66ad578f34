//! The markers: the visible events grouped by place ([`markers`], computed when the events,
//! the filters or the time window change), clustered on screen and drawn with their tooltips
//! ([`markers_ui`]). Each marker is a widget named after its place (tests click it by name).

use std::collections::HashMap;

use egui::{Color32, Pos2, Rect, Sense, Stroke, Vec2};

use crate::events::EventKind;
use crate::gazetteer::{Gazetteer, PlaceId};
use crate::geoparse::Precision;
use crate::map::{View, mercator_from_lat_lon};
use crate::ui::command::Command;
use crate::ui::format::{casualties_text, day_of, drawable, plural};
use crate::ui::palette::kind_color;

/// The events at one place.
#[derive(Clone, Debug, PartialEq)]
pub struct Marker {
    /// The place.
    pub place: PlaceId,
    /// Where it is in Web Mercator, projected once.
    pub mercator: [f64; 2],
    /// How many visible events it has.
    pub events: usize,
    /// The most frequent kind among them.
    pub kind: EventKind,
    /// Its precision.
    pub precision: Precision,
    /// Independent sources of its events (syndicated copies counted once), summed.
    pub sources: usize,
    /// How many of its events are unconfirmed (every report hedged).
    pub unconfirmed: usize,
    /// The dead its events report, summed.
    pub fatalities: u32,
    /// The injured its events report, summed.
    pub injured: u32,
}

/// What the map and the time window need of an event, packed: scrubbing 100,000 events reads
/// these rows in order instead of chasing each event's reports through memory.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct EventRow {
    /// The event's index in `corpus.events`.
    pub index: usize,
    /// Its place.
    pub place: Option<PlaceId>,
    /// Its kind.
    pub kind: EventKind,
    /// Its place's precision.
    pub precision: Precision,
    /// Its independent sources (syndicated copies counted once).
    pub sources: usize,
    /// Whether every report of it hedges.
    pub unconfirmed: bool,
    /// The dead it reports (0 when unknown).
    pub fatalities: u32,
    /// The injured it reports (0 when unknown).
    pub injured: u32,
    /// Its first and last days (see [`day_of`]), None when undated.
    pub days: Option<(i32, i32)>,
}

impl EventRow {
    /// The row of `event` (at `index` in `corpus.events`), which has `sources` independent
    /// sources.
    pub fn of(index: usize, event: &crate::events::Event, sources: usize) -> Self {
        Self {
            index,
            place: event.place,
            kind: event.kind,
            precision: event.precision.unwrap_or(Precision::Town),
            sources,
            unconfirmed: event.unconfirmed,
            fatalities: event.casualties.fatalities.unwrap_or(0),
            injured: event.casualties.injured.unwrap_or(0),
            days: event.time.map(|t| (day_of(t.start), day_of(t.end))),
        }
    }
}

/// Hashes place ids by one multiplication: they are small integers from this program, and
/// grouping 100,000 events per frame while scrubbing should not pay for SipHash.
#[derive(Default)]
struct PlaceIdHasher(u64);

impl std::hash::Hasher for PlaceIdHasher {
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.write_u64(u64::from(b));
        }
    }

    fn write_u32(&mut self, n: u32) {
        self.write_u64(u64::from(n));
    }

    fn write_u64(&mut self, n: u64) {
        self.0 = (self.0 ^ n).wrapping_mul(0x9E37_79B9_7F4A_7C15);
    }

    fn finish(&self) -> u64 {
        self.0
    }
}

/// The rows of the events of `corpus` at the indices `events`, in their order.
pub fn event_rows(corpus: &crate::corpus::Corpus, events: &[usize]) -> Vec<EventRow> {
    events
        .iter()
        .map(|&i| {
            let event = &corpus.events[i];
            EventRow::of(i, event, corpus.independent_sources(event))
        })
        .collect()
}

/// Groups the visible events by place (sorted by place id). Events without a place have no
/// marker.
pub fn markers(gazetteer: &Gazetteer, events: &[EventRow]) -> Vec<Marker> {
    // One pass: each place's marker and its count of events per kind.
    let mut index: HashMap<PlaceId, usize, std::hash::BuildHasherDefault<PlaceIdHasher>> =
        HashMap::default();
    let mut markers: Vec<(Marker, [usize; EventKind::ALL.len()])> = Vec::new();
    for event in events {
        let Some(place) = event.place else { continue };
        let i = *index.entry(place).or_insert_with(|| {
            let at = gazetteer.place(place);
            let marker = Marker {
                place,
                mercator: mercator_from_lat_lon(at.lat, at.lon),
                events: 0,
                kind: event.kind,
                precision: event.precision,
                sources: 0,
                unconfirmed: 0,
                fatalities: 0,
                injured: 0,
            };
            markers.push((marker, [0; EventKind::ALL.len()]));
            markers.len() - 1
        });
        let (marker, kinds) = &mut markers[i];
        marker.events += 1;
        marker.sources += event.sources;
        marker.unconfirmed += usize::from(event.unconfirmed);
        marker.fatalities += event.fatalities;
        marker.injured += event.injured;
        kinds[event.kind as usize] += 1;
    }
    let mut out: Vec<Marker> = Vec::with_capacity(markers.len());
    for (mut marker, kinds) in markers {
        // The most frequent kind; the first in `ALL`'s order on a tie (counts are indexed by
        // the kind's number, which is not its place in `ALL`).
        let mut most = 0;
        for kind in EventKind::ALL {
            if kinds[kind as usize] > most {
                (most, marker.kind) = (kinds[kind as usize], kind);
            }
        }
        out.push(marker);
    }
    out.sort_by_key(|m| m.place);
    out
}

/// What the markers are drawn from.
pub struct MarkersInput<'a> {
    /// The gazetteer the markers' places come from.
    pub gazetteer: &'a Gazetteer,
    /// The markers.
    pub markers: &'a [Marker],
    /// The selected place, circled.
    pub selected: Option<PlaceId>,
    /// Whether a click picks a place on the map: markers are drawn but not clickable.
    pub picking: bool,
}

/// Draws the markers of `input` (clustered) in `rect`; a click on a marker selects its place,
/// on a cluster zooms in. Returns the discs drawn: their centres and outer radii.
pub fn markers_ui(
    ui: &mut egui::Ui,
    painter: &egui::Painter,
    view: &mut View,
    rect: Rect,
    input: &MarkersInput,
    commands: &mut Vec<Command>,
) -> Vec<(Pos2, f32)> {
    let size = [f64::from(rect.width()), f64::from(rect.height())];
    let gazetteer = input.gazetteer;
    let screen = *view;
    let mut discs = Vec::new();
    let mercator_to_screen = |m: [f64; 2]| {
        let s = screen.screen_from_mercator(m, size);
        Pos2::new(rect.min.x + s[0] as f32, rect.min.y + s[1] as f32)
    };
    for cluster in clusters(input.markers, &mercator_to_screen) {
        if !rect.expand(30.0).contains(cluster.center) {
            continue;
        }
        if cluster.members.len() > 1 {
            let count: usize = cluster.members.iter().map(|m| m.events).sum();
            let radius = 10.0 + 2.0 * (count as f32).sqrt().min(10.0);
            discs.push((cluster.center, radius));
            painter.circle(
                cluster.center,
                radius,
                Color32::from_rgba_unmultiplied(70, 70, 70, 220),
                Stroke::new(1.5, Color32::WHITE),
            );
            painter.text(
                cluster.center,
                egui::Align2::CENTER_CENTER,
                count.to_string(),
                egui::FontId::proportional(12.0),
                Color32::WHITE,
            );
            if input.picking {
                continue;
            }
            let label = format!("cluster of {} places", cluster.members.len());
            let id = ui.make_persistent_id(("cluster", cluster.members[0].place));
            let r = ui.interact(
                Rect::from_center_size(cluster.center, Vec2::splat(2.0 * radius)),
                id,
                Sense::click(),
            );
            r.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Button, true, &label));
            // Tooltips are built only when hovered: markers are many, hovers are one.
            let tooltip = |ui: &mut egui::Ui| {
                let names: Vec<String> = cluster
                    .members
                    .iter()
                    .take(8)
                    .map(|m| drawable(ui.ctx(), &gazetteer.place(m.place).name))
                    .collect();
                ui.label(format!(
                    "{count} events: {}. Click to zoom in.",
                    names.join(", ")
                ));
            };
            if r.on_hover_ui(tooltip).clicked() {
                let local = [
                    f64::from(cluster.center.x - rect.min.x),
                    f64::from(cluster.center.y - rect.min.y),
                ];
                view.zoom_around(local, size, 2.5);
            }
            continue;
        }
        let marker = cluster.members[0];
        let center = cluster.center;
        let radius = 5.0 + 2.5 * (marker.sources as f32).sqrt().min(6.0);
        let color = kind_color(marker.kind);
        let ring = if marker.precision <= Precision::Town {
            0.0
        } else {
            4.0
        };
        discs.push((center, radius + ring));
        // A marker whose events are all unconfirmed is see-through, with a dashed outline.
        let unconfirmed = marker.unconfirmed == marker.events;
        match (marker.precision <= Precision::Town, unconfirmed) {
            (true, false) => {
                painter.circle(center, radius, color, Stroke::new(1.5, Color32::WHITE));
            }
            (true, true) => {
                painter.circle_filled(center, radius, color.gamma_multiply(0.45));
                dashed_circle(painter, center, radius, Stroke::new(2.0, color));
            }
            (false, false) => {
                painter.circle_stroke(center, radius + 4.0, Stroke::new(3.5, color));
            }
            (false, true) => dashed_circle(painter, center, radius + 4.0, Stroke::new(3.5, color)),
        }
        if input.selected == Some(marker.place) {
            painter.circle_stroke(center, radius + 8.0, Stroke::new(2.0, Color32::BLACK));
        }
        if input.picking {
            continue;
        }
        let place = gazetteer.place(marker.place);
        let id = ui.make_persistent_id(("marker", marker.place));
        let r = ui.interact(
            Rect::from_center_size(center, Vec2::splat(2.0 * radius + 8.0)),
            id,
            Sense::click(),
        );
        r.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Button, true, &place.name));
        let tooltip = |ui: &mut egui::Ui| {
            let mut parts = vec![
                drawable(ui.ctx(), &gazetteer.full_name(marker.place)),
                marker.precision.as_str().to_string(),
                plural(marker.events, "event"),
            ];
            let known = |n: u32| (n > 0).then_some(n);
            parts.extend(casualties_text(
                known(marker.fatalities),
                known(marker.injured),
            ));
            match marker.unconfirmed {
                0 => {}
                n if n == marker.events => parts.push("unconfirmed".into()),
                n => parts.push(format!("{n} unconfirmed")),
            }
            parts.push(plural(marker.sources, "independent source"));
            ui.label(parts.join(" · "));
        };
        if r.on_hover_ui(tooltip).clicked() {
            commands.push(Command::SelectPlace(Some(marker.place)));
        }
    }
    discs
}

/// A circle outline in dashes (an unconfirmed marker).
pub fn dashed_circle(painter: &egui::Painter, center: Pos2, radius: f32, stroke: Stroke) {
    const SEGMENTS: usize = 40;
    let points: Vec<Pos2> = (0..=SEGMENTS)
        .map(|i| {
            let angle = std::f32::consts::TAU * i as f32 / SEGMENTS as f32;
            center + radius * Vec2::angled(angle)
        })
        .collect();
    painter.extend(egui::Shape::dashed_line(&points, stroke, 4.0, 3.0));
}

/// Markers drawn together because they are closer than a few pixels.
struct Cluster<'a> {
    center: Pos2,
    members: Vec<&'a Marker>,
}

/// Greedy clustering in screen space, busiest markers first.
fn clusters<'a>(markers: &'a [Marker], to_screen: &dyn Fn([f64; 2]) -> Pos2) -> Vec<Cluster<'a>> {
    const RADIUS_PX: f32 = 16.0;
    let mut order: Vec<&Marker> = markers.iter().collect();
    order.sort_by_key(|m| (std::cmp::Reverse(m.events), m.place));
    let mut out: Vec<Cluster> = Vec::new();
    // Clusters by grid cell of RADIUS_PX: a marker looks only at the 3x3 cells around it.
    let mut grid: HashMap<(i32, i32), Vec<usize>> = HashMap::new();
    let cell = |p: Pos2| {
        (
            (p.x / RADIUS_PX).floor() as i32,
            (p.y / RADIUS_PX).floor() as i32,
        )
    };
    for marker in order {
        let at = to_screen(marker.mercator);
        let (cx, cy) = cell(at);
        let near = (-1..=1)
            .flat_map(|dx| (-1..=1).map(move |dy| (cx + dx, cy + dy)))
            .filter_map(|c| grid.get(&c))
            .flatten()
            .copied()
            .find(|&i| out[i].center.distance(at) < RADIUS_PX);
        match near {
            Some(i) => out[i].members.push(marker),
            None => {
                grid.entry((cx, cy)).or_default().push(out.len());
                out.push(Cluster {
                    center: at,
                    members: vec![marker],
                });
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_marker_takes_the_kind_most_of_its_events_have() {
        let gazetteer = crate::gazetteer::bundled_for_tests();
        let row = |kind: EventKind| EventRow {
            index: 0,
            place: Some(PlaceId(0)),
            kind,
            precision: Precision::Town,
            sources: 1,
            unconfirmed: false,
            fatalities: 0,
            injured: 0,
            days: None,
        };
        let rows = [
            row(EventKind::Assault),
            row(EventKind::Capture),
            row(EventKind::Capture),
        ];
        assert_eq!(markers(gazetteer, &rows)[0].kind, EventKind::Capture);
        let tie = [row(EventKind::Recapture), row(EventKind::Siege)];
        assert_eq!(
            markers(gazetteer, &tie)[0].kind,
            EventKind::Siege,
            "first in ALL"
        );
    }
}

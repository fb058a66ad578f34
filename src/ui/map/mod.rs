//! The map: the offline basemap (land, lakes, rivers, country and province borders, labels)
//! in Web Mercator, online tiles over it when asked for, and the visible events as markers.
//!
//! Events at one place share a marker; a marker's colour is its most frequent kind's (its
//! ACLED event type), its size grows with the number of independent sources (syndicated
//! copies count once). Towns and sites are filled discs; district-, province- and
//! country-level events are hollow rings (their precision shows); a marker whose events are
//! all unconfirmed is see-through with a dashed outline, and a selected
//! province-level place also has its polygon outlined. Markers closer than a few pixels
//! cluster into a grey disc with a count: clicking it zooms in. Each marker is a widget named
//! after its place (hover shows a tooltip; tests click it by that name). Drag pans, the wheel
//! zooms around the cursor, a double-click zooms in. With the heat layer on (View menu), the
//! density of the visible events is drawn over the basemap and the markers, faded, over it:
//! the density reads at a glance and a marker can still be hovered and clicked for its events.
//!
//! - [`markers`]: the events grouped by place, clustered and drawn;
//! - [`heat`]: the density of the visible events ([`HeatLayer`]);
//! - [`basemap_layer`]: the offline basemap, prepared once per view ([`BasemapCache`]);
//! - [`tiles`]: the online tile layer ([`TileLayer`]).

pub mod basemap_layer;
pub mod heat;
pub mod markers;
pub mod tiles;

use std::sync::Arc;

use egui::{Color32, Pos2, Rect, Sense, Stroke, Vec2};

pub use basemap_layer::{BasemapCache, TownLabel};
pub use heat::HeatLayer;
pub use markers::{EventRow, Marker, event_rows, markers};
pub use tiles::TileLayer;

use crate::gazetteer::{Gazetteer, PlaceId};
use crate::geoparse::Precision;
use crate::map::{Basemap, LatLon, View};
use crate::ui::command::Command;

/// What the map shows this frame.
pub struct MapInput<'a> {
    /// The basemap, if it loaded.
    pub basemap: Option<&'a Basemap>,
    /// The gazetteer the events' places come from.
    pub gazetteer: &'a Gazetteer,
    /// The markers to draw (shared with the frame's cache: the heat layer knows them again).
    pub markers: &'a Arc<Vec<Marker>>,
    /// Whether the heat layer is drawn (and the markers faded).
    pub heat: bool,
    /// The selected place.
    pub selected: Option<PlaceId>,
    /// Fit the view to the markers first.
    pub fit: bool,
    /// Show this extent (`[west, south, east, north]` degrees) first: a saved view's.
    pub extent: Option<[f64; 4]>,
    /// A click picks a place (see [`Command::PickedOnMap`]) instead of a marker.
    pub picking: bool,
    /// The towns the basemap may name, largest first.
    pub towns: &'a [TownLabel],
}

/// What the map keeps between frames besides its [`View`]: its size, and the box the user
/// chose (by fitting, opening a saved view, panning or zooming), fitted again when the map's
/// size changes (a panel opens, closes or is resized; the window is resized), so that the same
/// events stay on screen and the view comes back when the size does.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct MapFrame {
    /// The map's size in the last frame (pixels).
    pub size: [f64; 2],
    /// The box chosen, `[west, south, east, north]` degrees, and the padding (pixels) it is
    /// fitted with.
    chosen: Option<([f64; 4], f64)>,
    /// The view drawn in the last frame: another one was set from outside the map.
    shown: Option<View>,
}

impl MapFrame {
    /// Sets `view` for this frame's map of `size`: fitted to `target` (a box and its padding)
    /// when given, else to the chosen box again when the size changed.
    fn settle(&mut self, view: &mut View, size: [f64; 2], target: Option<([f64; 4], f64)>) {
        if size[0] < 1.0 || size[1] < 1.0 {
            return; // No map to fit: nothing is chosen on it.
        }
        let set_elsewhere = self.shown != Some(*view);
        let resized = self.size != size;
        self.size = size;
        match (target, self.chosen) {
            (Some(target), _) => self.chosen = Some(target),
            (None, Some(_)) if resized && !set_elsewhere => {}
            _ if set_elsewhere || self.chosen.is_none() => {
                self.chosen = Some((view.extent(size), 0.0));
            }
            _ => {}
        }
        if (target.is_some() || resized)
            && let Some((chosen, padding)) = self.chosen
        {
            *view = View::fit(chosen, size, padding);
        }
        self.shown = Some(*view);
    }

    /// Records the view after the user moved it this frame.
    fn moved(&mut self, view: &View) {
        if self.shown != Some(*view) {
            self.chosen = Some((view.extent(self.size), 0.0));
            self.shown = Some(*view);
        }
    }
}

/// How far from a click (pixels) a larger town is preferred to the nearest one.
const PICK_REACH_PX: f64 = 12.0;

/// The margin (pixels) around the markers when the map is fitted to them.
const FIT_MARGIN_PX: f64 = 60.0;

/// The markers' opacity over the heat layer.
const MARKERS_OVER_HEAT: f32 = 0.45;

/// The map's caches: the basemap prepared for the view, and the heat layer.
pub struct MapCaches<'a> {
    /// The basemap tessellated for the view.
    pub basemap: &'a mut BasemapCache,
    /// The heat layer made for the visible events and the view.
    pub heat: &'a mut HeatLayer,
}

/// Draws the map and handles its input.
pub fn map_ui(
    ui: &mut egui::Ui,
    view: &mut View,
    frame: &mut MapFrame,
    caches: MapCaches,
    input: &MapInput,
    mut tiles: Option<&mut TileLayer>,
    commands: &mut Vec<Command>,
) {
    let rect = ui.available_rect_before_wrap();
    let size = [f64::from(rect.width()), f64::from(rect.height())];
    let gazetteer = input.gazetteer;
    let target = match input.extent {
        Some(extent) => Some((extent, 0.0)),
        None if input.fit => {
            bounding_box(gazetteer, input.markers).map(|bbox| (bbox, FIT_MARGIN_PX))
        }
        None => None,
    };
    frame.settle(view, size, target);
    pointer_ui(ui, view, rect, input.picking, commands);
    frame.moved(view);
    let painter = ui.painter_at(rect);
    painter.rect_filled(rect, 0.0, Color32::from_rgb(240, 236, 226));
    if let Some(basemap) = input.basemap {
        let layer = basemap_layer::BasemapInput {
            basemap,
            gazetteer,
            selected: input.selected,
            towns: input.towns,
            with_labels: tiles.is_none(),
        };
        caches.basemap.draw(ui, &painter, view, rect, &layer);
    }
    if let Some(tiles) = tiles.as_deref_mut() {
        tiles.draw(ui, view, rect);
    }
    let mut markers_painter = painter.clone();
    if input.heat {
        caches
            .heat
            .draw(ui.ctx(), &painter, view, rect, input.markers);
        markers_painter.multiply_opacity(MARKERS_OVER_HEAT);
    } else {
        caches.heat.clear();
    }
    let layer = markers::MarkersInput {
        gazetteer,
        markers: input.markers,
        selected: input.selected,
        picking: input.picking,
    };
    // The key under the markers: an event in its corner stays in sight.
    let legend = legend_ui(&painter, rect, input.heat);
    let discs = markers::markers_ui(ui, &markers_painter, view, rect, &layer, commands);
    caches.basemap.draw_names(&painter, &discs, legend);
    if let Some(tiles) = tiles {
        tiles.notes_ui(ui, rect);
    }
    if input.picking {
        painter.text(
            rect.center_top() + Vec2::new(0.0, 12.0),
            egui::Align2::CENTER_TOP,
            "Click where the event happened (Esc to stop)",
            egui::FontId::proportional(15.0),
            Color32::BLACK,
        );
    }
}

/// The map's pointer input: a click picks a place when `picking`, a drag pans, the wheel
/// zooms around the cursor, a double-click zooms in.
fn pointer_ui(
    ui: &mut egui::Ui,
    view: &mut View,
    rect: Rect,
    picking: bool,
    commands: &mut Vec<Command>,
) {
    let size = [f64::from(rect.width()), f64::from(rect.height())];
    let mut response = ui.allocate_rect(rect, Sense::click_and_drag());
    if picking {
        response = response.on_hover_cursor(egui::CursorIcon::Crosshair);
        if response.clicked()
            && let Some(pointer) = response.interact_pointer_pos()
        {
            let local = [
                f64::from(pointer.x - rect.min.x),
                f64::from(pointer.y - rect.min.y),
            ];
            let at = LatLon::from_mercator(view.mercator_from_screen(local, size));
            let reach_deg =
                PICK_REACH_PX * 360.0 / view.pixels_per_world() * at.lat_deg.to_radians().cos();
            commands.push(Command::PickedOnMap { at, reach_deg });
        }
    }
    if response.dragged() {
        let delta = response.drag_delta();
        view.pan([f64::from(delta.x), f64::from(delta.y)]);
    }
    if let Some(pointer) = response.hover_pos() {
        let local = [
            f64::from(pointer.x - rect.min.x),
            f64::from(pointer.y - rect.min.y),
        ];
        let scroll = ui.input(|i| i.smooth_scroll_delta.y);
        if scroll != 0.0 {
            view.zoom_around(local, size, f64::from(scroll * 0.004).exp());
        }
        if response.double_clicked() {
            view.zoom_around(local, size, 2.0);
        }
    }
}

/// The key of the markers' shapes, and of the heat layer's colours when it is on, on a pale
/// band so that the basemap's names under it do not mix with its words. Returns the band.
fn legend_ui(painter: &egui::Painter, rect: Rect, heat: bool) -> Rect {
    let band = painter.add(egui::Shape::Noop);
    let mut at = rect.left_bottom() + Vec2::new(14.0, -14.0);
    painter.circle(at, 5.0, Color32::GRAY, Stroke::new(1.0, Color32::WHITE));
    let text = |at: Pos2, s: &str| {
        painter.text(
            at,
            egui::Align2::LEFT_CENTER,
            s,
            egui::FontId::proportional(12.0),
            Color32::BLACK,
        )
    };
    let galley = text(at + Vec2::new(9.0, 0.0), "town or site");
    at.x += galley.width() + 30.0;
    painter.circle_stroke(at, 6.0, Stroke::new(2.5, Color32::GRAY));
    let galley = text(at + Vec2::new(11.0, 0.0), "district, province or country");
    at.x += galley.width() + 32.0;
    painter.circle_filled(at, 5.0, Color32::GRAY.gamma_multiply(0.45));
    markers::dashed_circle(painter, at, 5.0, Stroke::new(2.0, Color32::GRAY));
    let galley = text(at + Vec2::new(9.0, 0.0), "unconfirmed");
    let mut right = at.x + 9.0 + galley.width();
    if heat {
        at.x = right + 21.0;
        right = heat::legend_ui(painter, at);
    }
    let band_rect = Rect::from_min_max(
        Pos2::new(rect.left(), at.y - 11.0),
        Pos2::new(right + 8.0, rect.bottom()),
    );
    painter.set(
        band,
        egui::Shape::rect_filled(
            band_rect,
            egui::CornerRadius {
                ne: 6,
                ..Default::default()
            },
            Color32::from_rgba_unmultiplied(250, 248, 242, 210),
        ),
    );
    band_rect
}

/// The view that shows where most of the `markers` are on a map of `size` pixels (None
/// without markers).
pub fn fitted_view(gazetteer: &Gazetteer, markers: &[Marker], size: [f64; 2]) -> Option<View> {
    bounding_box(gazetteer, markers).map(|bbox| View::fit(bbox, size, FIT_MARGIN_PX))
}

/// (min lon, min lat, max lon, max lat) of the markers' places, with a margin.
fn bounding_box(gazetteer: &Gazetteer, markers: &[Marker]) -> Option<[f64; 4]> {
    let precise: Vec<&Marker> = markers
        .iter()
        .filter(|m| m.precision <= Precision::Province)
        .collect();
    let chosen: Vec<&Marker> = if precise.is_empty() {
        markers.iter().collect()
    } else {
        precise
    };
    if chosen.is_empty() {
        return None;
    }
    // Where most events are: one event in Washington should not zoom the map out to the world.
    // With ten places or more, the box runs from the 5th to the 95th percentile of events.
    let mut lons: Vec<(f64, usize)> = Vec::new();
    let mut lats: Vec<(f64, usize)> = Vec::new();
    for m in &chosen {
        let p = gazetteer.place(m.place);
        lons.push((p.lon, m.events));
        lats.push((p.lat, m.events));
    }
    let cut = if chosen.len() >= 10 { 0.05 } else { 0.0 };
    let range = |values: &mut Vec<(f64, usize)>| {
        values.sort_by(|a, b| a.0.total_cmp(&b.0));
        let total: usize = values.iter().map(|v| v.1).sum();
        let at = |share: f64| {
            let mut seen = 0;
            for v in values.iter() {
                seen += v.1;
                if seen as f64 >= share * total as f64 {
                    return v.0;
                }
            }
            values.last().map_or(0.0, |v| v.0)
        };
        (at(cut).min(values[values.len() - 1].0), at(1.0 - cut))
    };
    let ((min_lon, max_lon), (min_lat, max_lat)) = (range(&mut lons), range(&mut lats));
    Some([min_lon - 1.0, min_lat - 1.0, max_lon + 1.0, max_lat + 1.0])
}

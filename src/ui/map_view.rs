//! The map: the offline basemap (land, lakes, rivers, country and province borders, labels)
//! in Web Mercator, and one marker per place named in the time window.
//!
//! Drag pans, the wheel zooms around the cursor, a double-click zooms in. A marker's size
//! grows with its number of mentions; towns and sites are filled discs, districts,
//! provinces and countries hollow rings, so that precision shows. Each marker is a widget
//! labelled with the place's name (hover shows a tooltip; tests click it by that label).

use std::collections::BTreeMap;

use egui::{Color32, Pos2, Rect, Sense, Shape, Stroke, Vec2};

use super::{Command, TimeWindow};
use crate::gazetteer::{Gazetteer, PlaceId};
use crate::geoparse::Precision;
use crate::ingest::Corpus;
use crate::map::{Basemap, View, mercator_from_lat_lon};

/// A place to mark: how many mentions it has in the window, and its precision.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Marker {
    /// The place.
    pub place: PlaceId,
    /// Mentions in the time window.
    pub count: usize,
    /// Precision of its mentions.
    pub precision: Precision,
}

/// The markers for the mentions in the time window, sorted by place id.
pub fn markers(corpus: &Corpus, window: &TimeWindow) -> Vec<Marker> {
    let mut by_place: BTreeMap<PlaceId, Marker> = BTreeMap::new();
    for m in &corpus.mentions {
        if !window.shows(corpus.articles[m.article].published.map(|p| p.date)) {
            continue;
        }
        let marker = by_place.entry(m.toponym.place).or_insert(Marker {
            place: m.toponym.place,
            count: 0,
            precision: m.toponym.precision,
        });
        marker.count += 1;
    }
    by_place.into_values().collect()
}

const WATER: Color32 = Color32::from_rgb(170, 200, 225);
const LAND: Color32 = Color32::from_rgb(110, 110, 100);
const BORDER: Color32 = Color32::from_rgb(120, 100, 110);
const PROVINCE: Color32 = Color32::from_rgb(175, 165, 165);

/// Draws the map and handles its input.
#[expect(
    clippy::too_many_arguments,
    reason = "one call site; a struct would only rename these"
)]
pub fn map_ui(
    ui: &mut egui::Ui,
    view: &mut View,
    basemap: Option<&Basemap>,
    gazetteer: &Gazetteer,
    corpus: &Corpus,
    window: &TimeWindow,
    selected: Option<PlaceId>,
    fit: bool,
    commands: &mut Vec<Command>,
) {
    let rect = ui.available_rect_before_wrap();
    let size = [f64::from(rect.width()), f64::from(rect.height())];
    let markers = markers(corpus, window);
    if fit && let Some(bbox) = bounding_box(gazetteer, &markers) {
        *view = View::fit(bbox, size, 60.0);
    }
    let response = ui.allocate_rect(rect, Sense::click_and_drag());
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
    let painter = ui.painter_at(rect);
    painter.rect_filled(rect, 0.0, Color32::from_rgb(238, 234, 224));
    let to_screen = |lon: f32, lat: f32| {
        let m = mercator_from_lat_lon(f64::from(lat), f64::from(lon));
        let s = view.screen_from_mercator(m, size);
        Pos2::new(rect.min.x + s[0] as f32, rect.min.y + s[1] as f32)
    };
    if let Some(basemap) = basemap {
        draw_basemap(&painter, basemap, view, rect, &to_screen);
    }
    for marker in &markers {
        let place = gazetteer.place(marker.place);
        let center = to_screen(place.lon as f32, place.lat as f32);
        if !rect.expand(20.0).contains(center) {
            continue;
        }
        let radius = 4.0 + 2.5 * (marker.count as f32).sqrt().min(8.0);
        let color = precision_color(marker.precision);
        let is_selected = selected == Some(marker.place);
        if matches!(marker.precision, Precision::Town | Precision::Site) {
            painter.circle(center, radius, color, Stroke::new(1.0, Color32::WHITE));
        } else {
            painter.circle_stroke(center, radius + 4.0, Stroke::new(3.0, color));
        }
        if is_selected {
            painter.circle_stroke(center, radius + 7.0, Stroke::new(2.0, Color32::BLACK));
        }
        let id = ui.make_persistent_id(("marker", marker.place));
        let marker_response = ui.interact(
            Rect::from_center_size(center, Vec2::splat(2.0 * radius + 6.0)),
            id,
            Sense::click(),
        );
        let name = place.name.clone();
        marker_response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Button, true, &name));
        let marker_response = marker_response.on_hover_text(format!(
            "{} · {} · {} mentions",
            gazetteer.full_name(marker.place),
            marker.precision.as_str(),
            marker.count
        ));
        if marker_response.clicked() {
            commands.push(Command::Select(Some(marker.place)));
        }
    }
    legend_ui(ui, rect);
}

fn precision_color(precision: Precision) -> Color32 {
    match precision {
        Precision::Site => Color32::from_rgb(160, 30, 160),
        Precision::Town => Color32::from_rgb(210, 60, 40),
        Precision::District => Color32::from_rgb(230, 140, 30),
        Precision::Province => Color32::from_rgb(40, 120, 200),
        Precision::Country | Precision::Region => Color32::from_rgb(60, 150, 90),
    }
}

fn legend_ui(ui: &egui::Ui, rect: Rect) {
    let painter = ui.painter_at(rect);
    let mut at = rect.left_bottom() + Vec2::new(12.0, -14.0);
    for precision in [
        Precision::Site,
        Precision::Town,
        Precision::District,
        Precision::Province,
        Precision::Country,
    ] {
        painter.circle_filled(at, 5.0, precision_color(precision));
        let galley = painter.text(
            at + Vec2::new(9.0, 0.0),
            egui::Align2::LEFT_CENTER,
            precision.as_str(),
            egui::FontId::proportional(12.0),
            Color32::BLACK,
        );
        at.x += galley.width() + 26.0;
    }
}

/// (min lon, min lat, max lon, max lat) of the markers' places.
fn bounding_box(gazetteer: &Gazetteer, markers: &[Marker]) -> Option<[f64; 4]> {
    let mut points = markers
        .iter()
        .map(|m| gazetteer.place(m.place))
        .filter(|p| !p.kind.is_area() || markers.len() == 1);
    let first = points
        .next()
        .or_else(|| markers.first().map(|m| gazetteer.place(m.place)))?;
    let mut bbox = [first.lon, first.lat, first.lon, first.lat];
    for p in points {
        bbox = [
            bbox[0].min(p.lon),
            bbox[1].min(p.lat),
            bbox[2].max(p.lon),
            bbox[3].max(p.lat),
        ];
    }
    let margin = 0.5;
    Some([
        bbox[0] - margin,
        bbox[1] - margin,
        bbox[2] + margin,
        bbox[3] + margin,
    ])
}

fn draw_basemap(
    painter: &egui::Painter,
    basemap: &Basemap,
    view: &View,
    rect: Rect,
    to_screen: &dyn Fn(f32, f32) -> Pos2,
) {
    let visible = |bbox: [f32; 4]| {
        let a = to_screen(bbox[0], bbox[3]);
        let b = to_screen(bbox[2], bbox[1]);
        Rect::from_two_pos(a, b).intersects(rect)
    };
    let line = |points: &[[f32; 2]], stroke: Stroke| {
        let screen: Vec<Pos2> = points.iter().map(|p| to_screen(p[0], p[1])).collect();
        painter.add(Shape::line(screen, stroke));
    };
    for shape in &basemap.land {
        line(&shape.points, Stroke::new(1.0, LAND));
    }
    for shape in &basemap.lakes {
        line(&shape.points, Stroke::new(1.0, WATER));
    }
    for shape in &basemap.rivers {
        line(&shape.points, Stroke::new(1.0, WATER));
    }
    let zoom = view.zoom;
    if zoom >= 4.0 {
        for region in basemap.provinces.iter().filter(|r| visible(r.bbox)) {
            for part in &region.parts {
                line(&part.points, Stroke::new(0.6, PROVINCE));
            }
        }
    }
    for region in basemap.countries.iter().filter(|r| visible(r.bbox)) {
        for part in &region.parts {
            line(&part.points, Stroke::new(1.2, BORDER));
        }
    }
    let label = |text: &str, at: [f32; 2], size: f32, color: Color32| {
        let pos = to_screen(at[0], at[1]);
        if rect.contains(pos) {
            painter.text(
                pos,
                egui::Align2::CENTER_CENTER,
                text,
                egui::FontId::proportional(size),
                color,
            );
        }
    };
    if zoom >= 5.0 {
        for region in basemap.provinces.iter().filter(|r| visible(r.bbox)) {
            label(
                &region.name,
                region.label,
                11.0,
                Color32::from_rgb(120, 110, 110),
            );
        }
    }
    if (2.0..8.0).contains(&zoom) {
        for region in basemap.countries.iter().filter(|r| visible(r.bbox)) {
            label(
                &region.name.to_uppercase(),
                region.label,
                13.0,
                Color32::from_rgb(90, 80, 90),
            );
        }
    }
}

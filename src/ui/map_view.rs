//! The map: the offline basemap (land, lakes, rivers, country and province borders, labels)
//! in Web Mercator, and the visible events as markers.
//!
//! Events at one place share a marker; a marker's colour is its most frequent kind, its size
//! grows with the number of sources. Towns and sites are filled discs; district-, province-
//! and country-level events are hollow rings (their precision shows), and a selected
//! province-level place also has its polygon outlined. Markers closer than a few pixels
//! cluster into a grey disc with a count: clicking it zooms in. Each marker is a widget named
//! after its place (hover shows a tooltip; tests click it by that name). Drag pans, the wheel
//! zooms around the cursor, a double-click zooms in.

use std::collections::HashMap;

use egui::{Color32, Pos2, Rect, Sense, Shape, Stroke, Vec2};

use super::tile_layer::TileLayer;
use super::{Command, drawable};
use crate::events::EventKind;
use crate::gazetteer::{Gazetteer, PlaceId};
use crate::geoparse::Precision;
use crate::map::{Basemap, View, lat_lon_from_mercator, mercator_from_lat_lon};

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
    /// Articles reporting its events.
    pub sources: usize,
}

/// What the map and the time window need of an event, packed: scrubbing 100,000 events reads
/// these rows in order instead of chasing each event's reports through memory.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct EventRow {
    /// The event's id.
    pub id: usize,
    /// Its place.
    pub place: Option<PlaceId>,
    /// Its kind.
    pub kind: EventKind,
    /// Its place's precision.
    pub precision: Precision,
    /// Articles reporting it.
    pub sources: usize,
    /// Its first and last days (see [`super::filters::day_of`]), None when undated.
    pub days: Option<(i32, i32)>,
}

impl EventRow {
    /// The row of `event`.
    pub fn of(event: &crate::events::Event) -> Self {
        use super::filters::day_of;
        Self {
            id: event.id,
            place: event.place,
            kind: event.kind,
            precision: event.precision.unwrap_or(Precision::Town),
            sources: event.source_count(),
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
            };
            markers.push((marker, [0; EventKind::ALL.len()]));
            markers.len() - 1
        });
        let (marker, kinds) = &mut markers[i];
        marker.events += 1;
        marker.sources += event.sources;
        kinds[event.kind as usize] += 1;
    }
    let mut out: Vec<Marker> = markers
        .into_iter()
        .map(|(mut marker, kinds)| {
            // The most frequent kind; the first in kind order on a tie.
            let best = (0..kinds.len())
                .max_by_key(|&k| (kinds[k], std::cmp::Reverse(k)))
                .unwrap_or(0);
            marker.kind = EventKind::ALL[best];
            marker
        })
        .collect();
    out.sort_by_key(|m| m.place);
    out
}

/// The colour of an event kind, on the map, the timeline and the filters.
pub fn kind_color(kind: EventKind) -> Color32 {
    match kind {
        EventKind::Assault => Color32::from_rgb(214, 39, 40),
        EventKind::Capture => Color32::from_rgb(148, 52, 110),
        EventKind::Siege => Color32::from_rgb(255, 127, 14),
        EventKind::Surrender => Color32::from_rgb(188, 189, 34),
        EventKind::PrisonBreak => Color32::from_rgb(140, 86, 75),
        EventKind::Killing => Color32::from_rgb(40, 40, 40),
        EventKind::Flight => Color32::from_rgb(31, 119, 180),
        EventKind::Talks => Color32::from_rgb(44, 160, 44),
        EventKind::Withdrawal => Color32::from_rgb(23, 190, 207),
        EventKind::Looting => Color32::from_rgb(227, 119, 194),
        EventKind::Protest => Color32::from_rgb(148, 103, 189),
        EventKind::WeaponsSeizure => Color32::from_rgb(127, 127, 127),
    }
}

const WATER: Color32 = Color32::from_rgb(150, 185, 215);
const COAST: Color32 = Color32::from_rgb(110, 110, 100);
const BORDER: Color32 = Color32::from_rgb(120, 100, 110);
const PROVINCE: Color32 = Color32::from_rgb(180, 170, 170);

/// The basemap's lines tessellated for one view, and its labels: frames that only change the
/// markers or the time window reuse them instead of projecting and tessellating 300,000 points
/// and laying out the labels again.
#[derive(Default)]
pub struct BasemapCache {
    /// Zoom, screen rectangle, pixels per point and selected province it was built for.
    key: Option<[u64; 4]>,
    /// Whether it was built with a margin around the screen, for panning.
    with_margin: bool,
    /// The view's centre it was built for, and its lines (tessellated) and labels.
    built_center: [f64; 2],
    built: (std::sync::Arc<egui::epaint::Mesh>, Vec<Shape>),
    /// The same moved to the view's centre of the last frame.
    shown_center: [f64; 2],
    shown: (std::sync::Arc<egui::epaint::Mesh>, Vec<Shape>),
}

/// How far around the screen (a fraction of its size on each side) the basemap is prepared
/// while the map is panned, for the next pans to move it instead of building it again.
const PAN_MARGIN: f32 = 0.1;

/// What the map shows this frame.
pub struct MapInput<'a> {
    /// The basemap, if it loaded.
    pub basemap: Option<&'a Basemap>,
    /// The gazetteer the events' places come from.
    pub gazetteer: &'a Gazetteer,
    /// The markers to draw.
    pub markers: &'a [Marker],
    /// The selected place.
    pub selected: Option<PlaceId>,
    /// Fit the view to the markers first.
    pub fit: bool,
    /// A click picks a place (see [`Command::PickedOnMap`]) instead of a marker.
    pub picking: bool,
    /// The towns the basemap may name, largest first.
    pub towns: &'a [TownLabel],
}

/// How far from a click (pixels) a larger town is preferred to the nearest one.
const PICK_REACH_PX: f64 = 12.0;

/// Draws the map and handles its input.
pub fn map_ui(
    ui: &mut egui::Ui,
    view: &mut View,
    cache: &mut BasemapCache,
    input: &MapInput,
    mut tiles: Option<&mut TileLayer>,
    commands: &mut Vec<Command>,
) {
    let rect = ui.available_rect_before_wrap();
    let size = [f64::from(rect.width()), f64::from(rect.height())];
    let gazetteer = input.gazetteer;
    if input.fit
        && let Some(bbox) = bounding_box(gazetteer, input.markers)
    {
        *view = View::fit(bbox, size, 60.0);
    }
    let mut response = ui.allocate_rect(rect, Sense::click_and_drag());
    if input.picking {
        response = response.on_hover_cursor(egui::CursorIcon::Crosshair);
        if response.clicked()
            && let Some(pointer) = response.interact_pointer_pos()
        {
            let local = [
                f64::from(pointer.x - rect.min.x),
                f64::from(pointer.y - rect.min.y),
            ];
            let [x, y] = view.mercator_from_screen(local, size);
            let (lat, lon) = lat_lon_from_mercator(x, y);
            let reach = PICK_REACH_PX * 360.0 / view.pixels_per_world() * lat.to_radians().cos();
            commands.push(Command::PickedOnMap(lat, lon, reach));
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
    let painter = ui.painter_at(rect);
    painter.rect_filled(rect, 0.0, Color32::from_rgb(240, 236, 226));
    let mercator_to_screen = |m: [f64; 2]| {
        let s = view.screen_from_mercator(m, size);
        Pos2::new(rect.min.x + s[0] as f32, rect.min.y + s[1] as f32)
    };
    let to_screen = |lon: f32, lat: f32| {
        mercator_to_screen(mercator_from_lat_lon(f64::from(lat), f64::from(lon)))
    };
    if let Some(basemap) = input.basemap {
        let selected = input.selected.map(|p| gazetteer.place(p));
        let pixels_per_point = ui.ctx().pixels_per_point();
        // What the prepared basemap depends on, besides the view's centre.
        let key = [
            view.zoom.to_bits(),
            u64::from(rect.min.x.to_bits()) << 32 | u64::from(rect.min.y.to_bits()),
            u64::from(rect.max.x.to_bits()) << 32 | u64::from(rect.max.y.to_bits()),
            u64::from(pixels_per_point.to_bits()) << 32
                | u64::from(input.selected.map_or(u32::MAX, |p| p.0)),
        ];
        // While the map moves, the basemap is prepared with a margin and moved; once it stands
        // still it is prepared for the screen alone, which is cheaper to draw frame after frame.
        let panning = cache.key == Some(key) && cache.shown_center != view.center;
        let margin = rect.size() * if panning { PAN_MARGIN } else { 0.0 };
        let scale = view.pixels_per_world();
        let shift = |built: [f64; 2]| {
            Vec2::new(
                ((built[0] - view.center[0]) * scale) as f32,
                ((built[1] - view.center[1]) * scale) as f32,
            )
        };
        let reusable = cache.key == Some(key)
            && if panning {
                let moved = shift(cache.built_center);
                cache.with_margin && moved.x.abs() < margin.x && moved.y.abs() < margin.y
            } else {
                !cache.with_margin
            };
        if !reusable {
            let (lines, labels) = basemap_shapes(
                &painter,
                basemap,
                view,
                rect.expand2(margin),
                &to_screen,
                selected,
                input.towns,
            );
            let options = ui.ctx().tessellation_options(|o| *o);
            let mut tessellator =
                egui::epaint::Tessellator::new(pixels_per_point, options, [1, 1], Vec::new());
            let mut mesh = egui::epaint::Mesh::default();
            for shape in lines {
                tessellator.tessellate_shape(shape, &mut mesh);
            }
            let mesh = std::sync::Arc::new(mesh);
            *cache = BasemapCache {
                key: Some(key),
                with_margin: panning,
                built_center: view.center,
                built: (std::sync::Arc::clone(&mesh), labels.clone()),
                shown_center: view.center,
                shown: (mesh, labels),
            };
        } else if cache.shown_center != view.center {
            let moved = shift(cache.built_center);
            let mut mesh = (*cache.built.0).clone();
            mesh.translate(moved);
            let mut labels = cache.built.1.clone();
            for label in &mut labels {
                label.translate(moved);
            }
            cache.shown_center = view.center;
            cache.shown = (std::sync::Arc::new(mesh), labels);
        }
        painter.add(Shape::mesh(std::sync::Arc::clone(&cache.shown.0)));
        // Online tiles carry their own labels.
        if tiles.is_none() {
            painter.extend(cache.shown.1.iter().cloned());
        }
    }
    if let Some(tiles) = tiles.as_deref_mut() {
        tiles.draw(ui, view, rect);
    }
    for cluster in clusters(input.markers, &mercator_to_screen) {
        if !rect.expand(30.0).contains(cluster.center) {
            continue;
        }
        if cluster.members.len() > 1 {
            let count: usize = cluster.members.iter().map(|m| m.events).sum();
            let radius = 10.0 + 2.0 * (count as f32).sqrt().min(10.0);
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
        if marker.precision <= Precision::Town {
            painter.circle(center, radius, color, Stroke::new(1.5, Color32::WHITE));
        } else {
            painter.circle_stroke(center, radius + 4.0, Stroke::new(3.5, color));
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
            ui.label(format!(
                "{} · {} · {} · {}",
                drawable(ui.ctx(), &gazetteer.full_name(marker.place)),
                marker.precision.as_str(),
                super::details::plural(marker.events, "event"),
                super::details::plural(marker.sources, "source")
            ));
        };
        if r.on_hover_ui(tooltip).clicked() {
            commands.push(Command::SelectPlace(Some(marker.place)));
        }
    }
    legend_ui(&painter, rect);
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

fn legend_ui(painter: &egui::Painter, rect: Rect) {
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
    text(at + Vec2::new(11.0, 0.0), "district, province or country");
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

/// The basemap's lines and labels for one view, as shapes (cached between frames whose view
/// does not change, the lines tessellated).
fn basemap_shapes(
    painter: &egui::Painter,
    basemap: &Basemap,
    view: &View,
    rect: Rect,
    to_screen: &dyn Fn(f32, f32) -> Pos2,
    selected: Option<&crate::gazetteer::Place>,
    towns: &[TownLabel],
) -> (Vec<Shape>, Vec<Shape>) {
    let mut lines = Vec::new();
    let mut labels = Vec::new();
    let mut placed: Vec<Rect> = Vec::new();
    let zoom = view.zoom;
    // Screen = centre of the rect + (mercator - view centre) * pixels per world.
    let scale = view.pixels_per_world();
    let origin_x = f64::from(rect.center().x);
    let origin_y = f64::from(rect.center().y);
    let visible = |bbox: [f32; 4]| {
        Rect::from_two_pos(to_screen(bbox[0], bbox[3]), to_screen(bbox[2], bbox[1]))
            .intersects(rect)
    };
    // Lines are culled by their bounding box and thinned on screen: a point under a pixel
    // from the last one kept adds nothing but tessellation work.
    let mut line = |shape: &crate::map::Shape, stroke: Stroke, closed: bool| {
        if !visible(shape.bbox) {
            return;
        }
        let mut screen: Vec<Pos2> = Vec::with_capacity(shape.points.len() / 2 + 2);
        for m in &shape.mercator {
            let at = Pos2::new(
                (origin_x + (m[0] - view.center[0]) * scale) as f32,
                (origin_y + (m[1] - view.center[1]) * scale) as f32,
            );
            if screen
                .last()
                .is_none_or(|last: &Pos2| (at - *last).length_sq() >= 2.0)
            {
                screen.push(at);
            }
        }
        if closed && let Some(first) = screen.first().copied() {
            screen.push(first);
        }
        if screen.len() >= 2 {
            lines.push(Shape::line(screen, stroke));
        }
    };
    for shape in &basemap.land {
        line(shape, Stroke::new(1.0, COAST), true);
    }
    for shape in &basemap.lakes {
        line(shape, Stroke::new(1.0, WATER), true);
    }
    for shape in &basemap.rivers {
        line(shape, Stroke::new(1.0, WATER), false);
    }
    if zoom >= 4.0 {
        for region in basemap.provinces.iter().filter(|r| visible(r.bbox)) {
            for part in &region.parts {
                line(part, Stroke::new(0.6, PROVINCE), true);
            }
        }
    }
    for border in &basemap.borders {
        line(border, Stroke::new(1.3, BORDER), false);
    }
    // A selected province is outlined: its events cover the whole province.
    if let Some(place) = selected
        && place.kind == crate::gazetteer::PlaceKind::Admin1
        && let Some(region) = basemap.province(&format!("{}.{}", place.country, place.admin1))
    {
        for part in &region.parts {
            line(part, Stroke::new(2.5, Color32::from_rgb(40, 90, 200)), true);
        }
    }
    let mut label = |text: String, at: [f32; 2], size: f32, color: Color32| {
        let pos = to_screen(at[0], at[1]);
        if rect.contains(pos) {
            let galley = painter.layout_no_wrap(text, egui::FontId::proportional(size), color);
            let corner = egui::Align2::CENTER_CENTER
                .anchor_size(pos, galley.size())
                .min;
            placed.push(Rect::from_min_size(corner, galley.size()));
            labels.push(Shape::galley(corner, galley, color));
        }
    };
    if zoom >= 6.0 {
        for region in basemap.provinces.iter().filter(|r| visible(r.bbox)) {
            label(
                drawable(painter.ctx(), &region.name),
                region.label,
                11.0,
                Color32::from_rgb(125, 115, 115),
            );
        }
    }
    if (3.0..8.0).contains(&zoom) {
        for region in basemap.countries.iter().filter(|r| visible(r.bbox)) {
            label(
                drawable(painter.ctx(), &region.name.to_uppercase()),
                region.label,
                13.0,
                Color32::from_rgb(90, 80, 90),
            );
        }
    }
    // The larger towns, more as the map zooms in, largest first, none over another label.
    let smallest = TownLabel::smallest_at(zoom);
    let town_color = Color32::from_rgb(60, 60, 60);
    let size = [f64::from(rect.width()), f64::from(rect.height())];
    for town in towns.iter().take_while(|t| t.population >= smallest) {
        if placed.len() >= MAX_LABELS {
            break;
        }
        let s = view.screen_from_mercator(town.mercator, size);
        let at = Pos2::new(rect.min.x + s[0] as f32, rect.min.y + s[1] as f32);
        if !rect.contains(at) {
            continue;
        }
        let font = egui::FontId::proportional(12.0);
        let name = drawable(painter.ctx(), &town.name);
        let galley = painter.layout_no_wrap(name, font, town_color);
        let area = Rect::from_min_size(at + Vec2::new(5.0, -galley.size().y / 2.0), galley.size());
        if placed.iter().any(|p| p.intersects(area)) {
            continue;
        }
        placed.push(area.expand(2.0));
        labels.push(Shape::circle_filled(at, 2.5, town_color));
        labels.push(Shape::galley(area.min, galley, town_color));
    }
    (lines, labels)
}

/// At most this many labels on the map at once.
const MAX_LABELS: usize = 240;

/// A town named on the basemap.
#[derive(Clone, Debug, PartialEq)]
pub struct TownLabel {
    /// Its name.
    pub name: String,
    /// Where it is in Web Mercator.
    pub mercator: [f64; 2],
    /// Its people.
    pub population: u64,
}

impl TownLabel {
    /// The smallest town ever named (at the deepest zooms).
    const SMALLEST: u64 = 20_000;

    /// The towns worth a label (see [`TownLabel::SMALLEST`]), largest first.
    pub fn of(gazetteer: &Gazetteer) -> Vec<Self> {
        let mut towns: Vec<Self> = (0..gazetteer.len() as u32)
            .map(|i| gazetteer.place(PlaceId(i)))
            .filter(|p| {
                p.kind == crate::gazetteer::PlaceKind::Town && p.population >= Self::SMALLEST
            })
            .map(|p| Self {
                name: p.name.clone(),
                mercator: mercator_from_lat_lon(p.lat, p.lon),
                population: p.population,
            })
            .collect();
        towns.sort_by_key(|t| std::cmp::Reverse(t.population));
        towns
    }

    /// The smallest town named at `zoom`: cities of millions when the map shows a region,
    /// towns of 20,000 people when it shows a province.
    fn smallest_at(zoom: f64) -> u64 {
        match zoom {
            z if z < 4.0 => u64::MAX,
            z if z < 5.0 => 2_000_000,
            z if z < 6.0 => 500_000,
            z if z < 7.0 => 150_000,
            z if z < 8.0 => 50_000,
            _ => Self::SMALLEST,
        }
    }
}

//! The offline basemap drawn under the markers: land, lakes, rivers, borders, provinces and
//! the names of countries, provinces and the larger towns, projected for the view.
//!
//! Projecting and tessellating 300,000 points takes milliseconds, so [`BasemapCache`] keeps
//! what it built for one view: frames that only change the markers or the time window reuse
//! it, and while the map is panned it is prepared with a margin and moved, prepared again only
//! when the pan leaves the margin or stops.

use egui::{Color32, Pos2, Rect, Shape, Stroke, Vec2};

use crate::gazetteer::{Gazetteer, PlaceId};
use crate::map::{Basemap, View, mercator_from_lat_lon};
use crate::ui::format::drawable;

const WATER: Color32 = Color32::from_rgb(150, 185, 215);
const COAST: Color32 = Color32::from_rgb(110, 110, 100);
const BORDER: Color32 = Color32::from_rgb(120, 100, 110);
const PROVINCE: Color32 = Color32::from_rgb(180, 170, 170);
/// A town's name and dot.
const TOWN: Color32 = Color32::from_rgb(60, 60, 60);
/// Behind a town's name, which is drawn over the markers: the land's colour, see-through.
const TOWN_HALO: Color32 = Color32::from_rgba_premultiplied(188, 185, 177, 200);

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
    built: (std::sync::Arc<egui::epaint::Mesh>, Vec<Shape>, Vec<Name>),
    /// The same moved to the view's centre of the last frame.
    shown_center: [f64; 2],
    shown: (std::sync::Arc<egui::epaint::Mesh>, Vec<Shape>, Vec<Name>),
    /// Whether the last frame drew labels (online tiles carry their own).
    with_labels: bool,
    /// Where the names of countries and provinces go among the last frame's shapes: under
    /// the markers, placed once the markers are known.
    regions_slot: Option<egui::layers::ShapeIdx>,
}

/// A name laid out for one view: placed once the markers are known, beside them.
#[derive(Clone)]
struct Name {
    /// A town's dot, or `None` for a country's or a province's name.
    dot: Option<Pos2>,
    /// Where the name goes when no marker is in the way.
    area: Rect,
    /// The name.
    galley: std::sync::Arc<egui::Galley>,
}

/// How far around the screen (a fraction of its size on each side) the basemap is prepared
/// while the map is panned, for the next pans to move it instead of building it again.
const PAN_MARGIN: f32 = 0.1;

/// What the basemap is drawn from.
pub struct BasemapInput<'a> {
    /// The basemap.
    pub basemap: &'a Basemap,
    /// The gazetteer, for the selected place.
    pub gazetteer: &'a Gazetteer,
    /// The selected place: a province is outlined.
    pub selected: Option<PlaceId>,
    /// The towns the basemap may name, largest first.
    pub towns: &'a [TownLabel],
    /// Whether to draw the labels (online tiles carry their own).
    pub with_labels: bool,
}

impl BasemapCache {
    /// Draws the basemap of `input` for `view` in `rect` with `painter`, preparing it again
    /// only when what it depends on changed.
    pub fn draw(
        &mut self,
        ui: &egui::Ui,
        painter: &egui::Painter,
        view: &View,
        rect: Rect,
        input: &BasemapInput,
    ) {
        let (basemap, gazetteer, with_labels) = (input.basemap, input.gazetteer, input.with_labels);
        let size = [f64::from(rect.width()), f64::from(rect.height())];
        let to_screen = |lon: f32, lat: f32| {
            let s = view
                .screen_from_mercator(mercator_from_lat_lon(f64::from(lat), f64::from(lon)), size);
            Pos2::new(rect.min.x + s[0] as f32, rect.min.y + s[1] as f32)
        };
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
        let panning = self.key == Some(key) && self.shown_center != view.center;
        let margin = rect.size() * if panning { PAN_MARGIN } else { 0.0 };
        let scale = view.pixels_per_world();
        let shift = |built: [f64; 2]| {
            Vec2::new(
                ((built[0] - view.center[0]) * scale) as f32,
                ((built[1] - view.center[1]) * scale) as f32,
            )
        };
        let reusable = self.key == Some(key)
            && if panning {
                let moved = shift(self.built_center);
                self.with_margin && moved.x.abs() < margin.x && moved.y.abs() < margin.y
            } else {
                !self.with_margin
            };
        if !reusable {
            let (lines, labels, towns) = basemap_shapes(
                painter,
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
            *self = BasemapCache {
                key: Some(key),
                with_margin: panning,
                built_center: view.center,
                built: (std::sync::Arc::clone(&mesh), labels.clone(), towns.clone()),
                shown_center: view.center,
                shown: (mesh, labels, towns),
                with_labels,
                regions_slot: None,
            };
        } else if self.shown_center != view.center {
            let moved = shift(self.built_center);
            let mut mesh = (*self.built.0).clone();
            mesh.translate(moved);
            let mut labels = self.built.1.clone();
            for label in &mut labels {
                label.translate(moved);
            }
            let mut names = self.built.2.clone();
            for name in &mut names {
                name.area = name.area.translate(moved);
                name.dot = name.dot.map(|dot| dot + moved);
            }
            self.shown_center = view.center;
            self.shown = (std::sync::Arc::new(mesh), labels, names);
        }
        painter.add(Shape::mesh(std::sync::Arc::clone(&self.shown.0)));
        // Online tiles carry their own labels.
        self.with_labels = with_labels;
        self.regions_slot = None;
        if with_labels {
            self.regions_slot = Some(painter.add(Shape::Noop));
            painter.extend(self.shown.1.iter().cloned());
        }
    }

    /// Places the names of the view beside the `markers` (their centres and outer radii), so
    /// that both read. Countries' and provinces' names stay under the markers, moved off them
    /// (up or down by up to two lines, or aside by half their width) when they can be without
    /// covering another name. Towns' names are drawn over the markers on a pale halo,
    /// to the right of their dot, or left of it, above or below, whichever is clear of the
    /// markers and the names placed before (else the first of these not over the legend); a
    /// name whose town is under a marker goes beside the marker. None is drawn over the
    /// `legend`.
    pub fn draw_names(&self, painter: &egui::Painter, markers: &[(Pos2, f32)], legend: Rect) {
        if !self.with_labels || self.shown.2.is_empty() {
            return;
        }
        let markers = Markers::new(markers);
        // Each region's name keeps clear of the others, placed or still where they were laid.
        let regions: Vec<&Name> = self.shown.2.iter().filter(|n| n.dot.is_none()).collect();
        let mut taken: Vec<Rect> = regions.iter().map(|n| n.area).collect();
        for (i, name) in regions.iter().enumerate() {
            let (area, size) = (name.area, name.area.size());
            let (up, aside) = (
                Vec2::new(0.0, size.y + 2.0),
                Vec2::new(size.x / 2.0 + 6.0, 0.0),
            );
            let candidates = [
                area,
                area.translate(-up),
                area.translate(up),
                area.translate(-2.0 * up),
                area.translate(2.0 * up),
                area.translate(-aside),
                area.translate(aside),
            ];
            taken[i] = Rect::NOTHING;
            taken[i] = place_name(&candidates, &markers, &taken, legend).unwrap_or(area);
        }
        let regions = regions
            .iter()
            .zip(&taken)
            .map(|(name, area)| Shape::galley(area.min, std::sync::Arc::clone(&name.galley), TOWN))
            .collect();
        if let Some(slot) = self.regions_slot {
            painter.set(slot, Shape::Vec(regions));
        }
        for (name, dot) in self.shown.2.iter().filter_map(|n| Some((n, n.dot?))) {
            let beside = match markers.covering(dot) {
                Some((center, radius)) => Rect::from_center_size(center, Vec2::splat(2.0 * radius)),
                None => dot_box(dot),
            };
            let candidates = around(beside, name.area.size());
            let Some(area) = place_name(&candidates, &markers, &taken, legend)
                .or_else(|| candidates.into_iter().find(|c| !c.intersects(legend)))
            else {
                continue;
            };
            taken.push(area);
            painter.rect_filled(area.expand(1.0), 3.0, TOWN_HALO);
            painter.galley(area.min, std::sync::Arc::clone(&name.galley), TOWN);
        }
    }
}

/// The markers of a frame, sorted from west to east for the ones near a name to be found by
/// halving.
struct Markers {
    /// Centres and outer radii.
    discs: Vec<(Pos2, f32)>,
    /// The largest radius.
    reach: f32,
}

impl Markers {
    fn new(discs: &[(Pos2, f32)]) -> Self {
        let mut discs = discs.to_vec();
        discs.sort_unstable_by(|a, b| a.0.x.total_cmp(&b.0.x));
        let reach = discs.iter().map(|m| m.1).fold(0.0, f32::max);
        Self { discs, reach }
    }

    /// The markers whose discs may reach between `min_x` and `max_x`.
    fn near(&self, min_x: f32, max_x: f32) -> impl Iterator<Item = &(Pos2, f32)> {
        let from = self
            .discs
            .partition_point(|(c, _)| c.x < min_x - self.reach);
        self.discs[from..]
            .iter()
            .take_while(move |(c, _)| c.x <= max_x + self.reach)
    }

    /// The marker drawn over `point`, if any.
    fn covering(&self, point: Pos2) -> Option<(Pos2, f32)> {
        self.near(point.x, point.x)
            .find(|(c, r)| c.distance(point) < *r)
            .copied()
    }

    /// Whether a marker's disc overlaps `area`.
    fn hit(&self, area: Rect) -> bool {
        self.near(area.min.x, area.max.x)
            .any(|(c, r)| area.distance_sq_to_pos(*c) < r * r)
    }
}

/// The box a town's dot at `dot` takes, which its name keeps clear of.
fn dot_box(dot: Pos2) -> Rect {
    Rect::from_center_size(dot, Vec2::splat(6.0))
}

/// Where a name of `size` may go around `beside` (a dot or a marker): right, left, above,
/// below, in that order.
fn around(beside: Rect, size: Vec2) -> [Rect; 4] {
    const GAP: f32 = 2.0;
    let (center, half) = (beside.center(), size / 2.0);
    [
        Rect::from_min_size(Pos2::new(beside.max.x + GAP, center.y - half.y), size),
        Rect::from_min_size(
            Pos2::new(beside.min.x - GAP - size.x, center.y - half.y),
            size,
        ),
        Rect::from_min_size(
            Pos2::new(center.x - half.x, beside.min.y - GAP - size.y),
            size,
        ),
        Rect::from_min_size(Pos2::new(center.x - half.x, beside.max.y + GAP), size),
    ]
}

/// The first of `candidates` clear of the `markers`, the names already `taken` and the
/// `legend`.
fn place_name(
    candidates: &[Rect],
    markers: &Markers,
    taken: &[Rect],
    legend: Rect,
) -> Option<Rect> {
    candidates.iter().copied().find(|area| {
        !area.intersects(legend)
            && !markers.hit(*area)
            && !taken.iter().any(|t| t.intersects(*area))
    })
}

/// The basemap's lines and towns' dots for one view, as shapes, and its names, to be placed
/// beside the markers (cached between frames whose view does not change, the lines
/// tessellated).
fn basemap_shapes(
    painter: &egui::Painter,
    basemap: &Basemap,
    view: &View,
    rect: Rect,
    to_screen: &dyn Fn(f32, f32) -> Pos2,
    selected: Option<&crate::gazetteer::Place>,
    towns: &[TownLabel],
) -> (Vec<Shape>, Vec<Shape>, Vec<Name>) {
    let mut lines = Vec::new();
    let mut labels = Vec::new();
    let mut names = Vec::new();
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
            let area = Rect::from_min_size(corner, galley.size());
            placed.push(area);
            names.push(Name {
                dot: None,
                area,
                galley,
            });
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
        let galley = painter.layout_no_wrap(name, font, TOWN);
        let area = around(dot_box(at), galley.size())[0];
        if placed.iter().any(|p| p.intersects(area)) {
            continue;
        }
        placed.push(area.expand(2.0));
        labels.push(Shape::circle_filled(at, 2.5, TOWN));
        names.push(Name {
            dot: Some(at),
            area,
            galley,
        });
    }
    (lines, labels, names)
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
                name: p.name.to_string(),
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

#[cfg(test)]
mod tests {
    use super::*;

    fn rect(x: f32, y: f32, w: f32, h: f32) -> Rect {
        Rect::from_min_size(Pos2::new(x, y), Vec2::new(w, h))
    }

    const NO_LEGEND: Rect = Rect::NOTHING;

    /// The places around a town's dot at (100, 100) for a name 40 × 12.
    fn around_the_town() -> [Rect; 4] {
        around(dot_box(Pos2::new(100.0, 100.0)), Vec2::new(40.0, 12.0))
    }

    #[test]
    fn a_name_goes_right_of_its_dot_when_nothing_is_in_the_way() {
        let candidates = around_the_town();
        let markers = Markers::new(&[(Pos2::new(300.0, 300.0), 10.0)]);
        let area = place_name(&candidates, &markers, &[], NO_LEGEND).unwrap();
        assert_eq!(area, rect(105.0, 94.0, 40.0, 12.0));
    }

    #[test]
    fn a_name_leaves_the_side_where_a_neighbouring_marker_is() {
        let candidates = around_the_town();
        // A marker 35 px east of the town covers the right-hand place of its name.
        let markers = Markers::new(&[(Pos2::new(135.0, 100.0), 8.0)]);
        let area = place_name(&candidates, &markers, &[], NO_LEGEND).unwrap();
        assert!(area.max.x < 100.0, "{area:?} is left of the dot");
        // And a name already placed there sends it above.
        let area = place_name(
            &candidates,
            &markers,
            &[rect(40.0, 94.0, 30.0, 12.0)],
            NO_LEGEND,
        )
        .unwrap();
        assert!(
            area.max.y < 100.0 && (area.center().x - 100.0).abs() < 1.0,
            "{area:?}"
        );
    }

    #[test]
    fn a_name_with_no_clear_place_is_not_placed() {
        let candidates = around_the_town();
        let ring: Vec<(Pos2, f32)> = [(130.0, 100.0), (70.0, 100.0), (100.0, 80.0), (100.0, 120.0)]
            .map(|(x, y)| (Pos2::new(x, y), 9.0))
            .to_vec();
        assert_eq!(
            place_name(&candidates, &Markers::new(&ring), &[], NO_LEGEND),
            None
        );
        // Nor over the legend.
        let markers = Markers::new(&[]);
        let legend = rect(0.0, 0.0, 300.0, 300.0);
        assert_eq!(place_name(&candidates, &markers, &[], legend), None);
    }

    #[test]
    fn the_marker_over_a_town_is_found_among_many() {
        let discs: Vec<(Pos2, f32)> = (0..100)
            .map(|i| (Pos2::new(i as f32 * 30.0, 50.0), 4.0 + (i % 5) as f32))
            .collect();
        let markers = Markers::new(&discs);
        assert_eq!(
            markers.covering(Pos2::new(601.0, 52.0)),
            Some((Pos2::new(600.0, 50.0), 4.0))
        );
        assert_eq!(markers.covering(Pos2::new(615.0, 50.0)), None);
        assert!(markers.hit(rect(590.0, 45.0, 8.0, 4.0)));
        assert!(!markers.hit(rect(606.0, 40.0, 15.0, 30.0)));
    }
}

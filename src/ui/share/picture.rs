//! Pictures of the map without a GPU: the map's own painting code (`ui/map`: basemap,
//! heat layer, markers and their key) runs in a headless egui context of the picture's size,
//! a key of the window's dates and the event types is drawn over it, and the shapes are
//! tessellated and rasterized on the CPU ([`super::raster`]).

use std::sync::Arc;

use egui::{Align2, Color32, FontId, Pos2, Rect, Stroke, Vec2};

use super::Scene;
use super::raster::{Canvas, Textures};
use crate::events::EventType;
use crate::map::View;
use crate::ui::format::plural;
use crate::ui::map::{self, BasemapCache, EventRow, HeatLayer, MapCaches, MapFrame, MapInput};
use crate::ui::palette::type_color;
use crate::ui::time_window::TimeWindow;

/// Makes pictures of one size, frame after frame: its egui context, textures and caches
/// live on between pictures (a playback's frames share the basemap and the font atlas).
pub struct Camera {
    ctx: egui::Context,
    textures: Textures,
    basemap: BasemapCache,
    heat: HeatLayer,
    size: [u32; 2],
}

impl Camera {
    /// A camera for pictures of `size` pixels (width, height; at least 1 × 1).
    pub fn new(size: [u32; 2]) -> Self {
        Self {
            ctx: egui::Context::default(),
            textures: Textures::default(),
            basemap: BasemapCache::default(),
            heat: HeatLayer::default(),
            size: size.map(|side| side.max(1)),
        }
    }

    /// The picture's size (width, height).
    pub fn size(&self) -> [u32; 2] {
        self.size
    }

    /// The view that shows where most of the events of `scene` are (whatever their days), or
    /// `fallback` when none has a place.
    pub fn fitted_view(&self, scene: &Scene, fallback: View) -> View {
        let markers = map::markers(&scene.gazetteer, &scene.rows);
        let size = self.size.map(f64::from);
        map::fitted_view(&scene.gazetteer, &markers, size).unwrap_or(fallback)
    }

    /// The map of `scene` in `window` seen through `view`, with the window's dates and the
    /// event types' colours drawn over it.
    pub fn picture(&mut self, scene: &Scene, window: &TimeWindow, view: View) -> image::RgbaImage {
        let visible: Vec<EventRow> = (scene.rows.iter())
            .filter(|row| window.shows_days(row.days))
            .copied()
            .collect();
        let markers = Arc::new(map::markers(&scene.gazetteer, &visible));
        let [width, height] = self.size.map(|side| side as f32);
        let input = egui::RawInput {
            screen_rect: Some(Rect::from_min_size(Pos2::ZERO, Vec2::new(width, height))),
            ..Default::default()
        };
        let mut types: Vec<EventType> = (scene.rows.iter())
            .map(|row| row.kind.event_type())
            .collect();
        types.sort_unstable();
        types.dedup();
        let key = Key {
            title: &scene.title,
            dates: window.dates(),
            events: visible.len(),
            places: markers.len(),
            types: &types,
        };
        let (basemap, heat) = (&mut self.basemap, &mut self.heat);
        let output = self.ctx.run_ui(input, |ui| {
            egui::CentralPanel::no_frame().show(ui, |ui| {
                let map_input = MapInput {
                    basemap: scene.basemap.as_ref(),
                    gazetteer: &scene.gazetteer,
                    markers: &markers,
                    heat: scene.heat,
                    selected: scene.selected,
                    fit: false,
                    extent: None,
                    picking: false,
                    towns: &scene.towns,
                };
                let caches = MapCaches {
                    basemap: &mut *basemap,
                    heat: &mut *heat,
                };
                let (mut view, mut frame) = (view, MapFrame::default());
                map::map_ui(
                    ui,
                    &mut view,
                    &mut frame,
                    caches,
                    &map_input,
                    None,
                    &mut Vec::new(),
                );
                key.draw(ui.painter(), ui.max_rect());
            });
        });
        self.textures.set(&output.textures_delta);
        let primitives = self.ctx.tessellate(output.shapes, output.pixels_per_point);
        let mut canvas = Canvas::new(self.size[0] as usize, self.size[1] as usize);
        canvas.paint(&primitives, &self.textures);
        self.textures.free(&output.textures_delta);
        canvas.into_image()
    }
}

/// What the key in the picture's corner says: the folder, the window's dates, how many events
/// and places are visible, and the colour of each event type the filtered events have.
struct Key<'a> {
    title: &'a str,
    dates: Option<(chrono::NaiveDate, chrono::NaiveDate)>,
    events: usize,
    places: usize,
    types: &'a [EventType],
}

impl Key<'_> {
    /// Draws the key in the top left corner of `rect`, on a pale band.
    fn draw(&self, painter: &egui::Painter, rect: Rect) {
        let band = painter.add(egui::Shape::Noop);
        let left = rect.left() + 12.0;
        let mut y = rect.top() + 10.0;
        let mut right = left;
        let mut line = |text: &str, font: FontId, at: Pos2| {
            let drawn = painter.text(at, Align2::LEFT_TOP, text, font, Color32::BLACK);
            right = right.max(drawn.right());
            drawn.height()
        };
        let dates = match self.dates {
            Some((first, last)) if first == last => first.to_string(),
            Some((first, last)) => format!("{first} – {last}"),
            None => "undated events".to_string(),
        };
        y += line(self.title, FontId::proportional(13.0), Pos2::new(left, y)) + 2.0;
        y += line(&dates, FontId::proportional(20.0), Pos2::new(left, y)) + 2.0;
        let counts = format!(
            "{} at {}",
            plural(self.events, "event"),
            plural(self.places, "place")
        );
        y += line(&counts, FontId::proportional(13.0), Pos2::new(left, y)) + 6.0;
        for &event_type in self.types {
            let center = Pos2::new(left + 6.0, y + 7.0);
            painter.circle(
                center,
                5.5,
                type_color(event_type),
                Stroke::new(1.0, Color32::WHITE),
            );
            y += line(
                event_type.name(),
                FontId::proportional(13.0),
                Pos2::new(left + 17.0, y),
            ) + 3.0;
        }
        let band_rect = Rect::from_min_max(rect.left_top(), Pos2::new(right + 12.0, y + 7.0));
        painter.set(
            band,
            egui::Shape::rect_filled(
                band_rect,
                egui::CornerRadius {
                    se: 6,
                    ..Default::default()
                },
                Color32::from_rgba_unmultiplied(250, 248, 242, 225),
            ),
        );
    }
}

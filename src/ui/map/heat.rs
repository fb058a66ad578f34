//! The heat layer: the kernel density of the visible events over the basemap, for folders
//! where markers saturate. Each place's events spread by its precision (a province-level
//! event over tens of kilometres, so wider and weaker than a town's; never narrower than a
//! few pixels, see [`crate::map::density`]), accumulated on a grid of [`CELL_PX`]-pixel cells,
//! coloured on a logarithmic ramp (one event shows faintly, the densest cell brightest) and
//! drawn as one smoothly scaled texture. The grid is made again only when the visible events
//! (their markers) or the view change.

use std::sync::{Arc, LazyLock};

use egui::{Color32, Pos2, Rect, TextureHandle, TextureOptions, Vec2};

use super::markers::Marker;
use crate::geoparse::Precision;
use crate::map::View;
use crate::map::density::{DensityGrid, Kernels};

/// The side of a grid cell in pixels.
const CELL_PX: f32 = 6.0;

/// The Earth's circumference at the equator, km.
const EARTH_CIRCUMFERENCE_KM: f64 = 40_075.0;

/// The density (events per cell) at which the ramp's logarithm bends: about a tenth of one
/// event's peak at the narrowest kernel, so a single event shows and a hundred do not all look
/// alike.
const DENSITY_UNIT: f32 = 0.01;

/// How far an event at a place of this precision may have happened from the place's point:
/// the standard deviation of its kernel, in km.
fn spread_km(precision: Precision) -> f64 {
    match precision {
        Precision::Site => 2.0,
        Precision::Town => 5.0,
        Precision::District => 20.0,
        Precision::Province => 60.0,
        Precision::Country => 250.0,
        Precision::Region => 600.0,
    }
}

/// The ramp's colours (unmultiplied RGBA) at its stops, from none to the densest: transparent
/// violet, magenta, orange, then light yellow, see-through enough for the basemap's borders
/// and names to show.
const RAMP_STOPS: [(f32, [u8; 4]); 5] = [
    (0.0, [70, 20, 150, 0]),
    (0.2, [95, 30, 170, 120]),
    (0.45, [200, 30, 120, 165]),
    (0.7, [245, 110, 20, 200]),
    (1.0, [255, 232, 90, 225]),
];

/// [`RAMP_STOPS`] interpolated over 256 steps.
static RAMP: LazyLock<[Color32; 256]> = LazyLock::new(|| {
    std::array::from_fn(|i| {
        let t = i as f32 / 255.0;
        let upper = RAMP_STOPS
            .iter()
            .position(|&(at, _)| at >= t)
            .unwrap_or(RAMP_STOPS.len() - 1)
            .max(1);
        let ((t0, c0), (t1, c1)) = (RAMP_STOPS[upper - 1], RAMP_STOPS[upper]);
        let f = ((t - t0) / (t1 - t0)).clamp(0.0, 1.0);
        let [r, g, b, a] = std::array::from_fn(|k| {
            (f32::from(c0[k]) + f * (f32::from(c1[k]) - f32::from(c0[k]))) as u8
        });
        Color32::from_rgba_unmultiplied(r, g, b, a)
    })
});

/// The ramp's colour at `t` (0: no event, 1: the densest cell).
pub fn ramp_color(t: f32) -> Color32 {
    RAMP[(t.clamp(0.0, 1.0) * 255.0).round() as usize]
}

/// The heat layer's texture and what it was made for.
#[derive(Default)]
pub struct HeatLayer {
    /// The markers, view and map rectangle the texture shows.
    made_for: Option<(Arc<Vec<Marker>>, View, Rect)>,
    /// The coloured grid, one texel a cell.
    texture: Option<TextureHandle>,
    /// The grid's size on screen.
    size_px: Vec2,
    /// Cells with some density in the texture.
    cells: usize,
    /// The kernels made so far.
    kernels: Kernels,
}

impl HeatLayer {
    /// Draws the density of the events of `markers` in `rect` with `painter`, making it again
    /// if the markers (another visible set), the view or the rectangle changed.
    pub fn draw(
        &mut self,
        ctx: &egui::Context,
        painter: &egui::Painter,
        view: &View,
        rect: Rect,
        markers: &Arc<Vec<Marker>>,
    ) {
        let fresh = self
            .made_for
            .as_ref()
            .is_some_and(|(m, v, r)| Arc::ptr_eq(m, markers) && v == view && *r == rect);
        if !fresh {
            self.make(ctx, view, rect, markers);
            self.made_for = Some((Arc::clone(markers), *view, rect));
        }
        if let (Some(texture), true) = (&self.texture, self.cells > 0) {
            let uv = Rect::from_min_max(Pos2::ZERO, Pos2::new(1.0, 1.0));
            let at = Rect::from_min_size(rect.min, self.size_px);
            painter.image(texture.id(), at, uv, Color32::WHITE);
        }
    }

    /// Cells of the map with some density in the last frame drawn (0 when off or empty).
    pub fn cells(&self) -> usize {
        self.cells
    }

    /// Accumulates the markers' events on a grid over `rect` and colours it into the texture.
    fn make(&mut self, ctx: &egui::Context, view: &View, rect: Rect, markers: &[Marker]) {
        let size = [f64::from(rect.width()), f64::from(rect.height())];
        let mut grid = DensityGrid::new(rect.width(), rect.height(), CELL_PX);
        let pixels_per_world = view.pixels_per_world();
        for marker in markers {
            let [x, y] = view.screen_from_mercator(marker.mercator, size);
            // Km per pixel at the place's latitude: cos(latitude) = 1 / cosh(Mercator y).
            let cos_lat = 1.0 / (std::f64::consts::PI * (1.0 - 2.0 * marker.mercator[1])).cosh();
            let km_per_px = EARTH_CIRCUMFERENCE_KM * cos_lat / pixels_per_world;
            let sigma_px = spread_km(marker.precision) / km_per_px;
            grid.add(
                [x as f32, y as f32],
                marker.events as f32,
                sigma_px as f32,
                &mut self.kernels,
            );
        }
        self.size_px = Vec2::new(grid.cols() as f32, grid.rows() as f32) * CELL_PX;
        let max = grid.max();
        if max <= 0.0 {
            self.cells = 0;
            return;
        }
        let scale = (1.0 + max / DENSITY_UNIT).ln();
        let mut cells = 0;
        let pixels: Vec<Color32> = grid
            .values()
            .iter()
            .map(|&v| {
                let t = (1.0 + v / DENSITY_UNIT).ln() / scale;
                let color = ramp_color(t);
                cells += usize::from(color.a() > 0);
                color
            })
            .collect();
        self.cells = cells;
        let image = egui::ColorImage::new([grid.cols(), grid.rows()], pixels);
        match &mut self.texture {
            Some(texture) => texture.set(image, TextureOptions::LINEAR),
            None => {
                self.texture = Some(ctx.load_texture("heat layer", image, TextureOptions::LINEAR));
            }
        }
    }

    /// Forgets the texture and its count, for a frame drawn without the layer.
    pub fn clear(&mut self) {
        (self.made_for, self.texture, self.cells) = (None, None, 0);
    }
}

/// The layer's key at `at` (left centre): "fewer" and "more events" either side of the ramp.
/// Returns where it ends on the right.
pub fn legend_ui(painter: &egui::Painter, at: Pos2) -> f32 {
    let font = egui::FontId::proportional(12.0);
    let fewer = painter.text(
        at,
        egui::Align2::LEFT_CENTER,
        "fewer",
        font.clone(),
        Color32::BLACK,
    );
    let left = fewer.right() + 6.0;
    const STEPS: usize = 24;
    const STEP_PX: f32 = 3.0;
    for i in 0..STEPS {
        let t = (i as f32 + 0.5) / STEPS as f32;
        let x = left + i as f32 * STEP_PX;
        let cell = Rect::from_min_size(Pos2::new(x, at.y - 6.0), Vec2::new(STEP_PX, 12.0));
        painter.rect_filled(cell, 0.0, ramp_color(t));
    }
    let right = left + STEPS as f32 * STEP_PX + 6.0;
    let more = painter.text(
        Pos2::new(right, at.y),
        egui::Align2::LEFT_CENTER,
        "more events",
        font,
        Color32::BLACK,
    );
    more.right()
}

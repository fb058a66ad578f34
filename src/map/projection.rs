//! Web Mercator, in `f64`: latitude and longitude in degrees to the unit square and back, and
//! a [`View`] that maps the square to screen pixels (pan, zoom about a point, fit a box).
//!
//! The unit square is the slippy-map world: x runs east from 0 at 180° W to 1 at 180° E, y
//! runs south from 0 at [`MAX_LATITUDE`] N to 1 at [`MAX_LATITUDE`] S. Screen points are
//! `[x, y]` pixels from the top-left corner. No UI types here: the UI converts.

use std::f64::consts::PI;

/// The latitude, in degrees, where the Web Mercator square ends (north and south).
pub const MAX_LATITUDE: f64 = 85.051_128_779_806_59;

/// Pixels per world width at zoom 0: one slippy-map tile.
pub const TILE_SIZE: f64 = 256.0;

/// The smallest zoom a [`View`] takes: the world 1 pixel wide.
pub const MIN_ZOOM: f64 = -8.0;

/// The largest zoom a [`View`] takes: about 2 cm per pixel at the equator.
pub const MAX_ZOOM: f64 = 22.0;

/// A point on the Earth: latitude and longitude in degrees (north and east positive), named so
/// that the two cannot be swapped.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct LatLon {
    /// Latitude, degrees north.
    pub lat_deg: f64,
    /// Longitude, degrees east.
    pub lon_deg: f64,
}

impl LatLon {
    /// The point of the unit square `mercator` (see [`lat_lon_from_mercator`]).
    pub fn from_mercator(mercator: [f64; 2]) -> Self {
        let (lat_deg, lon_deg) = lat_lon_from_mercator(mercator[0], mercator[1]);
        Self { lat_deg, lon_deg }
    }
}

/// The point at `lat`, `lon` (degrees) as `[x, y]` in the unit square; latitude is clamped to
/// ±[`MAX_LATITUDE`], longitude is not wrapped (181° E gives x > 1).
pub fn mercator_from_lat_lon(lat: f64, lon: f64) -> [f64; 2] {
    let lat = lat.clamp(-MAX_LATITUDE, MAX_LATITUDE).to_radians();
    let x = (lon + 180.0) / 360.0;
    let y = 0.5 - lat.tan().asinh() / (2.0 * PI);
    [x, y]
}

/// The `(lat, lon)` in degrees of the point `x`, `y` of the unit square (inverse of
/// [`mercator_from_lat_lon`]).
pub fn lat_lon_from_mercator(x: f64, y: f64) -> (f64, f64) {
    let lat = (PI * (1.0 - 2.0 * y)).sinh().atan().to_degrees();
    let lon = x * 360.0 - 180.0;
    (lat, lon)
}

/// What part of the world the screen shows: the Mercator point at the screen's centre and the
/// zoom.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct View {
    /// The Mercator point `[x, y]` at the centre of the screen.
    pub center: [f64; 2],
    /// Slippy-map zoom: the world is [`TILE_SIZE`] · 2^zoom pixels wide.
    pub zoom: f64,
}

impl Default for View {
    /// The whole world at zoom 0.
    fn default() -> Self {
        Self {
            center: [0.5, 0.5],
            zoom: 0.0,
        }
    }
}

impl View {
    /// Pixels per world width: [`TILE_SIZE`] · 2^zoom.
    pub fn pixels_per_world(&self) -> f64 {
        TILE_SIZE * self.zoom.exp2()
    }

    /// Where the Mercator point `mercator` falls on a screen of `screen_size` pixels.
    pub fn screen_from_mercator(&self, mercator: [f64; 2], screen_size: [f64; 2]) -> [f64; 2] {
        let scale = self.pixels_per_world();
        [0, 1].map(|axis| (mercator[axis] - self.center[axis]) * scale + screen_size[axis] / 2.0)
    }

    /// The Mercator point under the screen point `screen` (inverse of
    /// [`View::screen_from_mercator`]).
    pub fn mercator_from_screen(&self, screen: [f64; 2], screen_size: [f64; 2]) -> [f64; 2] {
        let scale = self.pixels_per_world();
        [0, 1].map(|axis| self.center[axis] + (screen[axis] - screen_size[axis] / 2.0) / scale)
    }

    /// Multiplies the scale by `factor` (2 zooms in one level) keeping the Mercator point under
    /// `screen_point` where it is, as a scroll wheel does. The zoom stays within
    /// [`MIN_ZOOM`]..=[`MAX_ZOOM`]; a factor that is not a positive number changes nothing.
    pub fn zoom_around(&mut self, screen_point: [f64; 2], screen_size: [f64; 2], factor: f64) {
        if !(factor.is_finite() && factor > 0.0) {
            return;
        }
        let anchor = self.mercator_from_screen(screen_point, screen_size);
        self.zoom = (self.zoom + factor.log2()).clamp(MIN_ZOOM, MAX_ZOOM);
        let scale = self.pixels_per_world();
        self.center = [0, 1]
            .map(|axis| anchor[axis] - (screen_point[axis] - screen_size[axis] / 2.0) / scale);
    }

    /// Moves the map by `delta_pixels` on screen, as a drag does: what was under the pointer
    /// stays under it.
    pub fn pan(&mut self, delta_pixels: [f64; 2]) {
        let scale = self.pixels_per_world();
        self.center = [0, 1].map(|axis| self.center[axis] - delta_pixels[axis] / scale);
    }

    /// The box a screen of `screen_size` pixels shows, `[west, south, east, north]` degrees:
    /// [`View::fit`] with no padding gives this view back on a screen of that size.
    pub fn extent(&self, screen_size: [f64; 2]) -> [f64; 4] {
        let [west, north] = self.mercator_from_screen([0.0, 0.0], screen_size);
        let [east, south] = self.mercator_from_screen(screen_size, screen_size);
        let (north_lat, west_lon) = lat_lon_from_mercator(west, north);
        let (south_lat, east_lon) = lat_lon_from_mercator(east, south);
        [west_lon, south_lat, east_lon, north_lat]
    }

    /// The view that shows the box `bbox_lon_lat` (`[min lon, min lat, max lon, max lat]`,
    /// degrees, not crossing the antimeridian) as large as it fits on a screen of
    /// `screen_size` pixels with `padding_px` pixels free on every side. A box of no size (one
    /// point) gets [`MAX_ZOOM`].
    pub fn fit(bbox_lon_lat: [f64; 4], screen_size: [f64; 2], padding_px: f64) -> View {
        let [min_lon, min_lat, max_lon, max_lat] = bbox_lon_lat;
        let top_left = mercator_from_lat_lon(max_lat, min_lon);
        let bottom_right = mercator_from_lat_lon(min_lat, max_lon);
        let scale = [0, 1]
            .map(|axis| {
                let available = (screen_size[axis] - 2.0 * padding_px).max(1.0);
                available / (bottom_right[axis] - top_left[axis]).abs()
            })
            .into_iter()
            .fold(f64::INFINITY, f64::min);
        View {
            center: [0, 1].map(|axis| (top_left[axis] + bottom_right[axis]) / 2.0),
            zoom: (scale / TILE_SIZE).log2().clamp(MIN_ZOOM, MAX_ZOOM),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn close(a: [f64; 2], b: [f64; 2], tolerance: f64) -> bool {
        (a[0] - b[0]).abs() <= tolerance && (a[1] - b[1]).abs() <= tolerance
    }

    #[test]
    fn known_points() {
        assert!(close(mercator_from_lat_lon(0.0, 0.0), [0.5, 0.5], 1e-12));
        assert!(close(
            mercator_from_lat_lon(MAX_LATITUDE, -180.0),
            [0.0, 0.0],
            1e-9
        ));
        assert!(close(
            mercator_from_lat_lon(-MAX_LATITUDE, 180.0),
            [1.0, 1.0],
            1e-9
        ));
        // Clamped beyond the square's edge.
        assert!(close(mercator_from_lat_lon(89.9, 90.0), [0.75, 0.0], 1e-9));
        // Kabul is north of the equator, so above the middle.
        let [x, y] = mercator_from_lat_lon(34.53, 69.17);
        assert!(x > 0.5 && y < 0.5);
        let (lat, lon) = lat_lon_from_mercator(0.5, 0.5);
        assert!(lat.abs() < 1e-12 && lon.abs() < 1e-12);
    }

    #[test]
    fn degrees_round_trip() {
        for lat in (-85..=85).step_by(5) {
            for lon in (-180..=180).step_by(15) {
                let [x, y] = mercator_from_lat_lon(f64::from(lat), f64::from(lon));
                let (back_lat, back_lon) = lat_lon_from_mercator(x, y);
                assert!((back_lat - f64::from(lat)).abs() < 1e-9, "{lat} {back_lat}");
                assert!((back_lon - f64::from(lon)).abs() < 1e-9, "{lon} {back_lon}");
            }
        }
    }

    #[test]
    fn a_views_extent_fits_back_to_the_view() {
        let view = View {
            center: [0.69, 0.4],
            zoom: 5.3,
        };
        let size = [1064.0, 700.0];
        let extent = view.extent(size);
        assert!(extent[0] < extent[2] && extent[1] < extent[3], "{extent:?}");
        let back = View::fit(extent, size, 0.0);
        assert!(close(back.center, view.center, 1e-9), "{back:?}");
        assert!((back.zoom - view.zoom).abs() < 1e-9, "{back:?}");
        // On a screen half as wide, the whole extent still shows: one level further out.
        let narrow = View::fit(extent, [532.0, 700.0], 0.0);
        assert!((narrow.zoom - (view.zoom - 1.0)).abs() < 1e-9, "{narrow:?}");
    }

    #[test]
    fn screen_round_trip() {
        let view = View {
            center: [0.69, 0.4],
            zoom: 5.3,
        };
        let size = [1280.0, 720.0];
        let mercator = [0.6912, 0.3987];
        let screen = view.screen_from_mercator(mercator, size);
        assert!(close(
            view.mercator_from_screen(screen, size),
            mercator,
            1e-12
        ));
        assert!(close(
            view.screen_from_mercator(view.center, size),
            [640.0, 360.0],
            1e-9
        ));
    }

    #[test]
    fn zoom_around_keeps_the_point_under_the_cursor() {
        let size = [1000.0, 600.0];
        let cursor = [130.0, 470.0];
        let mut view = View {
            center: [0.7, 0.4],
            zoom: 4.0,
        };
        for factor in [2.0, 1.1, 0.5, 0.9, 1e9] {
            let before = view.mercator_from_screen(cursor, size);
            view.zoom_around(cursor, size, factor);
            assert!(close(
                view.mercator_from_screen(cursor, size),
                before,
                1e-12
            ));
        }
        assert_eq!(view.zoom, MAX_ZOOM);
        let unchanged = view;
        view.zoom_around(cursor, size, 0.0);
        view.zoom_around(cursor, size, f64::NAN);
        assert_eq!(view, unchanged);
    }

    #[test]
    fn pan_moves_the_map_with_the_pointer() {
        let size = [800.0, 600.0];
        let mut view = View {
            zoom: 3.0,
            ..View::default()
        };
        let under = view.mercator_from_screen([100.0, 100.0], size);
        view.pan([25.0, -40.0]);
        assert!(close(
            view.screen_from_mercator(under, size),
            [125.0, 60.0],
            1e-9
        ));
    }

    #[test]
    fn fit_contains_the_box() {
        let size = [900.0, 500.0];
        let padding = 20.0;
        // Afghanistan, then a tall box, a wide one, the world and a point.
        let boxes = [
            [60.5, 29.4, 74.9, 38.5],
            [10.0, -40.0, 12.0, 60.0],
            [-170.0, -5.0, 170.0, 5.0],
            [-180.0, -85.0, 180.0, 85.0],
        ];
        for bbox in boxes {
            let view = View::fit(bbox, size, padding);
            let [min_lon, min_lat, max_lon, max_lat] = bbox;
            let corners = [
                view.screen_from_mercator(mercator_from_lat_lon(max_lat, min_lon), size),
                view.screen_from_mercator(mercator_from_lat_lon(min_lat, max_lon), size),
            ];
            for [x, y] in corners {
                assert!(
                    x >= padding - 1e-6 && x <= size[0] - padding + 1e-6,
                    "{bbox:?}"
                );
                assert!(
                    y >= padding - 1e-6 && y <= size[1] - padding + 1e-6,
                    "{bbox:?}"
                );
            }
            // As large as fits: one side touches the padding.
            let width = corners[1][0] - corners[0][0];
            let height = corners[1][1] - corners[0][1];
            let fills_width = (width - (size[0] - 2.0 * padding)).abs() < 1e-6;
            let fills_height = (height - (size[1] - 2.0 * padding)).abs() < 1e-6;
            assert!(fills_width || fills_height, "{bbox:?}");
        }
        let point = View::fit([69.17, 34.53, 69.17, 34.53], size, padding);
        assert_eq!(point.zoom, MAX_ZOOM);
        assert!(close(
            point.center,
            mercator_from_lat_lon(34.53, 69.17),
            1e-12
        ));
    }
}

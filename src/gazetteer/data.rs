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
//! row with a geonameid adds its alternate names to that place, moves it unless its
//! coordinates are 0, 0, and sets its population unless the row's is 0; so does a row without
//! one that names a district or province of the gazetteer by its kind, country, province code
//! and name (the units built from codes have no geonameid); any other row is a new place.

use std::path::{Path, PathBuf};

use compact_str::CompactString;

use super::binary;
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
        reason: RowError,
        /// The file.
        path: PathBuf,
    },
}

/// What is wrong with one line of a gazetteer file.
#[derive(Debug, PartialEq, thiserror::Error)]
pub enum RowError {
    /// The places file does not start with [`PLACES_HEADER`].
    #[error("unexpected header")]
    PlacesHeader,
    /// The capitals file does not start with its header.
    #[error("expected the header {:?}", super::CAPITALS_HEADER)]
    CapitalsHeader,
    /// A supplement does not start with [`SUPPLEMENT_HEADER`].
    #[error("expected the header {SUPPLEMENT_HEADER:?}")]
    SupplementHeader,
    /// A line of the places file ends before this field.
    #[error("missing field {0}")]
    MissingField(&'static str),
    /// A supplement line has this many fields instead of 10 (a capitals line instead of 3).
    #[error("unexpected number of tab-separated fields: {0}")]
    FieldCount(usize),
    /// A supplement line names nothing.
    #[error("empty name")]
    EmptyName,
    /// A number field does not hold a whole number.
    #[error("bad {field} {text:?}")]
    BadNumber {
        /// The field.
        field: &'static str,
        /// What it holds.
        text: String,
    },
    /// Not one of the kinds of [`PlaceKind`].
    #[error("unknown kind {0:?}")]
    UnknownKind(String),
    /// Not a latitude or longitude.
    #[error("bad coordinate {0:?}")]
    BadCoordinate(String),
    /// A line of the names file has no tab between key and places.
    #[error("no tab in line")]
    NoTab,
    /// The names file's keys are out of order.
    #[error("keys are not sorted")]
    Unsorted,
    /// The names file refers to places the places file lacks.
    #[error("a name refers to a place that does not exist")]
    UnknownPlace,
    /// A supplement row adds names to a GeoNames place that is not in the gazetteer.
    #[error("geonameid {geonameid} of {name:?} names no place")]
    UnknownGeonameid {
        /// The row's geonameid.
        geonameid: u64,
        /// The row's name.
        name: String,
    },
    /// A thread reading the file panicked.
    #[error("a reading thread failed")]
    ThreadFailed,
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

/// Reads `places.tsv` and `names.tsv` from `dir`: their cached form in `cache_dir` when it was
/// made from these files (see [`binary`]), else the files themselves, on two threads: one reads
/// and indexes the names while the other reads the places and parses their two halves; what
/// they give is then cached. Also returns a hasher fed with the files' BLAKE3 hashes, for
/// [`super::Gazetteer::checksum`].
pub(super) fn load_world(
    dir: &Path,
    cache_dir: Option<&Path>,
) -> Result<(Vec<Place>, NameIndex, blake3::Hasher), LoadError> {
    let places_path = dir.join("places.tsv");
    let names_path = dir.join("names.tsv");
    let cache_file = cache_dir.map(|cache| binary::cache_file(cache, dir));
    // Taken before the files are read: a file changed meanwhile is read again next time.
    let stamps = binary::Stamp::of(&places_path).zip(binary::Stamp::of(&names_path));
    let cached = cache_file
        .as_deref()
        .zip(stamps)
        .and_then(|(file, (places, names))| binary::read(file, [places, names]));
    let (places, names, hashes) = match cached {
        Some(cached) => (cached.places, cached.names, cached.hashes),
        None => {
            let (places, names, hashes) = parse_world(&places_path, &names_path)?;
            if let (Some(file), Some((places_stamp, names_stamp))) = (&cache_file, stamps) {
                let sources = binary::Sources {
                    stamps: [places_stamp, names_stamp],
                    hashes,
                };
                // A cache that cannot be written costs the next load its speed, nothing more.
                let _ = binary::write(file, sources, &places, &names);
            }
            (places, names, hashes)
        }
    };
    if names
        .max_place_id()
        .is_some_and(|id| id as usize >= places.len())
    {
        return Err(LoadError::Row {
            line: 0,
            reason: RowError::UnknownPlace,
            path: names_path,
        });
    }
    let mut checksum = blake3::Hasher::new();
    for hash in hashes {
        checksum.update(hash.as_bytes());
    }
    Ok((places, names, checksum))
}

/// Reads and parses the world files, the names on one thread and each half of the places on
/// another; returns their BLAKE3 hashes too.
fn parse_world(
    places_path: &Path,
    names_path: &Path,
) -> Result<(Vec<Place>, NameIndex, [blake3::Hash; 2]), LoadError> {
    let row_error = |line: usize, reason: RowError, path: &Path| LoadError::Row {
        line,
        reason,
        path: path.to_path_buf(),
    };
    let (places, names) = std::thread::scope(|scope| {
        let names = scope.spawn(|| {
            let text = read(names_path)?;
            let hash = blake3::hash(text.as_bytes());
            NameIndex::new(text)
                .map(|index| (index, hash))
                .map_err(|(line, reason)| row_error(line, reason, names_path))
        });
        let places = read(places_path).and_then(|text| {
            let hash = blake3::hash(text.as_bytes());
            parse_places_in_halves(&text)
                .map(|places| (places, hash))
                .map_err(|(line, reason)| row_error(line, reason, places_path))
        });
        let names = names
            .join()
            .unwrap_or_else(|_| Err(row_error(0, RowError::ThreadFailed, names_path)));
        (places, names)
    });
    let ((places, places_hash), (names, names_hash)) = (places?, names?);
    Ok((places, names, [places_hash, names_hash]))
}

/// Parses the places file, its two halves on two threads.
fn parse_places_in_halves(text: &str) -> Result<Vec<Place>, (usize, RowError)> {
    let body = text
        .strip_prefix(PLACES_HEADER)
        .and_then(|b| b.strip_prefix('\n').or_else(|| b.strip_prefix("\r\n")));
    let body = body.ok_or((1, RowError::PlacesHeader))?;
    let middle = body[body.len() / 2..]
        .find('\n')
        .map_or(body.len(), |i| body.len() / 2 + i + 1);
    let (first, second) = body.split_at(middle);
    let first_lines = memchr::memchr_iter(b'\n', first.as_bytes()).count();
    let second_start = first_lines + 2;
    // At most this many lines: the second half's newlines and a last line without one.
    let second_lines = memchr::memchr_iter(b'\n', second.as_bytes()).count() + 1;
    std::thread::scope(|scope| {
        let second_half = scope.spawn(move || {
            let mut places = Vec::with_capacity(second_lines);
            parse_places(second, second_start, &mut places).map(|()| places)
        });
        // Room for both halves at once: the second is then copied once, and the first never.
        let mut places = Vec::with_capacity(first_lines + second_lines);
        parse_places(first, 2, &mut places)?;
        places.extend(
            second_half
                .join()
                .unwrap_or(Err((0, RowError::ThreadFailed)))?,
        );
        Ok(places)
    })
}

/// Parses place lines into `places`; `first_line` is the file line number of the first, for
/// messages.
fn parse_places(
    text: &str,
    first_line: usize,
    places: &mut Vec<Place>,
) -> Result<(), (usize, RowError)> {
    for (i, line) in lines(text).enumerate() {
        places.push(parse_place(line).map_err(|reason| (first_line + i, reason))?);
    }
    Ok(())
}

/// The lines of `text`, as [`str::lines`] gives them, found with `memchr`: the pattern
/// search of `str::lines` and `str::split` is a good part of the load's time.
fn lines(text: &str) -> impl Iterator<Item = &str> {
    let mut rest = text;
    std::iter::from_fn(move || {
        if rest.is_empty() {
            return None;
        }
        let line = match memchr::memchr(b'\n', rest.as_bytes()) {
            Some(end) => {
                let line = &rest[..end];
                rest = &rest[end + 1..];
                line.strip_suffix('\r').unwrap_or(line)
            }
            None => std::mem::take(&mut rest),
        };
        Some(line)
    })
}

fn parse_place(line: &str) -> Result<Place, RowError> {
    // Fields are short: a byte loop finds each tab sooner than a pattern search would.
    let mut rest = Some(line);
    let mut next = |what: &'static str| {
        let field = rest.ok_or(RowError::MissingField(what))?;
        match field.bytes().position(|b| b == b'\t') {
            Some(tab) => {
                rest = Some(&field[tab + 1..]);
                Ok(&field[..tab])
            }
            None => {
                rest = None;
                Ok(field)
            }
        }
    };
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
            .map_err(|_| bad_number("geonameid", geonameid))?,
        kind: PlaceKind::from_code(kind).ok_or_else(|| RowError::UnknownKind(kind.into()))?,
        name: name.into(),
        lat: parse_coordinate(lat, 90.0)?,
        lon: parse_coordinate(lon, 180.0)?,
        country: country.into(),
        admin1: admin1.into(),
        admin2: admin2.into(),
        population: population
            .parse()
            .map_err(|_| bad_number("population", population))?,
    })
}

fn bad_number(field: &'static str, text: &str) -> RowError {
    RowError::BadNumber {
        field,
        text: text.into(),
    }
}

fn parse_coordinate(text: &str, limit: f64) -> Result<f64, RowError> {
    match text.trim().parse::<f64>() {
        Ok(v) if v.is_finite() && v.abs() <= limit => Ok(v),
        _ => Err(RowError::BadCoordinate(text.into())),
    }
}

/// Parses a supplement or user gazetteer (format in the module doc). On error, returns the
/// 1-based line number and what is wrong with it.
pub fn parse_supplement(text: &str) -> Result<Vec<SupplementRow>, (usize, RowError)> {
    let mut rows = Vec::new();
    let mut header_seen = false;
    for (i, line) in text.lines().enumerate() {
        let line = line.trim_end_matches('\r');
        if line.trim().is_empty() || line.starts_with('#') {
            continue;
        }
        if !header_seen {
            if line != SUPPLEMENT_HEADER {
                return Err((i + 1, RowError::SupplementHeader));
            }
            header_seen = true;
            continue;
        }
        rows.push(parse_supplement_row(line).map_err(|reason| (i + 1, reason))?);
    }
    Ok(rows)
}

fn parse_supplement_row(line: &str) -> Result<SupplementRow, RowError> {
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
        return Err(RowError::FieldCount(fields.len()));
    };
    if name.is_empty() {
        return Err(RowError::EmptyName);
    }
    let number = |text: &str, field: &'static str| -> Result<u64, RowError> {
        if text.is_empty() {
            Ok(0)
        } else {
            text.parse().map_err(|_| bad_number(field, text))
        }
    };
    Ok(SupplementRow {
        place: Place {
            geonameid: number(geonameid, "geonameid")?,
            kind: PlaceKind::from_code(kind).ok_or_else(|| RowError::UnknownKind(kind.into()))?,
            name: name.into(),
            lat: parse_coordinate(lat, 90.0)?,
            lon: parse_coordinate(lon, 180.0)?,
            country: country.into(),
            admin1: admin1.into(),
            admin2: CompactString::default(),
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

#[cfg(test)]
mod tests {
    use super::*;

    proptest::proptest! {
        #[test]
        fn the_lines_found_with_memchr_are_those_of_str_lines(text in "[a\t\r\né]{0,40}") {
            proptest::prop_assert_eq!(lines(&text).collect::<Vec<_>>(), text.lines().collect::<Vec<_>>());
        }
    }

    #[test]
    fn a_place_row_is_read_field_by_field_and_a_short_one_names_what_it_lacks() {
        let place = parse_place("42\ttown\tQala-i-Naw\t34.98\t63.13\tAF\t02\t\t64000\textra")
            .expect("a full row");
        assert_eq!(
            (place.geonameid, place.kind, place.name.as_str()),
            (42, PlaceKind::Town, "Qala-i-Naw")
        );
        assert_eq!((place.lat, place.lon), (34.98, 63.13));
        assert_eq!(
            (
                place.country.as_str(),
                place.admin1.as_str(),
                place.admin2.as_str()
            ),
            ("AF", "02", "")
        );
        assert_eq!(place.population, 64000);
        assert_eq!(
            parse_place("42\ttown\tQala-i-Naw\t34.98\t63.13\tAF\t02"),
            Err(RowError::MissingField("admin2"))
        );
        assert_eq!(
            parse_place("42\ttown\tQala-i-Naw\t34.98\t63.13\tAF\t02\t\t"),
            Err(RowError::BadNumber {
                field: "population",
                text: String::new()
            })
        );
    }

    #[test]
    fn a_places_file_with_windows_line_ends_reads_as_with_unix_ones() {
        let row = "7\tdistrict\tShindand\t33.30\t62.14\tAF\t06\tX1\t0";
        let unix = format!("{PLACES_HEADER}\n{row}\n{row}\n{row}\n");
        let windows = unix.replace('\n', "\r\n");
        let read = |text: &str| parse_places_in_halves(text).expect("valid rows");
        assert_eq!(read(&unix).len(), 3);
        assert_eq!(read(&unix), read(&windows));
    }
}

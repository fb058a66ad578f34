//! The word lists recognition reads (data, apart from the matcher in `recognise`): the
//! words that link the parts of a name, and the words around a name that show a person, an
//! organisation or a place.

/// Lower-case words that may stand inside a multi-word name.
pub(super) const LINKING_WORDS: &[&str] = &[
    "of", "de", "del", "della", "di", "da", "do", "dos", "das", "du", "des", "la", "le", "les",
    "al", "el", "the", "upon", "on", "i", "e", "ye", "y", "van", "von", "der", "den", "am", "an",
    "sur", "au", "aux", "en", "and", "ez", "az", "ad", "ash", "as", "ar", "at", "es", "er", "ed",
    "et", "sous", "lès", "lez", "d", "l", "wa", "wal", "wel",
];

/// Words before a name that make it a person's ("Mr Paris", "Gov. Austin").
pub(super) const PERSON_TITLES: &[&str] = &[
    "mr",
    "mrs",
    "ms",
    "miss",
    "dr",
    "sir",
    "lord",
    "lady",
    "sen",
    "senator",
    "rep",
    "gov",
    "governor",
    "president",
    "pres",
    "judge",
    "justice",
    "officer",
    "sgt",
    "sergeant",
    "capt",
    "captain",
    "lt",
    "lieutenant",
    "col",
    "colonel",
    "gen",
    "general",
    "maj",
    "rev",
    "reverend",
    "father",
    "prof",
    "professor",
    "coach",
    "deputy",
    "sheriff",
    "detective",
    "det",
    "chief",
    "mayor",
    "commissioner",
    "minister",
    "secretary",
    "king",
    "queen",
    "prince",
    "princess",
    "pope",
    "attorney",
    "trooper",
    "cpl",
    "pvt",
    "spokesman",
    "spokeswoman",
    "director",
    "superintendent",
    "councilman",
    "councilwoman",
    "chairman",
    "chairwoman",
    "mullah",
    "commander",
    "sheikh",
    "ambassador",
    "brig",
    "adm",
    "admiral",
    // "project coordinator David Dick".
    "coordinator",
    "manager",
    "supervisor",
    "administrator",
    "treasurer",
    "organizer",
    "organiser",
    "founder",
    "editor",
    "principal",
    "pastor",
    "bishop",
    "imam",
];

/// Burmese honorifics, which open a person's name ("Ko Thura", "U Aung Naing", "Daw Khin").
pub(super) const BURMESE_HONORIFICS: &[&str] = &["u", "ko", "daw", "maung", "naw", "saw", "ma"];

/// Common Burmese given names and their syllables, after an honorific a person's.
pub(super) const BURMESE_GIVEN_NAMES: &[&str] = &[
    "aung", "min", "thura", "naing", "kyaw", "zaw", "tun", "htun", "win", "myint", "hla", "soe",
    "thein", "than", "lwin", "oo", "myo", "thant", "nyein", "htet", "phyo", "wai", "yan", "thet",
    "zin", "khin", "su", "nyi", "nay", "ye", "kyi", "moe", "sithu", "zeya", "lin", "hein", "mya",
    "san", "sein", "tin", "hlaing", "htay", "ohn", "pyae", "thiha",
];

/// Capitalised words after a name that make the whole an organisation or outlet.
pub(super) const ORGANISATION_WORDS: &[&str] = &[
    "news",
    "times",
    "post",
    "herald",
    "tribune",
    "journal",
    "gazette",
    "daily",
    "radio",
    "tv",
    "television",
    "press",
    "agency",
    "network",
    "broadcasting",
    // "Guardia Civil", "Protección Civil": a body, not La Guardia.
    "civil",
    "inc",
    "corp",
    "corporation",
    "company",
    "co",
    "ltd",
    "llc",
    "university",
    "college",
    "institute",
    "academy",
    // "Franklin Elementary": a school; "the Webster Theatre".
    "elementary",
    "theatre",
    "theater",
    // "the Alliance of Sahel States": an alliance, not the Sahel.
    "states",
    // "the Quds Force", "the Azov Regiment", "the Kurdistan Workers' Party": armed bodies.
    "force",
    "regiment",
    "battalion",
    "brigade",
    "brigades",
    "workers",
    "airlines",
    "airways",
    "motors",
    "street",
    "st",
    "avenue",
    "ave",
    "road",
    "rd",
    "boulevard",
    "blvd",
    "drive",
    "lane",
    "hotel",
    "stadium",
    "mall",
    "club",
    "magazine",
    "chronicle",
    "observer",
    "telegraph",
    "mail",
    "express",
    "star",
    "sun",
    "bulletin",
    "examiner",
    "dispatch",
    "courier",
    "reporter",
    "record",
    "review",
    "register",
    "sentinel",
    "standard",
    "globe",
    "insider",
    "today",
    "online",
];

/// Whether a lower-case word is never a place name here, whatever the gazetteer has (a town
/// called May, a White House in Tennessee): days, months, holidays, compass points, famous
/// buildings.
pub(super) fn never_a_place(word: &str) -> bool {
    // Asked of most words of a text: one hash lookup, not a scan of the lists.
    static WORDS: std::sync::OnceLock<rustc_hash::FxHashSet<&'static str>> =
        std::sync::OnceLock::new();
    WORDS
        .get_or_init(|| {
            (NEVER_PLACES.iter())
                .chain(crate::text::MONTH_NAMES.iter())
                .chain(crate::text::WEEKDAY_NAMES.iter())
                .chain(crate::text::COMPASS_POINTS.iter())
                .copied()
                .collect()
        })
        .contains(word)
}

/// Words that begin the name of a natural feature: "Lake Tana" is no town called Tana, nor is
/// "Jabal al-Zawiya" (a mountain) or "Wadi Hadramawt" (a valley) the town or the province.
pub(super) const FEATURE_WORDS: &[&str] = &[
    "lake", "mount", "mountain", "river", "gulf", "bay", "jabal", "jebel", "jabel", "wadi",
];

/// Lower-case words after a name that make it a natural feature's ("the Boni forest").
pub(super) const NATURAL_FEATURE_WORDS: &[&str] = &[
    "forest",
    "forests",
    "mountains",
    "mountain",
    "hills",
    "river",
    "desert",
    "lake",
];

/// Broadcasters named like a town (by key): the broadcaster where words of the media stand
/// beside the name ("Al Mayadeen TV reported", "told Al Mayadeen"), the town elsewhere
/// ("a checkpoint at the entrance of al-Mayadeen").
pub(super) const BROADCASTERS_NAMED_LIKE_TOWNS: &[&str] = &["almayadeen"];

/// Words beside a broadcaster's name that make it the broadcaster's.
pub(super) const MEDIA_WORDS: &[&str] = &[
    "tv",
    "television",
    "channel",
    "network",
    "reported",
    "said",
    "aired",
    "broadcast",
    "correspondent",
    "reporter",
    "told",
    "quoted",
    "website",
];

/// Words that are never place names, weekdays, months and compass points aside (see
/// [`never_a_place`]).
const NEVER_PLACES: &[&str] = &[
    // Broadcasters whose names read like places (Al Jazeera is spelt like Algiers). (Al
    // Mayadeen is also a town of Syria's: see [`BROADCASTERS_NAMED_LIKE_TOWNS`].)
    "aljazeera",
    "alarabiya",
    "alhadath",
    // Armed groups whose Arabic names read like places ("Al-Qaeda" like El Oued's Arabic
    // name, "al-Shabab" like a town of Iran, "Asaib Ahl al-Haq" like another).
    "alqaeda",
    "alqaida",
    "qaeda",
    "qaida",
    "alshabaab",
    "alshabab",
    "shabaab",
    "shabab",
    "haq",
    // Articles alone, as in nicknames ("Ismael \"El Mayo\" Zambada"); "LA" is Los Angeles.
    "el",
    "les",
    "al",
    // Months of the Islamic, Afghan and Burmese calendars that reports date by ("Tuesday 11
    // Rabi al-Awwal 1445", "2 Saratan 1400", "the full moon of Thadingyut").
    "muharram",
    // (Keys drop an article between words: "Rabi al-Awwal" is "rabiawwal".)
    "rabiawwal",
    "rabithani",
    "rabiakhir",
    "jumadaula",
    "jumadaawwal",
    "jumadaakhirah",
    "jumadaakhira",
    "jumadathani",
    "shaban",
    "shawwal",
    "dhuqadah",
    "dhuqidah",
    "dhuhijjah",
    "dhulqadah",
    "dhulqidah",
    "dhulhijjah",
    "saratan",
    "jawza",
    "sunbula",
    "sonbola",
    "aqrab",
    "thadingyut",
    "tazaungmon",
    "tabaung",
    "tawthalin",
    "tabodwe",
    "pyatho",
    "wagaung",
    "natdaw",
    "christmas",
    "easter",
    "passover",
    "ramadan",
    "eid",
    "thanksgiving",
    "halloween",
    "central",
    "western",
    "eastern",
    "northern",
    "southern",
    "whitehouse",
    "god",
    "allah",
    "jesus",
    "christ",
    // Faiths and their adjectives ("a Christian village", "Sunni fighters").
    "christian",
    "christians",
    "muslim",
    "muslims",
    "catholic",
    "catholics",
    "protestant",
    "hindu",
    "hindus",
    "sunni",
    "sunnis",
    "shia",
    "shiite",
    "shiites",
    "buddhist",
    "buddhists",
    // Languages named like small towns ("a final-year English student" is no English, Indiana).
    "english",
    "spanish",
    "dari",
    // Peoples named like towns elsewhere ("Nuer fighters" are not of Nur in Xinjiang, "Kazakh
    // police" not of Petropavl, one of whose names is Kazakh).
    "nuer",
    "hema",
    "lendu",
    "hausa",
    "igbo",
    "kazakh",
    "kazakhs",
    "tatar",
    "tatars",
    // "Hui Muslim traders" are not of Huixian, one of whose names is Hui.
    "hui",
    "olympic",
    "olympics",
    "parliament",
    "congress",
    "senate",
    "university",
    "college",
    "council",
    "town",
    "city",
    "county",
    "section",
    "center",
    "centre",
    "man",
    "woman",
    "mart",
    "hamas",
    "taliban",
    "arab",
    "arabs",
    "nato",
    // "the Red Cross said": the movement, not the town of North Carolina.
    "redcross",
    // "debris fell toward Earth": the planet, not the Texas town.
    "earth",
    // "Bilan : 11 terroristes neutralisés": the French communiqués' toll, not Turkey's Belen.
    "bilan",
    // "Une unité de l'opération…", "Ces mesures…", "Le mercredi…", "Un drone…": French
    // words opening a sentence, not Colombia's Une, Spain's Ces, Leh in Ladakh or Un in India.
    "un",
    "une",
    "ces",
    "le",
    "les",
    // "À Ségou, des jeunes…": a French preposition opening a sentence, no first name.
    "à",
    "dans",
    "vers",
    // "a 1992 Toyota Corolla": the maker, far more often than the Japanese city.
    "toyota",
    "isis",
    "isil",
    "opec",
    "unicef",
    "interpol",
];

/// Football clubs' first words, which make the place after them a club's name, not a
/// person's ("Dinamo Tbilisi footballers", "Shakhtar Donetsk ultras"): the place stays a place
/// elsewhere in the story.
pub(super) const CLUB_WORDS: &[&str] = &[
    "dinamo",
    "dynamo",
    "shakhtar",
    "spartak",
    "lokomotiv",
    "zenit",
    "cska",
    "partizan",
    "olympique",
    "atletico",
    "atlético",
    "metalist",
    "zorya",
    "vorskla",
    "karpaty",
    "chornomorets",
];

/// First names that are also dictionary words ("John Moore": "john" is a word).
pub(super) const WORD_FIRST_NAMES: &[&str] = &[
    "john", "bill", "mark", "will", "frank", "grant", "pat", "rob", "bob", "ray", "dean", "jack",
    "gene", "guy", "sue", "rose", "joy", "hope", "faith", "grace", "amber", "penny", "bud",
    "chuck", "buck", "hank", "jean", "al", "ed", "art", "carol", "dawn", "lance", "rusty", "sandy",
    "wade", "sherry", "candy", "chip", "skip", "dick", "don", "van", "jay", "kelly", "bo", "ben",
    "tim", "tom", "matt", "nick", "pete", "sam",
];

/// Parts of personal names, mostly Afghan and Arabic, that a town name never stands beside
/// ("Ismail Khan", "Bismillah Khan Mohammadi").
pub(super) const PERSONAL_NAME_PARTS: &[&str] = &[
    "khan",
    "mohammad",
    "mohammed",
    "muhammad",
    "ahmad",
    "ahmed",
    "abdul",
    "abdullah",
    "ullah",
    "bin",
    "ibn",
    "jan",
    "gul",
    "mohammadi",
    "ahmadzai",
    "bakr",
];

/// Verbs after (or before) a single name that make it a person ("Moore said", "said Mina").
pub(super) const SPEECH_VERBS: &[&str] = &[
    "said",
    "says",
    "told",
    "added",
    "explained",
    "noted",
    "wrote",
    "asked",
    "argued",
    "claimed",
    "stated",
    "recalled",
    "testified",
    "pleaded",
    "admitted",
    "insisted",
    "replied",
];

/// Words that open sentences and never open a place name there ("A US official" is not Aus).
pub(super) const FUNCTION_WORDS: &[&str] = &[
    "a", "an", "the", "in", "on", "at", "of", "for", "to", "by", "with", "from", "as", "it", "he",
    "she", "we", "they", "this", "that", "his", "her", "their", "its", "but", "and", "or", "if",
    "when", "after", "before", "while", "since", "our", "my", "some", "many", "most", "all",
    "several",
];

/// Words before a name that say it is a place ("in", "near", "towns of X and Y", "off
/// al-Luhayyah").
pub(super) const LOCATIVE_WORDS: &[&str] = &[
    "in",
    "at",
    "near",
    "from",
    "to",
    "into",
    "outside",
    "around",
    "toward",
    "towards",
    "of",
    "and",
    "or",
    "across",
    "through",
    "inside",
    "between",
    "off",
    "via",
    "above",
    "overlooking",
];

/// Armed groups, missions and peoples of one country, in lower case, with the country's ISO
/// code: a hint of where a story is when it names no country ("Houthi fighters shot two men in
/// Al Bayda city", "a UN base in Bor sheltering Nuer civilians"). Groups active in several
/// countries (Islamic State, al-Qaeda, JNIM, Wagner) are left out.
const ACTOR_HOMES: &[(&str, &str)] = &[
    ("taliban", "AF"),
    ("hazara", "AF"),
    ("hazaras", "AF"),
    ("national resistance front", "AF"),
    ("pakistani taliban", "PK"),
    ("tehrik-e-taliban", "PK"),
    ("tehrik-i-taliban", "PK"),
    ("ttp", "PK"),
    ("houthi", "YE"),
    ("houthis", "YE"),
    ("ansar allah", "YE"),
    ("ansarallah", "YE"),
    ("hts", "SY"),
    ("hayat tahrir al-sham", "SY"),
    ("sdf", "SY"),
    ("syrian democratic forces", "SY"),
    ("ypg", "SY"),
    ("white helmets", "SY"),
    ("hezbollah", "LB"),
    ("hamas", "PS"),
    ("peshmerga", "IQ"),
    ("popular mobilization forces", "IQ"),
    ("popular mobilisation forces", "IQ"),
    ("al-shabaab", "SO"),
    ("al shabaab", "SO"),
    ("al-shabab", "SO"),
    ("shabaab", "SO"),
    ("amisom", "SO"),
    ("atmis", "SO"),
    ("boko haram", "NG"),
    ("iswap", "NG"),
    ("m23", "CD"),
    ("monusco", "CD"),
    ("codeco", "CD"),
    ("wazalendo", "CD"),
    ("mai-mai", "CD"),
    ("mayi-mayi", "CD"),
    ("rapid support forces", "SD"),
    ("rsf", "SD"),
    ("janjaweed", "SD"),
    ("nuer", "SS"),
    ("dinka", "SS"),
    ("unmiss", "SS"),
    ("spla-io", "SS"),
    ("fama", "ML"),
    ("minusma", "ML"),
    ("vdp", "BF"),
    ("fano", "ET"),
    ("tplf", "ET"),
    ("tigrayan", "ET"),
    ("tigrayans", "ET"),
    ("oromo liberation army", "ET"),
    ("tatmadaw", "MM"),
    ("arakan army", "MM"),
    ("kachin independence army", "MM"),
    ("karen national union", "MM"),
    ("people's defence force", "MM"),
    ("people's defense force", "MM"),
    ("people's defence forces", "MM"),
    ("rohingya", "MM"),
    ("tnla", "MM"),
    ("mndaa", "MM"),
    ("ambazonia", "CM"),
    ("ambazonian", "CM"),
    ("farc", "CO"),
    ("eln", "CO"),
];

/// The country of the [`ACTOR_HOMES`] name that starts at byte `at` of `line` (a word's
/// start), if one does: the longest such name, as whole words ("Pakistani Taliban").
pub(super) fn actor_home_at(line: &str, at: usize) -> Option<&'static str> {
    actor_name_at(line, at).map(|(_, home)| home)
}

/// The [`ACTOR_HOMES`] name that starts at byte `at` of `line`, as written there, and its
/// country (see [`actor_home_at`]).
pub(super) fn actor_name_at(line: &str, at: usize) -> Option<(&'static str, &'static str)> {
    // The names by their first two letters: a capitalised word is compared with one or two.
    static BY_PREFIX: std::sync::OnceLock<Vec<Vec<usize>>> = std::sync::OnceLock::new();
    let by_prefix = BY_PREFIX.get_or_init(|| {
        let mut by_prefix = vec![Vec::new(); PREFIXES];
        for (i, (phrase, _)) in ACTOR_HOMES.iter().enumerate() {
            if let Some(slot) = prefix_slot(phrase.as_bytes()) {
                by_prefix[slot].push(i);
            }
        }
        by_prefix
    });
    let rest = line.as_bytes().get(at..)?;
    by_prefix[prefix_slot(rest)?]
        .iter()
        .map(|&i| ACTOR_HOMES[i])
        .filter(|(phrase, _)| {
            rest.get(..phrase.len())
                .is_some_and(|s| s.eq_ignore_ascii_case(phrase.as_bytes()))
                && !rest
                    .get(phrase.len())
                    .is_some_and(u8::is_ascii_alphanumeric)
        })
        .max_by_key(|(phrase, _)| phrase.len())
}

/// How many slots [`prefix_slot`] gives: a letter, then a letter or a digit.
const PREFIXES: usize = 26 * 36;

/// The slot of a name by its first two bytes, in any case: a letter, then a letter or a digit.
fn prefix_slot(name: &[u8]) -> Option<usize> {
    let first = usize::from(name.first()?.to_ascii_lowercase().checked_sub(b'a')?);
    let second = name.get(1)?.to_ascii_lowercase();
    let second = match second {
        b'a'..=b'z' => usize::from(second - b'a'),
        b'0'..=b'9' => 26 + usize::from(second - b'0'),
        _ => return None,
    };
    (first < 26).then_some(first * 36 + second)
}

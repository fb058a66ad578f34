//! Text primitives shared by the pipeline: words with byte offsets, number words, and slices
//! that never fall inside a character. Offsets always index the original text, never a
//! lowercased or folded copy (lowercasing "İ" or "K" changes byte lengths).

use std::ops::Range;

use compact_str::CompactString;

/// A word of a sentence: its lower-case form and its byte range in the sentence.
#[derive(Clone, Debug, PartialEq)]
pub struct Word {
    /// The word, lowercased; kept inline, with no allocation, up to 24 bytes.
    pub lower: CompactString,
    /// Byte range in the text it was read from.
    pub span: Range<usize>,
}

/// The text between word `i - 1` and word `i` of `words`, read from `text`: the spaces and
/// punctuation that separate them ("" before the first word).
pub fn gap_before<'t>(text: &'t str, words: &[Word], i: usize) -> &'t str {
    match i.checked_sub(1) {
        Some(previous) => text
            .get(words[previous].span.end..words[i].span.start)
            .unwrap_or(""),
        None => "",
    }
}

/// "1 source", "2 sources".
pub fn plural(count: usize, noun: &str) -> String {
    if count == 1 {
        format!("1 {noun}")
    } else {
        format!("{count} {noun}s")
    }
}

/// The ASCII bytes that make words: letters, digits, hyphens and apostrophes.
const WORD_BYTES: [bool; 128] = {
    let mut table = [false; 128];
    let mut b = 0;
    while b < 128 {
        let c = b as u8;
        table[b] = c.is_ascii_alphanumeric() || c == b'-' || c == b'\'';
        b += 1;
    }
    table
};

/// Whether one of `firsts` stands right before one of `seconds` among `words`: "fled to",
/// "has been", "without a fight".
pub fn has_word_pair(words: &[Word], firsts: &[&str], seconds: &[&str]) -> bool {
    words.windows(2).any(|pair| {
        firsts.contains(&pair[0].lower.as_str()) && seconds.contains(&pair[1].lower.as_str())
    })
}

/// The words of `text`: runs of letters and digits, with inner hyphens and apostrophes
/// ("Qala-i-Naw", "Kabul's") and thousands separators ("1,037") kept inside.
pub fn words(text: &str) -> Vec<Word> {
    let mut out = Vec::with_capacity(text.len() / 6 + 1);
    let mut start = None;
    let bytes = text.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        // ASCII, nearly all of an English article, byte by byte; other letters decoded.
        let (in_word, width) = if bytes[i].is_ascii() {
            let b = bytes[i];
            // A comma is read only when no letter is: between digits it is a separator.
            let in_word = WORD_BYTES[usize::from(b)]
                || (b == b','
                    && i > 0
                    && bytes[i - 1].is_ascii_digit()
                    && bytes.get(i + 1).is_some_and(u8::is_ascii_digit));
            (in_word, 1)
        } else {
            let c = text[i..].chars().next().unwrap_or_default();
            (c.is_alphanumeric() || c == '\u{2019}', c.len_utf8())
        };
        match (in_word, start) {
            (true, None) => start = Some(i),
            (false, Some(s)) => {
                out.push(word(text, s..i));
                start = None;
            }
            _ => {}
        }
        i += width;
    }
    if let Some(s) = start {
        out.push(word(text, s..text.len()));
    }
    out
}

fn word(text: &str, span: Range<usize>) -> Word {
    let raw = &text[span.clone()];
    // Not the quotation marks around a word ("declared the city 'liberated'").
    let trimmed = raw.trim_end_matches(['-', '\'', '\u{2019}']);
    let quoted = trimmed.len() - trimmed.trim_start_matches(['\'', '\u{2019}']).len();
    let trimmed = &trimmed[quoted..];
    let span = span.start + quoted..span.start + quoted + trimmed.len();
    Word {
        lower: lowercase(trimmed),
        span,
    }
}

/// `word` in lower case, with a typographic apostrophe as a straight one.
fn lowercase(word: &str) -> CompactString {
    let lower = to_lower(word);
    // An ASCII word has no typographic apostrophe to look for.
    if !word.is_ascii() && lower.contains('\u{2019}') {
        CompactString::from(lower.replace('\u{2019}', "'"))
    } else {
        lower
    }
}

/// `word` in lower case (as [`str::to_lowercase`]), kept inline, with no allocation, up to 24
/// bytes.
pub fn to_lower(word: &str) -> CompactString {
    if word.is_ascii() {
        let mut lower = CompactString::from(word);
        lower.make_ascii_lowercase();
        lower
    } else {
        CompactString::from(word.to_lowercase())
    }
}

/// Spelled-out numbers and their values.
pub const NUMBER_WORDS: &[(&str, u64)] = &[
    ("one", 1),
    ("two", 2),
    ("three", 3),
    ("four", 4),
    ("five", 5),
    ("six", 6),
    ("seven", 7),
    ("eight", 8),
    ("nine", 9),
    ("ten", 10),
    ("eleven", 11),
    ("twelve", 12),
    ("thirteen", 13),
    ("fourteen", 14),
    ("fifteen", 15),
    ("sixteen", 16),
    ("seventeen", 17),
    ("eighteen", 18),
    ("nineteen", 19),
    ("twenty", 20),
    ("thirty", 30),
    ("forty", 40),
    ("fifty", 50),
    ("hundred", 100),
];

/// Vague quantities and the least they mean ("hundreds" is at least 200).
pub const VAGUE_NUMBER_WORDS: &[(&str, u64)] = &[
    ("dozens", 24),
    ("scores", 40),
    ("hundreds", 200),
    ("thousands", 2000),
    ("several", 3),
    ("a dozen", 12),
];

/// The value of a written number ("1,037", "12", "twelve"), if `word` (lower case) is one.
pub fn number_value(word: &str) -> Option<u64> {
    if word.bytes().all(|b| b.is_ascii_digit() || b == b',')
        && word.bytes().any(|b| b.is_ascii_digit())
    {
        return word.replace(',', "").parse().ok();
    }
    NUMBER_WORDS
        .iter()
        .find(|(w, _)| *w == word)
        .map(|(_, v)| *v)
}

/// The least value of a vague quantity word ("dozens", "hundreds").
pub fn vague_value(word: &str) -> Option<u64> {
    VAGUE_NUMBER_WORDS
        .iter()
        .find(|(w, _)| *w == word)
        .map(|(_, v)| *v)
}

/// Units of a distance, lower case, and their length in km ("40 km north of", "10 kilometres
/// outside", "ten miles from").
const DISTANCE_UNITS: &[(&str, f64)] = &[
    ("km", 1.0),
    ("kilometres", 1.0),
    ("kilometers", 1.0),
    ("miles", 1.609),
];

/// The length in km of `unit` (lower case), if it is a unit of distance.
pub fn km_per(unit: &str) -> Option<f64> {
    DISTANCE_UNITS
        .iter()
        .find(|(name, _)| *name == unit)
        .map(|&(_, km)| km)
}

/// The compass points, lower case, in the spellings news uses ("northeast", "north-east").
pub const COMPASS_POINTS: &[&str] = &[
    "north",
    "south",
    "east",
    "west",
    "northeast",
    "northwest",
    "southeast",
    "southwest",
    "north-east",
    "north-west",
    "south-east",
    "south-west",
];

/// Nouns after a name that make it an armed group's ("Fano militiamen", "Lions' Den gunmen").
pub const ARMED_GROUP_NOUNS: &[&str] = &[
    "fighters",
    "militiamen",
    "militia",
    "militias",
    "mercenaries",
    "rebels",
    "gunmen",
    "militants",
    "insurgents",
    "guerrillas",
    "battalion",
    "battalions",
];

/// The Arabic article, assimilated or not ("al-", "ash-", "ez-").
pub const ARABIC_ARTICLES: &[&str] = &[
    "al", "el", "ad", "adh", "an", "ar", "as", "ash", "at", "ath", "az", "ed", "en", "er", "es",
    "et", "ez",
];

/// `before` without the Arabic article joined to the name after it ("in al-", "near ash-"),
/// whose words the name's own are: "elders in al-Ghayl signed" is in al-Ghayl.
pub fn without_an_article(before: &str) -> &str {
    let Some(rest) = before.strip_suffix('-') else {
        return before;
    };
    let article = &rest[rest
        .trim_end_matches(|c: char| c.is_ascii_lowercase())
        .len()..];
    let joined = rest[..rest.len() - article.len()].ends_with(char::is_alphanumeric);
    if ARABIC_ARTICLES.contains(&article) && !joined {
        &rest[..rest.len() - article.len()]
    } else {
        before
    }
}

/// Whether the name at byte range `name` of `text` stands for a government, as the subject
/// of a verb of saying or stance: "Ankara regards the group as…", "Moscow proclaimed the
/// region annexed", but not "the faction in Bossangoa announced".
pub fn speaks_for_a_government(text: &str, name: &std::ops::Range<usize>) -> bool {
    // "Washington, London and Canberra announced": the names of a list speak together.
    let before = before_a_list(without_an_article(text.get(..name.start).unwrap_or("")));
    let last_word = |text: &str| {
        text.trim_end()
            .rsplit(|c: char| !c.is_alphanumeric())
            .next()
            .unwrap_or("")
            .to_lowercase()
    };
    let previous = last_word(before);
    // The word before the preposition `previous` ("request" of "at the request of").
    let governing = || {
        last_word(
            before
                .trim_end()
                .strip_suffix(previous.as_str())
                .unwrap_or(""),
        )
    };
    // "at the request of Maputo", "turned to Moscow for support".
    let asked = match previous.as_str() {
        "of" => ["request", "invitation", "behalf", "orders"].contains(&governing().as_str()),
        // "called on Abu Dhabi to stop supporting the separatists".
        "on" => ["called", "calls", "calling", "call"].contains(&governing().as_str()),
        "to" => ["turned", "turning", "turns", "appealed"].contains(&governing().as_str()),
        // "said it was in contact with Moscow", "ties with Kabul".
        "with" => ["contact", "talks", "ties", "relations", "coordination"]
            .contains(&governing().as_str()),
        // "chanted slogans against Paris", "a rally against Moscow".
        "against" => {
            let protest = |w: &str| {
                ["slogan", "chant", "protest", "rall", "demonstrat", "march"]
                    .iter()
                    .any(|stem| w.to_lowercase().starts_with(stem))
            };
            tail(before, 60).split_whitespace().any(protest)
        }
        _ => false,
    };
    if asked {
        return true;
    }
    let after = after_a_subject(head(text.get(name.end..).unwrap_or(""), 160));
    // "Moscow's defence ministry", "Kyiv's foreign ministry", "one of Washington's main
    // partners".
    let possessed = (after
        .strip_prefix("'s ")
        .or_else(|| after.strip_prefix("\u{2019}s ")))
    .map(|rest| {
        let mut words = rest.split(' ').map(str::to_lowercase);
        let first = words.next().unwrap_or_default();
        match [
            "main",
            "key",
            "closest",
            "chief",
            "top",
            "traditional",
            "strategic",
        ]
        .contains(&first.as_str())
        {
            true => words.next().unwrap_or_default(),
            false => first,
        }
    });
    // "a day after a ceasefire ended Baku's lightning offensive": what a government wages.
    let wages = (after
        .strip_prefix("'s ")
        .or_else(|| after.strip_prefix("\u{2019}s ")))
    .is_some_and(|rest| {
        (rest.split(' ').take(2))
            .any(|w| GOVERNMENT_CAMPAIGNS.contains(&w.trim_end_matches([',', '.', ';'])))
    });
    if wages {
        return true;
    }
    // After a preposition, what can stand somewhere is in the place: "the gate of Kabul's
    // military hospital".
    let after_preposition = PREPOSITIONS.contains(&previous.as_str());
    if possessed.is_some_and(|w| {
        GOVERNMENT_BODIES.contains(&w.as_str())
            && !(after_preposition
                && [
                    "military",
                    "army",
                    "forces",
                    "troops",
                    "embassy",
                    "warplanes",
                ]
                .contains(&w.as_str()))
    }) {
        return true;
    }
    if after_preposition {
        return false;
    }
    // "blamed Kiev", "accused Moscow", "accuse Riyadh of"; "promised Kyiv more air defence".
    if [
        "blamed",
        "blame",
        "blames",
        "blaming",
        "accused",
        "accuse",
        "accuses",
        "accusing",
        "urged",
        "urge",
        "urges",
        "urging",
        "promised",
        "pledged",
        "offered",
        "assured",
        "reassured",
        "supplied",
    ]
    .contains(&previous.as_str())
    {
        return true;
    }
    // "a withdrawal ordered by Bamako", "a deal brokered by Doha", "the ceasefire agreed by
    // Moscow and Ankara", "considered by Washington one of the most dangerous branches".
    let by_a_government = |before: &str| {
        before
            .trim_end()
            .strip_suffix("by")
            .map(last_word)
            .is_some_and(|verb| {
                [
                    "ordered",
                    "demanded",
                    "requested",
                    "brokered",
                    "mediated",
                    "imposed",
                    "agreed",
                    "signed",
                    "negotiated",
                    "sponsored",
                    "guaranteed",
                    "considered",
                    "regarded",
                    "designated",
                    "listed",
                    "backed",
                    "supported",
                    "funded",
                    "armed",
                    "recognised",
                    "recognized",
                    "sanctioned",
                    "condemned",
                ]
                .contains(&verb.as_str())
            })
    };
    let first_of_pair = || {
        let rest = before.trim_end().strip_suffix("and")?.trim_end();
        let name_start = rest.rfind(' ')? + 1;
        rest[name_start..]
            .starts_with(char::is_uppercase)
            .then(|| &rest[..name_start])
    };
    if (previous == "by" && by_a_government(before))
        || (previous == "and" && first_of_pair().is_some_and(by_a_government))
    {
        return true;
    }
    let Some(rest) = after.strip_prefix(' ') else {
        return false;
    };
    // "Moscow had announced", "Kyiv has not confirmed", "Islamabad has in the past said",
    // "Ankara has repeatedly said".
    rest.split(' ')
        .take(6)
        .map(|w| w.trim_end_matches(|c: char| !c.is_alphanumeric()))
        .find(|w| {
            ![
                "had",
                "has",
                "have",
                "did",
                "not",
                "also",
                "later",
                "in",
                "the",
                "past",
                "repeatedly",
                "already",
                "previously",
                "publicly",
                "long",
                "again",
                "often",
                "always",
                "never",
                "recently",
            ]
            .contains(w)
        })
        .is_some_and(|verb| STANCE_VERBS.contains(&verb))
}

/// `before` less the names of a list that ends there ("Washington, London and"), so that
/// the list's last name reads the words before its first.
pub fn before_a_list(before: &str) -> &str {
    let mut rest = before;
    loop {
        // "Qatar, Egypt and the United States".
        let trimmed = rest.trim_end();
        let trimmed = trimmed.strip_suffix(" the").unwrap_or(trimmed);
        let Some(joined) = (trimmed.strip_suffix(',')).or_else(|| trimmed.strip_suffix(" and"))
        else {
            return rest;
        };
        // ", and" goes on a list of three or more ("Paris, Berlin, and Rome"); after a name
        // alone it opens a clause ("a clinic in Sikeniye, and Ankara has said").
        let (joined, comma_and) = match joined.strip_suffix(',') {
            Some(before_comma) => (before_comma, trimmed.ends_with(" and")),
            None => (joined, false),
        };
        let start = joined.rfind(' ').map_or(0, |i| i + 1);
        if !joined[start..].starts_with(char::is_uppercase)
            || (comma_and && !joined[..start].trim_end().ends_with(','))
        {
            return rest;
        }
        rest = &joined[..start];
    }
}

/// What follows a name once the rest of its list, its relative clauses and its apposition are
/// read: ", which backs the council, did not comment", ", London and Canberra announced" and
/// ", the town across the border, told" end at the verb.
pub fn after_a_subject(after: &str) -> &str {
    let mut rest = after;
    loop {
        // ", the town on the other side of the frontier, told reporters": an apposition.
        if let Some(clause) = (rest.strip_prefix(", which "))
            .or_else(|| rest.strip_prefix(", who "))
            .or_else(|| rest.strip_prefix(", the "))
            .or_else(|| rest.strip_prefix(", a "))
        {
            match clause.find(',') {
                Some(end) => {
                    rest = &clause[end + 1..];
                    continue;
                }
                None => return rest,
            }
        }
        let next = (rest.strip_prefix(", and "))
            .or_else(|| rest.strip_prefix(" and "))
            .or_else(|| rest.strip_prefix(", "));
        match next {
            Some(next) if next.starts_with(char::is_uppercase) => {
                // "Addis Ababa": every capitalised word of the name.
                let mut name = next;
                while name.starts_with(char::is_uppercase) {
                    let end = name
                        .find(|c: char| !(c.is_alphanumeric() || c == '-'))
                        .unwrap_or(name.len());
                    rest = &name[end..];
                    name = rest.strip_prefix(' ').unwrap_or("");
                }
            }
            _ => return rest,
        }
    }
}

/// `text` without an editor's note in brackets before it ("[Translated from Arabic] ADEN,
/// March 3 —" is "ADEN, March 3 —"), trimmed at its start.
pub fn without_editor_note(text: &str) -> &str {
    let text = text.trim_start();
    for (open, close) in [('[', ']'), ('(', ')')] {
        if let Some(rest) = text.strip_prefix(open)
            && let Some(at) = rest.find(close)
            && !rest[..at].contains(open)
        {
            return rest[at + 1..].trim_start();
        }
    }
    text
}

/// What a capital's government wages, after its name and "'s" ("Moscow's invasion", "Baku's
/// lightning offensive"). Not what is done to a place ("Crimea's annexation", "Gaza's
/// blockade").
const GOVERNMENT_CAMPAIGNS: &[&str] = &[
    "offensive",
    "counteroffensive",
    "counter-offensive",
    "invasion",
    "sanctions",
];

/// Words after "Moscow's" that make the name its government (or its armed forces).
const GOVERNMENT_BODIES: &[&str] = &[
    "defence",
    "defense",
    "foreign",
    "interior",
    "government",
    "envoy",
    "ambassador",
    "embassy",
    "delegation",
    "presidency",
    // "Moscow's forces are setting up a base in Qamishli".
    "forces",
    "troops",
    "military",
    "army",
    "allies",
    "ally",
    "partners",
    "partner",
    "proxies",
    "warplanes",
    // "repeated Kyiv's request for long-range missiles".
    "request",
    "requests",
    "demand",
    "demands",
    "appeal",
    "plea",
    "proposal",
];

/// Words before a name that make it a place, whatever follows.
const PREPOSITIONS: &[&str] = &[
    "in", "at", "near", "from", "of", "to", "into", "around", "outside", "inside", "across",
];

/// Verbs whose subject, when it is a place, is its government (see
/// [`speaks_for_a_government`]).
const STANCE_VERBS: &[&str] = &[
    "said",
    "says",
    "denied",
    "denies",
    "regards",
    "regarded",
    "claimed",
    "claims",
    "accused",
    "accuses",
    "announced",
    "warned",
    "insisted",
    "rejected",
    "rejects",
    "welcomed",
    "welcomes",
    "condemns",
    "warns",
    "maintains",
    "condemned",
    "proclaimed",
    "declared",
    "responded",
    "blamed",
    "blames",
    "declined",
    "comment",
    "commented",
    "considers",
    "insists",
    "refused",
    "reported",
    "acknowledged",
    "called",
    "confirmed",
    "stated",
    "vowed",
    "urged",
    "hailed",
    "pressed",
    "pressured",
    "demanded",
    // Acts of a government: "after Moscow quit the grain deal", "Ankara closed the
    // crossings", "as Kyiv waits for Western tanks".
    "quit",
    "closed",
    "waits",
    "awaits",
    "suspended",
    "imposed",
    "recalled",
    "expelled",
    "signed",
    "ordered",
    "threatened",
    "demanded",
    "withdrew",
    "launched",
    // "Kinshasa cut diplomatic ties with Kigali".
    "cut",
    "severed",
    "summoned",
    // "Ankara has carried out repeated strikes in the district".
    "carried",
];

/// Capitalised nouns after a name that make it an armed unit's ("Arakan Army").
const ARMED_UNIT_NOUNS: &[&str] = &[
    "army",
    "brigade",
    "brigades",
    "front",
    "division",
    "battalion",
    "corps",
    "regiment",
    // "Pyu Saw Htee", Myanmar's pro-junta militias.
    "saw",
    // "the Kharkiv Operational-Tactical Group".
    "operational",
    "force",
    "forces",
    "units",
    "guard",
    "militia",
];

/// Head nouns of an apposition that make the name before it a group's ("Fano, a loose network
/// of volunteer militias").
const GROUP_HEADS: &[&str] = &[
    "network",
    "group",
    "movement",
    "alliance",
    "coalition",
    "faction",
    "organisation",
    "organization",
    "militia",
    "militias",
    "rebels",
    "insurgents",
    "fighters",
    "outfit",
];

/// Whether the name at `span` of `text` is an armed group's: a group noun follows it ("Fano
/// militiamen", "Lions' Den gunmen", "Zaïre self-defence group", a `-` joins them in
/// "Fano-led"), or an apposition whose
/// head is one ("Fano, a loose network of volunteer militias"), or it is part of a group's
/// own name ("Arakan Army", "Balochistan Liberation Army", "Islamic State in the Sahel").
pub fn names_a_group(text: &str, span: &Range<usize>) -> bool {
    let after = head(text.get(span.end..).unwrap_or(""), 80);
    let next = (after.trim_start())
        .split(|c: char| !c.is_alphanumeric())
        .next()
        .unwrap_or("");
    let group_noun = || {
        ARMED_GROUP_NOUNS
            .iter()
            .any(|n| next.eq_ignore_ascii_case(n))
    };
    // "the Zaïre self-defence group".
    let self_defence = || {
        let next = after.trim_start();
        ["self-defence", "self-defense"].iter().any(|word| {
            next.get(..word.len())
                .is_some_and(|head| head.eq_ignore_ascii_case(word))
        })
    };
    if after.starts_with(' ') && (group_noun() || self_defence() || names_an_armed_unit(after))
        || in_a_jihadist_groups_name(text, span)
        || a_side_against_an_armed_force(text, span)
    {
        return true;
    }
    let Some(apposition) = after.strip_prefix(", ") else {
        return false;
    };
    let apposition = words(apposition);
    if !apposition
        .first()
        .is_some_and(|w| ["a", "an", "the"].contains(&w.lower.as_str()))
    {
        return false;
    }
    // The head is the last word before "of", "with", "that", "which", "who", "based", "led".
    let head_noun = apposition
        .iter()
        .skip(1)
        .take(5)
        .take_while(|w| {
            ![
                "of",
                "with",
                "that",
                "which",
                "who",
                "whose",
                "based",
                "led",
                "in",
                "from",
                "on",
                "at",
                "near",
                "by",
                "and",
                "where",
                "under",
                "to",
                "for",
                "held",
                "controlled",
                "run",
            ]
            .contains(&w.lower.as_str())
        })
        .last();
    // "In Melitopol, a group of men beat a shopkeeper": a group of people, in the place.
    let of_people = || {
        let of = apposition.iter().position(|w| w.lower == "of");
        of.and_then(|i| apposition.get(i + 1))
            .is_some_and(|w| PEOPLE_NOUNS.contains(&w.lower.as_str()))
    };
    head_noun.is_some_and(|w| GROUP_HEADS.contains(&w.lower.as_str())) && !of_people()
}

/// Whether the name at `span` is one side of a fight whose other side is an armed force named
/// by a noun or an acronym: "clashes between the ENDF and Fano", "between Fano and government
/// troops".
fn a_side_against_an_armed_force(text: &str, span: &Range<usize>) -> bool {
    let force = |side: &[Word], sides: &str| {
        let side = match side {
            [the, rest @ ..] if the.lower == "the" => rest,
            all => all,
        };
        let acronym = |w: &Word| {
            let word = &sides[w.span.clone()];
            (2..=6).contains(&word.len()) && word.chars().all(|c| c.is_ascii_uppercase())
        };
        match side {
            [one] => acronym(one) || FORCE_NOUNS.contains(&one.lower.as_str()),
            [_, noun] => FORCE_NOUNS.contains(&noun.lower.as_str()),
            _ => false,
        }
    };
    let before = tail(text.get(..span.start).unwrap_or(""), 48);
    let before_words = words(before);
    // "between the ENDF and" + the name.
    if let Some(at) = before_words.iter().rposition(|w| w.lower == "between")
        && before_words.last().is_some_and(|w| w.lower == "and")
        && force(&before_words[at + 1..before_words.len() - 1], before)
    {
        return true;
    }
    // "between" + the name + "and government troops".
    let after = head(text.get(span.end..).unwrap_or(""), 40);
    let after_words = words(after);
    before_words.last().is_some_and(|w| w.lower == "between")
        && after_words.first().is_some_and(|w| w.lower == "and")
        && (2..=after_words.len().min(4)).any(|end| force(&after_words[1..end], after))
}

/// Nouns of armed forces, one side of a fight.
const FORCE_NOUNS: &[&str] = &[
    "army",
    "troops",
    "forces",
    "soldiers",
    "police",
    "military",
    "militia",
    "militias",
    "rebels",
    "fighters",
    "insurgents",
    "militants",
];

/// Whether `after` (the text after a name) opens with capitalised words, at most three, of
/// which the last is an armed unit's noun: "(Tulkarem) Brigade", "(Balochistan) Liberation
/// Army", "(Karenni) Nationalities Defence Force".
pub fn names_an_armed_unit(after: &str) -> bool {
    // Most names are followed by a small word or a sign: no words are read for them.
    (head(after, 48).split_whitespace().take(3))
        .take_while(|w| w.starts_with(char::is_uppercase))
        .any(|w| {
            w.split(|c: char| !c.is_alphanumeric()).any(|part| {
                ARMED_UNIT_NOUNS
                    .iter()
                    .any(|n| part.eq_ignore_ascii_case(n))
            })
        })
}

/// Whether the name at `span` continues the name of a jihadist group's branch: "Islamic State
/// in the Sahel", "al-Qaeda in the Arabian Peninsula", "Islamic State Sahel Province".
fn in_a_jihadist_groups_name(text: &str, span: &Range<usize>) -> bool {
    /// The words, as written, that the branch's name follows.
    const GROUP_WORDS: [&str; 3] = ["State", "Qaeda", "Qaida"];
    let before_text = tail(text.get(..span.start).unwrap_or(""), 24);
    if !GROUP_WORDS.iter().any(|group| before_text.contains(group)) {
        return false;
    }
    let before = words(before_text);
    let group = |w: &Word| GROUP_WORDS.contains(&&before_text[w.span.clone()]);
    let branch = match before.as_slice() {
        [.., name, in_, the] if in_.lower == "in" && the.lower == "the" => group(name),
        [.., name, in_] if in_.lower == "in" => group(name),
        _ => false,
    };
    branch
        || matches!(before.as_slice(), [.., islamic, state] if islamic.lower == "islamic" && group(state))
}

/// People who are no armed group: "a group of men".
const PEOPLE_NOUNS: &[&str] = &[
    "men",
    "people",
    "residents",
    "youths",
    "women",
    "villagers",
    "locals",
    "students",
    "protesters",
];

/// The English month names, lower case, January first.
pub const MONTH_NAMES: [&str; 12] = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];

/// The English weekday names, lower case, Monday first.
pub const WEEKDAY_NAMES: [&str; 7] = [
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
];

/// 1–12 for an English month name or its abbreviation of at least three letters (`Sept`, `Jul`).
pub fn month_number(word: &str) -> Option<u32> {
    let word = word.to_ascii_lowercase();
    if word.len() < 3 {
        return None;
    }
    let index = MONTH_NAMES
        .iter()
        .position(|name| name.starts_with(&word))?;
    u32::try_from(index + 1).ok()
}

/// The longest prefix of `text` of at most `max` bytes that ends on a character boundary.
pub fn head(text: &str, max: usize) -> &str {
    if text.len() <= max {
        return text;
    }
    let mut end = max;
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    &text[..end]
}

/// The longest suffix of `text` of at most `max` bytes that starts on a character boundary.
pub fn tail(text: &str, max: usize) -> &str {
    if text.len() <= max {
        return text;
    }
    let mut start = text.len() - max;
    while !text.is_char_boundary(start) {
        start += 1;
    }
    &text[start..]
}

/// The dashes that set off a dateline or a route's ends: hyphen-minus, en dash, em dash.
pub const DASHES: [char; 3] = ['-', '\u{2013}', '\u{2014}'];

/// Words that point at one thing told before ("the strike", "these attacks").
pub const DEMONSTRATIVES: &[&str] = &["the", "this", "that", "these", "those"];

/// Whether a word ends with a possessive "'s", straight or curly ("Tuesday's").
pub fn is_possessive(word: &str) -> bool {
    word.ends_with("'s") || word.ends_with("\u{2019}s")
}

/// Whether a text opens with a possessive "'s", straight or curly (after "Russia" in "Russia's
/// Dagestan region").
pub fn opens_with_possessive(text: &str) -> bool {
    text.starts_with("'s") || text.starts_with("\u{2019}s")
}

/// Quotation marks, straight and curly.
pub const QUOTES: [char; 6] = ['\'', '"', '\u{2018}', '\u{2019}', '\u{201C}', '\u{201D}'];

/// Whether `after`, the text after a line's first name, names the agency of a dateline and
/// then its dash: " (Reuters) - ", " (Saba) – ", ", SANA – " (an agency after a comma is in
/// capitals, so that "Aden, Yemen – " stays a place and its country).
pub fn before_agency(after: &str) -> bool {
    let dash_follows = |rest: &str| rest.trim_start().starts_with(DASHES);
    let short_name = |name: &str, capitals: bool| {
        let words: Vec<&str> = name.split_whitespace().collect();
        (1..=3).contains(&words.len())
            && words.iter().all(|w| {
                w.starts_with(|c: char| c.is_uppercase())
                    && (!capitals || !w.chars().any(char::is_lowercase))
            })
    };
    let after = head(after, 48);
    if let Some(rest) = after.trim_start().strip_prefix('(') {
        return rest
            .split_once(')')
            .is_some_and(|(name, rest)| is_agency_name(name) && dash_follows(rest));
    }
    after.strip_prefix(',').is_some_and(|rest| {
        rest.find(DASHES)
            .is_some_and(|at| short_name(&rest[..at], true) && rest[..at].len() >= 3)
    })
}

/// Words that join the capitalised words of an agency's name ("Gulf & Levant Wire", "Voice of
/// the Sahel").
const NAME_JOINERS: &[&str] = &["&", "and", "of", "the", "de", "du", "des", "la"];

/// Whether `word` may be a word of an agency's name: capitalised, or a joiner.
fn is_agency_word(word: &str) -> bool {
    word.starts_with(char::is_uppercase) || NAME_JOINERS.contains(&word)
}

/// Whether `name` may be a news agency's: one to four words, capitalised but for joiners
/// between them ("Reuters", "Southern Africa Wire", "Gulf & Levant Wire").
fn is_agency_name(name: &str) -> bool {
    let words: Vec<&str> = name.split_whitespace().collect();
    let capitalised = |w: &&str| w.starts_with(char::is_uppercase);
    (1..=4).contains(&words.len())
        && words.first().is_some_and(capitalised)
        && words.last().is_some_and(capitalised)
        && words.iter().all(|w| is_agency_word(w))
}

/// Whether `after`, the text after a line's first name, is a dateline's date and then its
/// dash: ", 28 January 2025 — ", " (28 January 2025) – ", ", Oct. 16 - ", perhaps with the
/// agency between ", Oct 16 (Reuters) - ".
pub fn before_dateline_date(after: &str) -> bool {
    let after = head(after, 48);
    let Some(rest) = (after.strip_prefix(',')).or_else(|| after.trim_start().strip_prefix('('))
    else {
        return false;
    };
    let Some(at) = rest.find(DASHES) else {
        return false;
    };
    let date = match rest[..at].split_once('(') {
        Some((date, agency)) if after.starts_with(',') => {
            if !(agency.trim_end().strip_suffix(')')).is_some_and(is_agency_name) {
                return false;
            }
            date
        }
        _ => &rest[..at],
    };
    let words: Vec<&str> = date
        .split(|c: char| c.is_whitespace() || ",.)/".contains(c))
        .filter(|w| !w.is_empty())
        .collect();
    let digits = |w: &&str| w.bytes().all(|b| b.is_ascii_digit());
    // "Hakkari, 12.08.2022 — ", "Bishkek, 13/03/2025 — ": a date in figures alone.
    let in_figures = words.len() == 3 && words.iter().all(digits) && date.contains(['.', '/']);
    in_figures
        || ((1..=4).contains(&words.len())
            && words.iter().any(|w| month_number(w).is_some())
            && words.iter().all(|w| month_number(w).is_some() || digits(w)))
}

/// Whether the name at `span` is the agency of a dateline, or a word of its name: in
/// parentheses after the first words of a line, before a dash ("HODEIDAH (Saba) – ", "KYIV,
/// Oct 16 (Reuters) - ", "MAPUTO, May 2 (Southern Africa Wire) - ").
pub fn agency_of_dateline(text: &str, span: &Range<usize>) -> bool {
    // The capitalised words of the agency's name before the span ("Southern ").
    let words_before = tail(&text[..span.start], 24)
        .rsplit_once('(')
        .map(|(_, words)| words)
        .filter(|words| {
            words.split_whitespace().count() <= 3 && words.split_whitespace().all(is_agency_word)
        });
    let Some(opening) =
        words_before.and_then(|words| text[..span.start - words.len()].strip_suffix('('))
    else {
        return false;
    };
    let near = tail(opening, 48);
    let Some(line) = near.rfind('\n').map(|at| &near[at + 1..]).or_else(|| {
        // The text's first line, when it starts within reach.
        (near.len() == opening.len()).then_some(near)
    }) else {
        return false;
    };
    let words: Vec<&str> = line.split_whitespace().collect();
    (1..=5).contains(&words.len())
        && words[0].starts_with(|c: char| c.is_uppercase())
        && words
            .iter()
            .all(|w| w.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit()))
        && before_agency(&text[opening.len()..])
}

/// Byte offsets of one text turned into code-point offsets (what Python and most tools index
/// by). Built once per text in one pass; holds one count per [`CharOffsets::STEP`] bytes, so a
/// 20 MB text costs under 3 MB, and each look-up counts at most that many bytes.
pub struct CharOffsets<'t> {
    text: &'t str,
    /// `counts[k]`: the code points before byte `k * STEP`, rounded down to a character boundary.
    counts: Vec<usize>,
}

impl<'t> CharOffsets<'t> {
    /// Bytes between two stored counts.
    const STEP: usize = 64;

    /// The offsets of `text`.
    pub fn new(text: &'t str) -> Self {
        let mut counts = Vec::with_capacity(text.len() / Self::STEP + 1);
        counts.push(0);
        let (mut chars, mut previous) = (0, 0);
        for k in 1..=text.len() / Self::STEP {
            let boundary = text.floor_char_boundary(k * Self::STEP);
            chars += text[previous..boundary].chars().count();
            counts.push(chars);
            previous = boundary;
        }
        Self { text, counts }
    }

    /// The code-point offset of byte `byte` (inside a character: of that character; past the
    /// end: the text's length in code points).
    pub fn char_offset(&self, byte: usize) -> usize {
        let byte = self.text.floor_char_boundary(byte.min(self.text.len()));
        let k = byte / Self::STEP;
        let boundary = self.text.floor_char_boundary(k * Self::STEP);
        self.counts[k] + self.text[boundary..byte].chars().count()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_dateline_may_give_its_date() {
        assert!(before_dateline_date(", 28 January 2025 — The Coordinator"));
        assert!(before_dateline_date(" (28 January 2025) – The Coordinator"));
        assert!(before_dateline_date(", Oct. 16 - Drones hit"));
        assert!(before_dateline_date(
            ", March 6 (Gulf News Wire) - Jets struck"
        ));
        assert!(before_dateline_date(
            ", March 6 (Gulf & Levant Wire) - Jets struck"
        ));
        assert!(!before_dateline_date(", March 6 (when jets struck) - the"));
        assert!(!before_dateline_date(", March 6 (and Jets) - the"));
        assert!(!before_dateline_date(", 28 soldiers - and"));
        assert!(before_dateline_date(", 12.08.2022 — An armed drone"));
        assert!(before_dateline_date(", 13/03/2025 — Presidents"));
        assert!(!before_dateline_date(", 12 08 2022 — An armed drone"));
        assert!(!before_dateline_date(", where in May - the"));
        assert!(!before_dateline_date(" in January — the"));
    }

    #[test]
    fn an_agency_in_a_dateline_is_no_place() {
        let agency = |text: &str, name: &str| {
            let start = text.find(name).unwrap();
            agency_of_dateline(text, &(start..start + name.len()))
        };
        assert!(agency("HODEIDAH (Saba) – The army said.", "Saba"));
        assert!(agency(
            "Report\nKYIV, Oct 16 (Reuters) - Drones hit.",
            "Reuters"
        ));
        assert!(agency(
            "Mogadishu (Hiiraan Online) — Gunmen",
            "Hiiraan Online"
        ));
        assert!(agency(
            "DOHA, Feb 29 (Gulf & Levant Wire) - A deal",
            "Levant"
        ));
        assert!(agency(
            "ERBIL, Iraq, April 7 (Voice of the Levant) - A drone",
            "Levant"
        ));
        // A country after the town is left to the caller; prose in parentheses is no dateline.
        assert!(!agency("Troops said (Saba) - that", "Saba"));
        assert!(!agency(
            "The fighters reached the town of the province (Saba) - a",
            "Saba"
        ));
        assert!(!agency("ADEN (Saba) said troops", "Saba"));
        assert!(before_agency(", SANA – Units of the army"));
        assert!(before_agency(" (Saba) – The army"));
        assert!(!before_agency(", Yemen – The army"));
        assert!(!before_agency(", where troops - and police"));
    }

    #[test]
    fn a_name_before_a_group_noun_or_a_group_apposition_names_a_group() {
        let group = |text: &str| {
            names_a_group(
                text,
                &(0..text.find(|c: char| !c.is_alphabetic()).unwrap_or(0)),
            )
        };
        assert!(group("Fano militiamen entered Lalibela."));
        assert!(group(
            "Fano, a loose network of volunteer militias, fought on."
        ));
        assert!(group("Hasm, an armed group based in Cairo, claimed it."));
        assert!(!group("Palma, a town held by insurgents since March."));
        // A unit named after its province; a jihadist group's branch named after a region.
        assert!(group("Balochistan Liberation Army claimed it."));
        assert!(group("Kharkiv Operational-Tactical Group said so."));
        assert!(!group("Kharkiv Regional Administration said so."));
        let sahel = "Fighters of Islamic State in the Sahel struck.";
        let at = sahel.find("Sahel").unwrap_or_default();
        assert!(names_a_group(sahel, &(at..at + 5)));
        let sahel = "Fighters of Islamic State Sahel Province struck.";
        let at = sahel.find("Sahel").unwrap_or_default();
        assert!(names_a_group(sahel, &(at..at + 5)));
        let sahel = "Fighters moved into the Sahel state of Burkina Faso.";
        let at = sahel.find("Sahel").unwrap_or_default();
        assert!(!names_a_group(sahel, &(at..at + 5)));
        assert!(!group("Kobo, the regional capital, was calm."));
        assert!(!group("Kobo was calm."));
        // A side of a fight against an armed force.
        let side = |text: &str, name: &str| {
            let at = text.find(name).unwrap_or_default();
            names_a_group(text, &(at..at + name.len()))
        };
        assert!(side(
            "There were clashes between the ENDF and Fano.",
            "Fano"
        ));
        assert!(side(
            "Fighting between Fano and government troops went on.",
            "Fano"
        ));
        assert!(!side(
            "The road between Kobo and Woldia was shut.",
            "Woldia"
        ));
        assert!(!side(
            "The road between Kobo and the border was shut.",
            "Kobo"
        ));
    }

    #[test]
    fn char_offsets_count_code_points_before_each_byte() {
        let text = "İsmail \u{212A}abul ẞ 🇦🇫 ".repeat(20);
        let offsets = CharOffsets::new(&text);
        for (chars, (byte, c)) in text.char_indices().enumerate() {
            assert_eq!(offsets.char_offset(byte), chars);
            assert_eq!(offsets.char_offset(byte + c.len_utf8() - 1), chars);
        }
        let total = text.chars().count();
        assert_eq!(offsets.char_offset(text.len()), total);
        assert_eq!(offsets.char_offset(text.len() + 9), total);
        assert_eq!(CharOffsets::new("").char_offset(3), 0);
    }

    #[test]
    fn words_keep_offsets_into_the_original_text() {
        let text = "İsmail Khan's men, 1,037 of them, took Qala-i-Naw.";
        let found = words(text);
        let pieces: Vec<&str> = found.iter().map(|w| &text[w.span.clone()]).collect();
        assert_eq!(
            pieces,
            [
                "İsmail",
                "Khan's",
                "men",
                "1,037",
                "of",
                "them",
                "took",
                "Qala-i-Naw"
            ]
        );
        assert_eq!(found[6].lower, "took");
        // Quotation marks around a word are not the word's.
        let text = "declared the city 'liberated' and \u{2019}secure\u{2019}";
        let found = words(text);
        let pieces: Vec<&str> = found.iter().map(|w| &text[w.span.clone()]).collect();
        assert_eq!(
            pieces,
            ["declared", "the", "city", "liberated", "and", "secure"]
        );
    }

    #[test]
    fn numbers_and_slices() {
        assert_eq!(number_value("1,037"), Some(1037));
        assert_eq!(number_value("twelve"), Some(12));
        assert_eq!(number_value("men"), None);
        assert_eq!(vague_value("hundreds"), Some(200));
        assert_eq!(head("aİb", 2), "a");
        assert_eq!(tail("aİb", 2), "b");
    }

    #[test]
    fn month_names_and_their_abbreviations() {
        assert_eq!(month_number("Sept"), Some(9));
        assert_eq!(month_number("JUL"), Some(7));
        assert_eq!(month_number("ma"), None, "too short to tell May from March");
        assert_eq!(month_number("Julyish"), None);
    }
}

//! Where an event happened, among the places its sentence names: the place nearest the
//! trigger, preferring precise places, never a word that only modifies something ("US-made
//! arms", "a Kabul-based outlet", "Iran's foreign minister"), a country that stands for its
//! forces ("US troops left"), or a reference point ("an hour's drive from Kabul", "40 km north
//! of Herat"). A list of places of one precision ("clashes in Ghazni and Lashkar Gah, and
//! Pul-e-Khumri") gives one place each; an enclosing unit ("Kani (Yinmarbin, Sagaing)") is not
//! a list item.

use std::ops::Range;

use super::{EventKind, EventType};
use crate::geoparse::{MentionForm, Precision, Toponym};
use crate::text::{COMPASS_POINTS, Word, has_word_pair, head, km_per, tail, words};

/// How far a place's precision ranks it, in characters of distance, when choosing a
/// sentence's place: a town 40 characters away beats the province next to the trigger.
fn precision_penalty(precision: Precision) -> usize {
    match precision {
        Precision::Site | Precision::Town => 0,
        Precision::District => 40,
        Precision::Province => 80,
        Precision::Country => 200,
        Precision::Region => 300,
    }
}

/// Words after a country's name that make it an actor, not a place: "US forces left".
const ACTOR_NOUNS: &[&str] = &[
    "forces",
    "troops",
    "soldiers",
    "military",
    "officials",
    "official",
    "government",
    "embassy",
    "army",
    "commander",
    "commanders",
    "delegation",
    "special",
    "president",
    "defence",
    "defense",
    "heavy",
    "diplomats",
    "intelligence",
    "&",
    "and",
];

/// Nouns that end the name of an armed group or a cartel ("the Jalisco New Generation
/// Cartel", "the Kachin Independence Army", "the Tigray Defense Forces").
const GROUP_NOUNS: &[&str] = &[
    "cartel",
    "army",
    "front",
    "movement",
    "forces",
    "brigade",
    "brigades",
    "battalion",
    "regiment",
    "militia",
    "alliance",
];

/// Whether the words after a name, capitalised up to a noun of [`GROUP_NOUNS`], make it the
/// start of a group's name: the group's home, not where it acts.
fn opens_a_group_s_name(after: &str) -> bool {
    let Some(after) = after.strip_prefix(' ') else {
        return false;
    };
    for word in after.split(' ').take(4) {
        let bare = word.trim_end_matches([',', '.', ';', ':', ')']);
        if !bare.starts_with(char::is_uppercase) || bare.contains(char::is_whitespace) {
            return false;
        }
        if GROUP_NOUNS.contains(&bare.to_lowercase().as_str()) {
            return true;
        }
        if bare.len() < word.len() {
            return false;
        }
    }
    false
}

/// Words after a name that make it part of a title: "Badghis governor", "Kabul police chief",
/// "al-Qaeda's Sahel affiliate", "Al-Masirah television", the 'Dnepr' group of forces; or of
/// a vehicle's registration ("a van with North Carolina licence plates").
const TITLE_NOUNS: &[&str] = &[
    // "the Liverpool winger": a football club's player.
    "winger",
    "striker",
    "midfielder",
    "goalkeeper",
    "defender",
    "governor",
    "provincial",
    "regional",
    "council",
    "spokesman",
    "spokeswoman",
    "mayor",
    "authorities",
    "administration",
    "resident",
    "residents",
    "native",
    "commander",
    "commanders",
    "official",
    "officials",
    "chief",
    "envoy",
    "affiliate",
    "branch",
    "franchise",
    "offshoot",
    "television",
    "tv",
    "radio",
    "channel",
    "newspaper",
    "group",
    "grouping",
    // "the Damascus government": who acts, not where.
    "government",
    "regime",
    "forces",
    "licence",
    "license",
    "plates",
    "registration",
];

/// Buildings that a title noun may name ("the provincial council building"): in the place.
const BUILDING_NOUNS: &[&str] = &[
    "building",
    "office",
    "offices",
    "headquarters",
    "compound",
    "premises",
    "palace",
    "hospital",
];

/// Nouns of agreements and talks, which a place before names ("the Doha talks") and a place
/// after "with" is a party to ("an agreement with Paris").
const AGREEMENT_NOUNS: &[&str] = &[
    "agreement",
    "agreements",
    "accord",
    "accords",
    "deal",
    "treaty",
    "talks",
    "negotiations",
    "peace",
    "ceasefire",
    "truce",
    "cooperation",
    "relations",
    "ties",
    "summit",
    "process",
    "reconciliation",
    "rapprochement",
    "normalisation",
    "normalization",
];

/// Weapons named after a place, or launched from one ("Grad rockets", "Gaza rockets").
const WEAPON_NOUNS: &[&str] = &[
    "rocket",
    "rockets",
    "missile",
    "missiles",
    "launcher",
    "launchers",
    "shells",
    "mortars",
];

/// Whether the name is a wire story's dateline, where the reporter filed from: at the start
/// of a line, in capitals, before a dash or a parenthesis, perhaps after a country
/// ("MOGADISHU - ", "PEMBA, Mozambique - ", "KYIV (Reuters) - ").
fn is_dateline(text: &str, toponym: &Toponym, after: &str) -> bool {
    // Only the blanks before the name are read, so a long line stays linear.
    let before =
        text[..toponym.span.start].trim_end_matches(|c: char| c.is_whitespace() && c != '\n');
    // "ISLAMABAD/KABUL, Dec 25 - ": a dateline of two towns; each is the dateline's.
    let in_capitals = |s: &str| !s.chars().any(char::is_lowercase);
    let before = match before.strip_suffix('/') {
        Some(first) => {
            let line = tail(first, 40);
            let from = line.rfind('\n').map_or(0, |at| at + 1);
            if !in_capitals(&line[from..]) || (from == 0 && line.len() < first.len()) {
                return false;
            }
            &first[..first.len() - (line.len() - from)]
        }
        None => before,
    };
    // "THE HAGUE, July 11 - ": the article of a town's name.
    let before = match before.strip_suffix("THE") {
        Some(rest) if rest.is_empty() || rest.ends_with(char::is_whitespace) => rest,
        _ => before,
    };
    let after = match after.strip_prefix('/') {
        Some(rest) => rest
            .trim_start_matches(|c: char| !c.is_lowercase() && !",-(\u{2013}\u{2014}".contains(c)),
        None => after,
    };
    // "KHARKIV REGION — ": a unit's word in capitals after the name is the dateline's too.
    let after = match after
        .strip_prefix(' ')
        .and_then(|rest| rest.split_once(' '))
    {
        Some((word, rest))
            if word.len() > 2
                && !word.chars().any(char::is_lowercase)
                && crate::geoparse::is_unit_word(word) =>
        {
            rest
        }
        _ => after,
    };
    let line_start = opens_its_line(before, 80);
    let surface = &text[toponym.span.clone()];
    let capitals = surface.chars().filter(|c| c.is_alphabetic()).count() >= 3
        && !surface.chars().any(char::is_lowercase);
    let dash = |s: &str| {
        s.trim_start()
            .starts_with(['-', '\u{2013}', '\u{2014}', '('])
    };
    // "PEMBA, Mozambique - ": the country after the dateline's town.
    let near = tail(before, 48);
    let after_dateline_town = dash(after)
        && (near.contains('\n') || near.len() == before.len())
        && near
            .rsplit('\n')
            .next()
            .and_then(|line| line.trim().strip_suffix(','))
            .is_some_and(|town| {
                town.chars().filter(|c| c.is_alphabetic()).count() >= 3
                    && !town.chars().any(char::is_lowercase)
            });
    if after_dateline_town {
        return true;
    }
    let after_country = after
        .strip_prefix(',')
        .and_then(|rest| rest.find(crate::text::DASHES).map(|at| &rest[..at]))
        .is_some_and(|country| !country.contains('.') && country.split_whitespace().count() <= 3);
    // "Idlib, SANA – ", "Aden (Saba) – ", "Kinshasa, 28 January 2025 — ": a town in title
    // case before its agency or its date.
    line_start
        && ((capitals && (dash(after) || after_country))
            || crate::text::before_agency(after)
            || crate::text::before_dateline_date(after))
}

/// The town of the text's dateline ("TRIPOLI, Aug 15 (Reuters) - "), if it has one: what
/// "the capital" or "the town" of its first lines may stand for.
pub(super) fn dateline_town<'a>(text: &str, toponyms: &'a [Toponym]) -> Option<&'a Toponym> {
    toponyms.iter().take(3).find(|t| {
        t.precision == Precision::Town
            && is_dateline(text, t, crate::text::head(&text[t.span.end..], 40))
    })
}

/// Hyphenated words after a name that make it a modifier: "US-made", "Kabul-based".
const MODIFIER_SUFFIXES: &[&str] = &[
    "-made",
    "-based",
    "-backed",
    "-led",
    "-born",
    "-linked",
    "-allied",
    "-funded",
    "-trained",
    "-supplied",
    "-style",
    "-bound",
    "-registered",
    "-owned",
    "-sponsored",
    "-aligned",
];

/// Whether `text` ends with `suffix` (ASCII), in any case.
fn ends_with_ignoring_case(text: &str, suffix: &str) -> bool {
    (text.len().checked_sub(suffix.len()))
        .and_then(|at| text.as_bytes().get(at..))
        .is_some_and(|end| end.eq_ignore_ascii_case(suffix.as_bytes()))
}

/// Nouns after a city's possessive that make it a government that fights ("Kyiv's forces").
const FORCES_OF_A_SEAT: &[&str] = &[
    "forces",
    "troops",
    "military",
    "army",
    "regime",
    "missiles",
    "drones",
    "warplanes",
];

/// Words before a river's name ("across the Dnipro").
const RIVER_PHRASES: &[&str] = &[
    "across the ",
    "along the ",
    // "pulled back towards the Dnipro": a town takes no article.
    "towards the ",
    "toward the ",
    "bank of the ",
    "banks of the ",
    "crossed the ",
    "crossing the ",
    // "settlements within 15 km of the Dnipro".
    "km of the ",
    "km from the ",
    "kilometres of the ",
    "kilometres from the ",
    "kilometers of the ",
    "kilometers from the ",
    "miles of the ",
    "miles from the ",
];

/// Whether the place name only modifies another word, or a country stands for its forces or
/// government ("US troops", "US & UK troops", "the US's departure", "the US withdrew").
fn is_not_the_place(text: &str, toponym: &Toponym, starts_trigger: impl Fn(&str) -> bool) -> bool {
    let before = tail(&text[..toponym.span.start], 5).to_lowercase();
    if before.ends_with("pro-") || before.ends_with("anti-") {
        return true;
    }
    // "across the Dnipro", "the left bank of the Dnipro": a river that shares a town's name.
    let phrase_before = tail(&text[..toponym.span.start], 20).to_lowercase();
    // ("the push toward the Tabqa dam": a thing named after the town, not a river.)
    let names_a_thing = || {
        (text[toponym.span.end..].strip_prefix(' ')).is_some_and(|after| {
            after.starts_with(char::is_lowercase) && !after.starts_with("river")
        })
    };
    // ("across the Irrawaddy from the city": so is a province named after its river, when no
    // word after makes it the province or its valley.)
    let province_named = || {
        // (Or the name says so itself: "across the Eastern Province".)
        let own_last = text[toponym.span.clone()].rsplit(' ').next().unwrap_or("");
        let next = text[toponym.span.end..].trim_start();
        let next = next
            .split(|c: char| !c.is_alphabetic())
            .next()
            .unwrap_or("");
        ["Region", "Division", "State", "Province"].contains(&own_last)
            || [
                "region", "division", "state", "province", "valley", "basin", "delta", "plain",
                "plains",
            ]
            .contains(&next)
    };
    let river_or_town = toponym.precision == Precision::Town
        || (toponym.precision == Precision::Province && !province_named());
    if river_or_town
        && RIVER_PHRASES
            .iter()
            .any(|p| phrase_before.ends_with(p) && !(p.starts_with("toward") && names_a_thing()))
    {
        return true;
    }
    // "banners reading \"Free Azov\"": a slogan's words, not where it was carried.
    let slogan = [
        "reading \"",
        "reading \u{201c}",
        "read \"",
        "read \u{201c}",
        "saying \"",
    ]
    .iter()
    .find_map(|opening| phrase_before.rfind(opening).map(|at| at + opening.len()))
    .is_some_and(|quoted| !phrase_before[quoted..].contains(['"', '\u{201d}']));
    if slogan {
        return true;
    }
    // "al-Qaeda's affiliate in the Sahel": the region of a group's branch.
    if [
        "affiliate in ",
        "affiliate in the ",
        "branch in ",
        "branch in the ",
    ]
    .iter()
    .any(|p| phrase_before.ends_with(p))
    {
        return true;
    }
    let after = crate::text::head(&text[toponym.span.end..], 40);
    if toponym.precision == Precision::Town && is_an_epithet(&text[..toponym.span.start], after) {
        return true;
    }
    let after_lower = after.to_lowercase();
    // A hyphen may be typeset as U+2010 ("US\u{2010}led").
    let dashed = after_lower.replace('\u{2010}', "-");
    if MODIFIER_SUFFIXES.iter().any(|s| dashed.starts_with(s)) {
        return true;
    }
    // "the Mykolaiv-oblast town": the unit says where the town is; the town is the place,
    // named before ("the town" points back).
    let unit_of_a_town = dashed.strip_prefix('-').and_then(|rest| {
        let (unit, rest) = rest.split_once(' ')?;
        let noun = rest.split(|c: char| !c.is_alphabetic()).next()?;
        (crate::geoparse::is_unit_word(unit) && ["town", "city", "village"].contains(&noun))
            .then_some(())
    });
    if unit_of_a_town.is_some() {
        return true;
    }
    if is_dateline(text, toponym, after) {
        return true;
    }
    // "Badghis governor", "the Kandahar police chief": a title, not where it happened.
    let next = after_lower
        .trim_start_matches(['\'', '"', '\u{2019}', '\u{201D}'])
        .trim_start()
        .split(|c: char| !c.is_alphanumeric() && c != '-')
        .next()
        .unwrap_or("");
    // "outside the Basra provincial council building" is a place in Basra; "the Kherson
    // regional prosecutor's office said" is who spoke.
    // The text before the name, past a "the" ("with the", "in front of the").
    let before_name = {
        let before = text[..toponym.span.start].trim_end();
        before.strip_suffix(" the").unwrap_or(before)
    };
    let a_building = || {
        // "gathered in front of the Shaqqa municipality": what stands somewhere.
        if [
            "in front of",
            "outside",
            "at the gate of",
            "at the gates of",
        ]
        .iter()
        .any(|p| ends_with_ignoring_case(before_name, p))
        {
            return true;
        }
        let mut next_words = after_lower
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty());
        next_words
            .by_ref()
            .take(4)
            .any(|w| BUILDING_NOUNS.contains(&w))
            && !next_words
                .next()
                .is_some_and(|w| ["said", "says", "reported", "announced"].contains(&w))
    };
    // "the Kyiv military grouping", "the Kherson military administration", "the Kyiv
    // military's eastern grouping" (not "the Bosso military post").
    let military_title = || {
        let mut next_words = after_lower.split_whitespace();
        match next_words.next() {
            Some("military's" | "military\u{2019}s") => true,
            // ("the Taiz military axis", a command of Yemen's army; "the Lyman axis" is a
            // front.)
            Some("military") => next_words
                .next()
                .is_some_and(|w| TITLE_NOUNS.contains(&w) || w == "axis"),
            _ => false,
        }
    };
    if (TITLE_NOUNS.contains(&next) || (next == "military" && military_title()))
        && !after_lower.starts_with(',')
        && !a_building()
    {
        return true;
    }
    if opens_a_group_s_name(after) {
        return true;
    }
    // "blaming Kyiv's forces", "Moscow's troops pushed on": a seat of government whose armed
    // forces act is no place of what they do.
    if toponym.precision == Precision::Town
        && crate::text::opens_with_possessive(after)
        && after_lower
            .split_whitespace()
            .nth(1)
            .is_some_and(|noun| FORCES_OF_A_SEAT.contains(&noun.trim_end_matches([',', '.', ';'])))
    {
        return true;
    }
    // "the Pretoria peace agreement", "the Doha talks": an agreement named after its venue;
    // "across the Kakhovka reservoir at Nikopol": a body of water named after a town.
    // "the Zaporizhzhia nuclear plant" lies in Enerhodar: a plant named after a place; "the
    // Santa Lúcia farm" lies in Pau D'Arco, far from any Santa Luzia: a property named so.
    if AGREEMENT_NOUNS.contains(&next)
        || [
            "reservoir",
            "canal",
            "nuclear",
            "farm",
            "ranch",
            "plantation",
        ]
        .contains(&next)
    {
        return true;
    }
    // "its agreement with Paris", "talks with Kabul", "a summit with the western Balkans": a
    // party to it.
    let after_with = || {
        ends_with_ignoring_case(before_name, "with")
            || ["western", "eastern", "northern", "southern"]
                .iter()
                .any(|side| before_name.ends_with(side))
    };
    if after_with() {
        let before = words(tail(&text[..toponym.span.start], 60));
        let party = match before.as_slice() {
            [rest @ .., the, side] if the.lower == "the" && side.lower.ends_with("ern") => rest,
            [rest @ .., the] if the.lower == "the" => rest,
            all => all,
        };
        if let [.., a, b, c, with] = party
            && with.lower == "with"
            && [a, b, c]
                .iter()
                .any(|w| AGREEMENT_NOUNS.contains(&w.lower.as_str()))
        {
            return true;
        }
    }
    // "relations between Islamabad and Kabul": parties to them.
    let between_parties = || {
        let window = tail(&text[..toponym.span.start], 48);
        if !window.contains("between") {
            return false;
        }
        let back = words(window);
        let at = back.iter().rposition(|w| w.lower == "between");
        at.is_some_and(|at| {
            at + 4 >= back.len()
                && at > 0
                && [
                    "relations",
                    "ties",
                    "tensions",
                    "tension",
                    "rift",
                    "talks",
                    "mediating",
                    "mediated",
                    "mediation",
                ]
                .contains(&back[at - 1].lower.as_str())
                && back[at + 1..].iter().all(|w| {
                    w.lower == "and" || window[w.span.clone()].starts_with(char::is_uppercase)
                })
        })
    };
    if between_parties() {
        return true;
    }
    // "Wulumuqi Road, named after the Xinjiang capital Urumqi": what a name was taken from.
    if is_what_a_name_was_taken_from(&text[..toponym.span.start]) {
        return true;
    }
    // "Fano militiamen", "Lions' Den gunmen": a group named after a place; "Grad rockets".
    if crate::text::names_a_group(text, &toponym.span)
        || crate::text::speaks_for_a_government(text, &toponym.span)
        || WEAPON_NOUNS.contains(&next)
    {
        return true;
    }
    if toponym.precision != Precision::Country {
        return false;
    }
    if crate::text::opens_with_possessive(&after_lower) {
        return true;
    }
    let next_word = after_lower
        .trim_start()
        .split(|c: char| c.is_whitespace() || c == ',')
        .next()
        .unwrap_or("");
    ACTOR_NOUNS.contains(&next_word) || starts_trigger(next_word)
}

/// Whether a place after `before` is what a street, a unit or a ship is named after ("named
/// after the Xinjiang capital Urumqi", "renamed for Kherson"): only an article, names and
/// words for a place between.
fn is_what_a_name_was_taken_from(before: &str) -> bool {
    const BETWEEN: &[&str] = &["the", "a", "capital", "city", "town", "port", "village"];
    let window = tail(before, 60);
    let back = words(window);
    let Some(at) = back
        .iter()
        .rposition(|w| ["after", "for"].contains(&w.lower.as_str()))
    else {
        return false;
    };
    at > 0
        && ["named", "renamed"].contains(&back[at - 1].lower.as_str())
        && back[at + 1..].iter().all(|w| {
            BETWEEN.contains(&w.lower.as_str())
                || window[w.span.clone()].starts_with(char::is_uppercase)
        })
        && !window[back[at].span.end..].contains([',', ';', '.', '(', ')'])
}

/// Where someone spoke is not where it happened ("speaking to reporters in Mogadishu", "said
/// from Muscat", "a statement from its headquarters in Nairobi", "told a news conference in
/// Abuja", "announced the capture from Bamako": the event's own words, at `trigger`, may
/// stand between), unless what happened is what was said: talks, an agreement, a group's
/// change ("announced in a statement issued in Baghdad that it was suspending operations").
fn is_where_someone_spoke(
    text: &str,
    toponym: &Toponym,
    look: &LookBack,
    kind: EventKind,
    trigger: &Range<usize>,
) -> bool {
    if matches!(
        kind,
        EventKind::Talks
            | EventKind::Agreement
            | EventKind::Mobilisation
            | EventKind::OtherDevelopment
    ) {
        return false;
    }
    /// Words of speaking.
    const SPEECH: &[&str] = &[
        "said",
        "says",
        "say",
        "told",
        "telling",
        "speaking",
        "spoke",
        "statement",
        "conference",
        "briefing",
        "interview",
        "remarks",
        "announced",
        "announcement",
        "message",
    ];
    /// Words that may stand between them and the place ("told reporters in", "a statement
    /// issued from its headquarters in").
    const BETWEEN: &[&str] = &[
        "to",
        "reporters",
        "journalists",
        "a",
        "an",
        "the",
        "its",
        "his",
        "her",
        "their",
        "issued",
        "released",
        "posted",
        "sent",
        "news",
        "press",
        "telephone",
        "headquarters",
        "office",
        "from",
        "in",
        "at",
        "by",
        "phone",
        "televised",
        "carried",
        // "a statement read on national television in Lomé".
        "read",
        "on",
        "national",
        "state",
        "television",
        "radio",
        "broadcast",
    ];
    /// Those who speak for a government or an army from afar ("officials in Kyiv said", "the
    /// president's office in Juba accused").
    const SPEAKERS: &[&str] = &[
        "officials",
        "official",
        "authorities",
        "ministry",
        "spokesman",
        "spokeswoman",
        "spokesperson",
        "government",
        "staff",
        "command",
        "presidency",
        "office",
        "palace",
        "embassy",
        "diplomats",
        "analysts",
        "source",
        "sources",
        "leaders",
        "politicians",
        "lawmakers",
        "ministers",
        "governments",
        "administration",
        "organisation",
        "organization",
        "committee",
        "agency",
        "coalition",
        "mission",
        "council",
        "pentagon",
        "kremlin",
        "minister",
        "president",
        "court",
        "courts",
        "junta",
        "regime",
        "rulers",
        // "the mission's observers in Adamawa report that".
        "observers",
        "monitors",
    ];
    /// Verbs of speaking after the speaker and the place.
    const SPOKE: &[&str] = &[
        "said",
        "says",
        "told",
        "called",
        "announced",
        "claimed",
        "reported",
        "report",
        "reports",
        "stated",
        "confirmed",
        "denied",
        "accused",
        "warned",
        "insisted",
        "condemned",
        "hailed",
        "welcomed",
        "praised",
        "vowed",
        "declined",
        "say",
        "blamed",
        "urged",
        "rejected",
        "dismissed",
        "commented",
        "declared",
        "ruled",
        // "the authorities in Tashkent put the death toll at nine".
        "put",
        "estimated",
        // "the government in Bamako did not comment".
        "comment",
    ];
    // "A rights group based in Aden condemned", "the media centre, based in Mokha, said": an
    // organisation's seat (a commander based in a province fights there), and the seat's unit
    // ("the US Central Command, based in Tampa, Florida").
    let seat_of_an_organisation = {
        let last = &look.words[look.words.len().saturating_sub(6)..];
        let last = match last {
            [rest @ .., _seat] if look.window.trim_end().ends_with(',') => rest,
            all => all,
        };
        // "The UN envoy, who is based in Amman, said": anyone based there, set apart by
        // commas, who speaks next (not "militiamen based in Bossangoa announced").
        let speaks_next = || {
            let after = text[toponym.span.end..].strip_prefix(", ");
            after.is_some_and(|after| {
                (words(head(after, 24)).first()).is_some_and(|w| SPOKE.contains(&w.lower.as_str()))
            })
        };
        match last {
            [before @ .., based, at] => {
                ["based", "headquartered"].contains(&based.lower.as_str())
                    && at.lower == "in"
                    && ((before.iter()).any(|w| ORGANISATIONS.contains(&w.lower.as_str()))
                        || speaks_next())
            }
            _ => false,
        }
    };
    // "The attack was condemned by politicians in Belfast, Dublin and London": the speakers
    // of a passive verb, before the list the place is in.
    let spoken_by = || {
        let before = crate::text::before_a_list(&text[..toponym.span.start]);
        let back = words(tail(before, 60));
        let lower = |k: usize| {
            back.len()
                .checked_sub(k)
                .map_or("", |i| back[i].lower.as_str())
        };
        // "by politicians in", "by party leaders in".
        ["in", "from"].contains(&lower(1))
            && SPEAKERS.contains(&lower(2))
            && (3..=4).any(|k| lower(k) == "by" && SPOKE.contains(&lower(k + 1)))
    };
    let offset = look.start;
    let mut recent = look.words.iter().rev();
    // "analysts in the Omani capital say": "the" before a demonym's capital.
    let mut last = recent.next();
    if last.is_some_and(|w| w.lower == "the") && text[toponym.span.end..].starts_with(" capital") {
        last = recent.next();
    }
    // "the authorities in Kazakhstan's capital, Astana, blamed": the capital's name in
    // apposition, the country's name before it.
    if last.is_some_and(|w| w.lower == "capital") {
        let at =
            (recent.clone().take(4)).position(|w| ["in", "from", "at"].contains(&w.lower.as_str()));
        if let Some(at) = at {
            last = recent.nth(at);
        }
    }
    if !last.is_some_and(|w| ["in", "from", "at"].contains(&w.lower.as_str())) {
        return seat_of_an_organisation || spoken_by();
    }
    // "The General Staff in Kyiv said the assaults were repelled", "community leaders in
    // Bamako have called for protection".
    // "The Ministry of National Defence in Ankara said": the speaker's noun may stand a few
    // words back.
    // "Officials in Muscat, who have acted as go-betweens, have not commented": past a
    // relative clause.
    let speaker_there = (recent.clone().take(4)).any(|w| SPEAKERS.contains(&w.lower.as_str()))
        && words(head(
            crate::text::after_a_subject(&text[toponym.span.end..]),
            32,
        ))
        .iter()
        // "has repeatedly warned", "later claimed", "the Omani capital say", "have not
        // commented".
        .find(|w| {
            ![
                "have", "has", "had", "did", "later", "also", "capital", "not",
            ]
            .contains(&w.lower.as_str())
                && !w.lower.ends_with("ly")
        })
        .is_some_and(|w| SPOKE.contains(&w.lower.as_str()));
    // "In Kabul, the defence ministry said the withdrawals were tactical": the place opens the
    // sentence, and the speaker and the verb follow it.
    let opens_the_sentence = text[..toponym.span.start]
        .trim_end()
        .strip_suffix("In")
        .map(str::trim_end)
        .is_some_and(|rest| rest.is_empty() || rest.ends_with(['.', '\n']));
    let speaker_after = opens_the_sentence && text[toponym.span.end..].starts_with(", ") && {
        let after = words(head(&text[toponym.span.end..], 60));
        // "In Paris, President Emmanuel Macron's office said": the last speaker's noun.
        (after.iter().take(5))
            .rposition(|w| SPEAKERS.contains(&w.lower.as_str()))
            .is_some_and(|at| {
                (after.iter().skip(at + 1).take(4)).any(|w| SPOKE.contains(&w.lower.as_str()))
            })
    };
    let in_trigger = |w: &&Word| trigger.contains(&(offset + w.span.start));
    // "told The Associated Press by phone from the Gambian capital": the verb past the name
    // of whom it was told.
    let told_past_a_name = || {
        (recent.clone().take(8))
            .filter(|w| !text[offset + w.span.start..].starts_with(char::is_uppercase))
            .find(|w| !BETWEEN.contains(&w.lower.as_str()) && !in_trigger(w))
            .is_some_and(|w| SPEECH.contains(&w.lower.as_str()))
    };
    let noun =
        (recent.clone().take(6)).find(|w| !BETWEEN.contains(&w.lower.as_str()) && !in_trigger(w));
    // "appeared on Wednesday before a judge in Damascus, accused of killing a baker outside
    // Douma": a court's town, before the event the court hears of (not "a bomb exploded
    // outside a court in Mogadishu").
    let court_before_the_event = trigger.start > toponym.span.end
        && noun.is_some_and(|w| COURTS.contains(&w.lower.as_str()));
    seat_of_an_organisation
        || speaker_there
        || speaker_after
        || spoken_by()
        || told_past_a_name()
        || noun.is_some_and(|w| SPEECH.contains(&w.lower.as_str()))
        || court_before_the_event
}

/// Courts and those who sit in them, who hear of an event where they sit.
const COURTS: &[&str] = &[
    "court",
    "courts",
    "judge",
    "judges",
    "tribunal",
    "prosecutor",
    "prosecutors",
    "hearing",
];

/// Bodies whose seat is no event's place: where they are based is where they speak from.
const ORGANISATIONS: &[&str] = &[
    "organisation",
    "organisations",
    "organization",
    "organizations",
    "group",
    "groups",
    "command",
    "centre",
    "center",
    "monitor",
    "observatory",
    "agency",
    "network",
    "outlet",
    "channel",
    "website",
    "newspaper",
    "committee",
    "charity",
    "ngo",
    "government",
    "government-in-exile",
    "movement",
    "party",
    "council",
    "association",
    "union",
    "foundation",
    "watchdog",
];

/// Whether `toponym` is named in the title of someone who speaks ("the prefect of Haut-Mbomou
/// told our correspondent", "the governor of Zamfara said"): where the speaker governs, which
/// a place named in another clause of the sentence narrows.
pub(super) fn is_in_a_speaker_s_title(text: &str, toponym: &Toponym) -> bool {
    titled(&LookBack::new(text, toponym))
        && speaks_within(&words(head(&text[toponym.span.end..], 40)), 0)
}

/// Whether the words just before a place end in a speaker's title and "of" ("the governor
/// of").
fn titled(look: &LookBack) -> bool {
    match look.within(40) {
        [.., title, of] => of.lower == "of" && SPEAKER_TITLES.contains(&title.lower.as_str()),
        _ => false,
    }
}

/// Titles of those who speak for where they govern or serve.
const SPEAKER_TITLES: &[&str] = &[
    "governor",
    "prefect",
    "sub-prefect",
    "mayor",
    "administrator",
    "commissioner",
    "chief",
    "commander",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    // "The Diocese of Huehuetenango has learned that": a church speaks for its seat.
    "diocese",
    "archdiocese",
    "bishop",
    "archbishop",
    "mufti",
];

/// Whether a verb of speaking is among the three words from word `from` on.
fn speaks_within(words: &[Word], from: usize) -> bool {
    (words.iter().skip(from).take(3)).any(|w| SPEECH_VERBS.contains(&w.lower.as_str()))
}

/// Whether `toponym` (`look` the words before it) is where a speaker governs or serves: named
/// in the speaker's title (see [`is_in_a_speaker_s_title`]) or qualifying the speaker ("the
/// Gaza health ministry said", "a Kabul police spokesman told", "Kharkiv governor Oleh
/// Syniehubov said").
fn is_the_speaker_s_place(text: &str, toponym: &Toponym, look: &LookBack) -> bool {
    /// Speakers a place qualifies, besides the titles.
    const QUALIFIED: &[&str] = &[
        "ministry",
        "police",
        "administration",
        "authorities",
        "officials",
        "official",
        "office",
        "council",
        "command",
        "department",
        "directorate",
        "prosecutor",
    ];
    let after = &text[toponym.span.end..];
    let after_words = words(head(after, 60));
    // The speaker's noun after at most two words of its own, in one phrase with the place;
    // then the verb, past the speaker's name ("governor Oleh Syniehubov said").
    let speaker = |w: &Word| {
        SPEAKER_TITLES.contains(&w.lower.as_str()) || QUALIFIED.contains(&w.lower.as_str())
    };
    let qualifies = (after_words.iter().take(3))
        .rposition(speaker)
        .is_some_and(|noun| {
            let one_phrase = after[..after_words[noun].span.start]
                .chars()
                .all(|c| c.is_alphabetic() || c == ' ' || c == '-');
            let lower_case_between = (after_words[..noun].iter())
                .all(|w| after[w.span.clone()].starts_with(char::is_lowercase));
            let named = (after_words[noun + 1..].iter())
                .take_while(|w| after[w.span.clone()].starts_with(char::is_uppercase))
                .count();
            one_phrase
                && lower_case_between
                && named <= 3
                && speaks_within(&after_words, noun + 1 + named)
        });
    qualifies || (titled(look) && speaks_within(&after_words, 0))
}

/// Verbs of a speaker right after a title's place ("the governor of Zamfara said").
const SPEECH_VERBS: &[&str] = &[
    "said",
    "says",
    "told",
    "stated",
    "confirmed",
    "reported",
    "learned",
    "learnt",
];

/// Whether `toponym` is where someone spoke of an event ("the presidency in Bamako hailed the
/// capture"), so that "the town" after it does not point back at it.
pub(super) fn is_where_a_speaker_was(text: &str, toponym: &Toponym) -> bool {
    let look = LookBack::new(text, toponym);
    is_where_someone_spoke(text, toponym, &look, EventKind::Assault, &(0..0))
}

/// "West of Kabul", "an hour's drive from Kabul", "30 km from Herat": the place is a reference
/// point and the event is elsewhere. Reads only the few words before the name.
fn reference_penalty(look: &LookBack) -> usize {
    let before = look.window;
    let before_words = look.within(48);
    let last = |k: usize| nth_from_end(before_words, k);
    // "an hour's drive from the Afghan capital Kabul": "from" after a distance, a few words back.
    let distance_from = (1..=5).any(|k| {
        last(k) == "from"
            && [
                "km",
                "kilometres",
                "kilometers",
                "miles",
                "drive",
                "hour",
                "hours",
                "away",
            ]
            .contains(&last(k + 1))
    });
    // "the Russian-held bank of the Dnipro": a river's bank, not the town of its name.
    let bank = |word: &str| ["bank", "banks", "shore", "shores"].contains(&word);
    // "al-Tabni, the town on the Euphrates between Raqqa and Deir ez-Zor", "the road between
    // Kabul and Jalalabad": what a town or a road lies between. Not "fighting between Kherson
    // and Mykolaiv".
    let between_at = match last(1) {
        "between" => Some(1),
        "and" => (3..=5).find(|&k| last(k) == "between"),
        _ => None,
    };
    let lies_between = between_at.is_some_and(|at| {
        let all = |k: usize| nth_from_end(&look.words, k);
        (at + 1..=at + 8).any(|k| {
            [
                "town", "city", "village", "road", "highway", "route", "located", "lies",
                "situated", "midway", "halfway",
            ]
            .contains(&all(k))
        })
    });
    let reference = distance_from
        || lies_between
        || match last(1) {
            // A compass direction before "of" makes the next place a reference point
            // ("30 km west of the island town of Lamu"), but "in the north of Marib city" is
            // within it.
            "of" => {
                (COMPASS_POINTS.contains(&last(2))
                    && !(last(3) == "the"
                        && ["in", "across", "throughout", "into"].contains(&last(4))))
                    || bank(last(2))
                    || (["town", "city", "village", "port", "capital"].contains(&last(2))
                        && (3..=6)
                            .any(|k| last(k) == "of" && COMPASS_POINTS.contains(&last(k + 1))))
            }
            "the" => last(2) == "of" && bank(last(3)),
            // "10 km outside Kyauktaw" is a reference; "just outside Konduga" is Konduga.
            "outside" => (2..=4).any(|k| km_per(last(k)).is_some()),
            // "on the road to Dori", "the track leading north towards Tougbo": where a route
            // leads, not where it happened.
            "to" | "towards" | "toward" => (2..=4)
                .any(|k| ["road", "highway", "route", "way", "track", "axis"].contains(&last(k))),
            // "a town close to the border with Shenzhen": the country across it.
            "with" => ["border", "frontier", "boundary"].contains(&last(2)),
            _ => false,
        };
    // "10 kilometres outside Kyauktaw": a place that near is where an analyst puts it.
    let near = stated_km(&last).is_some_and(|km| km <= NEAR_KM);
    // "the town of Taza, south of Kirkuk": a name set just beside it, with no distance, lies
    // near it; when that name is no place of the gazetteer, the reference stands for it (a
    // place the gazetteer knows there is taken before it, see `event_places`).
    let beside_a_name =
        last(1) == "of" && COMPASS_POINTS.contains(&last(2)) && before_words.len() >= 3 && {
            let [name, point] = [3, 2].map(|k| &before_words[before_words.len() - k]);
            before[name.span.end..point.span.start].trim() == ","
                && before[name.span.clone()].starts_with(char::is_uppercase)
        };
    let near = near || beside_a_name;
    match (reference, near) {
        (false, _) => 0,
        (true, true) => NEAR_REFERENCE,
        (true, false) => FAR_REFERENCE,
    }
}

/// The `k`-th word from the end of `words` (1 is the last), lower case; "" before the first.
fn nth_from_end(words: &[Word], k: usize) -> &str {
    (words.len().checked_sub(k))
        .and_then(|i| words.get(i))
        .map_or("", |w| w.lower.as_str())
}

/// The distance in km stated in the last words before a name ("40 km north of"), given
/// `last(k)`, the k-th word from the end.
fn stated_km<'a>(last: &impl Fn(usize) -> &'a str) -> Option<f64> {
    (2..=6).find_map(|k| {
        let factor = km_per(last(k))?;
        // "30 km", "ten kilometres", "a few kilometres".
        let number = (last(k + 1).parse::<f64>().ok())
            .or_else(|| crate::text::number_value(last(k + 1)).map(|n| n as f64))
            .or_else(|| (last(k + 1) == "few").then_some(3.0))?;
        Some(number * factor)
    })
}

/// Whether a place is named at a stated distance beyond [`NEAR_KM`] ("a village 40 km north of
/// Herat").
fn beyond_a_stated_distance(look: &LookBack) -> bool {
    let before_words = look.within(48);
    stated_km(&|k| nth_from_end(before_words, k)).is_some_and(|km| km > NEAR_KM)
}

/// The penalty of a reference point ("40 km north of Herat"): the event is elsewhere.
const FAR_REFERENCE: usize = 150;

/// A reference point this near (km) stands for the place of the event.
const NEAR_KM: f64 = 25.0;

/// The penalty of a near reference point, a district's: it wins over a province, unless the
/// sentence names a town that is no reference point (the village "20 km north of Kharkiv").
const NEAR_REFERENCE: usize = 40;

/// Whether the place is the reference of a near distance set off after a comma, as the
/// whole phrase, after a word that is no name: "went off as a patrol passed, about 8 km
/// east of Nisab town". Such a phrase says where the clause before it happened; after a name
/// ("in Muridke, about 30 km north of Lahore", "in Tabit village, 45 km south-west of El
/// Fasher") it says where that place lies.
pub(super) fn is_a_set_off_distance(text: &str, toponym: &Toponym) -> bool {
    let before = tail(&text[..toponym.span.start], 64);
    let Some(comma) = before.rfind(',') else {
        return false;
    };
    let phrase = words(&before[comma + 1..]);
    let mut rest = phrase.iter().map(|w| w.lower.as_str()).peekable();
    rest.next_if(|w| {
        [
            "about",
            "some",
            "around",
            "nearly",
            "roughly",
            "approximately",
        ]
        .contains(w)
    });
    let number = (rest.next()).and_then(|w| {
        (w.parse::<f64>().ok()).or_else(|| crate::text::number_value(w).map(|n| n as f64))
    });
    let km = (rest.next()).and_then(crate::text::km_per);
    while rest
        .next_if(|w| crate::text::COMPASS_POINTS.contains(w))
        .is_some()
    {}
    let linked = rest.next().is_some_and(|w| ["of", "from"].contains(&w));
    let near = number.zip(km).is_some_and(|(n, km)| n * km <= NEAR_KM);
    let clause_before = tail(&before[..comma], 24);
    let names_before = (words(clause_before).last())
        .is_some_and(|w| clause_before[w.span.clone()].starts_with(char::is_uppercase));
    near && linked && rest.next().is_none() && !names_before
}

/// Whether the place is named only as a reference point ("30 km north of Herat").
pub(super) fn is_reference_point(text: &str, toponym: &Toponym) -> bool {
    reference_penalty(&LookBack::new(text, toponym)) == FAR_REFERENCE
}

/// Whether the place names where another of the sentence's triggers happened, as the word
/// just before it ("the Tehran talks").
pub(super) fn belongs_to_another_trigger(
    text: &str,
    toponym: &Toponym,
    triggers: &[super::triggers::Trigger],
    sentence_start: usize,
    this: &super::triggers::Trigger,
) -> bool {
    triggers.iter().any(|t| {
        let start = sentence_start + t.span.start;
        t.kind != this.kind
            && toponym.span.end <= start
            && text[toponym.span.end..start].trim().is_empty()
    })
}

/// Whether a name, between `before` and `after`, is a famous place's standing for another
/// one: "visitors call it the 'Hiroshima of the Caucasus'", "the Venice of the North".
fn is_an_epithet(before: &str, after: &str) -> bool {
    let before = before
        .trim_end()
        .trim_end_matches(crate::text::QUOTES)
        .trim_end();
    let the_before = before
        .rsplit(|c: char| !c.is_alphanumeric())
        .next()
        .is_some_and(|w| w.eq_ignore_ascii_case("the"));
    let Some(rest) = after.strip_prefix(" of ") else {
        return false;
    };
    let rest = rest.strip_prefix("the ").unwrap_or(rest);
    the_before && rest.starts_with(char::is_uppercase)
}

/// Where something came from or went to is not where it happened ("rockets fired from the
/// Dnipro's bank hit Nikopol", "returning to Aden"), except for flight and withdrawal, and
/// for an abduction or a release from prison, which happened where people were taken from.
fn origin_penalty(look: &LookBack, kind: EventKind) -> usize {
    if matches!(kind, EventKind::Flight | EventKind::Withdrawal) {
        return 0;
    }
    let before = look.window;
    let before_words = look.within(40);
    let mut recent = words_back(before_words);
    recent.truncate(4);
    // "from the occupied bank of X", but not "from Belgorod hit X": no other name between.
    let from = (recent.iter().position(|&w| w == "from")).is_some_and(|at| {
        (before_words.iter().rev().take(at))
            .all(|w| !before[w.span.clone()].starts_with(char::is_uppercase))
    }) && !matches!(kind, EventKind::Abduction | EventKind::PrisonBreak);
    let towards = went_towards(&recent);
    // Both ends of a journey ("a train travelling from Quetta to Peshawar") are farther from
    // the event than a place named on its own; its start ("from") farther than its end.
    let journey = if ends_a_journey(&recent, 1, |w| JOURNEYING.contains(&w)) {
        200
    } else {
        0
    };
    journey + if from || towards { 60 } else { 0 }
}

/// The lower-case words before a name, last first, without the place nouns that name the
/// ones before it: "from the town of Garbahaarrey to Bardhere" reads "from Garbahaarrey to".
fn words_back(words: &[Word]) -> Vec<&str> {
    const PLACE_NOUNS: &[&str] = &["town", "city", "village", "district"];
    let mut back: Vec<&str> = words.iter().rev().map(|w| w.lower.as_str()).collect();
    let mut at = 0;
    while at + 2 < back.len() {
        if back[at] == "of" && PLACE_NOUNS.contains(&back[at + 1]) && back[at + 2] == "the" {
            back.drain(at..at + 3);
        } else {
            at += 1;
        }
    }
    back
}

/// Whether the words just before a name, last first, say people went there ("returning to
/// Aden", "withdrew toward Yangi Qala").
fn went_towards(recent: &[&str]) -> bool {
    const GOING: &[&str] = &[
        "returning",
        "heading",
        "way",
        "road",
        "travelling",
        "traveling",
        "route",
        "back",
        "withdrew",
        "withdrawing",
        "retreated",
        "retreating",
        "fled",
        "fleeing",
    ];
    // "buses bound for Myawaddy".
    let bound_for = recent.first() == Some(&"for") && recent.get(1) == Some(&"bound");
    bound_for || (is_to(recent) && journey_verb(recent).is_some_and(|w| GOING.contains(&w)))
}

/// The verb before "to", "towards" or "for" that ends the words just before a name, last
/// first, past "home": "travelling" in "students travelling home to Addis Ababa".
fn journey_verb<'a>(recent: &[&'a str]) -> Option<&'a str> {
    let (first, rest) = recent.split_first()?;
    if !["to", "towards", "toward", "for"].contains(first) {
        return None;
    }
    match rest {
        ["home", verb, ..] | [verb, ..] => Some(*verb),
        [] => None,
    }
}

/// Verbs of a journey from one place to another.
const JOURNEYING: &[&str] = &["travelling", "traveling", "heading", "going"];

/// Whether the words just before a name, last first, make it an end of a journey from one
/// place to another: just after "from", or after "to" a few words past "from", with a verb
/// `of_the_journey` among the `reach` words before "from" ("travelling from Quetta",
/// "travelling from Quetta to Peshawar", "carrying flour from Homs to al-Qaryatayn").
fn ends_a_journey(recent: &[&str], reach: usize, of_the_journey: impl Fn(&str) -> bool) -> bool {
    /// Words between "to" and "from", at most, in the end of a journey.
    const MAX_FROM_AT: usize = 4;
    (recent.iter().position(|&w| w == "from")).is_some_and(|from| {
        (from == 0 || (is_to(recent) && from <= MAX_FROM_AT))
            && (recent[from + 1..].iter().take(reach)).any(|w| of_the_journey(w))
    })
}

/// Whether the last word before a name, last first, is "to" or "towards".
fn is_to(recent: &[&str]) -> bool {
    recent
        .first()
        .is_some_and(|w| ["to", "toward", "towards"].contains(w))
}

/// The penalty of a place named in a relative clause before the event's verb: more than a
/// sentence's length, as the clause tells another event.
const RELATIVE_CLAUSE_PENALTY: usize = 300;

/// Whether the place is named in a relative clause that ends at the event's verb, about its
/// doers ("relatives of soldiers who went missing near Bakhmut gathered in the square": they
/// did not gather near Bakhmut).
fn in_a_clause_before_the_verb(
    text: &str,
    look: &LookBack,
    toponym: &Toponym,
    trigger: &Range<usize>,
) -> bool {
    if trigger.start < toponym.span.end {
        return false;
    }
    let clause = look.window.rfind([',', ';', '(']).map_or(0, |at| at + 1);
    let relative = |w: &Word| matches!(w.lower.as_str(), "who" | "whom" | "which");
    let Some(opens) = (look.words.iter()).position(|w| w.span.start >= clause && relative(w))
    else {
        return false;
    };
    // "citizens who crossed into Matamoros were kidnapped", "troops who entered the port of
    // Poti blew up": where the doers came to is where they then were.
    let came_to = (look.words[opens + 1..].iter())
        .any(|w| ARRIVING.iter().any(|verb| w.lower.starts_with(verb)));
    // (The clause's own places run up to the verb: "near Bakhmut and Avdiivka gathered".)
    let between = &text[toponym.span.end..trigger.start];
    !came_to && !between.contains([',', ';', '.', ':']) && between.split_whitespace().count() <= 4
}

/// Stems of verbs by which people come to a place.
const ARRIVING: &[&str] = &[
    "enter", "crossed", "arriv", "reach", "came", "moved", "returned", "stormed", "overran",
];

/// The place of a grievance's event ("protesters angry at the fall of Goma attacked the
/// embassies in the capital") is not where the protest was.
fn is_where_a_grievance_was(look: &LookBack) -> bool {
    if !look.window.trim_end().ends_with(" of") {
        return false;
    }
    match look.within(48) {
        [rest @ .., _event, of] if of.lower == "of" => super::modality::grievance_before(rest),
        _ => false,
    }
}

/// Where the authorities a demand went to, or a request came from, sit is not where it was
/// made ("traders shut their shops and demanded better security from the provincial
/// government in Quetta", "called on the authorities in Juba to investigate", "jets struck
/// at the request of the government in Bamako"), nor is where any addressee sits ("read out an
/// appeal addressed to the Red Cross in Geneva").
fn is_where_demands_went(look: &LookBack) -> bool {
    const DEMANDS: &[&str] = &[
        "demanded",
        "demanding",
        "demand",
        "called",
        "calling",
        "urged",
        "urging",
        "appealed",
        "appealing",
        "asked",
        "asking",
        "petitioned",
        "pressed",
        "pressing",
        // "acting at the request of the government in N'Djamena".
        "request",
        "invitation",
        "behalf",
    ];
    const AUTHORITIES: &[&str] = &["government", "authorities", "administration", "leadership"];
    // "would take its demands to Brussels": where a cause will be carried.
    const TAKE: &[&str] = &[
        "take", "takes", "took", "taking", "carry", "carried", "bring",
    ];
    const CAUSES: &[&str] = &[
        "demands",
        "case",
        "protest",
        "protests",
        "campaign",
        "grievances",
    ];
    let before = look.within(64);
    if let [.., take, _, cause, to] = before
        && to.lower == "to"
        && CAUSES.contains(&cause.lower.as_str())
        && TAKE.contains(&take.lower.as_str())
    {
        return true;
    }
    match before {
        [rest @ .., seat, at] if at.lower == "in" => {
            let recent = &rest[rest.len().saturating_sub(8)..];
            let demanded = AUTHORITIES.contains(&seat.lower.as_str())
                && recent.iter().any(|w| DEMANDS.contains(&w.lower.as_str()));
            demanded || recent.iter().any(|w| w.lower == "addressed")
        }
        _ => false,
    }
}

/// Words before a name that make it a place or a people's home, not a government.
const LOCATIVE_OR_OF: &[&str] = &[
    "of", "in", "at", "from", "near", "to", "outside", "inside", "around", "across",
];

/// Whether a city stands for the government it seats, an actor, not a place: "showed that
/// Moscow was not interested in a ceasefire", "press Moscow to withdraw its troops",
/// "prompted Ankara to freeze talks", "Washington insists", "Kyiv and Moscow exchanged
/// prisoners". ("Bakhmut was shelled", "in Moscow" are places.)
fn stands_for_its_government(text: &str, toponym: &Toponym, look: &LookBack) -> bool {
    /// Verbs whose object is the government pressed ("press Moscow to withdraw").
    const PRESSED: &[&str] = &["press", "pressed", "pressing", "pressure", "urge", "urged"];
    /// Verbs whose object a government is when "to" and a verb follow it ("prompted Ankara to
    /// freeze talks").
    const MOVED: &[&str] = &[
        "prompted",
        "prompting",
        "forced",
        "forcing",
        "asked",
        "asking",
        "persuaded",
        "pushed",
        "pushing",
        "convinced",
        "encouraged",
        "allowed",
    ];
    /// Verbs of a government's stance right after its seat's name.
    const STANCES: &[&str] = &[
        "insists",
        "insisted",
        "denies",
        "denied",
        "refuses",
        "refused",
        "rejects",
        "rejected",
        "wants",
        "hopes",
        "demands",
        "demanded",
        "vowed",
        "threatened",
        "retaliated",
        "accused",
        "accuses",
        "blocked",
        "blocks",
        "exchanged",
        "froze",
        "recalled",
        "expelled",
        "summoned",
        "condemned",
    ];
    /// What a government "was" or "is" ("was not interested in a ceasefire").
    const DISPOSITIONS: &[&str] = &[
        "interested",
        "ready",
        "willing",
        "serious",
        "prepared",
        "determined",
        "behind",
        "responsible",
        "blocking",
        "refusing",
        "insisting",
    ];
    if toponym.precision != Precision::Town {
        return false;
    }
    let head_after = head(&text[toponym.span.end..], 48);
    let after = words(head_after);
    let lower = |k: usize| after.get(k).map_or("", |w| w.lower.as_str());
    let object = nth_from_end(look.within(24), 1);
    if PRESSED.contains(&object) || (MOVED.contains(&object) && lower(0) == "to") {
        return true;
    }
    // "Kyiv refused", not "residents of Kyiv blocked" nor "protesters in Kyiv blocked".
    if LOCATIVE_OR_OF.contains(&object) {
        return false;
    }
    // "Kyiv and the DPR exchanged": the first of two parties, names or "the" between.
    let party_before = |k: usize| {
        (1..k).all(|j| {
            lower(j) == "the" || head_after[after[j].span.clone()].starts_with(char::is_uppercase)
        })
    };
    let first_party =
        lower(0) == "and" && (2..=4).any(|k| STANCES.contains(&lower(k)) && party_before(k));
    if first_party {
        return true;
    }
    let verb = match lower(0) {
        "has" | "had" | "would" | "will" => 1,
        _ => 0,
    };
    match lower(verb) {
        "was" | "is" => {
            let next = if lower(verb + 1) == "not" {
                verb + 2
            } else {
                verb + 1
            };
            DISPOSITIONS.contains(&lower(next))
        }
        word => STANCES.contains(&word),
    }
}

/// Where an agreement was signed is not where what it set off happened ("took over security
/// under the peace agreement signed in Pretoria").
fn is_where_a_deal_was_made(look: &LookBack, kind: EventKind) -> bool {
    const MADE: &[&str] = &["signed", "agreed", "reached", "brokered", "negotiated"];
    !matches!(kind, EventKind::Agreement | EventKind::Talks)
        && matches!(look.within(24), [.., made, at]
            if at.lower == "in" && MADE.contains(&made.lower.as_str()))
}

/// Whether the place is named as whom an act was for, not where it was: "fired missiles at
/// ships in solidarity with Palestinians in Gaza", "rallied in support of the people of
/// Kazakhstan", "a vigil in memory of the victims in Chittagong".
fn is_whom_it_was_for(look: &LookBack) -> bool {
    const CAUSES: &[(&str, &[&str])] = &[
        ("solidarity", &["with"]),
        ("support", &["of", "for"]),
        ("sympathy", &["with", "for"]),
        ("memory", &["of"]),
        // "suspected of spying for Moscow": whom a spy served.
        ("spying", &["for"]),
        ("spied", &["for"]),
        ("spies", &["for"]),
        ("honour", &["of"]),
        ("honor", &["of"]),
    ];
    let words = look.within(64);
    let Some((at, prepositions)) = (words.iter().enumerate().rev()).find_map(|(at, w)| {
        let (_, prepositions) = CAUSES.iter().find(|(noun, _)| w.lower == *noun)?;
        Some((at, *prepositions))
    }) else {
        return false;
    };
    let joined =
        (words.get(at + 1)).is_some_and(|next| prepositions.contains(&next.lower.as_str()));
    // Its people ("Palestinians in Gaza") may stand between, not another place: "marched in
    // solidarity with Gaza in London" marched in London.
    let another_place_between = words[at + 1..].iter().any(|w| {
        look.window[w.span.clone()].starts_with(char::is_uppercase) && !w.lower.ends_with('s')
    });
    joined
        && words.len() - at <= 8
        && !another_place_between
        && !look.window[words[at].span.end..].contains([',', ';'])
}

/// Where an operation was ordered or run from, or fire came from, is not where it happened
/// ("the court, which ordered the operation from Madrid", "shells fired from the direction of
/// Tatkon"), except where forces withdrew or fled from.
fn is_where_it_was_run_from(look: &LookBack, kind: EventKind) -> bool {
    const RUN: &[&str] = &[
        "ordered",
        "directed",
        "coordinated",
        "commanded",
        "planned",
        "masterminded",
        "orchestrated",
        "oversaw",
        "overseen",
        "monitored",
    ];
    let before = look.within(48);
    // "artillery fired from the direction of Tatkon": where the fire came from.
    let direction_of = matches!(before, [.., from, the, direction, of]
        if from.lower == "from" && the.lower == "the" && direction.lower == "direction" && of.lower == "of");
    !matches!(kind, EventKind::Flight | EventKind::Withdrawal)
        && (direction_of
            || (matches!(before, [.., from] if from.lower == "from")
                && (before.iter().rev().skip(1).take(4)).any(|w| RUN.contains(&w.lower.as_str()))))
}

/// Whether the place is named as where travellers were going, for an event of `kind` (see
/// `is_where_travellers_were_going`), or as where people came from.
pub(super) fn is_where_the_victims_went_or_came_from(
    text: &str,
    toponym: &Toponym,
    kind: EventKind,
) -> bool {
    let look = LookBack::new(text, toponym);
    is_where_travellers_were_going(&look, kind) || is_where_people_came_from(&look)
}

/// Whether the place is named as where people went ("fled to Kandahar", "made his way back
/// to the coast and across the sea to Obock").
pub(super) fn is_where_someone_went(text: &str, toponym: &Toponym) -> bool {
    let look = LookBack::new(text, toponym);
    is_where_people_fled(&look, EventKind::Assault)
        || verb_then_preposition(look.within(60), 8, &["way"], &["to"])
}

/// Whether the place is named with the unit word `word` (lower case): "Monabbih district",
/// "the district of Monabbih", or an unknown unit's enclosing one ("the Monabbih district of
/// Saada province" for Saada).
pub(super) fn is_named_with_word(text: &str, toponym: &Toponym, word: &str) -> bool {
    let starts_with_word = |s: &str| {
        s.get(..word.len())
            .is_some_and(|head| head.eq_ignore_ascii_case(word))
            && !s[word.len()..].starts_with(char::is_alphanumeric)
    };
    let before = crate::text::tail(&text[..toponym.span.start], 40).trim_end();
    starts_with_word(text[toponym.span.end..].trim_start())
        || before.strip_suffix(" of").is_some_and(|before| {
            let last = before.rsplit(' ').next().unwrap_or(before);
            starts_with_word(last) && last.len() == word.len()
        })
}

/// Whether the place is named as where people or things came from ("returned from Ankara").
pub(super) fn is_where_someone_came_from(text: &str, toponym: &Toponym) -> bool {
    is_where_people_came_from(&LookBack::new(text, toponym))
}

/// Guns and the units that fire them, named before "based in" the place they fire from.
const GUNS: &[&str] = &[
    "artillery",
    "batteries",
    "guns",
    "howitzers",
    "launchers",
    "gunners",
    "units",
];

/// Whether the place is where the guns that fired are based ("artillery units based in
/// Myitkyina shelled villages of Waingmaw township"): the place of the shelling only when the
/// sentence names no other.
fn is_where_the_guns_are_based(look: &LookBack) -> bool {
    based_just_before(look.within(48), GUNS)
}

/// Whether `toponym` is where a trip began (see [`is_where_a_trip_began`]).
pub(super) fn is_where_a_trip_began_at(text: &str, toponym: &Toponym) -> bool {
    is_where_a_trip_began(&LookBack::new(text, toponym))
}

/// Whether the place is where a trip began, named after "back from" or "returning from" and
/// what was there ("back from the away match in Soroti", "returning from a weekly market in
/// Banibangou"). Unlike [`after_an_origin_phrase`]'s, such a place is where the trip's
/// event was when the sentence names no other: the road out of it.
fn is_where_a_trip_began(look: &LookBack) -> bool {
    // (Not "walked home from the night prayer in Qarqin": a walk stays in the town.)
    const RETURNING: &[&str] = &["back", "returning", "returned", "coming"];
    let words = look.within(64);
    let Some(from) = words.iter().rposition(|w| w.lower == "from") else {
        return false;
    };
    let lower_case = |w: &Word| look.window[w.span.clone()].starts_with(char::is_lowercase);
    // What was there, in lower case, then "in" and perhaps the names of the place and its
    // unit ("a market in Banibangou department, Tillabery region").
    let what = &words[from + 1..];
    let names = what
        .iter()
        .rev()
        .take_while(|w| !lower_case(w) || UNIT_WORDS.contains(&w.lower.as_str()));
    let what = &what[..what.len() - names.count()];
    from > 0
        && RETURNING.contains(&words[from - 1].lower.as_str())
        && matches!(what, [.., last] if ["in", "at"].contains(&last.lower.as_str()))
        && (2..=5).contains(&what.len())
        && what.iter().all(lower_case)
}

/// Whether `words` end with one of `nouns` "based in" or "stationed at" ("jets based in").
fn based_just_before(words: &[Word], nouns: &[&str]) -> bool {
    matches!(words, [.., noun, based, at]
        if ["based", "stationed"].contains(&based.lower.as_str())
            && ["in", "at"].contains(&at.lower.as_str())
            && nouns.contains(&noun.lower.as_str()))
}

/// Where the people an event befell came from is not where it happened ("shot dead three
/// labourers from Punjab", "pilgrims from Iran were killed in Karbala"), nor where the
/// aircraft that struck are based ("jets based in the Chadian capital struck a column").
fn is_where_people_came_from(look: &LookBack) -> bool {
    const AIRCRAFT: &[&str] = &[
        "jets",
        "warplanes",
        "aircraft",
        "planes",
        "drones",
        "helicopters",
        "bombers",
    ];
    let last = match look.within(48) {
        [rest @ .., the] if the.lower == "the" => rest,
        all => all,
    };
    let aircraft_based = based_just_before(last, AIRCRAFT);
    // "labourers from Multan and Bahawalpur": the list's last name reads the words before
    // its first.
    let listed = crate::text::before_a_list(look.window);
    let people_from = |words: &[Word]| verb_then_preposition(words, 2, PEOPLE_FROM, &["from"]);
    aircraft_based
        || people_from(look.within(32))
        || (listed.len() < look.window.len() && people_from(&words(tail(listed, 32))))
        || after_an_origin_phrase(look)
        || sent_from(look.within(48))
}

/// "is sending soldiers from Port Moresby", "deployed two battalions from Kumasi": where the
/// forces sent come from, not where they go.
fn sent_from(words: &[Word]) -> bool {
    const SENDING: &[&str] = &[
        "send",
        "sends",
        "sending",
        "sent",
        "dispatch",
        "dispatches",
        "dispatching",
        "dispatched",
        "deploy",
        "deploys",
        "deploying",
        "deployed",
        "redeployed",
        "airlifted",
        "airlifting",
        "transferred",
    ];
    let words = match words {
        [rest @ .., the] if the.lower == "the" => rest,
        all => all,
    };
    let [before @ .., from] = words else {
        return false;
    };
    from.lower == "from"
        && (before.iter().rev().take(4)).any(|w| SENDING.contains(&w.lower.as_str()))
}

/// Where the people who act had fled from is not where they act: "families who fled
/// fighting in Tibú marched to the governor's office", "villagers displaced from Djibo
/// blocked the road". (The flight, or the fighting they fled, told by a trigger before the
/// name, is there.)
fn is_where_the_actors_fled_from(look: &LookBack, t: &Toponym, trigger: &Range<usize>) -> bool {
    const FLED_FROM: &[&str] = &["fled", "escaped", "displaced", "uprooted"];
    const BETWEEN: &[&str] = &[
        "from", "fighting", "violence", "clashes", "attacks", "the", "in", "by", "their", "homes",
    ];
    if trigger.start < t.span.end {
        return false;
    }
    // "who fled fighting in Tibú and El Tarra": the list's last name reads the words before
    // its first.
    let before = words(tail(crate::text::before_a_list(look.window), 60));
    let Some(at) = before
        .iter()
        .rposition(|w| FLED_FROM.contains(&w.lower.as_str()))
    else {
        return false;
    };
    let lower = |i: usize| before[i].lower.as_str();
    let relative = (at.saturating_sub(2)..at).any(|i| ["who", "that"].contains(&lower(i)));
    let participle = ["displaced", "uprooted"].contains(&lower(at))
        && at.checked_sub(1).is_some_and(|i| {
            !["was", "were", "been", "be", "is", "are", "being"].contains(&lower(i))
        });
    before.len() - at <= 4
        && (at + 1..before.len()).all(|i| BETWEEN.contains(&lower(i)))
        && (relative || participle)
}

/// Whether an origin phrase stands before the name, perhaps past other names of a list
/// ("seven workers, originally from Multan and Bahawalpur").
fn after_an_origin_phrase(look: &LookBack) -> bool {
    // Each phrase opens with one of these words: most names have none before them.
    const FIRST_WORDS: &[&str] = &[
        "launched",
        "fired",
        "arrived",
        "arriving",
        "returned",
        "returning",
        "travelled",
        "traveled",
        "drove",
        "driven",
        "bussed",
        "bused",
        "came",
        "coming",
        "travelling",
        "traveling",
        // "an official reached from Niamey": where a reporter called from.
        "reached",
        "originally",
        "hailing",
        "hailed",
        "hail",
        "natives",
        "native",
        "sent",
        "dispatched",
        "deployed",
        "flown",
        "brought",
    ];
    let before = tail(look.window, 64);
    if !(look.within(64).iter()).any(|w| FIRST_WORDS.contains(&w.lower.as_str())) {
        return false;
    }
    // ASCII lower case keeps every byte where it was: offsets into it hold in `before`.
    let lower = before.to_ascii_lowercase();
    ORIGIN_PHRASES.iter().any(|phrase| {
        lower.rfind(phrase).is_some_and(|at| {
            // Only names, commas, "and" and "the" between the phrase and the name, or a body
            // in it ("sent from the Metropolitan Police Department in Tokyo"), or a distance
            // ("travelled from as far away as Perth").
            before.get(at + phrase.len()..).is_some_and(|between| {
                between.split([' ', ',']).all(|w| {
                    w.is_empty()
                        || ["and", "the", "in", "of", "as", "far", "away"].contains(&w)
                        || w.starts_with(char::is_uppercase)
                })
            })
        })
    })
}

/// Phrases that say where people come from, whatever they are called ("originally from",
/// "natives of").
const ORIGIN_PHRASES: &[&str] = &[
    "launched from ",
    "fired from ",
    "arrived from ",
    "arriving from ",
    "returned from ",
    "returning from ",
    "travelled from ",
    "traveled from ",
    "drove from ",
    "driven in from ",
    "bussed in from ",
    "bused in from ",
    "came in from ",
    "came down from ",
    // "a supply convoy coming from Gao struck a mine as it entered Tessit".
    "coming from ",
    "travelling from ",
    "traveling from ",
    // "arrived on foot from Belgrade" ("marched from Causeway Bay" is a march there).
    "on foot from ",
    "by bus from ",
    "by road from ",
    "overnight from ",
    "reached from ",
    "originally from ",
    "hailing from ",
    "hailed from ",
    "hail from ",
    "natives of ",
    "native of ",
    "sent from ",
    "sent in from ",
    "dispatched from ",
    "deployed from ",
    "flown in from ",
    "brought in from ",
];

/// People named by where they come from ("labourers from Punjab", "pilgrims from Iran", "shot
/// dead those from Punjab").
const PEOPLE_FROM: &[&str] = &[
    "those",
    "reinforcements",
    "people",
    "labourers",
    "laborers",
    "workers",
    "pilgrims",
    "migrants",
    "traders",
    "merchants",
    "shopkeepers",
    "businessmen",
    "vendors",
    "villagers",
    "civilians",
    "families",
    "family",
    "couple",
    "worshippers",
    "returnees",
    "refugees",
    "shepherds",
    "employees",
    "contractors",
    "engineers",
    "doctors",
    "nurses",
    "journalists",
    "students",
    "passengers",
    "travellers",
    "travelers",
    "tourists",
    "fishermen",
    "farmers",
    "herders",
    "miners",
    "drivers",
    "truckers",
    "teachers",
    "settlers",
    "volunteers",
    "visitors",
    "team",
    "teams",
    "investigators",
    "experts",
    "inspectors",
    // "mediated by notables from Zintan, who travelled to the city".
    "notables",
    "elders",
    "delegates",
    "delegation",
    "delegations",
    "mediators",
    "negotiators",
    "envoys",
    "dignitaries",
    "representatives",
];

/// Where a withdrawal went is not where it happened ("troops withdrew towards Sittwe", "the
/// garrison left for Kabul"): the place it left is.
fn is_where_a_withdrawal_went(look: &LookBack, kind: EventKind) -> bool {
    if kind != EventKind::Withdrawal {
        return false;
    }
    let mut last = look.within(16).iter().rev().map(|w| w.lower.as_str());
    let word = match last.next() {
        Some("the") => last.next(),
        word => word,
    };
    word.is_some_and(|w| ["to", "towards", "toward", "for"].contains(&w))
}

/// Verbs that carry the wounded or the dead elsewhere ("the wounded were flown to Pemba").
const CARRIED: &[&str] = &[
    "taken",
    "flown",
    "evacuated",
    "airlifted",
    "rushed",
    "transferred",
    "brought",
    "transported",
    "driven",
];

/// Where the wounded or the dead were taken is not where it happened ("A soldier wounded in
/// the fighting was flown to Pemba", "taken to the hospital in Kaya"). Reads the few words
/// before the name.
fn is_where_the_wounded_went(look: &LookBack) -> bool {
    let words = look.within(48);
    // "evacuated by helicopter to Gao": the means may stand between.
    let by_means = match words {
        [.., verb, by, _, to] => {
            CARRIED.contains(&verb.lower.as_str())
                && by.lower == "by"
                && ["to", "towards"].contains(&to.lower.as_str())
        }
        _ => false,
    };
    // "hooded and driven away in the direction of Nova Kakhovka".
    let in_the_direction = match words {
        [.., the, direction, of] => {
            the.lower == "the" && direction.lower == "direction" && of.lower == "of" && {
                let before = &words[..words.len() - 3];
                (before.iter().rev().take(4))
                    .any(|w| CARRIED.contains(&w.lower.as_str()) || w.lower == "away")
            }
        }
        _ => false,
    };
    by_means || in_the_direction || verb_then_preposition(words, 7, CARRIED, &["to", "towards"])
}

/// Whether one of `verbs` right before one of `prepositions` stands among the last `recent`
/// of `words`: "flown to", "fled towards".
fn verb_then_preposition(
    words: &[Word],
    recent: usize,
    verbs: &[&str],
    prepositions: &[&str],
) -> bool {
    has_word_pair(
        &words[words.len().saturating_sub(recent)..],
        verbs,
        prepositions,
    )
}

/// Verbs of people leaving for a place ("thousands of families have fled to Kandahar", "flights
/// were diverted to Misrata").
const FLED: &[&str] = &[
    "fled",
    "fleeing",
    "flee",
    "flees",
    "displaced",
    "relocated",
    "diverted",
    "rerouted",
];

/// Where people fled to is where a flight went, not where another event happened: "the
/// Taliban pushed into its districts, and thousands have fled to Kandahar and Kabul". A name
/// joined to the first by "and" or a comma went there too.
fn is_where_people_fled(look: &LookBack, kind: EventKind) -> bool {
    if matches!(kind, EventKind::Flight | EventKind::Withdrawal) {
        return false;
    }
    let before = look.within(60);
    // "survivors who reached Adré told aid workers".
    let reached_by_those_who_fled = {
        let mut recent = before.iter().rev().map(|w| w.lower.as_str());
        matches!(recent.next(), Some("reached" | "reaching"))
            && recent.take(3).any(|w| {
                [
                    "who",
                    "survivors",
                    "refugees",
                    "families",
                    "civilians",
                    "displaced",
                ]
                .contains(&w)
            })
    };
    reached_by_those_who_fled
        || verb_then_preposition(before, 6, FLED, &["to", "towards", "toward", "into"])
        // "residents fled after fighting, many of them across the border to India's Mizoram".
        || verb_then_preposition(before, 5, &["border", "frontier"], &["to", "into"])
}

/// Where people were travelling to is not where what befell them on the way happened
/// ("abducted students who were travelling home to Addis Ababa", "passengers heading to
/// Quetta"), nor where what they carried came from or went.
fn is_where_travellers_were_going(look: &LookBack, kind: EventKind) -> bool {
    const TRAVELLING: &[&str] = &[
        "travelling",
        "traveling",
        "heading",
        "returning",
        "going",
        "bound",
        "way",
    ];
    /// Verbs of goods or people carried from one place to another.
    const CARRYING: &[&str] = &[
        "carrying",
        "transporting",
        "delivering",
        "taking",
        "bringing",
        "driving",
    ];
    if matches!(kind, EventKind::Flight | EventKind::Withdrawal) {
        return false;
    }
    let recent: Vec<&str> = (look.within(40).iter().rev())
        .take(3)
        .map(|w| w.lower.as_str())
        .collect();
    // "drivers carrying flour from Homs to al-Qaryatayn": either end of a journey from a place.
    let carried_from_or_to = || {
        let mut back = words_back(look.within(80));
        back.truncate(8);
        ends_a_journey(&back, 3, |w| {
            JOURNEYING.contains(&w) || CARRYING.contains(&w)
        })
    };
    journey_verb(&recent).is_some_and(|w| TRAVELLING.contains(&w)) || carried_from_or_to()
}

/// Whether the trigger is in a "where" or "during which" clause that the place opens ("on the
/// road to Baharak, where two traders were killed"): the place is the event's, whatever the
/// words before it.
fn opens_where_clause_of(text: &str, toponym: &Toponym, trigger: &Range<usize>) -> bool {
    let Some(between) = text.get(toponym.span.end..trigger.start) else {
        return false;
    };
    let between = between.trim_start().trim_start_matches(", ");
    (between.starts_with("where ") || between.starts_with("during which "))
        && !between.contains(['.', ';', ':'])
}

/// Whether the place, or the unit named right after it, opens a "where" clause that holds the
/// trigger ("patients transferred from Talanga, Francisco Morazán, where armed men opened
/// fire"): the clause's events are there, whoever came from it or went to it.
pub(super) fn opens_where_clause_holding(
    text: &str,
    toponym: &Toponym,
    trigger: &Range<usize>,
) -> bool {
    let Some(between) = text.get(toponym.span.end..trigger.start) else {
        return false;
    };
    let after_its_unit = between.strip_prefix(", ").and_then(|rest| {
        let (unit, rest) = rest.split_once(", ")?;
        let words = unit.split(' ');
        (words.clone().count() <= 3 && words.clone().all(|w| w.starts_with(char::is_uppercase)))
            .then_some(rest)
    });
    let clause = match after_its_unit {
        Some(rest) => rest,
        None => between.trim_start().trim_start_matches(", "),
    };
    (clause.starts_with("where ") || clause.starts_with("where, "))
        && !clause.contains(['.', ';', ':', '|'])
}

/// Where talks were held is not where what they agreed happens ("agreed during talks in
/// Stockholm to a ceasefire in Hodeidah"): the venue of talks, a summit or a conference is
/// the place of the talks only. Reads the few words before the name: "talks in", "talks
/// held in", "a summit hosted in".
fn venue_penalty(look: &LookBack, kind: EventKind) -> usize {
    /// Gatherings whose place is their own.
    const GATHERINGS: &[&str] = &[
        "talks",
        "negotiations",
        "summit",
        "conference",
        "meeting",
        "meetings",
        "consultations",
    ];
    /// Words that may stand between the gathering and "in" ("talks held in").
    const BETWEEN: &[&str] = &["held", "hosted", "taking", "place", "under", "way", "being"];
    if kind == EventKind::Talks {
        return 0;
    }
    let mut recent = look.within(60).iter().rev().map(|w| w.lower.as_str());
    if !matches!(recent.next(), Some("in" | "at")) {
        return 0;
    }
    let gathering = recent
        .take(3)
        .find(|w| !BETWEEN.contains(w))
        .is_some_and(|w| GATHERINGS.contains(&w));
    if gathering { 150 } else { 0 }
}

/// Whether the place lies in a field of a note's line of fields set off by bars, before the
/// field of the report at `trigger` ("19/02/2022 | Nord | Gourcy (Zondoma) | Riots | … |
/// Young people … set fire to the gendarmerie post"): the note's own place fields.
pub(super) fn in_a_field_before(text: &str, toponym: &Toponym, trigger: &Range<usize>) -> bool {
    const MIN_BARS: usize = 3;
    if trigger.start < toponym.span.end || trigger.start - toponym.span.end > FIELDS_BYTES {
        return false;
    }
    let line = line_before(text, toponym.span.start);
    let between = &text[toponym.span.end..trigger.start];
    between.contains('|')
        && !between.contains('\n')
        && line.contains('|')
        && line.matches('|').count() + between.matches('|').count() >= MIN_BARS
}

/// How far a note's fields are read around a name: fields are short, and reading only the
/// bytes near it keeps a huge one-line file linear.
const FIELDS_BYTES: usize = 400;

/// The text of the line before byte `at` of `text`, [`FIELDS_BYTES`] at the most.
pub(super) fn line_before(text: &str, at: usize) -> &str {
    let before = tail(&text[..at], FIELDS_BYTES);
    before.rsplit('\n').next().unwrap_or(before)
}

/// Whether the place opens its line and is set off by a dash or a colon, perhaps after a word
/// or two ("Tillabéri region — ", "Cabo Delgado update — ", "Sumy region: "): the heading of
/// a bulletin, which encloses the places its report names after it.
pub(super) fn heads_a_bulletin(text: &str, toponym: &Toponym) -> bool {
    let line_start = opens_its_line(&text[..toponym.span.start], 40);
    let after = crate::text::head(&text[toponym.span.end..], 30);
    let mut rest = after.trim_start();
    for _ in 0..2 {
        if rest.starts_with(char::is_lowercase) {
            rest = rest.trim_start_matches(char::is_alphabetic).trim_start();
        }
    }
    line_start && rest.starts_with(['\u{2014}', '\u{2013}', '-', ':'])
}

/// Nouns of the page, channel or paper a post was taken from.
const SOURCE_NOUNS: &[&str] = &[
    "page",
    "pages",
    "channel",
    "account",
    "group",
    "post",
    "site",
    "website",
    "outlet",
    "radio",
    "newspaper",
    "paper",
    "blog",
    "feed",
];

/// Words a source's header opens with before its place ("Translated from a", "Via the").
const SOURCE_OPENERS: &[&str] = &[
    "translated",
    "from",
    "via",
    "a",
    "an",
    "the",
    "posted",
    "reposted",
    "shared",
    "taken",
    "on",
    "by",
];

/// Bytes of a source's header that a place may stand in, at most.
const SOURCE_HEADER_BYTES: usize = 120;

/// Whether the place names the page or channel a post was taken from, in the header that opens
/// its line ("Translated from a Falam community news page: … families in Webula"): the post's
/// place only when its body names no other, as a dateline's.
fn in_a_source_header(text: &str, toponym: &Toponym) -> bool {
    let after = head(&text[toponym.span.end..], SOURCE_HEADER_BYTES);
    let Some(colon) = after.find(": ") else {
        return false;
    };
    let header_after = &after[..colon];
    let before = line_before(text, toponym.span.start);
    if before.len() + header_after.len() > SOURCE_HEADER_BYTES
        || header_after.contains(['.', '!', '?', '|'])
    {
        return false;
    }
    let opening = words(before);
    opening.iter().any(|w| w.lower == "from")
        && (opening.iter()).all(|w| SOURCE_OPENERS.contains(&w.lower.as_str()))
        && (words(header_after).iter()).any(|w| SOURCE_NOUNS.contains(&w.lower.as_str()))
}

/// Whether a name after `before` opens its line: nothing stands before it on the line but
/// blanks or an editor's note in brackets ("[Translated from Turkish] Şırnak — Clashes broke
/// out"). Only the last `look_back` bytes are read, so a huge one-line text stays linear.
fn opens_its_line(before: &str, look_back: usize) -> bool {
    let near = tail(before, look_back);
    let on_line = match near.rfind('\n') {
        Some(at) => &near[at + 1..],
        None if near.len() == before.len() => near,
        None => return false,
    };
    crate::text::without_editor_note(on_line).trim().is_empty()
}

/// Words that name an administrative unit after its name ("Djugu Territory", "Ituri
/// Province").
pub(super) const UNIT_WORDS: &[&str] = &[
    "province",
    "territory",
    "region",
    "district",
    "state",
    "county",
    "governorate",
    "oblast",
    "zone",
    "department",
    "prefecture",
    "township",
    "locality",
];

/// The most precise place of a bulletin's heading line whose places are set off by dashes or a
/// colon ("DR Congo – Ituri Province – Djugu Territory: Flash Update No. 3"), by a bar from its
/// date ("22 May 2014 | Kasese (Rwenzori)"), or alone on it ("Walvis Bay (Erongo)"): where
/// the bulletin's place-less reports happened.
pub(super) fn heading_place<'a>(text: &str, toponyms: &'a [Toponym]) -> Option<&'a Toponym> {
    bulletin_heading_place(text, toponyms).or_else(|| seat_of_the_heading(text, toponyms))
}

/// The most precise place of a bulletin's heading line set off by marks (see
/// [`heading_place`]).
fn bulletin_heading_place<'a>(text: &str, toponyms: &'a [Toponym]) -> Option<&'a Toponym> {
    let line_end = text.find('\n')?;
    let barred = text[..line_end].contains('|');
    // (A post's hashtags and emoji are marks too: "🚨 MAZRAAT BEIT JINN #Hermon ‼️".)
    let is_mark = |c: char| {
        c.is_whitespace()
            || matches!(
                c,
                '\u{2013}' | '\u{2014}' | '-' | ':' | '|' | '(' | ')' | ',' | '#'
            )
            || (!c.is_ascii() && !c.is_alphanumeric())
    };
    // Only marks, unit words (and beside a bar or closing the line, the date: "Field diary —
    // Kunar, Tuesday 11 February 2020") between the line's start, its places and the mark
    // after; a parenthesis may hold what the gazetteer does not know ("Goma (Nord-Kivu)"), and
    // a place in one may follow capitalised names it encloses and a title ("Protection Update
    // – Msundwe, Mpingu and Mbwatalika (Lilongwe District)").
    let set_off_with = |gap: &str, dated: bool| {
        let names_enclosed = gap.trim_end().ends_with('(');
        let outside = match (gap.find('('), gap.rfind(')')) {
            (Some(open), Some(close)) if open < close => {
                format!("{} {}", &gap[..open], &gap[close + 1..])
            }
            _ => gap.to_string(),
        };
        outside
            .split(is_mark)
            .filter(|word| !word.is_empty())
            .all(|word| {
                UNIT_WORDS.contains(&word.to_lowercase().as_str())
                    || (dated
                        && (crate::text::month_number(word).is_some()
                            || word.bytes().all(|b| b.is_ascii_digit())))
                    || (dated && crate::text::WEEKDAY_NAMES.contains(&word.to_lowercase().as_str()))
                    || (names_enclosed && (word.starts_with(char::is_uppercase) || word == "and"))
            })
    };
    let set_off = |gap: &str| set_off_with(gap, barred);
    // "Protection update: Amhara region", "FLASH UPDATE — Far North region": a title of a few
    // words and a colon or a dash may open the line.
    let titled = |gap: &str| {
        (gap.trim_end())
            .strip_suffix([':', '\u{2013}', '\u{2014}'])
            .is_some_and(|title| {
                !title.contains(['.', ',']) && title.split_whitespace().count() <= 4
            })
    };
    let in_line = toponyms.iter().take_while(|t| t.span.end <= line_end);
    let mut previous_end = 0;
    let mut most_precise: Option<&Toponym> = None;
    for t in in_line {
        let gap = &text[previous_end..t.span.start];
        if !(set_off(gap) || (previous_end == 0 && titled(gap))) {
            return None;
        }
        previous_end = t.span.end;
        if t.precision < most_precise.map_or(Precision::Country, |m| m.precision) {
            most_precise = Some(t);
        }
    }
    let rest = &text[previous_end..line_end];
    let mark_at = title_mark(rest);
    // A line of places alone ("Walvis Bay (Erongo)") heads the note too.
    // (Not a dateline's date, before the lede: "BANGKOK, Feb 11 - The junta announced".)
    let set_off_rest = match mark_at {
        Some(at) => set_off(&rest[..at]),
        None => set_off_with(rest, true),
    };
    set_off_rest.then_some(most_precise).flatten()
}

/// Bytes of the title of a community's heading, at most.
const SEAT_TITLE_BYTES: usize = 80;

/// The place of a community whose notices a heading line opens ("Jami Mosque of Art Khwajah —
/// notices to the congregation", "Friday Mosque of Faladié (Kati cercle) — notices", "Parish
/// of St. George, an-Nasirah — weekly notices"): where what they tell with no place happened.
fn seat_of_the_heading<'a>(text: &str, toponyms: &'a [Toponym]) -> Option<&'a Toponym> {
    const COMMUNITIES: &[&str] = &[
        "mosque",
        "church",
        "parish",
        "monastery",
        "temple",
        "pagoda",
        "madrasa",
        "committee",
        "council",
        "community",
        "association",
        "cooperative",
        "school",
    ];
    let line_end = text.find('\n')?;
    let line = &text[..line_end];
    let title_end = title_mark(line)?;
    let title = &line[..title_end];
    // (A heading, not a paragraph: "A central committee of doctors said … Oslo — the Troika".)
    if title.len() > SEAT_TITLE_BYTES || title.contains(['.', ',', ';']) {
        return None;
    }
    let named = words(title);
    let of = named.iter().rposition(|w| w.lower == "of")?;
    let community = named[..of]
        .iter()
        .any(|w| COMMUNITIES.contains(&w.lower.as_str()));
    (toponyms.iter())
        .take_while(|t| t.span.end <= title_end)
        .filter(|t| is_a_local_name(t))
        .find(|t| community && t.span.start >= named[of].span.end)
}

/// Where the mark that ends a heading's title stands: a dash, a colon or a spaced hyphen.
fn title_mark(line: &str) -> Option<usize> {
    (line.find(['\u{2013}', '\u{2014}', ':'])).or_else(|| line.find(" - "))
}

/// Whether a place is named (not as a demonym) and no larger than a district: one that can be
/// where people live or went.
pub(super) fn is_a_local_name(t: &Toponym) -> bool {
    t.precision <= Precision::District && t.form != MentionForm::Demonym
}

/// A place right after another, set off by a comma or a parenthesis and not part of a list,
/// names the unit that encloses it ("Spin Boldak, Kandahar", "Kani (Yinmarbin, Sagaing)"), as
/// does a part of a unit after "in" or a comma ("Khan Shaykhun in southern Idlib", "Harib
/// town, southern Marib").
fn encloses_the_one_before(
    text: &str,
    candidates: &[&Toponym],
    looks: &[LookBack],
    at: usize,
) -> bool {
    let Some(previous) = at.checked_sub(1).map(|i| candidates[i]) else {
        return false;
    };
    let current = candidates[at];
    // "the capital of Badakhshan, Faizabad": a town after its province is an apposition.
    let apposition =
        current.precision <= Precision::Town && previous.precision >= Precision::Province;
    if previous.span.end > current.span.start || apposition {
        return false;
    }
    let between = text[previous.span.end..current.span.start].trim();
    let listed = at + 1 < candidates.len() && listed_together(text, candidates, looks, at);
    // "Lyman, in the Kramatorsk district": the enclosing name with its unit word.
    let unit_word_after =
        (text[current.span.end..].split_whitespace().next()).is_some_and(|word| {
            crate::geoparse::is_unit_word(word.trim_end_matches(|c: char| !c.is_alphanumeric()))
        });
    (names_a_part_of_unit(between, unit_word_after) || describes_the_one_before(between)) && !listed
}

/// Whether the words between two names are an apposition of the first that ends in the unit
/// it lies in: "Sirghaya, a mountain town near the Lebanese border in the (Damascus
/// countryside)", "Kafr Nabl, a village of (Idlib)".
fn describes_the_one_before(between: &str) -> bool {
    const PLACE_NOUNS: &[&str] = &["town", "city", "village", "district", "hamlet", "area"];
    let Some(after_comma) = between.strip_prefix(',').map(str::trim_start) else {
        return false;
    };
    let Some(rest) = ["a ", "an "]
        .iter()
        .find_map(|a| after_comma.strip_prefix(a))
    else {
        return false;
    };
    let words: Vec<&str> = rest.split_whitespace().collect();
    words.len() <= 12
        && !rest.contains([',', '.', ';', '(', ')', '|'])
        && words.iter().any(|w| PLACE_NOUNS.contains(w))
        && matches!(
            words.as_slice(),
            [.., "in" | "of"] | [.., "in" | "of", "the"]
        )
}

/// What stands between a place and the unit that encloses it: a comma or a parenthesis, "in"
/// and adjectives of a part ("outside Mueda, in northern Cabo Delgado", "Douma, eastern
/// Ghouta", "Khan Shaykhun in southern Idlib"), after the first place's unit word ("Harib
/// town, southern Marib", "Andarab district (Baghlan)"); "in the" only before a part or a
/// unit word (`unit_word_after`: "Lyman, in the Kramatorsk district").
fn names_a_part_of_unit(between: &str, unit_word_after: bool) -> bool {
    const UNIT_WORDS: &[&str] = &["town", "city", "village", "district", "township"];
    let spaced = between.replace([',', '('], " , ");
    let mut rest = spaced.split_whitespace().peekable();
    let unit_word = rest
        .next_if(|w| UNIT_WORDS.contains(&w.to_lowercase().as_str()))
        .is_some();
    // "Raman district of Yala".
    let of_unit = unit_word && rest.next_if(|w| w.eq_ignore_ascii_case("of")).is_some();
    let comma = rest.next_if_eq(&",").is_some();
    let inside = rest.next_if(|w| w.eq_ignore_ascii_case("in")).is_some();
    let mut parts = 0;
    // "Mora, in the Mayo-Sava department of the Far North region": a unit the gazetteer
    // lacks may stand between, named with its unit word.
    let (mut lacked_names, mut lacked_units, mut opening_the) = (0, 0, false);
    for word in rest {
        let lower = word.to_lowercase();
        // "in the south of Cesar": so does a compass point after "the".
        let point_of_the_compass =
            opening_the && parts == 0 && crate::text::COMPASS_POINTS.contains(&lower.as_str());
        if DIRECTION_ADJECTIVES.contains(&lower.as_str())
            || lower == "rural"
            || point_of_the_compass
        {
            parts += 1;
        } else if parts > 0 && ["countryside", "outskirts", "part", "of"].contains(&lower.as_str())
        {
            // "Hays, in the southern countryside of Al Hudaydah".
        } else if (comma || inside) && crate::geoparse::is_unit_word(&lower) {
            lacked_units += 1;
        } else if (comma || inside) && word.starts_with(char::is_uppercase) {
            lacked_names += 1;
        } else if lower == "the" && lacked_names == 0 && lacked_units == 0 {
            opening_the = true;
        } else if !(lacked_names > 0 && ["the", "of"].contains(&lower.as_str())) {
            return false;
        }
    }
    if (lacked_names > 0 || (opening_the && parts == 0 && !unit_word_after)) && lacked_units == 0 {
        return false;
    }
    comma || of_unit || (inside && (parts > 0 || lacked_units > 0))
}

/// Adjectives of direction that name a part of a unit ("northern Cabo Delgado", "in eastern
/// Afghanistan"); "rural" names one too.
pub(super) const DIRECTION_ADJECTIVES: &[&str] = &[
    "northern",
    "southern",
    "eastern",
    "western",
    "central",
    "north-eastern",
    "north-western",
    "south-eastern",
    "south-western",
    "northeastern",
    "northwestern",
    "southeastern",
    "southwestern",
];

/// "the Gao-Ansongo road", "the Khost–Gardez highway", "the road between Maimana and
/// Andkhoy", "the road linking Kaya to Dori", "the railway line to Belgorod": an end of a
/// route, weaker than a place named on its own ("on the Gao-Ansongo road near Ansongo").
fn route_penalty(text: &str, toponym: &Toponym) -> usize {
    const ROUTE_NOUNS: &[&str] = &[
        "road",
        "roads",
        "highway",
        "highways",
        "route",
        "routes",
        "motorway",
        "expressway",
        "railway",
        "railroad",
        "pipeline",
    ];
    use crate::text::DASHES;
    let after = crate::text::head(&text[toponym.span.end..], 40);
    let first_end = after.strip_prefix(DASHES);
    let second_end = text[..toponym.span.start].ends_with(DASHES);
    // The first end's route noun follows the other end's name; the second end's, its own.
    // "the Cano Limon-Covenas oil pipeline": what it carries may stand before the noun.
    let noun_from = |words: Vec<Word>, at: usize| {
        let carried = words
            .get(at)
            .is_some_and(|w| ["oil", "gas", "water"].contains(&w.lower.as_str()));
        words.into_iter().nth(at + usize::from(carried))
    };
    let noun_at = match (first_end, second_end) {
        (Some(rest), _) => noun_from(words(rest), 1),
        (None, true) => noun_from(words(after), 0),
        (None, false) => None,
    };
    // "on the railway line to Belgorod", "the road between Maimana and Andkhoy".
    let is_route = |w: &Word| ROUTE_NOUNS.contains(&w.lower.as_str()) || w.lower == "line";
    let window = tail(&text[..toponym.span.start], 60);
    // Every route noun holds one of these: most names have none before them.
    let back = if ["road", "way", "route", "line"]
        .iter()
        .any(|part| window.contains(part))
    {
        words(window)
    } else {
        Vec::new()
    };
    let along_a_route = match back.as_slice() {
        [.., noun, to] => {
            is_route(noun)
                && ["to", "towards", "toward", "between", "linking"].contains(&to.lower.as_str())
        }
        _ => false,
    } || (back
        .last()
        .is_some_and(|w| ["and", "to"].contains(&w.lower.as_str()))
        && back[back.len().saturating_sub(5)..].windows(2).any(|pair| {
            is_route(&pair[0])
                && ["between", "linking", "from", "to", "towards", "toward"]
                    .contains(&pair[1].lower.as_str())
        }));
    // "an IED buried on the Sévaré road at the entrance of Bandiagara": a road named after the
    // town it leads to.
    let names_a_road = tail(&text[..toponym.span.start], 8)
        .trim_end()
        .to_lowercase()
        .ends_with(" the")
        && (words(after).first()).is_some_and(|w| ROUTE_NOUNS.contains(&w.lower.as_str()));
    if along_a_route
        || names_a_road
        || noun_at.is_some_and(|w| ROUTE_NOUNS.contains(&w.lower.as_str()))
    {
        150
    } else {
        0
    }
}

/// A place that a relative clause says an actor holds ("the Houthis, who still control
/// Sanaa, resumed talks in Kuwait", "al-Shabaab, which seized Baidoa in 2009, attacked ...")
/// tells who the actor is, not where an event outside the clause happened. Clauses of where an
/// actor fights or operates ("who had been fighting in Shindand district") still place it.
fn held_by_an_actor_penalty(
    text: &str,
    look: &LookBack,
    toponym: &Toponym,
    trigger: &Range<usize>,
) -> usize {
    const OPENERS: [&str; 2] = [", who ", ", which "];
    /// Verbs of holding a place.
    const HOLDING_VERBS: &[&str] = &[
        "control",
        "controls",
        "controlled",
        "hold",
        "holds",
        "held",
        "seized",
        "captured",
        "occupy",
        "occupies",
        "occupied",
        "run",
        "runs",
        "ran",
        "rule",
        "rules",
        "ruled",
        "govern",
        "governs",
        "governed",
        "overran",
    ];
    let Some((opens_at, opener)) = OPENERS
        .iter()
        .filter_map(|o| look.window.rfind(o).map(|at| (at, o)))
        .max_by_key(|(at, _)| *at)
    else {
        return 0;
    };
    let inside_at = opens_at + opener.len();
    let inside = &look.window[inside_at..];
    let holds = (look.words.iter())
        .skip_while(|w| w.span.start < inside_at)
        .take(4)
        .any(|w| HOLDING_VERBS.contains(&w.lower.as_str()));
    if !holds || inside.contains([',', ';', '.', '(', ')', ':']) {
        return 0;
    }
    let clause_start = look.start + opens_at;
    let after = head(&text[toponym.span.end..], 200);
    let clause_end = toponym.span.end
        + after
            .find([',', ';', '.', '(', ')', ':', '\u{2014}'])
            .unwrap_or(after.len());
    if (clause_start..clause_end).contains(&trigger.start) {
        0
    } else {
        300
    }
}

/// Whether the name is an end of a route ("the road between Maimana and Andkhoy"), which "the
/// village" does not point back at.
pub(super) fn is_route_end(text: &str, toponym: &Toponym) -> bool {
    route_penalty(text, toponym) > 0
}

/// Whether the name is part of a body's name ("a strike called by the Santa Cruz civic
/// committee", "the Bulawayo residents' association"): the body's seat, a weak place.
fn body_name_penalty(text: &str, look: &LookBack, toponym: &Toponym) -> usize {
    /// Bodies named after the place they speak for (not "government", "centre": "the Bokkos
    /// local government area", "the Qaisar district centre" are places).
    const BODIES: &[&str] = &[
        "committee",
        "association",
        "union",
        "federation",
        "chamber",
        "club",
        "foundation",
        "movement",
    ];
    /// The words that may stand between the place and the body ("civic", "residents'").
    const MAX_WORDS_BETWEEN: usize = 2;
    if look.words.last().is_none_or(|w| w.lower != "the") {
        return 0;
    }
    let after = crate::text::head(&text[toponym.span.end..], 40);
    let clause = after
        .split(['.', ',', ';', ':', '(', '\n'])
        .next()
        .unwrap_or("");
    let named_body = (words(clause).iter())
        .take(MAX_WORDS_BETWEEN + 1)
        .any(|w| BODIES.contains(&w.lower.as_str()));
    if named_body { FAR_REFERENCE } else { 0 }
}

/// Whether a possessive follows the name ("Iran's foreign minister"): a weak place.
fn possessive_penalty(text: &str, toponym: &Toponym, next: Option<&Toponym>) -> usize {
    let after = crate::text::head(&text[toponym.span.end..], 4);
    if !crate::text::opens_with_possessive(after) {
        return 0;
    }
    // "Baghlan's Andarab district": a unit of the gazetteer is no part of a city; the name
    // before it stands for its province.
    let unit_follows = next.is_some_and(|next| {
        next.precision >= Precision::District
            && text
                .get(toponym.span.end..next.span.start)
                .is_some_and(|between| between.chars().count() <= 3)
    });
    if unit_follows {
        return 60;
    }
    // "in Cizre's Nur, Cudi and Sur neighbourhoods", "Kyiv's Obolon district": the city's
    // own parts, named, are in it.
    let parts = crate::text::head(&text[toponym.span.end..], 80);
    let mut words = parts
        .split(|c: char| c.is_whitespace() || c == ',')
        .filter(|w| !w.is_empty())
        .skip(1);
    let named_part = words
        .by_ref()
        .take(6)
        .find(|w| !w.starts_with(char::is_uppercase) && !matches!(*w, "and" | "&"))
        .is_some_and(|w| PARTS_OF_A_CITY.contains(&w.trim_end_matches(['.', ';', ':'])));
    if named_part { 0 } else { 60 }
}

/// What a front line named after a place costs that place ("soldiers near Stepnohirsk on the
/// Zaporizhzhia front", "in the Pokrovsk direction, … attacked near Myrnohrad"): the front runs
/// far from the town of its name; a town the sentence names on it is where it happened.
fn front_penalty(text: &str, toponym: &Toponym) -> usize {
    let after = crate::text::head(&text[toponym.span.end..], 24);
    let word = after
        .trim_start_matches([' ', '-'])
        .split(|c: char| !c.is_alphabetic())
        .next()
        .unwrap_or("");
    if FRONT_WORDS.contains(&word) { 60 } else { 0 }
}

/// Words after a place's name that make it the name of a front line.
const FRONT_WORDS: &[&str] = &["front", "frontline", "axis", "direction"];

/// Words for the parts of a city, after their names ("the Nur and Cudi neighbourhoods").
const PARTS_OF_A_CITY: &[&str] = &[
    "neighbourhood",
    "neighbourhoods",
    "neighborhood",
    "neighborhoods",
    "district",
    "districts",
    "quarter",
    "quarters",
    "suburb",
    "suburbs",
    "area",
    "areas",
];

/// How far back from a name, in bytes, the checks of what stands before it read.
const LOOK_BACK: usize = 80;

/// Where the sentence that ends `window` starts: after its last line break, or after the
/// last ". " between a small letter and a capital ("the fighting. In N'Djamena"), not the
/// dot of an abbreviation ("U.S. officials").
fn sentence_start(window: &str) -> usize {
    let line = window.rfind('\n').map_or(0, |at| at + 1);
    let bytes = window.as_bytes();
    (line..window.len().saturating_sub(2))
        .rev()
        .find(|&at| {
            matches!(bytes[at], b'.' | b'!' | b'?')
                && bytes[at + 1] == b' '
                && bytes[at + 2].is_ascii_uppercase()
                && at > 0
                && bytes[at - 1].is_ascii_lowercase()
        })
        .map_or(line, |at| at + 2)
}

/// The words just before a place's name, read once for every check that looks back from it.
struct LookBack<'t> {
    /// The text just before the name, at most [`LOOK_BACK`] bytes.
    window: &'t str,
    /// Its words; their spans index `window`.
    words: Vec<Word>,
    /// Where `window` starts in the text. It may end before the name, on an article such as
    /// "al-", so it is not the name's start less its length.
    start: usize,
}

impl<'t> LookBack<'t> {
    fn new(text: &'t str, toponym: &Toponym) -> Self {
        let window = tail(&text[..toponym.span.start], LOOK_BACK);
        let opens = sentence_start(window);
        let start = toponym.span.start - window.len() + opens;
        let window = crate::text::without_an_article(&window[opens..]);
        Self {
            window,
            words: words(window),
            start,
        }
    }

    /// The whole words that start within the last `bytes` bytes before the name.
    fn within(&self, bytes: usize) -> &[Word] {
        let cut = self.window.len().saturating_sub(bytes);
        &self.words[self.words.partition_point(|w| w.span.start < cut)..]
    }
}

/// The place names of a sentence that may be an event's place (not demonyms, modifiers or
/// countries standing for their forces), in reading order. `toponyms` are sorted by start: only
/// the sentence's own are read, so an article's cost grows with its length, not its square.
pub(super) fn candidates<'a>(
    text: &str,
    sentence: &Range<usize>,
    toponyms: &'a [Toponym],
    starts_trigger: impl Fn(&str) -> bool + Copy,
) -> Vec<&'a Toponym> {
    let first = toponyms.partition_point(|t| t.span.start < sentence.start);
    let mut candidates: Vec<&Toponym> = toponyms[first..]
        .iter()
        .take_while(|t| t.span.start < sentence.end)
        .filter(|t| {
            t.span.end <= sentence.end
                && t.form != MentionForm::Demonym
                && !is_not_the_place(text, t, starts_trigger)
        })
        .collect();
    // A source's town stands for the post only when its body names no other place.
    let in_header: Vec<bool> = (candidates.iter())
        .map(|t| in_a_source_header(text, t))
        .collect();
    if in_header.contains(&true) && in_header.contains(&false) {
        let mut in_header = in_header.into_iter();
        candidates.retain(|_| !in_header.next().unwrap_or(false));
    }
    candidates
}

/// The places of the event whose trigger is at `trigger` (byte range of `text`): the best
/// candidate and the places listed with it.
pub(super) fn event_places(
    text: &str,
    candidates: &[&Toponym],
    trigger: &Range<usize>,
    kind: EventKind,
) -> Vec<Toponym> {
    let looks: Vec<LookBack> = candidates.iter().map(|c| LookBack::new(text, c)).collect();
    let references: Vec<usize> = looks.iter().map(reference_penalty).collect();
    let routes: Vec<usize> = (candidates.iter())
        .map(|c| route_penalty(text, c))
        .collect();
    // "Gunmen in Kasi district fired on a bus heading to Luang Prabang": where the people it
    // befell were going, or had fled from, is not where it happened, when the sentence names
    // another place.
    let going: Vec<bool> = (0..candidates.len())
        .map(|i| {
            is_where_travellers_were_going(&looks[i], kind)
                || is_where_the_actors_fled_from(&looks[i], candidates[i], trigger)
        })
        .collect();
    // (An end of a route is no town named as the place: "on the Ataq–Nisab road, 8 km east
    // of Nisab town" is near Nisab; nor is where travellers were going.)
    let a_town_named = (0..candidates.len()).any(|i| {
        candidates[i].precision <= Precision::Town
            && references[i] == 0
            && routes[i] == 0
            && !going[i]
    });
    let a_reference_point = references.contains(&FAR_REFERENCE);
    // (A place in a clause about the doers loses only to one outside it.)
    let in_clause: Vec<bool> = (0..candidates.len())
        .map(|i| in_a_clause_before_the_verb(text, &looks[i], candidates[i], trigger))
        .collect();
    let some_outside_a_clause = in_clause.contains(&false);
    let opens_where: Vec<bool> = (candidates.iter())
        .map(|t| opens_where_clause_of(text, t, trigger))
        .collect();
    // ("in al-Ghandoura, south-west of Jarablus, where protesters …": the clause is the
    // place's that the reference point after it locates.)
    let located_by_the_next: Vec<bool> = (0..candidates.len())
        .map(|i| {
            let next = candidates.get(i + 1);
            let between = next.and_then(|next| text.get(candidates[i].span.end..next.span.start));
            between.is_some_and(|between| {
                references[i + 1] != 0
                    && between.starts_with(", ")
                    && !between.contains(['.', ';', ':', '|'])
                    && between.split_whitespace().count() <= 6
            })
        })
        .collect();
    let score = |i: usize| {
        let t = candidates[i];
        let distance = t
            .span
            .start
            .abs_diff(trigger.start)
            .min(t.span.end.abs_diff(trigger.end));
        let locates_the_one_before = i > 0 && located_by_the_next[i - 1];
        // "in Baqubah, Diyala, where": the unit that opens the clause holds its place.
        // (Not a country: "talks in Kunming in southern China, where the sides agreed" name
        // where the talks were.)
        let holds_the_one_before = |at: usize| {
            candidates[at].precision < Precision::Country
                && encloses_the_one_before(text, candidates, &looks, at)
        };
        if (opens_where[i] && !locates_the_one_before && !holds_the_one_before(i))
            || (located_by_the_next[i] && opens_where[i + 1])
            || (opens_where.get(i + 1) == Some(&true) && holds_the_one_before(i + 1))
        {
            return distance;
        }
        // A distance set off after the clause stands beside all of it; a note's fields
        // ("19/02/2022 | Nord | Gourcy (Zondoma) | Riots | …") stand beside its narrative,
        // the last named nearest ("| Daraa | Izra' district, Tasil |" is at Tasil).
        // "fired shells into Sane": a place the trigger's own preposition takes stands before
        // a note's fields too.
        let taken_by_the_trigger = t.span.start > trigger.end
            && matches!(
                text[trigger.end..t.span.start].trim(),
                "in" | "into" | "on" | "at" | "near"
            )
            // (Not "the car bomb in Aden's al-Tawahi district".)
            && !crate::text::opens_with_possessive(&text[t.span.end..]);
        let distance = if t.span.start > trigger.end
            && (is_a_set_off_distance(text, t) || taken_by_the_trigger)
        {
            0
        } else if in_a_field_before(text, t, trigger) {
            let bars = text[t.span.end..trigger.start].matches('|').count();
            let named_after_in_its_field = candidates.get(i + 1).is_some_and(|next| {
                next.span.start < trigger.start && !text[t.span.end..next.span.start].contains('|')
            });
            // (A province's field stands back for a town the narrative places it near: "|
            // Al-Hasakah | … a roadside bomb … about 15 km north of Markadah".)
            let province_field = if t.precision >= Precision::Province {
                NEAR_REFERENCE
            } else {
                0
            };
            // ("| Kandhar | Argestan | …": the next field, of places too, is the smaller unit,
            // the first its province, named like its capital.)
            let place_field_after = (candidates[i + 1..].iter()).any(|next| {
                next.span.start < trigger.start
                    && text[t.span.end..next.span.start].matches('|').count() == 1
                    && in_a_field_before(text, next, trigger)
            });
            let enclosing_field = if place_field_after {
                precision_penalty(Precision::Province)
            } else {
                0
            };
            2 * bars + usize::from(named_after_in_its_field) + province_field + enclosing_field
        } else {
            distance
        };
        distance
            + precision_penalty(t.precision)
            + match references[i] {
                NEAR_REFERENCE if a_town_named => FAR_REFERENCE,
                penalty => penalty,
            }
            + possessive_penalty(text, t, candidates.get(i + 1).copied())
            + body_name_penalty(text, &looks[i], t)
            + front_penalty(text, t)
            + routes[i]
            // "on the Kabul–Kandahar highway about 100 km south-west of Ghazni": a reference
            // point bounds where it was, a route's end does not.
            + if routes[i] > 0 && a_reference_point {
                FAR_REFERENCE
            } else {
                0
            }
            + origin_penalty(&looks[i], kind)
            + venue_penalty(&looks[i], kind)
            + held_by_an_actor_penalty(text, &looks[i], t, trigger)
            + if heads_a_bulletin(text, t) { 100 } else { 0 }
            + if in_clause[i] && some_outside_a_clause {
                RELATIVE_CLAUSE_PENALTY
            } else {
                0
            }
            // "Herat, Herat province" is Herat; but in "a village 40 km north of Herat, Herat
            // province" the province holds the unnamed village.
            + if encloses_the_one_before(text, candidates, &looks, i)
                && !(i > 0
                    && references[i - 1] == FAR_REFERENCE
                    && beyond_a_stated_distance(&looks[i - 1]))
            {
                100
            } else {
                0
            }
    };
    // People who demonstrate do so where they are now, not where they fled from.
    let demonstration = matches!(kind.event_type(), EventType::Protests | EventType::Riots);
    let where_demonstrators_fled_from = |i: usize| {
        demonstration && is_where_the_actors_fled_from(&looks[i], candidates[i], trigger)
    };
    // People who gather where they live may be named only as from there ("hundreds of people
    // from al-Mushannaf gathered in the village square"): a demonstration's place, when the
    // sentence names no other. (Not those who came after it: "before reinforcements from
    // Zaranj restored order".)
    // (Nor those a "where" clause tells of: "patients brought from Talanga, where gunmen
    // opened fire".)
    let origins: Vec<bool> = (0..candidates.len())
        .map(|i| {
            is_where_people_came_from(&looks[i])
                && !opens_where_clause_holding(text, candidates[i], trigger)
        })
        .collect();
    let allowed: Vec<usize> = (0..candidates.len())
        .filter(|&i| {
            let look = &looks[i];
            !is_where_someone_spoke(text, candidates[i], look, kind, trigger)
                && !is_where_a_withdrawal_went(look, kind)
                && !is_where_the_wounded_went(look)
                && !is_where_people_fled(look, kind)
                && !(origins[i] && !(demonstration && candidates[i].span.end <= trigger.start))
                && !where_demonstrators_fled_from(i)
                && !is_where_a_grievance_was(look)
                && !is_where_demands_went(look)
                && !is_where_a_deal_was_made(look, kind)
                && !is_where_it_was_run_from(look, kind)
                && !is_whom_it_was_for(look)
                && !stands_for_its_government(text, candidates[i], look)
        })
        .collect();
    let based: Vec<bool> = looks.iter().map(is_where_the_guns_are_based).collect();
    let somewhere_else = allowed
        .iter()
        .any(|&i| !going[i] && !origins[i] && !based[i]);
    // Where travellers were coming back from ("the team bus, back from the match in Soroti,
    // was attacked outside Moroto"): the place only when the sentence names no other town
    // (not the province the trip's start lies in).
    let trips: Vec<bool> = looks.iter().map(is_where_a_trip_began).collect();
    let a_town_elsewhere = allowed.iter().any(|&i| {
        !going[i]
            && !origins[i]
            && !based[i]
            && !trips[i]
            && candidates[i].precision <= Precision::Town
    });
    // "… west of Khan Younis, the Gaza health ministry said": where the speaker after the
    // report governs, when another place, not a route's end, says where it was.
    // (Read only when there is another place to give way to.)
    let speakers: Vec<bool> = (0..candidates.len())
        .map(|i| {
            let t = candidates[i];
            // ("The Diocese of Huehuetenango has learned that … armed men attacked": before
            // the report, a speaker of the clause that tells it.)
            let tells_the_clause = || {
                (text.get(t.span.end..trigger.start))
                    .is_some_and(|between| between.contains(" that "))
            };
            allowed.len() > 1
                && allowed.contains(&i)
                && (t.span.start > trigger.end || tells_the_clause())
                && is_the_speaker_s_place(text, t, &looks[i])
        })
        .collect();
    let a_place_besides_the_speakers = allowed
        .iter()
        .any(|&i| !going[i] && !origins[i] && !based[i] && !speakers[i] && routes[i] == 0);
    let Some(best) = (allowed.into_iter())
        .filter(|&i| !(somewhere_else && (going[i] || origins[i] || based[i])))
        .filter(|&i| !(a_town_elsewhere && trips[i]))
        .filter(|&i| !(a_place_besides_the_speakers && speakers[i]))
        .min_by_key(|&i| score(i))
    else {
        return Vec::new();
    };
    let mut chosen = vec![best];
    // Walk the list both ways from the best place.
    let mut at = best;
    while at + 1 < candidates.len() && listed_together(text, candidates, &looks, at + 1) {
        at += 1;
        chosen.push(at);
    }
    let mut at = best;
    while at > 0 && listed_together(text, candidates, &looks, at) {
        at -= 1;
        chosen.push(at);
    }
    chosen.sort_unstable();
    chosen.into_iter().map(|i| candidates[i].clone()).collect()
}

/// How the place `at` is joined to the one before it in a list: by a conjunction ("and",
/// "or", "as well as"), by a comma alone, or not at all.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Link {
    Conjunction,
    Comma,
    None,
}

fn link(text: &str, candidates: &[&Toponym], looks: &[LookBack], at: usize) -> Link {
    let (a, b) = (candidates[at - 1], candidates[at]);
    let tier = |p: Precision| match p {
        Precision::Site | Precision::Town => 0,
        other => other as u8,
    };
    if a.place == b.place || a.span.end > b.span.start {
        return Link::None;
    }
    // Places of two tiers join a list only by a conjunction ("Kunduz, Baghlan and Takhar
    // province"), and not when they share a name (the town and its province): a comma
    // between them is an enclosure ("Kupiansk, Kharkiv").
    let same_tier = tier(a.precision) == tier(b.precision);
    if !same_tier && a.surface.eq_ignore_ascii_case(&b.surface) {
        return Link::None;
    }
    // "on the road between Dori and Gorom-Gorom" names two ends of one place.
    if looks[at - 1]
        .within(12)
        .last()
        .is_some_and(|w| w.lower == "between")
    {
        return Link::None;
    }
    let raw = text[a.span.end..b.span.start].trim();
    let between = raw.to_lowercase();
    let between = between.trim_start_matches(',').trim();
    match between {
        "and" | "or" | "&" | "as well as" | "and in" | "and on" | "as well as in" => {
            Link::Conjunction
        }
        "" if raw == "," && same_tier => Link::Comma,
        _ => Link::None,
    }
}

/// Whether place `at` and the one before it are items of one list: joined by a conjunction,
/// or by a comma (places of one precision) in a list that a conjunction ends ("Ghazni, Herat
/// and Kunduz province"; not "Kupiansk, Kharkiv", nor "Kani (Yinmarbin)").
fn listed_together(text: &str, candidates: &[&Toponym], looks: &[LookBack], at: usize) -> bool {
    match link(text, candidates, looks, at) {
        Link::Conjunction => true,
        Link::None => false,
        Link::Comma => {
            let mut next = at + 1;
            loop {
                if next >= candidates.len() {
                    return false;
                }
                match link(text, candidates, looks, next) {
                    Link::Conjunction => return true,
                    Link::Comma => next += 1,
                    Link::None => return false,
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::gazetteer::PlaceId;

    fn toponym(text: &str, name: &str, precision: Precision, id: u32) -> Toponym {
        let start = text.find(name).unwrap_or(0);
        Toponym {
            span: start..start + name.len(),
            surface: name.into(),
            place: PlaceId(id),
            precision,
            confidence: 0.9,
            alternatives: Box::default(),
            form: MentionForm::Name,
        }
    }

    #[test]
    fn a_place_an_actor_holds_is_not_where_it_acts() {
        let text = "Talks with the Houthis, who still control Sanaa, resumed in Kuwait on Monday.";
        let places = [
            toponym(text, "Sanaa", Precision::Town, 1),
            toponym(text, "Kuwait", Precision::Country, 2),
        ];
        let refs: Vec<&Toponym> = places.iter().collect();
        let chosen = event_places(text, &refs, &(0..5), EventKind::Talks);
        assert_eq!(chosen[0].surface, "Kuwait");

        // Where an actor was fighting places what it agreed.
        let text = "Elders brokered a truce between the factions, who had been fighting in \
                    Shindand, and the Taliban in Herat.";
        let places = [
            toponym(text, "Shindand", Precision::Town, 1),
            toponym(text, "Herat", Precision::Town, 2),
        ];
        let refs: Vec<&Toponym> = places.iter().collect();
        let chosen = event_places(text, &refs, &(16..23), EventKind::Agreement);
        assert_eq!(chosen[0].surface, "Shindand");

        // An event told inside the clause is placed there.
        let text = "Al-Shabaab, which seized Baidoa in 2009, was pushed out of Jowhar.";
        let places = [
            toponym(text, "Baidoa", Precision::Town, 1),
            toponym(text, "Jowhar", Precision::Town, 2),
        ];
        let refs: Vec<&Toponym> = places.iter().collect();
        let seized = text.find("seized").unwrap_or(0);
        let chosen = event_places(text, &refs, &(seized..seized + 6), EventKind::Capture);
        assert_eq!(chosen[0].surface, "Baidoa");
    }

    #[test]
    fn lists_give_one_place_each_enclosures_do_not() {
        let text = "Skirmishes broke out in Ghazni and Lashkar Gah, and Pul-e-Khumri and Taloqan.";
        let places: Vec<Toponym> = ["Ghazni", "Lashkar Gah", "Pul-e-Khumri", "Taloqan"]
            .iter()
            .zip(1..)
            .map(|(n, id)| toponym(text, n, Precision::Town, id))
            .collect();
        let refs: Vec<&Toponym> = places.iter().collect();
        assert_eq!(
            event_places(text, &refs, &(0..10), EventKind::Assault).len(),
            4
        );

        let text = "Troops shelled Kani (Yinmarbin, Sagaing) on Monday.";
        let places = [
            toponym(text, "Kani", Precision::Town, 1),
            toponym(text, "Yinmarbin", Precision::District, 2),
            toponym(text, "Sagaing", Precision::Province, 3),
        ];
        let refs: Vec<&Toponym> = places.iter().collect();
        let chosen = event_places(text, &refs, &(7..14), EventKind::Shelling);
        assert_eq!(chosen.len(), 1);
        assert_eq!(chosen[0].surface, "Kani");

        // An apposition of the first name that ends in the unit it lies in.
        let text = "Residents of Tal Kurdi, a hill town close to the border in the Homs \
                    countryside, burned a checkpoint.";
        let places = [
            toponym(text, "Tal Kurdi", Precision::Town, 1),
            toponym(text, "Homs", Precision::Town, 2),
        ];
        let refs: Vec<&Toponym> = places.iter().collect();
        let trigger = text.find("burned").unwrap();
        let chosen = event_places(text, &refs, &(trigger..trigger + 6), EventKind::Riot);
        assert_eq!(chosen[0].surface, "Tal Kurdi");

        let text = "Airstrikes hit Kunduz, Baghlan and Takhar on Friday.";
        let places = [
            toponym(text, "Kunduz", Precision::Town, 1),
            toponym(text, "Baghlan", Precision::Town, 2),
            toponym(text, "Takhar", Precision::Province, 3),
        ];
        let refs: Vec<&Toponym> = places.iter().collect();
        let chosen = event_places(text, &refs, &(0..10), EventKind::AirStrike);
        assert_eq!(chosen.len(), 3, "a province ends a list of towns");

        let text = "Shelling hit Kharkiv and Kharkiv oblast.";
        let town = toponym(text, "Kharkiv", Precision::Town, 1);
        let mut oblast = town.clone();
        (oblast.span, oblast.precision, oblast.place) = (25..32, Precision::Province, PlaceId(2));
        let chosen = event_places(text, &[&town, &oblast], &(0..8), EventKind::Shelling);
        assert_eq!(
            chosen.len(),
            1,
            "a town and its province of one name: one place"
        );
    }

    #[test]
    fn a_where_clause_is_placed_at_the_place_it_opens_and_a_river_bank_is_a_reference() {
        let text =
            "Residents marched in Kabul about the road to Herat, where two traders were killed.";
        let places = [
            toponym(text, "Kabul", Precision::Town, 1),
            toponym(text, "Herat", Precision::Town, 2),
        ];
        let refs: Vec<&Toponym> = places.iter().collect();
        let killed = text.find("killed").unwrap_or(0);
        let chosen = event_places(text, &refs, &(killed..killed + 6), EventKind::Killing);
        assert_eq!(chosen[0].surface, "Herat");

        let text = "Rockets fired from the bank of the Dnipro hit Nikopol.";
        let places = [
            toponym(text, "Dnipro", Precision::Town, 1),
            toponym(text, "Nikopol", Precision::Town, 2),
        ];
        let refs: Vec<&Toponym> = places.iter().collect();
        let chosen = event_places(text, &refs, &(0..13), EventKind::Shelling);
        assert_eq!(chosen[0].surface, "Nikopol");

        let text = "Gunmen seized two women outside Mueda, in northern Cabo Delgado.";
        let places = [
            toponym(text, "Mueda", Precision::Town, 1),
            toponym(text, "Cabo Delgado", Precision::Province, 2),
        ];
        let refs: Vec<&Toponym> = places.iter().collect();
        let chosen = event_places(text, &refs, &(7..13), EventKind::Abduction);
        assert_eq!(
            chosen[0].surface, "Mueda",
            "a town and the part of its province"
        );

        let text = "Grad rockets hit Nikopol.";
        let grad = toponym(text, "Grad", Precision::Province, 1);
        assert!(is_not_the_place(text, &grad, |_| false), "a weapon's name");
    }

    #[test]
    fn the_words_before_a_name_are_read_once_and_cut_at_whole_words() {
        let text = "Gunmen who had travelled for hours from the mountains attacked Kabul.";
        let kabul = toponym(text, "Kabul", Precision::Town, 1);
        let look = LookBack::new(text, &kabul);
        let lower = |words: &[Word]| {
            words
                .iter()
                .map(|w| w.lower.to_string())
                .collect::<Vec<_>>()
        };
        assert_eq!(lower(look.within(9)), ["attacked"]);
        assert_eq!(lower(look.within(12)), ["attacked"], "no piece of a word");
        assert_eq!(lower(look.within(22)), ["mountains", "attacked"]);
        assert_eq!(look.within(LOOK_BACK).len(), look.words.len());
    }

    #[test]
    fn the_words_before_a_name_know_where_they_start_past_an_article() {
        for text in ["کابلGen.in al-Kabul.", "Shells hit. کابل[in al-Kabul"] {
            let kabul = toponym(text, "Kabul", Precision::Town, 1);
            let look = LookBack::new(text, &kabul);
            assert!(text[look.start..].starts_with(look.window), "{text}");
            assert!(
                look.window.ends_with("in "),
                "the article is not in the window"
            );
            // Reading the words back from the name slices the text at each word's start.
            let nothing_said = Range { start: 0, end: 0 };
            assert!(!is_where_someone_spoke(
                text,
                &kabul,
                &look,
                EventKind::Killing,
                &nothing_said
            ));
        }
    }

    #[test]
    fn the_venue_of_talks_is_the_place_of_the_talks_only() {
        let text = "Both sides agreed during talks held in Geneva to a truce in Marib.";
        let places = [
            toponym(text, "Geneva", Precision::Town, 1),
            toponym(text, "Marib", Precision::Town, 2),
        ];
        let refs: Vec<&Toponym> = places.iter().collect();
        let truce = event_places(text, &refs, &(11..17), EventKind::Agreement);
        assert_eq!(truce[0].surface, "Marib");
        let talks = event_places(text, &refs, &(25..30), EventKind::Talks);
        assert_eq!(talks[0].surface, "Geneva");
        let text = "Rebels attacked a meeting point in Geneva.";
        let geneva = toponym(text, "Geneva", Precision::Town, 1);
        assert_eq!(
            venue_penalty(&LookBack::new(text, &geneva), EventKind::Assault),
            0
        );
    }

    #[test]
    fn an_outlet_and_a_group_s_branch_named_after_a_place_are_not_the_place() {
        for (text, name) in [
            (
                "Footage aired by Al-Masirah television showed burned stalls.",
                "Al-Masirah",
            ),
            (
                "JNIM, al-Qaeda's affiliate in the Sahel, claimed it.",
                "Sahel",
            ),
            (
                "JNIM, al-Qaeda's Sahel affiliate, claimed the attack.",
                "Sahel",
            ),
        ] {
            let t = toponym(text, name, Precision::Town, 1);
            assert!(is_not_the_place(text, &t, |_| false), "{text}");
        }
    }

    #[test]
    fn a_reference_point_at_a_stated_distance_beats_a_route_s_end() {
        let text = "A mine hit a truck on the Herat–Kandahar road some 60 km east of Farah \
                    city on Sunday.";
        let places = [
            toponym(text, "Herat", Precision::Town, 1),
            toponym(text, "Kandahar", Precision::Town, 2),
            toponym(text, "Farah", Precision::Town, 3),
        ];
        let refs: Vec<&Toponym> = places.iter().collect();
        let chosen = event_places(text, &refs, &(2..6), EventKind::Bombing);
        assert_eq!(chosen[0].surface, "Farah");
        // With no reference point, the route's nearer end.
        let text = "A mine hit a truck on the Herat–Kandahar road on Sunday.";
        let places = [
            toponym(text, "Herat", Precision::Town, 1),
            toponym(text, "Kandahar", Precision::Town, 2),
        ];
        let refs: Vec<&Toponym> = places.iter().collect();
        let chosen = event_places(text, &refs, &(2..6), EventKind::Bombing);
        assert_eq!(chosen[0].surface, "Herat");
    }

    #[test]
    fn where_goods_were_carried_to_is_not_where_the_carriers_were_stopped() {
        let text = "Traders carrying wheat from Kobane to Manbij were stopped by gunmen about 8 km \
                    west of Sarrin and taken away.";
        let places = [
            toponym(text, "Kobane", Precision::Town, 1),
            toponym(text, "Manbij", Precision::Town, 2),
            toponym(text, "Sarrin", Precision::Town, 3),
        ];
        let refs: Vec<&Toponym> = places.iter().collect();
        let taken = text.find("taken away").unwrap();
        let chosen = event_places(text, &refs, &(taken..taken + 10), EventKind::Abduction);
        assert_eq!(chosen[0].surface, "Sarrin");
    }

    #[test]
    fn a_source_s_town_in_a_post_s_header_is_a_place_only_when_the_body_names_none() {
        let text = "Translated from a Lakhta village page: On Sunday, while people in Dorne were \
                    at the well, drones struck the houses.";
        let places = [
            toponym(text, "Lakhta", Precision::Town, 1),
            toponym(text, "Dorne", Precision::Town, 2),
        ];
        let found = candidates(text, &(0..text.len()), &places, |_| false);
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].surface, "Dorne");

        let text = "From a Lakhta news channel (translated): drones struck two houses at dawn.";
        let places = [toponym(text, "Lakhta", Precision::Town, 1)];
        assert!(in_a_source_header(text, &places[0]));
        let found = candidates(text, &(0..text.len()), &places, |_| false);
        assert_eq!(found.len(), 1, "the only place named");

        // A dateline or a bulletin's heading is no source.
        for text in [
            "Lakhta, 3 May: drones struck two houses.",
            "Residents from Lakhta said on the channel: drones struck two houses.",
        ] {
            let lakhta = toponym(text, "Lakhta", Precision::Town, 1);
            assert!(!in_a_source_header(text, &lakhta), "{text}");
        }
    }

    #[test]
    fn modifiers_and_reference_points_are_not_the_place() {
        let text = "Looters took US-made arms an hour's drive from Kabul at Bagram.";
        let us = toponym(text, "US", Precision::Country, 1);
        assert!(is_not_the_place(text, &us, |_| false));
        let kabul = toponym(text, "Kabul", Precision::Town, 2);
        assert_eq!(reference_penalty(&LookBack::new(text, &kabul)), 150);
        // A group's home in its name: "the Jalisco New Generation Cartel", not "Kachin State".
        let text = "Gunmen of the Jalisco New Generation Cartel clashed with troops.";
        let jalisco = toponym(text, "Jalisco", Precision::Province, 1);
        assert!(is_not_the_place(text, &jalisco, |_| false));
        let text = "Fighters of the Kachin Independence Army clashed with troops in Kachin State.";
        let group = toponym(text, "Kachin", Precision::Province, 1);
        assert!(is_not_the_place(text, &group, |_| false));
        let at = text.rfind("Kachin").unwrap_or(0);
        let state = Toponym {
            span: at..at + "Kachin".len(),
            ..group.clone()
        };
        assert!(!is_not_the_place(text, &state, |_| false));
        let text = "Police killed ten squatters at the Santa Lucia farm in Pau D'Arco.";
        let farm = toponym(text, "Santa Lucia", Precision::Town, 1);
        assert!(is_not_the_place(text, &farm, |_| false));
        // Not a name that ends its line or sentence.
        let text = "Soldiers detain a cartel boss in Mazatlan\n\nArmy troops arrested him.";
        let mazatlan = toponym(text, "Mazatlan", Precision::Town, 1);
        assert!(!is_not_the_place(text, &mazatlan, |_| false));
        let text = "Iran's foreign minister hosted talks in Tehran.";
        let iran = toponym(text, "Iran", Precision::Country, 3);
        assert!(is_not_the_place(text, &iran, |_| false));
        // Where fighters withdrew to is not where they fought, but where they withdrew from.
        let text = "The insurgents withdrew toward Yangi Qala after a night of fighting.";
        let qala = toponym(text, "Yangi Qala", Precision::Town, 6);
        let look = LookBack::new(text, &qala);
        assert_eq!(origin_penalty(&look, EventKind::Assault), 60);
        assert_eq!(origin_penalty(&look, EventKind::Withdrawal), 0);
        // A compass point before "of" is a reference, unless the place lies around it.
        let text = "Rockets fell 80 km north of Marib, then in the north of Taiz city.";
        let marib = toponym(text, "Marib", Precision::Town, 4);
        assert!(is_reference_point(text, &marib));
        let taiz = toponym(text, "Taiz", Precision::Town, 5);
        assert!(!is_reference_point(text, &taiz));
    }

    #[test]
    fn datelines_and_groups_named_after_a_place_are_not_the_place() {
        for text in [
            "MOGADISHU - Gunmen shot dead two elders in Beledweyne.",
            "PEMBA, Mozambique - Insurgents attacked Mazeze.",
            "KYIV (Reuters) - Drones hit Odesa.",
            // A unit's word in capitals after the name.
            "KHARKIV REGION - Artillery and rocket fire struck Kupiansk.",
        ] {
            let first = text.split([' ', ',']).next().unwrap_or_default();
            let dateline = toponym(text, first, Precision::Town, 1);
            assert!(is_not_the_place(text, &dateline, |_| false), "{text}");
        }
        let text = "Hundreds rallied outside the Basra provincial council building.";
        let basra = toponym(text, "Basra", Precision::Town, 5);
        assert!(
            !is_not_the_place(text, &basra, |_| false),
            "a building in Basra"
        );
        let text = "The Basra provincial council said the rally was peaceful.";
        let basra = toponym(text, "Basra", Precision::Town, 5);
        assert!(is_not_the_place(text, &basra, |_| false), "a title");
        let text = "PEMBA, Mozambique - Insurgents attacked Mazeze.";
        let country = toponym(text, "Mozambique", Precision::Country, 4);
        assert!(
            is_not_the_place(text, &country, |_| false),
            "the dateline's country"
        );
        let text = "Fighters entered Mogadishu - and held it.";
        let mogadishu = toponym(text, "Mogadishu", Precision::Town, 2);
        assert!(!is_not_the_place(text, &mogadishu, |_| false));
        let text = "Fano militiamen battled federal troops in Debre Markos.";
        let fano = toponym(text, "Fano", Precision::Town, 3);
        assert!(is_not_the_place(text, &fano, |_| false));
    }
}

//! Which kinds a sentence is about, from its actual triggers: the most specific kind wins where
//! several name one happening (an airstrike's dead belong to the airstrike, a raid that ends in
//! arrests is an arrest, a protest that burns a police post is a riot), and weapons named as
//! things ("grenades in their boxes") are not events.

use std::collections::HashSet;

use super::triggers::Trigger;
use super::{EventKind, EventType};
use crate::text::{Word, gap_before, has_word_pair};

/// Words that name armed people or their posts: when they are the ones attacked or killed,
/// the violence is a battle.
const ARMED_WORDS: &[&str] = &[
    "soldier",
    "soldiers",
    "troops",
    "police",
    "policeman",
    "policemen",
    "fighters",
    "militants",
    "militiamen",
    "rebels",
    "servicemen",
    "guards",
    "personnel",
    "combatants",
    "insurgents",
    "jihadists",
    "troop",
    "army",
    "officers",
    "commandos",
    "gendarmes",
    "base",
    "camp",
    "checkpoint",
    "positions",
    "post",
    "barracks",
    "garrison",
    "outpost",
    "convoy",
    "patrol",
];

/// People a capture takes ("captured 250 rebels"): then it is no capture of a place.
const CAPTURED_PEOPLE: &[&str] = &[
    "rebels",
    "fighters",
    "militants",
    "insurgents",
    "soldiers",
    "men",
    "members",
    "commanders",
    "commander",
    "suspects",
    "jihadists",
    "prisoners",
];

/// The state's forces, who may use force on a protest (see [`choose`]).
pub(super) const STATE_FORCES: &[&str] = &[
    "police",
    "policemen",
    "officers",
    "troops",
    "soldiers",
    "security",
    "forces",
    "army",
    "military",
    "gendarmes",
    "guards",
];

/// Armed men, whose clashes are fights (see [`choose`]); the police are not among them.
const ARMED_MEN: &[&str] = &[
    "soldiers",
    "troops",
    "army",
    "fighters",
    "militants",
    "militia",
    "militias",
    "militiamen",
    "rebels",
    "insurgents",
    "jihadists",
    "gunmen",
    "combatants",
    "commandos",
];

/// The state's among [`ARMED_MEN`].
const STATE_ARMED_MEN: &[&str] = &["soldiers", "troops", "army", "commandos"];

/// People protesting, whose clashes are riots (see [`choose`]).
pub(super) const PROTESTING: &[&str] = &[
    "protesters",
    "protestors",
    "demonstrators",
    "supporters",
    "students",
    "rioters",
    "marchers",
    "counter-demonstrators",
    "counter-protesters",
];

/// Roads a crowd blocks ("road blockades", "highway blockade").
const ROADS: &[&str] = &["road", "roads", "highway", "highways", "street"];

/// What is burnt as a gesture, not as property ("burned an effigy", "set fire to a copy of
/// the Quran").
const SYMBOLS: &[&str] = &[
    "effigy",
    "effigies",
    "flag",
    "flags",
    "copy",
    "copies",
    "quran",
    "koran",
    "bible",
    "portrait",
    "portraits",
    "poster",
    "posters",
    "banner",
    "banners",
];

/// What the police clear of a protest ("cleared the protest camp", "cleared the sit-in").
const PROTEST_SITES: &[&str] = &[
    "protest",
    "protesters",
    "protestors",
    "demonstrators",
    "sit-in",
    "encampment",
];

/// What a crowd hands over to officials ("handed over a petition").
const PAPERS: &[&str] = &[
    "petition",
    "petitions",
    "letter",
    "letters",
    "memorandum",
    "list",
    "demands",
    "complaint",
];

/// How many words before an act its doer may be named ("supporters of the former president
/// set fire to").
const MAX_DOER_WORDS: usize = 16;

/// How many words before a clash may name the crowd that clashed, past a clause about it
/// ("hundreds of young people who had come to the town in response to calls … clashed").
const MAX_CROWD_WORDS: usize = 20;

/// Unarmed crowds, whose clashes with each other are mob violence (see [`choose`]).
const CROWDS: &[&str] = &[
    "people",
    "youth",
    "youths",
    "crowd",
    "crowds",
    "residents",
    "villagers",
    "farmers",
    "herders",
    "workers",
    "miners",
    "traders",
    "vendors",
    "fishermen",
    "shopkeepers",
    "bystanders",
    "communities",
    "mob",
    "mobs",
    "neighbours",
    "neighbors",
    "fans",
    // "Hundreds of men stormed the airport": so many unnamed are a crowd.
    "hundreds",
    "thousands",
];

/// Words that say who was killed or attacked: the few words after them ("killing 80 people",
/// "attacked the army base") or before them ("seven soldiers were killed").
const VICTIM_AFTER: &[&str] = &[
    "killed",
    "killing",
    "attacked",
    "attacking",
    "targeted",
    "targeting",
    "ambushed",
    "on",
];
const VICTIM_BEFORE: &[&str] = &["killed", "dead", "died", "wounded"];

/// Words after "killed" or "wounded" that show it passive ("two soldiers killed in an
/// ambush"), where the words before are its victims, not its authors.
const AFTER_PASSIVE: &[&str] = &[
    "in",
    "on",
    "at",
    "by",
    "when",
    "as",
    "after",
    "during",
    "and",
    "near",
    "while",
    "following",
    "overnight",
    "yesterday",
    "today",
    "since",
    "so",
    "or",
];
/// Words before "killed" or "wounded" that make it passive ("were killed").
const BEFORE_PASSIVE: &[&str] = &["was", "were", "been", "being", "is", "are", "be", "got"];

/// Words that make a camp one of civilians.
const SHELTER_WORDS: &[&str] = &["displaced", "displacement", "refugee", "refugees", "idp"];

/// Whether the people killed or attacked are armed: a word of [`ARMED_WORDS`] just after a
/// verb of killing or attacking, or just before "were killed".
fn armed_victims(sentence: &str, words: &[Word]) -> bool {
    victims_are(sentence, words, |range| armed_among(words, range))
}

/// Whether the victims a killing names are civilians, with no armed people among them
/// ("troops killed 7 villagers", "nine civilians were killed").
fn civilian_victims(sentence: &str, words: &[Word]) -> bool {
    victims_are(sentence, words, |range| {
        civilians_among(words, range.clone()) && !armed_among(words, range)
    })
}

/// Whether the words of `range` name unarmed people (see [`CIVILIAN_WORDS`]).
fn civilians_among(words: &[Word], range: std::ops::Range<usize>) -> bool {
    named_among(words, range, CIVILIAN_WORDS)
}

/// Whether one of the words of `range` (clamped to `words`) is in `list`.
fn named_among(words: &[Word], range: std::ops::Range<usize>, list: &[&str]) -> bool {
    words[range.start.min(words.len())..range.end.min(words.len())]
        .iter()
        .any(|w| list.contains(&w.lower.as_str()))
}

/// Whether `named` holds for the words that say who was killed or attacked: up to five after a
/// word of [`VICTIM_AFTER`] or before one of [`VICTIM_BEFORE`] (word index ranges). Before an
/// active "killed" stand its authors: "militants killed five shepherds".
fn victims_are(
    sentence: &str,
    words: &[Word],
    named: impl Fn(std::ops::Range<usize>) -> bool,
) -> bool {
    // "set fire to tents housing soldiers, killing 17 of them": "them" are the people named
    // last before the verb.
    let them = |i: usize| {
        let after = &words[(i + 1).min(words.len())..(i + 5).min(words.len())];
        after.iter().any(|w| w.lower == "them").then(|| {
            (i.saturating_sub(8)..i).rev().find(|&k| {
                let word = words[k].lower.as_str();
                ARMED_WORDS.contains(&word) || CIVILIAN_WORDS.contains(&word)
            })
        })?
    };
    words.iter().enumerate().any(|(i, w)| {
        (VICTIM_AFTER.contains(&w.lower.as_str())
            && (named(i + 1..phrase_end(sentence, words, i + 1, 5))
                || them(i).is_some_and(|k| named(k..k + 1))))
            || (VICTIM_BEFORE.contains(&w.lower.as_str())
                && !is_active_verb(sentence, words, i)
                && named(i.saturating_sub(4)..i))
    })
}

/// The index past the last of at most `max` words from `from` that no comma, semicolon or
/// full stop cuts off ("killing 26 men, police said" ends before "police").
fn phrase_end(sentence: &str, words: &[Word], from: usize, max: usize) -> usize {
    let last = (from + max).min(words.len());
    (from + 1..last)
        .find(|&k| gap_before(sentence, words, k).contains([',', ';', '.']))
        .unwrap_or(last)
}

/// Whether word `i`, "killed" or "wounded", has an object after it: the next word follows
/// with no punctuation between, is no preposition or conjunction, and no "were" stands before.
fn is_active_verb(sentence: &str, words: &[Word], i: usize) -> bool {
    if !matches!(words[i].lower.as_str(), "killed" | "wounded") {
        return false;
    }
    let Some(next) = words.get(i + 1) else {
        return false;
    };
    let gap = sentence
        .get(words[i].span.end..next.span.start)
        .unwrap_or(",");
    let passive_before = i > 0 && BEFORE_PASSIVE.contains(&words[i - 1].lower.as_str());
    gap.chars().all(char::is_whitespace)
        && !AFTER_PASSIVE.contains(&next.lower.as_str())
        && !passive_before
}

/// Vehicles and boats of unarmed passengers ("a minibus was attacked").
const BUSES: &[&str] = &[
    "minibus",
    "minibuses",
    "bus",
    "buses",
    "ferry",
    "ferries",
    "canoe",
    "canoes",
];

/// Whether `t`, a generic attack or fire come under, falls in the passive on the unarmed
/// people or the bus its clause names before it ("a minibus carrying traders was attacked",
/// "a reporter for a radio station in Mamou was attacked", "a canoe of fishermen came under
/// fire").
fn falls_on_the_unarmed_named_before(words: &[Word], t: &Trigger) -> bool {
    let under_fire = UNDER_FIRE.contains(&t.phrase);
    // ("were also assaulted", "was brutally attacked".)
    let auxiliary_at = |at: usize| ["was", "were"].contains(&words[at].lower.as_str());
    let adverb_at = |at: usize| words[at].lower == "also" || words[at].lower.ends_with("ly");
    let passive = (t.first_word.checked_sub(1))
        .is_some_and(|at| auxiliary_at(at) || (at > 0 && adverb_at(at) && auxiliary_at(at - 1)))
        || (under_fire && t.phrase != "fired upon");
    let before = t.first_word.saturating_sub(PASSIVE_SUBJECT_WORDS)..t.first_word;
    (is_generic_attack(t) || under_fire)
        && passive
        && (civilians_among(words, before.clone())
            || (words[before.clone()].iter()).any(|w| BUSES.contains(&w.lower.as_str())))
        && !armed_among(words, before)
}

/// How many words before a passive attack may name its victims.
const PASSIVE_SUBJECT_WORDS: usize = 12;

/// Phrases of fire someone came under (see the [assault] section of the lexicon).
const UNDER_FIRE: &[&str] = &[
    "fired upon",
    "came under fire",
    "comes under fire",
    "came under gunfire",
    "came under * gunfire",
    "comes under gunfire",
];

/// Nouns for unarmed people.
const CIVILIAN_WORDS: &[&str] = &[
    "civilians",
    "villagers",
    "residents",
    "worshippers",
    "worshipers",
    "passengers",
    "activists",
    "journalists",
    "reporters",
    "doctors",
    "nurses",
    "patients",
    "tourists",
    "migrants",
    "shoppers",
    "supporters",
    "passers-by",
    "passersby",
    "bystanders",
    "pedestrians",
    "commuters",
    "motorists",
    "customers",
    "voters",
    "priests",
    "monks",
    "activist",
    "journalist",
    "reporter",
    "photographer",
    "photographers",
    "photojournalist",
    "photojournalists",
    "cameraman",
    "cameramen",
    "correspondent",
    "correspondents",
    "blogger",
    "bloggers",
    "children",
    "women",
    "farmers",
    "herders",
    "herdsmen",
    "pastoralists",
    "panners",
    "vendors",
    "miners",
    "students",
    "shepherds",
    "gatherers",
    "collectors",
    "traders",
    "merchants",
    "fishermen",
    "teachers",
    "pupils",
    "girls",
    "boys",
    "elders",
    "pilgrims",
    "mourners",
    "guests",
    "drivers",
    "workers",
    "labourers",
    "laborers",
    "displaced",
    "refugees",
    "family",
    "households",
    "people",
    "civilian",
    "villager",
    "resident",
    "farmer",
    "herder",
    "shepherd",
    "trader",
    "driver",
    "teacher",
    "woman",
    "boy",
    "girl",
    "child",
    "players",
    "footballers",
    "fans",
    "catechist",
    "pastor",
    "imam",
    "parishioners",
    "unionists",
    "student",
    "pupil",
    "worker",
    "vendor",
    "passenger",
    "nurse",
    "doctor",
    "priest",
    "fisherman",
    "principal",
    "headmaster",
    "headteacher",
    "invigilators",
    "invigilator",
    "enumerators",
    "interviewers",
    "campaigners",
    "canvassers",
    "volunteers",
];

/// Weapons of those who attack the unarmed, not of soldiers: "men with iron bars".
const MELEE_WEAPONS: &[&str] = &[
    "bars",
    "machetes",
    "machete",
    "sticks",
    "clubs",
    "knives",
    "batons",
    "axes",
    "cudgels",
    "cutlasses",
    "cutlass",
    "pangas",
    "spears",
    "hammers",
];

/// The homes, shops and vehicles of unarmed people: an attack on them, with no armed people
/// named, is one on civilians ("armed men attacked the home of a catechist", "the team bus
/// was attacked"); those raided or stormed are looted or taken.
const CIVILIAN_TARGETS: &[&str] = &[
    "home", "homes", "house", "houses", "shop", "shops", "market", "church", "mosque", "bus",
    "minibus",
];

/// Whether the words of `range` name armed people or their posts (see [`ARMED_WORDS`]).
fn armed_among(words: &[Word], range: std::ops::Range<usize>) -> bool {
    let window = &words[range.start.min(words.len())..range.end.min(words.len())];
    // "killing a baker at a checkpoint": the people named before where it was (not "an
    // attack at a checkpoint", which names the post alone).
    let window = match (window.iter().skip(1))
        .position(|w| ["at", "near", "outside"].contains(&w.lower.as_str()))
    {
        Some(at) => &window[..at + 1],
        None => window,
    };
    // "a camp for displaced people", "a camp of artisanal gold miners" is no military camp
    // (the people it holds may be named a few words past the window).
    let beyond = &words[range.start.min(words.len())..(range.end + 3).min(words.len())];
    let sheltering = beyond.iter().any(|w| {
        SHELTER_WORDS.contains(&w.lower.as_str()) || CIVILIAN_WORDS.contains(&w.lower.as_str())
    });
    window
        .iter()
        .any(|w| ARMED_WORDS.contains(&w.lower.as_str()) && !(sheltering && w.lower == "camp"))
}

/// Whether `trigger` is an attack on armed people or their posts: "militants assaulted the
/// army base", "gunmen attacked a police checkpoint".
fn attacks_the_armed(words: &[Word], trigger: &Trigger) -> bool {
    is_generic_attack(trigger) && armed_among(words, trigger.first_word + 1..trigger.first_word + 5)
}

/// Words that make a gathering a protest: "gathered … to demand", "in support of"; where
/// crowds gather to be heard ("gathered outside the provincial legislature").
const PROTEST_CUES: &[&str] = &[
    "demand",
    "demanding",
    "call",
    "calling",
    "called",
    "portraits",
    "support",
    "against",
    "protest",
    "denounce",
    "denouncing",
    "release",
    "slogans",
    "placards",
    "banners",
    "signs",
    "petition",
    "chanting",
    "condemn",
    "condemning",
    "ask",
    "asking",
    "urge",
    "urging",
    "demands",
    "justice",
    "legislature",
    "parliament",
    "embassy",
    "consulate",
    "ministry",
    "complain",
    "complaining",
    "grievances",
];

/// Buildings of the authorities before which a crowd gathers to be heard ("gathered in front
/// of the district office", "outside the municipality"), not for an opening held in one.
const SEATS_OF_AUTHORITY: &[&str] = &[
    "office",
    "offices",
    "municipality",
    "governorate",
    "headquarters",
    "compound",
    "hall",
    "prefecture",
    "administration",
    "courthouse",
    "palace",
];

/// Weapons that a trigger names as a thing; they report an event only with a verb of use.
const WEAPON_NOUNS: &[&str] = &[
    "mortar",
    "rocket",
    "rockets$",
    "missile",
    "artillery",
    "grenade",
    "grenades$",
    "drone$",
    "drones$",
    "bomb$",
    "bombs$",
    "shell$",
    "shells$",
    "ied$",
    "ieds$",
    "grad$",
    "howitzer",
    "landmine",
    "land mine",
    "projectiles$",
    "chemical$",
    "warplane",
    "fighter jets",
    "gunship",
    "kamikaze",
    "suicide vest",
];

/// Weapons that strike from the ground, before "strike" ("an IED strike", "a rocket strike").
const GROUND_WEAPONS: &[&str] = &[
    "ied",
    "mine",
    "bomb",
    "mortar",
    "rocket",
    "missile",
    "artillery",
    "shell",
    "grad",
];

/// Words that say a weapon was used.
const USE_WORDS: &[&str] = &[
    "hitting",
    "raids",
    "raided",
    "carried",
    "pounded",
    "bombed",
    "bombing",
    "dropped",
    "fired",
    "fire",
    "firing",
    "hit",
    "hits",
    "struck",
    "strike",
    "strikes",
    "landed",
    "landing",
    "falling",
    "exploded",
    "explosion",
    "attack",
    "attacked",
    "attacks",
    "shelled",
    "sent",
    "hurt",
    "punched",
    "tore",
    "slammed",
    "launched",
    "launch",
    "targeted",
    "targeting",
    "killed",
    "killing",
    "wounded",
    "wounding",
    "injured",
    "injuring",
    "damaged",
    "destroyed",
    "thrown",
    "threw",
    "throwing",
    "hurled",
    "hurling",
    "lobbed",
    "lobbing",
    "tossed",
    "tossing",
    "flung",
    "dropped",
    "dropping",
    "fell",
    "rained",
    "detonated",
    "went",
    "blast",
    "barrage",
    "pounded",
    "bombarded",
    "slammed",
    "injures",
    "kills",
    "damaging",
    "used",
    "using",
    "shot",
    "crashed",
    "intercepted",
    "downed",
    "blew",
    "shattered",
    "ripped",
];

/// Sentences that sum up a war rather than report one happening.
const SUMMARY_PHRASES: &[&[&str]] = &[
    &["across", "the", "country"],
    &["throughout", "the", "country"],
    &["around", "the", "country"],
    &["nationwide"],
    // "pushed al-Shabaab out of dozens of towns and villages in Hiiraan": a campaign.
    &["dozens", "of", "towns"],
    &["dozens", "of", "villages"],
    &["dozens", "of", "districts"],
    &["scores", "of", "villages"],
    &["hundreds", "of", "villages"],
];

/// Abduction phrases that tell that the people detained disappeared ("took them to an unknown
/// location"), not that someone was detained for kidnapping.
const DISAPPEARANCE: &[&str] = &[
    "unknown location",
    "unknown destination",
    "undisclosed location",
    "whereabouts",
    "forcibly disappeared",
    "forced disappearance",
];

/// Killing phrases that are an event of their own, whoever else the sentence tells of.
pub(super) fn is_strong_killing(trigger: &Trigger) -> bool {
    !matches!(
        trigger.phrase,
        "killed"
            | "killing$"
            | "were killed"
            | "was killed"
            | "was shot"
            | "were shot"
            | "shot$ a"
            | "shot$ two"
            | "opened fire on"
            | "open$ fire on"
    )
}

/// Attack words that say only that violence happened, not how: a more specific kind in the
/// same sentence (an airstrike, a killing of civilians, a capture) replaces them.
fn is_generic_attack(trigger: &Trigger) -> bool {
    [
        "attack",
        "attacked",
        "assault",
        "under attack",
        "stormed",
        "storming",
        "raided",
        "raid$ on",
    ]
    .contains(&trigger.phrase)
}

/// Whether a change of hands is non-violent: "without a fight", "without any resistance",
/// "under a deal".
fn without_a_fight(words: &[Word]) -> bool {
    has_word_pair(
        words,
        &["without"],
        &["a", "fighting", "resistance", "any", "firing"],
    ) || (words.windows(3)).any(|w| {
        w[0].lower == "under"
            && ["a", "an", "the"].contains(&w[1].lower.as_str())
            && ["deal", "agreement", "accord"].contains(&w[2].lower.as_str())
    })
}

/// Actors that are not a state's forces.
const NON_STATE: &[&str] = &[
    "Taliban",
    "Islamic State",
    "al-Qaeda",
    "JNIM",
    "al-Shabaab",
    "Houthis",
    "HTS",
    "SDF",
    "Militants",
    "Rebels",
    "Militia",
    "Unidentified gunmen",
    "People's Defence Force",
    "Arakan Army",
    "Kachin Independence Army",
    "Karen National Liberation Army",
    "TNLA",
    "MNDAA",
    "RSF",
    "M23",
    "ADF",
    "CODECO",
    "Boko Haram",
    "ISWAP",
    "TTP",
    "BLA",
    "OLA",
    "Fano",
    "ELN",
    "FARC dissidents",
    "PKK",
    "Hamas",
    "Islamic Jihad",
    "Cartel gunmen",
    "Gangs",
];

/// Whether two triggers share words ("were shot" in "were shot down").
fn overlap(a: &Trigger, b: &Trigger) -> bool {
    a.span.start < b.span.end && b.span.start < a.span.end
}

/// Verbs that say a weapon hit its target ("drones hit", "a missile struck").
const IMPACT_VERBS: &[&str] = &[
    "hit",
    "hits",
    "struck",
    "strikes",
    "slammed",
    "landed",
    "exploded",
    "detonated",
    "damaged",
    "destroyed",
    "killed",
    "wounded",
    "injured",
];

/// Whether an impact verb follows the weapon's trigger within two words, other than one of
/// the weapon's interception ("drones were destroyed" over the city did not hit it).
fn hit_home(trigger: &Trigger, words: &[Word], interceptions: &[&Trigger]) -> bool {
    words
        .iter()
        .filter(|w| w.span.start >= trigger.span.end)
        .take(2)
        .any(|w| {
            IMPACT_VERBS.contains(&w.lower.as_str())
                && !(interceptions.iter()).any(|i| i.span.contains(&w.span.start))
        })
}

/// Nouns that "aviation" qualifies as a trade ("aviation authorities").
const AVIATION_TRADE: &[&str] = &[
    "authority",
    "authorities",
    "officials",
    "agency",
    "ministry",
    "regulator",
    "fuel",
    "industry",
    "safety",
    "sector",
    "experts",
    "analysts",
    "sources",
];

/// Nouns after "drone" that name no strike ("drone flights", "a drone factory").
const DRONES_THAT_STRIKE_NOTHING: &[&str] = &[
    "flights",
    "flight",
    "surveillance",
    "footage",
    "images",
    "video",
    "pilots",
    "operators",
    "factory",
    "factories",
    "industry",
    "production",
    "programme",
    "program",
    "sightings",
];

/// The kinds `sentence` is about (see the module doc), one trigger per kind in each of its
/// statements (parts between semicolons: "missiles hit the grid across the country; in Dnipro
/// a missile struck a bus stop" tells of two strikes).
pub(super) fn choose(
    sentence: &str,
    triggers: Vec<Trigger>,
    words: &[Word],
    actors: &[compact_str::CompactString],
) -> Vec<Trigger> {
    use EventKind::*;
    // Most sentences of news report no event: nothing to choose, nor to read the words for.
    if triggers.is_empty() {
        return triggers;
    }
    let has = |triggers: &[Trigger], kind: EventKind| triggers.iter().any(|t| t.kind == kind);
    let explosive = |kind: EventKind| kind.event_type() == EventType::ExplosionsRemoteViolence;
    let any_word = |list: &[&str]| words.iter().any(|w| list.contains(&w.lower.as_str()));
    let drop = |kept: &mut Vec<Trigger>, when: bool, what: &dyn Fn(&Trigger) -> bool| {
        if when {
            kept.retain(|t| !what(t));
        }
    };
    // The words just before and just after a trigger, lower case ("" past either end).
    let before = |t: &Trigger| {
        t.first_word
            .checked_sub(1)
            .map_or("", |at| words[at].lower.as_str())
    };
    let after = |t: &Trigger| words.get(t.first_word + 1).map_or("", |w| w.lower.as_str());
    // Whether the word at `at` follows a passive's auxiliary ("were marched", "was attacked").
    let passive = |at: usize| {
        at >= 1 && ["was", "were", "been", "being"].contains(&words[at - 1].lower.as_str())
    };
    // Whether one of `nouns` is among the `n` words before a trigger, or after its first word.
    let noun_before = |t: &Trigger, n: usize, nouns: &[&str]| {
        (words[t.first_word.saturating_sub(n)..t.first_word].iter())
            .any(|w| nouns.contains(&w.lower.as_str()))
    };
    let noun_after = |t: &Trigger, n: usize, nouns: &[&str]| {
        let after =
            &words[(t.first_word + 1).min(words.len())..(t.first_word + n).min(words.len())];
        after.iter().any(|w| nouns.contains(&w.lower.as_str()))
    };
    let mut kept = triggers;
    // "gathered" ("assembled", "stood", "came out") is a protest only with a cause; a weapon
    // named is an event only when used. (The sentence's words are read only when such a
    // trigger is there.)
    let gathered = |t: &Trigger| {
        ["gathered$", "assembled$", "stood$"].contains(&t.phrase)
            || t.phrase.starts_with("came out")
    };
    let before_authorities = || {
        (1..words.len()).any(|at| {
            let (word, previous) = (words[at].lower.as_str(), words[at - 1].lower.as_str());
            let set_before = (word == "of" && previous == "front") || word == "outside";
            set_before
                && (words[at + 1..(at + 5).min(words.len())].iter())
                    .any(|w| SEATS_OF_AUTHORITY.contains(&w.lower.as_str()))
        })
    };
    // "gathered for a commemoration and a march": a march (in lower case: no month) is a cause.
    let for_a_march = || {
        (words.iter()).any(|w| w.lower == "march" && sentence.get(w.span.clone()) == Some("march"))
    };
    let without_cause = kept.iter().any(gathered)
        && !any_word(PROTEST_CUES)
        && !before_authorities()
        && !for_a_march();
    drop(&mut kept, without_cause, &gathered);
    // "Governments in Port-Vila have repeatedly fallen to no-confidence votes": what falls
    // is no town.
    const FALLING_NO_TOWN: &[&str] = &[
        "government",
        "governments",
        "cabinet",
        "coalition",
        "prices",
        "price",
        "temperatures",
        "ratings",
        "shares",
        "currency",
    ];
    // "contributed to the fall of the government": nor what fell.
    kept.retain(|t| {
        !(t.kind == Capture
            && (["fallen", "fell to"].contains(&t.phrase) && noun_before(t, 6, FALLING_NO_TOWN)
                || t.phrase == "fall of" && noun_after(t, 4, FALLING_NO_TOWN)))
    });
    // "walking towards Soleimani's grave", "visited their graves": someone's grave is no mass
    // grave found.
    kept.retain(|t| {
        let someones = crate::text::is_possessive(before(t))
            || ["his", "her", "their", "its", "our"].contains(&before(t));
        !(t.kind == MassGrave && matches!(t.phrase, "grave$" | "graves$") && someones)
    });
    // "They were marched into the forest": captives driven on foot, no march of protest.
    kept.retain(|t| !(t.kind == Protest && t.phrase == "marched" && passive(t.first_word)));
    // "Residents armed with homemade mortars resisted": weapons held, not fired.
    kept.retain(|t| {
        let held = (t.first_word.saturating_sub(4)..t.first_word).any(|at| {
            words[at].lower == "armed" && words.get(at + 1).is_some_and(|w| w.lower == "with")
        });
        !(explosive(t.kind) && held)
    });
    // "an IED strike on a convoy", "a mortar strike killed": the weapon named before "strike"
    // says what struck, not aircraft.
    kept.retain(|t| {
        !(t.kind == AirStrike
            && t.phrase.starts_with("strike")
            && GROUND_WEAPONS.contains(&before(t)))
    });
    // "Boats carrying migrants were intercepted by the coast guard": people stopped on their
    // way, no weapon disrupted.
    const TRAVELLERS: &[&str] = &["migrants", "refugees", "asylum", "boats", "boat", "dinghy"];
    const ARMS: &[&str] = &[
        "drone",
        "drones",
        "missile",
        "missiles",
        "rocket",
        "rockets",
        "weapons",
        "arms",
        "ammunition",
        "explosives",
    ];
    kept.retain(|t| {
        !(t.kind == WeaponsSeizure
            && t.phrase == "intercept"
            && any_word(TRAVELLERS)
            && !any_word(ARMS))
    });
    // "Police used stun grenades": a means of dispersing a crowd, no grenade attack.
    kept.retain(|t| {
        !(t.kind == Grenade
            && ["stun", "flash", "flashbang", "sound", "smoke"].contains(&before(t)))
    });
    // "Aviation authorities said", "civil aviation", "aviation fuel": the word names a trade,
    // not aircraft striking ("with the support of artillery and aviation"); "drone flights
    // over the Sahel", "a drone factory": drones that strike nothing.
    kept.retain(|t| {
        let trade = before(t) == "civil" || AVIATION_TRADE.contains(&after(t));
        !((t.phrase == "aviation" && trade)
            || (matches!(t.phrase, "drone$" | "drones$")
                && DRONES_THAT_STRIKE_NOTHING.contains(&after(t))))
    });
    // A bulletin's "Incident: IED against a military vehicle." reports the weapon's use.
    let incident =
        (sentence.trim_start().get(..9)).is_some_and(|head| head.eq_ignore_ascii_case("incident:"));
    let weapon = |t: &Trigger| WEAPON_NOUNS.contains(&t.phrase);
    let unused = kept.iter().any(weapon) && !incident && !any_word(USE_WORDS);
    drop(&mut kept, unused, &weapon);
    // "Militants using drones, artillery and explosive-laden vehicles struck the camp": the
    // weapons listed after "using" are one attack's means, which the first stands for.
    if let Some(using) = words.iter().position(|w| w.lower == "using") {
        let end = (using + 1..words.len())
            .find(|&i| {
                USE_WORDS.contains(&words[i].lower.as_str())
                    || gap_before(sentence, words, i).contains([';', '('])
            })
            .unwrap_or(words.len());
        let means = |t: &Trigger| explosive(t.kind) && (using + 1..end).contains(&t.first_word);
        if let Some(first) = kept.iter().filter(|t| means(t)).map(|t| t.first_word).min() {
            kept.retain(|t| !means(t) || t.first_word == first);
        }
    }
    // A part of a statement that sums up ("across the country") reports no one event; the
    // report it follows stands ("gunmen shot dead a journalist in Khost, the latest in a
    // string of killings across the country").
    let summaries: Vec<std::ops::Range<usize>> = SUMMARY_PHRASES
        .iter()
        .flat_map(|phrase| {
            (words.windows(phrase.len()))
                .filter(|w| w.iter().zip(phrase.iter()).all(|(a, b)| a.lower == *b))
                .map(|w| summed_up_part(sentence, words, w[0].span.start))
        })
        .collect();
    kept.retain(|t| !summaries.iter().any(|part| part.contains(&t.span.start)));
    // Attackers "fled the scene"; people fleeing a siege or a capture are displaced; troops
    // that "crossed the border and attacked" invade. Read before an attack gives way to a
    // capture below.
    let attack = kept
        .iter()
        .any(|t| explosive(t.kind) || matches!(t.kind, Assault | Killing | Abduction));
    // A town changing hands without a fight is a non-violent transfer.
    if without_a_fight(words) {
        for t in kept
            .iter_mut()
            .filter(|t| matches!(t.kind, Capture | Recapture | Surrender))
        {
            t.kind = Withdrawal;
        }
    }
    // Government forces taking a place take it back.
    let state_only = actors
        .iter()
        .any(|a| a == "Government forces" || a == "Myanmar military")
        && !actors.iter().any(|a| NON_STATE.contains(&a.as_str()));
    if state_only {
        for t in kept.iter_mut().filter(|t| t.kind == Capture) {
            t.kind = Recapture;
        }
    }
    // A flag raised over a place retaken is the retaking's ("retook Izium and raised the flag
    // over the town hall").
    let retaken = has(&kept, Recapture);
    kept.retain(|t| !(retaken && t.kind == Capture && t.phrase.contains("flag")));
    let k = kept.clone();
    // "exchanged 200 detainees": an exchange of prisoners, no arrest.
    drop(
        &mut kept,
        k.iter()
            .any(|t| t.kind == Agreement && t.phrase.starts_with("exchanged")),
        &|t| t.kind == Arrest,
    );
    // "marched twenty passengers into the bush", "seized 20 villagers in Kanama": the word that
    // opens an abduction opens no march of protest, nor a capture; nor does one inside it ("he
    // was seized").
    let abduction_opens = |t: &Trigger| {
        k.iter().any(|a| {
            a.kind == Abduction && a.span.start <= t.span.start && t.span.end <= a.span.end
        })
    };
    kept.retain(|t| !(matches!(t.kind, Protest | Capture) && abduction_opens(t)));
    drop(
        &mut kept,
        k.iter()
            .any(|t| t.kind == Destruction && t.phrase.starts_with("blew up")),
        &|t| t.kind == Bombing,
    );
    drop(&mut kept, has(&k, Shelling), &|t| {
        t.kind == AirStrike && t.phrase.starts_with("strike")
    });
    // "Shooting two men who tried to flee", "as they tried to flee": the victims' attempt is
    // no flight (officials "attempting to flee" the town are one).
    kept.retain(|t| {
        !(t.kind == Flight
            && t.first_word >= 3
            && words[t.first_word - 1].lower == "to"
            && ["tried", "trying", "attempted", "attempting"]
                .contains(&words[t.first_word - 2].lower.as_str())
            && ["who", "that", "they", "he", "she"]
                .contains(&words[t.first_word - 3].lower.as_str()))
    });
    // "Engineers blew up a row of houses: a series of controlled detonations": demolitions,
    // no bomb made safe.
    let demolished = (kept.iter()).any(|t| {
        t.kind == Destruction
            && ["blew up", "blown up", "demolish"]
                .iter()
                .any(|p| t.phrase.starts_with(p))
    });
    drop(&mut kept, demolished, &|t| {
        t.kind == WeaponsSeizure && t.phrase.starts_with("controlled")
    });
    // A bomb defused, drones shot down: no explosion, unless the weapon is said to have hit
    // ("drones hit the port; 19 of 25 were shot down"). "Were shot down" kills no one.
    let k = kept.clone();
    let interceptions: Vec<&Trigger> = k.iter().filter(|t| t.kind == WeaponsSeizure).collect();
    let disrupted = |t: &Trigger| interceptions.iter().any(|d| overlap(d, t));
    drop(&mut kept, !interceptions.is_empty(), &|t| {
        (explosive(t.kind) && !hit_home(t, words, &interceptions))
            || t.kind == Surrender
            || (matches!(t.kind, Killing | Destruction) && disrupted(t))
    });
    // A shell or a bomb that carries a chemical agent is a chemical attack.
    let k = kept.clone();
    drop(&mut kept, has(&k, ChemicalAttack), &|t| {
        explosive(t.kind) && t.kind != ChemicalAttack
    });
    // "A mortar shell fell on a street": what fell is the shell, not the town.
    let k = kept.clone();
    drop(&mut kept, k.iter().any(|t| explosive(t.kind)), &|t| {
        t.kind == Capture && t.phrase.starts_with("fell")
    });
    let k = kept.clone();
    drop(
        &mut kept,
        has(&k, SuicideBombing) || has(&k, AirStrike),
        &|t| t.kind == Bombing,
    );
    // Protesters' petrol bombs are a riot's, not an explosion.
    let k = kept.clone();
    drop(&mut kept, has(&k, Riot), &|t| {
        t.kind == Bombing && k.iter().any(|r| r.kind == Riot && overlap(r, t))
    });
    let k = kept.clone();
    let exploded = k.iter().any(|t| explosive(t.kind));
    drop(&mut kept, exploded, &|t| {
        (t.kind == Assault && is_generic_attack(t)) || matches!(t.kind, Killing | Destruction)
    });
    // A protest broken up and people killed: excessive force against protesters.
    // "Police arrested him at his home after storming it with tear gas": tear gas in a raid
    // that names no crowd is no protest's.
    let crowd_named = || {
        any_word(PROTESTING)
            || any_word(CROWDS)
            || (words.iter()).any(|w| {
                [
                    "protest",
                    "demonstration",
                    "rall",
                    "march",
                    "gathering",
                    "sit-in",
                ]
                .iter()
                .any(|stem| w.lower.starts_with(stem))
            })
    };
    let k = kept.clone();
    drop(
        &mut kept,
        has(&k, Arrest) && has(&k, ProtestIntervention) && !crowd_named(),
        &|t| t.kind == ProtestIntervention,
    );
    if has(&kept, ProtestIntervention)
        && has(&kept, Killing)
        && !has(&kept, ProtestCrackdown)
        && let Some(intervention) = kept.iter_mut().find(|t| t.kind == ProtestIntervention)
    {
        intervention.kind = ProtestCrackdown;
    }
    // "A man shot dead two protesters blocking the highway": force against protesters by no
    // state's forces is an attack on civilians ("Taliban gunmen", who rule, may be the state's).
    const NOT_THE_STATE: &[&str] = &[
        "man",
        "men",
        "assailant",
        "assailants",
        "attacker",
        "attackers",
        "driver",
        "motorist",
        "vigilantes",
        "unidentified",
    ];
    let by_no_state = |t: &Trigger| noun_before(t, 6, NOT_THE_STATE) && !any_word(STATE_FORCES);
    for t in kept.iter_mut().filter(|t| t.kind == ProtestCrackdown) {
        if by_no_state(t) {
            t.kind = Killing;
        }
    }
    let k = kept.clone();
    drop(&mut kept, has(&k, ProtestCrackdown), &|t| {
        matches!(t.kind, Protest | ProtestIntervention | Killing | Riot)
            || (t.kind == Assault && is_generic_attack(t))
    });
    let k = kept.clone();
    drop(&mut kept, has(&k, ProtestIntervention), &|t| {
        matches!(t.kind, Protest | Arrest) || (t.kind == Killing && !is_strong_killing(t))
    });
    // "Handed over a petition": papers handed over are no territory.
    kept.retain(|t| {
        !(t.kind == Withdrawal && t.phrase.starts_with("hand") && noun_after(t, 5, PAPERS))
    });
    let participle = |t: &Trigger| words[t.first_word].lower.ends_with("ed");
    // "The detained man was flown to The Hague", "an arrested journalist": a participle
    // that describes someone held, no arrest told here.
    kept.retain(|t| {
        !(t.kind == Arrest && participle(t) && ["the", "a", "an"].contains(&before(t)))
    });
    // "Those protests were tolerated", "such attacks": events told before, or none.
    // ("those arrested" are people, told as arrested.)
    kept.retain(|t| participle(t) || !["those", "these", "such"].contains(&before(t)));
    // "Trains with their departure times", "the departure lounge": a timetable's word, no
    // force leaving.
    const TIMETABLE_WORDS: &[&str] = &[
        "time",
        "times",
        "date",
        "dates",
        "schedule",
        "schedules",
        "lounge",
        "hall",
        "board",
        "gate",
        "gates",
        "tax",
    ];
    kept.retain(|t| {
        !(t.kind == Withdrawal && t.phrase == "departure$" && TIMETABLE_WORDS.contains(&after(t)))
    });
    // "Police cleared the protest camp that had occupied the square": force used on a
    // protest, no ground taken, by either side.
    let clearing = |t: &Trigger| {
        matches!(t.kind, Capture | Recapture)
            && t.phrase.starts_with("clear")
            && noun_after(t, 5, PROTEST_SITES)
    };
    if kept.iter().any(clearing) {
        kept.retain(|t| clearing(t) || !matches!(t.kind, Capture | Recapture));
        for t in kept
            .iter_mut()
            .filter(|t| matches!(t.kind, Capture | Recapture))
        {
            t.kind = ProtestIntervention;
        }
    }
    // Burning a flag, an effigy or a book is a protest's gesture, no destruction of property:
    // the crowd's protest ("burned an effigy of the president"), else nothing ("a politician
    // set fire to a copy of the Quran").
    let symbolic = |t: &Trigger| {
        (t.kind == Destruction
            || (t.kind == Riot && ["burn", "fire"].iter().any(|w| t.phrase.contains(w))))
            && noun_after(t, 6, SYMBOLS)
    };
    if kept.iter().any(symbolic) {
        if any_word(PROTESTING) || any_word(CROWDS) {
            for t in kept.iter_mut().filter(|t| symbolic(t)) {
                t.kind = Protest;
            }
        } else {
            kept.retain(|t| !symbolic(t));
        }
    }
    let k = kept.clone();
    // Not others' attacks told as a noun ("relatives detained after recent NRF attacks").
    let others_attacks = |t: &Trigger| {
        let noun = ["attack", "attacks", "assault", "assaults", "raid", "raids"]
            .contains(&words[t.first_word].lower.as_str());
        noun && t.first_word > 0 && {
            let before = &words[t.first_word - 1];
            // (Not a capital that opens the sentence: "The attack has drawn condemnation".)
            let named =
                t.first_word > 1 && sentence[before.span.clone()].starts_with(char::is_uppercase);
            let earlier = ["recent", "earlier", "previous", "past", "repeated"];
            named || earlier.contains(&before.lower.as_str())
        }
    };
    // Nor the police's own storming ("riot police stormed the square, beating students as
    // they dispersed a sit-in"): the nearest party named before the attack is a force.
    // (Not a force named after a preposition, in another phrase: "a crowd angered by the
    // death of a man in police custody attacked the station".)
    let by_a_force = |t: &Trigger| {
        let first = t.first_word.saturating_sub(MAX_DOER_WORDS);
        let in_a_phrase = |at: usize| {
            at > 0
                && ["in", "by", "of", "from", "against", "at"]
                    .contains(&words[at - 1].lower.as_str())
        };
        (first..t.first_word)
            .rev()
            .map(|at| (at, words[at].lower.as_str()))
            .find(|&(at, w)| {
                (STATE_FORCES.contains(&w) && !in_a_phrase(at))
                    || PROTESTING.contains(&w)
                    || CROWDS.contains(&w)
            })
            .is_some_and(|(_, w)| STATE_FORCES.contains(&w))
    };
    // Nor an attack on the unarmed the clause names before it ("a reporter was attacked while
    // covering a protest").
    let attacked = k.iter().any(|t| {
        t.kind == Assault
            && is_generic_attack(t)
            && !others_attacks(t)
            && !by_a_force(t)
            && !falls_on_the_unarmed_named_before(words, t)
    });
    // A crowd (marching, or dispersed by the police) that attacks or burns: a riot.
    if (has(&k, Destruction) || has(&k, Looting) || attacked)
        && !has(&k, Riot)
        && let Some(crowd) = (kept.iter().position(|t| t.kind == Protest))
            .or_else(|| kept.iter().position(|t| t.kind == ProtestIntervention))
    {
        kept[crowd].kind = Riot;
    }
    // A crowd that burns, smashes or loots riots, when it is the doer: the nearest party
    // named before the act ("supporters of the former president set fire to the police
    // station", "young men ransacked the home of a former minister"), not "residents said
    // soldiers burned the houses", nor people named as victims ("gang members killed 20
    // people and burned houses").
    // So does one that storms a building ("residents stormed the local administration
    // office").
    let gangs = ["gang", "gangs", "members", "bandits"];
    let storming =
        |t: &Trigger| t.kind == Assault && words[t.first_word].lower.starts_with("storm");
    for t in (kept.iter_mut()).filter(|t| {
        (matches!(t.kind, Destruction | Looting) || storming(t)) && !passive(t.first_word)
    }) {
        let first = t.first_word.saturating_sub(MAX_DOER_WORDS);
        let stormed = storming(t);
        let doer = (first..t.first_word).rev().find_map(|at| {
            let word = words[at].lower.as_str();
            // "Residents angered by the killing of a trader by bandits set fire": an agent
            // after "by" is not the doer.
            if at > 0 && words[at - 1].lower == "by" {
                return None;
            }
            // Those who storm are named in the storming's clause, as a crowd of someone:
            // not "five people were killed when armed men stormed the village", nor
            // "hundreds of men".
            let armed = word == "men" && at > 0 && words[at - 1].lower == "armed";
            let clause_opens = ["when", "after", "while", "as", "before"].contains(&word);
            if stormed && (armed || clause_opens || word == "hundreds") {
                return Some(false);
            }
            let young_men = word == "men" && at > 0 && words[at - 1].lower == "young";
            let victims = (words[at.saturating_sub(5)..at].iter())
                .any(|w| ["killed", "killing", "wounded", "wounding"].contains(&w.lower.as_str()));
            // ("Unknown people set fire to the stalls": arsonists, no crowd.)
            let unknown =
                at > 0 && ["unknown", "unidentified"].contains(&words[at - 1].lower.as_str());
            if (young_men || PROTESTING.contains(&word) || CROWDS.contains(&word))
                && !victims
                && !unknown
            {
                Some(true)
            } else if ARMED_MEN.contains(&word)
                || STATE_FORCES.contains(&word)
                || gangs.contains(&word)
                // "residents said, bringing the number of buildings destroyed to 1,000": those
                // who speak are not the doers of what follows.
                || ["said", "says", "told"].contains(&word)
            {
                Some(false)
            } else {
                None
            }
        });
        if doer == Some(true) {
            t.kind = Riot;
        }
    }
    // Residents or a mob who kill are a mob ("residents of Pétion-Ville killed 28 suspected
    // gang members"), when they are the doer: the nearest party before the verb, which has an
    // object ("the residents killed in the attack" are victims).
    const MOBS: &[&str] = &[
        "residents",
        "villagers",
        "crowd",
        "crowds",
        "mob",
        "mobs",
        "vigilantes",
        "neighbours",
        "neighbors",
    ];
    // Words that end the search for the doer: a speaker ("residents said two men killed"), or
    // a clause of the victims ("shot residents as they ran out, killing 20").
    const NO_DOER_PAST: &[&str] = &[
        "said", "say", "says", "told", "reported", "as", "who", "when", "while", "they",
    ];
    // A participle's doer is its main clause's subject ("gunmen opened fire on residents,
    // killing 12"): only a finite verb counts.
    let finite = |t: &Trigger| !words[t.first_word].lower.ends_with("ing");
    // "were killed": no doer before it.
    let auxiliary = |t: &Trigger| {
        ["was", "were", "been", "being"].contains(&words[t.first_word].lower.as_str())
            || passive(t.first_word)
    };
    for t in (kept.iter_mut()).filter(|t| t.kind == Killing && finite(t) && !auxiliary(t)) {
        let last = words.partition_point(|w| w.span.start < t.span.end);
        let next = |i: usize| words.get(last + i).map_or("", |w| w.lower.as_str());
        let has_object = !next(0).is_empty()
            && (!AFTER_PASSIVE.contains(&next(0)) || (next(0), next(1)) == ("at", "least"));
        // The words of the doer: back from the verb to a word that ends the search.
        let first = t.first_word.saturating_sub(MAX_DOER_WORDS);
        let from = (first..t.first_word)
            .rev()
            .find(|&at| NO_DOER_PAST.contains(&words[at].lower.as_str()))
            .map_or(first, |at| at + 1);
        let doer = &words[from..t.first_word];
        // Not the object of a verb or a preposition before ("shot residents", "fired on
        // residents").
        let subject = |at: usize| {
            at == 0
                || ["the", "a", "an", "of", "angry", "local", "armed"]
                    .contains(&words[at - 1].lower.as_str())
                || !words[at - 1].lower.chars().all(char::is_alphabetic)
                || sentence[words[at - 1].span.clone()].starts_with(char::is_uppercase)
        };
        let a_mob =
            (from..t.first_word).any(|at| MOBS.contains(&words[at].lower.as_str()) && subject(at));
        // "Security forces and local villagers killed 10 men": not a mob's alone.
        let armed = doer.iter().any(|w| {
            ARMED_MEN.contains(&w.lower.as_str()) || STATE_FORCES.contains(&w.lower.as_str())
        });
        if has_object && a_mob && !armed {
            t.kind = MobViolence;
        }
    }
    // Unarmed crowds that clash riot: with the police ("students clashed with police"), or
    // with each other ("farmers and herders clashed"), a mob. Armed men who clash fight, and
    // so do groups named by their initials ("clashes between the SAF and the RSF"). Only the
    // words about the clash count, not "residents said".
    // So do crowds that storm or attack ("supporters of the former president stormed
    // Congress"), and communal violence with no armed men.
    let armed_men = any_word(ARMED_MEN);
    let armed_men_of_no_state = (words.iter())
        .map(|w| w.lower.as_str())
        .any(|w| ARMED_MEN.contains(&w) && !STATE_ARMED_MEN.contains(&w));
    let communal = any_word(&["communal", "intercommunal", "inter-communal"]);
    let stormed = |t: &Trigger| {
        ([
            "attacked",
            "stormed",
            "storming",
            "raided",
            "forced their way into",
        ]
        .contains(&t.phrase)
            || (t.phrase == "attack" && words[t.first_word].lower == "attacked"))
            && !passive(t.first_word)
    };
    // A crowd that stones, burns or loots as it storms riots ("hundreds of young men stormed
    // and looted a UN base, hurling stones").
    let rioting = has(&kept, Riot);
    // "Hooded youths fought riot police": a fight of a crowd against the police.
    let fought = |t: &Trigger| matches!(t.phrase, "fought$" | "battled$");
    for clash in (kept.iter_mut())
        .filter(|t| t.kind == Assault && (t.phrase == "clash" || stormed(t) || fought(t)))
    {
        // Who clashed: the few words before ("farmers and herders clashed"), and those after
        // "between" or "with", or whom they fought.
        let at = clash.first_word;
        // ("clashes broke out between …", "clashes erupted again between …".)
        const BROKE_OUT: &[&str] = &["broke", "out", "erupted", "flared", "up", "again"];
        const PARTIES_NEXT: &[&str] = &["between", "with", "involving", "pitting"];
        let word = |i: usize| words[i].lower.as_str();
        let parties_at = (at + 1..(at + 5).min(words.len()))
            .take_while(|&i| BROKE_OUT.contains(&word(i)) || PARTIES_NEXT.contains(&word(i)))
            .find(|&i| PARTIES_NEXT.contains(&word(i)))
            .unwrap_or(at + 1);
        let after = match words.get(parties_at).map(|w| w.lower.as_str()) {
            Some("between" | "with" | "involving" | "pitting") if clash.phrase == "clash" => {
                parties_at + 1..(parties_at + 6).min(words.len())
            }
            _ if fought(clash) => at + 1..(at + 3).min(words.len()),
            _ => at..at,
        };
        // Not the dateline's words ("ABIDJAN, Ivory Coast (AP) — Clashes between …").
        let dateline_end = sentence[..clash.span.start]
            .rfind(['\u{2014}', '\u{2013}'])
            .map_or(0, |dash| dash + 1);
        // Those who fought stand just before the verb ("hooded youths fought").
        let before = if fought(clash) { 3 } else { 8 };
        let parties: Vec<&Word> = (words[at.saturating_sub(before)..at].iter())
            .filter(|w| w.span.start >= dateline_end)
            .chain(&words[after.clone()])
            .collect();
        let any_party = |list: &[&str]| parties.iter().any(|w| list.contains(&w.lower.as_str()));
        // A crowd against the police may stand further back, past what angered it ("a crowd
        // angered by the death of a man in police custody attacked the station").
        let crowd_further_back = || {
            !fought(clash)
                && (words[at.saturating_sub(MAX_CROWD_WORDS)..at].iter())
                    .filter(|w| w.span.start >= dateline_end)
                    .any(|w| CROWDS.contains(&w.lower.as_str()))
        };
        let initials = parties.iter().any(|w| {
            let text = &sentence[w.span.clone()];
            text.len() >= 2 && text.chars().all(|c| c.is_ascii_uppercase())
        });
        // "Armed youths raided the cattle camps": armed men; not "farmers armed with sticks".
        let armed = (parties.windows(2)).any(|w| w[0].lower == "armed" && w[1].lower != "with");
        // "The most serious border clash between the two neighbours": states' forces.
        let border = at > 0 && ["border", "frontier"].contains(&words[at - 1].lower.as_str());
        // A crowd against the police riots too ("clashes between security forces and young
        // people"), and against soldiers beside the police ("young people clashed with police
        // and soldiers"), when no other armed men are named.
        let police = any_party(&["police", "policemen", "security", "gendarmes"]);
        let crowd = any_party(CROWDS);
        let against_the_state = police && crowd && !armed_men_of_no_state;
        if (armed_men && !against_the_state) || initials || armed || border {
            continue;
        }
        if any_party(PROTESTING)
            || ((police || rioting) && crowd)
            || (police && crowd_further_back())
        {
            clash.kind = Riot;
        } else if (crowd || communal) && !fought(clash) {
            clash.kind = MobViolence;
        }
    }
    // Crowds' road blockades protest ("farmers held blockades at several points", "a road
    // blockade by residents"); a blockade by no crowd, or with armed men, is a siege.
    let road_blockade = |t: &Trigger| {
        t.phrase == "blockade"
            && (words[t.first_word].lower == "blockades"
                || (t.first_word > 0 && ROADS.contains(&words[t.first_word - 1].lower.as_str())))
    };
    if !armed_men && (any_word(PROTESTING) || any_word(CROWDS)) {
        for t in kept
            .iter_mut()
            .filter(|t| t.kind == Siege && road_blockade(t))
        {
            t.kind = Protest;
        }
    }
    // "Armed men surrounded a mosque and opened fire on the worshippers": how the attack
    // began, no siege.
    let k = kept.clone();
    drop(&mut kept, has(&k, Killing) || has(&k, Assault), &|t| {
        t.kind == Siege && t.phrase.starts_with("surround")
    });
    let k = kept.clone();
    drop(&mut kept, has(&k, Riot), &|t| {
        matches!(t.kind, Protest | Destruction | Looting)
            || (t.kind == Assault && is_generic_attack(t))
    });
    // A mob's killing or attack is the mob's, and so is the man it dragged from a car and beat
    // to death; a riot or an abduction told beside it, in another part of the sentence
    // ("protesters pelted vehicles, a day after mobs in Kayseri attacked shops"), stays.
    let k = kept.clone();
    let mob_parts: Vec<std::ops::Range<usize>> = (k.iter())
        .filter(|t| t.kind == MobViolence)
        .map(|t| phrase_part(sentence, t.span.start))
        .collect();
    drop(&mut kept, !mob_parts.is_empty(), &|t| {
        matches!(t.kind, Killing | Assault | Riot | Protest | Abduction)
            && (!matches!(t.kind, Riot | Protest | Abduction)
                || mob_parts.iter().any(|part| part.contains(&t.span.start)))
    });
    // "captured more than 250 rebels": people taken, not a place.
    for capture in (kept.iter_mut()).filter(|t| t.kind == Capture && t.phrase == "captur") {
        let next = &words
            [(capture.first_word + 1).min(words.len())..(capture.first_word + 5).min(words.len())];
        if next
            .iter()
            .any(|w| CAPTURED_PEOPLE.contains(&w.lower.as_str()))
        {
            capture.kind = Arrest;
        }
    }
    // "before police regained control": the police restoring order take no territory; "soldiers
    // and police took control of the prison" do.
    kept.retain(|t| {
        let from = t.first_word.saturating_sub(2);
        let police = (from..t.first_word).any(|at| {
            ["police", "policemen"].contains(&words[at].lower.as_str())
                && !(at > 0 && words[at - 1].lower == "and")
        });
        !(matches!(t.kind, Capture | Recapture) && t.phrase.contains("control") && police)
    });
    let k = kept.clone();
    // "captured Mogok; the TNLA said it had detained dozens of soldiers": a name after the
    // capture, and the arrest told in another statement, make the capture a place's.
    let statements_of_arrests: Vec<usize> = (k.iter())
        .filter(|t| t.kind == Arrest)
        .map(|t| statement_at(sentence, t.span.start))
        .collect();
    let captures_a_name = |t: &Trigger| {
        (words.get(t.first_word + 1))
            .is_some_and(|w| sentence[w.span.clone()].starts_with(char::is_uppercase))
            && !statements_of_arrests.contains(&statement_at(sentence, t.span.start))
    };
    // "handed the thief over to the police": a person handed over, not a town.
    let handed_to_police = k
        .iter()
        .any(|t| t.kind == Arrest && t.phrase.starts_with("hand"));
    drop(&mut kept, has(&k, Arrest), &|t| {
        (t.kind == Assault && is_generic_attack(t))
            || (t.kind == Withdrawal && t.phrase.starts_with("hand") && handed_to_police)
            || (t.kind == Capture && t.phrase.starts_with("captur") && !captures_a_name(t))
            // "the recapture of some of its commanders", "recaptured two escaped inmates".
            || (t.kind == Recapture && t.phrase.starts_with("recaptur"))
    });
    // People detained and taken to a place nobody knows: a forced disappearance, where they
    // were detained.
    let k = kept.clone();
    let disappeared = |t: &Trigger| t.kind == Abduction && DISAPPEARANCE.contains(&t.phrase);
    if has(&k, Arrest) && k.iter().any(disappeared) {
        kept.retain(|t| !disappeared(t));
        for t in kept.iter_mut().filter(|t| t.kind == Arrest) {
            t.kind = Abduction;
        }
    }
    let k = kept.clone();
    drop(&mut kept, has(&k, Capture) || has(&k, Recapture), &|t| {
        t.kind == Assault && is_generic_attack(t)
    });
    let k = kept.clone();
    drop(&mut kept, has(&k, Agreement), &|t| t.kind == Talks);
    // "gave up three posts to the Shield forces under arrangements agreed in Riyadh": the deal
    // an act told before it was done under is its frame, no event of its own.
    let k = kept.clone();
    let under_a_deal = |t: &Trigger| {
        let from = t.first_word.saturating_sub(3);
        (words[from..t.first_word].iter())
            .find(|w| w.lower == "under")
            .is_some_and(|under| {
                (k.iter()).any(|act| {
                    !matches!(act.kind, Agreement | Talks) && act.span.end <= under.span.start
                })
            })
    };
    kept.retain(|t| !(t.kind == Agreement && under_a_deal(t)));
    let k = kept.clone();
    // "raided his home and took him to an unknown destination", "stormed a school and seized
    // 280 children": the raid told just before is the abduction (unless someone was killed).
    let abductions: Vec<&Trigger> = (k.iter()).filter(|t| t.kind == Abduction).collect();
    if !abductions.is_empty() && !has(&k, Killing) {
        for raid in (kept.iter_mut()).filter(|t| t.kind == Assault && is_generic_attack(t)) {
            let leads_to_one = abductions.iter().any(|taken| {
                raid.span.end <= taken.span.start
                    && !(sentence[raid.span.end..taken.span.start].contains(';'))
                    && !(words.iter()).any(|w| {
                        ["after", "before", "while"].contains(&w.lower.as_str())
                            && raid.span.end <= w.span.start
                            && w.span.end <= taken.span.start
                    })
            });
            if leads_to_one {
                raid.kind = Abduction;
            }
        }
    }
    drop(
        &mut kept,
        has(&k, MassGrave) || has(&k, Abduction) || has(&k, SexualViolence),
        &|t| t.kind == Killing && !is_strong_killing(t),
    );
    // Passengers pulled off a bus and shot dead were killed; a checkpoint set up to take or
    // kill them is the attack's.
    let strong_killing = (kept.iter()).any(|t| t.kind == Killing && is_strong_killing(t));
    drop(&mut kept, strong_killing, &|t| {
        t.kind == Abduction && t.phrase.contains(" off")
    });
    let taken_or_killed = has(&kept, Abduction) || has(&kept, Killing);
    drop(&mut kept, taken_or_killed, &|t| {
        t.kind == BaseEstablished && t.phrase.contains("checkpoint")
    });
    let k = kept.clone();
    // Not a fight told as what came before the burning: "blew up the houses of leaders who
    // had fought on the government side", "set fire to 100 houses after PDF fighters
    // attacked their column".
    let told_before = |t: &Trigger| {
        let pluperfect =
            (words[t.first_word.saturating_sub(3)..t.first_word].iter()).any(|w| w.lower == "had");
        let after_the_burning = (k.iter().filter(|d| d.kind == Destruction)).any(|d| {
            (words.iter()).any(|w| {
                w.lower == "after" && d.span.end <= w.span.start && w.span.end <= t.span.start
            })
        });
        pluperfect || after_the_burning
    };
    let violent = (k.iter()).any(|t| t.kind.is_violent() && t.kind != Killing && !told_before(t));
    drop(&mut kept, violent, &|t| t.kind == Destruction);
    drop(&mut kept, attack, &|t| t.kind == Flight);
    // A killing with an attack: a strong killing or unarmed victims make it violence against
    // civilians, armed people killed a battle.
    let k = kept.clone();
    // "Rival groups fought in Tripoli, after the reported killing of a commander": the killing
    // led to the fight, an event of its own.
    let led_to_the_fight = k.iter().any(|kill| {
        kill.kind == Killing
            && k.iter().any(|fight| {
                fight.kind == Assault
                    && (words.iter()).any(|w| {
                        w.lower == "after"
                            && w.span.start > fight.span.end
                            && w.span.end < kill.span.start
                    })
            })
    });
    if has(&k, Killing) && !led_to_the_fight {
        let armed = armed_victims(sentence, words);
        let strong = k.iter().any(|t| t.kind == Killing && is_strong_killing(t));
        let clash = k.iter().any(|t| t.kind == Assault && !is_generic_attack(t));
        // An attack on a base is a battle, whoever else died in it, and so is fighting between
        // two sides ("Fighting between ELN guerrillas and FARC dissidents killed 12 people").
        let on_the_armed = k.iter().any(|t| attacks_the_armed(words, t));
        let between_sides = k.iter().any(|t| {
            t.kind == Assault
                && (words.iter())
                    .find(|w| w.span.start >= t.span.end)
                    .is_some_and(|w| w.lower == "between")
        });
        let civilians = civilian_victims(sentence, words);
        // "Gunmen killed 130 civilians in Solhan, first attacking the VDP post": the killing
        // of civilians told first is the event, the attack its first step.
        let civilians_killed_first = k.iter().any(|kill| {
            kill.kind == Killing
                && kill.phrase.contains("civilians")
                && k.iter()
                    .all(|t| t.kind != Assault || t.span.start > kill.span.end)
        });
        if civilians_killed_first {
            kept.retain(|t| t.kind != Assault);
        } else if on_the_armed || between_sides || (clash && !strong && !civilians) {
            kept.retain(|t| t.kind != Killing);
        } else if civilians {
            // "Troops killed seven villagers during a raid": violence against civilians.
            kept.retain(|t| t.kind != Assault);
        } else if strong || !armed {
            kept.retain(|t| !(t.kind == Assault && is_generic_attack(t)));
        } else if has(&k, Assault) {
            // "Militants attacked the army base; seven soldiers and 35 civilians were killed".
            kept.retain(|t| t.kind != Killing);
        } else {
            // "Two soldiers were killed in X": a battle.
            for t in kept.iter_mut().filter(|t| t.kind == Killing) {
                t.kind = Assault;
            }
        }
    }
    // "Masked men attacked activists and journalists": an attack on unarmed people, no
    // battle.
    // ("A minibus carrying traders was attacked", "a canoe of fishermen came under fire": the
    // unarmed before a passive attack, or before fire they came under.)
    // ("Stewards were attacked by men with iron bars": the weapons of an attack on the
    // unarmed, when no armed people are named beside.)
    let with_melee_weapons = |t: &Trigger| {
        let after = t.first_word + 1..(t.first_word + 10).min(words.len());
        let before = t.first_word.saturating_sub(PASSIVE_SUBJECT_WORDS)..t.first_word;
        words[after.clone()]
            .iter()
            .any(|w| MELEE_WEAPONS.contains(&w.lower.as_str()))
            && !armed_among(words, after)
            && !armed_among(words, before)
    };
    // ("attacked a team of opposition campaigners": the unarmed a group is of.)
    let civilians_of_a_group = |t: &Trigger| {
        let near = t.first_word + 1..(t.first_word + 5).min(words.len());
        (words[near].iter()).any(|w| w.lower == "of")
            && civilians_among(words, t.first_word + 1..t.first_word + 7)
    };
    let attacks_civilians = |t: &Trigger| {
        (is_generic_attack(t) || UNDER_FIRE.contains(&t.phrase))
            && (((civilians_among(words, t.first_word + 1..t.first_word + 5)
                || civilians_of_a_group(t)
                || (["attack", "attacked"].contains(&t.phrase)
                    && named_among(words, t.first_word + 1..t.first_word + 5, CIVILIAN_TARGETS)))
                && !armed_among(words, t.first_word + 1..t.first_word + 8))
                || falls_on_the_unarmed_named_before(words, t)
                || with_melee_weapons(t))
    };
    if has(&kept, Assault)
        && !has(&kept, Killing)
        && kept
            .iter()
            .all(|t| t.kind != Assault || attacks_civilians(t))
        && !armed_victims(sentence, words)
    {
        for t in kept.iter_mut().filter(|t| t.kind == Assault) {
            t.kind = Killing;
        }
    }
    // One trigger per kind and statement: the first (of a killing, the first strong one).
    if kept
        .iter()
        .any(|t| t.kind == Killing && is_strong_killing(t))
    {
        kept.retain(|t| t.kind != Killing || is_strong_killing(t));
    }
    let mut seen = HashSet::new();
    kept.retain(|t| seen.insert((t.kind, statement_at(sentence, t.span.start))));
    kept
}

/// The part of `sentence` that a summing-up phrase at byte `at` speaks of: its phrase part,
/// from the last "after" before it ("chanting against the US a day after their warplanes
/// struck targets across the country": the chanting is no summary).
fn summed_up_part(sentence: &str, words: &[Word], at: usize) -> std::ops::Range<usize> {
    let part = phrase_part(sentence, at);
    let after = (words.iter())
        .filter(|w| part.start <= w.span.start && w.span.start < at && w.lower == "after")
        .map(|w| w.span.start)
        .next_back();
    after.unwrap_or(part.start)..part.end
}

/// The part of `sentence` around byte `at` between commas, semicolons, dashes and
/// parentheses.
fn phrase_part(sentence: &str, at: usize) -> std::ops::Range<usize> {
    let is_break = |c: char| matches!(c, ',' | ';' | '(' | ')' | '\u{2014}' | '\u{2013}');
    let start = sentence[..at].rfind(is_break).map_or(0, |i| i + 1);
    let end = sentence[at..]
        .find(is_break)
        .map_or(sentence.len(), |i| at + i);
    start..end
}

/// The statement of `sentence` that byte `at` is in, counted from 0: statements are the
/// parts between semicolons.
pub(super) fn statement_at(sentence: &str, at: usize) -> usize {
    let before = sentence.get(..at).unwrap_or(sentence);
    memchr::memchr_iter(b';', before.as_bytes()).count()
}

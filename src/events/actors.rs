//! Who: the groups and forces a sentence names, normalised so that one actor is one filter
//! entry ("ISIS", "Daesh" and "Islamic State militants" are all "Islamic State"; "Russian
//! troops" and "Russian soldiers" are "Russian forces"). Named groups of the conflicts newsmap
//! is used on are listed; any "<demonym> troops / soldiers / army / police" becomes
//! "<Demonym> forces"; unnamed ones stay generic ("Government forces", "Unidentified gunmen").

use std::sync::OnceLock;

use aho_corasick::AhoCorasick;
use compact_str::{CompactString, format_compact};

/// Named actors, each with the lower-case phrases that name it (the longest match wins).
const ACTORS: &[(&str, &[&str])] = &[
    ("Taliban", &["taliban"]),
    (
        "Islamic State",
        &[
            "islamic state",
            "isis",
            "isil",
            "daesh",
            "iskp",
            "is-k",
            "is militants",
            "is fighters",
        ],
    ),
    (
        "al-Qaeda",
        &["al-qaeda", "al qaeda", "al-qaida", "aqap", "aqim"],
    ),
    (
        "JNIM",
        &["jnim", "jama'at nusrat al-islam", "support group for islam"],
    ),
    ("al-Shabaab", &["al-shabaab", "al shabaab", "shabaab"]),
    (
        "Houthis",
        &["houthi", "houthis", "ansar allah", "ansarallah"],
    ),
    ("HTS", &["hts", "hayat tahrir al-sham", "tahrir al-sham"]),
    ("SDF", &["sdf", "syrian democratic forces", "ypg"]),
    ("Hezbollah", &["hezbollah", "hizbollah"]),
    ("Wagner Group", &["wagner", "africa corps"]),
    (
        "Saudi-led coalition",
        &[
            "saudi-led coalition",
            "coalition aircraft",
            "coalition warplanes",
            "coalition jets",
        ],
    ),
    (
        "Southern Transitional Council",
        &["southern transitional council", "stc"],
    ),
    (
        "Myanmar military",
        &[
            "junta",
            "tatmadaw",
            "military council",
            "myanmar military",
            "myanmar army",
            "burmese military",
            "regime troops",
            "sac troops",
        ],
    ),
    (
        "People's Defence Force",
        &[
            "people's defence force",
            "people's defense force",
            "pdf",
            "pdfs",
        ],
    ),
    ("Arakan Army", &["arakan army"]),
    (
        "Kachin Independence Army",
        &["kachin independence army", "kia"],
    ),
    (
        "Karen National Liberation Army",
        &["karen national liberation army", "knla", "knu"],
    ),
    ("TNLA", &["tnla", "ta'ang national liberation army"]),
    ("MNDAA", &["mndaa"]),
    (
        "VDP",
        &["vdp", "volunteers for the defence of the homeland"],
    ),
    ("RSF", &["rsf", "rapid support forces"]),
    ("M23", &["m23", "march 23 movement"]),
    ("ADF", &["adf", "allied democratic forces"]),
    ("CODECO", &["codeco"]),
    ("Boko Haram", &["boko haram", "jas"]),
    ("ISWAP", &["iswap"]),
    (
        "TTP",
        &["ttp", "tehrik-e-taliban pakistan", "pakistani taliban"],
    ),
    ("BLA", &["bla", "balochistan liberation army"]),
    ("OLA", &["ola", "oromo liberation army"]),
    ("Fano", &["fano"]),
    ("ELN", &["eln", "national liberation army"]),
    ("FARC dissidents", &["farc dissidents", "farc", "emc"]),
    ("PKK", &["pkk", "kurdistan workers' party"]),
    ("Hamas", &["hamas", "qassam brigades", "al-qassam brigades"]),
    ("Islamic Jihad", &["islamic jihad"]),
    ("Cartel gunmen", &["cartel", "cjng"]),
    (
        "Gangs",
        &["gang", "gangs", "gang members", "viv ansanm", "g9", "g-pep"],
    ),
    (
        "NATO forces",
        &[
            "nato",
            "foreign forces",
            "foreign troops",
            "western forces",
            "coalition forces",
        ],
    ),
    (
        "Government forces",
        &[
            "government forces",
            "government troops",
            "security forces",
            "state forces",
            "regime forces",
            "national army",
            "commandos",
            "special forces",
            "soldiers",
            "troops",
            "police",
            "policemen",
            "the army",
            "army",
            "servicemen",
            "border guards",
            "armed forces",
            "saf",
        ],
    ),
    (
        "Government",
        &[
            "the government",
            "government delegation",
            "officials",
            "governor",
        ],
    ),
    (
        "Unidentified gunmen",
        &[
            "gunmen",
            "unidentified gunmen",
            "unknown gunmen",
            "armed men",
            "assailants",
            "attackers",
        ],
    ),
    (
        "Militants",
        &[
            "militants",
            "insurgents",
            "islamists",
            "jihadists",
            "extremists",
            "terrorists",
        ],
    ),
    (
        "Rebels",
        &[
            "rebels",
            "rebel forces",
            "rebel fighters",
            "opposition fighters",
            "opposition forces",
            "opposition factions",
            "resistance fighters",
            "armed group",
        ],
    ),
    (
        "Militia",
        &[
            "militia",
            "militias",
            "militiamen",
            "self-defence group",
            "dozo",
        ],
    ),
    ("Protesters", &["protesters", "protestors", "demonstrators"]),
    (
        "Civilians",
        &[
            "civilians",
            "residents",
            "families",
            "villagers",
            "locals",
            "women",
            "children",
            "people",
        ],
    ),
    ("Prisoners", &["prisoners", "inmates", "detainees"]),
];

/// Nationalities whose forces are named "<Demonym> forces".
const DEMONYMS: &[(&str, &str)] = &[
    ("afghan", "Afghan"),
    ("russian", "Russian"),
    ("ukrainian", "Ukrainian"),
    ("syrian", "Syrian"),
    ("turkish", "Turkish"),
    ("israeli", "Israeli"),
    ("iranian", "Iranian"),
    ("iraqi", "Iraqi"),
    ("yemeni", "Yemeni"),
    ("saudi", "Saudi"),
    ("malian", "Malian"),
    ("burkinabe", "Burkinabe"),
    ("burkinabè", "Burkinabe"),
    ("nigerien", "Nigerien"),
    ("nigerian", "Nigerian"),
    ("french", "French"),
    ("myanmar", "Myanmar"),
    ("burmese", "Myanmar"),
    ("american", "US"),
    ("us", "US"),
    ("u.s.", "US"),
    ("british", "UK"),
    ("uk", "UK"),
    ("pakistani", "Pakistani"),
    ("kurdish", "Kurdish"),
    ("chadian", "Chadian"),
    ("somali", "Somali"),
    ("sudanese", "Sudanese"),
    ("lebanese", "Lebanese"),
    ("emirati", "Emirati"),
    ("tajik", "Tajik"),
];

/// Nouns after a demonym that make "<Demonym> forces".
const FORCE_NOUNS: &[&str] = &[
    "forces",
    "troops",
    "army",
    "soldiers",
    "military",
    "police",
    "policemen",
    "servicemen",
    "border",
    "security",
    "special",
    "commandos",
    "artillery",
    "air",
    "navy",
    "units",
    "force",
];

/// Nouns after "<Demonym> <force noun>" that name who speaks for the forces ("a Pakistani
/// security official").
const SPEAKER_NOUNS: &[&str] = &[
    "official",
    "officials",
    "source",
    "sources",
    "spokesman",
    "spokeswoman",
    "spokesperson",
];

/// What a matched phrase names: an actor, or a nationality whose forces follow.
#[derive(Clone, Copy)]
enum Phrase {
    Actor(&'static str),
    Demonym(&'static str),
}

/// One automaton over every phrase of [`ACTORS`] and [`DEMONYMS`], built once, with what each
/// pattern names: a sentence is read once, not once a phrase.
fn phrase_automaton() -> Option<&'static (AhoCorasick, Vec<Phrase>)> {
    static AUTOMATON: OnceLock<Option<(AhoCorasick, Vec<Phrase>)>> = OnceLock::new();
    AUTOMATON
        .get_or_init(|| {
            let actors = ACTORS.iter().flat_map(|&(actor, phrases)| {
                phrases
                    .iter()
                    .map(move |&phrase| (phrase, Phrase::Actor(actor)))
            });
            let demonyms = DEMONYMS
                .iter()
                .map(|&(demonym, name)| (demonym, Phrase::Demonym(name)));
            let (patterns, named): (Vec<&str>, Vec<Phrase>) = actors.chain(demonyms).unzip();
            Some((AhoCorasick::new(patterns).ok()?, named))
        })
        .as_ref()
}

/// The actors a sentence names, in order of first appearance, without repeats.
pub fn find_actors(sentence: &str) -> Vec<CompactString> {
    let lower = sentence.to_lowercase();
    // (position, actor, length) of every match, in the lowercased copy.
    let mut found: Vec<(usize, CompactString, usize)> = Vec::new();
    let is_word_edge = |at: usize, end: usize| {
        let before_ok = !lower[..at]
            .chars()
            .next_back()
            .is_some_and(char::is_alphanumeric);
        let after_ok = !lower[end..]
            .chars()
            .next()
            .is_some_and(char::is_alphanumeric);
        before_ok && after_ok
    };
    let Some((automaton, named)) = phrase_automaton() else {
        return Vec::new();
    };
    for hit in automaton.find_overlapping_iter(&lower) {
        let (at, end) = (hit.start(), hit.end());
        if !is_word_edge(at, end) {
            continue;
        }
        match named[hit.pattern().as_usize()] {
            Phrase::Actor(actor) if is_source(actor, &lower[..at], &lower[end..]) => {}
            Phrase::Actor(actor) => found.push((at, actor.into(), end - at)),
            Phrase::Demonym(name) => {
                let rest = lower[end..].trim_start();
                let noun = rest
                    .split(|c: char| !c.is_alphanumeric())
                    .next()
                    .unwrap_or("");
                // "a Pakistani security official … told reporters": who speaks for the forces
                // is no force in the field.
                let speaker = rest[noun.len()..]
                    .split(|c: char| !c.is_alphanumeric())
                    .find(|w| !w.is_empty())
                    .is_some_and(|w| SPEAKER_NOUNS.contains(&w));
                if FORCE_NOUNS.contains(&noun) && !speaker {
                    let length = lower.len() - rest.len() + noun.len() - at;
                    found.push((at, format_compact!("{name} forces"), length));
                }
            }
        }
    }
    // Longest phrase first where phrases overlap ("Russian troops" over "troops").
    found.sort_by(|a, b| a.0.cmp(&b.0).then(b.2.cmp(&a.2)));
    let mut covered_until = 0;
    let mut actors: Vec<CompactString> = Vec::new();
    let mut previous: Option<CompactString> = None;
    for (at, actor, length) in found {
        if at < covered_until {
            continue;
        }
        // "RSF soldiers", "M23 fighters": the forces of the group just named.
        let of_the_group_before = actor == "Government forces"
            && lower[covered_until..at].trim().is_empty()
            && previous.as_deref().is_some_and(|p| !GENERIC.contains(&p));
        covered_until = at + length;
        previous = Some(actor.clone());
        if of_the_group_before {
            continue;
        }
        // "Russian troops … the troops": the generic forces are the ones already named.
        let generic = actor == "Government forces"
            && actors
                .iter()
                .any(|a| a.ends_with(" forces") && a != "Government forces");
        if !generic && !actors.contains(&actor) {
            actors.push(actor);
        }
    }
    actors
}

/// Whether officials or residents named between `before` and `after` only tell the news
/// ("residents said on Wednesday", "according to local officials"): they are its source, not
/// its actors. Forces that speak stay actors ("the army said it killed 20").
fn is_source(actor: &str, before: &str, after: &str) -> bool {
    const SPEECH: [&str; 9] = [
        "said",
        "say",
        "says",
        "told",
        "reported",
        "claimed",
        "confirmed",
        "stated",
        "added",
    ];
    if actor != "Government" && actor != "Civilians" {
        return false;
    }
    let next = after
        .split(|c: char| !c.is_alphanumeric())
        .find(|word| !word.is_empty());
    let before = before.trim_end();
    let quoted = before
        .rsplit_once("according to")
        .is_some_and(|(_, between)| between.split_whitespace().count() <= 2);
    quoted || next.is_some_and(|word| SPEECH.contains(&word))
}

/// Actors that name no group, only a kind of people.
const GENERIC: &[&str] = &[
    "Government forces",
    "Government",
    "Unidentified gunmen",
    "Militants",
    "Rebels",
    "Militia",
    "Protesters",
    "Civilians",
    "Prisoners",
];

/// Whether an actor stands for civilians (victims of violence against civilians).
pub fn is_civilian(actor: &str) -> bool {
    actor == "Civilians" || actor == "Protesters"
}

/// Whether an actor bears arms: neither civilians nor officials nor prisoners.
pub fn is_armed(actor: &str) -> bool {
    !is_civilian(actor) && !["Government", "Prisoners"].contains(&actor)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn actors_are_normalised() {
        assert_eq!(
            find_actors("Taliban fighters pushed Afghan troops back."),
            ["Taliban", "Afghan forces"]
        );
        assert_eq!(
            find_actors("ISIS militants, also called Daesh, attacked."),
            ["Islamic State", "Militants"]
        );
        assert_eq!(
            find_actors("Russian troops shelled the town; the troops then left."),
            ["Russian forces"]
        );
        assert_eq!(
            find_actors("RSF soldiers rounded up 30 men; army troops later arrived."),
            ["RSF", "Government forces"]
        );
        assert_eq!(
            find_actors("Junta soldiers clashed with the PDF."),
            ["Myanmar military", "People's Defence Force"]
        );
        assert!(find_actors("Nothing here.").is_empty());
        // Officials and residents who tell the news are its sources.
        assert_eq!(
            find_actors("Taliban fighters took the town last week, residents said."),
            ["Taliban"]
        );
        assert_eq!(
            find_actors("The Taliban took the gate, a Pakistani security official said."),
            ["Taliban"]
        );
        assert_eq!(
            find_actors("According to local officials, soldiers shelled the village."),
            ["Government forces"]
        );
        assert_eq!(
            find_actors("Officials said soldiers beat residents."),
            ["Government forces", "Civilians"]
        );
        assert!(
            find_actors("İstanbul's governor")
                .iter()
                .any(|a| a == "Government")
        );
    }
}

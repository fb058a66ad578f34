//! Finds the trigger phrases of a sentence: the words that report an event of some kind.
//!
//! The phrases are data ([`LEXICON`], `lexicon.txt` beside this file); this module parses them
//! once and matches them word by word. A phrase is a sequence of stems (a stem matches any
//! word it begins, a stem ending in `$` only itself) with `*` for up to three words of any kind.

use rustc_hash::FxHashMap;
use std::ops::Range;
use std::sync::OnceLock;

use super::taxonomy::EventKind;
use crate::text::{Word, words};

/// The trigger lexicon (see the file's own header for its format).
pub const LEXICON: &str = include_str!("lexicon.txt");

/// A trigger found in a sentence.
#[derive(Clone, Debug, PartialEq)]
pub struct Trigger {
    /// The kind it reports.
    pub kind: EventKind,
    /// Byte range in the sentence.
    pub span: Range<usize>,
    /// The lexicon phrase that matched.
    pub phrase: &'static str,
    /// Index of its first word among the sentence's words.
    pub first_word: usize,
}

/// One stem of a phrase.
#[derive(Debug)]
struct Stem {
    text: &'static str,
    whole_word: bool,
}

impl Stem {
    fn matches(&self, word: &str) -> bool {
        if self.whole_word {
            word == self.text
        } else {
            word.starts_with(self.text)
        }
    }
}

/// A phrase of the lexicon, split into stems (`None` is `*`).
#[derive(Debug)]
struct Phrase {
    kind: EventKind,
    text: &'static str,
    stems: Vec<Option<Stem>>,
}

/// The phrases, grouped by the first three bytes of their first stem, so that each word of a
/// sentence is tried only against phrases that can start there.
struct TriggerIndex {
    by_prefix: FxHashMap<[u8; 3], Vec<Phrase>>,
}

/// A line of the lexicon that does not parse.
#[derive(Debug, thiserror::Error)]
pub enum LexiconError {
    /// A section names no kind.
    #[error("line {line}: unknown event kind [{name}]")]
    UnknownKind {
        /// 1-based line number.
        line: usize,
        /// The section's name.
        name: String,
    },
    /// A phrase before any section, or one that cannot be indexed.
    #[error("line {line}: phrase {phrase:?} needs a section and a first stem of 2 letters or more")]
    BadPhrase {
        /// 1-based line number.
        line: usize,
        /// The phrase.
        phrase: String,
    },
}

/// Parses a lexicon (see [`LEXICON`]).
fn parse(lexicon: &'static str) -> Result<FxHashMap<[u8; 3], Vec<Phrase>>, LexiconError> {
    let mut by_prefix: FxHashMap<[u8; 3], Vec<Phrase>> = FxHashMap::default();
    let mut kind = None;
    for (number, line) in lexicon.lines().enumerate() {
        let line = line.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        if let Some(name) = line.strip_prefix('[').and_then(|l| l.strip_suffix(']')) {
            kind = Some(
                EventKind::from_name(name).ok_or_else(|| LexiconError::UnknownKind {
                    line: number + 1,
                    name: name.to_string(),
                })?,
            );
            continue;
        }
        let bad = || LexiconError::BadPhrase {
            line: number + 1,
            phrase: line.to_string(),
        };
        let kind = kind.ok_or_else(bad)?;
        let stems: Vec<Option<Stem>> = line
            .split(' ')
            .map(|s| {
                (s != "*").then(|| Stem {
                    text: s.trim_end_matches('$'),
                    whole_word: s.ends_with('$'),
                })
            })
            .collect();
        let prefix = stems
            .first()
            .and_then(|s| s.as_ref())
            .and_then(|s| prefix_of(s.text))
            .ok_or_else(bad)?;
        by_prefix.entry(prefix).or_default().push(Phrase {
            kind,
            text: line,
            stems,
        });
    }
    Ok(by_prefix)
}

impl TriggerIndex {
    fn get() -> &'static Self {
        static INDEX: OnceLock<TriggerIndex> = OnceLock::new();
        INDEX.get_or_init(|| TriggerIndex {
            // The lexicon is part of the program: a test parses it, so this cannot fail in a
            // tested build; an empty index (no events) is the fallback, never a panic.
            by_prefix: parse(LEXICON).unwrap_or_default(),
        })
    }
}

/// The index key of a stem or word: its first three bytes, or two and a zero for a two-letter
/// stem ("on fire").
fn prefix_of(word: &str) -> Option<[u8; 3]> {
    let bytes = word.as_bytes();
    Some([
        *bytes.first()?,
        *bytes.get(1)?,
        bytes.get(2).copied().unwrap_or(0),
    ])
}

/// The keys a word of a sentence is looked up by: its three-byte prefix and its two-byte one.
fn keys_of(word: &str) -> impl Iterator<Item = [u8; 3]> {
    let three = prefix_of(word).filter(|p| p[2] != 0);
    let two = prefix_of(word).map(|p| [p[0], p[1], 0]);
    three.into_iter().chain(two)
}

/// How many words a `*` of a phrase may stand for ("seized more than 900 guns").
const MAX_GAP: usize = 3;

/// Words a `*` may not stand for: in "captured ground from the militants" nobody captured
/// militants.
const GAP_STOPS: &[&str] = &["from"];

/// Matches `stems` at word `at`; returns the index after the match.
fn match_at(words: &[Word], at: usize, stems: &[Option<Stem>]) -> Option<usize> {
    let Some((first, rest)) = stems.split_first() else {
        return Some(at);
    };
    match first {
        None => {
            let reach = (0..MAX_GAP)
                .find(|&k| {
                    (words.get(at + k)).is_some_and(|w| GAP_STOPS.contains(&w.lower.as_str()))
                })
                .unwrap_or(MAX_GAP);
            (0..=reach).find_map(|skip| {
                (at + skip <= words.len())
                    .then(|| match_at(words, at + skip, rest))
                    .flatten()
            })
        }
        Some(stem) => {
            let word = words.get(at)?;
            stem.matches(&word.lower)
                .then(|| match_at(words, at + 1, rest))?
        }
    }
}

/// Words after a trigger that make it a modifier of a thing, not an event: "assault rifles",
/// "attack helicopters", "drone footage", "air raid sirens", "coup leaders".
const MODIFIED_NOUNS: &[&str] = &[
    "rifle",
    "rifles",
    "helicopter",
    "helicopters",
    "aircraft",
    "dog",
    "dogs",
    "weapon",
    "weapons",
    "vehicle",
    "vehicles",
    "launcher",
    "launchers",
    "footage",
    "video",
    "videos",
    "operator",
    "operators",
    "shelter",
    "camp",
    "camps",
    "shelters",
    "threat",
    "threats",
    "warning",
    "warnings",
    "alert",
    "alerts",
    "siren",
    "sirens",
    "drill",
    "drills",
    "training",
    "factory",
    "factories",
    "manufacturer",
    "programme",
    "program",
    "defence",
    "defense",
    "defences",
    "defenses",
    "systems",
    "system",
    "leader",
    "leaders",
    "plotters",
    "organisers",
    "organizers",
    // "one of the highest murder rates": a measure, no event.
    "rate",
    "rates",
];

/// Whether `word` is a day of a month ("3", "21st").
/// Whether the word "march" at `at` is the month: after a day or before one or a year ("3
/// March", "March 5", "March 2021"), or after a word of time ("in March", "since March",
/// "early March").
fn is_the_month(words: &[Word], at: usize) -> bool {
    const BEFORE_A_MONTH: &[&str] = &[
        "in", "since", "until", "till", "by", "early", "late", "mid", "last", "next", "this",
        "from", "before", "after", "during", "of",
    ];
    let year = |w: &str| w.len() == 4 && w.parse::<u32>().is_ok_and(|y| (1900..2100).contains(&y));
    let previous = at.checked_sub(1).map(|p| words[p].lower.as_str());
    let next = words.get(at + 1).map(|n| n.lower.as_str());
    previous.is_some_and(|p| is_day_number(p) || BEFORE_A_MONTH.contains(&p))
        || next.is_some_and(|n| is_day_number(n) || year(n))
}

fn is_day_number(word: &str) -> bool {
    let digits = word.trim_end_matches(['s', 't', 'n', 'd', 'r', 'h']);
    digits
        .parse::<u32>()
        .is_ok_and(|day| (1..=31).contains(&day))
}

/// Endings that make a trigger's word an adjective of a thing: "protest-related cases",
/// "conflict-affected areas", "clash-prone districts".
const ADJECTIVE_SUFFIXES: &[&str] = &[
    "-related",
    "-linked",
    "-affected",
    "-hit",
    "-prone",
    "-era",
    "-torn",
    "-ravaged",
    "-free",
    "-weary",
];

/// "A cessation of hostilities", "the suspension of air strikes": what a deal stops, not an
/// event. (What a call would end, "demanded an end to the shelling", is read as unreal.)
fn brought_to_an_end(words: &[Word], at: usize) -> bool {
    const ENDS: &[&str] = &["cessation", "suspension"];
    let word = |k: usize| at.checked_sub(k).map_or("", |i| words[i].lower.as_str());
    let of = if word(1) == "the" { 2 } else { 1 };
    word(of) == "of" && ENDS.contains(&word(of + 1))
}

/// Words after "riot" that name those who put riots down, or their gear ("riot police",
/// "riot gear"), not a riot.
const RIOT_GEAR: &[&str] = &[
    "police",
    "policemen",
    "officers",
    "squad",
    "squads",
    "unit",
    "units",
    "troops",
    "gear",
    "shields",
    "control",
];

/// Verbs of striking whose instrument ("with multiple rocket launchers") tells the attack.
const STRIKING_VERBS: &[&str] = &[
    "hit",
    "struck",
    "pounded",
    "shelled",
    "targeted",
    "attacked",
    "bombarded",
];

/// Whether the words before `at` are "with" after a verb of striking a few words back: "hit
/// Kostiantynivka with multiple rocket launchers" is shelling, not a weapon named.
fn struck_with(words: &[Word], at: usize) -> bool {
    at >= 2
        && words[at - 1].lower == "with"
        && words[at.saturating_sub(MAX_STRUCK_WORDS)..at - 1]
            .iter()
            .any(|w| STRIKING_VERBS.contains(&w.lower.as_str()))
}

/// How many words before a weapon's "with" its striking verb may stand ("hit Vilniansk, in
/// the Zaporizhia district, with multiple rocket launchers").
const MAX_STRUCK_WORDS: usize = 9;

/// Causes that fighting is for, not fought over: "fighting for self-determination" is an aim.
const CAUSES: &[&str] = &[
    "self-determination",
    "independence",
    "autonomy",
    "self-rule",
    "freedom",
    "rights",
    "democracy",
    "federalism",
    "homeland",
    "justice",
    "recognition",
    "equality",
    "secession",
    "liberation",
    "sovereignty",
];

/// Whether what was thrown at police (`thrown`, the phrase's words, then the word `next`)
/// is no rioters' doing: explosives ("threw grenades at police") or at a building ("at the
/// police headquarters").
fn not_thrown_by_rioters(thrown: &[Word], next: &str) -> bool {
    const THROWING: &[&str] = &["threw", "throwing", "hurled", "hurling"];
    if !thrown
        .first()
        .is_some_and(|w| THROWING.contains(&w.lower.as_str()))
    {
        return false;
    }
    const EXPLOSIVES: &[&str] = &[
        "grenade",
        "grenades",
        "bomb",
        "bombs",
        "explosive",
        "explosives",
    ];
    const BUILDINGS: &[&str] = &[
        "headquarters",
        "station",
        "stations",
        "post",
        "posts",
        "checkpoint",
    ];
    (thrown.iter()).any(|w| EXPLOSIVES.contains(&w.lower.as_str())) || BUILDINGS.contains(&next)
}

/// Whether the words from `end` say what a fight is for: "for" then, within three words, a
/// cause ("for greater autonomy", "for their own homeland").
fn fought_for_a_cause(words: &[Word], end: usize) -> bool {
    words.get(end).is_some_and(|w| w.lower == "for")
        && (words.iter().skip(end + 1).take(3)).any(|w| CAUSES.contains(&w.lower.as_str()))
}

/// Every trigger of `sentence`, in reading order (a word starts at most one trigger of each
/// kind, the longest phrase; triggers of one kind may overlap: "was shot dead" has "was
/// shot" and "shot dead").
pub fn find_triggers(sentence: &str) -> Vec<Trigger> {
    find_triggers_in(&words(sentence))
}

/// [`find_triggers`] on a sentence's words, already split.
pub fn find_triggers_in(words: &[Word]) -> Vec<Trigger> {
    let index = TriggerIndex::get();
    let mut found: Vec<Trigger> = Vec::new();
    // The longest phrase of each kind that starts at a word (a few at most), kept for the
    // next word's.
    let mut best: Vec<(EventKind, usize, &Phrase)> = Vec::new();
    for at in 0..words.len() {
        let candidates = keys_of(&words[at].lower)
            .filter_map(|key| index.by_prefix.get(&key))
            .flatten();
        best.clear();
        for phrase in candidates {
            let Some(end) = match_at(words, at, &phrase.stems) else {
                continue;
            };
            let next = words.get(end).map_or("", |w| w.lower.as_str());
            // "attack drones" are a weapon; "intercepted drones" are not a modifier.
            let attack_drones = words[at].lower == "attack" && matches!(next, "drone" | "drones");
            // ("looted factories", "attacked vehicles": a verb in the past takes its object.)
            let past_verb = end == at + 1 && words[at].lower.ends_with("ed");
            let modifies_a_noun =
                (MODIFIED_NOUNS.contains(&next) && !struck_with(words, at) && !past_verb)
                    || attack_drones
                    || (phrase.kind == EventKind::Riot
                        && words[at].lower == "riot"
                        && RIOT_GEAR.contains(&next));
            // "on 3 March for the wedding", "March 5", "held in March 2021": the month, no
            // march.
            let month = (at..end).any(|i| words[i].lower == "march" && is_the_month(words, i));
            if modifies_a_noun
                || month
                || ADJECTIVE_SUFFIXES
                    .iter()
                    .any(|s| words[end - 1].lower.ends_with(s))
                || fought_for_a_cause(words, end)
                || brought_to_an_end(words, at)
                || (phrase.kind == EventKind::Riot && not_thrown_by_rioters(&words[at..end], next))
            {
                continue;
            }
            match best.iter_mut().find(|(kind, _, _)| *kind == phrase.kind) {
                Some(longest) if end > longest.1 => *longest = (phrase.kind, end, phrase),
                Some(_) => {}
                None => best.push((phrase.kind, end, phrase)),
            }
        }
        best.sort_by_key(|(k, _, _)| *k);
        for &(kind, end, phrase) in &best {
            found.push(Trigger {
                kind,
                span: words[at].span.start..words[end - 1].span.end,
                phrase: phrase.text,
                first_word: at,
            });
        }
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kinds(sentence: &str) -> Vec<EventKind> {
        let mut kinds: Vec<EventKind> = find_triggers(sentence)
            .into_iter()
            .map(|t| t.kind)
            .collect();
        kinds.dedup();
        kinds
    }

    #[test]
    fn the_lexicon_parses_and_names_every_kind() {
        let parsed = parse(LEXICON).expect("the lexicon parses");
        for kind in EventKind::ALL {
            assert!(
                parsed.values().flatten().any(|p| p.kind == kind),
                "no trigger for {kind:?}"
            );
        }
        assert!(matches!(
            parse("[nonsense]\nword"),
            Err(LexiconError::UnknownKind { line: 1, .. })
        ));
    }

    #[test]
    fn gaps_whole_words_and_spans() {
        let sentence = "Some soldiers laid down their weapons.";
        let trigger = find_triggers(sentence)
            .into_iter()
            .find(|t| t.kind == EventKind::Surrender);
        assert_eq!(
            trigger.map(|t| &sentence[t.span] == "laid down their weapons"),
            Some(true)
        );
        assert!(
            kinds("The fleet sailed.").is_empty(),
            "flee$ is a whole word"
        );
        // A gap does not reach past "from": what was taken from someone is not them.
        assert!(
            kinds("Police captured two militants near the market.").contains(&EventKind::Arrest)
        );
        assert!(
            !kinds("The army lost ground it captured from the militants.")
                .contains(&EventKind::Arrest)
        );
    }

    #[test]
    fn a_fight_for_a_cause_is_an_aim() {
        assert!(kinds("The group says it is fighting for self-determination.").is_empty());
        assert!(kinds("Rebels fighting for greater autonomy in the east.").is_empty());
        assert!(!kinds("Rebels were fighting for control of the town.").is_empty());
    }

    #[test]
    fn modifiers_are_not_events() {
        assert!(kinds("Stacks of assault rifles lay on the ground.").is_empty());
        assert!(kinds("Air raid sirens sounded.").is_empty());
        assert!(kinds("The governor spoke to reporters in his office.").is_empty());
        assert!(kinds("Appeals in the protest-related cases are under review.").is_empty());
        assert!(kinds("Aid reached clash-affected villages.").is_empty());
        assert!(!kinds("Students protested outside the court.").is_empty());
        // The month is no march.
        assert!(kinds("The elders met on 3 March for the wedding.").is_empty());
        assert!(kinds("On March 5 for the first time the council met.").is_empty());
        assert!(!kinds("Thousands joined the march for peace.").is_empty());
        assert!(kinds("Soldiers dismantled two rocket launchers.").len() == 1);
        // The instrument of a strike tells the strike.
        assert!(
            kinds("Russian forces hit the town with multiple rocket launchers.")
                .contains(&EventKind::Shelling)
        );
    }
}

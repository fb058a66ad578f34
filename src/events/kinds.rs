//! What happened: event kinds and the trigger words that report them.
//!
//! A trigger is a short phrase of word stems ("seiz control" matches "seized control"); `*`
//! stands for up to two words of any kind ("laid down * weapons"). [`find_triggers`] returns,
//! per kind, the first trigger of a sentence, with its byte span. The lexicon is written for
//! conflict news in English and is meant to be read and extended.

use std::collections::HashMap;
use std::ops::Range;
use std::sync::OnceLock;

/// The kinds of events newsmap recognises.
#[derive(
    Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize, serde::Deserialize,
)]
#[serde(rename_all = "snake_case")]
pub enum EventKind {
    /// Armed clash, assault, attack, offensive, battle.
    Assault,
    /// Capture or fall of a place.
    Capture,
    /// Siege or encirclement.
    Siege,
    /// Surrender of forces.
    Surrender,
    /// Prisoners freed from a prison by force.
    PrisonBreak,
    /// Execution or killing of civilians or prisoners.
    Killing,
    /// Flight or displacement, across a border or within the country.
    Flight,
    /// Talks or negotiations.
    Talks,
    /// Withdrawal of forces.
    Withdrawal,
    /// Looting.
    Looting,
    /// Protest or civilian mobilisation.
    Protest,
    /// Seizure of weapons or equipment.
    WeaponsSeizure,
}

impl EventKind {
    /// Every kind, in display order.
    pub const ALL: [EventKind; 12] = [
        Self::Assault,
        Self::Capture,
        Self::Siege,
        Self::Surrender,
        Self::PrisonBreak,
        Self::Killing,
        Self::Flight,
        Self::Talks,
        Self::Withdrawal,
        Self::Looting,
        Self::Protest,
        Self::WeaponsSeizure,
    ];

    /// Lower-case name, as in the exports.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Assault => "assault",
            Self::Capture => "capture",
            Self::Siege => "siege",
            Self::Surrender => "surrender",
            Self::PrisonBreak => "prison_break",
            Self::Killing => "killing",
            Self::Flight => "flight",
            Self::Talks => "talks",
            Self::Withdrawal => "withdrawal",
            Self::Looting => "looting",
            Self::Protest => "protest",
            Self::WeaponsSeizure => "weapons_seizure",
        }
    }

    /// A short label for people.
    pub fn label(self) -> &'static str {
        match self {
            Self::Assault => "Assault / clash",
            Self::Capture => "Capture / fall",
            Self::Siege => "Siege",
            Self::Surrender => "Surrender",
            Self::PrisonBreak => "Prison break",
            Self::Killing => "Killing",
            Self::Flight => "Flight / displacement",
            Self::Talks => "Talks",
            Self::Withdrawal => "Withdrawal",
            Self::Looting => "Looting",
            Self::Protest => "Protest / mobilisation",
            Self::WeaponsSeizure => "Weapons seized",
        }
    }
}

/// Trigger phrases per kind (stems, `*` for up to two words).
const TRIGGERS: &[(EventKind, &[&str])] = &[
    (
        EventKind::Assault,
        &[
            "assault",
            "attack",
            "fighting",
            "fought",
            "fight broke",
            "clash",
            "battl",
            "offensive",
            "stormed",
            "skirmish",
            "counterattack",
            "counter-attack",
            "shelling",
            "airstrike",
            "air strike",
            "bombing",
            "suicide bomb",
            "broke into",
            "pushed into",
            "push into",
            "launched * assault",
            "came under attack",
            "gunfight",
            "firefight",
            "explosion",
            "blast",
        ],
    ),
    (
        EventKind::Capture,
        &[
            "captur",
            "seiz control",
            "seiz * control",
            "took control",
            "taken control",
            "take control",
            "overran",
            "overrun",
            "fell to",
            "fall of",
            "fallen",
            "fell on",
            "fell after",
            "took over",
            "taken over",
            "took the city",
            "conquer",
            "in the hands of",
            "under taliban control",
            "hoisted their flag",
            "raised their flag",
        ],
    ),
    (
        EventKind::Siege,
        &[
            "surrounded",
            "surround the",
            "surround it",
            "encircl",
            "besieg",
            "siege",
            "cut off",
            "closing in",
            "closed in",
        ],
    ),
    (
        EventKind::Surrender,
        &[
            "surrender",
            "laid down * weapons",
            "laid down * arms",
            "lay down * arms",
            "gave up * weapons",
            "handed over * weapons",
            "defected",
            "went over to the taliban",
            "gone over to the taliban",
        ],
    ),
    (
        EventKind::PrisonBreak,
        &[
            "emptying * prison",
            "emptied * prison",
            "emptying * jail",
            "emptied * jail",
            "freed * inmates",
            "freed * prisoners",
            "freeing * prisoners",
            "released * prisoners",
            "releasing * inmates",
            "released * inmates",
            "releasing * prisoners",
            "prison gates",
            "broken into jails",
            "broke into * prison",
            "prison break",
            "jailbreak",
            "prisoners escape",
            "freed the inmates",
        ],
    ),
    (
        EventKind::Killing,
        &[
            "executed",
            "execution",
            "executing",
            "massacre",
            "killed * civilians",
            "killing * civilians",
            "civilians * killed",
            "civilians were killed",
            "shot dead",
            "killed * prisoners",
            "summary killing",
            "revenge killing",
            "were killed",
            "was killed",
            "killed",
        ],
    ),
    (
        EventKind::Flight,
        &[
            "fled",
            "flee",
            "fleeing",
            "crossed into",
            "crossed the border",
            "sought refuge",
            "displaced",
            "refugees",
            "evacuat",
            "leaving * for",
            "left their homes",
            "exodus",
            "escaped across",
        ],
    ),
    (
        EventKind::Talks,
        &[
            "talks",
            "negotiat",
            "peace deal",
            "peace process",
            "delegation",
            "ceasefire",
            "cease-fire",
            "met with",
        ],
    ),
    (
        EventKind::Withdrawal,
        &[
            "withdr",
            "pulled out",
            "pull out",
            "pullout",
            "pull-out",
            "left bagram",
            "slipping away",
            "handed * over",
            "departure",
            "exit from",
            "troops left",
            "forces left",
            "forces leave",
            "evacuated the base",
        ],
    ),
    (
        EventKind::Looting,
        &["loot", "ransack", "plunder", "pillag"],
    ),
    (
        EventKind::Protest,
        &[
            "protest",
            "rall",
            "took up arms",
            "take up arms",
            "taking up arms",
            "marched",
            "demonstrat",
            "mobilis",
            "mobiliz",
            "volunteers",
            "chanted",
        ],
    ),
    (
        EventKind::WeaponsSeizure,
        &[
            "seiz * weapons",
            "seiz * humvees",
            "seiz * vehicles",
            "seiz * ammunition",
            "seiz * guns",
            "captur * weapons",
            "captur * humvees",
            "captur * vehicles",
            "captur * ammunition",
            "captur * guns",
            "weapons haul",
            "arsenal",
            "seized weapons",
            "took * weapons",
            "took * guns",
            "took * humvees",
            "took * rifles",
            "seiz * rifles",
            "captur * rifles",
            "weapons and ammunition",
            "retriev * rifles",
            "retriev * guns",
            "retriev * weapons",
            "retriev * humvees",
        ],
    ),
];

/// A trigger found in a sentence.
#[derive(Clone, Debug, PartialEq)]
pub struct Trigger {
    /// The kind it reports.
    pub kind: EventKind,
    /// Byte range in the sentence.
    pub span: Range<usize>,
}

/// Lower-case words of `sentence` with their byte ranges.
pub(crate) fn words(sentence: &str) -> Vec<(String, Range<usize>)> {
    let mut out = Vec::new();
    let mut start = None;
    let bytes = sentence.as_bytes();
    for (i, c) in sentence.char_indices() {
        // "1,037" is one word: a comma between digits stays inside.
        let digit_comma = c == ','
            && i > 0
            && bytes[i - 1].is_ascii_digit()
            && bytes.get(i + 1).is_some_and(u8::is_ascii_digit);
        let in_word = c.is_alphanumeric() || c == '-' || c == '\'' || digit_comma;
        match (in_word, start) {
            (true, None) => start = Some(i),
            (false, Some(s)) => {
                out.push((sentence[s..i].to_lowercase(), s..i));
                start = None;
            }
            _ => {}
        }
    }
    if let Some(s) = start {
        out.push((sentence[s..].to_lowercase(), s..sentence.len()));
    }
    out
}

/// Matches `pattern` (stems and `*`) at word `at`; returns the index after the match.
fn match_at(words: &[(String, Range<usize>)], at: usize, pattern: &[&str]) -> Option<usize> {
    let Some((first, rest)) = pattern.split_first() else {
        return Some(at);
    };
    if *first == "*" {
        // Up to two words of any kind, then the rest.
        return (0..=2).find_map(|skip| {
            match_at(words, at + skip, rest).filter(|_| at + skip <= words.len())
        });
    }
    let (word, _) = words.get(at)?;
    word.starts_with(first)
        .then(|| match_at(words, at + 1, rest))?
}

/// Words after a trigger that make it a modifier, not an event: "assault rifles",
/// "attack helicopters".
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
];

/// The trigger phrases split into stems, grouped by the first three letters of their first
/// stem, so that each word of a sentence is tried only against phrases that can start there.
struct TriggerIndex {
    by_prefix: HashMap<[u8; 3], Vec<(EventKind, Vec<&'static str>)>>,
}

impl TriggerIndex {
    fn get() -> &'static Self {
        static INDEX: OnceLock<TriggerIndex> = OnceLock::new();
        INDEX.get_or_init(|| {
            let mut by_prefix: HashMap<[u8; 3], Vec<(EventKind, Vec<&'static str>)>> =
                HashMap::new();
            for (kind, phrases) in TRIGGERS {
                for phrase in *phrases {
                    let stems: Vec<&'static str> = phrase.split(' ').collect();
                    if let Some(prefix) = stems.first().and_then(|s| prefix_of(s)) {
                        by_prefix.entry(prefix).or_default().push((*kind, stems));
                    }
                }
            }
            TriggerIndex { by_prefix }
        })
    }
}

fn prefix_of(word: &str) -> Option<[u8; 3]> {
    let bytes = word.as_bytes();
    Some([*bytes.first()?, *bytes.get(1)?, *bytes.get(2)?])
}

/// The first trigger of each kind in `sentence`, in kind order.
pub fn find_triggers(sentence: &str) -> Vec<Trigger> {
    let index = TriggerIndex::get();
    let words = words(sentence);
    let mut found: Vec<Trigger> = Vec::new();
    for at in 0..words.len() {
        let Some(candidates) = prefix_of(&words[at].0).and_then(|p| index.by_prefix.get(&p)) else {
            continue;
        };
        for (kind, pattern) in candidates {
            if found.iter().any(|t| t.kind == *kind) {
                continue;
            }
            let Some(end) = match_at(&words, at, pattern) else {
                continue;
            };
            let modifies_a_noun = pattern.len() == 1
                && words
                    .get(end)
                    .is_some_and(|(w, _)| MODIFIED_NOUNS.contains(&w.as_str()));
            if !modifies_a_noun {
                found.push(Trigger {
                    kind: *kind,
                    span: words[at].1.start..words[end - 1].1.end,
                });
            }
        }
    }
    found.sort_by_key(|t| t.kind);
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kinds(sentence: &str) -> Vec<EventKind> {
        find_triggers(sentence)
            .into_iter()
            .map(|t| t.kind)
            .collect()
    }

    #[test]
    fn each_kind_has_a_sentence() {
        let cases = [
            (
                "Fierce fighting erupted on the edge of the city.",
                EventKind::Assault,
            ),
            (
                "The insurgents captured the border crossing.",
                EventKind::Capture,
            ),
            (
                "Fighters have surrounded the provincial capital.",
                EventKind::Siege,
            ),
            (
                "Dozens of soldiers surrendered to the militants.",
                EventKind::Surrender,
            ),
            (
                "Gunmen forced open the gates and freed the inmates of the prison.",
                EventKind::PrisonBreak,
            ),
            (
                "Witnesses said 22 commandos were executed after giving up.",
                EventKind::Killing,
            ),
            (
                "Hundreds of soldiers fled across the river into Tajikistan.",
                EventKind::Flight,
            ),
            ("Delegations met in Tehran for talks.", EventKind::Talks),
            (
                "American troops withdrew from the base overnight.",
                EventKind::Withdrawal,
            ),
            ("Locals looted the abandoned base.", EventKind::Looting),
            (
                "Women took up arms and marched through the town.",
                EventKind::Protest,
            ),
            (
                "The militants seized 30 Humvees and weapons.",
                EventKind::WeaponsSeizure,
            ),
        ];
        for (sentence, kind) in cases {
            assert!(
                kinds(sentence).contains(&kind),
                "{sentence}: {:?}",
                kinds(sentence)
            );
        }
    }

    #[test]
    fn gaps_and_spans() {
        let sentence = "Some soldiers laid down their weapons.";
        let trigger = find_triggers(sentence)
            .into_iter()
            .find(|t| t.kind == EventKind::Surrender);
        assert_eq!(
            trigger.map(|t| &sentence[t.span] == "laid down their weapons"),
            Some(true)
        );
    }

    #[test]
    fn quiet_sentences_have_no_trigger() {
        assert!(kinds("The governor spoke to reporters in his office.").is_empty());
        assert!(kinds("Stacks of assault rifles lay on the ground.").is_empty());
    }
}

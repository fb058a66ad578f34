//! Who: the groups and forces a sentence names, normalised so that one actor is one filter
//! entry ("Taliban fighters", "the militants" and "insurgents" are all "Taliban" in a story
//! about the Taliban; "Afghan troops" and "government forces" are "Afghan government forces").
//!
//! Also how many: numbers with what they count ("900 guns", "22 commandos", "1,037 soldiers").

use super::kinds::words;

/// Actor names, each with the lower-case phrases that name it (longest first wins).
const ACTORS: &[(&str, &[&str])] = &[
    (
        "Taliban",
        &[
            "taliban",
            "militants",
            "insurgents",
            "islamists",
            "jihadists",
            "the group's fighters",
        ],
    ),
    (
        "Afghan government forces",
        &[
            "afghan forces",
            "afghan troops",
            "afghan army",
            "afghan soldiers",
            "government forces",
            "government troops",
            "security forces",
            "afghan security forces",
            "national army",
            "commandos",
            "special forces",
            "afghan special forces",
            "soldiers",
            "troops",
            "police",
            "the army",
        ],
    ),
    (
        "US forces",
        &[
            "us forces",
            "us troops",
            "u.s. forces",
            "u.s. troops",
            "american troops",
            "american forces",
            "us soldiers",
            "us military",
            "americans",
        ],
    ),
    (
        "UK forces",
        &["british troops", "british forces", "uk troops", "uk forces"],
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
        "Afghan government",
        &[
            "afghan government",
            "kabul government",
            "government delegation",
            "the government",
            "officials",
            "governor",
        ],
    ),
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
    ("Iran", &["iranian", "tehran"]),
    ("Pakistan", &["pakistani", "pakistan army"]),
];

/// Forces that count as the same actor when a story names the more specific one first
/// ("US troops" then "troops" stays "US forces").
const GENERIC_FORCES: &[&str] = &["soldiers", "troops"];

/// The actors a sentence names, in order of first appearance, without repeats.
pub fn find_actors(sentence: &str) -> Vec<&'static str> {
    let lower = sentence.to_lowercase();
    let mut found: Vec<(usize, &'static str, usize)> = Vec::new();
    for &(actor, phrases) in ACTORS {
        for phrase in phrases {
            let mut from = 0;
            while let Some(at) = lower[from..].find(phrase).map(|i| from + i) {
                let before_ok = at == 0
                    || !lower[..at]
                        .chars()
                        .next_back()
                        .is_some_and(char::is_alphanumeric);
                let end = at + phrase.len();
                let after_ok = !lower[end..]
                    .chars()
                    .next()
                    .is_some_and(char::is_alphanumeric);
                if before_ok && after_ok {
                    found.push((at, actor, phrase.len()));
                }
                from = end;
            }
        }
    }
    // Longest phrase first where phrases overlap ("US troops" over "troops").
    found.sort_by(|a, b| a.0.cmp(&b.0).then(b.2.cmp(&a.2)));
    let mut covered_until = 0;
    let mut actors: Vec<&'static str> = Vec::new();
    for (at, actor, length) in found {
        if at < covered_until {
            continue;
        }
        covered_until = at + length;
        let generic = GENERIC_FORCES.iter().any(|g| lower[at..at + length] == **g);
        if generic
            && actors
                .iter()
                .any(|a| ["US forces", "UK forces", "NATO forces"].contains(a))
        {
            continue;
        }
        if !actors.contains(&actor) {
            actors.push(actor);
        }
    }
    actors
}

/// A number and what it counts.
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
pub struct Quantity {
    /// The value; lower bound for "hundreds", "dozens".
    pub value: u64,
    /// What is counted, as written ("guns", "commandos", "Humvees").
    pub what: String,
}

const NUMBER_WORDS: &[(&str, u64)] = &[
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
    ("twenty", 20),
    ("thirty", 30),
    ("fifty", 50),
    ("hundred", 100),
    ("dozens", 24),
    ("hundreds", 200),
    ("thousands", 2000),
    ("scores", 40),
];

/// Words after a number that are not what it counts.
const NOT_COUNTED: &[&str] = &[
    "per",
    "percent",
    "of",
    "and",
    "or",
    "to",
    "a",
    "the",
    "in",
    "on",
    "at",
    "years",
    "year",
    "days",
    "day",
    "weeks",
    "week",
    "months",
    "month",
    "hours",
    "hour",
    "minutes",
    "decade",
    "decades",
    "centuries",
    "century",
    "km",
    "miles",
    "am",
    "pm",
    "a.m",
    "p.m",
    "o'clock",
];

/// Counted things of a sentence: "900 guns", "1,037 soldiers", "dozens of families".
pub fn find_quantities(sentence: &str) -> Vec<Quantity> {
    let words = words(sentence);
    let mut out = Vec::new();
    for (i, (word, _)) in words.iter().enumerate() {
        let value = if word.chars().all(|c| c.is_ascii_digit() || c == ',')
            && word.chars().any(|c| c.is_ascii_digit())
        {
            word.replace(',', "").parse::<u64>().ok()
        } else {
            NUMBER_WORDS
                .iter()
                .find(|(w, _)| w == word)
                .map(|(_, v)| *v)
        };
        let Some(value) = value else { continue };
        // Years and dates are not counts.
        if (1900..=2100).contains(&value) && !word.contains(',') {
            continue;
        }
        let mut next = i + 1;
        // "dozens of families", "1,000 more soldiers", "30 US Humvees".
        while let Some((w, _)) = words.get(next) {
            if [
                "of",
                "more",
                "us",
                "u.s",
                "american",
                "afghan",
                "armoured",
                "armored",
                "heavy",
                "military",
                "major",
                "key",
                "big",
                "other",
                "provincial",
                "sniper",
            ]
            .contains(&w.as_str())
            {
                next += 1;
            } else {
                break;
            }
        }
        let Some((what, range)) = words.get(next) else {
            continue;
        };
        let is_noun_like = what.chars().all(|c| c.is_alphabetic() || c == '-') && what.len() > 1;
        if NOT_COUNTED.contains(&what.as_str()) || !is_noun_like {
            continue;
        }
        out.push(Quantity {
            value,
            what: sentence[range.clone()].to_string(),
        });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn actors_are_normalised() {
        assert_eq!(
            find_actors("Taliban fighters pushed Afghan troops back."),
            ["Taliban", "Afghan government forces"]
        );
        assert_eq!(find_actors("The militants met insurgents."), ["Taliban"]);
        assert_eq!(
            find_actors("US troops left; the troops flew home."),
            ["US forces"]
        );
        assert!(find_actors("Nothing here.").is_empty());
    }

    #[test]
    fn quantities_with_what_they_count() {
        let q = find_quantities(
            "They seized 900 guns, 30 Humvees and killed 22 commandos; 1,037 soldiers fled.",
        );
        let pairs: Vec<(u64, &str)> = q.iter().map(|q| (q.value, q.what.as_str())).collect();
        assert_eq!(
            pairs,
            [
                (900, "guns"),
                (30, "Humvees"),
                (22, "commandos"),
                (1037, "soldiers")
            ]
        );
        assert_eq!(find_quantities("dozens of families left")[0].value, 24);
        assert!(find_quantities("In 2021, 85 per cent of districts fell.").is_empty());
        assert!(
            find_quantities("ending almost two decades of US presence").is_empty(),
            "durations are not counts"
        );
    }
}

//! How many: numbers with what they count ("900 guns", "20 army pickups", "hundreds of
//! soldiers"), and the dead and wounded a sentence reports ("killing 6 soldiers and wounding
//! one", "Fatalities: 3"). A number that describes a thing rather than the event ("a town of
//! 30,000 people", "a base that once held 100,000 troops") is not counted.

use crate::text::{Word, number_value, vague_value};

/// A number and what it counts.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Quantity {
    /// The value; the least it means for a vague quantity ("hundreds": 200).
    pub value: u64,
    /// What is counted, as written ("guns", "army pickups", "Humvees").
    pub what: String,
    /// The number is vague ("dozens", "hundreds"): `value` is a lower bound.
    pub approximate: bool,
}

impl Quantity {
    /// "900 guns", "hundreds of soldiers".
    pub fn describe(&self) -> String {
        if self.approximate {
            let word = match self.value {
                v if v >= 2000 => "thousands",
                v if v >= 200 => "hundreds",
                v if v >= 40 => "scores",
                v if v >= 12 => "dozens",
                _ => "several",
            };
            format!("{word} of {}", self.what)
        } else {
            format!("{} {}", self.value, self.what)
        }
    }
}

/// Words between a number and what it counts that are skipped ("dozens of families").
const SKIPPED: &[&str] = &["of", "more", "other"];

/// Words that end a counted noun phrase: verbs, prepositions, conjunctions.
const PHRASE_ENDS: &[&str] = &[
    "were", "was", "are", "is", "have", "has", "had", "be", "been", "and", "or", "in", "on", "at",
    "from", "to", "into", "near", "by", "with", "after", "as", "who", "which", "that", "killed",
    "wounded", "injured", "dead", "died", "fled", "left", "said", "for", "during", "while",
    "across", "through", "over", "under", "of", "the", "a", "an",
];

/// Words after a number that are not what it counts.
const NOT_COUNTED: &[&str] = &[
    "per",
    "percent",
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
    "minute",
    "decade",
    "decades",
    "centuries",
    "century",
    "km",
    "kilometres",
    "kilometers",
    "miles",
    "metres",
    "meters",
    "am",
    "pm",
    "a.m",
    "p.m",
    "o'clock",
    "mm",
    "times",
    "percent",
    "%",
];

/// Words before "of" that make the number describe a thing: "a town of 30,000 people".
const DESCRIBED: &[&str] = &[
    "town",
    "city",
    "village",
    "district",
    "province",
    "population",
    "country",
    "base",
    "capital",
    "area",
    "region",
    "home",
    "capacity",
    "force",
    "army",
];

/// Words shortly before a number that make it a description, not the event's count.
const DESCRIBING: &[&str] = &[
    "once",
    "population",
    "home",
    "housed",
    "houses",
    "held",
    "holds",
    "capacity",
    "total",
    "estimated",
    "inhabitants",
    "strong",
];

/// The counted things of a sentence, given its words.
pub fn find_quantities(sentence: &str, words: &[Word]) -> Vec<Quantity> {
    let mut out = Vec::new();
    for (i, word) in words.iter().enumerate() {
        let (value, approximate) = match (number_value(&word.lower), vague_value(&word.lower)) {
            (Some(v), _) => (v, false),
            (None, Some(v)) => (v, true),
            _ => continue,
        };
        // Years are not counts, nor the day of a date ("on July 2, switching off the lights"),
        // nor a number a comma ends.
        if (1900..=2100).contains(&value) && !word.lower.contains(',') {
            continue;
        }
        let day_of_a_date =
            i > 0 && crate::text::month_number(&words[i - 1].lower).is_some() && value <= 31;
        if day_of_a_date || sentence[word.span.end..].starts_with(',') {
            continue;
        }
        if describes_a_thing(words, i) {
            continue;
        }
        let mut next = i + 1;
        while words
            .get(next)
            .is_some_and(|w| SKIPPED.contains(&w.lower.as_str()))
        {
            next += 1;
        }
        let phrase = noun_phrase(sentence, words, next);
        let Some((first, last)) = phrase else {
            continue;
        };
        let what = &sentence[words[first].span.start..words[last].span.end];
        if NOT_COUNTED.contains(&words[first].lower.as_str()) {
            continue;
        }
        out.push(Quantity {
            value,
            what: what.to_string(),
            approximate,
        });
    }
    out
}

/// Words that qualify a number ("as many as 100,000", "up to 500"), passed over when looking
/// for what it describes.
const QUALIFYING: &[&str] = &[
    "as", "many", "much", "up", "to", "about", "around", "some", "nearly", "almost", "over",
];

/// Whether the number at word `i` describes a thing ("a town of 30,000 people", "a base that
/// had once seen as many as 100,000 troops").
fn describes_a_thing(words: &[Word], i: usize) -> bool {
    let before = |k: usize| {
        i.checked_sub(k)
            .and_then(|j| words.get(j))
            .map(|w| w.lower.as_str())
    };
    if before(1) == Some("of") && before(2).is_some_and(|w| DESCRIBED.contains(&w)) {
        return true;
    }
    let qualifiers = (1..=4)
        .take_while(|&k| before(k).is_some_and(|w| QUALIFYING.contains(&w)))
        .count();
    (1..=3 + qualifiers).any(|k| before(k).is_some_and(|w| DESCRIBING.contains(&w)))
}

/// The words of the noun phrase starting at word `at` (at most three, letters only), as the
/// indices of its first and last word.
fn noun_phrase(sentence: &str, words: &[Word], at: usize) -> Option<(usize, usize)> {
    let mut last = None;
    for k in at..(at + 3).min(words.len()) {
        let word = &words[k];
        let letters =
            word.lower.chars().all(|c| c.is_alphabetic() || c == '-') && word.lower.len() > 1;
        if !letters || PHRASE_ENDS.contains(&word.lower.as_str()) {
            break;
        }
        last = Some(k);
        // Punctuation after the word ends the phrase.
        let gap = words
            .get(k + 1)
            .and_then(|n| sentence.get(word.span.end..n.span.start))
            .unwrap_or("");
        if !gap.trim().is_empty() {
            break;
        }
    }
    last.map(|last| (at, last))
}

/// The dead and wounded a sentence reports.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Casualties {
    /// People killed.
    pub fatalities: Option<u32>,
    /// People wounded or injured.
    pub injured: Option<u32>,
}

const KILLED: &[&str] = &[
    "killed",
    "killing",
    "kills",
    "dead",
    "died",
    "dies",
    "slain",
    "fatalities",
    "deaths",
    "death",
    "lives",
    "executed",
    "executing",
    "massacred",
];
const WOUNDED: &[&str] = &[
    "wounded",
    "wounding",
    "injured",
    "injuring",
    "injuries",
    "hurt",
    "wounds",
    "casualties",
];

/// Words that may stand between a number and "killed" in "6 soldiers were killed".
const BETWEEN_NUMBER_AND_VERB: usize = 5;

/// The dead and wounded of a sentence: "6 soldiers were killed and one was wounded", "killing
/// two", "left three dead", "Fatalities: 4", "a man was shot dead".
/// Takes the sentence's words.
pub fn find_casualties(words: &[Word]) -> Casualties {
    let mut casualties = Casualties::default();
    let count_at = |k: usize| -> Option<u32> {
        let w = &words.get(k)?.lower;
        let value = number_value(w).or_else(|| {
            (["a", "an"].contains(&w.as_str())
                && words.get(k + 1).is_some_and(|n| {
                    [
                        "man",
                        "woman",
                        "boy",
                        "girl",
                        "child",
                        "civilian",
                        "soldier",
                        "policeman",
                        "person",
                        "farmer",
                        "teacher",
                        "student",
                        "fighter",
                        "member",
                        "resident",
                        "villager",
                        "driver",
                        "officer",
                        "commander",
                        "journalist",
                        "shepherd",
                    ]
                    .contains(&n.lower.as_str())
                }))
            .then_some(1)
        })?;
        u32::try_from(value)
            .ok()
            .filter(|v| !(1900..=2100).contains(v))
    };
    let add = |slot: &mut Option<u32>, value: u32| *slot = Some(slot.unwrap_or(0) + value);
    let mut used = vec![false; words.len()];
    for (k, word) in words.iter().enumerate() {
        let w = word.lower.as_str();
        let killed = KILLED.contains(&w)
            || (w == "shot" && words.get(k + 1).is_some_and(|n| n.lower == "dead"));
        let wounded = WOUNDED.contains(&w);
        if !killed && !wounded {
            continue;
        }
        let slot = if killed { 0 } else { 1 };
        // "killing 6", "wounding two", "Fatalities: 3", "death toll rose to 12".
        let after = (k + 1..(k + 4).min(words.len()))
            .take_while(|&j| j == k + 1 || !KILLED.contains(&words[j].lower.as_str()))
            .find(|&j| !used[j] && count_at(j).is_some());
        // "6 soldiers were killed", "one was wounded", "left three dead".
        let before = (k.saturating_sub(BETWEEN_NUMBER_AND_VERB)..k)
            .rev()
            .take_while(|&j| {
                !KILLED.contains(&words[j].lower.as_str())
                    && !WOUNDED.contains(&words[j].lower.as_str())
            })
            .find(|&j| !used[j] && count_at(j).is_some());
        let verb_first = matches!(
            w,
            "killing" | "wounding" | "injuring" | "fatalities" | "deaths" | "casualties"
        ) && after.is_some();
        let at = if verb_first { after } else { before.or(after) };
        let Some(at) = at else { continue };
        let Some(value) = count_at(at) else { continue };
        used[at] = true;
        if slot == 0 {
            add(&mut casualties.fatalities, value);
        } else {
            add(&mut casualties.injured, value);
        }
    }
    casualties
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::words;

    fn pairs(sentence: &str) -> Vec<(u64, String, bool)> {
        find_quantities(sentence, &words(sentence))
            .into_iter()
            .map(|q| (q.value, q.what, q.approximate))
            .collect()
    }

    #[test]
    fn quantities_are_whole_noun_phrases() {
        assert_eq!(
            pairs("They seized 900 guns, 20 army pickups and 15 articulated military trucks."),
            [
                (900, "guns".to_string(), false),
                (20, "army pickups".to_string(), false),
                (15, "articulated military trucks".to_string(), false)
            ]
        );
        assert_eq!(pairs("1,037 soldiers fled")[0].0, 1037);
        // A date's day counts nothing.
        assert!(pairs("Troops pulled out on July 2, switching off the lights.").is_empty());
    }

    #[test]
    fn vague_quantities_stay_vague() {
        let q = {
            let s = "Hundreds of soldiers fled across the border.";
            find_quantities(s, &words(s))
        };
        assert_eq!(q.len(), 1);
        assert!(q[0].approximate);
        assert_eq!(q[0].describe(), "hundreds of soldiers");
    }

    #[test]
    fn descriptions_are_not_counts() {
        assert!(pairs("Fighting reached the city, a town of 30,000 people.").is_empty());
        assert!(pairs("The base once held 100,000 troops.").is_empty());
        assert!(pairs("a base that had once seen as many as 100,000 troops").is_empty());
        assert_eq!(pairs("Gunmen killed as many as 40 villagers.").len(), 1);
        assert!(pairs("In 2021, 85 per cent of districts fell.").is_empty());
        assert!(pairs("ending almost two decades of US presence").is_empty());
    }

    #[test]
    fn casualties_are_counted() {
        let c = |s: &str| {
            let c = find_casualties(&words(s));
            (c.fatalities, c.injured)
        };
        assert_eq!(
            c("6 soldiers were killed and 1 was wounded."),
            (Some(6), Some(1))
        );
        assert_eq!(
            c("The strike hit a market, killing five civilians and wounding 12."),
            (Some(5), Some(12))
        );
        assert_eq!(c("A man was shot dead by gunmen."), (Some(1), None));
        assert_eq!(c("Fatalities: 3."), (Some(3), None));
        assert_eq!(
            c("Two people died and three others were injured."),
            (Some(2), Some(3))
        );
        assert_eq!(c("Shelling hit the town of 30,000 people."), (None, None));
    }
}

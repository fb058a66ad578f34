//! Whether a trigger reports something that happened: not negated ("without any fighting",
//! "no clashes were reported", "denied attacking"), not (yet) real ("vowed to retake", "will
//! withdraw", "ready to fight", "allowing them to siege"), not generic ("often attack"); and
//! whether the report is hedged ("allegedly", "reportedly"), which keeps the event but marks it
//! unconfirmed.

use std::ops::Range;

use crate::text::{Word, gap_before, has_word_pair};

/// Words that negate a trigger in the words just before it.
const NEGATORS: &[&str] = &[
    "no",
    "not",
    "never",
    "without",
    "denied",
    "denies",
    "deny",
    "denying",
    "nor",
    "neither",
    "none",
    "avoided",
    "avoid",
    "prevented",
    "prevent",
    // "The truce has reduced fighting elsewhere."
    "reduced",
    "reduces",
    "curbed",
    "eased",
    "instead",
    // "a newly established base" is a base, not its founding.
    "newly",
];

/// Words that make what follows a future, an intention, an ability, a threat or a fear.
const IRREALIS: &[&str] = &[
    "will",
    "would",
    "could",
    "can",
    "may",
    "might",
    "shall",
    "should",
    "must",
    "vowed",
    "vows",
    "vow",
    "threatened",
    "threatens",
    "threaten",
    "threatening",
    "promised",
    "promises",
    "promise",
    "pledged",
    "pledges",
    "plan",
    "plans",
    "planned",
    "planning",
    "plot",
    "plotted",
    "plotting",
    "intend",
    "intends",
    "intended",
    "ready",
    "prepared",
    "preparing",
    "prepare",
    "able",
    "unable",
    "aim",
    "aims",
    "aiming",
    "seek",
    "seeks",
    "seeking",
    "want",
    "wants",
    "wanted",
    "fear",
    "fears",
    "feared",
    "fearing",
    "risk",
    "risks",
    "threat",
    "warned",
    "warns",
    "warning",
    "possible",
    "possibility",
    "potential",
    "likely",
    "unlikely",
    "if",
    "unless",
    "whether",
    "expected",
    "expect",
    "expects",
    "hope",
    "hopes",
    "hoped",
    "urged",
    "urge",
    "urges",
    "allowing",
    "allow",
    "allows",
    "allowed",
    "enable",
    "enabling",
    "enables",
    "capable",
    "ahead",
    "imminent",
    "looming",
    "calls",
    "called",
    "demanded",
    "demand",
    "demanding",
    "demands",
    "calling",
    "often",
    "usually",
    "regularly",
    "frequently",
    "routinely",
    "typically",
    "generally",
    "tend",
    "tends",
    "future",
    "preparations",
    "contingency",
    // Aims against a kind of violence, not reports of it ("failed to stop the kidnappings").
    "stop",
    "halt",
    "curb",
    "tackle",
    "combat",
    "end",
    // The violence that moved people, told elsewhere ("demonstrators angered by the fighting").
    "angered",
    "outraged",
    "incensed",
    "frustrated",
    "alarmed",
    "worried",
    "concerned",
];

/// Words that end the clause a trigger's modality is looked for in.
const CLAUSE_BREAKS: &[&str] = &[
    "and",
    "but",
    "after",
    "before",
    "when",
    "while",
    "as",
    "then",
    "which",
    "who",
    "where",
    "since",
    "because",
    "following",
    "amid",
    "during",
    "said",
    "says",
    "say",
    "that",
];

/// Words that may stand between a negation or a modal and the trigger it governs ("vowed to
/// retake", "promised a counter-attack", "allow them to easily siege", "no reports of").
const LIGHT_WORDS: &[&str] = &[
    "to",
    "a",
    "an",
    "the",
    "them",
    "him",
    "her",
    "it",
    "its",
    "their",
    "his",
    "our",
    "be",
    "been",
    "being",
    "have",
    "has",
    "had",
    "also",
    "again",
    "easily",
    "soon",
    "quickly",
    "further",
    "more",
    "new",
    "fresh",
    "major",
    "another",
    "any",
    "carry",
    "out",
    "launch",
    "launching",
    "mount",
    "stage",
    "conduct",
    "help",
    "begin",
    "start",
    "continue",
    "one",
    "was",
    "were",
    "is",
    "are",
    "of",
    "reports",
    "report",
    "signs",
    "all",
    "such",
    "do",
    "did",
    "does",
    "even",
    "yet",
    "some",
    "large-scale",
    "full-scale",
    "renewed",
    "any",
    "significant",
    "by",
];

/// How many words before a trigger may negate it or make it unreal.
const WINDOW: usize = 6;

/// Whether the words just after the trigger at `first_word` make it a plan: "a rally planned
/// for Friday", "further rallies are scheduled in Aden", "similar marches were announced for
/// Seiyun".
fn is_planned(words: &[Word], first_word: usize) -> bool {
    let lower = |i: usize| words.get(i).map_or("", |w| w.lower.as_str());
    let mut at = first_word + 1;
    if ["is", "are", "was", "were"].contains(&lower(at)) {
        at += 1;
    }
    // "announced solidarity protests for next week", "a rally tomorrow".
    let later = first_word + 1 + usize::from(lower(first_word + 1) == "for");
    let for_later = lower(later) == "tomorrow"
        || (lower(later) == "next"
            && (["week", "month", "weekend", "year"].iter())
                .chain(&crate::text::WEEKDAY_NAMES)
                .any(|word| *word == lower(later + 1)));
    for_later
        || match lower(at) {
            "planned" | "scheduled" => true,
            "announced" => lower(at + 1) == "for",
            _ => false,
        }
}

/// Whether `word` is one of [`IRREALIS`], looked up by hash: the list is long, and is read
/// for each word before each trigger.
fn is_irrealis(word: &str) -> bool {
    static SET: std::sync::LazyLock<rustc_hash::FxHashSet<&str>> =
        std::sync::LazyLock::new(|| IRREALIS.iter().copied().collect());
    SET.contains(word)
}

/// Whether the trigger at word `first_word` opens an apposition to a clause that tells of
/// what is yet to happen: "the ministers are due to meet in Antalya on Thursday, the
/// highest-level talks since the invasion began".
fn names_a_planned_happening(sentence: &str, words: &[Word], first_word: usize) -> bool {
    let lower = |i: usize| words.get(i).map_or("", |w| w.lower.as_str());
    // ", the highest-level talks": a determiner after the comma, then up to two words.
    let Some(comma) = (first_word.saturating_sub(3)..first_word)
        .find(|&at| lower(at) == "the" && gap_before(sentence, words, at).contains(','))
    else {
        return false;
    };
    (comma.saturating_sub(PLAN_WINDOW)..comma).any(|at| {
        (lower(at) == "due" && at > 0 && ["is", "are"].contains(&lower(at - 1)))
            || lower(at) == "will"
            || (["scheduled", "expected", "set"].contains(&lower(at)) && lower(at + 1) == "to")
    })
}

/// Words before an apposition's comma read for a plan ("are due to meet in the Turkish resort
/// of Antalya on Thursday,").
const PLAN_WINDOW: usize = 14;

/// Marks between two words that end a clause.
const CLAUSE_MARKS: [char; 7] = [',', ';', ':', '(', ')', '\u{2014}', '\u{2013}'];

/// Whether the trigger starting at word `first_word` of `words` (the words of `sentence`)
/// reports something that happened.
pub fn is_actual(sentence: &str, words: &[Word], first_word: usize) -> bool {
    if sentence.trim_end().ends_with('?')
        || is_planned(words, first_word)
        || asked_to_end(sentence, words, first_word)
        || is_to_follow(sentence, words, first_word)
    {
        return false;
    }
    if names_a_planned_happening(sentence, words, first_word) {
        return false;
    }
    // "positions threatened with encirclement", "at risk of capture": a danger, not done;
    // "officials prepared for talks": not yet held.
    let lower = |at: usize| words[at].lower.as_str();
    let in_danger_of = first_word >= 2
        && match lower(first_word - 1) {
            "with" => ["threatened", "threat"].contains(&lower(first_word - 2)),
            "of" => ["risk", "threat", "danger"].contains(&lower(first_word - 2)),
            "for" => ["prepared", "preparing", "prepare", "prepares", "ready"]
                .contains(&lower(first_word - 2)),
            _ => false,
        };
    if in_danger_of || denied_subject_of_a_passive(sentence, words, first_word) {
        return false;
    }
    let from = first_word.saturating_sub(WINDOW);
    // Past a word that is not light, only an intention's infinitive still governs the trigger
    // ("vow to keep up Red Sea attacks", "threatened to arm local vigilantes").
    let mut past_heavy_word = false;
    // "Fighters who had vowed to retake the town attacked it": a verb in the past is the
    // clause's own, not the infinitive's.
    let past_tense = words[first_word].lower.ends_with("ed");
    for at in (from..first_word).rev() {
        let word = &words[at];
        // A comma, semicolon or dash between this word and the next ends the clause.
        if gap_before(sentence, words, at + 1).contains(CLAUSE_MARKS) {
            break;
        }
        let w = word.lower.as_str();
        // "did not say whether anyone was killed", "demanding that Paris pull out": a clause
        // that asks or demands, however many words stand between; so does a condition
        // ("warned they would resume if Yemen was attacked").
        let asked = matches!(w, "whether" | "if" | "unless")
            || (w == "that" && at > 0 && is_irrealis(&words[at - 1].lower));
        if asked {
            return false;
        }
        // "a remark that did not mean the city had fallen": what is said not to be so.
        let denied_meaning = ["mean", "means", "meant", "imply", "implies", "indicate"]
            .contains(&w)
            && at > 0
            && (["not", "never"].contains(&words[at - 1].lower.as_str())
                || words[at - 1].lower.ends_with("n't"));
        if denied_meaning {
            return false;
        }
        if CLAUSE_BREAKS.contains(&w) {
            break;
        }
        let irrealis = is_irrealis(w);
        let infinitive_of_intention = irrealis && words[at + 1].lower == "to";
        // "The mission is due to withdraw", not "displaced due to fighting".
        let due = w == "due"
            && at > 0
            && ["is", "are", "was", "were"].contains(&words[at - 1].lower.as_str());
        // "had been spared by the fighting", "spared from the shelling".
        let spared = ["by", "from"].contains(&w) && at > 0 && words[at - 1].lower == "spared";
        // "it would have caused a massacre", "could have killed dozens": what did not happen.
        let counterfactual = ["would", "could", "might"].contains(&w)
            && words.get(at + 1).is_some_and(|next| next.lower == "have");
        if (infinitive_of_intention && !(past_heavy_word && past_tense))
            || due
            || spared
            || counterfactual
        {
            return false;
        }
        if !past_heavy_word && (NEGATORS.contains(&w) || irrealis || w.ends_with("n't")) {
            return false;
        }
        // "urged the troops to surrender", "press the authorities to arrest the men": asked of
        // someone, not done.
        let asked_of_someone = [
            "urged", "urge", "urges", "urging", "asked", "ask", "asks", "asking", "appealed",
            "pleaded", "begged", "beg", "press", "pressed", "presses", "pressing", "implored",
            "implore",
        ]
        .contains(&w)
            && first_word > at + 1
            && words[first_word - 1].lower == "to";
        if asked_of_someone {
            return false;
        }
        // "said it was not involved in the offensive".
        let involved =
            w == "involved" || (w == "in" && at > 0 && words[at - 1].lower == "involved");
        if !LIGHT_WORDS.contains(&w) && !involved {
            past_heavy_word = true;
        }
    }
    !judged_unreal_after(sentence, words, first_word)
}

/// Whether the trigger is a passive whose subject, a few words back in its clause, is denied:
/// "no staff member has been detained", "no one in the convoy was hurt" (not "gunmen with no
/// warning were seen").
fn denied_subject_of_a_passive(sentence: &str, words: &[Word], first_word: usize) -> bool {
    // (The auxiliary may open the trigger: "was killed".)
    let auxiliary_at = |at: usize| ["been", "was", "were"].contains(&words[at].lower.as_str());
    let Some(auxiliary) = [Some(first_word), first_word.checked_sub(1)]
        .into_iter()
        .flatten()
        .find(|&at| auxiliary_at(at))
    else {
        return false;
    };
    // The subject's words: a denial opens them and the clause, no verb stands among them.
    let opens_the_clause = |at: usize| {
        at == 0
            || gap_before(sentence, words, at).contains(CLAUSE_MARKS)
            || ["and", "but", "while"].contains(&words[at - 1].lower.as_str())
    };
    ((auxiliary.saturating_sub(SUBJECT_WORDS))..auxiliary)
        .rev()
        .take_while(|&at| {
            !gap_before(sentence, words, at + 1).contains(CLAUSE_MARKS)
                && !words[at].lower.ends_with("ed")
        })
        .any(|at| ["no", "none"].contains(&words[at].lower.as_str()) && opens_the_clause(at))
}

/// Words of a subject between a denial and a passive's auxiliary, at most.
const SUBJECT_WORDS: usize = 5;

/// Whether the trigger is what is to follow, in its clause: "The deal will be followed by the
/// signing of a comprehensive peace accord".
fn is_to_follow(sentence: &str, words: &[Word], first_word: usize) -> bool {
    let lower = |i: usize| words.get(i).map_or("", |w| w.lower.as_str());
    let from = first_word.saturating_sub(12);
    let clause_start = (from..first_word)
        .rev()
        .find(|&at| gap_before(sentence, words, at + 1).contains(CLAUSE_MARKS))
        .map_or(from, |at| at + 1);
    (clause_start..first_word).any(|at| {
        ["will", "would", "shall"].contains(&lower(at))
            && lower(at + 1) == "be"
            && lower(at + 2) == "followed"
    })
}

/// Whether the trigger is what someone asks to stop: "called for an end to air and
/// artillery strikes", "demanded an end to the shelling", within the clause.
fn asked_to_end(sentence: &str, words: &[Word], first_word: usize) -> bool {
    let from = first_word.saturating_sub(WINDOW);
    for at in (from.max(2)..first_word).rev() {
        if gap_before(sentence, words, at + 1).contains(CLAUSE_MARKS) {
            return false;
        }
        if words[at].lower == "end" && words[at - 1].lower == "an" {
            let asker = match words[at - 2].lower.as_str() {
                "for" if at >= 3 => words[at - 3].lower.as_str(),
                other => other,
            };
            return ASKING.contains(&asker);
        }
    }
    false
}

/// Whether a verb of being after the trigger's phrase judges it unreal or yet to come: "an
/// assault on the heavily defended city remains unlikely", "a new offensive is expected",
/// "attacks are likely to continue".
fn judged_unreal_after(sentence: &str, words: &[Word], first_word: usize) -> bool {
    const BEING: &[&str] = &[
        "is", "are", "was", "were", "remains", "remain", "remained", "seems", "seemed", "looks",
        "appears", "appeared",
    ];
    // Not "likely": "the attack was likely carried out by JNIM" happened.
    const UNREAL: &[&str] = &["unlikely", "possible", "imminent", "expected"];
    let last = (first_word + 8).min(words.len().saturating_sub(1));
    for at in first_word + 1..last {
        if gap_before(sentence, words, at).contains(CLAUSE_MARKS) {
            return false;
        }
        if BEING.contains(&words[at].lower.as_str()) {
            let next = words[at + 1].lower.as_str();
            // "Attacks on the positions are likely to continue": yet to come.
            let likely_to = next == "likely" && words.get(at + 2).is_some_and(|w| w.lower == "to");
            return UNREAL.contains(&next) || likely_to;
        }
    }
    false
}

/// Words of anger or protest that, before "at", "over", "about" or "against", make what
/// follows the grievance, told before ("angry at the fall of Goma", "protested over the killing
/// of a student").
const GRIEVANCE_WORDS: &[&str] = &[
    "angry",
    "anger",
    "angered",
    "outrage",
    "outraged",
    "fury",
    "furious",
    "incensed",
    "protest",
    "protests",
    "protested",
    "protesting",
    "demonstrated",
    "demonstrating",
    "rallied",
    "marched",
    "rally",
    "rallies",
    "march",
    "marches",
    "demonstration",
    "demonstrations",
    "vigil",
];

/// Words that may stand between a grievance's preposition and its event ("over the recent
/// killing").
const GRIEVANCE_DETERMINERS: &[&str] = &[
    "the", "a", "an", "its", "their", "his", "her", "recent", "latest",
];

/// Whether the trigger at word `first_word` is the grievance of a protest or of anger, an
/// event told before: "protesters angry at the fall of Goma", "hundreds protested in Quetta on
/// Monday over the killing of a student".
pub fn is_a_grievance(words: &[Word], first_word: usize) -> bool {
    first_word < words.len() && grievance_before(&words[..first_word])
}

/// Whether `words` end with a grievance's opening ("angry at the", "protested over the
/// recent"), to be followed by the event it names.
pub fn grievance_before(words: &[Word]) -> bool {
    let first_word = words.len();
    let lower = |i: usize| words[i].lower.as_str();
    let mut at = first_word;
    while at > 0 && GRIEVANCE_DETERMINERS.contains(&lower(at - 1)) && first_word - at < 3 {
        at -= 1;
    }
    if at < 2 {
        return false;
    }
    // "protesters angered by the fall of Goma", "riots sparked by the killing of".
    if lower(at - 1) == "by" {
        return GRIEVANCE_CAUSED.contains(&lower(at - 2));
    }
    // "calling for the departure of the regime", "demanding the withdrawal of troops", "to
    // call for faster exchanges": what is asked for has not happened. (Two words at most
    // between, none that opens a clause: "called for calm after gunmen attacked" tells an
    // attack.)
    let asking = |i: usize| {
        ["demanding", "demanded", "demand", "demands"].contains(&lower(i))
            || (i > 0
                && lower(i) == "for"
                && ["calling", "call", "calls", "called"].contains(&lower(i - 1)))
    };
    let opens_a_clause =
        |i: usize| ["after", "as", "when", "while", "and", "but"].contains(&lower(i));
    let asked_for = (first_word.saturating_sub(3)..first_word)
        .rev()
        .take_while(|&i| !opens_a_clause(i))
        .any(asking);
    asked_for
        || ["at", "over", "about", "against"].contains(&lower(at - 1))
            && ((at - 1).saturating_sub(6)..at - 1).any(|i| GRIEVANCE_WORDS.contains(&lower(i)))
}

/// Words of anger or protest caused by an event, before "by" and the event ("angered by").
const GRIEVANCE_CAUSED: &[&str] = &[
    "angered",
    "outraged",
    "incensed",
    "enraged",
    "infuriated",
    "sparked",
    "triggered",
    "prompted",
    "provoked",
];

/// Nouns of recorded media, whose content is no event of the day.
const MEDIA_NOUNS: &[&str] = &[
    "video",
    "videos",
    "footage",
    "images",
    "photos",
    "photographs",
    "pictures",
    "clip",
    "clips",
];

/// Verbs by which media show something.
const SHOWING: &[&str] = &[
    "showing",
    "show",
    "shows",
    "showed",
    "shown",
    "depicting",
    "depicts",
];

/// Whether the trigger at word `first_word` is what a recording shows ("after videos spread
/// online showing the killing of traders in Gezira state"): told by the recording, on no day
/// of its own.
pub fn is_shown_by_media(words: &[Word], first_word: usize) -> bool {
    let lower = |i: usize| words[i].lower.as_str();
    // "held over their coverage of opposition rallies", "footage of the shelling".
    let covered = (first_word.saturating_sub(3)..first_word)
        .any(|at| lower(at) == "of" && at >= 1 && ["coverage", "footage"].contains(&lower(at - 1)));
    covered
        || (first_word.saturating_sub(4)..first_word).any(|at| {
            SHOWING.contains(&lower(at))
                && (at.saturating_sub(4)..at).any(|i| MEDIA_NOUNS.contains(&lower(i)))
        })
}

/// Whether the trigger at word `first_word` names a kind of event already told, not one of the
/// day: "the third such killing in the district this year", "such attacks have become
/// common"; but "in one such attack on Monday" tells one. ("Similar rallies were held in
/// Gao" are events of their own.)
pub fn is_of_a_kind_told(words: &[Word], first_word: usize) -> bool {
    let lower = |at: usize| words.get(at).map_or("", |w| w.lower.as_str());
    first_word >= 1
        && lower(first_word - 1) == "such"
        && !(first_word >= 2 && lower(first_word - 2) == "one")
}

/// Words before a ceasefire or a deal that tell of one made before, broken, kept or ended, not
/// of its making.
const EARLIER_AGREEMENT_WORDS: &[&str] = &[
    "broke",
    "broken",
    "breaking",
    "violated",
    "violating",
    "breached",
    "breaching",
    "despite",
    "ignored",
    "ignoring",
    "respect",
    "respected",
    "respecting",
    "honour",
    "honor",
    "abide",
    "uphold",
    "terms",
    "ended",
    "ending",
    "terminated",
    "terminating",
    "scrapped",
    "scrapping",
    "annulled",
    "revoked",
    "cancelled",
    "canceled",
    "suspended",
    "suspending",
    "renounced",
];

/// Whether an agreement's trigger tells of one made before: broken ("broke a year-long
/// informal ceasefire", "despite a 2020 ceasefire"), kept ("pressed both sides to respect
/// the ceasefire", "under the truce", "the terms of the truce") or running out ("the current
/// truce expires on 2 October").
pub fn is_earlier_agreement(words: &[Word], first_word: usize) -> bool {
    const ENDING: &[&str] = &["expires", "expire", "expired", "lapses", "lapsed", "runs"];
    let after = &words[(first_word + 1).min(words.len())..(first_word + 5).min(words.len())];
    if after.iter().any(|w| ENDING.contains(&w.lower.as_str())) {
        return true;
    }
    let before = &words[first_word.saturating_sub(4)..first_word];
    // "under the deal", not "under a local truce" (made that day, maybe).
    let under_a_known_one =
        has_word_pair(before, &["under"], &["the", "that", "this", "its", "their"]);
    under_a_known_one
        || before
            .iter()
            .any(|w| EARLIER_AGREEMENT_WORDS.contains(&w.lower.as_str()))
}

/// Verbs of asking for an agreement rather than making it ("pressed for a ceasefire",
/// "urged a truce", "negotiating a deal").
const ASKING: &[&str] = &[
    "call",
    "calls",
    "called",
    "calling",
    "press",
    "pressed",
    "pressing",
    "push",
    "pushed",
    "pushing",
    "urge",
    "urged",
    "urging",
    "appeal",
    "appealed",
    "appealing",
    "plead",
    "pleaded",
    "pleading",
    "ask",
    "asked",
    "asking",
    "demand",
    "demanded",
    "demanding",
    "demands",
    "propose",
    "proposed",
    "proposing",
    "seek",
    "sought",
    "seeking",
    "hope",
    "hoped",
    "hoping",
    "want",
    "wanted",
    "negotiating",
    "brokering",
];

/// Adjectives of an agreement asked for ("an immediate ceasefire").
const AGREEMENT_ADJECTIVES: &[&str] = &[
    "immediate",
    "lasting",
    "permanent",
    "durable",
    "humanitarian",
    "new",
    "nationwide",
    "full",
    "complete",
    "general",
    "comprehensive",
];

/// Whether an agreement's trigger (at word `first_word`) is asked for, not made: "envoys
/// pressed for a ceasefire", "the UN urged an immediate truce".
pub fn is_asked_for(words: &[Word], first_word: usize) -> bool {
    let mut before = words[first_word.saturating_sub(5)..first_word]
        .iter()
        .rev()
        .map(|w| w.lower.as_str())
        .skip_while(|w| DETERMINERS.contains(w) || AGREEMENT_ADJECTIVES.contains(w));
    match before.next() {
        Some("for") => before.next().is_some_and(|w| ASKING.contains(&w)),
        Some(word) => ASKING.contains(&word),
        None => false,
    }
}

/// Words between the name of an agreement and its noun ("the Moscow-brokered truce").
const AGREEMENT_NAME_LINKS: &[&str] = &["peace", "ceasefire", "brokered", "mediated", "backed"];

/// Whether an agreement's or talks' trigger (at word `first_word` of `sentence`) is the name
/// of ones held earlier or going on, after a place or a party: "the Pretoria agreement", "the
/// Moscow-brokered truce", "under the Minsk accords", "while the Doha talks continued". An
/// agreement made that day is told with a verb and a place ("signed an agreement in
/// Pretoria").
pub fn is_named_agreement(sentence: &str, words: &[Word], first_word: usize) -> bool {
    let capitalised = |w: &Word| {
        (sentence.get(w.span.clone()))
            .and_then(|text| text.chars().next())
            .is_some_and(char::is_uppercase)
    };
    const NOUNS: &[&str] = &[
        "agreement",
        "accord",
        "deal",
        "truce",
        "ceasefire",
        "pact",
        "treaty",
        "talk",
        "process",
        "summit",
    ];
    let noun = (words.get(first_word)).is_some_and(|w| {
        NOUNS
            .iter()
            .any(|n| w.lower == *n || w.lower.strip_suffix('s') == Some(n))
    });
    let mut at = first_word;
    while noun && at > 1 {
        let word = &words[at - 1];
        let link = |part: &str| AGREEMENT_NAME_LINKS.contains(&part);
        if link(word.lower.as_str()) {
            at -= 1;
            continue;
        }
        // The name, or "Moscow-brokered" as one word: capitalised either way.
        return capitalised(word) && words[at - 2].lower == "the";
    }
    false
}

/// Whether a word after "since" tells a time of the last day or two ("since morning", "since
/// Monday"): what goes on since then is an event, not a lasting state.
pub fn is_a_recent_time(word: &str) -> bool {
    const TIMES_OF_A_DAY: &[&str] = &[
        "morning",
        "dawn",
        "daybreak",
        "midnight",
        "noon",
        "yesterday",
        "early",
        "last",
    ];
    TIMES_OF_A_DAY.contains(&word) || crate::text::WEEKDAY_NAMES.contains(&word)
}

/// Whether the trigger at word `first_word` tells of a lasting state rather than of an event
/// on a day: a perfect "has been" just before it and a span of months or years after it
/// ("which has been besieged for years", "has been under a blockade for more than two years")
/// or its start ("has been occupied since the first days of the invasion"); or a passive
/// "was" before it and its end after it ("was occupied by Russian forces until November").
pub fn is_lasting_state(words: &[Word], first_word: usize) -> bool {
    let before = &words[first_word.saturating_sub(4)..first_word];
    let perfect = has_word_pair(before, &["has", "have", "had"], &["been"]);
    let passive = before
        .last()
        .is_some_and(|w| ["was", "were", "been"].contains(&w.lower.as_str()));
    let after = &words[first_word..(first_word + 10).min(words.len())];
    let bounded = |word: &str| after.iter().take(6).any(|w| w.lower == word);
    // "has been attacking our positions since morning": an act going on today, no state.
    let since = after.iter().take(6).position(|w| w.lower == "since");
    let going_on_today = words[first_word].lower.ends_with("ing")
        && since.is_some_and(|at| (after.get(at + 1)).is_some_and(|w| is_a_recent_time(&w.lower)));
    if (perfect && since.is_some() && !going_on_today) || (passive && bounded("until")) {
        return true;
    }
    let lasting = span_of_time(
        after,
        &[
            "years",
            "months",
            "decades",
            "year",
            "months-long",
            "years-long",
        ],
    );
    // "whose insurgency has killed thousands over decades": a toll over years.
    let perfect_active = before
        .last()
        .is_some_and(|w| ["has", "have"].contains(&w.lower.as_str()));
    (perfect || perfect_active) && lasting
}

/// Whether the trigger at word `first_word` names a trend, not an event: what "has become
/// frequent", "has long been" a source of income, "is creeping closer", or what a place "has
/// seen repeated" ("Kidnappings have long been a source of income", "the area has seen
/// repeated mass kidnappings"). Read only in a sentence that gives no day and no toll.
pub fn is_a_trend(words: &[Word], first_word: usize) -> bool {
    const AUXILIARIES: &[&str] = &["has", "have", "is", "are"];
    const TREND_VERBS: &[&str] = &[
        "become",
        "becoming",
        "long",
        "increased",
        "risen",
        "grown",
        "creeping",
        "intensified",
        "surged",
        "multiplied",
        "spread",
    ];
    const SEEN: &[&str] = &["seen", "suffered", "witnessed", "experienced"];
    const REPEATED: &[&str] = &["repeated", "frequent", "regular", "recurrent", "recurring"];
    let after = &words[(first_word + 1).min(words.len())..(first_word + 7).min(words.len())];
    let before = &words[first_word.saturating_sub(4)..first_word];
    has_word_pair(after, AUXILIARIES, TREND_VERBS)
        || has_word_pair(before, SEEN, REPEATED)
        || is_where_most_has_been(words, first_word)
}

/// Whether the trigger at word `first_word` sums up where most of its kind has been ("Most
/// fighting has been in the countryside of Sagaing", "much of the shelling has taken place
/// along the river"): many events, none of them told.
fn is_where_most_has_been(words: &[Word], first_word: usize) -> bool {
    const PERFECTS: &[&str] = &["been", "taken", "centred", "centered", "concentrated"];
    let lower = |i: usize| words.get(i).map_or("", |w| w.lower.as_str());
    let most = match first_word {
        at if at >= 1 && lower(at - 1) == "most" => true,
        at if at >= 3 && lower(at - 2) == "of" && lower(at - 1) == "the" => {
            ["most", "much"].contains(&lower(at - 3))
        }
        _ => false,
    };
    most && ["has", "have"].contains(&lower(first_word + 1))
        && PERFECTS.contains(&lower(first_word + 2))
}

/// Whether the trigger at word `first_word` is counted in a tally that monitors have kept
/// ("the UN mission has recorded hundreds of arbitrary arrests since August 2021", "have
/// documented more than 200 air strikes"): many events, none of them told.
pub fn is_a_tally(words: &[Word], first_word: usize) -> bool {
    const TALLYING: &[&str] = &[
        "recorded",
        "documented",
        "registered",
        "counted",
        "verified",
        "logged",
        "tallied",
    ];
    let before = &words[first_word.saturating_sub(6)..first_word];
    let Some(verb) = (1..before.len()).rev().find(|&i| {
        TALLYING.contains(&before[i].lower.as_str())
            && ["has", "have", "had"].contains(&before[i - 1].lower.as_str())
    }) else {
        return false;
    };
    // A count, not one event documented ("has documented the rape of two women").
    before[verb + 1..].iter().any(|w| {
        crate::text::number_value(&w.lower).is_some()
            || crate::text::vague_value(&w.lower).is_some()
            || w.lower == "more"
    })
}

/// Whether the trigger at word `first_word` tells the toll of a whole war, in a clause about it
/// ("the war, which has killed more than 37,000 people"): no event of its own.
pub fn is_a_war_s_toll(words: &[Word], first_word: usize) -> bool {
    const WARS: &[&str] = &[
        "war",
        "conflict",
        "fighting",
        "violence",
        "insurgency",
        "crisis",
        "uprising",
        "unrest",
    ];
    let lower = |i: usize| words[i].lower.as_str();
    first_word >= 3
        && ["has", "have"].contains(&lower(first_word - 1))
        && ["which", "that"].contains(&lower(first_word - 2))
        && (first_word.saturating_sub(5)..first_word - 2).any(|i| WARS.contains(&lower(i)))
}

/// Whether a day names the event of the trigger at word `first_word`, as a name for a past
/// event the news goes back to: "linked to the October 7 attack", "since the 9 April
/// massacre".
pub fn is_named_by_its_day(words: &[Word], first_word: usize) -> bool {
    let lower = |i: usize| words.get(i).map_or("", |w| w.lower.as_str());
    let month = |i: usize| crate::text::MONTH_NAMES.contains(&lower(i));
    let day = |i: usize| lower(i).parse::<u32>().is_ok_and(|d| (1..=31).contains(&d));
    first_word >= 3
        && lower(first_word - 3) == "the"
        && ((month(first_word - 2) && day(first_word - 1))
            || (day(first_word - 2) && month(first_word - 1)))
}

/// Whether the trigger at word `first_word` names a long period that led up to what the
/// sentence tells ("The arrest followed weeks of fighting in Nasir", "captured the town after
/// months of clashes"): background, not an event of its own.
pub fn is_a_period_before(words: &[Word], first_word: usize) -> bool {
    const PERIODS: &[&str] = &["weeks", "months", "years", "decades"];
    const LEADING: &[&str] = &[
        "after",
        "following",
        "followed",
        "follows",
        "amid",
        "ending",
        "ended",
    ];
    let lower = |i: usize| words.get(i).map_or("", |w| w.lower.as_str());
    first_word >= 3
        && lower(first_word - 1) == "of"
        && PERIODS.contains(&lower(first_word - 2))
        && (first_word.saturating_sub(6)..first_word - 2).any(|i| LEADING.contains(&lower(i)))
}

/// Whether the trigger at word `first_word` is what an anniversary, a vigil or a march
/// remembers ("on the fourth anniversary of his killing by a drone strike in Baghdad", "marked
/// the anniversary of the massacre", "in memory of those killed in Drenica", "for the victims of
/// the bombing"): an event of another day.
/// The anniversary's phrase ends at a comma: "Marking the anniversary of the coup, youths
/// staged a protest" tells a protest.
pub fn is_remembered(sentence: &str, words: &[Word], first_word: usize) -> bool {
    let lower = |i: usize| words.get(i).map_or("", |w| w.lower.as_str());
    let before = |i: usize, word: &str| i > 0 && lower(i - 1) == word;
    // "on the anniversary of", "in memory of", "in honour of", "commemorating", "for the
    // victims of". (Not "declared national mourning after fighters opened fire": the news.)
    let remembers = |i: usize| {
        let of = lower(i + 1) == "of";
        (lower(i).starts_with("anniversar") && of)
            || (["memory", "honour", "honor"].contains(&lower(i)) && of && before(i, "in"))
            || ["commemorate", "commemorating"].contains(&lower(i))
            || (lower(i) == "victims" && of && before(i, "the") && before(i - 1, "for"))
    };
    let Some(at) = (first_word.saturating_sub(8)..first_word).rfind(|&i| remembers(i)) else {
        return false;
    };
    (at..first_word).all(|i| !gap_before(sentence, words, i + 1).contains([',', ';']))
}

/// Whether the trigger at word `first_word` tells what a perfect verb before it has gone on
/// doing for years ("Bandits have terrorized rural communities for more than a decade,
/// killing and kidnapping for ransom"), or a present passive ("farmers are abducted on the
/// roads"): a habit, not an event. Read only in a sentence that
/// gives no day and no toll.
pub fn is_a_habit(words: &[Word], first_word: usize) -> bool {
    const SPANS: &[&str] = &["years", "decade", "decades", "months"];
    const OFTEN: &[&str] = &[
        "frequently",
        "regularly",
        "routinely",
        "often",
        "constantly",
    ];
    // "The city is frequently targeted by drones", "villages are regularly shelled", "they see
    // new cases every week": the present of a habit.
    let just_before = &words[first_word.saturating_sub(8)..first_word];
    let just_after = &words[(first_word + 1).min(words.len())..(first_word + 6).min(words.len())];
    if just_before.windows(2).any(|pair| {
        ["is", "are"].contains(&pair[0].lower.as_str()) && OFTEN.contains(&pair[1].lower.as_str())
    }) || has_word_pair(just_after, &["every"], &["day", "week", "month", "night"])
    {
        return true;
    }
    // "civilians are killed in reprisal raids": a present passive, what keeps happening.
    let trigger = words[first_word].lower.as_str();
    let participle =
        trigger.ends_with("ed") || ["shot", "hit", "struck", "beaten"].contains(&trigger);
    if participle
        && first_word >= 1
        && ["is", "are"].contains(&words[first_word - 1].lower.as_str())
    {
        return true;
    }
    // The habit goes on in a participle; "which has been besieged for years, a sniper shot
    // dead a boy" tells an event.
    if !words
        .get(first_word)
        .is_some_and(|w| w.lower.ends_with("ing"))
    {
        return false;
    }
    let before = &words[first_word.saturating_sub(16)..first_word];
    let Some(perfect) = before
        .iter()
        .position(|w| ["has", "have"].contains(&w.lower.as_str()))
    else {
        return false;
    };
    span_of_time(&before[perfect + 1..], SPANS)
}

/// Whether `words` hold "for" or "over" with one of `spans` at most four words after it ("for
/// more than two years", "over decades").
fn span_of_time(words: &[Word], spans: &[&str]) -> bool {
    words.iter().enumerate().any(|(i, w)| {
        ["for", "over"].contains(&w.lower.as_str())
            && words[i + 1..]
                .iter()
                .take(4)
                .any(|n| spans.contains(&n.lower.as_str()))
    })
}

/// Verbs that set an event told before beside another happening: "The attack came as envoys
/// met in Muscat", "The arrest followed weeks of fighting in Nasir".
const SETTING_VERBS: &[&str] = &[
    "came",
    "comes",
    "coincided",
    "coincides",
    "followed",
    "follows",
    "happened",
    "occurred",
];

/// Words after a verb of setting that give the event's own time or place ("came on Monday",
/// "happened near the airport"): the sentence tells of it.
const DATING_WORDS: &[&str] = &[
    "in", "on", "at", "during", "near", "outside", "inside", "around", "close",
];

/// Whether the trigger at word `first_word` points back at an event already told, to set it
/// beside something else: the subject of a sentence that opens with a determiner and goes on
/// with a verb of setting that does not date it ("The attack came days before talks in
/// Washington", "Sunday's killing followed a raid", "The ambush took place as the minister
/// spoke in the capital"), or what a sentence that opens "It was
/// the" ranks ("It was the deadliest attack on security forces in two years"). Its places are
/// the other happening's.
pub fn points_back(words: &[Word], first_word: usize) -> bool {
    let lower = |i: usize| words.get(i).map_or("", |w| w.lower.as_str());
    let determiner =
        crate::text::DEMONSTRATIVES.contains(&lower(0)) || crate::text::is_possessive(lower(0));
    // Right after the trigger, and not dating it: "The attack on Wednesday followed days of
    // clashes" and "The offensive came in February 2021, when" tell the event's time.
    // "came", "took place": the word after the verb of setting.
    let after_setting = |i: usize| match lower(i) {
        "took" | "takes" if lower(i + 1) == "place" => Some(i + 2),
        verb if SETTING_VERBS.contains(&verb) => Some(i + 1),
        _ => None,
    };
    let subject = determiner
        && (1..=3).contains(&first_word)
        && (first_word + 1..=first_word + 2)
            .filter_map(after_setting)
            .any(|next| !DATING_WORDS.contains(&lower(next)));
    let ranked = ["it", "this", "that"].contains(&lower(0))
        && ["was", "is", "marked", "marks", "became"].contains(&lower(1))
        && (3..=8).contains(&first_word);
    subject || ranked
}

/// Whether the trigger at word `first_word` only names, at the end of its clause, an event
/// told before as the time of something else: "Wheat prices rose in Chicago after the
/// attack, traders said", "Schools have been shut since the bombing."
pub fn dates_by_an_event_told(sentence: &str, words: &[Word], first_word: usize) -> bool {
    let lower = |i: usize| words.get(i).map_or("", |w| w.lower.as_str());
    let after_the = first_word >= 2
        && ["after", "since", "following"].contains(&lower(first_word - 2))
        && ["the", "this", "that"].contains(&lower(first_word - 1));
    // "met in Damascus after the clashes and both sides announced a ceasefire".
    let ends_the_clause = match words.get(first_word + 1) {
        None => true,
        Some(next) => {
            sentence[words[first_word].span.end..next.span.start]
                .contains([',', ';', '.', '\u{2014}'])
                || ["and", "but"].contains(&next.lower.as_str())
        }
    };
    after_the && ends_the_clause
}

/// Whether the trigger is a past perfect in a relative clause, what someone had done before
/// the story's event: "freeing a man they had detained", "the town, which rebels had
/// captured". Without a day of its own it is no event of the story.
pub fn told_as_done_before(words: &[Word], first_word: usize) -> bool {
    let lower = |i: usize| words.get(i).map_or("", |w| w.lower.as_str());
    let had = match first_word.checked_sub(1) {
        Some(at) if lower(at) == "had" => at,
        Some(at) if lower(at) == "been" && at >= 1 && lower(at - 1) == "had" => at - 1,
        _ => return false,
    };
    let Some(subject) = had.checked_sub(1) else {
        return false;
    };
    // "which the rebels had captured"; "that" may open what was said instead ("announced
    // that they had liberated the city").
    let relative =
        (had.saturating_sub(4)..had).any(|i| ["which", "who", "whom"].contains(&lower(i)));
    // "a man they had detained", not "police said they had detained three men" nor "told
    // staff they had been shot".
    let pronoun_after_a_noun = ["they", "he", "she", "we"].contains(&lower(subject))
        && subject >= 1
        && !(subject.saturating_sub(4)..subject).any(|i| SAYING.contains(&lower(i)))
        && !["and", "but", "as", "when", "after", "because", "that"].contains(&lower(subject - 1));
    relative || pronoun_after_a_noun
}

/// Verbs of saying, before a reported clause.
const SAYING: &[&str] = &[
    "said",
    "says",
    "say",
    "told",
    "added",
    "claimed",
    "reported",
    "announced",
    "confirmed",
];

/// Whether the trigger at word `first_word` describes a place or people rather than tells an
/// event: "in occupied Svatove", "the occupied territories", "a commander fighting on the
/// government side", "men fighting alongside the army".
pub fn is_an_attribute(words: &[Word], first_word: usize) -> bool {
    const BEFORE_AN_ATTRIBUTE: &[&str] = &[
        "in", "the", "of", "from", "into", "near", "across", "around", "newly", "still",
    ];
    let lower = |at: usize| words.get(at).map_or("", |w| w.lower.as_str());
    // "occupied areas of Kherson region" in a heading: areas held, not taken.
    let held_areas = [
        "areas",
        "territories",
        "territory",
        "regions",
        "parts",
        "zones",
    ];
    let occupied = lower(first_word) == "occupied"
        && (first_word
            .checked_sub(1)
            .is_some_and(|i| BEFORE_AN_ATTRIBUTE.contains(&lower(i)))
            || held_areas.contains(&lower(first_word + 1)));
    // The side someone fights on: "on the government side", "on Russia's side", "alongside"
    // (not a side of a place: "fighting on the eastern side of the city").
    let on_a_side = lower(first_word) == "fighting"
        && (lower(first_word + 1) == "alongside"
            || (lower(first_word + 1) == "on"
                && (first_word + 2..first_word + 6)
                    .any(|at| lower(at) == "side" && lower(at + 1) != "of")));
    occupied || on_a_side
}

/// Whether the trigger at word `first_word` counts no one: "Casualties: 0 killed".
pub fn counts_none(words: &[Word], first_word: usize) -> bool {
    first_word
        .checked_sub(1)
        .is_some_and(|i| ["0", "zero"].contains(&words[i].lower.as_str()))
}

/// Whether the trigger at word `first_word` is said to be none or few: "has seen few public
/// protests", "no major clashes were reported" (not "a few clashes").
pub fn is_none_or_few(words: &[Word], first_word: usize) -> bool {
    let lower = |at: usize| words[at].lower.as_str();
    (first_word.saturating_sub(2)..first_word).any(|at| {
        let between_are_words =
            (at + 1..first_word).all(|i| lower(i).chars().all(char::is_alphabetic));
        let a_few = lower(at) == "few" && at > 0 && lower(at - 1) == "a";
        ["no", "few"].contains(&lower(at)) && !a_few && between_are_words
    })
}

/// Verbs that give what happened a name ("called the step a coup", "described the raid as a
/// massacre"): the name is no second event.
const NAMING_VERBS: &[&str] = &[
    "called",
    "calling",
    "calls",
    "branded",
    "branding",
    "termed",
    "labelled",
    "labeled",
    "described",
    "describing",
    "denounced",
    "decried",
];

/// Whether the trigger at word `first_word` names what a verb of naming speaks of: "as" before
/// it, the verb up to ten words before ("described the raid on the town as a massacre"), or
/// only an article, the verb and its object just before ("called the step a coup").
pub fn is_a_name_for_it(words: &[Word], first_word: usize) -> bool {
    let lower = |i: usize| words[i].lower.as_str();
    let mut at = first_word;
    if at > 0 && ["a", "an"].contains(&lower(at - 1)) {
        at -= 1;
    }
    // Without "as", the verb's own object stands between it and the article: "described a
    // drone strike" reports the strike.
    let (reach, last) = if at > 0 && lower(at - 1) == "as" {
        (10, at)
    } else if at < first_word {
        (4, at.saturating_sub(1))
    } else {
        return false;
    };
    (at.saturating_sub(reach)..last).any(|i| NAMING_VERBS.contains(&lower(i)))
}

/// Words that, before "of" or "with", say that what follows is a charge: "suspected of
/// kidnapping", "accused of attacking", "charged with murder".
const CHARGE_WORDS: &[&str] = &[
    "suspected",
    "accused",
    "charged",
    "convicted",
    "guilty",
    "charges",
    "suspicion",
];

/// Whether the trigger at word `first_word` is what someone is charged with, not an event:
/// "arrested three men suspected of kidnapping a businessman", "held on kidnapping charges".
pub fn is_a_charge(words: &[Word], first_word: usize) -> bool {
    let lower = |i: usize| words.get(i).map_or("", |w| w.lower.as_str());
    // "arrested on kidnapping charges", "a murder charge".
    // Not "an explosive charge".
    let charges_after = ["charge", "charges", "charged"].contains(&lower(first_word + 1))
        && !lower(first_word).starts_with("explosive");
    charges_after
        || (first_word >= 2
            && ["of", "with"].contains(&lower(first_word - 1))
            && CHARGE_WORDS.contains(&lower(first_word - 2)))
}

/// Verbs that comment on an event rather than report it ("condemned the Beledweyne attack",
/// "played down the attacks").
const STANCE_VERBS: &[&str] = &[
    "condemned",
    "condemns",
    "condemning",
    "denounced",
    "denounces",
    "deplored",
    "criticised",
    "criticized",
    "downplayed",
    "welcomed",
    "investigating",
    "investigate",
];

/// Words that may stand between a stance verb and the event it comments on.
const DETERMINERS: &[&str] = &[
    "the", "a", "an", "this", "these", "those", "its", "their", "his", "her", "latest", "recent",
    "strongly",
];

/// Whether the trigger names an event the sentence only talks about: the object of a verb
/// that comments on it ("condemned the attack") or the subject of a modal or a judgement
/// ("the offensive would continue", "an assault on the city could trigger…", "attacks on
/// schools were a violation"). The caller keeps such a trigger when the sentence says
/// something concrete of it (a day, a toll).
pub fn is_talked_about(sentence: &str, words: &[Word], trigger: &Range<usize>) -> bool {
    let first = words.partition_point(|w| w.span.start < trigger.start);
    let after = words.partition_point(|w| w.span.start < trigger.end);
    let capitalised = |w: &Word| sentence[w.span.clone()].starts_with(char::is_uppercase);
    let commented_on = words[..first]
        .iter()
        .rev()
        .take(4)
        .enumerate()
        .find(|(_, w)| !DETERMINERS.contains(&w.lower.as_str()) && !capitalised(w))
        .is_some_and(|(back, w)| {
            // "played down the attacks".
            let played_down = w.lower == "down"
                && first
                    .checked_sub(back + 2)
                    .is_some_and(|at| words[at].lower.starts_with("play"));
            STANCE_VERBS.contains(&w.lower.as_str()) || played_down
        });
    // The words after the trigger's noun phrase ("on El Fasher", "on schools").
    let mut next = after;
    if words
        .get(next)
        .is_some_and(|w| ["on", "against", "in", "of", "by"].contains(&w.lower.as_str()))
    {
        next += 1;
        while next < words.len() && next < after + 4 && !is_verb_after_noun(&words[next]) {
            next += 1;
        }
    }
    let judged = words.get(next).is_some_and(|w| {
        let modal = MODALS_AFTER_NOUN.contains(&w.lower.as_str());
        let copula_of_judgement = COPULAS.contains(&w.lower.as_str())
            && words
                .get(next + 1)
                .is_some_and(|n| ["a", "an", "unlikely", "likely"].contains(&n.lower.as_str()));
        // Not across a comma: "the attacks, officials said, were a…" is another clause.
        let same_clause = next > 0
            && sentence
                .get(words[next - 1].span.end..w.span.start)
                .is_some_and(|gap| !gap.contains([',', ';', ':', '(', ')']));
        (modal || copula_of_judgement) && same_clause
    });
    // "a renewal of the mechanism on chemical weapons use", "an inquiry into the shelling":
    // the topic of a body's work.
    let lower = |i: usize| words.get(i).map_or("", |w| w.lower.as_str());
    let topic = first >= 2
        && ["on", "into", "about", "over"].contains(&lower(first - 1))
        && TOPIC_HOLDERS.contains(&lower(first - 2));
    commented_on || judged || topic
}

/// Nouns of the bodies and texts that deal with events as their topic ("the mechanism on
/// chemical weapons use", "an inquiry into the killings").
const TOPIC_HOLDERS: &[&str] = &[
    "mechanism",
    "investigation",
    "investigations",
    "inquiry",
    "probe",
    "report",
    "resolution",
    "treaty",
    "convention",
    "law",
    "debate",
    "commission",
    "panel",
    "guidelines",
    "policy",
];

/// Modals and verbs of outlook after an event's noun ("the offensive would continue").
const MODALS_AFTER_NOUN: &[&str] = &[
    "would", "could", "will", "may", "might", "remains", "remain",
];

/// Forms of "be" after an event's noun ("attacks on schools were a violation").
const COPULAS: &[&str] = &["were", "are", "is", "was"];

/// Whether a word after a noun phrase is its verb (a modal or a form of "be").
fn is_verb_after_noun(word: &Word) -> bool {
    let word = word.lower.as_str();
    MODALS_AFTER_NOUN.contains(&word) || COPULAS.contains(&word)
}

/// Words that hedge a whole report.
const HEDGES: &[&str] = &[
    "allegedly",
    "alleged",
    "purportedly",
    "purported",
    "reportedly",
    "unconfirmed",
    "unverified",
    "apparently",
    "claimed",
    "claims",
    "rumoured",
    "rumored",
];

/// Whether the sentence hedges what it reports ("allegedly", "appeared to show").
pub fn is_hedged(words: &[Word]) -> bool {
    words.iter().enumerate().any(|(i, w)| {
        (HEDGES.contains(&w.lower.as_str()) && !claims_responsibility(words, i))
            || (["appeared", "appears", "seemed", "seems", "believed", "said"]
                .contains(&w.lower.as_str())
                && words.get(i + 1).is_some_and(|n| n.lower == "to")
                && words
                    .get(i + 2)
                    .is_some_and(|n| ["show", "have", "be", "depict"].contains(&n.lower.as_str())))
    })
}

/// Whether the word at `at` ("claimed", "claims") owns an attack rather than hedges one:
/// "the rebels claimed the attack", "claimed responsibility for it", "claims the lives of".
fn claims_responsibility(words: &[Word], at: usize) -> bool {
    let word = |k: usize| words.get(at + k).map_or("", |w| w.lower.as_str());
    matches!(word(0), "claimed" | "claims")
        && (matches!(word(1), "responsibility" | "credit")
            || (matches!(word(1), "the" | "this" | "that" | "both")
                && CLAIMED_DEEDS.contains(&word(2))))
}

/// What a group claims when it owns a deed, after "claimed the".
const CLAIMED_DEEDS: &[&str] = &[
    "attack",
    "attacks",
    "bombing",
    "bombings",
    "blast",
    "ambush",
    "assault",
    "raid",
    "killing",
    "killings",
    "abduction",
    "kidnapping",
    "lives",
];

#[cfg(test)]
mod tests {
    use super::*;
    use crate::events::triggers::find_triggers_in;
    use crate::text::words;

    /// Which trigger of a sentence a check reads.
    enum Which {
        First,
        Last,
    }

    /// `check` (given the sentence's words and the trigger's first word) read at the first or
    /// the last trigger of `sentence`.
    fn at_trigger(sentence: &str, which: Which, check: impl Fn(&[Word], usize) -> bool) -> bool {
        let words = words(sentence);
        let triggers = find_triggers_in(&words);
        let trigger = match which {
            Which::First => triggers.first(),
            Which::Last => triggers.last(),
        }
        .unwrap_or_else(|| panic!("no trigger in {sentence:?}"));
        check(&words, trigger.first_word)
    }

    /// Whether the first trigger of `sentence` is actual.
    fn actual(sentence: &str) -> bool {
        at_trigger(sentence, Which::First, |words, at| {
            is_actual(sentence, words, at)
        })
    }

    #[test]
    fn negated_unreal_and_generic_triggers_are_not_events() {
        for sentence in [
            "No clashes were reported in the area.",
            "Police searched the office, and no staff member has been detained.",
            "The bus reached the town, and no one on board was killed.",
            "The group denied attacking the convoy.",
            "His office said the remark did not mean the city had fallen.",
            "The commander promised a counter-attack within days.",
            "Officials vowed to retake the town.",
            "Troops will withdraw from the city next month.",
            "The fighters are ready to attack the city.",
            "The roads allow them to easily siege urban centres.",
            "Residents fear shelling of the market.",
            "The garrison is threatened with encirclement.",
            "The town is at risk of capture.",
            "Officials in Kyiv prepared for talks with U.S. envoys.",
            "Did the army shell the village?",
            "Several governments called for an end to air and artillery strikes.",
            "The families demanded an end to the shelling of their villages.",
            "The Kremlin urged the encircled troops to surrender.",
            "The families pressed the governor in Herat to arrest the two guards.",
            "The vote will be followed by the signing of a peace accord in the capital.",
        ] {
            assert!(!actual(sentence), "{sentence}");
        }
    }

    #[test]
    fn an_event_named_as_a_time_points_back() {
        let dates = |sentence: &str| {
            at_trigger(sentence, Which::First, |words, at| {
                dates_by_an_event_told(sentence, words, at)
            })
        };
        assert!(dates(
            "Wheat prices rose in Chicago after the attack, traders said."
        ));
        assert!(dates("Schools have stayed shut since the bombing."));
        assert!(!dates("Residents fled after the attack on the market."));
    }

    #[test]
    fn what_an_anniversary_remembers_is_no_event_of_the_day() {
        let remembered = |sentence: &str| {
            at_trigger(sentence, Which::Last, |words, at| {
                is_remembered(sentence, words, at)
            })
        };
        assert!(remembered(
            "Crowds gathered on the tenth anniversary of the massacre at the mosque."
        ));
        assert!(remembered(
            "The march fell on the anniversary of his killing in an air strike."
        ));
        assert!(!remembered(
            "Jets struck the town on the anniversary, killing four people."
        ));
        assert!(!remembered(
            "Marking the anniversary of the coup, youths staged a protest in the square."
        ));
        assert!(remembered(
            "Thousands walked through the city carrying candles in memory of those killed in the raid."
        ));
        assert!(remembered(
            "Hundreds held a vigil on Friday for the victims of the bombing."
        ));
        assert!(remembered(
            "Crowds gathered to commemorate the dead of the massacre."
        ));
        assert!(!remembered(
            "The junta declared national mourning after gunmen opened fire on residents."
        ));
        assert!(!remembered(
            "Victims of the blast were taken to hospital after the bombing."
        ));
        assert!(!remembered(
            "A bomb hidden in a cart killed six mourners at the funeral."
        ));
        assert!(!remembered(
            "Several mourners were killed when a bomb went off."
        ));
    }

    #[test]
    fn an_apposition_to_what_is_yet_to_happen_tells_nothing_that_happened() {
        let actual = |sentence: &str| {
            at_trigger(sentence, Which::Last, |words, at| {
                is_actual(sentence, words, at)
            })
        };
        assert!(!actual(
            "The envoys are due to arrive in Antalya on Thursday, the first talks in a month."
        ));
        assert!(actual(
            "The envoys arrived in Antalya on Thursday, the first talks in a month."
        ));
    }

    #[test]
    fn what_had_been_done_before_in_a_relative_clause_is_told_as_done_before() {
        let before = |sentence: &str| at_trigger(sentence, Which::Last, told_as_done_before);
        assert!(before(
            "The crowd freed a man they had detained in the street."
        ));
        assert!(before(
            "Troops entered the town, which the rebels had captured."
        ));
        assert!(!before("Police said they had detained three men."));
        assert!(!before(
            "Officials said that fighters had captured the town."
        ));
        assert!(!before("Troops detained three men."));
    }

    #[test]
    fn real_reports_stay_events() {
        for sentence in [
            "Artillery shelled the village on Monday.",
            "Gunmen who had vowed revenge attacked the checkpoint.",
            "The army, which had promised restraint, shelled the village.",
            "Forces forced residents to flee.",
            "The town fell after two days and no relief came.",
            "The truce put an end to the shelling that had killed dozens.",
        ] {
            assert!(actual(sentence), "{sentence}");
        }
    }

    #[test]
    fn hedged_reports_are_marked() {
        assert!(is_hedged(&words("Troops allegedly executed two men.")));
        assert!(is_hedged(&words(
            "Footage appeared to show a drone strike."
        )));
        assert!(!is_hedged(&words(
            "Air raids were reported on the province."
        )));
        // A claim of responsibility owns the attack; a claim of a deed hedges it.
        assert!(!is_hedged(&words(
            "A bomb hit a gendarmerie truck; the separatists claimed the attack."
        )));
        assert!(!is_hedged(&words(
            "Gunmen killed two guards; the group claimed responsibility."
        )));
        assert!(is_hedged(&words(
            "The rebels claimed the capture of two villages."
        )));
    }
}

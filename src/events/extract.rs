//! Reading one article's event mentions, sentence by sentence (see the module doc of
//! [`crate::events`]): triggers, their modality and the choice between kinds, each kind's
//! place among the places of its clause, time, actors, numbers; then, over the article, the
//! reports with no place of their own take the place of a report of the same kind, and those
//! that still have none are kept only when they say something concrete.

use std::borrow::Cow;
use std::ops::Range;
use std::sync::LazyLock;

use chrono::{Datelike, NaiveDate};
use memchr::memmem;
use rustc_hash::{FxHashMap, FxHashSet};

use super::choose::{PROTESTING, STATE_FORCES, choose, statement_at};
use super::{
    EventKind, EventMention, EventType, actors, modality, numbers, place, sentences, triggers,
};
use crate::gazetteer::Gazetteer;
use crate::geoparse::{MentionForm, Precision, Toponym};
use crate::text::{Word, gap_before, words};
use crate::time::{
    DateRange, TimeKind, TimeMention, TimePrecision, days_after_the_event_before, find_times,
    recent_week, stated_time, time_unit,
};

/// Days before publication within which a month's report is recent, no background.
const RECENT_DAYS: i64 = 7;

/// How many sentences back a place-less report may take an earlier report's place.
const INHERIT_WITHIN_SENTENCES: usize = 4;

/// How many times an article must name its main town, and how many times more than any
/// other town, for "the city" to mean it when no town was named in the last sentences.
const MAIN_TOWN_MENTIONS: usize = 3;

/// Sentences at the head of an article whose date may date the rest (the lede).
const LEDE_SENTENCES: usize = 3;

/// The longest heading line that may date only the report ("Alert, 10 August 2014").
const HEADING_LINE_BYTES: usize = 100;

/// Definite nouns that point back at a place already named ("the town was shelled"), with the
/// most and least precise place each may stand for.
const PLACE_NOUNS: &[(&str, Precision, Precision)] = &[
    ("city", Precision::Site, Precision::Town),
    ("town", Precision::Site, Precision::Town),
    ("village", Precision::Site, Precision::Town),
    ("capital", Precision::Site, Precision::Town),
    ("township", Precision::Site, Precision::District),
    ("settlement", Precision::Site, Precision::Town),
    ("locality", Precision::Site, Precision::Town),
    ("camp", Precision::Site, Precision::Town),
    ("base", Precision::Site, Precision::Town),
    ("airfield", Precision::Site, Precision::Town),
    ("airport", Precision::Site, Precision::Town),
    ("prison", Precision::Site, Precision::Town),
    ("port", Precision::Site, Precision::Town),
    ("district", Precision::Town, Precision::District),
    ("area", Precision::Site, Precision::Province),
    ("province", Precision::Province, Precision::Province),
    ("region", Precision::District, Precision::Province),
    ("governorate", Precision::Province, Precision::Province),
    ("oblast", Precision::Province, Precision::Province),
    ("county", Precision::District, Precision::Province),
    ("department", Precision::District, Precision::Province),
];

/// Nouns of administrative units among [`PLACE_NOUNS`]: "the district" is the place last
/// named a district, whatever its precision (an unknown district stands for its province).
const UNIT_NOUNS: &[&str] = &[
    "township",
    "district",
    "province",
    "region",
    "governorate",
    "county",
    "department",
];

/// The place a definite noun of the sentence points back at may have these precisions: "the
/// town", or with one word between ("the Libyan capital", "the coastal town"). Not "the
/// base's commander", which speaks of someone. The last field is where the noun starts.
fn place_named_back(words: &[Word]) -> Option<(&'static str, Precision, Precision, usize)> {
    let noun = |word: &Word| {
        (PLACE_NOUNS.iter())
            .find(|(noun, _, _)| word.lower == *noun)
            .map(|&(noun, most, least)| (noun, most, least, word.span.start))
    };
    (0..words.len()).find_map(|at| {
        if !["the", "this"].contains(&words[at].lower.as_str()) {
            return None;
        }
        let next = words.get(at + 1)?;
        noun(next).or_else(|| words.get(at + 2).and_then(noun))
    })
}

/// Whether the name at `t` qualifies a definite town noun: "the northern Shan State city",
/// "the Helmand capital".
fn qualifies_a_town_noun(text: &str, t: &Toponym) -> bool {
    let after = words(crate::text::head(&text[t.span.end..], 12));
    let before = words(crate::text::tail(&text[..t.span.start], 24));
    let definite = match before.as_slice() {
        [.., the, adjective] => {
            the.lower == "the" && crate::geoparse::is_compass_adjective(&adjective.lower)
        }
        [.., the] => the.lower == "the",
        [] => false,
    };
    definite
        && after
            .first()
            .is_some_and(|w| ["city", "town", "capital"].contains(&w.lower.as_str()))
        && text[t.span.end..].starts_with(' ')
}

/// Bytes before the colon of a sentence's heading, at most ("Sagaing Region – Kale District:").
const HEADING_BYTES: usize = 64;

/// Sentences at the head of a wire story in which "the capital" or "the city" may mean the
/// town of its dateline.
const DATELINE_SENTENCES: usize = 2;

/// Whether the words before a trigger make it a definite report of something told before
/// ("the departure", "the US's silent departure").
fn definite(words: &[Word], trigger_word: usize) -> bool {
    words[trigger_word.saturating_sub(3)..trigger_word]
        .iter()
        .any(|w| {
            ["the", "this", "its", "their", "that"].contains(&w.lower.as_str())
                || w.lower.ends_with("'s")
        })
}

/// Whether the doers before the trigger at `trigger_word` are told as already known: "the
/// troops", "the soldiers", "they".
fn the_same_doers(words: &[Word], trigger_word: usize) -> bool {
    const DOERS: &[&str] = &[
        "troops",
        "soldiers",
        "gunmen",
        "attackers",
        "militants",
        "fighters",
        "raiders",
        "assailants",
        "insurgents",
        "column",
    ];
    let before = &words[..trigger_word];
    before.windows(2).any(|w| {
        ["the", "these"].contains(&w[0].lower.as_str()) && DOERS.contains(&w[1].lower.as_str())
    }) || before.last().is_some_and(|w| w.lower == "they")
}

/// Whether the sentence places something at a border or in a part of the country: "in a
/// disputed border area", "along the frontier", "in the far north of the country", not "Thai
/// border officials said".
fn elsewhere_in_the_country(words: &[Word]) -> bool {
    const PLACES: &[&str] = &[
        "area", "areas", "region", "zone", "post", "posts", "village", "villages", "town",
        "crossing", "line", "strip",
    ];
    const PEOPLE: &[&str] = &[
        "officials",
        "guards",
        "police",
        "authorities",
        "force",
        "forces",
        "security",
        "agency",
    ];
    let lower = |at: usize| words.get(at).map_or("", |w| w.lower.as_str());
    (0..words.len()).any(|at| {
        let border = ["border", "frontier"].contains(&lower(at))
            && (PLACES.contains(&lower(at + 1))
                || (at > 0 && lower(at - 1) == "the" && !PEOPLE.contains(&lower(at + 1))));
        let part_of_the_country = crate::text::COMPASS_POINTS.contains(&lower(at))
            && [lower(at + 1), lower(at + 2), lower(at + 3)] == ["of", "the", "country"];
        border || part_of_the_country
    })
}

/// "The deadliest since 2005, when troops fired on protesters in Andijan": the year a "when"
/// clause after "since" tells of.
fn year_since_before(sentence: &str, clause: &Clause) -> Option<DateRange> {
    if !clause.when {
        return None;
    }
    let before = sentence[..clause.span.start].trim_end_matches([',', ' ']);
    let mut back = before.rsplit(' ');
    let year = back.next()?.parse().ok()?;
    back.next()?
        .eq_ignore_ascii_case("since")
        .then(|| DateRange::year(year))?
}

/// Whether a place is told as far from the story's scene ("In Kinshasa, some 1,500 km away,
/// protesters attacked embassies"): an aside that "the city" of later sentences does not
/// point back at.
fn told_as_far_away(text: &str, toponym: &Toponym) -> bool {
    let Some(after) = text[toponym.span.end..].strip_prefix(", ") else {
        return false;
    };
    let after = crate::text::head(after, 48);
    let words = crate::text::words(after);
    let at = words
        .iter()
        .position(|w| w.lower.starts_with(|c: char| c.is_ascii_digit()));
    at.is_some_and(|at| {
        at <= 2
            && words.get(at + 1).is_some_and(|w| {
                ["km", "kilometres", "kilometers", "miles"].contains(&w.lower.as_str())
            })
            && words.get(at + 2).is_some_and(|w| w.lower == "away")
    })
}

/// Whether a name after `before` (its sentence's text up to it) is in a "when" clause after a
/// year before the publication's: "the first time since 2008, when rebels reached the
/// outskirts of N'Djamena".
fn in_a_past_year_s_when_clause(before: &str, published: Option<NaiveDate>) -> bool {
    let Some((head, clause)) = before.rsplit_once(", when ") else {
        return false;
    };
    let year = head.rsplit(' ').next().and_then(crate::time::year_number);
    !clause.contains(',') && year.is_some_and(|year| before_the_year_of(year, published))
}

/// Whether `year` is before the year of publication (`published`, when known).
fn before_the_year_of(year: i32, published: Option<NaiveDate>) -> bool {
    published.is_some_and(|published| year < published.year())
}

/// "The 2021 riots in Honiara", "withdrawing from the 2019 peace agreement": the year that
/// names the event of the noun at `at`, two words at most between them. Not a count ("the
/// 2000 protesters marched").
fn year_naming(words: &[Word], at: usize) -> Option<DateRange> {
    let a_count = |i: usize| {
        (words[i + 1..at].iter()).any(|w| w.lower.ends_with('s')) || words[at].lower.ends_with("ed")
    };
    let year_at = (at.saturating_sub(3)..at).find(|&i| {
        i > 0 && words[i - 1].lower == "the" && words[i].lower.len() == 4 && !a_count(i)
    })?;
    DateRange::year(crate::time::year_number(&words[year_at].lower)?)
}

/// Nouns of places that a relative clause may describe ("a Druze town that Israel captured in
/// 1967").
const DESCRIBED_PLACES: &[&str] = &[
    "town",
    "city",
    "village",
    "area",
    "region",
    "part",
    "territory",
    "land",
    "district",
    "province",
    "country",
    "camp",
    "base",
    "enclave",
    "heights",
    "island",
    "port",
];

/// Whether a time at byte `time_at` of the sentence lies in a relative clause, opened after the
/// trigger ending at byte `trigger_end`, that tells the history of a place ("a rocket hit a
/// pitch in Majdal Shams, a town in the part of the Golan Heights that Israel captured in
/// 1967", "Afrin, which Turkish-backed forces seized in March 2018"): the time is the place's,
/// not the event's. Not "an attack on Kherson that killed three in 2022", where the clause
/// goes on with the event.
fn in_a_place_s_history(
    sentence: &str,
    words: &[Word],
    trigger_end: usize,
    time_at: usize,
) -> bool {
    // "the coastal town it took last year": a clause with no relative word opens at its
    // subject, just after the place.
    let subject_after_a_place = |at: usize| {
        ["it", "they", "we"].contains(&words[at].lower.as_str())
            && at.checked_sub(1).is_some_and(|i| {
                DESCRIBED_PLACES.contains(&words[i].lower.as_str())
                    && (sentence[words[i].span.end..words[at].span.start])
                        .trim()
                        .is_empty()
            })
    };
    let Some(at) = (0..words.len()).rposition(|at| {
        (trigger_end..time_at).contains(&words[at].span.start)
            && (["that", "which", "where"].contains(&words[at].lower.as_str())
                || subject_after_a_place(at))
    }) else {
        return false;
    };
    let clause_so_far = &sentence[words[at].span.start..time_at];
    let antecedent = at.checked_sub(1).map(|i| &words[i]);
    let of_a_place = antecedent.is_some_and(|w| {
        DESCRIBED_PLACES.contains(&w.lower.as_str()) || is_capitalised(sentence, w)
    });
    let goes_on_with_the_event =
        !subject_after_a_place(at) && (words.get(at + 1)).is_some_and(|w| w.lower.ends_with("ed"));
    !clause_so_far.contains([',', ';']) && of_a_place && !goes_on_with_the_event
}

/// Whether a bulletin's line gives the date of the report, not of what it reports
/// ("Reporting date: 23 June 2023").
fn is_the_report_s_date(sentence: &str) -> bool {
    const LABELS: &[&str] = &[
        "reporting date",
        "report date",
        "date of report",
        "date of issue",
        "date of note",
        "issued",
        "published",
        "last updated",
        "updated",
    ];
    /// Verbs of a file's own dates ("Case No. 0389 — registered 30 August 2021", "Entry
    /// 07 — opened 19/04/2016").
    const FILED: &[&str] = &["registered", "opened", "received", "filed", "lodged"];
    let sentence = sentence.trim_start();
    let labelled = LABELS.iter().any(|label| {
        (sentence.get(..label.len())).is_some_and(|head| head.eq_ignore_ascii_case(label))
            && sentence[label.len()..]
                .trim_start()
                .starts_with([':', '-', '\u{2013}'])
    });
    let filed = || {
        let words = words(crate::text::head(sentence, HEADING_LINE_BYTES));
        words.windows(2).any(|pair| {
            FILED.contains(&pair[0].lower.as_str())
                && (pair[1].lower == "on"
                    || pair[1].lower.starts_with(|c: char| c.is_ascii_digit()))
        }) && sentence[..sentence.find('\n').unwrap_or(sentence.len())]
            .contains(['\u{2014}', '\u{2013}'])
    };
    labelled || filed()
}

/// Whether the word at `at` is a noun of something told before: "the attack", "Monday's
/// attack", "the deadly attack", not "crossed the frontier to attack".
fn the_noun(words: &[Word], at: usize) -> bool {
    const DETERMINERS: &[&str] = &["the", "this", "that", "its", "their"];
    let lower = |back: usize| at.checked_sub(back).map_or("", |i| words[i].lower.as_str());
    let told = |word: &str| DETERMINERS.contains(&word) || crate::text::is_possessive(word);
    told(lower(1)) || (told(lower(2)) && lower(1) != "to")
}

/// Words that open a subordinate clause, whose places belong to its own triggers only.
const SUBORDINATORS: &[&str] = &[
    "as",
    "while",
    "because",
    "whereas",
    "although",
    "though",
    "when",
    "since",
    "once",
    "saying",
    "according",
];

/// Words after a sentence's first "as" that make it part of a phrase ("As many as 20", "As
/// well as", "As soon as").
const OPENING_AS_PHRASES: &[&str] = &["many", "much", "well", "soon", "far", "long"];

/// Words before "as" that make it part of a phrase ("such as", "as well as", "as many as") or
/// a preposition ("work as porters", "used as human shields", "disguised as soldiers").
const AS_PHRASES: &[&str] = &[
    "such",
    "well",
    "many",
    "much",
    "soon",
    "far",
    "long",
    "same",
    "work",
    "worked",
    "working",
    "used",
    "serve",
    "served",
    "serving",
    "act",
    "acted",
    "acting",
    "posing",
    "disguised",
    "dressed",
    "known",
    "described",
    "describe",
    "describes",
    "describing",
    "regarded",
    "considered",
    "branded",
    "characterised",
    "characterized",
    "designated",
    "listed",
    "identified",
];

/// Words that open a clause telling what came before the main clause's event ("retook Kidal
/// after days of fighting", "strikes on Sanaa, after missiles hit Jeddah", "the strike
/// followed a drone attack"): its cause or its first step, no event of its own when both are
/// fighting.
const EARLIER_OPENERS: &[&str] = &["after", "following", "followed"];

/// Verbs whose object is what someone said or promised, not what happened.
const REPORTING_VERBS: &[&str] = &[
    "said",
    "says",
    "vowed",
    "vow",
    "vows",
    "pledged",
    "promised",
    "warned",
    "threatened",
    "demanded",
    "urged",
    "insisted",
    "stressed",
    "claimed",
];

/// Words that count units of time before an opener ("two years after", "a decade after").
const COUNTS: &[&str] = &[
    "a", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "several",
    "some", "many", "few",
];

/// Whether a unit of time before "after" or "before" puts what follows on another day: "two
/// days after", "weeks before", "a decade after the abduction of the Chibok schoolgirls"; not
/// "hours before".
fn counts_other_days(unit: &str) -> bool {
    time_unit(unit).is_some_and(|u| u != "hour") || ["decade", "decades"].contains(&unit)
}

/// Words before an opener that make it no clause ("the following day", "was followed by").
const NOT_OPENING: &[&str] = &["the", "was", "were", "is", "are", "be", "been", "being"];

/// Nouns of an attack named by its weapons ("a drone and missile attack", "air and artillery
/// strikes"); not "fire", a verb's object too ("attacked a mosque and set fire to cars").
const ATTACK_NOUNS: &[&str] = &[
    "attack", "attacks", "strike", "strikes", "barrage", "assault", "raid", "raids",
];

/// Verbs of a beginning: a "when" clause right after one tells how the war began, its past.
const BEGAN: &[&str] = &["began", "begun", "started", "erupted", "out"];

/// A clause of a sentence: its byte range in the sentence, whether it is subordinate, and
/// whether it tells of the past the news goes back to ("missing since fighting erupted in
/// Khartoum in April", "the war began when…"): no event of its own.
#[derive(Clone, Debug, Default)]
struct Clause {
    span: Range<usize>,
    subordinate: bool,
    background: bool,
    /// Opened by "when": with no time of its own, it happened at the time named just before
    /// ("reached a peak in March 2021, when fighters attacked Palma").
    when: bool,
    /// Opened by "after", "following" or "followed" (see [`EARLIER_OPENERS`]).
    earlier: bool,
    /// Opened by "days after", "a week before": what it tells happened on another day than
    /// the main clause, a day it does not give unless it names one.
    another_day: bool,
    /// How many days from the main clause's day ("a day after": -1, "two days before": 2),
    /// when the opener counts them.
    days_from_main: Option<i64>,
    /// Opened by "as", "while" or "when": it may tell where the clause before it happened
    /// ("shot dead a village chief as he left a mosque in Kandahar").
    circumstance: bool,
}

impl Clause {
    /// Whether it tells what came before (or after) the clause it follows, and shares that
    /// clause's places ("soldiers retreated into Tajikistan after clashes in Badakhshan").
    fn told_beside_another(&self) -> bool {
        self.earlier || self.another_day
    }
}

/// The index of the first word after the sentence's dateline ("DOHA, Qatar — "), 0 without
/// one: a dateline opens with a name in capitals and ends at a spaced dash.
fn after_a_dateline(sentence: &str, words: &[Word]) -> usize {
    let Some(head) = words.first().map(|w| &sentence[w.span.clone()]) else {
        return 0;
    };
    if head.chars().count() < 2 || head.chars().any(char::is_lowercase) {
        return 0;
    }
    (1..words.len().min(10))
        .find(|&i| {
            let gap = gap_before(sentence, words, i);
            gap.contains(crate::text::DASHES) && gap.contains(char::is_whitespace)
        })
        .unwrap_or(0)
}

/// Splits a sentence into clauses at semicolons and colons, at "and"/"but" before a lower-case
/// word ("cities and skirmishes broke out", not "Ghazni and Lashkar Gah"), and before a
/// subordinating word ("as Western forces continue their withdrawal").
fn clauses(sentence: &str, words: &[Word]) -> Vec<Clause> {
    let mut out = Vec::new();
    let mut start = 0;
    // A sentence may open with a subordinate clause, to its first comma ("As the president
    // visited Warsaw, artillery pounded Kherson"); not "As many as 20 people were killed".
    // After a dateline too: "DOHA, Qatar — As negotiators met in the Qatari capital, …".
    let first = after_a_dateline(sentence, words);
    let opener = words.get(first).map_or("", |w| w.lower.as_str());
    // "A decade after the abduction of the schoolgirls, …", "Two days before the vote, …": a
    // clause of another time opens the sentence too, to its first comma.
    // (And "On the day after Armed Forces Day, …", "The night before the vote, …"; not "The
    // day before yesterday an armed gang stopped…", a time of the main clause.)
    let the_day = |i: usize| {
        ["on", "the"].contains(&opener)
            && (words.get(i + 1))
                .is_some_and(|w| !["yesterday", "tomorrow"].contains(&w.lower.as_str()))
            && sentence[words[i].span.end..].contains(',')
    };
    let counted_opener = (first + 1..words.len().min(first + 4)).find(|&i| {
        ["after", "before"].contains(&words[i].lower.as_str())
            && counts_other_days(&words[i - 1].lower)
            && (i - 1 == first
                || COUNTS.contains(&opener)
                || opener.parse::<u32>().is_ok()
                || the_day(i))
    });
    // "Since morning the enemy has been attacking": "since" before a time is no clause.
    let since_a_time = opener == "since"
        && (words.get(first + 1)).is_some_and(|n| modality::is_a_recent_time(&n.lower));
    let mut opening = (SUBORDINATORS.contains(&opener) || EARLIER_OPENERS.contains(&opener))
        && !(words.get(first + 1)).is_some_and(|n| OPENING_AS_PHRASES.contains(&n.lower.as_str()))
        && !since_a_time
        || counted_opener.is_some();
    // The flags of the clause being read (its span is set when it ends).
    let mut current = Clause {
        span: 0..0,
        subordinate: opening,
        background: opening && opener == "since",
        when: opening && opener == "when",
        earlier: opening && EARLIER_OPENERS.contains(&opener),
        another_day: counted_opener.is_some(),
        days_from_main: counted_opener.and_then(|at| days_counted(words, at)),
        circumstance: opening && ["as", "while", "when"].contains(&opener),
    };
    for i in counted_opener.unwrap_or(first) + 1..words.len() {
        let gap = gap_before(sentence, words, i);
        // "two days after M23 entered Minova (Kalehe territory, South Kivu), …": not at a
        // comma between parentheses.
        let in_parentheses = || {
            let so_far = &sentence[start..words[i].span.start];
            so_far.matches('(').count() > so_far.matches(')').count()
        };
        if opening && gap.contains(',') && !in_parentheses() {
            opening = false;
            out.push(Clause {
                span: start..words[i].span.start,
                ..current
            });
            start = words[i].span.start;
            current = Clause::default();
            continue;
        }
        let word = words[i].lower.as_str();
        let next_lower = words.get(i + 1).is_some_and(|n| {
            sentence[n.span.clone()]
                .chars()
                .next()
                .is_some_and(char::is_lowercase)
                && !["the", "a", "an"].contains(&n.lower.as_str())
        });
        // "homes and shops in Huwara": a noun and its preposition go on with the phrase, no
        // new subject.
        // Nor does "a drone and missile attack": two weapons of one attack.
        let phrase_goes_on = words.get(i + 2).is_some_and(|w| {
            [
                "in", "at", "on", "near", "of", "across", "around", "outside",
            ]
            .contains(&w.lower.as_str())
                || ATTACK_NOUNS.contains(&w.lower.as_str())
        });
        let before = words[i - 1].lower.as_str();
        // "On 13 February, police and soldiers arrested …": a word or two with no verb in
        // the past, after the clause's start or its last comma, that end in a noun of people
        // are the first of its subjects (not "tribal and military sources said").
        let people = |w: &str| {
            STATE_FORCES.contains(&w)
                || (w.ends_with('s') && !w.ends_with("ss"))
                || w.ends_with("men")
                || w == "people"
        };
        let subjects_go_on = word == "and" && people(before) && {
            let clause_start = words.partition_point(|w| w.span.start < start).max(first);
            let from = (clause_start + 1..i)
                .rev()
                .find(|&at| gap_before(sentence, words, at).contains(','))
                .unwrap_or(clause_start);
            // Not "Mahra, a remote and sparsely populated province": words of a description.
            i - from <= 2
                && !["a", "an"].contains(&words[from].lower.as_str())
                && (from..i).all(|at| !words[at].lower.ends_with("ed"))
        };
        // "killed by soldiers and foreign fighters near Abdel Begrou": the agents of a passive.
        let agents_go_on = word == "and"
            && people(before)
            && (i.saturating_sub(3)..i).any(|at| words[at].lower == "by");
        // "fighting between Somaliland troops and clan militias": the two sides.
        let between_sides =
            word == "and" && (i.saturating_sub(4)..i).any(|at| words[at].lower == "between");
        let main_break = gap.contains([';', ':'])
            || (["and", "but"].contains(&word)
                && next_lower
                && !phrase_goes_on
                && !subjects_go_on
                && !agents_go_on
                && !between_sides);
        let opens_earlier = EARLIER_OPENERS.contains(&word) && !NOT_OPENING.contains(&before);
        let opens_another_day = ["after", "before"].contains(&word) && counts_other_days(before);
        // "shot 35 of them dead, hours before the president arrived in New Delhi": what came
        // later the same day, elsewhere.
        let opens_later_that_day = word == "before" && time_unit(before) == Some("hour");
        let subordinate_break = (SUBORDINATORS.contains(&word) && !AS_PHRASES.contains(&before)
            || opens_earlier
            || opens_another_day
            || opens_later_that_day)
            && !words
                .get(i + 1)
                .is_some_and(|n| n.lower.chars().all(|c| c.is_ascii_digit()));
        // "shot residents as they ran out, killing 20": the toll after a comma is the main
        // clause's again.
        // Not after "when": "when fighters attacked Palma, killing dozens" is that attack's.
        let toll_of_the_main = current.circumstance
            && !current.when
            && gap.contains(',')
            && ["killing", "wounding", "injuring", "leaving"].contains(&word);
        // "stopped his car as he was driving home, pushed him into their vehicle": a verb in
        // the past after a comma goes on with the main clause's doers.
        let main_goes_on = current.subordinate
            && !current.background
            && gap.contains(',')
            && (word.ends_with("ed") || PAST_VERBS.contains(&word))
            && (words.get(i + 1)).is_some_and(|n| OBJECTS.contains(&n.lower.as_str()));
        if main_break || subordinate_break || toll_of_the_main || main_goes_on {
            out.push(Clause {
                span: start..words[i].span.start,
                ..current
            });
            start = words[i].span.start;
            // "since fighting erupted in April and spread to Omdurman": the past goes on.
            let past_goes_on =
                current.background && !subordinate_break && !gap.contains([';', ':']);
            current = Clause {
                span: 0..0,
                subordinate: subordinate_break,
                // "missing since fighting erupted", "the war began when the Houthis seized Sanaa".
                background: subordinate_break
                    && (word == "since"
                        || (word == "when" && BEGAN.contains(&words[i - 1].lower.as_str())))
                    || past_goes_on,
                when: subordinate_break && word == "when",
                earlier: subordinate_break && opens_earlier,
                another_day: subordinate_break && opens_another_day,
                days_from_main: (subordinate_break && opens_another_day)
                    .then(|| days_counted(words, i))
                    .flatten(),
                circumstance: subordinate_break && ["as", "while", "when"].contains(&word),
            };
            // "Situation: After the bodies were found, crowds stormed …": after a label or a
            // semicolon, a subordinate clause opens the new part, to its first comma.
            // So does one after the time a sentence opens with: "On 23 January, two days
            // after M23 entered Minova, retreating soldiers raped …".
            let after_the_opening_time = out.len() == 1
                && (i.saturating_sub(2)..=i)
                    .any(|at| gap_before(sentence, words, at).contains(','))
                && i - first <= 7
                && ["on", "in", "late", "early", "at", "by"].contains(&opener);
            opening = subordinate_break && (gap.contains([';', ':']) || after_the_opening_time);
        }
    }
    out.push(Clause {
        span: start..sentence.len(),
        ..current
    });
    out
}

/// Irregular verbs in the past that may go on with a main clause's doers after a subordinate
/// clause (see [`clauses`]).
const PAST_VERBS: &[&str] = &[
    "took", "shot", "drove", "beat", "threw", "stole", "hit", "led",
];

/// Words that open the object of such a verb: "pushed him", "took the driver".
const OBJECTS: &[&str] = &["him", "her", "them", "his", "their", "the", "a", "an"];

/// The days "a day after", "two days before", "a week after" at word `at` (the "after" or
/// "before") count from the main clause's day.
fn days_counted(words: &[Word], at: usize) -> Option<i64> {
    let count = match words.get(at.checked_sub(2)?)?.lower.as_str() {
        "a" | "an" | "one" => 1,
        word => i64::try_from(crate::text::number_value(word)?).ok()?,
    };
    let unit = match time_unit(&words[at - 1].lower)? {
        "day" => 1,
        "week" => 7,
        _ => return None,
    };
    let sign = if words[at].lower == "after" { -1 } else { 1 };
    Some(sign * count * unit)
}

/// A hash of the words of `sentence` in lower case, for repeated sentences to be told apart
/// without building a normalised copy of each.
fn words_key(sentence: &str) -> u64 {
    use std::hash::Hasher as _;
    let mut hasher = rustc_hash::FxHasher::default();
    for word in sentence.split_whitespace() {
        for c in word.chars().flat_map(char::to_lowercase) {
            hasher.write_u32(u32::from(c));
        }
        hasher.write_u8(b' ');
    }
    hasher.finish()
}

/// The words of each statement of `sentence` (see [`statement_at`]), in order.
fn statement_words<'w>(sentence: &str, words: &'w [Word]) -> impl Iterator<Item = &'w [Word]> {
    let mut ends: Vec<usize> = memchr::memchr_iter(b';', sentence.as_bytes()).collect();
    ends.push(sentence.len());
    let mut first = 0;
    ends.into_iter().map(move |end| {
        let last = first + words[first..].partition_point(|w| w.span.start < end);
        let statement = &words[first..last];
        first = last;
        statement
    })
}

/// Whether `kind` is fighting: a battle or an explosion.
fn is_fighting(kind: EventKind) -> bool {
    matches!(
        kind.event_type(),
        EventType::Battles | EventType::ExplosionsRemoteViolence
    )
}

/// Whether what follows the trigger ending at byte `end`, up to the next comma, sets it in the
/// war's past ("where Ukraine won back much of its lost territory earlier in the war"): no
/// event of the news, and no day to give it.
fn in_the_past_of_the_war(sentence: &str, end: usize) -> bool {
    let rest = &sentence[end..];
    let phrase = rest[..rest.find([',', ';']).unwrap_or(rest.len())].to_lowercase();
    PAST_OF_THE_WAR.iter().any(|past| phrase.contains(past))
}

/// "An 18th-century battle", "the massacres of the last century": history, no event of
/// the news (the century named just before or after the trigger).
fn of_a_past_century(words: &[Word], at: usize) -> bool {
    let near = &words[at.saturating_sub(3)..(at + 5).min(words.len())];
    near.iter()
        .any(|w| w.lower.ends_with("century") || w.lower.ends_with("centuries"))
}

/// The end of the phrase of a charge that follows its trigger: the next comma, semicolon or
/// colon, a verb ("accused of killing a shopkeeper appeared in court on Monday"), or a phrase
/// linking it to the event it is about ("charged with murder over the shooting of an
/// administrator on Monday", the shooting's day).
fn end_of_the_charge(sentence: &str, trigger_end: usize) -> usize {
    let after = &sentence[trigger_end..];
    let mut end = after.find([',', ';', ':']).unwrap_or(after.len());
    for phrase in LINKING_PHRASES.iter().chain(LEGAL_LINKING_PHRASES) {
        end = end.min(after[..end].find(phrase).unwrap_or(end));
    }
    let verb = words(&after[..end]).into_iter().find(|w| {
        w.lower.ends_with("ed")
            || ["was", "were", "is", "are", "has", "have", "had"].contains(&w.lower.as_str())
    });
    trigger_end + verb.map_or(end, |verb| verb.span.start)
}

/// Whether a charge tells what happened and when, apart from the act: its phrase names a day
/// and the sentence another ("appeared on Wednesday before a judge, accused of killing a
/// trader at a checkpoint outside Deir al-Asafir on Monday evening"). With one day, the day
/// is the arrest's or the hearing's ("arrested three men suspected of kidnapping a
/// businessman in Kabul on Monday").
fn is_a_dated_charge(sentence: &str, times: &[TimeMention], trigger_end: usize) -> bool {
    let phrase = trigger_end..end_of_the_charge(sentence, trigger_end);
    let days = || {
        (times.iter())
            .filter(|t| t.range.precision == TimePrecision::Day && t.kind != TimeKind::Relative)
    };
    days().any(|t| {
        phrase.contains(&t.span.start)
            && days().any(|other| !phrase.contains(&other.span.start) && other.range != t.range)
    })
}

/// A sentence that names a place and reports nothing: the scene of the reports of the next
/// one.
struct Scene {
    /// The sentence's number (counting the sentences read).
    at: usize,
    /// Its byte range in the text.
    sentence: Range<usize>,
    /// Its best place.
    place: Toponym,
    /// It places a video or a photo (see [`geolocates`]), or tells where what follows took
    /// place (see [`TOOK_PLACE`]): its place is the next sentence's even with no time of its own.
    places_the_next: bool,
}

/// Words of a sentence that says where what the next one tells took place ("The week's worst
/// violence took place in Goroka. On Tuesday, youths burned shops").
const TOOK_PLACE: &[&str] = &[
    " took place in ",
    " happened in ",
    " occurred in ",
    " unfolded in ",
];

/// Words of a sentence that places a video or a photo by what it shows ("We matched the
/// water tower and the greenhouses to the outskirts of Harran al-Awamid").
const GEOLOCATING: &[&str] = &["geolocated", "geolocate", "geolocation", "matched"];

/// Whether a sentence places a video or a photo (see [`GEOLOCATING`]).
fn geolocates(sentence: &str) -> bool {
    // (Most sentences hold neither stem: they are not split into words.)
    (sentence.contains("eolocat") || sentence.contains("atched"))
        && words(sentence)
            .iter()
            .any(|w| GEOLOCATING.contains(&w.lower.as_str()))
}

/// Phrases that set an event in the war's past.
const PAST_OF_THE_WAR: &[&str] = &[
    "earlier in the war",
    "early in the war",
    "earlier in the conflict",
    "at the start of the war",
    "at the beginning of the war",
    "in the first days of the war",
    "in the early days of the war",
    "in the first months of the war",
];

/// The triggers of a sentence (at byte `sentence_start` of the text whose `toponyms` are
/// given, sorted by position) that report something that happened.
pub(super) fn actual_triggers(
    sentence: &str,
    words: &[Word],
    sentence_start: usize,
    toponyms: &[Toponym],
    strike_told: Option<EventKind>,
    published: Option<NaiveDate>,
) -> Vec<triggers::Trigger> {
    let mut found = triggers::find_triggers_in(words);
    let strike_kind = strike_told.unwrap_or(EventKind::AirStrike);
    if !found.iter().any(|t| t.kind == strike_kind) {
        // (Toponyms are sorted by position.)
        let named_before = |at: usize| {
            let end = sentence_start + words[at].span.end;
            let from = toponyms.partition_point(|t| t.span.end < end);
            toponyms.get(from).is_some_and(|t| t.span.end == end)
        };
        found.extend(the_strike_told(sentence, words, strike_told, named_before));
    }
    // "Armed men entered the village, set houses on fire and shot residents, killing 20": a
    // raid on its people, not the taking of a place.
    let entering =
        |t: &triggers::Trigger| t.kind == EventKind::Capture && t.phrase.contains("entered");
    let a_raid_that_kills = found.iter().any(|t| t.kind == EventKind::Killing)
        && !found.iter().any(|t| !entering(t) && is_fighting(t.kind));
    // The words a charge names ("accused of killing protesters"): its victims are no event.
    // Unless the charge tells what happened when ("accused of killing a trader at a checkpoint
    // on Monday"): the event of a court report.
    let times = std::cell::OnceCell::new();
    let charged: Vec<usize> = (found.iter())
        .filter(|t| modality::is_a_charge(words, t.first_word))
        .filter(|t| {
            let times = times.get_or_init(|| find_times(sentence, published));
            !is_a_dated_charge(sentence, times, t.span.end)
        })
        .map(|t| t.first_word)
        .collect();
    // (Not the event a charge is about: "charged with murder over the shooting of …".)
    let charged_with = |t: &triggers::Trigger| {
        (charged.iter()).any(|&at| {
            (at + 1..=at + 3).contains(&t.first_word)
                && !(words[at + 1..t.first_word].iter())
                    .any(|w| ["over", "for", "connection"].contains(&w.lower.as_str()))
        })
    };
    found
        .into_iter()
        .filter(|t| modality::is_actual(sentence, words, t.first_word))
        .filter(|t| !in_the_past_of_the_war(sentence, t.span.end))
        .filter(|t| !of_a_past_century(words, t.first_word))
        .filter(|t| !modality::is_an_attribute(words, t.first_word))
        .filter(|t| !modality::is_shown_by_media(words, t.first_word))
        .filter(|t| !modality::is_of_a_kind_told(words, t.first_word))
        // A name for another event ("in what police described as a clash") must not absorb
        // it when triggers are chosen.
        .filter(|t| !modality::is_a_name_for_it(words, t.first_word))
        .filter(|t| !in_a_proper_name(sentence, words, t))
        // "#Zaporizhzhia #shelling": a post's tag files it under a subject; it reports nothing.
        .filter(|t| !sentence[..t.span.start].ends_with('#'))
        .filter(|t| !(a_raid_that_kills && entering(t)))
        .filter(|t| {
            t.kind.event_type() == EventType::Protests
                || !modality::is_a_grievance(words, t.first_word)
        })
        .filter(|t| !(t.kind == EventKind::Killing && modality::counts_none(words, t.first_word)))
        .filter(|t| !modality::is_none_or_few(words, t.first_word))
        // "relatives accused of attacking a checkpoint": a charge, which must not absorb the
        // sentence's event when triggers are chosen.
        .filter(|t| !charged.contains(&t.first_word) && !charged_with(t))
        .filter(|t| match t.phrase {
            // "dozens of young men had surrounded him": a person hemmed in, no place besieged;
            // nor by "a crowd of about a hundred people", a mob.
            SURROUNDED => {
                words_after(words, t)
                    .first()
                    .is_none_or(|w| !["him", "her", "them", "me", "us"].contains(&w.lower.as_str()))
                    && !(words[t.first_word.saturating_sub(8)..t.first_word].iter())
                        .any(|w| CROWDS.contains(&w.lower.as_str()))
            }
            SEIZED => seizes_a_place(sentence, words, t, sentence_start, toponyms),
            CLEARED => {
                seizes_a_place(sentence, words, t, sentence_start, toponyms)
                    && !(words_after(words, t).iter().take(3))
                        .any(|w| NOT_CLEARED_OF_FOES.contains(&w.lower.as_str()))
            }
            TOOK | NOW_CONTROL | NOW_CONTROLS => {
                takes_a_place_at_once(words, t, sentence_start, toponyms)
            }
            // "Kunduz fell on Sunday", not "debris fell on fields" nor "shells were falling".
            FELL_ON | FELL_TO | WERE_FALLING | ARE_FALLING => {
                (words[..t.first_word].iter().rev().take(3))
                    .all(|w| !FALLING_THINGS.contains(&w.lower.as_str()))
            }
            // "took back the town", not "taken back to the hospital".
            TOOK_BACK | TAKEN_BACK => (words_after(words, t).first())
                .is_none_or(|w| !["to", "home", "into"].contains(&w.lower.as_str())),
            // "a strike on the depot", not "a flash strike on the main road", a stoppage.
            STRIKE_ON | STRIKES_ON => (t.first_word.checked_sub(1))
                .is_none_or(|at| !STOPPAGES.contains(&words[at].lower.as_str())),
            // "Russian forces have taken Novoselivka", not "were taken to hospital".
            TAKEN => {
                (t.first_word.checked_sub(1))
                    .is_some_and(|at| PERFECT.contains(&words[at].lower.as_str()))
                    && takes_a_place_at_once(words, t, sentence_start, toponyms)
            }
            // "Taliban take Ghazni", not "need to take Ouagadougou" nor "will take the city".
            TAKE | TAKES => {
                let before =
                    (t.first_word.checked_sub(1)).map_or("", |at| words[at].lower.as_str());
                !INFINITIVE_OR_MODAL.contains(&before)
                    && takes_a_place_at_once(words, t, sentence_start, toponyms)
            }
            ENTERED => {
                takes_a_place_at_once(words, t, sentence_start, toponyms)
                    && armed_just_before(sentence, words, t)
            }
            _ => true,
        })
        .collect()
}

/// "The strike took place in Achin district", "Tuesday's strikes killed nine": a strike
/// already told of, of its kind (`kind_told`), where it hit; or one that armed men's strike
/// hit ("An Israeli strike hit a flat"). "Strike" alone is no trigger: it is as often a
/// stoppage of work, and "the strike came after the elections" tells nothing new.
fn the_strike_told(
    sentence: &str,
    words: &[Word],
    kind_told: Option<EventKind>,
    named: impl Fn(usize) -> bool,
) -> Option<triggers::Trigger> {
    use crate::text::DEMONSTRATIVES;
    const HIT: &[&str] = &[
        "hit",
        "killed",
        "happened",
        "occurred",
        "destroyed",
        "targeted",
        "wounded",
        "struck",
        "landed",
    ];
    let lower = |at: usize| words.get(at).map_or("", |w| w.lower.as_str());
    // "An Israeli strike hit a flat", "a coalition strike killed five": a country's or an
    // army's strike (the word before it is a name of the geoparser's, `named`, or another
    // capitalised word of no trade), from the air unless told otherwise.
    const ARMED: &[&str] = &["coalition", "military", "army", "enemy", "allied"];
    const TRADES: &[&str] = &[
        "union",
        "unions",
        "workers",
        "teachers",
        "doctors",
        "nurses",
        "drivers",
        "transport",
        "general",
        "national",
        "student",
        "students",
    ];
    let armed = |at: usize| {
        let before = lower(at - 1);
        ARMED.contains(&before)
            || named(at - 1)
            || (at >= 2 && is_capitalised(sentence, &words[at - 1]) && !TRADES.contains(&before))
    };
    let at = (1..words.len()).find(|&at| {
        if !["strike", "strikes"].contains(&lower(at)) {
            return false;
        }
        let before = lower(at - 1);
        let told = kind_told.is_some()
            && (DEMONSTRATIVES.contains(&before)
                || crate::text::is_possessive(before)
                || (at >= 2
                    && DEMONSTRATIVES.contains(&lower(at - 2))
                    && !STOPPAGES.contains(&before)));
        let hit = (at + 1..=at + 3).any(|next| {
            HIT.contains(&lower(next)) || (lower(next) == "took" && lower(next + 1) == "place")
        });
        hit && (told || armed(at))
    })?;
    Some(triggers::Trigger {
        kind: kind_told.unwrap_or(EventKind::AirStrike),
        span: words[at].span.clone(),
        phrase: "strike$",
        first_word: at,
    })
}

/// Whether the word `at` is a capitalised word inside a proper name, between two others or
/// after one that does not open the sentence, in a sentence not written in title case: "the
/// National Liberation Army attacked", "the Popular Mobilization Forces", "Popular
/// Mobilisation fighters", not a liberation.
fn in_a_proper_name(sentence: &str, words: &[Word], trigger: &triggers::Trigger) -> bool {
    let capitalised = |w: &Word| is_capitalised(sentence, w);
    let (first, after) = (
        trigger.first_word,
        words.partition_point(|w| w.span.start < trigger.span.end),
    );
    let all_capitalised = |range: std::ops::Range<usize>| {
        range
            .into_iter()
            .all(|i| words.get(i).is_some_and(capitalised))
    };
    // "Popular Mobilisation": a capitalised word before that follows another word, not a
    // colon or a dash ("Incident: Roadside IED", "Syria — Warplanes struck").
    let name_before = first > 1 && {
        let previous = &words[first - 1].span;
        let before = &sentence[..previous.start];
        before.ends_with(' ')
            && before.trim_end().ends_with(char::is_alphanumeric)
            && &sentence[previous.end..words[first].span.start] == " "
    };
    // "the Organisation for the Prohibition of Chemical Weapons": capitals on both sides of
    // "of", "for" or "against".
    let name_of = first > 1
        && ["of", "for", "against"].contains(&words[first - 1].lower.as_str())
        && capitalised(&words[first - 2])
        && all_capitalised(first..after);
    // An acronym after a capitalised word names the weapon, not a name's word ("a Turkish
    // UAV struck").
    let acronym = !sentence[trigger.span.clone()].contains(char::is_lowercase);
    // The sentence's words are counted only when the trigger stands among capitals.
    first > 0
        && (all_capitalised(first - 1..after + 1)
            || (name_before && !acronym && all_capitalised(first - 1..after))
            || name_of)
        && words.iter().filter(|w| capitalised(w)).count() * 10 < words.len() * 6
}

/// Whether `word` (of `sentence`) starts with a capital letter.
fn is_capitalised(sentence: &str, word: &Word) -> bool {
    sentence[word.span.clone()].starts_with(char::is_uppercase)
}

/// The lexicon's capture phrase "took", a capture only when a place follows at once: "took
/// Ghazni", "took the district centre", not "took part", "took 30 hostages to Kunduz".
const TOOK: &str = "took$";

/// The lexicon's captures "fell on" (a day), "fell to" (a foe): not what falls from the sky.
const FELL_ON: &str = "fell on";
const FELL_TO: &str = "fell to";
/// The lexicon's "were falling", "are falling" (towns to a foe), not what falls from the sky.
const WERE_FALLING: &str = "were falling";
const ARE_FALLING: &str = "are falling";

/// What falls without a place falling: debris, shells, rain.
const FALLING_THINGS: &[&str] = &[
    "debris",
    "fragments",
    "wreckage",
    "shells",
    "shell",
    "rockets",
    "rocket",
    "missiles",
    "missile",
    "bombs",
    "bomb",
    "rain",
    "snow",
    "leaflets",
];

/// "took" in a headline's present tense ("Taliban take Yamgan district centre"), read as it.
const TAKE: &str = "take$";
const TAKES: &str = "takes$";

/// The lexicon's recaptures "took back", "taken back": not people carried back somewhere.
const TOOK_BACK: &str = "took back";
const TAKEN_BACK: &str = "taken back";

/// The lexicon's "strike on", "strikes on", a blow unless a word of stoppage goes before.
const STRIKE_ON: &str = "strike$ on";
const STRIKES_ON: &str = "strikes$ on";

/// Words before "strike" that make it a stoppage of work or a protest, not a blow.
const STOPPAGES: &[&str] = &[
    "peaceful",
    "silent",
    "general",
    "hunger",
    "national",
    "nationwide",
    "labour",
    "flash",
    "sit-down",
    "teachers",
    "workers",
];

/// "taken" in a perfect tense ("have taken Novoselivka"), read as "took".
const TAKEN: &str = "taken$";

/// The auxiliaries of a perfect tense.
const PERFECT: &[&str] = &["have", "has", "had", "having"];

/// Words before a verb that make it no report: an infinitive's "to", a modal.
const INFINITIVE_OR_MODAL: &[&str] = &[
    "to", "will", "would", "could", "can", "may", "might", "should", "must", "cannot", "not",
];

/// "now control Mahliyah district", read as "took"; not "now controls 14 of the 17 townships".
const NOW_CONTROL: &str = "now control$";
const NOW_CONTROLS: &str = "now controls$";

/// Whether a place's name is the next word after the trigger (past "the"), or a place noun
/// one of the next three words.
fn takes_a_place_at_once(
    words: &[Word],
    trigger: &triggers::Trigger,
    sentence_start: usize,
    toponyms: &[Toponym],
) -> bool {
    /// Parts of a place that a capture takes "of" it ("took the centre of Yangi Qala district").
    const PARTS: &[&str] = &["centre", "center", "heart", "rest", "whole", "bulk", "most"];
    let after = words_after(words, trigger);
    let next = &after[..after.len().min(3)];
    let named_at = |from: usize| {
        (after.iter().skip(from).take(2))
            .find(|w| w.lower != "the")
            .is_some_and(|w| starts_a_toponym(w, sentence_start, toponyms))
    };
    let part_of_it = (next.iter().take(2))
        .position(|w| PARTS.contains(&w.lower.as_str()))
        .is_some_and(|at| after.get(at + 1).is_some_and(|w| w.lower == "of") && named_at(at + 2));
    named_at(0) || part_of_it || next.iter().any(is_taken_place_noun)
}

/// The lexicon's capture phrase "entered", a capture only when armed men enter a place named
/// at once: "SAF entered Wad Madani", not "the convoy entered Kabul", "entered talks".
const ENTERED: &str = "entered$";

/// Whether the few words before the trigger name armed men ("the RSF", "Houthi fighters").
fn armed_just_before(sentence: &str, words: &[Word], trigger: &triggers::Trigger) -> bool {
    let from = words[trigger.first_word.saturating_sub(6)..trigger.first_word]
        .first()
        .map_or(trigger.span.start, |w| w.span.start);
    let before = &sentence[from..trigger.span.start];
    actors::find_actors(before)
        .iter()
        .any(|a| actors::is_armed(a))
}

/// Whether a capitalised word that is no known place follows a trigger whose object is a place
/// ("says it has captured Paletwa", not "detained Aung San Suu Kyi"): the report names a place
/// the gazetteer lacks, not the dateline's town.
fn names_an_unknown_place(
    sentence: &str,
    words: &[Word],
    trigger: &triggers::Trigger,
    sentence_start: usize,
    toponyms: &[Toponym],
) -> bool {
    use EventKind::*;
    let takes_a_place = matches!(
        trigger.kind,
        Capture | Recapture | Siege | Shelling | AirStrike
    );
    takes_a_place
        && (words_after(words, trigger).first())
            .is_some_and(|w| is_unknown_name(sentence, w, sentence_start, toponyms))
}

/// Whether the sentence names a place the gazetteer lacks after a locative word ("burned
/// homes in Ulang"): a release's lede that is not about the capital it came from.
fn names_an_unknown_place_after_a_locative(
    sentence: &str,
    words: &[Word],
    sentence_start: usize,
    toponyms: &[Toponym],
) -> bool {
    let unknown = |w: &Word| is_unknown_name(sentence, w, sentence_start, toponyms);
    words.windows(2).any(|pair| {
        matches!(pair[0].lower.as_str(), "in" | "at" | "near" | "outside")
            && unknown(&pair[1])
            && crate::text::month_number(&pair[1].lower).is_none()
    })
}

/// Whether `word` is capitalised and starts none of `toponyms`: a name the gazetteer lacks.
fn is_unknown_name(
    sentence: &str,
    word: &Word,
    sentence_start: usize,
    toponyms: &[Toponym],
) -> bool {
    is_capitalised(sentence, word) && !starts_a_toponym(word, sentence_start, toponyms)
}

/// The pairs of words of the sentence that name a unit the gazetteer lacks ("Mahagi
/// Territory").
fn unknown_units<'w>(
    sentence: &'w str,
    words: &'w [Word],
    sentence_start: usize,
    toponyms: &'w [Toponym],
) -> impl Iterator<Item = &'w [Word]> {
    words.windows(2).filter(move |pair| {
        place::UNIT_WORDS.contains(&pair[1].lower.as_str())
            && is_unknown_name(sentence, &pair[0], sentence_start, toponyms)
    })
}

/// Whether every unit the gazetteer lacks that the sentence names is of a kind that lies
/// inside a province ("a village in Mayo-Tsanaga department").
fn only_units_below_a_province(
    sentence: &str,
    words: &[Word],
    sentence_start: usize,
    toponyms: &[Toponym],
) -> bool {
    const BELOW_A_PROVINCE: &[&str] = &[
        "district",
        "department",
        "township",
        "county",
        "locality",
        "territory",
        "zone",
    ];
    unknown_units(sentence, words, sentence_start, toponyms)
        .all(|pair| BELOW_A_PROVINCE.contains(&pair[1].lower.as_str()))
}

/// Whether the sentence names a unit the gazetteer lacks ("an attack in Mahagi Territory"):
/// another unit than a bulletin's heading names.
fn names_an_unknown_unit(
    sentence: &str,
    words: &[Word],
    sentence_start: usize,
    toponyms: &[Toponym],
) -> bool {
    unknown_units(sentence, words, sentence_start, toponyms)
        .next()
        .is_some()
}

/// The unit that an unknown unit of the sentence ("in Myaing Township") was said to lie in
/// where the text named it before ("Myaing Township, Pakokku District", "Kalehe territory (South
/// Kivu)"): the smallest enclosing unit the gazetteer has.
fn enclosure_of_unknown_unit(
    text: &str,
    sentence: &Range<usize>,
    words: &[Word],
    toponyms: &[Toponym],
) -> Option<Toponym> {
    let sentence_text = &text[sentence.clone()];
    unknown_units(sentence_text, words, sentence.start, toponyms).find_map(|pair| {
        let unit = &sentence_text[pair[0].span.start..pair[1].span.end];
        let before = &text[..sentence.start];
        before.match_indices(unit).find_map(|(at, _)| {
            let rest = &before[at + unit.len()..];
            let gap = rest.len() - rest.trim_start_matches([' ', ',', '(']).len();
            let opening = &rest[..gap];
            if !(opening.contains(',') || opening.contains('(')) {
                return None;
            }
            let start = at + unit.len() + gap;
            let i = toponyms
                .binary_search_by_key(&start, |t| t.span.start)
                .ok()?;
            let t = &toponyms[i];
            (Precision::District <= t.precision && t.precision <= Precision::Province)
                .then(|| t.clone())
        })
    })
}

/// The words of the sentence after the trigger.
fn words_after<'w>(words: &'w [Word], trigger: &triggers::Trigger) -> &'w [Word] {
    &words[words.partition_point(|w| w.span.start < trigger.span.end)..]
}

/// Whether one of `toponyms` (of the text whose sentence starts at byte `sentence_start`)
/// starts at `word`.
fn starts_a_toponym(word: &Word, sentence_start: usize, toponyms: &[Toponym]) -> bool {
    let at = sentence_start + word.span.start;
    toponyms.binary_search_by_key(&at, |t| t.span.start).is_ok()
}

/// Whether `word` is a noun of a place a capture takes ("the town", "the border crossing").
fn is_taken_place_noun(word: &Word) -> bool {
    PLACE_NOUNS.iter().any(|(noun, ..)| *noun == word.lower)
        || SEIZED_PLACE_NOUNS.contains(&word.lower.as_str())
}

/// Phrases that link an act to an event it follows from ("detained 48 people in searches
/// linked to the looting of shops"), or that date remains ("a mass grave believed to date from
/// fighting in 2021").
const LINKING_PHRASES: &[&str] = &[
    " linked to ",
    " in connection with ",
    " related to ",
    " date from ",
    " dating from ",
    " date back to ",
    " dating back to ",
    " dated to ",
    " accused of ",
    " suspected of ",
    " charged with ",
    " convicted of ",
];

/// Phrases that link a legal act to the event it is about ("held over the killing of an
/// officer", "sentenced to death for the bombing of a bus"), after one of [`LEGAL_ACTS`].
const LEGAL_LINKING_PHRASES: &[&str] = &[" over the ", " for the "];

/// Words of a legal act, before a phrase that links it to an event.
const LEGAL_ACTS: &[&str] = &[
    "held",
    "detained",
    "arrested",
    "charged",
    "sentenced",
    "convicted",
    "jailed",
    "tried",
    "indicted",
    "prosecuted",
    "remanded",
    "custody",
    "court",
    "tribunal",
    "judge",
    "trial",
    "hearing",
];

/// Where a phrase linking an act to an event it names opens, in the comma-free stretch of
/// `before` that ends at `before`'s end: "arrested two men on Wednesday over the bombing of a
/// bus" (for any position after "over"). The event named is a trigger after an article or a
/// word of time ("the looting", "the recent attack").
fn linking_phrase_before(before: &str) -> Option<usize> {
    let clause_start = before.rfind([',', ';', ':']).map_or(0, |at| at + 1);
    let clause = &before[clause_start..];
    // The event named after the phrase at `at`, `len` bytes long, is a trigger.
    let names_an_event = |at: usize, len: usize| {
        let named: Vec<&str> = clause[at + len..]
            .split_whitespace()
            .skip_while(|w| ["the", "a", "an", "last", "this", "recent", "earlier"].contains(w))
            .take(3)
            .collect();
        (triggers::find_triggers(&named.join(" ")).iter()).any(|t| t.span.start == 0)
    };
    let legal_act = |at: usize| {
        (clause[..at].split(|c: char| !c.is_alphanumeric()))
            .any(|w| LEGAL_ACTS.iter().any(|act| act.eq_ignore_ascii_case(w)))
    };
    // (Searchers built once: this runs for every time and every trigger of a sentence.)
    static LINKING: LazyLock<Vec<memmem::FinderRev<'static>>> =
        LazyLock::new(|| LINKING_PHRASES.iter().map(memmem::FinderRev::new).collect());
    static LEGAL_LINKING: LazyLock<Vec<memmem::FinderRev<'static>>> = LazyLock::new(|| {
        (LEGAL_LINKING_PHRASES.iter())
            .map(memmem::FinderRev::new)
            .collect()
    });
    let last = |finder: &memmem::FinderRev| {
        Some((finder.rfind(clause.as_bytes())?, finder.needle().len()))
    };
    let linked = (LINKING.iter().filter_map(last))
        .max_by_key(|(at, _)| *at)
        .filter(|&(at, len)| names_an_event(at, len));
    let legal = (LEGAL_LINKING.iter().filter_map(last))
        .filter(|&(at, len)| names_an_event(at, len) && legal_act(at))
        .max_by_key(|(at, _)| *at);
    let (at, _) = linked.into_iter().chain(legal).max_by_key(|(at, _)| *at)?;
    Some(clause_start + at)
}

/// Whether a time of `sentence` is that of an event an act is linked to, not of the act:
/// "detained 48 people in searches linked to the looting of shops on 5 January", "a mass
/// grave believed to date from fighting in 2021", "held on Thursday over the killing of an
/// officer on Tuesday" (not "insurgents linked to the Islamic State beheaded 20 people on
/// Sunday"). Not when the event at `trigger_start` is that one ("wanted in connection with the
/// attack on a checkpost on 14 December").
fn of_what_it_is_linked_to(sentence: &str, t: &TimeMention, trigger_start: Option<usize>) -> bool {
    let before = &sentence[..t.span.start];
    let clause_start = before.rfind([',', ';', ':']).map_or(0, |at| at + 1);
    // "Under the agreement signed on 1 April, fighters began leaving": the day of a deal
    // named as the cause of the act.
    if let Some(at) = the_deal_of_the_day(&before[clause_start..]) {
        let at = clause_start + at;
        return trigger_start.is_none_or(|start| !(at..t.span.start).contains(&start));
    }
    // "recovered the remains of 16 fighters killed in 2021": when the dead died.
    let died = ["killed", "died", "slain"]
        .iter()
        .any(|w| before.trim_end().ends_with(w));
    if let Some(at) = before[clause_start..].rfind("remains of ").filter(|_| died) {
        let at = clause_start + at;
        return trigger_start.is_none_or(|start| !(at..t.span.start).contains(&start));
    }
    linking_phrase_before(before)
        .is_some_and(|at| trigger_start.is_none_or(|start| !(at..t.span.start).contains(&start)))
}

/// Where the phrase that links an act to the event of `trigger` opens, or the charge that
/// names it: the times before it date the act, not the event ("held on Thursday over the
/// killing of an officer on Tuesday", "charged with murder over the shooting of an
/// administrator on Monday", "accused of killing a trader on Monday").
fn where_the_linked_event_is_told(
    sentence: &str,
    words: &[Word],
    trigger: &triggers::Trigger,
) -> Option<usize> {
    linking_phrase_before(&sentence[..trigger.span.end])
        .or_else(|| modality::is_a_charge(words, trigger.first_word).then_some(trigger.span.start))
}

/// Whether a time lies in a relative clause in a perfect tense, which tells someone's past,
/// with none of the triggers at `triggers` (their starts) in it: "a man who had returned from
/// Arsal in September was detained" (not "families who had fled the fighting earlier this
/// month", whose fighting the time dates).
fn in_a_past_relative_clause(sentence: &str, t: &TimeMention, triggers: &[usize]) -> bool {
    const OPENINGS: &[&str] = &[
        "who had ",
        "who has ",
        "who have ",
        "which had ",
        "that had ",
    ];
    let before = crate::text::tail(&sentence[..t.span.start], 120);
    let opening = (OPENINGS.iter())
        .filter_map(|opening| before.rfind(opening))
        .chain(in_which_had(before))
        .max()
        .filter(|&at| !before[at..].contains([';', ':']));
    opening.is_some_and(|at| {
        let clause = t.span.start - before.len() + at..t.span.end;
        !triggers.iter().any(|start| clause.contains(start))
    })
}

/// Where a past clause opened by "in which" starts in `before`, the text before a time: "a
/// dispute, in which four men had been shot dead [in 2022]".
fn in_which_had(before: &str) -> Option<usize> {
    before.rfind(" in which ").filter(|&at| {
        let clause = &before[at..];
        !clause.contains([';', ':'])
            && [" had ", " has ", " have "]
                .iter()
                .any(|aux| clause.contains(aux))
    })
}

/// Whether a time lies in a defining relative clause that tells what an event outside it
/// set off or ended ("an agreement … ending a dispute that led to clashes in January"): it
/// dates the clause's own event, at one of `triggers` (their starts), not the event at
/// `trigger_start`, or with none given, not the sentence's other events.
fn dates_a_relative_clause_s_event(
    sentence: &str,
    t: &TimeMention,
    trigger_start: Option<usize>,
    triggers: &[usize],
) -> bool {
    const SET_OFF: &[&str] = &[
        "led",
        "sparked",
        "triggered",
        "caused",
        "began",
        "erupted",
        "started",
        "saw",
    ];
    let before = crate::text::tail(&sentence[..t.span.start], 120);
    let Some(at) = [" that ", " which "]
        .iter()
        .filter_map(|opening| before.rfind(opening))
        .max()
    else {
        return false;
    };
    let defining = !before[..at].ends_with(',') && !before[at..].contains([',', ';', ':']);
    let verb = before[at..].split_whitespace().nth(1).unwrap_or("");
    if !defining || !SET_OFF.contains(&verb) {
        return false;
    }
    let clause = t.span.start - before.len() + at..t.span.end;
    let inside = |start: &usize| clause.contains(start);
    match trigger_start {
        Some(own) => !inside(&own) && triggers.iter().any(|s| *s != own && inside(s)),
        None => triggers.iter().any(inside) && !triggers.iter().all(inside),
    }
}

/// Whether a time dates a funeral told just before it ("attended the funeral in Tur al-Baha
/// on May 14", "buried a farmer on Oct. 5"): the day of the rites, not of the death.
fn dates_a_funeral(sentence: &str, t: &TimeMention) -> bool {
    const RITES: &[&str] = &[
        "funeral",
        "funerals",
        "buried",
        "burial",
        "cremation",
        "cremated",
        "mourners",
    ];
    let before = crate::text::tail(&sentence[..t.span.start], 80);
    let clause = &before[before.rfind([',', ';', ':']).map_or(0, |at| at + 1)..];
    let words = crate::text::words(clause);
    (words.iter().rev().take(8)).any(|w| RITES.contains(&w.lower.as_str()))
}

/// Where a deal that a time dates opens in `clause` (the words before the time): "the
/// agreement signed on", "a truce reached in".
fn the_deal_of_the_day(clause: &str) -> Option<usize> {
    const DEALS: &[&str] = &["agreement", "deal", "accord", "truce", "ceasefire"];
    const MADE: &[&str] = &["signed", "reached", "agreed", "struck", "brokered"];
    // The time's span may hold its preposition or not.
    let mut words = clause.split_whitespace().rev().peekable();
    words.next_if(|w| ["on", "in"].contains(w));
    let (made, deal) = (words.next()?, words.next()?);
    (MADE.contains(&made) && DEALS.contains(&deal))
        .then(|| clause.rfind(deal))
        .flatten()
}

/// The lexicon's capture phrase "seized", a capture only when a place follows: "seized Wad
/// Medani", "seized the strategic town of", not "seized dozens of villagers".
const SEIZED: &str = "seiz";

/// The lexicon's "surrounded", a siege unless a person is surrounded, or a crowd surrounds.
const SURROUNDED: &str = "surrounded";

/// Words for a crowd that surrounds someone or something: a mob, no besieging force.
const CROWDS: &[&str] = &["crowd", "crowds", "mob", "people", "residents", "villagers"];

/// The lexicon's capture phrase "cleared", read as [`SEIZED`]: "troops cleared the centre of
/// Dawlatabad", not "police cleared the protesters".
const CLEARED: &str = "cleared$";

/// What is cleared in other senses than of foes: "cleared the protesters", "cleared the road".
const NOT_CLEARED_OF_FOES: &[&str] = &[
    "protesters",
    "demonstrators",
    "crowd",
    "crowds",
    "mines",
    "debris",
    "rubble",
    "road",
    "roads",
    "way",
];

/// Nouns of places a capture takes, besides those of [`PLACE_NOUNS`].
const SEIZED_PLACE_NOUNS: &[&str] = &[
    "port",
    "border",
    "crossing",
    "garrison",
    "headquarters",
    "bridge",
    "hill",
    "hills",
    "compound",
    "checkpoint",
    "checkpoints",
    "outpost",
    "outposts",
    "post",
    "camp",
    "barracks",
    "towns",
    "villages",
    "bases",
    "positions",
];

/// Whether a place, named or a place noun, follows the trigger within a few words.
fn seizes_a_place(
    sentence: &str,
    words: &[Word],
    trigger: &triggers::Trigger,
    sentence_start: usize,
    toponyms: &[Toponym],
) -> bool {
    let after = words_after(words, trigger);
    // "seized the military and police headquarters": a place noun a word farther.
    let place_noun = after.iter().take(5).any(is_taken_place_noun);
    (place_noun
        || after
            .iter()
            .take(4)
            .any(|w| is_capitalised(sentence, w) && starts_a_toponym(w, sentence_start, toponyms)))
        && !after.iter().take(2).any(|w| {
            ["weapons", "arms", "ammunition", "control", "power"].contains(&w.lower.as_str())
        })
}

/// Plural place nouns: a clause that has them speaks of places it does not name.
const UNNAMED_PLACES: &[&str] = &[
    "cities",
    "towns",
    "villages",
    "districts",
    "provinces",
    "areas",
    "regions",
    "bases",
];

/// Whether a clause speaks of places it does not name ("encircled ten major cities").
fn clause_names_places(clause: &str) -> bool {
    words(clause)
        .iter()
        .any(|w| UNNAMED_PLACES.contains(&w.lower.as_str()))
}

/// Kinds whose place may be a whole country: flight across a border, talks, agreements.
fn may_be_a_country(kind: EventKind) -> bool {
    matches!(
        kind,
        EventKind::Flight | EventKind::Talks | EventKind::Agreement
    )
}

/// Whether a flight (its trigger at byte `at` of `sentence`) is of soldiers or officials, an
/// event ("soldiers fled into Tajikistan", "Noor and Dostum, the veteran commander, both left
/// the city"): the phrase just before names them, or names no civilians nor crowds while the
/// sentence before names them. People fleeing their homes are the consequence of violence told
/// with it (ACLED codes no displacement).
fn is_flight_of_armed_or_officials(sentence: &str, clause_start: usize, at: usize) -> bool {
    let armed_or_official = |actors: Vec<compact_str::CompactString>| {
        actors
            .iter()
            .any(|a| !["Civilians", "Protesters", "Prisoners"].contains(&a.as_str()))
    };
    let phrase = phrase_before(sentence, clause_start, at);
    let near = actors::find_actors(phrase);
    let crowd = near.iter().any(|a| a == "Civilians")
        || words(phrase).iter().any(|w| {
            [
                "thousands",
                "hundreds",
                "dozens",
                "millions",
                "many",
                "most",
            ]
            .contains(&w.lower.as_str())
        });
    armed_or_official(near) || (!crowd && armed_or_official(actors::find_actors(&sentence[..at])))
}

/// The words of `sentence` before byte `at`, back to the clause's start at `clause_start` or
/// the comma before ("a refuge for thousands who had fled" in "the RSF seized Wad Medani, a
/// refuge for thousands who had fled").
fn phrase_before(sentence: &str, clause_start: usize, at: usize) -> &str {
    let start = sentence[..at].rfind(',').map_or(0, |comma| comma + 1);
    &sentence[start.max(clause_start).min(at)..at]
}

/// A first-person account quoted in a paragraph of its own ("\"On Tuesday we heard the jet. …
/// The jet dropped two bombs.\""), or a transcript's questions and answers: the last day it
/// states and the last place it names, for its reports that give neither.
#[derive(Default)]
struct Account {
    /// The paragraph (index of `lines`) read last.
    line: Option<usize>,
    /// The paragraph opens a quotation in the first person, or is a question or an answer of
    /// a transcript ("Q: What happened yesterday?" "A: A shell exploded.").
    open: bool,
    /// The paragraph is a transcript's: the next one goes on with its day and place.
    transcript: bool,
    day: Option<DateRange>,
    place: Option<Toponym>,
}

/// Bytes of a paragraph's opening read for a speaker in the first person.
const ACCOUNT_OPENING_BYTES: usize = 300;

/// Words of a speaker in the first person.
const FIRST_PERSON: &[&str] = &["i", "we", "my", "our", "me", "us"];

impl Account {
    /// The account of the paragraph `line`, after `before`, the last paragraph's: open when
    /// the paragraph opens a quotation whose first words (up to [`ACCOUNT_OPENING_BYTES`])
    /// speak in the first person, or is a transcript's, which goes on from the last one.
    fn of_paragraph(text: &str, lines: &[Range<usize>], line: usize, before: Self) -> Self {
        let opening = (lines.get(line))
            .and_then(|l| text.get(l.clone()))
            .map(|l| crate::text::head(l.trim_start(), ACCOUNT_OPENING_BYTES))
            .unwrap_or_default();
        let transcript = opening.starts_with("Q:") || opening.starts_with("A:");
        if transcript && before.transcript && before.line.is_some_and(|l| l + 1 == line) {
            return Self {
                line: Some(line),
                ..before
            };
        }
        let open = transcript
            || (opening.starts_with(['"', '\u{201C}'])
                && (words(opening).iter()).any(|w| FIRST_PERSON.contains(&w.lower.as_str())));
        Self {
            line: Some(line),
            open,
            transcript,
            ..Self::default()
        }
    }
}

/// Words of people a witness is introduced as ("a pensioner from Komyshany"), besides "am".
const WITNESS_NOUNS: &[&str] = &[
    "am",
    "woman",
    "man",
    "mother",
    "father",
    "pensioner",
    "trader",
    "farmer",
    "resident",
    "teacher",
    "shepherd",
    "villager",
    "survivor",
    "witness",
    "widow",
    "nurse",
    "driver",
    "chief",
    "elder",
];

/// Whether a text speaks in the first person plural from its opening, outside quotations: a
/// letter, a petition, a statement ("We, residents of Mala Bilozerka, ask for your help").
fn written_in_the_first_person(text: &str) -> bool {
    let opening = crate::text::head(text, FIRST_PERSON_OPENING_BYTES);
    let unquoted = opening.split(['"', '\u{201C}', '\u{201D}']).step_by(2);
    unquoted
        .flat_map(words)
        .any(|w| ["we", "our"].contains(&w.lower.as_str()))
}

/// Bytes of a text's opening read for its writers' voice.
const FIRST_PERSON_OPENING_BYTES: usize = 400;

/// Where the witness of an account lives, as the text introduces them: "I am from Hman Pin
/// village", "a pensioner from Komyshany", "a village chief from Gazaoua department", "we,
/// residents of Mala Bilozerka", "from the elders of two villages of Nikeh district".
fn home_of_the_witness(text: &str, toponyms: &[Toponym]) -> Option<Toponym> {
    const DWELLERS: &[&str] = &[
        "residents",
        "inhabitants",
        "elders",
        "villagers",
        "families",
    ];
    (toponyms.iter())
        .filter(|t| place::is_a_local_name(t))
        .find(|t| {
            let before = words(crate::text::tail(&text[..t.span.start], 60));
            let last = |n: usize| &before[before.len().saturating_sub(n)..];
            let of_their_villages = || {
                crate::text::has_word_pair(last(2), &["village", "villages"], &["of"])
                    && crate::text::has_word_pair(last(5), DWELLERS, &["of"])
            };
            crate::text::has_word_pair(last(2), WITNESS_NOUNS, &["from"])
                || crate::text::has_word_pair(last(2), DWELLERS, &["of"])
                || of_their_villages()
        })
        .cloned()
}

/// Where the writers of a first-person text say they went or were, in a sentence of theirs
/// ("We left Bajil at seven for the clinic in al-Hajjaylah district", "We went to Jobar
/// this morning", "We were at the school in Inn Taing when shouting started"): the last
/// place it names, not where they set out from.
fn where_the_writers_went(
    sentence: &str,
    sentence_start: usize,
    toponyms: &[Toponym],
) -> Option<Toponym> {
    const MOVED: &[&str] = &[
        "went",
        "drove",
        "travelled",
        "traveled",
        "reached",
        "arrived",
        "were",
        "was",
        "visited",
        "left",
        "came",
        "walked",
        "got",
        "returned",
    ];
    let opening = words(crate::text::head(sentence, 40));
    let by_the_writers = matches!(opening.as_slice(), [subject, verb, ..]
        if ["we", "i"].contains(&subject.lower.as_str()) && MOVED.contains(&verb.lower.as_str()));
    if !by_the_writers {
        return None;
    }
    let end = sentence_start + sentence.len();
    (toponyms.iter())
        .filter(|t| sentence_start <= t.span.start && t.span.end <= end)
        .filter(|t| place::is_a_local_name(t))
        .rfind(|t| {
            let before = words(crate::text::tail(
                &sentence[..t.span.start - sentence_start],
                16,
            ));
            before
                .last()
                .is_none_or(|w| !["left", "from"].contains(&w.lower.as_str()))
        })
        .cloned()
}

/// What the extraction knows of a mention beyond the mention itself, for the article pass.
struct Draft {
    mention: EventMention,
    /// The sentence dates it itself, to the day, or counts its dead or wounded.
    concrete: bool,
    /// The sentence names a unit the gazetteer lacks ("in Mahagi Territory"): the report is
    /// there, not at the place of another report of its kind.
    own_unit: bool,
}

/// The event mentions of one article (see the module doc). `toponyms` are the article's
/// resolved place names; `published` its date.
pub fn extract_mentions(
    gazetteer: &Gazetteer,
    article: usize,
    text: &str,
    lines: &[Range<usize>],
    toponyms: &[Toponym],
    published: Option<NaiveDate>,
) -> Vec<EventMention> {
    let sentences = sentences(text, lines);
    let entries = log_entries(text, &sentences);
    let published = (sentences.first())
        .and_then(|first| date_of_the_post(&text[first.clone()], published))
        .or(published);
    // (A heading's date that stands in for the publication's dates what the text reports.)
    let came_out = published;
    let published = (sentences.first())
        .zip(published)
        .and_then(|(first, published)| {
            date_closing_a_heading(&text[first.clone()], published)
                .or_else(|| date_line(text, &sentences, published))
                .and_then(|day| days_before(day, published))
        })
        .or(published)
        .or_else(|| date_of_an_undated_text(text));
    // Sorted by position, as the geoparser gives them, so each sentence finds its own quickly.
    let toponyms: Cow<[Toponym]> = if toponyms.is_sorted_by_key(|t| t.span.start) {
        Cow::Borrowed(toponyms)
    } else {
        let mut sorted = toponyms.to_vec();
        sorted.sort_by_key(|t| t.span.start);
        Cow::Owned(sorted)
    };
    let toponyms = toponyms.as_ref();
    let without_groups = without_group_names(text, toponyms);
    let toponyms = without_groups.as_deref().unwrap_or(toponyms);
    let without_namesakes = without_namesakes_set_aside(text, toponyms);
    let toponyms = without_namesakes.as_deref().unwrap_or(toponyms);
    let capitals = with_capitals(gazetteer, text, toponyms);
    let toponyms = capitals.as_deref().unwrap_or(toponyms);
    // The lede dates the story: a sentence with no time of its own takes the first day-precise
    // time of the article's first sentences ("The Taliban on Wednesday launched…"). A lede's
    // funeral day does not (`funerals` false: "attended the funeral on May 14 of a teacher who
    // was shot"), though a time counted from it does ("hours later").
    let stated_in = |sentence: &str, funerals: bool| {
        let times = without_a_header_s_time(sentence, find_times(sentence, published));
        stated_time(times.iter().filter(|t| {
            !of_what_it_is_linked_to(sentence, t, None)
                && (funerals || !dates_a_funeral(sentence, t))
        }))
    };
    let own_time = |sentence: &str| stated_in(sentence, true);
    // Read only when a report needs it.
    let lede_time = std::cell::OnceCell::new();
    // A heading line dated the day the article came out, or later, dates the report, not
    // what it reports ("Press Freedom Watch - Alert, 10 August 2014").
    let report_heading = |s: &Range<usize>, time: &DateRange| {
        s.start == 0
            && s.len() <= HEADING_LINE_BYTES
            && text[s.end..].starts_with('\n')
            && came_out.is_some_and(|day| time.start >= day)
    };
    let lede_time = || {
        *lede_time.get_or_init(|| {
            // "Date: 12 September 2024 (Thursday)": a bulletin's one date field dates its
            // reports.
            let mut date_fields = sentences.iter().filter(|s| {
                is_a_date_field(crate::text::head(text[(*s).clone()].trim_start(), 40))
            });
            let field = match (date_fields.next(), date_fields.next()) {
                (Some(field), None) => own_time(&text[field.clone()]),
                _ => None,
            };
            if field.is_some() {
                return field;
            }
            sentences
                .iter()
                .take(LEDE_SENTENCES)
                .filter(|s| !is_the_report_s_date(&text[(*s).clone()]))
                .filter_map(|s| {
                    stated_in(&text[s.clone()], false).filter(|t| !report_heading(s, t))
                })
                .find(|t| t.precision == TimePrecision::Day)
        })
    };
    // The last placed mention of each kind, and the places named, by sentence number (repeated
    // sentences not counted), for place-less reports.
    let mut last_placed: FxHashMap<EventKind, (usize, Toponym, Option<DateRange>)> =
        FxHashMap::default();
    let mut places_named: Vec<(usize, Toponym)> = Vec::new();
    // The places of sentences that place a video, with the sentence before them.
    let mut geolocated: Vec<(Range<usize>, Toponym)> = Vec::new();
    // A sentence that reports nothing but names a place and a time sets the scene of the next
    // one ("This morning, officers at the checkpoint in Afgoye stopped a minibus. They found
    // explosives under its seats."): its number, its range and the place.
    let mut scene: Option<Scene> = None;
    // The day that a sentence reporting nothing names as its topic, by sentence number (see
    // [`TOPIC_OF_A_DAY`]).
    let mut dated_topic: Option<(usize, DateRange)> = None;
    // The kind of the last strike told, which "the strike" later speaks of, and of the last
    // explosion, which "the attack" does.
    let mut strike_told: Option<EventKind> = None;
    let mut explosion_told: Option<(usize, EventKind)> = None;
    // The time last stated for a report at each place, by sentence number.
    let mut last_dated: FxHashMap<crate::gazetteer::PlaceId, (usize, DateRange)> =
        FxHashMap::default();
    let mut seen: FxHashSet<u64> = FxHashSet::default();
    let mut drafts: Vec<Draft> = Vec::new();
    // Counted only when "the city" has nothing named just before to point at.
    let main_town = std::cell::OnceCell::new();
    // The story's country with the countries it names, and without (see `main_country_of`).
    let main_country = std::cell::OnceCell::new();
    let home_country = std::cell::OnceCell::new();
    let story_country = |with_countries: bool| {
        let dateline = place::dateline_town(text, toponyms);
        main_country_of(gazetteer, text, toponyms, dateline, with_countries)
    };
    let field_place = std::cell::OnceCell::new();
    let field_place = || {
        field_place
            .get_or_init(|| location_field(text, &sentences, toponyms))
            .clone()
    };
    // A bulletin's heading line, read once: where it ends and the place it names (see
    // `place::heading_place`).
    let heading = std::cell::OnceCell::new();
    let heading = || {
        heading.get_or_init(|| {
            let end = text.find('\n').unwrap_or(0);
            (end, place::heading_place(text, toponyms).cloned())
        })
    };
    let mut account = Account::default();
    let mut line_at = 0;
    let witness_home = std::cell::OnceCell::new();
    let witness_home = || {
        witness_home
            .get_or_init(|| home_of_the_witness(text, toponyms))
            .clone()
    };
    let first_person = std::cell::OnceCell::new();
    // Where the writers of a first-person text last said they were.
    let mut writers_scene: Option<Toponym> = None;
    let mut sentence_number = 0;
    for (index, sentence) in sentences.iter().cloned().enumerate() {
        let sentence_text = &text[sentence.clone()];
        // (The text's voice, read once, before each sentence's words.)
        if *first_person.get_or_init(|| written_in_the_first_person(text))
            && let Some(went) = where_the_writers_went(sentence_text, sentence.start, toponyms)
        {
            writers_scene = Some(went);
        }
        while line_at + 1 < lines.len() && lines[line_at].end <= sentence.start {
            line_at += 1;
        }
        if account.line != Some(line_at) {
            account = Account::of_paragraph(text, lines, line_at, std::mem::take(&mut account));
            // A transcript's introduction says where the one who answers is, last ("A radio
            // station in Kunduz speaks with the head of the district clinic in Zarah Sharan").
            if account.transcript && account.place.is_none() && witness_home().is_none() {
                let introduction = line_at.checked_sub(1).map_or(0..0, |l| lines[l].clone());
                account.place = (toponyms.iter().rev())
                    .filter(|t| introduction.contains(&t.span.start))
                    .find(|t| place::is_a_local_name(t))
                    .cloned();
            }
        }
        // Captions and headlines repeated by the scraper are one report: sentences are the
        // same when their words are, ignoring case and spacing (compared by a hash of them).
        if !seen.insert(words_key(sentence_text)) {
            continue;
        }
        sentence_number += 1;
        let words = words(sentence_text);
        let triggers = actual_triggers(
            sentence_text,
            &words,
            sentence.start,
            toponyms,
            strike_told,
            published,
        );
        let starts_trigger = |word: &str| {
            triggers::find_triggers(word)
                .iter()
                .any(|t| t.span.start == 0)
        };
        let candidates = place::candidates(text, &sentence, toponyms, starts_trigger);
        let actors = if triggers.is_empty() {
            Vec::new()
        } else {
            actors::find_actors(sentence_text)
        };
        // Kept apart: the clause of a killing that choosing drops ("killed" in "Soldiers killed
        // 80 people in Bago as they raided homes", absorbed by the raid) still places the event.
        let killings: Vec<triggers::Trigger> = triggers
            .iter()
            .filter(|t| t.kind == EventKind::Killing)
            .cloned()
            .collect();
        let mut chosen = choose(sentence_text, triggers, &words, &actors);
        // "Previous incidents: two similar attacks on the same route in June": a bulletin's
        // background field reports nothing of its own.
        if opens_a_background_field(sentence_text) {
            chosen.clear();
        }
        // "Attackers threw grenades at the ministry. No one was hurt in the attack in
        // Tiraspol": the attack told just before, of its kind.
        if let Some((_, kind)) = explosion_told.filter(|(at, _)| sentence_number - at <= 2) {
            for t in chosen.iter_mut().filter(|t| {
                t.kind == EventKind::Assault
                    && ["attack", "assault"].contains(&t.phrase)
                    && the_noun(&words, t.first_word)
            }) {
                t.kind = kind;
            }
        }
        if let Some(explosion) =
            (chosen.iter()).find(|t| t.kind.event_type() == EventType::ExplosionsRemoteViolence)
        {
            explosion_told = Some((sentence_number, explosion.kind));
        }
        if let Some(strike) = chosen.iter().find(|t| {
            t.kind == EventKind::AirStrike
                || (t.kind.event_type() == EventType::ExplosionsRemoteViolence
                    && sentence_text[t.span.clone()]
                        .to_lowercase()
                        .contains("strike"))
        }) {
            strike_told = Some(strike.kind);
        }
        // The sentence's best place, for later reports that point back; read only when no
        // report of the sentence named a place.
        let first_place = || {
            place::event_places(
                text,
                &candidates,
                &(sentence.start..sentence.start),
                EventKind::Assault,
            )
            .into_iter()
            .next()
            .filter(|t| t.precision < Precision::Country)
        };
        let best_of_sentence = || {
            first_place()
                .filter(|t| !place::is_reference_point(text, t) && !told_as_far_away(text, t))
        };
        // (The account's day and place are this sentence's for its own reports too: they
        // give neither only when it names neither.)
        if account.open {
            if let Some(day) = own_time(sentence_text).filter(|t| t.precision == TimePrecision::Day)
            {
                account.day = Some(day);
            }
            if let Some(place) = best_of_sentence() {
                account.place = Some(place);
            }
        }
        if chosen.is_empty() {
            // "Report of the mayor on the events of Monday 4 March 2019.": the day of the
            // reports that follow it.
            if let Some(time) = (TOPIC_OF_A_DAY.iter())
                .any(|topic| sentence_text.contains(topic))
                .then(|| own_time(sentence_text))
                .flatten()
                .filter(|t| t.precision == TimePrecision::Day)
            {
                dated_topic = Some((sentence_number, time));
            }
            // "Videos posted on Tuesday show four explosions. We matched the ridge to a site
            // north of Burj Islam": where a video was filmed places what the sentence before
            // saw.
            let first = first_place();
            let geolocating = geolocates(sentence_text);
            if index > 0 && geolocating {
                geolocated.extend(
                    first
                        .clone()
                        .map(|first| (sentences[index - 1].clone(), first)),
                );
            }
            // A reference point sets a scene too ("an incident 35NM south of Al Mokha"); a
            // past year's place is none "the area" may point back at.
            scene = first.map(|first| {
                let past = in_a_past_year_s_when_clause(
                    &text[sentence.start..first.span.start],
                    published,
                );
                if !place::is_reference_point(text, &first) && !past {
                    places_named.push((sentence_number, first.clone()));
                }
                Scene {
                    at: sentence_number,
                    sentence: sentence.clone(),
                    place: first,
                    places_the_next: geolocating
                        || TOOK_PLACE.iter().any(|p| sentence_text.contains(p)),
                }
            });
            continue;
        }
        // Only the sentence just before sets this one's scene, with a time of its own ("This
        // morning, …") or as where a video was filmed ("We matched the mosque in the clip to
        // the bazaar of Langar."): its place and time, read once when a report needs them.
        let scene_set = scene
            .take()
            .filter(|scene| scene.at + 1 == sentence_number && candidates.is_empty());
        let scene_before = std::cell::OnceCell::new();
        let scene_before = || {
            scene_before
                .get_or_init(|| {
                    let scene = scene_set.as_ref()?;
                    let time = own_time(&text[scene.sentence.clone()]);
                    (time.is_some() || scene.places_the_next).then(|| (scene.place.clone(), time))
                })
                .as_ref()
        };
        let lower = sentence_text.to_lowercase();
        let caption = lower.contains("(pictured")
            || lower.starts_with("pictured")
            || lower.contains("(photo");
        let quoted = sentence_text.starts_with(['"', '\'', '\u{201C}', '\u{2018}']);
        let reported = quoted
            || sentence_text.contains(['"', '\u{201C}', '\u{2018}'])
            || [" said", " says", " told ", "according to", " reported"]
                .iter()
                .any(|w| lower.contains(w));
        let hedged = modality::is_hedged(&words);
        // A clause with its own time is dated by it ("…on Monday, missing since fighting
        // erupted in Khartoum in April"); the others by the main clauses' time.
        let clauses = clauses(sentence_text, &words);
        let times = without_a_header_s_time(sentence_text, find_times(sentence_text, published));
        // "attended the funeral on May 14 of a teacher who was shot": the day of a funeral
        // dates no violence told with it, only a protest held at it.
        let protest_told = (chosen.iter())
            .any(|t| matches!(t.kind.event_type(), EventType::Protests | EventType::Riots));
        let times: Vec<TimeMention> = (times.into_iter())
            .filter(|t| protest_told || !dates_a_funeral(sentence_text, t))
            .collect();
        let clause_of = |at: usize| {
            clauses
                .iter()
                .position(|c| c.span.contains(&at))
                .unwrap_or(0)
        };
        // "in March 2021, when fighters attacked Palma": the time a "when" clause follows.
        let time_before_when = |clause: &Clause| {
            times.iter().filter(|t| !t.aside).find(|t| {
                clause.when
                    && sentence_text
                        .get(t.span.end..clause.span.start)
                        .is_some_and(|gap| gap.trim_matches([',', ' ']).is_empty())
            })
        };
        // A place's history told after the event dates no event before it (see
        // `in_a_place_s_history`).
        let of_a_place_s_history = |t: &TimeMention, after: usize| {
            t.range.precision >= TimePrecision::Month
                && in_a_place_s_history(sentence_text, &words, after, t.span.start)
        };
        let chosen_starts: Vec<usize> = chosen.iter().map(|t| t.span.start).collect();
        let main_time_filter = |t: &&TimeMention| {
            !clauses[clause_of(t.span.start)].subordinate
                && !in_a_later_past_perfect_statement(sentence_text, t)
                && !of_a_place_s_history(t, 0)
                && !of_what_it_is_linked_to(sentence_text, t, None)
                && !in_a_past_relative_clause(sentence_text, t, &chosen_starts)
                && !dates_a_relative_clause_s_event(sentence_text, t, None, &chosen_starts)
        };
        let main_time = stated_time(times.iter().filter(main_time_filter));
        // "Moscow said last month it would … after its troops withdrew from around Kyiv": what
        // a past month saw is background, no place "the town" of a later sentence points back
        // at.
        let of_a_past_month = |time: DateRange| {
            matches!(time.precision, TimePrecision::Month | TimePrecision::Year)
                && published.is_some_and(|p| time.end < p - chrono::Duration::days(RECENT_DAYS))
        };
        // For a trigger before it, the time of a clause "in which" something had happened is
        // no main time, even where a trigger of the clause's own is chosen ("an agreement
        // ending a dispute, in which four men had been shot dead in 2022").
        let main_time_of = |trigger_start: usize| {
            stated_time(times.iter().filter(main_time_filter).filter(|t| {
                let before = crate::text::tail(&sentence_text[..t.span.start], 120);
                let opens = in_which_had(before).map(|at| t.span.start - before.len() + at);
                opens.is_none_or(|at| trigger_start > at)
            }))
        };
        let sentence_time = main_time.or_else(|| stated_time(&times));
        let quantities = numbers::find_quantities(sentence_text, &words);
        let casualties = numbers::find_casualties(&words);
        let concrete = !caption
            && !quoted
            && !hedged
            && (casualties.fatalities.is_some()
                || casualties.injured.is_some()
                || sentence_time.is_some_and(|t| t.precision == TimePrecision::Day)
                || is_an_entry(&entries, &sentence));
        // Each statement's toll, for its first report ("missiles hit the grid; in Dnipro a
        // missile struck a bus stop, killing 4"); the toll of a statement with no report, for
        // the first report ("militants attacked the base; seven soldiers were killed").
        let mut tolls: Vec<numbers::Casualties> = match sentence_text.contains(';') {
            false => vec![casualties],
            true => statement_words(sentence_text, &words)
                .map(numbers::find_casualties)
                .collect(),
        };
        let reported_in = |statement: usize| {
            (chosen.iter()).any(|t| statement_at(sentence_text, t.span.start) == statement)
        };
        if let Some(first) = (0..tolls.len()).find(|&s| reported_in(s)) {
            for statement in (0..tolls.len()).filter(|&s| !reported_in(s)) {
                let toll = std::mem::take(&mut tolls[statement]);
                let into = &mut tolls[first];
                into.fatalities = into.fatalities.or(toll.fatalities);
                into.injured = into.injured.or(toll.injured);
            }
        }
        // A main clause's fighting: the fighting an "after" clause tells is its cause or its
        // first step ("retook Kidal after days of fighting", "strikes on Sanaa after missiles
        // hit Jeddah"). Not so a killing, the consequence of what the "after" clause tells
        // ("two were killed after a drone struck their car"), nor an arrest, an attack on
        // civilians or a withdrawal, events of their own ("clashes broke out after the
        // commander was detained", "soldiers entered the town after the militia pulled out").
        let main_fighting = chosen
            .iter()
            .any(|t| !clauses[clause_of(t.span.start)].subordinate && is_fighting(t.kind));
        // A day of its own ("two days after bandits attacked Kaduna on Saturday"); neither "for
        // weeks" nor "overnight" is one.
        let has_own_day = |clause: usize| {
            times.iter().any(|t| {
                clause_of(t.span.start) == clause
                    && t.range.precision == TimePrecision::Day
                    && t.kind != TimeKind::Relative
            })
        };
        // Places are shared by a clause and the "after" clauses that follow it, as if one.
        let place_clause = |mut clause: usize| {
            while clause > 0 && clauses[clause].told_beside_another() {
                clause -= 1;
            }
            clause
        };
        // The sentence names a unit of its own ("an attack in Mahagi Territory").
        let own_unit = !chosen.is_empty()
            && names_an_unknown_unit(sentence_text, &words, sentence.start, toponyms);
        for trigger in &chosen {
            let trigger_at = sentence.start + trigger.span.start..sentence.start + trigger.span.end;
            let own_clause = clause_of(trigger.span.start);
            let own_day = has_own_day(own_clause);
            // "cut on Monday, a day after thousands rallied": the day the opener counts.
            let counted_day = (clauses[own_clause].another_day && !own_day)
                .then(|| {
                    let main = main_time
                        .filter(|t| t.precision == TimePrecision::Day && t.start == t.end)?;
                    let day = main.start.checked_add_signed(chrono::TimeDelta::days(
                        clauses[own_clause].days_from_main?,
                    ))?;
                    Some(DateRange::day(day))
                })
                .flatten();
            // "she has been missing since armed men took her from her home on Monday": the
            // day someone went missing is the event's, not a past the story goes on from.
            let missing_since = || {
                let clause = &clauses[own_clause].span;
                let before = sentence_text[..clause.start].trim_end();
                own_day
                    && sentence_text[clause.clone()].starts_with("since ")
                    && MISSING.iter().any(|word| before.ends_with(word))
            };
            if (clauses[own_clause].background && !missing_since())
                || (clauses[own_clause].another_day && !own_day && counted_day.is_none())
                || (clauses[own_clause].earlier
                    && main_fighting
                    && is_fighting(trigger.kind)
                    && !own_day)
                || (!concrete && modality::is_talked_about(sentence_text, &words, &trigger.span))
                || (!concrete && modality::is_a_trend(&words, trigger.first_word))
                || modality::is_a_period_before(&words, trigger.first_word)
                || modality::is_named_by_its_day(&words, trigger.first_word)
                || modality::is_remembered(sentence_text, &words, trigger.first_word)
                || modality::is_a_war_s_toll(&words, trigger.first_word)
                || modality::is_a_tally(&words, trigger.first_word)
                || (!own_day && modality::told_as_done_before(&words, trigger.first_word))
                || (!concrete && modality::is_a_habit(&words, trigger.first_word))
                || (trigger.kind == EventKind::Flight
                    && !is_flight_of_armed_or_officials(
                        sentence_text,
                        clauses[own_clause].span.start,
                        trigger.span.start,
                    ))
                || (trigger.kind == EventKind::Agreement
                    && (modality::is_earlier_agreement(&words, trigger.first_word)
                        || modality::is_asked_for(&words, trigger.first_word)))
                || (matches!(trigger.kind, EventKind::Agreement | EventKind::Talks)
                    && modality::is_named_agreement(sentence_text, &words, trigger.first_word))
                || modality::is_lasting_state(&words, trigger.first_word)
                // "Those talks did not cover Rakhine": talks told before.
                || (matches!(trigger.kind, EventKind::Agreement | EventKind::Talks)
                    && (trigger.first_word.checked_sub(1))
                        .is_some_and(|at| ["those", "these"].contains(&words[at].lower.as_str())))
                // "The attack came as envoys met in Muscat": the attack told before.
                || ((modality::points_back(&words, trigger.first_word)
                    || modality::dates_by_an_event_told(sentence_text, &words, trigger.first_word))
                    && drafts.iter().any(|d| d.mention.sentence != sentence))
            {
                continue;
            }
            let in_clause = |t: &&Toponym, clause: usize| {
                place_clause(clause_of(t.span.start - sentence.start)) == place_clause(clause)
            };
            let time_just_before = || {
                (time_before_when(&clauses[own_clause]).map(|t| t.range))
                    .or_else(|| year_since_before(sentence_text, &clauses[own_clause]))
            };
            // "42 people killed when militants attacked a school in Mpondwe on Friday": the
            // "when" clause right after the trigger tells where and when it happened, over what
            // its own clause says before it of something else ("Burials began on Saturday").
            let next_clause = own_clause + 1;
            let when_right_after = clauses.get(next_clause).is_some_and(|c| {
                c.when
                    && text
                        .get(trigger_at.end..sentence.start + c.span.start)
                        .is_some_and(|gap| gap.trim_matches([' ', ',']).is_empty())
            });
            let own_times_before = (times.iter())
                .filter(|t| clause_of(t.span.start) == own_clause)
                .all(|t| t.span.end <= trigger.span.start);
            let when_time = || {
                let theirs = times
                    .iter()
                    .filter(|t| clause_of(t.span.start) == next_clause);
                (when_right_after && own_times_before)
                    .then(|| stated_time(theirs))
                    .flatten()
            };
            let linked_at = where_the_linked_event_is_told(sentence_text, &words, trigger);
            let stated = year_naming(&words, trigger.first_word)
                .or_else(when_time)
                .or_else(|| {
                    stated_time(times.iter().filter(|t| {
                        clause_of(t.span.start) == own_clause
                            && !of_a_place_s_history(t, trigger.span.end)
                            && !of_what_it_is_linked_to(sentence_text, t, Some(trigger.span.start))
                            && linked_at.is_none_or(|at| t.span.end > at)
                            && !in_a_past_relative_clause(sentence_text, t, &[trigger.span.start])
                            && !dates_a_relative_clause_s_event(
                                sentence_text,
                                t,
                                Some(trigger.span.start),
                                &chosen_starts,
                            )
                    }))
                })
                .or(counted_day)
                .or_else(time_just_before)
                .or_else(|| main_time_of(trigger.span.start));
            // "Hours later, jets bombed the market": a time counted from the event told just
            // before is that many days after the last day stated before it, in the sentence or
            // in one before. What a clause before it tells is on that day ("troops shot them
            // dead; the bodies were found the next morning").
            let single_day = |t: &DateRange| t.precision == TimePrecision::Day && t.start == t.end;
            let stated = match stated {
                Some(time) if time.precision == TimePrecision::Unknown => (times.iter())
                    .filter(|t| t.range == time)
                    .find_map(|t| Some((t, days_after_the_event_before(&t.text)?)))
                    .and_then(|(anchored, days)| {
                        let told_before = anchored.span.start > trigger.span.start
                            && (clause_of(anchored.span.start) != own_clause
                                || statement_at(sentence_text, anchored.span.start)
                                    != statement_at(sentence_text, trigger.span.start));
                        // Nor does a disappearance told by how it lasts ("his whereabouts
                        // remained unknown three days later") move from the day he was taken.
                        let lasting = trigger.kind == EventKind::Abduction
                            && (["whereabouts", "unknown", "heard", "being held"].iter())
                                .any(|w| trigger.phrase.contains(w));
                        let days = if told_before || lasting { 0 } else { days };
                        let earlier_in_sentence = (times.iter())
                            .filter(|t| t.span.end <= anchored.span.start && !t.aside)
                            .map(|t| t.range)
                            .rfind(single_day);
                        let day_before = earlier_in_sentence.or_else(|| {
                            (sentences[..index].iter().rev())
                                .take(INHERIT_WITHIN_SENTENCES)
                                .filter_map(|s| own_time(&text[s.clone()]))
                                .find(single_day)
                        })?;
                        let day = day_before.start.checked_add_days(chrono::Days::new(days))?;
                        published
                            .is_none_or(|p| day <= p)
                            .then(|| DateRange::day(day))
                    })
                    .or(stated),
                _ => stated,
            };
            // "• On 16 August, a drone strike hit …": a calendar day the report's own clause
            // gives tells it from a report of another day. (Not a heading's day in
            // parentheses: "Daily briefing on arrests (13 February 2024)".)
            let day_stated = stated.is_some_and(|time| {
                time.precision == TimePrecision::Day
                    && times.iter().any(|t| {
                        t.kind == TimeKind::Explicit
                            && !t.aside
                            && clause_of(t.span.start) == own_clause
                            && t.range == time
                            && !sentence_text[..t.span.start].trim_end().ends_with('(')
                    })
            });
            // A country the event cannot be placed at, named in an "after" clause, is no place
            // of the clause's ("threw stones at the building, after rumours that France was
            // sheltering him").
            let mine_kind = |t: &&Toponym| {
                t.precision < Precision::Country
                    || may_be_a_country(trigger.kind)
                    || clause_of(t.span.start - sentence.start) == own_clause
            };
            // A clause that speaks of places it does not name ("shelled towns and villages
            // across the northwest, after a drone attack in Homs") takes no place from the
            // clauses told beside it.
            let unnamed_places =
                clause_names_places(&sentence_text[clauses[own_clause].span.clone()]);
            let mut mine: Vec<&Toponym> = candidates
                .iter()
                .filter(|t| in_clause(t, own_clause) && mine_kind(t))
                .filter(|t| {
                    !unnamed_places || clause_of(t.span.start - sentence.start) == own_clause
                })
                .copied()
                .collect();
            // "went off as a patrol passed, about 8 km east of Nisab town": a distance set off
            // after the clause says where it happened, whatever the clause names (the road's
            // ends).
            if let Some(locator) = (candidates.iter()).find(|t| {
                t.span.start > trigger_at.end
                    && clause_of(t.span.start - sentence.start) != own_clause
                    && place::is_a_set_off_distance(text, t)
            }) {
                mine.push(locator);
            }
            // An "after" clause that names places of its own, after a clause with no event,
            // tells where the sentence's event was ("officials in Abuja met after gunmen
            // stormed a school in Chikun"), unless it points back at a place named before
            // ("raised the flag over Izium after the army abandoned the town").
            let event_before = chosen.iter().any(|t| {
                let clause = clause_of(t.span.start);
                !clauses[clause].told_beside_another()
                    && place_clause(clause) == place_clause(own_clause)
            });
            let own_span = &clauses[own_clause].span;
            let clause_words = &words[words.partition_point(|w| w.span.start < own_span.start)
                ..words.partition_point(|w| w.span.start < own_span.end)];
            if clauses[own_clause].told_beside_another()
                && !event_before
                && place_named_back(clause_words).is_none()
            {
                // Not past another event of the clause ("after a siege that dragged on with
                // fighting in Arghandab": Arghandab is the fighting's).
                let own_places = |t: &&Toponym| {
                    let at = t.span.start - sentence.start;
                    clause_of(at) == own_clause
                        && !chosen
                            .iter()
                            .any(|other| (trigger.span.end..at).contains(&other.span.start))
                };
                // "exploded in Abu Dhabi, after the Houthis launched drones at the United Arab
                // Emirates": a country of the clause's own holds the place named before it.
                let own: Vec<&Toponym> = mine.iter().copied().filter(|t| own_places(t)).collect();
                // The target of the clause's act ("at the United Arab Emirates"), not where it
                // spread ("struck sites across Yemen").
                let aimed_at = |t: &&Toponym| {
                    let before = text[..t.span.start].trim_end();
                    let before = before.strip_suffix(" the").unwrap_or(before);
                    [" at", " on", " against"]
                        .iter()
                        .any(|p| before.ends_with(p))
                };
                let only_countries = own.iter().all(|c| c.precision >= Precision::Country)
                    && own.iter().any(aimed_at);
                let within_own_country = |t: &&Toponym| {
                    let country = &gazetteer.place(t.place).country;
                    only_countries
                        && t.precision < Precision::Country
                        && own
                            .iter()
                            .any(|c| gazetteer.place(c.place).country == *country)
                };
                let before_own =
                    |t: &&Toponym| t.span.start < trigger_at.start && within_own_country(t);
                if candidates.iter().any(before_own) {
                    mine = candidates.iter().copied().filter(before_own).collect();
                } else if mine.iter().any(own_places) {
                    mine.retain(own_places);
                }
            }
            // "Police in Eswatini fired tear gas to disperse people marching in the capital,
            // Mbabane": a country the event cannot be placed at, named as where it was, leaves
            // the clause no place (not so "the pullout of US troops").
            if !may_be_a_country(trigger.kind)
                && !mine.is_empty()
                && mine
                    .iter()
                    .all(|t| t.precision >= Precision::Country && named_as_where(text, t))
            {
                mine.clear();
            }
            // (See `when_right_after`.)
            if when_right_after && mine.iter().all(|t| t.span.end <= trigger_at.start) {
                let theirs: Vec<&Toponym> = (candidates.iter())
                    .filter(|t| clause_of(t.span.start - sentence.start) == next_clause)
                    .copied()
                    .collect();
                if !theirs.is_empty() {
                    mine = theirs;
                }
            }
            // A bulletin's heading ("Tillabéri region — ") encloses the places named after it:
            // a clause that names only the heading takes another clause's places, if any.
            if !mine.is_empty()
                && mine.iter().all(|t| place::heads_a_bulletin(text, t))
                && candidates.iter().any(|t| !place::heads_a_bulletin(text, t))
            {
                mine.clear();
            }
            // A clause that names only reference points ("close to the boundary with
            // Concepcion department") or routes ("on the Aleppo road") happened in the unit
            // its sentence's heading names ("14 June 2015 - San Pedro department (north): A
            // patrol clashed …", "Manbij: a car bomb went off on the Aleppo road").
            if !mine.is_empty()
                && mine
                    .iter()
                    .all(|t| place::is_reference_point(text, t) || place::is_route_end(text, t))
            {
                // (Clauses are spans of the sentence, toponyms of the text.)
                let own_start = clauses[own_clause].span.start;
                let heading_end = (sentence_text.get(..own_start))
                    .and_then(|head| head.rfind(':'))
                    .map(|colon| sentence.start + colon);
                let headings: Vec<&Toponym> = (candidates.iter())
                    .filter(|t| heading_end.is_some_and(|end| t.span.end <= end))
                    .copied()
                    .collect();
                // "Lyman axis (…): … positions north-east of Lyman": the heading's own place.
                if !(headings.iter()).any(|h| mine.iter().any(|t| t.place == h.place)) {
                    mine.extend(headings);
                }
            }
            // "• Sagaing Region – Kale District: Arson attacks were reported in two villages":
            // a clause that names no place, in a sentence whose places are all in its short
            // heading, happened in the heading's smallest place.
            if mine.is_empty() {
                let own_start = clauses[own_clause].span.start;
                let heading = (sentence_text.get(..own_start))
                    .and_then(|head| head.find(':'))
                    .filter(|&colon| colon <= HEADING_BYTES);
                // Only when the heading names the sentence's every place.
                let before_colon =
                    |t: &&Toponym, colon: usize| t.span.end <= sentence.start + colon;
                if let Some(colon) = heading
                    && candidates.iter().all(|t| before_colon(t, colon))
                {
                    // The smallest ("Jalalabad, Nangarhar:"), the last of a size ("Sagaing
                    // Region – Kale District:").
                    let smallest = (candidates.iter().rev()).min_by_key(|t| t.precision);
                    mine.extend(smallest.copied());
                }
            }
            // Where the people it befell were going or came from is no place of the clause's,
            // when another clause names one ("stopped buses at Gebre Guracha and abducted
            // students travelling home to Addis Ababa", "blocked the highway in Musakhel
            // district and shot dead those from Punjab"); nor is the place in a speaker's title
            // after the report ("arrived in Obo and set up a base, the prefect of Haut-Mbomou
            // told").
            // (Read only when another clause names a place.)
            let with_destinations =
                candidates
                    .iter()
                    .any(|t| !in_clause(t, own_clause))
                    .then(|| {
                        let all = mine.clone();
                        let off_the_scene = |t: &Toponym| {
                            (place::is_where_the_victims_went_or_came_from(text, t, trigger.kind)
                                && !place::opens_where_clause_holding(text, t, &trigger_at))
                                || (t.span.start > trigger_at.end
                                    && place::is_in_a_speaker_s_title(text, t))
                        };
                        mine.retain(|t| !off_the_scene(t));
                        all
                    });
            // A clause with no place of its own takes the nearest clause's places, unless it is
            // subordinate or speaks of other, unnamed places ("encircled ten major cities"). A
            // "when" clause after a time tells where it happened ("the offensive came in
            // February 2021, when the Houthis assaulted Marib").
            // A subordinate clause takes the places of a main clause whose killing this event
            // absorbed (its dead are this event's).
            let absorbed_from = |c: usize| {
                killings.iter().any(|t| {
                    !chosen.contains(t) && clause_of(t.span.start) == c && !clauses[c].subordinate
                })
            };
            // A place in what someone vowed or said, in another clause, is no place of this
            // one ("the crowd filled the square, and speakers vowed to fight on until the war
            // on Gaza ends").
            let in_reported_speech = |at: usize| {
                let clause = &clauses[clause_of(at)].span;
                (words.iter())
                    .filter(|w| (clause.start..at).contains(&w.span.start))
                    .any(|w| REPORTING_VERBS.contains(&w.lower.as_str()))
            };
            // "The bus, back from the match in Retalhuleu, was attacked as it entered
            // Mazatenango": where a trip began gives way to the circumstance right after,
            // which tells where the trip was.
            let next_clause = clause_of(trigger.span.end.saturating_sub(1)) + 1;
            if !mine.is_empty()
                && mine
                    .iter()
                    .all(|t| place::is_where_a_trip_began_at(text, t))
                && clauses.get(next_clause).is_some_and(|c| c.circumstance)
            {
                let in_next = |t: &&&Toponym| {
                    in_clause(t, next_clause) && !in_reported_speech(t.span.start - sentence.start)
                };
                mine.extend(candidates.iter().filter(in_next).copied());
            }
            if mine.is_empty() && !unnamed_places {
                // The circumstance right after a clause tells where it happened ("a landmine
                // exploded as they collected firewood in Khost").
                // The trigger may span two clauses ("shot | and killed").
                let last_clause = clause_of(trigger.span.end.saturating_sub(1));
                // ("shot dead a cleric | and his son | as they left a mosque in Kandahar": past
                // a clause that names no place and tells no event.)
                let quiet = |c: usize| {
                    !candidates.iter().any(|t| in_clause(t, c))
                        && !chosen.iter().any(|t| clause_of(t.span.start) == c)
                };
                let circumstance_of_own = |c: usize| {
                    let follows =
                        |clause: usize| c == clause + 1 || (c == clause + 2 && quiet(clause + 1));
                    (follows(own_clause) || follows(last_clause))
                        && clauses[c].circumstance
                        && !clauses[c].background
                };
                // (Or "during which": "the events on the campus in Oujda, during which police
                // arrested eighteen students".)
                let follows_where = |c: usize| {
                    let before = &sentence_text[..clauses[c].span.start];
                    let own = &sentence_text[clauses[c].span.clone()];
                    let before = before.trim_end_matches([' ', ',']);
                    before.ends_with("where")
                        || before.ends_with("during which")
                        || own.starts_with("where ")
                        || own.starts_with("during which ")
                };
                let names_a_place = |c: usize, t: &&Toponym| {
                    in_clause(t, c) && !in_reported_speech(t.span.start - sentence.start)
                };
                let lenders: Vec<usize> = (0..clauses.len())
                    .filter(|&c| {
                        c != own_clause
                            && (!clauses[c].subordinate
                                || time_before_when(&clauses[c]).is_some()
                                || circumstance_of_own(c)
                                || (c + 1 == own_clause && follows_where(own_clause)))
                    })
                    .filter(|&c| {
                        !clauses[own_clause].subordinate
                            || clauses[own_clause].told_beside_another()
                            || absorbed_from(c)
                            || circumstance_of_own(c)
                            // "The worst attack was in Beryslav, when a drone struck a bus".
                            || (clauses[own_clause].when && c + 1 == own_clause)
                            // "patients from Talanga, where, according to relatives, gunmen
                            // opened fire": the place before "where" is the clause's.
                            || (c + 1 == own_clause && follows_where(own_clause))
                    })
                    .filter(|&c| candidates.iter().any(|t| names_a_place(c, t)))
                    .collect();
                let nearest_where = |keep: &dyn Fn(usize) -> bool| {
                    (lenders.iter().copied())
                        .filter(|&c| keep(c))
                        .min_by_key(|&c| (c.abs_diff(own_clause), c < own_clause))
                };
                // "Kasi district: gunmen fired on a bus heading to Luang Prabang; one passenger
                // killed": a clause naming only where travellers were going (or came from)
                // lends its place only when no other clause has one.
                let names_a_place_off_their_way = |c: usize| {
                    candidates.iter().any(|t| {
                        names_a_place(c, t)
                            && (!place::is_where_the_victims_went_or_came_from(
                                text,
                                t,
                                trigger.kind,
                            ) || place::opens_where_clause_holding(text, t, &trigger_at))
                    })
                };
                let nearest = nearest_where(&names_a_place_off_their_way)
                    .or_else(|| nearest_where(&|_| true));
                if let Some(clause) = nearest {
                    mine = candidates
                        .iter()
                        .filter(|t| {
                            in_clause(t, clause)
                                && !in_reported_speech(t.span.start - sentence.start)
                        })
                        .copied()
                        .collect();
                }
            }
            if mine.is_empty()
                && let Some(all) = with_destinations
            {
                mine = all;
            }
            // A note's place fields stand for every clause of its narrative ("19/02/2022 |
            // Nord | Gourcy | Riots | … | Youths angry after the killing of two traders on the
            // road to Ouahigouya barricaded the main street").
            let fields = (candidates.iter())
                .filter(|t| place::in_a_field_before(text, t, &trigger_at))
                .copied()
                .collect::<Vec<_>>();
            if !fields.is_empty() {
                for field in fields {
                    if !mine.iter().any(|t| t.span == field.span) {
                        mine.push(field);
                    }
                }
                mine.sort_by_key(|t| t.span.start);
            }
            // Another trigger's place ("the Tehran talks") is not this one's.
            mine.retain(|t| {
                !place::belongs_to_another_trigger(text, t, &chosen, sentence.start, trigger)
            });
            let places: Vec<Toponym> = place::event_places(text, &mine, &trigger_at, trigger.kind)
                .into_iter()
                .filter(|t| t.precision < Precision::Country || may_be_a_country(trigger.kind))
                .collect();
            // "The town", "the airfield": the place named last, in this sentence or the last
            // ones, when the noun fits its precision; else the article's main town. Not in a
            // clause that speaks of unnamed places ("taking control of dozens of districts").
            // Not a noun of a clause the sentence opens with, the trigger being past it ("As
            // negotiators met in the Qatari capital, the insurgents seized a district").
            let opening_clause_end = match clauses.first() {
                Some(opening) if opening.subordinate && own_clause > 0 => {
                    words.partition_point(|w| w.span.start < opening.span.end)
                }
                _ => 0,
            };
            // "The district, which lies on the road between Maimana and Andkhoy, fell": the
            // ends of a route and reference points give way to the place pointed back at.
            let only_reference_points = !places.is_empty()
                && places
                    .iter()
                    .all(|t| place::is_reference_point(text, t) || place::is_route_end(text, t));
            let named_back = place_named_back(&words[opening_clause_end..])
                .filter(|_| !unnamed_places)
                // "strikes in the desert north of As-Sab' Biyar, citing sources in the area":
                // the area after the sentence's own reference points is theirs.
                .filter(|&(noun, .., at)| {
                    noun != "area" || places.iter().all(|t| t.span.start > sentence.start + at)
                })
                .and_then(|(noun, most, least, _)| {
                    let fits = |t: &Toponym| {
                        most <= t.precision
                            && t.precision <= least
                            && !place::is_reference_point(text, t)
                    };
                    let earlier_here = candidates
                        .iter()
                        .filter(|t| {
                            t.span.end <= trigger_at.start
                                && fits(t)
                                && !place::is_where_a_speaker_was(text, t)
                                && !place::is_route_end(text, t)
                                // "stopped at the city airport as she returned from Ankara".
                                && !place::is_where_someone_came_from(text, t)
                                && !place::is_where_someone_went(text, t)
                        })
                        .max_by_key(|t| t.span.start)
                        .map(|t| (*t).clone());
                    // "several rallies in the capital were broken up": a bare "the capital"
                    // is the story's country's, if named before, not the provincial capital
                    // named last.
                    let national_capital = || {
                        let bare = (words.windows(3)).any(|w| {
                            w[0].lower == "the" && w[1].lower == "capital" && w[2].lower != "of"
                        });
                        let home_country = home_country.get_or_init(|| story_country(false));
                        let capital = (noun == "capital" && bare)
                            .then(|| gazetteer.capital_of(home_country.as_ref()?))
                            .flatten()?;
                        (toponyms.iter())
                            .rfind(|t| {
                                t.span.end <= trigger_at.start && t.place == capital && fits(t)
                            })
                            .cloned()
                    };
                    // "the Monabbih district of Saada province … a clinic in the district":
                    // the place last named with the unit's own word, if lately.
                    let unit_named_so = || {
                        (UNIT_NOUNS.contains(&noun))
                            .then(|| {
                                (places_named.iter().rev())
                                    .take_while(|(at, _)| {
                                        sentence_number - at <= INHERIT_WITHIN_SENTENCES
                                    })
                                    .find(|(_, t)| {
                                        t.precision <= Precision::Province
                                            && place::is_named_with_word(text, t, noun)
                                    })
                            })
                            .flatten()
                            .map(|(_, t)| t.clone())
                    };
                    // "in northern Sar-e Pul province … her home in the provincial capital":
                    // the town the province last named before is named after.
                    let provincial_capital = || {
                        // Not where someone went ("withdrew toward the provincial capital").
                        let provincial = (1..words.len()).any(|at| {
                            words[at - 1].lower == "provincial"
                                && words[at].lower == "capital"
                                && !(words[at.saturating_sub(10)..at])
                                    .iter()
                                    .any(|w| DESTINATION_WORDS.contains(&w.lower.as_str()))
                        });
                        let province = (provincial && noun == "capital")
                            .then(|| {
                                (toponyms.iter()).rfind(|t| {
                                    t.span.end <= trigger_at.start
                                        && t.precision == Precision::Province
                                })
                            })
                            .flatten()?;
                        // Most provinces of the wars mapped are named after their capitals.
                        let place = gazetteer.town_named_after(province.place)?;
                        Some(Toponym {
                            place,
                            precision: Precision::Town,
                            alternatives: Box::new([]),
                            ..province.clone()
                        })
                    };
                    earlier_here
                        .or_else(provincial_capital)
                        .or_else(national_capital)
                        .or_else(unit_named_so)
                        // Not a town abroad named by the way ("leaders who met in Vilnius"):
                        // the last one of the story's country.
                        .or_else(|| {
                            let home_country = home_country.get_or_init(|| story_country(false));
                            let at_home = |t: &Toponym| {
                                home_country
                                    .as_ref()
                                    .is_none_or(|c| gazetteer.place(t.place).country == *c)
                            };
                            // "Residents of the town, 300 km west of Kyiv": however far
                            // back, the town is not the reference point.
                            (places_named.iter().rev())
                                .take_while(|(at, _)| {
                                    only_reference_points
                                        || sentence_number - at <= INHERIT_WITHIN_SENTENCES
                                })
                                .find(|(_, t)| at_home(t))
                                .filter(|(_, t)| {
                                    fits(t)
                                        && !place::is_where_someone_went(text, t)
                                        && !place::is_where_someone_came_from(text, t)
                                })
                                .map(|(_, t)| t.clone())
                        })
                        .or_else(|| {
                            main_town
                                .get_or_init(|| main_town_of(text, toponyms))
                                .filter(|t| fits(t))
                                .cloned()
                        })
                        // "TRIPOLI (Reuters) - Fighting broke out in the Libyan capital";
                        // not "the village", nor a later sentence's "the town", nor a city
                        // after the story named a place: those are the story's own.
                        .or_else(|| {
                            (["capital", "city"].contains(&noun)
                                && sentence_number <= DATELINE_SENTENCES
                                && places_named.is_empty())
                            .then(|| place::dateline_town(text, toponyms))
                            .flatten()
                            .filter(|t| most <= t.precision && t.precision <= least)
                            .cloned()
                        })
                });
            // The kind of the violence whose toll the sentence tells, if it tells one.
            let mut toll_of: Option<EventKind> = None;
            // "About 300 residents gathered outside the town hall in Patzicía. Some of them
            // broke its windows and burned a pickup": the protest just told turned to a riot.
            let damage_by_the_protesters =
                matches!(trigger.kind, EventKind::Destruction | EventKind::Looting)
                    && candidates.is_empty()
                    && !own_unit
                    && refers_back_to_people(&words)
                    && (last_placed.get(&EventKind::Protest))
                        .is_some_and(|(at, _, _)| sentence_number - at <= 1);
            let reported_kind = if damage_by_the_protesters {
                EventKind::Riot
            } else {
                trigger.kind
            };
            // "The blast" after a bombing is that bombing: its place, and its time.
            // Not where the sentence names a unit of its own.
            // "We regard this arrest as retaliation for a strike in Mangystau": the arrest
            // just told, wherever the rest of the sentence goes.
            let demonstrative = trigger.first_word > 0
                && ["this", "that"].contains(&words[trigger.first_word - 1].lower.as_str());
            let same_kind = (places.is_empty() || only_reference_points || demonstrative)
                .then(|| last_placed.get(&trigger.kind))
                .flatten()
                .filter(|_| !own_unit)
                .filter(|(at, _, _)| {
                    sentence_number - at <= INHERIT_WITHIN_SENTENCES
                        && definite(&words, trigger.first_word)
                })
                // "Teachers protested in Jujuy. Police fired tear gas at them": force used on
                // the protest just told, where and when it was.
                // Not "the march dispersed without incident": the force is someone's.
                .or_else(|| {
                    // "Crowds marched through Imphal. Protesters stormed the homes of
                    // ministers": the protest just told turned to a riot, where it was.
                    let force_used = matches!(
                        trigger.kind,
                        EventKind::ProtestIntervention | EventKind::ProtestCrackdown
                    ) && (words.iter())
                        .any(|w| STATE_FORCES.contains(&w.lower.as_str()));
                    let rioted = (trigger.kind == EventKind::Riot
                        && (words.iter()).any(|w| PROTESTING.contains(&w.lower.as_str())))
                        || damage_by_the_protesters;
                    (candidates.is_empty() && !own_unit && (force_used || rioted))
                        .then(|| last_placed.get(&EventKind::Protest))
                        .flatten()
                        .filter(|(at, _, _)| sentence_number - at <= 1)
                })
                // "Troops occupied Ingyi village last week. Before leaving this morning, the
                // troops set fire to 60 houses": the doers just told, back for more on a day
                // of their own, where they were. (With no day of its own, it is part of
                // what they did: "The insurgents took weapons before withdrawing.")
                .or_else(|| {
                    let done_there = matches!(
                        trigger.kind,
                        EventKind::Destruction | EventKind::Looting | EventKind::Abduction
                    );
                    let back_for_more = candidates.is_empty()
                        && !own_unit
                        && done_there
                        && !times.is_empty()
                        && the_same_doers(&words, trigger.first_word);
                    back_for_more
                        .then(|| {
                            (last_placed.iter())
                                .filter(|(kind, (at, _, _))| {
                                    (kind.is_violent() || kind.event_type() == EventType::Battles)
                                        && sentence_number - at <= 1
                                })
                                .max_by_key(|(_, (at, t, _))| (*at, t.span.start))
                                .map(|(_, placed)| placed)
                        })
                        .flatten()
                })
                // "Forces fired on protesters in Thaton. One of the dead was shot in the
                // head": the dead of the violence just told, where and when it was.
                .or_else(|| {
                    let of_its_dead = trigger.kind == EventKind::Killing
                        && (words.windows(2)).any(|w| {
                            w[0].lower == "the" && THE_DEAD.contains(&w[1].lower.as_str())
                        });
                    // "… at least 17 soldiers and volunteers were killed": its toll.
                    let told = sentence_text[trigger.span.clone()].to_ascii_lowercase();
                    let its_toll = matches!(trigger.kind, EventKind::Killing | EventKind::Assault)
                        && casualties.fatalities.is_some()
                        && ["were killed", "was killed", "died"].contains(&told.as_str());
                    // Not one of a time of its own ("killed 200 militants in an operation at
                    // Moura at the end of March … many of the dead were civilians").
                    (candidates.is_empty()
                        && !own_unit
                        && (of_its_dead || its_toll)
                        && times.is_empty())
                    .then(|| {
                        (last_placed.iter())
                            .filter(|(kind, (at, _, _))| {
                                kind.is_violent()
                                    && sentence_number - at <= INHERIT_WITHIN_SENTENCES
                            })
                            .max_by_key(|(_, (at, t, _))| (*at, t.span.start))
                    })
                    .flatten()
                    // A toll is the last violence's own: "five of their fighters were
                    // killed" after an air strike tells the strike's dead.
                    .map(|(kind, placed)| {
                        if its_toll && !of_its_dead {
                            toll_of = Some(*kind);
                        }
                        placed
                    })
                });
            let time_of_same_kind = same_kind.and_then(|(_, _, time)| *time);
            let inherited = match same_kind {
                Some((_, t, _)) => Some(t.clone()),
                // A wire story's lede that names no place of its own happened where it was
                // filed ("NAYPYITAW - The military detained ...").
                None if places.is_empty() || only_reference_points => {
                    let unknown_place = || {
                        names_an_unknown_place(
                            sentence_text,
                            &words,
                            trigger,
                            sentence.start,
                            toponyms,
                        )
                    };
                    // "DR Congo – Ituri Province – Djugu Territory: Flash Update": a
                    // bulletin's heading places its reports that name no place at all, until
                    // the bulletin names another.
                    // ("FLASH UPDATE — Far North region": "a village in Mayo-Tsanaga
                    // department", a unit the gazetteer lacks, lies in the heading's region.)
                    let heading_place = || {
                        let (heading_end, place) = heading();
                        let none_since =
                            (places_named.iter()).all(|(_, t)| t.span.end <= *heading_end);
                        let unit_inside = || {
                            place
                                .as_ref()
                                .is_some_and(|t| t.precision == Precision::Province)
                                && only_units_below_a_province(
                                    sentence_text,
                                    &words,
                                    sentence.start,
                                    toponyms,
                                )
                        };
                        (places.is_empty() && none_since && (!own_unit || unit_inside()))
                            .then(|| place.clone())
                            .flatten()
                    };
                    let scene_place =
                        || scene_before().filter(|_| !own_unit).map(|(t, _)| t.clone());
                    // "Myaing Township, Pakokku District" named before holds the unit named
                    // here alone.
                    let unit_enclosure = || {
                        own_unit
                            .then(|| enclosure_of_unknown_unit(text, &sentence, &words, toponyms))
                            .flatten()
                    };
                    named_back
                        .or_else(unit_enclosure)
                        .or_else(field_place)
                        .or_else(heading_place)
                        .or_else(scene_place)
                        .or_else(|| {
                            // Not when another clause names the place ("shelled El Fasher
                            // …, as the group tightened its siege"); where someone spoke or
                            // ruled is none ("a vote the courts in Madrid had declared
                            // illegal"), nor where the victims came from ("shot dead
                            // labourers from Herat").
                            ((candidates.iter()).all(|t| {
                                t.precision >= Precision::Country
                                    || place::is_where_a_speaker_was(text, t)
                                    || place::is_where_someone_came_from(text, t)
                            }) && !unknown_place())
                            .then(|| place::dateline_town(text, toponyms))
                            .flatten()
                            // The lede holds the dateline; a headline above it is not where
                            // the story was filed.
                            .filter(|t| sentence.contains(&t.span.start))
                            // "MOSCOW — … fought off an attack on its air base in Syria",
                            // "DOHA — Syria's new rulers announced": the lede places it in
                            // another country, or names the one the story is about.
                            .filter(|t| {
                                let country_of = |t: &Toponym| &gazetteer.place(t.place).country;
                                let main_country = main_country.get_or_init(|| story_country(true));
                                let in_lede =
                                    (toponyms.iter()).filter(|c| sentence.contains(&c.span.start));
                                !in_lede.into_iter().any(|c| {
                                    c.precision == Precision::Country
                                        && c.form == MentionForm::Name
                                        && country_of(c) != country_of(t)
                                        && (after_a_locative(text, c)
                                            || main_country.as_ref() == Some(country_of(c)))
                                })
                            })
                            // "BANGKOK — Soldiers exchanged gunfire in a disputed border
                            // area": the lede places it at a border, not where it was filed;
                            // "COTONOU — … attacked two posts in northern Benin": in a part of
                            // the country.
                            .filter(|_| !elsewhere_in_the_country(&words))
                            .filter(|t| {
                                !(toponyms.iter()).any(|c| {
                                    sentence.contains(&c.span.start)
                                        && c.precision == Precision::Country
                                        && gazetteer.place(c.place).country
                                            == gazetteer.place(t.place).country
                                        && text[..c.span.start]
                                            .split_whitespace()
                                            .next_back()
                                            .is_some_and(crate::geoparse::is_compass_adjective)
                                })
                            })
                            // A dateline in title case heads a release from a capital
                            // ("Juba, 3 March 2025 — …"), whose lede may be elsewhere
                            // ("burned homes in Ulang").
                            .filter(|t| {
                                !text[t.span.clone()].contains(char::is_lowercase)
                                    || !names_an_unknown_place_after_a_locative(
                                        sentence_text,
                                        &words,
                                        sentence.start,
                                        toponyms,
                                    )
                            })
                            .cloned()
                        })
                }
                // "Junta troops return to Lashio … The MNDAA handed the northern Shan State
                // city back": a province that qualifies a definite town noun points back at
                // the town of it named last.
                None => match places.as_slice() {
                    [t] if t.precision == Precision::Province && qualifies_a_town_noun(text, t) => {
                        let province = gazetteer.place(t.place);
                        (places_named.iter().rev())
                            .take_while(|(at, _)| sentence_number - at <= INHERIT_WITHIN_SENTENCES)
                            .map(|(_, town)| town)
                            .find(|town| {
                                let place = gazetteer.place(town.place);
                                town.precision == Precision::Town
                                    && (&place.country, &place.admin1)
                                        == (&province.country, &province.admin1)
                            })
                            .cloned()
                    }
                    _ => None,
                },
            };
            let places = if inherited.is_some() {
                Vec::new()
            } else {
                places
            };
            let place_inherited = inherited.is_some();
            // A report that points back at a place ("the airfield") continues the story told
            // there: with no time of its own, it takes the time of the last dated report there.
            // A scene's place comes with its time ("This morning, officers in Afgoye…").
            let scene_time = || {
                let (t, time) = scene_before()?;
                (inherited.as_ref()?.place == t.place).then_some(*time)?
            };
            let time = stated
                .or(time_of_same_kind)
                .or_else(scene_time)
                .or_else(|| {
                    let place = inherited.as_ref()?.place;
                    last_dated
                        .get(&place)
                        .filter(|(at, _)| sentence_number - at <= INHERIT_WITHIN_SENTENCES)
                        .map(|(_, time)| *time)
                })
                .or_else(|| {
                    dated_topic
                        .filter(|(at, _)| sentence_number - at <= INHERIT_WITHIN_SENTENCES)
                        .map(|(_, time)| time)
                })
                .or_else(&lede_time)
                .or_else(|| recent_week(published));
            // A note's narrative that names no place, nor points back at one, happened where
            // the fields its line opened with say ("29.08.2023 | Boucle du Mouhoun - Kossi
            // province | JNIM. Fighters looted shops").
            let header_fields = || {
                let header = place::line_before(text, sentence.start);
                if header.matches('|').count() < 2 {
                    return Vec::new();
                }
                let start = sentence.start - header.len();
                let fields =
                    place::candidates(text, &(start..sentence.start), toponyms, starts_trigger);
                place::event_places(text, &fields, &trigger_at, trigger.kind)
            };
            let places = if inherited.is_none() && places.is_empty() {
                header_fields()
            } else {
                places
            };
            // A first-person account's report of violence with no day of its own happened on
            // the last day the account stated; with no place either, where the account last
            // was, or else at the witness's home. (Not what it asks for: "we ask the deminers
            // to come".)
            let violence = trigger.kind.is_violent()
                || trigger.kind.event_type() == EventType::ViolenceAgainstCivilians
                || matches!(trigger.kind, EventKind::Destruction | EventKind::Looting);
            let account_day = account.day.filter(|_| violence && stated.is_none());
            let unplaced = inherited.is_none() && places.is_empty();
            // A letter or a statement in the first person tells what befell its writers where
            // they live ("We, residents of Mala Bilozerka … On Monday soldiers came to the
            // house of our village head and took him off in a car"); a diary, what happened
            // where they had gone ("We went to Jobar this morning … they brought out the
            // remains of nine people").
            let writers_place = || {
                (*first_person.get_or_init(|| written_in_the_first_person(text)))
                    .then(|| {
                        (writers_scene.clone()).or_else(|| violence.then(witness_home).flatten())
                    })
                    .flatten()
            };
            let account_scene = match account_day {
                Some(_) if unplaced => account.place.clone().or_else(witness_home),
                None if unplaced => writers_place(),
                _ => None,
            };
            let time = account_day.or(time);
            let placed_by_the_account = account_scene.is_some();
            let place_inherited = place_inherited || placed_by_the_account;
            let places: Vec<Option<Toponym>> = if let Some(t) = inherited.or(account_scene) {
                vec![Some(t)]
            } else if places.is_empty() {
                vec![None]
            } else {
                places.into_iter().map(Some).collect()
            };
            for place in places {
                if let Some(t) = place
                    .as_ref()
                    .filter(|t| !place::is_reference_point(text, t))
                {
                    // "air strikes on Sanaa, hours after the Houthis claimed an attack on Abu
                    // Dhabi": "the city" of the next sentence is the main clause's place.
                    let beside_a_placed_report = clauses[own_clause].told_beside_another()
                        && places_named
                            .last()
                            .is_some_and(|(at, _)| *at == sentence_number);
                    if !beside_a_placed_report
                        && !told_as_far_away(text, t)
                        && !stated.is_some_and(of_a_past_month)
                    {
                        places_named.push((sentence_number, t.clone()));
                    }
                    // What a clause "a day after" tells is told in passing: later reports
                    // that point back mean the main one.
                    let in_passing = counted_day.is_some();
                    if !place_inherited && !in_passing {
                        last_placed.insert(trigger.kind, (sentence_number, t.clone(), time));
                    }
                    // A past year's report there ("It recalled November 2012, when the
                    // movement held Goma") dates no later report that points back.
                    let past_year =
                        |time: &DateRange| before_the_year_of(time.end.year(), published);
                    // So is the event an act there is linked to, for the place's day ("was
                    // arrested in Chilpancingo on Thursday in connection with the killing of
                    // the mayor, found on 6 October. Two others were detained in the city").
                    let linked_to_the_act_there = linked_at.is_some()
                        && (last_dated.get(&t.place)).is_some_and(|(at, _)| *at == sentence_number);
                    if let Some(time) = stated
                        .filter(|time| !in_passing && !linked_to_the_act_there && !past_year(time))
                    {
                        last_dated.insert(t.place, (sentence_number, time));
                    }
                }
                drafts.push(Draft {
                    mention: EventMention {
                        article,
                        kind: toll_of.unwrap_or(reported_kind),
                        sentence: sentence.clone(),
                        trigger: trigger_at.clone(),
                        place,
                        time,
                        day_stated,
                        actors: actors.clone(),
                        quantities: quantities.clone(),
                        casualties: (tolls
                            .get_mut(statement_at(sentence_text, trigger.span.start)))
                        .map(std::mem::take)
                        .unwrap_or_default(),
                        reported,
                        hedged,
                        caption,
                        place_inherited,
                        place_corrected: false,
                        // Weighed once the report has its place (see `place_the_placeless`).
                        confidence: 0.0,
                    },
                    concrete: concrete || placed_by_the_account,
                    own_unit,
                });
            }
        }
        // A sentence that places one of its reports reports the others only in passing.
        let first_of_sentence = drafts.len()
            - drafts
                .iter()
                .rev()
                .take_while(|d| d.mention.sentence == sentence)
                .count();
        if drafts[first_of_sentence..]
            .iter()
            .any(|d| d.mention.place.is_some())
        {
            let of_sentence = drafts.split_off(first_of_sentence);
            drafts.extend(
                of_sentence
                    .into_iter()
                    .filter(|d| d.mention.place.is_some()),
            );
        }
        if places_named
            .last()
            .is_none_or(|(at, _)| *at < sentence_number)
            && !main_time.is_some_and(of_a_past_month)
            && let Some(best) = best_of_sentence()
        {
            places_named.push((sentence_number, best));
        }
    }
    // A short report that names one place only: an event it tells with no place is there
    // ("Funerals filled the streets of Monywa. Two days earlier, soldiers had opened fire on
    // the marchers").
    for draft in drafts.iter_mut().filter(|d| d.mention.place.is_none()) {
        if let Some((_, place)) = (geolocated.iter()).find(|(s, _)| *s == draft.mention.sentence) {
            draft.mention.place = Some(place.clone());
            draft.mention.place_inherited = true;
        }
    }
    drop_talks_abroad(gazetteer, &mut drafts);
    drop_background_abroad(gazetteer, text, &mut drafts);
    drop_years_past(&mut drafts, published);
    join_protests_to_their_intervention(&mut drafts);
    let lone_place = (sentences.len() <= SHORT_REPORT_SENTENCES)
        .then(|| places_named.first())
        .flatten()
        .filter(|(_, first)| places_named.iter().all(|(_, t)| t.place == first.place))
        .map(|(_, t)| t.clone());
    // (Not where someone speaks from: "13:05 — Washington confirms it will lift the ban".)
    let speaks = |t: &Toponym| {
        let next = text[t.span.end..].split_whitespace().next().unwrap_or("");
        SPEAKING.contains(&next) || place::is_where_a_speaker_was(text, t)
    };
    let in_an_entry = |t: &&Toponym| {
        let at = entries.partition_point(|s| s.end <= t.span.start);
        entries.get(at).is_some_and(|s| s.contains(&t.span.start))
    };
    let unplaced = Unplaced {
        lone_place,
        entry_places: (toponyms.iter())
            .filter(in_an_entry)
            .filter(|t| t.precision <= Precision::District && !speaks(t))
            .cloned()
            .collect(),
        entries,
        header_town: group_header_town(text, toponyms),
        // (Read only when a report has no place.)
        landmarks: if (drafts.iter()).any(|d| d.mention.place.is_none() && d.concrete) {
            landmarks_named_with_their_towns(text, toponyms)
        } else {
            Vec::new()
        },
    };
    place_the_placeless(text, drafts, &unplaced)
}

/// Words before a landmark's name ("close to the Fourth Circle", "at Freedom Square").
const LANDMARK_OPENERS: &[&str] = &[
    "the", "at", "in", "on", "near", "outside", "around", "into", "to", "from", "opposite",
];

/// Sites that a text names with their town ("a high school in Zwedru", "our Hluti branch") and
/// later as "the school", "the branch".
const SITES: &[&str] = &[
    "school",
    "branch",
    "market",
    "mosque",
    "church",
    "hotel",
    "clinic",
    "campus",
    "university",
    "factory",
    "warehouse",
    "courthouse",
    "prison",
    "agency",
];

/// A landmark or a site named with its town or district.
struct Landmark {
    /// The landmark's name ("Fourth Circle"), or the site's noun ("school").
    name: String,
    /// Whether `name` is a site's noun, which "the" points back at.
    site: bool,
    /// The town or district.
    place: Toponym,
}

impl Landmark {
    /// Whether a sentence (`words` its words) names the landmark again ("around the Fourth
    /// Circle", "entered the school compound", "the branch's cash machine").
    fn named_in(&self, sentence: &str, words: &[Word]) -> bool {
        if !self.site {
            return sentence.contains(self.name.as_str());
        }
        words.windows(2).any(|pair| {
            let word = pair[1].lower.as_str();
            let noun = (word.strip_suffix("'s"))
                .or_else(|| word.strip_suffix("\u{2019}s"))
                .unwrap_or(word);
            pair[0].lower == "the" && noun == self.name
        })
    }
}

/// The landmarks a text names with their town or district ("a hotel close to the Fourth
/// Circle in Amman", "outside the Abdali Court House, Amman"), and the sites ("a public high
/// school in Zwedru", "our Hluti branch").
fn landmarks_named_with_their_towns(text: &str, toponyms: &[Toponym]) -> Vec<Landmark> {
    /// Words of a landmark's name, at most.
    const MAX_LANDMARK_WORDS: usize = 4;
    let mut landmarks: Vec<Landmark> = Vec::new();
    for (i, t) in toponyms.iter().enumerate() {
        if t.precision > Precision::District {
            continue;
        }
        // "our Hluti branch".
        let next = words(crate::text::head(&text[t.span.end..], 16));
        if text[t.span.end..].starts_with(' ')
            && let Some(site) = next.first().filter(|w| SITES.contains(&w.lower.as_str()))
        {
            landmarks.push(Landmark {
                name: site.lower.to_string(),
                site: true,
                place: t.clone(),
            });
        }
        let before = &text[..t.span.start];
        let Some(before) = (before.strip_suffix(" in "))
            .or_else(|| before.strip_suffix(" at "))
            .or_else(|| before.strip_suffix(", "))
        else {
            continue;
        };
        // "a public high school in Zwedru".
        if let Some(site) = before.rsplit(' ').next().filter(|w| SITES.contains(w)) {
            landmarks.push(Landmark {
                name: site.to_string(),
                site: true,
                place: t.clone(),
            });
            continue;
        }
        // The capitalised words just before, not a place's own ("Lofa County, Voinjama").
        let last_place_end = i.checked_sub(1).map_or(0, |j| toponyms[j].span.end);
        let name: Vec<&str> = crate::text::tail(before, 60)
            .rsplit(' ')
            .take_while(|w| {
                w.starts_with(char::is_uppercase) && w.chars().all(char::is_alphanumeric)
            })
            .take(MAX_LANDMARK_WORDS + 1)
            .collect();
        let name = match name.as_slice() {
            [.., "The"] => &name[..name.len() - 1],
            all => all,
        };
        let phrase: String = (name.iter().rev()).copied().collect::<Vec<_>>().join(" ");
        // Two words or more, after "the" or a preposition of place: not a speaker ("Police in
        // Kabul said").
        let opens = before.len() - phrase.len();
        let word_before = before[..opens].trim_end().rsplit(' ').next().unwrap_or("");
        if !(2..=MAX_LANDMARK_WORDS).contains(&name.len())
            || opens < last_place_end
            || !LANDMARK_OPENERS.contains(&word_before.to_lowercase().as_str())
        {
            continue;
        }
        landmarks.push(Landmark {
            name: phrase,
            site: false,
            place: t.clone(),
        });
    }
    landmarks
}

/// What places a report with none (see [`place_the_placeless`]).
struct Unplaced {
    /// The short article's one place.
    lone_place: Option<Toponym>,
    /// The sentences that open with a time of day: a log's or a chat's entries.
    entries: Vec<Range<usize>>,
    /// The towns and districts named in those entries, in order.
    entry_places: Vec<Toponym>,
    /// The town its group header names (see [`group_header_town`]).
    header_town: Option<Toponym>,
    /// Landmarks named with their towns, in the text's order (see
    /// [`landmarks_named_with_their_towns`]).
    landmarks: Vec<Landmark>,
}

/// Verbs of a government or an official right after a place's name ("Washington confirms").
const SPEAKING: &[&str] = &[
    "says",
    "said",
    "confirms",
    "confirmed",
    "announces",
    "announced",
    "insists",
    "denies",
    "denied",
    "claims",
    "claimed",
    "warns",
    "warned",
];

/// The sentences of a log or a chat: those that open with a time of day. None in a
/// recording's chapters, whose times count from 00:00 ("00:00 Headlines, 15:20 Drones and the
/// strike campaign").
fn log_entries(text: &str, sentences: &[Range<usize>]) -> Vec<Range<usize>> {
    let entries: Vec<Range<usize>> = (sentences.iter())
        .filter(|s| opens_with_a_clock_time(&text[(*s).clone()]))
        .cloned()
        .collect();
    let chapters = (entries.iter()).any(|s| text[s.clone()].trim_start().starts_with("00:00"));
    if chapters { Vec::new() } else { entries }
}

/// Whether `sentence` is one of `entries` (in order, as [`log_entries`] gives them).
fn is_an_entry(entries: &[Range<usize>], sentence: &Range<usize>) -> bool {
    (entries.binary_search_by_key(&sentence.start, |s| s.start))
        .is_ok_and(|at| entries[at] == *sentence)
}

/// Whether a sentence opens with a time of day, as a log's or a chat's entry does ("06:20 a
/// drone hit the roof", "19h32 youths with machetes attacking passers-by"): what it tells was
/// seen then.
fn opens_with_a_clock_time(sentence: &str) -> bool {
    let digits = |s: &[u8]| s.iter().take_while(|b| b.is_ascii_digit()).count();
    let start = sentence.trim_start().as_bytes();
    let hours = digits(start);
    let rest = &start[hours..];
    (1..=2).contains(&hours)
        && matches!(rest.first(), Some(b':' | b'h'))
        && digits(&rest[1..]) == 2
        && !rest.get(3).is_some_and(u8::is_ascii_alphanumeric)
}

/// The town named in the header of a chat's or an alert group's messages, in brackets or
/// stars ("[WhatsApp group - Grozny residents]", "*Koumassi Remblais - Groupe d'alerte*"):
/// where what the messages tell with no place of its own happened.
fn group_header_town(text: &str, toponyms: &[Toponym]) -> Option<Toponym> {
    const GROUP_WORDS: &[&str] = &["group", "groupe", "grupo", "whatsapp", "telegram", "alert"];
    let line = text.lines().next()?;
    let header = line.trim();
    if header.len() > MAX_HEADER_BYTES {
        return None;
    }
    let enclosed = (header.starts_with('[') && header.ends_with(']'))
        || (header.len() > 1 && header.starts_with('*') && header.ends_with('*'));
    let lower = header.to_lowercase();
    if !enclosed || !GROUP_WORDS.iter().any(|w| lower.contains(w)) {
        return None;
    }
    // Named there, or named later in words the header opens with ("*Koumassi Remblais*",
    // a quarter the gazetteer lacks, of the Koumassi the messages name).
    let in_header = |t: &&Toponym| {
        t.span.end <= line.len()
            || header
                .split(|c: char| !c.is_alphanumeric() && c != '-' && c != '\'')
                .any(|word| word == t.surface.as_str())
    };
    (toponyms.iter())
        .filter(in_header)
        .find(|t| t.precision == Precision::Town)
        .cloned()
}

/// Drops the talks and agreements told in passing (with no day of their own, no toll) and
/// placed in a country where none of the story's other events happened: a venue abroad
/// ("the Taliban, who are in talks with US envoys in Doha", "peace talks hosted in Entebbe have
/// stalled", "the accord signed in Algiers in 2015") is no place of the war the story maps.
/// Talks told as news keep their venue ("met Taliban representatives in Tehran on Wednesday").
fn drop_talks_abroad(gazetteer: &Gazetteer, drafts: &mut Vec<Draft>) {
    let diplomatic = |kind: EventKind| matches!(kind, EventKind::Talks | EventKind::Agreement);
    let country_of = |t: &Toponym| gazetteer.place(t.place).country.as_str();
    // The countries of the story's other events, and of the talks it tells as news.
    let theatre: FxHashSet<&str> = drafts
        .iter()
        .filter(|d| !diplomatic(d.mention.kind) || d.concrete)
        .filter_map(|d| d.mention.place.as_ref())
        .map(country_of)
        .collect();
    if theatre.is_empty() {
        return;
    }
    drafts.retain(|d| {
        !diplomatic(d.mention.kind)
            || d.concrete
            || (d.mention.place.as_ref()).is_none_or(|t| theatre.contains(country_of(t)))
    });
}

/// Drops the events told after the report's lead, in a country none of the lead's events is
/// in, far from all of them, and over before the lead's first day: another theatre's
/// background ("The strikes came days after the Houthis launched drones at Abu Dhabi on Jan.
/// 17", "a violation of the agreement signed in Doha in February 2020"), which a folder maps
/// from its own reports, not from a line of this one. Across a border near the lead, it is
/// the same war's ("Taliban fighters took Sher Khan Bandar last month" in a story of soldiers
/// fleeing into Tajikistan) and stays. The lead is the line of the report's first placed
/// event. Reports of one line keep all their events, and so do the items of a list.
fn drop_background_abroad(gazetteer: &Gazetteer, text: &str, drafts: &mut Vec<Draft>) {
    let Some(first) = (drafts.iter())
        .filter(|d| d.mention.place.is_some())
        .map(|d| d.mention.sentence.start)
        .min()
    else {
        return;
    };
    let lead_end = text[first..].find('\n').map_or(text.len(), |at| first + at);
    let in_lead = |d: &Draft| d.mention.sentence.start < lead_end;
    let lead = || drafts.iter().filter(|d| in_lead(d));
    let lead_places: Vec<&crate::gazetteer::Place> = lead()
        .filter_map(|d| d.mention.place.as_ref())
        .map(|t| gazetteer.place(t.place))
        .collect();
    // In none of the lead's countries, and far from all its places.
    let abroad_and_far = |t: &Toponym| {
        let place = gazetteer.place(t.place);
        (lead_places.iter()).all(|lead| {
            lead.country != place.country
                && crate::geography::haversine_km(place.lat, place.lon, lead.lat, lead.lon)
                    > BACKGROUND_ABROAD_KM
        })
    };
    let Some(lead_day) = lead().filter_map(|d| d.mention.time).map(|t| t.start).min() else {
        return;
    };
    // (Not an item of a list: "• Kherson city: On 12 June, shelling hit ..." is a report.)
    let listed = |d: &Draft| {
        let line_start = text[..d.mention.sentence.start]
            .rfind('\n')
            .map_or(0, |at| at + 1);
        text[line_start..]
            .trim_start()
            .starts_with(['•', '-', '*', '–', '·', '▪'])
    };
    let background = |d: &Draft| {
        !in_lead(d)
            && !listed(d)
            && d.mention.place.as_ref().is_some_and(abroad_and_far)
            && d.mention.time.is_some_and(|t| t.end < lead_day)
    };
    drafts.retain(|d| !background(d));
}

/// How far from every place of a report's lead an event abroad told after it is another
/// theatre's background (see [`drop_background_abroad`]).
const BACKGROUND_ABROAD_KM: f64 = 300.0;

/// A protest and the force used on it at its place and time are one happening, a protest
/// with intervention (or with excessive force): the protest's reports take that kind, and
/// join its event.
fn join_protests_to_their_intervention(drafts: &mut [Draft]) {
    let force: Vec<(EventKind, crate::gazetteer::PlaceId, Option<DateRange>)> = (drafts.iter())
        .map(|d| &d.mention)
        .filter(|m| {
            matches!(
                m.kind,
                EventKind::ProtestIntervention | EventKind::ProtestCrackdown
            )
        })
        .filter_map(|m| Some((m.kind, m.place.as_ref()?.place, m.time)))
        .collect();
    for mention in drafts.iter_mut().map(|d| &mut d.mention) {
        let Some(place) = mention.place.as_ref().map(|t| t.place) else {
            continue;
        };
        if mention.kind != EventKind::Protest {
            continue;
        }
        let used = (force.iter()).find(|(_, at, time)| {
            *at == place && time.zip(mention.time).is_some_and(|(a, b)| a.overlaps(&b))
        });
        if let Some((kind, _, _)) = used {
            mention.kind = *kind;
        }
    }
}

/// Drops the events dated only by a year before the year of publication: background ("Kunduz
/// was briefly overrun in 2015", "the fronts, which saw fierce battles in 2019"), which would
/// stand on the map for a whole year long past. Events of a past month or day stay ("the
/// insurgents took Palma in March 2021").
fn drop_years_past(drafts: &mut Vec<Draft>, published: Option<NaiveDate>) {
    drafts.retain(|d| {
        d.mention.time.is_none_or(|time| {
            time.precision != TimePrecision::Year || !before_the_year_of(time.end.year(), published)
        })
    });
}

/// Reports of at most this many sentences may place an event by their one place.
const SHORT_REPORT_SENTENCES: usize = 4;

/// Words before a name that make it a place even where the name is also an armed group's
/// ("fighting in Tigray" beside "Tigray forces").
const LOCATIVE_WORDS: &[&str] = &[
    "in", "at", "near", "of", "to", "from", "into", "across", "around", "outside", "inside",
    "towards", "toward", "through", "on",
];

/// Whether a locative word comes just before the name, or before a word of direction ("in
/// Syria", "across Ukraine", "in eastern Afghanistan").
fn after_a_locative(text: &str, toponym: &Toponym) -> bool {
    let before = words(crate::text::tail(&text[..toponym.span.start], 32));
    let mut back = before.iter().rev().map(|w| w.lower.as_str());
    let last = match back.next() {
        Some(direction) if place::DIRECTION_ADJECTIVES.contains(&direction) => back.next(),
        last => last,
    };
    last.is_some_and(|w| LOCATIVE_WORDS.contains(&w))
}

/// Whether a sentence opens with people told of before: "Some of them", "At about 11:30 several
/// of them", "They".
fn refers_back_to_people(words: &[Word]) -> bool {
    /// The words that may open the sentence before "they" or "of them" (a time: "At about
    /// 11:30").
    const OPENING_WORDS: usize = 6;
    (words.iter().take(OPENING_WORDS)).any(|w| w.lower == "they")
        || (words.windows(2).take(OPENING_WORDS))
            .any(|pair| pair[0].lower == "of" && pair[1].lower == "them")
}

/// Words by which a sentence that reports nothing names the day the next ones tell of: "Report
/// on the events of Monday 4 March", "Item 3: the incident of 12 May".
const TOPIC_OF_A_DAY: &[&str] = &[
    "events of",
    "events on",
    "incident of",
    "incidents of",
    "incident on",
    "incidents on",
];

/// Whether a line opens with the field of the day of what it reports: "Date:", "Date of loss:",
/// "Date and time of incident:", "Incident date:" (not "Date of note:", the report's own).
fn is_a_date_field(line: &str) -> bool {
    /// What a date field may be of.
    const HAPPENINGS: &[&str] = &["loss", "incident", "event", "attack", "occurrence"];
    let Some((label, _)) = line.split_once(':') else {
        return false;
    };
    let label = label.to_ascii_lowercase();
    let words: Vec<&str> = label.split_whitespace().collect();
    match words.as_slice() {
        ["date"] | ["date", "and", "time"] => true,
        [happening, "date"] => HAPPENINGS.contains(happening),
        ["date", rest @ ..] => {
            rest.len() <= 5 && rest.iter().any(|w| HAPPENINGS.contains(w)) && rest[0] != "note"
        }
        _ => false,
    }
}

/// Whether the name is said to be where something was: "in", "across", "throughout" or
/// "inside" just before it ("police in Eswatini"), not "the pullout of US troops".
fn named_as_where(text: &str, toponym: &Toponym) -> bool {
    let before = words(crate::text::tail(&text[..toponym.span.start], 16));
    (before.last())
        .is_some_and(|w| ["in", "across", "throughout", "inside"].contains(&w.lower.as_str()))
}

/// `toponyms` without the mentions of a name that the article also uses for an armed group
/// ("Fano fighters took the town"), unless a preposition makes them places: the headline
/// "Fano seizes Merawi" speaks of the group, not of the Italian town. `None` when no name is a
/// group's. Linear: each mention is read once for a group noun after it.
fn without_group_names(text: &str, toponyms: &[Toponym]) -> Option<Vec<Toponym>> {
    let groups: FxHashSet<&str> = (toponyms.iter())
        .filter(|t| crate::text::names_a_group(text, &t.span))
        .map(|t| &text[t.span.clone()])
        .collect();
    if groups.is_empty() {
        return None;
    }
    Some(
        (toponyms.iter())
            .filter(|t| {
                !groups.contains(&text[t.span.clone()])
                    || after_a_locative(text, t)
                    || before_a_settlement_noun(text, t)
            })
            .cloned()
            .collect(),
    )
}

/// `toponyms` without the namesakes a text sets aside ("Kohistan district in Badakhshan (not
/// the Kohistan district of Faryab)", "Chernihivka (not to be confused with Chernihiv in the
/// north)"): the name right after the marker and the places that describe it, to the end of
/// the aside, are no place of what the text reports. `None` when the text sets none aside.
fn without_namesakes_set_aside(text: &str, toponyms: &[Toponym]) -> Option<Vec<Toponym>> {
    const MARKERS: &[&str] = &[
        "not to be confused with ",
        "Not to be confused with ",
        "(not the ",
        ", not the ",
        "\u{2014} not the ",
    ];
    let asides: Vec<Range<usize>> = (MARKERS.iter())
        .flat_map(|marker| text.match_indices(marker).map(|(at, m)| at + m.len()))
        .filter(|&start| {
            // The marker names the namesake at once.
            let at = toponyms.partition_point(|t| t.span.start < start);
            toponyms.get(at).is_some_and(|t| t.span.start == start)
        })
        .map(|start| {
            let end = (text[start..].find([')', '.', ';', '\n'])).map_or(text.len(), |e| start + e);
            start..end
        })
        .collect();
    if asides.is_empty() {
        return None;
    }
    let set_aside = |t: &Toponym| asides.iter().any(|a| a.contains(&t.span.start));
    Some(toponyms.iter().filter(|t| !set_aside(t)).cloned().collect())
}

/// Nouns of settlements that make the name before them a place's ("the alleys of the Jenin
/// refugee camp" beside "the Jenin Brigade").
const SETTLEMENT_NOUNS: &[&str] = &[
    "camp",
    "refugee",
    "town",
    "city",
    "village",
    "district",
    "province",
    "governorate",
    "region",
    "countryside",
    "neighbourhood",
    "neighborhood",
    "area",
    "suburbs",
];

/// Whether a settlement noun follows the name ("Jenin refugee camp", "Fano town" is none).
fn before_a_settlement_noun(text: &str, toponym: &Toponym) -> bool {
    let after = words(crate::text::head(&text[toponym.span.end..], 16));
    (after.first()).is_some_and(|w| SETTLEMENT_NOUNS.contains(&w.lower.as_str()))
}

/// `toponyms` with each country named as having its capital ("rallied in the capital of
/// Niger", "clashes in the Libyan capital", "in Qatar's capital") standing for that capital,
/// where the gazetteer knows it. `None` when no country is so named.
fn with_capitals(gazetteer: &Gazetteer, text: &str, toponyms: &[Toponym]) -> Option<Vec<Toponym>> {
    let capital = |t: &Toponym| {
        if t.precision != Precision::Country {
            return None;
        }
        let before = crate::text::tail(&text[..t.span.start], 16).to_ascii_lowercase();
        let after = crate::text::head(&text[t.span.end..], 14).to_lowercase();
        // Not "the capital of Russia's Dagestan region", a province's, nor "capital of the
        // French Pacific territory", where a people's name qualifies another unit.
        let of_another_unit =
            crate::text::opens_with_possessive(&after) || t.form == MentionForm::Demonym;
        // "the Libyan capital", "Qatar's capital" (not "Libya's capital, Tripoli,": the
        // capital's own name follows).
        let before_capital = [" capital", "'s capital", "\u{2019}s capital"]
            .iter()
            .any(|p| {
                after.strip_prefix(p).is_some_and(|rest| {
                    !rest.starts_with(char::is_alphabetic)
                        && (p.starts_with(' ') || !rest.starts_with(", "))
                })
            });
        let named = (["capital of ", "capital of the "].iter())
            .any(|p| before.ends_with(p) && !of_another_unit)
            || before_capital;
        named.then(|| gazetteer.capital_of(&gazetteer.place(t.place).country))?
    };
    if !toponyms.iter().any(|t| capital(t).is_some()) {
        return None;
    }
    Some(
        (toponyms.iter())
            .map(|t| match capital(t) {
                Some(place) => Toponym {
                    place,
                    precision: Precision::Town,
                    form: MentionForm::Name,
                    alternatives: Box::new([]),
                    ..t.clone()
                },
                None => t.clone(),
            })
            .collect(),
    )
}

/// Words before "the" and a place that make it where someone went.
const DESTINATION_WORDS: &[&str] = &["to", "toward", "towards", "into", "for"];

/// Labels of a bulletin's field that tells what came before its incident, or of a claim's
/// terms ("Policy: multi-risk, with a riots and terrorism extension").
const BACKGROUND_FIELDS: &[&str] = &[
    "background:",
    "context:",
    "cover:",
    "cumulative:",
    "history:",
    "policy:",
    "previous incidents:",
    "previous incident:",
    "prior incidents:",
    "similar incidents:",
];

/// Whether a sentence opens with a label of [`BACKGROUND_FIELDS`].
fn opens_a_background_field(sentence: &str) -> bool {
    field_label(sentence, BACKGROUND_FIELDS).is_some()
}

/// The label of `labels` a sentence opens with, in any case ("Location: …", "CONTEXT: …").
fn field_label<'a>(sentence: &str, labels: &[&'a str]) -> Option<&'a str> {
    let head = crate::text::head(sentence.trim_start(), 20).to_lowercase();
    labels
        .iter()
        .find(|label| head.starts_with(**label))
        .copied()
}

/// Labels of the field that places a bulletin's incident ("Location: Mile 3, Bamenda."), a
/// missing-person notice's ("Last seen: Sunday, near the market in Gulu") or a health-care
/// attack report's ("Facility: the district hospital, Marjayoun") or a claim note's ("Insured:
/// hardware shop, main road, Ben Guerdane").
const LOCATION_FIELDS: &[&str] = &[
    "location:",
    "location of loss:",
    "insured:",
    "address:",
    "premises:",
    "place:",
    "area:",
    "where:",
    "last seen:",
    "facility:",
    "position:",
];

/// The place a bulletin's location field names ("Incident: IED against a vehicle. Location:
/// near the airstrip, Mandera county."), or a verification post's place of its video ("We
/// geolocated the clip to the main road of Bangassou"), where its place-less reports happened.
/// A position at sea or on a lake is given from a town ("12 km north-west of Bol"): that
/// town.
fn location_field(text: &str, sentences: &[Range<usize>], toponyms: &[Toponym]) -> Option<Toponym> {
    let place_of = |field: &Range<usize>, label: &str| {
        let candidates = place::candidates(text, field, toponyms, |_| false);
        let places = place::event_places(
            text,
            &candidates,
            &(field.start..field.start),
            EventKind::Assault,
        );
        let below_a_country = |t: &&Toponym| t.precision < Precision::Country;
        (places.iter().filter(below_a_country))
            .find(|t| !place::is_reference_point(text, t))
            .or_else(|| (label == "position:").then(|| places.iter().find(below_a_country))?)
            .cloned()
    };
    // An insured's field places the loss only when it names premises, not a carrier's office
    // ("Insured: Sahel Express Transit, Ouagadougou" lost a truck on the road).
    let premises =
        |field: &str| (words(field).iter()).any(|w| PREMISES.contains(&w.lower.as_str()));
    sentences.iter().find_map(|s| {
        let field = &text[s.clone()];
        let label = field_label(field, LOCATION_FIELDS)
            .filter(|label| *label != "insured:" || premises(field))
            .or_else(|| geolocates(field).then_some("geolocated"))?;
        place_of(s, label)
    })
}

/// Words of an insured's premises, where its loss happened.
const PREMISES: &[&str] = &[
    "shop",
    "store",
    "warehouse",
    "branch",
    "house",
    "home",
    "premises",
    "factory",
    "hotel",
    "building",
    "workshop",
    "restaurant",
    "pharmacy",
    "bakery",
    "clinic",
    "garage",
    "farm",
    "residence",
    "dwelling",
];

/// The town the article names most, if it names it [`MAIN_TOWN_MENTIONS`] times and twice as
/// often as any other.
fn main_town_of<'a>(text: &str, toponyms: &'a [Toponym]) -> Option<&'a Toponym> {
    let mut counts: FxHashMap<crate::gazetteer::PlaceId, (usize, &Toponym)> = FxHashMap::default();
    // Not the dateline, nor a capital speaking for its government ("ANKARA — … days after
    // Ankara vowed to retaliate"): the desk and the speaker are no town of the story.
    let dateline = place::dateline_town(text, toponyms).map(|t| t.span.clone());
    for t in toponyms {
        if t.precision == Precision::Town
            && !place::is_reference_point(text, t)
            && dateline.as_ref() != Some(&t.span)
            && !crate::text::speaks_for_a_government(text, &t.span)
        {
            counts.entry(t.place).or_insert((0, t)).0 += 1;
        }
    }
    let mut ranked: Vec<(usize, &Toponym)> = counts.into_values().collect();
    ranked.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.span.start.cmp(&b.1.span.start)));
    let (first, town) = *ranked.first()?;
    let second = ranked.get(1).map_or(0, |r| r.0);
    (first >= MAIN_TOWN_MENTIONS && first >= 2 * second).then_some(town)
}

/// The country of most of the story's places named (not its dateline, nor a capital speaking
/// for its government), with the countries named when `with_countries` (not their demonyms),
/// if one has more than any other: the country a story filed from abroad is about.
fn main_country_of(
    gazetteer: &Gazetteer,
    text: &str,
    toponyms: &[Toponym],
    dateline: Option<&Toponym>,
    with_countries: bool,
) -> Option<compact_str::CompactString> {
    let mut counts: FxHashMap<&str, usize> = FxHashMap::default();
    for t in toponyms.iter().filter(|t| {
        let counted = match t.precision {
            Precision::Country => with_countries && t.form == MentionForm::Name,
            Precision::Region => false,
            _ => !crate::text::speaks_for_a_government(text, &t.span),
        };
        counted && dateline.is_none_or(|d| t.span != d.span)
    }) {
        *counts
            .entry(gazetteer.place(t.place).country.as_str())
            .or_default() += 1;
    }
    let mut ranked: Vec<(&str, usize)> = counts.into_iter().collect();
    ranked.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
    match ranked.as_slice() {
        [(country, _)] => Some((*country).into()),
        [(country, first), (_, second), ..] if first > second => Some((*country).into()),
        _ => None,
    }
}

/// Words after "the" that point back at an event's casualties ("one of the dead").
const THE_DEAD: &[&str] = &["dead", "victims", "wounded", "injured"];

/// Words of someone gone missing, before "since" and the day it happened.
const MISSING: &[&str] = &[
    "missing",
    "disappeared",
    "unaccounted for",
    "held",
    "detained",
];

/// The first date, with its year, that the opening of a text with no date of publication gives
/// ("Open letter to the Red Cross\n29 June 2022\nOn Monday, 27 June, soldiers came"): the day
/// its weekdays and dates without a year count back from.
fn date_of_an_undated_text(text: &str) -> Option<NaiveDate> {
    first_day(crate::text::head(text, OPENING_DATE_BYTES), None)
}

/// The first single day `text` names (read against `published`).
fn first_day(text: &str, published: Option<NaiveDate>) -> Option<NaiveDate> {
    (find_times(text, published).into_iter())
        .find(|t| t.range.precision == TimePrecision::Day && t.range.start == t.range.end)
        .map(|t| t.range.start)
}

/// Bytes of an undated text's opening read for its date.
const OPENING_DATE_BYTES: usize = 200;

/// Bytes of a bracketed header that opens a sentence, at most.
const MAX_HEADER_BYTES: usize = 300;

/// The day a post or a bulletin gives in its header, when it is some days before the article
/// came out: the day its "today", "this morning" and "yesterday" count from ("From a Suwayda
/// news page, 4/9/2023 (translated): Hundreds gathered in the square this morning"); the day
/// before, for a transcript "broadcast yesterday".
fn date_of_the_post(first_sentence: &str, published: Option<NaiveDate>) -> Option<NaiveDate> {
    let published = published?;
    // "Transcript of an interview broadcast yesterday": its "this morning" is that day's.
    let opening = crate::text::head(first_sentence, MAX_HEADER_BYTES).to_ascii_lowercase();
    if [
        "broadcast yesterday",
        "aired yesterday",
        "recorded yesterday",
    ]
    .iter()
    .any(|said| opening.contains(said))
    {
        return published.pred_opt();
    }
    let (end, _) = header_end(first_sentence)?;
    let day = first_day(&first_sentence[..end], Some(published))?;
    days_before(day, published)
}

/// `day`, when it is some days before `published` (at most [`MAX_POST_DAYS`]).
fn days_before(day: NaiveDate, published: NaiveDate) -> Option<NaiveDate> {
    (day < published && published - day <= chrono::Duration::days(MAX_POST_DAYS)).then_some(day)
}

/// The day that closes a heading line, set off from its title by a comma or a dash: "Field
/// diary — Damascus, Tuesday 18 February 2025" (not a headline's "Five killed in Kabul blast on
/// 3 March"). The text's "today" is that day's.
fn date_closing_a_heading(heading: &str, published: NaiveDate) -> Option<NaiveDate> {
    let heading = heading.trim_end();
    if heading.len() > MAX_HEADING_BYTES || heading.ends_with(['.', '!', '?']) {
        return None;
    }
    let last = find_times(heading, Some(published)).pop()?;
    let closes = heading[last.span.end..].trim().is_empty();
    let before = heading[..last.span.start].trim_end();
    let before = (before.rsplit_once(' '))
        .filter(|(_, weekday)| {
            let weekday = weekday.trim_end_matches(',').to_lowercase();
            crate::text::WEEKDAY_NAMES.contains(&weekday.as_str())
        })
        .map_or(before, |(rest, _)| rest.trim_end());
    let set_off = before.ends_with([',', '\u{2013}', '\u{2014}', '-', '|']);
    let one_day = last.range.precision == TimePrecision::Day && last.range.start == last.range.end;
    (closes && set_off && one_day).then_some(last.range.start)
}

/// The day a line of its own gives among the text's first lines ("Pikine alert group\n
/// 09/10/2018\n15:12 tyres burning at the roundabout this morning"): a chat's or a log's
/// day, which its "this morning" counts from.
fn date_line(text: &str, sentences: &[Range<usize>], published: NaiveDate) -> Option<NaiveDate> {
    sentences
        .iter()
        .take(DATE_LINE_SENTENCES)
        .find_map(|sentence| {
            let line = text[sentence.clone()].trim();
            if line.len() > MAX_HEADING_BYTES {
                return None;
            }
            let times = find_times(line, Some(published));
            let [time] = times.as_slice() else {
                return None;
            };
            let alone = line[..time.span.start].trim().is_empty()
                && line[time.span.end..].trim_matches([' ', '.']).is_empty();
            let one_day =
                time.range.precision == TimePrecision::Day && time.range.start == time.range.end;
            (alone && one_day).then_some(time.range.start)
        })
}

/// How many of a text's first sentences may be its date line.
const DATE_LINE_SENTENCES: usize = 3;

/// Bytes of a heading line that a date may close, at most.
const MAX_HEADING_BYTES: usize = 160;

/// Bytes after a header's colon within which the time that opens what follows starts.
const OPENING_TIME_BYTES: usize = 12;

/// How many days before an article came out a post it quotes may be dated, at most.
const MAX_POST_DAYS: i64 = 7;

/// Where the header that opens a sentence ends, and whether it is bracketed ("[Translated from
/// Burmese - a brigade's page, Monday]") or set off by a colon ("Post by the customs
/// directorate, Tuesday 18 June 2024 (translated):").
fn header_end(sentence: &str) -> Option<(usize, bool)> {
    let head = &sentence.as_bytes()[..sentence.len().min(MAX_HEADER_BYTES)];
    if sentence.starts_with('[') {
        memchr::memchr(b']', head).map(|at| (at, true))
    } else {
        (memchr::memchr(b':', head).filter(|&at| head.get(at + 1) == Some(&b' ')))
            .map(|at| (at, false))
    }
}

/// The times of a sentence but those of a header that opens it, when the rest has a time of
/// its own: "[Translated from Burmese - a brigade's page, Monday] On Saturday our troops
/// attacked…" is Saturday's, not the post's Monday. A header set off by a colon is the post's
/// only when it is later than a day or a date that opens the rest ("Post by the customs
/// directorate, 18 June 2024: On Sunday 16 June…"); else it dates the item ("Najaf, night of
/// 27 November: protesters set fire to the consulate; a curfew was declared the next day").
fn without_a_header_s_time(sentence: &str, mut times: Vec<TimeMention>) -> Vec<TimeMention> {
    let Some((end, bracketed)) = header_end(sentence) else {
        return times;
    };
    let (header, rest): (Vec<&TimeMention>, Vec<&TimeMention>) =
        times.iter().partition(|t| t.span.start <= end);
    // The earlier day opens what the post tells ("…, 18 June 2024: On Sunday 16 June,
    // officers stopped a lorry"), not a noun deep in it ("Northern Aleppo, 1 July: Anger at
    // the attacks in Kayseri on Sunday spread").
    let opens_the_rest = |t: &TimeMention| t.span.start <= end + OPENING_TIME_BYTES;
    let the_post_s = bracketed
        || header.iter().all(|h| {
            (rest.iter()).any(|t| {
                t.kind != TimeKind::Relative && t.range.start < h.range.start && opens_the_rest(t)
            })
        });
    if !rest.is_empty() && the_post_s {
        times.retain(|t| t.span.start > end);
    }
    times
}

/// Whether a time lies in a statement after a semicolon that tells, with "had", of a past
/// before the story ("found the remains of six men in a well; relatives said the men had gone
/// missing at a checkpoint in 2017"): no main time of the sentence.
fn in_a_later_past_perfect_statement(sentence: &str, time: &TimeMention) -> bool {
    let before = &sentence[..time.span.start];
    before
        .rfind(';')
        .is_some_and(|semicolon| (words(&before[semicolon..]).iter()).any(|w| w.lower == "had"))
}

/// Whether two dates may be one happening's, as one article tells it: overlapping, or a week
/// apart at most.
fn close_in_time(a: Option<DateRange>, b: Option<DateRange>) -> bool {
    match (a, b) {
        (Some(a), Some(b)) => {
            a.overlaps(&b)
                || (a.start - b.end)
                    .num_days()
                    .abs()
                    .min((b.start - a.end).num_days().abs())
                    <= 7
        }
        (None, None) => true,
        _ => false,
    }
}

/// Placed reports read on each side of a place-less one, at most.
const NEAREST_READ: usize = 500;

/// The article pass: a report with no place takes the place of the nearest report of the same
/// kind close in time, else the short article's one place (`lone_place`), else the town its
/// group header names (`header_town`); one that still has none is kept only when it is
/// concrete. Each report kept is then weighed
/// ([`EventMention::weigh`]).
fn place_the_placeless(text: &str, drafts: Vec<Draft>, unplaced: &Unplaced) -> Vec<EventMention> {
    let placed: Vec<(usize, EventKind, Option<DateRange>, Toponym)> = drafts
        .iter()
        .enumerate()
        .filter_map(|(i, d)| {
            let m = &d.mention;
            m.place.clone().map(|t| (i, m.kind, m.time, t))
        })
        .collect();
    drafts
        .into_iter()
        .enumerate()
        .filter_map(|(i, draft)| {
            let mut mention = draft.mention;
            if mention.place.is_some() {
                mention.weigh();
                return Some(mention);
            }
            if !draft.concrete {
                return None;
            }

            // A landmark or a site named earlier with its town ("gathered around the Fourth
            // Circle", "a hotel close to the Fourth Circle in Amman").
            // (The nearest ones before the sentence, a bounded number: a huge article stays
            // linear.)
            let sentence_text = &text[mention.sentence.clone()];
            let sentence_words = words(sentence_text);
            let before = (unplaced.landmarks)
                .partition_point(|l| l.place.span.start < mention.sentence.start);
            let landmark = (unplaced.landmarks[..before].iter().rev())
                .take(NEAREST_READ)
                .find(|l| l.named_in(sentence_text, &sentence_words))
                .map(|l| &l.place);
            let fits = |(_, kind, time, _): &&(usize, EventKind, Option<DateRange>, Toponym)| {
                *kind == mention.kind && close_in_time(*time, mention.time)
            };
            // The placed reports on each side, nearest first, a bounded number of them (a huge
            // article stays linear).
            let at = placed.partition_point(|(j, _, _, _)| *j < i);
            let before = placed[..at].iter().rev().take(NEAREST_READ).find(fits);
            let after = placed[at..].iter().take(NEAREST_READ).find(fits);
            let nearest = [before, after]
                .into_iter()
                .flatten()
                .filter(|_| !draft.own_unit)
                .min_by_key(|(j, _, _, _)| j.abs_diff(i));
            // The one place, when named in another sentence: in its own, the event passed it
            // over ("withdrew towards Mazar-i-Sharif").
            let lone = (unplaced.lone_place.as_ref())
                .filter(|t| !mention.sentence.contains(&t.span.start));
            // A log's entry, the place its entries named last ("06:42 object in a culvert near
            // Silopi … 09:55 device neutralised").
            let before =
                (unplaced.entry_places).partition_point(|t| t.span.start < mention.sentence.start);
            let entry = (before.checked_sub(1))
                .map(|last| &unplaced.entry_places[last])
                .filter(|_| is_an_entry(&unplaced.entries, &mention.sentence));
            let place = landmark
                .or(nearest.map(|n| &n.3))
                .or(lone)
                .or(entry)
                .or(unplaced.header_town.as_ref());
            if let Some(place) = place {
                mention.place = Some(place.clone());
                mention.place_inherited = true;
            }
            mention.weigh();
            Some(mention)
        })
        .collect()
}

#[cfg(test)]
mod tests;

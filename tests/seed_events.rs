//! The events issue's acceptance on the seed articles (skipped without `../shared`): copied to
//! a temporary folder as `2021-07-07_004.txt` and `2021-07-14_000.txt` so that their file
//! names date them, then read as the viewer and `newsmap extract --events` read them.

use chrono::NaiveDate;
use newsmap::corpus::Corpus;
use newsmap::eval::events::read_jsonl;
use newsmap::eval::folder::{FolderGold, score_folder};
use newsmap::events::{Event, EventKind};
use newsmap::ingest::read_corpus;
use newsmap::time::TimePrecision;

use crate::common::{date, gazetteer, shared_file, temp_dir};

/// The seed folder, dated by file name, read once per test (None without `../shared`).
fn dated_seeds(test: &str) -> Option<Corpus> {
    let daily_mail = shared_file(test, "seeds/004_5839e48a8eb728bb.txt")?;
    let sun = shared_file(test, "seeds/000_ad18ad45d80c0fe5.txt")?;
    let dir = temp_dir();
    for (from, to) in [
        (daily_mail, "2021-07-07_004.txt"),
        (sun, "2021-07-14_000.txt"),
    ] {
        std::fs::copy(&from, dir.path().join(to))
            .unwrap_or_else(|e| panic!("copy {}: {e}", from.display()));
    }
    Some(read_corpus(dir.path(), gazetteer()))
}

/// Events of `kind` whose place's name starts with `place`.
fn events_at<'a>(corpus: &'a Corpus, kind: EventKind, place: &str) -> Vec<&'a Event> {
    corpus
        .events
        .iter()
        .filter(|e| {
            e.kind == kind
                && e.place
                    .is_some_and(|p| gazetteer().place(p).name.starts_with(place))
        })
        .collect()
}

fn on_day(event: &Event, day: NaiveDate) -> bool {
    event
        .time
        .is_some_and(|t| t.start == day && t.end == day && t.precision == TimePrecision::Day)
}

/// The events an analyst would map from the two seeds (`tests/data/seeds-gold.jsonl`).
fn seeds_gold() -> Vec<FolderGold> {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/seeds-gold.jsonl");
    let text = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{path}: {e}"));
    read_jsonl(&text).unwrap_or_else(|e| panic!("{path}: {e}"))
}

#[test]
fn the_seeds_markers_are_the_events_an_analyst_would_map() {
    let Some(corpus) = dated_seeds("the_seeds_markers") else {
        return;
    };
    let gold = seeds_gold();
    let scores = score_folder(gazetteer(), &corpus.events, &gold);
    let wrong: Vec<String> = scores
        .wrong
        .iter()
        .map(|&i| {
            let e = &corpus.events[i];
            let place = e.place.map(|p| gazetteer().place(p).name.as_str());
            format!("{} at {place:?} on {:?}", e.kind.label(), e.time)
        })
        .collect();
    let missed: Vec<&str> = scores
        .missed
        .iter()
        .map(|&i| gold[i].what.as_str())
        .collect();
    let report = format!("{}\nwrong: {wrong:#?}\nmissed: {missed:#?}", scores.line());
    assert!(scores.precision() >= 0.90, "{report}");
    assert!(scores.recall() >= 0.90, "{report}");
    assert!(wrong.len() <= 1, "{report}");
}

#[test]
fn the_assault_on_qala_i_naw_is_one_event_on_7_july_reported_by_both_articles() {
    let Some(corpus) = dated_seeds("the_assault_on_qala_i_naw") else {
        return;
    };
    let assaults = events_at(&corpus, EventKind::Assault, "Qala i Naw");
    let on_the_day: Vec<&&Event> = assaults
        .iter()
        .filter(|e| on_day(e, date(2021, 7, 7)))
        .collect();
    assert_eq!(on_the_day.len(), 1, "{assaults:#?}");
    assert_eq!(on_the_day[0].source_count(), 2, "both articles report it");
    assert!(!on_the_day[0].merge_reasons.is_empty());
}

#[test]
fn the_prison_of_qala_i_naw_is_emptied_on_7_july() {
    let Some(corpus) = dated_seeds("the_prison_of_qala_i_naw") else {
        return;
    };
    let breaks = events_at(&corpus, EventKind::PrisonBreak, "Qala i Naw");
    assert!(
        breaks.iter().any(|e| on_day(e, date(2021, 7, 7))),
        "{breaks:#?}"
    );
}

#[test]
fn the_us_left_bagram_the_week_before_on_friday_2_july() {
    let Some(corpus) = dated_seeds("the_us_left_bagram") else {
        return;
    };
    let withdrawals = events_at(&corpus, EventKind::Withdrawal, "Bagram Airfield");
    assert!(
        withdrawals.iter().any(|e| on_day(e, date(2021, 7, 2))),
        "{withdrawals:#?}"
    );
}

#[test]
fn the_tehran_talks_are_on_7_july() {
    let Some(corpus) = dated_seeds("the_tehran_talks") else {
        return;
    };
    let talks = events_at(&corpus, EventKind::Talks, "Tehran");
    assert!(
        talks.iter().any(|e| on_day(e, date(2021, 7, 7))),
        "{talks:#?}"
    );
}

#[test]
fn faizabad_is_surrounded() {
    let Some(corpus) = dated_seeds("faizabad_is_surrounded") else {
        return;
    };
    let sieges = events_at(&corpus, EventKind::Siege, "Fayzabad");
    assert!(
        sieges
            .iter()
            .any(|e| e.place.is_some_and(|p| gazetteer().place(p).admin1 == "01")),
        "{sieges:#?}"
    );
}

#[test]
fn weapons_are_seized_in_wardak() {
    let Some(corpus) = dated_seeds("weapons_are_seized_in_wardak") else {
        return;
    };
    let seizures = events_at(&corpus, EventKind::WeaponsSeizure, "Maidan Wardak");
    assert_eq!(seizures.len(), 1, "{seizures:#?}");
    let what: Vec<&str> = seizures[0]
        .quantities
        .iter()
        .map(|q| q.what.as_str())
        .collect();
    assert!(
        what.contains(&"guns") && what.contains(&"Humvees"),
        "{what:?}"
    );
}

#[test]
fn soldiers_flee_into_tajikistan() {
    let Some(corpus) = dated_seeds("soldiers_flee_into_tajikistan") else {
        return;
    };
    let flights = events_at(&corpus, EventKind::Flight, "Tajikistan");
    assert!(!flights.is_empty(), "no flight into Tajikistan");
    assert!(
        flights[0].actors.iter().any(|a| a == "Afghan forces"),
        "{:?}",
        flights[0].actors
    );
}

#[test]
fn the_2020_photo_caption_creates_no_2020_event() {
    let Some(corpus) = dated_seeds("the_2020_photo_caption") else {
        return;
    };
    let old: Vec<&Event> = corpus
        .events
        .iter()
        .filter(|e| {
            e.time
                .is_some_and(|t| t.start.format("%Y").to_string() == "2020")
        })
        .collect();
    assert!(old.is_empty(), "{old:#?}");
}

#[test]
fn undated_seeds_give_undated_events_that_keep_their_places() {
    let Some(folder) = shared_file("undated_seeds", "seeds") else {
        return;
    };
    let corpus = read_corpus(&folder, gazetteer());
    let seed_events: Vec<&Event> = corpus
        .events
        .iter()
        .filter(|e| {
            e.mentions
                .iter()
                .all(|m| corpus.articles[m.article].key != "README.md")
        })
        .collect();
    assert!(!seed_events.is_empty());
    assert!(
        seed_events.iter().all(|e| e.time.is_none()),
        "an undated article dated an event"
    );
    assert!(seed_events.iter().any(|e| e.place.is_some()));
}

#[test]
fn the_seeds_outlets_are_read_from_their_footers() {
    let Some(corpus) = dated_seeds("the_seeds_outlets") else {
        return;
    };
    let mut outlets: Vec<(&str, Option<&str>)> = corpus
        .articles
        .iter()
        .map(|a| (a.key.as_str(), a.outlet.as_deref()))
        .collect();
    outlets.sort();
    assert_eq!(
        outlets,
        [
            ("2021-07-07_004.txt", Some("Daily Mail")),
            ("2021-07-14_000.txt", Some("The Sun"))
        ]
    );
}

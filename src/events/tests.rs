//! Tests of event extraction and merging, on sentences written for them.

use chrono::{Datelike as _, NaiveDate};

use super::*;
use crate::gazetteer::bundled_for_tests;
use crate::geoparse::{GeoparseOptions, Geoparser, line_ranges};
use crate::time::TimePrecision;

fn date(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap_or_default()
}

fn mentions_of(article: usize, text: &str, published: Option<NaiveDate>) -> Vec<EventMention> {
    let g = bundled_for_tests();
    let lines = line_ranges(text);
    let toponyms = Geoparser::new(g, GeoparseOptions::default()).parse(text, &lines);
    extract_mentions(article, text, &lines, &toponyms, published)
}

fn place_name(m: &EventMention) -> String {
    m.place.as_ref().map_or_else(String::new, |t| {
        bundled_for_tests().place(t.place).name.clone()
    })
}

#[test]
fn sentences_split_at_ends_but_not_abbreviations() {
    let text = "The U.S. left. Gen. Kohistani said so! Then quiet";
    let pieces: Vec<&str> = sentences(text, &line_ranges(text))
        .into_iter()
        .map(|r| &text[r])
        .collect();
    assert_eq!(
        pieces,
        ["The U.S. left.", "Gen. Kohistani said so!", "Then quiet"]
    );
}

#[test]
fn an_assault_is_placed_at_the_town_and_dated_by_the_weekday() {
    let text =
        "Taliban fighters stormed Qala-i-Naw, the capital of Badghis province, on Wednesday.";
    let found = mentions_of(0, text, Some(date(2021, 7, 7)));
    let assault = found
        .iter()
        .find(|m| m.kind == EventKind::Assault)
        .expect("an assault");
    assert_eq!(place_name(assault), "Qala i Naw");
    let time = assault.time.expect("dated");
    assert_eq!(
        (time.start, time.end, time.precision),
        (date(2021, 7, 7), date(2021, 7, 7), TimePrecision::Day)
    );
    assert_eq!(assault.actors, ["Taliban"]);
}

#[test]
fn an_undated_article_gives_undated_events_that_keep_their_place() {
    let found = mentions_of(
        0,
        "Fighters surrounded Faizabad, the capital of Badakhshan.",
        None,
    );
    let siege = found
        .iter()
        .find(|m| m.kind == EventKind::Siege)
        .expect("a siege");
    assert!(siege.time.is_none());
    assert!(
        place_name(siege).starts_with("Fayzabad"),
        "{}",
        place_name(siege)
    );
}

#[test]
fn a_sentence_without_a_place_still_gives_an_event() {
    let found = mentions_of(
        0,
        "Hundreds of soldiers fled across the river.",
        Some(date(2021, 7, 5)),
    );
    let flight = found
        .iter()
        .find(|m| m.kind == EventKind::Flight)
        .expect("a flight");
    assert!(flight.place.is_none());
    assert!(flight.time.is_some());
}

#[test]
fn quantities_reported_speech_and_captions_are_marked() {
    let text = "\"They took 900 guns and 30 Humvees,\" a commander said.\nFighters seize weapons (pictured in March 2020)";
    let found = mentions_of(0, text, Some(date(2021, 7, 7)));
    let seizure = found
        .iter()
        .find(|m| m.kind == EventKind::WeaponsSeizure && !m.caption)
        .expect("a seizure");
    assert!(seizure.reported);
    assert_eq!(
        seizure
            .quantities
            .iter()
            .map(|q| q.value)
            .collect::<Vec<_>>(),
        [900, 30]
    );
    let caption = found
        .iter()
        .find(|m| m.caption)
        .expect("the caption's event");
    let time = caption.time.expect("dated by the article, not the picture");
    assert_eq!(time.start.year(), 2021, "{time:?}");
}

#[test]
fn mentions_of_one_assault_in_two_articles_merge_with_a_reason() {
    let mut all = mentions_of(
        0,
        "Taliban fighters attacked Qala-i-Naw on Wednesday.",
        Some(date(2021, 7, 7)),
    );
    all.extend(mentions_of(
        1,
        "Fierce fighting raged in Qala-i-Naw last week.",
        Some(date(2021, 7, 14)),
    ));
    let events = merge(bundled_for_tests(), all);
    let assaults: Vec<&Event> = events
        .iter()
        .filter(|e| e.kind == EventKind::Assault)
        .collect();
    assert_eq!(assaults.len(), 1, "{assaults:#?}");
    assert_eq!(assaults[0].source_count(), 2);
    assert_eq!(assaults[0].merge_reasons.len(), 1);
    assert!(
        assaults[0].merge_reasons[0].contains("same place"),
        "{:?}",
        assaults[0].merge_reasons
    );
    assert_eq!(
        assaults[0].time.map(|t| t.precision),
        Some(TimePrecision::Day)
    );
}

#[test]
fn different_places_or_dates_stay_apart() {
    let mut all = mentions_of(
        0,
        "Taliban fighters attacked Qala-i-Naw on Wednesday.",
        Some(date(2021, 7, 7)),
    );
    all.extend(mentions_of(
        1,
        "Taliban fighters attacked Herat on Wednesday.",
        Some(date(2021, 7, 7)),
    ));
    all.extend(mentions_of(
        2,
        "Taliban fighters attacked Qala-i-Naw on Monday.",
        Some(date(2021, 8, 30)),
    ));
    let events = merge(bundled_for_tests(), all);
    assert_eq!(
        events
            .iter()
            .filter(|e| e.kind == EventKind::Assault)
            .count(),
        3
    );
}

#[test]
fn a_town_joins_an_event_of_its_province() {
    let mut all = mentions_of(
        0,
        "Fighters captured Qala-i-Naw on Wednesday.",
        Some(date(2021, 7, 7)),
    );
    all.extend(mentions_of(
        1,
        "Fighters captured Badghis province on Wednesday.",
        Some(date(2021, 7, 7)),
    ));
    let events = merge(bundled_for_tests(), all);
    let captures: Vec<&Event> = events
        .iter()
        .filter(|e| e.kind == EventKind::Capture)
        .collect();
    assert_eq!(captures.len(), 1);
    assert_eq!(
        captures[0].precision,
        Some(Precision::Town),
        "the more precise place wins"
    );
}

//! Events of the bundled sample folder: one check per event kind, each at the place and on
//! the day the sample's articles report (see `assets/sample-key.md`), and undated articles
//! giving undated events.

use newsmap::events::EventKind;
use newsmap::ingest::{Corpus, read_corpus};

use crate::common::{date, gazetteer, sample_dir};

fn sample_corpus() -> &'static Corpus {
    static CORPUS: std::sync::OnceLock<Corpus> = std::sync::OnceLock::new();
    CORPUS.get_or_init(|| read_corpus(&sample_dir(), gazetteer()))
}

/// Whether the sample has an event of `kind` at `place` whose dates include `day`.
fn has_event(kind: EventKind, place: &str, day: Option<(i32, u32, u32)>) -> bool {
    sample_corpus().events.iter().any(|e| {
        e.kind == kind
            && e.place.is_some_and(|p| gazetteer().place(p).name == place)
            && match (day, e.time) {
                (Some((y, m, d)), Some(t)) => t.contains(date(y, m, d)),
                (None, None) => true,
                _ => false,
            }
    })
}

#[test]
fn each_kind_of_event_in_the_sample_is_found_where_and_when_it_happened() {
    let expected = [
        (EventKind::Assault, "Qala i Naw", Some((2021, 7, 7))),
        (EventKind::Capture, "Zaranj", Some((2021, 8, 6))),
        (EventKind::Siege, "Lashkar Gāh", Some((2021, 8, 3))),
        (EventKind::Surrender, "Kunduz", Some((2021, 8, 8))),
        (EventKind::PrisonBreak, "Qala i Naw", Some((2021, 7, 7))),
        (EventKind::Killing, "Lashkar Gāh", Some((2021, 8, 3))),
        (EventKind::Flight, "Tajikistan", Some((2021, 7, 5))),
        (EventKind::Talks, "Tehran", Some((2021, 7, 8))),
        (EventKind::Withdrawal, "Bagram Airfield", Some((2021, 7, 5))),
        (EventKind::Looting, "Kunduz", Some((2021, 8, 7))),
        (EventKind::Protest, "Mazār-e Sharīf", Some((2021, 8, 11))),
        (EventKind::WeaponsSeizure, "Kunduz", Some((2021, 8, 11))),
    ];
    let missing: Vec<_> = expected
        .iter()
        .filter(|(kind, place, day)| !has_event(*kind, place, *day))
        .collect();
    assert!(missing.is_empty(), "not found: {missing:?}");
}

#[test]
fn the_undated_article_gives_undated_events_at_their_places() {
    assert!(
        has_event(EventKind::Protest, "Fayrōz Kōh", None),
        "the women's rally in Ghor's capital"
    );
}

#[test]
fn reports_of_one_capture_in_two_articles_are_merged() {
    let zaranj = sample_corpus().events.iter().find(|e| {
        e.kind == EventKind::Capture
            && e.place
                .is_some_and(|p| gazetteer().place(p).name == "Zaranj")
    });
    let zaranj = zaranj.expect("the fall of Zaranj");
    assert_eq!(zaranj.source_count(), 2);
    assert_eq!(zaranj.merge_reasons.len() + 1, zaranj.mentions.len());
}

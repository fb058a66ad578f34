//! Events of the bundled sample folder: one check per event kind, each at the place and on
//! the day the sample's articles report (see `assets/sample-key.md`), and undated articles
//! giving undated events.

use newsmap::corpus::Corpus;
use newsmap::events::EventKind;
use newsmap::ingest::read_corpus;
use newsmap::time::{TimePrecision, find_times};

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

/// The first time expression `text` of the sample article `key`, resolved against its date:
/// (start, end, precision).
fn resolved(key: &str, text: &str) -> (String, String, TimePrecision) {
    let article = crate::common::sample_article(key);
    let published = article.published.map(|p| p.date);
    let found = article
        .kept_text()
        .flat_map(|(_, line)| find_times(line, published))
        .find(|t| t.text.to_lowercase().contains(&text.to_lowercase()));
    let t = found.unwrap_or_else(|| panic!("{text:?} not found in {key}"));
    (
        t.range.start.to_string(),
        t.range.end.to_string(),
        t.range.precision,
    )
}

#[test]
fn each_time_expression_of_the_sample_resolves_against_its_article_date() {
    use TimePrecision::{Day, Month, Week};
    let cases = [
        // Published Wednesday 2021-07-07.
        (
            "2021-07-07_qala-i-naw-assault.txt",
            "on Wednesday",
            ("2021-07-07", "2021-07-07", Day),
        ),
        // Published Tuesday 2021-07-06: last week is Monday 28 June to Sunday 4 July.
        (
            "2021-07-06_bagram-handover.txt",
            "last week",
            ("2021-06-28", "2021-07-04", Week),
        ),
        (
            "2021-07-06_bagram-handover.txt",
            "July 2",
            ("2021-07-02", "2021-07-02", Day),
        ),
        (
            "2021-07-06_bagram-handover.txt",
            "on Friday",
            ("2021-07-02", "2021-07-02", Day),
        ),
        // Published 2021-08-03.
        (
            "2021-08-03_lashkar-gah-siege.txt",
            "yesterday",
            ("2021-08-02", "2021-08-02", Day),
        ),
        // Published 2021-08-16.
        (
            "2021-08-16_kabul-airport-chaos.txt",
            "earlier this month",
            ("2021-08-01", "2021-08-16", Month),
        ),
        // Published 2021-07-05: the night before and the day.
        (
            "2021-07-05_tajikistan-border.md",
            "overnight",
            ("2021-07-04", "2021-07-05", Day),
        ),
        (
            "2021-07-05_tajikistan-border.md",
            "last month",
            ("2021-06-01", "2021-06-30", Month),
        ),
    ];
    for (key, text, (start, end, precision)) in cases {
        assert_eq!(
            resolved(key, text),
            (start.to_string(), end.to_string(), precision),
            "{key}: {text}"
        );
    }
    // "days after" ties a date to another event: a guess over the week before publication.
    let (_, end, precision) = resolved("2021-07-07_qala-i-naw-assault.txt", "days after");
    assert_eq!(
        (end.as_str(), precision),
        ("2021-07-07", TimePrecision::Unknown)
    );
}

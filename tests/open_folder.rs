//! Opening the bundled sample folder (`assets/sample`) the way the viewer does: every article is
//! read, dated by the route the answer key (`assets/sample-key.md`) names, cleaned of repeated
//! captions and site furniture, and its place names resolved to the right gazetteer entries; a
//! date the user saved beside the folder dates the undated article.

use newsmap::articles::{Article, DateSource, DropReason, Published, ReadOptions};
use newsmap::gazetteer::{Place, PlaceKind};

use crate::common::{
    assert_each_mention_resolves, assert_never_a_place, date, place_failures, resolve_failures,
    sample, sample_article, sample_dir, temp_dir, write,
};

/// Every sample article, for checks that run over the whole folder.
fn sample_articles() -> &'static [Article] {
    &sample().articles
}

/// Whether `place` is in this Afghan province (GeoNames admin1 code).
fn in_afghan_province(place: &Place, admin1: &str) -> bool {
    place.country == "AF" && place.admin1 == admin1
}

/// Asserts that each article has this publication date, found this way.
fn assert_dated(expected: &[(&str, (i32, u32, u32), DateSource)]) {
    for &(key, (year, month, day), source) in expected {
        assert_eq!(
            sample_article(key).published,
            Some(Published {
                date: date(year, month, day),
                source
            }),
            "publication date of {key}"
        );
    }
}

/// The text of every kept line of an article.
fn kept_lines(article: &Article) -> Vec<&str> {
    article.kept_text().map(|(_, line)| line).collect()
}

/// The text of every line cleaning dropped for `reason`.
fn dropped_lines(article: &Article, reason: DropReason) -> Vec<&str> {
    article
        .dropped
        .iter()
        .filter(|(_, why)| *why == reason)
        .map(|(range, _)| &article.text[range.clone()])
        .collect()
}

#[test]
fn opening_the_sample_folder_reads_its_17_articles_without_problems() {
    let report = sample();
    assert!(report.problems.is_empty(), "{:#?}", report.problems);
    let keys: Vec<&str> = report.articles.iter().map(|a| a.key.as_str()).collect();
    assert_eq!(
        keys,
        [
            "2021-07-05_tajikistan-border.md",
            "2021-07-06_bagram-handover.txt",
            "2021-07-07_qala-i-naw-assault.txt",
            "2021-08-03_lashkar-gah-siege.txt",
            "2021-08-08_kunduz-taloqan-sar-e-pul.txt",
            "2021-08-16_kabul-airport-chaos.txt",
            "2021-08-27_kabul-airport-bombing.txt",
            "feed.jsonl#0",
            "feed.jsonl#1",
            "herat-kandahar-fall.html",
            "mazar-falls.html",
            "scraper-export.json#0",
            "scraper-export.json#1",
            "spin-boldak-crossing.txt",
            "tehran-talks.html",
            "undated-ghor-women.txt",
            "zaranj-first-capital.html",
        ]
    );
    for (index, article) in report.articles.iter().enumerate() {
        assert_eq!(article.id.0 as usize, index, "id of {}", article.key);
        assert!(
            article.body_bytes() > 500,
            "{} kept only {} bytes",
            article.key,
            article.body_bytes()
        );
    }
}

#[test]
fn a_date_at_the_start_of_the_file_name_dates_the_article() {
    assert_dated(&[
        (
            "2021-07-05_tajikistan-border.md",
            (2021, 7, 5),
            DateSource::FileName,
        ),
        (
            "2021-07-06_bagram-handover.txt",
            (2021, 7, 6),
            DateSource::FileName,
        ),
        (
            "2021-07-07_qala-i-naw-assault.txt",
            (2021, 7, 7),
            DateSource::FileName,
        ),
        (
            "2021-08-03_lashkar-gah-siege.txt",
            (2021, 8, 3),
            DateSource::FileName,
        ),
        (
            "2021-08-08_kunduz-taloqan-sar-e-pul.txt",
            (2021, 8, 8),
            DateSource::FileName,
        ),
        (
            "2021-08-16_kabul-airport-chaos.txt",
            (2021, 8, 16),
            DateSource::FileName,
        ),
        (
            "2021-08-27_kabul-airport-bombing.txt",
            (2021, 8, 27),
            DateSource::FileName,
        ),
    ]);
}

#[test]
fn a_date_header_line_dates_a_text_file_without_a_date_in_its_name() {
    assert_dated(&[(
        "spin-boldak-crossing.txt",
        (2021, 7, 14),
        DateSource::HeaderLine,
    )]);
    let article = sample_article("spin-boldak-crossing.txt");
    assert!(
        dropped_lines(article, DropReason::Boilerplate).contains(&"Date: 2021-07-14"),
        "the header line is not story text: {:?}",
        article.dropped
    );
}

#[test]
fn the_published_time_meta_tag_dates_a_web_page_and_a_caption_date_does_not() {
    // tehran-talks.html has a caption "(pictured in September 2020)" that must not date it.
    assert_dated(&[
        ("tehran-talks.html", (2021, 7, 8), DateSource::Metadata),
        (
            "zaranj-first-capital.html",
            (2021, 8, 6),
            DateSource::Metadata,
        ),
        (
            "herat-kandahar-fall.html",
            (2021, 8, 13),
            DateSource::Metadata,
        ),
        ("mazar-falls.html", (2021, 8, 14), DateSource::Metadata),
    ]);
}

#[test]
fn a_date_field_dates_each_record_of_a_json_export() {
    // The second record's date is 14:30 UTC, the same day in Kabul.
    assert_dated(&[
        ("scraper-export.json#0", (2021, 8, 9), DateSource::Metadata),
        ("scraper-export.json#1", (2021, 8, 11), DateSource::Metadata),
    ]);
}

#[test]
fn a_date_field_dates_each_line_of_a_jsonl_feed() {
    // The second line's date is 18:50 UTC, 23:20 the same day in Kabul.
    assert_dated(&[
        ("feed.jsonl#0", (2021, 8, 12), DateSource::Metadata),
        ("feed.jsonl#1", (2021, 8, 15), DateSource::Metadata),
    ]);
}

#[test]
fn an_article_without_any_date_is_left_undated() {
    assert_eq!(sample_article("undated-ghor-women.txt").published, None);
}

#[test]
fn a_date_saved_beside_the_folder_dates_the_undated_article() {
    let folder = temp_dir();
    for entry in std::fs::read_dir(sample_dir()).expect("read the sample folder") {
        let path = entry.expect("sample entry").path();
        // The sample's own `.newsmap` (its cache, made when a test opened it) is not copied.
        if path.is_dir() {
            continue;
        }
        let name = path.file_name().expect("file name").to_string_lossy();
        std::fs::copy(&path, folder.path().join(name.as_ref())).expect("copy a sample file");
    }
    write(
        folder.path(),
        newsmap::store::DATES_FILE,
        r#"{"undated-ghor-women.txt": "2021-07-10"}"#,
    );
    let report = newsmap::corpus::read_articles(folder.path(), &ReadOptions::default());
    assert!(report.problems.is_empty(), "{:#?}", report.problems);
    assert_eq!(report.articles.len(), 17);
    let dated = |key: &str| {
        report
            .articles
            .iter()
            .find(|a| a.key == key)
            .unwrap_or_else(|| panic!("{key} not read from the copy"))
            .published
    };
    assert_eq!(
        dated("undated-ghor-women.txt"),
        Some(Published {
            date: date(2021, 7, 10),
            source: DateSource::UserOverride
        })
    );
    // The other articles keep their own dates.
    for article in sample_articles() {
        if article.key != "undated-ghor-women.txt" {
            assert_eq!(dated(&article.key), article.published, "{}", article.key);
        }
    }
}

#[test]
fn a_caption_repeated_twice_in_a_row_is_kept_once_and_dropped_once() {
    let article = sample_article("2021-07-06_bagram-handover.txt");
    let caption = "Afghan soldiers stand guard at the main gate of Bagram Airfield in Parwan province. Photo: Frontier Wire";
    assert_eq!(
        article.text.matches(caption).count(),
        2,
        "the raw text holds it twice"
    );
    assert_eq!(
        kept_lines(article)
            .iter()
            .filter(|l| **l == caption)
            .count(),
        1
    );
    assert_eq!(dropped_lines(article, DropReason::RepeatedLine), [caption]);
}

#[test]
fn a_caption_repeated_further_down_is_kept_where_it_first_appears() {
    let article = sample_article("2021-08-08_kunduz-taloqan-sar-e-pul.txt");
    let caption =
        "Photo: Taliban fighters sit on a captured army Humvee on a main road in Kunduz city.";
    let first = article
        .text
        .find(caption)
        .expect("the caption is in the text");
    assert!(
        article.text[first + caption.len()..].contains(caption),
        "the raw text holds it twice"
    );
    let kept: Vec<_> = article
        .kept_text()
        .filter(|(_, line)| *line == caption)
        .map(|(offset, _)| offset)
        .collect();
    assert_eq!(kept, [first], "kept once, where it first appears");
    assert_eq!(dropped_lines(article, DropReason::RepeatedLine), [caption]);
}

#[test]
fn read_more_and_advertisement_lines_are_dropped_as_site_furniture() {
    let kunduz = sample_article("2021-08-08_kunduz-taloqan-sar-e-pul.txt");
    assert_eq!(
        dropped_lines(kunduz, DropReason::Boilerplate),
        ["READ MORE: Zaranj becomes the first provincial capital to fall to the Taliban"]
    );
    let lashkar_gah = sample_article("2021-08-03_lashkar-gah-siege.txt");
    let furniture = dropped_lines(lashkar_gah, DropReason::Boilerplate);
    assert!(furniture.contains(&"Advertisement"), "{furniture:?}");
    assert!(!kept_lines(lashkar_gah).contains(&"Advertisement"));
}

#[test]
fn kept_and_dropped_ranges_slice_whole_lines_of_the_text() {
    for article in sample_articles() {
        let text = article.text.as_str();
        let mut ranges: Vec<_> = article
            .kept
            .iter()
            .chain(article.dropped.iter().map(|(range, _)| range))
            .collect();
        for range in &ranges {
            let line = text
                .get((*range).clone())
                .unwrap_or_else(|| panic!("{}: {range:?} does not slice the text", article.key));
            assert!(
                !line.is_empty() && !line.contains('\n') && line.trim() == line,
                "{}: {range:?} is not one trimmed line: {line:?}",
                article.key
            );
            // The range covers the whole line, but for surrounding blanks.
            let before = &text[..range.start];
            let line_start = before.rfind('\n').map_or(0, |i| i + 1);
            let line_end = text[range.end..]
                .find('\n')
                .map_or(text.len(), |i| range.end + i);
            assert!(
                text[line_start..range.start].trim().is_empty()
                    && text[range.end..line_end].trim().is_empty(),
                "{}: {range:?} is only part of the line {:?}",
                article.key,
                &text[line_start..line_end]
            );
        }
        assert!(
            article
                .kept
                .windows(2)
                .all(|pair| pair[0].end < pair[1].start),
            "{}: kept ranges out of order or overlapping",
            article.key
        );
        ranges.sort_by_key(|range| range.start);
        assert!(
            ranges.windows(2).all(|pair| pair[0].end < pair[1].start),
            "{}: a line is both kept and dropped",
            article.key
        );
        // Every non-blank line is either kept or dropped.
        let lines = text.lines().filter(|line| !line.trim().is_empty()).count();
        assert_eq!(
            ranges.len(),
            lines,
            "{}: lines neither kept nor dropped",
            article.key
        );
    }
}

#[test]
fn navigation_headers_scripts_and_footers_of_web_pages_are_not_story_text() {
    let furniture = [
        ("herat-kandahar-fall.html", "Front page"),
        ("herat-kandahar-fall.html", "DOMContentLoaded"),
        ("herat-kandahar-fall.html", "news and analysis"),
        ("mazar-falls.html", "Opinion"),
        ("mazar-falls.html", "window.KL"),
        ("mazar-falls.html", "All rights reserved"),
        ("tehran-talks.html", "Subscribe"),
        (
            "tehran-talks.html",
            "Independent news from Afghanistan and the region",
        ),
        ("tehran-talks.html", "dataLayer"),
        ("tehran-talks.html", "Privacy"),
        (
            "zaranj-first-capital.html",
            "Live: Taliban offensive in Afghanistan",
        ),
        ("zaranj-first-capital.html", "fw_ads"),
        ("zaranj-first-capital.html", "Cookies"),
    ];
    for (key, phrase) in furniture {
        let text = &sample_article(key).text;
        assert!(
            !text.contains(phrase),
            "{key}: page furniture {phrase:?} read as story text"
        );
    }
}

/// Figure captions are evidence too (the seeds' captions report the fighting), so they are
/// read, each on a line of its own, where event extraction can tell them apart as captions.
#[test]
fn figure_captions_of_web_pages_are_read_on_lines_of_their_own() {
    let captions = [
        (
            "herat-kandahar-fall.html",
            "The citadel of Herat, the city's best-known landmark.",
        ),
        ("mazar-falls.html", "The shrine known as the Blue Mosque"),
        ("tehran-talks.html", "(pictured in September 2020)"),
        (
            "zaranj-first-capital.html",
            "The road to the border crossing between Zaranj and Iran.",
        ),
    ];
    for (key, caption) in captions {
        let article = sample_article(key);
        let line = article
            .kept_text()
            .map(|(_, line)| line)
            .find(|line| line.contains(caption));
        let line = line.unwrap_or_else(|| panic!("{key}: caption {caption:?} not read"));
        assert!(!line.contains("<"), "{key}: markup left in {line:?}");
    }
}

#[test]
fn qala_i_naw_in_either_spelling_is_the_capital_of_badghis() {
    for surface in ["Qala-i-Naw", "Qala-e-Naw"] {
        assert_each_mention_resolves(sample_articles(), surface, "in Badghis (AF.02)", |place| {
            place.kind == PlaceKind::Town && in_afghan_province(place, "02")
        });
    }
}

#[test]
fn faizabad_is_the_capital_of_badakhshan() {
    assert_each_mention_resolves(
        sample_articles(),
        "Faizabad",
        "in Badakhshan (AF.01)",
        |place| place.kind == PlaceKind::Town && in_afghan_province(place, "01"),
    );
}

#[test]
fn lashkar_gah_in_either_spelling_is_the_capital_of_helmand() {
    for surface in ["Lashkar Gah", "Lashkargah"] {
        assert_each_mention_resolves(sample_articles(), surface, "in Helmand (AF.10)", |place| {
            place.kind == PlaceKind::Town && in_afghan_province(place, "10")
        });
    }
}

#[test]
fn taloqan_in_either_spelling_is_the_capital_of_takhar() {
    for surface in ["Taloqan", "Taluqan"] {
        assert_each_mention_resolves(sample_articles(), surface, "in Takhar (AF.26)", |place| {
            place.kind == PlaceKind::Town && in_afghan_province(place, "26")
        });
    }
}

#[test]
fn bagram_is_the_airfield() {
    assert_each_mention_resolves(sample_articles(), "Bagram", "Bagram Airfield", |place| {
        place.name == "Bagram Airfield"
            && place.kind == PlaceKind::Site
            && in_afghan_province(place, "40")
    });
}

#[test]
fn spin_boldak_is_in_kandahar_province() {
    assert_each_mention_resolves(
        sample_articles(),
        "Spin Boldak",
        "in Kandahar (AF.23)",
        |place| in_afghan_province(place, "23"),
    );
}

#[test]
fn mazar_i_sharif_in_either_spelling_is_the_capital_of_balkh() {
    for surface in ["Mazar-e-Sharif", "Mazar-i-Sharif"] {
        assert_each_mention_resolves(sample_articles(), surface, "in Balkh (AF.30)", |place| {
            place.kind == PlaceKind::Town && in_afghan_province(place, "30")
        });
    }
}

#[test]
fn tehran_is_the_capital_of_iran() {
    assert_each_mention_resolves(sample_articles(), "Tehran", "in Iran", |place| {
        place.country == "IR"
    });
}

#[test]
fn the_answer_keys_other_places_resolve_to_their_afghan_province() {
    let places = [
        ("Kabul", "13"),
        ("Herat", "11"),
        ("Kandahar", "23"),
        ("Arghandab", "23"),
        ("Kunduz", "24"),
        ("Sher Khan Bandar", "24"),
        ("Sar-e Pul", "33"),
        ("Zaranj", "19"),
        ("Sheberghan", "31"),
        ("Aybak", "32"),
        ("Pul-e-Khumri", "03"),
        ("Pul-i-Khumri", "03"),
        ("Ghazni", "08"),
        ("Jalalabad", "18"),
        ("Pul-e-Alam", "17"),
        ("Nad Ali", "10"),
        ("Firozkoh", "09"),
        ("Hamid Karzai International Airport", "13"),
        ("Pul-e-Charkhi", "13"),
        ("Badakhshan", "01"),
        ("Badghis", "02"),
        ("Helmand", "10"),
        ("Takhar", "26"),
        ("Nimroz", "19"),
        ("Jowzjan", "31"),
        ("Samangan", "32"),
        ("Logar", "17"),
        ("Wardak", "27"),
        ("Maidan Wardak", "27"),
        ("Balkh", "30"),
        ("Parwan", "40"),
        ("Ghor", "09"),
        ("Faryab", "07"),
    ];
    let mut failures = Vec::new();
    for (surface, admin1) in places {
        let (mentions, wrong) = resolve_failures(sample_articles(), surface, |place| {
            in_afghan_province(place, admin1)
        });
        if mentions == 0 {
            failures.push(format!(
                "{surface:?} is no longer in the sample's kept text"
            ));
        }
        failures.extend(wrong);
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn neighbouring_countries_resolve_to_the_country() {
    for (surface, country) in [
        ("Tajikistan", "TJ"),
        ("Iran", "IR"),
        ("Pakistan", "PK"),
        ("Uzbekistan", "UZ"),
        ("Afghanistan", "AF"),
    ] {
        assert_each_mention_resolves(sample_articles(), surface, country, |place| {
            place.kind == PlaceKind::Country && place.country == country
        });
    }
}

#[test]
fn outlet_names_in_the_sample_are_not_places() {
    for outlet in ["Tolo News", "BBC", "AFP", "CNN", "Al Jazeera", "UNICEF"] {
        assert_never_a_place(sample_articles(), outlet);
    }
}

/// People and groups whose names are also place names somewhere in the world.
#[test]
fn people_and_groups_named_in_the_sample_are_not_places() {
    let names = [
        "Ismail Khan",
        "Dawa Khan Menapal",
        "Bismillah Khan Mohammadi",
        "Mina",
        "Islamic State Khorasan",
        "Sher Mohammad Abbas Stanikzai",
        "Atta Mohammad Noor",
        "Sami Sadat",
        "Daud Laghmani",
        "Khasha Zwan",
        "Abdul Rashid Dostum",
        "Mir Asadullah Kohistani",
        "Zabihullah Mujahid",
    ];
    let mut failures = Vec::new();
    for name in names {
        let (mentions, wrong) = place_failures(sample_articles(), name);
        if mentions == 0 {
            failures.push(format!("{name:?} is no longer in the sample's kept text"));
        }
        failures.extend(wrong);
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn corrections_saved_in_the_folder_apply_when_it_is_read_again() {
    use newsmap::corrections::{PlaceRef, ReportRef};
    let dir = crate::common::temp_dir();
    let text = "Taliban fighters attacked Kandahar on Monday, officials said.\n";
    crate::common::write(dir.path(), "2021-07-07_attack.txt", text);
    crate::common::write(
        dir.path(),
        "2021-07-08_kunduz.txt",
        "Taliban fighters captured Kunduz after days of fighting.\n",
    );
    let gazetteer = crate::common::gazetteer();
    let before = newsmap::ingest::read_corpus(dir.path(), gazetteer);
    let attack = before
        .events
        .iter()
        .find(|e| e.kind == newsmap::events::EventKind::Assault)
        .unwrap_or_else(|| panic!("the attack is an event"));
    let capture = before
        .events
        .iter()
        .find(|e| e.kind == newsmap::events::EventKind::Capture)
        .unwrap_or_else(|| panic!("the capture is an event"));
    let herat = crate::common::town("Herat");
    let report = |event: &newsmap::events::Event| {
        let mention = &event.mentions[0];
        let article = &before.articles[mention.article];
        ReportRef::of(&article.key, &article.text, mention)
    };
    newsmap::store::update_corrections(dir.path(), |c| {
        c.set_report_place(report(attack), PlaceRef::of(gazetteer, herat));
        c.set_not_event(report(capture), true);
    })
    .unwrap_or_else(|e| panic!("{e}"));

    let after = newsmap::ingest::read_corpus(dir.path(), gazetteer);
    assert_eq!(
        after.events.len(),
        before.events.len() - 1,
        "the capture is hidden"
    );
    let moved = after
        .events
        .iter()
        .find(|e| e.kind == newsmap::events::EventKind::Assault)
        .unwrap_or_else(|| panic!("the attack is kept"));
    assert_eq!(moved.place, Some(herat));
    assert!(moved.mentions.iter().all(|m| m.place_corrected));
    assert!(after.problems.is_empty(), "{:?}", after.problems);
}

#[test]
fn the_corpus_use_cases_fix_hide_and_restore_an_event_without_the_viewer() {
    use newsmap::corpus::Fix;
    use newsmap::events::EventKind;
    let dir = crate::common::temp_dir();
    crate::common::write(
        dir.path(),
        "2021-07-07_attack.txt",
        "Taliban fighters attacked Kandahar on Monday, officials said.\n",
    );
    crate::common::write(
        dir.path(),
        "2021-07-08_kunduz.txt",
        "Taliban fighters captured Kunduz after days of fighting.\n",
    );
    let gazetteer = crate::common::gazetteer();
    let mut corpus = newsmap::ingest::read_corpus(dir.path(), gazetteer);
    let count = corpus.events.len();
    let of_kind = |corpus: &newsmap::corpus::Corpus, kind| {
        corpus
            .events
            .iter()
            .find(|e| e.kind == kind)
            .map(|e| (e.id, e.place))
    };
    let herat = crate::common::town("Herat");

    // The attack happened at Herat: saved, applied, and the event found again there.
    let (attack, _) = of_kind(&corpus, EventKind::Assault).unwrap_or_else(|| panic!("attack"));
    let placed = corpus
        .fix_event(gazetteer, attack, Fix::Place(herat))
        .unwrap_or_else(|e| panic!("{e}"));
    assert!(placed.path.ends_with(newsmap::store::CORRECTIONS_FILE));
    assert_eq!(
        placed.event,
        Some((attack, Some(herat))),
        "same id, new place"
    );
    assert_eq!(
        of_kind(&corpus, EventKind::Assault).map(|e| e.1),
        Some(Some(herat))
    );

    // The capture is not an event: hidden, and shown again.
    let (capture, _) = of_kind(&corpus, EventKind::Capture).unwrap_or_else(|| panic!("capture"));
    let hidden = corpus
        .fix_event(gazetteer, capture, Fix::NotEvent)
        .unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(hidden.event, None);
    assert_eq!(corpus.events.len(), count - 1);
    let report = corpus.corrections.not_events[0].clone();
    corpus
        .restore_report(gazetteer, &report)
        .unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(corpus.events.len(), count);
    assert!(corpus.corrections.not_events.is_empty());

    // What was saved is what a fresh read applies.
    let again = newsmap::ingest::read_corpus(dir.path(), gazetteer);
    assert_eq!(
        of_kind(&again, EventKind::Assault),
        Some((attack, Some(herat))),
        "a fresh read names the event as before"
    );
    assert_eq!(again.events.len(), count);
    let ids =
        |corpus: &newsmap::corpus::Corpus| corpus.events.iter().map(|e| e.id).collect::<Vec<_>>();
    assert_eq!(ids(&again), ids(&corpus));
    assert!(matches!(
        corpus.fix_event(gazetteer, newsmap::events::EventId(0), Fix::NotEvent),
        Err(newsmap::corpus::CorpusError::NoSuchEvent)
    ));
}

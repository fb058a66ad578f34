//! Tests of event extraction and merging, on sentences written for them.

use chrono::{Datelike as _, NaiveDate};

use super::*;
use crate::gazetteer::{PlaceKind, bundled_for_tests};
use crate::geoparse::{GeoparseOptions, Geoparser, line_ranges};
use crate::time::TimePrecision;

fn date(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap_or_default()
}

fn mentions_of(article: usize, text: &str, published: Option<NaiveDate>) -> Vec<EventMention> {
    let g = bundled_for_tests();
    let lines = line_ranges(text);
    let toponyms = Geoparser::new(g, GeoparseOptions::default()).parse(text, &lines);
    extract_mentions(g, article, text, &lines, &toponyms, published)
}

/// [`super::merge`] of reports not shared yet.
fn merge<K: AsRef<str>>(
    gazetteer: &crate::gazetteer::Gazetteer,
    mentions: &[EventMention],
    article_keys: &[K],
) -> Vec<Event> {
    let shared: Vec<std::sync::Arc<EventMention>> =
        mentions.iter().cloned().map(Into::into).collect();
    super::merge(gazetteer, &shared, article_keys)
}

fn place_name(m: &EventMention) -> String {
    m.place.as_ref().map_or_else(String::new, |t| {
        bundled_for_tests().place(t.place).name.to_string()
    })
}

#[test]
fn sentences_split_at_ends_but_not_abbreviations() {
    let text = "The U.S. left. Gen. Kohistani said so! Then quiet on Sept. 30 in Kabul. At \
                approx. 02:10 a drone hit, killing 3 incl. 2 children. The wounded went to \
                Lashkar Gah. Lt. Col. J. Smith of the SDF. A curfew runs from 7 p.m. to 6 a.m. in \
                the town. Then";
    let pieces: Vec<&str> = sentences(text, &line_ranges(text))
        .into_iter()
        .map(|r| &text[r])
        .collect();
    assert_eq!(
        pieces,
        [
            "The U.S. left.",
            "Gen. Kohistani said so!",
            "Then quiet on Sept. 30 in Kabul.",
            "At approx. 02:10 a drone hit, killing 3 incl. 2 children.",
            "The wounded went to Lashkar Gah.",
            "Lt. Col. J. Smith of the SDF.",
            "A curfew runs from 7 p.m. to 6 a.m. in the town.",
            "Then"
        ]
    );
    // A number ends a sentence too.
    let text = "The town fell on Feb. 24. Moscow-installed officials arrived.";
    let pieces: Vec<&str> = sentences(text, &line_ranges(text))
        .into_iter()
        .map(|r| &text[r])
        .collect();
    assert_eq!(
        pieces,
        [
            "The town fell on Feb. 24.",
            "Moscow-installed officials arrived."
        ]
    );
}

#[test]
fn a_quoted_slogan_s_exclamation_ends_no_sentence_that_goes_on() {
    let pieces = |text: &'static str| -> Vec<&'static str> {
        (sentences(text, &line_ranges(text)).into_iter())
            .map(|r| &text[r])
            .collect()
    };
    assert_eq!(
        pieces(
            "Crowds met for the \"Free them now! Bring them home\" rally in support of the \
             captives. Police watched."
        ),
        [
            "Crowds met for the \"Free them now! Bring them home\" rally in support of the captives.",
            "Police watched."
        ]
    );
    assert_eq!(
        pieces("Youths chanted \u{201C}Out with the junta!\u{201D} as they marched. It ended."),
        [
            "Youths chanted \u{201C}Out with the junta!\u{201D} as they marched.",
            "It ended."
        ]
    );
    // A quotation that ends its sentence still ends it.
    assert_eq!(
        pieces("The governor said: \"We will win!\" Shelling went on.").len(),
        2
    );
}

#[test]
fn someone_missing_since_a_day_was_taken_on_that_day_in_the_provincial_capital() {
    let events = mentions_of(
        0,
        "Relatives of an activist in northern Sar-e Pul province say she has been missing since \
         armed men took her from her home in the provincial capital on Monday evening.",
        Some(date(2023, 5, 31)),
    );
    assert_eq!(events.len(), 1, "{events:?}");
    assert_eq!(events[0].kind, EventKind::Abduction);
    assert_eq!(place_name(&events[0]), "Sar-e Pul");
    assert_eq!(events[0].time.map(|t| t.start), Some(date(2023, 5, 29)));
    // A past the story goes on from stays untold.
    let events = mentions_of(
        0,
        "Thousands have fled since fighting erupted in Sar-e Pul on 3 April.",
        Some(date(2023, 5, 31)),
    );
    assert!(
        events.iter().all(|e| e.kind != EventKind::Assault),
        "{events:?}"
    );
}

#[test]
fn a_place_to_take_is_not_taken() {
    for sentence in [
        "The jihadists do not need to take the district centre.",
        "Commanders threatened to take the city within days.",
        "The rebels will take the district centre.",
    ] {
        assert!(
            !kinds_of(sentence).contains(&EventKind::Capture),
            "{sentence}"
        );
    }
}

#[test]
fn what_is_said_to_be_none_or_few_is_no_event() {
    for text in [
        "The province has seen few public protests since 2021.",
        "No major clashes were reported in Kunduz or Takhar.",
    ] {
        let events = mentions_of(0, text, Some(date(2023, 5, 31)));
        assert!(events.is_empty(), "{text}: {events:?}");
    }
    let events = mentions_of(0, "A few clashes were reported in Kunduz on Monday.", None);
    assert_eq!(events.len(), 1);
}

#[test]
fn where_people_went_across_a_border_is_not_where_the_fighting_was() {
    let events = mentions_of(
        0,
        "Residents of Thantlang fled after heavy fighting on Tuesday, many of them across the \
         border to India's Mizoram state.",
        Some(date(2021, 9, 20)),
    );
    assert!(
        events.iter().all(|e| place_name(e) != "Mizoram"),
        "{events:?}"
    );
}

#[test]
fn the_dead_of_the_violence_just_told_died_where_it_was() {
    let events = mentions_of(
        0,
        "Security forces opened fire on protesters in Thaton on Wednesday, killing two men. \
         One of the dead was shot in the head, according to a medic.",
        Some(date(2021, 3, 18)),
    );
    assert!(
        (events.iter()).all(|e| place_name(e) == "Thaton"),
        "{events:?}"
    );
    // Not the dead of another time.
    let events = mentions_of(
        0,
        "Gunmen attacked a camp in Hombori on Friday. The attacks came weeks after the army \
         said it had killed 200 militants in an operation at the end of March, saying many of \
         the dead were civilians.",
        Some(date(2022, 4, 23)),
    );
    assert!(
        (events.iter())
            .filter(|e| e.kind == EventKind::Killing)
            .all(|e| place_name(e) != "Hombori"),
        "{events:?}"
    );
}

#[test]
fn the_time_remains_date_from_is_not_the_day_they_were_found() {
    let events = mentions_of(
        0,
        "Residents in Shindand uncovered a mass grave with the remains of 11 people, believed \
         to date from fighting in 2021.",
        Some(date(2022, 10, 26)),
    );
    assert_eq!(events.len(), 1, "{events:?}");
    assert_eq!(events[0].kind, EventKind::MassGrave);
    assert_eq!(events[0].time.map(|t| t.end), Some(date(2022, 10, 26)));
}

#[test]
fn the_doers_just_told_act_again_where_they_were_on_a_day_of_their_own() {
    let text = "Update from Katha district, Sagaing: soldiers occupied Ingyi village last week. \
                Before leaving this morning, the troops set fire to more than 60 houses.";
    let places = places_of(text, date(2023, 3, 23));
    assert!(
        places.contains(&(EventKind::Destruction, "Ingyi".to_string())),
        "{places:?}"
    );
    // With no day of its own, it is part of what they did.
    let text = "Taliban fighters overran a checkpoint outside Pul-e-Khumri, in Baghlan, late \
                Tuesday. The insurgents took weapons and two vehicles before withdrawing.";
    let kinds: Vec<EventKind> = (places_of(text, date(2018, 9, 5)).into_iter())
        .map(|(kind, _)| kind)
        .collect();
    assert!(!kinds.contains(&EventKind::Looting), "{kinds:?}");
}

#[test]
fn a_note_s_next_place_field_is_the_smaller_unit() {
    // "Kandhar", the province's field, is named like its capital.
    let text = "03.11.2022 | Kandhar | Argestan | Violence against civilians | Unidentified \
                armed men vs civilians | Two gunmen on a motorbike killed a village elder.";
    let places = places_of(text, date(2022, 11, 4));
    assert_eq!(places, [(EventKind::Killing, "Arghistān".to_string())]);
}

#[test]
fn a_capital_whose_forces_or_spies_act_is_no_place_of_the_act() {
    let places = |text: &str| -> Vec<String> {
        (places_of(text, date(2023, 7, 1)).into_iter())
            .map(|(_, place)| place)
            .collect()
    };
    for text in [
        "Missiles struck a barracks in Sievierodonetsk on Friday, officials said, blaming \
         Kyiv's forces.",
        "Fighting in Sievierodonetsk ended on Friday, a spokesman for the Kyiv military \
         grouping said.",
        "Fighting in Sievierodonetsk ended on Friday, a spokesman for the Kyiv military's \
         eastern grouping said.",
    ] {
        let places = places(text);
        assert!(!places.is_empty(), "{text}");
        assert!(places.iter().all(|p| p == "Siverskodonetsk"), "{places:?}");
    }
    let arrests =
        places("Police in Kovel arrested a man on Friday suspected of spying for Moscow.");
    assert_eq!(arrests, ["Kovel"]);
    // A town's military post is in the town.
    let bomb = places("A suicide bomber blew himself up at the Bosso military post on Friday.");
    assert_eq!(bomb, ["Bosso"]);
}

#[test]
fn internet_cuts_remains_found_and_new_positions_are_events() {
    let kinds = |text: &str| places_of(text, date(2024, 10, 15));
    assert_eq!(
        kinds("Authorities cut mobile internet across Sittwe on Monday."),
        [(EventKind::OtherDevelopment, "Sittwe".to_string())]
    );
    assert_eq!(
        kinds("Workers widening a road in Dowlatshah district uncovered the remains of 12 people."),
        [(EventKind::MassGrave, "Dowlat Shāh".to_string())]
    );
    assert_eq!(
        kinds("Turkish forces set up a new fortified position overlooking Qurqina on Monday."),
        [(EventKind::BaseEstablished, "Qūrqīnā".to_string())]
    );
    // The year the dead were killed is not the year their remains were recovered.
    let events = mentions_of(
        0,
        "Tribal teams recovered the remains of 16 fighters killed in 2021 from a former \
         frontline in Nati' district on Monday.",
        Some(date(2023, 2, 15)),
    );
    assert_eq!(events.len(), 1, "{events:?}");
    assert_eq!(events[0].kind, EventKind::MassGrave);
    assert_eq!(events[0].time.map(|t| t.start), Some(date(2023, 2, 13)));
}

#[test]
fn a_time_in_a_relative_clause_of_the_doer_s_past_dates_nothing_after_it() {
    let events = mentions_of(
        0,
        "Date: Monday 10 October 2022\nA man who had returned from a camp in Arsal, Lebanon, in \
         September was detained at a checkpoint at the entrance to al-Nabk.",
        Some(date(2022, 10, 12)),
    );
    let arrest = (events.iter()).find(|e| e.kind == EventKind::Arrest);
    let day = arrest.and_then(|e| e.time).map(|t| (t.start, t.end));
    assert_eq!(
        day,
        Some((date(2022, 10, 10), date(2022, 10, 10))),
        "{events:?}"
    );
}

#[test]
fn a_time_in_a_clause_of_what_an_event_set_off_dates_that_only() {
    let events = mentions_of(
        0,
        "The governor visited Falmey on Thursday. During the visit, herders and farmers \
         signed an agreement on grazing corridors, ending a dispute that led to clashes \
         with machetes in January, officials said.",
        Some(date(2024, 3, 22)),
    );
    let day = |kind: EventKind| {
        let event = events.iter().find(|e| e.kind == kind);
        event.and_then(|e| e.time).map(|t| (t.start, t.end))
    };
    let thursday = date(2024, 3, 21);
    assert_eq!(
        day(EventKind::Agreement),
        Some((thursday, thursday)),
        "{events:?}"
    );
    assert_eq!(
        day(EventKind::Assault),
        Some((date(2024, 1, 1), date(2024, 1, 31))),
        "{events:?}"
    );
}

#[test]
fn a_flash_strike_is_a_protest_and_a_post_set_up_is_a_base() {
    let kinds = |text: &str| kinds_published(text, date(2022, 8, 5));
    let strike = kinds("Young people held a flash strike on the main road in Mudon on Thursday.");
    assert_eq!(strike, [EventKind::Protest]);
    let strike = kinds("An army strike on the main road in Mudon killed two on Thursday.");
    assert_eq!(strike, [EventKind::AirStrike]);
    let post = kinds("A new military post was set up at Zégoua on Sunday.");
    assert_eq!(post, [EventKind::BaseEstablished]);
}

#[test]
fn a_note_s_place_fields_place_its_narrative() {
    let places = |text: &str| places_of(text, date(2022, 2, 21));
    // A town named in a field, though the narrative names another place nearer its verb.
    let riot = places(
        "19/02/2022 | Nord | Gourcy | Riots | Youths vs gendarmerie | Young people angry after \
         the killing of two traders on the road to Ouahigouya barricaded the main street with \
         burning tyres.",
    );
    assert!(
        riot.contains(&(EventKind::Riot, "Gourcy".to_string())),
        "{riot:?}"
    );
    assert!(
        riot.iter().all(|(_, place)| place != "Ouahigouya"),
        "{riot:?}"
    );
    // The region's field gives way to a town a few km away, which where a minibus was going
    // does not push aside.
    let bomb = places(
        "02/04/2022 | Ségou | about 14 km east of Bla, on the road to San | IED | A minibus \
         heading for San hit a mine buried in the road about 14 km east of Bla.",
    );
    assert_eq!(
        bomb.first(),
        Some(&(EventKind::Bombing, "Bla".to_string())),
        "{bomb:?}"
    );
    // A narrative that names no place, after a sentence of fields, happened where they say.
    let looting = places(
        "29.08.2023 | Boucle du Mouhoun - Kossi province | JNIM. Fighters entered two villages \
         of Djibasso department and looted shops and livestock.",
    );
    assert!(
        looting.contains(&(EventKind::Looting, "Province de la Koosin".to_string())),
        "{looting:?}"
    );
}

#[test]
fn the_side_someone_fights_on_and_the_party_to_a_reconciliation_are_no_events_or_places() {
    let places = |text: &str| places_of(text, date(2022, 8, 13));
    assert_eq!(
        places(
            "Houthi forces blew up the two-storey house of a commander fighting on the \
             government side in Taiz on Friday."
        ),
        [(EventKind::Destruction, "Taiz".to_string())]
    );
    // A side of a place is where the fighting was.
    let fighting = places("Heavy fighting on the eastern side of Taiz killed six on Friday.");
    assert_eq!(
        fighting.first().map(|e| e.0),
        Some(EventKind::Assault),
        "{fighting:?}"
    );
    let riot = places(
        "Protesters angry at talk of reconciliation with Damascus burned tyres and set fire to \
         a military vehicle in Suran on Friday.",
    );
    assert!(
        riot.iter().all(|(_, place)| place != "Damascus"),
        "{riot:?}"
    );
}

#[test]
fn a_toll_told_with_no_place_is_the_toll_of_the_violence_just_told() {
    let events = mentions_of(
        0,
        "Jihadist fighters overran the army detachment at Oursi on Saturday, forcing the \
         surviving soldiers to withdraw to the town of Gorom-Gorom. The army gave no toll, but \
         two security sources said at least 17 soldiers and volunteers were killed.",
        Some(date(2023, 9, 3)),
    );
    // It is a mention of that violence, of its kind.
    let toll = (events.iter())
        .find(|e| e.sentence.start > 0)
        .expect("the toll");
    assert_eq!(place_name(toll), "Oursi", "{events:?}");
    assert_eq!(toll.kind, events[0].kind, "{events:?}");
}

#[test]
fn a_place_taken_in_a_perfect_tense_is_captured() {
    let events = mentions_of(
        0,
        "Russian forces have taken Novoselivka Persha, the ministry said on Wednesday. Two \
         wounded soldiers were taken to Pokrovsk.",
        Some(date(2024, 7, 24)),
    );
    let captures: Vec<String> = (events.iter())
        .filter(|e| e.kind == EventKind::Capture)
        .map(place_name)
        .collect();
    assert_eq!(captures.len(), 1, "{events:?}");
    assert_eq!(captures, ["Novoselivka Persha"]);
}

#[test]
fn the_centre_of_a_place_taken_is_a_capture_of_it() {
    let kinds = |text: &str| kinds_published(text, date(2021, 6, 25));
    assert_eq!(
        kinds("Taliban fighters took the centre of Yangi Qala district on Thursday."),
        [EventKind::Capture]
    );
    assert!(kinds("Police took part in the operation in Kunduz on Thursday.").is_empty());
}

#[test]
fn the_day_of_a_funeral_does_not_date_the_death_told_with_it() {
    let events = mentions_of(
        0,
        "SUMY, Oct. 6 — Residents of Yunakivka buried a farmer on Oct. 5 who was shot dead by \
         a sabotage group. The man had gone to check on his cattle in the early morning of \
         Oct. 3 when armed men fired at him.",
        Some(date(2024, 10, 6)),
    );
    let killing = (events.iter()).find(|e| e.kind == EventKind::Killing);
    let day = killing.and_then(|e| e.time).map(|t| t.start);
    assert_ne!(day, Some(date(2024, 10, 5)), "{events:?}");
    // A protest at a funeral is on its day.
    let events = mentions_of(
        0,
        "Mourners chanted slogans against the army at the funeral in Letpadan on May 23.",
        Some(date(2022, 5, 24)),
    );
    let protest = (events.iter()).find(|e| e.kind == EventKind::Protest);
    let day = protest.and_then(|e| e.time).map(|t| t.start);
    assert_eq!(day, Some(date(2022, 5, 23)), "{events:?}");
}

#[test]
fn a_time_counted_from_the_event_before_is_counted_from_its_day() {
    let day_of_strike = |opener: &str| {
        let text = format!(
            "Thousands attended the funeral of a commander in Idlib on Monday. {opener} jets \
             bombed a market in Maarat al-Numan, killing nine people."
        );
        let events = mentions_of(0, &text, Some(date(2019, 7, 24)));
        assert_eq!(events.len(), 1, "{events:?}");
        events[0].time.map(|t| (t.start, t.end))
    };
    let day = |d| Some((date(2019, 7, d), date(2019, 7, d)));
    assert_eq!(day_of_strike("Hours later,"), day(22));
    assert_eq!(day_of_strike("The next day,"), day(23));
    assert_eq!(day_of_strike("Two days later,"), day(24));
    // A number of days not said is not guessed.
    assert_eq!(day_of_strike("Days later,").map(|t| t.0 < t.1), Some(true));
    // The day told earlier in the sentence counts; what a clause before the counted time
    // tells was on that day.
    let events = mentions_of(
        0,
        "Troops shot nine men dead in Kani on 12 April; their bodies were found the next \
         morning.",
        Some(date(2022, 4, 14)),
    );
    let days: Vec<_> = (events.iter())
        .map(|e| (e.kind, e.time.map(|t| t.start)))
        .collect();
    assert!(
        days.contains(&(EventKind::Killing, Some(date(2022, 4, 12)))),
        "{days:?}"
    );
    assert!(
        days.contains(&(EventKind::MassGrave, Some(date(2022, 4, 13)))),
        "{days:?}"
    );
}

#[test]
fn the_day_a_deal_was_signed_is_not_the_day_of_what_it_causes() {
    let events = mentions_of(
        0,
        "Under the agreement signed on 1 April, the fighters began leaving Sheikh Maqsoud on \
         Friday.",
        Some(date(2025, 4, 5)),
    );
    assert_eq!(events[0].kind, EventKind::Withdrawal);
    assert_eq!(events[0].time.map(|t| t.start), Some(date(2025, 4, 4)));
    // The deal itself keeps its day.
    let events = mentions_of(
        0,
        "The two sides signed an agreement in Doha on 1 April.",
        Some(date(2025, 4, 5)),
    );
    assert_eq!(events[0].time.map(|t| t.start), Some(date(2025, 4, 1)));
}

#[test]
fn the_day_of_a_bracketed_header_is_not_the_event_s_when_the_text_gives_its_own() {
    let header = "[Translated from Burmese - a Papun brigade's page, Monday]";
    let events = mentions_of(
        0,
        &format!("{header} On Saturday our troops attacked the army camp above the town."),
        Some(date(2024, 6, 10)),
    );
    assert_eq!(events[0].time.map(|t| t.start), Some(date(2024, 6, 8)));
    // With no day of its own, the text's event is of the header's day.
    let events = mentions_of(
        0,
        &format!("{header} Our troops attacked the army camp above the town."),
        Some(date(2024, 6, 11)),
    );
    assert_eq!(events[0].time.map(|t| t.start), Some(date(2024, 6, 10)));
}

#[test]
fn a_post_s_own_date_line_dates_its_today_and_gives_way_to_an_earlier_day_it_tells_of() {
    // The post is dated two days before the article came out: "this morning" is its day.
    let events = mentions_of(
        0,
        "From a Suwayda news page, 4/9/2023 (translated): Hundreds of people gathered in the \
         square of al-Mushannaf this morning to demand political change.",
        Some(date(2023, 9, 6)),
    );
    assert_eq!(events[0].time.map(|t| t.start), Some(date(2023, 9, 4)));
    // A transcript broadcast the day before the article: its "this morning" is that day's.
    let events = mentions_of(
        0,
        "Transcript of an interview broadcast yesterday on a radio station in Kunduz.\nQ: What \
         happened this morning?\nA: Gunmen shot two guards at the mill in Kunduz.",
        Some(date(2023, 9, 6)),
    );
    assert_eq!(events[0].time.map(|t| t.start), Some(date(2023, 9, 5)));
    // And in French: "Hier" the day before the communiqué.
    let events = mentions_of(
        0,
        "Communiqué du conseil régional, 12 juin 2023 : Hier, les éleveurs ont signé un accord.\n\
         [English: Yesterday, in I-n-Gall, the herders signed an agreement.]",
        Some(date(2023, 6, 14)),
    );
    assert_eq!(events[0].time.map(|t| t.start), Some(date(2023, 6, 11)));
    // A day the post opens with, earlier than its own, is the event's.
    let events = mentions_of(
        0,
        "Post by the customs directorate, Tuesday 18 June 2024 (translated): On Sunday 16 June, \
         officers found 38 mortar rounds hidden in a lorry at the Sher Khan Bandar port.",
        Some(date(2024, 6, 19)),
    );
    assert_eq!(events[0].time.map(|t| t.start), Some(date(2024, 6, 16)));
    // A bulletin's item dated before its colon keeps that day, whatever it tells of later.
    let events = mentions_of(
        0,
        "Bulletin, 29 November 2019\nNajaf, night of 27 November: protesters set fire to the \
         consulate; a curfew was declared the next day.",
        Some(date(2019, 11, 29)),
    );
    assert_eq!(events[0].time.map(|t| t.start), Some(date(2019, 11, 27)));
}

#[test]
fn a_sentence_runs_to_two_thousand_bytes_and_is_cut_at_a_space() {
    // Words of 7 bytes ("é" is two) and no end: cut at the last space before the limit.
    let long = "Tešé ".repeat(1000);
    let text = format!("{long}Fighters attacked Kabul. Then quiet.");
    let pieces: Vec<&str> = sentences(&text, &line_ranges(&text))
        .into_iter()
        .map(|r| &text[r])
        .collect();
    assert!(
        pieces.iter().all(|p| p.len() <= 2000),
        "{:?}",
        pieces.iter().map(|p| p.len())
    );
    assert!(pieces[0].ends_with("Tešé") && pieces[1].starts_with("Tešé"));
    assert_eq!(pieces.concat().matches("Tešé").count(), 1000);
    assert_eq!(&pieces[pieces.len() - 1..], ["Then quiet."]);
    assert!(pieces[pieces.len() - 2].ends_with("Fighters attacked Kabul."));
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
fn a_report_without_a_place_is_kept_only_when_it_says_something_concrete() {
    let dead = mentions_of(
        0,
        "Two soldiers were killed in an ambush on Monday.",
        Some(date(2021, 7, 7)),
    );
    let ambush = dead.first().expect("the ambush, with its dead");
    assert!(ambush.place.is_none());
    assert_eq!(ambush.casualties.fatalities, Some(2));
    assert_eq!(ambush.time.map(|t| t.start), Some(date(2021, 7, 5)));
    let vague = mentions_of(
        0,
        "Hundreds of soldiers fled across the river.",
        Some(date(2021, 7, 5)),
    );
    assert!(vague.is_empty(), "{vague:#?}");
}

#[test]
fn quantities_reported_speech_and_captions_are_marked() {
    let text = "\"They took 900 guns and 30 Humvees in Kunduz,\" a commander said.\nFighters seize weapons in Kunduz (pictured in March 2020)";
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
    let events = merge(bundled_for_tests(), &all, &["a", "b", "c"]);
    let assaults: Vec<&Event> = events
        .iter()
        .filter(|e| e.kind == EventKind::Assault)
        .collect();
    assert_eq!(assaults.len(), 1, "{assaults:#?}");
    assert_eq!(assaults[0].source_count(), 2);
    assert_eq!(assaults[0].merge_reasons.len(), 1);
    assert!(
        assaults[0].merge_reasons[0]
            .describe(bundled_for_tests())
            .contains("same place"),
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
    let events = merge(bundled_for_tests(), &all, &["a", "b", "c"]);
    assert_eq!(
        events
            .iter()
            .filter(|e| e.kind == EventKind::Assault)
            .count(),
        3
    );
}

#[test]
fn one_article_s_reports_of_other_stated_days_stay_apart() {
    let published = Some(date(2024, 5, 12));
    let days_of = |kind: EventKind, text: &str| {
        let events = merge(
            bundled_for_tests(),
            &mentions_of(0, text, published),
            &["a"],
        );
        let of_kind = events.iter().filter(|e| e.kind == kind);
        of_kind.map(|e| e.time.map(|t| t.start)).collect::<Vec<_>>()
    };
    let count = |text: &str| days_of(EventKind::AirStrike, text);
    // A bulletin's items, each with its calendar day.
    assert_eq!(
        count(
            "• On 10 May, a drone strike hit a car in Sinjar, killing two fighters.\n\
             • On 4 May, a drone strike hit a house in Sinjar; nobody was hurt."
        ),
        [Some(date(2024, 5, 4)), Some(date(2024, 5, 10))]
    );
    // One strike told by a day and by a weekday a few days off (a slip, or a day of
    // another clause) stays one.
    assert_eq!(
        count(
            "A drone strike hit a car in Sinjar on 10 May, killing two fighters. \
             The drone strike in Sinjar on Monday was the third this month."
        )
        .len(),
        1
    );
    // A heading's day in parentheses is the bulletin's, not another report's.
    assert_eq!(
        days_of(
            EventKind::Arrest,
            "Arrests update (12 May 2024)\n\
             - On 10 May 2024, soldiers arrested 12 young men in Sinjar during house searches."
        )
        .len(),
        1
    );
}

#[test]
fn event_ids_follow_the_articles_not_their_order_and_tell_a_list_apart() {
    let attack = "Taliban fighters attacked Qala-i-Naw on Wednesday.";
    let strikes = "Skirmishes were reported in Ghazni, Lashkar Gah and Taloqan.";
    let published = Some(date(2021, 7, 7));
    let mut first = mentions_of(0, attack, published);
    first.extend(mentions_of(1, strikes, published));
    let mut swapped = mentions_of(0, strikes, published);
    swapped.extend(mentions_of(1, attack, published));
    let ids = |events: Vec<Event>| {
        let mut ids: Vec<(EventKind, EventId)> = events.iter().map(|e| (e.kind, e.id)).collect();
        ids.sort_unstable();
        ids
    };
    let before = ids(merge(bundled_for_tests(), &first, &["a.txt", "b.txt"]));
    let after = ids(merge(bundled_for_tests(), &swapped, &["b.txt", "a.txt"]));
    assert_eq!(before, after, "the same articles, read in another order");
    let mut unique: Vec<EventId> = before.iter().map(|(_, id)| *id).collect();
    unique.dedup();
    assert!(
        before.len() >= 4,
        "an assault and three skirmishes: {before:?}"
    );
    assert_eq!(unique.len(), before.len(), "one id per event: {before:?}");
    let renamed = ids(merge(
        bundled_for_tests(),
        &mentions_of(0, attack, published),
        &["c.txt"],
    ));
    assert_ne!(renamed[0].1, before[0].1, "another article, another id");
}

#[test]
fn an_event_absorbing_a_killing_takes_its_place_not_a_background_clause() {
    let found = mentions_of(
        0,
        "Troops killed twelve villagers in Taloqan on Monday as they raided homes.",
        Some(date(2021, 7, 14)),
    );
    let placed: Vec<(EventKind, String)> = found.iter().map(|m| (m.kind, place_name(m))).collect();
    assert!(
        placed.iter().any(|(_, place)| place == "Taloqan"),
        "{placed:?}"
    );
    assert!(
        placed.iter().all(|(_, place)| !place.is_empty()),
        "{placed:?}"
    );
    let found = mentions_of(
        0,
        "Fighters seized 300 rifles in Ghazni as the US retreat went on.",
        Some(date(2021, 7, 14)),
    );
    assert!(
        found
            .iter()
            .all(|m| m.kind != EventKind::Withdrawal || m.place.is_none()),
        "{:?}",
        found
            .iter()
            .map(|m| (m.kind, place_name(m)))
            .collect::<Vec<_>>()
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
    let events = merge(bundled_for_tests(), &all, &["a", "b", "c"]);
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

/// The kinds a sentence reports: its actual triggers, once chosen between.
fn kinds_of(sentence: &str) -> Vec<EventKind> {
    let words = crate::text::words(sentence);
    let actual = extract::actual_triggers(sentence, &words, 0, &[], None, None);
    let actors = actors::find_actors(sentence);
    choose::choose(sentence, actual, &words, &actors)
        .into_iter()
        .map(|t| t.kind)
        .collect()
}

#[test]
fn the_vocabulary_of_conflict_reporting() {
    use EventKind::*;
    let cases: &[(&str, EventKind)] = &[
        (
            "Forces fired 120mm mortars and grenade launchers at positions near the village.",
            Shelling,
        ),
        (
            "Artillery shelled the outskirts of the town overnight.",
            Shelling,
        ),
        ("Rocket fire hit a residential area of the city.", Shelling),
        ("The town came under missile attack on Tuesday.", Shelling),
        ("Two airstrikes targeted the district on Monday.", AirStrike),
        (
            "A drone struck a vehicle near the border crossing.",
            AirStrike,
        ),
        ("Air raids were reported across the province.", AirStrike),
        (
            "A roadside bomb planted by militants hit a police vehicle.",
            Bombing,
        ),
        (
            "An IED exploded near a checkpoint, wounding three soldiers.",
            Bombing,
        ),
        (
            "A suicide bomber blew himself up at a checkpoint.",
            SuicideBombing,
        ),
        (
            "A pickup packed with explosives was rammed into the wall of the base.",
            Bombing,
        ),
        (
            "A landmine exploded under a truck carrying farmers.",
            Bombing,
        ),
        ("Unknown assailants threw a grenade at a shop.", Grenade),
        (
            "Unidentified gunmen opened fire on civilians in the market, wounding two.",
            Killing,
        ),
        ("A policeman was shot dead by unknown gunmen.", Killing),
        ("A man was kidnapped on the road to the capital.", Abduction),
        (
            "Two armed men pulled the pharmacist into a waiting car outside his shop.",
            Abduction,
        ),
        (
            "A boy was dragged into a van on his way to school.",
            Abduction,
        ),
        (
            "Armed men seized the mayor of the town at the crisis centre and drove off.",
            Abduction,
        ),
        ("A mass grave was found outside the village.", MassGrave),
        (
            "Clashes took place between the army and rebels on the southern front.",
            Assault,
        ),
        (
            "Government troops repelled an attack by militants near the dam.",
            Assault,
        ),
        (
            "Insurgents ambushed a military convoy on the highway.",
            Assault,
        ),
        (
            "Militants stormed the police station and seized control of the town.",
            Capture,
        ),
        (
            "The army recaptured the town after a week of fighting.",
            Recapture,
        ),
        (
            "Security forces arrested 12 people in a raid on the neighbourhood.",
            Arrest,
        ),
        (
            "Civilians were evacuated from the frontline villages.",
            Flight,
        ),
        (
            "A demonstration took place in the square denouncing the price rises.",
            Protest,
        ),
        (
            "Residents protested against the closure of the road.",
            Protest,
        ),
        (
            "Police fired tear gas to disperse the protesters.",
            ProtestIntervention,
        ),
        (
            "Soldiers opened fire on protesters, killing four.",
            ProtestCrackdown,
        ),
        (
            "Three people were killed when guards fired to scatter a demonstration.",
            ProtestCrackdown,
        ),
        (
            "Police moved in to break up the demonstration outside the ministry.",
            ProtestIntervention,
        ),
        ("Rioters torched a police post during the protest.", Riot),
        (
            "Groups of men stopped trucks on the highway and set them alight.",
            Destruction,
        ),
        ("A mob lynched a man accused of theft.", MobViolence),
        (
            "A crowd had caught a stranger they took for a spy and beat him with poles.",
            MobViolence,
        ),
        (
            "Police found a grave with eleven bodies near the river.",
            MassGrave,
        ),
        ("Students clashed with police outside the parliament.", Riot),
        (
            "Hundreds of farmers armed with sticks clashed with herders over a well.",
            MobViolence,
        ),
        ("Soldiers clashed with rebels near the border.", Assault),
        (
            "Soldiers looted the town, residents said, bringing the buildings destroyed to 1,000.",
            Looting,
        ),
        (
            "The bodies of seven men, some with hands tied, were found in a dry well.",
            MassGrave,
        ),
        ("Taliban take Yamgan district centre", Capture),
        ("Khan Sheikhoun falls to opposition fighters", Capture),
        ("Houthis say they now control Mahliyah district", Capture),
        ("A mine killed a shepherd near the village.", Bombing),
        (
            "The fighters began leaving the district, handing their checkpoints to the police.",
            Withdrawal,
        ),
        (
            "Thousands of supporters of the former president stormed the parliament building.",
            Riot,
        ),
        ("Armed youths raided the cattle camp at dawn.", Assault),
        (
            "Residents blocked the ring road with burning tyres on Monday.",
            Riot,
        ),
        (
            "Angry men stoned two police vehicles at the roundabout.",
            Riot,
        ),
        (
            "Protesters rammed a lorry through the gates of the governor's office.",
            Riot,
        ),
        ("Demonstrators smashed their way into the town hall.", Riot),
        (
            "Villagers handed the thief over to the police on Monday.",
            Arrest,
        ),
        (
            "Air defences destroyed six cruise missiles and 20 attack drones over the region.",
            WeaponsSeizure,
        ),
        (
            "All 14 drones were destroyed over the city and the sea overnight.",
            WeaponsSeizure,
        ),
        (
            "Air defences intercept drones fired at the port",
            WeaponsSeizure,
        ),
        (
            "Drones hit the port; three others were shot down.",
            AirStrike,
        ),
        (
            "Clashes between security forces and young people left one woman dead.",
            Riot,
        ),
        (
            "Farmers and herders clashed over a well near the market.",
            MobViolence,
        ),
        (
            "The army said it had captured more than 250 rebels.",
            Arrest,
        ),
        (
            "Heavy clashes between the SAF and the RSF rocked the city, residents said.",
            Assault,
        ),
        ("The two sides agreed a ceasefire in the city.", Agreement),
        ("Houses were set on fire in the village.", Destruction),
        ("Fighters looted shops in the market.", Looting),
        (
            "Engineers defused a bomb found under a bridge.",
            WeaponsSeizure,
        ),
        (
            "Troops seized a weapons cache in a farmhouse.",
            WeaponsSeizure,
        ),
        (
            "The rebels set up a new base in the hills.",
            BaseEstablished,
        ),
        (
            "Government forces withdrew from the town without a fight.",
            Withdrawal,
        ),
        (
            "Most districts in the province are falling without any fighting.",
            Withdrawal,
        ),
        (
            "Two rebel factions announced their merger under a new leader.",
            Mobilisation,
        ),
        (
            "A woman was raped by armed men at a checkpoint.",
            SexualViolence,
        ),
        (
            "Masked gunmen snatched two traders from a market stall.",
            Abduction,
        ),
        ("A mortar shell fell on a street in the old town.", Shelling),
        (
            "Soldiers drove the militants out of the town after a week of fighting.",
            Recapture,
        ),
        (
            "Militiamen attacked a camp for displaced people, killing at least 20 of them.",
            Killing,
        ),
        (
            "Raiders went from house to house, shooting dead eleven farmers.",
            Killing,
        ),
        (
            "Regime helicopters dropped chlorine on the town.",
            ChemicalAttack,
        ),
        (
            "Six soldiers were killed and one was wounded in the district.",
            Assault,
        ),
        (
            "Militiamen seized a journalist from his home before dawn.",
            Abduction,
        ),
        (
            "Gunmen stopped a minibus and marched its passengers into the forest.",
            Abduction,
        ),
        (
            "Women carrying placards gathered outside the ministry until guards fired into the air.",
            ProtestIntervention,
        ),
        (
            "The rebels pulled their fighters out of the town and handed it back to the army.",
            Withdrawal,
        ),
        (
            "An explosive-laden truck rammed the gate of the base.",
            SuicideBombing,
        ),
        (
            "The army opened a new post near the airstrip.",
            BaseEstablished,
        ),
        (
            "Fighters broke into shops on the main street, carrying off goods.",
            Looting,
        ),
        (
            "Gunmen stopped the train, taking dozens of passengers hostage.",
            Abduction,
        ),
        ("A Turkish-brokered deal was reached on Friday.", Agreement),
        (
            "The two sides exchanged some two hundred detainees at the crossing.",
            Agreement,
        ),
        // A trigger's word inside a group's name is no event.
        (
            "The Popular Liberation Army attacked an army base overnight.",
            Assault,
        ),
        (
            "Hundreds of men stormed the stadium, searching the stands for the visiting team.",
            MobViolence,
        ),
        (
            "Gunmen in canoes seized six fishermen near the island on Tuesday.",
            Abduction,
        ),
        // The dateline's capitals are no party to the clash.
        (
            "ABIDJAN, Ivory Coast (AP) — Clashes between rival communities killed six people.",
            MobViolence,
        ),
        (
            "Masked men bundled the activist into a minibus and drove off.",
            Abduction,
        ),
        (
            "Thousands of youths stormed a customs post, hurling stones at the guards.",
            Riot,
        ),
    ];
    let mut wrong = Vec::new();
    for (sentence, kind) in cases {
        let kinds = kinds_of(sentence);
        if kinds.first() != Some(kind) {
            wrong.push(format!("{sentence} -> {kinds:?}, expected {kind:?}"));
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

#[test]
fn negated_future_and_generic_reports_are_not_events() {
    for sentence in [
        "No clashes were reported in the town on Monday.",
        "The group denied attacking the convoy.",
        "The commander promised a counter-attack.",
        "The militants vowed to capture the city.",
        "Troops will withdraw from the base next year.",
        "The new roads allow them to easily siege urban centres.",
        "Unions announced solidarity protests for next week.",
        "Teachers called a march for next Monday.",
        "The rebels warned they would strike back if the capital was attacked.",
        "Schools reopen on Monday unless the rebels seize the airport.",
    ] {
        assert!(
            kinds_of(sentence).is_empty(),
            "{sentence}: {:?}",
            kinds_of(sentence)
        );
    }
}

#[test]
fn hedged_reports_are_events_marked_unconfirmed() {
    let found = mentions_of(
        0,
        "Soldiers allegedly executed three villagers in Herat.",
        Some(date(2021, 7, 7)),
    );
    assert!(
        found
            .iter()
            .any(|m| m.kind == EventKind::Killing && m.hedged),
        "{found:#?}"
    );
}

#[test]
fn a_list_of_towns_gives_one_event_each() {
    let found = mentions_of(
        0,
        "Skirmishes were reported in Ghazni and Lashkar Gah, and Pul-e-Khumri and Taloqan.",
        Some(date(2021, 7, 13)),
    );
    let places: Vec<String> = found.iter().map(place_name).collect();
    assert_eq!(found.len(), 4, "{places:?}");
}

#[test]
fn fatalities_and_injured_are_their_own_fields() {
    let found = mentions_of(
        0,
        "Shelling of Kharkiv killed 6 soldiers and wounded 1 civilian on Monday.",
        Some(date(2023, 3, 14)),
    );
    let shelling = found
        .iter()
        .find(|m| m.kind == EventKind::Shelling)
        .expect("shelling");
    assert_eq!(shelling.casualties.fatalities, Some(6));
    assert_eq!(shelling.casualties.injured, Some(1));
}

#[test]
fn a_modifier_or_a_minister_is_not_the_place() {
    let found = mentions_of(
        0,
        "The fighters surrendered their US-made arms to the Taliban in Kunduz.",
        Some(date(2021, 7, 7)),
    );
    assert!(
        found.iter().all(|m| place_name(m) != "United States"),
        "{found:#?}"
    );
    let found = mentions_of(
        0,
        "Iran's foreign minister hosted the talks in Tehran on Wednesday.",
        Some(date(2021, 7, 7)),
    );
    let talks = found
        .iter()
        .find(|m| m.kind == EventKind::Talks)
        .expect("talks");
    assert_eq!(place_name(talks), "Tehran");
    // A vehicle's registration says where it came from.
    let found = mentions_of(
        0,
        "Gunmen seized four Americans in Matamoros on Friday. They had driven a van with \
         North Carolina licence plates into the city and were caught in a shootout.",
        Some(date(2023, 3, 5)),
    );
    assert!(!found.is_empty());
    assert!(
        found.iter().all(|m| place_name(m) != "North Carolina"),
        "{found:#?}"
    );
}

#[test]
fn repeated_captions_are_read_once() {
    let text = "Taliban fighters stormed Qala-i-Naw.\nTaliban fighters stormed Qala-i-Naw.";
    assert_eq!(mentions_of(0, text, Some(date(2021, 7, 7))).len(), 1);
}

#[test]
fn the_town_points_back_at_the_town_named_before() {
    let text =
        "Residents of Kupiansk described a quiet morning. Then the town was shelled for hours.";
    let found = mentions_of(0, text, Some(date(2023, 3, 14)));
    let shelling = found
        .iter()
        .find(|m| m.kind == EventKind::Shelling)
        .expect("shelling");
    assert!(shelling.place_inherited);
    assert!(
        place_name(shelling).starts_with("Kup"),
        "{}",
        place_name(shelling)
    );
}

#[test]
fn the_town_set_only_by_a_reference_point_is_the_town_named_long_before() {
    // Five sentences after "Kupiansk", the sentence names only a reference point.
    let text = "Russian guns shelled Kupiansk overnight, officials said on Tuesday. Power was \
                cut to the hospital. Schools moved their classes online. The governor asked \
                for more generators. Aid groups said they would send water. Residents of the \
                town, some 120 kilometres east of Kharkiv, reported more explosions at dawn.";
    let found = mentions_of(0, text, Some(date(2023, 3, 14)));
    assert!(!found.is_empty());
    assert!(
        found.iter().all(|m| place_name(m).starts_with("Kup")),
        "{:?}",
        found.iter().map(place_name).collect::<Vec<_>>()
    );
}

#[test]
fn a_trade_a_means_of_crowd_control_or_captives_driven_on_are_no_such_events() {
    use EventKind::*;
    for (sentence, not) in [
        (
            "Civil aviation authorities closed the airport for a week.",
            AirStrike,
        ),
        ("Aviation officials said the runway was damaged.", AirStrike),
        (
            "The base was used for drone flights over the desert.",
            AirStrike,
        ),
        ("Drone footage showed the burned market.", AirStrike),
        (
            "Police used stun grenades and tear gas on the crowd.",
            Grenade,
        ),
        (
            "The captives were marched into the forest at dawn.",
            Protest,
        ),
        (
            "Police attacked barricades at dawn; residents armed with homemade mortars and \
             hunting rifles resisted for hours.",
            Shelling,
        ),
        (
            "Rioters blocked the station before police regained control.",
            Recapture,
        ),
    ] {
        let kinds = kinds_of(sentence);
        assert!(!kinds.contains(&not), "{sentence} -> {kinds:?}");
    }
    // The word still reports aircraft striking.
    assert!(kinds_of("Troops took the village with the support of aviation.").contains(&AirStrike));
    assert!(kinds_of("Soldiers regained control of the town on Monday.").contains(&Recapture));
}

#[test]
fn a_town_captured_is_no_arrest_told_in_another_statement() {
    use EventKind::*;
    let kinds =
        kinds_of("Rebels captured Mogok on Monday; they said they had detained 40 soldiers.");
    assert!(kinds.contains(&Capture), "{kinds:?}");
    assert!(kinds.contains(&Arrest), "{kinds:?}");
    // People captured, in the arrest's statement, are arrested.
    let kinds = kinds_of("Rebels captured Major Htun and detained 40 soldiers on Monday.");
    assert_eq!(kinds, [Arrest]);
}

#[test]
fn the_strike_told_before_is_that_strike_and_not_a_stoppage() {
    let text = "Russian warplanes carried out a wave of air strikes in the north-west overnight, \
                a war monitor said.\n\nThe strikes killed nine people in Kafr Nabl, rescuers \
                said.";
    let places = places_of(text, date(2019, 4, 11));
    assert!(
        places
            .iter()
            .all(|(kind, place)| *kind == EventKind::AirStrike && place.starts_with("Kafr")),
        "{places:?}"
    );
    assert!(!places.is_empty());
    // With no strike told before, a strike is a stoppage of work.
    let text = "Transport workers said the strike hit businesses in Herat on Tuesday.";
    assert!(places_of(text, date(2019, 4, 11)).is_empty());
}

#[test]
fn a_country_named_as_where_gives_way_to_the_town_of_the_next_clause() {
    let text = "JOHANNESBURG (AP) — Police in Eswatini fired tear gas to disperse hundreds of \
                people marching in the capital, Mbabane, on Monday, witnesses said.";
    let places = place_names_of(text, date(2021, 6, 29));
    assert_eq!(places, ["Mbabane"]);
}

#[test]
fn a_lede_at_a_border_or_in_a_part_of_the_country_is_not_where_the_story_was_filed() {
    let text = "BANGKOK (AP) — Thai and Cambodian soldiers exchanged gunfire early on Wednesday \
                in a disputed border area, officials said.";
    assert!(
        place_names_of(text, date(2025, 5, 29))
            .iter()
            .all(|p| p.is_empty())
    );
    // Nor one in a part of the country, told by a statement read in the capital.
    let text = "LOMÉ — Gunmen overran an army outpost in the far north of the country on \
                Wednesday, killing eight soldiers, the government said in a statement read on \
                national television in Lomé.";
    assert!(
        place_names_of(text, date(2022, 5, 12))
            .iter()
            .all(|p| p.is_empty())
    );
    // Border officials speak of the place where the story was filed.
    let text = "MAE SOT, Thailand — Gunfire could be heard on Thursday as fighters clashed \
                across the river, Thai border officials said.";
    assert_eq!(place_names_of(text, date(2024, 4, 12)), ["Mae Sot"]);
}

#[test]
fn the_attack_just_told_keeps_its_kind() {
    let text = "Unknown attackers threw grenades at the police headquarters on Monday evening. \
                No one was hurt in the attack in Bender, officials said.";
    let places = places_of(text, date(2022, 4, 26));
    assert!(!places.is_empty());
    assert!(
        places.iter().all(|(kind, _)| *kind == EventKind::Grenade),
        "{places:?}"
    );
    // Not an attack that something was done for.
    let text = "A roadside bomb killed two soldiers in Bajaur on Monday. Officials say militants \
                have crossed the frontier to attack posts in Chitral.";
    let places = places_of(text, date(2023, 9, 3));
    assert!(
        places
            .iter()
            .all(|(kind, place)| !place.starts_with("Chitr") || *kind == EventKind::Assault),
        "{places:?}"
    );
}

#[test]
fn the_airport_where_someone_landed_is_not_where_she_came_from() {
    let text = "Police detained the mayor of Tarsus on Tuesday, her party said.\n\nShe was \
                stopped at the city airport as she returned from Izmir, and two aides were \
                detained at their homes.";
    let places = place_names_of(text, date(2016, 10, 26));
    assert!(!places.is_empty());
    assert!(places.iter().all(|p| p.starts_with("Tarsus")), "{places:?}");
    // Where a reporter reached a witness from.
    let text = "KABUL — Fighters seized the district centre of Kushk on Monday, officials said.\n\n\
                The militants arrived on motorbikes and took control after a brief exchange of \
                fire, according to a local official reached from Herat. They raised their flag \
                over the former town hall, residents said.";
    let places = place_names_of(text, date(2023, 11, 30));
    assert!(!places.is_empty());
    assert!(places.iter().all(|p| p == "Kushk"), "{places:?}");
    // Where those who condemned it were, a list of them.
    let text = "A car bomb exploded outside the courthouse in Derry on Saturday. The attack was \
                condemned by politicians in Belfast, Dublin and London.";
    let places = place_names_of(text, date(2019, 1, 20));
    assert!(!places.is_empty());
    assert!(places.iter().all(|p| p == "Derry"), "{places:?}");
    // Nor where people fled to ("the area" after it is not that city).
    let text = "Fighting between two armed groups killed 12 people in Tibu on Saturday.\n\nMore \
                than 20,000 people have fled to the cities of Cucuta and Ocana, where schools \
                have been turned into shelters. Some families crossed into Venezuela.\n\nThe \
                government suspended peace talks with the rebels and said it would send more \
                troops to the area.";
    let places = place_names_of(text, date(2025, 1, 20));
    assert!(!places.is_empty());
    assert!(places.iter().all(|p| p != "Cúcuta"), "{places:?}");
    // Where marchers walked from.
    let text = "Tens of thousands of students protested in Novi Sad on Saturday. Marchers who \
                had arrived on foot from Belgrade joined the rally.";
    let places = place_names_of(text, date(2025, 2, 1));
    assert!(!places.is_empty());
    assert!(places.iter().all(|p| p != "Belgrade"), "{places:?}");
    // Where the police were sent from, by a body of that city.
    let text = "Riot police sent from the National Police Department in Lima removed about 80 \
                people staging a sit-in in front of the gate of the mine, in the Yanacocha area \
                of Cajamarca, on Wednesday.";
    let places = place_names_of(text, date(2025, 2, 1));
    assert!(!places.is_empty());
    assert!(places.iter().all(|p| p != "Lima"), "{places:?}");
    // Where the troops sent to quell a riot come from.
    let text = "Rioters burned the courthouse in Goroka on Thursday. The government is sending \
                two companies of soldiers from Lae to restore order.";
    let places = place_names_of(text, date(2025, 2, 1));
    assert!(places.iter().any(|p| p == "Goroka"), "{places:?}");
    assert!(places.iter().all(|p| p != "Lae"), "{places:?}");
}

#[test]
fn the_capital_alone_is_the_country_s_capital_named_before() {
    // Mao is "the provincial capital"; "the capital" is N'Djamena. A distance told at the end
    // of one sentence does not make the next sentence's first place a reference point.
    let text = "Rebels advanced towards the capital, some 300 km from the fighting.\n\nIn \
                N'Djamena, troops guarded the main avenues. Families reached Mao, the \
                provincial capital, on foot. Police broke up several rallies in the capital on \
                Sunday.";
    let places = place_names_of(text, date(2021, 4, 19));
    assert!(places.iter().any(|p| p == "N'Djamena"), "{places:?}");
    assert!(places.iter().all(|p| p != "Mao"), "{places:?}");
}

#[test]
fn a_town_set_after_its_province_is_the_place() {
    let found = mentions_of(
        0,
        "In the capital of Badakhshan, Faizabad, officials fled on a commercial jet on Monday.",
        Some(date(2021, 7, 7)),
    );
    let flight = found
        .iter()
        .find(|m| m.kind == EventKind::Flight)
        .expect("a flight");
    assert_eq!(place_name(flight), "Fayzabad");
}

#[test]
fn the_city_of_a_story_is_its_main_town_when_none_was_named_just_before() {
    let text = "Taliban fighters stormed Qala-i-Naw on Wednesday. \
        Residents of Qala-i-Naw hid in their homes. \
        Smoke rose over Qala-i-Naw all day. \
        The army had promised reinforcements. \
        Officials in the capital gave no figures. \
        The roads were closed to traffic. \
        A spokesman declined to comment. \
        Fighters later stormed the police headquarters of the city.";
    let found = mentions_of(0, text, Some(date(2021, 7, 8)));
    let places: Vec<String> = found
        .iter()
        .filter(|m| m.kind == EventKind::Assault)
        .map(place_name)
        .collect();
    assert_eq!(places, ["Qala i Naw", "Qala i Naw"], "{found:#?}");
}

#[test]
fn a_week_guessed_from_publication_merges_with_a_day_next_to_it() {
    let mut all = mentions_of(
        0,
        "Taliban fighters surrounded Kandahar on Wednesday.",
        Some(date(2021, 7, 7)),
    );
    all.extend(mentions_of(
        1,
        "Taliban fighters have surrounded Kandahar.",
        Some(date(2021, 7, 14)),
    ));
    let sieges: Vec<Event> = merge(bundled_for_tests(), &all, &["a", "b", "c"])
        .into_iter()
        .filter(|e| e.kind == EventKind::Siege)
        .collect();
    assert_eq!(sieges.len(), 1, "{sieges:#?}");
    assert_eq!(sieges[0].source_count(), 2);
}

#[test]
fn a_since_clause_neither_dates_the_report_nor_is_an_event_of_it() {
    let found = mentions_of(
        0,
        "Hundreds of women marched in Kassala on Monday for sons missing since fighting erupted in Khartoum in April.",
        Some(date(2023, 7, 11)),
    );
    let day = |kind: EventKind| {
        found
            .iter()
            .find(|m| m.kind == kind)
            .and_then(|m| m.time)
            .map(|t| (t.start, t.end))
    };
    assert_eq!(
        day(EventKind::Protest),
        Some((date(2023, 7, 10), date(2023, 7, 10)))
    );
    assert_eq!(
        day(EventKind::Assault),
        None,
        "the April fighting is background"
    );
    // "since 2005, when …": that year's event, long past, stands on no map of this week.
    let found = place_names_of(
        "Troops fired on protesters in Nukus on Saturday. It was the deadliest violence in \
         the country since 2005, when soldiers fired on protesters in Andijan, killing hundreds.",
        date(2022, 7, 4),
    );
    assert!(found.iter().all(|p| p != "Andijon"), "{found:?}");
}

#[test]
fn a_year_before_an_event_noun_dates_that_event() {
    // "The 2021 riots", long past, stand on no map of this week.
    let found = place_names_of(
        "Police arrested the former prime minister in Suva on Thursday. In Solomon Islands, \
         the 2021 riots in Honiara left three people dead.",
        date(2023, 3, 10),
    );
    assert_eq!(found, ["Suva"]);
    // A count is no year: "the 2000 protesters" marched this week.
    let found = place_names_of(
        "In Honiara the 2000 protesters clashed with police outside parliament on Friday.",
        date(2023, 3, 10),
    );
    assert_eq!(found, ["Honiara"]);
}

#[test]
fn the_country_across_a_border_is_a_reference_point() {
    let text = "Men armed with sticks attacked passengers at the station in Yuen Long on \
                Sunday.\n\nYuen Long, a town close to the border with Shenzhen, has strong \
                clan networks, and several attackers were later seen leaving in cars.";
    let found = place_names_of(text, date(2019, 7, 22));
    assert!(found.iter().all(|p| p != "Shenzhen"), "{found:?}");
}

#[test]
fn an_attack_on_unarmed_people_is_violence_against_civilians() {
    let kinds = kinds_of("Masked men attacked activists and journalists in Banja Luka.");
    assert_eq!(kinds, [EventKind::Killing]);
    // An attack on an army base stays a battle, whoever died in it.
    let kinds = kinds_of("Militants attacked the army base in Arbinda and civilians fled.");
    assert_eq!(kinds, [EventKind::Assault]);
}

#[test]
fn tear_gas_in_a_raid_that_names_no_crowd_is_no_protest_s() {
    let kinds = kinds_of(
        "Police arrested the opposition leader at his home after storming it with tear gas.",
    );
    assert_eq!(kinds, [EventKind::Arrest]);
    // Beside a crowd it is.
    let kinds = kinds_of("Police fired tear gas at protesters and arrested twelve of them.");
    assert_eq!(kinds, [EventKind::ProtestIntervention]);
    // Riot police and riot gear are no riot.
    assert!(kinds_of("Riot police in full riot gear stood by on Monday.").is_empty());
}

#[test]
fn protesters_shot_by_no_state_s_forces_are_civilians_attacked() {
    let kinds = kinds_of("A man shot dead two protesters who were blocking the highway.");
    assert!(kinds.contains(&EventKind::Killing), "{kinds:?}");
    assert!(!kinds.contains(&EventKind::ProtestCrackdown), "{kinds:?}");
    let kinds = kinds_of("Police shot dead two protesters who were blocking the highway.");
    assert_eq!(kinds, [EventKind::ProtestCrackdown]);
}

#[test]
fn force_used_on_a_protest_told_just_before_makes_it_a_protest_with_intervention() {
    let found = places_of(
        "Teachers protested outside the legislature in Jujuy on Tuesday. Police fired tear gas \
         at them.",
        date(2023, 6, 23),
    );
    assert_eq!(found.len(), 2, "{found:?}");
    assert!(
        (found.iter()).all(|(kind, place)| *kind == EventKind::ProtestIntervention
            && place.starts_with("San Salvador de Jujuy")),
        "{found:?}"
    );
    // A march that dispersed by itself met no force.
    let found = places_of(
        "Hundreds of young people marched to the governor's office in Goma on Monday. The march \
         dispersed without incident.",
        date(2024, 2, 20),
    );
    assert!(
        (found.iter()).all(|(kind, _)| *kind == EventKind::Protest),
        "{found:?}"
    );
}

#[test]
fn a_battle_of_a_past_century_is_history() {
    let kinds = kinds_of("The river takes its name from an 18th-century battle.");
    assert!(kinds.is_empty(), "{kinds:?}");
    let kinds = kinds_of("The river takes its name from a battle.");
    assert_eq!(kinds, [EventKind::Assault]);
}

#[test]
fn a_government_that_fell_is_no_town_that_fell() {
    let kinds = kinds_of("Governments in Port-Vila have repeatedly fallen to no-confidence votes.");
    assert!(kinds.is_empty(), "{kinds:?}");
    let kinds = kinds_of("The town of Kunduz had fallen to the Taliban on Sunday.");
    assert_eq!(kinds, [EventKind::Capture]);
    let kinds = kinds_of("The strike in Kunduz on Sunday led to the fall of the cabinet.");
    assert!(!kinds.contains(&EventKind::Capture), "{kinds:?}");
    let kinds = kinds_of("The fall of Kunduz to the Taliban on Sunday shocked the capital.");
    assert_eq!(kinds, [EventKind::Capture]);
}

#[test]
fn those_events_are_events_told_before() {
    let kinds = kinds_of("Those protests in Kunduz on Sunday were tolerated by the police.");
    assert!(kinds.is_empty(), "{kinds:?}");
    let kinds = kinds_of("Police in Kunduz on Sunday released those arrested.");
    assert_eq!(kinds, [EventKind::Arrest]);
}

#[test]
fn a_shell_that_fell_is_no_town_that_fell() {
    let kinds = kinds_of("A mortar shell fell on a street in the old town.");
    assert_eq!(kinds, [EventKind::Shelling]);
}

#[test]
fn a_district_taken_and_its_province_the_same_day_are_one_event() {
    let mut all = mentions_of(
        0,
        "Taliban capture district centre in Badghis on Sunday.",
        Some(date(2021, 6, 21)),
    );
    all.extend(mentions_of(
        0,
        "The Taliban took control of the Ghormach district centre on Sunday.",
        Some(date(2021, 6, 21)),
    ));
    let events = merge(bundled_for_tests(), &all, &["a"]);
    let captures: Vec<&Event> = events
        .iter()
        .filter(|e| e.kind == EventKind::Capture)
        .collect();
    assert_eq!(captures.len(), 1, "{captures:#?}");
    let place = captures[0].place.map(|p| bundled_for_tests().place(p).kind);
    assert_eq!(
        place,
        Some(PlaceKind::Admin2),
        "the district, the more precise"
    );
}

#[test]
fn an_attack_on_a_base_is_a_battle_whoever_else_died() {
    assert_eq!(
        kinds_of(
            "Militants assaulted the army base in the town on Tuesday, and 35 civilians died."
        ),
        [EventKind::Assault]
    );
    // An attack on a village that kills its people is violence against civilians.
    assert_eq!(
        kinds_of("Gunmen attacked the village on Tuesday, killing 20 civilians."),
        [EventKind::Killing]
    );
}

#[test]
fn people_detained_and_taken_to_an_unknown_place_are_abducted() {
    assert_eq!(
        kinds_of(
            "Militiamen detained three young men at a checkpoint on Tuesday and took them to an unknown location."
        ),
        [EventKind::Abduction]
    );
    assert_eq!(
        kinds_of("Gunmen raided his home on Tuesday and took him to an unknown destination."),
        [EventKind::Abduction]
    );
    assert_eq!(
        kinds_of("Police arrested two men at a checkpoint on Tuesday."),
        [EventKind::Arrest]
    );
}

#[test]
fn a_crowd_dispersed_after_burning_a_gate_is_a_riot() {
    let kinds = kinds_of(
        "Backers of the junta leaders stormed the embassy compound on Sunday and set its gate on fire; police fired tear gas to disperse them.",
    );
    assert_eq!(kinds, [EventKind::Riot]);
    // The leaders of a coup are people, not a coup.
    let kinds = kinds_of("Supporters of the coup leaders marched in the capital on Monday.");
    assert!(!kinds.contains(&EventKind::OtherDevelopment), "{kinds:?}");
}

#[test]
fn a_crowd_that_burns_or_loots_riots_and_armed_men_or_killers_do_not() {
    use EventKind::*;
    for text in [
        "Supporters of the ousted mayor torched the town hall and two police cars on Friday.",
        "Hundreds of youths, many of them students who had come in by bus, ransacked the governor's residence on Friday.",
        "Residents of the fishing port drove out the district chief and burned the tax office on Friday.",
    ] {
        assert_eq!(kinds_of(text), [Riot], "{text}");
    }
    for text in [
        "Villagers said soldiers torched the market on Friday.",
        "Bandits killed 12 people in the village and burned the granary on Friday.",
    ] {
        assert!(!kinds_of(text).contains(&Riot), "{text}");
    }
}

#[test]
fn burning_a_flag_or_an_effigy_is_a_gesture_and_detained_counter_protesters_a_protest_s() {
    use EventKind::*;
    assert_eq!(
        kinds_of("Students burned the national flag outside the embassy on Friday."),
        [Protest]
    );
    assert!(
        kinds_of("A preacher set fire to a copy of the Bible outside the court on Friday.")
            .is_empty()
    );
    assert_eq!(
        kinds_of("Police detained eight counter-protesters outside the court on Friday."),
        [ProtestIntervention]
    );
}

#[test]
fn a_charge_is_no_event_and_a_crowd_forcing_its_way_in_riots() {
    use EventKind::*;
    let found = mentions_of(
        0,
        "Police arrested the aide on kidnapping charges in Lahore on Monday.",
        Some(date(2023, 2, 21)),
    );
    let kinds: Vec<EventKind> = found.iter().map(|m| m.kind).collect();
    assert_eq!(kinds, [Arrest]);
    // An explosive charge is a bomb.
    assert_eq!(
        kinds_of("An explosive charge damaged the pipeline on Saturday."),
        [Bombing]
    );
    assert_eq!(
        kinds_of("Hundreds of students forced their way into the ministry on Monday."),
        [Riot]
    );
}

#[test]
fn workers_who_clash_with_the_police_riot() {
    assert_eq!(
        kinds_of("Mine workers clashed with police at the gates on Monday."),
        [EventKind::Riot]
    );
}

#[test]
fn police_clearing_a_protest_camp_take_no_ground() {
    let kinds = kinds_of(
        "Riot police cleared the protest camp that had occupied the square for two months.",
    );
    assert_eq!(kinds, [EventKind::ProtestIntervention]);
}

#[test]
fn a_bomb_that_blew_out_a_door_was_used() {
    assert_eq!(
        kinds_of("A bomb blew out the windows of a shop on Wednesday night."),
        [EventKind::Bombing]
    );
}

#[test]
fn drones_mines_agents_and_crowds_in_other_words() {
    use EventKind::*;
    let cases: &[(&str, EventKind)] = &[
        ("A quadcopter hit a farmhouse near the river.", AirStrike),
        (
            "A drone dropped two explosives on a police post.",
            AirStrike,
        ),
        ("Gunmen fired a projectile into the market.", Shelling),
        (
            "A shell that landed on the airfield held a mustard agent.",
            ChemicalAttack,
        ),
        (
            "Soldiers fired live rounds at the march, wounding four.",
            ProtestCrackdown,
        ),
        (
            "Villagers beat two men suspected of stealing cattle.",
            MobViolence,
        ),
        ("A crowd burned the alleged thief to death.", MobViolence),
        (
            "Nine travellers were taken off a minibus by armed men.",
            Abduction,
        ),
        (
            "Engineers deactivated a car packed with explosives.",
            WeaponsSeizure,
        ),
        (
            "The army dismantled two rocket launchers in an orchard.",
            WeaponsSeizure,
        ),
        (
            "Settlers rampaged through the village, burning cars.",
            MobViolence,
        ),
    ];
    for (sentence, kind) in cases {
        assert_eq!(kinds_of(sentence).first(), Some(kind), "{sentence}");
    }
}

#[test]
fn an_agreement_named_after_a_place_is_no_new_agreement() {
    let named = |sentence: &str| {
        let words = crate::text::words(sentence);
        let at = (words.iter())
            .position(|w| ["agreement", "truce"].contains(&w.lower.as_str()))
            .expect("the agreement's noun");
        modality::is_named_agreement(sentence, &words, at)
    };
    assert!(named(
        "Displaced families marched in the city demanding that the Pretoria agreement be honoured."
    ));
    assert!(named(
        "Troops entered the town under the Moscow-brokered truce."
    ));
    assert!(!named(
        "The two sides signed an agreement in Pretoria on Wednesday."
    ));
    assert!(!named("Elders of the two clans agreed a truce on Monday."));
    let sentence = "The army and the Houthis exchanged prisoners on Friday.";
    let words = crate::text::words(sentence);
    let at = words
        .iter()
        .position(|w| w.lower == "exchanged")
        .expect("exchanged");
    assert!(!modality::is_named_agreement(sentence, &words, at));
}

#[test]
fn a_place_after_a_preposition_and_an_arabic_article_is_where_its_people_acted() {
    // The article joined to the name ("al-", "ash-") stands between "in" and the name.
    for text in [
        "Elders of the two clans in al-Ghayl signed an agreement on Sunday.",
        "Sheikhs in ash-Shihr announced a truce between the tribes on Sunday.",
    ] {
        let places = places_of_kind(text, date(2020, 10, 26), EventKind::Agreement);
        assert_eq!(places.len(), 1, "{text}: {places:?}");
        assert!(
            places[0].starts_with("Al Ghayl") || places[0].starts_with("Ash Shi"),
            "{text}: {places:?}"
        );
    }
}

#[test]
fn the_capital_or_the_town_of_a_dateline_story_is_the_dateline_town() {
    for text in [
        "HERAT, Afghanistan (AP) - Gunmen attacked a wedding party in the western city late on Monday, killing four guests.",
        "KANDAHAR - Two policemen were wounded when a grenade was thrown into their post in the town on Monday.",
    ] {
        let found = mentions_of(0, text, Some(date(2021, 5, 4)));
        let places: Vec<String> = found.iter().map(place_name).collect();
        assert!(
            !places.is_empty() && places.iter().all(|p| !p.is_empty()),
            "{text}: {places:?}"
        );
    }
    // A lede that names no place happened where the story was filed; a later sentence, or a
    // lede that names its own place, does not take the dateline.
    let text = "NAYPYITAW - The military detained senior party figures in raids on Monday.";
    let found = mentions_of(0, text, Some(date(2021, 2, 2)));
    assert_eq!(
        found.iter().map(place_name).collect::<Vec<_>>(),
        ["Nay Pyi Taw"]
    );
    // Nor does a town where someone ruled or spoke keep the lede from the dateline.
    let text = "QUITO, May 3 (Andes Wire) - Riot police fired tear gas at crowds outside polling \
                stations on Sunday to halt a referendum that the courts in Guayaquil had \
                declared illegal.";
    let found = mentions_of(0, text, Some(date(2021, 5, 4)));
    assert_eq!(
        found.iter().map(place_name).collect::<Vec<_>>(),
        ["Quito"],
        "{found:?}"
    );
    let text = "KABUL (Reuters) - Gunmen attacked a convoy in Logar province on Monday. \
                Separately, a policeman was shot dead on Sunday, officials said.";
    let found = mentions_of(0, text, Some(date(2021, 5, 4)));
    let places: Vec<String> = found.iter().map(place_name).collect();
    assert!(!places.iter().any(|p| p == "Kabul"), "{places:?}");
    // Nor one that places it in another country than the dateline's.
    let text = "MOSCOW - The defence ministry said its troops had repelled a drone attack on an \
                air base in Syria on Saturday.";
    let found = mentions_of(0, text, Some(date(2018, 1, 8)));
    let places: Vec<String> = found.iter().map(place_name).collect();
    assert!(!places.is_empty(), "{found:?}");
    assert!(!places.iter().any(|p| p == "Moscow"), "{places:?}");
    let text = "WASHINGTON - The military said on Wednesday that a drone strike had killed a \
                militant commander in eastern Afghanistan.";
    let found = mentions_of(0, text, Some(date(2019, 4, 10)));
    assert!(!found.is_empty(), "{found:?}");
    assert!(
        !found.iter().map(place_name).any(|p| p == "Washington"),
        "{found:?}"
    );
    // Nor one about the country the story names most: the announcement was made in Damascus.
    let text = "DOHA - Syria's new rulers announced on Wednesday that the armed factions that \
                led the offensive would be dissolved. The decision was read out at the palace \
                in Damascus. Crowds gathered in Homs in the evening.";
    let found = mentions_of(0, text, Some(date(2025, 1, 30)));
    assert!(!found.is_empty(), "{found:?}");
    assert!(
        !found.iter().map(place_name).any(|p| p == "Doha"),
        "{found:?}"
    );
}

#[test]
fn a_place_in_a_clause_the_lede_opens_with_is_not_the_main_clause_s() {
    let text = "DOHA, Qatar - As negotiators met again in the Qatari capital, the insurgents \
                seized a district centre on the border on Monday.";
    let found = mentions_of(0, text, Some(date(2021, 6, 22)));
    // The talks were in Doha; the capture was not.
    assert!(
        found
            .iter()
            .any(|m| m.kind == EventKind::Talks && place_name(m) == "Doha"),
        "{found:?}"
    );
    assert!(
        (found.iter()).all(|m| m.kind == EventKind::Talks || place_name(m) != "Doha"),
        "{found:?}"
    );
}

#[test]
fn a_circumstance_clause_places_the_blast_it_follows() {
    let text = "Two boys were killed on Monday when a landmine exploded as they collected firewood \
                in Khost province, officials said.";
    let places = place_names_of(text, date(2018, 3, 13));
    assert!(places.iter().any(|p| p == "Khowst"), "{places:?}");
}

#[test]
fn a_bulletin_places_its_incident_at_its_location_field() {
    let text = "Incident: roadside IED against a patrol vehicle.\nLocation: outskirts of Bamenda, North-West region.\nDate: 3 March 2022.\nImpact: two soldiers wounded.";
    let found = mentions_of(0, text, Some(date(2022, 3, 5)));
    let bombing = (found.iter())
        .find(|m| m.kind == EventKind::Bombing)
        .unwrap_or_else(|| panic!("{found:?}"));
    assert_eq!(place_name(bombing), "Bamenda");
    assert_eq!(bombing.time.map(|t| t.start), Some(date(2022, 3, 3)));
}

#[test]
fn a_titled_heading_places_and_a_date_field_dates_a_bulletin_s_description() {
    let text = "Protection update: Amhara region\nIncident: Drone strike on a market\n\
                Location: Gafarat kebele, Mecha woreda, about 30 km south-west of Bahir Dar\n\
                Date: 12 September 2024 (Thursday)\n\
                Description: A drone strike hit a weekly market, killing 11 civilians.";
    let found = mentions_of(0, text, Some(date(2024, 9, 15)));
    let strikes: Vec<(String, Option<NaiveDate>)> = (found.iter())
        .filter(|m| m.kind == EventKind::AirStrike)
        .map(|m| (place_name(m), m.time.map(|t| t.start)))
        .collect();
    assert!(!strikes.is_empty(), "{found:?}");
    for strike in strikes {
        assert_eq!(strike, ("Amhara".to_string(), Some(date(2024, 9, 12))));
    }
}

#[test]
fn a_field_of_the_day_of_the_loss_dates_a_claim_and_the_file_s_own_days_do_not() {
    let text = "CLAIM FILE No. 0388 \u{2014} opened 15/11/2017\n\
                Date of loss: 14/11/2017, approx. 10:00.\n\
                Circumstances: vendors threw stones at police in Soyapango.\n\
                Date of note: 16/11/2017.";
    let found = mentions_of(0, text, Some(date(2017, 11, 17)));
    let riots: Vec<(String, Option<NaiveDate>)> = (found.iter())
        .filter(|m| m.kind == EventKind::Riot)
        .map(|m| (place_name(m), m.time.map(|t| t.start)))
        .collect();
    assert_eq!(riots, [("Soyapango".to_string(), Some(date(2017, 11, 14)))]);
    // A case registered on a day is no day of what it tells.
    let text = "Complaint summary\nCase No. PJ/2021/0389 \u{2014} registered 30 August 2021\n\
                Riot police detained twelve marchers in Luanda.";
    let found = mentions_of(0, text, Some(date(2021, 8, 31)));
    assert!(!found.is_empty());
    assert!(
        (found.iter()).all(|m| m.time.is_none_or(|t| t.start != date(2021, 8, 30))),
        "{found:?}"
    );
}

#[test]
fn minutes_on_the_events_of_a_day_date_the_items_that_tell_them() {
    let text = "Minutes of the session of 7 March 2019\n\
                3. Report of the mayor on the events of Monday 4 March 2019. About 400 vendors \
                gathered in front of the town hall in Antsirabe to protest against their \
                transfer. Some of them set fire to a municipal pickup.";
    let found = mentions_of(0, text, Some(date(2019, 3, 8)));
    let kinds: Vec<(EventKind, String, Option<NaiveDate>)> = (found.iter())
        .map(|m| (m.kind, place_name(m), m.time.map(|t| t.start)))
        .collect();
    assert!(
        kinds.contains(&(
            EventKind::Protest,
            "Antsirabe".to_string(),
            Some(date(2019, 3, 4))
        )),
        "{kinds:?}"
    );
    // The damage some of the protesters did is their riot, where they were.
    assert!(
        kinds.contains(&(
            EventKind::Riot,
            "Antsirabe".to_string(),
            Some(date(2019, 3, 4))
        )),
        "{kinds:?}"
    );
}

#[test]
fn a_movement_s_home_and_where_its_statement_was_sent_from_are_not_the_fight_s_place() {
    let places = place_names_of(
        "Fighters of the Cabinda separatist movement said on Friday they had clashed with army \
         troops in the municipality of Buco-Zau on Thursday. In a statement sent from Paris, the \
         movement said its fighters had ambushed an army patrol.",
        date(2017, 6, 23),
    );
    assert!(places.contains(&"Buco Zau".to_string()), "{places:?}");
    assert!(
        !places.iter().any(|p| p == "Paris" || p == "Cabinda"),
        "{places:?}"
    );
}

#[test]
fn this_arrest_is_the_one_just_told_wherever_the_sentence_goes_on() {
    let found = places_of(
        "Our chairman was detained on Tuesday at his home in Shymkent by security officers. We \
         regard this arrest as retaliation for his support for the hunger strike of oil workers \
         in Mangystau region in January.",
        date(2017, 4, 12),
    );
    let arrests: Vec<&String> = (found.iter())
        .filter(|(kind, _)| *kind == EventKind::Arrest)
        .map(|(_, place)| place)
        .collect();
    assert!(!arrests.is_empty(), "{found:?}");
    assert!(
        arrests.iter().all(|place| *place == "Shymkent"),
        "{found:?}"
    );
}

#[test]
fn a_church_that_learned_of_an_attack_speaks_from_its_seat() {
    let places = place_names_of(
        "The Diocese of Huehuetenango has learned that on Saturday armed men attacked the home \
         of a catechist in a village of Nenton municipality.",
        date(2015, 3, 22),
    );
    assert_eq!(places, ["Municipio de Nentón"]);
}

#[test]
fn a_province_named_with_its_unit_word_is_no_river_crossed() {
    let places = place_names_of(
        "On 19 March 2024, towns across the Eastern Province observed a hartal to protest the \
         seizure of farmland. Police in Ampara and Batticaloa reported no clashes.",
        date(2024, 3, 20),
    );
    assert_eq!(
        places.first().map(String::as_str),
        Some("Eastern"),
        "{places:?}"
    );
}

#[test]
fn a_province_qualifying_a_town_noun_points_back_at_its_town() {
    let text = "Army back in Lashio as rebels pull out under a truce\n\n\
                The rebels handed the northern Shan State city back to the junta, ending months \
                of their rule; residents said troops entered without any fighting.";
    let found = mentions_of(0, text, Some(date(2025, 4, 23)));
    let places: Vec<String> = (found.iter())
        .filter(|m| m.kind == EventKind::Withdrawal)
        .map(place_name)
        .collect();
    assert_eq!(places, ["Lashio"]);
}

#[test]
fn a_bulletin_s_reporting_date_dates_none_of_its_incidents() {
    let text = "Rights update: Jujuy province\nReporting date: 23 June 2023\nMain incident \
                (20 June):\n- Thousands of teachers gathered outside the provincial legislature \
                in San Salvador de Jujuy as the new constitution was sworn in.";
    let found = mentions_of(0, text, Some(date(2023, 6, 23)));
    // A crowd gathered outside a legislature is a protest, of the incident's day.
    let protest = (found.iter())
        .find(|m| m.kind == EventKind::Protest)
        .unwrap_or_else(|| panic!("{found:?}"));
    assert_eq!(protest.time.map(|t| t.start), Some(date(2023, 6, 20)));
}

#[test]
fn a_heading_dated_the_day_of_issue_dates_none_of_its_incidents() {
    let text = "Detention Monitor - Alert, 14 March 2021\n\
                A lawyer has not been seen since the evening of 11 March. \
                Witnesses said men in plain clothes abducted him outside his office in Mzuzu.";
    let found = mentions_of(0, text, Some(date(2021, 3, 14)));
    let taken = (found.iter())
        .find(|m| place_name(m) == "Mzuzu")
        .unwrap_or_else(|| panic!("{found:?}"));
    assert_eq!(taken.time.map(|t| t.start), Some(date(2021, 3, 11)));
}

#[test]
fn where_a_party_or_a_government_is_based_is_no_place_of_what_it_reports() {
    let text = "The opposition party, based in Nairobi, said police killed six people in Kisumu \
                on Monday.";
    let found = mentions_of(0, text, Some(date(2023, 2, 21)));
    let places: Vec<String> = found.iter().map(place_name).collect();
    assert_eq!(places, ["Kisumu"]);
}

#[test]
fn where_detainees_were_flown_is_no_place_of_their_arrest() {
    let text = "By evening 40 people had been detained across the county, and four were flown \
                to a prison in Kamiti, Nairobi.";
    let found = mentions_of(0, text, Some(date(2023, 2, 21)));
    let places: Vec<String> = found.iter().map(place_name).collect();
    assert!(!places.iter().any(|p| p == "Nairobi"), "{places:?}");
}

#[test]
fn just_outside_a_town_is_the_town() {
    let text =
        "A roadside bomb hit a minibus just outside Konduga on Tuesday, killing six passengers.";
    let found = mentions_of(0, text, Some(date(2021, 7, 21)));
    assert!(
        found.iter().any(|m| place_name(m) == "Konduga"),
        "{found:?}"
    );
}

#[test]
fn a_village_far_from_a_reference_town_is_placed_in_its_province() {
    let text = "Gunmen killed four farmers in a village about 40 km north of Herat, Herat province, on Monday.";
    let found = mentions_of(0, text, Some(date(2021, 7, 20)));
    let placed: Vec<(String, Option<Precision>)> = (found.iter())
        .map(|m| (place_name(m), m.place.as_ref().map(|t| t.precision)))
        .collect();
    assert_eq!(placed, [("Herat".to_string(), Some(Precision::Province))]);
    // With no distance stated, the town named is where analysts put it.
    let text =
        "Militants attacked an army post in farmland south of Baiji (Salah al-Din) on Monday.";
    let places = place_names_of(text, date(2021, 7, 20));
    assert_eq!(places, ["Bayjī"]);
}

#[test]
fn where_the_wounded_were_taken_is_not_where_it_happened() {
    let text = "Troops clashed with insurgents near Chai, Macomia district, on Monday. A soldier wounded in the fighting was flown to Pemba.";
    let found = mentions_of(0, text, Some(date(2022, 10, 26)));
    assert!(!found.is_empty());
    assert!(found.iter().all(|m| place_name(m) != "Pemba"), "{found:?}");
}

#[test]
fn where_the_detained_were_driven_is_not_where_they_were_taken_nor_are_held_areas_taken() {
    let text = "Protection note — occupied areas of Kherson region\nDate: 14 June 2022\n\
                Location: Velyka Lepetykha\nTwo men were detained at their homes by servicemen, \
                hooded and driven away in the direction of Nova Kakhovka.";
    let found = places_of(text, date(2022, 6, 16));
    assert!(!found.is_empty());
    assert!(
        (found.iter())
            .all(|(kind, place)| place == "Velyka Lepetykha" && *kind != EventKind::Capture),
        "{found:?}"
    );
}

#[test]
fn a_name_the_article_uses_for_an_armed_group_is_the_group_unless_a_preposition_makes_it_a_place() {
    let text = "Fano seizes Debre Tabor\nFano fighters took control of Debre Tabor on Saturday after a day of fighting with federal troops.";
    let found = mentions_of(0, text, Some(date(2023, 8, 6)));
    let places: Vec<String> = found.iter().map(place_name).collect();
    assert!(!places.is_empty(), "{found:?}");
    assert!(places.iter().all(|p| p != "Fano"), "{places:?}");
}

#[test]
fn weapons_shot_down_explode_only_where_they_are_said_to_hit() {
    use EventKind::*;
    let kinds = kinds_of(
        "Drones hit the port overnight; the air force said 19 of the 25 drones were shot down.",
    );
    assert!(
        kinds.contains(&AirStrike) && !kinds.contains(&Killing),
        "{kinds:?}"
    );
    let kinds = kinds_of("Air defences shot down 20 drones launched at the capital overnight.");
    assert!(!kinds.contains(&AirStrike), "{kinds:?}");
    let kinds = kinds_of("A bomb planted under a car was defused by sappers on Monday.");
    assert!(!kinds.contains(&Bombing), "{kinds:?}");
}

#[test]
fn protesters_petrol_bombs_are_a_riot_and_opposition_fighters_capture() {
    use EventKind::*;
    let kinds = kinds_of("Protesters threw petrol bombs at a police station on Sunday.");
    assert_eq!(kinds, [Riot]);
    let kinds = kinds_of("Youths threw bottles, bricks and fireworks at riot police on Sunday.");
    assert_eq!(kinds, [Riot]);
    let kinds = kinds_of("Crowds were throwing paving stones at Guardia Civil officers.");
    assert_eq!(kinds, [Riot]);
    // A crowd that attacked riots, or turns into a mob; fighters who attacked clash.
    let kinds = kinds_of("Supporters of the home side attacked visiting fans with knives.");
    assert_eq!(kinds, [Riot]);
    let kinds = kinds_of("Hundreds of fighters attacked the army base before dawn.");
    assert_eq!(kinds, [Assault]);
    // Police who storm a sit-in and disperse it use force on a protest; no crowd riots.
    let kinds = kinds_of(
        "Riot police stormed the square before dawn, beating students as they dispersed a sit-in.",
    );
    assert!(
        kinds.contains(&ProtestIntervention) && !kinds.contains(&Riot),
        "{kinds:?}"
    );
    // A crowd that fights the police riots; villagers who fight off gunmen clash.
    let kinds = kinds_of("Hooded youths fought riot police for hours near the university.");
    assert_eq!(kinds, [Riot]);
    let kinds = kinds_of("Villagers fought off gunmen who attacked the market.");
    assert!(
        !kinds.contains(&Riot) && !kinds.contains(&MobViolence),
        "{kinds:?}"
    );
    // Fired on, and returning fire: a clash.
    let kinds = kinds_of("Gendarmes were fired on by armed men and returned fire.");
    assert_eq!(kinds, [Assault]);
    let kinds = kinds_of(
        "Opposition fighters swept into the city after government forces withdrew from it.",
    );
    assert!(
        kinds.contains(&Capture) && !kinds.contains(&Recapture),
        "{kinds:?}"
    );
}

#[test]
fn people_from_a_town_who_gather_there_protest_there() {
    let text = "Hundreds of people from al-Mushannaf and the surrounding villages gathered in the \
                village square on Monday, calling for political change.";
    assert_eq!(place_names_of(text, date(2023, 9, 5)), ["Al Mushannaf"]);
    // Not when the sentence names where they gathered.
    let text = "Hundreds of people from al-Mushannaf gathered in Suwayda on Monday, calling for \
                political change.";
    assert_eq!(place_names_of(text, date(2023, 9, 5)), ["As-Suwayda"]);
    // Nor is a victim's home an attack's place.
    let text = "Gunmen shot dead three labourers from Multan on Monday.";
    assert_eq!(place_names_of(text, date(2023, 9, 5)), [""]);
}

#[test]
fn residents_gathered_before_an_office_protest_an_opening_is_no_protest() {
    use EventKind::*;
    let kinds = kinds_of("Hundreds of residents gathered in front of the district office in Duab.");
    assert_eq!(kinds, [Protest]);
    let kinds = kinds_of("Residents gathered on Sunday to ask that the coal be taxed for roads.");
    assert_eq!(kinds, [Protest]);
    let kinds = kinds_of("A crowd gathered for the opening of a new administration office.");
    assert!(!kinds.contains(&Protest), "{kinds:?}");
    let kinds = kinds_of("Farmers assembled at the canal gate on Monday to demand their water.");
    assert_eq!(kinds, [Protest]);
    let kinds = kinds_of("The elders assembled for the wedding of the headman's son.");
    assert!(!kinds.contains(&Protest), "{kinds:?}");
    // A march is a cause; the month is not.
    let kinds = kinds_of("Thousands gathered at the bend of the highway for a vigil and a march.");
    assert_eq!(kinds, [Protest]);
    let kinds = kinds_of("The elders assembled on 3 March for the wedding of the headman's son.");
    assert!(!kinds.contains(&Protest), "{kinds:?}");
    let kinds = kinds_of("Hundreds stood in the square after mass to demand his release.");
    assert_eq!(kinds, [Protest]);
    let kinds = kinds_of("The old mosque stood in the square for two centuries.");
    assert!(!kinds.contains(&Protest), "{kinds:?}");
}

#[test]
fn edicts_remains_in_a_well_and_soldiers_loading_loot_are_events() {
    use EventKind::*;
    let kinds = kinds_of("Officials in Kusmah bar women from travelling without a male guardian.");
    assert_eq!(kinds, [OtherDevelopment]);
    let kinds =
        kinds_of("Classes for women in the bazaar mosque are suspended until further notice.");
    assert_eq!(kinds, [OtherDevelopment]);
    let kinds =
        kinds_of("From today the Border Guard Force will be known as the Karen National Army.");
    assert_eq!(kinds, [OtherDevelopment]);
    // What an edict announces is its content, not a future.
    for text in [
        "The district governor announced that music will no longer be allowed at weddings.",
        "Local commanders in Obe banned music in wedding halls on Friday.",
    ] {
        assert_eq!(kinds_of(text), [OtherDevelopment], "{text}");
    }
    for text in [
        "The governor has ordered that girls may no longer attend school after the sixth grade.",
        "The prefect prohibited selling diesel by the roadside from Monday.",
    ] {
        assert_eq!(kinds_of(text), [OtherDevelopment], "{text}");
    }
    let kinds = kinds_of("On Sunday the brigade opened a new camp on the coast road.");
    assert_eq!(kinds, [BaseEstablished]);
    let kinds = kinds_of(
        "A resistance battalion announced on Monday that it would operate under the command \
         of the northern alliance.",
    );
    assert_eq!(kinds, [Mobilisation]);
    let kinds = kinds_of("Elders said music would no longer be allowed if the talks failed.");
    assert!(kinds.is_empty(), "{kinds:?}");
    let kinds = kinds_of("Singing and music are banned at all wedding ceremonies in the province.");
    assert_eq!(kinds, [OtherDevelopment]);
    let kinds = kinds_of("Armed men took a former army officer away from his house in Kalakan.");
    assert_eq!(kinds, [Abduction]);
    let kinds = kinds_of("Air defences brought down a US MQ-9 Reaper over Omran governorate.");
    assert_eq!(kinds, [WeaponsSeizure]);
    let kinds = kinds_of("The Armenian town of Kessab changes hands without a shot.");
    assert_eq!(kinds, [Withdrawal]);
    let kinds = kinds_of(
        "Soldiers broke into the pharmacy on the main street, loading medicines onto trucks.",
    );
    assert_eq!(kinds, [Looting]);
    // A past told after a semicolon with "had" does not date the finding back to it.
    let text = "Villagers in Jihanah district found the remains of six men in a dry well; \
                relatives said the men had gone missing at a checkpoint in 2017.";
    let events = mentions_of(0, text, Some(date(2022, 6, 28)));
    let found = events
        .iter()
        .find(|e| e.kind == MassGrave)
        .expect("a finding");
    assert!(
        found.time.is_some_and(|t| t.start.year() == 2022),
        "{events:?}"
    );
}

#[test]
fn a_post_s_tags_report_nothing_and_a_strike_with_launchers_a_few_words_on_is_shelling() {
    let text = "#Zaporizhzhia #shelling\nPost on a news channel: Russian troops hit Vilniansk, in \
                the Zaporizhia district, with multiple rocket launchers this morning.";
    assert_eq!(
        places_of(text, date(2023, 10, 10)),
        [(EventKind::Shelling, "Vilnyansk".to_string())]
    );
}

#[test]
fn a_note_s_province_field_gives_way_to_the_town_its_narrative_places_the_event_near() {
    let text = "26/04/2021 | Al-Hasakah | southern countryside | Explosions/Remote violence | \
                ISIS; SDF | A roadside bomb struck an SDF pickup on the desert road about 15 km \
                north of Markadah, killing two fighters. Fatalities: 2.";
    let places = place_names_of(text, date(2021, 4, 27));
    assert!(places.contains(&"Markadah".to_string()), "{places:?}");
    // Nor does a town field stand before the place the trigger's own preposition takes.
    let text = "06/03/2024 | Rakhine | Kyaukpyu | Shelling | Military | Navy ships fired shells \
                into Ngapali in the evening.";
    assert_eq!(place_names_of(text, date(2024, 3, 7)), ["Ngapali"]);
    // But "in Aden's al-Tawahi district" is the district's.
    let text = "It came two days after the car bomb in Aden's al-Tawahi district on Sunday.";
    assert_ne!(place_names_of(text, date(2021, 10, 12)), ["Aden"]);
}

#[test]
fn a_flag_raised_over_a_town_takes_it_and_a_miners_camp_attacked_is_an_attack_on_civilians() {
    use EventKind::*;
    let kinds = kinds_of("Troops raised the blue-and-yellow flag over Kivsharivka on Saturday.");
    assert!(
        kinds.contains(&Capture) || kinds.contains(&Recapture),
        "{kinds:?}"
    );
    let kinds = kinds_of(
        "Armed men attacked a camp of artisanal gold miners on Monday, killing four miners.",
    );
    assert!(
        kinds.contains(&Killing) && !kinds.contains(&Assault),
        "{kinds:?}"
    );
}

#[test]
fn a_day_counted_from_a_holiday_opens_the_sentence_and_its_main_clause_still_reports() {
    use EventKind::*;
    let kinds = kinds_of(
        "On the day after Armed Forces Day, two drones dropped explosives on the police compound.",
    );
    assert_eq!(kinds, [AirStrike]);
    // "The day before yesterday" is the main clause's own time.
    let kinds =
        kinds_of("The day before yesterday an armed gang took a young man to an unknown place.");
    assert_eq!(kinds, [Abduction]);
}

#[test]
fn a_residential_area_named_like_a_town_elsewhere_is_the_city_s() {
    let text = "Location: Peremoha residential area, Dnipro\nA drone hit an apartment block in the \
                Peremoha residential area in the early hours, killing one woman.";
    assert_eq!(place_names_of(text, date(2024, 5, 15)), ["Dnipro"]);
}

#[test]
fn a_province_across_which_something_lies_is_its_river() {
    let text = "An air strike killed four people in a village north of Waingmaw, across the \
                Irrawaddy from the city, on Sunday.";
    let places = place_names_of(text, date(2024, 10, 7));
    assert!(
        !places.iter().any(|p| p.contains("Ayeyarwady")),
        "{places:?}"
    );
    // But "the Irrawaddy region" is the province.
    let text = "Junta jets bombed villages across the Irrawaddy region on Sunday.";
    let places = place_names_of(text, date(2024, 10, 7));
    assert!(
        places.iter().any(|p| p.contains("Ayeyarwady")),
        "{places:?}"
    );
}

#[test]
fn what_a_town_or_a_road_lies_between_is_not_the_place() {
    let text = "Gunmen stopped a minibus outside al-Tabni, the town on the Euphrates between \
                Raqqa and Deir ez-Zor, and shot dead four teachers.";
    assert_eq!(place_names_of(text, date(2021, 3, 24)), ["At Tibnī"]);
    // Fighting between two towns is placed at one of them.
    let text = "Fighting between Raqqa and Deir ez-Zor killed four fighters.";
    assert_eq!(place_names_of(text, date(2021, 3, 24)), ["Ar Raqqah"]);
}

#[test]
fn a_road_named_after_a_town_is_not_the_town() {
    let text = "Engineers defused a mine buried on the Gao road at the entrance of Bourem on \
                Monday.";
    let places = place_names_of(text, date(2024, 1, 16));
    assert_eq!(places, ["Bourem"]);
}

#[test]
fn an_armed_unit_named_after_a_province_is_not_the_place() {
    let text = "The Arakan Army said it had taken full control of Paletwa township, Chin state, on Monday.";
    let places = place_names_of(text, date(2024, 1, 16));
    assert_eq!(places, ["Paletwa"]);
}

#[test]
fn a_capital_that_speaks_for_its_government_is_not_the_place() {
    let text = "Ukrainian troops retook Lyman on Saturday after Russian forces pulled out, a day \
                after Moscow proclaimed the region annexed.";
    let places = place_names_of(text, date(2022, 10, 2));
    assert!(!places.iter().any(|p| p == "Moscow"), "{places:?}");
    // After a preposition, a place is a place: "the faction in Bossangoa announced".
    assert!(!crate::text::speaks_for_a_government(
        "The faction in Bossangoa announced a new leader.",
        &(16..25)
    ));
}

#[test]
fn a_capital_after_an_auxiliary_or_blamed_speaks_for_its_government() {
    let speaks = |text: &str, name: &str| {
        let start = text.find(name).expect("name");
        crate::text::speaks_for_a_government(text, &(start..start + name.len()))
    };
    assert!(speaks(
        "Moscow had announced the withdrawal a day earlier.",
        "Moscow"
    ));
    assert!(speaks("Separatists blamed Kiev for the shelling.", "Kiev"));
    // A government's acts: "after Moscow quit the deal", "Ankara recalled its ambassador".
    assert!(speaks(
        "Shelling resumed after Moscow quit the grain deal.",
        "Moscow"
    ));
    assert!(speaks(
        "Ankara recalled its ambassador on Monday.",
        "Ankara"
    ));
    let found = mentions_of(
        0,
        "It was the third night of attacks on the port city after Moscow quit the grain deal.",
        Some(date(2023, 7, 20)),
    );
    let places: Vec<String> = found.iter().map(place_name).collect();
    assert!(!places.iter().any(|p| p == "Moscow"), "{places:?}");
    assert!(!speaks("Kharkiv has come under shelling again.", "Kharkiv"));
}

#[test]
fn villagers_killed_in_a_raid_are_violence_against_civilians_and_stones_make_a_riot() {
    use EventKind::*;
    let kinds = kinds_of(
        "Troops killed seven villagers in a village of the township during a raid on Monday.",
    );
    assert_eq!(kinds, [Killing]);
    let kinds = kinds_of("Protesters blocked a convoy on Saturday, throwing stones at the trucks.");
    assert!(kinds.contains(&Riot), "{kinds:?}");
}

#[test]
fn people_taken_from_their_homes_are_abducted_and_a_march_joined_is_a_protest() {
    use EventKind::*;
    let kinds = kinds_of("Unidentified men took him from his home on Monday night.");
    assert_eq!(kinds, [Abduction]);
    // However many words name the one taken.
    let kinds = kinds_of("Soldiers took the head of one of the town's schools from her home.");
    assert_eq!(kinds, [Abduction]);
    let kinds =
        kinds_of("Masked men took the deputy head of the local water board from his house.");
    assert_eq!(kinds, [Abduction]);
    let kinds = kinds_of("Our cousin, a nurse, was taken from the clinic yard at noon by gunmen.");
    assert_eq!(kinds, [Abduction]);
    let kinds = kinds_of("Militants seized three soldiers at a checkpoint on Monday.");
    assert_eq!(kinds, [Abduction]);
    let kinds = kinds_of("Thousands joined an anti-coup march in the town on Tuesday.");
    assert_eq!(kinds, [Protest]);
    let kinds = kinds_of("Bystanders set upon a suspected thief and clubbed him to death.");
    assert_eq!(kinds, [MobViolence]);
    let kinds = kinds_of(
        "Villagers dragged a driver from his truck and beat him to death in the market on Friday.",
    );
    assert_eq!(kinds, [MobViolence]);
}

#[test]
fn a_nerve_agent_attack_is_chemical_and_drones_sent_against_a_city_strike_it() {
    use EventKind::*;
    let kinds =
        kinds_of("Dozens of civilians died after a suspected nerve-agent attack on the town.");
    assert!(
        kinds.contains(&ChemicalAttack) && !kinds.contains(&Assault),
        "{kinds:?}"
    );
    let kinds = kinds_of("Russia sent waves of drones against the port city overnight.");
    assert!(kinds.contains(&AirStrike), "{kinds:?}");
}

#[test]
fn the_armed_who_kill_are_no_victims_and_a_battle_stays_one() {
    use EventKind::*;
    let kinds = kinds_of("Militants killed five shepherds near the town on Monday.");
    assert_eq!(kinds, [Killing]);
    let kinds = kinds_of("At the gate one of the guards shot him twice.");
    assert_eq!(kinds, [Killing]);
    let kinds = kinds_of("Gunmen wounded two traders at the market on Monday.");
    assert!(!kinds.contains(&Assault), "{kinds:?}");
    let kinds = kinds_of("Two soldiers killed in clashes with militants near the town on Monday.");
    assert_eq!(kinds, [Assault]);
    let kinds =
        kinds_of("Rebels fought army units near the border; dozens of soldiers were killed.");
    assert_eq!(kinds, [Assault]);
}

#[test]
fn a_killing_stands_beside_a_summary_and_people_taken_away_are_abducted() {
    use EventKind::*;
    let kinds = kinds_of(
        "Gunmen shot dead a journalist in the city on Monday, the latest in a string of \
         targeted killings across the country.",
    );
    assert_eq!(kinds, [Killing]);
    let kinds = kinds_of("Gunmen pulled three men off a bus and shot them dead on Monday.");
    assert_eq!(kinds, [Killing]);
    let kinds = kinds_of("Troops took about 20 villagers from a village on Monday.");
    assert_eq!(kinds, [Abduction]);
    // What came before sums nothing up: the summary is the background's, after "after".
    let kinds = kinds_of(
        "Thousands filled the square, chanting against the US a day after its warplanes \
         struck targets across the country.",
    );
    assert_eq!(kinds, [Protest]);
    assert!(kinds_of("Protesters chanted slogans in towns across the country.").is_empty());
}

#[test]
fn fire_traded_a_march_broken_up_and_conscription_are_events() {
    use EventKind::*;
    assert_eq!(
        kinds_of("Two armed groups traded fire near the town on Tuesday."),
        [Assault]
    );
    let kinds = kinds_of("Fighters beat women with rifle butts to break up a march on Saturday.");
    assert!(kinds.contains(&ProtestIntervention), "{kinds:?}");
    let kinds = kinds_of("The junta said on Saturday it would begin conscription of men aged 18.");
    assert!(!kinds.contains(&Mobilisation), "a plan: {kinds:?}");
    let kinds = kinds_of("The group announced on Tuesday it was suspending military operations.");
    assert_eq!(kinds, [Mobilisation]);
    let kinds = kinds_of("A roadside mine tore through a passenger car on Tuesday.");
    assert_eq!(kinds, [Bombing]);
    let kinds = kinds_of("Clan militias traded heavy gunfire near the wells on Tuesday.");
    assert_eq!(kinds, [Assault]);
}

#[test]
fn where_someone_told_a_news_agency_by_phone_from_is_no_place_of_the_event() {
    let places = place_names_of(
        "Four fishermen were taken from a beach near Cap Skirring on Saturday and marched into \
         the forest, a relative told The Associated Press by phone from the Gambian capital.",
        date(2021, 11, 7),
    );
    assert_eq!(places, ["Cap Skirring"]);
}

#[test]
fn an_undated_text_counts_its_weekdays_back_from_the_date_that_opens_it() {
    let text = "Open letter from the residents of Mala Bilozerka\n29 June 2022\n\
                On Monday, 27 June, soldiers came to the house of our neighbour in Mala \
                Bilozerka and took him off in a car.";
    let found = mentions_of(0, text, None);
    let days: Vec<NaiveDate> = found.iter().filter_map(|m| Some(m.time?.start)).collect();
    assert_eq!(days, [date(2022, 6, 27)]);
    // A report with no day of its own is the opening's.
    let text = "Field diary — Kunar, Tuesday 11 February 2020\n\
                We reached the bazaar before ten. Someone had thrown a hand grenade at the \
                door of a shop.";
    let found = mentions_of(0, text, None);
    let days: Vec<DateRange> = found.iter().filter_map(|m| m.time).collect();
    assert_eq!(days, [DateRange::day(date(2020, 2, 11))]);
}

#[test]
fn a_letter_in_the_first_person_places_what_befell_its_writers_where_they_live() {
    let letter = |we: &str, our: &str| {
        format!(
            "Open letter to the Red Cross\n{we} Mala Bilozerka ask for your help. The village \
             lies on the road to Vasylivka. The shop has been shut for a month. On Monday, 27 \
             June, soldiers came to the house of {our} neighbour and took him off in a car. \
             Nobody has told his wife where he is."
        )
    };
    let places = |text: &str| -> Vec<String> {
        let found = mentions_of(0, text, Some(date(2022, 6, 29)));
        found
            .iter()
            .filter(|m| m.place.is_some())
            .map(place_name)
            .collect()
    };
    assert_eq!(
        places(&letter("We, residents of", "our")),
        ["Mala Bilozerka"]
    );
    // Told in the third person, the residents' town is no such place.
    assert!(places(&letter("Residents of", "a")).is_empty());
}

#[test]
fn a_man_taken_from_his_bed_or_driven_off_is_abducted_and_a_store_broken_into_is_looted() {
    use EventKind::*;
    let kinds = kinds_of("Armed men came to his house at night, took him from his bed and left.");
    assert_eq!(kinds, [Abduction]);
    let kinds = kinds_of("Soldiers pulled a sack over his head and took him off in a car.");
    assert_eq!(kinds, [Abduction]);
    let kinds = kinds_of("The aid warehouse was broken into by armed men on Sunday night.");
    assert_eq!(kinds, [Looting]);
    let kinds = kinds_of("The occupiers moved the headquarters of a regiment into the school.");
    assert_eq!(kinds, [BaseEstablished]);
    // The wounded moved to a hospital move no headquarters.
    let kinds = kinds_of("The wounded were moved to the district headquarters hospital.");
    assert!(!kinds.contains(&BaseEstablished), "{kinds:?}");
    let kinds =
        kinds_of("The authorities ordered that women may travel only with a male relative.");
    assert_eq!(kinds, [OtherDevelopment]);
}

#[test]
fn where_the_victims_worked_or_lived_is_no_place_of_their_abduction() {
    let places = place_names_of(
        "Gunmen stopped a car near Sayagaz on Monday night and took away two of its \
         passengers, both shopkeepers from Ghazni.",
        date(2024, 2, 20),
    );
    assert_eq!(places, ["Sāyagaz"]);
}

#[test]
fn a_ship_or_a_bus_hijacked_is_an_abduction_and_a_truck_hijacked_is_looting() {
    use EventKind::*;
    let kinds = kinds_of("Pirates hijacked a fishing dhow and its crew of eleven on Friday.");
    assert_eq!(kinds, [Abduction]);
    let kinds = kinds_of("Gunmen hijacked two trucks carrying flour on the highway on Friday.");
    assert_eq!(kinds, [Looting]);
    // Travellers marched into the bush are taken, not marching.
    let kinds = kinds_of("Gunmen stopped a minibus and marched the travellers into the bush.");
    assert_eq!(kinds, [Abduction]);
}

#[test]
fn an_attack_at_sea_is_not_placed_in_the_province_named_after_the_sea() {
    // Egypt's and Sudan's Red Sea provinces lie a thousand kilometres and more from where ships
    // are attacked off Yemen; the sea is a region, too coarse to place an event.
    let text =
        "Rebels fired two missiles at a cargo ship in the Red Sea on Tuesday, the navy said.";
    let mentions = mentions_of(0, text, Some(date(2024, 1, 10)));
    assert!(!mentions.is_empty(), "the attack is found");
    assert!(
        mentions.iter().all(|m| m.place.is_none()),
        "{:?}",
        mentions.iter().map(place_name).collect::<Vec<_>>()
    );
}

#[test]
fn officials_speaking_from_the_capital_place_nothing_there() {
    let text = "A drone hit a fuel depot in Kherson overnight, setting it on fire. Officials in \
                Kyiv called it a deliberate strike on civilians. The General Staff in Kyiv said \
                the attacks would not go unanswered.";
    let places = place_names_of(text, date(2023, 5, 4));
    assert!(places.iter().any(|p| p == "Kherson"), "{places:?}");
    assert!(!places.iter().any(|p| p == "Kyiv"), "{places:?}");
    // Past a relative clause, or in "the Libyan capital".
    for text in [
        "Crowds marched through Misrata on Friday against the militias. Officials in Tripoli, \
         who answer to the unity government, have not commented on the protests.",
        "Crowds marched through Misrata on Friday against the militias. Analysts in the \
         Libyan capital say the protests worry the government.",
        "Crowds marched through Misrata on Friday against the militias. Police fired into the \
         crowd; the authorities in Libya's capital, Tripoli, blamed hooligans.",
    ] {
        let places = place_names_of(text, date(2023, 5, 6));
        assert!(places.iter().all(|p| p != "Tripoli"), "{text}: {places:?}");
    }
}

#[test]
fn the_dateline_and_a_capital_speaking_are_not_the_story_s_main_town() {
    // Ankara, named three times, is only the desk, the government and its capital.
    let text = "ANKARA — Turkish drones struck fuel depots around Qamishli on Thursday, days \
                after Ankara vowed to retaliate for a bombing in the Turkish capital. The strikes \
                killed at least nine people and cut power to much of the city. The city faces \
                the Turkish town of Nusaybin across the border.";
    let places = place_names_of(text, date(2023, 10, 6));
    assert!(places.iter().all(|p| p != "Ankara"), "{places:?}");
}

#[test]
fn a_source_and_where_it_fled_to_are_not_the_place() {
    for text in [
        "Gunmen stormed the market of Mani on Sunday and shot dead 20 people, according to \
         residents who fled to Fada N'Gourma.",
        "Gunmen stormed the market of Mani on Sunday and shot dead 20 people, according to \
         residents in Fada N'Gourma.",
    ] {
        let places = place_names_of(text, date(2024, 9, 2));
        assert!(places.iter().all(|p| p == "Mani"), "{text}: {places:?}");
    }
}

#[test]
fn a_famous_town_named_as_the_epithet_of_another_place_is_not_where_it_happened() {
    let found = places_of(
        "Russian forces pressed on around Marinka this week. The town, which soldiers call the \
         \"Verdun of the Donbas\", was shelled again on Tuesday.",
        date(2023, 5, 10),
    );
    assert!(!found.is_empty(), "{found:?}");
    assert!(found.iter().all(|(_, p)| p != "Verdun"), "{found:?}");
}

#[test]
fn a_pipeline_named_after_its_ends_is_not_where_the_charge_went_off() {
    let text = "An explosive charge damaged the Cano Limon-Covenas oil pipeline on Saturday near \
                the urban centre of Toledo, Norte de Santander.";
    let mentions = mentions_of(0, text, Some(date(2025, 2, 16)));
    assert_eq!(mentions.len(), 1, "{mentions:?}");
    assert_eq!(mentions[0].kind, EventKind::Bombing);
    assert_eq!(place_name(&mentions[0]), "Toledo");
}

#[test]
fn the_presidents_office_in_the_capital_places_nothing_there() {
    let text = "The president's office in Kabul accused the insurgents after Taliban fighters \
                overran an army post in Ghazni province on Tuesday.";
    let places = place_names_of(text, date(2021, 7, 7));
    assert!(places.iter().any(|p| p == "Ghazni"), "{places:?}");
    assert!(!places.iter().any(|p| p == "Kabul"), "{places:?}");
}

#[test]
fn a_speaker_s_seat_is_not_the_place_nor_the_town_pointed_back_at() {
    for (text, place) in [
        (
            "The army said on Tuesday it had taken Kidal. The presidency in Bamako hailed the \
             capture, while the rebels said they had made a strategic withdrawal from the town.",
            "Kidal",
        ),
        (
            "Militants attacked a police post in Tank city on Sunday, police said. The Pakistani \
             Taliban claimed the assault in a message to journalists in Dera Ismail Khan.",
            "Tank",
        ),
        (
            "Drones struck oil facilities near Qamishli on Thursday. In Washington, the \
             Pentagon said a jet had shot down a drone near the town.",
            "Al Qāmishlī",
        ),
        (
            "Troops recaptured Mukalla on Sunday. The coalition said in a statement carried in \
             Riyadh that 800 militants had been killed in the operation.",
            "Mukalla",
        ),
        (
            "Missiles struck Kyiv overnight. The defence ministry in Moscow later claimed its \
             missiles had destroyed an air-defence battery.",
            "Kyiv",
        ),
        (
            "Militiamen overran the garrison at Nasir in Upper Nile on Tuesday. The government \
             in Juba blamed the White Army. The attackers seized the barracks after two days.",
            "Upper Nile",
        ),
        (
            "Protesters attacked the embassy in Niamey on Sunday. In Paris, President Emmanuel \
             Macron's office said France would respond to any attack on its nationals.",
            "Niamey",
        ),
    ] {
        let places = place_names_of(text, date(2023, 11, 15));
        assert!(places.iter().any(|p| p == place), "{text}: {places:?}");
        assert!(
            places.iter().all(|p| p.is_empty() || p == place),
            "{text}: {places:?}"
        );
    }
}

#[test]
fn the_town_pointed_back_at_is_not_one_abroad_named_by_the_way() {
    let text = "Missiles hit an airfield near Starokostiantyniv in the Khmelnytskyi region on \
                Thursday. The strike came as NATO leaders, who met in Vilnius this week, promised \
                more air defence. Residents of the town said they heard four explosions.";
    let places = place_names_of(text, date(2023, 7, 14));
    assert!(!places.iter().any(|p| p == "Vilnius"), "{places:?}");
}

#[test]
fn a_reservoir_named_after_a_town_is_not_where_the_shells_fell() {
    let text = "Russian troops fired artillery across the former Kakhovka reservoir at Nikopol \
                on Saturday, killing a woman.";
    let places = place_names_of(text, date(2023, 8, 6));
    assert_eq!(places, ["Nikopol"]);
}

#[test]
fn an_event_counted_back_from_the_story_s_own_is_dated_before_it() {
    let text = "Four vaccinators were shot dead on Tuesday in Khogyani district of Nangarhar \
                province. Two weeks earlier a vaccinator was killed in Khakrez district of \
                Kandahar.";
    let mentions = mentions_of(0, text, Some(date(2019, 4, 10)));
    let earlier = mentions
        .iter()
        .find(|m| place_name(m) == "Khākrēz")
        .and_then(|m| m.time);
    assert!(
        earlier.is_some_and(|t| t.end < date(2019, 4, 2)),
        "{earlier:?}"
    );
}

#[test]
fn where_survivors_reached_is_not_where_they_were_attacked() {
    let text = "Nyala: militiamen killed 12 farmers as they fled on Monday, survivors who \
                reached Adré in Chad told medics.";
    let mentions = mentions_of(0, text, Some(date(2023, 6, 6)));
    let places: Vec<String> = mentions.iter().map(place_name).collect();
    assert!(!mentions.is_empty(), "the killing is found");
    assert!(places.iter().all(|p| p != "Adré"), "{places:?}");
}

#[test]
fn a_missile_is_placed_where_it_hit_not_where_it_was_fired_from() {
    for text in [
        "Missiles from Belgorod hit Kharkiv on Monday, wounding six people.",
        "Russian forces fired missiles from Belgorod at Kharkiv on Monday, killing two.",
    ] {
        let places = place_names_of(text, date(2024, 5, 21));
        assert!(places.iter().any(|p| p == "Kharkiv"), "{text}: {places:?}");
        assert!(places.iter().all(|p| p != "Belgorod"), "{text}: {places:?}");
    }
}

// See: issue 10 (conflict reports: the places and words of other wars).
#[test]
fn where_the_victims_came_from_is_not_where_they_were_killed() {
    let found = mentions_of(
        0,
        "Gunmen shot dead three labourers from Punjab in Kech district on Monday.",
        Some(date(2020, 2, 11)),
    );
    let places: Vec<String> = found.iter().map(place_name).collect();
    assert!(
        !places.is_empty() && places.iter().all(|p| p == "Kech District"),
        "{places:?}"
    );
    // Nor the list of places a group came from, nor where mediators came from.
    let text = "KUNDUZ - Gunmen shot dead four labourers from Herat and Farah on Monday. \
                The truce was brokered by elders from Balkh and Samangan, who travelled to the \
                city last week.";
    let found = mentions_of(0, text, Some(date(2020, 2, 11)));
    let places: Vec<String> = found.iter().map(place_name).collect();
    assert!(
        !places.is_empty() && places.iter().all(|p| p == "Kunduz"),
        "{places:?}"
    );
}

#[test]
fn whom_an_act_was_for_is_not_where_it_was() {
    let day = date(2024, 3, 12);
    let found = places_of(
        "The militia fired rockets at ships on Monday, in what it calls solidarity with \
         Palestinians in Gaza.",
        day,
    );
    assert!(found.iter().all(|(_, place)| place.is_empty()), "{found:?}");
    let found = places_of(
        "Hundreds rallied in support of the people of Kazakhstan on Sunday.",
        day,
    );
    assert!(found.iter().all(|(_, place)| place.is_empty()), "{found:?}");
    // Another place after it is where the act was.
    let found = places_of(
        "Thousands marched in solidarity with Gaza in Kabul on Friday.",
        day,
    );
    assert_eq!(found, [(EventKind::Protest, "Kabul".to_string())]);
}

#[test]
fn where_an_operation_was_ordered_from_is_not_where_it_was() {
    let text = "Police arrested six men in Kandahar on Monday. The court, which ordered the \
                operation from Kabul, said the detainees were accused of smuggling.";
    let found = mentions_of(0, text, Some(date(2021, 5, 4)));
    let places: Vec<String> = found.iter().map(place_name).collect();
    assert!(
        !places.is_empty() && places.iter().all(|p| p == "Kandahār"),
        "{places:?}"
    );
}

#[test]
fn a_dateline_with_an_article_is_where_the_story_was_filed() {
    // "THE HAGUE": the dateline's town is no place of the events its lede tells elsewhere.
    let text = "THE HAGUE, May 3 (Agency) - Soldiers detained a man in Prijedor on Thursday, \
                tribunal officials said.";
    let found = mentions_of(0, text, Some(date(1998, 5, 3)));
    let places: Vec<String> = found.iter().map(place_name).collect();
    assert_eq!(places, ["Prijedor"]);
}

#[test]
fn the_ends_of_a_journey_are_not_where_the_attack_was() {
    let found = mentions_of(
        0,
        "Rebels blew up the track under a bus travelling from Gao to Bamako near Douentza on \
         Friday.",
        Some(date(2022, 6, 4)),
    );
    let places: Vec<String> = found.iter().map(place_name).collect();
    assert!(
        !places.is_empty() && places.iter().all(|p| p != "Bamako" && p != "Gao"),
        "{places:?}"
    );
    // Not even for an abduction, which happened where people were taken from.
    let found = mentions_of(
        0,
        "Gunmen abducted four traders travelling from Kano near Funtua on Monday.",
        Some(date(2022, 6, 7)),
    );
    let places: Vec<String> = found.iter().map(place_name).collect();
    assert_eq!(places, ["Funtua"]);
    // A journey's end gives way to the district named farther on.
    let text = "Gunmen attacked the express, travelling from Quetta to Peshawar with more than \
                four hundred passengers on board, near a tunnel in Kachhi district on Tuesday.";
    let places = place_names_of(text, date(2025, 3, 12));
    assert_eq!(places, ["Kachhi District"]);
    // "the town of" before a journey's start leaves it a journey.
    let text = "A lorry taking maize from the town of Mopti to Djenne struck a mine some 10 km \
                south of Mopti on Friday.";
    let places = place_names_of(text, date(2022, 6, 4));
    assert_eq!(places, ["Mopti"]);
}

#[test]
fn a_ceasefire_asked_for_is_no_agreement() {
    for text in [
        "Envoys in Doha pressed for a ceasefire on Monday.",
        "The UN urged an immediate truce in Hodeidah on Monday.",
    ] {
        let found = mentions_of(0, text, Some(date(2021, 8, 14)));
        assert!(
            found.iter().all(|m| m.kind != EventKind::Agreement),
            "{text}: {found:?}"
        );
    }
    let made = mentions_of(
        0,
        "The two sides agreed a ceasefire in Hodeidah on Monday.",
        Some(date(2021, 8, 14)),
    );
    assert!(made.iter().any(|m| m.kind == EventKind::Agreement));
}

#[test]
fn press_release_words_report_clashes_killings_and_takeovers() {
    for (text, kind) in [
        (
            "Troops engaged an undetermined number of terrorists in Datu Piang on Sunday.",
            EventKind::Assault,
        ),
        (
            "Security forces neutralised four militants in Datu Piang on Sunday.",
            EventKind::Killing,
        ),
        (
            "By Thursday evening the rebels were in control of Hama, residents said.",
            EventKind::Capture,
        ),
        ("Sudanese army retakes Wad Madani", EventKind::Recapture),
    ] {
        let found = mentions_of(0, text, Some(date(2020, 8, 18)));
        assert!(found.iter().any(|m| m.kind == kind), "{text}: {found:?}");
    }
}

// See: issue 10 (a village the gazetteer lacks falls back to what encloses it or is near it).
#[test]
fn a_missing_village_set_beside_a_town_is_placed_at_that_town() {
    let text = "The governor appealed to Baghdad for gas masks. Rockets struck the town of Taza, \
                south of Kirkuk, on Tuesday.";
    let found = mentions_of(0, text, Some(date(2016, 3, 9)));
    let places: Vec<String> = found.iter().map(place_name).collect();
    assert_eq!(places, ["Kirkuk"]);
    // A town the gazetteer knows stays the place.
    let found = mentions_of(
        0,
        "Shelling hit Bucha, north-west of Kyiv, on Sunday.",
        None,
    );
    assert_eq!(found.iter().map(place_name).collect::<Vec<_>>(), ["Bucha"]);
}

#[test]
fn armed_men_entering_a_place_named_at_once_take_it_others_only_enter() {
    let kinds = |text: &str| -> Vec<(EventKind, String)> {
        (mentions_of(0, text, Some(date(2024, 3, 4))).iter())
            .map(|m| (m.kind, place_name(m)))
            .collect()
    };
    let taken = kinds("The Taliban entered Ghazni on Sunday, residents said.");
    assert!(
        taken.contains(&(EventKind::Capture, "Ghazni".to_string())),
        "{taken:?}"
    );
    for text in [
        "The aid convoy entered Ghazni on Sunday with food for the camps.",
        "The Taliban entered talks in Doha on Sunday.",
        "Thousands of displaced families entered Ghazni on Sunday.",
    ] {
        let found = kinds(text);
        assert!(
            !found.iter().any(|(kind, _)| *kind == EventKind::Capture),
            "{text}: {found:?}"
        );
    }
}

#[test]
fn talks_named_after_their_venue_and_agreements_kept_or_broken_are_no_new_events() {
    let kinds = |text: &str| kinds_published(text, date(2020, 9, 30));
    // Each sentence reports a clash; the talks and the ceasefire are its background.
    for text in [
        "Taliban fighters clashed with the army near Ghazni on Tuesday while the Doha talks continued.",
        "Militia fighters clashed with troops in Ghazni on Tuesday despite pressure on both sides to respect the ceasefire.",
        "Rebels clashed with soldiers in Ghazni on Tuesday, under the terms of the truce they had signed.",
    ] {
        let found = kinds(text);
        assert!(found.contains(&EventKind::Assault), "{text}: {found:?}");
        assert!(
            !found
                .iter()
                .any(|k| matches!(k, EventKind::Talks | EventKind::Agreement)),
            "{text}: {found:?}"
        );
    }
    // Talks and agreements of the day are events.
    let found = kinds("Delegations of the two sides held talks in Doha on Tuesday.");
    assert!(found.contains(&EventKind::Talks), "{found:?}");
    let found = kinds("The two sides signed a ceasefire in Ghazni on Tuesday.");
    assert!(found.contains(&EventKind::Agreement), "{found:?}");
    let found = kinds("Troops left Ghazni on Tuesday under a local truce agreed with elders.");
    assert!(found.contains(&EventKind::Agreement), "{found:?}");
}

#[test]
fn a_sentence_opening_with_a_subordinate_clause_places_its_main_event_in_the_main_clause() {
    let found = mentions_of(
        0,
        "As the president wrapped up a visit to Herat, Taliban artillery pounded Ghazni on Tuesday, killing five civilians.",
        Some(date(2021, 7, 7)),
    );
    let shelling = (found.iter())
        .find(|m| m.kind == EventKind::Shelling)
        .expect("a shelling");
    assert_eq!(place_name(shelling), "Ghazni");
    // "As many as" opens no clause.
    let found = mentions_of(
        0,
        "As many as 20 people were killed in Ghazni on Tuesday, officials said.",
        Some(date(2021, 7, 7)),
    );
    assert!(found.iter().any(|m| place_name(m) == "Ghazni"), "{found:?}");
}

#[test]
fn people_seized_are_abducted_places_cleared_are_taken_and_an_encounter_is_a_clash() {
    let kinds = |text: &str| -> Vec<(EventKind, String)> {
        (mentions_of(0, text, Some(date(2023, 5, 14))).iter())
            .map(|m| (m.kind, place_name(m)))
            .collect()
    };
    let has = |text: &str, kind: EventKind| {
        let found = kinds(text);
        assert!(found.iter().any(|(k, _)| *k == kind), "{text}: {found:?}");
        found
    };
    let seized = has(
        "Armed men seized some forty farmers in Ghazni on Friday.",
        EventKind::Abduction,
    );
    assert!(
        !seized.iter().any(|(k, _)| *k == EventKind::Capture),
        "{seized:?}"
    );
    has(
        "A teacher was picked up from his home in Ghazni by men in plain clothes on Friday.",
        EventKind::Abduction,
    );
    has(
        "Commandos cleared the centre of Ghazni on Friday after two days of operations.",
        EventKind::Recapture,
    );
    let crowd =
        kinds("Police cleared the crowd outside the governor's office in Ghazni on Friday.");
    assert!(
        !crowd.iter().any(|(k, _)| *k == EventKind::Capture),
        "{crowd:?}"
    );
    has(
        "Troops encountered a band of insurgents near Ghazni on Friday.",
        EventKind::Assault,
    );
    // A verb that names what happened reports it when the event is its object.
    has(
        "A farmer described an airstrike on Friday in Ghazni that killed his brother.",
        EventKind::AirStrike,
    );
    let named = kinds("In Ghazni, the governor called the raid a massacre.");
    assert!(
        !named.iter().any(|(k, _)| *k == EventKind::Killing),
        "{named:?}"
    );
}

#[test]
fn an_after_clause_with_its_own_place_after_a_clause_without_an_event_is_placed_there() {
    let places = |text: &str, kind: EventKind| places_of_kind(text, date(2023, 5, 14), kind);
    assert_eq!(
        places(
            "Officials in Kabul met on Friday after gunmen stormed a school in Andar district.",
            EventKind::Assault
        ),
        ["Andaṟ"]
    );
    // A clause that points back at the place named before shares it.
    assert_eq!(
        places(
            "Soldiers raised the flag over Ghazni on Friday after the militants abandoned the town, a hub of Ghazni province.",
            EventKind::Withdrawal
        ),
        ["Ghazni"]
    );
}

#[test]
fn where_victims_come_from_a_named_agreement_and_its_parties_are_not_the_place() {
    let placed = |text: &str| -> Vec<(EventKind, String)> {
        (mentions_of(0, text, Some(date(2023, 11, 30))).iter())
            .map(|m| (m.kind, place_name(m)))
            .collect()
    };
    let found = placed(
        "Gunmen shot dead six labourers, originally from Herat and Farah, at a quarry in Andar district on Tuesday.",
    );
    assert_eq!(found, [(EventKind::Killing, "Andaṟ".to_string())]);
    let found = placed(
        "Soldiers raped four women in a village on Tuesday, weeks after the Doha peace agreement was signed.",
    );
    assert!(found.iter().all(|(_, place)| place.is_empty()), "{found:?}");
    // A party to an agreement, and an agreement ended, make no agreement of the day.
    let found = placed(
        "Troops left the base in Ghazni on Tuesday after Kabul ended its security agreement with Tehran.",
    );
    assert!(
        !found.iter().any(|(kind, _)| *kind == EventKind::Agreement),
        "{found:?}"
    );
    assert!(
        !found.iter().any(|(_, place)| place == "Tehran"),
        "{found:?}"
    );
    // Nor a region's countries one meets with.
    let found = placed("Ministers met for a summit with the western Balkans on Tuesday.");
    assert!(found.iter().all(|(_, place)| place.is_empty()), "{found:?}");
    // A capital's ministry is its government, not where the event was.
    let found =
        placed("Moscow's defence ministry announced the withdrawal of its troops on Tuesday.");
    assert!(
        found.iter().all(|(_, place)| place != "Moscow"),
        "{found:?}"
    );
}

#[test]
fn such_an_event_is_one_told_before_unless_one_such_is_told() {
    let kinds_at = |text: &str| -> Vec<(EventKind, String)> {
        mentions_of(0, text, Some(date(2023, 6, 20)))
            .iter()
            .map(|m| (m.kind, place_name(m)))
            .collect()
    };
    let found = kinds_at(
        "Gunmen shot dead a shopkeeper in Spin Boldak on Monday. Rights monitors in Kandahar \
         said it was the fourth such killing of a trader in the district this year.",
    );
    assert!(
        found.iter().all(|(_, place)| place != "Kandahar"),
        "{found:?}"
    );
    let found = kinds_at(
        "Raids on markets have grown. In one such attack on Monday, gunmen killed four traders \
         in Spin Boldak.",
    );
    assert!(
        found.iter().any(|(_, place)| place == "Spīn Bōldak"),
        "{found:?}"
    );
    // A unit named after a city is no event's place: "the Kharkiv Operational-Tactical Group".
    let found = kinds_at(
        "Heavy fighting went on in Vovchansk on Tuesday. The Kharkiv Operational-Tactical Group \
         said it had repelled four assaults.",
    );
    assert!(
        found.iter().all(|(_, place)| place != "Kharkiv"),
        "{found:?}"
    );
}

#[test]
fn what_a_video_shows_is_no_event_of_the_day() {
    let found: Vec<(EventKind, String)> = mentions_of(
        0,
        "Crowds armed with sticks and machetes attacked shops in Ghazni on Friday, after videos spread online showing the killing of traders in Herat, police said.",
        Some(date(2025, 1, 18)),
    )
    .iter()
    .map(|m| (m.kind, place_name(m)))
    .collect();
    assert_eq!(found, [(EventKind::MobViolence, "Ghazni".to_string())]);
}

#[test]
fn a_dateline_of_two_towns_places_nothing() {
    let found: Vec<(EventKind, String)> = mentions_of(
        0,
        "ISLAMABAD/KABUL, Dec 25 — Jets bombed several villages in Barmal district of Paktika late on Tuesday, officials said.",
        Some(date(2024, 12, 25)),
    )
    .iter()
    .map(|m| (m.kind, place_name(m)))
    .collect();
    assert_eq!(found, [(EventKind::AirStrike, "Paktika".to_string())]);
}

#[test]
fn talks_told_before_and_a_lede_naming_an_unknown_place_place_nothing_new() {
    let found = mentions_of(
        0,
        "Delegates held talks in Kunming on Monday. Those talks did not cover Rakhine or Chin states.",
        Some(date(2024, 1, 15)),
    );
    let talks: Vec<String> = (found.iter())
        .filter(|m| m.kind == EventKind::Talks)
        .map(place_name)
        .collect();
    assert_eq!(talks, ["Kunming"]);
    // The lede's capture is of a place the gazetteer lacks, not of the dateline's town.
    let found = mentions_of(
        0,
        "YANGON, Myanmar (Agency) — The Arakan Army says it has captured Letwagyi, a town near the border.",
        Some(date(2024, 1, 15)),
    );
    assert!(
        found.iter().all(|m| place_name(m) != "Yangon"),
        "{:?}",
        found.iter().map(place_name).collect::<Vec<_>>()
    );
}

#[test]
fn the_grievance_of_a_protest_is_no_event_of_the_day_nor_its_place() {
    let placed = |text: &str| -> Vec<(EventKind, String)> {
        (mentions_of(0, text, Some(date(2025, 1, 28))).iter())
            .map(|m| (m.kind, place_name(m)))
            .collect()
    };
    assert_eq!(
        placed(
            "Protesters angry at the fall of Herat attacked several embassies in Kabul on Tuesday."
        ),
        [(EventKind::Riot, "Kabul".to_string())]
    );
    assert_eq!(
        placed("Hundreds protested in Kabul on Tuesday over the killing of a student in Herat."),
        [(EventKind::Protest, "Kabul".to_string())]
    );
    assert_eq!(
        placed(
            "On Tuesday, protesters angered by the fall of Herat set fire to two embassies in Kabul."
        ),
        [(EventKind::Riot, "Kabul".to_string())]
    );
}

#[test]
fn where_the_actors_fled_from_is_not_where_they_act() {
    let placed = |text: &str, kind: EventKind| places_of_kind(text, date(2025, 2, 7), kind);
    // Protesters are where they are now.
    assert_eq!(
        placed(
            "Hundreds of families who fled fighting in Tibú marched peacefully in Cúcuta on Thursday.",
            EventKind::Protest
        ),
        ["Cúcuta"]
    );
    assert_eq!(
        placed(
            "Hundreds of families who fled from Tibú and El Tarra marched to the governor's office on Thursday.",
            EventKind::Protest
        ),
        [""]
    );
    // What befell them on the way keeps the place they fled, when the sentence names no other.
    assert_eq!(
        placed(
            "Women who fled El Fasher told nurses they were raped by militiamen at checkpoints \
             on the road to Tawila on Thursday.",
            EventKind::SexualViolence
        ),
        ["El Fasher"]
    );
}

#[test]
fn a_tally_that_monitors_kept_is_no_event() {
    let kinds_of = |text: &str| kinds_published(text, date(2023, 11, 16));
    assert_eq!(
        kinds_of("The UN mission in Kabul has recorded hundreds of arbitrary arrests since 2021."),
        []
    );
    assert_eq!(
        kinds_of("Monitors in Herat have documented more than 40 killings since January."),
        []
    );
    // One event documented is that event.
    assert_eq!(
        kinds_of("A rights group has documented the abduction of two women in Herat on Friday."),
        [EventKind::Abduction]
    );
}

#[test]
fn passengers_pulled_off_a_bus_are_abducted_unless_they_are_killed() {
    use EventKind::*;
    let taken =
        "Militants set up a checkpoint on the highway and pulled 17 passengers off two buses.";
    assert_eq!(kinds_of(taken), [Abduction]);
    let killed = "Gunmen stopped a bus, pulled nine passengers off and shot them dead.";
    assert_eq!(kinds_of(killed), [Killing]);
    // A checkpoint set up and nothing else is a base.
    let set_up = "The army set up a checkpoint at the entrance of the town.";
    assert_eq!(kinds_of(set_up), [BaseEstablished]);
    let garrison = "Troops set up a new border garrison near the river crossing.";
    assert_eq!(kinds_of(garrison), [BaseEstablished]);
    let signs = "Unknown men smashed the new bilingual signs on the town hall overnight.";
    assert_eq!(kinds_of(signs), [Destruction]);
    let council = "The rebels swore in the members of a rival council at a ceremony.";
    assert_eq!(kinds_of(council), [Mobilisation]);
}

#[test]
fn a_capital_s_forces_and_its_acts_stand_for_its_government() {
    let speaks = |text: &str, name: &str| {
        let start = text.find(name).expect("name");
        crate::text::speaks_for_a_government(text, &(start..start + name.len()))
    };
    assert!(speaks(
        "Helicopters landed at the airport, where Moscow's forces are setting up a base.",
        "Moscow"
    ));
    assert!(speaks(
        "Protesters accused France of arming jihadists, a claim Paris rejects.",
        "Paris"
    ));
    assert!(speaks(
        "Ankara has carried out repeated strikes in the district.",
        "Ankara"
    ));
    // A town's own quarter stays a place: "Kabul's Karte Seh area".
    assert!(!speaks("A blast hit Kabul's Karte Seh area.", "Kabul"));
}

#[test]
fn a_town_near_which_it_happened_beats_the_units_named_after_it() {
    let text = "Boko Haram fighters attacked a camp for displaced people near Mora, in the \
                Mayo-Sava department of the Far North region, early on Sunday, killing 17 \
                civilians.";
    let places = place_names_of(text, date(2020, 8, 3));
    assert!(places.iter().any(|p| p.starts_with("Mora")), "{places:?}");
    assert!(
        !places.iter().any(|p| p.starts_with("Far North")),
        "{places:?}"
    );
}

#[test]
fn where_the_authorities_a_demand_went_to_sit_is_not_the_place() {
    let text = "Hundreds of traders marched through the bazaar on Friday and demanded better \
                security from the provincial government in Quetta.";
    let found = mentions_of(0, text, Some(date(2022, 5, 14)));
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].kind, EventKind::Protest);
    assert!(found[0].place.is_none(), "{}", place_name(&found[0]));
    // Nor where a request came from; nor where the jets that struck are based.
    let text = "PARIS — French jets struck a rebel column in the far north on Sunday, acting at \
                the request of the government in Niamey.";
    let found = mentions_of(0, text, Some(date(2022, 5, 16)));
    assert!(found.iter().all(|m| place_name(m) != "Niamey"), "{found:?}");
    let text = "Drones based in Gao struck a convoy of pickup trucks in the Ménaka region on \
                Sunday.";
    let places = place_names_of(text, date(2022, 5, 16));
    assert!(
        !places.is_empty() && places.iter().all(|p| p != "Gao"),
        "{places:?}"
    );
    // Nor the club of a footballer whose parents were taken.
    let text = "Gunmen kidnapped the parents of Liverpool winger Ivan Moreno at a petrol \
                station in Riohacha on Saturday, police said.";
    let places = place_names_of(text, date(2023, 10, 30));
    assert!(!places.is_empty(), "{places:?}");
    assert!(places.iter().all(|p| p == "Riohacha"), "{places:?}");
    // Nor where a movement would carry its cause.
    let text = "Thousands of nurses marched in Porto on Saturday over pay. A rally organiser \
                told the crowd at the town hall square that a new march would be called for \
                January if parliament did not act, and that the movement would take its demands \
                to Lisbon before the end of the year.";
    let places = place_names_of(text, date(2022, 5, 16));
    assert!(places.iter().all(|p| p != "Lisbon"), "{places:?}");
}

#[test]
fn a_district_in_the_countryside_of_its_province_is_the_place() {
    let text = "Residents of the mudiriyah of Hays, in the southern countryside of Al Hudaydah \
                governorate, said mortar rounds struck a cluster of farms on Tuesday, killing a \
                woman.";
    let places = place_names_of(text, date(2020, 2, 19));
    assert!(places.iter().any(|p| p.starts_with("Hays")), "{places:?}");
}

#[test]
fn where_a_road_leads_is_not_where_a_bomb_hit_it() {
    let text = "An IED struck a military vehicle about 10 km south of Gorom-Gorom, on the road \
                to Dori, on Thursday; four soldiers were killed.";
    let places = place_names_of(text, date(2021, 8, 20));
    assert!(
        places.iter().any(|p| p.starts_with("Gorom-Gorom")),
        "{places:?}"
    );
    assert!(!places.iter().any(|p| p.starts_with("Dori")), "{places:?}");
}

#[test]
fn a_trigger_word_inside_a_group_s_name_reports_nothing() {
    use EventKind::*;
    let kinds = kinds_of("Iraqi army and Popular Mobilisation fighters clashed with militants.");
    assert_eq!(kinds, [Assault]);
    // After a colon or a dash, a capital opens the report: "Incident: Roadside IED".
    let kinds = kinds_of("Incident: Roadside IED struck a minivan; three passengers killed.");
    assert!(kinds.contains(&Bombing), "{kinds:?}");
    // An acronym after a capitalised word is the weapon ("a Turkish UAV"), and so are the
    // long names of drones and of roadside bombs.
    let kinds = kinds_of("A Turkish UAV struck a car carrying two commanders near Qamishli.");
    assert_eq!(kinds, [AirStrike]);
    let kinds = kinds_of("An unmanned aerial vehicle hit a truck on the coast road.");
    assert_eq!(kinds, [AirStrike]);
    let kinds = kinds_of("A roadside device tore through a police pickup near the market.");
    assert_eq!(kinds, [Bombing]);
}

#[test]
fn a_town_set_west_of_another_or_a_few_kilometres_off_is_the_reference() {
    let text = "Gunmen attacked Mpeketoni, about 30 km west of the island town of Lamu, on \
                Sunday night, shooting men in their homes.";
    let found = mentions_of(0, text, Some(date(2014, 6, 17)));
    let places: Vec<String> = found.iter().map(place_name).collect();
    assert!(
        places.iter().all(|p| p.starts_with("Mpeketoni")),
        "{places:?}"
    );
    let text = "Fighters killed six villagers in a raid on a settlement a few kilometres outside \
                Mora, in the Far North region, on Friday night.";
    let places = place_names_of(text, date(2019, 8, 4));
    assert!(places.iter().all(|p| p.starts_with("Mora")), "{places:?}");
}

#[test]
fn where_flights_were_diverted_to_is_not_where_it_happened() {
    let text = "Clashes broke out near the airport on Monday evening, killing 55 people, and \
                flights were diverted to Misrata.";
    let places = place_names_of(text, date(2023, 8, 16));
    assert!(
        !places.iter().any(|p| p.starts_with("Misrat")),
        "{places:?}"
    );
}

/// The place names of `text`'s reports, published on `published` ("" for none).
fn place_names_of(text: &str, published: NaiveDate) -> Vec<String> {
    mentions_of(0, text, Some(published))
        .iter()
        .map(place_name)
        .collect()
}

/// The places of `text`'s reports, published on `published`.
fn places_of(text: &str, published: NaiveDate) -> Vec<(EventKind, String)> {
    mentions_of(0, text, Some(published))
        .iter()
        .map(|m| (m.kind, place_name(m)))
        .collect()
}

/// The kinds of `text`'s reports, published on `published`.
fn kinds_published(text: &str, published: NaiveDate) -> Vec<EventKind> {
    (places_of(text, published).into_iter())
        .map(|(kind, _)| kind)
        .collect()
}

/// The places of `text`'s reports of `kind`, published on `published`.
fn places_of_kind(text: &str, published: NaiveDate, kind: EventKind) -> Vec<String> {
    (places_of(text, published).into_iter())
        .filter(|(k, _)| *k == kind)
        .map(|(_, place)| place)
        .collect()
}

#[test]
fn a_sentence_that_sets_the_event_beside_another_happening_reports_it_no_second_time() {
    let found = places_of(
        "Militants stormed an army post in Tessalit on Monday, killing four soldiers. The \
         attack came as the army moved reinforcements to Gao.",
        date(2023, 10, 3),
    );
    assert!(!found.iter().any(|(_, p)| p == "Gao"), "{found:?}");
    let found = places_of(
        "Gunmen ambushed a minibus near Mandera on Sunday, killing six quarry workers. The \
         ambush took place as the president opened a trade fair in Mombasa.",
        date(2024, 5, 13),
    );
    assert!(!found.iter().any(|(_, p)| p == "Mombasa"), "{found:?}");
    let found = places_of(
        "A roadside bomb killed eight policemen in Bijapur district on Monday. It was the \
         deadliest attack on security forces in Chhattisgarh in two years.",
        date(2025, 1, 7),
    );
    assert!(!found.iter().any(|(_, p)| p == "Chhattisgarh"), "{found:?}");
    // Dated, it tells the event's day: "The attack on Wednesday followed days of clashes".
    let found = mentions_of(
        0,
        "Fighters killed 20 civilians in two hamlets near Menaka, officials said on Friday. \
         The attack on Wednesday followed days of clashes in the area.",
        Some(date(2022, 3, 11)),
    );
    assert!(
        found
            .iter()
            .any(|m| m.time.is_some_and(|t| t.start == date(2022, 3, 9))),
        "{found:?}"
    );
}

#[test]
fn talks_told_in_passing_abroad_are_not_placed_but_talks_told_as_news_are() {
    let found = places_of(
        "A drone strike killed four people in Marib, Yemen, on Saturday. The Houthis, who are \
         in talks with Saudi officials in Muscat, denied involvement.",
        date(2021, 6, 6),
    );
    assert!(!found.iter().any(|(_, p)| p == "Muscat"), "{found:?}");
    let found = places_of(
        "An Afghan government delegation met Taliban representatives in Tehran on Wednesday, \
         as fighting raged in Badghis.",
        date(2021, 7, 8),
    );
    assert!(
        found
            .iter()
            .any(|(k, p)| *k == EventKind::Talks && p == "Tehran"),
        "{found:?}"
    );
}

#[test]
fn the_village_of_a_later_sentence_is_not_the_dateline_town() {
    let found = places_of(
        "BANGKOK — Soldiers raped four women during a raid on a village in Magway region, a \
         rights group said. Troops entered the village, searched homes and detained women in \
         a school for two nights.",
        date(2022, 11, 10),
    );
    assert!(!found.iter().any(|(_, p)| p == "Bangkok"), "{found:?}");
}

#[test]
fn a_group_s_regional_branch_and_a_toll_over_decades_are_no_events_there() {
    let found = places_of(
        "Jihadists killed 20 people near Djibo on Saturday. JNIM, al-Qaeda's Sahel affiliate, \
         claimed the attack.",
        date(2024, 8, 26),
    );
    assert!(!found.iter().any(|(_, p)| p == "Sahel"), "{found:?}");
    let found = places_of(
        "Maoists ambushed a police patrol in Sukma on Sunday. The district borders \
         Maharashtra, where the insurgency has killed thousands over decades.",
        date(2022, 9, 19),
    );
    assert!(!found.iter().any(|(_, p)| p == "Maharashtra"), "{found:?}");
}

#[test]
fn mines_dismantled_restored_towns_and_glide_bombs_have_their_kinds() {
    use EventKind::*;
    let cases = [
        (
            "Engineers dismantled a naval mine near the shore at Mocha.",
            WeaponsSeizure,
        ),
        (
            "Army units restored security and stability to Palmyra.",
            Recapture,
        ),
        (
            "Two guided aerial bombs hit a hypermarket in Kharkiv.",
            AirStrike,
        ),
        (
            "Coalition aircraft launched three raids on Saada.",
            AirStrike,
        ),
        (
            "Fighters dragged a dozen men out of their homes and shot them.",
            Killing,
        ),
    ];
    for (text, kind) in cases {
        let kinds = kinds_of(text);
        assert!(kinds.contains(&kind), "{text}: {kinds:?}");
    }
}

#[test]
fn a_capital_s_spokesmen_and_a_launch_site_are_not_where_it_happened() {
    let cases = [
        (
            "Taliban fighters took Khwahan district on Monday. In Kabul, the defence ministry \
             said the withdrawals were tactical.",
            "Kabul",
        ),
        (
            "Air defences destroyed eight missiles over Kyiv on Monday. The missiles were \
             fired from Russia's Bryansk region.",
            "Bryansk",
        ),
        (
            "Jets struck Ariha on Monday despite the truce agreed by Moscow and Ankara in March.",
            "Ankara",
        ),
        (
            "Farmers rallied on Monday; their leaders accuse Riyadh of meddling in Al Ghaydah.",
            "Riyadh",
        ),
        (
            "Jets bombed a compound near Urgun on Sunday. Relations between Islamabad and Kabul \
             have soured over attacks inside Pakistan.",
            "Kabul",
        ),
        (
            "Rebels shelled Sake on Monday. Nairobi, which has been mediating between Kinshasa \
             and Kigali, said the talks would go on.",
            "Kinshasa",
        ),
    ];
    for (text, not_there) in cases {
        let found = places_of(text, date(2023, 12, 12));
        assert!(
            !found.iter().any(|(_, p)| p == not_there),
            "{text}: {found:?}"
        );
    }
}

#[test]
fn an_event_of_a_past_year_alone_is_background() {
    let text = "Taliban fighters attacked checkpoints around Kunduz on Saturday. The city was \
                briefly overrun by the insurgents in 2015.";
    let found = places_of(text, date(2019, 8, 31));
    assert_eq!(found, [(EventKind::Assault, "Kunduz".to_string())]);
    // A past month stays: it says when.
    let text = "Taliban fighters attacked checkpoints around Kunduz on Saturday. The city was \
                briefly overrun by the insurgents in September 2015.";
    let found = places_of(text, date(2019, 8, 31));
    assert!(
        found.iter().any(|(kind, _)| *kind == EventKind::Capture),
        "{found:?}"
    );
    // A past season is a past year's, and a habit ("every Friday") names no day of this week.
    let text = "Taliban fighters attacked checkpoints around Kunduz on Saturday. In the winter of \
                2015, crowds marched in Kunduz every Friday to protest against the governor.";
    let found = places_of(text, date(2019, 8, 31));
    assert_eq!(found, [(EventKind::Assault, "Kunduz".to_string())]);
}

#[test]
fn a_crowd_filling_a_square_is_a_protest() {
    let kinds = kinds_of(
        "For the third Friday running, thousands of people filled the main square of Sweida, \
         calling for the governor to resign.",
    );
    assert_eq!(kinds, [EventKind::Protest]);
}

#[test]
fn a_long_period_that_led_up_to_the_event_is_no_event() {
    for (text, kind, place) in [
        (
            "Police arrested the party leader in Juba on Wednesday. The arrest followed weeks of \
             fighting in Nasir, Upper Nile state.",
            EventKind::Arrest,
            "Juba",
        ),
        (
            "Rebels captured Kyaukme on Saturday after months of fighting in northern Shan.",
            EventKind::Capture,
            "Kyaukme",
        ),
        (
            "The two leaders signed a peace and reconciliation accord in Maputo on Tuesday, \
             ending decades of hostilities.",
            EventKind::Agreement,
            "Maputo",
        ),
    ] {
        let found = places_of(text, date(2025, 3, 30));
        assert_eq!(found, [(kind, place.to_string())], "{text}");
    }
    // Days of fighting may be one battle.
    let found = places_of(
        "Three days of fighting in Kyaukme killed dozens of soldiers.",
        date(2025, 3, 30),
    );
    assert!(
        found.iter().any(|(k, _)| *k == EventKind::Assault),
        "{found:?}"
    );
}

#[test]
fn an_event_judged_unlikely_or_yet_to_come_is_no_event() {
    for text in [
        "Analysts say an assault on Sittwe remains unlikely in the short term.",
        "A new offensive on Marib is expected within weeks.",
        "Raids on the army's posts in Diffa region are likely to continue in the rains.",
    ] {
        let found = places_of(text, date(2024, 1, 16));
        assert!(found.is_empty(), "{text}: {found:?}");
    }
    let found = places_of(
        "The attack on Djibo was likely carried out by JNIM on Monday.",
        date(2024, 1, 16),
    );
    assert!(!found.is_empty());
}

#[test]
fn a_trend_is_no_event() {
    for text in [
        "The area, near the Kaduna-Abuja expressway, has seen repeated mass kidnappings.",
        "Kidnappings have long been a source of income for the group in Patikul.",
        "Abductions of civilians for ransom have become frequent in the Diffa area.",
        "Drone attacks by resistance units are creeping closer to Bago.",
        "Armed gangs have terrorized villages in Zamfara and Katsina for more than a decade, \
         killing and kidnapping for ransom.",
    ] {
        let found = places_of(text, date(2023, 3, 8));
        assert!(found.is_empty(), "{text}: {found:?}");
    }
    // What follows a clause of years is an event of its own.
    assert_eq!(
        places_of(
            "In Taiz, which has been besieged for years, a sniper shot dead a boy last week.",
            date(2023, 3, 8)
        ),
        [(EventKind::Killing, "Taiz".to_string())]
    );
    // A day makes it an event, repeated or not.
    assert_eq!(
        places_of(
            "Repeated air strikes hit Kidal on Monday.",
            date(2023, 3, 8)
        ),
        [(EventKind::AirStrike, "Kidal".to_string())]
    );
}

#[test]
fn an_act_going_on_since_a_time_is_an_event_a_state_since_then_is_not() {
    let found = places_of(
        "Since morning the enemy has been attacking our positions at Kupiansk with tanks.",
        date(2022, 3, 27),
    );
    assert_eq!(found, [(EventKind::Assault, "Kupyansk".to_string())]);
    let found = places_of(
        "Kupiansk has been occupied since the first days of the invasion.",
        date(2022, 3, 27),
    );
    assert!(found.is_empty(), "{found:?}");
}

#[test]
fn people_taken_from_their_car_bodies_found_and_motorbikes_banned_are_events() {
    let kinds = |text: &str| kinds_published(text, date(2023, 6, 11));
    for (text, kind) in [
        (
            "A tribal elder was taken from his car on the road outside Shahrak by armed men.",
            EventKind::Abduction,
        ),
        (
            "A lawyer was taken this morning from his office in Raydah by men in plain clothes.",
            EventKind::Abduction,
        ),
        (
            "Herders found the bodies of eight men in a dry riverbed outside Dosso.",
            EventKind::MassGrave,
        ),
        (
            "Motorbikes and tricycles are banned at night in Tenkodogo until further notice.",
            EventKind::OtherDevelopment,
        ),
        (
            "Women gathered in front of the education office in Yakawlang holding signs.",
            EventKind::Protest,
        ),
    ] {
        assert_eq!(kinds(text), [kind], "{text}");
    }
    // The wounded taken from where it happened were not abducted.
    assert!(kinds("The wounded were taken from the scene to the hospital in Kabul.").is_empty());
}

#[test]
fn crowds_detachments_defused_bombs_and_loot_are_their_kinds_and_debris_takes_no_town() {
    let kinds = |text: &str| kinds_published(text, date(2024, 7, 28));
    for (text, kind) in [
        (
            "A crowd surrounded a minibus of the recruitment centre in Kalush and beat two officers.",
            EventKind::MobViolence,
        ),
        (
            "A new army detachment was installed today in Kouka, in the presence of the governor.",
            EventKind::BaseEstablished,
        ),
        (
            "Army defuses explosives left on Nguigmi road",
            EventKind::WeaponsSeizure,
        ),
        (
            "Fighters entered the houses of two police commanders in Chiras and took vehicles.",
            EventKind::Looting,
        ),
        (
            "Soldiers opened fire on our peaceful strike on Strand Road in Bogale today.",
            EventKind::Protest,
        ),
        (
            "In the south, drones were downed over the Odesa region.",
            EventKind::WeaponsSeizure,
        ),
    ] {
        assert!(kinds(text).contains(&kind), "{text}: {:?}", kinds(text));
    }
    // What is asked for has not happened; debris falling takes no town.
    let asked = kinds(
        "Hundreds gathered in front of the Shaqqa municipality, calling for the departure of \
         the regime.",
    );
    assert_eq!(asked, [EventKind::Protest]);
    let fell = kinds("Debris fell on fields near Boryspil on Wednesday; no one was hurt.");
    assert!(!fell.contains(&EventKind::Capture), "{fell:?}");
    let places = places_of(
        "Hundreds gathered in front of the Shaqqa municipality on Friday, calling for change.",
        date(2023, 9, 2),
    );
    assert_eq!(places, [(EventKind::Protest, "Shaqqā".to_string())]);
}

#[test]
fn people_driven_away_to_an_unknown_place_and_security_handed_over_are_events() {
    let kinds = |text: &str| kinds_published(text, date(2022, 1, 31));
    for (text, kind) in [
        (
            "Gunmen stopped a young man on the road to Ariqa and took him, with his car, to \
             an unknown place.",
            EventKind::Abduction,
        ),
        (
            "Security men took a teacher from the market in Dhi as-Sufal and drove him away.",
            EventKind::Abduction,
        ),
        (
            "Emirati troops handed the outer security of the Balhaf terminal to local forces.",
            EventKind::Withdrawal,
        ),
    ] {
        assert!(kinds(text).contains(&kind), "{text}: {:?}", kinds(text));
    }
    for (text, kind) in [
        (
            "A remote-detonated mine hit an army truck on the highway north of Nattalin.",
            EventKind::Bombing,
        ),
        (
            "A patrol found two improvised explosive devices near Torodi and destroyed them \
             in place.",
            EventKind::WeaponsSeizure,
        ),
        (
            "Military jets from across the border struck villages in Khost province.",
            EventKind::AirStrike,
        ),
    ] {
        assert!(kinds(text).contains(&kind), "{text}: {:?}", kinds(text));
    }
    for (text, kind) in [
        (
            "Armed men looted factories in Homs on Monday.",
            EventKind::Looting,
        ),
        (
            "Taliban police stopped the march at the bridge in Bagrami and tore up banners.",
            EventKind::ProtestIntervention,
        ),
        (
            "In Velyka Oleksandrivka the occupiers threw stun grenades into the crowd.",
            EventKind::ProtestIntervention,
        ),
        (
            "In Loga today, the prefect presided over the signing of a pact between farmers \
             and herders.",
            EventKind::Agreement,
        ),
        (
            "A new headquarters for a border battalion was opened today in Du Qala.",
            EventKind::BaseEstablished,
        ),
    ] {
        assert!(kinds(text).contains(&kind), "{text}: {:?}", kinds(text));
    }
    // A crowd that surrounds a minibus is a mob, no besieging force.
    let mob = kinds("A crowd of about a hundred people surrounded a minibus in Vynohradiv.");
    assert_eq!(mob, [EventKind::MobViolence]);
    // Things driven away are no people abducted.
    let looted = kinds("Troops loaded paintings onto trucks in Kherson and drove them away.");
    assert!(!looted.contains(&EventKind::Abduction), "{looted:?}");
    // What is called for, a word or two on, has not happened; an attack after a call has.
    let asked = kinds("Relatives gathered in Lubny on Sunday to call for faster exchanges.");
    assert!(!asked.contains(&EventKind::Agreement), "{asked:?}");
    let attacked = kinds("The UN called for calm after gunmen attacked a checkpoint in Gao.");
    assert!(attacked.contains(&EventKind::Assault), "{attacked:?}");
}

#[test]
fn a_time_in_a_clause_in_which_something_had_happened_dates_no_event_before_it() {
    let events = mentions_of(
        0,
        "Date: 12 September 2023\nLocation: Tsamkani district centre, Paktia province\nElders \
         signed a written agreement at the Tsamkani district centre ending a dispute over a \
         forest, in which four men had been shot dead in 2022.",
        Some(date(2023, 9, 13)),
    );
    let agreement = (events.iter()).find(|e| e.kind == EventKind::Agreement);
    let day = agreement.and_then(|e| e.time).map(|t| (t.start, t.end));
    assert_eq!(
        day,
        Some((date(2023, 9, 12), date(2023, 9, 12))),
        "{events:?}"
    );
}

#[test]
fn a_place_in_a_clause_about_the_doers_or_locating_another_is_not_the_event_s() {
    // "who went missing near Bakhmut" tells where they went missing, not where they gathered.
    let found = places_of_kind(
        "In Lubny, a town about 130 kilometres west of here, several hundred relatives of \
         soldiers who went missing near Bakhmut and Avdiivka gathered in the central square on \
         Sunday to call for faster exchanges of prisoners.",
        date(2024, 3, 11),
        EventKind::Protest,
    );
    assert_eq!(found, ["Lubny"]);
    // A "where" clause after a reference point is the located place's.
    let found = places_of_kind(
        "The most serious incident was in al-Ghandoura, south-west of Jarablus, where \
         protesters set fire to a lorry.",
        date(2024, 7, 2),
        EventKind::Riot,
    );
    assert_eq!(found, ["Al Ghandūrah"]);
    // Not one after a route: "on the road to Baharak, where" is Baharak's.
    let found = places_of_kind(
        "Dozens demonstrated in Faizabad to demand security on the road to Baharak, where two \
         traders were killed last week.",
        date(2020, 10, 21),
        EventKind::Killing,
    );
    assert_eq!(found, ["Bahārak"]);
}

#[test]
fn an_editors_note_before_the_dateline_leaves_it_a_dateline() {
    // The town heading the story is where it was filed; the fighting is where the lede says.
    for text in [
        "[Translated from Kurdish] Mardin — Fighting broke out in Nusaybin on Friday.",
        "(Translated.) Mardin — Fighting broke out in Nusaybin on Friday.",
    ] {
        assert_eq!(
            places_of(text, date(2016, 3, 19)),
            [(EventKind::Assault, "Nusaybin".to_string())],
            "{text}"
        );
    }
    // A dateline's date after the note dates the report, not the event.
    let found = mentions_of(
        0,
        "[Translated from Arabic] ADEN, March 3 — Gunmen shot dead a judge in Crater on Sunday.",
        Some(date(2020, 3, 3)),
    );
    assert_eq!(found[0].time.map(|t| t.start), Some(date(2020, 3, 1)));
}

#[test]
fn a_city_s_named_parts_are_in_the_city() {
    assert_eq!(
        places_of(
            "Mardin — Clashes broke out between special forces police and militants of the youth \
             wing in Nusaybin's Firat neighbourhood on Friday.",
            date(2016, 3, 19)
        ),
        [(EventKind::Assault, "Nusaybin".to_string())]
    );
}

#[test]
fn a_capital_that_acts_or_is_dealt_with_is_its_government() {
    assert_eq!(
        places_of(
            "Turkish drones hit a market in Tal Rifaat on Monday, killing six. Ankara closed two \
             border crossings and said it was in contact with Moscow.",
            date(2024, 7, 3)
        )
        .iter()
        .map(|(_, place)| place.as_str())
        .collect::<Vec<_>>(),
        ["Tall Rif‘at"]
    );
}

#[test]
fn a_bullet_s_heading_places_its_item() {
    let text = "FLASH UPDATE\n\n• Sagaing Region – Kale District: Houses were torched in two \
                villages on 17 July.\n• Kherson city: On 12 June, shelling hit a riverside street.";
    assert_eq!(
        places_of(text, date(2022, 7, 21)),
        [
            (EventKind::Destruction, "Kale District".to_string()),
            (EventKind::Shelling, "Kherson".to_string())
        ]
    );
}

#[test]
fn a_dismantled_explosive_boat_or_drone_is_a_weapon_disrupted() {
    for sentence in [
        "Engineers dismantled a remote-controlled boat packed with explosives off the port.",
        "Soldiers dismantled a small armed drone that fell near the base.",
    ] {
        assert_eq!(
            kinds_of(sentence),
            [EventKind::WeaponsSeizure],
            "{sentence}"
        );
    }
}

#[test]
fn a_person_surrounded_is_no_siege() {
    assert!(
        !kinds_of("Young men surrounded him and beat him with sticks.").contains(&EventKind::Siege)
    );
    assert!(kinds_of("Fighters surrounded the town on Monday.").contains(&EventKind::Siege));
}

#[test]
fn jets_or_aircraft_that_destroy_strike_from_the_air() {
    for sentence in [
        "The army said its aircraft destroyed a column of pickups near the border.",
        "Coalition jets destroyed two bridges on the highway.",
    ] {
        assert!(
            kinds_of(sentence).contains(&EventKind::AirStrike),
            "{sentence}"
        );
    }
}

#[test]
fn a_deadline_dates_nothing_that_happened() {
    let found = mentions_of(
        0,
        "The commander said on Thursday that his units had begun pulling out of Soledar, and \
         that the handover would be completed by 1 June.",
        Some(date(2023, 5, 26)),
    );
    assert_eq!(found[0].time.map(|t| t.start), Some(date(2023, 5, 25)));
}

#[test]
fn a_force_ending_its_deployment_changes_its_activity() {
    assert_eq!(
        kinds_of("The private army said it was ending its deployment in the country."),
        [EventKind::Mobilisation]
    );
}

#[test]
fn the_topic_of_a_body_s_work_is_no_event() {
    assert!(
        places_of(
            "Diplomats in Geneva debated a renewal of the mechanism on chemical weapons use.",
            date(2017, 4, 5)
        )
        .is_empty()
    );
}

#[test]
fn killing_some_of_them_kills_the_people_named_last() {
    assert_eq!(
        kinds_of(
            "Raiders crept into the barracks on Sunday and set fire to tents housing soldiers, \
             killing nine of them."
        )
        .iter()
        .find(|&&kind| kind != EventKind::Destruction),
        Some(&EventKind::Assault)
    );
    assert!(
        kinds_of("Soldiers rounded up villagers on Sunday and shot at them, killing five of them.")
            .contains(&EventKind::Killing)
    );
}

#[test]
fn a_silent_march_in_memory_of_the_dead_is_a_protest_and_no_killing() {
    let found = places_of(
        "Thousands walked in silence through the centre of Prizren on Friday, carrying candles in \
         memory of those killed in Rahovec.",
        date(2024, 3, 9),
    );
    assert_eq!(found, [(EventKind::Protest, "Prizren".to_string())]);
}

#[test]
fn a_capital_that_wages_an_offensive_is_its_government() {
    let speaks = |text: &str, name: &str| {
        let start = text.find(name).expect("name");
        crate::text::speaks_for_a_government(text, &(start..start + name.len()))
    };
    assert!(speaks(
        "The truce ended Baku's lightning offensive.",
        "Baku"
    ));
    assert!(speaks(
        "Schools shut after Moscow's invasion began.",
        "Moscow"
    ));
    // What is done to a place is done there.
    assert!(!speaks(
        "Aid lorries queued during Gaza's blockade.",
        "Gaza"
    ));
    // The talks happened where the envoys met, not in the capital that waged the offensive.
    assert_eq!(
        places_of(
            "Envoys met in Yevlakh on Thursday and agreed to keep talking, a day after a truce ended Baku's offensive.",
            date(2023, 9, 23)
        )
        .iter()
        .find(|(kind, _)| *kind == EventKind::Agreement)
        .map(|(_, place)| place.as_str()),
        Some("Yevlakh")
    );
}

#[test]
fn capitals_listed_or_described_together_speak_for_their_governments() {
    let speaks = |text: &str, name: &str| {
        let start = text.find(name).expect("name");
        crate::text::speaks_for_a_government(text, &(start..start + name.len()))
    };
    // The agent of a stance: "considered by Washington", but not "hit by shells in Kharkiv".
    assert!(speaks(
        "The militia, backed by Tehran, shelled the border villages.",
        "Tehran"
    ));
    assert!(!speaks(
        "The depot was hit by Kharkiv's own artillery.",
        "Kharkiv"
    ));
    assert!(speaks(
        "The ministry called on Abu Dhabi to stop arming the separatists.",
        "Abu Dhabi"
    ));
    assert!(speaks(
        "Islamabad has in the past said its troops fire only in response to attacks.",
        "Islamabad"
    ));
    assert!(speaks(
        "Rabat has repeatedly warned it will answer any incursion across the berm.",
        "Rabat"
    ));
    assert!(speaks(
        "Addis Ababa severed relations with Asmara after the raid.",
        "Addis Ababa"
    ));
    assert!(speaks(
        "Allies meeting in Rome promised Kyiv more air defence systems.",
        "Kyiv"
    ));
    // ", and" after a single name opens a clause of its own.
    assert!(speaks(
        "A drone hit a school in the village of Tal Afar, and Ankara has said it targets only \
         militants.",
        "Ankara"
    ));
    // A possessive: "one of Washington's main partners", not "the gate of Kabul's military
    // hospital".
    assert!(speaks(
        "Niger was until recently one of Washington's main partners in the region.",
        "Washington"
    ));
    assert!(!speaks(
        "A bomb went off at the gate of Kabul's military hospital.",
        "Kabul"
    ));
    let listed = "Paris, Berlin and Rome announced new sanctions on the junta.";
    for name in ["Paris", "Berlin", "Rome"] {
        assert!(speaks(listed, name), "{name}");
    }
    let described = "Brasilia, which hosts the talks, and Lima, which sent observers, welcomed \
                     the truce.";
    assert!(speaks(described, "Brasilia") && speaks(described, "Lima"));
    assert!(speaks(
        "Algiers, which arms none of the factions, said it had no part in the raid.",
        "Algiers"
    ));
    assert!(speaks(
        "A truce mediated by Oman, Jordan and the United Arab Emirates held.",
        "United Arab Emirates"
    ));
    assert!(speaks(
        "The troops came at the request of Dodoma in March.",
        "Dodoma"
    ));
    assert!(speaks(
        "The junta has turned to Beijing for armed drones.",
        "Beijing"
    ));
    assert!(speaks(
        "Students chanted slogans against Paris outside the embassy.",
        "Paris"
    ));
    assert!(speaks(
        "The minister repeated Vilnius's request for more air defence.",
        "Vilnius"
    ));
    assert!(!speaks(
        "The offensive against Kherson began at dawn.",
        "Kherson"
    ));
    // A list after a preposition is of places, and a list with no verb of a government too.
    let marched = "In Lyon, Lille and Nantes, students marched against the war.";
    assert!(!speaks(marched, "Lille") && !speaks(marched, "Nantes"));
    assert!(!speaks(
        "Fighting spread to Tabqa, Raqqa and Mansoura by nightfall.",
        "Raqqa"
    ));
}

#[test]
fn where_an_agency_or_a_command_sits_is_not_where_it_happened() {
    let places = |text: &str| -> Vec<String> {
        mentions_of(0, text, Some(date(2024, 3, 4)))
            .iter()
            .map(place_name)
            .collect()
    };
    // A watchdog's seat, with an adverb before its verb.
    let watchdog = "The nuclear agency in Geneva has repeatedly warned about fighting near \
                    the dam.";
    assert!(
        !places(watchdog).iter().any(|p| p == "Geneva"),
        "{watchdog}"
    );
    // A command's seat and the seat's unit.
    let command = "Gunmen ambushed a convoy near Bosaso on Sunday. The regional command, \
                   headquartered in Nairobi, Kenya, said in a statement that its drones had \
                   destroyed two trucks.";
    let found = places(command);
    assert!(
        !found.iter().any(|p| p == "Nairobi" || p == "Kenya"),
        "{found:?}"
    );
    // A ministry named in several words.
    let ministry = "The Ministry of National Defence in Rabat said it had destroyed two \
                    depots in the desert.";
    assert!(!places(ministry).iter().any(|p| p == "Rabat"));
    // Groups based abroad, and officials who "say" from a capital.
    let groups = "Police fired tear gas at students in Gulu on Monday. Rights groups based \
                  in London accused the police of beating them.";
    assert!(!places(groups).iter().any(|p| p == "London"));
}

#[test]
fn a_fight_a_place_was_spared_or_a_government_denies_is_no_event() {
    assert!(kinds_of("The port town has so far been spared by the shelling.").is_empty());
    assert!(kinds_of("Pilgrims queued for hours to pray at the general's grave.").is_empty());
    assert!(kinds_of("The ministry said it was not involved in the attack.").is_empty());
    assert_eq!(
        kinds_of("Militia forces handed control of the airport to the army on Monday."),
        [EventKind::Withdrawal]
    );
    // A truce that runs out or has eased the fighting; cases seen every week.
    let placed = |text: &str| mentions_of(0, text, Some(date(2024, 6, 16))).len();
    assert_eq!(
        placed("The current truce in Hodeidah expires on Friday."),
        0
    );
    assert_eq!(placed("The truce has reduced fighting around Hodeidah."), 1);
    assert_eq!(
        placed("Nurses at the clinic in Adre say they see new cases of rape every week."),
        0
    );
    // A present passive tells what keeps happening; a dated one is an event.
    assert_eq!(
        placed("Herders around Djibo are abducted on the roads to the markets."),
        0
    );
    assert_eq!(
        placed("Two herders are abducted near Djibo on Saturday, residents say."),
        1
    );
}

#[test]
fn a_war_s_toll_and_where_a_deal_was_signed_are_no_events_there() {
    let places = |text: &str| -> Vec<(EventKind, String)> {
        mentions_of(0, text, Some(date(2024, 6, 16)))
            .iter()
            .map(|m| (m.kind, place_name(m)))
            .collect()
    };
    let toll = "Talks in Muscat resumed this week on an end to the war, which has killed more \
                than 20,000 people.";
    let found = places(toll);
    assert!(
        !found.iter().any(|(kind, _)| *kind == EventKind::Killing),
        "{found:?}"
    );
    let signed = "Rebels seized Adigrat on Monday. Federal troops took over security there \
                  under the accord signed in Nairobi in November 2022.";
    let found = places(signed);
    assert!(!found.iter().any(|(_, p)| p == "Nairobi"), "{found:?}");
}

#[test]
fn a_bulletin_s_heading_places_its_first_reports_that_name_no_place() {
    let text = "Sudan – North Darfur State – Kutum Locality: Flash Update No. 2\n\n\
                • On 4 May, armed men attacked a displacement camp, killing at least 12 people.\n\
                • On 1 May, an attack in Saraf Omra Locality killed three herders.\n\
                • Access: the main road west of the town is open in daytime with escorts.\n\
                • Response: partners delivered shelter kits to 400 families on 5 May.\n\
                Needs: shelter, water, health care and protection monitoring.";
    let found = mentions_of(0, text, Some(date(2024, 5, 6)));
    let placed: Vec<(NaiveDate, String)> = found
        .iter()
        .filter_map(|m| Some((m.time?.start, place_name(m))))
        .collect();
    assert!(
        placed.contains(&(date(2024, 5, 4), "Kutum".to_string())),
        "{placed:?}"
    );
    // A report that names a unit of its own is not placed in the heading's.
    assert!(
        !placed.contains(&(date(2024, 5, 1), "Kutum".to_string())),
        "{placed:?}"
    );
}

#[test]
fn a_note_s_heading_of_date_and_place_places_its_reports() {
    let text = "14 March 2019 | Kasese (Western Region)\n\
                Residents woke to the sound of gunfire before dawn near the main market. \
                Gunmen had attacked a police post, killing two officers. \
                The attackers fled with rifles. Officials in Kampala blamed a separatist group.\n\
                Fatalities: 2";
    let found = mentions_of(0, text, Some(date(2019, 3, 15)));
    assert!(
        found
            .iter()
            .any(|m| place_name(m) == "Kasese" && m.kind == EventKind::Assault),
        "{:?}",
        found.iter().map(place_name).collect::<Vec<_>>()
    );
}

#[test]
fn a_diary_headed_by_its_place_and_date_places_its_reports_but_a_dateline_does_not() {
    let text = "Field diary — Kunar, Tuesday 11 February 2020\n\
                We reached the bazaar before ten. Someone had thrown a hand grenade at the \
                door of a shop that sells phone cards.";
    let found = mentions_of(0, text, Some(date(2020, 2, 12)));
    assert!(
        found
            .iter()
            .any(|m| place_name(m) == "Kunar" && m.kind == EventKind::Grenade),
        "{:?}",
        found.iter().map(place_name).collect::<Vec<_>>()
    );
    // A dateline's date before the lede makes no heading.
    let text = "KABUL, Feb 12 - The ministry said on Tuesday it would open new schools. \
                Someone had thrown a hand grenade at the door of a shop.";
    let found = mentions_of(0, text, Some(date(2020, 2, 12)));
    assert!(
        !found.iter().any(|m| place_name(m) == "Kabul"),
        "{:?}",
        found.iter().map(place_name).collect::<Vec<_>>()
    );
}

#[test]
fn shells_falling_are_no_town_falling_and_people_taken_back_are_no_town_taken_back() {
    use EventKind::*;
    let kinds = kinds_of("Artillery from the army base landing on the village again. Many shells.");
    assert_eq!(kinds, [Shelling]);
    let kinds = kinds_of("Shells were falling on the market for an hour.");
    assert_eq!(kinds, [Shelling]);
    let kinds = kinds_of("District centres were falling to the insurgents one after another.");
    assert_eq!(kinds, [Capture]);
    let kinds = kinds_of("Government forces took back the district centre after a week.");
    assert_eq!(kinds, [Recapture]);
    let kinds = kinds_of("Two customers were hurt and taken back to the hospital in the town.");
    assert!(!kinds.contains(&Recapture), "{kinds:?}");
}

#[test]
fn a_note_headed_by_its_places_alone_places_its_reports() {
    // The heading names the place; the report names the men's home village only as where they
    // came from, which is no place of the arrest.
    let text = "Goma (North Kivu) - border area\n\
                Police detained two farmers from Kibumba who were ploughing a field. \
                They were released the next day.\n\
                Fatalities: 0";
    let found = mentions_of(0, text, Some(date(2019, 3, 15)));
    let arrest = (found.iter())
        .find(|m| m.kind == EventKind::Arrest)
        .unwrap_or_else(|| panic!("{found:?}"));
    assert_eq!(place_name(arrest), "Goma");
    // Papers handed over are no territory handed over.
    let text = "Walvis Bay (Erongo)\n\
                About 300 fishermen marched to the fisheries office and handed over a petition.";
    let kinds: Vec<EventKind> = (mentions_of(0, text, Some(date(2021, 3, 10))).iter())
        .map(|m| m.kind)
        .collect();
    assert_eq!(kinds, [EventKind::Protest]);
}

#[test]
fn fighting_between_two_sides_that_kills_is_a_battle() {
    let between = "Fighting between two militias near the market on Sunday killed at least nine \
                   people, officials said.";
    assert_eq!(kinds_of(between), [EventKind::Assault]);
    // Gunmen who kill villagers attack civilians.
    let villagers = "Gunmen killed nine villagers near the market on Sunday.";
    assert_eq!(kinds_of(villagers), [EventKind::Killing]);
}

#[test]
fn a_killing_that_led_to_a_fight_leaves_the_fight_a_battle() {
    let after = "Rival militias fought with heavy weapons across the city on Monday, after the \
                 killing of a commander of one of them.";
    assert_eq!(kinds_of(after), [EventKind::Assault, EventKind::Killing]);
}

#[test]
fn a_town_then_the_district_that_holds_it_places_the_event_at_the_town() {
    let found = mentions_of(
        0,
        "Outside Siversk, in the Bakhmut district, a car hit a mine on Friday, police said.",
        Some(date(2023, 5, 6)),
    );
    let blast = found.first().expect("the blast");
    assert_eq!(place_name(blast), "Siversk");
}

#[test]
fn a_dateline_in_title_case_before_its_agency_or_date_is_where_the_story_was_filed() {
    // The recapture is at the town taken, not at the dateline's city.
    let text = "Hama, SANA – Army units on Tuesday restored security and stability to Kafr Zita \
                after eliminating the last terrorists there.";
    let found = mentions_of(0, text, Some(date(2019, 8, 21)));
    assert!(!found.is_empty());
    assert!(
        found.iter().all(|m| place_name(m) == "Kafr Zaytā"),
        "{:?}",
        found.iter().map(place_name).collect::<Vec<_>>()
    );
    let text = "Juba, 3 March 2025 — The Coordinator is alarmed by reports that soldiers retreating \
                from Nasir burned homes in Ulang on Saturday.";
    let found = mentions_of(0, text, Some(date(2025, 3, 3)));
    assert!(
        found.iter().all(|m| place_name(m) != "Juba"),
        "{:?}",
        found.iter().map(place_name).collect::<Vec<_>>()
    );
}

#[test]
fn a_force_confronted_is_a_battle() {
    assert_eq!(
        kinds_of("Hezbollah fighters confronted an advancing Israeli force near Aitaroun."),
        [EventKind::Assault]
    );
}

#[test]
fn what_would_have_happened_is_no_event() {
    let found = mentions_of(
        0,
        "Had the truck reached Kismayo, it could have killed dozens, police said.",
        Some(date(2024, 3, 1)),
    );
    assert!(found.is_empty(), "{found:#?}");
}

#[test]
fn a_sentence_with_a_place_and_a_time_sets_the_scene_of_the_next() {
    let text = "On Monday evening, soldiers at a checkpoint outside Beledweyne stopped a lorry. \
                They found mortar rounds and grenades hidden under sacks of flour.";
    let found = mentions_of(0, text, Some(date(2024, 3, 5)));
    let seizure = found.first().expect("the seizure");
    assert_eq!(place_name(seizure), "Beledweyne");
    assert_eq!(seizure.time.map(|t| t.start), Some(date(2024, 3, 4)));
    // With no time of its own, a sentence sets no scene.
    let text = "Soldiers at a checkpoint outside Beledweyne stopped a lorry. \
                They found mortar rounds and grenades hidden under sacks of flour.";
    let found = mentions_of(0, text, Some(date(2024, 3, 5)));
    assert!(found.iter().all(|m| m.place.is_none()), "{found:#?}");
}

#[test]
fn a_clause_a_day_after_the_main_one_is_dated_by_the_count() {
    let text = "Roads into Quetta stayed closed on Tuesday, two days after gunmen killed nine \
                passengers in Kalat.";
    let found = mentions_of(0, text, Some(date(2024, 8, 28)));
    let killing = found
        .iter()
        .find(|m| m.kind == EventKind::Killing)
        .expect("the killing");
    assert_eq!(place_name(killing), "Kalat");
    assert_eq!(killing.time.map(|t| t.start), Some(date(2024, 8, 25)));
    // With no day in the main clause, the count says nothing.
    let text = "Roads into Quetta stayed closed, two days after gunmen killed nine passengers in \
                Kalat.";
    let found = mentions_of(0, text, Some(date(2024, 8, 28)));
    assert!(found.is_empty(), "{found:#?}");
}

#[test]
fn what_a_rally_is_against_is_no_event_of_its_own() {
    assert_eq!(
        kinds_of("Thousands joined a rally against enforced disappearances in Turbat."),
        [EventKind::Protest]
    );
}

#[test]
fn people_recaptured_are_arrested() {
    let found = mentions_of(
        0,
        "Police recaptured four escaped inmates in Esmeraldas on Sunday.",
        Some(date(2024, 6, 3)),
    );
    let kinds: Vec<EventKind> = found.iter().map(|m| m.kind).collect();
    assert_eq!(kinds, [EventKind::Arrest], "{found:#?}");
    assert_eq!(
        kinds_of("The gang was weakened by the recapture of two of its commanders."),
        [EventKind::Arrest]
    );
}

#[test]
fn a_unit_the_gazetteer_lacks_named_again_stands_for_the_unit_it_was_said_to_lie_in() {
    let text = "Farmers in Salin Township, Minbu District, have fled to the hills.\n\
                On Friday, troops shot dead five men in a village of Salin Township.";
    let found = mentions_of(0, text, Some(date(2023, 3, 4)));
    let killing = found.first().expect("the killing");
    assert_eq!(place_name(killing), "Minbu District");
}

#[test]
fn a_country_s_capital_named_without_its_name_is_placed_at_the_capital() {
    let found = mentions_of(
        0,
        "Thousands rallied in the capital of Niger on Saturday against the French presence.",
        Some(date(2023, 9, 3)),
    );
    let rally = found.first().expect("the rally");
    assert_eq!(place_name(rally), "Niamey");
    let places = place_names_of(
        "The two sides signed a ceasefire agreement in Ethiopia's capital on Saturday.",
        date(2023, 9, 3),
    );
    assert_eq!(places, ["Addis Ababa"]);
    // The capital of a country's province is not the country's, nor that of a territory a
    // people's name qualifies.
    let places = place_names_of(
        "Thousands rallied in the capital of Russia's Tatarstan republic on Saturday.",
        date(2023, 9, 3),
    );
    assert!(places.iter().all(|p| p != "Moscow"), "{places:?}");
    let places = place_names_of(
        "Rioters clashed with residents in the capital of the French Pacific territory on \
         Wednesday, and one man was shot dead.",
        date(2024, 5, 16),
    );
    assert!(places.iter().all(|p| p != "Paris"), "{places:?}");
    let found = mentions_of(
        0,
        "Gunmen stormed a hotel in the Somali capital on Friday, killing nine people.",
        Some(date(2024, 3, 16)),
    );
    assert!(
        found.iter().all(|m| place_name(m) == "Mogadishu"),
        "{:?}",
        found.iter().map(place_name).collect::<Vec<_>>()
    );
}

#[test]
fn a_headline_above_the_dateline_is_not_placed_at_the_dateline() {
    let text = "Jihadists kill 20 soldiers in the north\n\nCOTONOU (AFP) - Jihadists killed 20 \
                soldiers in an attack near Banikoara on Wednesday, the army said.";
    let found = mentions_of(0, text, Some(date(2025, 1, 9)));
    assert!(
        found.iter().all(|m| place_name(m) != "Cotonou"),
        "{:?}",
        found.iter().map(place_name).collect::<Vec<_>>()
    );
    // The lede that names no place of its own happened where it was filed.
    let text = "NAYPYITAW - The military detained two journalists on Wednesday.";
    let found = mentions_of(0, text, Some(date(2025, 1, 9)));
    assert_eq!(
        found.first().map(place_name).as_deref(),
        Some("Nay Pyi Taw")
    );
}

#[test]
fn a_reference_point_with_a_time_sets_the_scene_of_the_next_sentence() {
    let text = "A security agency received a report of an incident 40NM west of Hodeidah at 0310 \
                UTC on 2 March. The master of a tanker reported an explosion close to the ship.";
    let found = mentions_of(0, text, Some(date(2024, 3, 3)));
    let blast = found.first().expect("the explosion");
    assert_eq!(place_name(blast), "Al Ḩudaydah");
    assert_eq!(blast.time.map(|t| t.start), Some(date(2024, 3, 2)));
}

#[test]
fn a_district_of_a_province_places_the_event_in_the_district() {
    let found = mentions_of(
        0,
        "Gunmen opened fire on a checkpoint in Rueso district of Narathiwat on Tuesday, \
         killing two volunteers.",
        Some(date(2024, 8, 14)),
    );
    let attack = found.first().expect("the attack");
    assert_eq!(place_name(attack), "Amphoe Rueso");
}

#[test]
fn shots_fired_towards_people_or_wounding_them_are_an_attack() {
    for sentence in [
        "Men on motorcycles fired several shots towards a queue of voters.",
        "The men fired into the air and then towards the voters waiting in line.",
        "A teacher was wounded by gunfire outside the school.",
    ] {
        assert_eq!(kinds_of(sentence), [EventKind::Killing], "{sentence}");
    }
    // Warning shots alone are the police's answer to a crowd.
    assert!(
        !kinds_of("Police fired into the air to disperse the crowd.").contains(&EventKind::Killing)
    );
}

#[test]
fn people_taken_by_armed_men_or_held_for_ransom_are_abducted() {
    for sentence in [
        "Four miners were taken by members of an armed gang near the pits.",
        "Relatives received a ransom demand in gold.",
    ] {
        assert_eq!(kinds_of(sentence), [EventKind::Abduction], "{sentence}");
    }
    // A ransom demanded earlier is no abduction of the day.
    assert!(
        !kinds_of(
            "Gunmen burned two houses after a family refused to pay a ransom demanded in January."
        )
        .contains(&EventKind::Abduction)
    );
}

#[test]
fn a_beating_with_batons_is_an_attack() {
    assert_eq!(
        kinds_of("He was pushed to the ground, kicked and beaten with batons by three officers."),
        [EventKind::Killing]
    );
    assert_eq!(
        kinds_of("Gendarmes made him get off, beat him with batons and kicked him."),
        [EventKind::Killing]
    );
}

#[test]
fn an_attack_on_a_home_or_a_bus_or_with_iron_bars_is_one_on_civilians() {
    for sentence in [
        "Armed men attacked the home of a catechist near the border.",
        "The bus carrying the players was attacked by two men on a motorcycle.",
        "Union stewards were attacked by a group of men with iron bars.",
    ] {
        assert_eq!(kinds_of(sentence), [EventKind::Killing], "{sentence}");
    }
    // Soldiers attacked with machetes are still a battle's, and shops raided are looted.
    assert_eq!(
        kinds_of("Militants with machetes attacked an army post."),
        [EventKind::Assault]
    );
    assert!(!kinds_of("Looters raided shops in the city centre.").contains(&EventKind::Killing));
}

#[test]
fn cattle_driven_away_by_raiders_are_looted_and_windows_broken_destroyed() {
    assert_eq!(
        kinds_of("Raiders drove away about 350 head of cattle from a kraal."),
        [EventKind::Looting]
    );
    assert_eq!(
        kinds_of("Unknown men broke the windows of the party office."),
        [EventKind::Destruction]
    );
}

#[test]
fn men_who_surround_a_place_and_open_fire_besiege_nothing() {
    assert_eq!(
        kinds_of("Armed men surrounded a mosque and opened fire on the worshippers."),
        [EventKind::Killing]
    );
    assert_eq!(
        kinds_of("Fighters surrounded the town."),
        [EventKind::Siege]
    );
}

#[test]
fn a_device_safely_detonated_is_a_bomb_disarmed() {
    assert_eq!(
        kinds_of(
            "Police explosives experts safely detonated an improvised explosive device found \
             in an abandoned bag."
        ),
        [EventKind::WeaponsSeizure]
    );
}

#[test]
fn weapons_recovered_in_a_raid_are_seized() {
    assert_eq!(
        kinds_of("Police recovered eight rifles and two pistols at a storage unit."),
        [EventKind::WeaponsSeizure]
    );
}

#[test]
fn crowds_road_blockades_and_civic_strikes_are_protests() {
    assert_eq!(
        kinds_of("Farmers held road blockades at several points across the department."),
        [EventKind::Protest]
    );
    assert_eq!(
        kinds_of("A 48-hour civic strike began across the department."),
        [EventKind::Protest]
    );
    // A blockade by armed men, or of a territory, is a siege.
    assert_eq!(
        kinds_of("Rebels set up road blockades around the town."),
        [EventKind::Siege]
    );
    assert_eq!(
        kinds_of("Residents have lived under a blockade for years."),
        [EventKind::Siege]
    );
}

#[test]
fn a_place_in_a_body_s_name_is_not_where_its_call_was_followed() {
    let places = place_names_of(
        "A civic strike called by the Potosi civic committee began on Tuesday across Santa \
         Cruz department.",
        date(2024, 9, 12),
    );
    assert_eq!(places, ["Santa Cruz Department"]);
}

#[test]
fn a_bomb_dropped_is_an_air_strike() {
    assert_eq!(
        kinds_of("A junta jet dropped two heavy bombs on the monastery."),
        [EventKind::AirStrike]
    );
    assert_eq!(
        kinds_of("The aircraft dropped the largest conventional bomb on the tunnels."),
        [EventKind::AirStrike]
    );
}

#[test]
fn what_a_street_was_named_after_is_not_where_it_happened() {
    let text = "Police in Lyon detained dozens of students on Sunday as hundreds gathered on \
                Avenue Jean Jaures, a street renamed after the Algerian capital Algiers in a \
                local vote.";
    let places = place_names_of(text, date(2023, 4, 3));
    assert!(places.iter().any(|p| p == "Lyon"), "{places:?}");
    assert!(!places.iter().any(|p| p == "Algiers"), "{places:?}");
    // Named after a person, the clause's place stays.
    let text = "Students named after the founder marched in Lyon on Sunday.";
    let places = place_names_of(text, date(2023, 4, 3));
    assert!(places.iter().any(|p| p == "Lyon"), "{places:?}");
}

#[test]
fn an_after_clause_behind_a_bulletin_s_label_ends_at_its_comma() {
    let text = "Situation: After the recovery of the bodies of children abducted in Jiribam \
                district, crowds of protesters stormed and set fire to the homes of ministers in \
                Imphal.";
    let places = places_of(text, date(2024, 11, 17));
    assert!(
        places.contains(&(EventKind::Riot, "Imphal".to_string())),
        "{places:?}"
    );
}

#[test]
fn a_clause_that_names_only_a_boundary_happened_in_the_heading_s_unit() {
    let text = "3 March 2016 (Thursday) - Amambay department (south): Soldiers clashed with \
                rustlers on a ranch close to the boundary with Concepcion department. One \
                rustler was killed.";
    let found = place_names_of(text, date(2016, 3, 4));
    assert!(found.iter().all(|p| p != "Concepción"), "{found:?}");
    assert!(found.iter().any(|p| p == "Amambay Department"), "{found:?}");
    // So in any sentence of the text, not only its first.
    let later = format!("Fighting went on in the east. {text}");
    let found = place_names_of(&later, date(2016, 3, 4));
    assert!(found.iter().all(|p| p != "Concepción"), "{found:?}");
    // A heading that names the reference point itself leaves it the place.
    let text = "Kupiansk axis (Kharkiv oblast): troops repelled an assault on positions east of \
                Kupiansk.";
    let found = place_names_of(text, date(2024, 3, 4));
    assert_eq!(found, ["Kupyansk"]);
}

#[test]
fn what_a_deal_ends_is_no_event_and_a_captured_leader_is_arrested() {
    let kinds = kinds_of("The two sides signed a cessation of hostilities in Juba.");
    assert_eq!(kinds, [EventKind::Agreement]);
    let kinds = kinds_of("The two presidents signed a border treaty in Dushanbe on Friday.");
    assert_eq!(kinds, [EventKind::Agreement]);
    let kinds = kinds_of("Rebel leader Moses Kanu was captured near his home in Bo.");
    assert_eq!(kinds, [EventKind::Arrest]);
    let kinds = kinds_of("The movement disbanded its armed wing at a ceremony in Lhokseumawe.");
    assert_eq!(kinds, [EventKind::Mobilisation]);
}

#[test]
fn what_happened_hours_later_elsewhere_is_not_where_the_killing_was() {
    let text = "Gunmen lined up farmers in a village of Kupwara district on Sunday night and shot \
                twelve of them dead, hours before the prime minister arrived in New Delhi.";
    let found = places_of(text, date(2001, 3, 5));
    assert_eq!(found, [(EventKind::Killing, "Kupwara".to_string())]);
}

#[test]
fn rockets_found_and_dismantled_are_weapons_seized() {
    let kinds = kinds_of("Soldiers found and dismantled four rockets set on timers near Tyre.");
    assert_eq!(kinds, [EventKind::WeaponsSeizure]);
}

#[test]
fn hostages_named_in_a_list_are_taken() {
    let kinds = kinds_of("Gunmen held the clinic, taking doctors, nurses and patients hostage.");
    assert_eq!(kinds, [EventKind::Abduction]);
}

#[test]
fn where_the_authorities_put_the_death_toll_is_not_where_the_dead_were_killed() {
    let text = "Troops fired on protesters in the main square of Namangan on Friday. The \
                authorities in Tashkent put the death toll at nine; witnesses said dozens were \
                killed.";
    let found = place_names_of(text, date(2005, 5, 14));
    assert!(found.iter().all(|p| p != "Tashkent"), "{found:?}");
}

#[test]
fn a_capital_that_stands_for_its_government_is_no_place_of_the_event() {
    let text = "Drones struck the port of Izmail on Monday, officials said. The attack showed \
                that Moscow was not interested in a ceasefire, and allies should press Moscow \
                to withdraw its troops.";
    let found = place_names_of(text, date(2024, 3, 5));
    assert!(found.iter().all(|p| p != "Moscow"), "{found:?}");
    // Struck itself, the capital is the place.
    let found = place_names_of("Drones struck Moscow overnight.", date(2024, 3, 5));
    assert_eq!(found, ["Moscow"]);
    // Two capitals that exchanged prisoners are the parties; the exchange was near Horlivka.
    let text = "Kyiv and Moscow exchanged 150 prisoners each at a crossing point near Horlivka \
                on Sunday.";
    let found = place_names_of(text, date(2024, 3, 5));
    assert_eq!(found, ["Horlivka"]);
    // A capital moved to act ("prompted Ankara to freeze talks") is its government.
    let text = "A man burned a book outside the embassy in Stockholm, which prompted Ankara to \
                freeze talks with the Swedes.";
    let found = place_names_of(text, date(2023, 1, 30));
    assert!(found.iter().all(|p| p != "Ankara"), "{found:?}");
    // Its people's acts are the place's: residents of a town blocked a road there.
    let text = "Residents of Pul-e-Khumri blocked the highway on Monday, burning tyres and \
                throwing stones at police.";
    let found = place_names_of(text, date(2019, 10, 8));
    assert!(found.iter().all(|p| p == "Pul-e Khumrī"), "{found:?}");
    assert!(!found.is_empty());
}

#[test]
fn where_fire_came_from_is_not_where_it_fell() {
    let text = "Troops clashed with resistance fighters at the edge of Lewe town on Sunday. \
                Shells were later fired from the direction of Tatkon, residents said.";
    let found = place_names_of(text, date(2024, 8, 27));
    assert!(found.iter().all(|p| p != "Tatkon"), "{found:?}");
}

#[test]
fn a_murder_rate_is_no_killing_and_soldiers_with_police_take_a_prison() {
    let kinds =
        kinds_of("Crime has given the capital one of the highest murder rates in the region.");
    assert!(!kinds.contains(&EventKind::Killing), "{kinds:?}");
    let kinds = kinds_of("Soldiers and police took control of the Tocoron prison on Wednesday.");
    assert!(
        kinds
            .iter()
            .any(|k| matches!(k, EventKind::Capture | EventKind::Recapture)),
        "{kinds:?}"
    );
}

#[test]
fn a_junta_that_did_not_comment_speaks_from_its_capital() {
    let text = "Gunmen killed nine herders near Ansongo on Friday. The junta in Bamako did not \
                comment, but the army said it had carried out air strikes in the area.";
    let found = place_names_of(text, date(2024, 2, 20));
    assert!(found.iter().all(|p| p != "Bamako"), "{found:?}");
}

#[test]
fn a_headquarters_opened_is_a_base_established() {
    let kinds = kinds_of("The army opened a new regional headquarters in Gao on Monday.");
    assert_eq!(kinds, [EventKind::BaseEstablished]);
    let kinds = kinds_of(
        "On Monday the headquarters of the third border battalion of the eastern zone was \
         opened at the old airfield.",
    );
    assert_eq!(kinds, [EventKind::BaseEstablished]);
}

#[test]
fn others_attacks_told_as_a_noun_make_no_riot_of_a_protest() {
    let text = "About 60 residents gathered outside the governor's office in Charikar to demand \
                the release of relatives detained after recent Taliban attacks in the area.";
    let kinds: Vec<EventKind> = places_of(text, date(2023, 9, 20))
        .into_iter()
        .map(|(k, _)| k)
        .collect();
    assert!(kinds.contains(&EventKind::Protest), "{kinds:?}");
    assert!(!kinds.contains(&EventKind::Riot), "{kinds:?}");
}

#[test]
fn clashes_named_as_the_time_of_a_meeting_are_not_new_clashes() {
    let text = "Clashes erupted on Monday night in the Sheikh Maqsoud area of Aleppo, killing two \
                people. The defence minister met the Kurdish commander in Damascus after the \
                clashes and both sides announced a ceasefire.";
    let found = places_of(text, date(2025, 10, 7));
    assert!(
        !found.contains(&(EventKind::Assault, "Damascus".to_string())),
        "{found:?}"
    );
}

#[test]
fn an_arsenal_is_seized_only_when_someone_seizes_it_and_civilians_killed_first_are_the_event() {
    use EventKind::*;
    assert_eq!(
        kinds_of("Jets dropped a heavy bomb, the largest in their arsenal, on a cave complex."),
        [AirStrike]
    );
    assert_eq!(
        kinds_of("Police found an arsenal of rifles in a farmhouse."),
        [WeaponsSeizure]
    );
    assert_eq!(
        kinds_of("Gunmen killed 60 civilians in the town, first attacking the army post."),
        [Killing]
    );
    // An attack on a post that also killed civilians is a battle.
    assert_eq!(
        kinds_of("Militants attacked the army post, and two soldiers were killed."),
        [Assault]
    );
}

#[test]
fn the_district_is_the_place_last_named_a_district_not_the_town_named_since() {
    let text = "KHERSON — A farmer was killed on Wednesday when his tractor hit a mine in a field \
                near the village of Osokorivka in the Beryslav district of the Kherson region, \
                the regional police said. A second man was taken to hospital in Kherson. \
                Officials in Kyiv estimate that much of the country's farmland may be \
                contaminated. Earlier this month, two men from the same district were wounded \
                when a shell exploded in a barn.";
    assert_reports_placed_at(text, date(2023, 4, 27), "barn", "Beryslav Raion");
}

/// Asserts that the sentence of `text` holding `marker` reports events, all placed at `place`.
fn assert_reports_placed_at(text: &str, published: NaiveDate, marker: &str, place: &str) {
    let mentions = mentions_of(0, text, Some(published));
    let places: Vec<String> = (mentions.iter())
        .filter(|m| text[m.sentence.clone()].contains(marker))
        .map(place_name)
        .collect();
    assert!(!places.is_empty(), "{mentions:#?}");
    assert!(places.iter().all(|name| name == place), "{places:?}");
}

#[test]
fn the_city_after_a_lede_is_its_main_clause_s_place_not_one_told_in_passing() {
    // "a drone and missile attack" is one attack of the "after" clause, not a clause of its
    // own; "the city" of the next sentence is Sanaa, struck in the main clause.
    let text = "ADEN — Coalition jets struck the Yemeni capital, Sanaa, overnight, hours after the \
                Houthis claimed a drone and missile attack on Abu Dhabi that killed three people. \
                One strike flattened a house in the north of the city, killing seven people, \
                residents said. The attack on Abu Dhabi on Monday was the first deadly strike \
                claimed inside the Emirates.";
    assert_reports_placed_at(text, date(2022, 1, 18), "flattened", "Sanaa");
}

#[test]
fn where_a_speaker_set_apart_by_commas_is_based_is_not_where_the_event_was() {
    let text = "Houthi authorities in Sanaa detained eleven UN staff on Thursday. The UN special \
                envoy, who is based in Amman, said the arrests put aid operations at risk.";
    let mentions = mentions_of(0, text, Some(date(2024, 6, 8)));
    assert!(!mentions.is_empty(), "{mentions:#?}");
    assert!(
        mentions.iter().all(|m| place_name(m) == "Sanaa"),
        "{:?}",
        mentions.iter().map(place_name).collect::<Vec<_>>()
    );
    // Without the commas, the men based there are the ones who act.
    let text = "A faction of militiamen based in Bossangoa announced its dissolution and handed \
                over forty weapons to the disarmament programme on Tuesday.";
    let mentions = mentions_of(0, text, Some(date(2019, 4, 10)));
    assert!(
        mentions.iter().any(|m| place_name(m) == "Bossangoa"),
        "{mentions:#?}"
    );
}

#[test]
fn an_attack_on_a_country_told_after_its_blast_is_placed_where_the_blast_was() {
    // The drones were launched at the country; the blast they caused was in its city.
    let text = "Fuel tankers exploded in an industrial area of Abu Dhabi on Monday, killing two \
                Indian workers, after the Houthis said they had launched drones at the United \
                Arab Emirates.";
    let found = place_names_of(text, date(2022, 1, 18));
    assert!(!found.is_empty());
    assert!(found.iter().all(|p| p == "Abu Dhabi"), "{found:?}");
}

#[test]
fn strikes_that_flattened_buildings_and_a_killing_as_the_victims_left_a_mosque() {
    let found = places_of(
        "Israeli strikes flattened several buildings in the centre of Tyre on Wednesday.",
        date(2024, 10, 24),
    );
    assert_eq!(found, [(EventKind::AirStrike, "Tyre".to_string())]);
    // The circumstance names the place, past a second victim ("and his son").
    let found = place_names_of(
        "Gunmen shot dead a cleric and his son as they left a mosque in Kandahar on Wednesday.",
        date(2023, 1, 12),
    );
    assert_eq!(found, ["Kandahār"]);
}

#[test]
fn a_vigil_held_is_a_protest_a_night_vigil_at_a_church_none_and_hills_seized_a_capture() {
    let kinds = kinds_of("Women's groups held a silent vigil in Kassala on Friday.");
    assert_eq!(kinds, [EventKind::Protest]);
    let kinds =
        kinds_of("Gunmen attacked worshippers during a night vigil at a parish in Komanda.");
    assert!(!kinds.contains(&EventKind::Protest), "{kinds:?}");
    let kinds = kinds_of("Rebels seized several hills and a government compound on Sunday.");
    assert_eq!(kinds, [EventKind::Capture]);
}

#[test]
fn an_act_someone_is_accused_of_takes_nothing_from_the_event_told() {
    let text = "Militiamen blew up the house of a tribal sheikh in Rada'a city on Monday after he \
                refused to hand over relatives accused of attacking a checkpoint.";
    let found = places_of(text, date(2021, 11, 23));
    assert_eq!(found, [(EventKind::Destruction, "Radā‘".to_string())]);
    // Nor are those it names: "accused of killing protesters" reports no protest.
    let kinds = kinds_of("Security forces were accused of killing protesters in Cafunfo.");
    assert!(kinds.is_empty(), "{kinds:?}");
}

#[test]
fn a_plant_named_after_a_city_is_not_in_it() {
    let text = "Russian forces fired rockets late on Tuesday from positions near the occupied \
                Zaporizhzhia nuclear power plant, hitting residential streets of Nikopol and \
                killing 13 people.";
    let found = place_names_of(text, date(2022, 8, 10));
    assert_eq!(found, ["Nikopol"]);
}

#[test]
fn the_date_of_what_an_arrest_is_linked_to_is_not_the_arrest_s() {
    let text = "Police detained 48 people in Taraz in house searches linked to the looting of \
                shops on 5 January.";
    let mentions = mentions_of(0, text, Some(date(2022, 1, 11)));
    let arrest = (mentions.iter())
        .find(|m| m.kind == EventKind::Arrest)
        .expect("an arrest");
    let time = arrest.time.expect("a time");
    assert_ne!((time.start, time.end), (date(2022, 1, 5), date(2022, 1, 5)));
    // The event it is linked to keeps its date; so does a group's link ("insurgents linked to
    // the Islamic State beheaded 20 people on Sunday").
    let looting = mentions.iter().find(|m| m.kind != EventKind::Arrest);
    assert!(looting.is_some_and(|m| m.time.is_some_and(|t| t.start == date(2022, 1, 5))));
    let text = "Insurgents linked to the Islamic State beheaded 20 people in Muidumbe on Sunday.";
    let mentions = mentions_of(0, text, Some(date(2020, 11, 10)));
    assert!(
        mentions
            .iter()
            .all(|m| m.time.is_some_and(|t| t.start == date(2020, 11, 8)))
    );
}

#[test]
fn where_a_track_leads_is_no_place_of_the_blast_on_it() {
    let text = "An explosive device struck an army vehicle about 2 km outside Téhini on the track \
                leading north towards Tougbo on Monday.";
    let found = place_names_of(text, date(2021, 6, 8));
    assert_eq!(found, ["Téhini"]);
}

#[test]
fn control_claimed_is_a_capture() {
    let kinds = kinds_of("Separatists claimed full control of Debaltseve on Wednesday.");
    assert_eq!(kinds, [EventKind::Capture]);
}

#[test]
fn the_unit_of_the_town_and_the_river_troops_fell_back_to_are_not_where_it_happened() {
    let text = "Flag back over Snihurivka. Ukrainian troops entered the Mykolaiv-oblast town on \
                Thursday and hoisted the flag after Russian units pulled back towards the Dnipro.";
    let found = place_names_of(text, date(2022, 11, 11));
    assert!(!found.is_empty());
    assert!(found.iter().all(|p| p == "Snihurivka"), "{found:?}");
}

#[test]
fn where_the_people_it_befell_were_going_is_not_its_place_beside_another() {
    // The district, named before the trigger, against the bus's destination, named after.
    let places = place_names_of(
        "Gunmen in Shwebo district fired on a minibus heading to Monywa on Monday, killing two \
         passengers and the driver.",
        date(2021, 6, 8),
    );
    assert_eq!(places, ["Shwebo District"]);
    // So in another clause: the clause that tells of a death takes the heading's place.
    let places = place_names_of(
        "Shwebo district, 7 June: gunmen fired on a minibus heading to Monywa; one passenger \
         killed.",
        date(2021, 6, 8),
    );
    assert_eq!(places, ["Shwebo District"]);
    // A destination alone is still the report's only place.
    let places = place_names_of(
        "Gunmen fired on a minibus heading to Monywa on Monday, killing the driver.",
        date(2021, 6, 8),
    );
    assert_eq!(places, ["Monywa"]);
}

#[test]
fn a_bulletin_heading_its_unknown_places_with_their_unit_places_their_reports() {
    let text = "Protection Update – Chingale, Mbedza and Tsogolo (Zomba District)\n\
                Reporting date: 12 May 2022\n\
                Summary: Farmers in Chingale reported being beaten by soldiers during a night \
                search on 3 May.\n\
                Incidents:\n\
                - 3 May, Chingale: at least nine farmers said soldiers forced their way into \
                homes and beat them.\n\
                - 4 May, Mbedza and Tsogolo: similar searches reported; several men detained.";
    let found = mentions_of(0, text, Some(date(2022, 5, 12)));
    assert!(!found.is_empty());
    for m in &found {
        assert_eq!(place_name(m), "Zomba District", "{:?}", m.kind);
    }
}

#[test]
fn a_clause_naming_only_a_road_s_town_happens_in_its_heading_s_place() {
    let places = place_names_of(
        "Azaz: a car bomb went off near the grain silos on the Afrin road on Tuesday evening, \
         medics said.",
        date(2025, 4, 9),
    );
    assert_eq!(places, ["I‘zāz"]);
}

#[test]
fn a_when_clause_right_after_a_death_tells_where_and_when_it_was() {
    let found = mentions_of(
        0,
        "Burials were held on Sunday in Gulu for nine pupils killed when rebels attacked a \
         school in Kitgum late on Saturday.",
        Some(date(2023, 6, 19)),
    );
    let killing = found.first().expect("the killing");
    assert_eq!(place_name(killing), "Kitgum");
    assert_eq!(killing.time.map(|t| t.start), Some(date(2023, 6, 17)));
    // A place the death's own words give stays: "killed in Gulu when …".
    let found = mentions_of(
        0,
        "Nine pupils were killed in Gulu on Saturday when rebels attacked their school.",
        Some(date(2023, 6, 19)),
    );
    assert_eq!(place_name(&found[0]), "Gulu");
}

#[test]
fn a_district_after_a_province_s_possessive_is_the_place_not_the_province_s_town() {
    let places = place_names_of(
        "Resistance fighters ambushed a Taliban convoy in Baghlan's Andarab district on \
         Thursday.",
        date(2022, 5, 14),
    );
    assert_eq!(places, ["Andarāb"]);
    // A city's own quarter after its possessive stays in the city.
    let places = place_names_of(
        "A missile hit a school in Kharkiv's Saltivka district on Thursday.",
        date(2022, 5, 14),
    );
    assert!(
        places
            .iter()
            .all(|p| ["Kharkiv", "Saltivka"].contains(&p.as_str())),
        "{places:?}"
    );
}

#[test]
fn a_town_on_a_front_named_after_a_city_is_the_place() {
    let places = place_names_of(
        "Troops dug in near Robotyne on the Zaporizhzhia front said on Tuesday that drones \
         had dropped grenades on their trenches.",
        date(2023, 9, 13),
    );
    assert!(!places.is_empty());
    assert!(places.iter().all(|p| p == "Robotyne"), "{places:?}");
}

#[test]
fn where_a_convoy_came_from_and_where_the_wounded_were_flown_are_not_where_it_was_hit() {
    let places = place_names_of(
        "A fuel convoy coming from Gao hit a landmine on Sunday as it entered Tessit; the \
         wounded were evacuated by helicopter to Gao.",
        date(2023, 5, 2),
    );
    assert!(!places.is_empty());
    assert!(places.iter().all(|p| p == "Tessit"), "{places:?}");
}

#[test]
fn an_ied_strike_is_a_bombing_and_a_claimed_attack_is_no_hedge() {
    assert_eq!(
        kinds_published(
            "An IED strike on a police truck near Tessit killed two officers on Sunday.",
            date(2023, 5, 2),
        ),
        [EventKind::Bombing]
    );
    // Owned by a group, the attack stands even where no place is named.
    let found = mentions_of(
        0,
        "A roadside bomb tore through a gendarmerie truck on 16 September, killing two \
         gendarmes; separatist fighters claimed the attack on social media.",
        Some(date(2021, 9, 17)),
    );
    assert_eq!(found.len(), 1, "{found:?}");
    assert!(!found[0].hedged);
}

#[test]
fn a_place_in_a_speaker_s_title_after_the_report_gives_way_to_the_place_of_the_deed() {
    let places = place_names_of(
        "Army units reached Obo on Monday and set up a base at the disused airstrip, the \
         prefect of Haut-Mbomou told reporters.",
        date(2024, 2, 20),
    );
    assert_eq!(places, ["Obo"]);
    // Alone, the title's place is the report's.
    let places = place_names_of(
        "Gunmen killed five farmers on Monday, the governor of Zamfara said.",
        date(2024, 2, 20),
    );
    assert_eq!(places, ["Zamfara State"]);
    // So is a place that qualifies the speaker: the deed's place is the reference point's.
    let places = place_names_of(
        "Gunmen attacked a checkpoint east of Ghazni city on Saturday, killing four police \
         officers, a Kabul police spokesman said.",
        date(2024, 2, 20),
    );
    assert_eq!(places, ["Ghazni"]);
    let places = place_names_of(
        "A drone hit a tent camp west of Khan Younis on Saturday, killing 12 people, the Gaza \
         health ministry said.",
        date(2024, 2, 20),
    );
    assert_eq!(places, ["Khān Yūnis"]);
    // Not a place set apart from the speaker by a comma.
    let places = place_names_of(
        "A drone hit a tent camp in Gaza on Saturday, killing 12 people, health officials said.",
        date(2024, 2, 20),
    );
    assert_eq!(places, ["Gaza"]);
}

#[test]
fn a_seized_headquarters_is_taken_and_a_crowd_fired_on_to_disperse_it_is_a_protest_s() {
    let kinds = kinds_published(
        "Separatist fighters seized the army and police headquarters in Zinjibar on 20 August.",
        date(2019, 8, 21),
    );
    assert!(
        kinds
            .iter()
            .any(|k| matches!(k, EventKind::Capture | EventKind::Recapture)),
        "{kinds:?}"
    );
    let kinds = kinds_published(
        "Two people were killed in Tera on Saturday when soldiers fired to disperse a crowd \
         blocking a supply convoy.",
        date(2021, 11, 28),
    );
    assert_eq!(kinds, [EventKind::ProtestCrackdown]);
}

#[test]
fn a_flash_update_s_region_after_a_dash_places_a_village_of_a_unit_the_gazetteer_lacks() {
    let text = "FLASH UPDATE \u{2014} Far North region (9 March 2023)\n\
                \u{2022} Tuesday 7 March, night: gunmen raided a hamlet near Tourou, in \
                Mayo-Tsanaga department, and abducted six women.\n\
                \u{2022} Access: convoys on the Mokolo road still need escorts.";
    let found = mentions_of(0, text, Some(date(2023, 3, 9)));
    assert!(!found.is_empty());
    for m in &found {
        assert_eq!(place_name(m), "Far North", "{:?}", m.kind);
    }
}

#[test]
fn civilians_named_past_their_adjectives_are_victims_and_a_speaker_after_a_comma_is_not() {
    // The militia named makes the killing a battle unless its victims are unarmed.
    let kinds = kinds_published(
        "Gunmen whom officials blamed on the Oromo Liberation Army killed dozens of ethnic \
         Amhara farmers in Gimbi district on Saturday.",
        date(2022, 6, 20),
    );
    assert_eq!(kinds, [EventKind::Killing]);
    let kinds = kinds_published(
        "Gunmen opened fire on hikers near Pahalgam on Tuesday, killing 12 tourists, police \
         said.",
        date(2025, 4, 23),
    );
    assert!(!kinds.contains(&EventKind::Assault), "{kinds:?}");
}

#[test]
fn a_crowd_that_seizes_suspects_and_sets_them_on_fire_is_mob_violence_not_arson() {
    let kinds = kinds_published(
        "A crowd in Carrefour stopped a taxi carrying three suspected gang members on Friday, \
         beat the men and set them on fire.",
        date(2023, 5, 1),
    );
    assert_eq!(kinds, [EventKind::MobViolence]);
    // Troops who burn people are no mob.
    let kinds = kinds_published(
        "Soldiers rounded up and burned alive nine villagers in a hamlet of Salingyi township \
         on Tuesday.",
        date(2021, 12, 9),
    );
    assert!(!kinds.contains(&EventKind::MobViolence), "{kinds:?}");
}

#[test]
fn disappearances_thefts_pacts_swaps_bases_and_self_rule_are_in_the_vocabulary() {
    let published = date(2023, 6, 10);
    for (sentence, kind) in [
        (
            "Men who said they were police took a retired army colonel from his home in \
             Taloqan on Thursday; his whereabouts remain unknown.",
            EventKind::Abduction,
        ),
        (
            "On Thursday soldiers loaded lorries with paintings from the museum in Kherson.",
            EventKind::Looting,
        ),
        (
            "Elders of the two communities signed a peace pact in Koro on Saturday.",
            EventKind::Agreement,
        ),
        (
            "The swap took place on Friday at a crossing in the Sumy region.",
            EventKind::Agreement,
        ),
        (
            "Engineers built a base with a new airstrip on Abd al-Kuri island on Friday.",
            EventKind::BaseEstablished,
        ),
        (
            "The separatist council declared self-rule in Aden on Saturday.",
            EventKind::Mobilisation,
        ),
    ] {
        let kinds = kinds_published(sentence, published);
        assert!(kinds.contains(&kind), "{sentence}: {kinds:?}");
    }
}

#[test]
fn a_near_distance_set_off_after_the_clause_places_it_beyond_a_road_s_ends() {
    let text = "A bomb planted on the Ataq-Nisab road went off as a patrol of the Shabwah \
                Defence Forces passed, about 8 km east of Nisab town.";
    assert_eq!(place_names_of(text, date(2023, 5, 24)), ["Nişāb"]);
    // After a name, the distance says where that place lies.
    let text = "Missiles struck a seminary in Muridke, about 20 km north of Lahore, on Wednesday.";
    assert_eq!(place_names_of(text, date(2025, 5, 8)), ["Muridke"]);
}

#[test]
fn houses_burned_after_a_fight_told_before_are_destroyed() {
    use EventKind::*;
    let kinds = kinds_of(
        "Fighters blew up four houses of tribal leaders who had fought on the other side.",
    );
    assert!(kinds.contains(&Destruction), "{kinds:?}");
    let kinds =
        kinds_of("Troops set fire to 100 houses in the town after rebels attacked their column.");
    assert!(kinds.contains(&Destruction), "{kinds:?}");
    // Houses burned in the fighting are the battle's.
    let kinds = kinds_of("Soldiers fought rebels in the town and burned houses on Monday.");
    assert_eq!(kinds, [Assault]);
}

#[test]
fn a_border_clash_between_neighbours_is_no_mob() {
    use EventKind::*;
    let kinds = kinds_of("It was the worst border clash between the two neighbours in years.");
    assert_eq!(kinds, [Assault]);
    // Neighbours of a village are a crowd.
    let kinds = kinds_of("Two people died in a clash between neighbours over a plot of land.");
    assert_eq!(kinds, [MobViolence]);
}

#[test]
fn troops_moving_into_a_town_under_a_deal_take_it_without_a_fight() {
    use EventKind::*;
    let kinds =
        kinds_of("Government troops moved into the town on Monday under a deal with the SDF.");
    assert_eq!(kinds, [Withdrawal]);
    let kinds = kinds_of("Rebel forces moved into the town on Monday after heavy fighting.");
    assert!(kinds.contains(&Capture), "{kinds:?}");
}

#[test]
fn an_office_opened_a_runway_built_and_a_unit_placed_under_another_command() {
    use EventKind::*;
    let kinds =
        kinds_of("The rebels opened their new administration and security office in the town.");
    assert_eq!(kinds, [BaseEstablished]);
    let kinds =
        kinds_of("Engineers finished the construction of a runway near the town on Monday.");
    assert_eq!(kinds, [BaseEstablished]);
    let kinds = kinds_of("The battalion placed itself under the command of the KIA on Saturday.");
    assert_eq!(kinds, [Mobilisation]);
    // Forces under a commander's command are no change of command.
    let kinds = kinds_of("Forces under the command of the general attacked the town on Monday.");
    assert_eq!(kinds, [Assault]);
}

#[test]
fn another_theatre_s_background_told_after_the_lead_is_no_report() {
    let text = "SANAA, Jan 22 - An air strike hit a prison in Saada on Friday, killing 70 \
                detainees, aid groups said.\n\
                The strike came days after the Houthis launched drones at Abu Dhabi on Jan. 17, \
                killing three people.";
    let places = place_names_of(text, date(2022, 1, 22));
    assert!(places.iter().all(|p| p == "Sa'dah"), "{places:?}");
    // Across the border near the lead, it is the same war's.
    let text = "DUSHANBE, July 5 - More than 1,000 Afghan soldiers fled into Tajikistan on \
                Sunday, crossing the river near Panji Poyon.\n\
                Taliban fighters took Sher Khan Bandar, the main crossing, on June 22.";
    let places = place_names_of(text, date(2021, 7, 5));
    assert!(places.iter().any(|p| p == "Sher Khan Bandar"), "{places:?}");
}

#[test]
fn a_slogan_s_place_is_not_where_it_was_carried() {
    let text = "Hundreds marched in Bolgatanga on Wednesday. The marchers carried placards \
                reading \"Bawku deserves peace\" and presented a petition.";
    let places = place_names_of(text, date(2022, 12, 8));
    assert!(!places.is_empty());
    assert!(places.iter().all(|p| p == "Bolgatanga"), "{places:?}");
    // A headline's present tense marches too.
    assert_eq!(
        kinds_of("Residents march over an unfinished road."),
        [EventKind::Protest]
    );
}

#[test]
fn a_first_person_account_s_reports_happen_on_its_day_at_the_witness_s_home() {
    let account = "\"We were in the fields on Sunday, 3 March, before noon. Then the jets came \
                   over the hill. One jet dropped a bomb on the mill. Two houses burned.\"";
    let text = format!("A farmer from Chaghcharan spoke to us by telephone.\n{account}");
    let surface = |m: &EventMention| m.place.as_ref().map(|t| t.surface.to_string());
    let found: Vec<(EventKind, Option<String>, Option<DateRange>)> =
        (mentions_of(0, &text, Some(date(2024, 3, 5))).iter())
            .map(|m| (m.kind, surface(m), m.time))
            .collect();
    let sunday = Some(DateRange::day(date(2024, 3, 3)));
    assert!(
        found.contains(&(EventKind::AirStrike, Some("Chaghcharan".into()), sunday)),
        "{found:?}"
    );
    // So do a transcript's answers, on the day its question names; not what they ask for.
    let text = "Interview with a nurse from Chaghcharan.\nQ: What happened on Sunday, 3 March?\n\
                A: The jets came over the hill. One jet dropped a bomb on the mill.\nQ: What do \
                you ask for?\nA: We ask the demining teams to come and clear the fields.";
    let found: Vec<(EventKind, Option<String>, Option<DateRange>)> =
        (mentions_of(0, text, Some(date(2024, 3, 5))).iter())
            .map(|m| (m.kind, surface(m), m.time))
            .collect();
    assert_eq!(
        found,
        [(EventKind::AirStrike, Some("Chaghcharan".into()), sunday)]
    );
    // A transcript's introduction places the one who answers, last, without "from".
    let text = "A radio station in Herat speaks with the head of the clinic in Chaghcharan.\nQ: \
                What happened on Sunday, 3 March?\nA: The boys found an old shell on the hill. \
                It exploded.";
    let found: Vec<(Option<String>, Option<DateRange>)> =
        (mentions_of(0, text, Some(date(2024, 3, 5))).iter())
            .map(|m| (surface(m), m.time))
            .collect();
    assert_eq!(found, [(Some("Chaghcharan".into()), sunday)]);
    // Told in the third person, the same sentences give no place.
    let told = "A farmer from Chaghcharan spoke to us by telephone.\nThe farmers were in the \
                fields on Sunday, 3 March, before noon. Then the jets came over the hill. One \
                jet dropped a bomb on the mill.";
    let placed: Vec<Option<String>> = (mentions_of(0, told, Some(date(2024, 3, 5))).iter())
        .map(surface)
        .collect();
    assert!(!placed.contains(&Some("Chaghcharan".into())), "{placed:?}");
}

#[test]
fn where_the_guns_are_based_is_the_shelling_s_place_only_when_no_other_is_named() {
    let day = date(2024, 8, 19);
    assert_eq!(
        places_of(
            "Artillery units based in Myitkyina shelled villages near Bhamo on Saturday.",
            day
        ),
        [(EventKind::Shelling, "Bhamo".to_string())]
    );
    assert_eq!(
        places_of(
            "Artillery units based in Myitkyina shelled outlying villages on Saturday.",
            day
        ),
        [(EventKind::Shelling, "Myitkyina".to_string())]
    );
}

#[test]
fn a_silent_strike_is_a_protest_and_a_compulsory_evacuation_a_change_of_rules() {
    assert_eq!(
        kinds_of("Shops in Pathein stayed shut for a silent strike on Human Rights Day."),
        [EventKind::Protest]
    );
    assert!(
        kinds_of(
            "The governor made evacuation compulsory for families with children in Kurakhove."
        )
        .contains(&EventKind::OtherDevelopment)
    );
}

#[test]
fn people_who_came_out_to_a_square_with_a_demand_protest() {
    assert_eq!(
        kinds_of(
            "About 200 residents came out to the square by the council building with flags to \
             demand that the soldiers leave."
        ),
        [EventKind::Protest]
    );
    // Without a cause, coming out to the square is no protest.
    assert!(kinds_of("The residents came out to the square to see the fireworks.").is_empty());
}

#[test]
fn a_court_s_town_is_not_where_the_event_it_hears_of_happened() {
    let day = date(2024, 3, 13);
    let places: Vec<String> = places_of(
        "Two men appeared on Wednesday before a judge in Damascus, accused of killing a baker \
         at a checkpoint outside Douma on Monday evening.",
        day,
    )
    .into_iter()
    .map(|(_, place)| place)
    .collect();
    assert_eq!(places, ["Dūmā"]);
    // An attack on a court is where the court is.
    assert_eq!(
        places_of(
            "A bomb exploded outside a court in Mogadishu on Monday.",
            day
        ),
        [(EventKind::Bombing, "Mogadishu".to_string())]
    );
}

#[test]
fn a_civilian_killed_at_a_checkpoint_is_no_attack_on_the_checkpoint() {
    assert_eq!(
        kinds_of("On Monday gunmen killed a baker at a checkpoint outside Douma."),
        [EventKind::Killing]
    );
    // The armed named before the place, or the post alone, are attacked.
    for sentence in [
        "On Monday gunmen killed two soldiers at a checkpoint outside Douma.",
        "On Monday gunmen launched an attack at a checkpoint outside Douma.",
    ] {
        assert_eq!(kinds_of(sentence), [EventKind::Assault], "{sentence}");
    }
}

#[test]
fn someone_taken_from_their_home_by_armed_men_is_abducted() {
    for sentence in [
        "She said that on Monday a local commander had taken a girl from her home in Qalat.",
        "Police said gunmen had taken the farmer from his house near Qalat on Monday.",
    ] {
        assert_eq!(kinds_of(sentence), [EventKind::Abduction], "{sentence}");
    }
}

#[test]
fn the_deal_an_act_was_done_under_is_no_event_of_its_own() {
    let kinds = kinds_of(
        "Government troops gave up two hilltop positions to the tribal militia under terms \
         agreed in Muscat.",
    );
    assert_eq!(kinds, [EventKind::Withdrawal]);
    // The deal told first is the news.
    let kinds =
        kinds_of("Under the accord signed in Doha on Saturday, the two sides agreed to a truce.");
    assert!(kinds.contains(&EventKind::Agreement), "{kinds:?}");
}

#[test]
fn where_most_fighting_has_been_is_no_event() {
    for text in [
        "Most fighting has been in the hills of Bago and Magway regions.",
        "Much of the shelling has taken place along the river east of Kherson.",
    ] {
        let events = mentions_of(0, text, Some(date(2023, 5, 31)));
        assert!(events.is_empty(), "{text}: {events:?}");
    }
    let events = mentions_of(0, "Fighting has been reported in Magway on Monday.", None);
    assert_eq!(events.len(), 1);
}

#[test]
fn a_verb_after_a_circumstance_goes_on_with_the_main_clause_and_its_place() {
    let text = "On Tuesday, gunmen stopped a teacher's motorbike on the edge of Qalat as he was \
                riding home from school, pushed him into their car and sped off.";
    let found = mentions_of(0, text, Some(date(2021, 3, 3)));
    let abduction = (found.iter())
        .find(|m| m.kind == EventKind::Abduction)
        .unwrap_or_else(|| panic!("{found:?}"));
    assert_eq!(place_name(abduction), "Qalāt");
}

#[test]
fn a_unit_opening_a_where_clause_holds_the_town_before_it() {
    for text in [
        "Officials condemned the attack on Wednesday on a school in Kut, Wasit, where a gunman \
         threw a grenade into a classroom.",
        "Officials condemned the attack on Wednesday on a school in Kut, in the east of Wasit, \
         where a gunman threw a grenade into a classroom.",
    ] {
        let found = mentions_of(0, text, Some(date(2021, 10, 7)));
        let grenade = (found.iter())
            .find(|m| m.kind == EventKind::Grenade)
            .unwrap_or_else(|| panic!("{text}: {found:?}"));
        assert_eq!(place_name(grenade), "Al-Kut", "{text}");
    }
}

#[test]
fn where_observers_report_from_is_not_where_it_happened() {
    let text = "Our monitors in Kaduna report that on Saturday police fired tear gas at a protest \
                outside the tally centre in Zaria.";
    let found = mentions_of(0, text, Some(date(2023, 4, 17)));
    assert!(!found.is_empty());
    assert!(found.iter().all(|m| place_name(m) == "Zaria"), "{found:?}");
}

#[test]
fn placards_and_refused_food_are_protests_and_coverage_of_a_rally_is_none() {
    use EventKind::*;
    assert_eq!(
        kinds_of("Nurses sat outside the hospital on Tuesday with placards demanding pay."),
        [Protest]
    );
    assert_eq!(
        kinds_of("Twenty miners have refused food since Monday."),
        [Protest]
    );
    assert!(kinds_of("Two reporters were fined over their coverage of the rallies.").is_empty());
}

#[test]
fn words_of_boardings_shootings_and_blocked_entrances() {
    use EventKind::*;
    assert_eq!(
        kinds_of(
            "Pirates boarded the dhow and took the captain and two crew members onto their skiff."
        ),
        [Abduction]
    );
    assert_eq!(
        kinds_of("A patrol boat was fired upon from the shore near the island."),
        [Assault]
    );
    assert_eq!(
        kinds_of("The pillion rider fired two shots at the councillor, who died on the spot."),
        [Killing]
    );
    assert_eq!(
        kinds_of("Villagers blocked the entrances to the town hall to demand the mayor's removal."),
        [Protest]
    );
    assert!(
        kinds_of("Police pushed the crowd back from the square with riot shields.")
            .contains(&ProtestIntervention),
    );
    // The unarmed attacked in the passive: violence against them, not a battle.
    assert_eq!(
        kinds_of("A minibus carrying traders was attacked by gunmen on the road."),
        [Killing]
    );
    assert_eq!(
        kinds_of("An army convoy was attacked by gunmen on the road."),
        [Assault]
    );
    assert_eq!(
        kinds_of("A canoe carrying eight fishermen was fired upon near the island."),
        [Killing]
    );
    assert_eq!(
        kinds_of("A ferry with forty passengers came under gunfire from the shore."),
        [Killing]
    );
    // Grenades lobbed or tossed are thrown; a crowd attacking is a mob.
    for verb in ["lobbed", "tossed", "hurled"] {
        let sentence = format!("Two men {verb} grenades over the wall of the police post.");
        assert_eq!(kinds_of(&sentence), [Grenade], "{sentence}");
    }
    assert_eq!(
        kinds_of("Witnesses saw a crowd attacking the district office on Tuesday."),
        [MobViolence]
    );
}

#[test]
fn a_position_field_a_verification_s_place_and_a_background_field() {
    // A position at sea is given from a town: that town.
    let text = "Incident: fishing boat fired upon\nPosition: about 8 nm east of Kismaayo\n\
                Date: 3 June 2021\nDetails: Gunmen in a skiff fired upon the crew, wounding two.";
    let found = mentions_of(0, text, Some(date(2021, 6, 5)));
    assert!(!found.is_empty());
    assert!(
        found.iter().all(|m| place_name(m) == "Kismayo"),
        "{found:?}"
    );
    // A verification post places its video's events where it geolocated the clip.
    let text = "A clip shared on Friday claims to show a market burning in Goma. It does not.\n\
                We geolocated the footage to the main street of Butembo.\n\
                It shows men setting fire to stalls while others loot shops.";
    let found = mentions_of(0, text, Some(date(2023, 5, 7)));
    assert!(!found.is_empty());
    assert!(
        found.iter().all(|m| place_name(m) == "Butembo"),
        "{found:?}"
    );
    // A background field tells nothing of its own.
    let text = "Incident: canoe attacked\nLocation: Baga, Borno state\nDate: 4 August 2020\n\
                Details: Gunmen shot dead three fishermen.\n\
                Previous incidents: two similar attacks in June.";
    let found = mentions_of(0, text, Some(date(2020, 8, 6)));
    assert!(!found.is_empty());
    assert!(
        found
            .iter()
            .all(|m| m.time.map(|t| t.start) == Some(date(2020, 8, 4))),
        "{found:?}"
    );
}

#[test]
fn a_sentence_saying_where_the_worst_took_place_places_the_next() {
    let text = "Highlands weekly, 6-12 March. The most serious violence of the week took place in \
                Goroka. On Tuesday, 9 March, hundreds of youths burned shops and threw stones at \
                police.";
    let found = mentions_of(0, text, Some(date(2021, 3, 13)));
    let riots: Vec<String> = (found.iter())
        .filter(|m| m.kind == EventKind::Riot)
        .map(place_name)
        .collect();
    assert_eq!(riots, ["Goroka"], "{found:?}");
}

#[test]
fn a_lede_in_a_part_of_the_country_is_not_at_its_capital_s_dateline() {
    let text = "COTONOU, April 18 (Wire) - Fighters attacked two army posts in a national park in \
                northern Benin on Thursday, killing dozens of soldiers, sources said.";
    let found = mentions_of(0, text, Some(date(2025, 4, 18)));
    assert!(!found.is_empty());
    assert!(found.iter().all(|m| m.place.is_none()), "{found:?}");
}

#[test]
fn an_attack_on_journalists_or_passers_by_is_violence_against_them() {
    use EventKind::*;
    // Named before an attack in the passive, however long the subject, and past an adverb.
    let kinds = kinds_of(
        "A reporter for a weekly paper and her sound engineer were attacked while covering a \
         march over fuel prices.",
    );
    assert!(kinds.contains(&Killing), "{kinds:?}");
    assert!(!kinds.contains(&Riot), "{kinds:?}");
    let kinds = kinds_of("Two photographers were also assaulted near the courthouse.");
    assert_eq!(kinds, [Killing]);
    let kinds = kinds_of("Men armed with machetes were attacking passers-by near the market.");
    assert_eq!(kinds, [Killing]);
    // Soldiers attacked are a battle's.
    let kinds = kinds_of("Soldiers guarding the ferry were attacked by gunmen.");
    assert!(!kinds.contains(&Killing), "{kinds:?}");
}

#[test]
fn a_device_neutralised_is_a_disrupted_bomb_and_one_that_exploded_is_a_bomb() {
    use EventKind::*;
    let kinds = kinds_of("The device was neutralised by the bomb squad beside the road.");
    assert_eq!(kinds, [WeaponsSeizure]);
    let kinds = kinds_of("Engineers detonated the rigged car in a controlled explosion.");
    assert_eq!(kinds, [WeaponsSeizure]);
    // Houses blown up in controlled detonations are demolished.
    let kinds = kinds_of("Troops blew up a row of houses in a series of controlled detonations.");
    assert_eq!(kinds, [Destruction]);
    let kinds = kinds_of("A roadside bomb exploded near the bridge and a second bomb was defused.");
    assert!(kinds.contains(&Bombing), "{kinds:?}");
    assert!(kinds.contains(&WeaponsSeizure), "{kinds:?}");
}

#[test]
fn a_where_clause_after_where_the_wounded_came_from_is_there() {
    let text = "The regional hospital in Ziguinchor informs that on Sunday it admitted six patients \
                brought from Kolda, where, according to relatives, gunmen opened fire on a wedding \
                party.";
    assert_eq!(place_names_of(text, date(2022, 5, 9)), ["Kolda"]);
    let text = "The hospital said on Sunday it had admitted six patients brought from Kolda, \
                where gunmen opened fire on a wedding party.";
    assert_eq!(place_names_of(text, date(2022, 5, 9)), ["Kolda"]);
}

#[test]
fn a_chat_s_messages_are_dated_by_its_date_line_and_placed_by_its_header() {
    // "This morning" is the date line's, not the day the chat was read.
    let text = "[Neighbourhood alert group - Thiès]\n03/05/2021\n16:40 a bus driver was beaten \
                this morning, now youths burning tyres at the roundabout in Thiès";
    let found = mentions_of(0, text, Some(date(2021, 5, 4)));
    assert!(!found.is_empty());
    assert!(
        found
            .iter()
            .all(|m| m.time.map(|t| t.start) == Some(date(2021, 5, 3))),
        "{found:?}"
    );
    // A timestamped message with no place of its own happened in the header's town.
    let text = "[WhatsApp group - Nazran residents]\n21/06/2024\n05:50 a drone hit the roof of \
                the traffic police building, windows broken\n06:30 road closed near the site";
    assert_eq!(place_names_of(text, date(2024, 6, 22)), ["Nazran"]);
}

#[test]
fn a_beating_of_the_unarmed_is_violence_against_them_and_a_flight_tried_is_none() {
    use EventKind::*;
    let kinds = kinds_of("A young man was severely beaten by a group of men near the well.");
    assert_eq!(kinds, [Killing]);
    // An assault beaten back is a battle's.
    let kinds = kinds_of("The assault on the hilltop was beaten back after several hours.");
    assert!(!kinds.contains(&Killing), "{kinds:?}");
    let kinds = kinds_of("Party youths assaulted three opposition supporters at the market.");
    assert_eq!(kinds, [Killing]);
    let kinds = kinds_of("Gunmen robbed the travellers, shooting two men who tried to flee.");
    assert!(kinds.contains(&Killing), "{kinds:?}");
    assert!(!kinds.contains(&Flight), "{kinds:?}");
    // Those who fled are a flight, and so are officials who try to.
    let kinds = kinds_of("Hundreds of families fled the villages after the raid.");
    assert!(kinds.contains(&Flight), "{kinds:?}");
    let kinds = kinds_of("Officials were seen attempting to flee on a commercial jet.");
    assert!(kinds.contains(&Flight), "{kinds:?}");
}

#[test]
fn a_shooting_at_a_bar_is_an_attack() {
    use EventKind::*;
    let kinds = kinds_of("The clinic admitted six patients after a shooting at a bar on Sunday.");
    assert_eq!(kinds, [Killing]);
    let kinds = kinds_of("The film's shooting was halted by rain.");
    assert!(kinds.is_empty(), "{kinds:?}");
}

#[test]
fn clashes_that_broke_out_between_crowds_are_mob_violence() {
    use EventKind::*;
    let kinds =
        kinds_of("Clashes broke out between young people of two communities after a dispute.");
    assert_eq!(kinds, [MobViolence]);
    let kinds = kinds_of("Clashes erupted between local youths and gold miners at the site.");
    assert_eq!(kinds, [MobViolence]);
    let kinds = kinds_of("Clashes broke out between soldiers and rebels near the river.");
    assert_eq!(kinds, [Assault]);
}

#[test]
fn a_claim_s_insured_field_places_its_circumstances_and_its_policy_reports_nothing() {
    let text = "LOSS ADVICE \u{2014} motor and property\n\
                Insured: a pharmacy on the market street, Gafsa.\n\
                Policy: all risks, with a riot and sabotage extension.\n\
                Date of loss: 02/05/2019.\n\
                Circumstances: soldiers surrounded a building opposite and a gun battle with \
                an armed cell lasted an hour.";
    let found = mentions_of(0, text, Some(date(2019, 5, 4)));
    let kinds: Vec<(EventKind, String)> = (found.iter()).map(|m| (m.kind, place_name(m))).collect();
    assert!(
        kinds.contains(&(EventKind::Assault, "Gafsa".to_string())),
        "{kinds:?}"
    );
    assert!(
        !kinds.iter().any(|(k, _)| *k == EventKind::Riot),
        "{kinds:?}"
    );
}

#[test]
fn a_pact_that_was_signed_is_an_agreement() {
    let found = places_of(
        "A grazing pact between two clans was signed on Tuesday in Garowe.",
        date(2022, 3, 3),
    );
    assert!(
        found.contains(&(EventKind::Agreement, "Garoowe".to_string())),
        "{found:?}"
    );
}

#[test]
fn where_a_trip_began_gives_way_to_where_it_was_when_the_sentence_names_it() {
    let found = places_of(
        "On Saturday the minibus bringing the choir back from the festival in Gulu was \
         ambushed by gunmen as it entered Kitgum.",
        date(2019, 6, 10),
    );
    assert!(
        !found.is_empty() && found.iter().all(|(_, p)| p == "Kitgum"),
        "{found:?}"
    );
    // With no other place named, the road out of it.
    let found = places_of(
        "Bandits stopped traders coming home from a cattle market in Kaabong district, \
         Karamoja region, on Saturday and shot dead four of them.",
        date(2019, 6, 10),
    );
    assert!(
        found.iter().any(|(_, p)| p.starts_with("Kaabong")),
        "{found:?}"
    );
}

#[test]
fn a_landmark_or_a_site_named_with_its_town_places_a_later_report_that_names_it_again() {
    let text = "The choir's concert at a hotel beside the Unity Roundabout in Jinja was called \
                off. On Monday evening, several thousand people gathered peacefully around the \
                Unity Roundabout to protest against new fuel taxes.";
    let found = places_of(text, date(2021, 4, 7));
    assert!(
        found.contains(&(EventKind::Protest, "Jinja".to_string())),
        "{found:?}"
    );
    let text = "The examination centre at a secondary school in Gulu has been moved. On \
                Tuesday, men armed with pangas entered the school and attacked two teachers.";
    let found = places_of(text, date(2021, 4, 7));
    assert!(
        !found.is_empty() && found.iter().all(|(_, place)| place == "Gulu"),
        "{found:?}"
    );
}

#[test]
fn the_month_of_march_is_no_march() {
    assert!(
        kinds_published(
            "Local elections were held in March in Kumasi.",
            date(2021, 8, 6)
        )
        .is_empty()
    );
    assert!(
        kinds_published(
            "Local elections were held in March 2021 in Kumasi.",
            date(2021, 8, 6)
        )
        .is_empty()
    );
    let found = places_of(
        "Thousands took part in the #RedFriday march in Kumasi on Wednesday.",
        date(2021, 8, 6),
    );
    assert_eq!(found, [(EventKind::Protest, "Kumasi".to_string())]);
}

#[test]
fn a_drone_shot_down_a_body_mutilated_and_a_passenger_shot_in_the_arm() {
    let kinds = |text: &str| kinds_published(text, date(2023, 6, 6));
    assert_eq!(
        kinds(
            "Soldiers spotted a drone crossing the border near Mafraq and shot it down on Monday."
        ),
        [EventKind::WeaponsSeizure]
    );
    assert!(
        kinds("The mutilated body of a herder was found on Monday near Mafraq.")
            .contains(&EventKind::Killing)
    );
    assert_eq!(
        kinds("Robbers shot one passenger in the leg near Mafraq on Monday."),
        [EventKind::Killing]
    );
}

#[test]
fn a_crowd_outside_a_town_hall_that_complains_protests() {
    let found = places_of(
        "Several hundred residents of Namangan gathered outside the town hall on Monday to \
         complain about gas cuts.",
        date(2023, 1, 17),
    );
    assert_eq!(found, [(EventKind::Protest, "Namangan".to_string())]);
}

#[test]
fn the_county_points_back_at_the_county_named_before() {
    let found = places_of(
        "Payments in Nimba County were halted after clashes between two clans, and many \
         families fled to Ganta. On Friday, elders of the two clans signed a peace agreement \
         at the county administration building.",
        date(2024, 2, 18),
    );
    assert!(
        found.contains(&(EventKind::Agreement, "Nimba".to_string())),
        "{found:?}"
    );
}

#[test]
fn who_does_an_act_decides_its_kind() {
    let kinds = |text: &str| kinds_published(text, date(2018, 5, 8));
    // A crowd against the police, past what angered it.
    assert_eq!(
        kinds(
            "On Sunday a crowd angered by the death of a man in police custody attacked the \
             police station in Ganta."
        ),
        [EventKind::Riot]
    );
    // Arsonists unknown are no crowd.
    assert_eq!(
        kinds("On Sunday unknown people set fire to forty market stalls in Ganta."),
        [EventKind::Destruction]
    );
    // Those a group is of.
    assert_eq!(
        kinds("On Sunday cadres attacked a team of opposition campaigners at a market in Ganta."),
        [EventKind::Killing]
    );
}

#[test]
fn a_place_that_opens_a_during_which_clause_is_its_events() {
    let found = places_of(
        "Following the scuffles of Tuesday on the campus in Meknes, during which police \
         detained twelve students, the dean suspended classes.",
        date(2019, 4, 11),
    );
    assert!(
        found.contains(&(EventKind::Arrest, "Meknes".to_string())),
        "{found:?}"
    );
}

#[test]
fn human_chains_and_hartals_are_protests() {
    for text in [
        "Teachers formed a human chain along the main road in Rangpur on Friday.",
        "Opposition parties enforced a dawn-to-dusk hartal in Sylhet on Sunday.",
    ] {
        assert_eq!(
            kinds_published(text, date(2018, 2, 12)),
            [EventKind::Protest],
            "{text}"
        );
    }
}

#[test]
fn a_crowd_that_clashes_with_police_and_soldiers_riots() {
    let kinds = kinds_published(
        "Young people in Bo clashed with police and soldiers on Friday over power cuts.",
        date(2020, 7, 18),
    );
    assert_eq!(kinds, [EventKind::Riot]);
    // Not with gunmen about.
    let kinds = kinds_published(
        "Young people in Bo clashed with soldiers and gunmen on Friday.",
        date(2020, 7, 18),
    );
    assert!(!kinds.contains(&EventKind::Riot), "{kinds:?}");
}

#[test]
fn migrants_intercepted_at_sea_are_no_weapon_disrupted() {
    assert!(
        kinds_published(
            "Several boats carrying migrants were intercepted by the coast guard off Zarzis on \
             Sunday.",
            date(2023, 10, 30)
        )
        .is_empty()
    );
    assert_eq!(
        kinds_published(
            "Air defences intercepted two drones over Zarzis on Sunday.",
            date(2023, 10, 30)
        ),
        [EventKind::WeaponsSeizure]
    );
}

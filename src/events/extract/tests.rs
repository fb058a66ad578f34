use super::*;

/// The clauses of `sentence`, trimmed.
fn clause_texts(sentence: &str) -> Vec<&str> {
    let words = words(sentence);
    clauses(sentence, &words)
        .into_iter()
        .map(|c| sentence[c.span].trim())
        .collect()
}

#[test]
fn clauses_split_at_conjunctions_before_a_new_subject() {
    let sentence = "The Islamists have encircled ten cities and skirmishes have broken out in Ghazni and Herat as troops continue their withdrawal.";
    let words = words(sentence);
    let parts: Vec<(&str, bool)> = clauses(sentence, &words)
        .into_iter()
        .map(|c| (sentence[c.span].trim(), c.subordinate))
        .collect();
    assert_eq!(
        parts,
        [
            ("The Islamists have encircled ten cities", false),
            ("and skirmishes have broken out in Ghazni and Herat", false),
            ("as troops continue their withdrawal.", true)
        ]
    );
}

#[test]
fn a_noun_after_and_before_a_preposition_opens_no_clause() {
    let sentence = "People were hurt when settlers attacked homes and shops in Huwara.";
    assert_eq!(
        clause_texts(sentence),
        [
            "People were hurt",
            "when settlers attacked homes and shops in Huwara."
        ]
    );
}

#[test]
fn subjects_joined_by_and_open_no_clause() {
    assert_eq!(
        clause_texts(
            "On 4 March, police and soldiers detained nine men who had defied the curfew declared on 1 March."
        ),
        [
            "On 4 March, police and soldiers detained nine men who had defied the curfew declared on 1 March."
        ]
    );
    // Adjectives before "and", or a verb, still leave the next subject its own clause.
    assert_eq!(
        clause_texts("The town fell, local and regional officials said."),
        ["The town fell, local", "and regional officials said."]
    );
    assert_eq!(
        clause_texts("Gunmen fired and soldiers returned fire."),
        ["Gunmen fired", "and soldiers returned fire."]
    );
    // The arrest is dated by the day the sentence opens with.
    assert_eq!(
        days_of(
            EventKind::Arrest,
            "On 4 March, police and soldiers detained nine men in Mosul who had defied the curfew declared on 1 March."
        ),
        [march(4)]
    );
}

#[test]
fn the_agents_of_a_passive_joined_by_and_open_no_clause() {
    assert_eq!(
        clause_texts(
            "Kin said nine traders had been shot by armed men and hired gunmen outside Dori on 9 March."
        ),
        [
            "Kin said nine traders had been shot by armed men and hired gunmen outside Dori on 9 March."
        ]
    );
    // Further from "by", the next subject has its own clause.
    assert_eq!(
        clause_texts("The post was taken by rebels who shot guards and locals fled."),
        [
            "The post was taken by rebels who shot guards",
            "and locals fled."
        ]
    );
    assert_eq!(
        days_of(
            EventKind::Killing,
            "Kin said on Monday that nine traders had been killed by police and hired gunmen \
             outside Dori on 9 March."
        ),
        [march(9)]
    );
}

/// The days of the reports of `kind` in a one-sentence article published on 12 March 2024.
fn days_of(kind: EventKind, sentence: &str) -> Vec<Option<DateRange>> {
    (mentions_of(sentence).into_iter())
        .filter(|m| m.kind == kind)
        .map(|m| m.time)
        .collect()
}

/// A day of March 2024.
fn march(day: u32) -> Option<DateRange> {
    NaiveDate::from_ymd_opt(2024, 3, day).map(DateRange::day)
}

#[test]
fn a_counted_clause_after_the_opening_time_ends_at_its_comma() {
    // The main clause is dated by the opening day, not two days before it.
    assert_eq!(
        days_of(
            EventKind::SexualViolence,
            "On 9 March, two days after rebels entered Minova (Kalehe territory, South Kivu), retreating soldiers raped at least 30 women in the town."
        ),
        [march(9)]
    );
    assert_eq!(
        clause_texts(
            "On 9 March, two days after rebels entered Minova (Kalehe territory, South Kivu), soldiers fled."
        ),
        [
            "On 9 March, two days",
            "after rebels entered Minova (Kalehe territory, South Kivu),",
            "soldiers fled."
        ]
    );
}

#[test]
fn the_two_sides_after_between_are_one_clause() {
    assert_eq!(
        clause_texts(
            "Fighting broke out between Somaliland troops and clan militias in Laascaanood."
        ),
        ["Fighting broke out between Somaliland troops and clan militias in Laascaanood."]
    );
    assert_eq!(
        events_of("Fighting broke out between Somaliland troops and clan militias in Laascaanood."),
        [(EventKind::Assault, "Laascaanood".to_string())]
    );
}

#[test]
fn a_clause_of_unnamed_places_takes_none_from_an_after_clause() {
    let found = events_of(
        "Government forces shelled towns and villages across the northwest on Friday, after a \
         drone attack on a parade in Homs killed dozens.",
    );
    assert!(
        !found
            .iter()
            .any(|(kind, place)| *kind == EventKind::Shelling && place == "Homs"),
        "{found:?}"
    );
    // A campaign over dozens of towns is no one event.
    let found =
        events_of("The army pushed the militants out of dozens of towns and villages in Hiiraan.");
    assert!(found.is_empty(), "{found:?}");
}

#[test]
fn as_after_a_verb_of_role_is_a_preposition_not_a_clause() {
    let sentence = "Troops seized 30 men in Ghazni and forced them to work as porters.";
    let words = words(sentence);
    assert!(
        clauses(sentence, &words).iter().all(|c| !c.subordinate),
        "{:?}",
        clauses(sentence, &words)
    );
}

#[test]
fn a_since_clause_is_background() {
    let sentence = "Women marched in Kassala for sons missing since fighting erupted in Khartoum.";
    let words = words(sentence);
    let background: Vec<bool> = clauses(sentence, &words)
        .iter()
        .map(|c| c.background)
        .collect();
    assert_eq!(background, [false, true]);
}

#[test]
fn a_past_year_s_place_is_no_scene_for_the_area() {
    let found = events_of(
        "Gunmen attacked a checkpoint in Ghazni on Monday. It was the first time since 2015, \
         when insurgents reached the outskirts of Kunduz, that the road was closed. Police \
         later arrested 12 men in the area.",
    );
    assert!(
        found.iter().all(|(_, place)| place == "Ghazni"),
        "{found:?}"
    );
}

#[test]
fn a_place_told_as_far_away_is_no_city_pointed_back_at() {
    // Nor does a past year's report at the city date what is told there later.
    let found = mentions_of(
        "Taliban fighters took control of Kunduz on Monday. It recalled September 2015, when \
         the group briefly held Kunduz before withdrawing. In Kabul, some 250 km away, \
         protesters attacked an embassy. Gunmen later looted shops in the city.",
    );
    let looting = (found.iter())
        .find(|m| m.kind == EventKind::Looting)
        .unwrap_or_else(|| panic!("{found:?}"));
    let g = crate::gazetteer::bundled_for_tests();
    let place = looting
        .place
        .as_ref()
        .map(|t| g.place(t.place).name.as_str());
    assert_eq!(place, Some("Kunduz"), "{found:?}");
    assert_eq!(
        looting.time.map(|t| t.start.year()),
        Some(2024),
        "{found:?}"
    );
}

#[test]
fn the_area_after_a_reference_point_is_its_own() {
    let found = events_of(
        "Traders reopened the market in Deir ez-Zor on Monday. Jets struck a camp in the hills \
         south of Palmyra on Tuesday, residents of the area said.",
    );
    assert_eq!(found, [(EventKind::AirStrike, "Tadmur".to_string())]);
}

#[test]
fn a_diary_s_reports_happened_where_its_writers_went() {
    let found = events_of(
        "We left Bajil at seven for the clinic in Hays district. Half an hour before we \
         arrived, a motorbike hit a landmine on the track.",
    );
    assert_eq!(found, [(EventKind::Bombing, "Hays".to_string())]);
    // Not where they set out from.
    let found = events_of("We left Bajil at seven. A motorbike hit a landmine on the track.");
    assert!(found.iter().all(|(_, place)| place.is_empty()), "{found:?}");
}

#[test]
fn a_date_closing_a_heading_is_the_day_of_its_today() {
    let found = mentions_of(
        "Field diary — Monday 11 March 2024\nWe went to Zabid this morning with the water \
         team. Today the crew dug out the remains of at least six people from a cellar.",
    );
    let grave = (found.iter())
        .find(|m| m.kind == EventKind::MassGrave)
        .unwrap_or_else(|| panic!("{found:?}"));
    assert_eq!(
        grave.time.map(|t| (t.start.day(), t.end.day())),
        Some((11, 11))
    );
    let day = |heading: &str| {
        date_closing_a_heading(
            heading,
            NaiveDate::from_ymd_opt(2024, 3, 12).unwrap_or_default(),
        )
    };
    assert_eq!(
        day("Daily summary, 11 March 2024"),
        NaiveDate::from_ymd_opt(2024, 3, 11)
    );
    assert_eq!(day("Five killed in Kabul blast on 11 March 2024"), None);
    assert_eq!(day("Report — 11 March 2024. More follows"), None);
}

#[test]
fn a_namesake_set_aside_is_no_place_of_the_story() {
    let g = crate::gazetteer::bundled_for_tests();
    let parser = crate::geoparse::Geoparser::new(g, crate::geoparse::GeoparseOptions::default());
    let kept = |text: &str| {
        let toponyms = parser.parse(text, &crate::geoparse::line_ranges(text));
        without_namesakes_set_aside(text, &toponyms).map(|kept| {
            (kept.iter())
                .map(|t| text[t.span.clone()].to_string())
                .collect::<Vec<_>>()
        })
    };
    assert_eq!(
        kept(
            "Farmers of Kohistan district in Badakhshan (not the Kohistan district of Faryab) \
             marched on Monday."
        ),
        Some(vec!["Kohistan".to_string(), "Badakhshan".to_string()])
    );
    assert_eq!(
        kept("Our village, Chernihivka, not to be confused with Chernihiv in the north."),
        Some(vec!["Chernihivka".to_string()])
    );
    // A denial of who did it sets no place aside.
    assert_eq!(kept("It was not the army that shelled Kherson."), None);
}

#[test]
fn a_community_s_notices_tell_what_happened_where_it_is() {
    let found = events_of(
        "Mosque committee of Zabid — notices to the worshippers\nTuesday, 12 March 2024\n1. \
         The committee announces with grief that our muezzin, Haji Salim, was shot dead by \
         gunmen on Monday night near his home, as he walked back from the night prayer. The \
         gunmen got away on a motorbike. He was buried the next morning; the family receives \
         visitors at home for three days.\n2. Anyone who saw the gunmen should speak to the \
         district police in Zabid.",
    );
    assert_eq!(found, [(EventKind::Killing, "Zabīd".to_string())]);
}

#[test]
fn the_port_is_a_place_named_back() {
    // "the port explosion" points back at the town, and leaves the main clause its report.
    let found = events_of(
        "Protesters stormed the ministry near parliament in Beirut on Saturday, four days after \
         the port explosion, as police fired tear gas.",
    );
    let kinds: Vec<EventKind> = found.iter().map(|(kind, _)| *kind).collect();
    assert!(kinds.contains(&EventKind::ProtestIntervention), "{found:?}");
    assert!(
        found.iter().all(|(_, place)| place == "Beirut"),
        "{found:?}"
    );
}

/// The event mentions of a one-sentence article published on Tuesday 12 March 2024.
fn mentions_of(sentence: &str) -> Vec<EventMention> {
    let g = crate::gazetteer::bundled_for_tests();
    let lines = crate::geoparse::line_ranges(sentence);
    let toponyms = crate::geoparse::Geoparser::new(g, crate::geoparse::GeoparseOptions::default())
        .parse(sentence, &lines);
    let published = NaiveDate::from_ymd_opt(2024, 3, 12);
    extract_mentions(g, 0, sentence, &lines, &toponyms, published)
}

/// The events of a one-sentence article: (kind, place).
fn events_of(sentence: &str) -> Vec<(EventKind, String)> {
    let g = crate::gazetteer::bundled_for_tests();
    mentions_of(sentence)
        .into_iter()
        .map(|m| {
            let place = m
                .place
                .map_or_else(String::new, |t| g.place(t.place).name.to_string());
            (m.kind, place)
        })
        .collect()
}

/// The places of the events of a one-sentence article ("" for an event with no place).
fn places_of(sentence: &str) -> Vec<String> {
    events_of(sentence).into_iter().map(|e| e.1).collect()
}

#[test]
fn an_event_only_talked_about_is_no_report() {
    for sentence in [
        "The mission said in a statement that it strongly condemned the Beledweyne attack.",
        "A senior official said the attacks on Red Sea shipping would not deter the group.",
        "Aid agencies have warned for months that an assault on El Fasher could trigger killings.",
        "The agency said that attacks on schools in Kaduna were a violation of children's rights.",
        "Rebels vow to keep up Red Sea attacks",
        "The governor played down the attacks in Cabo Delgado, saying the militants were few.",
        "The Zamfara state government has threatened to arm local vigilante groups.",
        "The regional mission is due to withdraw from Cabo Delgado by July.",
    ] {
        assert_eq!(events_of(sentence), [], "{sentence}");
    }
    // Said of a day and a toll, the same words report it.
    let found = events_of("The UN condemned the attack in Beledweyne on Sunday that killed 15.");
    assert!(!found.is_empty());
    // A verb in the past after the intention is the clause's own.
    let found = events_of("Fighters who had vowed to retake the town attacked Kunduz on Monday.");
    assert!(
        found.iter().any(|(kind, _)| *kind == EventKind::Assault),
        "{found:?}"
    );
}

#[test]
fn where_someone_spoke_is_not_where_it_happened_unless_the_speech_is_the_event() {
    let found = events_of(
        "Speaking to reporters in Mogadishu on Monday, the governor said militants attacked Jowhar.",
    );
    assert_eq!(found, [(EventKind::Assault, "Jawhar".to_string())]);
    // The event's own words may stand between the speech and the place.
    let found =
        events_of("Rebels took Ghazni; the president announced the capture from Kabul on Monday.");
    assert!(found.iter().all(|(_, place)| place != "Kabul"), "{found:?}");
    let found = events_of(
        "The two sides announced in Doha on Monday that they had signed a ceasefire agreement.",
    );
    assert_eq!(found, [(EventKind::Agreement, "Doha".to_string())]);
    // Sources and leaders who speak from a capital, a monitor based in a city.
    for text in [
        "Security sources in Niamey said that gunmen had attacked a gendarmerie post on Monday in Tera.",
        "Community leaders in Bamako have condemned the killing of 20 herders on Monday in Tessit.",
        "A monitoring group based in Gaziantep said jets had struck Sarmada on Monday.",
    ] {
        let found = events_of(text);
        assert!(
            found
                .iter()
                .all(|(_, place)| !["Niamey", "Bamako", "Gaziantep"].contains(&place.as_str())),
            "{text}: {found:?}"
        );
    }
}

#[test]
fn a_regional_office_that_speaks_is_not_the_place() {
    assert_eq!(
        places_of(
            "A farmer was killed on Thursday when his tractor struck a mine outside a village in \
             the Beryslav raion, the Kherson regional prosecutor's office said."
        ),
        ["Beryslav Raion"]
    );
}

#[test]
fn a_when_clause_happened_where_the_clause_before_it_says() {
    let found = events_of(
        "The most serious incident took place in Kupiansk on Monday, when a drone struck a bus \
         carrying workers.",
    );
    assert_eq!(found, [(EventKind::AirStrike, "Kupyansk".to_string())]);
}

#[test]
fn civilians_fleeing_are_no_event_but_soldiers_fleeing_are() {
    assert_eq!(
        events_of("Thousands of families fled to Goma on Sunday as the front moved closer."),
        []
    );
    let found = events_of("Hundreds of soldiers fled across the border into Tajikistan on Monday.");
    assert!(
        found.iter().any(|(kind, _)| *kind == EventKind::Flight),
        "{found:?}"
    );
}

#[test]
fn a_when_clause_after_a_time_is_dated_and_placed_by_it() {
    let found = mentions_of(
        "The insurgency began in October 2017 and peaked in March 2021, when fighters attacked Mocimboa da Praia.",
    );
    let assault = found
        .iter()
        .find(|m| m.kind == EventKind::Assault)
        .expect("an assault");
    let time = assault.time.expect("dated");
    assert_eq!(
        time.start,
        NaiveDate::from_ymd_opt(2021, 3, 1).unwrap_or_default()
    );
    let found = events_of(
        "The last major offensive came in February 2021, when the Houthis launched an assault on the city of Marib.",
    );
    assert!(
        found.iter().any(|(_, place)| place.starts_with("Ma")),
        "{found:?}"
    );
}

#[test]
fn a_state_a_breach_an_aim_or_a_cause_is_no_event() {
    for sentence in [
        "The northern town of Djibo has been under a blockade for more than two years.",
        "The rebels broke a year-long informal ceasefire in Rakhine in November.",
        "Critics say the governments of Zamfara have failed to stop the kidnappings.",
        "Demonstrators angered by the fighting in Goma marched peacefully in Kinshasa.",
        "Fighters overran a newly established army base at Beledweyne on Monday.",
    ] {
        let found = events_of(sentence);
        let unwanted = |kind: &EventKind| {
            matches!(
                kind,
                EventKind::Siege
                    | EventKind::Agreement
                    | EventKind::Abduction
                    | EventKind::Assault
                    | EventKind::BaseEstablished
            )
        };
        let wrong: Vec<_> = found
            .iter()
            .filter(|(kind, _)| unwanted(kind))
            .filter(|(kind, _)| !sentence.contains("overran") || *kind != EventKind::Assault)
            .collect();
        assert!(wrong.is_empty(), "{sentence}: {found:?}");
    }
}

#[test]
fn seized_is_a_capture_of_a_place_only() {
    let found =
        events_of("In December, the RSF seized Wad Medani, the capital of Al Jazirah state.");
    assert!(
        found.contains(&(EventKind::Capture, "Wad Medani".to_string())),
        "{found:?}"
    );
    let found = events_of("Gunmen seized dozens of villagers near Gusau on Sunday.");
    assert!(
        found.iter().all(|(kind, _)| *kind != EventKind::Capture),
        "{found:?}"
    );
}

#[test]
fn a_town_a_few_kilometres_away_places_the_event_better_than_its_province() {
    let found = events_of(
        "In Rakhine state, a military aircraft bombed a village about 10 kilometres outside Kyauktaw on Monday.",
    );
    assert!(
        found.contains(&(EventKind::AirStrike, "Kyauktaw".to_string())),
        "{found:?}"
    );
    let found = events_of(
        "In Rakhine state, a military aircraft bombed a village about 80 kilometres outside Kyauktaw on Monday.",
    );
    assert!(
        found.iter().all(|(_, place)| place != "Kyauktaw"),
        "{found:?}"
    );
}

#[test]
fn people_who_fled_in_a_clause_about_another_event_are_no_flight() {
    let found = events_of(
        "The RSF seized Wad Medani, a refuge for thousands who had fled Khartoum, on Monday.",
    );
    assert!(
        found.iter().all(|(kind, _)| *kind != EventKind::Flight),
        "{found:?}"
    );
}

#[test]
fn troops_crossing_a_border_to_attack_invade_and_the_war_s_past_is_no_news() {
    let found = events_of(
        "Russian troops crossed the border on Friday and attacked the village of Strilecha, in a region where Ukraine won back much of its territory earlier in the war.",
    );
    assert!(
        found.iter().any(|(kind, _)| *kind == EventKind::Assault),
        "{found:?}"
    );
    assert!(
        found
            .iter()
            .all(|(kind, _)| !matches!(kind, EventKind::Flight | EventKind::Recapture)),
        "{found:?}"
    );
}

#[test]
fn a_place_before_a_title_is_the_title_s_not_the_event_s() {
    let found = events_of("A Kandahar commander said his fighters had withdrawn tactically.");
    assert!(
        found.iter().all(|(_, place)| !place.starts_with("Kandah")),
        "{found:?}"
    );
}

#[test]
fn a_report_pointing_back_at_a_place_takes_the_time_last_stated_there() {
    let text = "Rebels attacked Gao on Monday, residents said. The army sent reinforcements. \
        Aid convoys were delayed. Insurgents shelled Kidal on 3 February. \
        Looters ransacked shops across the town, officials said.";
    let found = mentions_of(text);
    let looting = found
        .iter()
        .find(|m| m.kind == EventKind::Looting)
        .expect("a looting");
    let time = looting.time.expect("dated");
    assert_eq!(
        time.start,
        NaiveDate::from_ymd_opt(2024, 2, 3).unwrap_or_default(),
        "{looting:?}"
    );
}

#[test]
fn the_blast_after_a_bombing_is_that_bombing_on_its_day() {
    let text = "A truck packed with explosives blew up at a checkpoint in Beledweyne on \
        Sunday, killing nine people, the latest in a string of attacks as the government \
        struggles to hold ground it captured from the militants last year. \
        The blast tore through a row of tea shops.";
    let found = mentions_of(text);
    let sunday = NaiveDate::from_ymd_opt(2024, 3, 10).unwrap_or_default();
    let blasts: Vec<&EventMention> = (found.iter())
        .filter(|m| m.kind == EventKind::Bombing)
        .collect();
    assert_eq!(blasts.len(), 2, "{found:?}");
    for blast in blasts {
        assert_eq!(blast.time.map(|t| t.start), Some(sunday), "{blast:?}");
    }
}

#[test]
fn how_the_war_began_is_its_past_not_news() {
    let found = events_of("The war in Yemen began when the Houthis seized Sanaa.");
    assert!(found.is_empty(), "{found:?}");
    let found = events_of("The war broke out when rebels marched south and attacked Goma.");
    assert!(found.is_empty(), "{found:?}");
    // A "when" clause after a time is dated by it, and stays an event.
    let found = events_of("Fighting peaked in March 2021, when rebels attacked Goma.");
    assert!(!found.is_empty(), "{found:?}");
}

#[test]
fn fighting_told_after_after_is_the_cause_of_the_main_fighting_not_an_event() {
    // The fighting and the strike before the main event are its first step and its cause.
    let found = events_of("Army units retook Kunduz on Monday after days of heavy fighting.");
    assert_eq!(found, [(EventKind::Recapture, "Kunduz".to_string())]);
    let found = events_of(
        "Jets struck rebel depots in Idlib on Monday, after rebel rockets hit a market in Aleppo.",
    );
    assert_eq!(found, [(EventKind::AirStrike, "Idlib".to_string())]);
    // "following" opens such a clause too.
    let sentence = "Militias took Sirte on Friday following days of clashes.";
    assert!(clauses(sentence, &words(sentence))[1].earlier);
    // A withdrawal is an event of its own, at the main clause's place.
    let found = events_of("Army units entered Kunduz on Monday after the insurgents withdrew.");
    assert!(
        found.contains(&(EventKind::Withdrawal, "Kunduz".to_string())),
        "{found:?}"
    );
    // A killing is what the earlier fighting caused; an arrest is an event of its own.
    let found =
        events_of("Two farmers were killed near Kunduz on Monday after a drone struck their car.");
    assert!(
        found.iter().any(|(kind, _)| *kind == EventKind::AirStrike),
        "{found:?}"
    );
    let found = events_of(
        "Clashes broke out in Tripoli on Monday after militiamen detained a brigade commander.",
    );
    assert!(
        found.iter().any(|(kind, _)| *kind == EventKind::Arrest),
        "{found:?}"
    );
    // "The following day" opens no clause.
    let sentence = "Gunmen attacked Kunduz and the following day they burned the market.";
    assert!(
        clauses(sentence, &words(sentence))
            .iter()
            .all(|c| !c.earlier)
    );
}

#[test]
fn where_a_withdrawal_went_is_not_its_place() {
    let found =
        events_of("Government troops withdrew from Kunduz towards Mazar-i-Sharif on Monday.");
    assert_eq!(found, [(EventKind::Withdrawal, "Kunduz".to_string())]);
    let found = events_of("On Monday the garrison withdrew towards Mazar-i-Sharif.");
    assert_eq!(found, [(EventKind::Withdrawal, String::new())]);
}

#[test]
fn weapons_listed_as_the_means_of_one_attack_are_one_event() {
    let found = events_of(
        "Militants using drones, artillery and explosive-laden vehicles struck the army camp \
         at Tessit on Sunday.",
    );
    assert_eq!(found.len(), 1, "{found:?}");
    // Not when each weapon has a verb of its own.
    let found = events_of("Drones struck Tessit on Sunday and artillery shelled Ansongo.");
    assert_eq!(found.len(), 2, "{found:?}");
}

#[test]
fn someone_described_as_detained_is_no_arrest_told_here() {
    let found = events_of("The detained man was flown overnight to a prison in Kunduz.");
    assert!(found.is_empty(), "{found:?}");
    let found = events_of("Police detained the man overnight in Kunduz.");
    assert_eq!(found, [(EventKind::Arrest, "Kunduz".to_string())]);
}

#[test]
fn departures_of_boats_and_trains_are_no_withdrawal() {
    let found = events_of("The foreign troops completed their departure from Kunduz on Monday.");
    assert_eq!(found, [(EventKind::Withdrawal, "Kunduz".to_string())]);
    let found =
        events_of("The coast guard in Zuwara said it would curb migrant departures on Monday.");
    assert!(found.is_empty(), "{found:?}");
    // A timetable's departure times are no force leaving.
    let found = events_of(
        "A clerk in Kunduz copied the departure times of supply trains and sent them abroad.",
    );
    assert!(found.is_empty(), "{found:?}");
}

#[test]
fn what_happened_days_before_is_not_dated_by_the_main_clause() {
    // The kidnapping was days before: without a day of its own it is no event of this day.
    let found = mentions_of(
        "Gunmen abducted 30 villagers in Zamfara on Monday, days after a school kidnapping in Kaduna.",
    );
    let kinds: Vec<EventKind> = found.iter().map(|m| m.kind).collect();
    assert_eq!(kinds, [EventKind::Abduction], "{found:?}");
    // With a day of its own, it is one.
    let found = mentions_of(
        "Gunmen abducted 30 villagers in Zamfara on Monday, two days after bandits attacked Kaduna on Saturday.",
    );
    assert_eq!(found.len(), 2, "{found:?}");
    // "Hours after" is the same day or the next: still an event.
    let sentence = "Protesters marched in Goma hours after the shelling.";
    assert!(
        clauses(sentence, &words(sentence))
            .iter()
            .all(|c| !c.another_day)
    );
}

#[test]
fn a_name_given_to_what_happened_is_no_second_event() {
    let found = events_of(
        "Rebels took over the ministries in Aden on Sunday; the government in Riyadh called the step a coup.",
    );
    assert!(
        found.iter().all(|(_, place)| place != "Riyadh"),
        "{found:?}"
    );
    let found = events_of("Residents described the raid on Kunduz on Monday as a massacre.");
    assert!(
        found.iter().all(|(kind, _)| *kind != EventKind::Killing),
        "{found:?}"
    );
    // A coup reported is one.
    let found = events_of("Officers seized power in a coup in Niamey on Wednesday.");
    assert!(!found.is_empty());
}

#[test]
fn took_is_a_capture_only_of_a_place_named_at_once() {
    let found = events_of("The Taliban took Ghazni, the capital of Ghazni province, on Monday.");
    assert_eq!(found, [(EventKind::Capture, "Ghazni".to_string())]);
    for sentence in [
        "Delegates took part in the meeting in Doha on Monday.",
        "Gunmen took them to a house near Kunduz on Monday.",
    ] {
        let found = events_of(sentence);
        assert!(
            found.iter().all(|(kind, _)| *kind != EventKind::Capture),
            "{sentence}: {found:?}"
        );
    }
}

#[test]
fn an_end_of_a_route_gives_way_to_a_place_named_on_its_own() {
    for (sentence, place) in [
        (
            "Engineers defused a mine on the Gao-Ansongo road near Ansongo on Friday.",
            "Ansongo",
        ),
        (
            "A truck struck a mine on the Mopti-Gao road near Douentza on Friday.",
            "Douentza",
        ),
        (
            "A convoy hit a mine on the road between Gao and Ansongo, near Tessit, on Friday.",
            "Tessit",
        ),
        (
            "A bus struck a mine on the road linking Djibo to Dori, near Aribinda, on Friday.",
            "Aribinda",
        ),
    ] {
        assert_eq!(places_of(sentence), [place], "{sentence}");
    }
}

#[test]
fn the_district_on_a_road_between_two_towns_is_the_district() {
    let found = events_of(
        "Commandos retook Dawlatabad district on Tuesday. The district, which lies on the road \
         between Maimana and Andkhoy, fell to the Taliban last month.",
    );
    assert!(
        found.iter().all(|(_, place)| place == "Dowlatābād"),
        "{found:?}"
    );
}

#[test]
fn the_village_is_not_the_end_of_a_route_named_after_it() {
    let sentence = "The ministry showed soldiers raising the flag in Kozacha Lopan, a village on \
                    the railway line to Belgorod, saying the village had been liberated on Sunday.";
    assert_eq!(places_of(sentence), ["Kozacha Lopan"]);
}

#[test]
fn a_district_named_in_a_part_of_its_province_is_the_place() {
    let sentence = "Gunmen killed three farmers in the hills of Salkhad district in southern \
                    Suwayda on Monday.";
    assert_eq!(places_of(sentence), ["Salkhad District"]);
}

#[test]
fn a_unit_after_a_place_and_its_unit_word_encloses_it() {
    for (sentence, place) in [
        (
            "Soldiers retook Harib town, southern Marib, on Monday.",
            "Ḩarīb",
        ),
        (
            "Gunmen attacked a checkpoint in Nihm district, Sanaa, on Monday.",
            "Nihm",
        ),
    ] {
        assert_eq!(places_of(sentence), [place], "{sentence}");
    }
}

#[test]
fn a_circumstance_after_a_clause_without_a_place_tells_where_it_happened() {
    let sentence = "Gunmen shot dead a village elder as he left a mosque in Kandahar on Friday.";
    assert_eq!(places_of(sentence), ["Kandahār"]);
    // A cause is no circumstance: its place is its own event's.
    let sentence = "Gunmen shot dead a village elder because he had spoken in Kandahar.";
    let places = places_of(sentence);
    assert!(!places.contains(&"Kandahār".to_string()), "{places:?}");
}

#[test]
fn a_province_in_parentheses_after_a_district_encloses_it() {
    let sentence =
        "Resistance fighters clashed with Taliban forces in Andarab district (Baghlan) on Friday.";
    assert_eq!(places_of(sentence), ["Andarāb"]);
}

#[test]
fn a_river_named_like_a_town_is_not_the_place() {
    let sentence = "Russian troops withdrew across the Dnipro on Friday.";
    assert_eq!(
        places_of(sentence),
        [""],
        "a withdrawal with no place, not one at the city of Dnipro"
    );
    // Nor is a river a distance is counted from.
    let found = events_of(
        "On Friday officials ordered families in villages within 15 km of the Dnipro to leave, \
         citing constant shelling.",
    );
    assert!(!found.iter().any(|e| e.1 == "Dnipro"), "{found:?}");
}

#[test]
fn occupied_before_a_place_describes_it_and_tells_no_capture() {
    let kinds = |sentence: &str| -> Vec<EventKind> {
        events_of(sentence).into_iter().map(|e| e.0).collect()
    };
    assert_eq!(
        events_of("In occupied Melitopol, a group of men beat a shopkeeper on Saturday."),
        [(EventKind::MobViolence, "Melitopol".to_string())]
    );
    assert_eq!(
        kinds("Soldiers emptied shops in occupied Nova Kakhovka on Friday."),
        [EventKind::Looting]
    );
    // As a verb it is a capture.
    assert_eq!(
        kinds("Russian troops occupied Melitopol on Saturday."),
        [EventKind::Capture]
    );
}

#[test]
fn no_one_killed_is_no_killing() {
    let kinds: Vec<EventKind> =
        events_of("Missiles hit the port of Odesa overnight. Casualties: 0 killed, 2 injured.")
            .into_iter()
            .map(|e| e.0)
            .collect();
    assert!(!kinds.contains(&EventKind::Killing), "{kinds:?}");
    assert!(kinds.contains(&EventKind::Shelling), "{kinds:?}");
}

#[test]
fn each_statement_of_a_sentence_reports_its_own_strike() {
    let found = events_of(
        "Missiles hit power stations across the country on Monday; in Kharkiv a missile struck a bus stop, killing three.",
    );
    assert!(
        found
            .iter()
            .any(|(kind, place)| *kind == EventKind::Shelling && place == "Kharkiv"),
        "{found:?}"
    );
    let tolls: Vec<_> = mentions_of(
        "Missiles hit power stations across Ukraine on Monday; in Kharkiv a missile struck a bus stop, killing three.",
    )
    .into_iter()
    .map(|m| m.casualties.fatalities)
    .collect();
    assert!(tolls.contains(&Some(3)), "{tolls:?}");
    // A statement with no report of its own gives its toll to the sentence's report.
    let tolls: Vec<_> = mentions_of(
        "Militants attacked an army base in Kidal on Monday; seven soldiers were killed.",
    )
    .into_iter()
    .map(|m| m.casualties.fatalities)
    .collect();
    assert_eq!(tolls, [Some(7)]);
    // Without a semicolon, one statement: one strike.
    let found = events_of("Rockets hit Kharkiv and more rockets struck the city at night.");
    let strikes = found
        .iter()
        .filter(|(kind, _)| *kind == EventKind::Shelling);
    assert_eq!(strikes.count(), 1, "{found:?}");
}

#[test]
fn bodies_found_and_gas_dropped_are_their_own_kinds() {
    let kinds = |sentence: &str| -> Vec<EventKind> {
        events_of(sentence).into_iter().map(|e| e.0).collect()
    };
    assert!(
        kinds("The bodies of at least twelve villagers were found near Kupiansk on Sunday.")
            .contains(&EventKind::MassGrave)
    );
    assert!(
        kinds("Gas canisters dropped from a helicopter on two buildings in Douma killed dozens.")
            .contains(&EventKind::ChemicalAttack)
    );
}

#[test]
fn what_someone_is_charged_with_is_no_event() {
    let kinds: Vec<EventKind> = events_of(
        "Police arrested three men suspected of kidnapping a businessman in Kaduna on Monday.",
    )
    .into_iter()
    .map(|e| e.0)
    .collect();
    assert_eq!(kinds, [EventKind::Arrest]);
}

#[test]
fn a_planned_rally_is_no_event() {
    for sentence in [
        "Further protests are planned in Aden next week.",
        "Similar protests were announced for Aden and Taiz on Friday.",
        "A protest scheduled in Taiz on Friday was called off.",
    ] {
        assert_eq!(events_of(sentence), [], "{sentence}");
    }
    // Held, it is one.
    assert!(!events_of("Protests were held in Aden on Friday.").is_empty());
}

#[test]
fn asked_demanded_and_lasting_states_are_no_reports() {
    for sentence in [
        "Officials in Washington did not say whether anyone was killed in the strikes.",
        "Crowds rallied in Niamey on Saturday, demanding that Paris pull out its troops.",
        "The town in Sumy region has been occupied since the first days of the invasion.",
        "The area was occupied by Russian forces until November 2022.",
        "Coalition warplanes were heard over the coast again this week.",
    ] {
        let kinds: Vec<EventKind> = events_of(sentence).into_iter().map(|e| e.0).collect();
        assert!(
            !kinds.iter().any(|k| matches!(
                k,
                EventKind::Killing
                    | EventKind::Withdrawal
                    | EventKind::Capture
                    | EventKind::AirStrike
            )),
            "{sentence}: {kinds:?}"
        );
    }
}

#[test]
fn where_people_fled_and_the_ends_of_a_road_are_not_where_it_happened() {
    let places = places_of(
        "Street fighting hit Lashkar Gah on Monday, and thousands of families have fled to \
         Kandahar and Kabul.",
    );
    assert_eq!(places, ["Lashkar Gāh"]);
    let places = places_of(
        "Police defused a large IED on the Kabul-Kandahar highway in Sayedabad district \
         (Wardak) on Monday.",
    );
    assert_eq!(places, ["Sayyidābād"]);
    // A village spelt with a doubled vowel is the one of its units: Darivka in Khersonskyi
    // raion.
    let places = places_of("A mine exploded near Dariivka (Khersonskyi, Kherson) on Monday.");
    assert_eq!(places, ["Darivka"]);
}

#[test]
fn live_fire_met_is_no_talks_and_a_militia_named_after_a_town_is_no_place() {
    let kinds: Vec<EventKind> = events_of(
        "Protesters blocking a convoy in Tera were met with live fire on Saturday; three died.",
    )
    .into_iter()
    .map(|e| e.0)
    .collect();
    assert!(!kinds.contains(&EventKind::Talks), "{kinds:?}");
    let places =
        places_of("Pyu Saw Htee members shot dead a man at his home in Kyaukse on Sunday.");
    assert_eq!(places, ["Kyaukse"]);
    // Rebels withdrew toward a massif the gazetteer lacks: not a town of the first word's name.
    let found = events_of("CSP rebels pulled out toward the Adrar des Ifoghas on Tuesday.");
    assert!(found.iter().all(|e| e.1.is_empty()), "{found:?}");
}

#[test]
fn a_riot_beside_a_mob_elsewhere_stays_and_a_short_report_s_one_place_holds_its_event() {
    let found = events_of(
        "Protesters in Afrin, Syria, pelted military vehicles with stones on Monday, a day after \
         mobs in Kayseri attacked shops.",
    );
    assert!(
        found.contains(&(EventKind::Riot, "‘Afrīn".to_string())),
        "{found:?}"
    );
    let found = events_of(
        "Funerals filled the streets of Monywa on Monday. Two days earlier, on Saturday, \
         soldiers had opened fire with live rounds on crowds marching against the junta, \
         killing eight.",
    );
    assert_eq!(found, [(EventKind::ProtestCrackdown, "Monywa".to_string())]);
}

#[test]
fn a_killing_across_two_clauses_takes_the_place_of_its_circumstance_and_demining_is_no_blast() {
    let found =
        events_of("Gunmen shot and killed a presenter as he left his home in Kunduz on Monday.");
    assert_eq!(found, [(EventKind::Killing, "Kunduz".to_string())]);
    let found = events_of(
        "On Monday, deminers removed 40 landmines in Al Mukha district (Taiz). No casualties.",
    );
    let kinds: Vec<EventKind> = found.iter().map(|e| e.0).collect();
    assert_eq!(kinds, [EventKind::WeaponsSeizure], "{found:?}");
    let found = events_of("Villagers beat two herders in Pissila on Monday; one died.");
    let kinds: Vec<EventKind> = found.iter().map(|e| e.0).collect();
    assert_eq!(kinds, [EventKind::MobViolence], "{found:?}");
}

#[test]
fn as_after_a_verb_of_describing_opens_no_clause() {
    let sentence =
        "Bodies lay in Solenzo after what rights groups describe as a massacre of residents.";
    assert_eq!(
        clause_texts(sentence),
        [
            "Bodies lay in Solenzo",
            "after what rights groups describe as a massacre of residents."
        ]
    );
}

#[test]
fn a_place_s_history_in_a_relative_clause_does_not_date_the_event() {
    // The year is the town's history: the shelling is of this week, not of 1974.
    let found = events_of(
        "A shell landed on a market in Kyrenia, a port on the part of the island that Turkish \
         troops seized in 1974, killing three traders.",
    );
    assert_eq!(found, [(EventKind::Shelling, "Kyrenia".to_string())]);
    // The relative clause that goes on with the event keeps its year: no event of this week.
    let found = events_of("Rebels attacked Goma, which killed thousands in 2012.");
    assert!(found.is_empty(), "{found:?}");
    // So is a clause with no relative word, opened by its subject after the place.
    let found = events_of(
        "The rebels set up a new headquarters at Kyeintali, the coastal town they took last year.",
    );
    assert!(
        found.contains(&(EventKind::BaseEstablished, "Kyeintali".to_string())),
        "{found:?}"
    );
}

#[test]
fn a_name_given_to_an_event_does_not_absorb_it() {
    let found = events_of(
        "Gunmen killed nine people at a bar in Cali on Sunday, in what the mayor described as a \
         clash between criminal gangs.",
    );
    assert_eq!(found, [(EventKind::Killing, "Cali".to_string())]);
}

#[test]
fn a_name_that_is_a_group_s_is_a_place_before_a_settlement_noun() {
    let found = events_of(
        "On Sunday soldiers raided the Jenin refugee camp and fought gunmen of the Jenin \
         Battalion for hours.",
    );
    assert_eq!(found, [(EventKind::Assault, "Janīn".to_string())]);
    // And so is "the camp" pointing back at it.
    let found = events_of(
        "For years the streets of the Jenin refugee camp have seen raids. On Sunday soldiers \
         fought gunmen of the Jenin Battalion in the camp for hours.",
    );
    assert_eq!(found, [(EventKind::Assault, "Janīn".to_string())]);
}

#[test]
fn armed_men_who_enter_a_village_and_kill_its_people_raid_it() {
    let found = events_of(
        "On Sunday gunmen entered the village of Kumba, burned houses and shot dead eleven \
         residents.",
    );
    let kinds: Vec<EventKind> = found.iter().map(|e| e.0).collect();
    assert!(!kinds.contains(&EventKind::Capture), "{found:?}");
    assert!(kinds.contains(&EventKind::Killing), "{found:?}");
    // Fighting for the village keeps the capture.
    let found = events_of(
        "On Sunday rebels entered the village of Kumba after clashes with soldiers that killed \
         four.",
    );
    assert!(found.iter().any(|e| e.0 == EventKind::Capture), "{found:?}");
}

#[test]
fn residents_who_kill_are_a_mob_and_residents_killed_are_victims() {
    let found =
        events_of("On Sunday residents of Carrefour killed four suspected thieves in the street.");
    assert_eq!(found, [(EventKind::MobViolence, "Carrefour".to_string())]);
    for sentence in [
        "On Sunday gunmen opened fire on residents queuing for water in Carrefour, killing four.",
        "On Sunday soldiers shot residents as they fled Carrefour and killed four.",
        "Residents said on Sunday that two gunmen killed four traders in Carrefour.",
        "On Sunday soldiers and local villagers killed four herders near Carrefour.",
        "Forty villagers were killed on Sunday when gunmen attacked Carrefour.",
    ] {
        let found = events_of(sentence);
        assert!(
            !found.iter().any(|e| e.0 == EventKind::MobViolence),
            "{sentence}: {found:?}"
        );
    }
}

#[test]
fn a_riot_right_after_a_protest_is_where_the_protest_was() {
    let found = events_of(
        "On Sunday thousands of protesters marched through Kisumu demanding fair prices. \
         Protesters later set fire to two government offices and a police car.",
    );
    assert!(
        found.contains(&(EventKind::Riot, "Kisumu".to_string())),
        "{found:?}"
    );
}

#[test]
fn where_travellers_were_going_gives_way_to_the_place_of_another_clause() {
    let found = events_of(
        "On Sunday gunmen stopped two buses at Tora Bora and abducted traders who were travelling \
         home to Jalalabad.",
    );
    assert!(!found.iter().any(|e| e.1 == "Jalalabad"), "{found:?}");
    // With no other place, the destination is the nearest to where it happened.
    let found =
        events_of("On Sunday gunmen ambushed a bus of traders heading to Jalalabad, killing four.");
    assert_eq!(found, [(EventKind::Killing, "Jalālābād".to_string())]);
}

#[test]
fn a_military_strike_that_hits_is_an_air_strike_and_a_decade_after_is_the_past() {
    let found = events_of("A Turkish strike hit a farm near Qamishli on Sunday, killing two.");
    assert_eq!(found, [(EventKind::AirStrike, "Al Qāmishlī".to_string())]);
    let found = events_of(
        "A decade after the kidnapping of the Dapchi schoolgirls, gunmen on Sunday seized 40 \
         pupils in Gusau.",
    );
    assert!(!found.iter().any(|e| e.1 == "Dapchi"), "{found:?}");
}

#[test]
fn a_strike_is_an_air_strike_only_when_a_country_or_an_army_struck() {
    for sentence in [
        "On Sunday the teachers' union strike hit schools in Herat.",
        "On Sunday a Teachers Union strike hit schools in Herat.",
    ] {
        let found = events_of(sentence);
        assert!(
            !found.iter().any(|e| e.0 == EventKind::AirStrike),
            "{sentence}: {found:?}"
        );
    }
    for sentence in [
        "On Sunday a coalition strike hit a wedding party in Herat.",
        "On Sunday an Iranian strike hit a wedding party in Herat.",
    ] {
        let found = events_of(sentence);
        assert_eq!(
            found,
            [(EventKind::AirStrike, "Herāt".to_string())],
            "{sentence}"
        );
    }
}

#[test]
fn the_toll_after_an_as_clause_is_the_main_clause_s() {
    let found = events_of(
        "On Sunday gunmen burned huts in Kumba and shot villagers as they ran out, killing 14.",
    );
    assert!(
        found.contains(&(EventKind::Killing, "Kumba".to_string())),
        "{found:?}"
    );
    // After "when", the toll is the "when" clause's attack, of its own year.
    let found = events_of(
        "The revolt began in 2017 and peaked in March 2021, when rebels attacked Palma, killing \
         dozens.",
    );
    assert!(!found.iter().any(|e| e.1.is_empty()), "{found:?}");
}

#[test]
fn where_the_victims_came_from_gives_way_to_the_place_of_another_clause() {
    let found = events_of(
        "On Sunday gunmen blocked the highway in Musakhel district, Balochistan, and shot dead \
         those from Punjab.",
    );
    assert_eq!(
        found,
        [(EventKind::Killing, "Musa Khel District".to_string())]
    );
    // Nor does "the camp" point back at where people travelled from.
    let found = events_of(
        "On Sunday 5,000 people rallied at a camp in Canberra. Some had travelled from as far \
         away as Perth. Police detained two men near the camp.",
    );
    assert!(!found.iter().any(|e| e.1 == "Perth"), "{found:?}");
}

#[test]
fn pupils_marched_into_the_bush_are_abducted() {
    let found = events_of(
        "On Sunday bandits surrounded a school in Gusau and marched more than 90 pupils into the \
         forest.",
    );
    let kinds: Vec<EventKind> = found.iter().map(|e| e.0).collect();
    assert!(kinds.contains(&EventKind::Abduction), "{found:?}");
    assert!(!kinds.contains(&EventKind::Protest), "{found:?}");
}

#[test]
fn an_event_named_by_its_day_is_the_past_the_news_goes_back_to() {
    let found = mentions_of(
        "Jets bombed a building in Rafah on Sunday. The army said the strike killed a commander \
         it linked to the January 3 attack.",
    );
    let kinds: Vec<EventKind> = found.iter().map(|m| m.kind).collect();
    assert!(
        kinds.iter().all(|k| *k == EventKind::AirStrike),
        "{kinds:?}"
    );
    let january = NaiveDate::from_ymd_opt(2024, 1, 31);
    assert!(
        found
            .iter()
            .all(|m| m.time.is_some_and(|t| Some(t.start) > january)),
        "{found:?}"
    );
}

#[test]
fn a_place_in_what_someone_vowed_in_another_clause_is_not_borrowed() {
    let found = events_of(
        "On Sunday thousands rallied in Taiz against the blockade. The crowd filled the main \
         square, and speakers vowed to fight on until the siege of Hodeidah ends.",
    );
    assert!(!found.iter().any(|e| e.1 == "Al Ḩudaydah"), "{found:?}");
}

#[test]
fn a_court_report_dates_the_event_it_is_about_by_its_own_day() {
    // The hearing is Monday's; the killing it is about, Sunday's.
    assert_eq!(
        days_of(
            EventKind::Killing,
            "A court in Kunduz on Monday ordered two men held over the killing of a teacher in \
             Baghlan on Sunday."
        ),
        [march(10)]
    );
    assert_eq!(
        days_of(
            EventKind::Bombing,
            "A judge in Kabul sentenced a man to death on Monday for the bombing of a bus in \
             Khost on 2 March."
        ),
        [march(2)]
    );
    // A charge told with its day and place is the event; the charge's murder is the shooting.
    assert_eq!(
        events_of(
            "Two men accused of killing a shopkeeper outside Charikar on Sunday evening appeared \
             before a judge in Kabul on Monday."
        ),
        [(EventKind::Killing, "Charikar".to_string())]
    );
    assert_eq!(
        days_of(
            EventKind::Killing,
            "Two students were charged with murder over the shooting of a ward administrator in \
             Thingangyun on Sunday."
        ),
        [march(10)]
    );
    // A charge with no day of its own is no event: not the hearing's day.
    for sentence in [
        "Two men accused of killing a shopkeeper appeared before a judge in Kabul on Monday.",
        "Police arrested three men suspected of kidnapping a businessman in Kabul on Monday.",
    ] {
        assert!(
            days_of(EventKind::Killing, sentence).is_empty()
                && days_of(EventKind::Abduction, sentence).is_empty(),
            "{sentence}"
        );
    }
}

#[test]
fn a_report_pointing_back_takes_the_day_of_the_act_not_of_what_it_is_linked_to() {
    let found = mentions_of(
        "Police arrested the commander in Jalalabad on Monday in connection with the killing of \
         the mayor, whose body was found on 3 March. Two other suspects were detained with him \
         in the city.",
    );
    let days = |kind: EventKind| -> Vec<Option<DateRange>> {
        (found.iter().filter(|m| m.kind == kind))
            .map(|m| m.time)
            .collect()
    };
    assert_eq!(days(EventKind::Killing), [march(3)]);
    assert!(
        days(EventKind::Arrest).iter().all(|day| *day == march(11)),
        "{found:?}"
    );
}

#[test]
fn where_a_video_was_filmed_places_what_it_shows() {
    let place_of = |text: &str, kind: EventKind| -> Vec<String> {
        let g = crate::gazetteer::bundled_for_tests();
        (mentions_of(text).into_iter())
            .filter(|m| m.kind == kind)
            .map(|m| {
                m.place
                    .map_or_else(String::new, |t| g.place(t.place).name.to_string())
            })
            .collect()
    };
    // The sentence that places the video comes after what it shows…
    let after = "Videos filmed on Sunday show at least four large explosions beside a bus. We \
                 matched the mosque and the bridge in the clip to the main road of Charikar.";
    assert_eq!(place_of(after, EventKind::Bombing), ["Charikar"]);
    // …or before.
    let before = "We matched the mosque and the bridge in the clip to the main road of \
                  Charikar. On Sunday a bomb exploded beside a bus.";
    assert_eq!(place_of(before, EventKind::Bombing), ["Charikar"]);
    // A place named without placing a video does not place the report before it.
    let named = "Videos filmed on Sunday show at least four large explosions beside a bus. \
                 The road leads to Charikar.";
    assert_eq!(place_of(named, EventKind::Bombing), [""]);
}

#[test]
fn a_place_of_a_past_month_s_report_is_not_the_town_pointed_back_at() {
    let g = crate::gazetteer::bundled_for_tests();
    let text = "Russian forces stormed Rubizhne on Monday. Officials said last month that the \
                troops had withdrawn from around Kyiv. Residents say the shelling of the town \
                goes on.";
    let shelling: Vec<(String, Option<DateRange>)> = (mentions_of(text).into_iter())
        .filter(|m| m.kind == EventKind::Shelling)
        .map(|m| {
            let place = m.place.map(|t| g.place(t.place).name.to_string());
            (place.unwrap_or_default(), m.time)
        })
        .collect();
    assert_eq!(shelling, [("Rubizhne".to_string(), march(11))]);
}

#[test]
fn an_edict_announced_is_a_change_of_rules() {
    assert_eq!(
        events_of(
            "On Monday the provincial department announced that women in Nuristan may no \
             longer work for aid groups."
        ),
        [(EventKind::OtherDevelopment, "Nuristan".to_string())]
    );
}

//! Tests of the gazetteer against the committed files.

use super::*;

fn gazetteer() -> &'static Gazetteer {
    bundled_for_tests()
}

/// The places a name can be, as (name, country, admin1).
fn places_named(name: &str) -> Vec<(String, String, String, PlaceKind)> {
    let g = gazetteer();
    g.lookup(name)
        .into_iter()
        .map(|m| {
            let p = g.place(m.place);
            (
                p.name.to_string(),
                p.country.to_string(),
                p.admin1.to_string(),
                p.kind,
            )
        })
        .collect()
}

fn has(name: &str, country: &str, admin1: &str, kind: PlaceKind) -> bool {
    places_named(name)
        .iter()
        .any(|(_, c, a, k)| c == country && a == admin1 && *k == kind)
}

#[test]
fn world_coverage_is_loaded() {
    let g = gazetteer();
    assert!(g.len() > 250_000, "{} places", g.len());
    for code in ["AF", "US", "TJ", "IR", "IN"] {
        assert!(g.country(code).is_some(), "{code}");
    }
    assert!(has("Africa", "", "", PlaceKind::Continent));
}

#[test]
fn spellings_of_qala_i_naw_name_the_badghis_capital() {
    for spelling in [
        "Qala-i-Naw",
        "Qala-e-Naw",
        "Qala i Naw",
        "Qal'ah-ye Now",
        "Qala Naw",
        "QALA-I-NAW",
    ] {
        assert!(
            has(spelling, "AF", "02", PlaceKind::Town),
            "{spelling}: {:?}",
            places_named(spelling)
        );
    }
}

#[test]
fn province_spellings_from_different_sources_meet() {
    for (spelling, admin1) in [
        ("Ghor", "09"),
        ("Ghowr", "09"),
        ("Wardak", "27"),
        ("Maidan Wardak", "27"),
        ("Helmand", "10"),
        ("Badghis", "02"),
        ("Badakhshan", "01"),
    ] {
        assert!(
            has(spelling, "AF", admin1, PlaceKind::Admin1),
            "{spelling}: {:?}",
            places_named(spelling)
        );
    }
}

#[test]
fn bagram_is_the_airfield_and_not_bagrami() {
    let bagram = places_named("Bagram");
    assert!(
        bagram
            .iter()
            .any(|(n, _, _, k)| n == "Bagram Airfield" && *k == PlaceKind::Site),
        "{bagram:?}"
    );
    assert!(
        !bagram
            .iter()
            .any(|(n, _, _, _)| n.starts_with("Bagrāmī") || n.starts_with("Bagrami")),
        "{bagram:?}"
    );
}

#[test]
fn khanabad_is_not_a_name_of_taloqan() {
    assert!(has("Taluqan", "AF", "26", PlaceKind::Town));
    assert!(
        !places_named("Khanabad")
            .iter()
            .any(|(n, _, _, _)| n == "Taloqan")
    );
}

#[test]
fn faizabad_can_be_the_badakhshan_capital() {
    assert!(
        has("Faizabad", "AF", "01", PlaceKind::Town),
        "{:?}",
        places_named("Faizabad")
    );
    assert!(
        has("Kandahar", "IN", "16", PlaceKind::Town)
            || places_named("Kandahar")
                .iter()
                .any(|(_, c, _, _)| c == "IN")
    );
}

#[test]
fn misspellings_are_found_within_the_story_country_only() {
    let g = gazetteer();
    let found = g.fuzzy_matches(&name_key("Lashkah Gar"), &["AF"]);
    assert!(
        found
            .iter()
            .any(|(m, d)| g.place(m.place).name.starts_with("Lashkar") && *d == 2),
        "{found:?}"
    );
    assert!(
        g.fuzzy_matches(&name_key("Lashkah Gar"), &["US"])
            .is_empty()
    );
    // Short words get no search at all: too many towns are a letter away.
    assert!(g.fuzzy_matches("kabl", &["AF"]).is_empty());
    // French spellings are written the English way: "Chindand" is Shindand.
    let found = g.fuzzy_matches(&name_key("Chindand"), &["AF"]);
    assert!(
        found
            .iter()
            .any(|(m, _)| g.place(m.place).name == "Shīnḏanḏ"),
        "{found:?}"
    );
    assert!(g.fuzzy_matches(&name_key("Chindand"), &["SY"]).is_empty());
    // The Levant's names keep their French "ou": "Kfarchouba" is Kfar Shouba, a village.
    let found = g.fuzzy_matches(&name_key("Kfarchouba"), &["LB"]);
    assert!(
        found
            .iter()
            .any(|(m, _)| g.place(m.place).name == "Kfar Shouba"),
        "{found:?}"
    );
}

#[test]
fn full_names_carry_province_and_country() {
    let g = gazetteer();
    let qala = g.lookup("Qala-i-Naw")[0].place;
    assert_eq!(g.full_name(qala), "Qala i Naw, Badghis, Afghanistan");
}

#[test]
fn abbreviations_and_acronyms_are_known() {
    let g = gazetteer();
    assert!(g.is_abbreviation("Tenn."));
    assert!(!g.is_abbreviation("UK."));
    assert!(g.is_acronym("us") && g.is_acronym("nsw"));
    assert!(!g.is_acronym("hiv"));
    assert!(g.is_common_word("buffalo") && !g.is_common_word("kabul"));
}

#[test]
fn a_broken_user_gazetteer_is_reported_with_its_line() {
    let header = SUPPLEMENT_HEADER;
    assert!(parse_supplement("name\tlat\n").is_err_and(|(line, _)| line == 1));
    let bad_latitude = format!("{header}\nCamp X\t\tsite\t123\t65\tAF\t\t0\t\tmy notes\n");
    let (line, reason) = parse_supplement(&bad_latitude).expect_err("latitude 123 is invalid");
    assert_eq!(line, 2);
    assert_eq!(reason, RowError::BadCoordinate("123".into()));
    let short = format!("# my places\n{header}\nCamp X\tsite\n");
    assert!(parse_supplement(&short).is_err_and(|(line, _)| line == 3));
}

#[test]
fn a_user_gazetteer_adds_places_and_names() {
    let text = format!(
        "{SUPPLEMENT_HEADER}\nCamp Example\tExample Base|Ex Camp\tsite\t34.5\t69.1\tAF\t13\t0\t\tmy notes\n"
    );
    let rows = parse_supplement(&text).expect("valid file");
    let base = gazetteer();
    let mut g = Gazetteer::from_parts(
        base.places.clone(),
        index::NameIndex::new(String::new()).expect("empty index"),
    );
    let unmatched = g.add_rows(rows);
    assert!(unmatched.is_empty());
    let found = g.lookup("Ex Camp");
    assert_eq!(found.len(), 1);
    assert_eq!(g.place(found[0].place).kind, PlaceKind::Site);
    let unknown = parse_supplement(&format!(
        "{SUPPLEMENT_HEADER}\nX\t\ttown\t0\t0\tAF\t\t0\t999999999\tnotes\n"
    ))
    .expect("valid row");
    assert_eq!(
        g.add_rows(unknown).len(),
        1,
        "a row naming no GeoNames place is handed back"
    );
}

#[test]
fn a_row_without_a_geonameid_names_the_district_of_its_province_and_name() {
    let district = |admin1: &str| Place {
        geonameid: 0,
        kind: PlaceKind::Admin2,
        name: "Dand".into(),
        lat: 31.5,
        lon: 65.7,
        country: "AF".into(),
        admin1: admin1.into(),
        admin2: "X1".into(),
        population: 0,
    };
    // Two districts of the same name in two provinces, the first indexed under its name.
    let names = format!("{}\t0p,1p\n", name_key("Dand"));
    let mut g = Gazetteer::from_parts(
        vec![district("23"), district("24")],
        index::NameIndex::new(names).expect("one line"),
    );
    let rows = parse_supplement(&format!(
        "{SUPPLEMENT_HEADER}\nDand\tDand-e Kandahar\tdistrict\t0\t0\tAF\t24\t0\t\tnotes\n\
         Dand\tDand-e Paktia\tdistrict\t0\t0\tAF\t13\t0\t\tnotes\n"
    ))
    .expect("valid rows");
    assert!(g.add_rows(rows).is_empty());
    let ids = |name: &str| -> Vec<u32> { g.lookup(name).iter().map(|m| m.place.0).collect() };
    assert_eq!(ids("Dand-e Kandahar"), [1], "the district of province 24");
    assert_eq!(
        ids("Dand-e Paktia"),
        [2],
        "no district of province 13: a new place"
    );
    assert_eq!(g.place(PlaceId(2)).admin1, "13");
}

#[test]
fn a_missing_gazetteer_folder_is_an_error_not_a_panic() {
    let error = Gazetteer::load(std::path::Path::new("/nonexistent/gazetteer"))
        .err()
        .expect("must fail");
    assert!(error.to_string().contains("gazetteer"), "{error}");
}

#[test]
fn a_click_picks_the_largest_town_near_it_or_the_nearest_town() {
    let g = gazetteer();
    let name = |id: Option<PlaceId>| {
        id.map(|id| (g.place(id).name.as_str(), g.place(id).country.as_str()))
    };
    // A click on Injīl, a village by Herat, with a reach of 0.1°: the city.
    assert_eq!(name(g.town_near(34.30, 62.245, 0.1)), Some(("Herāt", "AF")));
    // With no reach, the nearest town, whatever its size.
    assert_eq!(name(g.town_near(34.30, 62.245, 0.0)), Some(("Injīl", "AF")));
}

#[test]
fn the_cached_binary_form_loads_the_same_gazetteer_as_the_files() {
    let cache =
        std::env::temp_dir().join(format!("newsmap-gazetteer-cache-{}", std::process::id()));
    let dir = default_dir();
    let from_files = Gazetteer::load_with_cache(&dir, None).expect("the committed files");
    // The first load writes the cached form, the second reads it.
    let writing = Gazetteer::load_with_cache(&dir, Some(&cache)).expect("a load that caches");
    let cached = Gazetteer::load_with_cache(&dir, Some(&cache)).expect("a cached load");
    let written: Vec<_> = std::fs::read_dir(&cache).unwrap().flatten().collect();
    assert_eq!(written.len(), 1, "one cached form, no temporary file left");
    for g in [&writing, &cached] {
        assert_eq!(g.len(), from_files.len());
        assert_eq!(g.checksum(), from_files.checksum());
        assert!(
            (0..g.len() as u32).all(|i| g.place(PlaceId(i)) == from_files.place(PlaceId(i))),
            "every place the same"
        );
        for name in [
            "Qala-e-Naw",
            "Lashkar Gah",
            "Kyiv",
            "Deir ez-Zor",
            "Paris",
            "Bagram",
        ] {
            assert_eq!(g.lookup(name), from_files.lookup(name), "{name}");
        }
    }
    std::fs::remove_dir_all(&cache).unwrap();
}

#[test]
fn somali_places_answer_to_their_english_spellings() {
    for (written, name) in [
        ("El Dher", "Ceeldheer"),
        ("El Dheer", "Ceeldheer"),
        ("Harardhere", "Xarardheere"),
    ] {
        let g = gazetteer();
        let found: Vec<&str> = (g.lookup(written).into_iter())
            .map(|m| g.place(m.place))
            .filter(|p| p.country == "SO")
            .map(|p| p.name.as_str())
            .collect();
        assert!(found.contains(&name), "{written}: {found:?}");
    }
    assert_eq!(
        name_key(&anglicised_somali("Laas Caanood", false)),
        "lasanod"
    );
    assert_eq!(
        name_key(&anglicised_somali("Dhuusamarreeb", false)),
        "dhusamareb"
    );
    assert_eq!(name_key(&anglicised_somali("Ceel Buur", true)), "elbuur");
}

#[test]
fn a_province_lies_among_its_towns_and_keeps_its_own_names() {
    // Natural Earth's codes for France's regions, the Philippines' and Vietnam's provinces
    // name other units: Île-de-France had been put in Aude, Central Luzon on Mindanao.
    let g = gazetteer();
    let place = |name: &str, country: &str, kind: PlaceKind| {
        g.lookup(name)
            .into_iter()
            .map(|m| g.place(m.place))
            .find(|p| p.country == country && p.kind == kind)
            .unwrap_or_else(|| panic!("{name} in {country}"))
    };
    for (province, country, town) in [
        ("Île-de-France", "FR", "Paris"),
        ("Central Luzon", "PH", "Angeles City"),
        ("Hanoi", "VN", "Hanoi"),
    ] {
        let (p, t) = (
            place(province, country, PlaceKind::Admin1),
            place(town, country, PlaceKind::Town),
        );
        let km = crate::geography::haversine_km(p.lat, p.lon, t.lat, t.lon);
        assert!(km < 150.0, "{province} is {km:.0} km from {town}");
    }
    assert!(
        !places_named("Aude")
            .iter()
            .any(|(n, _, _, _)| n == "Île-de-France")
    );
}

#[test]
fn the_gazetteer_knows_the_capitals() {
    let g = gazetteer();
    let capital = |country: &str| {
        g.capital_of(country)
            .map(|id| (g.place(id).name.as_str(), g.place(id).kind))
    };
    assert_eq!(capital("NE"), Some(("Niamey", PlaceKind::Town)));
    assert_eq!(capital("AF"), Some(("Kabul", PlaceKind::Town)));
    let washington = g.capital_of("US").map(|id| g.place(id));
    assert_eq!(washington.map(|p| p.admin1.as_str()), Some("DC"));
    assert_eq!(capital("XX"), None);
}

#[test]
fn a_unit_of_a_short_native_name_answers_to_it_with_the_english_unit_word() {
    let g = gazetteer();
    let units = |name: &str| -> Vec<String> {
        (g.lookup(name).iter())
            .map(|m| g.place(m.place))
            .filter(|p| p.kind == PlaceKind::Admin2)
            .map(|p| format!("{} ({})", p.name, p.country))
            .collect()
    };
    assert_eq!(units("Mok district"), ["Muang Mok (LA)"]);
    assert_eq!(units("Pai district"), ["Amphoe Pai (TH)"]);
    // Too short a name to stand alone.
    assert!(units("Mok").is_empty());
}

#[test]
fn kazakhstan_s_zh_names_answer_to_their_kazakh_latin_j_spellings() {
    let g = gazetteer();
    let names = |name: &str| -> Vec<String> {
        (g.lookup(name).iter())
            .map(|m| g.place(m.place))
            .filter(|p| p.country == "KZ")
            .map(|p| p.name.to_string())
            .collect()
    };
    assert!(
        names("Janaozen").contains(&"Zhanaozen".to_string()),
        "{:?}",
        names("Janaozen")
    );
    // Only Kazakhstan's: China's Zhuhai is no "Juhai".
    assert!(g.lookup("Juhai").is_empty(), "{:?}", g.lookup("Juhai"));
}

#[test]
fn a_demonym_among_a_country_s_alternate_spellings_is_its_demonym() {
    let g = gazetteer();
    for (demonym, country) in [("Thai", "TH"), ("Togolese", "TG")] {
        let found = g.lookup(demonym);
        assert!(
            found.iter().any(|m| m.role == NameRole::Demonym
                && g.place(m.place).kind == PlaceKind::Country
                && g.place(m.place).country == country),
            "{demonym}: {found:?}"
        );
    }
}

#[test]
fn ukrainian_towns_are_found_under_the_official_romanisation_too() {
    let g = bundled_for_tests();
    for (official, gazetteer_name) in [
        ("Vysokopillia", "Vysokopillya"),
        ("Kostiantynivka", "Kostyantynivka"),
    ] {
        assert!(
            (g.lookup(official).iter()).any(|m| g.place(m.place).name == gazetteer_name),
            "{official}"
        );
    }
}

#[test]
fn a_district_of_two_joined_names_answers_to_the_first() {
    let g = bundled_for_tests();
    for (short, district) in [
        ("Shigal", "Shīgal wa Shêltan"),
        ("Kitaf", "Kitaf wa Al Boqe'e"),
    ] {
        assert!(
            (g.lookup(short).iter()).any(|m| {
                let place = g.place(m.place);
                place.name == district && place.kind == PlaceKind::Admin2
            }),
            "{short}"
        );
    }
    // Not one led by the article: villages bear such names.
    assert!(
        (g.lookup("Al Madaribah").iter())
            .all(|m| g.place(m.place).name != "Al Madaribah Wa Al Arah")
    );
}

#[test]
fn towns_of_north_east_syria_answer_to_their_kurdish_names() {
    let g = bundled_for_tests();
    for (kurdish, gazetteer_name) in [
        ("Qamişlo", "Al Qāmishlī"),
        ("Serêkaniyê", "Ra’s al ‘Ayn"),
        ("Dirbêsiyê", "Ad Darbāsīyah"),
        ("Efrîn", "‘Afrīn"),
    ] {
        assert!(
            (g.lookup(kurdish).iter()).any(|m| g.place(m.place).name == gazetteer_name),
            "{kurdish}"
        );
    }
}

#[test]
fn a_district_beside_its_town_s_urban_district_answers_to_rural() {
    let g = gazetteer();
    let districts = |name: &str| -> Vec<String> {
        (g.lookup(name).iter())
            .map(|m| g.place(m.place))
            .filter(|p| p.kind == PlaceKind::Admin2)
            .map(|p| p.name.to_string())
            .collect()
    };
    assert_eq!(districts("Sumbawanga Rural"), ["Sumbawanga"]);
    // Only beside an urban one: no "Kigali Rural".
    assert!(districts("Gasabo Rural").is_empty());
}

#[test]
fn uzbekistan_s_places_answer_to_their_russian_based_spellings() {
    let g = gazetteer();
    let names = |name: &str| -> Vec<String> {
        (g.lookup(name).iter())
            .map(|m| g.place(m.place))
            .filter(|p| p.country == "UZ")
            .map(|p| p.name.to_string())
            .collect()
    };
    // Q as K, the Uzbek O as A, the unit word dropped.
    assert!(
        names("Chirakchi")
            .iter()
            .any(|n| n.starts_with("Chiroqchi"))
    );
    assert!(names("Guzar").iter().any(|n| n.starts_with("G‘uzor")));
    assert!(names("Yakkabag").iter().any(|n| n.starts_with("Yakkabog‘")));
}

//! The two real scraped seed articles of `../shared/seeds` (developer machines and CI only; each
//! test says it is skipped, and passes, when they are absent): every trap their README lists is
//! checked on the surface form as the seed writes it, at every place the seed writes it. No seed
//! text is copied here; the files are read at test time.

use std::sync::OnceLock;

use newsmap::articles::{Article, DropReason, ReadOptions, read_file};
use newsmap::gazetteer::{Place, PlaceKind};

use crate::common::{assert_each_mention_resolves, assert_never_a_place, shared_file};

/// The Daily Mail article of 2021-07-07.
const DAILY_MAIL: &str = "004_5839e48a8eb728bb.txt";
/// The Sun article of about 2021-07-14.
const THE_SUN: &str = "000_ad18ad45d80c0fe5.txt";

/// The two seed articles, read once with the library; `None` (after saying that `test` is
/// skipped) when `../shared/seeds` is absent.
fn seeds(test: &str) -> Option<&'static [Article]> {
    static SEEDS: OnceLock<Vec<Article>> = OnceLock::new();
    let folder = shared_file(test, "seeds")?;
    let articles = SEEDS.get_or_init(|| {
        [DAILY_MAIL, THE_SUN]
            .iter()
            .flat_map(|name| {
                read_file(&folder.join(name), name, &ReadOptions::default())
                    .unwrap_or_else(|problem| panic!("cannot read seed {name}: {problem}"))
            })
            .collect()
    });
    Some(articles)
}

/// The seed with this file name.
fn seed<'a>(seeds: &'a [Article], name: &str) -> &'a Article {
    seeds
        .iter()
        .find(|article| article.key == name)
        .unwrap_or_else(|| panic!("seed {name} not read"))
}

/// Whether `place` is a town in this Afghan province (GeoNames admin1 code).
fn afghan_town_in(place: &Place, admin1: &str) -> bool {
    place.kind == PlaceKind::Town && place.country == "AF" && place.admin1 == admin1
}

/// Whether `place` is this Afghan province.
fn afghan_province(place: &Place, admin1: &str) -> bool {
    place.kind == PlaceKind::Admin1 && place.country == "AF" && place.admin1 == admin1
}

/// Checks every mention of `surface` in both seeds, or says the test is skipped.
fn check(test: &str, surface: &str, what: &str, expected: impl Fn(&Place) -> bool) {
    if let Some(seeds) = seeds(test) {
        assert_each_mention_resolves(seeds, surface, what, expected);
    }
}

#[test]
fn seeds_are_read_whole_and_undated() {
    let Some(seeds) = seeds("seeds_are_read_whole_and_undated") else {
        return;
    };
    assert_eq!(seeds.len(), 2);
    for article in seeds {
        // The file names carry no date, and "on March 2, 2020" in a caption dates a photo.
        assert_eq!(article.published, None, "{} has no date", article.key);
        assert!(
            article.body_bytes() > 3000,
            "{}: only {} bytes kept",
            article.key,
            article.body_bytes()
        );
    }
}

#[test]
fn seed_captions_repeated_by_the_scraper_are_read_once() {
    let Some(seeds) = seeds("seed_captions_repeated_by_the_scraper_are_read_once") else {
        return;
    };
    let article = seed(seeds, DAILY_MAIL);
    let collapse = |line: &str| line.split_whitespace().collect::<Vec<_>>().join(" ");
    let mut seen = std::collections::HashSet::new();
    let repeats = article
        .text
        .lines()
        .map(collapse)
        .filter(|line| !line.is_empty() && !seen.insert(line.clone()))
        .count();
    assert!(
        repeats >= 5,
        "the Daily Mail seed repeats its captions ({repeats} repeats)"
    );
    let kept: Vec<String> = article
        .kept_text()
        .map(|(_, line)| collapse(line))
        .collect();
    let unique: std::collections::HashSet<&String> = kept.iter().collect();
    assert_eq!(unique.len(), kept.len(), "a line is kept twice");
    let dropped_as_repeats = article
        .dropped
        .iter()
        .filter(|(_, reason)| *reason == DropReason::RepeatedLine)
        .count();
    assert_eq!(dropped_as_repeats, repeats);
}

#[test]
fn bagram_in_the_seeds_is_the_airfield_not_bagrami() {
    check(
        "bagram_in_the_seeds_is_the_airfield_not_bagrami",
        "Bagram",
        "Bagram Airfield (a site in Parwan, AF.40)",
        |place| {
            place.name == "Bagram Airfield"
                && place.kind == PlaceKind::Site
                && place.country == "AF"
                && place.admin1 == "40"
        },
    );
}

#[test]
fn faizabad_in_the_seeds_is_the_capital_of_badakhshan() {
    check(
        "faizabad_in_the_seeds_is_the_capital_of_badakhshan",
        "Faizabad",
        "the town in Badakhshan (AF.01)",
        |place| afghan_town_in(place, "01"),
    );
}

#[test]
fn taluqan_in_the_seeds_is_taloqan_not_khanabad() {
    check(
        "taluqan_in_the_seeds_is_taloqan_not_khanabad",
        "Taluqan",
        "Taloqan, the town in Takhar (AF.26)",
        |place| afghan_town_in(place, "26"),
    );
}

#[test]
fn lashkah_gar_in_the_seeds_is_lashkar_gah() {
    check(
        "lashkah_gar_in_the_seeds_is_lashkar_gah",
        "Lashkah Gar",
        "Lashkar Gah, the town in Helmand (AF.10)",
        |place| afghan_town_in(place, "10"),
    );
}

#[test]
fn kandahar_in_the_seeds_is_the_afghan_one_even_when_put_in_helmand() {
    check(
        "kandahar_in_the_seeds_is_the_afghan_one_even_when_put_in_helmand",
        "Kandahar",
        "Kandahar city or province (AF.23)",
        |place| place.country == "AF" && place.admin1 == "23",
    );
}

#[test]
fn qala_i_naw_in_the_seeds_is_the_capital_of_badghis_in_either_spelling() {
    let Some(seeds) = seeds("qala_i_naw_in_the_seeds_is_the_capital_of_badghis_in_either_spelling")
    else {
        return;
    };
    for surface in ["Qala-i-Naw", "Qala-e-Naw"] {
        assert_each_mention_resolves(seeds, surface, "the town in Badghis (AF.02)", |place| {
            afghan_town_in(place, "02")
        });
    }
}

#[test]
fn pul_e_khumri_in_the_seeds_is_the_capital_of_baghlan() {
    check(
        "pul_e_khumri_in_the_seeds_is_the_capital_of_baghlan",
        "Pul-e-Khumri",
        "the town in Baghlan (AF.03)",
        |place| afghan_town_in(place, "03"),
    );
}

#[test]
fn ghazni_in_the_seeds_is_the_town() {
    check(
        "ghazni_in_the_seeds_is_the_town",
        "Ghazni",
        "the town in Ghazni province (AF.08)",
        |place| afghan_town_in(place, "08"),
    );
}

#[test]
fn wardak_in_the_seeds_is_the_province() {
    check(
        "wardak_in_the_seeds_is_the_province",
        "Wardak",
        "the province of (Maidan) Wardak (AF.27)",
        |place| afghan_province(place, "27"),
    );
}

#[test]
fn tehran_in_the_seeds_is_in_iran() {
    check(
        "tehran_in_the_seeds_is_in_iran",
        "Tehran",
        "in Iran",
        |place| place.country == "IR",
    );
}

#[test]
fn tajikistan_in_the_seeds_is_the_country() {
    check(
        "tajikistan_in_the_seeds_is_the_country",
        "Tajikistan",
        "the country Tajikistan",
        |place| place.kind == PlaceKind::Country && place.country == "TJ",
    );
}

#[test]
fn badakhshan_badghis_helmand_and_ghor_in_the_seeds_are_provinces() {
    let Some(seeds) = seeds("badakhshan_badghis_helmand_and_ghor_in_the_seeds_are_provinces")
    else {
        return;
    };
    for (surface, admin1) in [
        ("Badakhshan", "01"),
        ("Badghis", "02"),
        ("Helmand", "10"),
        ("Ghor", "09"),
    ] {
        let what = format!("the province AF.{admin1}");
        assert_each_mention_resolves(seeds, surface, &what, |place| {
            afghan_province(place, admin1)
        });
    }
}

#[test]
fn tolo_news_cnn_and_middle_eastern_in_the_seeds_are_not_places() {
    let Some(seeds) = seeds("tolo_news_cnn_and_middle_eastern_in_the_seeds_are_not_places") else {
        return;
    };
    for surface in ["Tolo News", "CNN", "Middle Eastern"] {
        assert_never_a_place(seeds, surface);
    }
}

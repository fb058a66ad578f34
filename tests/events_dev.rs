//! Event extraction on the development reports of `tests/data/` (invented reports from several
//! wars, with ACLED gold), scored as `newsmap eval-events` scores them. The floors sit a little
//! under what the extractor reaches, so that a change that loses events or adds false ones fails.

use newsmap::eval::events::{EventScores, GoldReport, read_jsonl, score_reports};

use crate::common::geoparser;

fn scores_of(file: &str) -> EventScores {
    let path = format!("{}/tests/data/{file}", env!("CARGO_MANIFEST_DIR"));
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    let reports: Vec<GoldReport> = read_jsonl(&text).unwrap_or_else(|e| panic!("{path}: {e}"));
    let (total, _, _) = score_reports(&geoparser(), &reports);
    total
}

fn ratio(count: usize, scores: &EventScores) -> f64 {
    count as f64 / scores.rows.max(1) as f64
}

/// The least a set's scores may be: reports, found, kind_ok; and the most: off and none per
/// report.
struct Floors {
    rows: usize,
    found: f64,
    kind_ok: f64,
    off: f64,
    none: f64,
}

/// Scores `file` and checks it against `floors`; returns the scores for further checks.
fn assert_floors(file: &str, floors: Floors) -> EventScores {
    let scores = scores_of(file);
    let line = scores.line();
    assert!(scores.rows >= floors.rows, "{file}: {line}");
    assert!(
        ratio(scores.found, &scores) >= floors.found,
        "{file}: {line}"
    );
    assert!(
        ratio(scores.kind_ok, &scores) >= floors.kind_ok,
        "{file}: {line}"
    );
    assert!(ratio(scores.off, &scores) <= floors.off, "{file}: {line}");
    assert!(ratio(scores.none, &scores) <= floors.none, "{file}: {line}");
    scores
}

/// Checks that at most `max` of the placed events lie more than 500 km from the gold place.
fn assert_few_far(scores: &EventScores, max: f64) {
    let far = scores.far as f64 / scores.placed.max(1) as f64;
    assert!(far <= max, "{}", scores.line());
}

#[test]
fn most_development_reports_give_their_event_at_its_place_and_date() {
    let scores = assert_floors(
        "events-dev.jsonl",
        Floors {
            rows: 301,
            found: 0.85,
            kind_ok: 0.82,
            off: 0.10,
            none: 0.05,
        },
    );
    // Each war's reports are read as one folder: few events land in another country.
    assert_few_far(&scores, 0.03);
}

#[test]
fn reports_from_other_wars_in_other_styles_give_most_of_their_events() {
    // Written blind by a helper (see tests/data/README.md); found 0.773 when first scored.
    assert_floors(
        "events-blind.jsonl",
        Floors {
            rows: 150,
            found: 0.76,
            kind_ok: 0.74,
            off: 0.18,
            none: 0.08,
        },
    );
}

#[test]
fn reports_from_the_six_wars_written_blind_give_most_of_their_events() {
    // Written blind by a helper (see tests/data/README.md); found 0.878 when first scored.
    assert_floors(
        "events-blind2.jsonl",
        Floors {
            rows: 180,
            found: 0.85,
            kind_ok: 0.80,
            off: 0.15,
            none: 0.05,
        },
    );
}

#[test]
fn a_third_blind_set_from_the_six_wars_gives_most_of_its_events() {
    // Written blind by a helper (see tests/data/README.md); found 0.856 when first scored.
    assert_floors(
        "events-blind3.jsonl",
        Floors {
            rows: 180,
            found: 0.83,
            kind_ok: 0.75,
            off: 0.15,
            none: 0.08,
        },
    );
}

#[test]
fn a_fourth_blind_set_from_the_six_wars_gives_most_of_its_events() {
    // Written blind by two helpers (see tests/data/README.md); found 0.822 when first scored.
    assert_floors(
        "events-blind4.jsonl",
        Floors {
            rows: 180,
            found: 0.94,
            kind_ok: 0.92,
            off: 0.12,
            none: 0.03,
        },
    );
}

#[test]
fn a_fifth_blind_set_from_the_six_wars_gives_most_of_its_events() {
    // Written blind by two helpers (see tests/data/README.md); found 0.917 when first scored.
    assert_floors(
        "events-blind5.jsonl",
        Floors {
            rows: 180,
            found: 0.91,
            kind_ok: 0.87,
            off: 0.08,
            none: 0.05,
        },
    );
}

#[test]
fn a_tenth_blind_set_places_few_events_in_another_country() {
    // Written blind by a helper (see tests/data/README.md); found 0.900 and far 0.041 when
    // first scored.
    let scores = assert_floors(
        "events-blind10.jsonl",
        Floors {
            rows: 120,
            found: 0.89,
            kind_ok: 0.89,
            off: 0.20,
            none: 0.03,
        },
    );
    assert_few_far(&scores, 0.03);
}

#[test]
fn an_eleventh_blind_set_places_few_events_in_another_country() {
    // Written blind by a helper (see tests/data/README.md); found 0.892 and far 0.026 when
    // first scored.
    let scores = assert_floors(
        "events-blind11.jsonl",
        Floors {
            rows: 120,
            found: 0.88,
            kind_ok: 0.82,
            off: 0.16,
            none: 0.04,
        },
    );
    assert_few_far(&scores, 0.03);
}

#[test]
fn a_twelfth_blind_set_places_few_events_in_another_country() {
    // Written blind by a helper (see tests/data/README.md); found 0.875, off 0.258 and far
    // 0.040 when first scored.
    let scores = assert_floors(
        "events-blind12.jsonl",
        Floors {
            rows: 120,
            found: 0.88,
            kind_ok: 0.85,
            off: 0.24,
            none: 0.05,
        },
    );
    assert_few_far(&scores, 0.02);
}

#[test]
fn a_thirteenth_blind_set_places_few_events_in_another_country() {
    // Written blind by a helper (see tests/data/README.md); found 0.900, off 0.317 and far
    // 0.022 when first scored.
    let scores = assert_floors(
        "events-blind13.jsonl",
        Floors {
            rows: 120,
            found: 0.89,
            kind_ok: 0.85,
            off: 0.33,
            none: 0.03,
        },
    );
    assert_few_far(&scores, 0.025);
}

#[test]
fn a_fourteenth_blind_set_places_few_events_in_another_country() {
    // Written blind by a helper (see tests/data/README.md); found 0.890, off 0.170 and far
    // 0.000 when first scored.
    let scores = assert_floors(
        "events-blind14.jsonl",
        Floors {
            rows: 100,
            found: 0.87,
            kind_ok: 0.82,
            off: 0.19,
            none: 0.06,
        },
    );
    assert_few_far(&scores, 0.02);
}

#[test]
fn a_fifteenth_blind_set_places_few_events_in_another_country() {
    // Written blind by a helper (see tests/data/README.md); found 0.870, off 0.300 and far
    // 0.033 when first scored.
    let scores = assert_floors(
        "events-blind15.jsonl",
        Floors {
            rows: 100,
            found: 0.88,
            kind_ok: 0.85,
            off: 0.28,
            none: 0.03,
        },
    );
    assert_few_far(&scores, 0.03);
}

#[test]
fn a_sixteenth_blind_set_of_long_stories_places_fewer_events_abroad() {
    // Written blind by a helper (see tests/data/README.md): long wire stories whose lead is
    // told with background, reactions and talks abroad. Found 0.930, off 1.960 and far 0.152
    // when first scored.
    let scores = assert_floors(
        "events-blind16.jsonl",
        Floors {
            rows: 100,
            found: 0.91,
            kind_ok: 0.85,
            off: 1.60,
            none: 0.01,
        },
    );
    assert_few_far(&scores, 0.08);
}

#[test]
fn a_seventeenth_blind_set_scored_once_before_any_rule_was_taken_from_it() {
    // Written blind by a helper (see tests/data/README.md) and scored first at 2077479: found
    // 0.890, kind_ok 0.860, off 0.230, far 0.036 (the session's first binary, b60dd63: found
    // 0.900, kind_ok 0.850, off 0.220, far 0.036).
    let scores = assert_floors(
        "events-blind17.jsonl",
        Floors {
            rows: 100,
            found: 0.87,
            kind_ok: 0.84,
            off: 0.24,
            none: 0.01,
        },
    );
    assert_few_far(&scores, 0.035);
}

#[test]
fn an_eighteenth_blind_set_of_events_told_away_from_the_first_place() {
    // Written blind by a helper (see tests/data/README.md) and scored first with fc52373:
    // found 0.870, kind_ok 0.810, off 0.630, far 0.046.
    let scores = assert_floors(
        "events-blind18.jsonl",
        Floors {
            rows: 100,
            found: 0.90,
            kind_ok: 0.84,
            off: 0.46,
            none: 0.03,
        },
    );
    assert_few_far(&scores, 0.02);
}

#[test]
fn a_nineteenth_blind_set_of_reports_that_do_not_name_their_country() {
    // Written blind by a helper (see tests/data/README.md) and scored first with 6a8a43e:
    // found 0.840, kind_ok 0.810, off 0.200, far 0.032.
    let scores = assert_floors(
        "events-blind19.jsonl",
        Floors {
            rows: 100,
            found: 0.83,
            kind_ok: 0.80,
            off: 0.24,
            none: 0.05,
        },
    );
    assert_few_far(&scores, 0.04);
}

#[test]
fn a_twentieth_blind_set_of_long_wire_stories() {
    // Written blind by a helper (see tests/data/README.md) and scored first with eef4d1d:
    // found 0.910, kind_ok 0.880, off 1.590, far 0.095.
    let scores = assert_floors(
        "events-blind20.jsonl",
        Floors {
            rows: 100,
            found: 0.90,
            kind_ok: 0.87,
            off: 1.6,
            none: 0.03,
        },
    );
    assert_few_far(&scores, 0.06);
}

#[test]
fn a_twenty_first_blind_set_of_mixed_formats() {
    // Written blind by a helper (see tests/data/README.md) and scored first with eef4d1d:
    // found 0.870, kind_ok 0.820, off 0.820, far 0.028.
    let scores = assert_floors(
        "events-blind21.jsonl",
        Floors {
            rows: 100,
            found: 0.86,
            kind_ok: 0.81,
            off: 0.95,
            none: 0.03,
        },
    );
    assert_few_far(&scores, 0.04);
}

#[test]
fn a_twenty_second_blind_set_of_local_outlets_of_the_six_wars() {
    // Written blind by a helper (see tests/data/README.md) and scored first with cfeca49:
    // found 0.870, kind_ok 0.840, off 0.570, far 0.015.
    let scores = assert_floors(
        "events-blind22.jsonl",
        Floors {
            rows: 100,
            found: 0.91,
            kind_ok: 0.89,
            off: 0.5,
            none: 0.01,
        },
    );
    assert_few_far(&scores, 0.02);
}

#[test]
fn a_twenty_third_blind_set_of_releases_live_blogs_and_bulletins() {
    // Written blind by a helper (see tests/data/README.md) and scored first with cfeca49:
    // found 0.810, kind_ok 0.780, off 0.310, far 0.033.
    let scores = assert_floors(
        "events-blind23.jsonl",
        Floors {
            rows: 100,
            found: 0.86,
            kind_ok: 0.82,
            off: 0.32,
            none: 0.06,
        },
    );
    assert_few_far(&scores, 0.03);
}

#[test]
fn a_twenty_fourth_blind_set_of_wire_copy_and_roundups_of_the_six_wars() {
    // Written blind by a helper (see tests/data/README.md) and scored first with cfeca49:
    // found 0.950, kind_ok 0.910, off 0.550, far 0.018.
    let scores = assert_floors(
        "events-blind24.jsonl",
        Floors {
            rows: 100,
            found: 0.94,
            kind_ok: 0.90,
            off: 0.6,
            none: 0.02,
        },
    );
    // 0.021 since "Junta troops and their families … fled across the border into India" is
    // read as one clause: a flight into a neighbouring country, placed there as the seeds'
    // gold places the flight into Tajikistan.
    assert_few_far(&scores, 0.025);
}

#[test]
fn a_twenty_fifth_blind_set_of_stories_filed_from_abroad_and_full_of_other_places() {
    // Written blind by a helper (see tests/data/README.md) and scored first with c789b13:
    // found 0.840, kind_ok 0.740, off 1.460, far 0.196.
    let scores = assert_floors(
        "events-blind25.jsonl",
        Floors {
            rows: 100,
            found: 0.83,
            kind_ok: 0.73,
            off: 1.35,
            none: 0.06,
        },
    );
    assert_few_far(&scores, 0.15);
}

#[test]
fn a_twenty_sixth_blind_set_of_twenty_other_wars() {
    // Written blind by a helper (see tests/data/README.md) and scored first with c789b13:
    // found 0.870, kind_ok 0.750, off 1.040, far 0.114.
    let scores = assert_floors(
        "events-blind26.jsonl",
        Floors {
            rows: 100,
            found: 0.86,
            kind_ok: 0.74,
            off: 1.1,
            none: 0.02,
        },
    );
    assert_few_far(&scores, 0.12);
}

#[test]
fn a_twenty_seventh_blind_set_of_twenty_more_wars() {
    // Written blind by a helper (see tests/data/README.md) and scored first with 9e9af93:
    // found 0.860, kind_ok 0.710, off 0.670, far 0.108.
    let scores = assert_floors(
        "events-blind27.jsonl",
        Floors {
            rows: 100,
            found: 0.85,
            kind_ok: 0.70,
            off: 0.75,
            none: 0.03,
        },
    );
    assert_few_far(&scores, 0.12);
}

#[test]
fn a_twenty_eighth_blind_set_of_twenty_more_crises() {
    // Written blind by a helper (see tests/data/README.md) and scored first with f986147:
    // found 0.890, kind_ok 0.750, off 0.660, far 0.058.
    let scores = assert_floors(
        "events-blind28.jsonl",
        Floors {
            rows: 100,
            found: 0.87,
            kind_ok: 0.72,
            off: 0.75,
            none: 0.02,
        },
    );
    assert_few_far(&scores, 0.08);
}

#[test]
fn a_twenty_ninth_blind_set_of_twenty_more_crises() {
    // Written blind by a helper (see tests/data/README.md) and scored first with 05ee513:
    // found 0.810, kind_ok 0.680, off 0.810, far 0.145.
    let scores = assert_floors(
        "events-blind29.jsonl",
        Floors {
            rows: 100,
            found: 0.80,
            kind_ok: 0.66,
            off: 0.85,
            none: 0.03,
        },
    );
    assert_few_far(&scores, 0.13);
}

#[test]
fn a_thirtieth_blind_set_of_twenty_more_crises() {
    // Written blind by a helper (see tests/data/README.md) and scored first with 6f1b9e9:
    // found 0.670, kind_ok 0.540, off 0.880, far 0.200.
    let scores = assert_floors(
        "events-blind30.jsonl",
        Floors {
            rows: 100,
            found: 0.77,
            kind_ok: 0.66,
            off: 0.80,
            none: 0.06,
        },
    );
    assert_few_far(&scores, 0.18);
}

#[test]
fn a_thirty_first_blind_set_of_twenty_more_crises() {
    // Written blind by a helper (see tests/data/README.md) and scored first with b7bd5a1:
    // found 0.780, kind_ok 0.680, off 0.660, far 0.159.
    let scores = assert_floors(
        "events-blind31.jsonl",
        Floors {
            rows: 100,
            found: 0.84,
            kind_ok: 0.77,
            off: 0.60,
            none: 0.03,
        },
    );
    assert_few_far(&scores, 0.14);
}

#[test]
fn a_thirty_second_blind_set_of_the_main_wars_of_2015_2025() {
    // Written blind by a helper (see tests/data/README.md) and scored first with b7bd5a1:
    // found 0.890, kind_ok 0.830, off 0.640, far 0.067.
    let scores = assert_floors(
        "events-blind32.jsonl",
        Floors {
            rows: 100,
            found: 0.89,
            kind_ok: 0.82,
            off: 0.70,
            none: 0.03,
        },
    );
    assert_few_far(&scores, 0.09);
}

#[test]
fn a_thirty_third_blind_set_of_older_wars() {
    // Written blind by a helper (see tests/data/README.md) and scored first with 4e7afd6:
    // found 0.860, kind_ok 0.750, off 0.490, far 0.095.
    let scores = assert_floors(
        "events-blind33.jsonl",
        Floors {
            rows: 100,
            found: 0.93,
            kind_ok: 0.83,
            off: 0.45,
            none: 0.02,
        },
    );
    assert_few_far(&scores, 0.07);
}

#[test]
fn a_thirty_fourth_blind_set_of_the_six_wars_in_2023_2026() {
    // Written blind by a helper (see tests/data/README.md) and scored first with 4e7afd6:
    // found 0.970, kind_ok 0.950, off 0.380, far 0.064.
    let scores = assert_floors(
        "events-blind34.jsonl",
        Floors {
            rows: 100,
            found: 0.96,
            kind_ok: 0.94,
            off: 0.40,
            none: 0.02,
        },
    );
    assert_few_far(&scores, 0.06);
}

#[test]
fn a_thirty_fifth_blind_set_of_other_current_wars() {
    // Written blind by a helper (see tests/data/README.md) and scored first with 917419e:
    // found 0.890, kind_ok 0.800, off 0.200, far 0.032.
    let scores = assert_floors(
        "events-blind35.jsonl",
        Floors {
            rows: 100,
            found: 0.90,
            kind_ok: 0.85,
            off: 0.20,
            none: 0.04,
        },
    );
    assert_few_far(&scores, 0.03);
}

#[test]
fn a_thirty_sixth_blind_set_of_older_and_smaller_wars() {
    // Written blind by a helper (see tests/data/README.md) and scored first with 5ca4d12:
    // found 0.910, kind_ok 0.850, off 0.360, far 0.036.
    let scores = assert_floors(
        "events-blind36.jsonl",
        Floors {
            rows: 100,
            found: 0.92,
            kind_ok: 0.88,
            off: 0.32,
            none: 0.03,
        },
    );
    assert_few_far(&scores, 0.04);
}

#[test]
fn a_thirty_seventh_blind_set_of_long_articles_from_the_six_wars() {
    // Written blind by a helper (see tests/data/README.md) and scored first with 5ca4d12:
    // found 0.900, kind_ok 0.870, off 1.290, far 0.085. Long articles with background
    // paragraphs: most off events are other days' and other towns' events, told in passing.
    let scores = assert_floors(
        "events-blind37.jsonl",
        Floors {
            rows: 100,
            found: 0.88,
            kind_ok: 0.85,
            off: 1.35,
            none: 0.03,
        },
    );
    assert_few_far(&scores, 0.075);
}

#[test]
fn a_thirty_eighth_blind_set_of_the_wars_of_2021_to_2025() {
    // Written blind by a helper (see tests/data/README.md) and scored first with 4af0317:
    // found 0.892, kind_ok 0.858, off 0.592, far 0.042.
    let scores = assert_floors(
        "events-blind38.jsonl",
        Floors {
            rows: 120,
            found: 0.92,
            kind_ok: 0.88,
            off: 0.55,
            none: 0.03,
        },
    );
    assert_few_far(&scores, 0.035);
}

#[test]
fn a_thirty_ninth_blind_set_of_villages_named_like_places_abroad() {
    // Written blind by a helper (see tests/data/README.md) and scored first with 3423ed3:
    // found 0.892, kind_ok 0.850, off 0.625, far 0.017.
    let scores = assert_floors(
        "events-blind39.jsonl",
        Floors {
            rows: 120,
            found: 0.91,
            kind_ok: 0.87,
            off: 0.60,
            none: 0.02,
        },
    );
    assert_few_far(&scores, 0.02);
}

#[test]
fn a_fortieth_blind_set_of_the_six_wars_in_their_sources_formats() {
    // Written blind by a helper (see tests/data/README.md) and scored first with 3423ed3:
    // found 0.875, kind_ok 0.842, off 0.575, far 0.048.
    let scores = assert_floors(
        "events-blind40.jsonl",
        Floors {
            rows: 120,
            found: 0.86,
            kind_ok: 0.83,
            off: 0.62,
            none: 0.07,
        },
    );
    assert_few_far(&scores, 0.05);
}

#[test]
fn a_forty_first_blind_set_of_the_six_wars_in_lesser_known_places() {
    // Written blind by a helper (see tests/data/README.md) and scored first with 03ad8f9:
    // found 0.900, kind_ok 0.825, off 0.667, far 0.025.
    let scores = assert_floors(
        "events-blind41.jsonl",
        Floors {
            rows: 120,
            found: 0.88,
            kind_ok: 0.80,
            off: 0.70,
            none: 0.04,
        },
    );
    assert_few_far(&scores, 0.03);
}

#[test]
fn a_forty_second_blind_set_of_the_six_wars_scored_at_the_end_of_a_session() {
    // Written blind by a helper (see tests/data/README.md) and scored first with 3a08278:
    // found 0.917, kind_ok 0.858, off 0.650, far 0.016.
    let scores = assert_floors(
        "events-blind42.jsonl",
        Floors {
            rows: 120,
            found: 0.90,
            kind_ok: 0.84,
            off: 0.70,
            none: 0.05,
        },
    );
    assert_few_far(&scores, 0.025);
}

#[test]
fn a_forty_third_blind_set_of_the_six_wars_scored_before_any_rule_was_made_from_it() {
    // Written blind by a helper (see tests/data/README.md) and scored first with b9f1f29:
    // found 0.875, kind_ok 0.858, off 0.617, far 0.008; 0.992 / 0.992 / 0.525 after the rules
    // made from its misses.
    let scores = assert_floors(
        "events-blind43.jsonl",
        Floors {
            rows: 120,
            found: 0.97,
            kind_ok: 0.97,
            off: 0.60,
            none: 0.02,
        },
    );
    assert_few_far(&scores, 0.02);
}

#[test]
fn a_forty_fourth_blind_set_of_the_six_wars_scored_before_any_rule_was_made_from_it() {
    // Written blind by a helper (see tests/data/README.md) and scored first with 5a541ad:
    // found 0.900, kind_ok 0.833, off 0.650, far 0.026; 0.975 / 0.958 / 0.575, far 0.008,
    // after the rules made from its misses.
    let scores = assert_floors(
        "events-blind44.jsonl",
        Floors {
            rows: 120,
            found: 0.95,
            kind_ok: 0.92,
            off: 0.62,
            none: 0.02,
        },
    );
    assert_few_far(&scores, 0.02);
}

#[test]
fn a_forty_fifth_blind_set_of_the_six_wars_scored_before_any_rule_was_made_from_it() {
    // Written blind by a helper (see tests/data/README.md) and scored first with 5cf212f:
    // found 0.817, kind_ok 0.767, off 0.650, far 0.020; 0.908 / 0.900 / 0.567, far 0.020,
    // after the rules made from its misses.
    let scores = assert_floors(
        "events-blind45.jsonl",
        Floors {
            rows: 120,
            found: 0.87,
            kind_ok: 0.86,
            off: 0.65,
            none: 0.02,
        },
    );
    assert_few_far(&scores, 0.025);
}

#[test]
fn a_forty_sixth_blind_set_of_the_six_wars_scored_before_any_rule_was_made_from_it() {
    // Written blind by a helper (see tests/data/README.md) and scored first with fba649e:
    // found 0.892, kind_ok 0.842, off 0.650, far 0.011; 0.967 / 0.950 / 0.575, far 0.011,
    // after the rules made from its misses.
    let scores = assert_floors(
        "events-blind46.jsonl",
        Floors {
            rows: 120,
            found: 0.95,
            kind_ok: 0.93,
            off: 0.60,
            none: 0.01,
        },
    );
    assert_few_far(&scores, 0.02);
}

#[test]
fn a_forty_seventh_blind_set_of_the_six_wars_scored_before_any_rule_was_made_from_it() {
    // Written blind by a helper (see tests/data/README.md) and scored first with f67f1b6's
    // code: found 0.883, kind_ok 0.858, off 0.342, far 0.009; 0.925 / 0.900 / 0.350, far
    // 0.009, after the rules made from its misses; 0.983 / 0.958 / 0.308 after the next
    // session's.
    let scores = assert_floors(
        "events-blind47.jsonl",
        Floors {
            rows: 120,
            found: 0.96,
            kind_ok: 0.93,
            off: 0.36,
            none: 0.01,
        },
    );
    assert_few_far(&scores, 0.02);
}

#[test]
fn a_forty_eighth_blind_set_of_the_six_wars_scored_before_any_rule_was_made_from_it() {
    // Written blind by a helper (see tests/data/README.md) and scored first with 884d9cb's
    // code: found 0.858, kind_ok 0.792, off 0.467, far 0.010; 0.942 / 0.933 / 0.408, far
    // 0.009, after the rules made from its misses.
    let scores = assert_floors(
        "events-blind48.jsonl",
        Floors {
            rows: 120,
            found: 0.92,
            kind_ok: 0.91,
            off: 0.45,
            none: 0.01,
        },
    );
    assert_few_far(&scores, 0.02);
}

#[test]
fn a_forty_ninth_blind_set_of_the_six_wars_scored_before_any_rule_was_made_from_it() {
    // Written blind by a helper (see tests/data/README.md) and scored first with f5573af's
    // code: found 0.883, kind_ok 0.842, off 0.625, far 0.034; 0.908 / 0.867 / 0.567, far
    // 0.000, after the rules made from its far events.
    let scores = assert_floors(
        "events-blind49.jsonl",
        Floors {
            rows: 120,
            found: 0.89,
            kind_ok: 0.85,
            off: 0.60,
            none: 0.03,
        },
    );
    assert_few_far(&scores, 0.02);
}

#[test]
fn a_fiftieth_blind_set_of_the_six_wars_scored_before_any_rule_was_made_from_it() {
    // Written blind by a helper (see tests/data/README.md) and scored first with 174dadb's
    // code: found 0.842, kind_ok 0.808, off 0.367, far 0.000; 0.917 / 0.883 / 0.342, far
    // 0.000, after the rules made from its misses, and 0.958 / 0.933 / 0.275 after the next
    // session's.
    let scores = assert_floors(
        "events-blind50.jsonl",
        Floors {
            rows: 120,
            found: 0.95,
            kind_ok: 0.92,
            off: 0.29,
            none: 0.03,
        },
    );
    assert_few_far(&scores, 0.02);
}

#[test]
fn a_fifty_first_blind_set_in_new_styles_scored_before_any_rule_was_made_from_it() {
    // Written blind by a helper (see tests/data/README.md): court reports, testimonies,
    // transcripts, corrections, fact checks, tables. Scored first with e72cc54's code: found
    // 0.825, kind_ok 0.775, off 0.325, far 0.009; 0.908 / 0.867 / 0.308, far 0.008, after the
    // rules made from its misses, and 0.958 / 0.908 / 0.275 after the next session's (court
    // reports, transcripts' introductions, geolocated videos).
    let scores = assert_floors(
        "events-blind51.jsonl",
        Floors {
            rows: 120,
            found: 0.95,
            kind_ok: 0.90,
            off: 0.28,
            none: 0.02,
        },
    );
    assert_few_far(&scores, 0.02);
}

#[test]
fn a_fifty_second_blind_set_in_new_styles_scored_before_any_rule_was_made_from_it() {
    // Written blind by a helper (see tests/data/README.md): live blogs, telex flashes in
    // capitals, threads, security advisories, flash updates, briefings, captions, coordinates,
    // local scripts, bulletins, digests. Scored first with bdbc24a's code: found 0.933, kind_ok
    // 0.917, off 0.383, far 0.021; 0.992 / 0.983 / 0.342, far 0.004, after the rules made from
    // its misses.
    let scores = assert_floors(
        "events-blind52.jsonl",
        Floors {
            rows: 120,
            found: 0.99,
            kind_ok: 0.98,
            off: 0.35,
            none: 0.01,
        },
    );
    assert_few_far(&scores, 0.02);
}

#[test]
fn a_fifty_third_blind_set_in_new_styles_scored_before_any_rule_was_made_from_it() {
    // Written blind by a helper (see tests/data/README.md): explainers, SMS chains, radio
    // digests, open letters, market notes, police releases, minutes, donor reports, sports
    // articles, field diaries. Scored first with c03f207's code: found 0.850, kind_ok 0.792,
    // off 0.392, far 0.009; 0.967 / 0.925 / 0.375, far 0.009, after the rules made from its
    // misses over two sessions.
    let scores = assert_floors(
        "events-blind53.jsonl",
        Floors {
            rows: 120,
            found: 0.96,
            kind_ok: 0.92,
            off: 0.38,
            none: 0.01,
        },
    );
    assert_few_far(&scores, 0.02);
}

#[test]
fn a_fifty_fourth_blind_set_in_new_styles_scored_before_any_rule_was_made_from_it() {
    // Written blind by a helper (see tests/data/README.md): timelines, school notices, war-risk
    // claims, crop bulletins, congregation notices, hospital admissions, network outages,
    // podcast notes, fundraisers, heritage notes. Scored first with 9809cf3's code: found
    // 0.875, kind_ok 0.833, off 0.375, far 0.027; 0.942 / 0.900 / 0.333, far 0.004, after the
    // rules made from its misses over two sessions.
    let scores = assert_floors(
        "events-blind54.jsonl",
        Floors {
            rows: 120,
            found: 0.94,
            kind_ok: 0.90,
            off: 0.34,
            none: 0.04,
        },
    );
    assert_few_far(&scores, 0.02);
}

#[test]
fn a_fifty_fifth_blind_set_of_twelve_other_wars_scored_before_any_rule_was_made_from_it() {
    // Written blind by a helper (see tests/data/README.md), of twelve wars outside the dev
    // set's six, in new styles: airport notices, election observers' statements, missing-person
    // notices, ranger logs, market disclosures, detention monitoring logs, diplomatic readouts,
    // road reports, vaccination updates, press freedom alerts. Scored first with 2ba385a's
    // code: found 0.767, kind_ok 0.717, off 0.200, far 0.012; 0.883 / 0.833 / 0.150, far
    // 0.006, after the rules made from its misses and blind56's.
    let scores = assert_floors(
        "events-blind55.jsonl",
        Floors {
            rows: 120,
            found: 0.88,
            kind_ok: 0.83,
            off: 0.16,
            none: 0.06,
        },
    );
    assert_few_far(&scores, 0.02);
}

#[test]
fn a_fifty_sixth_blind_set_of_twelve_more_wars_scored_before_any_rule_was_made_from_it() {
    // Written blind by a helper (see tests/data/README.md), of twelve wars outside the other
    // sets' main ones, in new styles: charge sheets, health-care attack entries, maritime
    // advisories, live blogs, school incident reports, parliamentary answers, verification
    // posts, obituaries, transport notices, urgent appeals. Scored first with 9b948fb's code:
    // found 0.842, kind_ok 0.750, off 0.517, far 0.020; 0.992 / 0.933 / 0.425, far 0.011,
    // after the rules made from its misses.
    let scores = assert_floors(
        "events-blind56.jsonl",
        Floors {
            rows: 120,
            found: 0.99,
            kind_ok: 0.93,
            off: 0.43,
            none: 0.01,
        },
    );
    assert_few_far(&scores, 0.02);
}

#[test]
fn a_fifty_seventh_blind_set_of_twelve_more_conflicts_keeps_its_score() {
    // Written blind by a helper (see tests/data/README.md), of twelve more conflicts, in new
    // styles: embassy alerts, UN briefing notes, satellite-imagery analyses, casualty tables,
    // access snapshots, radio logs, court verdicts, fixture notices, union communiqués,
    // newsletter digests. Scored first with 9b948fb's code: found 0.808, kind_ok 0.783, off
    // 0.592, far 0.040; the same with the rules made from blind56, still blind; 0.858 / 0.833 /
    // 0.550, far 0.020, after the rules made from its misses and blind58's.
    let scores = assert_floors(
        "events-blind57.jsonl",
        Floors {
            rows: 120,
            found: 0.85,
            kind_ok: 0.83,
            off: 0.56,
            none: 0.05,
        },
    );
    assert_few_far(&scores, 0.021);
}

#[test]
fn a_fifty_eighth_blind_set_of_twelve_more_conflicts_keeps_its_score() {
    // Written blind by a helper (see tests/data/README.md), of twelve more conflicts, in new
    // styles: police press releases, election observers' incident reports, travel-risk
    // updates, timelines, community chat alerts, hospital statements, diaspora statements,
    // fact-checks, press freedom alerts, company incident statements. Scored first with
    // 308603e's code: found 0.825, kind_ok 0.700, off 0.592, far 0.040; 0.892 / 0.842 / 0.592,
    // far 0.037, after the rules made from its misses and blind57's; 0.950 / 0.900 / 0.558, far
    // 0.036, after those made from blind59's: above the 2% bar.
    let scores = assert_floors(
        "events-blind58.jsonl",
        Floors {
            rows: 120,
            found: 0.95,
            kind_ok: 0.90,
            off: 0.56,
            none: 0.04,
        },
    );
    assert_few_far(&scores, 0.037);
}

#[test]
fn a_fifty_ninth_blind_set_of_twelve_more_conflicts_keeps_its_score() {
    // Written blind by a helper (see tests/data/README.md), of twelve more conflicts, in new
    // styles: letters to the editor, insurance claim notes, religious bodies' statements,
    // football club notices, road advisories, union communiqués, council minutes, appeal
    // pages, rights complaints, livestock office notices. Scored first with c313590's code:
    // found 0.825, kind_ok 0.717, off 1.008, far 0.082; 0.925 / 0.842 / 0.917, far 0.065, after
    // the rules made from its misses and blind58's; 0.983 / 0.900 / 0.900, far 0.063, after
    // those made from blind60's and its own last misses: far above the 2% bar.
    let scores = assert_floors(
        "events-blind59.jsonl",
        Floors {
            rows: 120,
            found: 0.98,
            kind_ok: 0.89,
            off: 0.91,
            none: 0.01,
        },
    );
    assert_few_far(&scores, 0.064);
}

#[test]
fn a_sixtieth_blind_set_of_twelve_more_conflicts_keeps_its_score() {
    // Written blind by a helper (see tests/data/README.md), of twelve more conflicts, in new
    // styles: bank branch closures, hotel advisories, festival cancellations, university
    // notices, car-hire advisories, conference postponements, courier notices, census and
    // survey field notices, cash-transfer updates, exam board notices. Scored first with
    // 4f54fe4's code: found 0.867, kind_ok 0.742, off 0.633, far 0.030; 0.942 / 0.892 / 0.625,
    // far 0.024, after the rules made from its misses.
    let scores = assert_floors(
        "events-blind60.jsonl",
        Floors {
            rows: 120,
            found: 0.94,
            kind_ok: 0.89,
            off: 0.63,
            none: 0.01,
        },
    );
    assert_few_far(&scores, 0.025);
}

#[test]
fn the_development_articles_give_most_of_their_events_and_few_false_ones() {
    use newsmap::eval::events::read_jsonl;
    use newsmap::eval::folder::{FolderGold, score_folder};

    let data = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data");
    let text = std::fs::read_to_string(format!("{data}/articles-dev-gold.jsonl"))
        .unwrap_or_else(|e| panic!("articles-dev-gold.jsonl: {e}"));
    let gold: Vec<FolderGold> = read_jsonl(&text).unwrap_or_else(|e| panic!("{e}"));
    let corpus = newsmap::ingest::read_corpus(
        std::path::Path::new(&format!("{data}/articles-dev")),
        crate::common::gazetteer(),
    );
    let scores = score_folder(crate::common::gazetteer(), &corpus.events, &gold);
    assert_eq!(corpus.articles.len(), 12);
    assert!(scores.recall() >= 0.64, "{}", scores.line());
    assert!(scores.precision() >= 0.45, "{}", scores.line());
}

//! The viewer driven as an analyst would with egui_kittest: open a folder by path (the file
//! dialog is not used), scrub the time window, click a marker, read the detail panel.

use std::path::Path;

use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;
use newsmap::gazetteer::Gazetteer;
use newsmap::ui::NewsmapApp;

use crate::common::{sample_dir, step_until, temp_dir, write};

/// The real app on `folder`, stepped until the folder is read.
pub fn app_with_folder(folder: &Path) -> Harness<'static, NewsmapApp> {
    let folder = folder.to_path_buf();
    let mut harness = Harness::builder()
        .with_size(egui::vec2(1400.0, 900.0))
        .build_eframe(move |cc| NewsmapApp::new(&cc.egui_ctx, folder, None));
    step_until(&mut harness, "reading the folder", |h| {
        !h.state().is_loading()
    });
    harness.run_steps(4);
    harness
}

/// The app on a copy of the bundled sample folder (kept while the copy lives): the sample's
/// own `.newsmap/` cache is written by the CLI tests running beside these.
pub fn sample_app() -> (tempfile::TempDir, Harness<'static, NewsmapApp>) {
    let copy = temp_dir();
    for entry in std::fs::read_dir(sample_dir())
        .expect("the sample folder")
        .flatten()
    {
        let path = entry.path();
        if path.is_file() {
            std::fs::copy(&path, copy.path().join(entry.file_name()))
                .unwrap_or_else(|e| panic!("cannot copy {path:?}: {e}"));
        }
    }
    let harness = app_with_folder(copy.path());
    (copy, harness)
}

/// Types `name` in the filter panel's place search box, as an analyst isolates a marker.
fn search_place(harness: &mut Harness<'_, NewsmapApp>, name: &str) {
    harness
        .get_by_role_and_label(egui::accesskit::Role::TextInput, "Place")
        .click();
    harness.run_steps(1);
    harness
        .get_by_role_and_label(egui::accesskit::Role::TextInput, "Place")
        .type_text(name);
    harness.run_steps(3);
}

/// Finds Bagram, clicks its marker and chooses the withdrawal of US forces in the detail
/// panel, as an analyst reads the sample's best-reported event.
pub fn select_bagram_withdrawal(harness: &mut Harness<'_, NewsmapApp>) {
    search_place(harness, "Bagram");
    harness.get_by_label("Bagram Airfield").click();
    harness.run_steps(3);
    harness
        .get_by_label_contains("Withdrawal / handover · ")
        .click();
    harness.run_steps(3);
}

#[test]
fn opening_the_sample_folder_by_path_shows_its_events_on_the_map() {
    let (_sample, harness) = sample_app();
    let corpus = harness.state().corpus();
    assert_eq!(corpus.articles.len(), 17);
    assert!(corpus.events.len() > 20, "{} events", corpus.events.len());
    assert!(harness.state().visible_marker_count() > 10);
    harness.get_by_label_contains("17 articles");
}

#[test]
fn scrubbing_the_time_window_changes_the_visible_markers() {
    let (_sample, mut harness) = sample_app();
    let all = harness.state().visible_marker_count();
    let folder_days = harness.state_mut().time_window().clone();
    assert!(folder_days.has_days());
    // Only the first week of July 2021, undated events hidden: the analyst moves the window's
    // "to" slider back with the arrow keys, as far as a week after its start, and unticks the
    // undated events.
    let first_week_end = folder_days.start_day + 6;
    harness
        .get_by_role_and_label(egui::accesskit::Role::Slider, "to")
        .focus();
    // A slider keeps the arrow keys (instead of moving the focus) from its second frame with
    // the focus on.
    harness.run_steps(2);
    for _ in first_week_end..folder_days.end_day {
        harness.key_press(egui::Key::ArrowLeft);
    }
    harness.run_steps(2);
    harness.get_by_label_contains("undated: ").click();
    harness.run_steps(2);
    let shown = harness.state_mut().time_window().clone();
    assert_eq!(
        (shown.start_day, shown.end_day, shown.show_undated),
        (folder_days.start_day, first_week_end, false),
        "the sliders and the checkbox moved the window"
    );
    let first_week = harness.state().visible_marker_count();
    assert!(0 < first_week && first_week < all, "{first_week} of {all}");
    // Step the window forward a month with its "day >" button: other places.
    for _ in 0..35 {
        harness.get_by_label("day >").click();
        harness.run_steps(1);
    }
    harness.run_steps(1);
    let later = harness.state().visible_marker_count();
    assert!(0 < later && later < all, "{later} of {all}");
}

#[test]
fn clicking_a_marker_shows_its_sentence_in_the_detail_panel() {
    let (_sample, mut harness) = sample_app();
    // Around Kabul the markers cluster; the analyst searches the place to isolate its marker.
    search_place(&mut harness, "Bagram");
    assert!(harness.state().visible_marker_count() >= 1);
    assert!(
        harness
            .query_by_label_contains("left Bagram Airfield in the dark")
            .is_none(),
        "no sentence before the click"
    );
    harness.get_by_label("Bagram Airfield").click();
    harness.run_steps(3);
    assert_eq!(
        harness.state().selected_place().map(|p| harness
            .state()
            .corpus()
            .events
            .iter()
            .any(|e| e.place == Some(p))),
        Some(true)
    );
    // The detail panel lists the place's events; choosing one quotes its sentences.
    harness.get_by_label("Bagram Airfield, Parwan, Afghanistan");
    // "Withdrawal / handover · <date> · <n> sources" in the panel (the filter says "Withdrawal / handover (n)").
    harness
        .get_by_label_contains("Withdrawal / handover · ")
        .click();
    harness.run_steps(3);
    // The sentence is quoted with its article's title and a button to read the article.
    assert!(
        harness
            .query_all_by_label_contains("left Bagram Airfield in the dark")
            .count()
            > 0,
        "the source sentence is not shown"
    );
    let quoted = |harness: &Harness<'_, NewsmapApp>| {
        harness
            .query_all_by_label_contains("left Bagram Airfield in the dark")
            .count()
    };
    let in_panel = quoted(&harness);
    // "Read article" opens the whole article, at the quoted sentence.
    harness
        .get_all_by_label("Read article")
        .next()
        .unwrap()
        .click();
    harness.run_steps(3);
    assert!(harness.query_by_label_contains("Article: ").is_some());
    assert!(
        quoted(&harness) > in_panel,
        "the article window does not show the quoted sentence"
    );
}

#[test]
fn the_place_search_finds_a_place_by_any_of_its_spellings() {
    let (_sample, mut harness) = sample_app();
    let all = harness.state().visible_marker_count();
    let gazetteer = Gazetteer::load(&newsmap::gazetteer::default_dir())
        .unwrap_or_else(|e| panic!("gazetteer: {e}"));
    // The gazetteer writes "Qala i Naw", the sample "Qala-i-Naw": another spelling finds it.
    search_place(&mut harness, "Qal'ah-ye Now");
    let places: Vec<String> = harness
        .state()
        .visible_events()
        .iter()
        .filter_map(|&id| harness.state().corpus().events[id].place)
        .map(|p| gazetteer.place(p).name.to_string())
        .collect();
    assert!(!places.is_empty() && harness.state().visible_marker_count() < all);
    assert!(places.iter().all(|p| p == "Qala i Naw"), "{places:?}");
}

#[test]
fn a_folder_without_dates_says_so_and_keeps_its_events() {
    let dir = temp_dir();
    write(
        dir.path(),
        "no-date.txt",
        "Taliban fighters captured Qala-i-Naw after fierce fighting.\n",
    );
    let harness = app_with_folder(dir.path());
    assert_eq!(
        harness
            .state()
            .corpus()
            .events
            .iter()
            .filter(|e| e.time.is_none())
            .count(),
        harness.state().corpus().events.len()
    );
    assert!(
        harness.state().visible_marker_count() > 0,
        "undated events are shown by default"
    );
    harness.get_by_label_contains("No dated event");
}

#[test]
fn a_missing_folder_is_reported_in_the_window() {
    let harness = app_with_folder(Path::new("/nonexistent/newsmap-folder"));
    harness.get_by_label_contains("not a folder");
}

#[test]
fn an_article_added_to_the_folder_appears_without_a_restart() {
    let dir = temp_dir();
    write(
        dir.path(),
        "2021-08-06_zaranj.txt",
        "Taliban fighters captured Zaranj, officials said.\n",
    );
    let mut harness = app_with_folder(dir.path());
    assert_eq!(harness.state().corpus().articles.len(), 1);
    write(
        dir.path(),
        "2021-08-08_kunduz.txt",
        "Taliban fighters captured Kunduz after days of fighting.\n",
    );
    step_until(&mut harness, "reading the added article", |h| {
        h.state().corpus().articles.len() >= 2
    });
    assert_eq!(
        harness.state().corpus().articles.len(),
        2,
        "the new article was not read"
    );
}

/// The place of the first event of the harness's corpus, by name.
fn first_event_place(harness: &Harness<'_, NewsmapApp>, gazetteer: &Gazetteer) -> Option<String> {
    let event = harness.state().corpus().events.first()?;
    Some(gazetteer.place(event.place?).name.to_string())
}

#[test]
fn a_place_corrected_by_search_is_saved_survives_a_reload_and_can_be_undone() {
    let gazetteer = Gazetteer::load(&newsmap::gazetteer::default_dir())
        .unwrap_or_else(|e| panic!("gazetteer: {e}"));
    let dir = temp_dir();
    write(
        dir.path(),
        "2021-07-07_attack.txt",
        "Taliban fighters attacked Kandahar on Monday, officials said.\n",
    );
    let mut harness = app_with_folder(dir.path());
    let kandahar = first_event_place(&harness, &gazetteer).unwrap_or_default();
    assert!(kandahar.starts_with("Kandah"), "{kandahar}");
    harness.get_by_label(&kandahar).click();
    harness.run_steps(3);
    harness.get_by_label("Wrong place?").click();
    harness.run_steps(2);
    // The editor offers the name's other senses…
    harness.get_by_label_contains("Other places called “Kandahar”");
    // …and a search of the gazetteer.
    let search = "Find a place:";
    harness
        .get_by_role_and_label(egui::accesskit::Role::TextInput, search)
        .click();
    harness.run_steps(1);
    harness
        .get_by_role_and_label(egui::accesskit::Role::TextInput, search)
        .type_text("Herat");
    harness.run_steps(2);
    // Towns first, the largest first: the city of Herat.
    harness
        .query_all_by_label_contains(", Afghanistan (town")
        .next()
        .unwrap_or_else(|| panic!("no town found by the search"))
        .click();
    harness.run_steps(3);
    let herat = first_event_place(&harness, &gazetteer).unwrap_or_default();
    assert!(herat.starts_with("Her"), "{herat}");
    assert!(
        harness
            .query_all_by_label_contains("place set by you")
            .count()
            > 0
    );
    let saved =
        std::fs::read_to_string(dir.path().join(".newsmap/corrections.json")).unwrap_or_default();
    assert!(saved.contains(&herat) && saved.contains("2021-07-07_attack.txt"));

    // A fresh start reads the folder again and applies the correction.
    let mut again = app_with_folder(dir.path());
    assert_eq!(first_event_place(&again, &gazetteer), Some(herat.clone()));
    // Undo puts the event back where the text says.
    again.get_by_label(&herat).click();
    again.run_steps(3);
    again.get_by_label("Undo").click();
    again.run_steps(3);
    assert_eq!(first_event_place(&again, &gazetteer), Some(kandahar));
}

#[test]
fn a_word_marked_as_not_a_place_stays_so_after_a_restart() {
    let gazetteer = Gazetteer::load(&newsmap::gazetteer::default_dir())
        .unwrap_or_else(|e| panic!("gazetteer: {e}"));
    let dir = temp_dir();
    // "Mosul" here is a family's name; the geoparser takes it for the city.
    write(
        dir.path(),
        "2021-07-07_raid.txt",
        "Gunmen raided the house of Mosul on Monday, killing two guards, officials said.\n",
    );
    write(
        dir.path(),
        "2021-07-08_again.txt",
        "Police said Mosul had received threats before gunmen raided his house.\n",
    );
    let mut harness = app_with_folder(dir.path());
    let place = first_event_place(&harness, &gazetteer).unwrap_or_default();
    assert!(place.starts_with("Mosul"), "{place}");
    harness.get_by_label(&place).click();
    harness.run_steps(3);
    harness.get_by_label("“Mosul” is not a place").click();
    harness.run_steps(2);
    harness
        .get_by_label("in every article of the folder")
        .click();
    harness.run_steps(3);
    let names_mosul = |h: &Harness<'_, NewsmapApp>| {
        h.state()
            .corpus()
            .place_mentions()
            .any(|(_, t)| t.surface == "Mosul")
    };
    assert!(
        !names_mosul(&harness),
        "no article names Mosul as a place any more"
    );
    assert_eq!(first_event_place(&harness, &gazetteer), None);
    let saved =
        std::fs::read_to_string(dir.path().join(".newsmap/corrections.json")).unwrap_or_default();
    assert!(
        saved.contains("not_places") && saved.contains("Mosul"),
        "{saved}"
    );
    // A fresh start applies it on reading.
    let again = app_with_folder(dir.path());
    assert!(!names_mosul(&again));
    assert_eq!(first_event_place(&again, &gazetteer), None);
}

#[test]
fn an_event_marked_as_not_an_event_stays_hidden_until_shown_again() {
    let dir = temp_dir();
    write(
        dir.path(),
        "2021-07-07_zaranj.txt",
        "Taliban fighters captured Zaranj on Friday, officials said.\n",
    );
    write(
        dir.path(),
        "2021-07-08_kunduz.txt",
        "Taliban fighters captured Kunduz after days of fighting.\n",
    );
    let mut harness = app_with_folder(dir.path());
    let events = harness.state().corpus().events.len();
    harness.get_by_label("Zaranj").click();
    harness.run_steps(3);
    harness.get_by_label("Not an event").click();
    harness.run_steps(3);
    assert_eq!(harness.state().corpus().events.len(), events - 1);
    assert!(
        harness.query_by_label("Zaranj").is_none(),
        "its marker is gone"
    );

    let mut again = app_with_folder(dir.path());
    assert_eq!(
        again.state().corpus().events.len(),
        events - 1,
        "hidden after a reload"
    );
    again.get_by_label("View").click();
    again.run_steps(2);
    again.get_by_label("Hidden reports…").click();
    again.run_steps(2);
    again.get_by_label_contains("captured Zaranj on Friday");
    again.get_by_label("Show again").click();
    again.run_steps(3);
    assert_eq!(again.state().corpus().events.len(), events);
}

/// Towns of the captures in [`captures_folder`].
const CAPTURED: [&str; 5] = ["Zaranj", "Kunduz", "Herat", "Ghazni", "Taloqan"];

/// A folder of `count` one-line articles, each the capture of one of [`CAPTURED`] in August 2021.
fn captures_folder(count: usize) -> tempfile::TempDir {
    let dir = temp_dir();
    for i in 0..count {
        write(
            dir.path(),
            &format!("2021-08-{:02}_{i:04}.txt", 1 + i % 28),
            format!(
                "Taliban fighters captured {} on Friday, officials said.\n",
                CAPTURED[i % CAPTURED.len()]
            ),
        );
    }
    dir
}

#[test]
fn a_folder_of_many_articles_is_read_whole_and_merged_like_the_command_line() {
    let dir = captures_folder(600);
    let harness = app_with_folder(dir.path());
    let corpus = harness.state().corpus();
    assert_eq!(corpus.articles.len(), 600, "every article is read");
    let gazetteer = Gazetteer::load(&newsmap::gazetteer::default_dir())
        .unwrap_or_else(|e| panic!("gazetteer: {e}"));
    let read_alone = newsmap::ingest::read_corpus(dir.path(), &gazetteer);
    assert_eq!(corpus.events.len(), read_alone.events.len());
    assert!(corpus.events.len() >= CAPTURED.len());
    // The status bar's place mentions, added up batch by batch while the folder was read, are
    // the folder's.
    let mentions = read_alone.place_mention_count();
    assert!(mentions >= 600, "a town in each article");
    harness.get_by_label_contains(&format!(" · {mentions} place mentions"));
}

// See: issue 12 (progress and cancel).
#[test]
fn cancel_keeps_the_articles_read_so_far_and_shows_their_events() {
    let dir = captures_folder(3000);
    let folder = dir.path().to_path_buf();
    let mut harness = Harness::builder()
        .with_size(egui::vec2(1400.0, 900.0))
        .build_eframe(move |cc| NewsmapApp::new(&cc.egui_ctx, folder, None));
    step_until(&mut harness, "the first articles", |h| {
        !h.state().corpus().articles.is_empty()
    });
    harness.get_by_label("Cancel").click();
    step_until(&mut harness, "the read to stop", |h| {
        !h.state().is_loading()
    });
    harness.run_steps(2);
    let corpus = harness.state().corpus();
    let read = corpus.articles.len();
    assert!(0 < read && read < 3000, "{read} articles read");
    // The events shown are the reports of the articles read, merged.
    assert!(!corpus.events.is_empty());
    assert!(corpus.event_mentions.iter().all(|m| m.article < read));
    let gazetteer = Gazetteer::load(&newsmap::gazetteer::default_dir())
        .unwrap_or_else(|e| panic!("gazetteer: {e}"));
    let keys: Vec<&str> = corpus.articles.iter().map(|a| a.key.as_str()).collect();
    let merged = newsmap::events::merge(&gazetteer, &corpus.event_mentions, &keys);
    assert_eq!(corpus.events, merged);
    harness.get_by_label_contains(&format!("{read} articles · "));
    assert!(harness.query_by_label("Cancel").is_none());
}

/// Renders the window with wgpu (a software Vulkan driver does: Debian's
/// `mesa-vulkan-drivers`) and compares it, below the menu bar (which shows the folder's path,
/// different on every machine), with `tests/snapshots/NAME.png`.
/// `UPDATE_SNAPSHOTS=1 cargo test --release` writes new snapshots after a deliberate change.
fn assert_snapshot(harness: &mut Harness<'_, NewsmapApp>, name: &str) {
    const MENU_BAR_PX: u32 = 30;
    let image = harness.render().unwrap_or_else(|e| {
        panic!("cannot render the window (is a Vulkan driver such as mesa-vulkan-drivers installed?): {e}")
    });
    let below_menu = image::imageops::crop_imm(
        &image,
        0,
        MENU_BAR_PX,
        image.width(),
        image.height() - MENU_BAR_PX,
    )
    .to_image();
    // Anti-aliasing may differ by a shade between drivers; a changed layout moves thousands of
    // pixels.
    let options = egui_kittest::SnapshotOptions::new()
        .threshold(1.0)
        .max_failed_pixels(400);
    egui_kittest::image_snapshot_options(&below_menu, name, &options);
}

#[test]
fn the_main_window_on_the_sample_folder_matches_its_snapshot() {
    let (_sample, mut harness) = sample_app();
    assert_snapshot(&mut harness, "sample_main_window");
}

#[test]
fn a_selected_event_in_the_detail_panel_matches_its_snapshot() {
    let (_sample, mut harness) = sample_app();
    select_bagram_withdrawal(&mut harness);
    assert_snapshot(&mut harness, "sample_bagram_withdrawal");
}

/// A wire report of a shelling with its casualties, published by two outlets with another
/// headline and footer, and a hedged report of a drone strike elsewhere (all invented).
fn write_wire_copies_and_a_hedged_report(root: &Path) {
    let wire = "Russian forces shelled a residential district of Kharkiv on Wednesday, killing \
                four civilians and wounding two, the regional governor said.\n\
                The shells struck two apartment blocks and a school near the central market \
                shortly after dawn, when many residents were queuing for bread.\n\
                Emergency crews worked through the morning to pull survivors from the rubble of \
                the blocks, and the wounded were taken to the city hospital.\n\
                The governor said the rockets were fired from positions north of the city, \
                which have been targeted repeatedly since the spring.\n";
    write(
        root,
        "2022-05-12_frontier-wire.txt",
        format!(
            "Title: Shelling kills four in Kharkiv\nSource: Frontier Wire\n\n{wire}\
             Reporting by the Frontier Wire desk.\n"
        ),
    );
    write(
        root,
        "2022-05-12_steppe-newsroom.txt",
        format!(
            "Title: KHARKIV: FOUR DEAD AFTER DAWN BOMBARDMENT\nSource: Steppe Newsroom\n\n{}\
             Copyright Steppe Newsroom 2022. Follow us for more updates from the region.\n",
            wire.replace("shortly after dawn", "early in the morning")
        ),
    );
    write(
        root,
        "2022-05-13_oxus-daily.txt",
        "Title: Fuel depot reportedly hit near Izium\nSource: Oxus Daily Report\n\n\
         A drone allegedly struck a fuel depot in Izium on Thursday, according to unverified \
         posts by local residents.\n\
         The posts said a large fire could be seen from the main road east of the town.\n\
         Officials did not respond to requests for comment.\n",
    );
}

#[test]
fn the_kind_filter_is_a_tree_of_acled_types_whose_nodes_hide_their_markers() {
    let dir = temp_dir();
    write_wire_copies_and_a_hedged_report(dir.path());
    let mut harness = app_with_folder(dir.path());
    assert_eq!(harness.state().visible_marker_count(), 2);
    // ACLED's type, its two sub-event types (each one kind of newsmap's), with their counts;
    // no type the folder lacks.
    harness.get_by_label("Explosions/Remote violence (2)");
    harness.get_by_label("Shelling/artillery/missile attack (1)");
    harness.get_by_label("Air/drone strike (1)");
    assert!(harness.query_by_label_contains("Battles").is_none());
    // A sub-event type hides its kind's markers…
    harness
        .get_by_label("Shelling/artillery/missile attack (1)")
        .click();
    harness.run_steps(2);
    assert_eq!(harness.state().visible_marker_count(), 1);
    assert!(harness.query_by_label("Kharkiv").is_none());
    harness.get_by_label("Izyum");
    // …its type, half shown, shows them all when ticked, and hides them all when unticked.
    harness
        .get_by_label("Explosions/Remote violence (2)")
        .click();
    harness.run_steps(2);
    assert_eq!(harness.state().visible_marker_count(), 2);
    harness
        .get_by_label("Explosions/Remote violence (2)")
        .click();
    harness.run_steps(2);
    assert_eq!(harness.state().visible_marker_count(), 0);
    assert!(harness.query_by_label("Izyum").is_none());
    harness
        .get_by_label("Explosions/Remote violence (2)")
        .click();
    harness.run_steps(2);
    assert_eq!(harness.state().visible_marker_count(), 2);
}

#[test]
fn the_panel_shows_casualties_unconfirmed_events_and_syndicated_copies() {
    let dir = temp_dir();
    write_wire_copies_and_a_hedged_report(dir.path());
    let mut harness = app_with_folder(dir.path());
    // The marker's tooltip: the casualties, and the two copies as one source.
    harness.get_by_label("Kharkiv").hover();
    // Tooltips wait for the pointer to rest (a step is a quarter of a second).
    harness.run_steps(8);
    harness.get_by_label_contains("1 event · 4 killed, 2 injured · 1 independent source");
    harness.get_by_label("Kharkiv").click();
    harness.run_steps(3);
    harness.get_by_label("Explosions/Remote violence › Shelling/artillery/missile attack");
    harness.get_by_label("4 killed, 2 injured");
    assert_eq!(
        harness
            .query_all_by_label_contains("2 copies of 1 report")
            .count(),
        2,
        "in the list row and under the header"
    );
    // The second outlet's sentences say whose copy they are.
    assert!(
        harness
            .query_all_by_label_contains(
                "Steppe Newsroom · 2022-05-12 · copy of the Frontier Wire report"
            )
            .count()
            > 0
    );
    assert!(harness.query_by_label("unconfirmed").is_none());
    // The hedged report: unconfirmed, in its list row, its header and its quoted sentence.
    harness.get_by_label("Izyum").click();
    harness.run_steps(3);
    harness.get_by_label_contains("Air / drone strike · 2022-05-12 (day) · unconfirmed · 1 source");
    harness.get_by_label("unconfirmed");
    harness.get_by_label_contains("Oxus Daily Report · 2022-05-13 · hedged");
}

#[test]
fn in_a_small_window_the_map_keeps_half_the_width_and_the_panels_fold_away() {
    let folder = sample_dir();
    let mut harness = Harness::builder()
        .with_size(egui::vec2(1000.0, 700.0))
        .build_eframe(move |cc| NewsmapApp::new(&cc.egui_ctx, folder, None));
    step_until(&mut harness, "reading the folder", |h| {
        !h.state().is_loading()
    });
    harness.run_steps(4);
    let filters_end = harness.get_by_label("Filters").rect().right();
    let details_start = harness.get_by_label("Details").rect().left();
    assert!(
        details_start - filters_end >= 500.0 - 40.0,
        "map from {filters_end} to {details_start} in a 1000 px window"
    );

    // View › Filters panel folds it away; the details panel comes back with a selection.
    harness.get_by_label("View").click();
    harness.run_steps(2);
    harness.get_by_label("Filters panel").click();
    harness.run_steps(2);
    if harness.query_by_label("Details panel").is_none() {
        harness.get_by_label("View").click();
        harness.run_steps(2);
    }
    harness.get_by_label("Details panel").click();
    harness.run_steps(8);
    assert!(harness.query_by_label("Filters").is_none());
    assert!(harness.query_by_label("Details").is_none());
    // A marker standing alone on the map, named after its place, is clicked.
    let gazetteer = crate::common::gazetteer();
    let names: Vec<String> = harness
        .state()
        .corpus()
        .events
        .iter()
        .filter_map(|e| e.place)
        .map(|p| gazetteer.place(p).name.to_string())
        .collect();
    let marker = names
        .iter()
        .find(|name| harness.query_by_label(name).is_some())
        .unwrap_or_else(|| panic!("no single marker among {names:?}"))
        .clone();
    harness.get_by_label(&marker).click();
    harness.run_steps(8);
    assert!(
        harness.query_by_label("Details").is_none(),
        "the place's name heads the panel"
    );
    // The map narrows for the panel and fits what it showed, so the marker may join a
    // cluster: the panel names the place selected.
    let selected = harness.state().selected_place();
    assert_eq!(
        selected.map(|p| gazetteer.place(p).name.to_string()),
        Some(marker.clone())
    );
    assert!(
        harness.query_all_by_label(&marker).count() >= 1,
        "panel heading"
    );
}

#[test]
fn the_heat_layer_from_the_view_menu_shows_the_density_of_the_visible_events() {
    let (_sample, mut harness) = sample_app();
    assert_eq!(harness.state().heat_layer_cells(), 0, "off by default");
    harness.get_by_label("View").click();
    harness.run_steps(2);
    harness.get_by_label("Density heat layer").click();
    harness.run_steps(3);
    assert!(
        harness.state().settings().heat_layer,
        "kept with the settings"
    );
    let all = harness.state().heat_layer_cells();
    assert!(all > 100, "{all} cells with some density");
    // Fewer visible events, less density: the place search leaves Bagram's; its marker
    // stays on top of the layer, to click.
    search_place(&mut harness, "Bagram");
    let bagram = harness.state().heat_layer_cells();
    assert!(0 < bagram && bagram < all, "{bagram} of {all} cells");
    harness.get_by_label("Bagram Airfield").click();
    harness.run_steps(3);
    harness.get_by_label("Bagram Airfield, Parwan, Afghanistan");
    // Off again: no layer.
    harness.get_by_label("View").click();
    harness.run_steps(2);
    harness.get_by_label("Density heat layer").click();
    harness.run_steps(3);
    assert!(!harness.state().settings().heat_layer);
    assert_eq!(harness.state().heat_layer_cells(), 0);
}

#[test]
fn the_heat_layer_on_the_sample_folder_matches_its_snapshot() {
    let (_sample, mut harness) = sample_app();
    harness.state_mut().show_heat_layer(true);
    harness.run_steps(3);
    assert_snapshot(&mut harness, "sample_heat_layer");
}

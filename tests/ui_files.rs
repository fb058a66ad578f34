//! Opening folders and exporting from the viewer, driven with egui_kittest where no system file
//! dialog exists (as under a bare Xvfb): the browser in the window instead, a folder field whose
//! typo keeps the loaded folder, the export's proposed file name, the question before an
//! export replaces a file, and the setting that follows links leaving the folder.

use std::path::Path;

use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;
use newsmap::ui::{NewsmapApp, SystemDialog};

use crate::common::{sample_dir, step_until, step_until_quiet, temp_dir, write};
use crate::ui::app_with_folder;

/// Why the system dialog is missing in these tests: the status bar must say it.
const NO_DIALOG: &str = "no system dialog in this test";

/// The app on `folder` with no system file dialog.
fn app_without_system_dialog(folder: &Path) -> Harness<'static, NewsmapApp> {
    let mut harness = app_with_folder(folder);
    harness
        .state_mut()
        .set_system_dialog(SystemDialog::Unavailable(NO_DIALOG));
    harness
}

/// Clicks File, then `item` (under `submenu` when given).
fn file_menu(harness: &mut Harness<'_, NewsmapApp>, submenu: Option<&str>, item: &str) {
    harness.get_by_label("File").click();
    harness.run_steps(2);
    if let Some(submenu) = submenu {
        harness.get_by_label(submenu).hover();
        harness.run_steps(2);
    }
    harness.get_by_label(item).click();
    // A window is laid out unseen on its first frame.
    harness.run_steps(4);
}

#[test]
fn open_folder_uses_the_browser_in_the_window_and_a_recent_folder_that_fails_is_forgotten() {
    let root = temp_dir();
    write(
        root.path(),
        "first/2021-08-06_zaranj.txt",
        "Taliban fighters captured Zaranj, officials said.\n",
    );
    write(
        root.path(),
        "second/2021-08-08_kunduz.txt",
        "Taliban fighters captured Kunduz after days of fighting.\n",
    );
    let mut harness = app_without_system_dialog(&root.path().join("first"));
    file_menu(&mut harness, None, "Open folder…");
    // The browser opens beside the loaded folder, and the status bar says why.
    harness.get_by_label_contains(NO_DIALOG);
    harness.get_by_label("🗀 second").click();
    harness.run_steps(2);
    harness.get_by_label("Choose").click();
    harness.run_steps(2);
    step_until(&mut harness, "reading the chosen folder", |h| {
        !h.state().is_loading()
    });
    let corpus = harness.state().corpus();
    assert_eq!(corpus.folder, root.path().join("second"));
    let keys: Vec<&str> = corpus.articles.iter().map(|a| a.key.as_str()).collect();
    assert_eq!(keys, ["2021-08-08_kunduz.txt"]);
    assert_eq!(
        harness.state().settings().recent_folders,
        [root.path().join("second"), root.path().join("first")]
    );
    // A recent folder that is gone fails, is said to, and is forgotten.
    std::fs::remove_dir_all(root.path().join("first")).unwrap_or_else(|e| panic!("{e}"));
    file_menu(
        &mut harness,
        Some("Recent folders"),
        &root.path().join("first").display().to_string(),
    );
    harness.get_by_label_contains("⚠ not a folder");
    assert_eq!(harness.state().corpus().folder, root.path().join("second"));
    assert_eq!(
        harness.state().settings().recent_folders,
        [root.path().join("second")]
    );
}

#[test]
fn a_typo_in_the_folder_field_keeps_the_loaded_folder_and_is_not_remembered() {
    let mut harness = app_without_system_dialog(&sample_dir());
    let events = harness.state().corpus().events.len();
    let field = || egui::accesskit::Role::TextInput;
    harness.get_by_role_and_label(field(), "Folder:").click();
    harness.run_steps(1);
    harness.key_press(egui::Key::End);
    harness
        .get_by_role_and_label(field(), "Folder:")
        .type_text("-typo");
    harness.run_steps(1);
    harness.key_press(egui::Key::Enter);
    harness.run_steps(3);
    let typo = format!("{}-typo", sample_dir().display());
    // The error beside the field, the loaded folder kept, its events still on the map.
    harness.get_by_label(&format!("⚠ not a folder: {typo}"));
    assert_eq!(harness.state().corpus().folder, sample_dir());
    assert_eq!(harness.state().corpus().events.len(), events);
    assert!(harness.state().visible_marker_count() > 10);
    assert!(
        !harness
            .state()
            .settings()
            .recent_folders
            .iter()
            .any(|f| f.display().to_string() == typo),
        "{:?}",
        harness.state().settings().recent_folders
    );
}

/// A copy of the bundled sample in a folder called `sample`, under a temporary folder.
pub fn sample_copy() -> tempfile::TempDir {
    let root = temp_dir();
    for entry in std::fs::read_dir(sample_dir())
        .into_iter()
        .flatten()
        .flatten()
    {
        let _ = std::fs::create_dir_all(root.path().join("sample"));
        let _ = std::fs::copy(
            entry.path(),
            root.path().join("sample").join(entry.file_name()),
        );
    }
    root
}

#[test]
fn the_export_proposes_the_folder_and_the_window_and_asks_before_replacing() {
    let root = sample_copy();
    let folder = root.path().join("sample");
    let mut harness = app_without_system_dialog(&folder);
    let (first, last) = harness
        .state_mut()
        .time_window()
        .dates()
        .unwrap_or_else(|| panic!("the sample has dated events"));
    let name = format!("sample-events-{first}-to-{last}.geojson");
    file_menu(&mut harness, Some("Export visible events"), "GeoJSON");
    harness.get_by_label_contains(NO_DIALOG);
    // The save browser opens in the folder with the proposed name.
    assert!(
        harness.query_all_by_value(&name).next().is_some(),
        "no field proposes {name}"
    );
    harness.get_by_label("Save").click();
    harness.run_steps(4);
    let path = folder.join(&name);
    let written = std::fs::read_to_string(&path).unwrap_or_default();
    let value: serde_json::Value = serde_json::from_str(&written).unwrap_or_default();
    let features = value["features"].as_array().map_or(0, Vec::len);
    assert_eq!(features, harness.state().visible_events().len());
    assert!(features > 20);

    // A second export to the same name asks, and "Keep it" leaves the file as it was.
    std::fs::write(&path, "the analyst's edits").unwrap_or_else(|e| panic!("{e}"));
    file_menu(&mut harness, Some("Export visible events"), "GeoJSON");
    harness.get_by_label("Save").click();
    harness.run_steps(4);
    harness.get_by_label_contains("already exists");
    harness.get_by_label("Keep it").click();
    harness.run_steps(2);
    assert_eq!(
        std::fs::read_to_string(&path).unwrap_or_default(),
        "the analyst's edits"
    );
    assert!(harness.query_by_label("Replace").is_none());
    // "Replace" writes it.
    file_menu(&mut harness, Some("Export visible events"), "GeoJSON");
    harness.get_by_label("Save").click();
    harness.run_steps(4);
    harness.get_by_label("Replace").click();
    harness.run_steps(2);
    assert_eq!(std::fs::read_to_string(&path).unwrap_or_default(), written);
}

#[test]
fn the_csv_export_keeps_each_reports_article_outlet_sentence_and_place_spelling() {
    let root = sample_copy();
    let folder = root.path().join("sample");
    let mut harness = app_without_system_dialog(&folder);
    file_menu(&mut harness, Some("Export visible events"), "CSV");
    harness.get_by_label("Save").click();
    harness.run_steps(4);
    let name = harness
        .state()
        .corpus()
        .folder
        .read_dir()
        .into_iter()
        .flatten()
        .flatten()
        .map(|e| e.file_name().to_string_lossy().to_string())
        .find(|n| n.ends_with(".csv"))
        .unwrap_or_else(|| panic!("no CSV written"));
    let csv = std::fs::read_to_string(folder.join(name)).unwrap_or_default();
    let header = csv.lines().next().unwrap_or_default();
    for column in [
        "mentions.article",
        "mentions.outlet",
        "mentions.url",
        "mentions.sentence",
        "mentions.place_text",
    ] {
        assert!(header.split(',').any(|c| c == column), "{header}");
    }
    // The Qala-i-Naw assault's report quotes its sentence, with the town as the text spells it.
    let row = csv
        .lines()
        .find(|l| l.contains("2021-07-07_qala-i-naw-assault.txt") && l.ends_with(",Qala-i-Naw"))
        .unwrap_or_else(|| panic!("no report of the Qala-i-Naw article spelling the town"));
    assert!(row.contains("Qala-i-Naw"), "{row}");
    let reports: usize = harness
        .state()
        .visible_events()
        .iter()
        .map(|&i| harness.state().corpus().events[i].mentions.len().max(1))
        .sum();
    assert_eq!(csv.lines().count(), 1 + reports, "a row per report");
}

#[cfg(unix)]
#[test]
fn ticking_follow_links_reads_the_folder_again_with_the_linked_article() {
    let (folder, outside) = (temp_dir(), temp_dir());
    write(
        folder.path(),
        "2021-08-06_zaranj.txt",
        "Taliban fighters captured Zaranj.\n",
    );
    write(
        outside.path(),
        "kunduz.txt",
        "Taliban fighters captured Kunduz.\n",
    );
    std::os::unix::fs::symlink(
        outside.path().join("kunduz.txt"),
        folder.path().join("kunduz.txt"),
    )
    .unwrap_or_else(|e| panic!("{e}"));
    let linked = |harness: &Harness<'_, NewsmapApp>| {
        let corpus = harness.state().corpus();
        let read = corpus.articles.iter().any(|a| a.key == "kunduz.txt");
        let listed = corpus
            .problems
            .iter()
            .any(|p| p.path.ends_with("kunduz.txt"));
        (read, listed)
    };
    let mut harness = app_with_folder(folder.path());
    assert!(!harness.state().settings().follow_outside_links);
    assert_eq!(linked(&harness), (false, true));
    file_menu(&mut harness, None, "Follow links that leave the folder");
    step_until(&mut harness, "reading the folder again", |h| {
        !h.state().is_loading()
    });
    assert!(harness.state().settings().follow_outside_links);
    assert_eq!(linked(&harness), (true, false));
}

/// Saves through the browser in the window what the File menu's `item` offers, checking
/// that it proposes `name` in the folder; returns the file's path.
fn save_from_file_menu(
    harness: &mut Harness<'_, NewsmapApp>,
    item: &str,
    folder: &Path,
    name: &str,
) -> std::path::PathBuf {
    file_menu(harness, None, item);
    assert!(
        harness.query_all_by_value(name).next().is_some(),
        "{item} does not propose {name}"
    );
    harness.get_by_label("Save").click();
    harness.run_steps(4);
    folder.join(name)
}

#[test]
fn the_file_menu_saves_the_map_the_playback_and_the_report_under_proposed_names() {
    let root = sample_copy();
    let folder = root.path().join("sample");
    let mut harness = app_without_system_dialog(&folder);
    // A window of 61 days slides over the sample's days.
    let window = harness.state_mut().time_window();
    window.end_day = window.start_day + 60;
    let window = window.clone();
    let (first, last) = window
        .dates()
        .unwrap_or_else(|| panic!("the sample has dated events"));
    let days = format!("{first}-to-{last}");

    let png = save_from_file_menu(
        &mut harness,
        "Save map as PNG…",
        &folder,
        &format!("sample-map-{days}.png"),
    );
    let picture = image::open(&png).unwrap_or_else(|e| panic!("no PNG: {e}"));
    // The map's size in the window: what the side panels leave of 1400 × 900.
    assert!(
        (700..1400).contains(&picture.width()) && (500..900).contains(&picture.height()),
        "{}×{}",
        picture.width(),
        picture.height()
    );
    harness.get_by_label_contains("map of ");

    file_menu(&mut harness, None, "Record playback as GIF…");
    let (windows, _) = newsmap::ui::share::playback::windows(&window, 1);
    harness.get_by_label_contains(&format!("{} frames", windows.len()));
    harness.get_by_label("Record…").click();
    harness.run_steps(4);
    let name = format!("sample-playback-{days}.gif");
    assert!(
        harness.query_all_by_value(&name).next().is_some(),
        "the recording does not propose {name}"
    );
    harness.get_by_label("Save").click();
    harness.run_steps(2);
    // The GIF is made on another thread; the window goes on meanwhile.
    harness.get_by_label_contains("recording the playback to");
    step_until(&mut harness, "recording the playback", |h| {
        !h.state().is_recording()
    });
    harness.run_steps(1);
    let gif = std::fs::File::open(folder.join(&name)).unwrap_or_else(|e| panic!("no GIF: {e}"));
    let mut decoder = gif::DecodeOptions::new()
        .read_info(gif)
        .unwrap_or_else(|e| panic!("{e}"));
    assert_eq!((decoder.width(), decoder.height()), (960, 600));
    let mut frames = 0;
    while decoder
        .next_frame_info()
        .unwrap_or_else(|e| panic!("{e}"))
        .is_some()
    {
        frames += 1;
    }
    assert_eq!(frames, windows.len());
    harness.get_by_label_contains(&format!("{frames} frames of 960×600"));

    // The map and the GIF written into the folder may start a read of it when the watcher next
    // scans it: the report is saved once two whole scans have passed with no read (a loaded
    // machine may delay the watcher's thread past one), so that it and the events compared
    // with it are of one read.
    step_until_quiet(
        &mut harness,
        "a read of the folder",
        2 * newsmap::ingest::FolderWatcher::PERIOD + std::time::Duration::from_secs(1),
        |h| h.state().is_loading(),
    );
    let report = save_from_file_menu(
        &mut harness,
        "HTML report…",
        &folder,
        &format!("sample-report-{days}.html"),
    );
    let html = std::fs::read_to_string(report).unwrap_or_default();
    // The folder now holds the report: should its watcher read the folder again, the report
    // is left out (a report newsmap wrote is no article) and the same events come back.
    step_until(&mut harness, "a read of the folder", |h| {
        !h.state().is_loading()
    });
    let visible = harness.state().visible_events().len();
    assert_eq!(html.matches("<div class=\"event\"").count(), visible);
    harness.get_by_label_contains(&format!("report of {visible} events"));
}

//! Saved views and small windows, driven with egui_kittest: a view saved from the View menu
//! comes back when the app starts on the folder with its name (as `newsmap FOLDER --view NAME`
//! starts it), an unknown name says which views are saved, "Copy view as command" saves an
//! unnamed view first; in small windows the map keeps half the width and the side panels fold
//! away and come back by their buttons (which a message on screen does not cover), the map
//! showing the same extent again.

use std::path::{Path, PathBuf};

use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;
use newsmap::ui::NewsmapApp;

use crate::common::step_until;
use crate::ui::{app_with_folder, select_bagram_withdrawal};
use crate::ui_files::sample_copy;

/// The real app on `folder` in a window of `size`, started on the saved view `view` when given
/// as the command line does, stepped until the folder is read.
fn app_on_view(
    folder: &Path,
    view: Option<&str>,
    size: egui::Vec2,
) -> Harness<'static, NewsmapApp> {
    let (folder, view) = (folder.to_path_buf(), view.map(str::to_string));
    let mut harness = Harness::builder().with_size(size).build_eframe(move |cc| {
        let mut app = NewsmapApp::new(&cc.egui_ctx, folder, None);
        if let Some(view) = &view {
            app.open_view(view);
        }
        app
    });
    step_until(&mut harness, "reading the folder", |h| {
        !h.state().is_loading()
    });
    harness.run_steps(4);
    harness
}

/// Types `text` in the Save view window's name field.
fn type_name(harness: &mut Harness<'_, NewsmapApp>, text: &str) {
    let field = || egui::accesskit::Role::TextInput;
    harness.get_by_role_and_label(field(), "Name").click();
    harness.run_steps(1);
    harness
        .get_by_role_and_label(field(), "Name")
        .type_text(text);
    harness.run_steps(1);
}

/// Clicks View › `item`.
fn view_menu(harness: &mut Harness<'_, NewsmapApp>, item: &str) {
    harness.get_by_label("View").click();
    harness.run_steps(2);
    harness.get_by_label(item).click();
    harness.run_steps(3);
}

fn sample_folder(root: &tempfile::TempDir) -> PathBuf {
    root.path().join("sample")
}

#[test]
fn a_saved_view_comes_back_when_the_app_starts_on_its_name() {
    let root = sample_copy();
    let folder = sample_folder(&root);
    let mut harness = app_with_folder(&folder);
    let all = harness.state().visible_events().len();
    select_bagram_withdrawal(&mut harness);
    {
        let app = harness.state_mut();
        let window = app.time_window();
        window.start_day += 20;
        window.end_day -= 10;
        app.map_view().zoom += 0.5;
        app.show_heat_layer(true);
    }
    harness.run_steps(2);
    view_menu(&mut harness, "Save view…");
    type_name(&mut harness, "Bagram, July");
    harness.get_by_label("Save").click();
    harness.run_steps(3);
    let message = harness.state().message().unwrap_or_default().to_string();
    assert!(
        message.starts_with("view \"Bagram, July\" saved"),
        "{message}"
    );
    let app = harness.state_mut();
    let (window, view) = (app.time_window().clone(), *app.map_view());
    let (place, event) = (app.selected_place(), app.selected_event());
    let filters = app.filters().clone();
    let visible = app.visible_events();
    assert!(place.is_some() && event.is_some());
    assert!(visible.len() < all, "{} of {all} events", visible.len());
    drop(harness);

    let mut harness = app_on_view(&folder, Some("Bagram, July"), egui::vec2(1400.0, 900.0));
    let message = harness.state().message().unwrap_or_default().to_string();
    assert_eq!(message, "view \"Bagram, July\" shown");
    assert_eq!(harness.state().view_name(), Some("Bagram, July"));
    let app = harness.state_mut();
    assert_eq!(
        (app.time_window().start_day, app.time_window().end_day),
        (window.start_day, window.end_day)
    );
    assert_eq!(app.filters(), &filters);
    assert_eq!((app.selected_place(), app.selected_event()), (place, event));
    assert_eq!(app.visible_events(), visible);
    assert!(app.settings().heat_layer);
    let restored = *app.map_view();
    assert!(
        // The panels' widths are fractional pixels, which round a little differently.
        (restored.zoom - view.zoom).abs() < 1e-3
            && (restored.center[0] - view.center[0]).abs() < 1e-9
            && (restored.center[1] - view.center[1]).abs() < 1e-9,
        "{restored:?} for {view:?}"
    );
    // The detail panel shows the event again (its heading).
    assert!(harness.query_all_by_label("Withdrawal / handover").count() >= 1);
}

#[test]
fn an_unknown_view_name_says_which_views_are_saved() {
    let root = sample_copy();
    let folder = sample_folder(&root);
    let mut harness = app_with_folder(&folder);
    view_menu(&mut harness, "Save view…");
    type_name(&mut harness, "july");
    harness.key_press(egui::Key::Enter);
    harness.run_steps(3);
    drop(harness);

    let harness = app_on_view(&folder, Some("Kunduz"), egui::vec2(1400.0, 900.0));
    let expected = format!(
        "view not shown: no view named \"Kunduz\" in {}: the saved views are \"july\"",
        folder.display()
    );
    assert_eq!(harness.state().message(), Some(expected.as_str()));
    // In full, in the window.
    harness.get_by_label(&expected);
    assert_eq!(harness.state().view_name(), None);
    assert!(
        harness.state().visible_marker_count() > 10,
        "the folder is shown"
    );
}

#[test]
fn copy_view_as_command_saves_an_unnamed_view_first_and_copies_the_command() {
    let root = sample_copy();
    let folder = sample_folder(&root);
    let mut harness = app_with_folder(&folder);
    let command = format!(
        "newsmap '{}' --view 'view 1'",
        std::fs::canonicalize(&folder)
            .unwrap_or_else(|e| panic!("{e}"))
            .display()
    );
    let copied = |harness: &Harness<'_, NewsmapApp>| {
        harness
            .output()
            .platform_output
            .commands
            .iter()
            .find_map(|c| match c {
                egui::OutputCommand::CopyText(text) => Some(text.clone()),
                _ => None,
            })
    };
    // The first copy saves the view; unchanged, it is copied again and not saved anew.
    for message in [
        format!("saved as view \"view 1\" and copied: {command}"),
        format!("copied: {command}"),
    ] {
        harness.get_by_label("View").click();
        harness.run_steps(2);
        harness.get_by_label("Copy view as command").click();
        harness.step();
        assert_eq!(copied(&harness), Some(command.clone()));
        assert_eq!(harness.state().message(), Some(message.as_str()));
        harness.run_steps(2);
    }
    let saved = newsmap::store::load_views(&folder).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(saved.names(), ["view 1"]);
}

#[test]
fn in_small_windows_the_map_keeps_half_the_width_and_the_panel_buttons_fold_them() {
    let root = sample_copy();
    let folder = sample_folder(&root);
    for (width, height) in [(1000.0, 700.0), (800.0, 600.0)] {
        let mut harness = app_on_view(&folder, None, egui::vec2(width, height));
        let map = harness.state().map_size()[0];
        assert!(map >= f64::from(width) / 2.0 - 1.0, "map {map} of {width}");
        let view = *harness.state_mut().map_view();
        // A message on screen covers none of the panels' buttons.
        harness.get_by_label("View").click();
        harness.run_steps(2);
        harness.get_by_label("Copy view as command").click();
        harness.run_steps(4);
        let text = harness.state().message().map(str::to_owned);
        let text = text.unwrap_or_else(|| panic!("no message after the copy"));
        assert!(text.contains("copied: newsmap"), "{text}");
        // The box, by its text.
        let message = harness.get_by_label_contains("copied: newsmap").rect();

        // Each side panel folds away by its button, and comes back by the map's.
        for (hide, heading, show) in [("«", "Filters", "» Filters"), ("»", "Details", "« Details")]
        {
            assert!(!harness.get_by_label(hide).rect().intersects(message));
            harness.get_by_label(hide).click();
            harness.run_steps(8);
            assert!(harness.query_by_label(heading).is_none());
            let wider = harness.state().map_size()[0];
            assert!(
                wider > map + 100.0,
                "map {wider} after {map} without {heading}"
            );
            assert!(!harness.get_by_label(show).rect().intersects(message));
            harness.get_by_label(show).click();
            harness.run_steps(8);
            harness.get_by_label(heading);
            assert!(harness.query_by_label(show).is_none());
        }
        // The map shows what it showed before the panels moved.
        let back = *harness.state_mut().map_view();
        assert_eq!(harness.state().map_size()[0], map, "{width} px");
        assert!(
            (back.zoom - view.zoom).abs() < 1e-9 && (back.center[0] - view.center[0]).abs() < 1e-12,
            "{back:?} for {view:?}"
        );
    }
}

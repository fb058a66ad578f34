//! Time in the viewer, driven with egui_kittest: an undated article's date field (listed by the
//! article's title; the button and Enter set the date, saved beside the folder), and the
//! "Go to" field that moves the time window to a date typed.

use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;
use newsmap::ui::NewsmapApp;

use crate::common::{step_until, temp_dir, write};
use crate::ui::app_with_folder;

/// An undated report of the fall of Zaranj "on Friday".
const UNDATED: &str = "Taliban fighters captured Zaranj on Friday, officials said.\n";

/// Types `date` in the date field labelled `label`.
fn type_date(harness: &mut Harness<'_, NewsmapApp>, label: &str, date: &str) {
    let field = || egui::accesskit::Role::TextInput;
    harness.get_by_role_and_label(field(), label).click();
    harness.run_steps(1);
    harness
        .get_by_role_and_label(field(), label)
        .type_text(date);
    harness.run_steps(1);
}

/// The start days of the events, once the folder is read again.
fn event_days(harness: &mut Harness<'_, NewsmapApp>) -> Vec<String> {
    step_until(harness, "reading the folder again", |h| {
        !h.state().is_loading()
    });
    harness
        .state()
        .corpus()
        .events
        .iter()
        .filter_map(|e| e.time)
        .map(|t| t.start.to_string())
        .collect()
}

#[test]
fn a_date_set_for_an_undated_article_is_saved_and_survives_a_reload() {
    let dir = temp_dir();
    write(dir.path(), "fall.txt", UNDATED);
    let mut harness = app_with_folder(dir.path());
    assert_eq!(event_days(&mut harness), Vec::<String>::new());
    type_date(&mut harness, "fall.txt", "2021-08-07");
    harness.get_by_label("Set date").click();
    harness.run_steps(2);
    // The folder is read again with the saved date: "on Friday" is now 2021-08-06.
    assert_eq!(event_days(&mut harness), ["2021-08-06"]);
    let saved = std::fs::read_to_string(dir.path().join(".newsmap/dates.json")).unwrap_or_default();
    assert!(saved.contains("\"fall.txt\": \"2021-08-07\""), "{saved}");
    // A fresh start of the app (a reload) keeps the date.
    let mut again = app_with_folder(dir.path());
    assert_eq!(event_days(&mut again), ["2021-08-06"]);
}

#[test]
fn enter_in_the_date_field_of_an_article_listed_by_its_title_sets_the_date() {
    let dir = temp_dir();
    write(
        dir.path(),
        "fall.txt",
        format!("Title: Zaranj falls to the Taliban\n\n{UNDATED}"),
    );
    let mut harness = app_with_folder(dir.path());
    // Listed by its title, not its file name.
    assert!(harness.query_by_label("fall.txt").is_none());
    type_date(&mut harness, "Zaranj falls to the Taliban", "2021-08-07");
    harness.key_press(egui::Key::Enter);
    harness.run_steps(2);
    assert_eq!(event_days(&mut harness), ["2021-08-06"]);
}

#[test]
fn a_folder_of_many_undated_articles_lists_them_in_a_scrolling_list_whose_fields_set_dates() {
    let dir = temp_dir();
    for i in 0..300 {
        write(dir.path(), &format!("fall-{i:03}.txt"), UNDATED);
    }
    let mut harness = app_with_folder(dir.path());
    harness.run_steps(2);
    let field = |name: &str| (egui::accesskit::Role::TextInput, name.to_string());
    let (role, first) = field("fall-000.txt");
    assert!(harness.query_by_role_and_label(role, &first).is_some());
    // Only the rows in view are laid out, not 300 every frame.
    let (role, last) = field("fall-299.txt");
    assert!(harness.query_by_role_and_label(role, &last).is_none());
    type_date(&mut harness, "fall-000.txt", "2021-08-07");
    harness.key_press(egui::Key::Enter);
    harness.run_steps(2);
    let days = event_days(&mut harness);
    assert_eq!(
        days.iter().filter(|d| *d == "2021-08-06").count(),
        1,
        "{days:?}"
    );
    harness.run_steps(2);
    assert!(
        harness.query_by_role_and_label(role, &first).is_none(),
        "dated, it leaves the list"
    );
}

#[test]
fn a_date_typed_in_go_to_with_enter_moves_the_time_window_there() {
    let (_sample, mut harness) = crate::ui::sample_app();
    // The window shows all the folder's days: the date typed becomes the window.
    let before = harness.state_mut().time_window().clone();
    let target = before.min_day + 10;
    assert!(
        target < before.max_day,
        "the sample spans more than 10 days"
    );
    let date = chrono::NaiveDate::from_num_days_from_ce_opt(target).unwrap_or_default();
    type_date(&mut harness, "Go to", &date.format("%Y-%m-%d").to_string());
    harness.key_press(egui::Key::Enter);
    harness.run_steps(2);
    let moved = harness.state_mut().time_window().clone();
    assert_eq!(
        (moved.start_day, moved.end_day),
        (target, target),
        "the window is {date}"
    );
    let visible = harness.state().visible_events().len();
    assert!(visible < harness.state().corpus().events.len());
    // A typo moves nothing and says why beside the field.
    retype(&mut harness, "Go to", "2021-07-1x");
    harness.key_press(egui::Key::Enter);
    harness.run_steps(2);
    harness.get_by_label_contains("type a date as YYYY-MM-DD");
    assert_eq!(*harness.state_mut().time_window(), moved);
    // A day far from the events: the field says which days they span.
    retype(&mut harness, "Go to", "1990-01-01");
    harness.key_press(egui::Key::Enter);
    harness.run_steps(2);
    harness.get_by_label_contains("outside the events' days");
    assert_eq!(*harness.state_mut().time_window(), moved);
}

/// Replaces what the field labelled `label` holds with `text`.
fn retype(harness: &mut Harness<'_, NewsmapApp>, label: &str, text: &str) {
    let field = || egui::accesskit::Role::TextInput;
    harness.get_by_role_and_label(field(), label).click();
    harness.run_steps(1);
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::A);
    harness.run_steps(1);
    harness
        .get_by_role_and_label(field(), label)
        .type_text(text);
    harness.run_steps(1);
}

#[test]
fn a_week_long_event_is_counted_on_every_day_of_the_timeline_that_the_map_shows_it() {
    let dir = temp_dir();
    write(
        dir.path(),
        "2021-07-14_north.txt",
        "Taliban tighten grip on the north\n\n\
         Last week Taliban fighters captured the town of Imam Sahib in Kunduz province.\n\n\
         On Tuesday, a roadside bomb killed three soldiers in Pul-e Khumri, the capital of \
         Baghlan province.\n",
    );
    let mut harness = app_with_folder(dir.path());
    let precisions: Vec<_> = (harness.state().corpus().events.iter())
        .filter_map(|e| e.time.map(|t| t.precision))
        .collect();
    assert!(
        precisions.contains(&newsmap::time::TimePrecision::Week) && precisions.len() == 2,
        "a capture last week and a bombing on Tuesday: {precisions:?}"
    );
    // Scrub a window of one day over the folder's days, as "day >" does.
    let (first, last) = {
        let window = harness.state_mut().time_window();
        (window.end_day, window.start_day) = (window.min_day, window.min_day);
        (window.min_day, window.max_day)
    };
    harness.run_steps(2);
    let mut days_with_events = 0;
    for day in first..=last {
        assert_eq!(harness.state_mut().time_window().start_day, day);
        let on_map = harness.state().visible_events().len();
        assert_eq!(
            harness.state().timeline_events_on(day),
            on_map,
            "the bars of day {day} count what the map shows"
        );
        days_with_events += usize::from(on_map > 0);
        harness.get_by_label("day >").click();
        harness.run_steps(2);
    }
    // The week's seven days and the Tuesday.
    assert_eq!(days_with_events, 8, "from {first} to {last}");
}

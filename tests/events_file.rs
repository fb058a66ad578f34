//! The merged events file opened as a folder is (issue 12: "the viewer opens the merged events
//! file (`newsmap events.jsonl`) as it opens a folder"): the sample's events exported to JSON
//! Lines and read back through the viewer's path give the folder's events, places, dates and
//! sentences; a broken line is a problem with its number and the rest is read; a file that is
//! no events file is refused with the reason, in the library and on the command line.

use std::path::Path;

use serde_json::Value;

use newsmap::corpus::{Corpus, CorpusError, Fix, Origin};
use newsmap::events::Event;
use newsmap::export::{self, Format};
use newsmap::ingest::{self, EventsFileError};

use crate::common::{gazetteer, newsmap, sample_dir, temp_dir, write};

/// The sample folder read, and its events exported as `extract --events` writes them.
fn sample_and_its_events_file(dir: &Path) -> (Corpus, std::path::PathBuf) {
    let folder = ingest::read_corpus(&sample_dir(), gazetteer());
    let path = dir.join("sample-events.jsonl");
    let events: Vec<_> = folder.events.iter().collect();
    export::write_events_to(&folder, gazetteer(), &events, Format::Jsonl, &path, false)
        .unwrap_or_else(|e| panic!("{e}"));
    (folder, path)
}

/// Each report of `event`: its article's key and outlet, its sentence, the place as the text
/// spells it, and the place highlighted in the sentence (a place taken from an earlier
/// sentence is not).
fn sentences(corpus: &Corpus, event: &Event) -> Vec<Report> {
    let mentions = event.mentions.iter();
    mentions
        .map(|m| {
            let article = &corpus.articles[m.article];
            let surface = m.place.as_ref().map(|t| t.surface.to_string());
            let highlighted = (m.place.as_ref())
                .map(|t| t.span.clone())
                .filter(|s| m.sentence.start <= s.start && s.end <= m.sentence.end)
                .map(|s| article.text[s].to_string())
                .filter(|s| !s.is_empty());
            let sentence = article.text[m.sentence.clone()].to_string();
            (
                article.key.clone(),
                article.outlet.clone(),
                sentence,
                surface,
                highlighted,
            )
        })
        .collect()
}

/// A report as the detail panel shows it (see [`sentences`]).
type Report = (
    String,
    Option<String>,
    String,
    Option<String>,
    Option<String>,
);

/// The exported record of every event of `corpus`.
fn exported(corpus: &Corpus) -> Vec<Value> {
    let events: Vec<_> = corpus.events.iter().collect();
    (export::event_records(corpus, gazetteer(), &events))
        .map(export::EventRecord::into_value)
        .collect()
}

// See: issue 12.
#[test]
fn the_sample_s_events_file_opens_with_the_folder_s_events_places_dates_and_sentences() {
    let dir = temp_dir();
    let (folder, path) = sample_and_its_events_file(dir.path());
    let opened = ingest::read_corpus(&path, gazetteer());
    assert_eq!(opened.origin, Origin::EventsFile);
    assert!(opened.problems.is_empty(), "{:?}", opened.problems);
    assert!(folder.events.len() > 20);
    assert_eq!(opened.events.len(), folder.events.len());
    for (read, made) in opened.events.iter().zip(&folder.events) {
        assert_eq!(
            (read.id, read.kind, read.place, read.precision, read.time),
            (made.id, made.kind, made.place, made.precision, made.time)
        );
        assert_eq!(
            (&read.actors, read.casualties, read.unconfirmed),
            (&made.actors, made.casualties, made.unconfirmed)
        );
        assert_eq!(sentences(&opened, read), sentences(&folder, made));
    }
    // Exported again, the events are the same: nothing was lost, not even the offsets of the
    // sentences in their articles, but those of a place an earlier sentence named (that
    // sentence's text is not in the file: the place is named, not highlighted).
    let mut expected = exported(&folder);
    for record in &mut expected {
        for mention in record["mentions"].as_array_mut().into_iter().flatten() {
            let offset = |field: &str| mention[field].as_u64();
            let (start, end) = (offset("start"), offset("end"));
            let (place_start, place_end) = (offset("place_start"), offset("place_end"));
            if place_start < start || place_end > end {
                mention["place_start"] = Value::Null;
                mention["place_end"] = Value::Null;
            }
        }
    }
    let again = exported(&opened);
    assert_eq!(again.len(), expected.len());
    for (read, made) in again.iter().zip(&expected) {
        for (field, value) in made.as_object().into_iter().flatten() {
            assert_eq!(&read[field], value, "{field} of event {}", made["id"]);
        }
    }
    // Only the quoted sentences are there, not the articles' text.
    let quoted: usize = opened.articles.iter().map(|a| a.text.len()).sum();
    let whole: usize = folder.articles.iter().map(|a| a.text.len()).sum();
    assert!(quoted < whole / 2, "{quoted} of {whole} bytes");
}

#[test]
fn an_events_file_is_read_only_and_nothing_is_written_beside_it() {
    let dir = temp_dir();
    let (_, path) = sample_and_its_events_file(dir.path());
    let mut opened = ingest::read_corpus(&path, gazetteer());
    let event = opened.events[0].id;
    let fixed = opened.fix_event(gazetteer(), event, Fix::NotEvent);
    assert!(matches!(fixed, Err(CorpusError::ReadOnly)), "{fixed:?}");
    let key = opened.articles[0].key.clone();
    let dated = opened.set_date(&key, crate::common::date(2021, 7, 1));
    assert!(matches!(dated, Err(CorpusError::ReadOnly)), "{dated:?}");
    let files: Vec<_> = std::fs::read_dir(dir.path())
        .unwrap_or_else(|e| panic!("{e}"))
        .flatten()
        .map(|entry| entry.file_name())
        .collect();
    assert_eq!(files, ["sample-events.jsonl"]);
}

#[test]
fn broken_lines_of_an_events_file_are_listed_by_number_and_the_rest_is_shown() {
    let dir = temp_dir();
    let (folder, path) = sample_and_its_events_file(dir.path());
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{e}"));
    let mut lines: Vec<String> = text.lines().map(String::from).collect();
    // Line 3 cut short, line 5 another JSON object, line 7 an unknown kind.
    lines[2] = lines[2]
        .chars()
        .take(lines[2].chars().count() / 2)
        .collect();
    lines[4] = r#"{"key": "kabul.txt", "text": "An article, not an event."}"#.into();
    lines[6] = lines[6].replacen(r#""kind":""#, r#""kind":"x"#, 1);
    write(dir.path(), "broken.jsonl", lines.join("\n") + "\n");
    let opened = ingest::read_corpus(&dir.path().join("broken.jsonl"), gazetteer());
    assert_eq!(opened.events.len(), folder.events.len() - 3);
    let reasons: Vec<&str> = opened.problems.iter().map(|p| p.reason.as_str()).collect();
    assert_eq!(reasons.len(), 3, "{reasons:?}");
    assert!(
        reasons[0].starts_with("line 3 skipped: not JSON"),
        "{reasons:?}"
    );
    assert!(
        reasons[1].starts_with("line 5 skipped: not an event"),
        "{reasons:?}"
    );
    assert!(reasons[2].starts_with("line 7 skipped: “x"), "{reasons:?}");
}

#[test]
fn a_file_that_is_no_events_file_is_refused_with_the_reason() {
    let dir = temp_dir();
    write(dir.path(), "notes.txt", "Kabul fell on Sunday.\n");
    write(dir.path(), "binary.jsonl", [0u8, 159, 146, 150, 0, 1, 2]);
    write(dir.path(), "empty.jsonl", "\n\n");
    write(
        dir.path(),
        "articles.jsonl",
        "{\"key\": \"a\", \"text\": \"Taliban fighters captured Kunduz.\"}\n",
    );
    let refused = |name: &str| {
        let path = dir.path().join(name);
        let error = ingest::check_events_file(&path).err();
        // The viewer's path refuses it too, as one problem, and shows nothing.
        let opened = ingest::read_corpus(&path, gazetteer());
        assert!(opened.events.is_empty() && opened.articles.is_empty());
        assert_eq!(opened.problems.len(), 1, "{:?}", opened.problems);
        error.unwrap_or_else(|| panic!("{name} is taken for an events file"))
    };
    let is_not_events = |error: &EventsFileError, why: &str| matches!(error, EventsFileError::NotEvents { line: 1, reason, .. } if reason.starts_with(why));
    assert!(is_not_events(&refused("notes.txt"), "not JSON"));
    assert!(is_not_events(&refused("binary.jsonl"), "not UTF-8"));
    assert!(is_not_events(&refused("articles.jsonl"), "not an event"));
    assert!(matches!(
        refused("empty.jsonl"),
        EventsFileError::Empty { .. }
    ));
    // The command line says so and opens no window.
    let output = newsmap([dir.path().join("notes.txt")]);
    assert!(!output.status.success());
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.contains("not an events file"), "{stderr}");
    assert!(stderr.contains("line 1"), "{stderr}");
}

// See: issue 12. The analyst opens the events file by path, finds Bagram and reads the
// sentences of its withdrawal.
#[test]
fn the_viewer_opens_an_events_file_and_quotes_an_event_s_sentence() {
    use egui_kittest::kittest::Queryable as _;

    let dir = temp_dir();
    let (folder, path) = sample_and_its_events_file(dir.path());
    let mut harness = crate::ui::app_with_folder(&path);
    assert_eq!(harness.state().corpus().events.len(), folder.events.len());
    harness.get_by_label_contains("events file, read only");
    crate::ui::select_bagram_withdrawal(&mut harness);
    let quoted = |harness: &egui_kittest::Harness<'_, _>| {
        harness
            .query_all_by_label_contains("left Bagram Airfield in the dark")
            .count()
    };
    let in_panel = quoted(&harness);
    assert!(in_panel > 0, "the source sentence is not shown");
    // No correction is offered; the panel says why.
    assert!(harness.query_by_label("Wrong place?").is_none());
    harness.get_by_label_contains("Read only");
    // The article's quoted sentences open in the reader.
    harness
        .get_all_by_label("Quoted sentences")
        .next()
        .unwrap_or_else(|| panic!("no button to read the sentences"))
        .click();
    harness.run_steps(3);
    assert!(harness.query_by_label_contains("Article: ").is_some());
    assert!(quoted(&harness) > in_panel);
}

#[test]
fn the_viewer_started_on_a_file_that_is_no_events_file_says_why() {
    use egui_kittest::kittest::Queryable as _;

    let dir = temp_dir();
    write(dir.path(), "notes.txt", "Kabul fell on Sunday.\n");
    let harness = crate::ui::app_with_folder(&dir.path().join("notes.txt"));
    assert!(harness.state().corpus().events.is_empty());
    harness.get_by_label_contains("not an events file");
}

//! Property tests: the readers, cleaning, the date parser, the tokenizer and sentence splitter,
//! the geoparser and the event extractor on arbitrary text (news-like words mixed with
//! case-changing letters such as "İ", "K" and "ẞ", marks, emoji, controls and any code point)
//! and arbitrary bytes. None panics, and every range they return slices the original text.
//!
//! `cargo test` runs a short run (64 cases a property); `scripts/fuzz.sh SECONDS` runs them for
//! longer through `PROPTEST_CASES`. See: issue 13 ("Make it stay fixed").

use std::ops::Range;

use newsmap::articles::{ReadOptions, parse_date_value, read_file};
use newsmap::events::{extract_mentions, sentences};
use newsmap::geoparse::line_ranges;
use newsmap::text::words;
use newsmap::time::find_times;
use proptest::prelude::*;
use proptest::test_runner::Config;

use crate::common::{geoparser, temp_dir};

/// Pieces of text that exercise the pipeline: place names, event words, dates, abbreviations,
/// letters whose lower case has another length in UTF-8, marks, emoji, scripts without case.
const PIECES: &[&str] = &[
    "Kabul",
    "Herat",
    "Kandahar",
    "Lashkar Gah",
    "Qala-i-Naw",
    "Mazar-i-Sharif",
    "KABUL",
    "İsmail Khan",
    "İSTANBUL",
    "\u{212A}abul",
    "\u{212B}",
    "ẞ",
    "ß",
    "ǅ",
    "ῼ",
    "ﬁ",
    "ΐ",
    "Σ",
    "Taliban",
    "fighters",
    "attacked",
    "killed",
    "shelled",
    "seized",
    "the city",
    "the town",
    "there",
    "said",
    "allegedly",
    "in",
    "of",
    "at",
    "near",
    "on Monday",
    "last week",
    "ISLAMABAD/KABUL, ",
    "/",
    "originally from ",
    "angry at the fall of ",
    "II",
    "'s defence ministry",
    "videos showing the ",
    "Liberation Army",
    "South West region",
    "July 7, 2021",
    "2021-02-30",
    "0000-00-00",
    "12",
    "1,037",
    "dozens",
    "Gen.",
    "Gah.",
    "in al-",
    "ash-",
    " | ",
    "since morning",
    "the funeral on",
    "took the centre of ",
    ", a town in ",
    "U.S.",
    "Mr.",
    ".",
    ". ",
    "! ",
    "? ",
    ",",
    "\"",
    "'",
    "\u{2019}",
    "(",
    ")",
    "-",
    " ",
    " ",
    "\n",
    "\r\n",
    "\t",
    "\u{301}",
    "\u{200d}",
    "🇦🇫",
    "کابل",
    "\u{FFFD}",
    "\u{0}",
    "\u{1b}",
];

/// Text made of [`PIECES`] and arbitrary characters.
fn news_like() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        4 => prop::sample::select(PIECES).prop_map(str::to_string),
        1 => any::<char>().prop_map(String::from),
    ];
    prop::collection::vec(piece, 0..80).prop_map(|pieces| pieces.concat())
}

/// The case count of a property: `PROPTEST_CASES` when set, else 64.
fn config() -> Config {
    let cases = std::env::var("PROPTEST_CASES")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(64);
    Config {
        cases,
        failure_persistence: None,
        ..Config::default()
    }
}

/// Whether `range` slices `text` (in bounds, on character boundaries).
fn slices(text: &str, range: &Range<usize>) -> bool {
    range.start <= range.end && text.get(range.clone()).is_some()
}

proptest! {
    #![proptest_config(config())]

    #[test]
    fn words_slice_the_text(text in news_like()) {
        for word in words(&text) {
            prop_assert!(slices(&text, &word.span), "{word:?} in {text:?}");
        }
    }

    #[test]
    fn sentences_slice_their_lines(text in news_like()) {
        let lines = line_ranges(&text);
        for sentence in sentences(&text, &lines) {
            prop_assert!(slices(&text, &sentence), "{sentence:?} in {text:?}");
            prop_assert!(lines.iter().any(|l| l.start <= sentence.start && sentence.end <= l.end));
        }
    }

    #[test]
    fn dates_parse_without_panic(value in news_like(), digits in "[0-9]{0,14}") {
        let _ = parse_date_value(&value);
        let _ = parse_date_value(&digits);
        for mention in find_times(&value, None) {
            prop_assert!(slices(&value, &mention.span), "{mention:?} in {value:?}");
        }
    }

    #[test]
    fn places_and_events_slice_the_text(text in news_like()) {
        let lines = line_ranges(&text);
        let toponyms = geoparser().parse(&text, &lines);
        for toponym in &toponyms {
            prop_assert!(slices(&text, &toponym.span), "{toponym:?} in {text:?}");
        }
        let date = chrono::NaiveDate::from_ymd_opt(2021, 8, 15);
        for mention in extract_mentions(geoparser().gazetteer(), 0, &text, &lines, &toponyms, date) {
            prop_assert!(slices(&text, &mention.sentence), "{mention:?} in {text:?}");
            prop_assert!(slices(&text, &mention.trigger), "{mention:?} in {text:?}");
        }
    }

}

/// The readers on a text wrapped as each format and on arbitrary bytes: the kept and dropped
/// lines slice the article's text. One folder for the whole run, each case's files new and
/// removed after it: a folder a case, or files truncated and rewritten (which ext4 flushes to
/// disk on close), spent the run's time on the file system, not on the readers.
#[test]
fn files_read_and_clean_within_their_text() {
    let folder = temp_dir();
    let inputs = (
        news_like(),
        prop::collection::vec(any::<u8>(), 0..200),
        prop::sample::select(&["txt", "md", "html", "json", "jsonl"][..]),
    );
    let mut runner = proptest::test_runner::TestRunner::new(config());
    let case = std::cell::Cell::new(0_u64);
    let outcome = runner.run(&inputs, |(text, bytes, extension)| {
        case.set(case.get() + 1);
        let wrapped = match extension {
            "html" => format!("<html><title>{text}</title><body><p>{text}</p></body></html>"),
            "json" | "jsonl" => serde_json::json!({"title": text, "text": text}).to_string(),
            _ => text.clone(),
        };
        for (name, contents) in [("text", wrapped.into_bytes()), ("bytes", bytes)] {
            let path = (folder.path()).join(format!("{}-{name}.{extension}", case.get()));
            std::fs::write(&path, &contents).map_err(|e| TestCaseError::fail(e.to_string()))?;
            let read = read_file(&path, name, &ReadOptions::default());
            std::fs::remove_file(&path).map_err(|e| TestCaseError::fail(e.to_string()))?;
            let Ok(articles) = read else { continue };
            for article in articles {
                for line in &article.kept {
                    prop_assert!(
                        slices(&article.text, line),
                        "{line:?} of {:?}",
                        article.text
                    );
                }
                for (line, _) in &article.dropped {
                    prop_assert!(
                        slices(&article.text, line),
                        "{line:?} of {:?}",
                        article.text
                    );
                }
            }
        }
        Ok(())
    });
    if let Err(failure) = outcome {
        panic!("{failure}");
    }
}

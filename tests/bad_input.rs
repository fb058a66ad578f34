//! Folders as users really have them: binary, empty, mis-encoded, huge, broken HTML and JSON
//! files, a broken date-overrides file, thousands of files. Reading never panics, reads every
//! good article and names each problem; geoparsing what was read never panics; the command line
//! fails with a clear message on a missing folder or a broken corpus.

use std::collections::BTreeMap;
use std::path::Path;
use std::time::{Duration, Instant};

use newsmap::articles::{ProblemKind, ReadOptions, ReadReport, read_folder};
use newsmap::corpus::read_articles;
use newsmap::store::DATES_FILE;

use crate::common::{date, geoparser, newsmap, temp_dir, write};

/// The size cap of [`read_bad_folder`]: small, so that a "huge" file needs only a few KB.
const MAX_FILE_BYTES: u64 = 4096;

/// Writes a folder holding one of each kind of bad file, next to good ones.
fn write_bad_folder(root: &Path) {
    write(
        root,
        "good.txt",
        "Floods hit Herat.\n\nMore rain is expected in Kabul.\n",
    );
    write(
        root,
        "notes/good.md",
        "# Aid reaches Bamyan\n\nTrucks from Kabul reached Bamyan on Monday.\n",
    );
    write(
        root,
        "binary.txt",
        b"PK\x03\x04\x14\x00\x00\x00\x08\x00Herat\x00\x00",
    );
    write(root, "empty.txt", "");
    write(
        root,
        "latin1.txt",
        b"Caf\xe9 owners in Herat said trade had stopped.\n",
    );
    write(root, "huge.txt", "Kabul is calm. ".repeat(1000));
    write(
        root,
        "broken.html",
        "<html><head><title>Siege of Kandahar</title><body><article><h1>Siege of Kandahar\
         <p>Fighting went on in <b>Kandahar</i> all night.<p>Families fled to Herat</span> \
         <div class=\"share",
    );
    write(
        root,
        "broken.json",
        r#"{"title": "Ghazni falls", "text": "Ghazni fell on Thursday.""#,
    );
    write(
        root,
        "feed.jsonl",
        "{\"text\": \"Ghazni fell on Thursday.\", \"date\": \"2021-08-12\"}\n\
         {\"text\": \"Herat fell\", oops}\n\
         {\"text\": \"Kandahar fell on Friday.\", \"date\": \"2021-08-13\"}\n",
    );
    write(root, DATES_FILE, "good.txt: 2021-07-01");
    write(root, "report.pdf", "%PDF-1.4 not an article");
    // Readable, but odd text for the geoparser: case changes that change byte lengths,
    // combining marks, scripts without case, emoji, CRLF and lone CR line breaks, dangling
    // linking words and hyphens.
    write(
        root,
        "odd.txt",
        "İSTANBUL and İstanbul, ß and ẞ, ﬁre in Kabul\u{301}, Qala-i-\r\n\
         کابل و هرات — 🇦🇫 Herat 🏳\u{fe0f}\r\
         Mr. . Gen. -i- of the \u{200d}Kandahar\u{200d} Ghazni-\n\
         KABUL, HERAT, KANDAHAR, QALA-I-NAW AND MAZAR-I-SHARIF FALL\n\t\n\
         Ǆungla Ǉubljana ǅ ǈ ῼ ᾈ\n",
    );
}

/// Reads a folder written by [`write_bad_folder`] with a small size cap.
fn read_bad_folder() -> ReadReport {
    let folder = temp_dir();
    write_bad_folder(folder.path());
    let options = ReadOptions {
        max_file_bytes: MAX_FILE_BYTES,
        ..ReadOptions::default()
    };
    read_articles(folder.path(), &options)
}

#[test]
fn a_folder_of_bad_files_reads_every_good_article_and_names_each_problem() {
    let report = read_bad_folder();
    let keys: Vec<&str> = report.articles.iter().map(|a| a.key.as_str()).collect();
    assert_eq!(
        keys,
        [
            "broken.html",
            "feed.jsonl#0",
            "feed.jsonl#2",
            "good.txt",
            "latin1.txt",
            "notes/good.md",
            "odd.txt",
        ]
    );
    let text_of = |key: &str| {
        let article = report.articles.iter().find(|a| a.key == key).expect("read");
        article
            .kept_text()
            .map(|(_, line)| line)
            .collect::<Vec<_>>()
    };
    assert_eq!(
        text_of("good.txt"),
        ["Floods hit Herat.", "More rain is expected in Kabul."]
    );
    assert_eq!(
        text_of("broken.html"),
        [
            "Siege of Kandahar",
            "Fighting went on in Kandahar all night.",
            "Families fled to Herat"
        ]
    );
    assert_eq!(
        text_of("latin1.txt"),
        ["Caf\u{FFFD} owners in Herat said trade had stopped."]
    );
    let published: Vec<_> = report
        .articles
        .iter()
        .map(|a| a.published.map(|p| p.date))
        .collect();
    assert_eq!(published[1], Some(date(2021, 8, 12)));
    assert_eq!(published[2], Some(date(2021, 8, 13)));

    // One problem per bad file, each saying what is wrong.
    let problems: BTreeMap<String, (ProblemKind, String)> = report
        .problems
        .iter()
        .map(|problem| {
            let name = problem
                .path
                .file_name()
                .expect("file name")
                .to_string_lossy();
            (name.into_owned(), (problem.kind, problem.reason.clone()))
        })
        .collect();
    assert_eq!(
        problems.len(),
        report.problems.len(),
        "{:#?}",
        report.problems
    );
    let expected: [(&str, ProblemKind, &[&str]); 7] = [
        ("binary.txt", ProblemKind::Skipped, &["binary"]),
        ("empty.txt", ProblemKind::Skipped, &["empty"]),
        ("huge.txt", ProblemKind::Skipped, &["over", "4 KB", "limit"]),
        ("broken.json", ProblemKind::Skipped, &["JSON"]),
        ("feed.jsonl", ProblemKind::Degraded, &["line 2", "JSON"]),
        ("latin1.txt", ProblemKind::Degraded, &["UTF-8"]),
        (
            "dates.json",
            ProblemKind::Degraded,
            &["date overrides", "JSON"],
        ),
    ];
    for (name, kind, words) in expected {
        let (found_kind, reason) = problems
            .get(name)
            .unwrap_or_else(|| panic!("no problem listed for {name}: {problems:#?}"));
        assert_eq!(*found_kind, kind, "{name}: {reason}");
        for word in words {
            assert!(
                reason.contains(word),
                "{name}: {reason:?} does not say {word:?}"
            );
        }
    }
    assert_eq!(
        problems.len(),
        expected.len(),
        "unexpected problems: {problems:#?}"
    );
}

#[test]
fn geoparsing_every_article_of_a_bad_folder_does_not_panic() {
    let report = read_bad_folder();
    assert!(!report.articles.is_empty());
    let geoparser = geoparser();
    let mut found = 0;
    for article in &report.articles {
        let from_kept = geoparser.parse(&article.text, &article.kept);
        let from_text = geoparser.parse_text(&article.text);
        for toponym in from_kept.iter().chain(&from_text) {
            assert_eq!(
                article.text.get(toponym.span.clone()),
                Some(toponym.surface.as_str()),
                "{}: span {:?} does not give the surface",
                article.key,
                toponym.span
            );
        }
        found += from_kept.len();
    }
    assert!(
        found >= 5,
        "the good articles name Herat, Kabul, Kandahar …: found {found}"
    );
}

#[test]
fn a_folder_of_10000_small_files_reads_completely() {
    const FILES: usize = 10_000;
    let folder = temp_dir();
    for i in 0..FILES {
        let path = folder.path().join(format!("{i:05}.txt"));
        std::fs::write(&path, format!("Report {i} from Kabul."))
            .unwrap_or_else(|error| panic!("cannot write {}: {error}", path.display()));
    }
    let started = Instant::now();
    let report = read_folder(folder.path(), &ReadOptions::default());
    let elapsed = started.elapsed();
    assert!(
        report.problems.is_empty(),
        "{:?}",
        &report.problems[..report.problems.len().min(5)]
    );
    assert_eq!(report.articles.len(), FILES);
    for (i, article) in report.articles.iter().enumerate() {
        assert_eq!(article.key, format!("{i:05}.txt"));
        assert_eq!(article.id.0 as usize, i);
    }
    // Linear reading takes well under a second; this bound only catches runaway slowness.
    assert!(
        elapsed < Duration::from_secs(20),
        "reading {FILES} tiny files took {elapsed:?}"
    );
}

#[test]
fn extract_on_a_missing_folder_fails_with_a_clear_message() {
    let folder = temp_dir();
    let missing = folder.path().join("no-such-folder");
    let missing = missing.to_str().expect("a UTF-8 temporary path");
    let output = newsmap(["extract", missing, "--format", "jsonl"]);
    assert!(!output.status.success(), "exit status {}", output.status);
    assert!(output.stdout.is_empty(), "nothing on stdout");
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        stderr.contains("not a folder") && stderr.contains("no-such-folder"),
        "stderr names neither the problem nor the folder: {stderr:?}"
    );
    assert!(!stderr.contains("panicked"), "{stderr}");
}

#[test]
fn eval_on_a_broken_corpus_fails_naming_the_line() {
    let folder = temp_dir();
    let corpus = folder.path().join("broken-corpus.jsonl");
    write(
        folder.path(),
        "broken-corpus.jsonl",
        "{\"doc_id\": \"1\", \"text\": \"Floods in Herat.\", \"toponyms\": []}\n\
         {\"doc_id\": \"2\", \"text\": \"Floods in Kabul.\", \"toponyms\": [{\"start\": 10\n\
         {\"doc_id\": \"3\", \"text\": \"Floods in Ghazni.\", \"toponyms\": []}\n",
    );
    let output = newsmap(["eval", corpus.to_str().expect("a UTF-8 temporary path")]);
    assert!(!output.status.success(), "exit status {}", output.status);
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        stderr.contains("line 2") && stderr.contains("broken-corpus.jsonl"),
        "stderr does not name the broken line of the corpus: {stderr:?}"
    );
    assert!(!stderr.contains("panicked"), "{stderr}");
}

//! Beyond one machine (issue 12): an archive cut into shards, each extracted apart by the
//! streaming `newsmap extract -`, and the shards' records combined by `newsmap merge` (in any
//! order) give byte for byte what `newsmap extract FOLDER --events` gives for the whole folder:
//! on the bundled sample, packed a file a line, and on a generated folder of a few hundred
//! articles.

use std::io::Write as _;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

use serde_json::json;

use crate::common::{newsmap, sample_dir, stdout_of_success, temp_dir, write};

/// The article files of `folder` (recursively, hidden ones left out), each packed as the line
/// `{"key": PATH, "file": CONTENTS}`.
fn pack(folder: &Path) -> Vec<String> {
    let mut files = Vec::new();
    let mut folders = vec![folder.to_path_buf()];
    while let Some(current) = folders.pop() {
        let entries = std::fs::read_dir(&current).unwrap_or_else(|e| panic!("{e}"));
        for entry in entries.flatten() {
            let path = entry.path();
            if entry.file_name().to_string_lossy().starts_with('.') {
                continue;
            } else if path.is_dir() {
                folders.push(path);
            } else {
                files.push(path);
            }
        }
    }
    files.sort();
    files
        .iter()
        .map(|path| {
            let relative = path.strip_prefix(folder).unwrap_or(path);
            let key = relative.to_string_lossy().replace('\\', "/");
            let contents = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{e}"));
            json!({"key": key, "file": contents}).to_string()
        })
        .collect()
}

/// Runs `newsmap extract -` on `lines`; returns its records and its stderr.
fn extract_stream(lines: &[String]) -> (String, String) {
    let mut child = Command::new(env!("CARGO_BIN_EXE_newsmap"))
        .args(["extract", "-"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap_or_else(|e| panic!("cannot run newsmap: {e}"));
    let mut stdin = child.stdin.take().unwrap_or_else(|| panic!("no stdin"));
    let input = lines.join("\n") + "\n";
    let writer = std::thread::spawn(move || stdin.write_all(input.as_bytes()));
    let output = child
        .wait_with_output()
        .unwrap_or_else(|e| panic!("newsmap: {e}"));
    writer
        .join()
        .unwrap_or_else(|_| panic!("the writer panicked"))
        .unwrap_or_else(|e| panic!("writing stdin: {e}"));
    let stderr = String::from_utf8_lossy(&output.stderr).into_owned();
    (stdout_of_success(&output), stderr)
}

/// The lines cut into `count` shards, not in their order (line `i` goes to shard `i * 7 %
/// count`, and each shard is reversed), written as record files by the streaming extract;
/// returns the record files, last shard first.
fn extract_shards(lines: &[String], count: usize, dir: &Path) -> Vec<PathBuf> {
    let mut shards: Vec<Vec<String>> = vec![Vec::new(); count];
    for (index, line) in lines.iter().enumerate() {
        shards[index * 7 % count].push(line.clone());
    }
    let mut files = Vec::new();
    for (index, mut shard) in shards.into_iter().enumerate().rev() {
        shard.reverse();
        let (records, _) = extract_stream(&shard);
        let path = dir.join(format!("shard-{index}.records"));
        std::fs::write(&path, records).unwrap_or_else(|e| panic!("{e}"));
        files.push(path);
    }
    files
}

/// What `newsmap extract FOLDER --events --format FORMAT` prints (without the cache).
fn whole(folder: &Path, format: &str) -> String {
    let folder = folder.to_str().unwrap_or_else(|| panic!("a UTF-8 path"));
    let args = [
        "extract",
        folder,
        "--events",
        "--no-cache",
        "--format",
        format,
    ];
    stdout_of_success(&newsmap(args))
}

/// What `newsmap merge FILES... --format FORMAT` prints.
fn merged(files: &[PathBuf], format: &str) -> String {
    let mut args: Vec<String> = vec!["merge".into()];
    args.extend(files.iter().map(|f| f.to_string_lossy().into_owned()));
    args.extend(["--format".into(), format.into()]);
    stdout_of_success(&newsmap(args))
}

/// Asserts that merging `files`, in their order and reversed, gives the whole folder's events
/// in every format.
fn assert_merge_is_whole(folder: &Path, mut files: Vec<PathBuf>) {
    for format in ["jsonl", "csv", "geojson", "kml", "acled"] {
        let expected = whole(folder, format);
        assert_eq!(merged(&files, format), expected, "{format}");
        files.reverse();
        assert_eq!(
            merged(&files, format),
            expected,
            "{format}, shards reversed"
        );
    }
}

// See: issue 12 (beyond one machine: sharded extraction + merge = whole-folder extraction).
#[test]
fn the_sample_extracted_in_shards_and_merged_is_the_whole_folder_s_events() {
    let lines = pack(&sample_dir());
    assert!(lines.len() >= 15);
    let dir = temp_dir();
    let files = extract_shards(&lines, 3, dir.path());
    let events = whole(&sample_dir(), "jsonl");
    assert!(events.lines().count() > 20, "{events}");
    assert_merge_is_whole(&sample_dir(), files);
}

/// Places of the generated articles, spelt as the stories spell them.
const PLACES: [&str; 12] = [
    "Kunduz",
    "Ghazni",
    "Herat",
    "Kandahar",
    "Lashkar Gah",
    "Taloqan",
    "Faizabad",
    "Maimana",
    "Pul-e-Khumri",
    "Mazar-i-Sharif",
    "Qala-i-Naw",
    "Zaranj",
];

/// What happened, as one outlet or another tells it (`{place}`, `{n}`).
const LEADS: [&str; 6] = [
    "Taliban fighters stormed army checkpoints on the edge of {place} on Tuesday, killing {n} soldiers, a provincial official said.",
    "Mortar rounds landed on homes in {place} overnight, and residents said {n} civilians were hurt.",
    "Insurgents overran the police headquarters in {place} after a night of fighting, according to a council member.",
    "Several hundred shopkeepers marched through {place} on Monday to protest against new taxes.",
    "A roadside bomb tore through a minibus outside {place} on Wednesday, wounding {n} passengers.",
    "Intelligence officers detained {n} men in {place} after finding explosives in a warehouse.",
];

/// What follows the lead in some stories.
const BACKGROUND: [&str; 4] = [
    "The ministry of defence did not answer requests for comment.",
    "Fighting has spread across the north since the spring, aid groups say.",
    "Local elders called for calm and asked both sides to spare the bazaar.",
    "Telephone lines were cut for most of the day, which made reports hard to confirm.",
];

/// A folder of `count` short articles in `.json` files (and the lines that hold them: the
/// same objects with their key), several outlets telling each happening; plus a wire feed
/// (`wire/feed.jsonl`, packed as a file) and a text file whose name sorts between `wire` and
/// `wire/…` by characters but after them by path.
fn generated(count: usize) -> (tempfile::TempDir, Vec<String>) {
    let dir = temp_dir();
    let outlets = [
        "Kabul Ledger",
        "Northern Courier",
        "Frontier Daily",
        "Oxus Wire",
    ];
    let mut lines = Vec::new();
    for index in 0..count {
        let happening = index / 4;
        let place = PLACES[happening % PLACES.len()];
        let lead = LEADS[happening % LEADS.len()]
            .replace("{place}", place)
            .replace("{n}", &(2 + happening % 9).to_string());
        let mut text = lead.clone();
        for extra in 0..index % 3 {
            text += "\n\n";
            text += BACKGROUND[(index + extra) % BACKGROUND.len()];
        }
        let key = format!(
            "2021-{:02}-{:02}-{index:04}.json",
            6 + happening / 28,
            1 + happening % 28
        );
        let mut article = json!({
            "key": key,
            "title": format!("{place}: {}", lead.split(',').next().unwrap_or_default()),
            "text": text,
            "source": outlets[index % outlets.len()],
            "url": format!("https://example.org/{index}"),
        });
        // Every eleventh story has no date of its own: it takes its file name's.
        if index % 11 != 0 {
            article["date"] = json!(format!(
                "2021-{:02}-{:02}",
                6 + happening / 28,
                1 + happening % 28
            ));
        }
        write(dir.path(), &key, article.to_string());
        lines.push(article.to_string());
    }
    let feed = [
        json!({"text": "Government aircraft bombed positions near Kunduz on Thursday.", "date": "2021-06-03"}),
        json!({"text": "Taliban fighters captured the border crossing at Spin Boldak.", "date": "2021-07-14"}),
    ];
    let feed: Vec<String> = feed.iter().map(ToString::to_string).collect();
    write(dir.path(), "wire/feed.jsonl", feed.join("\n"));
    let notes =
        "Title: Notes\nDate: 2021-07-15\n\nClashes were reported in Spin Boldak on Thursday.";
    write(dir.path(), "wire-notes.txt", notes);
    for key in ["wire/feed.jsonl", "wire-notes.txt"] {
        let contents = std::fs::read_to_string(dir.path().join(key)).unwrap_or_default();
        lines.push(json!({"key": key, "file": contents}).to_string());
    }
    (dir, lines)
}

// See: issue 12 (beyond one machine: sharded extraction + merge = whole-folder extraction).
#[test]
fn a_generated_folder_extracted_in_shards_and_merged_is_the_whole_folder_s_events() {
    let (folder, mut lines) = generated(320);
    // A broken line, a line with no key and a line with no text: each is skipped and said.
    lines.insert(5, "{\"key\": \"broken\", \"text\": ".to_string());
    lines.insert(9, json!({"text": "No key."}).to_string());
    lines.insert(12, json!({"key": "empty", "title": "No text"}).to_string());
    let (_, stderr) = extract_stream(&lines[..16]);
    for said in [
        "line 6 skipped: not valid JSON",
        "line 10 skipped: no \"key\"",
        "line 13 skipped: empty",
    ] {
        assert!(stderr.contains(said), "{said:?} in {stderr}");
    }
    assert!(
        stderr.contains("16 lines: 13 records written, 3 lines skipped"),
        "{stderr}"
    );
    let dir = temp_dir();
    let files = extract_shards(&lines, 4, dir.path());
    let events = whole(folder.path(), "jsonl");
    let merged_events = events
        .lines()
        .filter(|e| e.contains("\"sources\":4"))
        .count();
    assert!(
        merged_events > 10,
        "reports of several outlets merge: {events}"
    );
    assert_merge_is_whole(folder.path(), files);
}

//! A hostile folder, as an analyst gets from a scraper dump or a colleague's archive: empty,
//! binary, mis-encoded and random files, UTF-16, broken JSON, impossible dates in file names,
//! case-changing letters, a link to a file outside the folder, FIFOs where an article and the
//! folder's own files should be, and a `dates.json` linked to `/dev/zero`. Read through the
//! command line (from a folder whose path is not UTF-8) and through the viewer's reader
//! thread: nothing panics or blocks, no byte from outside the folder is read, and each bad
//! file is listed with a clear reason. See: issue 13.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use newsmap::articles::{Problem, ProblemKind, ReadOptions};
use newsmap::corpus::Corpus;
use newsmap::gazetteer::{Gazetteer, default_dir};
use newsmap::ingest::Ingest;

use crate::common::{newsmap, temp_dir, write};

/// Text of the file outside the folder that a link points at: it must never be read.
const SECRET: &str = "SECRET-OUTSIDE-THE-FOLDER Kabul attacked";

/// Each bad file of [`write_hostile_folder`] and words its problem must contain.
const EXPECTED: &[(&str, &str)] = &[
    ("empty.txt", "empty"),
    ("binary.txt", "binary file"),
    ("latin1.txt", "invalid UTF-8"),
    ("random.txt", "not text"),
    ("broken.json", "not valid JSON"),
    ("2021-02-30_kabul.txt", "no day 30"),
    ("0000-00-00_herat.txt", "no date"),
    #[cfg(unix)]
    ("outside.txt", "outside the folder"),
    #[cfg(unix)]
    ("fifo.txt", "not a regular file"),
    #[cfg(unix)]
    ("corrections.json", "not a regular file"),
    #[cfg(unix)]
    ("dates.json", "is a link"),
];

/// Writes the hostile folder into `root`; `outside` is a folder beside it.
fn write_hostile_folder(root: &Path, outside: &Path) {
    write(root, "good.txt", "Floods hit Herat on Monday.\n");
    write(
        root,
        "turkish.txt",
        "İsmail Khan said \u{212A}abul was shelled. İSTANBUL, ẞ: fighters attacked the city.\n",
    );
    write(root, "empty.txt", "");
    write(root, "binary.txt", b"PK\x03\x04\x00\x00Herat");
    write(root, "latin1.txt", b"Caf\xe9 owners in Herat\n");
    write(root, "utf16.txt", b"\xff\xfeH\0e\0r\0a\0t\0");
    let random: Vec<u8> = (0..20_000u32)
        .map(|i| 0x80 | (i.wrapping_mul(2_654_435_761) >> 25) as u8)
        .collect();
    write(root, "random.txt", random);
    write(root, "broken.json", r#"{"text": "Ghazni fell"#);
    write(root, "2021-02-30_kabul.txt", "Taliban attacked Kabul.\n");
    write(root, "0000-00-00_herat.txt", "Taliban attacked Herat.\n");
    write(outside, "secret.txt", SECRET);
    #[cfg(unix)]
    {
        let link = |target: &Path, path: PathBuf| {
            std::os::unix::fs::symlink(target, &path)
                .unwrap_or_else(|e| panic!("cannot link {}: {e}", path.display()));
        };
        link(&outside.join("secret.txt"), root.join("outside.txt"));
        write(root, ".newsmap/.keep", "");
        link(Path::new("/dev/zero"), root.join(".newsmap/dates.json"));
        for fifo in ["fifo.txt", ".newsmap/corrections.json"] {
            let made = std::process::Command::new("mkfifo")
                .arg(root.join(fifo))
                .status()
                .unwrap_or_else(|e| panic!("cannot run mkfifo: {e}"));
            assert!(made.success(), "cannot make the FIFO {fifo}");
        }
    }
}

/// Asserts that each of [`EXPECTED`] is listed once, with its words, and that nothing else is.
fn assert_each_problem_listed(problems: &[Problem]) {
    for (file, words) in EXPECTED {
        let listed: Vec<&Problem> = problems
            .iter()
            .filter(|p| p.path.file_name().is_some_and(|n| n == *file))
            .collect();
        assert!(
            listed.len() == 1 && listed[0].reason.contains(words),
            "{file} must be listed once saying {words:?}; the problems are {problems:#?}"
        );
    }
    assert_eq!(problems.len(), EXPECTED.len(), "{problems:#?}");
    let skipped = problems.iter().filter(|p| p.kind == ProblemKind::Skipped);
    assert!(skipped.count() >= 5, "{problems:#?}");
}

/// The bundled gazetteer, shared with the reader thread.
fn shared_gazetteer() -> Arc<Gazetteer> {
    Arc::new(Gazetteer::load(&default_dir()).unwrap_or_else(|e| panic!("gazetteer: {e}")))
}

#[test]
fn the_reader_thread_lists_each_hostile_file_and_reads_the_good_ones() {
    let (folder, outside) = (temp_dir(), temp_dir());
    write_hostile_folder(folder.path(), outside.path());
    let ingest = Ingest::start(
        folder.path().to_path_buf(),
        ReadOptions::default(),
        shared_gazetteer(),
        || {},
    );
    let mut corpus = Corpus::new(folder.path());
    for msg in &ingest.receiver {
        if msg.apply_to(&mut corpus) {
            break;
        }
    }
    assert_each_problem_listed(&corpus.problems);
    let mut keys: Vec<&str> = corpus.articles.iter().map(|a| a.key.as_str()).collect();
    keys.sort_unstable();
    assert_eq!(
        keys,
        [
            "0000-00-00_herat.txt",
            "2021-02-30_kabul.txt",
            "good.txt",
            "latin1.txt",
            "turkish.txt",
            "utf16.txt"
        ]
    );
    assert!(corpus.articles.iter().all(|a| !a.text.contains("SECRET")));
    let turkish = corpus.articles.iter().find(|a| a.key == "turkish.txt");
    assert!(turkish.is_some_and(|a| a.text.starts_with("İsmail")));
    assert!(
        !corpus.events.is_empty(),
        "the good articles' events are read"
    );
}

#[test]
fn extract_reads_a_hostile_folder_whose_path_is_not_utf8() {
    let (parent, outside) = (temp_dir(), temp_dir());
    #[cfg(unix)]
    let name = <std::ffi::OsStr as std::os::unix::ffi::OsStrExt>::from_bytes(b"hostile-\xff");
    #[cfg(not(unix))]
    let name = std::ffi::OsStr::new("hostile");
    let folder = parent.path().join(name);
    std::fs::create_dir(&folder).unwrap_or_else(|e| panic!("{e}"));
    write_hostile_folder(&folder, outside.path());
    let out = parent.path().join(name).with_extension("jsonl");
    let output = newsmap([
        "extract".as_ref(),
        folder.as_os_str(),
        "--events".as_ref(),
        "--out".as_ref(),
        out.as_os_str(),
    ]);
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(output.status.success(), "{stderr}");
    for (file, words) in EXPECTED {
        assert!(
            stderr
                .lines()
                .any(|line| line.contains(file) && line.contains(words)),
            "{file} must be listed saying {words:?}:\n{stderr}"
        );
    }
    let exported = std::fs::read_to_string(&out).unwrap_or_else(|e| panic!("{e}"));
    assert!(exported.contains("Kabul"), "{exported}");
    assert!(!exported.contains("SECRET"), "{exported}");
}

/// The folder [`save_loop_child`] saves dates into, when it runs as a child of
/// [`a_save_killed_at_any_moment_leaves_the_old_file_or_the_new_one`].
const SAVE_LOOP_FOLDER: &str = "NEWSMAP_SAVE_LOOP_FOLDER";

/// Not a test of its own: saves dates in a loop until killed, when started by the test below.
#[test]
#[ignore = "a child process of a_save_killed_at_any_moment_leaves_the_old_file_or_the_new_one"]
fn save_loop_child() {
    let Some(folder) = std::env::var_os(SAVE_LOOP_FOLDER) else {
        return;
    };
    let day = chrono::NaiveDate::from_ymd_opt(2021, 7, 7);
    for n in 0.. {
        newsmap::store::save_date(Path::new(&folder), &format!("article-{n}.txt"), day)
            .unwrap_or_else(|e| panic!("{e}"));
    }
}

#[test]
fn a_save_killed_at_any_moment_leaves_the_old_file_or_the_new_one() {
    let folder = temp_dir();
    let exe = std::env::current_exe().unwrap_or_else(|e| panic!("{e}"));
    for round in 0..20u64 {
        let mut child = std::process::Command::new(&exe)
            .args(["hostile::save_loop_child", "--exact", "--ignored"])
            .env(SAVE_LOOP_FOLDER, folder.path())
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::null())
            .spawn()
            .unwrap_or_else(|e| panic!("cannot start the saving child: {e}"));
        std::thread::sleep(std::time::Duration::from_millis(20 + round * 13 % 60));
        child
            .kill()
            .unwrap_or_else(|e| panic!("cannot kill the child: {e}"));
        child.wait().unwrap_or_else(|e| panic!("{e}"));
        let (_, problem) = newsmap::store::load_dates(folder.path());
        assert!(problem.is_none(), "round {round}: {problem:?}");
        // The lock of the killed child does not block the next save.
        let day = chrono::NaiveDate::from_ymd_opt(2021, 8, 1);
        newsmap::store::save_date(folder.path(), "after-kill.txt", day)
            .unwrap_or_else(|e| panic!("round {round}: {e}"));
    }
    let (dates, problem) = newsmap::store::load_dates(folder.path());
    assert!(problem.is_none(), "{problem:?}");
    assert!(dates.contains_key("after-kill.txt"));
    let written: Vec<_> = std::fs::read_dir(folder.path())
        .unwrap_or_else(|e| panic!("{e}"))
        .filter_map(Result::ok)
        .map(|entry| entry.file_name())
        .collect();
    assert_eq!(written, [".newsmap"], "nothing is written outside .newsmap");
}

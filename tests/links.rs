//! Links that leave the folder: by default not followed and listed as problems; with
//! `--follow-links` (the command line) or `ReadOptions::follow_outside_links` (the library and
//! the viewer's setting) the article files they point at are read. Broken links, links to a FIFO
//! and links to a folder stay problems either way, and nothing is written outside the folder's
//! `.newsmap`. See: issue 13.
#![cfg(unix)]

use std::path::Path;

use newsmap::articles::{Problem, ReadOptions};
use newsmap::ingest::{CacheUse, read_corpus_with};

use crate::common::{gazetteer, newsmap, temp_dir, write};

/// The article outside the folder that `outside.txt` links to.
const OUTSIDE: &str = "Taliban fighters attacked Kandahar on Monday, officials said.\n";

/// Writes into `root` an article, a link to an article in `outside`, a broken link, a link to
/// a FIFO in `outside` and a link to `outside` itself.
fn write_linked_folder(root: &Path, outside: &Path) {
    write(root, "good.txt", "Floods hit Herat on Monday.\n");
    write(outside, "report.txt", OUTSIDE);
    let made = std::process::Command::new("mkfifo")
        .arg(outside.join("fifo.txt"))
        .status()
        .unwrap_or_else(|e| panic!("cannot run mkfifo: {e}"));
    assert!(made.success(), "cannot make the FIFO");
    let link = |target: &Path, name: &str| {
        std::os::unix::fs::symlink(target, root.join(name))
            .unwrap_or_else(|e| panic!("cannot link {name}: {e}"));
    };
    link(&outside.join("report.txt"), "outside.txt");
    link(&outside.join("missing.txt"), "broken.txt");
    link(&outside.join("fifo.txt"), "fifo.txt");
    link(outside, "elsewhere");
}

/// The reason listed for the file `name`, if one is.
fn reason<'a>(problems: &'a [Problem], name: &str) -> Option<&'a str> {
    problems
        .iter()
        .find(|p| p.path.file_name().is_some_and(|n| n == name))
        .map(|p| p.reason.as_str())
}

/// The names of the files in `folder`, sorted.
fn names(folder: &Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(folder)
        .unwrap_or_else(|e| panic!("{e}"))
        .map(|entry| entry.map(|e| e.file_name().to_string_lossy().into_owned()))
        .collect::<Result<_, _>>()
        .unwrap_or_else(|e| panic!("{e}"));
    names.sort();
    names
}

#[test]
fn a_link_leaving_the_folder_is_read_only_when_the_option_allows_it() {
    let (folder, outside) = (temp_dir(), temp_dir());
    write_linked_folder(folder.path(), outside.path());
    let follow = ReadOptions {
        follow_outside_links: true,
        ..ReadOptions::default()
    };
    for (options, followed) in [(ReadOptions::default(), false), (follow, true)] {
        let (corpus, _) = read_corpus_with(folder.path(), &options, gazetteer(), CacheUse::Off);
        let problems = &corpus.problems;
        let keys: Vec<&str> = corpus.articles.iter().map(|a| a.key.as_str()).collect();
        let kandahar = corpus
            .events
            .iter()
            .flat_map(|e| &e.mentions)
            .any(|m| corpus.articles[m.article].key == "outside.txt");
        if followed {
            assert_eq!(keys, ["good.txt", "outside.txt"], "{problems:#?}");
            assert_eq!(corpus.articles[1].text, OUTSIDE);
            assert!(kandahar, "the linked article's events are read");
            assert_eq!(reason(problems, "outside.txt"), None);
            let folder_link = reason(problems, "elsewhere").unwrap_or_default();
            assert!(folder_link.contains("not walked"), "{problems:#?}");
        } else {
            assert_eq!(keys, ["good.txt"], "{problems:#?}");
            assert!(!kandahar);
            let link = reason(problems, "outside.txt").unwrap_or_default();
            assert!(
                link.contains("outside the folder; not followed"),
                "{problems:#?}"
            );
        }
        let broken = reason(problems, "broken.txt").unwrap_or_default();
        assert!(broken.contains("leads nowhere"), "{problems:#?}");
        let fifo = reason(problems, "fifo.txt").unwrap_or_default();
        let words = match followed {
            true => "not a regular file",
            false => "outside the folder",
        };
        assert!(fifo.contains(words), "{problems:#?}");
        assert_eq!(names(outside.path()), ["fifo.txt", "report.txt"]);
    }
}

#[test]
fn extract_follows_links_leaving_the_folder_only_with_follow_links() {
    let (folder, outside) = (temp_dir(), temp_dir());
    write_linked_folder(folder.path(), outside.path());
    let run = |extra: &[&str]| {
        let mut args = vec!["extract".as_ref(), folder.path().as_os_str()];
        args.push("--events".as_ref());
        args.extend(extra.iter().map(std::ffi::OsStr::new));
        let output = newsmap(args);
        let stderr = String::from_utf8_lossy(&output.stderr).into_owned();
        assert!(output.status.success(), "{stderr}");
        (String::from_utf8_lossy(&output.stdout).into_owned(), stderr)
    };
    let (events, stderr) = run(&[]);
    assert!(!events.contains("Kandahar"), "{events}");
    assert!(
        stderr
            .lines()
            .any(|l| l.contains("outside.txt") && l.contains("outside the folder; not followed")),
        "{stderr}"
    );
    let (events, stderr) = run(&["--follow-links"]);
    assert!(events.contains("Kandahar"), "{events}");
    assert!(!stderr.contains("outside.txt"), "{stderr}");
    for name in ["broken.txt", "fifo.txt"] {
        assert!(stderr.contains(name), "{name} stays a problem:\n{stderr}");
    }
    assert_eq!(names(outside.path()), ["fifo.txt", "report.txt"]);
}

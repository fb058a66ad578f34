//! Reading a folder of news articles: takes a folder (or one file) and returns each article's text,
//! the line ranges worth reading, its title, outlet, URL and publication date, and every problem
//! met on the way. Reading never panics and never stops on a bad file.
//!
//! Files: `read` (decoding bytes, plain text and Markdown), `html` (HTML main-text extraction),
//! `json` (JSON and JSON Lines), `clean` (kept and dropped lines), `date` (publication dates and
//! their order of precedence), `copies` (syndicated copies of one report, grouped by text).

mod clean;
mod copies;
mod date;
mod draft;
mod folder;
mod html;
mod json;
mod outlet;
mod read;
mod stream;

use std::collections::HashMap;
use std::ops::Range;
use std::path::{Path, PathBuf};

use chrono::NaiveDate;
use rayon::prelude::*;
use serde::{Deserialize, Serialize};

pub use clean::DropReason;
pub use copies::{CopyGroups, Shingles};
pub use date::{DateSource, Published, parse_date_value};
use draft::Draft;
use folder::article_files;
use read::Format;
pub use read::{FileError, REPORT_MARK, read_regular_file};
pub use stream::{LineError, read_line};

/// Stable id of an article within one folder read (index in `ReadReport::articles`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub struct ArticleId(pub u32);

/// One news article, its text and what cleaning kept of it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Article {
    /// Index in [`ReadReport::articles`]; 0 for articles from [`read_file`].
    pub id: ArticleId,
    /// Key that names the article inside its folder and survives reloads: the path relative to the
    /// folder with `/` separators, plus `#N` (0-based record index) for records of a .json/.jsonl file
    /// holding a list of articles (even a list of one; a .json file holding one object gets no `#N`).
    /// Corrections are saved against this key.
    pub key: String,
    /// The file the article came from.
    pub path: PathBuf,
    /// The headline, when known.
    pub title: Option<String>,
    /// Site name or domain when known (og:site_name, JSON "source"/"outlet"/"site", or the URL's host).
    pub outlet: Option<String>,
    /// The article's address, when known.
    pub url: Option<String>,
    /// Publication date; `None` when unknown (never the file's modification time).
    pub published: Option<Published>,
    /// The article's text as read: plain text for txt/md, the extracted main text for HTML
    /// (block elements become line breaks), the text field for JSON. Title not prepended.
    pub text: String,
    /// Byte ranges of `text` that survive cleaning, in order, each a line (no trailing newline). All offsets
    /// everywhere are into `text`, so later stages can point back to the original.
    pub kept: Vec<Range<usize>>,
    /// Lines dropped by cleaning, with why. Header lines of text files (`Title:`, `Date:` …) and
    /// front matter are listed here as [`DropReason::Boilerplate`].
    pub dropped: Vec<(Range<usize>, DropReason)>,
}

impl Article {
    /// Each kept line with the byte offset in `text` where it starts.
    pub fn kept_text(&self) -> impl Iterator<Item = (usize, &str)> {
        self.kept
            .iter()
            .filter_map(|range| Some((range.start, self.text.get(range.clone())?)))
    }

    /// How many bytes of text cleaning kept (the kept lines, without line breaks).
    pub fn body_bytes(&self) -> usize {
        self.kept.iter().map(ExactSizeIterator::len).sum()
    }
}

/// Something that went wrong with one file (or the folder), in words for the user.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, thiserror::Error)]
#[error("{}: {reason}", path.display())]
pub struct Problem {
    /// The file or folder concerned.
    pub path: PathBuf,
    /// Whether the file was left out or read in part.
    pub kind: ProblemKind,
    /// Lower-case, human, names the value at fault.
    pub reason: String,
}

impl Problem {
    /// Nothing was read from `path`, for `reason`.
    pub fn skipped(path: &Path, reason: String) -> Self {
        Self {
            path: path.to_path_buf(),
            kind: ProblemKind::Skipped,
            reason,
        }
    }

    /// `path` was read in part, for `reason`.
    pub fn degraded(path: &Path, reason: String) -> Self {
        Self {
            path: path.to_path_buf(),
            kind: ProblemKind::Degraded,
            reason,
        }
    }
}

/// How bad a [`Problem`] is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
pub enum ProblemKind {
    /// Nothing was read from the file (or from the files the problem counts).
    Skipped,
    /// The file was read, but part of it was lost or guessed.
    Degraded,
}

/// The articles of a folder and the problems met in reading it.
#[derive(Clone, Debug, Default, Serialize)]
pub struct ReadReport {
    /// Articles in path order (records of one file in file order); `articles[i].id == ArticleId(i)`.
    pub articles: Vec<Article>,
    /// Problems in the order they were met.
    pub problems: Vec<Problem>,
}

/// Limits that keep reading a huge or odd folder safe.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct ReadOptions {
    /// Larger files are skipped (default 20 MiB).
    pub max_file_bytes: u64,
    /// Article files beyond this many, in path order, are not read (default 100,000).
    pub max_files: usize,
    /// Read the article files that links leaving the folder point at (default `false`: such
    /// links are listed as problems). Folders behind links are never walked.
    pub follow_outside_links: bool,
}

impl Default for ReadOptions {
    fn default() -> Self {
        ReadOptions {
            max_file_bytes: 20 * 1024 * 1024,
            max_files: 100_000,
            follow_outside_links: false,
        }
    }
}

/// Reads every article file under `folder`: `.txt`, `.md`, `.html`, `.htm`, `.json` and `.jsonl`
/// (any case), recursively, in path order. Hidden files and folders (name starting with `.`) and
/// symbolic links to folders are not entered; other extensions are ignored silently. A link to
/// a file outside the folder is not followed unless [`ReadOptions::follow_outside_links`] says
/// so, and a FIFO or device is not opened (also behind a followed link): both are listed as
/// problems. The
/// dates the user set are not applied here (see [`apply_date_overrides`] and
/// `crate::corpus::read_articles`). Never panics and never stops on a bad file.
pub fn read_folder(folder: &Path, options: &ReadOptions) -> ReadReport {
    let mut report = ReadReport::default();
    let mut files = article_files(folder, options.follow_outside_links, &mut report.problems);
    if files.len() > options.max_files {
        let (found, limit) = (files.len(), options.max_files);
        let reason = format!(
            "{found} article files found; read the first {limit} and skipped {}",
            found - limit
        );
        report.problems.push(Problem::skipped(folder, reason));
        files.truncate(limit);
    }
    // Read on all cores (rayon's current pool), gathered in the files' order.
    let read: Vec<_> = files
        .par_iter()
        .map(|path| read_file_with_problems(path, &article_key(folder, path), options))
        .collect();
    for result in read {
        match result {
            Ok((articles, problems)) => {
                report.articles.extend(articles);
                report.problems.extend(problems);
            }
            Err(problem) => report.problems.push(problem),
        }
    }
    for (index, article) in report.articles.iter_mut().enumerate() {
        article.id = ArticleId(u32::try_from(index).unwrap_or(u32::MAX));
    }
    report
}

/// Reads one article file, for example one that changed; `key` is its path relative to the folder
/// with `/` separators. Ids are all 0 and date overrides are not applied (see
/// [`apply_date_overrides`]). Problems that did not stop the reading (invalid UTF-8, broken JSON
/// lines …) are left out: [`read_file_with_problems`] returns them too.
pub fn read_file(path: &Path, key: &str, options: &ReadOptions) -> Result<Vec<Article>, Problem> {
    read_file_with_problems(path, key, options).map(|(articles, _)| articles)
}

/// Like [`read_file`], also returning the [`ProblemKind::Degraded`] problems met. Fails with a
/// [`ProblemKind::Skipped`] problem when nothing could be read.
pub fn read_file_with_problems(
    path: &Path,
    key: &str,
    options: &ReadOptions,
) -> Result<(Vec<Article>, Vec<Problem>), Problem> {
    let skipped = |reason: String| Problem::skipped(path, reason);
    let cannot_read = |error: std::io::Error| {
        skipped(format!(
            "cannot read the file: {}",
            error.to_string().to_lowercase()
        ))
    };
    let format = Format::of_path(path).ok_or_else(|| {
        skipped(
            "not an article file (newsmap reads .txt, .md, .html, .htm, .json and .jsonl)".into(),
        )
    })?;
    if is_folder_notes(path) {
        return Err(skipped(
            "a folder's README or licence, not an article (rename it to read it as one)".into(),
        ));
    }
    let bytes = match read_regular_file(path, options.max_file_bytes) {
        Ok(bytes) => bytes,
        Err(FileError::Io(error)) => return Err(cannot_read(error)),
        Err(error) => return Err(skipped(error.to_string())),
    };
    read_bytes(path, key, format, bytes)
}

/// The articles of a file at `path` (named `key`) of this `format` holding `bytes`, and the
/// [`ProblemKind::Degraded`] problems met; a [`ProblemKind::Skipped`] problem when nothing
/// could be read.
fn read_bytes(
    path: &Path,
    key: &str,
    format: Format,
    bytes: Vec<u8>,
) -> Result<(Vec<Article>, Vec<Problem>), Problem> {
    let skipped = |reason: String| Problem::skipped(path, reason);
    let unreadable = |why: draft::Unreadable| skipped(why.to_string());
    if bytes.is_empty() {
        return Err(skipped("file is empty".into()));
    }
    let (text, decoding_warning) = read::decode(bytes).map_err(unreadable)?;
    let contents = read::read_contents(format, text).map_err(unreadable)?;
    let file_name = path
        .file_name()
        .and_then(|name| name.to_str())
        .unwrap_or_default();
    let date_from_name = date::date_from_file_name(file_name);
    let articles: Vec<Article> = contents
        .drafts
        .into_iter()
        .map(|draft| build_article(draft, path, key, date_from_name))
        .collect();
    let undated = articles.iter().any(|article| article.published.is_none());
    let bad_name_date = date::impossible_file_name_date(file_name).filter(|_| undated);
    let warnings = decoding_warning
        .into_iter()
        .chain(contents.warnings)
        .chain(bad_name_date);
    Ok((
        articles,
        warnings
            .map(|reason| Problem::degraded(path, reason))
            .collect(),
    ))
}

/// Whether `path` is a note about the folder rather than an article: `README.md`,
/// `LICENSE.txt`, `NOTICE`… Folders of articles often carry one, and its tables and dates
/// would otherwise become events.
fn is_folder_notes(path: &Path) -> bool {
    let stem = path
        .file_stem()
        .and_then(|s| s.to_str())
        .unwrap_or_default()
        .to_ascii_lowercase();
    [
        "readme",
        "license",
        "licence",
        "notice",
        "changelog",
        "copying",
    ]
    .contains(&stem.as_str())
}

/// Whether newsmap reads a file with this path's extension as articles (`.txt`, `.md`,
/// `.html`, `.htm`, `.json`, `.jsonl`, any case).
pub fn is_article_file(path: &Path) -> bool {
    Format::of_path(path).is_some()
}

/// Sets the date of each article whose key the user dated (`overrides`, article key to date).
pub fn apply_date_overrides(articles: &mut [Article], overrides: &HashMap<String, NaiveDate>) {
    for article in articles {
        if let Some(date) = overrides.get(&article.key) {
            article.published = Some(Published {
                date: *date,
                source: DateSource::UserOverride,
            });
        }
    }
}

/// The host of a URL without `www.` (`https://www.bbc.co.uk/news` → `bbc.co.uk`), if it has one.
fn url_host(url: &str) -> Option<String> {
    let url = url.trim();
    let after_scheme = url
        .split_once("://")
        .map_or(url, |(_, rest)| rest)
        .trim_start_matches('/');
    let authority = after_scheme.split(['/', '?', '#']).next()?;
    let host = authority
        .rsplit('@')
        .next()?
        .split(':')
        .next()?
        .to_ascii_lowercase();
    let host = host.strip_prefix("www.").unwrap_or(&host);
    (host.contains('.') && !host.contains(char::is_whitespace)).then(|| host.to_string())
}

/// The article of a draft: cleans its lines, adds the record number to its key, falls back to the
/// file name's date and the URL's host, and turns an outlet given as a URL into its host.
fn build_article(
    draft: Draft,
    path: &Path,
    key: &str,
    date_from_name: Option<NaiveDate>,
) -> Article {
    let (kept, dropped) = clean::clean_lines(&draft.text, &draft.metadata_lines);
    let key = match draft.record {
        Some(index) => format!("{key}#{index}"),
        None => key.to_string(),
    };
    let from_name = date_from_name.map(|date| Published {
        date,
        source: DateSource::FileName,
    });
    let mut url = draft.url;
    let outlet = match draft.outlet {
        Some(address) if address.contains("://") || address.starts_with("www.") => {
            let host = url_host(&address);
            if address.contains("://") {
                url.get_or_insert(address);
            }
            host
        }
        outlet => outlet,
    };
    let outlet = outlet
        .or_else(|| url.as_deref().and_then(url_host))
        .or_else(|| outlet::outlet_in_text(&draft.text));
    Article {
        id: ArticleId(0),
        key,
        path: path.to_path_buf(),
        title: draft.title.map(capped),
        outlet: outlet.map(capped),
        url: url.map(capped),
        published: draft.published.or(from_name),
        text: draft.text,
        kept,
        dropped,
    }
}

/// Bytes kept of a title, an outlet or a URL. A page's metadata can be megabytes long (a
/// 10 MB `og:title`), and it is copied into every record an export writes.
pub const MAX_FIELD_BYTES: usize = 1000;

/// `field` cut to [`MAX_FIELD_BYTES`] (on a character boundary, ending in "…" when cut).
fn capped(field: String) -> String {
    if field.len() <= MAX_FIELD_BYTES {
        return field;
    }
    let kept = crate::text::head(&field, MAX_FIELD_BYTES - '…'.len_utf8());
    format!("{kept}…")
}

/// `path` relative to `folder`, with `/` separators.
fn article_key(folder: &Path, path: &Path) -> String {
    let relative = path.strip_prefix(folder).unwrap_or(path);
    let parts: Vec<_> = relative
        .components()
        .map(|part| part.as_os_str().to_string_lossy())
        .collect();
    parts.join("/")
}

/// `512 bytes`, `3.5 KB`, `104.9 MB`, `20 MB` (1 KB = 1024 bytes).
fn human_size(bytes: u64) -> String {
    let (value, unit) = match bytes {
        0..1024 => return format!("{bytes} bytes"),
        1024..1_048_576 => (bytes as f64 / 1024.0, "KB"),
        _ => (bytes as f64 / 1_048_576.0, "MB"),
    };
    let text = format!("{value:.1}");
    format!("{} {unit}", text.strip_suffix(".0").unwrap_or(&text))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn write(folder: &Path, relative: &str, contents: impl AsRef<[u8]>) {
        let path = folder.join(relative);
        std::fs::create_dir_all(path.parent().expect("parent")).expect("mkdir");
        std::fs::write(path, contents).expect("write");
    }

    fn date(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).expect("valid date")
    }

    fn reasons(report: &ReadReport, kind: ProblemKind) -> Vec<(String, String)> {
        let named = |problem: &Problem| {
            let name = problem
                .path
                .file_name()
                .map(|name| name.to_string_lossy().into_owned())
                .unwrap_or_default();
            (name, problem.reason.clone())
        };
        report
            .problems
            .iter()
            .filter(|problem| problem.kind == kind)
            .map(named)
            .collect()
    }

    #[test]
    fn reads_every_format_in_path_order_and_skips_bad_files() {
        let folder = tempfile::tempdir().expect("temp dir");
        let root = folder.path();
        write(
            root,
            "b/2021-07-07_herat.TXT",
            "Floods in Herat\n\nHeavy rain fell.\nREAD MORE\nHeavy rain fell.\n",
        );
        write(root, "a.md", "# Kabul\n\nNews from Kabul.");
        write(
            root,
            "c.html",
            "<title>Page</title><nav>Menu</nav><article><p>Main text</p></article>",
        );
        write(
            root,
            "d.json",
            r#"[{"text": "One", "source": "https://www.ex.com/1"}, {"text": "Two"}]"#,
        );
        write(root, "e.jsonl", "{\"text\": \"Line one\"}\n{oops\n");
        write(root, ".hidden/x.txt", "hidden");
        write(root, "notes.pdf", "%PDF");
        write(root, "binary.txt", b"abc\0def");
        write(root, "empty.txt", "");
        write(root, "latin1.txt", b"Caf\xe9 in Herat");
        let report = read_folder(root, &ReadOptions::default());
        let keys: Vec<&str> = report
            .articles
            .iter()
            .map(|article| article.key.as_str())
            .collect();
        assert_eq!(
            keys,
            [
                "a.md",
                "b/2021-07-07_herat.TXT",
                "c.html",
                "d.json#0",
                "d.json#1",
                "e.jsonl#0",
                "latin1.txt"
            ]
        );
        assert!(
            report
                .articles
                .iter()
                .enumerate()
                .all(|(i, article)| article.id == ArticleId(i as u32))
        );
        let herat = &report.articles[1];
        assert_eq!(
            herat.published,
            Some(Published {
                date: date(2021, 7, 7),
                source: DateSource::FileName
            })
        );
        assert_eq!(
            herat.kept_text().map(|(_, line)| line).collect::<Vec<_>>(),
            ["Floods in Herat", "Heavy rain fell."]
        );
        assert!(
            herat
                .kept_text()
                .all(|(offset, line)| herat.text[offset..].starts_with(line))
        );
        assert_eq!(
            herat.body_bytes(),
            "Floods in Herat".len() + "Heavy rain fell.".len()
        );
        assert_eq!(herat.dropped.len(), 2);
        assert_eq!(report.articles[0].title.as_deref(), Some("Kabul"));
        assert_eq!(
            (
                report.articles[2].text.as_str(),
                report.articles[2].title.as_deref()
            ),
            ("Main text", Some("Page"))
        );
        let one = &report.articles[3];
        assert_eq!(
            (one.outlet.as_deref(), one.url.as_deref()),
            (Some("ex.com"), Some("https://www.ex.com/1"))
        );
        assert_eq!(report.articles[6].text, "Caf\u{FFFD} in Herat");
        let skipped = reasons(&report, ProblemKind::Skipped);
        assert_eq!(skipped.len(), 2);
        assert!(
            skipped[0].0 == "binary.txt" && skipped[0].1.starts_with("binary file"),
            "{skipped:?}"
        );
        assert_eq!(
            skipped[1],
            ("empty.txt".to_string(), "file is empty".to_string())
        );
        let degraded = reasons(&report, ProblemKind::Degraded);
        assert_eq!(degraded.len(), 2);
        assert!(
            degraded[0].0 == "e.jsonl" && degraded[0].1.starts_with("line 2 skipped"),
            "{degraded:?}"
        );
        assert_eq!(
            degraded[1].1,
            "invalid UTF-8 at byte 3; read with replacement characters"
        );
        let json = serde_json::to_string(&report).expect("serialize");
        assert!(json.contains(r#""published":{"date":"2021-07-07","source":"FileName"}"#));
    }

    #[test]
    fn enforces_the_size_and_file_limits() {
        let folder = tempfile::tempdir().expect("temp dir");
        for name in ["a.txt", "b.txt", "c.txt"] {
            write(folder.path(), name, "Some text here.");
        }
        write(folder.path(), "z-big.txt", "x".repeat(2000));
        let options = ReadOptions {
            max_file_bytes: 1500,
            max_files: 3,
            ..ReadOptions::default()
        };
        let report = read_folder(folder.path(), &options);
        assert_eq!(report.articles.len(), 3);
        assert_eq!(
            report.problems[0].reason,
            "4 article files found; read the first 3 and skipped 1"
        );
        let big = read_file(&folder.path().join("z-big.txt"), "z-big.txt", &options)
            .expect_err("too big");
        assert_eq!(big.reason, "file is 2 KB, over the 1.5 KB limit");
        assert_eq!(human_size(110_000_000), "104.9 MB");
        assert_eq!(human_size(20 * 1024 * 1024), "20 MB");
        assert_eq!(human_size(10), "10 bytes");
    }

    #[test]
    fn reads_one_file_and_reports_a_missing_folder() {
        let folder = tempfile::tempdir().expect("temp dir");
        write(
            folder.path(),
            "x.jsonl",
            "{\"text\": \"a\"}\n{\"text\": \"b\"}\n",
        );
        let articles = read_file(
            &folder.path().join("x.jsonl"),
            "sub/x.jsonl",
            &ReadOptions::default(),
        )
        .expect("read");
        let keys: Vec<_> = articles
            .iter()
            .map(|article| (article.id, article.key.as_str()))
            .collect();
        assert_eq!(
            keys,
            [
                (ArticleId(0), "sub/x.jsonl#0"),
                (ArticleId(0), "sub/x.jsonl#1")
            ]
        );
        let missing = read_folder(&folder.path().join("nope"), &ReadOptions::default());
        assert!(missing.articles.is_empty());
        assert!(
            missing.problems[0]
                .reason
                .starts_with("cannot read the folder")
        );
        assert_eq!(
            url_host("https://user@www.BBC.co.uk:443/news?x"),
            Some("bbc.co.uk".to_string())
        );
        assert_eq!(url_host("Reuters"), None);
    }
}

//! Fixtures shared by the integration tests: the bundled gazetteer and sample folder, each loaded
//! once per test binary; files of the developer-only `../shared` folder, when present; folders
//! written on the fly; the `newsmap` binary; and checks of where each mention of a name resolves.

use std::ffi::OsStr;
use std::ops::Range;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::sync::OnceLock;

use chrono::NaiveDate;
use newsmap::articles::{Article, ReadOptions, ReadReport, read_folder};
use newsmap::gazetteer::{Gazetteer, Place, PlaceId, PlaceKind, default_dir};
use newsmap::geoparse::{GeoparseOptions, Geoparser, Toponym};

/// The bundled gazetteer, loaded once for the whole test binary.
pub fn gazetteer() -> &'static Gazetteer {
    static GAZETTEER: OnceLock<Gazetteer> = OnceLock::new();
    GAZETTEER.get_or_init(|| {
        Gazetteer::load(&default_dir())
            .unwrap_or_else(|error| panic!("the bundled gazetteer must load: {error}"))
    })
}

/// A geoparser over the bundled gazetteer with the default options (demonyms and fuzzy lookup on).
/// The town of the bundled gazetteer called `name`.
pub fn town(name: &str) -> PlaceId {
    let gazetteer = gazetteer();
    gazetteer
        .lookup(name)
        .into_iter()
        .map(|m| m.place)
        .find(|&id| gazetteer.place(id).kind == PlaceKind::Town)
        .unwrap_or_else(|| panic!("no town {name}"))
}

pub fn geoparser() -> Geoparser<'static> {
    Geoparser::new(gazetteer(), GeoparseOptions::default())
}

/// The place names of an article's kept lines, as the viewer and `newsmap extract` find them.
pub fn toponyms(article: &Article) -> Vec<Toponym> {
    geoparser().parse(&article.text, &article.kept)
}

/// `assets/sample`, the bundled sample folder.
pub fn sample_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("assets/sample")
}

/// The bundled sample folder, read once with the default options.
pub fn sample() -> &'static ReadReport {
    static SAMPLE: OnceLock<ReadReport> = OnceLock::new();
    SAMPLE.get_or_init(|| read_folder(&sample_dir(), &ReadOptions::default()))
}

/// The sample article with this key (`file` or `file#N`).
pub fn sample_article(key: &str) -> &'static Article {
    let articles = &sample().articles;
    articles
        .iter()
        .find(|article| article.key == key)
        .unwrap_or_else(|| {
            let keys: Vec<&str> = articles.iter().map(|a| a.key.as_str()).collect();
            panic!("no article {key:?} in the sample; its keys are {keys:?}")
        })
}

/// Whether the tests that need `../shared` must fail instead of skipping when it is absent:
/// `NEWSMAP_REQUIRE_SHARED=1`, which `.ci/run` sets (on a machine where `../shared` should be
/// there, a test that skips could never fail).
pub fn shared_required() -> bool {
    std::env::var("NEWSMAP_REQUIRE_SHARED").is_ok_and(|v| v == "1")
}

/// Skips `test` (says so, returns) because `what` is missing, or fails it when
/// [`shared_required`].
pub fn skip_or_fail(test: &str, what: &str) {
    assert!(
        !shared_required(),
        "{test}: {what}, and NEWSMAP_REQUIRE_SHARED=1 says it must not be skipped"
    );
    eprintln!("{test}: skipped because {what}");
}

/// `relative` inside the developer-only `../shared` folder, or `None` (after saying that `test`
/// is skipped) when it is absent, as in a user's clone of the project. With
/// `NEWSMAP_REQUIRE_SHARED=1` an absent file fails the test instead.
pub fn shared_file(test: &str, relative: &str) -> Option<PathBuf> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../shared")
        .join(relative);
    if path.exists() {
        Some(path)
    } else {
        assert!(
            !shared_required(),
            "{test}: {} is absent, and NEWSMAP_REQUIRE_SHARED=1 says it must be there",
            path.display()
        );
        eprintln!(
            "{test}: skipped because {} is absent (../shared exists on developer machines and CI only)",
            path.display()
        );
        None
    }
}

/// Writes `contents` to `relative` under `root`, creating folders on the way.
pub fn write(root: &Path, relative: &str, contents: impl AsRef<[u8]>) {
    let path = root.join(relative);
    if let Some(parent) = path.parent() {
        std::fs::create_dir_all(parent)
            .unwrap_or_else(|error| panic!("cannot create {}: {error}", parent.display()));
    }
    std::fs::write(&path, contents)
        .unwrap_or_else(|error| panic!("cannot write {}: {error}", path.display()));
}

/// A fresh temporary folder, removed when dropped.
pub fn temp_dir() -> tempfile::TempDir {
    tempfile::tempdir().unwrap_or_else(|error| panic!("cannot create a temporary folder: {error}"))
}

/// A calendar date.
pub fn date(year: i32, month: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(year, month, day)
        .unwrap_or_else(|| panic!("{year}-{month}-{day} is not a date"))
}

/// Runs the `newsmap` binary built with these tests and waits for it.
pub fn newsmap<I, S>(args: I) -> Output
where
    I: IntoIterator<Item = S>,
    S: AsRef<OsStr>,
{
    Command::new(env!("CARGO_BIN_EXE_newsmap"))
        .args(args)
        .output()
        .unwrap_or_else(|error| panic!("cannot run newsmap: {error}"))
}

/// The stdout of a run that must succeed.
pub fn stdout_of_success(output: &Output) -> String {
    assert!(
        output.status.success(),
        "newsmap failed ({}): {}",
        output.status,
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8(output.stdout.clone()).unwrap_or_else(|error| panic!("stdout: {error}"))
}

/// A place as a failure message shows it: "Qala i Naw, Badghis, Afghanistan (town, AF.02)".
pub fn describe(place_id: PlaceId) -> String {
    let gazetteer = gazetteer();
    let place = gazetteer.place(place_id);
    format!(
        "{} ({}, {}.{})",
        gazetteer.full_name(place_id),
        place.kind.code(),
        place.country,
        place.admin1
    )
}

/// Whole-word occurrences of `surface` inside the kept lines of `article`, as byte ranges of its
/// text.
pub fn kept_occurrences(article: &Article, surface: &str) -> Vec<Range<usize>> {
    let text = article.text.as_str();
    let alphanumeric_before = |at: usize| {
        text[..at]
            .chars()
            .next_back()
            .is_some_and(char::is_alphanumeric)
    };
    let alphanumeric_after =
        |at: usize| text[at..].chars().next().is_some_and(char::is_alphanumeric);
    text.match_indices(surface)
        .map(|(start, _)| start..start + surface.len())
        .filter(|found| !alphanumeric_before(found.start) && !alphanumeric_after(found.end))
        .filter(|found| {
            article
                .kept
                .iter()
                .any(|line| line.start <= found.start && found.end <= line.end)
        })
        .collect()
}

/// Up to 40 bytes of text on each side of `range`, on one line, for failure messages.
fn context(text: &str, range: &Range<usize>) -> String {
    let start = text.floor_char_boundary(range.start.saturating_sub(40));
    let end = text.ceil_char_boundary((range.end + 40).min(text.len()));
    text[start..end].replace('\n', " ")
}

/// How many times `surface` is written in the kept lines of `articles`, and a line for each time
/// it does not lie inside a toponym whose place passes `expected`.
pub fn resolve_failures<'a>(
    articles: impl IntoIterator<Item = &'a Article>,
    surface: &str,
    expected: impl Fn(&Place) -> bool,
) -> (usize, Vec<String>) {
    let gazetteer = gazetteer();
    let mut mentions = 0;
    let mut failures = Vec::new();
    for article in articles {
        let occurrences = kept_occurrences(article, surface);
        if occurrences.is_empty() {
            continue;
        }
        let toponyms = toponyms(article);
        for found in occurrences {
            mentions += 1;
            let covering = toponyms
                .iter()
                .find(|t| t.span.start <= found.start && found.end <= t.span.end);
            let failure = match covering {
                None => "not found as a place name".to_string(),
                Some(t) if !expected(gazetteer.place(t.place)) => {
                    format!("{:?} resolved to {}", t.surface, describe(t.place))
                }
                Some(_) => continue,
            };
            failures.push(format!(
                "{} at byte {}: {failure}\n    …{}…",
                article.key,
                found.start,
                context(&article.text, &found)
            ));
        }
    }
    (mentions, failures)
}

/// Asserts that `surface` is written in the kept lines of `articles`, and that every time it is,
/// it lies inside a toponym whose place passes `expected` (`what` says which place that is).
pub fn assert_each_mention_resolves<'a>(
    articles: impl IntoIterator<Item = &'a Article>,
    surface: &str,
    what: &str,
    expected: impl Fn(&Place) -> bool,
) {
    let (mentions, failures) = resolve_failures(articles, surface, expected);
    assert!(
        mentions > 0,
        "{surface:?} is no longer written in the kept text of these articles"
    );
    assert!(
        failures.is_empty(),
        "{} of {mentions} mentions of {surface:?} are not {what}:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

/// How many times `surface` is written in the kept lines of `articles`, and a line for each
/// toponym that overlaps it.
pub fn place_failures<'a>(
    articles: impl IntoIterator<Item = &'a Article>,
    surface: &str,
) -> (usize, Vec<String>) {
    let mut mentions = 0;
    let mut failures = Vec::new();
    for article in articles {
        let occurrences = kept_occurrences(article, surface);
        if occurrences.is_empty() {
            continue;
        }
        let toponyms = toponyms(article);
        for found in occurrences {
            mentions += 1;
            for t in toponyms
                .iter()
                .filter(|t| t.span.start < found.end && found.start < t.span.end)
            {
                failures.push(format!(
                    "{} at byte {}: {:?} in {surface:?} taken for {}\n    …{}…",
                    article.key,
                    t.span.start,
                    t.surface,
                    describe(t.place),
                    context(&article.text, &found)
                ));
            }
        }
    }
    (mentions, failures)
}

/// Asserts that `surface` is written in the kept lines of `articles` and that no toponym overlaps
/// it anywhere.
pub fn assert_never_a_place<'a>(articles: impl IntoIterator<Item = &'a Article>, surface: &str) {
    let (mentions, failures) = place_failures(articles, surface);
    assert!(
        mentions > 0,
        "{surface:?} is no longer written in the kept text of these articles"
    );
    assert!(
        failures.is_empty(),
        "{surface:?} is not a place, yet:\n{}",
        failures.join("\n")
    );
}

/// How many frames a UI test steps at most while it waits for the app (the folder reader, the
/// folder watcher, the tile fetcher work on their own threads): frames, not wall-clock time.
pub const MAX_STEPS: usize = 100_000;

/// Steps the app's frames until `done` holds, at most [`MAX_STEPS`]; fails saying `what` was
/// awaited otherwise. Each frame yields the thread to the app's workers.
pub fn step_until<State>(
    harness: &mut egui_kittest::Harness<'_, State>,
    what: &str,
    done: impl Fn(&egui_kittest::Harness<'_, State>) -> bool,
) {
    for _ in 0..MAX_STEPS {
        if done(harness) {
            return;
        }
        harness.step();
        std::thread::yield_now();
    }
    assert!(done(harness), "{what} did not happen in {MAX_STEPS} frames");
}

/// Steps frames until `busy` has been false for `quiet` without a break (as long as a scan
/// of the folder watcher, say, so that a change it will see has been seen and read), for at
/// most a minute.
pub fn step_until_quiet<State>(
    harness: &mut egui_kittest::Harness<'_, State>,
    what: &str,
    quiet: std::time::Duration,
    busy: impl Fn(&egui_kittest::Harness<'_, State>) -> bool,
) {
    let started = std::time::Instant::now();
    let mut calm_since = std::time::Instant::now();
    while calm_since.elapsed() < quiet {
        assert!(
            started.elapsed() < std::time::Duration::from_secs(60),
            "{what} did not settle in a minute"
        );
        harness.step();
        if busy(harness) {
            calm_since = std::time::Instant::now();
        }
        std::thread::sleep(std::time::Duration::from_millis(10));
    }
}

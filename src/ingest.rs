//! Running the pipeline on a folder, off the caller's thread, with progress and cancel.
//!
//! [`Ingest::start`] reads the folder and geoparses each article on a worker thread, sending
//! [`IngestMsg`]s over a channel as it goes (so a viewer shows results as they come) and
//! calling a wake-up function after each send. The worker also merges the event reports into
//! events, a few times a second while it reads and once at the end, so that a viewer never
//! merges tens of thousands of reports on its own thread. [`read_corpus`] runs the same steps
//! on the calling thread, for tests and the command line. What is read goes into a
//! [`Corpus`] (see [`IngestMsg::apply_to`]).

use std::panic::AssertUnwindSafe;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::{Receiver, Sender, channel};
use std::time::{Duration, Instant};

use crate::articles::{self, Article, Problem, ReadOptions};
use crate::corpus::{self, Corpus, process_article};
use crate::events::{self, Event, EventMention};
use crate::gazetteer::Gazetteer;
use crate::geoparse::{FolderPrior, GeoparseOptions, Geoparser, Toponym};
use crate::store;

/// What the worker reports.
pub enum IngestMsg {
    /// The folder was read: how many articles will follow, and the files with problems.
    Listed {
        /// Articles to geoparse.
        total: usize,
        /// Skipped or degraded files.
        problems: Vec<Problem>,
    },
    /// One article, its place mentions and its event mentions (their `article` is 0: the
    /// receiver renumbers them).
    Article(Box<Article>, Vec<Toponym>, Vec<EventMention>),
    /// The folder's prior, once every article is read, and the articles it changed: their
    /// index, place mentions and event mentions.
    Revised(FolderPrior, Vec<(usize, Vec<Toponym>, Vec<EventMention>)>),
    /// The event reports of the articles sent so far, merged (articles numbered in the order
    /// they were sent).
    Events(Vec<Event>),
    /// An article that newsmap failed on (a bug, caught so that reading goes on): the problem
    /// to list, in place of the article.
    Failed(Problem),
    /// All done (or cancelled).
    Finished,
}

/// A running ingest.
pub struct Ingest {
    /// Messages from the worker.
    pub receiver: Receiver<IngestMsg>,
    cancel: Arc<AtomicBool>,
}

impl Ingest {
    /// Starts reading `folder` on a worker thread; `wake` is called after each message.
    pub fn start(
        folder: PathBuf,
        gazetteer: Arc<Gazetteer>,
        wake: impl Fn() + Send + 'static,
    ) -> Self {
        let (sender, receiver) = channel();
        let cancel = Arc::new(AtomicBool::new(false));
        let cancelled = Arc::clone(&cancel);
        std::thread::spawn(move || {
            run(
                &folder,
                &gazetteer,
                &sender,
                &cancelled,
                &wake,
                Some(MERGE_EVERY),
            );
            let _ = sender.send(IngestMsg::Finished);
            wake();
        });
        Self { receiver, cancel }
    }

    /// Asks the worker to stop after the article it is on.
    pub fn cancel(&self) {
        self.cancel.store(true, Ordering::Relaxed);
    }
}

/// How often the worker merges the reports read so far, at least: a merge waits for four
/// times as long as the last one took, so that merging never takes over from reading.
const MERGE_EVERY: Duration = Duration::from_millis(500);

/// Reads `folder`, sending what it finds; merges the reports every `merge_every` (or only at
/// the end) and at the end.
fn run(
    folder: &Path,
    gazetteer: &Gazetteer,
    sender: &Sender<IngestMsg>,
    cancel: &AtomicBool,
    wake: &dyn Fn(),
    merge_every: Option<Duration>,
) {
    let mut report = corpus::read_articles(folder, &ReadOptions::default());
    let total = report.articles.len();
    let (corrections, problem) = store::load_corrections(folder);
    let (applier, unapplied) =
        corrections.prepare(gazetteer, &folder.join(store::CORRECTIONS_FILE));
    report.problems.extend(problem.into_iter().chain(unapplied));
    if sender
        .send(IngestMsg::Listed {
            total,
            problems: report.problems,
        })
        .is_err()
    {
        return;
    }
    wake();
    let geoparser = Geoparser::new(gazetteer, GeoparseOptions::default());
    let mut reports: Vec<EventMention> = Vec::new();
    // The keys of the articles sent so far, which name their events.
    let mut keys: Vec<String> = Vec::new();
    let (mut last_merge, mut merge_took) = (Instant::now(), Duration::ZERO);
    let merge = |reports: &[EventMention], keys: &[String]| {
        let started = Instant::now();
        let events = events::merge(gazetteer, reports.to_vec(), keys);
        (IngestMsg::Events(events), started.elapsed())
    };
    // Articles sent so far: the receiver numbers them in this order.
    let mut sent = 0;
    // Articles with place names, kept for a second look with the folder's prior.
    let mut named: Vec<(usize, Article, Vec<Toponym>)> = Vec::new();
    for article in report.articles {
        if cancel.load(Ordering::Relaxed) {
            return;
        }
        let processed = std::panic::catch_unwind(AssertUnwindSafe(|| {
            process_article(&geoparser, &applier, &article)
        }));
        let (toponyms, event_mentions) = match processed {
            Ok(processed) => processed,
            Err(panic) => {
                if sender
                    .send(IngestMsg::Failed(failure(&article, &*panic)))
                    .is_err()
                {
                    return;
                }
                continue;
            }
        };
        if !toponyms.is_empty() {
            named.push((sent, article.clone(), toponyms.clone()));
        }
        reports.extend(event_mentions.iter().map(|m| EventMention {
            article: sent,
            ..m.clone()
        }));
        sent += 1;
        keys.push(article.key.clone());
        if sender
            .send(IngestMsg::Article(
                Box::new(article),
                toponyms,
                event_mentions,
            ))
            .is_err()
        {
            return;
        }
        if merge_every.is_some_and(|every| last_merge.elapsed() > every.max(4 * merge_took)) {
            let (msg, took) = merge(&reports, &keys);
            if sender.send(msg).is_err() {
                return;
            }
            (last_merge, merge_took) = (Instant::now(), took);
        }
        wake();
    }
    let prior = FolderPrior::of_articles(gazetteer, named.iter().map(|n| n.2.as_slice()));
    let mut revised = Vec::new();
    for (index, article, toponyms) in named {
        if cancel.load(Ordering::Relaxed) {
            return;
        }
        let Some(others) = prior.second_look(gazetteer, &toponyms) else {
            continue;
        };
        let again = Geoparser::new(gazetteer, GeoparseOptions::default()).with_prior(others);
        // It was read once without failing; should the second look fail, the first stands.
        let Ok((new_toponyms, event_mentions)) = std::panic::catch_unwind(AssertUnwindSafe(|| {
            process_article(&again, &applier, &article)
        })) else {
            continue;
        };
        if new_toponyms != toponyms {
            revised.push((index, new_toponyms, event_mentions));
        }
    }
    let changed: std::collections::HashSet<usize> = revised.iter().map(|r| r.0).collect();
    reports.retain(|m| !changed.contains(&m.article));
    for (index, _, event_mentions) in &revised {
        reports.extend(event_mentions.iter().map(|m| EventMention {
            article: *index,
            ..m.clone()
        }));
    }
    reports.sort_by_key(|m| m.article);
    if sender.send(IngestMsg::Revised(prior, revised)).is_err() {
        return;
    }
    let _ = sender.send(merge(&reports, &keys).0);
}

/// The problem to list for an article newsmap failed on, with the panic's message.
fn failure(article: &Article, panic: &(dyn std::any::Any + Send)) -> Problem {
    let message = panic
        .downcast_ref::<&str>()
        .map(|m| m.to_string())
        .or_else(|| panic.downcast_ref::<String>().cloned())
        .unwrap_or_default();
    Problem {
        path: article.path.clone(),
        kind: articles::ProblemKind::Skipped,
        reason: format!(
            "newsmap failed on this article, a bug to report ({message}); the rest of the folder was read"
        ),
    }
}

impl IngestMsg {
    /// Adds what the worker sent to `corpus`; returns whether the ingest finished.
    pub fn apply_to(self, corpus: &mut Corpus) -> bool {
        match self {
            Self::Listed { problems, .. } => corpus.problems = problems,
            Self::Article(article, toponyms, reports) => {
                corpus.push_article(*article, toponyms, reports);
            }
            Self::Revised(prior, revised) => {
                corpus.prior = prior;
                corpus.revise(revised);
            }
            Self::Events(events) => corpus.replace_events(events),
            Self::Failed(problem) => corpus.problems.push(problem),
            Self::Finished => return true,
        }
        false
    }
}

/// Reads, geoparses and extracts the events of `folder` on this thread.
pub fn read_corpus(folder: &Path, gazetteer: &Gazetteer) -> Corpus {
    let (sender, receiver) = channel();
    run(
        folder,
        gazetteer,
        &sender,
        &AtomicBool::new(false),
        &|| {},
        None,
    );
    drop(sender);
    let mut corpus = Corpus::new(folder);
    for msg in receiver {
        msg.apply_to(&mut corpus);
    }
    corpus
}

/// Watches a folder for articles added, changed or removed, by polling: every
/// [`FolderWatcher::PERIOD`] a worker thread sums up the names, sizes and modification times
/// of the folder's files and raises a flag when that changes. Polling needs no platform
/// service and costs a few milliseconds a scan even for 10,000 files.
pub struct FolderWatcher {
    changed: Arc<AtomicBool>,
    stop: Arc<AtomicBool>,
}

impl FolderWatcher {
    /// Time between two scans.
    pub const PERIOD: std::time::Duration = std::time::Duration::from_secs(2);

    /// Starts watching `folder`; `wake` is called when it changed.
    pub fn start(folder: PathBuf, wake: impl Fn() + Send + 'static) -> Self {
        let changed = Arc::new(AtomicBool::new(false));
        let stop = Arc::new(AtomicBool::new(false));
        let (flag, stopped) = (Arc::clone(&changed), Arc::clone(&stop));
        std::thread::spawn(move || {
            let mut last = folder_signature(&folder);
            while !stopped.load(Ordering::Relaxed) {
                std::thread::sleep(Self::PERIOD);
                let now = folder_signature(&folder);
                if now != last {
                    last = now;
                    flag.store(true, Ordering::Relaxed);
                    wake();
                }
            }
        });
        Self { changed, stop }
    }

    /// Whether the folder changed since the last call.
    pub fn take_change(&self) -> bool {
        self.changed.swap(false, Ordering::Relaxed)
    }
}

impl Drop for FolderWatcher {
    fn drop(&mut self) {
        self.stop.store(true, Ordering::Relaxed);
    }
}

/// A hash of the names, sizes and modification times of the article files under `folder`
/// (hidden ones excepted), and of the user's date corrections.
pub fn folder_signature(folder: &Path) -> u64 {
    use std::hash::{Hash as _, Hasher as _};
    let mut hasher = std::collections::hash_map::DefaultHasher::new();
    let mut pending = vec![folder.to_path_buf()];
    let mut entries = Vec::new();
    while let Some(dir) = pending.pop() {
        let Ok(read) = std::fs::read_dir(&dir) else {
            continue;
        };
        for entry in read.flatten() {
            let name = entry.file_name();
            if name.to_string_lossy().starts_with('.') {
                continue;
            }
            let Ok(meta) = entry.metadata() else { continue };
            let path = entry.path();
            if meta.is_dir() {
                pending.push(path);
            } else if articles::is_article_file(&path) {
                entries.push((path, meta.len(), meta.modified().ok()));
            }
        }
    }
    entries.sort();
    entries.hash(&mut hasher);
    std::fs::metadata(folder.join(store::DATES_FILE))
        .ok()
        .and_then(|m| m.modified().ok())
        .hash(&mut hasher);
    hasher.finish()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_folder_signature_changes_when_an_article_is_added_or_changed() {
        let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
        let empty = folder_signature(dir.path());
        std::fs::write(dir.path().join("a.txt"), "Kabul").unwrap_or_else(|e| panic!("{e}"));
        let one = folder_signature(dir.path());
        assert_ne!(empty, one);
        assert_eq!(
            one,
            folder_signature(dir.path()),
            "stable when nothing changes"
        );
        std::fs::write(dir.path().join("a.txt"), "Kabul and Herat")
            .unwrap_or_else(|e| panic!("{e}"));
        assert_ne!(one, folder_signature(dir.path()));
    }

    #[test]
    fn an_article_that_names_no_country_is_read_in_its_folder_s_context() {
        let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
        let articles = [
            (
                "2020-01-01_a.txt",
                "Government aircraft bombed Idlib and Aleppo on Monday.",
            ),
            (
                "2020-01-02_b.txt",
                "Shells fell on Homs and Hama, residents in Syria said.",
            ),
            (
                "2020-01-03_c.txt",
                "Fighters attacked army positions around Palmyra.",
            ),
        ];
        for (name, text) in articles {
            std::fs::write(dir.path().join(name), text).unwrap_or_else(|e| panic!("{e}"));
        }
        let gazetteer = crate::gazetteer::bundled_for_tests();
        let corpus = read_corpus(dir.path(), gazetteer);
        assert!(!corpus.prior.is_empty());
        let palmyra = corpus
            .mentions
            .iter()
            .find(|m| m.toponym.surface == "Palmyra")
            .unwrap_or_else(|| panic!("Palmyra is read"));
        assert_eq!(gazetteer.place(palmyra.toponym.place).country, "SY");
        let event = corpus
            .events
            .iter()
            .find(|e| e.mentions.iter().any(|m| m.article == palmyra.article))
            .unwrap_or_else(|| panic!("the attack is an event"));
        assert_eq!(
            event.place,
            Some(palmyra.toponym.place),
            "the event moved too"
        );
    }

    #[test]
    fn the_sample_folder_reads_with_mentions_and_events() {
        let folder = Path::new(env!("CARGO_MANIFEST_DIR")).join("assets/sample");
        let corpus = read_corpus(&folder, crate::gazetteer::bundled_for_tests());
        assert!(corpus.articles.len() >= 15);
        assert!(corpus.problems.is_empty(), "{:?}", corpus.problems);
        for m in &corpus.mentions {
            assert_eq!(
                corpus.articles[m.article].text[m.toponym.span.clone()],
                m.toponym.surface
            );
        }
        for e in &corpus.events {
            for m in &e.mentions {
                let text = &corpus.articles[m.article].text;
                assert!(m.sentence.end <= text.len() && text.is_char_boundary(m.sentence.start));
            }
        }
    }
}

//! Running the pipeline on a folder, off the caller's thread, with progress and cancel.
//!
//! [`Ingest::start`] reads the folder on a worker thread, which hands the articles in batches
//! to all cores to geoparse and extract, and sends [`IngestMsg`]s over a channel as it goes, in
//! the folder's order (so a viewer shows results as they come, the same as on one core),
//! calling a wake-up function after each batch. The worker also merges the event reports into
//! events, a few times a second while it reads and once at the end, so that a viewer never
//! merges tens of thousands of reports on its own thread. [`read_corpus`] runs the same steps
//! from the calling thread, for tests and the command line. What is read goes into a
//! [`Corpus`] (see [`IngestMsg::apply_to`]). [`FolderWatcher`] tells when the folder changed.
//!
//! Beyond one machine: [`extract_stream`] extracts article lines into [`ArticleRecord`]s in
//! constant memory (a shard of an archive on each machine), and [`merge_records`] combines the
//! shards' records into the events a single read of all the articles gives; the events file
//! such a merge writes opens as a folder does (`events_file`): [`Ingest::start`] and
//! [`read_corpus`] read an events file when given a file's path.

use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::{Receiver, Sender, channel};
use std::time::{Duration, Instant};

use rayon::iter::{IntoParallelRefIterator, ParallelIterator};

use crate::articles::{self, Article, Problem, ReadOptions, Shingles};
use crate::corpus::{self, Corpus};
use crate::events::{self, Event, EventMention};
use crate::gazetteer::Gazetteer;
use crate::geoparse::{FolderPrior, Toponym};
use crate::store;

mod cache;
mod events_file;
mod extract;
mod lines;
mod merge;
mod records;
mod stream;
mod watch;

pub use events_file::{
    EventsFile, EventsFileError, MAX_EVENTS_FILE_BYTES, check_events_file, read_events_file,
};
pub use extract::ReadStats;
pub use merge::{MergeError, MergeStats, merge_records};
pub use records::ArticleRecord;
pub use stream::{StreamError, StreamStats, extract_stream};
pub use watch::{FolderWatcher, folder_signature};

use extract::{Extractor, Named};

/// What the worker reports.
pub enum IngestMsg {
    /// The folder was read: how many articles will follow, and the files with problems.
    Listed {
        /// Articles to geoparse.
        total: usize,
        /// Skipped or degraded files.
        problems: Vec<Problem>,
    },
    /// One article, its shingles (computed by the reader, so that grouping copies costs the
    /// receiver little) and its place mentions. Its event mentions come with
    /// [`IngestMsg::Reports`].
    Article(Arc<Article>, Shingles, Vec<Toponym>),
    /// Articles the folder's prior changed (a batch of them, as the second look goes): their
    /// index and place mentions. Their event reports come with [`IngestMsg::Reports`].
    Revised(Vec<(usize, Vec<Toponym>)>),
    /// The folder's prior, once every article was looked at again with it.
    Prior(FolderPrior),
    /// An article of an events file (the sentences its events quote), its shingles, and where
    /// each of its sentences starts in the original article, in code points (see
    /// [`Corpus::quoted_from`]).
    Quoted(Arc<Article>, Shingles, Vec<usize>),
    /// The event reports of the articles sent so far, merged (articles numbered in the order
    /// they were sent).
    Events(Vec<Event>),
    /// The event reports of every article sent, as last revised, in the articles' order
    /// (numbered in the order they were sent): once, when the read ends or is cancelled. The
    /// worker keeps them until then, to merge them, rather than send a copy with each article:
    /// on a large folder a second copy of every report would cost hundreds of megabytes.
    Reports(Vec<Arc<EventMention>>),
    /// An article that newsmap failed on (a bug, caught so that reading goes on): the problem
    /// to list, in place of the article.
    Failed(Problem),
    /// A problem of no article's, met while reading: the cache could not be written.
    Problem(Problem),
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
    /// Starts reading `folder` with `options` on a worker thread, through its cache, or the
    /// events file `folder` (see [`read_events_file`]); `wake` is called after each batch of
    /// messages.
    pub fn start(
        folder: PathBuf,
        options: ReadOptions,
        gazetteer: Arc<Gazetteer>,
        wake: impl Fn() + Send + 'static,
    ) -> Self {
        let (sender, receiver) = channel();
        let cancel = Arc::new(AtomicBool::new(false));
        let cancelled = Arc::clone(&cancel);
        let read = move || {
            let source = Source {
                folder: &folder,
                options: &options,
                cache_use: CacheUse::ReadWrite,
            };
            run(
                source,
                &gazetteer,
                &sender,
                &cancelled,
                &wake,
                Some(MERGE_EVERY),
            );
            let _ = sender.send(IngestMsg::Finished);
            wake();
        };
        std::thread::spawn(move || match background_pool() {
            Some(pool) => pool.install(read),
            None => read(),
        });
        Self { receiver, cancel }
    }

    /// Asks the worker to stop after the batch of articles it is on. It then sends the event
    /// reports read so far ([`IngestMsg::Reports`]), merged ([`IngestMsg::Events`]), and
    /// [`IngestMsg::Finished`].
    pub fn cancel(&self) {
        self.cancel.store(true, Ordering::Relaxed);
    }

    /// Whether [`Ingest::cancel`] was called.
    pub fn is_cancelled(&self) -> bool {
        self.cancel.load(Ordering::Relaxed)
    }
}

/// The threads that read folders for a viewer: one a core, at a lower priority than the
/// viewer's own thread, so that a frame takes a core as soon as it is due and the reader every
/// moment between frames (a viewer draws a frame when something changes, at most at the
/// display's pace); `None` if they cannot be started (the read then uses rayon's global pool).
fn background_pool() -> Option<&'static rayon::ThreadPool> {
    static POOL: std::sync::OnceLock<Option<rayon::ThreadPool>> = std::sync::OnceLock::new();
    POOL.get_or_init(|| {
        let cores = std::thread::available_parallelism().map_or(1, usize::from);
        rayon::ThreadPoolBuilder::new()
            .num_threads(cores)
            .thread_name(|index| format!("newsmap-read-{index}"))
            .start_handler(|_| lower_priority())
            .build()
            .ok()
    })
    .as_ref()
}

/// How much nicer than the viewer's thread the reading threads are: the scheduler then gives
/// a frame that is due about nine tenths of a core the threads share.
#[cfg(target_os = "linux")]
const READER_NICENESS: libc::c_int = 10;

/// Lowers the calling thread's priority (on Linux, where the nice value is the thread's own;
/// elsewhere it stays as it is).
fn lower_priority() {
    #[cfg(target_os = "linux")]
    // SAFETY: setpriority only reads its arguments; gettid names the calling thread, the
    // only one changed. A failure leaves the priority as it was, which is harmless.
    unsafe {
        let thread = libc::gettid() as libc::id_t;
        let current = libc::getpriority(libc::PRIO_PROCESS, thread);
        libc::setpriority(libc::PRIO_PROCESS, thread, current + READER_NICENESS);
    }
}

/// How often the worker merges the reports read so far, at least: a merge waits for four
/// times as long as the last one took, so that merging never takes over from reading.
const MERGE_EVERY: Duration = Duration::from_millis(500);

/// Articles processed together on all cores before their results are sent, in the folder's
/// order: small enough that progress and cancel stay prompt (a batch takes tens of
/// milliseconds), large enough to keep every core busy.
const BATCH: usize = 64;

/// Whether a read uses the folder's cache (see [`cache`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CacheUse {
    /// Take what is cached, and cache what is extracted.
    ReadWrite,
    /// Extract every article; leave the cache alone.
    Off,
}

/// What a run reads: the folder, how, and whether through its cache.
#[derive(Clone, Copy)]
struct Source<'a> {
    folder: &'a Path,
    options: &'a ReadOptions,
    cache_use: CacheUse,
}

/// Reads the `source` folder, sending what it finds; merges the reports every `merge_every`
/// (or only at the end) and at the end. Articles are processed in batches on all cores (rayon's current
/// pool) and sent in the folder's order, so that the result is the same as on one thread.
fn run(
    source: Source,
    gazetteer: &Gazetteer,
    sender: &Sender<IngestMsg>,
    cancel: &AtomicBool,
    wake: &dyn Fn(),
    merge_every: Option<Duration>,
) -> ReadStats {
    let Source {
        folder,
        options,
        cache_use,
    } = source;
    if folder.is_file() {
        send_events_file(folder, gazetteer, sender, cancel);
        return ReadStats::default();
    }
    let mut report = corpus::read_articles(folder, options);
    let total = report.articles.len();
    let (corrections, problem) = store::load_corrections(folder);
    let (applier, unapplied) =
        corrections.prepare(gazetteer, &folder.join(store::CORRECTIONS_FILE));
    report.problems.extend(problem.into_iter().chain(unapplied));
    let cache = match cache_use {
        CacheUse::ReadWrite => store::Cache::open(folder, &cache::stamp(gazetteer))
            .map_err(|problem| report.problems.extend(problem))
            .ok(),
        CacheUse::Off => None,
    };
    let mut extractor = Extractor::new(gazetteer, &applier, cache);
    let listed = IngestMsg::Listed {
        total,
        problems: report.problems,
    };
    if sender.send(listed).is_err() {
        return extractor.stats;
    }
    wake();
    let mut reports: Vec<Arc<EventMention>> = Vec::new();
    // The keys of the articles sent so far, which name their events.
    let mut keys: Vec<String> = Vec::new();
    // The cache keys of the folder's articles, in order.
    let mut cache_keys: Vec<store::CacheKey> = Vec::new();
    let (mut last_merge, mut merge_took) = (Instant::now(), Duration::ZERO);
    let merge = |reports: &[Arc<EventMention>], keys: &[String]| {
        let started = Instant::now();
        let events = events::merge(gazetteer, reports, keys);
        (IngestMsg::Events(events), started.elapsed())
    };
    // Articles with place names, kept for a second look with the folder's prior, which they
    // make as they come.
    let mut named: Vec<Named> = Vec::new();
    let mut prior = FolderPrior::default();
    let mut articles = report.articles.into_iter().peekable();
    while articles.peek().is_some() {
        if cancel.load(Ordering::Relaxed) {
            send_reports(sender, merge, reports, &keys);
            return extractor.stats;
        }
        let batch: Vec<Article> = articles.by_ref().take(BATCH).collect();
        let looked = extractor.first_look(&batch);
        let shingles: Vec<Shingles> = batch.par_iter().map(Shingles::of).collect();
        if let Some(problem) = extractor.take_problem()
            && sender.send(IngestMsg::Problem(problem)).is_err()
        {
            return extractor.stats;
        }
        for ((article, shingles), (cache_key, processed)) in
            batch.into_iter().zip(shingles).zip(looked)
        {
            cache_keys.push(cache_key);
            let (toponyms, event_mentions) = match processed {
                Ok(processed) => processed,
                Err(problem) => {
                    if sender.send(IngestMsg::Failed(problem)).is_err() {
                        return extractor.stats;
                    }
                    continue;
                }
            };
            // Articles sent so far: the receiver numbers them in this order.
            let index = keys.len();
            let article = Arc::new(article);
            let first_report = reports.len();
            reports.extend(event_mentions.into_iter().map(|m| m.shared_as_of(index)));
            if !toponyms.is_empty() {
                prior.add_article(gazetteer, &toponyms);
                let looked = (toponyms.as_slice(), &reports[first_report..]);
                named.push(Named::new(index, Arc::clone(&article), looked, cache_key));
            }
            keys.push(article.key.clone());
            let msg = IngestMsg::Article(article, shingles, toponyms);
            if sender.send(msg).is_err() {
                return extractor.stats;
            }
        }
        if merge_every.is_some_and(|every| last_merge.elapsed() > every.max(4 * merge_took)) {
            let (msg, took) = merge(&reports, &keys);
            if sender.send(msg).is_err() {
                return extractor.stats;
            }
            (last_merge, merge_took) = (Instant::now(), took);
        }
        wake();
    }
    let digest = cache::folder_digest(&cache_keys);
    // The articles the second look changed, and their new reports: they replace the first
    // look's once it is over (or cancelled), in one pass over all the reports.
    let mut changed: std::collections::HashSet<usize> = std::collections::HashSet::new();
    let mut revised_reports: Vec<Arc<EventMention>> = Vec::new();
    for batch in named.chunks(BATCH) {
        if cancel.load(Ordering::Relaxed) {
            events::replace_reports(&mut reports, &changed, revised_reports);
            send_reports(sender, merge, reports, &keys);
            return extractor.stats;
        }
        let mut places = Vec::new();
        for (index, toponyms, event_mentions) in extractor
            .second_look(&prior, batch, &digest)
            .into_iter()
            .flatten()
        {
            changed.insert(index);
            revised_reports.extend(event_mentions.into_iter().map(|m| m.shared_as_of(index)));
            places.push((index, toponyms));
        }
        if !places.is_empty() && sender.send(IngestMsg::Revised(places)).is_err() {
            return extractor.stats;
        }
    }
    let stats = extractor.stats;
    if let Some(problem) = extractor.finish()
        && sender.send(IngestMsg::Problem(problem)).is_err()
    {
        return stats;
    }
    events::replace_reports(&mut reports, &changed, revised_reports);
    if sender.send(IngestMsg::Prior(prior)).is_ok() {
        send_reports(sender, merge, reports, &keys);
    }
    stats
}

/// Sends the `reports` of the articles named `keys` and then the events they make (`merge`).
fn send_reports(
    sender: &Sender<IngestMsg>,
    merge: impl Fn(&[Arc<EventMention>], &[String]) -> (IngestMsg, Duration),
    reports: Vec<Arc<EventMention>>,
    keys: &[String],
) {
    let (events, _) = merge(&reports, keys);
    if sender.send(IngestMsg::Reports(reports)).is_ok() {
        let _ = sender.send(events);
    }
}

/// Reads the events file `path` and sends what it holds as a folder's reading would: the
/// problems, its articles (the sentences quoted from each, with no place mentions nor reports
/// to merge) and where their sentences stand in the original articles, then its events, merged already. A file that is no events file is one problem.
fn send_events_file(
    path: &Path,
    gazetteer: &Gazetteer,
    sender: &Sender<IngestMsg>,
    cancel: &AtomicBool,
) {
    let file = match read_events_file(path, gazetteer, &|| cancel.load(Ordering::Relaxed)) {
        Ok(file) => file,
        Err(error) => {
            let problems = vec![Problem::skipped(path, error.to_string())];
            let _ = sender.send(IngestMsg::Listed { total: 0, problems });
            return;
        }
    };
    if cancel.load(Ordering::Relaxed) {
        return;
    }
    let listed = IngestMsg::Listed {
        total: file.articles.len(),
        problems: file.problems,
    };
    if sender.send(listed).is_err() {
        return;
    }
    for (article, quoted_from) in file.articles {
        let shingles = Shingles::of(&article);
        let msg = IngestMsg::Quoted(Arc::new(article), shingles, quoted_from);
        if sender.send(msg).is_err() {
            return;
        }
    }
    let _ = sender.send(IngestMsg::Events(file.events));
}

/// An article revised by the folder's prior: its index, place mentions and event reports.
type Revision = (usize, Vec<Toponym>, Vec<EventMention>);

/// The articles revised by the folder's prior.
type Revised = Vec<Revision>;

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
            Self::Article(article, shingles, toponyms) => {
                corpus.push_article(article, &shingles, toponyms, Vec::new());
            }
            Self::Quoted(article, shingles, quoted_from) => {
                corpus.push_article(article, &shingles, Vec::new(), Vec::new());
                corpus.quoted_from.push(quoted_from);
            }
            Self::Revised(places) => {
                for (index, toponyms) in places {
                    corpus.replace_places(index, toponyms);
                }
            }
            Self::Prior(prior) => corpus.prior = prior,
            Self::Events(events) => corpus.replace_events(events),
            Self::Reports(reports) => corpus.event_mentions = reports,
            Self::Failed(problem) | Self::Problem(problem) => corpus.problems.push(problem),
            Self::Finished => return true,
        }
        false
    }
}

/// Reads, geoparses and extracts the events of `folder`, from this thread (on all cores: on
/// the threads of rayon's current pool), without its cache; or reads the events file
/// `folder`, as the viewer does (see [`read_events_file`]).
pub fn read_corpus(folder: &Path, gazetteer: &Gazetteer) -> Corpus {
    read_corpus_with(folder, &ReadOptions::default(), gazetteer, CacheUse::Off).0
}

/// [`read_corpus`] with `options`, through the folder's cache or not; also tells how many
/// articles went through the extractor.
pub fn read_corpus_with(
    folder: &Path,
    options: &ReadOptions,
    gazetteer: &Gazetteer,
    cache_use: CacheUse,
) -> (Corpus, ReadStats) {
    let (sender, receiver) = channel::<IngestMsg>();
    let never = AtomicBool::new(false);
    std::thread::scope(|scope| {
        // The corpus is filled while the folder is read (this thread stays in the caller's
        // rayon pool).
        let filled = scope.spawn(|| {
            let mut corpus = Corpus::new(folder);
            for msg in receiver {
                msg.apply_to(&mut corpus);
            }
            corpus
        });
        let source = Source {
            folder,
            options,
            cache_use,
        };
        let stats = run(source, gazetteer, &sender, &never, &|| {}, None);
        drop(sender);
        let corpus = filled
            .join()
            .unwrap_or_else(|panic| std::panic::resume_unwind(panic));
        (corpus, stats)
    })
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

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
        let (palmyra_article, palmyra) = corpus
            .place_mentions()
            .find(|(_, t)| t.surface == "Palmyra")
            .unwrap_or_else(|| panic!("Palmyra is read"));
        assert_eq!(gazetteer.place(palmyra.place).country, "SY");
        let event = corpus
            .events
            .iter()
            .find(|e| e.mentions.iter().any(|m| m.article == palmyra_article))
            .unwrap_or_else(|| panic!("the attack is an event"));
        assert_eq!(event.place, Some(palmyra.place), "the event moved too");
    }

    /// The sample's text articles copied `copies` times with other dates in their names (a
    /// folder of many articles, most of them copies of one report).
    pub(crate) fn generated_folder(copies: usize) -> tempfile::TempDir {
        let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
        let sample = Path::new(env!("CARGO_MANIFEST_DIR")).join("assets/sample");
        let mut texts: Vec<(String, String)> = std::fs::read_dir(&sample)
            .unwrap_or_else(|e| panic!("{e}"))
            .flatten()
            .map(|entry| entry.file_name().to_string_lossy().into_owned())
            .filter(|name| name.ends_with(".txt"))
            .map(|name| {
                let text = std::fs::read_to_string(sample.join(&name));
                (name, text.unwrap_or_else(|e| panic!("{e}")))
            })
            .collect();
        texts.sort();
        for copy in 0..copies {
            for (name, text) in &texts {
                let stem = name.trim_start_matches(|c: char| c.is_ascii_digit() || c == '-');
                let file = format!(
                    "2022-{:02}-{:02}_{copy}{stem}",
                    1 + copy % 12,
                    1 + copy % 28
                );
                std::fs::write(dir.path().join(file), text).unwrap_or_else(|e| panic!("{e}"));
            }
        }
        dir
    }

    /// `folder` read on a pool of `threads` threads.
    fn read_on(threads: usize, folder: &Path) -> Corpus {
        let pool = rayon::ThreadPoolBuilder::new().num_threads(threads).build();
        let pool = pool.unwrap_or_else(|e| panic!("{e}"));
        pool.install(|| read_corpus(folder, crate::gazetteer::bundled_for_tests()))
    }

    /// Asserts that two reads of a folder found the same articles, places and events.
    pub(crate) fn assert_same_reading(one: &Corpus, other: &Corpus) {
        let keys = |c: &Corpus| c.articles.iter().map(|a| a.key.clone()).collect::<Vec<_>>();
        assert_eq!(keys(one), keys(other));
        assert_eq!(one.places, other.places);
        assert_eq!(one.event_mentions, other.event_mentions);
        let ids = |c: &Corpus| c.events.iter().map(|e| e.id).collect::<Vec<_>>();
        assert_eq!(ids(one), ids(other));
        assert_eq!(one.events, other.events);
        assert_eq!(one.problems.len(), other.problems.len());
    }

    // See: issue 12 (all cores, results identical to the sequential run).
    #[test]
    fn reading_on_all_cores_gives_what_one_thread_gives() {
        let sample = Path::new(env!("CARGO_MANIFEST_DIR")).join("assets/sample");
        let generated = generated_folder(25);
        for folder in [sample.as_path(), generated.path()] {
            let one = read_on(1, folder);
            assert!(!one.events.is_empty() && one.place_mentions().next().is_some());
            assert_same_reading(&one, &read_on(4, folder));
        }
    }

    // See: issue 12 (progress and cancel).
    #[test]
    fn a_cancelled_read_keeps_the_articles_it_read_and_their_reports_merged() {
        let folder = generated_folder(20);
        let gazetteer = crate::gazetteer::bundled_for_tests();
        let (sender, receiver) = channel();
        let (cancel, wakes) = (
            AtomicBool::new(false),
            std::sync::atomic::AtomicUsize::new(0),
        );
        // Woken once the folder is listed, then after each batch: cancelled after the first.
        let wake = || {
            if wakes.fetch_add(1, Ordering::Relaxed) == 1 {
                cancel.store(true, Ordering::Relaxed);
            }
        };
        let source = Source {
            folder: folder.path(),
            options: &ReadOptions::default(),
            cache_use: CacheUse::Off,
        };
        run(source, gazetteer, &sender, &cancel, &wake, None);
        drop(sender);
        let mut corpus = Corpus::new(folder.path());
        for msg in receiver {
            msg.apply_to(&mut corpus);
        }
        assert_eq!(corpus.articles.len(), BATCH);
        let whole = read_corpus(folder.path(), gazetteer);
        assert!(whole.articles.len() > BATCH);
        // The reports of the articles read, as their first look found them.
        let first_batch = |m: &&Arc<EventMention>| m.article < BATCH;
        let read: Vec<_> = whole.event_mentions.iter().filter(first_batch).collect();
        assert!(!read.is_empty());
        let articles =
            |reports: &[&Arc<EventMention>]| reports.iter().map(|m| m.article).collect::<Vec<_>>();
        let kept: Vec<_> = corpus.event_mentions.iter().collect();
        assert_eq!(articles(&kept), articles(&read));
        let keys: Vec<&str> = corpus.articles.iter().map(|a| a.key.as_str()).collect();
        let merged = events::merge(gazetteer, &corpus.event_mentions, &keys);
        assert!(!corpus.events.is_empty());
        assert_eq!(corpus.events, merged);
    }

    // See: issue 12 (memory bounded on a large folder).
    #[test]
    fn a_folder_s_events_hold_its_reports_not_copies_of_them() {
        let folder = Path::new(env!("CARGO_MANIFEST_DIR")).join("assets/sample");
        let corpus = read_corpus(&folder, crate::gazetteer::bundled_for_tests());
        let reports: std::collections::HashSet<*const EventMention> =
            corpus.event_mentions.iter().map(Arc::as_ptr).collect();
        let in_events: Vec<&Arc<EventMention>> =
            corpus.events.iter().flat_map(|e| &e.mentions).collect();
        assert_eq!(in_events.len(), reports.len());
        assert!(in_events.iter().all(|m| reports.contains(&Arc::as_ptr(m))));
    }

    // See: issue 12 (the viewer's frames keep their pace while all cores read).
    #[cfg(target_os = "linux")]
    #[test]
    fn the_viewer_s_reading_threads_yield_to_its_own() {
        let own = || {
            // SAFETY: getpriority only reads its arguments.
            unsafe { libc::getpriority(libc::PRIO_PROCESS, libc::gettid() as libc::id_t) }
        };
        let viewer = own();
        let pool = background_pool().unwrap_or_else(|| panic!("the reading threads start"));
        assert_eq!(
            pool.current_num_threads(),
            std::thread::available_parallelism().map_or(1, usize::from)
        );
        let reader = pool.install(own);
        assert!(reader > viewer || viewer >= 19, "{reader} {viewer}");
    }

    #[test]
    fn the_sample_folder_reads_with_mentions_and_events() {
        let folder = Path::new(env!("CARGO_MANIFEST_DIR")).join("assets/sample");
        let corpus = read_corpus(&folder, crate::gazetteer::bundled_for_tests());
        assert!(corpus.articles.len() >= 15);
        assert!(corpus.problems.is_empty(), "{:?}", corpus.problems);
        for (article, toponym) in corpus.place_mentions() {
            assert_eq!(
                corpus.articles[article].text[toponym.span.clone()],
                toponym.surface
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

//! Extracting batches of a folder's articles on all cores (rayon's current pool), through the
//! folder's cache when there is one (see [`super::cache`]): what is cached is decoded, the
//! rest goes through the extractor and is written to the cache, on a thread of its own so
//! that the extraction never waits for the disk.

use std::collections::HashSet;
use std::panic::AssertUnwindSafe;
use std::sync::mpsc::{SyncSender, sync_channel};
use std::sync::{Arc, Mutex};
use std::thread::JoinHandle;

use rayon::prelude::*;

use super::cache::{self, Extraction};
use super::{Revision, failure};
use crate::articles::{Article, Problem};
use crate::corpus::{process_article, process_article_again};
use crate::corrections::Applier;
use crate::events::EventMention;
use crate::gazetteer::Gazetteer;
use crate::geoparse::{FolderPrior, GeoparseOptions, Geoparser, Toponym};
use crate::store::{Cache, CacheKey, CacheTable, Flush, StoreError};

/// Writes to the cache (a batch each) between two flushes to disk: a read that is killed keeps
/// all but the last few hundred articles' extractions, at about ten flushes for 10,000 articles.
const FLUSH_EVERY: usize = 16;

/// How much of a read went through the extractor, and how much came from the cache.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct ReadStats {
    /// Articles extracted (first look).
    pub extracted: usize,
    /// Articles whose first look came from the cache.
    pub cached: usize,
    /// Articles extracted again with the folder's prior (second look).
    pub looked_again: usize,
}

/// One article's place mentions and event reports, or the problem to list when newsmap failed
/// on it.
pub type Processed = Result<Extraction, Problem>;

/// An article with place names, kept for a second look with the folder's prior.
pub struct Named {
    /// Its index among the articles read.
    index: usize,
    article: Arc<Article>,
    /// Its place mentions as first resolved, encoded: a large folder keeps tens of thousands,
    /// which take a tenth of the memory so (the second look decodes them again).
    toponyms: Vec<u8>,
    /// Its reports from the first look, shared with the read's list.
    reports: Vec<Arc<EventMention>>,
    cache_key: CacheKey,
}

impl Named {
    /// Article `index` (cache key `cache_key`), whose first look found `toponyms` and
    /// `reports`.
    pub fn new(
        index: usize,
        article: Arc<Article>,
        (toponyms, reports): (&[Toponym], &[Arc<EventMention>]),
        cache_key: CacheKey,
    ) -> Self {
        Self {
            index,
            article,
            toponyms: cache::encode(&toponyms),
            reports: reports.to_vec(),
            cache_key,
        }
    }
}

/// Batches of writes waiting for the cache's writer, at most: beyond them the extraction
/// waits, so that a slow disk does not fill the memory with encoded extractions.
const WRITES_WAITING: usize = 4;

/// One batch of writes to the cache.
type Write = (CacheTable, Vec<(CacheKey, Vec<u8>)>, Flush);

/// The thread that writes to the cache, in the order the writes were sent. After an error it
/// writes nothing more and keeps the error for [`Extractor::take_problem`].
struct Writer {
    sender: SyncSender<Write>,
    thread: JoinHandle<()>,
    failed: Arc<Mutex<Option<StoreError>>>,
}

impl Writer {
    fn start(cache: Arc<Cache>) -> Option<Self> {
        let (sender, receiver) = sync_channel::<Write>(WRITES_WAITING);
        let failed = Arc::new(Mutex::new(None));
        let failure = Arc::clone(&failed);
        let thread = std::thread::Builder::new()
            .name("newsmap-cache-writer".to_string())
            .spawn(move || {
                for (table, entries, flush) in receiver {
                    if let Err(error) = cache.put(table, &entries, flush) {
                        *failure.lock().unwrap_or_else(|e| e.into_inner()) = Some(error);
                        return;
                    }
                }
            })
            .ok()?;
        Some(Self {
            sender,
            thread,
            failed,
        })
    }

    /// The error that stopped the writer, once.
    fn take_error(&self) -> Option<StoreError> {
        self.failed.lock().unwrap_or_else(|e| e.into_inner()).take()
    }

    /// Waits for every write sent; the error that stopped the writer, if one did.
    fn finish(self) -> Option<StoreError> {
        let Self {
            sender,
            thread,
            failed,
        } = self;
        drop(sender);
        let _ = thread.join();
        failed.lock().unwrap_or_else(|e| e.into_inner()).take()
    }
}

/// Extracts articles through the cache.
pub struct Extractor<'g> {
    gazetteer: &'g Gazetteer,
    applier: &'g Applier,
    cache: Option<Arc<Cache>>,
    /// Writes to the cache, or `None` without a cache (or without a thread to write it).
    writer: Option<Writer>,
    /// Keys of the values this read used or wrote: the others are dropped at the end.
    live: HashSet<CacheKey>,
    /// A problem met in writing the cache, not yet listed.
    problem: Option<Problem>,
    /// Writes to the cache so far.
    writes: usize,
    /// What went through the extractor.
    pub stats: ReadStats,
}

impl<'g> Extractor<'g> {
    /// Extracts with the corrections of `applier`, through `cache` if there is one.
    pub fn new(gazetteer: &'g Gazetteer, applier: &'g Applier, cache: Option<Cache>) -> Self {
        let cache = cache.map(Arc::new);
        let writer = cache.as_ref().map(Arc::clone).and_then(Writer::start);
        Self {
            gazetteer,
            applier,
            cache: cache.filter(|_| writer.is_some()),
            writer,
            live: HashSet::new(),
            problem: None,
            writes: 0,
            stats: ReadStats::default(),
        }
    }

    /// The first look at each article of `batch` (its cache key and what it gave), in order.
    pub fn first_look(&mut self, batch: &[Article]) -> Vec<(CacheKey, Processed)> {
        let geoparser = Geoparser::new(self.gazetteer, GeoparseOptions::default());
        let applier = self.applier;
        let keys: Vec<CacheKey> = batch
            .par_iter()
            .map(|article| cache::article_key(article, applier))
            .collect();
        let cached = self.get(CacheTable::Articles, &keys);
        let caching = self.cache.is_some();
        let looked: Vec<(Processed, Option<Vec<u8>>, bool)> = (batch.par_iter().zip(cached))
            .map(|(article, cached)| {
                if let Some(hit) = cached.as_deref().and_then(cache::decode::<Extraction>) {
                    return (Ok(hit), None, true);
                }
                let processed = process_caught(&geoparser, applier, article);
                let encoded = (processed.as_ref().ok())
                    .filter(|_| caching)
                    .map(cache::encode);
                (processed, encoded, false)
            })
            .collect();
        let mut writes = Vec::new();
        let mut out = Vec::with_capacity(batch.len());
        for (key, (processed, encoded, hit)) in keys.into_iter().zip(looked) {
            if hit {
                self.stats.cached += 1;
            } else {
                self.stats.extracted += 1;
            }
            writes.extend(encoded.map(|bytes| (key, bytes)));
            out.push((key, processed));
        }
        self.put(CacheTable::Articles, writes);
        out
    }

    /// The second look at each article of `batch` with the folder's `prior`, in order: what it
    /// changed, if anything. `folder_digest` names the folder's articles (see
    /// [`cache::second_look_key`]).
    pub fn second_look(
        &mut self,
        prior: &FolderPrior,
        batch: &[Named],
        folder_digest: &CacheKey,
    ) -> Vec<Option<Revision>> {
        let keys: Vec<CacheKey> = (batch.iter())
            .map(|named| cache::second_look_key(&named.cache_key, folder_digest))
            .collect();
        let cached = self.get(CacheTable::SecondLooks, &keys);
        let (gazetteer, applier) = (self.gazetteer, self.applier);
        let caching = self.cache.is_some();
        let looked: Vec<(Option<Revision>, Option<Vec<u8>>, bool)> = (batch.par_iter().zip(cached))
            .map(|(named, cached)| {
                let revised =
                    |changed: Option<Extraction>| changed.map(|(t, m)| (named.index, t, m));
                if let Some(hit) = cached
                    .as_deref()
                    .and_then(cache::decode::<Option<Extraction>>)
                {
                    return (revised(hit), None, false);
                }
                // Encoded by `Named::new`, they decode (else the first look stands).
                let Some(toponyms) = cache::decode::<Vec<Toponym>>(&named.toponyms) else {
                    return (None, None, false);
                };
                let changed = prior.second_look(gazetteer, &toponyms).map(|others| {
                    let again =
                        Geoparser::new(gazetteer, GeoparseOptions::default()).with_prior(others);
                    // It was read once without failing; should the second look fail, the
                    // first stands.
                    caught(&named.article, || {
                        let (article, reports) = (&named.article, &named.reports);
                        process_article_again(&again, applier, article, &toponyms, reports)
                    })
                    .ok()
                    .flatten()
                });
                let looked_again = changed.is_some();
                let changed = changed.flatten();
                let encoded = caching.then(|| cache::encode(&changed));
                (revised(changed), encoded, looked_again)
            })
            .collect();
        let mut writes = Vec::new();
        let mut out = Vec::with_capacity(batch.len());
        for (key, (revision, encoded, looked_again)) in keys.into_iter().zip(looked) {
            self.stats.looked_again += usize::from(looked_again);
            writes.extend(encoded.map(|bytes| (key, bytes)));
            out.push(revision);
        }
        self.put(CacheTable::SecondLooks, writes);
        out
    }

    /// The problem met in writing the cache, once.
    pub fn take_problem(&mut self) -> Option<Problem> {
        if let Some(error) = self.writer.as_ref().and_then(Writer::take_error) {
            self.fail(&error);
        }
        self.problem.take()
    }

    /// Ends a read of the whole folder: every write is on disk, and the cache keeps only
    /// what this read used.
    pub fn finish(mut self) -> Option<Problem> {
        if let Some(error) = self.writer.take().and_then(Writer::finish) {
            self.fail(&error);
        }
        if let Some(cache) = &self.cache
            && let Err(error) = cache.finish(&self.live)
        {
            self.problem = Some(error.problem("the cache was not saved"));
        }
        self.problem
    }

    /// Reads on without the cache after `error` in writing it.
    fn fail(&mut self, error: &StoreError) {
        self.problem = Some(error.problem("reading on without the cache"));
        self.cache = None;
        self.writer = None;
    }

    /// The cached values of `keys` in `table` (all `None` without a cache).
    fn get(&mut self, table: CacheTable, keys: &[CacheKey]) -> Vec<Option<Vec<u8>>> {
        self.live.extend(keys.iter().copied());
        match &self.cache {
            Some(cache) => cache.get(table, keys),
            None => vec![None; keys.len()],
        }
    }

    /// Sends `entries` to the cache's writer (a failure is reported by
    /// [`Self::take_problem`] or [`Self::finish`]).
    fn put(&mut self, table: CacheTable, entries: Vec<(CacheKey, Vec<u8>)>) {
        let Some(writer) = &self.writer else { return };
        if entries.is_empty() {
            return;
        }
        self.writes += 1;
        let flush = match self.writes % FLUSH_EVERY {
            0 => Flush::Now,
            _ => Flush::Later,
        };
        // A writer that stopped has kept its error; the writes it drops are lost with it.
        let _ = writer.sender.send((table, entries, flush));
    }
}

/// Processes `article` with `geoparser`, catching a panic (a bug) as a [`Problem`].
fn process_caught(geoparser: &Geoparser, applier: &Applier, article: &Article) -> Processed {
    caught(article, || process_article(geoparser, applier, article))
}

/// What `work` on `article` gives, or a panic in it (a bug) as a [`Problem`].
fn caught<T>(article: &Article, work: impl FnOnce() -> T) -> Result<T, Problem> {
    std::panic::catch_unwind(AssertUnwindSafe(work)).map_err(|panic| failure(article, &*panic))
}

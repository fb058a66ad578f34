//! The domain model: everything read from one folder ([`Corpus`]: its articles and which of
//! them are syndicated copies of one report, their place mentions and event reports, the
//! merged events, the user's corrections, the problems met),
//! and the use-cases that change it, callable alike from the command line, the viewer and
//! tests:
//! - [`Corpus::fix_event`]: correct an event's place, or hide it as not an event, saved in the
//!   folder and applied at once (the event is found again after its articles are extracted
//!   anew);
//! - [`Corpus::restore_report`]: show again a report hidden as not an event;
//! - [`Corpus::apply_corrections`]: extract some articles again with the folder's corrections
//!   and merge the events;
//! - [`Corpus::set_date`]: save an article's publication date (the folder is then read again).
//!
//! A corpus read from an events file rather than a folder ([`Origin::EventsFile`]) takes no
//! correction: each use-case that saves one says so ([`CorpusError::ReadOnly`]).
//!
//! The folder's files are read and written through [`crate::store`]; running the pipeline over
//! a whole folder is [`crate::ingest`]'s job, one article at a time is [`process_article`].

use std::ops::Range;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use chrono::NaiveDate;

use crate::articles::{self, Article, CopyGroups, Problem, ReadOptions, ReadReport, Shingles};
use crate::corrections::{Applier, Corrections, PlaceRef, ReportRef};
use crate::events::{self, Event, EventId, EventKind, EventMention};
use crate::gazetteer::{Gazetteer, PlaceId, name_key};
use crate::geoparse::{FolderPrior, GeoparseOptions, Geoparser, Toponym};
use crate::store::{self, StoreError};

/// What a corpus was read from.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Origin {
    /// A folder of articles, with its `.newsmap/` (dates, corrections, cache).
    #[default]
    Folder,
    /// An events file (`newsmap extract --events`, `newsmap merge`): its events come merged,
    /// its articles hold only the sentences the events quote, and it is read only: a
    /// correction made on it would be lost when the file is written again, and would be
    /// saved nowhere the user expects, so corrections are made in the folder it came from.
    EventsFile,
}

/// Everything read from one folder (or one events file).
#[derive(Default)]
pub struct Corpus {
    /// The folder (or the events file).
    pub folder: PathBuf,
    /// Whether [`Corpus::folder`] is a folder or an events file.
    pub origin: Origin,
    /// Its articles, in reading order (shared with the reader, which keeps those it may
    /// look at again with the folder's prior).
    pub articles: Vec<Arc<Article>>,
    /// The articles grouped into syndicated copies of one report (kept up to date as
    /// articles are pushed).
    pub copies: CopyGroups,
    /// Each article's place mentions, by its index in [`Corpus::articles`] (see
    /// [`Corpus::place_mentions`] for all of them).
    pub places: Vec<Vec<Toponym>>,
    /// Event mentions of all articles, before merging (shared with the events).
    pub event_mentions: Vec<Arc<EventMention>>,
    /// Events: the event mentions merged (see [`Corpus::merge_events`]).
    pub events: Vec<Event>,
    /// Files skipped or read with trouble.
    pub problems: Vec<Problem>,
    /// The folder's corrections, as last read or saved.
    pub corrections: Corrections,
    /// For an events file, for each article, where each of its kept lines (the sentences the
    /// events quote) starts in the original article, in code points: exports write the
    /// original offsets. Empty for a folder.
    pub quoted_from: Vec<Vec<usize>>,
    /// The countries and provinces the folder's articles name, which its ambiguous names
    /// lean to (see [`FolderPrior`]).
    pub prior: FolderPrior,
}

/// A correction of one event (of each of its reports), see [`crate::corrections`].
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Fix {
    /// The name its reports give means this other place, all through their articles.
    Name(PlaceId),
    /// It happened at this place.
    Place(PlaceId),
    /// Forget the places the user set for it.
    ResetPlace,
    /// It is not an event: hide its reports.
    NotEvent,
    /// The name its reports give is not a place: in their articles, or (`true`) in every
    /// article of the folder.
    NotAPlace(bool),
}

/// Why a use-case of the corpus did not happen.
#[derive(Debug, thiserror::Error)]
pub enum CorpusError {
    /// The event asked for is not (or no longer) in the corpus.
    #[error("the event is no longer there")]
    NoSuchEvent,
    /// The corpus is an events file, which keeps no corrections (see [`Origin::EventsFile`]).
    #[error(
        "an events file is read only: correct the folder it was extracted from and export its events again"
    )]
    ReadOnly,
    /// The correction could not be saved in the folder.
    #[error("correction not saved: {0}")]
    Store(#[from] StoreError),
}

/// What a saved correction did.
#[derive(Clone, Debug, PartialEq)]
pub struct Corrected {
    /// The corrections file written.
    pub path: PathBuf,
    /// The articles extracted again.
    pub articles: Vec<usize>,
    /// The corrected event as found again after the articles were extracted anew (its id and
    /// place), None when it is hidden or gone.
    pub event: Option<(EventId, Option<PlaceId>)>,
}

impl Corpus {
    /// An empty corpus of `folder`, with the folder's corrections (none when the file cannot
    /// be read: reading the folder reports why); of an events file, with none, when `folder`
    /// is a file.
    pub fn new(folder: &Path) -> Self {
        if folder.is_file() {
            return Self {
                folder: folder.to_path_buf(),
                origin: Origin::EventsFile,
                ..Self::default()
            };
        }
        Self {
            folder: folder.to_path_buf(),
            corrections: store::load_corrections(folder).0,
            ..Self::default()
        }
    }

    /// Whether corrections can be saved: not in an events file.
    fn check_writable(&self) -> Result<(), CorpusError> {
        match self.origin {
            Origin::Folder => Ok(()),
            Origin::EventsFile => Err(CorpusError::ReadOnly),
        }
    }

    /// Adds an article read from the folder, its shingles (which group it with its copies),
    /// its place mentions and its event reports (whose `article` is renumbered).
    pub fn push_article(
        &mut self,
        article: Arc<Article>,
        shingles: &Shingles,
        mut toponyms: Vec<Toponym>,
        reports: Vec<EventMention>,
    ) {
        let index = self.articles.len();
        self.copies.add(shingles);
        self.articles.push(article);
        self.event_mentions
            .extend(reports.into_iter().map(|m| m.shared_as_of(index)));
        toponyms.shrink_to_fit();
        self.places.push(toponyms);
    }

    /// Every place mention of every article, with its article's index, in reading order.
    pub fn place_mentions(&self) -> impl Iterator<Item = (usize, &Toponym)> {
        (self.places.iter().enumerate())
            .flat_map(|(article, toponyms)| toponyms.iter().map(move |t| (article, t)))
    }

    /// How many place mentions the articles have.
    pub fn place_mention_count(&self) -> usize {
        self.places.iter().map(Vec::len).sum()
    }

    /// Replaces the place mentions of article `index` (read again with the folder's prior).
    pub fn replace_places(&mut self, index: usize, mut toponyms: Vec<Toponym>) {
        if let Some(places) = self.places.get_mut(index) {
            toponyms.shrink_to_fit();
            *places = toponyms;
        }
    }

    /// How many independent reports `event` has: its articles, the syndicated copies of one
    /// report counted once (see [`CopyGroups`]).
    pub fn independent_sources(&self, event: &Event) -> usize {
        let mut groups: Vec<usize> = event
            .mentions
            .iter()
            .map(|m| self.copies.group(m.article))
            .collect();
        groups.sort_unstable();
        groups.dedup();
        groups.len()
    }

    /// Replaces the events with `events` (merged elsewhere).
    pub fn replace_events(&mut self, events: Vec<Event>) {
        // Freeing tens of thousands of events takes tens of milliseconds: not on the
        // caller's (the UI's) thread.
        let old = std::mem::replace(&mut self.events, events);
        std::thread::spawn(move || drop(old));
    }

    /// Extracts article `index` again with `corrections`, replacing its place names and event
    /// reports (events are not merged again: see [`Corpus::merge_events`]).
    pub fn reprocess_article(
        &mut self,
        index: usize,
        geoparser: &Geoparser,
        corrections: &Applier,
    ) {
        let Some(article) = self.articles.get(index) else {
            return;
        };
        let (toponyms, reports) = process_article(geoparser, corrections, article);
        self.revise(vec![(index, toponyms, reports)]);
    }

    /// Replaces the place names and event reports of some articles (index, names, reports).
    pub fn revise(&mut self, revised: Vec<(usize, Vec<Toponym>, Vec<EventMention>)>) {
        if revised.is_empty() {
            return;
        }
        let indices: std::collections::HashSet<usize> = revised.iter().map(|r| r.0).collect();
        let mut reports = Vec::new();
        for (index, toponyms, revised_reports) in revised {
            self.replace_places(index, toponyms);
            reports.extend(revised_reports.into_iter().map(|m| m.shared_as_of(index)));
        }
        events::replace_reports(&mut self.event_mentions, &indices, reports);
    }

    /// Places a search for `query` finds, the likeliest first: every place bearing the name in
    /// any spelling the geoparser folds together ("Qala-e-Naw", "Faizabad"), or, when none
    /// does, the names a letter or two away within the folder's countries; ranked by how much
    /// the folder names their country and province (the airfield at Bagram before a village in
    /// Iran), then towns before areas, then by population.
    pub fn search_places(&self, gazetteer: &Gazetteer, query: &str) -> Vec<PlaceId> {
        let key = name_key(query);
        if key.chars().count() < 2 {
            return Vec::new();
        }
        let mut found: Vec<PlaceId> = gazetteer.lookup(query).iter().map(|m| m.place).collect();
        if found.is_empty() && key.len() >= 5 {
            let mut countries: Vec<&str> = self
                .place_mentions()
                .map(|(_, t)| gazetteer.place(t.place).country.as_str())
                .collect();
            countries.sort_unstable();
            countries.dedup();
            found = gazetteer
                .fuzzy_matches(&key, &countries)
                .into_iter()
                .map(|(m, _)| m.place)
                .collect();
        }
        found.sort_unstable();
        found.dedup();
        found.sort_by(|&a, &b| {
            let (pa, pb) = (gazetteer.place(a), gazetteer.place(b));
            let folder = |p: &crate::gazetteer::Place| self.prior.bonus(&p.country, &p.admin1);
            folder(pb)
                .total_cmp(&folder(pa))
                .then(pa.kind.is_area().cmp(&pb.kind.is_area()))
                .then(pb.population.cmp(&pa.population))
                .then(a.cmp(&b))
        });
        found
    }

    /// Merges the event mentions into events (again, after more articles arrived).
    pub fn merge_events(&mut self, gazetteer: &Gazetteer) {
        let keys: Vec<&str> = self.articles.iter().map(|a| a.key.as_str()).collect();
        self.events = events::merge(gazetteer, &self.event_mentions, &keys);
    }

    /// Makes `corrections` the folder's and extracts `articles` again with them, then merges
    /// the events.
    pub fn apply_corrections(
        &mut self,
        gazetteer: &Gazetteer,
        corrections: Corrections,
        articles: &[usize],
    ) {
        let (applier, _) = corrections.prepare(gazetteer, &self.folder);
        let geoparser =
            Geoparser::new(gazetteer, GeoparseOptions::default()).with_prior(self.prior.clone());
        for &article in articles {
            self.reprocess_article(article, &geoparser, &applier);
        }
        self.corrections = corrections;
        self.merge_events(gazetteer);
    }

    /// Saves `fix` of the event `event_id` in the folder's corrections and applies it to the
    /// event's articles; finds the event again (by its first report) unless it was hidden.
    pub fn fix_event(
        &mut self,
        gazetteer: &Gazetteer,
        event_id: EventId,
        fix: Fix,
    ) -> Result<Corrected, CorpusError> {
        self.check_writable()?;
        let event = self.event(event_id).ok_or(CorpusError::NoSuchEvent)?;
        // Each report, with the name its place goes by in the text.
        let reports: Vec<(usize, ReportRef, Option<String>)> = event
            .mentions
            .iter()
            .map(|m| {
                let article = &self.articles[m.article];
                let name = m.place.as_ref().map(|t| t.surface.to_string());
                let report = ReportRef::of(&article.key, &article.text, m);
                (m.article, report, name.filter(|n| !n.is_empty()))
            })
            .collect();
        let anchor = event
            .mentions
            .first()
            .map(|m| (m.article, m.sentence.start, m.kind));
        let place_ref = |id: PlaceId| PlaceRef::of(gazetteer, id);
        let (path, corrections) = store::update_corrections(&self.folder, |corrections| {
            for (_, report, name) in &reports {
                match (fix, name) {
                    (Fix::Name(id), Some(name)) => {
                        corrections.set_name(&report.article, name, place_ref(id));
                    }
                    (Fix::Name(_), None) => {}
                    (Fix::Place(id), _) => {
                        corrections.set_report_place(report.clone(), place_ref(id))
                    }
                    (Fix::ResetPlace, _) => {
                        if let Some(name) = name {
                            corrections.forget_name(&report.article, name);
                        }
                        corrections.forget_report_place(report);
                    }
                    (Fix::NotEvent, _) => corrections.set_not_event(report.clone(), true),
                    (Fix::NotAPlace(everywhere), Some(name)) => {
                        let article = (!everywhere).then_some(report.article.as_str());
                        corrections.set_not_a_place(article, name, true);
                    }
                    (Fix::NotAPlace(_), None) => {}
                }
            }
        })?;
        let mut articles: Vec<usize> = reports.iter().map(|(a, _, _)| *a).collect();
        if fix == Fix::NotAPlace(true) {
            // Every article that names it.
            let keys: std::collections::HashSet<String> = reports
                .iter()
                .filter_map(|(_, _, name)| name.as_deref().map(name_key))
                .collect();
            articles.extend(
                self.place_mentions()
                    .filter(|(_, t)| keys.contains(&name_key(&t.surface)))
                    .map(|(article, _)| article),
            );
            articles.sort_unstable();
        }
        articles.dedup();
        self.apply_corrections(gazetteer, corrections, &articles);
        let event = anchor
            .filter(|_| fix != Fix::NotEvent)
            .and_then(|anchor| self.event_with_report(anchor))
            .map(|e| (e.id, e.place));
        Ok(Corrected {
            path,
            articles,
            event,
        })
    }

    /// Shows again a report hidden as not an event: saved in the folder, its article
    /// extracted again.
    pub fn restore_report(
        &mut self,
        gazetteer: &Gazetteer,
        report: &ReportRef,
    ) -> Result<Corrected, CorpusError> {
        self.check_writable()?;
        let (path, corrections) = store::update_corrections(&self.folder, |corrections| {
            corrections.set_not_event(report.clone(), false);
        })?;
        let articles: Vec<usize> = (0..self.articles.len())
            .filter(|&i| self.articles[i].key == report.article)
            .collect();
        self.apply_corrections(gazetteer, corrections, &articles);
        Ok(Corrected {
            path,
            articles,
            event: None,
        })
    }

    /// Saves `date` as the publication date of the article `key` (read the folder again to
    /// see it applied). Returns the file written.
    pub fn set_date(&self, key: &str, date: NaiveDate) -> Result<PathBuf, CorpusError> {
        self.check_writable()?;
        Ok(store::save_date(&self.folder, key, Some(date))?)
    }

    /// The event with the report of this article, sentence start and kind.
    /// The event named `id`, if the folder still has it.
    pub fn event(&self, id: EventId) -> Option<&Event> {
        self.events.iter().find(|e| e.id == id)
    }

    fn event_with_report(
        &self,
        (article, start, kind): (usize, usize, EventKind),
    ) -> Option<&Event> {
        self.events.iter().find(|e| {
            e.mentions
                .iter()
                .any(|m| (m.article, m.sentence.start, m.kind) == (article, start, kind))
        })
    }
}

/// The articles of `folder` with the publication dates the user set (see
/// [`store::load_dates`]), and the problems met.
pub fn read_articles(folder: &Path, options: &ReadOptions) -> ReadReport {
    let (dates, problem) = store::load_dates(folder);
    let mut report = articles::read_folder(folder, options);
    report.problems.splice(0..0, problem);
    articles::apply_date_overrides(&mut report.articles, &dates);
    report
}

/// Kept text geoparsed at once, at most. The geoparser weighs each name of a story against the
/// story's other names, so a huge file (a scraper's dump of many stories in one file) is
/// geoparsed in parts of about this size: its cost grows with its length, not its square.
const STORY_BYTES: usize = 16 * 1024;

/// The kept lines of an article in runs of about [`STORY_BYTES`]; a longer line is cut into
/// pieces of that size (see [`line_pieces`]), so that one huge line is no single story.
fn story_parts(text: &str, lines: &[Range<usize>]) -> Vec<Vec<Range<usize>>> {
    let mut parts = Vec::new();
    let (mut part, mut bytes): (Vec<Range<usize>>, usize) = (Vec::new(), 0);
    for piece in lines
        .iter()
        .flat_map(|line| line_pieces(text, line.clone()))
    {
        if bytes > 0 && bytes + piece.len() > STORY_BYTES {
            parts.push(std::mem::take(&mut part));
            bytes = 0;
        }
        bytes += piece.len();
        part.push(piece);
    }
    if !part.is_empty() {
        parts.push(part);
    }
    parts
}

/// `line` of `text` in pieces of at most [`STORY_BYTES`]: each cut after the last space of the
/// piece's second half, else at a character boundary (a line without spaces).
fn line_pieces(text: &str, line: Range<usize>) -> impl Iterator<Item = Range<usize>> + '_ {
    let mut start = line.start;
    std::iter::from_fn(move || {
        if start >= line.end {
            return None;
        }
        let mut end = line.end;
        if end - start > STORY_BYTES {
            // At least STORY_BYTES - 3 bytes on: a character is at most 4 bytes long.
            let limit = text.floor_char_boundary(start + STORY_BYTES);
            end = (text[start..limit].rfind(' '))
                .map(|space| start + space + 1)
                .filter(|&cut| cut > start + STORY_BYTES / 2)
                .unwrap_or(limit);
        }
        let piece = start..end;
        start = end;
        Some(piece)
    })
}

/// The place names of `article`, geoparsed in [`story_parts`]; the parts of a huge article
/// are shared among the machine's cores.
fn geoparse_in_parts(geoparser: &Geoparser, article: &Article) -> Vec<Toponym> {
    let parts = story_parts(&article.text, &article.kept);
    // Asked once: the answer reads the process's cgroup files (open, read, close), which cost
    // a twentieth of the extraction when asked for each article.
    static CORES: std::sync::OnceLock<usize> = std::sync::OnceLock::new();
    let threads =
        || *CORES.get_or_init(|| std::thread::available_parallelism().map_or(1, usize::from));
    if parts.len() < 2 || threads() < 2 {
        return parts
            .into_iter()
            .flat_map(|lines| geoparser.parse(&article.text, &lines))
            .collect();
    }
    let per_thread = parts.len().div_ceil(threads());
    std::thread::scope(|scope| {
        let workers: Vec<_> = parts
            .chunks(per_thread)
            .map(|group| {
                scope.spawn(move || {
                    group
                        .iter()
                        .flat_map(|lines| geoparser.parse(&article.text, lines))
                        .collect::<Vec<_>>()
                })
            })
            .collect();
        workers
            .into_iter()
            .flat_map(|worker| {
                worker
                    .join()
                    .unwrap_or_else(|panic| std::panic::resume_unwind(panic))
            })
            .collect()
    })
}

/// The place names and event reports of one article, with the user's corrections applied
/// (event reports numbered as article 0).
pub fn process_article(
    geoparser: &Geoparser,
    corrections: &Applier,
    article: &Article,
) -> (Vec<Toponym>, Vec<EventMention>) {
    let toponyms = article_places(geoparser, corrections, article);
    let reports = article_reports(geoparser.gazetteer(), corrections, article, &toponyms);
    (toponyms, reports)
}

/// [`process_article`] again with another `geoparser` (one with the folder's prior), for an
/// article whose first look found `before` and `reports`: `None` when its place names come
/// out the same. When they name the same places at the same words with other confidences
/// (the common case), its reports are the same, weighed again; otherwise they are read again.
pub fn process_article_again(
    geoparser: &Geoparser,
    corrections: &Applier,
    article: &Article,
    before: &[Toponym],
    reports: &[Arc<EventMention>],
) -> Option<(Vec<Toponym>, Vec<EventMention>)> {
    let toponyms = article_places(geoparser, corrections, article);
    if toponyms == before {
        return None;
    }
    let reweighed = (!corrections.sets_report_places_in(&article.key))
        .then(|| reweigh(before, &toponyms, reports))
        .flatten();
    let reports = reweighed
        .unwrap_or_else(|| article_reports(geoparser.gazetteer(), corrections, article, &toponyms));
    Some((toponyms, reports))
}

/// `reports` with their places taken from `after`, which names the places of `before` at the
/// same words, and weighed again (numbered as article 0); `None` if the places differ.
fn reweigh(
    before: &[Toponym],
    after: &[Toponym],
    reports: &[Arc<EventMention>],
) -> Option<Vec<EventMention>> {
    let same_sites = before.len() == after.len()
        && (before.iter().zip(after)).all(|(b, a)| b.span == a.span && b.place == a.place);
    if !same_sites {
        return None;
    }
    reports
        .iter()
        .map(|report| {
            let mut report = EventMention {
                article: 0,
                ..EventMention::clone(report)
            };
            if let Some(place) = &report.place {
                let at = before.iter().position(|t| t == place)?;
                report.place = Some(after[at].clone());
            }
            report.weigh();
            Some(report)
        })
        .collect()
}

/// The place names of `article`, with the user's corrections of names applied.
fn article_places(geoparser: &Geoparser, corrections: &Applier, article: &Article) -> Vec<Toponym> {
    let mut toponyms = geoparse_in_parts(geoparser, article);
    corrections.fix_names(geoparser.gazetteer(), &article.key, &mut toponyms);
    toponyms
}

/// The event reports of `article` placed among its `toponyms`, with the user's corrections of
/// reports applied.
fn article_reports(
    gazetteer: &Gazetteer,
    corrections: &Applier,
    article: &Article,
    toponyms: &[Toponym],
) -> Vec<EventMention> {
    let published = article.published.map(|p| p.date);
    let mut reports = events::extract_mentions(
        gazetteer,
        0,
        &article.text,
        &article.kept,
        toponyms,
        published,
    );
    corrections.fix_reports(
        gazetteer,
        &article.key,
        &article.text,
        toponyms,
        &mut reports,
    );
    reports
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::articles::{DateSource, ProblemKind, Published};

    #[test]
    fn a_long_line_is_cut_into_stories_after_a_space_or_between_characters() {
        let spaced = "Kabul and Herat were shelled again. ".repeat(2_000);
        let unspaced = "ß".repeat(3 * STORY_BYTES);
        for text in [spaced.as_str(), unspaced.as_str()] {
            let line = 0..text.len();
            let parts = story_parts(text, std::slice::from_ref(&line));
            assert!(parts.len() > 2, "{} parts", parts.len());
            let pieces: Vec<Range<usize>> = parts.into_iter().flatten().collect();
            assert_eq!(pieces.first().map(|p| p.start), Some(0));
            assert_eq!(pieces.last().map(|p| p.end), Some(text.len()));
            for pair in pieces.windows(2) {
                assert_eq!(pair[0].end, pair[1].start, "pieces cover the line");
            }
            for piece in &pieces {
                assert!(piece.len() <= STORY_BYTES && text.get(piece.clone()).is_some());
            }
        }
        let line = 0..spaced.len();
        let first = &story_parts(&spaced, std::slice::from_ref(&line))[0][0];
        assert!(spaced[first.clone()].ends_with(' '), "cut after a space");
    }

    // See: issue 12 (faster per thread).
    #[test]
    fn a_second_look_that_only_reweighs_places_gives_what_reading_again_gives() {
        let gazetteer = crate::gazetteer::bundled_for_tests();
        let sample = Path::new(env!("CARGO_MANIFEST_DIR")).join("assets/sample");
        let articles = read_articles(&sample, &ReadOptions::default()).articles;
        let (plain, applier) = (
            Geoparser::new(gazetteer, GeoparseOptions::default()),
            Applier::default(),
        );
        let first: Vec<_> = (articles.iter())
            .map(|article| process_article(&plain, &applier, article))
            .collect();
        let mut prior = FolderPrior::default();
        for (toponyms, _) in &first {
            prior.add_article(gazetteer, toponyms);
        }
        let mut reweighed = 0;
        for (article, (toponyms, reports)) in articles.iter().zip(&first) {
            let Some(others) = prior.second_look(gazetteer, toponyms) else {
                continue;
            };
            let again = Geoparser::new(gazetteer, GeoparseOptions::default()).with_prior(others);
            let shared: Vec<Arc<EventMention>> = reports.iter().cloned().map(Arc::new).collect();
            let read_again = process_article(&again, &applier, article);
            let expected = (read_again.0 != *toponyms).then_some(read_again);
            let looked = process_article_again(&again, &applier, article, toponyms, &shared);
            assert_eq!(looked, expected, "{}", article.key);
            let only_weights = |(places, _): &(Vec<Toponym>, Vec<EventMention>)| {
                reweigh(toponyms, places, &shared).is_some()
            };
            reweighed += usize::from(looked.as_ref().is_some_and(only_weights));
        }
        assert!(reweighed > 0, "no article of the sample was only reweighed");
    }

    #[test]
    fn a_place_search_finds_every_spelling_and_ranks_the_folder_s_countries_first() {
        let folder = folder_of(&[
            (
                "2021-07-01_a.txt",
                "Taliban fighters attacked Kunduz and Herat.",
            ),
            (
                "2021-07-02_b.txt",
                "Troops left Bagram Airfield near Kabul, Afghanistan.",
            ),
            (
                "2021-07-03_c.txt",
                "Fighting went on in Kandahar and Lashkar Gah.",
            ),
        ]);
        let gazetteer = crate::gazetteer::bundled_for_tests();
        let corpus = crate::ingest::read_corpus(folder.path(), gazetteer);
        let first_country = |query: &str| {
            corpus
                .search_places(gazetteer, query)
                .first()
                .map(|&id| gazetteer.place(id).country.clone())
        };
        // An Afghan folder: Bagram and Faizabad are the Afghan ones, not Iran's or India's.
        assert_eq!(first_country("Bagram").as_deref(), Some("AF"));
        assert_eq!(first_country("Faizabad").as_deref(), Some("AF"));
        let qala = corpus.search_places(gazetteer, "Qala-e-Naw");
        assert_eq!(
            qala.first().map(|&id| gazetteer.place(id).name.as_str()),
            Some("Qala i Naw")
        );
        // A spelling a letter off, within the folder's countries.
        assert_eq!(first_country("Lashkargha").as_deref(), Some("AF"));
        assert!(corpus.search_places(gazetteer, "x").is_empty());
    }

    /// A folder holding `files` (relative path, contents).
    fn folder_of(files: &[(&str, &str)]) -> tempfile::TempDir {
        let folder = tempfile::tempdir().expect("temp dir");
        for (relative, contents) in files {
            let path = folder.path().join(relative);
            std::fs::create_dir_all(path.parent().expect("parent")).expect("mkdir");
            std::fs::write(path, contents).expect("write");
        }
        folder
    }

    /// July 2021, the `day`th.
    fn july(day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2021, 7, day).expect("valid date")
    }

    #[test]
    fn dates_follow_their_precedence() {
        let folder = folder_of(&[
            ("2020-01-01 header.txt", "Date: 2021-07-02\n\nBody."),
            (
                "2020-01-01 meta.json",
                r#"{"text": "Date: 2021-07-02\nBody.", "date": "2021-07-03"}"#,
            ),
            ("2020-01-01 override.txt", "Date: 2021-07-02\n\nBody."),
            ("undated.txt", "Body."),
            (
                crate::store::DATES_FILE,
                r#"{"2020-01-01 override.txt": "2021-07-04"}"#,
            ),
        ]);
        let report = read_articles(folder.path(), &ReadOptions::default());
        assert!(report.problems.is_empty(), "{:?}", report.problems);
        let published: Vec<_> = report
            .articles
            .iter()
            .map(|article| article.published)
            .collect();
        assert_eq!(
            published,
            [
                Some(Published {
                    date: july(2),
                    source: DateSource::HeaderLine
                }),
                Some(Published {
                    date: july(3),
                    source: DateSource::Metadata
                }),
                Some(Published {
                    date: july(4),
                    source: DateSource::UserOverride
                }),
                None,
            ]
        );
    }

    #[test]
    fn a_broken_overrides_file_does_not_stop_reading() {
        let folder = folder_of(&[("a.txt", "Body."), (crate::store::DATES_FILE, "{not json")]);
        let report = read_articles(folder.path(), &ReadOptions::default());
        assert_eq!(report.articles.len(), 1);
        assert_eq!(report.problems.len(), 1);
        assert_eq!(report.problems[0].kind, ProblemKind::Degraded);
        assert!(folder.path().join(crate::store::DATES_FILE).exists());
    }
}

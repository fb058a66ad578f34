//! What a frame computes from the corpus, kept between frames while nothing it depends on
//! changes: the events passing the filters (packed in rows), the timeline's counts per day,
//! the events in the time window and their markers, the filter panel's counts, the basemap
//! prepared for the view, and the heat layer made for the visible events and the view.

use std::sync::Arc;

use super::filters::{FilterCounts, Filters};
use super::map::{self, BasemapCache, HeatLayer};
use super::time_window::TimeWindow;
use super::timeline::DayCounts;
use crate::corpus::{Corpus, Origin};
use crate::gazetteer::Gazetteer;

/// The caches of the frames, cleared (by [`FrameCaches::corpus_changed`]) when the corpus
/// changes.
#[derive(Default)]
pub struct FrameCaches {
    /// Counts behind the filter panel, cleared whenever the corpus changes.
    pub counts: Option<FilterCounts>,
    /// What the articles counted so far hold, cleared whenever the corpus changes; while a
    /// folder is read, the new articles' are added.
    articles: ArticlesTally,
    /// Bumped whenever the corpus changes, to know when cached views of it are stale.
    pub generation: u64,
    /// What the last frame computed from the corpus, the filters and the window.
    pub frame: Option<FrameCache>,
    /// Events shown in the last frame, for the status bar.
    pub visible_count: usize,
    /// The basemap tessellated for the current view.
    pub basemap: BasemapCache,
    /// The heat layer of the visible events, for the current view.
    pub heat: HeatLayer,
}

impl FrameCaches {
    /// Forgets what was computed from the corpus (it changed).
    pub fn corpus_changed(&mut self) {
        self.counts = None;
        self.articles = ArticlesTally::default();
        self.generation += 1;
    }

    /// How many place mentions the articles of `corpus` have (for the status bar).
    pub fn place_mention_count(&mut self, corpus: &Corpus) -> usize {
        self.articles.add_new(corpus).place_mentions
    }

    /// The articles of `corpus` with no date (indices), listed under the timeline with a
    /// field to set one.
    pub fn undated_articles(&mut self, corpus: &Corpus) -> Arc<Vec<usize>> {
        Arc::clone(&self.articles.add_new(corpus).undated)
    }

    /// The events that pass the filters, those also in the time window, and their markers:
    /// recomputed only when the corpus, the filters or the window changed since last frame.
    pub fn frame_data(
        &mut self,
        corpus: &Corpus,
        filters: &Filters,
        window: &TimeWindow,
        gazetteer: &Gazetteer,
    ) -> FrameCache {
        let fresh = self.frame.as_ref().is_some_and(|c| {
            c.generation == self.generation && c.filters == *filters && c.window == *window
        });
        if !fresh {
            let same_filters = self
                .frame
                .as_ref()
                .is_some_and(|c| c.generation == self.generation && c.filters == *filters);
            let (filtered, rows, day_counts) = match (&self.frame, same_filters) {
                (Some(cache), true) if cache.day_counts.covers(window) => (
                    Arc::clone(&cache.filtered),
                    Arc::clone(&cache.rows),
                    Arc::clone(&cache.day_counts),
                ),
                _ => {
                    let filtered = filters.matching(corpus, gazetteer);
                    let rows = map::event_rows(corpus, &filtered);
                    let counts = DayCounts::of(corpus, &filtered, window);
                    (Arc::new(filtered), Arc::new(rows), Arc::new(counts))
                }
            };
            let in_window: Vec<map::EventRow> = rows
                .iter()
                .filter(|row| window.shows_days(row.days))
                .copied()
                .collect();
            let visible: Vec<usize> = in_window.iter().map(|row| row.index).collect();
            let placeless = (visible.iter().copied())
                .filter(|&i| corpus.events.get(i).is_some_and(|e| e.place.is_none()))
                .collect();
            let markers = Arc::new(map::markers(gazetteer, &in_window));
            self.frame = Some(FrameCache {
                generation: self.generation,
                filters: filters.clone(),
                window: window.clone(),
                filtered,
                rows,
                day_counts,
                visible: Arc::new(visible),
                placeless: Arc::new(placeless),
                markers,
            });
        }
        self.frame.clone().unwrap_or_default()
    }
}

/// What the first `counted` articles of the corpus hold, for the status bar and the list of
/// undated articles: added up as articles arrive, not counted over all of them every frame.
#[derive(Default)]
struct ArticlesTally {
    counted: usize,
    /// The articles with no date (indices); none in an events file, which takes no dates.
    undated: Arc<Vec<usize>>,
    place_mentions: usize,
}

impl ArticlesTally {
    /// Adds the articles of `corpus` not counted yet.
    fn add_new(&mut self, corpus: &Corpus) -> &Self {
        let from = self.counted;
        let new = corpus.articles.get(from..).unwrap_or_default();
        if corpus.origin == Origin::Folder {
            let undated = (new.iter().enumerate())
                .filter(|(_, a)| a.published.is_none())
                .map(|(i, _)| from + i);
            Arc::make_mut(&mut self.undated).extend(undated);
        }
        let places = corpus.places.get(from..).unwrap_or_default();
        self.place_mentions += places.iter().map(Vec::len).sum::<usize>();
        self.counted = from + new.len();
        self
    }
}

/// Views of the corpus computed for a frame, kept while nothing they depend on changes.
#[derive(Clone, Default)]
pub struct FrameCache {
    pub generation: u64,
    pub filters: Filters,
    pub window: TimeWindow,
    /// Events passing the filters (ids).
    pub filtered: Arc<Vec<usize>>,
    /// The same, packed for the time window and the markers.
    pub rows: Arc<Vec<map::EventRow>>,
    /// Those per day and kind, for the timeline.
    pub day_counts: Arc<DayCounts>,
    /// Of those, the ones in the time window.
    pub visible: Arc<Vec<usize>>,
    /// Of those, the ones with no place, listed apart in the details.
    pub placeless: Arc<Vec<usize>>,
    /// Their markers, one per place.
    pub markers: Arc<Vec<map::Marker>>,
}

//! The article record: what `newsmap extract -` writes for each article (one JSON object a
//! line) and `newsmap merge` reads back. It holds what the merge needs to give the events a
//! single run over all the articles gives: the article (its key and place in the input, to put
//! the articles back in a folder's order, which names the events and orders their reports; its
//! text and kept lines, which the second look with the folder's prior extracts again and the
//! exports quote), and its first extraction (place mentions, from which the folder's prior is
//! made, and event reports). See the README's *Command line* for the fields.

use std::cmp::Ordering;
use std::ops::Range;
use std::path::Path;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::cache::{self, Extraction};
use crate::articles::{Article, ArticleId, DateSource, Published};
use crate::events::EventMention;
use crate::gazetteer::Gazetteer;
use crate::geoparse::Toponym;

/// The version of the record format, first in every record's stamp.
const VERSION: u32 = 1;

/// One article and its first extraction.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ArticleRecord {
    /// The format's version and a digest of the extractor and the gazetteer that made the
    /// record (place ids are the gazetteer's): records merge only with records of the same
    /// stamp.
    pub stamp: String,
    /// The key of the input line the article came from (the file's path in its folder).
    pub source: String,
    /// The article's index in its source's list of records (a `.jsonl` file), if it is one.
    pub record: Option<usize>,
    /// The article's key (`source`, or `source#record`).
    pub key: String,
    /// The headline.
    pub title: Option<String>,
    /// The outlet.
    pub outlet: Option<String>,
    /// The address.
    pub url: Option<String>,
    /// The publication date (`YYYY-MM-DD`), if known.
    pub published: Option<String>,
    /// The article's text.
    pub text: String,
    /// The byte ranges of `text` that cleaning kept.
    pub kept: Vec<Range<usize>>,
    /// Its place mentions (byte spans into `text`).
    pub toponyms: Vec<Toponym>,
    /// Its event reports (`article` is 0; byte ranges into `text`).
    pub mentions: Vec<EventMention>,
}

/// The stamp of the records this build writes with `gazetteer`.
pub fn stamp(gazetteer: &Gazetteer) -> String {
    let digest = blake3::hash(&cache::stamp(gazetteer));
    format!("newsmap-record-{VERSION}-{}", &digest.to_hex()[..16])
}

impl ArticleRecord {
    /// The record of `article` (from the input line `source`) and its first extraction.
    pub fn new(stamp: &str, source: &str, article: Article, extraction: Extraction) -> Self {
        let record = (article.key.strip_prefix(source))
            .and_then(|rest| rest.strip_prefix('#'))
            .and_then(|index| index.parse().ok());
        let (toponyms, mentions) = extraction;
        Self {
            stamp: stamp.to_string(),
            source: source.to_string(),
            record,
            key: article.key,
            title: article.title,
            outlet: article.outlet,
            url: article.url,
            published: article.published.map(|p| p.date.to_string()),
            text: article.text,
            kept: article.kept,
            toponyms,
            mentions,
        }
    }

    /// The article (its date's source given as metadata) and its first extraction.
    pub fn into_parts(self) -> (Article, Extraction) {
        let published = (self.published.as_deref())
            .and_then(|date| NaiveDate::parse_from_str(date, "%Y-%m-%d").ok())
            .map(|date| Published {
                date,
                source: DateSource::Metadata,
            });
        let article = Article {
            id: ArticleId(0),
            path: self.key.clone().into(),
            key: self.key,
            title: self.title,
            outlet: self.outlet,
            url: self.url,
            published,
            text: self.text,
            kept: self.kept,
            dropped: Vec::new(),
        };
        (article, (self.toponyms, self.mentions))
    }

    /// The order of a folder's articles: by the path of their file (component by component),
    /// then their place in it. Records alike in that (the same file twice in the input) are
    /// ordered by their contents, so that the order never depends on the input's.
    pub fn folder_order(&self, other: &Self) -> Ordering {
        fn contents(r: &ArticleRecord) -> impl Ord + '_ {
            (&r.key, &r.published, &r.text, &r.title, &r.outlet, &r.url)
        }
        (Path::new(&self.source).cmp(Path::new(&other.source)))
            .then(self.record.cmp(&other.record))
            .then_with(|| contents(self).cmp(&contents(other)))
    }
}

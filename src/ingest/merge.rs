//! Combining record files (see [`super::records`]), written by streaming extracts of the
//! shards of an archive, into what a single read of all the articles gives: the records are
//! put in a folder's order (whatever the order of the files and of their lines), the folder's
//! prior is made from their place mentions, the articles it could move get their second look
//! (on all cores), and the reports are merged into events, by the same steps as
//! [`super::read_corpus`]. The merge holds every record in memory, as a single read holds
//! every article.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use super::extract::{Extractor, Named};
use super::lines::{Line, Lines};
use super::records::{self, ArticleRecord};
use super::{BATCH, Revised};
use crate::articles::Shingles;
use crate::corpus::Corpus;
use crate::corrections::Applier;
use crate::gazetteer::Gazetteer;
use crate::geoparse::FolderPrior;

/// A record line longer than this is skipped (an article file is at most 20 MiB; its record
/// adds its mentions).
const MAX_RECORD_BYTES: usize = 256 * 1024 * 1024;

/// What a merge read.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct MergeStats {
    /// Records merged (articles).
    pub records: usize,
    /// Lines skipped (not a record).
    pub skipped: usize,
    /// Articles extracted again with the folder's prior.
    pub looked_again: usize,
}

/// Why a merge stopped.
#[derive(Debug, thiserror::Error)]
pub enum MergeError {
    /// A record file could not be opened or read.
    #[error("reading {}: {source}", path.display())]
    Read {
        /// The file.
        path: PathBuf,
        /// The cause.
        source: std::io::Error,
    },
    /// A record was made by another build of newsmap or with another gazetteer: its place ids
    /// and extraction would not agree with this one's.
    #[error(
        "{}, line {line}: a record of another newsmap build or gazetteer ({found}; this one writes {expected}): extract the archive again",
        path.display()
    )]
    Stamp {
        /// The file.
        path: PathBuf,
        /// The line.
        line: usize,
        /// The record's stamp.
        found: String,
        /// This build's.
        expected: String,
    },
}

/// The corpus of the articles of the record files `paths`, their events merged; tells `note`
/// of each line skipped.
pub fn merge_records(
    paths: &[PathBuf],
    gazetteer: &Gazetteer,
    note: &mut dyn FnMut(String),
) -> Result<(Corpus, MergeStats), MergeError> {
    let expected = records::stamp(gazetteer);
    let mut stats = MergeStats::default();
    let mut all: Vec<ArticleRecord> = Vec::new();
    for path in paths {
        let read_error = |source| MergeError::Read {
            path: path.clone(),
            source,
        };
        let file = std::fs::File::open(path).map_err(read_error)?;
        let mut lines = Lines::new(std::io::BufReader::new(file), MAX_RECORD_BYTES);
        let mut number = 0;
        while let Some(line) = lines.next_line().map_err(read_error)? {
            number += 1;
            let skipped = match line {
                Line::Text(text) if text.trim().is_empty() => continue,
                Line::Text(text) => match serde_json::from_str::<ArticleRecord>(&text) {
                    Ok(record) if record.stamp == expected => {
                        all.push(record);
                        continue;
                    }
                    Ok(record) => return Err(stamp_error(path, number, record, &expected)),
                    Err(error) => format!("not an article record ({error})"),
                },
                Line::TooLong(bytes) => format!("{bytes} bytes, over the limit"),
                Line::NotUtf8 => "not UTF-8".to_string(),
            };
            stats.skipped += 1;
            note(format!(
                "{}, line {number} skipped: {skipped}",
                path.display()
            ));
        }
    }
    all.sort_by(ArticleRecord::folder_order);
    stats.records = all.len();
    let (corpus, looked_again) = combine(gazetteer, all);
    stats.looked_again = looked_again;
    Ok((corpus, stats))
}

fn stamp_error(path: &Path, line: usize, record: ArticleRecord, expected: &str) -> MergeError {
    MergeError::Stamp {
        path: path.to_path_buf(),
        line,
        found: record.stamp,
        expected: expected.to_string(),
    }
}

/// The corpus of `records` (in the folder's order), after the second look with the folder's
/// prior, its events merged; and how many articles were looked at again.
fn combine(gazetteer: &Gazetteer, records: Vec<ArticleRecord>) -> (Corpus, usize) {
    let mut corpus = Corpus::default();
    // Articles with place names, kept for a second look, as in a read of a folder.
    let mut named: Vec<Named> = Vec::new();
    let mut prior = FolderPrior::default();
    for (index, record) in records.into_iter().enumerate() {
        let (article, (toponyms, mentions)) = record.into_parts();
        let article = Arc::new(article);
        let first_report = corpus.event_mentions.len();
        let shingles = Shingles::of(&article);
        corpus.push_article(Arc::clone(&article), &shingles, toponyms, mentions);
        let toponyms = &corpus.places[index];
        if !toponyms.is_empty() {
            prior.add_article(gazetteer, toponyms);
            let looked = (toponyms.as_slice(), &corpus.event_mentions[first_report..]);
            named.push(Named::new(index, article, looked, [0; 32]));
        }
    }
    let applier = Applier::default();
    let mut extractor = Extractor::new(gazetteer, &applier, None);
    let mut revised: Revised = Vec::new();
    for batch in named.chunks(BATCH) {
        let looked = extractor.second_look(&prior, batch, &[0; 32]);
        revised.extend(looked.into_iter().flatten());
    }
    corpus.prior = prior;
    corpus.revise(revised);
    corpus.merge_events(gazetteer);
    (corpus, extractor.stats.looked_again)
}

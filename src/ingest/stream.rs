//! The streaming extract (`newsmap extract -`): article lines in (see
//! [`crate::articles::read_line`]), one [`ArticleRecord`] a line out, in the input's order, a
//! batch of lines at a time on all cores; memory stays bounded by the batch, whatever the
//! input's length. Shards of an archive extracted apart are combined by [`super::merge`].

use std::io::{BufRead, Write};

use rayon::prelude::*;

use super::extract::Extractor;
use super::lines::{Line, Lines};
use super::records::{self, ArticleRecord};
use crate::articles::{self, Article, ReadOptions};
use crate::corrections::Applier;
use crate::gazetteer::Gazetteer;

/// Lines read and extracted together: enough to keep every core busy, few enough that records
/// come out steadily and memory stays small.
const BATCH_LINES: usize = 64;

/// What a streaming extract did.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct StreamStats {
    /// Non-blank lines read.
    pub lines: usize,
    /// Lines skipped (not an article line, or giving no article).
    pub skipped: usize,
    /// Records written (one per article).
    pub records: usize,
    /// Articles newsmap failed on (a bug, caught): no record.
    pub failed: usize,
}

/// Why a streaming extract stopped.
#[derive(Debug, thiserror::Error)]
pub enum StreamError {
    /// The input could not be read.
    #[error("reading the articles: {0}")]
    Read(std::io::Error),
    /// The records could not be written.
    #[error("writing the records: {0}")]
    Write(#[source] std::io::Error),
}

/// Reads article lines from `input` and writes a record per article to `output`, flushed after
/// each batch; tells `note` of each line skipped and each problem met (with its line number).
pub fn extract_stream(
    input: impl BufRead,
    mut output: impl Write,
    gazetteer: &Gazetteer,
    note: &mut dyn FnMut(String),
) -> Result<StreamStats, StreamError> {
    let max_bytes = ReadOptions::default().max_file_bytes as usize;
    let mut lines = Lines::new(input, max_bytes);
    let stamp = records::stamp(gazetteer);
    let applier = Applier::default();
    let mut extractor = Extractor::new(gazetteer, &applier, None);
    let mut stats = StreamStats::default();
    let mut number = 0;
    loop {
        let mut batch: Vec<(usize, String)> = Vec::with_capacity(BATCH_LINES);
        let mut ended = false;
        while batch.len() < BATCH_LINES {
            let Some(line) = lines.next_line().map_err(StreamError::Read)? else {
                ended = true;
                break;
            };
            number += 1;
            let skipped = match line {
                Line::Text(text) if text.trim().is_empty() => continue,
                Line::Text(text) => {
                    batch.push((number, text));
                    continue;
                }
                Line::TooLong(bytes) => format!("{bytes} bytes, over the {max_bytes} limit"),
                Line::NotUtf8 => "not UTF-8".to_string(),
            };
            stats.lines += 1;
            stats.skipped += 1;
            note(format!("line {number} skipped: {skipped}"));
        }
        stats.lines += batch.len();
        let read: Vec<_> = batch
            .par_iter()
            .map(|(_, line)| articles::read_line(line))
            .collect();
        let mut sources: Vec<(usize, String)> = Vec::new();
        let mut articles: Vec<Article> = Vec::new();
        for ((number, _), result) in batch.iter().zip(read) {
            match result {
                Ok((key, found, problems)) => {
                    for problem in problems {
                        note(format!("line {number}: {}: {}", key, problem.reason));
                    }
                    sources.extend(found.iter().map(|_| (*number, key.clone())));
                    articles.extend(found);
                }
                Err(error) => {
                    stats.skipped += 1;
                    note(format!("line {number} skipped: {error}"));
                }
            }
        }
        let looked = extractor.first_look(&articles);
        for ((article, (number, source)), (_, processed)) in
            articles.into_iter().zip(sources).zip(looked)
        {
            match processed {
                Ok(extraction) => {
                    let record = ArticleRecord::new(&stamp, &source, article, extraction);
                    serde_json::to_writer(&mut output, &record)
                        .map_err(|e| StreamError::Write(e.into()))?;
                    output.write_all(b"\n").map_err(StreamError::Write)?;
                    stats.records += 1;
                }
                Err(problem) => {
                    stats.failed += 1;
                    note(format!("line {number}: {}: {}", source, problem.reason));
                }
            }
        }
        output.flush().map_err(StreamError::Write)?;
        if ended {
            return Ok(stats);
        }
    }
}

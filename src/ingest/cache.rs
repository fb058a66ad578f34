//! What of a folder's extraction is kept in its cache ([`store::Cache`], in
//! `FOLDER/.newsmap/cache.redb`), under which keys, so that a folder reopens at once and only
//! its changed or new articles go through the extractor again.
//!
//! An article's first extraction ([`crate::corpus::process_article`]) is a function of:
//!
//! - its text and kept lines, which the reader made from the file's bytes;
//! - its key (its path in the folder and its place in the file), which names its events and
//!   which corrections name;
//! - its publication date, which may come from the file's name or from the user's `dates.json`
//!   rather than from the bytes: a copy of a file under another date is another extraction;
//! - the user's corrections of it ([`Applier::for_article`]): they are applied inside the
//!   extraction (a corrected place moves the events that name it), so they are in the key;
//! - the extractor (the crate's version and [`EXTRACTION_DIGEST`]), the gazetteer
//!   ([`Gazetteer::checksum`]) and the geoparser's options.
//!
//! The first four are hashed (BLAKE3) into the article's key ([`article_key`]); the others,
//! the same for every article, are the cache's stamp ([`stamp`]): a cache of another stamp is
//! emptied when it is opened. Hashing the text rather than the file covers every format
//! alike (a JSON Lines file holds many articles) and anything the reader changes.
//!
//! The folder's prior is applied after the first extractions, in a second look that depends
//! on the first extractions of every other article. It is kept under the article's key and a
//! digest of the keys of every article of the folder, in order ([`second_look_key`]): when
//! any article changes, is added or removed, every second look is made again, since that moves
//! the prior of all the others, and a second look never uses a stale prior. The groups of
//! copies and the merging of reports into events are made again on every read.

use crate::articles::Article;
use crate::corrections::Applier;
use crate::events::EventMention;
use crate::gazetteer::Gazetteer;
use crate::geoparse::{GeoparseOptions, Toponym};
use crate::store::CacheKey;

/// A digest of the sources that make the extraction, computed by the build script: any
/// build whose extraction may differ makes every cached extraction again.
const EXTRACTION_DIGEST: &str = env!("NEWSMAP_EXTRACTION_DIGEST");

/// An article's place mentions and event reports (numbered as article 0).
pub type Extraction = (Vec<Toponym>, Vec<EventMention>);

/// What every cached value depends on besides its article: the extractor, the gazetteer and
/// the geoparser's options.
pub fn stamp(gazetteer: &Gazetteer) -> Vec<u8> {
    let mut stamp = format!(
        "newsmap {} extractor {EXTRACTION_DIGEST} {:?} gazetteer ",
        env!("CARGO_PKG_VERSION"),
        GeoparseOptions::default()
    )
    .into_bytes();
    stamp.extend(gazetteer.checksum());
    stamp
}

/// The key of `article`'s first extraction with the corrections of `applier`.
pub fn article_key(article: &Article, applier: &Applier) -> CacheKey {
    let mut hasher = blake3::Hasher::new();
    let mut field = |bytes: &[u8]| {
        hasher.update(&(bytes.len() as u64).to_le_bytes());
        hasher.update(bytes);
    };
    field(article.text.as_bytes());
    let kept: Vec<u8> = (article.kept.iter())
        .flat_map(|line| [line.start as u64, line.end as u64])
        .flat_map(u64::to_le_bytes)
        .collect();
    field(&kept);
    field(article.key.as_bytes());
    field(format!("{:?}", article.published.map(|p| p.date)).as_bytes());
    for correction in applier.for_article(&article.key) {
        field(correction.as_bytes());
    }
    *hasher.finalize().as_bytes()
}

/// A digest of the keys of all the articles of a folder, in the folder's order.
pub fn folder_digest(keys: &[CacheKey]) -> CacheKey {
    let mut hasher = blake3::Hasher::new();
    for key in keys {
        hasher.update(key);
    }
    *hasher.finalize().as_bytes()
}

/// The key of the second look of the article `article_key` in the folder `folder_digest`.
pub fn second_look_key(article_key: &CacheKey, folder_digest: &CacheKey) -> CacheKey {
    let mut hasher = blake3::Hasher::new();
    hasher.update(b"second look");
    hasher.update(article_key);
    hasher.update(folder_digest);
    *hasher.finalize().as_bytes()
}

/// `value` as stored: in postcard's compact binary form, which reads several times faster
/// than JSON.
pub fn encode<T: serde::Serialize>(value: &T) -> Vec<u8> {
    postcard::to_stdvec(value).unwrap_or_default()
}

/// A stored value; `None` when it cannot be read (it is then extracted again).
pub fn decode<T: serde::de::DeserializeOwned>(bytes: &[u8]) -> Option<T> {
    postcard::from_bytes(bytes).ok()
}

#[cfg(test)]
mod tests {
    use std::path::Path;

    use crate::corpus::Corpus;
    use crate::ingest::tests::{assert_same_reading, generated_folder};
    use crate::ingest::{CacheUse, ReadStats, read_corpus_with};
    use crate::store::CACHE_FILE;

    fn read(folder: &Path, cache_use: CacheUse) -> (Corpus, ReadStats) {
        read_corpus_with(
            folder,
            &crate::articles::ReadOptions::default(),
            crate::gazetteer::bundled_for_tests(),
            cache_use,
        )
    }

    // See: issue 12 (reopen at once).
    #[test]
    fn a_folder_reopened_is_read_from_its_cache_with_the_same_result() {
        let dir = generated_folder(3);
        let (uncached, _) = read(dir.path(), CacheUse::Off);
        assert!(
            !dir.path().join(".newsmap").exists(),
            "--no-cache writes nothing"
        );
        let (first, stats) = read(dir.path(), CacheUse::ReadWrite);
        let articles = first.articles.len();
        assert_eq!((stats.extracted, stats.cached), (articles, 0));
        assert!(
            stats.looked_again > 0,
            "the folder's prior moves some articles"
        );
        let (second, stats) = read(dir.path(), CacheUse::ReadWrite);
        assert_eq!(
            stats,
            ReadStats {
                extracted: 0,
                cached: articles,
                looked_again: 0
            }
        );
        assert_same_reading(&uncached, &first);
        assert_same_reading(&uncached, &second);
    }

    #[test]
    fn a_changed_article_alone_is_extracted_again() {
        let dir = generated_folder(2);
        read(dir.path(), CacheUse::ReadWrite);
        let mut names: Vec<_> = std::fs::read_dir(dir.path())
            .unwrap_or_else(|e| panic!("{e}"))
            .flatten()
            .map(|entry| entry.path())
            .filter(|path| path.extension().is_some_and(|e| e == "txt"))
            .collect();
        names.sort();
        let changed = &names[3];
        let text = std::fs::read_to_string(changed).unwrap_or_else(|e| panic!("{e}"));
        let text = format!("{text}\nGunmen attacked a checkpoint in Herat on Monday.\n");
        std::fs::write(changed, text).unwrap_or_else(|e| panic!("{e}"));
        let (cached, stats) = read(dir.path(), CacheUse::ReadWrite);
        assert_eq!((stats.extracted, stats.cached), (1, names.len() - 1));
        assert_same_reading(&read(dir.path(), CacheUse::Off).0, &cached);
    }

    #[test]
    fn a_date_or_a_correction_of_an_article_extracts_it_again() {
        let dir = generated_folder(2);
        let (first, _) = read(dir.path(), CacheUse::ReadWrite);
        let key = first.articles[5].key.clone();
        let date = chrono::NaiveDate::from_ymd_opt(2023, 3, 4);
        crate::store::save_date(dir.path(), &key, date).unwrap_or_else(|e| panic!("{e}"));
        let (dated, stats) = read(dir.path(), CacheUse::ReadWrite);
        assert_eq!(
            (stats.extracted, stats.cached),
            (1, first.articles.len() - 1)
        );
        assert_same_reading(&read(dir.path(), CacheUse::Off).0, &dated);
        let surface = dated.places[2]
            .first()
            .map(|t| t.surface.to_string())
            .unwrap_or_default();
        let other = dated.articles[2].key.clone();
        crate::store::update_corrections(dir.path(), |corrections| {
            corrections.not_places.push(crate::corrections::NotAPlace {
                article: Some(other),
                name: surface,
            });
        })
        .unwrap_or_else(|e| panic!("{e}"));
        let (corrected, stats) = read(dir.path(), CacheUse::ReadWrite);
        assert_eq!(
            (stats.extracted, stats.cached),
            (1, first.articles.len() - 1)
        );
        assert_same_reading(&read(dir.path(), CacheUse::Off).0, &corrected);
    }

    #[test]
    fn a_broken_cache_is_made_again_without_a_problem() {
        let dir = generated_folder(1);
        let (uncached, _) = read(dir.path(), CacheUse::Off);
        std::fs::create_dir(dir.path().join(".newsmap")).unwrap_or_else(|e| panic!("{e}"));
        let garbage: Vec<u8> = (0..50_000u32).map(|i| (i * 7919 % 251) as u8).collect();
        std::fs::write(dir.path().join(CACHE_FILE), garbage).unwrap_or_else(|e| panic!("{e}"));
        let (rebuilt, stats) = read(dir.path(), CacheUse::ReadWrite);
        assert_eq!(stats.extracted, rebuilt.articles.len());
        assert!(rebuilt.problems.is_empty(), "{:?}", rebuilt.problems);
        assert_same_reading(&uncached, &rebuilt);
        let (_, stats) = read(dir.path(), CacheUse::ReadWrite);
        assert_eq!(stats.extracted, 0);
    }

    #[test]
    fn a_cache_that_cannot_be_made_is_listed_and_the_folder_read_all_the_same() {
        let dir = generated_folder(1);
        let (uncached, _) = read(dir.path(), CacheUse::Off);
        // `.newsmap` is a file: no cache can be made in it.
        std::fs::write(dir.path().join(".newsmap"), "").unwrap_or_else(|e| panic!("{e}"));
        let (read_anyway, stats) = read(dir.path(), CacheUse::ReadWrite);
        assert_eq!(stats.extracted, read_anyway.articles.len());
        let problems = &read_anyway.problems;
        let listed = problems
            .iter()
            .any(|p| p.reason.contains("without the cache"));
        assert!(listed, "{problems:?}");
        assert_eq!(uncached.events, read_anyway.events);
    }

    #[cfg(unix)]
    #[test]
    fn a_newsmap_folder_that_is_a_link_is_not_written_through() {
        let dir = generated_folder(1);
        let elsewhere = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
        std::os::unix::fs::symlink(elsewhere.path(), dir.path().join(".newsmap"))
            .unwrap_or_else(|e| panic!("{e}"));
        let (corpus, _) = read(dir.path(), CacheUse::ReadWrite);
        let problems = &corpus.problems;
        let listed = problems
            .iter()
            .any(|p| p.reason.contains("without the cache"));
        assert!(listed, "{problems:?}");
        let written = std::fs::read_dir(elsewhere.path()).map(|d| d.count());
        assert_eq!(written.unwrap_or_else(|e| panic!("{e}")), 0);
    }
}

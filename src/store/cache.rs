//! The folder's cache, `FOLDER/.newsmap/cache.redb`: a [redb](https://docs.rs/redb) database of
//! byte values under 32-byte keys, in the tables of [`CacheTable`], stamped with what every
//! value depends on. What the keys and values mean is the caller's ([`crate::ingest`]); this
//! module opens the file safely, reads and writes it.
//!
//! redb commits atomically (a commit is either all on disk or not at all): a crash or a kill
//! during a write leaves the last commit that reached the disk. Writes while a folder is read
//! are flushed to disk only now and then ([`Cache::put`], [`Flush`]), and the last one of the
//! read is ([`Cache::finish`]); a crash in between loses only the writes since the last flush. The file is opened where
//! the folder's other files are and as they are ([`check_regular`]): never through a `.newsmap`
//! or a `cache.redb` that is a link, never a FIFO. A file redb cannot open (broken, of another
//! format, unreadable) is removed and created again. A cache that cannot be created (a read-only
//! folder) is reported as a [`Problem`], and the folder is read without it; one that another
//! newsmap has open is left to it, silently.

use std::collections::HashSet;
use std::panic::AssertUnwindSafe;
use std::path::{Path, PathBuf};

use redb::{Database, DatabaseError, Durability, ReadableDatabase as _, TableDefinition};

use super::{StoreError, check_regular, create_store_folder};
use crate::articles::Problem;

/// The cache's file, in the article folder.
pub const CACHE_FILE: &str = ".newsmap/cache.redb";

/// A key of the cache: a BLAKE3 hash of what the value is computed from.
pub type CacheKey = [u8; 32];

/// The tables of the cache.
#[derive(Clone, Copy, Debug)]
pub enum CacheTable {
    /// An article's extraction with no folder prior, under a key of its inputs.
    Articles,
    /// An article's second look, with the prior of the folder's other articles.
    SecondLooks,
}

impl CacheTable {
    const ALL: [Self; 2] = [Self::Articles, Self::SecondLooks];

    fn definition(self) -> TableDefinition<'static, &'static [u8], &'static [u8]> {
        match self {
            Self::Articles => TableDefinition::new("articles"),
            Self::SecondLooks => TableDefinition::new("second_looks"),
        }
    }
}

/// When a write reaches the disk.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Flush {
    /// With this write: it survives a crash that follows.
    Now,
    /// With a later write that flushes; a crash before it loses this one (the cache still
    /// opens, with what was flushed).
    Later,
}

/// The stamp of the values: what they all depend on.
const META: TableDefinition<&str, &[u8]> = TableDefinition::new("meta");

/// What is lost when the cache cannot be used.
const WITHOUT_CACHE: &str = "reading without the cache, so every article is extracted again";

/// An open cache.
pub struct Cache {
    db: Database,
    path: PathBuf,
}

impl Cache {
    /// Opens (or creates) the cache of `folder`, for values stamped `stamp`: values of another
    /// stamp are dropped. `Err(None)` when another newsmap has it open, `Err(Some(problem))`
    /// when it cannot be opened or created (the caller reads without it).
    pub fn open(folder: &Path, stamp: &[u8]) -> Result<Self, Option<Problem>> {
        let path = folder.join(CACHE_FILE);
        let problem = |error: StoreError| Some(error.problem(WITHOUT_CACHE));
        let existed = check_regular(&path).map_err(problem)?;
        create_store_folder(path.parent().unwrap_or(folder)).map_err(problem)?;
        let db = match create(&path) {
            Ok(db) => db,
            Err(DatabaseError::DatabaseAlreadyOpen) => return Err(None),
            // Broken, of another format or unreadable: a cache is made again from the
            // articles (if the folder lets it).
            Err(_) if existed => {
                std::fs::remove_file(&path)
                    .map_err(StoreError::io("remove the broken cache", &path))
                    .map_err(problem)?;
                create(&path).map_err(|error| problem(redb_error("create", &path, error)))?
            }
            Err(error) => return Err(problem(redb_error("create", &path, error))),
        };
        let cache = Self { db, path };
        cache.restamp(stamp).map_err(problem)?;
        Ok(cache)
    }

    /// Empties the cache if its values were not stamped `stamp`, and stamps it.
    fn restamp(&self, stamp: &[u8]) -> Result<(), StoreError> {
        let error = |e: &dyn std::fmt::Display| StoreError::Database {
            operation: "stamp",
            reason: e.to_string(),
            path: self.path.clone(),
        };
        let current = (|| {
            let read = self.db.begin_read().ok()?;
            let table = read.open_table(META).ok()?;
            Some(table.get("stamp").ok()??.value().to_vec())
        })();
        if current.as_deref() == Some(stamp) {
            return Ok(());
        }
        let write = self.db.begin_write().map_err(|e| error(&e))?;
        for table in CacheTable::ALL {
            write
                .delete_table(table.definition())
                .map_err(|e| error(&e))?;
        }
        let mut meta = write.open_table(META).map_err(|e| error(&e))?;
        meta.insert("stamp", stamp).map_err(|e| error(&e))?;
        drop(meta);
        write.commit().map_err(|e| error(&e))
    }

    /// The values of `keys` in `table`, in their order (`None`: not cached, or not readable).
    pub fn get(&self, table: CacheTable, keys: &[CacheKey]) -> Vec<Option<Vec<u8>>> {
        let opened = self
            .db
            .begin_read()
            .ok()
            .and_then(|read| read.open_table(table.definition()).ok());
        let Some(opened) = opened else {
            return vec![None; keys.len()];
        };
        let value = |key: &CacheKey| Some(opened.get(key.as_slice()).ok()??.value().to_vec());
        keys.iter().map(value).collect()
    }

    /// Writes `entries` into `table`, committed and flushed to disk now or with a later write
    /// (see [`Self::finish`]).
    pub fn put(
        &self,
        table: CacheTable,
        entries: &[(CacheKey, Vec<u8>)],
        flush: Flush,
    ) -> Result<(), StoreError> {
        let durability = match flush {
            Flush::Now => Durability::Immediate,
            Flush::Later => Durability::None,
        };
        self.write(durability, |write| {
            let mut opened = write.open_table(table.definition())?;
            for (key, value) in entries {
                opened.insert(key.as_slice(), value.as_slice())?;
            }
            Ok(())
        })
    }

    /// Ends a read of the whole folder: removes from each table the values whose keys are not
    /// in `live` (those of files changed or gone), and flushes everything to disk.
    pub fn finish(&self, live: &HashSet<CacheKey>) -> Result<(), StoreError> {
        self.write(Durability::Immediate, |write| {
            for table in CacheTable::ALL {
                let mut opened = write.open_table(table.definition())?;
                opened.retain(|key, _| {
                    CacheKey::try_from(key).is_ok_and(|key| live.contains(&key))
                })?;
            }
            Ok(())
        })
    }

    /// Runs `change` in a write transaction committed with `durability`.
    fn write(
        &self,
        durability: Durability,
        change: impl FnOnce(&redb::WriteTransaction) -> Result<(), redb::Error>,
    ) -> Result<(), StoreError> {
        let error = |e: redb::Error| StoreError::Database {
            operation: "write",
            reason: e.to_string(),
            path: self.path.clone(),
        };
        let mut write = self.db.begin_write().map_err(|e| error(e.into()))?;
        write
            .set_durability(durability)
            .map_err(|e| error(e.into()))?;
        change(&write).map_err(error)?;
        write.commit().map_err(|e| error(e.into()))
    }
}

/// Memory redb may keep for the pages it reads and writes. Its default (1 GiB) lets a large
/// folder's cache (about 2.9 KB an article) stay in memory as it is written, for no speed: each
/// value is read once a read (100,000 articles extracted cold: 27.0 s and 1.54 GB peak with
/// 1 GiB, 26.1 s and 1.38 GB with this).
const CACHE_MEMORY: usize = 32 * 1024 * 1024;

/// Opens or creates the database at `path`. A file so broken that redb panics on it is an
/// error like another.
fn create(path: &Path) -> Result<Database, DatabaseError> {
    let create = || {
        Database::builder()
            .set_cache_size(CACHE_MEMORY)
            .create(path)
    };
    std::panic::catch_unwind(AssertUnwindSafe(create)).unwrap_or_else(|_| {
        Err(DatabaseError::Storage(redb::StorageError::Corrupted(
            "the file could not be read".to_string(),
        )))
    })
}

fn redb_error(operation: &'static str, path: &Path, error: DatabaseError) -> StoreError {
    StoreError::Database {
        operation,
        reason: error.to_string(),
        path: path.to_path_buf(),
    }
}

//! The folder's own files: what newsmap keeps in `FOLDER/.newsmap/` next to the articles.
//!
//! - [`DATES_FILE`] (`dates.json`): the publication dates the user set, a JSON object of article
//!   key to date ([`load_dates`], [`save_date`]);
//! - [`CORRECTIONS_FILE`] (`corrections.json`): the user's corrections of places and events
//!   ([`load_corrections`], [`update_corrections`]; what they mean and how they apply is
//!   [`crate::corrections`]);
//! - [`VIEWS_FILE`] (`views.json`): views of the folder saved by name ([`SavedView`],
//!   [`load_views`], [`save_view`], [`find_view`]), which `newsmap FOLDER --view NAME` opens;
//! - [`CACHE_FILE`] (`cache.redb`): what was extracted from each article, so that a folder
//!   reopens at once ([`Cache`]; a database, not JSON: see its module).
//!
//! Each file carries a schema version ([`SCHEMA_VERSION`]; a file without one is version 1).
//! Reading never fails: a missing file is empty, a file that cannot be read is reported as a
//! [`Problem`] and read as empty. A save reads the current file, changes it and writes the whole
//! file to a temporary file in the same folder, flushes it to disk, then renames it over the old
//! one and flushes the folder: a crash leaves either the old file or the new one, never half of
//! one. A file that cannot be read (broken, or of a newer version) is never overwritten: the save
//! fails and says why. Saves hold a lock file, so two windows saving at once both keep their
//! change. Only regular files inside the folder are read or replaced: a `.newsmap` or a file
//! that is a link, a FIFO, a read-only file or a file over [`MAX_STORE_FILE_BYTES`] is refused
//! with a message.

mod cache;
mod corrections;
mod dates;
mod views;

use std::io::Write as _;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

pub use cache::{CACHE_FILE, Cache, CacheKey, CacheTable, Flush};
pub use corrections::{CORRECTIONS_FILE, load_corrections, update_corrections};
pub use dates::{DATES_FILE, load_dates, save_date};
pub use views::{
    Filters, SavedView, SavedViews, VIEWS_FILE, ViewError, find_view, load_views, save_view,
    view_command,
};

use crate::articles::{FileError, Problem, read_regular_file};

/// The version of the files' format this build writes and reads (and every older one).
pub const SCHEMA_VERSION: u32 = 1;

/// Largest `.newsmap` file read: a user's dates and corrections take kilobytes, and a file
/// linked to `/dev/zero` or grown without bound must not fill the memory.
pub const MAX_STORE_FILE_BYTES: u64 = 16 * 1024 * 1024;

/// How long a save waits for another save of the same folder (another window) to finish.
const LOCK_WAIT: Duration = Duration::from_secs(5);

/// A lock file older than this was left by a process that died while saving.
const STALE_LOCK: Duration = Duration::from_secs(30);

/// A lock file that names no process and is older than this was left by a process that died
/// between creating it and writing its id.
const UNNAMED_LOCK: Duration = Duration::from_secs(1);

/// Why a file of the folder could not be read or saved.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    /// The file exists but cannot be read as what it should be, or is not a file newsmap may
    /// replace (a link, a FIFO, a read-only file); it is left as it is.
    #[error("{reason}; fix or move the file, it was not changed: {path:?}")]
    Unreadable {
        /// What is wrong.
        reason: String,
        /// The file.
        path: PathBuf,
    },
    /// The operating system refused an operation.
    #[error("cannot {operation} ({source}): {path:?}")]
    Io {
        /// What was being done ("read", "write", "rename the temporary file over").
        operation: &'static str,
        /// The file or folder.
        path: PathBuf,
        /// The operating system's reason.
        source: std::io::Error,
    },
    /// The cache's database refused an operation (see [`cache`]).
    #[error("cannot {operation} the cache ({reason}): {path:?}")]
    Database {
        /// What was being done ("open", "write").
        operation: &'static str,
        /// The database's reason.
        reason: String,
        /// The cache's file.
        path: PathBuf,
    },
    /// Another save of the same folder (another window) held the lock for too long.
    #[error(
        "another newsmap is saving to this folder; nothing was changed, try again (or remove the lock file if no newsmap is running): {path:?}"
    )]
    Busy {
        /// The lock file.
        path: PathBuf,
    },
}

impl StoreError {
    /// The problem to report when reading the folder met this error (`what`: what is lost,
    /// "corrections ignored").
    pub(crate) fn problem(&self, what: &str) -> Problem {
        let (path, reason) = match self {
            Self::Unreadable { reason, path } => (path, reason.clone()),
            Self::Io {
                operation,
                path,
                source,
            } => (path, format!("cannot {operation} ({source})")),
            Self::Database {
                operation,
                reason,
                path,
            } => (path, format!("cannot {operation} the cache ({reason})")),
            Self::Busy { path } => (path, "another newsmap is saving".to_string()),
        };
        Problem::degraded(path, format!("{what}: {reason}"))
    }

    fn io(operation: &'static str, path: &Path) -> impl FnOnce(std::io::Error) -> Self {
        move |source| Self::Io {
            operation,
            path: path.to_path_buf(),
            source,
        }
    }

    fn refused(reason: impl Into<String>, path: &Path) -> Self {
        Self::Unreadable {
            reason: reason.into(),
            path: path.to_path_buf(),
        }
    }
}

/// Checks that the folder of `path` (`FOLDER/.newsmap`) is a real folder, if it exists: a
/// `.newsmap` that is a link would make newsmap read and write wherever it points.
fn check_store_folder(path: &Path) -> Result<(), StoreError> {
    let store = path.parent().unwrap_or(Path::new("."));
    match std::fs::symlink_metadata(store) {
        Ok(meta) if meta.file_type().is_symlink() => Err(StoreError::refused(
            "the folder's .newsmap is a link; newsmap neither reads nor writes through it",
            store,
        )),
        Ok(meta) if !meta.is_dir() => Err(StoreError::refused("not a folder", store)),
        Ok(_) => Ok(()),
        Err(error) if error.kind() == std::io::ErrorKind::NotFound => Ok(()),
        Err(source) => Err(StoreError::io("inspect", store)(source)),
    }
}

/// Checks that `path`, if it exists, is a regular file newsmap may read and replace: not a
/// link (it would read or replace what the link points at), not a FIFO or device.
fn check_regular(path: &Path) -> Result<bool, StoreError> {
    check_store_folder(path)?;
    match std::fs::symlink_metadata(path) {
        Ok(meta) if meta.file_type().is_symlink() => Err(StoreError::refused(
            "the file is a link; newsmap does not follow it",
            path,
        )),
        Ok(meta) if !meta.is_file() => Err(StoreError::refused(
            "not a regular file (a folder, FIFO or device)",
            path,
        )),
        Ok(_) => Ok(true),
        Err(error) if error.kind() == std::io::ErrorKind::NotFound => Ok(false),
        Err(source) => Err(StoreError::io("inspect", path)(source)),
    }
}

/// The text of `path`, or None when there is no such file.
fn read_text(path: &Path) -> Result<Option<String>, StoreError> {
    if !check_regular(path)? {
        return Ok(None);
    }
    let bytes = match read_regular_file(path, MAX_STORE_FILE_BYTES) {
        Ok(bytes) => bytes,
        Err(FileError::Io(error)) if error.kind() == std::io::ErrorKind::NotFound => {
            return Ok(None);
        }
        Err(FileError::Io(source)) => return Err(StoreError::io("read", path)(source)),
        Err(error) => return Err(StoreError::refused(error.to_string(), path)),
    };
    let text = String::from_utf8(bytes)
        .map_err(|error| StoreError::refused(format!("not UTF-8 text ({error})"), path))?;
    Ok(Some(text.trim_start_matches('\u{feff}').to_string()))
}

/// `text` parsed as JSON of type `T` (`what` it must be, for the error).
fn parse<T: serde::de::DeserializeOwned>(
    path: &Path,
    text: &str,
    what: &str,
) -> Result<T, StoreError> {
    serde_json::from_str(text).map_err(|error| StoreError::Unreadable {
        reason: format!("not {what} ({error})"),
        path: path.to_path_buf(),
    })
}

/// Refuses a file written by a newer newsmap: this one would lose what it does not know.
fn check_version(path: &Path, version: u32) -> Result<(), StoreError> {
    if version > SCHEMA_VERSION {
        return Err(StoreError::Unreadable {
            reason: format!(
                "written by a newer newsmap (version {version}; this one reads up to {SCHEMA_VERSION})"
            ),
            path: path.to_path_buf(),
        });
    }
    Ok(())
}

/// Runs `update` (which reads the file at `path`, changes it and writes it) while holding the
/// folder's lock file (`.newsmap/.lock`, created with `create_new`), so that two windows saving
/// at once each apply their change to what the other saved: neither change is lost. A lock
/// left by a process that died is taken over (see [`is_stale`]).
fn locked<T>(path: &Path, update: impl FnOnce() -> Result<T, StoreError>) -> Result<T, StoreError> {
    check_store_folder(path)?;
    let store = path.parent().unwrap_or(Path::new("."));
    create_store_folder(store)?;
    let lock = store.join(".lock");
    let started = Instant::now();
    loop {
        match std::fs::OpenOptions::new()
            .write(true)
            .create_new(true)
            .open(&lock)
        {
            Ok(mut file) => {
                // The owner's process id, so that a lock left by a killed process is taken over.
                let _ = write!(file, "{}", std::process::id());
                break;
            }
            Err(error) if error.kind() == std::io::ErrorKind::AlreadyExists => {
                if is_stale(&lock) {
                    let _ = std::fs::remove_file(&lock);
                } else if started.elapsed() > LOCK_WAIT {
                    return Err(StoreError::Busy { path: lock });
                } else {
                    std::thread::sleep(Duration::from_millis(5));
                }
            }
            Err(source) => return Err(StoreError::io("create the lock file", &lock)(source)),
        }
    }
    let result = update();
    let _ = std::fs::remove_file(&lock);
    result
}

/// Whether the lock file `lock` was left by a process that is gone: it is older than
/// [`STALE_LOCK`], or (on Linux) the process it names no longer runs, or it names none and is
/// older than [`UNNAMED_LOCK`].
fn is_stale(lock: &Path) -> bool {
    let age = std::fs::metadata(lock)
        .and_then(|meta| meta.modified())
        .ok()
        .and_then(|modified| modified.elapsed().ok());
    if age.is_some_and(|age| age > STALE_LOCK) {
        return true;
    }
    let owner = std::fs::read_to_string(lock)
        .ok()
        .and_then(|text| text.trim().parse::<u32>().ok());
    match owner {
        Some(pid) => {
            cfg!(target_os = "linux") && !Path::new("/proc").join(pid.to_string()).exists()
        }
        // The owner writes its id right after creating the file: killed in between.
        None => age.is_some_and(|age| age > UNNAMED_LOCK),
    }
}

/// Creates `store` (`FOLDER/.newsmap`) if it is missing, and flushes the folder that holds it
/// so that the new folder survives a crash.
fn create_store_folder(store: &Path) -> Result<(), StoreError> {
    match std::fs::create_dir(store) {
        Ok(()) => sync_folder(store.parent().unwrap_or(Path::new("."))),
        Err(error) if error.kind() == std::io::ErrorKind::AlreadyExists => Ok(()),
        Err(source) => Err(StoreError::io("create the folder", store)(source)),
    }
}

/// Flushes `folder` itself to disk (its list of names), where the platform can flush one.
fn sync_folder(folder: &Path) -> Result<(), StoreError> {
    #[cfg(unix)]
    std::fs::File::open(folder)
        .and_then(|dir| dir.sync_all())
        .map_err(StoreError::io("flush the folder", folder))?;
    #[cfg(not(unix))]
    let _ = folder;
    Ok(())
}

/// Writes `value` as pretty JSON to `path` through a temporary file and a rename.
fn write_json(path: &Path, value: &impl serde::Serialize) -> Result<(), StoreError> {
    let text = serde_json::to_string_pretty(value).unwrap_or_default() + "\n";
    write_atomically(path, text.as_bytes())
}

/// Writes `bytes` to `path` through a temporary file and a rename. A read-only file is not
/// replaced (the user made it so).
fn write_atomically(path: &Path, bytes: &[u8]) -> Result<(), StoreError> {
    if check_regular(path)? {
        let meta = std::fs::metadata(path).map_err(StoreError::io("inspect", path))?;
        if meta.permissions().readonly() {
            return Err(StoreError::refused(
                "the file is read-only; newsmap does not replace it",
                path,
            ));
        }
    }
    let folder = path.parent().unwrap_or(Path::new("."));
    create_store_folder(folder)?;
    replace_file(path, bytes)
}

/// Writes `bytes` to `path` through a temporary file beside it, flushed and renamed over it:
/// `path` holds its old content or the new one, never half of it, even when the process is
/// killed. Its folder must exist.
pub fn replace_file(path: &Path, bytes: &[u8]) -> Result<(), StoreError> {
    let folder = match path.parent() {
        Some(parent) if !parent.as_os_str().is_empty() => parent,
        _ => Path::new("."),
    };
    let temporary = folder.join(format!(
        ".{}.{}.tmp",
        path.file_name()
            .and_then(|n| n.to_str())
            .unwrap_or("newsmap"),
        std::process::id()
    ));
    let result = (|| {
        let mut file =
            std::fs::File::create(&temporary).map_err(StoreError::io("create", &temporary))?;
        file.write_all(bytes)
            .and_then(|()| file.sync_all())
            .map_err(StoreError::io("write", &temporary))?;
        std::fs::rename(&temporary, path)
            .map_err(StoreError::io("rename the temporary file over", path))?;
        // The rename itself is on disk once the folder is.
        sync_folder(folder)
    })();
    if result.is_err() {
        let _ = std::fs::remove_file(&temporary);
    }
    result
}

//! The folder's own files: what newsmap keeps in `FOLDER/.newsmap/` next to the articles.
//!
//! - [`DATES_FILE`] (`dates.json`): the publication dates the user set, a JSON object of article
//!   key to date ([`load_dates`], [`save_date`]);
//! - [`CORRECTIONS_FILE`] (`corrections.json`): the user's corrections of places and events
//!   ([`load_corrections`], [`update_corrections`]; what they mean and how they apply is
//!   [`crate::corrections`]).
//!
//! Each file carries a schema version ([`SCHEMA_VERSION`]; a file without one is version 1).
//! Reading never fails: a missing file is empty, a file that cannot be read is reported as a
//! [`Problem`] and read as empty. A save reads the current file, changes it and writes the whole
//! file to a temporary file in the same folder, flushes it to disk, then renames it over the old
//! one and flushes the folder: a crash leaves either the old file or the new one, never half of
//! one. A file that cannot be read (broken, or of a newer version) is never overwritten: the save
//! fails and says why.

mod corrections;
mod dates;

use std::io::Write as _;
use std::path::{Path, PathBuf};

pub use corrections::{CORRECTIONS_FILE, load_corrections, update_corrections};
pub use dates::{DATES_FILE, load_dates, save_date};

use crate::articles::{Problem, ProblemKind};

/// The version of the files' format this build writes and reads (and every older one).
pub const SCHEMA_VERSION: u32 = 1;

/// Why a file of the folder could not be saved.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    /// The file exists but cannot be read as what it should be; it is left as it is.
    #[error("{reason}; fix or move the file, it was not changed: {path:?}")]
    Unreadable {
        /// What is wrong.
        reason: String,
        /// The file.
        path: PathBuf,
    },
    /// Writing failed.
    #[error("cannot write corrections file {path:?}")]
    Io {
        /// The file.
        path: PathBuf,
        /// The cause.
        source: std::io::Error,
    },
}

impl StoreError {
    /// The problem to report when reading the folder met this error (`what`: what is lost,
    /// "corrections ignored").
    fn problem(&self, what: &str) -> Problem {
        let (path, reason) = match self {
            Self::Unreadable { reason, path } => (path, reason.clone()),
            Self::Io { path, source } => (path, format!("cannot read the file ({source})")),
        };
        Problem {
            path: path.clone(),
            kind: ProblemKind::Degraded,
            reason: format!("{what}: {reason}"),
        }
    }
}

/// The text of `path`, or None when there is no such file.
fn read_text(path: &Path) -> Result<Option<String>, StoreError> {
    match std::fs::read_to_string(path) {
        Ok(text) => Ok(Some(text.trim_start_matches('\u{feff}').to_string())),
        Err(error) if error.kind() == std::io::ErrorKind::NotFound => Ok(None),
        Err(source) => Err(StoreError::Io {
            path: path.to_path_buf(),
            source,
        }),
    }
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

/// Writes `value` as pretty JSON to `path` through a temporary file and a rename.
fn write_json(path: &Path, value: &impl serde::Serialize) -> Result<(), StoreError> {
    let text = serde_json::to_string_pretty(value).unwrap_or_default() + "\n";
    write_atomically(path, text.as_bytes())
}

/// Writes `bytes` to `path` through a temporary file and a rename.
fn write_atomically(path: &Path, bytes: &[u8]) -> Result<(), StoreError> {
    let io = |source| StoreError::Io {
        path: path.to_path_buf(),
        source,
    };
    let folder = path.parent().unwrap_or(Path::new("."));
    std::fs::create_dir_all(folder).map_err(io)?;
    let temporary = folder.join(format!(
        ".{}.{}.tmp",
        path.file_name()
            .and_then(|n| n.to_str())
            .unwrap_or("corrections"),
        std::process::id()
    ));
    let result = (|| {
        let mut file = std::fs::File::create(&temporary)?;
        file.write_all(bytes)?;
        file.sync_all()?;
        std::fs::rename(&temporary, path)?;
        // The rename itself is on disk once the folder is (where the platform can flush one).
        if let Ok(dir) = std::fs::File::open(folder) {
            let _ = dir.sync_all();
        }
        Ok(())
    })();
    if result.is_err() {
        let _ = std::fs::remove_file(&temporary);
    }
    result.map_err(io)
}

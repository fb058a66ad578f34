//! What the user saves next to the folder: corrections, written so that they are never lost.
//!
//! Corrections live in `FOLDER/.newsmap/` as JSON ([`DATE_OVERRIDES_FILE`] for dates,
//! [`CORRECTIONS_FILE`] for places and events). A save reads the current file, changes it and
//! writes the whole file to a temporary file in the same folder, flushes it to disk, then
//! renames it over the old one and flushes the folder: a crash leaves either the old file or
//! the new one, never half of one. A file that cannot be read as corrections is never
//! overwritten: the save fails and says why.

use std::collections::BTreeMap;
use std::io::Write as _;
use std::path::{Path, PathBuf};

use chrono::NaiveDate;

use crate::articles::DATE_OVERRIDES_FILE;
use crate::corrections::{CORRECTIONS_FILE, Corrections};

/// Why a correction could not be saved.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    /// The corrections file exists but cannot be read as such; it is left as it is.
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

/// Saves `date` as the publication date of the article `key` of `folder` (None removes the
/// correction). Returns the file written.
pub fn save_date(folder: &Path, key: &str, date: Option<NaiveDate>) -> Result<PathBuf, StoreError> {
    let (path, _) = update(
        &folder.join(DATE_OVERRIDES_FILE),
        "a JSON object of article key to date",
        |entries: &mut BTreeMap<String, String>| match date {
            Some(date) => {
                entries.insert(key.to_string(), date.format("%Y-%m-%d").to_string());
            }
            None => {
                entries.remove(key);
            }
        },
    )?;
    Ok(path)
}

/// Changes the place and event corrections of `folder` ([`CORRECTIONS_FILE`]) with `change`.
/// Returns the file written and the corrections it now holds.
pub fn update_corrections(
    folder: &Path,
    change: impl FnOnce(&mut Corrections),
) -> Result<(PathBuf, Corrections), StoreError> {
    update(
        &folder.join(CORRECTIONS_FILE),
        "a newsmap corrections file",
        change,
    )
}

/// Reads the JSON file `path` (`what` it must be; absent is empty), changes it and writes it
/// back atomically. Returns the file and what it now holds.
fn update<T>(
    path: &Path,
    what: &str,
    change: impl FnOnce(&mut T),
) -> Result<(PathBuf, T), StoreError>
where
    T: Default + serde::Serialize + serde::de::DeserializeOwned,
{
    let mut entries = read_entries(path, what)?;
    change(&mut entries);
    let text = serde_json::to_string_pretty(&entries).unwrap_or_default() + "\n";
    write_atomically(path, text.as_bytes())?;
    Ok((path.to_path_buf(), entries))
}

/// The contents of a corrections file; an absent file is empty.
fn read_entries<T>(path: &Path, what: &str) -> Result<T, StoreError>
where
    T: Default + serde::de::DeserializeOwned,
{
    let text = match std::fs::read_to_string(path) {
        Ok(text) => text,
        Err(error) if error.kind() == std::io::ErrorKind::NotFound => return Ok(T::default()),
        Err(source) => {
            return Err(StoreError::Io {
                path: path.to_path_buf(),
                source,
            });
        }
    };
    serde_json::from_str(text.trim_start_matches('\u{feff}')).map_err(|error| {
        StoreError::Unreadable {
            reason: format!("not {what} ({error})"),
            path: path.to_path_buf(),
        }
    })
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::articles::load_date_overrides;

    fn day(d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2021, 7, d).unwrap_or_default()
    }

    #[test]
    fn a_saved_date_is_read_back_and_other_entries_are_kept() {
        let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
        save_date(dir.path(), "a.txt", Some(day(7))).unwrap_or_else(|e| panic!("{e}"));
        save_date(dir.path(), "b.txt", Some(day(14))).unwrap_or_else(|e| panic!("{e}"));
        let (overrides, problem) = load_date_overrides(dir.path());
        assert!(problem.is_none());
        assert_eq!(
            (overrides.get("a.txt"), overrides.get("b.txt")),
            (Some(&day(7)), Some(&day(14)))
        );
        save_date(dir.path(), "a.txt", None).unwrap_or_else(|e| panic!("{e}"));
        assert!(!load_date_overrides(dir.path()).0.contains_key("a.txt"));
        let leftovers = std::fs::read_dir(dir.path().join(".newsmap"))
            .map(|d| d.count())
            .unwrap_or(0);
        assert_eq!(leftovers, 1, "no temporary file is left behind");
    }

    #[test]
    fn a_broken_corrections_file_is_never_overwritten() {
        let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
        let path = dir.path().join(DATE_OVERRIDES_FILE);
        std::fs::create_dir_all(dir.path().join(".newsmap")).unwrap_or_else(|e| panic!("{e}"));
        std::fs::write(&path, "{ \"a.txt\": \"2021-07-07\", oops")
            .unwrap_or_else(|e| panic!("{e}"));
        let error = save_date(dir.path(), "b.txt", Some(day(8))).expect_err("must refuse");
        assert!(error.to_string().contains("not changed"), "{error}");
        assert_eq!(
            std::fs::read_to_string(&path).unwrap_or_default(),
            "{ \"a.txt\": \"2021-07-07\", oops"
        );
    }
}

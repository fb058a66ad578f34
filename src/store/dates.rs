//! `dates.json`: the publication dates the user set, a JSON object of article key (see
//! [`crate::articles::Article::key`]) to a date such as `"2021-07-07"`, and the file's schema
//! version under the key `"$version"`. A date the user sets wins over every other source.

use std::collections::{BTreeMap, HashMap};
use std::path::{Path, PathBuf};

use chrono::NaiveDate;
use serde_json::Value;

use super::{SCHEMA_VERSION, StoreError, check_version, locked, parse, read_text, write_json};
use crate::articles::{Problem, parse_date_value};

/// Where the user's dates live, relative to the article folder.
pub const DATES_FILE: &str = ".newsmap/dates.json";

/// The key of the schema version in [`DATES_FILE`] (no article key starts with `$`... or is
/// read as one).
const VERSION_KEY: &str = "$version";

/// What [`DATES_FILE`] must hold, for messages.
const WHAT: &str = "a JSON object of article key to date";

/// The entries of the dates file at `path` (none when there is no file).
fn read_entries(path: &Path) -> Result<BTreeMap<String, Value>, StoreError> {
    let Some(text) = read_text(path)? else {
        return Ok(BTreeMap::new());
    };
    let entries: BTreeMap<String, Value> = parse(path, &text, WHAT)?;
    let version = entries.get(VERSION_KEY).map_or(Some(1), Value::as_u64);
    let version = version
        .and_then(|v| u32::try_from(v).ok())
        .unwrap_or(u32::MAX);
    check_version(path, version)?;
    Ok(entries)
}

/// Reads [`DATES_FILE`] in `folder`. A missing file gives no dates and no problem; an
/// unreadable or broken file, or entries that are not dates, give a
/// [`crate::articles::ProblemKind::Degraded`] problem and the entries that could be read. The
/// file is never changed.
pub fn load_dates(folder: &Path) -> (HashMap<String, NaiveDate>, Option<Problem>) {
    let path = folder.join(DATES_FILE);
    let entries = match read_entries(&path) {
        Ok(entries) => entries,
        Err(error) => {
            let mut problem = error.problem("date overrides ignored");
            if matches!(error, StoreError::Io { .. }) {
                problem.reason = problem.reason.to_lowercase();
            }
            return (HashMap::new(), Some(problem));
        }
    };
    let mut dates = HashMap::new();
    let mut invalid = Vec::new();
    for (key, value) in entries {
        if key == VERSION_KEY {
            continue;
        }
        match value.as_str().and_then(parse_date_value) {
            Some(date) => {
                dates.insert(key, date);
            }
            None => invalid.push(format!("{key:?}: {value}")),
        }
    }
    let problem = match invalid.len() {
        0 => None,
        count => Some(Problem {
            path,
            kind: crate::articles::ProblemKind::Degraded,
            reason: format!(
                "{count} date overrides ignored, not dates: {}",
                invalid.join(", ")
            ),
        }),
    };
    (dates, problem)
}

/// Saves `date` as the publication date of the article `key` of `folder` (None removes it),
/// keeping the other entries as the file holds them at the moment of saving (a lock file keeps
/// two saves from losing each other's change). Returns the file written.
pub fn save_date(folder: &Path, key: &str, date: Option<NaiveDate>) -> Result<PathBuf, StoreError> {
    let path = folder.join(DATES_FILE);
    locked(&path, || {
        let mut entries = read_entries(&path)?;
        match date {
            Some(date) => {
                entries.insert(key.to_string(), date.format("%Y-%m-%d").to_string().into());
            }
            None => {
                entries.remove(key);
            }
        }
        entries.insert(VERSION_KEY.to_string(), SCHEMA_VERSION.into());
        write_json(&path, &entries)
    })?;
    Ok(path)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2021, 7, d).unwrap_or_default()
    }

    #[test]
    fn a_saved_date_is_read_back_and_other_entries_are_kept() {
        let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
        save_date(dir.path(), "a.txt", Some(day(7))).unwrap_or_else(|e| panic!("{e}"));
        save_date(dir.path(), "b.txt", Some(day(14))).unwrap_or_else(|e| panic!("{e}"));
        let (dates, problem) = load_dates(dir.path());
        assert!(problem.is_none(), "{problem:?}");
        assert_eq!(
            (dates.get("a.txt"), dates.get("b.txt")),
            (Some(&day(7)), Some(&day(14)))
        );
        save_date(dir.path(), "a.txt", None).unwrap_or_else(|e| panic!("{e}"));
        assert!(!load_dates(dir.path()).0.contains_key("a.txt"));
        let leftovers = std::fs::read_dir(dir.path().join(".newsmap"))
            .map(|d| d.count())
            .unwrap_or(0);
        assert_eq!(leftovers, 1, "no temporary file is left behind");
    }

    #[test]
    fn a_broken_dates_file_is_never_overwritten() {
        let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
        let path = dir.path().join(DATES_FILE);
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

    #[test]
    fn a_file_of_a_newer_version_is_neither_read_nor_overwritten() {
        let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
        let path = dir.path().join(DATES_FILE);
        std::fs::create_dir_all(dir.path().join(".newsmap")).unwrap_or_else(|e| panic!("{e}"));
        let newer = "{\"$version\": 2, \"a.txt\": \"2021-07-07\"}";
        std::fs::write(&path, newer).unwrap_or_else(|e| panic!("{e}"));
        let (dates, problem) = load_dates(dir.path());
        assert!(dates.is_empty());
        assert!(problem.is_some_and(|p| p.reason.contains("newer")));
        assert!(save_date(dir.path(), "b.txt", Some(day(8))).is_err());
        assert_eq!(std::fs::read_to_string(&path).unwrap_or_default(), newer);
    }

    #[test]
    fn loads_dates_and_reports_broken_files() {
        let folder = tempfile::tempdir().expect("temp dir");
        assert!(load_dates(folder.path()).0.is_empty());
        assert!(load_dates(folder.path()).1.is_none());
        let path = folder.path().join(DATES_FILE);
        std::fs::create_dir_all(path.parent().expect("parent")).expect("mkdir");
        std::fs::write(&path, r#"{"a.txt": "2021-07-07", "b.txt": "soon"}"#).expect("write");
        let (dates, problem) = load_dates(folder.path());
        assert_eq!(dates.get("a.txt").copied(), Some(day(7)));
        assert!(problem.expect("problem").reason.contains("\"b.txt\""));
        std::fs::write(&path, "{broken").expect("write");
        let (dates, problem) = load_dates(folder.path());
        assert!(dates.is_empty());
        assert!(
            problem
                .expect("problem")
                .reason
                .starts_with("date overrides ignored")
        );
        assert!(path.exists());
    }

    // See: issue 13 (a linked dates.json was replaced by a regular file, a read-only one by a
    // writable one, and failures said "cannot write corrections file" with no reason).
    #[cfg(unix)]
    #[test]
    fn a_linked_or_read_only_dates_file_is_not_replaced_and_errors_say_why() {
        use std::os::unix::fs::PermissionsExt as _;
        let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
        let store = dir.path().join(".newsmap");
        std::fs::create_dir_all(&store).unwrap_or_else(|e| panic!("{e}"));
        let path = dir.path().join(DATES_FILE);
        std::os::unix::fs::symlink("/dev/zero", &path).unwrap_or_else(|e| panic!("{e}"));
        let (dates, problem) = load_dates(dir.path());
        assert!(dates.is_empty());
        assert!(problem.is_some_and(|p| p.reason.contains("is a link")));
        let error = save_date(dir.path(), "a.txt", Some(day(7))).expect_err("must refuse");
        assert!(error.to_string().contains("is a link"), "{error}");
        assert!(std::fs::symlink_metadata(&path).is_ok_and(|m| m.file_type().is_symlink()));
        std::fs::remove_file(&path).unwrap_or_else(|e| panic!("{e}"));
        std::fs::write(&path, "{}").unwrap_or_else(|e| panic!("{e}"));
        let read_only = std::fs::Permissions::from_mode(0o444);
        std::fs::set_permissions(&path, read_only).unwrap_or_else(|e| panic!("{e}"));
        let error = save_date(dir.path(), "a.txt", Some(day(7))).expect_err("must refuse");
        assert!(error.to_string().contains("read-only"), "{error}");
        std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o644))
            .unwrap_or_else(|e| panic!("{e}"));
        // A folder where the file should be: the operation and the system's reason are named.
        std::fs::remove_file(&path).unwrap_or_else(|e| panic!("{e}"));
        std::fs::create_dir(&path).unwrap_or_else(|e| panic!("{e}"));
        let error = save_date(dir.path(), "a.txt", Some(day(7))).expect_err("must fail");
        assert!(error.to_string().contains("dates.json"), "{error}");
        assert!(!error.to_string().contains("corrections"), "{error}");
    }
}

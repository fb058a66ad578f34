//! `corrections.json`: the user's corrections of places and events ([`Corrections`], what
//! they mean and how they are applied is [`crate::corrections`]), with the file's schema
//! version in a `version` field.

use std::path::{Path, PathBuf};

use super::{SCHEMA_VERSION, StoreError, check_version, parse, read_text, write_json};
use crate::articles::Problem;
use crate::corrections::Corrections;

/// Where the corrections live, relative to the article folder.
pub const CORRECTIONS_FILE: &str = ".newsmap/corrections.json";

/// The file's contents: the corrections and the schema version.
#[derive(serde::Serialize, serde::Deserialize)]
struct CorrectionsFile {
    /// The schema version (1 when absent).
    #[serde(default = "first_version")]
    version: u32,
    #[serde(flatten)]
    corrections: Corrections,
}

fn first_version() -> u32 {
    1
}

/// The corrections in the file `path` (none when there is no file).
fn read(path: &Path) -> Result<Corrections, StoreError> {
    let Some(text) = read_text(path)? else {
        return Ok(Corrections::default());
    };
    let file: CorrectionsFile = parse(path, &text, "a newsmap corrections file")?;
    check_version(path, file.version)?;
    Ok(file.corrections)
}

/// Reads [`CORRECTIONS_FILE`] in `folder`. A missing file gives no corrections; a file that
/// cannot be read gives none and a problem (and is never overwritten).
pub fn load_corrections(folder: &Path) -> (Corrections, Option<Problem>) {
    match read(&folder.join(CORRECTIONS_FILE)) {
        Ok(corrections) => (corrections, None),
        Err(error) => (
            Corrections::default(),
            Some(error.problem("corrections ignored")),
        ),
    }
}

/// Changes the place and event corrections of `folder` ([`CORRECTIONS_FILE`]) with `change`.
/// Returns the file written and the corrections it now holds.
pub fn update_corrections(
    folder: &Path,
    change: impl FnOnce(&mut Corrections),
) -> Result<(PathBuf, Corrections), StoreError> {
    let path = folder.join(CORRECTIONS_FILE);
    let mut corrections = read(&path)?;
    change(&mut corrections);
    let file = CorrectionsFile {
        version: SCHEMA_VERSION,
        corrections,
    };
    write_json(&path, &file)?;
    Ok((path, file.corrections))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_broken_corrections_file_is_a_problem_and_is_never_overwritten() {
        let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
        std::fs::create_dir_all(dir.path().join(".newsmap")).unwrap_or_else(|e| panic!("{e}"));
        let path = dir.path().join(CORRECTIONS_FILE);
        std::fs::write(&path, "{\"names\": [").unwrap_or_else(|e| panic!("{e}"));
        let (corrections, problem) = load_corrections(dir.path());
        assert!(corrections.is_empty());
        let problem = problem.unwrap_or_else(|| panic!("a problem is reported"));
        assert!(problem.reason.contains("corrections ignored"), "{problem}");
        let error = update_corrections(dir.path(), |_| {}).expect_err("must refuse");
        assert!(error.to_string().contains("not changed"), "{error}");
        assert_eq!(
            std::fs::read_to_string(&path).unwrap_or_default(),
            "{\"names\": ["
        );
    }

    #[test]
    fn corrections_are_written_with_their_version_and_read_back() {
        let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
        let report = crate::corrections::ReportRef {
            article: "a.txt".into(),
            kind: crate::events::EventKind::Assault,
            sentence: "They attacked.".into(),
        };
        let (path, saved) = update_corrections(dir.path(), |c| {
            c.set_not_event(report.clone(), true);
        })
        .unwrap_or_else(|e| panic!("{e}"));
        let text = std::fs::read_to_string(path).unwrap_or_default();
        assert!(text.contains("\"version\": 1"), "{text}");
        assert_eq!(load_corrections(dir.path()), (saved, None));
    }
}

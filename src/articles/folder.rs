//! Walking a folder: takes the folder the user opened and returns its article files in path
//! order, listing as problems what is not read (folders that cannot be listed, links that leave
//! the folder unless the user allowed them, FIFOs and devices). Reading each file is left to the
//! readers.

use std::path::{Path, PathBuf};

use super::Problem;
use super::read::{FileError, Format};

/// All article files under `folder`, sorted by path; folders that cannot be read become problems.
/// With `follow_outside`, links to article files outside the folder are listed too (the link's
/// path, which the reader opens like any file); folders behind such links are still not walked.
pub(super) fn article_files(
    folder: &Path,
    follow_outside: bool,
    problems: &mut Vec<Problem>,
) -> Vec<PathBuf> {
    let mut files = Vec::new();
    let mut folders = vec![folder.to_path_buf()];
    let root = std::fs::canonicalize(folder).ok();
    while let Some(current) = folders.pop() {
        let cannot_read = |error: std::io::Error| {
            let reason = format!(
                "cannot read the folder: {}",
                error.to_string().to_lowercase()
            );
            Problem::skipped(&current, reason)
        };
        let entries = match std::fs::read_dir(&current) {
            Ok(entries) => entries,
            Err(error) => {
                problems.push(cannot_read(error));
                continue;
            }
        };
        for entry in entries {
            let entry = match entry {
                Ok(entry) => entry,
                Err(error) => {
                    problems.push(cannot_read(error));
                    continue;
                }
            };
            let path = entry.path();
            let Ok(file_type) = entry.file_type() else {
                continue;
            };
            let is_article = Format::of_path(&path).is_some();
            if entry.file_name().to_string_lossy().starts_with('.') {
                continue;
            } else if file_type.is_symlink() {
                let reason = match link_target(root.as_deref(), &path) {
                    Ok(target) if is_article && !target.is_dir() => {
                        files.push(path);
                        continue;
                    }
                    Ok(_) => continue,
                    Err(LinkError::Outside(target))
                        if follow_outside && is_article && !target.is_dir() =>
                    {
                        files.push(path);
                        continue;
                    }
                    Err(LinkError::Outside(target)) if follow_outside && target.is_dir() => {
                        format!(
                            "a link to the folder {}, outside the folder; folders behind links are not walked",
                            target.display()
                        )
                    }
                    Err(LinkError::Outside(target)) => format!(
                        "a link to {}, outside the folder; not followed",
                        target.display()
                    ),
                    Err(LinkError::Broken(error)) if is_article => format!(
                        "a link that leads nowhere readable ({}); not followed",
                        error.to_string().to_lowercase()
                    ),
                    Err(LinkError::Broken(_)) => continue,
                };
                problems.push(Problem::skipped(&path, reason));
            } else if file_type.is_dir() {
                folders.push(path);
            } else if is_article && file_type.is_file() {
                files.push(path);
            } else if is_article {
                problems.push(Problem::skipped(&path, FileError::NotRegular.to_string()));
            }
        }
    }
    files.sort();
    files
}

/// Why a link of the folder is not followed.
enum LinkError {
    /// It leads outside the folder (to this path).
    Outside(PathBuf),
    /// It leads nowhere, or somewhere unreadable.
    Broken(std::io::Error),
}

/// Where the link `path` points, when that is inside the folder `root` (canonical). Links
/// leaving the folder are not followed unless the user asked for it: a folder from elsewhere
/// could otherwise make newsmap read (and export) any file of the computer.
fn link_target(root: Option<&Path>, path: &Path) -> Result<PathBuf, LinkError> {
    let target = std::fs::canonicalize(path).map_err(LinkError::Broken)?;
    match root {
        Some(root) if target.starts_with(root) => Ok(target),
        _ => Err(LinkError::Outside(target)),
    }
}

#[cfg(all(test, unix))]
mod tests {
    use super::*;

    #[test]
    fn links_leaving_the_folder_are_listed_only_when_followed() {
        let (folder, outside) = (tempfile::tempdir(), tempfile::tempdir());
        let (folder, outside) = (folder.expect("temp dir"), outside.expect("temp dir"));
        std::fs::write(outside.path().join("a.txt"), "Text.").expect("write");
        let link = |target: &Path, name: &str| {
            std::os::unix::fs::symlink(target, folder.path().join(name)).expect("link");
        };
        link(&outside.path().join("a.txt"), "a.txt");
        link(outside.path(), "folder");
        for follow in [false, true] {
            let mut problems = Vec::new();
            let files = article_files(folder.path(), follow, &mut problems);
            let expected = match follow {
                true => vec![folder.path().join("a.txt")],
                false => Vec::new(),
            };
            assert_eq!(files, expected);
            let folder_link = problems.iter().find(|p| p.path.ends_with("folder"));
            assert!(folder_link.is_some(), "{problems:?}");
            assert_eq!(problems.len(), if follow { 1 } else { 2 }, "{problems:?}");
        }
    }
}

//! Watching a folder for articles added, changed or removed, or an events file for being
//! written again (see [`FolderWatcher`]).

use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};

use crate::articles;
use crate::store;

/// Watches a folder for articles added, changed or removed, by polling: every
/// [`FolderWatcher::PERIOD`] a worker thread sums up the names, sizes and modification times
/// of the folder's files and raises a flag when that changes. Polling needs no platform
/// service and costs a few milliseconds a scan even for 10,000 files.
pub struct FolderWatcher {
    changed: Arc<AtomicBool>,
    stop: Arc<AtomicBool>,
}

impl FolderWatcher {
    /// Time between two scans.
    pub const PERIOD: std::time::Duration = std::time::Duration::from_secs(2);

    /// Starts watching `folder`; `wake` is called when it changed.
    pub fn start(folder: PathBuf, wake: impl Fn() + Send + 'static) -> Self {
        let changed = Arc::new(AtomicBool::new(false));
        let stop = Arc::new(AtomicBool::new(false));
        let (flag, stopped) = (Arc::clone(&changed), Arc::clone(&stop));
        std::thread::spawn(move || {
            let mut last = folder_signature(&folder);
            while !stopped.load(Ordering::Relaxed) {
                std::thread::sleep(Self::PERIOD);
                let now = folder_signature(&folder);
                if now != last {
                    last = now;
                    flag.store(true, Ordering::Relaxed);
                    wake();
                }
            }
        });
        Self { changed, stop }
    }

    /// Whether the folder changed since the last call.
    pub fn take_change(&self) -> bool {
        self.changed.swap(false, Ordering::Relaxed)
    }
}

impl Drop for FolderWatcher {
    fn drop(&mut self) {
        self.stop.store(true, Ordering::Relaxed);
    }
}

/// A hash of the names, sizes and modification times of the article files under `folder`
/// (hidden ones excepted), and of the user's date corrections; of the size and modification
/// time of `folder` when it is a file (an events file written again).
pub fn folder_signature(folder: &Path) -> u64 {
    use std::hash::{Hash as _, Hasher as _};
    let mut hasher = std::collections::hash_map::DefaultHasher::new();
    if let Ok(meta) = std::fs::metadata(folder)
        && meta.is_file()
    {
        (meta.len(), meta.modified().ok()).hash(&mut hasher);
        return hasher.finish();
    }
    let mut pending = vec![folder.to_path_buf()];
    let mut entries = Vec::new();
    while let Some(dir) = pending.pop() {
        let Ok(read) = std::fs::read_dir(&dir) else {
            continue;
        };
        for entry in read.flatten() {
            let name = entry.file_name();
            if name.to_string_lossy().starts_with('.') {
                continue;
            }
            let Ok(meta) = entry.metadata() else { continue };
            let path = entry.path();
            if meta.is_dir() {
                pending.push(path);
            } else if articles::is_article_file(&path) {
                entries.push((path, meta.len(), meta.modified().ok()));
            }
        }
    }
    entries.sort();
    entries.hash(&mut hasher);
    std::fs::metadata(folder.join(store::DATES_FILE))
        .ok()
        .and_then(|m| m.modified().ok())
        .hash(&mut hasher);
    hasher.finish()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_folder_signature_changes_when_an_article_is_added_or_changed() {
        let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
        let empty = folder_signature(dir.path());
        std::fs::write(dir.path().join("a.txt"), "Kabul").unwrap_or_else(|e| panic!("{e}"));
        let one = folder_signature(dir.path());
        assert_ne!(empty, one);
        assert_eq!(
            one,
            folder_signature(dir.path()),
            "stable when nothing changes"
        );
        std::fs::write(dir.path().join("a.txt"), "Kabul and Herat")
            .unwrap_or_else(|e| panic!("{e}"));
        assert_ne!(one, folder_signature(dir.path()));
    }

    #[test]
    fn an_events_file_s_signature_changes_when_it_is_written_again() {
        let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
        let path = dir.path().join("events.jsonl");
        std::fs::write(&path, "{}\n").unwrap_or_else(|e| panic!("{e}"));
        let first = folder_signature(&path);
        assert_eq!(
            first,
            folder_signature(&path),
            "stable when nothing changes"
        );
        std::fs::write(&path, "{}\n{}\n").unwrap_or_else(|e| panic!("{e}"));
        assert_ne!(first, folder_signature(&path));
    }
}

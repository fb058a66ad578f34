//! Build script: a digest of the sources that make the extraction, so that a folder's cache
//! of extractions (`src/ingest/cache.rs`) is made again by any build whose extraction may
//! differ, with nobody to remember to bump a version.

use std::path::{Path, PathBuf};

/// Source folders that do not change what is extracted from a folder.
const NOT_EXTRACTION: &[&str] = &["src/ui", "src/bin", "src/export", "src/map"];

fn main() {
    println!("cargo:rerun-if-changed=src");
    let mut files = Vec::new();
    collect(Path::new("src"), &mut files);
    files.sort();
    // FNV-1a, 64 bits, over each file's path and bytes.
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for file in files {
        let bytes = std::fs::read(&file).unwrap_or_default();
        for byte in file.to_string_lossy().bytes().chain(bytes) {
            hash ^= u64::from(byte);
            hash = hash.wrapping_mul(0x0100_0000_01b3);
        }
    }
    println!("cargo:rustc-env=NEWSMAP_EXTRACTION_DIGEST={hash:016x}");
}

fn collect(dir: &Path, files: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if NOT_EXTRACTION.iter().any(|skip| path == Path::new(skip)) {
            continue;
        }
        if path.is_dir() {
            collect(&path, files);
        } else {
            files.push(path);
        }
    }
}

//! Timed runs of the pipeline, shared by `eval` ([`crate::cli`]) and the benchmarks
//! ([`crate::bench`]): the gazetteer's load, gold corpora, geoparsing a corpus.

use std::collections::HashMap;
use std::ops::Range;
use std::path::{Path, PathBuf};
use std::time::Instant;

use anyhow::{Context as _, Result};

use newsmap::eval::{self, Document, ScoredToponym};
use newsmap::gazetteer::Gazetteer;
use newsmap::geoparse::{Geoparser, Toponym, line_ranges};

/// Loads the gazetteer of `dir`; returns it and the milliseconds it took.
pub fn load_gazetteer(dir: &Path) -> Result<(Gazetteer, f64)> {
    let started = Instant::now();
    let gazetteer = Gazetteer::load(dir).context("loading the gazetteer")?;
    Ok((gazetteer, started.elapsed().as_secs_f64() * 1000.0))
}

/// The documents of a gold corpus (JSON Lines of [`Document`]).
pub fn read_gold(path: &Path) -> Result<Vec<Document>> {
    let text = std::fs::read_to_string(path).with_context(|| format!("reading corpus {path:?}"))?;
    text.lines()
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty())
        .map(|(i, line)| {
            serde_json::from_str(line).with_context(|| format!("line {} of corpus {path:?}", i + 1))
        })
        .collect()
}

/// Geoparses every document; returns predictions and the seconds spent geoparsing. With
/// `by_outlet`, the documents of one outlet (`meta.domain`) are read as one folder, as a user
/// keeps an outlet's articles (see [`Geoparser::parse_folder`]); documents without an outlet,
/// or all without `by_outlet`, stand alone.
pub fn predict(
    geoparser: &Geoparser,
    corpus: &[Document],
    by_outlet: bool,
) -> (Vec<Document>, f64) {
    let started = Instant::now();
    // Folders as lists of document indices, in the corpus's order; an outlet's folder by name.
    let mut folders: Vec<Vec<usize>> = Vec::new();
    let mut by_name: HashMap<&str, usize> = HashMap::new();
    for (i, doc) in corpus.iter().enumerate() {
        let outlet = (doc.meta.as_ref())
            .and_then(|m| m.domain.as_deref())
            .filter(|_| by_outlet);
        match outlet.and_then(|o| by_name.get(o)) {
            Some(&folder) => folders[folder].push(i),
            None => {
                if let Some(outlet) = outlet {
                    by_name.insert(outlet, folders.len());
                }
                folders.push(vec![i]);
            }
        }
    }
    let mut parsed: Vec<Vec<Toponym>> = vec![Vec::new(); corpus.len()];
    for members in &folders {
        let lines: Vec<Vec<Range<usize>>> = members
            .iter()
            .map(|&i| line_ranges(&corpus[i].text))
            .collect();
        let articles: Vec<(&str, &[Range<usize>])> = members
            .iter()
            .zip(&lines)
            .map(|(&i, lines)| (corpus[i].text.as_str(), lines.as_slice()))
            .collect();
        for (&i, toponyms) in members.iter().zip(geoparser.parse_folder(&articles)) {
            parsed[i] = toponyms;
        }
    }
    let seconds = started.elapsed().as_secs_f64();
    let gazetteer = geoparser.gazetteer();
    let predictions = corpus
        .iter()
        .zip(parsed)
        .map(|(doc, toponyms)| {
            let to_char = eval::char_offsets(&doc.text);
            Document {
                doc_id: doc.doc_id.clone(),
                text: String::new(),
                toponyms: toponyms
                    .iter()
                    .map(|t| {
                        let place = gazetteer.place(t.place);
                        ScoredToponym {
                            start: to_char(t.span.start),
                            end: to_char(t.span.end),
                            name: t.surface.to_string(),
                            lat: Some(place.lat),
                            lon: Some(place.lon),
                            confidence: Some(f64::from(t.confidence)),
                        }
                    })
                    .collect(),
                meta: None,
            }
        })
        .collect();
    (predictions, seconds)
}

/// Megabytes of text in `corpus`.
pub fn text_megabytes(corpus: &[Document]) -> f64 {
    corpus.iter().map(|d| d.text.len()).sum::<usize>() as f64 / 1e6
}

/// The bundled sample folder.
pub fn sample_folder() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("assets/sample")
}

//! Timed runs of the pipeline, shared by `eval` ([`crate::cli`]) and the benchmarks
//! ([`crate::bench`]): the gazetteer's load, gold corpora, geoparsing a corpus.

use std::path::{Path, PathBuf};
use std::time::Instant;

use anyhow::{Context as _, Result};

use newsmap::eval::{self, Document, ScoredToponym};
use newsmap::gazetteer::Gazetteer;
use newsmap::geoparse::Geoparser;

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

/// Geoparses every document; returns predictions and the seconds spent geoparsing.
pub fn predict(geoparser: &Geoparser, corpus: &[Document]) -> (Vec<Document>, f64) {
    let mut predictions = Vec::with_capacity(corpus.len());
    let mut seconds = 0.0;
    for doc in corpus {
        let started = Instant::now();
        let toponyms = geoparser.parse_text(&doc.text);
        seconds += started.elapsed().as_secs_f64();
        let to_char = eval::char_offsets(&doc.text);
        let gazetteer = geoparser.gazetteer();
        predictions.push(Document {
            doc_id: doc.doc_id.clone(),
            text: String::new(),
            toponyms: toponyms
                .iter()
                .map(|t| {
                    let place = gazetteer.place(t.place);
                    ScoredToponym {
                        start: to_char(t.span.start),
                        end: to_char(t.span.end),
                        name: t.surface.clone(),
                        lat: Some(place.lat),
                        lon: Some(place.lon),
                        confidence: Some(f64::from(t.confidence)),
                    }
                })
                .collect(),
        });
    }
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

//! Scoring the geoparser on gold corpora, by the EUPEG rule (Wang & Hu 2019).
//!
//! A corpus is JSONL, one document a line: `{"doc_id", "text", "toponyms": [{"start", "end",
//! "name", "lat", "lon"}]}` with offsets in Unicode code points. A gold toponym matches a
//! predicted one when their names are equal ignoring case and their centres are under 10
//! characters apart, first unused prediction in order; each prediction is used once. This
//! module restates `score.py` of the evaluation corpora so both print the same figures.

pub mod events;
pub mod folder;

use serde::{Deserialize, Serialize};

use crate::geography::haversine_km;

/// A toponym of a gold or predicted document, with code-point offsets.
#[derive(Clone, Debug, Serialize, Deserialize, PartialEq)]
pub struct ScoredToponym {
    /// Start, in code points.
    pub start: usize,
    /// End, in code points.
    pub end: usize,
    /// The name as written.
    pub name: String,
    /// Latitude; gold toponyms without one count for nothing.
    pub lat: Option<f64>,
    /// Longitude.
    pub lon: Option<f64>,
    /// A prediction's confidence that it lies within 161 km of the truth (absent in gold).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub confidence: Option<f64>,
}

/// One document of a corpus or of predictions.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct Document {
    /// Identifier, matching gold and predictions.
    pub doc_id: String,
    /// The text (absent in predictions).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub text: String,
    /// Toponyms.
    #[serde(default)]
    pub toponyms: Vec<ScoredToponym>,
    /// Where the document comes from (absent in predictions).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub meta: Option<Meta>,
}

/// A gold document's provenance.
#[derive(Clone, Debug, Default, Serialize, Deserialize)]
pub struct Meta {
    /// The outlet's web domain ("thetowntalk.com"), when the corpus gives it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub domain: Option<String>,
}

/// The figures `score.py` prints.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Scores {
    /// Matched gold toponyms.
    pub tp: usize,
    /// Unused predictions.
    pub fp: usize,
    /// Unmatched gold toponyms.
    pub fn_: usize,
    /// tp / (tp + fp).
    pub precision: f64,
    /// tp / (tp + fn).
    pub recall: f64,
    /// Harmonic mean of precision and recall.
    pub f_score: f64,
    /// Mean error of matched pairs, km.
    pub mean_km: f64,
    /// Median error of matched pairs, km.
    pub median_km: f64,
    /// Share of matched pairs under 161 km.
    pub acc_161: f64,
    /// Area under the curve of ln(1 + error) / ln(20039).
    pub auc: f64,
    /// Expected calibration error of the matched predictions' confidences (10 bins).
    pub ece: f64,
    /// The reliability table behind [`Scores::ece`].
    pub reliability: Vec<ReliabilityBin>,
}

/// Matched predictions whose confidence falls in one tenth of [0, 1].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ReliabilityBin {
    /// Lower bound of the bin's confidences.
    pub from: f64,
    /// Predictions in the bin.
    pub count: usize,
    /// Their mean confidence.
    pub mean_confidence: f64,
    /// Share of them within 161 km of the truth.
    pub accuracy: f64,
}

impl Scores {
    /// The first eleven fields of the `newsmap eval` line, as `score.py` formats them.
    pub fn line(&self) -> String {
        format!(
            "precision={:.3} recall={:.3} f_score={:.3} mean_km={:.3} median_km={:.3} acc_161={:.3} auc={:.3} tp={} fp={} fn={}",
            self.precision,
            self.recall,
            self.f_score,
            self.mean_km,
            self.median_km,
            self.acc_161,
            self.auc,
            self.tp,
            self.fp,
            self.fn_
        )
    }
}

/// Scores predictions against gold, documents paired by position.
pub fn score(gold: &[Vec<ScoredToponym>], predicted: &[Vec<ScoredToponym>]) -> Scores {
    let mut scores = Scores::default();
    let mut errors = Vec::new();
    let mut judged: Vec<(f64, bool)> = Vec::new();
    let empty = Vec::new();
    for (i, gold_doc) in gold.iter().enumerate() {
        let mut unused: Vec<&ScoredToponym> = predicted
            .get(i)
            .unwrap_or(&empty)
            .iter()
            .filter(|p| p.lat.is_some() && p.lon.is_some())
            .collect();
        for g in gold_doc {
            let (Some(glat), Some(glon)) = (g.lat, g.lon) else {
                continue;
            };
            let centre = (g.start + g.end) as f64 / 2.0;
            let hit = unused.iter().position(|p| {
                ((p.start + p.end) as f64 / 2.0 - centre).abs() < 10.0
                    && p.name.to_lowercase() == g.name.to_lowercase()
            });
            match hit {
                Some(j) => {
                    let p = unused.remove(j);
                    scores.tp += 1;
                    let error =
                        haversine_km(p.lat.unwrap_or(0.0), p.lon.unwrap_or(0.0), glat, glon);
                    errors.push(error);
                    if let Some(confidence) = p.confidence {
                        judged.push((confidence, error < 161.0));
                    }
                }
                None => scores.fn_ += 1,
            }
        }
        scores.fp += unused.len();
    }
    let ratio = |a: usize, b: usize| if b == 0 { 0.0 } else { a as f64 / b as f64 };
    scores.precision = ratio(scores.tp, scores.tp + scores.fp);
    scores.recall = ratio(scores.tp, scores.tp + scores.fn_);
    if scores.tp > 0 {
        scores.f_score =
            2.0 * scores.precision * scores.recall / (scores.precision + scores.recall);
    }
    errors.sort_by(f64::total_cmp);
    let n = errors.len();
    if n > 0 {
        scores.mean_km = errors.iter().sum::<f64>() / n as f64;
        scores.median_km = if n % 2 == 1 {
            errors[n / 2]
        } else {
            (errors[n / 2 - 1] + errors[n / 2]) / 2.0
        };
        scores.acc_161 = ratio(errors.iter().filter(|&&e| e < 161.0).count(), n);
    }
    if n > 1 {
        let f: Vec<f64> = errors
            .iter()
            .map(|e| (1.0 + e).ln() / 20039f64.ln())
            .collect();
        scores.auc = (0.5 * (f[0] + f[n - 1]) + f[1..n - 1].iter().sum::<f64>()) / (n - 1) as f64;
    }
    (scores.ece, scores.reliability) = calibration(&judged);
    scores
}

/// Expected calibration error over ten equal bins of confidence, and the bins.
pub fn calibration(judged: &[(f64, bool)]) -> (f64, Vec<ReliabilityBin>) {
    const BINS: usize = 10;
    let mut bins: Vec<ReliabilityBin> = (0..BINS)
        .map(|b| ReliabilityBin {
            from: b as f64 / BINS as f64,
            ..Default::default()
        })
        .collect();
    for &(confidence, right) in judged {
        let bin = &mut bins[((confidence * BINS as f64) as usize).min(BINS - 1)];
        bin.count += 1;
        bin.mean_confidence += confidence;
        bin.accuracy += if right { 1.0 } else { 0.0 };
    }
    let mut ece = 0.0;
    for bin in bins.iter_mut().filter(|b| b.count > 0) {
        bin.mean_confidence /= bin.count as f64;
        bin.accuracy /= bin.count as f64;
        ece += bin.count as f64 / judged.len() as f64 * (bin.accuracy - bin.mean_confidence).abs();
    }
    (ece, bins)
}

/// Code-point offset of each byte offset that starts a character in `text` (and of its end).
pub fn char_offsets(text: &str) -> impl Fn(usize) -> usize + '_ {
    let mut table = Vec::with_capacity(text.len() + 1);
    let mut chars = 0;
    for (i, c) in text.char_indices() {
        while table.len() < i {
            table.push(chars);
        }
        table.push(chars);
        chars += 1;
        let _ = c;
    }
    while table.len() <= text.len() {
        table.push(chars);
    }
    move |byte| table.get(byte).copied().unwrap_or(chars)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn toponym(start: usize, name: &str, lat: f64, lon: f64) -> ScoredToponym {
        ScoredToponym {
            start,
            end: start + name.chars().count(),
            name: name.into(),
            lat: Some(lat),
            lon: Some(lon),
            confidence: None,
        }
    }

    #[test]
    fn calibration_compares_confidence_with_the_share_right() {
        // Ten at 0.95 of which 9 right (bin accurate to 0.05), ten at 0.55 of which 2 right.
        let mut judged = vec![(0.95, true); 9];
        judged.push((0.95, false));
        judged.extend(vec![(0.55, true); 2]);
        judged.extend(vec![(0.55, false); 8]);
        let (ece, bins) = calibration(&judged);
        assert!((ece - (0.5 * 0.05 + 0.5 * 0.35)).abs() < 1e-9, "{ece}");
        assert_eq!(bins[9].count, 10);
        assert!((bins[5].accuracy - 0.2).abs() < 1e-9);
        assert_eq!(calibration(&[]).0, 0.0);
    }

    #[test]
    fn matching_follows_the_eupeg_rule() {
        let gold = vec![vec![
            toponym(0, "Kabul", 34.5, 69.2),
            toponym(20, "Herat", 34.3, 62.2),
            toponym(40, "Ghor", 34.0, 65.0),
        ]];
        let predicted = vec![vec![
            toponym(3, "kabul", 34.5, 69.2), // centre 3 chars away, case differs: a match
            toponym(35, "Herat", 34.3, 62.2), // 15 chars away: no match
            toponym(40, "Ghor", 34.0, 67.0), // matched, about 184 km off
        ]];
        let s = score(&gold, &predicted);
        assert_eq!((s.tp, s.fp, s.fn_), (2, 1, 1));
        assert!((s.precision - 2.0 / 3.0).abs() < 1e-9);
        assert!((s.acc_161 - 0.5).abs() < 1e-9);
        assert!(s.mean_km > 90.0 && s.mean_km < 95.0, "{}", s.mean_km);
    }

    #[test]
    fn haversine_matches_known_distance() {
        let km = haversine_km(34.5553, 69.2075, 31.6133, 65.7101); // Kabul to Kandahar
        assert!((km - 460.0).abs() < 15.0, "{km}");
    }

    #[test]
    fn char_offsets_count_code_points() {
        let text = "Tāloqān and Kabul";
        let to_char = char_offsets(text);
        let byte = text.find("Kabul").unwrap_or(0);
        assert_eq!(to_char(byte), 12);
        assert_eq!(to_char(text.len()), text.chars().count());
    }
}

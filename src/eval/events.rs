//! Scoring event extraction on gold event reports: short reports, one event each, in JSONL,
//! one a line: `{"id", "war", "published", "text", "gold": {"event_type", "sub_event_type",
//! "place", "lat", "lon", "precision", "date"}}` (`tests/data/events-dev.jsonl`).
//!
//! Per report: *found* when an extracted event lies within 25 / 60 / 150 km of the gold point
//! (gold precision town / district / province) and its dates overlap the gold date ±1 day;
//! *kind_ok* when a found event also has the gold's ACLED event type; *off* counts the report's
//! placed events that lie elsewhere or on other days; *placeless* its events with no place;
//! *none* the reports that give no event at all.

use std::collections::BTreeMap;
use std::sync::Arc;

use chrono::{Days, NaiveDate};
use serde::Deserialize;

use crate::events::{self, Event};
use crate::gazetteer::Gazetteer;
use crate::geography::haversine_km;
use crate::geoparse::{Geoparser, line_ranges};

/// One gold report.
#[derive(Clone, Debug, Deserialize)]
pub struct GoldReport {
    /// Its id.
    pub id: String,
    /// The conflict it comes from ("ukraine", "sahel"…).
    pub war: String,
    /// The article's publication date.
    #[serde(with = "crate::time::iso_date")]
    pub published: NaiveDate,
    /// The report.
    pub text: String,
    /// The event it reports.
    pub gold: GoldEvent,
}

/// The event a gold report reports.
#[derive(Clone, Debug, Deserialize)]
pub struct GoldEvent {
    /// ACLED event type.
    pub event_type: String,
    /// ACLED sub-event type.
    pub sub_event_type: String,
    /// The place's name.
    pub place: String,
    /// Latitude, degrees.
    pub lat: f64,
    /// Longitude, degrees.
    pub lon: f64,
    /// "town", "district" or "province".
    pub precision: String,
    /// The day it happened.
    #[serde(with = "crate::time::iso_date")]
    pub date: NaiveDate,
}

/// How far an event may lie from a gold point of this precision ("town", "district",
/// "province", "country") and still be the gold event.
pub(super) fn radius_km(precision: &str) -> f64 {
    match precision {
        "district" => 60.0,
        "province" => 150.0,
        "country" => 500.0,
        _ => 25.0,
    }
}

/// Counts over a set of reports.
#[derive(Clone, Copy, Debug, Default)]
pub struct EventScores {
    /// Reports.
    pub rows: usize,
    /// Reports whose event was found.
    pub found: usize,
    /// Reports whose event was found with the right event type.
    pub kind_ok: usize,
    /// Placed events elsewhere or on other days.
    pub off: usize,
    /// Events with no place.
    pub placeless: usize,
    /// Reports with no event.
    pub none: usize,
    /// Placed events.
    pub placed: usize,
    /// Placed events more than 500 km from the report's place: in another country, mostly.
    pub far: usize,
}

impl EventScores {
    fn add(&mut self, other: &EventScores) {
        self.rows += other.rows;
        self.found += other.found;
        self.kind_ok += other.kind_ok;
        self.off += other.off;
        self.placeless += other.placeless;
        self.none += other.none;
        self.placed += other.placed;
        self.far += other.far;
    }

    /// `found=… kind_ok=… off_per_row=… placeless_per_row=… none=… rows=… far_per_placed=…`,
    /// as ratios.
    pub fn line(&self) -> String {
        let per_row = |n: usize| n as f64 / self.rows.max(1) as f64;
        format!(
            "found={:.3} kind_ok={:.3} off_per_row={:.3} placeless_per_row={:.3} none={:.3} rows={} far_per_placed={:.3}",
            per_row(self.found),
            per_row(self.kind_ok),
            per_row(self.off),
            per_row(self.placeless),
            per_row(self.none),
            self.rows,
            self.far as f64 / self.placed.max(1) as f64
        )
    }
}

/// What one report gave, for a listing of misses.
#[derive(Clone, Debug)]
pub struct ReportResult {
    /// The report's id.
    pub id: String,
    /// Its scores (one row).
    pub scores: EventScores,
    /// The events extracted, described: "kind place date".
    pub events: Vec<String>,
}

/// Scores every report; returns the totals, the totals per war (sorted by name) and each
/// report's result.
pub fn score_reports(
    geoparser: &Geoparser,
    reports: &[GoldReport],
) -> (
    EventScores,
    BTreeMap<String, EventScores>,
    Vec<ReportResult>,
) {
    let gazetteer = geoparser.gazetteer();
    let mut total = EventScores::default();
    let mut per_war: BTreeMap<String, EventScores> = BTreeMap::new();
    let mut results = Vec::new();
    // Each war's reports are one folder, as an analyst would keep them.
    let lines: Vec<_> = reports.iter().map(|r| line_ranges(&r.text)).collect();
    let mut parsed = vec![Vec::new(); reports.len()];
    let mut wars: BTreeMap<&str, Vec<usize>> = BTreeMap::new();
    for (i, report) in reports.iter().enumerate() {
        wars.entry(report.war.as_str()).or_default().push(i);
    }
    for indices in wars.values() {
        let folder: Vec<(&str, &[std::ops::Range<usize>])> = indices
            .iter()
            .map(|&i| (reports[i].text.as_str(), lines[i].as_slice()))
            .collect();
        for (&i, toponyms) in indices.iter().zip(geoparser.parse_folder(&folder)) {
            parsed[i] = toponyms;
        }
    }
    for ((report, lines), toponyms) in reports.iter().zip(&lines).zip(&parsed) {
        let mentions: Vec<_> = events::extract_mentions(
            gazetteer,
            0,
            &report.text,
            lines,
            toponyms,
            Some(report.published),
        )
        .into_iter()
        .map(Arc::new)
        .collect();
        let extracted = events::merge(gazetteer, &mentions, &[report.id.as_str()]);
        let scores = score_one(gazetteer, &report.gold, &extracted);
        total.add(&scores);
        per_war.entry(report.war.clone()).or_default().add(&scores);
        results.push(ReportResult {
            id: report.id.clone(),
            scores,
            events: extracted
                .iter()
                .map(|e| describe(gazetteer, e, &report.gold))
                .collect(),
        });
    }
    (total, per_war, results)
}

/// "shelling at Kupiansk (UA) 2023-03-13..2023-03-14".
fn describe(gazetteer: &Gazetteer, event: &Event, gold: &GoldEvent) -> String {
    let place = event.place.map_or("no place".to_string(), |p| {
        let place = gazetteer.place(p);
        let km = haversine_km(place.lat, place.lon, gold.lat, gold.lon);
        let far = if km > 500.0 {
            format!(", {km:.0} km away")
        } else {
            String::new()
        };
        format!(
            "{} ({} {}{far})",
            place.name,
            place.country,
            place.kind.code()
        )
    });
    let time = event
        .time
        .map_or("undated".to_string(), |t| format!("{}..{}", t.start, t.end));
    format!("{} at {place} {time}", event.kind.as_str())
}

fn score_one(gazetteer: &Gazetteer, gold: &GoldEvent, extracted: &[Event]) -> EventScores {
    let mut scores = EventScores {
        rows: 1,
        none: usize::from(extracted.is_empty()),
        ..Default::default()
    };
    let (from, to) = (
        gold.date
            .checked_sub_days(Days::new(1))
            .unwrap_or(gold.date),
        gold.date
            .checked_add_days(Days::new(1))
            .unwrap_or(gold.date),
    );
    let mut found = false;
    let mut kind_ok = false;
    for event in extracted {
        let Some(place) = event.place.map(|p| gazetteer.place(p)) else {
            scores.placeless += 1;
            continue;
        };
        scores.placed += 1;
        let km = haversine_km(place.lat, place.lon, gold.lat, gold.lon);
        scores.far += usize::from(km > 500.0);
        let near = km <= radius_km(&gold.precision);
        let when = event.time.is_some_and(|t| t.start <= to && from <= t.end);
        if near && when {
            found = true;
            kind_ok |= event.event_type().name() == gold.event_type;
        } else {
            scores.off += 1;
        }
    }
    scores.found = usize::from(found);
    scores.kind_ok = usize::from(kind_ok);
    scores
}

/// Reads a gold file, one JSON object a line (blank lines skipped).
pub fn read_jsonl<T: serde::de::DeserializeOwned>(text: &str) -> Result<Vec<T>, ReportsError> {
    text.lines()
        .enumerate()
        .filter(|(_, line)| !line.trim().is_empty())
        .map(|(number, line)| {
            serde_json::from_str(line).map_err(|source| ReportsError {
                line: number + 1,
                source,
            })
        })
        .collect()
}

/// A line of a gold file that does not parse.
#[derive(Debug, thiserror::Error)]
#[error("line {line}: {source}")]
pub struct ReportsError {
    /// 1-based line number.
    pub line: usize,
    /// Why.
    pub source: serde_json::Error,
}

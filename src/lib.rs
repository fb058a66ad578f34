//! newsmap turns a folder of news articles into places, events and a map.
//!
//! The pipeline, one module per step, each importing only the ones before it:
//! - [`articles`] reads a folder (txt, md, html, json, jsonl), cleans each article and finds its
//!   publication date;
//! - [`gazetteer`] loads the offline gazetteer (GeoNames towns, provinces, districts, countries,
//!   a curated list of sites, and any user gazetteer) and matches names robustly;
//! - [`geoparse`] finds place names in an article's text and resolves each to one gazetteer
//!   entry, with a precision, a confidence and runner-up candidates;
//! - [`eval`] scores the geoparser on gold corpora with the EUPEG rule.

pub mod articles;
pub mod eval;
pub mod gazetteer;
pub mod geoparse;

//! newsmap turns a folder of news articles into places, events and a map.
//!
//! The pipeline, one module per step, each importing only the ones before it:
//! - [`articles`] reads a folder (txt, md, html, json, jsonl), cleans each article and finds its
//!   publication date;
//! - [`gazetteer`] loads the offline gazetteer (GeoNames towns, provinces, districts, countries,
//!   a curated list of sites, and any user gazetteer) and matches names robustly;
//! - [`geoparse`] finds place names in an article's text and resolves each to one gazetteer
//!   entry, with a precision, a confidence and runner-up candidates;
//! - [`time`] resolves what a sentence says about when against the publication date;
//! - [`eval`] scores the geoparser on gold corpora with the EUPEG rule;
//! - [`events`] finds what happened, who, how many, where and when, and merges reports of
//!   one happening across articles;
//! - [`export`] writes places and events as JSON Lines, GeoJSON, CSV and KML;
//! - [`corrections`] holds the user's fixes of places and events, applied on every read;
//! - [`ingest`] runs the steps above on a folder, off the UI thread;
//! - [`store`] saves the user's corrections next to the folder, atomically;
//! - [`map`] holds the offline basemap and the Web Mercator view the UI draws it with;
//! - [`ui`] is the desktop viewer (the only module that uses egui).

pub mod articles;
pub mod corpus;
pub mod corrections;
pub mod eval;
pub mod events;
pub mod export;
pub mod gazetteer;
pub mod geoparse;
pub mod ingest;
pub mod map;
pub mod store;
pub mod time;
pub mod ui;

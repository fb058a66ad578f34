//! newsmap turns a folder of news articles into places, events and a map.
//!
//! The pipeline, one module per step, each importing only the ones before it:
//! - [`text`] splits text into words with byte offsets and reads written numbers;
//! - [`geography`] measures great-circle distances;
//! - [`articles`] reads a folder (txt, md, html, json, jsonl), cleans each article and finds its
//!   publication date;
//! - [`gazetteer`] loads the offline gazetteer (GeoNames towns, provinces, districts, countries,
//!   a curated list of sites, and any user gazetteer) and matches names robustly;
//! - [`geoparse`] finds place names in an article's text and resolves each to one gazetteer
//!   entry, with a precision, a confidence and runner-up candidates;
//! - [`time`] resolves what a sentence says about when against the publication date;
//! - [`events`] finds what happened (in ACLED's taxonomy), who, how many, where and when, and
//!   merges reports of one happening across articles;
//! - [`corrections`] holds the user's fixes of places and events and applies them on every
//!   read.
//!
//! Around the pipeline:
//! - [`corpus`] is the domain model (everything read from one folder) and its use-cases: apply
//!   a correction, hide or restore a report, set a date; callable from the CLI, the viewer and
//!   tests;
//! - [`store`] owns the folder's `.newsmap/` files (dates, corrections): their formats and
//!   schema versions, reading, atomic writes, and never overwriting a file it cannot read;
//! - [`export`] writes places and events as JSON Lines, GeoJSON, CSV, KML and ACLED-style CSV;
//! - [`ingest`] runs the pipeline on a folder, off the UI thread, into a [`corpus::Corpus`];
//! - [`eval`] scores the geoparser on gold corpora with the EUPEG rule, and event extraction on
//!   gold event reports and gold folders;
//! - [`map`] holds the offline basemap and the Web Mercator view the UI draws it with;
//! - [`ui`] is the desktop viewer (the only module that uses egui).
//!
//! Imports go one way, towards the pipeline: `ui` → `ingest` and `export` → `corpus` →
//! `store` → the pipeline's modules; nothing imports `ui`, and `corpus` and `store` never
//! import `ui` or the command line (`src/cli.rs`, `src/bench.rs`, in the binary). The
//! README's "Architecture" section has the table of the rooms.

pub mod articles;
pub mod corpus;
pub mod corrections;
pub mod eval;
pub mod events;
pub mod export;
pub mod gazetteer;
pub mod geography;
pub mod geoparse;
pub mod ingest;
pub mod map;
pub mod store;
pub mod text;
pub mod time;
pub mod ui;

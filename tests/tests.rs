//! newsmap's integration tests, one binary (ripgrep style): each module drives the public API or
//! the `newsmap` command the way a user's job does, on the bundled sample, on folders written on
//! the fly, and, when the developer-only `../shared` folder is present, on the seed articles and
//! the gold corpora.

mod bad_input;
mod cli;
mod common;
mod events_dev;
mod events_file;
mod hostile;
mod links;
mod open_folder;
mod properties;
mod sample_events;
mod seed_events;
mod seed_places;
mod share;
mod spellings;
mod stream;
mod tiles;
mod ui;
mod ui_files;
mod ui_time;
mod ui_views;

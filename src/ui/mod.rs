//! The desktop viewer: a map of the folder's events, a timeline with a time window, filters,
//! and a detail panel that quotes the source sentences.
//!
//! [`NewsmapApp`] (`app.rs`) holds the domain data ([`crate::corpus::Corpus`], filled by an
//! [`crate::ingest::Ingest`] worker off the UI thread) apart from the state of the viewer
//! (`state.rs`: settings kept between runs, what the user looks at and selects, the reading
//! going on). The panels (`menu`, `timeline`, `filters`, `details`, `map/`) draw from both and
//! push [`Command`]s (`command.rs`); `apply.rs` applies them after the frame with one `match`,
//! through the corpus's use-cases. `views` saves and shows views by name. `dialogs` asks for paths (the system's file dialog, else a
//! browser in the window) and before an export replaces a file. Keyboard: space plays or pauses, ←/→ step a day, F fits
//! the map, Esc clears the selection.
//!
//! Imports go one way: `app` → the panels → `command`, `state` types, `time_window`,
//! `palette` and `format` (colours and text formats every panel shares); no panel imports
//! another, and nothing outside `ui` imports `ui`.

mod app;
mod apply;
mod command;
mod details;
mod dialogs;
mod filters;
mod format;
mod frame;
mod map;
mod menu;
mod palette;
pub mod share;
mod state;
mod time_window;
mod timeline;
mod timing;
mod views;

pub use app::NewsmapApp;
pub use command::Command;
pub use dialogs::SystemDialog;
pub use filters::{FilterCounts, Filters};
pub use state::Settings;
pub use time_window::TimeWindow;
pub use timeline::Playback;

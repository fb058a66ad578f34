//! The viewer's state apart from the data ([`crate::corpus::Corpus`]): the [`Settings`] kept
//! between runs in eframe's storage, the [`UiState`] of this run (what the user looks at,
//! selects and types), and the [`Reading`] of the folder going on.

use std::collections::HashMap;
use std::path::PathBuf;

use super::details::PlaceFix;
use super::filters::Filters;
use super::map::MapFrame;
use super::share::{Recorded, Recording, ShareError};
use super::time_window::TimeWindow;
use super::timeline::{DateJump, Playback};
use crate::events::EventId;
use crate::gazetteer::PlaceId;
use crate::ingest::{FolderWatcher, Ingest};
use crate::map::{View, mercator_from_lat_lon};

/// Key under which recent folders are kept in eframe's storage.
const RECENT_KEY: &str = "newsmap.recent_folders";

/// Key under which the choice of online tiles is kept in eframe's storage.
const TILES_KEY: &str = "newsmap.online_tiles";

/// Key under which the choice to follow links leaving the folder is kept in eframe's storage.
const LINKS_KEY: &str = "newsmap.follow_outside_links";

/// Key under which the choice of the heat layer is kept in eframe's storage.
const HEAT_KEY: &str = "newsmap.heat_layer";

/// What the viewer keeps between runs.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Settings {
    /// The folders opened last, latest first.
    pub recent_folders: Vec<PathBuf>,
    /// Whether online tiles are drawn over the offline basemap.
    pub online_tiles: bool,
    /// Whether article files that links leaving the folder point at are read (File menu).
    pub follow_outside_links: bool,
    /// Whether the density of the visible events is drawn over the map (View menu).
    pub heat_layer: bool,
}

impl Settings {
    /// How many recent folders are kept.
    const RECENT: usize = 8;

    /// The settings saved in `storage` (defaults without one).
    pub fn load(storage: Option<&dyn eframe::Storage>) -> Self {
        Self {
            recent_folders: storage
                .and_then(|s| eframe::get_value::<Vec<PathBuf>>(s, RECENT_KEY))
                .unwrap_or_default(),
            online_tiles: storage.and_then(|s| eframe::get_value::<bool>(s, TILES_KEY))
                == Some(true),
            follow_outside_links: storage.and_then(|s| eframe::get_value::<bool>(s, LINKS_KEY))
                == Some(true),
            heat_layer: storage.and_then(|s| eframe::get_value::<bool>(s, HEAT_KEY)) == Some(true),
        }
    }

    /// Saves the settings in `storage`.
    pub fn save(&self, storage: &mut dyn eframe::Storage) {
        eframe::set_value(storage, RECENT_KEY, &self.recent_folders);
        eframe::set_value(storage, TILES_KEY, &self.online_tiles);
        eframe::set_value(storage, LINKS_KEY, &self.follow_outside_links);
        eframe::set_value(storage, HEAT_KEY, &self.heat_layer);
    }

    /// How folders are read with these settings.
    pub fn read_options(&self) -> crate::articles::ReadOptions {
        crate::articles::ReadOptions {
            follow_outside_links: self.follow_outside_links,
            ..crate::articles::ReadOptions::default()
        }
    }

    /// Puts `folder` first among the recent folders.
    pub fn opened(&mut self, folder: &PathBuf) {
        self.recent_folders.retain(|f| f != folder);
        self.recent_folders.insert(0, folder.clone());
        self.recent_folders.truncate(Self::RECENT);
    }
}

/// What the user looks at, selects and types during this run.
pub struct UiState {
    /// The map's view.
    pub view: View,
    /// Fit the map to the markers once the folder is read.
    pub fit_pending: bool,
    /// The time window.
    pub window: TimeWindow,
    /// The filters besides time.
    pub filters: Filters,
    /// Playback of the time window.
    pub playback: Playback,
    /// The date typed to move the time window to.
    pub date_jump: DateJump,
    /// The selected place (marker).
    pub selected_place: Option<PlaceId>,
    /// The selected event.
    pub selected_event: Option<EventId>,
    /// The article shown in the reader window.
    pub reader: Option<ArticleView>,
    /// The folder field of the menu bar.
    pub folder_field: String,
    /// Why the last folder asked for was not opened, shown beside the folder field.
    pub folder_error: Option<String>,
    /// Whether the About window is open.
    pub show_about: bool,
    /// Whether the Problems window is open.
    pub show_problems: bool,
    /// Whether the Hidden reports window is open.
    pub show_hidden: bool,
    /// The open "Wrong place?" editor.
    pub place_fix: Option<PlaceFix>,
    /// Dates being typed for undated articles, by article key.
    pub date_inputs: HashMap<String, String>,
    /// What the last save, copy or correction did, shown under the menu bar until closed.
    pub message: Option<String>,
    /// Whether the filters panel is open (View menu; dragging its edge closes it).
    pub filters_open: bool,
    /// Whether the details panel is open; selecting a place or an event opens it.
    pub details_open: bool,
    /// How the playback is recorded as a GIF.
    pub recording: Recording,
    /// Whether the window that sets the GIF's size and speed is open.
    pub show_recording: bool,
    /// The playback being recorded as a GIF, if one is.
    pub recording_job: Option<RecordingJob>,
    /// The map's size and the extent the user chose, kept between frames.
    pub map: MapFrame,
    /// An extent (`[west, south, east, north]` degrees) the map shows from the next frame on.
    pub map_extent: Option<[f64; 4]>,
    /// The saved view to show once the folder is read (`newsmap FOLDER --view NAME`).
    pub pending_view: Option<String>,
    /// The name of the view last saved or shown.
    pub view_name: Option<String>,
    /// The name typed in the Save view window, while it is open.
    pub saving_view: Option<String>,
    /// The names of the folder's saved views (View › Views).
    pub saved_views: Vec<String>,
}

/// A playback being recorded as a GIF on another thread.
pub struct RecordingJob {
    /// What the recording's thread sends once the GIF is written (or why it is not).
    pub done: std::sync::mpsc::Receiver<Result<Recorded, ShareError>>,
    /// The GIF's file.
    pub path: PathBuf,
    /// Its frames' size.
    pub size: [u32; 2],
    /// When it was begun.
    pub started: std::time::Instant,
}

impl Default for UiState {
    fn default() -> Self {
        Self {
            view: View {
                center: mercator_from_lat_lon(34.0, 66.0),
                zoom: 5.0,
            },
            fit_pending: true,
            window: TimeWindow::default(),
            filters: Filters::default(),
            playback: Playback::default(),
            date_jump: DateJump::default(),
            selected_place: None,
            selected_event: None,
            reader: None,
            folder_field: String::new(),
            folder_error: None,
            show_about: false,
            show_problems: false,
            show_hidden: false,
            place_fix: None,
            date_inputs: HashMap::new(),
            message: None,
            filters_open: true,
            details_open: true,
            recording: Recording::default(),
            show_recording: false,
            recording_job: None,
            map: MapFrame::default(),
            map_extent: None,
            pending_view: None,
            view_name: None,
            saving_view: None,
            saved_views: Vec::new(),
        }
    }
}

/// The article in the reader window and the sentence it was opened at.
#[derive(Clone, Debug, PartialEq)]
pub struct ArticleView {
    /// Index of the article in the corpus.
    pub article: usize,
    /// The quoted sentence (byte range of the article's text), tinted in the window.
    pub sentence: std::ops::Range<usize>,
    /// Whether the window still has to scroll the sentence into view.
    pub scroll_pending: bool,
}

/// The reading of the folder: the worker, its progress, and what to do when it ends.
#[derive(Default)]
pub struct Reading {
    /// The worker reading the folder, until it is done.
    pub ingest: Option<Ingest>,
    /// Reads the folder again when its articles change.
    pub watcher: Option<FolderWatcher>,
    /// Articles read, of how many.
    pub progress: (usize, usize),
    /// Articles corrected while the folder was being read, to extract again at the end.
    pub fixed_while_reading: Vec<usize>,
    /// When the last frame started taking what the reader sent.
    pub last_drain: Option<std::time::Instant>,
}

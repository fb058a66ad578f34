//! Sharing what was found: a PNG of the map, the playback of the time window as an animated
//! GIF, and a self-contained HTML report of the visible events, for the viewer's File menu
//! and for `newsmap report` and `newsmap record`.
//!
//! One renderer makes every picture, with no GPU ([`Camera`]): the map's own painting code in
//! a headless egui context, rasterized on the CPU ([`raster`]). [`playback`] steps the window
//! over the events' days and encodes the frames; [`report`] writes the HTML. Files are written
//! through a temporary file and a rename ([`crate::store::replace_file`]).
//!
//! It lives under `ui` because the pictures are the map's painting code; it imports `ui`'s
//! `map`, `filters`, `time_window`, `palette` and `format`; the app's commands (`apply.rs`)
//! call it, and `menu`, `dialogs`, `command` and `state` name its types.

mod picture;
pub mod playback;
mod raster;
pub mod report;

use std::path::{Path, PathBuf};
use std::sync::Arc;

pub use picture::Camera;
pub use playback::{MAX_FRAMES, Recorded, Recording};

use crate::corpus::Corpus;
use crate::events::Event;
use crate::gazetteer::{Gazetteer, PlaceId};
use crate::map::{Basemap, View};
use crate::ui::filters::Filters;
pub use crate::ui::map::TownLabel;
use crate::ui::map::{EventRow, event_rows};
use crate::ui::time_window::TimeWindow;

/// What to share.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Output {
    /// A PNG of the map as it is seen.
    MapPng,
    /// The playback of the time window over the map, as an animated GIF.
    PlaybackGif,
    /// An HTML report of the visible events, with a picture of the map.
    HtmlReport,
}

impl Output {
    /// The file name's extension.
    pub fn extension(self) -> &'static str {
        match self {
            Self::MapPng => "png",
            Self::PlaybackGif => "gif",
            Self::HtmlReport => "html",
        }
    }

    /// What the proposed file name says the file is ("map", "playback", "report").
    pub fn label(self) -> &'static str {
        match self {
            Self::MapPng => "map",
            Self::PlaybackGif => "playback",
            Self::HtmlReport => "report",
        }
    }
}

/// What a picture shows: the events that pass the filters (packed), the basemap, and how the
/// map is drawn. It owns what it holds, so that a recording can run on another thread.
pub struct Scene {
    /// The gazetteer of the events' places.
    pub gazetteer: Arc<Gazetteer>,
    /// The basemap, if it loaded.
    pub basemap: Option<Basemap>,
    /// The towns the basemap may name, largest first.
    pub towns: Vec<TownLabel>,
    /// The events that pass the filters, whatever their days.
    pub rows: Vec<EventRow>,
    /// The active filters, in words (see [`Filters::describe`]).
    pub filters: Vec<String>,
    /// Whether the heat layer is drawn.
    pub heat: bool,
    /// The selected place (outlined).
    pub selected: Option<PlaceId>,
    /// The title written over the map (the folder's name).
    pub title: String,
}

impl Scene {
    /// The events of `corpus` that pass `filters` on the map of `basemap` (no heat layer, no
    /// place selected), entitled with the name of the corpus's folder.
    pub fn new(
        corpus: &Corpus,
        filters: &Filters,
        gazetteer: Arc<Gazetteer>,
        basemap: Option<Basemap>,
        towns: Vec<TownLabel>,
    ) -> Self {
        let rows = event_rows(corpus, &filters.matching(corpus, &gazetteer));
        let title = (corpus.folder.canonicalize().ok())
            .and_then(|folder| Some(folder.file_name()?.to_string_lossy().into_owned()))
            .unwrap_or_else(|| corpus.folder.display().to_string());
        Self {
            gazetteer,
            basemap,
            towns,
            rows,
            filters: filters.describe(),
            heat: false,
            selected: None,
            title,
        }
    }

    /// The events visible in `window`, in the corpus's order.
    pub fn visible_events<'c>(&self, corpus: &'c Corpus, window: &TimeWindow) -> Vec<&'c Event> {
        (self.rows.iter())
            .filter(|row| window.shows_days(row.days))
            .map(|row| &corpus.events[row.index])
            .collect()
    }
}

/// Why a file was not written.
#[derive(Debug, thiserror::Error)]
pub enum ShareError {
    /// The file exists and was not to be replaced.
    #[error("{} exists", .0.display())]
    Exists(PathBuf),
    /// The picture could not be encoded.
    #[error("cannot encode the picture: {0}")]
    Encode(String),
    /// The file could not be written.
    #[error(transparent)]
    Write(#[from] crate::store::StoreError),
}

/// Fails with [`ShareError::Exists`] when `path` exists and is not to be replaced (before
/// the work of making it).
fn may_write(path: &Path, replace: bool) -> Result<(), ShareError> {
    if !replace && path.exists() {
        return Err(ShareError::Exists(path.to_path_buf()));
    }
    Ok(())
}

/// Writes `bytes` to `path` whole or not at all; an existing file only when `replace`.
fn write_file(path: &Path, bytes: &[u8], replace: bool) -> Result<(), ShareError> {
    may_write(path, replace)?;
    Ok(crate::store::replace_file(path, bytes)?)
}

/// `picture` encoded as PNG.
pub fn png_bytes(picture: &image::RgbaImage) -> Result<Vec<u8>, ShareError> {
    let mut bytes = std::io::Cursor::new(Vec::new());
    picture
        .write_to(&mut bytes, image::ImageFormat::Png)
        .map_err(|error| ShareError::Encode(error.to_string()))?;
    Ok(bytes.into_inner())
}

/// Writes a PNG of the map of `scene` in `window` seen through `view` to `path`.
pub fn save_png(
    camera: &mut Camera,
    scene: &Scene,
    window: &TimeWindow,
    view: View,
    path: &Path,
    replace: bool,
) -> Result<(), ShareError> {
    let picture = camera.picture(scene, window, view);
    write_file(path, &png_bytes(&picture)?, replace)
}

/// Records the playback of `window` (see [`playback::windows`]) over the map of `scene` seen
/// through `view` as a GIF at `path`, with `recording`'s speed.
pub fn save_gif(
    camera: &mut Camera,
    scene: &Scene,
    window: &TimeWindow,
    view: View,
    recording: &Recording,
    path: &Path,
    replace: bool,
) -> Result<Recorded, ShareError> {
    may_write(path, replace)?;
    let (recorded, bytes) = playback::record(camera, scene, window, view, recording)?;
    write_file(path, &bytes, replace)?;
    Ok(recorded)
}

/// Writes the HTML report of the events of `scene` visible in `window` (events of
/// `corpus`), with a picture of the map seen through `view`, to `path`. Returns how many
/// events it lists.
pub fn save_report(
    camera: &mut Camera,
    scene: &Scene,
    corpus: &Corpus,
    window: &TimeWindow,
    view: View,
    path: &Path,
    replace: bool,
) -> Result<usize, ShareError> {
    may_write(path, replace)?;
    let picture = png_bytes(&camera.picture(scene, window, view))?;
    let events = scene.visible_events(corpus, window);
    let html = report::html(scene, corpus, window, &picture, &events);
    write_file(path, html.as_bytes(), replace)?;
    Ok(events.len())
}

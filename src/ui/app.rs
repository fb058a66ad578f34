//! [`NewsmapApp`]: the viewer's state and what it owns, and one frame's layout.
//!
//! The app holds the domain data ([`Corpus`], filled by an [`crate::ingest::Ingest`] worker
//! off the UI thread), the [`Settings`] kept between runs, the [`UiState`] of this run, the
//! [`Reading`] going on and the frames' caches. [`NewsmapApp::show`] draws the panels, which
//! push [`Command`]s, and applies them after the frame (`run_commands`, in `apply.rs`).

use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::{Duration, Instant};

use super::command::Command;
use super::dialogs::{Dialogs, SystemDialog};
use super::filters::FilterCounts;
use super::frame::FrameCaches;
use super::map::{self, TileLayer};
use super::state::{Reading, Settings, UiState};
use super::time_window::TimeWindow;
use super::timeline::Playback;
use super::timing::Timing;
use super::{details, filters, timeline};
use crate::corpus::Corpus;
use crate::gazetteer::{Gazetteer, LoadError, PlaceId, default_dir};
use crate::ingest::{EventsFileError, FolderWatcher, Ingest, IngestMsg, check_events_file};
use crate::map::tiles::{TileSource, default_cache_dir};
use crate::map::{Basemap, BasemapError, View};

/// How long a frame spends taking what the folder reader sent, at most: a quarter of the time
/// since the last frame did, within these bounds. A folder reopened from its cache sends
/// thousands of articles in a moment, and the rest waits for the next frames; where frames
/// are slow to draw (software rendering) each takes more, so the reading keeps its pace.
const DRAIN_BUDGET: std::ops::RangeInclusive<Duration> =
    Duration::from_millis(4)..=Duration::from_millis(40);

/// The time a frame may spend taking what the reader sent when the last frame did so
/// `since` ago, or `None` for the first frame (see [`DRAIN_BUDGET`]).
fn drain_budget(since: Option<Duration>) -> Duration {
    (since.unwrap_or_default() / 4).clamp(*DRAIN_BUDGET.start(), *DRAIN_BUDGET.end())
}

/// How often the viewer shows the reading's progress, at most, unless the user acts.
const READING_REPAINT: Duration = Duration::from_millis(250);

/// Half the width of the strip that resizes a side panel (pixels).
const PANEL_GRAB_RADIUS: f32 = 6.0;

/// The application.
pub struct NewsmapApp {
    /// The gazetteer, loaded once (or why it could not be).
    pub(super) gazetteer: Result<Arc<Gazetteer>, LoadError>,
    /// The offline basemap, loaded once (or why it could not be).
    pub(super) basemap: Result<Basemap, BasemapError>,
    /// The towns the basemap names, largest first.
    pub(super) towns: Vec<map::TownLabel>,
    /// What was read from the folder.
    pub(super) corpus: Corpus,
    /// What is kept between runs.
    pub(super) settings: Settings,
    /// What the user looks at, selects and types.
    pub(super) state: UiState,
    /// The reading of the folder going on.
    pub(super) reading: Reading,
    /// Online tiles over the basemap, when the user turned them on.
    pub(super) tiles: Option<TileLayer>,
    /// What frames computed and keep.
    pub(super) caches: FrameCaches,
    /// What [`NewsmapApp::report_timing`] measures, when asked to.
    pub(super) timing: Option<Timing>,
    /// What the panels asked for during this frame.
    pub(super) commands: Vec<Command>,
    /// The dialogs that ask for a path (the system's or the browser in the window).
    pub(super) dialogs: Dialogs,
}

/// Why a folder (or an events file) was not opened.
#[derive(Debug, thiserror::Error)]
pub enum FolderError {
    /// The path is empty.
    #[error("type the path of a folder")]
    Empty,
    /// Nothing is there, or neither a folder nor a file.
    #[error("not a folder: {}", .0.display())]
    NotAFolder(PathBuf),
    /// A file that is not an events file, or cannot be read.
    #[error(transparent)]
    NotEvents(#[from] EventsFileError),
    /// The folder cannot be listed.
    #[error("cannot read {}: {source}", path.display())]
    Unreadable {
        /// The folder.
        path: PathBuf,
        /// The cause.
        source: std::io::Error,
    },
}

/// Whether `folder` is a folder newsmap can list, or an events file (see
/// [`check_events_file`]).
fn check_folder(folder: &Path) -> Result<(), FolderError> {
    if folder.as_os_str().is_empty() {
        return Err(FolderError::Empty);
    }
    if folder.is_file() {
        return Ok(check_events_file(folder)?);
    }
    if !folder.is_dir() {
        return Err(FolderError::NotAFolder(folder.to_path_buf()));
    }
    std::fs::read_dir(folder)
        .map(drop)
        .map_err(|source| FolderError::Unreadable {
            path: folder.to_path_buf(),
            source,
        })
}

impl NewsmapApp {
    /// Builds the app and starts reading `folder`. Loads the gazetteer and the basemap on
    /// this thread (about 0.15 s); failures are shown in the window, not raised.
    pub fn new(
        ctx: &egui::Context,
        folder: PathBuf,
        storage: Option<&dyn eframe::Storage>,
    ) -> Self {
        let gazetteer = Gazetteer::load(&default_dir()).map(Arc::new);
        // The panels' edges are easier to grab than egui's 6 px.
        ctx.all_styles_mut(|style| style.interaction.resize_grab_radius_side = PANEL_GRAB_RADIUS);
        let settings = Settings::load(storage);
        let online_tiles = settings.online_tiles;
        let mut app = Self::with_parts(gazetteer, Corpus::default());
        app.settings = settings;
        if online_tiles {
            app.show_tiles(ctx, Some(TileSource::configured()), default_cache_dir());
        }
        app.dialogs.system = SystemDialog::probe();
        if let Err(error) = app.open_folder(ctx, folder.clone()) {
            // Nothing was loaded before: the status bar says that this is no folder, the
            // field why a file is no events file.
            app.corpus = Corpus::new(&folder);
            app.state.folder_field = folder.display().to_string();
            if let FolderError::NotEvents(_) = error {
                app.state.folder_error = Some(error.to_string());
            }
        }
        app
    }

    /// Uses the system's file dialog, or not (then File › Open folder… and the export open
    /// newsmap's own browser): for tests, and where the probe is wrong.
    pub fn set_system_dialog(&mut self, system: SystemDialog) {
        self.dialogs.system = system;
    }

    /// What is kept between runs (the recent folders…).
    pub fn settings(&self) -> &Settings {
        &self.settings
    }

    /// Prints on stderr how long after `started` the first frame is drawn, and, each time a
    /// folder has been read, how long the UI thread took per frame while it was read.
    pub fn report_timing(&mut self, started: Instant) {
        self.timing = Some(Timing::new(started));
    }

    /// Whether a playback is being recorded as a GIF.
    pub fn is_recording(&self) -> bool {
        self.state.recording_job.is_some()
    }

    /// Whether a folder is still being read.
    pub fn is_loading(&self) -> bool {
        self.reading.ingest.is_some()
    }

    /// The data read so far.
    pub fn corpus(&self) -> &Corpus {
        &self.corpus
    }

    /// The time window, to read or change.
    pub fn time_window(&mut self) -> &mut TimeWindow {
        &mut self.state.window
    }

    /// Draws online tiles from `source` over the basemap (None: the offline basemap only),
    /// caching them under `cache_dir`.
    pub fn show_tiles(
        &mut self,
        ctx: &egui::Context,
        source: Option<TileSource>,
        cache_dir: Option<PathBuf>,
    ) {
        self.tiles = source.map(|source| TileLayer::start(ctx, source, cache_dir));
    }

    /// Draws the density of the visible events over the map (the heat layer), or not.
    pub fn show_heat_layer(&mut self, on: bool) {
        self.settings.heat_layer = on;
    }

    /// Cells of the heat layer (6 px a side) with some density in the last frame (0 when the
    /// layer is off or no event is visible).
    pub fn heat_layer_cells(&self) -> usize {
        self.caches.heat.cells()
    }

    /// How many online tiles the last frame drew.
    pub fn tiles_drawn(&self) -> usize {
        self.tiles.as_ref().map_or(0, TileLayer::drawn)
    }

    /// The map's view, to read or change.
    pub fn map_view(&mut self) -> &mut View {
        &mut self.state.view
    }

    /// The selected place.
    pub fn selected_place(&self) -> Option<PlaceId> {
        self.state.selected_place
    }

    /// The selected event.
    pub fn selected_event(&self) -> Option<crate::events::EventId> {
        self.state.selected_event
    }

    /// The filters besides time.
    pub fn filters(&self) -> &super::Filters {
        &self.state.filters
    }

    /// The map's size in the last frame (pixels): at least half the window's width.
    pub fn map_size(&self) -> [f64; 2] {
        self.state.map.size
    }

    /// Indices of the events that pass the time window and the filters.
    pub fn visible_events(&self) -> Vec<usize> {
        let Ok(gazetteer) = &self.gazetteer else {
            return Vec::new();
        };
        let filtered = self.state.filters.matching(&self.corpus, gazetteer);
        self.in_window(&filtered)
    }

    /// Those of `events` (ids) that the time window shows.
    fn in_window(&self, events: &[usize]) -> Vec<usize> {
        events
            .iter()
            .copied()
            .filter(|&i| self.state.window.shows(&self.corpus.events[i]))
            .collect()
    }

    /// The events the timeline's bars of `day` (days from the Common Era, as the time
    /// window's) counted in the last frame.
    pub fn timeline_events_on(&self, day: i32) -> usize {
        (self.caches.frame.as_ref()).map_or(0, |frame| frame.day_counts.on_day(day))
    }

    /// Number of places with a visible event (markers before clustering).
    pub fn visible_marker_count(&self) -> usize {
        let mut places: Vec<PlaceId> = self
            .visible_events()
            .iter()
            .filter_map(|&i| self.corpus.events[i].place)
            .collect();
        places.sort_unstable();
        places.dedup();
        places.len()
    }

    /// Starts reading `folder` (or an events file) in place of the loaded one, and remembers
    /// it among the recent folders. A path that is not a readable folder or events file
    /// changes nothing.
    pub(super) fn open_folder(
        &mut self,
        ctx: &egui::Context,
        folder: PathBuf,
    ) -> Result<(), FolderError> {
        check_folder(&folder)?;
        if let Some(ingest) = self.reading.ingest.take() {
            ingest.cancel();
        }
        self.corpus = Corpus::new(&folder);
        self.reading.fixed_while_reading.clear();
        self.caches.corpus_changed();
        (
            self.state.selected_place,
            self.state.selected_event,
            self.state.reader,
        ) = (None, None, None);
        self.state.place_fix = None;
        self.state.fit_pending = true;
        self.state.window = TimeWindow::default();
        self.state.playback = Playback::default();
        self.state.date_jump.error = None;
        (self.state.pending_view, self.state.view_name) = (None, None);
        self.state.map_extent = None;
        self.state.folder_field = folder.display().to_string();
        self.settings.opened(&folder);
        self.refresh_saved_views();
        if let Ok(gazetteer) = &self.gazetteer {
            let wake = ctx.clone();
            self.reading.ingest = Some(Ingest::start(
                folder.clone(),
                self.settings.read_options(),
                Arc::clone(gazetteer),
                move || wake.request_repaint_after(READING_REPAINT),
            ));
            self.reading.progress = (0, 0);
            let wake = ctx.clone();
            self.reading.watcher =
                Some(FolderWatcher::start(folder, move || wake.request_repaint()));
        }
        Ok(())
    }

    /// Reads the folder again (its articles or dates changed), keeping the view, the filters
    /// and the selected place.
    pub(super) fn reload(&mut self, ctx: &egui::Context) {
        let (view, filters, place) = (
            self.state.view,
            self.state.filters.clone(),
            self.state.selected_place,
        );
        if let Err(error) = self.open_folder(ctx, self.corpus.folder.clone()) {
            self.state.message = Some(format!("cannot read the folder again: {error}"));
            return;
        }
        (
            self.state.view,
            self.state.filters,
            self.state.selected_place,
            self.state.fit_pending,
        ) = (view, filters, place, false);
    }

    /// Takes what the ingest worker sent since the last frame (events come merged, a few times
    /// a second), within [`drain_budget`]; returns whether more is waiting. Once it is
    /// done, applies again the corrections made while it read.
    fn drain_ingest(&mut self) -> bool {
        let Some(ingest) = &self.reading.ingest else {
            return false;
        };
        let (mut finished, mut merged, mut disconnected) = (false, false, false);
        let started = Instant::now();
        let budget = drain_budget(self.reading.last_drain.map(|last| started - last));
        self.reading.last_drain = Some(started);
        let mut waiting = false;
        loop {
            if started.elapsed() > budget {
                waiting = true;
                break;
            }
            let msg = match ingest.receiver.try_recv() {
                Ok(msg) => msg,
                Err(std::sync::mpsc::TryRecvError::Empty) => break,
                Err(std::sync::mpsc::TryRecvError::Disconnected) => {
                    disconnected = true;
                    break;
                }
            };
            match &msg {
                IngestMsg::Listed { total, .. } => self.reading.progress = (0, *total),
                IngestMsg::Article(..) | IngestMsg::Quoted(..) | IngestMsg::Failed(_) => {
                    self.reading.progress.0 += 1;
                }
                IngestMsg::Events(_) => merged = true,
                IngestMsg::Revised(_)
                | IngestMsg::Prior(_)
                | IngestMsg::Reports(_)
                | IngestMsg::Problem(_)
                | IngestMsg::Finished => {}
            }
            finished |= msg.apply_to(&mut self.corpus);
        }
        if merged {
            self.caches.corpus_changed();
            self.state.window.fit(&self.corpus.events);
        }
        if finished || disconnected {
            self.reading.ingest = None;
            self.reading.last_drain = None;
            let fixed = std::mem::take(&mut self.reading.fixed_while_reading);
            if let (false, Ok(gazetteer)) = (fixed.is_empty(), &self.gazetteer) {
                let corrections = self.corpus.corrections.clone();
                self.corpus
                    .apply_corrections(gazetteer, corrections, &fixed);
                self.caches.corpus_changed();
            }
        }
        waiting
    }

    /// What happens before a frame is drawn: takes what the folder reader sent, reads the
    /// folder again if it changed, moves the time window when playing.
    pub fn advance(&mut self, ctx: &egui::Context) {
        if let Some(timing) = &mut self.timing {
            timing.frame_started = Some(Instant::now());
        }
        if self.drain_ingest() {
            ctx.request_repaint();
        }
        self.open_pending_view();
        if self.reading.ingest.is_none()
            && self
                .reading
                .watcher
                .as_ref()
                .is_some_and(FolderWatcher::take_change)
        {
            self.reload(ctx);
            self.state.message = Some("the folder changed: read again".into());
        }
        self.check_recording();
        if self.state.playback.playing {
            let seconds = ctx.input(|i| i.stable_dt).min(0.1);
            self.state.playback.advance(&mut self.state.window, seconds);
            ctx.request_repaint();
        }
    }

    /// The app on a corpus already read (benchmarks, tests): no folder is read or watched.
    pub fn with_corpus(gazetteer: Arc<Gazetteer>, corpus: Corpus) -> Self {
        let mut window = TimeWindow::default();
        window.fit(&corpus.events);
        let mut app = Self::with_parts(Ok(gazetteer), corpus);
        app.state.window = window;
        app
    }

    /// The app with its view state at defaults, the bundled basemap loaded, and no folder read.
    fn with_parts(gazetteer: Result<Arc<Gazetteer>, LoadError>, corpus: Corpus) -> Self {
        let basemap = Basemap::load(&Basemap::bundled_path());
        let towns = gazetteer
            .as_ref()
            .map(|g| map::TownLabel::of(g))
            .unwrap_or_default();
        Self {
            towns,
            gazetteer,
            basemap,
            corpus,
            settings: Settings::default(),
            state: UiState::default(),
            reading: Reading::default(),
            tiles: None,
            caches: FrameCaches::default(),
            timing: None,
            commands: Vec::new(),
            dialogs: Dialogs::default(),
        }
    }

    /// Draws one frame of the whole window into `ui` and applies the commands it gave.
    pub fn show(&mut self, ui: &mut egui::Ui) {
        let ctx = ui.ctx().clone();
        self.keyboard(&ctx);
        egui::Panel::top("menu").show(ui, |ui| self.menu_ui(ui));
        let gazetteer = match &self.gazetteer {
            Ok(gazetteer) => Arc::clone(gazetteer),
            Err(error) => {
                egui::CentralPanel::default_margins().show(ui, |ui| {
                    ui.heading("The gazetteer could not be loaded");
                    ui.label(error.to_string());
                });
                self.windows_ui(&ctx);
                self.dialogs.ui(&ctx, &mut self.commands);
                self.run_commands(&ctx);
                return;
            }
        };
        let frame = self.caches.frame_data(
            &self.corpus,
            &self.state.filters,
            &self.state.window,
            &gazetteer,
        );
        if frame.visible.len() != self.caches.visible_count {
            // The menu bar, drawn above, showed the last frame's count: show this one too.
            ctx.request_repaint();
            self.caches.visible_count = frame.visible.len();
        }
        egui::Panel::bottom("timeline")
            .resizable(true)
            .default_size(190.0)
            .min_size(150.0)
            .show(ui, |ui| {
                ui.horizontal_top(|ui| {
                    let undated = self.caches.undated_articles(&self.corpus);
                    if !undated.is_empty() {
                        ui.vertical(|ui| {
                            ui.set_width(330.0);
                            timeline::undated_articles_ui(
                                ui,
                                &self.corpus,
                                &undated,
                                &mut self.state.date_inputs,
                                &mut self.commands,
                            );
                        });
                        ui.separator();
                    }
                    ui.vertical(|ui| {
                        timeline::timeline_ui(
                            ui,
                            &frame.day_counts,
                            &mut self.state.window,
                            &mut self.state.playback,
                            &mut self.state.date_jump,
                        );
                    });
                });
            });
        // The side panels leave the map at least half the width.
        let width = ui.available_width();
        let mut hide = (false, false);
        egui::Panel::left("filters")
            .resizable(true)
            .default_size(220.0)
            .max_size((width * 0.22).max(120.0))
            .show_collapsible(ui, &mut self.state.filters_open, |ui| {
                let rect = ui.max_rect();
                hide.0 = panel_toggle(ui, rect, false, "«", "Hide the filters");
                let counts = self
                    .caches
                    .counts
                    .get_or_insert_with(|| FilterCounts::of(&self.corpus));
                filters::filters_ui(ui, counts, &mut self.state.filters);
            });
        egui::Panel::right("details")
            .resizable(true)
            .default_size(360.0)
            .max_size((width * 0.28).max(160.0))
            .show_collapsible(ui, &mut self.state.details_open, |ui| {
                let rect = ui.max_rect();
                hide.1 = panel_toggle(ui, rect, false, "»", "Hide the details");
                details::details_ui(
                    ui,
                    &self.corpus,
                    &gazetteer,
                    (&frame.visible, &frame.placeless),
                    (self.state.selected_place, self.state.selected_event),
                    &mut self.state.place_fix,
                    &mut self.commands,
                );
            });
        self.state.filters_open &= !hide.0;
        self.state.details_open &= !hide.1;
        let mut map_area = ctx.content_rect();
        egui::CentralPanel::no_frame().show(ui, |ui| {
            map_area = ui.max_rect();
            let markers = &frame.markers;
            // Fit once the folder is read, so that the view does not jump while it loads.
            let fit =
                self.state.fit_pending && self.reading.ingest.is_none() && !markers.is_empty();
            if fit {
                self.state.fit_pending = false;
            }
            let input = map::MapInput {
                basemap: self.basemap.as_ref().ok(),
                gazetteer: &gazetteer,
                markers,
                heat: self.settings.heat_layer,
                selected: self.state.selected_place,
                fit,
                extent: self.state.map_extent.take(),
                picking: self.state.place_fix.as_ref().is_some_and(|f| f.picking),
                towns: &self.towns,
            };
            map::map_ui(
                ui,
                &mut self.state.view,
                &mut self.state.map,
                map::MapCaches {
                    basemap: &mut self.caches.basemap,
                    heat: &mut self.caches.heat,
                },
                &input,
                self.tiles.as_mut(),
                &mut self.commands,
            );
            if let Err(error) = &self.basemap {
                ui.colored_label(
                    ui.visuals().error_fg_color,
                    format!("basemap not loaded: {error}"),
                );
            }
            // Folded panels open again from a button at the map's edge.
            let rect = ui.max_rect().shrink(6.0);
            if !self.state.filters_open {
                self.state.filters_open =
                    panel_toggle(ui, rect, true, "» Filters", "Show the filters");
            }
            if !self.state.details_open {
                self.state.details_open =
                    panel_toggle(ui, rect, false, "« Details", "Show the details");
            }
        });
        self.windows_ui(&ctx);
        self.save_view_window_ui(&ctx);
        self.message_ui(&ctx, map_area);
        self.dialogs.ui(&ctx, &mut self.commands);
        self.run_commands(&ctx);
    }
}

/// A button over the top left (`left`) or top right corner of `rect` that shows or hides a
/// side panel, taking no room from what is under it. Returns whether it was clicked.
fn panel_toggle(ui: &mut egui::Ui, rect: egui::Rect, left: bool, label: &str, hover: &str) -> bool {
    let layout = if left {
        egui::Layout::left_to_right(egui::Align::Min)
    } else {
        egui::Layout::right_to_left(egui::Align::Min)
    };
    let mut corner = ui.new_child(egui::UiBuilder::new().max_rect(rect).layout(layout));
    corner.button(label).on_hover_text(hover).clicked()
}

impl eframe::App for NewsmapApp {
    fn logic(&mut self, ctx: &egui::Context, _frame: &mut eframe::Frame) {
        self.advance(ctx);
    }

    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        self.show(ui);
        let loading = self.reading.ingest.is_some();
        let articles = self.corpus.articles.len();
        if let Some(timing) = &mut self.timing {
            timing.frame_done(loading, articles);
        }
    }

    fn save(&mut self, storage: &mut dyn eframe::Storage) {
        self.settings.online_tiles = self.tiles.is_some();
        self.settings.save(storage);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slow_frames_take_more_of_what_the_reader_sent() {
        let ms = Duration::from_millis;
        assert_eq!(drain_budget(None), ms(4));
        assert_eq!(drain_budget(Some(ms(8))), ms(4));
        assert_eq!(drain_budget(Some(ms(100))), ms(25));
        assert_eq!(drain_budget(Some(ms(2000))), ms(40));
    }
}

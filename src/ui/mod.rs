//! The desktop viewer: a map of the folder's events, a timeline with a time window, filters,
//! and a detail panel that quotes the source sentences.
//!
//! [`NewsmapApp`] owns the domain data ([`Corpus`], filled by an [`Ingest`] worker off the UI
//! thread) apart from the view state (map view, time window, filters, selection). Panels
//! draw from both and push [`Command`]s; [`NewsmapApp`] applies them after the frame with one
//! `match`. Keyboard: space plays or pauses, ←/→ step a day, F fits the map, Esc clears the
//! selection.

mod details;
mod filters;
mod map_view;
mod tile_layer;
mod timeline;

use std::path::PathBuf;
use std::sync::Arc;
use std::time::Instant;

use crate::corpus::{Corpus, Fix};
use crate::corrections::ReportRef;
use crate::gazetteer::{Gazetteer, PlaceId, default_dir};
use crate::ingest::{FolderWatcher, Ingest, IngestMsg};
use crate::map::tiles::{TileSource, default_cache_dir};
use crate::map::{Basemap, View, mercator_from_lat_lon};

pub use filters::{FilterCounts, Filters, TimeWindow};
use timeline::DayCounts;
pub use timeline::Playback;

/// Something the user asked for, applied after the frame is drawn.
#[derive(Clone, Debug, PartialEq)]
pub enum Command {
    /// Read another folder.
    OpenFolder(PathBuf),
    /// Stop reading the current folder.
    CancelIngest,
    /// Select a place (its marker), or nothing.
    SelectPlace(Option<PlaceId>),
    /// Select an event, or none.
    SelectEvent(Option<usize>),
    /// Show an article in the reader window.
    OpenArticle(usize),
    /// Fit the map to the visible markers.
    FitToMarkers,
    /// Save a publication date for an article (by key), then read the folder again.
    SetDate(String, chrono::NaiveDate),
    /// Write the visible events (after filters and time window) into the folder.
    Export(crate::export::Format),
    /// Open the place editor of an event, or close it.
    EditPlace(Option<usize>),
    /// The map was clicked while picking a place: latitude, longitude, and how far (degrees of
    /// arc) a few pixels reach at the map's zoom.
    PickedOnMap(f64, f64, f64),
    /// Correct an event; saved in the folder and applied at once.
    FixEvent(usize, Fix),
    /// Show again a report marked as not an event.
    RestoreReport(ReportRef),
}

/// The application.
pub struct NewsmapApp {
    gazetteer: Result<Arc<Gazetteer>, String>,
    basemap: Result<Basemap, String>,
    corpus: Corpus,
    ingest: Option<Ingest>,
    /// Reads the folder again when its articles change.
    watcher: Option<FolderWatcher>,
    progress: (usize, usize),
    /// Articles corrected while the folder was being read, to extract again at the end.
    fixed_while_reading: Vec<usize>,
    view: View,
    fit_pending: bool,
    window: TimeWindow,
    filters: Filters,
    playback: Playback,
    selected_place: Option<PlaceId>,
    selected_event: Option<usize>,
    reader: Option<usize>,
    folder_field: String,
    recent: Vec<PathBuf>,
    show_about: bool,
    show_problems: bool,
    /// The towns the basemap names, largest first.
    towns: Vec<map_view::TownLabel>,
    /// Online tiles over the basemap, when the user turned them on.
    tiles: Option<tile_layer::TileLayer>,
    /// The open "Wrong place?" editor.
    place_fix: Option<details::PlaceFix>,
    show_hidden: bool,
    /// Dates being typed for undated articles, by article key.
    date_inputs: std::collections::HashMap<String, String>,
    /// The last save's outcome, shown in the status bar.
    message: Option<String>,
    /// Counts behind the filter panel, cleared whenever the corpus changes.
    counts: Option<FilterCounts>,
    /// Bumped whenever the corpus changes, to know when cached views of it are stale.
    generation: u64,
    /// What the last frame computed from the corpus, the filters and the window.
    frame_cache: Option<FrameCache>,
    /// Events shown in the last frame, for the status bar.
    visible_count: usize,
    /// The basemap tessellated for the current view.
    basemap_cache: map_view::BasemapCache,
    /// What [`NewsmapApp::report_timing`] measures, when asked to.
    timing: Option<Timing>,
    commands: Vec<Command>,
}

/// `text` with the characters the UI's font cannot draw replaced by their nearest ASCII, so
/// that no place name shows as empty boxes (GeoNames writes "Ḩeşār" and "Ḏ" with marks the
/// bundled font lacks).
pub(crate) fn drawable(ctx: &egui::Context, text: &str) -> String {
    let font = egui::FontId::default();
    ctx.fonts_mut(|fonts| {
        if fonts.has_glyphs(&font, text) {
            return text.to_string();
        }
        text.chars()
            .map(|c| {
                if fonts.has_glyph(&font, c) {
                    c.to_string()
                } else {
                    deunicode::deunicode_char(c).unwrap_or("?").to_string()
                }
            })
            .collect()
    })
}

/// Key under which recent folders are kept in eframe's storage.
const RECENT_KEY: &str = "newsmap.recent_folders";

/// Key under which the choice of online tiles is kept in eframe's storage.
const TILES_KEY: &str = "newsmap.online_tiles";

impl NewsmapApp {
    /// Builds the app and starts reading `folder`. Loads the gazetteer and the basemap on
    /// this thread (about 0.15 s); failures are shown in the window, not raised.
    pub fn new(
        ctx: &egui::Context,
        folder: PathBuf,
        storage: Option<&dyn eframe::Storage>,
    ) -> Self {
        let gazetteer = Gazetteer::load(&default_dir())
            .map(Arc::new)
            .map_err(|e| format!("{e:#}"));
        let recent = storage
            .and_then(|s| eframe::get_value::<Vec<PathBuf>>(s, RECENT_KEY))
            .unwrap_or_default();
        let mut app = Self::with_parts(gazetteer, Corpus::default());
        app.recent = recent;
        if storage.and_then(|s| eframe::get_value::<bool>(s, TILES_KEY)) == Some(true) {
            app.show_tiles(ctx, Some(TileSource::configured()), default_cache_dir());
        }
        app.open_folder(ctx, folder);
        app
    }

    /// Forgets what was computed from the corpus (it changed).
    fn corpus_changed(&mut self) {
        self.counts = None;
        self.generation += 1;
    }

    /// The events that pass the filters, those also in the time window, and their markers:
    /// recomputed only when the corpus, the filters or the window changed since last frame.
    fn frame_data(&mut self, gazetteer: &Gazetteer) -> FrameCache {
        let fresh = self.frame_cache.as_ref().is_some_and(|c| {
            c.generation == self.generation && c.filters == self.filters && c.window == self.window
        });
        if !fresh {
            let same_filters = self
                .frame_cache
                .as_ref()
                .is_some_and(|c| c.generation == self.generation && c.filters == self.filters);
            let (filtered, rows, day_counts) = match (&self.frame_cache, same_filters) {
                (Some(cache), true) if cache.day_counts.covers(&self.window) => (
                    Arc::clone(&cache.filtered),
                    Arc::clone(&cache.rows),
                    Arc::clone(&cache.day_counts),
                ),
                _ => {
                    let filtered = self.filters.matching(&self.corpus, gazetteer);
                    let rows = filtered
                        .iter()
                        .map(|&i| map_view::EventRow::of(&self.corpus.events[i]))
                        .collect();
                    let counts = DayCounts::of(&self.corpus, &filtered, &self.window);
                    (Arc::new(filtered), Arc::new(rows), Arc::new(counts))
                }
            };
            let in_window: Vec<map_view::EventRow> = rows
                .iter()
                .filter(|row| self.window.shows_days(row.days))
                .copied()
                .collect();
            let visible = Arc::new(in_window.iter().map(|row| row.id).collect());
            let markers = Arc::new(map_view::markers(gazetteer, &in_window));
            self.frame_cache = Some(FrameCache {
                generation: self.generation,
                filters: self.filters.clone(),
                window: self.window.clone(),
                filtered,
                rows,
                day_counts,
                visible,
                markers,
            });
        }
        self.frame_cache.clone().unwrap_or_default()
    }

    /// Prints on stderr how long after `started` the first frame is drawn, and, each time a
    /// folder has been read, how long the UI thread took per frame while it was read.
    pub fn report_timing(&mut self, started: Instant) {
        self.timing = Some(Timing {
            started: Some(started),
            ..Timing::default()
        });
    }

    /// Whether a folder is still being read.
    pub fn is_loading(&self) -> bool {
        self.ingest.is_some()
    }

    /// The data read so far.
    pub fn corpus(&self) -> &Corpus {
        &self.corpus
    }

    /// The time window, to read or change.
    pub fn time_window(&mut self) -> &mut TimeWindow {
        &mut self.window
    }

    /// Draws online tiles from `source` over the basemap (None: the offline basemap only),
    /// caching them under `cache_dir`.
    pub fn show_tiles(
        &mut self,
        ctx: &egui::Context,
        source: Option<TileSource>,
        cache_dir: Option<PathBuf>,
    ) {
        self.tiles = source.map(|source| tile_layer::TileLayer::start(ctx, source, cache_dir));
    }

    /// How many online tiles the last frame drew.
    pub fn tiles_drawn(&self) -> usize {
        self.tiles.as_ref().map_or(0, tile_layer::TileLayer::drawn)
    }

    /// The map's view, to read or change.
    pub fn map_view(&mut self) -> &mut View {
        &mut self.view
    }

    /// The selected place.
    pub fn selected_place(&self) -> Option<PlaceId> {
        self.selected_place
    }

    /// Indices of the events that pass the time window and the filters.
    pub fn visible_events(&self) -> Vec<usize> {
        let Ok(gazetteer) = &self.gazetteer else {
            return Vec::new();
        };
        let filtered = self.filters.matching(&self.corpus, gazetteer);
        self.in_window(&filtered)
    }

    /// Those of `events` (ids) that the time window shows.
    fn in_window(&self, events: &[usize]) -> Vec<usize> {
        events
            .iter()
            .copied()
            .filter(|&i| self.window.shows(&self.corpus.events[i]))
            .collect()
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

    fn open_folder(&mut self, ctx: &egui::Context, folder: PathBuf) {
        if let Some(ingest) = self.ingest.take() {
            ingest.cancel();
        }
        self.corpus = Corpus::new(&folder);
        self.fixed_while_reading.clear();
        self.corpus_changed();
        (self.selected_place, self.selected_event, self.reader) = (None, None, None);
        self.place_fix = None;
        self.fit_pending = true;
        self.window = TimeWindow::default();
        self.playback = Playback::default();
        self.folder_field = folder.display().to_string();
        self.recent.retain(|f| f != &folder);
        self.recent.insert(0, folder.clone());
        self.recent.truncate(8);
        if !folder.is_dir() {
            return;
        }
        if let Ok(gazetteer) = &self.gazetteer {
            let wake = ctx.clone();
            self.ingest = Some(Ingest::start(
                folder.clone(),
                Arc::clone(gazetteer),
                move || wake.request_repaint(),
            ));
            self.progress = (0, 0);
            let wake = ctx.clone();
            self.watcher = Some(FolderWatcher::start(folder, move || wake.request_repaint()));
        }
    }

    /// Reads the folder again (its articles or dates changed), keeping the view, the filters
    /// and the selected place.
    fn reload(&mut self, ctx: &egui::Context) {
        let (view, filters, place) = (self.view, self.filters.clone(), self.selected_place);
        self.open_folder(ctx, self.corpus.folder.clone());
        (
            self.view,
            self.filters,
            self.selected_place,
            self.fit_pending,
        ) = (view, filters, place, false);
    }

    /// Writes the visible events into the folder as `newsmap-events.<format>`; what to tell
    /// the user.
    fn export(&self, format: crate::export::Format) -> String {
        let Ok(gazetteer) = &self.gazetteer else {
            return "export failed: no gazetteer".into();
        };
        let visible: Vec<&crate::events::Event> = self
            .visible_events()
            .iter()
            .map(|&i| &self.corpus.events[i])
            .collect();
        match crate::export::write_events_file(&self.corpus, gazetteer, &visible, format) {
            Ok(path) => format!("{} events written to {}", visible.len(), path.display()),
            Err(error) => format!("export failed: {error}"),
        }
    }

    /// Takes what the ingest worker sent since the last frame (events come merged, a few times
    /// a second). Once it is done, applies again the corrections made while it read.
    fn drain_ingest(&mut self) {
        let Some(ingest) = &self.ingest else { return };
        let (mut finished, mut merged, mut disconnected) = (false, false, false);
        loop {
            let msg = match ingest.receiver.try_recv() {
                Ok(msg) => msg,
                Err(std::sync::mpsc::TryRecvError::Empty) => break,
                Err(std::sync::mpsc::TryRecvError::Disconnected) => {
                    disconnected = true;
                    break;
                }
            };
            match &msg {
                IngestMsg::Listed { total, .. } => self.progress = (0, *total),
                IngestMsg::Article(..) => self.progress.0 += 1,
                IngestMsg::Events(_) => merged = true,
                IngestMsg::Finished => {}
            }
            finished |= msg.apply_to(&mut self.corpus);
        }
        if merged {
            self.corpus_changed();
            self.window.fit(&self.corpus.events);
        }
        if finished || disconnected {
            self.ingest = None;
            let fixed = std::mem::take(&mut self.fixed_while_reading);
            if let (false, Ok(gazetteer)) = (fixed.is_empty(), &self.gazetteer) {
                let corrections = self.corpus.corrections.clone();
                self.corpus
                    .apply_corrections(gazetteer, corrections, &fixed);
                self.corpus_changed();
            }
        }
    }

    /// Saves `fix` of the event `event_id` and applies it (see [`Corpus::fix_event`]); keeps
    /// the event selected. Returns what to tell the user.
    fn fix_event(&mut self, event_id: usize, fix: Fix) -> String {
        let Ok(gazetteer) = &self.gazetteer else {
            return "no gazetteer".into();
        };
        let gazetteer = Arc::clone(gazetteer);
        let corrected = match self.corpus.fix_event(&gazetteer, event_id, fix) {
            Ok(corrected) => corrected,
            Err(error) => return error.to_string(),
        };
        self.corrected(&corrected.articles);
        self.place_fix = None;
        let done = match fix {
            Fix::NotEvent => "hidden (View › Hidden reports shows it again)".to_string(),
            Fix::ResetPlace => "place reset".to_string(),
            Fix::Name(id) | Fix::Place(id) => format!("placed at {}", gazetteer.full_name(id)),
        };
        (self.selected_event, self.selected_place) = match corrected.event {
            Some((id, place)) => (Some(id), place),
            None => (None, None),
        };
        format!("event {done}; saved in {}", corrected.path.display())
    }

    /// Shows again a report hidden as not an event. Returns what to tell the user.
    fn restore_report(&mut self, report: &ReportRef) -> String {
        let Ok(gazetteer) = &self.gazetteer else {
            return "no gazetteer".into();
        };
        match self.corpus.restore_report(&Arc::clone(gazetteer), report) {
            Ok(corrected) => {
                self.corrected(&corrected.articles);
                format!("report shown again; saved in {}", corrected.path.display())
            }
            Err(error) => error.to_string(),
        }
    }

    /// After a correction was applied to `articles`: forgets what was computed from the
    /// corpus, and applies it again once the folder is read to the end if it is being read
    /// (the reader merges with what it extracted before).
    fn corrected(&mut self, articles: &[usize]) {
        if self.ingest.is_some() {
            self.fixed_while_reading.extend_from_slice(articles);
        }
        self.corpus_changed();
    }

    fn run_commands(&mut self, ctx: &egui::Context) {
        for command in std::mem::take(&mut self.commands) {
            match command {
                Command::OpenFolder(folder) => self.open_folder(ctx, folder),
                Command::CancelIngest => {
                    if let Some(ingest) = self.ingest.take() {
                        ingest.cancel();
                    }
                    if let Ok(gazetteer) = &self.gazetteer {
                        self.corpus.merge_events(gazetteer);
                        self.corpus_changed();
                    }
                    self.window.fit(&self.corpus.events);
                }
                Command::SelectPlace(place) => {
                    self.selected_place = place;
                    self.selected_event = None;
                }
                Command::SelectEvent(event) => {
                    self.selected_event = event;
                    if let Some(place) = event.and_then(|e| self.corpus.events.get(e)?.place) {
                        self.selected_place = Some(place);
                    }
                }
                Command::OpenArticle(index) => self.reader = Some(index),
                Command::FitToMarkers => self.fit_pending = true,
                Command::Export(format) => self.message = Some(self.export(format)),
                Command::EditPlace(event) => {
                    self.place_fix = event.map(|event| details::PlaceFix {
                        event,
                        ..Default::default()
                    });
                }
                Command::PickedOnMap(lat, lon, reach) => {
                    if let (Some(fix), Ok(gazetteer)) = (&mut self.place_fix, &self.gazetteer) {
                        fix.picked = gazetteer.town_near(lat, lon, reach);
                        fix.picking = false;
                    }
                }
                Command::FixEvent(event, fix) => {
                    self.message = Some(self.fix_event(event, fix));
                }
                Command::RestoreReport(report) => {
                    self.message = Some(self.restore_report(&report));
                }
                Command::SetDate(key, date) => {
                    let folder = self.corpus.folder.clone();
                    self.message = Some(match self.corpus.set_date(&key, date) {
                        Ok(path) => {
                            self.date_inputs.remove(&key);
                            self.open_folder(ctx, folder);
                            format!("{key} dated {date} (saved in {})", path.display())
                        }
                        Err(error) => format!("date not saved: {error}"),
                    });
                }
            }
        }
    }

    fn keyboard(&mut self, ctx: &egui::Context) {
        if ctx.egui_wants_keyboard_input() {
            return;
        }
        ctx.input(|i| {
            if i.key_pressed(egui::Key::Space) {
                self.playback.playing = !self.playback.playing;
            }
            if i.key_pressed(egui::Key::ArrowRight) {
                self.window.step(1);
            }
            if i.key_pressed(egui::Key::ArrowLeft) {
                self.window.step(-1);
            }
            if i.key_pressed(egui::Key::F) {
                self.commands.push(Command::FitToMarkers);
            }
            if i.key_pressed(egui::Key::Escape) {
                match &mut self.place_fix {
                    Some(fix) if fix.picking => fix.picking = false,
                    Some(_) => self.place_fix = None,
                    None => self.commands.push(Command::SelectPlace(None)),
                }
            }
        });
    }

    fn menu_ui(&mut self, ui: &mut egui::Ui) {
        egui::MenuBar::new().ui(ui, |ui| {
            ui.menu_button("File", |ui| {
                if ui.button("Open folder…").clicked() {
                    // With no portal the dialog returns None at once: the folder field works too.
                    if let Some(folder) = rfd::FileDialog::new().pick_folder() {
                        self.commands.push(Command::OpenFolder(folder));
                    }
                    ui.close();
                }
                ui.menu_button("Export visible events", |ui| {
                    for (label, format) in [
                        ("GeoJSON", crate::export::Format::Geojson),
                        ("CSV", crate::export::Format::Csv),
                        ("KML (Google Earth)", crate::export::Format::Kml),
                    ] {
                        if ui.button(label).clicked() {
                            self.commands.push(Command::Export(format));
                            ui.close();
                        }
                    }
                });
                ui.menu_button("Recent folders", |ui| {
                    for folder in &self.recent {
                        if ui.button(folder.display().to_string()).clicked() {
                            self.commands.push(Command::OpenFolder(folder.clone()));
                            ui.close();
                        }
                    }
                });
            });
            ui.menu_button("View", |ui| {
                if ui.button("Fit to events (F)").clicked() {
                    self.commands.push(Command::FitToMarkers);
                    ui.close();
                }
                let mut online = self.tiles.is_some();
                if ui
                    .checkbox(&mut online, "OpenStreetMap tiles (online)")
                    .on_hover_text(
                        "Draws OpenStreetMap's map under the events where it can be fetched; \
                         the offline map stays underneath. Tiles are cached for a week.",
                    )
                    .changed()
                {
                    let source = online.then(TileSource::configured);
                    self.show_tiles(ui.ctx(), source, default_cache_dir());
                }
                if ui.button("Problems…").clicked() {
                    self.show_problems = true;
                    ui.close();
                }
                if ui.button("Hidden reports…").clicked() {
                    self.show_hidden = true;
                    ui.close();
                }
            });
            ui.menu_button("Help", |ui| {
                if ui.button("About newsmap").clicked() {
                    self.show_about = true;
                    ui.close();
                }
            });
            ui.separator();
            let label = ui.label("Folder:");
            let field = ui
                .add(egui::TextEdit::singleline(&mut self.folder_field).desired_width(240.0))
                .labelled_by(label.id);
            let enter = field.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
            if ui.button("Open").clicked() || enter {
                self.commands
                    .push(Command::OpenFolder(PathBuf::from(self.folder_field.trim())));
            }
            ui.separator();
            self.status_ui(ui);
        });
    }

    fn status_ui(&mut self, ui: &mut egui::Ui) {
        if let Err(error) = &self.gazetteer {
            ui.colored_label(
                ui.visuals().error_fg_color,
                format!("gazetteer not loaded: {error}"),
            );
            return;
        }
        if !self.corpus.folder.is_dir() {
            ui.colored_label(
                ui.visuals().error_fg_color,
                format!("not a folder: {}", self.corpus.folder.display()),
            );
            return;
        }
        if self.ingest.is_some() {
            let (done, total) = self.progress;
            let fraction = if total == 0 {
                0.0
            } else {
                done as f32 / total as f32
            };
            ui.add(
                egui::ProgressBar::new(fraction)
                    .desired_width(120.0)
                    .text(format!("{done}/{total}")),
            );
            if ui.button("Cancel").clicked() {
                self.commands.push(Command::CancelIngest);
            }
        }
        let visible = self.visible_count;
        ui.label(format!(
            "{} articles · {} events ({visible} shown) · {} place mentions",
            self.corpus.articles.len(),
            self.corpus.events.len(),
            self.corpus.mentions.len()
        ));
        let problems = self.corpus.problems.len();
        if problems > 0
            && ui
                .button(format!("Problems: {problems}"))
                .on_hover_text("Files skipped or read with trouble")
                .clicked()
        {
            self.show_problems = true;
        }
        if let Some(message) = &self.message {
            ui.separator();
            ui.label(message.as_str());
        }
    }

    fn windows_ui(&mut self, ctx: &egui::Context) {
        egui::Window::new("About newsmap").open(&mut self.show_about).collapsible(false).show(ctx, |ui| {
            ui.label("newsmap maps the events reported in a folder of news articles.");
            ui.separator();
            ui.label("Place names and coordinates © GeoNames (geonames.org), CC BY 4.0; filtered and converted.");
            ui.label("Made with Natural Earth (public domain).");
            ui.label("Country points, spellings and demonyms from world-countries (ODbL 1.0).");
            ui.label("Dictionary words from SCOWL, via Debian's wamerican.");
            ui.label("Online tiles, when turned on (View menu): © OpenStreetMap contributors, ODbL; tile usage policy of the OpenStreetMap Foundation.");
            ui.label("The NOTICE file lists every source and licence.");
        });
        let problems = &self.corpus.problems;
        egui::Window::new("Problems")
            .open(&mut self.show_problems)
            .show(ctx, |ui| {
                if problems.is_empty() {
                    ui.label("No file was skipped.");
                }
                egui::ScrollArea::vertical()
                    .max_height(300.0)
                    .show(ui, |ui| {
                        for p in problems {
                            ui.label(format!("{:?} · {}: {}", p.kind, p.path.display(), p.reason));
                        }
                    });
            });
        let hidden = &self.corpus.corrections.not_events;
        let commands = &mut self.commands;
        egui::Window::new("Hidden reports")
            .open(&mut self.show_hidden)
            .show(ctx, |ui| {
                if hidden.is_empty() {
                    ui.label("No report is hidden. “Not an event” in the detail panel hides one.");
                }
                egui::ScrollArea::vertical()
                    .max_height(300.0)
                    .show(ui, |ui| {
                        for report in hidden {
                            ui.horizontal_wrapped(|ui| {
                                if ui.small_button("Show again").clicked() {
                                    commands.push(Command::RestoreReport(report.clone()));
                                }
                                ui.label(format!(
                                    "{} · {}: {}",
                                    report.kind.label(),
                                    report.article,
                                    report.sentence
                                ));
                            });
                        }
                    });
            });
        if let (Some(index), Ok(gazetteer)) = (self.reader, &self.gazetteer) {
            let mut open = true;
            details::reader_window(ctx, &self.corpus, gazetteer, index, &mut open);
            if !open {
                self.reader = None;
            }
        }
    }
}

impl eframe::App for NewsmapApp {
    fn logic(&mut self, ctx: &egui::Context, _frame: &mut eframe::Frame) {
        self.advance(ctx);
    }

    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        self.show(ui);
        let loading = self.ingest.is_some();
        let articles = self.corpus.articles.len();
        if let Some(timing) = &mut self.timing {
            timing.frame_done(loading, articles);
        }
    }

    fn save(&mut self, storage: &mut dyn eframe::Storage) {
        eframe::set_value(storage, RECENT_KEY, &self.recent);
        eframe::set_value(storage, TILES_KEY, &self.tiles.is_some());
    }
}

impl NewsmapApp {
    /// What happens before a frame is drawn: takes what the folder reader sent, reads the
    /// folder again if it changed, moves the time window when playing.
    pub fn advance(&mut self, ctx: &egui::Context) {
        if let Some(timing) = &mut self.timing {
            timing.frame_started = Some(Instant::now());
        }
        self.drain_ingest();
        if self.ingest.is_none()
            && self
                .watcher
                .as_ref()
                .is_some_and(FolderWatcher::take_change)
        {
            self.reload(ctx);
            self.message = Some("the folder changed: read again".into());
        }
        if self.playback.playing {
            let seconds = ctx.input(|i| i.stable_dt).min(0.1);
            self.playback.advance(&mut self.window, seconds);
            ctx.request_repaint();
        }
    }

    /// The app on a corpus already read (benchmarks, tests): no folder is read or watched.
    pub fn with_corpus(gazetteer: Arc<Gazetteer>, mut corpus: Corpus) -> Self {
        let mut window = TimeWindow::default();
        window.fit(&corpus.events);
        for (i, event) in corpus.events.iter_mut().enumerate() {
            event.id = i;
        }
        let mut app = Self::with_parts(Ok(gazetteer), corpus);
        app.window = window;
        app
    }

    /// The app with its view state at defaults, the bundled basemap loaded, and no folder read.
    fn with_parts(gazetteer: Result<Arc<Gazetteer>, String>, corpus: Corpus) -> Self {
        let basemap = Basemap::load(&Basemap::bundled_path()).map_err(|e| format!("{e:#}"));
        let towns = gazetteer
            .as_ref()
            .map(|g| map_view::TownLabel::of(g))
            .unwrap_or_default();
        Self {
            towns,
            gazetteer,
            basemap,
            corpus,
            ingest: None,
            watcher: None,
            progress: (0, 0),
            fixed_while_reading: Vec::new(),
            view: View {
                center: mercator_from_lat_lon(34.0, 66.0),
                zoom: 5.0,
            },
            fit_pending: true,
            window: TimeWindow::default(),
            filters: Filters::default(),
            playback: Playback::default(),
            selected_place: None,
            selected_event: None,
            reader: None,
            folder_field: String::new(),
            recent: Vec::new(),
            show_about: false,
            show_problems: false,
            tiles: None,
            place_fix: None,
            show_hidden: false,
            date_inputs: Default::default(),
            message: None,
            counts: None,
            generation: 0,
            frame_cache: None,
            visible_count: 0,
            basemap_cache: Default::default(),
            timing: None,
            commands: Vec::new(),
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
                    ui.label(error.as_str());
                });
                self.windows_ui(&ctx);
                self.run_commands(&ctx);
                return;
            }
        };
        let frame = self.frame_data(&gazetteer);
        self.visible_count = frame.visible.len();
        egui::Panel::bottom("timeline")
            .resizable(true)
            .default_size(190.0)
            .min_size(150.0)
            .show(ui, |ui| {
                ui.horizontal_top(|ui| {
                    let undated = self
                        .corpus
                        .articles
                        .iter()
                        .filter(|a| a.published.is_none())
                        .count();
                    if undated > 0 {
                        ui.vertical(|ui| {
                            ui.set_width(330.0);
                            timeline::undated_articles_ui(
                                ui,
                                &self.corpus,
                                &mut self.date_inputs,
                                &mut self.commands,
                            );
                        });
                        ui.separator();
                    }
                    ui.vertical(|ui| {
                        timeline::timeline_ui(
                            ui,
                            &frame.day_counts,
                            &mut self.window,
                            &mut self.playback,
                        );
                    });
                });
            });
        egui::Panel::left("filters")
            .resizable(true)
            .default_size(220.0)
            .show(ui, |ui| {
                let counts = self
                    .counts
                    .get_or_insert_with(|| FilterCounts::of(&self.corpus));
                filters::filters_ui(ui, counts, &mut self.filters);
            });
        let visible = &frame.visible;
        egui::Panel::right("details")
            .resizable(true)
            .default_size(360.0)
            .show(ui, |ui| {
                details::details_ui(
                    ui,
                    &self.corpus,
                    &gazetteer,
                    visible,
                    (self.selected_place, self.selected_event),
                    &mut self.place_fix,
                    &mut self.commands,
                );
            });
        egui::CentralPanel::no_frame().show(ui, |ui| {
            let markers = &frame.markers;
            // Fit once the folder is read, so that the view does not jump while it loads.
            let fit = self.fit_pending && self.ingest.is_none() && !markers.is_empty();
            if fit {
                self.fit_pending = false;
            }
            let input = map_view::MapInput {
                basemap: self.basemap.as_ref().ok(),
                gazetteer: &gazetteer,
                markers,
                selected: self.selected_place,
                fit,
                picking: self.place_fix.as_ref().is_some_and(|f| f.picking),
                towns: &self.towns,
            };
            map_view::map_ui(
                ui,
                &mut self.view,
                &mut self.basemap_cache,
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
        });
        self.windows_ui(&ctx);
        self.run_commands(&ctx);
    }
}

/// Frame times on the UI thread (input, merging what the reader sent, layout), for
/// [`NewsmapApp::report_timing`].
#[derive(Default)]
struct Timing {
    /// When the program started, until the first frame is reported.
    started: Option<Instant>,
    /// When the current frame started.
    frame_started: Option<Instant>,
    /// When the current read started, and the frames drawn during it (ms).
    read: Option<(Instant, Vec<f64>)>,
}

impl Timing {
    /// Records a frame; prints the first frame's delay, and a summary once a read ends.
    fn frame_done(&mut self, loading: bool, articles: usize) {
        if let Some(started) = self.started.take() {
            let ms = started.elapsed().as_millis();
            eprintln!("newsmap: first frame drawn {ms} ms after start");
        }
        let took = self
            .frame_started
            .map_or(0.0, |t| t.elapsed().as_secs_f64() * 1000.0);
        match (&mut self.read, loading) {
            (Some((_, frames)), true) => frames.push(took),
            (None, true) => self.read = Some((Instant::now(), vec![took])),
            (Some((read_started, frames)), false) => {
                frames.sort_by(f64::total_cmp);
                eprintln!(
                    "newsmap: {articles} articles read in {:.1} s; {} frames meanwhile, median {:.1} ms, longest {:.1} ms",
                    read_started.elapsed().as_secs_f64(),
                    frames.len(),
                    frames[frames.len() / 2],
                    frames[frames.len() - 1]
                );
                self.read = None;
            }
            (None, false) => {}
        }
    }
}

/// Views of the corpus computed for a frame, kept while nothing they depend on changes.
#[derive(Clone, Default)]
struct FrameCache {
    generation: u64,
    filters: Filters,
    window: TimeWindow,
    /// Events passing the filters (ids).
    filtered: Arc<Vec<usize>>,
    /// The same, packed for the time window and the markers.
    rows: Arc<Vec<map_view::EventRow>>,
    /// Those per day and kind, for the timeline.
    day_counts: Arc<DayCounts>,
    /// Of those, the ones in the time window.
    visible: Arc<Vec<usize>>,
    /// Their markers, one per place.
    markers: Arc<Vec<map_view::Marker>>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn letters_the_font_cannot_draw_are_transliterated_and_others_kept() {
        let ctx = egui::Context::default();
        let _ = ctx.run_ui(egui::RawInput::default(), |_| {});
        assert_eq!(drawable(&ctx, "Ḏalāl"), "Dalāl");
        assert_eq!(drawable(&ctx, "Qala i Naw"), "Qala i Naw");
    }
}

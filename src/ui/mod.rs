//! The desktop viewer: a map of the folder's place mentions, a time window, a detail panel.
//!
//! [`NewsmapApp`] owns the domain data ([`Corpus`], read by an [`Ingest`] worker) apart from
//! the view state (map view, time window, selection). Panels draw from both and push
//! [`Command`]s; [`NewsmapApp::run_commands`] applies them after the frame, with one `match`.
//! Until events land (the events issue), markers stand for the places the articles name.

mod details;
mod map_view;
mod timeline;

use std::path::PathBuf;
use std::sync::Arc;

use crate::gazetteer::{Gazetteer, PlaceId, default_dir};
use crate::ingest::{Corpus, Ingest};
use crate::map::{Basemap, View};

pub use timeline::TimeWindow;

/// Something the user asked for, applied after the frame is drawn.
#[derive(Clone, Debug, PartialEq)]
pub enum Command {
    /// Read another folder.
    OpenFolder(PathBuf),
    /// Stop reading the current folder.
    CancelIngest,
    /// Select a place (its marker), or nothing.
    Select(Option<PlaceId>),
    /// Show an article in the reader window.
    OpenArticle(usize),
    /// Fit the map to the visible markers.
    FitToMarkers,
}

/// The application.
pub struct NewsmapApp {
    gazetteer: Result<Arc<Gazetteer>, String>,
    basemap: Result<Basemap, String>,
    corpus: Corpus,
    ingest: Option<Ingest>,
    progress: (usize, usize),
    view: View,
    fit_pending: bool,
    time: TimeWindow,
    selected: Option<PlaceId>,
    reader: Option<usize>,
    folder_field: String,
    recent: Vec<PathBuf>,
    show_about: bool,
    show_problems: bool,
    commands: Vec<Command>,
}

/// Key under which recent folders are kept in eframe's storage.
const RECENT_KEY: &str = "newsmap.recent_folders";

impl NewsmapApp {
    /// Builds the app and starts reading `folder`. Loads the gazetteer and the basemap on
    /// this thread (about 0.2 s); failures are shown in the window, not raised.
    pub fn new(
        ctx: &egui::Context,
        folder: PathBuf,
        storage: Option<&dyn eframe::Storage>,
    ) -> Self {
        let gazetteer = Gazetteer::load(&default_dir())
            .map(Arc::new)
            .map_err(|e| format!("{e:#}"));
        let basemap = Basemap::load(&Basemap::bundled_path()).map_err(|e| format!("{e:#}"));
        let recent = storage
            .and_then(|s| eframe::get_value::<Vec<PathBuf>>(s, RECENT_KEY))
            .unwrap_or_default();
        let mut app = Self {
            gazetteer,
            basemap,
            corpus: Corpus::default(),
            ingest: None,
            progress: (0, 0),
            view: View {
                center: crate::map::mercator_from_lat_lon(34.0, 66.0),
                zoom: 3.0,
            },
            fit_pending: true,
            time: TimeWindow::default(),
            selected: None,
            reader: None,
            folder_field: folder.display().to_string(),
            recent,
            show_about: false,
            show_problems: false,
            commands: Vec::new(),
        };
        app.open_folder(ctx, folder);
        app
    }

    /// Whether a folder is still being read.
    pub fn is_loading(&self) -> bool {
        self.ingest.is_some()
    }

    /// The data read so far.
    pub fn corpus(&self) -> &Corpus {
        &self.corpus
    }

    /// The time window.
    pub fn time_window(&mut self) -> &mut TimeWindow {
        &mut self.time
    }

    /// The selected place.
    pub fn selected(&self) -> Option<PlaceId> {
        self.selected
    }

    /// Number of markers the map shows now (places with a visible mention).
    pub fn visible_marker_count(&self) -> usize {
        map_view::markers(&self.corpus, &self.time).len()
    }

    fn open_folder(&mut self, ctx: &egui::Context, folder: PathBuf) {
        if let Some(ingest) = self.ingest.take() {
            ingest.cancel();
        }
        self.corpus = Corpus {
            folder: folder.clone(),
            ..Corpus::default()
        };
        self.selected = None;
        self.reader = None;
        self.fit_pending = true;
        self.time = TimeWindow::default();
        self.folder_field = folder.display().to_string();
        self.recent.retain(|f| f != &folder);
        self.recent.insert(0, folder.clone());
        self.recent.truncate(8);
        if !folder.is_dir() {
            return;
        }
        if let Ok(gazetteer) = &self.gazetteer {
            let ctx = ctx.clone();
            self.ingest = Some(Ingest::start(folder, Arc::clone(gazetteer), move || {
                ctx.request_repaint()
            }));
            self.progress = (0, 0);
        }
    }

    /// Takes what the ingest worker sent since the last frame.
    fn drain_ingest(&mut self) {
        let Some(ingest) = &self.ingest else { return };
        let mut finished = false;
        while let Ok(msg) = ingest.receiver.try_recv() {
            if let crate::ingest::IngestMsg::Listed { total, .. } = &msg {
                self.progress = (0, *total);
            }
            if matches!(msg, crate::ingest::IngestMsg::Article(..)) {
                self.progress.0 += 1;
            }
            finished |= self.corpus.apply(msg);
        }
        if finished
            || matches!(
                ingest.receiver.try_recv(),
                Err(std::sync::mpsc::TryRecvError::Disconnected)
            )
        {
            self.ingest = None;
            self.time.fit(&self.corpus);
        }
    }

    fn run_commands(&mut self, ctx: &egui::Context) {
        for command in std::mem::take(&mut self.commands) {
            match command {
                Command::OpenFolder(folder) => self.open_folder(ctx, folder),
                Command::CancelIngest => {
                    if let Some(ingest) = self.ingest.take() {
                        ingest.cancel();
                    }
                    self.time.fit(&self.corpus);
                }
                Command::Select(place) => self.selected = place,
                Command::OpenArticle(index) => self.reader = Some(index),
                Command::FitToMarkers => self.fit_pending = true,
            }
        }
    }

    fn menu_ui(&mut self, ui: &mut egui::Ui) {
        egui::MenuBar::new().ui(ui, |ui| {
            ui.menu_button("File", |ui| {
                if ui.button("Open folder…").clicked() {
                    // With no portal (a bare X session) the dialog returns None at once and the
                    // path field below still works.
                    if let Some(folder) = rfd::FileDialog::new().pick_folder() {
                        self.commands.push(Command::OpenFolder(folder));
                    }
                    ui.close();
                }
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
                if ui.button("Fit to markers").clicked() {
                    self.commands.push(Command::FitToMarkers);
                    ui.close();
                }
                if ui.button("Problems…").clicked() {
                    self.show_problems = true;
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
            ui.label("Folder:");
            let field =
                ui.add(egui::TextEdit::singleline(&mut self.folder_field).desired_width(260.0));
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
        ui.label(format!(
            "{} articles · {} place mentions",
            self.corpus.articles.len(),
            self.corpus.mentions.len()
        ));
        let problems = self.corpus.problems.len();
        if problems > 0
            && ui
                .button(format!("⚠ {problems}"))
                .on_hover_text("Files skipped or read with trouble")
                .clicked()
        {
            self.show_problems = true;
        }
    }

    fn windows_ui(&mut self, ctx: &egui::Context) {
        egui::Window::new("About newsmap").open(&mut self.show_about).collapsible(false).show(ctx, |ui| {
            ui.label("newsmap maps the places named in a folder of news articles.");
            ui.separator();
            ui.label("Place names and coordinates © GeoNames (geonames.org), CC BY 4.0; filtered and converted.");
            ui.label("Made with Natural Earth (public domain).");
            ui.label("Country points, spellings and demonyms from world-countries (ODbL).");
            ui.label("Dictionary words from SCOWL via Debian's wamerican.");
            ui.label("See the NOTICE file for the full credits and licences.");
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
        if let Some(index) = self.reader {
            let mut open = true;
            details::reader_window(
                ctx,
                &self.corpus,
                self.gazetteer.as_deref().ok(),
                index,
                &mut open,
            );
            if !open {
                self.reader = None;
            }
        }
    }
}

impl eframe::App for NewsmapApp {
    fn logic(&mut self, _ctx: &egui::Context, _frame: &mut eframe::Frame) {
        self.drain_ingest();
    }

    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        let ctx = ui.ctx().clone();
        egui::Panel::top("menu").show(ui, |ui| self.menu_ui(ui));
        egui::Panel::bottom("timeline")
            .resizable(true)
            .default_size(170.0)
            .show(ui, |ui| {
                timeline::timeline_ui(ui, &self.corpus, &mut self.time);
            });
        egui::Panel::right("details")
            .resizable(true)
            .default_size(340.0)
            .show(ui, |ui| {
                let gazetteer = self.gazetteer.as_deref().ok();
                details::details_ui(
                    ui,
                    &self.corpus,
                    gazetteer,
                    &self.time,
                    self.selected,
                    &mut self.commands,
                );
            });
        egui::CentralPanel::no_frame().show(ui, |ui| match (&self.gazetteer, &self.basemap) {
            (Ok(gazetteer), basemap) => {
                let basemap = basemap.as_ref().ok();
                // Fit once the folder is read, so that the view does not jump while it loads.
                let fit =
                    self.fit_pending && self.ingest.is_none() && !self.corpus.mentions.is_empty();
                if fit {
                    self.fit_pending = false;
                }
                map_view::map_ui(
                    ui,
                    &mut self.view,
                    basemap,
                    gazetteer,
                    &self.corpus,
                    &self.time,
                    self.selected,
                    fit,
                    &mut self.commands,
                );
                if let Err(error) = &self.basemap {
                    ui.colored_label(
                        ui.visuals().error_fg_color,
                        format!("basemap not loaded: {error}"),
                    );
                }
            }
            (Err(error), _) => {
                ui.heading("The gazetteer could not be loaded");
                ui.label(error);
            }
        });
        self.windows_ui(&ctx);
        self.run_commands(&ctx);
    }

    fn save(&mut self, storage: &mut dyn eframe::Storage) {
        eframe::set_value(storage, RECENT_KEY, &self.recent);
    }
}

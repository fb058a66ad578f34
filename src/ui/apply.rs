//! Applying the [`Command`]s the panels pushed during a frame, with one `match`: each goes
//! through a use-case of the corpus ([`crate::corpus::Corpus::fix_event`], `restore_report`,
//! `set_date`) or of the export (asking where through [`super::dialogs`]), or changes the [`super::state::UiState`]; what it did is
//! told in the message under the menu bar.

use std::path::PathBuf;
use std::sync::Arc;
use std::time::Instant;

use super::app::NewsmapApp;
use super::command::{Command, Saved};
use super::details::PlaceFix;
use super::dialogs::{Asked, Purpose};
use super::format::plural;
use super::share::{self, Camera, Output, Scene, ShareError};
use super::state::{ArticleView, RecordingJob};
use super::time_window::TimeWindow;
use crate::corpus::{Fix, Origin};
use crate::corrections::ReportRef;
use crate::events::EventId;
use crate::export::{ExportError, Format};
use crate::map::View;

impl NewsmapApp {
    /// Applies the commands the frame's panels pushed, in order.
    pub(super) fn run_commands(&mut self, ctx: &egui::Context) {
        for command in std::mem::take(&mut self.commands) {
            match command {
                Command::ChooseFolder => self.choose(ctx, Purpose::OpenFolder),
                Command::ChooseEventsFile => self.choose(ctx, Purpose::OpenEventsFile),
                Command::OpenFolder(folder) => self.open_or_keep(ctx, folder),
                Command::FollowOutsideLinks(follow) => {
                    self.settings.follow_outside_links = follow;
                    self.reload(ctx);
                }
                Command::CancelIngest => {
                    // The reader ends with the reports it read, merged, and says it finished.
                    if let Some(ingest) = &self.reading.ingest {
                        ingest.cancel();
                    }
                }
                Command::SelectPlace(place) => {
                    self.state.selected_place = place;
                    self.state.selected_event = None;
                    self.state.details_open |= place.is_some();
                }
                Command::SelectEvent(event) => {
                    self.state.selected_event = event;
                    self.state.details_open |= event.is_some();
                    if let Some(place) = event.and_then(|e| self.corpus.event(e)?.place) {
                        self.state.selected_place = Some(place);
                    }
                }
                Command::OpenArticle(article, sentence) => {
                    self.state.reader = Some(ArticleView {
                        article,
                        sentence,
                        scroll_pending: true,
                    });
                }
                Command::FitToMarkers => self.state.fit_pending = true,
                Command::Export(format) => self.ask_where_to_save(ctx, Saved::Events(format)),
                Command::Share(output) => {
                    self.state.show_recording = false;
                    self.ask_where_to_save(ctx, Saved::Share(output));
                }
                Command::ExportTo {
                    path,
                    what: Saved::Events(format),
                    replace,
                } => self.export(path, format, replace),
                Command::ExportTo {
                    path,
                    what: Saved::Share(output),
                    replace,
                } => self.share(ctx, path, output, replace),
                Command::EditPlace(event) => {
                    self.state.place_fix = event.map(|event| PlaceFix {
                        event,
                        ..Default::default()
                    });
                }
                Command::PickedOnMap { at, reach_deg } => {
                    if let (Some(fix), Ok(gazetteer)) = (&mut self.state.place_fix, &self.gazetteer)
                    {
                        fix.picked = gazetteer.town_near(at.lat_deg, at.lon_deg, reach_deg);
                        fix.picking = false;
                    }
                }
                Command::FixEvent(event, fix) => {
                    self.state.message = Some(self.fix_event(event, fix));
                }
                Command::RestoreReport(report) => {
                    self.state.message = Some(self.restore_report(&report));
                }
                Command::SaveView(name) => {
                    self.save_current_view(&name);
                }
                Command::RestoreView(name) => self.restore_view(&name),
                Command::CopyViewCommand => self.copy_view_command(ctx),
                Command::SetDate(key, date) => {
                    let folder = self.corpus.folder.clone();
                    self.state.message = Some(match self.corpus.set_date(&key, date) {
                        Ok(path) => {
                            self.state.date_inputs.remove(&key);
                            self.open_or_keep(ctx, folder);
                            format!("{key} dated {date} (saved in {})", path.display())
                        }
                        Err(error) => format!("date not saved: {error}"),
                    });
                }
            }
        }
    }

    /// Asks for a folder or an events file to read (`purpose`), beside the loaded one: the
    /// system dialog, else the browser in the window (and says why).
    fn choose(&mut self, ctx: &egui::Context, purpose: Purpose) {
        let folder = &self.corpus.folder;
        let start = match folder.parent() {
            Some(parent) if folder.exists() => parent.to_path_buf(),
            _ => std::env::current_dir().unwrap_or_default(),
        };
        match self.dialogs.ask(purpose, &start, "") {
            Asked::Path(folder) => self.open_or_keep(ctx, folder),
            Asked::Cancelled => {}
            Asked::InApp(why) => {
                self.state.message = Some(format!("{why}: newsmap's own browser instead"));
            }
        }
    }

    /// Reads `folder`; when it is not a readable folder, keeps the loaded one, shows why
    /// beside the folder field and forgets it among the recent folders.
    fn open_or_keep(&mut self, ctx: &egui::Context, folder: PathBuf) {
        match self.open_folder(ctx, folder.clone()) {
            Ok(()) => (self.state.folder_error, self.state.message) = (None, None),
            Err(error) => {
                self.settings.recent_folders.retain(|f| *f != folder);
                self.state.folder_error = Some(error.to_string());
            }
        }
    }

    /// Asks where to save `what` of the visible events, proposing a name with the folder's
    /// and the time window's days, in the folder.
    fn ask_where_to_save(&mut self, ctx: &egui::Context, what: Saved) {
        // Beside an events file, named after it.
        let (folder, named_after) = match self.corpus.origin {
            Origin::Folder => (self.corpus.folder.clone(), self.corpus.folder.clone()),
            Origin::EventsFile => (
                (self.corpus.folder.parent())
                    .map(PathBuf::from)
                    .unwrap_or_default(),
                self.corpus.folder.with_extension(""),
            ),
        };
        let dates = self.state.window.dates();
        let (label, extension) = match what {
            Saved::Events(format) => ("events", format.extension()),
            Saved::Share(output) => (output.label(), output.extension()),
        };
        let name = crate::export::proposed_name(&named_after, dates, label, extension);
        match self.dialogs.ask(Purpose::Save(what), &folder, &name) {
            // The system dialog asked before replacing a file.
            Asked::Path(path) => match what {
                Saved::Events(format) => self.export(path, format, true),
                Saved::Share(output) => self.share(ctx, path, output, true),
            },
            Asked::Cancelled => {}
            Asked::InApp(why) => {
                self.state.message = Some(format!("{why}: newsmap's own browser instead"));
            }
        }
    }

    /// Writes the visible events to `path` in `format`; asks first when the file exists and
    /// `replace` is not set. Tells the user what it did.
    fn export(&mut self, path: PathBuf, format: Format, replace: bool) {
        let Ok(gazetteer) = &self.gazetteer else {
            self.state.message = Some("export failed: no gazetteer".into());
            return;
        };
        let visible: Vec<&crate::events::Event> = self
            .visible_events()
            .iter()
            .map(|&i| &self.corpus.events[i])
            .collect();
        let written = crate::export::write_events_to(
            &self.corpus,
            gazetteer,
            &visible,
            format,
            &path,
            replace,
        );
        self.state.message = Some(match written {
            Ok(()) => format!(
                "{} written to {}",
                plural(visible.len(), "event"),
                path.display()
            ),
            Err(ExportError::Exists(path)) => {
                let message = format!("{} exists: replace it?", path.display());
                self.dialogs.replace = Some((path, Saved::Events(format)));
                message
            }
            Err(error) => format!("export failed: {error}"),
        });
    }

    /// Writes a picture of the map, its playback or the report of the visible events to
    /// `path`; asks first when the file exists and `replace` is not set. Tells the user what
    /// it did. The PNG and the report's map are the map as seen, at its size on screen; the
    /// GIF's frames show the same place at the size asked for, and are made on another thread
    /// (the status bar says when it is written, see [`NewsmapApp::check_recording`]).
    fn share(&mut self, ctx: &egui::Context, path: PathBuf, output: Output, replace: bool) {
        let Ok(gazetteer) = &self.gazetteer else {
            self.state.message = Some("nothing saved: no gazetteer".into());
            return;
        };
        let basemap = self.basemap.as_ref().ok().cloned();
        let mut scene = Scene::new(
            &self.corpus,
            &self.state.filters,
            Arc::clone(gazetteer),
            basemap,
            self.towns.clone(),
        );
        (scene.heat, scene.selected) = (self.settings.heat_layer, self.state.selected_place);
        // A picture of the view has the map's size on screen.
        let on_screen = self
            .state
            .map
            .size
            .map(|side| side.round().max(16.0) as u32);
        let (window, view) = (self.state.window.clone(), self.state.view);
        let started = Instant::now();
        let written = match output {
            Output::MapPng => {
                let mut camera = Camera::new(on_screen);
                share::save_png(&mut camera, &scene, &window, view, &path, replace)
                    .map(|()| format!("map of {}×{}", on_screen[0], on_screen[1]))
            }
            Output::HtmlReport => {
                let mut camera = Camera::new(on_screen);
                share::save_report(
                    &mut camera,
                    &scene,
                    &self.corpus,
                    &window,
                    view,
                    &path,
                    replace,
                )
                .map(|events| format!("report of {}", plural(events, "event")))
            }
            Output::PlaybackGif => {
                if self.state.recording_job.is_some() {
                    self.state.message =
                        Some("a playback is being recorded: wait until it is written".into());
                    return;
                }
                if replace || !path.exists() {
                    self.record(ctx, scene, window, view, on_screen, path);
                    return;
                }
                Err(ShareError::Exists(path.clone()))
            }
        };
        self.tell_shared(written, output, &path, started);
    }

    /// Records the playback of `window` over `scene` as a GIF at `path` on another thread,
    /// showing what `view` shows on a map of `on_screen` pixels.
    fn record(
        &mut self,
        ctx: &egui::Context,
        scene: Scene,
        window: TimeWindow,
        view: View,
        on_screen: [u32; 2],
        path: PathBuf,
    ) {
        let recording = self.state.recording;
        // The same place on a picture of another size: the scale that fits what the map
        // shows into it.
        let fit = [0, 1]
            .map(|axis| f64::from(recording.size[axis]) / f64::from(on_screen[axis]))
            .into_iter()
            .fold(f64::INFINITY, f64::min);
        let mut view = view;
        view.zoom += fit.log2();
        let (sender, done) = std::sync::mpsc::channel();
        let wake = ctx.clone();
        let target = path.clone();
        std::thread::spawn(move || {
            let mut camera = Camera::new(recording.size);
            let recorded = share::save_gif(
                &mut camera,
                &scene,
                &window,
                view,
                &recording,
                &target,
                true,
            );
            let _ = sender.send(recorded);
            wake.request_repaint();
        });
        self.state.message = Some(format!("recording the playback to {}…", path.display()));
        self.state.recording_job = Some(RecordingJob {
            done,
            path,
            size: recording.size,
            started: Instant::now(),
        });
    }

    /// Tells the user that the playback's GIF was written (or why not) once its thread is done.
    pub(super) fn check_recording(&mut self) {
        let Some(job) = &self.state.recording_job else {
            return;
        };
        let written = match job.done.try_recv() {
            Err(std::sync::mpsc::TryRecvError::Empty) => return,
            Err(std::sync::mpsc::TryRecvError::Disconnected) => {
                Err(ShareError::Encode("the recording stopped".into()))
            }
            Ok(recorded) => recorded.map(|recorded| {
                format!(
                    "{} of {}×{}, {} a frame,",
                    plural(recorded.frames, "frame"),
                    job.size[0],
                    job.size[1],
                    plural(recorded.step_days as usize, "day")
                )
            }),
        };
        let (path, started) = (job.path.clone(), job.started);
        self.state.recording_job = None;
        self.tell_shared(written, Output::PlaybackGif, &path, started);
    }

    /// Says in the status bar what sharing `output` to `path` wrote (`written`, begun at
    /// `started`), or asks whether to replace the file there.
    fn tell_shared(
        &mut self,
        written: Result<String, ShareError>,
        output: Output,
        path: &std::path::Path,
        started: Instant,
    ) {
        self.state.message = Some(match written {
            Ok(what) => format!(
                "{what} written to {} in {:.1} s",
                path.display(),
                started.elapsed().as_secs_f64()
            ),
            Err(ShareError::Exists(path)) => {
                let message = format!("{} exists: replace it?", path.display());
                self.dialogs.replace = Some((path, Saved::Share(output)));
                message
            }
            Err(error) => format!("nothing saved: {error}"),
        });
    }

    /// Saves `fix` of the event `event_id` and applies it (see [`Corpus::fix_event`]); keeps
    /// the event selected. Returns what to tell the user.
    fn fix_event(&mut self, event_id: EventId, fix: Fix) -> String {
        let Ok(gazetteer) = &self.gazetteer else {
            return "no gazetteer".into();
        };
        let gazetteer = Arc::clone(gazetteer);
        let corrected = match self.corpus.fix_event(&gazetteer, event_id, fix) {
            Ok(corrected) => corrected,
            Err(error) => return error.to_string(),
        };
        self.corrected(&corrected.articles);
        self.state.place_fix = None;
        let done = match fix {
            Fix::NotEvent => "hidden (View › Hidden reports shows it again)".to_string(),
            Fix::ResetPlace => "place reset".to_string(),
            Fix::NotAPlace(false) => "left without that place in its articles".to_string(),
            Fix::NotAPlace(true) => "left without that place in every article".to_string(),
            Fix::Name(id) | Fix::Place(id) => format!("placed at {}", gazetteer.full_name(id)),
        };
        (self.state.selected_event, self.state.selected_place) = match corrected.event {
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
        if self.reading.ingest.is_some() {
            self.reading.fixed_while_reading.extend_from_slice(articles);
        }
        self.caches.corpus_changed();
    }
}

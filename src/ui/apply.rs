//! Applying the [`Command`]s the panels pushed during a frame, with one `match`: each goes
//! through a use-case of the corpus ([`crate::corpus::Corpus::fix_event`], `restore_report`,
//! `set_date`) or of the export (asking where through [`super::dialogs`]), or changes the [`super::state::UiState`]; what it did is
//! told in the message under the menu bar.

use std::path::PathBuf;
use std::sync::Arc;

use super::app::NewsmapApp;
use super::command::Command;
use super::details::PlaceFix;
use super::dialogs::{Asked, Purpose};
use super::format::plural;
use super::state::ArticleView;
use crate::corpus::{Fix, Origin};
use crate::corrections::ReportRef;
use crate::events::EventId;
use crate::export::{ExportError, Format};

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
                    if let Some(ingest) = self.reading.ingest.take() {
                        ingest.cancel();
                    }
                    // An events file's events come merged, and its reports are not kept.
                    if let (Ok(gazetteer), Origin::Folder) = (&self.gazetteer, self.corpus.origin) {
                        self.corpus.merge_events(gazetteer);
                        self.caches.corpus_changed();
                    }
                    self.state.window.fit(&self.corpus.events);
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
                Command::Export(format) => self.ask_where_to_export(format),
                Command::ExportTo {
                    path,
                    format,
                    replace,
                } => self.export(path, format, replace),
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

    /// Asks where to export the visible events in `format`, proposing a name with the
    /// folder's and the time window's days, in the folder.
    fn ask_where_to_export(&mut self, format: Format) {
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
        let name = crate::export::proposed_file_name(&named_after, dates, format);
        match self.dialogs.ask(Purpose::Export(format), &folder, &name) {
            // The system dialog asked before replacing a file.
            Asked::Path(path) => self.export(path, format, true),
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
                self.dialogs.replace = Some((path, format));
                message
            }
            Err(error) => format!("export failed: {error}"),
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

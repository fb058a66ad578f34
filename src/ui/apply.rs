//! Applying the [`Command`]s the panels pushed during a frame, with one `match`: each goes
//! through a use-case of the corpus ([`crate::corpus::Corpus::fix_event`], `restore_report`,
//! `set_date`) or of the export, or changes the [`super::state::UiState`]; what it did is
//! told in the status bar.

use std::sync::Arc;

use super::app::NewsmapApp;
use super::command::Command;
use super::details::PlaceFix;
use crate::corpus::Fix;
use crate::corrections::ReportRef;
use crate::events::EventId;

impl NewsmapApp {
    /// Applies the commands the frame's panels pushed, in order.
    pub(super) fn run_commands(&mut self, ctx: &egui::Context) {
        for command in std::mem::take(&mut self.commands) {
            match command {
                Command::OpenFolder(folder) => self.open_folder(ctx, folder),
                Command::CancelIngest => {
                    if let Some(ingest) = self.reading.ingest.take() {
                        ingest.cancel();
                    }
                    if let Ok(gazetteer) = &self.gazetteer {
                        self.corpus.merge_events(gazetteer);
                        self.caches.corpus_changed();
                    }
                    self.state.window.fit(&self.corpus.events);
                }
                Command::SelectPlace(place) => {
                    self.state.selected_place = place;
                    self.state.selected_event = None;
                }
                Command::SelectEvent(event) => {
                    self.state.selected_event = event;
                    if let Some(place) = event.and_then(|e| self.corpus.event(e)?.place) {
                        self.state.selected_place = Some(place);
                    }
                }
                Command::OpenArticle(index) => self.state.reader = Some(index),
                Command::FitToMarkers => self.state.fit_pending = true,
                Command::Export(format) => self.state.message = Some(self.export(format)),
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
                Command::SetDate(key, date) => {
                    let folder = self.corpus.folder.clone();
                    self.state.message = Some(match self.corpus.set_date(&key, date) {
                        Ok(path) => {
                            self.state.date_inputs.remove(&key);
                            self.open_folder(ctx, folder);
                            format!("{key} dated {date} (saved in {})", path.display())
                        }
                        Err(error) => format!("date not saved: {error}"),
                    });
                }
            }
        }
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

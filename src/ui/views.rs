//! Saved views ([`crate::store::SavedView`]): the record of what the viewer shows (map extent,
//! time window, filters, selection, heat layer), saving it by name in the folder, showing one
//! again (View › Views, or `newsmap FOLDER --view NAME` once the folder is read), the command
//! line that reopens it (View › Copy view as command), and the Save view window.

use super::app::NewsmapApp;
use super::command::Command;
use super::format::day_of;
use crate::corrections::PlaceRef;
use crate::store::{SavedView, find_view, load_views, save_view, view_command};

impl NewsmapApp {
    /// Opens the view saved as `name` in the folder once it is read (as `newsmap FOLDER --view
    /// NAME` does); a name that is not saved there is said in the message.
    pub fn open_view(&mut self, name: &str) {
        self.state.pending_view = Some(name.to_string());
    }

    /// The name of the view last saved or opened.
    pub fn view_name(&self) -> Option<&str> {
        self.state.view_name.as_deref()
    }

    /// The last message (what a save, a copy or a correction did), shown under the menu bar.
    pub fn message(&self) -> Option<&str> {
        self.state.message.as_deref()
    }

    /// Opens the view waiting for the folder to be read, once it is.
    pub(super) fn open_pending_view(&mut self) {
        if self.reading.ingest.is_none()
            && let Some(name) = self.state.pending_view.take()
        {
            self.restore_view(&name);
        }
    }

    /// What the viewer shows now, as a view to save.
    pub(super) fn current_view(&self) -> SavedView {
        let place = match &self.gazetteer {
            Ok(gazetteer) => self
                .state
                .selected_place
                .map(|p| PlaceRef::of(gazetteer, p)),
            Err(_) => None,
        };
        let window = &self.state.window;
        let date = chrono::NaiveDate::from_num_days_from_ce_opt;
        SavedView {
            extent: self.state.view.extent(self.state.map.size),
            days: window
                .has_days()
                .then(|| date(window.start_day).zip(date(window.end_day)))
                .flatten(),
            cumulative: window.cumulative,
            show_undated: window.show_undated,
            filters: self.state.filters.clone(),
            place,
            event: self.state.selected_event,
            heat_layer: self.settings.heat_layer,
        }
    }

    /// Shows the view saved as `name`, or says why not.
    pub(super) fn restore_view(&mut self, name: &str) {
        match find_view(&self.corpus.folder, name) {
            Ok(view) => {
                let missing = self.apply_view(view);
                self.state.view_name = Some(name.to_string());
                self.state.message = Some(match missing {
                    Some(missing) => format!("view {name:?} shown, but {missing}"),
                    None => format!("view {name:?} shown"),
                });
            }
            Err(error) => self.state.message = Some(format!("view not shown: {error}")),
        }
    }

    /// Shows `view`; returns what of it the folder no longer has.
    fn apply_view(&mut self, view: SavedView) -> Option<&'static str> {
        let state = &mut self.state;
        state.map_extent = Some(view.extent);
        state.fit_pending = false;
        let window = &mut state.window;
        if let (Some((first, last)), true) = (view.days, window.has_days()) {
            let (min, max) = (window.min_day, window.max_day);
            window.start_day = day_of(first).clamp(min, max);
            window.end_day = day_of(last).clamp(window.start_day, max);
        }
        (window.cumulative, window.show_undated) = (view.cumulative, view.show_undated);
        state.filters = view.filters;
        state.playback.playing = false;
        self.settings.heat_layer = view.heat_layer;
        let place = match (&view.place, &self.gazetteer) {
            (Some(place), Ok(gazetteer)) => place.find(gazetteer),
            _ => None,
        };
        let event = view.event.filter(|&e| self.corpus.event(e).is_some());
        let state = &mut self.state;
        (state.selected_place, state.selected_event) = (place, event);
        state.place_fix = None;
        state.details_open |= place.is_some() || event.is_some();
        if view.event.is_some() && event.is_none() {
            Some("its event is no longer in the folder")
        } else if view.place.is_some() && place.is_none() {
            Some("its place is not in the gazetteer")
        } else {
            None
        }
    }

    /// Saves what the viewer shows as the view `name`, and says so.
    pub(super) fn save_current_view(&mut self, name: &str) -> bool {
        let name = name.trim();
        if name.is_empty() {
            self.state.message = Some("view not saved: give it a name".into());
            return false;
        }
        let replaced = self.state.saved_views.iter().any(|n| n == name);
        match save_view(&self.corpus.folder, name, &self.current_view()) {
            Ok(path) => {
                self.state.view_name = Some(name.to_string());
                self.refresh_saved_views();
                let verb = if replaced { "replaced" } else { "saved" };
                self.state.message = Some(format!("view {name:?} {verb} in {}", path.display()));
                true
            }
            Err(error) => {
                self.state.message = Some(format!("view not saved: {error}"));
                false
            }
        }
    }

    /// Copies the command that opens what the viewer shows, saving it first under a new name
    /// unless it is the view last saved or opened, unchanged.
    pub(super) fn copy_view_command(&mut self, ctx: &egui::Context) {
        let current = self.current_view();
        let folder = self.corpus.folder.clone();
        let unchanged = self.state.view_name.clone().filter(|name| {
            find_view(&folder, name).is_ok_and(|saved| saved.shows_the_same_as(&current))
        });
        let (name, saved) = match unchanged {
            Some(name) => (name, false),
            None => {
                let name = (1..)
                    .map(|n| format!("view {n}"))
                    .find(|name| !self.state.saved_views.contains(name))
                    .unwrap_or_default();
                if !self.save_current_view(&name) {
                    return;
                }
                (name, true)
            }
        };
        let folder = std::fs::canonicalize(&folder).unwrap_or(folder);
        let command = view_command(&folder, &name);
        ctx.copy_text(command.clone());
        self.state.message = Some(if saved {
            format!("saved as view {name:?} and copied: {command}")
        } else {
            format!("copied: {command}")
        });
    }

    /// Reads the names of the folder's saved views again (View › Views).
    pub(super) fn refresh_saved_views(&mut self) {
        self.state.saved_views = match load_views(&self.corpus.folder) {
            Ok(saved) => saved.names(),
            Err(error) => {
                self.state.message = Some(format!("saved views not read: {error}"));
                Vec::new()
            }
        };
    }

    /// The View menu's part for saved views: Save view…, Views, Copy view as command.
    pub(super) fn views_menu_ui(&mut self, ui: &mut egui::Ui) {
        if ui
            .button("Save view…")
            .on_hover_text(
                "Keeps the map's extent, the time window, the filters and the selection under \
                 a name, in the folder's .newsmap/views.json",
            )
            .clicked()
        {
            self.state.saving_view = Some(self.state.view_name.clone().unwrap_or_default());
            ui.close();
        }
        ui.menu_button("Views", |ui| {
            if self.state.saved_views.is_empty() {
                ui.weak("No view is saved in this folder");
            }
            for name in &self.state.saved_views {
                if ui.button(name).clicked() {
                    self.commands.push(Command::RestoreView(name.clone()));
                    ui.close();
                }
            }
        });
        if ui
            .button("Copy view as command")
            .on_hover_text("Copies `newsmap FOLDER --view NAME`, which opens this view again")
            .clicked()
        {
            self.commands.push(Command::CopyViewCommand);
            ui.close();
        }
    }

    /// The Save view window: a name field, Save and Cancel.
    pub(super) fn save_view_window_ui(&mut self, ctx: &egui::Context) {
        let Some(name) = &mut self.state.saving_view else {
            return;
        };
        let (mut save, mut cancel) = (false, false);
        egui::Window::new("Save view")
            .collapsible(false)
            .resizable(false)
            .show(ctx, |ui| {
                ui.horizontal(|ui| {
                    let label = ui.label("Name");
                    let field = ui
                        .add(egui::TextEdit::singleline(name).desired_width(200.0))
                        .labelled_by(label.id);
                    save |= field.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
                    // Typing goes to the name unless another field has the keyboard.
                    if !save && ui.memory(|m| m.focused().is_none()) {
                        field.request_focus();
                    }
                });
                ui.horizontal(|ui| {
                    save |= ui.button("Save").clicked();
                    cancel |= ui.button("Cancel").clicked();
                });
            });
        if save {
            self.commands.push(Command::SaveView(name.clone()));
        }
        if save || cancel {
            self.state.saving_view = None;
        }
    }
}

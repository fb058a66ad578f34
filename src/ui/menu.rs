//! The window's frame around the panels: the menu bar (File, View, Help, the folder field),
//! the status (progress, counts, problems), the last message under it, the keyboard
//! shortcuts, and the small windows (About, Problems, Hidden reports, the article reader).

use std::path::PathBuf;

use super::app::NewsmapApp;
use super::command::Command;
use super::details;
use super::format::plural;
use super::share::{MAX_FRAMES, Output, Recording, playback};
use super::time_window::TimeWindow;
use crate::corpus::Origin;
use crate::map::tiles::{TileSource, default_cache_dir};

impl NewsmapApp {
    pub(super) fn keyboard(&mut self, ctx: &egui::Context) {
        if ctx.egui_wants_keyboard_input() {
            return;
        }
        ctx.input(|i| {
            if i.key_pressed(egui::Key::Space) {
                self.state.playback.playing = !self.state.playback.playing;
            }
            if i.key_pressed(egui::Key::ArrowRight) {
                self.state.window.step(1);
            }
            if i.key_pressed(egui::Key::ArrowLeft) {
                self.state.window.step(-1);
            }
            if i.key_pressed(egui::Key::F) {
                self.commands.push(Command::FitToMarkers);
            }
            if i.key_pressed(egui::Key::Escape) {
                match &mut self.state.place_fix {
                    Some(fix) if fix.picking => fix.picking = false,
                    Some(_) => self.state.place_fix = None,
                    None => self.commands.push(Command::SelectPlace(None)),
                }
            }
        });
    }

    pub(super) fn menu_ui(&mut self, ui: &mut egui::Ui) {
        egui::MenuBar::new().ui(ui, |ui| {
            ui.menu_button("File", |ui| {
                if ui.button("Open folder…").clicked() {
                    self.commands.push(Command::ChooseFolder);
                    ui.close();
                }
                if ui
                    .button("Open events file…")
                    .on_hover_text(
                        "The events of `newsmap extract --events` or `newsmap merge` (JSON \
                         Lines), shown read only",
                    )
                    .clicked()
                {
                    self.commands.push(Command::ChooseEventsFile);
                    ui.close();
                }
                ui.menu_button("Export visible events", |ui| {
                    for (label, format) in [
                        ("GeoJSON", crate::export::Format::Geojson),
                        ("CSV", crate::export::Format::Csv),
                        ("KML (Google Earth)", crate::export::Format::Kml),
                        ("ACLED CSV", crate::export::Format::Acled),
                    ] {
                        if ui.button(label).clicked() {
                            self.commands.push(Command::Export(format));
                            ui.close();
                        }
                    }
                });
                ui.separator();
                if ui.button("Save map as PNG…").clicked() {
                    self.commands.push(Command::Share(Output::MapPng));
                    ui.close();
                }
                if ui
                    .button("Record playback as GIF…")
                    .on_hover_text(
                        "The time window moving over the map, with its dates and the key",
                    )
                    .clicked()
                {
                    self.state.show_recording = true;
                    ui.close();
                }
                if ui
                    .button("HTML report…")
                    .on_hover_text(
                        "One file any browser opens: the map, its key, the window and the \
                         filters, then every visible event with its sources and sentences",
                    )
                    .clicked()
                {
                    self.commands.push(Command::Share(Output::HtmlReport));
                    ui.close();
                }
                ui.separator();
                ui.menu_button("Recent folders", |ui| {
                    for folder in &self.settings.recent_folders {
                        if ui.button(folder.display().to_string()).clicked() {
                            self.commands.push(Command::OpenFolder(folder.clone()));
                            ui.close();
                        }
                    }
                });
                let mut follow = self.settings.follow_outside_links;
                if ui
                    .checkbox(&mut follow, "Follow links that leave the folder")
                    .on_hover_text(
                        "Reads the article files that links in the folder point at elsewhere \
                         on this computer. Off, such links are listed under Problems.",
                    )
                    .changed()
                {
                    self.commands.push(Command::FollowOutsideLinks(follow));
                }
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
                ui.checkbox(&mut self.settings.heat_layer, "Density heat layer")
                    .on_hover_text(
                        "Draws how dense the visible events are (those in the time window \
                         that pass the filters) over the map, spread by how precise their \
                         places are; the markers stay on top, faded, to click.",
                    );
                ui.separator();
                self.views_menu_ui(ui);
                ui.separator();
                ui.checkbox(&mut self.state.filters_open, "Filters panel");
                ui.checkbox(&mut self.state.details_open, "Details panel");
                if ui.button("Problems…").clicked() {
                    self.state.show_problems = true;
                    ui.close();
                }
                if ui.button("Hidden reports…").clicked() {
                    self.state.show_hidden = true;
                    ui.close();
                }
            });
            ui.menu_button("Help", |ui| {
                if ui.button("About newsmap").clicked() {
                    self.state.show_about = true;
                    ui.close();
                }
            });
            ui.separator();
            let label = ui.label("Folder:");
            let field = ui
                .add(egui::TextEdit::singleline(&mut self.state.folder_field).desired_width(240.0))
                .labelled_by(label.id);
            let enter = field.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
            if ui.button("Open").clicked() || enter {
                self.commands.push(Command::OpenFolder(PathBuf::from(
                    self.state.folder_field.trim(),
                )));
            }
            if let Some(error) = &self.state.folder_error {
                ui.colored_label(ui.visuals().error_fg_color, format!("⚠ {error}"));
            }
            ui.separator();
            self.status_ui(ui);
        });
    }

    pub(super) fn status_ui(&mut self, ui: &mut egui::Ui) {
        if let Err(error) = &self.gazetteer {
            ui.colored_label(
                ui.visuals().error_fg_color,
                format!("gazetteer not loaded: {error}"),
            );
            return;
        }
        if !self.corpus.folder.is_dir() && !self.corpus.folder.is_file() {
            ui.colored_label(
                ui.visuals().error_fg_color,
                format!("not a folder: {}", self.corpus.folder.display()),
            );
            return;
        }
        if self.reading.ingest.is_some() {
            let (done, total) = self.reading.progress;
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
            if self
                .reading
                .ingest
                .as_ref()
                .is_some_and(|i| i.is_cancelled())
            {
                ui.label("stopping…");
            } else if ui.button("Cancel").clicked() {
                self.commands.push(Command::CancelIngest);
            }
        }
        let visible = self.caches.visible_count;
        let (articles, events) = (self.corpus.articles.len(), self.corpus.events.len());
        let place_mentions = self.caches.place_mention_count(&self.corpus);
        match self.corpus.origin {
            Origin::Folder => ui.label(format!(
                "{} · {} ({visible} shown) · {}",
                plural(articles, "article"),
                plural(events, "event"),
                plural(place_mentions, "place mention")
            )),
            Origin::EventsFile => ui
                .label(format!(
                    "events file, read only · {} ({visible} shown) · quoting {}",
                    plural(events, "event"),
                    plural(articles, "article")
                ))
                .on_hover_text(
                    "The events of `newsmap extract --events` or `newsmap merge`: their places, \
                     dates and quoted sentences, not the articles' text; corrections are made \
                     in the folder the events were extracted from.",
                ),
        };
        let problems = self.corpus.problems.len();
        if problems > 0
            && ui
                .button(format!("Problems: {problems}"))
                .on_hover_text("Files skipped or read with trouble")
                .clicked()
        {
            self.state.show_problems = true;
        }
        if self.state.recording_job.is_some() {
            ui.spinner();
        }
    }

    /// The last message (what a save, a copy or a correction did) in full, wrapped, in a box
    /// with × until it is closed or another message replaces it. It stands over the top of the
    /// `map_area`, under the buttons that unfold the side panels: it covers neither those nor
    /// the panels.
    pub(super) fn message_ui(&mut self, ctx: &egui::Context, map_area: egui::Rect) {
        let Some(message) = &self.state.message else {
            return;
        };
        // Not `clamp`, which panics in a window narrower than the box's least width.
        let width = (map_area.width() - 24.0)
            .min(ctx.content_rect().width() * 0.6)
            .max(200.0);
        let mut close = false;
        egui::Area::new(egui::Id::unique("message"))
            .pivot(egui::Align2::CENTER_TOP)
            .fixed_pos(map_area.center_top() + egui::vec2(0.0, 36.0))
            .show(ctx, |ui| {
                egui::Frame::popup(ui.style()).show(ui, |ui| {
                    ui.set_max_width(width);
                    ui.horizontal_top(|ui| {
                        close = ui.small_button("×").on_hover_text("Close").clicked();
                        ui.add(egui::Label::new(message.as_str()).wrap());
                    });
                });
            });
        if close {
            self.state.message = None;
        }
    }

    pub(super) fn windows_ui(&mut self, ctx: &egui::Context) {
        egui::Window::new("About newsmap").open(&mut self.state.show_about).collapsible(false).show(ctx, |ui| {
            ui.label("newsmap maps the events reported in a folder of news articles.");
            ui.separator();
            ui.label("Place names and coordinates © GeoNames (geonames.org), CC BY 4.0; filtered and converted.");
            ui.label("Made with Natural Earth (public domain).");
            ui.label("Country points, spellings and demonyms from world-countries (ODbL 1.0).");
            ui.label("Dictionary words from SCOWL, via Debian's wamerican.");
            ui.label("Online tiles, when turned on (View menu): © OpenStreetMap contributors, ODbL; tile usage policy of the OpenStreetMap Foundation.");
            ui.label("The NOTICE file lists every source and licence.");
        });
        let (recording, commands) = (&mut self.state.recording, &mut self.commands);
        let window = &self.state.window;
        egui::Window::new("Record playback as GIF")
            .open(&mut self.state.show_recording)
            .collapsible(false)
            .resizable(false)
            .show(ctx, |ui| recording_ui(ui, recording, window, commands));
        let problems = &self.corpus.problems;
        egui::Window::new("Problems")
            .open(&mut self.state.show_problems)
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
            .open(&mut self.state.show_hidden)
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
        if let (Some(view), Ok(gazetteer)) = (&mut self.state.reader, &self.gazetteer) {
            let mut open = true;
            details::reader_window(ctx, &self.corpus, gazetteer, view, &mut open);
            if !open {
                self.state.reader = None;
            }
        }
    }
}

/// The GIF's size and speed, how many frames the playback of `window` makes, and the button
/// that asks where to record it.
fn recording_ui(
    ui: &mut egui::Ui,
    recording: &mut Recording,
    window: &TimeWindow,
    commands: &mut Vec<Command>,
) {
    let max_side = playback::MAX_SIDE;
    egui::Grid::new("recording").num_columns(2).show(ui, |ui| {
        ui.label("Size");
        ui.horizontal(|ui| {
            ui.add(egui::DragValue::new(&mut recording.size[0]).range(16..=max_side));
            ui.label("×");
            ui.add(egui::DragValue::new(&mut recording.size[1]).range(16..=max_side));
            ui.label("pixels");
        });
        ui.end_row();
        ui.label("Days per frame");
        ui.add(egui::DragValue::new(&mut recording.step_days).range(1..=366));
        ui.end_row();
        ui.label("Each frame shows");
        ui.add(
            egui::DragValue::new(&mut recording.delay_ms)
                .range(20..=10_000)
                .suffix(" ms"),
        );
        ui.end_row();
    });
    let (frames, step) = playback::windows(window, recording.step_days);
    let step_note = if step == recording.step_days {
        String::new()
    } else {
        format!(", {step} days a frame to keep within {MAX_FRAMES}")
    };
    ui.label(format!(
        "{} frames{step_note} ({:.1} s)",
        frames.len(),
        frames.len() as f64 * f64::from(recording.delay_ms) / 1000.0
    ));
    ui.weak(
        "The window keeps its width and slides over the events' days; a window over all of \
         them grows from the first day to the last.",
    );
    if ui.button("Record…").clicked() {
        commands.push(Command::Share(Output::PlaybackGif));
    }
}

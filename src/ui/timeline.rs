//! The timeline under the map: events per day stacked by kind, the time window with its two
//! handles, play/pause with a speed, step by a day, and the cumulative mode.

use egui_plot::{Bar, BarChart, Plot, VLine};

use super::command::Command;
use super::format::{day_label, day_of};
use super::palette::kind_color;
use super::time_window::TimeWindow;
use crate::corpus::Corpus;
use crate::events::EventKind;

/// Playback of the time window.
#[derive(Clone, Debug, PartialEq)]
pub struct Playback {
    /// Whether the window is moving.
    pub playing: bool,
    /// Days per second.
    pub days_per_second: f32,
    /// Fraction of a day carried over between frames.
    pub carry: f32,
}

impl Default for Playback {
    fn default() -> Self {
        Self {
            playing: false,
            days_per_second: 1.0,
            carry: 0.0,
        }
    }
}

impl Playback {
    /// Advances the window by the time elapsed; stops at the end.
    pub fn advance(&mut self, window: &mut TimeWindow, seconds: f32) {
        if !self.playing {
            return;
        }
        self.carry += seconds * self.days_per_second;
        let days = self.carry.floor();
        self.carry -= days;
        if days >= 1.0 {
            let before = window.end_day;
            window.step(days as i32);
            if window.end_day == before {
                self.playing = false;
            }
        }
    }
}

/// Events per kind and day over the folder's days, and the undated ones: the timeline's bars,
/// counted once each time the events or the filters change, not every frame.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct DayCounts {
    /// The day (see [`day_of`]) of the first row.
    first_day: i32,
    /// Per day from `first_day`, events per kind.
    per_day: Vec<[usize; EventKind::ALL.len()]>,
    /// Events with no date.
    undated: usize,
}

impl DayCounts {
    /// Counts the events `filtered` (ids) over the days of `window`'s range.
    pub fn of(corpus: &Corpus, filtered: &[usize], window: &TimeWindow) -> Self {
        let first_day = window.min_day;
        let span = usize::try_from(window.max_day - window.min_day + 1)
            .unwrap_or(0)
            .min(100_000);
        let mut per_day = vec![[0usize; EventKind::ALL.len()]; span];
        let mut undated = 0;
        for event in filtered.iter().filter_map(|&i| corpus.events.get(i)) {
            match event.time {
                Some(t) => {
                    if let Some(row) = usize::try_from(day_of(t.start) - first_day)
                        .ok()
                        .and_then(|d| per_day.get_mut(d))
                    {
                        row[event.kind as usize] += 1;
                    }
                }
                None => undated += 1,
            }
        }
        Self {
            first_day,
            per_day,
            undated,
        }
    }

    /// Whether the counts cover the days of `window`'s range.
    pub fn covers(&self, window: &TimeWindow) -> bool {
        self.first_day == window.min_day
            && usize::try_from(window.max_day - window.min_day + 1)
                .is_ok_and(|span| span.min(100_000) == self.per_day.len())
    }
}

/// Draws the timeline of the events that pass the filters, counted in `counts`.
pub fn timeline_ui(
    ui: &mut egui::Ui,
    counts: &DayCounts,
    window: &mut TimeWindow,
    playback: &mut Playback,
) {
    let (first_day, per_day, undated) = (counts.first_day, &counts.per_day, counts.undated);
    // Two rows, playback then the window, so that both fit beside the undated articles in a
    // window 1280 px wide.
    if window.has_days() {
        ui.horizontal(|ui| {
            let play_label = if playback.playing { "Pause" } else { "Play" };
            if ui.button(play_label).clicked() {
                playback.playing = !playback.playing;
            }
            if ui.button("< day").clicked() {
                window.step(-1);
            }
            if ui.button("day >").clicked() {
                window.step(1);
            }
            ui.add(
                egui::Slider::new(&mut playback.days_per_second, 0.25..=10.0)
                    .logarithmic(true)
                    .text("days/s"),
            );
            ui.checkbox(&mut window.cumulative, "cumulative");
        });
    }
    ui.horizontal(|ui| {
        if window.has_days() {
            ui.label("Window");
            let (min, max) = (window.min_day, window.max_day);
            ui.add(
                egui::Slider::new(&mut window.start_day, min..=max)
                    .custom_formatter(|v, _| day_label(v as i32))
                    .text("from"),
            );
            ui.add(
                egui::Slider::new(&mut window.end_day, min..=max)
                    .custom_formatter(|v, _| day_label(v as i32))
                    .text("to"),
            );
            if window.end_day < window.start_day {
                window.end_day = window.start_day;
            }
            if ui.button("all days").clicked() {
                (window.start_day, window.end_day) = (min, max);
            }
        } else {
            ui.label("No dated event: set an article's date to place its events in time.");
        }
        ui.separator();
        ui.checkbox(&mut window.show_undated, format!("undated: {undated}"));
    });
    if !window.has_days() {
        return;
    }
    // Stacked charts must have the same days in the same order: every kind gets every day.
    let days: Vec<usize> = (0..per_day.len())
        .filter(|&d| per_day[d].iter().any(|&n| n > 0))
        .collect();
    let mut charts: Vec<BarChart> = Vec::new();
    for (k, kind) in EventKind::ALL.into_iter().enumerate() {
        if !days.iter().any(|&d| per_day[d][k] > 0) {
            continue;
        }
        let bars: Vec<Bar> = days
            .iter()
            .map(|&d| {
                let day = first_day + d as i32;
                Bar::new(f64::from(day), per_day[d][k] as f64)
                    .width(0.8)
                    .fill(kind_color(kind))
                    .name(day_label(day))
            })
            .collect();
        // Each chart stacks on the one below it, which already stands on the others.
        let chart = BarChart::new(kind.label(), bars).color(kind_color(kind));
        let chart = match charts.last() {
            Some(below) => chart.stack_on(&[below]),
            None => chart,
        };
        charts.push(chart);
    }
    let (start, end) = (window.start_day, window.end_day);
    Plot::new("events per day")
        .height(ui.available_height().max(110.0))
        .allow_scroll(false)
        .allow_zoom(false)
        .allow_drag(false)
        .allow_boxed_zoom(false)
        .allow_double_click_reset(false)
        .show_y(false)
        .include_x(f64::from(window.min_day) - 1.0)
        .include_x(f64::from(window.max_day) + 1.0)
        .x_axis_formatter(|mark, _| day_label(mark.value as i32))
        .show(ui, |plot| {
            for chart in charts {
                plot.bar_chart(chart);
            }
            plot.vline(
                VLine::new("from", f64::from(start) - 0.5)
                    .color(egui::Color32::DARK_GRAY)
                    .width(2.0),
            );
            plot.vline(
                VLine::new("to", f64::from(end) + 0.5)
                    .color(egui::Color32::DARK_GRAY)
                    .width(2.0),
            );
        });
}

/// The articles with no date, each with a field to set one (saved in the folder).
pub fn undated_articles_ui(
    ui: &mut egui::Ui,
    corpus: &Corpus,
    inputs: &mut std::collections::HashMap<String, String>,
    commands: &mut Vec<Command>,
) {
    ui.label(egui::RichText::new("Articles with no date").strong());
    egui::ScrollArea::vertical()
        .id_salt("undated articles")
        .show(ui, |ui| {
            for article in corpus.articles.iter().filter(|a| a.published.is_none()) {
                let title = article.title.clone().unwrap_or_else(|| article.key.clone());
                // The title on its own line, so that the date field keeps its width.
                let label = ui
                    .add(egui::Label::new(title.as_str()).truncate())
                    .on_hover_text(&title);
                ui.horizontal(|ui| {
                    let input = inputs.entry(article.key.clone()).or_default();
                    let field = ui
                        .add(
                            egui::TextEdit::singleline(input)
                                .hint_text("YYYY-MM-DD")
                                .desired_width(100.0),
                        )
                        .labelled_by(label.id);
                    // Enter in the field sets the date, as the button does.
                    let entered =
                        field.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
                    let date = chrono::NaiveDate::parse_from_str(input.trim(), "%Y-%m-%d").ok();
                    let clicked = ui
                        .add_enabled(date.is_some(), egui::Button::new("Set date"))
                        .clicked();
                    if (clicked || entered)
                        && let Some(date) = date
                    {
                        commands.push(Command::SetDate(article.key.clone(), date));
                    }
                });
            }
        });
}

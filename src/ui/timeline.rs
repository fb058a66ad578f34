//! The timeline under the map: mentions per day, and the time window that filters the map.
//!
//! Days are counted as days since the Common Era (chrono's `num_days_from_ce`), so a window
//! is a pair of integers. Mentions take their article's publication date until events carry
//! their own; undated articles are counted apart and can be shown or hidden.

use std::collections::BTreeMap;

use chrono::{Datelike as _, NaiveDate};
use egui_plot::{Bar, BarChart, Plot};

use crate::ingest::Corpus;

/// Which days the map shows.
#[derive(Clone, Debug, PartialEq)]
pub struct TimeWindow {
    /// First day shown (days since the Common Era).
    pub start_day: i32,
    /// Last day shown, inclusive.
    pub end_day: i32,
    /// Earliest day of the folder.
    pub min_day: i32,
    /// Latest day of the folder.
    pub max_day: i32,
    /// Whether mentions from undated articles are on the map.
    pub show_undated: bool,
}

impl Default for TimeWindow {
    fn default() -> Self {
        Self {
            start_day: i32::MIN,
            end_day: i32::MAX,
            min_day: 0,
            max_day: 0,
            show_undated: true,
        }
    }
}

impl TimeWindow {
    /// Widens the window to the folder's whole span.
    pub fn fit(&mut self, corpus: &Corpus) {
        let days: Vec<i32> = corpus
            .articles
            .iter()
            .filter_map(|a| a.published.map(|p| day_of(p.date)))
            .collect();
        let (Some(&min), Some(&max)) = (days.iter().min(), days.iter().max()) else {
            *self = Self::default();
            return;
        };
        self.min_day = min;
        self.max_day = max;
        self.start_day = min;
        self.end_day = max;
    }

    /// Whether a mention of an article published on `date` is shown.
    pub fn shows(&self, date: Option<NaiveDate>) -> bool {
        match date {
            Some(date) => (self.start_day..=self.end_day).contains(&day_of(date)),
            None => self.show_undated,
        }
    }
}

/// Days since the Common Era.
pub fn day_of(date: NaiveDate) -> i32 {
    date.num_days_from_ce()
}

fn date_of(day: i32) -> Option<NaiveDate> {
    NaiveDate::from_num_days_from_ce_opt(day)
}

fn label(day: i32) -> String {
    date_of(day).map_or_else(|| "?".into(), |d| d.format("%Y-%m-%d").to_string())
}

/// Draws the histogram and the window's controls.
pub fn timeline_ui(ui: &mut egui::Ui, corpus: &Corpus, window: &mut TimeWindow) {
    let mut per_day: BTreeMap<i32, usize> = BTreeMap::new();
    let mut undated = 0;
    for m in &corpus.mentions {
        match corpus.articles[m.article].published {
            Some(p) => *per_day.entry(day_of(p.date)).or_default() += 1,
            None => undated += 1,
        }
    }
    ui.horizontal(|ui| {
        let dated = window.max_day > window.min_day || !per_day.is_empty();
        if dated {
            ui.label("From");
            ui.add(
                egui::Slider::new(&mut window.start_day, window.min_day..=window.max_day)
                    .custom_formatter(|v, _| label(v as i32))
                    .text("start"),
            );
            ui.label("to");
            ui.add(
                egui::Slider::new(&mut window.end_day, window.min_day..=window.max_day)
                    .custom_formatter(|v, _| label(v as i32))
                    .text("end"),
            );
            if window.end_day < window.start_day {
                window.end_day = window.start_day;
            }
            if ui.button("⏮ all days").clicked() {
                window.start_day = window.min_day;
                window.end_day = window.max_day;
            }
        } else {
            ui.label("No dated article yet.");
        }
        ui.separator();
        ui.checkbox(
            &mut window.show_undated,
            format!("show undated ({undated})"),
        );
    });
    let bars: Vec<Bar> = per_day
        .iter()
        .map(|(&day, &count)| {
            let shown = (window.start_day..=window.end_day).contains(&day);
            let color = if shown {
                egui::Color32::from_rgb(200, 90, 60)
            } else {
                egui::Color32::GRAY
            };
            Bar::new(f64::from(day), count as f64)
                .width(0.8)
                .fill(color)
                .name(label(day))
        })
        .collect();
    Plot::new("mentions per day")
        .height(ui.available_height().max(60.0))
        .allow_scroll(false)
        .allow_zoom(false)
        .allow_drag(false)
        .allow_boxed_zoom(false)
        .show_y(false)
        .x_axis_formatter(|mark, _| label(mark.value as i32))
        .show(ui, |plot| plot.bar_chart(BarChart::new("mentions", bars)));
}

//! The timeline under the map: events per day stacked by kind (those dated to a week or longer
//! on every day of it, lighter), date labels as dense as fit, the time window with its two
//! handles, play/pause with a speed, step by a day, a date typed to jump to, and the
//! cumulative mode.

use std::sync::Arc;

use chrono::{Datelike as _, NaiveDate};
use egui_plot::{
    ClosestElem, Cursor, GridInput, GridMark, LabelFormatterFn, Plot, PlotBounds, PlotConfig,
    PlotGeometry, PlotItem, PlotItemBase, PlotPoint, PlotTransform, VLine,
};

use super::command::Command;
use super::format::{day_label, day_of};
use super::palette::kind_color;
use super::time_window::TimeWindow;
use crate::corpus::Corpus;
use crate::events::EventKind;
use crate::text::plural;

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

/// The "Go to" field: a date typed to move the time window to (Enter applies it), and why the
/// last one typed was not applied.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct DateJump {
    /// What is typed.
    pub text: String,
    /// Why the date typed last was not applied, shown beside the field.
    pub error: Option<String>,
}

impl DateJump {
    /// Moves `window` to the date typed (see [`TimeWindow::jump_to`]), or says why not.
    fn apply(&mut self, window: &mut TimeWindow) {
        let jumped = chrono::NaiveDate::parse_from_str(self.text.trim(), "%Y-%m-%d")
            .map_err(|_| "type a date as YYYY-MM-DD".to_string())
            .and_then(|date| window.jump_to(date).map_err(|e| e.to_string()));
        self.error = jumped.err();
    }

    /// The field, labelled "Go to", and the error beside it.
    fn ui(&mut self, ui: &mut egui::Ui, window: &mut TimeWindow) {
        let label = ui.label("Go to");
        let field = ui
            .add(
                egui::TextEdit::singleline(&mut self.text)
                    .hint_text("YYYY-MM-DD")
                    .desired_width(100.0),
            )
            .labelled_by(label.id)
            .on_hover_text("Type a date and press Enter: the time window moves to it.");
        if field.changed() {
            self.error = None;
        }
        // Enter in the field applies the date, as in the article date fields.
        if field.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter)) {
            self.apply(window);
            // The map and the status bar show the window moved on the next frame.
            ui.ctx().request_repaint();
        }
        if let Some(error) = &self.error {
            ui.colored_label(ui.visuals().error_fg_color, format!("⚠ {error}"));
        }
    }
}

/// Events per kind and day over the folder's days, and the undated ones: the timeline's bars,
/// counted once each time the events or the filters change, not every frame. An event dated
/// to a span of days (a week, a month, "from … to …") counts on every day of it, apart from
/// the events of one day, so that the chart agrees with the map at every day of the window.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct DayCounts {
    /// The day (see [`day_of`]) of the first row.
    first_day: i32,
    /// Per day from `first_day`, events of that one day per kind.
    per_day: Vec<[usize; EventKind::ALL.len()]>,
    /// Per day from `first_day`, events dated to a span of days that holds it, per kind.
    spread: Vec<[usize; EventKind::ALL.len()]>,
    /// Events with no date.
    undated: usize,
    /// The chart's layers (see [`DayCounts::stacks`]), made once with the counts, not every
    /// frame.
    stacks: Vec<Stack>,
    /// The events of the highest bar.
    top: usize,
    /// The bars drawn last (see [`DayBars`]).
    mesh: BarsMesh,
}

/// The timeline's bars as a mesh, for the chart rectangle and bounds it was made for: a
/// frame of the same counts and chart reuses it. A cache, not part of the counts: a clone
/// starts empty and any two are equal.
#[derive(Debug, Default)]
struct BarsMesh(std::sync::Mutex<Option<BuiltMesh>>);

/// The chart rectangle and bounds a mesh was made for, and the mesh.
type BuiltMesh = (egui::Rect, [[f64; 2]; 2], Arc<egui::Mesh>);

impl Clone for BarsMesh {
    fn clone(&self) -> Self {
        Self::default()
    }
}

impl PartialEq for BarsMesh {
    fn eq(&self, _other: &Self) -> bool {
        true
    }
}

impl DayCounts {
    /// Counts the events `filtered` (ids) over the days of `window`'s range.
    pub fn of(corpus: &Corpus, filtered: &[usize], window: &TimeWindow) -> Self {
        let first_day = window.min_day;
        let span = usize::try_from(window.max_day - window.min_day + 1)
            .unwrap_or(0)
            .min(100_000);
        let mut per_day = vec![[0usize; EventKind::ALL.len()]; span];
        let mut spread = per_day.clone();
        let mut undated = 0;
        let row = |day: i32| usize::try_from(day - first_day).ok().filter(|&d| d < span);
        for event in filtered.iter().filter_map(|&i| corpus.events.get(i)) {
            let Some(t) = event.time else {
                undated += 1;
                continue;
            };
            let (first, last) = (day_of(t.start), day_of(t.end));
            if first >= last {
                if let Some(d) = row(first) {
                    per_day[d][event.kind as usize] += 1;
                }
                continue;
            }
            let days = first.max(first_day)..=last.min(first_day + span as i32 - 1);
            for d in days.filter_map(row) {
                spread[d][event.kind as usize] += 1;
            }
        }
        let mut counts = Self {
            first_day,
            per_day,
            spread,
            undated,
            stacks: Vec::new(),
            top: 0,
            mesh: BarsMesh::default(),
        };
        counts.stacks = counts.stacks();
        counts.top = (counts.stacks.iter())
            .flat_map(|stack| stack.bars.iter().map(|&(_, base, count)| base + count))
            .max()
            .unwrap_or(0);
        counts
    }

    /// The events the bars of `day` (see [`day_of`]) count: those of that day and those of a
    /// span of days that holds it.
    pub fn on_day(&self, day: i32) -> usize {
        usize::try_from(day - self.first_day)
            .ok()
            .and_then(|d| Some(self.per_day.get(d)?.iter().chain(&self.spread[d]).sum()))
            .unwrap_or(0)
    }

    /// Whether the counts cover the days of `window`'s range.
    pub fn covers(&self, window: &TimeWindow) -> bool {
        self.first_day == window.min_day
            && usize::try_from(window.max_day - window.min_day + 1)
                .is_ok_and(|span| span.min(100_000) == self.per_day.len())
    }

    /// Days each bar counts: 1, or more over a long range (see [`MAX_BARS`]).
    fn days_per_bar(&self) -> usize {
        self.per_day.len().div_ceil(MAX_BARS).max(1)
    }

    /// The bar (counted from the first day) whose days hold `x`, a point of the date axis,
    /// if the range has one there.
    fn bar_at(&self, x: f64) -> Option<usize> {
        let days = self.days_per_bar() as f64;
        let bar = ((x + 0.5 - f64::from(self.first_day)) / days).floor();
        let bars = self.per_day.len().div_ceil(self.days_per_bar());
        (bar >= 0.0 && bar < bars as f64).then_some(bar as usize)
    }

    /// The first day of bar `bar`.
    fn first_day_of_bar(&self, bar: usize) -> i32 {
        self.first_day + (bar * self.days_per_bar()) as i32
    }

    /// Where the bar whose first day is `day` stands on the date axis: four fifths of its
    /// days, centred on them.
    fn bar_span(&self, day: i32) -> (f64, f64) {
        let days = self.days_per_bar() as f64;
        let middle = f64::from(day) + (days - 1.0) / 2.0;
        (middle - 0.4 * days, middle + 0.4 * days)
    }

    /// The layers of bar `bar` with events, bottom first: (kind, dated to a span, events).
    fn layers_of(&self, bar: usize) -> Vec<(EventKind, bool, usize)> {
        let day = self.first_day_of_bar(bar);
        (self.stacks.iter())
            .filter_map(|stack| {
                let at = stack.bars.binary_search_by_key(&day, |b| b.0).ok()?;
                Some((stack.kind, stack.spread, stack.bars[at].2))
            })
            .collect()
    }

    /// Bar `bar` whole: its first day, its layers (see [`DayCounts::layers_of`]) and their
    /// events.
    fn column(&self, bar: usize) -> (i32, Vec<(EventKind, bool, usize)>, usize) {
        let layers = self.layers_of(bar);
        let events = layers.iter().map(|l| l.2).sum();
        (self.first_day_of_bar(bar), layers, events)
    }

    /// The days of the bar whose first day is `day`: "2021-07-03", or
    /// "2021-07-01 – 2021-07-08" when a bar counts several days.
    fn bar_label(&self, day: i32) -> String {
        match self.days_per_bar() as i32 {
            1 => day_label(day),
            days => format!("{} – {}", day_label(day), day_label(day + days - 1)),
        }
    }

    /// The layers of the chart, bottom first: per kind with events, those of one day, then
    /// per kind those spread over a span. Only bars with events of the layer's kind are drawn,
    /// standing on the bars below them (a folder of a year would otherwise draw thousands of
    /// empty bars every frame, costly in software rendering); over a long range a bar counts
    /// several days (see [`MAX_BARS`]).
    fn stacks(&self) -> Vec<Stack> {
        let days = self.days_per_bar();
        let mut base = vec![0usize; self.per_day.len().div_ceil(days)];
        let mut stacks = Vec::new();
        for (counts, spread) in [(&self.per_day, false), (&self.spread, true)] {
            for kind in EventKind::ALL {
                // Counts are indexed by the kind's number, which is not its place in `ALL`.
                let k = kind as usize;
                let bars: Vec<(i32, usize, usize)> = (counts.chunks(days).enumerate())
                    .map(|(b, chunk)| (b, chunk.iter().map(|count| count[k]).sum::<usize>()))
                    .filter(|&(_, count)| count > 0)
                    .map(|(b, count)| {
                        let bar = (self.first_day + (b * days) as i32, base[b], count);
                        base[b] += count;
                        bar
                    })
                    .collect();
                if !bars.is_empty() {
                    stacks.push(Stack { kind, spread, bars });
                }
            }
        }
        stacks
    }
}

/// Most bars in a layer of the timeline (about one per two points of a wide window): over a
/// longer range each bar counts several days, since a bar narrower than a point shows nothing
/// more and costs as much to draw (a folder spanning 34 years drew 12,500 days' bars every
/// frame).
const MAX_BARS: usize = 700;

/// One layer of the timeline's bars (see [`DayCounts::stacks`]).
#[derive(Clone, Debug, PartialEq)]
struct Stack {
    kind: EventKind,
    /// Events dated to a span of days, drawn lighter.
    spread: bool,
    /// (its first day, the height it stands on, its events) for each bar with events of the
    /// layer.
    bars: Vec<(i32, usize, usize)>,
}

/// The colour of a layer of bars: its kind's, lighter for events dated to a span.
fn layer_color(kind: EventKind, spread: bool) -> egui::Color32 {
    match spread {
        true => kind_color(kind).gamma_multiply(0.45),
        false => kind_color(kind),
    }
}

/// The timeline's bars as one mesh, and the events of the bar under the pointer, per kind, in
/// a tooltip. (As egui_plot's bar charts, each of a large folder's thousands of bars was a
/// shape of its own, tessellated every frame: most of such a frame's time.)
struct DayBars<'a> {
    counts: &'a DayCounts,
    base: PlotItemBase,
}

impl<'a> DayBars<'a> {
    fn new(counts: &'a DayCounts) -> Self {
        Self {
            counts,
            base: PlotItemBase::new("events per day".to_string()),
        }
    }

    /// The screen rectangle of the bar whose first day is `day`, from `low` to `high` events.
    fn rect(&self, transform: &PlotTransform, day: i32, low: usize, high: usize) -> egui::Rect {
        let (left, right) = self.counts.bar_span(day);
        transform.rect_from_values(
            &PlotPoint::new(left, low as f64),
            &PlotPoint::new(right, high as f64),
        )
    }

    /// The mesh of all bars for `transform`: the last one made, if made for the same chart.
    fn cached_mesh(&self, transform: &PlotTransform) -> Arc<egui::Mesh> {
        let chart = (
            *transform.frame(),
            [transform.bounds().min(), transform.bounds().max()],
        );
        let mut built = (self.counts.mesh.0.lock()).unwrap_or_else(|e| e.into_inner());
        match &*built {
            Some((rect, bounds, mesh)) if (*rect, *bounds) == chart => Arc::clone(mesh),
            _ => {
                let mesh = Arc::new(self.mesh(transform));
                *built = Some((chart.0, chart.1, Arc::clone(&mesh)));
                mesh
            }
        }
    }

    /// The mesh of all bars. A bar narrower or lower than a pixel is drawn a pixel wide and
    /// high from its base, so that every bar with events shows.
    fn mesh(&self, transform: &PlotTransform) -> egui::Mesh {
        let mut mesh = egui::Mesh::default();
        let bars: usize = self.counts.stacks.iter().map(|s| s.bars.len()).sum();
        mesh.reserve_triangles(2 * bars);
        mesh.reserve_vertices(4 * bars);
        for stack in &self.counts.stacks {
            let color = layer_color(stack.kind, stack.spread);
            for &(day, base, count) in &stack.bars {
                let mut rect = self.rect(transform, day, base, base + count);
                if rect.width() < 1.0 {
                    rect = rect.expand2(egui::vec2((1.0 - rect.width()) / 2.0, 0.0));
                }
                rect.min.y = rect.min.y.min(rect.max.y - 1.0);
                mesh.add_colored_rect(rect, color);
            }
        }
        mesh
    }
}

impl PlotItem for DayBars<'_> {
    fn shapes(&self, _ui: &egui::Ui, transform: &PlotTransform, shapes: &mut Vec<egui::Shape>) {
        shapes.push(egui::Shape::Mesh(self.cached_mesh(transform)));
    }

    fn initialize(&mut self, _x_range: std::ops::RangeInclusive<f64>) {}

    fn color(&self) -> egui::Color32 {
        egui::Color32::TRANSPARENT
    }

    fn geometry(&self) -> PlotGeometry<'_> {
        PlotGeometry::Rects
    }

    fn bounds(&self) -> PlotBounds {
        let counts = self.counts;
        // Each layer's bars are in the days' order.
        let ends =
            (counts.stacks.iter()).flat_map(|s| s.bars.first().into_iter().chain(s.bars.last()));
        let days = ends.map(|bar| bar.0);
        let (Some(first), Some(last)) = (days.clone().min(), days.max()) else {
            return PlotBounds::NOTHING;
        };
        PlotBounds::from_min_max(
            [counts.bar_span(first).0, 0.0],
            [counts.bar_span(last).1, counts.top as f64],
        )
    }

    fn base(&self) -> &PlotItemBase {
        &self.base
    }

    fn base_mut(&mut self) -> &mut PlotItemBase {
        &mut self.base
    }

    fn find_closest(&self, point: egui::Pos2, transform: &PlotTransform) -> Option<ClosestElem> {
        let bar = self.counts.bar_at(transform.value_from_position(point).x)?;
        let (day, _, events) = self.counts.column(bar);
        let rect = self.rect(transform, day, 0, events);
        (events > 0).then(|| ClosestElem {
            index: bar,
            dist_sq: rect.distance_sq_to_pos(point),
        })
    }

    fn on_hover(
        &self,
        plot_area_response: &egui::Response,
        elem: ClosestElem,
        shapes: &mut Vec<egui::Shape>,
        _cursors: &mut Vec<Cursor>,
        plot: &PlotConfig<'_>,
        _label_formatter: Option<&LabelFormatterFn<'_>>,
    ) {
        let (day, layers, events) = self.counts.column(elem.index);
        let outline = egui::Stroke::new(1.0, plot.ui.visuals().strong_text_color());
        shapes.push(egui::Shape::rect_stroke(
            self.rect(plot.transform, day, 0, events),
            0.0,
            outline,
            egui::StrokeKind::Outside,
        ));
        let response = plot_area_response;
        egui::Tooltip::always_open(
            response.ctx.clone(),
            response.layer_id,
            response.id,
            egui::PopupAnchor::Pointer,
        )
        .gap(12.0)
        .show(|ui| {
            let title = format!(
                "{} · {}",
                self.counts.bar_label(day),
                plural(events, "event")
            );
            ui.label(egui::RichText::new(title).strong());
            // Top first, as the layers stand.
            for (kind, spread, count) in layers.into_iter().rev() {
                let color = layer_color(kind, spread);
                let dated = if spread {
                    " (dated to a week or longer)"
                } else {
                    ""
                };
                ui.colored_label(color, format!("{count} {}{dated}", kind.label()));
            }
        });
    }
}

/// The grid's finest spacing in points (egui_plot's default): its step sizes in plot units
/// are this many points, which gives days per point.
const GRID_MIN_PX: f32 = 8.0;

/// The least distance in points between two date labels ("2021-07-07" is about 66 wide).
const LABEL_PX: f64 = 80.0;

/// Marks of the date axis: every 1, 2 or 3 days, every Monday, the 1st, 11th and 21st of the
/// months, every other Monday, else the first of every 1, 2, 3, 6 … months: the finest whose
/// labels fit [`LABEL_PX`] apart.
fn day_marks(input: GridInput) -> Vec<GridMark> {
    let days_per_point = input.base_step_size / f64::from(GRID_MIN_PX);
    let (lo, hi) = (input.bounds.0.ceil(), input.bounds.1.floor());
    if days_per_point <= 0.0 || hi < lo || hi - lo > 1e7 {
        return Vec::new();
    }
    let (lo, hi) = (lo as i32, hi as i32);
    let least_days = days_per_point * LABEL_PX;
    let mark = |day: i32, step: f64| GridMark {
        value: f64::from(day),
        step_size: step,
    };
    // Day 1 of the Common Era was a Monday; a step of 10 is the 1st, 11th and 21st of months.
    for (step, from) in [(1, 0), (2, 0), (3, 0), (7, 1), (10, 0), (14, 1)] {
        if f64::from(step) >= least_days {
            let on = |d: i32| match step {
                10 => NaiveDate::from_num_days_from_ce_opt(d)
                    .is_some_and(|date| matches!(date.day(), 1 | 11 | 21)),
                _ => (d - from).rem_euclid(step) == 0,
            };
            return (lo..=hi)
                .filter(|&d| on(d))
                .map(|d| mark(d, f64::from(step)))
                .collect();
        }
    }
    let months = [1, 2, 3, 6, 12, 24, 60, 120, 600]
        .into_iter()
        .find(|&m| f64::from(m) * 30.0 >= least_days)
        .unwrap_or(1200);
    let Some(start) = NaiveDate::from_num_days_from_ce_opt(lo) else {
        return Vec::new();
    };
    let mut month = start.year() * 12 + start.month0() as i32 + i32::from(start.day() > 1);
    month += (months - month.rem_euclid(months)) % months;
    let mut marks = Vec::new();
    while let Some(first) =
        NaiveDate::from_ymd_opt(month.div_euclid(12), month.rem_euclid(12) as u32 + 1, 1)
    {
        let day = day_of(first);
        if day > hi {
            break;
        }
        marks.push(mark(day, f64::from(months) * 30.0));
        month += months;
    }
    marks
}

/// Draws the timeline of the events that pass the filters, counted in `counts`.
pub fn timeline_ui(
    ui: &mut egui::Ui,
    counts: &DayCounts,
    window: &mut TimeWindow,
    playback: &mut Playback,
    jump: &mut DateJump,
) {
    let undated = counts.undated;
    // Two rows, playback then the window, so that both fit beside the undated articles in a
    // window 1280 px wide; in narrower windows they wrap.
    if window.has_days() {
        ui.horizontal_wrapped(|ui| {
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
            ui.separator();
            jump.ui(ui, window);
        });
    }
    ui.horizontal_wrapped(|ui| {
        if window.has_days() {
            ui.label("Window:");
            let (min, max) = (window.min_day, window.max_day);
            // Each label before its value: "from ▭ 2021-06-24 to ▭ 2021-07-14".
            for (label, day) in [("from", &mut window.start_day), ("to", &mut window.end_day)] {
                let label = ui.label(label);
                ui.add(
                    egui::Slider::new(day, min..=max).custom_formatter(|v, _| day_label(v as i32)),
                )
                .labelled_by(label.id);
            }
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
        .grid_spacing(egui::Rangef::new(GRID_MIN_PX, 300.0))
        .x_grid_spacer(day_marks)
        .x_axis_formatter(|mark, _| day_label(mark.value as i32))
        .show(ui, |plot| {
            plot.add(DayBars::new(counts));
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

/// The articles with no date (`undated`, indices into the corpus's articles), each with a
/// field to set one (saved in the folder). Only the rows in view are laid out: a folder may
/// have thousands.
pub fn undated_articles_ui(
    ui: &mut egui::Ui,
    corpus: &Corpus,
    undated: &[usize],
    inputs: &mut std::collections::HashMap<String, String>,
    commands: &mut Vec<Command>,
) {
    ui.label(egui::RichText::new("Articles with no date").strong());
    // Each row: the title on its own line, so that the date field keeps its width, then the
    // field and its button.
    let spacing = ui.spacing();
    let row_height = 2.0 * spacing.interact_size.y + spacing.item_spacing.y;
    egui::ScrollArea::vertical()
        .id_salt("undated articles")
        .show_rows(ui, row_height, undated.len(), |ui, rows| {
            for article in undated[rows].iter().filter_map(|&a| corpus.articles.get(a)) {
                let (rect, _) = ui.allocate_exact_size(
                    egui::vec2(ui.available_width(), row_height),
                    egui::Sense::hover(),
                );
                ui.scope_builder(egui::UiBuilder::new().max_rect(rect), |ui| {
                    undated_article_ui(ui, article, inputs, commands);
                });
            }
        });
}

/// One row of [`undated_articles_ui`].
fn undated_article_ui(
    ui: &mut egui::Ui,
    article: &crate::articles::Article,
    inputs: &mut std::collections::HashMap<String, String>,
    commands: &mut Vec<Command>,
) {
    let title = article.title.clone().unwrap_or_else(|| article.key.clone());
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
        let entered = field.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::events::Event;
    use crate::time::TimePrecision;
    use crate::ui::time_window::tests::event as assault;

    /// An event of `kind` from `start` to `end` of July 2021.
    fn event(kind: EventKind, start: u32, end: u32, precision: TimePrecision) -> Event {
        Event {
            kind,
            ..assault((2021, 7, start), (2021, 7, end), precision)
        }
    }

    #[test]
    fn a_date_typed_to_jump_to_moves_the_window_or_says_why_not() {
        let events = [
            event(EventKind::Assault, 1, 1, TimePrecision::Day),
            event(EventKind::Assault, 20, 20, TimePrecision::Day),
        ];
        let mut window = TimeWindow::default();
        window.fit(&events);
        window.end_day = window.start_day + 2;
        let before = window.clone();
        let mut jump = DateJump::default();
        for typed in [
            "",
            "2021-13-45",
            "yesterday",
            "07/10/2021",
            "2021-07-10x",
            "9999999-01-01",
        ] {
            jump.text = typed.into();
            jump.apply(&mut window);
            assert_eq!(
                jump.error.as_deref(),
                Some("type a date as YYYY-MM-DD"),
                "{typed}"
            );
            assert_eq!(window, before);
        }
        jump.text = "2021-08-01".into();
        jump.apply(&mut window);
        assert!(
            jump.error
                .as_deref()
                .is_some_and(|e| e.starts_with("outside"))
        );
        assert_eq!(window, before);
        jump.text = " 2021-07-10 ".into();
        jump.apply(&mut window);
        assert_eq!(jump.error, None);
        let day = NaiveDate::from_ymd_opt(2021, 7, 10).map(day_of);
        assert_eq!(
            Some((window.start_day, window.end_day)),
            day.map(|d| (d, d + 2))
        );
    }

    #[test]
    fn an_event_of_a_week_counts_on_every_day_of_it_apart_from_the_events_of_a_day() {
        let counts = counts_of(vec![
            event(EventKind::Assault, 5, 11, TimePrecision::Week),
            event(EventKind::Assault, 7, 7, TimePrecision::Day),
            event(EventKind::Capture, 14, 14, TimePrecision::Day),
        ]);
        let on = |day: u32| {
            let d = (day - 5) as usize;
            (
                counts.per_day[d][EventKind::Assault as usize],
                counts.spread[d][EventKind::Assault as usize],
            )
        };
        assert_eq!(counts.per_day.len(), 10, "2021-07-05 to 2021-07-14");
        for day in [5, 6, 8, 9, 10, 11] {
            assert_eq!(on(day), (0, 1), "2021-07-{day:02}");
        }
        assert_eq!(on(7), (1, 1));
        for day in [12, 13, 14] {
            assert_eq!(on(day), (0, 0), "2021-07-{day:02}");
        }
        assert_eq!(counts.per_day[9][EventKind::Capture as usize], 1);
        // The week's kind has a lighter layer of its own, over the events of one day; only
        // days with events of a layer's kind have a bar.
        let at = |day: u32| counts.first_day + (day - 5) as i32;
        let stacks = counts.stacks();
        let layers: Vec<(EventKind, bool, usize)> = (stacks.iter())
            .map(|s| (s.kind, s.spread, s.bars.len()))
            .collect();
        assert_eq!(
            layers,
            [
                (EventKind::Assault, false, 1),
                (EventKind::Capture, false, 1),
                (EventKind::Assault, true, 7)
            ]
        );
        assert_eq!(stacks[0].bars, [(at(7), 0, 1)]);
        assert!(
            stacks[2].bars.contains(&(at(7), 1, 1)),
            "on the day's assault"
        );
        assert!(stacks[2].bars.contains(&(at(5), 0, 1)));
    }

    /// The counts of all `events`, the window fitted to them.
    fn counts_of(events: Vec<Event>) -> DayCounts {
        let corpus = Corpus {
            events,
            ..Corpus::default()
        };
        let mut window = TimeWindow::default();
        window.fit(&corpus.events);
        let all: Vec<usize> = (0..corpus.events.len()).collect();
        DayCounts::of(&corpus, &all, &window)
    }

    /// The chart of `counts` drawn over `width` × 100 points.
    fn chart_transform(counts: &DayCounts, width: f32) -> PlotTransform {
        let bars = DayBars::new(counts);
        PlotTransform::new(
            egui::Rect::from_min_size(egui::Pos2::ZERO, egui::vec2(width, 100.0)),
            bars.bounds(),
            false,
        )
    }

    #[test]
    fn the_bar_under_the_pointer_lists_the_events_of_its_day_per_kind() {
        let counts = counts_of(vec![
            event(EventKind::Assault, 5, 11, TimePrecision::Week),
            event(EventKind::Assault, 7, 7, TimePrecision::Day),
            event(EventKind::Capture, 7, 7, TimePrecision::Day),
            event(EventKind::Capture, 14, 14, TimePrecision::Day),
        ]);
        let bars = DayBars::new(&counts);
        let transform = chart_transform(&counts, 1000.0);
        let seventh = counts.first_day + 2;
        let (left, right) = counts.bar_span(seventh);
        let over =
            |day_x: f64, events: f64| transform.position_from_point(&PlotPoint::new(day_x, events));
        let hit = bars.find_closest(over((left + right) / 2.0, 1.0), &transform);
        assert_eq!(hit.map(|h| (h.index, h.dist_sq)), Some((2, 0.0)));
        assert_eq!(
            counts.layers_of(2),
            [
                (EventKind::Assault, false, 1),
                (EventKind::Capture, false, 1),
                (EventKind::Assault, true, 1)
            ]
        );
        assert_eq!(counts.bar_label(seventh), "2021-07-07");
        // Above the bar, it is still the nearest; on a day with no event there is none.
        let above = bars.find_closest(over(right, 3.5), &transform);
        assert!(above.is_some_and(|h| h.index == 2 && h.dist_sq > 0.0));
        let twelfth = counts.first_day + 7;
        let (left, right) = counts.bar_span(twelfth);
        assert!(
            bars.find_closest(over((left + right) / 2.0, 0.5), &transform)
                .is_none()
        );
        assert!(counts.layers_of(7).is_empty());
    }

    #[test]
    fn every_bar_is_drawn_in_one_mesh_at_least_a_pixel_wide_and_high() {
        // 5,000 assaults on one day and one on the next: the lone one is far below a pixel.
        let mut events = vec![event(EventKind::Assault, 1, 1, TimePrecision::Day); 5_000];
        events.push(event(EventKind::Capture, 2, 2, TimePrecision::Day));
        let counts = counts_of(events);
        let mesh = DayBars::new(&counts).mesh(&chart_transform(&counts, 1000.0));
        assert_eq!(mesh.vertices.len(), 2 * 4, "a quad per bar");
        let capture = &mesh.vertices[4..];
        let extent = |axis: fn(&egui::epaint::Vertex) -> f32| {
            let values = capture.iter().map(axis);
            values.clone().fold(f32::MIN, f32::max) - values.fold(f32::MAX, f32::min)
        };
        assert!(extent(|v| v.pos.y) >= 1.0 && extent(|v| v.pos.x) >= 1.0);
        assert_eq!(capture[0].color, layer_color(EventKind::Capture, false));
        // Made once for a chart: the next frame reuses it, a chart of another size does not.
        let bars = DayBars::new(&counts);
        let transform = chart_transform(&counts, 1000.0);
        let drawn = bars.cached_mesh(&transform);
        assert_eq!(*drawn, mesh);
        assert!(Arc::ptr_eq(&drawn, &bars.cached_mesh(&transform)));
        let wider = chart_transform(&counts, 1200.0);
        let redrawn = bars.cached_mesh(&wider);
        assert!(!Arc::ptr_eq(&drawn, &redrawn));
        assert!(redrawn.vertices[4].pos.x > mesh.vertices[4].pos.x);
    }

    #[test]
    fn a_long_range_gathers_its_days_into_bars_of_several_days_that_keep_every_event() {
        // One assault a day over 5,000 days, a capture on the last.
        let first = NaiveDate::from_ymd_opt(2000, 1, 1).unwrap_or_default();
        let on = |offset: u64, kind: EventKind| {
            let day = first + chrono::Days::new(offset);
            let mut event = assault(
                (day.year(), day.month(), day.day()),
                (day.year(), day.month(), day.day()),
                TimePrecision::Day,
            );
            event.kind = kind;
            event
        };
        let mut events: Vec<Event> = (0..5_000).map(|d| on(d, EventKind::Assault)).collect();
        events.push(on(4_999, EventKind::Capture));
        let counts = counts_of(events);
        assert_eq!(counts.days_per_bar(), 8, "5,000 days in at most 700 bars");
        let stacks = counts.stacks();
        assert_eq!(stacks.len(), 2);
        let assaults = &stacks[0].bars;
        assert!(assaults.len() <= MAX_BARS);
        assert_eq!(assaults.iter().map(|b| b.2).sum::<usize>(), 5_000);
        assert_eq!(assaults[0], (counts.first_day, 0, 8));
        assert_eq!(assaults[1].0, counts.first_day + 8);
        // The last bar holds the last 5,000 - 624 * 8 = 8 days; the capture stands on it.
        assert_eq!(stacks[1].bars, [(counts.first_day + 624 * 8, 8, 1)]);
    }

    #[test]
    fn three_weeks_get_a_date_label_every_two_days_and_a_year_the_first_of_months() {
        let first = day_of(NaiveDate::from_ymd_opt(2021, 6, 24).unwrap_or_default());
        // 21 days over 1,000 points: about 48 points a day, a label every 2 days.
        let marks = day_marks(GridInput {
            bounds: (f64::from(first), f64::from(first + 21)),
            base_step_size: 21.0 / 1000.0 * f64::from(GRID_MIN_PX),
        });
        assert_eq!(marks.len(), 11, "{marks:?}");
        assert!(marks.iter().all(|m| m.step_size == 2.0));
        // Three months over 1,000 points: the 1st, 11th and 21st.
        let marks = day_marks(GridInput {
            bounds: (f64::from(first), f64::from(first + 92)),
            base_step_size: 92.0 / 1000.0 * f64::from(GRID_MIN_PX),
        });
        let labels: Vec<String> = marks.iter().map(|m| day_label(m.value as i32)).collect();
        assert_eq!(labels.first().map(String::as_str), Some("2021-07-01"));
        assert_eq!(labels.len(), 9, "{labels:?}");
        // A year over 1,400 points: the first of every month.
        let marks = day_marks(GridInput {
            bounds: (f64::from(first), f64::from(first + 365)),
            base_step_size: 365.0 / 1400.0 * f64::from(GRID_MIN_PX),
        });
        let labels: Vec<String> = marks.iter().map(|m| day_label(m.value as i32)).collect();
        assert_eq!(labels.len(), 12, "{labels:?}");
        assert_eq!(labels[0], "2021-07-01");
        assert!(labels.iter().all(|l| l.ends_with("-01")), "{labels:?}");
    }
}

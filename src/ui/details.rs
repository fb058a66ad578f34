//! The detail panel (the selected place's events; the selected event's kind, place, time,
//! actors, numbers, and every source sentence with the place highlighted, and why its
//! reports were merged) and the reader window (a whole article, its places highlighted).

use std::ops::Range;

use egui::text::LayoutJob;
use egui::{Color32, TextFormat};

use super::Command;
use super::filters::outlet_of;
use super::map_view::kind_color;
use crate::events::Event;
use crate::gazetteer::{Gazetteer, PlaceId};
use crate::ingest::Corpus;

/// Draws the details of the selection. `visible` are the indices of the events that pass the
/// time window and filters.
pub fn details_ui(
    ui: &mut egui::Ui,
    corpus: &Corpus,
    gazetteer: &Gazetteer,
    visible: &[usize],
    place: Option<PlaceId>,
    event: Option<usize>,
    commands: &mut Vec<Command>,
) {
    let Some(place_id) = place.or_else(|| event.and_then(|e| corpus.events.get(e)?.place)) else {
        ui.heading("Details");
        ui.label("Click a marker on the map to see its events and the sentences that report them.");
        undated_list_ui(ui, corpus, visible, commands);
        return;
    };
    ui.heading(&gazetteer.place(place_id).name);
    ui.weak(gazetteer.full_name(place_id));
    let here: Vec<&Event> = visible
        .iter()
        .filter_map(|&i| corpus.events.get(i))
        .filter(|e| e.place == Some(place_id))
        .collect();
    ui.horizontal(|ui| {
        ui.label(format!("{} events in the window", here.len()));
        if ui.small_button("Clear").clicked() {
            commands.push(Command::SelectPlace(None));
        }
    });
    let selected = event
        .and_then(|e| corpus.events.get(e))
        .filter(|e| e.place == Some(place_id))
        .or(if here.len() == 1 {
            here.first().copied()
        } else {
            None
        });
    egui::ScrollArea::vertical()
        .auto_shrink(false)
        .show(ui, |ui| {
            for e in &here {
                let is_selected = selected.is_some_and(|s| s.id == e.id);
                let text = egui::RichText::new(format!(
                    "{} · {} · {}",
                    e.kind.label(),
                    time_text(e),
                    plural(e.source_count(), "source")
                ))
                .color(kind_color(e.kind));
                if ui.selectable_label(is_selected, text).clicked() {
                    commands.push(Command::SelectEvent(Some(e.id)));
                }
            }
            if let Some(e) = selected {
                ui.separator();
                event_ui(ui, corpus, gazetteer, e, commands);
            }
        });
}

/// Events without a place are listed apart, so that they are never lost.
fn undated_list_ui(
    ui: &mut egui::Ui,
    corpus: &Corpus,
    visible: &[usize],
    commands: &mut Vec<Command>,
) {
    let placeless: Vec<&Event> = visible
        .iter()
        .filter_map(|&i| corpus.events.get(i))
        .filter(|e| e.place.is_none())
        .collect();
    if placeless.is_empty() {
        return;
    }
    ui.separator();
    ui.label(egui::RichText::new(format!("Events with no place ({})", placeless.len())).strong());
    egui::ScrollArea::vertical()
        .auto_shrink(false)
        .show(ui, |ui| {
            for e in placeless {
                let sentence = e
                    .mentions
                    .first()
                    .map(|m| &corpus.articles[m.article].text[m.sentence.clone()])
                    .unwrap_or("");
                let text = format!(
                    "{} · {} · {}",
                    e.kind.label(),
                    time_text(e),
                    shorten(sentence, 90)
                );
                if ui
                    .selectable_label(false, egui::RichText::new(text).color(kind_color(e.kind)))
                    .clicked()
                {
                    commands.push(Command::SelectEvent(Some(e.id)));
                }
            }
        });
}

/// "1 source", "2 sources".
pub fn plural(count: usize, noun: &str) -> String {
    if count == 1 {
        format!("1 {noun}")
    } else {
        format!("{count} {noun}s")
    }
}

fn shorten(text: &str, chars: usize) -> String {
    if text.chars().count() <= chars {
        text.to_string()
    } else {
        text.chars().take(chars).collect::<String>() + "…"
    }
}

/// "2021-07-07 (day)", "2021-06-28 – 2021-07-04 (week)", "date unknown".
pub fn time_text(event: &Event) -> String {
    match event.time {
        Some(t) if t.start == t.end => format!("{} ({:?})", t.start, t.precision).to_lowercase(),
        Some(t) => format!("{} – {} ({:?})", t.start, t.end, t.precision).to_lowercase(),
        None => "date unknown".into(),
    }
}

/// One event in full.
pub fn event_ui(
    ui: &mut egui::Ui,
    corpus: &Corpus,
    gazetteer: &Gazetteer,
    event: &Event,
    commands: &mut Vec<Command>,
) {
    ui.label(
        egui::RichText::new(event.kind.label())
            .heading()
            .color(kind_color(event.kind)),
    );
    if let Some(place) = event.place {
        ui.label(format!(
            "{} · {} · confidence {:.2}",
            gazetteer.full_name(place),
            event.precision.map_or("?", |p| p.as_str()),
            event.confidence
        ));
    }
    ui.label(format!("When: {}", time_text(event)));
    if !event.actors.is_empty() {
        ui.label(format!("Who: {}", event.actors.join(", ")));
    }
    if !event.quantities.is_empty() {
        let numbers: Vec<String> = event
            .quantities
            .iter()
            .map(|q| format!("{} {}", q.value, q.what))
            .collect();
        ui.label(format!("How many: {}", numbers.join(", ")));
    }
    ui.label(format!(
        "{} in {}",
        plural(event.mentions.len(), "report"),
        plural(event.source_count(), "article")
    ));
    ui.separator();
    for m in &event.mentions {
        let article = &corpus.articles[m.article];
        let marks: Vec<Range<usize>> = m
            .place
            .iter()
            .map(|t| t.span.clone())
            .filter(|s| m.sentence.start <= s.start && s.end <= m.sentence.end)
            .collect();
        ui.label(highlighted(ui, &article.text, m.sentence.clone(), &marks));
        ui.horizontal_wrapped(|ui| {
            let date = article
                .published
                .map_or_else(|| "date unknown".to_string(), |p| p.date.to_string());
            let title = article.title.clone().unwrap_or_else(|| article.key.clone());
            let mut notes = Vec::new();
            if m.reported {
                notes.push("reported speech");
            }
            if m.caption {
                notes.push("photo caption");
            }
            if m.place_inherited {
                notes.push("place from an earlier sentence");
            }
            ui.weak(format!(
                "— {title} · {} · {date} {}",
                outlet_of(corpus, m.article),
                notes.join(", ")
            ));
            if ui.small_button("Read article").clicked() {
                commands.push(Command::OpenArticle(m.article));
            }
        });
        ui.add_space(6.0);
    }
    if !event.merge_reasons.is_empty() {
        ui.collapsing("Why these reports are one event", |ui| {
            for reason in &event.merge_reasons {
                ui.label(format!("• {reason}"));
            }
        });
    }
}

/// `text[range]` with the `marks` (byte ranges of `text` inside it) highlighted.
fn highlighted(
    ui: &egui::Ui,
    text: &str,
    range: Range<usize>,
    marks: &[Range<usize>],
) -> LayoutJob {
    let normal = TextFormat {
        color: ui.visuals().text_color(),
        ..TextFormat::default()
    };
    let mark = TextFormat {
        color: Color32::BLACK,
        background: Color32::from_rgb(255, 210, 90),
        ..TextFormat::default()
    };
    let mut job = LayoutJob::default();
    job.wrap.max_width = ui.available_width();
    let mut at = range.start;
    let mut sorted: Vec<&Range<usize>> = marks
        .iter()
        .filter(|m| range.start <= m.start && m.end <= range.end)
        .collect();
    sorted.sort_by_key(|m| m.start);
    for m in sorted {
        if m.start < at {
            continue;
        }
        job.append(&text[at..m.start], 0.0, normal.clone());
        job.append(&text[m.clone()], 0.0, mark.clone());
        at = m.end;
    }
    job.append(&text[at..range.end], 0.0, normal);
    job
}

/// A window with the whole article, every recognised place highlighted.
pub fn reader_window(
    ctx: &egui::Context,
    corpus: &Corpus,
    gazetteer: &Gazetteer,
    index: usize,
    open: &mut bool,
) {
    let Some(article) = corpus.articles.get(index) else {
        *open = false;
        return;
    };
    let title = article.title.clone().unwrap_or_else(|| article.key.clone());
    egui::Window::new(format!("Article: {title}"))
        .open(open)
        .default_size([560.0, 480.0])
        .show(ctx, |ui| {
            let date = article
                .published
                .map_or_else(|| "date unknown".to_string(), |p| p.date.to_string());
            ui.weak(format!(
                "{} · {} · {date}",
                article.key,
                outlet_of(corpus, index)
            ));
            let places: Vec<&crate::ingest::Mention> = corpus
                .mentions
                .iter()
                .filter(|m| m.article == index)
                .collect();
            egui::ScrollArea::vertical()
                .max_height(400.0)
                .show(ui, |ui| {
                    for line in &article.kept {
                        let marks: Vec<Range<usize>> = places
                            .iter()
                            .map(|m| m.toponym.span.clone())
                            .filter(|p| line.start <= p.start && p.end <= line.end)
                            .collect();
                        ui.label(highlighted(ui, &article.text, line.clone(), &marks));
                    }
                });
            ui.separator();
            let mut names: Vec<String> = places
                .iter()
                .map(|m| gazetteer.full_name(m.toponym.place))
                .collect();
            names.sort();
            names.dedup();
            ui.weak(format!("Places: {}", names.join(" · ")));
        });
}

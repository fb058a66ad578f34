//! The detail panel (what the selected marker stands for, with its source sentences) and the
//! reader window (a whole article with its recognised places highlighted).

use std::ops::Range;

use egui::text::LayoutJob;
use egui::{Color32, TextFormat};

use super::{Command, TimeWindow};
use crate::gazetteer::{Gazetteer, PlaceId};
use crate::ingest::Corpus;

/// Draws the selected place, its precision and every sentence that names it.
pub fn details_ui(
    ui: &mut egui::Ui,
    corpus: &Corpus,
    gazetteer: Option<&Gazetteer>,
    window: &TimeWindow,
    selected: Option<PlaceId>,
    commands: &mut Vec<Command>,
) {
    let (Some(place_id), Some(gazetteer)) = (selected, gazetteer) else {
        ui.heading("Details");
        ui.label("Click a marker on the map to read the sentences that name the place.");
        return;
    };
    let place = gazetteer.place(place_id);
    ui.heading(&place.name);
    ui.label(gazetteer.full_name(place_id));
    let mentions: Vec<_> = corpus
        .mentions
        .iter()
        .filter(|m| {
            m.toponym.place == place_id
                && window.shows(corpus.articles[m.article].published.map(|p| p.date))
        })
        .collect();
    if let Some(first) = mentions.first() {
        let mean_confidence =
            mentions.iter().map(|m| m.toponym.confidence).sum::<f32>() / mentions.len() as f32;
        ui.label(format!(
            "{} · confidence {:.2} · {:.4}, {:.4}",
            first.toponym.precision.as_str(),
            mean_confidence,
            place.lat,
            place.lon
        ));
    }
    ui.label(format!("{} mentions in the time window", mentions.len()));
    if ui.button("Clear selection").clicked() {
        commands.push(Command::Select(None));
    }
    ui.separator();
    egui::ScrollArea::vertical()
        .auto_shrink(false)
        .show(ui, |ui| {
            for m in mentions {
                let article = &corpus.articles[m.article];
                let date = article
                    .published
                    .map_or_else(|| "date unknown".to_string(), |p| p.date.to_string());
                let title = article.title.clone().unwrap_or_else(|| article.key.clone());
                ui.label(highlighted(
                    ui,
                    &article.text,
                    m.sentence.clone(),
                    std::slice::from_ref(&m.toponym.span),
                ));
                ui.horizontal_wrapped(|ui| {
                    let outlet = article.outlet.as_deref().unwrap_or("");
                    ui.weak(format!("— {title} {outlet} {date}"));
                    if ui.small_button("Read article").clicked() {
                        commands.push(Command::OpenArticle(m.article));
                    }
                });
                ui.add_space(6.0);
            }
        });
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
    for m in marks
        .iter()
        .filter(|m| range.start <= m.start && m.end <= range.end)
    {
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
    gazetteer: Option<&Gazetteer>,
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
                article.outlet.as_deref().unwrap_or("")
            ));
            let places: Vec<Range<usize>> = corpus
                .mentions
                .iter()
                .filter(|m| m.article == index)
                .map(|m| m.toponym.span.clone())
                .collect();
            egui::ScrollArea::vertical().show(ui, |ui| {
                for line in &article.kept {
                    let marks: Vec<Range<usize>> = places
                        .iter()
                        .filter(|p| line.start <= p.start && p.end <= line.end)
                        .cloned()
                        .collect();
                    ui.label(highlighted(ui, &article.text, line.clone(), &marks));
                }
            });
            if let Some(gazetteer) = gazetteer {
                ui.separator();
                let mut names: Vec<String> = corpus
                    .mentions
                    .iter()
                    .filter(|m| m.article == index)
                    .map(|m| gazetteer.full_name(m.toponym.place))
                    .collect();
                names.sort();
                names.dedup();
                ui.weak(format!("Places: {}", names.join(" · ")));
            }
        });
}

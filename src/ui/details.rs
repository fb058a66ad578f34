//! The detail panel (the selected place's events; the selected event's kind in ACLED's
//! taxonomy, casualties, whether it is unconfirmed, place, time, actors, numbers, its
//! independent sources, and every source sentence with the place highlighted, marked when
//! hedged or a syndicated copy, and why its reports were merged) and the reader window (a whole article, its places highlighted).

use std::ops::Range;

use egui::text::LayoutJob;
use egui::{Color32, TextFormat};

use super::command::Command;
use super::format::{casualties_text, drawable, outlet_of, plural, sources_text, time_text};
use super::palette::kind_color;
use super::state::ArticleView;
use crate::corpus::{Corpus, Fix, Origin};
use crate::events::{Event, EventId};
use crate::gazetteer::{Gazetteer, PlaceId};
use crate::geoparse::MentionForm;

/// Why an event of an events file has no buttons to correct it.
const READ_ONLY: &str = "An events file keeps no corrections: it would lose them when it is \
     written again. Open the folder it was extracted from, correct the event there, and export \
     the events again.";

/// What the reader shows of an article of an events file.
const QUOTED_ONLY: &str = "The events file holds only the sentences its events quote from \
     this article, not the article's text: these sentences are shown.";

/// The "Wrong place?" editor of one event.
#[derive(Clone, Debug, Default)]
pub struct PlaceFix {
    /// The event being placed.
    pub event: EventId,
    /// The place name typed in the search box.
    pub search: String,
    /// Whether the next click on the map picks the place.
    pub picking: bool,
    /// The town nearest to the last click on the map.
    pub picked: Option<PlaceId>,
}

/// Draws the details of the selection (a place, an event). `visible` are the indices of the
/// events that pass the time window and filters, `placeless` those of them with no place;
/// `fix` is the open place editor.
pub fn details_ui(
    ui: &mut egui::Ui,
    corpus: &Corpus,
    gazetteer: &Gazetteer,
    (visible, placeless): (&[usize], &[usize]),
    (place, event): (Option<PlaceId>, Option<EventId>),
    fix: &mut Option<PlaceFix>,
    commands: &mut Vec<Command>,
) {
    let Some(place_id) = place.or_else(|| event.and_then(|e| corpus.event(e)?.place)) else {
        ui.heading("Details");
        if let Some(e) = event.and_then(|e| corpus.event(e)) {
            if ui.small_button("Back to the list").clicked() {
                commands.push(Command::SelectEvent(None));
            }
            egui::ScrollArea::vertical()
                .auto_shrink(false)
                .show(ui, |ui| event_ui(ui, corpus, gazetteer, e, fix, commands));
            return;
        }
        ui.label("Click a marker on the map to see its events and the sentences that report them.");
        placeless_list_ui(ui, corpus, placeless, commands);
        return;
    };
    ui.heading(drawable(ui.ctx(), &gazetteer.place(place_id).name));
    ui.weak(drawable(ui.ctx(), &gazetteer.full_name(place_id)));
    let here: Vec<&Event> = visible
        .iter()
        .filter_map(|&i| corpus.events.get(i))
        .filter(|e| e.place == Some(place_id))
        .collect();
    ui.horizontal(|ui| {
        ui.label(format!("{} in the window", plural(here.len(), "event")));
        if ui.small_button("Clear").clicked() {
            commands.push(Command::SelectPlace(None));
        }
    });
    let selected = event
        .and_then(|e| corpus.event(e))
        .filter(|e| e.place == Some(place_id))
        .or(if here.len() == 1 {
            here.first().copied()
        } else {
            None
        });
    let list_height = (ui.available_height() * 0.35).max(60.0);
    event_list_ui(
        ui,
        "events at the place",
        &here,
        selected.map(|e| e.id),
        list_height,
        |e| {
            let mut parts = vec![e.kind.label().to_string(), time_text(e)];
            parts.extend(casualties_text(
                e.casualties.fatalities,
                e.casualties.injured,
            ));
            if e.unconfirmed {
                parts.push("unconfirmed".into());
            }
            parts.push(sources_of(corpus, e));
            let line = parts.join(" · ");
            (line.clone(), Some(line))
        },
        commands,
    );
    if let Some(e) = selected {
        ui.separator();
        egui::ScrollArea::vertical()
            .id_salt("selected event")
            .auto_shrink(false)
            .show(ui, |ui| event_ui(ui, corpus, gazetteer, e, fix, commands));
    }
}

/// "3 sources", "3 copies of 1 report"…: the event's articles, syndicated copies counted once.
fn sources_of(corpus: &Corpus, event: &Event) -> String {
    sources_text(event.source_count(), corpus.independent_sources(event))
}

/// Events without a place are listed apart, so that they are never lost.
fn placeless_list_ui(
    ui: &mut egui::Ui,
    corpus: &Corpus,
    placeless: &[usize],
    commands: &mut Vec<Command>,
) {
    let placeless: Vec<&Event> = (placeless.iter())
        .filter_map(|&i| corpus.events.get(i))
        .collect();
    if placeless.is_empty() {
        return;
    }
    ui.separator();
    ui.label(egui::RichText::new(format!("Events with no place ({})", placeless.len())).strong());
    let height = ui.available_height();
    event_list_ui(
        ui,
        "events with no place",
        &placeless,
        None,
        height,
        |e| {
            let sentence = e
                .mentions
                .first()
                .map(|m| &corpus.articles[m.article].text[m.sentence.clone()])
                .unwrap_or("");
            let line = format!("{} · {} · {sentence}", e.kind.label(), time_text(e));
            (line, Some(sentence.to_string()))
        },
        commands,
    );
}

/// A list of events, one line each (`line` gives its text and a tooltip), that selects the
/// event clicked. Only the lines in view are laid out: a place or a folder may have thousands.
fn event_list_ui(
    ui: &mut egui::Ui,
    id: &str,
    events: &[&Event],
    selected: Option<EventId>,
    max_height: f32,
    line: impl Fn(&Event) -> (String, Option<String>),
    commands: &mut Vec<Command>,
) {
    let row_height = ui.spacing().interact_size.y;
    egui::ScrollArea::vertical()
        .id_salt(id)
        .max_height(max_height)
        .auto_shrink([false, true])
        .show_rows(ui, row_height, events.len(), |ui, rows| {
            for e in &events[rows] {
                let (text, tooltip) = line(e);
                // The kind's colour, but not on the selection's own (blue on blue).
                let chosen = selected == Some(e.id);
                let color = if chosen {
                    ui.visuals().strong_text_color()
                } else {
                    kind_color(e.kind)
                };
                let text = egui::RichText::new(text).color(color);
                let button = egui::Button::selectable(chosen, text)
                    .truncate()
                    .min_size(egui::vec2(0.0, row_height));
                let mut response = ui.add(button);
                if let Some(tooltip) = tooltip {
                    response = response.on_hover_text(tooltip);
                }
                if response.clicked() {
                    commands.push(Command::SelectEvent(Some(e.id)));
                }
            }
        });
}

/// One event in full, with the buttons that correct it.
pub fn event_ui(
    ui: &mut egui::Ui,
    corpus: &Corpus,
    gazetteer: &Gazetteer,
    event: &Event,
    fix: &mut Option<PlaceFix>,
    commands: &mut Vec<Command>,
) {
    ui.label(
        egui::RichText::new(event.kind.label())
            .heading()
            .color(kind_color(event.kind)),
    );
    let sub = event.kind.sub_event_type();
    ui.weak(format!("{} › {}", sub.event_type().name(), sub.name()));
    let casualties = casualties_text(event.casualties.fatalities, event.casualties.injured);
    if casualties.is_some() || event.unconfirmed {
        ui.horizontal_wrapped(|ui| {
            if let Some(casualties) = casualties {
                ui.label(egui::RichText::new(casualties).strong());
            }
            if event.unconfirmed {
                unconfirmed_tag(ui);
            }
        });
    }
    match event.place {
        Some(place) => ui.label(format!(
            "{} · {} · confidence {:.2}",
            drawable(ui.ctx(), &gazetteer.full_name(place)),
            event.precision.map_or("?", |p| p.as_str()),
            event.confidence
        )),
        None => ui.label("Place unknown: the reports name none."),
    };
    let corrected = event.mentions.iter().any(|m| m.place_corrected);
    if corpus.origin == Origin::EventsFile {
        ui.weak("Read only: correct the place in the folder this events file came from.")
            .on_hover_text(READ_ONLY);
    } else {
        fix_buttons_ui(ui, event, fix, corrected, commands);
    }
    if let Some(fix) = fix.as_mut().filter(|f| f.event == event.id) {
        place_fix_ui(ui, corpus, gazetteer, event, fix, commands);
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
    let mut sources = sources_of(corpus, event);
    if event.mentions.len() > event.source_count() {
        sources = format!("{sources} ({})", plural(event.mentions.len(), "sentence"));
    }
    ui.label(sources).on_hover_text(
        "Syndicated copies (the same report in several outlets, near-identical texts) count \
         as one independent source.",
    );
    ui.separator();
    for m in &event.mentions {
        let article = &corpus.articles[m.article];
        let marks: Vec<Range<usize>> = m
            .place
            .iter()
            .map(|t| t.span.clone())
            .filter(|s| m.sentence.start <= s.start && s.end <= m.sentence.end)
            .collect();
        ui.label(highlighted(
            ui,
            &article.text,
            m.sentence.clone(),
            &marks,
            &(0..0),
        ));
        ui.horizontal_wrapped(|ui| {
            let date = article
                .published
                .map_or_else(|| "date unknown".to_string(), |p| p.date.to_string());
            let title = article.title.clone().unwrap_or_else(|| article.key.clone());
            let mut notes = Vec::new();
            let copy_of = first_of_copies(corpus, event, m.article).map(|first| {
                corpus.articles[first]
                    .outlet
                    .as_ref()
                    .map_or("copy of an earlier report".into(), |outlet| {
                        format!("copy of the {outlet} report")
                    })
            });
            if m.hedged {
                notes.push("hedged");
            }
            if let Some(copy_of) = &copy_of {
                notes.push(copy_of);
            }
            if m.reported {
                notes.push("reported speech");
            }
            if m.caption {
                notes.push("photo caption");
            }
            if m.place_inherited {
                notes.push("place from an earlier sentence");
            }
            if m.place_corrected {
                notes.push("place set by you");
            }
            let notes: String = notes.iter().map(|n| format!(" · {n}")).collect();
            ui.weak(format!(
                "— {title} · {} · {date}{notes}",
                outlet_of(corpus, m.article),
            ));
            let read = match corpus.origin {
                Origin::Folder => ui.small_button("Read article"),
                Origin::EventsFile => ui
                    .small_button("Quoted sentences")
                    .on_hover_text(QUOTED_ONLY),
            };
            if read.clicked() {
                commands.push(Command::OpenArticle(m.article, m.sentence.clone()));
            }
        });
        ui.add_space(6.0);
    }
    if !event.merge_reasons.is_empty() {
        ui.collapsing("Why these reports are one event", |ui| {
            for reason in &event.merge_reasons {
                ui.label(format!("• {}", reason.describe(gazetteer)));
            }
        });
    }
}

/// The buttons that correct an event: its place, not an event, not a place, undo.
fn fix_buttons_ui(
    ui: &mut egui::Ui,
    event: &Event,
    fix: &Option<PlaceFix>,
    corrected: bool,
    commands: &mut Vec<Command>,
) {
    ui.horizontal_wrapped(|ui| {
        let label = if event.place.is_some() {
            "Wrong place?"
        } else {
            "Set place"
        };
        let editing = fix.as_ref().is_some_and(|f| f.event == event.id);
        if ui.selectable_label(editing, label).clicked() {
            let next = if editing { None } else { Some(event.id) };
            commands.push(Command::EditPlace(next));
        }
        if ui
            .button("Not an event")
            .on_hover_text(
                "Hide these reports; they stay hidden after a reload (View › Hidden reports)",
            )
            .clicked()
        {
            commands.push(Command::FixEvent(event.id, Fix::NotEvent));
        }
        let name = event
            .mentions
            .iter()
            .filter_map(|m| m.place.as_ref())
            .map(|t| t.surface.as_str())
            .find(|s| !s.is_empty());
        if let Some(name) = name {
            ui.menu_button(format!("“{name}” is not a place"), |ui| {
                if ui.button("in these articles").clicked() {
                    commands.push(Command::FixEvent(event.id, Fix::NotAPlace(false)));
                }
                if ui.button("in every article of the folder").clicked() {
                    commands.push(Command::FixEvent(event.id, Fix::NotAPlace(true)));
                }
            });
        }
        if corrected {
            ui.weak("place set by you");
            if ui.small_button("Undo").clicked() {
                commands.push(Command::FixEvent(event.id, Fix::ResetPlace));
            }
        }
    });
}

/// The "unconfirmed" tag of an event every report of which hedges.
fn unconfirmed_tag(ui: &mut egui::Ui) {
    egui::Frame::new()
        .fill(Color32::from_rgb(110, 75, 20))
        .corner_radius(3.0)
        .inner_margin(egui::Margin::symmetric(4, 1))
        .show(ui, |ui| {
            ui.label(egui::RichText::new("unconfirmed").color(Color32::from_rgb(255, 225, 160)))
                .on_hover_text(
                    "Every report of it hedges: \"allegedly\", \"reportedly\", \"appeared to\"…",
                );
        });
}

/// The first article of `event` that `article` is a syndicated copy of, if it is one.
fn first_of_copies(corpus: &Corpus, event: &Event, article: usize) -> Option<usize> {
    let group = corpus.copies.group(article);
    event
        .mentions
        .iter()
        .map(|m| m.article)
        .find(|&a| corpus.copies.group(a) == group)
        .filter(|&first| first != article)
}

/// How many candidates each list of the place editor offers.
const CANDIDATES: usize = 8;

/// The place editor: the name's other senses, the other places the reports name, a search of
/// the gazetteer and a pick on the map, each a button that saves the place.
fn place_fix_ui(
    ui: &mut egui::Ui,
    corpus: &Corpus,
    gazetteer: &Gazetteer,
    event: &Event,
    fix: &mut PlaceFix,
    commands: &mut Vec<Command>,
) {
    let mut cancel = false;
    let mut choose = |ui: &mut egui::Ui, id: PlaceId, note: String, fix_as: Fix| {
        let place = gazetteer.place(id);
        let name = drawable(ui.ctx(), &gazetteer.full_name(id));
        let text = format!("{name} ({}{note})", place.kind.code());
        if ui.button(text).clicked() {
            commands.push(Command::FixEvent(event.id, fix_as));
        }
    };
    ui.group(|ui| {
        ui.label(egui::RichText::new("Where did it happen?").strong());
        let named = event
            .mentions
            .iter()
            .filter_map(|m| m.place.as_ref())
            .find(|t| !t.surface.is_empty());
        if let Some(toponym) = named {
            let senses: Vec<(PlaceId, f32)> = toponym
                .alternatives
                .iter()
                .copied()
                .filter(|&(id, _)| Some(id) != event.place)
                .take(CANDIDATES)
                .collect();
            if !senses.is_empty() {
                ui.label(format!(
                    "Other places called “{}” (for the whole article):",
                    toponym.surface
                ));
                for (id, score) in senses {
                    choose(ui, id, format!(", score {score:.2}"), Fix::Name(id));
                }
            }
        }
        let mut named_nearby: Vec<PlaceId> = (event.mentions.iter())
            .flat_map(|e| {
                let places = corpus.places.get(e.article).map_or(&[][..], Vec::as_slice);
                places
                    .iter()
                    .filter(|t| e.sentence.start <= t.span.start && t.span.end <= e.sentence.end)
            })
            .filter(|t| t.form != MentionForm::Demonym)
            .map(|t| t.place)
            .filter(|&id| Some(id) != event.place)
            .collect();
        named_nearby.sort_unstable();
        named_nearby.dedup();
        if !named_nearby.is_empty() {
            ui.label("Other places these reports name:");
            for id in named_nearby.into_iter().take(CANDIDATES) {
                choose(ui, id, String::new(), Fix::Place(id));
            }
        }
        let label = ui.label("Find a place:");
        ui.add(egui::TextEdit::singleline(&mut fix.search).hint_text("name, any spelling"))
            .labelled_by(label.id);
        let query = fix.search.trim();
        if query.chars().count() >= 2 {
            let found = corpus.search_places(gazetteer, query);
            if found.is_empty() {
                ui.weak("No place of that name in the gazetteer.");
            }
            for id in found.into_iter().take(CANDIDATES) {
                choose(ui, id, String::new(), Fix::Place(id));
            }
        }
        ui.horizontal_wrapped(|ui| {
            ui.toggle_value(&mut fix.picking, "Pick on the map");
            if fix.picking {
                ui.weak("click where it happened: the nearest town is offered");
            }
        });
        if let Some(id) = fix.picked {
            choose(ui, id, ", nearest to your click".into(), Fix::Place(id));
        }
        if ui.button("Cancel").clicked() {
            cancel = true;
        }
    });
    if cancel {
        commands.push(Command::EditPlace(None));
    }
}

/// `text[range]` with the `marks` (byte ranges of `text` inside it) highlighted and the
/// `sentence` (a byte range of `text`) tinted.
fn highlighted(
    ui: &egui::Ui,
    text: &str,
    range: Range<usize>,
    marks: &[Range<usize>],
    sentence: &Range<usize>,
) -> LayoutJob {
    let normal = TextFormat {
        color: ui.visuals().text_color(),
        ..TextFormat::default()
    };
    let quoted = TextFormat {
        background: ui.visuals().selection.bg_fill.gamma_multiply(0.45),
        ..normal.clone()
    };
    let mark = TextFormat {
        color: Color32::BLACK,
        background: Color32::from_rgb(255, 210, 90),
        ..TextFormat::default()
    };
    let mut sorted: Vec<&Range<usize>> = marks
        .iter()
        .filter(|m| range.start <= m.start && m.end <= range.end)
        .collect();
    sorted.sort_by_key(|m| m.start);
    // Cut points: every mark's ends and the sentence's, inside the range.
    let mut cuts = vec![range.start, range.end];
    cuts.extend(sorted.iter().flat_map(|m| [m.start, m.end]));
    cuts.extend(
        [sentence.start, sentence.end]
            .into_iter()
            .filter(|c| range.contains(c) && text.is_char_boundary(*c)),
    );
    cuts.sort_unstable();
    cuts.dedup();
    let mut job = LayoutJob::default();
    job.wrap.max_width = ui.available_width();
    for piece in cuts.windows(2) {
        let (start, end) = (piece[0], piece[1]);
        let format = if sorted.iter().any(|m| m.start <= start && end <= m.end) {
            &mark
        } else if sentence.start <= start && end <= sentence.end {
            &quoted
        } else {
            &normal
        };
        job.append(&text[start..end], 0.0, format.clone());
    }
    job
}

/// A window with the whole article, every recognised place highlighted and the quoted
/// sentence tinted and scrolled into view when the window opens on it.
pub fn reader_window(
    ctx: &egui::Context,
    corpus: &Corpus,
    gazetteer: &Gazetteer,
    view: &mut ArticleView,
    open: &mut bool,
) {
    let index = view.article;
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
            let places = corpus.places.get(index).map_or(&[][..], Vec::as_slice);
            egui::ScrollArea::vertical()
                .max_height(400.0)
                .show(ui, |ui| {
                    for line in &article.kept {
                        let marks: Vec<Range<usize>> = places
                            .iter()
                            .map(|t| t.span.clone())
                            .filter(|p| line.start <= p.start && p.end <= line.end)
                            .collect();
                        let job =
                            highlighted(ui, &article.text, line.clone(), &marks, &view.sentence);
                        let label = ui.label(job);
                        let holds_sentence =
                            line.start <= view.sentence.start && view.sentence.start < line.end;
                        if view.scroll_pending && holds_sentence {
                            label.scroll_to_me(Some(egui::Align::Center));
                        }
                    }
                    view.scroll_pending = false;
                });
            ui.separator();
            if corpus.origin == Origin::EventsFile {
                ui.weak(QUOTED_ONLY);
                return;
            }
            let mut names: Vec<String> = places
                .iter()
                .map(|t| drawable(ui.ctx(), &gazetteer.full_name(t.place)))
                .collect();
            names.sort();
            names.dedup();
            ui.weak(format!("Places: {}", names.join(" · ")));
        });
}

//! The HTML report of the visible events: one file that any browser opens with no install and
//! no request elsewhere (the map is inlined as a PNG, the page's policy forbids anything else):
//! the map, its key, the window's dates and the active filters, then every event with its
//! place, dates, actors, counts and unconfirmed mark, and its sources with the sentences they
//! report it in. Articles are hostile input: every text is escaped, and only `http(s)` URLs
//! become links.

use std::fmt::Write as _;

use base64::Engine as _;
use serde_json::Value;

use super::Scene;
use crate::corpus::Corpus;
use crate::events::{Event, EventType};
use crate::export::event_records;
use crate::ui::format::plural;
use crate::ui::palette::type_color;
use crate::ui::time_window::TimeWindow;

/// The report's style: plain, printable, readable on a phone.
const STYLE: &str = "body{font-family:system-ui,sans-serif;margin:2em auto;max-width:62em;\
padding:0 1em;color:#222}img.map{max-width:100%;border:1px solid #ccc}\
.dot{display:inline-block;width:.8em;height:.8em;border-radius:50%;margin-right:.3em}\
.event{border-top:1px solid #ddd;padding:.6em 0}.meta{color:#555}\
.unconfirmed{color:#a40;font-weight:bold}blockquote{margin:.3em 0 .3em 1.2em;\
padding-left:.6em;border-left:3px solid #ccc}dt{font-weight:bold}ul.legend{list-style:none;padding:0}";

/// `text` with the characters that mean something in HTML written as entities.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// The text of a JSON string value, or "" for anything else.
fn text(value: &Value) -> &str {
    value.as_str().unwrap_or_default()
}

/// The report of `events` (those visible in `window`) with the map's PNG `picture`.
pub fn html(
    scene: &Scene,
    corpus: &Corpus,
    window: &TimeWindow,
    picture: &[u8],
    events: &[&Event],
) -> String {
    let mut out = String::new();
    let dates = match window.dates() {
        Some((first, last)) if first == last => first.to_string(),
        Some((first, last)) => format!("{first} to {last}"),
        None => "no dated event".to_string(),
    };
    let title = format!("{} · {dates}", scene.title);
    let _ = write!(
        out,
        "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">{REPORT_MARK}\
         <meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; \
         img-src data:; style-src 'unsafe-inline'\">\
         <meta name=\"viewport\" content=\"width=device-width\">\
         <title>{}</title><style>{STYLE}</style></head><body>\n<h1>{}</h1>\n",
        escape(&title),
        escape(&title),
        REPORT_MARK = crate::articles::REPORT_MARK,
    );
    let undated = if window.show_undated {
        "undated events shown"
    } else {
        "undated events hidden"
    };
    let _ = writeln!(
        out,
        "<p>Time window: <b>{}</b>{}; {undated}. {} listed below.</p>",
        escape(&dates),
        if window.cumulative {
            " (cumulative)"
        } else {
            ""
        },
        plural(events.len(), "event"),
    );
    let filters = if scene.filters.is_empty() {
        "none".to_string()
    } else {
        (scene.filters.iter())
            .map(|f| escape(f))
            .collect::<Vec<_>>()
            .join("; ")
    };
    let _ = writeln!(out, "<p>Filters: {filters}.</p>");
    let _ = writeln!(
        out,
        "<img class=\"map\" alt=\"map of the events\" src=\"data:image/png;base64,{}\">",
        base64::engine::general_purpose::STANDARD.encode(picture)
    );
    legend(&mut out, events);
    out.push_str("<h2>Events</h2>\n");
    for record in event_records(corpus, &scene.gazetteer, events) {
        event(&mut out, &record.into_value());
    }
    out.push_str(
        "<p class=\"meta\">Made by newsmap from the articles of the folder.</p>\n</body></html>\n",
    );
    out
}

/// The key: each event type of the events, in its colour, with how many there are.
fn legend(out: &mut String, events: &[&Event]) {
    out.push_str("<ul class=\"legend\">");
    for event_type in EventType::ALL {
        let count = events
            .iter()
            .filter(|e| e.event_type() == event_type)
            .count();
        if count == 0 {
            continue;
        }
        let [r, g, b, _] = type_color(event_type).to_array();
        let _ = write!(
            out,
            "<li><span class=\"dot\" style=\"background:#{r:02x}{g:02x}{b:02x}\"></span>{} ({count})</li>",
            escape(event_type.name())
        );
    }
    out.push_str("<li>On the map: discs for towns and sites, rings for districts, provinces and countries; see-through with a dashed outline when unconfirmed.</li></ul>\n");
}

/// One event of [`event_records`]: what, when, where, who, how many, and its sources.
fn event(out: &mut String, record: &Value) {
    let kind = text(&record["kind"]).replace('_', " ");
    let _ = write!(
        out,
        "<div class=\"event\" id=\"{}\"><h3>{} <span class=\"meta\">({} › {})</span>",
        escape(text(&record["id"])),
        escape(&kind),
        escape(text(&record["event_type"])),
        escape(text(&record["sub_event_type"])),
    );
    if record["unconfirmed"].as_bool() == Some(true) {
        out.push_str(" <span class=\"unconfirmed\">unconfirmed</span>");
    }
    out.push_str("</h3>\n<dl>");
    let time = &record["time"];
    let when = match (time["start"].as_str(), time["end"].as_str()) {
        (Some(start), Some(end)) if start == end => start.to_string(),
        (Some(start), Some(end)) => format!("{start} to {end}"),
        _ => "undated".to_string(),
    };
    let precision = time["precision"].as_str().unwrap_or("unknown");
    let _ = write!(
        out,
        "<dt>When</dt><dd>{} ({})</dd>",
        escape(&when),
        escape(precision)
    );
    let place = &record["place"];
    let place_text = if place.is_null() {
        "no place".to_string()
    } else {
        // The name runs up to the province and the country ("Sher Khan Bandar, Kunduz,
        // Afghanistan").
        format!(
            "{} ({} level; {:.4}, {:.4})",
            text(&place["name"]),
            text(&place["precision"]),
            place["lat"].as_f64().unwrap_or_default(),
            place["lon"].as_f64().unwrap_or_default()
        )
    };
    let _ = write!(out, "<dt>Where</dt><dd>{}</dd>", escape(&place_text));
    let actors: Vec<&str> = record["actors"]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(Value::as_str)
        .collect();
    if !actors.is_empty() {
        let _ = write!(
            out,
            "<dt>Actors</dt><dd>{}</dd>",
            escape(&actors.join(", "))
        );
    }
    let mut counts = Vec::new();
    for (key, word) in [("fatalities", "killed"), ("injured", "injured")] {
        if let Some(n) = record[key].as_u64() {
            counts.push(format!("{n} {word}"));
        }
    }
    for quantity in record["numbers"].as_array().into_iter().flatten() {
        if let (Some(value), Some(what)) = (quantity["value"].as_u64(), quantity["what"].as_str()) {
            let at_least = if quantity["approximate"].as_bool() == Some(true) {
                "at least "
            } else {
                ""
            };
            counts.push(format!("{at_least}{value} {what}"));
        }
    }
    if !counts.is_empty() {
        let _ = write!(
            out,
            "<dt>Counts</dt><dd>{}</dd>",
            escape(&counts.join(", "))
        );
    }
    out.push_str("<dt>Sources</dt><dd><ul>");
    for mention in record["mentions"].as_array().into_iter().flatten() {
        source(out, mention);
    }
    out.push_str("</ul></dd></dl></div>\n");
}

/// One report of an event: its article (title, outlet, date, link) and the sentence quoted.
fn source(out: &mut String, mention: &Value) {
    let title = match mention["title"].as_str() {
        Some(title) if !title.trim().is_empty() => title,
        _ => text(&mention["article"]),
    };
    let url = text(&mention["url"]);
    let linked = if url.starts_with("https://") || url.starts_with("http://") {
        format!("<a href=\"{}\">{}</a>", escape(url), escape(title))
    } else {
        escape(title)
    };
    let mut about: Vec<String> = Vec::new();
    if let Some(outlet) = mention["outlet"].as_str() {
        about.push(escape(outlet));
    }
    if let Some(published) = mention["published"].as_str() {
        about.push(escape(published));
    }
    for (key, note) in [
        ("hedged", "hedged"),
        ("reported", "reported speech"),
        ("caption", "photo caption"),
    ] {
        if mention[key].as_bool() == Some(true) {
            about.push(note.to_string());
        }
    }
    let _ = write!(
        out,
        "<li>{linked} <span class=\"meta\">{}</span><blockquote>{}</blockquote></li>",
        about.join(" · "),
        escape(text(&mention["sentence"]))
    );
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markup_in_text_stays_text() {
        assert_eq!(
            escape("<script>alert('x')</script> & \"q\""),
            "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;q&quot;"
        );
    }
}

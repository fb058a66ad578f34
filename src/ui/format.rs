//! How the panels write things: counts with their noun, casualties, independent sources, days,
//! date ranges, outlets, and names in the characters the font can draw. Every panel imports these from here, so that no
//! panel imports another.

use chrono::{Datelike as _, NaiveDate};

use crate::corpus::Corpus;
use crate::events::Event;

pub use crate::text::plural;

/// "4 killed, 2 injured", "4 killed", "2 injured"; None when neither is known.
pub fn casualties_text(fatalities: Option<u32>, injured: Option<u32>) -> Option<String> {
    let parts: Vec<String> = [(fatalities, "killed"), (injured, "injured")]
        .into_iter()
        .filter_map(|(n, what)| Some(format!("{} {what}", n?)))
        .collect();
    (!parts.is_empty()).then(|| parts.join(", "))
}

/// The sources of an event, syndicated copies counted once: "3 sources" (all independent),
/// "3 copies of 1 report", "4 reports: 2 independent, 2 copies".
pub fn sources_text(articles: usize, independent: usize) -> String {
    let copies = articles.saturating_sub(independent);
    if copies == 0 {
        plural(articles, "source")
    } else if independent == 1 {
        format!("{articles} copies of 1 report")
    } else {
        let copies = if copies == 1 {
            "1 copy".to_string()
        } else {
            format!("{copies} copies")
        };
        format!("{articles} reports: {independent} independent, {copies}")
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

/// Days since the Common Era (chrono's `num_days_from_ce`): the time window's unit.
pub fn day_of(date: NaiveDate) -> i32 {
    date.num_days_from_ce()
}

/// "2021-07-07" for a day number (see [`day_of`]).
pub fn day_label(day: i32) -> String {
    NaiveDate::from_num_days_from_ce_opt(day)
        .map_or_else(|| "?".into(), |d| d.format("%Y-%m-%d").to_string())
}

/// The outlet an article names, or "unknown outlet".
pub fn outlet_of(corpus: &Corpus, article: usize) -> String {
    corpus.articles[article]
        .outlet
        .clone()
        .unwrap_or_else(|| "unknown outlet".into())
}

/// `text` with the characters the UI's font cannot draw replaced by their nearest ASCII, so
/// that no place name shows as empty boxes (GeoNames writes "Ḩeşār" and "Ḏ" with marks the
/// bundled font lacks).
pub fn drawable(ctx: &egui::Context, text: &str) -> String {
    let font = egui::FontId::default();
    ctx.fonts_mut(|fonts| {
        if fonts.has_glyphs(&font, text) {
            return text.to_string();
        }
        text.chars()
            .map(|c| {
                if fonts.has_glyph(&font, c) {
                    c.to_string()
                } else {
                    deunicode::deunicode_char(c).unwrap_or("?").to_string()
                }
            })
            .collect()
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn letters_the_font_cannot_draw_are_transliterated_and_others_kept() {
        let ctx = egui::Context::default();
        let _ = ctx.run_ui(egui::RawInput::default(), |_| {});
        assert_eq!(drawable(&ctx, "Ḏalāl"), "Dalāl");
        assert_eq!(drawable(&ctx, "Qala i Naw"), "Qala i Naw");
    }

    #[test]
    fn casualties_and_sources_read_as_an_analyst_writes_them() {
        assert_eq!(
            casualties_text(Some(4), Some(2)).as_deref(),
            Some("4 killed, 2 injured")
        );
        assert_eq!(casualties_text(None, Some(1)).as_deref(), Some("1 injured"));
        assert_eq!(casualties_text(None, None), None);
        assert_eq!(sources_text(3, 3), "3 sources");
        assert_eq!(sources_text(1, 1), "1 source");
        assert_eq!(sources_text(3, 1), "3 copies of 1 report");
        assert_eq!(sources_text(4, 2), "4 reports: 2 independent, 2 copies");
        assert_eq!(sources_text(3, 2), "3 reports: 2 independent, 1 copy");
    }

    #[test]
    fn counts_take_their_noun_in_the_plural_but_for_one() {
        assert_eq!(plural(1, "source"), "1 source");
        assert_eq!(plural(3, "source"), "3 sources");
        assert_eq!(
            day_label(day_of(
                NaiveDate::from_ymd_opt(2021, 7, 7).unwrap_or_default()
            )),
            "2021-07-07"
        );
    }
}

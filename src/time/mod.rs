//! When an event happened: finds what a news sentence says about time ("July 2, 2021", "on
//! Wednesday", "last week", "three days ago") and resolves it against the article's publication
//! date into a [`DateRange`] with a [`TimePrecision`], the way ACLED keeps `time_precision`.
//! [`find_times`] lists every time expression of a sentence; [`event_time`] picks the one that
//! dates the sentence's event. The module reads only the text and the date it is given.

mod expressions;
mod holidays;
mod range;

use std::ops::Range;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

pub use expressions::{time_unit, year_number};
pub use range::{DateRange, TimePrecision, iso_date};

/// What kind of time expression a [`TimeMention`] is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum TimeKind {
    /// A calendar date, month or year: "July 2, 2021", "2 July", "2021-07-02", "March 2020",
    /// "in 2019". Those with a year resolve without a publication date.
    Explicit,
    /// A day of the week: "on Wednesday", "last Friday", "late Tuesday".
    Weekday,
    /// Relative to publication, or to another event: "yesterday", "last week", "overnight",
    /// "three days ago", "days later".
    Relative,
}

/// A time expression found in a sentence.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct TimeMention {
    /// The byte range of the expression in the sentence, including a leading "on" or "in".
    pub span: Range<usize>,
    /// The expression as written: the sentence's text at `span`.
    pub text: String,
    /// The days it designates.
    pub range: DateRange,
    /// What kind of expression it is.
    pub kind: TimeKind,
    /// Whether it dates something other than the event. A picture: it lies in a parenthesis
    /// that mentions one ("(pictured in March 2020)", "(file photo, March 2, 2020)"), or the
    /// sentence reads as a caption (it starts with "Pictured:" or "Photo:", or contains
    /// "(pictured"). Or the report, or a noun it qualifies, beside another time: "On 6 May
    /// (as reported on 8 May)", "detained yesterday over last Friday's unrest".
    pub aside: bool,
}

/// Words that make a parenthesis about a picture ("pictur" covers "pictured" and "picture").
const PICTURE_WORDS: [&str; 3] = ["pictur", "photo", "image"];

/// What happens every week on a day ("during Friday prayers"): the day names no date.
const WEEKLY_OCCASIONS: &[&str] = &[
    "prayer", "prayers", "sermon", "sermons", "service", "services", "mass", "market", "worship",
];

/// Every time expression of `sentence`, in order, resolved against `published`, the article's
/// date. For an undated article (`None`) only explicit dates that give their year resolve; the
/// other expressions are left out.
pub fn find_times(sentence: &str, published: Option<NaiveDate>) -> Vec<TimeMention> {
    let captions = caption_zones(sentence);
    let mut mentions = expressions::scan(sentence, published);
    let reports: Vec<bool> = (mentions.iter())
        .map(|m| {
            dates_the_report(&sentence[..m.span.start])
                || dates_a_note(&sentence[..m.span.start], &sentence[m.span.end..])
        })
        .collect();
    // "said on Thursday its forces had arrested them two days earlier": days counted back
    // from the day of the report.
    let report_day = (mentions.iter().zip(&reports))
        .find(|(m, report)| **report && m.range.precision == TimePrecision::Day)
        .map(|(m, _)| m.range.start);
    if let Some(day) = report_day {
        for mention in &mut mentions {
            let back = days_counted_back(&mention.text);
            if let Some(date) = back.and_then(|days| day.checked_sub_days(chrono::Days::new(days)))
            {
                mention.range = DateRange::day(date);
            }
        }
    }
    let deadlines: Vec<bool> = (mentions.iter())
        .map(|m| is_a_deadline(&sentence[..m.span.start]))
        .collect();
    // "detained yesterday over last Friday's unrest": a time that qualifies a noun is set
    // aside beside a plain day, neither a report's nor a noun's ("said on Saturday that
    // Friday's bombing…" keeps Friday). So is a weekday that qualifies one ("during Friday
    // prayers") beside a month or a year it is not in: a Friday of June 2015, not the last.
    let qualifies_noun: Vec<bool> = (mentions.iter())
        .map(|m| {
            let after = &sentence[m.span.end..];
            let possessive = ["'s ", "\u{2019}s "].iter().any(|s| after.starts_with(s));
            let before_noun = m.kind == TimeKind::Weekday
                && !m.text.contains(' ')
                && (after.strip_prefix(' ')).is_some_and(|a| {
                    let next = a.split(|c: char| !c.is_alphabetic()).next();
                    next.is_some_and(|word| WEEKLY_OCCASIONS.contains(&word))
                });
            possessive || before_noun
        })
        .collect();
    let plain_day = |i: usize| {
        (mentions.iter().enumerate()).any(|(j, m)| {
            j != i && !reports[j] && !qualifies_noun[j] && m.range.precision == TimePrecision::Day
        })
    };
    let period_elsewhere = |i: usize| {
        let weekday = &mentions[i];
        weekday.kind == TimeKind::Weekday
            && (mentions.iter().enumerate()).any(|(j, m)| {
                j != i
                    && !reports[j]
                    && m.kind == TimeKind::Explicit
                    && matches!(
                        m.range.precision,
                        TimePrecision::Month | TimePrecision::Year
                    )
                    && !m.range.overlaps(&weekday.range)
            })
    };
    // The report's date is set aside only beside another time that may be the event's: a
    // day, or a week or a month told before the report ("captured the town last week,
    // residents said on Wednesday"). One told after it more often dates background ("said
    // on Saturday they had recaptured Bayhan, ending a siege that began in September").
    let other_day = |i: usize| {
        (mentions.iter().enumerate()).any(|(j, m)| {
            let precision = m.range.precision;
            j != i
                && !reports[j]
                && !deadlines[j]
                && (precision == TimePrecision::Day || (precision <= TimePrecision::Month && j < i))
        })
    };
    // "linked to the October 7 attack": a date before a noun names a past event; it dates
    // nothing the sentence reports.
    let names_a_past_event = |m: &TimeMention| {
        let before = sentence[..m.span.start].trim_end();
        let after = &sentence[m.span.end..];
        m.kind == TimeKind::Explicit
            && m.range.precision == TimePrecision::Day
            && before
                .get(before.len().saturating_sub(4)..)
                .is_some_and(|tail| tail.eq_ignore_ascii_case(" the"))
            && (after.strip_prefix(' ')).is_some_and(|a| a.starts_with(char::is_lowercase))
    };
    let aside: Vec<bool> = (0..mentions.len())
        .map(|i| {
            (reports[i] && other_day(i))
                || deadlines[i]
                || (qualifies_noun[i] && (plain_day(i) || period_elsewhere(i)))
                || names_a_past_event(&mentions[i])
        })
        .collect();
    for (mention, report) in mentions.iter_mut().zip(aside) {
        let span = &mention.span;
        mention.aside = report
            || captions
                .iter()
                .any(|zone| zone.start <= span.start && span.end <= zone.end);
    }
    mentions
}

/// A relative time's words as count, unit and direction: "two days earlier" is (Some(2),
/// "day", "earlier"), "hours later" (None, "hour", "later"). The count is `None` when no
/// number is said ("days", "a few days").
fn counted<'a>(words: &[&'a str]) -> Option<(Option<u64>, &'a str, &'a str)> {
    let (direction, counted) = words.split_last()?;
    let (unit, count) = counted.split_last()?;
    let unit = time_unit(unit)?;
    let count = match count {
        ["a" | "one"] => Some(1),
        [number] => crate::text::number_value(number),
        _ => None,
    };
    Some((count, unit, direction))
}

/// The days a relative time counts back: "two days earlier", "a day before" (not "days
/// earlier", which says too little).
fn days_counted_back(text: &str) -> Option<u64> {
    let lower = text.to_ascii_lowercase();
    let words: Vec<&str> = lower.split_whitespace().collect();
    match counted(&words)? {
        (count, "day", "earlier" | "before") => count,
        _ => None,
    }
}

/// The days after the event told just before that a relative time puts its own: "the next
/// day", "the following morning" and "a day later" 1, "two days later" 2, "the same day",
/// "later that day" and "hours later" 0. `None` for one that says no number ("days later")
/// or counts from what it names ("two days after the vote").
pub fn days_after_the_event_before(text: &str) -> Option<u64> {
    let lower = text.to_ascii_lowercase();
    let words: Vec<&str> = lower.split_whitespace().collect();
    let words = words.strip_prefix(&["on"]).unwrap_or(&words);
    match words {
        ["the", "next" | "following", "day" | "morning"] => return Some(1),
        ["the", "same", "day"] | ["later", "that", "day"] => return Some(0),
        _ => {}
    }
    match counted(words)? {
        (_, "hour", "later") => Some(0),
        (count, "day", "later") => count,
        _ => None,
    }
}

/// Whether a time after `before` is a deadline, what is yet to be done by then: "the handover
/// would be completed by 1 June", "troops will leave by the end of May".
fn is_a_deadline(before: &str) -> bool {
    let before = before.trim_end();
    let Some(clause) = before
        .strip_suffix(" by")
        .or_else(|| before.strip_suffix(" by the end of"))
    else {
        return false;
    };
    // The clause's own words, back to its last comma or semicolon (a few bytes only).
    let tail = crate::text::tail(clause, 60);
    let own = tail.rsplit([',', ';']).next().unwrap_or(tail);
    own.split_whitespace()
        .any(|w| ["would", "will", "should", "must", "expected", "due"].contains(&w))
}

/// Whether a time after `before` dates the report of the event: "(as reported on 8 May)",
/// "reported 8 May", "published on Monday", "the army said on Saturday that air strikes on
/// Wednesday killed 20", a dateline's "NIAMEY, Feb 25 -".
fn dates_the_report(before: &str) -> bool {
    // A dateline's date: "NIAMEY, Feb 25 (wire) -".
    let dateline = (crate::text::without_editor_note(before).trim_end())
        .strip_suffix(',')
        .is_some_and(|place| {
            !place.is_empty()
                && place
                    .chars()
                    .all(|c| c.is_uppercase() || c == ' ' || c == '-' || c == '\'')
        });
    if dateline {
        return true;
    }
    let before = before.trim_end().trim_end_matches([',', ':']);
    let before = before.strip_suffix(" on").unwrap_or(before).trim_end();
    let tail = before
        .get(before.len().saturating_sub(12)..)
        .unwrap_or(before);
    let tail = tail.to_ascii_lowercase();
    [
        "reported",
        "published",
        "report dated",
        " said",
        " says",
        " announced",
        " stated",
        " confirmed",
        " claimed",
        // "[… channel, posted Thursday] Resistance forces on Tuesday ambushed".
        " posted",
    ]
    .iter()
    .any(|word| tail.ends_with(word))
}

/// Whether a date between `before` and `after` is a note's, in the note's title before a colon
/// ("Monitor note, 18 May: gunmen shot … on Tuesday"): the day it was written, not the event's.
fn dates_a_note(before: &str, after: &str) -> bool {
    const NOTES: &[&str] = &[
        "note", "update", "report", "bulletin", "briefing", "summary", "sitrep", "alert", "brief",
    ];
    let title = before.trim_end().trim_end_matches(',').trim_end();
    let words: Vec<&str> = title.split_whitespace().collect();
    after.trim_start().starts_with(':')
        && (1..=3).contains(&words.len())
        && (words.last()).is_some_and(|last| NOTES.contains(&last.to_ascii_lowercase().as_str()))
}

/// The dates of the event a sentence reports: its most specific time mention outside captions
/// (see [`TimeMention::aside`]). Explicit dates and weekdays of day precision come first,
/// then the most precise, then the narrowest range, then the earliest in the sentence.
///
/// A sentence without one is taken to report a recent event, as news does: the 7 days up to and
/// including publication, with [`TimePrecision::Week`]. An undated article (`published` is
/// `None`) with no explicit dated mention gives `None`.
pub fn event_time(sentence: &str, published: Option<NaiveDate>) -> Option<DateRange> {
    stated_time(&find_times(sentence, published)).or_else(|| recent_week(published))
}

/// The most specific of a sentence's time mentions outside captions (see [`event_time`]),
/// or `None` when it states no time.
pub fn stated_time<'a>(mentions: impl IntoIterator<Item = &'a TimeMention>) -> Option<DateRange> {
    mentions
        .into_iter()
        .filter(|mention| !mention.aside)
        .min_by_key(|mention| {
            let range = mention.range;
            let dated_day =
                range.precision == TimePrecision::Day && mention.kind != TimeKind::Relative;
            (!dated_day, range.precision, range.days())
        })
        .map(|mention| mention.range)
}

/// The 7 days up to and including publication, with [`TimePrecision::Week`]: when a report
/// that states no time happened.
pub fn recent_week(published: Option<NaiveDate>) -> Option<DateRange> {
    DateRange::days_up_to(published?, 7, TimePrecision::Week)
}

/// The byte ranges of `sentence` that are captions: all of it if it reads as one, else each
/// parenthesis that mentions a picture (an unclosed one runs to the end).
fn caption_zones(sentence: &str) -> Vec<Range<usize>> {
    // ASCII lowercasing keeps the byte offsets.
    let lower = sentence.to_ascii_lowercase();
    let opening = lower.trim_start();
    if opening.starts_with("pictured:")
        || opening.starts_with("photo:")
        || lower.contains("(pictured")
    {
        let whole = 0..sentence.len();
        return vec![whole];
    }
    let mut open = Vec::new();
    let mut zones = Vec::new();
    for (at, byte) in lower.bytes().enumerate() {
        match byte {
            b'(' => open.push(at),
            b')' => zones.extend(open.pop().map(|start| start..at + 1)),
            _ => {}
        }
    }
    zones.extend(open.first().map(|&start| start..lower.len()));
    zones.retain(|zone| {
        PICTURE_WORDS
            .iter()
            .any(|word| lower[zone.clone()].contains(word))
    });
    zones
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A Wednesday.
    const JULY_14: Option<NaiveDate> = NaiveDate::from_ymd_opt(2021, 7, 14);

    /// The lines "sentence => expected" of a test table.
    fn table(text: &str) -> impl Iterator<Item = (&str, &str)> {
        let lines = text.lines().map(str::trim).filter(|line| !line.is_empty());
        lines.map(|line| line.split_once(" => ").expect("a => in each line"))
    }

    /// Checks the mentions of each sentence: their texts joined by "; ", captions marked "*".
    fn check_mentions(published: Option<NaiveDate>, text: &str) {
        for (sentence, expected) in table(text) {
            let found: Vec<_> = find_times(sentence, published)
                .into_iter()
                .map(|mention| mention.text + if mention.aside { "*" } else { "" })
                .collect();
            assert_eq!(found.join("; "), expected, "{sentence}");
        }
    }

    /// Checks the event time of each sentence: "first..last Precision", one date for a single
    /// day, or "-" for none.
    fn check_events(published: Option<NaiveDate>, text: &str) {
        for (sentence, expected) in table(text) {
            let found = event_time(sentence, published).map_or("-".into(), |range| {
                let (start, end) = (range.start, range.end);
                let days = if start == end {
                    start.to_string()
                } else {
                    format!("{start}..{end}")
                };
                format!("{days} {:?}", range.precision)
            });
            assert_eq!(found, expected, "{sentence}");
        }
    }

    #[test]
    fn dates_of_pictures_are_marked_as_captions() {
        check_mentions(
            JULY_14,
            "
            Mayor (photo, March 2020) shot on Monday. => March 2020*; on Monday
            Troops (file photo, March 2, 2020) left. => March 2, 2020*
            Troops (about 200) left on 2 July 2021. => on 2 July 2021
            Troops left (image from 2 July 2021 => 2 July 2021*
            Pictured: protesters in Lagos on Monday. => on Monday*
            Protesters (pictured) marched on Monday. => on Monday*
            Mayor (pictured in March 2020) shot on Monday. => in March 2020*; on Monday*
        ",
        );
    }

    #[test]
    fn a_day_that_names_a_past_event_is_set_aside() {
        check_mentions(
            JULY_14,
            "
            He was linked to the 3 July attack. => 3 July*
            Troops left on 3 July, after the June 2021 offensive. => on 3 July; June 2021
        ",
        );
    }

    #[test]
    fn the_date_of_a_note_s_title_beside_the_event_s_day_is_set_aside() {
        let may = |day| NaiveDate::from_ymd_opt(2023, 5, day);
        let first_day = |sentence, published| {
            stated_time(&find_times(sentence, may(published))).map(|t| t.start)
        };
        assert_eq!(
            first_day(
                "Monitor note, 18 May: gunmen shot dead two farmers near Jasim on Tuesday evening.",
                18
            ),
            may(16)
        );
        // Alone, it dates the note's report.
        assert_eq!(
            first_day(
                "Monitor note, 18 May: gunmen shot dead two farmers near Jasim.",
                19
            ),
            may(18)
        );
    }

    #[test]
    fn the_date_of_a_report_beside_the_event_s_is_set_aside() {
        check_mentions(
            JULY_14,
            "
            On 6 July (as reported on 8 July), troops left. => On 6 July; on 8 July*
            On or around 6 July (reported 8 July), troops left. => 6 July; 8 July*
            [Channel post, posted Tuesday] Fighters on Monday ambushed a patrol. => Tuesday*; on Monday
            Troops left, as reported on Monday. => on Monday
        ",
        );
        check_events(
            JULY_14,
            "On 6 July 2021 (as reported on 8 July), troops left the base. => 2021-07-06 Day",
        );
        // A day a statement was made, beside the event's day, or a week or a month told
        // before it; beside a year or a later week or month, or alone, it stays.
        check_events(
            JULY_14,
            "
            The army said on Tuesday that strikes on Monday killed 20. => 2021-07-12 Day
            Police said on Tuesday they had arrested him two days earlier. => 2021-07-11 Day
            Police said on Tuesday they had arrested him days earlier. => 2021-07-13 Day
            Last month a detainee was beaten, she said on Tuesday. => 2021-06-01..2021-06-30 Month
            A detainee said on Tuesday she was beaten; two cases were seen last month. => 2021-07-13 Day
            Fighters took the town last week, residents said on Wednesday. => 2021-07-05..2021-07-11 Week
            Police said on Tuesday the town, taken in 2019, was shelled. => 2021-07-13 Day
            A detainee said on Tuesday she had been beaten. => 2021-07-13 Day
            NIAMEY, July 13 (wire) - Air strikes on Monday killed 20. => 2021-07-12 Day
        ",
        );
        // A day that qualifies a noun, beside a plain day; alone, or beside a report's
        // date, it stays.
        check_events(
            JULY_14,
            "
            Police detained nine men yesterday over last Monday's riot. => 2021-07-13 Day
            Police said on Wednesday that Monday's riot left nine hurt. => 2021-07-12 Day
            Monday's riot left nine hurt. => 2021-07-12 Day
            In June 2019 a bomber struck during Friday prayers. => 2019-06-01..2019-06-30 Month
            In 2019 a bomber struck during Friday prayers. => 2019-01-01..2019-12-31 Year
            In July a bomber struck during Friday prayers. => 2021-07-09 Day
            A bomber struck during Friday prayers. => 2021-07-09 Day
            In 2019 troops took the town; rebels struck on Friday. => 2021-07-09 Day
            In 2019 troops took the town; rebels struck early Friday in the town. => 2021-07-09 Day
        ",
        );
    }

    #[test]
    fn event_time_prefers_dated_days_then_precision_then_narrow_ranges() {
        check_events(
            JULY_14,
            "
            Mayor (photo, March 2020) shot on Monday. => 2021-07-12 Day
            Last week, on July 2, rebels struck. => 2021-07-02 Day
            Overnight, or on Tuesday, rebels struck. => 2021-07-13 Day
            Overnight and earlier this month. => 2021-07-13..2021-07-14 Day
            In 2019 and again last month. => 2021-06-01..2021-06-30 Month
            In 2019 and days later. => 2019-01-01..2019-12-31 Year
        ",
        );
    }

    #[test]
    fn a_time_counted_back_from_another_event_lies_that_long_before_its_week() {
        // The other event happened in the week up to publication (July 14).
        check_events(
            JULY_14,
            "
            Two weeks earlier a vaccinator was killed. => 2021-06-22..2021-07-01 Week
            Three days before, gunmen had struck. => 2021-07-04..2021-07-11 Week
            A month earlier the base fell. => 2021-05-25..2021-06-30 Month
            Days earlier the base fell. => 2021-07-08..2021-07-14 Unknown
            Two days before the vote, gunmen struck. => 2021-07-08..2021-07-14 Unknown
            They left two weeks earlier than planned. => 2021-07-08..2021-07-14 Unknown
            Two days later the town fell. => 2021-07-08..2021-07-14 Unknown
        ",
        );
    }

    #[test]
    fn event_time_without_a_mention_is_the_week_before_publication() {
        check_events(
            JULY_14,
            "
            Rebels struck. => 2021-07-08..2021-07-14 Week
            Troops (file photo, March 2, 2020) left. => 2021-07-08..2021-07-14 Week
            Pictured: protesters in Lagos on Monday. => 2021-07-08..2021-07-14 Week
        ",
        );
    }

    #[test]
    fn undated_articles_keep_only_explicit_years() {
        let sentence = "Yesterday, on Friday, in March, on July 2 and 2 May 2019.";
        check_mentions(None, &format!("{sentence} => 2 May 2019"));
        check_events(None, &format!("{sentence} => 2019-05-02 Day"));
        check_events(
            None,
            "
            Rebels struck yesterday. => -
            Troops (file photo, March 2, 2020) left. => -
        ",
        );
        assert_eq!(find_times(sentence, JULY_14).len(), 5);
    }

    #[test]
    fn mentions_serialize_in_lowercase_with_iso_dates() {
        let mention = &find_times("Rebels struck on Monday.", JULY_14)[0];
        let json = serde_json::to_value(mention).expect("serialize");
        assert_eq!(json["kind"], "weekday");
        assert_eq!(json["range"]["start"], "2021-07-12");
        assert_eq!(json["range"]["precision"], "day");
        assert_eq!(json["span"]["start"], 14);
        assert_eq!(json["aside"], false);
    }

    #[test]
    fn days_after_the_event_before_count_only_what_is_said() {
        for (text, days) in [
            ("the next day", Some(1)),
            ("on the following morning", Some(1)),
            ("The same day", Some(0)),
            ("later that day", Some(0)),
            ("hours later", Some(0)),
            ("a few hours later", Some(0)),
            ("a day later", Some(1)),
            ("two days later", Some(2)),
            ("3 days later", Some(3)),
            ("days later", None),
            ("two weeks later", None),
            ("two days after", None),
            ("two days earlier", None),
        ] {
            assert_eq!(days_after_the_event_before(text), days, "{text}");
        }
    }
}

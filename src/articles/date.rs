//! Publication dates: reads a date written in any common news format ([`parse_date_value`]) and
//! finds one at the start of a file name. The dates the user sets are kept by
//! [`crate::store`] and applied with `apply_date_overrides`.
//!
//! An article's date comes from the first of these that gives one:
//! 1. the user's override in `FOLDER/.newsmap/dates.json` ([`DateSource::UserOverride`]);
//! 2. metadata: a JSON field, an HTML meta tag, JSON-LD or `<time>`, or Markdown front matter
//!    ([`DateSource::Metadata`]);
//! 3. a `Date:` / `Published:` / `Published on …` line at the top of a text file
//!    ([`DateSource::HeaderLine`]);
//! 4. an ISO date at the start of the file name ([`DateSource::FileName`]).
//!
//! Otherwise the date is unknown: the file's modification time is never used.
//!

use std::ops::RangeInclusive;

use chrono::{DateTime, Datelike, NaiveDate};
use serde::Serialize;

use crate::text::month_number;

/// A publication date and where it was found.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct Published {
    /// The date as written in the source (not shifted by any time zone); serialized as `YYYY-MM-DD`.
    #[serde(serialize_with = "serialize_date")]
    pub date: NaiveDate,
    /// Where the date was found.
    pub source: DateSource,
}

/// Where a publication date was found, from the most trusted source to the least: the first
/// source that gives a date wins.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
pub enum DateSource {
    /// The date the user set (kept in the folder by `crate::store`).
    UserOverride,
    /// A JSON field, an HTML meta tag, JSON-LD or `<time>`, or Markdown front matter.
    Metadata,
    /// A `Date:` / `Published:` / `Published on …` line at the top of a text file.
    HeaderLine,
    /// An ISO date at the start of the file name.
    FileName,
}

/// Writes a date as `2021-07-07`.
fn serialize_date<S: serde::Serializer>(
    date: &NaiveDate,
    serializer: S,
) -> Result<S::Ok, S::Error> {
    serializer.collect_str(date)
}

/// Years outside this range are taken as misreadings rather than publication dates.
const PLAUSIBLE_YEARS: RangeInclusive<i32> = 1900..=2100;

/// Reads a date as written in news metadata or text, ignoring any time and time zone (the date is
/// taken as written, never shifted to another zone). Accepts:
/// - ISO dates and datetimes: `2021-07-07`, `2021-07-07T08:15:00+04:30`, `2021-07-07 08:15:00`,
///   `2021-07-07Z`, also with `/`, `.` or `_` between the parts, and compact `20210707`;
/// - dates with a month name, in any order, with optional weekday, ordinal and time:
///   `Wed, 07 Jul 2021 10:00:00 GMT`, `July 7, 2021`, `7 July 2021`, `Wednesday 7th July 2021`,
///   `Jul. 7, 2021`;
/// - numeric day and month around a four-digit year (`07/07/2021`, `25.12.2021`) when only one
///   reading is possible: `03/04/2021` could be March or April, so it gives `None`;
/// - unix timestamps in seconds (9–10 digits) or milliseconds (13 digits).
///
/// Impossible dates (`2021-02-30`) and years outside 1900–2100 give `None`.
pub fn parse_date_value(value: &str) -> Option<NaiveDate> {
    let value = value.trim();
    if value.is_empty() || value.len() > 100 {
        return None;
    }
    if value.bytes().all(|byte| byte.is_ascii_digit()) {
        return parse_all_digits(value);
    }
    year_first_prefix(value).or_else(|| parse_words(value))
}

/// The ISO date (`2021-07-07`, `20210707`, `2021_07_07`) that starts a file name, if any.
pub(super) fn date_from_file_name(file_name: &str) -> Option<NaiveDate> {
    year_first_prefix(file_name).or_else(|| {
        leading_number(file_name, 8..=8)?;
        parse_all_digits(&file_name[..8])
    })
}

/// Why the date that a file name starts with is no date (`2021-02-30`: "February has no day
/// 30"), when it starts with one that is not; `None` when it starts with a good date or none.
pub(super) fn impossible_file_name_date(file_name: &str) -> Option<String> {
    if date_from_file_name(file_name).is_some() {
        return None;
    }
    let (year, rest) = leading_number(file_name, 4..=4)?;
    let separator = rest.chars().next().filter(|c| matches!(c, '-' | '_'))?;
    let (month, rest) = leading_number(&rest[1..], 2..=2)?;
    let (day, rest) = leading_number(rest.strip_prefix(separator)?, 2..=2)?;
    if rest.starts_with(|c: char| c.is_ascii_digit()) {
        return None;
    }
    let written = &file_name[..10];
    let why = if !PLAUSIBLE_YEARS.contains(&i32::try_from(year).unwrap_or(0)) {
        format!(
            "the year is outside {}-{}",
            PLAUSIBLE_YEARS.start(),
            PLAUSIBLE_YEARS.end()
        )
    } else if !(1..=12).contains(&month) {
        "there is no month {month}".to_string()
    } else {
        format!("that month has no day {day}")
    };
    Some(format!(
        "the file name starts with {written}, which is no date ({why}); the article is undated unless it gives a date"
    ))
}

/// The calendar date (UTC) of a unix timestamp: in seconds below 10^12, in milliseconds from
/// 10^12 (13 digits, from September 2001). Numbers below 100,000,000 (1973) are not taken as
/// timestamps. A 12-digit number is seconds, so the common "end of time" value 253402300799
/// (9999-12-31) is no date, not 1978-01-11 read as milliseconds.
pub(super) fn date_from_unix_timestamp(timestamp: i64) -> Option<NaiveDate> {
    const LARGEST_SECONDS: i64 = 999_999_999_999;
    let seconds = match timestamp {
        100_000_000..=LARGEST_SECONDS => timestamp,
        milliseconds if milliseconds > LARGEST_SECONDS => milliseconds / 1000,
        _ => return None,
    };
    let date = DateTime::from_timestamp(seconds, 0)?.date_naive();
    PLAUSIBLE_YEARS.contains(&date.year()).then_some(date)
}

fn ymd(year: u32, month: u32, day: u32) -> Option<NaiveDate> {
    let year = i32::try_from(year)
        .ok()
        .filter(|year| PLAUSIBLE_YEARS.contains(year))?;
    NaiveDate::from_ymd_opt(year, month, day)
}

fn parse_all_digits(digits: &str) -> Option<NaiveDate> {
    match digits.len() {
        8 => ymd(
            digits[..4].parse().ok()?,
            digits[4..6].parse().ok()?,
            digits[6..].parse().ok()?,
        ),
        9..=10 | 13 => date_from_unix_timestamp(digits.parse().ok()?),
        _ => None,
    }
}

/// A number of `digits` ASCII digits at the start of `text`, and the text after it.
fn leading_number(text: &str, digits: RangeInclusive<usize>) -> Option<(u32, &str)> {
    let length = text.bytes().take_while(u8::is_ascii_digit).count();
    if !digits.contains(&length) {
        return None;
    }
    Some((text[..length].parse().ok()?, &text[length..]))
}

/// `YYYY-MM-DD` (or with `/`, `.`, `_`) at the start of `text`, not followed by another digit.
fn year_first_prefix(text: &str) -> Option<NaiveDate> {
    let (year, rest) = leading_number(text, 4..=4)?;
    let separator = rest
        .chars()
        .next()
        .filter(|c| matches!(c, '-' | '/' | '.' | '_'))?;
    let (month, rest) = leading_number(&rest[1..], 1..=2)?;
    let (day, rest) = leading_number(rest.strip_prefix(separator)?, 1..=2)?;
    if rest.starts_with(|c: char| c.is_ascii_digit()) {
        return None;
    }
    ymd(year, month, day)
}

/// Dates written as words: one month name, one day, one four-digit year; weekdays, times, zones
/// and other words are ignored. Two candidates for the same part make the value ambiguous.
fn parse_words(value: &str) -> Option<NaiveDate> {
    let (mut year, mut month, mut day) = (None, None, None);
    let set = |slot: &mut Option<u32>, number: u32| slot.replace(number).is_none();
    for word in value.split(|c: char| c.is_whitespace() || c == ',') {
        let word = word.trim_end_matches('.');
        if word.is_empty() || word.contains(':') || word.starts_with(['+', '-']) {
            continue;
        }
        let without_ordinal = word.trim_end_matches(|c: char| c.is_ascii_alphabetic());
        let is_number = |text: &str| !text.is_empty() && text.bytes().all(|b| b.is_ascii_digit());
        let fine = if is_number(word) && word.len() == 4 {
            set(&mut year, word.parse().ok()?)
        } else if is_number(without_ordinal) && without_ordinal.len() <= 2 {
            let suffix = &word[without_ordinal.len()..];
            if !matches!(
                suffix.to_ascii_lowercase().as_str(),
                "" | "st" | "nd" | "rd" | "th"
            ) {
                return None;
            }
            set(&mut day, without_ordinal.parse().ok()?)
        } else if let Some(number) = month_number(word) {
            set(&mut month, number)
        } else if let Some((d, m, y)) = numeric_day_month_year(word) {
            set(&mut day, d) && set(&mut month, m) && set(&mut year, y)
        } else {
            true
        };
        if !fine {
            return None;
        }
    }
    ymd(year?, month?, day?)
}

/// `07/07/2021`, `25.12.2021` or `12-25-2021`: day and month in either order, when unambiguous.
fn numeric_day_month_year(word: &str) -> Option<(u32, u32, u32)> {
    let mut parts = word.split(['/', '.', '-']);
    let (first, rest) = leading_number(parts.next()?, 1..=2)?;
    let (second, rest2) = leading_number(parts.next()?, 1..=2)?;
    let (year, rest3) = leading_number(parts.next()?, 4..=4)?;
    if !(rest.is_empty() && rest2.is_empty() && rest3.is_empty()) || parts.next().is_some() {
        return None;
    }
    match (first > 12, second > 12) {
        (true, false) => Some((first, second, year)),
        (false, true) => Some((second, first, year)),
        _ if first == second => Some((first, second, year)),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(y: i32, m: u32, d: u32) -> Option<NaiveDate> {
        NaiveDate::from_ymd_opt(y, m, d)
    }

    #[test]
    fn reads_iso_dates_as_written() {
        for value in [
            "2021-07-07",
            "2021-07-07T08:15:00+04:30",
            "2021-07-07T23:15:00-05:00",
            "2021-07-07 08:15:00",
            "2021-07-07Z",
            "2021-07-07T08:15:00.000Z",
            "2021/7/7",
            " 20210707 ",
        ] {
            assert_eq!(parse_date_value(value), date(2021, 7, 7), "{value}");
        }
    }

    #[test]
    fn reads_dates_with_month_names() {
        for value in [
            "Wed, 07 Jul 2021 10:00:00 GMT",
            "Wed, 07 Jul 2021 10:00:00 +0430",
            "July 7, 2021",
            "7 July 2021",
            "Wednesday 7 July 2021",
            "Wednesday, 7th July 2021",
            "07 Jul 2021 12:00",
            "Jul. 7, 2021",
            "Published on 7 July 2021",
            "07/07/2021",
            "7.7.2021",
        ] {
            assert_eq!(parse_date_value(value), date(2021, 7, 7), "{value}");
        }
        assert_eq!(parse_date_value("25/12/2021"), date(2021, 12, 25));
        assert_eq!(parse_date_value("12-25-2021"), date(2021, 12, 25));
        assert_eq!(parse_date_value("Sept 3, 2020"), date(2020, 9, 3));
    }

    #[test]
    fn reads_unix_timestamps() {
        assert_eq!(parse_date_value("1625652000"), date(2021, 7, 7));
        assert_eq!(parse_date_value("1625652000000"), date(2021, 7, 7));
        assert_eq!(date_from_unix_timestamp(1_625_652_000), date(2021, 7, 7));
        assert_eq!(date_from_unix_timestamp(2021), None);
        // See: issue 13 (the "end of time", 9999-12-31 in seconds, became 1978-01-11).
        assert_eq!(date_from_unix_timestamp(253_402_300_799), None);
        assert_eq!(parse_date_value("253402300799"), None);
    }

    #[test]
    fn rejects_impossible_ambiguous_and_non_dates() {
        for value in [
            "2021-02-30",
            "2021-13-01",
            "30 February 2021",
            "03/04/2021",
            "July 2021",
            "7 July",
            "",
            "yesterday",
            "0001-01-01",
            "7 July 2021 8 July 2021",
            "7xx July 2021",
            "2021-07-070",
            "12345",
        ] {
            assert_eq!(parse_date_value(value), None, "{value}");
        }
    }

    #[test]
    fn reads_dates_at_the_start_of_file_names() {
        assert_eq!(
            date_from_file_name("2021-07-07_qala-i-naw.txt"),
            date(2021, 7, 7)
        );
        assert_eq!(date_from_file_name("20210707-foo.txt"), date(2021, 7, 7));
        assert_eq!(date_from_file_name("2021_07_07 foo.txt"), date(2021, 7, 7));
        assert_eq!(date_from_file_name("report-2021-07-07.txt"), None);
        assert_eq!(date_from_file_name("202107071.txt"), None);
        assert_eq!(date_from_file_name("2021-02-30.txt"), None);
        // See: issue 13 (impossible dates in file names left articles undated without a word).
        let why = impossible_file_name_date("2021-02-30_x.txt").unwrap_or_default();
        assert!(
            why.contains("2021-02-30") && why.contains("no day 30"),
            "{why}"
        );
        let why = impossible_file_name_date("0000-00-00.txt").unwrap_or_default();
        assert!(why.contains("year is outside"), "{why}");
        assert_eq!(impossible_file_name_date("2021-07-07_x.txt"), None);
        assert_eq!(impossible_file_name_date("report.txt"), None);
    }
}

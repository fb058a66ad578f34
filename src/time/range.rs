//! [`DateRange`], an inclusive run of days with the [`TimePrecision`] it is known to, and the
//! calendar arithmetic the time expressions need. Weeks run from Monday to Sunday.

use chrono::{Datelike, Months, NaiveDate, TimeDelta, Weekday};
use serde::{Deserialize, Serialize};

/// How precisely a [`DateRange`] is known, from the most to the least precise (the derived order
/// is `Day < Week < Month < Year < Unknown`), the way ACLED keeps `time_precision`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum TimePrecision {
    /// A given day ("July 2, 2021", "yesterday"), or a night across two days ("overnight").
    Day,
    /// A week or a few days ("last week", "in recent days", "a week ago").
    Week,
    /// A month ("March 2020", "earlier this month").
    Month,
    /// A year ("in 2019", "last year").
    Year,
    /// Relative to another event rather than to publication ("days later", "the next day"): the
    /// range is only a guess.
    Unknown,
}

/// An inclusive range of days and how precisely an event is known to lie in it. The dates are
/// serialized as `YYYY-MM-DD`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct DateRange {
    /// The first day.
    #[serde(with = "iso_date")]
    pub start: NaiveDate,
    /// The last day (inclusive), never before `start`.
    #[serde(with = "iso_date")]
    pub end: NaiveDate,
    /// How precisely the event is known.
    pub precision: TimePrecision,
}

impl DateRange {
    /// The single day `date`, with [`TimePrecision::Day`].
    pub fn day(date: NaiveDate) -> Self {
        Self::between(date, date, TimePrecision::Day)
    }

    /// Whether the two ranges share at least one day.
    pub fn overlaps(&self, other: &DateRange) -> bool {
        self.start <= other.end && other.start <= self.end
    }

    /// Whether `date` lies in the range.
    pub fn contains(&self, date: NaiveDate) -> bool {
        self.start <= date && date <= self.end
    }

    /// The number of days in the range: 1 for a single day.
    pub fn days(&self) -> i64 {
        (self.end - self.start).num_days() + 1
    }

    /// From `start` to `end`, swapped when given in the wrong order.
    pub(super) fn between(start: NaiveDate, end: NaiveDate, precision: TimePrecision) -> Self {
        let (start, end) = (start.min(end), start.max(end));
        Self {
            start,
            end,
            precision,
        }
    }

    /// The calendar month, with [`TimePrecision::Month`]; `None` if there is no such month.
    pub(super) fn month(year: i32, month: u32) -> Option<Self> {
        let start = NaiveDate::from_ymd_opt(year, month, 1)?;
        let end = start.checked_add_months(Months::new(1))?.pred_opt()?;
        Some(Self::between(start, end, TimePrecision::Month))
    }

    /// The calendar year, with [`TimePrecision::Year`].
    pub fn year(year: i32) -> Option<Self> {
        let start = NaiveDate::from_ymd_opt(year, 1, 1)?;
        let end = NaiveDate::from_ymd_opt(year, 12, 31)?;
        Some(Self::between(start, end, TimePrecision::Year))
    }

    /// The `days` days up to and including `last`.
    pub(super) fn days_up_to(last: NaiveDate, days: i64, precision: TimePrecision) -> Option<Self> {
        Some(Self::between(shift(last, 1 - days)?, last, precision))
    }
}

/// `date` moved by `days` (back when negative); `None` outside chrono's calendar.
pub(super) fn shift(date: NaiveDate, days: i64) -> Option<NaiveDate> {
    date.checked_add_signed(TimeDelta::try_days(days)?)
}

/// The Monday of `date`'s week.
pub(super) fn week_start(date: NaiveDate) -> Option<NaiveDate> {
    shift(date, -i64::from(date.weekday().num_days_from_monday()))
}

/// The latest `weekday` on or before `date` (`date` itself if it is one).
pub(super) fn weekday_on_or_before(date: NaiveDate, weekday: Weekday) -> Option<NaiveDate> {
    let back = (7 + date.weekday().num_days_from_monday() - weekday.num_days_from_monday()) % 7;
    shift(date, -i64::from(back))
}

/// Serde for a [`NaiveDate`] as `YYYY-MM-DD` (chrono's `serde` feature is off).
pub mod iso_date {
    use chrono::NaiveDate;
    use serde::{Deserialize, Deserializer, Serializer};

    /// Writes `YYYY-MM-DD`.
    pub fn serialize<S: Serializer>(date: &NaiveDate, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(date)
    }

    /// Reads `YYYY-MM-DD`.
    pub fn deserialize<'de, D: Deserializer<'de>>(deserializer: D) -> Result<NaiveDate, D::Error> {
        String::deserialize(deserializer)?
            .parse()
            .map_err(serde::de::Error::custom)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(year: i32, month: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(year, month, day).expect("valid date")
    }

    #[test]
    fn days_contains_and_overlaps() {
        let july = DateRange::month(2021, 7).expect("july");
        assert_eq!(
            (july.start, july.end, july.days()),
            (date(2021, 7, 1), date(2021, 7, 31), 31)
        );
        assert_eq!(DateRange::month(2020, 2).expect("february").days(), 29);
        assert_eq!(DateRange::day(date(2021, 7, 2)).days(), 1);
        assert!(july.contains(date(2021, 7, 31)) && !july.contains(date(2021, 8, 1)));
        let year = DateRange::year(2021).expect("2021");
        assert!(july.overlaps(&year) && year.overlaps(&july));
        assert!(!july.overlaps(&DateRange::day(date(2021, 6, 30))));
        assert!(DateRange::month(2021, 13).is_none());
    }

    #[test]
    fn weeks_run_monday_to_sunday() {
        let wednesday = date(2021, 7, 7);
        assert_eq!(week_start(wednesday), Some(date(2021, 7, 5)));
        assert_eq!(
            weekday_on_or_before(wednesday, Weekday::Wed),
            Some(wednesday)
        );
        assert_eq!(
            weekday_on_or_before(wednesday, Weekday::Thu),
            Some(date(2021, 7, 1))
        );
        let week = DateRange::days_up_to(wednesday, 7, TimePrecision::Week).expect("week");
        assert_eq!((week.start, week.days()), (date(2021, 7, 1), 7));
    }

    #[test]
    fn serializes_dates_as_iso_and_precision_in_lowercase() {
        let range = DateRange::between(date(2021, 7, 2), date(2021, 7, 1), TimePrecision::Week);
        let json = serde_json::to_string(&range).expect("serialize");
        assert_eq!(
            json,
            r#"{"start":"2021-07-01","end":"2021-07-02","precision":"week"}"#
        );
        assert_eq!(
            serde_json::from_str::<DateRange>(&json).expect("deserialize"),
            range
        );
        assert!(serde_json::from_str::<DateRange>(&json.replace("07-01", "02-30")).is_err());
    }
}

//! The time window: which days the map shows.
//!
//! Days are counted from the Common Era (see [`day_of`]), so the window is a pair of
//! integers. An event is in the window when its date range overlaps it; undated events are
//! counted apart and shown or hidden as a whole.

use super::format::day_of;
use crate::events::Event;

/// Which days the map shows.
#[derive(Clone, Debug, PartialEq)]
pub struct TimeWindow {
    /// First day shown (days since the Common Era).
    pub start_day: i32,
    /// Last day shown, inclusive.
    pub end_day: i32,
    /// Earliest day of the folder's events.
    pub min_day: i32,
    /// Latest day of the folder's events.
    pub max_day: i32,
    /// Whether undated events are shown.
    pub show_undated: bool,
    /// Cumulative mode: everything from the first day to the window's end.
    pub cumulative: bool,
}

impl Default for TimeWindow {
    fn default() -> Self {
        Self {
            start_day: i32::MIN,
            end_day: i32::MAX,
            min_day: 0,
            max_day: 0,
            show_undated: true,
            cumulative: false,
        }
    }
}

impl TimeWindow {
    /// Sets the span to the events'. Each end of the window that reached the old span's end
    /// follows the new one; an end the user moved inside the span stays, within the new span
    /// (a folder read again as a file arrives keeps the days the user chose).
    pub fn fit(&mut self, events: &[Event]) {
        let days = events
            .iter()
            .filter_map(|e| e.time)
            .flat_map(|t| [day_of(t.start), day_of(t.end)]);
        let (min, max) = days.fold((i32::MAX, i32::MIN), |(lo, hi), d| (lo.min(d), hi.max(d)));
        if min > max {
            let show_undated = self.show_undated;
            *self = Self {
                show_undated,
                ..Self::default()
            };
            return;
        }
        let start = if self.start_day <= self.min_day {
            min
        } else {
            self.start_day.clamp(min, max)
        };
        let end = if self.end_day >= self.max_day {
            max
        } else {
            self.end_day.clamp(min, max)
        };
        (self.min_day, self.max_day, self.start_day, self.end_day) = (min, max, start, end);
    }

    /// Whether the folder has dated events.
    pub fn has_days(&self) -> bool {
        self.min_day <= self.max_day && self.start_day != i32::MIN
    }

    /// The first and last days the map shows (from the folder's first day in cumulative
    /// mode), or None when no event is dated.
    pub fn dates(&self) -> Option<(chrono::NaiveDate, chrono::NaiveDate)> {
        if !self.has_days() {
            return None;
        }
        let first = if self.cumulative {
            self.min_day
        } else {
            self.start_day
        };
        Some((
            chrono::NaiveDate::from_num_days_from_ce_opt(first)?,
            chrono::NaiveDate::from_num_days_from_ce_opt(self.end_day)?,
        ))
    }

    /// Whether an event is in the window.
    pub fn shows(&self, event: &Event) -> bool {
        self.shows_days(event.time.map(|t| (day_of(t.start), day_of(t.end))))
    }

    /// Whether an event of these first and last days (see [`day_of`]; None: undated) is in
    /// the window.
    pub fn shows_days(&self, days: Option<(i32, i32)>) -> bool {
        match days {
            Some((first, last)) => {
                let start = if self.cumulative {
                    i32::MIN
                } else {
                    self.start_day
                };
                last >= start && first <= self.end_day
            }
            None => self.show_undated,
        }
    }

    /// Moves the window to `date`, keeping its width: it starts on that day (or as near as
    /// the folder's span allows, still holding it), or, in cumulative mode, it ends on it. A
    /// window over all the folder's days, which no move could change, becomes that one day. A
    /// day outside the folder's span moves nothing.
    pub fn jump_to(&mut self, date: chrono::NaiveDate) -> Result<(), OutsideSpan> {
        let day = day_of(date);
        if !self.has_days() || day < self.min_day || day > self.max_day {
            let date = |day| chrono::NaiveDate::from_num_days_from_ce_opt(day).unwrap_or_default();
            return Err(OutsideSpan {
                first: date(self.min_day),
                last: date(self.max_day),
            });
        }
        let mut width = self.end_day - self.start_day;
        if width >= self.max_day - self.min_day {
            width = 0;
        }
        if self.cumulative {
            (self.start_day, self.end_day) = ((day - width).max(self.min_day), day);
        } else {
            self.start_day = day.clamp(self.min_day, (self.max_day - width).max(self.min_day));
            self.end_day = self.start_day + width;
        }
        Ok(())
    }

    /// Moves the window by `days`, keeping its width, within the folder's span.
    pub fn step(&mut self, days: i32) {
        let width = self.end_day - self.start_day;
        let start =
            (self.start_day + days).clamp(self.min_day, (self.max_day - width).max(self.min_day));
        self.start_day = start;
        self.end_day = start + width;
    }
}

/// A date to jump to outside the folder's events.
#[derive(Clone, Debug, PartialEq, thiserror::Error)]
#[error("outside the events' days, {first} to {last}")]
pub struct OutsideSpan {
    /// The folder's first day with an event.
    pub first: chrono::NaiveDate,
    /// Its last.
    pub last: chrono::NaiveDate,
}

#[cfg(test)]
pub(super) mod tests {
    use super::*;
    use crate::events::{EventId, EventKind};
    use crate::time::TimePrecision;
    use chrono::NaiveDate;

    /// An assault from `start` to `end`, known to that precision (for the viewer's tests).
    pub(in crate::ui) fn event(
        start: (i32, u32, u32),
        end: (i32, u32, u32),
        precision: crate::time::TimePrecision,
    ) -> Event {
        let d = |(y, m, dd): (i32, u32, u32)| NaiveDate::from_ymd_opt(y, m, dd).unwrap_or_default();
        Event {
            id: EventId::default(),
            kind: EventKind::Assault,
            place: None,
            precision: None,
            time: Some(crate::time::DateRange {
                start: d(start),
                end: d(end),
                precision,
            }),
            actors: Vec::new(),
            quantities: Vec::new(),
            casualties: Default::default(),
            unconfirmed: false,
            confidence: 0.5,
            mentions: Vec::new(),
            merge_reasons: Vec::new(),
        }
    }

    #[test]
    fn the_window_shows_overlapping_events_and_steps_within_the_span() {
        let events = [
            event((2021, 7, 1), (2021, 7, 7), TimePrecision::Week),
            event((2021, 8, 15), (2021, 8, 15), TimePrecision::Day),
        ];
        let mut window = TimeWindow::default();
        window.fit(&events);
        assert!(events.iter().all(|e| window.shows(e)));
        window.end_day = window.start_day + 3;
        assert!(window.shows(&events[0]) && !window.shows(&events[1]));
        window.step(1000);
        assert_eq!(window.end_day, window.max_day);
        assert!(!window.shows(&events[0]) && window.shows(&events[1]));
        window.cumulative = true;
        assert!(window.shows(&events[0]));
    }

    #[test]
    fn a_window_the_user_narrowed_stays_when_more_events_arrive() {
        let mut events = vec![
            event((2021, 7, 1), (2021, 7, 1), TimePrecision::Day),
            event((2021, 7, 31), (2021, 7, 31), TimePrecision::Day),
        ];
        let mut window = TimeWindow::default();
        window.fit(&events);
        let day = |d: u32| day_of(NaiveDate::from_ymd_opt(2021, 7, d).unwrap_or_default());
        assert_eq!((window.start_day, window.end_day), (day(1), day(31)));
        // A window over all days follows the span as it grows.
        events.push(event((2021, 6, 20), (2021, 6, 20), TimePrecision::Day));
        window.fit(&events);
        assert_eq!(window.start_day, window.min_day);
        // A narrowed one stays where the user put it.
        (window.start_day, window.end_day) = (day(10), day(12));
        window.fit(&events);
        assert_eq!((window.start_day, window.end_day), (day(10), day(12)));
    }

    #[test]
    fn jumping_to_a_date_moves_the_window_there_within_the_span() {
        let events = [
            event((2021, 7, 1), (2021, 7, 1), TimePrecision::Day),
            event((2021, 7, 31), (2021, 7, 31), TimePrecision::Day),
        ];
        let mut window = TimeWindow::default();
        window.fit(&events);
        let day = |d: u32| NaiveDate::from_ymd_opt(2021, 7, d).unwrap_or_default();
        // The window over all days becomes the day typed.
        assert_eq!(window.jump_to(day(12)), Ok(()));
        assert_eq!(
            (window.start_day, window.end_day),
            (day_of(day(12)), day_of(day(12)))
        );
        window.end_day = window.start_day + 6;
        assert_eq!(window.jump_to(day(10)), Ok(()));
        assert_eq!(
            (window.start_day, window.end_day),
            (day_of(day(10)), day_of(day(16)))
        );
        // Near the end the week still holds the day, and keeps its width.
        assert_eq!(window.jump_to(day(29)), Ok(()));
        assert_eq!(
            (window.start_day, window.end_day),
            (day_of(day(25)), day_of(day(31)))
        );
        // Cumulative: the window ends on the day.
        window.cumulative = true;
        assert_eq!(window.jump_to(day(3)), Ok(()));
        assert_eq!(
            (window.start_day, window.end_day),
            (day_of(day(1)), day_of(day(3)))
        );
        let before = window.clone();
        let outside = window.jump_to(day(1).pred_opt().unwrap_or_default());
        assert_eq!(
            outside.map_err(|e| e.to_string()),
            Err("outside the events' days, 2021-07-01 to 2021-07-31".to_string())
        );
        assert_eq!(window, before);
        assert!(TimeWindow::default().jump_to(day(3)).is_err());
    }
}

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
    /// Widens the window to the span of the events.
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
        (self.min_day, self.max_day, self.start_day, self.end_day) = (min, max, min, max);
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

    /// Moves the window by `days`, keeping its width, within the folder's span.
    pub fn step(&mut self, days: i32) {
        let width = self.end_day - self.start_day;
        let start =
            (self.start_day + days).clamp(self.min_day, (self.max_day - width).max(self.min_day));
        self.start_day = start;
        self.end_day = start + width;
    }
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
}

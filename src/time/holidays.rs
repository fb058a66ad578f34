//! The feasts that reports date events by ("on the second day of Eid al-Adha", "the eve of
//! Nowruz", "on Christmas Day"): which day each falls on in a given year. The Islamic feasts
//! move with the lunar calendar, so their days come from a table (the days most countries
//! kept; some keep them a day earlier or later).

use chrono::{Datelike, NaiveDate};

use super::range::shift;

/// A feast whose day a report may count from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Feast {
    /// Eid al-Fitr (Eid-ul-Fitr, Eid-e-Ramazan, Korité), which ends Ramadan.
    Fitr,
    /// Eid al-Adha (Eid-ul-Azha, Eid-e-Qurban, Eid el-Kebir, Tabaski).
    Adha,
    /// The first day of Ramadan.
    Ramadan,
    /// Nowruz, the Persian new year, on 21 March.
    Nowruz,
    /// Christmas Day, 25 December.
    Christmas,
}

/// A year's Eids: the (month, day) of the first day of each, and how many days the Ramadan
/// before Eid al-Fitr lasted (29 or 30).
struct Eids {
    year: i32,
    fitr: (u32, u32),
    adha: (u32, u32),
    ramadan_days: i64,
}

/// The Eids of each year from 2010.
const EIDS: [Eids; 17] = [
    eids(2010, (9, 10), (11, 16), 30),
    eids(2011, (8, 30), (11, 6), 29),
    eids(2012, (8, 19), (10, 26), 30),
    eids(2013, (8, 8), (10, 15), 30),
    eids(2014, (7, 28), (10, 4), 30),
    eids(2015, (7, 17), (9, 24), 29),
    eids(2016, (7, 6), (9, 12), 30),
    eids(2017, (6, 25), (9, 1), 29),
    eids(2018, (6, 15), (8, 21), 29),
    eids(2019, (6, 4), (8, 11), 29),
    eids(2020, (5, 24), (7, 31), 30),
    eids(2021, (5, 13), (7, 20), 30),
    eids(2022, (5, 2), (7, 9), 30),
    eids(2023, (4, 21), (6, 28), 29),
    eids(2024, (4, 10), (6, 16), 30),
    eids(2025, (3, 30), (6, 6), 29),
    eids(2026, (3, 20), (5, 27), 30),
];

/// A row of [`EIDS`].
const fn eids(year: i32, fitr: (u32, u32), adha: (u32, u32), ramadan_days: i64) -> Eids {
    Eids {
        year,
        fitr,
        adha,
        ramadan_days,
    }
}

impl Feast {
    /// The feast's name at a (lowercase) word, if it names one alone: "tabaski", "nowruz".
    pub(super) fn named(word: &str) -> Option<Feast> {
        Some(match word {
            "tabaski" => Feast::Adha,
            "korité" | "korite" => Feast::Fitr,
            "ramadan" | "ramazan" | "ramzan" => Feast::Ramadan,
            "nowruz" | "nawruz" | "nauroz" | "navruz" | "newroz" | "nowroz" | "norouz" => {
                Feast::Nowruz
            }
            "christmas" => Feast::Christmas,
            _ => return None,
        })
    }

    /// Which Eid the word after "Eid" (and its article) names: "fitr", "adha", "qurban".
    pub(super) fn eid_named(word: &str) -> Option<Feast> {
        match word {
            "fitr" | "ramazan" | "ramadan" | "ramzan" => Some(Feast::Fitr),
            "adha" | "azha" | "zuha" | "kebir" | "kabir" | "qurban" | "kurban" | "qurbani" => {
                Some(Feast::Adha)
            }
            _ => None,
        }
    }

    /// The feast's first day in `year`, if known.
    pub(super) fn day_in(self, year: i32) -> Option<NaiveDate> {
        let eids = || EIDS.iter().find(|eids| eids.year == year);
        let on = |(month, day): (u32, u32)| NaiveDate::from_ymd_opt(year, month, day);
        match self {
            Feast::Fitr => on(eids()?.fitr),
            Feast::Adha => on(eids()?.adha),
            Feast::Ramadan => {
                let eids = eids()?;
                shift(on(eids.fitr)?, -eids.ramadan_days)
            }
            Feast::Nowruz => NaiveDate::from_ymd_opt(year, 3, 21),
            Feast::Christmas => NaiveDate::from_ymd_opt(year, 12, 25),
        }
    }

    /// The feast's first day last on or before `date` (this year's or last year's).
    pub(super) fn last_on_or_before(self, date: NaiveDate) -> Option<NaiveDate> {
        (self.day_in(date.year()).filter(|day| *day <= date))
            .or_else(|| self.day_in(date.year() - 1))
    }

    /// How many days the feast lasts: three for Eid al-Fitr, four for Eid al-Adha.
    pub(super) fn days(self) -> i64 {
        match self {
            Feast::Fitr => 3,
            Feast::Adha => 4,
            _ => 1,
        }
    }

    /// Which Eid "Eid" alone names, with its first day: the one last on or before `date`.
    pub(super) fn last_eid(date: NaiveDate) -> Option<(Feast, NaiveDate)> {
        [Feast::Fitr, Feast::Adha]
            .into_iter()
            .filter_map(|feast| Some((feast, feast.last_on_or_before(date)?)))
            .max_by_key(|(_, day)| *day)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(year: i32, month: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(year, month, day).unwrap()
    }

    #[test]
    fn feasts_fall_on_their_days_and_ramadan_runs_up_to_eid() {
        assert_eq!(Feast::Adha.day_in(2021), Some(date(2021, 7, 20)));
        assert_eq!(Feast::Fitr.day_in(2024), Some(date(2024, 4, 10)));
        assert_eq!(Feast::Ramadan.day_in(2024), Some(date(2024, 3, 11)));
        assert_eq!(Feast::Ramadan.day_in(2023), Some(date(2023, 3, 23)));
        assert_eq!(Feast::Nowruz.day_in(2022), Some(date(2022, 3, 21)));
        assert_eq!(Feast::Adha.day_in(1990), None);
        // Every Ramadan starts in the year of its Eid, 29 or 30 days before it.
        for Eids { year, .. } in EIDS {
            let start = Feast::Ramadan.day_in(year).unwrap();
            let days = (Feast::Fitr.day_in(year).unwrap() - start).num_days();
            assert!((29..=30).contains(&days), "{year}");
        }
        // The last one on or before a day: this year's, else last year's.
        assert_eq!(
            Feast::Christmas.last_on_or_before(date(2023, 3, 1)),
            Some(date(2022, 12, 25))
        );
        assert_eq!(
            Feast::last_eid(date(2022, 7, 12)),
            Some((Feast::Adha, date(2022, 7, 9)))
        );
        assert_eq!(
            Feast::last_eid(date(2022, 6, 1)),
            Some((Feast::Fitr, date(2022, 5, 2)))
        );
    }
}

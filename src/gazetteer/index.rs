//! The name index: from a name key to the places that bear it.
//!
//! The committed `names.tsv` stays one string; loading records where each line starts, and a
//! lookup is a binary search over those lines. Names added at run time (the supplement, user
//! files) go into a small hash map beside it. The per-country lists behind the fuzzy search
//! are built on first use, so they cost nothing at load.

use std::collections::HashMap;
use std::sync::OnceLock;

use super::names::edit_distance_within;
use super::{NameRole, Place, PlaceId, PlaceKind, RowError};

/// A place that bears a name, and how.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct NameMatch {
    /// The place.
    pub place: PlaceId,
    /// Whether the name is its main name, an alternate or a demonym.
    pub role: NameRole,
}

/// See the module doc.
pub(super) struct NameIndex {
    text: String,
    /// For each line: where its key starts, where its tab is, where it ends.
    lines: Vec<(u32, u32, u32)>,
    extra: HashMap<String, Vec<NameMatch>>,
    /// Per country, the keys (line numbers, or extra keys) of its towns, districts and
    /// provinces, for the fuzzy search.
    fuzzy_pool: OnceLock<HashMap<(String, char), Vec<String>>>,
}

impl NameIndex {
    /// Indexes `text` (the contents of `names.tsv`).
    pub(super) fn new(text: String) -> Result<Self, (usize, RowError)> {
        let mut lines = Vec::with_capacity(text.len() / 16);
        let mut start = 0usize;
        let bytes = text.as_bytes();
        let mut previous_key: &[u8] = &[];
        while start < bytes.len() {
            let end = memchr(b'\n', &bytes[start..]).map_or(bytes.len(), |i| start + i);
            let line = &bytes[start..end];
            let Some(tab) = memchr(b'\t', line) else {
                return Err((lines.len() + 1, RowError::NoTab));
            };
            let key = &line[..tab];
            if key <= previous_key && !lines.is_empty() {
                return Err((lines.len() + 1, RowError::Unsorted));
            }
            previous_key = key;
            lines.push((start as u32, (start + tab) as u32, end as u32));
            start = end + 1;
        }
        Ok(Self {
            text,
            lines,
            extra: HashMap::new(),
            fuzzy_pool: OnceLock::new(),
        })
    }

    /// The largest place id among the first and last lines' references: a cheap check that
    /// the index belongs to the places file loaded with it.
    pub(super) fn max_place_id(&self) -> Option<u32> {
        [0, self.lines.len().saturating_sub(1)]
            .into_iter()
            .filter(|&l| l < self.lines.len())
            .flat_map(|l| parse_refs(self.refs_at(l)))
            .map(|m| m.place.0)
            .max()
    }

    fn key_at(&self, line: usize) -> &str {
        let (start, tab, _) = self.lines[line];
        &self.text[start as usize..tab as usize]
    }

    fn refs_at(&self, line: usize) -> &str {
        let (_, tab, end) = self.lines[line];
        &self.text[tab as usize + 1..end as usize]
    }

    fn find_line(&self, key: &str) -> Option<usize> {
        let mut low = 0usize;
        let mut high = self.lines.len();
        while low < high {
            let mid = (low + high) / 2;
            match self.key_at(mid).cmp(key) {
                std::cmp::Ordering::Less => low = mid + 1,
                std::cmp::Ordering::Greater => high = mid,
                std::cmp::Ordering::Equal => return Some(mid),
            }
        }
        None
    }

    /// Places bearing `key`, primary names first.
    pub(super) fn lookup(&self, key: &str) -> Vec<NameMatch> {
        let mut out: Vec<NameMatch> = self
            .find_line(key)
            .map(|l| parse_refs(self.refs_at(l)).collect())
            .unwrap_or_default();
        if let Some(extra) = self.extra.get(key) {
            for m in extra {
                if let Some(existing) = out.iter_mut().find(|e| e.place == m.place) {
                    if m.role == NameRole::Primary {
                        existing.role = NameRole::Primary;
                    }
                } else {
                    out.push(*m);
                }
            }
        }
        out
    }

    /// Whether `key` names anything.
    pub(super) fn contains(&self, key: &str) -> bool {
        self.extra.contains_key(key) || self.find_line(key).is_some()
    }

    /// Adds a name to a place.
    pub(super) fn add_extra(&mut self, key: String, place: PlaceId, role: NameRole) {
        if key.len() < 2 {
            return;
        }
        let entry = self.extra.entry(key).or_default();
        if !entry.iter().any(|m| m.place == place) {
            entry.push(NameMatch { place, role });
        }
    }

    /// Builds the edit-distance search's lists now rather than on first use.
    pub(super) fn prepare_fuzzy(&self, places: &[Place]) {
        self.fuzzy_pool
            .get_or_init(|| self.build_fuzzy_pool(places));
    }

    /// See [`super::Gazetteer::fuzzy_matches`].
    pub(super) fn fuzzy(
        &self,
        key: &str,
        countries: &[&str],
        places: &[Place],
    ) -> Vec<(NameMatch, usize)> {
        let max = match key.len() {
            0..6 => return Vec::new(),
            6..8 => 1,
            _ => 2,
        };
        let Some(first) = key.chars().next() else {
            return Vec::new();
        };
        let pool = self
            .fuzzy_pool
            .get_or_init(|| self.build_fuzzy_pool(places));
        let mut out = Vec::new();
        for country in countries {
            // Misspellings keep the first letter: "Taluqan", "Lashkah Gar".
            for candidate in pool
                .get(&(country.to_string(), first))
                .into_iter()
                .flatten()
            {
                if candidate == key {
                    continue;
                }
                let Some(distance) = edit_distance_within(candidate, key, max) else {
                    continue;
                };
                for m in self.lookup(candidate) {
                    let place = &places[m.place.0 as usize];
                    if place.country == *country && m.role != NameRole::Demonym {
                        out.push((m, distance));
                    }
                }
            }
        }
        out
    }

    /// Per country and first letter, the keys of its provinces, districts and towns of
    /// [`FUZZY_MIN_POPULATION`] people or more.
    fn build_fuzzy_pool(&self, places: &[Place]) -> HashMap<(String, char), Vec<String>> {
        let eligible = |m: &NameMatch| {
            let place = &places[m.place.0 as usize];
            m.role != NameRole::Demonym
                && match place.kind {
                    PlaceKind::Town => place.population >= FUZZY_MIN_POPULATION,
                    PlaceKind::Admin1 | PlaceKind::Admin2 | PlaceKind::Site => true,
                    _ => false,
                }
        };
        let mut pool: HashMap<(String, char), Vec<String>> = HashMap::new();
        let mut add = |key: &str, m: &NameMatch| {
            let Some(first) = key.chars().next() else {
                return;
            };
            pool.entry((places[m.place.0 as usize].country.clone(), first))
                .or_default()
                .push(key.to_string());
        };
        for line in 0..self.lines.len() {
            let key = self.key_at(line);
            for m in parse_refs(self.refs_at(line)).filter(|m| eligible(m)) {
                add(key, &m);
            }
        }
        for (key, matches) in &self.extra {
            for m in matches.iter().filter(|m| eligible(m)) {
                add(key, m);
            }
        }
        for list in pool.values_mut() {
            list.sort_unstable();
            list.dedup();
        }
        pool
    }
}

/// Towns smaller than this are left out of the edit-distance search: there are too many
/// small towns whose names are a letter away from a person's or a street's.
const FUZZY_MIN_POPULATION: u64 = 10_000;

fn parse_refs(refs: &str) -> impl Iterator<Item = NameMatch> + '_ {
    refs.split(',').filter_map(|r| {
        let role = NameRole::from_code(r.chars().last()?)?;
        let place = r[..r.len() - 1].parse().ok()?;
        Some(NameMatch {
            place: PlaceId(place),
            role,
        })
    })
}

fn memchr(needle: u8, haystack: &[u8]) -> Option<usize> {
    haystack.iter().position(|&b| b == needle)
}

//! The name index: from a name key to the places that bear it.
//!
//! The committed `names.tsv` stays one string; loading records where each line starts and
//! files each line's key in an open-addressing hash table of line numbers, so a lookup is a
//! hash and one or two key comparisons. Names added at run time (the supplement, user
//! files) go into a small hash map beside it. The per-country lists behind the fuzzy search
//! are built on first use, so they cost nothing at load.

use std::sync::OnceLock;

use compact_str::CompactString;
use rustc_hash::FxHashMap;

use super::names::{ARABIC_ARTICLES, edit_distance_within, loose_key, name_key, slavic_key};
use super::{ARAB_WORLD, NameRole, Place, PlaceId, PlaceKind, RowError};

/// A place that bears a name, and how.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct NameMatch {
    /// The place.
    pub place: PlaceId,
    /// Whether the name is its main name, an alternate or a demonym.
    pub role: NameRole,
}

/// Per country and first letter, the keys of the edit-distance search, each with its
/// [`letter_set`].
type FuzzyPool = FxHashMap<(CompactString, char), Vec<(u64, CompactString)>>;

/// A line of the names file: where its key starts, where its tab is, where it ends.
type Line = (u32, u32, u32);

/// See the module doc.
pub(super) struct NameIndex {
    text: String,
    lines: Vec<Line>,
    /// Open addressing over the lines' keys: a slot holds a line number plus one (0 when
    /// empty) and the high half of its key's hash, so that most misses read no key; the
    /// table's length is a power of two, at least twice the number of lines.
    slots: Vec<(u32, u32)>,
    extra: FxHashMap<String, Vec<NameMatch>>,
    /// Per country, the keys (line numbers, or extra keys) of its towns, districts and
    /// provinces, for the fuzzy search.
    fuzzy_pool: OnceLock<FuzzyPool>,
    /// The places of [`ARAB_WORLD`] by the [`loose_key`]s of their names.
    loose: OnceLock<PlacesByKey>,
    /// The places of Ukraine by the [`slavic_key`]s of their names.
    slavic: OnceLock<PlacesByKey>,
}

/// Places by a key of their names, for the loose searches.
type PlacesByKey = FxHashMap<String, Vec<PlaceId>>;

/// Loose keys shorter than this match too much to be used.
const MIN_LOOSE_KEY: usize = 3;

/// Files `place` under `key`, once.
fn add_place(index: &mut PlacesByKey, key: String, place: PlaceId) {
    let list = index.entry(key).or_default();
    if !list.contains(&place) {
        list.push(place);
    }
}

/// Slavic keys shorter than this match too much to be used: they hold consonants only.
const MIN_SLAVIC_KEY: usize = 5;

impl NameIndex {
    /// Indexes `text` (the contents of `names.tsv`).
    pub(super) fn new(text: String) -> Result<Self, (usize, RowError)> {
        let lines = scan_lines(&text)?;
        let slots = hash_slots(&text, &lines);
        Ok(Self {
            text,
            lines,
            slots,
            extra: FxHashMap::default(),
            fuzzy_pool: OnceLock::new(),
            loose: OnceLock::new(),
            slavic: OnceLock::new(),
        })
    }

    /// An index of `text` with the hash table [`NameIndex::hash_table`] gave; `None` when the
    /// table is no table of the text's lines.
    pub(super) fn with_hash_table(text: String, slots: Vec<(u32, u32)>) -> Option<Self> {
        let lines = scan_lines(&text).ok()?;
        // A lookup stops at an empty slot: there must be one.
        let table_fits = slots.len().is_power_of_two()
            && slots.iter().any(|&(line, _)| line == 0)
            && slots.iter().all(|&(line, _)| line as usize <= lines.len());
        table_fits.then(|| Self {
            text,
            lines,
            slots,
            extra: FxHashMap::default(),
            fuzzy_pool: OnceLock::new(),
            loose: OnceLock::new(),
            slavic: OnceLock::new(),
        })
    }

    /// The text and the hash table, for [`super::binary`].
    pub(super) fn hash_table(&self) -> (&str, &[(u32, u32)]) {
        (&self.text, &self.slots)
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
        let mask = self.slots.len() - 1;
        let hash = key_hash(key.as_bytes());
        let tag = (hash >> 32) as u32;
        let mut slot = hash as usize & mask;
        loop {
            let (line, line_tag) = self.slots[slot];
            let line = line.checked_sub(1)? as usize;
            if line_tag == tag && self.key_at(line) == key {
                return Some(line);
            }
            slot = (slot + 1) & mask;
        }
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

    /// See [`super::Gazetteer::fuzzy_matches`]. With `vowels_free`, a key of 5 letters or more
    /// may also be one edit further from a name with the same consonants ([`loose_key`]):
    /// "Zhari" is Zhaṟêy, "Keshem" Kishim, "Terezayi" Têrayzaī.
    pub(super) fn fuzzy(
        &self,
        key: &str,
        countries: &[&str],
        places: &[Place],
        shortest: usize,
        vowels_free: bool,
    ) -> Vec<(NameMatch, usize)> {
        let max = match key.len() {
            n if n < shortest => return Vec::new(),
            0..8 => 1,
            _ => 2,
        };
        let loose = (vowels_free && key.len() >= 5).then(|| loose_key(key));
        let max_here = if loose.is_some() { max + 1 } else { max };
        let Some(first) = key.chars().next() else {
            return Vec::new();
        };
        let pool = self
            .fuzzy_pool
            .get_or_init(|| self.build_fuzzy_pool(places));
        let mut out = Vec::new();
        let letters = letter_set(key);
        for country in countries {
            // Misspellings keep the first letter: "Taluqan", "Lashkah Gar".
            for (candidate_letters, candidate) in pool
                .get(&(CompactString::from(*country), first))
                .into_iter()
                .flatten()
            {
                // Each letter that one key has and the other lacks takes an edit; one edit
                // replaces a letter of each.
                let (missing, extra) = (
                    (letters & !candidate_letters).count_ones(),
                    (candidate_letters & !letters).count_ones(),
                );
                if candidate == key || missing.max(extra) as usize > max_here {
                    continue;
                }
                let Some(distance) = edit_distance_within(candidate, key, max_here) else {
                    continue;
                };
                if distance > max && loose.as_deref() != Some(loose_key(candidate).as_str()) {
                    continue;
                }
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

    /// The places of the Arab world whose names have the [`loose_key`] of `key` (none for a
    /// loose key under [`MIN_LOOSE_KEY`] letters).
    pub(super) fn loose(&self, key: &str, places: &[Place]) -> Vec<PlaceId> {
        let loose = loose_key(key);
        if loose.len() < MIN_LOOSE_KEY {
            return Vec::new();
        }
        let index = self.loose.get_or_init(|| self.build_loose(places));
        index.get(&loose).cloned().unwrap_or_default()
    }

    fn build_loose(&self, places: &[Place]) -> PlacesByKey {
        let mut index = self.index_by(places, ARAB_WORLD, loose_key);
        // A unit also without its article: "the Mansoura district" is Al Mansura.
        for (i, place) in places.iter().enumerate() {
            let is_unit = matches!(place.kind, PlaceKind::Admin1 | PlaceKind::Admin2);
            if is_unit
                && ARAB_WORLD.contains(&place.country.as_str())
                && let Some((article, rest)) = place.name.split_once([' ', '-'])
                && ARABIC_ARTICLES.contains(&name_key(article).as_str())
            {
                add_place(&mut index, loose_key(&name_key(rest)), PlaceId(i as u32));
            }
        }
        index
    }

    /// The places of Ukraine whose names have the [`slavic_key`] of `key` (none for a slavic
    /// key under [`MIN_SLAVIC_KEY`] letters).
    pub(super) fn slavic(&self, key: &str, places: &[Place]) -> Vec<PlaceId> {
        let slavic = slavic_key(key);
        if slavic.len() < MIN_SLAVIC_KEY {
            return Vec::new();
        }
        let index = (self.slavic).get_or_init(|| self.index_by(places, &["UA"], slavic_key));
        index.get(&slavic).cloned().unwrap_or_default()
    }

    /// The towns, units and sites of `countries` by `key_of` each of their names.
    fn index_by(
        &self,
        places: &[Place],
        countries: &[&str],
        key_of: fn(&str) -> String,
    ) -> PlacesByKey {
        // Which places count, read once rather than for each of their names.
        let counts: Vec<bool> = (places.iter())
            .map(|place| {
                countries.contains(&place.country.as_str())
                    && matches!(
                        place.kind,
                        PlaceKind::Town | PlaceKind::Admin1 | PlaceKind::Admin2 | PlaceKind::Site
                    )
            })
            .collect();
        let eligible = |m: &NameMatch| m.role != NameRole::Demonym && counts[m.place.0 as usize];
        let mut index = PlacesByKey::default();
        for line in 0..self.lines.len() {
            for m in parse_refs(self.refs_at(line)).filter(|m| eligible(m)) {
                add_place(&mut index, key_of(self.key_at(line)), m.place);
            }
        }
        for (key, matches) in &self.extra {
            for m in matches.iter().filter(|m| eligible(m)) {
                add_place(&mut index, key_of(key), m.place);
            }
        }
        index
    }

    /// Per country and first letter, the keys of its provinces, districts and towns of
    /// [`FUZZY_MIN_POPULATION`] people or more.
    fn build_fuzzy_pool(&self, places: &[Place]) -> FuzzyPool {
        let eligible = |m: &NameMatch| {
            let place = &places[m.place.0 as usize];
            m.role != NameRole::Demonym
                && match place.kind {
                    PlaceKind::Town => place.population >= FUZZY_MIN_POPULATION,
                    PlaceKind::Admin1 | PlaceKind::Admin2 | PlaceKind::Site => true,
                    _ => false,
                }
        };
        let mut pool = FuzzyPool::default();
        let mut add = |key: &str, m: &NameMatch| {
            let Some(first) = key.chars().next() else {
                return;
            };
            pool.entry((places[m.place.0 as usize].country.clone(), first))
                .or_default()
                .push((letter_set(key), CompactString::from(key)));
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
            list.sort_unstable_by(|a, b| a.1.cmp(&b.1));
            list.dedup_by(|a, b| a.1 == b.1);
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

/// The set of bytes a key holds, as bits: `a`–`z` and `0`–`9` each their own, any other
/// byte one more.
fn letter_set(key: &str) -> u64 {
    key.bytes().fold(0, |set, b| {
        set | 1
            << match b {
                b'a'..=b'z' => b - b'a',
                b'0'..=b'9' => 26 + b - b'0',
                _ => 36,
            }
    })
}

fn key_hash(key: &[u8]) -> u64 {
    use std::hash::Hasher;
    let mut hasher = rustc_hash::FxHasher::default();
    hasher.write(key);
    hasher.finish()
}

/// The hash table of [`NameIndex`]: each line's number plus one and its key's tag, at its
/// key's slot or the next free one.
fn hash_slots(text: &str, lines: &[Line]) -> Vec<(u32, u32)> {
    let mut slots = vec![(0u32, 0u32); (lines.len() * 2).next_power_of_two().max(2)];
    let mask = slots.len() - 1;
    for (line, &(start, tab, _)) in lines.iter().enumerate() {
        let hash = key_hash(&text.as_bytes()[start as usize..tab as usize]);
        let mut slot = hash as usize & mask;
        while slots[slot].0 != 0 {
            slot = (slot + 1) & mask;
        }
        slots[slot] = (line as u32 + 1, (hash >> 32) as u32);
    }
    slots
}

/// Where each line of `text` starts, where its tab is and where it ends; checks that every
/// line has a tab and that the keys are sorted.
fn scan_lines(text: &str) -> Result<Vec<Line>, (usize, RowError)> {
    let mut lines = Vec::with_capacity(text.len() / 16);
    let mut start = 0usize;
    let bytes = text.as_bytes();
    let mut previous_key: &[u8] = &[];
    while start < bytes.len() {
        let end = memchr::memchr(b'\n', &bytes[start..]).map_or(bytes.len(), |i| start + i);
        let line = &bytes[start..end];
        let Some(tab) = memchr::memchr(b'\t', line) else {
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
    Ok(lines)
}

//! Geoparsing: finding place names in text and resolving each to one gazetteer place.
//!
//! [`Geoparser::parse`] takes an article's text and the line ranges to read (the cleaned
//! lines of an [`crate::articles::Article`], or the whole text) and returns [`Toponym`]s,
//! sorted by position, with byte offsets into that text. Two steps:
//! - [`recognise`] finds spans that name a place: runs of capitalised words (with
//!   "of"/"de"/"-i-" linking words) whose key is in the gazetteer, longest first, and drops
//!   the ones that name people, outlets or organisations, or are ordinary words;
//! - [`resolve`] scores each span's candidate places by kind, population and how the name
//!   belongs to them, then by the story's context: the countries and provinces the story
//!   names (more when in the same sentence), "City, State" pairs, and cue words
//!   ("province", "district", "airfield"). A name keeps its sense through the story. Names
//!   not in the gazetteer are looked up by edit distance within the story's countries.

mod calibration;
mod enclosing;
mod prior;
mod recognise;
mod resolve;
mod tokens;
mod words;

use compact_str::CompactString;
use std::ops::Range;

pub(crate) use enclosing::{is_compass_adjective, is_unit_word};
pub use prior::FolderPrior;
use recognise::Cue;

use crate::gazetteer::{Gazetteer, PlaceId, PlaceKind};

/// How precisely a toponym locates what it names.
#[derive(
    Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize, serde::Deserialize,
)]
#[serde(rename_all = "lowercase")]
pub enum Precision {
    /// A site within a town: airfield, base, prison, crossing.
    Site,
    /// A town or city.
    Town,
    /// A district or county.
    District,
    /// A province or state.
    Province,
    /// A country.
    Country,
    /// A continent or a region larger or other than a country.
    Region,
}

impl Precision {
    /// The precision of a mention resolved to a place of this kind.
    pub fn of_kind(kind: PlaceKind) -> Self {
        match kind {
            PlaceKind::Site => Self::Site,
            PlaceKind::Town => Self::Town,
            PlaceKind::Admin2 => Self::District,
            PlaceKind::Admin1 => Self::Province,
            PlaceKind::Country => Self::Country,
            PlaceKind::Continent | PlaceKind::Region => Self::Region,
        }
    }

    /// Lower-case name, as in the exports.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Site => "site",
            Self::Town => "town",
            Self::District => "district",
            Self::Province => "province",
            Self::Country => "country",
            Self::Region => "region",
        }
    }
}

/// How the text names the place.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum MentionForm {
    /// By a name of the place.
    Name,
    /// By its people's adjective ("Afghan forces"): locates at country level only.
    Demonym,
    /// By a misspelling within a small edit distance ("Lashkah Gar").
    Misspelt,
}

/// A place name found in a text and resolved.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Toponym {
    /// Byte range of the name in the text.
    pub span: Range<usize>,
    /// The name as written.
    pub surface: CompactString,
    /// The place it resolves to.
    pub place: PlaceId,
    /// How precisely it locates.
    pub precision: Precision,
    /// Probability-like score in 0..=1 that `place` is right.
    pub confidence: f32,
    /// Other candidates, best first, with their scores on the same scale.
    pub alternatives: Box<[(PlaceId, f32)]>,
    /// How the text names it.
    pub form: MentionForm,
}

/// Settings of the geoparser.
#[derive(Clone, Debug)]
pub struct GeoparseOptions {
    /// Report demonyms ("Afghan", "American") as country mentions.
    pub demonyms: bool,
    /// Look up unknown names by edit distance within the story's countries.
    pub fuzzy: bool,
    /// Give calibrated confidences (see [`calibration`]) rather than the resolver's softmax.
    pub calibrated: bool,
}

impl Default for GeoparseOptions {
    fn default() -> Self {
        Self {
            demonyms: true,
            fuzzy: true,
            calibrated: true,
        }
    }
}

/// Finds and resolves place names with one gazetteer.
pub struct Geoparser<'g> {
    gazetteer: &'g Gazetteer,
    options: GeoparseOptions,
    prior: Option<FolderPrior>,
}

impl<'g> Geoparser<'g> {
    /// A geoparser over `gazetteer`.
    pub fn new(gazetteer: &'g Gazetteer, options: GeoparseOptions) -> Self {
        Self {
            gazetteer,
            options,
            prior: None,
        }
    }

    /// The same geoparser, leaning to the countries and provinces of the article's folder.
    pub fn with_prior(mut self, prior: FolderPrior) -> Self {
        self.prior = (!prior.is_empty()).then_some(prior);
        self
    }

    /// The gazetteer it resolves against.
    pub fn gazetteer(&self) -> &'g Gazetteer {
        self.gazetteer
    }

    /// Finds and resolves the place names of `text` within `lines` (byte ranges of `text`,
    /// each read as one or more sentences). Sorted by position.
    pub fn parse(&self, text: &str, lines: &[Range<usize>]) -> Vec<Toponym> {
        let mut mentions = Vec::new();
        let mut persons = Vec::new();
        let mut homes = Vec::new();
        let mut sentence = 0;
        for line in lines {
            let Some(line_text) = text.get(line.clone()) else {
                continue;
            };
            sentence = recognise::recognise_line(
                self.gazetteer,
                line_text,
                line.start,
                sentence + 1,
                &mut mentions,
                &mut persons,
                &mut homes,
            );
        }
        // A name once seen as a person's ("Mr Trapani") is that person's all through the story,
        // but where the story calls it a town or a unit ("Ampatuan town", beside "the Ampatuan
        // clan").
        mentions.retain(|m| {
            !persons.contains(&m.key)
                || matches!(m.cue, Some(Cue::Town | Cue::District | Cue::Province))
        });
        resolve::resolve(
            self.gazetteer,
            &self.options,
            self.prior.as_ref(),
            text,
            mentions,
            &homes,
        )
    }

    /// [`Geoparser::parse`] over every line of `text`.
    pub fn parse_text(&self, text: &str) -> Vec<Toponym> {
        self.parse(text, &line_ranges(text))
    }

    /// Parses the articles of one folder (text and lines each), then again, with the
    /// folder's prior, those whose places it could change (see [`FolderPrior`]).
    pub fn parse_folder(&self, articles: &[(&str, &[Range<usize>])]) -> Vec<Vec<Toponym>> {
        let mut parsed: Vec<Vec<Toponym>> = articles
            .iter()
            .map(|(text, lines)| self.parse(text, lines))
            .collect();
        let prior = FolderPrior::of_articles(self.gazetteer, parsed.iter().map(Vec::as_slice));
        if prior.is_empty() {
            return parsed;
        }
        for ((text, lines), toponyms) in articles.iter().zip(&mut parsed) {
            if let Some(others) = prior.second_look(self.gazetteer, toponyms) {
                let again = Geoparser::new(self.gazetteer, self.options.clone()).with_prior(others);
                *toponyms = again.parse(text, lines);
            }
        }
        parsed
    }

    /// The folder prior this geoparser leans on, if any.
    pub fn prior(&self) -> Option<&FolderPrior> {
        self.prior.as_ref()
    }
}

/// Byte ranges of the lines of `text`, without their line breaks.
pub fn line_ranges(text: &str) -> Vec<Range<usize>> {
    let mut ranges = Vec::new();
    let mut start = 0;
    for line in text.split_inclusive('\n') {
        let trimmed = line.trim_end_matches(['\n', '\r']);
        if !trimmed.trim().is_empty() {
            ranges.push(start..start + trimmed.len());
        }
        start += line.len();
    }
    ranges
}

#[cfg(test)]
mod tests;

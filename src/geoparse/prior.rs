//! The folder as context: an analyst's folder is about one war or a few, so a name the story
//! leaves ambiguous ("Al Jawf", Yemen's or Saudi Arabia's) leans to the countries and
//! provinces the folder's articles name.
//!
//! A [`FolderPrior`] is built from every article's toponyms as first resolved (each article
//! weighs the same, its toponyms by their confidence), then the articles whose choices it could
//! change are resolved again with the prior of the other articles
//! ([`FolderPrior::second_look`]). It weighs less than the
//! story's own context: a story that names Washington, D.C. lands there in any folder.

use compact_str::CompactString;
use rustc_hash::FxHashMap;

use super::{MentionForm, Toponym};
use crate::gazetteer::{Gazetteer, PlaceKind, name_key};

/// Score added to a candidate in a country holding all of the folder's weight (the story's
/// own countries add up to 4).
const COUNTRY_WEIGHT: f64 = 1.5;
/// Score added to a candidate in a province holding all of the folder's weight.
const PROVINCE_WEIGHT: f64 = 2.0;
/// A country or province with less of the folder's weight than this says nothing.
const MIN_SHARE: f64 = 0.05;

/// How much of a folder's weight each country and province holds. Codes are short: kept
/// inline, so that the copy [`FolderPrior::second_look`] makes for each article allocates
/// little.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct FolderPrior {
    countries: FxHashMap<CompactString, f64>,
    /// Per country, per admin1 code.
    provinces: FxHashMap<CompactString, FxHashMap<CompactString, f64>>,
    articles: f64,
}

impl FolderPrior {
    /// The prior of a folder whose articles resolved to `articles` (one list per article).
    pub fn of_articles<'t>(
        gazetteer: &Gazetteer,
        articles: impl IntoIterator<Item = &'t [Toponym]>,
    ) -> Self {
        let mut prior = Self::default();
        for toponyms in articles {
            prior.add_article(gazetteer, toponyms);
        }
        prior
    }

    /// Adds one article's toponyms: its weight, one, shared by their confidences.
    pub fn add_article(&mut self, gazetteer: &Gazetteer, toponyms: &[Toponym]) {
        self.add_weighted(gazetteer, toponyms, 1.0);
    }

    /// The prior to resolve again an article of the folder with (whose toponyms, as first
    /// resolved, are `toponyms`), when that could change them; see [`Self::could_change`].
    /// It is the prior of the folder's other articles: an article does not lean on itself.
    pub fn second_look(&self, gazetteer: &Gazetteer, toponyms: &[Toponym]) -> Option<Self> {
        let mut others = self.clone();
        others.add_weighted(gazetteer, toponyms, -1.0);
        others.could_change(gazetteer, toponyms).then_some(others)
    }

    fn add_weighted(&mut self, gazetteer: &Gazetteer, toponyms: &[Toponym], sign: f64) {
        let total: f64 = toponyms.iter().map(|t| f64::from(t.confidence)).sum();
        if total <= 0.0 {
            return;
        }
        self.articles += sign;
        for t in toponyms {
            let place = gazetteer.place(t.place);
            if place.country.is_empty() {
                continue;
            }
            let weight = sign * f64::from(t.confidence) / total;
            *self.countries.entry(place.country.clone()).or_default() += weight;
            if !place.admin1.is_empty() && place.kind != PlaceKind::Country {
                *self
                    .provinces
                    .entry(place.country.clone())
                    .or_default()
                    .entry(place.admin1.clone())
                    .or_default() += weight;
            }
        }
    }

    /// Whether the prior knows nothing: no article. The second look of an article in a
    /// folder of two leans on the other one ("a UN base in Bor" beside a report from Malakal
    /// and Juba is South Sudan's Bor); the only article of a folder leans on nothing.
    pub fn is_empty(&self) -> bool {
        self.articles < 1.0
    }

    fn share(&self, weight: Option<&f64>) -> f64 {
        if self.is_empty() {
            return 0.0;
        }
        let share = weight.copied().unwrap_or(0.0) / self.articles;
        if share < MIN_SHARE { 0.0 } else { share }
    }

    /// The countries holding at least `min_share` of the folder's weight (see
    /// [`focus_countries`]): where a misspelt name of a story that names no country is looked
    /// for.
    pub fn focus_countries(&self, min_share: f64) -> Vec<&str> {
        let shares = (self.countries.iter()).map(|(c, &w)| (c.as_str(), self.share(Some(&w))));
        focus_countries(shares, min_share)
    }

    /// Score a candidate in `country` and `admin1` gets from the folder (0 when the folder
    /// says nothing of them).
    pub fn bonus(&self, country: &str, admin1: &str) -> f64 {
        let in_country = self.share(self.countries.get(country));
        if in_country == 0.0 {
            return 0.0;
        }
        let in_province = if admin1.is_empty() {
            0.0
        } else {
            self.share(self.provinces.get(country).and_then(|p| p.get(admin1)))
        };
        COUNTRY_WEIGHT * in_country + PROVINCE_WEIGHT * in_province
    }

    /// Whether resolving the article again with this prior could change its toponyms: it has
    /// none (a misspelt name may be found in the folder's countries), or one of them has a
    /// runner-up that the folder favours more than its choice, is an uncertain
    /// choice outside the folder's countries (whose better sense may not be among the
    /// runners-up kept), or is a town outside them reached by another of its names, which the
    /// folder may show to be a misreading ("Inata" in a folder about the Sahel is not Japan's
    /// Inada, one of whose names it is).
    fn could_change(&self, gazetteer: &Gazetteer, toponyms: &[Toponym]) -> bool {
        /// Under this confidence, a choice outside the folder's countries is looked at again.
        const UNSURE: f32 = 0.8;
        if self.is_empty() {
            return false;
        }
        // An article that found no place may hold a misspelt one, looked for in the folder's
        // countries ("In Baramulla, protesters came out" in a folder about Kashmir); so may
        // one that names only peoples ("an American drone struck in a desert area of
        // Hadramaout").
        if toponyms.iter().all(|t| t.form == MentionForm::Demonym) {
            return true;
        }
        let bonus = |id| {
            let place = gazetteer.place(id);
            self.bonus(&place.country, &place.admin1)
        };
        let town_by_another_name = |t: &Toponym| {
            let place = gazetteer.place(t.place);
            place.kind == PlaceKind::Town && name_key(&t.surface) != name_key(&place.name)
        };
        toponyms.iter().any(|t| {
            let chosen = bonus(t.place);
            (chosen == 0.0 && (t.confidence < UNSURE || town_by_another_name(t)))
                || t.alternatives
                    .iter()
                    .any(|&(other, _)| bonus(other) > chosen)
        })
    }
}

/// Of countries and their shares of some weight, those with at least `min_share`, the
/// largest first (then by code), two at most: where a name is looked for.
pub(super) fn focus_countries<'a>(
    shares: impl Iterator<Item = (&'a str, f64)>,
    min_share: f64,
) -> Vec<&'a str> {
    let mut list: Vec<(&str, f64)> = shares.filter(|&(_, share)| share >= min_share).collect();
    list.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(b.0)));
    list.into_iter().map(|(c, _)| c).take(2).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::gazetteer::bundled_for_tests;
    use crate::geoparse::{GeoparseOptions, Geoparser};

    #[test]
    fn each_article_weighs_the_same_and_no_article_leans_on_itself() {
        let g = bundled_for_tests();
        let parser = Geoparser::new(g, GeoparseOptions::default());
        let long = parser.parse_text("Kabul, Herat, Kandahar, Mazar-i-Sharif and Kunduz.");
        let short = parser.parse_text("Sanaa.");
        let alone = FolderPrior::of_articles(g, [long.as_slice()]);
        assert_eq!(alone.second_look(g, &long), None);
        assert_eq!(FolderPrior::default().bonus("AF", ""), 0.0);
        let prior = FolderPrior::of_articles(g, [long.as_slice(), short.as_slice()]);
        let (afghan, yemeni) = (prior.bonus("AF", ""), prior.bonus("YE", ""));
        assert!(
            afghan > 0.0 && (afghan - yemeni).abs() < 0.01,
            "{afghan} {yemeni}"
        );
        assert_eq!(prior.bonus("FR", ""), 0.0);
        // (Equal weights: either may come first.)
        let mut focus = prior.focus_countries(0.3);
        focus.sort_unstable();
        assert_eq!(focus, ["AF", "YE"]);
        assert_eq!(alone.focus_countries(0.3), ["AF"]);
        // An article that found no place is looked at again in a folder that knows some.
        assert!(prior.second_look(g, &[]).is_some());
    }
}

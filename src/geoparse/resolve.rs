//! Resolution: which of a name's candidate places the story means.
//!
//! Each candidate gets a score: a prior from its kind and population and from how the name
//! belongs to it (main name, alternate, demonym), plus cue words, plus the story's context.
//! The context is what the story's other names resolve to: the countries and provinces it
//! names (more when in the same sentence; a name's own mentions are no support for it), the
//! places near each candidate, the kind of the other names of a list ("Michigan, Oregon and
//! Ohio") and the units that enclose a name ("City, State", "X (District, Province)", see
//! [`super::enclosing`]). Resolution runs twice, the
//! second time with the context of the first, then gives every mention of one name the place
//! its mentions favour together. Scores become confidences with a softmax.

use rustc_hash::{FxHashMap, FxHashSet};

use super::calibration::calibrated;
use super::enclosing::{
    Enclosure, beyond_a_border, contains, enclosures, is_unit, is_unit_word, names_nothing_inside,
};
use super::recognise::{Cue, Mention, is_major_area, names_a_country_by_name};
use super::words::NATURAL_FEATURE_WORDS;
use super::{FolderPrior, GeoparseOptions, MentionForm, Precision, Toponym};
use crate::gazetteer::{
    Gazetteer, NameMatch, NameRole, Place, PlaceId, PlaceKind, edit_distance_within, loose_key,
    name_key,
};
use crate::geography::{EARTH_RADIUS_KM, haversine_km};

/// Most alternatives kept per toponym.
const MAX_ALTERNATIVES: usize = 5;

/// What the story names: weights of countries and provinces, overall and per sentence.
#[derive(Default)]
struct Context<'g> {
    countries: FxHashMap<&'g str, f64>,
    provinces: FxHashMap<(&'g str, &'g str), f64>,
    total: f64,
    /// (sentence, country) and (sentence, country, province) named there.
    sentence_countries: FxHashMap<(u32, &'g str), f64>,
    sentence_provinces: FxHashMap<(u32, &'g str, &'g str), f64>,
    /// (country, province) of the provinces and districts named themselves.
    units: FxHashMap<(&'g str, &'g str), f64>,
}

impl<'g> Context<'g> {
    fn add(&mut self, place: &'g Place, sentence: u32, weight: f64) {
        if place.country.is_empty() {
            return;
        }
        let country = place.country.as_str();
        *self.countries.entry(country).or_default() += weight * country_vote(place);
        self.total += weight * country_vote(place);
        *self
            .sentence_countries
            .entry((sentence, country))
            .or_default() += weight;
        if let Some(vote) = province_vote(place) {
            let admin1 = place.admin1.as_str();
            *self.provinces.entry((country, admin1)).or_default() += weight * vote;
            *self
                .sentence_provinces
                .entry((sentence, country, admin1))
                .or_default() += weight * vote;
            if matches!(place.kind, PlaceKind::Admin1 | PlaceKind::Admin2) {
                *self.units.entry((country, admin1)).or_default() += weight;
            }
        }
    }

    /// A vote for a country as a whole, from no name of a place (see [`ACTOR_HOME_VOTE`]).
    fn add_country(&mut self, country: &'g Place, weight: f64) {
        *self.countries.entry(country.country.as_str()).or_default() += weight;
        self.total += weight;
    }

    fn country_share(&self, country: &str) -> f64 {
        if self.total <= 0.0 {
            0.0
        } else {
            self.countries.get(country).copied().unwrap_or(0.0) / self.total
        }
    }

    /// Countries named most, strongest first, with at least `min_share` of the weight.
    fn focus_countries(&self, min_share: f64) -> Vec<&str> {
        let shares = (self.countries.keys()).map(|&c| (c, self.country_share(c)));
        super::prior::focus_countries(shares, min_share)
    }
}

/// A place whose name is near a name the gazetteer lacks, and how many edits away.
type Close = (NameMatch, usize);

/// A village missing from the gazetteer is missing wherever the story names it, unless a
/// place of its name lies this near (km) to the units around it, in another country.
const NEAR_ACROSS_BORDER_KM: f64 = 300.0;

/// How much a story's naming of an armed group or a people of one country counts for that
/// country ("Houthi fighters"): as a demonym's, once per group, however often it is named.
const ACTOR_HOME_VOTE: f64 = 0.5;

/// The mentions whose votes are one name's own, no support for it: those of one name and cue
/// word, where a town word is no other evidence than none ("Palmyra … the city of Palmyra"
/// does not vouch for itself), but a unit word is ("Pokrovsk district" for "Pokrovsk").
fn vote_group(mention: &Mention) -> (&str, Option<Cue>) {
    let cue = mention.cue.filter(|&cue| cue != Cue::Town);
    (mention.key.as_str(), cue)
}

/// How much a mention of a place counts for its country: a country's own name most.
fn country_vote(place: &Place) -> f64 {
    match place.kind {
        PlaceKind::Country => 1.0,
        PlaceKind::Admin1 => 0.8,
        _ => 0.5,
    }
}

/// How much a mention of a place below the country counts for its province: the province's
/// own name most.
fn province_vote(place: &Place) -> Option<f64> {
    let counts = !place.admin1.is_empty() && place.kind != PlaceKind::Country;
    counts.then_some(if place.kind == PlaceKind::Admin1 {
        1.0
    } else {
        0.5
    })
}

/// Where the story's other names may be: for each name, its likely point-like candidates
/// (towns, districts, sites), each with how plausible it is beside the name's best (the ratio
/// of their probabilities in the previous round). A candidate near the plausible places of
/// other names is more likely ("Paris" near "Lamar County"), even where those names are
/// ambiguous themselves ("Walker County" is in three states, all plausible).
struct Neighbours<'m> {
    points: Vec<(&'m str, Vec<(PlaceId, f64)>)>,
}

impl<'m> Neighbours<'m> {
    /// Closer than this, two places support each other.
    const RADIUS_KM: f64 = 100.0;
    /// Candidates of each name considered.
    const TOP: usize = 8;

    fn new(
        gazetteer: &Gazetteer,
        mentions: &'m [Mention],
        choices: &[Option<Vec<(NameMatch, f64)>>],
    ) -> Self {
        let mut points: Vec<(&'m str, Vec<(PlaceId, f64)>)> = Vec::new();
        for (m, scored) in mentions.iter().zip(choices) {
            let Some(scored) = scored else { continue };
            if points.iter().any(|(key, _)| *key == m.key) {
                continue;
            }
            let probabilities = softmax(scored);
            let top = probabilities.first().map_or(1.0, |(_, p)| *p);
            let list = probabilities
                .into_iter()
                .take(Self::TOP)
                .filter(|(c, p)| *p > 0.05 && !is_major_area(gazetteer.place(c.place).kind))
                .map(|(c, p)| (c.place, p / top))
                .collect::<Vec<_>>();
            if !list.is_empty() {
                points.push((m.key.as_str(), list));
            }
        }
        Self { points }
    }

    fn add_bonus(&self, gazetteer: &Gazetteer, key: &str, scored: &mut [(NameMatch, f64)]) {
        if self.points.len() < 2 {
            return;
        }
        for (candidate, score) in scored.iter_mut().take(Self::TOP * 2) {
            let place = gazetteer.place(candidate.place);
            // Towns and districts are supported by places near them, provinces by places in them.
            let supports = |other: &Place| match place.kind {
                PlaceKind::Admin1 => contains(gazetteer, place, other),
                PlaceKind::Country | PlaceKind::Continent | PlaceKind::Region => false,
                _ => is_within_km(place, other, Self::RADIUS_KM),
            };
            let support: f64 = self
                .points
                .iter()
                .filter(|(other, _)| *other != key)
                .map(|(_, list)| {
                    list.iter()
                        .filter(|(id, _)| supports(gazetteer.place(*id)))
                        .map(|(_, p)| *p)
                        .fold(0.0, f64::max)
                })
                .sum();
            *score += 1.5 * support.min(2.0);
        }
        sort_by_score(scored);
    }
}

/// Names in a list this long or longer are of one kind.
const MIN_LIST: usize = 3;

/// Added to a candidate of the kind of the other names in its list.
const LIST_KIND_BONUS: f64 = 4.0;

/// Runs of mentions in one sentence with only commas, "and", "or" or "&" between them
/// ("Michigan, Oregon, New Mexico and Ohio"), of [`MIN_LIST`] names or more, as mention
/// indices.
fn lists_of_names(text: &str, mentions: &[Mention]) -> Vec<Vec<usize>> {
    let joined = |a: &Mention, b: &Mention| {
        let between = text.get(a.span.end..b.span.start).unwrap_or_default();
        a.sentence == b.sentence
            && !between.trim().is_empty()
            && (between.split([' ', ','])).all(|word| matches!(word, "" | "and" | "or" | "&"))
    };
    let mut lists: Vec<Vec<usize>> = Vec::new();
    let mut run: Vec<usize> = Vec::new();
    for i in 0..mentions.len() {
        if run
            .last()
            .is_some_and(|&last| !joined(&mentions[last], &mentions[i]))
        {
            let finished = std::mem::take(&mut run);
            if finished.len() >= MIN_LIST {
                lists.push(finished);
            }
        }
        run.push(i);
    }
    if run.len() >= MIN_LIST {
        lists.push(run);
    }
    lists
}

/// What the other names of a list are.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum ListKind {
    /// Places of one kind: "Oklahoma" among states is the state.
    Of(PlaceKind),
    /// Countries' capitals: "Paris" after "Canberra, Wellington" is France's, whatever
    /// country the story is about.
    Capitals,
}

impl ListKind {
    /// Whether the place `id` is of the list's kind.
    fn fits(self, gazetteer: &Gazetteer, id: PlaceId) -> bool {
        match self {
            ListKind::Of(kind) => gazetteer.place(id).kind == kind,
            ListKind::Capitals => is_a_capital(gazetteer, id),
        }
    }
}

/// Whether the place `id` is its country's capital.
fn is_a_capital(gazetteer: &Gazetteer, id: PlaceId) -> bool {
    gazetteer.capital_of(&gazetteer.place(id).country) == Some(id)
}

/// For each mention, what the other names of its list surely are (countries, provinces or
/// capitals), from the previous round's choices: two or more of them, and more than those
/// surely of another kind.
fn list_kinds(
    gazetteer: &Gazetteer,
    lists: &[Vec<usize>],
    choices: &[Option<Vec<(NameMatch, f64)>>],
    mentions: usize,
) -> Vec<Option<ListKind>> {
    let mut kinds = vec![None; mentions];
    if choices.is_empty() {
        return kinds;
    }
    let sure_place = |i: usize| {
        let scored = choices[i].as_deref()?;
        let (best, p) = *softmax(scored).first()?;
        (p > 0.5).then_some(best.place)
    };
    for list in lists {
        let sure: Vec<Option<PlaceId>> = list.iter().map(|&i| sure_place(i)).collect();
        for (k, &i) in list.iter().enumerate() {
            let others = || (sure.iter().enumerate()).filter_map(|(j, s)| s.filter(|_| j != k));
            for kind in [
                ListKind::Of(PlaceKind::Country),
                ListKind::Of(PlaceKind::Admin1),
                ListKind::Capitals,
            ] {
                let of_kind = others().filter(|&s| kind.fits(gazetteer, s)).count();
                if of_kind >= 2 && of_kind > others().count() - of_kind {
                    kinds[i] = Some(kind);
                }
            }
        }
    }
    kinds
}

/// Whether two places are closer than `km`. Latitudes further apart than that are told at once:
/// the great-circle distance is at least the difference of latitudes.
fn is_within_km(a: &Place, b: &Place, km: f64) -> bool {
    // One part in a thousand of slack keeps rounding from deciding.
    (a.lat - b.lat).abs().to_radians() * EARTH_RADIUS_KM < km * 1.001
        && haversine_km(a.lat, a.lon, b.lat, b.lon) < km
}

/// Resolves recognised mentions into toponyms (see the module doc).
pub(super) fn resolve(
    gazetteer: &Gazetteer,
    options: &GeoparseOptions,
    folder: Option<&FolderPrior>,
    text: &str,
    mut mentions: Vec<Mention>,
    home_countries: &[&str],
) -> Vec<Toponym> {
    // A word found by its loose key alone ("Thamar city") stands only in a country where the
    // story's other names or its armed groups have places, if it has any; elsewhere it is an
    // unknown name.
    let unplaced: Vec<usize> = (mentions.iter().enumerate())
        .filter(|(_, m)| m.loose && !text[m.span.clone()].contains([' ', '-']))
        .filter(|(_, m)| {
            let countries: FxHashSet<&str> = (mentions.iter())
                .filter(|other| other.key != m.key)
                .flat_map(|other| other.candidates.iter())
                .map(|c| gazetteer.place(c.place).country.as_str())
                .chain(home_countries.iter().copied())
                .collect();
            !countries.is_empty()
                && !(m.candidates.iter())
                    .any(|c| countries.contains(gazetteer.place(c.place).country.as_str()))
        })
        .map(|(i, _)| i)
        .collect();
    for i in unplaced {
        mentions[i].candidates.clear();
        mentions[i].loose = false;
    }
    // Mentions without candidates are unknown names, for the edit-distance search.
    mentions.retain_mut(|m| {
        let unknown = m.candidates.is_empty();
        if !options.demonyms {
            m.candidates.retain(|c| c.role != NameRole::Demonym);
        }
        if unknown {
            options.fuzzy
        } else {
            !m.candidates.is_empty()
        }
    });
    // "Mong La, on the border with China's Yunnan province" is Myanmar's, not China's Mengla.
    for (i, countries) in beyond_a_border(gazetteer, text, &mentions) {
        let inside = |c: &NameMatch| countries.contains(&gazetteer.place(c.place).country);
        if !mentions[i].candidates.iter().all(inside) {
            mentions[i].candidates.retain(|c| !inside(c));
        }
    }
    let mut enclosed = enclosures(gazetteer, text, &mentions, |i| {
        // Each candidate's prior once, not once per comparison.
        let likeliest = (mentions[i].candidates.iter())
            .map(|c| {
                let place = gazetteer.place(c.place);
                (prior(gazetteer, place, c.role, &mentions[i]), place.kind)
            })
            .max_by(|a, b| a.0.total_cmp(&b.0));
        likeliest.is_some_and(|(_, kind)| is_unit(kind))
    });
    // A village the gazetteer lacks, named inside units it knows, is not another place of
    // that name elsewhere: the units stand for it.
    let mut missing: Vec<bool> = mentions
        .iter()
        .enumerate()
        .map(|(i, m)| {
            enclosed.get(&i).is_some_and(|enclosure| {
                let candidates: Vec<PlaceId> = m.candidates.iter().map(|c| c.place).collect();
                // "Taiz city (Al-Qahira district)": a major city named so is no village the
                // gazetteer lacks; the unit is what was misread (Cairo, whose Arabic name it
                // shares).
                let major_city = |&id: &PlaceId| {
                    let place = gazetteer.place(id);
                    place.kind == PlaceKind::Town && place.population >= MAJOR_CITY_POPULATION
                };
                let named_as_a_major_city =
                    m.unit_word.as_deref() == Some("city") && candidates.iter().any(major_city);
                !named_as_a_major_city
                    && names_nothing_inside(gazetteer, &candidates, enclosure, m.cue)
            })
        })
        .collect();
    // The village's name again, with no units this time, is the same village ("Saint-Louis,
    // a village in the commune of Le Mont-Dore" … "Saint-Louis has been a flashpoint"). Not a
    // unit's name, nor one before a parenthesis, which may hold a smaller place ("Mont-Dore
    // commune (Saint-Louis tribal area)").
    // Nor when a place of the name lies near the units, across a border: they may be another
    // unit of their name ("Mango, the main town of Oti prefecture" is Togo's Oti, which the
    // gazetteer lacks, not Ghana's).
    let village = |m: &Mention| matches!(m.cue, None | Some(Cue::Town));
    let far_from_units = |m: &Mention, enclosure: &Enclosure| {
        (m.candidates.iter()).all(|c| {
            let place = gazetteer.place(c.place);
            (enclosure.containers.iter()).all(|&u| {
                let unit = gazetteer.place(u);
                unit.country == place.country
                    || haversine_km(place.lat, place.lon, unit.lat, unit.lon)
                        > NEAR_ACROSS_BORDER_KM
            })
        })
    };
    let missing_villages: Vec<(&str, usize)> = (mentions.iter().enumerate())
        .filter(|&(i, m)| {
            // (Read only for the few missing names: the words up to the punctuation after.)
            let before_parenthesis = || {
                text[m.span.end..]
                    .trim_start_matches(|c: char| c.is_alphabetic() || c == ' ')
                    .starts_with('(')
            };
            missing[i]
                && village(m)
                && !before_parenthesis()
                && enclosed.get(&i).is_some_and(|e| far_from_units(m, e))
        })
        .map(|(i, m)| (m.key.as_str(), i))
        .collect();
    // It lies in the same units: where a misspelling of it is found inside them, it is that.
    for (i, m) in mentions.iter().enumerate() {
        let source = (missing_villages.iter()).find(|(key, _)| *key == m.key.as_str());
        if let Some(&(_, source)) = source.filter(|_| !enclosed.contains_key(&i) && village(m)) {
            let units = enclosed[&source].clone();
            enclosed.insert(i, units);
            missing[i] = true;
        }
    }
    // The countries of the armed groups and peoples the story names.
    let homes: Vec<&Place> = (home_countries.iter())
        .filter_map(|code| gazetteer.country(code))
        .map(|id| gazetteer.place(id))
        .collect();
    let context_of_homes = || {
        let mut context = Context::default();
        for home in &homes {
            context.add_country(home, ACTOR_HOME_VOTE);
        }
        context
    };
    let mut context = context_of_homes();
    // The context of the names that are no demonyms.
    let mut named = Context::default();
    let mut choices: Vec<Option<Vec<(NameMatch, f64)>>> = Vec::new();
    // What each name's mentions added to the context: their own votes, no support for them.
    // Mentions with another cue word are other evidence ("Pokrovsk district" for "Pokrovsk").
    let mut votes: FxHashMap<(&str, Option<Cue>), Context> = FxHashMap::default();
    let no_votes = Context::default();
    let lists = lists_of_names(text, &mentions);
    // The province a name stands for as the scene of a district, whatever the round, and the
    // province each district of such a scene lies in.
    let scenes: Vec<Option<Scene>> = (0..mentions.len())
        .map(|i| opens_a_district_s_scene(gazetteer, text, &mentions, i))
        .collect();
    let mut scene_of_district: Vec<Option<PlaceId>> = vec![None; mentions.len()];
    for scene in scenes.iter().flatten() {
        for &district in &scene.districts {
            scene_of_district[district].get_or_insert(scene.province);
        }
    }
    const ROUNDS: usize = 2;
    for round in 1..=ROUNDS {
        let neighbours = Neighbours::new(gazetteer, &mentions, &choices);
        let list_kinds = list_kinds(gazetteer, &lists, &choices, mentions.len());
        choices = mentions
            .iter()
            .enumerate()
            .map(|(i, m)| {
                (!m.candidates.is_empty() && !missing[i]).then(|| {
                    let evidence = Evidence {
                        context: &context,
                        own_votes: votes.get(&vote_group(m)).unwrap_or(&no_votes),
                        list_kind: list_kinds[i],
                        folder,
                        homes: &homes,
                    };
                    let mut scored =
                        score_candidates(gazetteer, m, &m.candidates, &evidence, enclosed.get(&i));
                    neighbours.add_bonus(gazetteer, &m.key, &mut scored);
                    // "Balkhab district centre (Sar-e Pol)", "Andar, Ghazni".
                    let encloses_previous = i > 0 && {
                        let between = text.get(mentions[i - 1].span.end..m.span.start);
                        between.is_some_and(|b| b.len() <= 24 && b.trim_end().ends_with(['(', ',']))
                    };
                    prefer_town_unless_named_as_province(
                        gazetteer,
                        m,
                        list_kinds[i],
                        encloses_previous,
                        &mut scored,
                    );
                    if let Some(scene) = &scenes[i] {
                        prefer(&mut scored, scene.province);
                    }
                    // "| Hadramawt | Rumah |": the district of a province's scene lies in it,
                    // whatever the story says of a namesake across a border.
                    if let Some(province) = scene_of_district[i] {
                        let province = gazetteer.place(province);
                        let inside = (scored.iter().map(|(c, _)| c.place))
                            .find(|&id| contains(gazetteer, province, gazetteer.place(id)));
                        if let Some(inside) = inside {
                            prefer(&mut scored, inside);
                        }
                    }
                    scored
                })
            })
            .collect();
        context = context_of_homes();
        votes.clear();
        for (m, scored) in mentions.iter().zip(&choices) {
            let Some(scored) = scored else { continue };
            // Each mention votes for its candidates' countries and provinces in proportion
            // to how likely each candidate is.
            for (candidate, probability) in softmax(scored) {
                if probability > 0.05 && (!m.ordinary_word || probability > 0.8) {
                    let place = gazetteer.place(candidate.place);
                    // "The Iranian consulate in Najaf": people's nationality says less of
                    // where the story is than a place's name.
                    // "Russian missiles hit Nikolayev": who acts says still less of where.
                    let weight = if candidate.role == NameRole::Demonym {
                        let share = if names_an_actor(text, &m.span) {
                            0.1
                        } else {
                            0.5
                        };
                        share * probability
                    } else {
                        probability
                    };
                    context.add(place, m.sentence, weight);
                    // The last round's votes serve no other round; the names' context serves
                    // only after the last.
                    if round < ROUNDS {
                        (votes.entry(vote_group(m)).or_default()).add(place, m.sentence, weight);
                    } else if candidate.role != NameRole::Demonym {
                        named.add(place, m.sentence, probability);
                    }
                }
            }
        }
    }
    if options.fuzzy {
        // A misspelt name is looked for in the countries the story names, rather than those of
        // the people it speaks of ("Russian instructors set up at the Barkhane base in
        // Timbuktu"); in the latter when it names none ("a Turkish drone struck Qamishli").
        let mut focus = named.focus_countries(0.3);
        // A story that names no place is looked at in its folder's countries too ("In
        // Baramulla, …" in a folder about Kashmir; "an American drone struck a vehicle in a
        // desert area of Hadramaout" in a folder about Yemen).
        if focus.is_empty() {
            focus = context.focus_countries(0.3);
            if let Some(folder) = folder {
                for country in folder.focus_countries(0.3) {
                    if !focus.contains(&country) {
                        focus.push(country);
                    }
                }
            }
        }
        // A short name is looked for only in the countries whose places the story names, if
        // it names any: "in Buraiqa" in a story of Aden that names Saudi Arabia is no Buraydah.
        let places_named = |c: &&&str| (named.provinces.keys()).any(|(country, _)| country == *c);
        let with_places: Vec<&str> = focus.iter().filter(places_named).copied().collect();
        let short_focus = if with_places.is_empty() {
            &focus
        } else {
            &with_places
        };
        // A story names its unknown words (people's names, mostly) again and again.
        let mut searched: FxHashMap<(&str, bool, bool), Vec<Close>> = FxHashMap::default();
        let mut searched_inside: FxHashMap<(&str, Vec<PlaceId>), Vec<Close>> = FxHashMap::default();
        // "Dariivka (Khersonskyi, Kherson)": a village spelt like a town in another province is
        // the report's own, which the units stand for. (Many towns lack their district's code:
        // the province decides.)
        let in_province_of = |container: PlaceId, place: &Place| {
            let container = gazetteer.place(container);
            container.country == place.country
                && (container.kind == PlaceKind::Country || container.admin1 == place.admin1)
        };
        for (i, m) in mentions.iter().enumerate() {
            // A name whose places all lie outside its units may be another spelling of one
            // inside them: "Khogyani district of Nangarhar" is Khugyani, not Chahar Qala in
            // Ghazni that the gazetteer also calls Khogyani. Looked for in the units' country.
            let enclosure = enclosed.get(&i);
            // So may an unknown name inside units ("Radaa, Al Bayda"), short as it may be. A
            // name called a district or a province whose places are only towns outside the
            // story's main country is as unknown ("al-Hadd district" in a story of Lahij is Al
            // Had, not Bahrain's town).
            let unit_cue = matches!(m.cue, Some(Cue::Province | Cue::District));
            let only_foreign_towns = || {
                (m.candidates.iter()).all(|c| {
                    let place = gazetteer.place(c.place);
                    !is_unit(place.kind) && focus.first() != Some(&place.country.as_str())
                })
            };
            let unknown = m.candidates.is_empty() || (unit_cue && only_foreign_towns());
            let misspelt_inside = enclosure.filter(|_| missing[i] || unknown);
            if !unknown && misspelt_inside.is_none() {
                continue;
            }
            // "al-Hadd district" of Lahij is Al Had: a short name is also looked for with the
            // article the text joins to it (keys join an article to its name).
            let short_matches = |countries: &[&str]| {
                let article = crate::text::without_an_article(&text[..m.span.start]);
                let article = text[article.len()..m.span.start].trim_end_matches('-');
                let mut found = gazetteer.fuzzy_matches_of_short(&m.key, countries);
                if !article.is_empty() {
                    let key = format!("{}{}", article.to_lowercase(), m.key);
                    found.extend(gazetteer.fuzzy_matches_of_short(&key, countries));
                }
                found
            };
            let inside_units: &[Close] = match misspelt_inside {
                // Looked for once for a name and its units (a village named again).
                Some(enclosure) => searched_inside
                    .entry((m.key.as_str(), enclosure.containers.clone()))
                    .or_insert_with(|| {
                        // Each country once ("X, Helmand, Afghanistan"), as the story's focus.
                        let mut countries: Vec<&str> = (enclosure.containers.iter())
                            .map(|&u| gazetteer.place(u).country.as_str())
                            .collect();
                        countries.sort_unstable();
                        countries.dedup();
                        // A country is too wide for a short name: "Lopa in the Djugu territory of
                        // Congo" is no Lodja elsewhere in Congo.
                        let narrow = |&&u: &&PlaceId| {
                            m.key.len() >= 6 || gazetteer.place(u).kind != PlaceKind::Country
                        };
                        let inside = |c: &(NameMatch, usize)| {
                            let place = gazetteer.place(c.0.place);
                            // Villages share near spellings: one letter off at most for a town.
                            // Not the container itself: "al-Hamra, a village east of Hama
                            // city" is no Hama.
                            !enclosure.containers.contains(&c.0.place)
                                && (c.1 <= 1 || is_unit(place.kind))
                                && (enclosure.containers.iter())
                                    .filter(narrow)
                                    .any(|&u| in_province_of(u, place))
                        };
                        (short_matches(&countries).into_iter())
                            .filter(inside)
                            .collect()
                    }),
                None => &[],
            };
            let close: &[Close] = if !inside_units.is_empty() || !unknown {
                inside_units
            } else if focus.is_empty() {
                continue;
            } else {
                // "| Badakhshan | Keshem district |": a unit's name nothing is one edit from is
                // searched as inside units, among the units of provinces the story names
                // (Kishim).
                let short = m.key.len() < 8 && m.cue.is_none();
                let countries = if short { short_focus } else { &focus };
                searched
                    .entry((m.key.as_str(), unit_cue, short))
                    .or_insert_with(|| {
                        let mut close = gazetteer.fuzzy_matches(&m.key, countries);
                        // A known name is searched again only as a unit.
                        if !m.candidates.is_empty() {
                            close.retain(|c| is_unit(gazetteer.place(c.0.place).kind));
                        }
                        if !close.is_empty() || !unit_cue {
                            return close;
                        }
                        let in_a_named_province = |c: &Close| {
                            let place = gazetteer.place(c.0.place);
                            is_unit(place.kind)
                                && (named.provinces)
                                    .contains_key(&(place.country.as_str(), place.admin1.as_str()))
                        };
                        (short_matches(countries).into_iter())
                            .filter(in_a_named_province)
                            .collect()
                    })
            };
            let Some(best_distance) = close.iter().map(|c| c.1).min() else {
                continue;
            };
            let candidates: Vec<NameMatch> = close
                .iter()
                .filter(|c| c.1 == best_distance)
                .map(|c| c.0)
                .collect();
            let elsewhere = enclosure.is_some_and(|enclosure| {
                enclosure.strict
                    && !candidates.iter().any(|c| {
                        let place = gazetteer.place(c.place);
                        enclosure
                            .containers
                            .iter()
                            .any(|&u| in_province_of(u, place))
                    })
            });
            if elsewhere {
                continue;
            }
            let evidence = Evidence {
                context: &context,
                own_votes: &no_votes,
                list_kind: None,
                folder,
                homes: &homes,
            };
            let mut scored =
                score_candidates(gazetteer, m, &candidates, &evidence, enclosed.get(&i));
            for s in &mut scored {
                s.1 -= 1.5 * best_distance as f64;
            }
            prefer_town_unless_named_as_province(gazetteer, m, None, false, &mut scored);
            choices[i] = Some(scored);
        }
    }
    // A capital's dateline says where the story is, as units do.
    let capital_dateline = |i: usize| {
        mentions[i].bare_dateline
            && (choices[i].as_ref())
                .and_then(|scored| scored.first())
                .is_some_and(|(c, _)| is_a_capital(gazetteer, c.place))
    };
    let anchors: Vec<bool> = (0..mentions.len())
        .map(|i| enclosed.contains_key(&i) || capital_dateline(i))
        .collect();
    one_sense_per_name(gazetteer, &mentions, &mut choices, |i| anchors[i]);
    short_for_an_earlier_name(gazetteer, text, &mentions, &mut choices);
    // The countries of the story's names that are no dictionary words (see
    // `accept_ordinary_word`).
    // "Leer town in Unity": a dictionary word that a town word calls a town, inside the unit
    // named after it, is that town, and names its country as well as any other name.
    let town_in_its_unit = |i: usize| {
        let m = &mentions[i];
        m.cue == Some(Cue::Town)
            && (choices[i].as_ref())
                .and_then(|scored| scored.first())
                .is_some_and(|(c, _)| {
                    enclosed
                        .get(&i)
                        .is_some_and(|e| e.holds(gazetteer, c.place))
                })
    };
    let countries_named: FxHashSet<&str> = (mentions.iter().zip(&choices))
        .enumerate()
        .filter(|(i, (m, _))| !m.ordinary_word || town_in_its_unit(*i))
        .filter_map(|(_, (_, scored))| scored.as_ref()?.first())
        .map(|(c, _)| gazetteer.place(c.place).country.as_str())
        .collect();
    // A story that names no country is read in its folder's: "strikes on Sour" in a folder
    // about Lebanon is Tyre.
    let folder_countries: Vec<&str> = match folder {
        Some(folder) if countries_named.is_empty() => folder.focus_countries(0.3),
        _ => Vec::new(),
    };
    let mut toponyms = Vec::new();
    // The places reached only by an alternate name ("Boni" is one of Bonn's).
    let mut by_alternate: Vec<PlaceId> = Vec::new();
    let mut by_own_name: Vec<PlaceId> = Vec::new();
    let best_place = |j: usize| {
        let (c, _) = choices[j].as_ref()?.first()?;
        Some(gazetteer.place(c.place))
    };
    for (i, m) in mentions.iter().enumerate() {
        let Some(scored) = &choices[i] else { continue };
        let probabilities = softmax(scored);
        let (best, confidence) = probabilities[0];
        let place = gazetteer.place(best.place);
        // "Hays, Yemen", "Mocha (Taiz)": units around a dictionary word hold the town.
        let held_by_units = town_in_its_unit(i)
            || (enclosed.get(&i)).is_some_and(|e| e.strict && e.holds(gazetteer, best.place));
        if m.ordinary_word
            && !held_by_units
            && !after_a_distance(&text[..m.span.start])
            && !accept_ordinary_word(
                place,
                &OrdinaryWord {
                    role: best.role,
                    cue: m.cue,
                    after_a_scene_word: after_a_scene_word(&text[..m.span.start]),
                    confidence,
                },
                &context,
                &countries_named,
                &folder_countries,
            )
        {
            continue;
        }
        // "Soum province", where the gazetteer lacks the province: not a village abroad; nor
        // "Kani township" a town of Japan, in a story whose units are Myanmar's and whose other
        // names are none of Japan's.
        let unit_abroad = || {
            let mut units_elsewhere = false;
            for (j, other) in mentions.iter().enumerate() {
                let Some(there) = best_place(j) else { continue };
                let unit = matches!(there.kind, PlaceKind::Admin1 | PlaceKind::Admin2);
                if there.country == place.country && (unit || other.key != m.key) {
                    return false;
                }
                units_elsewhere |= unit;
            }
            units_elsewhere
        };
        if place.kind == PlaceKind::Town
            && ((m.cue == Some(Cue::Province) && place.population < FIRM_POPULATION)
                || (matches!(m.cue, Some(Cue::Province | Cue::District)) && unit_abroad()))
        {
            continue;
        }
        // "the Wusta district" of a story about Qamishli is no governorate of Oman: a
        // province called a district, abroad, is a part of a town the gazetteer lacks.
        let alone_in_its_country = || {
            let mut elsewhere = false;
            for (j, other) in mentions.iter().enumerate() {
                let Some(there) = best_place(j) else { continue };
                if other.key == m.key {
                    continue;
                }
                if there.country == place.country {
                    return false;
                }
                elsewhere |= !matches!(there.kind, PlaceKind::Country | PlaceKind::Continent);
            }
            elsewhere
        };
        if place.kind == PlaceKind::Admin1
            && m.unit_word.as_deref() == Some("district")
            && alone_in_its_country()
        {
            continue;
        }
        match best.role {
            NameRole::Alternate => by_alternate.push(best.place),
            NameRole::Primary | NameRole::Demonym => by_own_name.push(best.place),
        }
        let form = if m.candidates.is_empty() {
            MentionForm::Misspelt
        } else if best.role == NameRole::Demonym {
            MentionForm::Demonym
        } else {
            MentionForm::Name
        };
        toponyms.push(Toponym {
            span: m.span.clone(),
            surface: text[m.span.clone()].into(),
            place: best.place,
            precision: Precision::of_kind(place.kind),
            confidence: if options.calibrated {
                calibrated(confidence, place.kind) as f32
            } else {
                confidence as f32
            },
            alternatives: probabilities[1..]
                .iter()
                .take(MAX_ALTERNATIVES)
                .map(|(c, p)| (c.place, *p as f32))
                .collect(),
            form,
        });
    }
    by_alternate.retain(|place| !by_own_name.contains(place));
    let dateline = (mentions.iter())
        .find(|m| m.bare_dateline)
        .map(|m| m.span.clone());
    drop_stray_places(
        gazetteer,
        text,
        &mut toponyms,
        &by_alternate,
        folder,
        &homes,
        dateline,
    );
    drop_far_parts_of_a_city(gazetteer, text, &mut toponyms);
    drop_far_namesakes(gazetteer, &mut toponyms);
    toponyms
}

/// Towns under this population may be namesakes of a village the gazetteer lacks (see
/// [`drop_far_namesakes`]).
const NAMESAKE_POPULATION: u64 = 5_000;

/// How far a namesake lies from every other place of the story in its country.
const NAMESAKE_KM: f64 = 300.0;

/// Drops a village that lies far from every other place the story names in its country, in a
/// province none of them is in, when the story names at least two towns or districts there:
/// the namesake of a village the gazetteer lacks. "The village of Illinka, north of the town"
/// in a story about Kurakhove and Pokrovsk is not the Illinka of Crimea, 500 km away; Ukraine
/// has a dozen villages of each name.
fn drop_far_namesakes(gazetteer: &Gazetteer, toponyms: &mut Vec<Toponym>) {
    let far_namesake = |t: &Toponym| {
        let place = gazetteer.place(t.place);
        if place.kind != PlaceKind::Town || place.population >= NAMESAKE_POPULATION {
            return false;
        }
        let others = (toponyms.iter())
            .filter(|other| other.place != t.place)
            .map(|other| gazetteer.place(other.place))
            .filter(|other| other.country == place.country);
        let towns_and_districts = (others.clone())
            .filter(|other| matches!(other.kind, PlaceKind::Town | PlaceKind::Admin2))
            .count();
        towns_and_districts >= 2
            && others.clone().all(|other| match other.kind {
                PlaceKind::Admin1 => other.admin1 != place.admin1,
                PlaceKind::Town | PlaceKind::Admin2 | PlaceKind::Site => {
                    other.admin1 != place.admin1 && !is_within_km(other, place, NAMESAKE_KM)
                }
                _ => true,
            })
    };
    let namesakes: Vec<PlaceId> = (toponyms.iter())
        .filter(|t| far_namesake(t))
        .map(|t| t.place)
        .collect();
    if !namesakes.is_empty() {
        toponyms.retain(|t| !namesakes.contains(&t.place));
    }
}

/// Capitalised buildings named after a place ("the Litoral Penitentiary").
const BUILDING_NAMES: &[&str] = &[
    "Penitentiary",
    "Prison",
    "Jail",
    "Hospital",
    "University",
    "Stadium",
    "Airport",
];

/// Words after a name that make it a landmark's ("the Santa Ana cemetery"), which a town
/// elsewhere may be named like.
const LANDMARK_WORDS: &[&str] = &[
    "cemetery",
    "avenue",
    "street",
    "square",
    "bridge",
    "market",
    "roundabout",
    "park",
    "church",
    "mosque",
    "monument",
    "statue",
    "memorial",
];

/// A town at least this large, named with the word "city", is never missing from the
/// gazetteer (see `missing` in [`resolve`]).
const MAJOR_CITY_POPULATION: u64 = 500_000;

/// A town at least this large keeps its name whatever landmark it names ("the Kabul
/// market"); see [`LANDMARK_WORDS`].
const LANDMARK_POPULATION: u64 = 500_000;

/// Words after a name that make it a part of a city ("the Jacarezinho favela").
const CITY_PART_WORDS: &[&str] = &[
    "neighbourhood",
    "neighborhood",
    "residential",
    "microdistrict",
    "quarter",
    "favela",
    "complex",
    "slum",
    "suburb",
];

/// A town at least this large, named as a neighbourhood, is itself ("the Kursk quarter").
const CITY_PART_POPULATION: u64 = 100_000;

/// A city at least this large has areas named like towns elsewhere.
const METROPOLIS_POPULATION: u64 = 1_000_000;

/// How far from a town of the story a part of it may lie, in km.
const CITY_PART_KM: f64 = 30.0;

/// Drops a town named as a part of a city ("the Jacarezinho favela", "the Salgueiro complex
/// in Sao Goncalo", or listed in "George, Chawama and Kanyama compounds") that lies far from
/// every other town the story names and outside their provinces: a neighbourhood the gazetteer
/// lacks, named like a town elsewhere (Jacarezinho in Paraná), not that town. So does a small
/// town every mention of which is "the X area" just after a large city of another country
/// ("the Rampura area" of Dhaka is no village of Haryana). All its mentions go.
fn drop_far_parts_of_a_city(gazetteer: &Gazetteer, text: &str, toponyms: &mut Vec<Toponym>) {
    let after_the = |t: &Toponym| {
        let before = &text.as_bytes()[..t.span.start];
        before.len() >= 4 && before[before.len() - 4..].eq_ignore_ascii_case(b"the ")
    };
    let named_as = |t: &Toponym, words: &[&str]| {
        after_the(t) && starts_with_one_of(text[t.span.end..].trim_start(), words)
    };
    let is_small_town = |id: PlaceId| {
        let place = gazetteer.place(id);
        place.kind == PlaceKind::Town && place.population < CITY_PART_POPULATION
    };
    let is_far_from = |place: &Place, city: &Place| {
        !is_within_km(place, city, CITY_PART_KM)
            && (&city.country, &city.admin1) != (&place.country, &place.admin1)
    };
    let far_from_every_town = |id: PlaceId| {
        let place = gazetteer.place(id);
        let mut cities = (toponyms.iter())
            .map(|t| t.place)
            .filter(|&other| other != id && gazetteer.place(other).kind == PlaceKind::Town)
            .map(|other| gazetteer.place(other))
            .peekable();
        cities.peek().is_some() && cities.all(|city| is_far_from(place, city))
    };
    // The town named last before a mention.
    let town_before = |t: &Toponym| {
        (toponyms.iter().rev())
            .filter(|other| other.span.end <= t.span.start)
            .map(|other| gazetteer.place(other.place))
            .find(|other| other.kind == PlaceKind::Town)
    };
    // "The Rampura area", told after Dhaka: "area" may be a town's own ("the Douentza
    // area"), so it makes a part only of a large city just named before it, in another
    // country, and only if every mention is so.
    let area_of_the_city_before = |t: &Toponym| {
        let place = gazetteer.place(t.place);
        named_as(t, &["area"])
            && town_before(t).is_some_and(|city| {
                city.population >= METROPOLIS_POPULATION
                    && city.country != place.country
                    && is_far_from(place, city)
            })
    };
    // "in George, Chawama and Kanyama compounds": a list of a city's parts, of any size
    // short of a city's. Districts may be a province's, named after their towns ("the Batken
    // and Leilek districts"): only a town of a country no other name is in is a city's part
    // ("the Kibera and Eastleigh districts" of Nairobi).
    let in_a_country_of_its_own = |t: &Toponym| {
        let country = &gazetteer.place(t.place).country;
        (toponyms.iter())
            .all(|other| other.place == t.place || gazetteer.place(other.place).country != *country)
    };
    // However large, in a country no other name is in, short of a capital ("the Kennedy and
    // Villa Olímpica areas" of Tegucigalpa are no locality of Bogotá).
    let listed_as_parts = |t: &Toponym| {
        let place = gazetteer.place(t.place);
        place.kind == PlaceKind::Town
            && (place.population < LANDMARK_POPULATION
                || (in_a_country_of_its_own(t)
                    && gazetteer.capital_of(&place.country) != Some(t.place)))
            && before_parts_named_together(&text[..t.span.start], &text[t.span.end..])
                .is_some_and(|word| word != "districts" || in_a_country_of_its_own(t))
            && far_from_every_town(t.place)
    };
    // "the Al-Rawdha neighbourhood" of Marib is no other spelling of Riyadh: a city named
    // otherwise than the text writes it is no part of the story's city either.
    let named_otherwise = |t: &Toponym| {
        let place = gazetteer.place(t.place);
        place.kind == PlaceKind::Town && name_key(&t.surface) != name_key(&place.name)
    };
    // (Only those mentions: "Speaking in Riyadh" stays.)
    let misnamed_parts: Vec<std::ops::Range<usize>> = (toponyms.iter())
        .filter(|t| {
            named_as(t, CITY_PART_WORDS) && named_otherwise(t) && far_from_every_town(t.place)
        })
        .map(|t| t.span.clone())
        .collect();
    // "The Sherpur neighbourhood" of Kabul: a town of a country no other name is in, short
    // of a landmark city, named as a neighbourhood far from the story's towns; so is a unit
    // ("Salah al-Din neighbourhood, Aleppo city" is no province of Iraq), and a place of any
    // size after the French word ("le quartier Médine" of Ségou is no Medina).
    let after_quartier = |t: &Toponym| {
        let before = crate::text::tail(&text[..t.span.start], 16).trim_end();
        let before = before.strip_suffix(" de").unwrap_or(before);
        before.to_lowercase().ends_with("quartier")
    };
    let part_abroad = |t: &Toponym| {
        let place = gazetteer.place(t.place);
        let part = match place.kind {
            PlaceKind::Town => {
                (place.population < LANDMARK_POPULATION && named_as(t, CITY_PART_WORDS))
                    || after_quartier(t)
            }
            PlaceKind::Admin1 | PlaceKind::Admin2 => {
                starts_with_one_of(text[t.span.end..].trim_start(), CITY_PART_WORDS)
            }
            _ => false,
        };
        part && in_a_country_of_its_own(t) && far_from_every_town(t.place)
    };
    // "The Prymorskyi district" after Odesa: a small town named as a district is a large
    // city's, told just before, when it lies in another province of the city's country, one
    // no other name of the story is in ("the Aghdam district" after Moscow stays).
    let district_of_the_city_before = |t: &Toponym| {
        let place = gazetteer.place(t.place);
        let in_a_province_of_its_own = (toponyms.iter()).all(|other| {
            let there = gazetteer.place(other.place);
            other.place == t.place
                || there.kind == PlaceKind::Country
                || (&there.country, &there.admin1) != (&place.country, &place.admin1)
        });
        named_as(t, &["district"])
            && in_a_province_of_its_own
            && town_before(t).is_some_and(|city| {
                city.population >= LANDMARK_POPULATION
                    && city.country == place.country
                    && is_far_from(place, city)
            })
    };
    let far_parts: Vec<PlaceId> = (toponyms.iter())
        .filter(|t| {
            listed_as_parts(t)
                || part_abroad(t)
                || (is_small_town(t.place)
                    && ((named_as(t, CITY_PART_WORDS) && far_from_every_town(t.place))
                        || district_of_the_city_before(t)
                        || (toponyms.iter())
                            .filter(|other| other.place == t.place)
                            .all(area_of_the_city_before)))
        })
        .map(|t| t.place)
        .collect();
    if !far_parts.is_empty() || !misnamed_parts.is_empty() {
        toponyms.retain(|t| !far_parts.contains(&t.place) && !misnamed_parts.contains(&t.span));
    }
}

/// The plural word for parts of a city after a list of names that the name, between the
/// texts `before` and `after` it, is one of: "areas" for "Paynesville" of "the Paynesville and
/// New Georgia areas", "compounds" for "Kanyama" of "George, Chawama and Kanyama compounds".
fn before_parts_named_together<'a>(before: &str, after: &'a str) -> Option<&'a str> {
    const PARTS: &[&str] = &[
        "areas",
        "districts",
        "compounds",
        "neighbourhoods",
        "neighborhoods",
        "quarters",
        "suburbs",
        "slums",
        "favelas",
    ];
    let mut listed = after.starts_with(',') || before.ends_with(" and ") || before.ends_with(", ");
    for word in crate::text::head(after, 100).split([' ', ',', '.', ';', ':', '\n']) {
        match word {
            "" => {}
            "and" => listed = true,
            _ if PARTS.contains(&word) => return listed.then_some(word),
            _ if word.starts_with(char::is_uppercase) => {}
            _ => return None,
        }
    }
    None
}

/// Whether `text` starts with one of `words` (lower case), in any case.
fn starts_with_one_of(text: &str, words: &[&str]) -> bool {
    words.iter().any(|word| {
        (text.as_bytes().get(..word.len())).is_some_and(|b| b.eq_ignore_ascii_case(word.as_bytes()))
    })
}

/// Places under this population may be strays (see [`drop_stray_places`]).
const STRAY_POPULATION: u64 = 50_000;

/// Places under this population, in a country the folder's other articles never name, may
/// be strays (see [`drop_stray_places`]).
const STRAY_POPULATION_FOREIGN_TO_FOLDER: u64 = 250_000;

/// A place alone in its country makes the story's places elsewhere strays only if it is a
/// unit or has this population (see [`drop_stray_places`]).
const FIRM_POPULATION: u64 = 10_000;

/// Towns under this population named only by one of their alternate names may be strays.
const STRAY_POPULATION_BY_ALTERNATE: u64 = 1_000_000;

/// Whether the demonym at `span` qualifies an armed actor or a weapon ("Russian missiles",
/// "Saudi-led coalition aircraft", "Israeli troops").
fn names_an_actor(text: &str, span: &std::ops::Range<usize>) -> bool {
    const ACTORS: &[&str] = &[
        "forces",
        "troops",
        "soldiers",
        "army",
        "military",
        "missiles",
        "missile",
        "drones",
        "drone",
        "artillery",
        "warplanes",
        "jets",
        "aircraft",
        "shelling",
        "strikes",
        "airstrikes",
        "rockets",
        "shells",
        "bombs",
        "navy",
        "police",
        "militants",
        "fighters",
        "occupiers",
        "invaders",
        "units",
        "tanks",
    ];
    one_of_the_next_two_words(text, span, ACTORS)
}

/// Whether one of the two words after the name at `span` is one of `nouns` (lower case).
fn one_of_the_next_two_words(text: &str, span: &std::ops::Range<usize>, nouns: &[&str]) -> bool {
    let after = crate::text::head(text.get(span.end..).unwrap_or(""), 40);
    crate::text::words(after)
        .iter()
        .take(2)
        .any(|w| nouns.contains(&w.lower.as_str()))
}

/// Drops a small place that is alone in its country while the story names places below the
/// country level in another, or a province alone there that only a loose spelling reaches: a
/// misreading of a local name ("al-Shajara" on the edge of Khartoum
/// is not Jordan's Ash Shajarah, "Tole kebele of Gimbi district" is not Tolé in Panama). A
/// place in a country the story names in any way, or a large place, stays; countries and
/// demonyms ("Russian shelling"), and names of armed groups ("Fano fighters took Lalibela"),
/// do not make a story's places strays. A town reached only by an alternate name
/// (`by_alternate`) must be larger to stay, when the story names two places in another
/// country, or when the folder's other articles never name its country: "Boni" beside
/// Douentza and Mopti in Mali is not Bonn, "Inata" in a folder about the Sahel not Japan's
/// Inada. So must it when the story's armed groups are of other countries (`homes`: "FAMa
/// soldiers" are Mali's), unless it lies near one of them. A bare dateline (`dateline`) says
/// where the story was filed, not where it is: "DAKAR - … attacked Djibo" keeps Djibo.
fn drop_stray_places(
    gazetteer: &Gazetteer,
    text: &str,
    toponyms: &mut Vec<Toponym>,
    by_alternate: &[PlaceId],
    folder: Option<&FolderPrior>,
    homes: &[&Place],
    dateline: Option<std::ops::Range<usize>>,
) {
    let mut places_by_country: FxHashMap<&str, Vec<PlaceId>> = FxHashMap::default();
    // The same without the names of associations, which may be strays but make none.
    let mut evidence_by_country: FxHashMap<&str, Vec<PlaceId>> = FxHashMap::default();
    for t in toponyms.iter().filter(|t| {
        !crate::text::names_a_group(text, &t.span)
            && !crate::text::speaks_for_a_government(text, &t.span)
    }) {
        let country = gazetteer.place(t.place).country.as_str();
        add_place(&mut places_by_country, country, t.place);
        if !names_an_association(text, &t.span) {
            add_place(&mut evidence_by_country, country, t.place);
        }
    }
    // Units that no name of the story spells, reached by a loose key alone ("the Shahba
    // region" is not Yemen's Shabwah, "Salin Township" not Usaylan): as easily misread as a
    // village, and no proof of their country.
    let spelt_otherwise = |id: PlaceId| {
        matches!(
            gazetteer.place(id).kind,
            PlaceKind::Admin1 | PlaceKind::Admin2
        ) && (toponyms.iter().filter(|t| t.place == id))
            .all(|t| !(gazetteer.lookup(&text[t.span.clone()]).iter()).any(|m| m.place == id))
    };
    let below_country = |id: &PlaceId| {
        !matches!(
            gazetteer.place(*id).kind,
            PlaceKind::Country | PlaceKind::Continent | PlaceKind::Region
        )
    };
    // Per country, its places below the country level and whether they are firm: two or
    // more, or a unit, or a town of some size. A small town alone in its country may be a
    // misreading itself and makes no strays ("Arbinda, in Soum province" is not Soum in
    // Senegal).
    // The dateline's place, when the story names it nowhere else, counts for none.
    let dateline_only = dateline
        .and_then(|span| toponyms.iter().find(|t| t.span == span))
        .map(|dateline| dateline.place)
        .filter(|&id| toponyms.iter().filter(|t| t.place == id).count() == 1);
    // "the Al-Qusour area of Banias": a name set as a part of the town after it (read as
    // Luxor) makes no place of another country a stray.
    let part_of_the_town_after = |id: PlaceId| {
        (toponyms.iter().filter(|t| t.place == id)).all(|t| {
            let before = &text.as_bytes()[..t.span.start];
            let after_the =
                before.len() >= 4 && before[before.len() - 4..].eq_ignore_ascii_case(b"the ");
            let after = text[t.span.end..].trim_start();
            after_the
                && (CITY_PART_WORDS.iter().chain(&["area"])).any(|word| {
                    (after.strip_prefix(word)).is_some_and(|rest| rest.starts_with(" of "))
                })
        })
    };
    let counted = |id: &&PlaceId| Some(**id) != dateline_only && !part_of_the_town_after(**id);
    let local_by_country: Vec<(&str, usize, bool)> = evidence_by_country
        .iter()
        .map(|(country, places)| {
            let counted_places = || places.iter().filter(counted);
            let local: Vec<&Place> = counted_places()
                .filter(|id| below_country(id))
                .map(|&id| gazetteer.place(id))
                .collect();
            let firm = local.len() >= 2
                || (counted_places().filter(|id| below_country(id))).any(|&id| {
                    let place = gazetteer.place(id);
                    (place.population >= FIRM_POPULATION
                        || matches!(place.kind, PlaceKind::Admin1 | PlaceKind::Admin2))
                        && !spelt_otherwise(id)
                });
            (*country, local.len(), firm)
        })
        .collect();
    let strays: Vec<PlaceId> = places_by_country
        .iter()
        .filter(|(_, places)| places.len() == 1)
        .map(|(country, places)| (*country, places[0]))
        .filter(|&(country, id)| {
            let place = gazetteer.place(id);
            // Whether every mention of the place is so.
            let every_mention =
                |so: &dyn Fn(&Toponym) -> bool| (toponyms.iter().filter(|t| t.place == id)).all(so);
            // "South West State" in Somalia is not Cameroon's South-West: a province named
            // only by a direction is as easily misread as a village.
            // Nor is one that no name of the story spells.
            // Nor one named only before a building ("the Litoral Penitentiary" of Guayaquil
            // is no province of Equatorial Guinea), nor one reached by an alternate name
            // alone before a landmark ("the Stalin monument" of Gori is not Brașov County,
            // once Orașul Stalin).
            let before_a_building = || {
                every_mention(&|t| {
                    let after = text[t.span.end..].trim_start();
                    BUILDING_NAMES.iter().any(|word| after.starts_with(word))
                        || (by_alternate.contains(&id) && starts_with_one_of(after, LANDMARK_WORDS))
                })
            };
            // Nor one named only before a natural feature: "the Zawiya mountain" of Idlib is
            // no province of Libya.
            let before_a_feature = || {
                every_mention(&|t| {
                    let after = text[t.span.end..].trim_start();
                    (crate::text::words(crate::text::head(after, 12)).first())
                        .is_some_and(|w| NATURAL_FEATURE_WORDS.contains(&w.lower.as_str()))
                })
            };
            let local = matches!(
                place.kind,
                PlaceKind::Town | PlaceKind::Site | PlaceKind::Admin2
            ) || (place.kind == PlaceKind::Admin1
                && (names_only_a_direction(&place.name)
                    || spelt_otherwise(id)
                    || before_a_building()
                    || before_a_feature()));
            let placed_elsewhere = |places_there: usize| {
                (local_by_country.iter())
                    .any(|&(other, local, firm)| other != country && local >= places_there && firm)
            };
            // An alternate name's town gives way only to a country the story names twice:
            // "Sweida" stays beside "al-Karama square" read as Jordan's Karama.
            let foreign_to_folder =
                folder.is_some_and(|f| !f.is_empty() && f.bonus(country, "") == 0.0);
            // "FAMa soldiers repelled an attack on Boni": not Bonn, which GeoNames also calls
            // Boni, outside the countries of the story's armed groups.
            let foreign_to_actors = !homes.is_empty()
                && !homes.iter().any(|home| home.country == country)
                && !near_a_home(homes, place);
            // The names just before and just after a mention (the toponyms are in reading order).
            let neighbours = |t: &Toponym| {
                let at = toponyms.partition_point(|other| other.span.start < t.span.start);
                let before = at.checked_sub(1).and_then(|i| toponyms.get(i));
                [before, toponyms.get(at + 1)].into_iter().flatten()
            };
            let capital = gazetteer.capital_of(country) == Some(id);
            // "al-Mansoura, Aden": a name set before a city of another country as its part,
            // short of a city itself. Not an item of a list ("in Hobart, Tokyo and Paris"),
            // nor a capital ("in Canberra, Wellington").
            let before_a_city_abroad = |t: &Toponym| {
                place.population < LANDMARK_POPULATION
                    && !capital
                    && text[t.span.end..].starts_with(", ")
                    && neighbours(t).any(|next| {
                        let city = gazetteer.place(next.place);
                        next.span.start == t.span.end + 2
                            && city.kind == PlaceKind::Town
                            && city.population >= CITY_PART_POPULATION
                            && city.country != place.country
                            && !super::enclosing::list_goes_on(&text[next.span.end..])
                    })
            };
            // "In Sheikh Othman and al-Mansoura": a name listed with a place of another
            // country, short of a city, when the story names two places or more there ("talks
            // in Doha and Cairo" keeps Doha).
            let listed_with_a_place_abroad = |t: &Toponym| {
                // "Sheikh Othman and al-Mansoura": an Arabic article may open the name.
                let joined = |gap: &str| {
                    let gap = ["al-", "el-", "Al-", "El-"]
                        .iter()
                        .find_map(|article| gap.strip_suffix(article))
                        .unwrap_or(gap);
                    [", ", " and ", " or ", ", and "].contains(&gap)
                };
                place.population < LANDMARK_POPULATION
                    && neighbours(t).any(|other| {
                        let gap = match other.span.end <= t.span.start {
                            true => text.get(other.span.end..t.span.start),
                            false => text.get(t.span.end..other.span.start),
                        };
                        let there = gazetteer.place(other.place).country.as_str();
                        gap.is_some_and(joined)
                            && below_country(&other.place)
                            && there != country
                            && (local_by_country.iter())
                                .any(|&(c, local, firm)| c == there && local >= 2 && firm)
                    })
            };
            // "the Fuwwah neighbourhood" of a story about Mukalla is no town of Egypt,
            // however large, nor "the Brooklyn area" of one about Port-au-Prince New York's;
            // nor, short of a city, "the Santa Ana cemetery" of Luanda, "barricades on the
            // Alameda" of Santiago California's, or a name set before a city abroad.
            // A country's capital is no part of a city ("the Georgetown seawall").
            let named_as_a_part = || {
                every_mention(&|t| {
                    if before_a_city_abroad(t) {
                        return true;
                    }
                    let after = crate::text::head(&text[t.span.end..], 14).trim_start();
                    starts_with_one_of(after, &["neighbourhood", "neighborhood", "quarter", "area"])
                        || (place.population < LANDMARK_POPULATION
                            && !capital
                            && (starts_with_one_of(after, LANDMARK_WORDS)
                                || text[..t.span.start].ends_with(" the ")))
                })
            };
            // (A country's capital is no misread village: "rallies in Lyon, Wellington and
            // Paris".)
            let listed_abroad = || !capital && every_mention(&listed_with_a_place_abroad);
            // A capital the story names again and again is its place, however small ("SAO
            // TOME - … attacked the army headquarters in Sao Tome").
            let capital_named_again =
                capital && toponyms.iter().filter(|t| t.place == id).count() >= 2;
            let stray = || {
                ((place.population < STRAY_POPULATION
                    || named_as_a_part()
                    || (foreign_to_folder
                        && place.population < STRAY_POPULATION_FOREIGN_TO_FOLDER))
                    && placed_elsewhere(1))
                    || (by_alternate.contains(&id)
                        && place.population < STRAY_POPULATION_BY_ALTERNATE
                        && (placed_elsewhere(2) || foreign_to_folder || foreign_to_actors))
                    // However large, short of a capital ("flights to Moscow, Kiev and Minsk"),
                    // when the story names two places of another country, or one and the
                    // folder never names the town's country ("the road toward Mambasa" in a
                    // story set in Lubero, North Kivu, is not Mombasa, one of whose names it
                    // is).
                    || (by_alternate.contains(&id)
                        && !capital
                        && (placed_elsewhere(2) || (foreign_to_folder && placed_elsewhere(1))))
                    || listed_abroad()
            };
            // "Rockets from Gaza hit Sderot": a place across a border from the story's others.
            let beside_the_others = || {
                (places_by_country.iter())
                    .filter(|(other, _)| **other != country)
                    .flat_map(|(_, places)| places.iter().filter(|id| below_country(id)))
                    .any(|&other| is_within_km(place, gazetteer.place(other), BORDER_KM))
            };
            // "Mong La, on the border with China's Yunnan province": said to be across one.
            let on_a_border = || {
                (toponyms.iter().filter(|t| t.place == id))
                    .any(|t| super::enclosing::on_a_border(&text[t.span.end..]))
            };
            // "two Tigr vehicles" (an armoured car) in a story of Kherson's villages is not
            // Tigray, one of whose names it is: a province reached by an alternate name alone,
            // when the story names two places of another country.
            let province_by_alternate = place.kind == PlaceKind::Admin1
                && by_alternate.contains(&id)
                && placed_elsewhere(2);
            // "| Hadramawt | Rumah | … in Rumah district, near the Saudi border": a unit that
            // holds another reading of one of the story's names is no misreading, though that
            // name was first read abroad.
            let holds_another_reading = || {
                matches!(place.kind, PlaceKind::Admin1 | PlaceKind::Admin2)
                    && (toponyms.iter().filter(|t| t.place != id))
                        .flat_map(|t| t.alternatives.iter())
                        .any(|&(other, _)| {
                            super::enclosing::contains(gazetteer, place, gazetteer.place(other))
                        })
            };
            ((local && stray()) || province_by_alternate)
                && !holds_another_reading()
                && !country.is_empty()
                && !capital_named_again
                && !beside_the_others()
                && !on_a_border()
        })
        .map(|(_, id)| id)
        .collect();
    // "Fano fighters ambushed a convoy near Woldia": a town abroad that only names an armed
    // group, in a country the story names nothing else of, is no place of the story.
    let names_only_a_group = |id: PlaceId| {
        let place = gazetteer.place(id);
        place.kind == PlaceKind::Town
            && !places_by_country.contains_key(place.country.as_str())
            && (local_by_country.iter()).any(|&(_, local, firm)| local >= 1 && firm)
            && (toponyms.iter().filter(|t| t.place == id))
                .all(|t| crate::text::names_a_group(text, &t.span))
    };
    let group_names: Vec<PlaceId> = (toponyms.iter())
        .map(|t| t.place)
        .filter(|&id| names_only_a_group(id))
        .collect();
    toponyms.retain(|t| !strays.contains(&t.place) && !group_names.contains(&t.place));
}

/// Whether a name is only a direction ("South-West", "Est", "Northern", "Centre"), as many
/// countries name their provinces.
pub(super) fn names_only_a_direction(name: &str) -> bool {
    // "West Coast" (New Zealand's, and how the Gambia's Western region is called) too.
    const DIRECTIONS: &[&str] = &[
        "north", "south", "east", "west", "northern", "southern", "eastern", "western", "central",
        "centre", "center", "nord", "sud", "est", "ouest", "coast",
    ];
    // "Western Region" (Uganda's, Ghana's, and Nepal's former one) too.
    let direction = |word: &str| DIRECTIONS.iter().any(|d| word.eq_ignore_ascii_case(d));
    let mut words = name.split([' ', '-']).filter(|word| !word.is_empty());
    words.clone().any(direction) && words.all(|word| direction(word) || is_unit_word(word))
}

/// Whether `before` ends with a word after which a name is where something is or happens ("in
/// ", "entered ").
fn after_a_scene_word(before: &str) -> bool {
    const SCENE: &[&str] = &[
        "in", "at", "near", "outside", "around", "from", "into", "inside", "enter", "enters",
        "entered", "reached",
    ];
    (crate::text::words(crate::text::tail(before, 16)).last())
        .is_some_and(|w| SCENE.contains(&w.lower.as_str()) && before.ends_with(' '))
}

/// Whether `before` ends with a distance from what follows ("40 km north of ", "ten miles
/// from "): only a place comes after one, a dictionary word too ("north of Say").
fn after_a_distance(before: &str) -> bool {
    let tail = crate::text::tail(before, 40).to_ascii_lowercase();
    let mut words = tail.split_whitespace().rev();
    let from = match words.next() {
        Some("from") => true,
        Some("of") => false,
        _ => return false,
    };
    if !from
        && !words
            .next()
            .is_some_and(|w| crate::text::COMPASS_POINTS.contains(&w))
    {
        return false;
    }
    let unit = words.next().and_then(crate::text::km_per);
    let number = words
        .next()
        .is_some_and(|w| w.parse::<f64>().is_ok() || crate::text::number_value(w).is_some());
    unit.is_some() && number
}

/// Adds `place` to its country's places, once.
fn add_place<'a>(
    by_country: &mut FxHashMap<&'a str, Vec<PlaceId>>,
    country: &'a str,
    place: PlaceId,
) {
    let places = by_country.entry(country).or_default();
    if !places.contains(&place) {
        places.push(place);
    }
}

/// Whether the name at `span` qualifies an association of civilians ("a Gourma youth
/// association", "the Tillaberi traders' union"): who speaks, from a region the gazetteer may
/// place elsewhere, not proof of where the story is.
fn names_an_association(text: &str, span: &std::ops::Range<usize>) -> bool {
    const ASSOCIATIONS: &[&str] = &[
        "association",
        "associations",
        "committee",
        "union",
        "network",
        "collective",
        "federation",
        "cooperative",
    ];
    one_of_the_next_two_words(text, span, ASSOCIATIONS)
}

/// A place this close to one of the story's places in another country is no stray.
const BORDER_KM: f64 = 50.0;

/// A capitalised dictionary word ("Buffalo", "Mobile") is a place when it names a country or
/// province, a district its unit word names ("Kale district"), a large town, a town its town
/// word names in a country the story names ("Leer town"), or a town in a province the story
/// is about; by one of a town's alternate names, only in a country that
/// `countries_named` (the story's names that are no dictionary words) holds, or when that is
/// empty `folder_countries` (the folder's), and a province or district only in one the story
/// names too when it names any.
fn accept_ordinary_word(
    place: &Place,
    word: &OrdinaryWord,
    context: &Context,
    countries_named: &FxHashSet<&str>,
    folder_countries: &[&str],
) -> bool {
    let OrdinaryWord {
        role,
        cue,
        after_a_scene_word,
        confidence,
    } = *word;
    let country_named = countries_named.contains(place.country.as_str());
    // A town named by one of its alternate names lies in a country the story names ("pilgrims
    // in Mecca" of a story naming Saudi Arabia; not Qinzhou, one of whose names is "Chin", in
    // "the Chin town of Mindat"), or its folder does.
    let in_folder_country = folder_countries.contains(&place.country.as_str());
    if role == NameRole::Alternate
        && place.kind == PlaceKind::Town
        && !country_named
        && !in_folder_country
    {
        return false;
    }
    // "The Gulf states", "the Central region": a unit lies in a country the story names, if it
    // names any (not Papua New Guinea's Gulf province in a story about Riyadh).
    if matches!(place.kind, PlaceKind::Admin1 | PlaceKind::Admin2)
        && !countries_named.is_empty()
        && !country_named
    {
        return false;
    }
    let unit_named = matches!(cue, Some(Cue::Province | Cue::District))
        && matches!(place.kind, PlaceKind::Admin1 | PlaceKind::Admin2);
    let province_named = context
        .provinces
        .get(&(place.country.as_str(), place.admin1.as_str()))
        .is_some_and(|w| *w > 0.5);
    // "Leer town" in a story that names South Sudan, "the port of Mocha" in a story that
    // names no country, in a folder about Yemen.
    let town_named = cue == Some(Cue::Town)
        && place.kind == PlaceKind::Town
        && (country_named || in_folder_country);
    // "armed men entered Debark": a town of some size where something happened, in a country
    // the story or its folder names.
    let sizeable_town_named = place.kind == PlaceKind::Town
        && place.population >= ORDINARY_WORD_TOWN_POPULATION
        && after_a_scene_word
        && (country_named || in_folder_country);
    unit_named
        || town_named
        || sizeable_town_named
        || is_major_area(place.kind)
        || place.population >= 100_000
        || (confidence > 0.5 && province_named)
}

/// How a capitalised dictionary word names its best place (see [`accept_ordinary_word`]).
struct OrdinaryWord {
    /// By which of the place's names.
    role: NameRole,
    /// The kind of place a word beside it says it is.
    cue: Option<Cue>,
    /// Whether a word that sets a scene ("in", "entered") comes just before it.
    after_a_scene_word: bool,
    /// The resolver's confidence in the place.
    confidence: f64,
}

/// A town this large that a dictionary word names is the place, in a country its story or
/// folder names (see [`accept_ordinary_word`]).
const ORDINARY_WORD_TOWN_POPULATION: u64 = 40_000;

/// What speaks for a mention's candidates besides their names: the story's context less the
/// mention's own votes in it, and the folder's prior.
struct Evidence<'a, 'g> {
    context: &'a Context<'g>,
    /// The votes of the mention's name in the context (this mention's and those of the others
    /// of the same name).
    own_votes: &'a Context<'g>,
    /// What the other names of a list the mention is in are ("Michigan, Oregon and Ohio").
    list_kind: Option<ListKind>,
    folder: Option<&'a FolderPrior>,
    /// The countries of the armed groups and peoples the story names.
    homes: &'a [&'g Place],
}

impl Evidence<'_, '_> {
    /// The weight of the context's votes that are not the mention's own name's.
    fn others_total(&self) -> f64 {
        self.context.total - self.own_votes.total
    }
}

/// Armed groups fight near their home: a place in another country this close to a home
/// country's point is more likely ("Hamas fighters" and "Saida" make Sidon, not Saïda in
/// Algeria).
const NEAR_HOME_KM: f64 = 500.0;

/// What being near a home country adds to a candidate's score.
const NEAR_HOME_BONUS: f64 = 2.0;

/// Whether `place` lies within [`NEAR_HOME_KM`] of a home country's point, outside it.
fn near_a_home(homes: &[&Place], place: &Place) -> bool {
    (homes.iter())
        .any(|home| home.country != place.country && is_within_km(place, home, NEAR_HOME_KM))
}

/// How much more the folder's prior counts for a story that names nothing else.
const FOLDER_ALONE_WEIGHT: f64 = 2.0;

/// Taken from a town that bears a country's name: "Jordan" is the country before a town of
/// Minnesota, and "Mexico" before the capital that is also called so.
const COUNTRY_NAME_PENALTY: f64 = 6.0;

/// Taken from a hamlet named like another country's province ("Texas" in Hidalgo).
const PROVINCE_NAME_PENALTY: f64 = 3.5;

/// Towns under this population are hamlets beside a province of their name.
const HAMLET_POPULATION: u64 = 5_000;

/// Candidates with scores, best first (ties broken by place id, for determinism).
fn score_candidates(
    gazetteer: &Gazetteer,
    mention: &Mention,
    candidates: &[NameMatch],
    evidence: &Evidence,
    enclosure: Option<&Enclosure>,
) -> Vec<(NameMatch, f64)> {
    // "arrested in Texas": a hamlet named after another country's province is not the
    // province's name (the provinces of the name, by their country).
    let provinces_named = std::cell::OnceCell::new();
    let province_elsewhere = |town: &Place| {
        let provinces: &Vec<&str> = provinces_named.get_or_init(|| {
            (candidates.iter())
                .filter(|c| c.role == NameRole::Primary)
                .map(|c| gazetteer.place(c.place))
                .filter(|p| p.kind == PlaceKind::Admin1)
                .map(|p| p.country.as_str())
                .collect()
        });
        provinces
            .iter()
            .any(|country| *country != town.country.as_str())
    };
    // Only a name with no place in a home country looks near the homes (Ariha in Syria
    // before Jericho's Arabic name when the story's group is Syrian).
    let in_a_home = (candidates.iter()).any(|c| {
        let country = &gazetteer.place(c.place).country;
        evidence.homes.iter().any(|home| home.country == *country)
    });
    // The country of the name's most populous town, which a dictionary word most often
    // stands for; none when the word names a country or a unit too ("Morocco").
    // (Looked up once, and only for a dictionary word the story's context supports.)
    let largest_country = std::cell::OnceCell::new();
    let largest_country = || {
        *largest_country.get_or_init(|| {
            let places = candidates.iter().map(|c| gazetteer.place(c.place));
            (places.clone().all(|p| p.kind == PlaceKind::Town))
                .then(|| places.max_by_key(|p| p.population))
                .flatten()
                .map(|p| p.country.as_str())
        })
    };
    // "Mexico" is the country before it is one of its capital's names (looked up once, and
    // only for a name recognised as a country's).
    let names_a_country = std::cell::OnceCell::new();
    let names_a_country = || {
        mention.names_a_country
            && *names_a_country.get_or_init(|| names_a_country_by_name(gazetteer, candidates))
    };
    // A story whose other names and groups say nothing of where it is has only the folder to
    // go by ("detains 11 young men in Madaya, in the Qalamoun mountains" in a folder about
    // Syria).
    let folder_weight = if evidence.others_total() <= 0.0 {
        FOLDER_ALONE_WEIGHT
    } else {
        1.0
    };
    let mut best_by_place: FxHashMap<PlaceId, (NameMatch, f64)> = FxHashMap::default();
    for candidate in candidates {
        let place = gazetteer.place(candidate.place);
        // (Not the town of a city-state, "Singapore", nor one a town word names: "the
        // outskirts of Belize town".)
        let country_s_own_town = || {
            candidate.role == NameRole::Primary
                && (mention.cue == Some(Cue::Town) || is_a_capital(gazetteer, candidate.place))
        };
        let country_name_penalty =
            if place.kind == PlaceKind::Town && names_a_country() && !country_s_own_town() {
                COUNTRY_NAME_PENALTY
            } else if place.kind == PlaceKind::Town
                && place.population < HAMLET_POPULATION
                && province_elsewhere(place)
            {
                PROVINCE_NAME_PENALTY
            } else {
                0.0
            };
        let context = context_bonus(place, mention.sentence, evidence);
        let mut score = prior(gazetteer, place, candidate.role, mention) - country_name_penalty
            + cue_bonus(place.kind, mention)
            + unit_name_bonus(place, mention.unit_word.as_deref())
            + context;
        // "arrested in Mango, officials in Lomé said": a dictionary word names a town of the
        // story's country as well as a large one elsewhere.
        if mention.ordinary_word
            && context >= STORY_COUNTRY_BONUS
            && largest_country().is_some_and(|largest| largest != place.country.as_str())
        {
            score += ordinary_word_penalty(place, mention);
        }
        if !in_a_home && near_a_home(evidence.homes, place) {
            score += NEAR_HOME_BONUS;
        }
        if mention.names_a_force && place.kind == PlaceKind::Admin1 {
            score += FORCE_PROVINCE_BONUS;
        }
        if mention.bare_dateline
            && is_a_capital(gazetteer, candidate.place)
            && country_in_sentence(evidence, mention.sentence, &place.country, ACTOR_SUPPORT)
        {
            score += DATELINE_CAPITAL_BONUS;
        }
        score += folder_weight
            * (evidence.folder).map_or(0.0, |f| f.bonus(&place.country, &place.admin1));
        if (evidence.list_kind).is_some_and(|kind| kind.fits(gazetteer, candidate.place)) {
            score += LIST_KIND_BONUS;
        }
        if enclosure.is_some_and(|e| e.holds(gazetteer, candidate.place)) {
            score += 8.0;
        }
        let entry = best_by_place
            .entry(candidate.place)
            .or_insert((*candidate, f64::MIN));
        if score > entry.1 {
            *entry = (*candidate, score);
        }
    }
    let mut scored: Vec<(NameMatch, f64)> = best_by_place.into_values().collect();
    sort_by_score(&mut scored);
    scored
}

/// The last step of scoring, after the neighbours' support (which a province draws from every
/// place in it): a town named like its province is the town unless named as a province
/// ("Indiana, New York and Ohio", "Bago Region", "Balkhab district (Sar-e Pol)") or an area
/// ("southern Suwayda"). "Pegu", before "Taungoo" in the province, is the town.
fn prefer_town_unless_named_as_province(
    gazetteer: &Gazetteer,
    mention: &Mention,
    list_kind: Option<ListKind>,
    encloses_previous: bool,
    scored: &mut [(NameMatch, f64)],
) {
    let named_as_province = matches!(mention.cue, Some(Cue::Province | Cue::District))
        || list_kind == Some(ListKind::Of(PlaceKind::Admin1))
        || (encloses_previous && mention.cue != Some(Cue::Town));
    if !mention.part_of_area
        && !named_as_province
        && prefer_town_of_province_name(gazetteer, &mention.key, scored)
    {
        sort_by_score(scored);
    }
}

/// "In Balkh, the corps opened a headquarters in Kaldar district, facing Termez": a name that
/// opens a sentence ("In Balkh,"), stands alone in a field between bars, or that the sentence
/// names again as a province, and that a district of the same sentence lies in names the
/// province, whatever lies near its town.
/// Returns the province and the mentions of its districts.
fn opens_a_district_s_scene(
    gazetteer: &Gazetteer,
    text: &str,
    mentions: &[Mention],
    i: usize,
) -> Option<Scene> {
    let m = &mentions[i];
    let is_province = |c: &NameMatch| gazetteer.place(c.place).kind == PlaceKind::Admin1;
    if m.cue.is_some() || !m.candidates.iter().any(is_province) {
        return None;
    }
    let before = text[..m.span.start].trim_end();
    let opens = (before
        .strip_suffix("In")
        .or_else(|| before.strip_suffix("in")))
    .is_some_and(|rest| rest.trim_end().is_empty() || rest.trim_end().ends_with(['.', ':', ';']));
    // "03 August 2020 - Ghazni - Malistan district, Ghazni province": named so in the sentence.
    let named_as_province_after = || {
        (mentions[i + 1..].iter())
            .take_while(|later| later.sentence == m.sentence)
            .any(|later| later.key == m.key && later.cue == Some(Cue::Province))
    };
    // Not one the sentence calls a city ("In Kandahar, forces remained under siege, with
    // fighting in Arghandab district and along the western edge of the city").
    let called_a_town = || {
        let rest = crate::text::head(&text[m.span.end..], 300);
        let rest = rest.split_once(". ").map_or(rest, |(sentence, _)| sentence);
        [" the city", " the town"].iter().any(|t| rest.contains(t))
    };
    // "2022-05-09 | Samangan | Dara-i-Suf-e Payin district |": a field of its own, whose
    // narrative's "the town" is a town of its own ("| Magway | Thayet township | … a boat on
    // the river near the town").
    let a_field = before.ends_with('|') && text[m.span.end..].trim_start().starts_with('|');
    if !((opens && text[m.span.end..].starts_with(',')) || a_field || named_as_province_after())
        || (!a_field && called_a_town())
    {
        return None;
    }
    // (A field's district is in a field after it, or its town in the note's narrative, on
    // its line: "| Al-Hasakah | southern countryside | … 15 km north of Markadah".)
    let in_scene = |later: &Mention| {
        later.sentence == m.sentence
            || (a_field
                && (text.get(m.span.end..later.span.start)).is_some_and(|between| {
                    between.len() < NOTE_LINE_BYTES && !between.contains('\n')
                }))
    };
    // In a field, a town of the next fields says so too ("02/04/2023 | Ségou | 14 km east of
    // Bla |").
    let in_the_scene: Vec<usize> = (i + 1..mentions.len())
        .take_while(|&j| in_scene(&mentions[j]))
        // Another name's: "Menaka (Menaka, Menaka)" names the town, its cercle and region.
        .filter(|&j| {
            let later = &mentions[j];
            (a_field || later.cue == Some(Cue::District)) && later.key != m.key
        })
        .collect();
    let districts = || {
        (in_the_scene.iter())
            .flat_map(|&j| mentions[j].candidates.iter())
            .map(|c| gazetteer.place(c.place))
            .filter(|place| {
                place.kind == PlaceKind::Admin2 || (a_field && place.kind == PlaceKind::Town)
            })
    };
    let province = (m.candidates.iter()).map(|c| c.place).find(|&id| {
        let province = gazetteer.place(id);
        province.kind == PlaceKind::Admin1
            && districts().any(|d| d.country == province.country && d.admin1 == province.admin1)
    })?;
    // Of a field, the district is the next field's name, not one of its narrative.
    let district_named = |&j: &usize| {
        !a_field
            || (text.get(m.span.end..mentions[j].span.start))
                .is_some_and(|between| between.matches('|').count() == 1)
    };
    // And the narrative's mentions of that name ("| Rumah | … in Rumah district").
    let field_keys: Vec<&str> = (in_the_scene.iter().filter(|j| district_named(j)))
        .map(|&j| mentions[j].key.as_str())
        .collect();
    let districts = (in_the_scene.into_iter())
        .filter(|&j| field_keys.contains(&mentions[j].key.as_str()))
        .collect();
    Some(Scene {
        province,
        districts,
    })
}

/// A province named as the scene of districts (see [`opens_a_district_s_scene`]).
struct Scene {
    /// The province.
    province: PlaceId,
    /// The mentions, by index, of its districts.
    districts: Vec<usize>,
}

/// How far after a note's province field its district or town may be named.
const NOTE_LINE_BYTES: usize = 400;

/// Sorts scored candidates best first (ties by place, for the same order on every run).
fn sort_by_score(scored: &mut [(NameMatch, f64)]) {
    scored.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.place.cmp(&b.0.place)));
}

/// Sets `place` first among the scored candidates.
fn prefer(scored: &mut [(NameMatch, f64)], place: PlaceId) {
    let best = scored
        .iter()
        .map(|(_, score)| *score)
        .fold(f64::MIN, f64::max);
    if let Some(entry) = scored.iter_mut().find(|(c, _)| c.place == place) {
        entry.1 = best + 0.5;
    }
    sort_by_score(scored);
}

/// Towns smaller than this are not taken for the province of their name.
const PROVINCE_TOWN_POPULATION: u64 = 10_000;

/// A city that is a province of its own lies this close to the province named after it ("Kyiv
/// City" beside Kyiv oblast).
const CITY_UNIT_KM: f64 = 100.0;

/// "Kherson", "Kandahar", "Mykolaiv": a province named after its town, named without a unit
/// word and not as an area ("southern Suwayda"), is the town. When the best candidate is a
/// province, a large town of the name in it (or a city that is a unit of its own beside it,
/// "Kiev") scores just above it. But a city far larger elsewhere, which the context does not
/// set well below the province, is the name before a small province's town ("Georgetown" is
/// Guyana's capital, not the Cayman Islands' district of George Town). A town the name reaches
/// only as an old name that is no spelling of its own ("Pará", once Belém's) is not named
/// like a province that is its own. Returns whether a score changed.
fn prefer_town_of_province_name(
    gazetteer: &Gazetteer,
    key: &str,
    scored: &mut [(NameMatch, f64)],
) -> bool {
    let Some((best_match, best, best_score)) = scored
        .iter()
        .max_by(|a, b| a.1.total_cmp(&b.1).then(b.0.place.cmp(&a.0.place)))
        .map(|(c, score)| (*c, gazetteer.place(c.place), *score))
    else {
        return false;
    };
    if best.kind != PlaceKind::Admin1 {
        return false;
    }
    let own_town_of = |province: &Place, town: &Place| {
        town.kind == PlaceKind::Town
            && town.country == province.country
            && (town.admin1 == province.admin1 || is_within_km(town, province, CITY_UNIT_KM))
    };
    let largest_own_of = |province: &Place| {
        (scored.iter())
            .map(|(c, _)| gazetteer.place(c.place))
            .filter(|town| own_town_of(province, town))
            .map(|town| town.population)
            .max()
            .unwrap_or(0)
    };
    // Of provinces the name reaches that score all but the same (two that each call their
    // capital "Beida"), the one with the larger town.
    let (mut best_match, mut best, mut largest_own) = (best_match, best, largest_own_of(best));
    for (candidate, score) in scored.iter() {
        let province = gazetteer.place(candidate.place);
        if province.kind == PlaceKind::Admin1 && best_score - score < PROVINCE_TIE_MARGIN {
            let largest = largest_own_of(province);
            if largest > largest_own {
                (best_match, best, largest_own) = (*candidate, province, largest);
            }
        }
    }
    let own_town = |town: &Place| own_town_of(best, town);
    // (The province by its own name: "Pegu" is an old name of Bago Region too.)
    let province_by_own_name = best_match.role == NameRole::Primary;
    let city_elsewhere = (scored.iter().enumerate())
        .filter(|(_, (c, score))| {
            let town = gazetteer.place(c.place);
            town.kind == PlaceKind::Town
                && town.country != best.country
                && largest_own > 0
                && town.population >= CITY_ELSEWHERE_POPULATION
                && town.population > CITY_ELSEWHERE_FACTOR * largest_own
                && best_score - score < CITY_ELSEWHERE_MARGIN
        })
        .max_by_key(|(_, (c, _))| gazetteer.place(c.place).population)
        .map(|(i, _)| i);
    if let Some(i) = city_elsewhere {
        scored[i].1 = best_score + 0.5;
        return true;
    }
    let mut changed = false;
    for (candidate, score) in scored.iter_mut() {
        let town = gazetteer.place(candidate.place);
        if own_town(town)
            && town.population >= PROVINCE_TOWN_POPULATION
            && (candidate.role != NameRole::Alternate
                || !province_by_own_name
                || spells(&town.name, key))
        {
            *score = score.max(best_score + 0.5);
            changed = true;
        }
    }
    changed
}

/// Whether `key` spells the place `name` (contains it, or is a transliteration of it: "Kiev"
/// of Kyiv, "Dayr az Zawr" of Deir ez-Zor, "Quneitra" of Al Qunayţirah), as an alternate name
/// most often does.
fn spells(name: &str, key: &str) -> bool {
    let own = name_key(name);
    let loose = loose_key(key);
    own.contains(key)
        || edit_distance_within(&own, key, key.len() / 2).is_some()
        || (loose.len() >= 3 && loose_key(&own).contains(&loose))
}

/// Provinces scored this close are as likely as each other (see
/// [`prefer_town_of_province_name`]).
const PROVINCE_TIE_MARGIN: f64 = 0.25;

/// A city elsewhere this large, this many times larger than a province's own town, and scored
/// at most this far below the province, is the name (see [`prefer_town_of_province_name`]).
const CITY_ELSEWHERE_POPULATION: u64 = 100_000;
const CITY_ELSEWHERE_FACTOR: u64 = 4;
const CITY_ELSEWHERE_MARGIN: f64 = 1.0;

/// For a province named before "Police": a state's force ("Victoria Police") before a city
/// of the name elsewhere (Victoria, Hong Kong).
const FORCE_PROVINCE_BONUS: f64 = 1.0;

/// For a country's capital named alone as a dateline, when its sentence names the country
/// ("KINGSTON - Jamaican soldiers"): a smaller town of the name would have its province or
/// country after it ("KINGSTON, N.Y. - ").
const DATELINE_CAPITAL_BONUS: f64 = 6.0;

/// The prior of a province (and a continent) before the size of its country is weighed.
const PROVINCE_PRIOR: f64 = 7.0;

/// What a town's prior counts per unit of the logarithm of its population.
const TOWN_WEIGHT: f64 = 0.55;

/// Score of a candidate before context.
#[inline]
fn prior(gazetteer: &Gazetteer, place: &Place, role: NameRole, mention: &Mention) -> f64 {
    // A loose spelling fits a small place as well as a city.
    let weight = if mention.loose { 0.2 } else { TOWN_WEIGHT };
    let kind = match place.kind {
        PlaceKind::Country => 8.0,
        PlaceKind::Continent => PROVINCE_PRIOR,
        // A province of a small country ranks as a town of its size spelt exactly would:
        // Barbados's parish of Saint John is not the city of New Brunswick. Named as a unit,
        // it loses half as much against the units of larger countries ("the North-West
        // region" is Cameroon's before Botswana's, but the story may say otherwise).
        PlaceKind::Admin1 => (gazetteer.average_province_population(&place.country)).map_or(
            PROVINCE_PRIOR,
            |people| {
                let as_a_town = (TOWN_WEIGHT * (1.0 + people as f64).ln()).min(PROVINCE_PRIOR);
                match mention.cue {
                    Some(Cue::Province | Cue::District) => (PROVINCE_PRIOR + as_a_town) / 2.0,
                    _ => as_a_town,
                }
            },
        ),
        // The regions are the supplement's few that news names (Darfur, the Donbas, the Red
        // Sea): before a province named after one, unless a unit word or the context says so.
        PlaceKind::Region => 7.5,
        PlaceKind::Site => 3.0,
        PlaceKind::Admin2 => 2.0,
        PlaceKind::Town => weight * (1.0 + seat_population(place) as f64).ln(),
    };
    // An alternate name of two letters is an old romanisation more often than what a story
    // calls the place ("Po", once Bozhou's, before Burkina Faso's Pô), but for an acronym.
    let short_alternate = mention.key.len() <= 2 && !gazetteer.is_acronym(&mention.key);
    let role_penalty = match (role, place.kind) {
        (NameRole::Primary | NameRole::Demonym, _) => 0.0,
        (NameRole::Alternate, PlaceKind::Town) if short_alternate => 1.5 + SHORT_ALTERNATE_PENALTY,
        (NameRole::Alternate, PlaceKind::Town) => 1.5,
        (NameRole::Alternate, _) => 0.5,
    };
    kind - role_penalty - ordinary_word_penalty(place, mention)
}

/// What a two-letter alternate name of a town loses besides (see [`prior`]).
const SHORT_ALTERNATE_PENALTY: f64 = 2.0;

/// A dictionary word ("Mango", "Bitter") names a small town less often than a large one.
fn ordinary_word_penalty(place: &Place, mention: &Mention) -> f64 {
    if mention.ordinary_word && place.kind == PlaceKind::Town && place.population < 100_000 {
        3.0
    } else {
        0.0
    }
}

/// A context bonus this high says the story is about the candidate's country (half the
/// other names' votes, or the country named in the same sentence).
const STORY_COUNTRY_BONUS: f64 = 2.0;

/// Counted for a town of unknown population: GeoNames lists every seat of an administrative
/// division, whatever its size, and leaves the population of many of them at 0 (Tall Abyad,
/// Ras al-Ayn), where a hamlet of the same name elsewhere has one.
const SEAT_POPULATION: u64 = 2_000;

/// The population a town's prior counts: its own, or [`SEAT_POPULATION`] when unknown.
fn seat_population(place: &Place) -> u64 {
    if place.population == 0 && place.kind == PlaceKind::Town {
        SEAT_POPULATION
    } else {
        place.population
    }
}

/// Unit words of either level: a county is a province in Kenya, Liberia or Romania, a parish
/// in the Caribbean, a municipality in Slovenia or Puerto Rico.
const EITHER_LEVEL_UNIT_WORDS: &[&str] = &["county", "parish", "municipality"];

fn cue_bonus(kind: PlaceKind, mention: &Mention) -> f64 {
    let either_level = || {
        (mention.unit_word.as_deref()).is_some_and(|word| EITHER_LEVEL_UNIT_WORDS.contains(&word))
    };
    match (mention.cue, kind) {
        (Some(Cue::Province), PlaceKind::Admin1) => 4.0,
        // Burkina Faso's and Turkey's provinces are districts in GeoNames' terms.
        (Some(Cue::Province), PlaceKind::Admin2) => 3.0,
        (Some(Cue::District), PlaceKind::Admin2) => 4.0,
        (Some(Cue::District), PlaceKind::Admin1) if either_level() => 3.0,
        // "Kandahar district", the first unit of "Salqin (Harem, Idlib)": not the province.
        (Some(Cue::District), PlaceKind::Admin1) => -5.0,
        (Some(Cue::Town), PlaceKind::Town) => 2.0,
        // "Bam province" is not the Iranian town.
        (Some(Cue::Province | Cue::District), PlaceKind::Town) => -2.0,
        (Some(Cue::Site), PlaceKind::Site) => 5.0,
        _ => 0.0,
    }
}

/// A unit named with its own unit word ("Plateau state" is Plateau State, Nigeria, more
/// than Benin's Plateau department; "Sagaing region" is Sagaing Region).
fn unit_name_bonus(place: &Place, unit_word: Option<&str>) -> f64 {
    let Some(word) =
        unit_word.filter(|_| matches!(place.kind, PlaceKind::Admin1 | PlaceKind::Admin2))
    else {
        return 0.0;
    };
    let name = place.name.to_lowercase();
    let named = name
        .strip_suffix(word)
        .is_some_and(|rest| rest.ends_with(' '));
    if named { 1.5 } else { 0.0 }
}

/// Votes added to the context's total before a country's share is taken: one weak vote is not
/// the whole story.
const SHARE_SMOOTHING: f64 = 0.5;

/// The others' weight: the context's less the name's own votes, where the context's is over
/// `floor` (0 elsewhere: the name's votes are in the context's, so no more than it).
#[inline]
fn others<K: std::hash::Hash + Eq>(
    all: &FxHashMap<K, f64>,
    own: &FxHashMap<K, f64>,
    key: &K,
    floor: f64,
) -> f64 {
    (all.get(key).filter(|w| **w > floor)).map_or(0.0, |w| w - own.get(key).copied().unwrap_or(0.0))
}

/// Weight of the others' votes that counts as support.
const SUPPORT: f64 = 0.3;

/// Weight of the others' votes that says a sentence speaks of a country, from its people if
/// need be ("Jamaican soldiers").
const ACTOR_SUPPORT: f64 = 0.05;

/// Whether other names of the sentence `sentence` stand for the country `country` with more
/// than `support` of weight.
#[inline]
fn country_in_sentence(evidence: &Evidence, sentence: u32, country: &str, support: f64) -> bool {
    let key = (sentence, country);
    let (context, own) = (evidence.context, evidence.own_votes);
    others(
        &context.sentence_countries,
        &own.sentence_countries,
        &key,
        support,
    ) > support
}

fn context_bonus(place: &Place, sentence: u32, evidence: &Evidence) -> f64 {
    let (context, own) = (evidence.context, evidence.own_votes);
    // The share of the others' votes that goes to a country.
    let others_total = evidence.others_total();
    let country_bonus = |country: &&str| {
        let others_for_country = others(&context.countries, &own.countries, country, 0.0);
        let share = 4.0 * (others_for_country / (others_total + SHARE_SMOOTHING)).clamp(0.0, 1.0);
        if others_for_country > 0.0 {
            share.max(NAMED_COUNTRY_BONUS)
        } else {
            share
        }
    };
    if place.country.is_empty() {
        // A region of several countries ("the Middle East") or a continent fits the story's
        // main country, whichever it is: not a hamlet of its name in a country named once.
        return match place.kind.is_area() {
            true => context
                .countries
                .keys()
                .map(country_bonus)
                .fold(0.0, f64::max),
            false => 0.0,
        };
    }
    let country = place.country.as_str();
    let mut bonus = country_bonus(&country);
    // A province shared with another name counts in a country the story is about, or when
    // the story names the province itself: "Geneva" beside "New York" is Geneva, New York, in
    // a story of upstate towns, not in one about Afghanistan whose UN office in Geneva spoke;
    // "Gaya" beside "the Dosso region" is Niger's, however often the story names Benin.
    let story_country = bonus >= 4.0 * MIN_COUNTRY_SHARE_FOR_PROVINCE
        || others(
            &context.units,
            &own.units,
            &(country, place.admin1.as_str()),
            0.5,
        ) > 0.5;
    for near in [sentence, sentence.saturating_sub(1), sentence + 1] {
        if country_in_sentence(evidence, near, country, SUPPORT) {
            bonus += if near == sentence { 1.5 } else { 0.5 };
            break;
        }
    }
    if !place.admin1.is_empty() && story_country {
        let province = (country, place.admin1.as_str());
        if others(&context.provinces, &own.provinces, &province, SUPPORT) > SUPPORT {
            bonus += 2.0;
        }
        let in_sentence = (sentence, province.0, province.1);
        if others(
            &context.sentence_provinces,
            &own.sentence_provinces,
            &in_sentence,
            SUPPORT,
        ) > SUPPORT
        {
            bonus += 1.5;
        }
    }
    bonus
}

/// The least a country the story names at all adds to its places, however many names the
/// story gives other countries: "Syrian troops, backed by Russian air power, recaptured
/// Palmyra" is Syria's Palmyra, not a town of a country the story never names.
const NAMED_COUNTRY_BONUS: f64 = 0.5;

/// The share of the story's other names a country needs for its provinces to weigh.
const MIN_COUNTRY_SHARE_FOR_PROVINCE: f64 = 0.25;

/// Gives every mention of one name the place its mentions favour together. Mentions with
/// another cue word are another group ("Kandahar province" in a story about Kandahar city);
/// a mention inside units (`is_enclosed`) keeps its own place, which they say: the first Gao
/// of "Gao (Gao, Gao)" is the town. Mentions inside units decide for the others, even for a
/// place the others' spelling alone does not reach: "near Taxco in the state of Guerrero"
/// makes a later "outside Taxco" Taxco de Alarcón, not the village called Taxco in Tabasco.
fn one_sense_per_name(
    gazetteer: &Gazetteer,
    mentions: &[Mention],
    choices: &mut [Option<Vec<(NameMatch, f64)>>],
    is_enclosed: impl Fn(usize) -> bool,
) {
    let mut groups: FxHashMap<(&str, Option<Cue>), Vec<usize>> = FxHashMap::default();
    for (i, m) in mentions.iter().enumerate() {
        if choices[i].is_some() {
            groups.entry((m.key.as_str(), m.cue)).or_default().push(i);
        }
    }
    for indices in groups.values().filter(|g| g.len() > 1) {
        let inside: Vec<usize> = indices
            .iter()
            .copied()
            .filter(|&i| is_enclosed(i))
            .collect();
        let voters = if inside.is_empty() { indices } else { &inside };
        let mut votes: FxHashMap<PlaceId, (f64, Option<NameMatch>)> = FxHashMap::default();
        for &i in voters {
            for (candidate, p) in softmax(choices[i].as_deref().unwrap_or(&[])) {
                let vote = votes.entry(candidate.place).or_default();
                vote.0 += p;
                vote.1.get_or_insert(candidate);
            }
        }
        let Some((&winner, &(_, Some(winner_match)))) = votes
            .iter()
            .max_by(|a, b| a.1.0.total_cmp(&b.1.0).then(b.0.cmp(a.0)))
        else {
            continue;
        };
        for &i in indices.iter().filter(|&&i| !is_enclosed(i)) {
            let Some(scored) = choices[i].as_mut() else {
                continue;
            };
            let cue_fit = |place: PlaceId| cue_bonus(gazetteer.place(place).kind, &mentions[i]);
            if cue_fit(winner) < cue_fit(scored[0].0.place)
                || named_as_a_larger_city(gazetteer, &mentions[i], scored[0].0.place, winner)
            {
                continue;
            }
            let top = scored[0].1;
            match scored.iter().position(|s| s.0.place == winner) {
                // Lift the winner just above the current best.
                Some(position) if position > 0 => scored[position].1 = top + 0.5,
                Some(_) => continue,
                None if !inside.is_empty() => scored.push((winner_match, top + 0.5)),
                None => continue,
            }
            sort_by_score(scored);
        }
    }
}

/// A town at least this large, named with the word "city", is not one of its small namesakes
/// that another mention of its name places (see [`named_as_a_larger_city`]).
const CITY_WORD_POPULATION: u64 = 100_000;

/// Whether `mention` calls its name a city ("Chernivtsi city") and `best`, its own place, is a
/// city ten times as large as `other`: "Chernivtsi city" is not "the village of Chernivtsi in
/// Vinnytsia oblast" that the story tells it apart from.
fn named_as_a_larger_city(
    gazetteer: &Gazetteer,
    mention: &Mention,
    best: PlaceId,
    other: PlaceId,
) -> bool {
    let (best, other) = (gazetteer.place(best), gazetteer.place(other));
    mention.unit_word.as_deref() == Some("city")
        && best.kind == PlaceKind::Town
        && best.population >= CITY_WORD_POPULATION
        && other.population.saturating_mul(10) < best.population
}

/// "Taza Khurmatu … rockets landed in Taza": a one-word name that is the first word of a
/// town named before it in the story is that town, unless it names a place near it, or a
/// country or province ("Kansas City … Kansas"), or the rest of the town's name is made of
/// words ("Dublin City Council … Dublin").
fn short_for_an_earlier_name(
    gazetteer: &Gazetteer,
    text: &str,
    mentions: &[Mention],
    choices: &mut [Option<Vec<(NameMatch, f64)>>],
) {
    // The towns named so far in more than one word, by their first word's key (the last one
    // of each): one pass, however many names the story holds.
    let mut longer_towns: FxHashMap<String, NameMatch> = FxHashMap::default();
    for (i, m) in mentions.iter().enumerate() {
        let surface = &text[m.span.clone()];
        if surface.contains([' ', '-']) {
            let mut words = surface.split([' ', '-']);
            // Not "Dublin City Council", "Avondale Estates": the rest is a name of its own.
            if let Some(first) = words.next()
                && words.any(|w| !gazetteer.is_common_word(&w.to_lowercase()))
                && let Some((town, _)) = choices[i].as_ref().and_then(|s| s.first())
                && gazetteer.place(town.place).kind == PlaceKind::Town
            {
                longer_towns.insert(name_key(first), *town);
            }
            continue;
        }
        let Some(&(best, top)) = choices[i].as_ref().and_then(|s| s.first()) else {
            continue;
        };
        let best = gazetteer.place(best.place);
        let Some(&town) = longer_towns.get(&m.key).filter(|t| {
            best.kind == PlaceKind::Town
                && !is_within_km(gazetteer.place(t.place), best, SHORT_NAME_KM)
        }) else {
            continue;
        };
        let scored = choices[i].as_mut().expect("chosen above");
        scored.retain(|s| s.0.place != town.place);
        scored.insert(0, (town, top + 0.5));
    }
}

/// How far from the longer name's town the place a short name names may lie, and be its own.
const SHORT_NAME_KM: f64 = 100.0;

/// Scores to probabilities, best first.
fn softmax(scored: &[(NameMatch, f64)]) -> Vec<(NameMatch, f64)> {
    let Some(max) = scored.iter().map(|s| s.1).max_by(f64::total_cmp) else {
        return Vec::new();
    };
    let exps: Vec<f64> = scored.iter().map(|s| (s.1 - max).exp()).collect();
    let total: f64 = exps.iter().sum();
    scored
        .iter()
        .zip(exps)
        .map(|(s, e)| (s.0, e / total))
        .collect()
}

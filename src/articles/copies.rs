//! Syndicated copies: the same wire story published by several outlets (a new headline, a
//! trimmed paragraph, another footer) is one report, not several independent sources.
//!
//! [`CopyGroups`] groups a folder's articles as they arrive. An article's text (its kept
//! lines) becomes a set of shingles: hashed runs of five words, lower-case; all of them in its
//! first words (where copies of a wire story agree most, and enough for a short brief to be
//! judged), one in eight after them (by hash value, so that two texts keep the same ones). Two articles are copies
//! when their sets overlap by half (Jaccard ≥ 0.5), or when the smaller set lies mostly inside
//! the larger (containment ≥ 0.8: a short copy of a longer story). Shingles are indexed in a
//! hash map, so an article is compared only with the articles that share a shingle with it,
//! and each shingle lists at most a few articles: adding an article costs about its length,
//! whatever the size of the folder. An article joins the group of the earlier article it is
//! most like; groups are never joined afterwards (an article that quotes two wire stories
//! does not make them one).

use rustc_hash::FxHashMap;

use super::Article;

/// Words per shingle.
const SHINGLE_WORDS: usize = 5;
/// Words from the start whose shingles are all kept.
const FULL_WORDS: usize = 120;
/// After them, one shingle in this many is kept (those whose hash is a multiple of it).
const SAMPLE: u64 = 8;
/// Words read per article: copies share their beginning, and a huge file costs no more.
const MAX_WORDS: usize = 5_000;
/// Articles listed per shingle: enough to find a group, bounded for a folder of copies.
const POSTINGS_PER_SHINGLE: usize = 8;
/// Kept shingles a text needs before it can be judged a copy (about 20 words).
const MIN_SHINGLES: usize = 16;
/// Shared shingles over all shingles of the two texts, from which they are copies.
const MIN_JACCARD: f64 = 0.5;
/// Shared shingles over the shingles of the shorter text, from which it is a copy.
const MIN_CONTAINMENT: f64 = 0.8;

/// The articles of a folder grouped into copies of one report (see the module's doc).
#[derive(Clone, Debug, Default)]
pub struct CopyGroups {
    /// Each article's group: the index of the group's first article.
    group: Vec<u32>,
    /// Each article's number of kept shingles.
    sizes: Vec<u32>,
    /// Each shingle's most recent posting, an index into `postings`.
    heads: FxHashMap<u64, u32>,
    /// (article, next posting of the same shingle or `u32::MAX`).
    postings: Vec<(u32, u32)>,
}

impl CopyGroups {
    /// The groups of `articles`, added in order.
    pub fn of(articles: &[Article]) -> Self {
        let mut groups = Self::default();
        for article in articles {
            groups.add(&Shingles::of(article));
        }
        groups
    }

    /// Adds the next article, by its `shingles` (its index is the number added before it),
    /// and returns its group: its own index, or that of the earlier article whose group it
    /// joins.
    pub fn add(&mut self, shingles: &Shingles) -> usize {
        let index = self.group.len() as u32;
        let shingles = &shingles.0;
        let mut shared: FxHashMap<u32, u32> = FxHashMap::default();
        for &shingle in shingles {
            let mut listed = 0;
            let mut at = self.heads.get(&shingle).copied().unwrap_or(u32::MAX);
            while at != u32::MAX {
                let (other, next) = self.postings[at as usize];
                *shared.entry(other).or_default() += 1;
                listed += 1;
                at = next;
            }
            if listed < POSTINGS_PER_SHINGLE {
                let head = self.heads.entry(shingle).or_insert(u32::MAX);
                self.postings.push((index, *head));
                *head = (self.postings.len() - 1) as u32;
            }
        }
        let size = shingles.len();
        let best = shared
            .into_iter()
            .filter_map(|(other, common)| {
                let score = likeness(size, self.sizes[other as usize] as usize, common as usize)?;
                Some((score, std::cmp::Reverse(other)))
            })
            .max_by(|a, b| a.0.total_cmp(&b.0).then(a.1.cmp(&b.1)));
        let group = best.map_or(index, |(_, std::cmp::Reverse(other))| {
            self.group[other as usize]
        });
        self.group.push(group);
        self.sizes.push(size as u32);
        group as usize
    }

    /// The group of `article`: the index of the first article of its copies (its own index
    /// when it is no copy, or was never added).
    pub fn group(&self, article: usize) -> usize {
        self.group.get(article).map_or(article, |&g| g as usize)
    }
}

/// An article's kept shingles (see the module's doc), computed apart from
/// [`CopyGroups::add`] so that a reader computes them on all cores.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Shingles(Vec<u64>);

impl Shingles {
    /// The kept shingles of `article`'s kept lines.
    pub fn of(article: &Article) -> Self {
        Self(shingles(article.kept_text().map(|(_, line)| line)))
    }
}

/// How alike two texts of `a` and `b` kept shingles sharing `common` are, when they are
/// copies (the larger of Jaccard and containment); None when they are not.
fn likeness(a: usize, b: usize, common: usize) -> Option<f64> {
    let smaller = a.min(b);
    if smaller < MIN_SHINGLES {
        return None;
    }
    let jaccard = common as f64 / (a + b - common) as f64;
    let containment = common as f64 / smaller as f64;
    (jaccard >= MIN_JACCARD || containment >= MIN_CONTAINMENT).then_some(jaccard.max(containment))
}

/// The kept shingles of `lines`, sorted, without repeats.
fn shingles<'a>(lines: impl Iterator<Item = &'a str>) -> Vec<u64> {
    let words: Vec<u64> = lines
        .flat_map(|line| line.split(|c: char| !c.is_alphanumeric()))
        .filter(|w| !w.is_empty())
        .take(MAX_WORDS)
        .map(word_hash)
        .collect();
    let mut out: Vec<u64> = words
        .windows(SHINGLE_WORDS)
        .map(|run| {
            let mixed = run
                .iter()
                .fold(0u64, |h, &w| (h.rotate_left(17) ^ w).wrapping_mul(K));
            finish(mixed)
        })
        .enumerate()
        .filter(|&(at, h)| at < FULL_WORDS || h % SAMPLE == 0)
        .map(|(_, h)| h)
        .collect();
    out.sort_unstable();
    out.dedup();
    out
}

/// An odd constant with well-mixed bits (the golden ratio's).
const K: u64 = 0x9E37_79B9_7F4A_7C15;

/// FNV-1a of the word's lower-case characters.
fn word_hash(word: &str) -> u64 {
    let step = |h: u64, c: u64| (h ^ c).wrapping_mul(0x0000_0100_0000_01B3);
    let start: u64 = 0xCBF2_9CE4_8422_2325;
    if word.is_ascii() {
        // The same hash, a byte at a time.
        word.bytes()
            .fold(start, |h, b| step(h, u64::from(b.to_ascii_lowercase())))
    } else {
        word.chars()
            .flat_map(char::to_lowercase)
            .fold(start, |h, c| step(h, u64::from(c)))
    }
}

/// SplitMix64's finaliser: every bit of the input moves the low bits the sampling reads.
fn finish(mut h: u64) -> u64 {
    h = (h ^ (h >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    h = (h ^ (h >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
    h ^ (h >> 31)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::articles::ArticleId;

    /// An article of these lines, all kept.
    fn article(lines: &[&str]) -> Article {
        let text = lines.join("\n");
        let mut kept = Vec::new();
        let mut at = 0;
        for line in lines {
            kept.push(at..at + line.len());
            at += line.len() + 1;
        }
        Article {
            id: ArticleId(0),
            key: String::new(),
            path: Default::default(),
            title: None,
            outlet: None,
            url: None,
            published: None,
            text,
            kept,
            dropped: Vec::new(),
        }
    }

    const WIRE: [&str; 4] = [
        "Russian forces shelled a residential district of Kharkiv on Wednesday, killing four \
         civilians and wounding two others, the regional governor said.",
        "The shells struck two apartment blocks and a school near the central market shortly \
         after dawn, when many residents were queuing for bread.",
        "Emergency crews worked through the morning to pull survivors from the rubble, and \
         the wounded were taken to the city's main hospital.",
        "The governor said the attack used multiple rocket launchers fired from positions \
         north of the city, which have been targeted repeatedly since the spring.",
    ];

    #[test]
    fn an_edited_copy_with_another_headline_and_footer_is_a_copy() {
        let original = article(&[
            "Four killed as shelling hits Kharkiv",
            WIRE[0],
            WIRE[1],
            WIRE[2],
            WIRE[3],
            "(Reporting by the Frontier Wire desk; editing by staff)",
        ]);
        let edited_second = WIRE[1].replace("shortly after dawn", "early in the morning");
        let copy = article(&[
            "KHARKIV SHELLING: FOUR DEAD, TWO WOUNDED IN DAWN ATTACK",
            WIRE[0],
            &edited_second,
            WIRE[2],
            WIRE[3],
            "© Steppe Newsroom 2022. All rights reserved. Follow us for more updates.",
        ]);
        let groups = CopyGroups::of(&[original, copy]);
        assert_eq!(groups.group(1), 0);
    }

    #[test]
    fn a_short_copy_inside_a_longer_story_is_a_copy() {
        let long = article(&[
            WIRE[0],
            WIRE[1],
            WIRE[2],
            WIRE[3],
            "Elsewhere in the region, officials reported that power had been restored to most \
             villages after repairs to a substation damaged last week.",
            "Aid groups said they were preparing for a new wave of displacement as the fighting \
             moved closer to the main road leading south towards the capital.",
        ]);
        let short = article(&[WIRE[0], WIRE[1]]);
        let groups = CopyGroups::of(&[long, short]);
        assert_eq!(
            groups.group(1),
            0,
            "the short brief is a copy of the long story"
        );
    }

    #[test]
    fn two_stories_about_one_town_are_not_copies() {
        let shelling = article(&WIRE);
        let protest = article(&[
            "Hundreds of residents of Kharkiv rallied in the central square on Saturday to \
             demand better shelters, the regional governor said.",
            "Protesters carried banners and marched to the city council, where deputies agreed \
             to open three more underground stations to families at night.",
            "The rally ended peacefully in the afternoon, and organisers promised to return next \
             week if the promises were not kept.",
        ]);
        let groups = CopyGroups::of(&[shelling, protest]);
        assert_eq!((groups.group(0), groups.group(1)), (0, 1));
    }

    #[test]
    fn copies_of_a_copy_join_the_first_article_and_short_texts_stay_alone() {
        let mut articles: Vec<Article> = (0..300).map(|_| article(&WIRE)).collect();
        articles.push(article(&["Clashes in Kharkiv."]));
        articles.push(article(&["Clashes in Kharkiv."]));
        let groups = CopyGroups::of(&articles);
        assert!((0..300).all(|i| groups.group(i) == 0));
        assert_eq!((groups.group(300), groups.group(301)), (300, 301));
        assert_eq!(
            groups.group(999),
            999,
            "an article never added is its own group"
        );
    }
}

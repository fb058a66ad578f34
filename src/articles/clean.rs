//! Cleaning: takes an article's text and the ranges of its metadata lines, and returns the byte
//! ranges of the lines worth reading (`kept`) and of the lines dropped, with why (`dropped`).
//!
//! Each non-empty line, trimmed of surrounding whitespace, is either kept or dropped; empty lines
//! are neither. A line is dropped as [`DropReason::Boilerplate`] when it is a metadata line
//! (`Title:`, `Date:` … headers, front matter) or site furniture listed in [`BOILERPLATE`], and as
//! [`DropReason::RepeatedLine`] when, after collapsing whitespace, it repeats an earlier kept line.

use std::borrow::Cow;
use std::ops::Range;

use rustc_hash::FxHashSet;
use serde::Serialize;

/// Why cleaning dropped a line.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
pub enum DropReason {
    /// The line repeats an earlier line of the same article.
    RepeatedLine,
    /// Site furniture ("READ MORE", "Advertisement", pagers …) or a metadata header line.
    Boilerplate,
}

/// How a [`BOILERPLATE`] entry matches a line.
#[derive(Clone, Copy, Debug)]
enum Match {
    /// The entry is the whole line, ignoring case, whitespace and surrounding punctuation or arrows
    /// (`READ MORE »`, `— Advertisement —`, `Loading...`).
    WholeLine(&'static str),
    /// The line starts with the entry, ignoring case (`Read more: Taliban take …`).
    Start(&'static str),
}

/// Site furniture that scrapers leave in article text. Entries are lower-case; to extend the list,
/// add a line here. A real sentence merely containing these words ("Read more about the dam in
/// our report.") never matches a `WholeLine` entry; `Start` entries end with a colon or are
/// phrases no news sentence begins with.
const BOILERPLATE: &[Match] = &[
    Match::WholeLine("read more"),
    Match::WholeLine("continue reading"),
    Match::WholeLine("show more"),
    Match::WholeLine("see more"),
    Match::WholeLine("advertisement"),
    Match::WholeLine("advert"),
    Match::WholeLine("sponsored"),
    Match::WholeLine("most read"),
    Match::WholeLine("most popular"),
    Match::WholeLine("trending"),
    Match::WholeLine("share"),
    Match::WholeLine("share this"),
    Match::WholeLine("share this story"),
    Match::WholeLine("share on facebook"),
    Match::WholeLine("share on twitter"),
    Match::WholeLine("tweet"),
    Match::WholeLine("email"),
    Match::WholeLine("print"),
    Match::WholeLine("sign up"),
    Match::WholeLine("subscribe"),
    Match::WholeLine("subscribe now"),
    Match::WholeLine("newsletter"),
    Match::WholeLine("skip to content"),
    Match::WholeLine("skip to main content"),
    Match::WholeLine("related"),
    Match::WholeLine("related articles"),
    Match::WholeLine("related stories"),
    Match::WholeLine("click here"),
    Match::WholeLine("comments"),
    Match::WholeLine("back to top"),
    Match::WholeLine("loading"),
    Match::WholeLine("follow us"),
    Match::WholeLine("menu"),
    Match::Start("read more:"),
    Match::Start("share this article"),
    Match::Start("also read:"),
    Match::Start("read also:"),
    Match::Start("see also:"),
    Match::Start("related:"),
    Match::Start("most read in "),
    Match::Start("we use cookies"),
    Match::Start("this website uses cookies"),
    Match::Start("this site uses cookies"),
];

/// Words that, with page numbers, make up a pager line such as `PREV 1 2 3 NEXT`.
const PAGER_WORDS: &[&str] = &["prev", "previous", "next", "first", "last", "page", "of"];

/// Kept line ranges and dropped line ranges with reasons, both in text order.
pub(super) type Cleaned = (Vec<Range<usize>>, Vec<(Range<usize>, DropReason)>);

/// Sorts the lines of `text` into kept and dropped. `metadata_lines` are trimmed line ranges that
/// hold metadata; they are dropped as boilerplate.
pub(super) fn clean_lines(text: &str, metadata_lines: &[Range<usize>]) -> Cleaned {
    let mut kept = Vec::new();
    let mut dropped = Vec::new();
    let mut seen: FxHashSet<Cow<str>> = FxHashSet::default();
    for (offset, line) in lines_with_offsets(text) {
        let Some(range) = trimmed_range(offset, line) else {
            continue;
        };
        let line = &text[range.clone()];
        if metadata_lines.contains(&range) || is_boilerplate(line) {
            dropped.push((range, DropReason::Boilerplate));
        } else if !seen.insert(spaced(line)) {
            dropped.push((range, DropReason::RepeatedLine));
        } else {
            kept.push(range);
        }
    }
    (kept, dropped)
}

/// `line` (trimmed) with its words spaced by one space each: a copy only when they are not.
fn spaced(line: &str) -> Cow<'_, str> {
    let mut last_space = false;
    let regular = line.chars().all(|c| {
        let ok = !c.is_whitespace() || (c == ' ' && !last_space);
        last_space = c == ' ';
        ok
    });
    match regular {
        true => Cow::Borrowed(line),
        false => Cow::Owned(line.split_whitespace().collect::<Vec<_>>().join(" ")),
    }
}

/// Each line of `text` (split at `\n`, so a `\r` may end it) with the byte offset where it starts.
pub(super) fn lines_with_offsets(text: &str) -> impl Iterator<Item = (usize, &str)> {
    text.split('\n').scan(0, |offset, line| {
        let start = *offset;
        *offset += line.len() + 1;
        Some((start, line))
    })
}

/// The range of `line`, which starts at `offset`, without surrounding whitespace; `None` if blank.
pub(super) fn trimmed_range(offset: usize, line: &str) -> Option<Range<usize>> {
    let trimmed = line.trim();
    let start = offset + (line.len() - line.trim_start().len());
    (!trimmed.is_empty()).then(|| start..start + trimmed.len())
}

/// Whether `line` (already trimmed) is site furniture: see [`BOILERPLATE`] and [`PAGER_WORDS`].
fn is_boilerplate(line: &str) -> bool {
    let lower = line.to_lowercase();
    let spaced = spaced(&lower);
    let from_first_letter = spaced.trim_start_matches(|c: char| !c.is_alphanumeric());
    let core = from_first_letter.trim_end_matches(|c: char| !c.is_alphanumeric());
    let is_listed = BOILERPLATE.iter().any(|entry| match entry {
        Match::WholeLine(phrase) => core == *phrase,
        Match::Start(phrase) => from_first_letter.starts_with(phrase),
    });
    is_listed || is_pager(lower.split_whitespace())
}

/// `PREV 1 NEXT`, `« Previous 1 2 3 Next »`, `Page 2 of 5`: only pager words, numbers and arrows,
/// with at least one pager word.
fn is_pager<'a>(words: impl Iterator<Item = &'a str>) -> bool {
    let mut has_pager_word = false;
    for word in words {
        let word = word.trim_matches(|c: char| !c.is_alphanumeric());
        if PAGER_WORDS.contains(&word) {
            has_pager_word = true;
        } else if !word.bytes().all(|byte| byte.is_ascii_digit()) {
            return false;
        }
    }
    has_pager_word
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kept_lines(text: &str) -> Vec<&str> {
        clean_lines(text, &[])
            .0
            .into_iter()
            .map(|range| &text[range])
            .collect()
    }

    #[test]
    fn a_line_is_spaced_as_its_words_joined_by_one_space() {
        for line in [
            "a b c",
            "a  b",
            "a\tb",
            "a\u{a0}b",
            "one",
            "é à",
            "x \u{2003} y",
        ] {
            let joined = line.split_whitespace().collect::<Vec<_>>().join(" ");
            assert_eq!(spaced(line), joined, "{line:?}");
        }
        assert!(matches!(spaced("a b"), Cow::Borrowed(_)));
    }

    #[test]
    fn drops_repeated_lines_but_keeps_the_first() {
        let text =
            "Title here\nTitle here\n  Title   here \nA caption.\nBody text.\n\nA caption.\n";
        let (kept, dropped) = clean_lines(text, &[]);
        let kept: Vec<&str> = kept.into_iter().map(|range| &text[range]).collect();
        assert_eq!(kept, ["Title here", "A caption.", "Body text."]);
        assert_eq!(dropped.len(), 3);
        assert!(
            dropped
                .iter()
                .all(|(_, reason)| *reason == DropReason::RepeatedLine)
        );
        assert_eq!(&text[dropped[1].0.clone()], "Title   here");
    }

    #[test]
    fn drops_boilerplate_but_not_sentences_using_its_words() {
        let text = "READ MORE\nRead more: Floods in Herat\nRead more »\n— Advertisement —\nPREV 1 2 NEXT\n\
            Loading...\nMost Read in News\nWe use cookies to improve your experience.\nShare\n\
            Read more about the dam in our report.\nShare prices fell in Kabul.\nNext week the talks resume.";
        assert_eq!(
            kept_lines(text),
            [
                "Read more about the dam in our report.",
                "Share prices fell in Kabul.",
                "Next week the talks resume."
            ]
        );
    }

    #[test]
    fn offsets_are_exact_with_crlf_and_indentation() {
        let text = "  First line \r\n\r\n\tSecond line\r\nmetadata line\nThird";
        let start = text.find("metadata").unwrap_or_default();
        let metadata = start..start + "metadata line".len();
        let (kept, dropped) = clean_lines(text, std::slice::from_ref(&metadata));
        let kept: Vec<&str> = kept.into_iter().map(|range| &text[range]).collect();
        assert_eq!(kept, ["First line", "Second line", "Third"]);
        assert_eq!(dropped, [(metadata, DropReason::Boilerplate)]);
    }
}

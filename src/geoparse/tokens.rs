//! Splits a line of text into word and punctuation tokens with byte offsets.
//!
//! Words keep internal apostrophes ("Qal'ah") and the dots of dotted abbreviations ("U.S.",
//! "W.Va."); hyphens split words ("Qala-i-Naw" is three tokens) but are remembered, so that
//! a name can span them.

use compact_str::CompactString;
use rustc_hash::FxHashMap;

use crate::text::to_lower;

/// One token of a line.
#[derive(Clone, Debug, PartialEq)]
pub(super) struct Token {
    /// Byte offset of the first character, in the line's text.
    pub start: usize,
    /// Byte offset after the last character.
    pub end: usize,
    /// A word (letters, digits) rather than punctuation.
    pub is_word: bool,
    /// The first character is an upper-case letter.
    pub capitalised: bool,
    /// Every letter is upper case (and there are at least two).
    pub all_caps: bool,
    /// The token opens a sentence (first of the line, or after `.`, `!`, `?`, `:` or a quote
    /// that follows one).
    pub sentence_start: bool,
    /// Only a hyphen separates it from the previous token.
    pub after_hyphen: bool,
    /// Only spaces (or nothing) separate it from the previous token.
    pub after_space: bool,
}

/// Tokenises `line`.
pub(super) fn tokenise(line: &str) -> Vec<Token> {
    let bytes = line.as_bytes();
    let mut tokens: Vec<Token> = Vec::with_capacity(line.len() / 5);
    let mut sentence_start = true;
    let mut i = 0;
    let mut gap_start = 0;
    while i < line.len() {
        let c = char_at(line, i);
        let c_len = c.len_utf8();
        if c.is_whitespace() {
            i += c_len;
            continue;
        }
        // A hyphen between two words is a gap, not a token: "Qala-i-Naw"; so is the mark of
        // an ayn that opens the word after an article's hyphen: "Ras al-'Ain".
        let after_a_letter = || {
            line[..i]
                .chars()
                .next_back()
                .is_some_and(char::is_alphanumeric)
        };
        if matches!(c, '-' | '\u{2010}' | '\u{2011}')
            && i > 0
            && after_a_letter()
            && (next_is_letter(line, i + c_len) || opens_with_an_ayn(&line[i + c_len..]))
        {
            i += c_len;
            continue;
        }
        if is_an_ayn_mark(c)
            && line[gap_start..i].ends_with(['-', '\u{2010}', '\u{2011}'])
            && next_is_letter(line, i + c_len)
        {
            i += c_len;
            continue;
        }
        let gap = &line[gap_start..i];
        let hyphen = |gap: &str| matches!(gap, "-" | "\u{2010}" | "\u{2011}");
        let after_hyphen =
            hyphen(gap) || (gap.len() > 1 && gap.strip_suffix(is_an_ayn_mark).is_some_and(hyphen));
        let after_space = gap == " " || gap.chars().all(char::is_whitespace);
        if c.is_alphanumeric() {
            let start = i;
            let mut end = i + c_len;
            let mut letters_since_dot: usize = 1;
            let mut has_inner_dot = false;
            while end < line.len() {
                // ASCII letters and digits, nearly all of an English word, a run at a time.
                let run = (bytes[end..].iter())
                    .take_while(|b| b.is_ascii_alphanumeric())
                    .count();
                if run > 0 {
                    end += run;
                    letters_since_dot += run;
                    continue;
                }
                let d = char_at(line, end);
                if d.is_alphanumeric() {
                    end += d.len_utf8();
                    letters_since_dot += 1;
                } else if is_an_ayn_mark(d)
                    && next_is_letter(line, end + d.len_utf8())
                    && !followed_by_clitic(&line[start..end], line, end + d.len_utf8())
                    && !elides_before_a_name(line, start, end, d.len_utf8())
                {
                    end += d.len_utf8();
                } else if is_an_ayn_mark(d)
                    && (c.is_uppercase() || after_hyphen)
                    && ends_with_an_ayn_in_a_name(line, start, end, d.len_utf8())
                {
                    // "As-Sab' Biyar": the ayn that ends a word of a name is part of it.
                    end += d.len_utf8();
                    break;
                } else if d == '.'
                    && letters_since_dot <= 3
                    && next_is_letter(line, end + 1)
                    && is_abbreviation_piece(&line[start..end])
                {
                    end += 1;
                    letters_since_dot = 0;
                    has_inner_dot = true;
                } else {
                    break;
                }
            }
            if has_inner_dot && bytes.get(end) == Some(&b'.') {
                end += 1;
            }
            tokens.push(Token {
                start,
                end,
                is_word: true,
                capitalised: c.is_uppercase(),
                all_caps: is_all_caps(&line[start..end]),
                sentence_start,
                after_hyphen,
                after_space,
            });
            sentence_start = false;
            i = end;
        } else {
            let is_stop = matches!(c, '.' | '!' | '?' | ':' | ';' | '\u{2022}' | '|');
            let opens_quote = matches!(c, '"' | '\'' | '\u{201C}' | '\u{2018}' | '(' | '[');
            tokens.push(Token {
                start: i,
                end: i + c_len,
                is_word: false,
                capitalised: false,
                all_caps: false,
                sentence_start: false,
                after_hyphen: false,
                after_space,
            });
            if is_stop {
                sentence_start = true;
            } else if !opens_quote {
                let dash = matches!(c, '-' | '\u{2014}' | '\u{2013}');
                // "0640 hrs — Patrol leaves the post": a log's entry opens after its time.
                sentence_start = dash
                    && (sentence_start || (tokens.len() <= 6 && only_a_time_stamp(&line[..i])));
            }
            i += c_len;
        }
        gap_start = i;
    }
    tokens
}

/// Whether `head` (a line's opening) is only a time of day ("0640 hrs", "08:15",
/// "0800–1030 hrs").
fn only_a_time_stamp(head: &str) -> bool {
    let time_word = |w: &str| {
        w.chars()
            .all(|c| c.is_ascii_digit() || matches!(c, ':' | '.' | '-' | '\u{2013}'))
            || ["hrs", "hr", "h", "am", "pm", "gmt", "utc"]
                .contains(&w.to_ascii_lowercase().as_str())
    };
    head.bytes().any(|b| b.is_ascii_digit()) && head.split_whitespace().all(time_word)
}

/// Apostrophes, and the left quotation mark, as transliterations write an ayn or a hamza
/// ("Qal'ah", "Ma\u{2018}arrat", "Sab' Biyar").
fn is_an_ayn_mark(c: char) -> bool {
    matches!(c, '\'' | '\u{2019}' | '\u{2018}')
}

/// Whether `rest` opens with an ayn's mark and a letter ("'Ain" of "al-'Ain").
fn opens_with_an_ayn(rest: &str) -> bool {
    let mut chars = rest.chars();
    chars.next().is_some_and(is_an_ayn_mark) && chars.next().is_some_and(char::is_alphabetic)
}

/// Whether the mark after the capitalised word `line[start..end]` is an ayn that ends it
/// inside a name ("Sab' Biyar"): a capitalised word follows after one space, and it is no
/// plural's possessive ("the Rangers' Kabul office") nor the close of a quotation the line
/// opened ("the 'Wagner' Group").
fn ends_with_an_ayn_in_a_name(line: &str, start: usize, end: usize, mark_len: usize) -> bool {
    let next_is_a_name = (line[end + mark_len..].strip_prefix(' '))
        .and_then(|rest| rest.chars().next())
        .is_some_and(char::is_uppercase);
    // (A quotation opened within the last words, read back a bounded stretch.)
    let before = crate::text::tail(&line[..start], 160);
    let mut previous = None;
    let opens_a_quote = before.chars().any(|c| {
        let opens = is_an_ayn_mark(c)
            && previous.is_none_or(|p: char| p.is_whitespace() || matches!(p, '(' | '[' | '"'));
        previous = Some(c);
        opens
    });
    next_is_a_name && !line[..end].ends_with(['s', 'S']) && !opens_a_quote
}

/// Whether the word `line[start..end]` is a French article or preposition elided before a
/// name after the apostrophe at `end` ("District d'Ankazobe", "l'Ouest"): the name is a word
/// of its own.
fn elides_before_a_name(line: &str, start: usize, end: usize, apostrophe_len: usize) -> bool {
    matches!(&line[start..end], "d" | "l")
        && line[end + apostrophe_len..]
            .chars()
            .next()
            .is_some_and(char::is_uppercase)
}

/// Whether every letter of `word` is upper case, and there are two or more.
fn is_all_caps(word: &str) -> bool {
    // An ASCII word, byte by byte: most have a small letter among their first.
    let mut letters = 0;
    for &b in word.as_bytes() {
        if !b.is_ascii() {
            let mut letters = word.chars().filter(|c| c.is_alphabetic());
            return letters.clone().count() >= 2 && letters.all(char::is_uppercase);
        }
        if b.is_ascii_lowercase() {
            return false;
        }
        letters += usize::from(b.is_ascii_alphabetic());
    }
    letters >= 2
}

/// A line with its tokens, each also in lower case.
pub(super) struct Words<'a> {
    /// The line's text.
    pub line: &'a str,
    /// Its tokens.
    pub tokens: Vec<Token>,
    lowered: LowerCase,
}

impl<'a> Words<'a> {
    /// Tokenises `line` and lowers it once.
    pub fn new(line: &'a str) -> Self {
        let tokens = tokenise(line);
        let lowered = LowerCase::of(line, &tokens);
        Self {
            line,
            tokens,
            lowered,
        }
    }

    /// The lower case of `token`, one of the line's.
    pub fn lower(&self, token: &Token) -> &str {
        self.lowered.token(token)
    }

    /// The lower case of the `i`th token, when it is a word.
    pub fn lower_word(&self, i: usize) -> Option<&str> {
        (self.tokens.get(i))
            .filter(|t| t.is_word)
            .map(|t| self.lowered.token(t))
    }
}

/// A line's tokens in lower case, lowered once for all the checks that read them.
enum LowerCase {
    /// The line lowered character by character, each character keeping its byte length, so
    /// that a token's offsets slice it.
    Aligned(String),
    /// Each token's lower case by its start, for the rare line where lowering changes a
    /// character's length (or depends on its neighbours, as a final sigma does).
    ByWord(FxHashMap<usize, CompactString>),
}

impl LowerCase {
    /// The lower case of `tokens`' words in `line`, as [`to_lower`] gives each.
    fn of(line: &str, tokens: &[Token]) -> Self {
        let by_word = || {
            let lower = |t: &Token| (t.start, to_lower(&line[t.start..t.end]));
            Self::ByWord(tokens.iter().map(lower).collect())
        };
        let mut lowered = line.as_bytes().to_ascii_lowercase();
        // Only the characters beyond ASCII, found by a byte search, are decoded.
        let mut at = 0;
        while let Some(found) = lowered[at..].iter().position(|b| !b.is_ascii()) {
            at += found;
            let Some(c) = line[at..].chars().next() else {
                break;
            };
            let mut lower = c.to_lowercase();
            match (lower.next(), lower.next()) {
                (Some(l), None) if l.len_utf8() == c.len_utf8() && c != '\u{3A3}' => {
                    l.encode_utf8(&mut lowered[at..at + c.len_utf8()]);
                }
                _ => return by_word(),
            }
            at += c.len_utf8();
        }
        String::from_utf8(lowered).map_or_else(|_| by_word(), Self::Aligned)
    }

    fn token(&self, token: &Token) -> &str {
        match self {
            Self::Aligned(lowered) => &lowered[token.start..token.end],
            Self::ByWord(words) => words.get(&token.start).map_or("", CompactString::as_str),
        }
    }
}

fn char_at(text: &str, i: usize) -> char {
    match text.as_bytes().get(i) {
        Some(&b) if b.is_ascii() => char::from(b),
        _ => text[i..].chars().next().unwrap_or(' '),
    }
}

fn next_is_letter(text: &str, i: usize) -> bool {
    match text.as_bytes().get(i) {
        Some(&b) if b.is_ascii() => b.is_ascii_alphabetic(),
        _ => text
            .get(i..)
            .and_then(|t| t.chars().next())
            .is_some_and(char::is_alphabetic),
    }
}

/// "Kabul's" keeps its name apart from the possessive, and "we're" from its verb; `word`, the
/// word before the apostrophe, keeps a "d" after a name ("Hisn Bani Sa'd"), not after "I".
fn followed_by_clitic(word: &str, text: &str, i: usize) -> bool {
    let rest = text.get(i..).unwrap_or("");
    let name_before = word.len() >= 2 && word.starts_with(char::is_uppercase);
    [
        "s", "re", "ve", "ll", "d", "m", "t", "S", "RE", "VE", "LL", "D", "M", "T",
    ]
    .iter()
    .filter(|clitic| !(name_before && ["d", "D"].contains(clitic)))
    .any(|clitic| {
        rest.starts_with(clitic)
            && !rest[clitic.len()..]
                .chars()
                .next()
                .is_some_and(char::is_alphanumeric)
    })
}

/// A piece before an inner dot of an abbreviation: one to three letters, first upper case.
fn is_abbreviation_piece(word: &str) -> bool {
    let piece = word.rsplit('.').next().unwrap_or(word);
    piece.chars().next().is_some_and(char::is_uppercase) && piece.chars().all(char::is_alphabetic)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(line: &str) -> Vec<&str> {
        tokenise(line)
            .into_iter()
            .filter(|t| t.is_word)
            .map(|t| &line[t.start..t.end])
            .collect()
    }

    #[test]
    fn dotted_abbreviations_stay_whole() {
        assert_eq!(
            words("The U.S. left W.Va. today."),
            ["The", "U.S.", "left", "W.Va.", "today"]
        );
        assert_eq!(words("in St. Louis"), ["in", "St", "Louis"]);
    }

    #[test]
    fn capitals_of_two_letters_or_more_are_all_caps() {
        let caps = |line: &str| {
            tokenise(line)
                .iter()
                .map(|t| t.all_caps)
                .collect::<Vec<_>>()
        };
        assert_eq!(
            caps("KABUL Kabul US A İSTANBUL İstanbul 12"),
            [true, false, true, false, true, false, false]
        );
    }

    #[test]
    fn hyphens_split_but_are_remembered() {
        let line = "Qala-i-Naw fell";
        let tokens = tokenise(line);
        let words: Vec<&Token> = tokens.iter().filter(|t| t.is_word).collect();
        assert_eq!(&line[words[1].start..words[1].end], "i");
        assert!(words[1].after_hyphen && words[2].after_hyphen && !words[3].after_hyphen);
    }

    #[test]
    fn apostrophes_inside_names_and_possessives() {
        assert_eq!(words("Qal'ah-ye Now"), ["Qal'ah", "ye", "Now"]);
        assert_eq!(words("Kabul's airport"), ["Kabul", "s", "airport"]);
        assert_eq!(words("We're in O'Fallon"), ["We", "re", "in", "O'Fallon"]);
        // A French "d'" or "l'" elided before a name leaves the name a word of its own.
        assert_eq!(words("District d'Ankazobe"), ["District", "d", "Ankazobe"]);
        assert_eq!(
            words("Hisn Bani Sa'd, I'd"),
            ["Hisn", "Bani", "Sa'd", "I", "d"]
        );
        assert_eq!(words("l\u{2019}Ouest, d'abord"), ["l", "Ouest", "d'abord"]);
    }

    #[test]
    fn an_ayn_opening_or_ending_a_word_of_a_name_is_part_of_it() {
        assert_eq!(words("Ras al-'Ain fell"), ["Ras", "al", "Ain", "fell"]);
        let line = "Ras al-\u{2018}Ayn";
        let tokens = tokenise(line);
        assert!(tokens.iter().all(|t| t.is_word), "the mark is no token");
        assert!(tokens[2].after_hyphen);
        assert_eq!(
            words("north of As-Sab' Biyar, on"),
            ["north", "of", "As", "Sab'", "Biyar", "on"]
        );
        assert_eq!(words("Qal\u{2018}ah"), ["Qal\u{2018}ah"]);
        // Not a plural's possessive, a quotation's close, or a mark before a small letter.
        assert_eq!(words("the Rangers' Kabul"), ["the", "Rangers", "Kabul"]);
        assert_eq!(words("the 'Wagner' Group"), ["the", "Wagner", "Group"]);
        assert_eq!(
            words("at Tall Abu Sab' on"),
            ["at", "Tall", "Abu", "Sab", "on"]
        );
    }

    #[test]
    fn sentence_starts() {
        let line = "Fighting went on. \"Taliban took it,\" he said. In Kabul";
        let starts: Vec<&str> = tokenise(line)
            .into_iter()
            .filter(|t| t.sentence_start && t.is_word)
            .map(|t| &line[t.start..t.end])
            .collect();
        assert_eq!(starts, ["Fighting", "Taliban", "In"]);
    }

    #[test]
    fn a_line_is_lowered_once_as_each_word_would_be() {
        // "İ" lowers to two characters, a final "Σ" by its neighbours: word by word.
        for line in [
            "Kabul’s KUNDUZ, Qal‘ah",
            "İzmir and ΟΔΟΣ",
            "Ärzte in AŞGABAT",
        ] {
            let words = Words::new(line);
            for t in &words.tokens {
                assert_eq!(words.lower(t), to_lower(&line[t.start..t.end]).as_str());
            }
        }
    }

    proptest::proptest! {
        #[test]
        fn any_line_lowers_as_its_words(line in "\\PC{0,40}") {
            let words = Words::new(&line);
            for t in &words.tokens {
                let each = to_lower(&line[t.start..t.end]);
                proptest::prop_assert_eq!(words.lower(t), each.as_str());
            }
        }
    }
}

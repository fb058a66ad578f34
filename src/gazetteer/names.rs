//! Name keys: how a place name is folded so that spellings of one name meet.
//!
//! A key is the name transliterated to ASCII, lower-cased, with apostrophes removed, every
//! other non-alphanumeric run made a word break, and the Persian/Dari linking syllables
//! (`-i-`, `-e-`, `-ye-`) and the Arabic article in all its spellings (`al-`, `el-`, `ash-`,
//! `an-`, `ez-`…) dropped between words; the words are then joined without spaces. So
//! "Qala-i-Naw", "Qala-e Naw" and "Qala Naw" share the key `qalanaw`, "Lashkar Gah" and
//! "Lashkargah" share `lashkargah`, and "Jisr al-Shughur", "Jisr ash-Shughur" and "Jisr as
//! Shughur" share `jisrshughur`.
//! Misspellings beyond that ("Lashkah Gar") are left to the edit-distance search in
//! [`super::index`].

/// Words that link two parts of a Persian or Dari name ("Qala-i-Naw", "Pul-e-Khumri",
/// "Qal'ah-ye Now", "Dar-ul-Aman"); dropped, like [`ARABIC_ARTICLES`], when they stand between
/// two other words.
const LINKING_WORDS: &[&str] = &["i", "e", "ye", "y", "yi", "ee", "ul"];

/// Spellings of the Persian "pā'īn" (lower) that closes many Afghan names ("Darah-ye Suf-e
/// Pa'in", "Dara-i-Suf-e Payin"), whose hamza is also written "y" or "e"; all fold to "pain".
const LOWER_SPELLINGS: &[&str] = &["payin", "payeen", "paeen", "payen"];

pub use crate::text::ARABIC_ARTICLES;

/// Folds `name` into its lookup key (see the module doc). Returns an empty string for a name
/// with no letters or digits.
pub fn name_key(name: &str) -> String {
    // One plain word, most of what is looked up: its lower case.
    if name.bytes().all(|b| b.is_ascii_alphanumeric()) {
        return name.to_ascii_lowercase();
    }
    let folded = fold_ascii(name);
    let mut key = String::with_capacity(folded.len());
    let mut words = folded.split(' ').filter(|w| !w.is_empty()).peekable();
    let mut is_first = true;
    while let Some(word) = words.next() {
        let is_last = words.peek().is_none();
        let linking = || LINKING_WORDS.contains(&word) || ARABIC_ARTICLES.contains(&word);
        // "Khab wal-Sha'af" is "Khabb wa ash-Sha'af": "and" with the article joined.
        if !is_first && !is_last && ["wal", "wel"].contains(&word) {
            key.push_str("wa");
        } else if !is_first && LOWER_SPELLINGS.contains(&word) {
            key.push_str("pain");
        } else if is_first || is_last || !linking() {
            key.push_str(word);
        }
        is_first = false;
    }
    key
}

/// A short key with its doubled letters made single, the name it may misspell ("kobbo" for
/// Kobo): for keys under six letters, which the edit-distance search leaves alone, when three
/// letters or more are left.
pub fn undoubled_short_key(key: &str) -> Option<String> {
    (key.len() < 6)
        .then(|| undoubled_key(key))
        .flatten()
        .filter(|k| k.len() >= 3)
}

/// `key` with each doubled vowel made single, as Arabic long vowels are often written
/// ("maadan" is "madan", "hisyaa" is "hisya"), if it has one.
pub fn single_long_vowels(key: &str) -> Option<String> {
    let single = with_runs_single(key, |c| matches!(c, 'a' | 'e' | 'i' | 'o' | 'u'));
    (single.len() < key.len()).then_some(single)
}

/// The spellings with single letters that `key` may stand for, at one edit ("kobbo" is Kobo,
/// "maadan" Ma‘dān): [`undoubled_short_key`] and [`single_long_vowels`], once each.
pub fn single_spellings(key: &str) -> Vec<String> {
    let mut spellings: Vec<String> = (undoubled_short_key(key).into_iter())
        .chain(single_long_vowels(key))
        .collect();
    spellings.dedup();
    spellings
}

/// `key` with the French spellings of English sounds written the English way, as French
/// dispatches romanise: "ch" is "sh", "dj" is "j", "ou" is "u" ("chindand" is Shindand,
/// "djalalabad" Jalalabad, "kounar" Kunar); also with "ou" kept, as the gazetteer keeps it
/// in names of the Levant ("kfarchouba" is Kfar Shouba). Each spelling once, none if the
/// key has none of them.
pub fn english_spellings(key: &str) -> Vec<String> {
    let consonants = key.replace("ch", "sh").replace("dj", "j");
    let vowels = consonants.replace("ou", "u");
    let mut spellings = Vec::new();
    for spelling in [consonants, vowels] {
        if spelling != key && !spellings.contains(&spelling) {
            spellings.push(spelling);
        }
    }
    spellings
}

/// `key` with each run of one letter written once ("issa" -> "isa").
pub fn single_letters(key: &str) -> String {
    with_runs_single(key, |_| true)
}

/// `key` with each doubled letter made single ("kobbo" is "kobo"), if it has one.
fn undoubled_key(key: &str) -> Option<String> {
    let undoubled = single_letters(key);
    (undoubled.len() < key.len()).then_some(undoubled)
}

/// `key` with each run of one of the letters `which` holds for written once.
fn with_runs_single(key: &str, which: impl Fn(char) -> bool) -> String {
    let mut out = String::with_capacity(key.len());
    for c in key.chars() {
        if !(which(c) && out.ends_with(c)) {
            out.push(c);
        }
    }
    out
}

/// A looser key for names romanised from Arabic, whose spellings differ in their vowels and
/// doubled letters: the key without a final "h" after a vowel, then without its vowels (and
/// y and w), each run of one letter made one. "Deir Ezzor" and "Dayr az Zawr" meet in
/// `drzr`, "Tal Tamr" and "Tall Tamr" in `tltmr`, "Maarat al-Numan" and "Ma'arrat an-Nu'man"
/// in `mrtnmn`. "dh" and "th", which write one Arabic letter as often as the other, are "d".
pub fn loose_key(key: &str) -> String {
    let is_vowel = |b: u8| matches!(b, b'a' | b'e' | b'i' | b'o' | b'u' | b'y' | b'w');
    let bytes = key.as_bytes();
    let end = match bytes {
        [.., vowel, b'h'] if is_vowel(*vowel) => bytes.len() - 1,
        _ => bytes.len(),
    };
    let mut loose = String::with_capacity(end);
    for (i, &b) in bytes[..end].iter().enumerate() {
        // "Thiban" and "Dhiban": dh and th both write one letter, and so does d.
        let b = match b {
            b't' | b'd' if bytes.get(i + 1) == Some(&b'h') => b'd',
            b'h' if i > 0 && matches!(bytes[i - 1], b't' | b'd') => continue,
            _ => b,
        };
        if !is_vowel(b) && loose.as_bytes().last() != Some(&b) {
            loose.push(char::from(b));
        }
    }
    loose
}

/// A key for names of Ukraine romanised from Russian or Ukrainian, whose spellings differ in
/// their vowels and in the Russian "g" that Ukrainian writes "h": the key with g made h, without
/// its vowels (and y), "zhzh" made "zh". "Chervonogrigoryevka" and "Chervonohryhorivka" meet in
/// `chrvnhrhrvk`, "Malaya Rogan" and "Mala Rohan" in `mlrhn`, "Pervomayskoye" and
/// "Pervomaiske" in `prvmsk`.
pub fn slavic_key(key: &str) -> String {
    let mut slavic = String::with_capacity(key.len());
    for b in key.bytes() {
        match b {
            b'a' | b'e' | b'i' | b'o' | b'u' | b'y' => {}
            b'g' => slavic.push('h'),
            _ => slavic.push(char::from(b)),
        }
    }
    slavic.replace("zhzh", "zh")
}

/// ASCII, lower case, apostrophes and dots removed, other punctuation made spaces.
fn fold_ascii(name: &str) -> String {
    if name.is_ascii() {
        // Byte by byte: every byte is a character.
        let mut folded = Vec::with_capacity(name.len());
        for b in name.bytes().filter(|&b| !is_silent(char::from(b))) {
            folded.push(match b.is_ascii_alphanumeric() {
                true => b.to_ascii_lowercase(),
                false => b' ',
            });
        }
        return String::from_utf8(folded).unwrap_or_default();
    }
    let mut out = String::with_capacity(name.len());
    let push_char = |c: char, out: &mut String| {
        if c.is_ascii_alphanumeric() {
            out.push(c.to_ascii_lowercase());
        } else if is_silent(c) {
        } else {
            out.push(' ');
        }
    };
    for c in name.chars() {
        if c.is_ascii() {
            push_char(c, &mut out);
        } else if is_silent(c) {
        } else if let Some(ascii) = deunicode::deunicode_char(c) {
            for a in ascii.chars() {
                push_char(a, &mut out);
            }
        }
    }
    out
}

/// Characters that vanish from a key: apostrophes of every kind, the ayn/hamza marks of
/// romanised Arabic and Persian, and dots ("U.S." is "us", "St. Louis" is "stlouis").
fn is_silent(c: char) -> bool {
    matches!(
        c,
        '\'' | '`'
            | '.'
            | '\u{2018}'
            | '\u{2019}'
            | '\u{02BB}'
            | '\u{02BC}'
            | '\u{02BE}'
            | '\u{02BF}'
            | '\u{00B4}'
            | '\u{02B9}'
            | '\u{02CC}'
    )
}

/// Levenshtein distance between two keys, or `None` when it exceeds `max`.
///
/// Only the cells within `max` of the diagonal are computed (the others exceed `max`), in
/// two rows on the stack for keys of up to [`SHORT_KEY`] bytes.
pub fn edit_distance_within(a: &str, b: &str, max: usize) -> Option<usize> {
    let (a, b) = (a.as_bytes(), b.as_bytes());
    if a.len().abs_diff(b.len()) > max {
        return None;
    }
    if b.len() < SHORT_KEY {
        let mut rows = [[0usize; SHORT_KEY]; 2];
        let [previous, current] = &mut rows;
        banded_distance(
            a,
            b,
            max,
            &mut previous[..=b.len()],
            &mut current[..=b.len()],
        )
    } else {
        let (mut previous, mut current) = (vec![0; b.len() + 1], vec![0; b.len() + 1]);
        banded_distance(a, b, max, &mut previous, &mut current)
    }
}

/// Keys shorter than this are compared with no allocation.
const SHORT_KEY: usize = 64;

/// See [`edit_distance_within`]; the rows are `b.len() + 1` long.
fn banded_distance<'r>(
    a: &[u8],
    b: &[u8],
    max: usize,
    mut previous: &'r mut [usize],
    mut current: &'r mut [usize],
) -> Option<usize> {
    // Any value over `max` stands for "too far".
    let far = max + 1;
    for (j, cell) in previous.iter_mut().enumerate() {
        *cell = j.min(far);
    }
    for (i, &ca) in a.iter().enumerate() {
        let row = i + 1;
        let low = row.saturating_sub(max).max(1);
        let high = (row + max).min(b.len());
        current[low - 1] = if low == 1 { row.min(far) } else { far };
        let mut row_min = current[low - 1];
        for j in low..=high {
            let substitution = previous[j - 1] + usize::from(ca != b[j - 1]);
            let value = substitution
                .min(previous[j] + 1)
                .min(current[j - 1] + 1)
                .min(far);
            current[j] = value;
            row_min = row_min.min(value);
        }
        if high < b.len() {
            current[high + 1] = far;
        }
        if row_min > max {
            return None;
        }
        std::mem::swap(&mut previous, &mut current);
    }
    let distance = previous[b.len()];
    (distance <= max).then_some(distance)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn transliterations_of_qala_i_naw_share_a_key() {
        let key = name_key("Qala-i-Naw");
        assert_eq!(key, "qalanaw");
        for spelling in [
            "Qala-e-Naw",
            "Qala i Naw",
            "Qala Naw",
            "QALA-I-NAW",
            "Qala‑e Naw",
        ] {
            assert_eq!(name_key(spelling), key, "{spelling}");
        }
        assert_eq!(name_key("Qal'ah-ye Now"), "qalahnow");
    }

    #[test]
    fn diacritics_apostrophes_and_dots_fold() {
        assert_eq!(name_key("Tāloqān"), "taloqan");
        assert_eq!(name_key("Mazār-e Sharīf"), "mazarsharif");
        assert_eq!(name_key("U.S."), "us");
        assert_eq!(name_key("St. Louis"), "stlouis");
        assert_eq!(name_key("Lashkar Gah"), name_key("Lashkargah"));
        assert_eq!(name_key("Zürich"), "zurich");
        assert_eq!(name_key("--"), "");
    }

    #[test]
    fn spellings_of_the_arabic_article_and_doubled_letters_share_a_key() {
        let key = name_key("Jisr al-Shughur");
        for spelling in ["Jisr ash-Shughur", "Jisr as Shughur", "Jisr el-Shughur"] {
            assert_eq!(name_key(spelling), key, "{spelling}");
        }
        assert_eq!(name_key("Ma'arrat an-Nu'man"), name_key("Maarrat al-Numan"));
        assert_eq!(name_key("Deir ez-Zor"), name_key("Deir-el-Zor"));
        // Persian "lower", however its hamza is written.
        assert_eq!(
            name_key("Dara-i-Suf-e Payin"),
            name_key("Dara-i-Suf-e Pa'in")
        );
        assert_eq!(name_key("Kohistan-e Payeen"), "kohistanpain");
        // "wal-" is "and" with the article joined: "wa al-", "wa ash-".
        assert_eq!(
            name_key("Khabb wal-Sha'af"),
            name_key("Khabb wa ash Sha'af")
        );
        // At the start the article stays: "El Salvador" is not Salvador.
        assert_ne!(name_key("El Salvador"), name_key("Salvador"));
    }

    #[test]
    fn arabic_spellings_share_a_loose_key() {
        let loose = |name: &str| loose_key(&name_key(name));
        assert_eq!(loose("Deir Ezzor"), loose("Dayr az Zawr"));
        assert_eq!(loose("Tal Tamr"), loose("Tall Tamr"));
        assert_eq!(loose("Maarat al-Numan"), loose("Ma'arrat an-Nu'man"));
        assert_eq!(loose("Ain al-Arab"), loose("‘Ayn al ‘Arab"));
        assert_eq!(loose("Jableh"), loose("Jablah"));
        assert_eq!(loose("Thiban"), loose("Dhībān"));
        assert_eq!(loose("Dhamar"), loose("Thamar"));
        assert_ne!(loose("Tal Tamr"), loose("Tal Abyad"));
    }

    #[test]
    fn russian_and_ukrainian_spellings_share_a_slavic_key() {
        let slavic = |name: &str| slavic_key(&name_key(name));
        assert_eq!(slavic("Chervonogrigoryevka"), slavic("Chervonohryhorivka"));
        assert_eq!(slavic("Malaya Rogan"), "mlrhn");
        assert_eq!(slavic("Mala Rohan"), "mlrhn");
        assert_eq!(slavic("Pervomayskoye"), slavic("Pervomaiske"));
        assert_eq!(slavic("Zaporozhye"), slavic("Zaporizhzhia"));
        assert_eq!(slavic("Krivoy Rog"), slavic("Kryvyi Rih"));
        assert_ne!(slavic("Malaya Rogan"), slavic("Mala Danylivka"));
    }

    #[test]
    fn a_linking_word_at_either_end_is_kept() {
        assert_eq!(name_key("E Street"), "estreet");
        assert_eq!(name_key("Hai i"), "haii");
    }

    #[test]
    fn a_key_s_doubled_letters_are_made_single() {
        assert_eq!(undoubled_key("kobbo").as_deref(), Some("kobo"));
        assert_eq!(undoubled_key("weldiyya").as_deref(), Some("weldiya"));
        assert_eq!(undoubled_key("kobo"), None);
        assert_eq!(undoubled_short_key("kobbo").as_deref(), Some("kobo"));
        assert_eq!(
            undoubled_short_key("weldiyya"),
            None,
            "long keys are searched otherwise"
        );
        assert_eq!(undoubled_short_key("aab"), None, "too little left");
    }

    #[test]
    fn edit_distance_is_bounded() {
        assert_eq!(edit_distance_within("taluqan", "taloqan", 2), Some(1));
        assert_eq!(edit_distance_within("lashkahgar", "lashkargah", 2), Some(2));
        assert_eq!(edit_distance_within("kabul", "kandahar", 2), None);
        assert_eq!(edit_distance_within("", "ab", 2), Some(2));
    }

    /// The full table, for comparison with the banded one.
    fn full_distance(a: &str, b: &str) -> usize {
        let (a, b) = (a.as_bytes(), b.as_bytes());
        let mut previous: Vec<usize> = (0..=b.len()).collect();
        for (i, &ca) in a.iter().enumerate() {
            let mut current = vec![i + 1; b.len() + 1];
            for (j, &cb) in b.iter().enumerate() {
                current[j + 1] = (previous[j] + usize::from(ca != cb))
                    .min(previous[j + 1] + 1)
                    .min(current[j] + 1);
            }
            previous = current;
        }
        previous[b.len()]
    }

    proptest::proptest! {
        #[test]
        fn the_banded_distance_is_the_full_one_within_the_bound(
            a in "[abc]{0,12}",
            b in "[abc]{0,12}",
            long in proptest::bool::ANY,
            max in 0usize..4,
        ) {
            // Keys of 64 bytes or more take the allocating path.
            let (a, b) = if long {
                (format!("{}{a}", "x".repeat(60)), format!("{}{b}", "x".repeat(60)))
            } else {
                (a, b)
            };
            let full = full_distance(&a, &b);
            proptest::prop_assert_eq!(
                edit_distance_within(&a, &b, max),
                (full <= max).then_some(full)
            );
        }
    }
}

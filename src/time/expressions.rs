//! Finds the time expressions of a sentence. The sentence is split into tokens (runs of letters
//! and digits, and single punctuation marks), so "Mayor" never reads as "May". At each token
//! every matcher is tried — explicit dates, weekdays, fixed relative phrases, counted spans
//! ("three days ago") — also after a leading "on"/"in", which then joins the span; the longest
//! match wins and the scan resumes after it.

use rustc_hash::FxHashMap;
use std::borrow::Cow;
use std::ops::Range;
use std::sync::OnceLock;

use chrono::{Datelike, Months, NaiveDate, Weekday};

use super::holidays::Feast;
use super::range::{DateRange, TimePrecision, shift, week_start, weekday_on_or_before};
use super::{TimeKind, TimeMention};

/// Capitalised words that make a weekday or month before them part of a title ("the Sunday
/// Times", "the Saturday Telegraph") rather than a date.
const TITLE_WORDS: &str = "Times Telegraph Mail Express Post Mirror Herald Observer Tribune Star";

const NUMBER_WORDS: &str = "one two three four five six seven eight nine ten eleven twelve";

/// Each first word of a fixed phrase, with the alternatives it starts (their words).
type PhrasesByFirstWord = FxHashMap<&'static str, Vec<(Vec<&'static str>, Phrase)>>;

/// The alternatives of [`PHRASES`] by their first word, so that a word starting none is
/// skipped at once and one that starts some tries only those. Each alternative is kept as its
/// words: "the" starts ten of them, and is read often.
fn phrases_by_first_word() -> &'static PhrasesByFirstWord {
    static BY_FIRST: OnceLock<PhrasesByFirstWord> = OnceLock::new();
    BY_FIRST.get_or_init(|| {
        let mut by_first = PhrasesByFirstWord::default();
        for (phrase, alternatives) in &PHRASES {
            for alternative in alternatives.split('|') {
                let words: Vec<&str> = alternative.split(' ').collect();
                by_first.entry(words[0]).or_default().push((words, *phrase));
            }
        }
        by_first
    })
}

/// Fixed phrases (alternatives separated by `|`) resolved against the publication date.
const PHRASES: [(Phrase, &str); 15] = [
    (Phrase::Yesterday, "yesterday|last night"),
    (Phrase::DayBeforeYesterday, "the day before yesterday"),
    (
        Phrase::Today,
        "today|earlier today|this morning|this afternoon|this evening|tonight",
    ),
    (Phrase::Overnight, "overnight"),
    (Phrase::LastWeek, "last week"),
    (
        Phrase::ThisWeek,
        "this week|earlier this week|earlier in the week",
    ),
    (Phrase::Weekend, "last weekend|the weekend"),
    (
        Phrase::ThisMonth,
        "this month|earlier this month|earlier in the month",
    ),
    (Phrase::LastMonth, "last month"),
    (
        Phrase::ThisYear,
        "this year|earlier this year|earlier in the year",
    ),
    (Phrase::LastYear, "last year"),
    (
        Phrase::Recent(21),
        "recent weeks|the past few weeks|the last few weeks",
    ),
    (
        Phrase::Recent(7),
        "recent days|the past few days|the last few days|the past week",
    ),
    (
        Phrase::Anchored,
        "the next day|the next morning|the following day|the following morning",
    ),
    (
        Phrase::Anchored,
        "the day after|the same day|later that day",
    ),
];

/// What a fixed phrase means, relative to the publication date `p`.
#[derive(Clone, Copy)]
enum Phrase {
    /// The day before `p`.
    Yesterday,
    /// Two days before `p`.
    DayBeforeYesterday,
    /// `p` itself.
    Today,
    /// The day before `p` and `p`, with day precision.
    Overnight,
    /// The Monday–Sunday week before `p`'s week.
    LastWeek,
    /// `p`'s Monday to `p`.
    ThisWeek,
    /// The Saturday and Sunday most recently begun before `p` (up to `p` if published on Sunday).
    Weekend,
    /// The first of `p`'s month to `p`.
    ThisMonth,
    /// The calendar month before `p`'s.
    LastMonth,
    /// January 1 to `p`.
    ThisYear,
    /// The calendar year before `p`'s.
    LastYear,
    /// The given number of days up to `p`, with week precision.
    Recent(i64),
    /// Relative to another event ("the next day"): the week up to `p`, with unknown precision.
    Anchored,
}

impl Phrase {
    fn resolve(self, p: NaiveDate) -> Option<DateRange> {
        use TimePrecision::{Day, Month, Unknown, Week, Year};
        Some(match self {
            Phrase::Yesterday => DateRange::day(shift(p, -1)?),
            Phrase::DayBeforeYesterday => DateRange::day(shift(p, -2)?),
            Phrase::Today => DateRange::day(p),
            Phrase::Overnight => DateRange::days_up_to(p, 2, Day)?,
            Phrase::LastWeek => DateRange::days_up_to(shift(week_start(p)?, -1)?, 7, Week)?,
            Phrase::ThisWeek => DateRange::between(week_start(p)?, p, Week),
            Phrase::Weekend => {
                let saturday = weekday_on_or_before(shift(p, -1)?, Weekday::Sat)?;
                DateRange::between(saturday, shift(saturday, 1)?.min(p), Day)
            }
            Phrase::ThisMonth => DateRange::between(p.with_day(1)?, p, Month),
            Phrase::LastMonth => {
                let previous = p.with_day(1)?.checked_sub_months(Months::new(1))?;
                DateRange::month(previous.year(), previous.month())?
            }
            Phrase::ThisYear => DateRange::between(p.with_ordinal(1)?, p, Year),
            Phrase::LastYear => DateRange::year(p.year() - 1)?,
            Phrase::Recent(days) => DateRange::days_up_to(p, days, Week)?,
            Phrase::Anchored => DateRange::days_up_to(p, 7, Unknown)?,
        })
    }
}

/// How many units a counted span has: "three days ago", or vaguely "a few days ago".
#[derive(Clone, Copy)]
enum Count {
    Exact(i64),
    Vague,
}

struct Token<'a> {
    text: &'a str,
    /// Borrowed when the text is lower case already, as most words are.
    lower: Cow<'a, str>,
    span: Range<usize>,
    /// A unit of time ("days", "week"), read once: [`Scanner::counted`] looks for one ahead of
    /// every token.
    unit: bool,
}

/// A match: the index of the token after it, its dates and its kind.
struct Hit {
    end: usize,
    range: DateRange,
    kind: TimeKind,
}

impl Hit {
    fn explicit(end: usize, range: DateRange) -> Self {
        Self {
            end,
            range,
            kind: TimeKind::Explicit,
        }
    }
}

/// Every time expression of `sentence`, in order, resolved against `published`; expressions
/// that need the publication date are left out when it is `None`. None is marked as a caption.
pub(super) fn scan(sentence: &str, published: Option<NaiveDate>) -> Vec<TimeMention> {
    let scanner = Scanner {
        tokens: tokenize(sentence),
        published,
    };
    let mut mentions = Vec::new();
    let mut at = 0;
    while let Some(first) = scanner.tokens.get(at) {
        let after_preposition = matches!(scanner.word(at), "on" | "in")
            .then(|| scanner.longest(at + 1))
            .flatten();
        let hit = scanner
            .longest(at)
            .into_iter()
            .chain(after_preposition)
            .max_by_key(|hit| hit.end);
        let Some((last, hit)) = hit.and_then(|hit| Some((scanner.tokens.get(hit.end - 1)?, hit)))
        else {
            at += 1;
            continue;
        };
        if scanner.names_a_place(at, hit.end) {
            at = hit.end;
            continue;
        }
        let span = first.span.start..last.span.end;
        let text = sentence[span.clone()].to_owned();
        let (range, kind) = (hit.range, hit.kind);
        mentions.push(TimeMention {
            span,
            text,
            range,
            kind,
            aside: false,
        });
        at = hit.end;
    }
    mentions
}

fn tokenize(sentence: &str) -> Vec<Token<'_>> {
    let token = |span: Range<usize>| {
        let text = &sentence[span.clone()];
        let lower = if !text
            .bytes()
            .any(|b| b.is_ascii_uppercase() || !b.is_ascii())
        {
            Cow::Borrowed(text)
        } else {
            Cow::Owned(text.to_lowercase())
        };
        let unit = time_unit(&lower).is_some();
        Token {
            text,
            lower,
            span,
            unit,
        }
    };
    let mut tokens = Vec::new();
    let mut word_start = None;
    for (at, c) in sentence.char_indices() {
        if c.is_alphanumeric() {
            word_start.get_or_insert(at);
            continue;
        }
        tokens.extend(word_start.take().map(|start| token(start..at)));
        if !c.is_whitespace() {
            tokens.push(token(at..at + c.len_utf8()));
        }
    }
    tokens.extend(word_start.map(|start| token(start..sentence.len())));
    tokens
}

struct Scanner<'a> {
    tokens: Vec<Token<'a>>,
    published: Option<NaiveDate>,
}

impl Scanner<'_> {
    /// The lowercase token at `at`, or "" past the end.
    fn word(&self, at: usize) -> &str {
        self.tokens.get(at).map_or("", |token| token.lower.as_ref())
    }

    /// The token at `at` as written, or "" past the end.
    fn text(&self, at: usize) -> &str {
        self.tokens.get(at).map_or("", |token| token.text)
    }

    /// `at + 1` if the token at `at` is `word`, else `at`: skips an optional word.
    fn skip(&self, at: usize, word: &str) -> usize {
        if self.word(at) == word { at + 1 } else { at }
    }

    /// The index after the lowercase `words` if they start at `at`.
    fn words_end(&self, at: usize, words: &[&str]) -> Option<usize> {
        (words.iter().enumerate())
            .all(|(k, word)| self.word(at + k) == *word)
            .then_some(at + words.len())
    }

    /// Whether the date from `start` to `end` (exclusive) is part of a place's name, as squares,
    /// streets and bridges named after a day are: "Place du 13 Mai", "l'avenue du 26 mars",
    /// "the 6 October Bridge".
    fn names_a_place(&self, start: usize, end: usize) -> bool {
        const FRENCH_PLACES: [&str; 10] = [
            "place",
            "rue",
            "avenue",
            "boulevard",
            "pont",
            "stade",
            "carrefour",
            "quartier",
            "échangeur",
            "lycée",
        ];
        const PLACE_WORDS: [&str; 7] = [
            "Avenue",
            "Street",
            "Square",
            "Bridge",
            "Stadium",
            "Road",
            "Boulevard",
        ];
        let before = |back: usize| start.checked_sub(back).map_or("", |at| self.word(at));
        (before(1) == "du" && FRENCH_PLACES.contains(&before(2)))
            || PLACE_WORDS.contains(&self.text(end))
    }

    fn longest(&self, at: usize) -> Option<Hit> {
        let hits = [
            self.explicit(at),
            self.weekday(at),
            self.relative(at),
            self.counted(at),
        ];
        hits.into_iter().flatten().max_by_key(|hit| hit.end)
    }

    /// A month at `at` ("May" only capitalised: "may" is a verb), and whether it is abbreviated.
    fn month(&self, at: usize) -> Option<(u32, bool)> {
        let word = self.word(at);
        if word == "may" && self.text(at) != "May" {
            return None;
        }
        // "25 Mai-Mai fighters": Congo's militias, not the French May.
        let doubled =
            |hyphen: usize, other: usize| self.text(hyphen) == "-" && self.word(other) == word;
        if word == "mai" && (doubled(at + 1, at + 2) || (at >= 2 && doubled(at - 1, at - 2))) {
            return None;
        }
        // A month's name or its first three letters (what chrono's parser takes), or "sept".
        let (number, name) = match word {
            "jan" | "january" => (1, "january"),
            "feb" | "february" => (2, "february"),
            "mar" | "march" => (3, "march"),
            "apr" | "april" => (4, "april"),
            "may" => (5, "may"),
            "jun" | "june" => (6, "june"),
            "jul" | "july" => (7, "july"),
            "aug" | "august" => (8, "august"),
            "sep" | "sept" | "september" => (9, "september"),
            "oct" | "october" => (10, "october"),
            "nov" | "november" => (11, "november"),
            "dec" | "december" => (12, "december"),
            // The French names, which communiqués and their posts date by ("12 juin 2023").
            "janvier" => (1, "janvier"),
            "février" | "fevrier" => (2, word),
            "mars" => (3, "mars"),
            "avril" => (4, "avril"),
            "mai" => (5, "mai"),
            "juin" => (6, "juin"),
            "juillet" => (7, "juillet"),
            "août" | "aout" => (8, word),
            "septembre" => (9, "septembre"),
            "octobre" => (10, "octobre"),
            "novembre" => (11, "novembre"),
            "décembre" | "decembre" => (12, word),
            _ => return None,
        };
        Some((number, word != name))
    }

    fn starts_title(&self, at: usize) -> bool {
        TITLE_WORDS.split(' ').any(|title| title == self.text(at))
    }

    /// An explicit date, also after a weekday ("Wednesday, July 7").
    fn explicit(&self, at: usize) -> Option<Hit> {
        if weekday_named(self.word(at)).is_some() {
            let hit = self.dated(self.skip(at + 1, ","));
            return hit.filter(|hit| hit.range.precision == TimePrecision::Day);
        }
        self.dated(at)
    }

    fn dated(&self, at: usize) -> Option<Hit> {
        let hits = [
            self.month_first(at),
            self.day_first(at),
            self.iso(at),
            self.joined_day_first(at),
            self.in_period(at),
            self.season(at),
            self.last_month(at),
            self.day_of_the_month(at),
            self.feast(at),
        ];
        hits.into_iter().flatten().max_by_key(|hit| hit.end)
    }

    /// "July 2, 2021", "Jul. 2", "March 2020", "March of 2020".
    /// A day written before the month belongs to [`Self::day_first`], which rejects "31 April".
    fn month_first(&self, at: usize) -> Option<Hit> {
        let (month, _) = self.month(at)?;
        let before = |back: usize| at.checked_sub(back).map_or("", |index| self.word(index));
        if day_number(before(if before(1) == "of" { 2 } else { 1 })).is_some() {
            return None;
        }
        let next = self.skip(at + 1, ".");
        if let Some(day) = day_number(self.word(next)) {
            let year_at = self.skip(next + 1, ",");
            return match year_number(self.word(year_at)) {
                Some(year) => full_date(year, month, day, year_at + 1),
                None => self.yearless_date(month, day, next + 1),
            };
        }
        let year_at = self.skip(next, "of");
        let year = year_number(self.word(year_at))?;
        Some(Hit::explicit(year_at + 1, DateRange::month(year, month)?))
    }

    /// "2 July 2021", "2nd of July", "2 Jul.".
    fn day_first(&self, at: usize) -> Option<Hit> {
        let day = day_number(self.word(at))?;
        let month_at = self.skip(at + 1, "of");
        let (month, _) = self.month(month_at)?;
        let year_at = self.skip(self.skip(month_at + 1, "."), ",");
        match year_number(self.word(year_at)) {
            Some(year) => full_date(year, month, day, year_at + 1),
            None => self.yearless_date(month, day, month_at + 1),
        }
    }

    /// The five tokens from `at` when they are written without spaces ("2021-07-02").
    fn joined_five(&self, at: usize) -> Option<&[Token<'_>; 5]> {
        let five: &[Token; 5] = self.tokens.get(at..at + 5)?.try_into().ok()?;
        (five.windows(2))
            .all(|pair| pair[0].span.end == pair[1].span.start)
            .then_some(five)
    }

    /// "2021-07-02", written without spaces.
    fn iso(&self, at: usize) -> Option<Hit> {
        let [year, dash, month, dash_again, day] = self.joined_five(at)?;
        let dashes = dash.text == "-" && dash_again.text == "-";
        if !dashes || month.text.len() != 2 || day.text.len() != 2 {
            return None;
        }
        let number = |token: &Token| token.text.parse().ok();
        full_date(
            year_number(year.text)?,
            number(month)?,
            number(day)?,
            at + 5,
        )
    }

    /// "02.07.2021", "02-07-2021", "02-Jul-2021" and "23/10/2019", written without spaces, as
    /// monitoring notes date their reports: the day first; also with the year's last two
    /// digits ("13.02.24", "16/05/21"). "07/02/2021", which the United States reads month
    /// first, only with a publication date that one reading fits better (see
    /// [`Self::slash_month`]).
    fn joined_day_first(&self, at: usize) -> Option<Hit> {
        let [day, separator, month, separator_again, year] = self.joined_five(at)?;
        // "4/9/2023", "4.9.2023": a day or a month of one digit only beside a full year.
        let digits = |token: &Token| match token.text.len() {
            2 => true,
            1 => year.text.len() == 4,
            _ => false,
        };
        if separator.text != separator_again.text || !digits(day) {
            return None;
        }
        let number = |token: &Token| token.text.parse::<u32>().ok();
        let slash_year = || year_number(year.text);
        let month = match separator.text {
            "." | "-" if digits(month) => number(month)?,
            "-" => self.month(at + 2)?.0,
            // "23/10/2019".
            "/" if digits(month) && number(day)? > 12 => number(month)?,
            "/" if digits(month) => {
                let year = slash_year()?;
                let (month, day) = self.slash_reading(year, number(day)?, number(month)?)?;
                return full_date(year, month, day, at + 5);
            }
            _ => return None,
        };
        // Two digits: this century's year up to the publication's, else the last century's.
        let short_year = || {
            let digits: i32 = (year.text.len() == 2 && separator.text != "-")
                .then(|| year.text.parse().ok())??;
            let this_year = self.published.map_or(50, |p| p.year() % 100 + 1);
            Some(if digits <= this_year { 2000 } else { 1900 } + digits)
        };
        full_date(
            year_number(year.text).or_else(short_year)?,
            month,
            day_number(day.text)?,
            at + 5,
        )
    }

    /// "12/10/2021" (both numbers 12 or less) read by the publication: the reading on or before
    /// it, the later of two such. Returns (month, day); `None` with no publication date or
    /// neither reading before it.
    fn slash_reading(&self, year: i32, first: u32, second: u32) -> Option<(u32, u32)> {
        let published = self.published?;
        let fits = |month: u32, day: u32| {
            NaiveDate::from_ymd_opt(year, month, day).filter(|date| *date <= published)
        };
        match (fits(second, first), fits(first, second)) {
            (Some(day_first), Some(month_first)) if month_first > day_first => {
                Some((first, second))
            }
            (Some(_), _) => Some((second, first)),
            (None, Some(_)) => Some((first, second)),
            (None, None) => None,
        }
    }

    /// "in 2019", "during March", "in early 2020", "in mid-March 2020", "at the end of March": a
    /// year or a month; "the fighting of 2014": a year.
    fn in_period(&self, at: usize) -> Option<Hit> {
        // "the fighting of 2014": a year after "of" too, after a word of fighting (not "the
        // settlement of 2017", which dates the settlement).
        const FIGHTING: &[&str] = &["fighting", "battle", "battles", "war", "clashes", "siege"];
        let fighting_before = at
            .checked_sub(1)
            .is_some_and(|k| FIGHTING.contains(&self.word(k)));
        if self.word(at) == "of"
            && fighting_before
            && let Some(year) = year_number(self.word(at + 1))
        {
            return Some(Hit::explicit(at + 2, DateRange::year(year)?));
        }
        let opener = self.word(at);
        if !matches!(opener, "in" | "during" | "at" | "towards" | "toward") {
            return None;
        }
        let mut next = at + 1;
        // "at the end of March", "in the middle of 2020", "towards the end of March".
        let part_of = self.word(next) == "the"
            && matches!(
                self.word(next + 1),
                "end" | "beginning" | "start" | "middle"
            )
            && self.word(next + 2) == "of";
        if part_of {
            next += 3;
        } else if !matches!(opener, "in" | "during") {
            return None;
        }
        if matches!(self.word(next), "early" | "mid" | "late") {
            next = self.skip(next + 1, "-");
        }
        if let Some(year) = year_number(self.word(next)) {
            return Some(Hit::explicit(next + 1, DateRange::year(year)?));
        }
        let (month, abbreviated) = self.month(next)?;
        if abbreviated || self.starts_title(next + 1) {
            return None;
        }
        if let Some(year) = year_number(self.word(next + 1)) {
            return Some(Hit::explicit(next + 2, DateRange::month(year, month)?));
        }
        let range = in_publication_year(self.published?, |year| DateRange::month(year, month))?;
        Some(Hit::explicit(next + 1, range))
    }

    /// "in the winter of 2012", "during summer 2019", "in the spring and summer of 2014": the
    /// season's months (the northern seasons; winter runs into the next year), at a year's
    /// precision.
    fn season(&self, at: usize) -> Option<Hit> {
        if !matches!(self.word(at), "in" | "during") {
            return None;
        }
        let mut next = self.skip(at + 1, "the");
        if matches!(self.word(next), "early" | "late") {
            next += 1;
        }
        let months = |word: &str| match word {
            "spring" => Some((3, 5)),
            "summer" => Some((6, 8)),
            "autumn" | "fall" => Some((9, 11)),
            "winter" => Some((12, 14)),
            _ => None,
        };
        let (first, _) = months(self.word(next))?;
        let mut last_season = next;
        // "the spring and summer of 2014".
        if self.word(next + 1) == "and" && months(self.word(next + 2)).is_some() {
            last_season = next + 2;
        }
        let (_, last) = months(self.word(last_season))?;
        let year_at = self.skip(last_season + 1, "of");
        let year = year_number(self.word(year_at))?;
        let month_start = |year: i32, month: u32| {
            NaiveDate::from_ymd_opt(year + (month as i32 - 1) / 12, (month - 1) % 12 + 1, 1)
        };
        let start = month_start(year, first)?;
        let end = month_start(year, last + 1)?.pred_opt()?;
        Some(Hit::explicit(
            year_at + 1,
            DateRange::between(start, end, TimePrecision::Year),
        ))
    }

    /// "last November", "this past April": the latest such month before the publication's.
    fn last_month(&self, at: usize) -> Option<Hit> {
        let next = match (self.word(at), self.word(at + 1)) {
            ("last", _) => at + 1,
            ("this", "past") => at + 2,
            _ => return None,
        };
        let (month, abbreviated) = self.month(next)?;
        if abbreviated || self.starts_title(next + 1) {
            return None;
        }
        let published = self.published?;
        let year = match month < published.month() {
            true => published.year(),
            false => published.year() - 1,
        };
        Some(Hit::explicit(next + 1, DateRange::month(year, month)?))
    }

    /// "in the early hours of the 14th", "on the 3rd,": a day of the month alone, the latest
    /// such day up to the publication. Not before a noun ("the 14th Brigade", "the 10th
    /// anniversary").
    fn day_of_the_month(&self, at: usize) -> Option<Hit> {
        let number = self.word(at + 1);
        if self.word(at) != "the" || number.ends_with(|c: char| c.is_ascii_digit()) {
            return None;
        }
        let day = day_number(number)?;
        let next = self.word(at + 2);
        let ends_phrase = !next.starts_with(char::is_alphabetic)
            || ["when", "as", "and", "at", "in", "after", "before", "while"].contains(&next);
        if !ends_phrase {
            return None;
        }
        let published = self.published?;
        let month_start = published.with_day(1)?;
        let date = match day <= published.day() {
            true => published.with_day(day)?,
            false => month_start
                .checked_sub_months(Months::new(1))?
                .with_day(day)?,
        };
        Some(Hit::explicit(at + 2, DateRange::day(date)))
    }

    /// A feast ("on Eid al-Adha", "during Nowruz", "on Christmas Day") or a day counted from
    /// one ("the second day of Eid", "the eve of Eid al-Fitr", "the day after Tabaski", "the
    /// first day of Ramadan"), in the year written after it, else the last one up to the day
    /// after publication. A feast alone only after "on", "during" or "over" ("ahead of Eid"
    /// is before it); "during" and "over" take all its days.
    fn feast(&self, at: usize) -> Option<Hit> {
        let ordinal = |word: &str| match word {
            "first" | "1st" => Some(0),
            "second" | "2nd" => Some(1),
            "third" | "3rd" => Some(2),
            "fourth" | "4th" => Some(3),
            _ => None,
        };
        let counted_from = [
            (&["the", "eve", "of"][..], -1),
            (&["the", "day", "after"][..], 1),
            (&["the", "day", "before"][..], -1),
        ]
        .into_iter()
        .find_map(|(words, offset)| Some((offset, self.words_end(at, words)?)))
        .or_else(|| {
            let day = ordinal(self.word(at + 1)).filter(|_| self.word(at) == "the")?;
            Some((day, self.words_end(at + 2, &["day", "of"])?))
        });
        let before = at.checked_sub(1).map_or("", |k| self.word(k));
        let (mut offset, name_at) = match counted_from {
            Some(counted) => counted,
            None if matches!(before, "on" | "during" | "over") => (0, at),
            None => return None,
        };
        let (named, mut end) = self.feast_name(name_at)?;
        if named == Some(Feast::Ramadan) && counted_from.is_none() {
            return None;
        }
        // "Christmas Day", "Christmas Eve".
        if named == Some(Feast::Christmas) {
            match self.word(end) {
                "day" => end += 1,
                "eve" if counted_from.is_none() => (offset, end) = (-1, end + 1),
                _ => {}
            }
        }
        let written_year = year_number(self.word(end));
        let (feast, first_day) = match (named, written_year) {
            (Some(feast), Some(year)) => (feast, feast.day_in(year)?),
            (Some(feast), None) => (feast, feast.last_on_or_before(shift(self.published?, 1)?)?),
            (None, _) => Feast::last_eid(shift(self.published?, 1)?)?,
        };
        end += usize::from(written_year.is_some());
        let day = shift(first_day, offset)?;
        let range = match counted_from.is_none() && before != "on" {
            true => DateRange::between(day, shift(day, feast.days() - 1)?, TimePrecision::Week),
            false => DateRange::day(day),
        };
        Some(Hit::explicit(end, range))
    }

    /// The feast named at `at` and the index after its name: `None` for "Eid" alone, which
    /// may be either.
    fn feast_name(&self, at: usize) -> Option<(Option<Feast>, usize)> {
        if self.word(at) != "eid" {
            return Some((Some(Feast::named(self.word(at))?), at + 1));
        }
        // "Eid al-Fitr", "Eid-ul-Adha", "Eid-e-Qurban": an article or a joining vowel first.
        let mut next = at + 1;
        while next < at + 5 && matches!(self.word(next), "-" | "al" | "ul" | "el" | "e" | "i") {
            next += 1;
        }
        Some(match Feast::eid_named(self.word(next)) {
            Some(feast) => (Some(feast), next + 1),
            None => (None, at + 1),
        })
    }

    fn yearless_date(&self, month: u32, day: u32, end: usize) -> Option<Hit> {
        let range = in_publication_year(self.published?, |year| {
            NaiveDate::from_ymd_opt(year, month, day).map(DateRange::day)
        })?;
        Some(Hit::explicit(end, range))
    }

    /// "Friday", "last Friday", "next Friday", "this coming Friday", "early on Thursday",
    /// "late Tuesday", "Wednesday night".
    fn weekday(&self, at: usize) -> Option<Hit> {
        let published = self.published?;
        // The weekday is the latest one on or before publication moved by `offset` days.
        let (offset, name_at) = match self.word(at) {
            "last" | "past" => (-1, at + 1),
            "next" | "coming" => (7, at + 1),
            "this" if self.word(at + 1) == "coming" => (7, at + 2),
            "early" | "late" => (0, self.skip(at + 1, "on")),
            _ => (0, at),
        };
        let weekday = weekday_named(self.word(name_at))?;
        // "every Friday": a habit, no day.
        let every = name_at
            .checked_sub(1)
            .is_some_and(|k| self.word(k) == "every");
        if self.starts_title(name_at + 1) || every {
            return None;
        }
        let part_of_day = ["night", "morning", "afternoon", "evening"];
        let end = name_at + 1 + usize::from(part_of_day.contains(&self.word(name_at + 1)));
        let date = weekday_on_or_before(shift(published, offset)?, weekday)?;
        Some(Hit {
            end,
            range: DateRange::day(date),
            kind: TimeKind::Weekday,
        })
    }

    /// A phrase of [`PHRASES`]; a capitalised "Today" after a word is a name ("USA Today",
    /// "Today Square").
    fn relative(&self, at: usize) -> Option<Hit> {
        let published = self.published?;
        if self.text(at) == "Today"
            && (self.tokens.iter().take(at))
                .any(|token| token.text.starts_with(char::is_alphanumeric))
        {
            return None;
        }
        let (end, phrase) = phrases_by_first_word()
            .get(self.word(at))?
            .iter()
            .filter_map(|(words, phrase)| Some((self.words_end(at, words)?, *phrase)))
            .max_by_key(|(end, _)| *end)?;
        Some(Hit {
            end,
            range: phrase.resolve(published)?,
            kind: TimeKind::Relative,
        })
    }

    /// "three days ago", "days ago", "a week ago", "two months ago"; "days after", "two days
    /// later", "hours earlier" are relative to another event ([`Phrase::Anchored`]).
    fn counted(&self, at: usize) -> Option<Hit> {
        let published = self.published?;
        // The unit is at most three words on ("a couple of days ago"): most words start none.
        if !(at..at + 4).any(|i| self.tokens.get(i).is_some_and(|t| t.unit)) {
            return None;
        }
        let (count, unit_at) = self.count(at);
        let unit = time_unit(self.word(unit_at))?;
        // "before" and "prior" end the phrase ("two days before, …"), or lead to the anchor
        // ("two days before the vote", "a week prior to the talks").
        // "Weeks earlier than planned" compares; "days earlier" says too little to move the
        // anchor's week.
        let next = self.word(unit_at + 2);
        let ends_phrase = !next.starts_with(char::is_alphabetic);
        let counted_back = matches!(count, Count::Exact(_)) && next != "than";
        let range = match self.word(unit_at + 1) {
            "ago" => ago(published, unit, count)?,
            "earlier" if counted_back => earlier_than_anchor(published, unit, count)?,
            "before" | "prior" if counted_back && ends_phrase => {
                earlier_than_anchor(published, unit, count)?
            }
            "earlier" | "prior" | "later" | "after" | "before" => {
                Phrase::Anchored.resolve(published)?
            }
            _ => return None,
        };
        Some(Hit {
            end: unit_at + 2,
            range,
            kind: TimeKind::Relative,
        })
    }

    /// The count at `at` and the index after it; no count at all is vague ("days ago").
    fn count(&self, at: usize) -> (Count, usize) {
        let vague: [&[&str]; 5] = [
            &["a", "few"],
            &["a", "couple", "of"],
            &["few"],
            &["several"],
            &["some"],
        ];
        if let Some(end) = vague.iter().find_map(|words| self.words_end(at, words)) {
            return (Count::Vague, end);
        }
        let word = self.word(at);
        let named = NUMBER_WORDS
            .split(' ')
            .zip(1..)
            .find(|(name, _)| *name == word);
        let exact = match word {
            "a" | "an" => Some(1),
            _ => named
                .map(|(_, number)| number)
                .or_else(|| word.parse::<u16>().ok().map(i64::from)),
        };
        exact.map_or((Count::Vague, at), |number| (Count::Exact(number), at + 1))
    }
}

/// The unit `word` counts ("days" → "day"), if it is one of "N units ago".
pub fn time_unit(word: &str) -> Option<&str> {
    let unit = word.strip_suffix('s').unwrap_or(word);
    matches!(unit, "hour" | "day" | "week" | "month" | "year").then_some(unit)
}

/// "N units ago": days exact; weeks ±1 day; months and years as calendar months and years;
/// hours the day before and the day itself; "days ago" 2–10 days back; "weeks ago" 2–6 weeks.
fn ago(p: NaiveDate, unit: &str, count: Count) -> Option<DateRange> {
    use TimePrecision::{Day, Month, Week};
    match (unit, count) {
        ("hour", _) => DateRange::days_up_to(p, 2, Day),
        ("day", Count::Exact(days)) => Some(DateRange::day(shift(p, -days)?)),
        ("day", Count::Vague) => Some(DateRange::between(shift(p, -10)?, shift(p, -2)?, Week)),
        ("week", Count::Exact(weeks)) => {
            let middle = shift(p, -7 * weeks)?;
            Some(DateRange::between(
                shift(middle, -1)?,
                shift(middle, 1)?,
                Week,
            ))
        }
        ("week", Count::Vague) => Some(DateRange::between(shift(p, -42)?, shift(p, -14)?, Month)),
        ("month", Count::Exact(months)) => {
            let then = p.checked_sub_months(Months::new(u32::try_from(months).ok()?))?;
            DateRange::month(then.year(), then.month())
        }
        ("year", Count::Exact(years)) => DateRange::year(p.year() - i32::try_from(years).ok()?),
        _ => None,
    }
}

/// "Two weeks earlier": that long before another event of the story, which happened in the
/// week up to `p` ([`Phrase::Anchored`]); so as "two weeks ago", a week earlier at most.
fn earlier_than_anchor(p: NaiveDate, unit: &str, count: Count) -> Option<DateRange> {
    let Some(before_publication) = ago(p, unit, count) else {
        return Phrase::Anchored.resolve(p);
    };
    let precision = match before_publication.precision {
        TimePrecision::Day => TimePrecision::Week,
        other => other,
    };
    Some(DateRange::between(
        shift(before_publication.start, -7)?,
        before_publication.end,
        precision,
    ))
}

/// A date written without a year takes the publication year, or the year before when that
/// would put it more than two months after publication ("December 30" in a January article).
fn in_publication_year(
    published: NaiveDate,
    in_year: impl Fn(i32) -> Option<DateRange>,
) -> Option<DateRange> {
    let latest = published.checked_add_months(Months::new(2))?;
    let range = in_year(published.year())?;
    if range.start > latest {
        in_year(published.year() - 1)
    } else {
        Some(range)
    }
}

fn full_date(year: i32, month: u32, day: u32, end: usize) -> Option<Hit> {
    let date = NaiveDate::from_ymd_opt(year, month, day)?;
    Some(Hit::explicit(end, DateRange::day(date)))
}

/// A weekday's full name (chrono also reads "mon", "wed", "sat": not here).
fn weekday_named(word: &str) -> Option<Weekday> {
    // Most words are no weekday: their length or first letter says so before parsing.
    let could_be = (6..=9).contains(&word.len())
        && matches!(word.as_bytes()[0], b'm' | b't' | b'w' | b'f' | b's');
    could_be.then(|| word.parse().ok()).flatten()
}

/// "2", "02", "2nd", "21st": a day of the month.
fn day_number(word: &str) -> Option<u32> {
    // Most words start with a letter: no day.
    if !word.starts_with(|c: char| c.is_ascii_digit()) {
        return None;
    }
    let digits = word.trim_end_matches(|c: char| c.is_ascii_alphabetic());
    let suffix_ok = matches!(&word[digits.len()..], "" | "st" | "nd" | "rd" | "th");
    let short_number =
        (1..=2).contains(&digits.len()) && digits.bytes().all(|b| b.is_ascii_digit());
    let day = digits.parse().ok().filter(|day| (1..=31).contains(day))?;
    (suffix_ok && short_number).then_some(day)
}

/// A four-digit year from 1900 to 2100.
pub fn year_number(word: &str) -> Option<i32> {
    let year = word
        .parse()
        .ok()
        .filter(|year| (1900..=2100).contains(year))?;
    (word.len() == 4).then_some(year)
}

#[cfg(test)]
mod tests;

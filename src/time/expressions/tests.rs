use super::*;

/// A Wednesday.
const JULY_7: Option<NaiveDate> = NaiveDate::from_ymd_opt(2021, 7, 7);
/// The Wednesday after.
const JULY_14: Option<NaiveDate> = NaiveDate::from_ymd_opt(2021, 7, 14);

/// "text = first..last Precision" (one date for a single day).
fn describe(mention: &TimeMention) -> String {
    let DateRange { start, end, .. } = mention.range;
    let days = if start == end {
        start.to_string()
    } else {
        format!("{start}..{end}")
    };
    format!("{} = {days} {:?}", mention.text, mention.range.precision)
}

/// Checks a table of lines "sentence => mentions", the mentions [`describe`]d and joined by
/// "; ", or "-" for none.
fn check(published: Option<NaiveDate>, table: &str) {
    for line in table.lines().map(str::trim).filter(|line| !line.is_empty()) {
        let (sentence, expected) = line.split_once(" => ").expect("a => in each line");
        let mentions = scan(sentence, published);
        assert!(
            mentions
                .iter()
                .all(|mention| sentence[mention.span.clone()] == mention.text)
        );
        let found: Vec<_> = mentions.iter().map(describe).collect();
        let expected: Vec<_> = expected.split("; ").filter(|text| *text != "-").collect();
        assert_eq!(found, expected, "{sentence}");
    }
}

#[test]
fn explicit_dates_with_a_year_resolve_even_undated() {
    check(
        None,
        "
        Arrived on July 2, 2021, they said. => on July 2, 2021 = 2021-07-02 Day
        Arrived on 2 July 2021. => on 2 July 2021 = 2021-07-02 Day
        Arrived Jul. 2, 2021 at dawn. => Jul. 2, 2021 = 2021-07-02 Day
        Arrived on the 2nd of July, 2021. => 2nd of July, 2021 = 2021-07-02 Day
        Families recall the fighting of 2014. => of 2014 = 2014-01-01..2014-12-31 Year
        They came back under the settlement of 2017. => -
        Dated 2021-07-02: arrived. => 2021-07-02 = 2021-07-02 Day
        02.07.2021 - Mali - Gao: arrived. => 02.07.2021 = 2021-07-02 Day
        02-Jul-2021 | Gao: arrived. => 02-Jul-2021 = 2021-07-02 Day
        02-07-2021 | Gao: arrived. => 02-07-2021 = 2021-07-02 Day
        23/10/2019 | Gao: arrived. => 23/10/2019 = 2019-10-23 Day
        Filed 07/02/2021: arrived. => -
        16/05/21 — Ankazobe: raided. => 16/05/21 = 2021-05-16 Day
        13.02.98 - Gao: arrived. => 13.02.98 = 1998-02-13 Day
        Filed 07/02/21: arrived. => -
        On Friday, July 2, 2021, it ended. => On Friday, July 2, 2021 = 2021-07-02 Day
        It began on March 2, 2020. => on March 2, 2020 = 2020-03-02 Day
        Fighting resumed in March 2020. => in March 2020 = 2020-03-01..2020-03-31 Month
        The dam, built in 2015 by a firm, broke. => in 2015 = 2015-01-01..2015-12-31 Year
        Talks stalled in early 2020. => in early 2020 = 2020-01-01..2020-12-31 Year
        Rallies spread in the winter of 2012. => in the winter of 2012 = 2012-12-01..2013-02-28 Year
        Camps grew during summer 2019. => during summer 2019 = 2019-06-01..2019-08-31 Year
        Sieges lasted in the spring and summer of 2014. => in the spring and summer of 2014 = 2014-03-01..2014-08-31 Year
        It rained in the summer. => -
        The 2019 election; 2,000 troops; July 2; in March. => -
    ",
    );
}

#[test]
fn a_slash_date_either_way_round_is_read_by_the_publication() {
    // Published 7 July 2021: 05/07 is 5 July (7 May is earlier); 07/05 also 5 July; 12/10/2020
    // is the later of two past days, 10 December; neither reading of 12/10/2021 is past yet.
    check(
        JULY_7,
        "
        05/07/2021 | Gao: arrived. => 05/07/2021 = 2021-07-05 Day
        07/05/2021 | Gao: arrived. => 07/05/2021 = 2021-07-05 Day
        12/10/2020 | Gao: arrived. => 12/10/2020 = 2020-12-10 Day
        12/10/2021 | Gao: arrived. => -
    ",
    );
}

#[test]
fn impossible_dates_are_rejected() {
    check(
        None,
        "
        On February 30, 2021. => -
        On 2021-02-29 or 2021-13-01. => -
        On 31 April 2020. => -
        On February 29, 2020. => On February 29, 2020 = 2020-02-29 Day
    ",
    );
    check(JULY_7, "On February 29. => -");
}

#[test]
fn yearless_dates_take_the_publication_year_unless_too_far_ahead() {
    check(
        JULY_7,
        "
        Arrived on July 2. => on July 2 = 2021-07-02 Day
        Arrived on 2 July. => on 2 July = 2021-07-02 Day
        Arrived Jul. 2 at dawn. => Jul. 2 = 2021-07-02 Day
        Vote set for September 1. => September 1 = 2021-09-01 Day
        Attack on September 10. => on September 10 = 2020-09-10 Day
        Talks stalled in March. => in March = 2021-03-01..2021-03-31 Month
        Troops withdrew at the end of March. => at the end of March = 2021-03-01..2021-03-31 Month
        Talks began towards the end of March. => towards the end of March = 2021-03-01..2021-03-31 Month
        It ended at the start of 2020. => at the start of 2020 = 2020-01-01..2020-12-31 Year
        They met at the end of the day. => -
        The town fell last November. => last November = 2020-11-01..2020-11-30 Month
        War broke out last April. => last April = 2021-04-01..2021-04-30 Month
        Fighting resumed last July. => last July = 2020-07-01..2020-07-31 Month
        Talks began this past June. => this past June = 2021-06-01..2021-06-30 Month
    ",
    );
    let new_year = NaiveDate::from_ymd_opt(2021, 1, 5);
    check(
        new_year,
        "Attack on December 30. => on December 30 = 2020-12-30 Day",
    );
}

#[test]
fn a_day_of_the_month_alone_is_the_latest_such_day() {
    check(
        JULY_7,
        "
        In the early hours of the 5th, a grenade was thrown. => the 5th = 2021-07-05 Day
        Shelling resumed on the 28th and went on. => on the 28th = 2021-06-28 Day
        The 14th Brigade withdrew. => -
        They marked the 10th anniversary. => -
        It was the 3rd time. => -
        They came the day before yesterday. => the day before yesterday = 2021-07-05 Day
    ",
    );
}

#[test]
fn words_and_titles_are_not_dates() {
    check(
        JULY_7,
        "
        Mayor Jones said rebels may 2 times retreat. => -
        According to the Sunday Times, talks failed. => -
        The Saturday Telegraph and USA Today said so. => -
        Rally in Today Square today. => today = 2021-07-07 Day
        Life in Marchville, at the Junction; sat, wed. => -
        The Sunday Times said on Monday. => on Monday = 2021-07-05 Day
        Marchers reached the Place du 13 Mai on 6 July. => on 6 July = 2021-07-06 Day
        Il a défilé sur l'avenue du 26 mars le 2 juillet. => 2 juillet = 2021-07-02 Day
        Troops closed the 6 October Bridge. => -
        Du 13 mai au 2 juin, rien. => 13 mai = 2021-05-13 Day; 2 juin = 2021-06-02 Day
    ",
    );
}

#[test]
fn weekdays() {
    check(
        JULY_7,
        "
        Police said on Wednesday. => on Wednesday = 2021-07-07 Day
        A bomb went off Friday. => Friday = 2021-07-02 Day
        He left last Friday. => last Friday = 2021-07-02 Day
        He left last Wednesday. => last Wednesday = 2021-06-30 Day
        Polls open next Friday. => next Friday = 2021-07-09 Day
        Cyclists rode every Friday. => -
        Polls open this coming Wednesday. => this coming Wednesday = 2021-07-14 Day
        Shots on Wednesday night. => on Wednesday night = 2021-07-07 Day
        It ended early on Thursday. => early on Thursday = 2021-07-01 Day
        It ended late Tuesday. => late Tuesday = 2021-07-06 Day
    ",
    );
    check(None, "Police said on Wednesday. => -");
}

#[test]
fn phrases_relative_to_publication() {
    check(
        JULY_14,
        "
        Yesterday and last night. => Yesterday = 2021-07-13 Day; last night = 2021-07-13 Day
        Today and tonight. => Today = 2021-07-14 Day; tonight = 2021-07-14 Day
        It fell this morning. => this morning = 2021-07-14 Day
        Clashes overnight. => overnight = 2021-07-13..2021-07-14 Day
        Clashes over the weekend. => the weekend = 2021-07-10..2021-07-11 Day
        Clashes last week. => last week = 2021-07-05..2021-07-11 Week
        Clashes this week. => this week = 2021-07-12..2021-07-14 Week
        Earlier this month. => Earlier this month = 2021-07-01..2021-07-14 Month
        Rallies earlier in the month. => earlier in the month = 2021-07-01..2021-07-14 Month
        Talks earlier in the week. => earlier in the week = 2021-07-12..2021-07-14 Week
        Clashes last month. => last month = 2021-06-01..2021-06-30 Month
        Earlier this year. => Earlier this year = 2021-01-01..2021-07-14 Year
        Clashes last year. => last year = 2020-01-01..2020-12-31 Year
        Clashes in recent weeks. => in recent weeks = 2021-06-24..2021-07-14 Week
        In recent days. => In recent days = 2021-07-08..2021-07-14 Week
        In the past few days. => In the past few days = 2021-07-08..2021-07-14 Week
    ",
    );
    check(None, "Yesterday, overnight and last week. => -");
}

#[test]
fn counted_spans() {
    check(
        JULY_14,
        "
        Clashes three days ago. => three days ago = 2021-07-11 Day
        Clashes days ago. => days ago = 2021-07-04..2021-07-12 Week
        Clashes a week ago. => a week ago = 2021-07-06..2021-07-08 Week
        Clashes two weeks ago. => two weeks ago = 2021-06-29..2021-07-01 Week
        Clashes 2 months ago. => 2 months ago = 2021-05-01..2021-05-31 Month
        Clashes hours ago. => hours ago = 2021-07-13..2021-07-14 Day
        Days after the vote. => Days after = 2021-07-08..2021-07-14 Unknown
        Two days later. => Two days later = 2021-07-08..2021-07-14 Unknown
        The next morning. => The next morning = 2021-07-08..2021-07-14 Unknown
    ",
    );
}

#[test]
fn feasts_and_days_counted_from_them() {
    // Published on Friday 23 July 2021, three days after Eid al-Adha.
    check(
        NaiveDate::from_ymd_opt(2021, 7, 23),
        "
        A bomb went off on the second day of Eid al-Adha. => on the second day of Eid al-Adha = 2021-07-21 Day
        Gunmen struck on Eid. => on Eid = 2021-07-20 Day
        Shelling went on during Eid-ul-Adha. => Eid-ul-Adha = 2021-07-20..2021-07-23 Week
        They met on the eve of Eid al-Fitr 2019. => on the eve of Eid al-Fitr 2019 = 2019-06-03 Day
        Markets filled the day after Tabaski. => the day after Tabaski = 2021-07-21 Day
        Fasting began on the first day of Ramadan. => on the first day of Ramadan = 2021-04-13 Day
        Rallies were held on Nowruz. => on Nowruz = 2021-03-21 Day
        A church was hit on Christmas Eve. => on Christmas Eve = 2020-12-24 Day
        Prices rose ahead of Eid and during Ramadan. => -
    ",
    );
}

#[test]
fn kinds_and_byte_spans() {
    let sentence = "Déjà, à Gao — on 2 July, on Friday and yesterday.";
    let at = |text| sentence.find(text).expect("in the sentence");
    let found: Vec<_> = scan(sentence, JULY_7)
        .into_iter()
        .map(|mention| (mention.span, mention.kind))
        .collect();
    let expected = [
        (at("on 2")..at(", on F"), TimeKind::Explicit),
        (at("on F")..at(" and"), TimeKind::Weekday),
        (at("yes")..sentence.len() - 1, TimeKind::Relative),
    ];
    assert_eq!(found, expected);
}

#[test]
fn congo_s_mai_mai_militias_are_no_month() {
    check(
        JULY_7,
        "
        About 25 Mai-Mai fighters attacked the post. => -
        Le 25 mai, 30 Mai-Mai ont attaqué. => 25 mai = 2021-05-25 Day
        ",
    );
}

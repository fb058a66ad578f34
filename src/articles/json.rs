//! JSON and JSON Lines: takes the text of a `.json` or `.jsonl` file and returns a draft for each
//! record that has text, with warnings for broken lines, records without text and unreadable dates.
//!
//! A `.json` file holds one article object, a list of them, or an object with the list under
//! `articles`, `items`, `data` or `results`; a `.json` file that holds one object per line is read
//! as JSON Lines. In each record the first present field of each list below wins; a text holding
//! HTML is run through the HTML reader, which also fills in title, outlet, URL and date when the
//! record lacks them.

use serde_json::{Map, Value};

use super::date::{DateSource, Published};
use super::date::{date_from_unix_timestamp, parse_date_value};
use super::draft::{Draft, FileContents, Unreadable};
use super::html;

const TEXT_FIELDS: &[&str] = &[
    "text",
    "content",
    "body",
    "maintext",
    "article",
    "full_text",
    "description",
];
const TITLE_FIELDS: &[&str] = &["title", "headline"];
const DATE_FIELDS: &[&str] = &[
    "date",
    "published",
    "published_at",
    "publishedAt",
    "date_publish",
    "pubDate",
    "datetime",
    "time",
];
const URL_FIELDS: &[&str] = &["url", "link", "source_url"];
/// An object value (`"source": {"name": "BBC"}`) gives its `name`.
const OUTLET_FIELDS: &[&str] = &[
    "source",
    "outlet",
    "site",
    "source_domain",
    "domain",
    "publisher",
];
/// Fields of a top-level object that may hold the list of articles.
const LIST_FIELDS: &[&str] = &["articles", "items", "data", "results"];
/// Broken JSON Lines reported one by one; more are summed up in one warning.
const MAX_LINE_WARNINGS: usize = 10;

/// Reads a `.json` file.
pub(super) fn read_json(text: &str) -> Result<FileContents, Unreadable> {
    let value = match serde_json::from_str::<Value>(text) {
        Ok(value) => value,
        Err(_) if holds_one_object_per_line(text) => return read_json_lines(text),
        Err(error) => return Err(Unreadable::InvalidJson(error)),
    };
    let (records, is_list) = match value {
        Value::Array(items) => (items, true),
        Value::Object(mut object) => match LIST_FIELDS
            .iter()
            .find(|name| object.get(**name).is_some_and(Value::is_array))
        {
            Some(name) => match object.remove(*name) {
                Some(Value::Array(items)) => (items, true),
                _ => (Vec::new(), true),
            },
            None => (vec![Value::Object(object)], false),
        },
        other => {
            let kind = match other {
                Value::String(_) => "a string",
                Value::Number(_) => "a number",
                Value::Bool(_) => "a boolean",
                _ => "null",
            };
            return Err(Unreadable::NotArticles(kind));
        }
    };
    drafts_from_records(
        records.into_iter().enumerate().collect(),
        is_list,
        Vec::new(),
    )
}

/// Reads a `.jsonl` file: one record per non-blank line, numbered from 0 in the article keys.
/// Broken lines are skipped with a warning naming the line number.
pub(super) fn read_json_lines(text: &str) -> Result<FileContents, Unreadable> {
    let mut records = Vec::new();
    let mut warnings = Vec::new();
    let mut broken_lines = 0;
    let non_blank_lines = text
        .lines()
        .enumerate()
        .filter(|(_, line)| !line.trim().is_empty());
    for (record_index, (line_index, line)) in non_blank_lines.enumerate() {
        let problem = match serde_json::from_str::<Value>(line) {
            Ok(value @ Value::Object(_)) => {
                records.push((record_index, value));
                continue;
            }
            Ok(_) => "not a JSON object".to_string(),
            Err(error) => {
                let message = error.to_string();
                let message = message.split(" at line ").next().unwrap_or_default();
                format!("not valid JSON ({message} at column {})", error.column())
            }
        };
        broken_lines += 1;
        if broken_lines <= MAX_LINE_WARNINGS {
            warnings.push(format!("line {} skipped: {problem}", line_index + 1));
        }
    }
    if broken_lines > MAX_LINE_WARNINGS {
        warnings.push(format!(
            "{} more broken lines skipped",
            broken_lines - MAX_LINE_WARNINGS
        ));
    }
    drafts_from_records(records, true, warnings)
}

fn holds_one_object_per_line(text: &str) -> bool {
    let mut lines = text.lines().filter(|line| !line.trim().is_empty());
    let first_is_object = lines
        .next()
        .is_some_and(|line| serde_json::from_str::<Map<String, Value>>(line).is_ok());
    first_is_object && lines.next().is_some()
}

/// Drafts for the records (each with its index in the file) that have text; fails when none has.
fn drafts_from_records(
    records: Vec<(usize, Value)>,
    is_list: bool,
    mut warnings: Vec<String>,
) -> Result<FileContents, Unreadable> {
    let total = records.len();
    let mut drafts = Vec::new();
    let mut unreadable_dates = Vec::new();
    for (index, record) in records {
        if let Value::Object(fields) = record
            && let Some(mut draft) = draft_from_record(&fields, &mut unreadable_dates)
        {
            draft.record = is_list.then_some(index);
            drafts.push(draft);
        }
    }
    let without_text = total - drafts.len();
    if without_text > 0 {
        let fields = TEXT_FIELDS.join(", ");
        let noun = if total == 1 { "record" } else { "records" };
        warnings.insert(
            0,
            format!("{without_text} of {total} {noun} without text (looked for {fields})"),
        );
    }
    if let Some(example) = unreadable_dates.first() {
        let count = unreadable_dates.len();
        let noun = if count == 1 { "record" } else { "records" };
        warnings.push(format!(
            "{count} {noun} with a date that could not be read, such as {example}"
        ));
    }
    if drafts.is_empty() {
        return Err(if warnings.is_empty() {
            Unreadable::EmptyList
        } else {
            Unreadable::NoText(warnings)
        });
    }
    Ok(FileContents { drafts, warnings })
}

/// The draft of one record, or `None` when it has no text. Dates present but unreadable are added
/// to `unreadable_dates`.
fn draft_from_record(
    fields: &Map<String, Value>,
    unreadable_dates: &mut Vec<String>,
) -> Option<Draft> {
    let raw_text = TEXT_FIELDS
        .iter()
        .find_map(|name| text_value(fields.get(*name)?))?;
    let trimmed = raw_text.trim_start();
    let is_html = trimmed.starts_with('<')
        || ["<p>", "<p ", "<br>", "<br/>", "<br />"]
            .iter()
            .any(|tag| raw_text.contains(tag));
    let (text, page) = if is_html {
        let page = html::extract(&raw_text);
        (page.text.clone(), page)
    } else {
        (raw_text, html::HtmlDocument::default())
    };
    if text.trim().is_empty() {
        return None;
    }
    let string = |names: &[&str]| {
        names
            .iter()
            .find_map(|name| string_value(fields.get(*name)?))
    };
    let (mut date, mut unreadable) = (None, None);
    for value in DATE_FIELDS
        .iter()
        .filter_map(|name| fields.get(*name))
        .filter(|value| !value.is_null())
    {
        date = match value {
            Value::String(text) => parse_date_value(text),
            Value::Number(number) => number
                .as_i64()
                .or_else(|| number.as_f64().map(|n| n as i64))
                .and_then(date_from_unix_timestamp),
            _ => None,
        };
        if date.is_some() {
            break;
        }
        unreadable.get_or_insert_with(|| value.to_string());
    }
    let date = date.or(page.published);
    if date.is_none() {
        unreadable_dates.extend(unreadable);
    }
    let outlet = OUTLET_FIELDS
        .iter()
        .find_map(|name| match fields.get(*name)? {
            Value::Object(object) => string_value(object.get("name")?),
            value => string_value(value),
        });
    Some(Draft {
        text,
        title: string(TITLE_FIELDS).or(page.title),
        outlet: outlet.or(page.outlet),
        url: string(URL_FIELDS).or(page.url),
        published: date.map(|date| Published {
            date,
            source: DateSource::Metadata,
        }),
        ..Draft::default()
    })
}

/// A non-blank string, or a list of strings joined one per line.
fn text_value(value: &Value) -> Option<String> {
    let text = match value {
        Value::String(text) => text.clone(),
        Value::Array(items) => items
            .iter()
            .filter_map(Value::as_str)
            .collect::<Vec<_>>()
            .join("\n"),
        _ => return None,
    };
    (!text.trim().is_empty()).then_some(text)
}

/// A non-blank string with its whitespace collapsed.
fn string_value(value: &Value) -> Option<String> {
    let text = value
        .as_str()?
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    (!text.is_empty()).then_some(text)
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::NaiveDate;

    fn date(y: i32, m: u32, d: u32) -> Option<NaiveDate> {
        NaiveDate::from_ymd_opt(y, m, d)
    }

    #[test]
    fn reads_an_array_with_field_synonyms() {
        let json = r#"[{"headline": "A", "content": "Text A", "publishedAt": "2021-07-07T08:00:00Z",
                        "source": {"id": null, "name": "BBC News"}, "link": "https://www.bbc.co.uk/a"},
                       {"title": "B", "body": "Text B", "date": 1625652000, "url": "https://ex.com/b"},
                       {"title": "No text"}]"#;
        let contents = read_json(json).expect("read");
        assert_eq!(contents.drafts.len(), 2);
        let (a, b) = (&contents.drafts[0], &contents.drafts[1]);
        assert_eq!(
            (a.title.as_deref(), a.text.as_str(), a.outlet.as_deref()),
            (Some("A"), "Text A", Some("BBC News"))
        );
        assert_eq!(a.published.map(|p| p.date), date(2021, 7, 7));
        assert_eq!(a.url.as_deref(), Some("https://www.bbc.co.uk/a"));
        assert_eq!(
            (b.record, b.published.map(|p| p.date)),
            (Some(1), date(2021, 7, 7))
        );
        assert_eq!(contents.warnings.len(), 1);
        assert!(contents.warnings[0].starts_with("1 of 3 records without text"));
    }

    #[test]
    fn reads_an_object_with_articles_and_a_single_object() {
        let json = r#"{"status": "ok", "articles": [{"text": "One", "source": "https://www.example.org/x"}]}"#;
        let contents = read_json(json).expect("read");
        assert_eq!(contents.drafts[0].record, Some(0));
        assert_eq!(
            contents.drafts[0].outlet.as_deref(),
            Some("https://www.example.org/x")
        );
        let contents = read_json(r#"{"text": "Solo", "date": "someday"}"#).expect("read");
        assert_eq!(contents.drafts[0].record, None);
        assert_eq!(
            contents.warnings,
            ["1 record with a date that could not be read, such as \"someday\""]
        );
    }

    #[test]
    fn runs_html_text_through_the_html_reader() {
        let json = r#"{"text": "<p>First &amp; foremost</p><script>x()</script><p>Second</p>",
                       "url": "https://ex.com/a"}"#;
        let draft = &read_json(json).expect("read").drafts[0];
        assert_eq!(draft.text, "First & foremost\nSecond");
    }

    #[test]
    fn reports_broken_json_and_lines() {
        let error = read_json("{\"text\": \"a\",\n  oops}")
            .expect_err("broken")
            .to_string();
        assert!(
            error.starts_with("not valid JSON: key must be a string at line 2 column 3"),
            "{error}"
        );
        assert!(read_json("[]").is_err());
        assert!(
            read_json("[{\"title\": \"x\"}]")
                .expect_err("no text")
                .to_string()
                .contains("without text")
        );
        let lines =
            "{\"text\": \"one\"}\n\n{broken\n[1]\n{\"text\": \"four\", \"date\": \"2021-07-07\"}\n";
        let contents = read_json_lines(lines).expect("read");
        let records: Vec<_> = contents.drafts.iter().map(|draft| draft.record).collect();
        assert_eq!(records, [Some(0), Some(3)]);
        assert_eq!(contents.warnings.len(), 2);
        assert!(
            contents.warnings[0].starts_with("line 3 skipped: not valid JSON"),
            "{:?}",
            contents.warnings
        );
        assert_eq!(contents.warnings[1], "line 4 skipped: not a JSON object");
        let as_json =
            read_json("{\"text\": \"one\"}\n{\"text\": \"two\"}\n").expect("json lines in .json");
        assert_eq!(as_json.drafts.len(), 2);
    }
}

//! File formats: takes a file's bytes and its format, and returns a draft of each article in it
//! (text, title, outlet, URL, date and the lines holding metadata), or why it cannot be read.
//!
//! Plain text and Markdown: the text is the file. Metadata comes from front matter (first thing in
//! the file: `---` lines around up to 30 `key: value` or `- item` lines) and from header lines among
//! the first ten non-blank lines: `Title:`, `Date:`, `Published:`, `Published on …`, `Source:`,
//! `Outlet:`, `URL:`, `Author:` and a few synonyms. Header lines may come before and after one
//! title line (a `# Heading`, or a line under 200 characters without a final period) and stop at
//! any other line; they stay in the text and are dropped from `kept` as boilerplate. The title is
//! the `Title:` value, else that title line. Markdown syntax is left in the text as written.

use std::io::Read as _;
use std::ops::Range;
use std::path::Path;

use super::clean::{lines_with_offsets, trimmed_range};
use super::date::parse_date_value;
use super::date::{DateSource, Published};
use super::draft::{Draft, FileContents, Unreadable};
use super::{html, json};

/// The formats newsmap reads, by file extension.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Format {
    PlainText,
    Markdown,
    Html,
    Json,
    JsonLines,
}

impl Format {
    /// The format of a file with this path's extension (case-insensitive), if it is an article.
    pub(super) fn of_path(path: &Path) -> Option<Format> {
        let extension = path.extension()?.to_str()?.to_ascii_lowercase();
        match extension.as_str() {
            "txt" => Some(Format::PlainText),
            "md" => Some(Format::Markdown),
            "html" | "htm" => Some(Format::Html),
            "json" => Some(Format::Json),
            "jsonl" => Some(Format::JsonLines),
            _ => None,
        }
    }
}

/// Why [`read_regular_file`] read nothing.
#[derive(Debug, thiserror::Error)]
pub enum FileError {
    /// The operating system refused (the file is missing, unreadable…).
    #[error("cannot read the file: {0}")]
    Io(#[from] std::io::Error),
    /// A FIFO, socket, device or folder: reading it could block forever or never end.
    #[error("not a regular file (a FIFO, socket, device or folder); not read")]
    NotRegular,
    /// Larger than the limit.
    #[error("file is {size}, over the {limit} limit")]
    TooBig {
        /// The file's size, for people ("2 KB").
        size: String,
        /// The limit, for people.
        limit: String,
    },
}

/// The bytes of `path` when it is a regular file of at most `max_bytes`. Opening never blocks
/// (a FIFO is opened without waiting for a writer, then refused), and no more than
/// `max_bytes + 1` bytes are read, whatever the file claims its size is.
pub fn read_regular_file(path: &Path, max_bytes: u64) -> Result<Vec<u8>, FileError> {
    let mut options = std::fs::OpenOptions::new();
    options.read(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::custom_flags(&mut options, libc::O_NONBLOCK);
    let file = options.open(path)?;
    let meta = file.metadata()?;
    if !meta.is_file() {
        return Err(FileError::NotRegular);
    }
    let too_big = |size: u64| FileError::TooBig {
        size: super::human_size(size),
        limit: super::human_size(max_bytes),
    };
    if meta.len() > max_bytes {
        return Err(too_big(meta.len()));
    }
    let mut bytes = Vec::with_capacity(usize::try_from(meta.len()).unwrap_or(0));
    file.take(max_bytes.saturating_add(1))
        .read_to_end(&mut bytes)?;
    if bytes.len() as u64 > max_bytes {
        return Err(too_big(bytes.len() as u64));
    }
    Ok(bytes)
}

/// Turns a file's bytes into text: strips a UTF-8 BOM, reads UTF-16 with a BOM, and reads invalid
/// UTF-8 with replacement characters (returning a warning that names the first bad byte). Fails
/// for binary files (a NUL byte or more than 10% control bytes in the first 8 KB) and for files
/// holding only whitespace.
pub(super) fn decode(mut bytes: Vec<u8>) -> Result<(String, Option<String>), Unreadable> {
    let utf16 = match bytes.get(..2) {
        Some([0xFF, 0xFE]) => Some(u16::from_le_bytes as fn([u8; 2]) -> u16),
        Some([0xFE, 0xFF]) => Some(u16::from_be_bytes as fn([u8; 2]) -> u16),
        _ => None,
    };
    let (text, warning) = if let Some(to_unit) = utf16 {
        let units = bytes[2..]
            .chunks_exact(2)
            .map(|pair| to_unit([pair[0], pair[1]]));
        (
            char::decode_utf16(units)
                .map(|unit| unit.unwrap_or(char::REPLACEMENT_CHARACTER))
                .collect(),
            None,
        )
    } else {
        let head = &bytes[..bytes.len().min(8192)];
        if let Some(position) = head.iter().position(|byte| *byte == 0) {
            return Err(Unreadable::NulByte { offset: position });
        }
        let control = head
            .iter()
            .filter(|b| b.is_ascii_control() && !b"\t\n\r\x0c".contains(b))
            .count();
        if control * 10 > head.len() {
            return Err(Unreadable::ControlBytes {
                control,
                head: head.len(),
            });
        }
        let bom = if bytes.starts_with(b"\xEF\xBB\xBF") {
            3
        } else {
            0
        };
        bytes.drain(..bom);
        match String::from_utf8(bytes) {
            Ok(text) => (text, None),
            Err(error) => {
                let at = bom + error.utf8_error().valid_up_to();
                let text = String::from_utf8_lossy(error.as_bytes()).into_owned();
                (
                    text,
                    Some(format!(
                        "invalid UTF-8 at byte {at}; read with replacement characters"
                    )),
                )
            }
        }
    };
    if text.trim().is_empty() {
        return Err(Unreadable::Blank);
    }
    let (unreadable, chars) = unreadable_chars(&text);
    if unreadable * 4 > chars {
        return Err(Unreadable::NotText { unreadable, chars });
    }
    Ok((text, warning))
}

/// How many of the first 64 K characters of `text` are replacement characters (invalid bytes)
/// or control characters other than white space, and how many characters were counted. More
/// than a quarter is not an article: random bytes, another encoding, a binary file.
fn unreadable_chars(text: &str) -> (usize, usize) {
    let mut chars = 0;
    let mut unreadable = 0;
    for c in text.chars().take(65_536) {
        chars += 1;
        if c == char::REPLACEMENT_CHARACTER || (c.is_control() && !c.is_whitespace()) {
            unreadable += 1;
        }
    }
    (unreadable, chars)
}

/// The mark in the head of the HTML reports newsmap writes, by which a folder's reading
/// leaves them out when the user saves one among the articles.
pub const REPORT_MARK: &str = "<meta name=\"generator\" content=\"newsmap\">";

/// Whether `html` is a report newsmap wrote: the mark in its first kilobytes.
fn is_own_report(html: &str) -> bool {
    html[..html.floor_char_boundary(4096)].contains(REPORT_MARK)
}

/// Reads the articles in `text`, a whole file of the given format.
pub(super) fn read_contents(format: Format, text: String) -> Result<FileContents, Unreadable> {
    match format {
        Format::PlainText | Format::Markdown => {
            let (draft, warnings) = read_plain_text(text);
            Ok(FileContents {
                drafts: vec![draft],
                warnings,
            })
        }
        Format::Html => {
            if is_own_report(&text) {
                return Err(Unreadable::OwnReport);
            }
            let document = html::extract(&text);
            if document.text.is_empty() {
                return Err(Unreadable::NoHtmlText);
            }
            let draft = Draft {
                published: document.published.map(|date| Published {
                    date,
                    source: DateSource::Metadata,
                }),
                text: document.text,
                title: document.title,
                outlet: document.outlet,
                url: document.url,
                ..Draft::default()
            };
            Ok(FileContents {
                drafts: vec![draft],
                warnings: Vec::new(),
            })
        }
        Format::Json => json::read_json(&text),
        Format::JsonLines => json::read_json_lines(&text),
    }
}

/// A plain-text or Markdown article: see the module documentation.
fn read_plain_text(text: String) -> (Draft, Vec<String>) {
    let mut draft = Draft::default();
    let mut warnings = Vec::new();
    let top: Vec<Range<usize>> = lines_with_offsets(&text)
        .filter_map(|(offset, line)| trimmed_range(offset, line))
        .take(60)
        .collect();
    let mut next = 0;
    let closing = top
        .iter()
        .skip(1)
        .take(30)
        .position(|range| matches!(&text[range.clone()], "---" | "..."));
    if let (Some(first), Some(closing)) = (top.first(), closing)
        && &text[first.clone()] == "---"
        && top[1..=closing]
            .iter()
            .all(|range| text[range.clone()].contains(':') || text[range.clone()].starts_with('-'))
    {
        let closing = closing + 1;
        for range in &top[1..closing] {
            if let Some((key, value)) = text[range.clone()].split_once(':') {
                let value = value.trim().trim_matches(['"', '\'']);
                apply_header_field(&mut draft, &mut warnings, key, value, DateSource::Metadata);
            }
        }
        draft.metadata_lines.extend(top[..=closing].iter().cloned());
        next = closing + 1;
    }
    let mut title_line = None;
    for range in top.iter().skip(next).take(10) {
        let line = &text[range.clone()];
        match header_field(line) {
            Some((key, value))
                if apply_header_field(
                    &mut draft,
                    &mut warnings,
                    key,
                    value,
                    DateSource::HeaderLine,
                ) =>
            {
                draft.metadata_lines.push(range.clone());
            }
            _ if title_line.is_none() => match title_of_line(line) {
                Some(title) => title_line = Some(title),
                None => break,
            },
            _ => break,
        }
    }
    draft.title = draft.title.or(title_line);
    draft.text = text;
    (draft, warnings)
}

/// The title a line gives when it is first: a `# Heading`, or a short line without a final period.
fn title_of_line(line: &str) -> Option<String> {
    match line.strip_prefix('#') {
        Some(heading) => {
            Some(heading.trim_start_matches('#').trim().to_string()).filter(|t| !t.is_empty())
        }
        None => (line.chars().count() < 200 && !line.ends_with('.')).then(|| line.to_string()),
    }
}

/// `Key: value` or `Published on value` when the key is short; the key is not checked here.
fn header_field(line: &str) -> Option<(&str, &str)> {
    let lower = line.to_ascii_lowercase();
    for phrase in ["published on ", "posted on "] {
        if lower.starts_with(phrase) {
            return Some((line[..phrase.len() - 1].trim(), line[phrase.len()..].trim()));
        }
    }
    let (key, value) = line.split_once(':')?;
    (key.len() <= 20 && !value.trim().is_empty()).then(|| (key.trim(), value.trim()))
}

/// Stores a header field in `draft` (the first value of each kind wins) and says whether `key`
/// is a metadata key. A date that cannot be read adds a warning.
fn apply_header_field(
    draft: &mut Draft,
    warnings: &mut Vec<String>,
    key: &str,
    value: &str,
    source: DateSource,
) -> bool {
    let value = value.trim();
    let set = |slot: &mut Option<String>| {
        if slot.is_none() && !value.is_empty() {
            *slot = Some(value.to_string());
        }
    };
    match key.trim().to_ascii_lowercase().as_str() {
        "title" | "headline" => set(&mut draft.title),
        "source" | "outlet" | "publisher" | "site" => set(&mut draft.outlet),
        "url" | "link" | "canonical" | "source url" => set(&mut draft.url),
        "author" | "authors" | "by" | "byline" => {}
        "date" | "published" | "published on" | "posted on" | "publication date"
        | "date published" | "pubdate" => {
            if draft.published.is_none() {
                match parse_date_value(value) {
                    Some(date) => draft.published = Some(Published { date, source }),
                    None => {
                        warnings.push(format!("the header date {value:?} is not a readable date"))
                    }
                }
            }
        }
        _ => return false,
    }
    true
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::NaiveDate;

    fn metadata_texts(draft: &Draft) -> Vec<&str> {
        draft
            .metadata_lines
            .iter()
            .map(|range| &draft.text[range.clone()])
            .collect()
    }

    #[test]
    fn a_report_newsmap_wrote_is_not_read_as_an_article() {
        let page = |head: &str| {
            format!(
                "<!DOCTYPE html><html><head><meta charset=\"utf-8\">{head}<title>Events</title></head>\
                 <body><h1>Events</h1><p>Taliban fighters attacked Qala-i-Naw on Wednesday.</p></body></html>"
            )
        };
        assert!(matches!(
            read_contents(Format::Html, page(REPORT_MARK)),
            Err(Unreadable::OwnReport)
        ));
        // Another generator's page, or the mark deep in the text, is an article.
        let other = page("<meta name=\"generator\" content=\"WordPress\">");
        assert!(read_contents(Format::Html, other).is_ok());
        let quoted = format!("{}{}", page(""), " ".repeat(5000) + REPORT_MARK);
        assert!(read_contents(Format::Html, quoted).is_ok());
    }

    #[test]
    fn reads_header_lines_of_a_text_file() {
        let text = "Title: Floods in Herat\nDate: 7 July 2021\nSource: Example News\nURL: https://ex.com/a\n\n\
                    HERAT — Heavy rain fell.\nSource: not a header any more.\n";
        let (draft, warnings) = read_plain_text(text.to_string());
        assert!(warnings.is_empty());
        assert_eq!(draft.title.as_deref(), Some("Floods in Herat"));
        assert_eq!(draft.outlet.as_deref(), Some("Example News"));
        assert_eq!(draft.url.as_deref(), Some("https://ex.com/a"));
        let published = draft.published.expect("date");
        assert_eq!(
            (published.date, published.source),
            (
                NaiveDate::from_ymd_opt(2021, 7, 7).expect("date"),
                DateSource::HeaderLine
            )
        );
        assert_eq!(metadata_texts(&draft).len(), 4);
        assert_eq!(draft.text, text);
    }

    #[test]
    fn takes_the_title_line_and_a_published_on_line() {
        let (draft, _) = read_plain_text(
            "Taliban take Qala-i-Naw\nPublished on July 8, 2021\n\nFighters entered.".into(),
        );
        assert_eq!(draft.title.as_deref(), Some("Taliban take Qala-i-Naw"));
        assert_eq!(
            draft.published.map(|p| p.date),
            NaiveDate::from_ymd_opt(2021, 7, 8)
        );
        assert_eq!(metadata_texts(&draft), ["Published on July 8, 2021"]);
        let (draft, _) =
            read_plain_text("A long first sentence that ends with a period.\nMore.".into());
        assert_eq!(draft.title, None);
    }

    #[test]
    fn reads_markdown_headings_and_front_matter() {
        let (draft, _) = read_plain_text("# Floods in *Herat*\n\nBody text.".into());
        assert_eq!(draft.title.as_deref(), Some("Floods in *Herat*"));
        let text = "---\ntitle: \"Front title\"\ndate: 2021-07-06\ntags: [a, b]\n---\n# Heading\nDate: bad\nBody.";
        let (draft, warnings) = read_plain_text(text.into());
        assert_eq!(draft.title.as_deref(), Some("Front title"));
        assert_eq!(
            draft.published.map(|p| (p.date, p.source)),
            NaiveDate::from_ymd_opt(2021, 7, 6).map(|d| (d, DateSource::Metadata))
        );
        assert_eq!(metadata_texts(&draft).len(), 6);
        assert!(
            warnings.is_empty(),
            "a later bad date is not read once a date is known"
        );
        let (_, warnings) = read_plain_text("Date: someday\nBody.".into());
        assert_eq!(
            warnings,
            ["the header date \"someday\" is not a readable date"]
        );
    }

    #[test]
    fn decodes_bytes() {
        assert_eq!(
            decode(b"\xEF\xBB\xBFhi\r\n".to_vec()).ok(),
            Some(("hi\r\n".to_string(), None))
        );
        let (text, warning) = decode(b"caf\xE9 ok".to_vec()).expect("lossy");
        assert_eq!(text, "caf\u{FFFD} ok");
        assert_eq!(
            warning.as_deref(),
            Some("invalid UTF-8 at byte 3; read with replacement characters")
        );
        assert!(
            decode(b"ab\0cd".to_vec())
                .expect_err("binary")
                .to_string()
                .starts_with("binary file")
        );
        assert!(
            decode(b"\x01\x02\x03\x04abc".to_vec())
                .expect_err("binary")
                .to_string()
                .starts_with("binary file")
        );
        assert!(
            decode(b" \n\t ".to_vec())
                .expect_err("empty")
                .to_string()
                .starts_with("file is empty")
        );
        assert_eq!(
            decode(b"\xFF\xFEh\0i\0".to_vec()).ok(),
            Some(("hi".to_string(), None))
        );
        // See: issue 13 (1 MB of random bytes 0x80-0xFF became 1,149 places).
        let random: Vec<u8> = (0..4096u32).map(|i| 0x80 + (i * 37 % 128) as u8).collect();
        let error = decode(random).expect_err("not text").to_string();
        assert!(error.starts_with("not text: "), "{error}");
    }
}

//! A small, tolerant HTML reader: takes an HTML page (or an HTML fragment from a JSON field) and
//! returns its main text, one line per block element, with its title, outlet, URL and date.
//!
//! The main text is the `<article>` with the most text (else `<main>`, else `<body>`, else the
//! whole page), without scripts, styles, navigation, headers, footers, asides, forms, SVG and
//! comments; entities are decoded and whitespace is collapsed within a line. Broken HTML (unclosed
//! or stray tags, a lone `<`, a truncated file) still gives text: an element left open ends where
//! its parent ends, and if the chosen part gives no text the whole page is read instead.

use std::borrow::Cow;
use std::collections::HashMap;

use chrono::NaiveDate;

use super::date::parse_date_value;

/// What [`extract`] found in a page.
#[derive(Debug, Default)]
pub(super) struct HtmlDocument {
    /// The main text, one line per block, no empty lines.
    pub text: String,
    /// `og:title`, `twitter:title`, `<title>` or JSON-LD `headline`, without a ` | Site` suffix.
    pub title: Option<String>,
    /// `og:site_name` or the JSON-LD publisher's name.
    pub outlet: Option<String>,
    /// `og:url` or `<link rel="canonical">`.
    pub url: Option<String>,
    /// The first readable date of [`DATE_META`], JSON-LD `datePublished`, or `<time datetime>`.
    pub published: Option<NaiveDate>,
}

enum Token<'a> {
    Text(&'a str),
    /// The content of an element such as `<script>` or `<title>`, which holds no tags.
    RawText(&'a str),
    Start {
        name: String,
        attributes: Vec<(String, String)>,
    },
    End {
        name: String,
    },
}

/// Elements whose content is read verbatim up to their end tag.
const RAW_TEXT_ELEMENTS: &[&str] = &["script", "style", "title", "textarea", "noscript"];
/// Elements that never have content or an end tag.
const VOID_ELEMENTS: &[&str] = &[
    "br", "img", "meta", "link", "input", "hr", "wbr", "source", "area", "base", "col", "embed",
    "track",
];
/// Elements whose content is not article text.
const SKIPPED_ELEMENTS: &[&str] = &[
    "script", "style", "noscript", "nav", "header", "footer", "aside", "form", "svg", "template",
    "iframe", "button", "select", "textarea", "title", "head",
];
/// Elements that start and end a line, separated by spaces.
const BLOCK_ELEMENTS: &str = "p div br h1 h2 h3 h4 h5 h6 li tr figcaption blockquote section article \
    main ul ol dl dt dd table figure pre hr address caption";
/// Meta tag names (`property`, `name` or `itemprop`) that give the publication date, best first.
const DATE_META: &[&str] = &[
    "article:published_time",
    "datepublished",
    "og:published_time",
    "pubdate",
    "publishdate",
    "publish-date",
    "date",
    "dc.date.issued",
    "dc.date",
    "dcterms.created",
    "parsely-pub-date",
    "sailthru.date",
];

/// Reads an HTML page or fragment; never fails, and gives empty text when there is none.
pub(super) fn extract(html: &str) -> HtmlDocument {
    let tokens = tokenize(html);
    let ends = element_ends(&tokens);
    let content = main_content(&tokens, &ends);
    let mut text = render(&tokens, &ends, content.clone(), SKIPPED_ELEMENTS);
    if text.is_empty() {
        text = render(&tokens, &ends, 0..tokens.len(), RAW_TEXT_ELEMENTS);
    }
    let mut document = HtmlDocument {
        text,
        ..HtmlDocument::default()
    };
    read_metadata(&tokens, content, &mut document);
    document
}

/// Splits `html` into tokens. Comments, doctypes and processing instructions are left out; a `<`
/// that does not start a tag is text.
fn tokenize(html: &str) -> Vec<Token<'_>> {
    let mut tokens = Vec::new();
    let (mut position, mut text_start) = (0, 0);
    while let Some(found) = html[position..].find('<') {
        let open = position + found;
        let rest = &html[open..];
        let after = rest.as_bytes().get(1).copied().unwrap_or(b' ');
        let (token, end) = if rest.starts_with("<!--") {
            (None, rest.find("-->").map_or(html.len(), |i| open + i + 3))
        } else if after == b'!' || after == b'?' {
            (None, rest.find('>').map_or(html.len(), |i| open + i + 1))
        } else if after == b'/' && rest.as_bytes().get(2).is_some_and(u8::is_ascii_alphabetic) {
            let (name, after_name) = tag_name(html, open + 2);
            (
                Some(Token::End { name }),
                html[after_name..]
                    .find('>')
                    .map_or(html.len(), |i| after_name + i + 1),
            )
        } else if after.is_ascii_alphabetic() {
            let (token, end) = start_tag(html, open + 1);
            (Some(token), end)
        } else {
            position = open + 1;
            continue;
        };
        if open > text_start {
            tokens.push(Token::Text(&html[text_start..open]));
        }
        position = end;
        if let Some(Token::Start { name, .. }) = &token
            && RAW_TEXT_ELEMENTS.contains(&name.as_str())
        {
            let closing = format!("</{name}");
            let content_end =
                find_ignoring_case(&html[end..], &closing).map_or(html.len(), |i| end + i);
            tokens.extend(token);
            tokens.push(Token::RawText(&html[end..content_end]));
            position = content_end;
        } else {
            tokens.extend(token);
        }
        text_start = position;
    }
    if text_start < html.len() {
        tokens.push(Token::Text(&html[text_start..]));
    }
    tokens
}

fn find_ignoring_case(haystack: &str, needle: &str) -> Option<usize> {
    let needle = needle.as_bytes();
    haystack
        .as_bytes()
        .windows(needle.len())
        .position(|window| window.eq_ignore_ascii_case(needle))
}

/// The position after the bytes from `from` on that `keep` accepts.
fn skip_while(bytes: &[u8], from: usize, keep: impl Fn(u8) -> bool) -> usize {
    from + bytes[from.min(bytes.len())..]
        .iter()
        .take_while(|byte| keep(**byte))
        .count()
}

/// The lower-cased tag name starting at `start`, and where it ends.
fn tag_name(html: &str, start: usize) -> (String, usize) {
    let end = skip_while(html.as_bytes(), start, |byte| {
        byte.is_ascii_alphanumeric() || matches!(byte, b'-' | b':' | b'_')
    });
    (html[start..end].to_ascii_lowercase(), end)
}

/// A start tag whose name starts at `start`, and the position after its `>` (or the end).
fn start_tag(html: &str, start: usize) -> (Token<'_>, usize) {
    let (name, mut position) = tag_name(html, start);
    let bytes = html.as_bytes();
    let mut attributes = Vec::new();
    loop {
        position = skip_while(bytes, position, |byte| {
            byte.is_ascii_whitespace() || byte == b'/'
        });
        match bytes.get(position) {
            None => break,
            Some(b'>') => return (Token::Start { name, attributes }, position + 1),
            Some(_) => {}
        }
        let name_end = skip_while(bytes, position + 1, |byte| {
            !byte.is_ascii_whitespace() && !matches!(byte, b'=' | b'>' | b'/')
        });
        let attribute = html[position..name_end].to_ascii_lowercase();
        let equals = skip_while(bytes, name_end, |byte| byte.is_ascii_whitespace());
        let (value, end) = if bytes.get(equals) == Some(&b'=') {
            let value_start = skip_while(bytes, equals + 1, |byte| byte.is_ascii_whitespace());
            match bytes.get(value_start) {
                Some(&quote @ (b'"' | b'\'')) => {
                    let close = skip_while(bytes, value_start + 1, |byte| byte != quote);
                    (&html[value_start + 1..close], (close + 1).min(html.len()))
                }
                _ => {
                    let end = skip_while(bytes, value_start, |byte| {
                        !byte.is_ascii_whitespace() && byte != b'>'
                    });
                    (&html[value_start..end], end)
                }
            }
        } else {
            ("", name_end)
        };
        attributes.push((attribute, decode_entities(value).into_owned()));
        position = end;
    }
    (Token::Start { name, attributes }, position)
}

/// For each start token, the index of the token that ends its element: its end tag, the end tag
/// of an enclosing element when it was left open, or `tokens.len()` when the page ends first.
fn element_ends(tokens: &[Token]) -> Vec<usize> {
    let mut ends = vec![tokens.len(); tokens.len()];
    let mut open: Vec<(usize, &str)> = Vec::new();
    let mut open_count: HashMap<&str, usize> = HashMap::new();
    for (index, token) in tokens.iter().enumerate() {
        match token {
            Token::Start { name, .. } if !VOID_ELEMENTS.contains(&name.as_str()) => {
                open.push((index, name.as_str()));
                *open_count.entry(name.as_str()).or_default() += 1;
            }
            Token::End { name }
                if open_count
                    .get(name.as_str())
                    .is_some_and(|count| *count > 0) =>
            {
                while let Some((start, open_name)) = open.pop() {
                    ends[start] = index;
                    if let Some(count) = open_count.get_mut(open_name) {
                        *count -= 1;
                    }
                    if open_name == name {
                        break;
                    }
                }
            }
            _ => {}
        }
    }
    ends
}

fn start_name<'a>(token: &'a Token<'_>) -> Option<&'a str> {
    match token {
        Token::Start { name, .. } => Some(name),
        _ => None,
    }
}

/// The token range of the article text: the `<article>` with the most text, else `<main>`, else
/// `<body>`, else everything.
fn main_content(tokens: &[Token], ends: &[usize]) -> std::ops::Range<usize> {
    let elements = |wanted: &str| {
        let mut found = Vec::new();
        let mut index = 0;
        while index < tokens.len() {
            if start_name(&tokens[index]) == Some(wanted) {
                found.push(index + 1..ends[index]);
                index = ends[index];
            }
            index += 1;
        }
        found
    };
    let text_length = |range: &std::ops::Range<usize>| {
        render(tokens, ends, range.clone(), SKIPPED_ELEMENTS).len()
    };
    let articles = elements("article");
    if let Some(best) = articles
        .into_iter()
        .max_by_key(|range| (text_length(range), usize::MAX - range.start))
    {
        return best;
    }
    ["main", "body"]
        .iter()
        .find_map(|name| elements(name).into_iter().next())
        .unwrap_or(0..tokens.len())
}

/// The text of `tokens[range]`, leaving out the content of `skipped` elements.
fn render(
    tokens: &[Token],
    ends: &[usize],
    range: std::ops::Range<usize>,
    skipped: &[&str],
) -> String {
    let mut lines = LineBuilder::default();
    let mut index = range.start;
    while index < range.end.min(tokens.len()) {
        match &tokens[index] {
            Token::Text(text) => lines.push_text(&decode_entities(text)),
            Token::Start { name, .. } if skipped.contains(&name.as_str()) => index = ends[index],
            Token::Start { name, .. } | Token::End { name } => {
                if BLOCK_ELEMENTS.split_whitespace().any(|block| block == name) {
                    lines.break_line();
                } else if matches!(name.as_str(), "td" | "th") {
                    lines.pending_space = true;
                }
            }
            Token::RawText(_) => {}
        }
        index += 1;
    }
    lines.text.truncate(lines.text.trim_end().len());
    lines.text
}

/// Builds text line by line, collapsing whitespace and leaving out empty lines.
#[derive(Default)]
struct LineBuilder {
    text: String,
    line_start: usize,
    pending_space: bool,
}

impl LineBuilder {
    fn push_text(&mut self, text: &str) {
        for character in text.chars() {
            if character.is_whitespace() {
                self.pending_space = true;
            } else {
                if self.pending_space && self.text.len() > self.line_start {
                    self.text.push(' ');
                }
                self.pending_space = false;
                self.text.push(character);
            }
        }
    }

    fn break_line(&mut self) {
        if self.text.len() > self.line_start {
            self.text.push('\n');
            self.line_start = self.text.len();
        }
        self.pending_space = false;
    }
}

/// Fills the title, outlet, URL and date of `document` from meta tags, `<title>`, JSON-LD and,
/// as a last resort for the date, the first `<time datetime>` inside the `content` tokens.
fn read_metadata(tokens: &[Token], content: std::ops::Range<usize>, document: &mut HtmlDocument) {
    let mut meta: HashMap<String, String> = HashMap::new();
    let (mut page_title, mut canonical, mut first_time) = (None, None, None);
    let mut json_ld = Vec::new();
    for (index, token) in tokens.iter().enumerate() {
        let Token::Start { name, attributes } = token else {
            continue;
        };
        let attribute = |wanted: &str| {
            attributes
                .iter()
                .find(|(key, _)| key == wanted)
                .map(|(_, value)| value.trim())
                .filter(|v| !v.is_empty())
        };
        let raw_content = match tokens.get(index + 1) {
            Some(Token::RawText(raw)) => Some(*raw),
            _ => None,
        };
        if let Some(key) = attribute("property")
            .or(attribute("name"))
            .or(attribute("itemprop"))
            && let Some(value) = attribute("content").or(attribute("datetime"))
        {
            meta.entry(key.to_ascii_lowercase())
                .or_insert_with(|| value.to_string());
        }
        match name.as_str() {
            "title" => {
                page_title = page_title.or(raw_content.map(|raw| collapse(&decode_entities(raw))))
            }
            "link" if attribute("rel").is_some_and(|rel| rel.eq_ignore_ascii_case("canonical")) => {
                canonical = canonical.or(attribute("href").map(str::to_string));
            }
            "time" if content.contains(&index) => {
                first_time = first_time.or(attribute("datetime").map(str::to_string))
            }
            "script" if attribute("type").is_some_and(|kind| kind.contains("ld+json")) => {
                json_ld.extend(
                    raw_content.and_then(|raw| serde_json::from_str::<serde_json::Value>(raw).ok()),
                );
            }
            _ => {}
        }
    }
    let meta_value = |key: &str| {
        meta.get(key)
            .map(|value| collapse(value))
            .filter(|v| !v.is_empty())
    };
    let ld_string = |field: &str| {
        json_ld
            .iter()
            .find_map(|value| json_ld_string(value, field, 0))
    };
    document.outlet = meta_value("og:site_name").or_else(|| ld_string("publisher"));
    document.url = meta_value("og:url").or(canonical);
    let title = meta_value("og:title")
        .or_else(|| meta_value("twitter:title"))
        .or(page_title)
        .or_else(|| ld_string("headline"));
    document.title = title.map(|title| without_site_suffix(title, document.outlet.as_deref()));
    let dates = DATE_META.iter().map(|key| meta.get(*key).cloned());
    let dates = dates.chain([ld_string("datePublished"), first_time]);
    document.published = dates.flatten().find_map(|value| parse_date_value(&value));
}

/// A string field of a JSON-LD value, searched through nested objects and lists; for an object
/// (such as `publisher`), its `name`.
fn json_ld_string(value: &serde_json::Value, field: &str, depth: usize) -> Option<String> {
    use serde_json::Value;
    match value {
        _ if depth > 4 => None,
        Value::Object(object) => match object.get(field) {
            Some(Value::String(text)) if !text.trim().is_empty() => Some(collapse(text)),
            Some(Value::Object(inner)) if inner.get("name").is_some_and(Value::is_string) => {
                inner.get("name").and_then(Value::as_str).map(collapse)
            }
            _ => object
                .values()
                .find_map(|inner| json_ld_string(inner, field, depth + 1)),
        },
        Value::Array(items) => items
            .iter()
            .find_map(|item| json_ld_string(item, field, depth + 1)),
        _ => None,
    }
}

/// `"Headline | Site"` → `"Headline"` when `Site` is the outlet.
fn without_site_suffix(title: String, outlet: Option<&str>) -> String {
    let Some(outlet) = outlet else { return title };
    for separator in [" | ", " - ", " – ", " — ", " :: "] {
        if let Some((headline, site)) = title.rsplit_once(separator)
            && site.trim().eq_ignore_ascii_case(outlet)
            && !headline.trim().is_empty()
        {
            return headline.trim().to_string();
        }
    }
    title
}

fn collapse(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Decodes character references: common named ones and numeric `&#NNN;` / `&#xHH;`. Unknown or
/// malformed references are left as written.
pub(super) fn decode_entities(text: &str) -> Cow<'_, str> {
    if !text.contains('&') {
        return Cow::Borrowed(text);
    }
    let mut decoded = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(ampersand) = rest.find('&') {
        decoded.push_str(&rest[..ampersand]);
        rest = &rest[ampersand..];
        let semicolon = rest.bytes().skip(1).take(32).position(|byte| byte == b';');
        let reference = semicolon.map(|end| &rest[1..=end]);
        match reference.and_then(decode_reference) {
            Some(character) => {
                decoded.push_str(character.as_ref());
                rest = &rest[reference.map_or(1, |name| name.len() + 2)..];
            }
            None => {
                decoded.push('&');
                rest = &rest[1..];
            }
        }
    }
    decoded.push_str(rest);
    Cow::Owned(decoded)
}

/// The text of one reference, given what stands between `&` and `;`.
fn decode_reference(name: &str) -> Option<Cow<'static, str>> {
    if let Some(number) = name.strip_prefix('#') {
        let code = match number.strip_prefix(['x', 'X']) {
            Some(hex) => u32::from_str_radix(hex, 16).ok()?,
            None => number.parse().ok()?,
        };
        let character = char::from_u32(code)
            .filter(|c| *c != '\0')
            .unwrap_or(char::REPLACEMENT_CHARACTER);
        return Some(Cow::Owned(character.to_string()));
    }
    let text = match name {
        "amp" => "&",
        "lt" => "<",
        "gt" => ">",
        "quot" => "\"",
        "apos" => "'",
        "nbsp" => "\u{a0}",
        "rsquo" => "’",
        "lsquo" => "‘",
        "ldquo" => "“",
        "rdquo" => "”",
        "mdash" => "—",
        "ndash" => "–",
        "hellip" => "…",
        "laquo" => "«",
        "raquo" => "»",
        "bull" => "•",
        "middot" => "·",
        "copy" => "©",
        "shy" => "",
        "eacute" => "é",
        _ => return None,
    };
    Some(Cow::Borrowed(text))
}

#[cfg(test)]
mod tests;

//! One line of an article stream (what `newsmap extract -` reads): a JSON object that names an
//! article with `key` and holds it in one of two forms, each read exactly as a file of a
//! folder would be, so that a folder packed into lines gives the articles the folder gives.
//!
//! - `{"key": "2021-07-07_kabul.html", "file": "<html>…"}`: the contents of the file `key`
//!   (its path in the folder, `/` separators), read by the reader of its extension; a
//!   `.json` or `.jsonl` file holding a list gives an article per record, keyed `key#N`.
//! - `{"key": "kabul-0001", "text": "…", "title": "…", "date": "2021-07-07", "url": "…"}`: an
//!   article object, read as a `.json` file named `key` holding it (every field the JSON
//!   reader knows: `text`/`content`/`body`/…, `title`/`headline`, `date`/`published`/…,
//!   `url`/`link`, `source`/`outlet`/…).
//!
//! In both, an article with no date in its metadata takes the `YYYY-MM-DD` at the start of the
//! key's file name, as in a folder.

use std::path::Path;

use serde_json::Value;

use super::read::Format;
use super::{Article, Problem, is_folder_notes, read_bytes};

/// Why a line of an article stream gives no article.
#[derive(Debug, thiserror::Error)]
pub enum LineError {
    /// The line is not JSON.
    #[error("not valid JSON ({0})")]
    Json(#[from] serde_json::Error),
    /// The line is JSON but not an object.
    #[error("not a JSON object")]
    NotObject,
    /// The object has no `key`, or an empty one.
    #[error("no \"key\" (a non-empty string naming the article)")]
    NoKey,
    /// `file` is there but is not a string.
    #[error("\"file\" of {0} is not a string")]
    FileNotString(String),
    /// `file` is there, but its key is not the name of an article file.
    #[error(
        "{0}: \"file\" needs a key that names an article file (.txt, .md, .html, .htm, .json or .jsonl)"
    )]
    NotArticleFile(String),
    /// The file or the object gives no article (the reader's reason).
    #[error("{}: {}", .0.path.display(), .0.reason)]
    Unreadable(Problem),
}

/// The articles of one line of an article stream (see the module's doc), with its key, and the
/// problems met that did not stop the reading (as for a folder's files).
pub fn read_line(line: &str) -> Result<(String, Vec<Article>, Vec<Problem>), LineError> {
    let Value::Object(mut object) = serde_json::from_str::<Value>(line)? else {
        return Err(LineError::NotObject);
    };
    let key = match object.get("key") {
        Some(Value::String(key)) if !key.is_empty() => key.clone(),
        _ => return Err(LineError::NoKey),
    };
    let path = Path::new(&key);
    let (format, bytes) = match object.remove("file") {
        Some(Value::String(contents)) => {
            let format =
                Format::of_path(path).ok_or_else(|| LineError::NotArticleFile(key.clone()))?;
            if is_folder_notes(path) {
                return Ok((key, Vec::new(), Vec::new()));
            }
            (format, contents.into_bytes())
        }
        Some(_) => return Err(LineError::FileNotString(key)),
        None => (Format::Json, line.as_bytes().to_vec()),
    };
    let (articles, problems) =
        read_bytes(path, &key, format, bytes).map_err(LineError::Unreadable)?;
    Ok((key, articles, problems))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_line_holds_a_file_or_an_article_object() {
        let file = r##"{"key": "2021-07-07_a.txt", "file": "Title: Fall\n\nTaliban took Herat."}"##;
        let (key, articles, _) = read_line(file).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(key, "2021-07-07_a.txt");
        assert_eq!(articles[0].title.as_deref(), Some("Fall"));
        assert_eq!(
            articles[0].published.map(|p| p.date.to_string()).as_deref(),
            Some("2021-07-07")
        );
        let object = r#"{"key": "k1", "text": "Taliban took Herat.", "date": "2021-08-12"}"#;
        let (_, articles, _) = read_line(object).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(articles[0].key, "k1");
        assert_eq!(articles[0].text, "Taliban took Herat.");
        let list = r#"{"key": "f.jsonl", "file": "{\"text\": \"One.\"}\n{\"text\": \"Two.\"}"}"#;
        let (_, articles, _) = read_line(list).unwrap_or_else(|e| panic!("{e}"));
        let keys: Vec<&str> = articles.iter().map(|a| a.key.as_str()).collect();
        assert_eq!(keys, ["f.jsonl#0", "f.jsonl#1"]);
    }

    #[test]
    fn a_bad_line_says_why() {
        let why = |line: &str| {
            read_line(line)
                .err()
                .map(|e| e.to_string())
                .unwrap_or_default()
        };
        assert!(why("{not json").starts_with("not valid JSON"));
        assert_eq!(why("[1]"), "not a JSON object");
        assert!(why(r#"{"text": "Herat."}"#).starts_with("no \"key\""));
        assert!(why(r#"{"key": "a.exe", "file": "x"}"#).contains("article file"));
        assert!(why(r#"{"key": "a", "title": "no text"}"#).contains("without text"));
    }
}

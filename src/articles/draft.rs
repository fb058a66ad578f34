//! What a format reader gives for one file ([`FileContents`]: a [`Draft`] of each article in
//! it, and warnings), or why it cannot be read ([`Unreadable`]). Shared by the readers
//! (`read.rs` for text, Markdown and HTML, `json.rs` for JSON), which do not import each other's
//! types.

use std::ops::Range;

use super::date::Published;

/// One article as a format reader found it, before cleaning.
#[derive(Debug, Default)]
pub(super) struct Draft {
    /// The article's text, as [`super::Article::text`].
    pub text: String,
    /// The headline, when the file gives one.
    pub title: Option<String>,
    /// Site name, domain or a URL, when the file gives one.
    pub outlet: Option<String>,
    /// The article's address, when the file gives one.
    pub url: Option<String>,
    /// A date from metadata or a header line (not yet from the file name).
    pub published: Option<Published>,
    /// Trimmed ranges of the lines of `text` that hold metadata.
    pub metadata_lines: Vec<Range<usize>>,
    /// The record's index in a JSON list or JSON Lines file; `None` when the file is one article.
    pub record: Option<usize>,
}

/// The articles of one file, and what went wrong in reading parts of it.
#[derive(Debug, Default)]
pub(super) struct FileContents {
    /// The articles, in file order.
    pub drafts: Vec<Draft>,
    /// Lower-case reasons for [`super::ProblemKind::Degraded`] problems.
    pub warnings: Vec<String>,
}

/// Why a file gives no article (the reason of a skipped file's problem).
#[derive(Debug, thiserror::Error)]
pub(super) enum Unreadable {
    /// A NUL byte near the start: a binary file.
    #[error("binary file (NUL byte at offset {offset})")]
    NulByte {
        /// Where the NUL byte is.
        offset: usize,
    },
    /// Too many control bytes near the start: a binary file.
    #[error("binary file ({control} control bytes in the first {head} bytes)")]
    ControlBytes {
        /// How many control bytes.
        control: usize,
        /// Among how many bytes.
        head: usize,
    },
    /// Mostly replacement or control characters: bytes of another encoding or a binary file
    /// that is not text at all, whose "words" would only become false places.
    #[error(
        "not text: {unreadable} of the first {chars} characters are invalid bytes or control characters"
    )]
    NotText {
        /// Replacement and control characters counted.
        unreadable: usize,
        /// Among how many characters.
        chars: usize,
    },
    /// Only white space.
    #[error("file is empty (whitespace only)")]
    Blank,
    /// An HTML page with no text in its article, main part or body.
    #[error("no readable text in the HTML")]
    NoHtmlText,
    /// An HTML report newsmap wrote (see [`super::REPORT_MARK`]): its sentences are the
    /// folder's own, quoted, and would come back as copies of its events.
    #[error("a report newsmap wrote, not an article; not read")]
    OwnReport,
    /// Not JSON at all.
    #[error("not valid JSON: {0}")]
    InvalidJson(serde_json::Error),
    /// JSON that holds a value of this kind, not articles.
    #[error("the JSON holds {0}, not an article object or a list of them")]
    NotArticles(&'static str),
    /// A JSON list with nothing in it.
    #[error("the JSON list is empty")]
    EmptyList,
    /// JSON records none of which has text (the warnings say why).
    #[error("{}", .0.join("; "))]
    NoText(Vec<String>),
}

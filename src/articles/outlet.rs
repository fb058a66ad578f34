//! The outlet of an article that carries no metadata, read from its own text: the footers and
//! credit lines scrapers keep ("read more from dailymail", "READ MORE SUN STORIES",
//! "© 2021 Reuters", a line with the article's address), named with a small table of outlets.

/// Outlets by the word or domain their footers use, and the name to show.
const KNOWN: &[(&str, &str)] = &[
    ("dailymail", "Daily Mail"),
    ("mailonline", "Daily Mail"),
    ("sun", "The Sun"),
    ("thesun", "The Sun"),
    ("bbc", "BBC"),
    ("reuters", "Reuters"),
    ("apnews", "AP"),
    ("afp", "AFP"),
    ("aljazeera", "Al Jazeera"),
    ("theguardian", "The Guardian"),
    ("guardian", "The Guardian"),
    ("nytimes", "The New York Times"),
    ("washingtonpost", "The Washington Post"),
    ("cnn", "CNN"),
    ("telegraph", "The Telegraph"),
    ("independent", "The Independent"),
    ("foxnews", "Fox News"),
    ("tolonews", "TOLOnews"),
    ("kyivindependent", "The Kyiv Independent"),
    ("irrawaddy", "The Irrawaddy"),
];

/// How many lines at each end of the text are searched.
const EDGE_LINES: usize = 40;

/// The outlet the text names in a footer or credit line, if any.
pub(super) fn outlet_in_text(text: &str) -> Option<String> {
    let lines: Vec<&str> = text
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .collect();
    let tail = &lines[lines.len().saturating_sub(EDGE_LINES)..];
    tail.iter()
        .rev()
        .chain(lines.iter().take(5))
        .find_map(|line| outlet_in_line(line))
}

/// The outlet one footer line names.
fn outlet_in_line(line: &str) -> Option<String> {
    // Every line below starts so: the others (nearly all) are passed over without a copy.
    let starts = |prefix: &str| {
        (line.as_bytes().get(..prefix.len()))
            .is_some_and(|head| head.eq_ignore_ascii_case(prefix.as_bytes()))
    };
    if !(line.starts_with('©')
        || ["read more ", "copyright", "(c)", "http"]
            .into_iter()
            .any(starts))
    {
        return None;
    }
    let lower = line.to_lowercase();
    let words: Vec<&str> = lower
        .split(|c: char| c.is_whitespace() || c == '|')
        .filter(|w| !w.is_empty())
        .collect();
    // "read more from dailymail", "READ MORE SUN STORIES"
    if let Some(rest) = lower.strip_prefix("read more ") {
        let rest: Vec<&str> = rest.split_whitespace().collect();
        let name = match rest.as_slice() {
            ["from", name, ..] => *name,
            [name, "stories", ..] => *name,
            _ => return None,
        };
        return known(name.trim_matches(|c: char| !c.is_alphanumeric()));
    }
    // "© 2021 Reuters", "Copyright 2021 The Sun. All rights reserved."
    if words
        .first()
        .is_some_and(|w| *w == "©" || *w == "copyright" || *w == "(c)")
    {
        let mut name: Vec<&str> = Vec::new();
        for word in line.split_whitespace().skip(1) {
            if word.chars().all(|c| c.is_ascii_digit() || c == '-') {
                continue;
            }
            let end = word.ends_with(['.', ',']);
            name.push(word.trim_end_matches(['.', ',']));
            if end || name.len() == 4 {
                break;
            }
        }
        let key: String = name.concat().to_lowercase();
        return known(&key).or_else(|| (!name.is_empty()).then(|| name.join(" ")));
    }
    // A line that is the article's address.
    if words.len() == 1 && (lower.starts_with("http://") || lower.starts_with("https://")) {
        let host = lower.split('/').nth(2)?;
        let host = host.strip_prefix("www.").unwrap_or(host);
        let site = host.split('.').next()?;
        return known(site).or_else(|| Some(host.to_string()));
    }
    None
}

/// The outlet's name when the word is in the table.
fn known(word: &str) -> Option<String> {
    KNOWN
        .iter()
        .find(|(key, _)| *key == word)
        .map(|(_, name)| (*name).to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn footers_and_credit_lines_name_the_outlet() {
        let text = "Troops left the base.\nMore text here.\nread more from dailymail.....\nPREV Another story";
        assert_eq!(outlet_in_text(text).as_deref(), Some("Daily Mail"));
        let text = "Fighting went on.\nREAD MORE SUN STORIES\nA last paragraph.";
        assert_eq!(outlet_in_text(text).as_deref(), Some("The Sun"));
        let text = "Shelling hit the town.\n© 2023 Frontier Wire. All rights reserved.";
        assert_eq!(outlet_in_text(text).as_deref(), Some("Frontier Wire"));
        let text = "https://www.reuters.com/world/some-story\nShelling hit the town.";
        assert_eq!(outlet_in_text(text).as_deref(), Some("Reuters"));
    }

    #[test]
    fn a_text_that_names_no_outlet_gives_none() {
        assert_eq!(
            outlet_in_text("Read more about the war below.\nNothing else."),
            None
        );
        assert_eq!(outlet_in_text(""), None);
        assert_eq!(outlet_in_text("©"), None);
    }
}

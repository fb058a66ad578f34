//! `views.json`: views of the folder saved by name ([`SavedView`]: the map's extent, the time
//! window, the filters, the selection, the heat layer), so that a view can be cited and opened
//! again with `newsmap FOLDER --view NAME` ([`view_command`]). The file is
//! `{"version": 1, "views": {NAME: VIEW, ...}}`; a view this version cannot read is reported
//! by name and kept as it is on the next save, so a broken entry never loses the others.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use chrono::NaiveDate;
use serde_json::Value;

use super::{SCHEMA_VERSION, StoreError, check_version, locked, parse, read_text, write_json};
use crate::corrections::PlaceRef;
use crate::events::{EventId, EventKind};

/// Where the saved views live, relative to the article folder.
pub const VIEWS_FILE: &str = ".newsmap/views.json";

/// What the user looked at, to be shown again.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct SavedView {
    /// The map's extent, `[west, south, east, north]` in degrees.
    pub extent: [f64; 4],
    /// The time window's first and last days (none when the folder had no dated event).
    #[serde(default, with = "days")]
    pub days: Option<(NaiveDate, NaiveDate)>,
    /// Cumulative mode: everything from the folder's first day to the window's end.
    #[serde(default)]
    pub cumulative: bool,
    /// Whether undated events are shown.
    #[serde(default = "shown")]
    pub show_undated: bool,
    /// The filters besides time.
    #[serde(default)]
    pub filters: Filters,
    /// The selected place, found again in any build of the gazetteer.
    #[serde(default)]
    pub place: Option<PlaceRef>,
    /// The selected event (its id survives a re-read of the folder).
    #[serde(default)]
    pub event: Option<EventId>,
    /// Whether the density heat layer is drawn.
    #[serde(default)]
    pub heat_layer: bool,
}

fn shown() -> bool {
    true
}

/// Which events the viewer shows besides the time window, as the filter panel sets them and a
/// saved view keeps them.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(default)]
pub struct Filters {
    /// Kinds hidden (all shown by default).
    pub hidden_kinds: BTreeSet<EventKind>,
    /// Actors hidden.
    pub hidden_actors: BTreeSet<String>,
    /// Outlets hidden.
    pub hidden_outlets: BTreeSet<String>,
    /// Events under this confidence are hidden.
    pub min_confidence: f32,
    /// Only events whose place, in any spelling, contains this (folded as the geoparser
    /// folds names), when not empty.
    pub place_search: String,
}

impl SavedView {
    /// Whether `other` shows the same: equal but for the extent's rounding (a view restored
    /// in a window of the same size gives its extent back within a millionth of a degree).
    pub fn shows_the_same_as(&self, other: &SavedView) -> bool {
        let close = self
            .extent
            .iter()
            .zip(other.extent)
            .all(|(a, b)| (a - b).abs() < 1e-6);
        close
            && SavedView {
                extent: other.extent,
                ..self.clone()
            } == *other
    }
}

/// The days of a view as `{"from": "2021-07-01", "to": "2021-07-14"}`.
mod days {
    use chrono::NaiveDate;
    use serde::{Deserialize, Deserializer, Serialize, Serializer};

    #[derive(Serialize, Deserialize)]
    struct Days {
        from: String,
        to: String,
    }

    pub fn serialize<S: Serializer>(
        days: &Option<(NaiveDate, NaiveDate)>,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        days.map(|(from, to)| Days {
            from: from.to_string(),
            to: to.to_string(),
        })
        .serialize(serializer)
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Option<(NaiveDate, NaiveDate)>, D::Error> {
        let parse = |day: &str| {
            NaiveDate::parse_from_str(day, "%Y-%m-%d")
                .map_err(|e| serde::de::Error::custom(format!("{day:?} is no date ({e})")))
        };
        Option::<Days>::deserialize(deserializer)?
            .map(|days| Ok((parse(&days.from)?, parse(&days.to)?)))
            .transpose()
    }
}

/// The file's contents, each view kept as JSON until it is read (see [`SavedViews`]).
#[derive(serde::Serialize, serde::Deserialize)]
struct ViewsFile {
    /// The schema version (1 when absent).
    #[serde(default = "first_version")]
    version: u32,
    #[serde(default)]
    views: BTreeMap<String, Value>,
    /// Top-level fields this version does not know: kept as they are on the next save.
    #[serde(flatten)]
    unknown: BTreeMap<String, Value>,
}

fn first_version() -> u32 {
    1
}

/// The views saved in a folder.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct SavedViews {
    /// The views, by name.
    pub views: BTreeMap<String, SavedView>,
    /// The views that cannot be read, by name, with the reason (kept in the file).
    pub unreadable: BTreeMap<String, String>,
}

impl SavedViews {
    /// Every name saved, readable or not, in order.
    pub fn names(&self) -> Vec<String> {
        let mut names: Vec<String> = self
            .views
            .keys()
            .chain(self.unreadable.keys())
            .cloned()
            .collect();
        names.sort();
        names
    }
}

/// The file `path` (empty when there is no file).
fn read(path: &Path) -> Result<ViewsFile, StoreError> {
    let Some(text) = read_text(path)? else {
        return Ok(ViewsFile {
            version: SCHEMA_VERSION,
            views: BTreeMap::new(),
            unknown: BTreeMap::new(),
        });
    };
    let file: ViewsFile = parse(path, &text, "a newsmap views file")?;
    check_version(path, file.version)?;
    Ok(file)
}

/// Reads [`VIEWS_FILE`] in `folder`: no file, no views; a file that cannot be read is an error
/// (and is never overwritten); a view that cannot be read is listed apart.
pub fn load_views(folder: &Path) -> Result<SavedViews, StoreError> {
    let file = read(&folder.join(VIEWS_FILE))?;
    let mut saved = SavedViews::default();
    for (name, value) in file.views {
        match serde_json::from_value::<SavedView>(value) {
            Ok(view) => {
                saved.views.insert(name, view);
            }
            Err(error) => {
                saved.unreadable.insert(name, error.to_string());
            }
        }
    }
    Ok(saved)
}

/// Saves `view` under `name` in `folder`'s [`VIEWS_FILE`], replacing a view of that name and
/// keeping every other (readable or not), under the folder's lock. Returns the file written.
pub fn save_view(folder: &Path, name: &str, view: &SavedView) -> Result<PathBuf, StoreError> {
    let path = folder.join(VIEWS_FILE);
    let value = serde_json::to_value(view).map_err(|error| StoreError::Unreadable {
        reason: format!("cannot write the view ({error})"),
        path: path.clone(),
    })?;
    locked(&path, || {
        let mut file = read(&path)?;
        file.views.insert(name.to_string(), value);
        file.version = SCHEMA_VERSION;
        write_json(&path, &file)
    })?;
    Ok(path)
}

/// Why a view could not be opened.
#[derive(Debug, thiserror::Error)]
pub enum ViewError {
    /// The views file cannot be read.
    #[error(transparent)]
    Store(#[from] StoreError),
    /// No view has that name.
    #[error("no view named {name:?} in {folder}: {}", saved_list(.saved))]
    Unknown {
        /// The name asked for.
        name: String,
        /// The folder.
        folder: String,
        /// The names saved.
        saved: Vec<String>,
    },
    /// The view of that name cannot be read (written by hand, or by a newer newsmap).
    #[error("the view {name:?} cannot be read ({reason}); the file was not changed")]
    Unreadable {
        /// The name.
        name: String,
        /// Why.
        reason: String,
    },
}

fn saved_list(saved: &[String]) -> String {
    if saved.is_empty() {
        "no view is saved there (View › Save view… saves one)".to_string()
    } else {
        let quoted: Vec<String> = saved.iter().map(|name| format!("{name:?}")).collect();
        format!("the saved views are {}", quoted.join(", "))
    }
}

/// The view saved as `name` in `folder`.
pub fn find_view(folder: &Path, name: &str) -> Result<SavedView, ViewError> {
    let mut saved = load_views(folder)?;
    if let Some(view) = saved.views.remove(name) {
        return Ok(view);
    }
    if let Some(reason) = saved.unreadable.remove(name) {
        return Err(ViewError::Unreadable {
            name: name.to_string(),
            reason,
        });
    }
    Err(ViewError::Unknown {
        name: name.to_string(),
        folder: folder.display().to_string(),
        saved: saved.names(),
    })
}

/// The shell command that opens the view `name` of `folder`: `newsmap 'FOLDER' --view 'NAME'`,
/// each quoted for a POSIX shell.
pub fn view_command(folder: &Path, name: &str) -> String {
    format!(
        "newsmap {} --view {}",
        shell_quoted(&folder.to_string_lossy()),
        shell_quoted(name)
    )
}

/// `text` in single quotes, a quote in it written `'\''`.
fn shell_quoted(text: &str) -> String {
    format!("'{}'", text.replace('\'', r"'\''"))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn view() -> SavedView {
        SavedView {
            extent: [60.5, 29.0, 75.25, 38.5],
            days: NaiveDate::from_ymd_opt(2021, 7, 1).zip(NaiveDate::from_ymd_opt(2021, 7, 14)),
            cumulative: false,
            show_undated: false,
            filters: Filters {
                hidden_kinds: [EventKind::Assault].into(),
                hidden_actors: ["Taliban".to_string()].into(),
                hidden_outlets: BTreeSet::new(),
                min_confidence: 0.5,
                place_search: "Kunduz".into(),
            },
            place: None,
            event: Some(EventId(0x0123_4567_89ab_cdef)),
            heat_layer: true,
        }
    }

    #[test]
    fn a_saved_view_is_read_back_as_it_was_and_others_are_kept() {
        let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
        save_view(dir.path(), "first", &view()).unwrap_or_else(|e| panic!("{e}"));
        let second = SavedView {
            heat_layer: false,
            ..view()
        };
        save_view(dir.path(), "it's mine", &second).unwrap_or_else(|e| panic!("{e}"));
        let saved = load_views(dir.path()).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(saved.names(), ["first", "it's mine"]);
        assert_eq!(saved.views["first"], view());
        assert_eq!(saved.views["it's mine"], second);
        let text = std::fs::read_to_string(dir.path().join(VIEWS_FILE)).unwrap_or_default();
        assert!(text.contains("\"from\": \"2021-07-01\""), "{text}");
        assert!(text.contains("0123456789abcdef"), "{text}");
        // No temporary file is left beside it.
        let files = std::fs::read_dir(dir.path().join(".newsmap"))
            .map(|entries| {
                entries
                    .filter_map(Result::ok)
                    .map(|e| e.file_name())
                    .collect()
            })
            .unwrap_or_else(|_| Vec::new());
        assert_eq!(files, ["views.json"], "{files:?}");
    }

    #[test]
    fn a_broken_file_is_an_error_and_is_never_overwritten() {
        let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
        std::fs::create_dir_all(dir.path().join(".newsmap")).unwrap_or_else(|e| panic!("{e}"));
        let path = dir.path().join(VIEWS_FILE);
        std::fs::write(&path, "{\"views\": {\"a\": ").unwrap_or_else(|e| panic!("{e}"));
        let error = load_views(dir.path()).expect_err("must refuse");
        assert!(
            error.to_string().contains("not a newsmap views file"),
            "{error}"
        );
        let error = save_view(dir.path(), "b", &view()).expect_err("must refuse");
        assert!(error.to_string().contains("not changed"), "{error}");
        assert_eq!(
            std::fs::read_to_string(&path).unwrap_or_default(),
            "{\"views\": {\"a\": "
        );
        let error = find_view(dir.path(), "a").expect_err("must refuse");
        assert!(matches!(error, ViewError::Store(_)), "{error}");
    }

    #[test]
    fn a_broken_view_is_named_and_kept_and_the_others_still_open() {
        let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
        std::fs::create_dir_all(dir.path().join(".newsmap")).unwrap_or_else(|e| panic!("{e}"));
        let path = dir.path().join(VIEWS_FILE);
        std::fs::write(
            &path,
            r#"{"version": 1, "views": {"odd": {"extent": "Kabul"}}}"#,
        )
        .unwrap_or_else(|e| panic!("{e}"));
        save_view(dir.path(), "good", &view()).unwrap_or_else(|e| panic!("{e}"));
        let saved = load_views(dir.path()).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(saved.views.keys().collect::<Vec<_>>(), ["good"]);
        assert!(saved.unreadable.contains_key("odd"), "{saved:?}");
        let error = find_view(dir.path(), "odd").expect_err("unreadable");
        assert!(
            error.to_string().contains("\"odd\" cannot be read"),
            "{error}"
        );
        assert_eq!(
            find_view(dir.path(), "good").unwrap_or_else(|e| panic!("{e}")),
            view()
        );
    }

    #[test]
    fn an_unknown_name_lists_the_saved_ones() {
        let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
        let error = find_view(dir.path(), "kunduz").expect_err("nothing saved");
        assert!(error.to_string().contains("no view is saved"), "{error}");
        save_view(dir.path(), "july", &view()).unwrap_or_else(|e| panic!("{e}"));
        save_view(dir.path(), "august", &view()).unwrap_or_else(|e| panic!("{e}"));
        let error = find_view(dir.path(), "kunduz").expect_err("unknown");
        assert!(
            error
                .to_string()
                .ends_with("the saved views are \"august\", \"july\""),
            "{error}"
        );
    }

    #[test]
    fn the_command_quotes_the_folder_and_the_name_for_a_shell() {
        assert_eq!(
            view_command(Path::new("/data/news folder"), "Kunduz, Aug 8"),
            "newsmap '/data/news folder' --view 'Kunduz, Aug 8'"
        );
        assert_eq!(
            view_command(Path::new("/data/it's"), "a'b"),
            r"newsmap '/data/it'\''s' --view 'a'\''b'"
        );
    }

    #[test]
    fn views_differing_by_rounding_show_the_same() {
        let mut moved = view();
        moved.extent[0] += 1e-9;
        assert!(view().shows_the_same_as(&moved));
        moved.extent[0] += 0.1;
        assert!(!view().shows_the_same_as(&moved));
        let filtered = SavedView {
            cumulative: true,
            ..view()
        };
        assert!(!view().shows_the_same_as(&filtered));
    }
}

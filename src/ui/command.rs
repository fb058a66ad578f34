//! What the user can ask for: the panels draw and push [`Command`]s, and the app applies
//! them after the frame with one `match` (see `NewsmapApp::run_commands`), through the
//! corpus's use-cases. A panel never changes the corpus itself.

use std::path::PathBuf;

use crate::corpus::Fix;
use crate::corrections::ReportRef;
use crate::events::EventId;
use crate::export::Format;
use crate::gazetteer::PlaceId;
use crate::map::LatLon;
use crate::ui::share::Output;

/// A file the viewer writes: the visible events in a format, or a picture or report of them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Saved {
    /// The visible events in this format.
    Events(Format),
    /// The map, its playback or the report (see [`crate::ui::share`]).
    Share(Output),
}

/// Something the user asked for, applied after the frame is drawn.
#[derive(Clone, Debug, PartialEq)]
pub enum Command {
    /// Ask for a folder to read (the system dialog, else the browser in the window).
    ChooseFolder,
    /// Ask for an events file to read (the system dialog, else the browser in the window).
    ChooseEventsFile,
    /// Read another folder or events file; a path that is neither (or cannot be read) leaves
    /// the loaded one.
    OpenFolder(PathBuf),
    /// Read article files behind links that leave the folder, or not, and read the folder
    /// again.
    FollowOutsideLinks(bool),
    /// Stop reading the current folder.
    CancelIngest,
    /// Select a place (its marker), or nothing.
    SelectPlace(Option<PlaceId>),
    /// Select an event, or none.
    SelectEvent(Option<EventId>),
    /// Show an article in the reader window, scrolled to a sentence (byte range of its text).
    OpenArticle(usize, std::ops::Range<usize>),
    /// Fit the map to the visible markers.
    FitToMarkers,
    /// Save a publication date for an article (by key), then read the folder again.
    SetDate(String, chrono::NaiveDate),
    /// Ask where to export the visible events (after filters and time window) in a format.
    Export(Format),
    /// Ask where to save a picture of the map, its playback or the report of the visible
    /// events.
    Share(Output),
    /// Write the visible events (or a picture or report of them) to `path`; an existing file
    /// is replaced only with `replace` (else the user is asked).
    ExportTo {
        /// The file.
        path: PathBuf,
        /// What is written.
        what: Saved,
        /// Whether the user agreed to replace an existing file.
        replace: bool,
    },
    /// Open the place editor of an event, or close it.
    EditPlace(Option<EventId>),
    /// The map was clicked while picking a place.
    PickedOnMap {
        /// Where the click was.
        at: LatLon,
        /// How far (degrees of arc) a few pixels reach at the map's zoom: a larger town
        /// within it wins over the nearest.
        reach_deg: f64,
    },
    /// Correct an event; saved in the folder and applied at once.
    FixEvent(EventId, Fix),
    /// Show again a report marked as not an event.
    RestoreReport(ReportRef),
    /// Save what the viewer shows as a view of this name in the folder.
    SaveView(String),
    /// Show the view saved under this name.
    RestoreView(String),
    /// Copy the command line that opens what the viewer shows (saved first if need be).
    CopyViewCommand,
}

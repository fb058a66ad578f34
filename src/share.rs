//! `newsmap report` and `newsmap record`: the HTML report, the PNG of the map and the GIF of
//! the playback of a whole folder, with no filter and the view fitted to its events (see
//! [`newsmap::ui::share`]).

use std::path::Path;
use std::process::ExitCode;
use std::sync::Arc;
use std::time::Instant;

use anyhow::{Result, bail};

use newsmap::corpus::Corpus;
use newsmap::ingest;
use newsmap::map::{Basemap, View};
use newsmap::ui::share::{self, Camera, Recording, Scene, TownLabel};
use newsmap::ui::{Filters, TimeWindow};

use crate::measure::load_gazetteer;

/// A folder read, and the scene of all its events.
struct Folder {
    corpus: Corpus,
    scene: Scene,
}

impl Folder {
    /// Reads `folder`'s articles (leaving its cache alone) with the gazetteer of
    /// `gazetteer_dir`, and loads the bundled basemap.
    fn read(folder: &Path, gazetteer_dir: &Path) -> Result<Self> {
        if !folder.is_dir() {
            bail!("not a folder: {folder:?}");
        }
        let (gazetteer, _) = load_gazetteer(gazetteer_dir)?;
        let corpus = ingest::read_corpus(folder, &gazetteer);
        let basemap = match Basemap::load(&Basemap::bundled_path()) {
            Ok(basemap) => Some(basemap),
            Err(error) => {
                eprintln!("newsmap: the map has no basemap: {error}");
                None
            }
        };
        let towns = TownLabel::of(&gazetteer);
        let filters = Filters::default();
        let scene = Scene::new(&corpus, &filters, Arc::new(gazetteer), basemap, towns);
        Ok(Self { corpus, scene })
    }

    /// The window over all the events' days.
    fn window(&self) -> TimeWindow {
        let mut window = TimeWindow::default();
        window.fit(&self.corpus.events);
        window
    }
}

/// `newsmap report FOLDER --out FILE.html`: the report of every event of the folder.
pub fn report(folder: &Path, out: &Path, gazetteer_dir: &Path, size: [u32; 2]) -> Result<ExitCode> {
    let started = Instant::now();
    let folder = Folder::read(folder, gazetteer_dir)?;
    let scene = &folder.scene;
    let mut camera = Camera::new(size);
    let view = camera.fitted_view(scene, View::default());
    let window = folder.window();
    let events = share::save_report(&mut camera, scene, &folder.corpus, &window, view, out, true)?;
    eprintln!(
        "newsmap: report of {events} events written to {} ({:.1} s)",
        out.display(),
        started.elapsed().as_secs_f64()
    );
    Ok(ExitCode::SUCCESS)
}

/// `newsmap record FOLDER --out FILE.gif|FILE.png`: the playback of the folder's events as a
/// GIF, or the map of all of them as a PNG.
pub fn record(
    folder: &Path,
    out: &Path,
    gazetteer_dir: &Path,
    recording: &Recording,
) -> Result<ExitCode> {
    let started = Instant::now();
    let folder = Folder::read(folder, gazetteer_dir)?;
    let scene = &folder.scene;
    let mut camera = Camera::new(recording.size);
    let view = camera.fitted_view(scene, View::default());
    let window = folder.window();
    let [width, height] = camera.size();
    match out.extension().and_then(|e| e.to_str()) {
        Some("png") => {
            share::save_png(&mut camera, scene, &window, view, out, true)?;
            eprintln!(
                "newsmap: map of {width}×{height} written to {} ({:.1} s)",
                out.display(),
                started.elapsed().as_secs_f64()
            );
        }
        Some("gif") => {
            let recorded =
                share::save_gif(&mut camera, scene, &window, view, recording, out, true)?;
            if !window.has_days() {
                eprintln!("newsmap: no event is dated: the playback is one frame");
            }
            eprintln!(
                "newsmap: {} frame(s) of {width}×{height}, {} per frame, {} ms each, written to {} ({:.1} s)",
                recorded.frames,
                if recorded.step_days == 1 {
                    "1 day".to_string()
                } else {
                    format!("{} days", recorded.step_days)
                },
                recording.delay_ms,
                out.display(),
                started.elapsed().as_secs_f64()
            );
        }
        _ => bail!("--out must end in .gif or .png: {out:?}"),
    }
    Ok(ExitCode::SUCCESS)
}

/// A size written `WIDTHxHEIGHT` ("960x600"), each side 16 to 4000 pixels.
pub fn parse_size(text: &str) -> Result<[u32; 2]> {
    let parsed = text
        .split_once(['x', '×'])
        .and_then(|(w, h)| Some([w.trim().parse::<u32>().ok()?, h.trim().parse::<u32>().ok()?]));
    match parsed {
        Some(size)
            if size
                .iter()
                .all(|side| (16..=share::playback::MAX_SIDE).contains(side)) =>
        {
            Ok(size)
        }
        _ => bail!(
            "--size {text:?}: write WIDTHxHEIGHT, each 16 to {} pixels",
            share::playback::MAX_SIDE
        ),
    }
}

//! Frame times on the UI thread, printed when asked for (`NEWSMAP_TIMING=1`): how long after
//! start the first frame is drawn, and the frames drawn while a folder is read.

use std::time::Instant;

/// Frame times on the UI thread (input, merging what the reader sent, layout), for
/// `NewsmapApp::report_timing`.
#[derive(Default)]
pub struct Timing {
    /// When the program started, until the first frame is reported.
    started: Option<Instant>,
    /// When the current frame started.
    pub frame_started: Option<Instant>,
    /// When the current read started, and the frames drawn during it (ms).
    read: Option<(Instant, Vec<f64>)>,
}

impl Timing {
    /// Timing of a program that started at `started`.
    pub fn new(started: Instant) -> Self {
        Self {
            started: Some(started),
            ..Self::default()
        }
    }

    /// Records a frame; prints the first frame's delay, and a summary once a read ends.
    pub fn frame_done(&mut self, loading: bool, articles: usize) {
        if let Some(started) = self.started.take() {
            let ms = started.elapsed().as_millis();
            eprintln!("newsmap: first frame drawn {ms} ms after start");
        }
        let took = self
            .frame_started
            .map_or(0.0, |t| t.elapsed().as_secs_f64() * 1000.0);
        match (&mut self.read, loading) {
            (Some((_, frames)), true) => frames.push(took),
            (None, true) => self.read = Some((Instant::now(), vec![took])),
            (Some((read_started, frames)), false) => {
                frames.sort_by(f64::total_cmp);
                eprintln!(
                    "newsmap: {articles} articles read in {:.1} s; {} frames meanwhile, median {:.1} ms, longest {:.1} ms",
                    read_started.elapsed().as_secs_f64(),
                    frames.len(),
                    frames[frames.len() / 2],
                    frames[frames.len() - 1]
                );
                self.read = None;
            }
            (None, false) => {}
        }
    }
}

//! The benchmarks of `newsmap bench`: the pipeline's speed ([`pipeline`]), how its time grows
//! with the size of one file ([`scaling`]), one viewer frame on synthetic folders of 0 to
//! 100,000 events ([`frames`], with [`synthetic_corpus`]), and the viewer's frames while it
//! reads a folder ([`read`]).

use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::{Duration, Instant};

use anyhow::{Context as _, Result, bail};

use newsmap::articles::{self, ReadOptions};
use newsmap::eval::Document;
use newsmap::events::{self, Event};
use newsmap::gazetteer::Gazetteer;
use newsmap::geoparse::{GeoparseOptions, Geoparser, Toponym, line_ranges};

use crate::measure::{load_gazetteer, predict, read_gold, sample_folder, text_megabytes};

/// A document's text, its lines and its toponyms, ready for event extraction.
type ParsedDocument<'a> = (&'a str, Vec<std::ops::Range<usize>>, Vec<Toponym>);

/// Times the gazetteer's load, geoparsing, and event extraction and merging on the gold
/// corpus at `corpus` (else the bundled sample), with the gazetteer of `dir`.
pub fn pipeline(dir: &Path, corpus: Option<&Path>) -> Result<ExitCode> {
    // From the TSV files alone, then through the cached binary form (made by the first load
    // if it is missing).
    let mut uncached_times = Vec::new();
    for _ in 0..5 {
        let started = Instant::now();
        let gazetteer = Gazetteer::load_with_cache(dir, None)?;
        uncached_times.push(started.elapsed().as_secs_f64() * 1000.0);
        // Dropped untimed, as the cached loads' gazetteers are.
        drop(gazetteer);
    }
    load_gazetteer(dir)?;
    let mut load_times = Vec::new();
    let mut gazetteer = None;
    for _ in 0..5 {
        let (g, ms) = load_gazetteer(dir)?;
        load_times.push(ms);
        gazetteer = Some(g);
    }
    let Some(gazetteer) = gazetteer else {
        bail!("no gazetteer")
    };
    load_times.sort_by(f64::total_cmp);
    uncached_times.sort_by(f64::total_cmp);
    println!(
        "gazetteer load: median {:.1} ms, best {:.1} ms over 5 loads ({} places); from the TSV files alone: median {:.1} ms",
        load_times[2],
        load_times[0],
        gazetteer.len(),
        uncached_times[2]
    );
    println!(
        "edit-distance index, built once on first use: {:.1} ms",
        gazetteer.prepare_fuzzy().as_secs_f64() * 1000.0
    );
    let geoparser = Geoparser::new(&gazetteer, GeoparseOptions::default());
    let corpus = match corpus {
        Some(path) => read_gold(path)?,
        None => sample_as_corpus()?,
    };
    let megabytes = text_megabytes(&corpus);
    let mut rates = Vec::new();
    for _ in 0..3 {
        let (_, seconds) = predict(&geoparser, &corpus, false);
        rates.push(megabytes / seconds.max(1e-9));
    }
    rates.sort_by(f64::total_cmp);
    println!(
        "geoparsing: median {:.2} MB/s, best {:.2} MB/s over 3 runs of {megabytes:.2} MB on one thread",
        rates[1], rates[2]
    );
    // Event extraction: each document read as an article published on a fixed day.
    let published = chrono::NaiveDate::from_ymd_opt(2021, 7, 14);
    let documents: Vec<ParsedDocument> = corpus
        .iter()
        .map(|d| {
            let lines = line_ranges(&d.text);
            let toponyms = geoparser.parse(&d.text, &lines);
            (d.text.as_str(), lines, toponyms)
        })
        .collect();
    let mut event_rates = Vec::new();
    let mut pipeline_rates = Vec::new();
    for _ in 0..3 {
        let started = Instant::now();
        let mut mentions = Vec::new();
        for (i, (text, lines, toponyms)) in documents.iter().enumerate() {
            mentions.extend(
                events::extract_mentions(&gazetteer, i, text, lines, toponyms, published)
                    .into_iter()
                    .map(std::sync::Arc::new),
            );
        }
        let count = mentions.len();
        let keys: Vec<String> = (0..documents.len()).map(|i| i.to_string()).collect();
        let merged = events::merge(&gazetteer, &mentions, &keys);
        let events_seconds = started.elapsed().as_secs_f64();
        event_rates.push(megabytes / events_seconds.max(1e-9));
        let (_, geoparse_seconds) = predict(&geoparser, &corpus, false);
        pipeline_rates.push(megabytes / (events_seconds + geoparse_seconds).max(1e-9));
        if event_rates.len() == 3 {
            println!(
                "events: {count} event mentions merged into {} events",
                merged.len()
            );
        }
    }
    event_rates.sort_by(f64::total_cmp);
    pipeline_rates.sort_by(f64::total_cmp);
    println!(
        "event extraction and merging: median {:.2} MB/s; geoparsing + events: median {:.2} MB/s (one thread)",
        event_rates[1], pipeline_rates[1]
    );
    Ok(ExitCode::SUCCESS)
}

/// The sizes [`scaling`] times, in bytes.
const SCALING_SIZES: [usize; 4] = [500_000, 1_000_000, 2_000_000, 4_000_000];

/// The most that the time for 4 MB may be of the time for 1 MB: linear, with slack.
const MAX_SCALING_RATIO: f64 = 5.0;

/// Times reading, geoparsing and extracting the events of one file of 0.5, 1, 2 and 4 MB, of
/// news text (lines of the sample's sentences) and of one line without spaces (the best of
/// three runs each), and prints the ratio of the 4 MB time to the 1 MB time. Fails when a
/// ratio is over 5.
pub fn scaling(gazetteer_dir: &Path) -> Result<ExitCode> {
    let (gazetteer, _) = load_gazetteer(gazetteer_dir)?;
    let folder = std::env::temp_dir().join(format!("newsmap-scaling-{}", std::process::id()));
    std::fs::create_dir_all(&folder).with_context(|| format!("creating {}", folder.display()))?;
    let sentences = sample_sentences()?;
    let kinds: [(&str, &dyn Fn(usize) -> String); 2] = [
        ("news text", &|bytes| news_text(&sentences, bytes)),
        ("a line without spaces", &line_without_spaces),
    ];
    // An untimed first read builds the gazetteer's indexes that are made on first use.
    std::fs::write(folder.join("article.txt"), news_text(&sentences, 100_000))
        .with_context(|| format!("writing in {}", folder.display()))?;
    newsmap::ingest::read_corpus(&folder, &gazetteer);
    let mut linear = true;
    for (what, make) in kinds {
        let mut seconds = Vec::new();
        for bytes in SCALING_SIZES {
            let file = folder.join("article.txt");
            std::fs::write(&file, make(bytes))
                .with_context(|| format!("writing {}", file.display()))?;
            // The best of three runs: the machine may be busy with something else.
            let mut best = f64::INFINITY;
            let mut corpus = None;
            for _ in 0..3 {
                let started = Instant::now();
                corpus = Some(newsmap::ingest::read_corpus(&folder, &gazetteer));
                best = best.min(started.elapsed().as_secs_f64());
            }
            let Some(corpus) = corpus else {
                bail!("no run")
            };
            seconds.push(best);
            println!(
                "{what}: {:.1} MB in {:.2} s ({} places, {} events)",
                bytes as f64 / 1e6,
                seconds[seconds.len() - 1],
                corpus.place_mention_count(),
                corpus.events.len()
            );
        }
        let ratio = seconds[3] / seconds[1].max(1e-9);
        linear &= ratio <= MAX_SCALING_RATIO;
        println!("{what}: 4 MB / 1 MB = {ratio:.2} (at most {MAX_SCALING_RATIO})");
    }
    std::fs::remove_dir_all(&folder).with_context(|| format!("removing {}", folder.display()))?;
    Ok(if linear {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    })
}

/// The sentences of the bundled sample's articles.
fn sample_sentences() -> Result<Vec<String>> {
    let report = articles::read_folder(&sample_folder(), &ReadOptions::default());
    let sentences: Vec<String> = report
        .articles
        .iter()
        .flat_map(|a| {
            events::sentences(&a.text, &a.kept)
                .into_iter()
                .map(|s| a.text[s].to_string())
        })
        .collect();
    if sentences.is_empty() {
        bail!("the bundled sample has no sentences");
    }
    Ok(sentences)
}

/// A pseudo-random number generator (a linear congruential one): the same text on every run.
struct Lcg(u64);

impl Lcg {
    /// A number below `below`.
    fn below(&mut self, below: usize) -> usize {
        self.0 = self
            .0
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        ((self.0 >> 33) % below as u64) as usize
    }
}

/// About `bytes` of news text: lines of two to five sentences drawn from `sentences`.
fn news_text(sentences: &[String], bytes: usize) -> String {
    let mut random = Lcg(13);
    let mut text = String::with_capacity(bytes + 1000);
    while text.len() < bytes {
        for _ in 0..2 + random.below(4) {
            text.push_str(&sentences[random.below(sentences.len())]);
            text.push(' ');
        }
        text.push('\n');
    }
    text
}

/// `bytes` of letters, full stops, commas and hyphens, with no space and no line break.
fn line_without_spaces(bytes: usize) -> String {
    const LETTERS: &[u8] = b"abcdefghKabulHerat.,-";
    let mut random = Lcg(13);
    (0..bytes)
        .map(|_| char::from(LETTERS[random.below(LETTERS.len())]))
        .collect()
}

fn sample_as_corpus() -> Result<Vec<Document>> {
    let report = articles::read_folder(&sample_folder(), &ReadOptions::default());
    Ok(report
        .articles
        .into_iter()
        .map(|a| Document {
            doc_id: a.key,
            text: a.text,
            toponyms: Vec::new(),
            meta: None,
        })
        .collect())
}

/// Times frames of the viewer (layout, painting and tessellation, no GPU) on synthetic folders
/// of 0, 1,000 and 100,000 events placed at towns of Afghanistan and its neighbours over 60
/// days, then the same frames with the heat layer on, from the same view and time window.
pub fn frames(gazetteer_dir: &Path) -> Result<ExitCode> {
    let (gazetteer, _) = load_gazetteer(gazetteer_dir)?;
    let gazetteer = std::sync::Arc::new(gazetteer);
    for count in [0, 1_000, 100_000] {
        let corpus = synthetic_corpus(&gazetteer, count);
        let mut app =
            newsmap::ui::NewsmapApp::with_corpus(std::sync::Arc::clone(&gazetteer), corpus);
        let ctx = egui::Context::default();
        // The first frame fits the map to the events: the heat layer's cases start from there.
        frame(&ctx, &mut app, 0, 0.0);
        let (view, window) = (*app.map_view(), app.time_window().clone());
        println!(
            "frame with {count} events: {}",
            frame_cases(&ctx, &mut app).join("\n  ")
        );
        (*app.map_view(), *app.time_window()) = (view, window);
        app.show_heat_layer(true);
        let cases = frame_cases(&ctx, &mut app);
        println!(
            "  with the heat layer ({} cells): {}",
            app.heat_layer_cells(),
            cases.join("\n    ")
        );
    }
    Ok(ExitCode::SUCCESS)
}

/// One frame of `app` drawn headless (layout, painting, tessellation), in ms; `scrub` moves a
/// 20-day time window by that many days first, as dragging its slider does; `pan` moves the
/// map by that many pixels, as dragging it does.
fn frame(ctx: &egui::Context, app: &mut newsmap::ui::NewsmapApp, scrub: i32, pan: f64) -> f64 {
    if scrub != 0 {
        let window = app.time_window();
        window.end_day = window.end_day.min(window.start_day + 20);
        window.step(scrub);
    }
    if pan != 0.0 {
        app.map_view().pan([pan, 0.0]);
    }
    let started = Instant::now();
    let output = ctx.run_ui(headless_input(), |ui| app.show(ui));
    ctx.tessellate(output.shapes, output.pixels_per_point);
    started.elapsed().as_secs_f64() * 1000.0
}

/// Times a still frame, a 20-day window scrubbed back and forth a day a frame, and a drag
/// across the map 20 px a frame (most frames move the prepared basemap, some build it again);
/// returns a line for each.
fn frame_cases(ctx: &egui::Context, app: &mut newsmap::ui::NewsmapApp) -> [String; 3] {
    for _ in 0..3 {
        frame(ctx, app, 0, 0.0);
    }
    let median = |mut times: Vec<f64>| {
        times.sort_by(f64::total_cmp);
        (times[times.len() / 2], times[0])
    };
    let (still, still_best) = median((0..15).map(|_| frame(ctx, app, 0, 0.0)).collect());
    let (scrub, scrub_best) = median(
        (0..16)
            .map(|i| frame(ctx, app, if i % 8 < 4 { 1 } else { -1 }, 0.0))
            .collect(),
    );
    let pans: Vec<f64> = (0..24).map(|_| frame(ctx, app, 0, 20.0)).collect();
    let longest = pans.iter().copied().fold(0.0, f64::max);
    let (pan, pan_best) = median(pans);
    [
        format!(
            "median {still:.2} ms, best {still_best:.2} ms over 15 frames (map, timeline, panels; layout + tessellation, 1400x900)"
        ),
        format!(
            "while scrubbing a 20-day window: median {scrub:.2} ms, best {scrub_best:.2} ms over 16 frames"
        ),
        format!(
            "while dragging the map 20 px a frame: median {pan:.2} ms, best {pan_best:.2} ms, longest {longest:.2} ms over 24 frames"
        ),
    ]
}

/// One frame's input for the headless benchmarks: a 1400x900 window, no event.
fn headless_input() -> egui::RawInput {
    egui::RawInput {
        screen_rect: Some(egui::Rect::from_min_size(
            egui::Pos2::ZERO,
            egui::vec2(1400.0, 900.0),
        )),
        ..Default::default()
    }
}

/// The viewer reading `folder` (or an events file), headless: frames (layout and
/// tessellation) are drawn while the reader works, `fps` a second (at least 1: 60, a
/// display's pace, as when the user drags the map all along; 4, the viewer's own pace while it
/// reads and the user waits), or back to back when `None`; their times on the UI thread are
/// reported.
pub fn read(folder: &Path, fps: Option<u32>) -> Result<ExitCode> {
    if folder.is_file() {
        newsmap::ingest::check_events_file(folder)?;
    } else if !folder.is_dir() {
        bail!("not a folder: {}", folder.display());
    }
    let frame_every = match fps {
        Some(fps) => Duration::from_secs(1) / fps,
        None => Duration::ZERO,
    };
    let ctx = egui::Context::default();
    let started = Instant::now();
    let mut app = newsmap::ui::NewsmapApp::new(&ctx, folder.to_path_buf(), None);
    let mut frames = Vec::new();
    loop {
        let frame_started = Instant::now();
        app.advance(&ctx);
        let output = ctx.run_ui(headless_input(), |ui| app.show(ui));
        ctx.tessellate(output.shapes, output.pixels_per_point);
        let took = frame_started.elapsed();
        frames.push(took.as_secs_f64() * 1000.0);
        if !app.is_loading() {
            break;
        }
        std::thread::sleep(frame_every.saturating_sub(took));
    }
    let seconds = started.elapsed().as_secs_f64();
    // The first frame lays out and tessellates the whole basemap: reported apart.
    let first = frames.remove(0);
    frames.sort_by(f64::total_cmp);
    let corpus = app.corpus();
    let at = |share: f64| frames.get(((frames.len().max(1) - 1) as f64 * share) as usize);
    let ms = |v: Option<&f64>| v.map_or("-".to_string(), |v| format!("{v:.1} ms"));
    println!(
        "read {} articles ({} events) in {seconds:.1} s; first frame {first:.1} ms, then {} frames: median {}, 95th percentile {}, longest {}",
        corpus.articles.len(),
        corpus.events.len(),
        frames.len(),
        ms(at(0.5)),
        ms(at(0.95)),
        ms(at(1.0))
    );
    Ok(ExitCode::SUCCESS)
}

/// `count` events at towns of Afghanistan and its neighbours, over 60 days from 2021-07-01,
/// each reported by one sentence of one synthetic article. Deterministic.
fn synthetic_corpus(gazetteer: &Gazetteer, count: usize) -> newsmap::corpus::Corpus {
    use newsmap::events::{EventKind, EventMention};
    use newsmap::geoparse::{MentionForm, Precision};
    let towns: Vec<newsmap::gazetteer::PlaceId> = (0..gazetteer.len() as u32)
        .map(newsmap::gazetteer::PlaceId)
        .filter(|&id| {
            let p = gazetteer.place(id);
            p.kind == newsmap::gazetteer::PlaceKind::Town
                && ["AF", "PK", "IR", "TJ"].contains(&p.country.as_str())
        })
        .collect();
    let text = "Fighters attacked the town.".to_string();
    let article = articles::Article {
        id: articles::ArticleId(0),
        key: "synthetic.txt".into(),
        path: PathBuf::from("synthetic.txt"),
        title: Some("Synthetic".into()),
        outlet: None,
        url: None,
        published: None,
        kept: newsmap::geoparse::line_ranges(&text),
        dropped: Vec::new(),
        text,
    };
    let mut seed: u64 = 0x2545_f491_4f6c_dd1d;
    let mut next = move || {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        seed
    };
    let start = chrono::NaiveDate::from_ymd_opt(2021, 7, 1).unwrap_or_default();
    let events = (0..count)
        .map(|id| {
            let place = towns[(next() % towns.len().max(1) as u64) as usize];
            let kind = EventKind::ALL[(next() % EventKind::ALL.len() as u64) as usize];
            let day = start + chrono::Days::new(next() % 60);
            let toponym = newsmap::geoparse::Toponym {
                span: 0..1,
                surface: "x".into(),
                place,
                precision: Precision::Town,
                confidence: 0.9,
                alternatives: Box::default(),
                form: MentionForm::Name,
            };
            let time = newsmap::time::DateRange::day(day);
            let mention = EventMention {
                article: 0,
                kind,
                sentence: 0..27,
                trigger: 10..18,
                place: Some(toponym),
                time: Some(time),
                day_stated: false,
                actors: vec!["Taliban".into()],
                quantities: Vec::new(),
                casualties: Default::default(),
                reported: false,
                hedged: false,
                caption: false,
                place_inherited: false,
                place_corrected: false,
                confidence: 0.8,
            };
            Event {
                id: newsmap::events::EventId(id as u64),
                kind,
                place: Some(place),
                precision: Some(Precision::Town),
                time: Some(time),
                actors: vec!["Taliban".into()],
                quantities: Vec::new(),
                casualties: Default::default(),
                unconfirmed: false,
                confidence: 0.8,
                mentions: vec![mention.into()],
                merge_reasons: Vec::new(),
            }
        })
        .collect();
    newsmap::corpus::Corpus {
        folder: PathBuf::from("synthetic"),
        articles: vec![article.into()],
        events,
        ..Default::default()
    }
}

//! Command-line parsing and the non-interactive commands.

use std::io::Write as _;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::Instant;

use anyhow::{Context as _, Result, bail};

use newsmap::articles::{self, ReadOptions};
use newsmap::eval::{self, Document, ScoredToponym};
use newsmap::events::{self, Event};
use newsmap::export::{self, Format};
use newsmap::gazetteer::{self, Gazetteer};
use newsmap::geoparse::{GeoparseOptions, Geoparser, Toponym, line_ranges};
use newsmap::ingest;

const USAGE: &str = "\
usage:
  newsmap [FOLDER]                       open the viewer on FOLDER (default: the bundled sample)
  newsmap extract FOLDER [--events] [--format jsonl|geojson|csv|kml] [--out FILE]
                                         every resolved place mention of the folder's articles,
                                         or with --events every event (kml: events only)
  newsmap eval CORPUS.jsonl [--predictions OUT.jsonl] [--no-demonyms] [--no-fuzzy]
                                         score the geoparser on a gold corpus (EUPEG rule)
  newsmap bench [CORPUS.jsonl]           gazetteer load time, geoparsing and event speed
  newsmap bench --frame                  cost of one viewer frame with 1,000 and 100,000 events
  newsmap bench --read FOLDER            viewer frame times while it reads FOLDER (headless)
options:
  --gazetteer DIR                        the gazetteer folder (default: the bundled one)";

/// Runs the command line `args` (without the program name).
pub fn run(args: &[String]) -> Result<ExitCode> {
    let mut args = Arguments::parse(args)?;
    match args.positional.first().map(String::as_str) {
        Some("extract") => extract(&mut args),
        Some("eval") => evaluate(&mut args),
        Some("bench") => bench(&mut args),
        Some("help" | "-h" | "--help") => {
            println!("{USAGE}");
            Ok(ExitCode::SUCCESS)
        }
        Some(folder) if args.positional.len() == 1 => viewer(PathBuf::from(folder)),
        None => viewer(sample_folder()),
        Some(_) => {
            eprintln!("{USAGE}");
            Ok(ExitCode::FAILURE)
        }
    }
}

/// Opens the desktop viewer on `folder`.
fn viewer(folder: PathBuf) -> Result<ExitCode> {
    let started = Instant::now();
    let options = eframe::NativeOptions {
        viewport: egui::ViewportBuilder::default()
            .with_inner_size([1280.0, 800.0])
            .with_title("newsmap"),
        ..Default::default()
    };
    eframe::run_native(
        "newsmap",
        options,
        Box::new(move |cc| {
            let mut app = newsmap::ui::NewsmapApp::new(&cc.egui_ctx, folder, cc.storage);
            // NEWSMAP_TIMING=1 prints how long after start the first frame is drawn, and the
            // frame times while a folder is read.
            if std::env::var_os("NEWSMAP_TIMING").is_some() {
                app.report_timing(started);
            }
            Ok(Box::new(app))
        }),
    )
    .map_err(|e| anyhow::anyhow!("cannot open a window: {e}"))?;
    Ok(ExitCode::SUCCESS)
}

/// Positional arguments and `--name value` options.
struct Arguments {
    positional: Vec<String>,
    options: Vec<(String, Option<String>)>,
}

impl Arguments {
    const FLAGS: &'static [&'static str] = &["--no-demonyms", "--no-fuzzy", "--events", "--frame"];

    fn parse(args: &[String]) -> Result<Self> {
        let mut positional = Vec::new();
        let mut options = Vec::new();
        let mut iter = args.iter();
        while let Some(arg) = iter.next() {
            if arg.starts_with("--") {
                if Self::FLAGS.contains(&arg.as_str()) {
                    options.push((arg.clone(), None));
                } else {
                    let value = iter
                        .next()
                        .with_context(|| format!("{arg} needs a value"))?;
                    options.push((arg.clone(), Some(value.clone())));
                }
            } else {
                positional.push(arg.clone());
            }
        }
        Ok(Self {
            positional,
            options,
        })
    }

    fn value(&self, name: &str) -> Option<&str> {
        self.options
            .iter()
            .rev()
            .find(|(n, _)| n == name)
            .and_then(|(_, v)| v.as_deref())
    }

    fn flag(&self, name: &str) -> bool {
        self.options.iter().any(|(n, _)| n == name)
    }

    fn path(&self, index: usize, what: &str) -> Result<PathBuf> {
        self.positional
            .get(index)
            .map(PathBuf::from)
            .with_context(|| format!("missing {what}\n{USAGE}"))
    }

    fn gazetteer_dir(&self) -> PathBuf {
        self.value("--gazetteer")
            .map(PathBuf::from)
            .unwrap_or_else(gazetteer::default_dir)
    }

    fn geoparse_options(&self) -> GeoparseOptions {
        GeoparseOptions {
            demonyms: !self.flag("--no-demonyms"),
            fuzzy: !self.flag("--no-fuzzy"),
        }
    }
}

fn load_gazetteer(dir: &Path) -> Result<(Gazetteer, f64)> {
    let started = Instant::now();
    let gazetteer = Gazetteer::load(dir).context("loading the gazetteer")?;
    Ok((gazetteer, started.elapsed().as_secs_f64() * 1000.0))
}

fn read_corpus(path: &Path) -> Result<Vec<Document>> {
    let text = std::fs::read_to_string(path).with_context(|| format!("reading corpus {path:?}"))?;
    text.lines()
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty())
        .map(|(i, line)| {
            serde_json::from_str(line).with_context(|| format!("line {} of corpus {path:?}", i + 1))
        })
        .collect()
}

/// Geoparses every document; returns predictions and the seconds spent geoparsing.
fn predict(geoparser: &Geoparser, corpus: &[Document]) -> (Vec<Document>, f64) {
    let mut predictions = Vec::with_capacity(corpus.len());
    let mut seconds = 0.0;
    for doc in corpus {
        let started = Instant::now();
        let toponyms = geoparser.parse_text(&doc.text);
        seconds += started.elapsed().as_secs_f64();
        let to_char = eval::char_offsets(&doc.text);
        let gazetteer = geoparser.gazetteer();
        predictions.push(Document {
            doc_id: doc.doc_id.clone(),
            text: String::new(),
            toponyms: toponyms
                .iter()
                .map(|t| {
                    let place = gazetteer.place(t.place);
                    ScoredToponym {
                        start: to_char(t.span.start),
                        end: to_char(t.span.end),
                        name: t.surface.clone(),
                        lat: Some(place.lat),
                        lon: Some(place.lon),
                    }
                })
                .collect(),
        });
    }
    (predictions, seconds)
}

fn evaluate(args: &mut Arguments) -> Result<ExitCode> {
    let corpus_path = args.path(1, "CORPUS.jsonl")?;
    let corpus = read_corpus(&corpus_path)?;
    let megabytes = text_megabytes(&corpus);
    let (gazetteer, load_ms) = load_gazetteer(&args.gazetteer_dir())?;
    gazetteer.prepare_fuzzy();
    let geoparser = Geoparser::new(&gazetteer, args.geoparse_options());
    let (predictions, seconds) = predict(&geoparser, &corpus);
    if let Some(out) = args.value("--predictions") {
        let mut file = std::io::BufWriter::new(
            std::fs::File::create(out).with_context(|| format!("creating {out:?}"))?,
        );
        for p in &predictions {
            serde_json::to_writer(&mut file, p)?;
            writeln!(file)?;
        }
        file.flush()?;
    }
    let gold: Vec<Vec<ScoredToponym>> = corpus.into_iter().map(|d| d.toponyms).collect();
    let predicted: Vec<Vec<ScoredToponym>> = predictions.into_iter().map(|d| d.toponyms).collect();
    let scores = eval::score(&gold, &predicted);
    println!(
        "{} mb_per_s={:.3} load_ms={:.3}",
        scores.line(),
        megabytes / seconds.max(1e-9),
        load_ms
    );
    Ok(ExitCode::SUCCESS)
}

fn text_megabytes(corpus: &[Document]) -> f64 {
    corpus.iter().map(|d| d.text.len()).sum::<usize>() as f64 / 1e6
}

/// A document's text, its lines and its toponyms, ready for event extraction.
type ParsedDocument<'a> = (&'a str, Vec<std::ops::Range<usize>>, Vec<Toponym>);

fn bench(args: &mut Arguments) -> Result<ExitCode> {
    if args.flag("--frame") {
        return bench_frame(args);
    }
    if let Some(folder) = args.value("--read") {
        return bench_read(Path::new(folder));
    }
    let dir = args.gazetteer_dir();
    let mut load_times = Vec::new();
    let mut gazetteer = None;
    for _ in 0..5 {
        let (g, ms) = load_gazetteer(&dir)?;
        load_times.push(ms);
        gazetteer = Some(g);
    }
    let Some(gazetteer) = gazetteer else {
        bail!("no gazetteer")
    };
    load_times.sort_by(f64::total_cmp);
    println!(
        "gazetteer load: median {:.1} ms, best {:.1} ms over 5 loads ({} places)",
        load_times[2],
        load_times[0],
        gazetteer.len()
    );
    println!(
        "edit-distance index, built once on first use: {:.1} ms",
        gazetteer.prepare_fuzzy().as_secs_f64() * 1000.0
    );
    let geoparser = Geoparser::new(&gazetteer, GeoparseOptions::default());
    let corpus = match args.positional.get(1) {
        Some(path) => read_corpus(Path::new(path))?,
        None => sample_as_corpus()?,
    };
    let megabytes = text_megabytes(&corpus);
    let mut rates = Vec::new();
    for _ in 0..3 {
        let (_, seconds) = predict(&geoparser, &corpus);
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
            mentions.extend(events::extract_mentions(
                i, text, lines, toponyms, published,
            ));
        }
        let count = mentions.len();
        let merged = events::merge(&gazetteer, mentions);
        let events_seconds = started.elapsed().as_secs_f64();
        event_rates.push(megabytes / events_seconds.max(1e-9));
        let (_, geoparse_seconds) = predict(&geoparser, &corpus);
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

/// The bundled sample folder.
pub fn sample_folder() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("assets/sample")
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
        })
        .collect())
}

fn extract(args: &mut Arguments) -> Result<ExitCode> {
    let folder = args.path(1, "FOLDER")?;
    if !folder.is_dir() {
        bail!("not a folder: {folder:?}");
    }
    let format_name = args.value("--format").unwrap_or("jsonl").to_string();
    let events = args.flag("--events");
    let format = match Format::parse(&format_name) {
        Some(Format::Kml) if !events => bail!("kml is for events: add --events"),
        Some(format) => format,
        None => bail!("unknown format {format_name:?}: use jsonl, geojson, csv or kml"),
    };
    let (gazetteer, _) = load_gazetteer(&args.gazetteer_dir())?;
    let corpus = ingest::read_corpus(&folder, &gazetteer);
    for problem in &corpus.problems {
        eprintln!(
            "newsmap: {:?}: {}: {}",
            problem.kind,
            problem.path.display(),
            problem.reason
        );
    }
    let (records, columns) = if events {
        let all: Vec<&Event> = corpus.events.iter().collect();
        (
            export::event_records(&corpus, &gazetteer, &all),
            export::EVENT_COLUMNS,
        )
    } else {
        (
            export::place_records(&corpus, &gazetteer),
            export::PLACE_COLUMNS,
        )
    };
    let output = format.write(&records, columns);
    match args.value("--out") {
        Some(out) => std::fs::write(out, output).with_context(|| format!("writing {out:?}"))?,
        None => std::io::stdout().write_all(output.as_bytes())?,
    }
    Ok(ExitCode::SUCCESS)
}

/// Times frames of the viewer (layout, painting and tessellation, no GPU) on synthetic folders
/// of 1,000 and 100,000 events placed at towns of Afghanistan and its neighbours over 60 days.
fn bench_frame(args: &mut Arguments) -> Result<ExitCode> {
    let (gazetteer, _) = load_gazetteer(&args.gazetteer_dir())?;
    let gazetteer = std::sync::Arc::new(gazetteer);
    for count in [0, 1_000, 100_000] {
        let corpus = synthetic_corpus(&gazetteer, count);
        let mut app =
            newsmap::ui::NewsmapApp::with_corpus(std::sync::Arc::clone(&gazetteer), corpus);
        let ctx = egui::Context::default();
        // One frame; `scrub` moves the time window by a day first, as dragging its slider does;
        // `pan` moves the map by that many pixels, as dragging it does.
        let mut frame = |scrub: i32, pan: f64| {
            if scrub != 0 {
                // A 20-day window, moved by a day.
                let window = app.time_window();
                window.end_day = window.end_day.min(window.start_day + 20);
                window.step(scrub);
            }
            if pan != 0.0 {
                app.map_view().pan([pan, 0.0]);
            }
            let started = Instant::now();
            let output = ctx.run_ui(bench_input(), |ui| app.show(ui));
            let primitives = ctx.tessellate(output.shapes, output.pixels_per_point);
            (started.elapsed().as_secs_f64() * 1000.0, primitives.len())
        };
        for _ in 0..3 {
            frame(0, 0.0);
        }
        let median = |mut times: Vec<f64>| {
            times.sort_by(f64::total_cmp);
            (times[times.len() / 2], times[0])
        };
        let (still, still_best) = median((0..15).map(|_| frame(0, 0.0).0).collect());
        println!(
            "frame with {count} events: median {still:.2} ms, best {still_best:.2} ms over 15 frames (map, timeline, panels; layout + tessellation, 1400x900)"
        );
        // A 20-day window scrubbed back and forth a day a frame.
        let (scrub, scrub_best) = median(
            (0..16)
                .map(|i| frame(if i % 8 < 4 { 1 } else { -1 }, 0.0).0)
                .collect(),
        );
        println!(
            "  while scrubbing a 20-day window: median {scrub:.2} ms, best {scrub_best:.2} ms over 16 frames"
        );
        // A drag across the map, 20 px a frame: most frames move the prepared basemap, some
        // build it again.
        let pans: Vec<f64> = (0..24).map(|_| frame(0, 20.0).0).collect();
        let longest = pans.iter().copied().fold(0.0, f64::max);
        let (pan, pan_best) = median(pans);
        println!(
            "  while dragging the map 20 px a frame: median {pan:.2} ms, best {pan_best:.2} ms, longest {longest:.2} ms over 24 frames"
        );
    }
    Ok(ExitCode::SUCCESS)
}

/// One frame's input for the headless benchmarks: a 1400x900 window, no event.
fn bench_input() -> egui::RawInput {
    egui::RawInput {
        screen_rect: Some(egui::Rect::from_min_size(
            egui::Pos2::ZERO,
            egui::vec2(1400.0, 900.0),
        )),
        ..Default::default()
    }
}

/// The viewer reading `folder`, headless: frames are drawn back to back (layout and
/// tessellation) while the reader works, and their times on the UI thread are reported.
fn bench_read(folder: &Path) -> Result<ExitCode> {
    if !folder.is_dir() {
        bail!("not a folder: {}", folder.display());
    }
    let ctx = egui::Context::default();
    let started = Instant::now();
    let mut app = newsmap::ui::NewsmapApp::new(&ctx, folder.to_path_buf(), None);
    let mut frames = Vec::new();
    loop {
        let frame_started = Instant::now();
        app.advance(&ctx);
        let output = ctx.run_ui(bench_input(), |ui| app.show(ui));
        ctx.tessellate(output.shapes, output.pixels_per_point);
        frames.push(frame_started.elapsed().as_secs_f64() * 1000.0);
        if !app.is_loading() {
            break;
        }
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
                alternatives: Vec::new(),
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
                actors: vec!["Taliban".into()],
                quantities: Vec::new(),
                reported: false,
                caption: false,
                place_inherited: false,
                place_corrected: false,
                confidence: 0.8,
            };
            Event {
                id,
                kind,
                place: Some(place),
                precision: Some(Precision::Town),
                time: Some(time),
                actors: vec!["Taliban".into()],
                quantities: Vec::new(),
                confidence: 0.8,
                mentions: vec![mention],
                merge_reasons: Vec::new(),
            }
        })
        .collect();
    newsmap::corpus::Corpus {
        folder: PathBuf::from("synthetic"),
        articles: vec![article],
        events,
        ..Default::default()
    }
}

//! Command-line parsing and dispatch, the viewer's start, and the `extract`, `merge` and
//! `eval` commands (the benchmarks are [`crate::bench`]).

use std::ffi::{OsStr, OsString};
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::Instant;

use anyhow::{Context as _, Result, bail};

use newsmap::articles::ReadOptions;
use newsmap::eval::{self, ScoredToponym};
use newsmap::events::Event;
use newsmap::export::{self, Format};
use newsmap::gazetteer;
use newsmap::geoparse::{GeoparseOptions, Geoparser};
use newsmap::ingest;
use newsmap::text::plural;
use newsmap::ui::share::Recording;

use crate::bench;
use crate::measure::{load_gazetteer, predict, read_gold, sample_folder, text_megabytes};
use crate::share;

const USAGE: &str = "\
usage:
  newsmap [FOLDER]                       open the viewer on FOLDER (default: the bundled sample)
  newsmap FOLDER --view NAME             open the viewer on the view saved as NAME in FOLDER
                                         (View › Save view…, Copy view as command): its map
                                         extent, time window, filters and selection
  newsmap EVENTS.jsonl                   open the viewer on the events of `extract --events` or
                                         `merge` (read only: their places, dates, sentences)
  newsmap extract FOLDER [--events] [--format jsonl|geojson|csv|kml|acled] [--out FILE] [--no-cache]
                 [--follow-links]        every resolved place mention of the folder's articles,
                                         or with --events every event (kml, acled: events only);
                                         --no-cache: extract every article again, leaving the
                                         folder's cache (FOLDER/.newsmap/cache.redb) alone;
                                         --follow-links: read the article files that links
                                         leaving the folder point at (not folders behind links)
  newsmap extract - [--gazetteer DIR]   a streaming filter: article lines (JSON) on stdin, one
                                         record per article (JSON) on stdout, in constant memory;
                                         a line is an article {key, text, title, date, url}
                                         or a file {key: PATH, file: CONTENTS} (see README)
  newsmap merge RECORDS... [--format jsonl|geojson|csv|kml|acled] [--out FILE]
                                         the events of the records of `extract -` (shards in any
                                         order), as `extract FOLDER --events` gives them
  newsmap report FOLDER --out FILE.html [--size WxH]
                                         one HTML file (no install, no request elsewhere): a
                                         map of the folder's events, its key, then every event
                                         with its sources, quoted sentences and links
  newsmap record FOLDER --out FILE.gif [--size WxH] [--step-days N] [--delay-ms N]
                                         the playback of the time window over the map as an
                                         animated GIF (default 960x600, 1 day a frame, 250 ms;
                                         at most 300 frames: longer playbacks step more days);
                                         --out FILE.png: one picture of all the events
  newsmap eval CORPUS.jsonl [--predictions OUT.jsonl] [--no-demonyms] [--no-fuzzy] [--uncalibrated]
               [--alone]                 score the geoparser on a gold corpus (EUPEG rule); the
                                         documents of one outlet (meta.domain) are read as one
                                         folder, or each alone with --alone
  newsmap eval-events GOLD.jsonl [--misses OUT.txt]
                                         score event extraction on gold event reports;
                                         --misses lists each report not found, found with
                                         another event type, or with events elsewhere
  newsmap eval-events GOLD.jsonl --folder FOLDER
                                         score a folder's events against the events to map
  newsmap bench [CORPUS.jsonl]           gazetteer load time, geoparsing and event speed
  newsmap bench --frame                  cost of one viewer frame with 1,000 and 100,000 events
  newsmap bench --read FOLDER [--fps N]  viewer frame times while it reads FOLDER or an events
                                         file (headless), N (60) frames a second, or back to
                                         back with --back-to-back
  newsmap bench --scaling                time for 0.5 to 4 MB in one file; fails if 4 MB / 1 MB > 5
options:
  --gazetteer DIR                        the gazetteer folder (default: the bundled one)";

/// Runs the command line `args` (without the program name).
pub fn run(args: &[OsString]) -> Result<ExitCode> {
    let mut args = Arguments::parse(args)?;
    if args.flag("--help") || args.flag("-h") {
        println!("{USAGE}");
        return Ok(ExitCode::SUCCESS);
    }
    match args.positional.first().map(|first| first.to_str()) {
        Some(Some("extract")) if args.positional.get(1).is_some_and(|a| a == "-") => {
            extract_stream(&args)
        }
        Some(Some("extract")) => extract(&mut args),
        Some(Some("merge")) => merge(&args),
        Some(Some("eval")) => evaluate(&mut args),
        Some(Some("report")) => share::report(
            &args.path(1, "FOLDER")?,
            args.out()?,
            &args.gazetteer_dir(),
            args.size()?,
        ),
        Some(Some("record")) => share::record(
            &args.path(1, "FOLDER")?,
            args.out()?,
            &args.gazetteer_dir(),
            &Recording {
                size: args.size()?,
                step_days: args.number("--step-days")?.unwrap_or(1),
                delay_ms: args.number("--delay-ms")?.unwrap_or(250),
            },
        ),
        Some(Some("eval-events")) => evaluate_events(&args),
        Some(Some("bench")) if args.flag("--frame") => bench::frames(&args.gazetteer_dir()),
        Some(Some("bench")) if args.flag("--scaling") => bench::scaling(&args.gazetteer_dir()),
        Some(Some("bench")) => match args.path_value("--read") {
            Some(folder) => {
                let fps = match args.flag("--back-to-back") {
                    true => None,
                    false => Some(args.number("--fps")?.unwrap_or(60)),
                };
                bench::read(folder, fps)
            }
            None => bench::pipeline(&args.gazetteer_dir(), args.positional.get(1).map(Path::new)),
        },
        Some(Some("help")) => {
            println!("{USAGE}");
            Ok(ExitCode::SUCCESS)
        }
        Some(_) if args.positional.len() == 1 => viewer(
            PathBuf::from(&args.positional[0]),
            args.value("--view")?.map(str::to_string),
        ),
        None => viewer(sample_folder(), args.value("--view")?.map(str::to_string)),
        Some(_) => {
            eprintln!("{USAGE}");
            Ok(ExitCode::FAILURE)
        }
    }
}

/// Opens the desktop viewer on `folder`, or on an events file (which must be one), on the
/// view saved there as `view` when given (which must be one).
fn viewer(folder: PathBuf, view: Option<String>) -> Result<ExitCode> {
    let started = Instant::now();
    if folder.is_file() {
        ingest::check_events_file(&folder)?;
    }
    if let Some(name) = &view {
        newsmap::store::find_view(&folder, name)?;
    }
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
            if let Some(name) = &view {
                app.open_view(name);
            }
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

/// Positional arguments and `--name value` options. Arguments are `OsString`s, so that a folder
/// or file path that is not UTF-8 works (option names and command names must be UTF-8).
struct Arguments {
    positional: Vec<OsString>,
    options: Vec<(String, Option<OsString>)>,
}

impl Arguments {
    const FLAGS: &'static [&'static str] = &[
        "--no-demonyms",
        "--no-fuzzy",
        "--uncalibrated",
        "--alone",
        "--events",
        "--no-cache",
        "--follow-links",
        "--frame",
        "--scaling",
        "--back-to-back",
        "--help",
        "-h",
    ];

    fn parse(args: &[OsString]) -> Result<Self> {
        let mut positional = Vec::new();
        let mut options = Vec::new();
        let mut iter = args.iter();
        while let Some(arg) = iter.next() {
            let option = arg.to_str().filter(|a| a.starts_with("--") || *a == "-h");
            match option {
                Some(name) if Self::FLAGS.contains(&name) => options.push((name.to_string(), None)),
                Some(name) => {
                    let value = iter
                        .next()
                        .with_context(|| format!("{name} needs a value\n{USAGE}"))?;
                    options.push((name.to_string(), Some(value.clone())));
                }
                None => positional.push(arg.clone()),
            }
        }
        Ok(Self {
            positional,
            options,
        })
    }

    /// The value of option `name` (the last one given), as given.
    fn os_value(&self, name: &str) -> Option<&OsStr> {
        self.options
            .iter()
            .rev()
            .find(|(n, _)| n == name)
            .and_then(|(_, v)| v.as_deref())
    }

    /// The value of option `name` as a path.
    fn path_value(&self, name: &str) -> Option<&Path> {
        self.os_value(name).map(Path::new)
    }

    /// The value of option `name`, which must be UTF-8 (a format name, not a path).
    fn value(&self, name: &str) -> Result<Option<&str>> {
        self.os_value(name)
            .map(|v| {
                v.to_str()
                    .with_context(|| format!("{name} {v:?}: the value is not UTF-8"))
            })
            .transpose()
    }

    /// The `--out` file, which the command needs.
    fn out(&self) -> Result<&Path> {
        self.path_value("--out")
            .with_context(|| format!("missing --out FILE\n{USAGE}"))
    }

    /// The `--size WxH` asked for (960x600 by default).
    fn size(&self) -> Result<[u32; 2]> {
        self.value("--size")?
            .map_or(Ok(Recording::default().size), share::parse_size)
    }

    /// The value of option `name` as a whole number from 1 up, if given.
    fn number(&self, name: &str) -> Result<Option<u32>> {
        self.value(name)?
            .map(|v| match v.parse::<u32>() {
                Ok(n) if n > 0 => Ok(n),
                _ => bail!("{name} {v:?}: give a whole number from 1 up"),
            })
            .transpose()
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
        self.path_value("--gazetteer")
            .map(Path::to_path_buf)
            .unwrap_or_else(gazetteer::default_dir)
    }

    /// The `--format` asked for (jsonl by default); kml and acled only for `events`.
    fn format(&self, events: bool) -> Result<Format> {
        let name = self.value("--format")?.unwrap_or("jsonl");
        match Format::parse(name) {
            Some(Format::Kml | Format::Acled) if !events => {
                bail!("{name} is for events: add --events")
            }
            Some(format) => Ok(format),
            None => bail!("unknown format {name:?}: use jsonl, geojson, csv, kml or acled"),
        }
    }

    /// Runs `write` on the `--out` file, else on stdout, buffered.
    fn write_output(
        &self,
        write: impl FnOnce(&mut dyn Write) -> std::io::Result<()>,
    ) -> Result<()> {
        match self.path_value("--out") {
            Some(path) => std::fs::File::create(path)
                .map(std::io::BufWriter::new)
                .and_then(|mut out| {
                    write(&mut out)?;
                    out.flush()
                })
                .with_context(|| format!("writing {}", path.display())),
            None => {
                let mut out = std::io::BufWriter::new(std::io::stdout().lock());
                write(&mut out)?;
                Ok(out.flush()?)
            }
        }
    }

    fn geoparse_options(&self) -> GeoparseOptions {
        GeoparseOptions {
            demonyms: !self.flag("--no-demonyms"),
            fuzzy: !self.flag("--no-fuzzy"),
            calibrated: !self.flag("--uncalibrated"),
        }
    }
}

fn evaluate(args: &mut Arguments) -> Result<ExitCode> {
    let corpus_path = args.path(1, "CORPUS.jsonl")?;
    let corpus = read_gold(&corpus_path)?;
    let megabytes = text_megabytes(&corpus);
    let (gazetteer, load_ms) = load_gazetteer(&args.gazetteer_dir())?;
    gazetteer.prepare_fuzzy();
    let geoparser = Geoparser::new(&gazetteer, args.geoparse_options());
    let (predictions, seconds) = predict(&geoparser, &corpus, !args.flag("--alone"));
    if let Some(out) = args.path_value("--predictions") {
        let mut file = std::io::BufWriter::new(
            std::fs::File::create(out).with_context(|| format!("creating {}", out.display()))?,
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
        "{} mb_per_s={:.3} load_ms={:.3} ece={:.3}",
        scores.line(),
        megabytes / seconds.max(1e-9),
        load_ms,
        scores.ece
    );
    eprintln!("reliability (confidence bin: toponyms, mean confidence, share within 161 km):");
    for bin in scores.reliability.iter().filter(|b| b.count > 0) {
        eprintln!(
            "  {:.1}-{:.1}: {:5} {:.3} {:.3}",
            bin.from,
            bin.from + 0.1,
            bin.count,
            bin.mean_confidence,
            bin.accuracy
        );
    }
    Ok(ExitCode::SUCCESS)
}

/// `newsmap eval-events GOLD`: one line per war, then the totals (see [`eval::events`]); with
/// `--folder`, the folder's events against its gold (see [`eval::folder`]).
fn evaluate_events(args: &Arguments) -> Result<ExitCode> {
    let path = args.path(1, "GOLD.jsonl")?;
    let text =
        std::fs::read_to_string(&path).with_context(|| format!("reading {}", path.display()))?;
    let (gazetteer, _) = load_gazetteer(&args.gazetteer_dir())?;
    let mut out = std::io::stdout().lock();
    if let Some(folder) = args.path_value("--folder") {
        let gold: Vec<eval::folder::FolderGold> =
            eval::events::read_jsonl(&text).with_context(|| path.display().to_string())?;
        let corpus = ingest::read_corpus(folder, &gazetteer);
        let scores = eval::folder::score_folder(&gazetteer, &corpus.events, &gold);
        writeln!(out, "{}", scores.line())?;
        let listed = scores.wrong.iter().map(|&i| ("wrong", i));
        for (what, index) in listed.chain(scores.duplicates.iter().map(|&i| ("duplicate", i))) {
            let event = &corpus.events[index];
            let place = event.place.map(|p| gazetteer.place(p).name.as_str());
            let sentence = event.mentions.first().map(|m| {
                let text = &corpus.articles[m.article].text[m.sentence.clone()];
                text.chars().take(100).collect::<String>()
            });
            writeln!(
                out,
                "  {what}: {} at {} {:?} | {}",
                event.kind.label(),
                place.unwrap_or_default(),
                event.time.map(|t| (t.start, t.end)),
                sentence.unwrap_or_default()
            )?;
        }
        for &index in &scores.missed {
            writeln!(
                out,
                "  missed: {} ({})",
                gold[index].what, gold[index].article
            )?;
        }
        return Ok(ExitCode::SUCCESS);
    }
    let reports: Vec<eval::events::GoldReport> =
        eval::events::read_jsonl(&text).with_context(|| path.display().to_string())?;
    gazetteer.prepare_fuzzy();
    let geoparser = Geoparser::new(&gazetteer, args.geoparse_options());
    let (total, per_war, results) = eval::events::score_reports(&geoparser, &reports);
    if let Some(out) = args.path_value("--misses") {
        let mut file = std::io::BufWriter::new(
            std::fs::File::create(out).with_context(|| format!("creating {}", out.display()))?,
        );
        for (report, result) in reports.iter().zip(&results) {
            if result.scores.kind_ok == 0 || result.scores.off > 0 {
                let verdict = if result.scores.found == 0 {
                    "not found"
                } else if result.scores.kind_ok == 0 {
                    "found, other type"
                } else {
                    "found"
                };
                writeln!(
                    file,
                    "{} ({verdict}) [{} / {} at {} ({}) {}] {}\n  -> {}",
                    result.id,
                    report.gold.event_type,
                    report.gold.sub_event_type,
                    report.gold.place,
                    report.gold.precision,
                    report.gold.date,
                    report.text,
                    result.events.join("\n  -> ")
                )?;
            }
        }
        file.flush()?;
    }
    for (war, scores) in &per_war {
        writeln!(out, "{war}: {}", scores.line())?;
    }
    writeln!(out, "{}", total.line())?;
    Ok(ExitCode::SUCCESS)
}

fn extract(args: &mut Arguments) -> Result<ExitCode> {
    let folder = args.path(1, "FOLDER")?;
    if !folder.is_dir() {
        bail!("not a folder: {folder:?}");
    }
    let events = args.flag("--events");
    let format = args.format(events)?;
    let (gazetteer, _) = load_gazetteer(&args.gazetteer_dir())?;
    let cache_use = match args.flag("--no-cache") {
        true => ingest::CacheUse::Off,
        false => ingest::CacheUse::ReadWrite,
    };
    let options = ReadOptions {
        follow_outside_links: args.flag("--follow-links"),
        ..ReadOptions::default()
    };
    let (corpus, stats) = ingest::read_corpus_with(&folder, &options, &gazetteer, cache_use);
    eprintln!(
        "newsmap: {}: {} extracted, {} from the cache; {} looked at again with the folder's prior",
        plural(corpus.articles.len(), "article"),
        stats.extracted,
        stats.cached,
        stats.looked_again
    );
    for problem in &corpus.problems {
        eprintln!(
            "newsmap: {:?}: {}: {}",
            problem.kind,
            problem.path.display(),
            problem.reason
        );
    }
    if events {
        let all: Vec<&Event> = corpus.events.iter().collect();
        let records = export::event_records(&corpus, &gazetteer, &all);
        args.write_output(|out| format.write(records, export::EVENT_COLUMNS, out))?;
    } else {
        let records = export::place_records(&corpus, &gazetteer);
        args.write_output(|out| format.write(records, export::PLACE_COLUMNS, out))?;
    }
    // The process ends here, and the system takes its memory back at once: freeing a large
    // folder's corpus and the gazetteer piece by piece takes a tenth of a second.
    std::mem::forget((corpus, gazetteer));
    Ok(ExitCode::SUCCESS)
}

/// `newsmap extract -`: article lines on stdin, records on stdout (see
/// [`ingest::extract_stream`]); a summary and every line skipped on stderr.
fn extract_stream(args: &Arguments) -> Result<ExitCode> {
    if let Some((name, _)) = args.options.iter().find(|(name, _)| name != "--gazetteer") {
        bail!("extract - writes article records on stdout and takes no {name}\n{USAGE}");
    }
    let (gazetteer, _) = load_gazetteer(&args.gazetteer_dir())?;
    let input = std::io::stdin().lock();
    let output = std::io::BufWriter::new(std::io::stdout().lock());
    let note = &mut |message: String| eprintln!("newsmap: stdin {message}");
    let stats = ingest::extract_stream(input, output, &gazetteer, note)?;
    eprintln!(
        "newsmap: {}: {} written, {} skipped, {} failed",
        plural(stats.lines, "line"),
        plural(stats.records, "record"),
        plural(stats.skipped, "line"),
        plural(stats.failed, "article")
    );
    Ok(ExitCode::SUCCESS)
}

/// `newsmap merge RECORDS...`: the events of record files, written as `extract --events`
/// writes a folder's.
fn merge(args: &Arguments) -> Result<ExitCode> {
    let files: Vec<PathBuf> = args.positional[1..].iter().map(PathBuf::from).collect();
    if files.is_empty() {
        bail!("missing RECORDS\n{USAGE}");
    }
    let format = args.format(true)?;
    let (gazetteer, _) = load_gazetteer(&args.gazetteer_dir())?;
    let note = &mut |message: String| eprintln!("newsmap: {message}");
    let (corpus, stats) = ingest::merge_records(&files, &gazetteer, note)?;
    eprintln!(
        "newsmap: {} records of {} files: {} events; {} looked at again with the prior; {} lines skipped",
        stats.records,
        files.len(),
        corpus.events.len(),
        stats.looked_again,
        stats.skipped
    );
    let all: Vec<&Event> = corpus.events.iter().collect();
    let records = export::event_records(&corpus, &gazetteer, &all);
    args.write_output(|out| format.write(records, export::EVENT_COLUMNS, out))?;
    Ok(ExitCode::SUCCESS)
}

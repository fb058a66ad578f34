//! Sharing what was found, as `newsmap record` and `newsmap report` do it on the bundled
//! sample: the GIF of the playback (decoded back: its frame count, size, frames that differ
//! and are not blank), the PNG of the map, and the HTML report (every event and sentence in
//! it, hostile text escaped; opened in headless Chromium when it is installed).

use std::collections::HashSet;
use std::path::Path;

use newsmap::ingest::read_corpus;
use newsmap::ui::TimeWindow;
use newsmap::ui::share::playback;

use crate::common::{gazetteer, newsmap, sample_dir, temp_dir, write};

/// Runs `newsmap` with `args`, which must succeed; returns what it said on stderr.
fn run(args: &[&std::ffi::OsStr]) -> String {
    let output = newsmap(args);
    let stderr = String::from_utf8_lossy(&output.stderr).into_owned();
    assert!(output.status.success(), "newsmap {args:?} failed: {stderr}");
    stderr
}

/// How many distinct colours the RGBA pixels have (a blank picture has one).
fn colours(rgba: &[u8]) -> usize {
    rgba.chunks_exact(4)
        .map(|p| [p[0], p[1], p[2], p[3]])
        .collect::<HashSet<_>>()
        .len()
}

/// `newsmap record` of the sample to `out`, with the options `more`.
fn record_sample(out: &Path, more: &[&str]) {
    let sample = sample_dir();
    let mut args: Vec<&std::ffi::OsStr> = vec![
        "record".as_ref(),
        sample.as_os_str(),
        "--out".as_ref(),
        out.as_os_str(),
    ];
    args.extend(more.iter().map(std::ffi::OsStr::new));
    run(&args);
}

#[test]
fn the_playback_gif_of_the_sample_has_a_frame_per_step_of_the_size_asked_for() {
    let root = temp_dir();
    let out = root.path().join("sample.gif");
    let more = ["--size", "480x300", "--step-days", "7", "--delay-ms", "300"];
    record_sample(&out, &more);
    // The frames expected: the window over all the sample's days grows a week at a time.
    let corpus = read_corpus(&sample_dir(), gazetteer());
    let mut window = TimeWindow::default();
    window.fit(&corpus.events);
    let (windows, step) = playback::windows(&window, 7);
    assert_eq!(step, 7);
    assert!(windows.len() > 5, "{} windows", windows.len());

    let file = std::fs::File::open(&out).unwrap_or_else(|e| panic!("{e}"));
    let mut options = gif::DecodeOptions::new();
    options.set_color_output(gif::ColorOutput::RGBA);
    let mut decoder = options.read_info(file).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!((decoder.width(), decoder.height()), (480, 300));
    let mut frames: Vec<Vec<u8>> = Vec::new();
    while let Some(frame) = decoder.read_next_frame().unwrap_or_else(|e| panic!("{e}")) {
        assert_eq!((frame.width, frame.height, frame.delay), (480, 300, 30));
        frames.push(frame.buffer.to_vec());
    }
    assert_eq!(frames.len(), windows.len());
    for (i, frame) in frames.iter().enumerate() {
        assert!(
            colours(frame) > 50,
            "frame {i} is nearly blank: {} colours",
            colours(frame)
        );
    }
    // Markers appear as the window grows: the first and last frames differ, and most
    // frames differ from the one before.
    assert_ne!(frames.first(), frames.last());
    let changes = frames.windows(2).filter(|pair| pair[0] != pair[1]).count();
    assert!(
        changes * 2 >= frames.len() - 1,
        "{changes} changes in {} frames",
        frames.len()
    );
}

#[test]
fn the_png_of_the_sample_is_the_map_at_the_size_asked_for() {
    let root = temp_dir();
    let out = root.path().join("sample.png");
    record_sample(&out, &["--size", "640x400"]);
    let picture = image::open(&out)
        .unwrap_or_else(|e| panic!("{e}"))
        .to_rgba8();
    assert_eq!(picture.dimensions(), (640, 400));
    assert!(
        colours(picture.as_raw()) > 200,
        "{}",
        colours(picture.as_raw())
    );
    // The basemap's background, opaque: the commonest colour of the right edge, away from
    // the key (a lake or a border may cross any one pixel of it).
    let mut counts: std::collections::HashMap<[u8; 4], usize> = std::collections::HashMap::new();
    for y in 0..400 {
        *counts.entry(picture.get_pixel(639, y).0).or_default() += 1;
    }
    let [r, g, b, a] = counts
        .into_iter()
        .max_by_key(|&(colour, count)| (count, colour))
        .map(|(colour, _)| colour)
        .unwrap_or_default();
    assert_eq!(a, 255);
    assert!(r > 180 && g > 180 && b > 150, "{r},{g},{b}");
}

/// The text of the report that `newsmap report` writes for `folder`.
fn report_of(folder: &Path, out: &Path) -> String {
    let said = run(&[
        "report".as_ref(),
        folder.as_os_str(),
        "--out".as_ref(),
        out.as_os_str(),
    ]);
    assert!(said.contains("report of"), "{said}");
    std::fs::read_to_string(out).unwrap_or_else(|e| panic!("{e}"))
}

#[test]
fn the_report_of_the_sample_lists_every_event_and_its_sentences_and_chromium_shows_it() {
    let root = temp_dir();
    let out = root.path().join("report.html");
    let html = report_of(&sample_dir(), &out);
    let corpus = read_corpus(&sample_dir(), gazetteer());
    assert!(corpus.events.len() > 20);
    for event in &corpus.events {
        assert!(
            html.contains(&format!("id=\"{}\"", event.id)),
            "event {} is not in the report",
            event.id
        );
        for mention in &event.mentions {
            let sentence = &corpus.articles[mention.article].text[mention.sentence.clone()];
            let escaped = sentence
                .replace('&', "&amp;")
                .replace('<', "&lt;")
                .replace('>', "&gt;")
                .replace('"', "&quot;")
                .replace('\'', "&#39;");
            assert!(html.contains(&escaped), "sentence missing: {sentence}");
        }
    }
    assert!(html.contains("src=\"data:image/png;base64,"));
    // Nothing is fetched from elsewhere.
    assert!(
        !html.contains("src=\"http"),
        "the report loads something from the web"
    );
    look_at_in_chromium(&out, root.path());
}

#[test]
fn markup_in_an_article_stays_text_in_the_report() {
    let root = temp_dir();
    write(
        root.path(),
        "news/2021-08-06_zaranj.txt",
        "Taliban fighters captured Zaranj <script>alert('x')</script> after a battle, officials said.\n",
    );
    let out = root.path().join("report.html");
    let html = report_of(&root.path().join("news"), &out);
    assert!(html.contains("id=\""), "no event in the report:\n{html}");
    assert!(
        html.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;"),
        "{html}"
    );
    assert!(
        !html.contains("<script"),
        "markup of the article got into the page"
    );
}

/// Opens `report` in headless Chromium, when it is installed, and checks that its screenshot
/// is not blank; says so and returns when it is not installed.
fn look_at_in_chromium(report: &Path, scratch: &Path) {
    let Some(chromium) = ["chromium", "chromium-browser"].into_iter().find(|name| {
        std::process::Command::new(name)
            .arg("--version")
            .output()
            .is_ok_and(|o| o.status.success())
    }) else {
        eprintln!("share: no chromium on PATH, the report was not opened in a browser");
        return;
    };
    let shot = scratch.join("report.png");
    let output = std::process::Command::new(chromium)
        .args(["--headless", "--no-sandbox", "--disable-gpu"])
        .arg(format!("--screenshot={}", shot.display()))
        .arg("--window-size=1200,2000")
        .arg(format!("file://{}", report.display()))
        .output()
        .unwrap_or_else(|e| panic!("cannot run {chromium}: {e}"));
    assert!(
        output.status.success(),
        "{chromium} failed: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    let picture = image::open(&shot)
        .unwrap_or_else(|e| panic!("no screenshot: {e}"))
        .to_rgba8();
    // Text and the map: many colours, and a good part of the page not white.
    let not_white = picture
        .pixels()
        .filter(|p| p.0[..3] != [255, 255, 255])
        .count();
    let share = not_white as f64 / f64::from(picture.width() * picture.height());
    assert!(
        colours(picture.as_raw()) > 500,
        "{}",
        colours(picture.as_raw())
    );
    assert!(
        share > 0.1,
        "the page is nearly blank: {share:.3} not white"
    );
}

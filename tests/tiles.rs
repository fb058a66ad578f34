//! Online tiles, served by a tile server on this machine: fetched, cached on disk, read back
//! from the cache when the server is gone, drawn under the markers with their credit.

use std::io::{BufRead as _, BufReader, Write as _};
use std::net::TcpListener;
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

use egui_kittest::kittest::Queryable as _;
use newsmap::map::tiles::{DecodedTile, TileFetcher, TileId, TileSource};
use newsmap::ui::NewsmapApp;

use crate::common::{sample_dir, step_until, temp_dir};

/// A tile server on 127.0.0.1 that answers every `/z/x/y.png` with a plain teal tile; returns
/// its address template and the count of requests it served.
fn tile_server() -> (String, Arc<AtomicUsize>) {
    let listener = TcpListener::bind("127.0.0.1:0").unwrap_or_else(|e| panic!("bind: {e}"));
    let port = listener.local_addr().map(|a| a.port()).unwrap_or_default();
    let served = Arc::new(AtomicUsize::new(0));
    let count = Arc::clone(&served);
    let mut png = Vec::new();
    image::RgbaImage::from_pixel(256, 256, image::Rgba([0, 128, 128, 255]))
        .write_to(&mut std::io::Cursor::new(&mut png), image::ImageFormat::Png)
        .unwrap_or_else(|e| panic!("encode: {e}"));
    std::thread::spawn(move || {
        for stream in listener.incoming().flatten() {
            let mut reader = BufReader::new(&stream);
            let mut line = String::new();
            while reader.read_line(&mut line).is_ok_and(|n| n > 2) {
                line.clear();
            }
            count.fetch_add(1, Ordering::Relaxed);
            let mut stream = &stream;
            let header = format!(
                "HTTP/1.1 200 OK\r\nContent-Type: image/png\r\nContent-Length: {}\r\nConnection: close\r\n\r\n",
                png.len()
            );
            let _ = stream.write_all(header.as_bytes());
            let _ = stream.write_all(&png);
        }
    });
    (
        format!("http://127.0.0.1:{port}/{{z}}/{{x}}/{{y}}.png"),
        served,
    )
}

/// A port nothing listens on.
fn closed_port_template() -> String {
    let port = TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .map(|a| a.port())
        .unwrap_or(9);
    format!("http://127.0.0.1:{port}/{{z}}/{{x}}/{{y}}.png")
}

fn source(url_template: String) -> TileSource {
    TileSource {
        url_template,
        attribution: "Test tiles".into(),
    }
}

/// The first result for `tile` (its error as the message the viewer shows), waiting up to 10 s.
fn fetch_one(fetcher: &mut TileFetcher, tile: TileId) -> Result<DecodedTile, String> {
    fetcher.request(tile);
    let started = Instant::now();
    while started.elapsed() < Duration::from_secs(10) {
        if let Some((_, result)) = fetcher.take_results().into_iter().find(|(t, _)| *t == tile) {
            return result.map_err(|error| error.to_string());
        }
        std::thread::sleep(Duration::from_millis(10));
    }
    Err("no answer in 10 s".into())
}

#[test]
fn a_tile_is_fetched_decoded_cached_and_read_back_when_the_server_is_gone() {
    let (url, served) = tile_server();
    let cache = temp_dir();
    let tile = TileId { z: 6, x: 44, y: 25 };
    let mut fetcher = TileFetcher::start(source(url), Some(cache.path().to_path_buf()), || {});
    let decoded = fetch_one(&mut fetcher, tile).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(decoded.size, [256, 256]);
    assert_eq!(&decoded.rgba[..4], &[0, 128, 128, 255]);
    assert_eq!(served.load(Ordering::Relaxed), 1);
    assert!(cache.path().join("6/44/25.png").is_file());

    let mut offline = TileFetcher::start(
        source(closed_port_template()),
        Some(cache.path().to_path_buf()),
        || {},
    );
    let again = fetch_one(&mut offline, tile).unwrap_or_else(|e| panic!("from the cache: {e}"));
    assert_eq!(again, decoded);
}

#[test]
fn an_unreachable_tile_server_is_an_error_that_names_the_address() {
    let template = closed_port_template();
    let mut fetcher = TileFetcher::start(source(template.clone()), None, || {});
    let error = fetch_one(&mut fetcher, TileId { z: 1, x: 0, y: 1 }).expect_err("must fail");
    let address = template.replace("{z}/{x}/{y}", "1/0/1");
    assert!(error.contains(&address), "{error}");
}

/// The viewer on the bundled sample, drawing tiles from `source` (no disk cache).
fn sample_app_with_tiles(source: TileSource) -> egui_kittest::Harness<'static, NewsmapApp> {
    let folder = sample_dir();
    let mut harness = egui_kittest::Harness::builder()
        .with_size(egui::vec2(1400.0, 900.0))
        .build_eframe(move |cc| NewsmapApp::new(&cc.egui_ctx, folder, None));
    let ctx = harness.ctx.clone();
    harness.state_mut().show_tiles(&ctx, Some(source), None);
    harness
}

#[test]
fn the_viewer_draws_online_tiles_under_the_markers_with_their_credit() {
    let (url, _) = tile_server();
    let mut harness = sample_app_with_tiles(source(url));
    step_until(
        &mut harness,
        "reading the folder and drawing 4 tiles",
        |h| !h.state().is_loading() && h.state().tiles_drawn() >= 4,
    );
    assert!(
        harness.state().tiles_drawn() >= 4,
        "{} tiles drawn",
        harness.state().tiles_drawn()
    );
    harness.get_by_label("Test tiles");
    assert!(harness.state().visible_marker_count() > 10, "markers stay");
}

#[test]
fn an_unreachable_tile_server_leaves_the_offline_map_and_says_why() {
    let mut harness = sample_app_with_tiles(source(closed_port_template()));
    step_until(&mut harness, "saying why tiles are missing", |h| {
        h.query_by_label_contains("Online tiles unavailable")
            .is_some()
    });
    harness.get_by_label_contains("Online tiles unavailable, the offline map is shown");
    assert_eq!(harness.state().tiles_drawn(), 0);
}

//! Optional online raster tiles (OpenStreetMap's by default) under the markers, for users who
//! are online. The offline basemap never depends on them: it is drawn first, and a tile covers
//! it only once the tile has arrived.
//!
//! [`visible_tiles`] says which slippy-map tiles cover a view. A [`TileFetcher`] fetches them
//! on a worker thread, newest request first, one at a time (OpenStreetMap's tile usage policy
//! allows two connections at most), keeps them in a disk cache for a week, and decodes them to
//! RGBA.

use std::collections::HashSet;
use std::path::{Path, PathBuf};
use std::sync::mpsc::{Receiver, Sender, channel};
use std::time::Duration;

use super::View;

/// One slippy-map tile: zoom level, column (west to east), row (north to south).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct TileId {
    /// Zoom level: the world is 2^z tiles wide.
    pub z: u8,
    /// Column.
    pub x: u32,
    /// Row.
    pub y: u32,
}

impl TileId {
    /// The tile's north-west corner and its width, in Web Mercator unit-square coordinates.
    pub fn mercator_bounds(self) -> ([f64; 2], f64) {
        let size = 1.0 / f64::from(1u32 << self.z);
        ([f64::from(self.x) * size, f64::from(self.y) * size], size)
    }
}

/// The deepest zoom level fetched (OpenStreetMap's standard tiles stop at 19).
pub const MAX_TILE_ZOOM: u8 = 19;

/// At most this many tiles are drawn in a view (a 4K screen needs about 60).
const MAX_VISIBLE_TILES: usize = 100;

/// The tiles that cover a screen of `screen_size` pixels showing `view`, at the zoom level
/// nearest the view's, centre first.
pub fn visible_tiles(view: &View, screen_size: [f64; 2]) -> Vec<TileId> {
    let z = view.zoom.round().clamp(0.0, f64::from(MAX_TILE_ZOOM)) as u8;
    let count = 1u32 << z;
    let top_left = view.mercator_from_screen([0.0, 0.0], screen_size);
    let bottom_right = view.mercator_from_screen(screen_size, screen_size);
    let range = |from: f64, to: f64| {
        let first = (from.max(0.0) * f64::from(count)).floor() as u32;
        let last = ((to.min(1.0) * f64::from(count)).ceil() as u32).min(count);
        first..last
    };
    let mut tiles: Vec<TileId> = range(top_left[1], bottom_right[1])
        .flat_map(|y| range(top_left[0], bottom_right[0]).map(move |x| TileId { z, x, y }))
        .collect();
    let centre = view.center.map(|c| c * f64::from(count));
    let distance = |t: &TileId| {
        let dx = f64::from(t.x) + 0.5 - centre[0];
        let dy = f64::from(t.y) + 0.5 - centre[1];
        dx * dx + dy * dy
    };
    tiles.sort_by(|a, b| distance(a).total_cmp(&distance(b)));
    tiles.truncate(MAX_VISIBLE_TILES);
    tiles
}

/// Where tiles come from.
#[derive(Clone, Debug, PartialEq)]
pub struct TileSource {
    /// The address of a tile, with `{z}`, `{x}` and `{y}` in it.
    pub url_template: String,
    /// The credit the tiles' licence asks for, shown on the map.
    pub attribution: String,
}

impl TileSource {
    /// OpenStreetMap's standard tiles.
    pub fn openstreetmap() -> Self {
        Self {
            url_template: "https://tile.openstreetmap.org/{z}/{x}/{y}.png".into(),
            attribution: "© OpenStreetMap contributors".into(),
        }
    }

    /// The tile server named by `NEWSMAP_TILE_URL` (a template such as
    /// `http://localhost:8080/{z}/{x}/{y}.png`, for a server of one's own, online or not),
    /// credited with `NEWSMAP_TILE_CREDIT`; else OpenStreetMap's.
    pub fn configured() -> Self {
        match std::env::var("NEWSMAP_TILE_URL") {
            Ok(url_template) if url_template.contains("{z}") => Self {
                attribution: std::env::var("NEWSMAP_TILE_CREDIT")
                    .unwrap_or_else(|_| format!("Tiles: {url_template}")),
                url_template,
            },
            _ => Self::openstreetmap(),
        }
    }

    /// The address of `tile`.
    pub fn url(&self, tile: TileId) -> String {
        self.url_template
            .replace("{z}", &tile.z.to_string())
            .replace("{x}", &tile.x.to_string())
            .replace("{y}", &tile.y.to_string())
    }
}

/// A tile decoded to RGBA, row by row from the north-west corner.
#[derive(Clone, Debug, PartialEq)]
pub struct DecodedTile {
    /// Width and height in pixels.
    pub size: [usize; 2],
    /// Four bytes a pixel.
    pub rgba: Vec<u8>,
}

/// How long a cached tile is used before it is fetched again.
const CACHE_FOR: Duration = Duration::from_secs(7 * 24 * 3600);

/// What tile servers are told about who asks (OpenStreetMap's policy requires it).
const USER_AGENT: &str = concat!("newsmap/", env!("CARGO_PKG_VERSION"), " (desktop news map)");

/// Fetches tiles on a worker thread; see the module doc.
pub struct TileFetcher {
    requests: Sender<TileId>,
    results: Receiver<(TileId, Result<DecodedTile, TileError>)>,
    requested: HashSet<TileId>,
}

impl TileFetcher {
    /// Starts a worker fetching from `source`, keeping tiles under `cache_dir` (none: no disk
    /// cache); `wake` is called after each tile.
    pub fn start(
        source: TileSource,
        cache_dir: Option<PathBuf>,
        wake: impl Fn() + Send + 'static,
    ) -> Self {
        let (requests, inbox) = channel::<TileId>();
        let (outbox, results) = channel();
        std::thread::spawn(move || {
            let agent: ureq::Agent = ureq::Agent::config_builder()
                .timeout_global(Some(Duration::from_secs(20)))
                .user_agent(USER_AGENT)
                .build()
                .into();
            let mut queue: Vec<TileId> = Vec::new();
            loop {
                if queue.is_empty() {
                    match inbox.recv() {
                        Ok(tile) => queue.push(tile),
                        Err(_) => return,
                    }
                }
                queue.extend(inbox.try_iter());
                // The newest request is for the view the user looks at now.
                let Some(tile) = queue.pop() else { continue };
                let result = fetch(&agent, &source, cache_dir.as_deref(), tile);
                if outbox.send((tile, result)).is_err() {
                    return;
                }
                wake();
            }
        });
        Self {
            requests,
            results,
            requested: HashSet::new(),
        }
    }

    /// Asks for `tile`, once: it comes back from [`TileFetcher::take_results`].
    pub fn request(&mut self, tile: TileId) {
        if self.requested.insert(tile) {
            let _ = self.requests.send(tile);
        }
    }

    /// Forgets that `tile` was asked for, so that it can be asked for again.
    pub fn forget(&mut self, tile: TileId) {
        self.requested.remove(&tile);
    }

    /// The tiles fetched (or failed) since the last call.
    pub fn take_results(&self) -> Vec<(TileId, Result<DecodedTile, TileError>)> {
        self.results.try_iter().collect()
    }
}

/// Why a tile could not be drawn.
#[derive(Debug, thiserror::Error)]
pub enum TileError {
    /// The server did not answer, or refused.
    #[error("{url}: {source}")]
    Fetch {
        /// The tile's address.
        url: String,
        /// The cause.
        source: Box<ureq::Error>,
    },
    /// The bytes are not an image.
    #[error("tile {tile}: {source}")]
    Decode {
        /// The tile, as z/x/y.
        tile: String,
        /// The cause.
        source: image::ImageError,
    },
}

/// The tile from the disk cache when it is fresh there, else from the server (and then cached).
fn fetch(
    agent: &ureq::Agent,
    source: &TileSource,
    cache_dir: Option<&Path>,
    tile: TileId,
) -> Result<DecodedTile, TileError> {
    let cached = cache_dir.map(|dir| {
        dir.join(tile.z.to_string())
            .join(tile.x.to_string())
            .join(format!("{}.png", tile.y))
    });
    let fresh = cached.as_ref().and_then(|path| {
        let age = std::fs::metadata(path)
            .ok()?
            .modified()
            .ok()?
            .elapsed()
            .ok()?;
        (age < CACHE_FOR).then(|| std::fs::read(path).ok())?
    });
    let bytes = match fresh {
        Some(bytes) => bytes,
        None => {
            let url = source.url(tile);
            let failed = |source| TileError::Fetch {
                url: url.clone(),
                source: Box::new(source),
            };
            let mut response = agent.get(&url).call().map_err(failed)?;
            let bytes = response.body_mut().read_to_vec().map_err(failed)?;
            if let Some(path) = &cached {
                store(path, &bytes);
            }
            bytes
        }
    };
    let image = image::load_from_memory(&bytes)
        .map_err(|source| TileError::Decode {
            tile: format!("{}/{}/{}", tile.z, tile.x, tile.y),
            source,
        })?
        .to_rgba8();
    Ok(DecodedTile {
        size: [image.width() as usize, image.height() as usize],
        rgba: image.into_raw(),
    })
}

/// Writes a tile to the cache through a temporary file; a cache that cannot be written is
/// not an error (the tile is fetched again next time).
fn store(path: &Path, bytes: &[u8]) {
    let Some(dir) = path.parent() else { return };
    let temporary = path.with_extension(format!("{}.tmp", std::process::id()));
    let written = std::fs::create_dir_all(dir)
        .and_then(|()| std::fs::write(&temporary, bytes))
        .and_then(|()| std::fs::rename(&temporary, path));
    if written.is_err() {
        let _ = std::fs::remove_file(&temporary);
    }
}

/// The user's tile cache: `$XDG_CACHE_HOME/newsmap/tiles`, else `~/.cache/newsmap/tiles`.
pub fn default_cache_dir() -> Option<PathBuf> {
    crate::gazetteer::user_cache_dir().map(|dir| dir.join("tiles"))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::map::mercator_from_lat_lon;

    #[test]
    fn the_visible_tiles_cover_the_screen_at_the_nearest_zoom() {
        let view = View {
            center: mercator_from_lat_lon(34.5, 69.2),
            zoom: 6.3,
        };
        let tiles = visible_tiles(&view, [1024.0, 768.0]);
        assert!(tiles.iter().all(|t| t.z == 6));
        // At zoom 6.3 a zoom-6 tile is 256 · 2^0.3 = 315 px wide: 1024 x 768 px take 3.3 x 2.4
        // tiles, so 4 or 5 columns and 3 or 4 rows depending on where the edges fall.
        let columns: HashSet<u32> = tiles.iter().map(|t| t.x).collect();
        let rows: HashSet<u32> = tiles.iter().map(|t| t.y).collect();
        assert!((4..=5).contains(&columns.len()), "{columns:?}");
        assert!((3..=4).contains(&rows.len()), "{rows:?}");
        assert_eq!(tiles.len(), columns.len() * rows.len());
        // Kabul's tile comes first.
        let (corner, size) = tiles[0].mercator_bounds();
        assert!((corner[0]..corner[0] + size).contains(&view.center[0]));
        assert!((corner[1]..corner[1] + size).contains(&view.center[1]));
    }

    #[test]
    fn the_whole_world_is_one_tile_at_zoom_zero() {
        let view = View {
            center: [0.5, 0.5],
            zoom: 0.0,
        };
        assert_eq!(
            visible_tiles(&view, [800.0, 600.0]),
            [TileId { z: 0, x: 0, y: 0 }]
        );
    }

    #[test]
    fn a_tile_url_fills_the_template() {
        let url = TileSource::openstreetmap().url(TileId { z: 6, x: 44, y: 25 });
        assert_eq!(url, "https://tile.openstreetmap.org/6/44/25.png");
    }
}
